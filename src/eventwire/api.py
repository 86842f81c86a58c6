"""The library's front door: the functions the CLI, tests, benchmarks and Ray call.

Each function takes sources and `Settings`, runs the pipeline, and reports failures in
a `RunReport` instead of raising for a bad document.

    >>> from eventwire.api import extract_text
    >>> events = extract_text("Police fired tear gas at protesters in Nairobi on Tuesday.",
    ...                       published_at=date(2024, 6, 26))
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from typing import BinaryIO

from eventwire import read
from eventwire.errors import InputError
from eventwire.pipeline import DEFAULT_STAGES, Context, RunReport, run
from eventwire.records import Analysis, Document, Event, Failure
from eventwire.settings import Settings

GEO_STAGES = ("dedupe", "sentences", "nlp", "geo")

Progress = Callable[[Analysis], None]


def analyse(
    documents: Iterable[Document | Failure],
    settings: Settings,
    *,
    report: RunReport | None = None,
    stages: Sequence[str] = DEFAULT_STAGES,
    context: Context | None = None,
) -> Iterator[Analysis]:
    """Run the pipeline over documents (or read failures, which are counted)."""
    ctx = context or Context(settings)
    yield from run(documents, ctx, stages=stages, report=report)


def extract(
    sources: Sequence[str],
    settings: Settings,
    *,
    report: RunReport | None = None,
    stdin: BinaryIO | None = None,
    stages: Sequence[str] = DEFAULT_STAGES,
    context: Context | None = None,
) -> Iterator[Analysis]:
    """Read `sources` (paths, directories, `-`) and run the pipeline over them."""
    documents = read.read_paths(sources, settings, stdin=stdin)
    yield from analyse(documents, settings, report=report, stages=stages, context=context)


def extract_text(
    text: str,
    settings: Settings | None = None,
    *,
    id: str | None = None,
    title: str | None = None,
    url: str | None = None,
    published_at: date | None = None,
    context: Context | None = None,
) -> list[Event]:
    """Code the events of one text. Raises nothing for bad text: returns []."""
    settings = settings or Settings.load()
    try:
        doc = read.read_text(text, id=id, title=title, url=url, published_at=published_at)
    except InputError:
        return []
    report = RunReport()
    events: list[Event] = []
    for analysis in analyse([doc], settings, report=report, context=context):
        events.extend(analysis.events)
    return events
