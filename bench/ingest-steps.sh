#!/usr/bin/env bash
# Incremental ingest at growing store size: generates a stream of STEPS x SIZE articles (bench/stream-gen.py, in
# publication order), then runs `parallax ingest` once per SIZE lines into one store and prints per step the wall
# time and CPU time of the command (start-up included), the part spent reading and analysing the inputs and the part
# spent storing the articles and placing them in the stored stories (both from the command's own progress lines),
# and the stories in the store. A flat "store+stories" per step as the store grows is what incremental ingest promises.
# PER_DAY=articles a day of the generated stream (default the generator's 1500: 10,000 articles are a week, all
# inside the decay horizon of about 35 days; 250 makes them 40 days, so old stories retire as in a long-lived store).
#   bench/ingest-steps.sh [STEPS=10] [SIZE=1000]      THREADS=1 by default
set -euo pipefail
steps="${1:-10}"
size="${2:-1000}"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$repo/parallax" --version >/dev/null
dll="$repo/artifacts/cli/parallax.dll"
python3 "$repo/bench/stream-gen.py" "$((steps * size))" "$work/input.jsonl" "$work/gold.jsonl" ${PER_DAY:+--per-day "$PER_DAY"} >/dev/null
split -l "$size" -d -a 4 "$work/input.jsonl" "$work/step-"
i=0
for part in "$work"/step-*; do
  i=$((i + 1))
  mv "$part" "$part.jsonl"
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" dotnet "$dll" ingest "$part.jsonl" --db "$work/store.db" --threads "${THREADS:-1}" >"$work/out" 2>"$work/err" \
    || { cat "$work/err" >&2; exit 1; }
  read -r wall user sys kb <"$work/time"
  analysis="$(grep 'ingested' "$work/err" | grep -o 'in [0-9.]* s' | tail -n 1 | tr -dc '0-9.')"
  placing="$(grep 'updated the stories' "$work/err" | grep -o 'in [0-9.]* s' | tail -n 1 | tr -dc '0-9.')"
  stories="$(tail -n 1 "$work/out" | grep -o '[0-9]* stories' | cut -d' ' -f1)"
  python3 -c "import sys; i,n,w,u,s,a,p,kb,st=sys.argv[1:]; print(f'step {i:>2}: {n} articles, wall {float(w):.1f} s, CPU {float(u)+float(s):.1f} s, inputs+analysis {float(a):.2f} s, store+stories {float(p):.2f} s, peak RSS {int(kb)/1024:.0f} MB, {st} stories in the store')" \
    "$i" "$(wc -l <"$part.jsonl")" "$wall" "$user" "$sys" "$analysis" "$placing" "$kb" "$stories"
done
echo "store: $(du -h "$work/store.db" | cut -f1)"
