"""`eventwire gazetteer import`: GeoNames dump files (tests/data/geonames/, a few rows of
each kind in GeoNames' own formats) added to a tiny built gazetteer."""

from __future__ import annotations

import json
import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire import gazetteer_import
from eventwire.cli import app
from eventwire.errors import GazetteerError
from eventwire.gazetteer import (
    AdminRecord,
    CityRecord,
    CountryRecord,
    Gazetteer,
    Sources,
    build,
)
from eventwire.gazetteer_import import file_kind, import_files

DATA = Path(__file__).resolve().parent / "data" / "geonames"
FILES = sorted(DATA.glob("*.txt"))


def tiny_sources() -> Sources:
    """Zedland (ZZ): a capital and a port in two provinces, as the embedded build has them."""
    cities = [
        CityRecord(1, "Zed City", 10.0, 20.0, "ZZ", 900_000, "01", "", ("Zed",)),
        CityRecord(3, "Port Zed", 12.0, 22.0, "ZZ", 1_200_000, "02", "", ()),
    ]
    countries = [CountryRecord(100, "ZZ", "Zedland", "Zed City", 3_000_000, ())]
    admins = [
        AdminRecord(1001, "Zed Province", "ZZ", "01", "", ()),
        AdminRecord(1002, "Coast", "ZZ", "02", "", ()),
    ]
    return Sources(cities, countries, admins)


@pytest.fixture
def store(tmp_path: Path) -> Path:
    path = tmp_path / "gaz.sqlite"
    build(path, sources=tiny_sources())
    return path


def dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the gazetteer's tables but its import bookkeeping."""
    con = sqlite3.connect(path)
    tables = ("places", "names", "admins", "hierarchy")
    out = {t: sorted(con.execute(f"SELECT * FROM {t}").fetchall()) for t in tables}
    out["meta"] = sorted(con.execute("SELECT * FROM meta WHERE key NOT LIKE 'import:%'"))
    con.close()
    return out


def zipped(tmp_path: Path, source: Path) -> Path:
    """`source` zipped as GeoNames ships it: NAME.zip holding NAME.txt."""
    target = tmp_path / f"{source.stem}.zip"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.write(source, source.name)
        archive.writestr("readme.txt", "not this one")
    return target


def ids(gaz: Gazetteer, name: str) -> list[int]:
    return [e.geonameid for e in gaz.lookup(name)]


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("allCountries.zip", "places"),
        ("IQ.zip", "places"),
        ("SY.txt", "places"),
        ("cities500.zip", "places"),
        ("alternateNamesV2.zip", "alternate_names"),
        ("alternateNames.txt", "alternate_names"),
        ("admin1CodesASCII.txt", "admin1"),
        ("admin2Codes.txt", "admin2"),
        ("countryInfo.txt", "countries"),
        ("hierarchy.zip", "hierarchy"),
    ],
)
def test_file_kind_comes_from_the_name(name: str, kind: str) -> None:
    assert file_kind(Path(name)) == kind


@pytest.mark.parametrize("name", ["iq.zip", "allCountries.csv", "shapes_simplified_low.zip"])
def test_unknown_file_names_are_refused(name: str) -> None:
    with pytest.raises(GazetteerError, match="not a GeoNames dump file name"):
        file_kind(Path(name))


def test_every_kind_is_imported_and_found(store: Path) -> None:
    stats = import_files(store, FILES)
    by_kind = {f.kind: f for f in stats.files}
    assert set(by_kind) == {
        "places", "alternate_names", "admin1", "admin2", "countries", "hierarchy",
    }  # fmt: skip
    gaz = Gazetteer.open(store)
    gate = gaz.lookup("Zed Gate")[0]
    assert (gate.geonameid, gate.feature_class, gate.feature_code) == (5002, "S", "PSTB")
    assert gate.admin1 == "Coast"
    quarter = gaz.get(5001)
    assert quarter is not None and quarter.feature_code == "PPLX"
    assert (quarter.admin1, quarter.admin2) == ("Zed Province", "Zed West District")
    for spelling in ("Al-Qantarah", "Qantarah", "El Qantara", "Qantarah Quarter"):
        assert ids(gaz, spelling) == [5001], spelling
    assert ids(gaz, "Zed West") == [3001]  # a division found without its type word
    assert ids(gaz, "Camp Hollow Air Base") == [5003]  # from alternateNamesV2
    assert ids(gaz, "Mount Zed") == [5008] and ids(gaz, "Nahr Zed") == [5007]
    assert ids(gaz, "Zed Oil Field") == [5009]
    assert ids(gaz, "Zed International Airport") == [5004]
    gaz.close()


