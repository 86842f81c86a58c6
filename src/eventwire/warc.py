"""Crawl archives into Documents: WARC and ARC files, plain or gzipped, streamed.

`read_archive` walks an archive record by record with warcio's `ArchiveIterator`
and never holds more than one record's payload (capped at `max_document_bytes`), so
an archive of any size reads in bounded memory. Each HTTP `response` record with
status 200 and an HTML content type becomes a Document through the HTML reader
(`eventwire.formats.html_document`), with the record's WARC-Target-URI as its id and
url. Other records (requests, metadata, images, redirects, errors) are skipped and
counted in `ArchiveStats`, not reported as failures.

An archive that breaks off (cut in a record, corrupt gzip, garbage where a record
header should be) is read as far as it goes; the break is one Failure with reason
"truncated-archive". A record over the size cap is one Failure ("too-large").
"""

from __future__ import annotations

import logging
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from eventwire.errors import InputError, TooLarge, TruncatedArchive, UnreadableInput
from eventwire.formats import html_bytes_document
from eventwire.records import Document, Failure

__all__ = ["ARCHIVE_SUFFIXES", "ArchiveStats", "is_archive_name", "read_archive"]

log = logging.getLogger(__name__)

STAGE = "read"
ARCHIVE_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_CHUNK = 1 << 16


@dataclass(slots=True)
class ArchiveStats:
    """What reading an archive met, record by record."""

    records: int = 0
    documents: int = 0
    failed: int = 0
    not_response: int = 0  # warcinfo, request, metadata, revisit ... records
    not_ok: int = 0  # responses with a status other than 200
    not_html: int = 0  # 200 responses that are not HTML pages

    @property
    def skipped(self) -> int:
        return self.not_response + self.not_ok + self.not_html


def is_archive_name(name: str) -> bool:
    """Whether a file name is a crawl archive's (.warc, .warc.gz, .arc, .arc.gz)."""
    return name.lower().endswith(ARCHIVE_SUFFIXES)


def read_archive(
    path: Path, limit: int, *, stats: ArchiveStats | None = None
) -> Iterator[Document | Failure]:
    """A Document per HTML page in the archive, a Failure per record that cannot be
    read, and one Failure when the archive breaks off. Streams; never raises."""
    stats = stats if stats is not None else ArchiveStats()
    source, archive_id = str(path), _archive_id(path)
    try:
        stream = open(path, "rb")  # noqa: SIM115 - closed below, after the generator's last yield
    except OSError as exc:
        stats.failed += 1
        reason = exc.strerror or str(exc)
        yield _failure(archive_id, UnreadableInput(f"cannot read: {reason}"), source)
        return
    with stream:
        iterator = _iterator_class()(stream, arc2warc=True)
        # Parse only the format the name says: garbage must not pass for ARC headers.
        iterator.known_format = "arc" if _is_arc(path) else "warc"
        broken = yield from _records(iterator, source, limit, stats)
        if broken is None and not iterator.ended_cleanly:
            broken = "the last gzip member ends before its end (the file is cut short)"
    if broken is not None:
        stats.failed += 1
        message = f"archive breaks off after {stats.records} records: {broken}"
        yield _failure(archive_id, TruncatedArchive(message), source)
    log.info("%s: %s", source, stats)


def _records(
    iterator: Any, source: str, limit: int, stats: ArchiveStats
) -> Generator[Document | Failure, None, str | None]:
    """Documents and Failures of the records; returns why the archive broke, or None."""
    records = iter(iterator)
    while True:
        offset = iterator.offset
        try:
            record = next(records)
        except StopIteration:
            return None
        except Exception as exc:  # noqa: BLE001 - warcio raises many kinds on broken input
            return f"{type(exc).__name__}: {' '.join(str(exc).split())[:200]}"
        stats.records += 1
        item = _record(record, f"{source}@{offset}", limit, stats)
        if _cut_short(record):
            return f"record at offset {offset} is cut short"
        if item is not None:
            if isinstance(item, Failure):
                stats.failed += 1
            else:
                stats.documents += 1
            yield item


def _record(record: Any, origin: str, limit: int, stats: ArchiveStats) -> Document | Failure | None:
    """The Document of an HTML 200 response; None (counted) for any other record."""
    if record.rec_type != "response" or record.http_headers is None:
        stats.not_response += 1
        return None
    if record.http_headers.get_statuscode() != "200":
        stats.not_ok += 1
        return None
    media = (record.http_headers.get_header("Content-Type") or "").split(";")[0]
    if media.strip().lower() not in _HTML_TYPES:
        stats.not_html += 1
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI") or None
    try:
        data = record.content_stream().read(limit + 1)
        if len(data) > limit:
            raise TooLarge(f"record is over the limit of {limit:,} bytes (max_document_bytes)")
        if _cut_short(record):
            return None  # the archive's break is reported once, by the caller
        return html_bytes_document(data, id=uri, url=uri, origin=origin)
    except InputError as exc:
        return _failure(uri or origin, exc, origin)
    except Exception as exc:  # noqa: BLE001 - a broken HTTP body (chunking, gzip) is this record's problem
        message = f"the record's HTTP body cannot be read ({type(exc).__name__})"
        return _failure(uri or origin, UnreadableInput(message), origin)


def _cut_short(record: Any) -> bool:
    """Whether the record's block ends before its Content-Length (read to its end first)."""
    raw = record.raw_stream
    while raw.read(_CHUNK):
        pass
    return int(getattr(raw, "limit", 0) or 0) > 0


@cache
def _iterator_class() -> Any:
    """warcio's ArchiveIterator, told apart at its end: a gzip member cut short ends
    the iteration silently, so we look at the last decompressor before it is closed."""
    from warcio.archiveiterator import ArchiveIterator  # imported on first use

    class Iterator(ArchiveIterator):  # type: ignore[misc] # warcio ships no types
        ended_cleanly = True

        def close(self) -> None:
            reader = self.reader
            decompressor = getattr(reader, "decompressor", None)
            if decompressor is not None and not getattr(decompressor, "eof", True):
                self.ended_cleanly = False
            super().close()

    return Iterator


def _is_arc(path: Path) -> bool:
    return path.name.lower().removesuffix(".gz").endswith(".arc")


def _archive_id(path: Path) -> str:
    name = path.name
    for suffix in (".gz", ".warc", ".arc"):
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
    return name or str(path)


def _failure(doc_id: str, error: InputError, source: str) -> Failure:
    return Failure(doc_id, STAGE, error.reason, error.message, source)
