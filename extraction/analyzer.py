"""``analyze()``: one article in, one typed ``Analysis`` out.

The steps, each in its own module: normalise the text (``text``), detect the language
(``language``), run the spaCy pipeline (``pipelines``), find money, periods and mentions
(``money``, ``periods``, ``mentions``), group mentions into people and organisations
(``names``), resolve references (``references``), read relations off the units of each sentence
(``units``, ``affiliations``) and tie each amount to its year, kind, status and organisation
(``figures``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import partial

from spacy.tokens import Doc

from . import text as text_module
from .affiliations import find_affiliations
from .evidence import Evidence, collect
from .family_firms import family_firms
from .figures import find_figures
from .language import detect_language
from .mentions import find_mentions
from .money import find_money
from .name_rules import described_after
from .names import Entity, group_entities
from .new_companies import named_new_company, tells_of_a_merger
from .periods import find_dateline, find_periods
from .pipelines import parse
from .references import after_a_preposition, an_investor_named, find_references, gender_of
from .result import Affiliation, Analysis, Mention, Organization, Person, language_notes
from .roles import title_owning
from .units import Sentence, build_sentences


class EmptyTextError(ValueError):
    """The text holds nothing to analyse (empty or only whitespace)."""


def analyze(text: str, *, language: str | None = None) -> Analysis:
    """Analyse one article. ``language`` (ISO 639-1) overrides detection."""
    return next(analyze_many([text], language=language))


def analyze_many(texts: Iterable[str], *, language: str | None = None, batch_size: int = 64) -> Iterator[Analysis]:
    """Analyse many articles in order, batching them through the pipeline of their language."""
    batch: list[tuple[str, str]] = []
    for raw in texts:
        clean = text_module.normalize(raw)
        if not clean:
            raise EmptyTextError("the text is empty")
        batch.append((clean, language or detect_language(clean).language))
        if len(batch) >= batch_size:
            yield from _analyze_batch(batch)
            batch = []
    yield from _analyze_batch(batch)


def _analyze_batch(batch: list[tuple[str, str]]) -> Iterator[Analysis]:
    docs: dict[int, Doc] = {}
    for lang in dict.fromkeys(lang for _, lang in batch):
        indices = [i for i, (_, code) in enumerate(batch) if code == lang]
        views = [text_module.analysis_view(batch[i][0]) for i in indices]
        for i, view, doc in zip(indices, views, parse(views, language=lang), strict=True):
            docs[i] = text_module.keep_text(doc, view)
    for i, (text, lang) in enumerate(batch):
        yield _analysis(docs[i], original=text, language=lang)


@dataclass(frozen=True)
class _Reading:
    """What the steps before relations and figures found in one document."""

    doc: Doc
    published: date | None
    money: list
    periods: list
    spans: list
    entities: list[Entity]
    main_company: Entity | None
    families: dict[str, Entity]  # the firm named for each person's family, by person id
    sentences: list[Sentence]


def _read(doc: Doc, *, language: str) -> _Reading:
    text = text_module.doc_text(doc)
    sentences = _sentences(doc)
    published = find_dateline(text)
    money = find_money(text, language=language)
    periods = find_periods(text, language=language, dateline=published, sentences=sentences)
    spans = find_mentions(doc, language=language, money=money, periods=periods)
    entities = group_entities(spans, text=text, language=language)
    new_company = named_new_company(text, entities=entities, language=language)
    # the company a merger creates, where the article names it, is the article's
    main_company = (new_company if new_company is not None and tells_of_a_merger(text, language=language)
                    else _main_company(entities, text=text, openings=sentences[:2], language=language))
    families = family_firms(entities)
    references = find_references(text, sentences=sentences, entities=entities, families=families, language=language,
                                 main_company=main_company, new_company=new_company)
    units = build_sentences(doc, sentences=sentences, entities=entities, references=references, language=language)
    return _Reading(doc, published, money, periods, spans, entities, main_company, families, units)


def relation_evidence(text: str, *, language: str) -> list[Evidence]:
    """Every piece of relation evidence in ``text``, before ``decide`` weighs it (for tests and for
    ``bench/pattern_counts.py``)."""
    view = text_module.analysis_view(text_module.normalize(text))
    doc = text_module.keep_text(parse([view], language=language)[0], view)
    return collect(_read(doc, language=language).sentences, language=language)


def _analysis(doc: Doc, *, original: str, language: str) -> Analysis:
    """The analysis of ``doc`` (made from the analysis view of ``original``: same offsets)."""
    text = text_module.doc_text(doc)
    reading = _read(doc, language=language)
    entities = reading.entities
    affiliations = find_affiliations(reading.sentences, language=language, main_company=reading.main_company,
                                     families=reading.families)
    figures = find_figures(text, money=reading.money, periods=reading.periods, sentences=reading.sentences,
                           language=language, dateline=reading.published.year if reading.published else None,
                           main_company=reading.main_company)
    ids = {(s.start, s.end): e.id for e in entities for s in e.spans}
    return Analysis(
        text=original,
        language=language,
        text_sha256=text_module.sha256(original),
        entities=tuple(Mention(original[s.start:s.end], s.label, s.start, s.end, ids.get((s.start, s.end)))
                       for s in reading.spans),
        people=tuple(_person(e, affiliations.get(e.id, []), female=gender_of(e, text=text, language=language) == "f")
                     for e in entities if e.label == "PERSON"),
        organizations=tuple(Organization(e.id, e.name, e.aliases, len(e.spans)) for e in entities
                            if e.label == "ORG"),
        figures=tuple(figures),
        notes=language_notes(language),
        published=reading.published,
    )


_LINE_BREAKS = re.compile(r"\n+")


def _sentences(doc: Doc) -> list[tuple[int, int]]:
    """Sentence spans; a line break always ends one (headlines and datelines have no full stop). The breaks are
    looked for in the doc's text between the sentence's ends (``Span.text`` would join its tokens again)."""
    text, spans = text_module.doc_text(doc), []
    for sent in doc.sents:
        start = sent.start_char
        for line_break in _LINE_BREAKS.finditer(text, sent.start_char, sent.end_char):
            if line_break.start() > start:
                spans.append((start, line_break.start()))
            start = line_break.end()
        if sent.end_char > start:
            spans.append((start, sent.end_char))
    return spans


def _main_company(entities: list[Entity], *, text: str, openings: Sequence[tuple[int, int]],
                  language: str) -> Entity | None:
    """The company the article is about: the most mentioned one, the headline's first company counting three
    mentions more ("Samsung holt Intel-Manager": Samsung) and the lead's first one more, so that a lead opening with
    another company than its headline tips a close count ("le chinois Hongtu entre au capital de Mycosud", then
    "Mycosud a annoncé l'entrée à son capital du groupe chinois"); a company counts as first unless it stands there
    only as part of a compound ("HBM-Wettlauf: SK hynix holt ...": SK hynix) or of a description ("London battery
    start-up Voltaic raises ...": Voltaic); where the headline names no company, the lead's first counts three ("Dutch
    tomato grower Van Reeuwijk raises …" names the family, the lead "Van Reeuwijk Groep")."""
    companies = [e for e in entities if e.label == "ORG" and e.kind == "company"]
    firsts = [_first_company(companies, text=text, start=start, end=end, language=language) for start, end in openings]
    headline = firsts[0] if firsts else None
    lead = firsts[1] if len(firsts) > 1 else None
    investor = partial(an_investor_named, text=text, language=language)
    if headline and lead and investor(headline) and not investor(lead):
        headline = None  # "Le Fonds FTQ mise 4,5 millions sur le chausse-pied québécois": the lead names its target
    if headline and lead and after_a_preposition(text, lead, openings[1][0], language=language):
        lead = None  # a teaser's side matter ("Schwache Abozahlen bei Vista+"), no subject of the news
    bonus = {lead.id: _LEAD_BONUS if headline else _HEADLINE_BONUS} if lead else {}
    if headline:
        bonus[headline.id] = _HEADLINE_BONUS
    # on a tie, the company named more often: the bonuses do not outweigh the text's own count
    return max(companies, key=lambda e: (len(e.spans) + bonus.get(e.id, 0), len(e.spans)), default=None)


_HEADLINE_BONUS = 3  # mentions the headline's first company counts more
_LEAD_BONUS = 1  # and the lead's first, where it is another


def _first_company(companies: list[Entity], *, text: str, start: int, end: int, language: str) -> Entity | None:
    """The first company named in ``text[start:end]`` as itself, not in a compound, a description or as a title's
    firm ("l'ex-patron de Vinci prend la tête de Bâtiroc"); an investor's name ("Brightwater Capital buys saddler
    Ashworth") gives way to the next company, the one the news is about."""
    named = [(s.start, e) for e in companies for s in e.spans
             if start <= s.start < end and text[s.end:s.end + 1] != "-" and not described_after(text, s.end,
                                                                                                  language=language)
             and title_owning(text, s.start, start=start, language=language) is None]
    ordered = [e for _, e in sorted(named, key=lambda pair: pair[0])]
    return next((e for e in ordered if not an_investor_named(e, text=text, language=language)),
                ordered[0] if ordered else None)


def _person(entity: Entity, affiliations: list[Affiliation], *, female: bool) -> Person:
    """Current affiliations first, then former ones, each group in the order the article gives."""
    return Person(
        id=entity.id,
        name=entity.name,
        aliases=entity.aliases,
        mentions=len(entity.spans),
        affiliations=tuple(_gendered(a, female=female) for a in affiliations),
    )


def _gendered(affiliation: Affiliation, *, female: bool) -> Affiliation:
    if affiliation.role != "alumni":
        return affiliation
    return replace(affiliation, role="alumna" if female else "alumnus")
