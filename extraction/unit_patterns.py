"""A small pattern language over units (``units``): relation patterns are data, written as sequences
of unit classes, and compiled here to regular expressions over a sentence's rendered units.

    @p=P COMMA det? ~{0,3} @t=TITLE at|of det? @o=O

Elements, separated by spaces:

- ``TAG``, ``A|B`` (any of), ``A&B`` (all of), ``A!B`` (A and not B; ``!`` binds tighter than
  ``|``), ``.`` (any unit); tags are
  what ``units`` gives: ``P``, ``O``, ``TITLE``, ``CUE:join``, ``PAST``, lexicon classes (``at``,
  ``of``, ``det``, ``former`` ...), punctuation (``COMMA``, ``HYPHEN``, ``LPAR`` ...), ``w`` (a word);
- ``~``: a word that may stand in a gap (not a speech verb, relative pronoun, "and", cue of
  succession); ``PLIST``/``OLIST``/``XLIST``: a list of people or organisations ("A, B and C");
  ``PEOPLE_OF``: a plural title of an organisation before the list it describes ("three former Inria
  researchers:"); ``APPOS``: an optional apposition between commas ("P, a 39-year-old engineer, joined");
  ``SUBJ``, ``POBJ``: in dependency paths, the person as a verb's subject (also by a relative clause
  or an apposition) and a preposition's object;
- dependency steps (only in patterns of kind "dep"): ``>dep`` (to a child by that relation),
  ``<dep`` (to the head), with ``|`` for alternatives;
- a quantifier may follow any element or a closing bracket: ``?``, ``*``, ``+``, ``{m,n}``;
- ``^``: the start of the sentence; ``(`` ... ``|`` ... ``)`` groups alternatives; ``@name=``
  captures the element or group after it (``p`` people, ``o`` organisations, ``x`` organisations
  left, ``q`` the people ``p`` took over from, ``t`` title, ``c`` cue, ``f`` a former-marker, ``u`` a
  unit's name).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache

_MACROS = {
    "~": "w!speech!rel!and!succeed!cite",
    # people, each perhaps with a field or an age in brackets: "A (Vertrieb), B (Produktion) und C (Daten)"
    "PLIST": "( P NOTE? ( COMMA? and det? ~? P NOTE? | COMMA P NOTE? )* )",
    "NOTE": "( LPAR ~{1,3} RPAR )",
    # people, each perhaps with an apposition or a relative clause, parted by commas or semicolons: "A, directrice
    # des opérations, B, directeur ..., et C", "A, die frühere Airbus-Managerin, und B", "von Nadia Benali, die
    # zuvor ... Uber leitete, und dem Softwareentwickler Jakob Timmermann", "A, sa présidente ; B, directeur
    # technique ; et C", a passive's agents each with their own "by": "par A, ingénieure, et par le microbiologiste B";
    # an apposition may give a short form in brackets: "A, ancienne ingénieure du Cnes (Cnes), et B"; each may have
    # a duty or a post after the name: "trois vice-présidents : A aux opérations, B au commercial et C aux finances",
    # "B for the UK and Ireland", "A als Vorstandschef, B als Finanzvorständin und C als Vertriebsvorstand"; a later
    # one may carry a firm's title compound: "…, und dem früheren OHB-Ingenieur C"; each may have its field in
    # brackets: "A (industrie), B (finances), … et C (ventes)"
    "PLIST_APPOS": "( P NOTE? DUTY? ( APPOS_PART{0,3} ( COMMA? | SEMI ) and? by? det? ~? ( O HYPHEN )? TITLE? P NOTE? "
                   "DUTY? )* APPOS_PART? )",
    "DUTY": "( pos:ADP det? ~ ( and? ~ )? | AS_TITLE )",
    # a listed person's apposition; one before the next person may have parts parted by commas ("A, directrice
    # industrielle, venue d'X, B"), the last has one (after it the sentence goes on: "…, l'agence compte"); its
    # words may be coordinated ("A, ein gelernter Schmied und früher Werkzeugmacher bei Haßler, und B")
    "APPOS_PART": "( COMMA ( ~ | TITLE | det | O | HYPHEN | rel | LPAR | RPAR ) ( ~ | TITLE | det | O | HYPHEN | rel "
                  "| LPAR | RPAR | and ){0,11} )",
    # people, each perhaps after a description and before the organisation they are of: "die frühere Reederin A,
    # der Logistikprofessor B von der Kühne Logistics University sowie die Hamburger Juristin C"
    "PLIST_DESC": "( det? ~{0,2} TITLE? P ( by|of|at det? ~? O )? ( ( COMMA | COMMA? and ) det? ~{0,2} TITLE? P "
                  "( by|of|at det? ~? O )? )* )",
    # people separated by semicolons, each with an apposition or a relative clause that may hold commas and a
    # pronoun of its own: "A, a former permanent secretary at X; B, who was chief financial officer of Y; and C",
    # "…; et le Norvégien C", "A, who joins from Moderna, for clinical operations; B, venu d'Amazon, où il ..."
    "PLIST_SEMI": "( P SEMI_ITEM? ( SEMI and? det? ~? P SEMI_ITEM? )* )",
    "SEMI_ITEM": "( COMMA ( ~ | TITLE | det | O | rel | LPAR | RPAR | COMMA | P&PRON ){1,24} )",
    # people listed either way: parted by semicolons (two or more) or by commas
    "PLIST_ANY": "( P SEMI_ITEM? ( SEMI and? det? ~? P SEMI_ITEM? )+ | PLIST_APPOS )",
    # dependency paths: the person is the subject of the next verb, directly, by a relative clause ("P,
    # who joined"), or through an apposition ("P, a Dutch engineer who left X"), also of the infinitive its
    # verb governs, which shares its subject ("P will leave to run X"); also a name the parser leaves as the verb's
    # npadvmod when it takes the apposition for the subject ("Nguyen, the CTO, led ..."), or a title's or relatives'
    # noun the name stands in apposition to ("The brothers A and B, who run the firm"); a preposition's object
    "SUBJ": "( >appos ~|TITLE | <appos|compound TITLE|KIN_NOUN )? ( <nsubj|nsubjpass|npadvmod | >relcl ) ( ~ >conj )? "
            "( ~ >xcomp )?",
    "POBJ": ">pobj|pcomp",
    # an apposition of up to fourteen words between a name and its verb: "Luo Fuli, ein 95er-Jahre-AI-Talent, schloss
    # ...", also one with a coordination inside ("der bei X das Schaden- und Unfallgeschäft verantwortete,") or an
    # abbreviation in brackets ("at the Professional Association of Diving Instructors (PADI),"), perhaps after a
    # French age ("Cette Libano-Canadienne de 47 ans, diplômée de HEC") or the post a list gives the person ("P als
    # Technikvorstand, der von Siemens kommt")
    "APPOS": "( of pos:NUM ~ )? AS_TITLE? ( COMMA ( ~ | TITLE | O | rel | and | LPAR | RPAR ){1,14} )? "
             "COMMA?",
    # the post a list or a sentence gives the person named before: "P als Finanzchefin, bisher …"
    "AS_TITLE": "( as det? ~{0,2} TITLE )",
    # a plural description of the people a list names next: "trois anciens chercheurs de l'Inria :", "deux
    # ingénieurs du Commissariat à l'énergie atomique et aux énergies alternatives (CEA) -", "trois diplômés de l'EPFL,"
    "PEOPLE_OF": "( det? pos:NUM? ( former? TITLE | former | CUE:study ) ~{0,4} of|at det? ~{0,2} O ( and ~{0,3} )? "
                 "( LPAR O RPAR )? ( COMMA | COLON | HYPHEN | DASH ) )",
    # an age in apposition, where a tagger marks numbers: "Philippe Garnier, 63 ans, directeur général", "P, 52, CEO"
    "AGE": "( COMMA pos:NUM ~? )",
    # one title or two, joined by "and" or side by side: "cofondateur et président", "les trois associés fondateurs"
    "TITLES": "( TITLE ( COMMA? and TITLE | TITLE )? )",
    # each may name its town: "an der Tongji-Universität in Shanghai und an der Universität Mannheim"; names set off
    # by commas are a list only where "and" (or "then") closes it ("de X, Y et Z"), and a reference is never one of
    # them: "diplômée de Bordeaux INP, l'atelier a vendu …"
    "OLIST": "( O ( in ~ )? ( ( COMMA at|of|in? det? O!REF ( in ~ )? )* COMMA? and|then ~? det? ~? O ( in ~ )? )* )",
    "XLIST": "( O ( ( COMMA at|of|in? det? O!REF )* COMMA? and ~? det? ~? O )* )",
}
_QUANTIFIER = re.compile(r"(?:\?|\*|\+|\{\d*,?\d*\})$")
_CAPTURE = re.compile(r"^@([a-z])=(.*)$")


class PatternError(ValueError):
    """A pattern that does not compile; the message names it."""


@dataclass(frozen=True)
class UnitMatch:
    """Which units each capture of a pattern took, by index into the matched sequence."""

    groups: dict[str, tuple[int, ...]]
    first: int
    last: int

    def get(self, name: str) -> tuple[int, ...]:
        return self.groups.get(name, ())


@lru_cache(maxsize=1024)
def compile_pattern(source: str) -> re.Pattern[str]:
    """The regular expression of a unit pattern."""
    try:
        return re.compile("".join(_translate(_tokens(source))))
    except (re.error, PatternError) as error:
        raise PatternError(f"{source!r}: {error}") from None


def _tokens(source: str) -> list[str]:
    """The pattern's elements, brackets apart and macros expanded (macros may use macros)."""
    source = re.sub(r"(?<!=)\(", " ( ", source).replace("=(", "=( ")
    source = re.sub(r"\)(\?|\*|\+|\{\d*,?\d*\})?", lambda m: f" ){m.group(1) or ''} ", source)
    tokens = []
    for token in source.split():
        capture = _CAPTURE.match(token)
        prefix, body = (f"@{capture.group(1)}=", capture.group(2)) if capture else ("", token)
        quantifier = _QUANTIFIER.search(body)
        suffix = quantifier.group(0) if quantifier and body not in ("*", "+", "?") else ""
        core = body[:len(body) - len(suffix)] if suffix else body
        if core not in _MACROS:
            tokens.append(token)
            continue
        expanded = _tokens(_MACROS[core])
        if len(expanded) == 1:
            tokens.append(prefix + expanded[0] + suffix)
        else:
            tokens.extend([prefix + expanded[0], *expanded[1:-1], expanded[-1] + suffix])
    return tokens


