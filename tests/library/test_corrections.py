"""Corrections applied to an analysis: each kind of correction, facts found by content, and what a newer
analysis of the same text keeps."""

from __future__ import annotations

from dataclasses import replace

import pytest

from extraction.result import Affiliation, Analysis, Figure, Mention, Organization, Person
from extraction.text import sha256
from library.corrections import affiliation_fact, apply, correction, described, figure_fact, mention_fact

TEXT = ("Acme Robotics hired Ada Lovelace from Initech. Lovelace led research at Initech. "
        "Acme will spend 2 billion euros on research in 2025.")


def analysis() -> Analysis:
    """A hand-made analysis of TEXT (exact facts, no NLP)."""
    money = TEXT.index("2 billion euros")
    return Analysis(
        text=TEXT, language="en", text_sha256=sha256(TEXT),
        entities=(Mention("Acme Robotics", "ORG", 0, 13, "O1"), Mention("Ada Lovelace", "PERSON", 20, 32, "P1"),
                  Mention("Initech", "ORG", 38, 45, "O2"), Mention("Lovelace", "PERSON", 47, 55, "P1")),
        people=(Person("P1", "Ada Lovelace", ("Lovelace",), 2, (
            Affiliation("Acme Robotics", "employee", "current", TEXT[:46]),
            Affiliation("Initech", "head of research", "former", TEXT[47:81]))),),
        organizations=(Organization("O1", "Acme Robotics", ("Acme",), 2), Organization("O2", "Initech", (), 2)),
        figures=(Figure("2 billion euros", 2e9, "EUR", "exact", 2025, 2025, "rd_spending", "planned", "Acme Robotics",
                        TEXT[82:], money, money + 15),),
    )


def by(target: str, action: str, **kwargs) -> object:
    return correction(target=target, action=action, author="tester", **kwargs)


def test_a_changed_affiliation_is_marked_and_keeps_the_original_in_its_correction():
    base = analysis()
    person = base.people[0]
    fix = by("affiliation", "change", fact=affiliation_fact(person, person.affiliations[0]),
             values={"role": "chief scientist"}, note="per press release")
    corrected = apply(base, [fix])
    tie = corrected.people[0].affiliations[0]
    assert (tie.role, tie.organization, tie.status, tie.correction) == ("chief scientist", "Acme Robotics", "current",
                                                                        fix.id)
    assert corrected.correction(tie.correction).fact["role"] == "employee"
    assert corrected.corrections[0].applied and corrected.corrected
    assert base.people[0].affiliations[0].role == "employee"  # the machine's analysis is untouched


def test_remove_and_add_affiliations_with_a_new_person_and_organisation():
    base = analysis()
    person = base.people[0]
    removed = by("affiliation", "remove", fact=affiliation_fact(person, person.affiliations[1]))
    added = by("affiliation", "add", values={"person": "Grace Hopper", "organization": "Navy", "role": "admiral",
                                            "status": "former", "evidence": ""})
    corrected = apply(base, [removed, added])
    assert [a.organization for a in corrected.people[0].affiliations] == ["Acme Robotics"]
    hopper = corrected.people[1]
    assert (hopper.name, hopper.affiliations[0].organization, hopper.correction) == ("Grace Hopper", "Navy", added.id)
    assert corrected.organizations[-1].name == "Navy"  # a typed organisation becomes one of the article's


def test_renamed_organisation_renames_its_ties_and_figures_and_keeps_the_old_name_as_alias():
    corrected = apply(analysis(), [by("organization", "rename", fact={"name": "Acme"}, values={"name": "Acme Corp"})])
    acme = corrected.organizations[0]
    assert (acme.name, set(acme.aliases)) == ("Acme Corp", {"Acme Robotics", "Acme"})
    assert corrected.people[0].affiliations[0].organization == "Acme Corp"
    assert corrected.figures[0].organization == "Acme Corp"


