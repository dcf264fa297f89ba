-- wrk script for bench/ratios.sh: GET /transfers-dispatch-note/{id} over the notes the create run made (IDS: a Lua
-- file returning their ids), each thread walking the list from its own offset; counts answers by status.
local token = os.getenv("TOKEN")
local ids = dofile(os.getenv("IDS"))
local threads = {}
local counter = 0

function setup(thread)
  thread:set("offset", counter * 997)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  statuses = {}
  n = offset
end

function request()
  n = n + 1
  return wrk.format("GET", "/transfers-dispatch-note/" .. ids[(n % #ids) + 1], {["Authorization"] = "Bearer " .. token})
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local counts = {}
  for _, thread in ipairs(threads) do
    for code, n in pairs(thread:get("statuses")) do counts[code] = (counts[code] or 0) + n end
  end
  local line = "statuses"
  for code, n in pairs(counts) do line = line .. " " .. code .. "=" .. n end
  io.write(line .. "\n")
end
