-- wrk script for bench/dispatch/wrk-create.sh: every request books its own unit and trip ticket (pairs.lua, written by
-- the script), so each POST /dispatch runs the whole path and none collides; thread k of T takes pairs k, k+T, k+2T...
local pairs_file = os.getenv("PAIRS") or "pairs.lua"
local all = dofile(pairs_file)
local token = os.getenv("TOKEN")
local datetime = os.getenv("DATETIME")
local threads = {}
local counter = 1

function setup(thread)
  thread:set("id", counter)
  thread:set("step", tonumber(os.getenv("THREADS") or "4"))
  table.insert(threads, thread)
  counter = counter + 1
end

function init(args)
  next_pair = id
  statuses = {}
end

function request()
  local pair = all[next_pair]
  next_pair = next_pair + step
  if pair == nil then
    pair = all[1] -- out of pairs: these requests are refused (409) and counted as such
  end
  local body = '{"tripTicketId":"' .. pair[2] .. '","datetime":"' .. datetime .. '","unit":"' .. pair[1] .. '"}'
  return wrk.format("POST", "/dispatch", {["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json"}, body)
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local counts = {}
  for _, thread in ipairs(threads) do
    local s = thread:get("statuses")
    for code, n in pairs(s) do counts[code] = (counts[code] or 0) + n end
  end
  for code, n in pairs(counts) do io.write(string.format("status %d: %d\n", code, n)) end
end
