"""A big division outside the text's focus does not carry a name that places of several
countries bear to another continent (`toponym_continents`), unless it dwarfs them; and a
hamlet of the focus country that nothing in the text places does not hold the name of a
division abroad. Sentences are written by the team; the gazetteer is the test cache
(`tests/.cache/gazetteer.sqlite`)."""

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


def test_a_division_dwarfing_every_namesake_abroad_owns_its_name() -> None:
    big = GazetteerEntry(1, "Somewhere", 0.0, 0.0, "GB", "A", "ADM1", 50_000_000, "01")
    small = GazetteerEntry(2, "Somewhere", 0.0, 0.0, "US", "P", "PPL", 3_000, "AR")
    assert not jumps_continent(big, [Match(big, 2), Match(small, 2)], ["US", "CA"])
    rival = GazetteerEntry(3, "Somewhere", 0.0, 0.0, "US", "P", "PPL", 300_000, "AR")
    assert jumps_continent(big, [Match(big, 2), Match(rival, 2)], ["US", "CA"])


def test_a_small_town_of_the_focus_country_does_not_hold_a_far_bigger_namesake(
    gaz: Gazetteer,
) -> None:
    # a hamlet of Arkansas bears the name; nothing in the text points to Arkansas
    text = (
        "Farm inspectors in Manitoba, Canada, and in Oregon and Ohio in the United States "
        "traced the feed to a mill in England."
    )
    names = ("Manitoba", "Canada", "Oregon", "Ohio", "United States", "England")
    mentions = tuple(Mention(text.index(n), text.index(n) + len(n), n, "GPE", 0) for n in names)
    found = {p.text: p for p in resolve(Analysis(Document("d", text), mentions=mentions), gaz,
                                        GeoIndex.open(gaz))}  # fmt: skip
    assert (found["England"].entry.country_code, found["England"].entry.feature_code) == (
        "GB",
        "ADM1",
    )


def test_a_small_town_the_text_places_keeps_its_name(gaz: Gazetteer) -> None:
    # the text's other places point to Ohio, where a small London lies
    text = "Growers in Ohio, Florida and Kenya sent samples to London."
    names = ("Ohio", "Florida", "Kenya", "London")
    mentions = tuple(Mention(text.index(n), text.index(n) + len(n), n, "GPE", 0) for n in names)
    found = {p.text: p for p in resolve(Analysis(Document("d", text), mentions=mentions), gaz,
                                        GeoIndex.open(gaz))}  # fmt: skip
    assert (found["London"].entry.country_code, found["London"].entry.admin1_code) == ("US", "OH")
