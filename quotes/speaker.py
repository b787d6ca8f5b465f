"""Find-speaker step: the mention that names who said it.

Tree evidence: the cue's ``nsubj``, trimmed to the noun phrase (titles,
names, appositions) without circumstantial phrases or the addressee.
Surface evidence: the noun phrase right after the cue (verb–subject order),
skipping time words, when the tree has none.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Optional

from .agreement import sure_gender, word_agreement
from .doc import Sentence, Token, Word
from .lexicon import active_lexicon
from .normalize import CONJUNCTIONS, FATHATAN, fold, has_conj, strip_article, strip_conj, strip_diacritics
from .words import (told_phrase_end, DASHES, NAME_UPOS, hamza_says_otherwise, heads_class, is_a, is_elative, is_a_after_conj, is_a_pair, is_comma, is_complementiser, is_complementiser_word, is_free_relative,
                    is_abbreviation_dot, is_initial, is_preposition_with_pronoun,
                    is_nisba, is_person_noun, is_plural_nisba, is_relation_adjective, is_title_noun, is_sentence_end, is_speech_event, is_stop, statement_word,
                    in_initials, kana_lemma, letter_n, spelt_as, split_preposition_pronoun, time_phrase_at, token_is_a, POSSESSIVE)

NP_UPOS = {"NOUN", "PROPN", "ADJ", "X", "NUM", "DET"}
SUBJECT_RELS = {"nsubj", "nsubj:pass"}
VERB_DEPENDENTS = {"obj", "ccomp"}


@dataclass
class SpeakerMatch:
    first: int  # token indices, inclusive
    last: int
    head: Word
    evidence: str  # tree | surface | clause (the subject of the clause before «عندما») | relay …
    relative: bool = False  # «والذي قال»: the mention is a relative pronoun
    addressee: Optional[tuple[int, int]] = None  # «وقال لـ"الاقتصادية" حسن …»: told before the speaker

    def tokens(self, sent: Sentence) -> list[Token]:
        return sent.tokens[self.first:self.last + 1]


def _starts_with_prep(tok: Token) -> bool:
    first = tok.words[0]
    return (first.upos == "ADP" and len(tok.words) > 1) or fold(tok.text).startswith(("لل",))


def _np_word(tok: Token) -> bool:
    return any(w.upos in NP_UPOS for w in tok.words) and not any(w.upos == "VERB" for w in tok.words)


STOP = -1  # a step's answer: the noun phrase ends before this token


def _quoted_name(toks: list[Token], first: int, j: int, limit: int) -> Optional[int]:
    return quoted_name_end(toks, j, limit) or None  # «رئيس شركة "أرامكو"»


def _name_after_honorific(toks: list[Token], first: int, j: int, limit: int) -> Optional[int]:
    """After an honorific a name comes, even one spelt like a preposition or read as
    one («الشيخ علي جمعة»: «علي» is also «على»)."""
    if not is_a(toks[j - 1].text, "honorific"):
        return None
    if j - 2 >= first and fold(toks[j - 1].text).startswith("ال") and (
            _name_word(toks[j - 2]) or is_a(toks[j - 2].text, "name_link")):
        return j if _name_word(toks[j]) else None  # «صالح بن عبد الله القاضي | منسوبي الأمانة»: after a
        #   name, a family name, which a word the tagger reads as a name may go on («فائق الشيخ علي»)
    return j if _name_part(toks, j, limit) else None


def _complementiser(toks: list[Token], first: int, j: int, limit: int) -> Optional[int]:
    """«ونوه إبراهيم الدخيل | بانه يعيش …»: a complementiser opens the content, whatever the tagger
    reads in it (a name «بان» + a pronoun); «آن باترسون», written with «آ», is a name."""
    return STOP if is_complementiser(toks[j]) and not strip_diacritics(toks[j].text).startswith("آ") \
        and not letter_n(toks, j) else None  # («شبكة سي إن إن»: the letter N)


def _comma_apposition(toks: list[Token], first: int, j: int, limit: int) -> Optional[int]:
    if is_comma(toks[j].text):
        return _apposition_after(toks, first, j, limit) or None
    return None


def _named_as(toks: list[Token], first: int, j: int, limit: int) -> Optional[int]:
    """«مسؤولة بوزارة الصحة | تدعى نارونج سايونج»، «أحد المغردين | ويدعى أندريس هرناندوز»: the
    passive «is called» and the name after it belong to the speaker (words.tsv ``named_passive``)."""
    if not spelt_as(toks[j].text, "named_passive"):
        return None
    k = j + 1
    while k < limit and _name_word(toks[k]):
        k += 1
    return k - 1 if k > j + 1 else None


def _abbreviation_dot(toks: list[Token], first: int, j: int, limit: int) -> Optional[int]:
    if is_abbreviation_dot(toks, j) and j + 1 < limit:
        return j  # «م. عجب بن عبدالله القحطاني»، «د. شوقي علام»
    return None


def _addressee_after_name(toks: list[Token], first: int, j: int, limit: int) -> Optional[int]:
    """«… جوزيف بلاتر | للرئيس الروسي فلاديمير بوتين»: «ل» + a noun right after a person's name
    is whom he spoke to, not more of his name or title (a name takes no «ل» genitive)."""
    t, prev = toks[j], toks[j - 1]
    if not (len(t.words) == 2 and t.words[0].upos == "ADP" and fold(t.words[0].text) == "ل"
            and len(prev.words) == 1 and prev.words[0].upos in NAME_UPOS
            and j - 1 > first and any(w.upos in NAME_UPOS for w in toks[j - 2].words)):
        return None
    noun = t.words[1]  # someone spoken to: a title, a dignitary, a body or a name («لمستشفى … للعيون» goes on)
    key = strip_article(fold(noun.text))
    if noun.upos in NAME_UPOS or is_title_noun(key) or is_a(key, "institution") or is_a("ال" + key, "honorific"):
        return STOP
    return None


def _outlet_body_told(toks: list[Token], first: int, j: int, limit: int) -> Optional[int]:
    """«روي هودجسون مدرب إنجلترا | لهيئة الإذاعة البريطانية (بي.بي.سي)»: the outlet told, not more of
    the speaker's title (``outlet_body_told``)."""
    return STOP if j > first and outlet_body_told(toks, j, limit) else None


def outlet_body_told(toks: list[Token], j: int, limit: int) -> bool:
    """«ل» + a body named by a medium (words.tsv ``media_body`` + ``media``: «لهيئة الإذاعة البريطانية») right
    after a name word: the outlet the speaker told. After a title («المدير العام لهيئة الإذاعة …») it is the
    title's genitive."""
    t = toks[j]
    if j == 0 or j + 1 >= limit or len(t.words) != 2 or fold(t.words[0].text) != "ل" \
            or not is_a(fold(t.words[1].text), "media_body"):
        return False
    return is_a(strip_article(fold(toks[j + 1].text)), "media") and any(w.upos in NAME_UPOS for w in toks[j - 1].words)


def _relative_on_indefinite(toks: list[Token], first: int, j: int, limit: int) -> Optional[int]:
    """«أرقام نشرتها وزارة النفط»، «بيانات أصدرها المركز»: a verb with the pronoun of the
    indefinite noun right before it (a relative clause on it), then who made the document: the
    source goes on through them, though the verb is spelt like a cue."""
    t, prev = toks[j], toks[j - 1]
    if j - 1 != first or len(t.words) != 2 or t.words[0].upos != "VERB" or t.words[1].upos != "PRON" \
            or len(prev.words) != 1 or prev.words[0].upos != "NOUN" or fold(prev.text).startswith("ال"):
        return None
    nxt = toks[j + 1] if j + 1 < limit else None
    return j if nxt is not None and not is_stop(nxt) and any(w.upos in NP_UPOS for w in nxt.words) else None


def _clause_word(toks: list[Token], first: int, j: int, limit: int) -> Optional[int]:
    t = toks[j]
    if is_a(toks[j - 1].text, "name_link") and _name_part(toks, j, limit):
        return j  # «أبو يعرب المرزوقي»: a name, though «يعرب» is spelt like a cue
    if is_a(t.text, "time") and len(t.words) == 1 and _media_head_in_construct(toks[j - 1]):
        return j  # «صحيفة صباح الموالية للحكومة»، «صحيفة الغد الأردنية»: the paper's name
    if is_stop(t) or is_a(t.text, "time") or is_a(t.text, "adverb") or is_a(t.text, "saying") \
            or is_a(t.text, "verb_particle") or is_a(t.text, "negator") or active_lexicon().match_form(t.text):
        return STOP  # «الهريفي قد كتب»، «… قائلاً»
    return None


def _media_head_in_construct(t: Token) -> bool:
    """«صحيفة»، «جريدة»، «قناة» without the article (words.tsv ``media``): a name follows it."""
    key = strip_conj(fold(t.text))
    return len(t.words) <= 2 and not key.startswith("ال") and is_a(key, "media")


def _coordinated_name(toks: list[Token], first: int, j: int, limit: int) -> Optional[int]:
    return j if _conj_name_part(toks, j, limit) else None


def _age_after(toks: list[Token], first: int, j: int, limit: int) -> Optional[int]:
    """«وروى الناجي سوناو تسوبوي | البالغ 90 عاما لـ…»: «aged» and a number (words.tsv ``age_adjective``)
    end the speaker's phrase, whatever the tree hangs it on."""
    if j + 1 < limit and is_a(toks[j].text, "age_adjective") and any(w.upos == "NUM" for w in toks[j + 1].words):
        return STOP
    return None


def _name_particle(toks: list[Token], first: int, j: int, limit: int) -> Optional[int]:
    """«نويل | لو جريت رئيس الاتحاد الفرنسي»: a European name's particle goes on with the name, the
    word after it too, whatever the tagger made of them («لو»: «if»; «جريت»: a verb)."""
    return j + 1 if name_particle_at(toks, j, limit) else None


def _name_suffix(toks: list[Token], first: int, j: int, limit: int) -> Optional[int]:
    """«محمد حسن | زاده»: a family name's last word (words.tsv ``name_suffix``) cut into a verb and
    a pronoun is no possessed noun and no verb: the name goes on (``_name_part``). It ends the
    name: a bare common noun after it that is no title opens the verb's object, whatever the
    tree makes of it («أكد … محمد رضا نعمت زاده | وجود خطط …»)."""
    t = toks[j]
    if is_a(t.text, "name_suffix") and _name_part(toks, j, limit):
        return j
    if is_a(toks[j - 1].text, "name_suffix") and len(t.words) == 1 and t.words[0].upos == "NOUN" \
            and not fold(t.text).startswith("ال") and not _apposition_word(t):
        return STOP
    return None


def _possessed_after_name(toks: list[Token], first: int, j: int, limit: int) -> Optional[int]:
    t = toks[j]
    if is_a(t.text, "honorific_pronoun") and any(
            w.upos in NAME_UPOS for tok in toks[first:j] for w in tok.words):
        return STOP  # «أبدى … عادل آل عمر | سعادته بردود …»: after a name, his joy (a pronoun of respect
        #              stands for a name, never comes after one)
    if not any(w.upos in NAME_UPOS for w in toks[j - 1].words) or is_a(toks[j - 1].text, "name_link") \
            or is_a(toks[j - 1].text, "compound_given"):
        return None  # «بن عبدالله»: a name, whatever the splitter did; «عبد ربه منصور هادي»: the given
        #              name's second word, not a noun with its pronoun
    if len(t.words) > 1 and t.words[-1].upos == "PRON" and t.words[0].upos != "ADP":
        return STOP  # «مايك بومبيو نظيريه»: a possessed noun after a name is the object (not a
        #              preposition's pronoun: «ابن الستيني المفرج | عنه غزاي …», the released man's son)
    w = t.words[0]
    if len(t.words) == 1 and w.upos == "NOUN" and w.deprel == "obj" and strip_diacritics(t.text).endswith(POSSESSIVE) \
            and _hangs_on_verb_before(toks, first, w):
        return STOP  # «وقدم بلاتر | استقالته»: the splitter left the pronoun on; the tree's object
    return None


def _plural_after_name(toks: list[Token], first: int, j: int, limit: int) -> Optional[int]:
    """«عدَّ … الشيخ الدكتور عبدالرحمن السديس | الشباب في الأمة كنزها»، «دعا … سعد المنيف |
    المرشحين إلى …»: a definite plural after a name is no part of it (a name is no plural; the
    tree's ``flat`` says otherwise): it opens the verb's object. Not a title, body or outlet
    («… أوباما | المسؤولين» would be one), not after «بن»/«آل»."""
    t, prev = toks[j], toks[j - 1]
    if len(t.words) != 1 or len(prev.words) != 1 or is_a(prev.text, "name_link"):
        return None
    title = is_title_noun(prev.text) and fold(prev.text).startswith("ال") and prev.words[0].feat("Number") == "Sing"
    if prev.words[0].upos not in NAME_UPOS and not title:
        return None  # («ودعا الرئيس | المواطنين»: nor after a title, which agrees with what describes it)
    w = t.words[0]
    if w.upos not in ("NOUN", "ADJ") or w.feat("Number") != "Plur" or not fold(w.text).startswith("ال") \
            or is_nisba(t.text):
        return None  # («المطرب | الإماراتي»: a singular adjective of relation the tagger calls plural)
    key = strip_article(fold(t.text))
    if is_title_noun(t.text) or is_a(key, "institution") or (
            (is_a(key, "media") or is_a(t.text, "media")) and not is_plural_nisba(t.text)):
        return None  # (but the press's people: «أبلغت سوزان رايس | الصحافيين أن …»)
    names = sum(1 for tok in toks[first:j] for x in tok.words if x.upos in NAME_UPOS)
    if names < 2 and not fold(prev.text).startswith("ال") and prev.words[0].feat("Foreign") != "Foreign":
        return None  # «المواطن محمد | القشانين»: after a first name alone, a surname in «ين» (not after
        #              a foreign one: «دعا أوباما | الحاضرين»)
    return STOP


def _institution_after_name(toks: list[Token], first: int, j: int, limit: int) -> Optional[int]:
    """«ودعا حامد | وزارة الداخلية الاتحادية إلى …»: a body's noun (words.tsv ``institution``) in the
    construct state with its genitive after it, right after a name word, is no part of the name (a
    name takes no genitive) nor a title of it: it opens the verb's object. (After a body's own name,
    «قالت فيتش وكالة التصنيف …», the name alone is the speaker all the same.)"""
    t, prev = toks[j], toks[j - 1]
    nxt = toks[j + 1] if j + 1 < limit else None
    if len(t.words) != 1 or t.words[0].upos not in ("NOUN", "PROPN") or fold(t.text).startswith("ال") \
            or not is_a(fold(t.text), "institution") or not _name_word(prev) or is_a(prev.text, "name_link") \
            or is_a(prev.text, "honorific") or is_title_noun(prev.text):
        return None  # (the tagger may read the body's noun as a name: «ضاحي خلفان | ميليشيا الحوثي»)
    genitive = nxt is not None and not is_stop(nxt) and (
        any(w.upos in ("NOUN", "PROPN") for w in nxt.words) or (nxt.words[0].upos == "ADJ" and fold(nxt.text).startswith("ال")))
    if nxt is None or not (genitive or quoted_name_end(toks, j + 1, limit)):
        return None  # (its genitive may be a quoted name, or a name read as a nisba: «اوغلو | تنظيم "داعش"»،
        #              «خلفان | ميليشيا الحوثي»)
    return STOP


def _construct_after_country(toks: list[Token], first: int, j: int, limit: int) -> Optional[int]:
    """«ورفضت روسيا | خطط الولايات المتحدة …، قائلة …»: a country's name (words.tsv ``country``) takes
    no genitive, so a bare common noun right after it — no title, person, adjective of relation or
    time word — opens the verb's object."""
    t, prev = toks[j], toks[j - 1]
    if len(t.words) != 1 or len(prev.words) != 1 or not is_a(prev.text, "country") or t.words[0].upos != "NOUN":
        return None
    if fold(t.text).startswith("ال") or is_title_noun(t.text) or is_person_noun(t.text) or is_nisba(t.text) \
            or is_a(fold(t.text), "time") or _apposition_word(t):
        return None
    return STOP


def _country_after_name(toks: list[Token], first: int, j: int, limit: int) -> Optional[int]:
    """«ودعت مصر | إسرائيل إلى …»، «وطالب الرئيس الأمريكي باراك أوباما | روسيا بوقف …»، «دعت الولايات
    المتحدة | فنزويلا الى …»: a country's name (words.tsv ``country``) right after a name word, a
    country, a definite nisba or a definite common noun is no genitive of it (a name or a word with the
    article takes none): it opens the verb's object. After a
    title it is the title's country («رئيس وزراء | إسرائيل»), after a preposition the place."""
    t, prev = toks[j], toks[j - 1]
    if len(t.words) != 1 or not is_a(t.text, "country") or len(prev.words) != 1:
        return None
    w = prev.words[0]
    definite = fold(prev.text).startswith("ال")
    named = w.upos in NAME_UPOS and not is_title_noun(prev.text) and not is_a(prev.text, "honorific")
    nisba = w.upos == "ADJ" and definite
    body = w.upos == "NOUN" and definite and not is_title_noun(prev.text)  # «وطالب الأزهر | إيران»
    return STOP if named or nisba or body or is_a(prev.text, "country") else None


def _place_after_name(toks: list[Token], first: int, j: int, limit: int) -> Optional[int]:
    """«المسؤول في الفاو دومينيك بورجون | في روما "…"»: «في» after a name of two words says where
    he spoke, unless a name or an honorific follows the place («… بجامعة الملك سعود في الرياض
    الدكتور …»: the place of a body before its holder)."""
    if fold(toks[j].text) != "في" or len(toks[j].words) != 1 or not _after_two_name_words(toks, first, j) \
            or strip_article(fold(toks[j - 1].text)).startswith(("مت", "مخت", "مست")):
        return None  # («سمير بن عمر المتخصص | في شؤون الإرهاب»: a participle the tagger read as a name)
    ahead = toks[j + 1:min(limit, j + TITLE_PLACE_MAX + 3)]
    if any(is_a(t.text, "honorific") for t in ahead) or name_after_place(toks, j + 1, limit) \
            or any(w.upos in NAME_UPOS for t in ahead[1:2] for w in t.words):
        return None
    return STOP


def _quoted_body_of_title(toks: list[Token], first: int, j: int, limit: int) -> Optional[int]:
    """«الأمين العام | لـ«حزب الله» اللبناني حسن نصر الله»: «لـ» + a quoted name after a title that
    has no name yet, then the holder's name (a nisba or two before it): the body the title heads,
    not an outlet told; so is «بـ» + a quoted name («مدير إدارة الطوارئ والأزمات | بـ"صحة جازان"
    عبدالرحمن دغريري»: where he works; no outlet is told with «ب»). The index of the closing mark,
    else None."""
    ba = fold(toks[j].text) == "ب" and len(toks[j].words) == 1
    outlet = not is_bare_lam(toks[j]) and is_addressee(toks[j])  # «لصحيفة "سبق"»
    if not (is_bare_lam(toks[j]) or ba or outlet) or j + 1 >= limit or not _unnamed_title(toks, first, j):
        return None
    end = quoted_name_end(toks, j + 1, limit)
    k = end + 1
    while end and k < limit and k <= end + 2 and is_nisba(toks[k].text) and fold(toks[k].text).startswith("ال"):
        k += 1  # «اللبناني»
    if end and k < limit and is_comma(toks[k].text) and _honorific_apposition(toks, k, limit, first):
        return end  # «المدير العام لصحيفة "سبق"، الأستاذ علي الحازمي:»، «الأمين العام لـ«حزب الله»، حسن نصر
        #             الله، إن»: the holder's name after a comma, so the body he heads, not an outlet told
    body = ba or k > end + 1 or any(is_a(strip_article(fold(t.text)), "institution") for t in toks[j + 2:end])
    if end and body and not outlet and k < limit and (is_a(toks[k].text, "honorific") or _name_word(toks[k])):
        return end  # (a body: a nisba after it or an institution's word in it; «المتحدث لـ«عكاظ» محمد …» is told)
    return None


def _principal_of_title(toks: list[Token], first: int, j: int, limit: int) -> Optional[int]:
    """«المبعوث الخاص | لهولاند نيكولا هولو»، «المستشار الإعلامي | لعباس نمر حماد»: «ل» + a name after
    a title with no name yet, and the holder's name right after it: whose envoy he is, not whom he
    told (an outlet told is not followed by a name: «المتحدث الرسمي | لرويترز إن …»)."""
    t = toks[j]
    if len(t.words) != 2 or t.words[0].upos != "ADP" or fold(t.words[0].text) != "ل" \
            or t.words[1].upos not in NAME_UPOS or j + 1 >= limit or not _unnamed_title(toks, first, j):
        return None
    told = _after_lam(fold(t.text))
    if is_a(told, "outlet") or is_a(told, "media"):
        return None
    nxt = toks[j + 1]
    return j if is_a(nxt.text, "honorific") or _name_word(nxt) else None


def _unnamed_title(toks: list[Token], first: int, j: int) -> bool:
    """Is the phrase before ``j`` a title (``_person_head``) that names no one yet?"""
    return _person_head(toks, first, j) and not any(w.upos in NAME_UPOS for t in toks[first:j] for w in t.words)


def _after_two_name_words(toks: list[Token], first: int, j: int) -> bool:
    """Do the two tokens of the phrase right before ``j`` end on words the tagger reads as names
    («دومينيك بورجون | في روما»، «علي بونجو اونديمبا | بوضع …»)?"""
    return j - 2 >= first and all(toks[k].words[-1].upos in NAME_UPOS for k in (j - 2, j - 1))


def _title_preposition(toks: list[Token], first: int, j: int, limit: int) -> Optional[int]:
    if is_a(toks[j].text, "title_prep") and _first_name(toks, j, limit):
        return None  # «رئيس الغابون | علي بونجو اونديمبا»: a first name, not «على»
    if is_a(toks[j].text, "title_prep") and j - 2 > first and _name_word(toks[j - 1]) and _name_word(toks[j - 2]) \
            and not any(has_conj(fold(t.text)) for t in toks[j - 2:j]) and not _participle_shape(toks[j - 1]) \
            and any(is_title_noun(strip_conj(fold(t.text))) for t in toks[first:j - 2]):
        return None  # «وصل الرئيس الأمريكي باراك أوباما | إلى كينيا»: the title ended with its holder's name
        #              (two name words: one may be the title's place, «مندوبة واشنطن لدى الأمم المتحدة …»;
        #              not a participle the tagger reads as a name: «سمير بن عمر المتخصص | في شؤون الإرهاب»)
    if fold(toks[j].text) == "في" and j + 1 < limit and (_name_word(toks[j + 1]) or is_a(toks[j + 1].text, "country")) \
            and not is_a(toks[j + 1].text.split("/")[0], "month") \
            and (j + 2 >= limit or is_comma(toks[j + 2].text) or is_complementiser(toks[j + 2])):
        return j + 1  # «ثالثة كبرى شركات السيارات | في اليابان أن …»: where the body is, closing the phrase
    if is_a(toks[j].text, "title_prep") and j + 1 < limit and (_person_head(toks, first, j)
                                                                or name_after_place(toks, j + 1, limit)):
        nxt = toks[j + 1]
        if nxt.text in QUOTE_OPEN and (close := quoted_name_end(toks, j + 1, limit)):
            return close  # «متحدثون من «داعش»»: the body in quote marks
        if not is_speech_event(nxt.text) and _np_word(nxt) and not is_a(nxt.text, "time") and not is_a(nxt.text, "time_span") \
                and not is_a(nxt.text, "complementiser") and not fold(nxt.text).startswith(("جهت", "جانب", "ناحي")) \
                and not is_a(nxt.text, "circumstance_noun"):  # («القاضية | في محاولة لتفسير …»)
            return j + 1  # «مسؤول في وزارة الخارجية»، «المشرف على الفعالية»
    return None


def _participle_shape(t: Token) -> bool:
    """«المتخصص»، «المختص»، «المشرف»: a derived participle with the article (ال + م…, no nisba «ي» at the
    end), which takes a preposition of its own however the tagger reads it."""
    key = fold(t.text)
    return key.startswith("الم") and len(key) >= 6 and not key.endswith("ي")


TITLE_PLACE_MAX = 4  # words of the organisation or place between a title's preposition and the name


def name_after_place(toks: list[Token], j: int, limit: int) -> bool:
    """«المعارض البارز في المعارضة السورية ميشيل كيلو»، «استاذ العلوم السياسية في الجامعة
    الاميركية اشرف الشريف»: after the preposition a definite organisation or place and then a
    name: the words before it were a title, whatever its noun."""
    construct = j + 1 < limit and len(toks[j].words) == 1 and toks[j].words[0].upos == "NOUN" \
        and fold(toks[j + 1].text).startswith("ال")  # «في مجلس الشيوخ الأمريكي ميتش مكونيل»
    if j >= limit or not (fold(toks[j].text).startswith("ال") or construct):
        return False
    for k in range(j, min(limit, j + TITLE_PLACE_MAX + 1)):
        t = toks[k]
        if len(t.words) != 1 or is_stop(t) or is_complementiser(t) or is_a(t.text, "time"):
            return False
        upos = t.words[0].upos
        if upos in NAME_UPOS and not fold(t.text).startswith("ال"):
            return k > j and not active_lexicon().match_form(t.text)
        if upos not in ("NOUN", "ADJ") or not (fold(t.text).startswith("ال") or (k == j and construct)):
            return False
    return False


