"""Scale-out on Dask: a LocalCluster of two worker processes gives exactly the
quotes of the single-process run."""
import json

import pytest
from typer.testing import CliRunner

from quotes.cli import app

from conftest import ROOT

distributed = pytest.importorskip("distributed")
pytestmark = pytest.mark.model
DOCS = [ROOT / "devset" / "docs" / n for n in ("snn-alwatan-2.txt", "padt-4.txt", "snn-okaz-3.txt")]


@pytest.fixture(scope="module")
def client():
    from distributed import Client, LocalCluster
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    c = Client(cluster)
    yield c
    c.close()
    cluster.close()


def test_shards_on_two_workers_equal_the_single_process_run(client, tmp_path):
    from quotes.distributed import extract_shards, read_shards
    src = tmp_path / "crawl.jsonl"
    src.write_text("".join(json.dumps({"id": p.stem, "text": p.read_text(encoding="utf-8"), "outlet": p.stem.split("-")[1]},
                                      ensure_ascii=False) + "\n" for p in DOCS), encoding="utf-8")
    shards = [[str(p)] for p in DOCS] + [[str(src)]]
    manifest = extract_shards(shards, client, tmp_path / "out")
    assert manifest["workers"] == 2 and len(manifest["shards"]) == 4
    assert manifest["totals"]["documents"] == 6 and manifest["totals"]["failed"] == 0
    got = read_shards(tmp_path / "out")
    single = CliRunner().invoke(app, ["extract", *map(str, DOCS), str(src), "--workers", "1"])
    assert single.exit_code == 0
    assert got == [json.loads(x) for x in single.stdout.splitlines()]
    # the model was loaded once per worker, not once per task
    loads = client.run(lambda: __import__("quotes.extract", fromlist=["_PIPELINES"])._PIPELINES.keys().__len__())
    assert set(loads.values()) == {1}


def test_bag_of_records(client):
    import dask.bag as db
    from quotes.distributed import extract_bag
    recs = [{"id": "a", "text": "وقال الوزير إن الاقتصاد قوي.", "url": "u1"}, {"id": "b", "text": ""}]
    out = extract_bag(db.from_sequence(recs, npartitions=2)).compute()
    assert out[0]["doc_id"] == "a" and out[0]["content"]["text"] == "الاقتصاد قوي" and out[0]["meta"] == {"url": "u1"}
    assert out[1] == {"doc_id": "b", "error": "empty document"}
