"""How the session-18 tuning articles were drawn (run once; kept for the record).

A sixth batch of whole articles for the tuning part (issue #18), by the session-13 method
(``select_session13.draw``: nothing from quotes itself is used) on the two days no draw had
used, 2015-07-23 and 2015-07-31, with another seed. Left out as before: documents of the dev
set and devtest, articles holding a sentence of the news treebank, the corpus articles
3000–3399, and (``--exclude``) the 400 unannotated ``u…`` articles this session reads changes on.

    python devset/tools/select_session18.py ../shared --exclude unseen.ids.jsonl
"""
from select_session13 import draw, excluded_ids

DAYS = ("2015-07-23", "2015-07-31")
FIRST = 91  # numbering after the session-17 draw's (81…)

if __name__ == "__main__":
    draw(DAYS, 20261203, FIRST, "session 18", excluded_ids())
