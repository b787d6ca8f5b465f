"""Find-cues step: reporting verbs and participles in a parsed sentence.

A token is a cue when its surface form is in the lexicon (surface evidence) or
when the parser calls one of its words a VERB whose lemma is in the lexicon
(tree evidence). Either is enough, so an unsplit «وقال» or a wrong lemma does
not lose a cue.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from .doc import Sentence, Token, Word
from .lexicon import CueEntry, Lexicon, active_lexicon
from .normalize import DAMMA, SHADDA, fold, has_conj, strip_conj, strip_diacritics
from .words import (told_phrase_end, is_a, is_a_after_conj, is_a_pair, is_abbreviation_dot, is_comma, is_complementiser,
                    is_preposition_with_pronoun, is_sentence_end, is_stop, kana_lemma, only_openers, spelt_as, withholds_name)

NOMINAL_UPOS = {"NOUN", "ADJ", "PROPN", "NUM"}
CLITIC_UPOS = {"CCONJ", "ADP", "PART", "SCONJ", "PRON", "DET"}


@dataclass
class CueMatch:
    sentence: Sentence
    token: Token
    word: Word  # the verb/participle word inside the token
    entry: CueEntry
    participle: bool
    evidence: str  # "form", "lemma" or "form+lemma"
    negated: bool = False
    agentless: bool = False  # «ويذكر أن»، «يشار إلى أن»، «قيل إن»: nobody is named, nobody is meant
    noun: bool = False  # «بقوله:»: a noun of saying; like a participle, its subject is the clause's

    def agreement_word(self) -> Optional[Word]:
        """The pronoun of a noun cue («بقولها» → ها), which says who speaks."""
        if self.noun:
            return next((w for w in reversed(self.token.words) if w.upos == "PRON"), None)
        return None

    @property
    def index(self) -> int:
        return self.token.index


def _main_word(tok: Token) -> Word:
    """The content word of a token (the verb in و+قال)."""
    cands = [w for w in tok.words if w.upos not in CLITIC_UPOS] or tok.words
    return max(cands, key=lambda w: len(w.text))


def _hamza_below(surface: str, entry: CueEntry) -> bool:
    """A token written with «إ» where the cue's perfect is written with «أ»: another word, which
    folding alone cannot tell («إبان»، during, is not «أبان»). Written without a hamza it stays
    ambiguous."""
    word = strip_diacritics(surface)
    if word[:1] in ("و", "ف") and word[1:2] == "إ":
        word = word[1:]
    return word[:1] == "إ" and entry.lemma[:1] == "أ"


def find_cues(sent: Sentence, lexicon: Lexicon) -> list[CueMatch]:
    out: list[CueMatch] = []
    for tok in sent.tokens:
        hit = lexicon.match_form(tok.text) or _after_lam(tok, lexicon)
        word = _main_word(tok)
        lemma_entry: Optional[CueEntry] = None
        for w in tok.words:
            if w.upos == "VERB":
                lemma_entry = lexicon.match_lemma(w.lemma)
                if lemma_entry:
                    word = w
                    break
        framed = None
        if hit is None and lemma_entry is None:
            framed = _object_then_preposition(sent, tok, lexicon)
            if framed is None:
                continue
            hit, word = framed
        if _hamza_below(tok.text, hit[0] if hit is not None else lemma_entry):
            continue  # «إبان الغزو»: «during», not «أبان» (he explained)
        if spelt_as(tok.text, "named_passive") or spelt_as(tok.text, "passive_spelling"):
            continue  # «وقالت الوالدة وتدعى إليزابيث …»: is called, not claims; «ويروى أن»: it is told
        if is_a_after_conj(tok.text, "jussive_cue") and not (
                tok.index > 0 and is_a(sent.tokens[tok.index - 1].text, "jussive_particle")):
            continue  # «ألا يقل التقدير عن …»: «قلّ» (be less); «لم يقل» is «قال»
        noun = hit is not None and (is_a_after_conj(tok.text, "noun_cue") or _renewed(sent, tok))
        if hit is not None:
            entry, participle = hit
            participle = participle or noun  # no subject of its own: the clause's, or the last source's
            evidence = "form+lemma" if lemma_entry is entry else "form"
            unsplit = len(tok.words) == 1 and fold(tok.text) not in lexicon.by_form  # «ودعا» left whole
            if evidence == "form" and not participle and word.upos in NOMINAL_UPOS and not unsplit and framed is None:
                continue  # «رد فعل»، «ذكر»: the parser reads the word as a noun
            if evidence == "form" and not participle and word.upos == "ADP" and _the_preposition(sent, tok, entry):
                continue  # «بين البلدين»، «وبين دمشق وحلفائها»، «عبر حسابه»: not «بيّن»، «عبّر»
        else:
            entry, participle = lemma_entry, word.feat("VerbForm") == "Part"
            evidence = "lemma"
        if participle and has_conj(fold(tok.text)) and hit is None:
            participle = False
        if tok.index > 0 and is_a(sent.tokens[tok.index - 1].text, "name_link"):
            continue  # «وأفاد أبو طالب أن …»، «علي بن أبي طالب»: a name, not «طالب» (demanded)
        if participle and not noun and tok.index > 0 and any(kana_lemma(w) for w in sent.tokens[tok.index - 1].words):
            continue  # «الذي كان متوقعا أن يشرف …»: the predicate of «كان» (was expected), no report
        if tok.index > 0 and _counted(sent.tokens, tok.index - 1):
            continue  # «قرابة 900 طالب مستجد»، «20 طالبا»: a number counts a noun (students), no verb
        if tok.index > 0 and is_a_after_conj(sent.tokens[tok.index - 1].text, "may_particle") and is_imperfect(tok, word):
            continue  # «وقد يقول قائل إن …»، «فربما يعلن البنك المركزي أن …»: what someone may say
        if tok.index > 0 and is_a_after_conj(sent.tokens[tok.index - 1].text, "interrogative"):
            continue  # «هل تعتقد أن …؟»، «وهل تعتبرون أن …»: a question asks; it reports nothing
        if tok.index > 0 and is_a(sent.tokens[tok.index - 1].text, "what_relative"):
            continue  # «وفق ما أوردته رويترز»، «ما قاله الوزير»، «مما يؤكد أن …»: a relative clause, not a report
        if _relative_on_indefinite(sent, tok):
            continue  # «في بيان أوردته وكالة الأنباء»: the verb describes the statement, it reports nothing
        if _relative_on_subject(sent, tok, lexicon):
            continue  # «وقال مسؤول يتابع الملف إن …»: the verb describes the source, it reports nothing
        if tok.index + 1 < len(sent.tokens) and fold(sent.tokens[tok.index + 1].text) == "ما" and not participle:
            continue  # «لفت ما أعلنه …»: what was said is the subject or object, not a reported clause
        if entry.kind == "document" and not _in_document(sent, tok):
            continue  # «جاء ذلك خلال …»، «جاء اللاعب»: only «جاء في البيان أن …» reports
        if _impersonal(sent, tok):
            continue  # «وتبين أن …»: it turned out that
        if withholds_name(sent.tokens, tok.index):
            continue  # «قول أحد البغداديين لم يذكر اسمه: …»، «طلب عدم كشف هويته»: naming no one
        if entry.category == "demand" and tok.index + 1 < len(sent.tokens) and is_a(sent.tokens[tok.index + 1].text, "need"):
            continue  # «إذا دعت الحاجة إلى ذلك»: when need arises, no call (not «مؤكدة الحاجة إلى …»)
        if _affiliated(sent, tok):
            continue  # «بحسب مصدر تابع لها»، «مسجد تابع لقوات الطوارئ»: belonging to, not went on
        if _between_words(sent, tok):
            continue  # «الفرق بين أن تكون …»، «انتشر بين الأندية …»: the preposition «between»
        if word.feat("Person") == "1" or (hit is None and _first_person(tok.text, entry)) or _hamza_first_person(tok.text, entry):
            continue  # «أعتقد أن»، «نعترف أن»، «اعتبرنا»: the author's own voice
        if entry.category == "add" and not entry.preps and _object_pronoun(tok, word):
            continue  # «محمد حسن زاده»، «أضافها محرك البحث»، «تابعه»: a verb of adding that takes an object
            #           adds or follows something; adding to what was said, it takes none (but «ختمها
            #           بعبارة (…)»: one that takes what was said with its preposition ends a speech with it)
        if hit is None and _unlisted_imperfect(tok.text, entry):
            continue  # «يزيد من احتمال …»: the lexicon gives «زاد» (he added) no imperfect
        if not noun and len(tok.words) > 1 and fold(tok.words[0].text) == "ل" and tok.words[0].upos in ("PART", "ADP", "SCONJ") \
                and not (tok.index > 0 and (is_comma(sent.tokens[tok.index - 1].text)
                                            or is_a(sent.tokens[tok.index - 1].text, "resumptive_verb"))):
            continue  # «ليروا أن»، «جاء ليؤكد»: purpose, not a report («…، لتؤكد أنها …»: after a comma,
            #           the «لـ» of consequence goes on with a new report; «ولكنه عاد ليوضح أن …»: he
            #           went back to say more)
        out.append(CueMatch(sent, tok, word, entry, participle, evidence, _negated(sent, tok),
                            _agentless(sent, tok, entry), noun))
    return out


def _object_then_preposition(sent: Sentence, tok: Token, lexicon: Lexicon) -> Optional[tuple[tuple[CueEntry, bool], Word]]:
    """«وحثهم على الحيطة والحذر»، «ودعاهم إلى …»: a cue's finite form with «و»/«ف» and an object pronoun
    on it and its own preposition right after is the verb, however the tagger reads it (a news-trained tagger
    takes «حث» for a noun, urging). The lexicon hit and the verb's word, else None."""
    words = [w for w in tok.words if w.upos != "CCONJ"]
    if len(words) != 2 or words[1].upos != "PRON" or tok.index + 1 >= len(sent.tokens) \
            or tok.words[0].upos != "CCONJ":
        return None  # (with its «و»/«ف», a clause's verb: not «وفي | رده على سؤال», his reply)
    hit = lexicon.match_form(words[0].text)
    if hit is None or hit[1] or not hit[0].preps:
        return None
    nxt = sent.tokens[tok.index + 1]
    return (hit, words[0]) if fold(nxt.words[0].text) in hit[0].preps else None


