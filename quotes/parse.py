"""Parse step: text → ``Doc`` of sentences, tokens and dependency words.

Two sources of parses share one representation:

* ``parse(prepared, nlp)``: the Stanza pipeline run on normalised text;
* ``doc_from_conllu(text)``: gold parses read from CoNLL-U (the rules are
  tested on these, without any model).
"""
from __future__ import annotations

import re
from typing import Iterable, Optional

from .doc import Doc, Sentence, Token, Word
from .lexicon import active_lexicon
from .normalize import CONJUNCTIONS, Prepared, fold, has_conj, split_glued_cues, strip_conj
from .words import dotted_initial, dotted_letters, is_a, is_a_after_conj, is_complementiser_word, separates_clauses

IMPERFECT_PREFIXES = "يتنأ"  # a verb's imperfect begins with one of them


def _feats(s: Optional[str]) -> dict[str, str]:
    if not s or s == "_":
        return {}
    out = {}
    for kv in s.split("|"):
        k, _, v = kv.partition("=")
        out[k] = v
    return out


def _sentence_from_stanza(index: int, sent, base: int) -> Sentence:
    tokens: list[Token] = []
    words: list[Word] = []
    for ti, tok in enumerate(sent.tokens):
        start, end = tok.start_char + base, tok.end_char + base
        tw = []
        for w in tok.words:
            word = Word(int(w.id), w.text, w.lemma or w.text, w.upos or "X", _feats(w.feats),
                        int(w.head or 0), w.deprel or "dep", ti, start, end)
            tw.append(word)
            words.append(word)
        tokens.append(Token(ti, tok.text, start, end, tw))
    return Sentence(index, tokens[0].start, tokens[-1].end, tokens, words)


MAX_PIECE = 1500
_STOP_RE = re.compile(r"[.!؟?](?=\s)")


def pieces(text: str, max_chars: int = MAX_PIECE) -> list[tuple[int, int]]:
    """Split text into paragraph-sized pieces for the tokenizer: at line breaks,
    and inside a long line after a sentence stop. Stanza's tokenizer slows down
    badly on long paragraphs, and pieces keep memory bounded on huge files."""
    out: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text):
        a, b = line.span()
        if not text[a:b].strip():
            continue
        while b - a > max_chars:
            cut = None
            for m in _STOP_RE.finditer(text, a, a + max_chars):
                cut = m.end()
            if cut is None or cut <= a:
                space = text.rfind(" ", a, a + max_chars)
                cut = space if space > a else a + max_chars
            out.append((a, cut))
            a = cut
        if text[a:b].strip():
            out.append((a, b))
    return out


SECTION_CHARS = 100_000


def sections(text: str, max_chars: int = SECTION_CHARS) -> list[tuple[int, int]]:
    """Cut a very long text into sections that are prepared, parsed and
    extracted one at a time, so memory stays bounded whatever the input size:
    at the last line break before the limit, else after a sentence stop, else
    at a space."""
    out, a = [], 0
    while len(text) - a > max_chars:
        lim = a + max_chars
        cut = text.rfind("\n", a, lim) + 1
        if cut <= a:
            stops = [m.end() for m in _STOP_RE.finditer(text, a, lim)]
            cut = stops[-1] if stops else text.rfind(" ", a, lim) + 1
        if cut <= a:
            cut = lim
        out.append((a, cut))
        a = cut
    out.append((a, len(text)))
    return out


def parse(prepared: Prepared, nlp, doc_id: Optional[str] = None) -> Doc:
    """Run Stanza on the prepared text, piece by piece in one bulk call."""
    return parse_many([prepared], nlp, [doc_id])[0]