def test_what_is_left_out(store: Path) -> None:
    """Undersea and historical features, links, postal and transport codes, historic
    names, and names of places the gazetteer does not hold."""
    stats = import_files(store, FILES)
    places = next(f for f in stats.files if f.file.endswith("allCountries.txt"))
    assert (places.lines, places.kept, places.skipped) == (12, 10, 0)
    gaz = Gazetteer.open(store)
    for absent in ("Zed Trench", "Old Zedburg", "ZDC", "ZZZD", "Zedborough", "12345"):
        assert gaz.lookup(absent) == [], absent
    assert gaz.lookup("Nowhere Place") == [] and gaz.get(999999) is None
    assert gaz.lookup("en wikipedia org wiki camp hollow") == []
    gaz.close()


def test_known_places_are_updated_but_keep_representative_points(store: Path) -> None:
    import_files(store, FILES)
    gaz = Gazetteer.open(store)
    city = gaz.get(1)
    assert city is not None and (city.population, city.feature_code) == (950_000, "PPLC")
    assert ids(gaz, "Zedopolis") == [1]
    province = gaz.get(1001)  # still at its main town, with the towns' population
    assert province is not None and (province.latitude, province.longitude) == (10.0, 20.0)
    assert province.population == 900_000
    assert ids(gaz, "Zed Governorate") == [1001]
    zedland = gaz.country_entry("ZZ")
    assert zedland is not None and zedland.population == 3_100_000
    gaz.close()


def test_a_new_country_sits_at_its_capital_with_its_divisions(store: Path) -> None:
    import_files(store, FILES)
    gaz = Gazetteer.open(store)
    quland = gaz.country_entry("XQ")
    assert quland is not None and (quland.latitude, quland.longitude) == (-3.5, 30.25)
    assert ids(gaz, "Quland") == [200]
    town = gaz.get(6001)
    assert town is not None and town.admin1 == "Qu Region"
    region = gaz.admin1("XQ", "01")
    assert region is not None and region.latitude == -3.6  # new: GeoNames' own point
    gaz.close()


def test_hierarchy_rows_are_stored(store: Path) -> None:
    import_files(store, [DATA / "hierarchy.txt"])
    assert dump(store)["hierarchy"] == [(100, 1001, "ADM"), (1001, 3001, "ADM"), (3001, 5001, "")]


