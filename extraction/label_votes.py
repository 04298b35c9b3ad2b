"""One label per name across an article: what the pipeline said at each mention, weighed against
what the words around the mentions say ("Xiaomi-Präsident", "CEO of X", "X AG", "Dr. X", "X
studied", "joined X", "X was founded"), then a few article-wide judgements (a person is introduced in
full; a one-word "person" named twice but never in full is a company). The words are the lexicon's.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise

from spacy.tokens import Doc, Token
from spacy.tokens import Span as TokenSpan

from .gazetteer import kind_of
from .legal_forms import without_legal_form
from .lemmas import german_common_noun, lemma, lookup_known
from .lexicon import alternation_by_initial, alternation_of, lexicon, shared_table, shared_words
from .name_rules import (
    CANDIDATE,
    dateline_places,
    described_after,
    ends_in_a_german_noun,
    firm_named_after,
    org_shape,
    organisations_with_titles,
    person_relative,
    short_form_of,
)
from .names import base_form, shares_a_family_name, studied_at
from .periods import find_ages
from .person_names import is_family_name, is_given_name, opens_with_a_full_name, starts_like_a_person
from .places import is_known_place, is_place_genitive
from .roles import RoleMatch, find_roles
from .spans import NAME_AFTER, Span, name_key, title_at
from .text import doc_text


@dataclass(frozen=True)
class _Cues:
    """The language's context patterns, built once from its lexicon."""

    legal_after: re.Pattern[str]
    company_apposition: re.Pattern[str]
    bare_company_apposition: re.Pattern[str]  # "Orséa Protection, fabricant grenoblois de casques,": no article
    company_before: re.Pattern[str]
    business_after: re.Pattern[str] | None  # German: "Xiaomis Umsatz"; elsewhere after a possessive
    honorific_before: re.Pattern[str]
    person_relative: re.Pattern[str] | None  # English "who": organisations are "which"
    thing_relative: re.Pattern[str] | None  # English "which": people are "who"
    firm_relative: re.Pattern[str]  # "which" and "where": after a company noun and a name, the name is a firm's
    body_after: re.Pattern[str] | None  # "the Fellesforbundet union": a body's noun after the name
    seat_after: re.Pattern[str]  # "Forages Le Gall, basé à Pontivy": a place has no seat
    example_before: re.Pattern[str]  # "spanische Anbieter wie Cupa Pizarras": an example of a kind of company
    # French "l'espagnol", "chez le belge": a lower-case nationality after an article stands for a firm
    firm_nationality_before: re.Pattern[str] | None
    unit_of_before: re.Pattern[str] | None  # "der Vliesstoffsparte von Freudenberg": a firm's unit, the firm after it


_PLURAL = "(?:e|en|n|s|x)?"  # a company noun's plural endings in German, English and French: "Konzerne", "bottlers"


@lru_cache(maxsize=8)
def _cues(language: str) -> _Cues:
    words = lexicon(language)
    flags = 0 if language == "de" else re.IGNORECASE
    # German capitalises its nouns ("das Berliner Unternehmen"), the lexicon writes them in lower case
    nouns = f"(?i:{words.alternation('company_nouns', flags=re.IGNORECASE)})"
    # German also joins the article to its preposition ("zum Dresdner Wartungsspezialisten Saxon Aero")
    determiners = sorted(words.classes.get("det", frozenset()) | words.classes.get("contractions", frozenset()),
                         key=len, reverse=True)
    # no preposition stands between an apposition's article and its noun: ", die zuvor beim Rüstungskonzern Saab"
    # is a relative clause about where a person worked
    closed = ("of", "det", "at", "from", "to", "in", "by", "contractions")
    prepositions = "|".join(re.escape(w) for w in sorted(frozenset().union(*(words.classes.get(c, ()) for c in closed)),
                                                          key=len, reverse=True))
    # the place a company noun is in or comes from is no word of its description: "the best supermarket in Bay
    # Ridge", "a sake brewer from Niigata" (but French "de" is also "of": "le fabricant de drones Aerolis")
    places = words.classes.get("in", frozenset()) | (words.classes.get("from", frozenset())
                                                      - words.classes.get("of", frozenset()))
    place_in = "|".join(re.escape(w) for w in sorted(places, key=len, reverse=True)) or "(?!)"
    business = words.alternation("business_nouns", "business_people")
    # "Orbitale, l'une des start-up françaises": counted among a class of companies
    one_of = "|".join(re.escape(w).replace("'", "['’]")
                      for w in sorted(words.classes.get("one_of", ()), key=len, reverse=True)) or "(?!)"
    honorifics = alternation_of(words.honorifics | words.words("deceased_before"), flags=re.IGNORECASE)
    # French adjectives follow their noun, German ones never do ("der Konzern aus Suwon" names a place)
    adjectives_after = {"fr": "{0,2}", "de": "{0}"}.get(language, "?")
    made = f"(?:{words.settings['made_after_company_noun']})?" if "made_after_company_noun" in words.settings else ""
    # German declines its nouns after a preposition ("beim Spezialisten", "des Konzerns")
    inflection = "(?:en|n|es|s)?" if language == "de" else ""
    # German closes its compounds ("Windparkentwickler"); English and French join them with a hyphen or list them
    # whole ("chipmaker"), so there a company noun at a word's end is no noun: "cette commande confirme", "affirms"
    compound = r"[\w-]*" if language == "de" else r"(?:\w+-)*"
    # a compound head names a firm only at a compound's end: "der Fassbauer X", not "der Bauer X"
    heads = words.words("company_compound_heads")
    compound_heads = rf"|(?<=\w{{3}})(?i:{alternation_of(heads, flags=re.IGNORECASE)})" if heads else ""
    articles = f"(?i:{alternation_by_initial(determiners, flags=re.IGNORECASE)})"
    and_words = f"(?:{alternation_of(words.classes['and'], flags=re.IGNORECASE)})"
    possessor = r"|(?-i:[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2})['’]s " if language == "en" else ""
    return _Cues(
        legal_after=_legal_form_after(words.words("legal_forms")),
        # "Alpemind, une start-up de robotique", "X, one of the French start-ups", "X, the fourth-largest U.S.
        # rental car company": the noun heads the apposition (no "of"/"de" before it, but for "one of"); not a
        # relative clause ("Rainer Ostendorf, der den Konzern verlassen hatte")
        # "X, New Zealand's third-largest dairy co-operative": a place's possessive stands for the article
        company_apposition=re.compile(rf", (?:(?:{one_of}) |(?:{alternation_by_initial(determiners, flags=flags)}) ?"
                                      rf"{possessor})"
                                      rf"(?:(?!(?:{prepositions}) )[\w'.-]+ ){{0,4}}{compound}(?:{nouns})s?(?![\w'])",
                                      flags),
        bare_company_apposition=re.compile(rf", {compound}(?:{nouns})s?(?![\w'])", flags),
        # "das Zürcher Start-up Lumenio", "beim staatlichen finnischen Glücksspielkonzern Veikkaus", "la start-up
        # parisienne Kelvia", "IT-Tochter T-Systems", "la coopérative laitière bretonne Terres de l'Ouest", also a
        # compound that shares its noun with another: "beim Fenster- und Türenhersteller Weiland"
        company_before=re.compile(rf"(?:(?<![\w-]){articles} (?:[\w-]+ ){{0,2}}(?:\w+- {and_words} )?"
                                  rf"|\b[\w-]*-){compound}(?:{nouns}{compound_heads}){inflection}"
                                  rf"(?: (?!(?:{place_in}) )[a-zéèà][\w-]*){adjectives_after}{made} $", flags),
        business_after=(re.compile(rf"(?:-|s |' | )(?:{business})\b", re.IGNORECASE) if language == "de" else
                        re.compile(rf"'s? (?:[\w-]+ )?(?:{business})\b", re.IGNORECASE)) if business else None,
        honorific_before=re.compile(rf"(?<![\w.])(?:{honorifics}) $", re.IGNORECASE),
        person_relative=person_relative(language),
        thing_relative=(re.compile(rf", (?:{words.alternation('thing_relatives')})\b")
                        if words.words("thing_relatives") else None),
        firm_relative=re.compile(rf", (?:{words.alternation('thing_relatives', 'place_relatives')})\b"),
        body_after=(re.compile(rf" (?:{words.alternation('body_nouns_after')})\b")
                    if words.words("body_nouns_after") else None),
        seat_after=re.compile(rf",? (?:{words.alternation('seat_cues')})\b", re.IGNORECASE),
        example_before=re.compile(rf"(?<![\w-]){compound}(?:{nouns}){_PLURAL} "
                                  rf"(?i:{words.alternation('example_openers')}) $", flags),
        firm_nationality_before=(re.compile(rf"(?<![\w'’]){articles}\s?(?:{words.alternation('firm_nationalities')}) $")
                                 if words.words("firm_nationalities") else None),
        # (a subsidiary's: a team, a plant or a site may be a place's: "l'usine de Winterthour", "son site de Crolles")
        unit_of_before=re.compile(rf"(?i:{words.alternation('subsidiary_nouns', flags=re.IGNORECASE)}){_PLURAL} "
                                  rf"(?i:{words.alternation('subsidiary_of')}) (?:{articles} )?$")
        if words.words("subsidiary_of") else None,
    )


