"""The check articles (``tests/data/check``, written blind): two companies with people of both, an outside
analyst, a degree and a product named like a company. Every person must be shown at the right company: a
wrong employer goes silently into the people cards, the library and every export."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extraction import analyze

CHECK = Path(__file__).parents[1] / "data" / "check"
ARTICLES = [(language, name, gold) for path in sorted(CHECK.glob("*.gold.json"))
            for language in [path.name.split(".")[0]]
            for name, gold in json.loads(path.read_text(encoding="utf-8")).items()]


def _group(organisation: str, groups: list[list[str]]) -> int | str:
    """The gold organisation an organisation's name stands for (any alias), else the name itself."""
    key = organisation.casefold()
    return next((i for i, aliases in enumerate(groups) if key in {a.casefold() for a in aliases}), organisation)


@pytest.fixture(scope="module", params=ARTICLES, ids=[name for _, name, _ in ARTICLES])
def checked(request):
    language, name, gold = request.param
    result = analyze((CHECK / name).read_text(encoding="utf-8"), language=language)
    groups = gold["organizations"]
    found = {(p.name, _group(a.organization, groups), a.status) for p in result.people for a in p.affiliations}
    expected = {(p["name"], _group(a["org"], groups), a["status"]) for p in gold["people"] for a in p["affiliations"]}
    return found, expected


def test_three_languages_are_checked():
    assert {language for language, _, _ in ARTICLES} == {"de", "en", "fr"}


def test_every_person_is_at_their_current_company(checked):
    found, expected = checked
    assert {e for e in expected if e[2] == "current"} <= found


def test_nobody_is_placed_at_a_company_the_article_does_not_give_them(checked):
    found, expected = checked
    held = {(person, organisation) for person, organisation, _ in expected}
    assert not {(person, organisation) for person, organisation, _ in found} - held
