"""Facts combined across articles: conflicting amounts kept with their sources, people merged by name."""

from __future__ import annotations

import pytest

from extraction import analyze
from library import Library, combine

FIRST = ("HANGZHOU, April 2, 2025 — Alibaba Group will invest 380 billion yuan in cloud infrastructure in 2025, "
         "chief executive Eddie Wu said.")
SECOND = ("BEIJING, May 5, 2025 — Alibaba will invest 420 billion yuan in cloud infrastructure in 2025, "
          "said Eddie Wu, Alibaba's CEO. Joe Tsai, Alibaba's chairman, agreed.")


@pytest.fixture(scope="module")
def combined(backend):
    with Library.open(backend.new()) as library:
        library.save(analyze(FIRST, language="en"), title="First")
        library.save(analyze(SECOND, language="en"), title="Second")
        return combine(library.articles())


def test_different_amounts_for_the_same_year_are_both_kept_with_their_sources(combined):
    amounts = sorted((f.figure.amount, f.source.title, f.organization) for f in combined.figures)
    assert amounts == [(380e9, "First", "Alibaba"), (420e9, "Second", "Alibaba")]
    [conflict] = combined.conflicts()
    assert {item.source.title for item in conflict} == {"First", "Second"}


def test_people_are_merged_by_name_with_every_source(combined):
    wu = next(p for p in combined.people if p.name == "Eddie Wu")
    assert [s.title for s in wu.sources] == ["First", "Second"]
    assert {(a.organization, a.source.title) for a in wu.affiliations} == {("Alibaba", "First"), ("Alibaba", "Second")}
    assert wu.current[0].source.title == "Second"


def test_organisations_join_across_aliases_and_list_their_people(combined):
    alibaba = next(o for o in combined.organizations if o.name == "Alibaba")
    assert "Alibaba Group" in alibaba.aliases
    assert alibaba.people == {"Eddie Wu", "Joe Tsai"}


def test_a_later_article_replaces_the_current_role(backend):
    early = "BERLIN, 3. März 2024 – Siemens-Managerin Katrin Albers führt die KI-Sparte."
    late = "BERLIN, 5. Mai 2025 – Katrin Albers wechselte von Siemens zu SAP."
    with Library.open(backend.new()) as library:
        library.save(analyze(early, language="de"), title="Early")
        library.save(analyze(late, language="de"), title="Late")
        albers = next(p for p in combine(library.articles()).people if p.name == "Katrin Albers")
    assert [(a.organization, a.source.title) for a in albers.current] == [("SAP", "Late")]


def test_a_restatement_in_another_currency_is_kept_and_never_a_conflict(backend):
    converted = ("HANGZHOU, April 2, 2025 — Alibaba will invest 380 billion yuan ($53 billion) in cloud "
                 "infrastructure in 2025.")
    dollars = "BEIJING, May 5, 2025 — Alibaba will invest $55 billion in cloud infrastructure in 2025."
    with Library.open(backend.new()) as library:
        library.save(analyze(converted, language="en"), title="Yuan")
        library.save(analyze(dollars, language="en"), title="Dollars")
        combined = combine(library.articles())
    restated = [item.figure for item in combined.figures if item.figure.derived]
    assert [(f.amount, f.currency, f.conversion_of) for f in restated] == [(53e9, "USD", converted.index("380"))]
    assert combined.conflicts() == []
