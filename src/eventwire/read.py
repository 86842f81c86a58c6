"""The read stage: files, directories, gzip, JSONL, HTML, feeds, archives, URLs and
stdin into Documents.

`read_paths` yields one `Document` per readable article and one `Failure` (stage
"read") per input that cannot be read, so one bad file never stops a run. Input is
streamed and sizes are checked before anything is loaded: `stat` for plain files, a
capped read for gzip and stdin, a capped line for JSONL. A huge file is refused
without being read into memory.

Formats, chosen by extension (inside `.gz`, by the inner extension):

    .txt, unknown    one document, id = file name stem (HTML is recognised by its start)
    .html, .htm      main text (`maintext.py`, else trafilatura) and metadata, in a pool
                     of `read_workers` processes
    .jsonl           one record per line: {"id", "text", "title"?, "url"?, "published_at"?}
    directory        every non-hidden file below it, in sorted order
    -                stdin: JSONL when its first non-empty line is a JSON object, else text
    .rss, .atom      a feed: one document per item (`eventwire.feeds`); `.xml`, `.json` and
                     unknown files too when their content is an RSS/Atom/RDF or JSON Feed
    .warc, .arc      a crawl archive (maybe `.gz`): one document per HTML page (`eventwire.warc`)
    http(s)://...    a URL, fetched (`eventwire.fetch`): a page, or a feed's items
    .urls            a list of URLs, one per line (`#` comments), each fetched; named on
                     the command line only (a directory walk passes over it)

Every text is cleaned the same way (`clean_text`). Only UTF-8 is read (an HTML page may
declare another charset); invalid bytes are refused with their offset, never guessed.

This module owns the sources (paths, directories, gzip, stdin) and turns errors into
Failures; `eventwire.formats` turns one input's content into a Document and
`eventwire.text` holds the text hygiene (`clean_text` and `guess_language` are
re-exported here).
"""

from __future__ import annotations

import gzip
import itertools
import json
import os
import stat
import sys
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO, Protocol

from eventwire import feeds, fetch, readpool, warc
from eventwire.errors import EmptyInput, InputError, TooLarge, UnreadableInput
from eventwire.formats import (
    Kind,
    clean_field,
    from_bytes,
    html_bytes_document,
    html_document,
    json_object,
    kind_of,
    make_document,
    optional_str,
    parse_date,
    record_id,
    required_text,
)
from eventwire.records import Document, Failure
from eventwire.settings import Settings
from eventwire.text import check_binary, clean_text, guess_language

__all__ = ["clean_text", "guess_language", "read_html", "read_paths", "read_text"]

STAGE = "read"
_Item = Document | Failure | readpool.Job  # what the walk yields: documents, or pages to read
STDIN = "<stdin>"
_STREAM_ERRORS = (OSError, EOFError, zlib.error)


class _Stream(Protocol):
    """What the readers need from a byte stream (files, gzip, stdin)."""

    def read(self, size: int = -1, /) -> bytes: ...

    def readline(self, size: int = -1, /) -> bytes: ...


# --- public helpers -------------------------------------------------------------------


def read_paths(
    paths: Sequence[str | Path],
    settings: Settings,
    *,
    stdin: BinaryIO | None = None,
    fetcher: fetch.Fetcher | None = None,
) -> Iterator[Document | Failure]:
    """Yield a Document per readable article and a Failure per unreadable input.

    Never raises for a bad input; `-` reads stdin (or the `stdin` stream given). URLs
    and `.urls` files are fetched with `fetcher` (made on first use when not given).
    Many HTML files are read by a pool of `read_workers` processes, in order.
    """
    web = fetch.Web(settings, fetcher)
    try:
        yield from readpool.resolve(_read_all(paths, settings, stdin, web), settings.read_workers)
    finally:
        web.close()


