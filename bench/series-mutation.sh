#!/usr/bin/env bash
# Series-mutation benchmark on the 1M-copy catalogue (run bench/catalogue.sh once first).
# Times a dry run, the apply and the undo of "reservation block NOT_RESERVABLE on every copy owned by branch Centrum"
# (~167,000 copies) through the API, as the library administrator, three times each.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
PGHOST=${PGHOST:-127.0.0.1}; PGPORT=${PGPORT:-5432}; DB=${BENCH_DB:-reservations_bench}; PORT=${BENCH_SERVICE_PORT:-18090}
export PGPASSWORD=bench
q() { psql -h "$PGHOST" -p "$PGPORT" -U bench -d "$DB" -v ON_ERROR_STOP=1 -qAt -F$'\t' "$@"; }
[ -f reservation-service/target/quarkus-app/quarkus-run.jar ] || build_service
work=.data/bench/series; rm -rf "$work"; mkdir -p "$work" bench/results
export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" QUARKUS_DATASOURCE_USERNAME=bench QUARKUS_DATASOURCE_PASSWORD=bench
RESERVATION_KEYS_DIR="$PWD/.data/bench/keys" QUARKUS_HTTP_PORT=$PORT RESERVATION_EXPIRY_EVERY=off RESERVATION_PRIVACY_EVERY=off \
  java -jar reservation-service/target/quarkus-app/quarkus-run.jar >"$work/service.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait 2>/dev/null || true' EXIT
wait_for_url "http://127.0.0.1:$PORT/q/health/ready" 300 || { tail -40 "$work/service.log"; exit 1; }
token=$(q -c "SELECT id, username, role, '', '', organisation_id, '' FROM app_user WHERE username = 'admin'" \
  | node bench/mint-tokens.mjs .data/bench/keys/private-key.pem)
centrum=$(q -c "SELECT id FROM location WHERE code = 'BRL-CENTRUM'")
body="{\"selection\":{\"locationId\":$centrum},\"change\":{\"reservationBlock\":{\"level\":\"NOT_RESERVABLE\"}}}"
api() { curl -s -o "$work/out.json" -w '%{http_code} %{time_total}' -H "Authorization: Bearer $token" -H 'Content-Type: application/json' "$@"; }
out="bench/results/series-mutation-$(date +%Y%m%d-%H%M%S).txt"
for round in 1 2 3; do
  res=$(api -d "$body" "http://127.0.0.1:$PORT/api/series-mutations/dry-run"); dry=${res##* }
  matched=$(python3 -c "import json; print(json.load(open('$work/out.json'))['matched'])")
  res=$(api -d "$body" "http://127.0.0.1:$PORT/api/series-mutations"); apply=${res##* }
  id=$(python3 -c "import json; print(json.load(open('$work/out.json'))['id'])")
  changed=$(python3 -c "import json; print(json.load(open('$work/out.json'))['changed'])")
  res=$(api -X POST "http://127.0.0.1:$PORT/api/series-mutations/$id/undo"); undo=${res##* }
  restored=$(python3 -c "import json; print(json.load(open('$work/out.json'))['restored'])")
  echo "round $round: matched $matched, dry run ${dry}s; apply $changed copies ${apply}s; undo $restored copies ${undo}s" | tee -a "$out"
done
echo "==> Results written to $out"