def _after_lam(tok: Token, lexicon: Lexicon) -> Optional[tuple[CueEntry, bool]]:
    """An imperfect cue with the «لـ» of purpose or consequence written on it («، ليجيب مجتبى سعيد أن
    …»), which the tagger's lemma may miss: the form after the «لـ» (whether it reports is
    decided with the other «لـ» forms)."""
    key = fold(tok.text)
    if len(tok.words) < 2 or fold(tok.words[0].text) != "ل" or not key.startswith("ل") or key[1:2] not in ("ي", "ت"):
        return None
    return lexicon.match_form(key[1:])


def is_imperfect(tok: Token, word: Word) -> bool:
    """Is the cue an imperfect verb (the tagger's aspect, or a finite form with a person prefix)?"""
    if word.feat("Aspect") is not None:
        return word.feat("Aspect") == "Imp"
    return strip_conj(fold(tok.text))[:1] in ("ي", "ت")


def _object_pronoun(tok: Token, word: Word) -> bool:
    """A pronoun written on the token after its verb («زاد+ه»، «أضاف+ها»)."""
    after = tok.words[tok.words.index(word) + 1:] if word in tok.words else []
    return any(w.upos == "PRON" for w in after)


def _counted(toks, k: int) -> bool:
    """Token ``k`` is a number of up to three digits standing alone (not a year: «في 2015 قال …»;
    not the end of a longer one the tokenizer cut up, «الرقم0535819142»), Arabic or Latin."""
    t = toks[k]
    return t.text.isdigit() and len(t.text) <= 3 and (k == 0 or t.start > toks[k - 1].end)


