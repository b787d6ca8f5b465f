import sys
from pathlib import Path

ROOT = Path(__file__).parent.parent
sys.path.insert(0, str(ROOT / "devset" / "tools"))

from ab_summary import tally  # noqa: E402


def test_the_side_by_side_review_of_session_47_tallies_as_the_readme_says():
    """README and MODEL.md quote this blind review: the news model preferred 48 times, the bundled 39."""
    t = tally(ROOT / "devset" / "reviews" / "session47-ab")
    assert (t["other"], t["bundled"], t["both"], t["neither"]) == (48, 39, 6, 21)


def test_the_side_by_side_review_of_session_57_tallies_as_the_readme_says():
    """README and MODEL.md quote this blind review: the shipped model preferred 76 times, the news parser 43."""
    t = tally(ROOT / "devset" / "reviews" / "session57-ab")
    assert (t["other"], t["bundled"], t["both"], t["neither"]) == (43, 76, 47, 29)


def test_the_review_of_session_55_sums_as_its_readme_says_with_and_without_the_repeated_articles():
    """The README gives both: all 60 articles, and the 41 that repeat no text quotes was tuned, read or
    scored on (``draw_review.py --check``)."""
    from review_summary import summary
    folder = ROOT / "devset" / "reviews" / "session55-ao"
    s = summary(folder)
    assert (s["articles"], s["quotes"], s["speaker ok"], s["report, content and speaker all right"]) == (60, 175, 0.779, 0.691)
    repeated = (folder / "repeated.txt").read_text(encoding="utf-8").split()
    s = summary(folder, frozenset(repeated))
    assert (s["articles"], s["quotes"], s["speaker ok"], s["report, content and speaker all right"]) == (41, 120, 0.795, 0.708)


def test_a_review_draw_finds_a_repeated_text_wherever_it_starts():
    """Word runs need no alignment: the same story behind another title (or a sentence inside an
    article) is found, which 60-character windows at fixed steps missed."""
    from draw_review import SHARE, runs, shares
    story = "وقال وزير الصحة في مؤتمر صحفي عقده أمس إن الوزارة ستفتتح ثلاثة مستشفيات جديدة في المنطقة الشرقية " \
            "خلال العام المقبل، مشيرا إلى أن العمل جار على تجهيزها بأحدث المعدات الطبية."
    seen = {"elsewhere": runs("عنوان آخر تماما\n\n" + story)}
    assert shares("عنوان جديد\n\n" + story, seen)["elsewhere"] >= SHARE
    assert shares("خبر آخر لا صلة له بما سبق عن مباراة كرة القدم التي أقيمت مساء أمس في الملعب الكبير", seen)["elsewhere"] == 0


def test_the_review_of_session_56_sums_as_its_readme_says():
    """Drawn with ``draw_review.py`` (no article repeats text seen before): all 60 count."""
    from review_summary import summary
    s = summary(ROOT / "devset" / "reviews" / "session56-ap")
    assert (s["articles"], s["quotes"], s["missed"], s["speaker ok"], s["report, content and speaker all right"]) \
        == (60, 195, 12, 0.851, 0.774)


def test_the_review_of_session_57_sums_as_its_readme_says():
    """Drawn with ``draw_review.py`` (no article repeats text seen before): all 60 count."""
    from review_summary import summary
    s = summary(ROOT / "devset" / "reviews" / "session57-aq")
    assert (s["articles"], s["quotes"], s["missed"]) == (60, 213, 25)
    assert (s["precision (a report)"], s["speaker ok"], s["report, content and speaker all right"]) == (0.977, 0.88, 0.775)


def test_the_side_by_side_review_of_session_58_tallies_as_the_readme_says():
    """README and MODEL.md quote this blind review: 34 against 34, both right 42, neither 30."""
    t = tally(ROOT / "devset" / "reviews" / "session58-ab")
    assert (t["other"], t["bundled"], t["both"], t["neither"]) == (34, 34, 42, 30)
