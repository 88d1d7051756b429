"""Direct-quote breakdown of a PolNeAR prediction, with the matching of the shared quotes scorer (imported from it).
A gold attribution is direct when its content holds a quotation mark (quotes/README.md: "direct quotes can be
derived from quotation marks inside content").
usage: python3 eval/quotes-direct.py SCORE.py GOLD.jsonl PRED.jsonl
prints: quotes-direct goldDirect=<n> matched=<n> R=<x> srcAcc=<x> | indirect goldIndirect=<n> matched=<n> R=<x> srcAcc=<x>"""
import importlib.util
import sys

spec = importlib.util.spec_from_file_location("quotes_score", sys.argv[1])
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)
MARKS = set('"\u201c\u201d')

preds = {}
for row in score.read_jsonl(sys.argv[3]):
    preds.setdefault(row["id"], []).extend(row.get("attributions") or [])

totals = {True: [0, 0, 0], False: [0, 0, 0]}  # direct -> [gold, matched, source right]
for doc in score.read_jsonl(sys.argv[2]):
    tok = score.Tokens(doc["text"])
    raw = [a for a in doc.get("attributions") or [] if score.fragments(a.get("content"))]
    gold, _ = score.convert(raw, tok)
    direct = [any(MARKS & set(doc["text"][s:e]) for s, e in score.fragments(a.get("content"))) for a in raw]
    pred, _ = score.convert(preds.get(doc["id"], []), tok)
    pred = [p for p in pred if p[0]]
    for d in direct:
        totals[d][0] += 1
    cands = sorted((-score.dice(g[0], p[0]), i, j) for i, g in enumerate(gold) for j, p in enumerate(pred) if score.dice(g[0], p[0]) >= 0.5)
    used_g, used_p = set(), set()
    for _, i, j in cands:
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        g, p = gold[i], pred[j]
        totals[direct[i]][1] += 1
        totals[direct[i]][2] += score.role_right(g[1], g[3], p[1], p[3])


def part(name, t):
    return f"{name}: gold={t[0]} matched={t[1]} R={t[1] / max(t[0], 1):.4f} srcAcc={t[2] / max(t[1], 1):.4f}"


print(f"quotes-direct {part('direct', totals[True])} | {part('indirect', totals[False])}")
