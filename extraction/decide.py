"""From evidence to affiliations, with an explicit precedence of evidence.

Tiers, strongest first:

1. ``move``: a hire, a move, a departure or a founding stated by a cue verb ("X hired P from Y",
   "P wechselt von Y zu X", "P a quitté Y");
2. ``title``: a title tied to its organisation ("P, CEO of X", "Arm's CEO P", "Xiaomi-Präsident P");
3. ``cue``: any other cue verb or noun with the person and the organisation as its parties ("P leads
   X", "studied at X", "P, who ran X");
4. ``member``: a person named with an organisation and nothing else ("Sabine Krüger von Bosch",
   "P (X)");
5. ``inferred``: an in-house title with no organisation in its sentence ("Firmenchef P"), which goes to
   the firm named for the person's family, else to the company its paragraph opens with (``topics``), else to the
   article's company, and says so.

A succession ("P succeeds Q", "Er folgt auf Q", "elle succède à Q") passes a post at the article's company on:
Q held P's post there, or P now holds Q's, where the rest of the evidence did not say so already.

Per person and organisation, the strongest tier states the status (on a tie, "former" wins: a move
supersedes a title) and the most specific role. A person keeps at most one current employer unless the
text names two with evidence of the first three tiers; studies, board seats, investors' roles and the
representation of a union do not count as employment.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from .evidence import Evidence
from .names import Entity
from .quotations import quotations, within
from .result import Affiliation
from .roles import FOUNDING_ROLES

TIERS = ("move", "title", "cue", "member", "inferred")
_EXPLICIT = {"move", "title", "cue"}
_GENERIC_ROLES = {"employee", "member", "head", "alumni", "executive", "manager"}
_NOT_EMPLOYMENT = {"alumni", "board member", "investor", "partner", "adviser", "chair", "professor", "student",
                   "doctoral student", "union representative", "representative"}


@dataclass(frozen=True)
class _Pair:
    """The evidence kept for one person at one organisation."""

    first: int  # position in the article of the first evidence, for ordering
    tier: str
    status: str
    role: str
    evidence: Evidence
    inferred: bool


def decide(evidence: Sequence[Evidence], *, main_company: Entity | None,
           topics: Mapping[int, Entity] | None = None,
           families: Mapping[str, Entity] | None = None) -> dict[str, list[Affiliation]]:
    """Affiliations per person id: current ones first, each group in the order the article gives. A title with
    no organisation goes to the firm named for the person's family (``families``, by person id), else to the
    company its paragraph opens with (``topics``, by sentence index), else to the article's company."""
    successions = [e for e in evidence if e.predecessor is not None]
    evidence = [e for e in evidence if e.predecessor is None]
    topics = topics or {}
    # a family firm the person already holds a post at is no place for a further title: "Rashid Al-Suwaidi, président
    # d'Al-Suwaidi Holding, … entreront au conseil d'administration"
    families = {person: firm for person, firm in (families or {}).items()
                if not any(e.person.id == person and e.organization is firm for e in evidence)}
    resolved = [e for e in (_resolved(e, evidence=evidence, company=families.get(e.person.id)
                                      or topics.get(e.sentence.index, main_company)) for e in evidence) if e]
    pairs: dict[tuple[str, str], _Pair] = {}
    for position, item in enumerate(resolved):
        key = (item.person.id, item.organization.id)
        pairs[key] = _merged(pairs.get(key), item, position=position)
    for position, item in enumerate(_passed_on(successions, pairs=pairs, main_company=main_company),
                                    start=len(resolved)):
        pairs[(item.person.id, item.organization.id)] = _merged(None, item, position=position)
    by_person: dict[str, list[_Pair]] = {}
    for (person_id, _), pair in pairs.items():
        by_person.setdefault(person_id, []).append(pair)
    return {person_id: [_affiliation(p) for p in _one_employer(kept)] for person_id, kept in by_person.items()}


