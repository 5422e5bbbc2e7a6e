-- wrk script: every request is a new response with its own Idempotency-Key (thread id + counter).
local counter = 0
local thread_id = 0
local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

local run = "run"

function init(args)
  thread_id = id
  run = args[1] or "run"
  spread = args[2] == "spread"
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.body = '{"language":"id","answers":{"USIA":"25_34","JENIS_KELAMIN":"P","PENDIDIKAN":"SMA","PEKERJAAN":"WIRAUSAHA",'
    .. '"U1":3,"U2":4,"U3":3,"U4":4,"U5":3,"U6":4,"U7":4,"U8":3,"U9":2,"SARAN":"Antrean di loket 2 terlalu lama.",'
    .. '"MANFAAT":4,"KEMUDAHAN_AKSES":3,"REKOMENDASI":4,"KEBERLANJUTAN":4}}'
end

-- with "spread" as the second argument, requests go round-robin to the six demo programs instead of one
local slugs = {"si-mantab", "sungaiku-baiman", "baiman-store", "sampah-menjadi-energi", "bakawan-rtlh", "portal-pendidikan"}
local spread = false

function request()
  counter = counter + 1
  wrk.headers["Idempotency-Key"] = "bench-" .. run .. "-" .. thread_id .. "-" .. counter
  if spread then
    return wrk.format(nil, "/api/v1/public/questionnaires/" .. slugs[(counter % 6) + 1] .. "/responses")
  end
  return wrk.format(nil, wrk.path)
end

function done(summary, latency, requests)
  io.write(string.format("BENCH requests=%d non2xx=%d errors=%d p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f duration_s=%.2f\n",
    summary.requests, summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, summary.duration / 1e6))
end