def _partitive(toks: list[Token], first: int, j: int, limit: int) -> Optional[int]:
    if fold(toks[j].text) == "من" and j + 1 < limit and (is_a(toks[j - 1].text, "quantifier")
                                                        or is_a(toks[j - 1].text, "percent")) \
            and _np_word(toks[j + 1]):
        return j + 1  # «عدد من المسؤولين الفلسطينيين»، «43 في المائة من المستطلعين»
    return None


def _percent_share(toks: list[Token], first: int, j: int, limit: int) -> Optional[int]:
    """«وقال 43 في المائة من المستطلعين إنهم …»، «ورأى 10.2% من عينة الدراسة أن …»: a share
    speaks — the number, its percent (words.tsv ``percent``) and the partitive after it, not
    the number alone («ورأى اثنان في المئة»: a number word too)."""
    if j != first + 1 or not (any(ch.isdigit() for ch in toks[first].text)
                              or (len(toks[first].words) == 1 and toks[first].words[0].upos == "NUM")):
        return None
    if is_a(toks[j].text, "percent"):
        return j
    if j + 1 < limit and is_a_pair(toks[j].text, toks[j + 1].text, "percent"):
        return j + 1
    return None


def _source_link(toks: list[Token], first: int, j: int, limit: int) -> Optional[int]:
    return j if fold(toks[j].text) == "عن" and is_a(toks[j - 1].text, "source_link") else None


BODY_NAME_REACH = 3  # tokens from a body's noun to the «من أجل» its name holds


def _purpose_in_body_name(toks: list[Token], first: int, j: int, limit: int) -> Optional[int]:
    """«منظمة اطباء | من اجل حقوق الانسان»: «من أجل» (words.tsv ``purpose_in_name``) a word or two after
    a body's noun in construct (no article: the name follows it) is its name's (Doctors for Human
    Rights): the phrase goes on past «أجل». Not right after the noun, nor after one with the article
    («النادي | من أجل تمديد عقده»: what for)."""
    if j + 2 >= limit or not is_a_pair(toks[j].text, toks[j + 1].text, "purpose_in_name"):
        return None
    return j + 1 if any(_institution(t) and not strip_conj(fold(t.text)).startswith("ال")
                        for t in toks[max(first, j - BODY_NAME_REACH):j - 1]) else None


def _circumstance(toks: list[Token], first: int, j: int, limit: int) -> Optional[int]:
    t = toks[j]
    if time_phrase_at(toks, j, limit):
        return STOP  # «وذكرت صحيفة نيويورك تايمز | أول من أمس أن …»
    if is_a(t.text, "year_word") and j + 1 < limit and toks[j + 1].text.isdigit():
        return STOP  # «ولدت الرسامة الأميركية مارغريت كين | عام 1927»: a date, not a title's «عام»
    if _circumstantial_adjective(t) and not _circumstantial_adjective(toks[first]) \
            and not (j + 1 < limit and any(w.upos in NAME_UPOS for w in toks[j + 1].words)):
        return STOP  # «ظريف | مخاطباً نواب البرلمان»; but «لكن خبيراً قانونياً»: the phrase is
    #                  accusative; «والي الخرطوم المعين حديثاً عبد الرحيم …»: the name goes on
    if is_a(t.text, "circumstantial_prep") and _first_name(toks, j, limit):
        return None  # «… العراقي علي العلاق»: a first name, not «على»
    return STOP if is_a(t.text, "circumstantial_prep") or is_complementiser(t) else None  # «انها»: with its pronoun too


def _honorific(toks: list[Token], first: int, j: int, limit: int) -> Optional[int]:
    t = toks[j]
    if not is_a(t.text, "honorific") or (j > first and is_a(toks[j - 1].text, "name_link")):
        return None  # («… عبدالعزيز بن عبدالله آل | الشيخ»: after «آل» or «بن», a family's name)
    if _named_in_full(toks, first, j) and j + 2 < limit and _name_word(toks[j + 1]) and _name_word(toks[j + 2]):
        return STOP  # «وشكر … المهندس محمد بن عبد الرحمن المخرج | الأمير خالد الفيصل على …»: a second person
    if j + 1 < limit and (not is_stop(toks[j + 1]) or (len(t.text) == 1 and toks[j + 1].text == ".")):
        return j  # «م» read as a preposition: an abbreviated title before a name
    return None


def _named_in_full(toks: list[Token], first: int, j: int) -> bool:
    """An honorific, then two name words or more, right before ``j``: a person named in full,
    so an honorific with a name of its own at ``j`` opens another person (the verb's object);
    one name word after an honorific may be followed by a family name an honorific spells
    («صالح بن عبد الله القاضي»، «فائق الشيخ علي»)."""
    k = j - 1
    while k >= first and (_name_word(toks[k]) or is_a(toks[k].text, "name_link")):
        k -= 1
    if k < first or j - 1 - k < 2 or not is_a(toks[k].text, "honorific") or is_a(toks[j - 1].text, "compound_given"):
        return False  # («عبد اللطيف بن عبد | الملك آل الشيخ»: «الملك» ends a given name)
    before = toks[k - 1] if k > first else None
    return before is None or not (before.words[-1].upos == "NOUN" and not fold(before.words[-1].text).startswith("ال")
                                  and not strip_conj(fold(before.text)).startswith("ال"))
    #   (a noun in the construct state before it names a place after a person: «مستشفى الملك سعود
    #   بعنيزة | الدكتور عبدالله الموسى» is one title and its holder; so with a preposition on the
    #   noun: «عضو هيئة التدريس بجامعة الملك عبدالعزيز المبتعث | الدكتور عبدالرحيم الوافي»)


def _function_word(toks: list[Token], first: int, j: int, limit: int) -> Optional[int]:
    t = toks[j]
    if t.words[0].upos in ("ADP", "SCONJ", "CCONJ") and len(t.words) == 1 and not _coordinated_title(toks, first, j, limit) \
            and not _first_name(toks, j, limit):
        return STOP
    if is_a(t.text, "what_relative"):
        return STOP  # «وأشاد الوزير | بما قاله …»: «بما» left whole and read as an adjective
    if t.words[0].upos == "CCONJ" and not _conj_name_part(toks, j, limit) and not _both_of(toks, first, j) \
            and not _coordinated_in_title(toks, first, j, limit) and not _coordinated_title(toks, first, j, limit):
        return STOP
    return None


def _both_of(toks: list[Token], first: int, j: int) -> bool:
    """«متحدثون باسم كل من نقابة الاطباء | ومنظمة اطباء …»: the first «و» + noun after «كل من»
    (words.tsv ``both_of``) joins the second of its two members: the phrase goes on."""
    t = toks[j]
    if len(t.words) != 2 or t.words[1].upos not in ("NOUN", "PROPN", "X"):
        return False
    opener = next((k for k in range(j - 2, first - 1, -1) if is_a_pair(toks[k].text, toks[k + 1].text, "both_of")), None)
    return opener is not None and not any(x.words[0].upos == "CCONJ" for x in toks[opener + 2:j])


def _prepositional(toks: list[Token], first: int, j: int, limit: int) -> Optional[int]:
    """«باسم» and genitive لـ continue a title; لـ after a name, or before an outlet or
    a name («لرويترز»، «لوكالة فرانس برس»), is the addressee («مركز الملك سلمان
    للإغاثة»: a definite genitive goes on); ب/ك end it unless they give a place."""
    t = toks[j]
    if not _starts_with_prep(t):
        return STOP if is_addressee(t) else None
    key = fold(t.text)
    nxt = toks[j + 1] if j + 1 < limit else None
    if is_a(key, "circumstantial_prep") and nxt is not None and (is_a(nxt.text, "time") or is_a(nxt.text, "time_span")):
        return STOP  # «ورأى محللون | في الأيام الأخيرة أن …»: when they said it, not where they work
    if key.startswith("ل") and is_addressee(t) and heads_class(toks[first].text, "outlet_part") \
            and all(len(x.words) == 1 and x.words[0].upos == "ADJ" for x in toks[first + 1:j]):
        return None  # «الموقع الإلكتروني | لصحيفة «ديلي دوت»»: whose outlet it is, not whom it told
    if key.startswith("ل") and (is_addressee(t) or (
            any(w.upos in NAME_UPOS for w in toks[j - 1].words) and not key.startswith("لل"))):
        return STOP
    if key.startswith(("ب", "ك")) and not _place_of_title(toks, first, j, limit):
        return STOP
    return None


def _title_link_step(toks: list[Token], first: int, j: int, limit: int) -> Optional[int]:
    """«باسم» continues a title, also with a pronoun («المتحدث باسمه») or left one word and
    read as a preposition («المتحدث باسم الصندوق»)."""
    return j if _title_link(toks[j]) else None


def _title_link(t: Token) -> bool:
    """«باسم»، also with a pronoun («المتحدث باسمه»: his spokesman)."""
    return is_a(t.text, "title_link") or (len(t.words) > 2 and t.words[-1].upos == "PRON"
                                          and is_a("".join(w.text for w in t.words[:-1]), "title_link"))


def _not_nominal(toks: list[Token], first: int, j: int, limit: int) -> Optional[int]:
    t = toks[j]
    if _inside_name(toks, j, limit) or _name_part(toks, j, limit) or _first_name(toks, j, limit):
        return None
    if any(w.upos == "VERB" for w in t.words) or (not _np_word(t) and not _starts_with_prep(t)):
        return STOP
    return None


def _hangs_on_verb_before(toks: list[Token], first: int, word: Word) -> bool:
    """Does the tree hang ``word`` on a verb before the phrase (the cue or the clause's verb)?"""
    head = next((w for tok in toks[:first] for w in tok.words if w.id == word.head), None)
    return head is not None and head.upos == "VERB"


def _name_word(t: Token) -> bool:
    return len(t.words) == 1 and t.words[0].upos in NAME_UPOS


def _apposition_word(t: Token) -> bool:
    """A word that goes on with a name as its apposition, not the verb's object: a title, an
    honorific, a body, an outlet, or a kin or role word (words.tsv ``apposition_head``)."""
    key = strip_article(fold(t.text))
    return is_title_noun(t.text) or is_a(t.text, "honorific") or is_a(key, "institution") or is_a(key, "media") \
        or is_a(key, "apposition_head")


def _opens_holder(toks: list[Token], j: int, limit: int) -> bool:
    """Does a holder's name begin at ``j`` with an honorific: one word, two («آية الله»، «حجة الإسلام»:
    words.tsv ``honorific``, the first read as a common noun the parser often makes the verb's object:
    «صعد المرشد الأعلى الإيراني | آية الله علي خامنئي …»), or a title of address before it («فضيلة
    الشيخ …»: ``address_title``)?"""
    return is_a(toks[j].text, "honorific") or is_a(toks[j].text, "address_title") \
        or (j + 1 < limit and is_a_pair(toks[j].text, toks[j + 1].text, "honorific"))


def _object_of_verb(toks: list[Token], first: int, j: int, limit: int) -> Optional[int]:
    """«وأقر مجلس إدارة الشركة | توزيع أرباح …»: a noun that is no title, which the parser
    makes the object of the verb before the phrase, right after a definite common noun,
    is that verb's object, not more of its subject. (After a name the parser calls
    titles objects too often: «منذر سلال»، «ميغيل إرياس مفوض الطاقة».)"""
    t, prev = toks[j], toks[j - 1]
    if is_a(prev.text, "honorific") or is_person_noun(t.text) or any(w.upos in NAME_UPOS for w in t.words + prev.words) \
            or _opens_holder(toks, j, limit):
        return None  # a title after a name is its apposition, whatever the parser says («المرشد الأعلى
        #              الإيراني آية الله علي خامنئي»: a two-word honorific before the name; «إمام وخطيب
        #              المسجد الحرام فضيلة الشيخ …»: a title of address before the holder's honorific)
    if not fold(prev.words[-1].text).startswith("ال"):  # (after «ل»: «وكالة دوغان للانباء | مداهمة …»)
        return None
    if len(t.words) == 1 and not fold(t.text).startswith("ال") and j + 1 < limit and _name_word(toks[j + 1]) \
            and _subject_closes(toks, j + 2, limit):
        return None  # «عضو المكتب السياسي لحركة الجهاد الإسلامي | نافذ عزام أن …»: a first name read as
        #              a noun, the surname a name, and the subject closes right after them (or the
        #              occasion of speech does: «… عضو الائتلاف | عبدالباسط سيدا في تصريح خاص …»)
    if _body_short_name(toks, first, j, limit):
        return None  # «قالت حركة المقاومة الإسلامية | حماس في بيان إن …»: the body's short name
    if _name_after_title_phrase(toks, first, j, limit):
        return None  # «وشدد وزير الخارجية المصري | سامح شكري خلال مؤتمر صحفي …»
    if _bare_name_pair(toks, j, limit) and (is_title_noun(prev.text) or (
            j - 2 >= first and prev.words[0].upos == "ADJ" and is_title_noun(toks[j - 2].text))):
        return None  # «وقال المواطن | مانع ملفي لـ "سبق" إنه …»: a given name and a nisba surname the
        #              tagger reads as adjectives, after a title or occupation, closing the subject; so
        #              after a title's adjective («قالت الممثلة الجزائرية | أمل بوشوشة إنها …»)
    if _adjectival_construct(toks, j, limit):
        return None  # «شركة الطيران | منخفض التكلفة فلاي دبي»: low-cost, the company's adjective
    word = t.words[-1] if len(t.words) == 1 else next((w for w in t.words if w.upos == "NOUN"), None)
    if word is not None and _genitive_of_definite_body(toks, j, word):
        return STOP  # «وأعلنت الحركة | تعيين نائبين …»: read as «الحركة»'s genitive
    if word is not None and len(t.words) == 1 and _case_denies_genitive(toks, first, j, word):
        return STOP  # «أكد حسين عبد الغني قائد فريق النصر | صعوبة التمارين»
    if word is None or word.deprel != "obj":
        return None
    return STOP if _hangs_on_verb_before(toks, first, word) else None


def _case_denies_genitive(toks: list[Token], first: int, j: int, word: Word) -> bool:
    """«أكد حسين عبد الغني قائد فريق النصر | صعوبة التمارين»: a tree may hang the verb's object on its
    subject as a genitive, across the definite noun that ends the subject's chain; a genitive follows its
    head, and the tagger reads the word as no genitive (nominative or accusative), so it opens the object."""
    if word.deprel not in ("nmod", "appos") or word.feat("Case") not in ("Nom", "Acc") \
            or (j + 1 < len(toks) and (any(w.upos in NAME_UPOS for w in toks[j + 1].words) or (
                not fold(toks[j].text).startswith("ال") and not fold(toks[j + 1].text).startswith("ال")))):
        return False  # (not a name read as a noun: «وزير الخارجية المصري | سامح شكري», two bare words)
    if _apposition_word(toks[j]) or is_relation_adjective(toks[j].text) or toks[j - 1].words[-1].upos != "NOUN":
        return False  # a title («منظم الفعالية | الفنان الشاب …»), a family name («عبد الواحد | النبوي»); after
        #               an adjective, its own genitive («المسؤول الرفيع | المستوى»، «الكوبي | الأصل») or another
        #               adjective the tagger read as a noun («الائتلاف الوطني السوري | المعارض»)
    return any(w.id == word.head for tok in toks[first:j - 1] for w in tok.words)


def _subject_closes(toks: list[Token], k: int, limit: int) -> bool:
    """The subject ends before ``k``: the clause's end, a comma, a complementiser, a time word, or the
    occasion of speech («في تصريح خاص»)."""
    return k >= limit or is_comma(toks[k].text) or is_complementiser(toks[k]) or is_a(toks[k].text, "time") \
        or (k + 1 < limit and is_a(toks[k].text, "circumstantial_prep") and is_speech_event(toks[k + 1].text))


def _body_short_name(toks: list[Token], first: int, j: int, limit: int) -> bool:
    """«حركة المقاومة الإسلامية | حماس»، «تنظيم الدولة الإسلامية | داعش»: a body named in full, its
    noun without the article opening the phrase and a word with the article before ``j``, then one
    bare noun that closes the subject: the body's short name in apposition, however the tree reads
    it (an object of the verb, a genitive)."""
    t, head = toks[j], toks[first]
    key = fold(t.text)
    return j - first >= 2 and len(t.words) == 1 and t.words[0].upos in NAME_UPOS | {"NOUN"} \
        and not key.startswith("ال") and not fold(head.text).startswith("ال") \
        and is_a(strip_conj(fold(head.text)), "institution") and fold(toks[j - 1].text).startswith("ال") \
        and not any(is_a(key, c) for c in ("time", "adverb", "quantifier")) and not is_speech_event(t.text) \
        and _subject_closes(toks, j + 1, limit)


def _name_after_title_phrase(toks: list[Token], first: int, j: int, limit: int) -> bool:
    """«وشدد وزير الخارجية المصري | سامح شكري خلال مؤتمر صحفي …»: a title phrase with no name in it
    (a title noun, then nouns and adjectives), then two bare words — the second a name word or a nisba
    in «ي» — that close the subject: the holder's name, however the tagger read it (a noun and an
    adjective, the first the verb's object)."""
    head = fold(toks[first].text)
    if j - first < 1 or j + 2 > limit or not (is_title_noun(head) or is_title_noun(strip_conj(head))) \
            or not all(len(t.words) == 1 and t.words[0].upos in ("NOUN", "ADJ") for t in toks[first + 1:j]):
        return False
    pair = toks[j:j + 2]
    if not all(_bare_word(t) for t in pair):
        return False
    return (_name_word(pair[1]) or strip_diacritics(pair[1].text).endswith("ي")) and not is_title_noun(pair[0].text) \
        and not any(is_a(fold(t.text), c) for t in pair for c in ("time", "adverb", "quantifier")) \
        and (_subject_closes(toks, j + 2, limit) or _outlet_told(toks, j + 2, limit))


def _genitive_of_definite_body(toks: list[Token], j: int, word: Word) -> bool:
    """«وأعلنت الحركة | تعيين نائبين للملا منصور»، «كما بين التقرير | ارتفاع عدد المحاضر»: a bare common
    noun right after a body's or a document's noun with the article, whatever the tree makes of it. A
    noun with the article heads no genitive: the bare noun opens the verb's object («تعيين»), not more
    of the body's name."""
    t, prev = toks[j], toks[j - 1]
    head = strip_article(fold(prev.text))
    return len(t.words) == 1 and len(prev.words) == 1 and fold(prev.text).startswith("ال") \
        and prev.words[0].upos == "NOUN" and (is_a(head, "institution") or is_a(head, "document")) \
        and word.upos == "NOUN" and not fold(t.text).startswith("ال") and not _apposition_word(t) \
        and not is_person_noun(t.text) and not is_a(t.text, "quantifier")


def _adjectival_construct(toks: list[Token], j: int, limit: int) -> bool:
    """An adjective without the article, then a definite noun it is construct to («منخفض التكلفة»،
    «متعدد الجنسيات»: low-cost, multinational): an adjective of the noun before, never a verb's object."""
    t = toks[j]
    return len(t.words) == 1 and t.words[0].upos == "ADJ" and not fold(t.text).startswith("ال") \
        and j + 1 < limit and len(toks[j + 1].words) == 1 and toks[j + 1].words[0].upos == "NOUN" \
        and fold(toks[j + 1].text).startswith("ال")


def _bare_word(t: Token) -> bool:
    """A word that may be part of a name whatever the tagger read: one word (no clitic) with no article,
    not accusative («مراسلاً صحفياً» is an object), tagged a name, a noun or an adjective."""
    key = fold(t.text)
    return len(t.words) == 1 and not key.startswith("ال") and not key.endswith("ا") \
        and t.words[0].upos in NAME_UPOS | {"NOUN", "ADJ"}


def _bare_name_pair(toks: list[Token], j: int, limit: int) -> bool:
    """Two bare words at ``j`` (``_bare_word``) with the subject closing right after them: a comma, a
    complementiser, the outlet told."""
    if j + 2 >= limit or not (_bare_word(toks[j]) and _bare_word(toks[j + 1])):
        return False
    nxt = toks[j + 2]
    return is_comma(nxt.text) or is_complementiser(nxt) or _outlet_told(toks, j + 2, limit)


def _object_after_name_step(toks: list[Token], first: int, j: int, limit: int) -> Optional[int]:
    return STOP if _object_after_name(toks, first, j, limit) else None


def _object_after_name(toks: list[Token], first: int, j: int, limit: int) -> bool:
    """«أدان الشيخ عادل الكلباني | عدم اهتمام الهلال الأحمر»، «رفض الفنان مشاري البلام | تقييم
    الأعمال»: after a name of two words or more, a common noun the tree makes the verb's
    object and heads a noun phrase — no title, no body, no name after it — opens the object.
    («وقال صبحي وائل زيارة إن …»: a surname the tagger reads as a noun ends the phrase.) A name
    word or «بن»/«آل» before the last name word («الأمير محمد بن نايف بن عبدالعزيز | اتصالا هاتفيا»).
    """
    t, prev = toks[j], toks[j - 1]
    if len(t.words) != 1 or t.words[0].upos != "NOUN" or t.words[0].deprel != "obj" \
            or not (len(prev.words) == 1 and prev.words[0].upos in NAME_UPOS):
        return False
    if not any(w.upos in NAME_UPOS or is_a(tok.text, "name_link") for tok in toks[first:j - 1] for w in tok.words) \
            and not (j - 1 == first and prev.words[0].upos == "PROPN" and t.words[0].feat("Definite") in ("Red", "Cons")) \
            and not (j - 2 >= first and is_a(toks[j - 2].text, "honorific")) \
            and not (j - 1 > first and fold(prev.text).startswith("ال") and not fold(t.text).startswith("ال")):
        return False  # one name word: «أكد السلمي | حرص النادي على أن …» (a noun in the construct state);
        #              behind an honorific it is a whole name: «ووسع الشيخ أحمد | نطاق تأثيره»; a family
        #              name with the article after a word (a given name read as a noun: «مها») is one
        #              too, and takes no indefinite word after it: «كتبت مها العريني | قصة نجاح …»
    if is_speech_event(t.text):
        return True  # «ألقى … الشيخ عبدالمجيد العُمري | كلمة»: a speech event is what he gave
    key = strip_article(fold(t.text))
    if _apposition_word(t):  # «سايمن تيمبلر أحد سكان القرية»; not «هاني شاكر | مجموعة من الملفات»
        return False
    nxt = toks[j + 1] if j + 1 < limit else None
    if nxt is not None and is_a(key, "quantifier") and fold(nxt.text) == "من":
        nxt = toks[j + 2] if j + 2 < limit else None  # «هاني شاكر | مجموعة من الملفات»: a partitive heads one too
    if nxt is None or not _np_word(nxt) or is_stop(nxt) or is_complementiser(nxt) \
            or any(w.upos in NAME_UPOS for w in nxt.words) or is_a(nxt.text, "honorific") \
            or (j - 1 == first and is_title_noun(nxt.text)):
        return False  # the object heads a noun phrase («عدم | اهتمام»); «صبحي وائل زيارة | إن» ends a name;
        #               «إيميلي هابر | وزيرة الدولة»: a title after it, a surname
    return _hangs_on_verb_before(toks, first, t.words[0])


def _titled_other_after_name(toks: list[Token], first: int, j: int, limit: int) -> Optional[int]:
    """«اتهم أورين | الرئيس أوباما بانتهاك …»: after a name, a title with the article and a name right
    after it («President Obama») is another person, the verb's object: a title in apposition to a name
    follows it with its own words («بوب دادلي الرئيس التنفيذي لشركة …»), never with a second name."""
    t, prev = toks[j], toks[j - 1]
    if len(t.words) != 1 or not fold(t.text).startswith("ال") or not is_title_noun(t.text) \
            or not _name_word(prev) or is_a(prev.text, "name_link"):
        return None
    nxt = toks[j + 1] if j + 1 < limit else None
    if nxt is None or not _name_word(nxt) or _apposition_word(nxt) or is_a(nxt.text, "name_link"):
        return None
    return STOP


def _object_after_full_name(toks: list[Token], first: int, j: int, limit: int) -> Optional[int]:
    """«وقال وزير الخارجية الأميركي جون كيري | اللقاء الثلاثي …»، «وأكد نائب الرئيس اليمني خالد بحاح |
    مدينة عدن …»، «… حسيب صديقي | نبأ الوفاة»: after a name of two name words or more, a common noun
    that heads a phrase of its own is the verb's object, though the news parser hangs it on the name:
    a name takes no genitive, and what goes on with it in apposition opens with a title, an honorific,
    a body or a kin or role word (``_apposition_word``). The tree must hang the noun on the name (the
    shipped parser's «obj» is ``_object_after_name``'s)."""
    t, prev = toks[j], toks[j - 1]
    if len(t.words) != 1 or len(prev.words) != 1 or t.words[0].upos != "NOUN" or not _name_word(prev):
        return None
    if not any(_name_word(x) for x in toks[first:j - 1]) or _apposition_word(t) or is_a(t.text, "name_link") \
            or is_a(strip_article(fold(t.text)), "people") or is_nisba(t.text) or _apposition_word(prev):
        return None  # (one name word: a surname the tagger may read as a noun follows it; a title the
        #              tagger reads as a name takes its genitive: «… بن عبدالعزيز أمير منطقة عسير»)
    w = t.words[0]
    head = next((x for k in range(first, j) for x in toks[k].words if x.id == w.head), None)
    rel = w.deprel.split(":")[0]
    if head is None or head.upos not in NAME_UPOS or rel not in ("nmod", "obj", "appos") \
            or (rel == "appos" and fold(t.text).startswith("ال")) or not prev.text.isalpha():
        return None  # (a definite apposition is a title the word lists may lack: «ريك بيري | الحاكم السابق
        #              لولاية تكساس»; a word glued to a dash opens an aside: «المانع -مدير تعليم سابق-»)
    nxt = toks[j + 1] if j + 1 < limit else None
    if nxt is None or is_stop(nxt) or is_complementiser(nxt) or not (_np_word(nxt) or _starts_with_prep(nxt)) \
            or is_a(nxt.text, "honorific") or is_title_noun(strip_conj(fold(nxt.text))) or is_a(nxt.text, "name_link"):
        return None  # a last word before «إن» or a comma may still be a surname; a title after it is
        #              the apposition of a name the noun ends
    return STOP


