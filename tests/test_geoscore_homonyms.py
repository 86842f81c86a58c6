"""Which namesake a name means when the text's focus is spread: a city of half a million
abroad before a small town of a country the text only touches on."""

from __future__ import annotations

from eventwire.gazetteer import Match
from eventwire.geoscore import _best, _Context
from eventwire.records import GazetteerEntry
from eventwire.toponyms import Span


def _entry(gid: int, cc: str, code: str, pop: int, admin1: str) -> GazetteerEntry:
    return GazetteerEntry(gid, "Kelvale", 0.0, 0.0, cc, "P", code, pop, admin1)


def test_a_city_of_half_a_million_abroad_before_a_small_town_of_a_minor_focus() -> None:
    """A text mostly about one country (CC) touches on another (AA): a "Kelvale" there of
    10,000 people does not outweigh a city of 700,000 people of that name elsewhere."""
    city = _entry(1, "BB", "PPL", 700_000, "02")
    town = _entry(2, "AA", "PPL", 10_000, "05")
    span = Span(0, 7, "Kelvale", True, [Match(city, 2), Match(town, 2)])
    ctx = _Context(focus={}, regions={}, parent=None, anchors=[], towns=set())
    _, best, _ = _best(span, ctx, {"AA": 0.25, "CC": 1.0}, frozenset({"CC"}))
    assert best is not None and best.entry == city
