"""An analyst's corrections applied to a machine analysis: the corrected facts, each marked with the
correction that changed it, and which corrections no longer find their fact.

A correction names its fact by content (``Correction.fact``): a person and an organisation (and the
role, to tell two ties apart), a figure's offsets, text, amount, currency and period, a mention's
offsets and label. A newer extractor's analysis of the same text is corrected the same way wherever
the fact is still there; where it is not, the correction is kept and marked not applied.
Corrections apply in the order they were made.
"""

from __future__ import annotations

import unicodedata
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from typing import Any

from extraction.result import (
    Affiliation,
    Analysis,
    Correction,
    CorrectionAction,
    CorrectionTarget,
    Figure,
    Mention,
    Organization,
    Person,
)

# The figure fields a correction may set, and those that name the figure.
FIGURE_VALUES = ("amount", "currency", "qualifier", "period_start", "period_end", "kind", "status", "organization")
FIGURE_FACT = ("text", "start", "end", "amount", "currency", "period_start", "period_end", "kind", "status",
               "organization")
AFFILIATION_VALUES = ("organization", "role", "status", "evidence")


def correction(*, target: CorrectionTarget, action: CorrectionAction, fact: dict[str, Any] | None = None,
               values: dict[str, Any] | None = None, author: str, note: str = "") -> Correction:
    """A new correction, with its own id and the time it was made."""
    return Correction(id=uuid.uuid4().hex, target=target, action=action, fact=dict(fact or {}),
                      values=dict(values or {}), author=author.strip() or "anonymous",
                      created=datetime.now(timezone.utc).isoformat(timespec="microseconds"), note=note.strip())


def affiliation_fact(person: Person, affiliation: Affiliation) -> dict[str, Any]:
    """How a correction names one of a person's ties."""
    return {"person": person.name, "organization": affiliation.organization, "role": affiliation.role,
            "status": affiliation.status}


def figure_fact(figure: Figure) -> dict[str, Any]:
    """How a correction names a money figure."""
    return {name: getattr(figure, name) for name in FIGURE_FACT}


def mention_fact(mention: Mention) -> dict[str, Any]:
    """How a correction names an entity mention."""
    return {"text": mention.text, "start": mention.start, "end": mention.end, "label": mention.label}


def apply(analysis: Analysis, corrections: Sequence[Correction]) -> Analysis:
    """``analysis`` as corrected, carrying every correction (``applied`` says whether it found its fact)."""
    applied = []
    for item in corrections:
        corrected = _RULES[(item.target, item.action)](_Facts(analysis), item)
        if corrected is not None:
            analysis = corrected
        applied.append(replace(item, applied=corrected is not None))
    return replace(analysis, corrections=(*analysis.corrections, *applied))


def name_key(name: str | None) -> str:
    """A name compared without case, accents and spacing: "Dassault Systèmes" = "dassault  systemes"."""
    decomposed = unicodedata.normalize("NFKD", name or "")
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).casefold().split())


