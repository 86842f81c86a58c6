"""A compass word opening a place's name that the gazetteer lacks whole ("Western X")
is a part of that place, not a division of its own (`toponyms._compass_of`). Sentences
are written by the team; the gazetteer is the test cache (`tests/.cache/gazetteer.sqlite`)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from eventwire.errors import GazetteerError
from eventwire.gazetteer import Gazetteer, build
from eventwire.geo import resolve
from eventwire.records import Analysis, Document, Mention
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


def test_a_compass_word_before_a_place_is_part_of_it_not_a_division_abroad(
    gaz: Gazetteer,
) -> None:
    # the gazetteer lacks "Western Tigray"; many countries have a division "Western"
    text = "Health teams were sent to the province of Western Tigray, in northern Ethiopia."
    mentions = tuple(
        Mention(text.index(name), text.index(name) + len(name), name, label, 0)
        for name, label in (("Western Tigray", "LOC"), ("Ethiopia", "GPE"))
    )
    places = resolve(Analysis(Document("d", text), mentions=mentions), gaz, GeoIndex.open(gaz))
    found = {p.text: p.entry.country_code for p in places}
    assert "Western" not in found
    assert found["Tigray"] == "ET"


def test_a_text_with_no_place_and_one_with_a_compass_word_last(gaz: Gazetteer) -> None:
    index = GeoIndex.open(gaz)
    assert resolve(Analysis(Document("d", "Nothing happened there.")), gaz, index) == ()
    text = "Officials said the camps lie in the West"
    places = resolve(Analysis(Document("d", text)), gaz, index)
    assert all(p.text != "Officials" for p in places)
