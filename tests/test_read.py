"""Tests of the read stage: formats, bad inputs, and that a bad input never stops a run."""

from __future__ import annotations

import gzip
import io
import json
import os
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

import pytest

from eventwire import readpool
from eventwire.errors import EmptyInput, NoArticle
from eventwire.read import clean_text, guess_language, read_html, read_paths, read_text
from eventwire.records import Document, Failure, content_hash
from eventwire.settings import Settings

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "read"
STORY = (
    "Nurses at the district hospital walked out on Monday over unpaid overtime, and the"
    " union said the strike would last until the health board agreed to talks.\n"
)


def read_all(
    paths: list[str | Path], settings: Settings, stdin: BinaryIO | None = None
) -> list[Document | Failure]:
    return list(read_paths(paths, settings, stdin=stdin))


def only(items: list[Document | Failure]) -> Document | Failure:
    assert len(items) == 1, items
    return items[0]


def failure(items: list[Document | Failure]) -> Failure:
    item = only(items)
    assert isinstance(item, Failure), item
    assert item.stage == "read"
    assert "\n" not in item.message
    return item


def document(items: list[Document | Failure]) -> Document:
    item = only(items)
    assert isinstance(item, Document), item
    return item


def write(path: Path, data: bytes | str) -> Path:
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


# --- plain text --------------------------------------------------------------------------


def test_text_file_takes_its_id_from_the_file_name(settings: Settings, tmp_path: Path) -> None:
    doc = document(read_all([write(tmp_path / "strike-report.txt", STORY)], settings))
    assert doc.id == "strike-report"
    assert doc.text == STORY.strip()
    assert doc.content_hash == content_hash(doc.text)
    assert doc.origin == str(tmp_path / "strike-report.txt")
    assert doc.published_at is None and doc.published_at_source == "none"
    assert doc.language == "en"


def test_unknown_extension_is_read_as_text_and_html_is_recognised(
    settings: Settings, tmp_path: Path
) -> None:
    write(tmp_path / "a.story", STORY)
    write(tmp_path / "b.page", (FIXTURES / "dated_news.html").read_bytes())
    text, html = read_all([tmp_path], settings)
    assert isinstance(text, Document) and text.text == STORY.strip()
    assert isinstance(html, Document) and html.published_at_source == "meta"


def test_cleanup_repairs_mojibake_and_strips_invisible_characters() -> None:
    raw = "The mayorâ€™s office\u200b said\x07 â€œnoâ€\x9d.\r\nNext\u00a0line\r\rEnd\ufeff"
    assert clean_text(raw) == "The mayor’s office said “no”.\nNext\u00a0line\n\nEnd"
    assert clean_text("a\tb  \n\n\n\nc") == "a\tb\n\nc"
    assert clean_text("Cafe\u0301 – “quoted” ’") == "Café – “quoted” ’"  # NFC, quotes kept
    assert clean_text("Tom &amp; Jerry") == "Tom & Jerry"
    assert clean_text("The cafÃ© owners") == "The café owners"


def test_cleanup_unescapes_entities_and_leaves_a_bare_ampersand() -> None:
    assert clean_text("Q&A: the union&#39;s demands") == "Q&A: the union's demands"
    assert clean_text("Q&A with the R&D team, Cafe\u0301") == "Q&A with the R&D team, Café"


def test_read_text_defaults_id_to_the_content_hash_and_keeps_a_given_date() -> None:
    doc = read_text("  Crowds gathered in the square.  ", published_at="2020-02-03T10:00:00")
    assert doc.id == doc.content_hash == content_hash("Crowds gathered in the square.")
    assert doc.published_at == date(2020, 2, 3) and doc.published_at_source == "given"
    assert read_text("Text.", id="x", published_at=date(2021, 1, 1)).id == "x"
    with pytest.raises(EmptyInput):
        read_text(" \u200b\n ")


def test_language_guess() -> None:
    assert guess_language(STORY) == "en"
    assert (
        guess_language("Les manifestants se sont rassemblés devant la mairie pour la paix.") == "fr"
    )
    assert guess_language("Los vecinos cortaron la carretera para protestar por el agua.") == "es"
    assert guess_language("Протестующие собрались у здания администрации города.") == "ru"
    assert guess_language("12345 67890") == "und"