VERB_OBJECT_RELS = {"obj", "obl", "iobj", "advmod", "xcomp"}


def _definite_after_indefinite_plural(toks: list[Token], first: int, j: int, limit: int) -> Optional[int]:
    """«قدر مختصون | الدعم الحكومي …»، «وأبلغ مسؤولون | النادي الإيطالي …»: a sound masculine plural
    in «ون» keeps its «ن» only when nothing is its genitive, and indefinite it takes no adjective
    with the article: a word with the article after it opens the verb's object."""
    prev, t = toks[j - 1], toks[j]
    if len(prev.words) != 1 or len(t.words) != 1 or not _nominative_plural(prev) or _title_link(t):
        return None  # («وأكد متحدثون | باسم كل من نقابة الاطباء …»: «باسم» goes on with the title)
    key = fold(t.text)
    if key.startswith("ال") or (t.words[0].upos == "NOUN" and t.words[0].feat("Number") == "Sing"
                                and not key.endswith(("ون", "ه", "ات")) and not _name_word(t) and not _apposition_word(t)):
        return STOP  # («توقع مختصون | تراجع أسعار …»: a singular noun is no adjective of theirs; «مسؤولون أفغان»
        #              a broken plural's is)
    return None


def _feminine_after_definite_plural(toks: list[Token], first: int, j: int, limit: int) -> Optional[int]:
    """«ووصف المستبعدون | المفاضلة التي …»: a definite sound masculine plural in «ون» (people) takes no
    feminine singular adjective, and with the article it takes no genitive: a definite word in «ة» right
    after it opens the verb's object, whatever the tagger read. Not a numeral (words.tsv ``counted_ta``:
    «المسؤولون الثلاثة» counts them). Nor does it take an indefinite word, neither genitive nor adjective
    («ثمن المصابون | زيارة المعايدة»: a tree may hang the object on the subject as its genitive)."""
    prev, t = toks[j - 1], toks[j]
    if len(prev.words) != 1 or len(t.words) != 1 or t.words[0].upos not in ("NOUN", "ADJ"):
        return None
    pkey, key = strip_conj(fold(prev.text)), fold(t.text)
    if not definite_sound_plural(pkey):
        return None
    if key.startswith("ال") and key.endswith("ه") and not is_a(key[2:], "counted_ta"):  # (folded «ة»)
        return STOP
    if not key.startswith("ال") and key.isalpha() and not is_a(key, "time") and not is_a(key, "adverb"):
        return STOP  # (a time word is no object: left to the steps after)
    return None


def _noun_after_adjective(toks: list[Token], first: int, j: int, limit: int) -> Optional[int]:
    """«أقامت زوجة مصرية | دعوى خلع …»: an indefinite noun, its indefinite adjective, then another
    indefinite noun: a genitive stands right after its head, never after the head's adjective, so
    the noun opens the verb's object. Not a relation adjective the tagger reads as a noun
    («مسؤول إسرائيلي كبير»: ``is_relation_adjective``), a name, or a title («مصدر مطلع مسؤول»)."""
    if j < first + 2:
        return None
    head, adj, t = toks[j - 2], toks[j - 1], toks[j]
    if not all(len(x.words) == 1 for x in (head, adj, t)) or head.words[0].upos != "NOUN" \
            or adj.words[0].upos != "ADJ" or t.words[0].upos != "NOUN":
        return None
    nisba = is_relation_adjective(t.text) and not t.text.endswith("ى")  # («دعوى» folds to «دعوي»)
    if any(fold(x.text).startswith("ال") for x in (head, adj, t)) or nisba \
            or _name_word(t) or is_title_noun(t.text) or _apposition_word(t) or _title_link(t) or is_elative(fold(adj.text)):
        return None  # («متحدث آخر | باسم الرئاسة»; «مدير أعلى خدمات الأصول»: an elative heads its genitive)
    return STOP



def _nominative_plural(t: Token) -> bool:
    """«مختصون»، «مسؤولون»، «اقتصاديون»: an indefinite sound masculine plural in «ون» — a participle
    (مُفعِل), a فاعل or a nisba —, its stem four letters at least (not a singular مفعول: «مضمون»،
    «مأمون»; nor «قانون»، «مليون»)."""
    w = t.words[0]
    key = strip_conj(fold(t.text))
    if w.upos not in ("NOUN", "ADJ") or key.startswith("ال") or not key.endswith("ون") or len(key) < 6:
        return False  # (the tagger's number is no help: «مختصون» Sing)
    return _plural_stem(key[:-2])


def definite_sound_plural(key: str) -> bool:
    """A folded word that is a definite sound masculine plural in «ون», in the nominative: people
    («المستبعدون»، «المصابون»; its stem ``_plural_stem``)."""
    return key.startswith("ال") and key.endswith("ون") and len(key) >= 8 and _plural_stem(key[2:-2])


def _plural_stem(stem: str) -> bool:
    """A stem the sound masculine plural's ending goes on: a participle (مُفعِل: «مواطن»، «مختص»), a فاعل
    («لاعب»، «راغب»), a فِعّيل («خريج»: «الخريجين») or a nisba («مصري»)."""
    return stem.startswith("م") or (len(stem) == 4 and (stem[1] == "ا" or stem[2] == "ي")) or stem.endswith("ي")


def _object_after_family_name(toks: list[Token], first: int, j: int, limit: int) -> Optional[int]:
    """«قدم الزميل حمود المطيري | خالص شكره»: a family name with the article closes a person's
    name (a first name or a title before it), so a word with no article after it that the tree
    hangs on the verb — its object, an oblique, an adverb — is not a surname the tagger
    missed: it opens what the verb did. The tree's word for it, and the surface's: one alone
    is not enough (the shipped parser makes surnames objects; a surname has no article after
    one that has)."""
    t, prev = toks[j], toks[j - 1]
    if len(t.words) != 1 or len(prev.words) != 1 or t.words[0].upos not in ("NOUN", "ADJ", "VERB"):
        return None  # (a noun the tagger read as a verb, «حرص», and the tree as the verb's object)
    w, family = t.words[0], fold(prev.text)
    if not family.startswith("ال") or prev.words[0].upos not in NAME_UPOS | {"ADJ"} \
            or fold(t.text).startswith("ال") or w.deprel not in VERB_OBJECT_RELS:
        return None
    given = toks[j - 2] if j - 2 >= first else None
    honorific = given is not None and is_a(given.text, "honorific") and prev.words[0].upos in NAME_UPOS
    if given is None or (not honorific and (not _name_word(given) or fold(given.text).startswith("ال")
                                            or is_a(given.text, "compound_given"))):
        return None  # no given name right before it: «وزير الدفاع العراقي» is a title and its adjective;
        #              «عبد المالك | سلال»: «عبد» + a word with the article is one given name; but an
        #              honorific and a family name the tagger reads as one are a name: «الأستاذ المنيع | حرص …»
    if _apposition_word(t) or is_a(t.text, "name_link"):
        return None
    nxt = toks[j + 1] if j + 1 < limit else None
    if nxt is None or is_stop(nxt) or is_complementiser(nxt):
        return None  # a last word before «إن» is the name's end
    return STOP if _hangs_on_verb_before(toks, first, w) else None


def _construct_after_name(toks: list[Token], first: int, j: int, limit: int) -> Optional[int]:
    """«مدير الفرع صالح الأحمري | حفل المعايدة»، «وزير الاستثمار السوداني مدثر عبدالغني |
    وزارات الاستثمار»، «الشيخ عبدالعزيز بن عبدالله آل الشيخ | حادثة التفجير»: after a name of
    two words or more, a common noun in the construct state with its genitive right after it (a
    common noun), or a quantifier with «من» («هاني شاكر | مجموعة من الملفات»), heads the verb's
    object, whatever the tree hangs it on: a surname takes no genitive, and an apposition opens
    with a title, an honorific or a kin or role word (words.tsv ``apposition_head``: «سعد العازمي
    | والد الطفلة»)."""
    t, prev = toks[j], toks[j - 1]
    key = fold(t.text)
    nxt = toks[j + 1] if j + 1 < limit else None
    partitive = is_a(key, "quantifier") and nxt is not None and fold(nxt.text) == "من"
    # the construct state: the tagger's Red/Cons, or Def on a word with no article (defined by its genitive)
    if j - 2 < first or len(t.words) != 1 or t.words[0].upos != "NOUN" or key.startswith("ال") \
            or (t.words[0].feat("Definite") not in ("Red", "Cons", "Def") and not partitive):
        return None
    given = toks[j - 2]
    family = _name_word(prev) or (len(prev.words) == 1 and prev.words[0].upos == "ADJ"
                                  and fold(prev.text).startswith("ال") and _name_word(given))
    misread_given = len(given.words) == 1 and given.words[0].upos in ("NOUN", "ADJ") \
        and not fold(given.text).startswith("ال") and any(w.upos in NAME_UPOS for w in prev.words)
    # («حسيب صديقي | نبأ الوفاة»: a given name the tagger reads as a noun before a surname it tags a name)
    if not family or not (_name_word(given) or is_a(given.text, "name_link") or misread_given) \
            or is_title_noun(prev.text) or (is_a(prev.text, "honorific") and not is_a(given.text, "name_link")) \
            or is_a(given.text, "compound_given"):
        return None  # «آل الشيخ مفتي | عام السعودية»: a title the tagger reads as a name goes on (but
        #              «آل الشيخ» is a family's name: «… عبدالله آل الشيخ | حادثة التفجير»)
    if _apposition_word(t) or is_a(t.text, "name_link") or is_speech_event(t.text) or is_a(key, "direction"):
        return None  # (a direction places what comes before: «الائتلاف السني | جنوب العراق»)
    if partitive:
        return STOP  # «هاني شاكر | مجموعة من الملفات»
    if nxt is None or len(nxt.words) != 1 or nxt.words[0].upos != "NOUN" or is_title_noun(nxt.text) \
            or is_a(nxt.text, "honorific"):
        return None  # «المهاجم المالي أبوبكر ضيوف | يومه»: no genitive, a surname
    return STOP


def _god_after_definite(toks: list[Token], first: int, j: int, limit: int) -> Optional[int]:
    """«وسأل قائد المنطقة الجنوبية | الله عز وجل أن …»، «داعياً المسؤولين | الله أن …»: «الله» after a
    common word with the article opens the object of a prayer; in a name it follows a first part
    («عبد الله»، «نصر الله»، «العطا الله»)."""
    prev = toks[j - 1]
    if is_a(toks[j].text, "sacred_god") \
            and strip_conj(fold(prev.text)).startswith("ال") and not any(w.upos in NAME_UPOS for w in prev.words):
        return STOP  # (not after a family name's first part: «خالد بن علي العطا الله»)
    return None


def _document_from(toks: list[Token], first: int, j: int, limit: int) -> Optional[int]:
    """«وأظهرت بيانات من إدارة معلومات الطاقة الأمريكية أن …»، «أرقام رسمية من وزارة العمل»، «وقال بيان
    من مكتب الوزير: …»: «من» right after a document, data or statement noun that opens the phrase (an adjective between) goes on with
    the phrase to whoever issued it, as «بيان صادر عن …» does."""
    if fold(toks[j].text) != "من" or j + 1 >= limit or not _np_word(toks[j + 1]) \
            or not (heads_class(toks[first].text, "document")  # («وقال بيان من مكتب الوزير: …»: a statement too)
                    or is_speech_event(strip_article(strip_conj(fold(toks[first].text))))) \
            or not all(len(t.words) == 1 and t.words[0].upos == "ADJ" for t in toks[first + 1:j]):
        return None
    return _extend_np_plain(toks, j + 1, limit)


def _issued_by(toks: list[Token], first: int, j: int, limit: int) -> Optional[int]:
    """«قال تقرير صدر عن المفوضية الأوروبية …»، «أفاد بيان صدر عن مكتب أوغلو …»: a verb of
    issuing (words.tsv ``issued``) right after a statement or a report, with «عن»/«من» after it,
    goes on with the phrase to the issuer, as «بيان صادر عن …» does (the guidelines: the speaker
    is whoever issued it, where the text says so)."""
    t, prev = toks[j], toks[j - 1]
    if len(t.words) == 1 and is_a(t.text, "issued_participle"):
        k = j + 1
        while k < limit and (is_a(toks[k].text, "time") or is_a(toks[k].text, "adverb")):
            k += 1  # «التقرير الـ51 الصادر حديثًا عن مؤسسة النقد …»: the issuer after a word of when
        if k + 1 < limit and fold(toks[k].text) in ("عن", "من") and _np_word(toks[k + 1]):
            return _extend_np_plain(toks, k + 1, limit)
        return STOP  # «وأوضح التقرير الـ51 لمؤسسة النقد العربي السعودي | الصادر أخيرا أن …»: when, not who
    if len(t.words) != 1 or not is_a(t.text, "issued") or j + 1 >= limit \
            or fold(toks[j + 1].text) not in ("عن", "من"):
        return None
    if prev.words[-1].upos == "ADJ" and j - 2 >= first:
        prev = toks[j - 2]  # «أوضح بيان صحافي | صدر عن المنظمة …»: the statement and its adjective
    key = strip_article(strip_conj(fold(prev.words[-1].text)))
    if not (is_speech_event(key) or is_a(key, "document")) or j + 2 >= limit or not _np_word(toks[j + 2]):
        return None
    return _extend_np_plain(toks, j + 2, limit)


def is_derived_verbal_noun(key: str) -> bool:
    """A verbal noun of a derived verb, folded and without the article, by its template: افتعال
    («انتهاء»، «اجتماع»), انفعال («انسحاب»), استفعال («استمرار») or تفعيل («تطوير»). Such a word is a
    noun of doing, never a title or an adjective of the noun before it. Not إفعال, whose template is
    that of the plural أفعال («الأكراد»، «الأطفال»), nor a word in «ية» («التركية»)."""
    if len(key) == 6 and key[0] == "ا" and key[4] == "ا" and (key[2] in "تطد" or key[1] == "ن"):
        return True
    if len(key) == 7 and key.startswith("است") and key[5] == "ا":
        return True
    return len(key) == 5 and key[0] == "ت" and key[3] == "ي" and key[-1] not in "يهى"


def _verbal_noun_after_definite(toks: list[Token], first: int, j: int, limit: int) -> Optional[int]:
    """«وتوقع المصدر | الانتهاء من عملية …»: a definite noun takes no genitive, and a definite verbal noun
    of a derived verb (``is_derived_verbal_noun``) is no adjective of it: it opens the verb's object.
    Not a title or honorific («الأستاذ»), a body («الاتحاد») or a name."""
    t, prev = toks[j], toks[j - 1]
    if len(t.words) != 1 or len(prev.words) != 1 or t.words[0].upos not in ("NOUN", "ADJ") \
            or prev.words[0].upos != "NOUN":
        return None  # (the tagger may read it as an adjective: «المصدر الانتهاء»)
    key, pkey = fold(t.text), strip_conj(fold(prev.text))
    if not key.startswith("ال") or not pkey.startswith("ال") or not is_derived_verbal_noun(key[2:]):
        return None
    if _apposition_word(t) or is_person_noun(t.text) or is_a(key, "time"):
        return None
    return STOP


def _definite_after_definite_body(toks: list[Token], first: int, j: int, limit: int) -> Optional[int]:
    """«ومنعت اللجنة | الإضافات والدمج على الصور»: a body's noun with the article (words.tsv
    ``institution``) is definite and takes no genitive, so a common noun with the article right
    after it — no title, adjective of relation, kin or role word or time word; another body's noun
    neither — is the verb's object, whatever the tree hangs it on («الهيئة الملكية»: an adjective
    goes on)."""
    t, prev = toks[j], toks[j - 1]
    if len(t.words) != 1 or len(prev.words) != 1 or prev.words[0].upos != "NOUN":
        return None
    key, pkey = fold(t.text), fold(prev.text)
    if not key.startswith("ال") or not pkey.startswith("ال") \
            or not (is_a(strip_article(pkey), "institution") or _closes_body_name(toks, first, j - 1)):
        return None
    nxt = toks[j + 1] if j + 1 < limit else None
    held = nxt is not None and split_preposition_pronoun(nxt)
    if t.words[0].upos != "NOUN" and not (t.words[0].upos == "ADJ" and j - 1 == first and pkey.endswith("ه")
                                          and not key.endswith(("ه", "ي", "ى", "ا", "ات")) and not held):
        return None  # a masculine word after a feminine body's noun that heads the phrase is no adjective
        #              of it, whatever the tagger read: «واعتبرت الحكومة | الحادث مؤشر …» (not «الهيئة
        #              العليا»، «الحكومة الليبية»; «مدير الجامعة المكلف»: the title's adjective; «الحكومة
        #              المعترف بها»: a participle with its own pronoun agrees with no one)
    # (another body's noun is no apposition of a body either: «ودعا المركز | الأمم المتحدة إلى …»; not
    # one that is also an adjective after it: «اللجنة المنظمة»، «الإدارة الاتحادية»)
    bare = strip_article(key)
    if is_title_noun(t.text) or is_person_noun(t.text) or is_a(bare, "apposition_head") \
            or is_nisba(t.text) or is_a(key, "time") or is_a(t.text, "honorific") \
            or (is_a(bare, "institution") and (key.endswith("يه") or is_a(bare, "participle_body"))):
        return None
    return STOP


def _closes_body_name(toks: list[Token], first: int, k: int) -> bool:
    """«دائرة شؤون المفاوضات»، «هيئة تنظيم الاتصالات»: a body's noun with no article opening the
    phrase, common nouns in the construct state after it, and at ``k`` the definite genitive that
    closes the chain (and the body's name)."""
    head = toks[first]
    return k > first and not fold(head.text).startswith("ال") and is_a(strip_conj(fold(head.text)), "institution") \
        and all(len(t.words) == 1 and t.words[0].upos == "NOUN" and not fold(t.text).startswith("ال")
                for t in toks[first + 1:k]) and len(toks[k].words) == 1 and toks[k].words[0].upos == "NOUN"


def _definite_after_family_name(toks: list[Token], first: int, j: int, limit: int) -> Optional[int]:
    """«طالب الفوزان | المرأة أن …»، «وطالب التونسي | الناس بضرورة …»: a family name with the article
    is definite and takes no genitive, so a common noun with the article right after it — no title,
    no body, no adjective of relation, no apposition word — is the verb's object, whatever the tree
    hangs it on. A family name the tagger reads as a common noun is one too when it is a nisba
    that opens the phrase or follows a name («لم يقيّم العلايلي | الأعمال الرمضانية …، وقال إنه …»)."""
    t, prev = toks[j], toks[j - 1]
    if len(t.words) != 1 or len(prev.words) != 1 or t.words[0].upos != "NOUN" \
            or not (prev.words[0].upos == "PROPN" or (_family_nisba(toks, first, j - 1) and not is_a(t.text, "title_adjective"))):
        return None
    key, pkey = fold(t.text), fold(prev.text)
    if not key.startswith("ال") or not pkey.startswith("ال") or is_a(prev.text, "honorific") \
            or (is_title_noun(prev.text) and not (j - 2 >= first and _name_word(toks[j - 2]))):
        return None  # (a title's word after a given name is the family name: «المهندس محمد المخرج | الاهتمام»)
    if _apposition_word(t) or is_nisba(t.text) or is_a(key, "time"):
        return None
    return STOP


def untagged_name(toks: list[Token], first: int, k: int) -> bool:
    """«وقال عز الدين الأصبحي، وزير …»: a phrase of two or three common nouns (as the tagger read
    them), the first with no article and no title, body, outlet or honorific, ending at ``k`` on a
    family nisba: a name written in full."""
    head = toks[first]
    key = fold(head.words[-1].text)  # («ومحمد»: after its «و»; not «وزير» cut to «زير»)
    return 1 <= k - first <= 2 and all(len(t.words) == 1 or t is head for t in toks[first:k + 1]) \
        and head.words[-1].upos == "NOUN" and not key.startswith("ال") and not is_title_noun(key) \
        and not is_a(key, "honorific") and not is_a(key, "institution") and not is_a(key, "media") \
        and all(t.words[0].upos == "NOUN" for t in toks[first + 1:k]) and _family_nisba(toks, k, k)


def _family_nisba(toks: list[Token], first: int, k: int) -> bool:
    """«العلايلي»، «الشمري»: a nisba with the article read as a common noun or an adjective, the first
    word of the phrase or after a name word — a family name, not a title («القاضي»، «المحامي») nor
    a person's noun, nor a noun of people («الأهالي»); written with «ي», not «ى» («الدعوى»)."""
    t = toks[k]
    key = fold(t.text)
    return t.words[0].upos in ("NOUN", "ADJ") and key.startswith("ال") and strip_diacritics(t.text).endswith("ي") \
        and is_nisba(t.text) and not is_title_noun(t.text) and not is_person_noun(t.text) \
        and not heads_class(t.text, "people") and (k == first or _name_word(toks[k - 1]))


def _courtesy_after_name(toks: list[Token], first: int, j: int, limit: int) -> Optional[int]:
    """«وقدم معالي وزير الخدمة المدنية … خالد بن عبدالله العرج | التعازي …»، «ونقل سمو الأمير تركي بن
    محمد بن فهد | الشكر …»: what a person offers (words.tsv ``courtesy_object``: condolences, thanks,
    greetings), with the article, right after a name word or a definite word, is the verb's object
    however the tagger reads it (it took «التعازي» for a surname), not more of the name, and so is an
    elative before it (words.tsv ``courtesy_elative``: «آل الشيخ | أحر التعازي», «أحر» tagged a name).
    Not after an indefinite noun, whose genitive it is («مكتب الدعوة»)."""
    t, prev = toks[j], toks[j - 1]
    offered = is_a(t.text, "courtesy_object") or (
        is_a(t.text, "courtesy_elative") and j + 1 < limit and is_a(toks[j + 1].text, "courtesy_object"))
    if len(t.words) != 1 or not offered or len(prev.words) != 1:
        return None
    return STOP if _name_word(prev) or fold(prev.text).startswith("ال") else None


def _speaking_about(toks: list[Token], first: int, j: int, limit: int) -> Optional[int]:
    """«ورفض المسؤول العسكري اليمني | الحديث عن توجهات المرحلة …»: a definite noun of speech (words.tsv
    ``speech_event``) with «عن» right after it, after a definite word or a name, is what the verb did or
    refused (talking about …), its object, not an adjective of the subject («الحديث»: also modern)."""
    t = toks[j]
    key = fold(t.text)
    if len(t.words) != 1 or not key.startswith("ال") or not is_a(strip_article(key), "speech_event") \
            or j + 1 >= limit or fold(toks[j + 1].text) != "عن":
        return None
    prev = toks[j - 1]
    return STOP if fold(prev.text).startswith("ال") or any(w.upos in NAME_UPOS for w in prev.words) else None


def _own_speech_event(toks: list[Token], first: int, j: int, limit: int) -> Optional[int]:
    """«وتتابع الدكتورة أمل | حديثها: …»، «واختتم الوزير | كلمته بالقول …»: an occasion of speech with
    the speaker's own pronoun on it (words.tsv ``speech_event`` + ه/ها/هم) is what the verb goes on
    with, never a part of who speaks."""
    t = toks[j]
    key = strip_diacritics(t.text)  # (written «ه», not «ة»: «دراسة حديثة» is a recent study, not «his talk»)
    if is_speech_event(t.text) and key.endswith(POSSESSIVE) and not is_a(fold(t.text), "speech_event"):
        return STOP
    return None


def _demonstrative(toks: list[Token], first: int, j: int, limit: int) -> Optional[int]:
    """«وزير التعليم السابق الدكتور محمود أبو النصر | ذلك العدد»، «الشيخ خميس الخنجر | هذه
    التصريحات»: a demonstrative (the tagger's ``PronType=Dem``) comes before its noun, so after a
    speaker's words — a name, a definite word, a closing mark — it opens the verb's object."""
    t, prev = toks[j], toks[j - 1].words[-1]
    if len(t.words) != 1 or t.words[0].upos not in ("PRON", "DET") or t.words[0].feat("PronType") != "Dem":
        return None
    # after a bare noun it is the noun's genitive: «سكان | تلك الأحياء»، «أنصار | هذا الرأي»; not after a
    # name's second word the tagger read as a common noun («الناشط الإعلامي أنيس منصور | تلك الخطوة»)
    name_end = j >= 2 and toks[j - 2].words[-1].upos in NAME_UPOS and j - 1 > first
    return STOP if prev.upos in NAME_UPOS or name_end or fold(prev.text).startswith("ال") \
        or not prev.text[-1:].isalpha() else None


HOLDER_REACH = 10  # tokens after a quoted name in which an honorific says the holder's name is still to come


def _object_after_quoted_name(toks: list[Token], first: int, j: int, limit: int) -> Optional[int]:
    """«وجّه "أوباما" | انتقادات حادة»، «العقيد "عائض البقمي" | المواطنين»: after a quoted name a
    common noun with no article, or one the tree makes an object, opens the verb's object; an
    adjective («صحيفة "ماركا" الإسبانية»), a «ل» genitive («وكالة (رويترز) للأنباء»), a title or a
    name go on with the name."""
    t, prev = toks[j], toks[j - 1]
    if prev.text not in QUOTE_CLOSE | {")"} or len(t.words) != 1 or t.words[0].upos != "NOUN":
        return None
    key = fold(t.text)
    if is_title_noun(t.text) or is_a(strip_article(key), "institution") or is_a(t.text, "honorific") \
            or key.startswith("ل") or is_nisba(t.text) \
            or any(is_a(x.text, "honorific") for x in toks[j + 1:min(limit, j + 1 + HOLDER_REACH)]):
        return None  # «شيخ قبيلة «البلاهدة» أهالي قرى وادي «كتنة» بني الحارث الشيخ عواض …»: the holder follows
    return STOP if not key.startswith("ال") or t.words[0].deprel == "obj" else None


