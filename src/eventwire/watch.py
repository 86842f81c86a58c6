"""Watching feeds: poll them on an interval and ingest only the items not seen before.

`poll_feed` reads one feed (a URL, fetched conditionally with the ETag and
Last-Modified it last answered with, or a local file), keeps the items whose key
(guid, else link) the store has not seen for that feed, runs them through the usual
pipeline and `Store.ingest`, then marks them seen. The state lives in the store
(tables `feed_items` and `feeds`), so a restarted watcher takes up where it stopped.
An item that failed for a passing reason (timeout, connect, HTTP 429 or 5xx) is not
marked seen and is tried again at the next poll; other failures are final.

`watch` polls every feed, then sleeps `interval` seconds, until stopped (`once` polls
one round). It never catches KeyboardInterrupt: the caller does, and reads the totals
it passed in.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventwire import api, feeds, fetch
from eventwire.errors import InputError
from eventwire.pipeline import DEFAULT_STAGES, Context, RunReport
from eventwire.records import Analysis, Document, Failure
from eventwire.settings import Settings
from eventwire.store import IngestStats, Store

__all__ = ["PollResult", "WatchTotals", "poll_feed", "watch"]

STAGE = "read"


@dataclass(frozen=True, slots=True)
class PollResult:
    """What one poll of one feed did."""

    feed: str
    items: int = 0  # items in the feed
    new: int = 0  # items not seen before
    not_modified: bool = False  # the server answered 304
    stats: IngestStats = field(default_factory=IngestStats)
    events: int = 0
    failures: tuple[Failure, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "feed": self.feed,
            "items": self.items,
            "new": self.new,
            "not_modified": self.not_modified,
            "documents_new": self.stats.documents_new,
            "events_new": self.stats.events_new,
            "failed": len(self.failures),
        }


@dataclass(slots=True)
class WatchTotals:
    """Running totals over every poll of a watch."""

    polls: int = 0
    new: int = 0
    documents_new: int = 0
    events_new: int = 0
    failures: list[Failure] = field(default_factory=list)

    def add(self, result: PollResult) -> None:
        self.polls += 1
        self.new += result.new
        self.documents_new += result.stats.documents_new
        self.events_new += result.stats.events_new
        self.failures.extend(result.failures)

    def summary(self) -> str:
        return (
            f"{self.polls} feed polls, {self.new} new items, {self.documents_new} new "
            f"documents, {self.events_new} new events, {len(self.failures)} failed"
        )


def watch(
    feed_sources: Sequence[str],
    store: Store,
    settings: Settings,
    *,
    interval: float = 300.0,
    once: bool = False,
    fetcher: fetch.Fetcher | None = None,
    context: Context | None = None,
    stages: Sequence[str] = DEFAULT_STAGES,
    totals: WatchTotals | None = None,
    on_poll: Callable[[PollResult], None] | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> WatchTotals:
    """Poll every feed, then wait `interval` seconds, again and again (once: one round)."""
    totals = totals if totals is not None else WatchTotals()
    context = context or Context(settings)  # one per watch: the models load once
    web = fetch.Web(settings, fetcher)
    try:
        while True:
            for source in feed_sources:
                remote = web.fetcher if _remote(source) else None
                result = poll_feed(
                    source, store, settings, fetcher=remote, context=context, stages=stages
                )
                totals.add(result)
                if on_poll is not None:
                    on_poll(result)
            if once:
                return totals
            sleep(interval)
    finally:
        web.close()


def poll_feed(
    source: str,
    store: Store,
    settings: Settings,
    *,
    fetcher: fetch.Fetcher | None = None,
    context: Context | None = None,
    stages: Sequence[str] = DEFAULT_STAGES,
) -> PollResult:
    """Read one feed and ingest its new items (see the module docstring)."""
    try:
        loaded = _load(source, store, settings, fetcher)
    except InputError as exc:
        return PollResult(
            source, failures=(Failure(source, STAGE, exc.reason, exc.message, source),)
        )
    if loaded is None:
        return PollResult(source, not_modified=True)
    feed, validators = loaded
    keys = [item.key for item in feed.items]
    fresh = set(store.unseen_items(source, keys))
    new_items = [item for item in _unique(feed.items) if item.key in fresh]
    read = list(_documents(source, feed, new_items, settings, fetcher))
    report = RunReport()
    stats = IngestStats()
    if read:
        stats = _ingest(read, store, settings, context, stages, report)
    failed_for_now = {f.doc_id for f in report.failures if _transient(f.reason)}
    store.mark_items_seen(source, [i.key for i in new_items if i.key not in failed_for_now])
    if validators is not None:
        store.save_feed_validators(source, *validators)
    return PollResult(
        source, len(feed.items), len(new_items), False, stats, report.events, tuple(report.failures)
    )


def _remote(source: str) -> bool:
    return fetch.is_url(source)


def _load(
    source: str, store: Store, settings: Settings, fetcher: fetch.Fetcher | None
) -> tuple[feeds.Feed, tuple[str | None, str | None] | None] | None:
    """The feed and its new validators (None for a file); None when not modified."""
    if not _remote(source):
        path = Path(source)
        data = feeds.read_capped(path, settings.max_document_bytes)
        return feeds.parse_feed(data, feeds.feed_kind(path) or feeds.sniff(data)), None
    assert fetcher is not None
    etag, modified = store.feed_validators(source)
    page = fetcher.get(source, etag=etag, last_modified=modified)
    if page.status == 304:
        return None
    return feeds.parse_feed(page.content), (page.etag, page.last_modified)


def _unique(items: Sequence[feeds.FeedItem]) -> Iterator[feeds.FeedItem]:
    seen: set[str] = set()
    for item in items:
        if item.key not in seen:
            seen.add(item.key)
            yield item


def _documents(
    source: str,
    feed: feeds.Feed,
    items: Sequence[feeds.FeedItem],
    settings: Settings,
    fetcher: fetch.Fetcher | None,
) -> Iterator[Document | Failure]:
    """The new items' documents; the feed's break (if malformed) as one Failure."""
    for item in items:
        yield from fetch.item_documents(item, settings, fetcher, origin=source)
    failure = feeds.problem_failure(feed, source, source)
    if failure is not None:
        yield failure


def _ingest(
    read: Sequence[Document | Failure],
    store: Store,
    settings: Settings,
    context: Context | None,
    stages: Sequence[str],
    report: RunReport,
) -> IngestStats:
    """Run the pipeline over the documents and store them, as one recorded run."""
    run_id = store.start_run(settings.as_dict())
    analyses: Iterator[Analysis] = api.analyse(
        read, settings, report=report, stages=stages, context=context
    )
    stats = store.ingest(analyses, run_id=run_id)
    counts = {
        "documents": report.documents,
        "coded": report.coded,
        "events": report.events,
        "failed": report.failed,
        "skipped": dict(report.skipped),
    }
    store.finish_run(run_id, counts, report.failures)
    return stats


def _transient(reason: str) -> bool:
    """Whether a failure may pass by itself (worth trying the item again later)."""
    return reason in {"timeout", "connect", "http-429"} or reason.startswith("http-5")