def _translate(tokens: list[str]):
    for token in tokens:
        capture = _CAPTURE.match(token)
        name, token = (capture.group(1), capture.group(2)) if capture else (None, token)
        quantifier = _QUANTIFIER.search(token)
        suffix = quantifier.group(0) if quantifier and token not in ("*", "+", "?") else ""
        core = token[:len(token) - len(suffix)] if suffix else token
        if core == "(":
            yield f"(?P<{name}>" if name else "(?:"
            continue
        if core == ")":
            yield ")" + suffix
            continue
        if core == "|":
            yield "|"
            continue
        if core == "^":  # the sentence's start
            yield "^"
            continue
        element = _element(core)
        body = f"(?P<{name}>{element})" if name else f"(?:{element})"
        yield body + suffix


def _element(core: str) -> str:
    """One unit: a dependency step, any unit, or tags with and/or/not."""
    if core.startswith((">", "<")):
        direction = "down" if core[0] == ">" else "up"
        labels = "|".join(re.escape(f"dep:{label}") for label in core[1:].split("|"))
        return rf"‹(?=[^›]* EDGE )(?=[^›]* {direction} )(?=[^›]* (?:{labels}) )[^›]*›"
    if core == ".":
        return r"‹[^›]*›"
    alternatives = []
    for alternative in core.split("|"):
        if alternative.startswith("~"):  # "~!CUE": a gap word that is not a cue
            alternative = _MACROS["~"] + alternative[1:]
        positive, *negative = alternative.split("!")
        required = "".join(rf"(?=[^›]* {re.escape(tag)} )" for tag in positive.split("&"))
        excluded = "".join(rf"(?![^›]* {re.escape(tag)} )" for tag in negative)
        alternatives.append(required + excluded)
    return rf"‹(?:{'|'.join(alternatives)})(?![^›]* EDGE )[^›]*›"


