"""``quotes evaluate GOLD.tsv PRED.jsonl``: precision, recall, attribution, types.

Gold TSV columns: doc type speaker cue content (type direct/indirect/mixed/
optional; speaker: acceptable names separated by ``|``). A prediction matches
a gold row when the token F1 of the contents (after normalisation) is ≥ 0.5,
one-to-one, best first. Optional rows neither count as misses nor turn a
match into a false positive.
"""
from __future__ import annotations

import csv
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from .normalize import fold

_WORD = re.compile(r"\w+", re.UNICODE)
MATCH_F1 = 0.5


def tokens(s: str) -> list[str]:
    return _WORD.findall(fold(s))


def token_f1(a: str, b: str) -> float:
    ta, tb = Counter(tokens(a)), Counter(tokens(b))
    common = sum((ta & tb).values())
    if not common:
        return 0.0
    p, r = common / sum(ta.values()), common / sum(tb.values())
    return 2 * p * r / (p + r)


@dataclass
class GoldRow:
    doc: str
    type: str
    speakers: list[str]
    cue: str
    content: str


def read_gold(path: str | Path) -> list[GoldRow]:
    rows = []
    with open(path, encoding="utf-8-sig", newline="") as f:
        for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            if not r.get("doc") or r["doc"].startswith("#"):
                continue
            rows.append(GoldRow(r["doc"].strip(), r["type"].strip(),
                                [s.strip() for s in (r["speaker"] or "").split("|") if s.strip()],
                                (r.get("cue") or "").strip(), r["content"].strip()))
    return rows


def doc_key(doc_id: Optional[str]) -> str:
    return Path(doc_id or "").stem if doc_id else ""


def speaker_ok(pred: dict, gold: GoldRow) -> bool:
    said = pred.get("speaker_name") or ((pred.get("speaker") or {}).get("text")) or ""
    said = " ".join(tokens(said))
    if not gold.speakers:
        return not said
    return any(" ".join(tokens(g)) in said for g in gold.speakers if tokens(g))


