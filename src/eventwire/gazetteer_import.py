"""Import the official GeoNames dump files into the gazetteer (`eventwire gazetteer import`).

No PyPI package ships the full GeoNames: border posts, bases, dams and city
neighbourhoods are missing from the embedded cities500 build. A user downloads the
dumps once from https://download.geonames.org/export/dump/ and imports them into the
gazetteer at the configured path (built from the packages first when missing):

    allCountries.zip, XX.zip, cities500.zip (or .txt)  places: 19 columns
    alternateNamesV2.zip / alternateNames.zip (or .txt)  names: 10 (8 in V1) columns
    admin1CodesASCII.txt, admin2Codes.txt              division names: 4 columns
    countryInfo.txt                                    countries ("#" comments)
    hierarchy.zip (or .txt)                            parent, child, type

A file's kind comes from its name; its first data line must have that kind's columns
(else a GazetteerError says what was expected). A later malformed line (wrong column
count, a number that does not parse, bad UTF-8) is skipped and counted, with its line
number among the first examples: one bad row in 12 million must not waste an hour.

What is kept: every feature class but U (undersea), and no historical features
(ADM1H, PCLH, PPLH, ...): events happen at towns, divisions, sites (S: bases, border
posts, airports, hospitals), areas, terrain, water, vegetation and roads. Names: the
name and ASCII name (quality 2), alternate names (quality 1) except links, postal and
transport codes (iata, icao, faac, ...), and historic names, which would place today's
events at old names' namesakes; all through `placenames.name_keys`, as the build does.
Alternate names only attach to places already in the gazetteer, so they are imported
after the places (the files are ordered by kind).

Writes are upserts keyed by geonameid or the natural key, so a second import changes
nothing; a division or country already in the gazetteer keeps its representative point
(its main town, as ACLED codes region-level events) and a known population when the
dump has none. Files stream line by line and are committed every `chunk_lines` lines
together with the file's progress (`meta` key "import:NAME": its identity and lines
committed), so an interrupted import resumes where it stopped; memory stays bounded.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import time
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import IO

from eventwire.errors import GazetteerError
from eventwire.gazetteer import Gazetteer, Progress, build
from eventwire.placenames import division_keys, name_keys

__all__ = ["DEFAULT_CLASSES", "FileStats", "ImportStats", "file_kind", "import_files"]

DEFAULT_CLASSES = "PASLTHVR"  # every GeoNames feature class but U (undersea)
CHUNK_LINES = 20_000
HISTORICAL = frozenset(
    {"ADM1H", "ADM2H", "ADM3H", "ADM4H", "ADM5H", "ADMDH", "PCLH", "PPLH", "PPLCH"}
)
SKIP_LANGUAGES = frozenset(
    {"link", "post", "iata", "icao", "faac", "tcid", "unlc", "wkdt", "fr_1793", "phon"}
)
_CODE = re.compile(r"^[A-Z0-9]{2,4}$")  # IATA/ICAO codes among a place's alternate names

_PLACE = """INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT (geonameid) DO UPDATE SET
    name = excluded.name, country_code = excluded.country_code,
    feature_class = excluded.feature_class, feature_code = excluded.feature_code,
    latitude = iif(places.feature_class = 'A', places.latitude, excluded.latitude),
    longitude = iif(places.feature_class = 'A', places.longitude, excluded.longitude),
    population = iif(excluded.population > 0, excluded.population, places.population),
    admin1_code = excluded.admin1_code, admin2_code = excluded.admin2_code"""
_COUNTRY = """INSERT INTO places SELECT ?1, ?2, p.latitude, p.longitude, ?3, 'A', 'PCLI', ?4, '', ''
    FROM places p WHERE p.country_code = ?3 AND p.feature_class = 'P'
    AND p.geonameid IN (SELECT geonameid FROM names WHERE norm = ?5)
    ORDER BY p.feature_code = 'PPLC' DESC, p.population DESC LIMIT 1
    ON CONFLICT (geonameid) DO UPDATE SET population = excluded.population"""
_ADMIN = "INSERT OR REPLACE INTO admins VALUES (?, ?, ?, ?, ?)"
_ADMIN_IF_NEW = "INSERT OR IGNORE INTO admins VALUES (?, ?, ?, ?, ?)"
_NAME = """INSERT INTO names VALUES (?, ?, ?) ON CONFLICT (norm, geonameid)
    DO UPDATE SET quality = excluded.quality WHERE excluded.quality > names.quality"""
_NAME_IF_PLACE = """INSERT INTO names SELECT ?, ?, ? WHERE EXISTS
    (SELECT 1 FROM places WHERE geonameid = ?) ON CONFLICT (norm, geonameid)
    DO UPDATE SET quality = excluded.quality WHERE excluded.quality > names.quality"""
_HIERARCHY = "INSERT OR REPLACE INTO hierarchy VALUES (?, ?, ?)"
_ORDER = (_ADMIN, _PLACE, _ADMIN_IF_NEW, _COUNTRY, _NAME, _NAME_IF_PLACE, _HIERARCHY)
_HIERARCHY_TABLE = """CREATE TABLE IF NOT EXISTS hierarchy (parent INTEGER NOT NULL,
    child INTEGER NOT NULL, type TEXT NOT NULL, PRIMARY KEY (child, parent)) WITHOUT ROWID"""


class _Batch:
    """Rows waiting for the next commit, by statement."""

    def __init__(self) -> None:
        self.rows: dict[str, list[tuple[object, ...]]] = {}

    def add(self, sql: str, *rows: tuple[object, ...]) -> None:
        self.rows.setdefault(sql, []).extend(rows)

    def names(self, geonameid: int, keys: dict[str, int], *, if_place: bool = False) -> None:
        if if_place:
            self.add(_NAME_IF_PLACE, *((k, geonameid, q, geonameid) for k, q in keys.items()))
        else:
            self.add(_NAME, *((k, geonameid, q) for k, q in keys.items()))


Handler = Callable[[list[str], _Batch, str], bool]


def _places(f: list[str], batch: _Batch, classes: str) -> bool:
    """A geoname row (19 columns); False when its feature class is not kept."""
    gid, lat, lon, fclass, fcode = int(f[0]), float(f[4]), float(f[5]), f[6], f[7]
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise ValueError(f"coordinates out of range: {lat}, {lon}")
    if not fclass or fclass not in classes or fcode in HISTORICAL:
        return False
    cc, a1, a2, name = f[8], f[10], f[11], f[1]
    batch.add(_PLACE, (gid, name, lat, lon, cc, fclass, fcode, int(f[14] or 0), a1, a2))
    alternates = [a for a in f[3].split(",") if a and "://" not in a and not _CODE.match(a)]
    keys = name_keys(name, alternates)
    if f[2] != name:
        for key, quality in name_keys(f[2]).items():
            keys[key] = max(keys.get(key, -1), quality)
    if fclass == "A":
        for key in division_keys((name, f[2], *alternates)):
            keys.setdefault(key, 0)
        if fcode in ("ADM1", "ADM2") and a1 and (fcode == "ADM1" or a2):
            batch.add(_ADMIN_IF_NEW, (cc, a1, a2 if fcode == "ADM2" else "", gid, name))
    batch.names(gid, keys)
    return True


def _alternate_names(f: list[str], batch: _Batch, classes: str) -> bool:
    """An alternateNames(V2) row; links, codes and historic names are left out."""
    gid, language, name = int(f[1]), f[2], f[3]
    if language in SKIP_LANGUAGES or (len(f) > 7 and f[7] == "1") or "://" in name:
        return False
    batch.names(gid, {k: min(q, 1) for k, q in name_keys(name).items()}, if_place=True)
    return True


def _admin_codes(f: list[str], batch: _Batch, classes: str) -> bool:
    """An admin1CodesASCII or admin2Codes row: "CC.A1[.A2]", name, ascii name, id."""
    parts, gid = f[0].split("."), int(f[3])
    if len(parts) not in (2, 3) or not all(parts):
        raise ValueError(f"bad division code {f[0]!r}")
    batch.add(_ADMIN, (parts[0], parts[1], parts[2] if len(parts) == 3 else "", gid, f[1]))
    keys = name_keys(f[1], [f[2]])
    for key in division_keys((f[1], f[2])):
        keys.setdefault(key, 0)
    batch.names(gid, keys, if_place=True)
    return True


def _countries(f: list[str], batch: _Batch, classes: str) -> bool:
    """A countryInfo row: a country missing from the gazetteer is added at its capital."""
    iso, name, capital, gid = f[0], f[4], f[5], int(f[16])
    population = int(f[7] or 0)
    batch.add(_COUNTRY, (gid, name, iso, population, next(iter(name_keys(capital)), "")))
    batch.names(gid, name_keys(name), if_place=True)
    return True


def _hierarchy(f: list[str], batch: _Batch, classes: str) -> bool:
    batch.add(_HIERARCHY, (int(f[0]), int(f[1]), f[2]))
    return True


@dataclass(frozen=True, slots=True)
class _Kind:
    name: str
    pattern: str  # the file name without .zip/.txt
    columns: tuple[int, int]  # least and most tab-separated columns
    handler: Handler


_KINDS = (  # in import order: names attach only to places already there
    _Kind("admin1", r"admin1CodesASCII", (4, 4), _admin_codes),
    _Kind("admin2", r"admin2Codes", (4, 4), _admin_codes),
    _Kind("places", r"allCountries|[A-Z]{2}|cities\d+|no-country", (19, 19), _places),
    _Kind("countries", r"countryInfo", (17, 19), _countries),
    _Kind("alternate_names", r"alternateNames(?:V2)?", (8, 10), _alternate_names),
    _Kind("hierarchy", r"hierarchy", (3, 3), _hierarchy),
)


def file_kind(path: Path) -> str:
    """The kind of GeoNames dump file `path` is, from its name (GazetteerError if none)."""
    return _kind(path).name


def _kind(path: Path) -> _Kind:
    stem, suffix = path.stem, path.suffix.lower()
    if suffix in (".zip", ".txt"):
        for kind in _KINDS:
            if re.fullmatch(kind.pattern, stem):
                return kind
    raise GazetteerError(
        "not a GeoNames dump file name (allCountries, XX, cities500, alternateNamesV2, "
        "admin1CodesASCII, admin2Codes, countryInfo or hierarchy; .zip or .txt)",
        source=str(path),
    )


@dataclass(frozen=True, slots=True)
class _Source:
    path: Path
    kind: _Kind
    member: str  # the text file inside a zip; "" for a plain .txt
    size: int  # uncompressed bytes
    identity: str


def _source(path: Path) -> _Source:
    kind = _kind(path)
    if not path.is_file():
        raise GazetteerError("file not found", source=str(path))
    if path.suffix.lower() == ".txt":
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(1 << 16)
            handle.seek(max(0, size - (1 << 16)))
            digest = hashlib.sha1(head + handle.read()).hexdigest()
        return _Source(path, kind, "", size, f"txt:{size}:{digest}")
    try:
        with zipfile.ZipFile(path) as archive:
            infos = [i for i in archive.infolist() if i.filename.endswith(".txt")]
    except (zipfile.BadZipFile, OSError) as exc:
        raise GazetteerError(f"cannot read zip: {exc}", source=str(path)) from exc
    info = next((i for i in infos if Path(i.filename).stem == path.stem), None)
    if info is None:
        raise GazetteerError(f"zip holds no {path.stem}.txt", source=str(path))
    return _Source(path, kind, info.filename, info.file_size, f"zip:{info.file_size}:{info.CRC}")


@contextmanager
def _open(source: _Source) -> Iterator[IO[bytes]]:
    if not source.member:
        with source.path.open("rb") as handle:
            yield handle
        return
    with zipfile.ZipFile(source.path) as archive, archive.open(source.member) as handle:
        yield handle


@dataclass(slots=True)
class FileStats:
    """What importing one file did: data lines read, rows kept, lines skipped."""

    file: str
    kind: str
    status: str = "imported"  # or "already imported", "resumed"
    lines: int = 0  # data lines (comments and blank lines not counted)
    kept: int = 0  # rows written (the rest were filtered: class U, historic, links)
    skipped: int = 0  # malformed lines
    resumed_from: int = 0  # line the import resumed after
    examples: list[str] = field(default_factory=list)  # first malformed lines

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


_FILE_FIELDS = frozenset(f.name for f in fields(FileStats))


@dataclass(frozen=True, slots=True)
class ImportStats:
    """What an import did: per-file stats, totals in the store, time and size."""

    path: Path
    files: Sequence[FileStats]
    places: int
    names: int
    seconds: float
    size_bytes: int

    def as_dict(self) -> dict[str, object]:
        """JSON-ready form, for `eventwire gazetteer import`."""
        return {
            "path": str(self.path),
            "files": [f.as_dict() for f in self.files],
            "places": self.places,
            "names": self.names,
            "seconds": round(self.seconds, 2),
            "size_bytes": self.size_bytes,
        }


@dataclass(slots=True)
class _Run:
    """Options and the byte counter shared by every file of one import."""

    classes: str
    force: bool
    chunk_lines: int
    progress: Progress
    total: int
    done: int = 0


def import_files(
    path: Path,
    files: Iterable[Path],
    *,
    classes: str = DEFAULT_CLASSES,
    force: bool = False,
    chunk_lines: int = CHUNK_LINES,
    progress: Progress | None = None,
    min_population: int = 500,
) -> ImportStats:
    """Import GeoNames dump `files` into the gazetteer at `path` (built first if missing).

    `progress(file name, bytes read, total bytes)` is called after each commit.
    `force` re-imports files already recorded as imported.
    """
    started = time.perf_counter()
    sources = sorted((_source(Path(f)) for f in files), key=lambda s: _KINDS.index(s.kind))
    if not path.exists():
        build(path, min_population=min_population)
    Gazetteer.open(path).close()  # refuses a corrupt or outdated file, with the hint
    run = _Run(classes.upper(), force, max(1, chunk_lines), progress or _quiet, 0)
    run.total = sum(s.size for s in sources)
    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.executescript(f"PRAGMA cache_size = -200000; {_HIERARCHY_TABLE};")
        results = [_import_one(con, source, run) for source in sources]
        places, names = (
            con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("places", "names")
        )
    except sqlite3.Error as exc:
        raise GazetteerError(f"cannot import: {exc}", source=str(path)) from exc
    finally:
        con.close()
    seconds = time.perf_counter() - started
    return ImportStats(path, results, places, names, seconds, path.stat().st_size)


def _quiet(stage: str, done: int, total: int) -> None:
    """Default progress callback: report nothing."""


def _import_one(con: sqlite3.Connection, source: _Source, run: _Run) -> FileStats:
    key = f"import:{source.path.name}"
    row = con.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    record = json.loads(row[0]) if row else {}
    stats = FileStats(str(source.path), source.kind.name)
    if record.get("identity") == source.identity and not run.force:
        stats = FileStats(**{k: v for k, v in record.items() if k in _FILE_FIELDS})
        if record.get("done"):
            stats.status = "already imported"
            run.done += source.size
            run.progress(source.path.name, run.done, run.total)
            return stats
        stats.status, stats.resumed_from = "resumed", int(record["next_line"]) - 1
    _stream(con, source, run, stats, key)
    return stats


def _stream(
    con: sqlite3.Connection, source: _Source, run: _Run, stats: FileStats, key: str
) -> None:
    batch, start, lineno, pending = _Batch(), stats.resumed_from, 0, 0
    with _open(source) as handle:
        for lineno, raw in enumerate(handle, 1):
            pending += len(raw)
            if lineno > start:
                _line(raw, lineno, source, batch, stats, run.classes)
            if lineno % run.chunk_lines == 0:
                _commit(con, batch, key, source, stats, lineno, done=False)
                run.done, pending = run.done + pending, 0
                run.progress(source.path.name, run.done, run.total)
    _commit(con, batch, key, source, stats, lineno, done=True)
    run.done += pending
    run.progress(source.path.name, run.done, run.total)


def _line(
    raw: bytes, lineno: int, source: _Source, batch: _Batch, stats: FileStats, classes: str
) -> None:
    """Parse one line into `batch`; a malformed one is counted (or refused if first)."""
    try:
        text = raw.decode("utf-8").rstrip("\r\n")
        if not text or text.startswith("#"):
            return
        fields = text.split("\t")
        least, most = source.kind.columns
        if not least <= len(fields) <= most:
            raise ValueError(f"{len(fields)} tab-separated columns, expected {least}-{most}")
        stats.kept += source.kind.handler(fields, batch, classes)
    except (ValueError, IndexError) as exc:  # UnicodeDecodeError is a ValueError
        if stats.lines == 0 and stats.resumed_from == 0:
            raise GazetteerError(
                f"not a GeoNames {source.kind.name} file: line {lineno}: {exc}",
                source=str(source.path),
            ) from exc
        stats.skipped += 1
        if len(stats.examples) < 5:
            stats.examples.append(f"line {lineno}: {exc}")
    stats.lines += 1


def _commit(
    con: sqlite3.Connection,
    batch: _Batch,
    key: str,
    source: _Source,
    stats: FileStats,
    lineno: int,
    *,
    done: bool,
) -> None:
    """Write the batch and the file's progress in one transaction."""
    record = {**stats.as_dict(), "identity": source.identity, "next_line": lineno + 1}
    record.update(done=done, status="imported")
    con.execute("BEGIN")
    try:
        for sql in _ORDER:
            rows = batch.rows.get(sql)
            if rows and sql in (_NAME, _NAME_IF_PLACE):
                rows.sort()  # inserts in key order touch fewer B-tree pages
            if rows:
                con.executemany(sql, rows)
        con.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, json.dumps(record)))
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    batch.rows.clear()
