"""Extraction rules on gold parses read from CoNLL-U (no model needed)."""
import pytest

from quotes.extract import extract_doc

from conftest import gold_doc


def quotes_of(name):
    doc = gold_doc(name)
    qs = extract_doc(doc)
    for q in qs:  # every span is exact against the original text
        for span in (q.content, q.cue, q.speaker):
            if span is not None:
                assert doc.original[span.start:span.end] == span.text
    return {q.cue.text: q for q in qs}, qs


def test_verbal_cue_vso_subject_without_addressee():
    by_cue, _ = quotes_of("news_a")
    q = by_cue["وقال"]
    assert q.cue.lemma == "قال" and q.cue.category == "assert"
    assert q.speaker.text == "وزير الخارجية مايك بومبيو"  # not «لرويترز»
    assert q.content.text == "الأزمة معقدة"
    assert q.type == "indirect"
    assert q.speaker_resolution == "explicit"


def test_prodrop_takes_the_last_agreeing_source():
    by_cue, _ = quotes_of("news_a")
    q = by_cue["وأضافت"]  # feminine: the ministry, not Pompeo who spoke before
    assert q.speaker is None
    assert q.speaker_name == "وزارة الدفاع"
    assert q.speaker_resolution == "pro-drop"


def test_definite_description_resolves_to_full_mention():
    by_cue, _ = quotes_of("news_a")
    q = by_cue["ولفتت"]
    assert q.speaker.text == "الوزارة"
    assert q.speaker_name == "وزارة الدفاع"
    assert q.content.text == "الجيش تقدم"  # «إلى أن» stays outside


def test_participle_takes_speaker_from_its_clause():
    by_cue, _ = quotes_of("constructions")
    q = by_cue["مشيرا"]
    assert q.content.text == "المفاوضات مستمرة"
    assert q.speaker_name == "الرئيس"
    # the main clause stops before «، مشيرا»
    assert by_cue["وأكد"].content.text == "الوضع مستقر"


def test_direct_quote_after_colon_keeps_title_and_drops_circumstantial():
    by_cue, _ = quotes_of("constructions")
    q = by_cue["وقال"]
    assert q.type == "direct"
    assert q.content.text == "نحن ندعم كل الجهود"
    assert q.speaker.text == "المتحدث باسم الأمم المتحدة ستيفان دوجاريك"  # not «خلال مؤتمر صحافي»
    assert "colon" in q.rule


def test_nominal_object_is_not_a_quote():
    _, qs = quotes_of("constructions")
    assert not any(q.content.text.startswith("التزام") for q in qs)
    assert not any(q.cue.text == "وأكد" and "الوزير" in (q.speaker.text if q.speaker else "") for q in qs)


def test_quote_before_cue():
    by_cue, _ = quotes_of("constructions")
    q = by_cue["قال"]
    assert q.content.text == "الوضع خطير جدا"
    assert q.type == "direct"
    assert q.speaker.text == "المسؤول"


def test_relative_clause_speaker_is_the_antecedent():
    _, qs = quotes_of("constructions2")
    q = next(q for q in qs if q.content.text == "لا يرى فرصة")
    assert q.speaker_resolution == "relative"
    assert q.speaker_name == "رئيس الوزراء نيكول باشينيان"


def test_subject_before_verb():
    _, qs = quotes_of("constructions2")
    q = next(q for q in qs if q.content.text == "العلاقات جيدة")
    assert q.speaker.text == "الرئيس الروسي"


def test_mixed_quote_keeps_inner_marks():
    by_cue, _ = quotes_of("constructions2")
    q = by_cue["وأضاف"]
    assert q.type == "mixed"
    assert q.content.text == 'الرئيس "قد يبدو صارما"'


def test_unmarked_speech_after_colon():
    by_cue, _ = quotes_of("constructions2")
    q = by_cue["وتابع"]
    assert q.type == "direct"
    assert q.content.text == "الحرب لن تنتهي قريبا"


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


def test_multi_sentence_guillemets():
    _, qs = quotes_of("robust")
    q = qs[1]
    assert q.type == "direct"
    assert q.content.text == "الوضع صعب. لكننا سننتصر"
    # the second sentence's words are not reported again
    assert sum("سننتصر" in x.content.text for x in qs) == 1


