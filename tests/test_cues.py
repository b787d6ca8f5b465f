"""Cues (quotes/cues.py find_cues): which tokens are cues, their lemma, category and negation."""
from quotes.extract import extract_doc, extract_text

from conftest import quotes_by_content, quotes_of


def test_verbal_cue_lemma_and_category():
    by_cue, _ = quotes_of("news_a")
    q = by_cue["وقال"]
    assert q.cue.lemma == "قال" and q.cue.category == "assert"


def test_negated_cue():
    by_cue, _ = quotes_of("constructions2")
    assert by_cue["يقل"].cue.negated is True
    assert by_cue["وأضاف"].cue.negated is False


def test_unsplit_clitic_and_mislabelled_clause_still_give_the_quote():
    _, qs = quotes_of("robust")
    q = qs[0]
    assert q.cue.text == "وقال" and q.cue.lemma == "قال"
    assert q.content.text == "الاقتصاد قوي"
    assert q.speaker.text == "الوزير"
    assert "cue:form" in q.rule  # found by surface evidence, not the (wrong) lemma


def test_agentless_claims_are_kept_without_a_source():
    qs = quotes_by_content("sources")
    for content in ("الوزارة أعلنت خطة جديدة", "الخطة تأجلت مرتين"):  # «ويذكر أن»، «ويشار إلى أن»
        q = qs[content]
        assert q.speaker is None and q.speaker_name is None and q.speaker_resolution == "none"
        assert "speaker:agentless" in q.rule and q.confidence < 0.8


def test_first_person_verbs_are_the_author_not_a_source():
    qs = quotes_by_content("demands")
    assert "الحل بعيد" not in qs and "المهمة صعبة" not in qs


def test_impersonal_forms_before_a_complementiser_are_not_reports():
    from quotes.parse import doc_from_conllu
    rows = [(1, "وتبين", "تبين", "VERB", 0, "root"), (2, "أن", "أن", "SCONJ", 4, "mark"),
            (3, "الحادث", "حادث", "NOUN", 4, "nsubj"), (4, "مدبر", "مدبر", "ADJ", 1, "ccomp")]
    conllu = "# text = وتبين أن الحادث مدبر\n" + "\n".join(
        f"{i}\t{f}\t{l}\t{u}\t_\t_\t{h}\t{r}\t_\t_" for i, f, l, u, h, r in rows) + "\n\n"
    assert extract_doc(doc_from_conllu(conllu, "t")) == []


def test_bayna_between_two_nouns_is_the_preposition():
    """«وبين دمشق وحلفائها خلافات» is «between»; «وبين المدير أن …» is the verb «بيّن»."""
    _, qs = quotes_of("bayna")
    assert [(q.cue.text, q.content.text) for q in qs] == [("وبين", "النتائج جيدة هذا العام")]
    assert qs[0].speaker.text == "المدير"


def test_abbara_read_as_the_preposition_is_a_cue_only_before_its_an():
    """«من جانبه عبر اللاعب علي البليهي عن سعادته … حيث تحدث قائلاً: …»: the tagger reads «عبّر»
    as the preposition «عبر»; with «عن» after its noun phrase it is the verb, whose subject the
    participle goes on from. «وكتب اللاعب عبر حسابه في تويتر أن …»: the preposition, no cue."""
    from conftest import gold_doc
    from quotes.cues import find_cues
    from quotes.lexicon import active_lexicon

    by_cue, _ = quotes_of("express_verb")
    assert by_cue["قائلا"].speaker_name == "اللاعب علي البليهي"
    doc = gold_doc("express_verb")
    cues = [[c.token.text for c in find_cues(s, active_lexicon())] for s in doc.sentences]
    assert "عبر" in cues[0] and "عبر" not in cues[1]


