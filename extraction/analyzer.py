"""``analyze()``: one article in, one typed ``Analysis`` out.

The steps, each in its own module: normalise the text (``text``), detect the language
(``language``), run the spaCy pipeline (``pipelines``), find money, periods and mentions
(``money``, ``periods``, ``mentions``), group mentions into people and organisations
(``names``), read relations off slotted sentences (``slots``, ``affiliations``) and tie each
amount to its year, kind, status and organisation (``figures``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from . import text as text_module
from .affiliations import find_affiliations
from .figures import find_figures
from .language import detect_language
from .mentions import find_mentions
from .money import find_money
from .names import Entity, group_entities
from .periods import find_dateline, find_periods
from .pipelines import load_pipeline
from .result import Affiliation, Analysis, Mention, Organization, Person, language_notes
from .slots import SlottedSentence, slot_sentences
from .spans import title_at


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
        for i, doc in zip(indices, load_pipeline(lang).pipe(batch[i][0] for i in indices), strict=True):
            docs[i] = doc
    for i, (_, lang) in enumerate(batch):
        yield _analysis(docs[i], language=lang)


def _analysis(doc: Doc, *, language: str) -> Analysis:
    text = doc.text
    sentences = _sentences(doc)
    published = find_dateline(text)
    money = find_money(text, language=language)
    periods = find_periods(text, language=language, dateline=published, sentences=sentences)
    spans = find_mentions(doc, language=language, money=money, periods=periods)
    entities = group_entities(spans, text=text, language=language)
    main_company = _main_company(entities, text=text, headline_end=sentences[0][1] if sentences else 0)
    slotted = slot_sentences(text, sentences=sentences, entities=entities, language=language,
                             main_company=main_company)
    affiliations = find_affiliations(slotted, language=language, main_company=main_company)
    figures = find_figures(text, money=money, periods=periods, sentences=slotted, language=language,
                           dateline=published.year if published else None, main_company=main_company)
    ids = {(s.start, s.end): e.id for e in entities for s in e.spans}
    return Analysis(
        text=text,
        language=language,
        text_sha256=text_module.sha256(text),
        entities=tuple(Mention(text[s.start:s.end], s.label, s.start, s.end, ids.get((s.start, s.end)))
                       for s in spans),
        people=tuple(_person(e, affiliations.get(e.id, []), slotted, text=text, language=language)
                     for e in entities if e.label == "PERSON"),
        organizations=tuple(Organization(e.id, e.name, e.aliases, len(e.spans)) for e in entities
                            if e.label == "ORG"),
        figures=tuple(figures),
        notes=language_notes(language),
        published=published,
    )


def _sentences(doc: Doc) -> list[tuple[int, int]]:
    """Sentence spans; a line break always ends one (headlines and datelines have no full stop)."""
    spans = []
    for sent in doc.sents:
        start = sent.start_char
        for line_break in re.finditer(r"\n+", sent.text):
            end = sent.start_char + line_break.start()
            if end > start:
                spans.append((start, end))
            start = sent.start_char + line_break.end()
        if sent.end_char > start:
            spans.append((start, sent.end_char))
    return spans


def _main_company(entities: list[Entity], *, text: str, headline_end: int) -> Entity | None:
    """The company the article is about: the most mentioned one, the headline's first company
    counting three mentions more ("Samsung holt Intel-Manager": Samsung), unless it stands there only
    as part of a compound ("HBM-Wettlauf: SK hynix holt ...": SK hynix)."""
    companies = [e for e in entities if e.label == "ORG" and e.kind == "company"]
    in_headline = sorted((s.start, e.id) for e in companies for s in e.spans
                         if s.start < headline_end and text[s.end:s.end + 1] != "-")
    first = in_headline[0][1] if in_headline else None
    return max(companies, key=lambda e: len(e.spans) + (3 if e.id == first else 0), default=None)


def _person(entity: Entity, affiliations: list[Affiliation], sentences: list[SlottedSentence], *, text: str,
            language: str) -> Person:
    """Current affiliations first, then former ones, each group in the order the article gives."""
    female = _referred_to_as_female(entity, sentences, text=text, language=language)
    ordered = sorted(affiliations, key=lambda a: a.status != "current")
    return Person(
        id=entity.id,
        name=entity.name,
        aliases=entity.aliases,
        mentions=len(entity.spans),
        affiliations=tuple(_gendered(a, female=female) for a in ordered),
    )


def _referred_to_as_female(entity: Entity, sentences: list[SlottedSentence], *, text: str, language: str) -> bool:
    """Whether the article calls the person "she", or gives a title in a feminine form right next to the
    name ("Finanzchefin Karin Lindström", "Claire Dubosc, directrice de ...")."""
    pronouns = [s.text[slot.start - s.start:slot.end - s.start].lower() for s in sentences for slot in s.slots
                if slot.via == "pronoun" and slot.entity is entity]
    if any(p in ("sie", "she", "elle") for p in pronouns):
        return True
    for span in entity.spans:
        before = re.search(r"([\w-]+) $", text[max(0, span.start - 40):span.start])
        after = re.match(r", (?:die |la |l['’]|une )?([\w-]+)", text[span.end:span.end + 40])
        for word in (m.group(1) for m in (before, after) if m):
            if _FEMININE_AGENT.search(word) or (_FEMININE_TITLE.search(word) and title_at(word, language=language)):
                return True
    return False


# Feminine forms of titles: German "-in"/"-innen", French "-rice", "-euse", "-ière", "-ienne", "-ée", "-ente".
_FEMININE_TITLE = re.compile(r"(?:[a-zäöü](?:in|innen)|rice|euse|ière|ienne|ée|ente)$")
# German nouns for a woman doing a job, listed as titles or not: "Die Informatikerin Katharina Lindqvist".
_FEMININE_AGENT = re.compile(r"[a-zäöü](?:erin|istin|antin|entin|eurin|orin)$")


def _gendered(affiliation: Affiliation, *, female: bool) -> Affiliation:
    if affiliation.role != "alumni":
        return affiliation
    return Affiliation(affiliation.organization, "alumna" if female else "alumnus", affiliation.status,
                       affiliation.evidence)
