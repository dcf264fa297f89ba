-- wrk script for bench/ratios.sh: POST /transfers-dispatch-note, a two-line draft between the bench tenant's two
-- locations (ORIGIN, DESTINATION, PRODUCTS from the environment); counts answers by status.
local token = os.getenv("TOKEN")
local body = '{"originLocationId":"' .. os.getenv("ORIGIN") .. '","destinationLocationId":"' .. os.getenv("DESTINATION")
  .. '","detail":[{"productId":"' .. os.getenv("PRODUCT_A") .. '","quantity":10},{"productId":"'
  .. os.getenv("PRODUCT_B") .. '","quantity":4}]}'
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  statuses = {}
end

function request()
  return wrk.format("POST", "/transfers-dispatch-note",
    {["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json"}, body)
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
