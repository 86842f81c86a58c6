"""The store's schema: tables, named migrations, event keys, and record <-> row mapping.

Kept apart from `eventwire.store` (the connection and its API) so each stays small.
The tables here are version 1 of the schema; a later change is a new entry appended
to `MIGRATIONS` (ALTER TABLE ...) together with the matching edit of the Table below.
Every JSON column holds text, so SQLite and PostgreSQL share one code path.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import fields
from datetime import datetime
from hashlib import sha1
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from eventwire.records import Document, Event, Evidence, TimePrecision

__all__ = [
    "DOCUMENTS",
    "EVENTS",
    "EVENT_SOURCES",
    "FAILURES",
    "FEEDS",
    "FEED_ITEMS",
    "MIGRATIONS",
    "RUNS",
    "SCHEMA_MIGRATIONS",
    "Migration",
    "document_row",
    "event_key",
    "event_row",
    "metadata",
    "row_document",
    "row_event",
]

metadata = sa.MetaData()


def _required(kind: type[sa.types.TypeEngine[Any]], *names: str) -> list[sa.Column[Any]]:
    """NOT NULL columns of one type."""
    return [sa.Column(name, kind, nullable=False) for name in names]


DOCUMENTS = sa.Table(
    "documents",
    metadata,
    sa.Column("id", sa.String, primary_key=True),
    sa.Column("url", sa.Text),
    sa.Column("title", sa.Text),
    sa.Column("published_at", sa.Date),
    sa.Column("published_at_source", sa.String, nullable=False),
    sa.Column("modified_at", sa.Date),
    sa.Column("language", sa.String),
    sa.Column("content_hash", sa.String, nullable=False, index=True),
    sa.Column("duplicate_of", sa.String),
    sa.Column("site", sa.Text),
    sa.Column("author", sa.Text),
    sa.Column("origin", sa.Text),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("run_id", sa.Integer, sa.ForeignKey("runs.id")),
)

EVENTS = sa.Table(
    "events",
    metadata,
    sa.Column("event_key", sa.String, primary_key=True),
    sa.Column("event_date", sa.Date, nullable=False, index=True),
    sa.Column("event_type", sa.String, nullable=False, index=True),
    sa.Column("country", sa.String, nullable=False, index=True),
    *_required(sa.Integer, "time_precision", "inter1", "inter2", "iso", "geo_precision"),
    *_required(sa.Integer, "fatalities"),
    *_required(sa.Text, "event_id_cnty", "disorder_type", "sub_event_type", "actor1", "actor2"),
    *_required(sa.Text, "assoc_actor_1", "assoc_actor_2", "civilian_targeting", "region"),
    *_required(sa.Text, "admin1", "admin2", "admin3", "location", "source", "source_scale"),
    *_required(sa.Text, "notes", "tags", "country_code", "trigger", "rule"),
    *_required(sa.Text, "doc_ids", "evidence"),  # JSON lists: ids; [doc_id, text, start, end]
    *_required(sa.Boolean, "background", "date_inferred"),
    sa.Column("confidence", sa.Double, nullable=False),
    sa.Column("latitude", sa.Double),
    sa.Column("longitude", sa.Double),
    sa.Column("geonameid", sa.Integer),
    sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("run_id", sa.Integer, sa.ForeignKey("runs.id")),
)

# No foreign key to documents: a fused event may cite a source stored elsewhere.
EVENT_SOURCES = sa.Table(
    "event_sources",
    metadata,
    sa.Column("event_key", sa.String, sa.ForeignKey("events.event_key"), primary_key=True),
    sa.Column("doc_id", sa.String, primary_key=True, index=True),
)

RUNS = sa.Table(
    "runs",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("finished_at", sa.DateTime(timezone=True)),
    sa.Column("settings", sa.Text, nullable=False),  # JSON object
    sa.Column("counts", sa.Text),  # JSON object
)

FAILURES = sa.Table(
    "failures",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("run_id", sa.Integer, sa.ForeignKey("runs.id"), nullable=False, index=True),
    sa.Column("doc_id", sa.String, nullable=False),
    sa.Column("stage", sa.String, nullable=False),
    sa.Column("reason", sa.String, nullable=False),
    sa.Column("message", sa.Text, nullable=False),
    sa.Column("source", sa.Text),
)

# What `eventwire watch` has seen (migration 0002_feed_state): the items of each feed
# already ingested, and each feed's HTTP validators for conditional requests.
FEED_ITEMS = sa.Table(
    "feed_items",
    metadata,
    sa.Column("feed", sa.Text, primary_key=True),
    sa.Column("item_key", sa.Text, primary_key=True),
    sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
)

FEEDS = sa.Table(
    "feeds",
    metadata,
    sa.Column("feed", sa.Text, primary_key=True),
    sa.Column("etag", sa.Text),
    sa.Column("last_modified", sa.Text),
    sa.Column("checked_at", sa.DateTime(timezone=True), nullable=False),
)

# Bootstrapped by `migrate()` itself, outside the migrations it records.
SCHEMA_MIGRATIONS = sa.Table(
    "schema_migrations",
    sa.MetaData(),
    sa.Column("name", sa.String, primary_key=True),
    sa.Column("applied_at", sa.DateTime(timezone=True), nullable=False),
)

Migration = Callable[[Connection], None]


def _m0001_initial(conn: Connection) -> None:
    """Create the version-1 tables and indexes (later migrations alter them)."""
    metadata.create_all(conn)


def _m0002_feed_state(conn: Connection) -> None:
    """The feed tables of `eventwire watch` (a fresh database has them from 0001)."""
    FEED_ITEMS.create(conn, checkfirst=True)
    FEEDS.create(conn, checkfirst=True)


def _m0003_modified_at(conn: Connection) -> None:
    """Documents keep the page's modified date (a fresh database has it from 0001)."""
    if "modified_at" not in {c["name"] for c in sa.inspect(conn).get_columns("documents")}:
        conn.execute(sa.text("ALTER TABLE documents ADD COLUMN modified_at DATE"))