def test_a_cue_read_as_a_preposition_with_its_own_preposition_before_a_pair():
    """«وقد عبر والد شهيد الواجب عن شكره وتقديره …، لافتا بأن …»: «عبر» read as a preposition
    and «و» + a noun after it look like «بين X وY»; the verb's own «عن» comes first, so it is
    «عبّر عن», and the participle after it is the father's."""
    from conftest import quotes_of
    by_cue, _ = quotes_of("express_with_pair")
    assert by_cue["لافتا"].speaker_name == "والد شهيد الواجب"


def test_between_before_a_definite_oblique_dual_is_the_preposition():
    """«… في ختام جلسات الحوار الاستراتيجي بين البلدين "جلسنا …"»: a verb's subject would be
    «البلدان»; «البلدين» after «بين» makes it «between», so the quote is «وأضاف»'s, Kerry's."""
    from conftest import quotes_of
    _, qs = quotes_of("between_oblique")
    assert [(q.cue.text, q.speaker_name) for q in qs] == [("وأضاف", "كيري")]


def test_between_before_an_indefinite_oblique_dual_with_glued_punctuation():
    """«بات دوستم عالقا بين طرفين؛ …، لكنه … يؤكد أن …»: «طرفين» (a verb's subject would be
    «طرفان»), a semicolon glued to it, makes «بين» the preposition; no «طرفين؛» in memory, so
    «يؤكد» and «مضيفا» go on from the general."""
    from conftest import quotes_of
    _, qs = quotes_of("between_indefinite_oblique")
    assert [q.speaker_name for q in qs] == ["نائب الرئيس الأفغاني عبد الرشيد دوستم"] * 3


def test_a_chant_is_speech():
    """«وهتف المتظاهرون «باسم الدين باعونا الحرامية»»: «هتف» (cues.tsv) reports what a crowd
    chanted, direct speech like «قال»; «وهتف المشجعون ضد الحكم» (no quote) reports nothing."""
    _, qs = quotes_of("chant")
    assert [(q.cue.text, q.speaker_name, q.content.text, q.type) for q in qs] == [
        ("وهتف", "المتظاهرون", "باسم الدين باعونا الحرامية", "direct")]


def test_a_hamza_below_says_another_word_than_the_cue():
    """«إبان الغزو»: «during», written with «إ»; the cue «أبان» (he explained) is written with
    «أ». Folding makes them one word; the written hamza tells them apart."""
    _, qs = quotes_of("ibban_during")
    assert [q.cue.text for q in qs] == ["وأبان"]


def test_a_verb_after_an_indefinite_nisba_subject_is_its_relative_clause():
    """«وقال دبلوماسي يتابع الوضع في سوريا: "…"»: the indefinite subject is a nisba the tagger
    reads as an adjective; «يتابع» (also the cue «تابع») is a relative clause on it, and the
    diplomat speaks, not «الوضع»."""
    _, qs = quotes_of("nisba_relative")
    assert [(q.cue.text, q.speaker_name) for q in qs] == [("وقال", "دبلوماسي"), ("وقال", "دبلوماسي ثان")]


def test_a_jussive_form_is_the_cue_only_after_lam():
    """«واشترطت المدينة أن لا يقل التقدير العام للمتقدم عن جيد جداً، …، مشيرة إلى أن …»: «يقل»
    after «أن لا» is «قلّ» (be less: the subjunctive of «قال» is «يقول»); only «لم يقل» is «قال».
    Taken for «قال», its subject «التقدير العام للمتقدم» became the participle's speaker."""
    _, qs = quotes_of("yaqill_less_than")
    assert [(q.cue.text, q.speaker_name) for q in qs] == [("مشيرة", "المدينة")]
    by_cue, _ = quotes_of("constructions2")
    assert by_cue["يقل"].cue.negated is True  # «ولم يقل الوزير إن …» is still a report


def test_a_cue_form_after_abu_or_bin_is_a_name():
    """«وأفاد أبو طالب أن …»: «طالب» after «أبو» (words.tsv ``name_link``, now with «أبي»: «علي بن
    أبي طالب») is a name, not «طالب» (demanded); the report's cue is «وأفاد»."""
    _, qs = quotes_of("abu_talib_name")
    assert [(q.cue.text, q.speaker.text if q.speaker else None) for q in qs] == [("وأفاد", "أبو طالب")]


