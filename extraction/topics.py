"""The company a paragraph is about: a title with no organisation in its sentence ("Technikvorstand P", "said
chief financial officer P") belongs to the company the paragraph opens with, where that is not the article's
company ("Für Nordkran ist es der größte Auftrag. … Geführt wird es von den drei Vorständen A, B und C"), else to
the article's company (``decide``). A paragraph whose first sentence names no organisation opens with its second
("Zugleich drängen neue Anbieter in den Markt. Das Münchner Start-up Kidnevo sammelte …"); one whose first sentence
names one company past its opening and no person is about that company ("Am selben Tag meldete das Berliner
Start-up Lottiq …")."""

from __future__ import annotations

from collections.abc import Sequence

from .lexicon import lexicon
from .names import Entity
from .text import doc_text
from .units import Sentence

_OPENING_UNITS = 4  # a paragraph's topic stands among its first sentence's first units: "Für Nordkran ist es …"
_LEAD_SENTENCES = 2  # a paragraph that opens with the headline or the first sentence after it has no topic
# the lexicon classes of the words a paragraph may open with before its company: articles and prepositions
_OPENING_WORDS = frozenset({"det", "at", "to", "in", "of", "by", "from"})
_PREPOSITIONS = _OPENING_WORDS - {"det"}
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
            topic = None if lead else _opening_company(sentence) or _only_company(sentence)
            # a person the opening sentence names is what it is about, no company a later sentence names: "„Wir
            # bringen zwei Werften zusammen“, sagte Vorstandschefin P. Lariano kam 2024 auf …"
            opening = None if lead or sentence.organisations() or sentence.people() else sentence
        elif opening is not None and previous is opening:
            topic = _opening_company(sentence)
            topics.update({opening.index: topic} if topic is not None else {})
        if topic is not None:
            topics[sentence.index] = topic
    return topics


def _only_company(sentence: Sentence) -> Entity | None:
    """The one company a paragraph's first sentence names, where it names no person ("Am selben Tag meldete das
    Berliner Start-up Lottiq den Abschluss einer Finanzierungsrunde"): what the paragraph goes on about."""
    # one the opening passed over is no topic: "Großaktionär Thales, der 22 Prozent hält, stimmte zu"
    later = [u for u in sentence.units[_OPENING_UNITS:] if u.is_org and u.entity is not None]
    # by its name: a reference ("The reinsurer also reshuffled its top team") is only as good as its resolution
    companies = {id(u.entity): u.entity for u in later if u.entity.kind == "company" and u.via == "name"}
    alone = len(companies) == 1 and len(later) == len(sentence.organisations()) and not sentence.people()
    return next(iter(companies.values())) if alone and not _names_an_owner(sentence) else None


def _names_an_owner(sentence: Sentence) -> bool:
    """Whether the sentence calls something an owner or backer ("Größter Aktionär ist die Beteiligungsgesellschaft
    X"): a company introduced as someone's investor is no topic."""
    if sentence.doc is None:
        return False
    owners = lexicon(sentence.doc.lang_).words("owner_nouns")
    text = doc_text(sentence.doc)
    return any(text[u.start:u.end].lower().endswith(tuple(owners)) for u in sentence.units if "w" in u.tags)


def _new_paragraph(previous: Sentence, sentence: Sentence) -> bool:
    if sentence.doc is None:
        return False
    return "\n" in doc_text(sentence.doc)[previous.end:sentence.start]


def _opening_company(sentence: Sentence) -> Entity | None:
    """The company the sentence opens with, perhaps after an article or a preposition ("Für Nordkran ist es",
    "At Siemens, …"), or by a reference to it ("Son directeur général"); not one a description puts first
    ("Großaktionär Advent International, der …"), nor an outsider's firm heading a title compound
    ("Northbridge-Partner P …"), nor a name in a quotation."""
    described = False  # one word may describe the company after an article: "Das Münchner Start-up Kidnevo"
    units = sentence.units
    for index, (previous, unit) in enumerate(zip([None, *units], units[:_OPENING_UNITS], strict=False)):
        # a reference opening the paragraph names its firm too: "Son directeur général, P, vient de nommer …", also
        # after a preposition and its article, "Bei dem sächsischen Betrieb ändert sich auch die Führung" (a subject
        # "The company" is mostly the article's company, which needs no topic)
        opens = index == 0 or (bool(units[0].tags & _PREPOSITIONS)
                               and all(u.tags & _OPENING_WORDS for u in units[:index]))
        if unit.is_org and unit.entity is not None and (unit.via == "name" or (opens and unit.via == "reference")):
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