@dataclass
class _Ballot:
    """What the pipeline and the context said about one name, over all its mentions."""

    pipeline: Counter[str] = field(default_factory=Counter)
    context: Counter[str] = field(default_factory=Counter)
    # what the name does ("Paylinea said", "X would invest"): organisations do it, but so do people,
    # so a person named in full elsewhere in the article ("Priya Raman") outweighs it
    deeds: Counter[str] = field(default_factory=Counter)
    honoured: int = 0  # mentions after an honorific or a word for the dead ("Dr.", "the late"): only people's

    def winner(self) -> str:
        said = self.context + self.deeds
        if set(self.pipeline) == {CANDIDATE}:  # a name no pipeline saw is what its context says, if anything
            return said.most_common(1)[0][0] if said else CANDIDATE
        if set(self.pipeline) <= {CANDIDATE, "MISC"} and said:
            return said.most_common(1)[0][0]  # "MISC" is a name of no kind the pipeline knew: the context says which
        # context evidence counts three times: "Paylinea's co-founder" outweighs a small model's "place";
        # on a tie, the context wins. Mentions no pipeline saw are no vote against one that did. Where the
        # pipeline disagrees with itself (five "places", three "people"), its votes cancel out.
        seen = {label: n for label, n in self.pipeline.items() if label != CANDIDATE}
        votes = sum(seen.values())
        total = Counter({label: 2 * n - votes for label, n in seen.items() if 2 * n > votes})  # the margins
        for label, n in said.items():
            total[label] += 3 * n
        if not total:  # a tie of the pipeline's labels and no context: its first most frequent label
            return max(seen, key=seen.__getitem__)
        return max(total, key=lambda label: (total[label], said[label]))


# Labels of names a deed may show to be firms: places, nationalities, names of no known kind and unlabelled ones.
_NO_FIRM_LABELS = frozenset({"LOC", "NORP", "MISC", CANDIDATE})


def vote(names: list[Span], *, doc: Doc, language: str) -> list[Span]:
    """One label per name across the article, decided from all its mentions."""
    text = doc_text(doc)
    ballots: dict[str, _Ballot] = defaultdict(_Ballot)
    for span in names:
        ballot = ballots[name_key(text[span.start:span.end])]
        ballot.pipeline[span.label] += 1
        ballot.honoured += _after_an_honorific(span, text=text, language=language)
        if evidence := _context_label(span, doc=doc, text=text, language=language):
            # an article and a company noun right before the name, or heading a description that ends at it, say it
            # as plainly as a legal form: they outweigh a small pipeline's "place" or "person" at every other mention
            # ("La société de gardiennage Vigilis, basée à …", "Le fabricant de brosses à dents Brossard Hygiène")
            plain = evidence == "ORG" and not _after_a_brand_noun(span, text=text, language=language) and (
                _after_a_company_noun(span, text=text, language=language)
                or _after_a_firm_nationality(span, text=text, language=language)
                or _described_before_span(span, doc=doc, language=language))
            ballot.context[evidence] += _PLAIN_WEIGHT if plain else 1
        elif (span.label in _NO_FIRM_LABELS or _no_person_s_word(span, text=text)) and _does_business(
                span, doc=doc, language=language, statements=span.label == CANDIDATE):
            # "Paylinea would invest £150m": a place does not invest; an unknown name that says or plans is
            # a firm ("Paylinea said"), but a country says and plans too ("Iran said"); a "person" of one word that
            # no person's name is does no business either ("Nordhavn reported a fall in profit")
            ballot.deeds["ORG"] += 1
    for key in list(ballots):  # "Xiaomis" is "Xiaomi": one ballot
        if key.endswith("s") and key[:-1] in ballots:
            ballots[key[:-1]].pipeline.update(ballots[key].pipeline)
            ballots[key[:-1]].context.update(ballots[key].context)
            ballots[key[:-1]].deeds.update(ballots[key].deeds)
            ballots[key] = ballots[key[:-1]]
    heads = organisations_with_titles(text, language=language)
    labels = {key: "ORG" if kind_of(key) or _unit_of_a_listed_name(key) or key.removesuffix("s") in heads
              or key in heads else ballot.winner() for key, ballot in ballots.items()}
    # the dateline's place opens no sentence of the article, whatever a parser made its subject; it is the same place
    # without its article in the text ("LE HAVRE (AFP) -", "du port du Havre")
    datelines = [text[p.start:p.end] for p in dateline_places(text)]
    labels |= {name_key(form): "LOC" for place in datelines
               for form in (place, base_form(place, label="LOC", language=language))}
    # a country by its short form is a place whatever the words around say ("U.S. health insurers", "from U.S. rival X")
    labels |= {key: "LOC" for key in ballots if key in shared_words("country_short_forms")}
    # a town the pipeline took for a firm ("near Valence", "a start-up from Rosenheim") where no words say firm, and
    # which is no short form of a firm's longer name ("Altamira" of "Grupo Altamira"; a school's town is none:
    # "Ilmenau" of "Technische Universität Ilmenau")
    schools = lexicon(language).words("education_nouns")
    in_names = {word for key, label in labels.items() if label == "ORG" and " " in key
                and not schools & set(key.split()) for word in key.split()}
    labels |= {key: "LOC" for key, ballot in ballots.items() if labels[key] == "ORG" and is_known_place(key)
               and not ballot.context["ORG"] and not kind_of(key) and key not in heads and key not in in_names}
    labels |= {key: "LOC" for key in ballots if labels[key] == "ORG" and is_place_genitive(key, language=language)
               and not kind_of(key)}
    # a name that ends in a kind of land ("its mill in the Colne Valley") where no words say firm, and which opens no
    # firm's longer name ("Lotus Bay" of "Lotus Bay Hotels")
    firms = [key for key, label in labels.items() if label == "ORG"]
    labels |= {key: "LOC" for key, ballot in ballots.items() if labels[key] == "ORG" and " " in key
               and key.rsplit(" ", 1)[-1] in lexicon(language).words("place_nouns") and not ballot.context["ORG"]
               and not kind_of(key) and not any(firm.startswith(f"{key} ") for firm in firms)}
    # a lone given name ("Daren,", "Martin said") is a person unless its context says otherwise
    labels |= {key: "PERSON" for key, ballot in ballots.items() if labels.get(key) == "ORG" and " " not in key
               and is_given_name(key.capitalize()) and not ballot.context["ORG"] and not kind_of(key)}
    # a word the language writes only as a noun names nothing where no words around say it is a firm: "Münchner
    # Start-up sammelt Millionen", "gründet ein Gemeinschaftsunternehmen namens X"
    labels |= {key: CANDIDATE for key, ballot in ballots.items() if labels[key] == "ORG"
               and not (ballot.context["ORG"] or ballot.deeds["ORG"]) and not kind_of(key) and key not in heads
               and _only_a_noun(key, language=language)}
    # a firm's first word, named alone ("Meridian" of "Meridian Stoneworks"), that a small model took for a nationality
    # or a name of no kind, is the firm where words at one of its mentions say so ("Meridian's enlarged board")
    firm_heads = {key.split()[0] for key, label in labels.items() if label == "ORG" and " " in key}
    labels |= {key: "ORG" for key, ballot in ballots.items() if labels[key] in ("NORP", "MISC") and key in firm_heads
               and (ballot.context["ORG"] or ballot.deeds["ORG"]) and not (ballot.context["PERSON"]
                                                                          or ballot.context["LOC"])}
    _names_before_a_legal_form(labels)
    _people_named_in_full(labels, ballots, firsts=_first_mentions(names, text=text))
    _listed_with_firms(labels, ballots, names=names, text=text, language=language)
    _companies_never_named_in_full(labels, ballots, names=names, text=text, language=language)
    _organisation_prefixes(labels, ballots)
    return [replace(s, label=labels[name_key(text[s.start:s.end])]) for s in names]


