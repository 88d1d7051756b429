#!/usr/bin/env bash
# Throughput of the whole `parallax annotate` command on real news text.
#   bench/annotate-speed.sh [THREADS=1] [REPEATS=3] [COPIES=12]     LAYERS=basic times the first text-analysis part only
# Input: the texts of ../shared/eval/quotes/polnear_dev.jsonl (id, text and date only, via eval/annotate-input.py)
# repeated COPIES times (84 articles x 12 = 1,008 texts, 4.9 M characters). Each run is timed as a whole command
# (process start-up and rule loading included) with /usr/bin/time; the command's own line gives the analysis loop
# rate. Prints per run and the medians: M characters/s and MB/s of UTF-8 text per core, CPU seconds, peak RSS.
set -euo pipefail
threads="${1:-1}"; repeats="${2:-3}"; copies="${3:-12}"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
gold="$repo/../shared/eval/quotes/polnear_dev.jsonl"
[ -f "$gold" ] || { echo "annotate-speed.sh: no $gold" >&2; exit 2; }
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
python3 "$repo/eval/annotate-input.py" "$gold" > "$work/one.jsonl"
for _ in $(seq 1 "$copies"); do cat "$work/one.jsonl"; done > "$work/in.jsonl"
read -r chars bytes < <(python3 -c '
import json, sys
texts = [json.loads(l)["text"] for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
print(sum(len(t) for t in texts), sum(len(t.encode("utf-8")) for t in texts))' "$work/in.jsonl")
"$repo/parallax" --version >/dev/null   # build once, outside the timing
rows=()
for i in $(seq 1 "$repeats"); do
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$repo/parallax" annotate --input "$work/in.jsonl" --output "$work/out.jsonl" --threads "$threads" --layers "${LAYERS:-all}" 2>"$work/log" >/dev/null
  read -r wall user sys kb <"$work/time"
  loop=$(grep -o '[0-9.]* M chars/s on' "$work/log" | tail -n 1 | awk '{print $1}')
  rows+=("$wall $user $sys $kb $loop")
  python3 -c "
w,u,s,kb,loop=map(float,'$wall $user $sys $kb $loop'.split()); t=$threads
print(f'run $i: {$chars/1e6:.2f} M chars in {w:.2f} s wall, {u+s:.2f} s CPU: {$chars/1e6/w/t:.2f} M chars/s per core, {$bytes/1e6/w/t:.2f} MB/s per core (whole command); analysis loop {loop/t:.2f} M chars/s per core; peak RSS {kb/1024:.0f} MB')"
done
python3 - "$chars" "$bytes" "$threads" "${rows[@]}" <<'PY'
import os, statistics, sys
chars, utf8, threads = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
rows = [list(map(float, r.split())) for r in sys.argv[4:]]
wall = statistics.median(r[0] for r in rows); cpu = statistics.median(r[1] + r[2] for r in rows)
loop = statistics.median(r[4] for r in rows); rss = statistics.median(r[3] for r in rows) / 1024
print(f"median over {len(rows)} runs, {threads} thread(s), layers {os.environ.get('LAYERS', 'all')}: whole command {chars / 1e6 / wall / threads:.2f} M chars/s "
      f"= {utf8 / 1e6 / wall / threads:.2f} MB/s of text per core ({wall:.2f} s wall, {cpu:.2f} s CPU); "
      f"analysis loop {loop / threads:.2f} M chars/s per core; peak RSS {rss:.0f} MB")
PY
