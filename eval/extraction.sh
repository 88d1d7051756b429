#!/usr/bin/env bash
# Scores `parallax extract` on a split of the shared extraction eval.
#   eval/extraction.sh dev               body F1 with score.py (scrapinghub benchmark metric)
#   eval/extraction.sh trafilatura-dev   snippet F1 with score_snippets.py + title/author/date with score_metadata.py
# THREADS=1 gives the single-threaded pages/s (printed by the extract command on stderr).
set -euo pipefail
split="${1:?usage: eval/extraction.sh dev|trafilatura-dev}"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
eval_root="$repo/../shared/eval/extraction"
[ -d "$eval_root/$split/pages" ] || { echo "extraction.sh: no split at $eval_root/$split" >&2; exit 2; }
out="${OUT:-$(mktemp -d)}"
"$repo/parallax" extract --input-dir "$eval_root/$split/pages" --output-dir "$out" \
  ${THREADS:+--threads "$THREADS"} 2> >(grep '^extract:' >&2) || true
case "$split" in
  trafilatura-dev)
    python3 "$eval_root/score_snippets.py" "$eval_root/$split" --pred "$out" --quiet | tail -n 1
    python3 "$eval_root/score_metadata.py" "$eval_root/$split" --pred "$out" --quiet | tail -n 1
    ;;
  *)
    python3 "$eval_root/score.py" "$eval_root/$split" --pred "$out" --quiet | tail -n 1
    ;;
esac
echo "predictions: $out" >&2
