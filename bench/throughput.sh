#!/usr/bin/env bash
# Whole-command throughput: generates a JSON Lines corpus of N distinct articles from the shipped samples
# (each copy has its own numbers, names and place so that none is a duplicate of another) and times
# `parallax ingest` into a fresh store over all N, and `parallax compare` over the first 100 as one story
# (comparison is pairwise within a story); prints articles/s and peak memory.
#   bench/throughput.sh [N=2000] [THREADS=default]
set -euo pipefail
n="${1:-2000}"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$repo/parallax" --version >/dev/null

python3 - "$repo/samples" "$n" "$work/corpus.jsonl" <<'PY'
import json, pathlib, random, sys
samples, n, out = pathlib.Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
bodies = []
for p in sorted(samples.iterdir()):
    if p.suffix in (".html", ".txt"):
        bodies.append(("html" if p.suffix == ".html" else "text", p.read_text(encoding="utf-8")))
rng = random.Random(7)
places = ["Harrow", "Kestrel", "Lowmere", "Ashby", "Fennick", "Brantor", "Cold Ridge", "Marlow"]
with open(out, "w", encoding="utf-8") as f:
    for i in range(n):
        kind, body = bodies[i % len(bodies)]
        place = places[(i // len(bodies)) % len(places)]
        body = body.replace("Harrow", f"{place} {i}").replace("12,000", f"{rng.randint(1000, 90000):,}")
        line = {"url": f"https://bench.example/{i}", "published": f"2025-03-{1 + i % 28:02d}", kind: body}
        f.write(json.dumps(line) + "\n")
PY
head -n 100 "$work/corpus.jsonl" >"$work/story.jsonl"
run() {
  local label="$1"; shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
  read -r secs kb <"$work/time"
  python3 -c "import sys; n,s,kb=int(sys.argv[1]),float(sys.argv[2]),int(sys.argv[3]); print(f'{sys.argv[4]}: {n} articles in {s:.1f} s = {n/s:.0f} articles/s, peak RSS {kb/1024:.0f} MB')" "$count" "$secs" "$kb" "$label"
}
count=$n
run "ingest" "$repo/parallax" ingest "$work/corpus.jsonl" --db "$work/store.db" ${THREADS:+--threads "$THREADS"}
count=$(wc -l <"$work/story.jsonl")
run "compare" "$repo/parallax" compare "$work/story.jsonl" --format json ${THREADS:+--threads "$THREADS"}