def analyse(nlp, docs: list) -> list:
    """Run the Stanza pipeline on Stanza Documents: tokenize and mwt, then split as the
    model's split lexicon says and undo the clitic splits the vectors' vocabulary does not
    license (``unsplit``),
    then the tagger, lemmatizer and parser on the corrected words."""
    if not docs:
        return []
    names = list(nlp.processors)
    first = [n for n in names if n in ("tokenize", "mwt")]
    rest = [n for n in names if n not in first]
    vocab = _vocabulary(nlp)
    if not first or not rest or vocab is None:
        return nlp.bulk_process(docs)
    docs = nlp.bulk_process(docs, processors=first)
    splits = getattr(nlp, "quotes_splits", None)
    docs = [unsplit(d, vocab, splits) for d in docs]
    return nlp.bulk_process(docs, processors=rest)


def _vocabulary(nlp):
    pos = nlp.processors.get("pos")
    pretrain = getattr(pos, "_pretrain", None) if pos is not None else None
    return getattr(pretrain, "vocab", None)


def _known(vocab, word: str) -> bool:
    return word in vocab._unit2id


def _glued_cue_form(word: str) -> bool:
    """A cue form that opens a paragraph (وقال، وأضافت): what a crawl glues to the word before."""
    return is_a(word, "glued_cue")


def _verb_split_as_pronoun(token: str, words: list[str]) -> Optional[list[str]]:
    """«واتهم» split as «وات» + «هم»: a reporting verb's form whose last letters the splitter
    took for an object pronoun. The words it should be (و + اتهم), else None."""
    lexicon = active_lexicon()
    key = fold(token)
    stem = strip_conj(key)
    hit = lexicon.match_form(token)
    if hit is None or hit[1] or not is_a(words[-1], "enclitic") or is_a_after_conj(token, "noun_cue") \
            or is_a(token, "renewed_cue"):
        return None
    if lexicon.match_form("".join(words[:-1])) is not None or stem not in lexicon.by_form:
        return None  # «أبلغها»: verb + pronoun indeed
    return [token[0], token[1:]] if stem != key else [token]


def _whole_word(token: str, words: list[str]) -> Optional[list[str]]:
    """«وسائل» split as «و» + «سائل»، «ولي» as «و» + «لي»، «لجنة» as «ل» + «جنة»، «سهم» as «س» +
    «هم»: a word whose first letters or last the splitter took for a clitic (words.tsv
    ``whole_word``) is one word again, a clitic or pronoun outside it kept («وسائله» →
    «وسائل» + «ه»، «وللجنة» → «و» + «ل» + «لجنة»; «مهما» expanded to «من» + «ما» is the token).
    The words it should be, else None."""
    if is_a(token, "whole_word"):
        return [token]
    for i in range(len(words) - 1):
        for j in range(len(words), i + 1, -1):
            if is_a("".join(words[i:j]), "whole_word"):
                return words[:i] + ["".join(words[i:j])] + words[j:]
    return None


def _future_on_no_verb(words: list[str]) -> Optional[list[str]]:
    """«سهل» split as «س» + «هل»، «سبيله» as «س» + «بيل» + «ه»، «سمع» as «س» + «مع»: the future
    «سـ» goes only on an imperfect verb, whose first letter is its person's (``IMPERFECT_PREFIXES``,
    or «ا» for «أ» written bare: «سأسأل»، «ساسأل»). Cut off any other word, it was the word's own
    first letter: the words it should be (a pronoun after it kept), else None."""
    if len(words) < 2 or words[0] != "س" or words[1][:1] in IMPERFECT_PREFIXES + "ا":
        return None
    return [words[0] + words[1]] + words[2:]


