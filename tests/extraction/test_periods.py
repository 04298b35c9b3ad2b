"""Years and periods: absolute, ranges, open ends, relative to the dateline or to another year."""

from __future__ import annotations

from datetime import date

import pytest

from extraction import analyze
from extraction.periods import find_ages, find_dateline, find_periods

CASES = [
    ("de", "im Jahr 2024", 2024, 2024),
    ("de", "Zwischen 2022 und 2026", 2022, 2026),
    ("de", "von 2025 bis 2027", 2025, 2027),
    ("de", "bis 2030", None, 2030),
    ("de", "bis zur Inbetriebnahme 2029", None, 2029),  # up to an event of that year
    ("de", "bis zur Mitte des Jahres 2029", 2029, 2029),  # no event: the year alone
    ("de", "Geschäftsjahr 2024", 2024, 2024),
    ("de", "im Zeitraum 2022-2026", 2022, 2026),
    ("de", "2022–26", 2022, 2026),
    ("de", "am 12. März 2025", 2025, 2025),
    ("en", "fiscal 2024", 2024, 2024),
    ("en", "FY2024", 2024, 2024),
    ("en", "FY24", 2024, 2024),
    ("en", "from 2025 to 2027", 2025, 2027),
    ("en", "between fiscal 2025 and fiscal 2027", 2025, 2027),
    ("en", "by 2030", None, 2030),
    ("en", "in Q3 2024", 2024, 2024),
    ("en", "March 3, 2025", 2025, 2025),
    ("fr", "d'ici 2026", None, 2026),
    ("fr", "de 2024 à 2027", 2024, 2027),
    ("fr", "entre 2022 et 2026", 2022, 2026),
    ("fr", "l'exercice 2024", 2024, 2024),
    ("fr", "le 5 juin 2024", 2024, 2024),
    # a fiscal year written with the two years it spans is the year it ends in; a dash between years is a range
    ("fr", "pour l'exercice 2024-2025, clos fin mars", 2025, 2025),
    ("de", "im Geschäftsjahr 2024/25", 2025, 2025),
    ("de", "in der Saison 2019/20", 2020, 2020),
    # a season written with a dash is named the same way; two years with a dash and no season are a range
    ("fr", "dès la saison 2026-2027", 2027, 2027),
    ("en", "in the 2024-25 season", 2025, 2025),
    ("de", "in der Saison 2024-2025", 2025, 2025),
    ("fr", "en 2024-2025", 2024, 2025),
    ("de", "In den Geschäftsjahren 2026/27 bis 2028/29", 2027, 2029),
    ("en", "from 2026/27 to 2028/29", 2027, 2029),
    ("fr", "de 2026/27 à 2028/29", 2027, 2029),
    ("en", "in the 2026/27 and 2027/28 financial years", 2027, 2028),
    ("de", "in den Geschäftsjahren 2026/27 und 2027/28", 2027, 2028),
    # a split year after a preposition is the fiscal year, not the preposition's first year alone
    ("en", "a profit of 61.2 million francs in 2023/24", 2024, 2024),
    ("fr", "un bénéfice de 61,2 millions de francs en 2023/24", 2024, 2024),
    ("en", "a profit of 61.2 million francs in 2023", 2023, 2023),
    # two years joined by "and" are both and those between
    ("de", "in den Jahren 2026 und 2027", 2026, 2027),
    ("fr", "en 2027 et 2028", 2027, 2028),
    # a count of years up to a year ends in that year, whatever the article's date
    ("en", "over the three years to 2028", 2026, 2028),
    ("en", "in the fiscal year that ended in March 2025", 2025, 2025),
    ("de", "in den drei Jahren bis 2028", 2026, 2028),
    ("fr", "sur trois ans, d'ici 2028", 2026, 2028),
    # a count of years from a year starts in that year
    ("en", "over ten years from 2027", 2027, 2036),
    ("de", "für fünf Jahre ab 2027", 2027, 2031),
    ("fr", "sur quatre ans à partir de 2026", 2026, 2029),
    # ... but a range after the count is the range
    ("de", "für fünf Jahre von 2027 bis 2031", 2027, 2031),
    ("en", "over the five years from 2026 to 2030", 2026, 2030),
    # without the count it is open: only its end is known
    ("en", "by 2028", None, 2028),
    # two years with the months the year runs are a fiscal year, named by its end; without them, a range
    ("en", "revenue of Rs 412 crore in 2025-26 (April-March)", 2026, 2026),
    ("en", "revenue of Rs 412 crore in 2025-26", 2025, 2026),
]


