"""The SaudiNewsNet articles in corpus order, for the dev-set draws (no quotes code needed)."""
import json
import zipfile
from pathlib import Path


def articles(shared: Path):
    """(index in the corpus, day, article) for every article, days in order."""
    n = 0
    for z in sorted((Path(shared) / "data/saudinewsnet").glob("*.zip")):
        with zipfile.ZipFile(z) as zf:
            for name in zf.namelist():
                for a in json.loads(zf.read(name)):
                    yield n, z.stem, a
                    n += 1
