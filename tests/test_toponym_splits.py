"""A region a country split into compass-named divisions is a place of that country
(`toponym_splits`). Sentences and the small gazetteer are written by the team; the
end-to-end test reads the test cache (`tests/.cache/gazetteer.sqlite`)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from eventwire.errors import GazetteerError
from eventwire.gazetteer import Gazetteer, build
from eventwire.geo import resolve
from eventwire.records import Analysis, Document, GazetteerEntry, Mention
from eventwire.toponym_index import GeoIndex
from eventwire.toponym_splits import split_regions

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


def _small_gazetteer() -> sqlite3.Connection:
    """Invented divisions: North and South Wobria, East and West Province, North and
    South Tamsk beside a town called Tamsk, a lone West Dorn, a populous North Velmar
    beside a hamlet called Velmar, an East Bank beside a village called Bank, and a West
    Quenby beside a town called Quenby, a 250th its size."""
    con = sqlite3.connect(":memory:")
    con.executescript(
        """
        CREATE TABLE places (geonameid INTEGER PRIMARY KEY, name TEXT, latitude REAL,
            longitude REAL, country_code TEXT, feature_class TEXT, feature_code TEXT,
            population INTEGER, admin1_code TEXT, admin2_code TEXT DEFAULT '');
        CREATE TABLE names (norm TEXT, geonameid INTEGER, quality INTEGER,
            PRIMARY KEY (norm, geonameid)) WITHOUT ROWID;
        """
    )
    places = [
        (1, "North Wobria", 10.0, 20.0, "XX", "A", "ADM1", 300, "01"),
        (2, "South Wobria", 6.0, 22.0, "XX", "A", "ADM1", 100, "02"),
        (3, "East Province", 0.0, 0.0, "XX", "A", "ADM1", 100, "03"),
        (4, "West Province", 0.0, 0.0, "XX", "A", "ADM1", 100, "04"),
        (5, "North Tamsk", 0.0, 0.0, "XX", "A", "ADM1", 100, "05"),
        (6, "South Tamsk", 0.0, 0.0, "XX", "A", "ADM1", 100, "06"),
        (7, "Tamsk", 0.0, 0.0, "XX", "P", "PPL", 100, "05"),
        (8, "West Dorn", 3.0, 4.0, "XX", "A", "ADM1", 100, "07"),
        (9, "North Velmar", 1.0, 2.0, "XX", "A", "ADM1", 800_000, "08"),
        (10, "Velmar", 1.5, 2.5, "XX", "P", "PPL", 600, "08"),
        (11, "East Bank", 0.0, 0.0, "XX", "A", "ADM1", 800_000, "09"),
        (12, "Bank", 0.0, 0.0, "XX", "P", "PPL", 90, "09"),
        (13, "West Quenby", 0.0, 0.0, "XX", "A", "ADM1", 500_000, "10"),
        (14, "Quenby", 0.0, 0.0, "XX", "P", "PPL", 2_000, "10"),
    ]
    con.executemany("INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '')", places)
    con.executemany("INSERT INTO names VALUES (?, ?, 2)", [(p[1].lower(), p[0]) for p in places])
    return con


def test_divisions_named_north_and_south_of_one_name_make_a_region() -> None:
    def centre(entry: GazetteerEntry) -> tuple[float, float] | None:
        return None  # each division at its own point

    regions = split_regions(_small_gazetteer(), centre)
    wobria = regions["wobria"]
    assert (wobria.country_code, wobria.feature_code, wobria.name) == ("XX", "RGN", "Wobria")
    assert (wobria.latitude, wobria.longitude) == (8.0, 21.0)  # the middle of the two
    assert wobria.population == 400
    assert "province" not in regions  # a division word is no region's name
    assert "tamsk" not in regions  # a town bears that name as its own
    dorn = regions["dorn"]  # one compass-named division: the part of the region it holds
    assert (dorn.latitude, dorn.longitude) == (3.0, 4.0)
    assert regions["velmar"].feature_code == "RGN"  # the hamlet of its name is dwarfed
    assert "bank" not in regions  # a word for a river's side, not a region's name
    assert "quenby" not in regions  # a town of its name not dwarfed a thousandfold


def test_a_bare_region_name_resolves_to_its_country(gaz: Gazetteer) -> None:
    text = "Aid convoys reached camps across Kordofan after weeks of fighting."
    start = text.index("Kordofan")
    mention = Mention(start, start + len("Kordofan"), "Kordofan", "GPE", 0)
    places = resolve(Analysis(Document("d", text), mentions=(mention,)), gaz, GeoIndex.open(gaz))
    [place] = [p for p in places if p.text == "Kordofan"]
    assert (place.entry.country_code, place.entry.feature_code) == ("SD", "RGN")
    assert 10 < place.entry.latitude < 14 and 27 < place.entry.longitude < 32
