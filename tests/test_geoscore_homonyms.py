"""Which namesake a name means when the text's focus is spread: a city of half a million
abroad before a small town of a country the text only touches on, and a big city before
a hamlet of its name in a division the text names."""

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


def test_a_named_division_does_not_give_a_big_citys_name_to_its_hamlet() -> None:
    """The text names the division holding a hamlet called "Kelvale" (support 1), but a
    city of 600,000 people of the same country bears the name: the city is meant."""
    city = _entry(1, "AA", "PPL", 600_000, "02")
    hamlet = _entry(2, "AA", "PPL", 8_000, "05")
    span = Span(0, 7, "Kelvale", True, [Match(city, 2), Match(hamlet, 2)])
    ctx = _Context(focus={}, regions={("AA", "05"): 1.0}, parent=None, anchors=[], towns=set())
    _, best, _ = _best(span, ctx, {"AA": 1.0}, frozenset({"AA"}))
    assert best is not None and best.entry == city
    small_city = _entry(3, "AA", "PPL", 200_000, "02")  # not big enough to outweigh it
    span = Span(0, 7, "Kelvale", True, [Match(small_city, 2), Match(hamlet, 2)])
    _, best, _ = _best(span, ctx, {"AA": 1.0}, frozenset({"AA"}))
    assert best is not None and best.entry == hamlet


def test_a_division_abroad_needs_a_million_people_to_count_as_known() -> None:
    """A division of 800,000 people abroad is marked down in full, unlike a city of
    that size: the text's "Kelvale" is not a region far away."""
    division = GazetteerEntry(1, "Kelvale", 0.0, 0.0, "BB", "A", "ADM1", 800_000, "02")
    span = Span(0, 7, "Kelvale", False, [Match(division, 2)])
    ctx = _Context(focus={}, regions={}, parent=None, anchors=[], towns=set())
    score, _, _ = _best(span, ctx, {"AA": 0.25, "CC": 1.0}, frozenset({"CC"}))
    city = _entry(2, "BB", "PPL", 800_000, "02")
    city_score, _, _ = _best(
        Span(0, 7, "Kelvale", False, [Match(city, 2)]), ctx, {"AA": 0.25, "CC": 1.0}, frozenset()
    )
    assert score < city_score  # marked down in full; with the small mark-down it would lead