def _quantifier_after_definite(toks: list[Token], first: int, j: int, limit: int) -> Optional[int]:
    """«ودعا الناطق الرسمي للهيئة | جميع الجهات …»: a quantifier (words.tsv ``np_quantifier``:
    جميع، كافة، كل، معظم) or a number in figures («ربحت الشركة | 84 مليون ريال») after a
    definite word is no genitive of it (a definite noun takes none): it opens the verb's object."""
    before = toks[j - 1].words[-1]
    prev = fold(before.text)
    t = toks[j]
    counted = (is_a(t.text, "np_quantifier") and not in_initials(toks, j)) or _counting(toks, j)  # (not «يو بي آي»)
    if len(t.words) == 1 and counted and (
            prev.startswith(("ال", "لل")) or before.upos in NAME_UPOS):  # «… أحمد عسيري | أي عملية إنزال»
        return STOP
    return None


def _counting(toks: list[Token], j: int) -> bool:
    """«84 | مليون ريال»: a number in figures that counts the noun after it (not a name's number:
    «الدول الـ12»، «الفرقة 30 إن …»، «العام 1436هـ»)."""
    t = toks[j]
    if not any(ch.isdigit() for ch in t.text) or fold(t.text).startswith("ال") or fold(toks[j - 1].text) in ("ال", "الـ"):
        return False
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    return nxt is not None and all(w.upos in ("NOUN", "NUM") for w in nxt.words) and not fold(nxt.text).startswith("ال")


# Tried in order on each token after the first: the first step with an answer decides
# (the last token the phrase takes, or STOP); a token no step decides on is taken.
NP_STEPS = (_quoted_name, _name_particle, _age_after, _issued_by, _document_from, _god_after_definite, _named_as, _percent_share, _courtesy_after_name, _name_after_honorific, _complementiser, _own_speech_event,
            _speaking_about,
            _comma_apposition, _abbreviation_dot, _quantifier_after_definite, _demonstrative,
            _object_after_quoted_name, _relative_on_indefinite, _addressee_after_name, _outlet_body_told, _clause_word,
            _coordinated_name, _name_suffix, _possessed_after_name, _plural_after_name, _country_after_name, _construct_after_country, _place_after_name, _quoted_body_of_title,
            _principal_of_title, _title_preposition, _partitive, _source_link, _purpose_in_body_name, _circumstance, _honorific,
            _object_after_family_name, _definite_after_indefinite_plural, _feminine_after_definite_plural, _verbal_noun_after_definite, _noun_after_adjective, _construct_after_name, _institution_after_name, _definite_after_family_name,
            _definite_after_definite_body, _object_after_name_step, _object_after_full_name, _titled_other_after_name,
            _object_of_verb, _title_link_step, _function_word, _prepositional, _not_nominal)


def noun_phrase_end(sent: Sentence, first: int, limit: int) -> int:
    """Last token index of a noun phrase starting at ``first``."""
    toks = sent.tokens
    limit = min(len(toks), limit)
    last = j = first
    while j + 1 < limit:
        j += 1
        answer = next((a for step in NP_STEPS if (a := step(toks, first, j, limit)) is not None), j)
        if answer == STOP:
            h = _name_ahead(toks, first, j, limit)
            if h is not None:
                return noun_phrase_end(sent, h, limit)
            break
        last = j = answer
    return last


NAME_AHEAD = 8  # tokens of a title's field between where the walk stopped and the holder's honorific


def _name_ahead(toks: list[Token], first: int, stop: int, limit: int) -> Optional[int]:
    """«استشاري وأستاذ أمراض القلب | وقسطرة الشرايين الدكتور خالد النمر»، «الرئيس العام للأرصاد |
    وحماية البيئة الدكتور عبدالعزيز …»، «المدير الإقليمي للحملة … لنصرة الأشقاء | في سورية الدكتور
    بدر السمحان»: a title with no name yet, stopped by a word that goes on with its field, and an
    honorific with a name a few nouns later: the phrase runs on to the holder's name. The index
    of the honorific, else None. The words between are nouns, «و» + a noun, «في»/«عن» + a noun
    (words.tsv ``field_link``):
    no verb, punctuation (but the comma before a bare name in apposition after the title's place:
    «أستاذ العلوم السياسية | بجامعة الحديدة، صالح البيحاني، أن …»), time, statement («في بيان»),
    outlet told, cue or «الله» (a prayer's object:
    «وسأل قائد المنطقة | الله عز وجل أن …», not a holder named «عز وجل»)."""
    if not any(is_title_noun(strip_conj(fold(t.text))) or is_a(strip_article(fold(t.text)), "institution")
               for t in toks[first:stop]):
        return None
    if any(w.upos in NAME_UPOS for t in toks[first:stop] for w in t.words):
        # names in the title's body («رئيس المجلس الإشرافي لمركز بر الفيصلية الخيري التابع لجمعية البر |
        # بالأحساء عبدالكريم بوخمسين، أن …»): only the holder's name right after the place
        h = stop + 1
        return h if toks[stop].words[0].upos == "ADP" and is_title_noun(strip_conj(fold(toks[first].text))) \
            and _closing_name(toks, h, limit) else None
    for h in range(stop, min(limit - 1, stop + NAME_AHEAD + 1)):
        t = toks[h]
        key = fold(t.text)
        if is_a(t.text, "honorific") and h > stop:
            before = toks[h - 1].words[-1]
            if before.upos == "NOUN" and not fold(before.text).startswith("ال") and is_a(t.text, "construct_honorific"):
                continue  # «بمدينة | الملك سعود الطبية الدكتور موسى الخرمي»: a name inside the body's
                #           (words.tsv construct_honorific; not «… الصناعية | بجدة المهندس عبدالعزيز حنفي»)
            dotted = len(t.text) == 1 and h + 2 < limit and toks[h + 1].text == "."  # «… في سورية | د. بدر»
            return h if _name_part(toks, h + 2 if dotted else h + 1, limit) else None
        if h > stop + 1 and h + 2 < limit and is_a(toks[h + 1].text, "name_link") and _name_word(t) \
                and not fold(t.text).startswith("ال"):
            return h  # «مدير مكتب الحملة … | في سورية في لبنان وليد بن علي الجلال»: a name with «بن», no honorific
        if h > stop and _closing_name(toks, h, limit) \
                and not any(is_title_noun(fold(x.text)) for x in toks[stop:h]):
            return h  # «مدير … | بالمنطقة خالد العتيبي، أن …» (not past another title: «أعفت المديرية … |
            #           بمكة المكرمة مدير مستشفى الملك فيصل بمكة،» — the director is the object; a second
            #           title of the same man comes with «و»: «الرئيس السابق | وعضو شرف نادي الرياض ماجد الحكير»)
        if is_comma(t.text) and h > stop + 1 and toks[stop].words[0].upos == "ADP" \
                and is_title_noun(strip_conj(fold(toks[first].text))) and _bare_name_apposition(toks, h, limit):
            return h + 1  # «أستاذ العلوم السياسية | بجامعة الحديدة، صالح البيحاني، أن …»: the place, then
            #               the holder's bare name between commas
        if h == stop and is_title_noun(key):
            return None  # «أعفت المديرية … | مدير مستشفى …»: another title, another person (a second
            #              title of the same one comes with «و»: «المشرف العام على البرنامج | وعضو …»)
        if is_stop(t) or is_complementiser(t) or any(w.upos in ("VERB", "AUX", "NUM") for w in t.words) \
                or (any(w.upos == "PRON" for w in t.words) and not (h > stop and _possessed_noun(t))) \
                or is_a(key, "time") or is_a(key, "adverb") or is_speech_event(t.text) or is_a(key, "not_a_source") \
                or active_lexicon().match_form(t.text) or is_addressee(t) or is_a(key, "relative") or is_a(key, "sacred_god") \
                or (len(t.words) == 1 and t.words[0].upos == "ADP" and not is_a(key, "field_link")):
            return None
    return None


def _closing_name(toks: list[Token], h: int, limit: int) -> bool:
    """A name of two words at ``h`` (the first without the article) that closes the subject: a comma,
    the reported clause or the limit right after it. A family name with the article makes the word
    before it a given name, whatever the tagger read («فاطمة | الزامل، أن …»: «فاطمة» a noun)."""
    if not (h + 1 < limit and not fold(toks[h].text).startswith("ال")
            and (_name_word(toks[h + 1]) or _flat_on_name(toks, h + 1))
            and (h + 2 >= limit or is_comma(toks[h + 2].text) or is_complementiser(toks[h + 2])
                 or (h + 3 == limit and toks[h + 2].text in QUOTE_OPEN | {":"}))):  # («… ديفيد توماس "إن …"»)
        return False
    return _name_word(toks[h]) or (fold(toks[h + 1].text).startswith("ال") and len(toks[h].words) == 1
                                   and toks[h].words[0].upos == "NOUN"
                                   and not is_title_noun(toks[h].text) and not is_a(toks[h].text, "time"))


def _flat_on_name(toks: list[Token], k: int) -> bool:
    """«محمد | الأمين»: one word the tree makes the ``flat`` of the name word right before it, a name's
    last word whatever the tagger read it."""
    t, prev = toks[k], toks[k - 1]
    return len(t.words) == 1 and t.words[0].deprel == "flat" and _name_word(prev) \
        and t.words[0].head == prev.words[0].id


def _possessed_noun(t: Token) -> bool:
    """A noun with its possessive pronoun («أبها» read as أب + ها), not a preposition's or a verb's."""
    return len(t.words) == 2 and t.words[0].upos in ("NOUN", "PROPN") and t.words[1].upos == "PRON"


def _outlet_after_lam(t: Token) -> bool:
    """«لرويترز»، «لبي»، «للصحفيين»: ل + an outlet or the press (words.tsv ``outlet``, ``media``)."""
    key = fold(t.text)
    rest = _after_lam(key)
    return key.startswith("ل") and (is_a(rest, "media") or is_a(strip_article(rest), "media") or is_a(rest, "outlet"))


def is_addressee(t: Token) -> bool:
    """«لرويترز»، «لوكالة فرانس برس»، «للصحفيين»: ل + an outlet, the press, or a
    name without the article (a genitive «للأمم المتحدة» has it)."""
    key = fold(t.text)
    if not key.startswith("ل"):
        return False
    rest = _after_lam(key)
    known = _outlet_after_lam(t)
    if len(t.words) < 2 or t.words[0].upos not in ("ADP", "PART"):
        return known and len(t.words) == 1  # «سيف | لفرانس برس»: left whole by the tokenizer
    return known or (any(w.upos in NAME_UPOS for w in t.words[1:]) and not rest.startswith("ال"))


def _after_lam(key: str) -> str:
    """What follows the preposition «ل» of a folded word: «لرويترز» → «رويترز»,
    «للصحفيين» (لل = ل + ال) → «الصحفيين»."""
    rest = key[1:]
    return "ا" + rest if rest.startswith("ل") else rest


def addressee_after(sent: Sentence, sm: "SpeakerMatch", limit: int) -> Optional[tuple[int, int]]:
    """The addressee right after a speaker phrase, as token indices, when it is
    an outlet («لرويترز»، «لوكالة فرانس برس»): the quote came via it."""
    toks = sent.tokens
    j = sm.last + 1
    if j >= min(len(toks), limit) or not (is_addressee(toks[j]) or outlet_body_told(toks, j, min(len(toks), limit))):
        return None
    if is_a(_after_lam(fold(toks[j].text)), "press"):
        return None  # the press in general is no outlet
    last = _extend_np_plain(toks, j, limit)
    return j, last


def preposition_on_source(t: Token) -> bool:
    """«وفقاً للتقرير»، «لتقرير الوزارة»، «بحسب … لوكالة»: a source's first token that opens with
    the preposition «ل» or «ب», which is no part of the source's name."""
    return len(t.words) > 1 and t.words[0].upos == "ADP" and fold(t.words[0].text) in ("ل", "ب")


def relay_pronoun(t: Token) -> bool:
    """«عنه»، «عنها»: «عن» with a pronoun — a relay from someone named before («ونقل التلفزيون
    عنه قوله إن …»)."""
    return len(t.words) == 2 and fold(t.words[0].text) == "عن" and t.words[1].upos == "PRON"


RELAY_REACH = 10  # words from a relay's verb to its «عن»: the outlet's name, time words


def relay_source(sent: Sentence, cue_index: int, sm: Optional["SpeakerMatch"], limit: int) -> Optional["SpeakerMatch"]:
    """«نقلت الوكالة عن مسؤول في الوزارة أن …»: the original source after «عن»; «ونقل
    التلفزيون عنه قوله …»، «ونقلت عنه وكالة …»: the pronoun (evidence ``relay-pronoun``),
    resolved to whom it stands for."""
    toks = sent.tokens
    j = (sm.last if sm is not None else cue_index) + 1
    if cue_index + 1 < min(len(toks), limit) and relay_pronoun(toks[cue_index + 1]):
        j = cue_index + 1  # the pronoun before the outlet
    while j < min(len(toks), limit) and fold(toks[j].text) != "عن" and toks[j].text != ":" \
            and not (is_sentence_end(toks[j].text) and not is_abbreviation_dot(toks, j)) \
            and not is_complementiser(toks[j]) \
            and sum(any(ch.isalnum() for ch in t.text) for t in toks[cue_index + 1:j + 1]) <= RELAY_REACH:
        # (words, not the dots and brackets of an outlet's initials: «(بي. بي. سي) عنه»)
        if relay_pronoun(toks[j]):
            return SpeakerMatch(j, j, toks[j].words[1], "relay-pronoun")
        j += 1  # past the rest of the outlet's name («الـ”بي بي سي”»), time words
    if j + 1 >= min(len(toks), limit) or fold(toks[j].text) != "عن":
        return None
    return _phrase_from(sent, j + 1, limit, "relay")


def name_particle_at(toks: list[Token], j: int, limit: int) -> bool:
    """Is token ``j`` a European name's particle (words.tsv ``name_particle``: «لو»، «فان») written
    alone, right after a word the tagger reads as a name and before a one-word bare token (before
    ``limit``)? «نويل لو جريت»، «جان إيف لو دريان»: «لو» is not «if» there."""
    if j < 1 or j + 1 >= limit or len(toks[j].words) != 1 or not is_a(toks[j].text, "name_particle"):
        return False
    nxt = toks[j + 1]
    return any(w.upos in NAME_UPOS for w in toks[j - 1].words) and len(nxt.words) == 1 and nxt.text.isalpha() \
        and not fold(nxt.text).startswith("ال") and not is_stop(nxt) and not is_complementiser(nxt)


def _name_part(toks: list[Token], j: int, limit: int) -> bool:
    """A word the tagger did not read as a name, right after a name or an honorific
    («سامح شكري»، «صبحي وائل زيارة»، «الدكتور وليد»): one word, no article, no clitic."""
    t, prev = toks[j], toks[j - 1]
    key = fold(t.text)
    if is_a(key, "name_suffix") and (any(w.upos in NAME_UPOS for w in prev.words) or (
            len(prev.words) == 1 and prev.text.isalpha() and not fold(prev.text).startswith("ال"))):
        return True  # «محمد حسن زاده»: the splitter makes «زاد+ه» of the family name's last word (after a
        #              name word, or a bare word the tagger misread: «محمد رضا نعمت زاده», «نعمت» a verb)
    if name_particle_at(toks, j, limit) or (j >= 2 and name_particle_at(toks, j - 1, limit)):
        return True  # «نويل لو جريت»: a European name's particle and the word after it, whatever the tagger read
    if len(t.words) > 1 or key.startswith("ال") or is_stop(t) or is_complementiser(t) or is_speech_event(t.text):
        return False  # (a speech event is the verb's object: «ألقى … محمد بن علي كومان | كلمة تناول فيها»)
    abbreviated = prev.text == "." and j >= 2 and len(toks[j - 2].text) == 1 and is_a(toks[j - 2].text, "honorific")
    if (is_a(prev.text, "honorific") or abbreviated) and not active_lexicon().match_form(t.text) and not is_a(key, "time") \
            and not (t.words[0].upos == "ADP" and not spelt_as(t.text, "name_spelt_like_preposition")):
        return True  # «المقدم علي»: after a title comes a name, even one spelt like «على»; «د. نبيل» read as a verb
        #              (not a preposition the tagger reads so: «وروت القاضية | في محاولة …»)
    if is_a(prev.text, "name_link") and len(toks[j - 1].words) == 1:
        return True  # «أبو يعرب المرزوقي»، «بن عيد»: after «أبو»/«بن» a name, even one spelt like a verb
    if is_a(key, "time") or is_a(key, "adverb") or is_a(key, "circumstantial_prep") or is_a(key, "relative") \
            or is_a(key, "according") or is_a(key, "negator") or active_lexicon().match_form(t.text):
        return False
    if not any(c.isalpha() for c in key) or strip_conj(key) != key and key[1:2] != "ا":
        return False
    return any(w.upos in NAME_UPOS for w in prev.words) or is_a(prev.text, "honorific")


def _conj_name_part(toks: list[Token], j: int, limit: int) -> bool:
    """A name the clitic splitter cut, inside a name: «وليد» → و + ليد, «فالتر» →
    ف + التر (after an honorific, or between name words); «باسلمة» → ب + اسلمة,
    «لازاريديس» → ل + ازاريديس (a surname after a name, not an outlet); «عبده»
    → عبد + ه (after an honorific or a name)."""
    t, prev = toks[j], toks[j - 1]
    if len(t.words) < 2 or active_lexicon().match_form(t.text) or is_stop(t):
        return False
    after_honorific = is_a(prev.text, "honorific")
    after_name = after_honorific or (any(w.upos in NAME_UPOS for w in prev.words) and not is_stop(prev))
    if not after_name:
        return False
    first, rest = fold(t.words[0].text), t.words[1:]
    key = fold(t.text)
    if first in CONJUNCTIONS:
        nxt = toks[j + 1] if j + 1 < min(len(toks), limit) else None
        if nxt is not None and any(w.upos in NAME_UPOS for w in prev.words) and is_a(nxt.text, "relative") \
                and not is_free_relative(nxt.text):
            return True  # «جان بول فيفريه الذي شارك …» (ف + يفري + ه): «الذي» follows a noun, not a verb
        if not all(w.upos in NAME_UPOS for w in rest):
            return False
        if after_honorific or (first == "ف" and any(w.upos in NAME_UPOS for w in prev.words)):
            return True  # «ف» never joins two people in a subject: «رائد فهمي» (→ ف + همي) is one name
        nxt = toks[j + 1] if j + 1 < min(len(toks), limit) else None
        return (any(w.upos in NAME_UPOS for w in prev.words) and nxt is not None and not is_stop(nxt)
                and (any(w.upos in NAME_UPOS for w in nxt.words) or is_a(nxt.text, "name_link")))
    if first in ("ب", "ل", "ك") and len(rest) == 2 and rest[0].upos in NAME_UPOS | {"NOUN"} and rest[1].upos == "PRON" \
            and _name_word(prev) and j + 1 < min(len(toks), limit) and is_title_noun(toks[j + 1].text) \
            and not is_title_noun(prev.text):
        return True  # «وقال إريك بولييه مدير فريق مرسيدس»: «بولييه» cut into ب + وليي + ه, between a name and
        #              the title in apposition to it (a preposition's phrase never stands there)
    if first in ("ب", "ل", "ك") and len(rest) == 1 and not key[1:].startswith("ال") and not key.startswith("لل") \
            and len(key) > 4:
        stem = key[1:]
        nxt = toks[j + 1] if j + 1 < min(len(toks), limit) else None
        verb = next((w for tok in toks[:j] for w in tok.words if w.id == rest[0].head), None)
        if (rest[0].upos == "NOUN" or (verb is not None and verb.upos == "VERB")) and rest[0].deprel == "obl" \
                and t.words[0].deprel == "case" and (not stem.startswith("ا") or _derived_verbal_noun(stem)) \
                and not (nxt is not None and is_title_noun(nxt.text)):
            return False  # «وأشاد الكلباني بمجهودات الدفاع المدني»، «وقال مونتيزيمولو بصراحة»: the tree's
        #                   oblique, a common noun, or a name it hangs on the verb («وسيلتقي كارتر
        #                   بنتنياهو»: whom he meets); not «با» + a name («بدر باسلمة»، «ناصر باجنوب»),
        #                   nor a word with a title after it: the title is the name's
        #                   («اتهم أورين الرئيس أوباما | بانتهاك …»: «ب» + a verbal noun of a derived form,
        #                   «انتهاك»، «استخدام», is no «با» name)
        return (rest[0].upos in NAME_UPOS | {"NOUN"} and not is_a(stem, "media") and not is_a(stem, "outlet")
                and not is_a(stem, "time") and not is_complementiser(t))
    if len(t.words) == 2 and t.words[0].upos in NAME_UPOS and t.words[1].upos == "PRON":
        return True  # «العميد عبده الحذيفي»
    return False


_DERIVED_VERBAL_NOUN = re.compile(r"^(?:ا[^ا]ت[^ا]ا[^ا]|ات[^ا]ا[^ا]|ان[^ا]{2}ا[^ا]|است[^ا]{2}ا[^ا])$")


def _derived_verbal_noun(stem: str) -> bool:
    """«انتهاك»، «انسحاب»، «استخدام» (folded): the verbal noun of a derived form (افتعال، انفعال، استفعال;
    افتعال with its first root letter merged into the «ت»: «اتخاذ»، «اتصال»، «اتهام»),
    a common noun however the tagger reads it; no name after «با» has its shape («باسلمة»، «باجنوب»)."""
    return bool(_DERIVED_VERBAL_NOUN.match(stem))


def _coordinated_in_title(toks: list[Token], first: int, j: int, limit: int) -> bool:
    """«مدير مؤسسة العلاقات الخارجية والأمنية»، «وزير الخارجية والمغتربين»: و + a
    definite word after a definite word, inside a phrase headed by a title; after any other
    word when the title's holder is named after it («الأمين العام المساعد لشؤون فلسطين والأراضي
    العربية المحتلة بالجامعة العربية السفير محمد صبيح»)."""
    t, prev = toks[j], toks[j - 1]
    key = fold(t.text)
    if not (len(t.words) == 2 and key.startswith("وال") and t.words[1].upos in ("NOUN", "ADJ")
            and any(is_person_noun(x.text) or _institution(x) for x in toks[first:j])):
        return False
    return strip_conj(fold(prev.text)).startswith(("ال", "لل")) or _holder_named(toks, j, limit)  # («… الإسلامية
    #      والأوقاف والدعوة والإرشاد»: after a coordinated word too)


def _institution(t: Token) -> bool:
    """«وزارة»، «لتقرير وزارة»: an institution's noun (words.tsv ``institution``), article or
    preposition aside; its name may coordinate («وزارة الشؤون البلدية والقروية»)."""
    w = t.words[-1]
    return w.upos == "NOUN" and is_a(strip_article(fold(w.text)), "institution")


TITLE_REACH = 6  # tokens after a coordinated second title in which the person's name comes


def _coordinated_title(toks: list[Token], first: int, j: int, limit: int) -> bool:
    """«الكاتب والمحلل السياسي يوسف دياب»، «عضو البرلمان … والقيادي في تحالف القوى فارس طه
    الفارس»، «القيادي البارز في حزب الدعوة وعضو البرلمان العراقي علي العلاق»: و + a title,
    then the name, is a second title of the same person. Not after a person's name («وزير
    الخارجية سامح شكري ووزير …»: a second person), and only when a name follows — or when the first
    title has no genitive of its own («إمام وخطيب المسجد الحرام»: one genitive for both, one person)."""
    t = toks[j]
    detached = len(t.words) == 1 and fold(t.text) in CONJUNCTIONS and j + 1 < limit  # «إمام و خطيب المسجد»
    if detached:
        if not is_title_noun(toks[j + 1].text):
            return False
    elif len(t.words) != 2 or fold(t.words[0].text) not in CONJUNCTIONS or not is_title_noun(t.words[1].text):
        return False
    before = toks[j - 1]
    if j > first and len(before.words) == 1 and is_title_noun(before.text) \
            and not strip_conj(fold(before.text)).startswith("ال"):
        return True  # «إمام وخطيب المسجد الحرام»، «جمال اللهو رئيس ومؤسس مهرجان …»: two titles that share one genitive
    if any(w.upos in NAME_UPOS for w in before.words) and j - 2 >= first and (
            any(w.upos in NAME_UPOS for w in toks[j - 2].words) or is_person_noun(toks[j - 2].text)
            or is_a(toks[j - 2].text, "honorific")):
        return False
    return _holder_named(toks, j + 1 if detached else j, limit)


def _holder_named(toks: list[Token], j: int, limit: int) -> bool:
    """Within ``TITLE_REACH`` tokens after ``j``, before any stop, a name right after a title
    word, «و» written on it or not («القاص والناقد | علي الشدوي»; or after a comma, a title in
    apposition and the name)."""
    for k in range(j + 1, min(limit, j + 1 + TITLE_REACH)):
        if is_comma(toks[k].text) and k > j + 1:
            return _honorific_apposition(toks, k, limit) > 0  # «… واللاعب السابق، فهد الهريفي،»
        if is_stop(toks[k]) or is_complementiser(toks[k]) or active_lexicon().match_form(toks[k].text):
            return False
        if any(w.upos in NAME_UPOS for w in toks[k].words) and (
                is_title_noun(strip_conj(fold(toks[k - 1].text))) or is_a(toks[k - 1].text, "honorific")
                or strip_conj(fold(toks[k - 1].text)).startswith("ال") and toks[k - 1].words[-1].upos in ("NOUN", "ADJ")):
            return True  # a name right after a title word, not a place inside the title
    return False