def test_bayyana_right_before_anna_is_the_verb_though_tagged_a_preposition():
    """«وبين أن هناك خططاً أمنية وتنسيقاً متكاملاً …»: the tagger reads «بين» as the preposition and
    a «و» + noun follows («وتنسيقاً»), which marked «بين X وY»; but a preposition never takes «أن»
    right after it: the verb «بيّن», its speaker the one before."""
    by_cue, _ = quotes_of("bayyana_before_anna")
    q = by_cue["وبين"]
    assert q.content.text.startswith("هناك خطط") and "البقمي" in q.speaker_name


def test_yuadd_is_no_promise_but_the_perfect_is():
    """«يعد/تعد» in news is «يُعدّ» (is considered: «وتعد هذه المشاركة خطوة …») or «لم يعد» (no
    longer: «…، ولم يعد هناك أي سيارة شاغرة»), hardly ever «promises»: the imperfect of «وعد» is no
    cue (cues.tsv), so neither is a quote nor ends the clause before it; «ووعدت الشركة بأن …» is."""
    from conftest import quotes_of
    by_cue, qs = quotes_of("yuadd_is_considered")
    assert "وتعد" not in by_cue and "يعد" not in by_cue
    assert by_cue["وأوضح"].content.text.endswith("ولم يعد هناك أي سيارة شاغرة")
    assert "ووعدت" in by_cue


def test_bare_bayna_after_a_word_of_the_clause_is_the_preposition():
    """«يتطلب عملاً متكاملاً بين مختلف الجهات …»، «يكون الفرق بين أن تكون …»: «بين» with no «و», no shadda,
    right after a noun, adjective or verb is «between», however the tagger reads it; the verb «بيّن»
    opens its clause («من جانبه بين المهندس …»، «كما بين الظاهري أن …»)."""
    from conftest import quotes_of
    _, qs = quotes_of("between_preposition")
    assert [q.cue.text for q in qs if q.cue.text == "بين"] == ["بين", "بين"]
    assert [q.speaker.text for q in qs if q.cue.text == "بين"] == ["المهندس علي بن محمد آل حرفش", "الظاهري"]


def test_forms_the_lexicon_does_not_give_are_no_cues_by_lemma_alone():
    """«لن يزيد الدولة وشعبها إلا تماسكاً»: the tagger's lemma «زاد» on an imperfect, but the lexicon
    reports with «زاد» (he added) in the perfect only; «ونرى أن …»: a three-letter first person after
    «و», the author's voice. Neither is a cue; «وأكد أن …» is."""
    from conftest import quotes_of
    by_cue, _ = quotes_of("lemma_only_forms")
    assert set(by_cue) == {"وأكد"}


def test_bayna_before_a_pair_of_numbers_is_the_preposition():
    """«وقال تشونج الذي كان نائب رئيس "فيفا" بين 1994 و2011: "…"»: after a closing quote mark the
    word-before test cannot see a noun, but «بين» before a number and «و» + another is «between»
    wherever it stands; the colon's speech is «وقال»'s, and Chung's."""
    by_cue, qs = quotes_of("between_two_numbers")
    assert [q.cue.text for q in qs] == ["وقال"]
    assert by_cue["وقال"].speaker_name == "تشونج"


def test_a_finding_of_data_and_a_report_to_someone_are_cues_and_appearing_is_not():
    """«وأظهرت بيانات رسمية أن …» (a finding of data, required by the guidelines like a poll's) and
    «وأخبر الأطباء المريض أن …» report; «لم يظهر كثيرا» (it did not appear) reports nothing: «أظهر»
    is a cue in the perfect only, its imperfect spelt like «يظهر» (appears)."""
    by_cue, qs = quotes_of("show_and_tell")
    assert by_cue["وأظهرت"].content.text.startswith("عدد المسافرين ارتفع")
    assert by_cue["وأظهرت"].speaker_name == "بيانات رسمية"
    assert by_cue["وأخبر"].content.text == "حالته مستقرة"
    assert "يظهر" not in by_cue and len(qs) == 2


