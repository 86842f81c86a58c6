"""The event store: SQLAlchemy Core over SQLite (default) or PostgreSQL.

One schema and one code path serve both backends. The schema is built by named,
ordered migrations (`MIGRATIONS`), each applied in its own transaction and recorded
in `schema_migrations`, so `migrate()` is safe to call on every start.

Writes are idempotent: documents are keyed by their id, events by `event_key` (a hash
of what identifies an event in its sources), so re-ingesting a feed changes nothing.
A document whose content hash is already stored under another id is kept, marked
`duplicate_of` the first one. A stored duplicate (exact, or near as `dedupe` marked
it) becomes a source of its original's stored events, whichever ingest brought it.
There is one writer; writes are batched, one transaction per batch.

Every database failure leaves this module as a `StoreError` with a one-line message.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError

from eventwire.errors import StoreError
from eventwire.records import Analysis, Document, Event, Failure
from eventwire.store_schema import (
    DOCUMENTS,
    EVENTS,
    FAILURES,
    FEED_ITEMS,
    FEEDS,
    MIGRATIONS,
    RUNS,
    SCHEMA_MIGRATIONS,
    Migration,
    event_key,
    row_document,
    row_event,
)

__all__ = [
    "MIGRATIONS",
    "EventFilter",
    "IngestStats",
    "RunInfo",
    "Store",
    "event_key",
]

from eventwire.store_write import (
    BATCH_SIZE,
    chunks,
    link_duplicates,
    write_documents,
    write_events,
)

_URL_FORMS = "sqlite:///PATH or postgresql+psycopg://USER@HOST[:PORT]/DATABASE"


@dataclass(frozen=True, slots=True)
class IngestStats:
    """What an ingest did: new rows written, and rows that were already stored."""

    documents_new: int = 0
    documents_seen: int = 0
    events_new: int = 0
    events_seen: int = 0

    def __add__(self, other: IngestStats) -> IngestStats:
        return IngestStats(
            self.documents_new + other.documents_new,
            self.documents_seen + other.documents_seen,
            self.events_new + other.events_new,
            self.events_seen + other.events_seen,
        )


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events to read; None means no constraint.

    `country` is a country name or ISO2 code (case-insensitive); `actor` is a
    case-insensitive substring of actor1, actor2 or an associated actor. History
    recalled by articles (`background`) is left out unless asked for.
    """

    date_from: date | None = None
    date_to: date | None = None
    country: str | None = None
    event_type: str | None = None
    actor: str | None = None
    include_background: bool = False
    limit: int | None = None


@dataclass(frozen=True, slots=True)
class RunInfo:
    """One recorded pipeline run."""

    id: int
    started_at: datetime
    finished_at: datetime | None
    settings: dict[str, Any]
    counts: dict[str, Any] | None


def _now() -> datetime:
    return datetime.now(UTC)


def _db_reason(exc: SQLAlchemyError) -> str:
    """The driver's first message line, without SQLAlchemy's SQL dump."""
    orig = getattr(exc, "orig", None)
    text = str(orig) if orig is not None else str(exc)
    return text.strip().splitlines()[0] if text.strip() else type(exc).__name__


