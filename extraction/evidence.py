"""Evidence that a person belongs to an organisation: every match of a relation pattern in a
sentence, over its words or (English, French) over the dependency path between the two, with the
role, status and tier it states. ``decide`` weighs the evidence.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Token

from .lemmas import lemma
from .lexicon import lexicon
from .names import Entity
from .relation_patterns import RelationPattern, relation_patterns
from .roles import unit_in_english
from .text import doc_text
from .unit_patterns import UnitMatch, find_all, full_match
from .units import CLAUSE_BREAKS, Sentence, Unit, render, tags_of

_LONGEST_PATH = 8  # tokens; a longer dependency path links nothing


@dataclass(frozen=True)
class Evidence:
    """A pattern's statement that ``person`` is (or was) at ``organization`` in ``role``. Without an
    organisation, the statement is a title with none in reach (``decide`` may infer the article's)."""

    person: Entity
    organization: Entity | None
    role: str
    status: str
    tier: str
    pattern: str
    sentence: Sentence
    in_house: bool = True  # the title, if any, is the organisation's own officer's
    start: int = 0  # where in the article the match is
    # "P succeeds Q": the person P took over from; ``decide`` gives each the other's post
    predecessor: Entity | None = None
    title_start: int | None = None  # where the title stands when a title, and no cue verb, is the evidence
    # organisations in the appositions of the people the match lists ("A, ancien directeur de Thales, et B"): theirs
    described: tuple[Entity, ...] = ()
    relation: str = ""  # the relation of the cue word the match captured, if any ("leave" for "verlassen")


def collect(sentences: Sequence[Sentence], *, language: str) -> list[Evidence]:
    """All evidence of the article, in sentence order."""
    patterns = relation_patterns(language)
    found = []
    for sentence in sentences:
        if not sentence.people():  # every piece of evidence is about a person the sentence names or refers to
            continue
        rendered, starts = sentence.rendered
        for pattern in (p for p in patterns if p.kind == "seq"):
            seen: set[tuple[int, int]] = set()  # a pattern's longest match for a pair: the one starting first
            for match in find_all(pattern.match, rendered, starts, tags=sentence.tags):
                for item in _evidence(pattern, match, sentence.units, sentence=sentence, language=language):
                    pair = (id(item.person), id(item.organization), id(item.predecessor))
                    if pair not in seen:
                        seen.add(pair)
                        found.append(item)
        if sentence.doc is not None and sentence.doc.has_annotation("DEP"):
            found.extend(_dependency_evidence(sentence, patterns=patterns, language=language))
    return found


def _dependency_evidence(sentence: Sentence, *, patterns: Sequence[RelationPattern],
                         language: str) -> Iterator[Evidence]:
    dep = [p for p in patterns if p.kind == "dep"]
    if not dep:
        return  # no pattern reads a path in this language (French): no path to find
    for person in sentence.people():
        for org in sentence.organisations():
            path = _path(sentence, person, org)
            if path is None or _other_list_item(sentence, person, org):
                continue
            rendered, starts = render(path)
            tags = tags_of(path)
            for pattern in dep:
                match = full_match(pattern.match, rendered, starts, tags=tags)
                if match is not None:
                    yield from _evidence(pattern, match, path, sentence=sentence, language=language)


def _other_list_item(sentence: Sentence, person: Unit, org: Unit) -> bool:
    """Whether a semicolon and another person stand between the person and the organisation: items of a list ("A, a
    former partner at Deloitte; B, who teaches at IIM; and C, formerly at HDFC Bank"), however a parser joins them."""
    low, high = sorted((person.end, org.start)) if person.start < org.start else sorted((org.end, person.start))
    between = [u for u in sentence.units if low <= u.start and u.end <= high]
    return any("SEMI" in u.tags for u in between) and any(
        u.is_person and u.entity is not None and u.entity is not person.entity for u in between)


def _evidence(pattern: RelationPattern, match: UnitMatch, units: Sequence[Unit], *, sentence: Sentence,
              language: str) -> Iterator[Evidence]:
    if units is sentence.units and _source_before_a_verb(units, match=match):
        return
    people = [person for i in match.get("p") if units[i].is_person and units[i].entity
              for person in (units[i].entity, *units[i].partners)]
    orgs = [units[i].entity for i in match.get("o") if units[i].is_org and units[i].entity]
    left = [units[i].entity for i in match.get("x") if units[i].is_org and units[i].entity]
    title = next((units[i] for i in match.get("t") if units[i].title), None)
    cue = next((units[i] for i in match.get("c") if units[i].cue), None)
    dated = units is sentence.units and cue is None and title is not None and _closed_in_the_past(units, match.last)
    status = _status(pattern, cue=cue, former=bool(match.get("f")) or dated or _former_title(title, sentence=sentence)
                     or _noun_in_a_past_clause(units, match=match))
    role = _role(pattern, title=title, cue=cue, unit_words=[units[i] for i in match.get("u")], sentence=sentence,
                 language=language)
    in_house = title is None or title.title.title is None or title.title.title.in_house
    anchors = [units[i] for name in ("p", "t", "c") for i in match.get(name) if units[i].start >= 0]
    start = min((u.start for u in anchors), default=sentence.start)
    # a predecessor is named or stands behind a possessive ("Seine Nachfolgerin P")
    predecessors = [units[i].entity for i in match.get("q") if units[i].tags & {"P", "POSSESSOR"} and units[i].entity]
    if predecessors:  # a succession names no organisation: it passes one on
        yield from (Evidence(person, None, role, status, pattern.tier, pattern.id, sentence, in_house, start,
                             predecessor=before)
                    for person in _unique(people) for before in _unique(predecessors) if before is not person)
        # the post it names is the successor's title, which with no organisation goes where any in-house title goes
        # ("took over as chief executive from Q": the company in reach, else the article's)
        yield from (Evidence(person, None, role, status, "inferred", pattern.id, sentence, in_house, start,
                             title_start=title.start) for person in _unique(people) if title is not None)
        return
    title_start = title.start if title is not None and cue is None else None
    described = tuple(_unique([units[i].entity for i in match.get("p") if units[i].is_org and units[i].entity]))
    # a person who joins from somewhere joins someone: with no organisation named, decide infers the article's
    # company ("Rafael Ortega joins from HCA Healthcare UK"); one who only left joins nobody
    arrives = cue is not None and cue.cue is not None and cue.cue.relation in ("join", "move")
    relation = cue.cue.relation if cue is not None and cue.cue is not None else ""
    for person in _unique(people):
        for org in _unique(orgs) or ([None] if not left or arrives else []):
            yield Evidence(person, org, role, status, pattern.tier, pattern.id, sentence, in_house, start,
                           title_start=title_start, described=described, relation=relation)
        for org in _unique(left):
            yield Evidence(person, org, role if pattern.role != "title" or title else "employee", "former",
                           pattern.tier, pattern.id, sentence, in_house, start, relation=relation)


def _source_before_a_verb(units: Sequence[Unit], *, match: UnitMatch) -> bool:
    """Whether the match makes a source ("selon P", "according to P") the subject of the verb after it: "Ses trois
    projets, selon A, B et C, venaient de Google DeepMind" (the projects came from there), though "selon P, qui a
    rejoint Thales" says P joined."""
    person = min(match.get("p"), default=None)
    cue = next((i for i in match.get("c") if units[i].cue), None)
    if person is None or cue is None or cue < person:
        return False
    opening = person
    while opening > 0 and units[opening - 1].tags & {"P", "COMMA", "and"}:  # back to the start of a list of names
        opening -= 1
    if opening == 0 or "cite" not in units[opening - 1].tags:
        return False
    return "pos:VERB" in units[cue].tags and all("rel" not in u.tags for u in units[person:cue])


def _unique(entities: list[Entity]) -> list[Entity]:
    return list({id(e): e for e in entities}.values())


def _former_title(title: Unit | None, *, sentence: Sentence) -> bool:
    """A title right after "former", "ex-", "ehemalige", perhaps past the field it is of ("Fjordblad's former
    production chief"): a dependency path runs through the title, not through the word that dates it ("Solheim is a
    former chief financial officer of X")."""
    if title is None:
        return False
    before = [u for u in sentence.units if u.end <= title.start]
    for unit in reversed(before[-1 - _FIELD_WORDS:]):
        if "former" in unit.tags:
            return True
        if unit.tags != unit.tags & _FIELD_TAGS:
            return False
    return False


_FIELD_WORDS = 2  # plain words between "former" and its title: "former supply chain chief"
_FIELD_TAGS = frozenset({"w", "Cap", "pos:NOUN", "pos:PROPN"})


def _closed_in_the_past(units: Sequence[Unit], last: int) -> bool:
    """A title whose clause a past "sein" closes, a few plain words after the match: "die bis 2023 Marketingchefin
    der Tirol Werbung war," (German puts the verb of a subordinate clause last)."""
    for i in range(last + 1, min(last + 5, len(units))):
        tags = units[i].tags
        if "past_be" in tags:
            return i + 1 == len(units) or not units[i + 1].tags.isdisjoint(CLAUSE_BREAKS)
        if "w" not in tags or not tags.isdisjoint(CLAUSE_BREAKS | {"CUE", "and", "rel"}):
            return False
    return False


def _noun_in_a_past_clause(units: Sequence[Unit], *, match: UnitMatch) -> bool:
    """A cue noun, which has no tense, after a past verb of its clause between it and the person before it: "P, qui
    a fait l'essentiel de sa carrière chez X" (not "qui fait carrière chez X", nor "X a annoncé l'arrivée de P", nor
    "P, der bei X das Geschäft verantwortete, an die Spitze des Konzerns")."""
    cue = next((i for i in match.get("c") if units[i].cue), None)
    person = min(match.get("p"), default=None)
    if cue is None or person is None or person > cue or "PAST" in units[cue].tags:
        return False
    if not {"pos:NOUN", "Cap"} & units[cue].tags:
        return False
    for i in range(cue - 1, person, -1):  # back from the cue to the clause's start
        if "PAST" in units[i].tags:
            return "inceptive" not in units[i].tags  # "a pris en 2022 la tête de X" leads it now
        if units[i].tags & CLAUSE_BREAKS:
            return False
    return False


def _status(pattern: RelationPattern, *, cue: Unit | None, former: bool) -> str:
    if former:
        return "former"
    if pattern.status != "cue":
        return pattern.status
    if cue is None or cue.cue is None:
        return "current"
    if cue.cue.past_is_former and "PAST" in cue.tags and "inceptive" not in cue.tags:  # "took the helm" leads now
        return "former"
    return cue.cue.status


def _role(pattern: RelationPattern, *, title: Unit | None, cue: Unit | None, unit_words: list[Unit],
          sentence: Sentence, language: str) -> str:
    if unit_words:
        text = doc_text(sentence.doc)[unit_words[0].start:unit_words[-1].end]
        name = unit_in_english(text) if language == "de" else text.lower()
        return f"head of {name}"
    if pattern.role == "title":
        if title is not None and title.title is not None:
            return title.title.described(modifier_is_org=False)
        return cue.cue.role if cue is not None and cue.cue else "employee"
    if pattern.role == "cue":
        return cue.cue.role if cue is not None and cue.cue else "employee"
    return pattern.role


def _path(sentence: Sentence, person: Unit, org: Unit) -> list[Unit] | None:
    """The units on the dependency path from a person to an organisation, with an edge unit for each
    step (``EDGE up|down dep:<label>``); a coordinated name shares what the list's head shares with the
    rest of the sentence ("A and B joined X": from A), not what stands inside the list. None when either
    has no token or the path is too long."""
    doc = sentence.doc
    if not person.tokens or not org.tokens:
        return None
    owner = sentence.owners
    a, b = _root(doc, person), _root(doc, org)
    head = _list_head(a, owner)
    if head is not a and b not in head.subtree:  # "A and B joined X": the list's verb is B's verb too, but
        a = head  # an apposition of A ("A, a partner at Y, and B") is A's alone
    up = [a, *a.ancestors]
    down = [b, *b.ancestors]
    common = next((t for t in up if t in down), None)
    if common is None:
        return None
    rising, falling = up[:up.index(common) + 1], list(reversed(down[:down.index(common)]))
    if len(rising) + len(falling) > _LONGEST_PATH:
        return None
    path = [person]
    for child in rising[:-1]:
        _step(path, "up", child.dep_, child.head, owner)
    for child in falling:
        _step(path, "down", child.dep_, child, owner)
    if (path[-1].start, path[-1].end) != (org.start, org.end):  # the last step may add case markers to it
        return None
    return path


def _step(path: list[Unit], direction: str, label: str, token: Token, owner: Mapping[int, Unit]) -> None:
    unit = owner.get(token.i)
    if unit is not None and unit is path[-1]:
        return  # a step inside one unit ("chief" to "executive")
    if direction == "down" and label.endswith("relcl") and (
            _subject_of_its_own(token) or _follows_another_name(token, person=path[0], owner=owner)):
        label = "relcl_of_another"  # no relative clause the person is the subject or object of
    path.append(Unit(-1, -1, frozenset({"EDGE", direction, f"dep:{label.split(':')[0]}", f"dep:{label}"})))
    node = unit if unit is not None else Unit(token.idx, token.idx + len(token.text), frozenset({"w"}),
                                               tokens=(token.i,))
    path.append(_with_case_markers(_with_object_cue(node, token, owner), token))


def _subject_of_its_own(verb: Token) -> bool:
    """Whether a relative clause's verb has a subject the relative only says whose it is: "P, whose grandfather founded
    the company", "P, dessen Vater die Firma gründete" (the grandfather founded it, not P)."""
    whose = lexicon(verb.doc.lang_).classes.get("whose", frozenset())
    return any(child.dep_.startswith("nsubj") and any(word.text.lower() in whose for word in child.children)
               for child in verb.children)


def _follows_another_name(verb: Token, *, person: Unit, owner: Mapping[int, Unit]) -> bool:
    """Whether a relative clause the parser hangs on the person opens right after someone else's name: "A, an MIT
    graduate, and operations head B, who spent eight years at X" (B spent them), but not after a name of the
    person's own list ("A and B, who both worked at X")."""
    opener = verb.left_edge
    if opener.i == 0 or opener.text.lower() not in lexicon(verb.doc.lang_).classes.get("rel", frozenset()):
        return False
    before = verb.doc[opener.i - 1]
    if before.is_punct and before.i > 0:
        before = verb.doc[before.i - 1]
    nearer = owner.get(before.i)
    if nearer is None or not nearer.is_person or (nearer.start, nearer.end) == (person.start, person.end):
        return False
    doc = verb.doc
    return _list_head(_root(doc, nearer), owner) != _list_head(_root(doc, person), owner)


def _with_object_cue(unit: Unit, token: Token, owner: Mapping[int, Unit]) -> Unit:
    """A light verb bears the cue of its object, tagged ``light``: "holds a PhD from ETH" says a study as
    "studied at ETH" does, though "from" hangs from the verb."""
    if unit.cue is not None or lemma(token, language=token.doc.lang_) not in lexicon(token.doc.lang_).words(
            "light_verbs"):
        return unit
    objects = (owner.get(child.i) for child in token.children if child.dep_ in ("dobj", "obj"))
    cue = next((o.cue for o in objects if o is not None and o.cue is not None), None)
    if cue is None:
        return unit
    return replace(unit, tags=unit.tags | {"CUE", f"CUE:{cue.relation}", f"CUE:{cue.id}", "light"}, cue=cue)


def _with_case_markers(unit: Unit, token: Token) -> Unit:
    """French and UD attach prepositions to their noun ("de Capgemini"): tag the noun with them."""
    words = lexicon(token.doc.lang_)
    markers = {f"case:{c}" for child in token.children if child.dep_ in ("case", "mark")
               for c in words.classes_of(child.text.lower().replace("’", "'"))}
    if not markers:
        return unit
    return Unit(unit.start, unit.end, unit.tags | markers, unit.entity, unit.title, unit.cue, unit.tokens, unit.via)


def _root(doc, unit: Unit) -> Token:
    tokens = [doc[i] for i in unit.tokens]
    return next((t for t in tokens if t.head.i not in unit.tokens or t.head.i == t.i), tokens[0])


def _list_head(token: Token, owner: Mapping[int, Unit]) -> Token:
    """The first name of a coordinated list the token's name stands in: "B" of "A, B and C" -> "A"."""
    unit, seen = owner.get(token.i), {token.i}
    while token.dep_ == "conj" and unit is not None:
        head = owner.get(token.head.i)
        if head is not None and "P" in unit.tags and "O" in head.tags:
            head = _person_above(token.head, owner)  # "A, formerly at X, and B": B is parsed as X's conjunct
        if head is None or head.tags.isdisjoint({"P", "O"}) or ("P" in head.tags) != ("P" in unit.tags):
            break
        root = _root(token.doc, head)
        if root.i in seen:  # the person above may be the list's own name again: stop, not go round
            break
        token = root
        seen.add(token.i)
    return token


def _person_above(token: Token, owner: Mapping[int, Unit]) -> Unit | None:
    """The person an organisation's phrase hangs from within three steps ("Guson, formerly at X")."""
    for ancestor in list(token.ancestors)[:3]:
        unit = owner.get(ancestor.i)
        if unit is not None and "P" in unit.tags:
            return unit
    return None
