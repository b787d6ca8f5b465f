from conftest import Vocab, one_word_tokens, split_tokens, tokenized
from quotes.parse import pieces


def test_pieces_cover_the_text_at_lines_and_sentence_stops():
    text = "عنوان\n\n" + "قال الوزير إن الاقتصاد قوي. " * 200 + "\nسطر أخير"
    ps = pieces(text, max_chars=300)
    assert all(b - a <= 300 for a, b in ps)
    joined = "".join(text[a:b] for a, b in ps)
    assert joined.replace(" ", "").replace("\n", "") == text.replace(" ", "").replace("\n", "")
    # long lines are cut right after a sentence stop
    assert all(text[b - 1] == "." for a, b in ps[1:-2])
    assert ps[0] == (0, 5) and text[ps[-1][0]:ps[-1][1]] == "سطر أخير"


def test_pieces_of_text_without_stops_cut_at_spaces():
    text = "كلمة " * 400
    ps = pieces(text, max_chars=100)
    assert all(b - a <= 100 for a, b in ps)
    assert "".join(text[a:b] for a, b in ps).split() == text.split()


def test_unsplit_rejoins_a_name_the_vocabulary_keeps_whole():
    from quotes.parse import unsplit

    text = "وقال لافروف"
    doc = tokenized([[
        {"id": (1, 2), "text": "وقال", "misc": "start_char=0|end_char=4"},
        {"id": 1, "text": "و"}, {"id": 2, "text": "قال"},
        {"id": (3, 4), "text": "لافروف", "misc": "start_char=5|end_char=11"},
        {"id": 3, "text": "ل"}, {"id": 4, "text": "افروف"},
    ]], text)
    out = unsplit(doc, Vocab(["وقال", "قال", "لافروف"]))
    toks = out.sentences[0].tokens
    assert [[w.text for w in t.words] for t in toks] == [["و", "قال"], ["لافروف"]]
    assert [(t.start_char, t.end_char) for t in toks] == [(0, 4), (5, 11)]
    assert [w.id for w in out.sentences[0].words] == [1, 2, 3]


def test_unsplit_keeps_splits_whose_word_is_known_or_whole_is_unknown():
    from quotes.parse import unsplit

    text = "بالنسبة فيفريه"
    doc = tokenized([[
        {"id": (1, 2), "text": "بالنسبة", "misc": "start_char=0|end_char=7"},
        {"id": 1, "text": "ب"}, {"id": 2, "text": "النسبة"},
        {"id": (3, 5), "text": "فيفريه", "misc": "start_char=8|end_char=14"},
        {"id": 3, "text": "ف"}, {"id": 4, "text": "يفري"}, {"id": 5, "text": "ه"},
    ]], text)
    assert unsplit(doc, Vocab(["بالنسبة", "النسبة"])) is doc


def test_unsplit_gives_a_reporting_verb_back_the_letters_taken_for_a_pronoun():
    from quotes.parse import unsplit

    text = "واتهم المشهراوي وأبلغها بقوله"
    doc = tokenized([[
        {"id": (1, 2), "text": "واتهم", "misc": "start_char=0|end_char=5"},
        {"id": 1, "text": "وات"}, {"id": 2, "text": "هم"},
        {"id": 3, "text": "المشهراوي", "misc": "start_char=6|end_char=15"},
        {"id": (4, 6), "text": "وأبلغها", "misc": "start_char=16|end_char=23"},
        {"id": 4, "text": "و"}, {"id": 5, "text": "أبلغ"}, {"id": 6, "text": "ها"},
        {"id": (7, 9), "text": "بقوله", "misc": "start_char=24|end_char=29"},
        {"id": 7, "text": "ب"}, {"id": 8, "text": "قول"}, {"id": 9, "text": "ه"},
    ]], text)
    out = unsplit(doc, Vocab([]))
    toks = out.sentences[0].tokens
    # «اتهم» is the verb; «أبلغها» is verb + pronoun indeed; «بقوله» is a noun of saying + pronoun
    assert [[w.text for w in t.words] for t in toks] == [
        ["و", "اتهم"], ["المشهراوي"], ["و", "أبلغ", "ها"], ["ب", "قول", "ه"]]
    assert [(t.start_char, t.end_char) for t in toks] == [(0, 5), (6, 15), (16, 23), (24, 29)]


