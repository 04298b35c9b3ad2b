"""Sentences as sequences of units: people, organisations, job titles and words, each tagged with
the lexicon classes it belongs to, so that relations can be read by patterns over grammar rather
than over literal phrases (``relation_patterns``).

"Laut Xiaomi-Präsident Lu Weibing sollen ..." becomes the units
``cite`` · ``O`` · ``HYPHEN`` · ``TITLE`` · ``P`` · ``w`` ... Pronouns and company nouns ("sie", "the
company", "der Konzern") stand as the person or organisation they refer to (``references``). Where
the pipeline parses (English, French), each unit knows its root token, so that a pattern may also
follow the dependency path between two units.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache

from spacy.tokens import Doc, Token

from .lemmas import lemma, lookup_lemma
from .lexicon import Cue, Lexicon, alternation_of, lexicon
from .name_rules import names_an_organisation
from .names import Entity
from .references import DESCRIPTION_WORDS, Reference
from .roles import RoleMatch, find_roles
from .text import doc_text

# Punctuation that patterns name; any other punctuation is tagged PUNCT.
_PUNCTUATION = {",": "COMMA", "-": "HYPHEN", "(": "LPAR", ")": "RPAR", ":": "COLON", ";": "SEMI", ".": "PERIOD",
                "–": "DASH", "—": "DASH", "/": "SLASH", "!": "PERIOD", "?": "PERIOD"}
_QUOTES = set("\"'“”„«»‚‘›‹")
_LONGEST_PHRASE = 3  # words in the longest multi-word class entry or cue ("en tant que", "ins Leben gerufen")


@dataclass(frozen=True)
class Unit:
    """A person, organisation, title or word of a sentence at ``start:end`` of the article."""

    start: int
    end: int
    tags: frozenset[str]
    entity: Entity | None = None
    title: RoleMatch | None = None
    cue: Cue | None = None
    tokens: tuple[int, ...] = ()  # indices of the doc tokens the unit covers
    via: str = "name"  # name | pronoun | reference
    partners: tuple[Entity, ...] = ()  # the other people a plural reference stands for ("the pair")

    @property
    def is_person(self) -> bool:
        return "P" in self.tags

    @property
    def is_org(self) -> bool:
        return "O" in self.tags


@dataclass(frozen=True)
class Sentence:
    """One sentence of the article and its units, in order."""

    start: int
    end: int
    text: str
    units: tuple[Unit, ...]
    index: int = 0
    doc: Doc | None = field(default=None, compare=False, repr=False)

    @cached_property
    def rendered(self) -> tuple[str, tuple[int, ...]]:
        """The units as one string, ``‹ tag tag ›`` each, and where each unit starts in it."""
        return render(self.units)

    @cached_property
    def owners(self) -> Mapping[int, Unit]:
        """The unit each token of the sentence belongs to, by token index: the last where units share one, but a
        name before its punctuation ("QinetiQ." is one token of the name and the full stop)."""
        owners: dict[int, Unit] = {}
        for unit in self.units:
            for i in unit.tokens:
                if i not in owners or not (owners[i].is_person or owners[i].is_org):
                    owners[i] = unit
        return owners

    @cached_property
    def tags(self) -> frozenset[str]:
        """Every tag some unit of the sentence bears."""
        return tags_of(self.units)

    def people(self) -> list[Unit]:
        return [u for u in self.units if u.is_person and u.entity is not None]

    def organisations(self) -> list[Unit]:
        return [u for u in self.units if u.is_org and u.entity is not None]


def _with_honorifics(units: list[Unit]) -> list[Unit]:
    """An honorific belongs to the person it introduces: "M. Chen", "Frau Roth", "Mr Reed" is one unit."""
    merged: list[Unit] = []
    for unit in units:
        if unit.is_person and merged and "HON" in merged[-1].tags:
            honorific = merged.pop()
            unit = Unit(honorific.start, unit.end, unit.tags, unit.entity, unit.title, unit.cue,
                        honorific.tokens + unit.tokens, unit.via)
        merged.append(unit)
    return merged


def _with_descriptions(units: list[Unit]) -> list[Unit]:
    """A company noun and the plain words after it describe the organisation they lead to: "la société de
    robotique marine Nautix Robotics", "le groupe de BTP Bâtiroc" is one organisation, so that patterns find
    the firm where its description starts."""
    merged: list[Unit] = []
    for unit in units:
        if unit.is_org and unit.entity is not None and unit.via == "name":
            noun = next((i for i in range(len(merged) - 1, max(len(merged) - 2 - DESCRIPTION_WORDS, -1), -1)
                         if "COMPANY_NOUN" in merged[i].tags), None)
            if (noun is not None and not merged[noun].is_org and all(_describes(u) for u in merged[noun + 1:])
                    and "of" not in merged[-1].tags):  # "un laboratoire de Logitech" is Logitech's, no description
                described = merged[noun:]
                del merged[noun:]
                unit = Unit(described[0].start, unit.end, unit.tags, unit.entity, unit.title, unit.cue,
                            tuple(i for u in described for i in u.tokens) + unit.tokens, unit.via)
        merged.append(unit)
    return merged


# Punctuation that ends a clause; a separable verb's particle also stands before a quotation mark or "und".
CLAUSE_BREAKS = frozenset({"COMMA", "PERIOD", "COLON", "SEMI", "DASH"})
_PARTICLE_FOLLOWERS = CLAUSE_BREAKS | {"QUOTE", "and"}


def _with_separable_cues(units: list[Unit], *, text: str, words: Lexicon, language: str) -> list[Unit]:
    """A German main clause parts a separable verb: "Im Frühjahr warb der Konzern P von X ab" is "abwerben". The
    clause's first lowercase word whose lemma joined to the particle that closes the clause is a cue takes that
    cue."""
    if "particle" not in words.classes:
        return units
    result, first = list(units), 0
    for i, unit in enumerate(units):
        closes = i + 1 == len(units) or not units[i + 1].tags.isdisjoint(_PARTICLE_FOLLOWERS)
        if "particle" in unit.tags and closes:
            particle = text[unit.start:unit.end].lower()
            for j, word in enumerate(units[first:i], start=first):
                if "w" not in word.tags or "Cap" in word.tags or word.cue is not None:
                    continue
                cue = words.cue_of(particle + lookup_lemma(text[word.start:word.end], language=language))
                if cue is not None:
                    result[j] = replace(word, cue=cue, tags=word.tags | {"CUE", f"CUE:{cue.relation}", f"CUE:{cue.id}"})
                    break
        if not unit.tags.isdisjoint(CLAUSE_BREAKS | {"QUOTE"}):
            first = i + 1
    return result


# "at" ends a description: in "covers leisure companies at Morgan Stanley" the firm is where someone works
_NOT_DESCRIPTIVE = frozenset({"P", "O", "TITLE", "CUE", "and", "rel", "be", "have", "speech", "COMPANY_NOUN", "at"})


def _describes(unit: Unit) -> bool:
    """A plain word of a description: no name, title, cue, verb or punctuation ("de", "robotique", "BTP")."""
    return "w" in unit.tags and unit.tags.isdisjoint(_NOT_DESCRIPTIVE)


def tags_of(units: Sequence[Unit]) -> frozenset[str]:
    """Every tag some of the units bears (a pattern that requires another cannot match them)."""
    return frozenset().union(*(unit.tags for unit in units))


def render(units: Sequence[Unit]) -> tuple[str, tuple[int, ...]]:
    pieces, starts, cursor = [], [], 0
    for unit in units:
        piece = "‹ " + " ".join(sorted(unit.tags)) + " ›"
        starts.append(cursor)
        pieces.append(piece)
        cursor += len(piece)
    return "".join(pieces), tuple(starts)


def build_sentences(doc: Doc, *, sentences: Sequence[tuple[int, int]], entities: Sequence[Entity],
                    references: Sequence[Reference], language: str) -> list[Sentence]:
    """Every sentence of the article as units, in order."""
    words, text = lexicon(language), doc_text(doc)
    named = sorted(((s.start, s.end, e) for e in entities for s in e.spans if e.label in ("PERSON", "ORG")),
                   key=lambda item: item[0])
    named_starts = [s for s, _, _ in named]  # a sentence's names are found by bisection, not by a scan of all
    people = {(r.start, r.end): r.entity for r in references if r.via == "title"}
    result = []
    for index, (start, end) in enumerate(sentences):
        anchored = [_entity_unit(doc, s, e, text=text, entity=entity, via="name") for s, e, entity
                    in named[bisect.bisect_left(named_starts, start):bisect.bisect_right(named_starts, end)]
                    if e <= end]
        anchored += [_entity_unit(doc, r.start, r.end, text=text, entity=r.entity, via=r.via, partners=r.partners)
                     for r in references if start <= r.start and r.end <= end and r.via != "title"
                     and not any(u.start < r.end and r.start < u.end for u in anchored)]
        anchored += _titles(doc, text=text, start=start, end=end, taken=anchored, language=language, people=people)
        units = _with_separable_cues(_with_descriptions(_with_honorifics(sorted(
            anchored + _words(doc, text=text, start=start, end=end, taken=anchored, words=words, language=language),
            key=lambda u: u.start))), text=text, words=words, language=language)
        result.append(Sentence(start, end, text[start:end], tuple(units), index, doc))
    return result


def _tokens(doc: Doc, start: int, end: int) -> tuple[int, ...]:
    return tuple(t.i for t in _overlapping(doc, start, end))


def _overlapping(doc: Doc, start: int, end: int) -> list[Token]:
    """The tokens that overlap ``doc.text[start:end]``, looked up by ``Doc.char_span`` (a binary search): a
    scan of the whole doc for each sentence and unit made a long article quadratic. The whole doc is scanned
    only where no token holds the stretch's ends (leading white space). (``len(t)`` is the length of a token's
    text, read without making the string.)"""
    span = doc.char_span(start, end, alignment_mode="expand")
    return [t for t in (doc if span is None else span) if t.idx < end and start < t.idx + len(t)]


def _entity_unit(doc: Doc, start: int, end: int, *, text: str, entity: Entity, via: str,
                 partners: tuple[Entity, ...] = ()) -> Unit:
    if entity.label == "PERSON" and via == "possessive":
        tags = {"POSSESSOR"}  # "Seine Nachfolgerin P": no subject of what follows
    elif entity.label == "PERSON":
        tags = {"P"} | ({"PRON"} if via != "name" else set())
    else:
        tags = {"O", f"O:{entity.kind}"} | ({"REF"} if via != "name" else set())
    if via != "name":  # "its" is also a determiner: "of its subsidiary X"
        phrase = text[start:end].lower()
        tags |= lexicon(doc.lang_).classes_of(phrase)
        # a noun that stands for a person may say what they did: "ce diplômé de l'université de Bordeaux"
        if entity.label == "PERSON" and (cue := lexicon(doc.lang_).cue_of(phrase.split()[-1])) is not None:
            tags |= {f"CUE:{cue.relation}"}
    return Unit(start, end, frozenset(tags), entity=entity, tokens=_tokens(doc, start, end), via=via,
                partners=partners)


def _titles(doc: Doc, *, text: str, start: int, end: int, taken: list[Unit], language: str,
            people: dict[tuple[int, int], Entity]) -> list[Unit]:
    """Job titles of the sentence outside its names; a German compound's first part that is a name
    ("Xiaomi" of "Xiaomi-Präsident") stays that name's unit, and the title starts after the hyphen. A
    title that stands for a person ("die Managerin wechselt", ``references``) is that person too."""
    masked = list(text[start:end])
    for unit in taken:  # names are no titles: mask them, keeping offsets
        masked[unit.start - start:unit.end - start] = "\u2588" * (unit.end - unit.start)
    units = []
    for title in find_roles("".join(masked), language=language):
        t_start, t_end = start + title.start, start + title.end
        if _a_verb(doc, t_start, t_end) and not _between_a_noun_and_a_person(doc, t_start, t_end, taken=taken):
            continue  # "who heads Krafton's studios", "she chairs the board": a verb, not a title
        if _relative_of(text[max(0, t_start - 60):t_start], language=language) or _relatives_title(
                text[t_end:t_end + 40], language=language):
            continue  # "grandsons of its founder", "the founder's great-grandson": a relative's title, not the person's
        modifier = title.modifier.strip("\u2588-")
        if "\u2588" in title.modifier:  # "Xiaomi-Präsident": the name is its own unit
            t_start += len(title.modifier) + 1
            title = replace(title, modifier="", field="")
        elif modifier != title.modifier:
            title = replace(title, modifier=modifier)
        info = title.title
        tags = {"TITLE", f"TITLE:{info.scope}", f"TITLE:{info.level}", f"ROLE:{info.id}"} if info else {"TITLE"}
        if lexicon(language).is_company_noun(text[t_start:t_end]):
            tags.add("COMPANY_NOUN")  # "beim Marktforscher Circana": a firm's description when a name follows
        if _names_its_firm(title, text=text, start=t_start, language=language):
            tags.add("TITLE:named")  # "der frühere Hamburg-Süd-Vorstand": the firm no pipeline found is named
        if _plural(doc, t_start, t_end):
            tags.add("PLURAL")  # "former Unilever brand managers A and B": the title of every person listed
        person = next((e for (s, e_), e in people.items() if s <= t_start < e_ or t_start <= s < t_end), None)
        if person is not None:
            tags |= {"P", "PRON"}
        units.append(Unit(t_start, t_end, frozenset(tags), entity=person, title=title,
                          tokens=_tokens(doc, t_start, t_end), via="title"))
    return units


def _names_its_firm(title: RoleMatch, *, text: str, start: int, language: str) -> bool:
    """Whether a German title compound opens with a name of its own, joined by a hyphen ("Hamburg-Süd-Vorstand"),
    which names the title's firm though it is none of the article's organisations."""
    modifier = title.modifier
    return (language == "de" and modifier[:1].isupper() and text[start + len(modifier):start + len(modifier) + 1] == "-"
            and names_an_organisation(modifier))


def _relative_of(before: str, *, language: str) -> bool:
    """Whether the text before a title ends in a relative and "of" ("the grandson of the", "Enkel des")."""
    return bool(_relative_pattern(language).search(before))


@lru_cache(maxsize=8)
def _relative_pattern(language: str) -> re.Pattern[str]:
    words = lexicon(language)
    joining = alternation_of(words.classes.get("of", frozenset()) | words.classes.get("det", frozenset()))
    return re.compile(rf"(?i)(?<![\w-])(?:{words.alternation('kin_nouns')})(?: ?(?:{joining})(?![\w-])){{1,2}} ?$")


def _relatives_title(after: str, *, language: str) -> bool:
    """Whether the text after a title opens with a possessive's apostrophe and a relative ("'s great-grandson", "'s
    widow"): the title is the relative's."""
    return bool(_relatives_title_pattern(language).match(after))


