"""Entity mentions of one article: the pipeline's names, tidied and made consistent, plus the
money, dates and percentages found by rules; non-overlapping, in text order.

Small pipelines make local mistakes that a reader of the whole article would not: "Alibaba" as a
place in one sentence, "Xiaomi" missed inside "Xiaomi-Strategie", "CEO Satya Nadella" with the
title inside the name. Here spans are tidied (titles, articles, punctuation off; "Xiaomi-Gründer Lei
Jun" split), names found by rule join them (``name_rules``), one label is voted per name
(``label_votes``), and every further occurrence of a name, also as a German genitive ("Xiaomis")
or compound part ("Xiaomi-Gründer"), becomes a mention.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc

from .demonyms import before_a_company_noun, ends_like_a_demonym, stands_for_a_company
from .gazetteer import kind_of
from .label_votes import vote
from .lemmas import german_common_noun, lookup_known, lookup_lemma
from .lexicon import HONORIFIC_LISTS, LANGUAGES, alternation_of, every_language, lexicon, shared_words
from .lexicon.amounts import cue_regex
from .money import Money
from .name_rules import (
    ACRONYM_IN_BRACKETS,
    CANDIDATE,
    business_nouns,
    compound_heads,
    ends_in_a_german_noun,
    named_alone,
    names_an_organisation,
    person_relative,
    short_form_of,
    unknown_names,
    unknown_word,
    with_acronyms_in_brackets,
    with_names_by_rule,
)
from .periods import Period, find_ages
from .person_names import is_family_name, is_given_name, starts_like_a_person
from .places import is_known_place
from .roles import find_roles
from .spans import NAME_AFTER, Span, name_key, title_at
from .text import doc_text

# Pipeline labels (OntoNotes for English, WikiNER for French, GermEval for ours) -> contract labels.
LABELS = {
    "PERSON": "PERSON", "PER": "PERSON", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
    "PRODUCT": "PRODUCT", "EVENT": "EVENT", "MONEY": "MONEY", "DATE": "DATE", "PERCENT": "PERCENT",
    "NORP": "NORP", "WORK_OF_ART": "MISC", "LAW": "MISC", "LANGUAGE": "MISC", "MISC": "MISC", "OTH": "MISC",
}
NAME_LABELS = ("PERSON", "ORG", "LOC", "PRODUCT", "EVENT", "MISC", "NORP")

_ARTICLES = {
    "the", "a", "an", "der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "le", "la", "les",
    "l'", "l’", "un", "une", "du", "de", "d'", "d’", "laut", "selon", "according",
}
# Sentence-final dots are separate tokens already; a dot inside a span belongs to it ("Inc.", "D.C.").
_TRAILING = "'’,;:\"“”„«»()[] "
# a possessive, and a dash that closes an aside ("trois ingénieurs du CEA - A, B et C -,"); a hyphen right
# after a word is a truncated compound ("Siemens- und Bosch-Chefs") and stays
_POSSESSIVES = ("'s", "’s")
_TRAILING_PAIRS = (*_POSSESSIVES, " -", " –", " —")
# A name ending in a version ("DeepSeek-V2", "GPT-4o", "iPhone 16 Pro") names a product.
_VERSIONED = re.compile(r"^[A-Za-z][\w.]*(?:[- ](?:[\w.]*\d[\w.]*|Pro|Max|Ultra|Mini|Plus|Lite))+$")
_PERCENT = re.compile(
    r"(?<![\w.,])\d+(?:[.,]\d+)?\s?(?:%|Prozent|percent|per cent|pour cent|pct\.?)(?!\w)", re.IGNORECASE
)


def find_mentions(doc: Doc, *, language: str, money: Iterable[Money], periods: Iterable[Period]) -> list[Span]:
    """All mentions of the article behind ``doc``, non-overlapping and in order."""
    text = doc_text(doc)
    rules = [Span(m.start, m.end, "MONEY", True) for m in money]
    rules += [Span(m.start(), m.end(), "PERCENT", True) for m in _PERCENT.finditer(text)]
    dates = [Span(p.start, p.end, "DATE", True) for p in periods]
    model = [Span(e.start_char, e.end_char, LABELS[e.label_]) for e in doc.ents if e.label_ in LABELS]
    ages = find_ages(text, language=language)  # "Lin, 56," and "the 52-year-old" are no dates
    model_dates = [s for s in model if s.label == "DATE" and not any(a < s.end and s.start < b for a, b in ages)]
    if language not in LANGUAGES:  # no lexicon, no names: a language we do not cover keeps its money and dates
        return _without_overlaps(rules + dates + model_dates)
    joined = _through_ampersands(_rejoined([s for s in model if s.label in NAME_LABELS], text=text,
                                           language=language), text=text)
    joined = _apart_where_named_alone(joined, text=text, language=language)
    raw = with_names_by_rule(joined, text=text, language=language)
    names = [tidy for s in raw for tidy in _tidy(s, text=text, language=language)
             if not any(tidy.overlaps(r) for r in rules)]
    names = _person_spans_fixed(_without_title_words(names, text=text, language=language), doc=doc,
                                language=language)
    names += compound_heads(names, text=text, language=language)
    names += [s for s in unknown_names(doc, taken=names + rules + dates + model_dates, language=language)
              if not _description_only(text[s.start:s.end], language=language,
                                       before_a_name=bool(NAME_AFTER.match(text, s.end)))]
    names = _given_name_before_a_candidate(names, text=text)
    # nationalities ("Taiwanese", "South Korean") are only ever what the pipeline says: the contract's MISC
    names = [replace(s, label="MISC") if s.label == "NORP" else s
             for s in vote(names, doc=doc, language=language) if s.label != CANDIDATE]
    names = [s for s in _without_terms(names, text=text) if not _noun_for_a_person(s, text=text, language=language)
             and not _headline_kicker(s, text=text) and not _word_of_the_language(s, text=text, language=language)
             and not _lower_case_phrase(s, text=text)]
    names = _without_common_words(names, text=text, language=language)
    names = _organisation_cut_off(_without_descriptions(names, text=text, language=language), text=text)
    names = _with_given_name_before_particle(names, text=text)
    if language == "en":
        names = _without_possessors(_as_named_in_the_body(names, text=text), text=text)
    names = _propagate(with_acronyms_in_brackets(names, text=text), text=text, language=language)
    names = _first_words_before_titles(names, text=text, language=language)
    names = _without_families(_with_given_name_before(names, text=text, language=language), text=text,
                              language=language)
    return _without_overlaps(rules + names + dates + model_dates)


def _without_families(names: list[Span], *, text: str, language: str) -> list[Span]:
    """A family name after a word for a family ("die Familie Brökelmann", "la famille Mulliez", "la famille Domínguez
    Otero") or before one ("the Mars family") names the family, none of its people: no person's mention; a given name
    opens a person's name ("la famille de Jean Dupont")."""
    before, after = lexicon(language).family_words
    return [s for s in names if not (s.label == "PERSON" and _a_family_name(text[s.start:s.end]) and (
        before.search(text, max(0, s.start - 40), s.start) or after.match(text, s.end)))]


def _a_family_name(name: str) -> bool:
    words = name.split()
    return len(words) == 1 or not is_given_name(words[0])


def _rejoined(names: list[Span], *, text: str, language: str) -> list[Span]:
    """A name never ends in a lower-case word: "Universität der" and "Bundeswehr München", split by the
    pipeline, are one name, with the first part's label; but "Qualcomm and" ends a list, not a name. A lone
    given name is no name either: "Marta" and "Zielińska", split, are one."""
    joined: list[Span] = []
    conjunctions = lexicon(language).classes.get("and", frozenset())
    for span in names:
        last = joined[-1] if joined else None
        if last is not None and text[last.end:span.start] == " " and (
                _split_after_a_given_name(last, span, text=text) or _split_after_a_lower_word(last, text=text,
                                                                                             conjunctions=conjunctions)):
            joined[-1] = Span(last.start, span.end, last.label)
        else:
            joined.append(span)
    return joined


def _through_ampersands(names: list[Span], *, text: str) -> list[Span]:
    """A name goes on through "&" and the capitalised word after it (or the pipeline's name there), which the
    pipeline may leave out: "Brüggemann Krane & Schwerlast", "Procter & Gamble" (prose joins two names with "and",
    not "&")."""
    through: list[Span] = []
    for span in names:
        if through and through[-1].end > span.start:  # the pipeline's name after the "&": the name runs to its end
            last = through[-1]
            through[-1] = Span(last.start, max(last.end, span.end), last.label)
            continue
        tail = _AMPERSAND_TAIL.match(text, span.end)
        through.append(Span(span.start, tail.end(), span.label) if tail else span)
    return through


_AMPERSAND_TAIL = re.compile(r" & [A-ZÄÖÜ][\w'’-]*")


def _apart_where_named_alone(names: list[Span], *, text: str, language: str) -> list[Span]:
    """An organisation's name that runs over a word for "and" is two names where the article names either half alone:
    "Barcelona-based Fluidra and Pentair of the US", then "eight years at Pentair" (a firm's own name seldom has its
    halves named alone: "Marks and Spencer"; "&" joins one name, ``_through_ampersands``)."""
    joint = lexicon(language).and_between_names
    alone = {text[s.start:s.end] for s in names if s.label == "ORG"}
    apart: list[Span] = []
    for span in names:
        name = text[span.start:span.end]
        cut = joint.search(name) if span.label == "ORG" else None
        first, second = (name[:cut.start()], name[cut.end():]) if cut else ("", "")
        head = next((a for a in alone if second == a or second.startswith(f"{a} ")), None)
        if cut is None or (head is None and first not in alone):
            apart.append(span)
            continue
        start = span.start + cut.end()
        apart += [Span(span.start, span.start + len(first), "ORG"), Span(start, start + len(head or second), "ORG")]
    return apart


def _split_after_a_lower_word(span: Span, *, text: str, conjunctions: frozenset[str]) -> bool:
    end = _ENDS_LOWER.search(text, span.start, span.end)
    return bool(end) and end.group(1) not in conjunctions


def _split_after_a_given_name(first: Span, second: Span, *, text: str) -> bool:
    """A single given name followed by a single capitalised word the pipeline left apart ("Marta" "Zielińska"), or by
    a person's name ("Mei" "Lin Zhou": a list of people has a comma or a conjunction between them); not the pieces of
    a place that open with no given name ("Scharm" "El-Scheich"). An honorific may open the given name's span
    ("Dr. Mei")."""
    *honorifics, given = text[first.start:first.end].split()
    rest = text[second.start:second.end]
    people = first.label == second.label == "PERSON"
    if honorifics and not (people and every_language(*HONORIFIC_LISTS).issuperset(w.lower() for w in honorifics)):
        return False
    return is_given_name(given) and rest[:1].isupper() and ((" " not in rest and not is_given_name(rest)) or people)


def _given_name_before_a_candidate(names: list[Span], *, text: str) -> list[Span]:
    """A given name the pipeline took for a nationality or a name of no kind, right before a capitalised word no
    pipeline saw, is a person's name ("from Ingrid Solheim, who has run Nordvott"); a nationality that is no given
    name joins nothing ("Norwegian Statkraft")."""
    ordered = sorted(names, key=lambda s: s.start)
    joined: list[Span] = []
    for span in ordered:
        last = joined[-1] if joined else None
        if (last is not None and last.label in ("NORP", "MISC") and span.label == CANDIDATE
                and text[last.end:span.start] == " " and _split_after_a_given_name(last, span, text=text)):
            joined[-1] = Span(last.start, span.end, "PERSON")
        else:
            joined.append(span)
    return joined


_ENDS_LOWER = re.compile(r" ([a-zäöüéèà]+)$")


def _as_named_in_the_body(names: list[Span], *, text: str) -> list[Span]:
    """A headline in Title Case ("Aurelia Airlines Orders 60 Airbus Jets, Lures Lufthansa Veteran") capitalises
    every word, so a name found there holds only as far as the article's body names it: "Lures Lufthansa
    Veteran" is "Lufthansa", "Operations" nothing."""
    headline_end = text.find("\n")
    if headline_end < 0 or not _title_case(text[:headline_end], body=text[headline_end:]):
        return names
    body = {text[s.start:s.end]: s.label for s in names if s.start > headline_end}
    kept = [s for s in names if s.start > headline_end]
    for span in (s for s in names if s.end <= headline_end):
        words = [(span.start + m.start(), span.start + m.end())
                 for m in re.finditer(r"[^\s,]+", text[span.start:span.end])]
        pieces = [(a[0], b[1]) for i, a in enumerate(words) for b in words[i:] if text[a[0]:b[1]] in body]
        if pieces:
            start, end = max(pieces, key=lambda piece: piece[1] - piece[0])
            kept.append(Span(start, end, body[text[start:end]]))
    return sorted(kept, key=lambda s: s.start)


def _without_possessors(names: list[Span], *, text: str) -> list[Span]:
    """An organisation's or a person's name after a possessive ("India's Sundaram Group", "Germany's Siemens
    Energy", "Brightwell poaches Haleon's Raman") is the name the article also uses alone, or the one a known place
    owns ("Sweden's Kajakverket AB", named once): the possessor (a country, a parent, an employer) is no part of it."""
    kept = []
    for span in names:
        owned = _POSSESSED.match(text, span.start, span.end) if span.label in ("ORG", "PERSON") else None
        if owned is not None and (
                is_known_place(owned.group("owner"))
                or len(re.findall(rf"(?<![\w-]){re.escape(owned.group('owned'))}(?![\w-])", text)) > 1):
            span = replace(span, start=owned.start("owned"))
        kept.append(span)
    return kept


_POSSESSED = re.compile(r"(?P<owner>[A-Z][\w.&-]*)['’]s (?P<owned>[A-Z][^\n]*)$")


_TITLE_CASE_SHARE = 0.7  # of a headline's words of four letters or more
_COMMON_WORDS_CAPITALISED = 2  # headline words the body writes in lower case ("Orders", "Veteran")


def _title_case(line: str, *, body: str) -> bool:
    """Most words capitalised, and some of them words the body writes in lower case: a headline full of
    names ("Brenvik hired Priya Raman from Google DeepMind") is no Title Case."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", line) if len(w) >= 4]
    capitalised = [w for w in words if w[0].isupper()]
    if len(words) < 4 or len(capitalised) < _TITLE_CASE_SHARE * len(words):
        return False  # the body's words are read only for a headline mostly capitalised
    lower_in_body = set(re.findall(r"\b[a-z][\w'’-]*", body))
    return sum(w.lower() in lower_in_body for w in capitalised) >= _COMMON_WORDS_CAPITALISED


_TITLE_BEFORE_REACH = 25  # characters before a name in which a title that runs into it may start


def _past_a_title_begun_before(text: str, *, start: int, end: int, language: str) -> int:
    """Where a name starts that opens with the end of a title begun before it: "Friedrich Varga" of "der Business
    Angel Friedrich Varga" with "Angel Friedrich Varga" found (a title's last word may be a given name)."""
    if text[start:end].split(" ", 1)[0].lower() not in lexicon(language).title_tails:
        return start
    reach = max(0, start - _TITLE_BEFORE_REACH)
    for role in find_roles(text[reach:end], language=language):
        if reach + role.start < start < reach + role.end < end and text[reach + role.end] == " ":
            return reach + role.end + 1
    return start


_FIRM_TITLE_PERSON_WORDS = 4  # the fewest words of a firm, a title and a person's name: "Meta VP Anna Berg"


def _title_inside(name: str, *, language: str) -> int:
    """Where a capitalised title starts inside a name that goes on with two or three capitalised words, after one to
    three of its own (English and French write their titles apart): "Tasman Chief Executive Aroha Whaanga", "Meta
    VP Anna Berg"; 0 for none, nor in "Chief Executive Aroha Whaanga"."""
    if language == "de" or len(name.split()) < _FIRM_TITLE_PERSON_WORDS:
        return 0  # (a cheap test first: this runs on every name span)
    roles = [r for r in find_roles(name, language=language) if r.start > 0 and name[r.start].isupper()]
    if not roles:
        return 0
    role = roles[0]
    before, after = name[:role.start], name[role.end:]
    capitalised = [w[:1].isupper() for w in before.split()], [w[:1].isupper() for w in after.split()]
    if (before.endswith(" ") and 1 <= len(capitalised[0]) <= 3 and all(capitalised[0])
            and after.startswith(" ") and 2 <= len(capitalised[1]) <= 3 and all(capitalised[1])):
        return role.start
    return 0


def _without_title_words(names: list[Span], *, text: str, language: str) -> list[Span]:
    """Without names that are the first words of a title ("Angel" of "Angel investor Fiona Drummond", a sentence's
    first word a small model took for a firm); a firm's name before its title ("Xiaomi-Präsident") stays."""
    titles = [r for r in find_roles(text, language=language) if not r.modifier]
    return [s for s in names if not any(r.start == s.start and s.end < r.end for r in titles)]


def _first_words_before_titles(names: list[Span], *, text: str, language: str) -> list[Span]:
    """The mentions with the first word of an organisation's longer name, right before a title and a name, as the
    organisation: "Banyan managing partner Tan Wei Ming" where the article names "Banyan Growth Partners" (as German
    heads a title compound with it: "Banyan-Partner")."""
    words = lexicon(language)
    firsts = {text[s.start:s.end].split()[0] for s in names if s.label == "ORG" and " " in text[s.start:s.end]}
    # not a place's demonym that a firm's name takes in: "Solinger" of "Solinger Gebrüder Hartkopf GmbH"
    firsts = {w for w in firsts if len(w) > 2 and w[:1].isupper() and not words.classes_of(w.lower())
              and not kind_of(w) and not is_known_place(w) and not ends_like_a_demonym(w)}
    kept = list(names)
    for first in firsts:
        for match in re.finditer(rf"(?<![\w&'’-]){re.escape(first)}(?= )", text):
            title = title_at(text[match.end() + 1:match.end() + 1 + _TITLE_REACH], language=language)
            head = Span(match.start(), match.end(), "ORG")
            overlapping = [s for s in kept if head.overlaps(s)]
            # the same word as a place or a name of no kind is the firm there: a small pipeline's guess
            if (title is not None and NAME_AFTER.match(text, match.end() + 1 + title.end)
                    and all(s.label in _WEAKER_LABELS and (s.start, s.end) == (head.start, head.end)
                            for s in overlapping)):
                kept = [s for s in kept if s not in overlapping] + [head]
    return kept


_TITLE_REACH = 40  # characters a title after a firm's first word may take


def _tidy(span: Span, *, text: str, language: str) -> list[Span]:
    """The span without leading articles, titles or trailing punctuation; a German title compound
    in front of a name ("Xiaomi-Gründer Lei Jun") splits into the organisation and the person."""
    start, end = span.start, span.end
    listed_end = end
    while listed_end > start and text[listed_end - 1] in _TRAILING:
        listed_end -= 1
    if text[start:listed_end].endswith(_POSSESSIVES) and kind_of(text[start:listed_end]):
        return [Span(start, listed_end, "ORG")]  # a listed name's own "'s" is no possessive: "Moody's-Analystin"
    while end > start and (text[end - 1] in _TRAILING or text[start:end].endswith(_TRAILING_PAIRS)):
        end -= 2 if text[start:end].endswith(_TRAILING_PAIRS) else 1
    if text[end - 1:end] == "." and _full_stop_after(text[start:end]):
        end -= 1  # "au cabinet Protourisme.": the sentence's full stop
    colon = text.rfind(": ", start, end)
    if colon != -1:  # "Vêtements outdoor : Tikehau Capital": a headline's topic before a colon is no part of a name
        start = colon + 1
    while start < end and not text[start].isalnum():  # "– Alpemind"
        start += 1
    if text[start:start + 3].lower() == "ex-":  # "(ex-Infineon)": the organisation someone was at
        start += 3
        span = replace(span, label="ORG")
    based = _based_in_a_place(language).match(text, start, end)
    if based:  # "Shanghai-based Fosun Pharma": where the firm is based is no part of its name
        start = based.end()
    if kind_of(text[start:end]):  # a listed name is kept whole: "Les Echos", "L'Oréal"
        return [Span(start, end, "ORG")]
    if _dated_title(text[start:end], language=language) or _dating_word(text[start:end], language=language):
        return []  # "Neue Produktionsvorständin", "Former Chief Executive", "Neuer" (Finanzchef): nobody's name
    start = _past_a_title_begun_before(text, start=start, end=end, language=language)
    pieces: list[Span] = []
    inner = _title_inside(text[start:end], language=language)
    if inner:  # "Tasman Chief Executive Aroha Whaanga": the firm, then the title, then the person
        pieces.append(Span(start, start + inner - 1, "ORG"))
        start += inner
        span = replace(span, label="PERSON")  # the pipeline's label was for all three
    # honorifics of any language are never part of a name, capitalised or not ("Dr. Mehmet Yilmaz")
    honorifics = every_language(*HONORIFIC_LISTS)
    while True:
        word = re.match(r"\S+", text[start:end])
        if word is None:
            return pieces
        head = word.group(0)
        title = title_at(text[start:end], language=language)
        if head in _NAME_ARTICLES and not _sentence_start(text, start):
            break  # "The Detroit News", "Die Zeit" in mid-sentence: the article is part of the name
        # German spans follow GermEval: a capitalised article may belong to the name ("Den Haag")
        word = head.lower().rstrip(",")
        if (word in honorifics or ((language != "de" or head.islower()) and word in _ARTICLES)
                or word in lexicon(language).classes.get("both", frozenset())  # "Both Compass Group and Sodexo"
                # a relative's noun before a given name: "Siblings Lucia and Marco Bellandi" (not "Son Heung-min")
                or (word in lexicon(language).words("kin_nouns")
                    and is_given_name((text[start + len(head):end].split() or [""])[0]))
                or _ends_an_abbreviation(text, start, head=head, language=language)):
            start += len(head)
        elif _opening_participle(head, language=language) and _sentence_start(text, start) and " " in text[start:end]:
            start += len(head)  # "Baptisé Nordlys Games, le studio ...": the participle opens the sentence
        elif title is not None and not (span.from_rules and title.end >= end - start):
            # (a word a company noun names is the firm's name, whatever its end: "die Musikschulkette Tonleiter")
            modifier = title.modifier
            # not "Pharma-Analyst"; a word joined to the title with no hyphen is a name only if it is a known one
            # ("Konsumgüteranalyst" is an analyst of consumer goods, "Telekomchef" heads Deutsche Telekom)
            if (modifier and text[start:start + len(modifier)] == modifier
                    and (language != "de" or (names_an_organisation(modifier)
                                              and (text[start + len(modifier)] == "-" or kind_of(modifier))))):
                pieces.append(Span(start, start + len(modifier), "ORG"))  # "Xiaomi" of "Xiaomi-Gründer"
            if title.end >= end - start:
                return pieces
            start += title.end
        else:
            break
        start += len(text[start:end]) - len(text[start:end].lstrip(" ,"))
    name = text[start:end]
    if "\n" in name:  # a name never runs across lines ("Packaging-Zentrum\n\nSeoul")
        return pieces
    region = _region_of_a_title(text, start, language=language)
    if region:  # "directeur Europe de Qianlu": the region belongs to the title, what follows is its organisation
        start += region
        name = text[start:end]
        span = replace(span, label="ORG")
    lowercase = re.match(r"(?:[a-zäöüéèàç][\w-]*\s|[dl]['’])+(?=[A-ZÄÖÜÉ])", name)
    if lowercase and name.split()[0].lower() not in shared_words("org_words"):
        # "stratégie électrique d'Ampere": names start with a capital, but "université de Bristol" is one
        start += lowercase.end()
        name = text[start:end]
    described = _after_description(name, start=start, language=language, text=text)
    if described:  # "Frankfurter Fintech Finlio", "French carmaker Renault": the name follows its description
        start += described
        name = text[start:end]
        span = replace(span, label="ORG")  # a company noun describes a firm, not a person: "Fensterbauer Weiland"
    regional = _region_after(language).search(name) if span.label != "PERSON" else None
    if regional and regional.group(1).lower() in shared_words("title_regions"):
        end = start + regional.start()  # "directrice du développement d'Accor pour l'Europe du Sud": the region
        name = text[start:end]  # is the title's, the firm is Accor
    joined = re.search(r" [-–—] ", name) if span.label != "PERSON" else None
    if joined and not starts_like_a_person(name[joined.end():]):
        joined = None  # a spaced dash ends an organisation's name before a person's: "du CEA - Marc Lefebvre"
    if not joined and span.label == "ORG":  # "Siemens Energy zu Kalyx" is two organisations
        joined = re.search(r" (?:zu|nach|bei|vs\.?|versus) (?=[A-ZÄÖÜ])", name)
    if joined:
        left = Span(start, start + joined.start(), span.label)
        right = Span(start + joined.end(), end, span.label)
        return pieces + _tidy(left, text=text, language=language) + _tidy(right, text=text, language=language)
    # (an elided particle before a capital is part of the name: "Soja d'Armor")
    trailing = re.search(r"(?: (?![dl]['’][A-ZÄÖÜÉ])[a-zäöüéèà][\w'’]*)+$", name) if span.label == "PERSON" else None
    if trailing:  # "Fondsmanager Konstantin Frey von Union Investment": a name ends in a capitalised word
        end -= len(trailing.group(0))
        name = text[start:end]
    affiliated = _person_of_organisation(name, language=language) if span.label == "PERSON" else None
    if affiliated is not None:  # "Sabine Krüger von Bosch", "Lucie Marchand de Natixis": a person and her firm
        person_end, org_start = affiliated
        return [*pieces, Span(start, start + person_end, "PERSON"), Span(start + org_start, end, "ORG")]
    owner = _organisation_of_person(name, language=language) if span.label == "PERSON" else None
    if (owner is None and span.label in ("PERSON", "ORG", "MISC")
            and _after_a_firm_preposition(text, start, language=language)):
        # with no particle, only where a firm comes: "débauché chez Framatome P", "a déclaré à l'AFP P"
        owner = _run_on_before_person(name)
    if owner is not None:  # "Cargonaut von Elif Kaya": a firm and the person who runs it, run together
        org_end, person_start = owner
        return [*pieces, Span(start, start + org_end, CANDIDATE), Span(start + person_start, end, "PERSON")]
    if language == "de" and name.endswith(" KI"):  # "Xiaomi KI-Strategie": KI is the topic, not the name
        end -= 3
        name = text[start:end]
    if language == "de" and span.label == "ORG" and not _ACRONYM_AFTER.match(text, end):
        # "TU München Chemieingenieurwesen": the subject studied is no name; before its acronym a name is whole
        end = start + _without_trailing_nouns(name)
        name = text[start:end]
    if language == "de" and _unit_compound(name, language=language):
        return pieces  # "das Private-Equity-Team", "die KI-Abteilung": a part of some company, not a name
    if (len(name) < 2 or name.lower() in shared_words("not_names") or lexicon(language).is_company_noun(name)
            or _description_only(name, language=language, before_a_name=bool(NAME_AFTER.match(text, end)))):
        return pieces
    if language == "de" and stands_for_a_company(start, end, text=text, language=language):
        return pieces
    if language == "de" and ends_like_a_demonym(name) and before_a_company_noun(end, text=text, language=language):
        return pieces  # "Tiroler Gleitschirmbauer Aerolith": a place's adjective before its company noun
    label = "PRODUCT" if span.label != "PERSON" and _VERSIONED.match(name) else span.label
    return [*pieces, Span(start, end, label)]


_OPENS_A_SENTENCE = re.compile(r"(?:^|[.!?\n])\s*$")
_SENTENCE_REACH = 20  # characters before a word in which the end of a sentence makes it the next one's first


def _full_stop_after(name: str) -> bool:
    """Whether a name's last dot ends its sentence, not an abbreviation of the name ("Apple Inc.", "Renault S.A.")."""
    last = name.rsplit(" ", 1)[-1]
    word = last[:-1]
    return len(word) > 3 and word.isalpha() and not word.isupper() and last.lower() not in (
        shared_words("legal_forms") | shared_words("org_words"))


def _without_common_words(names: list[Span], *, text: str, language: str) -> list[Span]:
    """Without one-word organisations that are common words the article also writes in lower case, capitalised only
    as a sentence's first word ("Board chair P" where the text speaks of "the board") or as a word of a longer name
    the article gives ("Quantum" of "Halcyon Quantum"); "chip designer Arm" stays, whatever "arm" means. German
    capitalises every noun, so there this says nothing."""
    if language == "de":
        return names
    in_names = {word for s in names if s.label == "ORG" for word in text[s.start:s.end].split()[1:]}
    return [s for s in names if not (s.label == "ORG" and _written_lowercase(text[s.start:s.end], text=text) and (
        text[s.start:s.end] in in_names or _OPENS_A_SENTENCE.search(text, max(0, s.start - 20), s.start)))]


def _written_lowercase(name: str, *, text: str) -> bool:
    """Whether the article writes a capitalised word in lower case too."""
    return " " not in name and name[:1].isupper() and name[1:].islower() and re.search(
        rf"(?<![\w-]){re.escape(name.lower())}(?![\w-])", text) is not None


@lru_cache(maxsize=8)
def _based_in_a_place(language: str) -> re.Pattern[str]:
    """A capitalised place and a compound of where a firm is based or a person born, before a name: "Lyon-born "."""
    compounds = lexicon(language).words("place_compounds") | lexicon(language).words("person_place_compounds")
    return re.compile(rf"[A-ZÄÖÜÉ][\w.]*(?:{alternation_of(compounds)}) (?=[A-ZÄÖÜÉ0-9])" if compounds else "(?!)")


_NAME_ARTICLES = {"The", "Der", "Die", "Das", "Le", "La", "Les"}


def _dated_title(name: str, *, language: str) -> bool:
    """Whether a span is a word that dates a title ("neue", "frühere") and the title itself, and nothing else."""
    first, _, rest = name.partition(" ")
    words = lexicon(language)
    if not rest or words.classes_of(first.lower()).isdisjoint({"now", "former"}):
        return False
    title = title_at(rest, language=language)
    return title is not None and title.end == len(rest)


def _dating_word(name: str, *, language: str) -> bool:
    """Whether a span is one capitalised word that dates a title ("Neuer", "Ehemaliger"), which opens a sentence
    before the title it dates ("Neuer Finanzchef wird ...")."""
    return " " not in name and not lexicon(language).classes_of(name.lower()).isdisjoint({"now", "former"})


@lru_cache(maxsize=8)
def _particles(language: str) -> re.Pattern[str]:
    words = lexicon(language)
    particles, articles = words.alternation("affiliation_particles"), words.alternation("definite_determiners")
    return re.compile(rf" (?:{particles}) ?(?:{articles})? ?(?=[A-ZÄÖÜÉ])")


_ACRONYM_AFTER = re.compile(r" \([A-ZÄÖÜ][A-Za-z]{1,7}\)")


def _without_trailing_nouns(name: str) -> int:
    """The length of a German organisation's name without German compound nouns the pipeline ran on into,
    keeping at least two words and any organisation word ("Deutsche Bank")."""
    words = name.split(" ")
    while (len(words) > 2 and words[-1].lower() not in shared_words("org_words")
           and ends_in_a_german_noun(words[-1])
           and not words[-2].islower() and not words[-2].endswith("-")):  # "für Luft- und Raumfahrt" is the name's
        words.pop()
    return len(" ".join(words))


@lru_cache(maxsize=8)
def _region_after(language: str) -> re.Pattern[str]:
    """A preposition, perhaps an article, and the word after it: " pour l'Europe du Sud"."""
    determiners = cue_regex(lexicon(language).classes.get("det", ()))
    return re.compile(rf" (?:{cue_regex(shared_words('region_prepositions'))}) (?:(?:{determiners})(?: |(?<=['’])))?"
                      rf"(\w+)", re.IGNORECASE)


@lru_cache(maxsize=8)
def _region_before_of(language: str) -> re.Pattern[str]:
    """A word and the language's "of" before a capital: "Europe de Qianlu", "Europe d'Orange"."""
    return re.compile(rf"(\w+) (?:{cue_regex(lexicon(language).classes.get('of', ()))})(?: |(?<=['’]))(?=[A-ZÄÖÜÉ])")


def _region_of_a_title(text: str, start: int, *, language: str) -> int:
    """The length of a region word and its "de"/"of" opening the span right after a title ("directeur Europe de
    Qianlu"), else 0."""
    opening = _region_before_of(language).match(text, start, start + 40)
    if opening is None or opening.group(1).lower() not in shared_words("title_regions"):
        return 0
    before = text[max(0, start - 40):start]
    titles = find_roles(before, language=language)
    return opening.end() - start if titles and titles[-1].end == len(before.rstrip()) else 0


def _ends_an_abbreviation(text: str, start: int, *, head: str, language: str) -> bool:
    """Whether the span's first word closes a rank's abbreviation begun before it: "D." of "a. D. Jörg Vollrath"."""
    return any(text[max(0, start - len(a) + len(head)):start + len(head)] == a and a.endswith(head)
               for a in lexicon(language).words("rank_abbreviations"))


def _after_description(name: str, *, start: int, language: str, text: str) -> int:
    """Where the name starts in a span that begins with its description: words and then a company noun
    ("Frankfurter Fintech Finlio", "Walldorfer Softwarekonzern SAP", "French carmaker Renault"). A name
    that starts with the noun itself stays whole ("Groupe SEB", "Société Générale", "Landesbank
    Baden-Württemberg"), unless it is a German compound and the article names the rest alone too
    ("Ferienfluggesellschaft Rheinflug", then "Rheinflug"), or its noun is one that never opens a name
    ("Satellitenbauer OHB")."""
    nouns = lexicon(language).words("company_nouns")
    words = name.split(" ")
    if (_describes_a_name_named_alone(words, text=text, start=start, language=language)
            or _describing_compound(words, language=language)):
        return len(words[0]) + 1
    for index in range(len(words) - 2, 0, -1):
        word = words[index].lower()
        if ((word in nouns or _company_compound(word, language=language)) and words[index + 1][:1].isupper()
                and words[index + 1].lower() not in lexicon(language).classes.get("of", frozenset())
                and words[index + 1].lower() not in shared_words("org_words")):  # "Reconstruction Fund Corporation"
            return len(" ".join(words[:index + 1])) + 1
    return 0


def _describing_compound(words: list[str], *, language: str) -> bool:
    """A German compound ending in a company noun that opens no names, before a capitalised word: "Satellitenbauer
    OHB", not "Landesbank Baden-Württemberg"."""
    return (len(words) > 1 and words[1][:1].isupper() and language == "de"
            and lexicon(language).describes_names(words[0].lower()))


def _describes_a_name_named_alone(words: list[str], *, text: str, start: int, language: str) -> bool:
    """A description opens the span at ``start``, and the article names the rest without it: a German compound
    ending in a company noun ("Ferienfluggesellschaft Rheinflug"), elsewhere a company noun that opens no names,
    capitalised only because it opens a sentence or a headline ("Carmaker Voltara lifts profit"; "Bank Pekao" and
    "Groupe SEB" stay whole, and so does a name a capital opens inside a sentence: "le contrôle de l'Atelier
    Vermeil")."""
    if len(words) < 2:
        return False
    first, words_of = words[0].lower(), lexicon(language)
    describing = _company_compound(first, language=language) if language == "de" else (
        words_of.is_company_noun(first) and first not in words_of.words("name_opening_company_nouns")
        and (words[0].islower() or _OPENS_A_SENTENCE.search(text, max(0, start - _SENTENCE_REACH), start) is not None))
    if not describing:
        return False
    # German capitalises every noun, so there a capitalised word before the rest ends no other name
    return named_alone(" ".join(words[1:]), text=text, description=words[0], after_names=language != "de")


def _description_only(name: str, *, language: str, before_a_name: bool) -> bool:
    """A German span of demonyms and a common noun for a company or a person, and no name: "Hamburger
    Containerreederei", "Hamburger Juristin"; with an organisation word at its end only right before the name it
    describes ("die Berliner Neobank Transferia", but "Die Berliner Volksbank meldet Gewinne"); a common noun cut
    before "und" is the first half of such a description ("beim Solinger Besteck- und Flaschenöffnerhersteller X")."""
    *demonyms, noun = name.split(" ")
    if language != "de" or not demonyms or not all(ends_like_a_demonym(w) for w in demonyms):
        return False
    if noun.endswith("-"):
        return german_common_noun(noun[:-1])
    if not before_a_name and any(noun.lower().endswith(w) for w in shared_words("org_words") if len(w) > 3):
        return False
    return (lexicon(language).is_company_noun(noun) or _company_compound(noun.lower(), language=language)
            or any(_person_noun(language).fullmatch(f"{article} {noun}") for article in ("der", "die")))


def _company_compound(word: str, *, language: str) -> bool:
    """A German compound ending in a company noun, perhaps in the genitive: "softwarekonzern",
    "ferienfluggesellschaft", "satellitenbetreibers"."""
    return language == "de" and lexicon(language).ends_in_company_noun(word)


def _unit_compound(name: str, *, language: str) -> bool:
    """One hyphenated word ending in a unit noun: "Private-Equity-Team", "KI-Abteilung"."""
    return " " not in name and "-" in name and name.rsplit("-", 1)[1].lower() in lexicon(language).unit_nouns


def _person_of_organisation(name: str, *, language: str) -> tuple[int, int] | None:
    """Where a "person" the pipeline found is a full name and an organisation joined by "von", "de",
    "of" (the person's end, the organisation's start). A name particle follows a single given name
    ("Luca de Meo", "Ursula von der Leyen"); after a given name and a family name, it joins a firm."""
    match = _particles(language).search(name)
    if match is None or len(name[:match.start()].split()) < 2:
        return None
    if not all(w[:1].isupper() for w in name[:match.start()].split()):
        return None
    return match.start(), match.end()


def _organisation_of_person(name: str, *, language: str) -> tuple[int, int] | None:
    """Where a "person" the pipeline found is one word, a joining particle and a full name that opens with a
    given name (the word's end, the person's start): "Cargonaut von Elif Kaya". A name particle follows a
    given name ("Ursula von der Leyen") or precedes a family name alone ("Alexander von Humboldt")."""
    match = _particles(language).search(name)
    if match is None or " " in name[:match.start()] or is_given_name(name[:match.start()]):
        return None
    person = name[match.end():].split()
    if len(person) < 2 or not is_given_name(person[0]):
        return None
    return match.start(), match.end()


_ORG_WORDS = shared_words("org_words") | shared_words("legal_forms")


def _after_a_firm_preposition(text: str, start: int, *, language: str) -> bool:
    """Whether the word before ``start``, or before its article (and one word describing the firm), is one that a
    firm follows ("chez", "bei", "at", "à l'AFP", "chez le belge Ontex")."""
    words = lexicon(language)
    determiners = words.words("definite_determiners")
    before = re.findall(r"[\w’']+", text[max(0, start - 32):start].lower().replace("’", "'"))
    if len(before) > 2 and before[-2] in determiners and before[-1] not in determiners:
        before.pop()
    if len(before) > 1 and before[-1] in determiners:
        before.pop()
    return bool(before) and "at" in words.classes_of(before[-1])


def _run_on_before_person(name: str) -> tuple[int, int] | None:
    """The words before a full name that no person's name starts with (neither a given nor a family name), where a
    person's name follows them, run together with no particle: "Arianespace Laure Chassagne", "ASE Technology Wei-Lin
    Chang", "Reuters Zhou Wenjie"; nothing where a word of an organisation's name ends it ("West Virginia
    University")."""
    words = name.split(" ")
    if words[-1].lower() in _ORG_WORDS:
        return None
    for i in (1, 2):
        head, person = words[:i], words[i:]
        if len(person) < 2 or any(is_given_name(w) or is_family_name(w) or w.lower() in _ORG_WORDS for w in head):
            return None  # "Groupe Louis Dreyfus", "Fondation Pierre Fabre": a firm named for a person
        if starts_like_a_person(" ".join(person)):  # also an East Asian family name first: "Reuters Zhou Wenjie"
            return len(" ".join(head)), len(" ".join(head)) + 1
    return None


def _opening_participle(word: str, *, language: str) -> bool:
    """A French past participle ("Baptisé", "Créée"): a verb's form, never the first word of a name the way
    "Société" or "Crédit" are. (English "-ed" forms open names: "United", "Applied Materials".)"""
    lower = word.lower()
    lemma = lookup_lemma(lower, language=language)
    return language == "fr" and lower.endswith(("é", "ée", "és", "ées")) and lemma != lower and lemma.endswith("er")


def _sentence_start(text: str, position: int) -> bool:
    before = text[:position].rstrip(" \"'“„«")
    return not before or before[-1] in ".!?:\n"


@lru_cache(maxsize=1)
def _business_noun_last() -> re.Pattern[str]:
    return re.compile(r" " + business_nouns() + r"$")


def _with_given_name_before_particle(names: list[Span], *, text: str) -> list[Span]:
    """A family name the pipeline found without its given name and particle ("Wit" of "Annelies de Wit",
    "Leeuwen" of "Joost van Leeuwen"), or apart from them ("Maarten" and "Vries" of "Maarten de Vries"), is the
    person's full name."""
    fixed: list[Span] = []
    for span in names:
        before = _given_name_and_particle().search(text[max(0, span.start - 40):span.start])
        if before and is_given_name(before.group(1)) and " " not in text[span.start:span.end]:
            start = span.start - len(before.group(0))
            between = [s for s in names if start < s.end <= span.start]
            # the given name the pipeline found alone, as a person or a name of no known kind
            if all((s.start, s.end) == (start, start + len(before.group(1))) and s.label in ("PERSON", "MISC")
                   for s in between):
                fixed = [s for s in fixed if s not in between]
                span = Span(start, span.end, "PERSON")
        fixed.append(span)
    return fixed


@lru_cache(maxsize=1)
def _given_name_and_particle() -> re.Pattern[str]:
    """A capitalised word and a name particle right before a family name: "Annelies de "."""
    return re.compile(rf"(?<![\w-])([A-ZÄÖÜÉ][\w-]+) (?:{alternation_of(shared_words('name_particles'))}) $")


def _without_descriptions(names: list[Span], *, text: str, language: str) -> list[Span]:
    """Without a German compound company noun the pipeline took for a name of its own right before the name it
    describes: "bei der Privatbank Berenberg", "der Autobauer BMW"."""
    starts = {s.start for s in names}
    return [s for s in names if not (s.label == "ORG" and " " not in text[s.start:s.end] and s.end + 1 in starts
                                     and _company_compound(text[s.start:s.end].lower(), language=language))]


_KICKER_END = re.compile(r"(?: [a-zà-ÿäöü][\w'’-]*){0,3} ?:")  # what runs from a headline's topic word to its colon


def _headline_kicker(span: Span, *, text: str) -> bool:
    """The word before a colon that opens a headline names its topic, not an organisation ("Horlogerie : Maison
    Valdoré nomme ...", "Cryptoactifs : Nexa Change ...", with lower-case words: "Robotique d'entrepôt : Robopack
    lève ..."), unless the article names it again."""
    name = text[span.start:span.end]
    return (span.start == len(text) - len(text.lstrip()) and " " not in name
            and _KICKER_END.match(text, span.end) is not None
            and len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)) == 1)


