"""Scale-out on Dask (dask.distributed).

* :func:`extract_bag` maps a Dask bag of records (``{"id", "text", …}``) to a
  bag of quote records (error records for failed documents);
* :func:`extract_shards` / :func:`run_dask` send input shards (JSONL files,
  text files, or groups of them) to the workers, each of which writes one
  JSONL output shard; a ``manifest.json`` lists shards, counts and failures.

The model is loaded once per worker process: a worker plugin loads it when the
worker starts, and every task takes it from the per-process cache.
"""
from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any, Iterable, Optional

from .batch import RunStats
from .doc import Document
from .inputs import Fields, iter_documents, record_document

SHARD_FILES = 50  # plain text files per shard when a folder is the input


class DaskError(Exception):
    """Dask is missing or the cluster cannot be reached; the message is for the user."""


def _pipeline(model: Optional[str]):
    from .extract import get_pipeline
    return get_pipeline(model)


try:
    from distributed.diagnostics.plugin import WorkerPlugin
except ImportError:  # dask is an optional extra
    WorkerPlugin = object


class LoadModel(WorkerPlugin):
    """Loads the Stanza pipeline once, when a worker starts."""

    name = "quotes-load-model"

    def __init__(self, model: Optional[str] = None):
        self.model = model

    def setup(self, worker) -> None:
        _pipeline(self.model)


def connect(address: str):
    """A Client for ``address``, or for a LocalCluster of one single-threaded
    worker process per core when ``address`` is "local"."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise DaskError("Dask is not installed: pip install 'quotes[dask]'") from None
    try:
        if address == "local":
            from .batch import default_workers
            cluster = LocalCluster(n_workers=default_workers(), threads_per_worker=1, processes=True,
                                   dashboard_address=None)
            return Client(cluster)
        return Client(address, timeout="20s")
    except (OSError, TimeoutError) as e:
        raise DaskError(f"cannot reach the Dask scheduler at {address}: {e}") from None


def _process_records(records: Iterable[dict], model: Optional[str], fields: Fields) -> list[dict[str, Any]]:
    from .batch import batches, process_batch
    nlp = _pipeline(model)
    docs = [record_document(rec, f"record:{k}", fields) for k, rec in enumerate(records)]
    out = []
    for b in batches(docs):
        out.extend(rec for d in process_batch(b, nlp) for rec in d.records)
    return out


def extract_bag(bag, model: Optional[str] = None, text_field: str = "text", id_field: str = "id"):
    """A bag of records → a bag of quote records (and error records), partition
    by partition, the model loaded once per worker."""
    fields = Fields(text_field, id_field)
    return bag.map_partitions(lambda part: _process_records(list(part), model, fields))


COUNTS = ("documents", "with_quotes", "without_quotes", "failed", "quotes")


def _process_shard(shard: list[str], out_path: str, model: Optional[str], glob: str,
                   encoding: Optional[str], fields: Fields, base: Optional[str] = None) -> dict[str, Any]:
    """One shard on a worker: relative input paths are the client's (``base``)."""
    from .batch import batches, process_batch
    from .write import to_json

    nlp = _pipeline(model)
    t0 = time.time()
    stats = RunStats()
    errors = []
    tmp = Path(out_path + ".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        for b in batches(iter_documents(shard, glob=glob, encoding=encoding, fields=fields, base=base)):
            for d in process_batch(b, nlp):
                stats.count(d)
                if d.error:
                    errors.append({"doc_id": d.doc_id, "error": d.error})
                for rec in d.records:
                    fh.write(to_json(rec) + "\n")  # strict JSON, as the other outputs
    tmp.replace(out_path)
    return {"output": Path(out_path).name, "inputs": shard, **{k: getattr(stats, k) for k in COUNTS},
            "errors": errors, "seconds": round(time.time() - t0, 2)}


def plan_shards(paths: list[str], glob: str = "*.txt", files_per_shard: int = SHARD_FILES) -> list[list[str]]:
    """Input shards: each JSON/JSONL file is one; plain text files go in groups."""
    from .inputs import RECORD_SUFFIXES
    shards: list[list[str]] = []
    group: list[str] = []
    for p in paths:
        path = Path(p)
        files = sorted(str(f) for f in path.rglob(glob) if f.is_file()) if path.is_dir() else [p]
        if path.is_dir() and not files:
            files = [p]  # the folder itself: its error record comes from the worker
        for f in files:
            if Path(f).suffix.lower() in RECORD_SUFFIXES:
                shards.append([f])
            else:
                group.append(f)
                if len(group) >= files_per_shard:
                    shards.append(group)
                    group = []
    if group:
        shards.append(group)
    return shards


def extract_shards(shards: list[list[str]], client, out_dir: str | Path, model: Optional[str] = None,
                   glob: str = "*.txt", encoding: Optional[str] = None, fields: Optional[Fields] = None) -> dict:
    """Process input shards on the cluster; write ``part-NNNNN.jsonl`` per
    shard and ``manifest.json`` into ``out_dir`` (shards in input order)."""
    out_dir = Path(out_dir).resolve()
    out_dir.mkdir(parents=True, exist_ok=True)
    fields = fields or Fields()
    client.register_plugin(LoadModel(model))
    t0 = time.time()
    base = os.getcwd()  # a worker started elsewhere still finds relative inputs
    futures = [client.submit(_process_shard, list(shard),
                             str(out_dir / f"part-{i:05d}.jsonl"), model, glob, encoding, fields, base,
                             key=f"quotes-shard-{i:05d}-{time.time_ns()}", pure=False)
               for i, shard in enumerate(shards)]
    parts = client.gather(futures)
    totals = {k: sum(p[k] for p in parts) for k in COUNTS}
    from .model.registry import model_version
    manifest = {"shards": parts, "totals": totals, "model": model_version(model),
                "workers": len(client.scheduler_info().get("workers", {})), "seconds": round(time.time() - t0, 2)}
    from .write import to_json
    (out_dir / "manifest.json").write_text(to_json(manifest, indent=2), encoding="utf-8")
    return manifest


def run_dask(paths: list[str], out_dir: Path, address: str, model: Optional[str] = None, glob: str = "*.txt",
             encoding: Optional[str] = None, fields: Optional[Fields] = None) -> dict:
    if "-" in paths:
        raise DaskError("--dask reads files the workers can open; stdin (-) is not one")
    if out_dir.exists() and not out_dir.is_dir():
        raise DaskError(f"{out_dir} is a file; with --dask, -o is a folder for the shards")
    client = connect(address)
    try:
        return extract_shards(plan_shards(paths, glob), client, out_dir, model, glob, encoding, fields)
    finally:
        cluster = getattr(client, "cluster", None)
        client.close()
        if cluster is not None and address == "local":
            cluster.close()


def read_shards(out_dir: str | Path) -> list[dict[str, Any]]:
    """All records of a Dask run, in shard order."""
    out_dir = Path(out_dir)
    manifest = json.loads((out_dir / "manifest.json").read_text(encoding="utf-8"))
    recs = []
    for part in manifest["shards"]:
        with open(out_dir / part["output"], encoding="utf-8") as f:
            recs.extend(json.loads(line) for line in f if line.strip())
    return recs


__all__ = ["extract_bag", "extract_shards", "run_dask", "read_shards", "plan_shards", "connect", "LoadModel",
           "DaskError", "Document"]