@lru_cache(maxsize=8)
def _relatives_title_pattern(language: str) -> re.Pattern[str]:
    words = lexicon(language)
    marks = [m for m in words.classes.get("gen", ()) if m.startswith("'")]
    if not marks:
        return re.compile("(?!)")
    apostrophe = "|".join(re.escape(m).replace("'", "['’]") for m in marks)
    return re.compile(rf"(?i)(?:{apostrophe}) (?:[\w-]+ )?(?:{words.alternation('kin_nouns')})(?![\w-])")


def _plural(doc: Doc, start: int, end: int) -> bool:
    """Whether the tagger reads a title's last word as a plural ("managers", "cofondateurs"); German has no tags."""
    tokens = _overlapping(doc, start, end)
    return bool(tokens) and "Plur" in tokens[-1].morph.get("Number")


def _a_verb(doc: Doc, start: int, end: int) -> bool:
    """A one-word title the tagger reads as a finite verb or an infinitive ("heads", "chairs", "will head"; not the
    participle "associée")."""
    tokens = _overlapping(doc, start, end)
    return len(tokens) == 1 and tokens[0].pos_ == "VERB" and bool({"Fin", "Inf"} & set(tokens[0].morph.get("VerbForm")))


def _between_a_noun_and_a_person(doc: Doc, start: int, end: int, *, taken: list[Unit]) -> bool:
    """Whether a title the tagger reads as a verb stands after a noun and right before a person's name: "operations
    head Agnieszka Wróblewska" (a verb takes no name of a person after a noun of a field)."""
    tokens = _overlapping(doc, start, end)
    before = doc[tokens[0].i - 1] if tokens and tokens[0].i else None
    return before is not None and before.pos_ == "NOUN" and any(u.is_person and u.start == end + 1 for u in taken)