@pytest.mark.parametrize(("language", "text", "first", "last"), CASES)
def test_absolute_periods(language, text, first, last):
    periods = find_periods(text, language=language)
    assert len(periods) == 1
    assert (periods[0].first, periods[0].last) == (first, last)


@pytest.mark.parametrize(("language", "text", "first", "last"), [
    ("en", "over the next three years", 2025, 2027),
    ("en", "next year", 2026, 2026),
    ("en", "last year", 2024, 2024),
    ("en", "over the past two years", 2023, 2024),
    ("de", "in den nächsten fünf Jahren", 2025, 2029),
    ("de", "im vergangenen Jahr", 2024, 2024),
    ("de", "Ende vergangenen Jahres", 2024, 2024),
    ("de", "Mitte des letzten Jahres", 2024, 2024),
    ("fr", "au cours des trois prochaines années", 2025, 2027),
    ("fr", "l'an dernier", 2024, 2024),
    ("en", "last December", 2024, 2024),
    ("en", "last March", 2025, 2025),
    ("de", "im vergangenen Dezember", 2024, 2024),
    ("fr", "en décembre dernier", 2024, 2024),
    ("en", "signed this month", 2025, 2025),
    ("de", "in diesem Monat unterzeichnet", 2025, 2025),
    ("fr", "signé ce mois-ci", 2025, 2025),
    # an amount after "in diesem Jahr" is no year of it: "will in diesem Jahr 40 Millionen Euro investieren"
    ("de", "will in diesem Jahr 40 Millionen Euro investieren", 2025, 2025),
    ("de", "will im nächsten Jahr 40 Millionen Euro investieren", 2026, 2026),
    ("de", "im laufenden Jahr 2024", 2024, 2024),
    ("de", "für das laufende Jahr erwartet das Unternehmen", 2025, 2025),
    ("fr", "pour l'année en cours, le groupe attend", 2025, 2025),
    ("en", "signed a five-year contract worth", 2025, 2029),  # a term starts in the article's year
])
def test_periods_relative_to_the_dateline(language, text, first, last):
    periods = find_periods(text, language=language, dateline=date(2025, 6, 1))
    assert [(p.first, p.last) for p in periods] == [(first, last)]


@pytest.mark.parametrize("text", ["a 52-year-old engineer", "shares hit a five-year low", "a five-year-old firm"])
def test_an_age_or_a_record_is_no_term_of_years(text):
    assert find_periods(text, language="en", dateline=date(2025, 6, 1)) == []


@pytest.mark.parametrize(("language", "text", "kind"), [
    # the year a record is measured from is no span up to the article's year ...
    ("en", "a net loss of 2.6 million euros, its first since 2016", "record"),
    ("fr", "une perte nette de 2,6 millions d'euros, la première depuis 2016", "record"),
    ("de", "ein Verlust von 2,6 Millionen Euro, der erste seit 2016", "record"),
    # ... money spent since a year is
    ("en", "it has invested 20 million euros since 2016", "since"),
])
def test_a_record_since_a_year_dates_no_amount(language, text, kind):
    assert [p.kind for p in find_periods(text, language=language, dateline=date(2026, 2, 17))] == [kind]


def test_dateline_relative_period_without_dateline_is_left_out():
    assert find_periods("over the next three years", language="en") == []


@pytest.mark.parametrize(("language", "text", "year"), [
    ("en", "Revenue was $5bn in 2024, up from $4bn a year earlier.", 2023),
    ("de", "Der Umsatz lag 2024 bei 5 Mrd. Euro nach 4 Mrd. Euro im Vorjahr.", 2023),
    ("fr", "Le chiffre d'affaires a atteint 6 milliards en 2024, contre 5 milliards l'année précédente.", 2023),
])
def test_relative_year_counts_from_the_year_before_it(language, text, year):
    periods = find_periods(text, language=language)
    assert periods[-1].last == year


