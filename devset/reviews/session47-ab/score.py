"""Unblind the session-47 A/B judgments: for each quote whose resolved speaker differs between the
bundled model and the news model (session 44's tagger + its parser trained on to step 2,900), a judge
who had never seen the rules chose X, Y, both or neither from the article and devset/GUIDELINES.md;
``key.json`` says which letter was the bundled model's. Run: python devset/reviews/session47-ab/score.py"""
import collections
import json
from pathlib import Path

HERE = Path(__file__).parent
key = json.loads((HERE / "key.json").read_text())
items = [json.loads(line) for line in (HERE / "items.jsonl").read_text(encoding="utf-8").splitlines()]
count = collections.Counter()
for part in ("verdicts1.jsonl", "verdicts2.jsonl"):
    for line in (HERE / part).read_text(encoding="utf-8").splitlines():
        v = json.loads(line)
        bundled = key[str(v["id"])]
        count["bundled" if v["verdict"] == bundled else "news" if v["verdict"] in ("X", "Y") else v["verdict"]] += 1
print(dict(count), "judged", sum(count.values()), "of", len(items))
