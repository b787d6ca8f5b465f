"""Resolve-speaker step: who the speaker really is.

A document-level memory of mentions (subjects of verbs outside reported
content, and resolved speakers) answers:

* pro-drop (وأضافت …): the most recent mention that agrees with the cue in
  gender and number;
* nominal (ولفتت الوزارة …): the most recent fuller mention with that head noun;
* name (وأشار بوتين …): the most recent fuller mention containing that name;
* relative (…، والذي قال …): the noun phrase the relative clause hangs on.

The memory learns from every sentence in token order (``sentence_events``): the
subjects of reporting verbs that report nothing and of sentence-initial verbs, the
one asked after a verb of asking, the subject a participle continues — and each
quote's resolved speaker (``attribution.attribute`` adds it).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING, AbstractSet, Optional

from .agreement import compatible, cue_agreement, mention_agreement, sound_plural, sure_gender, word_agreement
from .content import in_ranges
from .doc import Doc, Sentence, Token, Word
from .lexicon import active_lexicon
from .normalize import CONJUNCTIONS, fold, has_conj, strip_article, strip_conj
from .speaker import (SUBJECT_RELS, SpeakerMatch, cut_at_cue_preposition, definite_sound_plural, find_speaker, interlocutor, is_vague,
                      name_after_place, names_someone, noun_phrase_end, preposition_on_source, QUOTE_CLOSE, QUOTE_OPEN, source_like,
                      statement_made, statement_maker, statement_named, titled_subject_opening, trim_phrase, untagged_name)
from .words import (NAME_UPOS, byline_end, heads_class, is_a, is_a_after_conj, is_a_pair, is_abbreviation_dot, is_according, is_comma, is_complementiser, is_free_relative, is_nisba, is_person_noun, is_plural_nisba,
                    is_sentence_end, is_stop, is_title_noun, only_openers, spelt_as, statement_word, token_is_a)


if TYPE_CHECKING:
    from .content import Report
    from .cues import CueMatch


@dataclass
class Mention:
    name: str  # the fullest text known for this entity (original text)
    keys: list[str]  # folded tokens of the mention
    gender: Optional[str]
    number: Optional[str]
    is_name: bool
    sentence: int
    span: tuple[int, int] = (0, 0)  # prepared offsets of the mention itself
    trailing_names: int = 0  # its last words that are name words («… عادل بن أحمد الجبير»: 4)
    names: tuple[str, ...] = ()  # its name words, folded


@lru_cache(maxsize=1 << 16)  # (called for every word of every earlier mention a description is held against)
def _content_key(key: str) -> str:
    """A folded word without its article or a preposition fused to it:
    «لليمن»، «اليمن» → «يمن»; «بالوزارة» → «وزارة»."""
    if key.startswith("لل") and len(key) > 4:
        return key[2:]
    if key[:1] in "بولكف" and key[1:3] == "ال" and len(key) > 5:
        return key[3:]
    return _canon(strip_article(key))


def _content_keys(keys: list[str]) -> list[str]:
    """``_content_key`` of each key, a word in «يه» without its «ه» (a feminine nisba as its masculine,
    «التركية» = «التركي»; both mentions are keyed alike, so «بلدية» and «البلدية» stay one word), and a
    head of government's two titles as one («رئيس الحكومة التركية» is «رئيس الوزراء التركي»: words.tsv
    ``head_of_government``)."""
    out = []
    for i, k in enumerate(keys):
        key = _content_key(k)
        if i > 0 and is_a_pair(keys[i - 1], k, "head_of_government"):
            key = "وزراء"
        elif key.endswith("يه") and len(key) > 3:
            key = key[:-1]
        out.append(key)
    return out


@lru_cache(maxsize=1 << 16)
def _canon(word: str) -> str:
    """One spelling for titles that name the same role («ناطق» = «متحدث») and for a source noun
    in the singular and the plural («المصدر» after «مصادر تركية رسمية»)."""
    if is_a(word, "spokesperson"):
        return "متحدث"
    return "مصدر" if is_a(word, "source") else word


def _role_keys(keys: list[str]) -> list[str]:
    """A mention's keys without the article, one spelling per role (``_canon``), and a role of two
    words as its one-word name (words.tsv ``coach``: «المدير الفني» is «المدرب», so «المدرب
    الأرجنتيني» finds «خيراردو مارتينو المدير الفني للمنتخب الأرجنتيني»)."""
    bare = [strip_article(k) for k in keys]
    out: list[str] = []
    i = 0
    while i < len(bare):
        if i + 1 < len(bare) and is_a_pair(bare[i], bare[i + 1], "coach"):
            out.append("مدرب")
            i += 2
        else:
            out.append(_canon(bare[i]))
            i += 1
    return out


SHORT_TITLE = 3  # words of a title phrase that may name no one even when the tagger sees a name in it


@dataclass
class Memory:
    doc: Doc
    mentions: list[Mention] = field(default_factory=list)
    # titles named with their holder in sentences that report nothing of theirs («… بحضور مدير
    # جامعتي الملك عبد العزيز وجدة المكلف، الأستاذ الدكتور عبد الرحمن بن عبيد اليوبي»): a later title
    # alone may mean them, a pro-drop never does
    named_aside: list[Mention] = field(default_factory=list)
    # (sentence index, cue token index) → the speaker of that cue's quote, and the cue's gender
    by_cue: dict[tuple[int, int], tuple[Mention, Optional[str]]] = field(default_factory=dict)
    # a statement's noun → who made it («وقال المتحف في بيان …»: «بيان» → the museum), so that a
    # later «وأضاف البيان» is the museum's
    statements: dict[str, Mention] = field(default_factory=dict)
    # each quote's sentence, content (prepared offsets) and speaker: a first person inside it is theirs
    contents: list[tuple[int, int, int, Mention]] = field(default_factory=list)

    def mention_from(self, sent: Sentence, sm: SpeakerMatch) -> Mention:
        toks = sm.tokens(sent)
        quoted = len(toks) > 2 and toks[0].text in QUOTE_OPEN and toks[-1].text in QUOTE_CLOSE
        if quoted:
            toks = toks[1:-1]  # «وقال "الشليل"»: a name set in quote marks is the name (all of it:
            #                    «وأشار “لصور”», no preposition on it)
        first = toks[0]
        conj = len(first.words) > 1 and first.words[0].upos == "CCONJ" and fold(first.words[0].text) in CONJUNCTIONS
        span = self.doc.span(first.start + (1 if conj else 0), toks[-1].end)  # «ومارادونا» → «مارادونا»
        g, n = mention_agreement(sm.head)
        if len(toks) > 1 and spelt_as(first.text, "kunya"):
            g, n = ("Fem" if spelt_as(first.text, "mother_kunya") else "Masc"), "Sing"  # «أم فيصل»: she
        if _group_of_people(toks) or _construct_plural(toks):
            g, n = "Masc", "Plur"  # «عدد من الأكاديميين»: as many as the plural after «من»; «صيادو الروبيان»
        if n == "Plur" and not sound_plural(sm.head.text) and any(
                is_a(t.text, "title_prep") and name_after_place(sent.tokens, t.index + 1, sm.last + 1) for t in toks):
            n = "Sing"  # «المعارض البارز في المعارضة السورية ميشيل كيلو»: one man, «معارض» tagged as a plural
        keys = [fold(t.text) for t in toks]
        if conj:
            keys[0] = keys[0][1:]
        name = span.text
        if preposition_on_source(first) and not conj and not quoted:
            # «وفقاً للتقرير الصادر …» → «التقرير الصادر …»: the preposition is not the source
            name = ("ال" + name[2:]) if fold(name).startswith("لل") else name[1:]
            keys[0] = fold(name.split()[0])
        trailing = 0
        for t in reversed(toks[1:]):
            if not (any(w.upos in NAME_UPOS for w in t.words) or is_a(t.text, "name_link")):
                break
            trailing += 1
        names = tuple(fold(t.text) for t in toks if len(t.words) == 1 and t.words[0].upos in NAME_UPOS)
        untagged = next((k for k in (sm.first + 1, sm.first + 2) if k <= sm.last and untagged_name(sent.tokens, sm.first, k)
                         and (k == sm.last or is_comma(sent.tokens[k + 1].text))), None)
        if untagged is not None:  # «عز الدين الأصبحي، وزير …»: a name the tagger read as common nouns
            names = tuple(fold(t.words[-1].text) for t in sent.tokens[sm.first:untagged + 1])
        return Mention(name, keys, g, n,
                       bool(names) or any(w.upos in NAME_UPOS for t in toks for w in t.words), sent.index,
                       (toks[0].start, toks[-1].end), trailing, names)

    def surname_alone(self, sent: Sentence, sm: SpeakerMatch) -> SpeakerMatch:
        """«وطالب حمادة | وزارة العمل بتوفير …» after «فايز حمادة، نائب …»: a phrase that opens with one
        word the article has given as a name word of a person named in full, and goes on with a word
        that is no title, honorific, name or comma, is that person alone: the rest is the verb's
        object (the tagger reads such a surname as a common noun, the tree hangs the object on it)."""
        toks = sent.tokens
        if sm.relative or sm.last == sm.first or len(toks[sm.first].words) != 1:
            return sm
        key = fold(toks[sm.first].text)
        if is_title_noun(key) or is_a(key, "honorific") or is_a("ال" + strip_article(key), "honorific") \
                or is_a(key, "name_link") \
                or not self._named_in_full(key):
            return sm  # («أمير منطقة عسير»: a title the tagger once read as a name; «ابن»، «أبو» open a
            #           name, «ابن القيم» after «ابن عباس»)
        nxt = toks[sm.first + 1]
        if is_comma(nxt.text) or is_title_noun(strip_conj(fold(nxt.text))) or is_a(nxt.text, "honorific") \
                or is_a(nxt.text, "name_link") or any(w.upos in NAME_UPOS for w in nxt.words):
            return sm
        return replace(sm, last=sm.first)

    def _named_in_full(self, key: str) -> bool:
        """Does the article give the folded word ``key`` as a name word of someone it names in full (a
        source or a title named aside with two name words or more)?"""
        return any(len(p.names) >= 2 and key in p.names for p in self.mentions + self.named_aside)

    def add(self, m: Mention) -> None:
        self.mentions.append(m)

    def subject_mention(self, sent: Sentence, at: int, sm: SpeakerMatch) -> Optional[Mention]:
        """Who the subject ``sm`` of the verb at token ``at`` is, as that verb spoke of it: a short
        name or a description resolved to its fullest mention, an honorific pronoun («نوه سموه»)
        to the dignitary it stands for (None when the article named none)."""
        if is_honorific_pronoun(sent, sm):
            return self.resolve_honorific(sent.tokens[sm.first].text)
        return subject_as_said(sent, at, self.resolve_explicit(self.mention_from(sent, self.surname_alone(sent, sm)))[0])

    def remember_cue(self, sentence: int, cue_index: int, m: Mention, gender: Optional[str]) -> None:
        """The speaker of a cue's quote (for a participle after it, ``cue_speaker``)."""
        self.by_cue[(sentence, cue_index)] = (m, gender)

    def remember_content(self, sentence: int, start: int, end: int, m: Mention) -> None:
        self.contents.append((sentence, start, end, m))

    def speaking_around(self, sentence: int, pos: int) -> Optional[Mention]:
        """The speaker of the latest quote whose content holds ``pos`` or that the same sentence
        reported before it: «وأكد بترجي أن السيدة … أكدت أنها ترغب …، وقلت لها حينها إن المبلغ …»: «قلت»
        goes on with his words, and is his."""
        return next((m for i, s, e, m in reversed(self.contents) if s <= pos < e or (i == sentence and e <= pos)),
                    None)

    def remember_statement(self, sent: Sentence, cue_index: int, stop: int, m: Mention) -> None:
        """When the cue at ``cue_index`` says its speaker ``m`` spoke in a statement («وقال المتحف | في
        بيان الخميس إنه …»، «وشدد عريقات في بيان صحفي على …»; ``stop``: the content's first token),
        the statement is ``m``'s."""
        noun = statement_named(sent, cue_index + 1, stop)
        if noun is not None:
            self.remember_maker(noun, m)

    def remember_maker(self, noun: str, m: Mention) -> None:
        """``m`` made the statement or document ``noun`` («تقرير أصدرته مصلحة الجمارك …»، «أصدرت الوزارة
        بياناً»): a later bare «التقرير»، «البيان» is ``m``'s."""
        if noun not in m.keys and "ال" + noun not in m.keys:
            self.statements[noun] = m

    def _issuer(self, m: Mention) -> Optional[Mention]:
        """Who made the statement a bare «البيان» means: the speaker of the latest «في بيان», unless
        a statement named as a source since («بيان صادر عن قيادة الجيش») is the one meant."""
        noun = strip_article(m.keys[0]) if len(m.keys) == 1 and m.keys[0].startswith("ال") else None
        made = self.statements.get(noun) if noun else None
        if made is None:
            return None
        since = next((p for p in reversed(self.mentions) if p.keys and strip_article(p.keys[0]) == noun), None)
        return None if since is not None and since.sentence > made.sentence else made

    def _maker_named(self, m: Mention) -> Optional[Mention]:
        """«تقرير المؤسسة»، «بيان الوزارة»: a statement or a document (words.tsv ``speech_event``,
        ``document``) in construct with a definite body noun is that body's; when the body resolves to a
        fuller earlier mention, that mention is the source (the guidelines: whoever issued it, where the
        text says so)."""
        if len(m.keys) != 2 or not statement_word(m.keys[0]) or m.keys[0].startswith("ال") \
                or not m.keys[1].startswith("ال") or not is_a(strip_article(m.keys[1]), "institution"):
            return None
        body = replace(m, keys=m.keys[1:], name=m.name.split(None, 1)[-1], is_name=False, names=())
        found, how = self.resolve_explicit(body)
        return self._merge(m, found) if how == "nominal" else None

    def resolve_explicit(self, m: Mention) -> tuple[Mention, str]:
        """Map a short name or a definite description to its fullest earlier mention. A
        description that points back («هذا المصدر»، «المصدر نفسه»: words.tsv ``anaphoric``) is
        read without the pointing word; when no earlier mention fits, it stays as written."""
        if any(is_a(k, "another") for k in m.keys[1:]):
            return m, "explicit"  # «وقال ضابط آخر بالشرطة»: not the officer named before
        issuer = self._issuer(m)
        if issuer is not None:  # «وأضاف البيان» after «وقال المتحف في بيان»: the one who issued it,
            # spoken of as the statement («ولم يشر البيان …، لكنه أشار»: «البيان»'s gender goes on)
            return replace(self._merge(m, issuer), gender=m.gender, number=m.number), "nominal"
        made = self._maker_named(m)
        if made is not None:  # «ووفقا لتقرير المؤسسة» after «مؤسسة النقد «ساما»»: the body that made it
            return made, "nominal"
        bare = _pointing_back(m)
        if bare is not None:
            found, how = self.resolve_explicit(bare)
            return (found, how) if how != "explicit" else (m, "explicit")
        if len(m.keys) <= 2:
            known_name = len(m.keys) == 1 and self._named_in_full(m.keys[0])
            if m.is_name or (len(m.keys) == 2 and is_a(m.keys[0], "honorific")) or known_name:
                # (after an honorific a name, whatever the tagger read: «الدكتور أمل» — hope; a word
                # read as a common noun that an earlier mention or title holds as a name: «وطالب حمادة …»،
                # «وقال بحاح» after «إذ وصل نائب الرئيس اليمني رئيس الوزراء خالد بحاح»)
                # (an honorific is no part of who it is: «الدكتورة أمل» after «أمل الشقير»)
                plain = [k for k in m.keys if not is_a(k, "time")]
                own = [k for k in plain if not is_a(k, "honorific")] or plain  # («النقيب» alone: a surname)
                fuller = [prev for prev in reversed(self.mentions)
                          if own and len(prev.keys) > len(own) and all(k in prev.keys for k in own) and (
                              m.is_name or is_a(prev.keys[0], "honorific") or is_title_noun(prev.keys[0])
                              or (len(prev.names) >= 2 and any(k in prev.names for k in own)))
                          and not _speaks_for(prev, own) and not _office_of(prev, own)
                          and not statement_word(strip_article(prev.keys[0]))]
                # (not a statement of theirs: «عبده» is not «تصريحات محمد عبده»)
                # (a word read as a common noun: only a person's titled mention, not «زيارة الجبير»; a
                # name: the latest mention of its holder before any other — «وشدد كارتر» after «وزير
                # الدفاع الأميركي آشتون كارتر» and «زيارة كارتر»)
                best = next((p for p in fuller if _holder_of(p, own)), fuller[0] if fuller else None)
                if best is None and (m.is_name or known_name):
                    best = self._titled_holder(own)
                if best is not None:
                    return self._merge(m, best), "name"
            if m.keys[0].startswith("ال") and (not m.is_name or is_person_noun(m.keys[0])):
                # (a title the tagger reads as a name, «المفتي», is still a description)
                wanted = _role_keys(m.keys)
                for prev in self._described():
                    have = _role_keys(prev.keys)
                    if len(prev.keys) <= len(m.keys):
                        continue
                    # «الوزارة» → «وزارة الدفاع …»; «الرئيس الروسي» only → «الرئيس الروسي فلاديمير بوتين»;
                    # «المفتي» → «الدكتور شوقي علام، مفتي مصر» (a named mention's title, anywhere)
                    if len(wanted) == 1:
                        # (a body not as its second word after a title: «المنظمة» is not «رئيس المنظمة …»)
                        if wanted[0] in have[:1] or (wanted[0] in have[1:2] and not (
                                is_a(wanted[0], "institution") and _headed_by_title(prev.keys, 1))
                                and not _genitive_of_thing(prev, 1)) \
                                or (prev.is_name and wanted[0] in have
                                                     and not _headed_by_title(prev.keys, have.index(wanted[0]))
                                                     and not _genitive_of_thing(prev, have.index(wanted[0]))):
                            return self._merge(m, prev), "nominal"
                    elif all(k in have for k in wanted) and not _other_relation(m.keys, prev.keys) \
                            and not _headed_by_title(prev.keys, have.index(wanted[0])) \
                            and not _genitive_of_thing(prev, have.index(wanted[0])):
                        # (not what a title heads: «الأمم المتحدة» is not «المتحدث باسم الأمم المتحدة
                        # في جنيف أحمد فوزي» nor «مبعوث الأمم المتحدة إلى اليمن …»)
                        return self._merge(m, prev), "nominal"
                if (named := self._one_named_with_title(m)) is not None:
                    return self._merge(m, named), "nominal"
                if len(m.keys) == 1 and is_a(strip_article(m.keys[0]), "unnamed_source") \
                        and (unnamed := self._last_unnamed_source()) is not None:
                    return self._merge(m, unnamed), "nominal"  # «لكن مسؤولا ليبيا رفيعا قال …» … «وأضاف المصدر»
        elif m.keys and (not m.is_name or (is_person_noun(m.keys[0]) and len(m.keys) <= SHORT_TITLE)):
            # (a short title the tagger reads as a name, «المبعوث الأممي لليمن», is still a description)
            # a longer description: «المبعوث الأممي لليمن» → «المبعوث الدولي إلى اليمن إسماعيل ولد
            # الشيخ أحمد»: the same head noun in a named mention, and most of its other words
            wanted = _content_keys([k for k in m.keys if not is_a(k, "time")])
            for prev in self._described():
                if not prev.is_name or len(prev.keys) <= len(m.keys):
                    continue
                have = set(_content_keys(prev.keys))
                rest = [k for k in wanted[1:] if len(k) > 1 and not is_a(k, "title_prep")]  # (not «في»)
                # «رئيس الوزراء»: a definite genitive after the head (not a nisba adjective) is part
                # of the title, so «الرئيس الإسرائيلي …» is someone else
                genitive = len(m.keys) > 1 and m.keys[1].startswith("ال") and not is_nisba(m.keys[1])
                if wanted and wanted[0] in have and 2 * sum(k in have for k in rest) >= len(rest) \
                        and not (genitive and wanted[1] not in have) and not _parts_differ(m.keys, prev.keys):
                    return self._merge(m, prev), "nominal"
        if len(m.keys) > 1 and is_title_noun(m.keys[0]) and _definite_title(m) \
                and (m.keys[1].startswith("ال") or is_title_noun(strip_conj(m.keys[1]))):
            # «مساعد مدير قسم الخدمات المهنية بجامعة سيراكيوز» after «كيم براون مساعد مدير قسم
            # الخدمات …»: a definite title whole inside a named mention is that person, whatever
            # names the title itself holds (a place, a university). Not an indefinite one («وكيل
            # ملاحي»: someone else) nor a title with its holder's name («الفنان حسن عسيري»); a body's name
            # makes it definite too: «نائب رئيس مجلس إدارة «سابك»» after «يوسف البنيان نائب رئيس …»
            wanted = _content_keys(m.keys)
            for prev in self._described():
                if not prev.is_name or len(prev.keys) <= len(m.keys):
                    continue
                have = _content_keys(prev.keys)
                # a title named aside ends on its holder's name: no run-on, when only the name follows
                # the title (no «و» joining more, no «الأسبق» making it another holder: a word with
                # the article before the last, the family name, is no part of a name)
                extra = prev.keys[len(m.keys):]
                aside = any(prev is a for a in self.named_aside) and not any(
                    k.startswith("و") or (k.startswith("ال") and i < len(extra) - 1) for i, k in enumerate(extra))
                if all(k in have for k in wanted) and (aside or not _runs_on_past(prev, m)) \
                        and not _deputy_of(prev, wanted[0]) \
                        and not _genitive_of_thing(prev, have.index(wanted[0])):
                    return self._merge(m, prev), "nominal"
        if (body := self._one_body_named(m)) is not None:
            return self._merge(m, body), "nominal"
        if (named := self._one_named_with_head(m)) is not None:
            return self._merge(m, named), "nominal"
        return m, "explicit"

    def _titled_holder(self, own: list[str]) -> Optional[Mention]:
        """«وبيّن الرويلي» after «وترأس اللجنة مدير عام الشؤون الصحية بالمنطقة الأستاذ حسين الرويلي»: a
        name no source holds is the latest title named aside whose name words hold it, whatever role
        the title had in its sentence (an object, a genitive)."""
        return next((p for p in reversed(self.named_aside)
                     if len(p.names) > len(own) and all(k in p.names for k in own) and _holder_of(p, own)
                     and not _speaks_for(p, own) and not _joins_names(p)), None)

    def _described(self) -> list[Mention]:
        """The mentions a description may mean, latest first: the sources, then the titles named aside."""
        return list(reversed(self.mentions)) + list(reversed(self.named_aside))

    def _one_named_with_title(self, m: Mention) -> Optional[Mention]:
        """«الرئيس المصري» after «الرئيس عبد الفتاح السيسي»: a title with a nisba adjective that no
        earlier mention carries is the one person named with that title, when the document names
        exactly one (someone named with another nisba after the title, «الرئيس الفرنسي فرانسوا
        هولاند», is not him)."""
        if len(m.keys) != 2 or not (is_person_noun(m.keys[0]) or is_title_noun(m.keys[0])) or not is_nisba(m.keys[1]):
            return None  # («المدرب الخلجاوي», «اللاعب البرازيلي»: a title that is no source noun)
        title = _canon(strip_article(m.keys[0]))
        found: dict[str, Mention] = {}
        for prev in reversed(self.mentions):
            have = [_canon(strip_article(k)) for k in prev.keys]
            if not prev.is_name or len(prev.keys) <= 2 or title not in have[:2] or _genitive_of_thing(prev, have.index(title)):
                continue  # («طائرة الرئيس الأمريكي في مطار نيروبي»: the president's plane)
            after = prev.keys[have.index(title) + 1]
            if is_nisba(after) and after != m.keys[1]:
                continue
            if after.startswith("ال") and not is_nisba(after) and not is_a(strip_article(after), "team") \
                    and strip_article(after) + "ي" != strip_article(m.keys[1]):
                continue  # «رئيس الاتحاد الدولي … جوزيف بلاتر» heads a body: not «الرئيس الروسي» (but «مدرب
                #           الفريق جلال قادري» is «المدرب الخلجاوي»: his own team, words.tsv ``team``; and
                #           «رئيس الغابون علي بونجو» is «الرئيس الغابوني»: the country the nisba is of)
            found.setdefault(prev.name, prev)
        return _one_person(found)

    def _one_named_with_head(self, m: Mention) -> Optional[Mention]:
        """«وقال اللاعب السابق لريال مدريد» after «أكد اللاعب الألماني سامي خضيرة»: a description headed by a
        person's title, with no name and more words than a nisba, is the one source the document named with
        that head before, when it named exactly one (a nisba of the description that the named mention
        gives otherwise, «اللاعب البرازيلي» for «اللاعب الألماني …», is someone else)."""
        if len(m.keys) < 3 or (m.is_name and not _names_a_complement(m)) or not m.keys[0].startswith("ال") \
                or not (is_person_noun(m.keys[0]) or is_title_noun(m.keys[0])):
            return None
        title = _canon(strip_article(m.keys[0]))
        own_nisba = [k for k in m.keys[1:] if is_nisba(k)]
        found: dict[str, Mention] = {}
        for prev in reversed(self.mentions):
            have = [_canon(strip_article(k)) for k in prev.keys]
            if not prev.is_name or len(prev.keys) <= 2 or title not in have[:1] or not prev.keys[0].startswith("ال"):
                continue  # (a title in construct, «مدير إقليم شرق المتوسط …», is bound to its own genitive)
            nisba = [k for k in prev.keys[1:] if is_nisba(k)]
            if own_nisba and nisba and not set(own_nisba) & set(nisba):
                continue
            found.setdefault(prev.name, prev)
        return _one_person(found)

    def _one_body_named(self, m: Mention) -> Optional[Mention]:
        """«وقالت الشركة الأمريكية» after «رفضت شركة جوجل …»، «الموقع البريطاني» after «موقع "إنترناشيونال
        بزنيس تايمز"»: a body's or an outlet's noun with a nisba adjective is the one of that kind the
        document names (the noun, then a name: «شركة جوجل»), when it names exactly one; a body named
        with another nisba («شركة سامسونج الكورية») is not it, nor a body named by its genitive («شركة
        الكهرباء»)."""
        head = strip_article(m.keys[0]) if m.keys else ""
        if not 2 <= len(m.keys) <= 3 or not (is_a(head, "institution") or is_a(head, "media")) \
                or not all(_of_relation(k) for k in m.keys[1:]):
            return None  # («الشركة الكورية الجنوبية»: two adjectives; «الموقع البريطاني»: an outlet)
        found: dict[str, Mention] = {}
        for prev in self._described():
            keys = [k for k in prev.keys if any(ch.isalnum() for ch in k)]  # (not a quoted name's marks)
            have = [strip_article(k) for k in keys]
            if head not in have[:2] or have.index(head) + 1 >= len(have):
                continue
            after = keys[have.index(head) + 1]
            if after not in prev.names:
                continue  # «شركة الكهرباء»: a body named by what it does, not by a name
            nisba = next((k for k in keys[have.index(head) + 2:] if _of_relation(k)), None)
            if nisba is not None and nisba != m.keys[1]:
                continue
            found.setdefault(" ".join(prev.names), prev)
        return next(iter(found.values())) if len(found) == 1 else None

    def _last_unnamed_source(self) -> Optional[Mention]:
        """The latest source spoken of by an indefinite person noun and no name («مسؤولا ليبيا
        رفيعا»، «مسؤول في الإدارة الأميركية»): whom a bare «المصدر» means when no «مصدر» came before
        (that one the description loop finds first). A place's name inside («ليبيا») names no one:
        only one that ends the phrase would."""
        for prev in reversed(self.mentions):
            if prev.trailing_names or not prev.keys or prev.number == "Plur":
                continue
            head = prev.keys[0]
            if not head.startswith("ال") and (is_person_noun(head) or (head.endswith("ا") and is_person_noun(head[:-1]))):
                return prev
        return None

    def resolve_continuing(self, m: Mention) -> Optional[Mention]:
        """«وتابع مدرب برشلونة السابق …» right after «جيراردو مارتينو مدرب الأرجنتين»
        spoke: a cue that continues (تابع، أضاف) with a description headed by a common
        noun is the last source going on, when that source is named and has the same
        title (a place name inside the description, «برشلونة», does not make it a name)."""
        if not m.keys or not self.mentions:
            return None
        last = self.mentions[-1]
        head = _content_key(m.keys[0])
        if last.is_name and len(last.keys) > len(m.keys) and head in {_content_key(k) for k in last.keys} \
                and compatible(last, m.gender, m.number):
            return self._merge(m, last)
        return None

    def _merge(self, m: Mention, prev: Mention) -> Mention:
        return replace(prev, gender=prev.gender or m.gender, number=prev.number or m.number,
                       is_name=prev.is_name or m.is_name, sentence=m.sentence, span=m.span)

    def cue_speaker(self, sent: Sentence, cue_index: int, gender: Optional[str]) -> Optional[Mention]:
        """«وأكد الصباغ أن …، موضحاً أنها …»: a circumstantial participle says what the
        last one named said. When that is the speaker of a cue before it in the sentence
        whose verb agrees with the participle, the verbs' endings are enough; the
        speaker's own tags need not agree (a name like «رأفت» tagged as a plural). The
        parser's head for the participle is not used: it often skips the subject in
        between («وأكد كيري …، وهو ما أكده شكري، قائلاً»)."""
        if not self.mentions:
            return None
        last = self.mentions[-1].name
        for (s, k), (m, g) in self.by_cue.items():
            if s == sent.index and k < cue_index and m.name == last and (gender is None or g is None or g == gender):
                return m
        return None

    def resolve_honorific(self, pronoun: str) -> Optional[Mention]:
        """«معاليه»، «سموه»، «فضيلته»: the last named person of that gender named with the
        pronoun's own title («سماحة مفتي عام المملكة …» for «سماحته», «صاحب السمو الأمير …»
        for «سموه»), else with any title (الأمير، الوزير، الدكتور …): an honorific pronoun
        stands for a dignitary, never for a ministry, a report or a phrase the tagger took
        for a name."""
        key = fold(pronoun)
        gender = "Fem" if key.endswith("ها") else "Masc"
        stem = key[:-2] if key.endswith("ها") else key[:-1]
        title = stem[:-1] + "ه" if stem.endswith("ت") else stem  # سماحت(ه) → سماحه, معالي, سمو
        for prev in reversed(self.mentions):
            if prev.is_name and title in {strip_article(k) for k in prev.keys}:
                return prev  # (the title's own gender is not the person's: «سماحة» is feminine)
        for prev in reversed(self.mentions):
            if prev.is_name and compatible(prev, gender, "Sing") and any(
                    is_a(k, "honorific") or is_person_noun(k) for k in prev.keys):
                return prev
        return None

    def resolve_prodrop(self, gender: Optional[str], number: Optional[str], sentence: int) -> Optional[Mention]:
        """The latest source that agrees with the verb. God or the Prophet named in an earlier
        sentence is not it: «… لقوله صلى الله عليه وسلم: …» then «وقال …» is the preacher going
        on; in the same sentence («سمعت رسول الله صلى الله عليه وسلم يقول») it is."""
        for prev in reversed(self.mentions):
            if not compatible(prev, gender, number):
                continue
            sacred = sacred_source(prev)
            if sacred is None:
                return prev
            if prev.sentence == sentence:
                return replace(prev, name=sacred)  # «وقد سُئل صلى الله عليه وسلم: …؟ فقال: …»: the Prophet
        if number == "Sing":
            # «أكدت قيادات ميدانية … وأوضح أن …»: with no singular source about, a plural
            # of sources (مصادر، قيادات) is also referred to in the singular (المصدر)
            for prev in reversed(self.mentions):
                if prev.number == "Plur" and prev.keys and is_a(strip_article(prev.keys[0]), "person_noun"):
                    return prev
        return None


