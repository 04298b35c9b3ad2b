"""People and organisations as entities: the mentions of one article grouped by who they mean.

Variants of a name join its entity: German genitives ("Luo Fulis", "Leis", "Xiaomis"), surnames
after the full name ("Suleyman" -> "Mustafa Suleyman"), legal suffixes ("Xiaomi Corp."),
a unit of a named parent ("DAMO Academy" -> "Alibaba DAMO Academy"), the name without the craft that
opens it ("Gerberei Lohmüller" -> "Lederfabrik Lohmüller GmbH"), an acronym given in
brackets ("Bundesamt für Sicherheit (BSI)"), and German declension ("der Pädagogischen
Universität Peking" -> "Pädagogische Universität Peking"). The canonical name is the full
form as written, never a genitive.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from .gazetteer import kind_of
from .legal_forms import without_legal_form
from .lemmas import lookup_known
from .lexicon import LANGUAGES, alternation_of, every_language, lexicon, shared_words
from .name_rules import elided_coordination, short_form_of
from .person_names import is_given_name
from .spans import Span


@lru_cache(maxsize=1)
def _school() -> re.Pattern[str]:
    """A word that makes an organisation's name a school's: "Universität Stuttgart", "ETH Zürich"."""
    return re.compile(rf"(?i)\b(?:{'|'.join(sorted(shared_words('education_names')))})\b")


@lru_cache(maxsize=1)
def studied_at() -> re.Pattern[str]:
    """What ends just before a school, in any language, whatever its name: "diplômés de Grenoble INP", "a graduate
    of Wharton": nobody graduates from a company."""
    return re.compile(rf"(?i)\b(?:{'|'.join(sorted(every_language('study_phrases')))}) ?$")


@lru_cache(maxsize=1)
def _citation() -> re.Pattern[str]:
    """What ends just before a source the article cites, in any language: "laut dem", "according to"."""
    cites = alternation_of(frozenset().union(*(lexicon(language).classes.get("cite", ()) for language in LANGUAGES)))
    phrases = "|".join(sorted(every_language("citing_phrases")))  # regular expressions
    articles = "|".join(re.escape(a) + ("" if a.endswith(("'", "’")) else " ")
                        for a in sorted(every_language("citation_articles")))
    return re.compile(rf"(?i)(?:{cites}|{phrases})\s+(?:{articles})?$")


@dataclass
class Entity:
    """One person or organisation of the article, with every span that mentions it."""

    label: str
    name: str
    spans: list[Span] = field(default_factory=list)
    forms: list[str] = field(default_factory=list)  # as written
    bases: list[str] = field(default_factory=list)  # as they would stand alone
    kind: str = "person"  # person | company | education | outlet
    id: str = ""

    @property
    def aliases(self) -> tuple[str, ...]:
        """Other forms of the name in the article, as written."""
        return tuple(dict.fromkeys(f for f in self.forms if f != self.name))


def group_entities(spans: list[Span], *, text: str, language: str) -> list[Entity]:
    """People first, then organisations, each in order of first mention, with ids P1.., O1.."""
    people = _group_people([s for s in spans if s.label == "PERSON"], text=text, language=language)
    orgs = _group_orgs([s for s in spans if s.label == "ORG"], text=text, language=language)
    for prefix, entities in (("P", people), ("O", orgs)):
        entities.sort(key=lambda e: min(s.start for s in e.spans))
        for number, entity in enumerate(entities, 1):
            entity.id = f"{prefix}{number}"
    return people + orgs