# --- bad inputs ----------------------------------------------------------------------------


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  ", "\u200b\ufeff\n".encode()])
def test_empty_input(settings: Settings, tmp_path: Path, content: bytes) -> None:
    assert failure(read_all([write(tmp_path / "e.txt", content)], settings)).reason == "empty"


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"Some text\x00with a NUL byte", "NUL byte at offset 9"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "PNG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (bytes([1, 2, 3, 4, 5, 6, 0x0E, 0x0F]) * 50 + b"a few letters", "control bytes"),
    ],
)
def test_binary_input(settings: Settings, tmp_path: Path, content: bytes, words: str) -> None:
    fail = failure(read_all([write(tmp_path / "x.txt", content)], settings))
    assert fail.reason == "binary" and words in fail.message


def test_too_large_file_is_refused_by_size_before_reading(
    settings: Settings, tmp_path: Path
) -> None:
    big = tmp_path / "huge.txt"
    with big.open("wb") as out:  # sparse: 50 MB of NUL bytes, which would read as binary
        out.truncate(50 * 1024 * 1024)
    fail = failure(read_all([big], settings))
    assert fail.reason == "too-large" and "52,428,800 bytes" in fail.message


def test_invalid_utf8_names_the_byte_offset(settings: Settings, tmp_path: Path) -> None:
    fail = failure(read_all([write(tmp_path / "l1.txt", b"Caf\xe9 owners protested.")], settings))
    assert fail.reason == "encoding" and "byte offset 3" in fail.message and "0xe9" in fail.message
    utf16 = write(tmp_path / "u16.txt", "Text".encode("utf-16"))
    assert failure(read_all([utf16], settings)).reason == "encoding"


def test_missing_path_is_unreadable(settings: Settings, tmp_path: Path) -> None:
    fail = failure(read_all([tmp_path / "nowhere.txt"], settings))
    assert fail.reason == "unreadable" and fail.doc_id == "nowhere"


def test_directory_reads_sorted_recursively_and_reports_unreadable_entries(
    settings: Settings, tmp_path: Path
) -> None:
    write(tmp_path / "b.txt", "Second story, read after the first one.")
    write(tmp_path / "a.txt", "First story, read first because of its name.")
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub" / "c.txt", "Third story, from a subdirectory of the folder.")
    write(tmp_path / ".hidden.txt", "Hidden files are skipped.")
    (tmp_path / "broken.txt").symlink_to(tmp_path / "missing-target.txt")
    (tmp_path / "loop").symlink_to(tmp_path / "loop")  # stat fails with ELOOP
    (tmp_path / "linked-dir").symlink_to(tmp_path / "sub")  # not followed: read once
    os.mkfifo(tmp_path / "pipe.txt")  # reading it would block: it must be refused
    items = read_all([tmp_path], settings)
    ids = [(type(i).__name__, i.id if isinstance(i, Document) else i.doc_id) for i in items]
    assert ids == [
        ("Document", "a"),
        ("Document", "b"),
        ("Failure", "broken"),
        ("Failure", "loop"),
        ("Failure", "pipe"),
        ("Document", "c"),
    ]
    assert {i.reason for i in items if isinstance(i, Failure)} == {"unreadable"}


def test_good_documents_next_to_bad_ones_are_all_read(settings: Settings, tmp_path: Path) -> None:
    paths: list[str | Path] = [
        write(tmp_path / "empty.txt", b""),
        write(tmp_path / "good1.txt", STORY),
        write(tmp_path / "binary.txt", b"\x00\x01\x02"),
        write(tmp_path / "latin1.txt", b"\xe9t\xe9"),
        tmp_path / "missing.txt",
        FIXTURES / "no_article.html",
        FIXTURES / "records.jsonl",
        write(tmp_path / "good2.txt", "Another readable story about a protest march."),
    ]
    items = read_all(paths, settings)
    docs = [i.id for i in items if isinstance(i, Document)]
    reasons = [i.reason for i in items if isinstance(i, Failure)]
    assert docs[0] == "good1" and docs[-1] == "good2" and "wire-1" in docs
    expected = ["empty", "binary", "encoding", "unreadable", "no-article", "malformed"]
    assert reasons == [*expected, "malformed"]