@dataclass(frozen=True)
class _Facts:
    """Look-ups into one analysis by content."""

    analysis: Analysis

    def person(self, name: str) -> Person | None:
        key = name_key(name)
        return next((p for p in self.analysis.people if key in {name_key(n) for n in (p.name, *p.aliases)}), None)

    def organization(self, name: str) -> Organization | None:
        key = name_key(name)
        return next((o for o in self.analysis.organizations
                     if key in {name_key(n) for n in (o.name, *o.aliases)}), None)

    def same_organization(self, a: str | None, b: str | None) -> bool:
        """Two names of one organisation (a name, an alias, or the same words)."""
        if a is None or b is None:
            return a is b
        if name_key(a) == name_key(b):
            return True
        known = self.organization(a)
        return known is not None and known is self.organization(b)

    def affiliation(self, fact: dict[str, Any]) -> tuple[Person, Affiliation] | None:
        """The tie a correction names: same person and organisation, the same role if there is one."""
        person = self.person(fact.get("person", ""))
        if person is None:
            return None
        ties = [a for a in person.affiliations if self.same_organization(a.organization, fact.get("organization"))]
        same_role = [a for a in ties if name_key(a.role) == name_key(fact.get("role"))]
        chosen = (same_role or ties or [None])[0]
        return (person, chosen) if chosen else None

    def figure(self, fact: dict[str, Any]) -> Figure | None:
        """The figure a correction names: at the same offsets (the text is the same), preferring the same
        amount, currency and period; else one overlapping them with the same amount and currency."""
        same_span = [f for f in self.analysis.figures if (f.start, f.end) == (fact.get("start"), fact.get("end"))]
        if same_span:
            return max(same_span, key=lambda f: sum(getattr(f, k) == fact.get(k) for k in FIGURE_FACT))
        return next((f for f in self.analysis.figures
                     if f.start < fact.get("end", -1) and fact.get("start", -1) < f.end
                     and (f.amount, f.currency) == (fact.get("amount"), fact.get("currency"))), None)

    def mention(self, fact: dict[str, Any]) -> Mention | None:
        return next((m for m in self.analysis.entities
                     if (m.start, m.end, m.text) == (fact.get("start"), fact.get("end"), fact.get("text"))), None)

    def with_organization(self, name: str | None, correction_id: str) -> tuple[Organization, ...]:
        """The organisations, plus ``name`` if it is a new one (an analyst typed it)."""
        organizations = self.analysis.organizations
        if not name or self.organization(name) is not None:
            return organizations
        new = Organization(id=f"C{correction_id[:8]}", name=name, aliases=(),
                           mentions=max(1, self.analysis.text.count(name)), correction=correction_id)
        return (*organizations, new)


def _replace_person(analysis: Analysis, old: Person, new: Person | None) -> tuple[Person, ...]:
    """The people with ``old`` replaced by ``new`` (dropped if None)."""
    return tuple(new if p is old else p for p in analysis.people if new is not None or p is not old)


def _with_affiliations(person: Person, affiliations: Iterable[Affiliation]) -> Person:
    return replace(person, affiliations=tuple(affiliations))


# --- affiliations --------------------------------------------------------------------------------


def _change_affiliation(facts: _Facts, item: Correction) -> Analysis | None:
    found = facts.affiliation(item.fact)
    if found is None:
        return None
    person, old = found
    values = {k: v for k, v in item.values.items() if k in AFFILIATION_VALUES}
    new = replace(old, **values, correction=item.id)
    changed = _with_affiliations(person, (new if a is old else a for a in person.affiliations))
    return replace(facts.analysis, people=_replace_person(facts.analysis, person, changed),
                   organizations=facts.with_organization(values.get("organization"), item.id))


def _remove_affiliation(facts: _Facts, item: Correction) -> Analysis | None:
    found = facts.affiliation(item.fact)
    if found is None:
        return None
    person, old = found
    changed = _with_affiliations(person, (a for a in person.affiliations if a is not old))
    return replace(facts.analysis, people=_replace_person(facts.analysis, person, changed))


def _add_affiliation(facts: _Facts, item: Correction) -> Analysis | None:
    """A missing tie; where the analysis has it already (a newer extractor found it), the analyst's
    values replace it rather than doubling it."""
    values = item.values
    name, organization = values.get("person", "").strip(), values.get("organization", "").strip()
    if not name or not organization:
        return None
    new = Affiliation(organization=organization, role=values.get("role", ""), status=values.get("status", "unknown"),
                      evidence=values.get("evidence", ""), correction=item.id)
    person = facts.person(name)
    analysis = facts.analysis
    if person is None:
        added = Person(id=f"C{item.id[:8]}", name=name, aliases=(), mentions=max(1, analysis.text.count(name)),
                       affiliations=(new,), correction=item.id)
        people = (*analysis.people, added)
    else:
        there = facts.affiliation({"person": name, "organization": organization, "role": new.role})
        old = there[1] if there and name_key(there[1].role) == name_key(new.role) else None
        ties = [new if a is old else a for a in person.affiliations] if old else [*person.affiliations, new]
        people = _replace_person(analysis, person, _with_affiliations(person, ties))
    return replace(analysis, people=people, organizations=facts.with_organization(organization, item.id))


