"""Money figures of an article: each amount with the year(s) it covers, what it is for
(R&D, investment, funding, ...), whether it is planned or actual, and whose money it is.

A figure's period is the year expression closest to it in its sentence, never across another
amount ("im Jahr 2024 24 Milliarden Yuan und im Jahr 2025 30 Milliarden Yuan" gives two
figures). Kind and status come from the nearest cue word in the clause; the organisation is
the one named nearest before the amount, else the company the article is about.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from .money import Money
from .names import Entity
from .periods import Period
from .result import Figure, FigureKind, FigureStatus
from .units import Sentence

_KIND_CUES: dict[str, dict[FigureKind, str]] = {
    "de": {
        "rd_spending": r"Forschung und Entwicklung|Forschungs- und Entwicklungs\w*|F&E\w*|FuE|R&D|Forschungs\w*"
                       r"|Entwicklungs(?:kosten|ausgaben|budget)\w*",
        "investment": r"investier\w*|Investition\w*|Invest\w*|Ausgaben|ausgeben|ausgegeben|Capex|stecken|steckt",
        "funding": r"Finanzierungsrunde\w*|eingesammelt|sammelte\w*|einsammeln|Wagniskapital|Series [A-F]"
                   r"|Finanzierung\w*|Kapitalspritze",
        "revenue": r"Umsatz\w*|Umsätze\w*|Erlös\w*|Einnahmen|erlöst\w*|setzte|umgesetzt",
        "profit": r"Gewinn\w*|Überschuss\w*|Verlust\w*|Ergebnis\w*|EBIT\w*|verdient\w*",
        "salary": r"Gehalt\w*|Gehälter\w*|Vergütung\w*|Bonus\w*",
        "valuation": r"Bewertung\w*|bewertet\w*|Marktwert",
    },
    "en": {
        "rd_spending": r"R&D|research and development|research(?: spending| budget| costs)?",
        "investment": r"invest\w*|capital expenditure|capex|spend\w*|spent|outlays?",
        "funding": r"rais\w*|funding|financing|Series [A-F]|seed round|round",
        "revenue": r"revenues?|sales|turnover",
        "profit": r"profits?|net income|earnings|loss(?:es)?|EBIT\w*|operating income",
        "salary": r"salary|salaries|pay(?: package)?|compensation|bonus",
        "valuation": r"valuation|valued|valuing",
    },
    "fr": {
        "rd_spending": r"R&D|recherche et (?:le )?développement|recherche",
        "investment": r"invest\w*|dépens\w*|consacr\w*",
        "funding": r"levé\w*|lever|lève|levée de fonds|tour de table|financement|série [A-F]",
        "revenue": r"chiffre d['’]affaires|revenus?|ventes",
        "profit": r"bénéfices?|résultat net|résultat opérationnel|pertes?|EBITDA|marge",
        "salary": r"salaires?|rémunération",
        "valuation": r"valorisation|valoris\w*",
    },
}
# "Invest" and "spend" are general: "spent $29.5 billion on research and development" is R&D.
# A general cue counts only where it is much nearer to the amount than any specific one.
_GENERAL = {"investment": 1 / 6}

_STATUS_CUES: dict[str, dict[FigureStatus, str]] = {
    "de": {
        "planned": r"soll\w*|will|wollen|plan\w*|geplant|Plän\w*|beabsichtig\w*|vorgesehen|Ziel\w*|anpeil\w*"
                   r"|anvisiert|erwart\w*|rechnet|prognostiz\w*|voraussichtlich|kündigt\w* an|angekündigt|wird"
                   r"|werden|bis (?:Ende )?(?:19|20)\d\d",
        "actual": r"gab|gaben|investierte\w*|ausgegeben|erzielt\w*|stieg|sank|lag|lagen|betrug|hatte|war|wurde"
                  r"|sammelte|eingesammelt|meldete|verbuchte|erwirtschaftete|erlöste",
    },
    "en": {
        "planned": r"will|plans?|planned|planning|aims?|aiming|targets?|expects?|expected|forecasts?|projected"
                   r"|pledged?|pledges|commit\w*|intends?|is to|are to|set to|would|budgeted|earmarked|outlook"
                   r"|guidance|by (?:the end of )?(?:19|20)\d\d",
        "actual": r"spent|invested|raised|reported|posted|was|were|rose|fell|had|generated|earned|recorded"
                  r"|totalled|totaled|reached|grew|came in",
    },
    "fr": {
        "planned": r"prévoi\w*|prévu\w*|va|vont|compte|envisag\w*|s['’]engag\w*|objectif\w*|devrai\w*|ambitionn\w*"
                   r"|entend\w*|projet\w*|\w+(?:era|eront|erait|eraient|ira|iront|irait|iraient)|d['’]ici",
        "actual": r"a investi|a dépensé|a levé|a réalisé|a enregistré|était|a atteint|s['’]est élevée?|avait"
                  r"|a généré|a affiché|a publié|ont atteint",
    },
}
# Where a clause ends inside a sentence: enough to keep "spent X, and expects Y" apart.
_CLAUSE_BREAK = re.compile(r";|, (?:and|but|while|whereas|und|aber|während|doch|et|mais|tandis que|alors que)\b"
                           # "spent 35 trillion won in 2024 and plans to invest 60 trillion won between 2025 and 2028"
                           r"| (?:and|und|et) (?:plans|expects|aims|intends|wants|will|hopes|targets|plant|will|soll"
                           r"|erwartet|rechnet|prévoit|compte|vise|entend|souhaite)\b")
# A year in these phrases dates the company, not the money ("founded in 2019", "das 2021 gegründete").
_NOT_A_FIGURE_YEAR = re.compile(
    r"(?:founded|established|since|seit|gegründet|fondée?|créée?|depuis)(?: in| en| im Jahr| im)?\s*$", re.IGNORECASE
)
# "SHENZHEN, 22 September 2025 — BYD will spend ...": the article's date, not the money's year.
_DATELINE = re.compile(r"\s*(?:\([^)]{1,30}\)\s*)?[—–-]\s")
_DATELINE_REACH = 300  # characters from the top where a full date is the article's date
_FOUNDING_AFTER = re.compile(r"^\s*(?:gegründete[nmrs]?|founded|fondée?|créée?)\b", re.IGNORECASE)
# An amount restated in another currency: "380 billion yuan ($53 billion)", "(etwa 20 Mrd. Euro)".
_EQUIVALENT = re.compile(
    r"^\s*(?:\(|,\s*(?:or|oder|soit|umgerechnet|equivalent to)\s)\s*(?:umgerechnet |soit |about |rund |etwa |"
    r"environ |ca\. |approximately |roughly |around |some )?$", re.IGNORECASE
)
_FOREIGN = re.compile(r"(?:from|led by|von|vom|angeführt von|unter Führung von|de la part de|mené par|auprès de)"
                      r"(?: [\w-]+){0,2}\s+$",
                      re.IGNORECASE)
_RELATIVE = re.compile(r"Vorjahr|year (?:earlier|before)|(?:previous|prior) year|année précédente|an plus tôt",
                       re.IGNORECASE)
_PERIOD_REACH = 150  # characters; further apart, a year and an amount are not read together
# "¥590 billion in fiscal 2023", "im Jahr 2024 24 Mrd.": a year this close belongs to the amount.
_BOUND_BEFORE = re.compile(r"^\s*(?:rund|etwa|knapp|über|mehr als|fast|gut|ca\.|about|around|nearly|more than"
                           r"|over|some|roughly|environ|près de|plus de|quelque)?\s*$", re.IGNORECASE)
_BOUND_AFTER = re.compile(r"^\s*(?:in|im|en|for|für|pour|during|au cours de|in the year|im Jahr|in fiscal)?\s*$",
                          re.IGNORECASE)


@dataclass(frozen=True)
class _Context:
    text: str
    language: str
    dateline: int | None
    main_company: Entity | None


def find_figures(text: str, *, money: Sequence[Money], periods: Sequence[Period],
                 sentences: Sequence[Sentence], language: str, dateline: int | None,
                 main_company: Entity | None) -> list[Figure]:
    """One figure per amount, restatements in another currency left out, in text order."""
    context = _Context(text, language, dateline, main_company)
    primary = [m for i, m in enumerate(money) if not (i and _EQUIVALENT.match(text[money[i - 1].end:m.start]))]
    figures = []
    for amount in primary:
        sentence = next((s for s in sentences if s.start <= amount.start < s.end), None)
        if sentence is not None:
            figures.append(_figure(amount, sentence=sentence, money=primary, periods=periods,
                                   sentences=sentences, context=context))
    return _without_repeats(figures)


def _without_repeats(figures: list[Figure]) -> list[Figure]:
    """A headline or summary repeats an amount the text gives again: keep one figure per amount,
    currency and period (the one with the longest sentence), and none without a year when the
    same amount is dated elsewhere."""
    dated = {(f.amount, f.currency) for f in figures if f.period_end is not None}
    best: dict[tuple, Figure] = {}
    for figure in figures:
        if figure.period_end is None and (figure.amount, figure.currency) in dated:
            continue
        key = (figure.amount, figure.currency, figure.period_start, figure.period_end)
        if key not in best or len(figure.sentence) > len(best[key].sentence):
            best[key] = figure
    kept = set(map(id, best.values()))
    return [f for f in figures if id(f) in kept]


def _figure(amount: Money, *, sentence: Sentence, money: Sequence[Money], periods: Sequence[Period],
            sentences: Sequence[Sentence], context: _Context) -> Figure:
    period = _period(amount, sentence=sentence, money=money, periods=periods, text=context.text)
    clause = _clause(amount, sentence=sentence)
    kind = _kind(amount, clause=clause, context=context)
    status = _status(amount, clause=clause, period=period, context=context)
    org = _organization(amount, sentence=sentence, sentences=sentences, context=context)
    return Figure(
        text=amount.text, amount=amount.amount, currency=amount.currency, qualifier=amount.qualifier,
        period_start=period.first if period else None, period_end=period.last if period else None,
        kind=kind, status=status, organization=org.name if org else None,
        sentence=sentence.text.strip(), start=amount.start, end=amount.end,
    )


def _period(amount: Money, *, sentence: Sentence, money: Sequence[Money], periods: Sequence[Period],
            text: str) -> Period | None:
    """The closest year expression of the sentence that no other amount (``money`` holds no
    restatements) stands between."""
    best, best_cost = None, float("inf")
    clause = _clause(amount, sentence=sentence)
    for period in periods:
        if not (sentence.start <= period.start < sentence.end):
            continue
        if _dates_the_company(period, text=text, start=sentence.start) or _is_dateline(period, text=text):
            continue
        lo, hi = (amount.end, period.start) if period.start >= amount.end else (period.end, amount.start)
        if hi - lo > _PERIOD_REACH or any(lo <= m.start < hi for m in money if m is not amount):
            continue
        gap = text[lo:hi]
        bound = _BOUND_BEFORE.match(gap) if period.end <= amount.start else _BOUND_AFTER.match(gap)
        comma = 20 if re.search(r"[,;:]", gap) else 0  # "im Jahr 2024 54 Mrd., 2023 waren es 39 Mrd."
        cost = 0 if bound else (hi - lo) + comma + (0 if clause[0] <= period.start < clause[1] else 100)
        if cost < best_cost:
            best, best_cost = period, cost
    if best is None:  # "über 600 Mio., nach 150 Mio. im Vorjahr": the year the relative one counts from
        relative = [p for p in periods if sentence.start <= p.start < sentence.end and _RELATIVE.search(p.text)]
        if relative and relative[0].first is not None:
            year = relative[0].last + 1
            return Period(relative[0].start, relative[0].end, relative[0].text, year, year)
    if best is None or best_cost >= 100:  # nothing in the amount's clause: the sentence's own year
        own = [p for p in periods if sentence.start <= p.start < sentence.end and re.search(r"\d{4}", p.text)
               and not _dates_the_company(p, text=text, start=sentence.start) and not _is_dateline(p, text=text)]
        best = own[0] if own else best
    return best


def _is_dateline(period: Period, *, text: str) -> bool:
    """The article's own date at its top ("LONDON, 12 June 2025 –", "Berlin, den 3.6.2025."): when it
    was written, not what year the money is for."""
    return bool(_DATELINE.match(text[period.end:]) or (period.is_date and period.start < _DATELINE_REACH))


def _dates_the_company(period: Period, *, text: str, start: int) -> bool:
    return bool(_NOT_A_FIGURE_YEAR.search(text[max(start, period.start - 25):period.start])
                or _FOUNDING_AFTER.match(text[period.end:period.end + 20]))


def _clause(amount: Money, *, sentence: Sentence) -> tuple[int, int]:
    start, end = sentence.start, sentence.end
    for brk in _CLAUSE_BREAK.finditer(sentence.text):
        position = sentence.start + brk.start()
        if position < amount.start:
            start = position
        elif position >= amount.end:
            end = min(end, position)
    return start, end


@lru_cache(maxsize=32)
def _cue_pattern(words: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{words})(?![\w])", re.IGNORECASE)


def _nearest_cue(amount: Money, *, clause: tuple[int, int], cues: dict, text: str,
                 weights: dict[str, float] | None = None) -> str | None:
    best, best_distance = None, float("inf")
    for name, words in cues.items():
        for match in _cue_pattern(words).finditer(text, *clause):
            if amount.start <= match.start() < amount.end:
                continue
            distance = match.start() - amount.end if match.start() >= amount.end else amount.start - match.end()
            distance /= (weights or {}).get(name, 1.0)
            if distance < best_distance:
                best, best_distance = name, distance
    return best


def _kind(amount: Money, *, clause: tuple[int, int], context: _Context) -> FigureKind:
    """The nearest cue's kind; money spent or invested "on"/"in" something specific takes that
    thing's kind ("spend 50bn yuan on robotics research": R&D)."""
    cues = _KIND_CUES.get(context.language, {})
    kind = _nearest_cue(amount, clause=clause, cues=cues, text=context.text, weights=_GENERAL) or "other"
    if kind == "investment":
        after = context.text[amount.end:clause[1]]
        target = re.match(r"[^.;]{0,20}?\b(?:on|in|into|for|für|in die|dans|à la|à|pour)\b([^.;]{0,60})", after)
        specific = {k: v for k, v in cues.items() if k in ("rd_spending",)}
        if target and any(_cue_pattern(v).search(target.group(1)) for v in specific.values()):
            return "rd_spending"
    return kind


