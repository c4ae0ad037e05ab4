-- wrk script: replays prepared requests, one line each: "METHOD<TAB>PATH<TAB>TOKEN<TAB>JSON-BODY".
-- FILE names the file, START the first line to use (so successive runs use fresh lines).
-- Prints one JSON line at the end: count, status classes, p50/p95/p99 latency in ms.
local lines = {}
for l in io.lines(os.getenv("FILE")) do lines[#lines + 1] = l end
local i = tonumber(os.getenv("START") or "0")

request = function()
  i = i + 1
  local line = lines[(i % #lines) + 1]
  local method, path, token, body = line:match("([^\t]*)\t([^\t]*)\t([^\t]*)\t(.*)")
  return wrk.format(method, path, { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }, body)
end

-- Each wrk thread has its own Lua state: count statuses there, collect them in done() through setup().
local threads = {}
setup = function(thread) threads[#threads + 1] = thread end
init = function(args) classes = {} end
response = function(status)
  local c = tostring(status)
  classes[c] = (classes[c] or 0) + 1
end

done = function(summary, latency, requests)
  local totals = {}
  for _, t in ipairs(threads) do
    local c = t:get("classes")
    if c then for k, v in pairs(c) do totals[k] = (totals[k] or 0) + v end end
  end
  local parts = {}
  for k, v in pairs(totals) do parts[#parts + 1] = string.format('"%s":%d', k, v) end
  io.write(string.format('{"requests":%d,"rps":%.1f,"p50_ms":%.2f,"p95_ms":%.2f,"p99_ms":%.2f,"max_ms":%.2f,"status":{%s}}\n',
    summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000, table.concat(parts, ",")))
end