_PLAIN_WEIGHT = 2  # context votes of a company noun with its article right before the name


def _after_a_brand_noun(span: Span, *, text: str, language: str) -> bool:
    """A brand noun right before the name ("la marque Collioure"): brands are named after places and people, so the
    noun says firm less plainly than "la société"."""
    before = text[max(0, span.start - _BEFORE_REACH):span.start].split()
    return bool(before) and before[-1].lower() in lexicon(language).words("brand_nouns")


def _after_a_company_noun(span: Span, *, text: str, language: str) -> bool:
    """A company noun with its article (and its adjectives) right before the name: "das Zürcher Start-up Lumenio",
    "la société de gardiennage Vigilis", also set off by commas: "the family holding company, Financière Aubert,"."""
    before = text[max(0, span.start - _BEFORE_REACH):span.start]
    if before.endswith(", ") and text[span.end:span.end + 1] == ",":
        before = before[:-2] + " "
    if _complement_opening(before.split(), language=language):
        return False
    return _cues(language).company_before.search(before) is not None


_COMPLEMENT_PREPOSITIONS = frozenset({"of", "from", "in", "at", "to", "by"})  # lexicon classes


def _complement_opening(words: list[str], *, language: str) -> bool:
    """A preposition right before a name opens the complement of the noun before it, which is no name that noun
    describes: "une PME familiale de Cavaillon", "a brewer in Kobe", "un nouvel atelier à Tarnos"; but a unit's
    complement is its parent firm ("la filiale française de Kalmar")."""
    vocabulary = lexicon(language)
    if not words or _COMPLEMENT_PREPOSITIONS.isdisjoint(vocabulary.classes_of(words[-1].lower())):
        return False
    return not any(word.lower() in vocabulary.words("subsidiary_nouns") for word in words[-4:-1])


def _after_a_firm_nationality(span: Span, *, text: str, language: str) -> bool:
    """A lower-case nationality or region with its article right before the name: "le breton Iroise Algues"."""
    pattern = _cues(language).firm_nationality_before
    return pattern is not None and pattern.search(text[max(0, span.start - _BEFORE_REACH):span.start]) is not None


def _described_before_span(span: Span, *, doc: Doc, language: str) -> bool:
    """``_described_before`` for a span of characters."""
    tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
    return tokens is not None and _described_before(tokens[0], language=language)


def _legal_form_after(forms: frozenset[str]) -> re.Pattern[str]:
    """A legal form right after a name: "Xiaomi Corp.", "Barclays plc"; one of two letters only written as an
    abbreviation ("Volvo AB", "Xiaomi Co."), since in lower case it is a word of the text ("warb P ab", "et sa
    filiale")."""
    short = {form for form in forms if len(form.strip(".")) <= 2 and form.isalpha()}
    written = alternation_of(frozenset({f.upper() for f in short} | {f.capitalize() for f in short}))
    return re.compile(rf"\s?(?:{alternation_of(forms - short)}|(?-i:{written}))\.?(?![\w-])", re.IGNORECASE)


def _unit_of_a_listed_name(key: str) -> bool:
    """A listed organisation's name of two or more words and one more word name its unit: "Carl Zeiss Vision",
    "Goldman Sachs Asset" (a person's name is never a firm's whole name before another word)."""
    words = key.split()
    return len(words) >= 3 and bool(kind_of(" ".join(words[:-1])))


def _no_person_s_word(span: Span, *, text: str) -> bool:
    """A one-word "person" that is neither a given nor a family name: "Nordhavn"."""
    name = text[span.start:span.end]
    return span.label == "PERSON" and " " not in name and not is_given_name(name) and not is_family_name(name)


def _names_before_a_legal_form(labels: dict[str, str]) -> None:
    """ "Norrsken Stål" is the organisation "Norrsken Stål AB" without its legal form, wherever a small model
    took it for a person."""
    for key, label in list(labels.items()):
        base = without_legal_form(key)
        if label == "ORG" and base != key and base in labels:
            labels[base] = "ORG"


def _people_named_in_full(labels: dict[str, str], ballots: dict[str, _Ballot], *, firsts: dict[str, int]) -> None:
    """ "Marcus Reed" is the person "Reed" named in full; "Suleyman" after "Mustafa Suleyman" and
    "Priya" after "Priya Venkataraman" are that person."""
    # a family's firm goes by the family's name: "Brüggemann" of "Brüggemann Krane" beside "Carsten Brüggemann" is
    # the firm where the pipeline took the word alone for one more often than for a person, and so is "Aubanel" of
    # "Confiturerie Aubanel" named alone before any Aubanel is named in full (news name people in full first)
    firms = [key.split() for key, label in labels.items() if label == "ORG" and " " in key]
    org_heads, org_ends = {words[0] for words in firms}, {words[-1] for words in firms}
    people = [key for key, label in labels.items() if label == "PERSON" and " " in key]
    family_firms = {key for key, ballot in ballots.items()
                    if key in org_heads | org_ends and not ballot.context["PERSON"]
                    and firsts.get(key, -1) < min((firsts.get(p, -1) for p in people if key in p.split()), default=-1)}
    labels |= {key: "ORG" for key in family_firms}
    for key, ballot in ballots.items():
        if " " in key and labels.get(key.split()[-1]) == "PERSON" and not ballot.context["ORG"]:
            labels[key] = "PERSON"
    parts = {w for key, label in labels.items() if label == "PERSON" and " " in key for w in key.split()}
    for key, ballot in ballots.items():
        family_firm = key in family_firms or (key in org_heads and ballot.pipeline["ORG"] > ballot.pipeline["PERSON"])
        # (a listed firm's name too where words around it say person: "Béatrice Sandoz … Sandoz, 52, spent")
        if (key in parts and not ballot.context["ORG"] and (not kind_of(key) or ballot.context["PERSON"])
                and not family_firm):
            labels[key] = "PERSON"


def _only_a_noun(key: str, *, language: str) -> bool:
    """Whether a name is a company noun ("Gemeinschaftsunternehmen", "Joint Venture") or, in German, a noun GermEval
    2014 writes only outside names ("Millionen")."""
    word = key.capitalize()
    return lexicon(language).is_company_noun(word) or (language == "de" and " " not in key
                                                       and german_common_noun(word))


def _listed_with_firms(labels: dict[str, str], ballots: dict[str, _Ballot], *, names: list[Span], text: str,
                       language: str) -> None:
    """A one-word name that no words around describe, joined by "and" to a firm, is a firm too: a list names things
    of one kind ("in Deutschland dominieren Faber-Castell und Staedtler", "voisin de Staedtler et de Faber-Castell");
    not a given name, a known place or a word of a person named in full ("Faber-Castell und Daniel")."""
    parts = {w for key, label in labels.items() if label == "PERSON" and " " in key for w in key.split()}
    ordered = sorted(names, key=lambda s: s.start)
    for first, second in pairwise(ordered):
        if not _joined_by_and(text, first=first, second=second, language=language):
            continue
        pair = name_key(text[first.start:first.end]), name_key(text[second.start:second.end])
        for key, other in (pair, pair[::-1]):
            ballot = ballots[key]
            if (labels[other] == "ORG" and labels[key] in (CANDIDATE, "PERSON", "MISC") and key.isalpha()
                    and not (ballot.context or ballot.deeds) and key not in parts
                    and not is_given_name(key.capitalize()) and not is_known_place(key.capitalize())
                    and not lexicon(language).ends_in_company_noun(key.capitalize())
                    and not _only_a_noun(key, language=language)):
                labels[key] = "ORG"


def _joined_by_and(text: str, *, first: Span, second: Span, language: str) -> bool:
    """Whether only "and" stands between two names, perhaps with the word before the first repeated after it ("de
    X et de Y", "bei X und bei Y")."""
    gap = text[first.end:second.start]
    words = gap.split()
    before = text[max(0, first.start - _BEFORE_REACH):first.start].split()[-1:]
    if not words or not (gap.startswith(" ") and gap.endswith(" ")):
        return False
    conjunction, *rest = words
    return "and" in lexicon(language).classes_of(conjunction.lower()) and (not rest or rest == before)


def _first_mentions(names: list[Span], *, text: str) -> dict[str, int]:
    """Where each name (by its key) is first mentioned."""
    firsts: dict[str, int] = {}
    for span in sorted(names, key=lambda s: s.start):
        firsts.setdefault(name_key(text[span.start:span.end]), span.start)
    return firsts