def _status(amount: Money, *, clause: tuple[int, int], period: Period | None, context: _Context) -> FigureStatus:
    """A year before the article's is history ("up from ₩32.8 trillion a year earlier" next to
    "is expected to"); else the nearest cue; else a year after the article's is a plan."""
    if period is not None and context.dateline is not None and period.last < context.dateline:
        return "actual"
    if period is not None and _RELATIVE.search(period.text) and period.last <= (context.dateline or period.last):
        return "actual"
    cue = _nearest_cue(amount, clause=clause, cues=_STATUS_CUES.get(context.language, {}), text=context.text)
    if cue:
        return cue
    if period is not None and context.dateline is not None and period.last > context.dateline:
        return "planned"
    return "actual"


def _organization(amount: Money, *, sentence: Sentence, sentences: Sequence[Sentence],
                  context: _Context) -> Entity | None:
    """Whose money: the company named nearest before the amount in its sentence (not an investor
    "from"/"led by", a news outlet or a university), else after it, else a person's company,
    else the company of the sentences before, else the company the article is about."""
    text = context.text
    candidates = [s for s in sentence.organisations() if s.entity.kind == "company"
                  and not _FOREIGN.search(text[max(0, s.start - 25):s.start])
                  and not re.search(r"(?:\(|ex-)\s*$", text[max(0, s.start - 5):s.start])]
    before = [s for s in candidates if s.end <= amount.start]
    after = [s for s in candidates if s.start >= amount.end]
    if before:
        return before[-1].entity
    if after:
        return after[0].entity
    index = sentence.index
    for earlier in reversed(sentences[max(0, index - 2):index]):
        companies = [s.entity for s in earlier.organisations() if s.entity.kind == "company"
                     and not _FOREIGN.search(text[max(0, s.start - 25):s.start])]
        if companies:
            return context.main_company if context.main_company in companies else companies[-1]
    return context.main_company
