#!/usr/bin/env bash
# Shared helpers for run.sh and test.sh.

require_tools() {
  command -v java >/dev/null || { echo "Java (JDK 17 or newer) is required: https://adoptium.net" >&2; exit 1; }
  local java_major
  java_major=$(java -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}' | cut -d. -f1)
  if [ "${java_major:-0}" -lt 17 ]; then echo "Java 17 or newer is required (found $java_major)." >&2; exit 1; fi
  command -v node >/dev/null || { echo "Node.js 20 or newer is required: https://nodejs.org" >&2; exit 1; }
  local node_major
  node_major=$(node -p 'process.versions.node.split(".")[0]')
  if [ "$node_major" -lt 20 ]; then echo "Node.js 20 or newer is required (found $node_major)." >&2; exit 1; fi
}

build_service() {
  (cd reservation-service && ./mvnw -B -q package -DskipTests)
}

# ensure_service_built: builds the service (and the demo program beside it) unless both are there
ensure_service_built() {
  if [ ! -f reservation-service/target/quarkus-app/quarkus-run.jar ] \
      || ! compgen -G 'reservation-service/target/demo/*.jar' >/dev/null; then
    build_service
  fi
}

install_portal() {
  # npm ci only when the lock file changed since the last install
  local stamp=portal-ui/node_modules/.install-stamp
  if [ ! -f "$stamp" ] || ! cmp -s portal-ui/package-lock.json "$stamp"; then
    (cd portal-ui && npm ci --no-audit --no-fund)
    cp portal-ui/package-lock.json "$stamp"
  fi
}

build_portal() {
  install_portal
  (cd portal-ui && npm run --silent build)
}

# wait_for_url URL SECONDS
wait_for_url() {
  local url=$1 seconds=${2:-120}
  for _ in $(seq 1 "$seconds"); do
    if curl -fsS -o /dev/null "$url" 2>/dev/null; then return 0; fi
    sleep 1
  done
  echo "Timed out waiting for $url" >&2
  return 1
}

# demo_data COMMAND [ARGS...]: runs the demo program, built beside the service (reservation-service/target/demo) and
# kept out of it, with the service's classes and libraries:
#   demo_data seed [JDBC_URL USER PASSWORD]              loads the demo data into an empty database (once)
#   demo_data generate-benchmark-data [TITLES] [COPIES]  seeds when empty, then adds the benchmark catalogue
# Without a JDBC URL it uses QUARKUS_DATASOURCE_JDBC_URL, _USERNAME and _PASSWORD. The service must have started on the
# database once (it creates the schema).
demo_data() {
  local target
  target="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/reservation-service/target"
  java -cp "$target/demo/*:$target/quarkus-app/app/*:$target/quarkus-app/lib/main/*" \
      nl.schoollibrary.reservations.demo.DemoData "$@"
}

# lend_titles_sql LIBRARY_ID SCHOOL_ID TITLE_IDS: the SQL (for the benchmarks' psql) that lends every copy of the titles
# (comma-separated ids) that the location owns and that is not on loan yet, to the school's first student, as a loan
# of a week ago: a check-in of such a copy then captures it for the title's first reservation.
lend_titles_sql() {
  local lib=$1 school=$2 titles=$3
  cat <<SQL
WITH lend AS (SELECT c.id FROM copy c WHERE c.owner_location_id = $lib AND c.title_id IN ($titles)
                 AND c.status IN ('ON_SHELF', 'ON_HOLD_SHELF', 'IN_TRANSIT')),
     lent AS (UPDATE copy c SET status = 'ON_LOAN', current_location_id = c.owner_location_id, transit_to_location_id = NULL,
                     version = c.version + 1 FROM lend WHERE c.id = lend.id RETURNING c.id)
INSERT INTO loan (copy_id, patron_id, location_id, checked_out_at, due_date)
SELECT lent.id, (SELECT min(id) FROM patron WHERE school_id = $school AND kind = 'STUDENT'), $lib, now() - interval '7 days',
       current_date + 14 FROM lent
SQL
}

# start_service PORT DATA_DIR LOGFILE [extra env...]: starts the packaged service on the embedded database, waits until
# it is ready (the schema migrated) and loads the demo data into it (a database that holds data is left as it is);
# then prints the service's pid. With DEMO_DATA=false it leaves the database as it is (an empty one stays empty: the
# first day of a new library organisation). When the service does not get ready or the demo data cannot be loaded,
# it stops the service, shows the end of its log and returns 1. Call it as pid=$(start_service …): it sets a trap of
# its own.
start_service() {
  local port=$1 data_dir=$2 log=$3
  shift 3
  env RESERVATION_EMBEDDED_DB=true RESERVATION_DATA_DIR="$data_dir" QUARKUS_HTTP_PORT="$port" "$@" \
      java -jar reservation-service/target/quarkus-app/quarkus-run.jar >"$log" 2>&1 &
  local pid=$!
  trap 'kill "$pid" 2>/dev/null; exit 130' INT TERM
  local ready=""
  for _ in $(seq 1 300); do
    if curl -fsS -o /dev/null "http://127.0.0.1:$port/q/health/ready" 2>/dev/null; then ready=1; break; fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
  done
  local url
  url=$(sed -n 's/^Embedded PostgreSQL \(jdbc:[^ ]*\) .*/\1/p;T;q' "$log")
  if [ -z "$ready" ] || [ -z "$url" ] || { [ "${DEMO_DATA:-true}" != false ] && ! demo_data seed "$url" postgres postgres >&2; }; then
    echo "The service did not start (with the demo data, unless DEMO_DATA=false); the end of $log:" >&2
    tail -40 "$log" >&2
    kill "$pid" 2>/dev/null || true
    return 1
  fi
  trap - INT TERM
  echo "$pid"
}

# start_portal PORT API_URL LOGFILE: serves the built portal with /api proxied to the service
start_portal() {
  local port=$1 api=$2 log=$3
  (cd portal-ui && API_URL="$api" exec node node_modules/vite/bin/vite.js preview --port "$port" --strictPort --host 127.0.0.1) >"$log" 2>&1 &
  echo $!
}

# start_service_and_portal SERVICE_PORT PORTAL_PORT [service env...]: starts the packaged service with the demo data
# (in a temporary directory, STACK_DIR; its log is $STACK_DIR/service.log) and the built portal, waits for the portal,
# and stops both when the script exits.
start_service_and_portal() {
  local service_port=$1 portal_port=$2
  shift 2
  STACK_DIR=$(mktemp -d)
  STACK_PORTAL_PID=""
  STACK_SERVICE_PID=$(start_service "$service_port" "$STACK_DIR" "$STACK_DIR/service.log" "$@")
  trap stop_service_and_portal EXIT
  STACK_PORTAL_PID=$(start_portal "$portal_port" "http://127.0.0.1:$service_port" "$STACK_DIR/portal.log")
  wait_for_url "http://127.0.0.1:$portal_port/" 60
}

stop_service_and_portal() {
  [ -n "$STACK_PORTAL_PID" ] && kill "$STACK_PORTAL_PID" 2>/dev/null || true
  kill "$STACK_SERVICE_PID" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$STACK_DIR"
}

# ensure_chromium: installs Debian's Chromium through apt where it is missing (Playwright cannot download one here)
ensure_chromium() {
  if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
    if [ "$(id -u)" = 0 ]; then
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    else
      sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    fi
  fi
}