_ARTICLE_LENGTH = 600  # characters; shorter texts (a sentence) give no article-wide evidence


def _companies_never_named_in_full(labels: dict[str, str], ballots: dict[str, _Ballot], *, names: list[Span],
                                   text: str, language: str) -> None:
    """News introduce people by their full name: a one-word "person" named twice but never in full,
    or the first word of an organisation's name ("Lumora" of "Lumora Photonics"), is a company; named
    once in a whole article, it is not shown as a person ("Galliumnitrid"), unless it shares the family name of the
    full name after it ("siblings Eleanor and James Whitcombe")."""
    parts = {w for key, label in labels.items() if label == "PERSON" and " " in key for w in key.split()}
    parts |= {name_key(text[s.start:s.end]) for s in names if shares_a_family_name(s, text=text, language=language)}
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


def _organisation_prefixes(labels: dict[str, str], ballots: dict[str, _Ballot]) -> None:
    """ "Alibaba" of "Alibaba Group" and "Xinhe" of "Xinhe Semiconductor" are the organisation; so is
    "Alibaba Cloud", which starts with it, whatever the pipeline said of it (a person, a place)."""
    for key, label in list(labels.items()):
        first, *rest = key.split()
        legal = bool(rest) and without_legal_form(key) == first
        if label == "ORG" and (legal or short_form_of(key)) and first in labels:
            labels[first] = "ORG"
    # "Atlantide Nucléaire", a "place" whose first word the article makes a firm; not a name words around say is a
    # person's ("founded by the late Harkesh Chand Varshney" of "Harkesh Locks")
    for key, label in labels.items():
        if (label in ("PERSON", "LOC") and " " in key and labels.get(key.split()[0]) == "ORG"
                and not (key in ballots and ballots[key].honoured)):
            labels[key] = "ORG"
    # "Van Leeuwen" of "Van Leeuwen Wandbekleding B.V.": a family name that opens a firm's name and no given name opens
    firms = [key for key, label in labels.items() if label == "ORG" and " " in key]
    for key, label in labels.items():
        if (label == "PERSON" and " " in key and not starts_like_a_person(key.title())
                and any(firm.startswith(key + " ") for firm in firms)):
            labels[key] = "ORG"


# characters after a name where its apposition may name a company noun: ", the fourth-largest U.S. rental car company"
_APPOSITION_REACH = 70
_BEFORE_REACH = 50  # characters before a name in which the words that describe it stand
# words before a name in a participle that opens its sentence: "Dirigée par P, la filiale …", "Founded in 2019 by P, …"
_FRONTED_WORDS = 5


def _modifies_a_noun(before: str, after: str, *, language: str) -> bool:
    """Whether a name stands between an article and a word in lower case, as a modifier of that word's noun: "at a
    Paris atelier", "the Munich plant"."""
    article = before.split()[-1:]
    return (bool(article) and before.endswith(" ") and "det" in lexicon(language).classes_of(article[0].lower())
            and re.match(r" [a-z]", after) is not None)


