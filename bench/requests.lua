-- wrk script: replays prepared requests, one line each: "METHOD<TAB>PATH<TAB>TOKEN<TAB>JSON-BODY".
-- FILE names the file, START the first line to use (so successive runs use fresh lines).
-- Prints one JSON line at the end: count, status classes, p50/p95/p99 latency in ms.
-- The file is read a line per request, not held in memory: a Lua table of 320,000 long lines (~500 MB) made Lua's
-- garbage collector stop wrk for ~150 ms every 20-45 s, which showed as the slowest requests of every run.
local file = os.getenv("FILE")
local start = tonumber(os.getenv("START") or "0")
local function open_at_start()
  local h = io.open(file)
  for _ = 1, start do h:read("*l") end
  return h
end
local f = open_at_start()

request = function()
  local line = f:read("*l")
  if not line then -- wrapped around: from START again, never into lines a later run is to use fresh
    f:close(); f = open_at_start(); line = f:read("*l")
  end
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
