"""The third draw (session 3): negated cues and vague sources.

Scans SaudiNewsNet for 100–350-word articles not already in docs/ with (a) a
negator + reporting-cue form (from the cue lexicon) + a complementiser within
five words, or (b) a reporting verb with a vague subject (أفادت تقارير …).
The candidates were read and these were taken (first-person «لا أعتقد»
columns and idioms left out); run again, it writes the chosen ones that are
missing and prints the candidate counts.
"""
import re
import sys
from pathlib import Path

from quotes.lexicon import default_lexicon
from quotes.model.training.vectors import iter_articles

SHARED = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared")
OUT = Path(__file__).resolve().parent.parent / "docs"
NEG = {"لم", "لن", "لا", "ولم", "ولن", "ولا"}
COMP = {"أن", "إن", "بأن", "أنه", "إنه", "أنها", "إنها", "بأنه"}
VAGUE = re.compile(r"\b[وف]?(?:أفادت|ذكرت|قالت|أكدت|أشارت|تحدثت|رجحت|كشفت)\s+(?:تقارير|أنباء|معلومات|تسريبات)\b")
CHOSEN = {
    "Con20150720784595": "snn-negation-5", "Con20150731786641": "snn-negation-6",
    "Con20150722785031": "snn-negation-7", "alweeam.com.sa/348140": "snn-negation-8",
    "article/417861": "snn-negation-9", "Con20150721784790": "snn-negation-10",
    "article/4080194": "snn-vague-1", "alweeam.com.sa/350453": "snn-vague-2",
    "2015/07/23/article_975648": "snn-vague-3",
}


def main():
    lex = default_lexicon()
    counts = {"negation": 0, "vague": 0}
    for a in iter_articles(SHARED / "data/saudinewsnet"):
        text = (a.get("content") or "").strip()
        if not 100 <= len(text.split()) <= 350:
            continue
        toks = text.split()
        if any(toks[i] in NEG and lex.match_form(toks[i + 1]) and COMP & set(toks[i + 2:i + 7])
               for i in range(len(toks) - 2)):
            counts["negation"] += 1
        if VAGUE.search(text):
            counts["vague"] += 1
        for key, name in CHOSEN.items():
            path = OUT / f"{name}.txt"
            if key in a.get("url", "") and not path.exists():
                title = a["title"].strip() + "\n\n" if a.get("title") else ""
                path.write_text(title + text + "\n", encoding="utf-8")
    print(counts, "candidates")


if __name__ == "__main__":
    main()
