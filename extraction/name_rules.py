"""Names found by rule where a small pipeline misses or splits them: listed organisations, the
shapes of organisation names ("Rivertide AI", "Max-Planck-Institut für Quantenoptik", "DeepSeek"),
names after a company noun ("das Start-up Qubitera"), the place of a dateline ("SHENZHEN, 4.
Februar 2025 –"), people by honorific or given name ("Dr. Veronika Stauffer"), and the
organisation that heads a German compound ("Xiaomi" in "Xiaomi-Präsident").
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Token

from .demonyms import ends_like_a_demonym, stands_for_a_company
from .gazetteer import find_known_organizations, kind_of
from .legal_forms import without_legal_form
from .lemmas import german_common_noun, german_compound_noun, lookup_known, lookup_lemma
from .lexicon import HONORIFIC_LISTS, LANGUAGES, alternation_of, every_language, lexicon, shared_words
from .lexicon.amounts import all_months
from .person_names import (
    is_given_name,
    opens_with_a_full_name,
    particles_before_a_family_name,
    starts_like_a_person,
)
from .places import is_known_place
from .roles import RoleMatch, find_roles
from .spans import Span, name_key, title_at
from .text import doc_text


# Capitalised words ending in a legal form or organisation word name an organisation even where
# the pipeline missed it: "Rivertide AI", "Lumenio GmbH", "Octopus Ventures", and German institutes
# with what they are for: "Max-Planck-Institut für Quantenoptik".
@lru_cache(maxsize=1)
def org_shape() -> re.Pattern[str]:
    """Capitalised words ending in a legal form or an organisation word name an organisation even where the
    pipeline missed it: "Rivertide AI", "Lumenio GmbH", "Octopus Ventures"."""
    words = lexicon("en")  # the shared lists; every lexicon has them
    ends = words.alternation("org_words") + "|" + words.alternation("legal_forms")
    initial = "[A-ZÄÖÜ]"
    single = rf"{initial}[\w&'-]*(?:\.[\w&'-]+)*"  # no full stop at its end: a name never runs across sentences
    # "Brandauer Sattel- und Lederwaren GmbH", "Lindemann & Roth AG"
    word = rf"{single}(?:(?:{elided_coordination().pattern}| & ){single})?"
    # a capitalised preposition or article opening a sentence is no part of a name: "For Arvanta Systems"
    grammar = "|".join(re.escape(w) for w in sorted({
        w for language in LANGUAGES for w in lexicon(language).grammar_words if w.isalpha()}, key=len, reverse=True))
    # looking ahead for the capital a name starts with spares trying the grammar words at every word (half the
    # time of a search)
    return re.compile(rf"(?<![\w-])(?={initial})(?!(?i:{grammar})\s)(?:(?:{word}\s){{1,3}}(?=[A-Z])(?i:{ends}))"
                      r"(?![\w-])")


@lru_cache(maxsize=1)
def elided_coordination() -> re.Pattern[str]:
    """The German "und" after a word whose end a hyphen leaves to the next word: "Sattel- und Lederwaren"."""
    return re.compile(rf"(?<=-) (?:{alternation_of(lexicon('de').classes['and'])}) (?=\w)")


@lru_cache(maxsize=1)
def _named_compound() -> re.Pattern[str]:
    """A German university or company group named by a compound of a name and its head: "Keio-Universität",
    "Tongji-Universität", "Pfotenhof-Gruppe"."""
    heads = lexicon("de").alternation("university_heads", "group_compound_heads")
    case = lexicon("de").settings.get("noun_case_endings", "")
    return re.compile(rf"(?<![\w-])([A-ZÄÖÜ][\w]+)-(?:{heads}){case}(?![\w-])")


@lru_cache(maxsize=1)
def _institute() -> re.Pattern[str]:
    """A German institute's name, with what it is for: "Max-Planck-Institut für Quantenoptik"."""
    heads = lexicon("de").alternation("institute_heads")
    case = lexicon("de").settings.get("noun_case_endings", "")  # "des Fraunhofer-Instituts für ..."
    return re.compile(rf"(?<![\w-])[A-ZÄÖÜ][\w-]*-(?:{heads}){case}"
                      r"(?: für [A-ZÄÖÜ][\w-]+(?:,? (?:und )?[A-ZÄÖÜ][\w-]+)*)?(?![\w-])")


_SYMBOL_JOINED = re.compile(r"(?<![\w&+-])[A-ZÄÖÜ0-9][\w]*(?:[+&][A-ZÄÖÜ0-9][\w]*)+(?![\w&+-])(?! [A-ZÄÖÜ])")
_APOSTROPHE_JOINED = re.compile(r"(?<![\w'’-])([A-ZÄÖÜÉ][a-zäöüéèà]+)['’][A-ZÄÖÜÉÈ]\w+(?![\w'’-])")
# "Nowak & Weiß", "Benedetti & Söhne", "Procter & Gamble": two capitalised words about a spaced "&"
_SPACED_AMPERSAND = re.compile(r"(?<![\w&+-])([A-ZÄÖÜ][\w'-]*) & [A-ZÄÖÜ][\w'-]*(?![\w&+-])(?! [A-ZÄÖÜ])")


def _symbol_joined_names(text: str, *, language: str) -> list[Span]:
    """Capitalised words or digits joined by "+" or "&" with no space name a company ("K+S", "Kuehne+Nagel", "1&1",
    "AT&T"), unless the lexicon's not_names lists them ("R&D", "M&A", "F&E"); one that a capitalised word follows
    opens a longer name the other rules find ("S&P Global Ratings"). So do two words about a spaced "&" whose first
    is no word of the language ("Nowak & Weiß", not "Forschung & Entwicklung"), and two capitalised words joined by
    an apostrophe ("Net'Éclat"; not an elided particle of a family name: "Dell'Acqua", nor "O'Brien")."""
    joined = [Span(m.start(), m.end(), "ORG") for m in _SYMBOL_JOINED.finditer(text)
              if m.group(0).lower() not in shared_words("not_names")]
    joined += [Span(m.start(), m.end(), "ORG") for m in _APOSTROPHE_JOINED.finditer(text)
               if m.group(1).lower() not in shared_words("elided_particles")]
    return joined + [Span(m.start(), m.end(), "ORG") for m in _SPACED_AMPERSAND.finditer(text)
                     if not lookup_known(m.group(1), language=language)]


