"""People and organisations across library articles: one card per person with every role and its
article, the role now from the latest article, organisations with their people and articles."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from components.combined_people import (
    network_analysis,
    now,
    organizations_table,
    people_table,
    person_cards_html,
)
from components.network import network_figure
from extraction import Affiliation, Analysis, Person
from library import StoredArticle, combine

APRIL, MAY = "Alibaba to pour 380 billion yuan", "Alibaba lifts cloud budget"


@pytest.fixture(scope="module")
def combined(alibaba_articles: list[StoredArticle]):
    return combine(alibaba_articles)


def card(html: str, name: str) -> str:
    (found,) = [c for c in html.split('<article class="nl-card">')[1:] if c.startswith(f"\n<h4>{name}</h4>")]
    return found


def test_a_person_in_both_articles_has_one_card_naming_both(combined) -> None:
    html = person_cards_html(combined)
    wu = card(html, "Eddie Wu")
    assert "In 2 articles, 2 Apr 2025 – 5 May 2025" in wu
    assert wu.count("CEO · Alibaba (current)") == 2 and APRIL in wu and MAY in wu
    assert "<details><summary>Evidence (2 sentences)</summary>" in wu


def test_the_role_now_is_the_latest_articles(combined) -> None:
    wu = next(p for p in combined.people if p.name == "Eddie Wu")
    (latest,) = now(wu)
    assert latest.source.title.startswith(MAY)
    wu_card = card(person_cards_html(combined), "Eddie Wu")
    now_line = wu_card[wu_card.index('<p class="nl-now">'):wu_card.index('<p class="nl-heading">')]
    assert "<b>CEO</b> · Alibaba" in now_line and "5 May 2025" in now_line and "2 Apr 2025" not in now_line


def test_people_table_has_a_row_per_role_and_article(combined) -> None:
    table = people_table(combined)
    wu = table[table["Person"] == "Eddie Wu"]
    assert len(wu) == 2 and wu["Now"].tolist() == ["", "yes"]
    assert wu["Article date"].tolist() == [date(2025, 4, 2), date(2025, 5, 5)]


def test_organisations_join_their_names_and_list_people_and_articles(combined) -> None:
    table = organizations_table(combined).set_index("Organisation")
    alibaba = table.loc["Alibaba"]
    assert alibaba["Also written"] == "Alibaba Group" and alibaba["Articles"] == 2
    assert "Eddie Wu" in alibaba["People"] and "Joe Tsai" in alibaba["People"]
    assert APRIL in alibaba["Source articles"] and MAY in alibaba["Source articles"]


def test_network_draws_each_tie_once(combined) -> None:
    analysis = network_analysis(combined)
    wu = next(p for p in analysis.people if p.name == "Eddie Wu")
    assert [(a.organization, a.status) for a in wu.affiliations] == [("Alibaba", "current")]
    network_figure(analysis)


def stored(number: int, day: date, person: Person) -> StoredArticle:
    text = f"Article {number}"
    analysis = Analysis(text=text, language="en", text_sha256=str(number), people=(person,))
    return StoredArticle(number, f"<b>Title {number}</b>", "", "en", day, datetime.now(timezone.utc), analysis)


def test_a_later_current_job_elsewhere_is_the_role_now_and_everything_is_escaped() -> None:
    earlier = Person("P1", "Zhou <Lin>", (), 1, (Affiliation("ByteDance", "cto", "current", "<script>x</script>"),))
    later = Person("P1", "Zhou <Lin>", (), 1, (Affiliation("Alibaba Cloud", "cto", "current", "Zhou joins."),))
    combined = combine([stored(1, date(2024, 1, 5), earlier), stored(2, date(2025, 4, 2), later)])
    (person,) = combined.people
    assert [a.organization for a in now(person)] == ["Alibaba Cloud"]
    html = person_cards_html(combined)
    assert "<script" not in html and "<b>Title" not in html and "&lt;Lin&gt;" in html
    assert html.count('<p class="nl-now">') == 1
