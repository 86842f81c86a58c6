"""Write events as ACLED CSV, GeoJSON or JSON Lines.

- `acled-csv`: ACLED's export columns, in ACLED's order (`ACLED_COLUMNS`), so a CSV
  loads wherever ACLED's does. Conventions, checked against ACLED's own exports:
  `inter2` is 0 when there is no second actor (ACLED writes 0, not an empty cell) and
  `interaction` is then inter1 * 10; dates are ISO (YYYY-MM-DD, as ACLED's API
  writes them). `timestamp` is the unix time of the export: ACLED's column records
  when a row was last written to their database, and ours is written now; pass
  `timestamp=` for a reproducible file. Unknown values are empty cells: `iso` when 0
  (no ISO 3166 numeric code is 0), latitude/longitude when the event has none.
  `time_precision` 4 (a year, below ACLED's coarsest) is written as 4.
- `geojson`: one FeatureCollection, streamed; a Point feature per event with
  coordinates, properties = the JSONL record. Events without coordinates are left
  out and counted in the collection's `skipped` member.
- `jsonl`: one `Event.to_json()` object per line plus `doc_id` (the first source),
  the `eventwire extract` contract.
"""

from __future__ import annotations

import csv
import json
import time
from collections.abc import Callable, Iterable
from typing import Any, Literal, TextIO, get_args

from eventwire.errors import ConfigError
from eventwire.records import Event

__all__ = ["ACLED_COLUMNS", "FORMATS", "ExportFormat", "acled_row", "event_record", "write_events"]

ExportFormat = Literal["acled-csv", "geojson", "jsonl"]
FORMATS: tuple[str, ...] = get_args(ExportFormat)

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
)


def write_events(
    events: Iterable[Event],
    fmt: ExportFormat,
    out: TextIO,
    *,
    timestamp: int | None = None,
) -> int:
    """Write `events` to `out` in `fmt`; return how many events were written.

    `timestamp` (unix seconds) fills the ACLED `timestamp` column; default: now.
    """
    writers: dict[str, Callable[[Iterable[Event], TextIO, int], int]] = {
        "acled-csv": _write_acled_csv,
        "geojson": _write_geojson,
        "jsonl": _write_jsonl,
    }
    writer = writers.get(fmt)
    if writer is None:
        raise ConfigError(f"unknown export format {fmt!r} (known: {', '.join(FORMATS)})")
    return writer(events, out, int(time.time()) if timestamp is None else timestamp)


def event_record(event: Event) -> dict[str, Any]:
    """The JSON record of an event: `Event.to_json()` plus `doc_id`, its first source."""
    record = event.to_json()
    record["doc_id"] = event.doc_ids[0] if event.doc_ids else None
    return record


_ACLED_COARSEST = 3  # ACLED's time_precision stops at a month


def acled_row(event: Event, timestamp: int) -> list[str | int | float]:
    """One ACLED CSV row, in `ACLED_COLUMNS` order."""
    values: dict[str, str | int | float] = {
        name: getattr(event, name) for name in ACLED_COLUMNS if hasattr(event, name)
    }
    values["event_date"] = event.event_date.isoformat()
    values["time_precision"] = min(int(event.time_precision), _ACLED_COARSEST)
    if event.time_precision > _ACLED_COARSEST:  # a year alone: say so where ACLED can't
        values["tags"] = "; ".join(t for t in (event.tags, "time precision: year") if t)
    values["iso"] = event.iso or ""
    values["latitude"] = "" if event.latitude is None else event.latitude
    values["longitude"] = "" if event.longitude is None else event.longitude
    values["timestamp"] = timestamp
    return [values[name] for name in ACLED_COLUMNS]


def _write_acled_csv(events: Iterable[Event], out: TextIO, timestamp: int) -> int:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(ACLED_COLUMNS)
    written = 0
    for event in events:
        writer.writerow(acled_row(event, timestamp))
        written += 1
    return written


def _write_geojson(events: Iterable[Event], out: TextIO, _timestamp: int) -> int:
    """Stream a FeatureCollection so a large export never sits in memory."""
    out.write('{"type": "FeatureCollection", "features": [')
    written = skipped = 0
    for event in events:
        if event.latitude is None or event.longitude is None:
            skipped += 1
            continue
        feature = {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [event.longitude, event.latitude]},
            "properties": event_record(event),
        }
        out.write(("\n" if written == 0 else ",\n") + _dumps(feature))
        written += 1
    out.write(f'\n], "skipped": {skipped}}}\n')
    return written


def _write_jsonl(events: Iterable[Event], out: TextIO, _timestamp: int) -> int:
    written = 0
    for event in events:
        out.write(_dumps(event_record(event)) + "\n")
        written += 1
    return written


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)