def _inside_name(toks: list[Token], j: int, limit: int) -> bool:
    """A name word the tagger misread («رجب طيب أردوغان»، «فلاديمير بوتين»):
    no clitic, and a name word follows."""
    if len(toks[j].words) > 1 or j + 1 >= min(len(toks), limit):
        return False
    return any(w.upos in NAME_UPOS for w in toks[j + 1].words) and not is_stop(toks[j + 1])


def _kunya(toks: list[Token], j: int) -> bool:
    """«وتحول أم | فيصل …»: «أم»، «أبو» (words.tsv ``kunya``, as written) before a word the tagger calls a
    name open that name, though the tagger reads «أم» as «or» or a preposition."""
    return j + 1 < len(toks) and spelt_as(toks[j].text, "kunya") and any(w.upos in NAME_UPOS for w in toks[j + 1].words)


def _np_before_subject(t: Token) -> bool:
    return (_np_word(t) and not is_stop(t) and not _starts_with_prep(t) and not is_a(t.text, "time")
            and not is_a(t.text, "adverb") and t.words[0].upos not in ("CCONJ", "ADP", "PRON")
            and not active_lexicon().match_form(t.text))


PLACE_CHAIN = 2  # indefinite nouns between «بـ» and the definite word or name of a title's place


def _bare_noun(t: Token) -> bool:
    """An indefinite common noun with no clitic («منطقة»، «شرطة»): a construct chain goes on."""
    return len(t.words) == 1 and t.words[0].upos == "NOUN" and not fold(t.text).startswith("ال") \
        and not is_a(t.text, "time") and not is_speech_event(t.text)


def _place_of_title(toks: list[Token], first: int, j: int, limit: int) -> bool:
    """«السفير المصري بالخرطوم»، «المتحدث الأمني بوزارة الداخلية»: ب + a definite
    place or body after a title is part of it."""
    key = fold(toks[j].text)
    end = min(len(toks), limit)
    k = j + 1
    while k < end and k - j <= PLACE_CHAIN and _bare_noun(toks[k]):
        k += 1  # «بشرطة منطقة الباحة»: a construct chain, definite by its last member
    nxt = toks[k] if k < end else None
    definite = key.startswith("بال") or (nxt is not None and (
        fold(nxt.text).startswith("ال") or any(w.upos in NAME_UPOS for w in nxt.words))
        and not is_complementiser(nxt) and not is_stop(nxt))  # «بوزارة الداخلية»، «بمنطقة جازان»
    named = _after_two_name_words(toks, first, j) and not any(  # (a holder after it: a body's name;
        is_a(t.text, "honorific") or (is_title_noun(t.text) and t.words[-1].upos != "ADJ")  # not «بالدور الكبير»)
        for t in toks[j + 1:min(end, j + TITLE_PLACE_MAX + 2)])
    titled = any(is_person_noun(t.text) for t in toks[first:j]) or (
        _institution(toks[first]) and _institution(toks[j]))  # («عمادة القبول والتسجيل | بجامعة الملك خالد»:
    #                                                          a body within a body, not «طالبت الوزارة | بالتحقيق»)
    return definite and key.startswith("ب") and j - first <= 8 and titled and not is_a(key, "time") \
        and not named  # «رئيس الغابون علي بونجو اونديمبا | بوضع حجر الاساس»: after the holder's name


HOLDER_NAME_MAX = 4  # words from a bare place to the end of its holder's name (honorific, up to three names)


def _name_before_clause(toks: list[Token], k: int, last: int, limit: int) -> bool:
    """«وأكد المتحدث الرسمي … رأفت الصباغ، في تصريح صحفي أن …»: a bare word the
    parser made the object, ending the phrase right before the reported clause
    (or a comma before it), is the name, not an object — a reporting verb with a
    clause after it takes no second object."""
    t = toks[k]
    # (or a bare place, then the holder's honorific and name: «رئيس لجنة المقاولات في الغرفة التجارية
    # الصناعية | بجدة المهندس عبدالعزيز حنفي أن …»)
    holder = k + 1 < last and is_a(toks[k + 1].text, "honorific") and not is_title_noun(t.text) and last - k <= HOLDER_NAME_MAX
    if len(t.words) > 1 or fold(t.text).startswith("ال") or limit >= len(toks) or (last - k > 2 and not holder):
        return False
    nxt = toks[last + 1] if last + 1 < len(toks) else None
    return nxt is not None and (is_comma(nxt.text) or is_complementiser(nxt) or last + 1 == limit
                                or is_a(nxt.text, "circumstantial_prep")
                                or _outlet_told(toks, last + 1, len(toks)))
    # («وقال المواطن مانع ملفي لـ "سبق" إنه …»: the outlet told, then the clause)


def _name_follows(toks: list[Token], k: int, last: int) -> bool:
    return any(is_a(t.text, "honorific") or any(w.upos in NAME_UPOS for w in t.words) for t in toks[k + 1:last + 1])


def _pp_or_comma_before_verb(sent: Sentence, first: int, verb: int) -> bool:
    """Is the phrase from ``first`` to the verb after it a fronted phrase or a byline rather than the
    verb's subject: punctuation between (other than an apposition's commas, the comma closing the
    subject of «أنّ», a short quoted name's marks), or a preposition opening it?"""
    toks = sent.tokens
    # the marks of a short quoted name are no stops («وكانت «التجارة» قد كشفت»، «عمار حداد، أحد أعضاء
    # المجموعة التي أطلقت على نفسها «رسالة خير»، أشار»)
    quoted = {k for j in range(max(0, first - 1), verb) if (close := quoted_name_end(toks, j, verb))
              for k in range(j, close + 1)}
    stops = [t for t in toks[first:verb] if is_stop(t) and t.index not in quoted]
    if stops and not _apposition_in_commas(sent, first, verb, stops) and not _ism_before_comma(sent, first, verb, stops):
        return True  # «عبدالله البرقاوي - سبق - الرياض: أكد …»: a byline, not the subject
    if not stops and quoted and any(k not in quoted and not is_a(t.text, "verb_particle") and any(
            w.upos not in NP_UPOS | {"ADP"} and not (w.upos == "CCONJ" and w is not t.words[-1] and k > first)
            for w in t.words) for k, t in enumerate(toks[first:verb], first)):
        return True  # with only a quoted name's marks between, a plain noun phrase is the subject; not one
        #              with another word in it («لكن بوتين ومسؤولي "فيفا" قالوا»: the tree's subject is before «لكن»;
        #              a preposition inside is the phrase's own: «رئيس شركة "لوكويل" العملاقة للنفط قد أعلن»;
        #              so is a «و» on a noun inside it: «الباحث في مؤسسة العلاقات الدولية والاستراتيجية وكاتب
        #              "الجغرافية السياسية للقمح" يعتبر»)
    prev = toks[first - 1] if first > 0 else None
    return (prev is not None and prev.words[-1].upos == "ADP") or toks[first].words[0].upos == "ADP"


def _ism_before_comma(sent: Sentence, first: int, verb: int, stops: list[Token]) -> bool:
    """«غير أن بيار باسكاري المدير السابق للتجارب في المديرية …، أكد أن …»، «وكان المتحدث الأمني
    بوزارة الداخلية، قد صرح بأنه …»: the subject of «أنّ» (words.tsv ``subject_opener``) or of «كان»
    and its sisters, long enough to be closed by a comma, and its verb right after that one comma
    («قد» aside), when it names someone, a title or a body: the subject, not a fronted phrase."""
    toks = sent.tokens
    while first > 1 and len(toks[first - 1].words) == 1 and toks[first - 1].words[0].upos in NAME_UPOS:
        first -= 1  # «أن بيار | باسكاري …»: the tree's subject may be a name's last word
    if first == 0 or not (is_a(toks[first - 1].text, "subject_opener") or _is_kana(toks[first - 1])):
        return False
    if first > 1 and (is_a(toks[first - 2].text, "concessive_an")
                      or (first > 2 and is_a_pair(toks[first - 3].text, toks[first - 2].text, "concessive_an"))):
        return False  # «مع أن النتائج … بالغة الأهمية، تقول الدراسة»: the ism of a concession is its own
    end = _before_particles(toks, first, verb)
    return len(stops) == 1 and is_comma(stops[0].text) and stops[0].index == end - 1 \
        and any(w.upos in NAME_UPOS or is_title_noun(w.text) or heads_class(w.text, "institution")
                for t in toks[first:end] for w in t.words)  # (a body: «يذكر أن إحصائيات وزارة الداخلية، أكدت»)


def _is_kana(t: Token) -> bool:
    """«وكان»، «كانت»: a form of «كان» or one of its sisters, which a subject follows."""
    return any(w.upos in ("AUX", "VERB") and kana_lemma(w) for w in t.words)


def _before_particles(toks: list[Token], first: int, verb: int) -> int:
    """The index after the last token before ``verb`` that is no verb particle («… | قد صرح»)."""
    end = verb
    while end - 1 > first and is_a(toks[end - 1].text, "verb_particle"):
        end -= 1
    return end


def _apposition_in_commas(sent: Sentence, first: int, verb: int, stops: list[Token]) -> bool:
    """«فهد المبارك، محافظ مؤسسة النقد العربي السعودي، قال …»: the only stops before the verb are
    two commas around a title the tree makes the apposition of a name before them, or one comma
    and the apposition running to the verb («وكان طارق الشريف، نجل الممثل العالمي قد صرح …»; a
    byline is set off with dashes and a colon)."""
    toks = sent.tokens
    if not all(is_comma(t.text) for t in stops):
        return False
    if len(stops) == 2 and stops[1].index == _before_particles(toks, first, verb) - 1:
        end = stops[1].index  # («وكان المتحدث باسم القوات المسلحة، العميد محمد سمير، قد أعلن …»)
    elif len(stops) > 2 and stops[-1].index == _before_particles(toks, first, verb) - 1 and all(
            _title_segment(toks, a.index + 1, b.index) for a, b in zip(stops[1:], stops[2:])):
        end = stops[1].index  # a second title in commas: «وكان العميد ركن أحمد عسيري، المتحدث باسم قوات
        #                       التحالف، المستشار في مكتب وزير الدفاع السعودي، أكد …»
    elif len(stops) == 1:
        # «وكان طارق الشريف، نجل الممثل العالمي قد صرح …»: no second comma, the apposition runs
        # to the verb (a particle such as «قد» aside)
        end = _before_particles(toks, stops[0].index, verb)
        if any(w.upos not in NP_UPOS | {"ADP"} and not _joins_nouns(t, w) for t in toks[stops[0].index + 1:end] for w in t.words):
            return False  # (a title's place may come with its preposition: «سفير روسيا في الأمم المتحدة»,
            #               and a body's name its «و»: «رئيس مؤسسة بدرخان للثقافة والفنون»)
    else:
        return False
    head = [w for t in toks[first:stops[0].index] for w in t.words]
    inside = [w for t in toks[stops[0].index + 1:end] for w in t.words]
    if len(stops) == 2 and is_a(toks[stops[0].index + 1].text, "subject_aside") \
            and any(w.upos in NAME_UPOS for w in head) and not any(w.upos in ("VERB", "AUX") for w in inside):
        return True  # «لكن وولتر غولييلموني، وهو الأخ غير الشقيق لكافاني ومدير أعماله أيضا، كشف …»: who he is, in commas
    # a name and its title in commas, or a title and its holder's name («وكان المتحدث باسم القوات
    # المسلحة، العميد محمد سمير، قد أعلن …»)
    named = any(w.upos in NAME_UPOS for w in head) or (
        is_title_noun(strip_conj(fold(toks[first].text))) and any(w.upos in NAME_UPOS for w in inside))
    return named and any(
        any(h.id == w.head for h in head) and (w.deprel == "appos" or (w is inside[0] and (
            is_title_noun(w.text) or _nationality_before_name(w, inside))))
        for w in inside)  # (the tree may make the title a genitive of the name: «تشوركين، | سفير روسيا …»)


def _nationality_before_name(w: Word, inside: list[Word]) -> bool:
    """«مدرب مانشستر يونايتد، | الهولندي لويس فان غال يؤكد …»: after a title and its comma, a definite
    adjective of relation and a name are the title's holder, his nationality first (the tree may hang
    the adjective on the title as its own)."""
    return w.upos == "ADJ" and fold(w.text).startswith("ال") and is_relation_adjective(w.text) \
        and len(inside) > 1 and inside[1].upos in NAME_UPOS


def _joins_nouns(t: Token, w: Word) -> bool:
    """«والفنون»: a «و» written on a noun (or adjective), which it joins to the one before."""
    return w.upos == "CCONJ" and len(t.words) == 2 and w is t.words[0] and t.words[1].upos in NP_UPOS


def _title_segment(toks: list[Token], start: int, stop: int) -> bool:
    """Is toks[start:stop] a title and its place, with nothing but nouns, adjectives and prepositions
    («المستشار في مكتب وزير الدفاع السعودي»)?"""
    return start < stop and is_title_noun(strip_conj(fold(toks[start].text))) and all(
        w.upos in NP_UPOS | {"ADP"} for t in toks[start:stop] for w in t.words)


QUOTE_OPEN = {"«", '"', "“"}
QUOTE_CLOSE = {"»", '"', "”"}


def quoted_name_end(toks: list[Token], j: int, limit: int) -> int:
    """Index of the closing mark when toks[j] opens a short quoted name («سكاي تران»،
    «صحيفة (كيهان)»، «لـ(عكاظ)»), else 0."""
    if toks[j].text == "(" and j > 0 and (_np_word(toks[j - 1]) or is_bare_lam(toks[j - 1])):
        if j + 1 < len(toks) and any(c.isdigit() for c in toks[j + 1].text):
            return 0  # «مورينيو (52 عاما)»، «(2005)»: an age or a year, no part of a name
        k = j + 1
        while k < min(j + 5, limit, len(toks)) and toks[k].text != ")":
            if is_stop(toks[k]) or is_complementiser(toks[k]) or any(w.upos == "VERB" for w in toks[k].words):
                return 0
            k += 1
        return k if k < min(j + 5, limit, len(toks)) and k > j + 1 and toks[k].text == ")" else 0
    if toks[j].text not in QUOTE_OPEN:
        return 0
    for k in range(j + 1, min(j + QUOTED_NAME_REACH, limit, len(toks))):
        if toks[k].text in QUOTE_CLOSE:
            inner = toks[j + 1:k]
            # a longer one names a body when no verb is inside but its first word («"تجمع اهالي
            # المعتقلين السلفيين في سجون سلطة حماس"»)
            long = len(inner) > QUOTED_NAME_SHORT and any(w.upos == "VERB" for t in inner[1:] for w in t.words)
            return k if inner and not long and not any(is_complementiser(t) and not letter_n(toks, t.index)
                                                       for t in inner) else 0  # («"ام اس ان بي سي"»: N)
        if is_stop(toks[k]) and not (toks[k].text in DASHES and k > j + 1):
            return 0  # (a dash inside a name goes on: «منظمة «اطباء من اجل حقوق الانسان - اسرائيل»»)
    return 0


QUOTED_NAME_SHORT = 6  # words of a quoted name, whatever they are
QUOTED_NAME_REACH = 13  # the closing mark of a longer one, with no verb inside, within this many tokens


TITLE_APPOSITION_MAX = 10  # tokens of a title in apposition after a name and a comma («فايز حمادة، نائب رئيس اللجنة
#                           للمخابز في مجلس الغرف أن …»)


def _apposition_after(toks: list[Token], first: int, comma: int, limit: int) -> int:
    """«الدكتور شوقي علام، مفتي مصر، …»: after a name, a comma and a title noun
    phrase closed by another comma or a complementiser. Returns its last index, else 0."""
    if comma + 1 < len(toks) and is_a(toks[comma + 1].text, "sacred_god"):
        return 0  # «ودعا المهندس بندر الجبر، | الله عز وجل أن …»: God, prayed to, is no apposition
    if not any(w.upos in NAME_UPOS for w in toks[comma - 1].words) and not _name_part_by_tree(toks, first, comma - 1) \
            and not untagged_name(toks, first, comma - 1):
        return _honorific_apposition(toks, comma, limit, first)
    if _plural_before_singular_title(toks, first, comma):
        return 0
    return _title_apposition(toks, comma, limit) or (
        _bare_name_apposition(toks, comma, limit) if _title_of_a_place(toks, first, comma) else 0)


def _plural_before_singular_title(toks: list[Token], first: int, comma: int) -> bool:
    """«ناشد أهالي محافظة سراة عبيدة …، | وزير الشؤون الإسلامية …، النظر في …»: a phrase headed by a
    plural, then a comma and a singular title: one person cannot be many in apposition; the title
    opens the verb's object (whom they appealed to)."""
    head = toks[first].words[-1]
    if head.upos != "NOUN" or head.feat("Number") != "Plur" or comma + 1 >= len(toks):
        return False
    t = toks[comma + 1]
    return len(t.words) == 1 and is_title_noun(t.text) and t.words[0].feat("Number") == "Sing"


def _title_of_a_place(toks: list[Token], first: int, comma: int) -> bool:
    """«رئيس مجلس محافظة الأنبار غرب العراق، صباح كرحوت، أنه …»: a title whose names before the comma
    are its places', no person's: no honorific, no «بن»/«آل» in it; a bare name after the comma is
    its holder. Not when a title before the comma is followed by a name of two words, its holder's
    (one is a place's: «سكرتير محافظ عدن، وجدان الشعيبي»): «رفض السفير حسين هريدي، مساعد وزير الخارجية
    المصري الأسبق، | تصريحات المالكي، …» (the object after the apposition)."""
    return any(is_person_noun(strip_conj(fold(t.text))) for t in toks[first:comma]) and not any(
        is_a(t.text, "honorific") or is_a(t.text, "name_link") for t in toks[first:comma]) and not any(
        is_person_noun(strip_conj(fold(toks[k].text))) and _name_word(toks[k + 1]) and _name_word(toks[k + 2])
        for k in range(first, comma - 2))


def _given_name_before_surname(toks: list[Token], k: int, end: int) -> bool:
    """«، صباح كرحوت،»: a word that is also a time word («صباح»: morning) before a word tagged a name
    without the article (not «صباح الأحد») is a given name."""
    nxt = toks[k + 1] if k + 1 < end else None
    return nxt is not None and len(nxt.words) == 1 and nxt.words[0].upos in NAME_UPOS \
        and not fold(nxt.text).startswith("ال")


def _title_apposition(toks: list[Token], comma: int, limit: int) -> int:
    """«الدكتور شوقي علام، مفتي مصر، …»: after a name and a comma, a title noun phrase closed by
    another comma or a complementiser. Returns its last index, else 0."""
    k = comma + 1
    if k >= min(len(toks), limit):
        return 0
    t = toks[k]
    if (not _np_word(t) or _starts_with_prep(t) or is_a(t.text, "time") or is_a(t.text, "according")
            or (is_a(t.text, "circumstantial_prep") and not _first_name(toks, k, limit)) or active_lexicon().match_form(t.text)
            or (len(t.words) > 1 and t.words[-1].upos == "PRON")  # «، زيارته لإسرائيل»: no title
            or is_a(t.text, "courtesy_object")  # «… القحطاني، | التعازي لمقام …»: what he offered
            or not (_apposition_word(t) or any(w.upos in NAME_UPOS for w in t.words))):
        return 0  # («اعتبر … نواف العبطان، | برنامج البيت العائلي، من أهم …»: a common noun, the object)
    last = _over_title_prepositions(toks, _extend_np_plain(toks, k, limit), limit)  # «… للمخابز | في مجلس الغرف»
    nxt = toks[last + 1] if last + 1 < len(toks) else None
    if nxt is not None and (is_comma(nxt.text) or is_a(nxt.text, "complementiser")) and last - k < TITLE_APPOSITION_MAX:
        return last
    return 0


def _name_part_by_tree(toks: list[Token], first: int, j: int) -> bool:
    """«فهد المبارك»: the tagger reads the surname as an adjective, the tree hangs it on the first
    name as its modifier: a name's last word all the same."""
    names = {w.id for t in toks[first:j] for w in t.words if w.upos in NAME_UPOS}
    return len(toks[j].words) == 1 and toks[j].words[0].head in names and toks[j].words[0].deprel in ("flat", "amod")


NAME_APPOSITION_MAX = 4  # words of a bare name between commas («رئيس الهيئة، فهد المطيري، إن …»)


def _bare_name_apposition(toks: list[Token], comma: int, limit: int) -> int:
    """«وقال رئيس الهيئة، فهد المطيري، إن …»: after a title, a comma and a name with no
    honorific, closed by a comma or a complementiser: words without the article or a
    clitic (a surname may have it: «المطيري»), at least two of them or one the tagger calls a
    name. Returns its last index, else 0."""
    end = min(len(toks), limit)
    k = last = comma + 1
    titled = None  # «الرئيس ، عبدربه منصور هادي رئيس الجمهورية اليمنية أن …»: the name, then his title
    while last < end and last - k < NAME_APPOSITION_MAX:
        t = toks[last]
        key = fold(t.text)
        if _closes_apposition(toks, last):
            break
        if last - k >= 2 and len(t.words) == 1 and is_title_noun(key):
            titled = _extend_np_plain(toks, last, limit)
            break
        split = len(t.words) == 2 and t.words[1].upos == "PRON" and last + 1 < end and _name_word(toks[last + 1])
        if (len(t.words) > 1 and not split) or (key.startswith("ال") and last == k) or not any(c.isalpha() for c in key) or is_stop(t) \
                or any(is_a(key, c) for c in ("adverb", "according", "relative", "direction")) \
                or (is_a(key, "circumstantial_prep") and not (last == k and _first_name(toks, k, end))) \
                or (is_a(key, "time") and not (last == k and _given_name_before_surname(toks, k, end))) \
                or active_lexicon().match_form(t.text) or (
                    not all(w.upos in ("NOUN", "PROPN", "X", "ADJ") for w in t.words[:1 if split else None])
                    and not (last == k and _first_name(toks, k, end))):  # «، علي السليمي»: the tagger's preposition
            return 0  # («أوليه سولفانج»: a foreign name the splitter cut as a noun and «ه»)
        last += 1
    n = last - k
    if titled is not None:
        return titled if titled + 1 < end and _closes_apposition(toks, titled + 1) else 0
    if n == 0 or last >= end or not _closes_apposition(toks, last):
        return 0
    named = any(w.upos in NAME_UPOS for t in toks[k:last] for w in t.words)
    return last - 1 if (n >= 2 or named) else 0


SECOND_TITLE_MAX = 8  # words of a second title between a comma and its holder's honorific


def _titled_name_apposition(toks: list[Token], comma: int, limit: int) -> int:
    """«رئيس اللجنة التنفيذية للانتخابات، المتحدث الرسمي للانتخابات البلدية المهندس جديع القحطاني، أن
    …»: after a title and a comma, a second title of the same person that runs to an honorific and
    the name, closed as a bare name is. Returns the name's last index, else 0."""
    end = min(len(toks), limit)
    k = comma + 1
    if k >= end or not is_title_noun(strip_conj(fold(toks[k].text))):
        return 0
    for h in range(k + 1, min(end, k + 1 + SECOND_TITLE_MAX)):
        t = toks[h]
        if is_stop(t) or is_complementiser(t) or any(w.upos == "VERB" for w in t.words):
            return 0
        if is_a(t.text, "honorific") and h + 1 < end and any(w.upos in NAME_UPOS for w in toks[h + 1].words):
            last = h + 1
            while last + 1 < end and not is_stop(toks[last + 1]) and (
                    any(w.upos in NAME_UPOS for w in toks[last + 1].words) or is_a(toks[last + 1].text, "name_link")):
                last += 1
            return last if last + 1 < end and _closes_apposition(toks, last + 1) else 0
    return 0


def _closes_apposition(toks: list[Token], k: int) -> bool:
    """What ends a name set between a title and what was said: a comma, a complementiser, a colon,
    an opening quote mark («وقال كبير باحثي الطوارئ في المنظمة، أوليه سولفانج "في يونيو …"»), the
    outlet told («المتحدث باسم العشائر …، محمد الشعباني لـ"الوطن": …»، «… لرويترز إن …») or the
    cue's preposition before its complementiser («أشار الطالب الجامعي، علي السليمي | إلى أنه …»:
    the second comma left out)."""
    t = toks[k]
    return is_comma(t.text) or is_complementiser(t) or t.text in QUOTE_OPEN or t.text == ":" \
        or is_bare_lam(t) or is_addressee(t) or (
            len(t.words) == 1 and t.words[0].upos == "ADP" and k + 1 < len(toks) and is_complementiser(toks[k + 1]))