SACRED = (("sacred_god", "الله"), ("sacred_prophet", "النبي"))


def _one_person(found: dict[str, Mention]) -> Optional[Mention]:
    """The fullest of the mentions found, by name, when they are one person: every name found is a part
    of the fullest one («الرئيس السيسي» in «الرئيس عبد الفتاح السيسي»); else None."""
    names = list(found)
    full = max(names, key=len) if names else ""
    return found[full] if names and all(set(fold(n).split()) <= set(fold(full).split()) for n in names) else None


COMPLEMENT_NAMES = 2  # name words of a place or a body a description ends with («لريال مدريد»)


def _names_a_complement(m: Mention) -> bool:
    """Are a description's name words a place or a body after a preposition fused to the word before
    them («اللاعب السابق لريال | مدريد»، «المدرب الجديد لنادي برشلونة»), not the person's name?"""
    if not m.names or m.names[0] not in m.keys or len(m.names) > COMPLEMENT_NAMES:
        return False
    k = m.keys.index(m.names[0])
    return k >= 2 and m.keys[k - 1][:1] in ("ل", "ب") and not m.keys[k - 1].startswith("ال") \
        and tuple(m.keys[k:]) == m.names  # (the name words end it: not «… بمنطقة الرياض الرائد محمد الحمادي»)


