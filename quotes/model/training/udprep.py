"""Turn the Arabic UD data in ``shared/data/ud`` into one training convention.

* PUD (UD v2): clitic words joined by ``SpaceAfter=No`` become multiword tokens.
* PADT (UD v1 files): FORM undiacritised (vocalised form kept in MISC as
  ``Vform``), clitic words regrouped into multiword tokens with Arabic
  spelling rules, ``# text`` rebuilt, v1 labels converted to v2.
* Both: lemmas undiacritised, XPOS dropped (the two sources use unrelated
  tag sets), every sentence validated.
* One seeded split by document into train/dev/test.
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from pathlib import Path

from ...normalize import strip_diacritics

PROCLITICS = {"و", "ف", "ب", "ل", "ك", "س"}
PROCLITIC_UPOS = {"CONJ", "CCONJ", "ADP", "PART", "SCONJ", "AUX", "DET"}
ENCLITICS = {"ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "كن", "ي", "ني", "نا"}
NO_SPACE_BEFORE = set(".,،;؛:؟?!)]}»%…")
NO_SPACE_AFTER = set("([{«")

DEPREL_V1_TO_V2 = {
    "obl:arg": "obl",  # PADT v2's argument obliques, in the documentation's examples: one label, as PUD
    "dobj": "obj",
    "nsubjpass": "nsubj:pass",
    "csubjpass": "csubj:pass",
    "auxpass": "aux:pass",
    "name": "flat",
    "mwe": "fixed",
    "neg": "advmod",
    "foreign": "flat:foreign",
    "remnant": "orphan",
}
UPOS_V1_TO_V2 = {"CONJ": "CCONJ"}
PREDICATE_UPOS = {"VERB", "AUX"}
NOMINAL_UPOS = {"NOUN", "PROPN", "PRON", "NUM"}


@dataclass
class Word:
    id: int
    form: str
    lemma: str
    upos: str
    xpos: str
    feats: str
    head: int
    deprel: str
    deps: str
    misc: str

    def misc_dict(self) -> dict[str, str]:
        if self.misc in ("", "_"):
            return {}
        out = {}
        for item in self.misc.split("|"):
            k, _, v = item.partition("=")
            out[k] = v
        return out

    def set_misc(self, d: dict[str, str]) -> None:
        self.misc = "|".join(f"{k}={v}" for k, v in d.items()) or "_"

    @property
    def space_after(self) -> bool:
        return self.misc_dict().get("SpaceAfter") != "No"


@dataclass
class Token:
    """A surface token: one word, or a multiword token covering several."""

    form: str
    words: list[Word]
    space_after: bool = True


@dataclass
class Sentence:
    comments: list[str]
    words: list[Word]
    tokens: list[Token] = field(default_factory=list)

    def comment(self, key: str) -> str | None:
        for c in self.comments:
            m = re.match(r"#\s*" + re.escape(key) + r"(?:\s*=\s*|\s+)(.*)$", c)
            if m:
                return m.group(1)
        return None

    @property
    def text(self) -> str:
        return "".join(t.form + (" " if t.space_after else "") for t in self.tokens).rstrip()


# ---------------------------------------------------------------- reading / writing

def read_conllu(path: str | Path) -> list[Sentence]:
    """Read syntactic words and comments (multiword range lines are rebuilt as tokens)."""
    sents: list[Sentence] = []
    comments: list[str] = []
    words: list[Word] = []
    ranges: dict[int, tuple[int, str, str]] = {}

    def flush():
        nonlocal comments, words, ranges
        if words:
            s = Sentence(comments, words)
            s.tokens = _tokens_from_ranges(words, ranges)
            sents.append(s)
        comments, words, ranges = [], [], {}

    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                flush()
                continue
            if line.startswith("#"):
                comments.append(line)
                continue
            cols = line.split("\t")
            if len(cols) != 10:
                raise ValueError(f"{path}: bad CoNLL-U line: {line!r}")
            if "-" in cols[0]:
                a, b = cols[0].split("-")
                ranges[int(a)] = (int(b), cols[1], cols[9])
                continue
            if "." in cols[0]:
                continue  # empty nodes are not used here
            words.append(Word(int(cols[0]), cols[1], cols[2], cols[3], cols[4], cols[5],
                              int(cols[6]) if cols[6] != "_" else 0, cols[7], cols[8], cols[9]))
    flush()
    return sents


def _tokens_from_ranges(words: list[Word], ranges) -> list[Token]:
    toks: list[Token] = []
    i = 0
    while i < len(words):
        w = words[i]
        if w.id in ranges:
            end, form, misc = ranges[w.id]
            group = [x for x in words[i:] if x.id <= end]
            toks.append(Token(form, group, "SpaceAfter=No" not in misc))
            i += len(group)
        else:
            toks.append(Token(w.form, [w], w.space_after))
            i += 1
    return toks


def format_sentence(s: Sentence, sent_id: str | None = None) -> str:
    lines = [c for c in s.comments if not re.match(r"#\s*(text|sent_id)\s*=", c)]
    lines.insert(0, f"# text = {s.text}")
    if sent_id is not None:
        lines.insert(0, f"# sent_id = {sent_id}")
    for tok in s.tokens:
        if len(tok.words) > 1:
            a, b = tok.words[0].id, tok.words[-1].id
            lines.append(f"{a}-{b}\t{tok.form}\t_\t_\t_\t_\t_\t_\t_\t{'_' if tok.space_after else 'SpaceAfter=No'}")
        for w in tok.words:
            misc = w.misc_dict()
            misc.pop("SpaceAfter", None)
            if len(tok.words) == 1 and not tok.space_after:
                misc["SpaceAfter"] = "No"
            w.set_misc(misc)
            lines.append("\t".join(str(x) for x in (w.id, w.form, w.lemma, w.upos, w.xpos, w.feats,
                                                     w.head, w.deprel, w.deps, w.misc)))
    return "\n".join(lines) + "\n"


def write_conllu(sents: list[Sentence], path: str | Path, prefix: str = "s") -> None:
    with open(path, "w", encoding="utf-8") as f:
        for i, s in enumerate(sents):
            f.write(format_sentence(s, s.comment("sent_id") or f"{prefix}-{i + 1}"))
            f.write("\n")


# ---------------------------------------------------------------- PUD

def _is_letter_word(form: str) -> bool:
    return any("\u0621" <= c <= "\u064a" for c in form)


def regroup_pud(s: Sentence) -> Sentence:
    """Consecutive letter-words joined by SpaceAfter=No become one multiword token."""
    toks: list[Token] = []
    for w in s.words:
        w.form = strip_diacritics(w.form) or w.form
        w.lemma = strip_diacritics(w.lemma) or w.lemma
        w.xpos = "_"
        prev = toks[-1] if toks else None
        if (prev is not None and not prev.space_after and _is_letter_word(prev.words[-1].form)
                and _is_letter_word(w.form)):
            prev.words.append(w)
            prev.form += w.form
            prev.space_after = w.space_after
        else:
            toks.append(Token(w.form, [w], w.space_after))
    s.tokens = toks
    for t in toks:
        if len(t.words) > 1 or len(t.words) == 1:
            for w in t.words:
                m = w.misc_dict()
                m.pop("SpaceAfter", None)
                w.set_misc(m)
    return s


# ---------------------------------------------------------------- PADT v1

def _feat(w: Word, key: str) -> str | None:
    for kv in w.feats.split("|"):
        k, _, v = kv.partition("=")
        if k == key:
            return v
    return None


def is_proclitic(w: Word) -> bool:
    return w.form in PROCLITICS and w.upos in PROCLITIC_UPOS


def is_enclitic(w: Word) -> bool:
    return (w.upos == "PRON" and w.form in ENCLITICS and _feat(w, "PronType") == "Prs"
            and _feat(w, "Case") in ("Gen", "Acc"))


def join_clitics(pieces: list[Word]) -> str:
    """Spell a group of clitic words as one orthographic token."""
    # Enclitics first: they change the end of their host.
    host_end = len(pieces)
    while host_end > 1 and is_enclitic(pieces[host_end - 1]):
        host_end -= 1
    forms = [p.form for p in pieces]
    if host_end < len(pieces) and host_end >= 1:
        h = pieces[host_end - 1]
        f = forms[host_end - 1]
        if f.endswith("ة"):
            f = f[:-1] + "ت"
        elif f.endswith("ى"):
            f = f[:-1] + ("ي" if h.upos == "ADP" else "ا")
        elif f.endswith("وا") and h.upos == "VERB":
            f = f[:-1]
        elif f.endswith("اء") and len(f) > 2:
            case = _feat(h, "Case")
            f = f[:-1] + {"Nom": "ؤ", "Gen": "ئ"}.get(case, "ء")
        forms[host_end - 1] = f
    # Proclitics: ل + ال -> لل
    out = forms[-1]
    for i in range(len(forms) - 2, -1, -1):
        f = forms[i]
        if f == "ل" and out.startswith("ال"):
            out = "ل" + out[1:]
        else:
            out = f + out
    return out


def regroup_padt(s: Sentence) -> Sentence:
    """Undiacritise and group PADT v1 clitic words into multiword tokens."""
    for w in s.words:
        m = w.misc_dict()
        m["Vform"] = w.form
        w.form = strip_diacritics(w.form).replace("ٱ", "ا") or w.form
        w.lemma = strip_diacritics(w.lemma).replace("ٱ", "ا") or w.form
        w.set_misc(m)
    groups: list[list[Word]] = []
    attach_next = False
    for w in s.words:
        run = w.misc_dict().get("Run")
        if run is not None:  # an unanalysed token read off its surface (split_unanalysed)
            if groups and groups[-1][-1].misc_dict().get("Run") == run:
                groups[-1].append(w)
            else:
                groups.append([w])
            attach_next = False
            continue
        if groups and w.upos != "PUNCT" and (
                attach_next or (is_enclitic(w) and groups[-1][-1].upos != "PUNCT")):
            groups[-1].append(w)
        else:
            groups.append([w])
        attach_next = is_proclitic(w)
    toks = []
    for g in groups:
        surface = g[0].misc_dict().get("Surface")
        form = g[0].form if len(g) == 1 else surface or join_clitics(g)
        for w in g:
            m = w.misc_dict()
            if m.pop("Run", None) is not None:
                m.pop("Surface", None)
                w.set_misc(m)
        toks.append(Token(form, g, True))
    _set_spacing(toks)
    s.tokens = toks
    return s


def _set_spacing(toks: list[Token]) -> None:
    """Newswire spacing: no space before closing punctuation or after opening."""
    open_quote = False
    for i, t in enumerate(toks):
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.form == '"':
            open_quote = not open_quote
            if open_quote:
                t.space_after = False
        if t.form in NO_SPACE_AFTER:
            t.space_after = False
        if nxt is not None:
            if nxt.form in NO_SPACE_BEFORE:
                t.space_after = False
            if nxt.form == '"' and open_quote:
                t.space_after = False
    if toks:
        toks[-1].space_after = True


def promote_conj_root(s: Sentence) -> None:
    """PADT v1 makes a sentence-initial conjunction the root, its clause a
    ``parataxis`` dependent; UD v2 makes the clause the root and the
    conjunction its ``cc``."""
    root = next((w for w in s.words if w.head == 0), None)
    if root is None or root.upos not in ("CONJ", "CCONJ"):
        return
    deps = [w for w in s.words if w.head == root.id and w.deprel != "punct"]
    pick = next((w for w in deps if w.deprel == "parataxis"), None) or next(
        (w for w in deps if w.deprel in ("advcl", "dep", "nmod", "cc")), None)
    if pick is None:
        return
    pick.head, pick.deprel = 0, "root"
    root.head, root.deprel = pick.id, "cc"
    for w in s.words:
        if w.head == root.id and w is not pick:
            w.head = pick.id


COORD_PUNCT = {",", "،", ";", "؛"}


def coordination_v2(s: Sentence) -> None:
    """UD v1 hangs a conjunction (and the comma between conjuncts) on the
    first conjunct; UD v2 — and PUD — on the conjunct that follows it.
    «الأميركيين والعراقيين»: v1 و → الأميركيين, v2 و → العراقيين."""
    for w in s.words:
        if w.deprel not in ("cc", "punct") or not w.head or w.head > w.id:
            continue
        if w.deprel == "punct" and w.form not in COORD_PUNCT:
            continue
        nxt = [c.id for c in s.words if c.head == w.head and c.deprel == "conj" and c.id > w.id]
        if nxt:
            w.head = min(nxt)


def unanalysed_runs(words: list[Word]) -> list[tuple[int, int]]:
    """First and last index of each run of two or more words that PADT v1
    could not analyse (xpos ``U…``) and wrote with one repeated form."""
    runs, i = [], 0
    while i < len(words):
        j = i
        while j + 1 < len(words) and words[j + 1].form == words[i].form and words[i].xpos.startswith("U") \
                and words[j + 1].xpos.startswith("U"):
            j += 1
        if j > i:
            runs.append((i, j))
        i = j + 1
    return runs


def merge_unanalysed(s: Sentence) -> None:
    """PADT v1 writes a token it could not analyse (xpos ``U…``) once per
    syntactic word: «ووقفة ووقفة». Those runs become one word carrying the
    attachment of the run's outermost member."""
    words = s.words
    runs = unanalysed_runs(words)
    if not runs:
        return
    target: dict[int, int] = {}
    for a, b in runs:
        ids = {w.id for w in words[a:b + 1]}
        outer = next((w for w in words[a:b + 1] if w.head not in ids), words[a])
        keep = words[a]
        keep.head, keep.deprel = outer.head, outer.deprel
        for w in words[a + 1:b + 1]:
            target[w.id] = keep.id
    kept = [w for w in words if w.id not in target]
    new_id = {w.id: k + 1 for k, w in enumerate(kept)}
    for old, keep in target.items():
        new_id[old] = new_id[keep]
    for w in kept:
        w.head = new_id[w.head] if w.head else 0
    for w in kept:
        w.id = new_id[w.id]
        if w.head == w.id:  # the run pointed into itself; attach to the root instead
            w.head, w.deprel = next(x.id for x in kept if x.head == 0), "dep"
    s.words = kept


