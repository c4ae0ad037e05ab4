#!/usr/bin/env bash
# Lighthouse benchmark of the portal's production build (not part of test.sh): builds the service and the portal where
# needed, starts the service with the demo data and `vite preview` on LH_SERVICE_PORT/LH_PORTAL_PORT, runs
# portal-ui/scripts/lighthouse.mjs (desktop and mobile on four pages) and prints its table.
#
#   scripts/lighthouse.sh [--runs N]     N runs per page and form, the median shown (default 1)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
require_tools
ensure_service_built
build_portal
LH_SERVICE_PORT=${LH_SERVICE_PORT:-18090}
LH_PORTAL_PORT=${LH_PORTAL_PORT:-14173}
lh_dir=$(mktemp -d)
service_pid=$(start_service "$LH_SERVICE_PORT" "$lh_dir" "$lh_dir/service.log")
portal_pid=""
cleanup() {
  [ -n "$portal_pid" ] && kill "$portal_pid" 2>/dev/null || true
  kill "$service_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$lh_dir"
}
trap cleanup EXIT
portal_pid=$(start_portal "$LH_PORTAL_PORT" "http://127.0.0.1:$LH_SERVICE_PORT" "$lh_dir/portal.log")
wait_for_url "http://127.0.0.1:$LH_PORTAL_PORT/" 60
(cd portal-ui && PORTAL_URL="http://127.0.0.1:$LH_PORTAL_PORT" node scripts/lighthouse.mjs "$@")
