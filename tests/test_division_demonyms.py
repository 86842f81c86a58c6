"""The people of first-level divisions as demonym places ("Ontarians", "a Dagestani").
Sentences are written by the team; the gazetteer is the test cache."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from eventwire.division_demonyms import division_demonyms
from eventwire.errors import GazetteerError
from eventwire.gazetteer import Gazetteer, build
from eventwire.geo import resolve
from eventwire.records import Analysis, Document

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


@pytest.mark.parametrize(
    ("text", "word", "country", "division"),
    [
        ("Ontarians will pay more for heating this winter.", "Ontarians", "CA", "Ontario"),
        ("A Dagestani official was shot on Friday.", "Dagestani", "RU", "Dagestan, Respublika"),
        ("Two Abkhaz border guards were hurt.", "Abkhaz", "GE", "Abkhazia"),
        ("Many Minnesotans drove south for the holiday.", "Minnesotans", "US", "Minnesota"),
    ],
)
def test_a_divisions_people_link_to_the_division(
    gaz: Gazetteer, text: str, word: str, country: str, division: str
) -> None:
    (place,) = division_demonyms(text, gaz, bytearray(len(text)))
    assert place.text == word and place.kind == "demonym"
    assert (place.entry.country_code, place.entry.feature_code) == (country, "ADM1")
    assert place.entry.name == division


def test_a_word_for_an_era_or_taken_text_is_no_divisions_people(gaz: Gazetteer) -> None:
    assert not division_demonyms("A Victorian house burned down.", gaz, bytearray(30))
    text = "Ontarians voted."
    assert not division_demonyms(text, gaz, bytearray(b"\x01" * len(text)))


def test_a_divisions_people_point_the_text_to_its_country(gaz: Gazetteer) -> None:
    text = "South Ossetian officials accused Tbilisi of shelling on Sunday."
    places = resolve(Analysis(Document("doc", text)), gaz)
    people = next(p for p in places if p.text == "South Ossetian")
    assert people.kind == "demonym" and people.entry.country_code == "GE"
