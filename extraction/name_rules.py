"""Names found by rule where a small pipeline misses or splits them: listed organisations, the
shapes of organisation names ("Rivertide AI", "Max-Planck-Institut für Quantenoptik", "DeepSeek"),
names after a company noun ("das Start-up Qubitera"), the place of a dateline ("SHENZHEN, 4.
Februar 2025 –"), people by honorific or given name ("Dr. Veronika Stauffer"), and the
organisation that heads a German compound ("Xiaomi" in "Xiaomi-Präsident").
"""

from __future__ import annotations

import re

from .gazetteer import find_known_organizations, kind_of
from .legal_forms import LEGAL_SUFFIXES
from .person_names import starts_like_a_person
from .roles import UNITS_DE, RoleMatch, find_roles
from .spans import NOT_NAMES, ORG_WORDS, Span, name_key

# Capitalised words ending in a legal form or organisation word name an organisation even where
# the pipeline missed it: "Rivertide AI", "Lumenio GmbH", "Octopus Ventures", and German institutes
# with what they are for: "Max-Planck-Institut für Quantenoptik".
ORG_SHAPE = re.compile(
    r"(?<![\w-])(?:(?:[A-ZÄÖÜ][\w&'’.-]*\s){1,3}(?:AI|Labs?|GmbH|AG|SE|Inc\.|Corp\.|Ltd\.?|LLC|plc|S\.A\.|SAS"
    r"|Technologies|Robotics|Ventures|Capital|Partners|Systems|Bank|University|Universität|Université|Industries"
    r"|Securities|Holdings?|Group|Gruppe|Institute|Institut|Semiconductors?|Electronics|Therapeutics"
    r"|Pharmaceuticals?|Biosciences?|Networks|Aerospace|Orbital|Games|Studios|Interactive|Underwriting))(?![\w-])"
)


_INSTITUTE = re.compile(
    r"(?<![\w-])[A-ZÄÖÜ][\w-]*-(?:Institut|Zentrum|Gesellschaft|Stiftung)"
    r"(?: für [A-ZÄÖÜ][\w-]+(?:,? (?:und )?[A-ZÄÖÜ][\w-]+)*)?(?![\w-])"
)


# Brand names written in camel case ("DeepSeek", "QuantConnect", "GlobalFoundries") are companies; not
# Scottish and Irish surnames ("McCarthy", "MacLeod"), nor versioned products ("DeepSeek-V2").
_CAMEL_CASE = re.compile(r"(?<![\w-])(?!Mc|Mac)[A-Z][a-z]+(?:[A-Z][a-z0-9]+)+(?![\w-])")
# "SHENZHEN, 4. Februar 2025 –", "PARIS (Reuters) –": capitals opening an article name its place.
_DATELINE_PLACE = re.compile(
    r"(?m)^[A-ZÄÖÜÉ][A-ZÄÖÜÉ'’. -]*[A-ZÄÖÜÉ](?=(?: \([^)\n]{1,30}\))?(?:,[^\n]{0,30}\d{4}| ?[—–-] ))"
    # ... or written as usual, when a date follows: "Glasgow, October 2, 2025 -", "Grenoble, mardi 2 décembre 2025"
    r"|^[A-ZÄÖÜÉ][a-zäöüßéèô]+(?:[ -][A-ZÄÖÜÉ][a-zäöüßéèô]+)?(?=, (?:den |le |[A-Za-zéû]+\.? )?"
    r"(?:\d{1,2}\.? ?(?:[A-Za-zéû]+\.?|\d{1,2}\.) ?\d{4}|[A-Z][a-z]+\.? \d{1,2},? \d{4}))"
)
_DATELINE_REACH = 400  # characters from the top
_FAMILY_AND_HYPHENATED = re.compile(r"[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+")


# "Xiaomi-Strategie", "Xiaomis Umsatz": a company's strategy, sales, shares, plants, staff.
BUSINESS_NOUNS = (r"(?:Strategie|Umsatz|Umsätze|Aktien?|Konzern|Werke?|Tochter|Gruppe|Smartphones?|Investitionen"
                   r"|Gewinn|Börsengang|Zentrale|Belegschaft|Kunden|Produkte|Geschäft|Fabrik|Standort|Bilanz"
                   r"|Quartalszahlen)\b")
