"""Rebuild quotes' Stanza Arabic pipeline from ``shared/data``.

Every component is trained with Stanza's own trainer (``python -m
stanza.models.…``) in a subprocess; the trainers keep checkpoints, so an
interrupted run started again with the same ``--out`` continues where it
stopped. Wall time per component goes to ``OUT/timings.json``.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from ..splits import FILE as SPLITS_FILE
from ..splits import build_splits, count_splits, write_splits
from . import udprep

SHORTHAND = "ar_quotes"
COMPONENTS = ("tokenize", "mwt", "pos", "lemma", "depparse", "splits")
BESTS = "bests"  # the parser's best models as it saved them, by step: depparse-STEP.pt
LEGS = "legs"  # the parser's checkpoint at the end of each run, by its step count: depparse_checkpoint-STEPS.pt


@dataclass
class Settings:
    """Sizes chosen for a 2-core CPU (see MODEL.md for the measurements)."""

    tokenize_steps: int = 2000
    mwt_epochs: int = 30
    pos_steps: int = 1600
    lemma_epochs: int = 4
    depparse_steps: int = 4500
    eval_interval: int = 100
    pretrain: str | None = None  # Stanza pretrain .pt with word vectors
    threads: int = 2
    limit: int | None = None  # train on the first N sentences only (smoke tests)
    news_dir: str | None = None  # the hand-corrected news treebank (devset/treebank)
    news_weight: int = 3  # its training sentences count this many times
    start_from: str | None = None  # a model directory: components not retrained are copied from it,
    #                                and the parser continues from its weights (fine-tuning)
    seed: int | None = None  # the tagger's and parser's random seed (Stanza's own, 1234, when None)
    extra: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    def smoke(cls) -> "Settings":
        return cls(tokenize_steps=20, mwt_epochs=1, pos_steps=10, lemma_epochs=1,
                   depparse_steps=10, eval_interval=5, limit=40)


def prepare_data(ud_dir: str | Path, data_dir: str | Path, limit: int | None = None,
                 news_dir: str | Path | None = None, news_weight: int = 3) -> dict:
    """Write the converted splits (CoNLL-U, raw text, tokenizer labels). With
    ``news_dir``, the news treebank's training part joins the training split
    ``news_weight`` times over, and its frozen test part is scored as ``news``."""
    from stanza.utils.datasets import prepare_tokenizer_data

    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    merged, per_source = udprep.prepare(ud_dir)
    if news_dir is not None:
        news = udprep.load_news(news_dir)
        # every eighth training tree is a news dev part, so the checkpoint is chosen on news too
        dev = [s for i, s in enumerate(news["train"]) if i % 8 == 0]
        train = [s for i, s in enumerate(news["train"]) if i % 8 != 0]
        merged.train = merged.train + train * news_weight
        merged.dev = merged.dev + dev
        per_source["news"] = {"train": train, "dev": dev, "test": news["test"]}
    stats = {"rejected": merged.rejected}
    for part in ("train", "dev", "test"):
        sents = getattr(merged, part)
        if limit is not None:
            sents = sents[:limit] if part == "train" else sents[: max(5, limit // 4)]
        conllu = data_dir / f"{part}.conllu"
        udprep.write_conllu(sents, conllu)
        udprep.write_text(sents, data_dir / f"{part}.txt")
        prepare_tokenizer_data.main([str(data_dir / f"{part}.txt"), str(conllu),
                                     "-o", str(data_dir / f"{part}.toklabels"),
                                     "-m", str(data_dir / f"{part}-mwt.json")])
        stats[part] = {"sentences": len(sents), "words": sum(len(s.words) for s in sents)}
    for source, parts in per_source.items():
        sents = parts["test"] if limit is None else parts["test"][: max(5, limit // 4)]
        if not sents:
            continue
        udprep.write_conllu(sents, data_dir / f"test-{source}.conllu")
        udprep.write_text(sents, data_dir / f"test-{source}.txt")
    (data_dir / "stats.json").write_text(json.dumps(stats, indent=2))
    return stats


def _run(module: str, args: list[str], log: Path, threads: int) -> float:
    env = dict(os.environ, OMP_NUM_THREADS=str(threads), MKL_NUM_THREADS=str(threads))
    t0 = time.time()
    with open(log, "a", encoding="utf-8") as f:
        f.write(f"$ python -m {module} {' '.join(args)}\n")
        f.flush()
        proc = subprocess.run([sys.executable, "-m", module, *args], stdout=f, stderr=subprocess.STDOUT,
                              env=env)
    if proc.returncode != 0:
        raise RuntimeError(f"{module} failed (exit {proc.returncode}); see {log}")
    return time.time() - t0


def _vec_args(s: Settings) -> list[str]:
    return ["--wordvec_pretrain_file", s.pretrain] if s.pretrain else ["--no_pretrain"]


def _seed_args(s: Settings) -> list[str]:
    """Another seed is another draw of the same recipe: initial weights, dropout and batch order."""
    return ["--seed", str(s.seed)] if s.seed is not None else []


def component_args(component: str, data: Path, out: Path, s: Settings) -> tuple[str, list[str]]:
    common = ["--shorthand", SHORTHAND, "--save_dir", str(out)]
    if component == "tokenize":
        return "stanza.models.tokenizer", common + [
            "--mode", "train", "--lang", "ar",
            "--txt_file", str(data / "train.txt"), "--label_file", str(data / "train.toklabels"),
            "--mwt_json_file", str(data / "train-mwt.json"),
            "--dev_txt_file", str(data / "dev.txt"), "--dev_label_file", str(data / "dev.toklabels"),
            "--dev_conll_gold", str(data / "dev.conllu"), "--conll_file", str(out / "tokenize.dev.pred.conllu"),
            "--steps", str(s.tokenize_steps), "--eval_steps", str(max(s.eval_interval, 10)),
            "--save_name", "tokenizer.pt", "--use_mwt"]
    if component == "mwt":
        return "stanza.models.mwt_expander", common + [
            "--mode", "train", "--lang", "ar",
            "--train_file", str(data / "train.conllu"), "--eval_file", str(data / "dev.conllu"),
            "--gold_file", str(data / "dev.conllu"), "--output_file", str(out / "mwt.dev.pred.conllu"),
            "--num_epoch", str(s.mwt_epochs), "--save_name", "mwt.pt"]
    if component == "pos":
        return "stanza.models.tagger", common + [
            "--mode", "train", "--lang", "ar",
            "--train_file", str(data / "train.conllu"), "--eval_file", str(data / "dev.conllu"),
            "--output_file", str(out / "pos.dev.pred.conllu"),
            "--max_steps", str(s.pos_steps), "--eval_interval", str(s.eval_interval),
            "--hidden_dim", "200", "--deep_biaff_hidden_dim", "128",
            "--composite_deep_biaff_hidden_dim", "50", "--batch_size", "32",
            "--save_name", "pos.pt", *_vec_args(s), *_seed_args(s)]
    if component == "lemma":
        return "stanza.models.lemmatizer", common + [
            "--mode", "train",
            "--train_file", str(data / "train.conllu"), "--eval_file", str(data / "dev.conllu"),
            "--output_file", str(out / "lemma.dev.pred.conllu"),
            "--num_epoch", str(s.lemma_epochs), "--save_name", "lemma.pt"]
    if component == "depparse":
        return "stanza.models.parser", common + [
            "--mode", "train", "--lang", "ar",
            "--train_file", str(data / "train.tagged.conllu"), "--eval_file", str(data / "dev.tagged.conllu"),
            "--output_file", str(out / "depparse.dev.pred.conllu"),
            "--max_steps", str(s.depparse_steps), "--eval_interval", str(s.eval_interval),
            "--hidden_dim", "200", "--deep_biaff_hidden_dim", "128", "--deep_biaff_output_dim", "100",
            "--batch_size", "1500", "--checkpoint_interval", str(max(s.eval_interval, 100)),
            "--save_name", "depparse.pt", *_vec_args(s), *_seed_args(s)]
    raise ValueError(component)


def retag(data: Path, out: Path, s: Settings, log: Path) -> float:
    """Parser training data carries the tagger's predicted tags, as at run time."""
    t = 0.0
    for part in ("train", "dev"):
        t += _run("stanza.models.tagger", [
            "--mode", "predict", "--lang", "ar", "--shorthand", SHORTHAND,
            "--save_dir", str(out), "--save_name", "pos.pt",
            "--eval_file", str(data / f"{part}.conllu"),
            "--output_file", str(data / f"{part}.tagged.conllu"), *_vec_args(s)], log, s.threads)
    return t


