"""Who holds which role where, and who moved from where: relations between people and
organisations, each with the sentence that states it.

The rules (``relation_rules``) are regular expressions over slotted sentences (``slots``). A rule
without a person applies to the sentence's subject: the person named last before the match, else
first after it. What no rule reads, a person next to an organisation, joined by a title, a working
verb or a preposition, still gives an affiliation.
"""

from __future__ import annotations

import re

from .names import Entity
from .relation_rules import ORG_LEVEL, Rule, compiled_rules
from .result import Affiliation
from .roles import unit_in_english
from .slots import SLOT, Slot, SlottedSentence


def find_affiliations(sentences: list[SlottedSentence], *, language: str,
                      main_company: Entity | None) -> dict[str, list[Affiliation]]:
    """Affiliations per person id, in the order the article states them, one per organisation."""
    found: dict[str, dict[str, Affiliation]] = {}
    previous_person = None
    read: list[set[str]] = []  # per sentence, the people a rule read something about
    for sentence in sentences:
        read.append(set())
        for pattern, rule in compiled_rules(language):
            for match in pattern.finditer(sentence.masked):
                for person, affiliation in _read(match, rule, sentence=sentence, subject=previous_person,
                                                 main_company=main_company, language=language):
                    _keep(found.setdefault(person.id, {}), affiliation)
                    read[-1].add(person.id)
        last = sentence.first("P", before=len(sentence.masked))
        previous_person = last.entity if last else previous_person
    for sentence, already in zip(sentences, read, strict=True):  # what no rule read: a person near an organisation
        for person, affiliation in _nearby(sentence):
            if person.id not in already:
                found.setdefault(person.id, {}).setdefault(affiliation.organization, affiliation)
    return {pid: list(by_org.values()) for pid, by_org in found.items()}


# A person and an organisation this close belong together when a title stands between them, or
# the organisation follows one of these words directly ("der bislang die Halbleitersparte der Bosch leitete").
_NEARBY_REACH = 90
_JOINED = re.compile(r"(?:\b(?:bei|beim|vom|der|des|at|of|with|from|joined|joins|chez|de|du|au|à la)\s|d['’])"
                     r"(?:(?:die|der|den|dem|the|la|le|l['’])\s?)?$", re.IGNORECASE)
# ... or a verb of working, leading or moving stands between them.
_WORK_VERB = re.compile(r"\b(?:wechselt\w*|kam|kommt|ging|geht|leitet\w*|führt\w*|verantwortet\w*|arbeitet\w*"
                        r"|forscht\w*|joined|joins|moved|moves|ran|runs|led|leads|heads?|headed|works?|worked"
                        r"|rejoint|dirige\w*|travaill\w+|venue?|passée?)\b", re.IGNORECASE)
_SPEECH = re.compile(r"\b(?:said|says|told|sagte|sagt|erklärte|berichtete?|zufolge|laut|according|selon|a déclaré"
                     r"|estime|explique|a indiqué|interview)\b", re.IGNORECASE)
_PAST = re.compile(r"\b(?:former|formerly|previously|ex|ran|led|headed|left|spent|was|had|until|bislang|bisher|zuvor"
                   r"|früher|ehemalige[rn]?|verließ|verlassen|war|hatte|leitete|führte|ancien(?:ne)?|passée?|quitté"
                   r"|venue?|dirigeait|était|avait|auparavant)\b|\bex-", re.IGNORECASE)


def _nearby(sentence: SlottedSentence) -> list[tuple[Entity, Affiliation]]:
    """The nearest organisation after each person, or before it, when only a preposition, a title or a
    possessive stands between and nobody is quoted: "Oberländer, der bislang die Halbleitersparte
    der Bosch leitete"; status from the words around (bislang, former, ancien: former)."""
    masked = sentence.masked
    tokens = [(m.start(), m.end(), sentence.slots[int(m.group(2))]) for m in SLOT.finditer(masked)]
    found = []
    for index, (start, end, slot) in enumerate(tokens):
        if slot.kind != "P" or slot.entity is None:
            continue
        org = _neighbour_org(tokens, index, masked=masked)
        if org is None:
            continue
        o_start, o_end, o_slot = org
        between = masked[min(end, o_end):max(start, o_start)]
        joined = "⟦R" in between or _WORK_VERB.search(between) or (o_start > end and _JOINED.search(between))
        if _SPEECH.search(between) or not joined or o_slot.entity.kind == "outlet":
            continue
        status = "former" if _PAST.search(between) else "current"
        titles = sentence.slots_in(between)
        role = next((t.role.described(modifier_is_org=False) for t in titles if t.kind == "R"), "employee")
        found.append((slot.entity, Affiliation(o_slot.entity.name, role, status, sentence.text.strip())))
    return found


