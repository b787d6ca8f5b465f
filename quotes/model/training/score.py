"""End-to-end scores of a model on the held-out test split (raw text in).

Aggregate scores come from Stanza's CoNLL 2018 scorer; labelled recall per
relation is computed by aligning words on their character offsets in the
raw text (tokens) and their position inside a multiword token.
"""
from __future__ import annotations

import time
from collections import Counter
from pathlib import Path
from typing import Optional

from .udprep import read_conllu

METRICS = ("Tokens", "Words", "UPOS", "UFeats", "Lemmas", "UAS", "LAS")
KEY_RELATIONS = ("nsubj", "ccomp", "obj", "obl", "mark", "root", "conj", "nmod", "amod", "case")


def _word_keys(conllu: Path, text: str, full: bool = False) -> list[list[tuple]]:
    """Per sentence, per word: (key, head key, deprel); with ``full`` also the word
    itself, (key, head key, deprel, word)."""
    pos = 0
    out = []
    for s in read_conllu(conllu):
        keys: dict[int, tuple] = {}
        rows = []
        for tok in s.tokens:
            while pos < len(text) and text[pos].isspace():
                pos += 1
            at = text.find(tok.form, pos)
            if at < 0:  # tokenizer normalised something; fall back to the running position
                at = pos
            start, end = at, at + len(tok.form)
            pos = end
            for i, w in enumerate(tok.words):
                keys[w.id] = (start, end, i if len(tok.words) > 1 else -1)
        for w in s.words:
            rows.append((keys[w.id], keys.get(w.head, "root"), w.deprel) + ((w,) if full else ()))
        out.append(rows)
    return out


SUBJECT = ("nsubj", "nsubj:pass")


def _is_cue(w) -> bool:
    from ...lexicon import default_lexicon
    lex = default_lexicon()
    return w.upos in ("VERB", "ADJ") and (lex.match_lemma(w.lemma) is not None or lex.match_form(w.form) is not None)


def _subject_phrases(sentences: list[list[tuple]]) -> dict:
    """cue key → the key set of its subject's subtree, punctuation aside (first subject)."""
    out = {}
    for rows in sentences:
        children: dict = {}
        for k, h, rel, w in rows:
            children.setdefault(h, []).append((k, rel, w))
        for k, h, rel, w in rows:
            if not _is_cue(w):
                continue
            subj = next((c for c in children.get(k, []) if c[1] in SUBJECT), None)
            if subj is None:
                continue
            phrase, todo = set(), [subj]
            while todo:
                ck, crel, cw = todo.pop()
                if cw.upos != "PUNCT":
                    phrase.add(ck)
                todo.extend(children.get(ck, []))
            out[k] = (subj[0], frozenset(phrase))
    return out


def reporting_subjects(gold: Path, system: Path, text: str) -> dict:
    """For the reporting verbs of the gold (a lexicon cue with a subject): how often the
    system gives the verb the same subject word (``subject_found``), and the same
    subject phrase, its whole subtree but punctuation (``speaker_phrase_exact``)."""
    g = _subject_phrases(_word_keys(gold, text, full=True))
    sy = _subject_phrases(_word_keys(system, text, full=True))
    found = sum(1 for k, (subj, _) in g.items() if k in sy and sy[k][0] == subj)
    exact = sum(1 for k, (_, phrase) in g.items() if k in sy and sy[k][1] == phrase)
    n = len(g)
    return {"cues": n, "subject_found": round(100 * found / n, 1) if n else 0.0,
            "speaker_phrase_exact": round(100 * exact / n, 1) if n else 0.0}


def relation_recall(gold: Path, system: Path, text: str) -> dict[str, dict[str, float]]:
    g = [r for s in _word_keys(gold, text) for r in s]
    sysmap = {k: (h, rel) for s in _word_keys(system, text) for k, h, rel in s}
    total, right = Counter(), Counter()
    for k, h, rel in g:
        total[rel] += 1
        got = sysmap.get(k)
        if got is not None and got[0] == h and got[1] == rel:
            right[rel] += 1
    return {rel: {"recall": round(100 * right[rel] / total[rel], 1), "count": total[rel]}
            for rel in sorted(total, key=lambda r: -total[r])}


def score_model(model: Optional[str], data: Path) -> dict:
    from stanza import Document
    from stanza.models.common.utils import ud_scores
    from stanza.utils.conll import CoNLL

    from ...parse import analyse
    from ..registry import load_pipeline

    t0 = time.time()
    nlp = load_pipeline(model)
    load_s = time.time() - t0
    res: dict = {"end_to_end": {}, "relations": {}, "load_seconds": round(load_s, 2)}
    for src_file in sorted(Path(data).glob("test-*.txt")):
        source = src_file.stem.split("-", 1)[1]
        gold = src_file.with_suffix(".conllu")
        text = src_file.read_text(encoding="utf-8")
        t = time.time()
        doc = analyse(nlp, [Document([], text=text)])[0]
        secs = time.time() - t
        pred = Path(data) / f"pred-{source}.conllu"
        CoNLL.write_doc2conll(doc, str(pred))
        ev = ud_scores(str(gold), str(pred))
        sc = {m: round(100 * ev[m].f1, 2) for m in METRICS}
        sc["words_per_second"] = round(doc.num_words / secs, 1)
        res["end_to_end"][source] = sc
        res["relations"][source] = relation_recall(gold, pred, text)
        res.setdefault("reporting", {})[source] = reporting_subjects(gold, pred, text)
    return res


def format_scores(res: dict) -> str:
    lines = [f"model load {res.get('load_seconds')} s"]
    for source, sc in res["end_to_end"].items():
        lines.append(f"{source}: " + "  ".join(f"{k} {v}" for k, v in sc.items()))
        rel = res["relations"][source]
        lines.append("  labelled recall: " + "  ".join(
            f"{r} {rel[r]['recall']} (n={rel[r]['count']})" for r in KEY_RELATIONS if r in rel))
        rep = res.get("reporting", {}).get(source)
        if rep:
            lines.append(f"  reporting verbs (n={rep['cues']}): subject found {rep['subject_found']}  "
                         f"speaker phrase exact {rep['speaker_phrase_exact']}")
    return "\n".join(lines)