def _definite_title(m: Mention) -> bool:
    """A title made definite by a word with the article after its head («مساعد مدير قسم الخدمات») or by
    a body's name its chain ends in («نائب رئيس مجلس إدارة «سابك»»)."""
    return any(k.startswith("ال") for k in m.keys[1:]) or (
        m.is_name and any(is_a(strip_article(k), "institution") for k in m.keys[1:]))


def _speaks_for(m: Mention, own: list[str]) -> bool:
    """Is the mention someone speaking for the one the name words ``own`` name: «باسم» (words.tsv
    ``title_link``) before them and a person right after it («متحدثة باسم الممثلة الأميركية ديمي مور»:
    the spokeswoman, not «مور» herself)?"""
    at = [i for i, k in enumerate(m.keys) if k in own]
    link = next((i for i, k in enumerate(m.keys[:min(at)]) if is_a(k, "title_link")), None) if at else None
    if link is None or link + 1 >= len(m.keys):
        return False
    spoken_for = m.keys[link + 1]  # a person's title, not a body («المتحدث باسم وزارة الدفاع … ستيف وارن» is
    #                                 Warren) nor a name («بالنيابة عيضة الهذلي»: his own)
    return (is_person_noun(spoken_for) or is_title_noun(spoken_for)) \
        and not any(is_a(strip_article(k), "institution") for k in m.keys[link + 1:min(at)])


