"""Run a NER pipeline over a text file, one document per line, and print JSON Lines.

Each output line is ``{"entities": [{"start", "end", "label", "text"}]}`` with
character offsets into that input line, as ``shared/tools/ner_eval.py`` expects.
PER is reported as PERSON (the project's contract label).

    python training/predict_jsonl.py --model models/de_newslens_ner input.txt
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import spacy

REPO = Path(__file__).resolve().parent.parent
LABELS = {"PER": "PERSON"}


def load(model: str) -> spacy.language.Language:
    """Load the pipeline after registering the custom architectures."""
    sys.path.insert(0, str(REPO))
    import extraction.subword_embed  # noqa: F401  (registers newslens.* architectures)

    return spacy.load(model)


def predict(nlp: spacy.language.Language, lines: list[str], *, batch_size: int = 256) -> Iterator[dict]:
    """One {"entities": [...]} record per line."""
    for doc in nlp.pipe(lines, batch_size=batch_size):
        ents = [{"start": e.start_char, "end": e.end_char, "label": LABELS.get(e.label_, e.label_),
                 "text": e.text} for e in doc.ents]
        yield {"entities": ents}


def main(argv: list[str] | None = None) -> int:
    """Read the input file, print one JSON object per line."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("input", type=Path)
    ap.add_argument("--model", default=str(REPO / "models" / "de_newslens_ner"))
    ap.add_argument("--batch-size", type=int, default=256)
    args = ap.parse_args(argv)
    nlp = load(args.model)
    lines = args.input.read_text(encoding="utf-8").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    out = sys.stdout
    for record in predict(nlp, lines, batch_size=args.batch_size):
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
