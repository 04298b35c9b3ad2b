"""The list of towns and countries (``extraction/data/places.txt``) that makes a pipeline's "firm" a place."""

from __future__ import annotations

from importlib.resources import files

import pytest

from extraction.data import listed_lines
from extraction.places import is_known_place


def test_the_list_states_its_source_and_is_sorted_without_repeats():
    header = files("extraction.data").joinpath("places.txt").read_text("utf-8").splitlines()[0]
    assert "GeoNames" in header and "CC BY 4.0" in header
    names = listed_lines("places.txt")
    assert names == sorted(set(names))


@pytest.mark.parametrize(("name", "known"), [
    ("Vlissingen", True),
    ("ROSENHEIM", True),  # any case: a dateline writes towns in capitals
    ("Orange", False),  # a common word and a firm's name is left out
    ("Florence", False),  # so is a given name
    ("Lumenvia", False),
])
def test_a_name_is_a_known_place_only_when_listed(name, known):
    assert is_known_place(name) is known
