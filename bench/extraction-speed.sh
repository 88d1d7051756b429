#!/usr/bin/env bash
# Single-threaded extraction speed next to Readability.js 0.6.0 + jsdom 27.0.0 on the same split and machine.
#   bench/extraction-speed.sh [SPLIT=dev] [REPEATS=3]
# Runs the shared peers/bench.sh (installs its node_modules into a temp folder unless PEERS_NODE_MODULES is set;
# export the printed folder for reruns), then `parallax extract --threads 1` over the same pages REPEATS times.
# Two rates for parallax: the extraction loop after one warm-up page, as peers/bench.sh times Readability.js (the
# command prints it), and the whole command with process start-up and rule loading (/usr/bin/time, with peak RSS);
# prints the medians and the ratio of each to Readability.js. The CLI is the composite ReadyToRun build
# (PARALLAX_BUILD=composite, see ./parallax; built once, outside the timing); PARALLAX_BUILD=r2r measures the default one.
set -euo pipefail
export PARALLAX_BUILD="${PARALLAX_BUILD:-composite}"
split="${1:-dev}"
repeats="${2:-3}"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
eval_root="$repo/../shared/eval/extraction"
pages="$eval_root/$split/pages"
[ -d "$pages" ] || { echo "extraction-speed.sh: no split at $eval_root/$split" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
n=$(ls "$pages" | wc -l)

BENCH_REPEATS="$repeats" "$eval_root/peers/bench.sh" "$eval_root/$split" "$work/peer" >"$work/peer.log"
peer=$(grep -o 'pages/s median [0-9.]*' "$work/peer.log" | awk '{print $3}')
grep '^readability' "$work/peer.log"

"$repo/parallax" --version >/dev/null   # build once, outside the timing
rates=(); loops=(); mems=()
for i in $(seq 1 "$repeats"); do
  rm -rf "$work/ours"
  /usr/bin/time -f "%e %M" -o "$work/time" "$repo/parallax" extract --input-dir "$pages" --output-dir "$work/ours" --threads 1 >/dev/null 2>"$work/log"
  read -r secs kb <"$work/time"
  loop=$(grep -o '[0-9.]* pages/s on 1 thread' "$work/log" | tail -n 1 | awk '{print $1}')
  loopcpu=$(grep -o '[0-9.]* s CPU' "$work/log" | tail -n 1 | awk '{print $1}')
  rates+=("$(python3 -c "print($n/$secs)")"); loops+=("$loop"); mems+=("$kb")
  echo "parallax extract --threads 1 ($PARALLAX_BUILD build): loop $loop pages/s ($loopcpu s CPU); whole command $n pages in $secs s = $(python3 -c "print(f'{$n/$secs:.1f}')") pages/s, peak RSS $((kb / 1024)) MB"
done
python3 - "$peer" "${rates[*]}" "${loops[*]}" "${mems[*]}" <<'PY'
import statistics, sys
peer = float(sys.argv[1]); whole = [float(x) for x in sys.argv[2].split()]; loop = [float(x) for x in sys.argv[3].split()]
mem = [int(x) for x in sys.argv[4].split()]
l, w = statistics.median(loop), statistics.median(whole)
print(f"readability.js median {peer:.2f} pages/s; parallax loop median {l:.1f} pages/s = {l / peer:.1f}x (timed as peers/bench.sh times the peer); "
      f"whole command {w:.1f} pages/s = {w / peer:.1f}x; peak RSS median {statistics.median(mem) / 1024:.0f} MB")
PY