def _words(doc: Doc, *, text: str, start: int, end: int, taken: list[Unit], words: Lexicon,
           language: str) -> list[Unit]:
    """The doc's tokens outside names and titles, cut where a name or title ends inside a token
    ("Xiaomis": the name and a genitive "s"); multi-word class entries ("as well as") are one unit."""
    pieces = []
    for token in _overlapping(doc, start, end):
        t_start, t_end = token.idx, token.idx + len(token)
        for p_start, p_end in _free(t_start, t_end, taken):
            pieces.append((p_start, p_end, token))
    units, i = [], 0
    while i < len(pieces):
        group = pieces[i:i + _unit_size(pieces, i, text=text, words=words)]
        phrase = text[group[0][0]:group[-1][1]].lower()
        units.append(_word_unit(doc, group, text=text, phrase=phrase, words=words, language=language))
        i += len(group)
    return units


def _unit_size(pieces: list[tuple[int, int, Token]], i: int, *, text: str, words: Lexicon) -> int:
    """How many pieces from ``i`` on are one word unit: a hyphenated word ("co-founded", "start-up", which the
    pipelines' tokenizers split), the longest multi-word class entry ("as well as"), or one piece."""
    compound = _hyphen_compound(pieces, i, text=text)
    if compound > 1:
        return compound
    if words.opens_phrase(text[pieces[i][0]:pieces[i][1]].lower()):
        for size in range(min(_LONGEST_PHRASE, len(pieces) - i), 1, -1):
            group = pieces[i:i + size]
            if words.is_phrase(text[group[0][0]:group[-1][1]].lower()) and _adjacent(group):
                return size
    return 1