# --- people and organisations ----------------------------------------------------------------------


def _rename_person(facts: _Facts, item: Correction) -> Analysis | None:
    person, name = facts.person(item.fact.get("name", "")), item.values.get("name", "").strip()
    if person is None or not name:
        return None
    aliases = tuple(dict.fromkeys(n for n in (person.name, *person.aliases) if name_key(n) != name_key(name)))
    renamed = replace(person, name=name, aliases=aliases, correction=item.id)
    return replace(facts.analysis, people=_replace_person(facts.analysis, person, renamed))


def _merge_people(facts: _Facts, item: Correction) -> Analysis | None:
    """One person written two ways: the first's names, mentions and ties go to the second."""
    gone, kept = facts.person(item.fact.get("name", "")), facts.person(item.values.get("into", ""))
    if gone is None or kept is None or gone is kept:
        return None
    names = tuple(dict.fromkeys(n for n in (*kept.aliases, gone.name, *gone.aliases) if n != kept.name))
    ties = list(kept.affiliations)
    ties += [a for a in gone.affiliations if not any(
        facts.same_organization(a.organization, t.organization) and name_key(a.role) == name_key(t.role)
        for t in ties)]
    merged = replace(kept, aliases=names, mentions=kept.mentions + gone.mentions, affiliations=tuple(ties),
                     correction=item.id)
    people = tuple(merged if p is kept else p for p in facts.analysis.people if p is not gone)
    return replace(facts.analysis, people=people, entities=_refer(facts.analysis.entities, gone.id, kept.id))


def _rename_organization(facts: _Facts, item: Correction) -> Analysis | None:
    organization, name = facts.organization(item.fact.get("name", "")), item.values.get("name", "").strip()
    if organization is None or not name:
        return None
    aliases = tuple(dict.fromkeys(n for n in (organization.name, *organization.aliases)
                                  if name_key(n) != name_key(name)))
    renamed = replace(organization, name=name, aliases=aliases, correction=item.id)
    return _organization_replaced(facts, organization, renamed, gone=None)


def _merge_organizations(facts: _Facts, item: Correction) -> Analysis | None:
    gone, kept = facts.organization(item.fact.get("name", "")), facts.organization(item.values.get("into", ""))
    if gone is None or kept is None or gone is kept:
        return None
    names = tuple(dict.fromkeys(n for n in (*kept.aliases, gone.name, *gone.aliases) if n != kept.name))
    merged = replace(kept, aliases=names, mentions=kept.mentions + gone.mentions, correction=item.id)
    return _organization_replaced(facts, kept, merged, gone=gone)


def _organization_replaced(facts: _Facts, old: Organization, new: Organization,
                           *, gone: Organization | None) -> Analysis:
    """The analysis with ``old`` now ``new`` (and ``gone`` merged into it): every tie and figure naming
    either takes the new name, mentions of ``gone`` refer to ``new``."""
    analysis = facts.analysis

    def renamed(name: str | None) -> str | None:
        hits = any(facts.same_organization(name, o.name) for o in (old, gone) if o is not None)
        return new.name if hits else name

    people = tuple(_with_affiliations(p, (replace(a, organization=renamed(a.organization)) for a in p.affiliations))
                   for p in analysis.people)
    figures = tuple(replace(f, organization=renamed(f.organization)) for f in analysis.figures)
    organizations = tuple(new if o is old else o for o in analysis.organizations if o is not gone)
    entities = _refer(analysis.entities, gone.id, new.id) if gone else analysis.entities
    return replace(analysis, people=people, figures=figures, organizations=organizations, entities=entities)


def _refer(entities: tuple[Mention, ...], old_id: str, new_id: str) -> tuple[Mention, ...]:
    return tuple(replace(m, entity_id=new_id) if m.entity_id == old_id else m for m in entities)


# --- figures and mentions ----------------------------------------------------------------------------