def _office_of(m: Mention, own: list[str]) -> bool:
    """Is the mention a holder of an office in the body the words ``own`` name: a title right before
    the body's noun («رئيس نادي الأسير قدورة فارس» is the club's president, not «نادي الأسير»)?"""
    if not own or not is_a(strip_article(own[0]), "institution") or own[0] not in m.keys:
        return False
    at = m.keys.index(own[0])
    return at > 0 and is_title_noun(m.keys[at - 1])


def _of_relation(key: str) -> bool:
    """A definite adjective of relation in either gender («الأمريكي»، «الأمريكية», folded)."""
    return is_nisba(key) or (key.startswith("ال") and key.endswith("يه") and len(key) > 5)


def _other_relation(keys: list[str], prev_keys: list[str]) -> bool:
    """«السلطات الماليزية» after «السلطات الاسترالية المكلفة البحث عن الرحلة الماليزية …»: the
    description's adjective of relation right after its head is not among those right after the same
    head in the earlier mention, which has some there: another body («الوزارة السعودية» is still
    «وزارة الخارجية السعودية»; the «الماليزية» of «الرحلة» is no adjective of «السلطات»)."""
    if len(keys) < 2 or not _of_relation(keys[1]):
        return False
    head = _canon(strip_article(keys[0]))
    bare = [_canon(strip_article(k)) for k in prev_keys]
    if head not in bare:
        return False
    run = []
    for k in prev_keys[bare.index(head) + 1:]:
        if not _of_relation(k):
            break
        run.append(k)
    return bool(run) and keys[1] not in run


def _holder_of(m: Mention, own: list[str]) -> bool:
    """Is the mention the person the name words ``own`` name: one that opens on a name («خوسيب
    بارتوميو رئيس برشلونة»), or on an honorific or a title and ends on them («وزير الدفاع الأميركي
    آشتون كارتر»)? Not «زيارة كارتر», nor «محامي كلينتون ديفيد كيندال» (the name a genitive)."""
    if not m.keys:
        return False
    return m.keys[0] in m.names or ((is_a(m.keys[0], "honorific") or is_title_noun(m.keys[0]))
                                    and m.keys[-len(own):] == own)


def _joins_names(m: Mention) -> bool:
    """«الرئيس أوباما ومايك هاكابي»: two holders, a name word then «و» + a name word."""
    return any(k.startswith("و") and m.keys[i - 1] in m.names for i, k in enumerate(m.keys) if i)


def sacred_source(m: Mention) -> Optional[str]:
    """«قال تعالى: (…)»، «يقول الله عز وجل»، «قال صلى الله عليه وسلم»، «وقال النبي …»: scripture a
    preacher or writer quotes names God or the Prophet (words.tsv ``sacred_god``,
    ``sacred_prophet``, by the speaker's first word or two). Their name, else None."""
    keys = [k.strip("-–:()«»\"") for k in m.keys[:2]]
    if not keys or not keys[0]:
        return None
    for cls, name in SACRED:
        if is_a(keys[0], cls) or (len(keys) > 1 and is_a_pair(keys[0], keys[1], cls)):
            return name
    return None


def sacred_formula(sent: Sentence, sm: SpeakerMatch) -> Optional[str]:
    """«فقال عز من قائل: …»، «وقال جل في علاه: …»، «وقال عليه الصلاة والسلام: …»: the formula names God
    or the Prophet, but the tree cuts the phrase inside it («عز»، «جل»، «الصلاة» after the «عليه» it
    drops). The phrase's first word with the word after it or the word before it, one entry of
    words.tsv ``sacred_god`` or ``sacred_prophet``: their name, else None."""
    toks = sent.tokens
    pairs = []
    if sm.first + 1 < len(toks):
        pairs.append((toks[sm.first].text, toks[sm.first + 1].text))
    if sm.first > 0:
        pairs.append((toks[sm.first - 1].text, toks[sm.first].text))
    for cls, name in SACRED:
        if any(is_a_pair(a, b, cls) for a, b in pairs):
            return name
    return None


def is_honorific_pronoun(sent: Sentence, sm: SpeakerMatch) -> bool:
    """Is the phrase one honorific pronoun («سموه»، «معاليه»: words.tsv ``honorific_pronoun``)?"""
    return sm.first == sm.last and is_a(sent.tokens[sm.first].text, "honorific_pronoun")


def as_said(m: Mention, cue_gender: Optional[str], head: Optional[Word] = None) -> Mention:
    """The speaker as its own verb spoke of it: «تؤكد كيم براون مساعد مدير قسم …» — a woman named
    with a masculine title is remembered feminine, so that a later «وتضيف» agrees with her as
    this verb did. Only a named singular, only masculine → feminine (a verb before a plural
    subject is singular, a non-human plural takes a feminine one). When the phrase's ``head``
    is a name, or a word of a named phrase the tagger gave no gender (its gender then guessed from
    a final «ة»), the verb knows better: «وقال عوضة الضورة» is a man, remembered masculine so that
    «وأضاف» goes on with him (a common noun's own gender stands: «إدارة» under a masculine verb
    is a misread object, not a man)."""
    if m.number == "Plur":
        return m
    if m.is_name and m.gender == "Masc" and cue_gender == "Fem":
        return replace(m, gender="Fem")
    guessed = head is not None and (head.upos == "PROPN" or (m.is_name and head.feat("Gender") is None))
    if guessed and m.gender == "Fem" and cue_gender == "Masc":
        return replace(m, gender="Masc")
    return m


def subject_as_said(sent: Sentence, at: int, m: Mention) -> Mention:
    """A remembered subject as the verb at token ``at`` spoke of it («وبدأت الدكتورة الغامدي …» after
    «عضو مجلس الإدارة الدكتورة مريم الغامدي»: a woman, though her title is masculine) — see
    ``as_said``."""
    tok = sent.tokens[at]
    verb = next((w for w in tok.words if w.upos == "VERB"), None)
    return m if verb is None else as_said(m, word_agreement(verb, fold(tok.text))[0])


def _runs_on_past(prev: Mention, m: Mention) -> bool:
    """Does ``prev`` begin with all of ``m`` and go on with no honorific or title before a last
    word («وزير الاقتصاد … محمد الجاسر | انتقد اداء العاملين»: a phrase the walk ran on, not a
    fuller name of the same man)? A title that goes on to its holder is the same man:
    «المدير التنفيذي لشركة مترو جدة | الدكتور أسامة عبده», «الأمين العام المساعد لشؤون فلسطين |
    والأراضي العربية المحتلة بالجامعة العربية السفير محمد صبيح», and so is one whose name alone
    follows it, every word a name word («وزير الخارجية | عادل بن أحمد الجبير»)."""
    n = len(m.keys)
    if prev.trailing_names >= len(prev.keys) - n > 0:
        return False  # «وزير الخارجية | عادل بن أحمد الجبير»: nothing but the holder's name after the title
    return prev.keys[:n] == m.keys and not any(is_a(k, "honorific") or is_title_noun(k) for k in prev.keys[n:-1])


def _deputy_of(prev: Mention, head: str) -> bool:
    """Is the title ``head`` in ``prev`` the title of the one another title stands before («نائب | رئيس
    التحرير سليمان ابا حسين»: the deputy, not «رئيس التحرير»)?"""
    keys = [_content_key(k) for k in prev.keys]
    i = keys.index(head) if head in keys else -1
    return i > 0 and is_person_noun(prev.keys[i - 1])


def _pointing_back(m: Mention) -> Optional[Mention]:
    """The mention without a demonstrative before it or «نفسه»/«ذاته» after it, when it has
    one and a word is left, else None."""
    keys = list(m.keys)
    if keys and is_a(keys[0], "anaphoric"):
        keys = keys[1:]
    elif len(keys) > 1 and is_a(keys[-1], "anaphoric"):
        keys = keys[:-1]
    if len(keys) == len(m.keys) or not keys:
        return None
    return replace(m, keys=keys)


def _headed_by_title(keys: list[str], i: int) -> bool:
    """Is the word at ``i`` what a title before it heads («رئيس الفيفا»، «رئيس المفوضية
    الأوروبية»، «المتحدث باسم وزارة الصحة»)? Then it names the body, not the person: «الفيفا» is
    not «جوزيف بلاتر», «الوزارة» not its spokesman. Also through bodies' nouns in the construct
    state between («نائبة رئيس اتحاد منظمة «بلاند بيرنتهود»»: «المنظمة» is not the vice-president)."""
    k = i - 1
    while k > 0 and not keys[k].startswith("ال") and not is_person_noun(keys[k]) and is_a(keys[k], "institution"):
        k -= 1
    return i > 0 and (is_person_noun(keys[k]) or is_a(keys[k], "title_link"))  # «المتحدث باسم وزارة …»


def _genitive_of_thing(prev: Mention, i: int) -> bool:
    """Is the word at ``i`` of ``prev`` inside a phrase headed by a thing («طائرة | الرئيس الأمريكي في مطار
    نيروبي»: the president's plane; «صافي أرباح | الشركة …»)? The mention's first word is a common
    noun in the construct state that is no name word, title, honorific, title of address or body, and no
    name word comes before ``i``, which is a source noun (a title, a body, an outlet, people): «الرئيس
    الأمريكي» is not that mention («المسؤولة عن الركن هاجر التاروتي» is headed by a title, «معالي
    الأمين العام …» by a title of address)."""
    if i == 0:
        return False
    owner = strip_article(strip_conj(prev.keys[i]))
    if not (is_person_noun(prev.keys[i]) or is_title_noun(prev.keys[i]) or is_a(owner, "institution") or is_a(owner, "media")
            or is_a(owner, "people")):
        return False  # (the genitive is a source noun: «مها العريني» is a name the tagger read as a noun)
    k = prev.keys[0]
    return not k.startswith("ال") and not is_title_noun(k) and not is_person_noun(k) \
        and not any(is_a(k, c) for c in ("honorific", "address_title", "institution", "name_link", "title_prep")) \
        and len(k) > 2 and k.isalpha() and not any(x in prev.names for x in prev.keys[:i])