def test_unsplit_gives_a_word_back_its_own_first_waw():
    from quotes.parse import unsplit

    doc = split_tokens([("وأفادت", ["و", "أفادت"]), ("وسائله", ["و", "سائل", "ه"]), ("ووسائل", ["و", "وسائل"])])
    out = unsplit(doc, Vocab([]))
    toks = out.sentences[0].tokens
    # «وسائل» (means, media) is one word with its own «و»; «ووسائل» is «و» + «وسائل» indeed
    assert [[w.text for w in t.words] for t in toks] == [["و", "أفادت"], ["وسائل", "ه"], ["و", "وسائل"]]


def test_unsplit_gives_back_words_a_news_trained_splitter_cuts():
    """«ولي» (as in «ولي العهد») → و + لي، «سهم» → س + هم، «مهما» expanded to من + ما: words
    of words.tsv ``whole_word`` are one word again, a clitic outside them kept («وللجنة»)."""
    from quotes.parse import unsplit

    text = "ولي سهم مهما وللجنة"
    doc = tokenized([[
        {"id": (1, 2), "text": "ولي", "misc": "start_char=0|end_char=3"},
        {"id": 1, "text": "و"}, {"id": 2, "text": "لي"},
        {"id": (3, 4), "text": "سهم", "misc": "start_char=4|end_char=7"},
        {"id": 3, "text": "س"}, {"id": 4, "text": "هم"},
        {"id": (5, 6), "text": "مهما", "misc": "start_char=8|end_char=12"},
        {"id": 5, "text": "من"}, {"id": 6, "text": "ما"},
        {"id": (7, 9), "text": "وللجنة", "misc": "start_char=13|end_char=19"},
        {"id": 7, "text": "و"}, {"id": 8, "text": "ل"}, {"id": 9, "text": "لجنة"},
    ]], text)
    toks = unsplit(doc, Vocab(["لي", "هم", "من", "ما"])).sentences[0].tokens
    assert [[w.text for w in t.words] for t in toks] == [["ولي"], ["سهم"], ["مهما"], ["و", "ل", "لجنة"]]


def test_unsplit_splits_off_a_conjunction_left_on_an_unknown_word():
    from quotes.parse import unsplit

    doc = one_word_tokens(["فقالت", "ورئيس", "وسائل", "فرانس"])
    out = unsplit(doc, Vocab(["قالت", "رئيس", "سائل", "فرانس", "رانس"]))
    toks = out.sentences[0].tokens
    # «فرانس» is known whole; «وسائل» is a word with its own «و» (words.tsv whole_word)
    assert [[w.text for w in t.words] for t in toks] == [["ف", "قالت"], ["و", "رئيس"], ["وسائل"], ["فرانس"]]
    assert [(t.start_char, t.end_char) for t in toks] == [(0, 5), (6, 11), (12, 17), (18, 23)]


def test_unsplit_splits_off_a_clitic_left_on_a_function_word_or_a_cue_verb():
    """The news-trained splitter leaves «وعن» and «ليرد» whole; a name or a word in «ا» stays."""
    from quotes.parse import unsplit

    doc = one_word_tokens(["وعن", "ليرد", "ليبيا", "فردا", "فورد", "لست"])
    vocab = Vocab(["عن", "يرد", "ليبيا", "ردا", "ورد", "ست"])
    toks = unsplit(doc, vocab).sentences[0].tokens
    assert [[w.text for w in t.words] for t in toks] == [
        ["و", "عن"], ["ل", "يرد"], ["ليبيا"], ["فردا"], ["فورد"], ["لست"]]


