-- wrk script: catalogue reads. MODE=search cycles through Dutch search words, MODE=detail through title ids.
-- Prints p50/p95/p99 (ms) and request counts as one JSON line at the end.
local mode = os.getenv("MODE") or "search"
local max_id = tonumber(os.getenv("MAX_TITLE_ID") or "200000")
local words = { "weerwolf", "boeken", "heks", "draak", "geheim", "avontuur", "vriendschap", "school", "kasteel",
  "piraten", "paard", "dolfje", "nijntje", "kikker", "sinterklaas", "kerst", "ridder", "zee", "bos", "detective",
  "de geheime tuin", "het verloren", "schmidt", "loon", "voetbal", "feest", "spook", "prinses", "juf", "opa" }
local counter = 0
math.randomseed(42)

request = function()
  counter = counter + 1
  if mode == "detail" then
    return wrk.format("GET", "/api/titles/" .. math.random(1, max_id))
  end
  local w = words[(counter % #words) + 1]
  return wrk.format("GET", "/api/titles?q=" .. w:gsub(" ", "%%20") .. "&size=20")
end

local statuses = {}
response = function(status)
  statuses[status] = (statuses[status] or 0) + 1
end

done = function(summary, latency, requests)
  local out = string.format('{"mode":"%s","requests":%d,"errors":%d,"rps":%.1f,"p50_ms":%.2f,"p95_ms":%.2f,"p99_ms":%.2f,"max_ms":%.2f}',
    mode, summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout,
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000)
  io.write(out .. "\n")
end