# Which clitic letters a proclitic member of an unanalysed run may be, by its
# relation, and the part of speech it gets; which relations an enclitic
# pronoun member may have.
RUN_PROCLITIC = {"cc": ({"و", "ف"}, "CCONJ"), "case": ({"ب", "ل", "ك"}, "ADP"),
                 "aux": ({"س"}, "PART"), "mark": ({"ل"}, "CCONJ")}
RUN_ENCLITIC_RELS = {"nmod", "dobj", "iobj", "nsubj", "nsubjpass"}
# A host's spelling before an enclitic, back to its own: حالت(ه) → حالة, عل(ينا) → على.
HOST_RESPELL = (("ت", "ة"), ("ي", "ى"), ("ا", "ى"), ("ئ", "اء"), ("ؤ", "اء"))


def _host_forms(host: str, after_lam: bool, has_enclitic: bool) -> list[str]:
    """Spellings the host may have as a word of its own, most literal first."""
    forms = [host]
    if after_lam and host.startswith("ل"):
        forms.append("ا" + host)  # ل + الحكومة → للحكومة
    if has_enclitic:
        for f in list(forms):
            for end, own in HOST_RESPELL:
                if f.endswith(end) and len(f) > len(end) + 1:
                    forms.append(f[: -len(end)] + own)
    return forms