def test_curly_quotes_right_after_cue():
    _, qs = quotes_of("robust")
    q = next(q for q in qs if q.cue.text == "وأضاف")
    assert q.content.text == "نحن مستعدون للحوار مع الجميع"
    assert q.type == "direct"


@pytest.mark.parametrize("cue,content", [
    ("وأفاد", "روسيا تتمتع بعلاقات جيدة"),       # بأن
    ("وشدد", "الهجمات جريمة حرب"),              # على أن
    ("وحذر", "الوضع خطير"),                     # من أن
])
def test_complementisers_stay_outside_content(cue, content):
    _, qs = quotes_of("robust")
    assert next(q for q in qs if q.cue.text == cue).content.text == content


def test_quote_ids_are_stable_and_ordered():
    _, a = quotes_of("robust")
    _, b = quotes_of("robust")
    assert [q.quote_id for q in a] == [f"robust#{i}" for i in range(len(a))]
    assert [q.to_dict() for q in a] == [q.to_dict() for q in b]
    assert [q.content.start for q in a] == sorted(q.content.start for q in a)


def test_according_to_closing_and_opening_phrases():
    _, qs = quotes_of("according")
    by_content = {q.content.text: q for q in qs}
    q = by_content["وحكمت المحكمة على المتهم بالسجن"]
    assert q.speaker.text == "بيان صادر عن الأمم المتحدة"
    assert q.speaker_resolution == "according-to" and q.cue.category == "according"
    q = by_content["يبلغ عدد العاطلين مليون شخص"]
    assert q.speaker.text == "إحصاءات رسمية"
    # a reporting verb already reports the clause: «بحسب البيان» adds no second quote
    assert [x.content.text for x in qs if "الاقتصاد" in x.content.text] == ["الاقتصاد قوي"]


def test_speaker_keeps_a_name_the_parser_split_and_a_quantified_source():
    _, qs = quotes_of("names")
    assert qs[0].speaker.text == "صبحي وائل زيارة"  # «زيارة» parsed as the object
    assert qs[1].speaker.text == "عدد من المسؤولين الفلسطينيين"


def test_names_cut_by_the_parser_stay_whole():
    by_cue, _ = quotes_of("names_misparsed")
    assert by_cue["أكد"].speaker.text == "وزير العدل رئيس المجلس الأعلى للقضاء الدكتور وليد بن محمد الصمعاني"
    assert by_cue["وقال"].speaker.text == "وزير الخارجية الألماني فرانك فالتر شتاينماير"


def test_titles_quoted_names_and_abbreviations_misparsed():
    _, qs = quotes_of("titles_misparsed")
    by_content = {q.content.text: q for q in qs}
    q = by_content["الإرهابيين لا يراعون حرمة المساجد"]  # «المفتي» → the named mention with that title
    assert q.speaker.text == "المفتي" and q.speaker_resolution == "nominal"
    assert q.speaker_name == "الدكتور شوقي علام، مفتي مصر"
    q = by_content["الحل سلمي"]  # another wording of the same title → the quoted name
    assert q.speaker_resolution == "nominal" and "إسماعيل ولد الشيخ أحمد" in q.speaker_name
    q = next(q for q in qs if q.cue.text == "وأكد" and q.speaker.text.startswith("مدير"))
    assert q.speaker.text == "مدير مؤسسة العلاقات الخارجية والأمنية في برلين الدكتور فولكر برتيس"
    q = by_content["اللجنة شرعت بتركيب اللوحات"]  # the split after «م.» is undone
    assert q.cue.text == "وقال" and q.speaker.text == "أمين منطقة الجوف م. عجب بن عبدالله القحطاني"


def test_a_different_title_is_not_coreferent():
    from quotes.resolve import Memory, Mention
    mem = Memory(None, [Mention("الرئيس الروسي فلاديمير بوتين", ["الرئيس", "الروسي", "فلاديمير", "بوتين"],
                                "Masc", "Sing", True, 0)])
    m, how = mem.resolve_explicit(Mention("الرئيس الأمريكي الجديد", ["الرئيس", "الامريكي", "الجديد"], "Masc", "Sing",
                                          False, 1))
    assert how == "explicit" and m.name == "الرئيس الأمريكي الجديد"
    m, how = mem.resolve_explicit(Mention("الرئيس الروسي", ["الرئيس", "الروسي"], "Masc", "Sing", False, 1))
    assert how == "nominal" and m.name == "الرئيس الروسي فلاديمير بوتين"


