"""A second draw (session 2): SaudiNewsNet articles that exercise the
speaker-resolution mechanisms the first draw rarely met — relayed quotes
(نقلت … عن), outlets as addressees (قال … لرويترز), negated cues (لم يؤكد),
agentless claims (يذكر أن) and relative clauses (والذي قال). Two articles of
100–400 words per mechanism, drawn with a fixed seed among those whose text
matches its surface pattern; none of the first draw. Relayed quotes and
negated cues got two more each (they are rarer in the drawn texts than the
others). Run again, it only adds what is missing.
"""
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

from quotes.model.training.vectors import iter_articles

SHARED = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared")
OUT = Path(__file__).resolve().parent.parent / "docs"
PATTERNS = {
    "relay": r"\b[وف]?نقل(?:ت|وا)?\s+(?:\S+\s+){1,5}عن\s+(?:\S+\s+){1,6}(?:أن|إن|بأن)\b",
    "addressee": r"\b[وف]?(?:قال|قالت|أكد|أكدت|أضاف|أضافت|أوضح|أوضحت)\s+(?:\S+\s+){0,5}ل(?:وكالة|رويترز|صحيفة|قناة)",
    "negation": r"\b(?:لم|لن)\s+(?:ي|ت)(?:ؤكد|قل|نف|شر|وضح|ذكر|علن)\S*\s+(?:\S+\s+){0,4}(?:أن|إن|بأن)\b",
    "agentless": r"\b[وف]?(?:يذكر|يشار\s+إلى|قيل)\s+(?:أن|إن)\b",
    "relative": r"\b[وف]?(?:الذي|التي)\s+(?:قال|قالت|أكد|أكدت|أشار|أشارت|أوضح|أوضحت)\s+(?:\S+\s+){0,3}(?:أن|إن|إلى أن)\b",
}


COUNT = {"relay": 4, "negation": 4}


def main():
    taken = {p.read_text(encoding="utf-8")[:200] for p in OUT.glob("*.txt")}
    pools = defaultdict(list)
    for a in iter_articles(SHARED / "data/saudinewsnet"):
        text = (a.get("content") or "").strip()
        if not 100 <= len(text.split()) <= 400:
            continue
        for name, pat in PATTERNS.items():
            if re.search(pat, text):
                pools[name].append(a)
    rng = random.Random(2020)
    for name in PATTERNS:
        chosen = len(list(OUT.glob(f"snn-{name}-*.txt")))
        for a in rng.sample(pools[name], len(pools[name])):
            text = (a["title"].strip() + "\n\n" if a.get("title") else "") + a["content"].strip() + "\n"
            if text[:200] in taken or chosen == COUNT.get(name, 2):
                continue
            path = OUT / f"snn-{name}-{chosen + 1}.txt"
            if path.exists():
                sys.exit(f"{path} exists; this draw was made already")
            path.write_text(text, encoding="utf-8")
            taken.add(text[:200])
            chosen += 1
        print(name, len(pools[name]), "candidates")


if __name__ == "__main__":
    main()
