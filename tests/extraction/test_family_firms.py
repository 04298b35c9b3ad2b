"""A title with no organisation, and a family noun, stand for the firm named for the person's family."""

from __future__ import annotations

import pytest

from extraction import analyze


def employers(text: str, language: str) -> dict[str, set[str]]:
    return {p.name: {a.organization for a in p.affiliations if a.status == "current"}
            for p in analyze(text, language=language).people}


FAMILY_LEAD = ("Ambrosiana takes 40 percent of rival Serio\n\nMILAN (Reuters) - Button maker Ambrosiana Bottoni SpA "
               "has bought a stake in Bottonificio Serio SpA, a maker of horn buttons.\n\n")


@pytest.mark.parametrize(("paragraph", "person", "employer"), [
    # a title with no organisation goes to the firm that bears the person's family name, not the article's company
    ("Chief executive Chiara Serio will stay in charge.", "Chiara Serio", {"Bottonificio Serio SpA"}),
    # a hyphenated given name, and a double-barrelled family name by either part
    ("Chief executive Anna-Maria Serio will stay in charge.", "Anna-Maria Serio", {"Bottonificio Serio SpA"}),
    ("Chief executive Chiara Rossi-Serio will stay in charge.", "Chiara Rossi-Serio", {"Bottonificio Serio SpA"}),
    # not where no firm bears it
    ("Chief executive Chiara Bellini will stay in charge.", "Chiara Bellini", {"Ambrosiana Bottoni SpA"}),
])
def test_a_title_without_organisation_goes_to_the_firm_named_for_the_family(paragraph, person, employer):
    assert employers(FAMILY_LEAD + paragraph, "en")[person] == employer


def test_a_particle_of_the_family_s_name_may_be_capitalised_in_the_firm_s():
    text = ("Inkwell buys Van Os\n\nLONDON (Reuters) - Inkwell Marking Systems Plc agreed to buy Dutch rival "
            "Stempelfabriek Van Os BV.\n\nManaging director Joost van Os will stay in charge.")
    assert employers(text, "en")["Joost van Os"] == {"Stempelfabriek Van Os BV"}


def test_a_firm_called_by_the_family_name_alone_is_no_family_firm():
    text = ("Ardent buys Hawthorn\n\nLONDON (Reuters) - Ardent Capital agreed to buy Hawthorn Equestrian Group. The "
            "founding Ellison family backs the deal.\n\nFinance director Rupert Ellison will step down once the deal "
            "completes.")
    assert "Ellison" not in {a.organization for p in analyze(text, language="en").people for a in p.affiliations}


def test_a_family_firm_the_person_holds_a_post_at_takes_no_further_title():
    text = ("Orfèvrerie Lambert SA ouvre son capital\n\nPARIS (AFP) - Orfèvrerie Lambert SA accueille le "
            "family office Al-Suwaidi Holding.\n\nRashid Al-Suwaidi, président d'Al-Suwaidi Holding, entrera au "
            "conseil d'administration.")
    held = {a.organization: a.role for p in analyze(text, language="fr").people for a in p.affiliations}
    assert held.get("Orfèvrerie Lambert SA") == "board member"


@pytest.mark.parametrize(("relative", "studied"), [
    # "who" after the family's name makes that mention the person's ...
    ("who", True),
    # ... "which" leaves it the firm's
    ("which", False),
])
def test_a_family_firm_s_name_before_a_person_s_relative_is_the_person(relative, studied):
    text = ("Porcelain maker Ebersbach invests\n\nSELB, Germany (dpa) - Ebersbach Porzellan will invest 6.5 million "
            "euros this year. Managing director Katharina Ebersbach welcomed the grant.\n\nEbersbach, "
            f"{relative} studied at Hof University of Applied Sciences, said revenue rose.")
    result = analyze(text, language="en")
    schools = {a.organization for p in result.people if p.name == "Katharina Ebersbach" for a in p.affiliations}
    assert ("Hof University of Applied Sciences" in schools) is studied
