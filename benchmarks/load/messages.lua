-- wrk script: POST /api/messages, Teams group-chat message activities, rotating through conversations.
--   wrk -t2 -c64 -d10s --timeout 10s -s messages.lua http://127.0.0.1:PORT -- \
--       <threads> <conversations> <conversation prefix> <service url> <text> [path]
-- path "connector" posts to /v3/conversations/<conv>/activities/<id> instead (the fake connector alone).
-- Conversation ids are "<prefix><i>" for i in 0..conversations-1; wrk thread t takes i = t, t+threads, ...
-- so with as many conversations as connections each conversation has about one message in flight.
-- The activity id is "b.<thread>.<seq>.<send time in us, CLOCK_MONOTONIC>": the fake connector reads the
-- send time from the replyToId of the bot's reply and so measures the time to the reply.
-- done() prints one line "WRK_JSON {...}" with the counts and latencies the runner reads.
local ffi = require("ffi")
ffi.cdef[[
typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
int clock_gettime(int clk_id, bench_timespec *tp);
]]
local ts = ffi.new("bench_timespec")
local function now_us()
  ffi.C.clock_gettime(1, ts) -- CLOCK_MONOTONIC
  return tonumber(ts.tv_sec) * 1000000 + math.floor(tonumber(ts.tv_nsec) / 1000)
end

local threads = {}
local next_tid = 0

function setup(thread)
  thread:set("tid", next_tid)
  next_tid = next_tid + 1
  table.insert(threads, thread)
end

local function json_escape(s)
  return (s:gsub('[%c"\\]', function(c)
    if c == '"' then return '\\"' elseif c == '\\' then return '\\\\' end
    return string.format('\\u%04x', c:byte())
  end))
end

local convs, first, step, idx, seq, tmpl, headers, path

function init(args)
  local nthreads = tonumber(args[1])
  local count = tonumber(args[2])
  local prefix = args[3]
  local service_url = args[4]
  local text = args[5]
  path = args[6] or "/api/messages"
  convs = {}
  for i = tid, count - 1, nthreads do table.insert(convs, json_escape(prefix .. i)) end
  idx = 0
  seq = 0
  sent = 0
  headers = { ["Content-Type"] = "application/json" }
  -- One message activity as the Teams channel posts it in a group chat, the bot @mentioned.
  tmpl = '{"type":"message","id":"%s","timestamp":"2026-11-25T08:00:00.000Z","serviceUrl":"' .. json_escape(service_url) ..
    '","channelId":"msteams","from":{"id":"29:piet","name":"Piet de Vries","aadObjectId":"aad-piet"},' ..
    '"recipient":{"id":"28:coordinatiebot","name":"CoordinatieBot"},' ..
    '"conversation":{"id":"%s","conversationType":"groupChat","tenantId":"tenant-1","isGroup":true},' ..
    '"channelData":{"tenant":{"id":"tenant-1"}},"locale":"nl-NL","textFormat":"plain",' ..
    '"text":"<at>CoordinatieBot</at> ' .. json_escape(text) .. '",' ..
    '"entities":[{"type":"mention","mentioned":{"id":"28:coordinatiebot","name":"CoordinatieBot"},"text":"<at>CoordinatieBot</at>"}]}'
end

function request()
  local conv = convs[idx + 1]
  idx = (idx + 1) % #convs
  seq = seq + 1
  sent = sent + 1
  local id = string.format("b.%d.%d.%d", tid, seq, now_us())
  local target = path
  if path == "connector" then -- the fake connector alone: post the activity as a reply, the way a bot does
    target = "/v3/conversations/" .. conv .. "/activities/" .. id
  end
  return wrk.format("POST", target, headers, string.format(tmpl, id, conv))
end

function done(summary, latency, requests)
  local total_sent = 0
  for _, t in ipairs(threads) do total_sent = total_sent + (t:get("sent") or 0) end
  local e = summary.errors
  io.write(string.format(
    'WRK_JSON {"sent":%d,"completed":%d,"durationUs":%d,"bytes":%d,"errConnect":%d,"errRead":%d,"errWrite":%d,"errStatus":%d,"errTimeout":%d,' ..
    '"p50Us":%d,"p90Us":%d,"p99Us":%d,"maxUs":%d,"meanUs":%.1f}\n',
    total_sent, summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, latency.mean))
end