def _clitic_left_on(token: str, vocab) -> Optional[list[str]]:
    """A clitic the splitter left on a word, put apart when the news vocabulary does not
    know the token and does know the letters after the clitic (the vectors were trained on
    text split where frequencies license it): «فقالت»، «ورئيس»، «فسامي» (و/ف on a word of
    four letters or more: «وسائل» and the like, words.tsv ``whole_word``, keep their «و»);
    «وعن»، «فكيف»، «فسوف» (و/ف on a function word, words.tsv ``function_word``); «ليرد»،
    «فقلت» (و/ف/ل on a cue verb's finite form; after «ل» only the imperfect, the «ل» of
    purpose; not a form in «ا», which «فرداً» and the like share with a dual); «لانطلاق»،
    «لرئيس»، «ولبيان» (a preposition, ``_glued_preposition``, on a word of three letters
    or more that is no cue's form, after a «و»/«ف» or not: the token unknown, the word known).
    The words it should be, else None."""
    if len(token) < 3 or not (token[0] in CONJUNCTIONS or _glued_preposition(token)) or _known(vocab, token) \
            or is_a(token, "whole_word"):
        return None
    rest = token[1:]
    if not _known(vocab, rest):  # «ولبيان»: و + «ل» on a word the vocabulary knows (not on a cue's
        #                            form: «فلتسأل نفسك» commands, it reports nothing)
        inner = _clitic_left_on(rest, vocab) if token[0] in CONJUNCTIONS and _glued_preposition(rest) else None
        return [token[0]] + inner if inner and active_lexicon().by_form.get(fold(inner[-1])) is None else None
    conj = token[0] in CONJUNCTIONS
    if conj and len(token) >= 5 and any(c.isalpha() for c in rest) or conj and is_a(rest, "function_word"):
        return [token[0], rest]
    cue = active_lexicon().by_form.get(fold(rest))  # (entry, is_participle)
    if cue is not None and not cue[1] and not rest.endswith("ا") and (conj or rest[0] in IMPERFECT_PREFIXES):
        return [token[0], rest]
    if _glued_preposition(token) and len(rest) >= 3 and cue is None:
        return [token[0], rest]  # «لانطلاق»، «لرئيس»: a preposition on a word the vocabulary knows
    return None


def _glued_preposition(token: str) -> bool:
    """Does the token begin with a preposition that may be written on a word (words.tsv
    ``glued_preposition``: «ل»; not «ب», which begins foreign names whose rest is a word,
    «بولدان»، «بيشي»، «باول»)?"""
    return is_a(token[0], "glued_preposition")


def _preposition_with_pronoun(token: str) -> Optional[list[str]]:
    """«له»، «لنا»، «علينا» left whole (or joined again above: the vocabulary knows «له», and
    no part of it is longer than a letter; the tagger then reads it as a noun, even as a
    verb's subject): preposition + pronoun (words.tsv ``prep_pronoun``). The words it should
    be, else None."""
    if not is_a(token, "prep_pronoun"):
        return None
    for n in range(len(token) - 1, 0, -1):
        if is_a(token[n:], "enclitic"):
            return [token[:n], token[n:]]
    return None


def _qad_before_cue(token: str, nxt: Optional[str]) -> Optional[list[str]]:
    """«فقد» before a reporting verb's finite form («أما …، فقد ختم المحلل: …»، «فقد أشارت
    الأرقام إلى أن …») is «ف» + «قد», not the verb «فقد» (lost), which the tagger reads it as,
    and then the cue as a noun (words.tsv ``qad_clitic``). The words it should be, else None."""
    if nxt is None or not is_a(token, "qad_clitic"):
        return None
    hit = active_lexicon().match_form(nxt)
    return [token[0], token[1:]] if hit is not None and not hit[1] else None


def _to_me_after_cue(token: str, prev: Optional[str], nxt: Optional[str]) -> Optional[list[str]]:
    """«لي» (words.tsv ``to_me``) right after a reporting verb («فقال لي: …»، «قيل لي إن …»، «وقال لي
    أثناء اللقاء إنه …») is «ل» + «ي», to me: the tagger reads it as the name Lee and makes it the
    verb's subject. Only where no name goes on after it: a colon or other punctuation, a
    complementiser, a word with the article, a function word, a circumstantial preposition or
    a time word, or the sentence's end (not «قال لي كه تشيانغ»). The words it should be, else None."""
    if prev is None or not is_a(token, "to_me") or (
            active_lexicon().match_form(prev) is None and not is_a_after_conj(prev, "agentless")):
        return None
    after = fold(nxt) if nxt is not None else ""
    if not after or not after[0].isalpha() or after.startswith("ال") or is_complementiser_word(after) \
            or any(is_a(after, c) for c in ("function_word", "circumstantial_prep", "time")):
        return [token[0], token[1:]]
    return None


