#!/usr/bin/env bash
# Sets up and runs every test: installs what is missing, starts one Azurite on free ports for the
# whole run, runs the solution's tests, stops Azurite. Last line: "N passed, N failed[, N skipped]".
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
cd "$CHUB_ROOT"

ensure_prerequisites
start_azurite "$(free_port)" "$(free_port)" "$(free_port)"
trap stop_azurite EXIT
export CHUB_TEST_STORAGE="$CHUB_STORAGE"
log "Azurite (in memory) for this run: pid $AZURITE_PID"

results="$CHUB_ROOT/artifacts/test-results"
rm -rf "$results"
log "dotnet test (Release)"
status=0
# xunit v3 runs on Microsoft.Testing.Platform (global.json); each test assembly writes its own TRX.
dotnet test --solution ComplianceHub.sln -c Release --report-xunit-trx --results-directory "$results" "$@" || status=$?

# Count from the TRX files themselves, not from console text.
summary=$(python3 - "$results" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = skipped = 0
for path in glob.glob(sys.argv[1] + "/**/*.trx", recursive=True):
    counters = ET.parse(path).getroot().find("t:ResultSummary/t:Counters", ns)
    if counters is None:
        continue
    passed += int(counters.get("passed", 0))
    failed += int(counters.get("failed", 0)) + int(counters.get("error", 0)) + int(counters.get("timeout", 0)) + int(counters.get("aborted", 0))
    skipped += int(counters.get("notExecuted", 0))
line = f"{passed} passed, {failed} failed" + (f", {skipped} skipped" if skipped else "")
print(line)
PY
)
total=$(echo "$summary" | awk '{print $1 + $3}')
if [ "$status" -ne 0 ] && [ "$(echo "$summary" | awk '{print $3}')" = "0" ]; then
  # dotnet test failed without a failing test (build error, crashed host): count it as a failure.
  summary="$(echo "$summary" | awk -F', ' '{print $1}'), 1 failed"
fi
echo "$summary"
[ "$status" -eq 0 ] && [ "$total" -gt 0 ]
