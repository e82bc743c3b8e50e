-- wrk script for Forecourt benchmarks: a GET, or a request whose body (and one header) is
-- made from a template per request, so that each request can be a different participant;
-- counts the response statuses and prints one machine-readable RESULT line at the end.
--
-- Settings, from the environment (bench/scale-out.sh sets them):
--   METHOD        GET (default), POST, PUT, ...
--   BODY          body template; empty for none. Placeholders:
--                   {phone}  a Chinese mobile, PHONE_BASE + n modulo PARTICIPANTS
--                            (13800000000, 13800000001, ...: PARTICIPANTS distinct people)
--                   {n}      the request's number in this run, unique across wrk's threads
--                   {run}    RUN, a name unique to this wrk run
--   HEADER        more headers, one per line, same placeholders, e.g.
--                 "Idempotency-Key: bench-{run}-{n}"; {ip} is a client address of the
--                 participant's own (10.x.y.z from the phone's number)
--   PARTICIPANTS  distinct phones before they repeat (default 200000)
--   PHONE_BASE    the first phone (default 13800000000)
--   RUN           the value of {run} (default "run")
--   FIRST         the first request's number (default 0): a run after a warm-up starts at
--                 the warm-up's "next", so that it meets new participants
--   WRK_THREADS   wrk's -t, so that thread i numbers its requests FIRST + i, + t, + 2t, ...
-- Authorization and the URL come from wrk's command line (-H, the URL's path). The RESULT
-- line's "next" is the number after the highest one this run used.

local threads = {}

function setup(thread)
   thread:set("thread_index", #threads)
   table.insert(threads, thread)
end

function init(args)
   statuses = {}
   method = os.getenv("METHOD") or "GET"
   template = os.getenv("BODY") or ""
   header_template = os.getenv("HEADER") or ""
   participants = tonumber(os.getenv("PARTICIPANTS") or "200000")
   phone_base = tonumber(os.getenv("PHONE_BASE") or "13800000000")
   run = os.getenv("RUN") or "run"
   stride = tonumber(os.getenv("WRK_THREADS") or "1")
   n = tonumber(os.getenv("FIRST") or "0") + thread_index
   if template ~= "" then
      wrk.headers["Content-Type"] = "application/json"
   end
   header_templates = {}
   for line in string.gmatch(header_template, "[^\n]+") do
      local name, value = string.match(line, "^%s*([^:]+):%s*(.*)$")
      if name then
         table.insert(header_templates, { name, value })
      end
   end
end

local function compile(text)
   local parts = {}
   local position = 1
   while true do
      local first, last, name = string.find(text, "{(%a+)}", position)
      if not first then
         break
      end
      if first > position then
         table.insert(parts, string.sub(text, position, first - 1))
      end
      if name == "phone" or name == "ip" or name == "n" or name == "run" then
         table.insert(parts, { name })
      else
         table.insert(parts, string.sub(text, first, last))
      end
      position = last + 1
   end
   if position <= #text then
      table.insert(parts, string.sub(text, position))
   end
   return parts
end

local function fill(parts, number)
   local person = number % participants
   local out = {}
   for i, part in ipairs(parts) do
      if type(part) == "string" then
         out[i] = part
      elseif part[1] == "phone" then
         out[i] = string.format("%d", phone_base + person)
      elseif part[1] == "ip" then
         out[i] = string.format("10.%d.%d.%d", math.floor(person / 65536) % 256, math.floor(person / 256) % 256,
            person % 256)
      elseif part[1] == "n" then
         out[i] = string.format("%d", number)
      else
         out[i] = run
      end
   end
   return table.concat(out)
end

local function constant(parts)
   for _, part in ipairs(parts) do
      if type(part) ~= "string" then
         return false
      end
   end
   return true
end

-- after init's globals: compile the templates; a header without placeholders is set once
local function prepare()
   if prepared then
      return
   end
   prepared = true
   if template ~= "" then
      body_parts = compile(template)
   end
   local varying = {}
   for _, header in ipairs(header_templates) do
      local parts = compile(header[2])
      if constant(parts) then
         wrk.headers[header[1]] = header[2]
      else
         table.insert(varying, { header[1], parts })
      end
   end
   header_templates = varying
end

-- A template split once into literal text and placeholders, so that a request costs a
-- concatenation rather than four pattern substitutions (wrk shares the cores it measures).
function request()
   prepare()
   local number = n
   n = n + stride
   for _, header in ipairs(header_templates) do
      wrk.headers[header[1]] = fill(header[2], number)
   end
   local body = nil
   if body_parts then
      body = fill(body_parts, number)
   end
   return wrk.format(method, nil, nil, body)
end

function response(status, headers, body)
   statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
   local counts = {}
   for _, thread in ipairs(threads) do
      for status, count in pairs(thread:get("statuses")) do
         counts[status] = (counts[status] or 0) + count
      end
   end
   local codes = {}
   for status, _ in pairs(counts) do
      table.insert(codes, status)
   end
   table.sort(codes)
   local listed = {}
   for _, status in ipairs(codes) do
      table.insert(listed, status .. ":" .. counts[status])
   end
   local next = 0
   for _, thread in ipairs(threads) do
      next = math.max(next, thread:get("n"))
   end
   local seconds = summary.duration / 1e6
   local errors = summary.errors
   io.write(string.format(
      "RESULT requests=%d seconds=%.2f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f"
         .. " statuses=%s socket_errors=connect:%d,read:%d,write:%d,timeout:%d next=%d\n",
      summary.requests, seconds, summary.requests / seconds,
      latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
      latency.max / 1000, table.concat(listed, ","), errors.connect, errors.read, errors.write, errors.timeout,
      next))
end