def _change_figure(facts: _Facts, item: Correction) -> Analysis | None:
    old = facts.figure(item.fact)
    if old is None:
        return None
    values = {k: v for k, v in item.values.items() if k in FIGURE_VALUES}
    new = replace(old, **values, correction=item.id)
    return replace(facts.analysis, figures=tuple(new if f is old else f for f in facts.analysis.figures),
                   organizations=facts.with_organization(values.get("organization"), item.id))


def _remove_figure(facts: _Facts, item: Correction) -> Analysis | None:
    old = facts.figure(item.fact)
    if old is None:
        return None
    return replace(facts.analysis, figures=tuple(f for f in facts.analysis.figures if f is not old))


def _add_figure(facts: _Facts, item: Correction) -> Analysis | None:
    """A missing figure; where the analysis has one at the same offsets, the analyst's replaces it."""
    values = item.values
    try:
        new = Figure(**{name: values[name] for name in ("text", "amount", "currency", "period_start", "period_end",
                                                        "kind", "status", "sentence", "start", "end")},
                     qualifier=values.get("qualifier", "exact"), organization=values.get("organization") or None,
                     correction=item.id)
    except KeyError:
        return None
    figures = [f for f in facts.analysis.figures if (f.start, f.end) != (new.start, new.end)]
    figures = tuple(sorted([*figures, new], key=lambda f: (f.start, f.end)))
    return replace(facts.analysis, figures=figures, organizations=facts.with_organization(new.organization, item.id))


def _relabel_mention(facts: _Facts, item: Correction) -> Analysis | None:
    old, label = facts.mention(item.fact), item.values.get("label")
    if old is None or not label:
        return None
    # a mention that is no longer a person's or an organisation's name refers to neither
    entity_id = old.entity_id if label in ("PERSON", "ORG") and label == old.label else None
    new = replace(old, label=label, entity_id=entity_id, correction=item.id)
    return replace(facts.analysis, entities=tuple(new if m is old else m for m in facts.analysis.entities))


_RULES: dict[tuple[str, str], Callable[[_Facts, Correction], Analysis | None]] = {
    ("affiliation", "change"): _change_affiliation,
    ("affiliation", "remove"): _remove_affiliation,
    ("affiliation", "add"): _add_affiliation,
    ("person", "rename"): _rename_person,
    ("person", "merge"): _merge_people,
    ("organization", "rename"): _rename_organization,
    ("organization", "merge"): _merge_organizations,
    ("figure", "change"): _change_figure,
    ("figure", "remove"): _remove_figure,
    ("figure", "add"): _add_figure,
    ("entity", "change"): _relabel_mention,
}


def supported(target: str, action: str) -> bool:
    """True for a kind of correction this code can apply."""
    return (target, action) in _RULES


def described(item: Correction) -> str:
    """'Luo Fuli · DeepSeek: role “employee” → “researcher”': a correction in one line."""
    fact, values = item.fact, item.values
    if item.target == "affiliation":
        person, organization = (fact.get(k) or values.get(k) for k in ("person", "organization"))
        what = f"{person} · {organization}"
    elif item.target == "figure":
        what = fact.get("text") or values.get("text") or "figure"
    elif item.target == "entity":
        what = f"“{fact.get('text')}”"
    else:
        what = fact.get("name", "")
    if item.action == "remove":
        return f"{what}: removed"
    if item.action == "add":
        added = ", ".join(f"{k} {v}" for k, v in values.items() if k not in ("person", "text", "sentence", "start",
                                                                            "end", "evidence") and v not in ("", None))
        return f"{what}: added ({added})"
    if item.action == "merge":
        return f"{what}: merged into {values.get('into')}"
    if item.action == "rename":
        return f"{what}: renamed “{values.get('name')}”"
    changes = [f"{k} {_shown(fact.get(k))} → {_shown(v)}" for k, v in values.items() if fact.get(k) != v]
    return f"{what}: {', '.join(changes) or 'confirmed'}"


def _shown(value: Any) -> str:
    return "none" if value in (None, "") else f"“{value}”" if isinstance(value, str) else f"{value:g}" \
        if isinstance(value, float) else str(value)