def test_unsplit_splits_off_a_preposition_left_on_a_known_word():
    """«ثم تطرق لانطلاق العمليات …، فقال»: the news-trained splitter left «لانطلاق» whole and the
    tree made it the verb's subject. «ل» on a word the vocabulary knows, the token unknown, is the
    preposition (after «و» too: «ولبيان»); not on a cue's form («لقال»، «فلتسأل نفسك»: a command)
    or a word of two letters («لست»), and not «ب», which begins foreign names («بولدان»: «ولدان» is
    a word)."""
    from quotes.parse import unsplit

    doc = one_word_tokens(["لانطلاق", "ولبيان", "لست", "بولدان", "لقال", "لبنان", "فلتسأل"])
    vocab = Vocab(["انطلاق", "بيان", "ست", "ولدان", "قال", "لبنان", "بنان", "تسأل"])
    toks = unsplit(doc, vocab).sentences[0].tokens
    assert [[w.text for w in t.words] for t in toks] == [
        ["ل", "انطلاق"], ["و", "ل", "بيان"], ["لست"], ["بولدان"], ["لقال"], ["لبنان"], ["فلتسأل"]]


def test_unsplit_keeps_a_preposition_with_its_pronoun_apart():
    from quotes.parse import unsplit

    text = "وأكد له لنا"
    doc = tokenized([[
        {"id": (1, 2), "text": "وأكد", "misc": "start_char=0|end_char=4"},
        {"id": 1, "text": "و"}, {"id": 2, "text": "أكد"},
        {"id": (3, 4), "text": "له", "misc": "start_char=5|end_char=7"},
        {"id": 3, "text": "ل"}, {"id": 4, "text": "ه"},
        {"id": 5, "text": "لنا", "misc": "start_char=8|end_char=11"},
    ]], text)
    out = unsplit(doc, Vocab(["وأكد", "أكد", "له", "لنا"]))
    toks = out.sentences[0].tokens
    # the vocabulary knows «له» whole and no part of it longer than a letter, yet it is
    # «لـ» + «ه»; «لنا» the splitter left whole is split
    assert [[w.text for w in t.words] for t in toks] == [["و", "أكد"], ["ل", "ه"], ["ل", "نا"]]


def test_unsplit_splits_qad_off_fa_before_a_reporting_verb():
    """«فقد ختم المحلل …»: before a reporting verb's finite form «فقد» is «ف» + «قد» (words.tsv
    ``qad_clitic``), which the tagger otherwise reads as the verb «فقد» (lost), and the cue
    after it as a noun; «فقد الرجل أمواله» (the verb) keeps its one word."""
    from quotes.parse import unsplit

    doc = one_word_tokens(["فقد", "ختم", "المحلل", "فقد", "الرجل"])
    toks = unsplit(doc, Vocab(["فقد", "ختم", "المحلل", "الرجل"])).sentences[0].tokens
    assert [[w.text for w in t.words] for t in toks] == [["ف", "قد"], ["ختم"], ["المحلل"], ["فقد"], ["الرجل"]]


def test_unsplit_undoes_a_preposition_cut_that_nothing_licenses():
    """«فريدريك بورجو» cut into «ب» + «ورجو»: when the news vocabulary knows neither the whole token
    nor what is left after the preposition (words.tsv ``proclitic_preposition``), nothing licenses
    the split and the token is one word, a name. A known rest keeps its split («بكفاءة» → ب + كفاءة),
    and so does «لل» (ل + the article: «للفوز»)."""
    from quotes.parse import unsplit

    doc = tokenized([[
        {"id": (1, 2), "text": "بورجو", "misc": "start_char=0|end_char=5"},
        {"id": 1, "text": "ب"}, {"id": 2, "text": "ورجو"},
        {"id": (3, 4), "text": "بكفاءة", "misc": "start_char=6|end_char=12"},
        {"id": 3, "text": "ب"}, {"id": 4, "text": "كفاءة"},
        {"id": (5, 6), "text": "للفوز", "misc": "start_char=13|end_char=18"},
        {"id": 5, "text": "ل"}, {"id": 6, "text": "لفوز"},
    ]], "بورجو بكفاءة للفوز")
    toks = unsplit(doc, Vocab(["كفاءة"])).sentences[0].tokens
    assert [[w.text for w in t.words] for t in toks] == [["بورجو"], ["ب", "كفاءة"], ["ل", "لفوز"]]


