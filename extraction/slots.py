"""Sentences with their people, organisations and job titles replaced by slots, so that
relations can be written as plain regular expressions over a short string.

"Laut Xiaomi-Präsident Lu Weibing sollen ..." becomes "Laut ⟦O0⟧-⟦R1⟧ ⟦P2⟧ sollen ...".
Pronouns ("sie", "he", "elle") become the person they refer to, and references such as
"das Unternehmen", "the company" or "la société" the organisation: the nearest fitting one
mentioned before, within a few sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .names import Entity
from .roles import RoleMatch, find_roles

SLOT = re.compile(r"⟦([POR])(\d+)⟧")

# Pronouns, and nouns that stand for a person just named ("Die 49-Jährige", "the 52-year-old").
_PRONOUNS = {
    "de": r"er|Er|sie|Sie|[Dd](?:ie|er) \d{2}-[Jj]ährige",
    "en": r"he|she|He|She|[Tt]he \d{2}-year-old",
    "fr": r"il|elle|Il|Elle",
}
# Nouns that stand for a company already named: "das Unternehmen", "der Technologiekonzern".
_COMPANY_REFERENCES = {
    "de": r"(?:[Dd]as|[Dd]er|[Dd]ie|dem|den|des) (?:(?!(?:das|der|die|dem|den|des) )[\w-]+ )?"
          r"(?:[\w-]*(?:[Uu]nternehmen|[Kk]onzern|[Ff]irma"
          r"|[Hh]ersteller|[Aa]utobauer|[Ss]tart-?up|[Gg]ruppe|[Gg]iganten?|[Bb]ank|[Rr]eederei|[Vv]ersicherer"
          r"|[Vv]ersorger|[Ll]ogistiker|[Zz]ulieferer))s?",
    "en": r"[Tt]he (?:[\w-]+ )?(?:company|firm|group|start-?up|maker|manufacturer|giant|carmaker|chipmaker|"
          r"automaker|conglomerate|unit|subsidiary|business)",
    "fr": r"(?:[Ll]a société|[Ll]['’]entreprise|[Ll]a start-?up|[Ll]a jeune pousse|[Ll]a firme"
          r"|[Ll]['’](?:éditeur|équipementier|assureur|opérateur|industriel)(?: [\w-]+){0,2}"
          r"|(?:[Ll]e |du )(?:[\w-]+ )?(?:groupe|fabricant|constructeur|géant|motoriste|spécialiste|leader|champion)"
          r"|de la société|de l['’]entreprise)",
}
_GENERIC = re.compile(r"\b(?:company|group|firm|business|unit|subsidiary|unternehmen|konzern|firma|gruppe"
                      r"|société|entreprise|groupe)$")
_REFERENCE_WINDOW = 3  # sentences back that a pronoun or "the company" may reach


@dataclass(frozen=True)
class Slot:
    """A person (P), organisation (O) or job title (R) in a sentence, at ``start:end`` of the article."""

    kind: str
    start: int
    end: int
    entity: Entity | None = None
    role: RoleMatch | None = None
    via: str = "name"  # name | pronoun | reference | title


@dataclass(frozen=True)
class SlottedSentence:
    start: int
    end: int
    text: str
    masked: str
    slots: tuple[Slot, ...]

    def slot(self, token: str) -> Slot:
        """The slot behind a token such as "⟦P3⟧"."""
        return self.slots[int(SLOT.fullmatch(token).group(2))]

    def slots_in(self, fragment: str | None) -> list[Slot]:
        """The slots written in a piece of the masked sentence, in order."""
        return [self.slots[int(m.group(2))] for m in SLOT.finditer(fragment or "")]

    def first(self, kind: str, *, before: int | None = None, after: int = 0) -> Slot | None:
        """The first slot of a kind after a masked position, or the last one before one."""
        found = [(m.start(), self.slots[int(m.group(2))]) for m in SLOT.finditer(self.masked)
                 if m.group(1) == kind and (before is None or m.start() < before) and m.start() >= after]
        if not found:
            return None
        return found[-1][1] if before is not None else found[0][1]


@lru_cache(maxsize=8)
def _reference_pattern(language: str) -> re.Pattern[str]:
    pronouns = _PRONOUNS.get(language, _PRONOUNS["en"])
    companies = _COMPANY_REFERENCES.get(language, _COMPANY_REFERENCES["en"])
    return re.compile(rf"(?<![\w-])(?:(?P<pronoun>{pronouns})|(?P<company>{companies}))(?![\w-])")


def slot_sentences(
    text: str, *, sentences: list[tuple[int, int]], entities: list[Entity], language: str,
    main_company: Entity | None = None,
) -> list[SlottedSentence]:
    """Every sentence of the article with its slots, in order. "The company" is the article's
    main company when that was named within the last few sentences, else the nearest company."""
    names = sorted(((s, e) for e in entities for s in e.spans), key=lambda pair: pair[0].start)
    result = []
    for index, (start, end) in enumerate(sentences):
        window_start = sentences[max(0, index - _REFERENCE_WINDOW)][0]
        slots = [Slot("P" if e.label == "PERSON" else "O", s.start, s.end, e)
                 for s, e in names if start <= s.start and s.end <= end]
        slots += _references(text, start=start, end=end, taken=slots, earlier=[
            (s, e) for s, e in names if window_start <= s.start < end], language=language,
            main_company=main_company)
        result.append(_masked(text, start=start, end=end, slots=sorted(slots, key=lambda s: s.start),
                              language=language))
    return result


def _references(text: str, *, start: int, end: int, taken: list[Slot],
                earlier: list[tuple[object, Entity]], language: str, main_company: Entity | None) -> list[Slot]:
    """Pronouns and company nouns in the sentence, each resolved to the nearest fitting entity before it."""
    found = []
    for match in _reference_pattern(language).finditer(text, start, end):
        if any(s.start < match.end() and match.start() < s.end for s in taken):
            continue
        following = re.match(r" ?(?:[a-zé][\w-]* )?", text[match.end():end]).end()
        if any(s.start == match.end() + following for s in taken):  # "la start-up (parisienne) Kelvia" names it
            continue
        wanted = "PERSON" if match.group("pronoun") else "company"
        before = [e for s, e in earlier if s.start < match.start()
                  and (e.label == wanted or e.kind == wanted)]
        word = match.group(0).casefold()
        if wanted == "company" and main_company is not None and main_company not in before and _GENERIC.search(word) \
                and min(s.start for s in main_company.spans) < match.start():
            before.append(main_company)  # "the company" is the one the article is about, named further up
        if before:
            referent = before[-1]
            if wanted == "company" and main_company in before and _GENERIC.search(word):
                # "the company" is the one the article is about; "the unit" one of its parts;
                # a descriptive noun ("the chipmaker", "le motoriste") the one just discussed
                parts = sorted((e for e in before if e is not main_company),  # "Hitachi Energy" of "Hitachi"
                               key=lambda e: e.name.startswith(main_company.name))
                unit = re.search(r"unit|subsidiary|division|tochter|filiale", word)
                referent = (parts[-1] if parts else main_company) if unit else main_company
            found.append(Slot("P" if wanted == "PERSON" else "O", match.start(), match.end(), referent,
                              via="pronoun" if wanted == "PERSON" else "reference"))
    return found


def _masked(text: str, *, start: int, end: int, slots: list[Slot], language: str) -> SlottedSentence:
    pieces, cursor = [], start
    for number, slot in enumerate(slots):
        pieces.append(text[cursor:slot.start])
        pieces.append(f"⟦{slot.kind}{number}⟧")
        cursor = slot.end
    pieces.append(text[cursor:end])
    masked = "".join(pieces)
    # Titles are found in the masked text, so that "⟦O0⟧-Präsident" yields a bare "Präsident".
    titles = [t for t in find_roles(masked, language=language) if not SLOT.search(masked[t.start:t.end])]
    if titles:
        slots, masked = _with_titles(masked, slots, titles)
    return SlottedSentence(start, end, text[start:end], masked, tuple(slots))


def _with_titles(masked: str, slots: list[Slot], titles: list[RoleMatch]) -> tuple[list[Slot], str]:
    slots = list(slots)
    pieces, cursor = [], 0
    for title in titles:
        pieces.append(masked[cursor:title.start])
        pieces.append(f"⟦R{len(slots)}⟧")
        slots.append(Slot("R", -1, -1, role=title, via="title"))
        cursor = title.end
    pieces.append(masked[cursor:])
    return slots, "".join(pieces)
