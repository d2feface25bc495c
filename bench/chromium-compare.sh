#!/usr/bin/env bash
# Issue 6's renderer comparison: the postal inspection report rendered by our SkiaSharp layout (in-process, warm)
# against the same content as HTML printed by headless Chromium, one process per PDF and one warm process driven
# over DevTools. Prints medians, ratios, sizes and page counts; writes the PDFs and the HTML to OUTDIR.
# Installs Debian's chromium when missing (a manual benchmark: CI never runs this nor installs chromium).
#   bench/chromium-compare.sh [iterations=15] [outdir=bench-out/chromium]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../deploy/lib/common.sh"
cd "$CHUB_ROOT"
ensure_prerequisites

ITERATIONS=${1:-15} OUTDIR=${2:-bench-out/chromium}
apt_install chromium
log "$(chromium --version 2>/dev/null)"

dotnet build bench/ComplianceHub.Benchmarks -c Release -v quiet -nologo >/dev/null
dotnet bench/ComplianceHub.Benchmarks/bin/Release/net10.0/ComplianceHub.Benchmarks.dll reports chromium "$OUTDIR" "$ITERATIONS"
