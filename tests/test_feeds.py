"""Feeds: RSS 0.9x/1.0/2.0, Atom and JSON Feed files into Documents (no network)."""

from __future__ import annotations

import gzip
import shutil
from datetime import date
from pathlib import Path

import pytest

from eventwire.errors import MalformedFeed
from eventwire.feeds import feed_kind, html_to_text, parse_feed, read_feed_file, sniff
from eventwire.read import read_paths
from eventwire.records import Document, Failure
from eventwire.settings import Settings

FEEDS = Path(__file__).parent / "data" / "feeds"


def _read(settings: Settings, *paths: Path) -> list[Document | Failure]:
    return list(read_paths([str(p) for p in paths], settings))


def _docs(items: list[Document | Failure]) -> dict[str, Document]:
    return {i.id: i for i in items if isinstance(i, Document)}


def _failures(items: list[Document | Failure]) -> list[Failure]:
    return [i for i in items if isinstance(i, Failure)]


def test_rss2_items_become_documents(settings: Settings) -> None:
    items = _read(settings, FEEDS / "rss20.xml")
    assert not _failures(items)
    docs = _docs(items)
    assert list(docs) == ["courier-1001", "https://news.example.org/2024/07/bridge"]
    first = docs["courier-1001"]
    assert first.url == "https://news.example.org/2024/07/protest"
    assert first.title == "Protest at the Riverton town hall"
    assert first.author == "Ana Lima"
    # The date as written (-0500), not shifted to UTC (which is 3 July).
    assert (first.published_at, first.published_at_source) == (date(2024, 7, 2), "meta")
    # content:encoded wins over the description; scripts are dropped, entities decoded.
    assert first.text.startswith("Hundreds of farmers marched")
    assert "protest & demand" in first.text
    assert "track()" not in first.text and "Short summary" not in first.text
    assert first.text.count("\n") == 1  # one line per paragraph
    # No guid: the link is the id; HTML in the description becomes text.
    bridge = docs["https://news.example.org/2024/07/bridge"]
    assert bridge.text == (
        "The old bridge over the Alder river reopened on Wednesday after two years of repairs."
    )


def test_rss091_and_rss10_rdf(settings: Settings) -> None:
    docs = _docs(_read(settings, FEEDS / "rss091.rss", FEEDS / "rdf10.xml"))
    market = docs["https://bulletin.example.net/market-fire"]
    assert market.title == "Market fire" and market.published_at is None
    assert market.published_at_source == "none"
    port = docs["https://wire.example.com/a1"]
    assert port.published_at == date(2024, 5, 10) and port.author == "Wire staff"
    assert port.text.startswith("Dock workers at the port of Eastholm")


def test_atom_entries(settings: Settings) -> None:
    docs = _docs(_read(settings, FEEDS / "atom.atom"))
    clash = docs["tag:example.org,2024:entry-7"]
    assert clash.title == "Clashes near Northfield"  # an HTML title becomes text
    assert clash.url == "https://times.example.org/entry-7"
    assert clash.author == "Rui Costa"
    assert clash.published_at == date(2024, 3, 3)  # published wins over updated
    assert clash.text.splitlines()[1] == "Three people were hurt."
    vote = docs["tag:example.org,2024:entry-8"]
    assert vote.published_at == date(2024, 3, 5)  # no published: updated
    assert vote.text.startswith("The council voted")  # summary when there is no content


def test_json_feed_items_and_its_bad_item(settings: Settings) -> None:
    items = _read(settings, FEEDS / "feed.json")
    docs = _docs(items)
    assert docs["42"].author == "Mia Chen" and docs["42"].published_at == date(2024, 2, 1)
    school = docs["hd-43"]
    assert school.text == "The Hillcrest school reopened on Friday, three weeks after the floods."
    assert school.author == "Old Style Author" and school.published_at == date(2024, 2, 2)
    reasons = {f.doc_id: f.reason for f in _failures(items)}
    # A file's item without text is not fetched (reading files stays offline).
    assert reasons == {"hd-44": "empty", "feed": "malformed-feed"}


