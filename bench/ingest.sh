#!/usr/bin/env bash
# End-to-end ingest benchmark: a fresh in-memory Azurite and a hub on free ports, label batches
# posted through the HTTP API by the load tool, then the CPU each process spent, to tell whether
# Azurite or our code is the bottleneck.
#   bench/ingest.sh [batches=1000] [batchSize=1000] [concurrency=8] [enterprises=16]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../deploy/lib/common.sh"
cd "$CHUB_ROOT"
ensure_prerequisites

BATCHES=${1:-1000} SIZE=${2:-1000} CONCURRENCY=${3:-8} ENTERPRISES=${4:-16}
start_azurite "$(free_port)" "$(free_port)" "$(free_port)"
PORT=$(free_port)
URL="http://127.0.0.1:$PORT"

log "building server and load tool (Release)"
dotnet build src/ComplianceHub.Server -c Release -v quiet -nologo >/dev/null
dotnet build bench/ComplianceHub.Benchmarks -c Release -v quiet -nologo >/dev/null

ASPNETCORE_ENVIRONMENT=Development Storage__ConnectionString="$CHUB_STORAGE" Storage__TablePrefix=bench \
Orleans__SiloPort="$(free_port)" Orleans__GatewayPort="$(free_port)" Logging__LogLevel__Default=Warning \
RateLimits__PerTokenPerSecond=100000 RateLimits__PerTokenBurst=100000 \
  dotnet src/ComplianceHub.Server/bin/Release/net10.0/ComplianceHub.Server.dll --urls "$URL" >/tmp/chub-bench-hub.log 2>&1 &
HUB_PID=$!
trap 'kill $HUB_PID $AZURITE_PID 2>/dev/null || true' EXIT
for _ in $(seq 1 150); do curl -fs "$URL/health/ready" >/dev/null 2>&1 && break; sleep 0.4; done
curl -fs "$URL/health/ready" >/dev/null || die "hub not ready; see /tmp/chub-bench-hub.log"

# utime + stime in clock ticks, fields 14 and 15 of /proc/PID/stat.
cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; }
TICKS=$(getconf CLK_TCK)
hub0=$(cpu $HUB_PID) az0=$(cpu $AZURITE_PID) t0=$(date +%s.%N)
dotnet bench/ComplianceHub.Benchmarks/bin/Release/net10.0/ComplianceHub.Benchmarks.dll ingest "$URL" "$BATCHES" "$SIZE" "$CONCURRENCY" "$ENTERPRISES"
hub1=$(cpu $HUB_PID) az1=$(cpu $AZURITE_PID) t1=$(date +%s.%N)
python3 - "$hub0" "$hub1" "$az0" "$az1" "$t0" "$t1" "$TICKS" "$BATCHES" <<'PY'
import sys
h0, h1, a0, a1, t0, t1, tick, batches = map(float, sys.argv[1:])
wall = t1 - t0
hub, az = (h1 - h0) / tick, (a1 - a0) / tick
print(f"wall {wall:.1f} s (incl. batch generation); CPU: hub {hub:.1f} s ({hub / wall:.0%} of one core), "
      f"azurite {az:.1f} s ({az / wall:.0%}); per batch: hub {1000 * hub / batches:.1f} ms, azurite {1000 * az / batches:.1f} ms")
PY
