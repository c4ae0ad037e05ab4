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

# start_service PORT DATA_DIR LOGFILE [extra env...]: starts the packaged service on the embedded database with demo data
start_service() {
  local port=$1 data_dir=$2 log=$3
  shift 3
  env RESERVATION_EMBEDDED_DB=true RESERVATION_DATA_DIR="$data_dir" RESERVATION_DEMO_DATA=true \
      QUARKUS_HTTP_PORT="$port" "$@" \
      java -jar reservation-service/target/quarkus-app/quarkus-run.jar >"$log" 2>&1 &
  echo $!
}

# start_portal PORT API_URL LOGFILE: serves the built portal with /api proxied to the service
start_portal() {
  local port=$1 api=$2 log=$3
  (cd portal-ui && API_URL="$api" exec node node_modules/vite/bin/vite.js preview --port "$port" --strictPort --host 127.0.0.1) >"$log" 2>&1 &
  echo $!
}
