#!/usr/bin/env bash
# Builds `chub` for users' machines:
#   artifacts/feed/ComplianceHub.Cli.<version>.nupkg   a .NET tool (needs the .NET 10 runtime):
#       dotnet tool install --global --add-source artifacts/feed ComplianceHub.Cli
#   artifacts/chub-linux-x64/chub                       one self-contained file (no .NET needed), linux-x64
# Usage: deploy/pack-cli.sh [tool|binary|all] (default all). Extra arguments go to dotnet pack/publish.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
cd "$CHUB_ROOT"

what="${1:-all}"
[ $# -gt 0 ] && shift
case "$what" in tool|binary|all) ;; *) die "用法 (usage): deploy/pack-cli.sh [tool|binary|all]";; esac
command -v dotnet >/dev/null || die "需要 .NET SDK 10 (the .NET 10 SDK must be on PATH)"

if [ "$what" != binary ]; then
  log "dotnet pack → artifacts/feed"
  dotnet pack src/ComplianceHub.Cli -c Release -o artifacts/feed -nologo -v quiet "$@"
  ls artifacts/feed/ComplianceHub.Cli.*.nupkg
fi

if [ "$what" != tool ]; then
  # The runtime pack (Microsoft.NETCore.App.Runtime.linux-x64) is restored from NuGet on first use.
  log "dotnet publish (self-contained, single file, linux-x64) → artifacts/chub-linux-x64"
  rm -rf artifacts/chub-linux-x64
  dotnet publish src/ComplianceHub.Cli -c Release -r linux-x64 --self-contained -o artifacts/chub-linux-x64 -nologo -v quiet "$@"
  rm -f artifacts/chub-linux-x64/*.pdb
  ls -l artifacts/chub-linux-x64/chub
fi
