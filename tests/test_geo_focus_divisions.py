"""Divisions and generic phrases in a short text: a town of its division's name before a
somewhat bigger namesake abroad, a division's own name voting for its country when the
text's other names agree, a division the text names supporting its towns in full, a
generic word before a facility ("the Central Business District") being no place, a
compass word alone being no division abroad, and a country across a border ("near the
border with Chad") not being where things happened."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from eventwire.errors import GazetteerError
from eventwire.gazetteer import Gazetteer, Match, build
from eventwire.geo import resolve
from eventwire.geofocus import votes
from eventwire.georegions import (
    holds_town,
    in_named_county,
    named_counties,
    named_divisions,
    other_counties,
    with_named,
)
from eventwire.geoscore import _seats
from eventwire.location import _as_place
from eventwire.records import Analysis, Document, GazetteerEntry, Mention, Place
from eventwire.toponym_cues import street_name
from eventwire.toponym_divisions import bare_compass, lesser_seats
from eventwire.toponyms import Span

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


def _entry(gid: int, cc: str, fclass: str, code: str, pop: int, admin1: str) -> GazetteerEntry:
    return GazetteerEntry(gid, "Tolo", 0.0, 0.0, cc, fclass, code, pop, admin1)


def test_the_town_of_its_divisions_name_before_a_somewhat_bigger_namesake() -> None:
    town = _entry(10, "AA", "P", "PPL", 10_000, "07")
    division = _entry(11, "AA", "A", "ADM1", 400_000, "07")
    abroad = _entry(12, "BB", "P", "PPL", 25_000, "03")
    span = Span(20, 24, "Tolo", True, [Match(abroad, 2), Match(town, 2), Match(division, 2)])
    assert _seats(span) == frozenset()  # not the biggest town of the name
    assert lesser_seats(span, _seats(span)) == frozenset({10})
    huge = _entry(13, "BB", "P", "PPL", 500_000, "03")  # ten times bigger and more
    span.matches.append(Match(huge, 2))
    assert lesser_seats(span, _seats(span)) == frozenset()
    city = _entry(14, "BB", "P", "PPL", 150_000, "03")  # a city known in its own right
    with_city = Span(20, 24, "Tolo", True, [Match(city, 2), Match(town, 2), Match(division, 2)])
    assert lesser_seats(with_city, _seats(with_city)) == frozenset()
    alone = Span(20, 24, "Tolo", True, [Match(abroad, 2), Match(town, 2)])  # no division
    assert lesser_seats(alone, _seats(alone)) == frozenset()


def _division_spans(agreeing: str) -> list[Span]:
    province = _entry(30, "AA", "A", "ADM1", 5_000_000, "04")
    namesake = _entry(31, "BB", "P", "PPL", 90_000, "02")
    town_here = _entry(32, "AA", "P", "PPL", 300_000, "04")
    town_there = _entry(33, "CC", "P", "PPL", 8_000_000, "01")
    other = _entry(34, agreeing, "P" if agreeing == "AA" else "A", "PPL", 1_000, "09")
    return [
        Span(0, 6, "Harbor", True, [Match(town_there, 2), Match(town_here, 2)]),
        Span(30, 38, "Province", False, [Match(province, 2), Match(namesake, 2)], cue=True),
        Span(50, 55, "Other", True, [Match(other, 2)]),
    ]


def test_a_divisions_own_name_votes_for_its_country_when_other_names_agree() -> None:
    spans = _division_spans("AA")
    assert votes(spans, [], "")[1] == {"AA": 0.5}
    lone = [spans[1]]  # nothing else in the text points to that country
    assert votes(lone, [], "")[0] == {}  # an ambiguous name a cue found: no vote


def test_a_division_name_shared_by_several_countries_keeps_its_weak_vote() -> None:
    spans = _division_spans("AA")
    twin = _entry(35, "DD", "A", "ADM1", 1_000_000, "02")  # "Central", "Eastern"
    spans[1].matches.append(Match(twin, 2))
    assert votes(spans, [], "")[1] == {}


def test_a_named_division_supports_the_towns_inside_it_in_full() -> None:
    province = _entry(40, "AA", "A", "ADM1", 5_000_000, "04")
    span = Span(0, 8, "Province", True, [Match(province, 2)])
    span.best = (1.2, Match(province, 2), "")
    named = named_divisions([span], ["province"], lambda s: True)
    assert named == {("AA", "04"): {"province"}}
    assert with_named({("AA", "04"): 0.3}, named, "harbor") == {("AA", "04"): 1.0}
    # the other divisions of its country keep half their support; another country's all
    support = {("AA", "05"): 0.6, ("BB", "01"): 0.4}
    assert with_named(support, named, "harbor") == {
        ("AA", "04"): 1.0,
        ("AA", "05"): 0.3,
        ("BB", "01"): 0.4,
    }
    assert with_named({}, named, "province") == {}  # a name does not support itself
    two = {**named, ("AA", "05"): {"upland"}}
    assert with_named({("AA", "05"): 0.2}, two, "harbor") == {("AA", "05"): 0.2}


def test_a_town_inside_a_county_the_text_names_is_that_countys() -> None:
    county = GazetteerEntry(50, "Upland County", 0.0, 0.0, "AA", "A", "ADM2", 20_000, "04")
    county = dataclasses.replace(county, admin2="Upland County")
    town = dataclasses.replace(_entry(51, "AA", "P", "PPL", 3_000, "04"), admin2="Upland County")
    elsewhere = dataclasses.replace(town, geonameid=52, admin1_code="05")
    abroad = _entry(53, "BB", "P", "PPLC", 2_000_000, "01")
    span = Span(0, 13, "Upland County", True, [Match(county, 2)])
    span.best = (1.3, Match(county, 2), "")
    named = named_counties([span], ["upland county"], lambda s: True)
    assert named == {("AA", "04", "Upland County"): {"upland county"}}
    assert other_counties(named, "upland county") == frozenset()  # not by its own name
    counties = other_counties(named, "harbor")
    assert counties == frozenset({("AA", "04", "Upland County")})
    assert in_named_county(town, counties)
    assert not in_named_county(elsewhere, counties)  # a county of that name, another state
    assert not in_named_county(abroad, counties)
    assert not in_named_county(county, counties)  # the county itself is no town in it
    assert named_counties([span], ["upland county"], lambda s: False) == {}  # not accepted


def test_a_county_holding_a_town_the_text_names_is_the_towns() -> None:
    county = GazetteerEntry(50, "Upland County", 0.0, 0.0, "AA", "A", "ADM2", 20_000, "04")
    county = dataclasses.replace(county, admin2="Upland County")
    namesake = dataclasses.replace(county, geonameid=54, admin1_code="05")
    town = dataclasses.replace(_entry(51, "AA", "P", "PPL", 3_000, "04"), admin2="Upland County")
    assert holds_town(county, [town])
    assert not holds_town(namesake, [town])  # the county of that name in another state
    assert not holds_town(county, [county])  # a county holds no county
    assert not holds_town(town, [town])  # a town is no county


@pytest.mark.parametrize(
    ("text", "name", "generic"),
    [
        ("Hawkers clashed with police in the Central Business District.", "Central", True),
        ("Two men were held at Central Police Station overnight.", "Central", True),
        ("Two men were held at Harbor Police Station overnight.", "Harbor", False),
        ("Protesters marched through Central to the port.", "Central", False),
        ("Two men were held at Harbor City Police Station.", "Harbor City", False),
        ("Central Police Station held two men.", "Central", True),
    ],
)
def test_a_generic_word_before_a_facility_is_no_place(text: str, name: str, generic: bool) -> None:
    end = text.index(name) + len(name)
    assert street_name(text, end) is generic


def _analyse(gaz: Gazetteer, text: str, **labels: str) -> Analysis:
    mentions = [
        Mention(m.start(), m.end(), m.group(), label, 0)
        for name, label in labels.items()
        for m in re.finditer(re.escape(name), text)
    ]
    base = Analysis(Document("doc", text), mentions=tuple(mentions))
    return Analysis(base.document, mentions=base.mentions, places=resolve(base, gaz))


def test_a_province_named_elsewhere_in_the_text_places_its_town(gaz: Gazetteer) -> None:
    text = "A man was shot dead in London on Tuesday. Ontario Provincial Police said he fled."
    a = _analyse(gaz, text, London="GPE")
    london = next(p for p in a.places if p.text == "London")
    assert (london.entry.country_code, london.entry.admin1) == ("CA", "Ontario")


def test_a_compass_word_alone_is_a_division_only_where_the_text_points(gaz: Gazetteer) -> None:
    division = _entry(50, "AA", "A", "ADM1", 900_000, "06")
    assert bare_compass(Span(0, 4, "West", True, [Match(division, 2)]))
    assert not bare_compass(Span(0, 4, "West", True, [Match(division, 2)], admin_hint=True))
    text = "Youths clashed with police in Tolo East and West wards on Sunday."
    a = _analyse(gaz, text, West="LOC")
    assert not any(p.text == "West" for p in a.places)


@pytest.mark.parametrize(
    ("text", "country", "as_place"),
    [
        ("Two men were shot near the border with Chad.", "Chad", False),
        ("Troops patrolled the long border with the Sudan.", "Sudan", False),
        ("Two men were shot in Chad near the border.", "Chad", True),
    ],
)
def test_a_country_across_the_border_is_not_where_things_happened(
    text: str, country: str, as_place: bool
) -> None:
    start = text.index(country)
    entry = _entry(60, "TD", "A", "PCLI", 10_000_000, "")
    place = Place(start, start + len(country), country, entry, 0.9, "country")
    assert _as_place(text, place) is as_place
