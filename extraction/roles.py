"""Job titles in German, English and French, and the short English role each one means.

German builds titles as compounds: "Xiaomi-Präsident", "Firmenchef", "KI-Chefin". The part
before the title word is kept as ``modifier``: an organisation ("Xiaomi") or a unit ("KI",
which makes the role "head of AI"). Feminine and plural endings are accepted everywhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class RoleMatch:
    """A title at ``source[start:end]``; ``modifier`` is the compound's first part, if any."""

    start: int
    end: int
    role: str
    modifier: str = ""

    def described(self, *, modifier_is_org: bool) -> str:
        """The role in words: an organisation's head is its ceo ("Xiaomi-Chef"); a field
        qualifies the title ("Deep-Learning-Forscherin" -> "deep-learning researcher")."""
        if modifier_is_org:
            return "ceo" if self.role == "head" else self.role
        if not self.modifier or self.role.startswith("head of"):
            return self.role
        return f"{self.modifier.lower()} {self.role}"


# (title pattern, role) in order of precedence: the first pattern that matches a word wins.
_TITLES: dict[str, list[tuple[str, str]]] = {
    "de": [
        (r"mitgründer|mitbegründer|co-gründer|mitgründerin", "co-founder"),
        (r"gründer|begründer", "founder"),
        (r"vizepräsident", "vice president"),
        (r"verwaltungsratspräsident|aufsichtsratschef|aufsichtsratsvorsitzende[rn]?", "chair"),
        (r"präsident", "president"),
        (r"vorstandschef|vorstandsvorsitzende[rn]?|konzernchef|firmenchef|unternehmenschef|konzernlenker", "ceo"),
        (r"finanzchef|finanzvorstand|finanzvorständin", "cfo"),
        (r"technikchef|technologiechef|technikvorstand|technologievorstand", "cto"),
        (r"forschungschef|forschungsleiter|forschungsvorstand", "head of research"),
        (r"entwicklungschef|entwicklungsleiter|entwicklungsvorstand", "head of development"),
        (r"chefentwickler", "chief developer"),
        (r"chefdesigner", "chief designer"),
        (r"chefökonom", "chief economist"),
        (r"chefstratege", "chief strategist"),
        (r"geschäftsführer", "managing director"),
        (r"vorsitzende[rn]?", "chair"),
        (r"vorstandsmitglied|vorstand", "board member"),
        (r"chef|leiter|lenker", "head"),
        (r"direktor", "director"),
        (r"manager", "manager"),
        (r"wissenschaftler|forscher", "researcher"),
        (r"entwickler", "developer"),
        (r"ingenieur", "engineer"),
        (r"designer", "designer"),
        (r"analyst", "analyst"),
        (r"sprecher", "spokesperson"),
        (r"investor", "investor"),
        (r"partner", "partner"),
        (r"professor", "professor"),
        (r"berater", "adviser"),
        (r"mitarbeiter", "employee"),
        (r"ceo", "ceo"), (r"cfo", "cfo"), (r"cto", "cto"), (r"coo", "coo"),
    ],
    "en": [
        (r"co-?founder", "co-founder"),
        (r"founder", "founder"),
        (r"(?:senior |executive )?vice[- ]president|vp", "vice president"),
        (r"president", "president"),
        (r"chief executive(?: officer)?|ceo|boss", "ceo"),
        (r"chief financial officer|cfo|finance chief", "cfo"),
        (r"chief technology officer|cto|technology chief", "cto"),
        (r"chief operating officer|coo", "coo"),
        (r"chief (?:ai|artificial intelligence) officer|caio", "chief ai officer"),
        (r"chief scientist", "chief scientist"),
        (r"chief economist", "chief economist"),
        (r"chair(?:man|woman|person)?", "chair"),
        (r"managing director", "managing director"),
        (r"general manager", "general manager"),
        (r"board member|director on the board", "board member"),
        (r"(?:research )?scientist|researcher", "researcher"),
        (r"engineer", "engineer"),
        (r"developer", "developer"),
        (r"designer", "designer"),
        (r"analyst", "analyst"),
        (r"spokes(?:person|man|woman)", "spokesperson"),
        (r"professor", "professor"),
        (r"investor", "investor"),
        (r"director", "director"),
        (r"executive", "executive"),
        (r"manager", "manager"),
        (r"head", "head"),
    ],
    "fr": [
        (r"co-?fondat(?:eur|rice)", "co-founder"),
        (r"fondat(?:eur|rice)", "founder"),
        (r"vice-présidente?", "vice president"),
        (r"président(?:e)?-directeur général|p-?dg", "ceo"),
        (r"présidente?", "president"),
        (r"direct(?:eur|rice) généra(?:l|le)|patronne|patron", "ceo"),
        (r"direct(?:eur|rice) financi(?:er|ère)", "cfo"),
        (r"direct(?:eur|rice) techni(?:que)|direct(?:eur|rice) de la technologie", "cto"),
        (r"direct(?:eur|rice) scientifique", "chief scientist"),
        (r"direct(?:eur|rice)", "director"),
        (r"dirigeante?", "executive"),
        (r"responsable|chef", "head"),
        (r"cherch(?:eur|euse)|scientifique", "researcher"),
        (r"ingénieure?", "engineer"),
        (r"développeu(?:r|se)", "developer"),
        (r"analyste", "analyst"),
        (r"porte-parole", "spokesperson"),
        (r"associée?", "partner"),
        (r"professeure?", "professor"),
        (r"administrat(?:eur|rice)", "board member"),
        (r"investisseu(?:r|se)", "investor"),
        (r"doctorante?", "doctoral student"),
        (r"conseill(?:er|ère)", "adviser"),
        (r"étudiante?|élève", "student"),
    ],
}
# Feminine and plural endings a title may carry ("Gründerin", "Forscherinnen", "founders").
_ENDINGS = {"de": r"(?:in|innen|en|e|n|s)?", "en": r"s?", "fr": r"s?"}

