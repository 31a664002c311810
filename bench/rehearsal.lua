-- wrk script of bench/rehearsal.sh: each connection cycles through the paths in the file named by
-- REHEARSAL_PATHS (one a line), sends the ETag it last got for a path as If-None-Match every other
-- time (so 304s are part of the load, as with real clients and CDNs), and counts the answers by
-- status. done() prints one machine-readable line: requests, failures, latency percentiles.
local paths = {}
for line in io.lines(os.getenv("REHEARSAL_PATHS")) do paths[#paths + 1] = line end

local threads = {}
function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

local i, etags, last = 0, {}, nil
ok, notmodified, failed = 0, 0, 0

function request()
  i = i + 1
  last = paths[(i % #paths) + 1]
  local headers = {}
  if i % 2 == 0 and etags[last] then headers["If-None-Match"] = etags[last] end
  return wrk.format("GET", last, headers)
end

function response(status, headers, body)
  if status == 200 then
    ok = ok + 1
    etags[last] = headers["ETag"] or headers["etag"]
  elseif status == 304 then
    notmodified = notmodified + 1
  else
    failed = failed + 1
  end
end

function done(summary, latency, requests)
  local o, n, f = 0, 0, 0
  for _, t in ipairs(threads) do
    o = o + t:get("ok"); n = n + t:get("notmodified"); f = f + t:get("failed")
  end
  local e = summary.errors
  io.write(string.format("RESULT requests=%d ok=%d not_modified=%d other_status=%d socket_errors=%d duration_us=%d p50_us=%d p99_us=%d\n",
    summary.requests, o, n, f, e.connect + e.read + e.write + e.timeout, summary.duration,
    latency:percentile(50), latency:percentile(99)))
end
