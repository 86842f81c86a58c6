"""Score eventwire on the worked example (../shared/seed/) and print what it found.

    .venv/bin/python bench/seed.py
    .venv/bin/python bench/seed.py --import bench/data/geonames

`--import DIR` copies the configured gazetteer to a temporary file, imports the GeoNames
dump files in DIR into the copy (`eventwire gazetteer import`), and runs against it.
A required event counts as found when a non-background event matches its type, its
date (within the tolerance) and its place (within the radius). Traps are checked on
every emitted event. Used by tests/test_seed.py.
"""

from __future__ import annotations

import argparse
import json
import math
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed"
HOME_COUNTRIES = {"IQ", "SY"}


@dataclass
class SeedResult:
    doc_date: date | None
    found: dict[str, str] = field(default_factory=dict)  # required key -> matching event summary
    missing: list[str] = field(default_factory=list)
    traps: list[str] = field(default_factory=list)
    events: list[str] = field(default_factory=list)
    matched_share: float = 0.0
    places: list[str] = field(default_factory=list)  # each resolved mention
    near_misses: dict[str, list[str]] = field(default_factory=dict)  # missing key -> why


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def _date_ok(event: Any, want: dict[str, Any]) -> bool:
    text, tol = want["event_date"], want.get("date_tolerance_days", 0)
    if len(text) == 7:  # a month
        return bool(event.event_date.isoformat().startswith(text))
    return abs((event.event_date - date.fromisoformat(text)).days) <= tol


def matches(event: Any, want: dict[str, Any]) -> bool:
    if event.background or event.event_type not in want["event_type"]:
        return False
    if "event_date" in want and not _date_ok(event, want):
        return False
    if "lat" in want:
        if event.latitude is None or event.longitude is None:
            return False
        if km(event.latitude, event.longitude, want["lat"], want["lon"]) > want["radius_km"]:
            return False
    return True


def traps(event: Any) -> list[str]:
    found = []
    if event.country_code and event.country_code not in HOME_COUNTRIES:
        found.append(f"placed outside Iraq and Syria: {event.location}, {event.country}")
    if event.event_date.year == 2014 and not event.background:
        found.append("dated 2014 without background=true")
    return found


def _summary(event: Any) -> str:
    return (
        f"{event.event_date} {event.sub_event_type} | {event.actor1} vs {event.actor2 or '-'} | "
        f"{event.location}, {event.admin1}, {event.country} p{event.geo_precision}"
        f"{' [background]' if event.background else ''}"
    )


def evaluate(settings: Any = None) -> SeedResult:
    from eventwire import api, read
    from eventwire.settings import Settings

    expected = json.loads((SEED / "expected.json").read_text(encoding="utf-8"))
    text = (SEED / "article.txt").read_text(encoding="utf-8")
    doc = read.read_text(text, id=expected["document"]["id"])
    analyses = list(api.analyse([doc], settings or Settings.load()))
    analysis = analyses[0]
    events = list(analysis.events)
    result = SeedResult(analysis.doc_date.value if analysis.doc_date else None)
    wanted = expected["required"] + expected["optional"]
    for want in expected["required"]:
        hit = next((e for e in events if matches(e, want)), None)
        if hit:
            result.found[want["key"]] = _summary(hit)
        else:
            result.missing.append(want["key"])
            result.near_misses[want["key"]] = near_misses(events, want)
    current = [e for e in events if not e.background]
    good = [e for e in current if any(matches(e, w) for w in wanted if "event_type" in w)]
    result.matched_share = len(good) / len(current) if current else 0.0
    for event in events:
        result.events.append(_summary(event))
        result.traps.extend(traps(event))
    result.traps.extend(place_traps(analysis))
    result.places = [_place(p) for p in analysis.places]
    return result


def near_misses(events: list[Any], want: dict[str, Any]) -> list[str]:
    """Why no event matched `want`: each current event of the wanted type, with its
    date and its distance from the wanted point."""
    out = []
    for event in events:
        if event.background or event.event_type not in want["event_type"]:
            continue
        where = "no coordinates"
        if "lat" in want and event.latitude is not None and event.longitude is not None:
            dist = km(event.latitude, event.longitude, want["lat"], want["lon"])
            where = f"{dist:.0f} km away (radius {want['radius_km']})"
        date_ok = "event_date" not in want or _date_ok(event, want)
        out.append(f"{_summary(event)}: {where}; date {'ok' if date_ok else 'off'}")
    return out or [f"no current {' or '.join(want['event_type'])} event"]


def _place(place: Any) -> str:
    e = place.entry
    return (
        f"{place.text!r} -> {e.name} ({e.geonameid}, {e.feature_class}.{e.feature_code}, "
        f"{e.country_code}, {e.admin1}) {e.latitude:.3f},{e.longitude:.3f} score {place.score:.2f}"
    )


@contextmanager
def imported_gazetteer(directory: Path) -> Iterator[Any]:
    """Settings whose gazetteer is a temporary copy of the configured one with the
    GeoNames dump files in `directory` imported into it."""
    from eventwire.gazetteer import Gazetteer
    from eventwire.gazetteer_import import import_files
    from eventwire.settings import Settings

    base = Path(Settings.load().gazetteer_path)
    Gazetteer.ensure(base).close()
    files = sorted(p for p in directory.iterdir() if p.suffix in (".txt", ".zip"))
    with tempfile.TemporaryDirectory(prefix="eventwire-seed-") as tmp:
        path = Path(tmp) / "gazetteer.sqlite"
        shutil.copy(base, path)
        stats = import_files(path, files)
        print(f"imported {len(files)} files from {directory} in {stats.seconds:.2f} s")
        yield Settings.load(overrides={"gazetteer_path": str(path)})


def place_traps(analysis: Any) -> list[str]:
    """The expected.json traps about places and "IS" that are not events."""
    found = []
    for place in analysis.places:
        name = place.text.lower()
        if ("old city" in name or name.startswith("ninev")) and place.entry.country_code != "IQ":
            found.append(
                f"{place.text!r} resolved to {place.entry.name}, {place.entry.country_code}"
            )
    for mention in analysis.actors:
        if mention.text == "is" or mention.text == "Is":
            found.append(f"the verb {mention.text!r} read as an actor")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score eventwire on the worked example.")
    parser.add_argument(
        "--import", dest="directory", type=Path, help="GeoNames dump files to import first"
    )
    args = parser.parse_args(argv)
    if not SEED.exists():
        print(f"skipped: {SEED} is not present")
        return 0
    if args.directory is None:
        report(evaluate())
        return 0
    with imported_gazetteer(args.directory) as settings:
        report(evaluate(settings))
    return 0


def report(r: SeedResult) -> None:
    """Print what `evaluate` found."""
    print(f"document date: {r.doc_date}")
    print(f"required found: {len(r.found)}/5; missing: {', '.join(r.missing) or 'none'}")
    for key, summary in r.found.items():
        print(f"  {key}: {summary}")
    for key, lines in r.near_misses.items():
        print(f"  {key} missing; candidates:")
        for line in lines:
            print(f"    {line}")
    print(f"traps: {len(r.traps)}")
    for trap in r.traps:
        print(f"  {trap}")
    print(f"emitted non-background events matching an expected one: {r.matched_share:.0%}")
    print("all events:")
    for line in r.events:
        print(f"  {line}")
    print("places resolved:")
    for line in r.places:
        print(f"  {line}")


if __name__ == "__main__":
    sys.exit(main())