def _by_content(name):
    _, qs = quotes_of(name)
    return {q.content.text: q for q in qs}


def test_agentless_claims_are_kept_without_a_source():
    qs = _by_content("sources")
    for content in ("الوزارة أعلنت خطة جديدة", "الخطة تأجلت مرتين"):  # «ويذكر أن»، «ويشار إلى أن»
        q = qs[content]
        assert q.speaker is None and q.speaker_name is None and q.speaker_resolution == "none"
        assert "speaker:agentless" in q.rule and q.confidence < 0.8
    q = qs["الخطة تأجلت"]  # «وأفادت تقارير إعلامية»: the mention, but no identifiable source
    assert q.speaker.text == "تقارير إعلامية" and q.speaker_name is None and q.speaker_resolution == "none"
    q = qs["النمو سيرتفع"]  # a later «وأضاف» skips the unattributed claims
    assert q.speaker_name == "الوزير" and q.speaker_resolution == "pro-drop"


def test_relayed_quote_names_the_original_source_and_the_outlet():
    q = _by_content("sources")["المحادثات ستستأنف الأسبوع المقبل"]
    assert q.speaker.text == "مسؤول في الوزارة" and q.speaker_resolution == "relay"
    assert q.via.text == "وكالة رويترز"
    assert q.to_dict()["via"] == {"text": "وكالة رويترز", "start": q.via.start, "end": q.via.end}


def test_addressee_outlet_is_via_never_the_speaker():
    qs = _by_content("sources")
    q = qs["الاتفاق قريب"]
    assert q.speaker.text == "الوزير" and q.via.text == "رويترز"
    q = qs["الهدنة صامدة"]
    assert q.speaker.text == "المتحدث" and q.via.text == "وكالة فرانس برس"
    q = qs["السلام ممكن"]  # a genitive «لـ» is part of the title
    assert q.speaker.text == "الأمين العام للأمم المتحدة" and q.via is None


def test_calls_and_demands_with_a_nominal_object():
    qs = _by_content("demands")
    q = qs["وقف فوري لإطلاق النار"]  # «ودعا … إلى وقف …», the cue left unsplit by the parser
    assert q.cue.category == "demand" and q.type == "indirect" and "content:demand/nominal" in q.rule
    assert q.speaker.text == "وزير الخارجية الأمريكي مايك بومبيو" and q.confidence < 0.8
    q = qs["الإفراج عن المعتقلين"]  # «بالإفراج»: the preposition stays outside
    assert q.cue.text == "وطالبت" and q.speaker.text == "المنظمة"
    assert qs["احتجازهم غير قانوني"].speaker_name == "المنظمة"


def test_first_person_verbs_are_the_author_not_a_source():
    qs = _by_content("demands")
    assert "الحل بعيد" not in qs and "المهمة صعبة" not in qs


def test_surnames_split_by_the_clitic_splitter_and_source_phrases():
    qs = _by_content("names_split")
    q = qs["المقاومة سيطرت على المحافظة"]
    assert q.speaker.text == "مصادر من المقاومة" and q.via.text == "وكالة الأنباء الألمانية"
    assert qs["الوضع هادئ"].speaker.text == "مسؤول"  # «من جهته» is no part of it
    assert qs["الأولويات واضحة"].speaker.text == "وزير النقل اليمني بدر باسلمة"
    assert qs["وصل نائب رئيس الجمهورية"].speaker.text == "وزير الداخلية اليمني العميد عبده الحذيفي"
    q = qs["أظهر اليوم الثاني للتداول علامات واضحة"]
    assert q.speaker.text == "سوكراتيس لازاريديس" and q.via is None


def test_quote_ending_with_its_own_stop_is_speech_even_if_the_sentence_runs_on():
    _, qs = quotes_of("speech")
    assert [q.content.text for q in qs] == ["لدينا الأفضل في العالم ثم حضر إلى هنا ولم يفعل شيئا."]
    assert qs[0].type == "direct" and qs[0].speaker.text == "مارادونا"
    assert qs[0].via is None  # «للصحفيين»: the press, no outlet, and no part of the name


