"""A big division outside the text's focus does not carry a name that places of several
countries bear to another continent (`toponym_continents`). Sentences are written by
the team; the gazetteer is the test cache (`tests/.cache/gazetteer.sqlite`)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from eventwire.errors import GazetteerError
from eventwire.gazetteer import Gazetteer, Match, build
from eventwire.geo import resolve
from eventwire.records import Analysis, Document, GazetteerEntry, Mention
from eventwire.toponym_continents import continent_of, jumps_continent, off_continent
from eventwire.toponym_index import GeoIndex

CACHE = Path(__file__).resolve().parent / ".cache" / "gazetteer.sqlite"


@pytest.fixture(scope="module")
def gaz() -> Iterator[Gazetteer]:
    try:
        gazetteer = Gazetteer.open(CACHE)
    except GazetteerError:
        build(CACHE)
        gazetteer = Gazetteer.open(CACHE)
    yield gazetteer
    gazetteer.close()


def _entry(code: str, fclass: str, iso2: str) -> GazetteerEntry:
    return GazetteerEntry(1, "Somewhere", 0.0, 0.0, iso2, fclass, code, 2_000_000, "01")


def test_continents_of_countries() -> None:
    assert continent_of("AR") == "SA" and continent_of("NG") == "AF"
    assert off_continent("NG", ["AR", "BR"]) and not off_continent("BR", ["AR"])
    assert not off_continent("NG", []) and not off_continent("XX", ["AR"])


def test_a_shared_name_does_not_jump_continents_but_an_only_bearer_and_a_city_may() -> None:
    division, town = _entry("ADM1", "A", "NG"), _entry("PPL", "P", "NG")
    shared = [Match(division, 2), Match(_entry("PPL", "P", "CA"), 2)]
    assert jumps_continent(division, shared, ["AR"])
    assert not jumps_continent(division, [Match(division, 2)], ["AR"])  # its only bearer
    assert not jumps_continent(town, shared, ["AR"])  # a city of a million is known abroad
    assert not jumps_continent(division, shared, ["GH"])  # the focus's own continent


def test_a_region_word_in_a_text_about_one_country_is_not_a_division_overseas(
    gaz: Gazetteer,
) -> None:
    # "Delta" is the name of a populous division in Africa and of towns in the Americas;
    # a text about two Argentine cities means its own river's delta
    text = "Floods reached Rosario and Santa Fe on Monday as the river rose across the Delta."
    mentions = tuple(
        Mention(text.index(name), text.index(name) + len(name), name, "GPE", 0)
        for name in ("Rosario", "Santa Fe")
    )
    found = {p.text: p for p in resolve(Analysis(Document("d", text), mentions=mentions), gaz,
                                        GeoIndex.open(gaz))}  # fmt: skip
    assert found["Rosario"].entry.country_code == "AR"
    assert "Delta" not in found or found["Delta"].entry.country_code != "NG"
