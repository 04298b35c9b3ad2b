"""The project's own articles changed in ways that must not change what NewsLens finds: every person
and organisation renamed (names generated here, in no list NewsLens reads), straight apostrophes made
curly, and job titles and company nouns swapped for others of the same class in the lexicon. The gold
facts are renamed alongside, so that an article and its gold stay a pair."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from extraction.gazetteer import known_organizations
from extraction.lexicon import lexicon, shared_words

_ONSETS = ["b", "br", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z"]
_VOWELS = ["a", "e", "i", "o", "u"]
_ENDINGS = ["", "n", "r", "l", "s", "a", "o", "er", "en", "in", "ard", "ley", "mann", "berg", "son", "ier"]


@dataclass(frozen=True)
class Perturbed:
    text: str
    gold: dict


def generated_word(rng: random.Random, *, taken: set[str]) -> str:
    """A capitalised made-up word of two or three syllables that no list of NewsLens holds."""
    known = {w.lower() for w in known_organizations()} | {
        w.lower() for name in ("given_names_female", "given_names_male", "given_names_unisex", "family_names_first")
        for w in shared_words(name)}
    while True:
        word = "".join(rng.choice(_ONSETS) + rng.choice(_VOWELS) for _ in range(rng.choice((1, 2))))
        word = (word + rng.choice(_ENDINGS)).capitalize()
        if len(word) < 4:
            continue
        if word.lower() not in known and word not in taken:
            taken.add(word)
            return word


def renamed(text: str, gold: dict, *, seed: int) -> Perturbed:
    """Every word of every person's and organisation's name replaced by a made-up word, the same word
    everywhere it stands (also in genitives, compounds and aliases); organisation words ("University",
    "Systems", "GmbH") and acronyms' letters follow their kind."""
    rng = random.Random(seed)
    taken: set[str] = set()
    org_words = shared_words("org_words") | shared_words("legal_forms")
    mapping: dict[str, str] = {}
    names = [p["name"] for p in gold["people"]] + [alias for group in gold["organizations"] for alias in group]
    for name in names:
        for word in re.findall(r"[\w'’&.-]+", name):
            core = word.strip(".'’")
            if not core or core.lower() in org_words or not core[:1].isupper() or core in mapping:
                continue
            if core.isupper() and len(core) <= 6:  # an acronym: another of the same length
                mapping[core] = "".join(rng.choice("BCDFGHKLMNPRSTVXZ") for _ in core)
            elif "-" in core:  # "Ji-hoon", "T-Systems": each part on its own
                mapping[core] = "-".join(generated_word(rng, taken=taken) if part[:1].isupper() and len(part) > 1
                                         else part for part in core.split("-"))
            else:
                mapping[core] = generated_word(rng, taken=taken)
    pattern = re.compile(r"(?<![\w])(" + "|".join(map(re.escape, sorted(mapping, key=len, reverse=True)))
                         + r")(?=s\b|'|’|-|\W|$)")

    def swap(value: str) -> str:
        return pattern.sub(lambda m: mapping[m.group(1)], value)

    new_gold = {
        **gold,
        "people": [{**p, "name": swap(p["name"]),
                    "affiliations": [{**a, "org": swap(a["org"])} for a in p["affiliations"]]}
                   for p in gold["people"]],
        "organizations": [[swap(alias) for alias in group] for group in gold["organizations"]],
    }
    return Perturbed(swap(text), new_gold)


def curly(text: str, gold: dict) -> Perturbed:
    """Straight apostrophes written as typographic ones ("Arm’s", "qu’il", "l’équipementier")."""
    return Perturbed(text.replace("'", "’"), gold)


def swapped_words(text: str, gold: dict, *, language: str) -> Perturbed:
    """Job titles replaced by another title of the same scope and level, and company nouns by another
    company noun ("chief executive" -> "chief financial officer", "the company" -> "the firm")."""
    words = lexicon(language)
    replacements: dict[str, str] = {}
    by_class: dict[tuple[str, str], list] = {}
    for title in words.titles:
        by_class.setdefault((title.scope, title.level), []).append(title)
    for titles in by_class.values():
        for title, other in zip(titles, titles[1:] + titles[:1], strict=True):
            if other is not title and " " not in title.forms[0]:
                replacements[title.forms[0]] = other.forms[0]
    nouns = sorted(n for n in words.words("company_nouns") if " " not in n and "-" not in n)
    replacements.update(zip(nouns, nouns[1:] + nouns[:1], strict=True))
    pattern = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, sorted(replacements, key=len, reverse=True)))
                         + r")(?![\w-])", re.IGNORECASE)

    def swap(match: re.Match[str]) -> str:
        found = match.group(1)
        new = replacements[found.lower()]
        return new.capitalize() if found[:1].isupper() else new

    # names stay as they are ("Banque cantonale vaudoise" is a name, not a bank): out of the way while swapping
    names = sorted({p["name"] for p in gold["people"]} | {a for group in gold["organizations"] for a in group},
                   key=len, reverse=True)
    kept: list[str] = []

    def keep(match: re.Match[str]) -> str:
        kept.append(match.group(0))
        return f"\x00{len(kept) - 1}\x00"

    hidden = re.sub("|".join(re.escape(n) for n in names), keep, text) if names else text
    swapped = pattern.sub(swap, hidden)
    return Perturbed(re.sub("\x00(\\d+)\x00", lambda m: kept[int(m.group(1))], swapped), gold)