def test_relay_sources_and_titles_with_a_place():
    qs = _by_content("relay_titles")
    q = qs["الوفد سيوقع مذكرة تفاهم"]
    assert q.speaker.text == "السفير المصري بالخرطوم أسامة شلتوت" and q.via.text == "الوكالة الرسمية"
    q = qs["التعاملات استقرت"]  # «عن X قوله إن»: the noun of saying is no part of the source
    assert q.speaker.text == "رئيس سوق الأسهم اليونانية" and q.via.text == "وكالة رويترز"
    assert qs["تم القبض على المتهمين"].speaker.text == "المتحدث الأمني بوزارة الداخلية"
    assert qs["الوضع صعب"].speaker.text == "المسؤول"  # «بصراحة» is how, not where


def test_participle_after_an_echoing_clause_takes_its_subject():
    qs = _by_content("echo")
    assert qs["الحوار جرى في أجواء إيجابية"].speaker_name == "شكري"  # «وهو ما أكده شكري بدوره، قائلاً»
    assert qs["الاتصالات مستمرة"].speaker_name == "بوتين"  # «وفق ما أوردته رويترز»: the outlet is nobody's «وأضاف»


def test_impersonal_forms_before_a_complementiser_are_not_reports():
    from quotes.parse import doc_from_conllu
    rows = [(1, "وتبين", "تبين", "VERB", 0, "root"), (2, "أن", "أن", "SCONJ", 4, "mark"),
            (3, "الحادث", "حادث", "NOUN", 4, "nsubj"), (4, "مدبر", "مدبر", "ADJ", 1, "ccomp")]
    conllu = "# text = وتبين أن الحادث مدبر\n" + "\n".join(
        f"{i}\t{f}\t{l}\t{u}\t_\t_\t{h}\t{r}\t_\t_" for i, f, l, u, h, r in rows) + "\n\n"
    assert extract_doc(doc_from_conllu(conllu, "t")) == []


def test_subject_phrase_starts_right_after_the_cue():
    _, qs = quotes_of("subject_start")
    assert qs[0].speaker.text.startswith("جان بول")


def test_noun_phrase_ends_at_a_particle_or_a_cue_form():
    from quotes.parse import doc_from_conllu
    from quotes.speaker import noun_phrase_end
    rows = [(1, "وختم", "ختم", "VERB", 0, "root"), (2, "الهريفي", "هريفي", "PROPN", 1, "nsubj"),
            (3, "قائلا", "قائل", "ADJ", 2, "amod"), (4, "إن", "إن", "SCONJ", 6, "mark"),
            (5, "النادي", "نادي", "NOUN", 6, "nsubj"), (6, "بخير", "خير", "NOUN", 1, "ccomp")]
    conllu = "# text = وختم الهريفي قائلا إن النادي بخير\n" + "\n".join(
        f"{i}\t{f}\t{l}\t{u}\t_\t_\t{h}\t{r}\t_\t_" for i, f, l, u, h, r in rows) + "\n\n"
    sent = doc_from_conllu(conllu, "t").sentences[0]
    assert noun_phrase_end(sent, 1, len(sent.tokens)) == 1  # «قائلاً» is the next cue, not part of the name


def test_clause_runs_through_a_quote_it_opened():
    _, qs = quotes_of("open_quote")
    assert len(qs) == 1 and qs[0].type == "mixed"
    assert qs[0].content.text.startswith("تقرير اللجنة") and qs[0].content.text.endswith("أي تغيير »")


def test_ranks_places_and_outlets_in_quote_marks():
    qs = _by_content("ranks")
    q = next(q for c, q in qs.items() if c.startswith("أسراب طائرات"))
    assert q.speaker.text == "فالون" and q.speaker_resolution == "relay" and "بي بي سي" in q.via.text
    assert qs["باشرت فرق الدفاع المدني بلاغا"].speaker.text.endswith("بالإنابة الرائد محمد بن حسن آل صمغان")
    q = qs["عند الساعة العاشرة أطلقت الميليشيات قذائف"]
    assert q.speaker.text.endswith("، المقدم علي عمير آل جرمان")