def _passed_on(successions: Sequence[Evidence], *, pairs: dict[tuple[str, str], _Pair],
               main_company: Entity | None) -> list[Evidence]:
    """What each succession adds, at the article's company only (a succession is news of the company the
    article is about: where the successor comes from is not what the predecessor leaves, and where the
    predecessor goes next is not what the successor takes over): the predecessor's former post there where the
    successor holds one, else the successor's current post there where the predecessor held one."""
    added: list[Evidence] = []
    for item in successions:
        successor, predecessor = item.person, item.predecessor
        person, status = predecessor, "former"
        posts = _posts_at(successor.id, main_company, pairs=pairs, current=True)
        if not posts:
            person, status = successor, "current"
            posts = _posts_at(predecessor.id, main_company, pairs=pairs, current=False)
        # nobody succeeds a founder as founder: the successor takes the lead the founder held
        added += [Evidence(person, p.evidence.organization, "head" if p.role in FOUNDING_ROLES and person is successor
                           else p.role, status, "move", item.pattern, item.sentence, start=item.start)
                  for p in posts if (person.id, p.evidence.organization.id) not in pairs]
    return added


def _posts_at(person_id: str, company: Entity | None, *, pairs: dict[tuple[str, str], _Pair],
              current: bool) -> list[_Pair]:
    """The person's jobs at the company (any company where the article has none), current ones only if asked;
    studies, board seats and investments are no jobs."""
    return [p for (owner, _), p in pairs.items() if owner == person_id and p.role not in _NOT_EMPLOYMENT
            and (company is None or p.evidence.organization is company) and (p.status == "current" or not current)]


def _resolved(item: Evidence, *, evidence: Sequence[Evidence], company: Entity | None) -> Evidence | None:
    """Evidence with its organisation; a title without one goes to the company in reach when the title
    is in-house, nothing places the person at a current employer, and no other organisation stands in its
    sentence (except those the sentence places someone at: "who joined as CFO from Revolut", "P joins as
    CFO, and Q, previously at Stripe, ...")."""
    if item.organization is not None:
        return item
    moved = _moved(item, evidence=evidence) or _joined_to_a_title(item, evidence=evidence)
    if moved is not None:
        return moved
    placed = {id(e.organization) for e in evidence if e.organization is not None and e.sentence is item.sentence}
    placed |= {id(e) for e in item.described}
    # an organisation in apposition to a placed one describes it: "qui arrive de Castorama, filiale du britannique
    # Kingfisher,"
    units = item.sentence.units
    placed |= {id(units[i + 2].entity) for i in range(len(units) - 2) if units[i].entity is not None
               and id(units[i].entity) in placed and "COMMA" in units[i + 1].tags and units[i + 2].entity is not None}
    # a news outlet the sentence cites is nobody's employer there: "sagte Vorstandschef P der Nachrichtenagentur X"
    # nor is one in a relative clause on the person, which tells their past: "Neuer Finanzchef wird P, der bis März
    # bei Roche die Finanzen verantwortete"
    past, clause = _relative_clauses(item), _clause(item)
    others = [] if _possessed_by(item, company, clause=clause) else [
        u for u in clause if u.entity is not company and id(u.entity) not in placed and u.entity.kind != "outlet"
        and not any(begin <= u.start < end for begin, end in past)]
    # placed at a current employer, or already holding this role somewhere ("Vorstandsmitglied P" of ZF, then
    # "der seit 2022 dem Vorstand angehört")
    left = {id(e.organization) for e in evidence if e.person is item.person and e.status == "former"}
    employed = item.role not in _NOT_EMPLOYMENT and any(  # a board seat is no job: outside directors have one
        e.person is item.person and e.organization is not None and e.status == "current"
        and id(e.organization) not in left  # "P, previously counsel at Stripe": no employer now
        and (e.role not in _NOT_EMPLOYMENT or e.role == item.role) for e in evidence)
    # the very title another pattern ties to its organisation ("P, ancien directeur financier de Deezer"); a cue
    # verb says more than the title ("kommt der langjährige Audi-Designer P nach Shenzhen")
    titled = item.title_start is not None and any(
        e.person is item.person and e.organization is not None and e.title_start == item.title_start for e in evidence)
    # where the person studied, sits on the board or invests is no employer to infer ("P, directrice de la
    # stratégie, est diplômée de X")
    studied = any(e.person is item.person and e.organization is company and e.role in _NOT_EMPLOYMENT
                  for e in evidence)
    # a job's title beside a post the sentence gives at a university is that post's field: "Die Textilforscherin P,
    # Professorin an der Hochschule Zwickau" (a board seat is a post of its own: "administrateurs : A, B, professeur
    # à X")
    academic = item.role not in _NOT_EMPLOYMENT and any(
        e.person is item.person and e.sentence is item.sentence and e.status == "current"
        and e.organization is not None and e.organization.kind == "education" for e in evidence)
    if (company is None or not item.in_house or others or employed or studied or titled or academic
            or _of_a_public_body(item)):
        return None
    return Evidence(item.person, company, item.role, item.status, "inferred", item.pattern, item.sentence,
                    item.in_house, item.start)


