"""Entity mentions of one article: the pipeline's names, tidied and made consistent, plus the
money, dates and percentages found by rules; non-overlapping, in text order.

Small pipelines make local mistakes that a reader of the whole article would not: "Alibaba"
as a place in one sentence, "Xiaomi" missed inside "Xiaomi-Strategie", "CEO Satya Nadella"
with the title inside the name. This module fixes what the article itself tells: titles and
articles are trimmed, context ("Xiaomi-Präsident", "CEO of X", "X AG") and a vote over all
mentions of a name decide its label, and every further occurrence of a name, also as a
German genitive ("Xiaomis") or compound part ("Xiaomi-Gründer"), becomes a mention.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc

from .gazetteer import find_known_organizations, kind_of
from .legal_forms import LEGAL_SUFFIXES
from .money import Money
from .periods import Period
from .person_names import is_family_name, starts_like_a_person
from .roles import UNITS_DE, RoleMatch, find_roles

# Pipeline labels (OntoNotes for English, WikiNER for French, GermEval for ours) -> contract labels.
LABELS = {
    "PERSON": "PERSON", "PER": "PERSON", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
    "PRODUCT": "PRODUCT", "EVENT": "EVENT", "MONEY": "MONEY", "DATE": "DATE", "PERCENT": "PERCENT",
    "NORP": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC", "LANGUAGE": "MISC", "MISC": "MISC", "OTH": "MISC",
}
NAME_LABELS = ("PERSON", "ORG", "LOC", "PRODUCT", "EVENT", "MISC")

# Acronyms and words of the trade that pipelines like to call organisations.
_NOT_NAMES = {
    "ai", "ki", "ia", "it", "os", "gpu", "gpus", "cpu", "cpus", "npu", "ceo", "cfo", "cto", "coo", "r&d",
    "f&e", "fue", "ipo", "usd", "eur", "cny", "rmb", "api", "app", "apps", "llm", "llms", "ev", "evs",
    "moe", "5g", "6g", "soc", "ar", "vr", "esg", "b2b", "saas", "pdg", "dg", "vp", "kpi", "capex",
}
_LEADING_WORDS = {
    "the", "a", "an", "der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "le", "la", "les",
    "l'", "l’", "un", "une", "du", "de", "d'", "d’", "laut", "selon", "according", "mr", "mr.", "mrs",
    "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "herr", "frau", "m.", "mme", "mme.",
}
# Sentence-final dots are separate tokens already; a dot inside a span belongs to it ("Inc.", "D.C.").
_TRAILING = "'’,;:\"“”„«»()[] "
# Words that end (or start) the names of organisations, in any of our languages.
ORG_WORDS = {
    "ag", "se", "gmbh", "kg", "kgaa", "inc", "inc.", "corp", "corp.", "corporation", "co", "co.", "ltd",
    "ltd.", "limited", "llc", "plc", "sa", "s.a.", "sas", "nv", "n.v.", "group", "gruppe", "groupe",
    "holding", "holdings", "technologies", "technology", "labs", "lab", "bank", "banque", "capital",
    "ventures", "partners", "university", "universität", "université", "universite", "academy",
    "akademie", "académie", "institute", "institut", "college", "school", "hochschule", "école",
    "foundation", "stiftung", "fondation", "motors", "systems", "electronics", "semiconductor",
    "pharma", "airlines", "times", "journal", "zeitung", "post", "news", "agency", "agentur", "ministry",
    "ministerium", "ministère", "commission", "kommission", "association", "verband", "council",
    "industries", "industrie", "aerospace", "electric", "energy", "pharmaceuticals", "international",
    "venture", "securities", "research",
}
# A name ending in a version ("DeepSeek-V2", "GPT-4o", "iPhone 16 Pro") names a product.
_VERSIONED = re.compile(r"^[A-Za-z][\w.]*(?:[- ](?:[\w.]*\d[\w.]*|Pro|Max|Ultra|Mini|Plus|Lite))+$")
# Capitalised words ending in a legal form or organisation word name an organisation even where
# the pipeline missed it: "Rivertide AI", "Lumenio GmbH", "Octopus Ventures", and German institutes
# with what they are for: "Max-Planck-Institut für Quantenoptik".
_ORG_SHAPE = re.compile(
    r"(?<![\w-])(?:(?:[A-ZÄÖÜ][\w&'’.-]*\s){1,3}(?:AI|Labs?|GmbH|AG|SE|Inc\.|Corp\.|Ltd\.?|LLC|plc|S\.A\.|SAS"
    r"|Technologies|Robotics|Ventures|Capital|Partners|Systems|Bank|University|Universität|Université|Industries"
    r"|Securities|Holdings?|Group|Gruppe|Institute|Institut))(?![\w-])"
)
_INSTITUTE = re.compile(
    r"(?<![\w-])[A-ZÄÖÜ][\w-]*-(?:Institut|Zentrum|Gesellschaft|Stiftung)"
    r"(?: für [A-ZÄÖÜ][\w-]+(?:,? (?:und )?[A-ZÄÖÜ][\w-]+)*)?(?![\w-])"
)
_COMPANY_NOUNS = (r"(?:start-?up|société|entreprise|firme|groupe|company|firm|group|maker|Unternehmen|Firma|Konzern"
                  r"|Hersteller|Start-?up|fabricant|éditeur|spécialiste|jeune pousse|lab|laboratoire|Labor)")
# "Alpemind, une start-up de robotique": the noun heads the apposition (no "of"/"de" before it).
_COMPANY_APPOSITION = re.compile(
    r", (?:une?|a|an|the|its|ein|eine|einer|der|die|das|le|la|l['’]|son|sa) ?"
    r"(?:(?!of |de |du |des |von |der |den |dem |die |das |the |d['’])[\w-]+ ){0,3}" + _COMPANY_NOUNS + r"\b(?!['’]s)"
)  # not a relative clause: "Rainer Ostendorf, der den Konzern verlassen hatte"
_COMPANY_NOUN_BEFORE = re.compile(
    r"(?:(?:[Ll]a|[Ll]e|[Tt]he|[Dd]ie|[Dd]er|[Dd]as|dem|den|des) (?:[\w-]+ )?|\b[\w-]*-)"
    r"(?:jeune pousse|start-?up|Start-?up|société|company|firm|Firma|Unternehmen|Konzern|groupe|group)"
    r"(?: [a-zé][\w-]*)? $"  # French puts the adjective after: "la start-up parisienne Kelvia"
)
# "Xiaomi-Strategie", "Xiaomis Umsatz": a company's strategy, sales, shares, plants, staff.
_BUSINESS_NOUNS = (r"(?:Strategie|Umsatz|Umsätze|Aktien?|Konzern|Werke?|Tochter|Gruppe|Smartphones?|Investitionen"
                   r"|Gewinn|Börsengang|Zentrale|Belegschaft|Kunden|Produkte|Geschäft|Fabrik|Standort|Bilanz"
                   r"|Quartalszahlen)\b")
_BUSINESS_NOUN_AFTER = re.compile(r"(?:-|s |' | )" + _BUSINESS_NOUNS)
_BUSINESS_COMPOUND = re.compile(r"(?<![\w-])([A-ZÄÖÜ]\w+)-" + _BUSINESS_NOUNS)
_HONORIFIC = re.compile(r"(?<![\w.])(?:Dr\.|Prof\.|Mr\.|Mrs\.|Ms\.|Mme|M\.|Herr|Frau)(?: (?:Dr\.|med\.))* "
                        r"([A-ZÄÖÜ][\w'’-]+(?: [A-ZÄÖÜ][\w'’-]+){0,2})")
_GIVEN_AND_SURNAME = re.compile(r"(?<![\w-])[A-ZÄÖÜÉ][a-zäöüßéèëï]+(?:-[A-Z][a-zé]+)? [A-ZÄÖÜ][\w'’-]+(?![\w-])")
_AFTER_COMPANY_NOUN = re.compile(
    r"(?:Start-?up|Startup|Firma|Softwarehaus|jeune pousse|start-?up|startup|société|company|firm)"
    r"(?: [a-zé][\w-]+)? ([A-ZÄÖÜ][\w]+(?:-[A-ZÄÖÜ]?\w+)?)(?![\w-])"
)
_PERSON_VERB = re.compile(
    r" (?:studied|graduated|was born|succeeds|studierte|promovierte|wurde (?:\d+ )?geboren|wechselte? (?:mit|von|zu"
    r"|im|zum)|folgte? auf|a étudié|est née?|est diplômée?|succède)\b"
)
_PERCENT = re.compile(
    r"(?<![\w.,])\d+(?:[.,]\d+)?\s?(?:%|Prozent|percent|per cent|pour cent|pct\.?)(?!\w)", re.IGNORECASE
)


@dataclass(frozen=True)
class Span:
    """A labelled stretch ``text[start:end]`` of the article."""

    start: int
    end: int
    label: str
    from_rules: bool = False

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


def find_mentions(doc: Doc, *, language: str, money: Iterable[Money], periods: Iterable[Period]) -> list[Span]:
    """All mentions of the article behind ``doc``, non-overlapping and in order."""
    text = doc.text
    rules = [Span(m.start, m.end, "MONEY", True) for m in money]
    rules += [Span(m.start(), m.end(), "PERCENT", True) for m in _PERCENT.finditer(text)]
    dates = [Span(p.start, p.end, "DATE", True) for p in periods]
    model = [Span(e.start_char, e.end_char, LABELS[e.label_]) for e in doc.ents if e.label_ in LABELS]
    model_dates = [s for s in model if s.label == "DATE"]
    raw = _with_names_by_rule([s for s in model if s.label in NAME_LABELS], text=text, language=language)
    names = [tidy for s in raw for tidy in _tidy(s, text=text, language=language)
             if not any(tidy.overlaps(r) for r in rules)]
    names = _person_spans_fixed(names, text=text)
    names += _compound_heads(names, text=text, language=language)
    names = _propagate(_vote(names, text=text, language=language), text=text)
    return _without_overlaps(rules + names + dates + model_dates)


def _with_names_by_rule(model: list[Span], *, text: str, language: str) -> list[Span]:
    """The pipeline's names with what rules know better: listed organisations, organisation shapes
    ("Rivertide AI"), institutes, names after company nouns replace the pipeline's pieces inside
    them; people by honorific or given name fill gaps."""
    shapes = [Span(m.start(), m.end(), "ORG") for m in _ORG_SHAPE.finditer(text)]
    known = [Span(k.start, k.end, "ORG") for k in find_known_organizations(text)]
    known += [Span(m.start(), m.end(), "ORG") for m in _INSTITUTE.finditer(text)]
    known += _named_by_company_nouns(text)
    raw = model + [p for p in _people_by_shape(text) if not any(p.overlaps(s) for s in model + shapes + known)]
    for org in shapes + known:
        inside = [s for s in raw if s.overlaps(org)]
        # German capitalises every noun, so there a shape only grows a name by organisation words
        # ("Earlybird" -> "Earlybird Venture Capital", not "Buhl-Alberti AG" -> "Graphitwerke Buhl-Alberti AG")
        if all(org.start <= s.start and s.end <= org.end for s in inside) and not (
                language == "de" and org in shapes and not _grows_by_org_words(org, inside, text=text)):
            raw = [s for s in raw if s not in inside] + [org]
    return raw


def _people_by_shape(text: str) -> list[Span]:
    """ "Dr. Veronika Stauffer", "M. Chen", "Herr Müller", and a given name with a capitalised surname
    ("Katrin Wollenweber"): people, where the pipeline found nothing."""
    found = [Span(m.start(1), m.end(1), "PERSON") for m in _HONORIFIC.finditer(text)]
    for match in _GIVEN_AND_SURNAME.finditer(text):
        if starts_like_a_person(match.group(0)) and not kind_of(match.group(0)):
            found.append(Span(match.start(), match.end(), "PERSON"))
    return found


def _named_by_company_nouns(text: str) -> list[Span]:
    """ "das Start-up Qubitera", "la jeune pousse Opalys": a capitalised word after a company noun,
    when the article names it at least twice, is an organisation (every mention of it)."""
    found = []
    for match in _AFTER_COMPANY_NOUN.finditer(text):
        name = match.group(1)
        mentions = [m.span() for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)]
        if len(mentions) >= 2 and not kind_of(name) and name.lower() not in _NOT_NAMES:
            found.extend(Span(start, end, "ORG") for start, end in mentions)
    return list(dict.fromkeys(found))


def _grows_by_org_words(org: Span, inside: list[Span], *, text: str) -> bool:
    """Whether the words ``org`` adds to the spans inside it are organisation words (or none)."""
    added = text[org.start:org.end]
    for span in sorted(inside, key=lambda s: s.start, reverse=True):
        added = added[:span.start - org.start] + added[span.end - org.start:]
    return all(w.lower().strip(".,") in ORG_WORDS | LEGAL_SUFFIXES | {"für", "und"} for w in added.split())


def _tidy(span: Span, *, text: str, language: str) -> list[Span]:
    """The span without leading articles, titles or trailing punctuation; a German title compound
    in front of a name ("Xiaomi-Gründer Lei Jun") splits into the organisation and the person."""
    start, end = span.start, span.end
    while end > start and (text[end - 1] in _TRAILING or text[start:end].endswith(("'s", "’s"))):
        end -= 2 if text[start:end].endswith(("'s", "’s")) else 1
    while start < end and not text[start].isalnum():  # "– Alpemind"
        start += 1
    if text[start:start + 3].lower() == "ex-" and span.label == "ORG":  # "(ex-Infineon)"
        start += 3
    if kind_of(text[start:end]):  # a listed name is kept whole: "Les Echos", "L'Oréal"
        return [Span(start, end, "ORG")]
    pieces: list[Span] = []
    while True:
        word = re.match(r"\S+", text[start:end])
        if word is None:
            return pieces
        head = word.group(0)
        title = _title_at(text[start:end], language=language)
        if head in _NAME_ARTICLES and not _sentence_start(text, start):
            break  # "The Detroit News", "Die Zeit" in mid-sentence: the article is part of the name
        # German spans follow GermEval: a capitalised article may belong to the name ("Den Haag")
        if (language != "de" or head.islower()) and (head.lower() in _LEADING_WORDS
                                                     or head.lower().rstrip(",") in _LEADING_WORDS):
            start += len(head)
        elif title is not None:
            if title.modifier and text[start:start + len(title.modifier)] == title.modifier:
                pieces.append(Span(start, start + len(title.modifier), "ORG"))  # "Xiaomi" of "Xiaomi-Gründer"
            if title.end >= end - start:
                return pieces
            start += title.end
        else:
            break
        start += len(text[start:end]) - len(text[start:end].lstrip(" ,"))
    name = text[start:end]
    if "\n" in name:  # a name never runs across lines ("Packaging-Zentrum\n\nSeoul")
        return pieces
    lowercase = re.match(r"(?:[a-zäöüéèàç][\w-]*\s|[dl]['’])+(?=[A-ZÄÖÜÉ])", name)
    if lowercase and name.split()[0].lower() not in ORG_WORDS:
        # "stratégie électrique d'Ampere": names start with a capital, but "université de Bristol" is one
        start += lowercase.end()
        name = text[start:end]
    joined = re.search(r" (?:zu|nach|bei|vs\.?|versus) (?=[A-ZÄÖÜ])", name)
    if joined and span.label == "ORG":  # "Siemens Energy zu Kalyx" is two organisations
        left = Span(start, start + joined.start(), span.label)
        right = Span(start + joined.end(), end, span.label)
        return pieces + _tidy(left, text=text, language=language) + _tidy(right, text=text, language=language)
    if language == "de" and name.endswith(" KI"):  # "Xiaomi KI-Strategie": KI is the topic, not the name
        end -= 3
        name = text[start:end]
    if len(name) < 2 or name.lower() in _NOT_NAMES:
        return pieces
    label = "PRODUCT" if span.label != "PERSON" and _VERSIONED.match(name) else span.label
    return [*pieces, Span(start, end, label)]


_NAME_ARTICLES = {"The", "Der", "Die", "Das", "Le", "La", "Les"}


def _sentence_start(text: str, position: int) -> bool:
    before = text[:position].rstrip(" \"'“„«")
    return not before or before[-1] in ".!?:\n"


def _person_spans_fixed(names: list[Span], *, text: str) -> list[Span]:
    """Two slips of a pipeline, mended with what the article says elsewhere: "Luo Fulis Talent" is
    the genitive "Luo Fulis" and a noun (cut after the genitive when "Luo Fuli" is named); "Jun"
    after "Lei" is "Lei Jun" when "Lei" (or the genitive "Leis") is a name elsewhere, and "Ji-hoon"
    after the family name "Park" is "Park Ji-hoon" (unless the word before was tagged on its own)."""
    forms = {text[s.start:s.end] for s in names}
    single = {f.removesuffix("s") for s in names if s.label == "PERSON" and " " not in (f := text[s.start:s.end])}
    fixed = []
    for span in names:
        name = text[span.start:span.end]
        genitive = re.match(r"(.+?s)(?= [A-ZÄÖÜ][\w-]*$)", name)
        before = re.search(r"(?<![\w-])([A-ZÄÖÜ][a-zäöüß]+) $", text[max(0, span.start - 30):span.start])
        if span.label == "PERSON" and genitive and genitive.group(1)[:-1] in forms:
            span = Span(span.start, span.start + len(genitive.group(1)), span.label)
        elif (span.label == "PERSON" and before and (before.group(1) in single or is_family_name(before.group(1)))
              and before.group(1) != name and not any(s.end == span.start - 1 for s in names)):
            span = Span(span.start - len(before.group(0)), span.end, span.label)
        fixed.append(span)
    return fixed


def _title_at(name: str, *, language: str):
    """A job title at the very start of ``name`` ("CEO Satya Nadella", "Präsident Lu"), if any."""
    titles = find_roles(name, language=language)
    return titles[0] if titles and titles[0].start == 0 else None


def name_key(name: str) -> str:
    """Comparable form of a name: casefolded, without a possessive or German genitive ending."""
    key = name.casefold().replace("’", "'")
    return re.sub(r"(?:'s|')$", "", key)


@dataclass
class _Ballot:
    """What the pipeline and the context said about one name, over all its mentions."""

    pipeline: Counter[str] = field(default_factory=Counter)
    context: Counter[str] = field(default_factory=Counter)

    def winner(self) -> str:
        total = self.pipeline + self.context + self.context  # context evidence counts twice
        return total.most_common(1)[0][0]


def _vote(names: list[Span], *, text: str, language: str) -> list[Span]:
    """One label per name across the article, decided from all its mentions."""
    ballots: dict[str, _Ballot] = defaultdict(_Ballot)
    for span in names:
        ballot = ballots[name_key(text[span.start:span.end])]
        ballot.pipeline[span.label] += 1
        if evidence := _context_label(span, text=text, language=language):
            ballot.context[evidence] += 1
    for key in list(ballots):  # "Xiaomis" is "Xiaomi": one ballot
        if key.endswith("s") and key[:-1] in ballots:
            ballots[key[:-1]].pipeline.update(ballots[key].pipeline)
            ballots[key[:-1]].context.update(ballots[key].context)
            ballots[key] = ballots[key[:-1]]
    heads = _organisations_with_titles(text, language=language)
    labels = {key: "ORG" if kind_of(key) or key.removesuffix("s") in heads or key in heads else ballot.winner()
              for key, ballot in ballots.items()}
    _people_named_in_full(labels, ballots)
    _companies_never_named_in_full(labels, ballots, names=names, text=text)
    _organisation_prefixes(labels)
    return [replace(s, label=labels[name_key(text[s.start:s.end])]) for s in names]


def _people_named_in_full(labels: dict[str, str], ballots: dict[str, _Ballot]) -> None:
    """ "Marcus Reed" is the person "Reed" named in full; "Suleyman" after "Mustafa Suleyman" and
    "Priya" after "Priya Venkataraman" are that person."""
    for key, ballot in ballots.items():
        if " " in key and labels.get(key.split()[-1]) == "PERSON" and not ballot.context["ORG"]:
            labels[key] = "PERSON"
    parts = {w for key, label in labels.items() if label == "PERSON" and " " in key for w in key.split()}
    for key, ballot in ballots.items():
        if key in parts and not ballot.context["ORG"] and not kind_of(key):
            labels[key] = "PERSON"


_ARTICLE_LENGTH = 600  # characters; shorter texts (a sentence) give no article-wide evidence


def _companies_never_named_in_full(labels: dict[str, str], ballots: dict[str, _Ballot], *, names: list[Span],
                                   text: str) -> None:
    """News introduce people by their full name: a one-word "person" named twice but never in full,
    or the first word of an organisation's name ("Lumora" of "Lumora Photonics"), is a company; named
    once in a whole article, it is not shown as a person ("Galliumnitrid")."""
    parts = {w for key, label in labels.items() if label == "PERSON" and " " in key for w in key.split()}
    org_heads = {key.split()[0] for key, label in labels.items() if label == "ORG" and " " in key}
    mentions = Counter(name_key(text[s.start:s.end]).removesuffix("s") for s in names)
    for key, ballot in ballots.items():
        stem = key.removesuffix("s")
        if labels[key] != "PERSON" or " " in key or ballot.context["PERSON"] or key in parts or stem in parts:
            continue
        if key in org_heads or mentions[stem] >= 2:
            labels[key] = "ORG"
        elif len(text) > _ARTICLE_LENGTH:  # named once, in passing, in an article: no person to show
            labels[key] = "MISC"


def _organisation_prefixes(labels: dict[str, str]) -> None:
    """ "Alibaba" of "Alibaba Group" is the organisation; so is "Alibaba Cloud", which starts with it."""
    for key, label in list(labels.items()):
        first, *rest = key.split()
        if rest and label == "ORG" and all(w.rstrip(".,") in LEGAL_SUFFIXES for w in rest) and first in labels:
            labels[first] = "ORG"
    for key, label in labels.items():
        if label == "PERSON" and " " in key and labels.get(key.split()[0]) == "ORG":
            labels[key] = "ORG"


def _compound_heads(names: list[Span], *, text: str, language: str) -> list[Span]:
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
        plausible = (key in named or f"{key}s" in named) if not title.role else _names_an_organisation(title.modifier)
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
}


def _names_an_organisation(word: str) -> bool:
    """Whether the first part of a title compound reads as a name rather than a German noun."""
    lower = word.lower()
    return (lower not in UNITS_DE and lower not in _NOT_ORGANISATIONS
            and not re.search(r"(?:ung|heit|keit|schaft|ion|tät|ismus|chen|lein)s?$", lower))


def _organisations_with_titles(text: str, *, language: str) -> set[str]:
    """Names that head a German title compound ("Xiaomi-Präsident", "Audi-Designer"): people have no
    presidents, so these are organisations, whatever the pipeline said elsewhere."""
    return {name_key(t.modifier) for t in _title_compounds(text, language=language)
            if t.role and _names_an_organisation(t.modifier)}


def _context_label(span: Span, *, text: str, language: str) -> str | None:
    """What the words around a name say it is: "Xiaomi-Chef", "CEO of X", "X AG" -> ORG,
    "CEO Satya Nadella" -> PERSON."""
    name = text[span.start:span.end]
    after = text[span.end:span.end + 40]
    before = text[max(0, span.start - 50):span.start]
    words = name.lower().split()
    if (words[-1] in ORG_WORDS or words[0] in ORG_WORDS) and len(words) > 1:
        return "ORG"
    if re.match(r"\s?(?:AG|SE|GmbH|Inc\.?|Corp\.?|Ltd\.?|LLC|plc|S\.A\.|SAS)\b", after):
        return "ORG"
    if after.startswith("-") and (title := _title_at(name.split()[-1] + after, language=language)):
        return "ORG" if title.modifier else None
    possessive = re.match(r"(?: |['’]s (?:[\w-]+ ){0,2})", after)
    if language != "de" and span.label != "PERSON" and possessive and _title_at(after[possessive.end():],
                                                                               language=language):
        return "ORG"  # "DeepMind researcher", "Microsoft CEO", "Alibaba's co-founder"
    titles = find_roles(before, language=language)
    gap = before[titles[-1].end:] if titles else ""
    if titles and gap.strip(" ,") == "" and span.label in ("PERSON", "ORG") and len(words) > 1:
        return "PERSON" if not titles[-1].modifier else None  # "CEO Satya Nadella"
    if titles and re.fullmatch(r" (?:of|at|von|bei|beim|des|der|de|d['’]|du|chez)(?: the| la| l['’])? ?", gap):
        return "ORG"  # "chief technology officer of Alibaba Cloud"
    if span.label in ("PERSON", "LOC") and len(words) == 1 and re.search(
            r"(?:\b(?:joined|joins|join|hired|poached|recruited) from|formerly at|previously at|years at"
            r"|\bchez|\bjoined|\bleft|\bquit|\brejoint|\bquitté)\s(?:the\s)?$", before):
        return "ORG"  # people and places are not "at" someone: "spent eight years at Dyson", "joins from Ocado"
    if language == "de" and _BUSINESS_NOUN_AFTER.match(after):
        return "ORG"  # "Xiaomi-Strategie", "Xiaomis Umsatz"
    if _COMPANY_APPOSITION.match(after) or (len(words) == 1 and _COMPANY_NOUN_BEFORE.search(before)):
        return "ORG"  # "Alpemind, une start-up de robotique", "das Zürcher Start-up Lumenio"
    if re.search(r"(?:Dr\.|Prof\.|Mr\.|Mrs\.|Ms\.|Mme|M\.|Herr|Frau) $", before):
        return "PERSON"  # "Dr. Veronika Stauffer", "M. Chen"
    if len(words) > 1 and (_PERSON_VERB.match(after) or starts_like_a_person(name)) and not _ORG_SHAPE.fullmatch(name):
        return "PERSON"  # "Katrin Wollenweber"; only people study or are born: "Marcus Reed studied ..."
    if language == "en" and span.label not in ("ORG", "PERSON") and len(words) > 1 and re.match(r",? who\b", after):
        return "PERSON"  # "Kenji Sato, who joins ..." where the pipeline saw a place
    return None


def _propagate(names: list[Span], *, text: str) -> list[Span]:
    """Every further occurrence of a known person or organisation name becomes a mention too,
    including German genitives ("Xiaomis", "Siemens'") and compound parts ("Xiaomi-Strategie")."""
    known: dict[str, str] = {}
    for span in names:
        if span.label in ("PERSON", "ORG", "PRODUCT"):
            form = text[span.start:span.end]
            if form[:1].isupper() and len(form) > 1:
                known.setdefault(form, span.label)
            surname = form.split()[-1]
            if span.label == "PERSON" and " " in form and len(surname) > 2 and surname[:1].isupper():
                known.setdefault(surname, "PERSON")  # "Herrera" after "Tomás Herrera"
    if not known:
        return names
    forms = sorted(known, key=len, reverse=True)
    pattern = re.compile(
        r"(?<![\w-])(" + "|".join(map(re.escape, forms)) + r")(?:s|'s|’s|')?(?=-\w|[^\w-]|$)"
    )
    added = list(names)
    for match in pattern.finditer(text):
        span = Span(match.start(1), match.end(1), known[match.group(1)])
        if span.label == "PRODUCT" and text[span.end:span.end + 1] == "-":
            continue
        if re.match(r"-(?:V?\d|Pro\b|Max\b)", text[match.end(1):]):  # "DeepSeek" in "DeepSeek-V2": the product
            continue
        candidate = Span(span.start, match.end(), span.label) if match.end() - span.end == 1 else span
        if not any(candidate.overlaps(other) for other in added):
            added.append(candidate)
    return added


def _without_overlaps(spans: list[Span]) -> list[Span]:
    """Where spans overlap, money and percentages beat names, names beat dates, rules beat the
    pipeline, and longer beats shorter."""
    def rank(span: Span) -> tuple[int, int, int]:
        tier = 0 if span.label in ("MONEY", "PERCENT") else 2 if span.label == "DATE" else 1
        return (tier, not span.from_rules, -(span.end - span.start))

    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: (*rank(s), s.start)):
        if not any(span.overlaps(k) for k in kept):
            kept.append(span)
    return sorted(kept, key=lambda s: s.start)