def relative_antecedent(sent: Sentence, cue_word: Word, rel_token: int) -> Optional[SpeakerMatch]:
    """The noun phrase a relative clause (الذي قال) hangs on."""
    sm = None
    if cue_word.deprel.startswith("acl") and cue_word.head:
        h = _agreeing_head(sent, sent.word(cue_word.head), sent.tokens[rel_token].words[-1])
        if h is not None and h.token < rel_token:
            sm = _np_before(sent, rel_token, h)
    sm = sm or _np_before(sent, rel_token, None)
    rel = sent.tokens[rel_token].words[-1]
    if sm is not None and rel.feat("Number") == "Plur" and mention_agreement(sm.head)[1] == "Sing":
        return _plural_before(sent, sm.first) or sm
    if sm is not None and is_a(rel.text, "human_plural_relative") and not _plural_of_people(_noun_of(sent.tokens[sm.first])):
        # «وفقاً للعاملين في مجال الفنادق الذين يؤكدون …»: «الذين» means people, so not the things the tree
        # hangs it on but the plural of people whose phrase they close
        outer = _plural_before(sent, sm.first)
        if outer is not None and sm.first - outer.first <= 2 and all(
                w.upos == "ADP" for t in sent.tokens[outer.first + 1:sm.first] for w in t.words):
            return replace(outer, last=sm.last)  # (right before the things, or with a preposition between)
    return sm


def _plural_before(sent: Sentence, end: int) -> Optional[SpeakerMatch]:
    """«انتقد سياسيون في دولة الغابون، مهاجم فريق برشلونة ليونيل ميسي، الذين يقولون إن …»: a plural
    relative cannot mean the one person named right before it; the nearest plural noun of people
    before that phrase is whom it means (the clause's subject, set off from its object)."""
    for k in range(end - 1, -1, -1):
        t = sent.tokens[k]
        w = t.words[-1]
        if (len(t.words) == 1 or preposition_on_source(t)) and w.upos in ("NOUN", "ADJ", "X") and _plural_of_people(_noun_of(t)):
            return SpeakerMatch(k, max(k, noun_phrase_end(sent, k, end)), w, "relative")
    return None


def _noun_of(t: Token) -> str:
    """The noun of a token, with its article: «للعاملين» → «العاملين» (the splitter gives «لعاملين»)."""
    return "ال" + t.text[2:] if preposition_on_source(t) and fold(t.text).startswith("لل") else t.words[-1].text


def _agreeing_head(sent: Sentence, h: Word, rel: Word) -> Optional[Word]:
    """The noun a relative clause hangs on, as the tree says, unless its gender disagrees
    with the relative pronoun's: then the noun the tree's choice itself hangs on, up the
    chain («المتحدث الرسمي لوزارة التعليم …، الذي أكد»: «الذي» is not «وزارة»)."""
    want = rel.feat("Gender")
    while h.upos in ("NOUN", "PROPN", "X"):
        got = mention_agreement(h)[0]
        if want is None or got is None or got == want:
            return h
        if not h.head or not h.deprel.startswith("nmod"):
            return None
        h = sent.word(h.head)
    return None


def _np_before(sent: Sentence, end: int, head: Optional[Word]) -> Optional[SpeakerMatch]:
    toks = sent.tokens
    k = end - 1
    while k >= 0 and (is_stop(toks[k]) or is_a(toks[k].text, "time")):
        k -= 1
    last = k
    while k >= 0 and not is_stop(toks[k]) and not (k < last and len(toks[k + 1].words) > 1
                                                    and toks[k + 1].words[0].upos == "CCONJ") and (
            all(w.upos in ("NOUN", "PROPN", "ADJ", "X", "DET", "NUM") for w in toks[k].words)
            or toks[k].words[-1].upos in NAME_UPOS  # a name the clitic splitter cut («ب+اشينيان»)
            or (len(toks[k].words) == 1 and k < last and any(w.upos in NAME_UPOS for w in toks[k + 1].words)
                and not is_a(toks[k].text, "function_word"))):  # a first name tagged otherwise, not «من»
        k -= 1
    if 0 <= k <= last and _opening_conjunct(toks, k):
        k -= 1  # «والأزهر الشريف الذي أكد …»: the «و» that opens the sentence joins no noun to the phrase
    elif 0 <= k <= last and preposition_on_source(toks[k]) and (
            (k < last and is_title_noun(fold(toks[k].words[-1].text))) or _plural_of_people(_noun_of(toks[k]))):
        k -= 1  # «مفرحة للفنان | السعودي طلال سلامة، الذي قال …»: a title behind «ل»/«ب» opens the phrase;
        #         so does a plural of people, alone too («بالنسبة للمشترين الذين يرون أن …»)
    first = k + 1
    if first > last:
        return None
    if head is not None and head.token < first and toks[first].words[0].upos != "CCONJ" \
            and _heads_all(sent, head, range(head.token, first)):
        # «المتحدث الرسمي لوزارة التعليم مبارك العصيمي، الذي …»: the phrase the tree's
        # antecedent heads runs on through a preposition the surface walk stops at
        first = head.token
    if head is None:
        head = next((w for t in toks[first:last + 1] for w in t.words if w.upos in ("NOUN", "PROPN", "X")),
                    toks[first].words[0])
    return SpeakerMatch(first, last, head, "relative")


def _opening_conjunct(toks: list[Token], k: int) -> bool:
    """«و» + a noun at the start of the sentence or right after punctuation: the clause's own «و», not
    one that joins the noun to a phrase before it («جماهير الأرجنتين ومارادونا»)."""
    t = toks[k]
    return len(t.words) == 2 and t.words[0].upos == "CCONJ" and t.words[1].upos in ("NOUN", "PROPN", "X") \
        and (k == 0 or is_stop(toks[k - 1]))


def _heads_all(sent: Sentence, head: Word, tokens: range) -> bool:
    """Is every word of these tokens ``head`` or under it, with no conjunction or stop
    between («جماهير الأرجنتين ومارادونا الذي قاد …» is Maradona alone)?"""
    under = {w.id for w in sent.subtree(head)}
    words = [w for k in tokens for w in sent.tokens[k].words]
    return all(w.id in under and w.upos != "CCONJ" and w.deprel != "conj" for w in words) \
        and not any(is_stop(sent.tokens[k]) for k in tokens)


FRONTED_PHRASE_MAX = 6  # tokens of a prepositional phrase opening a sentence before its verb


def _after_fronted_phrase(sent: Sentence, tok: Token) -> bool:
    """«وفي المدينة المنورة أنشأ فهد عبدالله فاجع …»، «وخلال الاجتماع، أشاد الوزير …»: the
    sentence's first verb after a prepositional phrase that opens it (no verb before)."""
    before = sent.tokens[:tok.index]
    if not before or len(before) > FRONTED_PHRASE_MAX or not any(w.upos == "VERB" for w in tok.words):
        return False
    lead = [w for w in before[0].words if w.upos != "CCONJ"]
    return bool(lead) and lead[0].upos == "ADP" and not any(
        w.upos in ("VERB", "AUX", "SCONJ") for t in before for w in t.words) \
        and not any(is_sentence_end(t.text) or t.text == ":" for t in before)


def _title_before_object(sent: Sentence, sm: SpeakerMatch) -> SpeakerMatch:
    """«ولم يحدد المتحدث | تاريخ بدء الهجوم …، متوقعا أن …»: the subject of a verb that reports nothing,
    a definite title alone, then an indefinite common noun (a definite noun takes no genitive), and no
    name in the phrase: the noun opens the verb's object; the title is the subject."""
    toks = sent.tokens
    first = toks[sm.first]
    if sm.last == sm.first or len(first.words) != 1 or not fold(first.text).startswith("ال") \
            or not (is_title_noun(first.text) or is_person_noun(first.text)):
        return sm
    nxt = toks[sm.first + 1]
    if len(nxt.words) != 1 or nxt.words[0].upos != "NOUN" or fold(nxt.text).startswith("ال") or is_title_noun(nxt.text) \
            or is_a(nxt.text, "possessor") \
            or any(w.upos in NAME_UPOS for t in toks[sm.first:sm.last + 1] for w in t.words):
        return sm
    return replace(sm, last=sm.first, head=first.words[0])


def _other_verb_subject(sent: Sentence, sm: SpeakerMatch, verb: Word) -> SpeakerMatch:
    """The subject of a verb that reports nothing, as a later report may mean it: a title before the
    verb's object, and a light verb's subject before the «بـ» of what was done, end it."""
    return _before_verb_object(sent, _before_light_verb_object(sent, _title_before_object(sent, sm), verb), verb)


OBJECT_RELS = ("obj", "iobj", "obl", "obl:arg")


def _person_named(toks: list[Token], first: int, stop: int) -> bool:
    """Is a person named in tokens [first, stop): a name after an honorific, or two name words in a
    row («خالد بحاح»، «المهندس عبدالله»; not a place alone: «جامعة شقراء»)?"""
    named = [any(w.upos in NAME_UPOS for w in t.words) for t in toks[first:stop]]
    return any(named[i] and (named[i - 1] or is_a(toks[first + i - 1].text, "honorific")) for i in range(1, len(named)))


def _before_verb_object(sent: Sentence, sm: SpeakerMatch, verb: Word) -> SpeakerMatch:
    """«ونشر موقع ويكيليكس | لائحة تضم …»، «ووزع مقاتلو طالبان | أغذية على السكان»، «وألقى الشيخ صالح آل
    طالب | كلمة …»: a common noun, bare or after its preposition, that the tree makes the verb's own
    object or oblique — or, bare, that the tagger reads as accusative after a nominative head — is no
    part of the verb's subject, which ends before it. Not a title, an honorific, a nisba, a time word,
    nor a word right after a comma (an apposition); and not when no person is named before it and a
    name or an honorific follows (the tree's slip inside a title: the phrase is kept whole)."""
    toks = sent.tokens
    head_case = next((w.feat("Case") for w in toks[sm.first].words if w.upos in ("NOUN", "PROPN")), None)
    for k in range(sm.first + 1, sm.last + 1):
        t = toks[k]
        noun = next((w for w in t.words if w.upos != "ADP"), None)
        if noun is None or noun.upos != "NOUN":
            continue
        accusative = len(t.words) == 1 and noun.feat("Case") == "Acc" and head_case == "Nom"
        if not accusative and (noun.head != verb.id or noun.deprel not in OBJECT_RELS):
            continue
        if is_title_noun(t.text) or is_person_noun(t.text) or is_a(t.text, "honorific") or is_a(t.text, "time") \
                or is_nisba(t.text) or is_a("ال" + strip_article(fold(t.text)), "honorific") or is_comma(toks[k - 1].text):
            continue  # («أمير»: a rank the honorifics list with their article; a title in apposition after
            #           a comma: «… بن مساعد، أمير منطقة نجران، الحفل»)
        if not _person_named(toks, sm.first, k) and any(
                any(w.upos in NAME_UPOS for w in u.words) or is_a(u.text, "honorific")
                or (i + 1 < len(toks) and is_abbreviation_dot(toks, i + 1)) for i, u in enumerate(toks[k:sm.last + 1], k)):
            return sm  # no one named yet, a name or an honorific after it: the tree's slip inside a
            #            title («… بأبها المهندس عبدالله …»، «رئيس الحكومة اللبنانية تمّام سلام»، «مدير
            #            جامعة شقراء المكلف د. خالد المقرن»)
        return replace(sm, last=trim_phrase(sent, sm.first, k - 1)[1])
    return sm


