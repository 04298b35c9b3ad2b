"""Build ``extraction/data/country_names.txt``: what German, English and French call each country ("Deutschland",
"Allemagne", "Germany"), from the Unicode CLDR as the ``babel`` package ships it. GeoNames, which ``places.txt`` is
built from, names countries in English only, so a German or French text's own name for a country ("einer der
größten Hersteller Deutschlands", "Frankreich") was no known place (``extraction/places.py``).

    pip install babel==2.19.0   # only to build the list; the app reads the text file
    python training/country_names.py

Countries (two-letter codes; no groupings such as "EU") and the world's regions (the UN's three-digit codes:
"Europa", "Südostasien", "Amérique latine"; not the world itself, "Welt", "Monde"), names of four letters or more
that open with a capital, and none that is also a given name ("Jordan", "Georgia"), which a person may well be called.
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel import Locale

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extraction.person_names import is_given_name  # noqa: E402

OUTPUT = ROOT / "extraction" / "data" / "country_names.txt"
LANGUAGES = ("de", "en", "fr")
_SHORTEST = 4
_WORLD = "001"  # "Welt", "world", "Monde": common words, no place
HEADER = """\
# What German, English and French call each country and world region, from the Unicode CLDR (Unicode License v3)
# as babel 2.19.0 ships it, without given names. Built by training/country_names.py; do not edit.
"""


def country_names() -> list[str]:
    """Each language's name of each country and world region, sorted, without duplicates."""
    names = {name for language in LANGUAGES for code, name in Locale(language).territories.items()
             if _country_or_region(code) and len(name) >= _SHORTEST and name[0].isupper() and not is_given_name(name)}
    return sorted(names)


def _country_or_region(code: str) -> bool:
    return (len(code) == 2 and code.isalpha()) or (code.isdigit() and code != _WORLD)


if __name__ == "__main__":
    OUTPUT.write_text(HEADER + "\n".join(country_names()) + "\n", encoding="utf-8")
    print(f"{OUTPUT.relative_to(ROOT)}: {len(country_names())} names")