def _engine_for(url: str) -> Engine:
    """Build an engine for a supported URL, or raise StoreError."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        # The text is not echoed: it may hold a password.
        raise StoreError(f"invalid database URL: expected {_URL_FORMS}") from None
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    backend = parsed.get_backend_name()
    if backend not in {"sqlite", "postgresql"}:
        raise StoreError(f"unsupported database {backend!r}: expected {_URL_FORMS}")
    if backend == "sqlite":
        parsed = parsed.set(database=_sqlite_file(parsed.database))
    try:
        engine = sa.create_engine(parsed)
    except (ArgumentError, NoSuchModuleError, ImportError) as exc:
        raise StoreError(f"cannot use database URL: {exc}") from exc
    if backend == "sqlite":
        _configure_sqlite(engine)
    return engine


def _sqlite_file(database: str | None) -> str | None:
    """The SQLite path with `~` expanded and its directory created (memory: unchanged)."""
    if not database or database == ":memory:" or database.startswith("file:"):
        return database
    path = Path(database).expanduser()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(
            f"cannot create directory: {exc.strerror}", source=str(path.parent)
        ) from exc
    return str(path)


def _configure_sqlite(engine: Engine) -> None:
    """WAL and foreign keys on every connection; real transactions around DDL.

    pysqlite only opens a transaction before DML, so DDL in a migration would not be
    rolled back on failure; we turn its handling off and emit BEGIN ourselves (the
    recipe from SQLAlchemy's SQLite dialect documentation).
    """

    @sa.event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @sa.event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN")


class Store:
    """A connection to the event store. Open with `Store.open(url)`; close when done."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    @classmethod
    def open(cls, url: str) -> Store:
        """Connect to `url` (sqlite:///PATH or postgresql+psycopg://...)."""
        engine = _engine_for(url)
        safe = engine.url.render_as_string(hide_password=True)
        try:
            with engine.connect():
                pass
        except SQLAlchemyError as exc:
            engine.dispose()
            raise StoreError(f"cannot connect: {_db_reason(exc)}", source=safe) from exc
        return cls(engine)

    @property
    def engine(self) -> Engine:
        return self._engine

    @property
    def url(self) -> str:
        """The database URL with any password hidden."""
        return self._engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[Connection]:
        """One transaction; any database error becomes a StoreError."""
        try:
            with self._engine.begin() as conn:
                yield conn
        except SQLAlchemyError as exc:
            raise StoreError(f"database error: {_db_reason(exc)}", source=self.url) from exc

    # -- schema -------------------------------------------------------------------

    def migrate(self, migrations: Sequence[tuple[str, Migration]] = MIGRATIONS) -> list[str]:
        """Apply the migrations not yet recorded, in order; return their names."""
        with self._transaction() as conn:
            SCHEMA_MIGRATIONS.create(conn, checkfirst=True)
        applied: list[str] = []
        for name, migration in migrations:
            with self._transaction() as conn:
                done = sa.select(SCHEMA_MIGRATIONS.c.name).where(SCHEMA_MIGRATIONS.c.name == name)
                if conn.execute(done).first() is not None:
                    continue
                migration(conn)
                conn.execute(SCHEMA_MIGRATIONS.insert().values(name=name, applied_at=_now()))
            applied.append(name)
        return applied

    def applied_migrations(self) -> list[str]:
        """Names of the migrations recorded in the database, in the order applied."""
        with self._transaction() as conn:
            if not sa.inspect(conn).has_table("schema_migrations"):
                return []
            order = (SCHEMA_MIGRATIONS.c.applied_at, SCHEMA_MIGRATIONS.c.name)
            return list(
                conn.execute(sa.select(SCHEMA_MIGRATIONS.c.name).order_by(*order)).scalars()
            )

    # -- writing ------------------------------------------------------------------

    def ingest(self, analyses: Iterable[Analysis], *, run_id: int | None = None) -> IngestStats:
        """Store documents and their events; already stored ones are counted, not rewritten."""
        stats = IngestStats()
        batch: list[Analysis] = []
        for analysis in analyses:
            batch.append(analysis)
            if len(batch) >= BATCH_SIZE:
                stats += self._ingest_batch(batch, run_id)
                batch = []
        if batch:
            stats += self._ingest_batch(batch, run_id)
        return stats

    def _ingest_batch(self, batch: Sequence[Analysis], run_id: int | None) -> IngestStats:
        now = _now()
        with self._transaction() as conn:
            docs_new, docs_seen = write_documents(conn, [a.document for a in batch], now, run_id)
            found = [event for a in batch for event in a.events]
            events_new, events_seen = write_events(conn, found, now, run_id)
            link_duplicates(conn, [a.document.id for a in batch])
        return IngestStats(docs_new, docs_seen, events_new, events_seen)

    def start_run(self, settings: dict[str, Any]) -> int:
        """Record the start of a pipeline run with the settings it uses; return its id."""
        row = {"started_at": _now(), "settings": _dumps(settings)}
        with self._transaction() as conn:
            run_id = conn.execute(RUNS.insert().values(row).returning(RUNS.c.id)).scalar_one()
        return int(run_id)

    def finish_run(
        self, run_id: int, report_counts: dict[str, Any], failures: Sequence[Failure]
    ) -> None:
        """Record the end of a run: its counts and every document it set aside."""
        with self._transaction() as conn:
            done = RUNS.update().where(RUNS.c.id == run_id)
            result = conn.execute(done.values(finished_at=_now(), counts=_dumps(report_counts)))
            if result.rowcount != 1:
                raise StoreError(f"no run with id {run_id}", source=self.url)
            rows = [{"run_id": run_id, **f.to_json()} for f in failures]
            if rows:
                conn.execute(FAILURES.insert(), rows)

    # -- reading ------------------------------------------------------------------

    def events(self, filters: EventFilter | None = None) -> list[Event]:
        """Events matching `filters`, ordered by date then key."""
        query = _event_query(filters or EventFilter())
        with self._transaction() as conn:
            return [row_event(row) for row in conn.execute(query).mappings()]

    def document(self, doc_id: str) -> Document | None:
        """The stored document with this id, or None."""
        with self._transaction() as conn:
            query = sa.select(DOCUMENTS).where(DOCUMENTS.c.id == doc_id)
            row = conn.execute(query).mappings().first()
        return None if row is None else row_document(row)

    def run(self, run_id: int) -> RunInfo | None:
        """The recorded run with this id, or None."""
        with self._transaction() as conn:
            row = conn.execute(sa.select(RUNS).where(RUNS.c.id == run_id)).first()
        if row is None:
            return None
        counts = json.loads(row.counts) if row.counts is not None else None
        return RunInfo(row.id, row.started_at, row.finished_at, json.loads(row.settings), counts)

    def failures(self, run_id: int | None = None) -> list[Failure]:
        """Failures recorded for one run (or all runs), in the order recorded."""
        query = sa.select(FAILURES).order_by(FAILURES.c.id)
        if run_id is not None:
            query = query.where(FAILURES.c.run_id == run_id)
        with self._transaction() as conn:
            rows = conn.execute(query).all()
        return [Failure(r.doc_id, r.stage, r.reason, r.message, r.source) for r in rows]

    def counts(self) -> dict[str, int]:
        """Row counts: documents, duplicates, events, background events, runs, failures."""
        count = sa.func.count()
        queries = {
            "documents": sa.select(count).select_from(DOCUMENTS),
            "duplicates": sa.select(count).where(DOCUMENTS.c.duplicate_of.is_not(None)),
            "events": sa.select(count).select_from(EVENTS),
            "background_events": sa.select(count).where(EVENTS.c.background.is_(True)),
            "runs": sa.select(count).select_from(RUNS),
            "failures": sa.select(count).select_from(FAILURES),
        }
        with self._transaction() as conn:
            return {name: int(conn.execute(q).scalar_one()) for name, q in queries.items()}

    # -- feed state (`eventwire watch`) ---------------------------------------------

    def unseen_items(self, feed: str, keys: Sequence[str]) -> list[str]:
        """The keys of `feed`'s items not yet marked seen, in order, without repeats."""
        c = FEED_ITEMS.c
        seen: set[str] = set()
        with self._transaction() as conn:
            for chunk in chunks(sorted(set(keys))):
                query = sa.select(c.item_key).where(c.feed == feed, c.item_key.in_(chunk))
                seen.update(conn.execute(query).scalars())
        return [key for key in dict.fromkeys(keys) if key not in seen]

    def mark_items_seen(self, feed: str, keys: Sequence[str]) -> None:
        """Record `feed`'s items as seen (already seen ones are left as they are)."""
        fresh = self.unseen_items(feed, keys)
        rows = [{"feed": feed, "item_key": key, "seen_at": _now()} for key in fresh]
        if rows:
            with self._transaction() as conn:
                conn.execute(FEED_ITEMS.insert(), rows)

    def feed_validators(self, feed: str) -> tuple[str | None, str | None]:
        """The ETag and Last-Modified `feed` last answered with (None, None) if unknown."""
        query = sa.select(FEEDS.c.etag, FEEDS.c.last_modified).where(FEEDS.c.feed == feed)
        with self._transaction() as conn:
            row = conn.execute(query).first()
        return (None, None) if row is None else (row.etag, row.last_modified)

    def save_feed_validators(self, feed: str, etag: str | None, modified: str | None) -> None:
        """Remember `feed`'s ETag and Last-Modified for the next conditional request."""
        values = {"etag": etag, "last_modified": modified, "checked_at": _now()}
        with self._transaction() as conn:
            done = conn.execute(FEEDS.update().where(FEEDS.c.feed == feed).values(values))
            if done.rowcount == 0:
                conn.execute(FEEDS.insert().values(feed=feed, **values))


def _dumps(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)


def _event_query(filters: EventFilter) -> sa.Select[Any]:
    """SELECT for `filters`: each constraint that is set narrows the result."""
    c = EVENTS.c
    query = sa.select(EVENTS).where(*_conditions(filters)).order_by(c.event_date, c.event_key)
    return query if filters.limit is None else query.limit(max(filters.limit, 0))


def _conditions(filters: EventFilter) -> list[sa.ColumnElement[bool]]:
    c = EVENTS.c
    where: list[sa.ColumnElement[bool]] = []
    if filters.date_from is not None:
        where.append(c.event_date >= filters.date_from)
    if filters.date_to is not None:
        where.append(c.event_date <= filters.date_to)
    if filters.country and filters.country.strip():
        wanted = filters.country.strip()
        by_name = sa.func.lower(c.country) == wanted.lower()
        where.append(sa.or_(by_name, sa.func.upper(c.country_code) == wanted.upper()))
    if filters.event_type and filters.event_type.strip():
        where.append(sa.func.lower(c.event_type) == filters.event_type.strip().lower())
    if filters.actor and filters.actor.strip():
        needle = filters.actor.strip().lower()
        actors = (c.actor1, c.actor2, c.assoc_actor_1, c.assoc_actor_2)
        where.append(sa.or_(*(sa.func.lower(a).contains(needle, autoescape=True) for a in actors)))
    if not filters.include_background:
        where.append(c.background.is_(False))
    return where