def _context_label(span: Span, *, doc: Doc, text: str, language: str) -> str | None:
    """What the words around a name say it is: "Xiaomi-Chef", "CEO of X", "X AG", "joined X", "X was
    founded" -> ORG; "CEO Satya Nadella", "Dr. X", "X studied" -> PERSON."""
    words = lexicon(language)
    cues = _cues(language)
    name = text[span.start:span.end]
    after = text[span.end:span.end + 40]
    before = text[max(0, span.start - _BEFORE_REACH):span.start]
    parts = name.lower().split()
    tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
    if _after_an_honorific(span, text=text, language=language):
        # "Dr. Veronika Stauffer", "M. Chen", "the late P", whatever else is near: "le profil industriel de Mme X"
        return "PERSON"
    if any(start <= _AGE_GAP for start, _ in find_ages(after, language=language)):
        return "PERSON"  # "Sandoz, 52, spent 14 years at Rolex", "Jaccard (68)": firms have no age
    if _after_a_team_noun(before, language=language):
        return "MISC"  # "au sein de l'équipe Expansion du fonds": a team's name, no firm of its own
    if len(parts) > 1 and _ACRONYM.fullmatch(name.split()[0]) and not name.isupper():
        return "ORG"  # "BBVA México", "NRW Bank": no person's name opens with an acronym (a headline in capitals may)
    if (after.startswith(")") and not name.isupper() and (place := _PLACE_BEFORE_BRACKET.search(before))
            and is_known_place(place.group(1))):
        # "installé à Oyonnax (Ain)": a place's region in brackets after it; not an acronym after a name that ends in a
        # place ("die Investitionsbank Berlin (IBB)")
        return "LOC"
    if span.label == "NORP" and re.match(r" [a-zà-ÿ]", after):
        return None  # "Taiwanese chipmaker", "South Korean group": an adjective before its noun
    genitive = "of" in words.classes_of((before.split() or [""])[-1].lower())
    if (language == "de" and genitive and len(parts) == 2 and parts[1] in shared_words("title_regions")
            and parts[0].endswith("s") and ends_in_a_german_noun(name.split()[0])):
        return "MISC"  # "Leiterin des Teamsport-Vertriebs Südeuropa bei Adidas": a unit and its region, no firm
    if span.label in ("LOC", "GPE", "ORG") and name.lower() in shared_words("title_regions"):
        # "head of North America", "head of Asia wealth planning", "directrice marketing Europe de Quiksilver": the
        # region a title is for, whatever the pipeline made of it
        return "LOC"
    if re.match(r"['’]s [A-Z]", after) and is_known_place(name):
        return "LOC"  # "at Britain's RWS", "Germany's Siemens": a country's firm, the country before it
    if is_known_place(name) and described_after(text, span.end, language=language):
        return "LOC"  # "a partner at the Stockholm investment firm Fjällström Capital": where the firm is
    if language == "en" and is_known_place(name) and _modifies_a_noun(before, after, language=language):
        return "LOC"  # "who ran production at a Paris atelier": the place of what the noun names
    if len(parts) > 1 and (parts[-1] in words.words("org_words") | shared_words("investor_name_words")
                           or (parts[0] in words.words("org_words") | words.words("name_opening_company_nouns")
                               and parts[1][:1].isalpha())):
        # "Halcyon Labs", "Groupe SEB", "Skagerrak Equity", "Huilerie Castagnier": no person is so named (but "die
        # Werkstatt 34 Jahre lang leiten": a noun and a number)
        return "ORG"
    if _after_a_firm_nationality(span, text=text, language=language):
        return "ORG"  # "chez le belge Sarens": a lower-case nationality after an article stands for a firm
    if len(parts) > 1 and _org_word_inside(parts, language=language):
        return "ORG"  # "Johannes Gutenberg-Universität Mainz", "Landesbank Baden-Württemberg": no person's name
    if "&" in parts:
        return "ORG"  # partners' names joined: "Halcyon & Reed", "Ardent & Rowe"; a person's name has no "&"
    if studied_at().search(before) and not starts_like_a_person(name) and not NAME_AFTER.match(after):
        # "Diplômé des Arts et Métiers, cet ancien cadre …": people study at schools, not at people; not a word that
        # describes the school's name after it ("Absolventin der Pekinger Tsinghua-Universität")
        return "ORG"
    if cues.legal_after.match(after):
        return "ORG"
    if cues.example_before.search(before):
        return "ORG"  # "spanische Anbieter wie Cupa Pizarras", "Modekonzerne wie Hugo Boss": a company's example
    if cues.seat_after.match(after) and not starts_like_a_person(name):
        return "ORG"  # "Forages Le Gall, basé à Pontivy", "Acme, based in Leeds": a firm has a seat, a place none
    if cues.body_after and cues.body_after.match(after) and re.search(r"\bthe $", before, re.IGNORECASE):
        return "ORG"  # "the Fellesforbundet union": no person is a union
    compounds = words.words("place_compounds") | words.words("person_place_compounds")
    if after.lower().startswith(tuple(compounds)) or _after_place_cue(before, language=language):
        return "LOC"  # "the Copenhagen-based group", "le fonds basé à Boston": a firm is based in a place
    if (kind := re.match(r" (\w+)\b", after)) and kind.group(1) in words.words("region_nouns"):
        return "LOC"  # "in Vietnam's Bac Ninh province": a region by its kind, in lower case
    if ((kind := re.search(r"\b(\w+) (\w+) $", before)) and kind.group(1) in words.words("region_nouns")
            and "of" in words.classes_of(kind.group(2).lower())):
        return "LOC"  # "in the Jura village of Sainte-Croix": a place of that kind
    if cues.unit_of_before and cues.unit_of_before.search(before) and not starts_like_a_person(name):
        return "ORG"  # "der Vliesstoffsparte von Freudenberg", "the textiles division of Mitsui": a firm's unit
    if after.startswith("-") and (title := title_at(name.split()[-1] + after, language=language)):
        if firm_named_after(text, span.end + title.end - len(name.split()[-1]), language=language):
            return "MISC"  # "Milchmarkt-Analystin der Rabobank": the title's field, its firm named after it
        return "ORG" if title.modifier else None
    owned = _owned_title(after, language=language) if language != "de" and not _verb_after(tokens) else None
    if owned is not None and (span.label != "PERSON" or _officer_of_one_name(owned, name=name, after=after)):
        return "ORG"  # "DeepMind researcher", "Microsoft CEO", "Alibaba's co-founder", "Nordhavn's chief executive"
    if language == "en" and len(parts) == 1 and re.match(r"['’]s ", after) and opens_with_a_full_name(after[3:]):
        return "ORG"  # "Bernstein's Sara Lindqvist said": people do not own people, a firm has its staff
    if language == "de" and re.search(r"[^s]s$|'$", name) and title_at(after.lstrip(), language=language):
        return "ORG"  # "Xiaomis Präsident", "Siemens' Finanzchef": people have no presidents
    if cues.firm_relative.match(after) and _after_a_company_noun(span, text=text, language=language):
        return "ORG"  # a firm named like a person, said twice: "the bookmaker William Hill, where she ran ..."
    if _joined_from(tokens, language=language):
        return "ORG"  # "who joined last year from John Lewis": people join from firms, not from people
    titles = find_roles(before, language=language)
    gap = before[titles[-1].end:] if titles else ""
    # a word both a title and a company noun ("Windparkentwickler") says nothing of a name not shaped like a person's
    firm_word = bool(titles) and lexicon(language).company_noun_ending.search(
        before[titles[-1].start:titles[-1].end].lower())
    if (titles and gap.strip(" ,") == "" and titles[-1].title is not None and titles[-1].title.organisation_after
            and not starts_like_a_person(name)):
        return "ORG"  # "délégué syndical Force ouvrière": the title names its union after it
    if (titles and gap.strip(" ,") == "" and span.label in ("PERSON", "ORG", CANDIDATE) and len(parts) > 1
            and not (firm_word and not starts_like_a_person(name))):
        # "CEO Satya Nadella", "Nizuberg-Partnerin Zewiier Voruson"; a company's "Xiaomi-Präsident" before a
        # name the pipeline called an organisation says nothing of it
        return "PERSON" if span.label != "ORG" or not titles[-1].modifier or not org_shape().fullmatch(name) else None
    if len(parts) > 1 and _title_in_apposition(after, language=language) and not org_shape().fullmatch(name):
        return "PERSON"  # "Namann Gadamann, bisher Leiterin des Controllings": a title in apposition
    if (_graduate_in_apposition(after, language=language) and _SENTENCE_OPENS.search(before)
            and "det" not in words.classes_of(parts[0])  # not "Der Spanier, ein Absolvent der ..."
            and not (len(parts) == 1 and lookup_known(name, language=language))):
        # "Benedetti, Absolventin der Hochschule Pforzheim, hatte ...": nobody graduates from a company; not a name
        # inside the phrase the apposition is about ("directrice générale de Géotherma, diplômée de ...")
        return "PERSON"
    # "Leiterin des Controllings bei Gedoo": the field, then the firm; not a place ("gérant de X à Saint-Nazaire")
    then_at = re.match(r" (\w+) ([A-ZÄÖÜÉ][\w-]*)", after)
    field_of_a_title = (then_at is not None and "at" in words.classes_of(then_at.group(1).lower())
                        and not is_known_place(then_at.group(2)))
    loose = span.label != "LOC" or not is_known_place(name)  # a "place" no gazetteer knows: "… de Kellermann"
    if (titles and _membership_gap(gap, language=language, loose=loose) and not field_of_a_title
            and not (span.label == "PERSON" and opens_with_a_full_name(name) and not kind_of(name))):
        # "chief technology officer of Alibaba Cloud", "analyste chez Kepler Cheuvreux"; not a full name the pipeline
        # calls a person ("l'arrivée au poste de directeur financier de Thomas Vasseur": the post's holder)
        return "ORG"
    if _based_before(before, language=language) and not starts_like_a_person(name):
        return "ORG"  # "at Paris-based Atelier Décors Lumière": a firm is based in a place
    if _formerly_at(before, language=language) and not starts_like_a_person(name):
        return "ORG"  # "Cet ancien de Buccellati", "formerly at Stripe", "zuvor bei Wellendorff": where someone was
    if titles and _described_member_gap(gap, language=language):
        return "ORG"  # "deputy finance director at gym operator David Lloyd Leisure": the firm described
    if titles and _titled_person_of(gap, language=language):
        return "ORG"  # "Analyst Sven-Ole Harms von Kepler Cheuvreux": the firm of a person a title names
    if tokens is not None and not starts_like_a_person(name) and _object_of_a_move(tokens[0], language=language,
                                                                                   place=span.label in ("LOC", "GPE")):
        return "ORG"  # people are not joined, left or founded: "joined Dyson", "verlässt Alpenkeim", "hired from Ocado"
    if cues.business_after and cues.business_after.match(after) and not (len(parts) > 1 and starts_like_a_person(name)):
        return "ORG"  # "Xiaomi-Strategie", "Xiaomis Umsatz", "Halcyon's board"; a person has a workshop too
    plain = len(parts) == 1 or not starts_like_a_person(name)  # "die Firma Peter Müller" names no firm
    # without an article, a company noun may describe a person ("Marc Giraud, industriel breton,"): only for a name
    # not shaped like a person's
    apposition = cues.company_apposition.match(text, span.end, span.end + _APPOSITION_REACH) or (
        not starts_like_a_person(name) and cues.bare_company_apposition.match(text, span.end))
    word_before = words.classes_of((before.split()[-1:] or [""])[0].lower())
    # "der Spiegelwerk aus Ilmenau, einer der wenigen …": the apposition is of the firm from the place
    place = span.label in ("LOC", "GPE") and ("in" in word_before or ("from" in word_before and is_known_place(name)))
    # the last of a list of people before the main clause's subject is no firm: "fondée par A, B et Gustav Lindgren,
    # l'entreprise attend ...", nor is the agent of a participle that opens the sentence: "Dirigée par Friedrich
    # Baumgart, la filiale allemande apporte ...", however many words the clause has where the sentence opens with
    # a participle ("Basé près de Brescia et dirigé par P, le groupe lombard produit ...")
    # (the agent perhaps described: "Créée en 1998 par l'agronome Yves Le Goff, la société …")
    clause = re.split(r"[.!?]\s+|\n", before)[-1].split()
    agent = any("by" in words.classes_of(word.lower()) for word in before.split()[-2:])
    participle = tokens is not None and _opens_with_participle(tokens[0])
    fronted = agent and (len(clause) <= _FRONTED_WORDS or participle)
    # the last of the agents a fronted participle lists, whatever the name ("Fondée en 2017 par trois amis, A, B et
    # Aroha Walker, la jeune pousse fabrique …")
    last_agent = participle and "and" in word_before and any("by" in words.classes_of(w.lower()) for w in clause)
    listed = (starts_like_a_person(name) and ("and" in word_before or fronted)) or last_agent
    rest = text[apposition.end():apposition.end() + 40] if apposition else ""
    if (apposition and not place and not listed and not _of_a_person(rest, cues=cues)
            and not title_at(rest.lstrip(), language=language)):
        # "Alpemind, une start-up de robotique"; not "a French producer who spent 14 years", nor a title the
        # company noun qualifies: "Jamie Fordyce, a fund manager at Liontrust", nor a place something is in: "a
        # mine in Western Australia, the Perth-based miner said"
        return "ORG"
    if plain and (_after_a_company_noun(span, text=text, language=language)
                  or (tokens is not None and _described_before(tokens[0], language=language))):
        return "ORG"  # "das Zürcher Start-up Lumenio", "le fabricant toulousain de drones Aerolis"
    if tokens is not None and _founded_after(tokens[-1], language=language):
        return "ORG"  # "Ledgerline was co-founded in 2020 by ...": people are born, companies founded
    if (span.label in ("PERSON", CANDIDATE) and cues.thing_relative and cues.thing_relative.match(after)
            and not starts_like_a_person(name) and not is_known_place(name)):
        return "ORG"  # "Kestrel, which spent 62 million francs": no person is "which"
    person_verb = tokens is not None and _person_verb_after(tokens[-1], language=language)
    common_noun = language == "de" and len(parts) == 1 and lookup_known(name, language=language)
    known_place = len(parts) == 1 and is_known_place(name)
    if person_verb and not org_shape().fullmatch(name) and not common_noun and not known_place:
        # only people study or are born: "Marcus Reed studied ...", "Boen studierte"; not what is
        # studied: "an der Universität Stuttgart Informatik studiert", nor where: "an der X bei Paris studiert"
        return "PERSON"
    if len(parts) > 1 and starts_like_a_person(name) and not org_shape().fullmatch(name):
        # "Katrin Wollenweber"; but nobody is "in" a person: "a listing in Hong Kong", "in Andhra Pradesh", and a known
        # place is one ("analyste chez Jefferies à Hong Kong")
        place = (before.split() or [""])[-1] in words.words("place_prepositions") or is_known_place(name)
        return "LOC" if place else "PERSON"
    if len(parts) > 1 and re.match(r", (?:der|die|who|qui) ", after) and span.label in ("PERSON", CANDIDATE):
        return "PERSON"  # "Giier Boen, der bei Tabrun ... führte": a name and a relative clause of a person
    if len(parts) > 1 and _of_a_person(after, cues=cues):
        return "PERSON"  # "Kenji Sato, who joins ...": organisations are "which", never "who"
    return None