# Append only: never rename, reorder or edit a migration once released.
MIGRATIONS: tuple[tuple[str, Migration], ...] = (
    ("0001_initial", _m0001_initial),
    ("0002_feed_state", _m0002_feed_state),
    ("0003_modified_at", _m0003_modified_at),
)

# Event fields stored under a column of the same name without conversion.
_PLAIN_EVENT_FIELDS = tuple(
    f.name
    for f in fields(Event)
    if f.name not in {"time_precision", "doc_ids", "evidence", "explanation"}
)


def event_key(event: Event) -> str:
    """Deterministic id of an event: sha1 over what identifies it in its sources.

    The parts are the sorted document ids, the date, type, sub-type, location, first
    actor and the sorted evidence offsets. Re-extracting the same document gives the
    same key, so re-ingesting it is a no-op; a fused event that gains a source gets a
    new key.
    """
    parts = {
        "docs": sorted(event.doc_ids),
        "date": event.event_date.isoformat(),
        "type": event.event_type,
        "sub": event.sub_event_type,
        "location": event.location,
        "actor1": event.actor1,
        "evidence": sorted([e.doc_id, e.start, e.end] for e in event.evidence),
    }
    blob = json.dumps(parts, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return sha1(blob.encode("utf-8")).hexdigest()


def document_row(
    doc: Document, digest: str, duplicate_of: str | None, now: datetime, run_id: int | None
) -> dict[str, Any]:
    """The `documents` row of a document, with its hash and duplicate link resolved."""
    row = {f.name: getattr(doc, f.name) for f in fields(Document)}
    row.update(content_hash=digest, duplicate_of=duplicate_of, ingested_at=now, run_id=run_id)
    return row


def row_document(row: sa.RowMapping) -> Document:
    """The Document a `documents` row was written from."""
    return Document(**{f.name: row[f.name] for f in fields(Document)})


def event_row(key: str, event: Event, now: datetime, run_id: int | None) -> dict[str, Any]:
    """The `events` row of an event; tuples become JSON text, enums plain ints."""
    row: dict[str, Any] = {name: getattr(event, name) for name in _PLAIN_EVENT_FIELDS}
    row.update(
        event_key=key,
        time_precision=int(event.time_precision),
        doc_ids=json.dumps(list(event.doc_ids), ensure_ascii=False),
        evidence=json.dumps(
            [[e.doc_id, e.text, e.start, e.end] for e in event.evidence], ensure_ascii=False
        ),
        ingested_at=now,
        run_id=run_id,
    )
    return row


def row_event(row: sa.RowMapping) -> Event:
    """The Event an `events` row was written from, field for field."""
    values: dict[str, Any] = {name: row[name] for name in _PLAIN_EVENT_FIELDS}
    values["time_precision"] = TimePrecision(row["time_precision"])
    values["doc_ids"] = tuple(json.loads(row["doc_ids"]))
    values["evidence"] = tuple(Evidence(*item) for item in json.loads(row["evidence"]))
    values["background"] = bool(row["background"])
    values["date_inferred"] = bool(row["date_inferred"])
    return Event(**values)