def _honorific_apposition(toks: list[Token], comma: int, limit: int, first: Optional[int] = None) -> int:
    """«المتحدث الرسمي …، المقدم علي عمير آل جرمان في تصريح …»: after a title, a
    comma and a name behind its honorific (or a bare name closed by a comma:
    ``_bare_name_apposition``). The title is one of the three words before the comma, or,
    given the phrase's ``first`` token, any of its words («كبير باحثي الطوارئ في المنظمة،
    أوليه سولفانج "…"»). Returns the name's last index, else 0."""
    k = comma + 1
    since = max(0, comma - 3) if first is None else min(first, max(0, comma - 3))
    if k < min(len(toks), limit) and not _as_honorific(toks, k, limit) \
            and any(is_title_noun(w.text) or is_a(w.text, "honorific") for t in toks[since:comma] for w in t.words):
        return _bare_name_apposition(toks, comma, limit) or _titled_name_apposition(toks, comma, limit)
    if k + 1 >= min(len(toks), limit) or not _as_honorific(toks, k, limit):
        return 0
    last = k
    if len(toks[k].text) == 1 and toks[k + 1].text == ".":
        last = k + 1  # «المتحدث الرسمي لوزارة الصحة، د. خالد مرغلاني، أنه …»: an abbreviated title and its dot
    opened = last
    while last + 1 < min(len(toks), limit) and not is_stop(toks[last + 1]) and (
            any(w.upos in NAME_UPOS for w in toks[last + 1].words) or is_a(toks[last + 1].text, "name_link")
            or _name_part(toks, last + 1, limit) or _conj_name_part(toks, last + 1, limit)):
        last += 1
    return last if last > opened else 0


def _as_honorific(toks: list[Token], k: int, limit: int) -> bool:
    """An honorific, or a definite occupation right before a name, which stands as one after a
    title and its comma: «رئيس مهرجان كام السينمائي الدولي، | المخرج علاء نصر، إن …»."""
    return is_a(toks[k].text, "honorific") or (
        k + 1 < min(len(toks), limit) and len(toks[k].words) == 1 and fold(toks[k].text).startswith("ال")
        and (is_a(strip_article(fold(toks[k].text)), "occupation") or is_title_noun(toks[k].text))
        and _name_word(toks[k + 1]))  # («المتحدث الرسمي للحكومة، | السفير حسام القاويش، أنه …»)


def _extend_np_plain(toks: list[Token], k: int, limit: int) -> int:
    last = k
    while last + 1 < min(len(toks), limit) and _np_word(toks[last + 1]) and not is_stop(toks[last + 1]) \
            and not is_a(toks[last + 1].text, "circumstantial_prep") and not is_a(toks[last + 1].text, "time"):
        last += 1
    return last


def _over_title_prepositions(toks: list[Token], last: int, limit: int, after_name: bool = True) -> int:
    """The phrase ending at ``last`` run on over a title's prepositions (words.tsv ``title_prep``:
    «في»، «على»، «عن» …; not «خلال»: a circumstance) and the noun phrase after each, before
    ``limit``: «نائب رئيس اللجنة للمخابز | في مجلس الغرف»; so do the title's links (``title_link``:
    «، المتحدث | باسم وزارة الخارجية المصرية،», «باسم» read as a preposition). ``after_name=False``: not after a name
    word, nor into a time word (a subject before its verb: «سامي | في اللقاء»)."""
    end = min(len(toks), limit)
    while last + 2 < end and len(toks[last + 1].words) == 1 \
            and (is_a(toks[last + 1].text, "title_prep") or is_a(toks[last + 1].text, "title_link")) \
            and _np_word(toks[last + 2]) and not is_stop(toks[last + 2]) \
            and (after_name or not (any(x.upos in NAME_UPOS for x in toks[last].words)
                                    or is_a(toks[last + 2].text, "time"))):
        last = _extend_np_plain(toks, last + 2, limit)
    return last


def _phrase_from(sent: Sentence, first: int, limit: int, evidence: str) -> SpeakerMatch:
    """The noun phrase that starts at token ``first`` (before ``limit``), trimmed,
    headed by the first noun-like word of its first token."""
    last = noun_phrase_end(sent, first, limit)
    first, last = trim_phrase(sent, first, last)
    words = sent.tokens[first].words
    head = next((w for w in words if w.upos in NP_UPOS), words[-1])
    return SpeakerMatch(first, last, head, evidence)


def _circumstantial_adjective(t: Token) -> bool:
    """«كتب سابقاً مهاجماً هيئة الإذاعة»، «وقال ظريف مخاطباً نواب البرلمان»، «في بلد يرى زيفاً أن …»: an
    indefinite adjective or participle in the accusative (ending in ا; the tagger reads a participle
    as a noun in the accusative, or the original writes its nunation) describes how it was said; it
    is no subject, nor part of one."""
    key = fold(t.text)
    if len(t.words) != 1 or not key.endswith("ا") or key.startswith("ال"):
        return False
    w = t.words[0]
    return w.upos == "ADJ" or (w.upos == "NOUN" and w.feat("Case") == "Acc" and w.feat("Definite") == "Ind") \
        or FATHATAN in t.written \
        or (w.upos == "X" and PARTICIPLE_III_VI.match(key) is not None)


def _first_name_in_a(toks: list[Token], k: int) -> bool:
    """«أوضحت ناديا يوسف الملحم»: a first name in «ا» the tagger reads as an accusative, known by
    the name the tree hangs on it right after (not a participle's «م»: «مخاطباً كيري»)."""
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return nxt is not None and len(nxt.words) == 1 and nxt.words[0].upos == "PROPN" \
        and not fold(toks[k].text).startswith("م") and nxt.words[0].head == toks[k].words[0].id


# «مخاطباً»، «متسائلاً»: the accusative active participle of verb forms III and VI (مُفاعِلاً،
# مُتفاعِلاً), a shape no name in the cached articles has; the tagger gives some of them `X`
PARTICIPLE_III_VI = re.compile(r"^مت?[^ا]ا[^ا][^ا]ا$")


def _person_head(toks: list[Token], first: int, j: int) -> bool:
    """Is the word before ``j`` a title's («مسؤول في»، «المشرف على»، «والقيادي البارز في»)?"""
    return any(is_person_noun(strip_conj(fold(t.text))) for t in toks[max(first, j - 2):j]) or (
        j - first <= 6 and is_person_noun(toks[first].text))


def trim_phrase(sent: Sentence, first: int, last: int) -> tuple[int, int]:
    """The phrase without stops, time words, or a preposition left at its end when the
    tree cut its object off («المبعوث الدولي عن | آثار الأزمة»), nor a demonstrative before a
    title that runs on to its holder's name: «وأوضح ذلك | المتحدث الرسمي للهيئة المهندس …» is the
    verb's object (an anaphoric «وأكد هذا الناطق …» names no one and keeps it)."""
    toks = sent.tokens
    head = toks[first]
    if first < last and len(head.words) == 1 and head.words[0].feat("PronType") == "Dem" \
            and is_title_noun(toks[first + 1].text) \
            and any(w.upos in NAME_UPOS for t in toks[first + 2:last + 1] for w in t.words):
        first += 1
    while last > first and (is_stop(toks[last]) or is_a(toks[last].text, "time")
                            or (len(toks[last].words) == 1 and toks[last].words[0].upos == "ADP")):
        if toks[last].text in QUOTE_CLOSE and any(t.text in QUOTE_OPEN for t in toks[first:last]) \
                and sum(t.text == '"' for t in toks[first:last + 1]) % 2 == 0:
            break  # the closing mark of a quoted name («"إسماعيل ولد الشيخ أحمد"») stays
        if toks[last].text == ")" and any(t.text == "(" for t in toks[first:last]):
            break  # «صحيفة (كيهان)»
        last -= 1
    return first, last


INTERLOCUTOR_MAX = 8  # tokens between a verb of asking and the one asked


def interlocutor(sent: Sentence, tok: Token) -> Optional[SpeakerMatch]:
    """The one asked after a verb of asking: «وتواصلت (الرياضي) مع رئيس اللجنة
    الدكتور عبدالله البرقان لسؤاله …، فأكد أن …», «استجوبت اللجنة الوكيل المفوض
    ذيب الدحيم …، حيث أشار إلى أنه …»: the answer that follows is theirs. The
    tree's object (or «مع»/«من» phrase) of the verb, else the noun phrase after «مع».
    After a verb of learning only the «من» phrase is the one heard («وعلمت "الوطن" من مصدر مطلع أن …»
    then «وأضاف أنه …»: the source goes on, not the paper; words.tsv ``learning``). After a passive «سئل»
    (words.tsv ``asked_passive``) its subject is the one asked; after a passive «قيل ل…» the one told."""
    toks = sent.tokens
    if spelt_as(tok.text, "asked_passive"):  # «عندما سئل فابيوس، أمس، عما إذا …، أجاب …»: its subject
        k = tok.index + 1
        ok = k < len(toks) and _np_word(toks[k]) and not _starts_with_prep(toks[k]) and not is_stop(toks[k]) \
            and not any(w.upos == "PRON" for w in toks[k].words)
        return _phrase_from(sent, k, len(toks), "surface") if ok else None
    if is_a_after_conj(tok.text, "said_passive") and (told := told_phrase_end(toks, tok.index + 1)) is not None:
        # «قيل لبشر الحافي -رحمه الله-: إن …، فقال: …»: the one told answers
        return _phrase_from(sent, tok.index + 1, told + 1, "surface")
    learning = is_a_after_conj(tok.text, "learning")
    if not learning and not is_a_after_conj(tok.text, "questioning"):
        return None
    verb = next((w for w in tok.words if w.upos == "VERB"), None)
    if verb is None:
        # «التقينا الفنانة …» (read as a noun): with «we» as the subject, the phrase after is the one met
        we = strip_conj(fold(tok.text)).endswith("نا") and tok.index + 1 < len(toks)
        return _phrase_from(sent, tok.index + 1, len(toks), "surface") if we and _np_word(toks[tok.index + 1]) \
            and not _starts_with_prep(toks[tok.index + 1]) and not is_stop(toks[tok.index + 1]) else None
    end = min(len(toks), tok.index + 1 + INTERLOCUTOR_MAX)
    start = None
    heard = ("من",) if learning else ("مع", "من")  # the prepositions of the one heard or asked
    for w in sent.words:
        if w.head == verb.id and w.deprel.split(":")[0] in ("obj", "obl", "iobj") and tok.index < w.token < end:
            case = [fold(c.text) for c in sent.children(w) if c.deprel == "case"]
            if (w.deprel.startswith("obj") and not case and not learning) or any(c in heard for c in case):
                start = w.token
                break
    if start is None:
        start = next((k + 1 for k in range(tok.index + 1, end - 1)
                      if fold(toks[k].text) == ("من" if learning else "مع")
                      and not any(is_stop(t) for t in toks[tok.index + 1:k])), None)
    if start is None or is_stop(toks[start]) or not _np_word(toks[start]) or _starts_with_prep(toks[start]):
        return None
    if any(w.upos == "PRON" for w in toks[start].words):
        return None  # «سألته»، «مع المسؤول عنه»: a pronoun refers to someone known already
    return _phrase_from(sent, start, len(toks), "tree")


NARRATOR_MAX = 5  # words of a name between «عن» and the blessing on its bearer


def _is_blessing(toks: list[Token], start: int, n: int) -> bool:
    """Are the ``n`` tokens from ``start`` a blessing (words.tsv ``blessing``: «رضي الله عنه»)?"""
    return 0 <= start and start + n <= len(toks) and is_a(" ".join(fold(t.text) for t in toks[start:start + n]), "blessing")


def opens_with_blessing(sent: Sentence, sm: SpeakerMatch) -> bool:
    """«وقالت رضي الله عنها: …»، «وقال رحمه الله: …»: a blessing (words.tsv ``blessing``) right where a
    subject would be is said over the one the verb goes on with, and names no one itself. Not a name
    spelt like one once folded («رحمة الله يوسف زائي»)."""
    toks = sent.tokens
    return not toks[sm.first].text.endswith("ة") and any(_is_blessing(toks, sm.first, n) for n in (4, 3, 2))


def narrated_from(sent: Sentence, cue_token: Token) -> Optional[SpeakerMatch]:
    """«عن ابن عباس رضي الله عنهما قال: …»، «عن أبي هريرة رضي الله عنه قال»: the chain of a report as
    a hadith gives it — «عن» (from), a name, a blessing on its bearer (words.tsv ``blessing``), then the
    cue with no subject of its own: the one «عن» names said it. Without the blessing «عن» + a noun
    before a cue is too often something else («الحديث عن التعليم قال …»)."""
    toks = sent.tokens
    k = cue_token.index - 1
    blessed = next((n for n in (4, 3, 2) if _is_blessing(toks, k - n + 1, n)), None)
    if blessed is None:
        return None
    last = k - blessed
    first = next((j + 1 for j in range(last, max(-1, last - NARRATOR_MAX - 1), -1) if fold(toks[j].text) == "عن"), None)
    if first is None or first > last or any(is_stop(t) or any(w.upos in ("VERB", "PUNCT") for w in t.words)
                                            for t in toks[first:last + 1]):
        return None
    head = next((w for w in toks[first].words if w.upos in NP_UPOS), toks[first].words[-1])
    return SpeakerMatch(first, last, head, "surface")


FRONTED_MAX = 12  # tokens between a complementiser and its clause's verb
TOPIC_MAX = 20  # tokens between «أما» and its «فقال»: a topic may carry an age, a title, an organisation


def subject_after_complementiser(sent: Sentence, cue_token: Token) -> Optional[SpeakerMatch]:
    """«وعلمت المصادر أن اللاعب عبدالعزيز الجبرين خلال استجوابه … أكد أنه …»: in
    a clause opened by أن/إن/فإن the noun after the complementiser is its subject (the
    «ism» of أنّ), and after «أما» the topic its «فقال» goes with («أما منيرة محمد
    "إحدى المشاركات" فقالت»), however the parser attached it. The phrase must reach
    the verb with nothing but circumstantial phrases or a quoted apposition between:
    no verb, no other punctuation."""
    toks = sent.tokens
    k = cue_token.index - 1
    if k >= 0 and is_a(toks[k].text, "subordinator"):
        return None  # «أن قرار منعه صادر منذ عامين حيث أكدها سابقاً عبدالرحمن الهزاع»: the
        # cue opens a clause of its own, its subject after it
    fa = len(cue_token.words) > 1 and fold(cue_token.words[0].text) == "ف"
    comma = False  # «أما رعد جاسم (36 سنة) الموظف في شركة «نفط الجنوب»، فقال …»: the topic of
    #                «أما» may close with a comma before its «ف»
    rel = _relative_clause_before(toks, cue_token.index)
    end = cue_token.index if rel is None else rel  # «إلا ان وزير الأمن الداخلي جلعاد اردان | الذي قدم
    if rel is not None:                             # التشريع | اكد …»: the subject's relative clause skipped
        k = rel - 1
    while k >= 0 and end - k <= (TOPIC_MAX if fa else FRONTED_MAX):
        t = toks[k]
        if is_complementiser(t) or is_a(t.text, "subject_opener"):
            break
        if fa and k == cue_token.index - 1 and is_comma(t.text):
            comma = True
            k -= 1
            continue
        if (is_stop(t) and t.text not in ("(", ")", '"', "«", "»")) or any(w.upos in ("VERB", "AUX") for w in t.words) \
                or active_lexicon().match_form(t.text) or (is_a(t.text, "relative") and not is_free_relative(t.text)):
            return None  # («من قبل لجنة الاحتراف»: «من» is a preposition here)
        k -= 1
    else:
        return None
    if not is_a(toks[k].text, "subject_opener") or (
            (comma or end - k > FRONTED_MAX) and fold(toks[k].text) != fold("أما")):
        return None  # «أنه أكد»: the pronoun is the subject, and it refers back
    first = k + 1
    if first >= end or not _np_before_subject(toks[first]) or is_a(toks[first].text, "not_a_source"):
        return None
    if first + 1 == end and is_a(toks[first].text, "anaphor"):
        return None  # «لأن الأخير اعتبر أن …»: the latter, the one last spoken of, as «أنه أكد» refers back
    return _phrase_from(sent, first, end, "surface")


RELATIVE_CLAUSE_MAX = 8  # tokens of a relative clause between a fronted subject and its verb


def _relative_clause_before(toks: list[Token], cue: int) -> Optional[int]:
    """«… وزير الأمن الداخلي جلعاد اردان | الذي قدم التشريع | اكد في السابق ان …»، «… أن الوزير، الذي
    زار المدينة، أكد …»: a short relative clause (words.tsv ``relative``, not a free one: «من»، «ما»)
    that opens with its verb and runs on to the cue, with no complementiser, quote mark, cue form or
    other stop inside (a comma may close it). Not before a cue with «و»: that one goes on inside the
    relative clause («تصريحات المالكي التي أدلى بها لإحدى المحطات | وادعى فيها أن …»). The index of the
    relative pronoun (of the comma before it, if one opens the aside), else None."""
    if len(toks[cue].words) > 1 and toks[cue].words[0].upos == "CCONJ":
        return None
    k = cue - 1
    if k >= 0 and is_comma(toks[k].text):
        k -= 1
    while k > 0 and cue - k <= RELATIVE_CLAUSE_MAX:
        t = toks[k]
        if is_a(t.text, "relative") and not is_free_relative(t.text):
            if k + 1 >= cue or not any(w.upos == "VERB" for w in toks[k + 1].words):
                return None
            return k - 1 if is_comma(toks[k - 1].text) else k
        if is_stop(t) or is_complementiser(t) or active_lexicon().match_form(t.text):
            return None
        k -= 1
    return None


def _topic_read_as_antecedent(sent: Sentence, cue_token: Token, cue_word: Word) -> Optional[SpeakerMatch]:
    """«مصادر سياسية مطلعة أشارت لـ«عكاظ» أن …»: a sentence that opens with an indefinite noun phrase
    and its verb, which the tree reads as a relative clause on the noun (the noun the root, the verb
    its ``acl``): with no other verb, the phrase is the topic and the verb its predicate — the
    subject. The phrase must run from the sentence's start to the verb, nothing else between."""
    if not cue_word.deprel.startswith("acl") or not cue_word.head:
        return None
    head = sent.word(cue_word.head)
    toks = sent.tokens
    if head.deprel != "root" or head.upos not in ("NOUN", "PROPN", "X") or head.token >= cue_token.index:
        return None
    first = 0
    while first < head.token and (is_a_after_conj(toks[first].text, "adverb") or is_comma(toks[first].text)):
        first += 1
    if first > head.token or any(w.upos in ("VERB", "AUX") for t in toks[:cue_token.index] for w in t.words) \
            or not _opens_speaker_phrase(toks[first]) or toks[first].words[0].upos not in ("NOUN", "PROPN", "X"):
        return None  # («لدى إريكسون أبحاث تؤكد …»: a preposition opens it, no topic)
    sm = _phrase_from(sent, first, cue_token.index, "surface")
    return sm if sm.first == first and sm.last == cue_token.index - 1 else None


def _names(tokens: list[Token]) -> bool:
    """A phrase that names someone: a name, a title or a person noun in it."""
    return any(w.upos in NAME_UPOS for t in tokens for w in t.words) or any(
        is_a(t.text, "honorific") or is_person_noun(t.text) for t in tokens)


def _verb_pp(sent: Sentence, first: int, tok: Token, verb: Word) -> bool:
    """A prepositional phrase the tree hangs on the verb («وتحدث المبعوث الدولي | عن آثار
    الأزمة»): the preposition opens the verb's oblique, not more of the subject."""
    case = tok.words[0]
    if case.upos != "ADP" or case.deprel != "case" or not case.head or tok.index == 0 \
            or is_a(sent.tokens[tok.index - 1].text, "source_link") or _title_link(tok) \
            or (fold(case.text) == "ل" and not any(w.upos in NAME_UPOS for w in sent.tokens[tok.index - 1].words)):
        return False  # «بيان صادر عن مكتب المتحدث»، «المتحدثة باسم الشرطة»، «الرئيسة التنفيذية
    #                   للشركة»: the source phrase runs on, whatever the tree hangs it on («ظريف
    #                   للنواب»: after a name, «لـ» is the addressee)
    noun = sent.word(case.head)
    if is_a(tok.text, "title_prep") and _person_head(sent.tokens, first, tok.index) \
            and (noun.upos in NAME_UPOS or is_a(noun.text, "institution")
                 or name_after_place(sent.tokens, tok.index + 1, len(sent.tokens))):
        return False  # «المحللون في بنك كريدي سويس»، «مسؤول في الوزارة»: where the person works;
    #                   «المسؤول عن الفئات السنية فوزي كرني»: what the holder named after it is in charge of
    if _place_of_title(sent.tokens, first, tok.index, len(sent.tokens)):
        return False  # «المتحدث الرسمي للدفاع المدني بمنطقة جازان»
    return noun.head == verb.id and noun.deprel.split(":")[0] == "obl"


def _subject_hung_on_adverb(sent: Sentence, adverb: Word, tok_i: int, limit: int) -> Optional[SpeakerMatch]:
    """«حيث أكدها سابقاً عبدالرحمن الهزاع رئيس الهيئة …»: the tree makes the adverb the subject
    and hangs the name on it; the subject is the named phrase right after the adverb."""
    j = tok_i + 1
    if j >= limit:
        return None
    nxt = sent.tokens[j]
    if not any(x.head == adverb.id for x in nxt.words) or not _opens_speaker_phrase(nxt) or not _names([nxt]):
        return None
    return _phrase_from(sent, j, limit, "tree")


def _first_name(toks: list[Token], j: int, limit: int) -> bool:
    """«أكد علي الأحمدي …»، «وقال المواطن علي حكمي …»: a one-word token spelt like the preposition
    «على», tagged a name and followed (before ``limit``) by one, or by a bare noun or adjective the
    tagger made of a surname, is a first name."""
    if len(toks[j].words) != 1 or j + 1 >= limit:
        return False
    nxt = toks[j + 1]
    if toks[j].words[0].upos not in NAME_UPOS:
        # «وقال المسافر علي العبدالقادر»، «السفير …، علي الديلمي، أن»، «أحمد بن علي»: spelt with «ي»,
        # after a definite noun, a title, a comma or «بن», the tagger's preposition is the name (the preposition
        # is spelt so in about one «على» in forty, and seldom there)
        prev = toks[j - 1] if j > 0 else None
        return spelt_as(toks[j].text, "name_spelt_like_preposition") and not has_conj(fold(toks[j].text)) \
            and prev is not None and len(nxt.words) == 1 \
            and (is_comma(prev.text) or is_title_noun(strip_conj(fold(prev.text))) or is_a(prev.text, "name_link")
                 or (len(prev.words) == 1 and prev.words[0].upos == "NOUN" and fold(prev.text).startswith("ال"))) \
            and nxt.words[0].upos in ("PROPN", "X", "NOUN", "ADJ") and not is_stop(nxt)
    return any(x.upos in NAME_UPOS for x in nxt.words) or is_a(nxt.text, "name_suffix") or (
        len(nxt.words) == 1 and nxt.words[0].upos in ("NOUN", "ADJ") and not fold(nxt.text).startswith("ال")
        and not is_stop(nxt))  # «المواطن علي حكمي»: a surname the tagger reads as an adjective («محمود علي زاده»:
    #                            a family name's last word cut into a verb and its pronoun)


def _name_spelt_like_cue(toks: list[Token], k: int) -> bool:
    """«قال روي هودجسون مدرب إنجلترا …»: a one-word token spelt like a cue's form («روى» folds to
    «روي») that the tagger reads as a name, with a name right after it, is a first name, not a verb."""
    t = toks[k]
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return len(t.words) == 1 and t.words[0].upos == "PROPN" and nxt is not None \
        and len(nxt.words) == 1 and nxt.words[0].upos in NAME_UPOS


def _while(toks: list[Token], rel: int) -> bool:
    """«في الوقت الذي أكدت وسائل إعلامية …»: a relative pronoun after a noun of time (words.tsv
    ``time_antecedent``) makes «while», a conjunction: no antecedent speaks, the verb's subject follows."""
    return rel > 0 and is_a(toks[rel - 1].text, "time_antecedent")


def _personal_pronoun_before(sent: Sentence, cue_token: Token, w: Word) -> bool:
    """Is ``w`` a personal pronoun written as a word of its own («هي»، «فهي»، «وهم»; not a clitic,
    «الذي» or «هذا») before the cue?"""
    if w.upos != "PRON" or w.feat("PronType") != "Prs" or w.token >= cue_token.index:
        return False
    words = sent.tokens[w.token].words
    return words[-1] is w and all(x.upos == "CCONJ" for x in words[:-1])


