"""People and organisations across library articles, from ``library.combine``: a card per person with
every role and the article that states it, a table of the same, each organisation with its people and
articles, and the person–organisation network of the latest ties.

A person's role now is the latest article's: of the affiliations still current (no later article calls
them former), those stated by the newest article that states any.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pandas as pd

from extraction import Affiliation, Analysis, Organization, Person
from extraction.result import Correction
from library.combine import Combined, CombinedPerson, Source, SourcedAffiliation

from . import templates
from .corrected import correction_words, mark_html
from .highlight import escape
from .library_table import day_words, source_label
from .links import capitalized
from .vocabulary import AFFILIATION_STATUS_NAMES, EDUCATION_ROLES

PEOPLE_COLUMNS = ["Person", "Also written", "Role", "Organisation", "Status", "Now", "Source article",
                  "Article date", "Evidence", "Corrected"]
ORGANIZATION_COLUMNS = ["Organisation", "Also written", "Mentions", "Articles", "People", "Source articles"]


def now(person: CombinedPerson) -> list[SourcedAffiliation]:
    """The person's role(s) now: current jobs (not studies), as the newest article stating one gives them."""
    return [a for a in person.current if a.affiliation.role not in EDUCATION_ROLES]


def articles_of(sources: Sequence[Source]) -> list[Source]:
    """Each article once, oldest first."""
    return sorted({s.article_id: s for s in sources}.values(), key=lambda s: (s.date, s.article_id))


def person_cards_html(combined: Combined) -> str:
    """A card per person, most-reported first: role now, then article by article (oldest first) the roles
    each states, and the evidence."""
    cards = "".join(person_card_html(person, corrections=combined.corrections) for person in combined.people)
    return templates.CARDS_STYLE + templates.CARDS.format(cards=cards)


def person_card_html(person: CombinedPerson, *, corrections: Mapping[str, Correction] | None = None) -> str:
    """One person's card; every value escaped; a role an analyst corrected carries the 'corrected' mark."""
    corrections = corrections or {}
    current = now(person)
    return templates.CARD.format(
        name=escape(person.name),
        meta=escape(_meta(person)),
        now="".join(templates.NOW.format(
            role=escape(capitalized(a.affiliation.role)),
            organization=escape(a.organization) + templates.SOURCE.format(source=f"as of {day_words(a.source.date)}"),
            corrected=mark_html(a.affiliation.correction, corrections))
            for a in current) or templates.NO_ROLE_ACROSS,
        move="",
        former=_list("By article", [_article_html(source, person, corrections=corrections)
                                    for source in articles_of(person.sources)]),
        education="",
        evidence=_evidence(sorted(person.affiliations, key=lambda a: (a.source.date, a.source.article_id))),
    )


def _meta(person: CombinedPerson) -> str:
    """'In 2 articles, 2 Apr 2025 – 5 May 2025 · also written “Wu”'."""
    articles = articles_of(person.sources)
    first, last = day_words(articles[0].date), day_words(articles[-1].date)
    when = first if first == last else f"{first} – {last}"
    count = f"In {len(articles)} article{'s' if len(articles) != 1 else ''}, {when}"
    aliases = ", ".join(f"“{a}”" for a in sorted(person.aliases))
    return f"{count} · also written {aliases}" if aliases else count


def _article_html(source: Source, person: CombinedPerson, *, corrections: Mapping[str, Correction]) -> str:
    """'<b>2 Apr 2025</b> CEO · Alibaba (current) — the article's title': what one article says of them,
    a role a line."""
    roles = [escape(f"{capitalized(a.affiliation.role)} · {a.organization} "
                    f"({AFFILIATION_STATUS_NAMES.get(a.affiliation.status, a.affiliation.status)})")
             + mark_html(a.affiliation.correction, corrections)
             for a in person.affiliations if a.source.article_id == source.article_id]
    said = "<br>".join(roles) or "named, no role stated"
    return f"<b>{escape(day_words(source.date))}</b> {said}" + templates.SOURCE.format(source=escape(source.title))


def _source_html(source: Source) -> str:
    return templates.SOURCE.format(source=escape(source_label(source)))


def _list(heading: str, items_html: Sequence[str]) -> str:
    """A headed list of ready (escaped) HTML items."""
    if not items_html:
        return ""
    return templates.LIST.format(heading=escape(heading),
                                 items="".join(templates.ITEM.format(text=item) for item in items_html))


def _evidence(roles: Sequence[SourcedAffiliation]) -> str:
    """The sentences behind the roles, each once, with its article."""
    quotes = list(dict.fromkeys((a.affiliation.evidence, a.source) for a in roles if a.affiliation.evidence))
    if not quotes:
        return ""
    html = "".join(templates.QUOTE.format(sentence=escape(sentence) + _source_html(source))
                   for sentence, source in quotes)
    return templates.EVIDENCE.format(count=f"{len(quotes)} sentence{'s' if len(quotes) != 1 else ''}", quotes=html)


def people_table(combined: Combined) -> pd.DataFrame:
    """One row per role and article (a person without any: one row), oldest article first."""
    rows = []
    for person in combined.people:
        current = {id(a) for a in now(person)}
        base = {"Person": person.name, "Also written": ", ".join(sorted(person.aliases))}
        for item in sorted(person.affiliations, key=lambda a: (a.source.date, a.source.article_id)):
            rows.append({**base, "Role": capitalized(item.affiliation.role), "Organisation": item.organization,
                         "Status": AFFILIATION_STATUS_NAMES.get(item.affiliation.status, item.affiliation.status),
                         "Now": "yes" if id(item) in current else "", "Source article": item.source.title,
                         "Article date": item.source.date, "Evidence": item.affiliation.evidence,
                         "Corrected": correction_words(item.affiliation.correction, combined.corrections)})
        if not person.affiliations:
            rows += [{**base, "Source article": s.title, "Article date": s.date} for s in articles_of(person.sources)]
    return pd.DataFrame(rows, columns=PEOPLE_COLUMNS)


def organizations_table(combined: Combined) -> pd.DataFrame:
    """Each organisation: its other names, mentions, the articles naming it and the people tied to it; those
    in most articles first, then the most mentioned."""
    rows = [{"Organisation": o.name, "Also written": ", ".join(sorted(o.aliases)), "Mentions": o.mentions,
             "Articles": len(articles_of(o.sources)), "People": ", ".join(sorted(o.people)),
             "Source articles": "; ".join(source_label(s, width=90) for s in articles_of(o.sources))}
            for o in combined.organizations]
    frame = pd.DataFrame(rows, columns=ORGANIZATION_COLUMNS)
    return frame.sort_values(["Articles", "Mentions"], ascending=False, kind="stable").reset_index(drop=True)


def network_analysis(combined: Combined) -> Analysis:
    """The people and their ties as one analysis, for the network chart: per person and organisation, the
    latest article's statement (its role and whether it is current or former)."""
    people = []
    for number, person in enumerate(combined.people, start=1):
        latest: dict[str, SourcedAffiliation] = {}
        for item in sorted(person.affiliations, key=lambda a: (a.source.date, a.source.article_id)):
            latest[item.organization] = item
        ties = tuple(Affiliation(organization, item.affiliation.role, item.affiliation.status,
                                 item.affiliation.evidence) for organization, item in latest.items())
        people.append(Person(f"P{number}", person.name, (), len(person.sources), ties))
    organizations = tuple(Organization(f"O{number}", o.name, tuple(sorted(o.aliases)), o.mentions)
                          for number, o in enumerate(combined.organizations, start=1))
    return Analysis(text="", language="und", text_sha256="", people=tuple(people), organizations=organizations)
