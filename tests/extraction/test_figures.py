"""Money figures: the year(s) each amount covers, its kind, planned or actual, and whose it is."""

from __future__ import annotations

import pytest

from extraction import Analysis, analyze


def figures(text: str, language: str) -> list[tuple]:
    result = analyze(text, language=language)
    return [(f.amount, f.currency, f.period_start, f.period_end, f.kind, f.status, f.organization)
            for f in result.figures]


CASES = [
    ("en", "Microsoft spent $29.5 billion on research and development in fiscal 2024.",
     (29.5e9, "USD", 2024, 2024, "rd_spending", "actual", "Microsoft")),
    ("en", "Microsoft expects capital expenditure to exceed $70 billion in fiscal 2025.",
     (70e9, "USD", 2025, 2025, "investment", "planned", "Microsoft")),
    ("en", "Mistral AI raised €600m from investors in 2024.",
     (600e6, "EUR", 2024, 2024, "funding", "actual", "Mistral AI")),
    ("en", "Tesla's revenue reached $97 billion in 2024.", (97e9, "USD", 2024, 2024, "revenue", "actual", "Tesla")),
    ("en", "Siemens pledged to invest €2bn by 2030.", (2e9, "EUR", None, 2030, "investment", "planned", "Siemens")),
    ("en", "Nvidia was valued at $3 trillion in June 2024.",
     (3e12, "USD", 2024, 2024, "valuation", "actual", "Nvidia")),
    ("fr", "Safran prévoit d'investir 1,5 milliard d'euros d'ici 2030.",
     (1.5e9, "EUR", None, 2030, "investment", "planned", "Safran")),
    ("fr", "Dassault Systèmes a consacré 1,2 milliard d'euros à la recherche et développement en 2024.",
     (1.2e9, "EUR", 2024, 2024, "rd_spending", "actual", "Dassault Systèmes")),
    ("fr", "Tencent investirait plus de 100 milliards de yuans de 2025 à 2027.",
     (100e9, "CNY", 2025, 2027, "investment", "planned", "Tencent")),
    ("fr", "Le chiffre d'affaires de Safran a atteint 27 milliards d'euros en 2024.",
     (27e9, "EUR", 2024, 2024, "revenue", "actual", "Safran")),
    # money lost is a loss
    ("fr", "Safran a perdu 3,1 millions d'euros en 2024.", (3.1e6, "EUR", 2024, 2024, "profit", "actual", "Safran")),
    ("en", "Tesla lost $2 billion in 2024.", (2e9, "USD", 2024, 2024, "profit", "actual", "Tesla")),
    # the end of a fiscal year near the top of the article dates its money; it is no dateline
    ("en", "Tesla spent $14.6 million on new stores in its fiscal year ended June 30, 2025.",
     (14.6e6, "USD", 2025, 2025, "investment", "actual", "Tesla")),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_figure(language, text, expected):
    assert figures(text, language) == [expected]


def test_each_amount_takes_its_own_year():
    text = "SK hynix spent 4.9 trillion won on research and development in 2023 and 4.4 trillion won in 2022."
    assert [(f[0], f[2]) for f in figures(text, "en")] == [(4.9e12, 2023), (4.4e12, 2022)]


def test_a_year_earlier_counts_from_the_amounts_year():
    text = "Microsoft spent $29.5 billion in fiscal 2024, up from $27.2 billion a year earlier."
    assert [(f[0], f[2]) for f in figures(text, "en")] == [(29.5e9, 2024), (27.2e9, 2023)]


def linked(text: str, language: str, *, link: str = "conversion_of") -> list[tuple]:
    """Each figure's amount, currency, period, kind and status, and the amount it restates (or with
    ``link="part_of"``: is part of), if any."""
    found = analyze(text, language=language).figures
    by_start = {f.start: f for f in found}
    return [(f.amount, f.currency, f.period_start, f.period_end, f.kind, f.status,
             by_start[getattr(f, link)].amount if getattr(f, link) is not None else None) for f in found]


CONVERSIONS = [
    ("en", "Alibaba will invest 380 billion yuan ($53 billion) in 2025.",
     [(380e9, "CNY", 2025, 2025, "investment", "planned", None), (53e9, "USD", 2025, 2025, "investment", "planned",
                                                                   380e9)]),
    ("de", "SAP will bis 2028 rund 2 Mrd. Euro in Indien investieren, umgerechnet etwa 186 Mrd. Rupien.",
     [(2e9, "EUR", None, 2028, "investment", "planned", None), (186e9, "INR", None, 2028, "investment", "planned",
                                                                 2e9)]),
    ("fr", "En 2025, l'opération valorise Kairn à 1,4 milliard d'euros, soit environ 1,6 milliard de dollars.",
     [(1.4e9, "EUR", 2025, 2025, "valuation", "actual", None), (1.6e9, "USD", 2025, 2025, "valuation", "actual",
                                                                 1.4e9)]),
    ("en", "Norrvik will invest 12 billion Swedish crowns, or about $1.1 billion, between 2025 and 2027.",
     [(12e9, "SEK", 2025, 2027, "investment", "planned", None), (1.1e9, "USD", 2025, 2027, "investment", "planned",
                                                                  12e9)]),
    # a bracket opened by two words: conversion and approximation
    ("de", "Beide Partner wollen 2026 und 2027 zwei Milliarden Hrywnja (umgerechnet rund 41 Millionen Euro) "
           "investieren.",
     [(2e9, "UAH", 2026, 2027, "investment", "planned", None), (41e6, "EUR", 2026, 2027, "investment", "planned",
                                                                2e9)]),
    # a bracket after the particle that closes the verb
    ("de", "Die dänische Kvist Olsen A/S setzte 2025 rund 95 Millionen Kronen um (umgerechnet etwa 12,7 Millionen "
           "Euro).",
     [(95e6, "DKK", 2025, 2025, "revenue", "actual", None), (12.7e6, "EUR", 2025, 2025, "revenue", "actual", 95e6)]),
    # a comma and a rounding word alone before another currency
    ("de", "In den Jahren 2026 bis 2028 will Jinshan rund 320 Millionen Yuan, etwa 39 Millionen Euro, in Forschung und "
           "Entwicklung stecken.",
     [(320e6, "CNY", 2026, 2028, "rd_spending", "planned", None), (39e6, "EUR", 2026, 2028, "rd_spending", "planned",
                                                                   320e6)]),
    # not restatements: the same currency in brackets, two amounts joined by "and", one after a year of its own
    ("de", "Jinshan investierte 2025 rund 320 Millionen Yuan, 2026 etwa 39 Millionen Euro.",
     [(320e6, "CNY", 2025, 2025, "investment", "actual", None), (39e6, "EUR", 2026, 2026, "investment", "actual",
                                                                 None)]),
    ("de", "Im Jahr 2024 stieg der Umsatz auf 24 Mrd. Euro (nach 20 Mrd. Euro im Vorjahr).",
     [(24e9, "EUR", 2024, 2024, "revenue", "actual", None), (20e9, "EUR", 2023, 2023, "revenue", "actual", None)]),
    ("en", "Acme raised $5 billion in 2024 and €3 billion in 2023.",
     [(5e9, "USD", 2024, 2024, "funding", "actual", None), (3e9, "EUR", 2023, 2023, "funding", "actual", None)]),
]


@pytest.mark.parametrize(("language", "text", "expected"), CONVERSIONS)
def test_a_conversion_is_a_figure_of_its_own_that_points_to_its_original(language, text, expected):
    assert linked(text, language) == expected


def test_next_years_count_from_the_dateline():
    text = "HANGZHOU, April 2, 2025 — Alibaba will invest 420 billion yuan over the next three years."
    assert [(f[2], f[3]) for f in figures(text, "en")] == [(2025, 2027)]


def test_amount_without_a_year_stays_with_no_period():
    assert [(f[2], f[3]) for f in figures("Raman's pay package is worth $10 million.", "en")] == [(None, None)]


@pytest.mark.parametrize(("dateline", "years"), [
    # the news an article reports as done happened in the article's year, though no sentence dates it
    ("London, 12 June 2025 – ", [(2025, 2025), (2025, 2025)]),
    # a dateline without a year dates nothing
    ("LONDON (Reuters) – ", [(None, None), (None, None)]),
])
def test_the_dateline_dates_a_deal_the_article_reports_as_done(dateline, years):
    text = f"{dateline}Tern has raised £140m in a round that values it at $2.1bn.\n\nTern was founded in 2019."
    assert [(f[2], f[3]) for f in figures(text, "en")] == years


@pytest.mark.parametrize(("sentence", "years"), [
    # a deal still to come that the sentence dates by a weekday is of the article's year
    ("Kavach set a price band on Thursday, aiming to raise up to 12.4 billion rupees.", (2026, 2026)),
    # without the weekday, nothing dates it
    ("Kavach set a price band, aiming to raise up to 12.4 billion rupees.", (None, None)),
])
def test_a_deal_to_come_dated_by_a_weekday_is_of_the_article_s_year(sentence, years):
    text = f"MUMBAI, Jan 22, 2026 (Reuters) - {sentence}"
    assert [(f[2], f[3]) for f in figures(text, "en")] == [years]


def test_the_dateline_dates_a_deal_but_no_running_total_no_investment_plan_and_no_cap():
    text = ("London, 12 June 2025 – Tern said on Monday it would hire 40 engineers. Its revenue was £40m.\n\n"
            "Tern plans to raise £140m from Atomico. It will invest £60m in a plant. Atomico may add up to £20m more "
            "if sales targets are met.")
    assert [(f[2], f[3]) for f in figures(text, "en")] == [(None, None), (2025, 2025), (None, None), (None, None)]


@pytest.mark.parametrize(("text", "language", "amounts"), [
    # under a million, with no person and no pay word: what something costs
    ("Fenland Water will invest £3bn. Average household bills will rise by £86 to around £510 a year.", "en",
     [3e9]),
    # a person's pay stays, named or not
    ("Dana Whitfield received total pay of £1.8m in 2025, including a bonus of £600,000.", "en", [1.8e6, 6e5]),
    ("Das Einstiegsgehalt eines Co-Piloten liegt bei rund 68.000 Euro brutto.", "de", [68000.0]),
])
def test_an_amount_under_a_million_is_someone_s_pay_or_no_figure(text, language, amounts):
    assert [f[0] for f in figures(text, language)] == amounts


@pytest.mark.parametrize(("verb", "status"), [("bewertet", "actual"), ("bewerten", "planned")])
def test_german_werden_with_a_participle_is_the_passive_not_a_plan(verb, status):
    text = f"Nach Angaben aus Investorenkreisen wird Qubitra damit mit rund 600 Millionen Euro {verb}."
    assert [f[5] for f in figures(text, "de")] == [status]


def test_a_year_after_another_amount_is_that_amount_s_unless_the_first_runs_to_it():
    forecast = ("Skarvik said its revenue rose 9% to 4.1 billion euros, and the company forecast revenue of about "
                "4.6 billion euros in 2026.")
    assert [(f[0], f[2], f[3]) for f in figures(forecast, "en")] == [(4.1e9, None, None), (4.6e9, 2026, 2026)]
    cut = "L'investissement est ramené de 310 millions d'euros à 120 millions d'euros sur la période 2026-2028."
    assert [(f[2], f[3]) for f in figures(cut, "fr")] == [(2026, 2028), (2026, 2028)]
    # nor one joined to it with its own kind: the year of both
    both = "Meridian reported revenue of $127 million and net income of $9.8 million for 2025."
    assert [(f[2], f[3]) for f in figures(both, "en")] == [(2025, 2025), (2025, 2025)]


@pytest.mark.parametrize(("clause", "years"), [
    ("der damals 40 Millionen Euro für 75 Prozent der Anteile gezahlt hatte", (2023, 2023)),
    ("der 40 Millionen Euro im Jahr in das Werk investiert", (2023, 2026)),
])
def test_then_in_an_amount_s_clause_dates_it_by_the_first_year_of_a_span(clause, years):
    text = f"KEMPTEN, 9. Februar 2026 (Reuters) – Eigner ist seit 2023 der Finanzinvestor Elbkapital, {clause}."
    assert [(f[2], f[3]) for f in figures(text, "de")] == [years]


@pytest.mark.parametrize(("text", "language", "years"), [
    # results going on with the sentence before take its year, though a weekday dates the news
    ("SIEGEN, 5. März 2026 – Siegtal hat im Geschäftsjahr 2024/25 einen Nettoverlust von 186 Millionen Euro verbucht. "
     "Der Umsatz sank um elf Prozent auf 2,3 Milliarden Euro, wie der Konzern am Donnerstag mitteilte.", "de",
     (2025, 2025)),
    # the sentence before is about its latest year, not the base it compares with
    ("Skarvik said its net loss narrowed to 96 million euros in 2025 from 240 million euros in 2024. Revenue rose 9% "
     "to 4.1 billion euros.", "en", (2025, 2025)),
    # a sentence naming more results anywhere before its amount goes on with them ...
    ("Im Geschäftsjahr 2024/25 sank der Umsatz von Siegtal auf 8,9 Milliarden Euro. Unter dem Strich stand ein "
     "Verlust von 412 Millionen Euro.", "de", (2025, 2025)),
    # ... one naming other money does not
    ("Im Geschäftsjahr 2024/25 sank der Umsatz von Siegtal auf 8,9 Milliarden Euro. Unter dem Strich stand eine "
     "Investition von 412 Millionen Euro.", "de", (None, None)),
])
def test_results_going_on_take_the_year_of_the_results_before(text, language, years):
    assert [(f[2], f[3]) for f in figures(text, language)][-1] == years


@pytest.mark.parametrize(("announced", "years"), [("Tessel also published its results for 2025.", (2025, 2025)),
                                                  ("Tessel also published its plans for Spain.", (None, None)),
                                                  # a sentence naming a fiscal year is about it
                                                  ("Tessel gained from travel in fiscal 2025.", (2025, 2025)),
                                                  ("Tessel gained from travel since 2025.", (None, None)),
                                                  # a sentence measuring a year against its targets is about it
                                                  ("Tessel missed its targets for 2025.", (2025, 2025)),
                                                  ("Tessel missed its trains in 2025.", (None, None))])
def test_results_take_the_year_of_the_results_the_sentence_before_announces(announced, years):
    text = f"Tessel bought Cobralia.\n\n{announced} Net revenue rose 41% to 318 million euros."
    assert [(f[2], f[3]) for f in figures(text, "en")] == [years]


@pytest.mark.parametrize(("language", "text", "expected"), [
    # the plan beside the outcome, and the outcome beside the plan, are of the same years and keep their status
    ("de", "Das Ebit erreichte 2025 18 Millionen Euro, geplant waren 27 Millionen Euro.",
     [(2025, "actual"), (2025, "planned")]),
    ("de", "Für 2025 waren 30 Millionen Euro vorgesehen, tatsächlich flossen nur 22 Millionen Euro.",
     [(2025, "planned"), (2025, "actual")]),
    ("en", "Halden invested about €52 million in 2025, against the €74 million it had budgeted.",
     [(2025, "actual"), (2025, "planned")]),
    ("fr", "En 2024, le club n'a dépensé que 68 millions de francs, alors qu'il en avait budgété 75 millions.",
     [(2024, "actual"), (2024, "planned")]),
    # the target the outcome missed, and the results going on past a semicolon after it
    ("de", "OSLO, 18. Juni 2026 – 2025 setzte Nordtang 46 Millionen Kronen um und verfehlte damit das Ziel von 60 "
           "Millionen Kronen deutlich; der Verlust weitete sich auf 38 Millionen Kronen aus.",
     [(2025, "actual"), (2025, "planned"), (2025, "actual")]),
    ("de", "OSLO, 18. Juni 2026 – 2025 setzte Nordtang 46 Millionen Kronen um und nannte für 2028 ein Ziel von 60 "
           "Millionen Kronen.", [(2025, "actual"), (2028, "planned")]),
    # the plan the outcome fell short of, said to be the original one
    ("de", "Unter dem Strich stand 2025 ein Verlust von 3,4 Millionen Euro, nachdem der Vorstand ursprünglich einen "
           "Überschuss von rund 5 Millionen Euro in Aussicht gestellt hatte.", [(2025, "actual"), (2025, "planned")]),
    # the earlier plan for the same years
    ("de", "Für 2025 rechnet Halden nur noch mit 320 Millionen Euro, nachdem sie bislang 380 Millionen Euro angepeilt "
           "hatten.", [(2025, "planned"), (2025, "planned")]),
    ("en", "Halden now expects revenue of $1.44 billion for fiscal 2026, compared with a previous forecast of $1.40 "
           "billion.", [(2026, "planned"), (2026, "planned")]),
    # a forecast after the results is no plan for their year
    ("de", "Der Umsatz stieg 2025 auf 264 Millionen Euro, und der Vorstand erwartet 300 Millionen Euro.",
     [(2025, "actual"), (None, "planned")]),
    ("en", "Revenue rose to €264 million in 2025, and the company expects €300 million.",
     [(2025, "actual"), (None, "planned")]),
])
def test_an_outcome_and_the_plan_it_is_measured_against_share_their_years(language, text, expected):
    assert [(f[3], f[5]) for f in figures(f"Halden AG.\n\n{text}", language)] == expected


@pytest.mark.parametrize(("text", "years"), [
    # the two ends of a range share their years ...
    ("Hollis Ridge expects revenue of $140 million to $160 million by 2028.", [(None, 2028), (None, 2028)]),
    # ... a base a change runs from does not take the years of its end
    ("Hollis Ridge said revenue will grow from $88 million to $140 million by 2028.", [(None, None), (None, 2028)]),
])
def test_the_ends_of_a_range_share_their_years(text, years):
    assert [(f[2], f[3]) for f in figures(text, "en")] == years


def test_results_going_on_after_a_plan_for_a_year_gone_by_take_its_year():
    text = ("OSNABRÜCK, 3. März 2026 – Hagedorn verfehlte 2025 seine Ziele deutlich. Der Umsatz sank auf 264 Millionen "
            "Euro, geplant waren 300 Millionen Euro. Unter dem Strich stand ein Verlust von 7,4 Millionen Euro.")
    assert [(f[2], f[3]) for f in figures(text, "de")] == [(2025, 2025)] * 3


def test_future_year_without_a_cue_is_planned():
    text = "PARIS, 5 June 2024 — Capgemini revenue of €25 billion in 2026."
    assert figures(text, "en")[0][5] == "planned"


def test_clauses_keep_status_apart():
    text = ("The company spent $29.5 billion in fiscal 2024, and it expects capital expenditure to exceed "
            "$70 billion in fiscal 2025.")
    assert [f[5] for f in figures(text, "en")] == ["actual", "planned"]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Kaneshiro paid Lumora Bio $150 million upfront, with up to $1.2 billion more if the drug reaches "
           "the market."),
    ("de", "Im März zahlte Siemens 300 Mio. Euro für die Firma, weitere 100 Mio. Euro fließen, wenn das Mittel "
           "zugelassen wird."),
])
def test_money_paid_is_actual_and_money_on_a_condition_planned(language, text):
    assert [f[5] for f in figures(text, language)] == ["actual", "planned"]


