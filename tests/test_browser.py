"""The HTML review page in a real headless browser (Debian's chromium): it
renders (the screenshot is not blank) and every quote is highlighted."""
import io
import json
import os
import shutil

import pytest
from typer.testing import CliRunner

from quotes.cli import app

from conftest import ROOT

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
pytestmark = pytest.mark.model
if not os.path.exists(CHROMIUM) and not os.environ.get("CI"):
    pytest.skip("chromium is not installed (CI installs it)", allow_module_level=True)

FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]
COUNT = """() => { const out = {};
  for (const sec of document.querySelectorAll('section.doc')) {
    const spans = {};
    for (const role of ['speaker', 'cue', 'content'])
      for (const el of sec.querySelectorAll('.article [data-' + role + ']'))
        for (const n of el.dataset[role].split(' ')) spans[role + n] = (spans[role + n] || '') + el.textContent;
    out[sec.dataset.doc] = spans; }
  return out; }"""


def test_review_page_renders_and_highlights_every_quote(tmp_path):
    from PIL import Image
    from playwright.sync_api import sync_playwright

    docs = [ROOT / "seeds" / "karabakh-2020-10-23.txt", ROOT / "devset" / "docs" / "snn-okaz-3.txt"]
    page_path, jsonl = tmp_path / "review.html", tmp_path / "q.jsonl"
    for out in (page_path, jsonl):
        r = CliRunner().invoke(app, ["extract", *map(str, docs), "-o", str(out), "--workers", "1"])
        assert r.exit_code == 0, r.output
    quotes = [json.loads(x) for x in jsonl.read_text(encoding="utf-8").splitlines()]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page(viewport={"width": 1200, "height": 1400})
        page.goto(page_path.as_uri())
        assert page.evaluate("document.documentElement.dir") == "rtl"
        found = page.evaluate(COUNT)
        shot = page.screenshot(full_page=False)
        title = page.locator(".article [data-content]").first.get_attribute("title")
        browser.close()
    img = Image.open(io.BytesIO(shot)).convert("RGB")
    colours = img.getcolors(maxcolors=1 << 20)
    assert colours is not None and len(colours) > 50  # text and highlights, not a blank page
    assert max(c for c, _ in colours) < 0.95 * img.width * img.height
    assert quotes
    for q in quotes:
        spans = found[q["doc_id"]]
        n = q["quote_id"].rsplit("#", 1)[1]
        assert spans["content" + n] == q["content"]["text"]
        assert spans["cue" + n] == q["cue"]["text"]
        if q["speaker"]:
            assert spans["speaker" + n] == q["speaker"]["text"]
    assert "·" in title  # type and confidence on hover
