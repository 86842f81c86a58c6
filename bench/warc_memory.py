"""Memory and speed of the WARC reader on a generated archive (no NLP).

Writes an archive of about `--mb` megabytes into a temporary directory (in a child
process, so that writing does not count towards the reader's memory), then streams it
through `eventwire.warc.read_archive` (each HTML page through the HTML reader) and
prints records/s, MB/s and peak RSS. The archive mixes news pages of 5-60 KB, images
and 404s (skipped), and a few 8 MB pages over `max_document_bytes` (refused), so the
peak shows that memory is bounded by one record, not by the archive. The archive is
deleted at the end.

    .venv/bin/python bench/warc_memory.py --mb 300 [--gzip]
"""

from __future__ import annotations

import argparse
import io
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WORDS = (
    "the council police market river road town district officials said on monday tuesday "
    "residents protest farmers workers strike army soldiers rebels clashes near village "
    "province governor election week month report bridge school hospital water prices "
    "fuel talks agreement statement minister court journalists families homes fire"
).split()


def _page(rng: random.Random, size: int, serial: int) -> bytes:
    """An HTML news page of about `size` bytes: navigation, an article, a footer."""
    nav = "".join(f'<li><a href="/s/{i}">Section {i}</a></li>' for i in range(30))
    paragraphs: list[str] = []
    length = 0
    while length < size:
        words = rng.choices(WORDS, k=rng.randint(20, 60))
        sentence = " ".join(words).capitalize() + ", officials said on Monday."
        paragraphs.append(f"<p>{sentence}</p>")
        length += len(sentence) + 7
    return (
        f"<!DOCTYPE html><html><head><title>Story {serial}</title></head><body>"
        f"<nav><ul>{nav}</ul></nav><article><h1>Story {serial}</h1>{''.join(paragraphs)}"
        "</article><footer>Copyright News Example</footer></body></html>"
    ).encode()


def write_archive(path: Path, megabytes: int, gzip: bool) -> None:
    """Write records until the archive holds about `megabytes` of payload."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    rng = random.Random(7)
    target = megabytes * 1_000_000
    written = 0
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gzip)
        serial = 0
        while written < target:
            serial += 1
            status, media = "200 OK", "text/html; charset=utf-8"
            if serial % 50 == 0:
                body, media = rng.randbytes(200_000), "image/jpeg"
            elif serial % 97 == 0:
                body, status = b"<html><body>Not found</body></html>", "404 Not Found"
            elif serial % 997 == 0:
                body = _page(rng, 8_000_000, serial)  # over max_document_bytes
            else:
                body = _page(rng, rng.randint(5_000, 60_000), serial)
            headers = [("Content-Type", media), ("Content-Length", str(len(body)))]
            http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
            uri = f"https://news.example.org/{serial}"
            record = writer.create_warc_record(
                uri, "response", payload=io.BytesIO(body), length=len(body), http_headers=http
            )
            writer.write_record(record)
            record.raw_stream.close()
            written += len(body)


def read_archive(path: Path) -> dict[str, float]:
    import trafilatura  # noqa: F401 - loaded before the baseline reading is taken
    import warcio  # noqa: F401

    from eventwire.records import Document
    from eventwire.settings import Settings
    from eventwire.warc import ArchiveStats
    from eventwire.warc import read_archive as reader

    limit = Settings.load(environ={}).max_document_bytes
    before = _peak_mb()
    stats = ArchiveStats()
    chars = 0
    start, cpu_start = time.perf_counter(), time.process_time()
    for item in reader(path, limit, stats=stats):
        if isinstance(item, Document):
            chars += len(item.text)
    seconds = time.perf_counter() - start
    return {
        "seconds": seconds,
        "cpu_seconds": time.process_time() - cpu_start,
        "records": stats.records,
        "documents": stats.documents,
        "failed": stats.failed,
        "skipped": stats.skipped,
        "text_chars": chars,
        "peak_rss_before_reading_mb": before,
        "peak_rss_mb": _peak_mb(),
    }


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=300, help="archive size (payload MB)")
    parser.add_argument("--gzip", action="store_true", help="write a .warc.gz")
    parser.add_argument("--write", type=Path, help=argparse.SUPPRESS)  # child process
    args = parser.parse_args()
    if args.write:
        write_archive(args.write, args.mb, args.gzip)
        return
    with tempfile.TemporaryDirectory(prefix="eventwire-warc-") as folder:
        path = Path(folder) / ("bench.warc.gz" if args.gzip else "bench.warc")
        child = [sys.executable, __file__, "--write", str(path), "--mb", str(args.mb)]
        subprocess.run(child + (["--gzip"] if args.gzip else []), check=True)
        size_mb = path.stat().st_size / 1_000_000
        result = read_archive(path)
    print(f"archive: {path.name}, {size_mb:,.0f} MB on disk (deleted)")
    print(
        f"records: {result['records']:,} ({result['documents']:,} documents, "
        f"{result['skipped']:,} skipped, {result['failed']:,} failed)"
    )
    print(
        f"wall: {result['seconds']:.1f} s, {result['records'] / result['seconds']:,.1f} "
        f"records/s, {size_mb / result['seconds']:.2f} MB/s"
    )
    cpu = result["cpu_seconds"]
    print(
        f"cpu: {cpu:.1f} s, {result['records'] / cpu:,.1f} records per CPU second, "
        f"{size_mb / cpu:.2f} MB per CPU second (one process, one core)"
    )
    print(
        f"peak RSS: {result['peak_rss_mb']:,.0f} MB "
        f"(after imports, before reading: {result['peak_rss_before_reading_mb']:,.0f} MB)"
    )


if __name__ == "__main__":
    main()
