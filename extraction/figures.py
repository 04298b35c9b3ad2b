"""Money figures of an article: each amount with the year(s) it covers, what it is for
(R&D, investment, funding, ...), whether it is planned or actual, and whose money it is.

A figure's period is the year expression closest to it in its sentence, never across another
amount ("im Jahr 2024 24 Milliarden Yuan und im Jahr 2025 30 Milliarden Yuan" gives two
figures). Kind and status come from the nearest cue word in the clause; the organisation is the one the
clause makes the amount's spender or receiver (``spenders``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Generic, TypeVar

from .clauses import clause_around, embedded, outside
from .lexicon import alternation_by_initial, lexicon
from .lexicon.amounts import KindCue, cue_regex, cue_word_regex, figure_words, money_words, period_words
from .money import Money
from .names import Entity
from .periods import Period
from .result import Figure, FigureKind, FigureStatus, with_statement_year
from .spenders import spender
from .units import Sentence, Unit

# "SHENZHEN, 22 September 2025 — BYD will spend ...": the article's date, not the money's year.
_DATELINE = re.compile(r"\s*(?:\([^)]{1,30}\)\s*)?[—–-]\s")
_DATELINE_REACH = 300  # characters from the top where a full date is the article's date
# "Invest" and "spend" are general: "spent $29.5 billion on research and development" is R&D.
# A general cue counts only where it is much nearer to the amount than any specific one.
_GENERAL_WEIGHT = 1 / 6
_PERIOD_REACH = 150  # characters; further apart, a year and an amount are not read together
# A year past a comma is read with the amount only where none stands on its side of it: "2025 erzielte X einen Umsatz
# von 18 Mio. Euro, für dieses Jahr peilt X 45 Mio. Euro an" (the reach, so any year on the amount's side is nearer).
_PAST_A_COMMA = _PERIOD_REACH
_CLAUSE_PUNCTUATION = re.compile(r"[;:]|,(?!\d)|(?<!\d),")
_PART_REACH = 80  # characters between a part word ("davon", "of which") and its amount, past a subject of a few words
_PART_SENTENCE_REACH = 2  # sentences back where a part finds its whole when the sentence before has no money
_BOUND_REACH = 15  # characters between an amount and a year bound to it ("24 Mrd. Yuan im Jahr 2024")
_RESULTS = ("revenue", "profit")  # a sentence opening with one goes on with the results before it
_OPENING = re.compile(r"^\W*(?:\w+\W+){0,3}$")  # a sentence's first words: "Im vergangenen Jahr", "Au cours de"


_Cue = TypeVar("_Cue")


@dataclass(frozen=True)
class _Tagged(Generic[_Cue]):
    """The words of several cues as one pattern, the most specific first ("Forschungszentrum" before
    "Forschungs*"), and which cue each alternative belongs to."""

    pattern: re.Pattern[str]
    cues: Mapping[str, _Cue]  # group name -> cue

    @classmethod
    def of(cls, cues: Iterable[tuple[_Cue, Iterable[str]]]) -> _Tagged[_Cue]:
        entries = sorted(((word, cue) for cue, words in cues for word in words),
                         key=lambda entry: (-len(entry[0].replace("*", "")), entry[0]))
        groups = "|".join(f"(?P<c{i}>{cue_regex([word])})" for i, (word, _) in enumerate(entries))
        pattern = re.compile(rf"(?<![\w-]){_openings(word for word, _ in entries)}(?:{groups})(?!\w)", re.IGNORECASE)
        return cls(pattern, {f"c{i}": cue for i, (_, cue) in enumerate(entries)})

    def finditer(self, text: str, start: int, end: int) -> Iterator[tuple[_Cue, re.Match[str]]]:
        for match in self.pattern.finditer(text, start, end):
            yield self.cues[match.lastgroup or ""], match


def _openings(words: Iterable[str]) -> str:
    """A look-ahead for the first two letters of the words (up to a ``*``): no word starts unlike them, and
    checking them first spares trying every word at every word of the text (as ``roles`` does). Empty where a
    word starts with ``*`` (French future endings: "*era"), which any word may open."""
    heads = {word[:2].split("*")[0] for word in words}
    if "" in heads:
        return ""
    return f"(?={alternation_by_initial(sorted(heads), flags=re.IGNORECASE, written=cue_word_regex)})"


@dataclass(frozen=True)
class _Cues:
    """A language's figure words (``lexicon/<language>.figures.toml``) as patterns."""

    kinds: _Tagged[KindCue]
    status: _Tagged[str]  # "planned" | "actual"
    kind_link: re.Pattern[str]  # between a kind noun and its amount: "Umsatz von", "valued at"
    weekday: re.Pattern[str]  # "am Mittwoch", "on Wednesday", "mardi"
    topic: re.Pattern[str]  # a sentence going on with the one before: "The round ...", "Net profit ..."
    target_opening: re.Pattern[str]  # a sentence giving the target for the figure before: "Geplant waren ..."
    results: re.Pattern[str]  # a word for results: "Umsatz", "Verlust", "revenue"
    about_money: re.Pattern[str]  # a sentence whose subject is money: "The spending ...", "Die Investitionen ..."
    term: re.Pattern[str]  # what a deal pays for and the time it takes: "contract", "der Bau", "les travaux"
    worth: re.Pattern[str]  # a sentence saying what a deal is worth: "Der Auftragswert ...", "Le montant ..."
    purpose: re.Pattern[str]  # a sentence saying what the money pays for is the plan before: "Dafür sind ..."
    topic_verb: re.Pattern[str]  # after a year a sentence is about: "Das Geschäftsjahr 2024 war ..."
    targets: re.Pattern[str]  # what a year's results are measured against: "Ziele", "targets", "objectifs"
    results_of: re.Pattern[str]  # before the year of the results a sentence announces: "published its results for "
    equivalent: re.Pattern[str]  # between an amount and its restatement: " (", "..., umgerechnet etwa "
    part_before: re.Pattern[str]  # before a part of the amount before: "davon", "of which"
    part_after: re.Pattern[str]  # after it: "$2.5 billion of it"
    comparison: re.Pattern[str]  # right before a comparison base: "up from", "nach"
    comparing: re.Pattern[str]  # a comparison word or comparative anywhere: "from a loss a year earlier", "so hoch wie"
    comparative: re.Pattern[str]  # a comparative anywhere: "so hoch wie", "twice"
    defining: re.Pattern[str]  # before a threshold in its sentence: "so nennt", "start-ups with ..."
    threshold_before: re.Pattern[str]  # "die Schwelle von", "a threshold of", a floor: "dès", "ab"
    threshold_after: re.Pattern[str]  # "the £25bn threshold"
    condition: re.Pattern[str]  # a condition word opening the amount's clause: "only if annual operating profit"
    exceeding_before: re.Pattern[str]  # a verb of exceeding right before the amount: "exceeds ", "dépassent "
    exceeding_after: re.Pattern[str]  # ... or right after it: " übersteigt"
    market: re.Pattern[str]  # a market whose size an amount may give: "market", "marché", "*markt"
    per_unit: re.Pattern[str]  # right after a price of any size: "per flight", "je Megawattstunde", "par tir"
    apiece: re.Pattern[str]  # right after a price of any size: "l'unité", "apiece", "pro Stück"
    per_article: re.Pattern[str]  # right after a small price: "a tonne", "l'heure"
    per_before: re.Pattern[str] | None  # before a small price in its sentence: "revenue per available room was"
    # a small price between an article and the noun it modifies: "a $1,499 cover", "a $19-a-month subscription"
    article_before: re.Pattern[str] | None  # the article before the amount: "a "
    modifies: re.Pattern[str]  # after the amount, a word that is no grammar word, perhaps hyphenated to it
    price: re.Pattern[str]  # a price's sentence: "shares rose to", "kostet", "se vend"
    single: re.Pattern[str]  # one thing priced: "ein einzelner", "a single", "une seule"
    bound_before: re.Pattern[str]  # between a year and its amount: "im Jahr 2024 rund 24 Mrd."
    bound_after: re.Pattern[str]  # between an amount and its year: "24 Mrd. Yuan im Jahr 2024"
    target: re.Pattern[str]  # what money is spent on: "spend ... on robotics research"
    joined: re.Pattern[str]  # between an amount and the next it is joined to: "... à l'achat de robots et "
    against: re.Pattern[str]  # between an actual amount and its plan, or a plan and its outcome: ", geplant waren "
    at_the_time: re.Pattern[str]  # back to a span's first year: "seit 2023 …, der damals 40 Mio. Euro gezahlt hatte"
    range_to: re.Pattern[str]  # between the two ends of a range: " to ", " bis ", " à "
    revised: re.Pattern[str]  # between a plan and the earlier plan for its years: "statt bisher", "previous forecast"
    passive: re.Pattern[str] | None  # a plan's auxiliary, then the participle that ends its clause: "wird ... bewertet"