def test_bare_and_nominative_participles_are_no_cues():
    """«مطالب» (demands; required), «مطالبون» (they are required to), «مظهر», «مفيد»: a participle
    reports only as a circumstantial phrase, which is accusative («مطالباً بالصبر»)."""
    by_content = quotes_by_content("nominative_participle")
    assert set(by_content) == {"المسؤولين مطالبون بموقف ثابت وصريح دون مجاملة",
                               "الحكومة تعمل على تلبية مطالب المواطنين", "الصبر"}
    assert by_content["الصبر"].cue.text == "مطالبا"


def test_need_as_subject_makes_no_call():
    """«إذا دعت الحاجة إلى ذلك»: when need arises (words.tsv ``need``); the minister's call is one."""
    by_cue, _ = quotes_of("need_idiom")
    assert "دعت" not in by_cue
    assert by_cue["ودعا"].content.text == "تعزيز التعاون"


def test_withholding_a_name_is_no_report_and_an_aside_before_the_content():
    """«قول أحد البغداديين لم يذكر اسمه: …», «رافضا كشف هويته»: a cue before «اسمه»/«هويته»
    (words.tsv ``identity``) names no one; «وقال المسؤول رافضا كشف هويته ان "…"» still reports."""
    by_cue, qs = quotes_of("withheld_identity")
    assert [q.cue.text for q in qs] == ["وقال"]
    assert by_cue["وقال"].speaker.text == "المسؤول"
    assert by_cue["وقال"].content.text.startswith("طائرة اميركية")


def test_the_verbs_own_preposition_far_after_a_long_subject_makes_abbara_a_verb():
    """«عبر المستشار … المشرف العام على مركز الملك سلمان … د. عبدالله الربيعة عن سعادته …، مؤكداً
    أن …»: the tagger reads «عبر» as «via»; its «عن» comes 17 tokens on, past the dot of «د.»,
    so it is «عبّر», and the participle after it is the adviser's."""
    by_cue, _ = quotes_of("long_subject_before_own_preposition")
    assert by_cue["مؤكدا"].speaker_name.endswith("د. عبدالله الربيعة")


def test_a_cue_form_counted_by_a_number_is_a_noun():
    """«قرابة 900 طالب مستجد»: «طالب» after a number of up to three digits is a student, no
    demand, whatever the tagger reads; a year before a verb («وفي عام 2015 قال …») is a time phrase."""
    _, qs = quotes_of("counted_noun")
    assert [q.cue.text for q in qs] == ["قال"]


def test_what_with_a_preposition_before_a_cue_is_a_relative_clause():
    """«… مما يؤكد أن السوق يعاني …» (which confirms that: the narrator's inference), «بما قاله»:
    «ما» and its forms with a preposition (words.tsv ``what_relative``) make the cue a relative
    clause, no report; «ممن قال عنهم جون كوتر: …» still quotes Kotter."""
    _, qs = quotes_of("what_relative")
    assert [(q.cue.text, q.speaker_name) for q in qs] == [("قال", "جون كوتر")]


def test_a_passive_reporting_form_before_a_colon_names_no_source():
    """«ويقال: إن نجاد توقف …»: «يقال» (words.tsv ``agentless``) with a colon before its complementiser
    is as agentless as «يقال إن …»: no speaker, not the last one named."""
    _, qs = quotes_of("agentless_colon")
    q = next(q for q in qs if q.cue.text == "ويقال")
    assert q.speaker_name is None and q.speaker_resolution == "none"


def test_worth_saying_before_a_comma_names_no_source():
    """«الجدير ذكره، أنه كان من المقرر …»: a comma between the agentless form and its complementiser
    changes nothing; «الجدير» is no speaker (the guidelines' «يذكر أن»)."""
    by_cue, qs = quotes_of("worth_comma")
    q = by_cue["ذكره"]
    assert q.speaker is None and q.speaker_name is None
    assert by_cue["وقال"].speaker_name == "رئيس الاتحاد طلال الفهد"


