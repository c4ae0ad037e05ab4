#!/usr/bin/env bash
# Lighthouse benchmark of the portal's production build (not part of test.sh): builds the service and the portal where
# needed, starts the service with the demo data and `vite preview` on LH_SERVICE_PORT/LH_PORTAL_PORT, runs
# portal-ui/scripts/lighthouse.mjs (desktop and mobile on four pages) and prints its table.
#
#   scripts/lighthouse.sh [--runs N] [--page NAME]   N runs per page and form, the median shown (default 1);
#                                                   only the pages whose name contains NAME
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
require_tools
ensure_service_built
build_portal
LH_SERVICE_PORT=${LH_SERVICE_PORT:-18090}
LH_PORTAL_PORT=${LH_PORTAL_PORT:-14173}
start_service_and_portal "$LH_SERVICE_PORT" "$LH_PORTAL_PORT"
(cd portal-ui && PORTAL_URL="http://127.0.0.1:$LH_PORTAL_PORT" node scripts/lighthouse.mjs "$@")
