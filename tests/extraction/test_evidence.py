"""Evidence from dependency paths: what a parse, right or wrong, may give ``collect``."""

from __future__ import annotations

import threading

import spacy
from spacy.tokens import Doc

from extraction.evidence import collect
from extraction.names import Entity
from extraction.units import Sentence, Unit


def _sentence(words: list[str], *, heads: list[int], deps: list[str], person: tuple[int, ...],
              org: tuple[int, ...]) -> Sentence:
    """A sentence of one person and one organisation over a parse given by hand."""
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)
    text = doc.text

    def unit(tokens: tuple[int, ...], *, label: str, tag: str) -> Unit:
        start, end = doc[tokens[0]].idx, doc[tokens[-1]].idx + len(doc[tokens[-1]])
        entity = Entity(label, text[start:end], id=text[start:end])
        return Unit(start, end, frozenset({tag}), entity=entity, tokens=tokens)

    units = [unit(person, label="PERSON", tag="P"), unit(org, label="ORG", tag="O")]
    units += [Unit(t.idx, t.idx + len(t), frozenset({"w"}), tokens=(t.i,)) for t in doc
              if t.i not in person + org]
    units.sort(key=lambda u: u.start)
    return Sentence(0, len(text), text, tuple(units), doc=doc)


def test_a_name_parsed_apart_around_its_organisation_ends() -> None:
    # a parse that hangs the given name as a conjunct of the firm and the firm under the family name: the list's
    # head above the firm is the person again, which must end the walk up the list, not loop on it
    sentence = _sentence(["Ingrid", "Halvorsen", "of", "Acme", "spoke", "."], heads=[3, 4, 3, 1, 4, 4],
                         deps=["conj", "nsubj", "case", "nmod", "ROOT", "punct"], person=(0, 1), org=(3,))
    found: list[object] = []
    walk = threading.Thread(target=lambda: found.append(collect([sentence], language="en")), daemon=True)
    walk.start()
    walk.join(timeout=20)
    assert found, "collect did not return on a parse that walks back to the person"