def test_zip_and_txt_give_the_same_gazetteer(store: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    shutil.copy(store, other)
    import_files(store, FILES)
    zips = [zipped(tmp_path, f) if file_kind(f) in ("places", "alternate_names") else f
            for f in FILES]  # fmt: skip
    import_files(other, zips)
    assert dump(other) == dump(store)


def test_importing_twice_changes_nothing(store: Path) -> None:
    first = import_files(store, FILES)
    once = dump(store)
    second = import_files(store, FILES)
    assert {f.status for f in second.files} == {"already imported"}
    assert (second.places, second.names) == (first.places, first.names)
    forced = import_files(store, FILES, force=True)
    assert {f.status for f in forced.files} == {"imported"}
    assert dump(store) == once


def test_an_interrupted_import_resumes_where_it_stopped(store: Path, tmp_path: Path) -> None:
    clean = tmp_path / "clean.sqlite"
    shutil.copy(store, clean)
    import_files(clean, FILES)
    calls: list[int] = []

    def interrupt(name: str, done: int, total: int) -> None:
        if name == "allCountries.txt":
            calls.append(done)
            if len(calls) == 2:  # after its second chunk is committed
                raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        import_files(store, FILES, chunk_lines=2, progress=interrupt)
    con = sqlite3.connect(store)
    row = con.execute("SELECT value FROM meta WHERE key = 'import:allCountries.txt'").fetchone()
    con.close()
    record = json.loads(row[0])
    assert (record["done"], record["next_line"]) == (False, 5)  # two chunks committed
    stats = import_files(store, FILES, chunk_lines=2)
    places = next(f for f in stats.files if f.file.endswith("allCountries.txt"))
    assert (places.status, places.resumed_from, places.lines, places.kept) == (
        "resumed", 4, 12, 10
    )  # fmt: skip
    assert dump(store) == dump(clean)


def test_malformed_lines_are_skipped_and_counted(store: Path, tmp_path: Path) -> None:
    good = (DATA / "allCountries.txt").read_bytes().splitlines(keepends=True)
    bad = [b"123\tonly three\tcolumns\n", b"\t".join([b"x"] * 19) + b"\n", b"\xff\xfe\tbroken\n"]
    path = tmp_path / "allCountries.txt"
    path.write_bytes(b"".join([good[0], *bad, *good[1:]]))
    stats = import_files(store, [path])
    places = stats.files[0]
    assert (places.lines, places.kept, places.skipped) == (15, 10, 3)
    assert [e.split(":")[0] for e in places.examples] == ["line 2", "line 3", "line 4"]
    assert "3 tab-separated columns, expected 19-19" in places.examples[0]
    gaz = Gazetteer.open(store)
    assert ids(gaz, "Zed Gate") == [5002]
    gaz.close()


def test_a_file_of_the_wrong_kind_is_refused(store: Path, tmp_path: Path) -> None:
    wrong = tmp_path / "allCountries.txt"
    shutil.copy(DATA / "admin1CodesASCII.txt", wrong)
    with pytest.raises(GazetteerError, match="not a GeoNames places file: line 1: 4 tab"):
        import_files(store, [wrong])
    empty_zip = tmp_path / "IQ.zip"
    with zipfile.ZipFile(empty_zip, "w") as archive:
        archive.writestr("readme.txt", "")
    with pytest.raises(GazetteerError, match=r"zip holds no IQ\.txt"):
        import_files(store, [empty_zip])
    (tmp_path / "SY.zip").write_bytes(b"not a zip")
    with pytest.raises(GazetteerError, match="cannot read zip"):
        import_files(store, [tmp_path / "SY.zip"])


def test_a_missing_gazetteer_is_built_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    built: list[Path] = []

    def tiny_build(path: Path, *, min_population: int) -> object:
        built.append(path)
        return build(path, sources=tiny_sources())

    monkeypatch.setattr(gazetteer_import, "build", tiny_build)
    path = tmp_path / "new" / "gaz.sqlite"
    import_files(path, [DATA / "allCountries.txt"])
    gaz = Gazetteer.open(path)
    assert built == [path] and ids(gaz, "Zed City") == [1] and ids(gaz, "Zed Gate") == [5002]
    gaz.close()


def test_cli_import_then_lookup(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVENTWIRE_GAZETTEER_PATH", str(store))
    runner = CliRunner()
    result = runner.invoke(app, ["gazetteer", "import", *map(str, FILES)])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout.splitlines()[-1])
    assert summary["imported"] is True and summary["gazetteer"] == str(store)
    assert {f["kind"] for f in summary["files"]} >= {"places", "alternate_names"}
    found = runner.invoke(app, ["gazetteer", "lookup", "Zed Gate", "--country", "ZZ"])
    assert json.loads(found.stdout.splitlines()[0])["geonameid"] == 5002
    refused = runner.invoke(app, ["gazetteer", "import", str(DATA / "README.md")])
    assert refused.exit_code == 1 and "not a GeoNames dump file name" in refused.output


def test_the_iraq_syria_fixture_imports_whole(store: Path) -> None:
    """bench/data/geonames/ (the stand-in for IQ.zip and SY.zip) is in GeoNames' format."""
    fixture = sorted((DATA.parents[2] / "bench" / "data" / "geonames").glob("*.txt"))
    stats = import_files(store, fixture)
    assert sum(f.skipped for f in stats.files) == 0
    assert sum(f.kept for f in stats.files if f.kind == "places") >= 300
    gaz = Gazetteer.open(store)
    crossing = gaz.lookup("Bab al-Hawa", country="SY")[0]
    assert (crossing.feature_code, crossing.admin1) == ("PSTB", "Idlib Governorate")
    assert gaz.lookup("Tishreen Dam")[0].feature_code == "DAM"
    gaz.close()