def test_a_cue_after_the_question_particle_asks_and_reports_nothing():
    """«وهل تعتبرون أن …؟»، «هل تعتقد أن …؟»: the interviewer asks (words.tsv ``interrogative``);
    only the minister's «وقال … إن …» is a quote."""
    by_cue, qs = quotes_of("yes_no_question")
    assert [q.cue.text for q in qs] == ["وقال"]


def test_a_cue_in_the_imperfect_after_may_is_no_report():
    """«وقد يقول قائل إن …»، «فربما يعلن البنك المركزي أن …»: «قد»/«ربما» before an imperfect
    (words.tsv ``may_particle``) is «may»: what someone might say. Before a perfect, «وقد أكد
    الوزير أن …», it reports."""
    by_cue, qs = quotes_of("may_say")
    assert [q.cue.text for q in qs] == ["أكد"]


def test_a_conclusion_is_reported():
    """«وخلصت دراسة عربية جديدة إلى أن …»: «خلص» with its «إلى» (cues.tsv) reports the study's
    conclusion."""
    by_cue, _ = quotes_of("concluded_that")
    q = by_cue["وخلصت"]
    assert q.speaker.text == "دراسة عربية جديدة"
    assert q.content.text == "عملية إنتاج النفط الصخري ينجم عنها انبعاثات عالية"


def test_a_shadda_written_on_the_cue_makes_it_the_verb(nlp):
    """«من جهته، بيّن مدير عام الهيئة العامة للسياحة والتراث الوطني … أن …»: the parser's text has no
    diacritics, and there «بين» before «X و Y» is «between» («وبين دمشق وحلفائها»); the original's
    shadda (``Token.written``) says the verb «بيّن»: no preposition is written with one."""
    text = ("تفاعل عدد من زوار وأهالي منطقة عسير مع تجربة الباص السياحي. من جهته، بيّن مدير عام الهيئة "
            "العامة للسياحة والتراث الوطني أمين عام مجلس التنمية السياحية بالمنطقة المهندس محمد العمرة أن "
            "الباص ينقل ما يقارب 500 راكب عبر 10 رحلات يومياً.")
    qs = extract_text(text, nlp)
    assert [q.cue.text for q in qs] == ["بيّن"]
    assert qs[0].speaker.text.endswith("المهندس محمد العمرة")


def test_a_perfect_written_with_a_damma_on_its_first_letter_is_passive(nlp):
    """«وأُعلن أن …»، «وذُكر أن …»: the original's damma on a perfect's first letter marks the passive:
    agentless, no pro-drop to the last speaker; a participle's «مُ» does not («مُضيفاً أن …»)."""
    qs = extract_text("وكان الوزير قد تحدث للصحفيين، وأُعلن أن الاجتماع سيعقد غدا.", nlp)
    assert qs[0].cue.text == "وأُعلن" and qs[0].speaker is None and qs[0].speaker_name is None
    qs = extract_text("وتحدث الوزير خالد العلي للصحفيين، مُضيفاً أن الاجتماع سيعقد غدا.", nlp)
    assert qs[0].speaker_name == "الوزير خالد العلي"


def test_abraz_reports_a_clause_but_its_elative_is_no_cue():
    """«وأبرزت الدراسة إلى أنه …»، «مبرزا أن …»: «أبرز» (cues.tsv) reports a clause; the bare perfect
    is left to the tagger's lemma, since «أبرز» + a genitive is the elative («حل أبرز المعارضين
    اغاتون رواسا …»: the most prominent), no cue and no stop in a speaker's phrase."""
    _, qs = quotes_of("abraz_cue")
    assert [q.cue.text for q in qs] == ["وأبرزت", "مبرزا"]
    assert qs[0].content.text.startswith("رغم امتلاك المملكة")