def base_form(name: str, *, label: str, language: str) -> str:
    """A name as it would stand alone: no leading article, possessive or German case ending."""
    if kind_of(name.strip()):  # a listed name is written as listed: "L'Oréal", "The Verge"
        return name.strip()
    name = re.sub(r"^(?:the|der|die|das|des|dem|den|le|la|les)\s+|^l['’]", "", name.strip(), flags=re.I)
    name = re.sub(r"(?:['’]s|['’])$", "", name)
    if language == "de" and label == "ORG":
        # Genitive of an institution: "des Bundeskartellamts" -> "Bundeskartellamt", also before what it is for,
        # after adjectives and before a genitive plural: "des Karlsruher Instituts für Technologie" -> "Karlsruher
        # Institut für Technologie", "des Statistischen Bundesamts", "des Bundes deutscher Hochzeitsplaner"
        name = _institution_genitive().sub(r"\1", name)
        # An adjective's weak ending after an article, to the one it has without: "der Pädagogischen Universität" ->
        # "Pädagogische Universität", also further in ("der Königlich Technischen Hochschule"), and by the noun's
        # gender "der Europäische Investitionsfonds" -> "Europäischer Investitionsfonds", "das Europäische Zentrum"
        # -> "Europäisches Zentrum" (a feminine noun keeps "-e": "Europäische Kommission")
        name = _strong_adjectives(name)
        # ... of an adjective the language knows ("der Freien Universität"), not of a name ("Lazeen Kaberg")
        name = re.sub(r"^([A-ZÄÖÜ][a-zäöüß]+)en(?= ([A-ZÄÖÜ][\w-]*))",
                      lambda m: m.group(1) + _nominative_ending(m.group(2))
                      if lookup_known(m.group(0).lower(), language="de") else m.group(0), name)
    return name


# a capitalised German adjective, perhaps hyphenated ("Technisch-Naturwissenschaftlichen"), perhaps with its weak
# ending "-e" or "-en" (group 1 is its stem)
_ADJECTIVE_WORD = re.compile(r"([A-ZÄÖÜ][\w-]*(?:sch|lich|al|ig|er))(?:en?)?")


def _strong_adjectives(name: str) -> str:
    """The adjectives a name opens with, each with the ending it has without an article, by the gender of the
    noun after them: "Norwegischen Technisch-Naturwissenschaftlichen Universität" -> "Norwegische
    Technisch-Naturwissenschaftliche Universität"."""
    words = name.split(" ")
    run = 0
    while run < len(words) - 1 and _ADJECTIVE_WORD.fullmatch(words[run]) and words[run + 1][:1].isupper():
        run += 1
    if run == 0:
        return name
    ending = _nominative_ending(words[run])
    strong = [_ADJECTIVE_WORD.fullmatch(w).group(1) + ending if w.endswith(("e", "en")) else w for w in words[:run]]
    return " ".join(strong + words[run:])


@lru_cache(maxsize=1)
def _institution_genitive() -> re.Pattern[str]:
    endings = alternation_of(lexicon("de").words("institution_genitive_endings"))
    # before the end, what it is for, a name, a genitive of its own ("des Zentralverbands des Deutschen …") or a
    # plural's adjective ("des Verbands deutscher Maschinenbauer")
    return re.compile(rf"^((?:[A-ZÄÖÜ][\w-]*(?:er|en|e) ){{0,2}}[\w-]*(?:{endings}))e?s"
                      rf"(?=$| für | de[sr] | (?-i:[A-ZÄÖÜ])| (?-i:[a-zäöü][\w-]*er) )", re.IGNORECASE)


def _nominative_ending(noun: str) -> str:
    """The ending of an adjective before ``noun`` with no article, by the noun's gender: "Deutsches
    Krebsforschungszentrum", "Deutscher Gewerkschaftsbund", "Technische Universität" (German, by the noun's end)."""
    words, lower = lexicon("de"), noun.lower()
    if lower.endswith(tuple(words.words("neuter_noun_endings"))):
        return "es"
    return "er" if lower.endswith(tuple(words.words("masculine_noun_endings"))) else "e"


def _without_genitive(form: str, *, end: int, text: str, language: str, names: set[str]) -> str:
    """ "Xiaomis Umsatz": a German one-word name in -s before a noun is a genitive (a name that ends
    in s takes an apostrophe instead: "Siemens' Umsatz"), unless the two words are a name the article gives
    elsewhere ("Rüstungskonzern Orbis Wehrtechnik" where the pipeline took "Orbis" alone), or the article writes
    the name in -s alone and never without the -s ("Argus Sicherheitsdienste …, Argus erwirtschaftete …")."""
    genitive = language == "de" and " " not in form and len(form) > 3 and re.search(r"[^s]s$", form)
    noun = re.match(r" ([A-ZÄÖÜ][a-zäöüß][\w-]*)", text[end:])
    if not (genitive and noun and not kind_of(form) and f"{form} {noun.group(1)}" not in names):
        return form
    alone = re.search(rf"(?<![\w-]){re.escape(form)}(?![\w-])(?! [A-ZÄÖÜ])", text)
    bare = re.search(rf"(?<![\w-]){re.escape(form[:-1])}(?![\w-])", text)
    return form[:-1] if bare or not alone else form