@pytest.mark.parametrize(("text", "status"), [
    ("LEIPZIG, 4. März 2025 – Für 2025 stellt Velto einen Umsatz von 20 Mio. Euro in Aussicht.", "planned"),
    ("LEIPZIG, 4. März 2025 – Für 2025 meldete Velto bisher einen Umsatz von 20 Mio. Euro.", "actual"),
])
def test_a_prospect_is_planned(text, status):
    assert [f[5] for f in figures(text, "de")] == [status]


def test_a_plan_joined_by_and_has_its_own_years():
    text = ("Samsung spent 35 trillion won on research and development in 2024 and plans to invest 60 trillion won "
            "in new production lines at its Pyeongtaek campus between 2025 and 2028.")
    assert [(f[2], f[3], f[5]) for f in figures(text, "en")] == [(2024, 2024, "actual"), (2025, 2028, "planned")]


def test_a_founding_year_is_not_the_figures_year():
    text = "Voltaic, founded in 2019, raised £120m."
    assert figures(text, "en")[0][2:4] == (None, None)


PARTS = [
    ("de", "Zwischen 2025 und 2030 will RWE rund 35 Mrd. Euro investieren, davon 1,5 Mrd. Euro in Elektrolyseure.",
     [(35e9, "EUR", 2025, 2030, "investment", "planned", None), (1.5e9, "EUR", 2025, 2030, "investment", "planned",
                                                                  35e9)]),
    ("en", "Voltaris will invest €1.2 billion in a cell factory between 2025 and 2028.\n\nOf that sum, €380 million "
           "will come from subsidies.",
     [(1.2e9, "EUR", 2025, 2028, "investment", "planned", None), (380e6, "EUR", 2025, 2028, "funding", "planned",
                                                                   1.2e9)]),
    ("fr", "En 2024, Fygo a racheté Kontoro pour 90 millions d'euros, dont 30 millions en numéraire.",
     [(90e6, "EUR", 2024, 2024, "other", "actual", None), (30e6, "EUR", 2024, 2024, "other", "actual", 90e6)]),
    ("en", "Acme will invest $10 billion by 2030, $2.5 billion of it in India.",
     [(10e9, "USD", None, 2030, "investment", "planned", None), (2.5e9, "USD", None, 2030, "investment", "planned",
                                                                  10e9)]),
    # the whole is the plan, not the comparison base after it
    ("de", "Für 2025 sind Ausgaben für Forschung und Entwicklung von 2,6 Mrd. Euro eingeplant, nach 2,4 Mrd. Euro "
           "im Vorjahr. Den größten Teil davon, rund 1,7 Mrd. Euro, erhält die Pharmasparte.",
     [(2.6e9, "EUR", 2025, 2025, "rd_spending", "planned", None), (2.4e9, "EUR", 2024, 2024, "rd_spending", "actual",
                                                                    None),
      (1.7e9, "EUR", 2025, 2025, "rd_spending", "planned", 2.6e9)]),
    # a verb of including before the part, a noun for the whole after it
    ("de", "Bis 2029 will Kordan 4 Mrd. Euro in Netze investieren. Das Programm umfasst 1,5 Mrd. Euro für Glasfaser.",
     [(4e9, "EUR", None, 2029, "investment", "planned", None), (1.5e9, "EUR", None, 2029, "investment", "planned",
                                                                 4e9)]),
    ("fr", "Brevan investira 800 millions d'euros entre 2026 et 2028. Le plan comprend 300 millions d'euros pour "
           "la Pologne.",
     [(800e6, "EUR", 2026, 2028, "investment", "planned", None), (300e6, "EUR", 2026, 2028, "investment", "planned",
                                                                   800e6)]),
    ("de", "Bis 2030 sollen 6 Mrd. Euro in neue Werke fließen. Rund 2 Mrd. Euro der Summe gehen nach Ungarn.",
     [(6e9, "EUR", None, 2030, "investment", "planned", None), (2e9, "EUR", None, 2030, "investment", "planned",
                                                                 6e9)]),
    # a part word opening the sentence of its amount; a part joined to a part
    ("de", "Die Bahn will von 2027 bis 2033 rund 3,6 Mrd. Euro investieren. Davon stellen die beteiligten "
           "Bundesländer rund 1,5 Mrd. Euro bereit.",
     [(3.6e9, "EUR", 2027, 2033, "investment", "planned", None), (1.5e9, "EUR", 2027, 2033, "investment", "planned",
                                                                   3.6e9)]),
    ("fr", "Logivia va consacrer 1,1 milliard d'euros entre 2026 et 2028 à ses entrepôts. Sur cette enveloppe, 420 "
           "millions d'euros iront à l'achat de robots et 150 millions à la formation.",
     [(1.1e9, "EUR", 2026, 2028, "investment", "planned", None),
      (420e6, "EUR", 2026, 2028, "investment", "planned", 1.1e9),
      (150e6, "EUR", 2026, 2028, "investment", "planned", 1.1e9)]),
    # "und weitere" joins an amount to the part before it, however long the part's clause
    ("de", "Von 2026 bis 2030 will Heidewald rund 210 Millionen Euro investieren, davon etwa 60 Millionen Euro in "
           "einen neuen Ferienpark am Bodensee und weitere 45 Millionen Euro in Tiny Houses.",
     [(210e6, "EUR", 2026, 2030, "investment", "planned", None), (60e6, "EUR", 2026, 2030, "investment", "planned",
                                                                   210e6),
      (45e6, "EUR", 2026, 2030, "investment", "planned", 210e6)]),
    # a part word opening its sentence reaches past a sentence without money; a part whose clause names its own kind
    # keeps it (the whole's money comes from grants)
    ("en", "Revalo will invest 420 million euros from 2026 to 2028 in a plant. The plant will process 110,000 tonnes "
           "of waste a year. Of the total, 135 million euros will come from a European Investment Bank loan.",
     [(420e6, "EUR", 2026, 2028, "investment", "planned", None), (135e6, "EUR", 2026, 2028, "funding", "planned",
                                                                   420e6)]),
    # ... as does a part word inside its sentence
    ("de", "Kessler will von 2026 bis 2029 rund 85 Millionen Euro in ein Gewächshaus investieren. Dort sollen "
           "Tomaten wachsen. Auf die Heizung entfallen davon rund 23 Millionen Euro.",
     [(85e6, "EUR", 2026, 2029, "investment", "planned", None), (23e6, "EUR", 2026, 2029, "investment", "planned",
                                                                  85e6)]),
    # ... but not past a sentence with money of its own
    ("en", "Revalo will invest 420 million euros from 2026 to 2028 in a plant. It made a loss of 7 million euros in "
           "2025. Of the total, 15 million euros came from grants.",
     [(420e6, "EUR", 2026, 2028, "investment", "planned", None), (7e6, "EUR", 2025, 2025, "profit", "actual", None),
      (15e6, "EUR", None, None, "funding", "actual", None)]),
    # not parts: a comparison base after "of the total", a larger amount, "davon" with no amount before, an
    # amount joined to one that is no part
    ("fr", "Logivia a investi 1,1 milliard d'euros en 2025. En 2026, elle investira 420 millions d'euros en "
           "Espagne et 150 millions en France.",
     [(1.1e9, "EUR", 2025, 2025, "investment", "actual", None), (420e6, "EUR", 2026, 2026, "investment", "planned",
                                                                  None),
      (150e6, "EUR", 2026, 2026, "investment", "planned", None)]),
    ("en", "Lending generated £198m of revenue in 2025, almost half of the total, up from £121m the year before.",
     [(198e6, "GBP", 2025, 2025, "revenue", "actual", None), (121e6, "GBP", 2024, 2024, "revenue", "actual", None)]),
    ("en", "Acme invested €5 billion in 2024. The industry, of which Acme is a part, invested €20 billion in 2024.",
     [(5e9, "EUR", 2024, 2024, "investment", "actual", None), (20e9, "EUR", 2024, 2024, "investment", "actual",
                                                                None)]),
    ("de", "Heidewald investierte 2025 rund 210 Millionen Euro in Parks. Der Umsatz lag 2024 bei 90 Millionen Euro und "
           "im Jahr 2023 bei weiteren 45 Millionen Euro.",
     [(210e6, "EUR", 2025, 2025, "investment", "actual", None), (90e6, "EUR", 2024, 2024, "revenue", "actual", None),
      (45e6, "EUR", 2023, 2023, "revenue", "actual", None)]),
    ("de", "Samsung profitiert davon: Im Jahr 2024 verdiente der Konzern 9 Mrd. Euro.",
     [(9e9, "EUR", 2024, 2024, "profit", "actual", None)]),
    # a part of a plan's cost, named after it, takes the plan's years
    ("en", "Huaxia will spend 8.6 billion yuan on a park between 2026 and 2029. Its partner will hold 35% of the "
           "project and contribute 3 billion yuan of its cost.",
     [(8.6e9, "CNY", 2026, 2029, "investment", "planned", None), (3e9, "CNY", 2026, 2029, "investment", "planned",
                                                                  8.6e9)]),
    # ... nor an amount an including verb stands before when no larger one in its currency precedes it
    ("en", "Tarvik spent $3 billion on research in 2024. Its plan includes investing €5 billion in 2026.",
     [(3e9, "USD", 2024, 2024, "rd_spending", "actual", None), (5e9, "EUR", 2026, 2026, "investment", "planned",
                                                                 None)]),
]


