#!/usr/bin/env bash
# Scores `parallax cluster --pairs` on the shared same-event pair eval (ECB+ pairs; F1 with score.py).
#   eval/near_duplicates.sh [dev]   ../shared/eval/near_duplicates/ecbplus_{docs,pairs}.jsonl
#   eval/near_duplicates.sh SPLIT   ../shared/eval/near_duplicates/SPLIT/ecbplus_{docs,pairs}.jsonl
# The command writes {"a","b","score","same_event"} per pair; same_event is score >= the clustering
# threshold (THRESHOLD=0.35 passes --threshold), and the scorer also reports ROC-AUC from the score.
set -euo pipefail
split="${1:-dev}"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
eval_root="$repo/../shared/eval/near_duplicates"
if [ "$split" = dev ]; then dir="$eval_root"; else dir="$eval_root/$split"; fi
[ -f "$dir/ecbplus_docs.jsonl" ] && [ -f "$dir/ecbplus_pairs.jsonl" ] || { echo "near_duplicates.sh: no split at $dir" >&2; exit 2; }
out="${OUT:-$(mktemp -d)}"
# Only ids and texts reach the command: the gold labels (topic, cluster, label) are stripped first.
python3 -c 'import json,sys
for line in sys.stdin:
    if line.strip():
        d = json.loads(line); print(json.dumps({"id": d["id"], "text": d["text"]}))' <"$dir/ecbplus_docs.jsonl" >"$out/input.jsonl"
python3 -c 'import json,sys
for line in sys.stdin:
    if line.strip():
        d = json.loads(line); print(json.dumps({"a": d["a"], "b": d["b"]}))' <"$dir/ecbplus_pairs.jsonl" >"$out/pairs.jsonl"
"$repo/parallax" cluster --input "$out/input.jsonl" --pairs "$out/pairs.jsonl" --output "$out/scores.jsonl" ${THRESHOLD:+--threshold "$THRESHOLD"} >&2
python3 "$eval_root/score.py" "$dir/ecbplus_pairs.jsonl" "$out/scores.jsonl" | tail -n 1
echo "predictions: $out/scores.jsonl" >&2