# --- JSONL ---------------------------------------------------------------------------------


def test_jsonl_malformed_lines_fail_alone(settings: Settings) -> None:
    items = read_all([FIXTURES / "records.jsonl"], settings)
    docs = [i for i in items if isinstance(i, Document)]
    fails = [i for i in items if isinstance(i, Failure)]
    assert [d.id for d in docs] == ["wire-1", content_hash(docs[1].text), "7"]
    first = docs[0]
    assert first.title == "Farmers block road" and first.url == "https://wire.example.org/1"
    assert first.published_at == date(2022, 5, 13) and first.published_at_source == "given"
    assert first.origin == f"{FIXTURES / 'records.jsonl'}:1"
    assert docs[2].published_at_source == "none"
    assert [(f.reason, f.source) for f in fails] == [
        ("malformed", f"{FIXTURES / 'records.jsonl'}:2"),
        ("malformed", f"{FIXTURES / 'records.jsonl'}:4"),
    ]
    assert fails[0].message.startswith("line 2: not valid JSON")


def test_jsonl_record_errors(settings: Settings, tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "no-text"}),
        json.dumps({"id": "bad-date", "text": "Some text.", "published_at": "last week"}),
        json.dumps({"id": "blank", "text": "   "}),
        "[" * 100_000 + "]" * 100_000,
        b'{"id": "bad-bytes", "text": "caf\xe9"}'.decode("latin-1"),
    ]
    path = write(tmp_path / "r.jsonl", "\n".join(lines).encode("latin-1"))
    fails = [f for f in read_all([path], settings) if isinstance(f, Failure)]
    got = [(f.doc_id, f.reason, f.message.split(":")[0]) for f in fails]
    assert got == [
        ("no-text", "malformed", "line 1"),
        ("bad-date", "malformed", "line 2"),
        ("blank", "empty", "line 3"),
        ("r:4", "malformed", "line 4"),
        ("r:5", "encoding", "line 5"),
    ]


def test_jsonl_cap_applies_per_line_not_per_file(settings: Settings, tmp_path: Path) -> None:
    small = settings.replace(max_document_bytes=200)
    short = json.dumps({"id": "short", "text": "A short record well under the limit."})
    long = json.dumps({"id": "long", "text": "word " * 100})
    path = write(tmp_path / "big.jsonl", "\n".join([short, long, short, short]) + "\n")
    assert path.stat().st_size > 200
    items = read_all([path], small)
    assert [getattr(i, "reason", "doc") for i in items] == ["doc", "too-large", "doc", "doc"]
    assert isinstance(items[1], Failure) and items[1].source == f"{path}:2"


def test_binary_file_named_jsonl_is_one_failure(settings: Settings, tmp_path: Path) -> None:
    path = write(tmp_path / "photo.jsonl", b"\xff\xd8\xff\xe0" + bytes(300) + b"\n" * 20)
    assert failure(read_all([path], settings)).reason == "binary"


# --- gzip ----------------------------------------------------------------------------------


def test_gzip_by_inner_extension(settings: Settings, tmp_path: Path) -> None:
    records = (FIXTURES / "records.jsonl").read_bytes()
    write(tmp_path / "a.txt.gz", gzip.compress(STORY.encode()))
    write(tmp_path / "b.html.gz", gzip.compress((FIXTURES / "dated_news.html").read_bytes()))
    write(tmp_path / "c.jsonl.gz", gzip.compress(records))
    items = read_all([tmp_path], settings)
    docs = [i for i in items if isinstance(i, Document)]
    assert [d.id for d in docs[:2]] == ["a", "b"] and docs[1].published_at == date(2021, 3, 9)
    assert docs[0].text == STORY.strip() and len(docs) == 5
    assert docs[2].origin == f"{tmp_path / 'c.jsonl.gz'}:1"