def _read_all(
    paths: Sequence[str | Path], settings: Settings, stdin: BinaryIO | None, web: fetch.Web
) -> Iterator[_Item]:
    for raw in paths:
        if str(raw) == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _read_stdin(stream, settings.max_document_bytes)
        elif fetch.is_url(str(raw)) or fetch.is_url_list(str(raw)):
            yield from web.read(str(raw))
        else:
            yield from _read_path(Path(raw), settings.max_document_bytes)


def read_text(
    text: str,
    *,
    id: str | None = None,
    title: str | None = None,
    url: str | None = None,
    published_at: date | str | None = None,
) -> Document:
    """A cleaned Document from plain text; raises EmptyInput or MalformedRecord (date)."""
    when = parse_date(published_at)
    return make_document(
        text,
        id=id,
        origin=None,
        title=clean_field(title),
        url=clean_field(url),
        published_at=when,
        published_at_source="given" if when else "none",
    )


def read_html(html: str | bytes, *, id: str | None = None, url: str | None = None) -> Document:
    """The article of an HTML page (main text, title, date, author, site).

    Raises EmptyInput, BinaryInput, EncodingError, or NoArticle when the page has no
    main text.
    """
    if isinstance(html, bytes):
        if not html.strip():
            raise EmptyInput("empty page")
        return html_bytes_document(html, id=id, url=url, origin=None)
    return html_document(html, id=id, url=url, origin=None)


# --- paths and directories --------------------------------------------------------------


def _read_path(path: Path, limit: int) -> Iterator[_Item]:
    """One path: a directory is walked, a regular file read, anything else refused."""
    try:
        info = path.stat()
    except (OSError, ValueError) as exc:  # missing, broken or looping link, NUL in name
        yield _failure(_file_id(path), _unreadable(exc), str(path))
        return
    if stat.S_ISDIR(info.st_mode):
        yield from _read_dir(path, limit)
    elif not stat.S_ISREG(info.st_mode):
        error = UnreadableInput("not a regular file (a FIFO, socket or device)")
        yield _failure(_file_id(path), error, str(path))
    else:
        yield from _guarded(_read_file(path, info.st_size, limit), path)


def _guarded(items: Iterator[_Item], path: Path) -> Iterator[_Item]:
    """A bug met while reading one file becomes that file's Failure (reason "internal")
    instead of ending the run; what was read before it stands."""
    try:
        yield from items
    except Exception as exc:  # noqa: BLE001 - one file must never stop the batch
        message = f"{type(exc).__name__}: {exc}"
        yield Failure(_file_id(path), STAGE, "internal", message, str(path))


def _read_dir(root: Path, limit: int) -> Iterator[_Item]:
    """Every non-hidden article file below `root`, by name; symlinked directories are not
    followed."""
    try:
        with os.scandir(root) as scan:
            entries = sorted((e for e in scan if not e.name.startswith(".")), key=lambda e: e.name)
    except OSError as exc:
        yield _failure(root.name, _unreadable(exc), str(root))
        return
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            yield from _read_dir(Path(entry.path), limit)
        elif not _is_linked_dir(entry) and _is_article_file(entry.name):
            yield from _read_path(Path(entry.path), limit)


# Documentation, code and data files that sit beside articles in a folder; a walk passes
# over them (a file named on the command line is read whatever its name).
_NOT_NEWS_SUFFIXES = frozenset(
    ".md .rst .py .json .csv .tsv .yml .yaml .toml .cfg .ini .sh .js .css .sql .lock .urls".split()
)
_NOT_NEWS_NAMES = frozenset({"readme", "license", "licence", "copying", "makefile", "notice"})


def _is_article_file(name: str) -> bool:
    """Whether a file met in a directory walk may be an article."""
    stem, suffix = os.path.splitext(name.lower().removesuffix(".gz"))
    return suffix not in _NOT_NEWS_SUFFIXES and stem not in _NOT_NEWS_NAMES


def _is_linked_dir(entry: os.DirEntry[str]) -> bool:
    """A symlink to a directory (not followed); a broken or looping link is not one."""
    try:
        return entry.is_symlink() and entry.is_dir()
    except OSError:
        return False


