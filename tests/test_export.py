"""Exports: ACLED CSV columns and parse-back, GeoJSON validity, JSONL lines."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from datetime import date

import pytest

from eventwire.errors import ConfigError
from eventwire.export import ACLED_COLUMNS, FORMATS, write_events
from eventwire.records import Event, Evidence, TimePrecision

STAMP = 1_700_000_000

# ACLED's export columns, in ACLED's order (design.md, "Records").
EXPECTED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
]  # fmt: skip


def make_events() -> list[Event]:
    full = Event(
        event_id_cnty="RUR12",
        event_date=date(2022, 7, 9),
        time_precision=TimePrecision.DAY,
        disorder_type="Political violence",
        event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike",
        actor1="Military Forces of Ruritania (2019-)",
        inter1=1,
        actor2="Civilians (Ruritania)",
        inter2=7,
        assoc_actor_1="Air Wing",
        civilian_targeting="Civilian targeting",
        iso=999,
        region="Middle Africa",
        country="Ruritania",
        admin1="Northern Province",
        location='Lakeside, "east" bank',
        latitude=10.1234567,
        longitude=-3.5,
        geo_precision=1,
        source="Wire Service",
        source_scale="International",
        notes="An air strike hit a market,\nkilling 4; ünïcode.",
        fatalities=4,
        doc_ids=("doc-1", "doc-2"),
        evidence=(Evidence("doc-1", "An air strike hit a market.", 0, 27),),
        country_code="RU",
        confidence=0.75,
    )
    lone = replace(
        full,
        event_id_cnty="RUR13",
        event_type="Protests",
        sub_event_type="Peaceful protest",
        actor1="Protesters (Ruritania)",
        inter1=6,
        actor2="",
        inter2=0,
        iso=0,
        latitude=None,
        longitude=None,
        doc_ids=(),
        evidence=(),
    )
    return [full, lone]


def export(fmt: str, events: list[Event]) -> tuple[int, str]:
    out = io.StringIO()
    count = write_events(events, fmt, out, timestamp=STAMP)  # type: ignore[arg-type]
    return count, out.getvalue()


def test_acled_columns_are_acled_s_in_order() -> None:
    assert list(ACLED_COLUMNS) == EXPECTED_COLUMNS
    _, text = export("acled-csv", make_events())
    assert text.splitlines()[0] == ",".join(EXPECTED_COLUMNS)


def test_acled_csv_parses_back() -> None:
    count, text = export("acled-csv", make_events())
    rows = list(csv.DictReader(io.StringIO(text)))
    assert count == len(rows) == 2
    full = rows[0]
    assert full["event_date"] == "2022-07-09"
    assert full["year"] == "2022"
    assert full["time_precision"] == "1"
    assert full["interaction"] == "17"
    assert full["location"] == 'Lakeside, "east" bank'
    assert full["notes"] == "An air strike hit a market,\nkilling 4; ünïcode."
    assert float(full["latitude"]) == 10.1234567
    assert float(full["longitude"]) == -3.5
    assert full["iso"] == "999"
    assert full["fatalities"] == "4"
    assert full["timestamp"] == str(STAMP)


def test_acled_csv_conventions_for_missing_values() -> None:
    _, text = export("acled-csv", make_events())
    lone = list(csv.DictReader(io.StringIO(text)))[1]
    assert lone["actor2"] == ""
    assert lone["inter2"] == "0"  # ACLED writes 0 when there is no second actor
    assert lone["interaction"] == "60"
    assert lone["iso"] == ""
    assert lone["latitude"] == lone["longitude"] == ""


def test_acled_csv_timestamp_defaults_to_now() -> None:
    out = io.StringIO()
    write_events(make_events()[:1], "acled-csv", out)
    stamp = int(next(csv.DictReader(io.StringIO(out.getvalue())))["timestamp"])
    assert stamp > STAMP


def test_geojson_is_a_valid_feature_collection() -> None:
    count, text = export("geojson", make_events())
    data = json.loads(text)
    assert data["type"] == "FeatureCollection"
    assert count == len(data["features"]) == 1
    assert data["skipped"] == 1
    feature = data["features"][0]
    assert feature["type"] == "Feature"
    assert feature["geometry"] == {"type": "Point", "coordinates": [-3.5, 10.1234567]}
    assert feature["properties"] == {**make_events()[0].to_json(), "doc_id": "doc-1"}


def test_geojson_of_nothing_is_an_empty_collection() -> None:
    count, text = export("geojson", [])
    assert count == 0
    assert json.loads(text) == {"type": "FeatureCollection", "features": [], "skipped": 0}


def test_jsonl_is_one_record_per_line_with_doc_id() -> None:
    events = make_events()
    count, text = export("jsonl", events)
    lines = text.splitlines()
    assert count == len(lines) == 2
    records = [json.loads(line) for line in lines]
    assert records[0] == {**events[0].to_json(), "doc_id": "doc-1"}
    assert records[1]["doc_id"] is None
    assert records[0]["evidence"] == [
        {"doc_id": "doc-1", "text": "An air strike hit a market.", "start": 0, "end": 27}
    ]
    assert "ünïcode" in lines[0]  # UTF-8 out, not \\u escapes


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_accepts_a_generator(fmt: str) -> None:
    out = io.StringIO()
    events = (event for event in make_events()[:1])
    assert write_events(events, fmt, out, timestamp=STAMP) == 1  # type: ignore[arg-type]
    assert out.getvalue()


def test_unknown_format_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="unknown export format 'xml'"):
        write_events([], "xml", io.StringIO())  # type: ignore[arg-type]


def test_a_year_alone_is_acled_s_coarsest_precision_with_a_tag() -> None:
    vague = replace(make_events()[0], time_precision=TimePrecision.YEAR, tags="")
    _, text = export("acled-csv", [vague])
    row = next(csv.DictReader(io.StringIO(text)))
    assert (row["time_precision"], row["tags"]) == ("3", "time precision: year")
    _, jsonl = export("jsonl", [vague])
    assert json.loads(jsonl)["time_precision"] == 4  # our own formats keep the truth
