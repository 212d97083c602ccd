-- wrk script: each request registers one new citizen's request through POST /api/v1/ops,
-- with its own op_id and request id (never repeated, so every op is a real, durable write).
-- TYNDAU_TOKEN: a session token. Counts answers that are not 200 with an applied op.
-- The ids are made as the workstation makes them (core/TimeOrderedUuid): UUID version 7, the
-- time in milliseconds first, then random bits (and here the thread and a counter, so that
-- two are never the same). TYNDAU_BENCH_IDS=random makes random ids instead (version 4), as
-- a client of the API that is not Tyndau's own might send.
local token = os.getenv("TYNDAU_TOKEN") or ""
local random_ids = os.getenv("TYNDAU_BENCH_IDS") == "random"
local ffi = require("ffi")
ffi.cdef[[
typedef struct { long tv_sec; long tv_nsec; } tyndau_timespec;
int clock_gettime(int clock, tyndau_timespec* now);
]]
local now = ffi.new("tyndau_timespec")
local threads = {}
local thread_id = 0

function setup(thread)
    thread_id = thread_id + 1
    thread:set("tid", thread_id)
    table.insert(threads, thread)
end

function init(args)
    counter = 0
    failures = 0
    math.randomseed(os.time() * 1000 + tid)
end

local function milliseconds()
    ffi.C.clock_gettime(0, now) -- CLOCK_REALTIME
    return tonumber(now.tv_sec) * 1000 + math.floor(tonumber(now.tv_nsec) / 1000000)
end

local function uuid(kind)
    counter = counter + 1
    -- 8-4-4-4-12 hex digits; the last group holds the kind, the thread and a counter.
    local tail = string.format("%01x%03x%08x", kind, tid, counter)
    if random_ids then
        return string.format("%08x-%04x-4%03x-%04x-%s", math.random(0, 0x7fffffff), math.random(0, 0xffff),
            math.random(0, 0xfff), 0x8000 + math.random(0, 0x3fff), tail)
    end
    local ms = milliseconds()
    return string.format("%08x-%04x-7%03x-%04x-%s", math.floor(ms / 65536), ms % 65536,
        math.random(0, 0xfff), 0x8000 + math.random(0, 0x3fff), tail)
end

function request()
    local body = string.format(
        '{"ops":[{"op_id":"%s","type":"create_request","assign":"alts","request":{"id":"%s",' ..
        '"kind":"complaint","channel":"call_center","citizen":{"name":"Ахметова Айгерим",' ..
        '"phone":"8 701 123 45 67"},"district":"auezov","category":"heating.outage",' ..
        '"description":"Холодные батареи в подъезде, третий день"}}]}', uuid(1), uuid(2))
    return wrk.format("POST", "/api/v1/ops",
        {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token}, body)
end

function response(status, headers, body)
    if status ~= 200 or not string.find(body, '"applied"', 1, true) then
        failures = failures + 1
    end
end

function done(summary, latency, requests)
    local failed = 0
    for _, thread in ipairs(threads) do
        failed = failed + thread:get("failures")
    end
    local seconds = summary.duration / 1e6
    io.write(string.format("RESULT requests=%d seconds=%.2f rate=%.1f p50_ms=%.2f p99_ms=%.2f failed=%d errors=%d\n",
        summary.requests, seconds, summary.requests / seconds, latency:percentile(50) / 1000,
        latency:percentile(99) / 1000, failed,
        summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status
            + summary.errors.timeout))
end