def _enclitic_splits(rest: str, n: int) -> list[tuple[str, list[str]]]:
    """Ways to read ``n`` enclitic pronouns off the end of ``rest``."""
    if n == 0:
        return [(rest, [])]
    out = []
    for e in ENCLITICS:
        if rest.endswith(e) and len(rest) > len(e):
            out += [(host, tail + [e]) for host, tail in _enclitic_splits(rest[: -len(e)], n - 1)]
    return out


def segment_run(surface: str, rels: list[str], lexicon: set[str]) -> tuple[list[str], int] | None:
    """The words of an unanalysed run, read off its one surface form: leading
    members are clitic letters their relation allows (cc → و/ف, case → ب/ل/ك,
    aux → س), trailing members enclitic pronouns, one host in between.
    A reading whose host is a known word wins; a single reading is taken
    as it is; anything else is ``None`` (the run stays one word). Returns
    the words and the host's index."""
    readings: list[tuple[bool, tuple[list[str], int]]] = []
    k = len(rels)
    for a in range(k):
        b = k - 1 - a
        if any(surface[i] not in RUN_PROCLITIC.get(rels[i], (set(),))[0] for i in range(min(a, len(surface)))):
            continue
        if any(r not in RUN_ENCLITIC_RELS for r in rels[a + 1:]):
            continue
        for host, tail in _enclitic_splits(surface[a:], b):
            if len(host) < 2:
                continue
            forms = _host_forms(host, a > 0 and surface[a - 1] == "ل", b > 0)
            known = [f for f in forms if f in lexicon]
            readings.append((bool(known), (list(surface[:a]) + [(known or forms)[0]] + tail, a)))
    good = [r for ok, r in readings if ok]
    if len(good) == 1:
        return good[0]
    if not good and len(readings) == 1:
        return readings[0][1]
    return None