def test_malformed_feed_is_read_as_far_as_it_goes(settings: Settings) -> None:
    items = _read(settings, FEEDS / "broken.rss")
    assert "cut-1" in _docs(items)
    broken = [f for f in _failures(items) if f.reason == "malformed-feed"]
    assert len(broken) == 1
    assert broken[0].doc_id == "broken" and "read as far as it goes" in broken[0].message


def test_files_that_are_not_feeds_are_read_as_before(settings: Settings) -> None:
    items = _read(settings, FEEDS / "catalog.xml", FEEDS / "settings.json")
    assert [i.id for i in items] == ["catalog", "settings"]
    assert all(isinstance(i, Document) for i in items)
    assert feed_kind(FEEDS / "catalog.xml") is None
    assert feed_kind(FEEDS / "settings.json") is None


def test_feeds_are_sniffed_without_a_telling_extension(settings: Settings, tmp_path: Path) -> None:
    plain = tmp_path / "latest"
    shutil.copy(FEEDS / "rss091.rss", plain)
    packed = tmp_path / "courier.rss.gz"
    packed.write_bytes(gzip.compress((FEEDS / "rss20.xml").read_bytes()))
    items = _read(settings, plain, packed)
    assert not _failures(items)
    assert "https://bulletin.example.net/market-fire" in _docs(items)
    assert "courier-1001" in _docs(items)


def test_a_jsonl_file_is_not_taken_for_a_json_feed(settings: Settings, tmp_path: Path) -> None:
    lines = tmp_path / "records.jsonl"
    lines.write_text(
        '{"id": "r1", "text": "A line.", "version": "https://jsonfeed.org/version/1.1"}\n',
        encoding="utf-8",
    )
    assert [i.id for i in _read(settings, lines)] == ["r1"]


def test_directory_walk_reads_feeds_and_passes_over_url_lists(
    settings: Settings, tmp_path: Path
) -> None:
    shutil.copy(FEEDS / "rss091.rss", tmp_path / "a.rss")
    (tmp_path / "b.urls").write_text("https://news.example.org/\n", encoding="utf-8")
    items = _read(settings, tmp_path)
    assert [i.id for i in items] == ["https://bulletin.example.net/market-fire"]


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b'<?xml version="1.0"?>\n<!-- c -->\n<rss version="2.0">', "xml"),
        (b"\xef\xbb\xbf<?xml-stylesheet href='a.xsl'?><feed xmlns='x'>", "xml"),
        (b"<rdf:RDF xmlns:rdf='x'>", "xml"),
        (b'<!DOCTYPE rss PUBLIC "-//x" "y">\n<rss>', "xml"),
        (b'{"version": "https://jsonfeed.org/version/1", "items": []}', "json"),
        (b"<!DOCTYPE html><html><body>feed</body></html>", None),
        (b'<?xml version="1.0"?><feedback/>', None),
        (b'{"version": "1.0"}', None),
        (b"plain words about a feed", None),
    ],
)
def test_sniff(head: bytes, kind: str | None) -> None:
    assert sniff(head) == kind


def test_not_a_feed_at_all_is_a_malformed_feed() -> None:
    with pytest.raises(MalformedFeed, match="not a feed"):
        parse_feed(b"just some words", "xml")
    with pytest.raises(MalformedFeed, match="not valid JSON"):
        parse_feed(b'{"version": "https://jsonfeed.org/version/1.1", "items": [', "json")


def test_unreadable_feed_file_is_one_failure(tmp_path: Path) -> None:
    big = tmp_path / "big.rss"
    big.write_bytes((FEEDS / "rss20.xml").read_bytes())
    [failure] = list(read_feed_file(big, limit=100))
    assert isinstance(failure, Failure) and failure.reason == "too-large"


def test_html_to_text_keeps_spaces_around_inline_tags() -> None:
    # Regression: inline tags glued words together ("Friday,three weeksafter").
    html = "<p>On Friday, <em>three weeks</em> after.</p><ul><li>One</li><li>Two</li></ul>"
    assert html_to_text(html) == "On Friday, three weeks after.\nOne\nTwo"
    assert html_to_text("<style>p {}</style>A<br>B &amp; C") == "A\nB & C"
