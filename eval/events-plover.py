"""Scores `parallax annotate` events against PLOVER gold-standard records (../shared/eval/events/plover_gsr_dev.jsonl).

usage: python3 eval/events-plover.py GOLD.jsonl PRED.jsonl

Each record codes one event of its sentence. The predicted event of a record is the first event (by position)
that has a PLOVER category; no such event counts as wrong. Printed:
- category accuracy over all records, and "any" accuracy (some categorised event of the record has the gold category);
- source/target actor match: the predicted agent (source) or patient (target) matches when a gold actor text of that
  role is inside the predicted phrase, or the predicted phrase (or an entity name in it) is inside a gold actor text
  (case-insensitive). Precision over records with a predicted argument, recall over records with a gold actor.
Standard library only. The last line is `events-plover accuracy=<x> ...`.
"""
import json
import re
import sys
from collections import Counter


def norm(s):
    return re.sub(r"[^\w]+", " ", (s or "").lower()).strip()


def matches(arg, actors):
    if not arg or not actors:
        return False
    phrase = norm(arg.get("text"))
    names = [norm(e) for e in arg.get("entities") or []]
    for actor in actors:
        gold = norm(actor.get("actorText"))
        if not gold:
            continue
        if re.search(r"\b" + re.escape(gold) + r"\b", phrase):
            return True
        if any(n and re.search(r"\b" + re.escape(n) + r"\b", gold) for n in names + [phrase]):
            return True
    return False


def prf(tp_p, n_p, tp_r, n_r):
    p = tp_p / n_p if n_p else 0.0
    r = tp_r / n_r if n_r else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main(gold_path, pred_path):
    gold = [json.loads(line) for line in open(gold_path, encoding="utf-8") if line.strip()]
    pred = {}
    for line in open(pred_path, encoding="utf-8"):
        if line.strip():
            d = json.loads(line)
            pred[d["id"]] = d
    correct = any_correct = 0
    confusion = Counter()
    roles = {"source": [0, 0, 0, 0], "target": [0, 0, 0, 0]}  # tp_p, n_p, tp_r, n_r
    for g in gold:
        events = [e for e in (pred.get(g["id"], {}).get("events") or []) if e.get("category")]
        events.sort(key=lambda e: e["start"])
        main_event = events[0] if events else None
        category = main_event["category"] if main_event else None
        correct += category == g["event"]
        any_correct += any(e["category"] == g["event"] for e in events)
        confusion[(g["event"], category)] += 1
        for role, key in (("source", "agent"), ("target", "patient")):
            actors = g.get(role) or []
            arg = main_event.get(key) if main_event else None
            ok = matches(arg, actors)
            counts = roles[role]
            if arg:
                counts[1] += 1
                counts[0] += ok
            if actors:
                counts[3] += 1
                counts[2] += ok
    n = len(gold)
    errors = sorted(((k, v) for k, v in confusion.items() if k[0] != k[1]), key=lambda kv: -kv[1])[:10]
    print("most frequent confusions (gold -> predicted): " + ", ".join(f"{g}->{p}:{c}" for (g, p), c in errors))
    parts = []
    for role in ("source", "target"):
        p, r, f = prf(*roles[role])
        parts.append(f"{role}_P={p:.4f} {role}_R={r:.4f} {role}_F1={f:.4f}")
    print(f"events-plover accuracy={correct / n:.4f} any={any_correct / n:.4f} " + " ".join(parts) + f" n={n}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
