"""One label per name across an article: what the pipeline said at each mention, weighed against
what the words around the mentions say ("Xiaomi-Präsident", "CEO of X", "X AG", "Dr. X", "X
studied"), then a few article-wide judgements (a person is introduced in full; a one-word
"person" named twice but never in full is a company).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace

from .gazetteer import kind_of
from .legal_forms import LEGAL_SUFFIXES
from .name_rules import BUSINESS_NOUNS, ORG_SHAPE, organisations_with_titles, short_form_of
from .person_names import starts_like_a_person
from .roles import find_roles
from .spans import ORG_WORDS, Span, name_key, title_at

_COMPANY_NOUNS = (r"(?:start-?up|société|entreprise|firme|groupe|company|firm|group|maker|Unternehmen|Firma|Konzern"
                  r"|Hersteller|Start-?up|fabricant|éditeur|spécialiste|jeune pousse|lab|laboratoire|Labor)")
# "Alpemind, une start-up de robotique": the noun heads the apposition (no "of"/"de" before it).
_COMPANY_APPOSITION = re.compile(
    r", (?:une?|a|an|the|its|ein|eine|einer|der|die|das|le|la|l['’]|son|sa) ?"
    r"(?:(?!of |de |du |des |von |der |den |dem |die |das |the |d['’])[\w-]+ ){0,3}" + _COMPANY_NOUNS + r"\b(?!['’]s)"
)  # not a relative clause: "Rainer Ostendorf, der den Konzern verlassen hatte"
_COMPANY_NOUN_BEFORE = re.compile(
    r"(?:(?:[Ll]a|[Ll]e|[Tt]he|[Dd]ie|[Dd]er|[Dd]as|dem|den|des) (?:[\w-]+ )?|\b[\w-]*-)"
    r"(?:jeune pousse|start-?up|Start-?up|société|company|firm|Firma|Unternehmen|Konzern|groupe|group)"
    r"(?: [a-zé][\w-]*)? $"  # French puts the adjective after: "la start-up parisienne Kelvia"
)
_BUSINESS_NOUN_AFTER = re.compile(r"(?:-|s |' | )" + BUSINESS_NOUNS)
_PERSON_VERB = re.compile(
    r" (?:studied|graduated|was born|succeeds|studierte|promovierte|wurde (?:\d+ )?geboren|wechselte? (?:mit|von|zu"
    r"|im|zum)|folgte? auf|a étudié|est née?|est diplômée?|succède)\b"
)

_FOUNDED_AFTER = re.compile(r" (?:was|had been|is|wurde|war|a été|est|fut) (?:co-?|mit)?"
                            r"(?:founded|gegründet|fondée?|cofondée?)\b")


@dataclass
class _Ballot:
    """What the pipeline and the context said about one name, over all its mentions."""

    pipeline: Counter[str] = field(default_factory=Counter)
    context: Counter[str] = field(default_factory=Counter)

    def winner(self) -> str:
        total = self.pipeline + self.context + self.context  # context evidence counts twice
        return total.most_common(1)[0][0]


def vote(names: list[Span], *, text: str, language: str) -> list[Span]:
    """One label per name across the article, decided from all its mentions."""
    ballots: dict[str, _Ballot] = defaultdict(_Ballot)
    for span in names:
        ballot = ballots[name_key(text[span.start:span.end])]
        ballot.pipeline[span.label] += 1
        if evidence := _context_label(span, text=text, language=language):
            ballot.context[evidence] += 1
    for key in list(ballots):  # "Xiaomis" is "Xiaomi": one ballot
        if key.endswith("s") and key[:-1] in ballots:
            ballots[key[:-1]].pipeline.update(ballots[key].pipeline)
            ballots[key[:-1]].context.update(ballots[key].context)
            ballots[key] = ballots[key[:-1]]
    heads = organisations_with_titles(text, language=language)
    labels = {key: "ORG" if kind_of(key) or key.removesuffix("s") in heads or key in heads else ballot.winner()
              for key, ballot in ballots.items()}
    _people_named_in_full(labels, ballots)
    _companies_never_named_in_full(labels, ballots, names=names, text=text)
    _organisation_prefixes(labels)
    return [replace(s, label=labels[name_key(text[s.start:s.end])]) for s in names]


def _people_named_in_full(labels: dict[str, str], ballots: dict[str, _Ballot]) -> None:
    """ "Marcus Reed" is the person "Reed" named in full; "Suleyman" after "Mustafa Suleyman" and
    "Priya" after "Priya Venkataraman" are that person."""
    for key, ballot in ballots.items():
        if " " in key and labels.get(key.split()[-1]) == "PERSON" and not ballot.context["ORG"]:
            labels[key] = "PERSON"
    parts = {w for key, label in labels.items() if label == "PERSON" and " " in key for w in key.split()}
    for key, ballot in ballots.items():
        if key in parts and not ballot.context["ORG"] and not kind_of(key):
            labels[key] = "PERSON"


_ARTICLE_LENGTH = 600  # characters; shorter texts (a sentence) give no article-wide evidence


def _companies_never_named_in_full(labels: dict[str, str], ballots: dict[str, _Ballot], *, names: list[Span],
                                   text: str) -> None:
    """News introduce people by their full name: a one-word "person" named twice but never in full,
    or the first word of an organisation's name ("Lumora" of "Lumora Photonics"), is a company; named
    once in a whole article, it is not shown as a person ("Galliumnitrid")."""
    parts = {w for key, label in labels.items() if label == "PERSON" and " " in key for w in key.split()}
    org_heads = {key.split()[0] for key, label in labels.items() if label == "ORG" and " " in key}
    mentions = Counter(name_key(text[s.start:s.end]).removesuffix("s") for s in names)
    for key, ballot in ballots.items():
        stem = key.removesuffix("s")
        if labels[key] != "PERSON" or " " in key or ballot.context["PERSON"] or key in parts or stem in parts:
            continue
        if key in org_heads or mentions[stem] >= 2:
            labels[key] = "ORG"
        elif len(text) > _ARTICLE_LENGTH:  # named once, in passing, in an article: no person to show
            labels[key] = "MISC"


def _organisation_prefixes(labels: dict[str, str]) -> None:
    """ "Alibaba" of "Alibaba Group" and "Xinhe" of "Xinhe Semiconductor" are the organisation; so is
    "Alibaba Cloud", which starts with it."""
    for key, label in list(labels.items()):
        first, *rest = key.split()
        legal = rest and all(w.rstrip(".,") in LEGAL_SUFFIXES for w in rest)
        if label == "ORG" and (legal or short_form_of(key)) and first in labels:
            labels[first] = "ORG"
    for key, label in labels.items():
        if label == "PERSON" and " " in key and labels.get(key.split()[0]) == "ORG":
            labels[key] = "ORG"


def _context_label(span: Span, *, text: str, language: str) -> str | None:
    """What the words around a name say it is: "Xiaomi-Chef", "CEO of X", "X AG" -> ORG,
    "CEO Satya Nadella" -> PERSON."""
    name = text[span.start:span.end]
    after = text[span.end:span.end + 40]
    before = text[max(0, span.start - 50):span.start]
    words = name.lower().split()
    if (words[-1] in ORG_WORDS or words[0] in ORG_WORDS) and len(words) > 1:
        return "ORG"
    if re.match(r"\s?(?:AG|SE|GmbH|Inc\.?|Corp\.?|Ltd\.?|LLC|plc|S\.A\.|SAS)\b", after):
        return "ORG"
    if after.startswith("-") and (title := title_at(name.split()[-1] + after, language=language)):
        return "ORG" if title.modifier else None
    possessive = re.match(r"(?: |['’]s (?:[\w-]+ ){0,2})", after)
    if language != "de" and span.label != "PERSON" and possessive and title_at(after[possessive.end():],
                                                                               language=language):
        return "ORG"  # "DeepMind researcher", "Microsoft CEO", "Alibaba's co-founder"
    titles = find_roles(before, language=language)
    gap = before[titles[-1].end:] if titles else ""
    if titles and gap.strip(" ,") == "" and span.label in ("PERSON", "ORG") and len(words) > 1:
        return "PERSON" if not titles[-1].modifier else None  # "CEO Satya Nadella"
    if titles and re.fullmatch(r" (?:of|at|von|bei|beim|des|der|de|d['’]|du|chez)(?: the| la| l['’])? ?", gap):
        return "ORG"  # "chief technology officer of Alibaba Cloud"
    if span.label in ("PERSON", "LOC") and len(words) == 1 and re.search(
            r"(?:\b(?:joined|joins|join|hired|poached|recruited) from|formerly at|previously at|years at"
            r"|\bchez|\bjoined|\bleft|\bquit|\brejoint|\bquitté)\s(?:the\s)?$", before):
        return "ORG"  # people and places are not "at" someone: "spent eight years at Dyson", "joins from Ocado"
    if language == "de" and _BUSINESS_NOUN_AFTER.match(after):
        return "ORG"  # "Xiaomi-Strategie", "Xiaomis Umsatz"
    if _COMPANY_APPOSITION.match(after) or (len(words) == 1 and _COMPANY_NOUN_BEFORE.search(before)):
        return "ORG"  # "Alpemind, une start-up de robotique", "das Zürcher Start-up Lumenio"
    if _FOUNDED_AFTER.match(after):
        return "ORG"  # "Ledgerline was co-founded in 2020 by ...": people are born, companies founded
    if re.search(r"(?:Dr\.|Prof\.|Mr\.|Mrs\.|Ms\.|Mme|M\.|Herr|Frau) $", before):
        return "PERSON"  # "Dr. Veronika Stauffer", "M. Chen"
    if len(words) > 1 and (_PERSON_VERB.match(after) or starts_like_a_person(name)) and not ORG_SHAPE.fullmatch(name):
        return "PERSON"  # "Katrin Wollenweber"; only people study or are born: "Marcus Reed studied ..."
    if language == "en" and span.label not in ("ORG", "PERSON") and len(words) > 1 and re.match(r",? who\b", after):
        return "PERSON"  # "Kenji Sato, who joins ..." where the pipeline saw a place
    return None