_BUSINESS_COMPOUND = re.compile(r"(?<![\w-])([A-ZÄÖÜ]\w+)-" + BUSINESS_NOUNS)
_HONORIFIC = re.compile(r"(?<![\w.])(?:Dr\.|Prof\.|Mr\.|Mrs\.|Ms\.|Mme|M\.|Herr|Frau)(?: (?:Dr\.|med\.))* "
                        r"([A-ZÄÖÜ][\w'’-]+(?: [A-ZÄÖÜ][\w'’-]+){0,2})")
# (a lookahead, so that "Physikerin Lea Brandstätter" still yields "Lea Brandstätter")
_GIVEN_AND_SURNAME = re.compile(r"(?<![\w-])(?=([A-ZÄÖÜÉ][a-zäöüßéèëï]+(?:-[A-Z][a-zé]+)? [A-ZÄÖÜ][\w'’-]+)(?![\w-]))")
_AFTER_COMPANY_NOUN = re.compile(
    r"(?:Start-?up|Startup|Firma|Softwarehaus|jeune pousse|start-?up|startup|société|company|firm)"
    r"(?: [a-zé][\w-]+)? ([A-ZÄÖÜ][\w]+(?:-[A-ZÄÖÜ]?\w+)?)(?![\w-])"
)


def with_names_by_rule(model: list[Span], *, text: str, language: str) -> list[Span]:
    """The pipeline's names with what rules know better: listed organisations, organisation shapes
    ("Rivertide AI"), institutes, names after company nouns replace the pipeline's pieces inside
    them; people by honorific or given name fill gaps."""
    shapes = [Span(m.start(), m.end(), "ORG") for m in ORG_SHAPE.finditer(text)]
    known = [Span(k.start, k.end, "ORG") for k in find_known_organizations(text)]
    known += [Span(m.start(), m.end(), "ORG") for m in _INSTITUTE.finditer(text)
              if m.group(0).split("-")[0].lower() not in NOT_NAMES]  # not "ein KI-Zentrum"
    known += _institutions_of_places(model, text=text)
    known += _named_by_company_nouns(text, language=language)
    places = _dateline_places(text)
    raw = [s for s in model if not any(s.overlaps(p) for p in places)] + places
    raw += [s for s in _camel_case_names(text) if not any(s.overlaps(r) for r in raw)]
    for person in _people_by_shape(text):  # "Lea Brunner" where the pipeline saw only "Brunner"
        inside = [s for s in raw if s.overlaps(person)]
        # "Choi Do-yeon": a family name and a hyphenated given name is a person, whatever the pipeline said
        korean = bool(_FAMILY_AND_HYPHENATED.fullmatch(text[person.start:person.end]))
        if not any(person.overlaps(s) for s in shapes + known) and all(
                (s.label == "PERSON" or korean) and person.start <= s.start and s.end <= person.end for s in inside):
            raw = [s for s in raw if s not in inside] + [person]
    for org, by_shape in [(s, True) for s in shapes] + [(k, False) for k in known]:
        inside = [s for s in raw if s.overlaps(org)]
        # German capitalises every noun, so there a shape only grows a name by organisation words
        # ("Earlybird" -> "Earlybird Venture Capital", not "Buhl-Alberti AG" -> "Graphitwerke Buhl-Alberti AG")
        if all(org.start <= s.start and s.end <= org.end for s in inside) and not (
                language == "de" and by_shape and not _grows_by_org_words(org, inside, text=text)):
            raw = [s for s in raw if s not in inside] + [org]
    return raw


# Second words that say what a company does, so that its first word alone names it too, unless that
# word is a common adjective ("Deutsche Bank", "General Electric").
_TRADE_WORDS = {"semiconductor", "semiconductors", "therapeutics", "robotics", "technologies", "labs", "ai",
                "pharmaceuticals", "biosciences", "networks", "photonics", "systems", "software", "motors"}
_NOT_SHORT_FORMS = {"deutsche", "general", "national", "international", "american", "chinese", "european", "first",
                    "united", "royal", "global", "digital", "advanced", "applied", "open", "new", "the"}


