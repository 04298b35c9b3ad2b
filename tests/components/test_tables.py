"""The tables shown on the pages and exported."""

from __future__ import annotations

from components.currency import conversion, make_converter
from components.tables import (
    affiliations_table,
    entities_table,
    figures_table,
    moves_table,
    organizations_table,
    readable,
)
from extraction import Analysis, analyze


def test_entities_are_grouped_and_counted(seed_analysis: Analysis) -> None:
    table = entities_table(seed_analysis)
    xiaomi = table[table["Entity"] == "Xiaomi"].iloc[0]
    mentions = next(o.mentions for o in seed_analysis.organizations if o.name == "Xiaomi")
    assert xiaomi["Label"] == "Organisation" and xiaomi["Mentions"] == mentions and "Xiaomis" in xiaomi["Written as"]
    assert table.iloc[0]["Entity"] == "Xiaomi"
    assert table["Mentions"].sum() == len(seed_analysis.entities)


def test_figures_table_lists_every_figure_with_years_and_conversion(seed_analysis: Analysis) -> None:
    rates = conversion(["CNY"], target="EUR", converter=make_converter())
    table = figures_table(seed_analysis, conversion=rates)
    assert len(table) == len(seed_analysis.figures)
    span = table[table["As written"] == "100 Milliarden Yuan"].iloc[0]
    assert (span["From year"], span["To year"], span["Period"], span["Qualifier"]) == (2022, 2026, "2022–2026", "over")
    assert str(table["From year"].dtype) == "Int64"
    assert table["Amount in EUR"].iloc[0] == rates.convert(24e9, "CNY")


def test_figures_table_says_a_conversion_is_not_plotted() -> None:
    text = "Alibaba will invest 380 billion yuan ($53 billion) in 2025. Its chairman is paid 5 million yuan."
    table = figures_table(analyze(text, language="en"))
    assert list(table["Plotted"]) == ["yes", "no (the amount before it, in another currency)", "no (no year)"]


def test_affiliations_moves_and_organisations(seed_analysis: Analysis) -> None:
    affiliations = affiliations_table(seed_analysis)
    assert {"Lei Jun", "Luo Fuli", "Zhang Duo", "Lu Weibing"} == set(affiliations["Person"])
    assert (affiliations["Evidence"] != "").all()
    assert moves_table(seed_analysis).iloc[0].to_dict()["To"] == "Xiaomi"
    organizations = organizations_table(seed_analysis)
    assert organizations.set_index("Organisation").loc["Xiaomi", "People"] == "Lei Jun, Luo Fuli, Zhang Duo, Lu Weibing"


def test_tables_on_screen_write_amounts_with_three_significant_digits(seed_analysis: Analysis) -> None:
    rates = conversion(["CNY"], target="EUR", converter=make_converter())
    table = figures_table(seed_analysis, conversion=rates)
    shown = readable(table)
    assert shown["Amount"].tolist()[:2] == ["24 bn CNY", "30 bn CNY"]
    assert shown["Amount in EUR"].iloc[0].endswith(" bn EUR") and table["Amount"].iloc[0] == 24e9  # kept exact
    assert readable(table.assign(Amount=1.05e9))["Amount"].iloc[0] == "1.05 bn CNY"