def test_unsplit_undoes_a_three_way_preposition_cut_that_nothing_licenses():
    """«جامعة برمنغهام» cut into «ب» + «رمنغ» + «هام»: the vocabulary knows neither the word after the
    preposition nor the rest of the token (it may know the token whole, and a last piece, «هام»):
    one word, a name. A cut that ends on a pronoun keeps its words («بتغريداتها» → ب + تغريدات + ها),
    as does one whose word after the preposition is known («بوضعها»)."""
    from quotes.parse import unsplit

    doc = tokenized([[
        {"id": (1, 3), "text": "برمنغهام", "misc": "start_char=0|end_char=8"},
        {"id": 1, "text": "ب"}, {"id": 2, "text": "رمنغ"}, {"id": 3, "text": "هام"},
        {"id": (4, 6), "text": "بتغريداتها", "misc": "start_char=9|end_char=19"},
        {"id": 4, "text": "ب"}, {"id": 5, "text": "تغريدات"}, {"id": 6, "text": "ها"},
        {"id": (7, 9), "text": "بوضعها", "misc": "start_char=20|end_char=26"},
        {"id": 7, "text": "ب"}, {"id": 8, "text": "وضع"}, {"id": 9, "text": "ها"},
    ]], "برمنغهام بتغريداتها بوضعها")
    toks = unsplit(doc, Vocab(["برمنغهام", "هام", "وضع"])).sentences[0].tokens
    assert [[w.text for w in t.words] for t in toks] == [["برمنغهام"], ["ب", "تغريدات", "ها"], ["ب", "وضع", "ها"]]


def test_unsplit_splits_to_me_after_a_reporting_verb_where_no_name_follows():
    """«فقال لي: …»، «قيل لي إن …»، «وقال لي أثناء اللقاء …»: «لي» right after a reporting verb (or an
    agentless one) is «ل» + «ي», to me, which the tagger otherwise reads as the name Lee and makes
    the speaker; «وقال لي كه تشيانغ …» (a name goes on after it) and «لي» after a word that
    reports nothing keep their one word."""
    from quotes.parse import unsplit

    words = ["فقال", "لي", ":", "قيل", "لي", "إنه", "وقال", "لي", "أثناء", "وقال", "لي", "كه", "كتاب", "لي", "."]
    toks = unsplit(one_word_tokens(words), Vocab(words)).sentences[0].tokens
    assert [[w.text for w in t.words] for t in toks] == [
        ["فقال"], ["ل", "ي"], [":"], ["قيل"], ["ل", "ي"], ["إنه"], ["وقال"], ["ل", "ي"], ["أثناء"],
        ["وقال"], ["لي"], ["كه"], ["كتاب"], ["لي"], ["."]]


def test_the_one_told_is_never_the_speaker(nlp):
    """The whole path on the bundled model: «فقال لي: …» is said by the man before, not by «لي»;
    «قيل لي إن …» has no agent at all."""
    from quotes.extract import extract_text
    qs = extract_text("وجلس الشيخ عبدالله مع الشاب. فقال لي: طبعا حلال. وقد قيل لي إن بعض الإدارات البنكية "
                      "توظف أبناء الزبائن.", nlp)
    got = [(q.cue.text, q.speaker_name, q.speaker_resolution) for q in qs]
    assert got[1] == ("قيل", None, "none")
    assert got[0][:1] == ("فقال",) and got[0][1] != "لي" and "عبدالله" in got[0][1]


def test_a_cue_after_fa_qad_is_found(nlp):
    """The whole path: «أما من الناحية الاقتصادية، فقد ختم المحلل السياسي: "…"»."""
    from quotes.extract import extract_text
    qs = extract_text("أما من الناحية الاقتصادية، فقد ختم المحلل السياسي: \"إن أعباء هذه الأزمة سترتد على لبنان\".", nlp)
    assert [(q.cue.text, q.speaker_name) for q in qs] == [("ختم", "المحلل السياسي")]


def _conllu(*sentences: str) -> str:
    """CoNLL-U of sentences whose tokens are their space-separated words (flat trees)."""
    blocks = []
    for s in sentences:
        rows = [f"{i}\t{w}\t{w}\tX\t_\t_\t{0 if i == 1 else 1}\t{'root' if i == 1 else 'dep'}\t_\t_"
                for i, w in enumerate(s.split(), 1)]
        blocks.append(f"# text = {s}\n" + "\n".join(rows))
    return "\n\n".join(blocks) + "\n"


