-- wrk script for `scripts/bench-service.sh`: POST /v1/screen with one query per request,
-- rotating through 50 names (sanctions-list-looking and ordinary ones, several scripts).
--
--   NOMINA_KEY=nmn_… wrk -t2 -c16 -d30s --latency -s scripts/wrk-screen.lua http://127.0.0.1:8080
--
-- The API key comes from $NOMINA_KEY (role `screen` or above). Each party has a fixed
-- customer reference, as when a customer base is re-screened: the first hit above the alert
-- threshold opens an alert, later ones find it already open.
--
-- done() prints one machine-readable line, `NOMINA_WRK key=value …`, with the latency
-- percentiles in milliseconds, for the script to parse.

local key = os.getenv("NOMINA_KEY")
if key == nil or key == "" then
  error("set NOMINA_KEY to an API key (nomina keys create --role screen)")
end

-- name, type, date of birth / incorporation (or nil), country (or nil)
local parties = {
  { "Masood Azhar", "person", "1968", "PK" },
  { "Hafiz Muhammad Saeed", "person", "1950", "PK" },
  { "Ayman al-Zawahiri", "person", "1951-06-19", "EG" },
  { "Vladimir Vladimirovich Putin", "person", "1952-10-07", "RU" },
  { "Sergei Lavrov", "person", "1950", "RU" },
  { "Kim Jong Un", "person", nil, "KP" },
  { "Ali Hosseini Khamenei", "person", nil, "IR" },
  { "Joaquin Guzman Loera", "person", "1957", "MX" },
  { "Bashar al-Assad", "person", "1965-09-11", "SY" },
  { "Alexander Lukashenko", "person", "1954", "BY" },
  { "Oleg Deripaska", "person", "1968-01-02", "RU" },
  { "Roman Abramovich", "person", nil, "RU" },
  { "Yevgeny Prigozhin", "person", "1961", "RU" },
  { "Nicolas Maduro Moros", "person", "1962-11-23", "VE" },
  { "Ismail Haniyeh", "person", nil, nil },
  { "Владимир Путин", "person", nil, nil },
  { "محمد علي", "person", nil, nil },
  { "Hezbollah", "organization", nil, "LB" },
  { "Islamic Revolutionary Guard Corps", "organization", nil, "IR" },
  { "Bank Melli Iran", "organization", nil, "IR" },
  { "Rosneft Oil Company", "organization", nil, "RU" },
  { "Sberbank of Russia", "organization", nil, "RU" },
  { "Wagner Group", "organization", nil, nil },
  { "Korea Kwangson Banking Corp", "organization", nil, "KP" },
  { "Al-Shabaab", "organization", nil, "SO" },
  { "Mahan Air", "organization", nil, "IR" },
  { "Tanker Pacific Ocean", "vessel", nil, nil },
  { "Mary Smith", "person", "1985-03-14", "GB" },
  { "John Williams", "person", "1971", "US" },
  { "Anna Kowalska", "person", "1990-07-01", "PL" },
  { "Pierre Dubois", "person", nil, "FR" },
  { "Maria Garcia Lopez", "person", "1988", "ES" },
  { "Hans Muller", "person", nil, "DE" },
  { "José Fernández", "person", "1979-11-30", "AR" },
  { "Li Wei", "person", "1979", "CN" },
  { "Wang Fang", "person", nil, "CN" },
  { "Priya Sharma", "person", "1993", "IN" },
  { "Mohammed Khan", "person", "1980", "GB" },
  { "Ahmed Hassan", "person", nil, "EG" },
  { "Olga Ivanova", "person", "1975", "RU" },
  { "Kenji Tanaka", "person", nil, "JP" },
  { "Fatima Zahra Benali", "person", "1991", "MA" },
  { "Søren Kierkegaard Nielsen", "person", nil, "DK" },
  { "Acme Trading Ltd", "organization", nil, "GB" },
  { "Müller Logistik GmbH", "organization", nil, "DE" },
  { "Nordic Timber AB", "organization", nil, "SE" },
  { "Golden Dragon Import Export Co", "organization", nil, "HK" },
  { "Blue Ocean Shipping SA", "organization", nil, "PA" },
  { "Sunrise Textiles Pvt Ltd", "organization", nil, "IN" },
  { "First Caribbean Holdings", "organization", nil, nil },
}

local function field(k, v)
  if v == nil then return "" end
  assert(not string.find(v, '["\\]'), "names must not need JSON escaping")
  return string.format(',"%s":"%s"', k, v)
end

local requests = {}
local next_thread = 0

-- Runs in the main state once per wrk thread: give each a different starting point.
function setup(thread)
  thread:set("thread_id", next_thread)
  next_thread = next_thread + 1
end

function init(args)
  local headers = {
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. key,
  }
  for i, p in ipairs(parties) do
    local body = string.format('{"queries":[{"name":"%s"', p[1])
      .. field("type", p[2]) .. field("dob", p[3]) .. field("country", p[4])
      .. string.format(',"reference":"bench-customer-%02d"}]}', i)
    requests[i] = wrk.format("POST", "/v1/screen", headers, body)
  end
  counter = (thread_id or 0) * 17
end

function request()
  counter = counter + 1
  return requests[(counter % #requests) + 1]
end

function done(summary, latency, requests)
  local secs = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    "NOMINA_WRK requests=%d seconds=%.3f rps=%.1f p50_ms=%.2f p75_ms=%.2f p90_ms=%.2f "
      .. "p99_ms=%.2f max_ms=%.2f mean_ms=%.2f non2xx=%d connect_err=%d read_err=%d "
      .. "write_err=%d timeouts=%d\n",
    summary.requests, secs, summary.requests / secs,
    latency:percentile(50) / 1000, latency:percentile(75) / 1000,
    latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, latency.mean / 1000,
    e.status, e.connect, e.read, e.write, e.timeout))
end