# Brand names written in camel case ("DeepSeek", "QuantConnect", "GlobalFoundries") are companies; not
# Scottish and Irish surnames ("McCarthy", "MacLeod"), nor versioned products ("DeepSeek-V2").
_CAMEL_CASE = re.compile(r"(?<![\w-])(?!Mc|Mac)[A-Z][a-z]+(?:[A-Z][a-z0-9]+)+(?![\w-])")
# "SHENZHEN, 4. Februar 2025 –", "PARIS (Reuters) –": capitals opening an article name its place, or places parted by
# a slash ("ST. GALLEN/BIELEFELD, 22. April 2026"); a region in brackets before the date's comma is group 1 ("MOREZ
# (Jura), 2 décembre 2025").
_DATELINE_PLACE = re.compile(
    r"(?m)^[A-ZÄÖÜÉ][A-ZÄÖÜÉ'’./ -]*[A-ZÄÖÜÉ]"
    r"(?=(?: \(([^)\n]{1,30})\)(?=,)| \([^)\n]{1,30}\))?(?:,[^\n]{0,30}\d{4}| ?[—–-] "
    r"|,[^\n]{0,40}?\)? [—–-] ))"  # "AMSTERDAM, July 1 (Reuters) -"
    # ... or written as usual, when a date follows: "Glasgow, October 2, 2025 -", "Grenoble, mardi 2 décembre 2025"
    r"|^[A-ZÄÖÜÉ][a-zäöüßéèô]+(?:[ -][A-ZÄÖÜÉ][a-zäöüßéèô]+)?(?=, (?:den |le |[A-Za-zéû]+\.? )?"
    r"(?:\d{1,2}\.? ?(?:[A-Za-zéû]+\.?|\d{1,2}\.) ?\d{4}|[A-Z][a-z]+\.? \d{1,2},? \d{4}))"
)
_DATELINE_REACH = 400  # characters from the top
_FAMILY_AND_HYPHENATED = re.compile(r"[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+")


def _capitalised(words: frozenset[str]) -> frozenset[str]:
    """Lexicon words (lowercase) as written first in a name or as a German noun: "Umsatz", "Dr."."""
    return frozenset(w[:1].upper() + w[1:] for w in words)


@lru_cache(maxsize=1)
def business_nouns() -> str:
    """A company's strategy, sales, shares, plants ("Xiaomi-Strategie", "Xiaomis Umsatz"): the German nouns,
    capitalised as written, as a pattern that ends a word."""
    return rf"(?:{alternation_of(_capitalised(lexicon('de').words('business_nouns')))})\b"


@lru_cache(maxsize=1)
def _business_compound() -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])([A-ZÄÖÜ]\w+)-" + business_nouns())




@lru_cache(maxsize=1)
def _after_honorific() -> re.Pattern[str]:
    """A name after an honorific of any language, capitalised, and perhaps more of them: "Dr. Veronika
    Stauffer", "Herr Müller", "Prof. Dr. med. Lea Roth", "M. Chen"."""
    listed = every_language(*HONORIFIC_LISTS)
    capitalised = alternation_of(_capitalised(listed))
    return re.compile(rf"(?<![\w.])(?:{capitalised})(?: (?:{capitalised}|{alternation_of(listed)}))* "
                      r"([A-ZÄÖÜ][\w'’-]+(?: [A-ZÄÖÜ][\w'’-]+){0,2})")
# (a lookahead, so that "Physikerin Lea Brandstätter" still yields "Lea Brandstätter")
@lru_cache(maxsize=1)
def _given_and_surname() -> re.Pattern[str]:
    """A capitalised word, perhaps a name's particles, then a capitalised word: "Katrin Wollenweber", "Joost van der
    Meulen" (overlapping matches, the name in group 1)."""
    particles = alternation_of(shared_words("name_particles"))
    return re.compile(rf"(?<![\w-])(?=([A-ZÄÖÜÉ][a-zäöüßéèëï]+(?:-[A-Z][a-zé]+)?(?: (?:{particles}))? "
                      rf"[A-ZÄÖÜ][\w'’-]+)(?![\w-]))")


# A name's first word after a company noun: capitalised, also a single capital and a hyphen ("Q-Sense")
_NAME_WORD = r"[A-ZÄÖÜ](?:\w+|-[A-ZÄÖÜ]\w+)"


@lru_cache(maxsize=1)
def _after_company_noun() -> re.Pattern[str]:
    """A capitalised word after a noun that names companies (in any language), perhaps with an adjective
    between: "das Start-up Qubitera", "la jeune pousse lyonnaise Opalys"."""
    nouns = alternation_of(every_language("nouns_before_company_names"))
    return re.compile(rf"(?:{nouns})(?: [a-zé][\w-]+)? ({_NAME_WORD}(?:-[A-ZÄÖÜ]?\w+)?)(?![\w-])")


@lru_cache(maxsize=1)
def _joiners() -> frozenset[str]:
    """The small words of any language that join the words of a name: "der", "und", "of", "de"."""
    return frozenset(w for language in LANGUAGES for name in ("of", "and", "det", "to", "in")
                     for w in lexicon(language).classes.get(name, ()) if w.isalpha() and w.islower())


@lru_cache(maxsize=1)
def _spelt_out() -> re.Pattern[str]:
    """Words, joined by the small words of any language or a hyphen that leaves out a shared part ("Eisenbahn- und
    Verkehrsgewerkschaft"), right before an acronym in brackets; the first is capitalised, later ones may be
    adjectives in lower case ("Hôpitaux universitaires de Genève")."""
    joiners = "|".join(sorted(_joiners(), key=len, reverse=True))
    word = r"[A-ZÄÖÜÉ][\w'’-]*"
    return re.compile(rf"(?<![\w-])({word}(?: (?:(?:{joiners}) )*(?:{word}|[a-zéèà][\w'’-]{{3,}}))*) "
                      rf"\(([A-ZÄÖÜ][A-Za-z]{{1,7}})\)")


def _spelt_out_names(text: str) -> list[Span]:
    """An organisation's full name before its acronym in brackets, from the nearest word that starts with the
    acronym's first letter on, where the acronym's letters come in order in the name: "der Hauptverband der Deutschen
    Bauindustrie (HDB)", "von der Eisenbahn- und Verkehrsgewerkschaft (EVG)", "HV Capital und der High-Tech
    Gründerfonds (HTGF)"; with a word in lower case, its words' initials are the acronym: "les Hôpitaux universitaires
    de Genève (HUG)"; not a person's name ("Frank Weiland (EVG)"), nor a term ("High Bandwidth Memory (HBM)")."""
    found = []
    for match in _spelt_out().finditer(text):
        name, acronym = match.group(1), match.group(2)
        if acronym.lower() in shared_words("not_names"):
            continue
        starts = [m.start() for m in re.finditer(r"(?<![\w'’-])[A-ZÄÖÜÉ]", name) if name[m.start()] == acronym[0]]
        for start in reversed(starts):
            if _spells(name[start:], acronym=acronym):
                found.append(Span(match.start(1) + start, match.end(1), "ORG"))
                break
    return found