def _read_file(path: Path, size: int, limit: int) -> Iterator[_Item]:
    name = path.name.lower()
    gz = name.endswith(".gz")
    kind = kind_of(name.removesuffix(".gz"))
    if warc.is_archive_name(name):
        yield from warc.read_archive(path, limit)
    elif kind == "auto" and feeds.is_feed_file(path):
        yield from feeds.read_feed_file(path, limit)
    elif kind == "jsonl":
        yield from _read_jsonl_file(path, gz, limit)
    elif kind == "html":
        yield _HtmlJob(path, kind, gz, size, limit)  # read by `readpool.resolve`, maybe in a pool
    else:
        yield _read_single(path, kind, gz=gz, size=size, limit=limit)


def _file_id(path: Path) -> str:
    """A file's document id: its name without `.gz` and without its extension."""
    name = path.name
    if name.lower().endswith(".gz"):
        name = name[:-3]
    return Path(name).stem or name or str(path)


def _read_single(path: Path, kind: Kind, *, gz: bool, size: int, limit: int) -> Document | Failure:
    """A file holding one document (text or HTML, maybe gzipped)."""
    doc_id, source = _file_id(path), str(path)
    try:
        if not gz and size > limit:
            raise TooLarge(
                f"file is {size:,} bytes, over the limit of {limit:,} (max_document_bytes)"
            )
        if gz:
            with gzip.open(path, "rb") as stream:
                data = _read_capped(stream, limit, "decompressed text")
        else:
            with open(path, "rb") as stream:
                data = _read_capped(stream, limit, "file")
        return from_bytes(data, kind, id=doc_id, origin=source)
    except InputError as exc:
        return _failure(doc_id, exc, source)
    except _STREAM_ERRORS as exc:
        return _failure(doc_id, _unreadable(exc), source)