def split_unanalysed(s: Sentence, lexicon: set[str]) -> None:
    """PADT v1 writes a token it could not analyse (xpos ``U…``) once per
    syntactic word: «وسنضع وسنضع وسنضع» (cc, aux, conj). Where the words can
    be read off the surface (``segment_run``), each member gets its own form
    and keeps its relation, and the run is marked to become one multiword
    token; the other runs are merged into one word (``merge_unanalysed``)."""
    for n, (i, j) in enumerate(unanalysed_runs(s.words), 1):
        run = s.words[i:j + 1]
        surface = strip_diacritics(run[0].form) or run[0].form
        found = segment_run(surface, [w.deprel for w in run], lexicon)
        if found:
            pieces, host_at = found
            for x, (w, form) in enumerate(zip(run, pieces)):
                w.form = w.lemma = form
                m = w.misc_dict()
                m["Run"] = str(n)
                if x == 0:
                    m["Surface"] = surface
                w.set_misc(m)
                if x < host_at:
                    w.upos, w.xpos = RUN_PROCLITIC[w.deprel][1], "_"
                elif x > host_at:
                    w.upos, w.xpos = "PRON", "_"
                    w.feats = "Case=" + ("Acc" if w.deprel == "dobj" else "Gen") + "|PronType=Prs"