def _organisation_cut_off(names: list[Span], *, text: str) -> list[Span]:
    """A person's name of three words or more that runs on into an organisation the article names alone
    ("gemeinsam mit Felix Oberdorfer Reconcell gründete"): the person, then the organisation."""
    orgs = {name_key(text[s.start:s.end]) for s in names if s.label == "ORG"}
    cut = []
    for span in names:
        words = text[span.start:span.end].split(" ")
        if span.label == "PERSON" and len(words) >= 3 and name_key(words[-1]) in orgs:
            start = span.end - len(words[-1])
            cut += [Span(span.start, start - 1, "PERSON"), Span(start, span.end, "ORG")]
        else:
            cut.append(span)
    return cut


def _noun_for_a_person(span: Span, *, text: str, language: str) -> bool:
    """A German one-word "person" after a definite article is a noun for one ("die Chemikerin", "die 52-jährige
    Portugiesin"): German news names nobody "der Müller"; so is a word of any label the lexicon's person nouns
    cover ("die Französin", "gebürtige Portugiesin", French "la Norvégienne"). ``references`` reads it as the
    person named before."""
    german = language == "de"
    if language not in ("de", "fr") or " " in text[span.start:span.end]:
        return False
    if german and span.label == "PERSON" and lexicon(language).cue_of(text[span.start:span.end].lower()) is not None:
        return True  # a cue noun is no name: "Sie ist Absolventin der ETH Zürich"
    article = _after_a_definite_article(language).search(text[max(0, span.start - 40):span.start])
    if article is None:  # an adjective only a person bears, with no article: "Ferreira, gebürtige Portugiesin,"
        if not german:
            return False
        adjective = re.search(r"(?<=, )[a-zäöüß]+ $", text[max(0, span.start - 30):span.start])
        phrase = text[span.start - len(adjective.group(0)):span.end] if adjective else ""
        return any(_person_noun(language).fullmatch(f"{det} {phrase}") for det in ("der", "die") if phrase) or (
            _person_noun_elsewhere(text[span.start:span.end], text=text, language=language))
    # a word the pipeline took for a firm is a person's noun only if the lexicon says so: "die Französin"
    phrase = text[span.start - len(article.group(0)):span.end]
    return (german and span.label == "PERSON") or _person_noun(language).fullmatch(phrase) is not None


