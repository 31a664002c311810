-- wrk script: every request sends an Accept header no one sent before, each meaning "JSON"
-- (application/json;q=0.5, text/x-1;q=0.1 ...): the other cache-busting case of bench/busting.sh. The app
-- keys its cache on the negotiated representation, so they all share one entry.
-- Usage: wrk -s bench/distinct-accept.lua http://host:port/api/v1/rarity
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", wrk.path, { ["Accept"] = "application/json;q=0.5, text/x-" .. counter .. ";q=0.1" })
end
dofile((os.getenv("BENCH_DIR") or "bench") .. "/report.lua")