def _spells(name: str, *, acronym: str) -> bool:
    """Whether a name of two or more words spells the acronym: its letters in order, or, where a word is in lower
    case, exactly the initials of its words that are no small words."""
    words = [w for w in name.split() if w not in _joiners()]
    if len(words) < 2:
        return False
    if any(w[:1].islower() for w in words):
        return "".join(w[0] for w in words).lower() == acronym.lower()
    return re.fullmatch(".*?".join(map(re.escape, acronym.lower())) + ".*", name.lower(), re.DOTALL) is not None


@lru_cache(maxsize=8)
def _lowercase_institution(language: str) -> re.Pattern[str] | None:
    """French writes a university's noun in lower case before its name, perhaps with adjectives: "l'université
    nationale Tsing Hua", "l'université technique de Munich", "l'université RWTH d'Aix-la-Chapelle" (a word of the
    lexicon's education nouns, then capitalised words; nothing where the language capitalises its nouns)."""
    words = lexicon(language)
    heads = [w for w in words.words("education_nouns") if " " not in w] if language == "fr" else []
    if not heads:
        return None
    name = r"[A-ZÄÖÜÉ][\w'’-]*"
    # "de", "d'", "la", "l'" between the words: an elided one ("d'") takes no space after it
    small = "|".join(re.escape(w).replace("'", "['’]") + ("" if w.endswith("'") else " ")
                     for w in sorted(words.classes.get("of", frozenset()) | words.classes.get("det", frozenset()),
                                     key=len, reverse=True))
    # a place after a preposition says where a school is, no name: "sa propre école interne à Briare"
    places = "|".join(re.escape(w) for w in sorted(words.classes.get("at", frozenset())
                                                      | words.classes.get("in", frozenset()), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{'|'.join(sorted(heads))})(?: (?!(?:{places}) )[a-zéèêàç]+){{0,2}}?"
                      rf"(?: (?:{small}){{0,2}}{name})+")


def with_names_by_rule(model: list[Span], *, text: str, language: str) -> list[Span]:
    """The pipeline's names with what rules know better: listed organisations, organisation shapes
    ("Rivertide AI"), institutes, names after company nouns replace the pipeline's pieces inside
    them; people by honorific or given name fill gaps."""
    shapes = [_past_descriptions(Span(m.start(), m.end(), "ORG"), text=text, language=language)
              for m in org_shape().finditer(text)]
    known = [Span(k.start, k.end, "ORG") for k in find_known_organizations(text)]
    known += [Span(m.start(), m.end(), "ORG") for m in _institute().finditer(text)
              if m.group(0).split("-")[0].lower() not in shared_words("not_names")]  # not "ein KI-Zentrum"
    known += [Span(m.start(), m.end(), "ORG") for m in _named_compound().finditer(text)
              if _unknown_to_german(m.group(1))]  # "Keio-Universität", not "Elite-Universität"
    known += _institutions_of_places(model, text=text)
    known += _institutions_of_names(model, text=text, language=language)
    known += _named_by_company_nouns(text, language=language)
    known += _spelt_out_names(text)
    institution = _lowercase_institution(language)
    known += [Span(m.start(), m.end(), "ORG") for m in institution.finditer(text)] if institution else []
    places = dateline_places(text)
    raw = [s for s in model if not any(s.overlaps(p) for p in places)] + places
    raw += [s for s in _camel_case_names(text) if not any(s.overlaps(r) for r in raw)]
    # the pipeline's pieces of a joined name give way; a longer name it starts keeps it
    for joined in _symbol_joined_names(text, language=language):
        inside, others = _partition(raw, by=joined)
        if all(joined.start <= s.start and s.end <= joined.end for s in inside):
            raw = [*others, joined]
    for person in _people_by_shape(text, language=language):  # "Lea Brunner" where the pipeline saw only "Brunner"
        inside, others = _partition(raw, by=person)
        # a firm's name run on into the person's is cut before it
        cut = {id(s): _cut_before(s, person=person, text=text) for s in inside}
        others += [cut[id(s)] for s in inside if cut[id(s)] is not s]
        inside = [s for s in inside if cut[id(s)] is s]
        # "Choi Do-yeon": a family name and a hyphenated given name is a person, whatever the pipeline said
        korean = bool(_FAMILY_AND_HYPHENATED.fullmatch(text[person.start:person.end]))
        # a surname alone the pipeline took for a place: "schrieb Anders Nyberg" with "Nyberg" a place
        surname = [s for s in inside if s.label in ("LOC", "GPE", "MISC") and s.end == person.end
                   and " " not in text[person.start:s.start].strip()]
        # and a given name the pipeline took for a place: "treibt Anil Deshpande" with "Anil" a place, or for a firm
        # before a name's particles: "Ruben van der Meulen" with "Ruben" a firm
        particles = particles_before_a_family_name()
        given = [s for s in inside if s.start == person.start and is_given_name(text[s.start:s.end]) and (
            s.label in ("LOC", "GPE", "MISC") or (s.label == "ORG" and particles.match(text, s.end)))]
        # and a German noun for what the person does, run into the name: "der Glaskünstlerin Giulia Marchetti"
        described = [s for s in inside if language == "de" and s.end == person.end
                     and _noun_for_a_person(text[s.start:person.start])]
        if not any(person.overlaps(s) for s in shapes + known) and all(s in described or (
                (s.label == "PERSON" or korean or s in surname or s in given) and person.start <= s.start
                and s.end <= person.end) for s in inside):
            raw = [*others, person]
    # "co-founder Erlend Haugen, who": a person, whatever the pipeline made of the pieces ("Haugen" a firm)
    for person in _titled_unknown_people(text, language=language):
        if not any(person.overlaps(s) for s in shapes + known):
            raw = [*_partition(raw, by=person)[1], person]
    raw = [piece for span in raw for piece in _run_on_after_known(span, known=known, text=text, language=language)]
    raw = [_cut_after_legal_form(span, shapes=shapes, text=text) for span in raw]
    named = {text[s.start:s.end] for s in raw}
    for org, by_shape in [(s, True) for s in shapes] + [(k, False) for k in known]:
        inside, others = _partition(raw, by=org)
        # German capitalises every noun, so there a shape only grows a name by organisation words
        # ("Earlybird" -> "Earlybird Venture Capital", not "Buhl-Alberti AG" -> "Graphitwerke Buhl-Alberti AG")
        # a known name also wins over a span that only adds its description ("Zulieferer Mahle")
        kept_out = [s for s in inside if not (org.start <= s.start and s.end <= org.end)
                    and (by_shape or not _described(s, org, text=text, language=language))]
        if not kept_out and not (language == "de" and by_shape and not _grows_by_name_words(org, inside, text=text)
                                 and not _opened_by_a_name(org, names=named, text=text)):
            raw = [*others, org]
    if language == "de":
        raw = [_opened_by_a_trade(span, text=text) for span in raw]
    agencies = dateline_agencies(text)  # the agency a dateline credits is no organisation of the article
    return [s for s in raw if not any(s.overlaps(a) for a in agencies)]


