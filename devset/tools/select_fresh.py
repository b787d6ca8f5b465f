"""How the fresh full articles of session 9 were drawn (run once; kept for the record).

Issue #18 asks for full articles the rules were never tuned on: every outlet, every genre,
some with no quote at all. The draw needs nothing from quotes itself (no lexicon, no parser),
so it does not depend on the rules it is meant to test.

- Days: 2015-07-25, 2015-08-03, 2015-08-07, 2015-08-08, the days the earlier draws used least
  (one or two dev documents each); outlets missing on those days (arreyadi, arreyadiyah, was)
  come from any day. Documents already in the dev set are left out, and so are the corpus
  articles 3000–3399 (the unannotated articles earlier sessions read changes on).
- Whole articles of 80–900 words, title first, as the corpus has them.
- 4 articles per outlet at random, then strata found by surface words so that every genre is
  there: court and police reports, wire copy, interviews, features with much quoted speech,
  columns and opinion (first person, no dateline), and articles without any reporting verb.
- Every stratum is dealt to the frozen devtest part (`devtest/docs/dt-*`) and the tuning part
  (`docs/tu-*`, beside the earlier draws) in turn, five in nine to devtest.

    python devset/tools/select_fresh.py ../shared     # writes devset/devtest/docs, devset/docs/tu-*, devset/fresh-index.jsonl
"""
import json
import random
import re
import sys
from pathlib import Path

from corpus import articles

SHARED = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared")
DEVSET = Path(__file__).resolve().parent.parent
DAYS = ("2015-07-25", "2015-08-03", "2015-08-07", "2015-08-08")
READ_BEFORE = range(3000, 3400)

VERB = re.compile(r"(^|\s)[وف]?(قال|قالت|يقول|تقول|أكد|أكدت|يؤكد|أوضح|أوضحت|أشار|أشارت|أضاف|أضافت"
                  r"|ذكر|ذكرت|أعلن|أعلنت|كشف|كشفت|بين|بينت|شدد|شددت|لفت|لفتت|نقل|نقلت|صرح|صرحت"
                  r"|مؤكدا|موضحا|مشيرا|مضيفا|بحسب|وفقا)(\s|$|:|،)")
STRATA = {
    "court": re.compile(r"المحكمة|النيابة|الشرطة|القبض على|الجنائية|المتهم"),
    "wire": re.compile(r"رويترز|فرانس برس|\(أ ف ب\)|أ\.ف\.ب|د ب أ|أسوشيتد|\(واس\)"),
    "interview": re.compile(r"^حوار|\bس\s*:|\bج\s*:|في حوار|في حديث ل"),
    "dialogue": re.compile(r"[«\"“]"),
    "column": re.compile(r"(^|\s)(أعتقد|أرى|أظن|نحن|لعلني|أتذكر|أذكر)(\s|$)"),
}


def in_stratum(stratum: str, body: str) -> bool:
    """Does an article's body belong to the stratum (``none``: no reporting verb at all; a
    feature with dialogue has 8 quote marks or more; a column has no dateline)?"""
    if stratum == "none":
        return not VERB.search(body)
    return bool(STRATA[stratum].search(body)) and (
        stratum != "dialogue" or len(STRATA["dialogue"].findall(body)) >= 8) and (
        stratum != "column" or not re.search(r"^[^\n]{0,60}[-–:]", body))


def text_of(a):
    return (a["title"].strip() + "\n\n" if a.get("title") else "") + a["content"].strip() + "\n"


def main():
    dev = [p.read_text(encoding="utf-8") for p in (DEVSET / "docs").glob("*.txt")]
    dev_keys = {d.split("\n\n", 1)[-1].strip()[:120] for d in dev}
    pool = []
    for n, day, a in articles(SHARED):
        a["_day"], a["_n"] = day, n
        body = (a.get("content") or "").strip()
        if not 80 <= len(body.split()) <= 900 or a["_n"] in READ_BEFORE or body[:120] in dev_keys:
            continue
        if a["_day"] in DAYS or a["source"] in ("arreyadi", "arreyadiyah", "was"):
            pool.append(a)
    rng = random.Random(20261202)
    rng.shuffle(pool)
    taken, seen = [], set()

    def take(a, stratum):
        key = a["content"].strip()[:120]
        if key not in seen:
            seen.add(key)
            taken.append((stratum, a))
            return True
        return False

    for source in sorted({a["source"] for a in pool}):
        got = 0
        for a in pool:
            if got < 4 and a["source"] == source and take(a, "outlet"):
                got += 1
    wants = {"court": 6, "wire": 6, "interview": 4, "dialogue": 6, "column": 6, "none": 6}
    for stratum, want in wants.items():
        got = 0
        for a in pool:
            if got == want:
                break
            if in_stratum(stratum, a["content"]) and take(a, stratum):
                got += 1
    parts = {"devtest": [], "tuning": []}
    counters = {}
    for stratum, a in taken:
        i = counters.get(stratum, 0)
        counters[stratum] = i + 1
        parts["devtest" if i % 9 not in (1, 3, 5, 7) else "tuning"].append((stratum, a))
    index = []
    for part, items in parts.items():
        out = DEVSET / ("devtest/docs" if part == "devtest" else "docs")
        out.mkdir(parents=True, exist_ok=True)
        if any(out.glob(f"{part[:2]}-*.txt")):
            sys.exit(f"{out} already holds documents of this draw; move them away to draw again")
        for k, (stratum, a) in enumerate(items, 1):
            name = f"{'dt' if part == 'devtest' else 'tu'}-{a['source']}-{k:02d}"
            (out / f"{name}.txt").write_text(text_of(a), encoding="utf-8")
            index.append({"doc": name, "part": part, "stratum": stratum, "source": a["source"], "day": a["_day"],
                          "url": a.get("url", ""), "words": len(a["content"].split())})
        print(part, len(items), {s: sum(1 for x, _ in items if x == s) for s in counters})
    (DEVSET / "fresh-index.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in index), encoding="utf-8")


if __name__ == "__main__":
    main()
