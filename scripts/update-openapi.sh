#!/usr/bin/env bash
# Regenerates openapi.yaml at the top from what the service serves, then the portal's generated types.
set -euo pipefail
cd "$(dirname "$0")/.."
(cd reservation-service && ./mvnw -B -q test -Dtest=ContractTest -Dcontract.update=true -Dsurefire.failIfNoSpecifiedTests=false)
if [ -d portal-ui/node_modules ]; then
  (cd portal-ui && npm run --silent generate:api)
fi
echo "openapi.yaml updated; commit it with the API change."