def _opened_by_a_trade(span: Span, *, text: str) -> Span:
    """German names a business by its craft, and the craft opens the name, which is a firm's whatever the pipeline
    called it: "Lederfabrik Lohmüller GmbH" where the pipeline saw "Lohmüller GmbH", "die Spitzenmanufaktur
    Elstertal" where it saw a place, "die Küferei Scheuermann" where it saw a surname (not a description: "der
    Autozulieferer ZF"; not a person's full name: "die Weberei Anna Berg")."""
    before = _word_before(text, span.start)
    full_name = span.label == "PERSON" and " " in text[span.start:span.end]
    if (full_name or before is None or not text[span.start].isupper()
            or not lexicon("de").names_a_trade(before.group(1))
            or named_alone(without_legal_form(text[span.start:span.end]), text=text)):
        return span
    return Span(before.start(1), span.end, "ORG", from_rules=True)


def _word_before(text: str, position: int) -> re.Match[str] | None:
    """The capitalised word right before ``position`` (group 1), if one is."""
    return _WORD_BEFORE.search(text, max(0, position - _LONGEST_WORD), position)


def named_alone(name: str, *, text: str, description: str = "", after_names: bool = True) -> bool:
    """Whether the article names ``name`` on its own somewhere: not right after its ``description``
    ("Ferienfluggesellschaft Rheinflug", then "Rheinflug"), nor, where ``after_names``, after a capitalised word,
    whose name it may end ("die Hutmanufaktur Ellinger GmbH" where "Ellinger" stands alone; "Web Promotion")."""
    return any(not (description and text.endswith(description + " ", 0, m.start()))
               and not (after_names and _word_before(text, m.start()))
               for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text))


_WORD_BEFORE = re.compile(r"(?<![\w-])([A-ZÄÖÜ][\w-]+) $")
_LONGEST_WORD = 40  # characters


def _noun_for_a_person(words: str) -> bool:
    """One German common noun for a person, or a compound ending in one, before a name: "Glaskünstlerin ",
    "Restaurator "; not a company noun ("Kanzlei ", "Weberei ") or an institution's ("Galerie ")."""
    word, vocabulary = words[:-1], lexicon("de")
    return (words.endswith(" ") and word.isalpha() and word[:1].isupper()
            and word.endswith(tuple(vocabulary.words("person_noun_endings")))
            and not vocabulary.company_noun_ending.search(word.lower()) and german_compound_noun(word))


def _cut_before(span: Span, *, person: Span, text: str) -> Span:
    """An organisation's span cut where it runs on past its last organisation word into a person's name after it:
    "chez son concurrent Prises & Co Grégoire Lamarque-Diallo" -> "Prises & Co"; not a name that is an organisation
    word and a person's name ("Fondation Louis Vuitton"), or past a colon or comma; any other span as it is."""
    before = text[span.start:person.start].rstrip()
    words = before.split()
    # a colon or comma never stands inside a name: "graduates of Berklee College of Music: Kavya Iyer"
    punctuated = before.endswith((":", ",", ";"))
    if (span.label != "ORG" or not span.start < person.start < span.end <= person.end or len(words) < 2
            or not (punctuated or any(words[-1].lower() in shared_words(name)
                                      for name in ("org_words", "legal_forms")))):
        return span
    return Span(span.start, span.start + len(before.rstrip(":,;")), "ORG")


def _run_on_after_known(span: Span, *, known: list[Span], text: str, language: str) -> list[Span]:
    """A pipeline's span that runs on from a listed name into lower-case words is the listed name and, where a
    conjunction joins a capitalised name to it, that name too: "Synopsys and Cadence Design Systems" is two firms,
    "L'Oréal en barquettes et calages" and "Accor pour l'Europe du Sud" one; words of belonging go on with the
    name ("Inria de Saclay")."""
    head = next((k for k in known if k.start == span.start and k.end < span.end), None)
    rest = _LOWER_THEN_NAME.match(text, head.end, span.end) if head is not None else None
    if rest is None:
        return [span]
    words, after = lexicon(language), rest.start(1)
    between = text[head.end:after].split()
    if all(words.classes_of(word) & {"of", "det"} for word in between):
        return [span]
    joined = after < span.end and len(between) == 1 and "and" in words.classes_of(between[0])
    return [Span(span.start, head.end, span.label)] + ([Span(after, span.end, span.label)] if joined else [])


def _past_descriptions(shape: Span, *, text: str, language: str) -> Span:
    """A shape without the German company nouns that open it and describe the name after them ("Clog-Produzenten" of
    "den schwedischen Clog-Produzenten Kvist Olsen AB"); a noun that also opens names stays ("Privatbrauerei
    Hellwig KG"), unless it is a craft and the article names the rest alone ("Hutmanufaktur Ellinger GmbH", then
    "Ellinger")."""
    start, words = shape.start, lexicon(language)
    for word in text[shape.start:shape.end].split()[:-2] if language == "de" else ():
        rest = Span(start + len(word) + 1, shape.end, shape.label)
        if not (words.describes_names(word) or (
                words.names_a_trade(word) and named_alone(without_legal_form(text[rest.start:rest.end]), text=text))):
            break
        start = rest.start
    return Span(start, shape.end, shape.label)


def _cut_after_legal_form(span: Span, *, shapes: list[Span], text: str) -> Span:
    """A legal form ends a name: a pipeline's span that runs on past the end of a name shaped by one into words in
    lower case or a full stop is cut there ("Aarhus A/S setzte 2025" of "Sejlmager Aarhus A/S setzte 2025 ... um");
    not where a name goes on ("SAP Labs India")."""
    legal_forms = shared_words("legal_forms")
    for shape in shapes:
        if (span.start < shape.end < span.end and _LOWER_OR_STOP.match(text, shape.end)
                and text[:shape.end].split()[-1].lower() in legal_forms):
            return Span(span.start, shape.end, span.label)
    return span


_LOWER_OR_STOP = re.compile(r"\.| [a-zà-ÿäöüß\d]")
# lower-case words after a listed name, then perhaps a capitalised name up to the span's end
_LOWER_THEN_NAME = re.compile(r"(?: [a-zà-ÿäöüß][\w'’-]*)+(?: |$)((?=[A-ZÄÖÜÉ])|$)")


def _described(span: Span, org: Span, *, text: str, language: str) -> bool:
    """Whether the pipeline's span is a known organisation, or its start, with the company noun that describes it
    before it ("Zulieferer Mahle", "Stuttgarter Zulieferer Mahle", "Bankhaus Hauck" of "Bankhaus Hauck Aufhäuser
    Lampe"): the organisation is the name."""
    if not (span.start < org.start < span.end <= org.end):
        return False
    words = text[span.start:org.start].split()
    return bool(words) and lexicon(language).company_noun_ending.search(words[-1].lower()) is not None