def test_previous_year_after_an_open_ended_plan_counts_from_the_dateline():
    text = "Bis 2026 will der Konzern 450 Mio. Euro investieren. Der Umsatz lag im Vorjahr bei 22 Mrd. Euro."
    periods = find_periods(text, language="de", dateline=date(2025, 3, 12), sentences=[(0, 52), (53, len(text))])
    assert [(p.first, p.last) for p in periods][-1] == (2024, 2024)


@pytest.mark.parametrize(("text", "expected"), [
    # a year that dates one thing ("a 2024 round") is that thing's, and no year "a year earlier" counts from
    ("It was valued at $3.9bn in a 2024 round. Revenue reached $310m, up from $170m a year earlier.", [(2024, 2024)]),
    # the year the sentence before reports on is one
    ("It was valued at $3.9bn in 2024. Revenue reached $310m, up from $170m a year earlier.",
     [(2024, 2024), (2023, 2023)]),
])
def test_relative_year_counts_from_no_year_of_one_thing(text, expected):
    sentences = [(0, text.index(". ") + 1), (text.index(". ") + 2, len(text))]
    periods = find_periods(text, language="en", sentences=sentences)
    assert [(p.first, p.last) for p in periods] == expected


@pytest.mark.parametrize(("language", "text", "relative", "year"), [
    # a season dates one thing, not the year the report goes on about ...
    ("en", "Dealers still hold helmets from last winter. Profit fell to $58m from $97m a year earlier.",
     "a year earlier", 2025),
    # ... nor does the start of a state ...
    ("fr", "Kerhostin a vendu pour 11 millions d'euros en 2025. VAR, contrôlé depuis 2021 par un fonds, a dégagé 63 "
           "millions d'euros de ventes la même année.", "la même année", 2025),
    # ... a year counted from the article's date does
    ("de", "Der Umsatz stieg im vergangenen Jahr. Der Gewinn sank auf 18 Mio. Euro nach 24 Mio. Euro im Jahr davor.",
     "im Jahr davor", 2024),
])
def test_relative_year_counts_from_a_year_not_a_season(language, text, relative, year):
    first_end = text.index(". ") + 1
    sentences = [(0, first_end), (first_end + 1, len(text))]
    periods = find_periods(text, language=language, dateline=date(2026, 1, 18), sentences=sentences)
    assert [(p.text, p.first) for p in periods][-1] == (relative, year)


def test_relative_year_does_not_reach_beyond_the_two_sentences_before():
    text = "In 2020 it began. Nothing happened. Nothing at all. Revenue fell a year earlier."
    sentences = [(0, 17), (18, 35), (36, 51), (52, len(text))]
    assert [p.text for p in find_periods(text, language="en", sentences=sentences)] == ["In 2020"]


@pytest.mark.parametrize(("text", "day"), [
    ("MÜNCHEN, 12. März 2025 – Siemens holt eine Managerin.", date(2025, 3, 12)),
    ("REDMOND, Wash., September 16, 2024 — Microsoft has hired", date(2024, 9, 16)),
    ("SEOUL, Nov. 18, 2024 — SK hynix has appointed", date(2024, 11, 18)),
    ("Paris, le 5 juin 2025 – Mistral AI poursuit ses recrutements.", date(2025, 6, 5)),
    ("Berlin, 03.02.2025: Die Firma", date(2025, 2, 3)),
    ("GENÈVE (1er octobre 2025) — La banque", date(2025, 10, 1)),
])
def test_dateline(text, day):
    assert find_dateline(text) == day


def test_no_dateline_without_a_full_date():
    assert find_dateline("Xiaomi investiert 2024 mehr. Am 31. Februar 2025 nicht.") is None


def test_a_programme_name_is_no_period():
    assert find_periods("au titre du plan France 2030", language="fr") == []


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "la banque engagera 3 milliards dans le programme entre 2026 et 2029"),
    ("en", "the group will fund the programme from 2026 to 2029"),
])
def test_a_lowercase_word_after_programme_is_no_name(language, text):
    assert [(p.first, p.last) for p in find_periods(text, language=language)] == [(2026, 2029)]


