#!/usr/bin/env bash
# Attributions: `parallax annotate` scored with ../shared/eval/quotes/score.py on polnear_dev (or the sets given),
# then source accuracy on direct quotes alone (quotes-direct.py, the scorer's own matching).
#   eval/quotes.sh [SET...]     OUT=DIR keeps inputs and predictions; THREADS=N sets --threads
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
[ $# -gt 0 ] || set -- polnear_dev
export OUT="${OUT:-$(mktemp -d)}"
"$here/annotate-eval.sh" quotes "$@"
for set in "$@"; do
  printf '%s: ' "$set"
  python3 "$here/quotes-direct.py" "$here/../../shared/eval/quotes/score.py" "$here/../../shared/eval/quotes/$set.jsonl" "$OUT/$set.pred.jsonl"
done