RENEWAL_REACH = 8  # tokens from a verb of saying again («جدد») to its noun of saying («التأكيد»)


def _renewed(sent: Sentence, tok: Token) -> bool:
    """«وجدد الدكتور آل الشيخ التأكيد على أن …»، «وأعادت الوزارة تحذيرها من …»: a noun of saying
    (words.tsv ``renewed_cue``) is the cue when a verb of saying again (``renewal``) stands before
    it in the clause, its subject between them; the verb's subject speaks."""
    if not is_a(tok.text, "renewed_cue"):
        return False
    for t in reversed(sent.tokens[max(0, tok.index - RENEWAL_REACH):tok.index]):
        if is_a_after_conj(t.text, "renewal"):
            return True
        if is_stop(t) or is_complementiser(t) or any(w.upos == "VERB" for w in t.words):
            return False
    return False


INDEFINITE_SUBJECT_MAX = 3  # words of an indefinite subject («مسؤول أمني رفيع») a relative clause may follow


def bare_nominal(t: Token) -> bool:
    """A noun or adjective without the article or a clitic («مسؤول»، «مختلفة»): an indefinite a
    verb after it may describe."""
    return len(t.words) == 1 and t.words[0].upos in ("NOUN", "ADJ") and not fold(t.text).startswith("ال")


