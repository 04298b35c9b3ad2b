"""Every relation pattern is data with an id, a positive example where it must give its affiliation,
and a negative example where it must not (``extraction/lexicon/<language>.relations.toml``)."""

from __future__ import annotations

import pytest

from extraction.analyzer import relation_evidence
from extraction.decide import TIERS
from extraction.relation_patterns import KINDS, STATUSES, relation_patterns
from extraction.unit_patterns import required_tags

PATTERNS = [p for language in ("de", "en", "fr") for p in relation_patterns(language)]


def _found(pattern, text: str) -> set[tuple[str, str, str]]:
    language = pattern.id.split(".")[0]
    return {(e.person.name, e.organization.name if e.organization else "", e.status)
            for e in relation_evidence(text, language=language) if e.pattern == pattern.id}


def _gives(found: set[tuple[str, str, str]], expect: tuple[str, str, str]) -> bool:
    """The expected affiliation among the found ones; a pattern without an organisation (a title the
    article's company is inferred for) names none."""
    person, organisation, status = expect
    return any(p == person and o in (organisation, "") and s == status for p, o, s in found)


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.id)
def test_positive_example(pattern):
    assert _gives(_found(pattern, pattern.example), pattern.expect), _found(pattern, pattern.example)


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.id)
def test_negative_example(pattern):
    person, organisation, _ = pattern.expect
    found = _found(pattern, pattern.counter)
    assert not any(p == person and o in (organisation, "") for p, o, _ in found), found


@pytest.mark.parametrize("language", ["de", "en", "fr"])
def test_patterns_are_well_formed(language):
    patterns = relation_patterns(language)
    ids = [p.id for p in patterns]
    assert len(ids) == len(set(ids)), "pattern ids are unique"
    for pattern in patterns:
        assert pattern.kind in KINDS and pattern.tier in TIERS and pattern.status in STATUSES, pattern.id
        assert pattern.example != pattern.counter, pattern.id


def test_required_tags_are_those_of_elements_that_must_occur():
    assert required_tags("@p=P COMMA det? ~{0,2} of|at ( TITLE )? @o=O") == (
        {"P"}, {"COMMA"}, {"of", "at"}, {"O"})
    assert required_tags("~!to+ @t=TITLE!TITLE:outside{2} be&PAST") == ({"w"}, {"TITLE"})
    assert required_tags("P | O") == ()


def test_as_a_possessive_s_title_ties_to_a_named_organisation_not_to_a_reference():
    # "as its next chief executive": "its" is the appointing firm, not Severn Trent, whose COO she is
    pattern = next(p for p in PATTERNS if p.id == "en.as_org_title")
    found = _found(pattern, "Fenland Water has appointed Rachel Okonkwo-Hale, chief operating officer of Severn "
                            "Trent, as its next chief executive.")
    assert not any(o == "Severn Trent" for _, o, _ in found)
