#!/usr/bin/env bash
# Runs N silo + API processes on this machine as one Orleans cluster on Azure Table clustering, all on one Azurite
# (data under ./data/cluster, kept across restarts): hub i serves http://127.0.0.1:$((5100+i)) with silo port
# $((11200+i)) and gateway $((30100+i)). Hub 1 seeds the demo data. Ctrl-C stops every hub, then Azurite.
#   deploy/cluster.sh [N=3]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
cd "$CHUB_ROOT"

N=${1:-3}
[[ "$N" =~ ^[1-9][0-9]?$ ]] || die "用法 (usage): deploy/cluster.sh [N=3]   (1–99 hubs)"
DATA="$CHUB_ROOT/data/cluster"
mkdir -p "$DATA"
ensure_prerequisites

start_azurite 10100 10101 10102 "$DATA/azurite"
[ -s "$DATA/dev-signing.key" ] || head -c 32 /dev/urandom | base64 > "$DATA/dev-signing.key"
[ -s "$DATA/fingerprint.key" ] || head -c 32 /dev/urandom | base64 > "$DATA/fingerprint.key"

log "构建 (building) ComplianceHub.Server"
dotnet build src/ComplianceHub.Server -c Release -v quiet -nologo >/dev/null

PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  stop_azurite
}
trap cleanup EXIT INT TERM

for i in $(seq 1 "$N"); do
  url="http://127.0.0.1:$((5100 + i))"
  log "启动 (starting) hub $i on $url (silo $((11200 + i)), gateway $((30100 + i)))"
  ASPNETCORE_ENVIRONMENT=Development \
  Storage__ConnectionString="$CHUB_STORAGE" \
  Storage__TablePrefix=cluster \
  Orleans__ClusteringMode=azure-table \
  Orleans__ClusterId=compliancehub-cluster \
  Orleans__AdvertisedIPAddress=127.0.0.1 \
  Orleans__SiloPort=$((11200 + i)) \
  Orleans__GatewayPort=$((30100 + i)) \
  Auth__DevSigningKey="$(cat "$DATA/dev-signing.key")" \
  Labels__FingerprintKey="$(cat "$DATA/fingerprint.key")" \
  Reports__BaseUrl="$url" \
  Demo__Seed=$([ "$i" -eq 1 ] && echo true || echo false) \
    bash -c 'cd src/ComplianceHub.Server && exec dotnet bin/Release/net10.0/ComplianceHub.Server.dll --urls "$1"' hub "$url" \
    > "$DATA/hub-$i.log" 2>&1 &
  PIDS+=($!)
done

for i in $(seq 1 "$N"); do
  url="http://127.0.0.1:$((5100 + i))"
  for _ in $(seq 1 450); do curl -fs "$url/health/ready" >/dev/null 2>&1 && break; sleep 0.4; done
  curl -fs "$url/health/ready" >/dev/null || die "hub $i 未就绪 (not ready after 3 min): see $DATA/hub-$i.log"
done

cat <<MSG

  ComplianceHub 集群已启动 (cluster of $N is running), Azure Table clustering on Azurite (127.0.0.1:10102)
$(for i in $(seq 1 "$N"); do echo "    hub $i: http://127.0.0.1:$((5100 + i))   log: $DATA/hub-$i.log"; done)
  每个节点都提供完整 API (every hub serves the whole API; an enterprise's grain lives on one of them).
  开发令牌 (dev token): curl -s "http://127.0.0.1:5101/dev/token?role=admin"

  Ctrl-C 停止 (stops every hub, then Azurite).
MSG
wait
