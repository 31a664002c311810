-- wrk script: print one machine-readable line after a run, read by bench/run.sh.
-- Latencies are in microseconds; errors count connect/read/write/timeout failures and non-2xx/3xx answers.
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT requests=%d duration_us=%d p50_us=%d p99_us=%d errors=%d bytes=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    e.connect + e.read + e.write + e.status + e.timeout, summary.bytes))
end