@dataclass
class Report:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    speaker_right: int = 0
    type_right: int = 0
    confident: int = 0
    confident_right: int = 0
    misses: list[GoldRow] = field(default_factory=list)
    false_positives: list[dict] = field(default_factory=list)
    wrong_speakers: list[tuple[dict, GoldRow]] = field(default_factory=list)
    wrong_types: list[tuple[dict, GoldRow]] = field(default_factory=list)

    @staticmethod
    def _f(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    def metrics(self) -> dict[str, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        e2e_p = self.speaker_right / (self.tp + self.fp) if self.tp + self.fp else 0.0
        e2e_r = self.speaker_right / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return {
            "precision": round(p, 4), "recall": round(r, 4), "f1": round(self._f(p, r), 4),
            "attribution": round(self.speaker_right / self.tp, 4) if self.tp else 0.0,
            "type_accuracy": round(self.type_right / self.tp, 4) if self.tp else 0.0,
            "end_to_end_f1": round(self._f(e2e_p, e2e_r), 4),
            "precision_conf_0.8": round(self.confident_right / self.confident, 4) if self.confident else 0.0,
            "gold": self.tp + self.fn, "predicted": self.tp + self.fp, "matched": self.tp,
        }


def evaluate(gold: list[GoldRow], preds: Iterable[dict], quote_free: Iterable[str] = ()) -> Report:
    """Score predictions on the documents the gold file annotates, and on ``quote_free``
    (document keys annotated as having no quote, so no row: what is found there is false)."""
    by_doc: dict[str, list[dict]] = {}
    for p in preds:
        if "error" in p and "content" not in p:
            continue
        by_doc.setdefault(doc_key(p.get("doc_id")), []).append(p)
    gold_docs: dict[str, list[GoldRow]] = {}
    for g in gold:
        gold_docs.setdefault(g.doc, []).append(g)
    for d in quote_free:
        gold_docs.setdefault(d, [])
    rep = Report()
    for d in sorted(gold_docs):
        g_rows, p_rows = gold_docs.get(d, []), by_doc.get(d, [])
        pairs = sorted(((token_f1(p["content"]["text"], g.content), pi, gi)
                        for pi, p in enumerate(p_rows) for gi, g in enumerate(g_rows)), reverse=True)
        used_p, used_g, matches = set(), set(), []
        for f1, pi, gi in pairs:
            if f1 < MATCH_F1:
                break
            if pi in used_p or gi in used_g:
                continue
            used_p.add(pi)
            used_g.add(gi)
            matches.append((p_rows[pi], g_rows[gi]))
        for p, g in matches:
            if g.type == "optional":
                continue
            rep.tp += 1
            if speaker_ok(p, g):
                rep.speaker_right += 1
            else:
                rep.wrong_speakers.append((p, g))
            if p.get("type") == g.type:
                rep.type_right += 1
            else:
                rep.wrong_types.append((p, g))
        optional_matched = {id(p) for p, g in matches if g.type == "optional"}
        for pi, p in enumerate(p_rows):
            if pi not in used_p:
                rep.fp += 1
                rep.false_positives.append(p)
            if p.get("confidence", 0) >= 0.8 and id(p) not in optional_matched:
                rep.confident += 1
                if pi in used_p:
                    rep.confident_right += 1
        for gi, g in enumerate(g_rows):
            if gi not in used_g and g.type != "optional":
                rep.fn += 1
                rep.misses.append(g)
    return rep


HONORIFIC_PRONOUN = re.compile(r"^(سمو|معالي|فضيل|سماح|جلال|فخام|سعاد)(ه|ها|هم)$")


def _near(text: str, needle: str, at: int, before: int, after: int) -> bool:
    return bool(needle) and needle in text[max(0, at - before):at + after]


def miss_class(g: GoldRow, text: str, preds: list[dict]) -> str:
    """Why a gold quote was missed, as far as the text and the predictions tell."""
    at = text.find(g.content)
    if at < 0:
        return "content not in text"
    end = at + len(g.content)
    if any(p["content"]["start"] < end and at < p["content"]["end"] for p in preds):
        return "content boundary"
    cue = fold(g.cue)
    window = fold(text[max(0, at - 160):at])
    if cue.startswith(("بقول", "قول")):
        return "noun cue"
    if fold(g.cue) in ("جاء", "ورد"):
        return "«جاء في» report"
    if cue and cue in fold(text[end:end + 60]) and cue not in window[-60:]:
        return "cue after content"
    if window.rstrip().endswith(":") and g.type in ("direct", "indirect") and not window.rstrip()[:-1].rstrip().endswith(
            tuple("\"»”")) and cue and cue in window[-80:]:
        return "speech after colon"
    if cue and cue in window[-40:]:
        return "cue next to content"
    if cue and cue in window:
        return "cue far from content"
    return "cue not found near"


def wrong_speaker_class(p: dict, g: GoldRow, text: str) -> str:
    """Why a matched quote has the wrong speaker."""
    res = p.get("speaker_resolution")
    said = (p.get("speaker") or {}).get("text") or ""
    if not p.get("speaker_name"):
        return "no speaker (" + (res or "none") + ")"
    if HONORIFIC_PRONOUN.match(fold(said).replace("ة", "ه")):
        return "honorific pronoun"
    if res in ("pro-drop", "nominal", "name", "relative"):
        return "resolved to the wrong source (" + res + ")"
    if said and fold(said)[:1] in ("ل", "ب") and len(tokens(said)) <= 3 and said.split()[0] not in g.speakers:
        return "preposition kept on the source"
    span_end = (p.get("speaker") or {}).get("end")
    if span_end is not None and any(_near(fold(text), fold(n), fold(text[:span_end]).__len__(), 0, 120)
                                    for n in g.speakers if len(n) > 2):
        return "phrase stops before the name"
    return "wrong mention (" + (res or "?") + ")"


def false_positive_class(p: dict, gold: list[GoldRow], text: str) -> str:
    cue = fold(p["cue"]["text"])
    if cue in ("بين", "وبين"):
        return "«بين» the preposition"
    if any(token_f1(p["content"]["text"], g.content) > 0.2 for g in gold):
        return "overlaps a gold quote (split or boundary)"
    if p.get("cue", {}).get("category") == "demand":
        return "call or demand"
    if p.get("speaker_resolution") in ("none", "vague"):
        return "unattributed claim"
    return "not a report"


def error_classes(rep: Report, texts: dict[str, str], preds: Iterable[dict],
                  gold: list[GoldRow]) -> dict[str, Counter]:
    """Misses, wrong speakers and false positives tallied by cause (``texts``: document
    text by doc key)."""
    by_doc: dict[str, list[dict]] = {}
    for p in preds:
        if "content" in p:
            by_doc.setdefault(doc_key(p.get("doc_id")), []).append(p)
    gold_by_doc: dict[str, list[GoldRow]] = {}
    for g in gold:
        gold_by_doc.setdefault(g.doc, []).append(g)
    out = {"misses": Counter(), "wrong speakers": Counter(), "false positives": Counter()}
    for g in rep.misses:
        out["misses"][miss_class(g, texts.get(g.doc, ""), by_doc.get(g.doc, []))] += 1
    for p, g in rep.wrong_speakers:
        out["wrong speakers"][wrong_speaker_class(p, g, texts.get(g.doc, ""))] += 1
    for p in rep.false_positives:
        d = doc_key(p.get("doc_id"))
        out["false positives"][false_positive_class(p, gold_by_doc.get(d, []), texts.get(d, ""))] += 1
    return out


def format_classes(classes: dict[str, Counter]) -> str:
    lines = []
    for kind, counts in classes.items():
        lines.append(f"{kind} ({sum(counts.values())}):")
        lines += [f"  {n:4d}  {cls}" for cls, n in counts.most_common()]
    return "\n".join(lines)


def format_report(rep: Report, details: bool = True) -> str:
    m = rep.metrics()
    lines = [
        f"gold quotes {m['gold']}, predicted {m['predicted']}, matched {m['matched']}",
        f"precision {m['precision']:.3f}  recall {m['recall']:.3f}  F1 {m['f1']:.3f}",
        f"attribution {m['attribution']:.3f}  type accuracy {m['type_accuracy']:.3f}  "
        f"end-to-end F1 {m['end_to_end_f1']:.3f}",
        f"precision at confidence >= 0.8: {m['precision_conf_0.8']:.3f} ({rep.confident} quotes)",
    ]
    if details:
        if rep.misses:
            lines.append(f"\nmisses ({len(rep.misses)}):")
            lines += [f"  [{g.doc}] {g.type} {'|'.join(g.speakers)} {g.cue}: {g.content[:90]}" for g in rep.misses]
        if rep.wrong_speakers:
            lines.append(f"\nwrong speakers ({len(rep.wrong_speakers)}):")
            lines += [f"  [{g.doc}] gold {'|'.join(g.speakers)} / predicted "
                      f"{p.get('speaker_name') or (p.get('speaker') or {}).get('text')}: {g.content[:70]}"
                      for p, g in rep.wrong_speakers]
        if rep.false_positives:
            lines.append(f"\nfalse positives ({len(rep.false_positives)}):")
            lines += [f"  [{doc_key(p.get('doc_id'))}] {p['cue']['text']}: {p['content']['text'][:90]}"
                      for p in rep.false_positives]
    return "\n".join(lines)