@pytest.mark.parametrize(("language", "text", "expected"), PARTS)
def test_a_part_is_a_figure_of_its_own_that_points_to_its_whole(language, text, expected):
    assert linked(text, language, link="part_of") == expected


@pytest.mark.parametrize(("language", "text", "kept"), [
    # a class defined by a floor or a ceiling, a threshold: no figures
    ("en", "Tern became one of Britain's unicorns – start-ups valued at more than $1 billion.", []),
    ("de", "Zum Einhorn – so nennt die Branche Start-ups, die mit mehr als einer Milliarde Dollar bewertet werden – "
           "fehlt Lumora nicht mehr viel.", []),
    ("de", "Als Gigafabrik gelten nur Projekte, deren Investitionsvolumen bei mindestens 3 Mrd. Euro liegt.", []),
    ("en", "Its deposits are far below the £25bn threshold at which banks must ring-fence their retail arms.", []),
    ("en", "The city offers subsidies to start-ups with annual sales of less than 200 million yuan.", []),
    ("fr", "Le terme désigne une start-up non cotée valorisée à plus d'un milliard de dollars.", []),
    ("de", "Die Schwelle von 50 Mio. Euro gilt für alle Anträge.", []),
    ("de", "Die Bahn muss ausschreiben, sobald der Auftragswert den EU-Schwellenwert für Sektorenauftraggeber von "
           "derzeit 443.000 Euro übersteigt.", []),
    ("de", "Der Kaufpreis liegt über der Transaktionswertschwelle von 400 Millionen Euro.", []),
    ("en", "Kavo is now a decacorn, the term for a private start-up worth $10 billion or more.", []),
    ("de", "Gefördert werden alle Firmen aus strukturschwachen Regionen mit höchstens 20 Mio. Euro Umsatz.", []),
    # a condition: an amount a verb of exceeding compares with, in a clause a condition word opens (before the
    # amount, or after it in German); money in a main clause after a condition stays
    ("en", "Bonuses at Nordvott are paid only if annual operating profit exceeds 100 million crowns.", []),
    ("fr", "L'Autorité est compétente lorsque les entreprises concernées dépassent 150 millions d'euros.", []),
    ("de", "Boni gibt es bei Nordvott nur, wenn der Betriebsgewinn 100 Millionen Euro übersteigt.", []),
    ("en", "If approved, Nordvott will spend more than 100 million euros on a plant in 2026.", [100e6]),
    ("en", "Nordvott's revenue exceeded 100 million euros in 2025.", [100e6]),
    ("de", "Offen ist, wann Firmen als Großunternehmen gelten: bei einem Umsatz von mehr als 50 Mio. Euro.", []),
    ("fr", "Elle rejoint le club des sociétés européennes de robotique à avoir levé plus de 50 millions d'euros.", []),
    ("de", "Für Ratenkäufe gilt eine Obergrenze von 1.500 Euro je Bestellung.", []),
    ("de", "Großprojekte mit einem Volumen von mehr als 50 Mio. Euro will Kessler nur mit Partnern übernehmen.", []),
    ("de", "Transferia darf Neukunden mit einem erwarteten Zahlungsvolumen von mehr als zehn Millionen Euro im Jahr "
           "nur nach Freigabe aufnehmen.", []),
    ("fr", "L'abonnement offre la livraison gratuite dès 25 euros d'achat.", []),
    ("de", "Das Abo bietet kostenlosen Versand ab 25 Euro Bestellwert.", []),
    # a definition the sentence names, a mark one word after the amount
    ("de", "Als Manufaktur gilt nach der Definition des Verbands, wer weniger als zwei Millionen Euro im Jahr "
           "umsetzt.", []),
    ("en", "Crossing the 10 million pound revenue mark means Hive Mead no longer qualifies for a grant.", []),
    ("fr", "Franchir la barre des 10 millions d'euros de chiffre d'affaires privera Korrigan d'une aide.", []),
    # a class of businesses the sentence restricts or defines by an amount
    ("de", "Förderfähig sind Betriebe mit weniger als 250 Beschäftigten und höchstens 50 Millionen Euro Jahresumsatz.",
     []),
    ("en", "Most firms in the district are small enterprises, which the European Commission defines as having annual "
           "turnover of no more than 10 million euros.", []),
    # money someone spends or receives, floor or not
    ("en", "Hive Mead raised 10 million pounds in 2025 to mark its tenth year.", [10e6]),
    ("en", "Lumora raised more than $1 billion in 2024.", [1e9]),
    ("en", "The unicorn raised $200 million in 2024.", [200e6]),
    ("en", "More than 40 companies with AI products raised more than $1 billion in 2024.", [1e9]),
    ("fr", "Kairn, la nouvelle licorne, a levé plus de 100 millions d'euros en 2025.", [100e6]),
    ("de", "Mehr als 40 Unternehmen investierten 2024 über 5 Mrd. Euro.", [5e9]),
    ("de", "Siemens will bis 2030 mindestens 2 Mrd. Euro in neue Werke investieren.", [2e9]),
    ("en", "Kavo expects to raise $10 billion or more next year.", [10e9]),
    ("fr", "Voltix a été la première à lever 80 millions d'euros en 2024.", [80e6]),
    ("de", "Kessler gewann 2025 Großprojekte im Wert von 80 Mio. Euro an der Grenze zu Polen.", [80e6]),
    ("de", "An der Grenze baut Kessler 2025 für 80 Mio. Euro ein Werk.", [80e6]),
    ("de", "Die Kunden mit Firmenkonten erzielten 2025 mehr als 10 Mio. Euro Umsatz.", [10e6]),
    ("de", "Die Betriebe der Gruppe setzten 2025 zusammen 50 Millionen Euro um.", [50e6]),
    ("fr", "Dès 2027, le groupe investira 2 milliards d'euros dans ses usines.", [2e9]),
    # the price of one thing: per unit, a share price, what one thing costs
    ("en", "Black mass is trading at around $3,000 a tonne.", []),
    ("en", "The kits sell for about $45,000 per tractor.", []),
    ("en", "Skarvik shares rose 6.2% to 112.40 crowns in early trading.", []),
    ("en", "Each locker costs around 8,000 euros to build.", []),
    ("de", "Ein Gerät kostet rund 180.000 Euro.", []),
    ("de", "Warburg hob das Kursziel für die Aktie auf 42 Euro an.", []),
    ("fr", "Le logiciel est facturé 7 euros par bulletin de paie.", []),
    ("fr", "L'électricité sera vendue 68 euros le mégawattheure.", []),
    ("fr", "En Bourse, l'action Sertia a bondi de 12 %, à 14,30 euros.", []),
    ("en", "Revenue per available room at its hotels was 128 euros, the company said.", []),
    ("de", "Der Erlös pro verfügbarem Zimmer stieg 2025 auf 98 Euro.", []),
    # money an organisation spends or receives: a year's amount, pay, millions, no price words
    ("en", "Kavo will pay its chief executive $900,000 a year.", [900e3]),
    ("de", "Das Start-up sammelte 2024 rund 800.000 Euro ein.", [800e3]),
    ("de", "Das Start-up investiert pro Jahr rund 800.000 Euro in Forschung.", [800e3]),
    ("fr", "Sa rémunération s'est élevée à 1,3 million d'euros en 2025, dont 450 000 euros au titre du fixe.",
     [1.3e6, 450e3]),
    ("en", "Orbis agreed to sell its drone unit for $250 million in 2025.", [250e6]),
    ("en", "Skarvik's shares fell after it posted a loss of 800 million crowns in 2025.", [800e6]),
    # a price of one thing in millions: per a unit that is no time, or what one single thing costs
    ("en", "Orbiane aims to charge about 9 million euros per flight.", []),
    ("fr", "Le contrat est évalué à 58 millions d'euros, soit moins de 10 millions d'euros par tir.", [58e6]),
    ("de", "Ein einzelner Verdünnungskryostat kostet bis zu drei Millionen Euro.", []),
    ("en", "Kestrel will invest 9 million euros per year in the plant.", [9e6]),
    ("fr", "Le coût des six réacteurs est estimé à 79,9 milliards d'euros par le groupe.", [79.9e9]),
    ("de", "Der Kryostat-Hersteller kostete Siemens 2025 drei Millionen Euro.", [3e6]),
    # a market's size is no organisation's money, unless a money word of the clause makes it one
    ("en", "Combination vaccines could become a market worth more than $10 billion a year by the early 2030s.", []),
    ("fr", "« Ce prix restera bas », prévient Sven Halvorsen, analyste chez Kepler Cheuvreux, qui estime le marché "
           "européen du captage à 30 milliards d'euros à l'horizon 2035.", []),
    ("en", "Siemens said revenue in the US market rose to $5 billion in 2025.", [5e9]),
    ("fr", "Le bénéfice net des activités, l'indicateur suivi par le marché, s'est établi à 10,3 milliards d'euros.",
     [10.3e9]),
    # client money a bank manages is no money of its own; the bank's revenue is
    ("en", "Assets under management rose to 61 billion francs, helped by net new money of 3.4 billion francs.", []),
    ("fr", "L'opération portera les actifs sous gestion du groupe à quelque 46 milliards de francs.", []),
    ("de", "Die verwalteten Vermögen stiegen auf 61 Milliarden Franken.", []),
    ("en", "The bank's revenue rose to 780 million francs.", [780e6]),
    # a small amount between an article and the noun it modifies is that thing's price, unless the noun is money's
    ("en", "Nocturne had revenue of about $21 million last year, mostly from a $1,499 cover and a $19-a-month "
           "subscription.", [21e6]),
    ("en", "Restwell paid a $500,000 bonus to Anna Berg.", [500e3]),
    ("en", "Restwell paid $500,000 to Anna Berg for the patents in 2025.", [500e3]),
    # "each" before the thing makes its price one thing's
    ("fr", "Chaque imprimante est vendue entre 600.000 euros et 1,2 million d'euros.", []),
    ("en", "Each aircraft costs about 110 million dollars.", []),
    ("de", "Jede Anlage kostet rund zwei Millionen Euro.", []),
    ("en", "Each of the partners invested 110 million dollars in the plant.", [110e6]),
    # a floor of a condition: "above", "au-delà de", "ab einem Volumen von"
    ("en", "Under Treasury rules, MoD contracts above 50 million pounds require separate approval.", []),
    ("fr", "Une ligne ne devient rentable qu'au-delà de 150 millions d'euros de chiffre d'affaires.", []),
    ("de", "Das Programm berücksichtigt nur Vorhaben ab einem Volumen von 50 Millionen Euro.", []),
    ("de", "Das Programm fördert ab 2026 Vorhaben mit 50 Millionen Euro.", [50e6]),
    # under a hundred thousand only a person's pay is a figure: not a wash, a loan to one customer, an income limit
    ("de", "Eine Standardwäsche kostet inzwischen 12 bis 15 Euro, der Umsatz stieg 2025 auf 80 Millionen Euro.",
     [80e6]),
    ("en", "Kindred offers unsecured loans of up to 2,000 pounds and raised 30 million pounds in 2025.", [30e6]),
    ("fr", "La prime vise les ménages dont le revenu est inférieur à 30 000 euros.", []),
    ("de", "Das Einstiegsgehalt der Ingenieure bei Rheinflug liegt bei 68.000 Euro im Jahr.", [68e3]),
    ("en", "Halden raised 250,000 euros from business angels in 2025.", [250e3]),
    # any thing of a class over an amount is a rule's class, no money; a firm's own amount over it is
    ("fr", "Le régulateur soumettra à son avis tout projet supérieur à 50 millions d'euros.", []),
    ("en", "Any energy project costing more than $500 million qualifies for federal loan guarantees.", []),
    ("de", "Der Bund prüft jedes Vorhaben über 50 Millionen Euro.", []),
    ("fr", "Safran a réalisé un chiffre d'affaires supérieur à 20 milliards d'euros en 2024.", [20e9]),
    # the price of one unit, of any size, not the whole of several
    ("fr", "Une machine de ce type se négocie entre 40 et 60 millions d'euros l'unité.", []),
    ("en", "Kestrel ordered three ferries for $70 million apiece in 2025.", []),
    ("en", "Kestrel ordered three ferries for $210 million in all in 2025.", [210e6]),
    # a rent is a price for a time
    ("de", "Die Tagesmieten für einen 500-Tonnen-Kran liegen bei 9.000 bis 12.000 Euro.", []),
    ("de", "Die Tagesmieter des Krans zahlten 2024 zusammen 12 Millionen Euro an Brüggemann.", [12e6]),
])
def test_a_definition_threshold_or_price_of_one_thing_is_not_a_figure(language, text, kept):
    assert [f[0] for f in figures(text, language)] == kept


