"""People cards, career moves and each organisation's people, as HTML from ``templates``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from extraction import Analysis, Person
from extraction.result import Correction

from . import templates
from .corrected import by_id, mark_html
from .highlight import escape
from .links import Link, capitalized, links
from .vocabulary import AFFILIATION_STATUS_NAMES, EDUCATION_ROLES


@dataclass(frozen=True)
class Move:
    """A person now at ``destination`` who worked at ``origins`` before (in the article's order)."""

    person: str
    origins: tuple[str, ...]
    destination: str
    role: str
    evidence: str


def is_education(link: Link) -> bool:
    """True for where someone studied, which is not a job they moved from."""
    return link.affiliation.role in EDUCATION_ROLES


def moves(analysis: Analysis) -> list[Move]:
    """Who moved from where to where: people with a current job and earlier jobs elsewhere."""
    result = []
    for person in analysis.people:
        own = [link for link in links(analysis) if link.person.id == person.id and not is_education(link)]
        current = next((link for link in own if link.affiliation.status == "current"), None)
        if current is None:
            continue
        origins = tuple(dict.fromkeys(link.organization for link in own if link.affiliation.status == "former"
                                      and link.organization != current.organization))
        if origins:
            result.append(Move(person.name, origins, current.organization, current.affiliation.role,
                               current.affiliation.evidence))
    return result


def person_cards_html(analysis: Analysis) -> str:
    """A card per person: current role, move, former jobs, studies, evidence on expand."""
    return templates.CARDS_STYLE + templates.CARDS.format(cards="".join(html for _, html in person_cards(analysis)))


def person_cards(analysis: Analysis) -> list[tuple[Person, str]]:
    """Each person with their card's HTML (without styles), for a page that puts a control under each."""
    all_links = links(analysis)
    by_person = {m.person: m for m in moves(analysis)}
    corrections = by_id(analysis)
    return [(person, person_card_html(person, links=[lk for lk in all_links if lk.person.id == person.id],
                                      move=by_person.get(person.name), corrections=corrections))
            for person in analysis.people]


def person_card_html(person: Person, *, links: Sequence[Link], move: Move | None,
                     corrections: Mapping[str, Correction] | None = None) -> str:
    """One person's card; a fact an analyst corrected carries the 'corrected' mark."""
    corrections = corrections or {}
    current = next((lk for lk in links if lk.affiliation.status == "current"), None)
    jobs = [lk for lk in links if not is_education(lk) and lk is not current]
    studies = [lk for lk in links if is_education(lk)]
    return templates.CARD.format(
        name=escape(person.name) + mark_html(person.correction, corrections),
        meta=escape(_meta(person)),
        now=templates.NOW.format(role=escape(capitalized(current.affiliation.role)),
                                 organization=escape(current.organization),
                                 corrected=mark_html(current.affiliation.correction, corrections))
        if current else templates.NO_ROLE,
        move=templates.MOVE.format(origins=escape(", ".join(move.origins)), destination=escape(move.destination))
        if move else "",
        former=_list("Other roles" if any(lk.affiliation.status != "former" for lk in jobs) else "Former roles",
                     [escape(_job(lk)) + mark_html(lk.affiliation.correction, corrections) for lk in jobs]),
        education=_list("Studied at", [escape(lk.organization) + mark_html(lk.affiliation.correction, corrections)
                                       for lk in studies]),
        evidence=_evidence(links),
    )


def _meta(person: Person) -> str:
    """'3 mentions · also written “Luo Fulis”'."""
    mentions = f"{person.mentions} mention{'s' if person.mentions != 1 else ''}"
    aliases = ", ".join(f"“{a}”" for a in person.aliases)
    return f"{mentions} · also written {aliases}" if aliases else mentions


def _job(link: Link) -> str:
    """'Deep-learning researcher · DeepSeek', with the status when it is not 'former'."""
    status = link.affiliation.status
    suffix = "" if status == "former" else f" ({AFFILIATION_STATUS_NAMES.get(status, status)})"
    return f"{capitalized(link.affiliation.role)} · {link.organization}{suffix}"


def _list(heading: str, items_html: Sequence[str]) -> str:
    """A headed list of ready (escaped) HTML items."""
    if not items_html:
        return ""
    return templates.LIST.format(heading=escape(heading),
                                 items="".join(templates.ITEM.format(text=item) for item in items_html))


def _evidence(links: Sequence[Link]) -> str:
    """The sentences behind a person's affiliations, each once."""
    sentences = list(dict.fromkeys(lk.affiliation.evidence for lk in links if lk.affiliation.evidence))
    if not sentences:
        return ""
    quotes = "".join(templates.QUOTE.format(sentence=escape(s)) for s in sentences)
    count = f"{len(sentences)} sentence{'s' if len(sentences) != 1 else ''}"
    return templates.EVIDENCE.format(count=count, quotes=quotes)


def organizations_html(analysis: Analysis) -> str:
    """Each organisation with people tied to it (current first), most-mentioned organisation first."""
    all_links = links(analysis)
    mentions = {o.name: o.mentions for o in analysis.organizations}
    corrected = {o.name: o.correction for o in analysis.organizations}  # renamed, merged or typed by an analyst
    corrections = by_id(analysis)
    names = sorted(dict.fromkeys(lk.organization for lk in all_links), key=lambda n: -mentions.get(n, 0))
    blocks = []
    for name in names:
        members = sorted((lk for lk in all_links if lk.organization == name),
                         key=lambda lk: lk.affiliation.status != "current")
        people = "".join(templates.MEMBER.format(
            name=escape(lk.person.name), role=escape(capitalized(lk.affiliation.role)),
            former=(templates.FORMER_TAG if lk.affiliation.status == "former" else "")
            + mark_html(lk.affiliation.correction, corrections)) for lk in members)
        count = mentions.get(name)
        meta = f"{count} mention{'s' if count != 1 else ''}" if count else ""
        blocks.append(templates.ORGANIZATION.format(name=escape(name) + mark_html(corrected.get(name), corrections),
                                                    meta=escape(meta), people=people))
    return templates.CARDS_STYLE + templates.ORGANIZATIONS.format(organizations="".join(blocks))


def unlinked_organizations(analysis: Analysis) -> list[str]:
    """Organisations the article names without anyone's role there."""
    linked = {lk.organization for lk in links(analysis)}
    return [o.name for o in analysis.organizations if o.name not in linked]