@lru_cache(maxsize=1024)
def required_tags(source: str) -> tuple[frozenset[str], ...]:
    """What a sentence must hold for the pattern to match in it: per element outside brackets that occurs
    at least once, the tags of which some unit bears one. Most patterns need a tag most sentences lack (a
    cue, a title), so ``find_all`` skips them without a search."""
    required, depth = [], 0
    for token in _tokens(source):
        body = _CAPTURE.sub(r"\2", token)
        depth += body == "("
        depth -= body.startswith(")")
        if depth == 0 and body == "|":
            return ()  # alternatives of the whole pattern: none of its elements is required
        quantifier = _QUANTIFIER.search(body)
        suffix = quantifier.group(0) if quantifier and body not in ("*", "+", "?") else ""
        core = body[:len(body) - len(suffix)]
        if depth or core in ("(", ".", "^") or core.startswith((")", ">", "<")) or _least(suffix) == 0:
            continue
        positives = [(_MACROS["~"] + a[1:] if a.startswith("~") else a).split("!")[0] for a in core.split("|")]
        if not any("&" in p for p in positives):
            required.append(frozenset(positives))
    return tuple(required)


def _least(quantifier: str) -> int:
    """How often a quantified element occurs at least: 0 for "?", "*", "{0,3}", 1 for "+" or none."""
    if quantifier in ("?", "*"):
        return 0
    if quantifier.startswith("{"):
        return int(quantifier[1:].split(",")[0].rstrip("}") or 0)
    return 1