def _person_noun_elsewhere(word: str, *, text: str, language: str) -> bool:
    """A person's noun the article writes with its article elsewhere: "Französin übernimmt die Führung" in a
    headline, "Die Französin, eine Absolventin der ESSEC" in the text."""
    for match in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text):
        article = _after_a_definite_article(language).search(text[max(0, match.start() - 40):match.start()])
        if article and _person_noun(language).fullmatch(text[match.start() - len(article.group(0)):match.end()]):
            return True
    return False


@lru_cache(maxsize=8)
def _person_noun(language: str) -> re.Pattern[str]:
    return re.compile(lexicon(language).person_nouns or "(?!)")


@lru_cache(maxsize=8)
def _after_a_definite_article(language: str) -> re.Pattern[str]:
    """A definite article and up to two lower-case words right before a name: "die 52-jährige "."""
    determiners = lexicon(language).alternation("definite_determiners", flags=re.IGNORECASE)
    return re.compile(rf"(?<![\w-])(?:{determiners})\s+(?:[a-zäöüß\d][\w-]*\s+){{0,2}}$", re.IGNORECASE)


def _person_spans_fixed(names: list[Span], *, doc: Doc, language: str) -> list[Span]:
    """Two slips of a pipeline, mended with what the article says elsewhere: "Luo Fulis Talent" is
    the genitive "Luo Fulis" and a noun (cut after the genitive when "Luo Fuli" is named); "Jun"
    after "Lei" is "Lei Jun" when "Lei" (or the genitive "Leis") is a name elsewhere, and "Ji-hoon"
    after the family name "Park" is "Park Ji-hoon" (unless the word before was tagged on its own); a word
    that grows into a title with its neighbour ("Managing" of "Managing Director") is no name."""
    text = doc_text(doc)
    forms = {text[s.start:s.end] for s in names}
    single = {f.removesuffix("s") for s in names if s.label == "PERSON" and " " not in (f := text[s.start:s.end])}
    fixed = []
    for span in names:
        name = text[span.start:span.end]
        genitive = re.match(r"(.+?s)(?= [A-ZÄÖÜ][\w-]*$)", name)
        if genitive and _business_noun_last().search(name):  # "Xiaomis Umsatz": a genitive and a company's noun
            fixed.append(Span(span.start, span.start + len(genitive.group(1)), "ORG"))
            continue
        before = re.search(r"(?<![\w-])([A-ZÄÖÜ][a-zäöüß]+) $", text[max(0, span.start - 30):span.start])
        if span.label == "PERSON" and genitive and genitive.group(1)[:-1] in forms:
            span = Span(span.start, span.start + len(genitive.group(1)), span.label)
        elif (span.label == "PERSON" and before and (before.group(1) in single or is_family_name(before.group(1)))
              and before.group(1) != name and not any(s.end == span.start - 1 for s in names)):
            span = Span(span.start - len(before.group(0)), span.end, span.label)
        elif span.label == "PERSON" and " " not in name:
            span = _with_unknown_neighbour(span, doc=doc, names=names, language=language)
            title = title_at(text[span.start:span.end], language=language)
            if title is not None and title.end == span.end - span.start:
                continue  # "Managing" and its neighbour "Director": a title, nobody's name
        fixed.append(span)
    return fixed