@pytest.mark.parametrize(("language", "text", "kinds"), [
    # a factory, plant, data centre, research centre or stake is an investment
    ("de", "Infineon will bis 2026 rund 5 Mrd. Euro in das neue Werk in Dresden stecken.", ["investment"]),
    ("en", "BYD will spend $1 billion on a new plant in Hungary by 2027.", ["investment"]),
    ("fr", "Safran va investir 450 millions d'euros dans une nouvelle usine d'ici 2030.", ["investment"]),
    ("de", "Bis 2030 sollen 1,5 Mrd. Euro in ein neues Forschungszentrum fließen.", ["investment"]),
    ("de", "Die EU-Kommission will 20 Mrd. Euro für KI-Gigafabriken bereitstellen.", ["investment"]),
    ("de", "Kuka zahlt für eine Minderheitsbeteiligung 25 Mio. Euro.", ["investment"]),
    # ... and research is R&D, also when a general verb of spending is nearer
    ("de", "Infineon gab 2024 rund 2 Mrd. Euro für Forschung und Entwicklung aus.", ["rd_spending"]),
    ("en", "The company would spend a total of ¥2.8 trillion on R&D from fiscal 2025 to fiscal 2029.",
     ["rd_spending"]),
    ("fr", "Samsung prévoit de consacrer plus de 35 000 milliards de wons (environ 22 milliards d'euros) à la "
           "recherche et au développement cette année.", ["rd_spending", "rd_spending"]),
    ("en", "Norrvik plans to spend 40 billion crowns on product development by 2030.", ["rd_spending"]),
    # valuation, revenue, profit and funding keep their kinds; a noun tied to an amount is that amount's
    ("en", "Halcyon has raised $250 million in a round that values it at $2.1 billion.", ["funding", "valuation"]),
    ("fr", "Safran a réalisé en 2024 un chiffre d'affaires ajusté de 27,3 milliards d'euros et un résultat "
           "opérationnel courant de 4,1 milliards d'euros.", ["revenue", "profit"]),
    ("de", "Im vergangenen Jahr stieg der Umsatz auf 46,3 Mrd. Yuan, der Nettogewinn lag bei 3,1 Mrd. Yuan.",
     ["revenue", "profit"]),
    ("de", "Insgesamt haben Investoren bislang rund 210 Mio. Euro in Finlio gesteckt.", ["funding"]),
    ("de", "Die Europäische Investitionsbank hatte RWE 2024 ein Darlehen über 600 Mio. Euro gewährt.", ["funding"]),
    ("en", "Knotworks agreed a $15 million credit line with PNC Bank in 2025.", ["funding"]),
    ("en", "Knotworks spent $15 million on its line of stores in 2025.", ["investment"]),
    ("en", "Nordwerk could pay up to €150 million more in 2027.", ["other"]),
    # a word that only ends like a facility is none
    ("de", "Das Netzwerk erzielte 2024 einen Umsatz von 3 Mrd. Euro.", ["revenue"]),
    # an amount without a kind word in its clause goes on with the kind of the amount before it in its sentence,
    # not where its clause has a word of its own or the amount before is in another sentence
    ("de", "Den Umsatz für 2024 beziffert Finlio auf 6,5 Mio. Euro; bis 2027 soll er auf mehr als 100 Mio. Euro "
           "steigen.", ["revenue", "revenue"]),
    ("fr", "Kelvia dit avoir réalisé l'an dernier 12 millions d'euros de revenus et vise 50 millions d'euros d'ici "
           "à 2026.", ["revenue", "revenue"]),
    ("de", "Kuka erzielte 2023 einen Umsatz von 4,1 Mrd. Euro und kaufte 2024 die Firma Greifwerk für 25 Mio. Euro.",
     ["revenue", "other"]),
    ("en", "Voltaris raised €310 million in 2024. It expects €40 million in 2026.", ["funding", "other"]),
    # spending, funding and loan words in their other forms; an organisation's name is no cue of its own
    ("de", "Seit 2020 hat Brammer 90 Mio. Euro in neue Maschinen gesteckt.", ["investment"]),
    ("de", "Brammer hat sich hohe Ziele gesteckt und erzielte 2024 einen Umsatz von 90 Mio. Euro.", ["revenue"]),
    ("de", "Die Investitionsbank Hessen gewährt Velto ein Förderdarlehen über 3 Mio. Euro.", ["funding"]),
    ("de", "Velto hat sein Darlehen abgelöst und 2024 einen Umsatz von 3 Mio. Euro erzielt.", ["revenue"]),
    ("fr", "Brivio a réuni 12 millions d'euros auprès de business angels en 2023.", ["funding"]),
    ("fr", "Le salon a réuni 300 exposants ; Brivio y a réalisé 2 millions d'euros de chiffre d'affaires.",
     ["revenue"]),
    ("fr", "Norvia va engager 400 millions d'euros dans son programme spatial.", ["investment"]),
    ("fr", "Norvia va engager 50 ingénieurs et vise un chiffre d'affaires de 40 millions d'euros.", ["revenue"]),
    # a lottery's gross gaming revenue; an enterprise value is a valuation
    ("fr", "Son produit brut des jeux a atteint 512 millions de francs en 2025.", ["revenue"]),
    ("fr", "Cinven l'avait racheté sur la base d'une valeur d'entreprise de 1,9 milliard d'euros.", ["valuation"]),
    ("en", "Cinven bought it at an enterprise value of 1.9 billion euros.", ["valuation"]),
    # the French operating result after its amount is a profit; a plant's running cost ("exploitation" alone) is none
    ("fr", "L'activité dégage à peine 1,5 million d'euros de résultat d'exploitation.", ["profit"]),
    ("fr", "L'exploitation de l'usine coûte 1,5 million d'euros par an.", ["investment"]),
    # a compound of a profit word is a profit
    ("de", "Unter dem Strich blieb ein Jahresüberschuss von 2,1 Millionen Euro.", ["profit"]),
])
def test_kind(language, text, kinds):
    assert [f[4] for f in figures(text, language)] == kinds