def _what_a_threshold_is_of(language: str) -> str:
    """The words between a threshold noun and its amount: what it applies to, then "of" and perhaps a word of
    time ("den EU-Schwellenwert für Sektorenauftraggeber von derzeit 443.000 Euro")."""
    of = cue_regex(lexicon(language).classes.get("of", ()))
    return rf"(?:[^\s.;,]+\s+){{0,3}}?(?:{of})\s+(?:[^\s.;,]+\s+)?"


@lru_cache(maxsize=8)
def _cues(language: str) -> _Cues:
    words, money = figure_words(language), money_words(language)
    about = [w for w, q in money.qualifiers.items() if q == "about"]
    conversions = cue_regex(words.conversions)
    results = cue_regex(w for cue in words.kinds if cue.kind in _RESULTS for w in cue.words)
    money_words_of_kinds = cue_regex(w for cue in words.kinds for w in cue.words)
    openers = words.years.get("topic_openers", ())
    targets = words.years.get("target_openers", ())
    purposes = words.years.get("purpose_openers", ())
    # a possessive (the lexicon's class "poss") opens a sentence going on with the one before only before a money
    # word: "Ses dépenses de R&D se sont élevées à ...", not "Ses concurrents ont ..."
    possessives = lexicon(language).classes.get("poss", frozenset())
    openers_and_possessives = cue_regex((*openers, *possessives))
    conditions = cue_regex(words.definitions.get("conditions", ()))
    exceeding = cue_regex(words.definitions.get("exceeding", ()))
    and_words = cue_regex(lexicon(language).classes.get("and", ()))
    further = cue_regex(words.parts.get("further", ()))
    return _Cues(
        kinds=_Tagged.of((cue, cue.words) for cue in words.kinds),
        status=_Tagged.of(words.status.items()),
        kind_link=re.compile(rf"^\s*(?:[\w'’-]+\s+){{0,2}}?(?:{cue_regex(words.kind_links)})\s+"
                             rf"(?:(?:{cue_regex(money.qualifiers)})\s+)?$", re.IGNORECASE),
        weekday=_whole_words(sorted(period_words(language).weekdays)),
        topic=re.compile(rf"\s*(?:(?:{cue_regex(openers)})(?:(?<=['’])|\s+)|(?:[\w-]+\s+)?"
                         rf"(?:{results})\b|(?:{cue_regex(possessives)})\s+(?:[\w-]+\s+)?"
                         rf"(?:{money_words_of_kinds})\b)", re.IGNORECASE),
        target_opening=re.compile(rf"\s*(?:{cue_regex(targets)})(?!\w)" if targets else "(?!)", re.IGNORECASE),
        results=re.compile(rf"(?<!\w)(?:{results})", re.IGNORECASE),
        about_money=re.compile(rf"\s*(?:{openers_and_possessives})(?:(?<=['’])|\s+)(?:[\w-]+\s+)?"
                               rf"(?:{money_words_of_kinds})\b", re.IGNORECASE),
        term=_whole_words(words.years.get("term_nouns", ())),
        worth=re.compile(rf"\s*(?:{openers_and_possessives})(?:(?<=['’])|\s+)(?:[\w-]+\s+)?"
                         rf"(?:{cue_regex((*words.years.get('worth_nouns', ()), *words.years.get('term_nouns', ())))})"
                         rf"(?!\w)", re.IGNORECASE),
        purpose=re.compile(rf"\s*(?:{cue_regex(purposes)})(?!\w)" if purposes else "(?!)", re.IGNORECASE),
        targets=_whole_words(words.years.get("target_nouns", ())),
        topic_verb=re.compile(rf"\s*(?:{cue_regex(words.years.get('topic_verbs', ()))})(?!\w)", re.IGNORECASE),
        results_of=re.compile(rf"(?<!\w)(?:{cue_regex(words.years.get('results_nouns', ()))})"
                              rf"(?:\s+(?:{cue_regex(words.years.get('bound_after', ()))}))?\s+$", re.IGNORECASE),
        # "12 Mrd. Yuan (1,6 Mrd. Euro)", "2 Mrd. Euro in das Land fließen, umgerechnet etwa 186 Mrd. Rupien"
        # also a comma and a rounding word alone: "rund 320 Millionen Yuan, etwa 39 Millionen Euro"; the bracket
        # may follow a short word that closes the verb: "setzte 95 Millionen Kronen um (umgerechnet etwa ...)"
        equivalent=re.compile(rf"^(?:(?:\s+[a-zäöü]{{2,4}})?\s*\(|[^.;()]*?,\s*(?:{conversions})\s"
                              rf"|,\s*(?=(?:{cue_regex(about)})\s))\s*"
                              rf"(?:(?:{conversions}|{cue_regex(about)})\s+){{0,2}}$", re.IGNORECASE),
        part_before=_whole_words(words.parts.get("before", ())),
        passive=re.compile(rf"[^,.;:–—()]*?(?<![\w-])(?:{'|'.join(words.passive['participles'])})(?=\s*(?:[,.;:–—()]|$))",
                           re.IGNORECASE) if words.passive.get("participles") else None,
        joined=re.compile(rf"(?:[^.;:]{{0,40}}(?<![\w-])(?:{and_words})|[^.;:]{{0,90}}(?<![\w-])(?:{and_words})\s+"
                          rf"(?:{further}))\s+(?:(?:{cue_regex(money.qualifiers)})\s+)?", re.IGNORECASE),
        part_after=re.compile(rf"^\s*(?:{cue_regex(words.parts.get('after', ()))})(?!\w)", re.IGNORECASE),
        against=_whole_words(words.years.get("measured_against", ())),
        at_the_time=_whole_words(words.years.get("at_the_time", ())),
        range_to=re.compile(rf"\s*(?:[-–]|(?:{cue_regex(words.years.get('range_to', ()))}))\s*"
                            rf"(?:(?:{cue_regex(money.qualifiers)})\s+)?", re.IGNORECASE),
        revised=_whole_words(words.years.get("revised_from", ())),
        comparison=re.compile(rf"(?<!\w)(?:{cue_regex(words.comparisons)})\s+(?:(?:{cue_regex(money.qualifiers)})\s+)?$",
                              re.IGNORECASE),
        comparing=_whole_words(words.comparisons + words.comparatives),
        comparative=_whole_words(words.comparatives),
        defining=_defining(words.definitions),
        threshold_before=re.compile(rf"(?<!\w)(?:(?:{cue_regex(words.definitions.get('thresholds', ()))})\s+"
                                    rf"(?:\S{{1,3}}\s+|{_what_a_threshold_is_of(language)})?"
                                    rf"(?:(?:{cue_regex(money.qualifiers)})\s+)?"
                                    rf"|(?:{cue_regex(words.definitions.get('floors', ()))})(?:\s+|(?<=['’])))$",
                                    re.IGNORECASE),
        # right after the amount, perhaps after the one word of what it is a threshold of: "the 10 million pound
        # revenue mark"
        threshold_after=re.compile(rf"^\s*(?:[\w-]+\s+)?(?:{cue_regex(words.definitions.get('thresholds', ()))})"
                                   rf"(?!\w)", re.IGNORECASE),
        condition=re.compile(rf"(?<!\w)(?:{conditions})(?:\s|(?<=['’]))[^,;:]*$", re.IGNORECASE),
        exceeding_before=re.compile(rf"(?<!\w)(?:{exceeding})\s+(?:(?:{cue_regex(money.qualifiers)})\s+)?$",
                                    re.IGNORECASE),
        exceeding_after=re.compile(rf"\s*(?:{exceeding})(?!\w)", re.IGNORECASE),  # matched at the amount's end
        market=_whole_words(words.definitions.get("markets", ()) + words.definitions.get("client_money", ())),
        per_unit=_per(words.prices, "per", language=language),
        apiece=re.compile(rf"^\s+(?:{cue_regex(words.prices.get('apiece', ())) or '(?!)'})(?![\w-])", re.IGNORECASE),
        per_article=_per(words.prices, "per_article", language=language),
        per_before=_per_before(words.prices, language=language),
        article_before=re.compile(rf"(?<!\w)(?:{cue_regex(articles)})\s+$", re.IGNORECASE) if (
            articles := words.prices.get("article_before", ())) else None,
        modifies=_modifies(language),
        price=_whole_words(words.prices.get("words", ())),
        single=_whole_words(words.prices.get("single", ())),
        bound_before=re.compile(rf"^\s*(?:{cue_regex(money.qualifiers)})?\s*$", re.IGNORECASE),
        bound_after=re.compile(rf"^\s*(?:{cue_regex(words.years.get('bound_after', ()))})?\s*$", re.IGNORECASE),
        target=re.compile(rf"[^.;]{{0,20}}?\b(?:{cue_regex(words.targets)})\b([^.;]{{0,60}})", re.IGNORECASE),
    )


