"""The lists of towns and countries (``extraction/data/places.txt``, ``country_names.txt``) that make a pipeline's
"firm" a place."""

from __future__ import annotations

from importlib.resources import files

import pytest

from extraction import analyze
from extraction.data import listed_lines
from extraction.places import is_known_place, is_place_genitive


@pytest.mark.parametrize(("file", "source"), [("places.txt", "CC BY 4.0"), ("country_names.txt", "Unicode License"),
                                              ("regions.txt", "CC BY 4.0")])
def test_each_list_states_its_source_and_is_sorted_without_repeats(file, source):
    header = files("extraction.data").joinpath(file).read_text("utf-8").splitlines()[0]
    assert source in header
    names = listed_lines(file)
    assert names == sorted(set(names))


@pytest.mark.parametrize(("name", "known"), [
    ("Vlissingen", True),
    ("ROSENHEIM", True),  # any case: a dateline writes towns in capitals
    ("Orange", False),  # a common word and a firm's name is left out
    ("Florence", False),  # so is a given name
    ("Lumenvia", False),
    ("Deutschland", True),  # countries as German and French name them
    ("Allemagne", True),
    ("Jordan", False),  # a country that is also a given name is left out
    ("Kentucky", True),  # states, Länder and regions
    ("Bayern", True),
    ("Georgia", False),  # ... but for given names
    ("Europa", True),  # the world's regions as the three languages name them
    ("Südostasien", True),
    ("Amérique latine", True),
    ("Monde", False),  # not the world, a common word
])
def test_a_name_is_a_known_place_only_when_listed(name, known):
    assert is_known_place(name) is known


@pytest.mark.parametrize(("name", "genitive"), [
    ("Deutschlands", True),
    ("Frankreichs", True),
    ("Europas", True),
    ("Deutschland", False),  # the place itself
    ("Lumenvias", False),
])
def test_a_known_place_in_the_german_genitive(name, genitive):
    assert is_place_genitive(name, language="de") is genitive


def test_a_place_in_the_genitive_after_a_company_noun_is_no_firm():
    text = ("Der Fassbauer Vauclair übernimmt die Küferei Scheuermann in Bad Dürkheim, einen der letzten großen "
            "Holzfasshersteller Deutschlands.")
    assert "Deutschlands" not in {o.name for o in analyze(text, language="de").organizations}
