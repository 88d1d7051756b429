#!/usr/bin/env bash
# Story clustering at scale: generates a stream of N articles (bench/stream-gen.py: events, places, people and
# templates, with exact duplicates, near copies and syndicated rewrites, at a constant rate per day), runs
# `parallax cluster` over it in one process and prints articles/s, CPU time per article, peak RSS and the
# BCubed score against the generated truth (../shared/eval/story_clustering/score.py).
#   bench/stream-scale.sh [N=10000]
# FEATURES=light|full (default light), REFINE=passes (default 1), BLOCK=lines (default the command's),
# NICE=10 runs the command under nice; CLI_DLL=path runs another build (a copy, so that a rebuild meanwhile cannot touch a
# long run). The generated files live in a temporary folder deleted at the end.
set -euo pipefail
n="${1:-10000}"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
scorer="$repo/../shared/eval/story_clustering/score.py"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$repo/parallax" --version >/dev/null
dll="${CLI_DLL:-$repo/artifacts/cli/parallax.dll}"
python3 "$repo/bench/stream-gen.py" "$n" "$work/input.jsonl" "$work/gold.jsonl"
echo "generated $n articles ($(du -h "$work/input.jsonl" | cut -f1))" >&2
args=(cluster --input "$work/input.jsonl" --output "$work/clusters.jsonl" --features "${FEATURES:-light}" --refine-passes "${REFINE:-1}")
[ -n "${BLOCK:-}" ] && args+=(--block "$BLOCK")
/usr/bin/time -v -o "$work/time" nice -n "${NICE:-0}" dotnet "$dll" "${args[@]}" 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
python3 - "$n" "$work/time" <<'PY'
import re, sys
n, text = int(sys.argv[1]), open(sys.argv[2]).read()
def field(name):
    return re.search(re.escape(name) + r":\s*(.+)", text).group(1).strip()
wall = field("Elapsed (wall clock) time (h:mm:ss or m:ss)").split(":")
secs = sum(float(x) * 60 ** i for i, x in enumerate(reversed(wall)))
cpu = float(field("User time (seconds)")) + float(field("System time (seconds)"))
rss = int(field("Maximum resident set size (kbytes)")) / 1024
print(f"{n} articles: wall {secs:.0f} s = {n / secs:.0f} articles/s; CPU {cpu:.0f} s = {cpu / n * 1000:.3f} ms/article; peak RSS {rss:.0f} MB")
PY
if [ -f "$scorer" ]; then python3 "$scorer" "$work/gold.jsonl" "$work/clusters.jsonl" --quiet | tail -n 1; fi