def _per(prices: Mapping[str, tuple[str, ...]], words: str, *, language: str) -> re.Pattern[str]:
    """Right after an amount, a word of ``prices[words]`` before a unit, not a time ("per flight", not "per year")
    nor an article, which makes the word the agent's "by" ("estimé à 79,9 milliards d'euros par le groupe")."""
    return re.compile(rf"^\s+(?:{cue_regex(prices.get(words, ()))})(?:\s+|(?<=['’]))"
                      rf"(?!{_no_unit(prices, language=language)})\w", re.IGNORECASE)


def _per_before(prices: Mapping[str, tuple[str, ...]], *, language: str) -> re.Pattern[str] | None:
    """Before an amount in its sentence, a word of ``prices["per_before"]`` before a unit, not a time: "Revenue per
    available room at its hotels was 128 euros" (where the word cannot also be an agent's "by")."""
    if not prices.get("per_before"):
        return None
    return re.compile(rf"(?<![\w-])(?:{cue_regex(prices['per_before'])})\s+(?!{_no_unit(prices, language=language)})\w",
                      re.IGNORECASE)


def _no_unit(prices: Mapping[str, tuple[str, ...]], *, language: str) -> str:
    """A word after "per" that makes it no price of one thing: a time ("per year") or an article, which makes the word
    an agent's "by" ("par le groupe")."""
    return rf"(?:{cue_regex(prices.get('per_not', ()) + tuple(lexicon(language).classes.get('det', ())))})(?![\w-])"


def _modifies(language: str) -> re.Pattern[str]:
    """After an amount, a word that is neither a preposition, an article nor a conjunction, perhaps after a hyphened
    phrase: the noun the amount modifies ("$1,499 cover", "$19-a-month subscription"), not "$500 in cash", nor a
    word of money's kind ("a $500,000 bonus" is pay)."""
    grammar = cue_regex(sorted(lexicon(language).grammar_words))
    kinds = cue_regex(w for cue in figure_words(language).kinds for w in cue.words)
    return re.compile(rf"^(?:-[\w-]+)?\s+(?!(?:{grammar})(?!\w))(?![\w\s-]{{0,20}}?(?:{kinds}))[a-z]", re.IGNORECASE)


def _defining(definitions: Mapping[str, tuple[str, ...]]) -> re.Pattern[str]:
    """A verb of defining or a threshold noun anywhere before, a class noun restricted by a relative word
    just before ("Start-ups, die mit mehr als", "start-ups with annual sales of less than", "firms in critical
    sectors with at least", "les sociétés du secteur à avoir levé plus de"), or any thing of a class in the clause
    ("tout équipement portuaire connecté d'une valeur supérieure à", "any energy project costing more than")."""
    words = cue_regex(definitions.get("words", ()) + definitions.get("thresholds", ()))
    restricted = (rf"(?:{cue_regex(definitions.get('class_nouns', ()))}),?\s+(?:[\w-]+\s+){{0,3}}?"
                  rf"(?:{cue_regex(definitions.get('restrictive', ()))})\s[^.;]{{0,60}}")
    every = rf"(?:{cue_regex(definitions.get('every', ()))})\s[^.;,]{{0,80}}" if definitions.get("every") else "(?!)"
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)|(?<!\w)(?:{restricted}|{every})$", re.IGNORECASE)


def _whole_words(words: Sequence[str]) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{cue_regex(words)})(?![\w])", re.IGNORECASE)


@dataclass(frozen=True)
class _Context:
    text: str
    language: str
    dateline: int | None
    main_company: Entity | None


def find_figures(text: str, *, money: Sequence[Money], periods: Sequence[Period],
                 sentences: Sequence[Sentence], language: str, dateline: int | None,
                 main_company: Entity | None) -> list[Figure]:
    """One figure per amount that is no definition or threshold, in text order. An amount that is part
    of the one before ("5 Mrd. Euro, davon 3 Mrd. Euro") takes its whole's kind, organisation and, unless
    it has its own, years and status, and points to it (``part_of``). An amount restated in another
    currency ("12 Mrd. Yuan (1,6 Mrd. Euro)") gives a second figure with the first one's period, kind,
    status and organisation that points to it (``conversion_of``)."""
    context = _Context(text, language, dateline, main_company)
    restates = _restatements(money, context=context)
    primary = [m for i, m in enumerate(money) if i not in restates]
    figures: dict[int, Figure] = {}
    for index, amount in enumerate(primary):
        sentence = next((s for s in sentences if s.start <= amount.start < s.end), None)
        if sentence is None:
            continue
        if _defines(amount, sentence=sentence, context=context) or _prices_one_thing(amount, sentence=sentence,
                                                                                     context=context):
            continue
        whole = _whole(index, money=primary, sentence=sentence, sentences=sentences, context=context)
        before = sentences[sentence.index - 1] if sentence.index else None
        # the sentence before is about its latest year, not the base it compares with ("narrowed to 96 million
        # euros in 2025 from 240 million euros in 2024")
        previous = sorted((f for f in figures.values() if before is not None and before.start <= f.start < before.end),
                          key=lambda f: f.period_end if f.period_end is not None else -1)
        beside = [f for f in figures.values() if sentence.start <= f.start < amount.start and f.part_of is None]
        figure = _figure(amount, sentence=sentence, money=primary, periods=periods, sentences=sentences,
                         context=context, whole=figures.get(whole.start) if whole else None,
                         previous=previous[-1] if previous else None, beside=beside[-1] if beside else None)
        if not _small_change(figure, sentence=sentence):
            figures[amount.start] = figure
    for index, original in restates.items():
        if money[original].start in figures:
            figures[money[index].start] = _restated(figures[money[original].start], money[index])
    ordered = sorted(figures.values(), key=lambda f: f.start)
    kept = _without_repeats(ordered, headline_end=_headline_end(text, sentences))
    return list(with_statement_year(kept, dateline=dateline))


def _headline_end(text: str, sentences: Sequence[Sentence]) -> int:
    """Where the headline ends: the first sentence, where a line break follows it; 0 where the text has none."""
    if len(sentences) < 2 or "\n" not in text[sentences[0].end:sentences[1].start]:
        return 0
    return sentences[0].end


def _defines(amount: Money, *, sentence: Sentence, context: _Context) -> bool:
    """Whether the amount defines a class or is a threshold or a condition, not money someone spends or receives:
    "the £25bn threshold", "unicorns – start-ups valued at more than $1 billion"."""
    cues, text = _cues(context.language), context.text
    before = text[sentence.start:amount.start]
    if cues.threshold_before.search(before) or cues.threshold_after.match(text[amount.end:amount.end + 30]):
        return True
    if cues.condition.search(before) and (cues.exceeding_before.search(before)
                                          or cues.exceeding_after.match(text, amount.end, amount.end + 30)):
        return True  # "only if annual operating profit exceeds 100 million crowns": a condition, no money
    if _sizes_a_market(amount, sentence=sentence, context=context):
        return True
    if amount.qualifier not in ("over", "under"):
        return False
    definition = cues.defining.search(before)
    if definition is None:
        return False
    # "companies with AI products raised more than $1 billion": a deed of its own makes it money; an
    # expectation is one more attribute of the class ("Neukunden mit einem erwarteten Zahlungsvolumen von")
    phrase = definition.group(0)
    return not any(cue == "actual" for cue, _ in cues.status.finditer(phrase, 0, len(phrase)))