@pytest.mark.parametrize(("language", "text"), [
    ("de", "2026 rund 2 Mrd. Euro und 2027 weitere 3 Mrd. Euro"),
    ("fr", "en 2026 2 milliards d'euros et en 2027 3 milliards"),
])
def test_two_years_each_with_its_own_amount_are_no_span(language, text):
    assert [(p.first, p.last) for p in find_periods(text, language=language)] == [(2026, 2026), (2027, 2027)]


@pytest.mark.parametrize(("language", "text", "expected"), [
    # a pair running backwards is no span: each year is read on its own
    ("de", "Die Ziele für 2027 und 2025 bleiben", [(2027, 2027), (2025, 2025)]),
    ("en", "the targets for 2027 and 2025 stand", [(2027, 2027), (2025, 2025)]),
    ("fr", "les objectifs pour 2027 et 2025", [(2027, 2027), (2025, 2025)]),
    # a pair running forwards is one
    ("de", "Die Ziele für 2025 und 2027 bleiben", [(2025, 2027)]),
    ("fr", "les objectifs de 2025 à 2027", [(2025, 2027)]),
])
def test_a_pair_of_years_is_a_span_only_forwards(language, text, expected):
    assert [(p.first, p.last) for p in find_periods(text, language=language)] == expected


def test_a_fiscal_year_moves_as_a_whole():
    text = "Pour l'exercice 2024-2025, 890 millions, contre 978 millions un an plus tôt."
    periods = find_periods(text, language="fr")
    assert [(p.first, p.last) for p in periods] == [(2025, 2025), (2024, 2024)]


def periods_of(text: str, language: str, dateline: date | None) -> list[tuple]:
    """Text, first and last year and kind of every period, sentences split at full stops."""
    sentences, start = [], 0
    for stop in [i + 1 for i, c in enumerate(text) if c == "."] + [len(text)]:
        if stop > start:
            sentences.append((start, stop))
        start = stop + 1
    return [(p.text, p.first, p.last, p.kind)
            for p in find_periods(text, language=language, dateline=dateline, sentences=sentences)]


