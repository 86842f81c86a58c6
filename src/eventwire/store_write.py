"""The store's batch writes: documents, events and the links that make a stored
duplicate a source of its original's events. One transaction per batch (the caller's
connection); every write is idempotent, so ingesting a batch twice changes nothing."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from eventwire.records import Document, Event, content_hash
from eventwire.store_schema import (
    DOCUMENTS,
    EVENT_SOURCES,
    EVENTS,
    document_row,
    event_key,
    event_row,
)

BATCH_SIZE = 500  # rows per transaction; keeps IN (...) lists under SQLite's limits


def chunks(items: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), BATCH_SIZE):
        yield items[start : start + BATCH_SIZE]


def _existing(conn: Connection, column: sa.Column[str], values: Iterable[str]) -> set[str]:
    """The subset of `values` already present in `column`."""
    wanted = sorted(set(values))
    found: set[str] = set()
    for chunk in chunks(wanted):
        found.update(conn.execute(sa.select(column).where(column.in_(chunk))).scalars())
    return found


def _originals(conn: Connection, hashes: Iterable[str]) -> dict[str, str]:
    """content_hash -> id of the first stored document with that hash."""
    wanted = sorted(set(hashes))
    first: dict[str, str] = {}
    c = DOCUMENTS.c
    for chunk in chunks(wanted):
        query = (
            sa.select(c.content_hash, c.id)
            .where(c.content_hash.in_(chunk), c.duplicate_of.is_(None))
            .order_by(c.ingested_at, c.id)
        )
        for digest, doc_id in conn.execute(query):
            first.setdefault(digest, doc_id)
    return first


def write_documents(
    conn: Connection, docs: Sequence[Document], now: datetime, run_id: int | None
) -> tuple[int, int]:
    """Insert the documents not yet stored; return (new, already stored)."""
    hashes = {doc.id: doc.content_hash or content_hash(doc.text) for doc in docs}
    stored = _existing(conn, DOCUMENTS.c.id, hashes)
    originals = _originals(conn, hashes.values())
    rows: list[dict[str, Any]] = []
    seen = 0
    for doc in docs:
        if doc.id in stored:
            seen += 1
            continue
        stored.add(doc.id)
        digest = hashes[doc.id]
        original = originals.setdefault(digest, doc.id)
        duplicate_of = doc.duplicate_of or (original if original != doc.id else None)
        rows.append(document_row(doc, digest, duplicate_of, now, run_id))
    if rows:
        conn.execute(DOCUMENTS.insert(), rows)
    return len(rows), seen


def write_events(
    conn: Connection, found: Sequence[Event], now: datetime, run_id: int | None
) -> tuple[int, int]:
    """Insert the events not yet stored, with their sources; return (new, already stored)."""
    keyed = [(event_key(event), event) for event in found]
    stored = _existing(conn, EVENTS.c.event_key, (key for key, _ in keyed))
    rows: list[dict[str, Any]] = []
    sources: list[dict[str, str]] = []
    for key, event in keyed:
        if key in stored:
            continue
        stored.add(key)
        rows.append(event_row(key, event, now, run_id))
        sources.extend({"event_key": key, "doc_id": d} for d in dict.fromkeys(event.doc_ids))
    if rows:
        conn.execute(EVENTS.insert(), rows)
    if sources:
        conn.execute(EVENT_SOURCES.insert(), sources)
    return len(rows), len(keyed) - len(rows)


def link_duplicates(conn: Connection, doc_ids: Sequence[str]) -> None:
    """Add each stored duplicate among `doc_ids` to the sources of its original's events.

    The `sources` stage does this for an original in the same batch; one stored by an
    earlier batch or ingest is joined here: a row in event_sources, the copy's id in the
    event's doc_ids and its site in `source`. The event keeps its key, and links already
    stored are left alone, so ingesting again changes nothing.
    """
    c = DOCUMENTS.c
    copies: dict[str, list[tuple[str, str | None]]] = {}  # original -> (copy id, site)
    for chunk in chunks(sorted(set(doc_ids))):
        query = sa.select(c.id, c.duplicate_of, c.site)
        query = query.where(c.id.in_(chunk), c.duplicate_of.is_not(None))
        for copy_id, original, site in conn.execute(query):
            copies.setdefault(original, []).append((copy_id, site))
    keys_of: dict[str, set[str]] = {}  # original -> keys of its events
    for key, doc_id in _source_pairs(conn, EVENT_SOURCES.c.doc_id, copies):
        keys_of.setdefault(doc_id, set()).add(key)
    sources: dict[str, set[str]] = {}  # event key -> its source documents
    linked = {key for keys in keys_of.values() for key in keys}
    for key, doc_id in _source_pairs(conn, EVENT_SOURCES.c.event_key, linked):
        sources.setdefault(key, set()).add(doc_id)
    for original, keys in keys_of.items():
        for key in sorted(keys):
            new = [(d, site) for d, site in copies[original] if d not in sources[key]]
            if new:
                sources[key].update(d for d, _ in new)
                _add_sources(conn, key, new)


def _source_pairs(
    conn: Connection, column: sa.Column[str], values: Iterable[str]
) -> Iterator[tuple[str, str]]:
    """(event key, doc id) rows of event_sources whose `column` is one of `values`."""
    s = EVENT_SOURCES.c
    for chunk in chunks(sorted(set(values))):
        query = sa.select(s.event_key, s.doc_id).where(column.in_(chunk))
        yield from ((key, doc_id) for key, doc_id in conn.execute(query))


def _add_sources(conn: Connection, key: str, new: Sequence[tuple[str, str | None]]) -> None:
    """Record documents (id, site) as further sources of the stored event `key`."""
    conn.execute(EVENT_SOURCES.insert(), [{"event_key": key, "doc_id": d} for d, _ in new])
    where = EVENTS.c.event_key == key
    row = conn.execute(sa.select(EVENTS.c.doc_ids, EVENTS.c.source).where(where)).one()
    ids = list(dict.fromkeys([*json.loads(row.doc_ids), *(d for d, _ in new)]))
    sites = [x for x in row.source.split("; ") if x] + [site for _, site in new if site]
    source = "; ".join(dict.fromkeys(sites))
    conn.execute(EVENTS.update().where(where).values(doc_ids=json.dumps(ids), source=source))
