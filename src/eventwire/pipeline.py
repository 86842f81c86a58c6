"""Stages registered by name and the batch runner that feeds them.

A stage is a function `(batch: Sequence[Analysis], ctx: Context) -> list[Analysis]`
returning one Analysis per input, in order. The runner refuses anything else. When a
batch fails, the runner retries its documents one at a time so that only the
document that breaks the stage is set aside (as a `Failure`), and the batch goes on.

Heavy resources (the spaCy model, the gazetteer, the actor table) are loaded lazily,
once per process, through `Context.resource`; tests inject their own.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from eventwire.errors import EventwireError, StageError
from eventwire.records import Analysis, Document, Failure
from eventwire.settings import Settings

log = logging.getLogger(__name__)

T = TypeVar("T")
StageFn = Callable[[Sequence[Analysis], "Context"], list[Analysis]]

DEFAULT_STAGES = (
    "dedupe",
    "sentences",
    "time",
    "nlp",
    "geo",
    "actors",
    "events",
    "classify",  # a no-op unless the `event_model` setting names a local classifier
    "confidence",
    "fuse",
    "sources",  # a duplicate's id and outlet join the events of its original (dedupe.py)
)


@dataclass(frozen=True, slots=True)
class Stage:
    name: str
    fn: StageFn
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()
    doc: str = ""


_REGISTRY: dict[str, Stage] = {}


def stage(
    name: str, *, requires: tuple[str, ...] = (), assigns: tuple[str, ...] = ()
) -> Callable[[StageFn], StageFn]:
    """Register a stage function under `name`."""

    def register(fn: StageFn) -> StageFn:
        _REGISTRY[name] = Stage(name, fn, requires, assigns, (fn.__doc__ or "").strip())
        return fn

    return register


def get_stage(name: str) -> Stage:
    _load_builtin_stages()
    try:
        return _REGISTRY[name]
    except KeyError:
        known = ", ".join(sorted(_REGISTRY))
        raise StageError(f"unknown stage {name!r} (known: {known})") from None


def registered_stages() -> dict[str, Stage]:
    _load_builtin_stages()
    return dict(_REGISTRY)


def _load_builtin_stages() -> None:
    # Importing the modules registers their stages.
    from eventwire import (  # noqa: F401
        actors,
        classify,
        confidence,
        dedupe,
        events,
        fuse,
        geo,
        nlp,
        timex,
    )


class Context:
    """Settings plus lazily loaded, per-process resources."""

    def __init__(self, settings: Settings, resources: dict[str, Any] | None = None) -> None:
        self.settings = settings
        self._resources: dict[str, Any] = dict(resources or {})
        self.seen_hashes: dict[str, str] = {}  # content hash -> first document id

    def resource(self, key: str, factory: Callable[[], T]) -> T:
        if key not in self._resources:
            self._resources[key] = factory()
        value: T = self._resources[key]
        return value


@dataclass(slots=True)
class RunReport:
    """What a run did: counts, and every failure with its stage and reason."""

    documents: int = 0  # every input: the documents read and the inputs that failed to read
    coded: int = 0
    undated: int = 0  # coded with no document date: only events the text dates
    events: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    failures: list[Failure] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.failures)

    def add_failure(self, failure: Failure) -> None:
        self.failures.append(failure)

    def by_reason(self) -> Counter[str]:
        return Counter(f"{f.stage}:{f.reason}" for f in self.failures)

    def summary(self) -> str:
        parts = [f"{self.documents} inputs", f"{self.events} events"]  # "inputs": failures too
        if self.undated:
            parts.append(
                f"{self.undated} undated (only events the text dates were coded;"
                " give a date with --set undated_date=YYYY-MM-DD)"
            )
        if self.skipped:
            parts.append(
                "skipped " + ", ".join(f"{k} {v}" for k, v in sorted(self.skipped.items()))
            )
        if self.failures:
            parts.append(
                f"{self.failed} failed ("
                + ", ".join(f"{k} {v}" for k, v in sorted(self.by_reason().items()))
                + ")"
            )
        return "; ".join(parts)


def _apply(stage_: Stage, batch: Sequence[Analysis], ctx: Context) -> list[Analysis]:
    out = stage_.fn(batch, ctx)
    if not isinstance(out, list) or len(out) != len(batch):
        raise StageError(
            f"stage {stage_.name} returned {type(out).__name__}, not a list of {len(batch)}"
        )
    for item in out:
        if not isinstance(item, Analysis):
            raise StageError(f"stage {stage_.name} returned {type(item).__name__}, not Analysis")
    return out


def _failure(analysis: Analysis, stage_name: str, exc: Exception) -> Failure:
    if isinstance(exc, EventwireError):
        reason, message = exc.reason, exc.message
    else:
        reason, message = type(exc).__name__, str(exc) or type(exc).__name__
    return Failure(analysis.document.id, stage_name, reason, message, analysis.document.origin)


def run_stage(
    stage_: Stage, batch: Sequence[Analysis], ctx: Context
) -> tuple[list[Analysis], list[Failure]]:
    """Run one stage over a batch, isolating the documents that break it."""
    live = [a for a in batch if a.skipped is None]
    if not live:
        return list(batch), []
    try:
        done = _apply(stage_, live, ctx)
    except Exception:  # noqa: BLE001 - one bad document must not stop the batch
        done, failures = [], []
        for analysis in live:
            try:
                done.extend(_apply(stage_, [analysis], ctx))
            except Exception as exc:
                log.debug("stage %s failed on %s", stage_.name, analysis.document.id, exc_info=True)
                failures.append(_failure(analysis, stage_.name, exc))
        failed = {f.doc_id for f in failures}
        merged = iter(done)
        out = [
            a if a.skipped is not None else next(merged)
            for a in batch
            if a.skipped is not None or a.document.id not in failed
        ]
        return out, failures
    merged = iter(done)
    return [a if a.skipped is not None else next(merged) for a in batch], []


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def run(
    documents: Iterable[Document | Failure],
    ctx: Context,
    *,
    stages: Sequence[str] = DEFAULT_STAGES,
    report: RunReport | None = None,
) -> Iterator[Analysis]:
    """Run `stages` over documents in batches, yielding each finished Analysis.

    Failures (from reading or from any stage) are recorded in `report`, never raised.
    """
    report = report if report is not None else RunReport()
    pipeline = [get_stage(name) for name in stages]
    for batch_in in batched(documents, ctx.settings.batch_size):
        batch: list[Analysis] = []
        for item in batch_in:
            report.documents += 1
            if isinstance(item, Failure):
                report.add_failure(item)
            else:
                batch.append(Analysis(item))
        for stage_ in pipeline:
            batch, failures = run_stage(stage_, batch, ctx)
            for failure in failures:
                report.add_failure(failure)
        for analysis in batch:
            if analysis.skipped is not None:
                report.skipped[analysis.skipped] += 1
            else:
                report.coded += 1
                report.undated += analysis.doc_date is None
            report.events += len(analysis.events)
            yield analysis
