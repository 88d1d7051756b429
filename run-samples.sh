#!/usr/bin/env bash
# Sets up and runs the main job on the samples shipped in this repository:
# restores and builds the CLI, ingests samples/ into a fresh store in a temporary folder, lists the
# stories and prints the cross-source report of each (text; pass --format md|html|json to choose).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
command -v dotnet >/dev/null || { echo "run-samples.sh: the .NET 10 SDK is needed (dotnet not on PATH)" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export PARALLAX_DB="$work/parallax.db"
"$here/parallax" analyze "$here/samples" "$@"