_AGE_GAP = 2  # characters between a name and the age after it: ", 52,", " (68)"
_ACRONYM = re.compile(r"[A-ZÄÖÜÉ]{3,}")  # "JK Rowling": two capitals may be a person's initials
_PLACE_BEFORE_BRACKET = re.compile(r"([A-ZÄÖÜÉ][\w'’-]*) \($")


def _after_a_team_noun(before: str, *, language: str) -> bool:
    """Whether an article and a noun for a team stand right before the name ("l'équipe ", "dem Team ")."""
    return bool(_team_noun_before(language).search(before))


@lru_cache(maxsize=8)
def _team_noun_before(language: str) -> re.Pattern[str]:
    nouns = lexicon(language).words("named_team_nouns")
    determiners = alternation_of(lexicon(language).classes.get("det", frozenset()))
    return re.compile(rf"(?i)(?<![\w-])(?:{determiners}) ?(?:{alternation_of(nouns)}) $" if nouns else "(?!)")


def _after_an_honorific(span: Span, *, text: str, language: str) -> bool:
    """Whether an honorific or a word for the dead stands right before the name ("Dr. ", "the late ")."""
    return bool(_cues(language).honorific_before.search(text, max(0, span.start - _BEFORE_REACH), span.start))


def _after_place_cue(before: str, *, language: str) -> bool:
    """Whether the text before a name ends in words that only a place follows ("based in", "mit Sitz in")."""
    return bool(_place_cue_pattern(language).search(before))


@lru_cache(maxsize=8)
def _place_cue_pattern(language: str) -> re.Pattern[str]:
    """The cues, each also with a year before its last word: "fondée en 1921 à", "founded in 1979 in"; a cue of
    one word as it is ("near")."""
    words = lexicon(language)
    cues = sorted(words.words("place_cues") | words.words("seat_cues"), key=len, reverse=True)
    dated = [r"\s+".join(map(re.escape, head.split())) + r"(?:\s+\w+\s+\d{4})?\s+" + re.escape(last)
             for head, last in (c.rsplit(" ", 1) for c in cues if " " in c)]
    dated += [re.escape(c) for c in cues if " " not in c]
    return re.compile(rf"(?i)\b(?:{'|'.join(dated)})\s*$")


def _org_word_inside(parts: list[str], *, language: str) -> bool:
    """Whether a part of a name, or a piece of a hyphenated part, is an organisation's word of at least four letters
    ("Gutenberg-Universität") or, in German, a compound ending in one ("Landesbank")."""
    pattern = _long_org_word(language)
    return any(pattern.fullmatch(piece) for part in parts for piece in part.split("-") if piece)


@lru_cache(maxsize=8)
def _long_org_word(language: str) -> re.Pattern[str]:
    """An organisation's word of at least four letters (not "AI", "AG", "Co."), in German also a compound's end."""
    words = alternation_of(frozenset(w for w in lexicon(language).words("org_words") if len(w) >= 4))
    return re.compile(rf"(?:\w{{3,}})?(?:{words})" if language == "de" else f"(?:{words})")


def _owned_title(after: str, *, language: str) -> RoleMatch | None:
    """A title right after a name ("Microsoft CEO"), or after its possessive and up to two words ("Alibaba's
    co-founder", "Arm's former chief executive")."""
    if after.startswith(" "):
        return title_at(after[1:], language=language)
    if not after.startswith("'s "):
        return None
    for skipped in range(3):
        words = re.match(rf"(?:[\w-]+ ){{{skipped}}}", after[3:])
        title = title_at(after[3 + words.end():], language=language) if words else None
        if title is not None:
            return title
    return None


def _verb_after(tokens: TokenSpan | None) -> bool:
    """The word right after the name's tokens is a finite verb to the parser, no title: "Vogt heads product and
    teaching" (a participle opens titles: "Redgum managing director P", "Kestrel acting CEO P")."""
    doc = tokens.doc if tokens is not None else None
    return doc is not None and tokens.end < len(doc) and "Fin" in doc[tokens.end].morph.get("VerbForm")


def _officer_of_one_name(title: RoleMatch, *, name: str, after: str) -> bool:
    """ "Nordhavn's chief executive": a one-word name whose own officer the title is, which no person has
    (a person may have a chief of staff or a spokesman, not a chief executive); "Bernstein analyst Hélène
    Marchetti", "Forsyth Barr analyst Liam O'Donovan": a name, a title and a person's full name with no comma
    between, whose firm the name is."""
    if title.title is None:
        return False
    if after.startswith("'s "):
        return " " not in name and title.title.level == "org"
    return opens_with_a_full_name(after[1 + title.end:])


def _of_a_person(text: str, *, cues: _Cues) -> bool:
    """A relative pronoun that only people take opens ``text``."""
    return cues.person_relative is not None and cues.person_relative.match(text) is not None


_SENTENCE_OPENS = re.compile(r"(?:^|[.!?]\s+|\n)\s*[\"“„«]?\s*$")


def _graduate_in_apposition(after: str, *, language: str) -> bool:
    """The apposition after a name says it studied somewhere: ", Absolventin der", ", a graduate of", ", diplômée de"
    (the lexicon's study phrases, perhaps after an article)."""
    return _graduate_apposition(language).match(after) is not None


@lru_cache(maxsize=8)
def _graduate_apposition(language: str) -> re.Pattern[str]:
    words = lexicon(language)
    phrases, articles = words.words("study_phrases"), words.classes.get("det", frozenset())
    if not phrases:
        return re.compile("(?!)")
    return re.compile(rf"(?i), (?:(?:{alternation_of(articles)}) )?(?:{'|'.join(phrases)})")


def _title_in_apposition(after: str, *, language: str) -> bool:
    """A title or a former place of work opens the apposition after a name: ", CEO of", ", bisher Leiterin
    des", ", Vasier's CEO", ", a former Zuwis Energy executive", ", formerly at X". Only articles, words of
    time, names and possessives stand before the title: ", which hired the CEO" is no apposition."""
    words = lexicon(language)
    match = re.match(r", ((?:[\w.&'’-]+ ){0,4})", after)
    if match is None:
        return False
    gap = match.group(1).split()
    if len(gap) >= 2 and "former" in words.classes_of(gap[0].lower()) and words.classes_of(gap[1]) & {"at", "of"}:
        return True  # ", formerly at Tafeer Dynamics", ", ancien de Thales"
    titles = find_roles(after, language=language)
    if not titles or re.fullmatch(r", (?:[\w.&'’-]+ ){0,4}", after[:titles[0].start]) is None:
        return False
    opening = after[2:titles[0].start].split()
    return all(w[:1].isupper() or w.endswith(("'s", "’s")) or words.classes_of(w.lower()) & {"det", "former", "now"}
               for w in opening)


def _titled_person_of(gap: str, *, language: str) -> bool:
    """A person's full name and a preposition of belonging (and an article) fill the gap after a title:
    " Sven-Ole Harms von ", " Jane Doe of the ": what follows is where the person works, not more name."""
    match = re.fullmatch(r" ([A-ZÄÖÜÉ][\w'’-]+(?: [A-ZÄÖÜÉ][\w'’-]+){1,2}) (\S+) (?:(\S+) )?", gap)
    if match is None or not starts_like_a_person(match.group(1)):
        return False
    words = lexicon(language)
    article = match.group(3) is None or "det" in words.classes_of(match.group(3).lower())
    return article and not words.classes_of(match.group(2).lower()).isdisjoint({"at", "of"})