def test_an_imperfect_cue_with_the_lam_of_consequence_is_found_by_its_form():
    """«…، ليجيب مجتبى سعيد أن …»: the tagger's lemma of «يجيب» is no cue's, so the form after the
    «لـ» is looked up; after a comma the «لـ» of consequence reports («وجاء الوزير ليجيب عن
    أسئلة النواب»: purpose, no report)."""
    got, qs = quotes_of("lam_imperfect_cue")
    assert got["ليجيب"].content.text == "غالبية الممثلين في الفيلم هم هواة"
    assert got["ليجيب"].speaker.text == "مجتبى سعيد"
    assert len(qs) == 1


def test_lammaha_ila_anna_is_a_cue():
    """«ولمح الرئيس الى انه سيعود …»: «لمّح» (form II of «ألمح», hinted) reports a claim."""
    by_cue, _ = quotes_of("hinted_that")
    assert by_cue["ولمح"].speaker.text == "الرئيس"
    assert by_cue["ولمح"].content.text == "سيعود الى بلاده خالي الوفاض"


def test_an_expecting_participle_reports_but_not_after_kana():
    """«…، متوقعة أن يكون أداء الربع الثالث أفضل»: the participle of «توقع» after a comma is a cue (and
    ends the clause before it); «الذي كان متوقعا أن يشرف …» is «was expected»: no report."""
    _, qs = quotes_of("expecting_participle")
    assert [(q.cue.text, q.content.text) for q in qs] == [
        ("وقالت", "صافي الربح بلغ 100 مليون ريال"), ("متوقعة", "يكون أداء الربع الثالث أفضل")]


def test_tabi_before_lam_after_an_indefinite_noun_is_the_adjective_belonging_to():
    """«بحسب مصدر تابع لها، أن …»، «في مسجد تابع لقوات الطوارئ»: «تابع» + «لـ» right after an
    indefinite noun is «belonging to» (words.tsv ``affiliated``), not the verb «went on»; the clause
    is the real cue's («ورأت الفصائل»), and «وتابع المتحدث أن …» still reports."""
    _, qs = quotes_of("affiliated_adjective")
    assert [(q.cue.text, q.speaker.text, q.content.text) for q in qs] == [
        ("ورأت", "الفصائل", "الهجوم أمر يبعث على الارتياح"), ("وتابع", "المتحدث", "التحقيق مستمر")]


def test_bayyana_with_its_subject_then_its_clause_after_a_fronted_phrase_is_the_verb():
    """«وفي العملية الثانية بين العقيل أنه …»: «بين» after a word of a fronted phrase looks like the
    preposition, but a few nominal words with no «و» and then a complementiser are its subject and
    its clause — the verb «بيّن»; «وانتشرت الشائعات بين أتباعه بأنه …» stays the preposition (a
    possessive on the noun, «among his followers»)."""
    _, qs = quotes_of("bayyana_after_fronted_phrase")
    assert [(q.cue.text, q.speaker_name) for q in qs] == [("بين", "العقيل")]


def test_a_cue_form_with_its_conjunction_object_and_preposition_is_a_verb_whatever_its_tag():
    """«…، وحثهم على الحيطة والحذر …»: «و» + «حث» + «هم» then «على», the call's own preposition: a
    verb with its object, though a news-trained tagger reads «حث» as a noun (urging). Not «وفي رده على
    سؤال», his reply: the «و» is the preposition's."""
    by_cue, _ = quotes_of("urged_them_read_as_noun")
    assert by_cue["وحثهم"].content.text.startswith("الحيطة والحذر")


def test_a_noun_of_reply_after_a_preposition_is_no_cue_before_its_preposition():
    """«…، وفي رده على سؤال …»: «رد» + «ه» + «على» after «وفي» is his reply (the «و» is the
    preposition's); the object-and-preposition frame of a verb needs the «و» on the cue itself."""
    by_cue, _ = quotes_of("in_his_reply_to")
    assert "قال" in by_cue and by_cue["وصرح"].content.text.endswith("الجنسية الإسرائيلية")
