"""Build ``extraction/data/de_nouns.txt``: capitalised German words that GermEval 2014 uses only outside
names. German capitalises every noun, and the lookup lemma table of ``spacy-lookups-data`` misses many
("Physik", "Rechenleistung"), so without this list such a noun could be taken for an unknown name.

    python training/german_nouns.py [--train ../shared/train/germeval2014/germ.train.iob2]

A word is kept when it is seen at least twice inside a sentence (not first, not after a quote or colon,
where any word is capitalised), never inside a name of any kind, and is alphabetic with four or more
letters. GermEval 2014 is CC BY 4.0 (Benikova, Biemann, Reznicek); the list states that in its header.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRAIN = ROOT.parent / "shared" / "train" / "germeval2014" / "germ.train.iob2"
OUTPUT = ROOT / "extraction" / "data" / "de_nouns.txt"
_OPENS_A_CLAUSE = set('.!?:"„“»«')
_LEAST_SEEN = 2
_SHORTEST = 4
HEADER = """\
# Capitalised German words that GermEval 2014 (CC BY 4.0: Benikova, Biemann, Reznicek) uses only outside
# names: common nouns, so never a name on their own. Built by training/german_nouns.py; do not edit.
"""


def common_nouns(lines: list[str]) -> list[str]:
    """The words, sorted, from the lines of an IOB2 file (token, outer tag, inner tag)."""
    outside, inside = Counter(), Counter()
    opens = True
    for line in lines:
        columns = line.rstrip("\n").split("\t")
        if len(columns) < 2 or not columns[0]:  # a blank line ends a sentence
            opens = True
            continue
        word, tag = columns[0], columns[1]
        if tag != "O":
            inside[word] += 1
        elif not opens and word[:1].isupper():
            outside[word] += 1
        opens = word in _OPENS_A_CLAUSE
    return sorted(word for word, seen in outside.items()
                  if seen >= _LEAST_SEEN and not inside[word] and word.isalpha() and len(word) >= _SHORTEST)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--train", type=Path, default=TRAIN)
    args = parser.parse_args()
    words = common_nouns(args.train.read_text("utf-8").splitlines())
    OUTPUT.write_text(HEADER + "\n".join(words) + "\n", "utf-8")
    print(f"{len(words)} words -> {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