def _partition(spans: list[Span], *, by: Span) -> tuple[list[Span], list[Span]]:
    """The spans that overlap ``by`` and the others, each in order (one pass, and no comparison of spans)."""
    inside: list[Span] = []
    others: list[Span] = []
    for span in spans:
        (inside if span.overlaps(by) else others).append(span)
    return inside, others


# The label of a name that no pipeline found and no rule can place: kept only where the words around its
# mentions say what it is (``label_votes``).
CANDIDATE = "CANDIDATE"
_SHORTEST_UNKNOWN = 3  # letters


def unknown_names(doc: Doc, *, taken: list[Span], language: str) -> list[Span]:
    """Capitalised words that are no word of the language and that no pipeline or rule took, at each of
    their mentions: "Paylinea", "Finlio", "T-Systems". Proper nouns by the tagger where there is one;
    in German (no tagger, every noun capitalised) the words the lemma table does not know."""
    blocked = taken + [Span(t.start, t.end, "") for t in find_roles(doc_text(doc), language=language)]
    found = []
    for token in doc:
        if not _unknown(token, language=language):
            continue
        span = Span(token.idx, token.idx + len(token.text), CANDIDATE)
        if any(span.overlaps(t) for t in blocked):
            continue
        if found and _continues(doc, found[-1], token):  # "Grenoble INP", "Kepler Cheuvreux", "Halloran & Voss"
            found[-1] = Span(found[-1].start, span.end, CANDIDATE)
        else:
            found.append(span)
    return [_with_leading_acronym(doc, span, blocked=blocked)
            for span in _with_trailing_capitals(doc, found, blocked=blocked, language=language)]


def _with_leading_acronym(doc: Doc, span: Span, *, blocked: list[Span]) -> Span:
    """An acronym right before a candidate is the first part of its name: "der Autozulieferer CD Viier"."""
    tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
    if tokens is None or tokens.start == 0:
        return span
    before = doc[tokens.start - 1]
    acronym = Span(before.idx, before.idx + len(before.text), CANDIDATE)
    if (before.is_alpha and before.text.isupper() and 2 <= len(before.text) <= 5 and before.idx + len(before.text) + 1
            == span.start and not before.is_sent_start and not any(acronym.overlaps(b) for b in blocked)):
        return Span(acronym.start, span.end, CANDIDATE)
    return span


def _continues(doc: Doc, previous: Span, token: Token) -> bool:
    """The token goes on the name before it: right after a space, or after a spaced "&" that joins partners' names
    ("Halloran & Voss Brass"; "R&D" has no spaces)."""
    return doc_text(doc)[previous.end:token.idx] in (" ", " & ")


def _with_trailing_capitals(doc: Doc, spans: list[Span], *, blocked: list[Span], language: str) -> list[Span]:
    """A candidate runs on over capitalised words and acronyms right after it: "Grenoble INP"."""
    grown = []
    for span in spans:
        tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
        end = span.end
        for token in doc[tokens.end:tokens.end + 2] if tokens is not None else ():
            nxt = Span(token.idx, token.idx + len(token.text), CANDIDATE)
            if (token.idx != end + 1 or not token.text[:1].isupper() or token.is_stop or not token.is_alpha
                    or any(nxt.overlaps(b) for b in blocked) or _describes_a_name(token, language=language)):
                break
            end = nxt.end
        grown.append(Span(span.start, end, CANDIDATE))
    return grown


def _describes_a_name(token: Token, *, language: str) -> bool:
    """A German compound ending in a company noun before a capitalised word describes the name that word opens
    ("Satellitenbetreibers Nordlys"); at a name's end it may be part of it ("Berliner Volksbank")."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return (language == "de" and following is not None and following.text[:1].isupper()
            and lexicon(language).ends_in_company_noun(token.text))


def _owns_the_title_after(token: Token, *, language: str) -> bool:
    """A sentence's first word before a title and a person's full name is the title's firm: "Jefferies analyst
    Marc-Antoine Leclercq was more cautious" (English and French; German capitalises its nouns)."""
    if language == "de":
        return False
    text = doc_text(token.doc)
    after = text[token.idx + len(token.text):token.idx + len(token.text) + 60]
    title = title_at(after.lstrip(), language=language) if after.startswith(" ") else None
    if title is None:
        return False
    return opens_with_a_full_name(after.lstrip()[title.end:])


def unknown_word(token: Token, *, language: str, allow_start: bool = False) -> bool:
    """A capitalised word that is no word of the language (see ``unknown_names``); ``allow_start`` also
    takes a sentence's or a clause's first word."""
    return _unknown(token, language=language, allow_start=allow_start)


def _unknown(token: Token, *, language: str, allow_start: bool = False) -> bool:
    word = token.text
    if len(word) < _SHORTEST_UNKNOWN or not word[:1].isupper():
        return False  # most words: the lexicon is read only for the others
    words, lower = lexicon(language), word.lower()
    if lower in words.words("not_names") or words.is_company_noun(word):  # "des Start-ups" refers back
        return False
    if lower in every_language(*HONORIFIC_LISTS):
        return False  # "Prof. Dr." before a name is no name of its own
    if lower in all_months():
        return False  # "Zum 1. März kommt P": a date without its year, no name
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if _describes_a_name(token, language=language) or (
            following is not None and ends_like_a_demonym(word) and _describes_a_name(following, language=language)):
        return False  # "des Osloer Satellitenbetreibers Nordlys Satcom": a description, no part of the name
    if language == "de" and stands_for_a_company(token.idx, token.idx + len(word), text=doc_text(token.doc),
                                                  language=language):
        return False  # "der Duisburger": a company of the city, which references read
    if lower in words.words("org_words") or token.is_stop:
        return False  # "Group", "Mit": no name on their own
    if (token.is_sent_start or token.pos_ != "PROPN") and _owns_the_title_after(token, language=language):
        return True  # whatever the tagger made of it: "Jefferies analyst Marc-Antoine Leclercq said"
    if token.is_sent_start and not allow_start and _opens_a_name_of_two_words(token, language=language):
        return True  # no word of the language before another proper noun: "Olumide Adeyemi, head of policy at …"
    if (token.is_sent_start and not allow_start) or (not any(c.islower() for c in word[1:]) and len(word) < 4):
        return False  # a sentence's first word may be any word; short capitals are acronyms of the trade
    if not allow_start and token.i and token.doc[token.i - 1].text in "\"„“«:–—(":
        return False  # the first word of a quote or a clause
    if language == "de":  # a compound ending in a German noun is a noun: "Private-Equity-Team", "Großmodells"
        return (lookup_lemma(word, language=language) == lower and not lookup_known(word, language=language)
                and names_an_organisation(word) and not ends_in_a_german_noun(word))
    # a capitalised noun inside a sentence that the lemma table does not know is a name too ("the toy maker
    # Thistledown", tagged a common noun); not an adverb or adjective ("Separately", "Spanish")
    return (token.pos_ == "PROPN" or (token.pos_ == "NOUN" and not lookup_known(word, language=language)
                                      and not lookup_known(lower, language=language))) and not token.ent_type_


