"""The read stage: files, directories, gzip, JSONL, HTML and stdin into Documents.

`read_paths` yields one `Document` per readable article and one `Failure` (stage
"read") per input that cannot be read, so one bad file never stops a run. Input is
streamed and sizes are checked before anything is loaded: `stat` for plain files, a
capped read for gzip and stdin, a capped line for JSONL. A huge file is refused
without being read into memory.

Formats, chosen by extension (inside `.gz`, by the inner extension):

    .txt, unknown    one document, id = file name stem (HTML is recognised by its start)
    .html, .htm      main text and metadata through trafilatura
    .jsonl           one record per line: {"id", "text", "title"?, "url"?, "published_at"?}
    directory        every non-hidden file below it, in sorted order
    -                stdin: JSONL when its first non-empty line is a JSON object, else text

Every text is cleaned the same way (`clean_text`). Only UTF-8 is read (an HTML page may
declare another charset); invalid bytes are refused with their offset, never guessed.
"""

from __future__ import annotations

import codecs
import gzip
import itertools
import json
import os
import re
import stat
import sys
import unicodedata
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO, Literal, Protocol

import ftfy

from eventwire.errors import (
    BinaryInput,
    EmptyInput,
    EncodingError,
    InputError,
    MalformedRecord,
    NoArticle,
    TooLarge,
    UnreadableInput,
)
from eventwire.records import DateSource, Document, Failure, content_hash
from eventwire.settings import Settings

__all__ = ["clean_text", "guess_language", "read_html", "read_paths", "read_text"]

STAGE = "read"
STDIN = "<stdin>"
Kind = Literal["text", "html", "jsonl", "auto"]
_KINDS: dict[str, Kind] = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
_STREAM_ERRORS = (OSError, EOFError, zlib.error)
_SNIFF = 8192

# Leading bytes of formats that are certainly not text.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"RIFF", "a RIFF media file"),
    (b"PK\x03\x04", "a zip archive"),
    (b"\x1f\x8b", "gzip data"),
    (b"7z\xbc\xaf", "a 7z archive"),
    (b"Rar!", "a RAR archive"),
    (b"\x7fELF", "an executable"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
)
# Bytes that occur in text: printable ASCII, tab, newlines, form feed, escape, and all
# bytes >= 0x80 (UTF-8 sequences). Whatever is left after deleting these is binary.
_TEXT_BYTES = bytes([9, 10, 12, 13, 27, *range(0x20, 0x7F), *range(0x80, 0x100)])

_NEWLINES = re.compile(r"\r\n?|[\x0b\x0c\x85\u2028\u2029]")
_INVISIBLE = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064"
    "\u2066-\u2069\ufeff\ufff9-\ufffb]"
)
# When ftfy is worth its cost. UTF-8 read as Latin-1 or cp1252 puts a lead byte
# (U+00C2-U+00F4) before a continuation byte (U+0080-U+00BF or a cp1252 punctuation
# letter); ftfy also handles HTML entities, escapes, C1 controls, ligatures, full-width
# forms and surrogates. Other text (most news, accented or not) skips ftfy, which is slow.
_CP1252 = "\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d"
_CP1252 += "\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178"
_FTFY_NEEDED = re.compile(
    f"[\u00c2-\u00f4][\u0080-\u00bf{_CP1252}]|[&\x1b\x80-\x9f\ufb00-\ufb06\uff01-\uff5e\ud800-\udfff]"
)
_TRAILING_SPACE = re.compile(r"[ \t]+\n")
_BLANK_LINES = re.compile(r"\n{3,}")
# The end of a sentence: what menus, headlines and link lists lack.
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)]*(?:\s|$)")
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


class _Stream(Protocol):
    """What the readers need from a byte stream (files, gzip, stdin)."""

    def read(self, size: int = -1, /) -> bytes: ...

    def readline(self, size: int = -1, /) -> bytes: ...


# --- public helpers -------------------------------------------------------------------


