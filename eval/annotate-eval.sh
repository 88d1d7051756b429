#!/usr/bin/env bash
# Shared by ner.sh, temporal.sh and quotes.sh: runs `parallax annotate` over gold sets of one task of
# ../shared/eval and prints the task scorer's last line per set. Only id, text and dct of the gold files reach the
# annotator (eval/annotate-input.py).
#   eval/annotate-eval.sh TASK SET...     OUT=DIR keeps inputs and predictions there; THREADS=N sets --threads
set -euo pipefail
task="${1:?usage: eval/annotate-eval.sh TASK SET...}"; shift
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
eval_root="$repo/../shared/eval/$task"
out="${OUT:-$(mktemp -d)}"
mkdir -p "$out"
for set in "$@"; do
  gold="$eval_root/$set.jsonl"
  [ -f "$gold" ] || { echo "$task: no gold file $gold" >&2; exit 2; }
  python3 "$repo/eval/annotate-input.py" "$gold" > "$out/$set.input.jsonl"
  status=0
  "$repo/parallax" annotate --input "$out/$set.input.jsonl" --output "$out/$set.pred.jsonl" \
    ${THREADS:+--threads "$THREADS"} 2> "$out/$set.log" || status=$?
  grep '^annotate:' "$out/$set.log" | tail -n 1 >&2
  # 1 = some lines failed (listed in the log); anything else non-zero means no usable predictions
  [ "$status" -le 1 ] || { tail -n 20 "$out/$set.log" >&2; exit "$status"; }
  printf '%s: ' "$set"
  python3 "$eval_root/score.py" "$gold" "$out/$set.pred.jsonl" | tail -n 1
done
echo "predictions: $out" >&2
