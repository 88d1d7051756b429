#!/usr/bin/env bash
# Events: `parallax annotate` over the PLOVER gold-standard records (dev half), scored by eval/events-plover.py
# (category accuracy, source/target actor match). Only id and text reach the annotator (eval/annotate-input.py).
#   eval/events.sh          OUT=DIR keeps inputs and predictions; THREADS=N sets --threads
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
gold="$repo/../shared/eval/events/plover_gsr_dev.jsonl"
[ -f "$gold" ] || { echo "events: no gold file $gold" >&2; exit 2; }
out="${OUT:-$(mktemp -d)}"
mkdir -p "$out"
python3 "$repo/eval/annotate-input.py" "$gold" > "$out/plover_gsr_dev.input.jsonl"
status=0
"$repo/parallax" annotate --input "$out/plover_gsr_dev.input.jsonl" --output "$out/plover_gsr_dev.pred.jsonl" \
  ${THREADS:+--threads "$THREADS"} 2> "$out/plover_gsr_dev.log" || status=$?
grep '^annotate:' "$out/plover_gsr_dev.log" | tail -n 1 >&2
[ "$status" -le 1 ] || { tail -n 20 "$out/plover_gsr_dev.log" >&2; exit "$status"; }
printf 'plover_gsr_dev: '
python3 "$repo/eval/events-plover.py" "$gold" "$out/plover_gsr_dev.pred.jsonl" | tail -n 1
echo "predictions: $out" >&2
