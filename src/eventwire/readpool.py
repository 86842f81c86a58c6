"""Reading pages in a pool of processes, results in input order.

An HTML page costs milliseconds of CPU (parsing, trafilatura), so a directory of pages
is read by `read_workers` processes once it holds `_POOL_MIN` of them; results come
back in input order, at most `_AHEAD` per worker read ahead of the consumer. What is
read in a worker is a `Job`: a picklable description of one input. While the workers
are busy, jobs go to the pool `_CHUNK` at a time (one hand-over, one result message for
the lot): the process that feeds the pool also dedupes and runs the pipeline, and every
hand-over costs it time that the readers would use. A worker that is idle gets what
there is at once.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass

from eventwire.formats import warm_up
from eventwire.records import Document, Failure

_POOL_MIN = 8
_AHEAD = 16
_CHUNK = 4


class Job:
    """One input still to read; subclasses are picklable frozen dataclasses."""

    __slots__ = ()

    def run(self) -> Document | Failure:
        raise NotImplementedError

    def failed(self, exc: BaseException) -> Failure:
        raise NotImplementedError


def _run_all(jobs: tuple[Job, ...]) -> list[Document | Failure]:
    return [job.run() for job in jobs]


@dataclass(slots=True)
class _Slot:
    """A job for the pool, and where its result will be: the `index`-th of the results
    of `chunk` (None until it is handed over)."""

    job: Job
    index: int = 0
    chunk: Future[list[Document | Failure]] | None = None


_Pending = Document | Failure | Job | _Slot


def resolve(
    items: Iterable[Document | Failure | Job], workers: int
) -> Iterator[Document | Failure]:
    """The items in order, HTML jobs read: in a pool of `workers` processes once
    `_POOL_MIN` jobs have been met (fewer are read here: a pool costs more to start)."""
    pending: deque[_Pending] = deque()
    batch: list[_Slot] = []  # jobs for the pool, not yet handed over
    handed: list[Future[list[Document | Failure]]] = []
    pool: ProcessPoolExecutor | None = None
    jobs, ahead = 0, max(1, workers) * _AHEAD
    try:
        for item in items:
            if isinstance(item, Job):
                jobs += 1
                if pool is None and jobs >= _POOL_MIN and _can_fork(workers):
                    pool = _start_pool(workers)
                    pending = deque(_slot(p, batch) for p in pending)
            pending.append(item if pool is None else _slot(item, batch))
            while True:
                if pool is not None and _time_to_hand_over(pending, batch, handed, workers):
                    handed.extend(_hand_over(pool, batch))
                if not pending or not (len(pending) > ahead or _ready(pending[0])):
                    break
                yield _done(pending.popleft())
        if pool is not None:
            _hand_over(pool, batch)
        while pending:
            yield _done(pending.popleft())
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)


def _can_fork(workers: int) -> bool:
    """Whether a pool is worth it and allowed (a daemon process, such as a worker of
    another pool, may not have children)."""
    return workers > 1 and not multiprocessing.current_process().daemon


def _start_pool(workers: int) -> ProcessPoolExecutor:
    """A pool of `workers` readers, each loading its resources as it starts (`warm_up`).
    Where readers are forked, the resources are loaded here first: the readers share
    them (about a second of CPU each, saved) and their own `warm_up` finds them loaded."""
    if multiprocessing.get_start_method() == "fork":
        warm_up()
    return ProcessPoolExecutor(workers, initializer=warm_up)


def _slot(item: _Pending, batch: list[_Slot]) -> _Pending:
    """A job joins the batch for the pool; anything else stays as it is."""
    if not isinstance(item, Job):
        return item
    slot = _Slot(item)
    batch.append(slot)
    return slot


def _time_to_hand_over(
    pending: deque[_Pending],
    batch: list[_Slot],
    handed: list[Future[list[Document | Failure]]],
    workers: int,
) -> bool:
    """Whether to hand the batch over now: it fills a chunk, a worker is idle, or the
    consumer's next item is in it (`handed`, the chunks handed over, keeps those not
    yet read)."""
    if not batch:
        return False
    handed[:] = [chunk for chunk in handed if not chunk.done()]
    return len(batch) >= _CHUNK or len(handed) < workers or pending[0] is batch[0]


def _hand_over(
    pool: ProcessPoolExecutor, batch: list[_Slot]
) -> list[Future[list[Document | Failure]]]:
    """Submit the batch's jobs, `_CHUNK` to a task (the tasks are returned); the batch
    starts again empty."""
    chunks = []
    for start in range(0, len(batch), _CHUNK):
        slots = batch[start : start + _CHUNK]
        chunk = pool.submit(_run_all, tuple(slot.job for slot in slots))
        for index, slot in enumerate(slots):
            slot.chunk, slot.index = chunk, index
        chunks.append(chunk)
    batch.clear()
    return chunks


def _ready(item: _Pending) -> bool:
    """Whether an item may go now: a read document, or a read job's result (an item
    waits only behind a page still to be read)."""
    if isinstance(item, _Slot):
        return item.chunk is not None and item.chunk.done()
    return not isinstance(item, Job)


def _done(item: _Pending) -> Document | Failure:
    if isinstance(item, Job):
        return item.run()
    if isinstance(item, _Slot):
        assert item.chunk is not None  # handed over before it is waited for
        try:
            return item.chunk.result()[item.index]
        except Exception as exc:  # noqa: BLE001 - a worker that died fails its files only
            return item.job.failed(exc)
    return item