def _hyphen_compound(pieces: list[tuple[int, int, Token]], i: int, *, text: str) -> int:
    """How many pieces from ``i`` on form one hyphenated word ("co", "-", "founded"); 1 if none."""
    size = 1
    while (i + size + 1 < len(pieces) and text[pieces[i + size][0]:pieces[i + size][1]] == "-"
           and pieces[i + size - 1][1] == pieces[i + size][0] and pieces[i + size][1] == pieces[i + size + 1][0]
           and text[pieces[i + size + 1][0]].isalnum() and text[pieces[i + size - 1][1] - 1].isalnum()):
        size += 2
    return size


def _free(start: int, end: int, taken: list[Unit]) -> list[tuple[int, int]]:
    """The stretches of ``start:end`` no unit covers."""
    free = [(start, end)]
    for unit in taken:
        if unit.start < end and start < unit.end:  # most words overlap none
            free = [piece for s, e in free
                    for piece in ((s, min(e, unit.start)), (max(s, unit.end), e)) if piece[1] > piece[0]]
    return free


def _adjacent(group: list[tuple[int, int, Token]]) -> bool:
    return all(b[0] - a[1] <= 1 for a, b in itertools.pairwise(group))


def _word_unit(doc: Doc, group: list[tuple[int, int, Token]], *, text: str, phrase: str, words: Lexicon,
               language: str) -> Unit:
    start, end, first = group[0][0], group[-1][1], group[0][2]
    indices = (first.i,) if len(group) == 1 else tuple(dict.fromkeys(t.i for _, _, t in group))
    if phrase in _PUNCTUATION:
        return Unit(start, end, frozenset({_PUNCTUATION[phrase]}), tokens=indices)
    if phrase in _QUOTES or (len(phrase) == 1 and not phrase.isalnum()):
        return Unit(start, end, frozenset({"QUOTE" if phrase in _QUOTES else "PUNCT"}), tokens=indices)
    root = first if len(indices) == 1 else _root(doc, indices)
    last = group[-1][2]
    if len(group) == 1 and start == root.idx:
        base = lemma(root, language=language)
    elif "-" in phrase and group[-1][0] == last.idx:  # "co-founded" -> "co-found"
        base = phrase[:phrase.rindex("-") + 1] + lemma(last, language=language)
    else:
        base = phrase
    pos = root.pos_  # a spaCy attribute is looked up anew on each access
    tags, cue = _word_tags(phrase, base, pos, language)
    if cue is None and language == "de" and text[start:start + 1].isupper():  # a noun
        cue = _compound_cue(phrase, language=language)
        tags = tags | ({"CUE", f"CUE:{cue.relation}", f"CUE:{cue.id}"} if cue is not None else set())
    verb = cue is not None or pos in ("VERB", "AUX") or not tags.isdisjoint({"be", "have"})
    past = verb and _past(root, language=language, base=base, words=words)
    capital = phrase[:1].isupper() or text[start:start + 1].isupper()
    if past or capital:
        tags = tags | {tag for tag, on in (("PAST", past), ("Cap", capital)) if on}
    return Unit(start, end, tags, cue=cue, tokens=indices)