def _with_unknown_neighbour(span: Span, *, doc: Doc, names: list[Span], language: str) -> Span:
    """A one-word person whose neighbour is a capitalised word of no vocabulary is that name in full: the
    pipeline tagged "Boen" of "Giier Boen", "Koier" of "Koier Gegumann-won"."""
    tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
    if tokens is None:
        return span
    for neighbour in (doc[tokens.start - 1] if tokens.start else None,
                      doc[tokens.end] if tokens.end < len(doc) else None):
        if (neighbour is None or not neighbour.is_alpha or lookup_known(neighbour.text, language=language)
                or not unknown_word(neighbour, language=language, allow_start=True)
                or title_at(neighbour.text, language=language) is not None):
            continue  # no honorific, title or word of the language: "Dr. Lasdon", "President Bush", "Thanks Don"
        start, end = min(span.start, neighbour.idx), max(span.end, neighbour.idx + len(neighbour.text))
        if not any(s is not span and s.start < end and start < s.end for s in names):
            return Span(start, end, span.label)
    return span


def _lower_case_phrase(span: Span, *, text: str) -> bool:
    """A "person" in lower case ("stays on as toji") or a phrase of lower-case words ("heads the food microbiology
    department") is nobody's and no firm's name; a one-word firm its owners write in lower case ("dm") may be."""
    name = text[span.start:span.end]
    return name.islower() and (span.label == "PERSON" or " " in name) and not kind_of(name)


