#!/usr/bin/env bash
# Shared by run.sh and test.sh: install what a fresh Debian machine with only the .NET SDK lacks,
# and start Azurite. Sourced, not executed.

CHUB_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# How table keys are laid out (src/ComplianceHub.Storage/Hosting/LegacyKeyLayout.cs); run.sh keeps older data aside.
CHUB_DATA_LAYOUT=2

log() { printf '\033[36m[chub]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[31m[chub] %s\033[0m\n' "$*" >&2; exit 1; }

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

apt_updated=0
apt_install() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  command -v apt-get >/dev/null || die "需要安装 (please install): ${missing[*]}"
  log "apt-get install ${missing[*]}"
  if [ $apt_updated -eq 0 ]; then as_root apt-get update -qq >/dev/null; apt_updated=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# TrueType-outline (glyf) copies of Noto Sans CJK SC, made once per machine (1-2 min): reports set in them are
# embedded as small CID TrueType fonts instead of Type 3 (~250 KB instead of ~600 KB for the postal sample).
# Optional: without them reports still render, larger. CHUB_REPORT_FONT_DIR moves them ("" turns them off).
ensure_report_fonts() {
  local dir="${CHUB_REPORT_FONT_DIR-/var/cache/compliancehub/fonts}" face
  [ -n "$dir" ] || return 0
  for face in Regular Bold; do
    [ -f "$dir/NotoSansCJKsc-$face-glyf.ttf" ] && continue
    apt_install python3-fonttools
    as_root mkdir -p "$dir"
    log "converting Noto Sans CJK SC $face to TrueType outlines into $dir (once per machine)"
    as_root /usr/bin/python3 "$CHUB_ROOT/deploy/tools/cjk-to-glyf.py" \
      "/usr/share/fonts/opentype/noto/NotoSansCJK-$face.ttc" 2 "$dir/NotoSansCJKsc-$face-glyf.ttf" >/dev/null 2>&1 \
      || die "font conversion failed: /usr/bin/python3 deploy/tools/cjk-to-glyf.py (python3-fonttools)"
  done
}

# Node (for Azurite), curl, and the CJK font the PDF reports embed.
ensure_prerequisites() {
  command -v dotnet >/dev/null || die "需要 .NET SDK 10 (the .NET 10 SDK must be on PATH)"
  command -v curl >/dev/null || apt_install curl
  command -v npm >/dev/null || apt_install nodejs npm
  # DejaVu Sans: a font built from composite glyphs, which the font subsetter's tests need (Noto CJK has none).
  apt_install fonts-noto-cjk fonts-dejavu-core
  ensure_report_fonts
  if [ ! -x "$CHUB_ROOT/deploy/node_modules/.bin/azurite" ]; then
    log "npm ci (azurite, pinned in deploy/package.json)"
    npm ci --prefix "$CHUB_ROOT/deploy" --no-audit --no-fund --loglevel=error >/dev/null
  fi
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()' 2>/dev/null \
    || node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_for_port() {
  local port=$1 what=$2
  for _ in $(seq 1 100); do port_open "$port" && return 0; sleep 0.2; done
  die "$what 未在 20 秒内启动 ($what did not open port $port within 20 s)"
}

# start_azurite BLOB QUEUE TABLE [DATA_DIR]: no DATA_DIR means in-memory (tests).
# Sets AZURITE_PID and CHUB_STORAGE (a connection string with explicit endpoints).
start_azurite() {
  local blob=$1 queue=$2 table=$3 data=${4:-}
  local args=(--blobHost 127.0.0.1 --queueHost 127.0.0.1 --tableHost 127.0.0.1
              --blobPort "$blob" --queuePort "$queue" --tablePort "$table" --skipApiVersionCheck --loose --silent)
  if [ -n "$data" ]; then mkdir -p "$data"; args+=(--location "$data"); else args+=(--inMemoryPersistence); fi
  # A session of its own: Ctrl-C in the terminal stops the hub, which still writes to Azurite while it stops;
  # the caller's trap stops Azurite after it.
  AZURITE_LOG="${data:-/tmp}/azurite-$table.log"
  setsid "$CHUB_ROOT/deploy/node_modules/.bin/azurite" "${args[@]}" >"$AZURITE_LOG" 2>&1 &
  AZURITE_PID=$!
  wait_for_port "$table" Azurite
  local key="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
  CHUB_STORAGE="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$key;BlobEndpoint=http://127.0.0.1:$blob/devstoreaccount1;QueueEndpoint=http://127.0.0.1:$queue/devstoreaccount1;TableEndpoint=http://127.0.0.1:$table/devstoreaccount1;"
}

# stop_azurite: asks Azurite to close (it saves its database as it does) and waits until its three services say
# they closed. Its process can linger a minute after that on idle timers, so it is then killed rather than awaited.
stop_azurite() {
  [ -n "${AZURITE_PID:-}" ] || return 0
  kill "$AZURITE_PID" 2>/dev/null || return 0
  for _ in $(seq 1 150); do
    kill -0 "$AZURITE_PID" 2>/dev/null || return 0
    [ "$(grep -c 'successfully closed' "$AZURITE_LOG" 2>/dev/null)" -ge 3 ] && break
    sleep 0.2
  done
  kill -KILL "$AZURITE_PID" 2>/dev/null || true
  wait "$AZURITE_PID" 2>/dev/null || true
}