def _tree_subject(sent: Sentence, cue_token: Token, cue_word: Word, w: Word, limit: int) -> Optional[SpeakerMatch]:
    """The speaker phrase of one ``nsubj`` of the cue, or None when it cannot be the speaker."""
    tok_i = w.token
    if tok_i == cue_token.index:
        return None  # the pronoun clitic on the verb itself
    if tok_i >= limit or told_me(sent.tokens, tok_i, limit):
        return None  # («وقيل لي يومها»: the writer told)
    tok = sent.tokens[tok_i]
    if tok_i > cue_token.index + 1 and is_a(tok.text, "outlet_tail") and _outlet_told(sent.tokens, tok_i - 1, limit):
        return None  # «وقال لفرانس برس إن …»: the outlet's second word, not who spoke
    if tok_i + 2 < limit and is_a_pair(tok.text, sent.tokens[tok_i + 1].text, "joint_opener"):
        after = sent.tokens[tok_i + 2]  # «رأى كل من أستاذ الفقه … وأستاذ …»: the speakers come after «كل من»
        head = next((x for x in after.words if x.upos in ("NOUN", "PROPN", "X")), None)
        if head is None:
            return None
        tok_i, tok, w = tok_i + 2, after, head
    adverbial = any(is_a(x, c) for x in (w.text, tok.text) for c in ("time", "adverb")) \
        or is_a_after_conj(tok.text, "adverb")  # «وبدورها أوضحت ناديا …»
    if adverbial and tok_i > cue_token.index:
        return _subject_hung_on_adverb(sent, w, tok_i, limit)
    if is_free_relative(w.text) or adverbial or is_a(tok.text, "not_a_source") \
            or is_complementiser(tok) or (active_lexicon().match_form(tok.text) and not _name_spelt_like_cue(sent.tokens, tok_i)) \
            or (len(tok.words) == 1 and is_a(tok.text, "circumstantial_prep")
                and not hamza_says_otherwise(tok.text, "circumstantial_prep")  # «إمام»، not «أمام»
                and not _first_name(sent.tokens, tok_i, len(sent.tokens))):
        return None  # «وفق ما أوردته»، «الأربعاء»، «بأن»، «قائلاً»، «ولفت الى أن»: not who spoke
    if is_a(w.text, "relative"):
        if _while(sent.tokens, tok_i) or (tok_i == cue_token.index - 1
                                          and _relative_of_other_gender(sent.tokens, tok_i, cue_token, cue_word)):
            return None
        return SpeakerMatch(tok_i, tok_i, w, "tree", relative=True)
    if is_a(tok.text, "honorific_pronoun") and tok_i > cue_token.index:
        return SpeakerMatch(tok_i, tok_i, w, "tree")  # «وحذّر سماحته …»: resolved to the dignitary later
    if tok_i < cue_token.index and _pp_or_comma_before_verb(sent, tok_i, cue_token.index):
        return None  # «وفي السياق، استبعد …»: a fronted phrase, not the subject
    if tok_i < cue_token.index and len(cue_token.words) > 1 and fold(cue_token.words[0].text) == "و" \
            and cue_token.words[0].upos == "CCONJ":
        return None  # «التزامات الملاك وأوضح أحد ملاك …»: «و» opens a clause of its own; a phrase before
        #              it (a subheading run into the text) is not the verb's subject
    if tok_i < cue_token.index and any(is_complementiser(t) for t in sent.tokens[tok_i + 1:cue_token.index]):
        return None  # «ليس هذا فحسب بل إنها أكدت …»: the verb's subject is the complementiser's own, after it
    if tok_i > cue_token.index and any(is_stop(t) for t in sent.tokens[cue_token.index + 1:tok_i]):
        return None  # «وقال بوتين، وفق ما أوردته رويترز»: past a comma is not the subject
    misread = w.upos == "VERB" and len(tok.words) == 1 and tok_i == cue_token.index + 1  # «وأوضح شاهد عيان»
    if w.upos == "PRON" or (w.upos not in NP_UPOS and not misread) \
            or (tok_i > cue_token.index and ((_circumstantial_adjective(tok) and not _first_name_in_a(sent.tokens, tok_i))
                                             or _oblique_plural(tok))):
        return None  # after the verb an accusative is no subject («وقال … مخاطباً»); before it, after
    #                  «لكن»/«إن», the subject is accusative («لكن مسؤولاً قال»)
    first = tok_i
    if tok_i > cue_token.index:
        # the tree may point at a later word of the phrase («ويقول جان بول» →
        # «بول»): the phrase starts right after the cue
        while first - 1 > cue_token.index and (_np_before_subject(sent.tokens[first - 1]) or _kunya(sent.tokens, first - 1)):
            first -= 1
        # the noun phrase from the subject on, up to a word the tree makes
        # another dependent of the verb («وأكد الوزير التزامه»)
        last = noun_phrase_end(sent, first, limit)
        k = first + 1
        while k <= last:
            toks = sent.tokens
            if _oblique_plural(toks[k]) and fold(toks[k].text).startswith("ال") \
                    and ((fold(toks[k - 1].text).startswith("ال") and toks[k - 1].words[-1].feat("Number") == "Sing")
                         or (_name_word(toks[k - 1]) and not is_a(toks[k - 1].text, "name_link"))):
                last = k - 1  # «ودعا م. الحداد | المواطنين للتعاون»: an oblique plural right after a definite
                break         # singular or a name is neither its genitive nor its adjective: the verb's object
                #               («ودعا الأمير فيصل بن خالد | الإعلاميين إلى …»)
            if is_comma(toks[k].text) and (appos := _apposition_after(toks, first, k, limit)):
                k = appos + 1  # «الدكتور شوقي علام، مفتي مصر،»: the apposition is his
                continue
            if toks[k].text in QUOTE_OPEN and (close := quoted_name_end(toks, k, limit)) \
                    and not _starts_with_prep(toks[k + 1]):
                k = close + 1  # «شركة الطيران التونسية الخاصة «سيفاكس إيرلاينز»»: the quoted name is
                continue  # the subject's, whatever the tree makes of the words inside
            if _name_part(toks, k, limit) or _conj_name_part(toks, k, limit) or (
                    (is_person_noun(toks[k].text) or _opens_holder(toks, k, limit))
                    and _name_follows(toks, k, last)) or (
                    is_person_noun(toks[k].text) and any(x.upos in NAME_UPOS for x in toks[k - 1].words)):
                k += 1  # «سامح شكري» read as the object: a name goes on; «وزير العدل
                continue  # رئيس المجلس … الدكتور وليد»: a second title, then the name; «جيري رايس
                #          المتحدث باسم الصندوق»: a title right after the name is his, whatever the tree says
            if (any(x.head == cue_word.id and x.deprel.split(":")[0] in VERB_DEPENDENTS
                    and x.upos not in NAME_UPOS for x in toks[k].words) or _verb_pp(sent, first, toks[k], cue_word)
                    or (is_a(toks[k].text, "cue_object") and not is_a(toks[k - 1].text, "compound_given"))) \
                    and not _name_before_clause(toks, k, last, limit) and not _adjectival_construct(toks, k, limit) \
                    and not _body_short_name(toks, first, k, limit) and not _name_after_title_phrase(toks, first, k, limit):
                last = k - 1
                break
            k += 1
    else:
        # subject before the verb: its phrase runs up to the verb
        sub = [x.token for x in sent.subtree(w) if x.token < cue_token.index]
        first = min(sub) if sub else tok_i
        while first < tok_i and (is_stop(sent.tokens[first]) or is_a(sent.tokens[first].text, "according")
                                 or is_complementiser(sent.tokens[first]) or is_a(sent.tokens[first].text, "subject_opener")):
            first += 1  # (not «فإن» the tree hangs on the subject: «فإن سيباستيان ابيس … يعتبر»)
        # before its verb the subject keeps its prepositional phrases («المدافعون | عن حقوق المزارعين …
        # يقولون»), not after a name («سامي | في اللقاء»)
        last = _over_title_prepositions(sent.tokens, noun_phrase_end(sent, first, cue_token.index), cue_token.index,
                                        after_name=False)
        if last + 1 < cue_token.index and quoted_name_end(sent.tokens, last + 1, cue_token.index) == cue_token.index - 1:
            last = cue_token.index - 1  # «… وكاتب "الجغرافية السياسية للقمح" يعتبر»: a quoted name right before the verb
        end = _before_particles(sent.tokens, first, cue_token.index)
        if last + 2 < end and is_comma(sent.tokens[last + 1].text) and set(range(last + 1, end)) <= set(sub) \
                and is_title_noun(strip_conj(fold(sent.tokens[first].text))) \
                and all(x.upos in NP_UPOS | {"ADP", "CCONJ", "PUNCT"} for t in sent.tokens[last + 2:end] for x in t.words):
            last = end - 1  # «مدرب مانشستر يونايتد، الهولندي لويس فان غال يؤكد»: a title before the comma, and all
            #                 the tree hangs on it up to the verb (no verb there) is its holder; a name before the
            #                 comma is the subject alone («فيتالي تشوركين، سفير روسيا …»)
    first, last = trim_phrase(sent, first, last)
    return SpeakerMatch(first, last, w, "tree")


def _outlet_told(toks: list[Token], k: int, limit: int) -> bool:
    """Is the outlet told at ``k``, bare («لرويترز») or quoted («لـ"سبق"»)?"""
    return is_addressee(toks[k]) or quoted_addressee(toks, k, limit) > 0


def is_bare_lam(t: Token) -> bool:
    """«لـ» standing alone before a quoted outlet («لـ"الاقتصادية"»)."""
    return fold(t.text) == "ل" and len(t.words) == 1


def quoted_addressee(toks: list[Token], j: int, limit: int, telling: bool = False) -> int:
    """«لـ"الاقتصادية"»، «لـ«عكاظ»»; after a verb of telling also «أبلغ «عكاظ» …»: the last
    token of a quoted outlet told at ``j``, else 0."""
    k = j
    if is_bare_lam(toks[j]) and j + 1 < limit:
        k = j + 1
    elif not telling:
        return 0
    return quoted_name_end(toks, k, limit)


def told_me(toks: list[Token], j: int, limit: int) -> bool:
    """«وقالت لي | مصادر إن …»، «يقول لي | أصدقائي إن …»: «لي» (words.tsv ``to_me``) that the clitic
    repair before tagging (``parse._to_me_after_cue``) left whole, since a bare noun follows it, is
    still «to me», the writer told, when the tagger calls that noun no name, or it is a time word
    (before a name it may be the surname Lee: «وقال لي كه تشيانغ»)."""
    return j + 1 < limit and spelt_as(toks[j].text, "to_me") and (
        is_a(toks[j + 1].text, "time") or not any(w.upos in NAME_UPOS for w in toks[j + 1].words))


def _addressee_first(sent: Sentence, cue_token: Token, limit: int) -> Optional[tuple[int, int]]:
    """«وقال لـ"الاقتصادية" حسن الزهراني إن …»، «أبلغ «عكاظ» مدير التعليم أن …»: the
    outlet told stands between the cue and the speaker. (Last token of the addressee, first
    token of the speaker) when a noun phrase follows it, a comma between or not, else None."""
    toks = sent.tokens
    j = cue_token.index + 1
    if j >= limit:
        return None
    close = j if told_me(toks, j, limit) else quoted_addressee(toks, j, limit, is_a_after_conj(cue_token.text, "telling"))
    if not close or close + 1 >= limit:
        return None
    start = close + 1
    if is_comma(toks[start].text) and start + 1 < limit:
        start += 1  # «ويقول لـ "الاقتصادية"، جون تايلر الخبير القانوني، إن …»
    nxt = toks[start]
    if is_a(nxt.text, "time") or is_complementiser(nxt) or not (
            _opens_speaker_phrase(nxt) or _name_read_as_verb(toks, close + 1, limit)):
        return None
    return close, start


def _name_read_as_verb(toks: list[Token], j: int, limit: int) -> bool:
    """«وقال لـ«الشرق الأوسط» فضل البوعنين إن …»: right after the outlet told, where the
    speaker's name stands, one word the tagger reads as a verb («فضل») with a noun after it is
    the name misread."""
    after = toks[j + 1] if j + 1 < limit else None
    return len(toks[j].words) == 1 and toks[j].words[0].upos == "VERB" and after is not None \
        and any(w.upos in NP_UPOS for w in after.words) and not is_stop(after)


def _opens_speaker_phrase(t: Token) -> bool:
    """Can the speaker's noun phrase begin at ``t``, right after the cue (or after the
    outlet told)? Not punctuation, a preposition, a cue, a complementiser, «بحسب» or a
    circumstantial adjective. An honorific does, whatever the tagger read it as («بدأ د. أحمد
    بادويلان»: «د» tagged a preposition)."""
    if len(t.words) == 1 and is_a(t.text, "honorific"):
        return True
    return (not is_stop(t) and _np_word(t) and not _starts_with_prep(t) and not active_lexicon().match_form(t.text)
            and not is_a(t.text, "circumstantial_prep") and not is_complementiser(t)
            and not is_a(t.text, "according") and t.words[0].upos not in ("ADP", "PRON", "CCONJ")
            and not _circumstantial_adjective(t) and not is_a(t.text, "not_a_source") and not _oblique_plural(t))


def _oblique_plural(t: Token) -> bool:
    """«وطالب | المواطنين بـ …»، «ودعت | الراغبين إلى …»: a sound masculine plural (or dual) in
    «ين» is accusative or genitive — after the verb its object, never its subject, which would
    end in «ون»/«ان» («المواطنون»). The tagger's number tells it from a singular in «ين»
    («الأمين العام»، «البحرين»), and the stem's pattern a name in «ين» («الكرملين»): a participle
    (مُفعِل: «المواطنين»، «المتقدمين»), a فاعل («اللاعبين»، «الراغبين») or a nisba («المصريين»; tagged a
    name with a plural number too: «الإعلاميين»)."""
    if len(t.words) != 1:
        return False
    w = t.words[0]
    key = strip_article(strip_conj(fold(t.text)))
    if w.upos not in ("NOUN", "ADJ", "PROPN") or w.feat("Number") not in ("Plur", "Dual") or not key.endswith("ين") or len(key) < 5:
        return False
    return _plural_stem(key[:-2])


def statement_named(sent: Sentence, first: int, stop: int) -> Optional[str]:
    """«وقال المتحف | في بيان الخميس إنه …»: the statement a cue says its speaker spoke in, between
    the cue and the content: its noun (words.tsv ``speech_event`` or ``document``), folded, without
    the article; else None."""
    toks = sent.tokens
    for k in range(first, min(stop, len(toks)) - 1):
        if fold(toks[k].text) == "في" and len(toks[k].words) == 1:
            key = _statement_noun(toks[k + 1])
            if key is not None:
                return key
    return None


def _statement_noun(t: Token) -> Optional[str]:
    """The noun of «بيان»، «البيان»، «بيانها» (the issuer's pronoun split off or left on; words.tsv
    ``speech_event`` or ``document``), folded, without the article; else None."""
    words = t.words[:-1] if len(t.words) == 2 and t.words[1].upos == "PRON" else t.words
    if len(words) != 1:
        return None
    return statement_word(strip_article(fold(words[0].text)))


def statement_maker(sent: Sentence, tok: Token) -> Optional[SpeakerMatch]:
    """«بيان أصدره أمين عام الرابطة …»، «كلمة ألقاها وزير الصحة …»، «تصريحات أدلى بها، يوم
    الاثنين، محمد علي جعفري، …»: after a noun of a speech event, a verb of making it (words.tsv
    ``statement_verb``, with the pronoun that takes the noun up), then its subject, who made
    the statement: the source of a «قال فيه» or «أكد» after it. Read off the surface (the
    tagger often takes «ألقاها» for a noun). The subject's phrase, else None."""
    toks = sent.tokens
    k = tok.index + 1
    if k + 1 < len(toks) and len(toks[k].words) == 1 and toks[k].words[0].upos == "ADJ" \
            and not fold(toks[k].text).startswith("ال"):
        k += 1  # «وفي مقال علمي | للدكتور فواز العلمي يلفت فيه …، مشيراً إلى أن …»: the speech's adjective
    nxt = toks[k] if k < len(toks) else None
    if nxt is not None and any(is_speech_event(w.text) for w in tok.words) and preposition_on_source(nxt) \
            and fold(nxt.words[0].text) == "ل" and (is_title_noun(nxt.words[-1].text) or is_a(nxt.words[-1].text, "honorific")):
        # «وكلمة لقائد عام المخيم تكاياسو شيما، أكد فيها …، مفيداً أن …»، «وبدأ الحفل بكلمة لرئيس مجلس
        # إدارة "سبق" المهندس عبدالعزيز الخريجي، رحب فيها …، وقال: …»: the speech is the titled one's
        return _phrase_from(sent, k, len(toks), "surface")
    if statement_made(sent, tok) is None:
        return None
    j = tok.index + 1
    while j < len(toks) and (is_a(toks[j].text, "time") or is_a(toks[j].text, "adverb") or is_comma(toks[j].text)
                             or is_preposition_with_pronoun(toks[j])
                             or is_a(toks[j - 1].text, "time") and toks[j].words[0].upos == "ADJ"):
        j += 1  # «أدلى بها، يوم الاثنين، …»، «ألقاها أمس الأول»
    if j < len(toks) and _opens_speaker_phrase(toks[j]):
        return _phrase_from(sent, j, len(toks), "surface")
    return None


def statement_made(sent: Sentence, tok: Token) -> Optional[str]:
    """«بيان أصدره …»، «تقرير أصدرته مصلحة الجمارك …»، «الدراسة التي أعدها باحثون …»: when ``tok`` is
    a verb of making a statement (words.tsv ``statement_verb``) right after the noun of a speech event
    or a document (or after that noun and its relative pronoun), that noun, folded, without the
    article; else None."""
    toks = sent.tokens
    noun = tok.index - 1
    if noun < 0 or not is_a(tok.text, "statement_verb"):
        return None
    if noun > 0 and token_is_a(toks[noun], "relative"):
        noun -= 1  # «جاء ذلك في البيان الذي أصدره معالي الدكتور …»: the noun, definite, before its relative
    # («بتصريحات» → ب + تصريحات)
    return next((made for x in [toks[noun].text] + [w.text for w in toks[noun].words]
                 if (made := statement_word(strip_article(fold(x)))) is not None), None)


def _possessed_after(toks: list[Token], close: int) -> bool:
    """«أعلن "تحالف القوى العراقية" | دعمه المطالب …»: a noun with a possessive pronoun right after a
    quoted name is the verb's object, no more of the name."""
    return close + 1 < len(toks) and _possessed_noun(toks[close + 1])


def _manner_adjective(toks: list[Token], j: int) -> bool:
    """«وقال بصوت | مسموع: …»، «يقول بلهجة | آمرة: …»: a bare word after a manner phrase (words.tsv
    ``adverb`` with its «بـ») describes it; it is no title, no name."""
    t = toks[j]
    return j > 0 and is_a(toks[j - 1].text, "adverb") and fold(toks[j - 1].text).startswith("ب") \
        and len(t.words) == 1 and t.words[0].upos in ("ADJ", "NOUN") and not fold(t.text).startswith("ال") \
        and not is_title_noun(t.text)


def find_speaker(sent: Sentence, cue_token: Token, cue_word: Word, limit: Optional[int] = None,
                 surface: bool = True) -> Optional[SpeakerMatch]:
    """Speaker mention of a finite cue; ``limit`` is the first token of the content.
    ``surface=False`` trusts the tree alone for the subject (for subjects of any verb);
    an outlet told before the subject is skipped either way. Not a phrase the verb cannot
    agree with (``_disagrees_with_verb``), nor one without a letter or a digit («وأضاف // أن …»: a mark the
    scraper left, tagged a name)."""
    sm = _find_speaker(sent, cue_token, cue_word, limit, surface)
    if sm is None or not any(ch.isalnum() for t in sm.tokens(sent) for ch in t.text):
        return None
    return None if _disagrees_with_verb(sent, cue_token, cue_word, sm) else sm


def _disagrees_with_verb(sent: Sentence, cue_token: Token, cue_word: Word, sm: SpeakerMatch) -> bool:
    """«ودعا | المنظمات الإنسانية الدولية إلى أن …»: a verb before its subject agrees with it in
    gender when nothing stands between them, and a plural in «ات» takes a feminine verb («دعت
    المنظمات»), so right after a masculine verb it is the verb's object, and the subject dropped.
    So is a quantified phrase right after a call («وحث الجميع على …»: words.tsv ``np_quantifier``),
    and God right after a prayer («وسأل الله أن …»: ``sacred_god``). Not a word in «ات» that «الذي»
    follows (``masculine_relative``): the relative agrees with one man («وقال بروسات الذي تعاون …»)."""
    if sm.relative or sm.first != cue_token.index + 1:
        return False
    t = sent.tokens[sm.first]
    key = fold(t.text)
    hit = active_lexicon().match_form(cue_token.text)
    entry = hit[0] if hit is not None else active_lexicon().match_lemma(cue_word.lemma)
    if entry is not None and entry.category == "demand" and heads_class(t.text, "np_quantifier"):
        return True  # «وحث الجميع على …»، «دعت جميع العملاء إلى …»: those called on, the subject dropped
    if entry is not None and entry.category in ("ask", "demand") and is_a(strip_conj(key), "sacred_god"):
        return True  # «وسأل الله أن يحفظ …»، «ودعا الله عز وجل أن …»: God is prayed to, the subject dropped
    if cue_word.upos != "VERB" or cue_word.feat("Gender") != "Masc":
        return False
    nxt = sent.tokens[sm.first + 1] if sm.first + 1 < len(sent.tokens) else None
    return len(t.words) == 1 and t.words[0].upos == "NOUN" and key.endswith("ات") and len(strip_article(key)) > 4 \
        and not is_person_noun(t.text) and not any(w.upos in NAME_UPOS for w in t.words) \
        and not (nxt is not None and is_a(nxt.text, "masculine_relative"))  # («بروسات الذي …»: one man)


TOPIC_REACH = 14  # tokens from «أما» to the «ف» + verb that says what its topic does


def topic_speaker(sent: Sentence, cue_token: Token) -> Optional[SpeakerMatch]:
    """«أما خالد العمران مواطن من جدة فيقول: …»، «أما محمد البحراني أحد المزارعين، فيذكر …»، «أما الوزير
    فقد أكد …»: a verb with «ف» after «أما» (words.tsv ``topic``) and a noun phrase says what that
    topic does: the phrase is the speaker. None when «أما» opens a prepositional phrase («أما عن الشعر
    السياسي، فقال …»، «أما في جبهة الزبداني فذكر …»: the subject is dropped)."""
    toks = sent.tokens
    k = cue_token.index - 1
    if fold(cue_token.text) != "قد" and k >= 0 and fold(toks[k].text) == "فقد":
        k -= 1  # «فقد أكد»
    elif not (len(cue_token.words) > 1 and fold(cue_token.words[0].text) == "ف"):
        return None
    aside = _aside_before(toks, k)  # «أما رئيس رابطة الفنانين … نمير عبد الحسين، وهو أحد من شملهم …، فقال»
    for j in range(k, max(-1, k - TOPIC_REACH - (k - aside if aside is not None else 0)), -1):
        t = toks[j]
        if aside is not None and j >= aside:
            continue
        if is_sentence_end(t.text) or t.text == ":" or is_complementiser(t) or any(w.upos == "VERB" for w in t.words):
            return None
        if is_a_after_conj(t.text, "topic"):
            first, last = j + 1, (k if aside is None else aside - 1)
            while last > first and is_stop(toks[last]):
                last -= 1  # «…، فيذكر»
            if first > last or not _opens_speaker_phrase(toks[first]) or _starts_with_prep(toks[first]):
                return None  # (also «أما علي …»: «علي» read as «على», a preposition: left to the tree)
            nxt = toks[cue_token.index + 1] if cue_token.index + 1 < len(toks) else None
            if nxt is not None and (_name_word(nxt) or is_title_noun(nxt.text) or is_a(nxt.text, "honorific")):
                return None  # «أما أبرز ملامح أنشطة الحرفيين …، فأوضح | السواط أن …»: the verb names its own
                #              subject; the topic is what he spoke about
            first, last = trim_phrase(sent, first, last)
            words = toks[first].words
            return SpeakerMatch(first, last, next((w for w in words if w.upos in NP_UPOS), words[-1]), "surface")
    return None


def _aside_before(toks: list[Token], k: int) -> Optional[int]:
    """The comma that opens a «، وهو …،» aside (words.tsv ``subject_aside``) closed by the comma at ``k``
    (or right before it), else None."""
    end = k if is_comma(toks[k].text) else k - 1
    if end < 2 or not is_comma(toks[end].text):
        return None
    for j in range(end - 1, max(0, end - TOPIC_REACH), -1):
        if is_comma(toks[j].text):
            return j if is_a(toks[j + 1].text, "subject_aside") else None
    return None


KANA_REACH = 30  # tokens from «كان» to the «قد» before the cue


def _kana_subject(sent: Sentence, cue_token: Token) -> Optional[SpeakerMatch]:
    """«وكان X قد قال …»: «كان» (or a sister), its subject, then «قد» right before the cue. The
    subject comes before the verb, however long («وكان المستشار المبروك اقريرة، وزير العدل في
    الحكومة الليبية، قد حث المجتمع الدولي …»، «وكان الرئيس، الذي وصل أمس، قد أكد للصحفيين …»):
    a noun after the verb is its object («المجتمع الدولي»), not who spoke. With nothing between
    «كان» and «قد» («وكان قد أعلن الرئيس …») the subject follows the verb as usual. Without «قد», only a
    nominal phrase right before the cue («وكان مصدر مسؤول في الخارجية العُمانية ذكر اليوم أن …», which a
    parser may hang on the clause before): no verb, pronoun, conjunction or punctuation in it."""
    toks = sent.tokens
    k = cue_token.index
    qad = _after_qad(sent, cue_token)
    end = k - 1 if qad else k
    if end < 2:
        return None
    for j in range(end - 1, max(-1, end - 1 - KANA_REACH), -1):
        t = toks[j]
        if is_sentence_end(t.text) or t.text == ":" or is_complementiser(t):
            return None
        if _is_kana(t):
            first = j + 1
            if first >= end or not any(w.upos in NAME_UPOS or w.upos == "NOUN" for w in toks[first].words):
                return None
            return _phrase_from(sent, first, end, "kana")
        if not qad and (any(w.upos in ("VERB", "AUX", "PRON", "CCONJ", "SCONJ") for w in t.words) or is_stop(t)
                        or fold(t.text).endswith("ا")):
            return None  # (a nominal phrase only: not «كان سبباً …»، the accusative predicate)
    return None


def _after_qad(sent: Sentence, cue_token: Token) -> bool:
    """Is the cue right after «قد»?"""
    return cue_token.index > 0 and fold(sent.tokens[cue_token.index - 1].text) == "قد"


def _find_speaker(sent: Sentence, cue_token: Token, cue_word: Word, limit: Optional[int], surface: bool) -> Optional[SpeakerMatch]:
    """The cue's speaker phrase (``_find_speaker_in``); where it finds none, or a phrase after a verb
    that «كان X قد» governs, the subject of «كان» before it (``_kana_subject``)."""
    sm = _find_speaker_in(sent, cue_token, cue_word, limit, surface)
    if sm is None or (sm.first > cue_token.index and _after_qad(sent, cue_token)):
        ism = _kana_subject(sent, cue_token)
        if ism is not None:
            return ism  # «وكان المستشار المبروك اقريرة، وزير العدل …، قد حث المجتمع الدولي على …»
    return sm


