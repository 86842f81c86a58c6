"""Watching feeds: only new items are ingested, and the state survives a restart.

Most tests run only the dedupe stage (no spaCy); one CLI test runs the whole pipeline
on one tiny item. The store is SQLite in tmp_path; feeds are files or a local server.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.fetch import Fetcher
from eventwire.settings import Settings
from eventwire.store import Store
from eventwire.watch import PollResult, WatchTotals, poll_feed, watch
from test_fetch import Reply, Server, serve

FEEDS = Path(__file__).parent / "data" / "feeds"
LIGHT = ("dedupe",)  # no NLP: these tests are about which items are ingested


def _rss(*items: tuple[str, str]) -> bytes:
    body = "".join(
        f"<item><guid>{guid}</guid><title>{guid}</title><description>{text}</description></item>"
        for guid, text in items
    )
    head = '<?xml version="1.0"?><rss version="2.0"><channel><title>W</title>'
    return f"{head}{body}</channel></rss>".encode()


ONE = ("w-1", "Farmers blocked the road into Millbrook on Monday, police said.")
TWO = ("w-2", "The Millbrook council met on Tuesday to discuss the blockade.")


@pytest.fixture
def store(settings: Settings) -> Iterator[Store]:
    with Store.open(settings.db_url) as opened:
        opened.migrate()
        yield opened


@pytest.fixture
def server() -> Iterator[Server]:
    with serve() as state:
        yield state


@pytest.fixture
def fetcher(settings: Settings) -> Iterator[Fetcher]:
    quick = settings.replace(fetch_rate_per_host=0.0, fetch_retries=0)
    with Fetcher(quick, httpx.Client(trust_env=False), sleep=lambda _s: None) as made:
        yield made


def test_only_new_items_are_ingested_across_restarts(settings: Settings, tmp_path: Path) -> None:
    feed = tmp_path / "local.rss"
    feed.write_bytes(_rss(ONE))
    with Store.open(settings.db_url) as store:
        store.migrate()
        first = poll_feed(str(feed), store, settings, stages=LIGHT)
    assert (first.items, first.new, first.stats.documents_new) == (1, 1, 1)
    feed.write_bytes(_rss(ONE, TWO))
    with Store.open(settings.db_url) as store:  # a restarted watcher
        store.migrate()
        second = poll_feed(str(feed), store, settings, stages=LIGHT)
        assert (second.items, second.new, second.stats.documents_new) == (2, 1, 1)
        assert store.document("w-2") is not None
        third = poll_feed(str(feed), store, settings, stages=LIGHT)
        assert (third.new, third.stats.documents_seen) == (0, 0)
        assert store.counts()["documents"] == 2


def test_url_feed_is_polled_conditionally(
    server: Server, store: Store, settings: Settings, fetcher: Fetcher
) -> None:
    def feed() -> Reply:
        if server.requests[-1][1].get("If-None-Match") == '"a"':
            return 304, {}, b""
        return 200, {"Content-Type": "application/rss+xml", "ETag": '"a"'}, _rss(ONE)

    server.routes["/feed"] = feed
    url = server.url("/feed")
    first = poll_feed(url, store, settings, fetcher=fetcher, stages=LIGHT)
    assert first.new == 1 and not first.not_modified
    assert store.feed_validators(url) == ('"a"', None)
    second = poll_feed(url, store, settings, fetcher=fetcher, stages=LIGHT)
    assert second.not_modified and second.new == 0
    assert server.requests[-1][1]["If-None-Match"] == '"a"'


def test_item_failing_for_now_is_tried_again(
    server: Server, store: Store, settings: Settings, fetcher: Fetcher
) -> None:
    link = server.url("/story")
    rss = _rss(ONE).replace(b"</channel>", f"<item><link>{link}</link></item></channel>".encode())
    server.routes["/feed"] = lambda: (200, {"Content-Type": "application/rss+xml"}, rss)
    server.routes["/story"] = lambda: (503, {}, b"")
    url = server.url("/feed")
    first = poll_feed(url, store, settings, fetcher=fetcher, stages=LIGHT)
    assert (first.new, [f.reason for f in first.failures]) == (2, ["http-503"])
    second = poll_feed(url, store, settings, fetcher=fetcher, stages=LIGHT)
    assert second.new == 1  # the unreachable link, again; the first item is seen
    text = "Millbrook's market stayed shut on Wednesday, traders said in a statement."
    server.routes["/story"] = lambda: (200, {"Content-Type": "text/plain"}, text.encode())
    third = poll_feed(url, store, settings, fetcher=fetcher, stages=LIGHT)
    assert (third.new, third.stats.documents_new, third.failures) == (1, 1, ())
    assert poll_feed(url, store, settings, fetcher=fetcher, stages=LIGHT).new == 0


def test_broken_feeds_are_failures_not_crashes(
    store: Store, settings: Settings, tmp_path: Path
) -> None:
    missing = poll_feed(str(tmp_path / "none.rss"), store, settings, stages=LIGHT)
    assert [f.reason for f in missing.failures] == ["unreadable"]
    broken = poll_feed(str(FEEDS / "broken.rss"), store, settings, stages=LIGHT)
    assert broken.stats.documents_new == 1
    assert sorted(f.reason for f in broken.failures) == ["empty", "malformed-feed"]
    run = store.failures()
    assert {f.reason for f in run} == {"empty", "malformed-feed"}


def test_watch_polls_until_stopped(store: Store, settings: Settings, tmp_path: Path) -> None:
    feed = tmp_path / "local.rss"
    feed.write_bytes(_rss(ONE))
    seen: list[PollResult] = []
    naps: list[float] = []

    def nap(seconds: float) -> None:
        naps.append(seconds)
        if len(naps) == 2:
            raise KeyboardInterrupt  # what Ctrl-C does during the wait
        feed.write_bytes(_rss(ONE, TWO))

    totals = WatchTotals()
    with pytest.raises(KeyboardInterrupt):
        watch(
            [str(feed)],
            store,
            settings,
            interval=30,
            totals=totals,
            on_poll=seen.append,
            sleep=nap,
            stages=LIGHT,
        )
    assert [r.new for r in seen] == [1, 1] and naps == [30, 30]
    assert (totals.polls, totals.new, totals.documents_new) == (2, 2, 2)
    assert totals.summary().startswith("2 feed polls, 2 new items")
    once = watch([str(feed)], store, settings, once=True, stages=LIGHT)
    assert (once.polls, once.new) == (1, 0)


@pytest.mark.slow
def test_cli_watch_once_runs_the_pipeline(
    settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EVENTWIRE_GAZETTEER_PATH", settings.gazetteer_path)
    feed = tmp_path / "wire.rss"
    story = (
        "w-9",
        "NAIROBI, March 3, 2024 - Police fired tear gas at protesters in Kisumu on Saturday.",
    )
    feed.write_bytes(_rss(story))
    db = settings.db_url
    result = CliRunner().invoke(app, ["watch", str(feed), "--once", "--db", db])
    assert result.exit_code == 0, result.output
    [line] = [json.loads(x) for x in result.stdout.splitlines() if x.startswith("{")]
    assert (line["feed"], line["new"], line["documents_new"]) == (str(feed), 1, 1)
    assert line["events_new"] >= 1
    assert "1 feed polls, 1 new items" in result.stderr
    with Store.open(db) as store:
        assert store.unseen_items(str(feed), ["w-9"]) == []