def _membership_gap(gap: str, *, language: str, loose: bool) -> bool:
    """Only a preposition of belonging (and an article) between a title and a name: " of the ", " chez ";
    ``loose`` also takes a word of the field before it (" télécoms chez "), but not for a place the
    pipeline found (" basée à Londres")."""
    words = lexicon(language)
    parts = gap.lower().split()
    while parts and parts[-1] and "det" in words.classes_of(parts[-1]) and len(parts) > 1:
        parts.pop()  # "of the", "de la"
    if not parts or words.classes_of(parts[-1]).isdisjoint({"at", "of"}):
        return False
    if loose and len(parts) == 3 and "of" in words.classes_of(parts[0]) and "at" in words.classes_of(parts[2]):
        return True  # the title's own field first: "Leiterin des Controllings bei", "head of sales at"
    return len(parts) <= (2 if loose else 1) and all(p.islower() for p in parts)


def _based_before(before: str, *, language: str) -> bool:
    """A firm's place right before the name: "Paris-based", "Berlin-headquartered" (not a person's "-born")."""
    compounds = lexicon(language).words("place_compounds")
    return bool(compounds) and re.search(rf"[A-Z][\w.-]*(?:{alternation_of(compounds)}) $", before) is not None


_JOIN_REACH = 4  # words between a verb of joining and the "from" before a name: "joined last year from"


def _joined_from(tokens: TokenSpan | None, *, language: str) -> bool:
    """A verb of joining or moving, then "from" right before the name ("who joined last year from", "der 2019 von
    ... kam")."""
    if tokens is None or tokens.start == 0:
        return False
    doc, words = tokens.doc, lexicon(language)
    if "from" not in words.classes_of(doc[tokens.start - 1].lower_):
        return False
    return any((cue := words.cue_of(lemma(t, language=language))) is not None and cue.relation in ("join", "move")
               for t in doc[max(0, tokens.start - 1 - _JOIN_REACH):tokens.start - 1])


def _formerly_at(before: str, *, language: str) -> bool:
    """A word of former times and a preposition of belonging right before the name: " ancien de ", " formerly at ",
    " zuvor bei "."""
    words = lexicon(language)
    last = before.lower().replace("’", "'").split()[-2:]  # "ancien d'" before "Airbus"
    return (len(last) == 2 and "former" in words.classes_of(last[0])
            and not words.classes_of(last[1]).isdisjoint({"at", "of"}))


def _described_member_gap(gap: str, *, language: str) -> bool:
    """A preposition of belonging, then a description that ends in a company noun, between a title and a name:
    " at gym operator ", " of Dutch plant grower ", " bei dem Zulieferer ": the name is the firm described."""
    words = lexicon(language)
    parts = gap.lower().split()
    return (2 <= len(parts) <= _DESCRIBED_GAP_WORDS and not words.classes_of(parts[0]).isdisjoint({"at", "of"})
            and words.company_noun_ending.search(parts[-1]) is not None)


_DESCRIBED_GAP_WORDS = 5


@lru_cache(maxsize=1)
def _prepositions_after_cues() -> tuple[tuple[frozenset[str], frozenset[str], bool], ...]:
    """Preposition classes before a name, each with the cue relations before the preposition that make the
    name a firm ("worked at X", "joins Telvora from Openreach"), and whether they do so for a name the pipeline
    found a place ("left for Dubai" goes to a place)."""
    return tuple((frozenset(rule["prepositions"]), frozenset(rule["relations"]), rule.get("places", True))
                 for rule in shared_table("firm_after_cue").values())


# words between a company noun and the name it describes: "le fabricant de verres correcteurs et de montures Optinéa",
# "le fabricant de fenêtres et de portes d'entrée Alvéo Menuiseries"
_DESCRIPTION_REACH = 9


def _described_before(first: Token, *, language: str) -> bool:
    """A company noun with its article heads a description that ends at the name, over adjectives, nouns and
    their coordination the tagger found ("le fabricant toulousain de drones Aerolis", "the Dutch chip equipment
    maker ASML"); a verb between them ends it ("le groupe a nommé Jean Dupont")."""
    doc = first.doc
    if not doc.has_annotation("POS"):
        return False  # German: the compounds say it ("der Dresdner Halbleiterausrüster")
    nouns = lexicon(language).words("company_nouns")
    if _complement_opening([t.text for t in doc[max(0, first.i - 4):first.i]], language=language):
        return False
    for i in range(first.i - 1, max(-1, first.i - _DESCRIPTION_REACH - 1), -1):
        token = doc[i]
        if token.lower_ in nouns or token.lemma_.lower() in nouns:
            return _opens_a_noun_phrase(doc, i, language=language)
        classes = lexicon(language).classes_of(token.lower_)
        if "in" in classes or ("from" in classes and "of" not in classes):
            # where they are or come from is no name: "retailers in Europe", "a sake brewer from Niigata"
            return False
        acronym = token.pos_ == "PROPN" and token.text.isupper()  # "du groupe de BTP Bâtiroc"
        inner_and = token.pos_ == "CCONJ" and i < first.i - 1  # "de verres et de montures", not "le groupe et X"
        if token.pos_ not in ("ADJ", "NOUN", "ADP") and not acronym and not inner_and:
            return False
    return False


def _opens_a_noun_phrase(doc: Doc, noun: int, *, language: str) -> bool:
    """Whether an article or a preposition opens the noun phrase the noun at ``noun`` ends, over a few adjectives
    and nouns before it: "the maker", "from Polish carrier", "at Madrid-based tower operator" (news drop the
    article after a preposition), not "Marketing director Jane Smith"."""
    classes = lexicon(language).classes_of
    # news drop the article at a sentence's start, and after the dateline's dash, where the noun stands right before
    # the name (capitalised, whatever the tagger made of "Pressing Aubert"): "Dutch chipmaker ASML said", "ZURICH
    # (Reuters) - Swiss instrument maker Kestrel said" (not "Cheapest airline ticket from Raleigh")
    named = noun + 1 < len(doc) and (doc[noun + 1].pos_ == "PROPN" or doc[noun + 1].is_title)
    for i in range(noun - 1, max(-1, noun - 7), -1):
        token = doc[i]
        if token.pos_ == "DET" or "det" in classes(token.lower_):
            return True
        if named and token.text in _DASHES and token.whitespace_ and i > 0 and doc[i - 1].whitespace_:
            return True
        if named and token.is_sent_start and token.pos_ in ("ADJ", "NOUN", "PROPN"):
            return True
        if token.pos_ == "ADP":
            return i < noun - 1 or language != "fr"  # French "de" before its noun is no article: "directeur de groupe"
        if token.pos_ == "VERB" and language == "en":
            return True  # English news drop the article after a verb too: "agreed to buy French rival X"
        hyphenated = token.text == "-" or (i > 0 and doc[i - 1].text == "-")
        if token.pos_ not in ("ADJ", "NOUN", "PROPN") and not hyphenated:
            return False
    return False


_DASHES = frozenset({"-", "–", "—"})