def _without_adjective(form: str, *, known: set[str], opens: bool) -> str:
    """An adjective capitalised only because it opens a headline or sentence, before a name the article gives
    alone: "Schwedische Nordhav kauft Rheinpersonal" is "Nordhav" (within a sentence the capital makes it part of
    the name: "der Bayerischen Landesbank"; "Deutsche Bank" keeps its adjective, which ends otherwise)."""
    lead = _OPENING_ADJECTIVE.match(form) if opens else None
    return form[lead.end():] if lead and form[lead.end():] in known else form


# "Schwedische", "Französischen": a German adjective in "-isch", capitalised, before one word
_OPENING_ADJECTIVE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+isch(?:e[nrs]?)? (?=\S+$)")


def _opens_a_sentence(start: int, *, text: str) -> bool:
    """Whether a span opens the text, a line or a sentence."""
    return re.search(r"(?:^|[\n.!?:])\s*$", text[max(0, start - 3):start]) is not None


def _genitive_of(form: str, known: set[str]) -> str | None:
    """The name that ``form`` is the German genitive of ("Xiaomis" -> "Xiaomi"), if it is known."""
    if form.endswith("s") and form[:-1] in known:
        return form[:-1]
    return None


def _group_people(spans: list[Span], *, text: str, language: str) -> list[Entity]:
    spans = sorted([*spans, *_given_names_before(spans, text=text, language=language)], key=lambda s: s.start)
    forms = [base_form(text[s.start:s.end], label="PERSON", language=language) for s in spans]
    forms = _with_shared_family_names(spans, forms, text=text, language=language)
    tokens_of_full = {t for f in forms if " " in f for t in f.split()}
    full_forms = set(forms)
    entities: dict[str, Entity] = {}
    singles: list[tuple[Span, str]] = []
    for span, form in zip(spans, forms, strict=True):
        form = _genitive_of(form, full_forms | tokens_of_full) or form
        if " " not in form or _family_name_only(form):
            singles.append((span, form))
            continue
        entity = entities.get(form) or next(
            (e for e in entities.values() if _same_person(e.name, form)), None
        )  # "De Vries" at a sentence start is "Sanne de Vries"
        if entity is None:
            entity = entities[form] = Entity("PERSON", form)
        _add(entity, span, text, form)
    for span, form in singles:
        owners = [e for e in entities.values() if form.casefold() in e.name.casefold().split()
                  or e.name.casefold().endswith(f" {form.casefold()}")]
        if owners:
            before = [e for e in owners if min(s.start for s in e.spans) < span.start]
            entity = max(before or owners, key=lambda e: max(s.start for s in e.spans if s.start < span.start)
                         if before else 0)
        else:
            entity = entities.setdefault(form, Entity("PERSON", form))
        _add(entity, span, text, form)
    return list(entities.values())


def _given_names_before(spans: list[Span], *, text: str, language: str) -> list[Span]:
    """A listed given name the pipeline left alone before "and" and a full name: "die Brüder Henning und Jens
    Paulsen", "the brothers Pieter and Joost van Leeuwen" (``_with_shared_family_names`` names them)."""
    before = _given_name_and(language)
    if before is None:
        return []
    found = []
    for span in spans:
        full = text[span.start:span.end].split()
        match = before.search(text, max(0, span.start - 40), span.start)
        if (len(full) >= 2 and match and is_given_name(match.group(1)) and is_given_name(full[0])
                and not any(s.start <= match.start(1) < s.end for s in spans)):
            found.append(Span(match.start(1), match.end(1), "PERSON", from_rules=True))
    return found


