"""The company a paragraph is about: a title with no organisation in its sentence ("Technikvorstand P", "said
chief financial officer P") belongs to the company the paragraph opens with, where that is not the article's
company ("Für Nordkran ist es der größte Auftrag. … Geführt wird es von den drei Vorständen A, B und C"), else to
the article's company (``decide``). A paragraph whose first sentence names no organisation opens with its second
("Zugleich drängen neue Anbieter in den Markt. Das Münchner Start-up Kidnevo sammelte …")."""

from __future__ import annotations

from collections.abc import Sequence

from .names import Entity
from .text import doc_text
from .units import Sentence

_OPENING_UNITS = 4  # a paragraph's topic stands among its first sentence's first units: "Für Nordkran ist es …"
_LEAD_SENTENCES = 2  # a paragraph that opens with the headline or the first sentence after it has no topic
# the lexicon classes of the words a paragraph may open with before its company: articles and prepositions
_OPENING_WORDS = frozenset({"det", "at", "to", "in", "of", "by", "from"})
# the tags of a plain word, capitalised or not, or of a company noun: "Das Münchner", "Der Konzern"
_DESCRIBING = frozenset({"w", "Cap", "COMPANY_NOUN", "pos:ADJ", "pos:PROPN", "pos:NOUN"})


def paragraph_topics(sentences: Sequence[Sentence]) -> dict[int, Entity]:
    """The company each sentence's paragraph opens with, by sentence index; sentences of a paragraph that
    opens with none are left out."""
    topics: dict[int, Entity] = {}
    topic: Entity | None = None
    opening: Sentence | None = None  # the sentence the paragraph opens with, while it names no organisation
    for previous, sentence in zip([None, *sentences], sentences, strict=False):
        # the headline and the lead name the article's company, which weighs more than their opening words
        lead = sentence.index < _LEAD_SENTENCES
        if previous is None or _new_paragraph(previous, sentence):
            topic = None if lead else _opening_company(sentence)
            opening = None if lead or sentence.organisations() else sentence
        elif opening is not None and previous is opening:
            topic = _opening_company(sentence)
            topics.update({opening.index: topic} if topic is not None else {})
        if topic is not None:
            topics[sentence.index] = topic
    return topics


def _new_paragraph(previous: Sentence, sentence: Sentence) -> bool:
    if sentence.doc is None:
        return False
    return "\n" in doc_text(sentence.doc)[previous.end:sentence.start]


def _opening_company(sentence: Sentence) -> Entity | None:
    """The company the sentence opens with, perhaps after an article or a preposition ("Für Nordkran ist es",
    "At Siemens, …"); not one a description puts first ("Großaktionär Advent International, der …"), nor an
    outsider's firm heading a title compound ("Northbridge-Partner P …"), nor a name in a quotation."""
    described = False  # one word may describe the company after an article: "Das Münchner Start-up Kidnevo"
    units = sentence.units
    for index, (previous, unit) in enumerate(zip([None, *units], units[:_OPENING_UNITS], strict=False)):
        if unit.is_org and unit.via == "name" and unit.entity is not None:
            # an outsider's firm heading the title of the person the sentence is about is no topic:
            # "Northbridge-Partner P zieht in den Beirat ein"
            title = units[index + 1:index + 3]
            outsider = len(title) == 2 and "HYPHEN" in title[0].tags and "TITLE:outside" in title[1].tags
            return unit.entity if unit.entity.kind == "company" and not outsider else None
        if unit.tags & _OPENING_WORDS:
            continue
        if described or previous is None or "det" not in previous.tags or not unit.tags <= _DESCRIBING:
            return None
        described = True
    return None