AUXILIARY_LEMMAS = {"كان", "ليس"}


def auxiliary_v2(s: Sentence) -> None:
    """PADT v1 makes كان (and ليس) the head of its clause, the predicate its
    ``xcomp``: «كانت الدولة تستهدف» كانت → root, الدولة → nsubj of كانت.
    UD v2 — and PUD — make the predicate the head and كان an ``AUX``, ``aux``
    of a verb and ``cop`` of anything else; the subject and the rest of the
    clause hang on the predicate. As a copula already, كان becomes ``AUX``."""
    for w in s.words:
        if w.upos != "VERB" or strip_diacritics(w.lemma) not in AUXILIARY_LEMMAS:
            continue
        if w.deprel == "cop":
            w.upos = "AUX"
            continue
        pred = next((x for x in s.words if x.head == w.id and x.deprel == "xcomp"), None)
        if pred is None:
            continue  # «كان هناك …»: a verb of its own
        for x in s.words:
            if x.head == w.id and x is not pred:
                x.head = pred.id
        pred.head, pred.deprel = w.head, w.deprel
        w.head, w.deprel, w.upos = pred.id, ("aux" if pred.upos == "VERB" else "cop"), "AUX"


def convert_v1_labels(s: Sentence, lexicon: set[str] | None = None) -> Sentence:
    if lexicon is not None:
        split_unanalysed(s, lexicon)
    merge_unanalysed(s)
    promote_conj_root(s)
    by_id = {w.id: w for w in s.words}
    for w in s.words:
        w.upos = UPOS_V1_TO_V2.get(w.upos, w.upos)
    with_case = {w.head for w in s.words if w.deprel == "case"}
    for w in s.words:
        rel = DEPREL_V1_TO_V2.get(w.deprel, w.deprel)
        if rel == "obj" and w.id in with_case:
            # v1 «dobj» on a prepositional object («أشار إلى الخطر»): UD v2 PADT's obl:arg, PUD's and
            # the news trees' obl (nmod under a noun)
            rel = "nmod" if w.head and by_id[w.head].upos in NOMINAL_UPOS else "obl"
        if rel == "nmod" and w.head and by_id[w.head].upos in PREDICATE_UPOS:
            rel = "obl"
        w.deprel = rel
        w.xpos = "_"
        if w.upos == "CCONJ" and rel == "mark":
            w.upos = "SCONJ"  # v1's CONJ «أنّ»، «إنّ» opening a clause: v2 PADT and PUD tag it SCONJ
    auxiliary_v2(s)  # after the relations: what modified كان's clause stays obl
    coordination_v2(s)
    return s