def _with_shared_family_names(spans: list[Span], forms: list[str], *, text: str, language: str) -> list[str]:
    """A given name joined by "and" to a full name shares its family name: "les frères Matthias et Jonas Brenner",
    "the brothers Iñaki and Xabier Etxeberria" name Matthias Brenner and Iñaki Etxeberria."""
    joined = lexicon(language).and_between_names
    family_names = {word for form in forms for word in form.split()[1:]}  # "Schmidt and Anna Müller": two people
    shared = list(forms)
    for i in range(len(spans) - 1):
        given, full = forms[i], forms[i + 1].split()
        if (" " not in given and given not in family_names and len(full) >= 2
                and (is_given_name(given) or is_given_name(full[0]))
                and joined.fullmatch(text[spans[i].end:spans[i + 1].start])):
            shared[i] = " ".join([given, *full[1:]])
    return shared


def shares_a_family_name(span: Span, *, text: str, language: str) -> bool:
    """Whether a one-word name stands before "and" and a full name, whose family name it shares: "Eleanor" of
    "siblings Eleanor and James Whitcombe" (a person, though named once and never in full); one of the two given
    names must be known, as for ``_with_shared_family_names``."""
    given = text[span.start:span.end]
    full = _full_name_after_and(language).match(text, span.end, span.end + 80)
    return " " not in given and full is not None and (is_given_name(given) or is_given_name(full.group(1)))


@lru_cache(maxsize=8)
def _full_name_after_and(language: str) -> re.Pattern[str]:
    """The language's "and" and a full name after it, its given name captured: " and James Whitcombe"."""
    joins = lexicon(language).and_words
    return re.compile(rf" (?:{joins}) ([A-ZÄÖÜÉ][\w-]+) [A-ZÄÖÜÉ]" if joins else "(?!)")


@lru_cache(maxsize=8)
def _given_name_and(language: str) -> re.Pattern[str] | None:
    """A capitalised word and the language's "and" right before a name."""
    joins = lexicon(language).and_words
    return re.compile(rf"(?<![\w-])([A-ZÄÖÜÉ][\w-]+) (?:{joins}) $") if joins else None


def _family_name_only(form: str) -> bool:
    """A family name with its particle and no given name: "Van Leeuwen", "De Vries" (at a sentence start)."""
    return bool(_particle_opening().match(form))


@lru_cache(maxsize=1)
def _particle_opening() -> re.Pattern[str]:
    return re.compile(rf"(?i:{alternation_of(shared_words('name_particles'))}) [A-ZÄÖÜ]\S*$")


def _same_person(a: str, b: str) -> bool:
    """ "Christian Klein" and "Christian Klein Jr." are one person; "Lei Jun" and "Jun Lei" are not."""
    ta, tb = a.casefold().split(), b.casefold().split()
    short, long = sorted((ta, tb), key=len)
    return len(short) >= 2 and (long[: len(short)] == short or long[-len(short):] == short)


def _group_orgs(spans: list[Span], *, text: str, language: str) -> list[Entity]:
    bases = [base_form(text[s.start:s.end], label="ORG", language=language) for s in spans]
    names = set(bases)
    forms = [_without_genitive(base, end=s.end, text=text, language=language, names=names)
             for s, base in zip(spans, bases, strict=True)]
    known = set(forms)
    by_key: dict[str, Entity] = {}
    for span, form in zip(spans, forms, strict=True):
        if language == "de":
            form = _genitive_of(form, known) or form
            form = _without_adjective(form, known=known, opens=_opens_a_sentence(span.start, text=text))
        # "Deutsche-Bank" heading a compound ("Deutsche-Bank-Manager") is the "Deutsche Bank" named apart
        entity = by_key.setdefault(form.casefold().replace("-", " "), Entity("ORG", form))
        _add(entity, span, text, form)
    entities = _merge_variants(list(by_key.values()), text=text, language=language)
    for entity in entities:
        entity.name = _org_name(entity, text=text)
        entity.kind = _org_kind(entity, text=text)
    return entities