def _word_of_the_language(span: Span, *, text: str, language: str) -> bool:
    """A one-word name in lower case that the language's lemma table knows is one of its words ("paris", French for
    bets): names are capitalised, but for those their owners write in lower case ("dm", "eBay"), which no table
    lists."""
    name = text[span.start:span.end]
    return name.islower() and " " not in name and lookup_known(name, language=language)


def _without_terms(names: list[Span], *, text: str) -> list[Span]:
    """An acronym that a plain noun introduces ("Hochbandbreitenspeicher (HBM)", "high-bandwidth
    memory (HBM)") names a thing, not an organisation: none of its mentions is kept as a name."""
    terms = set()
    for match in ACRONYM_IN_BRACKETS.finditer(text):
        named = any(s.end == match.start() for s in names)
        if not named and not kind_of(match.group(1)):
            terms.add(match.group(1))
    return [s for s in names if text[s.start:s.end] not in terms]


_WORD_BEFORE = re.compile(r"([A-ZÄÖÜÉ][a-zäöüéèëïçñß]+) $")


def _with_given_name_before(names: list[Span], *, text: str, language: str) -> list[Span]:
    """A family name found (or propagated) without the given name right before it, which the pipeline left out or
    took for something else ("Florian" as a nationality in "chief executive Florian Gruber"): the given name is the
    person's; not a title's last word ("der Business Angel Friedrich Varga")."""
    result = list(names)
    for span in names:
        before = _WORD_BEFORE.search(text, max(0, span.start - 30), span.start) if span.label == "PERSON" else None
        if before is None or not is_given_name(before.group(1)) or is_given_name(text[span.start:span.end]) or (
                _past_a_title_begun_before(text, start=before.start(), end=span.end, language=language)
                != before.start()):
            continue
        covering = [other for other in result if other.start < span.start and other.end > before.start()]
        if all(other.label in ("MISC", "NORP") and other.start >= before.start() for other in covering):
            result = [other for other in result if other not in covering]
            result[result.index(span)] = Span(before.start(), span.end, "PERSON")
    return result