def test_participle_takes_the_subject_of_its_clause():
    qs = _by_content("participle_clause")
    assert qs["اللاعب بات مدللا"].speaker_name.endswith("مارادونا")
    assert qs["سيبقي عليه في التشكيلة"].speaker_name == "مارتينو"  # not the last speaker, nor «ميسي»


def test_subject_noun_tagged_as_a_verb():
    _, qs = quotes_of("noun_as_verb")
    assert [(q.speaker.text, q.content.text) for q in qs] == [("شاهد عيان", "مواطنا قام بحمل مقذوف لم ينفجر من الأرض")]


def test_cue_continuing_a_relative_clause_takes_its_antecedent():
    _, qs = quotes_of("relative_coordinated")
    assert [(q.speaker_name, q.speaker_resolution) for q in qs] == [("مارادونا", "relative")]


def test_name_in_parentheses_belongs_to_the_speaker():
    _, qs = quotes_of("paren_name")
    assert [q.speaker.text for q in qs] == ["صحيفة (كيهان)"]


def test_title_place_then_honorific_and_name_is_one_speaker():
    # the parser made «الدكتور» the verb's object: a title before a name is no object
    _, qs = quotes_of("title_place_name")
    assert [q.speaker.text for q in qs] == ["مدير مركز الدراسات الاستراتيجية في القاهرة الدكتور سامي عبد العزيز"]


def test_content_stops_where_a_new_report_or_the_speakers_own_words_begin():
    _, qs = quotes_of("report_links")
    assert [(q.cue.text, q.content.text) for q in qs] == [
        ("وقال", "الاتفاق مهم للبلدين"),  # «، فيما أوضح السفير أن …» is a report of its own
        ("أوضح", "المفاوضات ستستمر"),
        ("وأكد", "اضطر للرحيل عن النادي"),  # «حسب قوله» closes his words
        ("وأضاف", "الهيئة تعمل على فحص الشهادات ومن ثم إصدار الرخص"),  # «وقال:» opens new speech
        ("وقال", "لن نسمح بالتزوير"),
    ]


def test_adverbs_and_prepositions_are_never_the_speaker():
    _, qs = quotes_of("not_speakers")
    assert [(q.cue.text, q.speaker, q.speaker_resolution) for q in qs[2:]] == [
        ("وكتبت", None, "pro-drop"),  # «وقتها» (then) read as the subject
        ("ولفت", None, "pro-drop"),  # «الى» of «لفت إلى» read as the subject
    ]
    assert qs[1].cue.text == "مفيدا" and qs[1].speaker_name == "المدعي العام الفرنسي"


def test_negated_and_contrasted_reports_and_according_to_forms():
    _, qs = quotes_of("links_according")
    got = [(q.cue.text, q.cue.negated, q.speaker_name, q.content.text) for q in qs]
    assert got[:4] == [
        ("وأكد", False, "المصدر الأمني", "الجهات المعنية منزعجة من تلك التصرفات"),
        ("يستبعد", True, "المصدر الأمني", "يتم التواصل مع السفارات"),  # «، ولم يستبعد أن»
        ("وأشار", False, "المصدر الأمني", "لن يكون هناك تعليق على العمليات"),
        ("أضاف", False, "المصدر الأمني", "الطائرات ستكون قادرة على استخدام القاعدة"),  # «، ولكنه أضاف»
    ]
    report = qs[4]  # «، حسبما ذكر تقرير»: a vague source
    assert (report.cue.text, report.speaker.text, report.speaker_name) == ("حسبما", "تقرير", None)
    assert report.content.text == "لقي غواص حتفه إثر هجوم من سمكة قرش أمس"
    assert (qs[5].cue.text, qs[5].speaker_name) == ("وفقا", "البيت الأبيض")  # «وفقا لما ذكره»
    # an opening «وبحسب X، أنها …» stops before the next report «، لتؤكد الإدارة أنها …»
    assert [(q.cue.text, q.content.text) for q in qs[6:]] == [
        ("وبحسب", "حاولت حل الأزمة مع العمال"), ("لتؤكد", "لن تتراجع عن قرارها")]