@lru_cache(maxsize=16384)
def _word_tags(phrase: str, base: str, pos: str, language: str) -> tuple[frozenset[str], Cue | None]:
    """What a word's form, lemma and part of speech say, remembered (an article says "de" hundreds of times):
    its closed classes (by form: the lemma of "war" is "sein"), its cue, its noun classes and its part of
    speech."""
    words = lexicon(language)
    tags = {"w"} | words.classes_of(phrase)
    looked_up = lookup_lemma(phrase, language=language)
    # the German table lemmatises a past form that doubles as a participle's adjective to the participle
    # ("ernannte" -> "ernannt"), whose own entry is the verb ("ernennen"): a cue is the verb's; a preposition's
    # lemma is its own (``lemma``), which the table must not undo ("entre" is no form of "entrer" there)
    cue = words.cue_of(base) or (None if pos == "ADP" else (
        words.cue_of(phrase) or words.cue_of(looked_up) or words.cue_of(lookup_lemma(looked_up, language=language))))
    if cue is not None:
        tags |= {"CUE", f"CUE:{cue.relation}", f"CUE:{cue.id}"}
    if pos in ("NOUN", "PROPN", ""):  # "funded" is no fund
        tail = phrase.lstrip("-")  # a compound's tail after its name: "Lufthansa-Tochter" has the unit "-Tochter"
        tags |= {tag for tag, nouns in words.noun_tags.items() if tail in nouns or base in nouns}
    if phrase in words.honorifics:
        tags.add("HON")
    if pos:
        tags.add(f"pos:{pos}")
    return frozenset(tags), cue


