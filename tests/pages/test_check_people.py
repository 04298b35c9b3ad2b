"""The people page of the check articles (``tests/data/check``): every person's card names their current
company and no other, as an analyst pasting the article would see it."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest
from app_session import on_page, paste_and_analyse

CHECK = Path(__file__).parents[1] / "data" / "check"
ARTICLES = [(name, gold) for path in sorted(CHECK.glob("*.gold.json"))
            for name, gold in json.loads(path.read_text(encoding="utf-8")).items()]


def _current_organisations(page_html: str) -> dict[str, set[str]]:
    """Per card: the person's name and the organisations of their current roles, as shown."""
    cards = {}
    for card in page_html.split('<article class="nl-card">')[1:]:
        name = html.unescape(re.search(r"<h4>(.*?)</h4>", card).group(1))
        now = re.findall(r'<p class="nl-now"><b>.*?</b> · (.*?)(?:<span|</p>)', card)
        cards[name] = {html.unescape(org).strip() for org in now}
    return cards


@pytest.mark.parametrize(("name", "gold"), ARTICLES, ids=[name for name, _ in ARTICLES])
def test_every_card_shows_the_person_at_their_current_company(name: str, gold: dict) -> None:
    people = on_page(paste_and_analyse((CHECK / name).read_text(encoding="utf-8")), "people")
    assert not people.exception
    cards = _current_organisations(" ".join(element.value for element in people.html))
    groups = [{alias.casefold() for alias in aliases} for aliases in gold["organizations"]]
    for person in gold["people"]:
        current = [a["org"] for a in person["affiliations"] if a["status"] == "current"]
        if not current:
            continue
        allowed = set().union(*(g for g in groups if {c.casefold() for c in current} & g))
        shown = {org.casefold() for org in cards[person["name"]]}
        assert shown and shown <= allowed, (person["name"], cards[person["name"]], current)