def test_circumstantial_adjective_is_no_speaker_and_brackets_after_colon_are_marks():
    _, qs = quotes_of("circumstantial_adjective")
    assert [(q.speaker and q.speaker.text, q.speaker_name, q.type, q.content.text) for q in qs] == [
        ("الفنان", "الفنان", "direct", "مساكين بعض المسؤولين بالهيئة"),
        (None, "الفنان", "direct", "المشكلة محد درى عنه"),  # not «مهاجماً هيئة الإذاعة»
    ]


def test_spokesperson_synonyms_corefer_and_a_verb_in_yn_is_singular():
    # «وحذر الناطق الرسمي للهيئة …» (no quote) is the same man as «المتحدث الرسمي …»,
    # and «وبين» (explained) agrees with him: «ين» is no plural ending on a verb
    _, qs = quotes_of("spokesperson")
    assert [(q.cue.text, q.speaker_name) for q in qs] == [
        ("وأوضح", "المتحدث الرسمي للهيئة المهندس سامي العلي"),
        ("وبين", "المتحدث الرسمي للهيئة المهندس سامي العلي"),
    ]


def test_a_subject_that_is_no_source_is_not_remembered():
    # «يتوقع فرض عقوبات مالية» (it is expected): «فرض» is no one a later «وأكد» can mean
    _, qs = quotes_of("source_like")
    assert [(q.cue.text, q.speaker_name) for q in qs] == [("وقال", "اللاعب محمد العلي"), ("وأكد", "اللاعب محمد العلي")]


def test_relative_clause_with_a_resumptive_pronoun_is_not_continued_by_the_cue():
    # «الدور الذي تلعبه القنوات … وقال»: the role is what the channels play, not who spoke
    _, qs = quotes_of("relative_object")
    assert [(q.cue.text, q.speaker_name, q.speaker_resolution) for q in qs] == [
        ("وقال", "المخرج عامر الحمود", "pro-drop")]


def test_quoting_phrase_after_the_speaker_names_the_real_source():
    _, qs = quotes_of("quoting_relay")
    assert [(q.speaker.text, q.speaker_resolution, q.via and q.via.text) for q in qs] == [
        ("غواصين أصدقاء للضحية", "relay", "هيئة الإذاعة الأسترالية"),  # «… نقلا عن غواصين …»
        ("جون هاموند", "explicit", None),
    ]


def test_subject_after_complementiser_when_the_parser_hangs_it_elsewhere():
    # «… أن المدرب خالد العطوي خلال اجتماعه … أكد أنه …»: the noun after «أن» is the
    # subject of its clause's verb, whatever the parser attached it to
    by_cue, _ = quotes_of("fronted_subject")
    q = by_cue["أكد"]
    assert q.speaker.text == "المدرب خالد العطوي"
    assert q.speaker_resolution == "explicit"
    assert q.content.text == "لن يستقيل من منصبه قبل نهاية الموسم"


def test_the_one_asked_answers_next():
    # «وتواصلت الصحيفة مع المتحدث … لسؤاله …، فأكد أن …»: not the hospital director
    # who spoke before, but the one the paper asked
    by_cue, _ = quotes_of("interlocutor")
    assert by_cue["وقال"].speaker_name == "مدير المستشفى خالد العمري"
    q = by_cue["فأكد"]
    assert q.speaker is None
    assert q.speaker_name == "المتحدث باسم الشرطة العقيد فواز الميمان"
    assert q.speaker_resolution == "pro-drop"


def test_of_two_tree_subjects_the_one_naming_someone_speaks():
    # «ارتفاع أسعار النفط … أكد الدكتور خالد الفالح وزير الطاقة استمرار … مشيرا إلى أن …»:
    # the headline before the verb is a second nsubj in the tree
    by_cue, _ = quotes_of("two_subjects")
    q = by_cue["مشيرا"]
    assert q.speaker_name == "الدكتور خالد الفالح وزير الطاقة"
    assert q.content.text == "الطلب سيزيد في الصيف"