def _sizes_a_market(amount: Money, *, sentence: Sentence, context: _Context) -> bool:
    """Whether the amount is a market's size (or client money a bank manages), no organisation's money: a market noun
    shortly before it in its clause and no money word ("revenue", "invest", "market value") in the clause before it,
    past a quotation that opens the sentence ("a market worth more than $10 billion", "« ... ce prix ... », prévient
    P, qui estime le marché européen à 30 milliards d'euros"; not "Revenue in the US market rose to $5 billion", "Le
    bénéfice net, l'indicateur suivi par le marché, s'est établi à ...")."""
    cues, text = _cues(context.language), context.text
    start = _clause(amount, sentence=sentence, context=context)[0]
    markets = list(cues.market.finditer(text, start, amount.start))
    if not markets or amount.start - markets[-1].end() > _MARKET_REACH:
        return False
    quoted = max((text.rfind(mark, start, markets[-1].start()) for mark in _CLOSING_QUOTES), default=-1)
    return next(cues.kinds.finditer(text, max(start, quoted), amount.start), None) is None


_MARKET_REACH = 60  # characters between a market noun and the amount that gives its size
_CLOSING_QUOTES = ("»", "”", "“", '"')  # German closes with “, English and French with ” or »


# Kinds of figure that are events, not running totals: the article's date dates one it reports (revenue or R&D of no
# stated year stay undated, and so do investment plans).
_NEWS_EVENTS = frozenset({"funding", "valuation", "other"})

# Organisations' money in business news runs to millions; a smaller amount with a price's words is what one
# thing costs (a salary, which has none, stays a figure).
_PRICE_CEILING = 1_000_000
# Below this no organisation's spending, revenue, funding or deal is news: what a phone, a wash, a ticket or an hour
# of work costs, a loan to one customer, an income limit. Only a person's pay is that small and still a figure.
_PAY_CEILING = 100_000


def _small_change(figure: Figure, *, sentence: Sentence) -> bool:
    """Whether the amount is what something costs, not an organisation's money: under a hundred thousand and no
    salary ("Eine Standardwäsche kostet 12 bis 15 Euro", "loans of up to 2,000 pounds", "un revenu inférieur à 30 000
    euros"), or under a million with no word of money's kind ("raised", "revenue") and no person in its sentence whose
    pay it could be ("nobody would pay 160 euros for a shoe"; not "a bonus of 600,000 euros")."""
    if abs(figure.amount) < _PAY_CEILING:
        return figure.kind != "salary"
    return abs(figure.amount) < _PRICE_CEILING and figure.kind == "other" and not sentence.people()


def _prices_one_thing(amount: Money, *, sentence: Sentence, context: _Context) -> bool:
    """Whether the amount is the price of one thing, not money spent or received: "$3,000 a tonne", "shares
    rose 1.4% to 94.50 euros", "Ein Gerät kostet rund 180.000 Euro", "Der Erlös pro Zimmer stieg auf 98 Euro"; of
    any size "9 million euros per flight" and "Ein einzelner Kryostat kostet bis zu drei Millionen Euro"."""
    cues, text = _cues(context.language), context.text
    after = text[amount.end:amount.end + 40]
    if cues.per_unit.match(after) or cues.apiece.match(after):
        return True
    priced = cues.price.search(text, sentence.start, sentence.end) is not None
    if abs(amount.amount) >= _PRICE_CEILING:  # a loss is written as a negative amount
        return priced and cues.single.search(text, sentence.start, amount.start) is not None
    modified = cues.article_before is not None and cues.article_before.search(text, sentence.start, amount.start)
    per_before = cues.per_before is not None and cues.per_before.search(text, sentence.start, amount.start)
    return (priced or cues.per_article.match(after) is not None or bool(modified and cues.modifies.match(after))
            or bool(per_before))


def _whole(index: int, *, money: Sequence[Money], sentence: Sentence, sentences: Sequence[Sentence],
           context: _Context) -> Money | None:
    """The amount that ``money[index]`` is part of: a part word stands just before it ("davon", "of which",
    "dont"), opens the sentence it is the first amount of ("Davon stellen die Länder rund 1,5 Mrd. Euro
    bereit") or stands just after it ("$2.5 billion of it"), and the whole is the nearest amount before it, in its
    sentence or the one before, that is no comparison base, and larger where the currency is the same (in its own
    sentence, a part may be in another currency: "600 Mio. Euro …; davon entfallen 650 Mio. Zloty")."""
    amount, cues, text = money[index], _cues(context.language), context.text
    previous_end = money[index - 1].end if index else 0
    before = text[max(sentence.start, previous_end, amount.start - _PART_REACH):amount.start]
    opening = previous_end <= sentence.start and cues.part_before.match(text, sentence.start)
    if not (cues.part_before.search(before) or opening
            or cues.part_after.match(text[amount.end:amount.end + _PART_REACH])):
        # "420 millions d'euros iront aux robots et 150 millions à la formation": a part joined to a part
        joined = index and sentence.start <= money[index - 1].start and cues.joined.fullmatch(text, previous_end,
                                                                                              amount.start)
        return _whole(index - 1, money=money, sentence=sentence, sentences=sentences, context=context) if joined \
            else None
    if cues.comparison.search(text[max(0, amount.start - 30):amount.start]):
        return None  # "up from £121m of the total"
    # a part may point past a sentence without money to its whole ("Of the total, …"; "… 85 Mio. Euro investieren.
    # Auf 18 Hektar sollen … wachsen. Auf die Geothermieanlage entfallen davon 23 Mio. Euro")
    reach = sentences[max(sentence.index - 1, 0)].start
    if not any(reach <= m.start < sentence.start for m in money):
        reach = sentences[max(sentence.index - _PART_SENTENCE_REACH, 0)].start
    for whole in reversed(money[:index]):
        if whole.start < reach:
            return None
        other_currency = whole.currency != amount.currency and whole.start >= sentence.start
        if ((other_currency or (whole.currency == amount.currency and whole.amount > amount.amount))
                and not cues.comparison.search(text[max(0, whole.start - 30):whole.start])):
            return whole
    return None


def _restatements(money: Sequence[Money], *, context: _Context) -> dict[int, int]:
    """Which amounts restate another in another currency: index -> the original's index ("X (Y, Z)":
    both Y and Z restate X)."""
    equivalent = _cues(context.language).equivalent
    restates: dict[int, int] = {}
    for i in range(1, len(money)):
        gap = context.text[money[i - 1].end:money[i].start]
        if money[i].currency != money[i - 1].currency and equivalent.match(gap):
            restates[i] = restates.get(i - 1, i - 1)
    return restates


def _restated(original: Figure, amount: Money) -> Figure:
    return replace(original, text=amount.text, amount=amount.amount, currency=amount.currency,
                   qualifier=amount.qualifier, start=amount.start, end=amount.end, conversion_of=original.start)


def _without_repeats(figures: list[Figure], *, headline_end: int) -> list[Figure]:
    """A headline or summary repeats an amount the text gives again: keep one figure per amount,
    currency and period (one that restates another, else the one with the longest sentence), and none
    without a year, nor one of the headline (which the dateline after it cannot date), when the body dates the
    same amount (unless it restates or is part of another: then it is another fact). A restatement of a figure left
    out points to the one kept in its place."""
    dated: dict[tuple, Figure] = {}
    for figure in sorted(figures, key=lambda f: f.start < headline_end):  # the body's years before the headline's
        if figure.period_end is not None:
            dated.setdefault((figure.amount, figure.currency), figure)
    best: dict[tuple, Figure] = {}
    for figure in figures:
        undated = figure.period_end is None or figure.start < headline_end
        if undated and not figure.derived and dated.get((figure.amount, figure.currency), figure) is not figure:
            continue
        key = _repeat_key(figure)
        if key not in best or (figure.derived, len(figure.sentence)) > (best[key].derived, len(best[key].sentence)):
            best[key] = figure
    kept = {id(f) for f in best.values()}
    # a figure left out is replaced by the one kept with its key, else (an undated one) by the one dated elsewhere
    moved = {f.start: best[_repeat_key(f) if _repeat_key(f) in best else _repeat_key(dated[(f.amount, f.currency)])]
             for f in figures if id(f) not in kept}
    return [_pointed_to(f, moved=moved) for f in figures if id(f) in kept]