def _opens_a_name_of_two_words(token: Token, *, language: str) -> bool:
    """A sentence's first word that the tagger and the lemma table take for no word of the language, right before
    another proper noun (English, French: German capitalises its nouns)."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return (language != "de" and token.pos_ == "PROPN" and not token.ent_type_ and following is not None
            and following.pos_ == "PROPN" and following.text[:1].isupper() and following.idx == token.idx + len(token)
            + 1 and not lookup_known(token.text, language=language))


_SHORTEST_NOUN = 5  # letters of the shortest German noun a compound is taken to end in


def ends_in_a_german_noun(word: str) -> bool:
    """ "Open-Source-Großmodells", "Controllings": a compound (or genitive) of a word the lemma table knows."""
    last = word.rsplit("-", 1)[-1].lower()
    if "-" in word and len(last) > 2 and lookup_known(last.capitalize(), language="de"):
        return True  # "Private-Equity-Team"
    for stem in (last, last.removesuffix("s"), last.removesuffix("es")):
        for start in range(len(stem) - _SHORTEST_NOUN + 1):
            if (start == 0 or len(stem) - start >= _SHORTEST_NOUN) and lookup_known(stem[start:].capitalize(),
                                                                                     language="de"):
                return start > 0 or "-" in word or stem != last
    return False


def described_after(text: str, position: int, *, language: str) -> bool:
    """Whether a description follows ``position`` and heads another name: " battery start-up Voltaic" (the headline's
    firm is Voltaic), " investment firm Fjällström Capital" (Stockholm is where the firm is); not a verb a firm does
    before its object: " buys saddler Ashworth"."""
    match = _description_after(language).match(text, position)
    verbs = lexicon(language).words("organisation_verbs")
    return match is not None and not any(lookup_lemma(word, language=language) in verbs
                                         for word in match.group(0).split()[:-2])


@lru_cache(maxsize=8)
def _description_after(language: str) -> re.Pattern[str]:
    nouns = lexicon(language).alternation("company_nouns")
    return re.compile(rf" (?:[a-zà-ÿ][\w-]* ){{0,2}}(?:{nouns}) [A-ZÄÖÜÉ]")


def short_form_of(name: str) -> str | None:
    """The first word of a two-word company name whose second says its trade: "Xinhe" for "Xinhe
    Semiconductor", which the article may use alone."""
    words = name.split()
    if (len(words) == 2 and words[1].lower() in shared_words("trade_words")
            and words[0].lower() not in shared_words("not_short_forms")
            and len(words[0]) > 2 and not kind_of(words[0])):
        return words[0]
    return None


def _people_by_shape(text: str, *, language: str) -> list[Span]:
    """ "Dr. Veronika Stauffer", "M. Chen", "Herr Müller", and a given name with a capitalised surname
    ("Katrin Wollenweber"): people, where the pipeline found nothing. A German title after a name is no
    surname: "war Khalil Forschungsleiterin"."""
    found = [Span(m.start(1), m.end(1), "PERSON") for m in _after_honorific().finditer(text)]
    for match in _given_and_surname().finditer(text):
        last = match.group(1).rsplit(" ", 1)[-1]
        if (starts_like_a_person(match.group(1)) and not kind_of(match.group(1))
                and not _a_title(last, language=language)):
            found.append(Span(match.start(1), _with_third_name(match.group(1), end=match.end(1), text=text),
                              "PERSON"))
    return found


_TITLE_REACH = 40  # characters before a name in which its title ends


@lru_cache(maxsize=8)
def person_relative(language: str) -> re.Pattern[str] | None:
    """A relative pronoun only people take, right after a name: English ", who" (organisations are "which")."""
    relatives = lexicon(language).words("person_relatives")
    return re.compile(rf",? (?:{alternation_of(relatives)})\b") if relatives else None


def _titled_unknown_people(text: str, *, language: str) -> list[Span]:
    """A title, then two capitalised words whose first no lexicon knows, then a relative only people take ("takes
    over from co-founder Erlend Haugen, who becomes ..."): a person whose given name is not listed."""
    relative = person_relative(language)
    if relative is None:
        return []
    found = []
    for match in _given_and_surname().finditer(text):
        name, start = match.group(1), match.start(1)
        if not relative.match(text, match.end(1)):  # cheap first: most pairs of capitalised words have none
            continue
        before = text[max(0, start - _TITLE_REACH):start]
        titles = find_roles(before, language=language)
        if (titles and before.endswith(" ") and titles[-1].end == len(before) - 1 and not kind_of(name)
                and not lookup_known(name.split()[0], language=language)
                and not is_known_place(name.split()[0])):
            found.append(Span(start, match.end(1), "PERSON"))
    return found


def _a_title(word: str, *, language: str) -> bool:
    """Whether the whole word is a title ("Forschungsleiterin"), not a name that starts like one."""
    title = title_at(word, language=language)
    return title is not None and title.end == len(word)


_NEXT_NAME = re.compile(r" ([A-ZÄÖÜ][a-zäöüß'’-]+)(?![\w-])")


def _with_third_name(name: str, *, end: int, text: str) -> int:
    """Where a name of two given names runs on into its family name: "Mei Lin Chen", "Anna Maria Schmidt"."""
    third = _NEXT_NAME.match(text, end)
    if (third is None or not is_given_name(name.split(" ")[1]) or third.group(1).lower() in shared_words("org_words")
            or kind_of(third.group(1))):
        return end
    return third.end()


@lru_cache(maxsize=1)
def _institution_before() -> re.Pattern[str]:
    """An institution named for its town right before it (``common.toml``): "Universitätsspital ", "University of "."""
    heads = alternation_of(shared_words("place_institution_heads"))
    openings = alternation_of(shared_words("place_institution_openings"))
    return re.compile(rf"(?<![\w-])(?:(?=[A-ZÄÖÜ])[\w-]*(?i:{heads})|(?i:{openings})[\w-]*) $")


_INSTITUTION_REACH = 40  # characters before a name in which an institution's opening words stand


def _institutions_of_places(model: list[Span], *, text: str) -> list[Span]:
    """A place the pipeline found, with the institution word before it: one organisation."""
    found = []
    for place in (s for s in model if s.label == "LOC"):
        match = _institution_before().search(text, max(0, place.start - _INSTITUTION_REACH), place.start)
        if match:
            found.append(Span(match.start(), place.end, "ORG"))
    return found


