"""Words that stand for a person or an organisation named before: pronouns ("sie", "he", "elle",
agreeing in gender), nouns for a person just named ("die 52-Jährige", "the 52-year-old"), and
nouns for a company ("der Konzern", "the Munich-based firm", "la société", "its"), each resolved
to the nearest fitting entity within a few sentences.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from .clauses import embedded
from .demonyms import demonym_pattern, names_a_place
from .lemmas import german_common_noun, lookup_lemma
from .lexicon import alternation_of, lexicon, shared_words
from .lexicon.amounts import all_months
from .names import Entity
from .new_companies import gives_a_name, new_company_noun
from .places import is_known_place
from .quotations import quotations, within
from .roles import FOUNDING_ROLES, RoleMatch, find_roles, title_owning
from .spans import Span

_WINDOW = 3  # sentences back that a reference may reach


@dataclass(frozen=True)
class Reference:
    """``text[start:end]`` stands for ``entity``; ``via`` is "pronoun" (a person), "possessive" (a person as the
    predecessor a successor is named after) or "reference" (an organisation).
    A plural reference ("the pair") stands for ``partners`` too."""

    start: int
    end: int
    entity: Entity
    via: str
    partners: tuple[Entity, ...] = ()


def find_references(text: str, *, sentences: Sequence[tuple[int, int]], entities: Sequence[Entity],
                    families: Mapping[str, Entity], language: str, main_company: Entity | None,
                    new_company: Entity | None = None) -> list[Reference]:
    """Every pronoun, person noun and company noun of the article that refers to an entity, in order; ``families``
    (``family_firms``) says which firm a family noun may stand for, ``new_company`` (``named_new_company``) what a
    new or merged company stands for."""
    genders = {e.id: gender_of(e, text=text, language=language) for e in entities if e.label == "PERSON"}
    names = [(s.start, s.end) for e in entities for s in e.spans]
    name_starts = {start for start, _ in names}
    org_mentions = sorted(((s.start, e) for e in entities if e.label == "ORG" for s in e.spans),
                          key=lambda pair: pair[0])
    people_starts = sorted(s.start for e in entities if e.label == "PERSON" for s in e.spans)
    person_ends = {s.end for e in entities if e.label == "PERSON" for s in e.spans}
    org_starts = {start for start, _ in org_mentions}
    found = []
    for index, (start, end) in enumerate(sentences):
        window = sentences[max(0, index - _WINDOW)][0]
        for match in _pattern(language).finditer(text, start, end):
            if any(s < match.end() and match.start() < e for s, e in names):
                continue
            if _impersonal(language).match(text, match.start()):
                continue  # "il y a un an": no person
            if _name_follows(text, _past_a_field(text, match.end(), language=language), name_starts,
                             language=language, comma=False) or (
                    match.lastgroup not in ("female", "male", *_DEMONSTRATIVES, *_POSSESSIVES)
                    and _unknown_name_follows(text, match.end(), language=language)):
                continue  # a noun before a name is an apposition: "l'équipementier Valeo", "der Zulieferer ZF"
            if match.lastgroup == "person" and _former_title_before_a_name(match, text=text, name_starts=name_starts,
                                                                           language=language):
                continue  # "l'ancien directeur commercial d'X, P,": "former" before a title, no noun for a person
            if match.lastgroup in ("company", "unit") and _complement_names(text, match.end(), name_starts,
                                                                            language=language):
                continue  # "the manipulation team at Toyota Research Institute" says whose it is
            if match.lastgroup == "company" and _describes_a_name(text, match.end(), org_starts,
                                                                         language=language):
                continue  # "la société de robotique marine Nautix Robotics": the noun describes the name
            kind = match.lastgroup
            if kind == "new_company":  # "the merged company": the one the merger creates, where the article names it
                if new_company is None:
                    kind = "company"
                elif gives_a_name(text, match.end(), language=language):
                    continue  # "The new company, to be called Lotus Nordsoja,": the name, no reference
                else:
                    found.append(Reference(_after_determiner(match, language=language), match.end(), new_company,
                                           "reference"))
                    org_mentions.append((match.start(), new_company))
                    continue
            if kind == "person" and text[match.start() - 2:match.start()] == ", " and match.start() - 2 in person_ends:
                continue  # "P, die Leiterin des Rechnungswesens": an apposition's title, said of P
            place = _based_in(match.group(0), language=language) if kind == "company" else None
            if place is not None:  # "the Bonn-based group": the firm the article says is based there
                referent = _of_the_place(place, text=text, org_mentions=org_mentions, before=match.start())
                if referent is not None:
                    found.append(Reference(_after_determiner(match, language=language), match.end(), referent,
                                           "reference"))
                    org_mentions.append((match.start(), referent))
                    continue
            if kind == "demonym":  # "der Duisburger", where the article names Duisburg: a company of the city
                referent = _of_the_city(match.group(0).rsplit(" ", 1)[-1], text=text, org_mentions=org_mentions,
                                        main_company=main_company)
                if referent is not None:
                    found.append(Reference(_after_determiner(match, language=language), match.end(), referent,
                                           "reference"))
                continue
            if kind in _LATTER:
                referent = _the_latter(entities, org_mentions, text=text, span=match.span(), window=window,
                                       language=language)
                if referent is not None:
                    # "ce dernier" says the person is a man, which a pronoun after it agrees with
                    genders[referent.id] = genders.get(referent.id) or _LATTER[kind]
                    found.append(Reference(match.start(), match.end(), referent, "pronoun"))
                continue
            if kind in _DEMONSTRATIVES and not _title_follows(text, match.end() + 1, language=language):
                continue  # "cette commande", "ce mardi"
            if kind in ("female", "male", "person", *_DEMONSTRATIVES, *_POSSESSIVES):
                # a noun for a person in its feminine form is a woman: "Die Absolventin der WHU"
                feminine = kind == "person" and _FEMININE_TITLE.search(match.group(0).lower())
                gender = "f" if feminine else {"female": "f", "male": "m"}.get(kind.split("_")[0])
                if kind == "person" and gender is None:
                    gender = _gender_of_the_article(match.group(0), language=language)
                referent = _person(entities, genders, before=match.start(), window=window, gender=gender)
                via = "possessive" if kind in _POSSESSIVES else "pronoun"
            else:
                referent = _family_firm(match, text=text, sentence=(start, end), entities=entities, firms=families,
                                        language=language) if kind == "company" else None
                referent = referent or _organisation(org_mentions, match.group(0), text=text, before=match.start(),
                                         window=window, kind=kind, main_company=main_company, language=language,
                                         sentence_start=start, previous_start=sentences[max(0, index - 1)][0],
                                         first_person=next((p for p in people_starts if p >= start), end))
                via = "reference"
                if referent is not None:
                    org_mentions.append((match.start(), referent))
            if referent is not None:
                end = _demonstrated_end(text, match.end()) if kind in _DEMONSTRATIVES else match.end()
                if kind == "company":
                    end = _past_its_adjective(match, referent=referent, mentions=org_mentions, text=text,
                                              language=language)
                found.append(Reference(_after_determiner(match, language=language), end, referent, via))
        found += _titles_for_people(text, start=start, end=end, window=window, entities=entities, genders=genders,
                                    name_starts=name_starts, language=language)
        found += _pair(text, start=start, end=end, window=window, entities=entities, language=language)
        found += _last_named(text, start=start, end=end, previous=sentences[max(0, index - 2)][0],
                             before=sentences[max(0, index - 1)][0], entities=entities, language=language,
                             references=found)
    return found


def _family_firm(match: re.Match[str], *, text: str, sentence: tuple[int, int], entities: Sequence[Entity],
                 firms: Mapping[str, Entity], language: str) -> Entity | None:
    """The firm a family noun stands for ("le moulin familial", "the family firm", "das Familienunternehmen", "das
    Unternehmen in fünfter Generation"): the one named for the family of a person its sentence names ("Les frères
    Rémi et Julien Castagnier, qui ont repris le moulin familial": Huilerie Castagnier), or any company noun where
    the sentence names the family's people by their kin before it ("The brothers Matthias and Florian Lindauer, who
    run the 118-year-old firm": Gebrüder Lindauer); otherwise the family's firm of a person whose apposition's title
    the noun follows (``_of_the_person_apposed``). A founder's title before the noun makes it a family's too
    (``_founder_before``)."""
    around = text[max(sentence[0], match.start() - _FAMILY_REACH):min(sentence[1], match.end() + _FAMILY_REACH)]
    if not (_family_word(language).search(around) or _kin_word(language).search(text, sentence[0], match.start())
            or _founder_before(match, text=text, sentence=sentence, language=language)):
        return _of_the_person_apposed(match, text=text, sentence=sentence, entities=entities, firms=firms,
                                      language=language)
    named = [firms[e.id] for e in entities if e.id in firms
             and any(sentence[0] <= s.start < sentence[1] for s in e.spans)]
    return named[0] if len(set(map(id, named))) == 1 else None


def _of_the_person_apposed(match: re.Match[str], *, text: str, sentence: tuple[int, int], entities: Sequence[Entity],
                           firms: Mapping[str, Entity], language: str) -> Entity | None:
    """The family's firm a company noun stands for after the title in a person's apposition, where the firm bears the
    person's name ("Joseph Puig, 68 ans, gérant de la maison depuis 1991," for Saloirs Puig); None where another name
    stands between, or no title ("Declan Kerrigan, the chain's finance director": the chain an apposition named)."""
    mentions = sorted((s.start, s.end, e) for e in entities for s in e.spans if sentence[0] <= s.start < match.start())
    if not mentions:
        return None
    _, end, last = mentions[-1]
    if last.label != "PERSON" or not _APPOSED.fullmatch(text, end, match.start()):
        return None
    titles = find_roles(text[end:match.start()], language=language)
    linking = text[end + titles[-1].end:match.start()].split() if titles else [""]
    of = lexicon(language).classes.get("of", frozenset())
    return firms.get(last.id) if linking and all(word.lower() in of for word in linking) else None


_APPOSED = re.compile(r", [^.;:!?,()]{0,20}(?:, [^.;:!?,()]{0,40})?")  # ", 68 ans, gérant de ", ", head of "


def _founder_before(match: re.Match[str], *, text: str, sentence: tuple[int, int], language: str) -> bool:
    """Whether a founder's title stands before a company noun in its sentence ("Der zweite Gründer, Rüdiger Vogel, der
    die Firma 1998 mit aufgebaut hatte", "Les deux cofondateurs de la PME", "the grandson of the founder and
    Kessler's managing director, will leave the company"): the first company noun after it is a family's, the
    founder's (a later one may be another's: "the founder's great-grandson, will remain at the head of the firm and
    join the Spanish group's management committee"); a founding family ("la famille fondatrice") is no founder."""
    before, after = lexicon(language).family_words
    return any(r.role in FOUNDING_ROLES and not before.search(text, sentence[0], sentence[0] + r.start)
               and not after.match(text, sentence[0] + r.end)
               and not any(m.lastgroup == "company" for m in _pattern(language).finditer(text, sentence[0] + r.end,
                                                                                          match.start()))
               for r in find_roles(text[sentence[0]:match.start()], language=language))


# characters around a company noun in which a family word qualifies it: "das Familienunternehmen", "führen das
# Unternehmen in fünfter Generation"
_FAMILY_REACH = 24


@lru_cache(maxsize=8)
def _impersonal(language: str) -> re.Pattern[str]:
    """A phrase in which a personal pronoun stands for nobody: French "il y a", "il faut"."""
    words = lexicon(language).words("impersonal_phrases")
    return re.compile(rf"(?i:{alternation_of(words)})(?![\w'’])" if words else "(?!)")


@lru_cache(maxsize=8)
def _kin_word(language: str) -> re.Pattern[str]:
    """A word for relatives right before a name: "The brothers Matthias", "les frères Rémi"."""
    words = lexicon(language).words("kin_nouns")
    return re.compile(rf"(?i:(?<![\w-])(?:{alternation_of(words)})) [A-ZÄÖÜÀ-Ý]" if words else "(?!)")


@lru_cache(maxsize=8)
def _family_word(language: str) -> re.Pattern[str]:
    """A word that makes a company noun a family's, also as a German compound's first part ("Familienunternehmen")."""
    words = lexicon(language).words("family_business_words")
    return re.compile(rf"(?i)(?<![\w-])(?:{alternation_of(words)})" if words else "(?!)")


def _of_the_city(demonym: str, *, text: str, org_mentions: Sequence[tuple[int, Entity]],
                 main_company: Entity | None) -> Entity | None:
    """The company a demonym stands for: the one the article describes by it ("Der Duisburger Stahlhersteller
    Niederrhein Stahl", "Die Westerwälder Keramikmanufaktur Tonwerk Lindholm": the description says it is a place's,
    whether or not the place is one we know; also where the name takes the demonym in: "die Solinger Gebrüder
    Hartkopf GmbH"), else the article's company where its dateline names the city."""
    described = re.compile(rf"(?<![\w-]){re.escape(demonym)} (?:[\w-]+ ){{0,2}}$")
    for position, entity in org_mentions:
        if entity.label == "ORG" and (described.search(text, max(0, position - _DESCRIBED_REACH), position)
                                      or text.startswith(f"{demonym} ", position)):
            return entity
    return main_company if names_a_place(demonym, text=text[:_DATELINE_REACH]) else None


def _based_in(phrase: str, *, language: str) -> str | None:
    """The place of a company noun's "X-based" ("the Bonn-based group": Bonn), if it has one."""
    compounds = lexicon(language).words("place_compounds")
    match = re.search(rf"([A-ZÄÖÜÉ][\w]+)(?:{alternation_of(compounds)})(?![\w])", phrase) if compounds else None
    return match.group(1) if match else None


def _of_the_place(place: str, *, text: str, org_mentions: Sequence[tuple[int, Entity]], before: int) -> Entity | None:
    """The company an "X-based" noun stands for: the one the article described as based there before ("Telvora,
    the Stockholm-based mobile operator", "Stockholm-based Telvora"), else, where the dateline names the place,
    the first company named after it (the news's own: "BONN ... - DHL Group has agreed to buy ...")."""
    companies = [(p, e) for p, e in org_mentions if e.kind == "company"]
    for described in re.finditer(rf"(?<![\w-]){re.escape(place)}-", text[:before]):
        named_before = [(p, e) for p, e in companies if p < described.start()
                        and _APPOSITION.match(text, p, described.start())]
        named_after = [(p, e) for p, e in companies if p > described.end()
                       and _DESCRIPTION.fullmatch(text, described.end(), p)]
        if named_before or named_after:  # the nearest name
            return max(named_before)[1] if named_before else min(named_after)[1]
    dateline = re.match(rf"\s*(?:[^\n]*\n+)?{re.escape(place.upper())}\b", text[:_DATELINE_REACH])
    if dateline is None:
        return None
    return next((e for p, e in companies if p > dateline.end()), None)


# a name, a comma and an article before the place: "Telvora, the Stockholm-"
_APPOSITION = re.compile(r"(?:[A-ZÄÖÜÉ0-9][\w&'’.-]* ?){1,5},\s+(?:\w+\s+)?$")
# the rest of the description between the place and the name: "-based mobile operator " before "Telvora"
_DESCRIPTION = re.compile(r"[\w-]+(?: [a-z][\w-]*){0,3} ")

_OPENING_WORDS = 2  # "Für Sinopec", "Chez le belge Sarens": a preposition opening the sentence sets its scene
_PREPOSITIONS = frozenset({"at", "of", "from", "by", "in", "to"})
_DESCRIBED_REACH = 60  # characters before a name that a demonym and a company noun describe it in
_DATELINE_REACH = 200  # characters of headline and dateline that name the article's city


def _pair(text: str, *, start: int, end: int, window: int, entities: Sequence[Entity],
          language: str) -> list[Reference]:
    """A sentence opening with a word for two people before a verb ("The pair met as ...", "Die beiden hatten
    sich ... kennengelernt", "Tous deux ont étudié ...") is about the last two people named."""
    opening = _pair_opening(language)
    match = opening.match(text, start, end) if opening is not None else None
    if match is None:
        return []
    named = sorted(((max(s.start for s in e.spans if window <= s.start < start), e) for e in entities
                    if e.label == "PERSON" and any(window <= s.start < start for s in e.spans)), key=lambda p: p[0])
    if len(named) < 2:
        return []
    return [Reference(match.start(1), match.end(1), named[-2][1], "pronoun", partners=(named[-1][1],))]


def _last_named(text: str, *, start: int, end: int, previous: int, before: int, entities: Sequence[Entity],
                language: str, references: Sequence[Reference] = ()) -> list[Reference]:
    """A sentence opening with a possessive ("Deren Chef P", "Dessen Referent P", "Ses deux fondateurs, A et B") is
    about what the sentences before (from ``previous``) named last, where that is an organisation ("Kritik kam von
    der IG BAU.", "L'exemple le plus cité reste Mistral AI."), not the article's company; after a person ("die
    Siemens-Vorstand Cedrik Neike führt. Dessen Einheit", "explique Mme Benali. Son logiciel") it says nothing. A
    possessive after a quotation's speech verb ("« Nous ne l'apporterons pas », a prévenu son associé gérant, P") is
    about the organisation the sentence before (from ``before``) opens with. A company noun of a kind that
    ``references`` resolved counts as a mention ("Fondée en 1921, la cidrerie a réalisé ... Son président, P"); a
    generic one ("l'entreprise") may stand for the article's company rather than the one under discussion."""
    opening = _word_opening(language, "last_named_possessives")
    match = opening.match(text, start, end) if opening is not None else None
    quoted = _quoted_possessive(language).search(text, start, end) if match is None else None
    match = match or quoted
    if match is None or not _title_follows(text, match.end(), language=language):
        return []  # "Son chiffre d'affaires", "Sa direction générale sera confiée à": no officer of anything
    # an organisation in a person's apposition is the person's description, not a subject ("... à P, un ancien de
    # Leboncoin. Son cofondateur" is no officer of Leboncoin)
    until = start if quoted is None else match.start(1)  # a quotation's sentence may name the possessor first
    people_ends = [s.end for e in entities if e.label == "PERSON" for s in e.spans if previous <= s.start < until]
    # a place is no possessor of officers: "le rachat de la scierie Gaspard Frères, à Rambervillers (Vosges). … Ses
    # dirigeants"
    # nor is one a relative clause names in passing, closed before its sentence goes on: "Fibrapak, qui fournit
    # notamment Danone et L'Oréal, a réalisé … Son fondateur, P" (not "…, die meisten davon bei der Tochter X.")
    asides = [(b, e) for b, e in embedded((previous, until), text=text, language=language) if text.startswith(",", e)]
    mentions = [(s.start, e) for e in entities for s in e.spans if previous <= s.start < until
                and e.label in ("ORG", "PERSON") and not within(s.start, asides)
                and not (e.label == "ORG" and any(end < s.start and text.startswith(",", end)
                                                  and not re.search(r"[,.;!?]", text[end + 1:s.start])
                                                  for end in people_ends))]
    generic = lexicon(language).words("generic_company_nouns")
    mentions += [(r.start, r.entity) for r in references if r.via == "reference" and previous <= r.start < until
                 and re.split(r"[\s'’]", text[r.start:r.end].lower())[-1] not in generic]
    if not mentions:
        return []
    if quoted is not None:  # a quotation's speaker speaks for the sentence before's subject: "Le fonds Harbor Peak
        # Capital, qui détient 6 % de Vizéo, a salué l'opération. « … », a commenté son associé fondateur, P"
        mentions = [(p, e) for p, e in mentions if p >= before] or mentions
        last = min(mentions, key=lambda pair: pair[0])[1]
    else:
        # an investor named last holds the company, whose officers the possessive names: "… détenue à 40 % par le
        # fonds bruxellois Scaldis Equity. Son directeur général, P"
        in_house = _in_house_title_follows(text, match.end(), language=language)
        held = [(p, e) for p, e in mentions if not (in_house and an_investor_named(e, text=text, language=language))]
        last = max(held or mentions, key=lambda pair: pair[0])[1]
    company = last.label == "ORG" and last.kind == "company"  # "Diplômé de l'université X. Sa collègue P" is no staff
    return [Reference(match.start(1), match.end(1), last, "reference")] if company else []


@lru_cache(maxsize=8)
def _quoted_possessive(language: str) -> re.Pattern[str]:
    """A closing quotation mark, a speech verb (perhaps after an auxiliary) and a possessive: "», a prévenu son"."""
    words = lexicon(language)
    possessives, speech = words.words("last_named_possessives"), words.classes.get("speech", frozenset())
    if not possessives or not speech:
        return re.compile("(?!)")
    return re.compile(rf"[»“\"]\s*,?\s*(?:[\w'’]+\s+)?(?:{alternation_of(speech)})\s+"
                      rf"((?i:{alternation_of(possessives)}))(?![\w-])")


# the pattern's groups of words for the person named last, and the gender each gives them
_LATTER = {"female_latter": "f", "male_latter": "m", "any_latter": None}
# the pattern's groups of demonstratives (and "the new") before a title
_DEMONSTRATIVES = ("female_title", "male_title", "new_title")
# ... and of possessives before a successor ("Seine Nachfolgerin P": the person named last is the predecessor); French
# ones agree with the noun, not the possessor ("Son successeur" of a woman)
_POSSESSIVES = ("female_possessive", "male_possessive", "any_possessive")


def _demonstrated_end(text: str, end: int) -> int:
    """Where a demonstrative's person ends: with its title where the phrase is an apposition's subject before a
    comma ("Cet ingénieur agronome, diplômé d'AgroParisTech"), else at the demonstrative, so that the title and
    the firm after it stay for the patterns ("cette ancienne directrice marketing de Hasbro")."""
    phrase = re.match(rf"(?: [\w'’-]+){{1,{_TITLE_REACH + 1}}}(?=,)", text[end:end + 80])
    return end + phrase.end() if phrase else end


_TITLE_REACH = 3  # words after a possessive in which its title starts: "Deren stellvertretender Bundesvorsitzender"


def _title_follows(text: str, position: int, *, language: str) -> bool:
    """Whether an officer's title starts within a few words after ``position`` ("Ses deux fondateurs", "Dessen
    Referent"); not a word for any member of staff ("Sa collègue P" is a person's colleague)."""
    return any(role.role != "employee" for role in _titles_after(text, position, language=language))


def _in_house_title_follows(text: str, position: int, *, language: str) -> bool:
    """Whether the title after ``position`` is a company's own officer's ("Son directeur général"), not an
    outsider's ("Son associé gérant")."""
    return any(role.title is not None and role.title.scope == "in_house"
               for role in _titles_after(text, position, language=language))


def _titles_after(text: str, position: int, *, language: str) -> list[RoleMatch]:
    """The titles that start within a few words after ``position``."""
    words = text[position:position + 80].split(" ")
    return find_roles(" ".join(words[:_TITLE_REACH + 1]), language=language)


def an_investor_named(entity: Entity, *, text: str, language: str) -> bool:
    """Whether an organisation is an investor by its name ("Scaldis Equity") or by an investor noun right before one
    of its mentions ("le fonds bruxellois Partech")."""
    if _named_as_investor(entity):
        return True
    noun = _investor_noun_before(language)
    return any(noun.search(text, max(0, s.start - _DESCRIBED_REACH), s.start) for s in entity.spans)


@lru_cache(maxsize=8)
def _investor_noun_before(language: str) -> re.Pattern[str]:
    """An investor noun and up to two words before a name: "le fonds bruxellois ", "le fonds d'investissement ",
    "Finanzinvestor "; also before the name listed with it, which shares its part: "auprès du fonds régional Rhône
    Loisirs Capital et de "."""
    words = lexicon(language)
    nouns = words.words("investor_nouns")
    if not nouns:
        return re.compile("(?!)")
    joiners = words.classes.get("and", frozenset())
    linking = words.classes.get("of", frozenset()) | words.classes.get("det", frozenset())
    listed = (rf"(?:[A-ZÀ-Ý][\w'’&.-]* ){{1,5}}(?i:,|{alternation_of(joiners)}) "
              rf"(?:(?i:{alternation_of(linking)})['’ ]?)*")
    return re.compile(rf"(?i:{alternation_of(nouns)})\w{{0,2}} (?i:[\w'’-]+ ){{0,2}}(?:{listed})?$")


@lru_cache(maxsize=16)
def _word_opening(language: str, name: str) -> re.Pattern[str] | None:
    """A lexicon list's words opening a sentence (perhaps after a quotation mark), any case."""
    words = lexicon(language).words(name)
    if not words:
        return None
    return re.compile(rf"[\"“„«]?\s*((?i:{alternation_of(words, flags=re.IGNORECASE)}))(?![\w-])")


@lru_cache(maxsize=8)
def _pair_opening(language: str) -> re.Pattern[str] | None:
    """The language's words for two people at a sentence's start, a lower-case word (a verb, not a noun it would
    count: "Die beiden Unternehmen") after them."""
    pairs = lexicon(language).words("pair_nouns")
    if not pairs:
        return None
    return re.compile(rf"[\"“„«]?\s*((?i:{alternation_of(pairs, flags=re.IGNORECASE)}))(?= [a-zà-ÿäöüß])")


def _after_determiner(match: re.Match[str], *, language: str) -> int:
    """Where a company noun's phrase starts after its article: "du groupe" is "du" (of the) and a reference
    to the group, so that patterns read the preposition ("vice-présidente du groupe")."""
    if match.lastgroup not in ("company", "unit", "education", "new_company"):
        return match.start()
    first = re.match(rf"(?:{lexicon(language).alternation('definite_determiners')}) ?", match.group(0), re.IGNORECASE)
    return match.start() + first.end() if first else match.start()


def _titles_for_people(text: str, *, start: int, end: int, window: int, entities: Sequence[Entity],
                       genders: dict[str, str | None], name_starts: set[int], language: str) -> list[Reference]:
    """A title after a definite article and before no name stands for the person named last, in an earlier
    sentence: "Die ehemalige Commerzbank-Managerin wechselt zu Finlio", "the executive said", "la dirigeante a
    quitté". The reference is the title word alone (a company in the compound stays a name of its own). A title
    with a complement ("the head of Siemens") describes someone; a person already named in the sentence is
    not referred to by a title."""
    found = []
    if any(start <= s < end for s in name_starts):
        return found
    determiners = _determiner_before(language)
    for title in find_roles(text[start:end], language=language):
        t_start = start + title.start + (len(title.modifier) + 1 if title.modifier else 0)
        t_end = start + title.end
        after = text[t_end:t_end + 3]
        if not determiners.search(text, max(0, t_start - 60), t_start - (len(title.modifier) + 1 if title.modifier
                                                                             else 0)):
            continue
        if _name_follows(text, t_end, name_starts, language=language, comma=True) or after[:1].isalnum():
            continue  # "die Managerin Nadine Roth", "the chief executive, Satya Nadella": an apposition
        if _has_complement(text, t_end, language=language):
            continue
        gender = "f" if _FEMININE_TITLE.search(text[t_start:t_end].lower()) else None
        referent = _person(entities, genders, before=start, window=window, gender=gender)
        if referent is not None:
            found.append(Reference(t_start, t_end, referent, "title"))
    return found


def _unknown_name_follows(text: str, end: int, *, language: str) -> bool:
    """Two capitalised words follow, the first no common noun of German and the second no month ("das Unternehmen
    Ende Februar verlassen" names no firm): a name no pipeline took."""
    following = re.match(r" ([A-ZÄÖÜÉ][a-zäöüéèß]+) ([A-Z]\w*)", text[end:end + 40])
    return following is not None and following.group(2).lower() not in all_months() and not (
        language == "de" and german_common_noun(following.group(1)))


_APPOSED_REACH = 80  # characters from a title to the name it is set before, with a comma
_UP_TO_A_COMMA = re.compile(r"[^.;:!?]*?, ")  # within the sentence's clause


def _former_title_before_a_name(match: re.Match[str], *, text: str, name_starts: set[int], language: str) -> bool:
    """Whether a noun for a former person ("l'ancien") is the adjective of a title set before a name ("l'ancien
    directeur commercial d'Ollie Factory, Mathieu Perrin,"), not a reference to someone named before ("Diplômée de
    l'Essec, l'ancienne directrice des opérations de Manpower dirige le groupe")."""
    if "former" not in lexicon(language).classes_of(re.split(r"[\s'’]", match.group(0).lower())[-1]):
        return False
    if not any(t.start <= 1 for t in _titles_after(text, match.end(), language=language)):
        return False
    comma = _UP_TO_A_COMMA.match(text, match.end(), match.end() + _APPOSED_REACH)
    return comma is not None and comma.end() in name_starts


def _past_a_field(text: str, end: int, *, language: str) -> int:
    """Where a noun's field ends, a preposition and a word in lower case after it ("l'ingénieure en matériaux Léa
    Castaing", "der Leiter für Vertrieb"), else ``end``."""
    field = re.match(r" ([\w'’]+) [a-zà-ÿß][\w-]*(?= )", text[end:end + 40])
    if field is None or lexicon(language).classes_of(field.group(1).lower()).isdisjoint({"in", "of", "for"}):
        return end
    return end + field.end()


def _name_follows(text: str, end: int, name_starts: set[int], *, language: str, comma: bool) -> bool:
    """A name follows, perhaps after an honorific ("die Informatikerin Dr. Julia Kessler") and, where ``comma``,
    a comma ("the chief executive, Satya Nadella"; a company noun's comma ends its phrase: "le directeur
    financier de l'équipementier, Marc Duval")."""
    words = lexicon(language)
    position = end + len(text[end:end + 2]) - len(text[end:end + 2].lstrip(" ," if comma else " "))
    while (word := re.match(r"[\w.]+ ", text[position:position + 12])) and word.group(0).strip().lower() \
            in words.honorifics:
        position += word.end()
    return position in name_starts


DESCRIPTION_WORDS = 4  # words between a company noun and the name it describes ("la société de robotique marine X")
# ... where they are only plain words in lower case and words of belonging ("la marque savoyarde de vêtements
# techniques de montagne X"; not "the company in 2019 after a decade at X")
_PLAIN_DESCRIPTION_WORDS = 6


def _describes_a_name(text: str, end: int, org_starts: set[int], *, language: str) -> bool:
    """An organisation's name follows within a few plain words (lower case or acronyms; of prepositions only
    those of belonging, "de", "of"): the noun and the words are its description ("le groupe de BTP Bâtiroc"),
    not a reference to another firm ("the company in 2022 from Adani" is one)."""
    words = lexicon(language)
    classes: frozenset[str] = frozenset()
    # an elided article or preposition is a word of its own: "le fabricant français d'e-liquides Brumea"
    for index, word in enumerate(re.finditer(r"[dl]['’](?=\w)|\S+", text[end:end + 100], flags=re.IGNORECASE)):
        if end + word.start() in org_starts:
            return "of" not in classes  # "le laboratoire de Logitech" is Logitech's, no description of it
        form = word.group(0)
        classes = words.classes_of(form.lower().replace("’", "'"))
        letters = re.sub(r"['’-]", "", form)
        plain = letters.isalpha() and (form.islower() or form.isupper()) and (classes <= {"det"} or "of" in classes)
        if index == _PLAIN_DESCRIPTION_WORDS or not plain:
            return False
    return False


def _has_complement(text: str, end: int, *, language: str) -> bool:
    """A preposition of belonging follows: "the head of Siemens", "the team at X"."""
    following = text[end:end + 12].split()
    return bool(following) and not lexicon(language).classes_of(following[0].lower()).isdisjoint({"of", "at"})


def _complement_names(text: str, end: int, name_starts: set[int], *, language: str) -> bool:
    """A preposition of belonging and a name, or a company noun, follow: "the team at Toyota", "la division de la
    Société X", "der Versicherungssparte der Bank SEB", "the division of the Bonn-based group", also after the
    adjectives French puts behind a noun ("la division mémoire de Samsung")."""
    end += _adjectives_after(text, end, language=language)
    if not _has_complement(text, end, language=language):
        return False
    position = end + re.match(r"\s*\S+\s+", text[end:end + 40]).end()  # past the preposition
    words = lexicon(language)
    determiner = re.match(r"(\S+)\s+", text[position:position + 20])
    if determiner and "det" in words.classes_of(determiner.group(1).lower()):
        position += determiner.end()
    place = _PLACE_POSSESSIVE.match(text, position)  # "the winter sports division of Finland's Amer Sports"
    if place and is_known_place(place.group(1)):
        position = place.end()
    noun = re.match(r"(\S+)\s+", text[position:position + 40])  # "der Versicherungssparte der Bank SEB"
    if noun and (words.is_company_noun(noun.group(1)) or words.ends_in_company_noun(noun.group(1))):
        position += noun.end()
    # ... or a company's own description: "the e-commerce division of the Bonn-based group"
    described = re.match(r"(?:[\w-]+ ){0,2}([\w-]+)(?![\w-])", text[position:position + 60])
    return position in name_starts or (described is not None and words.is_company_noun(described.group(1)))


_PLACE_POSSESSIVE = re.compile(r"([A-Z][\w-]*)['’]s\s+")


def _adjectives_after(text: str, end: int, *, language: str) -> int:
    """How many characters the lower-case words of no word class right after ``end`` take, where the language
    puts adjectives behind their noun (French, at most two)."""
    words, length = lexicon(language), 0
    for _ in range(2 if language == "fr" else 0):
        word = re.match(r" ([a-zà-ÿ]+)(?![\w'-])", text[end + length:end + length + 40])
        if word is None or words.classes_of(word.group(1)):
            break
        length += word.end()
    return length


@lru_cache(maxsize=8)
def _determiner_before(language: str) -> re.Pattern[str]:
    """A definite article, perhaps with adjectives and a compound's first part, right before a title."""
    words = lexicon(language)
    return re.compile(rf"(?<![\w-])(?:{words.alternation('definite_determiners')}) (?:[\w-]+ ){{0,2}}(?:[\w-]+-)?$"
                      if language == "de" else
                      rf"(?<![\w-])(?:{words.alternation('definite_determiners')}) ?(?:[\w-]+ ){{0,2}}$",
                      re.IGNORECASE)


# the lexicon classes of words that never stand between an article and its noun: verbs, prepositions, conjunctions
_NO_MODIFIERS = ("will", "be", "have", "speech", "and", "of", "at", "from", "to", "in", "by")


@lru_cache(maxsize=8)
def _pattern(language: str) -> re.Pattern[str]:
    words = lexicon(language)
    # word lists grouped by first letter as the place they go into reads case: the nouns' groups ignore it
    flags, nouns_flags = re.IGNORECASE if language != "de" else 0, re.IGNORECASE
    determiners = words.alternation("definite_determiners", flags=nouns_flags)
    # adjectives before the noun ("dem Münchner Autobauer"), never another determiner ("die Chefin des Konzerns"); a
    # German one capitalised is a city's ("Münchner") or part of a name ("der Mayerschen Buchhandlung")
    word = r"(?-i:[a-zäöüß\d][\w'-]*|[A-ZÄÖÜ][\w'-]*er)" if language == "de" else r"[\w'-]+"
    # nor a function word: "the money would fund a line" is no fund
    function_words = alternation_of(frozenset().union(*(words.classes.get(c, ()) for c in _NO_MODIFIERS)),
                                    flags=nouns_flags)
    modifier = (rf"(?:(?!(?:{determiners}|{function_words}) ){word} ){{0,2}}?" if language != "fr" else
                rf"(?:(?:{words.alternation('adjectives_before_nouns', flags=nouns_flags)}) )?")
    after = r"(?: [\w'-]+){0,2}?" if language == "fr" else r""  # "la société parisienne"
    # German compounds end in a company noun: "der Technologiekonzern", "dem Münchner Autobauer"
    compound = r"[\w-]*" if language == "de" else r"(?:[\w]+-)?"
    case = words.settings.get("noun_case_endings", "")
    groups = {
        # before the company nouns, which it is too, and "la nouvelle" before a title: "the combined group", "la
        # nouvelle entité"
        "new_company": rf"(?:{determiners}) ?{new_company_noun(language)}",
        "female": _personal_pronouns("pronouns_female", language=language, flags=flags),
        "male": _personal_pronouns("pronouns_male", language=language, flags=flags),
        "person": words.person_nouns,
        # "the latter", "ce dernier": the person named last, before the demonstratives that open them ("ce")
        **{f"{gender}_latter": words.alternation(f"latter_{gender}", flags=re.IGNORECASE)
           for gender in ("female", "male", "any")},
        # a demonstrative before a title is the person last named ("cette ancienne directrice de Hasbro")
        "female_title": words.alternation("demonstratives_female", flags=re.IGNORECASE),
        "male_title": words.alternation("demonstratives_male", flags=re.IGNORECASE),
        "new_title": words.alternation("new_title_determiners", flags=re.IGNORECASE),
        **{f"{gender}_possessive": _before_a_successor(f"possessives_{gender}", language=language)
           for gender in ("female", "male", "any")},
        "org": words.alternation("org_pronouns", flags=flags),
        "unit": rf"(?:{determiners}) ?{modifier}{compound}"
                rf"(?:{words.alternation('subsidiary_nouns', flags=nouns_flags)}){case}{after}",
        "education": rf"(?:{determiners}) ?{modifier}{compound}"
                     rf"(?:{words.alternation('education_nouns', flags=nouns_flags)}){case}",
        "company": rf"(?:{determiners}) ?{modifier}{compound}"
                   rf"(?:{words.alternation('company_nouns', flags=nouns_flags)}){case}{after}",
        "demonym": demonym_pattern(determiners) if language == "de" else "",
    }
    # nouns in any case ("Das Unternehmen", "der Konzern"); German pronouns keep theirs ("Sie" is formal)
    nouns = ("unit", "education", "company")
    # a noun before a name is an apposition, not a reference: "der Zulieferer ZF" (a name of two capitalised words,
    # "der Zulieferer Kühne Logistics", is ``_unknown_name_follows``); a pronoun may stand before a title of two
    # capitalised words ("zuvor war sie Chief Operating Officer")
    apposed = r"(?-i:(?! [A-ZÄÖÜÉ]\w*[A-Z0-9]))"
    body = "|".join(rf"(?P<{name}>{f'(?i:{regex})' if name in nouns else regex})(?![\w-])"
                    + ("" if name in ("female", "male", *_DEMONSTRATIVES) else apposed)
                    for name, regex in groups.items() if regex)
    return re.compile(rf"(?<![\w-])(?:{body})", flags)


def _gender_of_the_article(phrase: str, *, language: str) -> str | None:
    """The gender the article gives a noun for a person that has none of its own: "Die 41-Jährige" (a German
    adjective as a noun ends in "e" in the nominative, where "der" is masculine), "la quinquagénaire"."""
    first, words = phrase.split(" ", 1)[0].lower(), lexicon(language)
    if language == "de" and not phrase.endswith("e"):
        return None  # "der 41-Jährigen": a genitive or dative, of either gender
    return ("f" if first in words.words("determiners_female") else "m" if first in words.words("determiners_male")
            else None)


def _before_a_successor(name: str, *, language: str) -> str:
    """A lexicon's possessives right before a word of succession ("seine Nachfolgerin", "his successor", "son
    successeur"), the possessive alone; empty where the language has none of the kind."""
    words = lexicon(language)
    if not words.words(name):
        return ""
    return (rf"(?i:{words.alternation(name)})(?= (?i:{alternation_of(words.classes.get('succeed', ()))})(?![\w-]))")


def _personal_pronouns(name: str, *, language: str, flags: int) -> str:
    """A lexicon's pronouns as a pattern; German ones also capitalised where they open a sentence ("Er folgt
    auf ..."): elsewhere a capital "Sie" is the formal "you"."""
    words = lexicon(language)
    pronouns = words.alternation(name, flags=flags)
    if language != "de" or not words.words(name):
        return pronouns
    opening = "|".join(sorted(re.escape(word.capitalize()) for word in words.words(name)))
    return rf"{pronouns}|(?:(?<=[.!?] )|(?<=\n)|(?<![\s\S]))(?:{opening})"


def _the_latter(entities: Sequence[Entity], org_mentions: Sequence[tuple[int, Entity]], *, text: str,
                span: tuple[int, int], window: int, language: str) -> Entity | None:
    """The person "the latter" or "ce dernier" stands for as a clause's subject: the one named last, unless an
    organisation was named after them outside their apposition ("… a racheté Ningbo Hengda. Ce dernier" may be the
    firm); not before a span of time ("Ce dernier mois")."""
    start, end = span
    following = re.match(r"\s+(\w+)", text[end:end + 40])
    if not _opens_a_clause(text, start, language=language) or (
            following and following.group(1).lower() in lexicon(language).classes.get("spell", frozenset())):
        return None
    person = _person(entities, {}, before=start, window=window, gender=None)
    if person is None:
        return None
    named = max(s.end for s in person.spans if s.start < start)
    return None if any(named < position < start and not _in_a_title_apposition(text[named:position],
                                                                                language=language)
                       for position, _ in org_mentions) else person


def _in_a_title_apposition(between: str, *, language: str) -> bool:
    """Whether the words between a name and an organisation are an apposition with a title: ", directeur général
    adjoint de " (the firm describes the person), not ", then bought "."""
    return between.startswith(",") and not re.search(r"[.!?;]", between) and bool(find_roles(between,
                                                                                           language=language))


def _opens_a_clause(text: str, start: int, *, language: str) -> bool:
    """Whether the words at ``start`` open a sentence or a clause: after a stop, a comma or a word for "and"."""
    before = text[max(0, start - 12):start].rstrip()
    if not before or before[-1] in ".!?;:,\n»”\"":
        return True
    words = before.split()
    return bool(words) and words[-1].lower() in lexicon(language).classes.get("and", frozenset())


def _person(entities: Sequence[Entity], genders: dict[str, str | None], *, before: int, window: int,
            gender: str | None) -> Entity | None:
    """The person named last before, of the pronoun's gender where one is known."""
    named = [(max(s.start for s in e.spans if window <= s.start < before), e) for e in entities
             if e.label == "PERSON" and any(window <= s.start < before for s in e.spans)]
    if not named:
        return None
    agreeing = [(p, e) for p, e in named if gender is None or genders.get(e.id) == gender]
    unknown = [(p, e) for p, e in named if genders.get(e.id) is None]
    return max(agreeing or unknown or [(0, None)], key=lambda pair: pair[0])[1]


def _organisation(mentions: Sequence[tuple[int, Entity]], phrase: str, *, text: str, before: int, window: int,
                  kind: str, main_company: Entity | None, language: str, sentence_start: int,
                  previous_start: int, first_person: int) -> Entity | None:
    """ "the company" is the organisation a sentence opens with before any person ("For Arvanta, chief executive
    P, who joined the company"), else the article's company when it was named before; "the unit" the
    latest of its parts; a descriptive noun ("the chipmaker", "le géant") the article's company where it was
    named within a few sentences, else, like "its", the company just discussed (an earlier reference counts
    as a mention: "The company employs 180 people. Its board ...")."""
    wanted = "education" if kind == "education" else "company"
    latest_of: dict[int, tuple[int, Entity]] = {}
    for position, entity in mentions:
        if entity.label == "ORG" and entity.kind == wanted and window <= position < before:
            latest_of[id(entity)] = max(latest_of.get(id(entity), (position, entity)), (position, entity),
                                        key=lambda pair: pair[0])
    named = list(latest_of.values())
    generic = re.split(r"[\s']", phrase.lower())[-1] in lexicon(language).words("generic_company_nouns")
    if kind == "company":
        # a generic noun ("die Gruppe") names the one firm a compound of it describes or names ("die Stahlgruppe
        # Rheinwerk", "Bildungsgruppe Ahrenberg"): the noun alone describes many ("the group" is not every "X Group")
        described = _described_as(phrase, mentions=mentions, text=text, before=before, language=language,
                                  compound=generic)
        if described is None:
            described = _called_so([e for _, e in named], phrase=phrase, whole=not generic)
        if described is None and not generic:  # "la cidrerie" for "la Cidrerie Lemarchand", named paragraphs before
            earlier = {id(e): e for position, e in mentions if position < before and e.label == "ORG"
                       and e.kind == wanted}
            described = _called_so(list(earlier.values()), phrase=phrase, whole=True)
        if described is not None:
            return described
        clause_of = _place_relative_firm(mentions, text=text, start=sentence_start, before=before, language=language)
        if clause_of is not None and clause_of.kind == wanted:
            return clause_of
        if _an_investor(phrase, language=language):  # "the fund's founder": an investor named last, else nobody
            investors = [(p, e) for p, e in named if an_investor_named(e, text=text, language=language)]
            return max(investors, key=lambda pair: pair[0])[1] if investors else None
        described = _described_by_adjective(phrase, mentions=mentions, text=text, before=before, language=language)
        if described is not None:  # "the French company" for "French rival Voilerie Kerbiriou"
            return described
    main_named = main_company is not None and any(s.start < before for s in main_company.spans)
    if generic and kind == "company" and _founded_before(text, before, language=language):
        # the company someone founded is the one their sentence opens with ("Kuling's chief executive P … founded the
        # company with B"), else the article's; not a firm of their past after a preposition ("Ancienne responsable
        # produit chez Ingenico, elle a cofondé l'entreprise en 2018 avec B")
        opening = next((e for p, e in sorted(mentions, key=lambda pair: pair[0]) if sentence_start <= p < before
                        and e.label == "ORG" and e.kind == wanted), None)
        if opening is not None and not after_a_preposition(text, opening, sentence_start, language=language):
            return opening
        return main_company if main_named else None
    if not named:  # no company in the last sentences: "das Unternehmen" is still the one the article is about
        return main_company if generic and main_named and kind == "company" else None
    # the sentence's first company is its subject, not one someone is quoted saying ("« … les commandes de Vinci sont
    # là », assure P, président de la société"), nor one of a relative clause or after a preposition inside the
    # sentence, which tell a side matter ("Ce Belge, qui avait débuté comme auditeur chez Deloitte, remplace P, qui
    # quitte le groupe"); but a title's firm is part of the subject ("Le patron d'Aldric, P, rejoindra Safran")
    asides = [(b, e) for b, e in quotations(text[sentence_start:before], offset=sentence_start)
              + embedded((sentence_start, before), text=text, language=language)
              + _fronted_apposition(text, start=sentence_start, end=before, language=language)
              if e < before]  # closed before it
    first_in_sentence = min((p for p, _ in mentions if sentence_start <= p < before
                             and not within(p, asides)
                             and not _a_side_firm(text, p, sentence_start=sentence_start, language=language)),
                            default=-1)
    # Within its own sentence, "the company" is the sentence's subject ("Siemens said the company would"),
    # not an organisation named further in ("P, who ran X, joined the start-up" is not X); "it" may be
    # ("who has run Pickwell since he started it"), but not one in an apposition or a relative clause closed before
    # it ("P, who headed Honeywell's business, would join to run its division").
    name_ends = [s.end for _, e in mentions for s in e.spans if sentence_start <= s.start < before]
    # any mention may qualify, not only an organisation's latest ("Pickwell, the Dutch online supermarket, said it …":
    # the apposition's reference is Pickwell's latest mention, its name the one that opens the sentence)
    in_reach = [(p, e) for p, e in mentions if e.label == "ORG" and e.kind == wanted and window <= p < before]
    earlier = [(p, e) for p, e in in_reach if p < sentence_start or p == first_in_sentence
               or (kind == "org" and not _in_apposition(p, name_ends=name_ends, before=before, text=text)
                   and not within(p, asides))]
    if not earlier:
        return None
    main_recent = main_company is not None and any(id(e) == id(main_company) for _, e in named)
    # "the company" opening a sentence after one about another firm, the article's not named for a while, is that firm
    # ("Yunhe Muyi Toys, founded in 2014 by A and B, wants to change that. The company, which ..."), as "it" is
    goes_on = kind == "org" or (kind == "company" and generic and not main_recent)
    opener = (_opener(mentions, text=text, start=previous_start, end=sentence_start, kind=wanted, language=language)
              if goes_on else None)
    # "It" opening a sentence goes on with the company the sentence before opened with, perhaps past a fronted phrase
    # and a description ("Halcyon & Reed, whose clients include Delta Air Lines, had revenue of ... It was founded in
    # 2009"; "In Greece, Kalamata-based Messinia Olive Mills SA took out a loan from Piraeus Bank. Its chief
    # executive"), not its last name, nor a possessor: "In Europe, Xinghuo's largest customer is importer X. Its
    # director"
    if (opener is not None and not text[sentence_start:before].strip()
            and not _POSSESSIVE_AFTER.match(text, _end_of_mention(opener))):
        return opener[1]
    latest = max(earlier, key=lambda pair: pair[0])[1]
    # "the company" is the sentence's opening company, though a reference to it came since ("Vireo said its plant
    # would open in May and that the company would hire 200 people")
    topic = next((e for p, e in mentions if p == first_in_sentence < first_person and e.label == "ORG"
                  and e.kind == wanted), None)
    if topic is not None and not generic and an_investor_named(topic, text=text, language=language):
        # a noun for a business is not the investor the sentence opens with: "mené par le fonds Cimes Capital, dont
        # l'associé P fera son entrée au conseil d'administration de la PME"
        topic = None
    if topic is not None and kind == "company":
        return topic
    if kind == "unit":
        parts = [(p, e) for p, e in named if e is not main_company]
        if not parts:
            return None
        position, part = max(parts, key=lambda pair: pair[0])
        # a unit introduced without a name since is the one meant: "Kjærgaard will head a new unit at Kestrel …
        # The unit will report to P"
        return None if _unnamed_unit(language).search(text, position, before) else part
    # a description ("le géant", "the chipmaker") names the article's company while it is under discussion; a generic
    # noun does so anywhere, unless the article has turned to another firm, which opened the sentence before ("The
    # company, which had revenue of …. "…," Chen Xiaoling, the company's chairwoman, told AFP")
    if generic and kind == "company" and not main_recent and opener is not None:
        return opener[1]
    return main_company if (generic and main_named) or (kind == "company" and main_recent) else latest


def _opener(mentions: Sequence[tuple[int, Entity]], *, text: str, start: int, end: int, kind: str,
            language: str) -> tuple[int, Entity] | None:
    """The organisation of ``kind`` that opens the sentence ``text[start:end]``, perhaps past a fronted phrase and a
    description, and after its article ("Die Butterei Nordfriesland GmbH bekommt …"), with its position; None where
    the sentence opens otherwise."""
    first = min(((p, e) for p, e in mentions if start <= p < end and e.label == "ORG"), key=lambda pair: pair[0],
                default=None)
    return first if first is not None and first[1].kind == kind and _fronted(language).fullmatch(
        text, start, first[0]) else None


def _described_by_adjective(phrase: str, *, mentions: Sequence[tuple[int, Entity]], text: str, before: int,
                            language: str) -> Entity | None:
    """The one company the article described before with the adjective of a company noun's phrase, right before its
    name ("French rival Voilerie Kerbiriou" for "the French company", "den schwedischen Clog-Produzenten Kvist
    Olsen AB" for "des schwedischen Unternehmens", "son concurrent suédois X" for "l'entreprise suédoise"), if only
    one was."""
    words = phrase.split()
    adjective = words[-2] if len(words) > 1 else ""
    if language == "fr":  # the adjective after its noun: "l'entreprise suédoise" for "son concurrent suédois X"
        following = _FOLLOWING_WORD.match(text, before + len(phrase))
        adjective = following.group(1) if following and not lexicon(language).classes_of(following.group(1)) else ""
    if len(adjective) < _SHORTEST_ADJECTIVE or adjective.lower() in lexicon(language).classes.get("det", ()):
        return None
    forms = _adjective_forms(adjective, language=language)
    described = re.compile(rf"(?<![\w-]){forms} (?:[\w-]+ ){{0,2}}$", re.IGNORECASE)
    # or its name holds the adjective: "Billes Ardennaises" for "la PME ardennaise"
    in_name = re.compile(rf"(?<![\w-]){forms}", re.IGNORECASE)
    firms = {id(e): e for position, e in mentions if position < before and e.label == "ORG" and e.kind == "company"
             and (described.search(text, max(0, position - _DESCRIBED_REACH), position)
                  or in_name.search(e.name))}
    return next(iter(firms.values())) if len(firms) == 1 else None


_SHORTEST_ADJECTIVE = 4


_FOLLOWING_WORD = re.compile(r" ([a-zàâçéèêëîïôûùüÿœ]+)(?![\w'-])")  # a lower-case word right after a phrase


def _past_its_adjective(match: re.Match[str], *, referent: Entity, mentions: Sequence[tuple[int, Entity]], text: str,
                        language: str) -> int:
    """Where a French company noun's phrase ends: past the adjective after it that described its firm before ("du
    groupe bavarois" for "le fabricant bavarois de gommes X"), so that the phrase and its adjective are one mention
    ("Le patron du groupe bavarois, P,"); a word after it that described no firm may be a verb."""
    following = _FOLLOWING_WORD.match(text, match.end()) if language == "fr" else None
    if following is None or _described_by_adjective(match.group(0), mentions=mentions, text=text,
                                                    before=match.start(), language=language) is not referent:
        return match.end()
    return following.end()


def _adjective_forms(adjective: str, *, language: str) -> str:
    """A regular expression for an adjective in any gender and number: French adds "e", "ne" and "s" to the
    masculine ("suédois", "suédoise"; "italien", "italiennes"), so that a participle ("fondée") is no "fonds";
    elsewhere any ending after the stem ("schwedischen", "schwedische")."""
    if language != "fr":
        return re.escape(adjective[:max(_SHORTEST_ADJECTIVE, len(adjective) - 2)]) + r"\w*"
    masculine = re.sub(r"(?<=n)ne$|e$", "", adjective.lower().removesuffix("s"))
    return re.escape(masculine) + r"(?:n?e)?s?(?![\w-])"


def _place_relative_firm(mentions: Sequence[tuple[int, Entity]], *, text: str, start: int, before: int,
                         language: str) -> Entity | None:
    """The organisation a place relative clause opens after, where the reference stands in that clause: "James
    Whitfield, débauché chez North Sails, où il dirigeait l'atelier" (North Sails' workshop, not the article's firm)."""
    pattern = _place_relative_clause(language)
    for mention in sorted(mentions, key=lambda pair: pair[0], reverse=True):
        if start <= mention[0] < before and mention[1].label == "ORG":
            end = _end_of_mention(mention)
            return mention[1] if end <= before and pattern.fullmatch(text, end, before) else None
    return None


@lru_cache(maxsize=8)
def _place_relative_clause(language: str) -> re.Pattern[str]:
    """From a name's end to a reference: a comma, a place relative ("où", "where", "wo") and words of one clause."""
    return re.compile(rf", (?:{lexicon(language).alternation('place_relatives')}) [^.;:,«»\"“”]*")


_POSSESSIVE_AFTER = re.compile(r"['’]s?(?!\w)")


def _end_of_mention(mention: tuple[int, Entity]) -> int:
    position, entity = mention
    return next((s.end for s in entity.spans if s.start == position), position)


@lru_cache(maxsize=8)
def _fronted(language: str) -> re.Pattern[str]:
    """What may stand before a sentence's subject: a fronted phrase and its comma, a description, an article."""
    article = lexicon(language).alternation("definite_determiners", flags=re.IGNORECASE)
    return re.compile(rf"\s*(?:[^,.;:]{{1,40}}, (?:[\w-]+ ){{0,2}})?(?:(?:{article}) ?)?", re.IGNORECASE)


def _fronted_apposition(text: str, *, start: int, end: int, language: str) -> list[tuple[int, int]]:
    """A title that opens the sentence and describes the pronoun after its comma tells that person's past, whose
    firms are no subject of the sentence: "Ancienne directrice des opérations de la Scapêche, l'armement du
    groupement Les Mousquetaires, elle a pris la tête de l'entreprise familiale"."""
    titles = find_roles(text[start:end], language=language)
    if not titles or len(text[start:start + titles[0].start].split()) > _OPENING_WORDS:
        return []
    subject = _subject_pronoun(language).search(text, start + titles[0].end, end)
    return [(start, subject.start())] if subject else []


@lru_cache(maxsize=8)
def _subject_pronoun(language: str) -> re.Pattern[str]:
    """A personal pronoun after a comma, the subject of a sentence that a fronted phrase opens: ", elle a pris"."""
    pronouns = lexicon(language).alternation("pronouns_female", "pronouns_male", flags=re.IGNORECASE)
    return re.compile(rf", (?i:{pronouns})(?![\w'’-])")


@lru_cache(maxsize=8)
def _unnamed_unit(language: str) -> re.Pattern[str]:
    """A unit introduced by an article that is no definite one, perhaps with a few words before its noun: "a new
    mass-spectrometry unit", "eine neue Sparte"."""
    words = lexicon(language)
    definite = set(words.words("definite_determiners"))
    others = sorted(words.classes["det"] - definite)
    return re.compile(rf"(?<![\w-])(?:{alternation_of(others)}) (?:[\w-]+ ){{0,3}}"
                      rf"[\w-]*(?:{words.alternation('subsidiary_nouns', flags=re.IGNORECASE)})(?![\w-])",
                      re.IGNORECASE)


def after_a_preposition(text: str, entity: Entity, sentence_start: int, *, language: str) -> bool:
    """Whether the entity's first mention in the sentence follows a preposition ("chez Ingenico", "de l'Onera")."""
    start = min((s.start for s in entity.spans if s.start >= sentence_start), default=sentence_start)
    return _ends_with_preposition(re.findall(r"[\w'’]+", text[sentence_start:start].lower()), language=language)


def _a_side_firm(text: str, position: int, *, sentence_start: int, language: str) -> bool:
    """Whether the name at ``position`` follows a preposition past the sentence's opening words ("qui avait débuté
    comme auditeur chez Deloitte"), where no present title owns it ("chief executive of Sundaram Renewables"; but
    "l'ancienne directrice omnicanal de Boulanger" is no longer Boulanger's)."""
    before = re.findall(r"[\w'’-]+", text[sentence_start:position].lower())
    if len(before) <= _OPENING_WORDS or not _ends_with_preposition(before, language=language):
        return False
    title = title_owning(text, position, start=sentence_start, language=language)
    if title is None:
        return True
    ahead = re.findall(r"\w+-?", text[sentence_start:sentence_start + title.start].lower())  # "l'ancienne"
    return bool(ahead) and (ahead[-1].endswith("-") or "former" in lexicon(language).classes_of(ahead[-1]))


def _ends_with_preposition(words: Sequence[str], *, language: str) -> bool:
    """Whether the last of ``words`` that is no mere determiner, among the last two, is a preposition ("chez",
    "de l'", "au": a preposition with its article)."""
    for word in reversed(words[-2:]):
        classes = lexicon(language).classes_of(word)
        if classes & _PREPOSITIONS or "det" not in classes:
            return bool(classes & _PREPOSITIONS)
    return False


def _founded_before(text: str, position: int, *, language: str) -> bool:
    """Whether one of the two words before the phrase at ``position`` is a verb of founding ("a cofondé
    l'entreprise", "set up the company", "gründete das Unternehmen")."""
    words = lexicon(language)
    before = re.findall(r"\w+", text[max(0, position - 30):position])[-2:]
    cues = [cue for word in before for cue in (words.cue_of(word), words.cue_of(lookup_lemma(word, language=language)))]
    return any(cue is not None and cue.relation == "found" for cue in cues)


def _described_as(phrase: str, *, mentions: Sequence[tuple[int, Entity]], text: str, before: int,
                  language: str, compound: bool = False) -> Entity | None:
    """The one company the article described before with the phrase's own noun ("vom Wiener Finanzinvestor Danube
    Capital Partners" for "dem Wiener Investor"; "Nexperia, the Dutch chipmaker" for "the chipmaker"), if only
    one was: a descriptive noun names that firm, not the article's; with ``compound``, described by a longer word
    that ends in the noun ("die Stahlgruppe Rheinwerk" for "die Gruppe")."""
    head = _head_noun(language).fullmatch(phrase.rsplit(" ", 1)[-1].rsplit("'", 1)[-1])
    if head is None:
        return None
    ahead, apposed, behind = _descriptions(head.group(1).lower(), language=language, compound=compound)
    found = {id(entity): entity for position, entity in mentions if entity.label == "ORG" and entity.kind == "company"
             for span in entity.spans if span.start < before and span.start == position
             and (ahead.search(text, _reach_before(span), span.start) or behind.match(text, span.end)
                  or apposed.search(text, _reach_before(span), span.start))}
    if len(found) != 1:
        return None
    described = next(iter(found.values()))
    # a name set after its noun and an article is that noun's apposition, whatever the article looks like: "einer
    # neuen Holding, der Vitrea Europa GmbH" is no relative clause
    return None if all(_in_a_relative_clause(s, text=text, language=language)
                       and not apposed.search(text, _reach_before(s), s.start) for s in described.spans
                       if s.start < before) else described


def _reach_before(span: Span) -> int:
    """Where the words that may describe a name start."""
    return max(0, span.start - _DESCRIBED_REACH)


def _in_a_relative_clause(span: Span, *, text: str, language: str) -> bool:
    """Whether a name stands in a relative clause of its sentence, which tells a person's past or a side matter
    ("Vorstandschef P, ein Finne, der bis 2022 Strategiechef beim Glücksspielkonzern Veikkaus war"): no firm a later
    "der Konzern" goes on about."""
    sentence_start = max(text.rfind(". ", 0, span.start), text.rfind("\n", 0, span.start), 0)
    return any(start <= span.start for start, _ in embedded((sentence_start, span.end), text=text, language=language))


def _an_investor(phrase: str, *, language: str) -> bool:
    """Whether a company noun's phrase names an investor ("the fund's", "der Finanzinvestor", "le fonds")."""
    noun = re.sub(r"['’]s?$", "", phrase.lower())
    return bool(_investor_noun(language).search(noun))


@lru_cache(maxsize=8)
def _investor_noun(language: str) -> re.Pattern[str]:
    """An investor noun ending a phrase, also as a German compound's end ("Finanzinvestor"), perhaps declined."""
    words = lexicon(language)
    nouns = words.words("investor_nouns")
    endings = words.settings.get("noun_case_endings", "")
    return re.compile(rf"(?:{alternation_of(nouns)}){endings}$" if nouns else "(?!)")


def _named_as_investor(entity: Entity) -> bool:
    """Whether an organisation's name, in any of its forms, says it invests: "Harbourside Capital", "Kestrel
    Ventures" (also where the article shortens it to "Brightwater")."""
    words = shared_words("investor_name_words")
    return any(re.search(rf"(?<!\w){re.escape(word)}(?!\w)", name.casefold())
               for name in (entity.name, *entity.forms) for word in words)


def _called_so(named: Sequence[Entity], *, phrase: str, whole: bool) -> Entity | None:
    """The one company of the last sentences whose name holds the noun at a compound's end: "die Gruppe" for
    "Bildungsgruppe Ahrenberg"; with ``whole``, for a noun that is no generic one, as a word of its own too: "the
    club" for "Swiss Alpine Club" (a generic noun alone names many a firm: "the company" is no "Deere & Company")."""
    noun = re.split(r"[\s'’]", phrase.lower())[-1]
    called = [e for e in named if any(w.lower().endswith(noun) and (whole or len(w) > len(noun))
                                      for w in e.name.split())]
    return called[0] if len(called) == 1 else None


@lru_cache(maxsize=8)
def _head_noun(language: str) -> re.Pattern[str]:
    """A word that is or ends in a company noun, perhaps inflected, the noun its group: "Investors" -> "Investor"."""
    words = lexicon(language)
    nouns = words.alternation("company_nouns")  # longest first: the shortest prefix takes the longest noun
    return re.compile(rf"[\w-]*?({nouns}){words.settings.get('noun_case_endings', '')}", re.IGNORECASE)


_SHORT_FORM = r"(?: ?\([^()]{1,40}\)|\))"  # the bracket a name's short form stands in, or its closing bracket


@lru_cache(maxsize=256)
def _descriptions(noun: str, *, language: str,
                  compound: bool) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Where a company noun describes a name: ``ahead`` of it, with up to two words or a few in lower case between
    ("Finanzinvestor Danube", "the chipmaker X", "la marque savoyarde de vêtements techniques de montagne X"); with the
    name ``apposed`` to it ("einer neuen Holding, der Vitrea Europa GmbH"); or ``behind`` it in an apposition, perhaps
    past its short form ("Nexperia, the Dutch chipmaker", "Kerrigan, Ireland's largest independent cobbler chain",
    "Almazaras Unidas del Guadalquivir (AUG), a cooperative group"; not a clause: "Novastar, who joins the start-up's
    board")."""
    words = lexicon(language)
    word = rf"[\w-]{'+' if compound else '*'}{re.escape(noun)}{words.settings.get('noun_case_endings', '')}(?![\w-])"
    det = alternation_of(words.classes["det"])
    ahead = re.compile(rf"(?i:(?<![\w-]){word}) (?:(?:[\w-]+ ){{0,2}}|(?-i:[a-zà-ÿ][\w'’-]* ){{3,6}})$")
    apposed = re.compile(rf"(?i:(?<![\w-]){word}), (?i:{det}) ?$")
    behind = re.compile(rf"{_SHORT_FORM}?, (?:(?i:{det}) ?(?:[\w-]+ ){{0,2}}"
                        rf"|[A-Z][\w-]*['’]s (?:[\w-]+ ){{0,3}})(?i:{word})")
    return ahead, apposed, behind


def _in_apposition(position: int, *, name_ends: Sequence[int], before: int, text: str) -> bool:
    """Whether the name at ``position`` stands in an apposition to a name before it that closes before
    ``before``: Geely in "Norrvik Motors, the carmaker controlled by Geely, said it would"."""
    return any(end < position and text.startswith(",", end) and "," not in text[end + 1:position]
               and "," in text[position:before] for end in name_ends)


# Feminine forms of titles: German "-in"/"-innen", French "-rice", "-euse", "-ière", "-ienne", "-ée", "-ente".
_FEMININE_TITLE = re.compile(r"(?:[a-zäöü](?:in|innen)|rice|euse|ière|ienne|ée|ente|woman)$")
# German nouns for a woman doing a job, listed as titles or not: "Die Informatikerin Katharina Lindqvist".
_FEMININE_AGENT = re.compile(r"[a-zäöü](?:erin|istin|antin|entin|eurin|orin)$")


_ARTICLE = "(?:die |la |l'|une |a |an |the )?"  # before a title in apposition: ", die Finanzchefin", ", a director"


def gender_of(person: Entity, *, text: str, language: str) -> str | None:
    """ "f" or "m" when the article says so beside a mention: an honorific ("Frau", "Mr", "Mme") or a
    title in a feminine form ("Finanzchefin Karin Lindström", "Claire Dubosc, directrice de ...")."""
    words = lexicon(language)
    for span in person.spans:
        before = re.search(r"([\w.-]+) $", text[max(0, span.start - 40):span.start])
        after = re.match(rf", {_ARTICLE}([\w-]+)", text[span.end:span.end + 40])
        # the title perhaps after a word that dates it: "Chen Wei-Lin, jusqu'ici directrice financière adjointe"
        dated = re.match(rf", [\w'’-]+ {_ARTICLE}([\w-]+)", text[span.end:span.end + 40])
        word = before.group(1).lower() if before else ""
        if word in words.words("honorifics_female"):
            return "f"
        if word in words.words("honorifics_male"):
            return "m"
        for candidate in (m.group(1) for m in (before, after, dated) if m):
            if _FEMININE_AGENT.search(candidate) or (_FEMININE_TITLE.search(candidate.lower())
                                                     and find_roles(candidate, language=language)):
                return "f"
    return _given_name_gender(person.name, language=language)


def _given_name_gender(name: str, *, language: str) -> str | None:
    """ "f" or "m" by the given name ("Katrin Albers"; the first given name of "Jean-Claude"), unless the name
    is both ("Andrea"). An East Asian family name comes first: "Kim Seo-yeon" is read by "Seo-yeon"."""
    words = lexicon(language)
    parts = name.split()
    first = parts[1] if len(parts) > 1 and parts[0] in words.words("family_names_first") else parts[0]
    if first in words.words("given_names_female"):
        return "f"
    if first in words.words("given_names_male"):
        return "m"
    return None