def indefinite_subject_before(toks, i: int) -> Optional[int]:
    """Index of the cue before an indefinite noun phrase that ends right before token ``i``
    («وقال | مسؤول أمني | يتابع الملف»): nouns and adjectives without the article or a clitic."""
    k = i - 1
    while k >= 0 and i - k <= INDEFINITE_SUBJECT_MAX and bare_nominal(toks[k]):
        k -= 1
    return k if 0 <= k < i - 1 and toks[k + 1].words[0].upos in ("NOUN", "ADJ") else None  # «دبلوماسي»: a
    #                                                   nisba standing as a noun is tagged an adjective


def _relative_on_subject(sent: Sentence, tok: Token, lexicon: Lexicon) -> bool:
    """«وقال مسؤول يتابع الملف إن …»: a verb right after the indefinite subject of a cue is a
    relative clause on that subject."""
    k = indefinite_subject_before(sent.tokens, tok.index)
    if k is None:
        return False
    hit = lexicon.match_form(sent.tokens[k].text)
    return hit is not None and not hit[1]


def describes_noun(sent: Sentence, cue: CueMatch) -> bool:
    """Does a cue describe the noun before it rather than report: in a relative clause («الوقائع التي
    سبق أن طالبت المحكمة بإحضارها»; words.tsv ``already``), or an imperfect right after an indefinite
    noun or adjective («كتب تكفيرية تحث على القتال»: books that urge)? (Asked of calls with a nominal
    object; a cue with a clause of its own reports whatever it hangs on.)"""
    toks = sent.tokens
    k = cue.index - 1
    if k >= 1 and is_complementiser(toks[k]) and is_a_after_conj(toks[k - 1].text, "already"):
        k -= 2
    if k >= 0 and is_a(toks[k].text, "relative"):
        return True
    prev = toks[cue.index - 1] if cue.index else None
    return prev is not None and not cue.participle and len(prev.words) == 1 and prev.words[0].upos in ("NOUN", "ADJ") \
        and not fold(prev.text).startswith("ال") and prev.words[0].feat("Definite") == "Ind" \
        and is_imperfect(cue.token, cue.word)


def _affiliated(sent: Sentence, tok: Token) -> bool:
    """«تابع» (words.tsv ``affiliated``) right after an indefinite noun and right before «لـ» is the
    adjective «belonging to» («مصدر تابع لها»، «بيان تابع للتنظيم»), not the verb «went on»."""
    toks = sent.tokens
    if not is_a(tok.text, "affiliated") or tok.index == 0 or tok.index + 1 >= len(toks):
        return False
    return bare_nominal(toks[tok.index - 1]) and fold(toks[tok.index + 1].words[0].text) == "ل"


def _relative_on_indefinite(sent: Sentence, tok: Token) -> bool:
    """«في بيان أوردته وكالة الأنباء»: a verb with an object pronoun right after an indefinite
    noun is a relative clause on that noun (Arabic needs no relative pronoun after one)."""
    if tok.index == 0 or len(tok.words) < 2 or tok.words[-1].upos != "PRON" or has_conj(fold(tok.text)):
        return False
    prev = sent.tokens[tok.index - 1]
    return len(prev.words) == 1 and prev.words[0].upos == "NOUN" and not fold(prev.text).startswith("ال")