@lru_cache(maxsize=8)
def _education_noun_of(language: str) -> re.Pattern[str]:
    """A capitalised education noun and a word of belonging right before a name: "Akademie der ", "Université de "."""
    words = lexicon(language)
    heads = alternation_of(frozenset(w.capitalize() for w in words.words("education_nouns")))
    belonging = alternation_of(words.classes.get("of", frozenset()))
    return re.compile(rf"(?<![\w-])(?:{heads})(?: (?:{belonging}))+ $")


def _institutions_of_names(model: list[Span], *, text: str, language: str) -> list[Span]:
    """A name the pipeline found after an education noun and "of" ("Akademie der Bildenden Künste München"): the
    noun opens the institution's name."""
    pattern = _education_noun_of(language)
    return [Span(match.start(), span.end, "ORG") for span in model
            if (match := pattern.search(text, max(0, span.start - _INSTITUTION_REACH), span.start))]


def dateline_places(text: str) -> list[Span]:
    """The places in capitals that open a dateline ("SHENZHEN, 4. Februar 2025 –", "ST. GALLEN/BIELEFELD, ..."), and
    the region in brackets before the date's comma ("MOREZ (Jura), 2 décembre 2025"; the agency's brackets come after
    the date)."""
    places = []
    for match in _DATELINE_PLACE.finditer(text[:_DATELINE_REACH]):
        if sum(c.isalpha() for c in match.group(0)) >= 3:
            places += [Span(match.start() + part.start(), match.start() + part.end(), "LOC")
                       for part in re.finditer(r"[^/]+", match.group(0))]
            if match.group(1):
                places.append(Span(match.start(1), match.end(1), "LOC"))
    return places


# "HAMBURG (Reuters) –", "LONDON, June 3 (Reuters) -", "MÜNCHEN, 12. März 2026 (dpa) –": brackets closed by a dash on
# the article's first lines credit the news agency, as a byline does; a region's brackets may come first
# ("MOREZ (Jura), 2 décembre 2025 (AFP) -").
_DATELINE_AGENCY = re.compile(r"(?m)^[^\n()]{1,80}(?:\([^()\n]{1,30}\)[^\n()]{1,60})?\(([^()\n]{1,30})\)\s*[-–—]\s")


def dateline_agencies(text: str) -> list[Span]:
    """The news agency a dateline credits in brackets; it counts as an organisation only where the text cites it
    ("told Reuters")."""
    return [Span(m.start(1), m.end(1), "ORG") for m in _DATELINE_AGENCY.finditer(text[:_DATELINE_REACH])]


def _camel_case_names(text: str) -> list[Span]:
    """Camel-case brand names ("DeepSeek") as organisations, unless a version follows them."""
    return [Span(m.start(), m.end(), "ORG") for m in _CAMEL_CASE.finditer(text)
            if not _VERSION_AFTER.match(text, m.end())]


_VERSION_AFTER = re.compile(r"[- ]?(?:V?\d|Pro\b|Max\b|Ultra\b|Mini\b)")


@lru_cache(maxsize=1)
def _after_trade_noun() -> re.Pattern[str]:
    """A German company noun, also at the end of a compound ("Frachtbuchungsplattform Cargonexa", "Dortmunder
    Privatbrauerei Hellwig", "Der Kieler Segelmacher Förde Segel": a compound head only at a compound's end), and the
    capitalised word after it (group 1), with the next one too (group 2: "Der Reiseveranstalter Fernweh Touristik")."""
    words = lexicon("de")
    nouns = alternation_of(words.words("company_nouns"), flags=re.IGNORECASE)
    heads = alternation_of(words.words("company_compound_heads"), flags=re.IGNORECASE)
    return re.compile(rf"(?<![\w-])(?:[\w-]*(?i:{nouns})|[\w-]{{3,}}(?i:{heads})) "
                      rf"(({_NAME_WORD})(?: [A-ZÄÖÜ]\w+)?)(?![\w-])")


def _named_by_company_nouns(text: str, *, language: str) -> list[Span]:
    """ "das Start-up Qubitera", "la jeune pousse Opalys": a capitalised word after a company noun is
    an organisation (every mention of it) when the article names it twice or, in German and French,
    where the word cannot be a common noun."""
    found = []
    not_names = every_language("not_names_after_company_nouns")  # "das Start-up Ende 2023 gegründet"
    for match in _after_company_noun().finditer(text):
        name = match.group(1)
        mentions = [m.span() for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)]
        # "das Start-up Lumenio" (the name right after the noun), not "die Firma den Abschluss"
        once = (language in ("de", "fr") and match.group(0).count(" ") == 1 and names_an_organisation(name)
                and name.lower() not in not_names)
        if (len(mentions) >= 2 or once) and not kind_of(name) and name.lower() not in shared_words("not_names"):
            found.extend(Span(start, end, "ORG", from_rules=True) for start, end in mentions)
    # German: the words after a trade noun name a company when the article names them twice on their own (not as
    # the first word of a longer name: "die Lidl-Mutter Schwarz" and "Schwarz Digits"); two words before one
    for match in _after_trade_noun().finditer(text) if language == "de" else ():
        for name in dict.fromkeys((match.group(1), match.group(2))):
            first = name.split()[0]
            mentions = [m.span() for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])(?! [A-ZÄÖÜ])", text)]
            if (len(mentions) >= 2 and (names_an_organisation(first) or _never_after_an_article(mentions, text=text))
                    and first.lower() not in not_names and not is_given_name(first)):
                found.extend(Span(start, end, "ORG", from_rules=True) for start, end in mentions)
                break
    return list(dict.fromkeys(found))


def _never_after_an_article(mentions: list[tuple[int, int]], *, text: str) -> bool:
    """Whether no mention of a German word follows an article: a common noun a trade noun names and the article then
    names bare is a firm's name ("die Tanzschulkette Parkett ... Parkett betreibt 23 Schulen"), not "das Parkett"."""
    articles = lexicon("de").classes.get("det", frozenset())
    words_before = (text[max(0, start - 20):start].split()[-1:] for start, _ in mentions)
    return not any(words and words[0].lower() in articles for words in words_before)


def _grows_by_name_words(org: Span, inside: list[Span], *, text: str) -> bool:
    """Whether the words ``org`` adds to the spans inside it are organisation words (or none), or, before a span
    inside, words German does not know that end in no noun of it ("Kastler" of "Kastler Schutztechnik AG" where the
    pipeline saw "Schutztechnik AG"; not "Graphitwerke", nor "Logistik" of a "Logistik AG" no pipeline saw)."""
    added = text[org.start:org.end]
    for span in sorted(inside, key=lambda s: s.start, reverse=True):
        added = added[:span.start - org.start] + added[span.end - org.start:]
    joining = shared_words("org_words") | shared_words("legal_forms") | {"für", "und"}
    return all(w.lower().strip(".,") in joining or (inside and _unknown_to_german(w.strip(".,")))
               for w in added.split())