def short_form_of(name: str) -> str | None:
    """The first word of a two-word company name whose second says its trade: "Xinhe" for "Xinhe
    Semiconductor", which the article may use alone."""
    words = name.split()
    if (len(words) == 2 and words[1].lower() in _TRADE_WORDS and words[0].lower() not in _NOT_SHORT_FORMS
            and len(words[0]) > 2 and not kind_of(words[0])):
        return words[0]
    return None


def _people_by_shape(text: str) -> list[Span]:
    """ "Dr. Veronika Stauffer", "M. Chen", "Herr Müller", and a given name with a capitalised surname
    ("Katrin Wollenweber"): people, where the pipeline found nothing."""
    found = [Span(m.start(1), m.end(1), "PERSON") for m in _HONORIFIC.finditer(text)]
    for match in _GIVEN_AND_SURNAME.finditer(text):
        if starts_like_a_person(match.group(1)) and not kind_of(match.group(1)):
            found.append(Span(match.start(1), match.end(1), "PERSON"))
    return found


# A university or hospital named for its town: "Universitätsspital Basel", "University of Bristol".
_INSTITUTION_BEFORE = re.compile(
    r"(?<![\w-])(?:[A-ZÄÖÜ][\w-]*(?:[Uu]niversität|[Hh]ochschule|[Kk]linikum|[Ss]pital|[Kk]rankenhaus)"
    r"|Universitäts\w+|Université de|University of|Hôpital de) $"
)


def _institutions_of_places(model: list[Span], *, text: str) -> list[Span]:
    """A place the pipeline found, with the institution word before it: one organisation."""
    found = []
    for place in (s for s in model if s.label == "LOC"):
        match = _INSTITUTION_BEFORE.search(text, max(0, place.start - 40), place.start)
        if match:
            found.append(Span(match.start(), place.end, "ORG"))
    return found


def _dateline_places(text: str) -> list[Span]:
    """The place in capitals that opens a dateline ("SHENZHEN, 4. Februar 2025 –")."""
    return [Span(m.start(), m.end(), "LOC") for m in _DATELINE_PLACE.finditer(text[:_DATELINE_REACH])
            if sum(c.isalpha() for c in m.group(0)) >= 3]


def _camel_case_names(text: str) -> list[Span]:
    """Camel-case brand names ("DeepSeek") as organisations, unless a version follows them."""
    return [Span(m.start(), m.end(), "ORG") for m in _CAMEL_CASE.finditer(text)
            if not _VERSION_AFTER.match(text, m.end())]


_VERSION_AFTER = re.compile(r"[- ]?(?:V?\d|Pro\b|Max\b|Ultra\b|Mini\b)")
# Capitalised words after a company noun that are not its name: "das Start-up Ende 2023 gegründet"
_NOT_AFTER_COMPANY_NOUN = {"ende", "anfang", "mitte", "jahr", "heute", "gestern", "morgen", "fin", "début"}


# German trade nouns, also at the end of compounds ("Frachtbuchungsplattform Cargonexa", "Technologiekonzern
# Bühler"): the capitalised word after one names a company when the article names it twice.
_AFTER_TRADE_NOUN = re.compile(r"(?:[Pp]lattform|[Kk]onzern|[Rr]eederei|[Ll]ogistiker|[Hh]ersteller|[Zz]ulieferer"
                               r"|[Aa]nbieter|[Vv]ersorger|[Vv]ersicherer|[Ss]pezialist) ([A-ZÄÖÜ]\w+)(?![\w-])")


def _named_by_company_nouns(text: str, *, language: str) -> list[Span]:
    """ "das Start-up Qubitera", "la jeune pousse Opalys": a capitalised word after a company noun is
    an organisation (every mention of it) when the article names it twice or, in German and French,
    where the word cannot be a common noun."""
    found = []
    for match in _AFTER_COMPANY_NOUN.finditer(text):
        name = match.group(1)
        mentions = [m.span() for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)]
        # "das Start-up Lumenio" (the name right after the noun), not "die Firma den Abschluss"
        once = (language in ("de", "fr") and match.group(0).count(" ") == 1 and names_an_organisation(name)
                and name.lower() not in _NOT_AFTER_COMPANY_NOUN)
        if (len(mentions) >= 2 or once) and not kind_of(name) and name.lower() not in NOT_NAMES:
            found.extend(Span(start, end, "ORG") for start, end in mentions)
    for match in _AFTER_TRADE_NOUN.finditer(text) if language == "de" else ():
        name = match.group(1)
        mentions = [m.span() for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)]
        if len(mentions) >= 2 and names_an_organisation(name) and name.lower() not in _NOT_AFTER_COMPANY_NOUN:
            found.extend(Span(start, end, "ORG") for start, end in mentions)
    return list(dict.fromkeys(found))