def _before_light_verb_object(sent: Sentence, sm: SpeakerMatch, verb: Word) -> SpeakerMatch:
    """«وقام وزير الصحة | بافتتاح المستشفى، مؤكداً أن …»، «قام محافظ جدة الأمير مشعل بن ماجد | بتسليم
    الشهادات»: a light verb (words.tsv ``light_verb``: «قام بـ», did) takes what was done with «بـ»;
    its subject ends before it: the first «بـ» after a name, or with no name before it, one whose
    noun no name follows («مدير التعليم بمنطقة الرياض» keeps its place)."""
    if sm.first <= verb.token or not is_a(strip_conj(fold(verb.lemma)), "light_verb"):
        return sm
    toks = sent.tokens
    named = False
    for k in range(sm.first + 1, sm.last + 1):
        t = toks[k]
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if len(t.words) > 1 and fold(t.words[0].text) == "ب" and t.words[0].upos == "ADP" and t.words[1].upos == "NOUN" \
                and (named or nxt is None or not any(w.upos in NAME_UPOS for w in nxt.words)):
            return replace(sm, last=k - 1)
        named = named or any(w.upos in NAME_UPOS for w in toks[k - 1].words + t.words)
    return sm


def _after_byline(sent: Sentence, tok: Token) -> bool:
    """«فهد العتيبي- سبق- الطائف: رفعت أسرة الجندي …»: the first word after a byline or a dateline
    (``words.byline_end``) opens the sentence."""
    return tok.index > 0 and byline_end(sent.tokens) == tok.index - 1


def _name_before_own_prep(sent: Sentence, sm: SpeakerMatch, cue: CueMatch) -> bool:
    """«من جهته، أكد شكري | على أهمية …»، «وأشار نقدي | إلى …»: one bare word (no article, no clitic)
    between a cue and the cue's own preposition is the subject's name, whatever its tag (not after a
    verb of asking: «فما أن تسأل | عربي | عن شيء» — the one asked)."""
    toks = sent.tokens
    t = toks[sm.first]
    return cue.entry.category != "ask" and sm.first == sm.last == cue.index + 1 and sm.last + 1 < len(toks) \
        and len(t.words) == 1 and not fold(t.text).startswith("ال") \
        and fold(toks[sm.last + 1].text) in cue.entry.preps and not is_a(t.text, "time") and not is_person_noun(t.text)


def _people(t: Token) -> bool:
    """«دان وجهاء وأعيان …»، «الأهالي»: a plural noun of a group of people (words.tsv ``people``)."""
    return heads_class(t.text, "people")


def _group_of_people(toks: list[Token]) -> bool:
    """«عدد من الأكاديميين والدعاة»، «مجموعة من المواطنين»: a quantifier of many (not words.tsv
    ``one_of``: «أحد»، «إحدى») with «من» and a plural of people: many people, whom a plural
    participle after («مشيرين بأن …») goes on with, an adjective of the quantifier's aside («عدد كبير من
    المعجبين»); so is a quantifier of many right before the plural
    («بعض المواطنين»، «عشرات المتظاهرين»: words.tsv ``many_of``)."""
    if len(toks) < 2:
        return False
    quantifier = strip_conj(fold(toks[0].text))
    if is_a(quantifier, "many_of") and _plural_of_people(toks[1].text):
        return True
    k = 2 if len(toks) > 3 and all(w.upos == "ADJ" for w in toks[1].words) else 1  # «عدد كبير من المعجبين»
    return len(toks) > k + 1 and is_a(quantifier, "quantifier") and not is_a(quantifier, "one_of") \
        and fold(toks[k].text) == "من" and _plural_of_people(toks[k + 1].text)


def _many_people(toks: list[Token]) -> bool:
    """«استنكر مغردون …»، «وأشاد عدد من المرضى …»، «الأهالي»: a phrase of many people, headed by a plural
    of people or a quantifier of them: a source, though it names no one."""
    return _people(toks[0]) or _plural_of_people(toks[0].text) or _group_of_people(toks) or _construct_plural(toks)


def _construct_plural(toks: list[Token]) -> bool:
    """«صيادو الروبيان»، «مسؤولو الشركة»، «منظمو المهرجان»: a sound masculine plural in construct («ون» →
    «و») before a definite genitive: a participle or an agent (``sound_plural`` of its «ون» form) or a
    trade (فعّال). Not a name («مورينيو»: the tagger's name)."""
    if len(toks) < 2 or len(toks[0].words) != 1 or toks[0].words[0].upos != "NOUN":
        return False
    key = strip_conj(fold(toks[0].text))
    base = key[:-1]
    return key.endswith("و") and len(base) >= 4 and (sound_plural(base + "ون") or base[2] == "ا") \
        and fold(toks[1].text).startswith("ال")


def _plural_of_people(word: str) -> bool:
    """«الأكاديميين»، «سياسيون»، «المواطنين»، «المسؤولين»: a sound plural of an agent, a plural nisba,
    a noun of a group of people (words.tsv ``people``) or a source noun's plural."""
    key = fold(word)
    return sound_plural(key) or is_plural_nisba(key) or is_a(strip_article(key), "people") \
        or (is_person_noun(key) and key.endswith(("ون", "ين", "ات")))


def _body(t: Token) -> bool:
    """«أطلقت شركة المياه الوطنية …»، «أعلنت وزارة الصحة …»: a phrase headed by a body (words.tsv
    ``institution``, or ``programme``: «وفر برنامج الأغذية العالمي …»), which a sentence's first verb
    makes its subject."""
    return heads_class(t.text, "institution") or heads_class(t.text, "programme")


def _issued_statement(sent: Sentence, sm: SpeakerMatch) -> Optional[str]:
    """«أصدرت الوزارة بياناً»، «عقدت الهيئة مؤتمراً صحفياً»، «وجهت الرابطة، أمس، رسالة»، «أصدرت مصلحة
    الجمارك العامة تقريراً»: the verb's object, right after its subject (time words and commas aside),
    is a speech event or a document (words.tsv ``speech_event``, ``document``; the indefinite
    accusative's alef aside): its noun, folded, else None. So is one the subject spoke in («ثمنت حركة
    «حماس» في بيان … دور المملكة»: a later «وقال البيان» is the movement's)."""
    toks = sent.tokens
    j = sm.last + 1
    while j < len(toks) and (is_a(toks[j].text, "time") or is_comma(toks[j].text)):
        j += 1
    if j + 1 < len(toks) and fold(toks[j].text) == "في":
        j += 1
    if j >= len(toks) or len(toks[j].words) != 1:
        return None
    key = fold(toks[j].text)
    return statement_word(key) or (statement_word(key[:-1]) if key.endswith("ا") else None)


def _parts_differ(keys: list[str], other: list[str]) -> bool:
    """«وكالة الأنباء العمانية الرسمية» and «وكالة الأنباء السورية الرسمية سانا», «وزير الخارجية الأمريكي» and
    «وزير الخارجية الروسي سيرغي لافروف»: after the same words, another definite word in the same place
    says another one (not two words of one meaning: «الأممي»، «الدولي»; words.tsv ``same_sense``)."""
    for i in range(1, min(len(keys), len(other))):
        if keys[:i] != other[:i]:
            return False
        a, b = keys[i], other[i]
        if a != b:
            return a.startswith("ال") and b.startswith("ال") and not (is_a(a, "same_sense") and is_a(b, "same_sense"))
    return False


def _titled(tokens: list[Token]) -> bool:
    """«شدد منصور الرسيني نائب رئيس النادي على …» («منصور» read as a common noun): a phrase with a
    person's title in it (after its first word) is someone, named or not by the tagger."""
    return any(is_title_noun(strip_conj(fold(t.text))) for t in tokens[1:])


def _person_headed(t: Token) -> bool:
    """Does a phrase begin with a title, an honorific or a name (not «زيارة الفريق برئاسة …»)?"""
    return is_title_noun(strip_conj(fold(t.text))) or is_a(t.text, "honorific") or t.words[-1].upos in NAME_UPOS


def _opens_coordinated_clause(sent: Sentence, tok: Token) -> bool:
    """«…، ولعب مدرب الفتح التونسي ناصيف البياوي بتشكيلتين …»: «و» + a verb right after a comma opens
    a clause of its own, like a sentence's first verb; so does a verb after a comma and «then»
    (words.tsv ``sequel``: «…، ثم ألقى مدير إدارة المهرجان … كلمة …»)."""
    toks = sent.tokens
    if tok.index > 2 and is_a(toks[tok.index - 1].text, "sequel") and is_comma(toks[tok.index - 2].text):
        return len(tok.words) == 1 and tok.words[0].upos == "VERB"
    return tok.index > 1 and is_comma(toks[tok.index - 1].text) and len(tok.words) > 1 \
        and tok.words[0].upos == "CCONJ" and tok.words[1].upos == "VERB"


def _says_nothing(verb: Word) -> bool:
    """A verb whose subject is a thing, never a speaker: what exists («توجد») or an impersonal modal
    («يمكن»، «يجب»; words.tsv ``existential``, ``modal``)."""
    key = fold(verb.text)
    return is_a(key, "existential") or is_a(key, "modal")