def test_a_split_after_a_word_or_a_comma_on_the_same_line_is_undone():
    """«وشدد كيري في تصريحاته | ل»العربية» على أن …»: the news-trained splitter ended a sentence
    inside a line after a word; the cue lost its clause. A sentence ends with a stop: a split after a
    word, a comma or a semicolon with no line break is joined again; after a stop, or at a line
    break, it stays."""
    from quotes.parse import _merge_glued, doc_from_conllu

    doc = doc_from_conllu(_conllu("وشدد كيري في تصريحاته", "للعربية على أن الأمر خطير .", "وقال الوزير ،",
                                  "إن العمل مستمر ؛", "لتجنب تكرار الحوادث ."))
    merged = _merge_glued(doc.sentences, doc.text)
    assert [doc.text[s.start:s.end] for s in merged] == [
        "وشدد كيري في تصريحاته للعربية على أن الأمر خطير .", "وقال الوزير ، إن العمل مستمر ؛ لتجنب تكرار الحوادث ."]
    assert [w.id for w in merged[0].words] == list(range(1, 11))
    headline = doc_from_conllu(_conllu("عنوان الخبر", "وقال الوزير إن العمل مستمر ."), separator="\n")
    assert len(_merge_glued(headline.sentences, headline.text)) == 2


def test_unsplit_keeps_a_given_name_whole_though_its_rest_is_a_word():
    from quotes.parse import unsplit

    # «بندر» is ب + «ندر» (rare) to the splitter, and the vocabulary knows both: words.tsv
    # ``whole_name`` keeps the name whole («يرى المدرب بندر الأحمدي أن …» was «المدرب» alone)
    text = "المدرب بندر"
    doc = tokenized([[
        {"id": 1, "text": "المدرب", "misc": "start_char=0|end_char=6"},
        {"id": (2, 3), "text": "بندر", "misc": "start_char=7|end_char=11"},
        {"id": 2, "text": "ب"}, {"id": 3, "text": "ندر"},
    ]], text)
    out = unsplit(doc, Vocab(["المدرب", "بندر", "ندر"]))
    assert [[w.text for w in t.words] for t in out.sentences[0].tokens] == [["المدرب"], ["بندر"]]


def test_unsplit_joins_a_future_sin_cut_off_a_word_that_is_no_verb():
    """«سهل» → س + هل، «سبيله» → س + بيل + ه، «سمع» → س + مع: the future «سـ» goes only on an imperfect,
    whose first letter is its person's (يـ تـ نـ أ, or «ا» for «أ» written bare); cut off any other
    word, the letter was the word's own. «ستبدأ» and «ساسأل» keep their future."""
    from quotes.parse import unsplit

    doc = split_tokens([("سهل", ["س", "هل"]), ("سبيله", ["س", "بيل", "ه"]), ("ستبدأ", ["س", "تبدأ"]),
                         ("ساسأل", ["س", "اسأل"])])
    toks = unsplit(doc, Vocab(["هل", "بيل", "تبدأ", "اسأل"])).sentences[0].tokens
    assert [[w.text for w in t.words] for t in toks] == [["سهل"], ["سبيل", "ه"], ["س", "تبدأ"], ["س", "اسأل"]]


def test_unsplit_cuts_a_preposition_off_a_noun_whose_pronoun_the_splitter_cut():
    """«وطالب بوضعها تحت الوصاية الدولية»: the splitter gives «بوضع» + «ها», and the parser then makes
    «بوضع» the verb's subject. A name takes no pronoun: when the vocabulary knows «وضع» and not
    «بوضع», the «ب» is a word of its own. Not a word the vocabulary knows with its letter («بلد» +
    «ه»), nor «لل» (the article after «ل»)."""
    from quotes.parse import unsplit
    doc = split_tokens([("وطالب", ["و", "طالب"]), ("بوضعها", ["بوضع", "ها"]), ("بلده", ["بلد", "ه"]),
                        ("للشعبه", ["للشعب", "ه"])])
    out = unsplit(doc, Vocab(["وضع", "بلد", "لد", "شعب", "لشعب"]))
    assert [[w.text for w in t.words] for t in out.sentences[0].tokens] == [
        ["و", "طالب"], ["ب", "وضع", "ها"], ["بلد", "ه"], ["للشعب", "ه"]]