def _object_of_a_move(first: Token, *, language: str, place: bool) -> bool:
    """The name is what a person joins, leaves or founds ("joined Dyson", "verlässt Alpenkeim", "a quitté
    Safran"), where a person is hired or comes from ("hired from Ocado", "kommt von Vodafone"), studied
    ("diplômée de X") or leads or works ("dirigeait la recherche de X", "worked at X"); where a person moves
    to ("zu Suen gewechselt"), unless the pipeline found a place there ("kommt nach Shenzhen")."""
    words = lexicon(language)
    if _common_noun(first, language):
        return False  # "zum Dienstleister Atos": the noun heads the name's apposition
    # within the sentence: "hatte die Tochter im Herbst verlassen. Nyberg soll ..." leaves no Nyberg
    # an elided preposition is a word too: "prend la direction industrielle d'Atlantide"
    previous = [t for t in _tokens(first.doc, max(first.sent.start, first.i - 4), first.i)
                if t.is_alpha or t.text in ("'", "-") or (t.text[:-1].isalpha() and t.text[-1:] in "'’")]
    while previous and not words.classes_of(previous[-1].lower_).isdisjoint({"det", "be", "have"}):
        previous.pop()  # "verlässt den", "Gegründet wurde"
    if not previous:
        return False
    if previous[-1].lower_ in words.words("firm_prepositions"):
        return True  # "dix ans chez Broruo": "chez" puts a firm after it, even where the pipeline saw a place
    if _cue_relation(previous[-1], language=language) in ("join", "leave", "found") and previous[-1].pos_ != "NOUN":
        return True
    preposition = words.classes_of(previous[-1].lower_)
    before = {c.relation for t in _tokens(first.doc, max(0, previous[-1].i - 4), previous[-1].i)
              if (c := words.cue_of(lemma(t, language=language))) is not None}
    if "study" in before and (preposition & {"at", "of", "from"} or (preposition & {"in"} and not place)):
        return True  # "diplômée de Grenoble INP", "studierte an der X"; not a place: "studied in Delhi"
    if any(preposition & classes and before & relations and (places or not place)
           for classes, relations, places in _prepositions_after_cues()):
        return True
    if previous[-1].lower_ in words.words("move_prepositions") and not place:
        # "wechselte von SAP zu Suen", "zu Suen gewechselt", "moved to Kestrel": where a person moves is a firm
        sentence = first.sent
        near = first.doc[max(sentence.start, previous[-1].i - 6):min(sentence.end, first.i + 4)]
        return any((c := words.cue_of(lemma(t, language=language))) is not None and c.relation in ("join", "move")
                   for t in near)
    return False


def _common_noun(token: Token, language: str) -> bool:
    """A company or unit noun heads a phrase ("zum Dienstleister Atos"); it names nobody."""
    return lexicon(language).company_noun_ending.search(token.lower_) is not None


def _does_business(span: Span, *, doc: Doc, language: str, statements: bool) -> bool:
    """The name is the subject of what organisations do: invest, raise, report, hire, value, or any verb
    whose object is a company's business ("compte 410 salariés", "will build its plant"); with ``statements``
    also what they say: say, plan, expect, announce. A verb has one subject: where the parse gives it two, the
    one nearer the verb is it, not a dateline's place before ("HANGZHOU, April 2, 2025 — Alibaba Group will
    invest")."""
    tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
    if tokens is None:
        return False
    root, subject = tokens.root, ("nsubj", "nsubjpass", "nsubj:pass")
    described = _described_noun(root)
    if described is not None and described.dep_ in subject:
        root = described  # "Le fabricant nordiste de moquettes Rivelaine a nommé": the subject's noun is the name's
    words = lexicon(language)
    verbs = words.words("organisation_verbs") | (words.words("statement_verbs") if statements else frozenset())
    if not doc.has_annotation("DEP"):
        return _opens_with_verb(tokens, verbs=verbs, language=language)
    if root.dep_ not in subject or not (lemma(root.head, language=language) in verbs
                                        or _business_object(root.head, language=language)):
        return False
    subjects = [c for c in root.head.children if c.dep_ in subject]
    return min(subjects, key=lambda c: abs(c.i - root.head.i)) == root


_DESCRIBING = frozenset({"amod", "appos", "flat", "flat:name", "nmod"})  # a name's dependencies on its description


def _described_noun(token: Token) -> Token | None:
    """The noun that describes the name, which hangs on it with no preposition of its own, up through the
    description's complements ("le fabricant nordiste de moquettes Rivelaine", "the chipmaker Nexperia")."""
    if token.dep_ not in _DESCRIBING or token.pos_ != "PROPN" or any(child.dep_ == "case" for child in token.children):
        return None  # not a nationality's adjective ("the Polish start-up"), nor after a preposition
    head = token.head
    while head.dep_ == "nmod" and head.pos_ == "NOUN" and head.head.i != head.i:  # "de moquettes" in the description
        head = head.head
    return head


def _opens_with_participle(token: Token) -> bool:
    """Whether the token's sentence opens with a participle ("Basé", "Founded", "Dirigée")."""
    first = next((t for t in token.sent if not t.is_space), token)
    return "Part" in first.morph.get("VerbForm")


def _business_object(verb: Token, *, language: str) -> bool:
    """The verb's direct object is what a company has: staff, plants, revenue, shares."""
    business = lexicon(language).words("business_nouns")
    return any(child.dep_ in ("obj", "dobj") and business & {child.lower_, lemma(child, language=language)}
               for child in verb.children)


def _opens_with_verb(tokens: TokenSpan, *, verbs: frozenset[str], language: str) -> bool:
    """Without a parser, by word order: the name opens its sentence and the verb comes second ("Modaro holt
    eine Zalando-Managerin"; German puts the finite verb second)."""
    first, after = tokens[0], tokens.doc[tokens.end:tokens.end + 1]
    return first.is_sent_start and len(after) == 1 and lemma(after[0], language=language) in verbs


def _following(last: Token, size: int) -> list[Token]:
    """The next words of the name's sentence: the verb after a full stop belongs to another subject. (Read up to
    the next sentence start: ``Token.sent`` would look for both ends of the sentence first.)"""
    following = []
    for token in _tokens(last.doc, last.i + 1, min(last.i + 1 + size, len(last.doc))):
        if token.is_sent_start:
            break
        if not token.is_punct:
            following.append(token)
    return following


def _tokens(doc: Doc, start: int, end: int) -> list[Token]:
    """The tokens ``doc[start:end]`` of a few words: one by one, they cost less than the Span of a slice, whose
    bounds spaCy checks in Python."""
    return [doc[i] for i in range(start, end)]


def _founded_after(last: Token, *, language: str) -> bool:
    """ "X was founded", "X wurde 2019 gegründet", "X a été fondée", "X, founded in 2011 by": companies are
    founded, people born."""
    words = lexicon(language)
    following = _following(last, 5)
    if not following:
        return False
    founding = _cue_relation(following[0], language=language) == "found"
    if founding and last.i + 1 < len(last.doc) and last.nbor(1).text == ",":
        return any("by" in words.classes_of(token.lower_) for token in following[1:])  # a reduced relative clause
    if "be" not in words.classes_of(following[0].lower_):
        return False
    relations = (_cue_relation(token, language=language) for token in following[1:])
    cue = next(((relation, token) for relation, token in zip(relations, following[1:], strict=True)
                if relation is not None), None)
    # founded, not a founding: "Rademacher war vor der Gründung Projektleiter" names a person
    return (cue is not None and cue[0] == "found" and _verb_form(cue[1])) or _clause_closed_by_founding(last,
                                                                                                        language=language)


def _clause_closed_by_founding(last: Token, *, language: str) -> bool:
    """ "X wurde 1998 von Beat Hürlimann gegründet, …": a German participle closing the clause after "be", however
    far the agent puts it; not one qualifying a noun ("Müller wurde Chef der von ihm gegründeten Firma")."""
    clause = []
    for token in _tokens(last.doc, last.i + 1, min(last.i + 1 + _CLAUSE_REACH, len(last.doc))):
        if token.is_punct or (clause and token.is_sent_start):
            break
        clause.append(token)
    else:
        return False
    return (len(clause) > 1 and "be" in lexicon(language).classes_of(clause[0].lower_)
            and _cue_relation(clause[-1], language=language) == "found" and _verb_form(clause[-1]))


_CLAUSE_REACH = 10  # words from a name to the punctuation closing its clause


def _verb_form(token: Token) -> bool:
    """A word that is no noun: by the tagger's word class where there is one ("fondatrice" is, "fondée" is not),
    else by its small initial (German, whose pipeline has no tagger, capitalises every noun: "Gründung")."""
    if token.pos_:
        return token.pos_ not in ("NOUN", "PROPN")
    return not token.text[:1].isupper()


def _cue_relation(token: Token, *, language: str) -> str | None:
    """The relation a cue word signals ("found", "join" ...), by lemma or as written; None for other words."""
    words = lexicon(language)
    cue = words.cue_of(lemma(token, language=language)) or words.cue_of(token.lower_)
    return cue.relation if cue is not None else None


def _person_verb_after(last: Token, *, language: str) -> bool:
    """ "Marcus Reed studied ...", "X wurde geboren", "X succède à": what only people do. In a German
    clause whose auxiliary came before the name, the word before the participle is its object ("Sie hat an
    der Universität Stuttgart Informatik studiert")."""
    words = lexicon(language)
    following = _following(last, 3)
    if not any(lemma(t, language=language) in words.words("person_lemmas") for t in following[:2]):
        return False
    before = last.doc[last.sent.start:last.i]
    return language != "de" or all(words.classes_of(t.lower_).isdisjoint({"have", "be"}) for t in before)