def _pointed_to(figure: Figure, *, moved: dict[int, Figure]) -> Figure:
    """``figure`` pointing to the figures kept in place of those it restates or is part of; a restatement is the
    same fact, so it takes the kept figure's years, kind, status and organisation too."""
    if figure.conversion_of in moved:
        original = moved[figure.conversion_of]
        figure = replace(figure, conversion_of=original.start, period_start=original.period_start,
                         period_end=original.period_end, kind=original.kind, status=original.status,
                         organization=original.organization)
    if figure.part_of in moved:
        figure = replace(figure, part_of=moved[figure.part_of].start)
    return figure


def _repeat_key(figure: Figure) -> tuple:
    """Amount, currency and years; a single year and an open end in the same year are one fact read twice
    ("verschiebt auf 2029 – Kosten steigen auf 3,1 Mrd. Euro" in a headline, "bis zur Inbetriebnahme 2029 soll
    die Anlage 3,1 Mrd. Euro kosten" in the text)."""
    span = figure.period_start if figure.period_start != figure.period_end else None
    return figure.amount, figure.currency, span, figure.period_end


def _figure(amount: Money, *, sentence: Sentence, money: Sequence[Money], periods: Sequence[Period],
            sentences: Sequence[Sentence], context: _Context, whole: Figure | None = None,
            previous: Figure | None = None, beside: Figure | None = None) -> Figure:
    """The figure of an amount; ``whole`` is the figure it is part of, ``previous`` the last figure of the
    sentence before, ``beside`` the last one before it in its own sentence, whose kind an amount without a
    kind word in its clause continues ("Den Umsatz ... 6,5 Mio. Euro; bis 2027 soll er auf 100 Mio. Euro
    steigen")."""
    period = _period(amount, sentence=sentence, money=money, periods=periods, context=context)
    clause = _clause(amount, sentence=sentence, context=context)
    if period is not None and period.kind == "since" and _cues(context.language).at_the_time.search(
            context.text, *clause):
        period = replace(period, last=period.first)  # "seit 2023 …, der damals 40 Mio. Euro zahlte": then, not since
    if period is None and beside is not None and _cues(context.language).joined.fullmatch(context.text, beside.end,
                                                                                            amount.start):
        # "En 2026, elle investira 420 M€ en Espagne et 150 millions en France": the years of the amount it joins
        period = Period(amount.start, amount.start, "", beside.period_start, beside.period_end, kind="ref_0") \
            if beside.period_end is not None else None
    if period is None and beside is not None and _measured_against(beside, amount=amount, clause=clause,
                                                                     periods=periods, context=context):
        # "Das Ebit erreichte 18 Mio. Euro, geplant waren 27 Mio. Euro": the plan for the actual figure's years
        period = Period(amount.start, amount.start, "", beside.period_start, beside.period_end, kind="against")
    if (period is None and beside is None and previous is not None and previous.period_end is not None
            and previous.status == "actual" and _cues(context.language).target_opening.match(context.text,
                                                                                              sentence.start)):
        # "... setzte 58,3 Millionen Euro um. Geplant waren 62 Millionen Euro.": the plan for the figure before, of
        # its kind
        period = Period(amount.start, amount.start, "", previous.period_start, previous.period_end, kind="against")
        beside = previous
    if period is None and beside is not None and _compared_with(beside, amount=amount, context=context):
        # "Revenue rose 12% to £3.48 billion from £3.11 billion": the base is the year before the figure's; a
        # forecast's base is the earlier forecast for its year ("cut its profit forecast for fiscal 2027 to A$51
        # million from A$55 million")
        shift = 0 if beside.status == "planned" else -1
        year = beside.period_end + shift
        period = Period(amount.start, amount.start, "", year, year, kind=f"ref_{shift}")
    if period is None:
        period = _before_a_dated_base(amount, sentence=sentence, money=money, periods=periods, context=context)
    if period is None:
        period = _counted_from(sentence, periods=periods)
    if period is None:
        period = _spread_after(sentence, sentences=sentences, money=money, periods=periods, context=context) \
            or _worth_of_term_before(sentence, sentences=sentences, money=money, periods=periods, context=context)
    # a deal's term says when its money is paid, not whether the deal is done, and a plan measured against an outcome
    # is still a plan: their own clauses say that
    status = _status(amount, clause=clause, period=period if period is None or period.kind not in ("term", "against")
                     else None,
                     periods=periods, context=context)
    if whole is not None:
        years = (period.first, period.last) if period else (whole.period_start, whole.period_end)
        # a part is of its whole's kind unless its clause names its own: "dont 12 millions financés par un prêt"
        return Figure(
            text=amount.text, amount=amount.amount, currency=amount.currency, qualifier=amount.qualifier,
            period_start=years[0], period_end=years[1],
            kind=_kind(amount, clause=clause, money=money, context=context) or whole.kind,
            status=status if period else whole.status, organization=whole.organization,
            sentence=sentence.text.strip(), start=amount.start, end=amount.end, part_of=whole.start,
        )
    if period is None and status == "actual":  # context dates what was done, never a plan
        before = sentences[sentence.index - 1] if sentence.index else None
        period = _context_period(amount, sentence=sentence, money=money, periods=periods, previous=previous,
                                 beside=beside, before=before, context=context)
        status = _status(amount, clause=clause, period=period, periods=periods, context=context)
    kind = _kind(amount, clause=clause, money=money, context=context) or (beside.kind if beside else "other")
    if period is None and kind in _NEWS_EVENTS and context.dateline is not None and (
            amount.qualifier != "under"
            or _cues(context.language).weekday.search(context.text, sentence.start, sentence.end) is not None):
        # "BERLIN, 3. Juni 2026 – … hat 120 Millionen Euro eingesammelt": a deal, round or valuation the article
        # reports is of the article's year, done or agreed to be paid ("will pay 180 million euros in cash", "will
        # finance it with an 800 million euro bridge loan"); not a cap that may never be paid ("up to $1.2 billion
        # more in milestone payments"), unless a weekday dates it ("set a price band on Thursday, aiming to raise
        # up to")
        period = Period(amount.start, amount.start, "", context.dateline, context.dateline, kind="offset_0")
    org = _organization(amount, sentence=sentence, sentences=sentences, context=context)
    return Figure(
        text=amount.text, amount=amount.amount, currency=amount.currency, qualifier=amount.qualifier,
        period_start=period.first if period else None, period_end=period.last if period else None,
        kind=kind, status=status, organization=org.name if org else None,
        sentence=sentence.text.strip(), start=amount.start, end=amount.end,
    )


def _measured_against(figure: Figure, *, amount: Money, clause: tuple[int, int], periods: Sequence[Period],
                      context: _Context) -> bool:
    """Whether the amount, right after a dated figure of the other status, is what that figure is measured against: the
    plan beside the outcome ("erreichte 18 Mio. Euro, geplant waren 27 Mio. Euro", "€52 million in 2025, against the
    €74 million it had budgeted", "verfehlte damit das Ziel von 60 Mio.") or the outcome beside the plan ("waren 30
    Mio. Euro vorgesehen, tatsächlich flossen 22 Mio. Euro"), or the earlier plan beside the plan ("rechnen mit 320
    Mio. Euro, nachdem sie bislang 380 Mio. Euro angepeilt hatten"); not a forecast after results ("rose to €264m,
    and expects €300m"), nor last year's outcome beside this year's (which ``_compared_with`` dates)."""
    if figure.period_end is None or figure.part_of is not None or amount.start - figure.end > _AGAINST_GAP:
        return False
    own = _status(amount, clause=clause, period=None, periods=periods, context=context)
    cues, text = _cues(context.language), context.text
    revised = cues.revised.search(text, figure.end, amount.start) is not None  # "ursprünglich", "previous"
    if own != figure.status:  # "ein Verlust von 3,4 Mio. Euro, nachdem der Vorstand ursprünglich 5 Mio. Euro ..."
        # ... or the target the outcome missed or met: "setzte 46 Mio. Kronen um und verfehlte das Ziel von 60 Mio."
        return revised or any(pattern.search(text, figure.end, amount.start) is not None
                              for pattern in (cues.against, cues.targets))
    return own == "planned" and revised