DOCUMENT_REACH = 8  # tokens after «في» in which the complementiser or colon comes


def _in_document(sent: Sentence, tok: Token) -> bool:
    """«وجاء في البيان الصادر عن الوزارة أن …»، «بيان جاء فيه: …»: «في» (or «فيه/فيها») right
    after the verb, then a complementiser or a colon before the sentence ends."""
    toks = sent.tokens
    if tok.index + 1 >= len(toks) or not is_a(toks[tok.index + 1].text, "in_document"):
        return False
    for t in toks[tok.index + 2:tok.index + 2 + DOCUMENT_REACH]:
        if is_complementiser(t) or t.text == ":":
            return True
        if is_sentence_end(t.text):
            return False
    return False


PAIR_REACH = 6  # tokens after «بين» in which «و» + the second member comes


PREP_MAX = 20  # tokens between a cue read as a preposition and the preposition its verb takes


def _preposition_follows(sent: Sentence, tok: Token, preps: tuple[str, ...]) -> bool:
    """«من جانبه عبر اللاعب علي البليهي عن سعادته»: the verb's own preposition comes after the
    noun phrase, before any stop, complementiser or verb."""
    for t in sent.tokens[tok.index + 1:tok.index + 1 + PREP_MAX]:
        if fold(t.words[0].text) in preps or fold(t.text) in preps:
            return True
        if (is_stop(t) and not is_abbreviation_dot(sent.tokens, t.index)) \
                or is_complementiser(t) or any(w.upos == "VERB" for w in t.words):  # («… د. عبدالله الربيعة عن …»)
            return False
    return False


def _the_preposition(sent: Sentence, tok: Token, entry: CueEntry) -> bool:
    """Is a cue form the tagger reads as a preposition the preposition indeed? Before an oblique
    dual or plural («في ختام جلسات الحوار بين البلدين "…"»: «between the two»); before «X وY»
    («وبين دمشق وحلفائها»), unless the verb's own preposition comes first («وقد عبر والد الشهيد عن
    شكره وتقديره»); for a verb with a preposition of its own, whenever that one does not follow
    («عبر حسابه في تويتر»: «via», not «عبّر عن»)."""
    nxt = sent.tokens[tok.index + 1] if tok.index + 1 < len(sent.tokens) else None
    if nxt is not None and is_complementiser(nxt):
        return False  # «وبين أن هناك خططاً أمنية وتنسيقاً …»: a preposition never takes «أن» right after it
    if SHADDA in tok.written:
        return False  # «بيّن مدير عام الهيئة … والتراث …»، «عبّر»: a preposition is never written with a shadda
    if tok.index > 0 and only_openers(sent.tokens[:tok.index]):
        return False  # «من جانبه، بين وكيل الأمين للتعمير والمشاريع …، أنه …»: after a side opener, the verb
    own = bool(entry.preps) and _preposition_follows(sent, tok, entry.preps)
    return _oblique_after(sent, tok) or (_coordinated_pair(sent, tok) and not own) or (bool(entry.preps) and not own)


def _between_words(sent: Sentence, tok: Token) -> bool:
    """«بين» with no «و» and no shadda written, right after a word of the clause (a noun, an
    adjective, a verb, «من»), is the preposition («يتطلب عملاً متكاملاً بين مختلف الجهات …»، «وهنا يكون
    الفرق بين أن تكون …»): the verb «بيّن» opens its clause — first in the sentence, after a comma,
    a link («كما بين …») or a side opener («من جانبه بين …»). Before a number and «و» + another
    («بين 1994 و2011») it is the preposition wherever it stands."""
    if strip_diacritics(tok.text) != "بين" or SHADDA in tok.written or tok.index == 0:
        return False
    if _number_pair_after(sent.tokens, tok.index):
        return True  # «نائب رئيس "فيفا" بين 1994 و2011:»: between two numbers, whatever the tag
    prev = sent.tokens[tok.index - 1]
    if tok.index > 1 and is_a_pair(sent.tokens[tok.index - 2].text, prev.text, "side_opener"):
        return False
    if is_a_after_conj(prev.text, "report_link") or is_a(prev.text, "subordinator"):
        return False
    if _subject_then_clause(sent.tokens, tok.index):
        return False  # «وفي العملية الثانية بين العقيل أنه …»: its subject, then its clause
    return fold(prev.text) == "من" or (prev.text.isalpha() and prev.words[-1].upos in ("NOUN", "ADJ", "VERB", "NUM", "X")
                                        and not is_a(prev.text, "time"))