def read_paths(
    paths: Sequence[str | Path], settings: Settings, *, stdin: BinaryIO | None = None
) -> Iterator[Document | Failure]:
    """Yield a Document per readable article and a Failure per unreadable input.

    Never raises for a bad input; `-` reads stdin (or the `stdin` stream given).
    """
    for raw in paths:
        if str(raw) == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _read_stdin(stream, settings.max_document_bytes)
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
    when = _parse_date(published_at)
    return _document(
        text,
        id=id,
        origin=None,
        title=_clean_field(title),
        url=_clean_field(url),
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
        html = _decode_html(html)
    return _html_document(html, id=id, url=url, origin=None)


def clean_text(text: str) -> str:
    """Repair mojibake, drop control and zero-width characters, normalise newlines.

    Offsets of every later stage index into this cleaned text.
    """
    if _FTFY_NEEDED.search(text):
        text = ftfy.fix_text(text, uncurl_quotes=False)  # typographic quotes are kept
    elif not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    text = _NEWLINES.sub("\n", text)
    text = _INVISIBLE.sub("", text)
    text = _TRAILING_SPACE.sub("\n", text)
    return _BLANK_LINES.sub("\n\n", text).strip()


# --- language ---------------------------------------------------------------------------

# Frequent function words: a cheap language guess until a real identifier replaces it.
_WORD_LISTS = {
    "en": "the of and to in a is that for on was with as by it at from he she said his her"
    " were are be has have had an they their which not but this who been will its",
    "fr": "le la les de des du et à un une est que qui dans pour pas sur au aux par avec ce il"
    " elle sont ont été",
    "es": "el la los las de del y en un una que es por con para se su al lo como más pero fue han",
    "de": "der die das und ist nicht ein eine zu den von mit sich des auf für dem im auch es"
    " wurde sind",
    "pt": "o os a as de do da dos das e em um uma que é para com não por se na no foi",
    "it": "il lo la gli le di del della e è un una che per con non si sono nel",
    "nl": "de het een en van is in dat op te niet zijn met voor er die",
}
_FUNCTION_WORDS = {code: frozenset(words.split()) for code, words in _WORD_LISTS.items()}
_SCRIPTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("ar", re.compile("[\u0600-\u06ff]")),
    ("ru", re.compile("[\u0400-\u04ff]")),
    ("el", re.compile("[\u0370-\u03ff]")),
    ("he", re.compile("[\u0590-\u05ff]")),
    ("hi", re.compile("[\u0900-\u097f]")),
    ("th", re.compile("[\u0e00-\u0e7f]")),
    ("ja", re.compile("[\u3040-\u30ff]")),
    ("ko", re.compile("[\uac00-\ud7af]")),
    ("zh", re.compile("[\u4e00-\u9fff]")),
)
_WORD = re.compile(r"[^\W\d_]+")
_NON_LATIN = re.compile("[\u0370-\u1fff\u3040-\u9fff\uac00-\ud7af]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")


def guess_language(text: str) -> str:
    """ISO 639-1 code of the text's language by function-word ratio, or "und".

    A text mostly in a non-Latin script gets that script's main language; otherwise
    the listed language whose function words make up the largest share of the words
    (at least a tenth; ties go to "en"); "und" when nothing is clear.
    """
    sample = text[:2000]
    if not sample.isascii() and _NON_LATIN.search(sample):
        latin = len(_LATIN.findall(sample))
        counts = {code: len(rx.findall(sample)) for code, rx in _SCRIPTS}
        script = max(counts, key=counts.__getitem__)
        if counts[script] > latin:
            return script
    words = Counter(_WORD.findall(sample.lower()))
    total = sum(words.values())
    if not total:
        return "und"
    scores = {code: sum(words[w] for w in vocab) for code, vocab in _FUNCTION_WORDS.items()}
    best = max(scores, key=scores.__getitem__)  # ties go to "en", listed first
    return best if scores[best] * 10 >= total else "und"


# --- paths and directories --------------------------------------------------------------


def _read_path(path: Path, limit: int) -> Iterator[Document | Failure]:
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
        yield from _read_file(path, info.st_size, limit)


