#!/usr/bin/env bash
# Scores `parallax annotate` with the shared quotes scorer on: polnear_dev (or the sets given as arguments).
# Only id, text and dct of the gold files go to the annotator (eval/annotate-input.py); prints the scorer's last line.
#   eval/quotes.sh [SET...]     OUT=DIR keeps inputs and predictions there; THREADS=N sets --threads
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
eval_root="$repo/../shared/eval/quotes"
out="${OUT:-$(mktemp -d)}"
mkdir -p "$out"
sets=("$@")
[ ${#sets[@]} -gt 0 ] || sets=(polnear_dev)
for set in "${sets[@]}"; do
  gold="$eval_root/$set.jsonl"
  [ -f "$gold" ] || { echo "quotes.sh: no gold file $gold" >&2; exit 2; }
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

for set in "${sets[@]}"; do
  printf '%s: ' "$set"
  python3 "$repo/eval/quotes-direct.py" "$eval_root/score.py" "$eval_root/$set.jsonl" "$out/$set.pred.jsonl"
done
echo "predictions: $out" >&2