def _unlicensed_cut(token: str, words: list[str], vocab) -> bool:
    """«بورجو» → ب + ورجو، «برمنغهام» → ب + رمنغ + هام: a one-letter preposition (words.tsv
    ``proclitic_preposition``) cut off a token when the news vocabulary knows neither the word right
    after the preposition nor the rest of the token (nor, for a two-way cut, the whole token):
    nothing licenses the split, the token is one word, a name. Not «لل» (ل + the article:
    «للفوز»), nor a cut that ends on a pronoun («بتغريداتها»: ب + noun + ها)."""
    if len(words) < 2 or not is_a(words[0], "proclitic_preposition") or len(words[1]) <= 2 \
            or fold(token).startswith("لل") or _known(vocab, words[1]):
        return False
    if len(words) == 2:
        return not _known(vocab, token)
    return not _known(vocab, token[1:]) and not is_a(words[-1], "enclitic")  # (the whole token known or not)


def _preposition_on_possessed(words: list[str], vocab) -> Optional[list[str]]:
    """«بوضعها» → «بوضع» + «ها»: the splitter cut the pronoun off and left a one-letter preposition
    (words.tsv ``proclitic_preposition``) on the noun. A name takes no pronoun, so when the news
    vocabulary lacks the word with the letter and knows it without, the letter is a word of its own:
    ب + وضع + ها (else the parser makes «بوضع» a subject)."""
    if len(words) != 2 or not is_a(words[1], "enclitic") or len(words[0]) < 4 \
            or not is_a(words[0][0], "proclitic_preposition") or words[0].startswith("لل"):
        return None
    head = words[0]
    return [head[0], head[1:], words[1]] if not _known(vocab, head) and _known(vocab, head[1:]) else None


def unsplit(sdoc, vocab, splits=None):
    """A token the model's split lexicon has (``quotes.model.splits``: «بأن» → «ب» + «أن»،
    «بينما» whole) is split as the training trees always split it, whatever the splitter
    did, but for a token that is as often a given name (words.tsv ``name_or_clitic``:
    «باسم»). Else: a name the splitter took for clitic + word («لافروف» → ل + افروف،
    «برشلونة» → ب + رشلونة) goes back to one word when the news vocabulary
    has the whole token and not the word left after the clitic; a «و»/«ف» the
    splitter left on an unknown word is split off. The vectors
    were trained on text split only where frequencies license it, so a whole
    token there with an unknown remainder is a word of its own. Returns the
    same document when nothing changes."""
    import stanza

    changed = False
    sentences = []
    for sent in sdoc.sentences:
        rows: list[dict] = []
        n = 0  # words so far
        for k, tok in enumerate(sent.tokens):
            words = [w.text for w in tok.words]
            nxt = sent.tokens[k + 1].text if k + 1 < len(sent.tokens) else None
            misc = f"start_char={tok.start_char}|end_char={tok.end_char}"
            if splits and tok.text in splits and not is_a(tok.text, "name_or_clitic"):  # the trees split it so
                changed = changed or list(splits[tok.text]) != words
                words = list(splits[tok.text])
            elif len(words) > 1 and _known(vocab, tok.text) and not is_a(tok.text, "prep_pronoun") and not any(
                    _known(vocab, w) for w in words if len(w) > 1):
                changed = True
                words = [tok.text]
            elif _unlicensed_cut(tok.text, words, vocab) or (len(words) > 1 and is_a(tok.text, "whole_name")):
                changed = True  # («بندر»: not ب + «ندر», though both are words)
                words = [tok.text]
            elif len(words) > 1 and (verb := _verb_split_as_pronoun(tok.text, words)):
                changed = True
                words = verb
            elif len(words) > 1 and (whole := _whole_word(tok.text, words) or _future_on_no_verb(words)
                                     or _preposition_on_possessed(words, vocab)):
                changed = True
                words = whole
            elif len(words) == 1 and (split := _clitic_left_on(tok.text, vocab) or _preposition_with_pronoun(tok.text)
                                      or _qad_before_cue(tok.text, nxt)
                                      or _to_me_after_cue(tok.text, sent.tokens[k - 1].text if k else None, nxt)):
                changed = True
                words = split
            if len(words) == 1:
                n += 1
                rows.append({"id": n, "text": tok.text, "misc": misc})
                continue
            rows.append({"id": (n + 1, n + len(words)), "text": tok.text, "misc": misc})
            for w in words:
                n += 1
                rows.append({"id": n, "text": w})
        sentences.append(rows)
    return sdoc if not changed else stanza.Document(sentences, text=sdoc.text)