@lru_cache(maxsize=16384)
def _compound_cue(word: str, *, language: str) -> Cue | None:
    """The cue of a German compound's last noun, which says what the compound is ("Chemiestudium" is a
    "Studium"): the longest cue noun of at least six letters it ends in, after at least three of its own, where the
    lexicon lets its relation's nouns head compounds (``compound_cue_relations``)."""
    lower, words = word.lower(), lexicon(language)
    for start in range(_COMPOUND_HEAD, len(lower) - _SHORTEST_CUE_NOUN + 1):
        if (cue := words.cue_of(lower[start:])) is not None:
            return cue if cue.relation in words.words("compound_cue_relations") else None
    return None


_COMPOUND_HEAD = 3  # letters of a compound's first part
_SHORTEST_CUE_NOUN = 6  # letters of the shortest cue noun a compound is read by: "studium", not "amt"


def _root(doc: Doc, indices: tuple[int, ...]) -> Token:
    tokens = [doc[i] for i in indices]
    return next((t for t in tokens if t.head.i not in indices or t.head.i == t.i), tokens[0])


# The ending of a weak verb's past after its stem: "führ|te", "leit|ete" (but "leit|et" is the present).
_GERMAN_WEAK_PAST = re.compile(r"e?te(?:n|st|t)?")


def _before_perfect_auxiliary(token: Token, *, words: Lexicon) -> bool:
    """A German participle that a clause closes with "hat", "hatte": one without "ge-" reads like the present
    ("der X verantwortet hat", "die Y übernommen hatte")."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return following is not None and "have" in words.classes_of(following.text.lower())


def _runs_to_now(verb: Token, *, words: Lexicon) -> bool:
    """Whether an English perfect says how long it has lasted, so lasts still: "who has run the workshop since 2018",
    "who has run McAlister's workshop for a decade" (not "who has worked for Google")."""
    return any("since" in (classes := words.classes_of(c.lower_)) or (
        "lasting" in classes and any("spell" in words.classes_of(o.lower_) for o in c.children)) for c in verb.children)


def _past(token: Token, *, language: str, base: str, words: Lexicon) -> bool:
    """Whether a verb is in a past tense: "led", "had run", "leitete", "hat geleitet", "dirigeait",
    "a dirigé". (Perfect tenses count: "has led X" in news means the person no longer does; not one that runs to now:
    ``_runs_to_now``.)"""
    form = token.text.lower()
    if language == "de":
        if form in words.words("past_forms"):
            return True
        stem = base[:-2] if base.endswith("en") else base[:-1]
        weak_past = form.startswith(stem) and bool(_GERMAN_WEAK_PAST.fullmatch(form[len(stem):]))
        return form != base and (weak_past or (form.startswith("ge") and stem[-3:] in form)
                                 or _before_perfect_auxiliary(token, words=words))
    if language == "en":
        return token.tag_ == "VBD" or (token.tag_ == "VBN" and any(c.lemma_ == "have" for c in token.children)
                                       and not _runs_to_now(token, words=words))
    tense = token.morph.get("Tense")
    return "Imp" in tense or ("Past" in tense and any(c.dep_.startswith("aux") for c in token.children))