# characters between a figure and its plan: ", against the ", ", nachdem der Vorstand ursprünglich einen Überschuss "
_AGAINST_GAP = 80


def _compared_with(figure: Figure, *, amount: Money, context: _Context) -> bool:
    """Whether the amount is the base a figure of one year, right before it, is compared with ("to £3.48 billion
    from £3.11 billion", "auf 2,3 Mrd. Euro nach 2,1 Mrd. Euro")."""
    gap = context.text[figure.end:amount.start]
    return (figure.period_end is not None and figure.period_start == figure.period_end and figure.part_of is None
            and len(gap) <= _COMPARED_GAP and _cues(context.language).comparison.search(gap) is not None)


_COMPARED_GAP = 20  # characters between a figure and its comparison base: " from ", ", compared with "


def _before_a_dated_base(amount: Money, *, sentence: Sentence, money: Sequence[Money], periods: Sequence[Period],
                         context: _Context) -> Period | None:
    """The year after its comparison base's, for an amount of no year of its own right before a base of one year
    that follows the base at once ("Pretax profit fell to £4.8 million from £6.1 million in 2024/25": 2026): what
    changed is later than its base. Not a base dated by a clause of its own, an event's rather than a year's ("up
    from $310 million when it last raised money in 2023")."""
    base = next((m for m in money if m.start >= amount.end), None)
    if base is None or base.start >= sentence.end:
        return None
    gap = context.text[amount.end:base.start]
    if len(gap) > _COMPARED_GAP or _cues(context.language).comparison.search(gap) is None:
        return None
    years = _period(base, sentence=sentence, money=money, periods=periods, context=context)
    if (years is None or years.first is None or years.first != years.last
            or not 0 <= years.start - base.end <= _BASE_YEAR_GAP or "," in context.text[base.end:years.start]):
        return None
    return Period(amount.start, amount.start, "", years.last + 1, years.last + 1, kind="ref_1")


_BASE_YEAR_GAP = 8  # characters between a base and its year: " in ", " im Jahr "


def _spread_after(sentence: Sentence, *, sentences: Sequence[Sentence], money: Sequence[Money],
                  periods: Sequence[Period], context: _Context) -> Period | None:
    """The years the next sentence spreads the money over, where it names no amount of its own and is about the
    money ("… will invest 350 billion rupees … The spending is spread over the fiscal years 2027 to 2031") or about
    what the money pays for and the time it takes ("… a contract worth €480m. The contract covers 2027-2032", "Der
    Bau soll von 2027 bis 2031 laufen")."""
    after = sentences[sentence.index + 1] if sentence.index + 1 < len(sentences) else None
    if after is None or any(after.start <= m.start < after.end for m in money):
        return None
    cues = _cues(context.language)
    spans = _spans(periods, sentence=after, context=context)
    if not spans:
        return None
    kind = "ref_0" if cues.about_money.match(context.text, after.start) \
        else "term" if cues.term.search(context.text, after.start, spans[0].start) else None
    return Period(spans[0].start, spans[0].end, spans[0].text, spans[0].first, spans[0].last, kind=kind) \
        if kind else None


def _worth_of_term_before(sentence: Sentence, *, sentences: Sequence[Sentence], money: Sequence[Money],
                          periods: Sequence[Period], context: _Context) -> Period | None:
    """The span of years of the deal the sentence before describes, where the amount's sentence opens by saying
    what it is worth and the sentence before names no amount ("Meridian bucht zwölf Starts zwischen 2027 und 2030.
    Der Auftragswert liegt bei 96 Millionen Euro."), or the years of the plan it pays for ("Die Kette will bis 2028
    zwölf Standorte eröffnen. Dafür sind Investitionen von 30 Millionen Franken eingeplant.")."""
    before = sentences[sentence.index - 1] if sentence.index else None
    cues = _cues(context.language)
    worth = cues.worth.match(context.text, sentence.start)
    if (before is None or any(before.start <= m.start < before.end for m in money)
            or not (worth or cues.purpose.match(context.text, sentence.start))):
        return None
    spans = _spans(periods, sentence=before, context=context) if worth else [
        p for p in _candidates(periods, sentence=before, text=context.text) if p.last is not None and p.kind != "since"]
    return Period(spans[-1].start, spans[-1].end, spans[-1].text, spans[-1].first, spans[-1].last, kind="term") \
        if spans else None


def _spans(periods: Sequence[Period], *, sentence: Sentence, context: _Context) -> list[Period]:
    """The spans of several years a sentence names that money can run over: not the time since a past year
    ("propriétaire du site depuis 2019")."""
    return [p for p in _candidates(periods, sentence=sentence, text=context.text)
            if p.first is not None and p.first < p.last and p.kind != "since"]


def _period(amount: Money, *, sentence: Sentence, money: Sequence[Money], periods: Sequence[Period],
            context: _Context) -> Period | None:
    """The amount's own years: the closest year expression of its clause that no other amount (``money``
    holds no restatements), no embedded clause and no comparison ("from a loss a year earlier") stands
    between."""
    text, cues = context.text, _cues(context.language)
    best, best_cost = None, float("inf")
    clause = _clause(amount, sentence=sentence, context=context)
    relative = embedded((sentence.start, sentence.end), text=text, language=context.language)
    # the other end of a range the amount opens shares its years: "$140 million to $160 million by 2028"; not the
    # end of a change from a base ("rose from $88 million to $140 million in 2026")
    upper = next((m for m in money if m.start >= amount.end), None)
    if upper is not None and (not cues.range_to.fullmatch(text, amount.end, upper.start)
                              or cues.comparison.search(text, max(0, amount.start - _COMPARED_GAP), amount.start)):
        upper = None
    after = _past_its_bracket(text, amount.end)
    for period in _candidates(periods, sentence=sentence, text=text):
        if period.start >= amount.end:
            lo, hi = (after if period.start >= after else amount.end), period.start
        else:
            lo, hi = period.end, amount.start
        if hi - lo > _PERIOD_REACH or any(lo <= m.start < hi for m in money if m is not amount and m is not upper):
            continue
        in_relative = outside(period.start, of=amount.start, clauses=relative)
        if in_relative and not _term_of(amount, period=period, relative=relative):
            continue
        if not (clause[0] <= period.start < clause[1] or in_relative):
            continue
        if period.end <= amount.start and _bound_elsewhere(period, amount=amount, money=money, context=context):
            continue
        gap = text[lo:hi]
        if period.start >= amount.end and _leads_to(cues.comparing, text=text, start=amount.end, period=period,
                                                    sources=sentence.organisations()):
            continue  # "a pre-tax profit of £46.8m from a loss a year earlier", "doppelt so hoch wie ... 2023"
        bound = cues.bound_before.match(gap) if period.end <= amount.start else cues.bound_after.match(gap)
        # "im Jahr 2024 54 Mrd., 2023 waren es 39 Mrd."; a decimal comma is none: "(rund 13,8 Millionen Euro) für"
        comma = _PAST_A_COMMA if _CLAUSE_PUNCTUATION.search(gap) else 0
        cost = 0 if bound else (hi - lo) + comma
        if cost < best_cost:  # a relative clause's span is the term of what the money buys, not its status
            best, best_cost = replace(period, kind="term") if in_relative else period, cost
    return best


_BRACKET_AFTER = re.compile(r"\s*\([^()]{0,60}\d[^()]{0,60}\)")


def _past_its_bracket(text: str, end: int) -> int:
    """Where the bracket right after an amount ends, which is said of the amount (a conversion, a comparison: "15
    Millionen Dollar (rund 13,8 Millionen Euro) für die Jahre 2026 bis 2028"): the years after it are read from
    there."""
    bracket = _BRACKET_AFTER.match(text, end)
    return bracket.end() if bracket else end


def _counted_from(sentence: Sentence, *, periods: Sequence[Period]) -> Period | None:
    """The year a comparison in the sentence counts from: "über 600 Mio., nach 150 Mio. im Vorjahr"."""
    relative = [p for p in periods if sentence.start <= p.start < sentence.end and p.kind == "ref_-1"]
    if not relative or relative[0].first is None:
        return None
    year = relative[0].last + 1
    return Period(relative[0].start, relative[0].end, relative[0].text, year, year, kind="ref_0")