# Units a German compound or a "head of" phrase may name; English words for German ones.
UNITS_DE = {
    "ki": "AI", "ai": "AI", "forschung": "research", "entwicklung": "development", "großmodell": "large-model",
    "plattform": "platform", "abteilung": "department", "team": "team", "labor": "lab", "sparte": "division",
    "finanz": "finance", "technik": "technology", "software": "software", "halbleiter": "semiconductor",
    "chip": "chip", "auto": "automotive", "personal": "HR", "vertrieb": "sales", "marketing": "marketing",
    "strategie": "strategy", "kommunikation": "communications", "produkt": "product", "daten": "data",
    "sicherheit": "security", "cloud": "cloud", "batterie": "battery", "modell": "model",
    "bereich": "unit", "gruppe": "group", "geschäft": "business", "einheit": "unit", "design": "design",
    "foundry": "foundry", "hardware": "hardware",
}


@lru_cache(maxsize=8)
def _pattern(language: str) -> re.Pattern[str]:
    titles = _TITLES.get(language, _TITLES["en"])
    ending = _ENDINGS.get(language, "")
    alternatives = "|".join(f"(?P<t{i}>{title}){ending}" for i, (title, _) in enumerate(titles))
    if language == "de":  # a title ends a word (searched word by word, see _find_roles)
        return re.compile(rf"(?:{alternatives})$", re.IGNORECASE)
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)


_WORD = re.compile(r"(?<!\w)-?(\w[\w-]*)")  # "⟦O0⟧-Präsident": the word is "Präsident"


def find_roles(text: str, *, language: str) -> list[RoleMatch]:
    """Every job title in ``text``, in order."""
    # Short strings (a name, the words around it) are asked about again and again: remember them.
    return list(_find_roles_cached(text, language) if len(text) < 200 else _find_roles(text, language))


@lru_cache(maxsize=4096)
def _find_roles_cached(text: str, language: str) -> tuple[RoleMatch, ...]:
    return _find_roles(text, language)


def _find_roles(text: str, language: str) -> tuple[RoleMatch, ...]:
    titles = _TITLES.get(language, _TITLES["en"])
    found = []
    for start, match, modifier in _title_matches(text, language):
        index = next(int(k[1:]) for k, v in match.groupdict().items() if v and k.startswith("t"))
        role = titles[index][1]
        if role == "head" and modifier.lower() in UNITS_DE:  # "KI-Chef" is the head of AI
            role = f"head of {UNITS_DE[modifier.lower()]}"
        found.append(RoleMatch(start, match.end(), role, modifier))
    return tuple(found)


def _title_matches(text: str, language: str):
    """(start, match, compound's first part) per title. German titles end a word and may follow a
    compound's first part ("Xiaomi-Präsident"; "Firmenchef" is a title of its own): the leftmost title
    that ends the word wins, and the title starts where the word does."""
    pattern = _pattern(language)
    if language != "de":
        yield from ((m.start(), m, "") for m in pattern.finditer(text))
        return
    for word in _WORD.finditer(text):
        match = pattern.search(text, word.start(1), word.end(1))
        if match is not None:
            yield word.start(1), match, text[word.start(1):match.start()].rstrip("-")


def unit_in_english(words: str) -> str:
    """English reading of a German unit name: "AI-Plattform-Abteilung" -> "AI platform department"."""
    parts = []
    for part in re.split(r"[-\s]+", words.strip()):
        parts.extend(_split_compound(part))
    return " ".join(parts)


def _split_compound(word: str) -> list[str]:
    """Glossary words a compound is made of, left to right: the longest known ending first,
    then what precedes it (less a linking "s"); unknown parts stay as written."""
    lower = word.lower()
    if lower in UNITS_DE:
        return [UNITS_DE[lower]]
    for size in range(1, len(lower) - 1):
        tail = lower[size:]
        if tail in UNITS_DE:
            head = word[:size]
            if head.lower().endswith("s") and head.lower()[:-1] in UNITS_DE:
                head = head[:-1]
            return [*_split_compound(head), UNITS_DE[tail]]
    return [word]
