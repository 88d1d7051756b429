#!/usr/bin/env bash
# Scores Parallax on the shared same-event pair eval (ECB+ pairs; F1 with score.py).
#   eval/near_duplicates.sh [dev]   ../shared/eval/near_duplicates/ecbplus_{docs,pairs}.jsonl
#   eval/near_duplicates.sh SPLIT   ../shared/eval/near_duplicates/SPLIT/ecbplus_{docs,pairs}.jsonl
# MODE=pairs (default): `parallax cluster --pairs` writes {"a","b","score","same_event"} per pair, same_event
#   being score >= the pair threshold (PAIR_THRESHOLD=0.05 passes --pair-threshold; by default the command's own,
#   chosen on dev); the scorer adds ROC-AUC. THRESHOLD=0.08 passes the story-joining --threshold (MODE=clusters).
# MODE=clusters: same_event = both documents in one story of `parallax cluster` over all documents, with the
#   pair score kept for AUC (what a user sees: two articles are the same event when they share a story).
set -euo pipefail
split="${1:-dev}"
mode="${MODE:-pairs}"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
eval_root="$repo/../shared/eval/near_duplicates"
if [ "$split" = dev ]; then dir="$eval_root"; else dir="$eval_root/$split"; fi
[ -f "$dir/ecbplus_docs.jsonl" ] && [ -f "$dir/ecbplus_pairs.jsonl" ] || { echo "near_duplicates.sh: no split at $dir" >&2; exit 2; }
out="${OUT:-$(mktemp -d)}"
rm -f "$out/clusters.jsonl" "$out/scores.jsonl" "$out/same_story.jsonl"
# Only ids and texts reach the command: the gold labels (topic, cluster, label) are stripped first.
python3 -c 'import json,sys
for line in sys.stdin:
    if line.strip():
        d = json.loads(line); print(json.dumps({"id": d["id"], "text": d["text"]}))' <"$dir/ecbplus_docs.jsonl" >"$out/input.jsonl"
python3 -c 'import json,sys
for line in sys.stdin:
    if line.strip():
        d = json.loads(line); print(json.dumps({"a": d["a"], "b": d["b"]}))' <"$dir/ecbplus_pairs.jsonl" >"$out/pairs.jsonl"
# A non-zero exit with output written means some lines were skipped (the diagnostics are on stderr).
"$repo/parallax" cluster --input "$out/input.jsonl" --pairs "$out/pairs.jsonl" --output "$out/scores.jsonl" ${PAIR_THRESHOLD:+--pair-threshold "$PAIR_THRESHOLD"} >&2 || true
[ -s "$out/scores.jsonl" ] || { echo "near_duplicates.sh: parallax cluster wrote nothing" >&2; exit 1; }
pred="$out/scores.jsonl"
if [ "$mode" = clusters ]; then
  "$repo/parallax" cluster --input "$out/input.jsonl" --output "$out/clusters.jsonl" ${THRESHOLD:+--threshold "$THRESHOLD"} >&2 || true
  [ -s "$out/clusters.jsonl" ] || { echo "near_duplicates.sh: parallax cluster wrote nothing" >&2; exit 1; }
  python3 -c 'import json,sys
story = {}
for line in open(sys.argv[1]):
    if line.strip():
        d = json.loads(line); story[d["id"]] = d["cluster"]
for line in open(sys.argv[2]):
    if line.strip():
        d = json.loads(line); d["same_event"] = story[d["a"]] == story[d["b"]]; print(json.dumps(d))' \
    "$out/clusters.jsonl" "$out/scores.jsonl" >"$out/same_story.jsonl"
  pred="$out/same_story.jsonl"
fi
python3 "$eval_root/score.py" "$dir/ecbplus_pairs.jsonl" "$pred" | tail -n 1
echo "predictions: $pred" >&2