def _may_match(source: str, tags: AbstractSet[str]) -> bool:
    """Whether units bearing ``tags`` (all together) hold every tag the pattern requires: where one is missing,
    a set lookup tells it faster than a search of the rendered units would."""
    return not any(tags.isdisjoint(required) for required in required_tags(source))


def find_all(source: str, rendered: str, starts: tuple[int, ...], *, tags: AbstractSet[str]) -> list[UnitMatch]:
    """Every match of a pattern, one per unit it can start at (matches may overlap); ``tags`` are all the
    tags the units bear."""
    if not _may_match(source, tags):
        return []
    regex = compile_pattern(source)
    found = []
    first = 0
    # a search scans in C for the next unit a match can start at; every unit opens with "‹", so a match
    # starts where a unit does, and the next search begins at the unit after it (matches may overlap)
    while first < len(starts) and (match := regex.search(rendered, starts[first])) is not None:
        first = bisect.bisect_right(starts, match.start()) - 1
        found.append(_unit_match(match, starts, first))
        first += 1
    return found


def full_match(source: str, rendered: str, starts: tuple[int, ...], *, tags: AbstractSet[str]) -> UnitMatch | None:
    """The match of a pattern over the whole rendered sequence (a dependency path), if any; ``tags`` are all the
    tags its units bear."""
    if not _may_match(source, tags):
        return None
    match = compile_pattern(source).fullmatch(rendered)
    return _unit_match(match, starts, 0) if match else None


def _unit_match(match: re.Match[str], starts: tuple[int, ...], first: int) -> UnitMatch:
    groups = {}
    for name, value in match.groupdict().items():
        if value is None:
            continue
        begin, end = match.span(name)
        groups[name] = tuple(i for i, s in enumerate(starts) if begin <= s < end)
    last = max((i for i, s in enumerate(starts) if s < match.end()), default=first)
    return UnitMatch(groups, first, last)