def test_gzip_cap_is_on_decompressed_bytes(settings: Settings, tmp_path: Path) -> None:
    path = write(tmp_path / "bomb.txt.gz", gzip.compress(b"a " * 50_000))
    assert path.stat().st_size < 1000
    fail = failure(read_all([path], settings.replace(max_document_bytes=10_000)))
    assert fail.reason == "too-large" and "decompressed" in fail.message


def test_truncated_gzip_reads_what_is_there_then_fails(settings: Settings, tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": f"r{n}", "text": f"Record number {n} of the feed."}) for n in range(400)
    ]
    data = gzip.compress("\n".join(lines).encode())
    path = write(tmp_path / "feed.jsonl.gz", data[: len(data) // 2])
    items = read_all([path], settings)
    *docs, last = items
    assert docs and all(isinstance(d, Document) for d in docs) and len(docs) < 400
    assert isinstance(last, Failure) and last.reason == "unreadable" and "truncated" in last.message
    text = write(tmp_path / "story.txt.gz", gzip.compress(STORY.encode() * 20)[:-12])
    assert failure(read_all([text], settings)).reason == "unreadable"
    fake = write(tmp_path / "fake.txt.gz", b"this is not gzip data at all")
    assert "gzip" in failure(read_all([fake], settings)).message


# --- HTML ----------------------------------------------------------------------------------


def test_html_boilerplate_is_dropped_and_footer_year_is_not_a_date(settings: Settings) -> None:
    doc = document(read_all([FIXTURES / "undated_news.html"], settings))
    assert doc.published_at is None and doc.published_at_source == "none"
    assert doc.title == "Ferry service resumes after harbour strike"
    assert doc.site == "The Lakeside Herald" and doc.author == "Tomas Okafor"
    assert doc.url == "https://herald.example.org/news/ferry-service-resumes"
    assert "dock workers ended a four-day strike" in doc.text
    for furniture in ("Subscribe", "Most read", "Copyright", "Privacy policy", "Rowing club"):
        assert furniture not in doc.text


def test_html_meta_date_is_the_published_date(settings: Settings) -> None:
    doc = document(read_all([FIXTURES / "dated_news.html"], settings))
    assert doc.published_at == date(2021, 3, 9) and doc.published_at_source == "meta"
    assert doc.site == "Northern Valley News" and doc.id == "dated_news"


def test_html_visible_date_without_metadata_is_inferred() -> None:
    story = "<p>Dock workers ended a four-day strike at the harbour on Monday evening.</p>" * 3
    page = (
        "<html><head><title>Strike ends</title></head><body>"
        '<div class="stamp">Mar 9, 2021</div><article><h1>Strike ends</h1>'
        f"{story}</article><footer>&copy; 2022 The Lakeside Herald</footer></body></html>"
    )
    doc = read_html(page, id="p", url="https://herald.example.org/news/strike-ends")
    assert doc.published_at == date(2021, 3, 9) and doc.published_at_source == "inferred"
    footer_only = page.replace('<div class="stamp">Mar 9, 2021</div>', "")
    undated = read_html(footer_only, id="p", url="https://herald.example.org/news/strike-ends")
    assert undated.published_at is None and undated.published_at_source == "none"


def test_html_without_article(settings: Settings) -> None:
    fail = failure(read_all([FIXTURES / "no_article.html"], settings))
    assert fail.reason == "no-article" and fail.doc_id == "no_article"
    links = "".join(f'<li><a href="/s{n}">Section {n} news and more</a></li>' for n in range(30))
    with pytest.raises(NoArticle):
        read_html(f"<html><body><nav><ul>{links}</ul></nav></body></html>")


def test_read_html_bytes_honours_a_declared_charset() -> None:
    page = (
        '<html><head><meta charset="iso-8859-1"><title>T</title></head><body><article>'
        "<p>Residents of the caf\xe9 district marched to the town hall on Saturday morning.</p>"
        "</article></body></html>"
    ).encode("latin-1")
    doc = read_html(page, id="p", url="https://example.org/p")
    assert "café district" in doc.text and doc.id == "p"
    assert doc.url == "https://example.org/p"


# --- stdin ---------------------------------------------------------------------------------


def test_stdin_jsonl_and_plain_text(settings: Settings) -> None:
    feed = b"\n" + (FIXTURES / "records.jsonl").read_bytes()
    items = read_all(["-"], settings, stdin=io.BytesIO(feed))
    assert isinstance(items[0], Document) and items[0].id == "wire-1"
    assert isinstance(items[1], Failure) and items[1].source == "<stdin>:3"
    assert len(items) == 5
    doc = document(read_all(["-"], settings, stdin=io.BytesIO(STORY.encode() * 2)))
    assert doc.id == doc.content_hash and doc.origin == "<stdin>"
    assert failure(read_all(["-"], settings, stdin=io.BytesIO(b" \n"))).reason == "empty"
    big = io.BytesIO(b"line of text\n" * 100)
    small = settings.replace(max_document_bytes=500)
    assert failure(read_all(["-"], small, stdin=big)).reason == "too-large"


def test_a_bug_on_one_file_becomes_its_failure(
    tmp_path: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from eventwire import read as read_module

    (tmp_path / "a.txt").write_text("Troops clashed with rebels.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Police arrested two men.", encoding="utf-8")
    real = read_module._read_single

    def flaky(path: Path, *args: object, **kwargs: object) -> object:
        if path.name == "a.txt":
            raise RuntimeError("boom")
        return real(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(read_module, "_read_single", flaky)
    out = list(read_module.read_paths([tmp_path], settings))
    assert [type(x).__name__ for x in out] == ["Failure", "Document"]
    failure = out[0]
    assert isinstance(failure, Failure)
    assert (failure.reason, failure.message) == ("internal", "RuntimeError: boom")


def test_directory_walks_pass_over_documentation_and_code(
    tmp_path: Path, settings: Settings
) -> None:
    (tmp_path / "story.txt").write_text("Troops clashed with rebels on Monday.", encoding="utf-8")
    (tmp_path / "README.md").write_text("# Our corpus\n\nWritten by the team.", encoding="utf-8")
    (tmp_path / "LICENSE").write_text("Apache License 2.0", encoding="utf-8")
    (tmp_path / "make_corpus.py").write_text("print('hello')\n", encoding="utf-8")
    assert [x.id for x in read_paths([tmp_path], settings)] == ["story"]
    named = list(read_paths([tmp_path / "README.md"], settings))  # named: read as given
    assert [type(x).__name__ for x in named] == ["Document"]


def _html_dir(root: Path, count: int) -> Path:
    """`count` small pages, each with its own article, and one without any prose."""
    folder = root / "pages"
    folder.mkdir()
    for n in range(count):
        body = (
            f"<p>Page {n}: crowds gathered outside the town hall of district {n} on Monday"
            f" morning to protest against the closure of {n + 2} local clinics.</p>"
        )
        (folder / f"p{n:02d}.html").write_text(
            f"<html><body><article>{body}</article></body></html>"
        )
    (folder / "p05.html").write_text("<html><body><a href='/'>Home</a></body></html>")
    return folder


@pytest.mark.parametrize("workers", [1, 2])
def test_many_html_files_read_in_order_with_or_without_a_pool(tmp_path: Path, workers: int) -> None:
    folder = _html_dir(tmp_path, 12)
    settings = Settings.load(overrides={"read_workers": workers})
    items = list(read_paths([folder], settings))
    assert [item.id if isinstance(item, Document) else item.doc_id for item in items] == [
        f"p{n:02d}" for n in range(12)
    ]
    failure = items[5]
    assert isinstance(failure, Failure) and failure.reason == "no-article"
    doc = items[7]
    assert isinstance(doc, Document) and "district 7" in doc.text


def test_html_files_named_one_by_one_share_one_pool(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from concurrent.futures import ThreadPoolExecutor

    from eventwire import readpool

    pools: list[int] = []

    class Recording(ThreadPoolExecutor):  # a thread pool stands in for processes
        def __init__(self, workers: int, initializer: Callable[[], None]) -> None:
            assert initializer is readpool.warm_up  # each reader loads its resources first
            pools.append(workers)
            super().__init__(workers, initializer=initializer)

    monkeypatch.setattr(readpool, "ProcessPoolExecutor", Recording)
    files = sorted(_html_dir(tmp_path, 10).iterdir())
    settings = Settings.load(overrides={"read_workers": 3})
    items = list(read_paths([*files, tmp_path / "missing.txt"], settings))
    assert pools == [3]
    assert [getattr(i, "id", None) or i.doc_id for i in items] == [
        *(f"p{n:02d}" for n in range(10)),
        "missing",
    ]


def test_a_stream_of_text_documents_is_not_held_back() -> None:
    from eventwire import readpool

    pulled: list[int] = []

    def documents() -> Iterator[Document]:
        for n in range(40):
            pulled.append(n)
            yield read_text(f"Story number {n} about a protest in the town.", id=f"t{n}")

    stream = readpool.resolve(documents(), workers=2)
    assert next(stream).id == "t0" and pulled == [0]  # yielded before the next is read
    assert [d.id for d in stream][-1] == "t39"


class _Numbered(readpool.Job):
    """A job that reads a made-up story, notes that it ran, and may wait for a gate."""

    __slots__ = ("gate", "n", "ran")

    def __init__(self, n: int, ran: list[int], gate: threading.Event | None = None) -> None:
        self.n, self.ran, self.gate = n, ran, gate

    def run(self) -> Document:
        if self.gate is not None:
            self.gate.wait(5)
        self.ran.append(self.n)
        return read_text(f"Story number {self.n} about a strike at the mill.", id=f"j{self.n}")

    def failed(self, exc: BaseException) -> Failure:
        return Failure(f"j{self.n}", "read", "internal", str(exc), "test")


def _thread_pool(
    monkeypatch: pytest.MonkeyPatch, tasks: list[int], futures: list[Future[Any]] | None = None
) -> None:
    from concurrent.futures import ThreadPoolExecutor

    class Recording(ThreadPoolExecutor):  # a thread pool stands in for processes
        def submit(self, fn, /, *args, **kwargs):  # type: ignore[no-untyped-def]
            tasks.append(len(args[0]))
            future = super().submit(fn, *args, **kwargs)
            if futures is not None:
                futures.append(future)
            return future

    monkeypatch.setattr(readpool, "ProcessPoolExecutor", Recording)


def test_jobs_go_to_the_pool_in_chunks_and_come_back_in_order(
    monkeypatch: pytest.MonkeyPatch,
) -> None:

    tasks: list[int] = []
    _thread_pool(monkeypatch, tasks)
    items: list[Document | Failure | readpool.Job] = [_Numbered(n, []) for n in range(10)]
    items.insert(5, read_text("A text between the pages.", id="between"))
    out = [getattr(i, "id", None) for i in readpool.resolve(items, workers=2)]
    assert out == ["j0", "j1", "j2", "j3", "j4", "between", *(f"j{n}" for n in range(5, 10))]
    assert max(tasks) == readpool._CHUNK and sum(tasks) == 10


def test_an_idle_worker_gets_a_lone_job_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    tasks: list[int] = []
    ran: list[int] = []
    futures: list[Future[Any]] = []
    gate = threading.Event()
    _thread_pool(monkeypatch, tasks, futures)

    def items() -> Iterator[Document | readpool.Job]:
        yield from (_Numbered(n, ran, gate if n == 4 else None) for n in range(8))
        # the first chunk is read and its task is over (not only its jobs run: the pool
        # counts a worker idle once the task is done), the second waits at the gate
        _wait_for(lambda: len(futures) == 2 and futures[0].done())
        yield _Numbered(8, ran)
        _wait_for(lambda: 8 in ran)  # read by the idle worker before the input goes on
        gate.set()
        yield read_text("The last text.", id="last")

    out = [getattr(i, "id", None) for i in readpool.resolve(items(), workers=2)]
    assert out == [*(f"j{n}" for n in range(9)), "last"] and tasks == [4, 4, 1]


def _wait_for(condition: Callable[[], bool]) -> None:
    import time

    deadline = time.monotonic() + 30  # generous: a loaded machine; met conditions return at once
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.01)
    assert condition()