def _grows_by_org_words(org: Span, inside: list[Span], *, text: str) -> bool:
    """Whether the words ``org`` adds to the spans inside it are organisation words (or none)."""
    added = text[org.start:org.end]
    for span in sorted(inside, key=lambda s: s.start, reverse=True):
        added = added[:span.start - org.start] + added[span.end - org.start:]
    return all(w.lower().strip(".,") in ORG_WORDS | LEGAL_SUFFIXES | {"für", "und"} for w in added.split())


_ACRONYM_IN_BRACKETS = re.compile(r" \(([A-Z][A-Z0-9&]{1,7})\)")


def acronyms_in_brackets(names: list[Span], *, text: str) -> list[Span]:
    """ "Tata Power Renewable Energy Ltd (TPREL)": the acronym in brackets after an organisation
    names it too (and so do its later occurrences)."""
    found = []
    for org in (s for s in names if s.label == "ORG"):
        match = _ACRONYM_IN_BRACKETS.match(text, org.end)
        if match and not any(s.overlaps(Span(match.start(1), match.end(1), "ORG")) for s in names):
            found.append(Span(match.start(1), match.end(1), "ORG"))
    return found


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
        if (title.modifier in orgs or plausible) and key not in places and not any(head.overlaps(s) for s in names):
            heads.append(head)
    return heads


def _title_compounds(text: str, *, language: str) -> list[RoleMatch]:
    """German compounds of a capitalised first part, a hyphen and a title or a company's noun:
    "Xiaomi-Präsident", "Xiaomi-Strategie"."""
    if language != "de":
        return []
    titles = [t for t in find_roles(text, language=language) if t.modifier[:1].isupper() and "-" not in t.modifier
              and text[t.start + len(t.modifier):t.start + len(t.modifier) + 1] == "-"]
    nouns = [RoleMatch(m.start(), m.end(), "", m.group(1)) for m in _BUSINESS_COMPOUND.finditer(text)]
    return titles + nouns


# First parts of title compounds that are not organisations: places, units, generic nouns.
_NOT_ORGANISATIONS = {
    "us", "usa", "eu", "uk", "un", "uno", "china", "deutschland", "frankreich", "europa", "japan", "korea",
    "konzern", "firmen", "unternehmens", "vorstands", "partei", "bank", "branchen", "landes", "bundes",
    "staats", "regierungs", "projekt", "abteilungs", "bereichs", "betriebsrats", "gewerkschafts", "verbands",
    "vereins", "klub", "club", "stadt", "werks", "sparten", "forschungs", "entwicklungs", "vertriebs",
    "kommunikations", "presse", "medien", "ex", "top", "chef", "vize", "interims", "co", "diplom",
    # industries: "Pharma-Analyst", "Auto-Experte"
    "pharma", "auto", "chip", "halbleiter", "tech", "software", "energie", "finanz", "medizin", "biotech", "rüstungs",
    "luftfahrt", "industrie", "handels", "technologie", "internet", "digital", "daten", "cloud", "batterie", "solar",
    "immobilien", "versicherungs", "mode", "sport", "krypto", "fintech", "risiko",
}


def names_an_organisation(word: str) -> bool:
    """Whether the first part of a title compound reads as a name rather than a German noun."""
    lower = word.lower()
    return (lower not in UNITS_DE and lower not in _NOT_ORGANISATIONS
            and not re.search(r"(?:ung|heit|keit|schaft|ion|tät|ismus|chen|lein)s?$", lower))


def organisations_with_titles(text: str, *, language: str) -> set[str]:
    """Names that head a German title compound ("Xiaomi-Präsident", "Audi-Designer"): people have no
    presidents, so these are organisations, whatever the pipeline said elsewhere."""
    return {name_key(t.modifier) for t in _title_compounds(text, language=language)
            if t.role and names_an_organisation(t.modifier)}
