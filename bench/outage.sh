#!/usr/bin/env bash
# Database outage test: the packaged service on a PostgreSQL 15 of its own (Debian's binaries, initdb in a temporary
# directory, a free port on 127.0.0.1), with the demo data and a steady mix of searches, logins and hold-shelf reads;
# the database is stopped for OUTAGE seconds (15) and started again. Checks: every request answered 200 before, 503
# SERVICE_UNAVAILABLE with Retry-After (at once, not after a wait) during, never a 500, every request 200 again within
# 5 s after the restart; the service logs one warning when the outage starts and one line when it ends.
#   bench/outage.sh       # OUTAGE (15), CONCURRENCY (4); PG_BIN (/usr/lib/postgresql/15/bin); loopback only
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
OUTAGE=${OUTAGE:-15}; BEFORE=10; AFTER=15; export CONCURRENCY=${CONCURRENCY:-4}
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
[ -x "$PG_BIN/pg_ctl" ] || { echo "PostgreSQL server binaries not found in $PG_BIN (apt-get install postgresql-15)" >&2; exit 2; }
id postgres >/dev/null 2>&1 || { echo "needs the postgres user (PostgreSQL refuses to run as root)" >&2; exit 2; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
PORT=$(free_port); PGPORT=$(free_port); BASE="http://127.0.0.1:$PORT"
work=$(mktemp -d /tmp/reservation-outage.XXXXXX); pgdata="$work/pg"; chmod 755 "$work"
ensure_service_built
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
pg() { as_postgres "$PG_BIN/pg_ctl" -D "$pgdata" -l "$pgdata/server.log" -w -t 60 "$@" >/dev/null; }
results=(); fail=0
check() { if [ "$2" = 0 ]; then results+=("ok    $1"); echo "    ok    $1"; else results+=("FAIL  $1"); echo "    FAIL  $1"; fail=1; fi; }
pid=""; load=""
cleanup() {
  [ -n "$load" ] && kill "$load" 2>/dev/null
  [ -n "$pid" ] && kill "$pid" 2>/dev/null && timeout 60 tail --pid="$pid" -f /dev/null
  [ -f "$pgdata/postmaster.pid" ] && pg stop -m fast
  if [ "$fail" = 0 ] && [ -z "${KEEP:-}" ]; then rm -rf "$work"; else echo "Logs kept in $work"; fi
}
trap cleanup EXIT
now_ms() { date +%s%3N; }

echo "==> PostgreSQL 15 in $pgdata on 127.0.0.1:$PGPORT"
install -d -o postgres "$pgdata"
as_postgres "$PG_BIN/initdb" -D "$pgdata" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null || exit 1
pg start -o "-p $PGPORT -k $pgdata -c listen_addresses=127.0.0.1" || { cat "$pgdata/server.log"; exit 1; }
as_postgres "$PG_BIN/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres -qc "CREATE DATABASE reservations" || exit 1

echo "==> Starting the service on :$PORT with the demo data"
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PGPORT/reservations" QUARKUS_DATASOURCE_USERNAME=postgres \
  QUARKUS_DATASOURCE_PASSWORD=unused RESERVATION_KEYS_DIR="$work/keys" \
  RESERVATION_EXPIRY_EVERY=off RESERVATION_PRIVACY_EVERY=off QUARKUS_HTTP_PORT=$PORT QUARKUS_HTTP_HOST=127.0.0.1 \
  java -jar reservation-service/target/quarkus-app/quarkus-run.jar >"$work/service.log" 2>&1 &
pid=$!
timeout 300 bash -c "until curl -fsS -o /dev/null $BASE/q/health/ready 2>/dev/null; do kill -0 $pid 2>/dev/null || exit 1; sleep 1; done" \
  || { echo "The service did not become ready:" >&2; tail -40 "$work/service.log" >&2; exit 1; }
demo_data seed "jdbc:postgresql://127.0.0.1:$PGPORT/reservations" postgres unused || exit 1

echo "==> Traffic for $((BEFORE + OUTAGE + AFTER)) s: the database stops after ${BEFORE} s for ${OUTAGE} s"
t0=$(now_ms)
STARTED_AT_MS=$t0 node bench/outage.mjs load "$BASE" $((BEFORE + OUTAGE + AFTER)) "$work/answers.jsonl" &
load=$!
sleep "$BEFORE"
stopped=$(( $(now_ms) - t0 )); pg stop -m fast; echo "    database stopped at ${stopped} ms"
sleep 3
ready=$(curl -s -o /dev/null -w '%{http_code}' --max-time 15 "$BASE/q/health/ready")
gauge=$(curl -s --max-time 15 "$BASE/q/metrics" | awk '/^reservation_database_unreachable/ {print $2}')
sleep $((OUTAGE - 3))
pg start -o "-p $PGPORT -k $pgdata -c listen_addresses=127.0.0.1" || { cat "$pgdata/server.log"; exit 1; }
restarted=$(( $(now_ms) - t0 )); echo "    database started again at ${restarted} ms"
wait "$load"; load=""

echo "==> Checking the answers"
summary=$(node bench/outage.mjs check "$work/answers.jsonl" "$stopped" "$restarted"); rc=$?
echo "    $summary"
check "200 before, 503 SERVICE_UNAVAILABLE with Retry-After at once during, no 500, all 200 within 5 s after the restart" $rc
[ "$ready" = 503 ]; check "readiness says DOWN during the outage ($ready)" $?
[ "${gauge%.0}" = 1 ]; check "the metric reservation_database_unreachable is 1 during the outage ($gauge)" $?
warnings=$(grep -c "WARN .*The database cannot be reached" "$work/service.log")
[ "$warnings" = 1 ]; check "the outage is logged once as a warning ($warnings)" $?
ended=$(grep -c "INFO .*The database answers again" "$work/service.log")
[ "$ended" = 1 ]; check "its end is logged once ($ended)" $?
errors=$(grep -c " ERROR " "$work/service.log")
[ "$errors" = 0 ]; check "no errors logged (no 'Unexpected error' per request: $errors)" $?
grep -h "WARN\|ERROR\|INFO .*[Dd]atabase\|INFO .*instance" "$work/service.log" | cut -c1-220 | sed 's/^/    log: /' | head -12
echo
echo "==> Summary"
printf '    %s\n' "${results[@]}"
if [ "$fail" = 0 ]; then echo "PASS: database outage test"; else echo "FAIL: database outage test"; exit 1; fi
