#!/usr/bin/env bash
# Sets up and runs the hub on this machine: installs what is missing, starts Azurite with its data
# under ./data (kept across restarts), starts silo + API on http://localhost:5000, seeds the demo
# dataset, and prints dev tokens and URLs. Ctrl-C stops the hub and Azurite.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
cd "$CHUB_ROOT"

URL="${CHUB_URL:-http://localhost:5000}"
DATA="$CHUB_ROOT/data"
mkdir -p "$DATA"
ensure_prerequisites

# Azurite on its default ports, so "UseDevelopmentStorage=true" tools (Storage Explorer) see the same data.
if port_open 10002; then
  log "Azurite 已在运行 (Azurite already listening on 10002): reusing it"
  AZURITE_PID=""
else
  # Data written before the key layout changed (CHUB_DATA_LAYOUT in lib/common.sh) cannot be read: keep it aside
  # rather than start an empty-looking hub over it; the demo is seeded afresh.
  if [ -d "$DATA/azurite" ] && [ "$(cat "$DATA/layout" 2>/dev/null)" != "$CHUB_DATA_LAYOUT" ]; then
    aside="$DATA/azurite-layout-$(cat "$DATA/layout" 2>/dev/null || echo 1)-$(date +%Y%m%d%H%M%S)"
    mv "$DATA/azurite" "$aside"
    log "旧版数据布局，已移至 (earlier data layout, moved aside to) $aside"
  fi
  echo "$CHUB_DATA_LAYOUT" > "$DATA/layout"
  start_azurite 10000 10001 10002 "$DATA/azurite"
  log "Azurite data: $DATA/azurite (pid $AZURITE_PID)"
fi
CHUB_STORAGE="UseDevelopmentStorage=true"

# A stable dev signing key, so tokens printed earlier stay valid after a restart.
[ -s "$DATA/dev-signing.key" ] || head -c 32 /dev/urandom | base64 > "$DATA/dev-signing.key"
# A stable label-fingerprint key, so fingerprints of the same label match across restarts.
[ -s "$DATA/fingerprint.key" ] || head -c 32 /dev/urandom | base64 > "$DATA/fingerprint.key"
# A stable evidence signing key (Ed25519 seed), so tree heads signed earlier still verify after a restart.
[ -s "$DATA/evidence-signing.key" ] || head -c 32 /dev/urandom | base64 > "$DATA/evidence-signing.key"

log "构建 (building) ComplianceHub.Server"
dotnet build src/ComplianceHub.Server -c Release -v quiet -nologo >/dev/null

log "启动 (starting) hub on $URL"
ASPNETCORE_ENVIRONMENT=Development \
Storage__ConnectionString="$CHUB_STORAGE" \
Auth__DevSigningKey="$(cat "$DATA/dev-signing.key")" \
Labels__FingerprintKey="$(cat "$DATA/fingerprint.key")" \
Evidence__SigningKey="$(cat "$DATA/evidence-signing.key")" \
Reports__BaseUrl="$URL" \
Demo__Seed=true \
  bash -c 'cd src/ComplianceHub.Server && exec dotnet bin/Release/net10.0/ComplianceHub.Server.dll --urls "$1"' hub "$URL" &
# The server itself (exec'd), not a `dotnet run` wrapper: Ctrl-C waits for its grains to write their state back
# before Azurite, which runs in a session of its own so the terminal's Ctrl-C does not reach it, is stopped.
HUB_PID=$!
cleanup() { kill $HUB_PID 2>/dev/null || true; wait $HUB_PID 2>/dev/null || true; stop_azurite; }
trap cleanup EXIT INT TERM

# Ready = storage answers and the demo data is in (the first start seeds ~40 enterprises, a few seconds to a minute).
log "等待 hub 就绪并写入演示数据 (waiting for the hub and its demo data)"
for _ in $(seq 1 450); do
  curl -fs "$URL/health/ready" >/dev/null 2>&1 && break
  kill -0 $HUB_PID 2>/dev/null || die "hub 启动失败 (the hub exited; see the log above)"
  sleep 0.4
done
curl -fs "$URL/health/ready" >/dev/null || die "hub 未就绪 (hub not ready after 3 min; see the log above)"

token() { curl -fs "$URL/dev/token?$1" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/'; }
ADMIN=$(token "role=admin&subject=dev-admin")
POSTAL=$(token "role=regulator.postal&division=3307&subject=jinhua-postal")
cat <<MSG

  ComplianceHub 已启动 (is running) — $URL
  API 文档 (API reference):  $URL/scalar/v1      OpenAPI: $URL/openapi/v1.json
  健康检查 (health):          $URL/health/ready
  数据 (data):                $DATA (Azurite; kept across restarts)

  开发令牌 (dev token), admin:
    export CHUB_TOKEN=$ADMIN
  金华市邮政管理局 (postal regulator, division 3307):
    export CHUB_POSTAL_TOKEN=$POSTAL

  试一试 (try):
    curl -s -H "Authorization: Bearer \$CHUB_TOKEN" "$URL/api/v1/enterprises?division=33"
    curl -s -H "Authorization: Bearer \$CHUB_POSTAL_TOKEN" "$URL/api/v1/enterprises?division=330782"
    curl -s -H "Authorization: Bearer \$CHUB_POSTAL_TOKEN" "$URL/api/v1/enterprises/91330782MA2000001K-ZTO001/findings"
    curl -s -H "Authorization: Bearer \$CHUB_POSTAL_TOKEN" -o self-assessment.pdf "$URL/api/v1/enterprises/91330782MA2000001K-ZTO001/self-assessment.pdf"
    curl -s -H "Authorization: Bearer \$CHUB_POSTAL_TOKEN" "$URL/api/v1/enterprises/91330782MA2000001K-ZTO001/inspections"
    curl -s -H "Authorization: Bearer \$CHUB_POSTAL_TOKEN" "$URL/api/v1/inspections/5e1f0c6a-7d3b-4c1e-9a51-0000000000a1"
    curl -s -H "Authorization: Bearer \$CHUB_POSTAL_TOKEN" -o inspection-report.pdf "$URL/api/v1/inspections/5e1f0c6a-7d3b-4c1e-9a51-0000000000a1/report.pdf?authority=postal"
  其他令牌 (other tokens): $URL/dev/token?role=enterprise&enterprise=<id>

  Ctrl-C 停止 (stops the hub and Azurite).
MSG
wait $HUB_PID