def years(text: str, language: str) -> list[tuple]:
    return [(f[2], f[3]) for f in figures(text, language)]


@pytest.mark.parametrize(("language", "text", "expected"), [
    # cumulative spans with their bounds
    ("de", "BERLIN, 3. März 2025 – Seit 2015 hat Siemens rund 5 Mrd. Euro in Forschung investiert.", [(2015, 2025)]),
    ("en", "LONDON, 3 March 2025 – Over the past ten years Acme has invested £5bn in research.", [(2015, 2024)]),
    ("fr", "PARIS, 3 mars 2025 – Fondée en 2019, Kairn a levé 300 millions d'euros depuis sa création.",
     [(2019, 2025)]),
    # a year in a relative clause is that clause's, not the money's
    ("de", "Für eine Beteiligung zahlt das Unternehmen, das seit 2017 zu Midea gehört, 25 Mio. Euro.", [(None, None)]),
    # the past fiscal year, from a neighbouring sentence or the article's date
    ("de", "MÜNCHEN, 12. November 2025 – Im abgelaufenen Geschäftsjahr setzte Siemens 79 Mrd. Euro um. Das "
           "Geschäftsjahr 2024/25 endete am 30. September.", [(2025, 2025)]),
    ("de", "DARMSTADT, 6. März 2025 – Im abgelaufenen Geschäftsjahr setzte Merck 21 Mrd. Euro um.", [(2024, 2024)]),
    # a year that opens a sentence, or the one written in it, dates its reported money
    ("de", "ESSEN, 27. Februar 2025 – Im vergangenen Jahr stieg der Umsatz auf 46,3 Mrd. Euro, der Nettogewinn lag "
           "bei 3,1 Mrd. Euro.", [(2024, 2024), (2024, 2024)]),
    ("fr", "Safran a réalisé en 2024 un chiffre d'affaires de 27,3 milliards d'euros et un résultat opérationnel de "
           "4,1 milliards d'euros.", [(2024, 2024), (2024, 2024)]),
    # a month without a year, the latest one up to the article's date
    ("en", "SHENZHEN, Sept 9, 2025 — In July Lingxi raised 1.5 billion yuan in a Series C round.", [(2025, 2025)]),
    # the news of the day (a weekday) is of the article's year; a plan is not dated by it
    ("en", "SAN FRANCISCO, June 18, 2025 — Halcyon AI has raised $250 million, the company said on Wednesday.",
     [(2025, 2025)]),
    ("en", "SAN FRANCISCO, June 18, 2025 — Halcyon AI will invest $250 million, the company said on Wednesday.",
     [(None, None)]),
    # a sentence going on with the one before takes its year; one that does not, none
    ("en", "MUNICH, 12 March 2025 – Voltaris raised €310 million last year. The round valued the company at €1.4 "
           "billion.", [(2024, 2024), (2024, 2024)]),
    ("en", "MUNICH, 12 March 2025 – Voltaris raised €310 million last year. Rivals spent €2 billion on research.",
     [(2024, 2024), (None, None)]),
    # a sentence going on with the year the one before is about takes it; a year that dates another event, not
    ("de", "KIEL, 5. März 2025 – Das Geschäftsjahr 2024 verlief für Nordwerft glänzend. Der Umsatz wuchs auf 640 "
           "Mio. Euro.", [(2024, 2024)]),
    ("en", "LEEDS, 9 April 2025 – 2024 was a difficult year for Corvane. The net loss widened to £35 million.",
     [(2024, 2024)]),
    ("fr", "NANTES, 3 mars 2025 – L'exercice 2024 s'est achevé sur un record pour Brivio. Le chiffre d'affaires a "
           "atteint 75 millions d'euros.", [(2024, 2024)]),
    ("de", "HAMBURG, 5. März 2026 – NCL hat 2025 deutlich weniger verdient als im Jahr davor. Der Umsatz sank auf "
           "6,4 Mrd. Euro, wie das Unternehmen am Donnerstag mitteilte.", [(2025, 2025)]),
    # a possessive before a money word goes on too; before anything else it does not (below: "Ses concurrents")
    ("fr", "Sur l'exercice 2025, Sertia a enregistré une perte nette de 145 millions d'euros. Ses dépenses de "
           "recherche et développement se sont élevées à 138 millions d'euros.", [(2025, 2025), (2025, 2025)]),
    # results go on past a semicolon in their sentence; a plan there does not take the results' year
    ("de", "2025 setzte das Start-up 6,3 Millionen Euro um; unter dem Strich stand ein Verlust von 21 Millionen Euro.",
     [(2025, 2025), (2025, 2025)]),
    ("de", "2025 setzte das Start-up 6,3 Millionen Euro um; künftig will es 21 Millionen Euro investieren.",
     [(2025, 2025), (None, None)]),
    ("de", "KIEL, 5. März 2025 – Nordwerft wurde 2024 von zwei Ingenieuren gegründet. Der Umsatz wuchs auf 640 "
           "Mio. Euro.", [(None, None)]),
    ("en", "LEEDS, 9 April 2025 – In 2024 Corvane moved its head office to Leeds. The net loss widened to £35 "
           "million.", [(None, None)]),
    ("fr", "NANTES, 3 mars 2025 – L'exercice 2024 s'est achevé sur un record pour Brivio. Ses concurrents ont "
           "consacré 75 millions d'euros à la recherche.", [(None, None)]),
    # a dash after a year opens an aside, except in the dateline at the top
    ("de", "Im Geschäftsjahr 2025/26 stieg der Umsatz auf 5,6 Mrd. Euro. Der Nettogewinn legte auf 94 Mio. Euro zu, "
           "nach 71 Mio. Euro im Vorjahr – ein Rekord.", [(2026, 2026), (2026, 2026), (2025, 2025)]),
    ("de", "ESSEN, 27. Februar 2025 – Der Umsatz stieg auf 46,3 Mrd. Euro.", [(None, None)]),
    # a year right after an amount is that amount's, not the next one's; one after a comma may open the next
    ("fr", "Sur l'exercice 2025/26, Paylia a dégagé un bénéfice de 14 millions d'euros, contre une perte de 27 "
           "millions d'euros un an plus tôt, pour un chiffre d'affaires de 312 millions d'euros.",
     [(2026, 2026), (2025, 2025), (2026, 2026)]),
    ("de", "Im Jahr 2023 lag der Umsatz bei 5 Mio. Euro, im Jahr 2024 stieg der Gewinn auf 2 Mio. Euro.",
     [(2023, 2023), (2024, 2024)]),
    # a year counted from the article's dates what the sentence reports, not what it plans
    ("fr", "PARIS, 2 décembre 2026 – Cobotik a réalisé l'an dernier un chiffre d'affaires de 19 millions d'euros et "
           "a consacré 11 millions d'euros à la recherche.", [(2025, 2025), (2025, 2025)]),
    ("fr", "PARIS, 2 décembre 2026 – Cobotik a réalisé l'an dernier un chiffre d'affaires de 19 millions d'euros et "
           "prévoit d'investir 11 millions d'euros.", [(2025, 2025), (None, None)]),
    # a comparison's year is the comparison's: "from a loss a year earlier"
    ("en", "Paylinea made revenue of £412m in its 2025 financial year and swung to a pre-tax profit of £46.8m from a "
           "loss a year earlier.", [(2025, 2025), (2025, 2025)]),
    # ... and a figure of no year before a base of one year is of the year after it (``_before_a_dated_base``)
    ("fr", "Le bénéfice net de Vireo atteint 40 millions d'euros, contre 31 millions d'euros en 2022.",
     [(2023, 2023), (2022, 2022)]),
    ("fr", "En 2023, le bénéfice net de Vireo atteint 40 millions d'euros, contre 31 millions d'euros en 2022.",
     [(2023, 2023), (2022, 2022)]),
    # a headline's year and the text's open end in that year are one fact, a plan up to a later year another
    ("de", "Ruhrstahl verschiebt Anlage auf 2029 – Kosten steigen auf 3,1 Mrd. Euro\n\nRuhrstahl verschiebt den "
           "Start. Bis zur Inbetriebnahme 2029 soll die Anlage samt zwei Öfen nun 3,1 Mrd. Euro kosten.",
     [(None, 2029)]),
    ("de", "Ruhrstahl investierte 2024 rund 3 Mrd. Euro. Bis 2030 sollen weitere 3 Mrd. Euro fließen.",
     [(2024, 2024), (None, 2030)]),
    # a year after a comparative dates what the amount is compared with; one before it is the amount's
    ("de", "Das Start-up wird mit 1,1 Mrd. Euro bewertet – fast doppelt so hoch wie bei der letzten Runde 2023.",
     [(None, None)]),
    ("de", "Der Auftragsbestand stieg auf 9 Mrd. Euro – mehr als das Fünffache des Umsatzes von 2025.",
     [(None, None)]),
    ("de", "Der Auftragsbestand stieg auf 9 Mrd. Euro im Jahr 2025, mehr als das Fünffache des Umsatzes.",
     [(2025, 2025)]),
    ("en", "The round valued Tallyo at $7.5 billion, twice what investors paid in 2024.", [(None, None)]),
    ("en", "The round valued Tallyo at $7.5 billion in 2024, twice what investors paid.", [(2024, 2024)]),
    # the whole fiscal year of a results report, not the current one
    ("fr", "RENNES, 4 mars 2025 – Sur l'ensemble de l'exercice, Vireo a réalisé un chiffre d'affaires de 2 milliards "
           "d'euros.", [(2024, 2024)]),
    # context dates what was done, not what is planned
    ("en", "TOKYO, May 14, 2025 – In February, Kaneshiro paid Lumora $150 million upfront, with up to $1.2 billion "
           "more if the drug succeeds.", [(2025, 2025), (None, None)]),
])
def test_period_by_context(language, text, expected):
    assert years(text, language) == expected