def _term_of(amount: Money, *, period: Period, relative: list[tuple[int, int]]) -> bool:
    """Whether a span of years stands in the relative clause right after the amount, which says what the money
    buys and when: "Radare im Wert von 780 Mio. Euro, die von 2026 bis 2032 geliefert werden"."""
    return period.first is not None and period.first != period.last and any(
        0 <= start - amount.end <= _TERM_CLAUSE_GAP and start <= period.start < end for start, end in relative)


_TERM_CLAUSE_GAP = 3  # characters between the amount and its relative clause: ", "


def _bound_elsewhere(period: Period, *, amount: Money, money: Sequence[Money], context: _Context) -> bool:
    """Whether a year before the amount stands right after another amount, whose year it is ("contre une perte
    de 27 M€ un an plus tôt, pour un chiffre d'affaires de 312 M€")."""
    bound_after = _cues(context.language).bound_after
    return any(m is not amount and 0 <= period.start - m.end <= _BOUND_REACH
               and bound_after.match(context.text[m.end:period.start]) for m in money)


def _context_period(amount: Money, *, sentence: Sentence, money: Sequence[Money], periods: Sequence[Period],
                    previous: Figure | None, beside: Figure | None, before: Sentence | None,
                    context: _Context) -> Period | None:
    """The years of an amount its clause gives none: a year that opens its sentence ("Im vergangenen Jahr
    stieg der Umsatz auf ..., der Nettogewinn lag bei ..."), else the first year written in it or counted
    from the article's date ("a réalisé l'an dernier X et a consacré Y"); the year of the figure before, or
    of the year the sentence before is about ("Das Geschäftsjahr 2024 war das beste ..."), where the sentence
    goes on with its topic ("The round valued the company at ...", "Le bénéfice net s'est établi à ..."); else
    the article's year where the sentence dates the news by a weekday ("the company said on Wednesday"). A
    year after a comparison base is the base's ("96 millions d'euros, contre 58 millions d'euros en 2023"),
    and one after another amount that amount's, never the amount's."""
    text, cues = context.text, _cues(context.language)
    relative = embedded((sentence.start, sentence.end), text=text, language=context.language)
    own = [p for p in _candidates(periods, sentence=sentence, text=text) if not p.counts_from_another
           and ";" not in text[min(p.end, amount.end):max(p.start, amount.start)]
           and not _compared(amount, year=p, money=money, context=context)
           and not _after_another(amount, year=p, money=money, context=context)]
    start = _after_dateline(sentence, periods=periods, text=text)
    # a year that opens the sentence dates all of it ("Im vergangenen Jahr stieg der Umsatz auf ..., das Ergebnis
    # kletterte auf ..."); one inside a clause between commas only that clause
    opening = [p for p in own if p.start >= start and _OPENING.match(text[start:p.start])]
    clause_start, clause_end = _clause(amount, sentence=sentence, context=context)
    # "en 2024 X et Y"; not a year in a clause after the amount's (", as it builds scale ahead of a listing next year");
    # a year of the amount's own clause, however far, before one of the clause before it ("raised X in 2023, and
    # received a $25 million grant from ... in 2024")
    written = [p for p in own if (re.search(r"\d{4}", p.text) or p.kind.startswith("offset"))
               and not outside(p.start, of=amount.start, clauses=relative) and p.start < clause_end]
    written = [p for p in written if p.start >= clause_start] or written
    if opening or written:
        return (opening or written)[0]
    going_on = _going_on(amount, sentence=sentence, previous=previous, beside=beside, before=before, periods=periods,
                         context=context)
    if going_on is not None:
        return Period(amount.start, amount.start, "", going_on[0], going_on[1], kind="ref_0")
    year = context.dateline
    if year is not None and cues.weekday.search(text, sentence.start, sentence.end):
        return Period(amount.start, amount.start, "", year, year, kind="offset_0")
    return None


def _after_another(amount: Money, *, year: Period, money: Sequence[Money], context: _Context) -> bool:
    """Whether another amount stands between the amount and a year after it, whose year it is: "Revenue rose to
    4.1 billion euros, and the company forecast 4.6 billion euros in 2026"; not one the amount runs to ("ramené
    de 310 millions d'euros à 120 millions d'euros sur la période 2026-2028"), nor one joined to it with its kind
    ("revenue of $127 million and net income of $9.8 million for 2025": the year of both)."""
    return year.start >= amount.end and any(amount.end <= m.start and m.end <= year.start
                                            and not _linked(context.text[amount.end:m.start], context=context)
                                            for m in money)


def _linked(gap: str, *, context: _Context) -> bool:
    """Whether the words between two amounts link the second to the first: a kind's link ("à", "to"), perhaps after
    "and" and the second's kind (" and net income of ")."""
    cues = _cues(context.language)
    joined = cues.joined.match(gap)
    return bool(cues.kind_link.match(gap) or (joined and cues.kind_link.match(gap[joined.end():])))


def _going_on(amount: Money, *, sentence: Sentence, previous: Figure | None, beside: Figure | None,
              before: Sentence | None, periods: Sequence[Period], context: _Context) -> tuple[int | None, int] | None:
    """The years of the figure before, or of the year the sentence before is about, where the sentence goes on
    with its topic ("Der Umsatz sank auf 2,3 Mrd. Euro, wie der Konzern am Donnerstag mitteilte" after the
    year's loss: the weekday dates the news, not the results), or with more results ("Unter dem Strich stand ein
    Verlust von 412 Millionen Euro" after the year's revenue); or the results of its own sentence go on past a
    semicolon ("2025 setzte das Start-up 6,3 Millionen Euro um; unter dem Strich stand ein Verlust von ...")."""
    cues = _cues(context.language)
    # the figure beside may be the plan for a year gone by that its outcome missed ("verfehlte das Ziel von 60 Mio.
    # Kronen; der Verlust weitete sich auf 38 Mio. Kronen aus")
    gone_by = beside is not None and beside.period_end is not None and (
        beside.status == "actual" or beside.period_end < (context.dateline or beside.period_end))
    if gone_by and cues.results.search(context.text, beside.end, amount.start):
        return beside.period_start, beside.period_end
    if not (cues.topic.match(context.text, sentence.start)
            or cues.results.search(context.text, sentence.start, amount.start)):
        return None
    # the figure before dates the results going on, whether it is the outcome or the plan for a year gone by ("Der
    # Umsatz sank auf 264 Mio. Euro, geplant waren 300 Mio. Euro. Unter dem Strich stand ein Verlust von ...")
    if previous is not None and previous.period_end is not None and (
            previous.status == "actual" or previous.period_end < (context.dateline or previous.period_end)):
        return previous.period_start, previous.period_end
    topic = _topic_year(before, periods=periods, context=context) if previous is None and before else None
    if topic is not None and topic.last <= (context.dateline or topic.last):  # results of a year gone by
        return topic.first, topic.last
    return None


def _topic_year(sentence: Sentence, *, periods: Sequence[Period], context: _Context) -> Period | None:
    """The year a sentence is about: one that opens it as its subject, right before a verb of its own ("Das
    Geschäftsjahr 2024 war das beste ...", "2024 brought ...", "L'année 2024 a été ..."), or the year of the
    results it announces ("Tessel also published its results for 2025."), or a fiscal year it names ("Fernweh hat im
    Geschäftsjahr 2024/25 von der Reiselust profitiert."), or the year its clause reports results for ("NCL hat 2025
    deutlich weniger verdient"); not a year that dates something else in it ("Die Firma wurde 2024 gegründet")."""
    text, cues = context.text, _cues(context.language)
    start = _after_dateline(sentence, periods=periods, text=text)
    return next((p for p in _candidates(periods, sentence=sentence, text=text)
                 if p.start >= start and p.first is not None and not p.counts_from_another
                 and ((_OPENING.match(text[start:p.start]) and cues.topic_verb.match(text, p.end))
                      or cues.results_of.search(text, max(start, p.start - 40), p.start) or p.kind == "fiscal"
                      or _reports_on(p, sentence=(start, sentence.end), context=context))),
                None)


