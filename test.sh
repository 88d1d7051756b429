#!/usr/bin/env bash
# Sets up and runs every test suite; ends with the line "N passed, N failed".
# Installs what the suites need where it can (Debian packages when root), restores NuGet packages,
# builds warnings-as-errors, runs the tests and sums the TRX results.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  missing=()
  [ -d /usr/share/iso-codes/json ] || missing+=(iso-codes)
  if [ ${#missing[@]} -gt 0 ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}") >/dev/null 2>&1 \
      || echo "test.sh: could not install ${missing[*]}; suites that need them will say so" >&2
  fi
fi

results="$here/artifacts/test-results"
rm -rf "$results"; mkdir -p "$results"
dotnet restore Parallax.slnx --nologo -v quiet || { echo "0 passed, 1 failed"; exit 1; }
dotnet build Parallax.slnx -c Release --no-restore --nologo -v quiet -clp:ErrorsOnly || { echo "0 passed, 1 failed"; exit 1; }
dotnet test Parallax.slnx -c Release --no-build --nologo --logger "trx" --results-directory "$results" "$@"
status=$?

python3 - "$results" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
passed = failed = skipped = 0
for f in glob.glob(sys.argv[1] + "/**/*.trx", recursive=True):
    c = ET.parse(f).getroot().find(".//{*}Counters")
    if c is None:
        continue
    passed += int(c.get("passed", 0))
    failed += int(c.get("failed", 0)) + int(c.get("error", 0)) + int(c.get("timeout", 0)) + int(c.get("aborted", 0))
    skipped += int(c.get("total", 0)) - int(c.get("executed", 0))
print(f"{skipped} skipped")
print(f"{passed} passed, {failed} failed")
sys.exit(0 if failed == 0 and passed > 0 else 1)
PY
summary=$?
[ $status -eq 0 ] && [ $summary -eq 0 ]
