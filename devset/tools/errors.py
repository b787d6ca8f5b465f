"""List the tuning part's errors by class, to read them (never run it on devtest).

    python devset/tools/errors.py GOLD.tsv PRED.jsonl DOCS [miss|ws|fp] [CLASS-SUBSTRING]
"""
import json
import sys
from pathlib import Path

from quotes.evaluate import (doc_key, evaluate, false_positive_class, miss_class, read_gold,
                             wrong_speaker_class)


def main() -> None:
    gold_path, pred_path, docs = sys.argv[1:4]
    kind = sys.argv[4] if len(sys.argv) > 4 else "ws"
    want = sys.argv[5] if len(sys.argv) > 5 else ""
    if "devtest" in str(Path(gold_path).resolve()):
        sys.exit("devtest is frozen: score it, do not read its errors")
    gold = read_gold(gold_path)
    preds = [json.loads(l) for l in open(pred_path, encoding="utf-8")]
    texts = {p.stem: p.read_text(encoding="utf-8") for p in Path(docs).glob("*.txt")}
    free = [k for k in texts if k not in {g.doc for g in gold}]
    rep = evaluate(gold, preds, free)
    by_doc = {}
    for p in preds:
        if "content" in p:
            by_doc.setdefault(doc_key(p.get("doc_id")), []).append(p)
    if kind == "miss":
        for g in rep.misses:
            c = miss_class(g, texts.get(g.doc, ""), by_doc.get(g.doc, []))
            if want in c:
                print(f"[{c}] {g.doc} | {'|'.join(g.speakers)} | {g.cue} | {g.content[:160]}")
    elif kind == "ws":
        for p, g in rep.wrong_speakers:
            c = wrong_speaker_class(p, g, texts.get(g.doc, ""))
            if want in c:
                sp = p.get("speaker_name") or (p.get("speaker") or {}).get("text")
                print(f"[{c}] {g.doc} gold={'|'.join(g.speakers)} pred={sp} ({p.get('speaker_resolution')}, "
                      f"{p.get('rule')}) cue={p['cue']['text']} | {p['content']['text'][:120]}")
    else:
        gold_by = {}
        for g in gold:
            gold_by.setdefault(g.doc, []).append(g)
        for p in rep.false_positives:
            d = doc_key(p.get("doc_id"))
            c = false_positive_class(p, gold_by.get(d, []), texts.get(d, ""))
            if want in c:
                sp = p.get("speaker_name") or (p.get("speaker") or {}).get("text")
                print(f"[{c}] {d} sp={sp} cue={p['cue']['text']} | {p['content']['text'][:160]}")


if __name__ == "__main__":
    main()
