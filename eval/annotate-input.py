"""Turns a shared-eval gold JSONL into `parallax annotate` input: keeps ONLY id, text and dct (never annotations).
usage: python3 eval/annotate-input.py GOLD.jsonl > INPUT.jsonl   (dct falls back to the "date" field, PolNeAR)"""
import json
import sys

with open(sys.argv[1], encoding="utf-8") as gold:
    for line in gold:
        if not line.strip():
            continue
        doc = json.loads(line)
        row = {"id": doc["id"], "text": doc["text"]}
        dct = doc.get("dct") or doc.get("date")
        if dct:
            row["dct"] = dct
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
