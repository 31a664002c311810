-- wrk script: every request names a query parameter no one sent before (?zz1=1, ?zz2=2, ...), the
-- cache-busting case of bench/busting.sh. The app answers each with 400 unknown-parameter, before its cache.
-- Usage: wrk -s bench/unknown-parameter.lua http://host:port/api/v1/rarity
local counter = 0
request = function()
  counter = counter + 1
  local path = wrk.path .. (string.find(wrk.path, "?", 1, true) and "&" or "?") .. "zz" .. counter .. "=" .. counter
  return wrk.format("GET", path)
end
dofile((os.getenv("BENCH_DIR") or "bench") .. "/report.lua")