def _neighbour_org(tokens: list[tuple[int, int, Slot]], index: int, *, masked: str) -> tuple | None:
    """The organisation slot nearest to the person at ``index`` with no other person in between."""
    start, end, _ = tokens[index]
    for step in (1, -1):
        position = index + step
        while 0 <= position < len(tokens):
            o_start, o_end, slot = tokens[position]
            if slot.kind == "P":
                break
            if slot.kind == "O" and slot.entity is not None:
                gap = o_start - end if step == 1 else start - o_end
                if gap <= _NEARBY_REACH:
                    return tokens[position]
                break
            position += step
    return None


def _read(match: re.Match[str], rule: Rule, *, sentence: SlottedSentence, subject: Entity | None,
          main_company: Entity | None, language: str) -> list[tuple[Entity, Affiliation]]:
    groups = match.groupdict()
    people = [s.entity for s in sentence.slots_in(groups.get("p"))]
    if not groups.get("p"):  # the rule names no person: the sentence's subject is meant
        after = sentence.first("P", after=match.end())
        if after is not None and _OBJECT_OF.search(sentence.masked[:sentence.masked.index(_token(sentence, after))]):
            after = None  # "..., passée par le CEA, succède à Bruno Castel": Castel is not the subject
        subject_slot = sentence.first("P", before=match.start()) or after
        subject = subject_slot.entity if subject_slot else subject
        people = [subject] if subject else []
    orgs = [s.entity for s in sentence.slots_in(groups.get("o"))]
    left = [s.entity for s in sentence.slots_in(groups.get("x"))]
    titles = sentence.slots_in(groups.get("r"))
    role = titles[0].role.described(modifier_is_org=False) if titles else _role(rule, groups, language=language)
    if not orgs and not left and rule.context_org in ("nearest", "subject"):
        named = sentence.first("O", before=match.start()) if rule.context_org == "nearest" else sentence.first("O")
        orgs = [named.entity] if named is not None and named.entity is not None else []
    elif not orgs and not left and (rule.context_org == "any" or (rule.context_org == "title" and role in ORG_LEVEL)):
        nearest = sentence.first("O", before=match.start()) if rule.context_org == "title" else None
        in_sentence = any(s.entity is main_company for s in sentence.slots)
        company = main_company if in_sentence or nearest is None else nearest.entity
        orgs = [company] if company is not None and company.kind == "company" else []
    found = []
    for person in people:
        if person is None or person.label != "PERSON":
            continue
        for org in orgs:
            found.append((person, Affiliation(org.name, role, rule.status, sentence.text.strip())))
        for org in left:
            found.append((person, Affiliation(org.name, rule.role or "employee", "former", sentence.text.strip())))
    return found


_LEADING = re.compile(r"^(?:(?:a|an|the|its|their|his|her|new|newly created|nouve(?:au|lle)|son|sa|ses|une?)\s)+",
                      re.IGNORECASE)


_OBJECT_OF = re.compile(r"(?:succède à|succédera à|remplace|remplacera|folgt auf|folgte auf|ersetzt|succeeds|replaces"
                        r"|replaced|succeeded)\s*$")


def _token(sentence: SlottedSentence, slot: Slot) -> str:
    return f"⟦{slot.kind}{sentence.slots.index(slot)}⟧"


def _role(rule: Rule, groups: dict[str, str | None], *, language: str) -> str:
    role = rule.role or "employee"
    if "{U}" not in role:
        return role
    unit = _LEADING.sub("", (groups.get("u") or "").strip())
    if language == "de":  # German nouns are capitalised: "außerdem eine spezielle AI-Plattform-Abteilung"
        unit = re.sub(r"^(?:[a-zäöüß][\w-]*\s)+", "", unit)
    return role.replace("{U}", unit_in_english(unit).strip() or "unit")


_GENERIC_ROLES = {"employee", "member", "head", "alumni"}


def _keep(by_org: dict[str, Affiliation], new: Affiliation) -> None:
    """One affiliation per organisation: "former" outranks "current" (a move supersedes a title),
    and a specific role outranks a generic one; the evidence is the sentence of the role kept."""
    old = by_org.get(new.organization)
    if old is None:
        by_org[new.organization] = new
        return
    status = "former" if "former" in (old.status, new.status) else old.status
    keep_old = new.role in _GENERIC_ROLES or old.role not in _GENERIC_ROLES
    role, evidence = (old.role, old.evidence) if keep_old else (new.role, new.evidence)
    by_org[new.organization] = Affiliation(old.organization, role, status, evidence)