def _opened_by_a_name(org: Span, *, names: set[str], text: str) -> bool:
    """Whether a German shape opens with a word the article names alone elsewhere, the owner's name before what the
    firm makes: "Brandauer Sattel- und Lederwaren GmbH" where the pipeline found "Brandauer" (not "Graphitwerke
    Buhl-Alberti AG")."""
    return text[org.start:org.end].split()[0] in names


def _unknown_to_german(word: str) -> bool:
    """Whether neither the lemma table nor a noun at its end makes the word German: a name's ("Kastler")."""
    return not lookup_known(word, language="de") and not ends_in_a_german_noun(word)


# an acronym in brackets right after a word: "Tata Power Renewable Energy Ltd (TPREL)", "high-bandwidth memory (HBM)"
ACRONYM_IN_BRACKETS = re.compile(r"(?<=\S) \(([A-ZÄÖÜ][A-ZÄÖÜ0-9&]{1,7})\)")


def with_acronyms_in_brackets(names: list[Span], *, text: str) -> list[Span]:
    """ "Tata Power Renewable Energy Ltd (TPREL)": the acronym in brackets after an organisation names it too (and so
    do its later occurrences), whatever the pipeline called it ("La Manufacture Graphite & Cèdre (MGC)": no MISC)."""
    result = list(names)
    for org in (s for s in names if s.label == "ORG"):
        match = ACRONYM_IN_BRACKETS.match(text, org.end)
        acronym = Span(match.start(1), match.end(1), "ORG") if match else None
        if acronym is None:
            continue
        overlapping = [s for s in result if s.overlaps(acronym)]
        if all(s.label == "MISC" and (s.start, s.end) == (acronym.start, acronym.end) for s in overlapping):
            result = [s for s in result if s not in overlapping] + [acronym]
    return result


def compound_heads(names: list[Span], *, text: str, language: str) -> list[Span]:
    """The first part of a German title compound ("Xiaomi" in "Xiaomi-Präsident", "Balderton" in
    "Balderton-Partnerin" when "Balderton Capital" is named) is a mention of an organisation."""
    orgs = {text[s.start:s.end].split()[0] for s in names if s.label == "ORG"}
    named = {name_key(text[s.start:s.end]) for s in names}
    places = {name_key(text[s.start:s.end]) for s in names if s.label == "LOC"}
    heads = []
    for title in _title_compounds(text, language=language):
        head = Span(title.start, title.start + len(title.modifier), "ORG")
        key = name_key(title.modifier)
        # a title's first part is an organisation unless it is a place; a noun's only when named elsewhere
        plausible = (key in named or f"{key}s" in named) if not title.role else names_an_organisation(title.modifier)
        # the last part of a longer chain names nothing alone: "Bowl" of "Pin-&-Bowl-Gründer" (but "Ex-Bosch-Chefin")
        part_before = re.search(r"([\w&]+)-$", text[max(0, title.start - _LONGEST_WORD):title.start])
        chained = part_before is not None and part_before.group(1).lower() not in lexicon(language).words(
            "not_org_modifiers")
        if ((title.modifier in orgs or plausible) and key not in places and not chained
                and not any(head.overlaps(s) for s in names)
                and not firm_named_after(text, title.end, language=language)):
            heads.append(head)
    return heads


def firm_named_after(text: str, end: int, *, language: str) -> bool:
    """Whether a firm's name follows a title that ends at ``end`` ("Milchmarkt-Analystin der Rabobank",
    "Konsumgüter-Analystin bei der DZ Bank"): a German title compound's first part is then the field, not a firm."""
    words = lexicon(language)
    after = re.match(r"\s+((?:\w+\s+){1,2}?)[A-ZÄÖÜ]", text[end:end + _LONGEST_WORD])
    return after is not None and all(words.classes_of(w.lower()) & {"of", "at", "det"} for w in after.group(1).split())


def _title_compounds(text: str, *, language: str) -> list[RoleMatch]:
    """German compounds of a capitalised first part, a hyphen and a title or a company's noun:
    "Xiaomi-Präsident", "Xiaomi-Strategie"."""
    if language != "de":
        return []
    titles = [t for t in find_roles(text, language=language) if _named_modifier(t.modifier, text=text)
              and text[t.start + len(t.modifier):t.start + len(t.modifier) + 1] == "-"]
    nouns = [RoleMatch(m.start(), m.end(), "", m.group(1)) for m in _business_compound().finditer(text)]
    return titles + nouns


def _named_modifier(modifier: str, *, text: str) -> bool:
    """A title compound's first part that can be a name: one capitalised word ("Xiaomi-Chef"), or hyphenated
    capitalised words ending in an organisation's word ("DZ-Bank-Analyst"), that a well-known organisation's name
    spells ("Kepler-Cheuvreux-Analyst") or that the article writes apart as a name ("Hansa-Stay-Geschäftsführer"
    where "Hansa Stay" is named, "Van-der-Wiel-Chef"), not a hyphenated topic ("KI-Team-Chef",
    "Private-Equity-Chef")."""
    parts = modifier.split("-")
    written_apart = re.search(rf"(?<![\w-]){re.escape(' '.join(parts))}(?![\w-])", text) is not None
    if all(part[:1].isupper() for part in parts):
        return (len(parts) == 1 or parts[-1].lower() in shared_words("org_words")
                or kind_of(" ".join(parts)) is not None or written_apart)
    # a name with lowercase particles ("Van-der-Wiel-Chef") only where the article writes it apart
    return parts[0][:1].isupper() and parts[-1][:1].isupper() and written_apart


def names_an_organisation(word: str) -> bool:
    """Whether the first part of a title compound reads as a name rather than a German noun."""
    lower = word.lower()
    german = lexicon("de")
    quality = _QUALITY_NOUN.fullmatch(lower)  # "Sicherheits-", but "Leifheit" has no adjective before "-heit"
    return (lower not in german.glossary and lower not in german.words("not_org_modifiers")
            and not german_common_noun(word)  # "Netzchef" heads the network, "Allianz-Chef" the insurer
            and not re.search(r"(?:ung|schaft|ion|tät|ismus|chen|lein)s?$", lower)
            and not (quality and lookup_known(quality.group(1), language="de")))


_QUALITY_NOUN = re.compile(r"(\w+?)(?:heit|keit)s?")


def organisations_with_titles(text: str, *, language: str) -> set[str]:
    """Names that head a German title compound ("Xiaomi-Präsident", "Audi-Designer"): people have no
    presidents, so these are organisations, whatever the pipeline said elsewhere."""
    return {name_key(t.modifier) for t in _title_compounds(text, language=language)
            if t.role and names_an_organisation(t.modifier) and not firm_named_after(text, t.end, language=language)}