def _possessed_by(item: Evidence, company: Entity | None, *, clause: Sequence) -> bool:
    """Whether the title follows a possessive and the company opens the title's ``clause`` as its subject: "Rivéo a
    levé des fonds auprès de Siparex, a annoncé sa présidente, P" is Rivéo's, whoever else the clause names."""
    units = item.sentence.units
    index = _title_index(item) or 0
    while index > 1 and not units[index - 1].tags.isdisjoint({"TITLE", "and"}):  # "sa fondatrice et présidente"
        index -= 1
    if company is None or not index or "poss" not in units[index - 1].tags:
        return False
    return bool(clause) and clause[0].entity is company


def _title_index(item: Evidence) -> int | None:
    """Where the evidence's title stands among its sentence's units, if it has one."""
    return next((i for i, u in enumerate(item.sentence.units) if u.start == item.title_start and "TITLE" in u.tags),
                None)


def _joined_to_a_title(item: Evidence, *, evidence: Sequence[Evidence]) -> Evidence | None:
    """A title joined by "and" to one of the person's titles that names its organisation holds the same post's
    organisation: "Huaguang-Gründer und Verwaltungsratschef P" chairs Huaguang, not the article's company."""
    index = _title_index(item)
    units = item.sentence.units
    if index is None or index < 2 or "and" not in units[index - 1].tags or "TITLE" not in units[index - 2].tags:
        return None
    start = units[index - 2].start
    return next((replace(item, organization=e.organization) for e in evidence
                 if e.person is item.person and e.sentence is item.sentence and e.organization is not None
                 and e.title_start == start), None)


def _moved(item: Evidence, *, evidence: Sequence[Evidence]) -> Evidence | None:
    """A post with no organisation at the one firm its sentence moves the person to or from, where it gives them no
    other post: an appointment's post is the hiring firm's ("Le groupe Bellerive Hôtels, qui exploite 74 hôtels, a
    nommé P au poste de directrice générale": the parse reads the firm, the words after the person the post); a
    title of someone the sentence says leaves a firm is that firm's, held before ("Finanzchef P hat das Unternehmen
    verlassen und wechselt zu Drägerwerk")."""
    same = [e for e in evidence if e.person is item.person and e.sentence is item.sentence and e.organization]
    if any(e.role not in _GENERIC_ROLES for e in same):
        return None
    if item.tier == "move":  # an appointment: where the person goes, not where they come from ("arrivé de X")
        came_from = {id(e.organization) for e in same if e.status == "former"}
        hires = {id(e.organization): e.organization for e in same
                 if e.tier == "move" and e.status == "current" and id(e.organization) not in came_from}
        return replace(item, organization=next(iter(hires.values()))) if len(hires) == 1 else None
    # a departure, not where a hire comes from ("débauchée chez DHL", "after 15 years at Maersk")
    left = {id(e.organization): e.organization for e in same if e.relation == "leave" and e.status == "former"}
    if len(left) == 1 and item.status == "current":
        return replace(item, organization=next(iter(left.values())), status="former")
    return None


def _of_a_public_body(item: Evidence) -> bool:
    """Whether the title is of a public body the text names by its noun alone ("vice-président de la région",
    "Vizepräsident der Region"): its holder is an official, not an officer of the article's company."""
    units = item.sentence.units
    index = _title_index(item)
    if index is None or index + 2 >= len(units) or "of" not in units[index + 1].tags:
        return False
    noun = next((u for u in units[index + 2:index + 4] if "det" not in u.tags), None)  # "de la région", "der Region"
    return noun is not None and "BODY_NOUN" in noun.tags


def _relative_clauses(item: Evidence) -> list[tuple[int, int]]:
    """Where a relative clause on the evidence's person stands, up to the comma that closes it: "P, der bis März
    bei Roche war,", "P, who ran X,", "P, qui dirigeait X", also after a short apposition ("P, ein Finne, der bis 2022
    Strategiechef bei Veikkaus war,")."""
    units = item.sentence.units
    clauses = []
    for i, unit in enumerate(units[:-2]):
        if unit.entity is not item.person or "COMMA" not in units[i + 1].tags:
            continue
        commas = [j for j, u in enumerate(units[i + 1:], start=i + 1) if "COMMA" in u.tags]
        for k, comma in enumerate(commas[:2]):
            if k and comma - commas[0] > _APPOSITION_UNITS:
                break
            if comma + 1 < len(units) and {"rel", "det"} & units[comma + 1].tags:
                end = units[commas[k + 1]].start if k + 1 < len(commas) else item.sentence.end
                clauses.append((units[comma].start, end))
    return clauses