def _merge_variants(entities: list[Entity], *, text: str, language: str) -> list[Entity]:
    """Join "Xiaomi Corp." to "Xiaomi", "DAMO Academy" to "Alibaba DAMO Academy", "Stickerei Reinhold & Söhne" to
    "Reinhold & Söhne" and an acronym in brackets to the name before it."""
    names = {e.name.casefold(): e for e in entities}
    bare = {id(e): _without_trade(e.name, language=language) for e in entities}
    longest_first = sorted(entities, key=lambda e: len(e.name), reverse=True)
    merged: dict[int, Entity] = {}
    for entity in longest_first:
        target = next((o for o in longest_first
                       if o is not entity and id(o) not in merged and not _named_apart(entity, o, text=text)
                       and (_variant_of(entity.name, o.name, names)
                            or _variant_of(bare[id(entity)], bare[id(o)], names))),
                      None) or _expanded_by_acronym(entity, entities, text=text)
        if target is not None and id(target) not in merged:
            target.spans.extend(entity.spans)
            target.forms.extend(entity.forms)
            target.bases.extend(entity.bases)
            merged[id(entity)] = target
    return [e for e in entities if id(e) not in merged]


def _without_trade(name: str, *, language: str) -> str:
    """A name without the craft that opens it, which the article may leave off or name otherwise: "Lohmüller" of
    "Gerberei Lohmüller" and of "Lederfabrik Lohmüller GmbH"."""
    craft, _, rest = name.partition(" ")
    return rest if rest[:1].isupper() and lexicon(language).names_a_trade(craft) else name


def _named_apart(a: Entity, b: Entity, *, text: str) -> bool:
    """Both named in one sentence are two organisations: "Dason has named P chief executive of Dason
    Energy" (an article does not switch between a company's names within a sentence). A line break ends
    a sentence too: a headline has no full stop."""
    return any(not re.search(r"[.!?]\s|\n", text[min(x.end, y.end):max(x.start, y.start)])
               for x in a.spans for y in b.spans if x.end <= y.start or y.end <= x.start)


def _variant_of(short: str, long: str, names: dict[str, Entity]) -> bool:
    """Whether ``short`` names the organisation ``long`` names, in words apart at spaces or, where those differ, at
    hyphens too ("Al-Noor" of "Al Noor Hospitality Investments", "Haidlinger" of "Haidlinger-Bräu"); "&" is no word
    ("Rosenau Hotels" of "Rosenau Hotels & Resorts")."""
    if _abbreviated(short, long):
        return True
    full = without_legal_form(long).casefold()  # "Deutsche Lufthansa AG"
    # the short name may keep the start of what the long one's legal form strips: "Danube Capital" of "Danube
    # Capital Partners" (both "Danube" without it; not "Schwarz Gruppe" of "Schwarz Digits")
    if " " in short and without_legal_form(short).casefold() == full and long.casefold().startswith(
            short.casefold() + " "):
        return True
    # "Sattel- und Lederwaren" is one word
    short_text, long_text = (elided_coordination().sub(" ", name) for name in (short.casefold(), full))
    return any(_words_variant(short_text.replace("-", hyphen).split(), long_text.replace("-", hyphen).split(),
                              short=short, long=long, names=names) for hyphen in ("-", " "))


def _words_variant(s: list[str], lo: list[str], *, short: str, long: str, names: dict[str, Entity]) -> bool:
    s, lo = [w for w in s if w != "&"], [w for w in lo if w != "&"]
    if lo == s:
        return True
    if len(s) >= len(lo):
        return False
    if lo[: len(s)] == s:
        rest = lo[len(s):]
        # "Lumora" is "Lumora Photonics", but "Hitachi" is not "Hitachi Energy" (both are listed companies)
        # and "VW" not "VW China Technology Company" (a unit's name says more than a company's word)
        # a name of several words may leave off one word too ("Orchard Lane" for "Orchard Lane Cider")
        return (len(rest) <= (2 if " " not in short else 1) and not kind_of(short) and not kind_of(long)
                and s[0] not in shared_words("org_words"))
    if lo[-len(s):] == s:
        # "DAMO Academy" in "Alibaba DAMO Academy" when "Alibaba" is named too; "DeepMind" in
        # "Google DeepMind" (a one-word name); not "Universität Peking" in "Pädagogische Universität Peking".
        rest = lo[: -len(s)]
        return " ".join(rest) in names or (len(s) == 1 and s[0] not in shared_words("org_words"))
    return False