# ---------------------------------------------------------------- validation

class InvalidSentence(ValueError):
    pass


def validate(s: Sentence) -> None:
    ids = [w.id for w in s.words]
    if ids != list(range(1, len(ids) + 1)):
        raise InvalidSentence("ids are not consecutive")
    roots = [w for w in s.words if w.head == 0]
    if len(roots) != 1 or roots[0].deprel != "root":
        raise InvalidSentence(f"{len(roots)} roots")
    for w in s.words:
        if w.head == 0 and w.deprel != "root" or w.head != 0 and w.deprel == "root":
            raise InvalidSentence(f"word {w.id}: root label mismatch")
        if not 0 <= w.head <= len(ids) or w.head == w.id:
            raise InvalidSentence(f"word {w.id}: bad head {w.head}")
    # acyclic: every word reaches the root
    heads = {w.id: w.head for w in s.words}
    for w in s.words:
        seen, cur = set(), w.id
        while cur != 0:
            if cur in seen:
                raise InvalidSentence(f"cycle through word {w.id}")
            seen.add(cur)
            cur = heads[cur]
    for w in s.words:
        if not w.form or " " in w.form:
            raise InvalidSentence(f"word {w.id}: empty or spaced form")
    flat = [w for t in s.tokens for w in t.words]
    if [w.id for w in flat] != ids:
        raise InvalidSentence("tokens do not cover the words in order")
    # text reconstructs from tokens
    text = s.text
    rebuilt = "".join(t.form + (" " if t.space_after else "") for t in s.tokens).rstrip()
    if text != rebuilt or not text:
        raise InvalidSentence("text does not reconstruct")
    for t in s.tokens:
        if len(t.words) == 1 and t.form != t.words[0].form:
            raise InvalidSentence(f"token {t.form!r} differs from its word")


# ---------------------------------------------------------------- split

def doc_id(s: Sentence, source: str) -> str:
    if source == "udocs":
        return "udocs:" + (s.comment("source_path") or "")
    if source == "news":
        return "news:" + (s.comment("article") or s.comment("sent_id") or "").split()[0]
    if source == "padt":
        orig = s.comment("orig_file_sentence") or s.comment("sent_id") or ""
        return "padt:" + orig.split("#")[0]
    return "pud:" + (s.comment("sent_id") or "")[:6]


@dataclass
class Prepared:
    train: list[Sentence]
    dev: list[Sentence]
    test: list[Sentence]
    rejected: int


def load_sources(ud_dir: str | Path) -> dict[str, list[Sentence]]:
    ud_dir = Path(ud_dir)
    padt: list[Sentence] = []
    for name in ("ar_padt-ud1-dev.conllu", "ar_padt-ud1-test.conllu"):
        padt.extend(read_conllu(ud_dir / name))
    pud = read_conllu(ud_dir / "ar_pud-ud-test.conllu")
    sources = {"padt": padt, "pud": pud}
    udocs = ud_dir / UDOCS_FILE
    if udocs.exists():
        sources["udocs"] = read_conllu(udocs)
    return sources


