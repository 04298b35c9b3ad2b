"""Train the NewsLens German NER pipeline on GermEval 2014 (outer level).

Steps:

1. convert the GermEval 2014 train split (3-column IOB2, pre-2022 release) and
   the dev split (official 4-column TSV) into spaCy DocBin files under
   ``training/corpus/`` (git-ignored). Outer tags only; ``*deriv`` and
   ``*part`` become O, OTH becomes MISC. The test splits are never read here.
2. run ``spacy train`` with ``training/de_ner.cfg`` (the custom architecture
   from ``extraction/subword_embed.py`` is passed with ``--code``), stopping
   after ``--max-steps`` or ``--time-limit`` seconds, whichever comes first;
   spaCy keeps the best-on-dev pipeline in ``<work-dir>/model-best`` at every
   evaluation, so a stopped run still leaves a usable model.
3. copy that best pipeline to ``--output`` with a rule-based ``sentencizer``
   added (last: the entity recogniser never crosses a sentence start) and
   metadata filled in.

``--with-dev`` trains the final model once the configuration is chosen: the dev
split joins the training data, training runs for the ``--training.max_steps``
that the selection run found best, and the last checkpoint is kept (dev scores
of such a model mean nothing and are not reported).

Example (from the repository root)::

    OMP_NUM_THREADS=1 /work/venv/bin/python training/train_de_ner.py --time-limit 2400
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin
from thinc.api import Config

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
DEFAULT_TRAIN = SHARED / "train" / "germeval2014" / "germ.train.iob2"
DEFAULT_DEV = SHARED / "eval" / "germeval2014" / "NER-de-dev.tsv"
DEFAULT_CONFIG = REPO / "training" / "de_ner.cfg"
DEFAULT_CORPUS = REPO / "training" / "corpus"
DEFAULT_WORK = REPO / "training" / "output" / "de_ner"
DEFAULT_OUTPUT = REPO / "models" / "de_newslens_ner"
CODE = REPO / "extraction" / "subword_embed.py"

LABEL_MAP = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "OTH": "MISC"}
# Pre-2022 encoding quirks: soft hyphens and Windows-1252 bytes read as C1 controls.
CHAR_FIXES = {"\u00ad": "", "\u0096": "–", "\u0092": "’", "\u0094": "”", "\u0093": "“", "\u0080": "€"}
Sentence = tuple[list[str], list[str]]


def clean_token(token: str) -> str:
    """Apply the 2022 encoding fixes (delete U+00AD, U+0096 -> '–', a few more cp1252 bytes)."""
    for bad, good in CHAR_FIXES.items():
        token = token.replace(bad, good)
    return token or "-"


def map_tags(tags: Iterable[str]) -> list[str]:
    """Outer GermEval tags -> IOB2 with PER/ORG/LOC/MISC; *deriv/*part -> O; repairs orphan I- tags."""
    out: list[str] = []
    prev = "O"
    for tag in tags:
        prefix, _, raw = tag.partition("-")
        label = LABEL_MAP.get(raw) if prefix in ("B", "I") else None
        if label is None:
            new = "O"
        elif prefix == "I" and prev in (f"B-{label}", f"I-{label}"):
            new = f"I-{label}"
        else:
            new = f"B-{label}"
        out.append(new)
        prev = new
    return out


def read_train(path: Path) -> Iterator[Sentence]:
    """Sentences of the 3-column train file (token, outer, nested). '#' lines are tokens here."""
    yield from _read_blocks(path, token_col=0, tag_col=1, skip_comments=False)


def read_dev(path: Path) -> Iterator[Sentence]:
    """Sentences of the official 4-column TSV (index, token, outer, nested) with '#' comment lines."""
    yield from _read_blocks(path, token_col=1, tag_col=2, skip_comments=True)


def _read_blocks(path: Path, *, token_col: int, tag_col: int, skip_comments: bool) -> Iterator[Sentence]:
    words: list[str] = []
    tags: list[str] = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            line = line.rstrip("\n")
            if skip_comments and line.startswith("#\t"):
                continue
            if not line.strip():
                if words:
                    yield words, map_tags(tags)
                words, tags = [], []
                continue
            cols = line.split("\t")[:4]
            words.append(clean_token(cols[token_col]))
            tags.append(cols[tag_col])
    if words:
        yield words, map_tags(tags)


def entity_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, label) token spans of an IOB2 tag sequence."""
    spans: list[tuple[int, int, str]] = []
    for i, tag in enumerate(tags):
        if tag.startswith("B-"):
            spans.append((i, i + 1, tag[2:]))
        elif tag.startswith("I-") and spans and spans[-1][1] == i:
            spans[-1] = (spans[-1][0], i + 1, spans[-1][2])
    return spans


def augment(sentences: list[Sentence], *, copies: int, prob: float = 0.8, seed: int = 0) -> list[Sentence]:
    """Mention replacement: copies of the sentences that have entities, each entity swapped (with
    probability ``prob``) for a random mention of the same label from the same data, so that the
    model learns types from context instead of memorising names."""
    mentions: dict[str, list[list[str]]] = {}
    for words, tags in sentences:
        for start, end, label in entity_spans(tags):
            mentions.setdefault(label, []).append(words[start:end])
    rng = random.Random(seed)
    out: list[Sentence] = []
    for _ in range(copies):
        for words, tags in sentences:
            spans = entity_spans(tags)
            if spans:
                out.append(_replace_mentions(words, tags, spans, mentions, rng, prob))
    return out


def _replace_mentions(
    words: list[str], tags: list[str], spans: list[tuple[int, int, str]],
    mentions: dict[str, list[list[str]]], rng: random.Random, prob: float,
) -> Sentence:
    new_words: list[str] = []
    new_tags: list[str] = []
    pos = 0
    for start, end, label in spans:
        new_words += words[pos:start]
        new_tags += tags[pos:start]
        mention = rng.choice(mentions[label]) if rng.random() < prob else words[start:end]
        new_words += mention
        new_tags += [f"B-{label}"] + [f"I-{label}"] * (len(mention) - 1)
        pos = end
    return new_words + words[pos:], new_tags + tags[pos:]


def to_docbin(sentences: Iterable[Sentence]) -> DocBin:
    """One Doc per sentence, gold tokens joined by single spaces (as the scorer does)."""
    vocab = spacy.blank("de").vocab
    docbin = DocBin(store_user_data=False)
    for words, tags in sentences:
        docbin.add(Doc(vocab, words=words, spaces=[True] * len(words), ents=tags))
    return docbin


def convert(*, train: Path, dev: Path, corpus: Path, augment_copies: int = 0,
            with_dev: bool = False) -> tuple[Path, Path]:
    """Write train.spacy (plus ``augment_copies`` mention-replaced copies, plus the dev sentences
    ``with_dev``) and dev.spacy; return paths."""
    corpus.mkdir(parents=True, exist_ok=True)
    paths = corpus / ("train_dev.spacy" if with_dev else "train.spacy"), corpus / "dev.spacy"
    train_sents = list(read_train(train))
    train_sents += augment(train_sents, copies=augment_copies)
    if with_dev:
        train_sents += list(read_dev(dev))
    for sents, source, target in ((train_sents, train, paths[0]), (read_dev(dev), dev, paths[1])):
        docbin = to_docbin(sents)
        docbin.to_disk(target)
        print(f"{source.name}: {len(docbin)} sentences -> {target}", flush=True)
    return paths


def run_spacy_train(
    *, config: Path, train: Path, dev: Path, work_dir: Path, time_limit: int, overrides: list[str],
    last: bool = False,
) -> Path:
    """Run ``spacy train`` in a subprocess, killed after ``time_limit`` seconds; return model-best
    (model-last when ``last``)."""
    cmd = [sys.executable, "-m", "spacy", "train", str(config), "--output", str(work_dir),
           "--code", str(CODE), "--paths.train", str(train), "--paths.dev", str(dev), *overrides]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    print(" ".join(cmd), flush=True)
    try:
        subprocess.run(cmd, check=True, timeout=time_limit, env=env, cwd=REPO)
    except subprocess.TimeoutExpired:
        print(f"time limit of {time_limit}s reached; using the best model so far", flush=True)
    best = work_dir / ("model-last" if last else "model-best")
    if not best.exists():
        raise SystemExit(f"no {best}: training stopped before its first evaluation")
    return best


def finalize(*, best: Path, output: Path) -> None:
    """Copy the best pipeline to ``output`` with a sentencizer and project metadata."""
    import extraction.subword_embed  # noqa: F401  (registers the architecture for spacy.load)

    nlp = spacy.load(best)
    if "sentencizer" in nlp.pipe_names:
        nlp.remove_pipe("sentencizer")
    nlp.add_pipe("sentencizer", last=True)  # after the entity recogniser, which never crosses a sentence start
    nlp.meta.update(
        name="newslens_ner",
        version="0.1.0",
        description="German NER (PER, ORG, LOC, MISC) trained on GermEval 2014; "
        "needs `import extraction.subword_embed` before spacy.load().",
        license="CC BY 4.0 (training data)",
        sources=[{"name": "GermEval 2014 NER (NoSta-D)", "url": "https://sites.google.com/site/germeval2014ner/",
                  "license": "CC BY 4.0", "author": "Benikova, Biemann, Reznicek (2014), LREC 2014"}],
    )
    readme = (output / "README.md").read_text(encoding="utf-8") if (output / "README.md").exists() else None
    if output.exists():
        shutil.rmtree(output)
    nlp.to_disk(output)
    if readme is not None:  # the model card is written by hand; keep it
        (output / "README.md").write_text(readme, encoding="utf-8")
    _clear_paths(output / "config.cfg")
    _without_corpus_strings(output, labels=nlp.get_pipe("ner").labels)
    print(f"wrote {output} ({_size_mb(output):.1f} MB)", flush=True)


def _without_corpus_strings(output: Path, *, labels: Iterable[str]) -> None:
    """Keep only the entity labels in the shipped string store. spaCy saves every string it saw in training,
    i.e. the corpus's word list; the model never needs it (its features are hashed from the text at run time,
    and the strings of new text are added as it is read), so the training data's vocabulary is not shipped."""
    (output / "vocab" / "strings.json").write_text(json.dumps(sorted(labels)), encoding="utf-8")


def _clear_paths(config_path: Path) -> None:
    """Drop the machine-specific corpus paths from the shipped config (training-only settings)."""
    config = Config().from_disk(config_path, interpolate=False)
    for key in ("train", "dev"):
        config["paths"][key] = None
    config.to_disk(config_path)


def _size_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Command-line options; extra ``--section.key value`` pairs are passed on to spacy train."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--train", type=Path, default=DEFAULT_TRAIN, help="GermEval 2014 germ.train.iob2")
    ap.add_argument("--dev", type=Path, default=DEFAULT_DEV, help="GermEval 2014 NER-de-dev.tsv")
    ap.add_argument("--config", type=Path, default=DEFAULT_CONFIG)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="where the .spacy files go")
    ap.add_argument("--work-dir", type=Path, default=DEFAULT_WORK, help="spacy train output dir")
    ap.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="final pipeline dir")
    ap.add_argument("--time-limit", type=int, default=2400, help="seconds of training at most")
    ap.add_argument("--augment", type=int, default=0,
                    help="mention-replaced copies of the train sentences to add (0 = none)")
    ap.add_argument("--convert-only", action="store_true", help="only write the .spacy files")
    ap.add_argument("--finalize-only", action="store_true", help="only copy <work-dir>/model-best")
    ap.add_argument("--with-dev", action="store_true",
                    help="final model: train on train+dev for --training.max_steps, keep the last checkpoint")
    args, overrides = ap.parse_known_args(argv)
    args.overrides = overrides
    return args


def main(argv: list[str] | None = None) -> int:
    """Convert, train, finalize (see the module docstring)."""
    args = parse_args(argv)
    sys.path.insert(0, str(REPO))
    if args.finalize_only:
        finalize(best=args.work_dir / "model-best", output=args.output)
        return 0
    if args.with_dev and not any(o.startswith("--training.max_steps") for o in args.overrides):
        raise SystemExit("--with-dev needs --training.max_steps (the best step of the selection run)")
    train, dev = convert(train=args.train, dev=args.dev, corpus=args.corpus, augment_copies=args.augment,
                         with_dev=args.with_dev)
    if args.convert_only:
        return 0
    best = run_spacy_train(config=args.config, train=train, dev=dev, work_dir=args.work_dir,
                           time_limit=args.time_limit, overrides=args.overrides, last=args.with_dev)
    finalize(best=best, output=args.output)
    print(json.dumps(json.loads((args.output / "meta.json").read_text()).get("performance", {})), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