def sentence_events(sent: Sentence, found: list[Report], cues: list[CueMatch],
                    surnames: AbstractSet[str] = frozenset()) -> list[tuple[str, int, object]]:
    """Subjects outside reported content, and quotes, in token order. Subjects
    come from reporting verbs that report no clause («ودعا بومبيو إلى …») and
    from sentence-initial verbs (ويلتقي الوزير …): the entities a later «وأضاف»
    may mean. Subjects of other verbs are too often misparsed to rely on.
    Events are ``("subject", token, SpeakerMatch)`` — remember it —, ``("statement", token, (noun,
    SpeakerMatch))`` — remember it as the maker of the statement or document ``noun`` too («تقرير
    أصدرته مصلحة الجمارك»: a later «وبين التقرير» is hers) —, ``("aside", token, SpeakerMatch)`` — a
    body a description may mean, but no pro-drop — and ``("quote", token, Report)`` — attribute it,
    then go on. ``surnames``: the last words of full names the text has given before this sentence
    (``full_name_ends``), so that a sentence's first verb whose subject is one of them, however the
    tagger reads it here, names that person («واستعرض كوي …» after «كبير الباحثين آنج كوي»)."""
    in_content = [(f.content.start, f.content.end) for f in found]
    events: list[tuple[str, int, object]] = []
    cue_tokens = {f.cue.index for f in found}
    other_cues = {c.index: c for c in cues if c.index not in cue_tokens and not c.participle}
    for tok in sent.tokens:
        if in_ranges(tok.start, in_content) or tok.index in cue_tokens:
            continue
        prev = sent.tokens[tok.index - 1] if tok.index else None
        # «وهو ما أكده شكري بدوره، قائلاً إن …»: no report of its own, but its subject is whom the
        # participle after it means; not «وفق ما أوردته رويترز» (the outlet) nor «نافيا ما ذكرته بعض
        # النزيلات، مؤكدا …» (the object of a verb or a cue before «ما»: what its own subject denied)
        before = sent.tokens[tok.index - 2] if tok.index > 1 else None
        echoed = prev is not None and fold(prev.text) == "ما" and not (before is not None and (
            is_according(before.text) or active_lexicon().match_form(before.text)
            or any(w.upos == "VERB" for w in before.words))) and (any(
            active_lexicon().match_form(w.text) or (w.upos == "VERB" and active_lexicon().match_lemma(w.lemma))
            for w in tok.words) or _cue_verb_with_object(tok.text)) \
            and not (len(tok.words) == 1 and tok.words[0].upos == "ADP")  # («ما بين الربيش و…»: between)
        if not echoed and prev is not None and token_is_a(prev, "relative"):
            continue
        initial = tok.index == 0 or (tok.index == 1 and is_a(sent.tokens[0].text, "subordinator")) \
            or only_openers(sent.tokens[:tok.index]) \
            or _after_fronted_phrase(sent, tok) \
            or _after_byline(sent, tok) \
            or titled_subject_opening(sent, tok) is not None
        # («بدوره أثنى …»، «من جهته أثنى مدرب الوحدة …»، «فهد العتيبي- سبق- الطائف: رفعت …»، «اللواء سعد بن رحيل
        # السويدي مدير جوازات منطقة عسير | استنكر …»)
        own = other_cues.get(tok.index)  # the cue of a report of no clause at this token
        # «…، ولعب مدرب الفتح التونسي ناصيف البياوي …»: a person who opens a clause of «و» after a comma
        coordinated = own is None and not initial and not echoed and _opens_coordinated_clause(sent, tok)
        if own is None and not initial and not echoed and not coordinated:
            continue
        for w in ([own.word] if own is not None else tok.words):
            if own is None and _says_nothing(w):
                break  # («لكن في بلد يمكن لكل زعيم حرب فيه الاعتماد على …»: a deed, no one)
            if w.upos == "VERB" or own is not None or echoed or (initial and _tagged_as_noun(sent, w)):
                sm = find_speaker(sent, tok, w)
                if sm is not None and own is not None:
                    sm = cut_at_cue_preposition(sent, sm, tok.index, own.entry.preps,
                                                relay=own.entry.category == "relay")
                elif sm is not None:
                    sm = _other_verb_subject(sent, sm, w)
                if sm is None or sm.relative or in_ranges(sent.tokens[sm.first].start, in_content) \
                        or is_a(sent.tokens[sm.first].text, "not_a_source") or is_vague(sent, sm):
                    break
                first = sent.tokens[sm.first]
                if (echoed or names_someone(sm.tokens(sent)) or is_honorific_pronoun(sent, sm)
                        or (initial and _surname_given_before(sm.tokens(sent), surnames))
                        or (own is not None and (source_like(sm.tokens(sent)) or _name_before_own_prep(sent, sm, own)
                                                 or _titled(sm.tokens(sent))))
                        or (initial and (is_title_noun(first.text) or is_a(first.text, "honorific")
                                         or heads_class(first.text, "kin")  # («واستهل والد الشهيد حديثه …»)
                                         or _many_people(sm.tokens(sent))))) \
                        and (not coordinated or _person_headed(first)):
                    made = _issued_statement(sent, sm) if initial and own is None else None
                    # («نشرت صحيفة ديلي تلغراف تقريرا …» then «وأضاف التقرير»: the paper's report)
                    events.append(("statement", tok.index, (made, sm)) if made else ("subject", tok.index, sm))
                elif initial and _body(first) and (made := _issued_statement(sent, sm)):
                    # «وأصدرت قيادة القوات المشتركة اليوم بياناً أوضحت فيه أنه …»: the body made the
                    # statement its first verb names; the pro-drop of the cue in it is the body, and so
                    # is a later «وبين التقرير» («أصدرت مصلحة الجمارك العامة تقريراً …»)
                    events.append(("statement", tok.index, (made, sm)))
                elif initial and (_body(first) or heads_class(first.text, "media")) and is_a(w.lemma, "stance_verb"):
                    # a body or the press that states a position («ووصفت الخطوط الجوية الماليزية العثور …
                    # بأنه «انفراجة كبيرة». وأضافت في بيان: …»، «وانتقدت صحف تونسية …. وقالت إن …»:
                    # words.tsv stance_verb)
                    events.append(("subject", tok.index, sm))
                elif initial and _body(first):
                    # «قررت شركة المياه الوطنية …» then «وأوضحت الشركة …»: a body a sentence's first verb
                    # names is whom a later description may mean; a pro-drop does not go back to it
                    events.append(("aside", tok.index, sm))
                break
    # who made the statement: «في بيان أصدره أمين عام الرابطة …، قال فيه إن …»، «بتصريحات أدلى
    # بها، يوم الاثنين، محمد علي جعفري، …، قال فيها إن …»
    # (not one between a report's cue and its content: «وقالت وزيرة الدولة للسكان …، في بيان أصدره
    # المجلس أمس: إن …» — the body she speaks for, not a new speaker for «وأضافت»)
    gaps = [(f.cue.token.end, f.content.start) for f in found if f.cue.token.start < f.content.start]
    for tok in sent.tokens:
        sm = statement_maker(sent, tok) if not in_ranges(tok.start, in_content + gaps) else None
        if sm is not None and not in_ranges(sent.tokens[sm.last].start, in_content) \
                and (names_someone(sm.tokens(sent)) or source_like(sm.tokens(sent))) and not is_vague(sent, sm):
            events.append(("statement", tok.index, (statement_made(sent, tok), sm)))
    # the one asked («وسألت الصحيفة الوزير …، فأكد أن …») or heard («وعلمت "الوطن" من مصدر مطلع أن …»):
    # after the asker, so the answer is theirs
    for tok in sent.tokens:
        if in_ranges(tok.start, in_content) or (tok.index in cue_tokens and not spelt_as(tok.text, "asked_passive")
                                                 and not is_a_after_conj(tok.text, "said_passive")):
            continue  # (a passive «سئل» is a cue with no speaker, and names the one asked)
        sm = interlocutor(sent, tok)
        # (one heard may be unnamed: «من مصدر مطلع»; one asked is named: not «على تواصل مع المجتمع»)
        heard = sm is not None and (is_a_after_conj(tok.text, "learning") and source_like(sm.tokens(sent))
                                    or is_a_after_conj(tok.text, "said_passive"))  # («قيل لبشر الحافي: …»)
        if sm is not None and (names_someone(sm.tokens(sent)) or heard) \
                and not is_vague(sent, sm) and not in_ranges(sent.tokens[sm.last].start, in_content):
            events.append(("subject", sm.first, sm))
    # a participle hangs on the clause before it: «دافع مارتينو … عن اللاعب قائلاً إن …»
    have = {e[1] for e in events if e[0] == "subject"}
    for f in found:
        if not f.cue.participle and not _coordinated_prodrop(sent, f) and not _purpose_prodrop(sent, f):
            continue
        head = sent.word(f.cue.word.head) if f.cue.word.head else None
        order = ([head.token] if head is not None and head.upos == "VERB" and head.token < f.cue.index else []) + \
            list(range(f.cue.index - 1, -1, -1))
        for k in order:
            tok = sent.tokens[k]
            if in_ranges(tok.start, in_content) or k in cue_tokens:
                break  # another report stands between: its speaker is the one
            verb = next((w for w in tok.words if w.upos == "VERB"), None)
            if verb is None or _in_relative_clause(sent, k) or _says_nothing(verb):
                continue  # (what exists says nothing: «حيث توجد مراكز غذائية …، موضحةً»)
            if not f.cue.participle and _other_gender(f.cue, verb, tok):
                continue
            if _reported_clause(sent, verb):
                # «وأن فرنسا ليست مطالبة …، مفيداً بأن …»: still the earlier speaker's words; when the
                # verb that reports the clause stands before it in the sentence (one no report was made
                # of: «وبررت الشركة أن سبب الانخفاض يعود إلى …، وقالت: …»), its subject says them
                mark = _complementiser_of(sent, verb)
                gov = _reporting_verb(sent, verb, k, mark)
                if gov is None or gov.token in cue_tokens or _in_relative_clause(sent, gov.token):
                    break
                sm = find_speaker(sent, sent.tokens[gov.token], gov)
                if sm is None or sm.relative or sm.last >= mark:
                    break  # («وأصر على أن الحصول على …»: no subject before the clause)
                k, tok, verb = gov.token, sent.tokens[gov.token], gov
            if k not in have:
                relative = _relative_verb_between(sent, k, f.cue.index) if _disagrees(f.cue, verb, tok) else None
                if relative is None:
                    sm = find_speaker(sent, tok, verb)
                    sm = _other_verb_subject(sent, sm, verb) if sm is not None else None
                else:
                    # «بعض الوزراء عادوا إلى المدينة التي قام بزيارة إليها رئيس الوزراء خالد بحاح،
                    # مؤكداً أن …»: a plural clause cannot be what a singular participle goes on
                    # from; the named subject of the relative clause between them is
                    k, verb = relative
                    sm = find_speaker(sent, sent.tokens[k], verb)
                    sm = sm if sm is not None and names_someone(sm.tokens(sent)) else None
                # the subject of the clause a participle hangs on says it, named or described
                # («ووجه السيسي …، قائلاً»: «السيسي» read as a common noun)
                if sm is not None and not sm.relative and (names_someone(sm.tokens(sent)) or source_like(sm.tokens(sent))
                                                           or is_honorific_pronoun(sent, sm) or _many_people(sm.tokens(sent))) \
                        and not in_ranges(sent.tokens[sm.first].start, in_content) and not is_vague(sent, sm):
                    events.append(("subject", k, sm))
            break
    for f in found:
        events.append(("quote", f.cue.index, f))
    events.sort(key=lambda e: (e[1], e[0] == "quote"))
    return events


def named_titles(sent: Sentence, found: list[Report]) -> list[SpeakerMatch]:
    """Title phrases that run on to their holder's name (two name words at least) outside reported
    content: «مدير جامعتي الملك عبد العزيز وجدة المكلف، الأستاذ الدكتور عبد الرحمن بن عبيد اليوبي»."""
    in_content = [(f.content.start, f.content.end) for f in found]
    toks, out, k = sent.tokens, [], 0
    while k < len(toks):
        t = toks[k]
        titled = is_title_noun(strip_conj(fold(t.text))) or (  # «… كتاب صور الموت الفلسطيني للكاتب الفلسطيني
            preposition_on_source(t) and is_title_noun(fold(t.words[-1].text)))  # إسماعيل ناشف»
        if in_ranges(t.start, in_content) or not titled:
            k += 1
            continue
        last = noun_phrase_end(sent, k, len(toks))
        # «بين الرئيس الروسي فلاديمير بوتين | والرئيس الأميركي باراك أوباما»: two holders, one each
        last = next((i - 1 for i in range(k + 2, last + 1) if has_conj(fold(toks[i].text))
                     and is_title_noun(strip_conj(fold(toks[i].text)))
                     and any(w.upos in NAME_UPOS for w in toks[i - 1].words)), last)
        names = [w for x in toks[k + 1:last + 1] for w in x.words if w.upos in NAME_UPOS]
        if len(names) >= 2 and toks[last].words[-1].upos in NAME_UPOS \
                and not any(in_ranges(x.start, in_content) for x in toks[k:last + 1]):
            out.append(SpeakerMatch(k, last, t.words[-1], "aside"))
            k = last + 1
        else:
            k += 1
    return out


