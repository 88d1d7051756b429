#!/usr/bin/env bash
# NER: `parallax annotate` scored with ../shared/eval/ner/score.py on conll2003_dev_testa and meantime (or the sets given).
#   eval/ner.sh [SET...]     OUT=DIR keeps inputs and predictions; THREADS=N sets --threads
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
[ $# -gt 0 ] || set -- conll2003_dev_testa meantime
exec "$here/annotate-eval.sh" ner "$@"