def test_a_name_cut_into_conjunction_and_verb_before_a_relative_pronoun():
    # «جان بول فيفريه الذي شارك …»: «الذي» follows a noun, so «فيفريه» is the surname,
    # not «ف + يفري + ه» (and he fries it)
    by_cue, _ = quotes_of("name_before_relative")
    q = by_cue["ويقول"]
    assert q.speaker.text == "جان بول فيفريه"
    assert q.content.text == "النباتات تنمو بسرعة كبيرة"


def test_continuing_cue_with_a_title_is_the_named_source_going_on():
    # «وتابع مدرب برشلونة السابق …» right after «جيراردو مارتينو مدرب الأرجنتين» spoke
    by_cue, _ = quotes_of("continuing_title")
    q = by_cue["وتابع"]
    assert q.speaker.text == "مدرب برشلونة السابق"
    assert q.speaker_name == "جيراردو مارتينو مدرب الأرجنتين"
    assert q.speaker_resolution == "nominal"
    # a cue that does not continue introduces a new source: another coach
    assert by_cue["وقال"].speaker_name == "مدرب المكسيك"
    assert by_cue["وقال"].speaker_resolution == "explicit"


def test_singular_prodrop_falls_back_to_plural_sources():
    # «أكدت مصادر أمنية … وأوضح أن …»: no singular source about; Arabic news refers
    # to «مصادر» as «المصدر» too
    by_cue, _ = quotes_of("plural_sources")
    q = by_cue["وأوضح"]
    assert q.speaker_name == "مصادر أمنية رفيعة"
    assert q.speaker_resolution == "pro-drop"


def test_plural_sources_do_not_outrank_an_agreeing_singular_source():
    from quotes.resolve import Memory, Mention
    memory = Memory(None, [Mention("الوزير", ["الوزير"], "Masc", "Sing", False, 0),
                           Mention("مصادر أمنية", ["مصادر", "امنيه"], None, "Plur", False, 1)])
    assert memory.resolve_prodrop("Masc", "Sing").name == "الوزير"
    assert memory.resolve_prodrop("Masc", "Plur").name == "مصادر أمنية"


def test_participle_takes_the_speaker_of_its_verb_whatever_the_name_was_tagged():
    by_cue, _ = quotes_of("participle_mistagged")
    # «رأفت» is tagged a plural: the masculine singular «موضحا» still goes with the
    # speaker of «وأكد» in the same sentence, since nobody else was named in between
    q = by_cue["موضحا"]
    assert q.speaker_name == "رأفت الصباغ المتحدث الرسمي للمركز"
    assert q.speaker_resolution == "pro-drop"


def test_participle_goes_with_the_last_one_named_not_with_its_parsed_head():
    by_cue, _ = quotes_of("participle_mistagged")
    # «وأكد كيري …، وهو ما أكده شكري بدوره، قائلا إن …»: the parser hangs «قائلا» on
    # «وأكد», but Shoukry is the one who said it
    assert by_cue["قائلا"].speaker_name == "شكري"


def test_outlet_told_before_the_speaker_is_the_addressee():
    by_cue, _ = quotes_of("told_first")
    for cue, speaker, outlet in (("وأوضح", "المهندس أحمد العلي مدير المشروع", "الجزيرة"),
                                 ("وقال", "حسن الزهراني", "الاقتصادية"),
                                 ("أبلغ", "مدير التعليم محمد السالم", "عكاظ")):  # a verb of telling: no «ل»
        q = by_cue[cue]
        assert q.speaker.text == speaker and q.speaker_resolution == "explicit"
        assert outlet in q.via.text and not q.via.text.startswith("ل")


def test_outlet_told_with_no_speaker_after_it_is_still_the_addressee():
    by_cue, _ = quotes_of("told_first")
    q = by_cue["وأكد"]  # «وأكد لـ"الاقتصادية" أن …»: the last speaker, told the paper
    assert q.speaker is None and q.speaker_resolution == "pro-drop"
    assert q.speaker_name == "حسن الزهراني"
    assert "الاقتصادية" in q.via.text


def test_quoted_name_after_a_verb_of_saying_is_the_speaker():
    by_cue, _ = quotes_of("told_first")
    q = by_cue["وقالت"]  # «وقالت "أرامكو" في بيان»: not told, it spoke
    assert "أرامكو" in q.speaker.text and q.via is None