def _abbreviated(short: str, long: str) -> bool:
    """A name whose first words stand as their initials: "TU München" for "Technische Universität München",
    "LMU München" for "Ludwig-Maximilians-Universität München"."""
    head, _, tail = short.partition(" ")
    if not tail or not re.fullmatch(r"[A-ZÄÖÜ]{2,5}", head) or not long.endswith(" " + tail):
        return False
    return head in _initials(long[:-len(tail)].strip())


def _expanded_by_acronym(entity: Entity, entities: list[Entity], *, text: str) -> Entity | None:
    """The organisation an acronym stands for: the one it follows in brackets, else the only one whose words'
    initials it spells ("GE" for "General Electric Co.", "GLG" for "Great Lakes & Gulf Railway"); its parts may be
    parted by full stops ("Investitionsbank Schleswig-Holstein (IB.SH)")."""
    if not re.fullmatch(r"(?=[A-ZÄÖÜ&.]{2,8}$)[A-ZÄÖÜ&]+(?:\.[A-ZÄÖÜ&]+)*", entity.name):
        return None
    for other in entities:  # as written: "der Technischen Universität München (TUM)" defines "TUM" too
        if other is not entity and any(re.search(re.escape(form) + r"\s\(" + re.escape(entity.name) + r"\)", text)
                                       for form in {other.name, *other.forms}):
            return other
    spelt = [other for other in entities if other is not entity and entity.name in _initials(other.name)]
    return spelt[0] if len(spelt) == 1 else None


def _initials(name: str) -> set[str]:
    """What a name's capitalised words spell, also without its trailing company words or its last word (what the
    firm does): "General Electric Co." -> {"GEC", "GE"}; "Great Lakes & Gulf Railway" -> {"GLGR", "GLG"}; none for
    a name of one word."""
    words = [w for w in re.split(r"[\s-]+", name) if w[:1].isupper()]
    short = [w for w in re.split(r"[\s-]+", without_legal_form(name)) if w[:1].isupper()]
    trimmed = list(short)
    while len(trimmed) > 1 and trimmed[-1].lower() in shared_words("org_words"):
        trimmed.pop()
    return {"".join(w[0] for w in ws) for ws in (words, short, trimmed, short[:-1]) if len(ws) > 1}


def _org_name(entity: Entity, *, text: str) -> str:
    """The most frequent standalone form; on a tie, the longest (the fullest form as written). An
    acronym the article defines in brackets ("Tata Power Renewable Energy Ltd (TPREL)") and a company's
    name without its trade ("Xinhe" of "Xinhe Semiconductor") are aliases, and a compound's head
    ("Deutsche-Bank-Manager") counts for the name written apart ("Deutsche Bank")."""
    bases = set(entity.bases)
    counts = Counter(base.replace("-", " ") if base.replace("-", " ") in bases else base for base in entity.bases)
    defined = {m.group(1) for form in counts for m in re.finditer(re.escape(form) + r" \(([^()]{2,10})\)", text)}
    defined |= {short_form_of(form) for form in counts}  # "Xinhe" of "Xinhe Semiconductor"
    return max([f for f in counts if f not in defined] or counts, key=lambda f: (counts[f], len(f)))


def _org_kind(entity: Entity, *, text: str) -> str:
    """company, education, outlet (a source the article cites) or institution."""
    listed = next((kind_of(b) for b in entity.bases if kind_of(b)), None)
    if listed:
        return listed
    if all(_citation().search(text[max(0, s.start - 40):s.start]) and text[s.end:s.end + 1] != "-"
           for s in entity.spans):
        return "outlet"  # only ever cited as a source: "laut dem Handelsblatt", "according to Reuters"
    studied = any(studied_at().search(text[max(0, s.start - 60):s.start]) for s in entity.spans)
    return "education" if studied or _school().search(entity.name) else "company"


def _add(entity: Entity, span: Span, text: str, base: str) -> None:
    entity.spans.append(span)
    entity.forms.append(text[span.start:span.end])
    entity.bases.append(base)
