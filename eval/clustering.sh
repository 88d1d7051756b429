#!/usr/bin/env bash
# Scores `parallax cluster` on the shared story-clustering eval (ECB+; BCubed F1 with score.py).
#   eval/clustering.sh dev          ../shared/eval/story_clustering/ecbplus_docs.jsonl
#   eval/clustering.sh SPLIT        ../shared/eval/story_clustering/SPLIT/ecbplus_docs.jsonl (a held-out copy)
# THRESHOLD=0.08 passes --threshold to the command. Only "id" and "text" of each document reach the command.
# SHUFFLE=7 feeds the documents in an order shuffled with that seed (the score must not hang on the order).
# SWEEP="0.05 0.06 0.08 0.1 0.12" scores each --threshold in turn, one line each (to see how flat the score is).
set -euo pipefail
split="${1:?usage: eval/clustering.sh dev|SPLIT}"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
eval_root="$repo/../shared/eval/story_clustering"
if [ "$split" = dev ]; then gold="$eval_root/ecbplus_docs.jsonl"; else gold="$eval_root/$split/ecbplus_docs.jsonl"; fi
[ -f "$gold" ] || { echo "clustering.sh: no split at $gold" >&2; exit 2; }
out="${OUT:-$(mktemp -d)}"
rm -f "$out/clusters.jsonl" "$out/scores.jsonl" "$out/same_story.jsonl"
# The gold labels (topic, cluster) are stripped before the system sees the documents.
python3 -c 'import json,sys
for line in sys.stdin:
    if line.strip():
        d = json.loads(line); print(json.dumps({"id": d["id"], "text": d["text"]}))' <"$gold" >"$out/input.jsonl"
if [ -n "${SHUFFLE:-}" ]; then
  python3 -c 'import random,sys
lines = sys.stdin.readlines(); random.Random(int(sys.argv[1])).shuffle(lines); sys.stdout.writelines(lines)' "$SHUFFLE" <"$out/input.jsonl" >"$out/shuffled.jsonl"
  mv "$out/shuffled.jsonl" "$out/input.jsonl"
fi
if [ -n "${SWEEP:-}" ]; then
  for t in $SWEEP; do
    "$repo/parallax" cluster --input "$out/input.jsonl" --output "$out/clusters.jsonl" --threshold "$t" >/dev/null 2>&1 || true
    echo "threshold=$t $(python3 "$eval_root/score.py" "$gold" "$out/clusters.jsonl" --quiet | tail -n 1)"
  done
  exit 0
fi
# A non-zero exit with output written means some lines were skipped (the diagnostics are on stderr).
"$repo/parallax" cluster --input "$out/input.jsonl" --output "$out/clusters.jsonl" ${THRESHOLD:+--threshold "$THRESHOLD"} >&2 || true
[ -s "$out/clusters.jsonl" ] || { echo "clustering.sh: parallax cluster wrote nothing" >&2; exit 1; }
python3 "$eval_root/score.py" "$gold" "$out/clusters.jsonl" --quiet | tail -n 1
echo "predictions: $out/clusters.jsonl" >&2
