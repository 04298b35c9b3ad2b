"""Correcting facts on the analysis pages (AppTest): a tie on People & organisations, a figure on the
Spending timeline, a label on Entities; each kept in the library, marked, listed and undone."""

from __future__ import annotations

import pytest
from app_session import on_page, paste_and_analyse
from streamlit.testing.v1 import AppTest

from components import library_store

ARTICLE = ("Acme Robotics hires Ada Lovelace from Initech\n"
           "BERLIN, 3 March 2025 - Acme Robotics has hired Ada Lovelace, who led research at Initech. "
           "Lovelace will be chief scientist at Acme Robotics. "
           "Acme Robotics plans to spend 2 billion euros on research and development in 2026.")


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> AppTest:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("NEWSLENS_DATA_DIR", str(tmp_path_factory.mktemp("corrections")))
        at = paste_and_analyse(ARTICLE)
        assert not at.exception, at.exception
        yield at


def kept_analysis():
    return library_store.articles()[0].analysis


def test_a_tie_is_corrected_from_the_person_card_then_undone(session: AppTest, monkeypatch, tmp_path) -> None:
    people = on_page(session, "people")
    lovelace = next(p for p in kept_analysis().people if p.name == "Ada Lovelace")
    people.button(key=f"newslens.people.correct.{lovelace.id}").click().run()
    assert not people.exception
    key = f"newslens.correct.person.{lovelace.id}.0"
    people.text_input(key=f"{key}.role").input("head of robotics research")
    people.text_input(key=f"{key}.note").input("per the company")
    people.button(key=f"{key}.save").click().run()
    assert not people.exception
    tie = next(p for p in kept_analysis().people if p.name == "Ada Lovelace").affiliations[0]
    assert tie.role == "head of robotics research" and tie.correction
    cards = " ".join(h.value for h in people.html)
    assert "Head of robotics research" in cards and 'class="nl-corrected"' in cards
    people.run()
    assert "Corrections (1)" in people.expander[-1].label
    people.button(key=f"newslens.people.corrections.undo.{tie.correction}").click().run()
    assert not kept_analysis().corrections
    assert 'class="nl-corrected"' not in " ".join(h.value for h in people.html)


def test_a_figure_is_corrected_and_the_tables_say_so(session: AppTest) -> None:
    timeline = on_page(session, "timeline")
    timeline.button(key="newslens.timeline.correct").click().run()
    figure = kept_analysis().figures[0]
    key = f"newslens.correct.figure.{figure.start}.{figure.end}"
    timeline.number_input(key=f"{key}.start").set_value(2027)
    timeline.number_input(key=f"{key}.end").set_value(2027).run()
    timeline.button(key=f"{key}.save").click().run()
    assert not timeline.exception
    corrected = kept_analysis().figures[0]
    assert (corrected.period_start, corrected.period_end) == (2027, 2027)
    table = timeline.dataframe[0].value
    assert table["From year"].tolist()[0] == 2027
    assert table["Corrected"].tolist()[0].startswith("Corrected by")
    assert "period_start 2026 → 2027" in table["Corrected"].tolist()[0]


def test_a_label_is_corrected_on_the_entities_page(session: AppTest) -> None:
    entities = on_page(session, "entities")
    entities.button(key="newslens.entities.correct").click().run()
    mentions = kept_analysis().entities
    index = next(i for i, m in enumerate(mentions) if m.text == "Initech")
    entities.selectbox(key="newslens.correct.mention").set_value(index).run()
    key = f"newslens.correct.mention.{mentions[index].start}"
    label = "PERSON" if mentions[index].label != "PERSON" else "ORG"  # labels the page shows by default
    entities.selectbox(key=f"{key}.label").set_value(label).run()
    entities.button(key=f"{key}.save").click().run()
    assert not entities.exception
    assert next(m for m in kept_analysis().entities if m.start == mentions[index].start).label == label
    assert 'data-corrected="true"' in " ".join(h.value for h in entities.html)
