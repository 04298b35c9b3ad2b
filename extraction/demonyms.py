"""German city demonyms that stand for a company of the city: "Rathore soll in den Aufsichtsrat der Duisburger
einziehen", "die Münchner" (the word alone; "der Duisburger Konzern" is an adjective before its noun)."""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import lexicon

# a demonym's endings, each with the letters it adds to the place's name: "Duisburg-er", "Münch(en)-ner", "Köln-ern"
_ENDINGS = ("ern", "ner", "er")
_SHORTEST_STEM = 3
_ARTICLE_REACH = 8  # characters before the word in which its article stands ("des ")


def ends_like_a_demonym(word: str) -> bool:
    """Whether a capitalised word ends like a city's demonym ("Osloer", "Münchner"), whatever place it names."""
    return word[:1].isupper() and word.endswith(_ENDINGS) and len(word) - 2 >= _SHORTEST_STEM


def names_a_place(word: str, *, text: str) -> bool:
    """Whether the capitalised word ends like a demonym and the article names its place elsewhere ("Duisburger"
    and "DUISBURG", "Münchner" and "München"): a word like "Manager" has no place of its own in the text."""
    if not word[:1].isupper():
        return False
    for ending in _ENDINGS:
        stem = word[:-len(ending)]
        if word.endswith(ending) and len(stem) >= _SHORTEST_STEM and re.search(
                rf"(?<![\w-]){re.escape(stem)}(?!ern|ner|er)\w{{0,2}}(?![\w-])", text, re.IGNORECASE):
            return True
    return False


def demonym_pattern(determiners: str) -> str:
    """A definite article, also opening a sentence ("Die Solinger hatten"), and a capitalised word ending like a
    demonym, with no noun after it (German capitalises its nouns): the word stands for a company, where
    ``names_a_place`` says so."""
    return rf"(?i:{determiners}) [A-ZÄÖÜ][a-zäöüß]+(?:{'|'.join(_ENDINGS)})(?![\w-])(?!\s+[A-ZÄÖÜ])"


def stands_for_a_company(start: int, end: int, *, text: str, language: str) -> bool:
    """Whether ``text[start:end]`` is a lone city demonym after a definite article ("der Duisburger"), no name of
    its own: ``references`` reads it as a company of the city. The article names the place, or describes a company
    by the demonym ("Tiroler Gleitschirmbauer Aerolith" before "in den Beirat der Tiroler")."""
    word = text[start:end]
    return (" " not in word
            and _after_an_article(language).search(text, max(0, start - _ARTICLE_REACH), start) is not None
            and not re.match(r"[\w-]|\s+[A-ZÄÖÜ]", text[end:end + 2])
            and (names_a_place(word, text=text) or _describes_a_company(word, text=text, language=language)))


def _describes_a_company(word: str, *, text: str, language: str) -> bool:
    """Whether the demonym stands before a company noun somewhere in the text: "Vorarlberger Traditionsfirma"."""
    return ends_like_a_demonym(word) and any(
        before_a_company_noun(match.end(), text=text, language=language)
        for match in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text))


def before_a_company_noun(end: int, *, text: str, language: str) -> bool:
    """Whether a capitalised word ending in a company noun follows ``end``: the word before it is its adjective
    ("Tiroler Gleitschirmbauer Aerolith"), no name."""
    noun = re.match(r" ([A-ZÄÖÜ][\w-]*)", text[end:end + _NOUN_REACH])
    words = lexicon(language)
    return noun is not None and (words.is_company_noun(noun.group(1)) or words.ends_in_company_noun(noun.group(1)))


_NOUN_REACH = 40  # characters after a word in which the noun it describes stands


@lru_cache(maxsize=8)
def _after_an_article(language: str) -> re.Pattern[str]:
    articles = lexicon(language).alternation("definite_determiners", flags=re.IGNORECASE)
    return re.compile(rf"(?<![\w-])(?:{articles}) $", re.IGNORECASE)