@pytest.mark.parametrize(("language", "text", "dateline", "expected"), [
    # a month, season or quarter without a year: the latest one up to the article's date
    ("en", "In February, Kaneshiro paid", date(2025, 5, 14), [("In February", 2025, 2025, "month")]),
    ("fr", "Sanofi a racheté en décembre la biotech", date(2025, 1, 30), [("en décembre", 2024, 2024, "month")]),
    ("de", "Im Juli sammelte Lingxi", date(2025, 9, 9), [("Im Juli", 2025, 2025, "month")]),
    ("fr", "a levé en avril 12 milliards de yens", date(2025, 5, 28), [("en avril", 2025, 2025, "month")]),
    ("de", "im vergangenen Herbst", date(2025, 4, 15), [("im vergangenen Herbst", 2024, 2024, "last_month")]),
    ("fr", "lors de son annonce à l'automne dernier", date(2025, 1, 30),
     [("à l'automne dernier", 2024, 2024, "last_month")]),
    ("de", "Im zweiten Quartal erzielte", date(2025, 10, 9), [("Im zweiten Quartal", 2025, 2025, "quarter")]),
    ("fr", "au troisième trimestre", date(2025, 10, 31), [("au troisième trimestre", 2025, 2025, "quarter")]),
    ("en", "in the fourth quarter", date(2025, 6, 1), [("in the fourth quarter", 2024, 2024, "quarter")]),
    ("en", "Third-quarter revenue fell", date(2025, 11, 18), [("Third-quarter", 2025, 2025, "quarter")]),
    # ... but a month with its year is that year, and without the article's date none
    ("en", "In May 2024 it raised", date(2025, 1, 1), [("May 2024", 2024, 2024, "year")]),
    ("en", "In July it raised", None, []),
    # cumulative spans up to the article's year
    ("de", "seit 2015 investierte", date(2025, 3, 1), [("seit 2015", 2015, 2025, "since")]),
    ("en", "since 2019", date(2025, 3, 1), [("since 2019", 2019, 2025, "since")]),
    ("fr", "Fondée en 2019, la société a levé depuis sa création", date(2025, 3, 1),
     [("Fondée en 2019", 2019, 2019, "founding"), ("depuis sa création", 2019, 2025, "since_founding")]),
    ("en", "since 2019", None, []),
    ("fr", "depuis sa création", date(2025, 3, 1), []),  # no founding year given
    ("fr", "Depuis sa création en 2020, Volatys a levé", date(2026, 11, 3),
     [("Depuis sa création en 2020", 2020, 2026, "since_founding")]),
    ("en", "since its founding in 2019", date(2025, 3, 1),
     [("since its founding in 2019", 2019, 2025, "since_founding")]),
    ("en", "since it was founded in 2019", date(2025, 3, 1),
     [("since it was founded in 2019", 2019, 2025, "since_founding")]),
    ("en", "since its founding in 2019", None, []),  # no article's year to run to
    # the past fiscal year: the fiscal year named nearby, else the year before the article's
    ("de", "Im abgelaufenen Geschäftsjahr stieg der Umsatz. Das Geschäftsjahr 2024/25 endete im September.",
     date(2025, 11, 12), [("Im abgelaufenen Geschäftsjahr", 2025, 2025, "last_fiscal"),
                          ("Geschäftsjahr 2024/25", 2025, 2025, "fiscal"), ("im September", 2025, 2025, "month")]),
    ("de", "Im abgelaufenen Geschäftsjahr stieg der Umsatz.", date(2025, 3, 6),
     [("Im abgelaufenen Geschäftsjahr", 2024, 2024, "last_fiscal")]),
    # ... else the latest the article names anywhere that ended by its date (not a history's year)
    ("de", "Im Geschäftsjahr 2024/25 sank der Umsatz. Der Gewinn brach ein. Die Kosten stiegen. Im abgelaufenen "
           "Geschäftsjahr lagen die Forschungsausgaben bei 112 Millionen Euro.", date(2025, 12, 3),
     [("Geschäftsjahr 2024/25", 2025, 2025, "fiscal"), ("Im abgelaufenen Geschäftsjahr", 2025, 2025, "last_fiscal")]),
    ("de", "Im Geschäftsjahr 2024/25 sank der Umsatz. Der Gewinn brach ein. Im abgelaufenen Geschäftsjahr gab er 410 "
           "Millionen Euro aus. Die Kosten stiegen. Für das laufende Geschäftsjahr 2025/26 plant der Konzern mehr.",
     date(2026, 3, 4), [("Geschäftsjahr 2024/25", 2025, 2025, "fiscal"),
                        ("Im abgelaufenen Geschäftsjahr", 2025, 2025, "last_fiscal"),
                        ("Geschäftsjahr 2025/26", 2026, 2026, "fiscal")]),
    ("de", "Im Geschäftsjahr 2019/20 sank der Umsatz. Der Gewinn brach ein. Die Kosten stiegen. Im abgelaufenen "
           "Geschäftsjahr lagen die Forschungsausgaben bei 112 Millionen Euro.", date(2025, 12, 3),
     [("Geschäftsjahr 2019/20", 2020, 2020, "fiscal"), ("Im abgelaufenen Geschäftsjahr", 2024, 2024, "last_fiscal")]),
    ("fr", "sur l'exercice écoulé", date(2025, 3, 6), [("sur l'exercice écoulé", 2024, 2024, "last_fiscal")]),
    ("fr", "Sur l'ensemble de l'exercice, les ventes progressent", date(2025, 3, 6),
     [("Sur l'ensemble de l'exercice", 2024, 2024, "last_fiscal")]),
    ("fr", "sur l'ensemble de l'exercice en cours", date(2025, 3, 6), []),
    ("en", "in the last fiscal year", date(2025, 3, 6), [("last fiscal year", 2024, 2024, "last_fiscal")]),
    ("de", "Im abgelaufenen Geschäftsjahr 2024 stieg", None, [("Geschäftsjahr 2024", 2024, 2024, "fiscal")]),
    # a founding year and a fiscal year's end date no money
    ("de", "das 2021 gegründete Start-up", None, [("2021 gegründete", 2021, 2021, "founding")]),
    ("de", "Elbtal, 2016 gegründet, setzte zuletzt 19 Millionen Euro um", None,
     [("2016 gegründet", 2016, 2016, "founding")]),
    ("en", "¥520 billion in fiscal 2025, the year ending March 2026, from ¥468 billion a year earlier", None,
     [("fiscal 2025", 2025, 2025, "fiscal"), ("a year earlier", 2024, 2024, "ref_-1")]),
    # ... but a fiscal year named by its end alone is the year it ends in
    ("en", "sales of $9 billion for the fiscal year ended June 30, 2024, up 5% from a year earlier", None,
     [("the fiscal year ended June 30, 2024", 2024, 2024, "fiscal_end"), ("a year earlier", 2023, 2023, "ref_-1")]),
    # ... and one whose end has no year is the latest such month up to the article's date
    ("en", "revenue of NZ$142.6 million for the year ended June 30, up 18%", date(2025, 9, 2),
     [("the year ended June 30", 2025, 2025, "month")]),
    ("en", "revenue of NZ$142.6 million for the year ended June 30, up 18%", date(2025, 3, 2),
     [("the year ended June 30", 2024, 2024, "month")]),
    # ... also right after a sentence that ends in another fiscal year
    ("en", "Leverage falls by the end of fiscal 2027.\n\nFor the financial year to September 2025, it earned $9bn.",
     None, [("fiscal 2027", 2027, 2027, "fiscal"), ("the financial year to September 2025", 2025, 2025, "fiscal_end")]),
    ("de", "Im Geschäftsjahr 2024 sank der Umsatz. Im selben Zeitraum gab der Konzern 2 Mrd. Euro aus.", None,
     [("Geschäftsjahr 2024", 2024, 2024, "fiscal"), ("Im selben Zeitraum", 2024, 2024, "ref_span")]),
    # ... also where a sentence without a year stands between
    ("de", "Im Geschäftsjahr 2023 sank der Umsatz. Das Ergebnis stieg. In diesem Zeitraum gab Tessa 1 Mrd. Euro aus.",
     None, [("Geschäftsjahr 2023", 2023, 2023, "fiscal"), ("In diesem Zeitraum", 2023, 2023, "ref_span")]),
    ("en", "Output rose in fiscal 2023. Margins held. During that period it spent $4 billion.", None,
     [("fiscal 2023", 2023, 2023, "fiscal"), ("During that period", 2023, 2023, "ref_span")]),
    # "the same period" is the span named last, though a year (of something else) stands between; "the same
    # year" is the year named last
    ("fr", "Navalis investira 5 milliards de dollars sur la période 2026-2030. Le groupe a ouvert son terminal en "
           "2021. Le port apportera 120 millions d'euros sur la même période.", None,
     [("2026-2030", 2026, 2030, "range"), ("en 2021", 2021, 2021, "year"),
      ("sur la même période", 2026, 2030, "ref_span")]),
    ("en", "Rivo will invest $5 billion in 2026-2030. It opened its first plant in 2021. The same year it raised "
           "$1 billion.", None,
     [("2026-2030", 2026, 2030, "range"), ("in 2021", 2021, 2021, "year"), ("The same year", 2021, 2021, "ref_0")]),
    # "by then" ends where the period named last ends, with no start; with nothing named before it, it is nothing
    ("fr", "Eurazeo envisage une sortie à l'horizon 2029. D'ici là, le groupe vise 300 millions d'euros.", None,
     [("à l'horizon 2029", None, 2029, "open"), ("D'ici là", None, 2029, "ref_end")]),
    ("en", "By then the group aims for $300 million.", None, []),
    # a founding year with the company between the verb and the year; it is never what "a year earlier"
    # counts from
    ("en", "Ada Quist started the company in 2017. Sales doubled. Costs fell from a year earlier.", date(2025, 3, 1),
     [("started the company in 2017", 2017, 2017, "founding"), ("a year earlier", 2024, 2024, "ref_-1")]),
    ("fr", "Elle a cofondé Brimo Santé en 2018. La société a levé 9 millions depuis sa création.", date(2025, 3, 1),
     [("cofondé Brimo Santé en 2018", 2018, 2018, "founding"),
      ("depuis sa création", 2018, 2025, "since_founding")]),
    # a year of a person's career dates no money and is not what "a year earlier" counts from
    ("en", "Pryce, who joined from Asda in 2021, received £3.1m, up from £2.4m a year earlier.", date(2026, 4, 1),
     [("joined from Asda in 2021", 2021, 2021, "career"), ("a year earlier", 2025, 2025, "ref_-1")]),
    ("fr", "Elle a rejoint le constructeur en 2021 après quinze ans chez Hitachi.", None,
     [("a rejoint le constructeur en 2021", 2021, 2021, "career")]),
    # ... but a verb of reaching an amount is no move
    ("de", "Das Unternehmen kam 2025 auf einen Umsatz von 38 Millionen Euro.", None, [("2025", 2025, 2025, "year")]),
    ("de", "Jan Roth gründete Kelvo im Jahr 2016 in Kiel.", None,
     [("gründete Kelvo im Jahr 2016", 2016, 2016, "founding")]),
    ("de", "Raquettes du Vercors wurde 1987 von Étienne Faure in Villard-de-Lans gegründet.", None,
     [("1987 von Étienne Faure in Villard-de-Lans gegründet", 1987, 1987, "founding")]),
    ("de", "Kelvo investierte 2016 in Kiel fünf Millionen Euro und wurde dafür gelobt.", None,
     [("2016", 2016, 2016, "year")]),
    # ... but starting or founding anything else is a year like any other
    ("en", "She started working in 2016 and founded no company.", None, [("in 2016", 2016, 2016, "year")]),
    ("fr", "Il a créé un nouveau produit en 2021.", None, [("en 2021", 2021, 2021, "year")]),
    # a month in brackets after a fiscal year says when it ends, no period of its own ...
    ("de", "Kaveri setzte im Geschäftsjahr 2024/25 (Ende März) 31 Milliarden Rupien um.", date(2026, 4, 9),
     [("Geschäftsjahr 2024/25", 2025, 2025, "fiscal")]),
    # ... which a month elsewhere is
    ("de", "Kaveri setzte im Geschäftsjahr 2024/25 mehr um und bestellte Ende März Maschinen.", date(2026, 4, 9),
     [("Geschäftsjahr 2024/25", 2025, 2025, "fiscal"), ("Ende März", 2026, 2026, "month")]),
])
def test_periods_by_context(language, text, dateline, expected):
    assert periods_of(text, language, dateline) == expected


