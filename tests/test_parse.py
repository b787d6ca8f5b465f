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