def _read_dir(root: Path, limit: int) -> Iterator[Document | Failure]:
    """Every non-hidden entry below `root`, by name; symlinked directories are not followed."""
    try:
        with os.scandir(root) as scan:
            entries = sorted((e for e in scan if not e.name.startswith(".")), key=lambda e: e.name)
    except OSError as exc:
        yield _failure(root.name, _unreadable(exc), str(root))
        return
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            yield from _read_dir(Path(entry.path), limit)
        elif not _is_linked_dir(entry):
            yield from _read_path(Path(entry.path), limit)


def _is_linked_dir(entry: os.DirEntry[str]) -> bool:
    """A symlink to a directory (not followed); a broken or looping link is not one."""
    try:
        return entry.is_symlink() and entry.is_dir()
    except OSError:
        return False


def _read_file(path: Path, size: int, limit: int) -> Iterator[Document | Failure]:
    name = path.name.lower()
    gz = name.endswith(".gz")
    kind = _kind(name.removesuffix(".gz"))
    if kind == "jsonl":
        yield from _read_jsonl_file(path, gz, limit)
    else:
        yield _read_single(path, kind, gz=gz, size=size, limit=limit)


def _kind(name: str) -> Kind:
    return _KINDS.get(os.path.splitext(name)[1], "auto")


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
        return _from_bytes(data, kind, id=doc_id, origin=source)
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


# --- bytes to documents -----------------------------------------------------------------


def _from_bytes(data: bytes, kind: Kind, *, id: str | None, origin: str) -> Document:
    if not data.strip():
        raise EmptyInput("empty input (no text, or only whitespace)")
    if kind == "html":
        return _html_document(_decode_html(data), id=id, url=None, origin=origin)
    text = _decode(data)
    if kind == "auto" and _looks_like_html(text):
        return _html_document(text, id=id, url=None, origin=origin)
    return _document(text, id=id, origin=origin)


def _check_binary(data: bytes) -> None:
    """Raise BinaryInput for images, archives and other non-text bytes."""
    head = data[:_SNIFF]
    for magic, what in _MAGIC:
        if head.startswith(magic):
            raise BinaryInput(f"binary data ({what}), not text")
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise EncodingError("UTF-16 text; only UTF-8 is read")
    nul = data.find(b"\x00")
    if nul >= 0:
        raise BinaryInput(f"binary data (NUL byte at offset {nul}), not text")
    controls = len(head.translate(None, _TEXT_BYTES))
    if controls * 10 > len(head):
        raise BinaryInput(
            f"binary data ({controls} control bytes in the first {len(head)}), not text"
        )


def _decode(data: bytes, encoding: str = "utf-8") -> str:
    """Text of `data`, refusing binary data and undecodable bytes (with their offset)."""
    _check_binary(data)
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise EncodingError(
            f"invalid {encoding} at byte offset {exc.start} (0x{data[exc.start]:02x});"
            " only UTF-8 is read"
        ) from None


def _decode_html(data: bytes) -> str:
    """UTF-8, or the charset the page declares when it is not valid UTF-8."""
    try:
        return _decode(data)
    except EncodingError:
        declared = _declared_charset(data)
        if declared is None:
            raise
        return _decode(data, declared)


def _declared_charset(data: bytes) -> str | None:
    match = _CHARSET.search(data[:4096])
    if match is None:
        return None
    try:
        name = codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return None
    return None if name == "utf-8" else name


def _looks_like_html(text: str) -> bool:
    return text.lstrip()[:15].lower().startswith(("<!doctype html", "<html"))


def _document(
    text: str,
    *,
    id: str | None,
    origin: str | None,
    title: str | None = None,
    url: str | None = None,
    published_at: date | None = None,
    published_at_source: DateSource = "none",
    author: str | None = None,
    site: str | None = None,
) -> Document:
    """A Document of cleaned text; the id defaults to the content hash."""
    clean = clean_text(text)
    if not clean:
        raise EmptyInput("empty input (no text, or only whitespace)")
    digest = content_hash(clean)
    return Document(
        id=id or digest,
        text=clean,
        url=url,
        title=title,
        published_at=published_at,
        published_at_source=published_at_source,
        language=guess_language(clean),
        content_hash=digest,
        author=author,
        site=site,
        origin=origin,
    )


def _clean_field(value: str | None) -> str | None:
    """A one-line metadata value (title, author, site), or None when blank."""
    if value is None:
        return None
    return " ".join(clean_text(value).split()) or None


