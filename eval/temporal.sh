#!/usr/bin/env bash
# TIMEX3: `parallax annotate` scored with ../shared/eval/temporal/score.py on tbaq_cleaned and meantime (or the sets given).
#   eval/temporal.sh [SET...]     OUT=DIR keeps inputs and predictions; THREADS=N sets --threads
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
[ $# -gt 0 ] || set -- tbaq_cleaned meantime
exec "$here/annotate-eval.sh" temporal "$@"