def parse_many(prepared_docs: list[Prepared], nlp, doc_ids: Iterable[Optional[str]]) -> list[Doc]:
    """Parse several documents in one Stanza call (bulk processing); offsets
    stay those of each document's prepared text."""
    import stanza

    ids = list(doc_ids)
    vocab = _vocabulary(nlp)
    if vocab is not None:
        prepared_docs = [split_glued_cues(p, lambda w: _known(vocab, w), _glued_cue_form) for p in prepared_docs]
    jobs = []  # (document index, piece start, stanza Document)
    for di, p in enumerate(prepared_docs):
        for a, b in pieces(p.text):
            jobs.append((di, a, stanza.Document([], text=p.text[a:b])))
    out = analyse(nlp, [d for _, _, d in jobs])
    per_doc: list[list[Sentence]] = [[] for _ in prepared_docs]
    for (di, base, _), sdoc in zip(jobs, out):
        for s in sdoc.sentences:
            if s.tokens:
                per_doc[di].append(_sentence_from_stanza(len(per_doc[di]), s, base))
    return [Doc(p, _merge_glued(sents, p.text), i) for p, sents, i in zip(prepared_docs, per_doc, ids)]


def _merge_glued(sents: list[Sentence], text: str = "") -> list[Sentence]:
    """Undo sentence splits with no space at the boundary («11.39»، «بي.سي.سي»):
    the tokenizer breaks there by mistake; prose puts a space after a stop. And
    splits after a one-letter abbreviation on the same line («م. عجب القحطاني»),
    and splits after a word, a comma or a semicolon on the same line («وشدد كيري في
    تصريحاته | لـ»العربية» على أن …»، «بسجنه | تسع سنوات»، «… وسيلة حاسمة؛ | لتجنب
    تكرار …»): a sentence ends with a stop; a semicolon joins clauses of one."""
    out: list[Sentence] = []
    for s in sents:
        if out and (out[-1].end == s.start or _after_abbreviation(out[-1], s, text) or _open_ended(out[-1], s, text)):
            out[-1] = _join(out[-1], s)
        else:
            out.append(s)
    for i, s in enumerate(out):
        s.index = i
    return out


def _after_abbreviation(a: Sentence, b: Sentence, text: str) -> bool:
    """A split after a one-letter abbreviation («م. | عجب القحطاني»), letters joined by dots («أ.د. |
    عبدالرحمن السند»), or an initial («أو. | بي. | سينغ»، «سي. إن. إن. | أيضا»: words.tsv
    ``latin_letter``) that no new clause opening with «و»/«ف» follows («… سوشال تي في. | وسيطر …»
    ends there)."""
    toks = a.tokens
    if len(toks) < 2 or toks[-1].text != "." or not text or "\n" in text[a.end:b.start]:
        return False
    letter = (len(toks[-2].text) == 1 and toks[-2].text.isalpha()) or dotted_letters(toks[-2].text)
    initial = dotted_initial(toks, len(toks) - 2) and not has_conj(fold(b.tokens[0].text))
    return (letter or initial) and (len(toks) == 2 or toks[-3].end < toks[-2].start
                                    or toks[-3].text in ("(", "«", '"'))  # «(بي. | بي. | سي)»: a bracket opens it


