"""The 'corrected' mark: on the people cards, the organisations, the highlighted article and in the tables,
with who, when and the machine's value, every piece of it escaped."""

from __future__ import annotations

from components.highlight import article_html
from components.people import organizations_html, person_cards_html
from components.tables import affiliations_table, figures_table
from library.corrections import affiliation_fact, apply, correction, figure_fact, mention_fact
from tests.library.test_corrections import analysis

HOSTILE = '<img src=x onerror="alert(1)">'


def corrected():
    base = analysis()
    person = base.people[0]
    return apply(base, [
        correction(target="affiliation", action="change", fact=affiliation_fact(person, person.affiliations[0]),
                   values={"role": "chief scientist"}, author=HOSTILE, note="<b>per release</b>"),
        correction(target="figure", action="change", fact=figure_fact(base.figures[0]), values={"status": "actual"},
                   author="ana"),
        correction(target="entity", action="change", fact=mention_fact(base.entities[2]), values={"label": "LOC"},
                   author="ana"),
        correction(target="organization", action="rename", fact={"name": "Initech"}, values={"name": "Initech AG"},
                   author="ana"),
    ])


def test_cards_and_organisations_mark_corrected_facts_escaped():
    cards = person_cards_html(corrected())
    assert cards.count('class="nl-corrected"') == 1  # the changed tie (a renamed organisation is marked once, below)
    assert HOSTILE not in cards and "&lt;img src=x" in cards and "&lt;b&gt;per release&lt;/b&gt;" in cards
    assert "role “employee” → “chief scientist”" in cards
    organizations = organizations_html(corrected())
    assert "Initech AG" in organizations and 'class="nl-corrected"' in organizations


def test_tables_say_who_corrected_and_what_the_machine_said():
    ties = affiliations_table(corrected())
    assert ties["Corrected"].iloc[0].startswith(f"Corrected by {HOSTILE} on ")
    assert ties["Role"].iloc[0] == "Chief scientist"
    figures = figures_table(corrected())
    assert "status “planned” → “actual”" in figures["Corrected"].iloc[0]


def test_the_article_marks_a_relabelled_span():
    html = article_html(corrected())
    assert html.count('data-corrected="true"') == 1
    assert "the machine said ORG" in html