def full_name_ends(sent: Sentence) -> set[str]:
    """The last words (folded) of the sentence's full names: a run of two name words or more."""
    toks, out = sent.tokens, set()
    for k in range(1, len(toks)):
        if _name_token(toks[k]) and _name_token(toks[k - 1]) and not (k + 1 < len(toks) and _name_token(toks[k + 1])):
            out.add(fold(toks[k].text))
    return out


def _name_token(t: Token) -> bool:
    return t.text.isalpha() and all(w.upos in NAME_UPOS for w in t.words)


def _surname_given_before(tokens: list[Token], surnames: AbstractSet[str]) -> bool:
    """A subject of one bare word (no article, no clitic) that ended a full name earlier in the text."""
    return len(tokens) == 1 and len(tokens[0].words) == 1 and not fold(tokens[0].text).startswith("ال") \
        and fold(tokens[0].text) in surnames


def named_bodies(sent: Sentence, found: list[Report]) -> list[SpeakerMatch]:
    """Bodies named in full outside reported content, in whatever role: an institution's or an
    outlet's head noun without the article whose name follows it as a genitive — a name, a quoted name or a definite
    noun («خلاصة تحليل لمؤسسة "جي أي أم" المالية السويسرية»، «محضر اجتماع لجنة السياسة النقدية
    لبنك انجلترا المركزي»، «بحسب ما ذكرت صحيفة «دياريو بوبولار»»). A later «المؤسسة»، «البنك» or
    «الصحيفة» alone is that body («وتقر المؤسسة أنه …»);
    a pro-drop never means it."""
    in_content = [(f.content.start, f.content.end) for f in found]
    toks, out = sent.tokens, []
    for k, t in enumerate(toks[:-1]):
        head = t.words[-1]
        key = fold(head.text)
        if in_ranges(t.start, in_content) or head.upos != "NOUN" or key.startswith("ال") \
                or not (is_a(key, "institution") or (is_a(key, "media") and not is_title_noun(key))) \
                or (len(t.words) > 1 and not preposition_on_source(t)):
            continue
        nxt = toks[k + 1]
        if not (any(w.upos in NAME_UPOS for w in nxt.words) or fold(nxt.text).startswith("ال") or nxt.text in QUOTE_OPEN):
            continue
        last = noun_phrase_end(sent, k, len(toks))
        last = next((i - 1 for i in range(k + 2, last + 1) if _ends_body_name(toks[i])), last)
        if last > k and not any(in_ranges(x.start, in_content) for x in toks[k:last + 1]):
            out.append(SpeakerMatch(k, last, head, "aside"))
    return out


def _ends_body_name(t: Token) -> bool:
    """Past the word after a body's head, does ``t`` end its name? «ل» + a noun without the article
    that names no body (what the body is for or whom it serves is named, what it did is not: «في جامعة
    تبوك | لسلامة كافة الإجراءات»), or a holder's title or honorific after its name («باسم وزارة الصحة
    | الدكتور خالد مرغلاني»، «عضو مجلس الإدارة | الدكتورة مريم الغامدي»: the person, not the body;
    right after the head they name it: «جامعة الملك سعود»)."""
    key = strip_conj(fold(t.text))
    noun = fold(t.words[-1].text)
    return (preposition_on_source(t) and fold(t.text)[:1] == "ل" and not noun.startswith("ال")
            and not is_a(noun, "institution")) or is_a(key, "honorific") or is_title_noun(key)


def _disagrees(cue: "CueMatch", verb: Word, tok: Token) -> bool:
    """Is the cue a singular participle and the verb before it plural or dual? (A verb before
    its subject is singular whatever the subject's number, so only a plural verb tells.)"""
    if not cue.participle:
        return False
    _, n = cue_agreement(cue)
    _, m = word_agreement(verb, fold(tok.text))
    return n == "Sing" and m in ("Plur", "Dual")


def _other_gender(cue: "CueMatch", verb: Word, tok: Token) -> bool:
    """Do a finite cue with «و» and a verb before it say their subjects differ in gender? The cue goes on
    from a verb of its own gender — the tree's head first, else the nearest before it: «وجاء الجدل …؛ حيث
    أخلت شركة الكهرباء مسؤوليتها …، وقالت في بيان: …» is the company's, whatever the tree hangs «وقالت» on.
    (A participle's gender is left to the memory: the verbs before it are no surer guide.)"""
    g, _ = cue_agreement(cue)
    h = sure_gender(verb, fold(tok.text))
    return g is not None and h is not None and g != h


def _relative_verb_between(sent: Sentence, start: int, end: int):
    """The verb of a relative clause nearest before token ``end`` and after ``start``, as
    (token index, word), else None."""
    for j in range(end - 1, start, -1):
        verb = next((w for w in sent.tokens[j].words if w.upos == "VERB"), None)
        if verb is not None and _in_relative_clause(sent, j):
            return j, verb
    return None


def _cue_verb_with_object(text: str) -> bool:
    """«كتبته»، «أوردتها»: a finite cue form with an object pronoun on it, by its letters
    (the splitter may restore a noun's «ة» instead: «كتبة» + «ه»)."""
    for n in (3, 2, 1):
        if len(text) > n + 2 and is_a(text[-n:], "enclitic"):
            hit = active_lexicon().match_form(text[:-n])
            if hit is not None and not hit[1]:
                return True
    return False


def _tagged_as_noun(sent: Sentence, w) -> bool:
    """«رفع رئيس هيئة حقوق الإنسان الدكتور بندر … أحر التعازي»، «وقدر عضو الجمعية … الدكتور
    عبدالله المغلوث حجم الإنفاق …»: a sentence-initial verb (with its «و»/«ف» or not) the tagger
    reads as a noun or leaves untagged («ودان رئيس الحزب الجمهوري رينس بريبوس الاجراءات»: «ودان» whole,
    ``X``), which the tree still gives a subject after it — or a genitive in the nominative: a definite
    sound plural in «ون» («من جانبهم، ثمن | المصابون زيارة …»: a genitive would end in «ين»)."""
    words = sent.tokens[w.token].words
    # (an untagged word only with its «و»/«ف» and a common noun as its subject: not «فورميقا اعادني
    # للدفاع», a subheading's name and its verb, both untagged)
    return (w.upos == "NOUN" or (w.upos == "X" and has_conj(fold(w.text)))) \
        and (len(words) == 1 or len(words) == 2 and words[0].upos == "CCONJ" and words[1] is w) \
        and any(x.head == w.id and x.token > w.token and (w.upos == "NOUN" or x.upos == "NOUN")
                and (x.deprel in SUBJECT_RELS or (x.deprel == "nmod" and x.token == w.token + 1 and w.upos == "NOUN"
                                                  and len(sent.tokens[x.token].words) == 1
                                                  and definite_sound_plural(fold(sent.tokens[x.token].text))))
                for x in sent.words)


def _coordinated_prodrop(sent: Sentence, f: "Report") -> bool:
    """«وكان شكري استهل المؤتمر …، وأضاف أنه …»: a finite cue with «و» inside a sentence and
    no subject of its own goes on from the clause before it, like a participle."""
    c = f.cue
    if c.participle or c.index == 0 or not has_conj(fold(c.token.text)) or c.entry.kind != "verb":
        return False
    return _no_subject_of_its_own(sent, f)


def _no_subject_of_its_own(sent: Sentence, f: "Report") -> bool:
    """Has the report no source and its cue no subject before its content?"""
    c = f.cue
    limit = next((t.index for t in sent.tokens if t.start >= f.content.start), None) \
        if f.content.start > c.token.start else None
    return f.source is None and find_speaker(sent, c.token, c.word, limit) is None


def _purpose_prodrop(sent: Sentence, f: "Report") -> bool:
    """«لذا جاء المؤشر العالمي للإرهاب …، ليؤكد مجدداً أن …»، «…، لتؤكد أنها …»: a finite cue with the
    «لـ» of purpose or consequence and no subject of its own goes on from the clause before it, like a
    participle: that verb's subject says it."""
    c = f.cue
    if c.participle or c.index == 0 or c.entry.kind != "verb" or len(c.token.words) < 2 \
            or fold(c.token.words[0].text) != "ل" or c.token.words[0].upos not in ("PART", "ADP", "SCONJ"):
        return False
    return _no_subject_of_its_own(sent, f)


def _reported_clause(sent: Sentence, verb) -> bool:
    """Is the verb's clause itself reported (introduced by أن/إن)? Its subject
    is then part of what was said, not who says it. Not after «غير»، «إلا»، «بيد» (words.tsv
    ``contrast``): «غير أن منظمات غير حكومية سارعت إلى التنديد …» is the narrator's "however"."""
    return any(x.deprel == "mark" and is_complementiser(sent.tokens[x.token])
               and not (x.token > 0 and is_a(fold(sent.tokens[x.token - 1].text), "contrast"))
               for x in sent.children(verb))


def _reporting_verb(sent: Sentence, verb: Word, k: int, mark: int) -> Optional[Word]:
    """The verb that reports the clause of ``verb`` (at token ``k``, its complementiser at ``mark``):
    its head in the tree when that is a verb before it, else the last verb before the complementiser,
    no stop between («وبررت الشركة | أن سبب الانخفاض يعود …»: a tree that makes «يعود» the root)."""
    gov = sent.word(verb.head) if verb.head else None
    if gov is not None and gov.upos == "VERB" and gov.token < k:
        return gov
    for t in reversed(sent.tokens[:mark]):
        if is_stop(t):
            return None
        gov = next((w for w in t.words if w.upos == "VERB"), None)
        if gov is not None:
            return gov
    return None


def _complementiser_of(sent: Sentence, verb: Word) -> int:
    """The token of the complementiser that marks the verb's reported clause (0 when none)."""
    return next((x.token for x in sent.children(verb) if x.deprel == "mark" and is_complementiser(sent.tokens[x.token])), 0)


def _in_relative_clause(sent: Sentence, k: int) -> bool:
    """Is token k a verb of a relative clause («الذي سبق ودرب ميسي»، «التي تقتل
    الأبرياء … وتلحق الضرر»)? A relative clause runs to the next comma or dash; a
    verb of its own after a «و» still belongs to it."""
    for j in range(k - 1, -1, -1):
        t = sent.tokens[j]
        if token_is_a(t, "relative") and not (is_free_relative(t.text) and t.words[0].upos == "ADP"):
            return True  # (not the preposition «من»: «من جهة أخرى أصدرت هيئة السوق المالية قراراً …»)
        if is_comma(t.text) or t.text in ("–", "-") or is_stop(t):
            return False
        own_verb = any(w.upos == "VERB" for w in t.words) and not has_conj(fold(t.text))
        if j and j < k - 3 and own_verb and not token_is_a(sent.tokens[j - 1], "relative"):
            return False  # another clause's verb stands between
    return False