@pytest.mark.parametrize(("text", "as_of"), [
    ("BERLIN, 3. März 2025 – Siemens will bis 2030 rund 2 Mrd. Euro investieren.", [2025]),  # the article's date
    ("Siemens investierte 2023 rund 1 Mrd. Euro. Bis 2030 sollen 2 Mrd. Euro fließen.", [None, 2023]),  # its latest
    ("Siemens will bis 2030 rund 2 Mrd. Euro investieren.", [None]),  # neither
])
def test_an_open_ended_plan_knows_the_year_it_is_stated_in(text, as_of):
    assert [f.as_of for f in analyze(text, language="de").figures] == as_of


def test_an_analysis_stored_without_the_statement_year_gets_it_when_read():
    text = "BERLIN, 3. März 2025 – Siemens will bis 2030 rund 2 Mrd. Euro investieren."
    current = analyze(text, language="de")
    stored = current.to_dict()
    del stored["figures"][0]["as_of"]
    assert Analysis.from_dict(stored, text=text) == current


@pytest.mark.parametrize(("language", "text", "organizations"), [
    # the subject of the clause's verb, through "said it would", not an organisation in an apposition
    ("en", "Norrvik Motors, the Swedish carmaker controlled by China's Zhejiang Geely Holding Group, said on Thursday "
           "it would invest 12 billion Swedish crowns in its Torslanda plant.", ["Norrvik Motors"]),
    ("en", "Bosch said on Monday that Siemens would invest €2bn in 2025.", ["Siemens"]),
    # "it" is an organisation of its own stretch of the sentence, not one in an aside closed before it
    ("en", "Siemens Energy bought Kelvora Systems after it raised $40 million in 2023.", ["Kelvora Systems"]),
    ("en", "Halvard Foods, a unit of Brennmark Group, said it would spend €80 million on a bakery in 2026.",
     ["Halvard Foods"]),
    # the buyer pays, not the company bought; the subject in German word order, not the object
    ("fr", "Sanofi a racheté la biotech Corvanta Therapeutics pour 1,9 milliard de dollars.", ["Sanofi"]),
    ("de", "Midea hatte Kuka 2017 für rund 4,5 Mrd. Euro übernommen.", ["Midea"]),
    # an investor "led by", "fondée par des anciens de X", a lender or a source is not the spender
    ("en", "Halcyon AI has raised $250 million in a round led by Andreessen Horowitz.", ["Halcyon AI"]),
    ("fr", "Kiroku Robotics, fondée par deux anciens chercheurs de Preferred Networks, a levé 12 milliards de yens.",
     ["Kiroku Robotics"]),
    ("de", "Samsung Electronics will seine Investitionen erhöhen. Rund 53 Billionen Won sollen 2026 in neue Anlagen "
           "fließen, berichtete die Wirtschaftszeitung Korea Economic Daily.", ["Samsung Electronics"]),
    ("fr", "Le plan de financement associe un prêt de 650 millions d'euros accordé par la Banque européenne "
           "d'investissement.", [None]),
    # a possessor, "bei X"; several companies each get their own
    ("en", "Samsung's R&D spending reached $25 billion in 2024, while Intel spent $16 billion.", ["Samsung", "Intel"]),
    ("de", "Mercks Umsatz stieg 2024 auf 21 Mrd. Euro.", ["Merck"]),
    ("de", "Bei Infineon stiegen die Ausgaben für Forschung 2024 auf 2 Mrd. Euro.", ["Infineon"]),
    # an organisation in a relative clause without the amount is not its spender
    ("de", "Für eine Minderheitsbeteiligung zahlt Kuka, das seit 2017 zum Konzern Midea gehört, 25 Mio. Euro.",
     ["Kuka"]),
    # a reference ("the company") is the organisation it stands for
    ("en", "Voltaris raised €310 million last year. The round valued the company at €1.4 billion.",
     ["Voltaris", "Voltaris"]),
])
def test_a_figure_goes_to_the_organisation_that_spends_or_receives_it(language, text, organizations):
    assert [f[6] for f in figures(text, language)] == organizations


@pytest.mark.parametrize(("sentence", "status"), [
    # a sector named with the word for building is no plan of the amount's
    ("Le groupe de construction Batiréa a annoncé jeudi le rachat de Van Damme Bouw pour 640 millions d'euros.",
     "actual"),
    # a round closed to finance a building is money raised
    ("Silexa a annoncé mercredi avoir bouclé une levée de fonds de 420 millions d'euros destinée à financer la "
     "construction d'une raffinerie.", "actual"),
    ("Silexa prévoit de lever 420 millions d'euros pour la construction d'une raffinerie.", "planned"),
])
def test_a_french_deal_closed_is_actual_whatever_it_builds(sentence, status):
    assert figures(f"PARIS, 26 février 2026 (AFP) - {sentence}", "fr")[0][5] == status


@pytest.mark.parametrize(("language", "text", "years"), [
    # a comparative between an amount and a year dates the base, not the amount
    ("en", "Huaxia reported 2025 revenue of 11.4 billion yuan and a net profit of 1.37 billion yuan, more than "
           "double the year before.", (2025, 2025)),
    # also where it runs into the year's own words
    ("en", "Huaxia reported 2025 revenue of 11.4 billion yuan and a net profit of 1.37 billion yuan, more than the "
           "year before.", (2025, 2025)),
    ("de", "Harzland zählte 2025 rund 1,9 Millionen Besucher und setzte 112 Millionen Euro um, elf Prozent mehr als im "
           "Vorjahr.", (2025, 2025)),
    ("en", "Huaxia reported 2025 revenue of 11.4 billion yuan and a net profit of 1.37 billion yuan the year before.",
     (2024, 2024)),
])
def test_a_comparative_before_a_year_compares_the_amount_with_that_year(language, text, years):
    assert figures(text, language)[-1][2:4] == years


@pytest.mark.parametrize(("headline", "count"), [
    # a headline's amount the body repeats with its years is that figure, not another dated by the dateline
    ("Auvergne : le parc Géantia mise 19 millions d'euros sur une montagne russe", 1),
    # one the body does not repeat is a figure of its own
    ("Auvergne : le parc Géantia mise 21 millions d'euros sur une montagne russe", 2),
])
def test_a_headline_amount_the_body_dates_is_one_figure(headline, count):
    text = (f"{headline}\n\nCLERMONT-FERRAND, 2 avril 2026 – Le parc Géantia ouvrira sa nouvelle attraction, qui a "
            "nécessité 19 millions d'euros investis en 2024 et 2025.")
    assert len(figures(text, "fr")) == count