@pytest.mark.parametrize(("language", "text", "ages"), [
    ("en", "Jane Doe, 52, the 52-year-old chief executive, was aged 61 in 2024.", ["52", "52-year-old", "aged 61"]),
    ("de", "Die 52-Jährige leitet das Werk; Sabine Krüger (52) ist im Alter von 30 Jahren eingestiegen.",
     ["52-Jährige", "52", "im Alter von 30 Jahren"]),
    ("fr", "Marie Dupont, 52 ans, dirige Safran. Âgée de 41 ans, elle a pris la tête en 2021.",
     ["52 ans", "Âgée de 41 ans"]),
    # years, money and counts are no ages
    ("en", "In 2024, revenue rose to $52 billion, and 52 plants, 61 in all, opened in 2025.", []),
    ("de", "Seit 2015 (und bis 2030) investiert Bosch 52 Mrd. Euro.", []),
])
def test_an_age_is_found_and_is_no_date(language, text, ages):
    assert [text[a:b] for a, b in find_ages(text, language=language)] == ages


def test_the_pipelines_age_is_no_date_mention():
    text = "Jane Doe, 52, the 52-year-old chief executive of Bosch, joined in 2024."
    dates = [m.text for m in analyze(text, language="en").entities if m.label == "DATE"]
    assert "2024" in " ".join(dates) and not any("52" in d for d in dates)


@pytest.mark.parametrize(("text", "spans"), [
    # a span counted from the dateline and restated by its years right after: the years
    ("MOREZ, 30 septembre 2025 (AFP) - Un contrat de 14 millions d'euros sur trois ans, de 2026 à 2028.",
     [(2026, 2028)]),
    ("MOREZ, 30 septembre 2025 (AFP) - Un contrat de 14 millions d'euros sur trois ans, puis un autre de 2026 à 2029.",
     [(2025, 2027), (2026, 2029)]),
])
def test_a_counted_span_restated_by_its_years_is_those_years(text, spans):
    found = find_periods(text, language="fr", dateline=find_dateline(text))
    assert [(p.first, p.last) for p in found if p.first != p.last] == spans