def test_merged_people_and_organisations():
    base = replace(analysis(), people=(*analysis().people, Person("P2", "A. Lovelace", (), 1)))
    corrected = apply(base, [
        by("person", "merge", fact={"name": "A. Lovelace"}, values={"into": "Ada Lovelace"}),
        by("organization", "merge", fact={"name": "Initech"}, values={"into": "Acme Robotics"}),
    ])
    assert [p.name for p in corrected.people] == ["Ada Lovelace"]
    assert "A. Lovelace" in corrected.people[0].aliases and corrected.people[0].mentions == 3
    assert [o.name for o in corrected.organizations] == ["Acme Robotics"]
    assert {a.organization for a in corrected.people[0].affiliations} == {"Acme Robotics"}
    assert {m.entity_id for m in corrected.entities if m.label == "ORG"} == {"O1"}


def test_figure_change_remove_and_add():
    base = analysis()
    changed = by("figure", "change", fact=figure_fact(base.figures[0]), values={"period_start": 2026,
                                                                               "period_end": 2026, "status": "actual"})
    corrected = apply(base, [changed])
    assert (corrected.figures[0].period_start, corrected.figures[0].status) == (2026, "actual")
    assert corrected.figures[0].correction == changed.id
    assert apply(base, [by("figure", "remove", fact=figure_fact(base.figures[0]))]).figures == ()
    start = TEXT.index("research in")
    added = by("figure", "add", values={"text": "research", "amount": 5e6, "currency": "USD", "period_start": None,
                                        "period_end": None, "kind": "other", "status": "unknown", "sentence": "s",
                                        "start": start, "end": start + 8, "organization": "Initech"})
    assert [f.amount for f in apply(base, [added]).figures] == [2e9, 5e6]


def test_a_mention_label_is_changed():
    base = analysis()
    fix = by("entity", "change", fact=mention_fact(base.entities[2]), values={"label": "LOC"})
    mention = apply(base, [fix]).entities[2]
    assert (mention.label, mention.entity_id, mention.correction) == ("LOC", None, fix.id)


def test_a_newer_analysis_keeps_the_corrections_that_find_their_fact_and_lists_the_others():
    """The facts are found by content, not position: a newer analysis that lists them in another order
    and lacks one of them is corrected where it can be."""
    base = analysis()
    person = base.people[0]
    fixes = [by("affiliation", "change", fact=affiliation_fact(person, person.affiliations[1]),
                values={"status": "current"}),
             by("figure", "change", fact=figure_fact(base.figures[0]), values={"amount": 3e9})]
    newer = replace(base, figures=(), people=(replace(person, affiliations=person.affiliations[::-1]),))
    corrected = apply(newer, fixes)
    assert [c.applied for c in corrected.corrections] == [True, False]
    initech = next(a for a in corrected.people[0].affiliations if a.organization == "Initech")
    assert initech.status == "current"


def test_an_undone_correction_gives_back_the_machine_fact():
    base = analysis()
    fix = by("figure", "remove", fact=figure_fact(base.figures[0]))
    assert apply(base, [fix]).figures == ()
    assert apply(base, []).figures == base.figures


@pytest.mark.parametrize(("target", "action", "fact", "values", "words"), [
    ("affiliation", "change", {"person": "A", "organization": "X", "role": "r"}, {"role": "s"}, "role “r” → “s”"),
    ("figure", "remove", {"text": "5 €"}, {}, "5 €: removed"),
    ("person", "merge", {"name": "A"}, {"into": "B"}, "merged into B"),
])
def test_each_correction_reads_as_one_line(target, action, fact, values, words):
    assert words in described(by(target, action, fact=fact, values=values))


def test_the_contract_carries_the_corrections_and_reads_them_back():
    base = analysis()
    fix = by("figure", "change", fact=figure_fact(base.figures[0]), values={"amount": 3e9}, note="typo")
    corrected = apply(base, [fix])
    data = corrected.to_dict()
    assert data["figures"][0]["correction"] == fix.id and data["corrections"][0]["note"] == "typo"
    assert Analysis.from_dict(data, text=TEXT) == corrected
