"""The store, against both backends: SQLite in tmp_path and PostgreSQL.

PostgreSQL comes from EVENTWIRE_TEST_PG_URL (default: trust auth on 127.0.0.1:5432);
each test gets a fresh schema. When the server is unreachable the PostgreSQL tests
skip, except under CI (env CI set), where they fail.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterator
from dataclasses import fields, replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ProgrammingError, SQLAlchemyError

from eventwire.errors import StoreError
from eventwire.records import (
    Analysis,
    Document,
    Event,
    Evidence,
    Failure,
    TimePrecision,
    content_hash,
)
from eventwire.store import MIGRATIONS, EventFilter, IngestStats, Store, event_key

DEFAULT_PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/eventwire_test"


@pytest.fixture(scope="session")
def pg_url() -> URL:
    """The test database, created if missing; skip (or fail under CI) when unreachable."""
    url = make_url(os.environ.get("EVENTWIRE_TEST_PG_URL", DEFAULT_PG_URL))
    admin = sa.create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            exists = conn.execute(
                sa.text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": url.database}
            ).first()
            if exists is None:
                _create_database(conn, str(url.database))
    except SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
        message = (
            f"PostgreSQL unreachable at {url.render_as_string()} ({reason}); "
            "set EVENTWIRE_TEST_PG_URL to a server you can reach"
        )
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    finally:
        admin.dispose()
    return url


def _create_database(conn: sa.Connection, name: str) -> None:
    with contextlib.suppress(ProgrammingError):  # created meanwhile by a concurrent run
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')


@pytest.fixture
def pg_schema_url(pg_url: URL) -> Iterator[str]:
    """A URL whose connections use a fresh, empty schema, dropped afterwards."""
    schema = f"ew_test_{uuid.uuid4().hex[:12]}"
    engine = sa.create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    try:
        scoped = pg_url.update_query_dict({"options": f"-csearch_path={schema}"})
        yield scoped.render_as_string(hide_password=False)
    finally:
        with engine.connect() as conn:
            conn.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
        engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'nested' / 'dir' / 'events.db'}"
    url: str = request.getfixturevalue("pg_schema_url")
    return url


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    with Store.open(db_url) as opened:
        opened.migrate()
        yield opened


def make_event(doc_id: str = "doc-a", **changes: Any) -> Event:
    """A fully populated event: every field away from its default."""
    event = Event(
        event_id_cnty="XYZ1",
        event_date=date(2021, 3, 14),
        time_precision=TimePrecision.WEEK,
        disorder_type="Political violence",
        event_type="Battles",
        sub_event_type="Armed clash",
        actor1="Military Forces of Ruritania (2019-)",
        inter1=1,
        actor2="Ruritanian Liberation Front",
        inter2=2,
        assoc_actor_1="Police Forces of Ruritania (2019-)",
        assoc_actor_2="Hill Militia",
        civilian_targeting="",
        iso=999,
        region="Middle Africa",
        country="Ruritania",
        admin1="Northern Province",
        admin2="Lakeside",
        admin3="Stream Ward",
        location="Strelsau – Old Town",
        latitude=12.3456789,
        longitude=-0.1000001,
        geo_precision=2,
        source="Wire Service",
        source_scale="International",
        notes='Troops clashed with fighters near the bridge; "heavy" fire, ünïcode.',
        fatalities=12,
        tags="crowd size=no report",
        doc_ids=(doc_id, "doc-z"),
        evidence=(Evidence(doc_id, "Troops clashed with fighters.", 10, 39),),
        geonameid=1234567,
        country_code="RU",
        confidence=0.8125,
        background=False,
        date_inferred=True,
        trigger="clashed",
        rule="battle.clash",
    )
    return replace(event, **changes)


def make_analysis(doc_id: str, text: str, *events: Event) -> Analysis:
    document = Document(
        id=doc_id,
        text=text,
        url=f"https://news.example/{doc_id}",
        title=f"Title of {doc_id}",
        published_at=date(2021, 3, 15),
        published_at_source="meta",
        language="en",
        content_hash=content_hash(text),
        author="A. Reporter",
        site="news.example",
        origin=f"/feeds/{doc_id}.txt",
    )
    return Analysis(document=document, events=events)


def sample() -> list[Analysis]:
    return [
        make_analysis("doc-a", "First story text.", make_event("doc-a")),
        make_analysis(
            "doc-b",
            "Second story text.",
            make_event("doc-b", event_type="Protests", sub_event_type="Peaceful protest"),
            make_event("doc-b", event_date=date(2021, 3, 20), location="Zenda"),
        ),
    ]


# -- migrations -------------------------------------------------------------------


def test_migrate_twice_is_a_no_op(db_url: str) -> None:
    with Store.open(db_url) as store:
        assert store.migrate() == [name for name, _ in MIGRATIONS]
        assert store.migrate() == []
        assert store.applied_migrations() == [name for name, _ in MIGRATIONS]
        tables = set(sa.inspect(store.engine).get_table_names())
    expected = {"documents", "events", "event_sources", "runs", "failures", "schema_migrations"}
    assert expected <= tables


def test_failed_migration_is_rolled_back(store: Store) -> None:
    def creates_then_fails(conn: sa.Connection) -> None:
        conn.exec_driver_sql("CREATE TABLE scratch (x INTEGER)")
        conn.exec_driver_sql("SELECT * FROM no_such_table")

    with pytest.raises(StoreError, match="database error"):
        store.migrate([*MIGRATIONS, ("0002_broken", creates_then_fails)])
    assert "scratch" not in sa.inspect(store.engine).get_table_names()
    assert store.applied_migrations() == [name for name, _ in MIGRATIONS]


def test_indexes_exist(store: Store) -> None:
    indexed = {
        tuple(index["column_names"]) for index in sa.inspect(store.engine).get_indexes("events")
    }
    assert {("event_date",), ("country",), ("event_type",)} <= indexed


def test_events_table_has_a_column_per_event_field(store: Store) -> None:
    columns = {c["name"] for c in sa.inspect(store.engine).get_columns("events")}
    # The explanation is recomputed by `eventwire explain`, not stored.
    assert {f.name for f in fields(Event)} - {"explanation"} <= columns


# -- ingest -----------------------------------------------------------------------


def test_ingest_twice_is_idempotent(store: Store) -> None:
    assert store.ingest(sample()) == IngestStats(2, 0, 3, 0)
    before = store.counts()
    assert store.ingest(sample()) == IngestStats(0, 2, 0, 3)
    assert store.counts() == before
    assert before["documents"] == 2
    assert before["events"] == 3


def test_same_document_twice_in_one_batch_is_stored_once(store: Store) -> None:
    analysis = sample()[0]
    assert store.ingest([analysis, analysis]) == IngestStats(1, 1, 1, 1)


def test_event_sources_link_every_document(store: Store) -> None:
    store.ingest(sample()[:1])
    with store.engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT event_key, doc_id FROM event_sources")).all()
    key = event_key(make_event("doc-a"))
    assert sorted(rows) == [(key, "doc-a"), (key, "doc-z")]


def test_event_round_trip_keeps_every_field(store: Store) -> None:
    events = [
        make_event("doc-a"),
        make_event("doc-a", event_date=date(2021, 3, 1), latitude=None, longitude=None,
                   geonameid=None, time_precision=TimePrecision.YEAR, evidence=(),
                   doc_ids=("doc-a",), background=True, date_inferred=False, confidence=0.0),
    ]  # fmt: skip
    store.ingest([make_analysis("doc-a", "Some text.", *events)])
    assert store.events(EventFilter(include_background=True)) == [events[1], events[0]]
    restored = store.events(EventFilter(include_background=True))[0]
    assert isinstance(restored.time_precision, TimePrecision)
    assert restored.background is True


def test_document_round_trip(store: Store) -> None:
    analysis = sample()[0]
    store.ingest([analysis])
    assert store.document("doc-a") == analysis.document
    assert store.document("missing") is None


def test_an_older_database_gains_the_modified_date(store: Store) -> None:
    with store.engine.begin() as conn:
        conn.exec_driver_sql("ALTER TABLE documents DROP COLUMN modified_at")
        conn.exec_driver_sql("DELETE FROM schema_migrations WHERE name = '0003_modified_at'")
    assert store.migrate() == ["0003_modified_at"]
    analysis = sample()[0]
    updated = replace(analysis, document=replace(analysis.document, modified_at=date(2024, 7, 2)))
    store.ingest([updated])
    assert store.document("doc-a") == updated.document


def test_duplicate_of_by_content_hash(store: Store) -> None:
    store.ingest([make_analysis("orig", "Same   wire\ncopy text.")])
    store.ingest(
        [
            make_analysis("copy-1", "Same wire copy text."),
            make_analysis("other", "Different text."),
            make_analysis("copy-2", " Same wire copy  text. "),
        ]
    )
    assert _duplicate_of(store, "orig") is None
    assert _duplicate_of(store, "copy-1") == "orig"
    assert _duplicate_of(store, "copy-2") == "orig"
    assert _duplicate_of(store, "other") is None
    assert store.counts()["duplicates"] == 2


def test_duplicate_within_one_batch_points_at_the_first(store: Store) -> None:
    store.ingest([make_analysis("first", "Twin text."), make_analysis("second", "Twin text.")])
    assert _duplicate_of(store, "second") == "first"


def test_missing_content_hash_is_computed(store: Store) -> None:
    plain = Analysis(Document(id="plain", text="Hash  me."))
    store.ingest([plain])
    stored = store.document("plain")
    assert stored is not None
    assert stored.content_hash == content_hash("Hash me.")


def _duplicate_of(store: Store, doc_id: str) -> str | None:
    document = store.document(doc_id)
    assert document is not None
    return document.duplicate_of


def test_event_key_is_stable_and_tracks_evidence() -> None:
    event = make_event()
    assert event_key(event) == event_key(replace(event, notes="edited", confidence=0.1))
    assert event_key(event) == event_key(replace(event, doc_ids=("doc-z", "doc-a")))
    moved = (Evidence("doc-a", "Troops clashed with fighters.", 11, 40),)
    assert event_key(event) != event_key(replace(event, evidence=moved))
    assert event_key(event) != event_key(replace(event, event_date=date(2021, 3, 15)))


# -- filters ----------------------------------------------------------------------


@pytest.fixture
def filled(store: Store) -> Store:
    events = [
        make_event("d1", event_date=date(2020, 1, 5), country="Ruritania", country_code="RU"),
        make_event("d1", event_date=date(2020, 2, 5), event_type="Protests",
                   sub_event_type="Peaceful protest", actor1="Protesters (Ruritania)",
                   actor2="", assoc_actor_1="Teachers 50%_Union", assoc_actor_2=""),
        make_event("d2", event_date=date(2020, 3, 5), country="Borduria", country_code="BD",
                   actor1="Bordurian Army", actor2="", assoc_actor_1="", assoc_actor_2=""),
        make_event("d2", event_date=date(2014, 6, 1), background=True),
    ]  # fmt: skip
    store.ingest(
        [make_analysis("d1", "One.", *events[:2]), make_analysis("d2", "Two.", *events[2:])]
    )
    return store


def _dates(store: Store, **filters: Any) -> list[str]:
    return [e.event_date.isoformat() for e in store.events(EventFilter(**filters))]


def test_filters_by_date_range(filled: Store) -> None:
    assert _dates(filled) == ["2020-01-05", "2020-02-05", "2020-03-05"]
    assert _dates(filled, date_from=date(2020, 2, 5)) == ["2020-02-05", "2020-03-05"]
    assert _dates(filled, date_to=date(2020, 2, 5)) == ["2020-01-05", "2020-02-05"]


def test_filters_by_country_name_or_iso2(filled: Store) -> None:
    assert _dates(filled, country="borduria") == ["2020-03-05"]
    assert _dates(filled, country="bd") == ["2020-03-05"]
    assert _dates(filled, country="RU") == ["2020-01-05", "2020-02-05"]
    assert _dates(filled, country="Atlantis") == []


def test_filters_by_event_type_and_actor(filled: Store) -> None:
    assert _dates(filled, event_type="protests") == ["2020-02-05"]
    assert _dates(filled, actor="bordurian") == ["2020-03-05"]
    assert _dates(filled, actor="liberation front") == ["2020-01-05"]
    assert _dates(filled, actor="50%_union") == ["2020-02-05"]
    assert _dates(filled, actor="%") == ["2020-02-05"]


def test_background_only_when_asked_and_limit(filled: Store) -> None:
    assert _dates(filled, include_background=True)[0] == "2014-06-01"
    assert _dates(filled, include_background=True, limit=2) == ["2014-06-01", "2020-01-05"]
    assert filled.counts()["background_events"] == 1


# -- runs and failures ------------------------------------------------------------


def test_run_and_failures_are_recorded(store: Store) -> None:
    run_id = store.start_run({"batch_size": 64, "languages": "en"})
    stats = store.ingest(sample(), run_id=run_id)
    failures = [
        Failure("bad-1", "read", "empty", "nothing but whitespace", "/in/bad-1.txt"),
        Failure("bad-2", "nlp", "StageError", "boom"),
    ]
    store.finish_run(run_id, {"documents": 4, "events": stats.events_new}, failures)
    info = store.run(run_id)
    assert info is not None
    assert info.settings == {"batch_size": 64, "languages": "en"}
    assert info.counts == {"documents": 4, "events": 3}
    assert info.finished_at is not None
    assert store.failures(run_id) == failures
    assert store.counts()["runs"] == 1
    assert store.counts()["failures"] == 2
    assert store.run(run_id + 100) is None


def test_finish_unknown_run_is_a_store_error(store: Store) -> None:
    with pytest.raises(StoreError, match="no run with id 42"):
        store.finish_run(42, {}, [])


def test_ingest_with_unknown_run_is_a_store_error(store: Store) -> None:
    with pytest.raises(StoreError, match="database error"):
        store.ingest(sample(), run_id=999)
    assert store.counts()["documents"] == 0  # the batch was rolled back


# -- opening ----------------------------------------------------------------------


def test_sqlite_uses_wal_and_foreign_keys(tmp_path: Path) -> None:
    with (
        Store.open(f"sqlite:///{tmp_path / 'a' / 'b.db'}") as store,
        store.engine.connect() as conn,
    ):
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    assert (tmp_path / "a" / "b.db").exists()


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("not a url", "invalid database URL"),
        ("mysql://user@localhost/db", "unsupported database 'mysql'"),
        ("postgresql+psycopg://postgres@127.0.0.1:1/nothing", "cannot connect"),
    ],
)
def test_bad_url_is_a_store_error(url: str, message: str) -> None:
    with pytest.raises(StoreError, match=message):
        Store.open(url)


def test_unusable_sqlite_directory_is_a_store_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(StoreError, match="cannot create directory"):
        Store.open(f"sqlite:///{blocker / 'sub' / 'events.db'}")


def test_password_is_hidden_in_errors() -> None:
    with pytest.raises(StoreError) as info:
        Store.open("postgresql+psycopg://user:s3cret@127.0.0.1:1/db")
    assert "s3cret" not in str(info.value)


def test_unmigrated_store_gives_a_store_error(tmp_path: Path) -> None:
    with Store.open(f"sqlite:///{tmp_path / 'empty.db'}") as store, pytest.raises(StoreError):
        store.events(EventFilter())


def test_sqlite_path_expands_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    with Store.open("sqlite:///~/deep/events.db") as store:
        store.migrate()
    assert (tmp_path / "deep" / "events.db").exists()


def test_ingest_spans_batches(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("eventwire.store.BATCH_SIZE", 2)
    analyses = [make_analysis(f"d{i}", f"Text {i % 3}.", make_event(f"d{i}")) for i in range(7)]
    assert store.ingest(analyses) == IngestStats(7, 0, 7, 0)
    assert store.ingest(analyses) == IngestStats(0, 7, 0, 7)
    assert _duplicate_of(store, "d6") == "d0"
    assert store.counts()["duplicates"] == 4


# -- duplicates that arrive after their original ------------------------------------


def _copy_of(original: str, doc_id: str, text: str, site: str) -> Analysis:
    """A near-duplicate (skipped by the pipeline, so it has no events of its own)."""
    analysis = make_analysis(doc_id, text)
    document = replace(analysis.document, duplicate_of=original, site=site)
    return replace(analysis, document=document)


def _sources(store: Store) -> list[tuple[str, str]]:
    with store.engine.connect() as conn:
        return sorted(conn.execute(sa.text("SELECT event_key, doc_id FROM event_sources")).all())


def test_a_later_near_duplicate_becomes_a_source_of_the_originals_events(store: Store) -> None:
    store.ingest([make_analysis("doc-a", "First story text.", make_event("doc-a"))])
    key = event_key(make_event("doc-a"))
    store.ingest([_copy_of("doc-a", "copy-a", "First story text, trimmed.", "other.example")])
    (event,) = store.events()
    assert event.doc_ids == ("doc-a", "doc-z", "copy-a")
    assert event.source == "Wire Service; other.example"
    assert _sources(store) == [(key, "copy-a"), (key, "doc-a"), (key, "doc-z")]
    assert store.counts()["events"] == 1


def test_linking_a_later_duplicate_is_idempotent(store: Store) -> None:
    store.ingest([make_analysis("doc-a", "First story text.", make_event("doc-a"))])
    copy = _copy_of("doc-a", "copy-a", "First story text, trimmed.", "other.example")
    store.ingest([copy])
    before = (store.events(), _sources(store), store.counts())
    assert store.ingest([copy]) == IngestStats(0, 1, 0, 0)
    store.ingest([make_analysis("doc-a", "First story text.", make_event("doc-a"))])
    assert (store.events(), _sources(store), store.counts()) == before


def test_an_exact_copy_in_a_later_ingest_joins_every_event_of_its_original(store: Store) -> None:
    store.ingest(sample()[1:])
    store.ingest([make_analysis("copy-b", "Second  story text.")])
    events = store.events()
    assert len(events) == 2
    assert all(e.doc_ids[-1] == "copy-b" for e in events)
    assert all(e.source == "Wire Service; news.example" for e in events)


def test_a_copy_already_among_the_sources_in_its_batch_is_not_added_twice(store: Store) -> None:
    event = make_event("doc-a", doc_ids=("doc-a", "copy-a"), source="Wire Service; other.example")
    original = make_analysis("doc-a", "First story text.", event)
    copy = _copy_of("doc-a", "copy-a", "First story text, trimmed.", "other.example")
    store.ingest([original, copy])
    (stored,) = store.events()
    assert stored.doc_ids == ("doc-a", "copy-a")
    assert stored.source == "Wire Service; other.example"
    assert _sources(store) == [(event_key(event), "copy-a"), (event_key(event), "doc-a")]