SUBJECT_BEFORE_CLAUSE = 4  # tokens of a subject between «بين» and the complementiser of the verb «بيّن»


def _subject_then_clause(toks, i: int) -> bool:
    """After «بين» at ``i``, a few nominal words with no «و» on any (no «بين X وY») and then a
    complementiser: the verb «بيّن», its subject and its clause («بين العقيل أنه …»)."""
    for j in range(i + 2, min(len(toks), i + 2 + SUBJECT_BEFORE_CLAUSE)):
        t = toks[j - 1]
        if len(t.words) != 1 or t.words[0].upos not in ("NOUN", "PROPN", "ADJ", "X") or not t.text.isalpha():
            return False
        if is_complementiser(toks[j]):
            return True
    return False


def _number_pair_after(toks, i: int) -> bool:
    """A number right after token i, then «و» with another («1994 و2011»، «10 و 20»)?"""
    if i + 2 >= len(toks) or not any(ch.isdigit() for ch in toks[i + 1].text):
        return False
    nxt = toks[i + 2].text
    if nxt == "و":
        return i + 3 < len(toks) and any(ch.isdigit() for ch in toks[i + 3].text)
    return nxt.startswith("و") and any(ch.isdigit() for ch in nxt[1:])


def _oblique_after(sent: Sentence, tok: Token) -> bool:
    """A dual or plural in the oblique case («البلدين»، «الجانبين»، «طرفين») right after the word:
    the object of a preposition, never the subject a verb would have there («البلدان»، «طرفان»)."""
    if tok.index + 1 >= len(sent.tokens):
        return False
    key = fold(sent.tokens[tok.index + 1].text).rstrip("؛;،,.")
    return key.endswith("ين") and len(key) > (5 if key.startswith("ال") else 4)


def _coordinated_pair(sent: Sentence, tok: Token) -> bool:
    """«بين X وY»: a noun after the word, then «و» + another noun before any
    complementiser, colon or verb."""
    toks = sent.tokens
    for k in range(tok.index + 2, min(len(toks), tok.index + 1 + PAIR_REACH)):
        t = toks[k]
        if is_complementiser(t) or t.text == ":" or any(w.upos == "VERB" for w in t.words):
            return False
        if has_conj(fold(t.text)) and len(t.words) > 1 and t.words[1].upos in NOMINAL_UPOS:
            return True
    return False


def _spelling(surface: str) -> str:
    """The verb as written (hamza kept, unlike ``fold``), without a و/ف before it."""
    s = strip_diacritics(surface)
    return strip_conj(s, longer_than=4)


def _first_person(surface: str, entry: CueEntry) -> bool:
    """A verb the lexicon does not list (it lists 3rd-person forms only) that is
    spelt as a 1st person: أ/ن + imperfect («أعتقد»، «نعترف»), perfect + نا. A verb
    whose perfect begins with أ takes an object pronoun there («وأبلغها أن …»)."""
    s = _spelling(surface)
    if len(s) == 4 and s[0] in "وف" and s[1] == "ن":
        s = s[1:]  # «ونرى»: «و» + a three-letter 1st person
    if len(s) == 3:
        return s[0] == "ن" and not entry.lemma.startswith("ن")  # «نرى»; not «نقل»
    return len(s) > 3 and ((s[0] == "أ" and not entry.lemma.startswith("أ")) or s[0] == "ن" or s.endswith("نا"))


def _unlisted_imperfect(surface: str, entry: CueEntry) -> bool:
    """A form found by its lemma alone, spelt as an imperfect («يزيد»، «سيزيد»), of a cue the lexicon
    reports with in the perfect only (cues.tsv imperfect «-», no imperfect written out: «زاد» is «he
    added», «يزيد» «it increases»)."""
    s = strip_conj(_spelling(surface), longer_than=3)
    if s.startswith("س") and len(s) > 3:
        s = s[1:]
    return s[:1] in ("ي", "ت") and not any(f[:1] in ("ي", "ت") for f in entry.finite_forms)