UDOCS_FILE = "ar_padt-udocs-examples.conllu"
TRAIN_ONLY = ("udocs",)  # the documentation's example trees: too few and too scattered to split


def convert(source: str, s: Sentence, lexicon: set[str] | None = None) -> Sentence:
    if source in ("padt", "udocs"):  # the documentation's PADT trees: vocalised, mostly v1 labels
        return regroup_padt(convert_v1_labels(s, lexicon))
    return regroup_pud(s)


def known_words(sources: dict[str, list[Sentence]]) -> set[str]:
    """Undiacritised forms of the words the treebanks analysed (PADT's
    unanalysed ``U…`` words left out): the hosts ``segment_run`` may trust."""
    return {strip_diacritics(w.form).replace("ٱ", "ا") for sents in sources.values() for s in sents
            for w in s.words if not w.xpos.startswith("U") and w.upos != "X"}


def prepare(ud_dir: str | Path, seed: int = 20201023, dev_frac: float = 0.1,
            test_frac: float = 0.1) -> tuple[Prepared, dict[str, dict[str, list[Sentence]]]]:
    """Convert, validate and split by document. Returns the split and the same split per source."""
    per_source: dict[str, dict[str, list[Sentence]]] = {}
    rejected = 0
    sources = load_sources(ud_dir)
    lexicon = known_words(sources)
    for source, sents in sources.items():
        docs: dict[str, list[Sentence]] = {}
        for s in sents:
            s = convert(source, s, lexicon)
            try:
                validate(s)
            except InvalidSentence:
                rejected += 1
                continue
            s.comments = [c for c in s.comments if not c.startswith("# text")]
            s.comments.append(f"# source = {source}")
            s.comments.append(f"# doc = {doc_id(s, source)}")
            docs.setdefault(doc_id(s, source), []).append(s)
        if source in TRAIN_ONLY:
            per_source[source] = {"train": [s for k in sorted(docs) for s in docs[k]], "dev": [], "test": []}
            continue
        keys = sorted(docs)
        random.Random(seed).shuffle(keys)
        n = sum(len(docs[k]) for k in keys)
        parts = {"test": [], "dev": [], "train": []}
        for k in keys:
            if sum(map(len, parts["test"])) < test_frac * n:
                parts["test"].append(docs[k])
            elif sum(map(len, parts["dev"])) < dev_frac * n:
                parts["dev"].append(docs[k])
            else:
                parts["train"].append(docs[k])
        per_source[source] = {p: [s for d in ds for s in d] for p, ds in parts.items()}
    merged = Prepared(*[[s for src in per_source.values() for s in src[p]]
                        for p in ("train", "dev", "test")], rejected)
    return merged, per_source


def write_text(sents: list[Sentence], path: str | Path, source_docs: bool = True) -> None:
    """Raw text for tokenizer training: sentences of a document form a paragraph."""
    with open(path, "w", encoding="utf-8") as f:
        prev = None
        paras: list[list[str]] = []
        for s in sents:
            d = s.comment("doc")
            if d != prev or not paras or len(paras[-1]) >= 8:
                paras.append([])
            paras[-1].append(s.text)
            prev = d
        f.write("\n\n".join(" ".join(p) for p in paras) + "\n")


def load_news(news_dir: str | Path) -> dict[str, list[Sentence]]:
    """The hand-corrected news treebank (``devset/treebank``, UD v2 as PUD annotates it,
    multiword tokens for clitics): its ``train`` and frozen ``test`` parts, validated."""
    out: dict[str, list[Sentence]] = {}
    for part in ("train", "test"):
        path = Path(news_dir) / f"{part}.conllu"
        sents = read_conllu(path) if path.exists() else []
        for s in sents:
            validate(s)
            s.comments = [c for c in s.comments if not c.startswith("# text")]
            s.comments += ["# source = news", f"# doc = {doc_id(s, 'news')}"]
        out[part] = sents
    return out