def _read_capped(stream: _Stream, limit: int, what: str) -> bytes:
    """At most `limit` bytes of a stream; TooLarge, without reading on, if it has more."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise TooLarge(f"{what} is over the limit of {limit:,} bytes (max_document_bytes)")
    return data


# --- HTML files, read in a process pool (`readpool`) ---------------------------------


@dataclass(frozen=True, slots=True)
class _HtmlJob(readpool.Job):
    """An HTML file still to read (picklable: it may be read in a worker process)."""

    path: Path
    kind: Kind
    gz: bool
    size: int
    limit: int

    def run(self) -> Document | Failure:
        try:
            return _read_single(self.path, self.kind, gz=self.gz, size=self.size, limit=self.limit)
        except Exception as exc:  # noqa: BLE001 - one file must never stop the batch
            return self.failed(exc)

    def failed(self, exc: BaseException) -> Failure:
        message = f"{type(exc).__name__}: {exc}"
        return Failure(_file_id(self.path), STAGE, "internal", message, str(self.path))


# --- JSONL ------------------------------------------------------------------------------

Line = tuple[int, bytes | None]  # line number, and the line (None: over the size limit)


def _read_jsonl_file(path: Path, gz: bool, limit: int) -> Iterator[Document | Failure]:
    source, prefix = str(path), _file_id(path)
    try:
        stream: Any = gzip.open(path, "rb") if gz else open(path, "rb")  # noqa: SIM115
    except OSError as exc:
        yield _failure(prefix, _unreadable(exc), source)
        return
    with stream:
        yield from _read_records(_lines(stream, limit), source, prefix, limit)


def _lines(stream: _Stream, limit: int) -> Iterator[Line]:
    """Numbered lines, each read with a cap; an overlong line is skipped, not loaded."""
    for lineno in itertools.count(1):
        line = stream.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            while (rest := stream.readline(1 << 16)) and not rest.endswith(b"\n"):
                pass
            yield lineno, None
        else:
            yield lineno, line


def _read_records(
    lines: Iterable[Line], source: str, prefix: str, limit: int
) -> Iterator[Document | Failure]:
    """One Document per JSONL line; a bad line is a Failure naming it, the rest go on.

    A stream that breaks (truncated gzip) yields what was read, then a Failure.
    """
    seen = False
    try:
        for lineno, raw in lines:
            where = f"{source}:{lineno}"
            if raw is None:
                error = TooLarge(
                    f"line {lineno}: over the limit of {limit:,} bytes (max_document_bytes)"
                )
                yield _failure(f"{prefix}:{lineno}", error, where)
                continue
            if not raw.strip():
                continue
            if not seen:
                seen = True
                binary = _binary_error(raw)
                if binary is not None:
                    yield _failure(prefix, binary, source)
                    return
            yield _record(raw, lineno, where, f"{prefix}:{lineno}")
    except _STREAM_ERRORS as exc:
        yield _failure(prefix, _unreadable(exc), source)


def _binary_error(data: bytes) -> InputError | None:
    try:
        check_binary(data)
    except InputError as exc:
        return exc
    return None


def _record(raw: bytes, lineno: int, origin: str, fallback_id: str) -> Document | Failure:
    """One JSONL line as a Document, or a Failure whose message names the line."""
    doc_id = fallback_id
    try:
        obj = json_object(raw)
        given_id = record_id(obj)
        doc_id = given_id or fallback_id
        when = parse_date(obj.get("published_at"))
        return make_document(
            required_text(obj),
            id=given_id,
            origin=origin,
            title=optional_str(obj, "title"),
            url=optional_str(obj, "url"),
            published_at=when,
            published_at_source="given" if when else "none",
        )
    except InputError as exc:
        return Failure(doc_id, STAGE, exc.reason, f"line {lineno}: {exc.message}", origin)


# --- stdin ------------------------------------------------------------------------------


def _read_stdin(stream: _Stream, limit: int) -> Iterator[Document | Failure]:
    """JSONL when the first non-empty line is a JSON object, else one text document."""
    lines = _lines(stream, limit)
    head: list[Line] = []
    try:
        for item in lines:
            head.append(item)
            if item[1] is None or item[1].strip():
                break
    except _STREAM_ERRORS as exc:
        yield _failure("stdin", _unreadable(exc), STDIN)
        return
    first = head[-1][1] if head else None
    if first is not None and _is_json_object(first):
        yield from _read_records(itertools.chain(head, lines), STDIN, "stdin", limit)
    else:
        yield _stdin_text(head, stream, limit)


def _stdin_text(head: list[Line], stream: _Stream, limit: int) -> Document | Failure:
    try:
        if any(raw is None for _, raw in head):
            raise TooLarge(f"stdin is over the limit of {limit:,} bytes (max_document_bytes)")
        start = b"".join(raw for _, raw in head if raw is not None)
        data = start + _read_capped(stream, limit - len(start), "stdin")
        return from_bytes(data, "auto", id=None, origin=STDIN)
    except InputError as exc:
        return _failure("stdin", exc, STDIN)
    except _STREAM_ERRORS as exc:
        return _failure("stdin", _unreadable(exc), STDIN)


def _is_json_object(raw: bytes) -> bool:
    try:
        return isinstance(json.loads(raw), dict)
    except (ValueError, RecursionError):
        return False


# --- failures ---------------------------------------------------------------------------


def _failure(doc_id: str, error: InputError, source: str) -> Failure:
    return Failure(doc_id, STAGE, error.reason, error.message, source)


def _unreadable(exc: BaseException) -> UnreadableInput:
    """One-line UnreadableInput for an I/O, gzip or decompression error."""
    if isinstance(exc, EOFError):
        return UnreadableInput("truncated gzip stream (it ends before its end marker)")
    if isinstance(exc, gzip.BadGzipFile):
        return UnreadableInput(f"not a valid gzip file ({exc})")
    if isinstance(exc, zlib.error):
        return UnreadableInput(f"corrupt gzip data ({exc})")
    if isinstance(exc, OSError) and exc.strerror:
        return UnreadableInput(f"cannot read: {exc.strerror}")
    return UnreadableInput(f"cannot read: {exc}")
