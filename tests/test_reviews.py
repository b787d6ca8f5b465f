import sys
from pathlib import Path

ROOT = Path(__file__).parent.parent
sys.path.insert(0, str(ROOT / "devset" / "tools"))

from ab_summary import tally  # noqa: E402


def test_the_side_by_side_review_of_session_47_tallies_as_the_readme_says():
    """README and MODEL.md quote this blind review: the news model preferred 48 times, the bundled 39."""
    t = tally(ROOT / "devset" / "reviews" / "session47-ab")
    assert (t["other"], t["bundled"], t["both"], t["neither"]) == (48, 39, 6, 21)