def _propagate(names: list[Span], *, text: str, language: str) -> list[Span]:
    """Every further occurrence of a known person or organisation name becomes a mention too,
    including German genitives ("Xiaomis", "Siemens'") and compound parts ("Xiaomi-Strategie"). A family firm's
    name that is a person's family name is the person's where a relative only people take follows ("Ebersbach, who
    studied ceramics engineering", of Katharina Ebersbach at Ebersbach Porzellan)."""
    known: dict[str, str] = {}
    surnames: set[str] = set()
    for span in names:
        if span.label in ("PERSON", "ORG", "PRODUCT"):
            form = text[span.start:span.end]
            if form[:1].isupper() and len(form) > 1:
                known.setdefault(form, span.label)
            words = form.split()
            # "Herrera" after "Tomás Herrera"; "Park" after "Park Ji-hoon" (the family name comes first)
            surname = words[0] if is_family_name(words[0]) else words[-1]
            if span.label == "PERSON" and len(words) > 1 and len(surname) > 2 and surname[:1].isupper():
                known.setdefault(surname, "PERSON")
                surnames.add(surname)
            if span.label == "ORG" and (short := short_form_of(form)) and short[:1].isupper():
                known.setdefault(short, "ORG")  # "Xinhe" after "Xinhe Semiconductor"
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
        overlapping = [other for other in added if candidate.overlaps(other)]
        if all(_inside_and_weaker(other, candidate) for other in overlapping):
            # "Niederrhein" (a place to the pipeline) inside "Niederrhein Stahl", named in full elsewhere
            added = [other for other in added if other not in overlapping] + [candidate]
    relative = person_relative(language)
    return [replace(s, label="PERSON") if s.label == "ORG" and text[s.start:s.end] in surnames and relative
            and relative.match(text, s.end) else s for s in added]


def _inside_and_weaker(span: Span, name: Span) -> bool:
    """A place or other name of fewer words inside a known person's or organisation's name, or a part of a known
    organisation's name that the pipeline took alone ("Aubert" of "Pressing Aubert", named in full elsewhere), or the
    name itself as a miscellaneous one."""
    weaker = span.label in _WEAKER_LABELS or span.label == name.label == "ORG"
    inside = name.start <= span.start and span.end <= name.end
    # the very name as a "miscellaneous" one is the same name: "MGC" after "La Manufacture Graphite & Cèdre (MGC)"
    same = span.label == "MISC" and (span.start, span.end) == (name.start, name.end)
    return weaker and inside and (span.end - span.start < name.end - name.start or same)


_WEAKER_LABELS = frozenset({"LOC", "GPE", "MISC", "NORP", CANDIDATE})


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