def _hamza_first_person(surface: str, entry: CueEntry) -> bool:
    """«أعتقد» folds to the perfect «اعتقد» (he believed), but a lemma that starts
    with a plain alef never takes a hamza: written أ, it is «I believe»."""
    return _spelling(surface).startswith("أ") and entry.lemma.startswith("ا")


def _impersonal(sent: Sentence, tok: Token) -> bool:
    if not is_a_after_conj(tok.text, "impersonal"):
        return False
    return tok.index + 1 < len(sent.tokens) and is_complementiser(sent.tokens[tok.index + 1])


def _agentless(sent: Sentence, tok: Token, entry: CueEntry) -> bool:
    """A passive reporting form right before its complementiser (or its
    preposition and complementiser: «يشار إلى أن»), or «ذكره» after «الجدير» («والجدير ذكره أن
    …»: it is worth saying that; words.tsv ``worth``); a colon or comma may stand before the
    complementiser («ويقال: إن …»، «الجدير ذكره، أنه …»)."""
    worth = tok.index > 0 and is_a_after_conj(sent.tokens[tok.index - 1].text, "worth")
    if spelt_as(tok.text, "asked_passive"):
        return True  # «وسئلت عائشة: هل …؟»: the one asked is no agent; the question is no one's named
    if not is_a_after_conj(tok.text, "agentless") and not worth and not written_passive(tok):
        return False
    said = is_a_after_conj(tok.text, "said_passive")  # «قيل»، «يقال»: before a colon too
    told = told_phrase_end(sent.tokens, tok.index + 1) if said else None
    if told is not None:
        return True  # «قيل لبشر الحافي -رحمه الله-: إن …»: said to him, by no one named
    toks = sent.tokens[tok.index + 1:tok.index + 4]
    if toks and toks[0].text in (":", "،", ","):
        if said and toks[0].text == ":":
            return True  # «قيل: ثم ماذا؟»: what was said, by no one named
        toks = toks[1:]  # «ويقال: إن …»، «الجدير ذكره، أنه …»
    if toks and (fold(toks[0].text) in entry.preps or is_preposition_with_pronoun(toks[0])):
        toks = toks[1:]  # «يشار إلى أن»، «قيل لي إن»: the one told is no agent either
        if said and toks and toks[0].text == ":":
            return True  # «قيل لي: …»
    return bool(toks) and is_complementiser(toks[0])


OBJECT_PRONOUNS = ("هما", "هم", "ها", "ه")


def makes_known(tok) -> bool:
    """The verb of «وفق ما أوردته X»: a reporting cue of the lexicon or a verb of publishing (words.tsv
    ``publishing``), with or without the pronoun that points back to «ما» («ذكره»، «تراه»)."""
    forms = {tok.text, tok.words[0].text}
    for f in list(forms):
        for p in OBJECT_PRONOUNS:
            if fold(f).endswith(p) and len(fold(f)) > len(p) + 1:
                stem = fold(f)[:-len(p)]
                forms |= {stem, stem[:-1] + "ى" if stem.endswith("ا") else stem}
                break
    return any(active_lexicon().match_form(f) or is_a(f, "publishing") for f in forms)


def written_passive(tok: Token) -> bool:
    """«وأُعلن أن …»، «ذُكر أن …»: a perfect the original writes with a damma on its first letter is
    passive (an active perfect never opens so; an imperfect's «يُ»/«تُ» may be active: «يُعلن»; a
    participle's «مُ» is: «مُضيفاً»)."""
    w = strip_conj(tok.written) if has_conj(fold(tok.written)) else tok.written
    return len(w) > 2 and w[1] == DAMMA and w[0] not in "يتنم"


def _negated(sent: Sentence, tok: Token) -> bool:
    if tok.index == 0:
        return False
    prev = sent.tokens[tok.index - 1]
    return is_a(prev.text, "negator") or any(is_a(w.text, "negator") for w in prev.words if w.upos == "PART")