def _reports_on(year: Period, *, sentence: tuple[int, int], context: _Context) -> bool:
    """Whether the year's clause reports results or measures the year against its targets ("Hagedorn verfehlte 2025
    seine Ziele deutlich", "missed its targets for 2025")."""
    cues = _cues(context.language)
    clause = clause_around(year.start, year.end, sentence=sentence, text=context.text, language=context.language)
    return bool(cues.results.search(context.text, *clause) or cues.targets.search(context.text, *clause))


def _compared(amount: Money, *, year: Period, money: Sequence[Money], context: _Context) -> bool:
    """Whether a year after the amount dates what the amount is compared with: a comparative stands between
    them ("1,1 Mrd. Euro – fast doppelt so hoch wie bei der letzten Runde 2023"), or another amount after a
    comparison word ("96 millions d'euros, contre 58 millions d'euros en 2023"; a bare "from" may name a
    source: "raised €600m from investors in 2024")."""
    cues, text = _cues(context.language), context.text
    if year.start < amount.end:
        return False
    between = [m for m in money if amount.end <= m.start and m.end <= year.start]
    return _leads_to(cues.comparative, text=text, start=amount.end, period=year) or (
        bool(between) and bool(cues.comparing.search(text, amount.end, between[0].start)))


def _leads_to(words: re.Pattern[str], *, text: str, start: int, period: Period,
              sources: Sequence[Unit] = ()) -> bool:
    """Whether the words stand between ``start`` and the period, perhaps running into the period's own words ("more
    than the year before", "mehr als im Vorjahr"); not where they introduce one of the ``sources``, whose money it is
    ("a 4 million euro loan from Piraeus Bank in December")."""
    for match in words.finditer(text, start, period.end):
        if match.start() >= period.start:
            return False
        # the source's own phrase goes on to the period: "from Piraeus Bank in December", not "from Bank of
        # Scotland, to open six shops by 2028"
        if not any(_SOURCE_GAP.fullmatch(text, match.end(), u.start) and not _CLAUSE_PUNCTUATION.search(
                text, u.end, period.start) for u in sources if u.start >= match.end()):
            return True
    return False


_SOURCE_GAP = re.compile(r" (?:the )?")  # between "from" and a lender's name


def _after_dateline(sentence: Sentence, *, periods: Sequence[Period], text: str) -> int:
    """Where a sentence's own words begin: after "ESSEN, 27. Februar 2025 – " where it carries the dateline."""
    for period in periods:
        marker = _dateline_marker(period, text=text) if sentence.start <= period.start < sentence.end else None
        if marker:
            return marker.end()
    return sentence.start


def _candidates(periods: Sequence[Period], *, sentence: Sentence, text: str) -> list[Period]:
    """The periods of a sentence that may date its money: not a company's founding or a person's move, not the
    article's date."""
    return [p for p in periods if sentence.start <= p.start < sentence.end
            and p.kind not in ("founding", "career", "record", "name") and not _is_dateline(p, text=text)]


def _is_dateline(period: Period, *, text: str) -> bool:
    """The article's own date at its top ("LONDON, 12 June 2025 –", "Berlin, den 3.6.2025."): when it
    was written, not what year the money is for; never the end of a fiscal year ("in its fiscal year ended June 30,
    2025")."""
    return period.is_date and period.kind != "fiscal_end" and (
        period.start < _DATELINE_REACH or bool(_dateline_marker(period, text=text)))


def _dateline_marker(period: Period, *, text: str) -> re.Match[str] | None:
    """The dash after a date that makes it the dateline ("ESSEN, 27. Februar 2025 – "); after a year or period
    a dash only opens an aside ("nach 71 Mio. Euro im Vorjahr – der höchste Wert")."""
    return _DATELINE.match(text, period.end) if period.is_date else None


def _clause(amount: Money, *, sentence: Sentence, context: _Context) -> tuple[int, int]:
    return clause_around(amount.start, amount.end, sentence=(sentence.start, sentence.end), text=context.text,
                         language=context.language)


_Match = tuple[str, int, int, float]  # a cue's name, where it is, and its weight


def _nearest(amount: Money, matches: Iterable[_Match]) -> str | None:
    """The name of the cue nearest to the amount (a cue's distance divided by its weight)."""
    best, best_distance = None, float("inf")
    for name, start, end, weight in matches:
        if amount.start <= start < amount.end:
            continue
        distance = (start - amount.end if start >= amount.end else amount.start - end) / weight
        if distance < best_distance:
            best, best_distance = name, distance
    return best


def _kind(amount: Money, *, clause: tuple[int, int], money: Sequence[Money], context: _Context) -> FigureKind | None:
    """The kind of the noun tied to the amount by a preposition ("Umsatz von 4,1 Mrd.", "valued at $2bn"),
    else of the nearest cue that is not tied to another amount ("ein Umsatz von 27 Mrd. und ein Ergebnis von
    4 Mrd.", "Der Umsatz sank auf 6,4 Mrd. Euro, das Ergebnis halbierte sich auf 1,1 Mrd. Euro"); money spent or
    invested "on"/"in" something specific takes that thing's kind ("spend 50bn yuan on robotics research": R&D).
    None where the clause has no cue."""
    cues, text = _cues(context.language), context.text
    later = [m.start for m in money if m.start >= amount.end]
    matches: list[_Match] = []
    for cue, match in cues.kinds.finditer(text, *clause):
        if match.end() <= amount.start and not cue.general and cues.kind_link.match(text[match.end():amount.start]):
            return cue.kind
        if later and match.start() >= amount.end and match.end() < later[0] \
                and (cues.kind_link.match(text[match.end():later[0]]) or "," in text[amount.end:match.start()]):
            continue  # the next amount's noun, or one past a comma that opens the next amount's clause
        matches.append((cue.kind, match.start(), match.end(), _GENERAL_WEIGHT if cue.general else 1.0))
    kind = _nearest(amount, matches)
    if kind == "investment":  # what it is spent on, past a restatement in brackets
        target = cues.target.match(re.sub(r"^\s*\([^)]*\)", "", text[amount.end:clause[1]]))
        if target and any(cue.kind == "rd_spending"
                          for cue, _ in cues.kinds.finditer(target.group(1), 0, len(target.group(1)))):
            return "rd_spending"
    return kind


def _status(amount: Money, *, clause: tuple[int, int], period: Period | None, periods: Sequence[Period],
            context: _Context) -> FigureStatus:
    """A year before the article's is history ("up from ₩32.8 trillion a year earlier" next to
    "is expected to"); else the nearest cue (an open end, "bis 2030", is a plan's); else a year after
    the article's is a plan."""
    if period is not None and context.dateline is not None and period.last < context.dateline:
        return "actual"
    if period is not None and period.kind == "ref_-1" and period.last <= (context.dateline or period.last):
        return "actual"
    cues = _cues(context.language).status
    relative = embedded(clause, text=context.text, language=context.language)  # ", qui sera le premier client"
    matches = [(name, m.start(), m.end(), 1.0) for name, m in cues.finditer(context.text, *clause)
               if not outside(m.start(), of=amount.start, clauses=relative)
               and not _passive(m, amount=amount, clause=clause, context=context)]
    matches += [("planned", p.start, p.end, 1.0) for p in periods
                if p.kind == "open" and clause[0] <= p.start < clause[1]]
    cue = _nearest(amount, matches)
    if cue:
        return cue
    if period is not None and context.dateline is not None and period.last > context.dateline:
        return "planned"
    return "actual"


def _passive(cue: re.Match[str], *, amount: Money, clause: tuple[int, int], context: _Context) -> bool:
    """Whether a plan's word before the amount is the passive's auxiliary, its participle closing the clause after
    the amount: "Qubitra wird damit mit rund 600 Millionen Euro bewertet." (valued now, not planned)."""
    cues = _cues(context.language)
    return (cues.passive is not None and cue.end() <= amount.start
            and cue.group(0).lower() in figure_words(context.language).passive.get("auxiliaries", ())
            and cues.passive.match(context.text, amount.end, clause[1]) is not None)


def _organization(amount: Money, *, sentence: Sentence, sentences: Sequence[Sentence],
                  context: _Context) -> Entity | None:
    clause = _clause(amount, sentence=sentence, context=context)
    return spender(amount.start, amount.end, sentence=sentence, clause=clause, sentences=sentences,
                   text=context.text, language=context.language, main_company=context.main_company)