_APPOSITION_UNITS = 4  # units of a short apposition between a name and its relative clause: ", ein Finne,"


def _clause(item: Evidence) -> list:
    """The organisations of the part of the sentence the evidence stands in, between semicolons, outside any
    quotation it is not in ("„Grüner Wasserstoff rechnet sich“, sagte Vorstandschef P": the quote's names
    are the speaker's words, not the title's firm) and outside the part of another person named after it ("P
    becomes chief operating officer, while Q, trained at the Kaivalyadhama institute, remains ...")."""
    units = item.sentence.units
    breaks = [u.start for u in units if "SEMI" in u.tags]
    begin = max((b for b in breaks if b < item.start), default=item.sentence.start)
    end = min((b for b in breaks if b > item.start), default=item.sentence.end)
    sentence = item.sentence
    quotes = [q for q in quotations(sentence.text, offset=sentence.start) if not q[0] <= item.start < q[1]]
    elsewhere = quotes + _parts_of_others(item) + _reported_by_the_person(item)
    return [u for u in sentence.organisations() if begin <= u.start < end and not within(u.start, elsewhere)]


def _reported_by_the_person(item: Evidence) -> list[tuple[int, int]]:
    """What the person says after a verb of speech right after the name, which is their words, not their firm's name
    ("Chief financial officer Grace Tsai said the plant would be paid for from a loan that CTBC Bank arranged")."""
    units = item.sentence.units
    return [(after.end, item.sentence.end) for unit, after in pairwise(units)
            if unit.entity is item.person and unit.start >= item.start and "speech" in after.tags][:1]


def _parts_of_others(item: Evidence) -> list[tuple[int, int]]:
    """The stretch after each other person named past the evidence, up to a semicolon or a verb of speech, which
    opens the sentence's own words again ("…, et Arvind Raghavan, a précisé MBDA": MBDA is nobody's firm there)."""
    units = item.sentence.units
    found = []
    for i, unit in enumerate(units):
        if unit.is_person and unit.entity is not item.person and unit.start > item.start:
            stop = next((u.start for u in units[i + 1:] if u.tags & {"SEMI", "speech", "cite"}), item.sentence.end)
            found.append((unit.start, stop))
    return found


def _merged(old: _Pair | None, new: Evidence, *, position: int) -> _Pair:
    rank = TIERS.index(new.tier)
    if old is None:
        return _Pair(position, new.tier, new.status, new.role, new, new.tier == "inferred")
    old_rank = TIERS.index(old.tier)
    stronger = rank < old_rank
    status = new.status if stronger else old.status
    if rank == old_rank and "former" in (old.status, new.status):
        status = "former"
    specific_new = new.role not in _GENERIC_ROLES
    specific_old = old.role not in _GENERIC_ROLES
    # a job says more than a seat at the same firm ("Firmengründer P, der in den Aufsichtsrat wechselt")
    job_over_seat = rank == old_rank and old.role in _NOT_EMPLOYMENT and new.role not in _NOT_EMPLOYMENT
    take_new_role = (specific_new and not specific_old) or (stronger and specific_new == specific_old) or (
        job_over_seat and specific_new)
    return _Pair(old.first, new.tier if stronger else old.tier, status, new.role if take_new_role else old.role,
                 new if take_new_role else old.evidence, old.inferred and new.tier == "inferred")


def _one_employer(pairs: list[_Pair]) -> list[_Pair]:
    """At most one current employer, unless the text names two explicitly."""
    employers = [p for p in pairs if p.status == "current" and p.role not in _NOT_EMPLOYMENT]
    explicit = [p for p in employers if p.tier in _EXPLICIT]
    if len(employers) > 1:
        keep = explicit or [min(employers, key=lambda p: (TIERS.index(p.tier), p.first))]
        pairs = [p for p in pairs if p not in employers or p in keep]
    return sorted(pairs, key=lambda p: (p.status != "current", p.first))


def _affiliation(pair: _Pair) -> Affiliation:
    evidence = pair.evidence
    return Affiliation(evidence.organization.name, pair.role, pair.status, evidence.sentence.text.strip(),
                       pattern=evidence.pattern, inferred=pair.inferred)
