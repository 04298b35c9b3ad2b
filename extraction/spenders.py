"""Whose money an amount is: the organisation its clause makes the spender or receiver, not the
article's company by default, so that several companies in one article each get their own figures.

In order: an owner the words mark ("bei Infineon", "chez Safran", "at Samsung", "Mercks Umsatz",
"Samsung's R&D"); where the pipeline parses (English, French), the possessor of the noun the amount
belongs to and the subject of its verb, climbing through "said that", "plans to" and coordinated verbs
("Samsung spent ... and has pledged to invest ..."), the valued object where the subject is no
organisation ("The round valued the company at ..."); else the clause's first organisation that no
preposition governs (its subject, in German word order); else the sentence's nearest such one. An
investor, lender or
source ("led by Lakestar", "accordé par la BEI", "berichtete die Zeitung X") is never the spender, nor an
organisation in a relative clause that does not hold the amount. Names and references ("the company",
"der Konzern", "its") count alike: they are the sentence's organisation units (``units``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from .clauses import embedded, outside
from .lexicon.amounts import cue_regex, figure_words
from .names import Entity
from .units import Sentence, Unit

_SUBJECTS = ("nsubj", "nsubj:pass", "nsubjpass", "csubj")
_OBJECTS = ("dobj", "obj")
_POSSESSORS = ("poss", "nmod:poss")
# Dependencies through which the spender of a lower verb is a higher one's: "said it would invest",
# "plans to invest", "spent ... and has pledged to invest", "prévoit d'investir".
_CLIMB = ("xcomp", "ccomp", "conj", "advcl", "acl", "relcl", "acl:relcl", "pobj", "pcomp", "prep", "obl", "obl:mod",
          "obl:arg", "nmod", "dobj", "obj", "iobj", "dative", "attr", "oprd", "appos", "compound", "nummod", "quantmod",
          "npadvmod", "advmod", "amod", "case")
_CLIMB_LIMIT = 12  # tokens up the tree
_REACH = 45  # characters before an organisation where the words that make it an investor may stand


@dataclass(frozen=True)
class _Patterns:
    not_spender: re.Pattern[str]  # just before an investor, lender or source
    owner: re.Pattern[str]  # just before an owner: "bei", "chez", "at"
    governed: re.Pattern[str]  # a preposition heading the phrase an organisation ends
    genitive: re.Pattern[str]  # just after an owner: "Mercks Umsatz", "Samsung's"


@lru_cache(maxsize=8)
def _patterns(language: str) -> _Patterns:
    words = figure_words(language).organisations
    return _Patterns(
        not_spender=re.compile(rf"(?<!\w)(?:{cue_regex(words.get('not_spender_before', ()))})(?: [\w-]+){{0,2}}\s+$",
                               re.IGNORECASE),
        owner=re.compile(rf"(?<!\w)(?:{cue_regex(words.get('owner_before', ()))})\s+$", re.IGNORECASE),
        # a preposition, lowercase words (articles, adjectives) and at most one noun: "zum chinesischen
        # Hausgerätekonzern Midea", "auprès du constructeur Renault"; not "aus Investorenkreisen wird Lumora"
        governed=re.compile(rf"(?<![\w'’])(?i:{cue_regex(words.get('prepositions', ()))})(?:\s+|(?<=['’]))"
                            r"(?:[^\W\d_A-ZÄÖÜÉÈ][\w-]*\s+){0,3}(?:[A-ZÄÖÜÉÈ][\w-]*\s+)?$"),
        genitive=re.compile(r"^(?:s|['’]s?)\s+\w"),
    )


def spender(start: int, end: int, *, sentence: Sentence, clause: tuple[int, int], sentences: Sequence[Sentence],
            text: str, language: str, main_company: Entity | None) -> Entity | None:
    """The organisation whose money ``text[start:end]`` is (see the module's docstring); else the company of
    the two sentences before, else the company the article is about."""
    candidates = _candidates(sentence, amount=start, text=text, language=language)
    in_clause = [u for u in candidates if clause[0] <= u.start < clause[1]]
    found = _marked(in_clause, text=text, language=language)
    if found is None:
        found, named = _by_parse(start, end, sentence=sentence, candidates=candidates)
        if found is None and not named:  # a subject the parse names but we know no organisation for: no guess
            found = (_first_free(in_clause, text=text, language=language)
                     or _nearest(start, end, _free(candidates, text=text, language=language)))
    if found is not None:
        return found.entity
    for earlier in reversed(sentences[max(0, sentence.index - 2):sentence.index]):
        companies = [u.entity for u in earlier.organisations() if u.entity.kind == "company"
                     and not _gives(u, text=text, language=language)]
        if companies:
            return main_company if main_company in companies else companies[-1]
    if any(u.entity is main_company and _gives(u, text=text, language=language) for u in sentence.organisations()):
        return None  # the article's company is the investor, lender or source here
    return main_company


def _candidates(sentence: Sentence, *, amount: int, text: str, language: str) -> list[Unit]:
    """The sentence's companies that may spend or receive money: no investor, lender or source, none in a
    relative clause without the amount, no former employer in brackets or "ex-"."""
    relative = embedded((sentence.start, sentence.end), text=text, language=language)
    return [u for u in sentence.organisations() if u.entity.kind == "company"
            and not _gives(u, text=text, language=language, floor=sentence.start)
            and not re.search(r"(?:\(|ex-)\s*$", text[max(0, u.start - 5):u.start])
            and not outside(u.start, of=amount, clauses=relative)]


def _gives(unit: Unit, *, text: str, language: str, floor: int = 0) -> bool:
    """Whether an organisation invests, lends or reports the money rather than spending it: "led by X",
    "accordé par X", "berichtete die Zeitung X"."""
    return bool(_patterns(language).not_spender.search(text[max(floor, unit.start - _REACH):unit.start]))


def _marked(units: Sequence[Unit], *, text: str, language: str) -> Unit | None:
    """An owner its words mark: "bei X", "chez X", "at X", a genitive "Xs Umsatz", "X's revenue"."""
    patterns = _patterns(language)
    return next((u for u in units if patterns.owner.search(text[max(0, u.start - 10):u.start])
                 or (u.via == "name" and patterns.genitive.match(text[u.end:u.end + 4]))), None)


def _by_parse(start: int, end: int, *, sentence: Sentence, candidates: Sequence[Unit]) -> tuple[Unit | None, bool]:
    """The owner the dependency parse gives: climbing from the amount, the possessor of a noun on the way,
    the subject of a verb (through "said", "plans to", coordinated verbs), else the verb's object where the
    subject is a thing ("The round valued the company at ..."). The second value says whether the parse
    named a subject that is no organisation we know ("In February, Kaneshiro paid ..." where Kaneshiro was
    not recognised): then no other organisation of the sentence is to be guessed."""
    doc = sentence.doc
    if doc is None or not doc.has_annotation("DEP"):
        return None, False
    by_token = {i: unit for unit in candidates for i in unit.tokens}
    node = _head_of(doc, start, end)
    for _ in range(_CLIMB_LIMIT):
        if node is None:
            break
        owner = _owner_at(node, by_token=by_token)
        if owner is not None:
            return owner, True
        subjects = [c for c in node.children if c.dep_ in _SUBJECTS]
        if subjects and not _climbs(node):
            return None, any(s.pos_ == "PROPN" for s in subjects)
        if node.head.i == node.i or node.dep_ not in _CLIMB:
            break
        node = node.head
    return None, False


def _head_of(doc: Doc, start: int, end: int) -> Token | None:
    """The amount's token whose head lies outside the amount."""
    span = doc.char_span(start, end, alignment_mode="expand")  # a binary search, not a scan of the doc
    tokens = [t for t in span if start <= t.idx < end] if span is not None else []
    return next((t for t in tokens if not start <= t.head.idx < end or t.head.i == t.i), None)


def _owner_at(node: Token, *, by_token: dict[int, Unit]) -> Unit | None:
    """An organisation that owns what ``node`` is: its possessor, or if it is a verb, its subject (or that
    subject's possessor), else its object where the subject is no organisation."""
    children = list(node.children)
    for child in children:
        if child.dep_ in _POSSESSORS and child.i in by_token:
            return by_token[child.i]
    subjects = [c for c in children if c.dep_ in _SUBJECTS]
    for subject in subjects:
        if subject.i in by_token:
            return by_token[subject.i]
        owner = next((by_token[c.i] for c in subject.children if c.dep_ in _POSSESSORS and c.i in by_token), None)
        if owner is not None:
            return owner
    # "The round valued the company at ...", "a round that values it at ...": a thing, not a name, as subject
    if any(s.pos_ in ("NOUN", "PRON") for s in subjects):
        return next((by_token[c.i] for c in children if c.dep_ in _OBJECTS and c.i in by_token), None)
    return None


def _climbs(node: Token) -> bool:
    """Whether the spender of ``node``'s clause may be the one of the clause above ("said that revenue rose",
    "and has pledged to invest")."""
    return node.dep_ in ("ccomp", "conj", "xcomp", "advcl") and node.head.i != node.i


def _first_free(units: Sequence[Unit], *, text: str, language: str) -> Unit | None:
    """The clause's first organisation that no preposition governs: its subject in German word order
    ("Midea hatte Kuka für 4,5 Mrd. Euro übernommen")."""
    free = _free(units, text=text, language=language)
    return free[0] if free else None


def _free(units: Sequence[Unit], *, text: str, language: str) -> list[Unit]:
    """The organisations no preposition governs ("für die Firma", "auprès du constructeur X" are adjuncts)."""
    governed = _patterns(language).governed
    return [u for u in units if not governed.search(text[max(0, u.start - 40):u.start])]


def _nearest(start: int, end: int, units: Sequence[Unit]) -> Unit | None:
    before = [u for u in units if u.end <= start]
    after = [u for u in units if u.start >= end]
    return before[-1] if before else after[0] if after else None
