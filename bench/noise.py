"""Events coded from general news: how much GDELT-style noise the coder makes.

The 153 English pages of trafilatura's evaluation set (the boilerplate bench's pages,
read in place, nothing of them copied) are mostly not conflict news: tech blogs,
sport, health, politics, recipes, games. Nearly every event coded from them is false.
Prints the events coded per 100 pages, then their count by sub_event_type and by
trigger word (`--show N` also lists the first N events' sub-event types, triggers and
documents, never their text).

    .venv/bin/python bench/noise.py [--limit N] [--show N]

Skips with a message when ../shared/data/dev is absent.
"""

from __future__ import annotations

import argparse
import gzip
import json
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path

from eventwire.api import analyse
from eventwire.errors import InputError
from eventwire.read import read_html
from eventwire.records import Document, Event, Failure
from eventwire.settings import Settings

HERE = Path(__file__).resolve().parent
DEV = HERE.parents[1] / "shared" / "data" / "dev"
PAGES = DEV / "boilerplate"


def documents(limit: int | None) -> Iterator[Document | Failure]:
    """The pages as Documents (a page with no article is a Failure)."""
    gold = json.loads((PAGES / "evaldata_english_subset.json").read_text(encoding="utf-8"))
    for url, item in list(gold.items())[:limit]:
        html = gzip.decompress((PAGES / "html" / f"{item['file']}.gz").read_bytes())
        try:
            yield read_html(html, id=item["file"], url=url)
        except InputError as error:
            yield Failure(item["file"], "read", type(error).__name__, str(error))


def coded(limit: int | None) -> tuple[int, list[Event]]:
    """The number of pages read and the events coded from them."""
    pages = 0
    events: list[Event] = []
    for analysis in analyse(documents(limit), Settings.load()):
        pages += 1
        events.extend(analysis.events)
    return pages, events


def report(pages: int, events: Sequence[Event], show: int) -> None:
    """Print the rate and the counts by sub-event type and trigger."""
    rate = 100 * len(events) / pages if pages else 0.0
    print(f"noise: {pages} general pages, {len(events)} events ({rate:.1f} per 100 pages)")
    for title, counts in (
        ("sub_event_type", Counter(e.sub_event_type for e in events)),
        ("trigger", Counter(e.trigger.lower() for e in events)),
    ):
        print(f"  by {title}:")
        for name, n in counts.most_common():
            print(f"    {n:4d}  {name}")
    for event in events[:show]:
        print(f"  {event.sub_event_type:40s} {event.trigger:16s} {event.doc_ids[0]}")


def main(argv: Sequence[str] | None = None) -> None:
    """Run the bench."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="Read only the first N pages.")
    parser.add_argument("--show", type=int, default=0, help="List the first N events.")
    args = parser.parse_args(argv)
    if not DEV.exists():
        print(f"skipped: {DEV} is not present (development data is internal)")
        return
    pages, events = coded(args.limit)
    report(pages, events, args.show)


if __name__ == "__main__":
    main()
