"""Stanza's parser trainer, run by ``quotes models train``: ``python -m quotes.model.training.finetune ARGS``
(the arguments of ``python -m stanza.models.parser``), with two additions.

``--keep_bests DIR``: every best model the trainer saves (it overwrites one file) is also kept as
``DIR/depparse-STEP.pt``, so checkpoints of one run can be averaged afterwards (``average.py``).

``--continue_from MODEL``: fine-tune that model.

Stanza's ``--continue_from`` loads the model's weights but builds the training
data's vocabulary afresh, so any word the model has not seen indexes past its
embedding table. Here the training and dev data are read with the model's own
vocabulary (an unseen word is unknown to the word embedding, as at run time; the
character model and the pretrained vectors still see it), and the rest is Stanza's
trainer unchanged.
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path


def _model_vocab(path: str):
    import torch
    from stanza.models.pos.vocab import MultiVocab

    checkpoint = torch.load(path, lambda storage, loc: storage, weights_only=True)
    return MultiVocab.load_state_dict(checkpoint["vocab"])


def _known_relations(path: str, known: set[str]) -> None:
    """Relations the model has no label for become their base relation («obl:arg» →
    «obl»), else ``dep``: its output layer has no place for a new label."""
    lines = open(path, encoding="utf-8").read().split("\n")
    for i, line in enumerate(lines):
        cols = line.split("\t")
        if len(cols) == 10 and cols[0].isdigit() and cols[7] not in known:
            base = cols[7].split(":")[0]
            cols[7] = base if base in known else "dep"
            lines[i] = "\t".join(cols)
    open(path, "w", encoding="utf-8").write("\n".join(lines))


def _keep_bests(folder: Path, model_file: str) -> None:
    """Copy every save of the best model (not the checkpoint, saved with its optimizer) to ``folder``."""
    from stanza.models.depparse import trainer

    original = trainer.Trainer.save

    def save(self, filename, skip_modules=True, save_optimizer=False):
        original(self, filename, skip_modules=skip_modules, save_optimizer=save_optimizer)
        if not save_optimizer and Path(filename).name == model_file:
            folder.mkdir(parents=True, exist_ok=True)
            shutil.copy(filename, folder / f"depparse-{self.global_step}.pt")

    trainer.Trainer.save = save


def main(argv: list[str]) -> None:
    from stanza.models import parser

    argv = list(argv)
    if "--keep_bests" in argv:
        i = argv.index("--keep_bests")
        folder = Path(argv[i + 1])
        del argv[i:i + 2]
        _keep_bests(folder, argv[argv.index("--save_name") + 1] if "--save_name" in argv else "depparse.pt")
    if "--continue_from" not in argv:
        parser.main(argv)
        return
    vocab = _model_vocab(argv[argv.index("--continue_from") + 1])
    known = set(vocab["deprel"]._id2unit)
    for flag in ("--train_file", "--eval_file"):
        if flag in argv:
            _known_relations(argv[argv.index(flag) + 1], known)
    original = parser.DataLoader

    def data_loader(doc, batch_size, args, pretrain, vocab_=None, evaluation=False, **kw):
        return original(doc, batch_size, args, pretrain, vocab=kw.pop("vocab", None) or vocab,
                        evaluation=evaluation, **kw)

    parser.DataLoader = data_loader
    parser.main(argv)


if __name__ == "__main__":
    main(sys.argv[1:])
