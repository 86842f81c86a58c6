"""Reading pages in a pool of processes, results in input order.

An HTML page costs tens of milliseconds of CPU (trafilatura), so a directory of pages
is read by `read_workers` processes once it holds `_POOL_MIN` of them; results come
back in input order, at most `_AHEAD` per worker read ahead of the consumer. What is
read in a worker is a `Job`: a picklable description of one input.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from eventwire.records import Document, Failure

_POOL_MIN = 8
_AHEAD = 16


class Job:
    """One input still to read; subclasses are picklable frozen dataclasses."""

    __slots__ = ()

    def run(self) -> Document | Failure:
        raise NotImplementedError

    def failed(self, exc: BaseException) -> Failure:
        raise NotImplementedError


def _run(job: Job) -> Document | Failure:
    return job.run()


_Pending = Document | Failure | Job | tuple[Job, "Future[Document | Failure]"]


def resolve(
    items: Iterable[Document | Failure | Job], workers: int
) -> Iterator[Document | Failure]:
    """The items in order, HTML jobs read: in a pool of `workers` processes once
    `_POOL_MIN` jobs have been met (fewer are read here: a pool costs more to start)."""
    pending: deque[_Pending] = deque()
    pool: ProcessPoolExecutor | None = None
    jobs, ahead = 0, max(1, workers) * _AHEAD
    try:
        for item in items:
            if isinstance(item, Job):
                jobs += 1
                if pool is None and jobs >= _POOL_MIN and _can_fork(workers):
                    pool = ProcessPoolExecutor(workers)
                    pending = deque(_submit(pool, p) for p in pending)
            pending.append(item if pool is None else _submit(pool, item))
            while pending and (len(pending) > ahead or _ready(pending[0])):
                yield _done(pending.popleft())
        while pending:
            yield _done(pending.popleft())
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)


def _can_fork(workers: int) -> bool:
    """Whether a pool is worth it and allowed (a daemon process, such as a worker of
    another pool, may not have children)."""
    return workers > 1 and not multiprocessing.current_process().daemon


def _ready(item: _Pending) -> bool:
    """Whether an item may go now: a read document, or a read job's result (an item
    waits only behind a page still to be read)."""
    if isinstance(item, tuple):
        return item[1].done()
    return not isinstance(item, Job)


def _submit(pool: ProcessPoolExecutor, item: _Pending) -> _Pending:
    return (item, pool.submit(_run, item)) if isinstance(item, Job) else item


def _done(item: _Pending) -> Document | Failure:
    if isinstance(item, Job):
        return item.run()
    if isinstance(item, tuple):
        job, future = item
        try:
            return future.result()
        except Exception as exc:  # noqa: BLE001 - a worker that died fails its file only
            return job.failed(exc)
    return item
