"""The embedded gazetteer: name normalisation, a build from tiny in-memory sources,
error handling, and one check of the real build (tests/.cache, built once)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from eventwire.errors import GazetteerError
from eventwire.gazetteer import (
    AdminRecord,
    CityRecord,
    CountryRecord,
    Gazetteer,
    Sources,
    build,
)
from eventwire.placenames import name_variants, normalize_name

CACHE = Path(__file__).resolve().parent / ".cache" / "gazetteer.sqlite"


def tiny_sources() -> Sources:
    """Two made-up countries: Zedland (ZZ) with two provinces, Yland (YY)."""
    cities = [
        CityRecord(1, "Zed City", 10.0, 20.0, "ZZ", 900_000, "01", "", ("Zed",)),
        CityRecord(2, "Ar Rumaylah", 11.0, 21.0, "ZZ", 40_000, "01", "", ("Rumeila",)),
        CityRecord(3, "Port Zed", 12.0, 22.0, "ZZ", 1_200_000, "02", "", ()),
        CityRecord(4, "Lakeside", 13.0, 23.0, "ZZ", 5_000, "02", "", ()),
        CityRecord(5, "Lakeside", -5.0, -6.0, "YY", 80_000, "07", "", ()),
        CityRecord(6, "Tinyville", 1.0, 1.0, "YY", 100, "07", "", ()),
    ]
    countries = [
        CountryRecord(100, "ZZ", "Zedland", "Zed City", 3_000_000, ("Republic of Zedland",)),
        CountryRecord(200, "YY", "Yland", "Nowhere", 500_000, ()),
    ]
    admins = [
        AdminRecord(1001, "Zed Province", "ZZ", "01", "", ("Zedshire",)),
        AdminRecord(1002, "Coast", "ZZ", "02", "", ("Coastal Province",)),
        AdminRecord(1003, "Empty Hills", "ZZ", "03", "", ()),
        AdminRecord(2001, "Lake Region", "YY", "07", "", ()),
    ]
    return Sources(cities, countries, admins)


@pytest.fixture
def tiny(tmp_path: Path) -> Iterator[Gazetteer]:
    path = tmp_path / "gaz.sqlite"
    build(path, sources=tiny_sources())
    gaz = Gazetteer.open(path)
    yield gaz
    gaz.close()


@pytest.fixture(scope="session")
def real() -> Iterator[Gazetteer]:
    """The real embedded gazetteer, built once into tests/.cache and reused."""
    try:
        gaz = Gazetteer.open(CACHE)
    except GazetteerError:
        build(CACHE)
        gaz = Gazetteer.open(CACHE)
    yield gaz
    gaz.close()


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Ra’s al-Khaymah", "ras al khaymah"),
        ("Şalāḩ ad Dīn", "salah ad din"),
        ("  Saint-Denis ", "saint denis"),
        ("St. John's", "st johns"),
        ("ŁÓDŹ", "lodz"),
    ],
)
def test_normalize_name(raw: str, expected: str) -> None:
    assert normalize_name(raw) == expected


def test_ascii_names_take_the_fast_path_to_the_same_key() -> None:
    """ASCII names skip Unicode folding (the import's hot path); the key is unchanged."""
    import string
    import unicodedata

    from eventwire import placenames

    def slow(text: str) -> str:
        folded = unicodedata.normalize("NFKD", text.casefold().translate(placenames._FOLD))
        bare = "".join(c for c in folded if not unicodedata.combining(c))
        return " ".join(placenames._SEPARATORS.sub(" ", placenames._QUOTES.sub("", bare)).split())

    samples = [string.printable, "Tall 'Afar", 'Al-"Qaim"', "ST.  JOHN`S", "A_B/C,D(E)"]
    for text in samples:
        assert normalize_name(text) == slow(text), text


def test_name_variants_unify_and_drop_arabic_articles() -> None:
    assert name_variants("as sulaymaniyah") == (
        "as sulaymaniyah",
        "al sulaymaniyah",
        "sulaymaniyah",
    )
    assert name_variants("kirkuk") == ("kirkuk",)
    assert name_variants("al ain") == ("al ain",)  # too short to drop the article


def test_lookup_orders_by_prior_and_filters_by_country(tiny: Gazetteer) -> None:
    both = tiny.lookup("Lakeside")
    assert [e.country_code for e in both] == ["YY", "ZZ"]  # the larger town first
    assert [e.geonameid for e in tiny.lookup("lakeside", country="zz")] == [4]
    assert tiny.lookup("Atlantis") == []


def test_arabic_article_variants_meet(tiny: Gazetteer) -> None:
    for spelling in ("Al-Rumaylah", "Rumaylah", "El Rumaylah", "Ar Rumaylah"):
        assert [e.geonameid for e in tiny.lookup(spelling)] == [2], spelling


def test_divisions_sit_at_their_largest_town_with_summed_population(tiny: Gazetteer) -> None:
    coast = tiny.lookup("Coastal Province")[0]
    assert (coast.feature_code, coast.latitude, coast.longitude) == ("ADM1", 12.0, 22.0)
    assert coast.population == 1_205_000
    assert tiny.lookup("Empty Hills") == []  # no town to stand for it
    town = tiny.get(4)
    assert town is not None and town.admin1 == "Coast"


def test_countries_sit_at_their_capital(tiny: Gazetteer) -> None:
    zed = tiny.country_entry("zz")
    assert zed is not None and (zed.name, zed.latitude, zed.feature_code) == (
        "Zedland",
        10.0,
        "PCLI",
    )
    capital = tiny.get(1)
    assert capital is not None and capital.feature_code == "PPLC"
    yland = tiny.country_entry("YY")  # capital unknown: its largest town stands for it
    assert yland is not None and yland.latitude == -5.0
    assert tiny.lookup("Republic of Zedland")[0].geonameid == 100
    admin = tiny.admin1("ZZ", "01")
    assert admin is not None and admin.name == "Zed Province"


def test_build_drops_towns_below_min_population_and_records_counts(tmp_path: Path) -> None:
    path = tmp_path / "g.sqlite"
    stats = build(path, sources=tiny_sources(), min_population=500)
    assert stats.counts["cities"] == 5 and stats.counts["skipped_divisions"] == 1
    gaz = Gazetteer.open(path)
    assert gaz.lookup("Tinyville") == []
    assert json.loads(gaz.metadata()["counts"]) == stats.counts
    assert json.loads(json.dumps(stats.as_dict()))["size_bytes"] == path.stat().st_size
    gaz.close()


def test_failed_build_leaves_nothing_behind(tmp_path: Path) -> None:
    def broken() -> Iterator[CityRecord]:
        yield CityRecord(1, "A", 0.0, 0.0, "ZZ", 1000)
        raise ValueError("bad row")

    with pytest.raises(GazetteerError, match="bad row"):
        build(tmp_path / "g.sqlite", sources=Sources(broken(), [], []))
    assert list(tmp_path.iterdir()) == []


def test_open_missing_or_corrupt_says_how_to_build(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match="eventwire gazetteer build"):
        Gazetteer.open(tmp_path / "absent.sqlite")
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(GazetteerError, match="eventwire gazetteer build"):
        Gazetteer.open(junk)


def test_ensure_builds_once(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "g.sqlite"
    gaz = Gazetteer.ensure(path, sources=tiny_sources())
    assert gaz.lookup("Zed City")
    gaz.close()
    again = Gazetteer.ensure(path, sources=Sources([], [], []))  # not rebuilt
    assert again.lookup("Zed City")
    again.close()


def test_real_build_resolves_well_known_places(real: Gazetteer) -> None:
    kirkuk = real.lookup("Kirkuk", country="IQ")
    assert any(e.feature_code == "PPL" and e.admin1 == "Kirkūk" for e in kirkuk)
    assert real.lookup("Dohuk")[0].country_code == "IQ"  # by alternate name
    assert real.lookup("Al-Hasakah")[0].country_code == "SY"
    garissa = [e for e in real.lookup("Garissa") if e.feature_class == "P"]
    assert garissa and garissa[0].country_code == "KE"
    kenya = real.country_entry("KE")
    assert kenya is not None and abs(kenya.latitude - -1.28) < 0.1  # at Nairobi
    counts = json.loads(real.metadata()["counts"])
    assert counts["cities"] > 150_000 and counts["divisions"] > 20_000


def test_real_lookups_use_the_name_index(real: Gazetteer) -> None:
    """Lookups are served by the index on normalised names, never a table scan (speed
    itself is measured in bench/, not asserted here)."""
    from eventwire import gazetteer

    plan = real._con.execute(
        f"EXPLAIN QUERY PLAN {gazetteer._NAME_SQL} WHERE n.norm IN (?, ?)", ("kirkuk", "paris")
    ).fetchall()
    details = " ".join(str(row[-1]) for row in plan)
    assert "SEARCH n USING PRIMARY KEY (norm=?)" in details and "SCAN" not in details, details
    assert {e.country_code for e in real.lookup("Maiduguri")} == {"NG"}