def _open_ended(a: Sentence, b: Sentence, text: str) -> bool:
    """Does ``a`` end with a word, a comma or a semicolon, with ``b`` on the same line?"""
    last = a.tokens[-1].text
    return bool(text) and "\n" not in text[a.end:b.start] and (separates_clauses(last) or last[-1].isalnum())


def _join(a: Sentence, b: Sentence) -> Sentence:
    nw, nt = len(a.words), len(a.tokens)
    for w in b.words:
        w.id += nw
        w.head = w.head + nw if w.head else 0
        w.token += nt
    for t in b.tokens:
        t.index += nt
    return Sentence(a.index, a.start, b.end, a.tokens + b.tokens, a.words + b.words)


# ---------------------------------------------------------------- CoNLL-U gold parses

def doc_from_conllu(conllu: str, doc_id: Optional[str] = None, separator: str = " ") -> Doc:
    """Build a Doc from CoNLL-U text (``# text`` lines give the surface text;
    without them, tokens are joined honouring ``SpaceAfter=No``)."""
    blocks = [b for b in conllu.strip().split("\n\n") if b.strip()]
    parsed = []
    for b in blocks:
        text = None
        rows = []
        for line in b.splitlines():
            if line.startswith("#"):
                if line.startswith("# text") and "=" in line:
                    text = line.split("=", 1)[1].strip()
                continue
            rows.append(line.split("\t"))
        parsed.append((text, rows))
    pieces, offset = [], 0
    sentences: list[Sentence] = []
    full_text_parts = []
    glued = False
    for si, (text, rows) in enumerate(parsed):
        toks = _conllu_tokens(rows)
        if text is None:
            text = "".join(form + ("" if no_space else " ") for form, _, no_space in toks).rstrip()
        if si:
            sep = "" if glued else separator  # the sentence before ended with SpaceAfter=No
            full_text_parts.append(sep)
            offset += len(sep)
        base = offset
        full_text_parts.append(text)
        offset += len(text)
        pos = 0
        tokens: list[Token] = []
        words: list[Word] = []
        for ti, (form, wrows, _) in enumerate(toks):
            at = text.find(form, pos)
            if at < 0:
                raise ValueError(f"sentence {si + 1}: token {form!r} not found in its # text")
            start, end = base + at, base + at + len(form)
            pos = at + len(form)
            tw = []
            for r in wrows:
                w = Word(int(r[0]), r[1], r[2] if r[2] != "_" else r[1], r[3], _feats(r[5]),
                         int(r[6]) if r[6] not in ("_", "") else 0, r[7], ti, start, end)
                tw.append(w)
                words.append(w)
            tokens.append(Token(ti, form, start, end, tw))
        sentences.append(Sentence(si, tokens[0].start, tokens[-1].end, tokens, words))
        glued = bool(toks) and toks[-1][2]
        pieces.append(text)
    original = "".join(full_text_parts)
    return Doc(Prepared.identity(original), _merge_glued(sentences, original), doc_id)


def _conllu_tokens(rows: list[list[str]]):
    """(surface form, word rows, SpaceAfter=No) per surface token."""
    out = []
    i = 0
    while i < len(rows):
        r = rows[i]
        if "." in r[0]:
            i += 1
            continue
        if "-" in r[0]:
            a, b = map(int, r[0].split("-"))
            wrows = [x for x in rows[i + 1:] if "-" not in x[0] and "." not in x[0] and a <= int(x[0]) <= b]
            out.append((r[1], wrows, "SpaceAfter=No" in r[9]))
            i += 1 + len(wrows)
        else:
            out.append((r[1], [r], "SpaceAfter=No" in r[9]))
            i += 1
    return out