def _on_own_complementiser(sent: Sentence, cue_word: Word, w: Word) -> bool:
    """«وبحسب "الفرنسية"، فإن سيباستيان ابيس … يعتبر أن …»: a subject the tree hangs on the cue's own
    complementiser (the «إن» whose ``mark`` the cue is), before the cue, is the cue's: «إن» takes the
    clause's subject as its noun, and a parser may make it the head."""
    if not w.head or w.token >= cue_word.token:
        return False
    head = sent.word(w.head)
    return head.head == cue_word.id and head.deprel == "mark" and is_complementiser_word(head.text)


def _on_adverb_head(sent: Sentence, cue_word: Word, w: Word) -> bool:
    """«فسامي في اللقاء | تارة يقول …»: a tree may make an adverb of time or manner before the cue (words.tsv
    ``adverb``, ``time``: «تارة»، «أحيانا») the head, the cue its ``acl`` and the subject before them the
    adverb's: that subject is the cue's."""
    if not cue_word.head or not cue_word.deprel.startswith("acl") or w.head != cue_word.head:
        return False
    head = sent.word(cue_word.head)
    return head.token < cue_word.token and w.token < head.token and (is_a(head.text, "adverb") or is_a(head.text, "time"))


def _existential_someone(sent: Sentence, cue_token: Token) -> Optional[SpeakerMatch]:
    """«وهناك من يرى أن …»، «فثمة من يقول إن …»: «من» right before the cue after «هناك»/«ثمة» (words.tsv
    ``existential_there``) is the cue's subject, someone unnamed: the two words are the mention."""
    k = cue_token.index
    toks = sent.tokens
    if k < 2 or fold(toks[k - 1].text) != "من" or not is_a_after_conj(toks[k - 2].text, "existential_there"):
        return None
    return SpeakerMatch(k - 2, k - 1, toks[k - 1].words[0], "surface")


def _find_speaker_in(sent: Sentence, cue_token: Token, cue_word: Word, limit: Optional[int], surface: bool) -> Optional[SpeakerMatch]:
    limit = len(sent.tokens) if limit is None else limit
    topic = topic_speaker(sent, cue_token)
    if topic is not None:
        return topic  # «أما X فيقول»
    someone = _existential_someone(sent, cue_token)
    if someone is not None:
        return someone  # «وهناك من يرى أن …»
    told = _addressee_first(sent, cue_token, limit)
    if told is not None:
        close, start = told
        sm = _phrase_from(sent, start, limit, "surface")
        sm.addressee = (cue_token.index + 1, close)
        return sm
    # tree: nsubj of the cue word; of two (a headline run into the sentence: «استمرار
    # أزمة … أكد الدكتور يوسف بطرس غالي …»), the one that names someone
    own = [w for w in sent.words if w.deprel in SUBJECT_RELS and (
        w.head == cue_word.id or _on_own_complementiser(sent, cue_word, w) or _on_adverb_head(sent, cue_word, w))]
    if any(_personal_pronoun_before(sent, cue_token, w) for w in own):
        return None  # «فهي اكدت لهما استعدادها …»: a pronoun before the verb is its subject (whom it
        #              stands for speaks); what the tree also makes one after the verb is its object
    subjects = [m for w in own if (m := _tree_subject(sent, cue_token, cue_word, w, limit)) is not None
                and not (m.first == cue_token.index + 1 and _outlet_after_lam(sent.tokens[m.first]))]
    # («ولكن الرئيس الأمريكي قال لبي بي سي إنه …»: the outlet told, which the tree may make a subject;
    # not a name after «ل»: «وصرح لخضر بن خلاف» is Lakhdar)
    if len(subjects) > 1:  # «وفيما يخص الأزمة السورية أوضح العطية …»: before the verb, a phrase right
        #                    after another verb is that one's
        subjects = [m for m in subjects if not (0 < m.first < cue_token.index and any(
            w.upos == "VERB" for w in sent.tokens[m.first - 1].words))] or subjects
    kana = sent.word(cue_word.head) if cue_word.head and cue_word.deprel == "xcomp" else None
    if not subjects and kana is not None and kana_lemma(kana) and kana.token < cue_token.index:
        # «وكان مسؤولون يونانيون قد قالوا إن …»: a tree in PADT v1's style makes «كان» the head
        # and its subject that of the verb
        subjects = [m for w in sent.words if w.head == kana.id and w.deprel in SUBJECT_RELS
                    and w.token < cue_token.index
                    and (m := _tree_subject(sent, cue_token, cue_word, w, limit)) is not None]
    if subjects:
        # of two that name someone, the one after the verb: the one before is a headline or a
        # subheading run into the sentence («اللواء محمد السعدان وأوضح اللواء الدكتور محمد السعدان …»)
        after_first = sorted(subjects, key=lambda m: m.first < cue_token.index)
        named = next((m for m in after_first if m.relative or _names(m.tokens(sent))), None)
        if named is not None:
            return named
        # of two that name no one, the one after the verb headed by a title when the one before is
        # not («وباحباط بالغ قال الطالب جمال …», «جمال» read as a common noun; but «فالكاتب … يتهم
        # مواطنه الكاتب …»: the one before is the title, the one after the object)
        titled = [m for m in subjects if is_title_noun(strip_conj(fold(sent.tokens[m.first].text)))]
        return next((m for m in titled if m.first > cue_token.index), subjects[0]) \
            if len(titled) == 1 else subjects[0]
    if not surface:
        return None
    topic_np = _topic_read_as_antecedent(sent, cue_token, cue_word)
    if topic_np is not None:
        return topic_np
    fronted = subject_after_complementiser(sent, cue_token)
    if fronted is not None:
        return fronted
    narrator = narrated_from(sent, cue_token)
    if narrator is not None:
        return narrator
    # surface: noun phrase right after the cue (VSO), skipping time words
    j = cue_token.index + 1
    toks = sent.tokens
    end = min(len(toks), limit)
    while j < end:
        phrase = time_phrase_at(toks, j, end)  # («قالت، عصر أول من أمس الخميس، وزارة …»)
        if not (phrase or is_a(toks[j].text, "time") or is_a(toks[j].text, "adverb") or is_comma(toks[j].text)
                or _manner_adjective(toks, j)):
            break
        j += max(1, phrase)
    if j + 1 < min(len(toks), limit) and is_a(toks[j].text, "pointing_object"):
        # «أوضح ذلك لسبق مدير عام فرع وزارة العمل …، مشيراً إلى أن …»: the cue's object points back
        # to what was said before it; its subject comes after, after the outlet told if any
        k = j + 1
        close = quoted_addressee(toks, k, limit)
        if is_addressee(toks[k]):
            k += 1
        elif close:
            k = close + 1
        if k < min(len(toks), limit) and _opens_speaker_phrase(toks[k]) and (
                is_title_noun(toks[k].text) or is_a(toks[k].text, "honorific")
                or any(w.upos in NAME_UPOS for w in toks[k].words)):  # a person («يوضح ذلك زيادة …»: «ذلك» speaks)
            sm = _phrase_from(sent, k, limit, "surface")
            # «أوضح ذلك المسؤول أن …» is «that official»: with the article, only when a name follows
            if not fold(toks[k].text).startswith("ال") or names_someone(sm.tokens(sent)):
                return sm
    if j < min(len(toks), limit) and quoted_name_end(toks, j, limit):
        close = quoted_name_end(toks, j, limit)
        last = noun_phrase_end(sent, close, limit) if close + 1 < limit and not _possessed_after(toks, close) \
            and not _object_after_quoted_name(cue_token, toks[close + 1]) else close
        head = next((w for t in toks[j + 1:close] for w in t.words if w.upos in NP_UPOS), toks[j + 1].words[0])
        return SpeakerMatch(j, last, head, "surface")
    if j < min(len(toks), limit):
        t = toks[j]
        if _opens_speaker_phrase(t) or (j + 1 < min(len(toks), limit) and is_initial(t.text)
                                        and is_abbreviation_dot(toks, j + 1)):  # «نوّه أو. بي. سينغ»: «أو» an initial
            return _phrase_from(sent, j, limit, "surface")
    # relative pronoun right before the cue: «والذي قال»
    k = cue_token.index - 1
    if k >= 0 and any(is_a(w.text, "relative") for w in toks[k].words) and not is_free_relative(toks[k].text) \
            and not _while(toks, k) and not is_a_after_conj(toks[k].text, "report_link") \
            and not _relative_of_other_gender(toks, k, cue_token, cue_word):
        return SpeakerMatch(k, k, toks[k].words[-1], "surface", relative=True)
    # («…، بينما أجاب حوالي 10 بالمئة بأنهم …»: «بينما»، «فيما» split as «بين/في» + «ما» are «while»)
    return _indefinite_antecedent(sent, cue_token) or titled_subject_opening(sent, cue_token)


def _relative_of_other_gender(toks: list[Token], k: int, cue_token: Token, cue_word: Word) -> bool:
    """«وانتقد إردوغان … الدول التي قال إنها …»، «الذي تشير التقارير إلى أنه …»: a singular verb of the
    other gender than the relative pronoun right before it (words.tsv ``masculine_relative``,
    ``feminine_relative``) does not have it for its subject: the pronoun is the verb's object or topic,
    and the speaker is someone else, named after the verb or spoken of before. (Not when a name ends the
    phrase before the pronoun, its adjectives aside: «تصريحات المرشد …، آية الله علي خامنئي الأخيرة والتي
    أكد فيها أن …» — the one who made the statements is named there.)"""
    key = strip_conj(fold(toks[k].words[-1].text))
    own = "Masc" if is_a(key, "masculine_relative") else "Fem" if is_a(key, "feminine_relative") else None
    g, n = word_agreement(cue_word, fold(cue_token.text))
    if own is None or n != "Sing" or g is None or g == own:
        return False
    j = k - 1
    while j > 0 and len(toks[j].words) == 1 and toks[j].words[0].upos == "ADJ":
        j -= 1  # («خامنئي | الأخيرة»)
    return j < 0 or not any(w.upos in NAME_UPOS for w in toks[j].words)


def _object_after_quoted_name(cue_token: Token, t: Token) -> bool:
    """«وطالب «بلو» الهيئة العامة للسياحة …»، «ودعت «الهيئة» المؤهلين لشغل …»: a call takes whom it calls
    on as its object, so after a quoted name right after a call's verb a definite word that is no
    title («“جون كول” المدير التنفيذي …» is his) nor adjective of relation («"سابك" السعودية») opens
    the object: the name alone is the subject."""
    hit = active_lexicon().match_form(cue_token.text)
    if hit is None or hit[0].category != "demand":
        return False
    return fold(t.text).startswith("ال") and not is_title_noun(t.text) and not is_relation_adjective(t.text) \
        and any(w.upos in NP_UPOS for w in t.words)


def titled_subject_opening(sent: Sentence, cue_token: Token) -> Optional[SpeakerMatch]:
    """«اللواء وصل الله الحربي مدير مرور محافظة جدة قال إن …»، «مدير شرطة محافظة الطائف العميد
    عبدالرحمن الثمالي، أكد أن …»: a sentence that opens with a title or an honorific and a name, one
    noun phrase running up to the cue (a comma and «قد» aside), opens with the cue's subject, whatever
    the tree made of it (a name read as a verb, «وصل الله»; a subject closed by a comma taken for a
    fronted phrase). Not a cue with «و»/«ف» on it: that one opens a clause of its own."""
    toks = sent.tokens
    if cue_token.index < 2 or has_conj(fold(cue_token.text)):
        return None
    first = toks[0]
    if not (is_title_noun(first.text) or is_a(first.text, "honorific")) or not _opens_speaker_phrase(first):
        return None
    end = _before_particles(toks, 0, cue_token.index)
    if end > 1 and is_comma(toks[end - 1].text):
        end -= 1
    last = noun_phrase_end(sent, 0, end)
    if last != end - 1 or not names_someone(toks[:end]):
        return None
    return SpeakerMatch(0, last, next((w for w in first.words if w.upos in NP_UPOS), first.words[-1]), "surface")


def _indefinite_antecedent(sent: Sentence, cue_token: Token) -> Optional[SpeakerMatch]:
    """«نقلاً عن مصادر قالت إن …»، «ونقلت الوكالة عن مصدر أمني قال إن …»، «وتحدثت إلى مسؤول قال إن …»: a
    cue with no subject of its own right after an indefinite source noun (words.tsv ``person_noun``,
    ``people``) and its adjectives is the verb of a relative clause on that noun (Arabic writes no
    relative pronoun after an indefinite): the noun phrase spoke. Not a cue with «و»/«ف» on it
    («… مصادر، وقالت …» goes on with the sentence's subject)."""
    toks = sent.tokens
    k = cue_token.index - 1
    if k < 1 or has_conj(fold(cue_token.text)):
        return None
    while k > 0 and len(toks[k].words) == 1 and toks[k].words[0].upos == "ADJ" \
            and not fold(toks[k].text).startswith("ال"):
        k -= 1  # «مصدر | أمني | قال»
    head = toks[k].words[-1]
    key = fold(head.text)
    if head.upos != "NOUN" or key.startswith("ال") or not (is_person_noun(head.text) or is_a(key, "people")):
        return None
    return SpeakerMatch(k, cue_token.index - 1, head, "surface")


def cut_at_cue_preposition(sent: Sentence, sm: SpeakerMatch, cue_index: int, preps: tuple[str, ...],
                           relay: bool = False) -> SpeakerMatch:
    """«وأعرب ميشال سليمان عن أسفه»، «وكشفت المصادر عن وجود …»: the cue's own preposition
    (أعرب عن، كشف عن، شدد على) after the subject opens its object, not more of the subject
    («بيان صادر عن الوزارة» goes on: ``source_link``; «من» too often belongs to the subject:
    «مصدر مقرب من رئيس الحكومة»). A relay's «عن» opens whom it relays even with a name after it
    («ونقلت «الهيئة السورية للإعلام» | عن الناشط الإعلامي فادي الزبداني قوله …»)."""
    if not preps or sm.relative or sm.first <= cue_index:
        return sm  # a subject before the cue ends before it anyway
    toks = sent.tokens
    for k in range(sm.first + 1, sm.last + 1):
        words = toks[k].words
        key = fold(toks[k].text) if len(words) == 1 else fold(words[0].text)
        pronoun = split_preposition_pronoun(toks[k])  # «فلم تكشف الشركة عنها»
        if key in preps and key != "من" and (len(words) == 1 or pronoun) and not is_a(toks[k - 1].text, "source_link") \
                and not is_a(toks[k - 1].text, "name_link") and not _title_link(toks[k]) \
                and (relay or not _name_follows(toks, k, sm.last)) \
                and not (words[0].upos in NAME_UPOS and _first_name(toks, k, sm.last + 1)):
            #   «مسؤول الرقابة عن المنشطات … عبدالعزيز المسعد» (not «أحمد بن علي»: «علي» after «بن» is a
            #   name; nor «المتحدث باسم …» before «طالب بـ»; nor «محمود علي زاده»: «علي» tagged a first name)
            return replace(sm, last=k - 1)
    return sm


def outlet_told_in(sent: Sentence, sm: SpeakerMatch) -> Optional[int]:
    """«أبلغ جوردون ديريك رئيس اتحاد الكاريبي | رويترز أنه …»، «وأبلغ جوسن | الصحيفة أن …»: after a verb
    of telling (words.tsv ``telling``), an outlet or the press with no «ل», right after a word that takes
    no genitive (a name, a word with the article), is whom the speaker told, not more of the speaker
    («أبلغ مدير وكالة رويترز …» is Reuters' director). Its index in the phrase, else None."""
    toks = sent.tokens
    for k in range(sm.first + 1, sm.last + 1):
        t, prev = toks[k], toks[k - 1]
        key = strip_article(fold(t.text))
        if len(t.words) != 1 or not (is_a(key, "media") or is_a(fold(t.text), "outlet")):
            continue
        pkey = strip_conj(fold(prev.text))
        if len(prev.words) == 1 and (prev.words[0].upos in NAME_UPOS or pkey.startswith("ال")) \
                and not is_a(strip_article(pkey), "media") and not is_a(pkey, "outlet"):
            return k
    return None


MAIN_CLAUSE_RELS = {"root", "conj", "parataxis"}


def document_source(sent: Sentence, cue_token: Token, limit: Optional[int] = None) -> Optional[SpeakerMatch]:
    """«وجاء في البيان أن …» → «البيان» (resolved like any mention, to whoever issued it
    where the text says so); «نعت الوزارة … في بيان جاء فيه: …» → the one the main
    clause before says issued it («الوزارة»)."""
    limit = len(sent.tokens) if limit is None else limit
    j = cue_token.index + 1
    if fold(sent.tokens[j].text) != "في":
        return noun_cue_speaker(sent, cue_token, limit)
    if j + 1 >= limit or is_stop(sent.tokens[j + 1]):
        return None
    return _phrase_from(sent, j + 1, limit, "surface")


def noun_cue_speaker(sent: Sentence, cue_token: Token, limit: Optional[int] = None) -> Optional[SpeakerMatch]:
    """«لكن فابيوس نفى ذلك في تصريحات … بقوله: …»، «واختتم الوزير حديثه بقوله: …»: a noun
    cue's speaker is the subject of the main-clause verb before it (verbs of clauses
    inside that one — «أن المفاوضات لم تكن لتحقق …» — are passed over, and so are the words of a
    quote: «فقال "… وأن الشعر سيعود …"، مستعيدا … بالقول»). None when that verb has no subject of
    its own: the speaker is then found as a participle's."""
    quoted = False  # (walking back: a closing mark opens the quote's words)
    for tok in reversed(sent.tokens[:cue_token.index]):
        if tok.text in (QUOTE_OPEN if quoted else QUOTE_CLOSE):
            quoted = not quoted
            continue
        if quoted:
            continue
        if is_sentence_end(tok.text) or tok.text == ":":
            return None
        verb = next((w for w in tok.words if w.upos == "VERB"), None)
        if verb is None or verb.deprel not in MAIN_CLAUSE_RELS:
            continue
        sm = find_speaker(sent, tok, verb, limit)
        if sm is None or sm.relative or (sm.first == sm.last and sent.tokens[sm.first].words[-1].upos == "PRON"):
            return None  # «واختتم حديثه بقوله»: what was ended, with the speaker's pronoun, is not who
        if sm.first < cue_token.index <= sm.last:  # «وجدد الدكتور آل الشيخ | التأكيد»: the cue is the verb's object
            sm = replace(sm, last=cue_token.index - 1)
        return sm
    return None


def _verb_gender(sent: Sentence, w: Optional[Word]) -> Optional[str]:
    """A verb's gender where its letters say it (``agreement.sure_gender``: a reporting verb's form
    ending, «أكدتا» feminine dual whatever the tagger says; a perfect's «ت»; an imperfect's «ي»)."""
    if w is None or w.token >= len(sent.tokens):
        return None
    return sure_gender(w, fold(sent.tokens[w.token].text))


def _same_gender(sent: Sentence, a: Word, b: Optional[Word]) -> bool:
    """Do both verbs carry the same grammatical gender (both known)?"""
    ga = _verb_gender(sent, a)
    return ga is not None and ga == _verb_gender(sent, b)


def _other_gender(sent: Sentence, a: Word, b: Optional[Word]) -> bool:
    """Do both verbs carry a gender, and differ in it?"""
    ga, gb = _verb_gender(sent, a), _verb_gender(sent, b)
    return None not in (ga, gb) and ga != gb


def subject_before_when(sent: Sentence, cue_token: Token, limit: Optional[int] = None,
                        cue_word: Optional[Word] = None) -> Optional[SpeakerMatch]:
    """«… ذهب رئيس ريال مدريد في اتجاه مغاير عندما قال: …»، «وانتقد الوزير … حين أكد أن …»: a cue
    right after «when» or «حيث» (words.tsv ``temporal_link``) with no subject of its own speaks with the
    subject of the verb before it in the sentence, when that subject names someone, or is a body whose
    verb agrees with the cue («وتهدف الحكومة …، حيث أكدت أن …»); a verb of the other gender has another
    subject and is passed over («كشفت دراسة … أشرف عليها باحثون …، حيث أفادت»)."""
    k = cue_token.index - 1
    if k < 1 or not is_a(sent.tokens[k].text, "temporal_link"):
        return None
    for tok in reversed(sent.tokens[:k]):
        if is_sentence_end(tok.text) or tok.text == ":" or is_complementiser(tok) or is_a(tok.text, "subordinator"):
            return None
        verb = next((w for w in tok.words if w.upos == "VERB"), None)
        if verb is None:
            continue
        if _other_gender(sent, verb, cue_word):
            continue  # another subject («كشفت دراسة … أشرف عليها باحثون كنديون …، حيث أفادت»)
        sm = find_speaker(sent, tok, verb, limit)
        if sm is None or sm.relative or not (_names(sm.tokens(sent)) or (
                source_like(sm.tokens(sent)) and _same_gender(sent, verb, cue_word))):
            return None  # (a body, its verb agreeing with the cue: «وتهدف الحكومة …، حيث أكدت أن …»)
        # up to a preposition opening one of the verb's own dependents («ذهب رئيس ريال مدريد | في اتجاه مغاير»)
        theirs = {x.token for w in sent.words if w.head == verb.id and w.deprel.split(":")[0] in VERB_DEPENDENTS | {"obl"}
                  for x in sent.subtree(w)}
        last = next((k - 1 for k in range(sm.first + 1, sm.last + 1) if k in theirs
                     and len(sent.tokens[k].words) == 1 and sent.tokens[k].words[0].upos == "ADP"), sm.last)
        return replace(sm, last=last, evidence="clause")
    return None


def is_vague(sent: Sentence, sm: SpeakerMatch) -> bool:
    """«تقارير إعلامية»، «أنباء»، «تقرير أمني غربي»: a subject that names no identifiable source;
    not a report named by its genitive («تقرير مؤشرات الأداء لقطاع الاتصالات»، «تقرير وزارة
    الشؤون البلدية»: a singular «تقرير» with a noun after it is that one report), nor one named with
    its issuer («تقرير رسمي من وزارة العمل»)."""
    t = sent.tokens[sm.first]
    if is_a_after_conj(t.text, "existential_there"):
        return True  # «وهناك من يرى أن …»: someone, unnamed
    if is_a_after_conj(t.text, "rhetorical_source"):
        return True  # «والحقيقة تقول إن …»: a column's rhetoric, its «و» on it
    if not is_a_after_conj(t.text, "vague_source"):
        return False
    if any(fold(x.text) in ("من", "عن") for x in sent.tokens[sm.first + 1:sm.last]):
        return False  # «تقرير رسمي من وزارة العمل»: the phrase names who issued it
    if strip_conj(fold(t.text)) == "تقرير" and sm.last > sm.first:
        nxt = sent.tokens[sm.first + 1]
        return not (len(nxt.words) == 1 and nxt.words[0].upos in ("NOUN", "PROPN", "X") and not is_nisba(nxt.text))
    return True


def names_a_report(sent: Sentence, sm: SpeakerMatch) -> bool:
    """A vague source that is still a report the text cites («تقارير صحفية»، «تقرير إخباري»): its mention
    is all the text says of the source, and the reader's name for it; not someone unnamed («هناك من
    يرى») nor a column's rhetoric («والحقيقة تقول»)."""
    return is_a_after_conj(sent.tokens[sm.first].text, "vague_source")


def source_like(tokens) -> bool:
    """A subject that can be a source though it holds no name: a definite phrase
    («الوزارة»، «مجلس إدارة الشركة») or a source noun («مصادر»), not «يتوقع فرض عقوبات …»."""
    key = fold(tokens[0].text)
    if key.startswith(("ال", "وال")) or is_person_noun(tokens[0].text) or heads_class(tokens[0].text, "country"):
        return True  # (a country speaks too, though the tagger seldom calls it a name: «رفضت إيران …، معتبرة أن»)
    if _bodies(tokens):
        return True
    # «مجلس إدارة الشركة»: an institution's (or a title's) construct chain, definite by its last member;
    # quote marks around a member are no break («حركة «الشباب» المتطرفة»)
    chain = []
    for t in [t for t in tokens if t.text not in QUOTE_OPEN and t.text not in QUOTE_CLOSE][:4]:
        if len(t.words) != 1 or t.words[0].upos != "NOUN":
            break
        chain.append(fold(t.text))
    return len(chain) >= 2 and (is_a(chain[0], "institution") or is_person_noun(chain[0])) \
        and chain[-1].startswith("ال") and not any(k.startswith("ال") for k in chain[:-1])


def _bodies(tokens) -> bool:
    """«منظمات غير حكومية»، «19 منظمة غير حكومية بينها اوكسفام»: bodies of one kind, counted or not,
    headed by an institution's noun (words.tsv ``institution``) in any number (by its lemma): a vague
    source, as «مصادر» is (a definite one is a source by its article already)."""
    first = 1 if len(tokens) > 1 and all(w.upos == "NUM" for w in tokens[0].words) else 0
    words = tokens[first].words if first < len(tokens) else []
    return len(words) == 1 and words[0].upos == "NOUN" and is_a(fold(words[0].lemma or ""), "institution")


def names_someone(tokens) -> bool:
    """A subject worth remembering for «وأضاف»: it holds a name («ويلتقي الوزير
    مايك بومبيو …»), not «وأضاء خمسة آلاف فانوس …»."""
    return any(w.upos in NAME_UPOS for t in tokens for w in t.words)