def train(out: str | Path, ud_dir: str | Path, components=COMPONENTS, settings: Settings | None = None) -> dict:
    s = settings or Settings()
    out = Path(out)
    data = out / "data"
    out.mkdir(parents=True, exist_ok=True)
    if not (data / "stats.json").exists():
        prepare_data(ud_dir, data, s.limit, s.news_dir, s.news_weight)
    if s.start_from:
        for comp in COMPONENTS:
            source = Path(s.start_from) / _save_name(comp)
            if comp not in components and not (out / _save_name(comp)).exists() and source.exists():
                shutil.copy(source, out / _save_name(comp))
    timings = {}
    for comp in components:
        done = out / f"{comp}.seconds"
        steps = out / f"{comp}.steps"  # the parser's step count, so a longer run resumes it
        longer = comp == "depparse" and steps.exists() and s.depparse_steps > int(steps.read_text())
        if (out / _save_name(comp)).exists() and done.exists() and not longer:
            timings[comp] = float(done.read_text())
            continue  # finished in an earlier run
        log = out / f"{comp}.log"
        t = 0.0
        if comp == "splits":  # no trainer: counted from the training trees
            t0 = time.time()
            sentences = udprep.read_conllu(data / "train.conllu")
            counts = count_splits(sentences)
            write_splits(build_splits(counts), counts, out / _save_name(comp),
                         "the training part (" + ", ".join(sorted({_source(s) for s in sentences})) + ")")
            timings[comp] = round(time.time() - t0, 1)
            done.write_text(str(timings[comp]))
            continue
        if comp == "depparse":
            t += retag(data, out, s, log)
        module, args = component_args(comp, data, out, s)
        if comp == "depparse":  # Stanza's trainer, each best kept in OUT/bests (``average`` reads them)
            module = "quotes.model.training.finetune"
            args += ["--keep_bests", str(out / BESTS)]
            if s.start_from:  # fine-tune, with the model's vocabulary
                args += ["--continue_from", str(Path(s.start_from) / _save_name(comp))]
        t += _run(module, args + s.extra.get(comp, []), log, s.threads)  # Stanza resumes from its checkpoint
        timings[comp] = round(t + (float(done.read_text()) if longer else 0.0), 1)
        done.write_text(str(timings[comp]))
        if comp == "depparse":
            steps.write_text(str(s.depparse_steps))
            _keep_leg(out, s.depparse_steps)
    if s.pretrain:
        shutil.copy(s.pretrain, out / "pretrain.pt")
    return timings


def _keep_leg(out: Path, steps: int) -> None:
    """Keep the parser's checkpoint as this run left it. A run resumed from a checkpoint draws its batches
    afresh, so where a longer training was resumed is part of its recipe (session 47's parser: 2,000, then
    3,000, then 4,000 steps); a rebuild can start again from any leg kept here (copy it back to
    ``depparse_checkpoint.pt`` and ask for the next step count)."""
    checkpoint = out / "depparse_checkpoint.pt"
    if checkpoint.exists():
        (out / LEGS).mkdir(exist_ok=True)
        shutil.copy(checkpoint, out / LEGS / f"depparse_checkpoint-{steps}.pt")


def _save_name(comp: str) -> str:
    return {"tokenize": "tokenizer.pt", "mwt": "mwt.pt", "pos": "pos.pt", "lemma": "lemma.pt",
            "depparse": "depparse.pt", "splits": SPLITS_FILE}[comp]


def _source(s: udprep.Sentence) -> str:
    """Where a prepared sentence comes from: padt, pud, news, or the UD documentation's examples
    (whose ``# source`` is the page they come from)."""
    src = s.comment("source")
    return src if src in ("padt", "pud", "news") else "UD documentation examples"