# --- HTML -------------------------------------------------------------------------------


def _html_document(html: str, *, id: str | None, url: str | None, origin: str | None) -> Document:
    """Main text and metadata of a page through trafilatura; NoArticle when it has none."""
    from trafilatura import bare_extraction  # imported on first use: it is slow to load

    if not html.strip():
        raise EmptyInput("empty page")
    # extensive_search=False: an undated page must stay undated, not take the
    # copyright year of its footer (1 January of that year) as its date.
    date_params = {"extensive_search": False, "original_date": True}
    try:
        page: Any = bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            date_extraction_params=date_params,
        )
    except Exception as exc:  # lxml and trafilatura errors on broken markup
        raise NoArticle(f"the HTML page could not be parsed ({type(exc).__name__})") from None
    if page is None or not _has_prose(page.text or ""):
        raise NoArticle("no article text found in the HTML page (only links or page furniture)")
    published = _iso_date(page.date)
    return _document(
        page.text,
        id=id,
        origin=origin,
        title=_clean_field(page.title),
        url=_clean_field(page.url) or url,
        published_at=published,
        published_at_source="meta" if published else "none",
        author=_clean_field(page.author),
        site=_clean_field(page.sitename),
    )


def _has_prose(text: str) -> bool:
    """Whether the text has a sentence (six words or more, ended by punctuation)."""
    for line in text.splitlines():
        *sentences, _rest = _SENTENCE_END.split(line)
        if any(len(sentence.split()) >= 6 for sentence in sentences):
            return True
    return False


def _iso_date(value: object) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


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
        _check_binary(data)
    except InputError as exc:
        return exc
    return None


def _record(raw: bytes, lineno: int, origin: str, fallback_id: str) -> Document | Failure:
    """One JSONL line as a Document, or a Failure whose message names the line."""
    doc_id = fallback_id
    try:
        obj = _json_object(raw)
        given_id = _record_id(obj)
        doc_id = given_id or fallback_id
        when = _parse_date(obj.get("published_at"))
        return _document(
            _required_text(obj),
            id=given_id,
            origin=origin,
            title=_optional_str(obj, "title"),
            url=_optional_str(obj, "url"),
            published_at=when,
            published_at_source="given" if when else "none",
        )
    except InputError as exc:
        return Failure(doc_id, STAGE, exc.reason, f"line {lineno}: {exc.message}", origin)


def _json_object(raw: bytes) -> dict[str, Any]:
    try:
        line = raw.decode("utf-8").lstrip("\ufeff")
    except UnicodeDecodeError as exc:
        raise EncodingError(
            f"invalid UTF-8 at byte offset {exc.start} of the line (0x{raw[exc.start]:02x})"
        ) from None
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise MalformedRecord(f"not valid JSON ({exc.msg} at column {exc.colno})") from None
    except (ValueError, RecursionError) as exc:  # huge numbers, absurd nesting
        raise MalformedRecord(f"not valid JSON ({type(exc).__name__})") from None
    if not isinstance(obj, dict):
        raise MalformedRecord(f"expected a JSON object, got {type(obj).__name__}")
    return obj


def _record_id(obj: dict[str, Any]) -> str | None:
    value = obj.get("id")
    if value is None:
        return None
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    raise MalformedRecord('"id" must be a string or an integer')


def _required_text(obj: dict[str, Any]) -> str:
    text = obj.get("text")
    if not isinstance(text, str):
        raise MalformedRecord('no "text" string in the record')
    return text


def _optional_str(obj: dict[str, Any], key: str) -> str | None:
    value = obj.get(key)
    if value is not None and not isinstance(value, str):
        raise MalformedRecord(f'"{key}" must be a string')
    return _clean_field(value)


def _parse_date(value: object) -> date | None:
    """An ISO date or datetime (its calendar date as written); MalformedRecord if not."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
        try:
            return datetime.fromisoformat(value).date()
        except ValueError:
            pass
    raise MalformedRecord(f"published_at {value!r} is not an ISO date or datetime")


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
        return _from_bytes(data, "auto", id=None, origin=STDIN)
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
