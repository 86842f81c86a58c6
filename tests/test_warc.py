"""Crawl archives (WARC, ARC, gzipped or not) into Documents, built here with warcio."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from eventwire.read import read_paths
from eventwire.records import Document, Failure
from eventwire.settings import Settings
from eventwire.warc import ArchiveStats, is_archive_name, read_archive

LIMIT = 5_000_000


def _page(town: str) -> bytes:
    return (
        f"<html><head><title>News from {town}</title></head><body><nav>Home | World</nav>"
        f"<article><h1>Market reopens in {town}</h1><p>Traders in {town} reopened the "
        "central market on Monday after a week of closures, the town council said.</p>"
        "<p>Most stalls were open by noon and prices were stable.</p></article>"
        "</body></html>"
    ).encode()


def _write(writer: WARCWriter, uri: str, kind: str, body: bytes = b"", **more: Any) -> None:
    payload = io.BytesIO(body)
    record = writer.create_warc_record(uri, kind, payload=payload, length=len(body), **more)
    writer.write_record(record)
    record.raw_stream.close()


def _response(
    writer: WARCWriter, uri: str, body: bytes, status: str = "200 OK", media: str = "text/html"
) -> None:
    headers = [("Content-Type", f"{media}; charset=utf-8"), ("Content-Length", str(len(body)))]
    http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
    _write(writer, uri, "response", body, http_headers=http)


def _archive(path: Path, *, gzip: bool) -> Path:
    """An archive of every kind of record the reader meets; two are news pages."""
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gzip)
        _write(writer, "", "warcinfo", b"software: tests\r\n")
        request = StatusAndHeaders(
            "GET /a HTTP/1.1", [("Host", "a.example.org")], is_http_request=True
        )
        _write(writer, "https://a.example.org/a", "request", http_headers=request)
        _response(writer, "https://a.example.org/a", _page("Ashford"))
        _response(writer, "https://a.example.org/logo.png", b"\x89PNG....", media="image/png")
        _response(writer, "https://a.example.org/gone", _page("Nowhere"), status="404 Not Found")
        _response(writer, "https://b.example.org/b", _page("Brookfield"))
        _write(writer, "https://b.example.org/b", "metadata", b"via: test\r\n")
    return path


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_html_responses_become_documents(tmp_path: Path, name: str) -> None:
    path = _archive(tmp_path / name, gzip=name.endswith(".gz"))
    stats = ArchiveStats()
    items = list(read_archive(path, LIMIT, stats=stats))
    assert all(isinstance(i, Document) for i in items)
    docs = [i for i in items if isinstance(i, Document)]
    assert [d.id for d in docs] == ["https://a.example.org/a", "https://b.example.org/b"]
    assert docs[0].url == "https://a.example.org/a"
    assert "Traders in Ashford reopened the central market" in docs[0].text
    assert docs[0].origin is not None and docs[0].origin.startswith(f"{path}@")
    # Skipped records are counted, not failures.
    assert (stats.records, stats.documents, stats.failed) == (7, 2, 0)
    assert (stats.not_response, stats.not_ok, stats.not_html) == (3, 1, 1)


@pytest.mark.parametrize("name", ["cut.warc", "cut.warc.gz"])
def test_truncated_archive_is_read_as_far_as_it_goes(tmp_path: Path, name: str) -> None:
    whole = _archive(tmp_path / f"whole-{name}", gzip=name.endswith(".gz")).read_bytes()
    # Cut inside the last page (the metadata record after it is about 300 bytes).
    cut = tmp_path / name
    marker = whole.rfind(b"Brookfield") if not name.endswith(".gz") else len(whole) - 400
    cut.write_bytes(whole[:marker])
    items = list(read_archive(cut, LIMIT))
    docs = [i.id for i in items if isinstance(i, Document)]
    failures = [i for i in items if isinstance(i, Failure)]
    assert docs == ["https://a.example.org/a"]
    assert [f.reason for f in failures] == ["truncated-archive"]
    assert failures[0].doc_id == "cut" and "breaks off" in failures[0].message


def test_garbage_archive_is_one_failure(tmp_path: Path) -> None:
    path = tmp_path / "junk.warc"
    path.write_bytes(b"this is not a web archive at all\n" * 10)
    [failure] = list(read_archive(path, LIMIT))
    assert isinstance(failure, Failure) and failure.reason == "truncated-archive"


def test_oversized_record_is_a_failure_and_the_rest_is_read(tmp_path: Path) -> None:
    path = tmp_path / "big.warc"
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=False)
        _response(writer, "https://c.example.org/huge", _page("Bigtown") + b" " * 5000)
        _response(writer, "https://c.example.org/small", _page("Smallville"))
    items = list(read_archive(path, limit=2000))
    assert [(type(i).__name__, i.id if isinstance(i, Document) else i.reason) for i in items] == [
        ("Failure", "too-large"),
        ("Document", "https://c.example.org/small"),
    ]


def test_arc_file(tmp_path: Path) -> None:
    body = _page("Oakridge")
    http = (
        b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n"
        + f"Content-Length: {len(body)}\r\n\r\n".encode()
        + body
    )
    desc = b"1 0 tests\nURL IP-address Archive-date Content-type Archive-length\n"
    head = f"filedesc://t.arc 0.0.0.0 20240101000000 text/plain {len(desc)}\n".encode()
    page = f"http://o.example.org/ 10.0.0.1 20240102030405 text/html {len(http)}\n".encode()
    path = tmp_path / "old.arc"
    path.write_bytes(head + desc + b"\n" + page + http + b"\n")
    items = list(read_archive(path, LIMIT))
    assert [i.id for i in items] == ["http://o.example.org/"]
    assert isinstance(items[0], Document) and "Oakridge" in items[0].text


def test_read_paths_dispatches_archives(settings: Settings, tmp_path: Path) -> None:
    _archive(tmp_path / "crawl.warc.gz", gzip=True)
    items = list(read_paths([str(tmp_path)], settings))
    assert [i.id for i in items] == ["https://a.example.org/a", "https://b.example.org/b"]


def test_archive_names() -> None:
    assert is_archive_name("x.WARC.gz") and is_archive_name("y.arc")
    assert not is_archive_name("warc.txt") and not is_archive_name("x.gz")


def test_gzip_archive_cut_in_its_last_member(tmp_path: Path) -> None:
    whole = _archive(tmp_path / "whole.warc.gz", gzip=True).read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(whole[:-30])  # inside the metadata record's gzip member
    items = list(read_archive(cut, LIMIT))
    assert [i.id for i in items if isinstance(i, Document)] == [
        "https://a.example.org/a",
        "https://b.example.org/b",
    ]
    assert [i.reason for i in items if isinstance(i, Failure)] == ["truncated-archive"]