@pytest.mark.parametrize(("text", "years"), [
    # fiscal years named by the month and year the last of them ends in
    ("Kesar will spend 6 billion rupees on a plant over the three fiscal years to March 2029.", (2027, 2029)),
    ("Kesar will spend 6 billion rupees on a plant over the three fiscal years to 2029.", (2027, 2029)),
    ("Kesar will spend 6 billion rupees on a plant by March 2029.", (None, 2029)),
])
def test_fiscal_years_to_a_month_end_in_its_year(text, years):
    assert figures(text, "en")[0][2:4] == years


@pytest.mark.parametrize(("clause", "years"), [
    # a firm that became part of another in a year is a deal of that year, no career step
    ("Viessmann became part of Carrier Global in 2024 in a deal worth about 12 billion euros", (2024, 2024)),
    ("Viessmann became chief executive in 2024 and sealed a deal worth about 12 billion euros", (2025, 2025)),
])
def test_a_firm_becoming_part_of_another_in_a_year_dates_the_deal(clause, years):
    text = f"BIRMINGHAM, Oct 14, 2025 (Reuters) - Hartwell Thermal said on Tuesday it would cut jobs. {clause}."
    assert figures(text, "en")[0][2:4] == years


@pytest.mark.parametrize(("clause", "years"), [
    # the year a firm listed dates its listing, not the deal measured against it ...
    ("its biggest acquisition since it listed in 2017", (2026, 2026)),
    ("its biggest acquisition since it went public on the London Stock Exchange in 2017", (2026, 2026)),
    # ... but a year the deal is in dates the deal
    ("its biggest acquisition in 2017", (2017, 2017)),
])
def test_a_firm_s_listing_year_is_no_year_of_its_money(clause, years):
    text = f"LONDON, March 12, 2026 (Reuters) - Harcourt agreed to buy Leeuwen for 640 million euros, {clause}."
    assert figures(text, "en")[0][2:4] == years


@pytest.mark.parametrize(("listed", "years"), [
    # French: the year since which a firm is listed dates no amount after it ...
    ("coté sur Euronext Growth depuis 2017", (None, None)),
    # ... but a "depuis" that is no listing's is the amount's span
    ("présent en Chine depuis 2017", (2017, 2025)),
])
def test_a_french_firm_s_listing_year_is_no_year_of_its_money(listed, years):
    text = f"PARIS, 3 mars 2025 - Le groupe, {listed}, a réalisé un chiffre d'affaires de 47,2 millions d'euros."
    assert figures(text, "fr")[0][2:4] == years


@pytest.mark.parametrize(("after", "years"), [
    ("The spending is spread over the fiscal years 2027 to 2031, the company said.", (2027, 2031)),
    # the next sentence must be about the money, and name no amount of its own
    ("The new plant manager joined in 2027 from rival JSW, the company said.", (None, None)),
    ("The loan of $1 billion runs from 2027 to 2031, the company said.", (None, None)),
])
def test_the_years_the_next_sentence_spreads_the_money_over_are_the_amount_s(after, years):
    text = f"Vindhya Steel will invest 350 billion rupees to double capacity at its plant. {after}"
    assert figures(text, "en")[0][2:4] == years


@pytest.mark.parametrize(("language", "text", "expected"), [
    # the next sentence says when what the deal pays for happens: the deal's money spans it, and the deal is done
    ("en", "LONDON, June 3, 2026 – Corvane has won a £1.4bn contract from the Ministry of Defence. The contract covers "
           "64 radars and runs from 2027 to 2036.", [(2027, 2036, "actual")]),
    ("de", "Das Auftragsvolumen liegt bei 340 Millionen Euro, davon entfallen 95 Millionen Euro auf Vexar. Der Bau "
           "von 14 Stellwerken soll von 2027 bis 2031 laufen.", [(2027, 2031, "actual"), (2027, 2031, "actual")]),
    ("fr", "SNCF Réseau a attribué à Alstom un contrat de 480 millions d'euros. Le contrat couvre la période "
           "2027-2032.", [(2027, 2032, "actual")]),
    # a span that dates something else: the deal keeps no years (and no dateline gives one)
    ("en", "Corvane has won a £1.4bn order from the Ministry of Defence. Its chief executive ran Thales UK from "
           "2015 to 2020.", [(None, None, "actual")]),
])
def test_a_deal_s_term_in_the_next_sentence_spans_its_money(language, text, expected):
    assert [f[2:4] + f[5:6] for f in figures(text, language)] == expected


@pytest.mark.parametrize(("language", "text", "kinds"), [
    # a kind word past a comma opens the next amount's clause: it is that amount's
    ("de", "Der Umsatz sank um neun Prozent auf 6,4 Mrd. Euro, das operative Ergebnis halbierte sich auf 1,1 Mrd. "
           "Euro.", ["revenue", "profit"]),
    ("en", "Tern raised $100 million, a round that valued the start-up at $900 million.", ["funding", "valuation"]),
    # with no amount after it, it is still the amount's
    ("en", "Tern paid $40 million, its largest acquisition.", ["other"]),
])
def test_a_kind_word_past_a_comma_belongs_to_the_amount_after_it(language, text, kinds):
    assert [f[4] for f in figures(text, language)] == kinds


@pytest.mark.parametrize(("language", "text", "years"), [
    # a sentence saying what the deal before is worth takes the deal's span of years
    ("de", "Meridian bucht zwölf Starts zwischen 2027 und 2030. Der Auftragswert liegt bei 96 Millionen Euro.",
     (2027, 2030)),
    ("fr", "Sorelis assemblera des puces de 2026 à 2030. Le montant atteindrait 300 millions de dollars.",
     (2026, 2030)),
    # not the time since a past year, nor a span before a sentence that does not say what a deal is worth
    ("fr", "Greybridge est propriétaire du site depuis 2019. Le montant de la transaction s'élève à 95 millions "
           "d'euros.", (None, None)),
    ("de", "Meridian bucht zwölf Starts zwischen 2027 und 2030. Vektor sammelte 96 Millionen Euro ein.", (None, None)),
    # a sentence saying what pays for the plan before takes the plan's years, also a deadline's
    ("de", "Die Kette will bis 2028 zwölf Standorte eröffnen. Dafür sind Investitionen von 30 Millionen Franken "
           "eingeplant.", (None, 2028)),
    ("en", "The chain plans to open 12 studios between 2026 and 2028. To that end it has set aside $30 million.",
     (2026, 2028)),
    ("de", "Die Kette will bis 2028 zwölf Standorte eröffnen. Zudem sind Investitionen von 30 Millionen Franken "
           "eingeplant.", (None, None)),
])
def test_what_a_deal_is_worth_spans_the_deal_s_years_in_the_sentence_before(language, text, years):
    assert figures(text, language)[0][2:4] == years


@pytest.mark.parametrize(("text", "expected"), [
    # a year in a clause after the amount's ("…, as it builds scale ahead of a listing next year") is not its year
    ("AMSTERDAM, Feb 10, 2026 - Tessel has agreed to buy Cobralia for 275 million euros, it said on Tuesday, as it "
     "builds scale ahead of a planned listing next year.", (2026, 2026, "actual")),
    # one in its own clause is
    ("AMSTERDAM, Feb 10, 2026 - Tessel will pay 275 million euros for Cobralia next year, it said on Tuesday.",
     (2027, 2027, "planned")),
])
def test_a_year_in_a_later_clause_does_not_date_the_amount(text, expected):
    figure = figures(text, "en")[0]
    assert (figure[2], figure[3], figure[5]) == expected


@pytest.mark.parametrize(("language", "text", "years"), [
    # "und" before a verb of money opens the next amount's clause: the year after it is not the first amount's
    ("de", "Bosch erzielte 2024 einen Umsatz von 186 Millionen Euro und investiert bis 2027 weitere 45 Millionen Euro.",
     (2024, 2024)),
    ("en", "Bosch posted revenue of 186 million euros in 2024 and invests a further 45 million euros by 2027.",
     (2024, 2024)),
    # "und" before the next noun keeps one clause: both amounts are the plan's
    ("de", "Bosch will einen Umsatz von 186 Millionen Euro und bis 2027 einen Gewinn von 45 Millionen Euro erzielen.",
     (None, 2027)),
])
def test_and_before_a_verb_of_money_opens_a_clause_of_its_own(language, text, years):
    assert figures(text, language)[0][2:4] == years


def test_a_part_in_another_currency_is_part_of_the_amount_before_it():
    text = ("Bis 2030 will Rheinbau insgesamt 600 Millionen Euro in Werke stecken; davon entfallen 650 Millionen Zloty "
            "auf ein neues Werk bei Breslau.")
    assert linked(text, "de", link="part_of")[-1] == (650e6, "PLN", None, 2030, "investment", "planned", 600e6)


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Harwick reported a pre-tax profit of 212 million pounds for 2025. Gross written premiums rose 11% to 1.9 "
           "billion pounds."),
    ("de", "Harwick meldete für 2025 einen Gewinn von 212 Millionen Euro. Die Beitragseinnahmen stiegen auf 1,9 "
           "Milliarden Euro."),
])
def test_an_insurer_s_premiums_are_its_revenue(language, text):
    assert figures(text, language)[-1][2:5] == (2025, 2025, "revenue")


@pytest.mark.parametrize(("clause", "dated"), [
    # the years of a relative clause after another ("dont …, qui …") are the clause's own
    (", qui lui cède la participation qu'il détenait depuis 2020.", False),
    (" depuis 2020.", True),
])
def test_a_relative_clause_after_another_keeps_its_years_to_itself(clause, dated):
    text = (f"PARIS, 14 mai 2026 - Tencent investit au total 96 millions d'euros, dont 32 millions versés en capital "
            f"et 64 millions versés à Ubisoft{clause}")
    assert [f[2] == 2020 for f in figures(text, "fr")] == [False, False, dated]


@pytest.mark.parametrize(("language", "text", "years"), [
    ("en", "Hallam's revenue rose 12% in 2026 to £3.48 billion from £3.11 billion.", [(2026, 2026), (2025, 2025)]),
    ("de", "Der Umsatz stieg 2026 auf 2,3 Milliarden Euro nach 2,1 Milliarden Euro.", [(2026, 2026), (2025, 2025)]),
    # a base with its own year keeps it
    ("en", "Hallam's revenue rose 12% in 2026 to £3.48 billion from £3.11 billion in 2023.",
     [(2026, 2026), (2023, 2023)]),
    # a second comparison in the sentence after "a year earlier" is compared with the year before its figure's too
    ("en", "Its revenue rose to £86 million in 2025 from £52 million a year earlier, while its pre-tax loss narrowed "
           "to £41 million from £58 million.", [(2025, 2025), (2024, 2024), (2025, 2025), (2024, 2024)]),
    # a forecast's base is the earlier forecast for the same year
    ("en", "SYDNEY, Aug 19, 2026 - Kurrajong Media cut its net profit forecast for fiscal 2027 to A$51 million from "
           "A$55 million.", [(2027, 2027), (2027, 2027)]),
])
def test_the_base_a_figure_of_one_year_is_compared_with_is_the_year_before(language, text, years):
    assert [f[2:4] for f in figures(text, language)] == years


