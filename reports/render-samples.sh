#!/usr/bin/env bash
# Renders the four sample reports from synthetic demo data into reports/samples/ (committed, so anyone
# can look at them without running the hub). Needs Noto Sans CJK SC (Debian: fonts-noto-cjk).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run -c Release --project src/ComplianceHub.Cli -- report samples reports/samples