@pytest.mark.parametrize(("language", "text", "years"), [
    # a figure of no year of its own before a base of one year is of the year after
    ("en", "Orchardline Cider Co reported results. Pretax profit fell to £4.8 million from £6.1 million in 2024/25.",
     [(2026, 2026), (2025, 2025)]),
    ("de", "Die Haßler AG legt Zahlen vor. Der Umsatz stieg auf 5 Millionen Euro nach 4 Millionen Euro im Jahr 2024.",
     [(2025, 2025), (2024, 2024)]),
    # ... not before a base of several years, nor where no comparison joins them
    ("en", "Orchardline Cider Co reported results. Pretax profit fell to £4.8 million from £6.1 million in 2023-2024.",
     [(None, None), (2023, 2024)]),
    ("en", "Orchardline Cider Co reported results. It spent £4.8 million, and £6.1 million in 2024/25.",
     [(None, None), (2025, 2025)]),
    # ... nor before a base an event of its own dates
    ("en", "LONDON, May 5, 2026 - The round values Lumora Ltd at $700 million, up from $310 million when it last "
           "raised money in 2023.", [(2026, 2026), (2023, 2023)]),
])
def test_a_figure_before_a_base_of_one_year_is_of_the_year_after(language, text, years):
    assert [f[2:4] for f in figures(text, language)] == years


@pytest.mark.parametrize(("verb", "status"), [("signed", "actual"), ("sought", "planned")])
def test_a_loan_signed_is_actual_though_the_plan_it_finances_will_come(verb, status):
    text = f"The plan will be partly financed by a 400-million-euro green loan {verb} this month with CaixaBank."
    assert figures(f"MADRID, May 20, 2026 (AFP) - {text}", "en")[0][2:6] == (2026, 2026, "funding", status)


@pytest.mark.parametrize(("text", "expected"), [
    # a year on the amount's side of a comma dates it before a year past the comma; "peilt ... an" is a plan
    ("BREMEN, 3. März 2026 (dpa) – 2025 erzielte OrbiSight einen Umsatz von 18 Mio. Euro, für dieses Jahr peilt das "
     "Unternehmen 45 Mio. Euro an.", [(18e6, 2025, "actual"), (45e6, 2026, "planned")]),
    # with no year on its side, the one past the comma is the amount's
    ("BREMEN (dpa) – OrbiSight erzielte einen Umsatz von 18 Mio. Euro, im Jahr 2025.", [(18e6, 2025, "actual")]),
])
def test_a_year_past_a_comma_dates_an_amount_only_where_its_own_side_has_none(text, expected):
    assert [(f[0], f[3], f[5]) for f in figures(text, "de")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a span of years in the relative clause right after the amount is the term of what the money buys
    ("KOBLENZ, 3. März 2026 (dpa) – Die Behörde bestellt bei Danubia Radare im Wert von 780 Millionen Euro, die von "
     "2026 bis 2032 geliefert werden.", [(780e6, 2026, 2032, "actual")]),
    # one year there is no term: the deal keeps the dateline's year
    ("KOBLENZ, 3. März 2026 (dpa) – Die Behörde bestellt bei Danubia Radare im Wert von 780 Millionen Euro, die ab "
     "2028 geliefert werden.", [(780e6, 2026, 2026, "actual")]),
])
def test_a_span_in_the_relative_clause_after_an_amount_is_its_term(text, expected):
    assert [(f[0], f[2], f[3], f[5]) for f in figures(text, "de")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a year of the amount's own clause, however far after it, dates it before one of the clause before
    ("OXFORD (Reuters) - Valtrix raised 85 million pounds in a Series B round in 2023 led by Oxford Science "
     "Enterprises, and received a $25 million grant from the Coalition for Epidemic Preparedness Innovations (CEPI) "
     "in 2024 to adapt its platform.", [(85e6, 2023), (25e6, 2024)]),
    # with none of its own, the clause before gives it
    ("OXFORD (Reuters) - Valtrix raised 85 million pounds in a Series B round in 2023 led by Oxford Science "
     "Enterprises, and received a $25 million grant from the Coalition for Epidemic Preparedness Innovations (CEPI) "
     "to adapt its platform.", [(85e6, 2023), (25e6, 2023)]),
])
def test_an_amount_s_own_clause_dates_it_before_the_clause_before(text, expected):
    assert [(f[0], f[3]) for f in figures(text, "en")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a complement clause after a comma keeps its plan to itself: the deal was agreed
    ("LONDON, March 9, 2026 (Reuters) - Kestrel Playthings agreed on Monday to buy Brandt GmbH, a family-owned German "
     "producer of wooden toys, for 310 million euros ($336 million), betting that parents will keep paying up.",
     [(310e6, 2026, "actual"), (336e6, 2026, "actual")]),
    # the amount's own clause still has its plan (a deal the article reports is of its year all the same)
    ("LONDON, March 9, 2026 (Reuters) - Kestrel Playthings will pay 310 million euros for Brandt GmbH, betting that "
     "parents keep paying up.", [(310e6, 2026, "planned")]),
])
def test_a_complement_clause_after_a_comma_keeps_its_status_to_itself(text, expected):
    assert [(f[0], f[3], f[5]) for f in figures(text, "en")] == expected


def test_a_restatement_of_a_figure_left_out_points_to_the_one_kept_and_takes_its_years():
    """The headline dates the deal; the body's undated repeat is left out, its conversion stays as the same fact."""
    text = ("Kestrel paid 310 million euros for Brandt in 2025\n\nLONDON (Reuters) - Kestrel Playthings bought Brandt "
            "GmbH for 310 million euros ($336 million), the company said.")
    original, conversion = analyze(text, language="en").figures
    assert conversion.conversion_of == original.start
    assert (conversion.amount, conversion.period_start, conversion.period_end, conversion.status) == (
        336e6, original.period_start, original.period_end, original.status) == (336e6, 2025, 2025, "actual")


@pytest.mark.parametrize(("text", "expected"), [
    # a sentence that gives the target for the figure before plans that figure's year, of its kind ...
    ("BAD ZWISCHENAHN, 3. März 2026 – Die Lorenzen GmbH setzte 2024 58,3 Millionen Euro um. Geplant waren 62 "
     "Millionen Euro.", (62e6, "EUR", 2024, 2024, "revenue", "planned", "Lorenzen GmbH")),
    # ... not a plan of its own
    ("BAD ZWISCHENAHN, 3. März 2026 – Die Lorenzen GmbH setzte 2024 58,3 Millionen Euro um. Bis 2028 will sie 62 "
     "Millionen Euro umsetzen.", (62e6, "EUR", None, 2028, "other", "planned", "Lorenzen GmbH")),
])
def test_a_target_given_after_a_result_is_the_plan_for_the_result_s_year(text, expected):
    assert expected in figures(text, "de")


@pytest.mark.parametrize(("text", "years"), [
    # a decimal comma in the conversion between an amount and its years is no clause's comma
    ("BERLIN, 17. März 2026 (Reuters) – Im Januar hatte Titanform einen Liefervertrag über 15 Millionen Dollar "
     "(rund 13,8 Millionen Euro) für die Jahre 2026 bis 2028 unterzeichnet.", (2026, 2028)),
    # a comma that ends a clause still parts them
    ("BERLIN, 17. März 2026 (Reuters) – Im Januar hatte Titanform einen Liefervertrag über 15 Millionen Dollar "
     "unterzeichnet, die Jahre 2026 bis 2028 bleiben offen.", (2026, 2026)),
])
def test_the_years_after_an_amount_and_its_conversion_are_the_amount_s(text, years):
    dollars = next(f for f in figures(text, "de") if f[1] == "USD")
    assert dollars[2:4] == years


@pytest.mark.parametrize(("text", "years"), [
    # "Von der Summe" opens a part of the amount before: its years and kind
    ("Hägele investiert bis Ende 2027 rund 32 Millionen Euro in ein neues Werk. Von der Summe entfallen 21 Millionen "
     "Euro auf Öfen.", (None, 2027)),
    ("Hägele investiert bis Ende 2027 rund 32 Millionen Euro in ein neues Werk. Im Jahr 2025 entfielen 21 Millionen "
     "Euro auf Öfen.", (2025, 2025)),
])
def test_an_amount_of_the_sum_before_takes_its_years(text, years):
    assert figures(text, "de")[1][2:4] == years


@pytest.mark.parametrize(("sentence", "year"), [
    # "from" before a lender's name says where the money comes from, no comparison: the month after it dates it
    ("Messinia Olive Mills SA took out a 4 million euro loan from Piraeus Bank in December to fund a bottling line.",
     2025),
    # but not past the end of the lender's phrase: a purpose clause's year is what the money is spent on
    ("Messinia Olive Mills SA took out a 4 million euro loan from Piraeus Bank, to open six shops in December.", 2026),
    # "from" before a base is a comparison, whose year is the base's
    ("Messinia Olive Mills SA took out a 4 million euro loan, up from a smaller one in December, to fund a line.",
     2026),
])
def test_from_before_a_lender_is_no_comparison(sentence, year):
    text = f"MADRID, Jan 20, 2026 (Reuters) - Olive mills invest.\n\n{sentence}"
    assert [f[2] for f in figures(text, "en") if f[0] == 4e6] == [year]


@pytest.mark.parametrize(("subject", "whole"), [
    # a part word before a subject of several words is still the part's: its whole is the amount before it
    ("die Investitionsbank des Landes Brandenburg (ILB)", 18e6),
    # but not past another amount: the part word is that amount's
    ("die ILB neben 2 Millionen Euro Eigenmitteln", None),
])
def test_a_part_word_reaches_past_a_long_subject(subject, whole):
    text = ("BERLIN, 4. März 2026 (dpa) – Rollwerk wächst. In den Jahren 2026 und 2027 investiert das Unternehmen 18 "
            f"Millionen Euro in ein Werk in Ludwigsfelde; davon trägt {subject} 5 Millionen Euro.")
    assert [f[-1] for f in linked(text, "de", link="part_of") if f[0] == 5e6] == [whole]
