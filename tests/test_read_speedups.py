"""Tests of the cheaper steps of reading HTML: what is cut before trafilatura, the
byline search, the check for characters XML forbids, shingles, and the reader pool's
start. Each keeps what it replaced: the same text, author, verdict or shingles."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from eventwire import readpool
from eventwire.dedupe import shingles
from eventwire.formats import _without_asides
from eventwire.htmlmeta import _byline
from eventwire.htmltree import _has_invalid_xml, _parse
from eventwire.read import read_html

_STORY = (
    "<p>Dock workers walked out on Monday after talks on overtime pay broke down late"
    " on Sunday night, the union said in a statement.</p>"
    "<p>The port authority said ships would be diverted to a neighbouring harbour"
    " until the dispute was settled, and that cargo already landed was safe.</p>"
)


def _page(body: str) -> str:
    return f"<html><head><title>Port strike</title></head><body>{body}</body></html>"


def test_asides_and_footers_are_cut_keeping_the_text_after_them() -> None:
    tree = _parse(
        _page(
            "<div><p>Lead paragraph.</p><aside>Most read: five stories</aside>Tail text."
            "<footer>Contact us <footer>Legal</footer></footer></div>"
        )
    )
    text = " ".join(_without_asides(tree).find("body").text_content().split())
    assert text == "Lead paragraph.Tail text."


def test_an_aside_holding_json_ld_is_kept() -> None:
    script = '<script type="application/ld+json">{"@type": "NewsArticle"}</script>'
    tree = _without_asides(_parse(_page(f"<p>Lead.</p><footer>{script}Site map</footer>")))
    assert tree.find(".//footer") is not None and tree.find(".//script") is not None


def test_a_page_read_by_trafilatura_keeps_its_story_and_drops_its_footer() -> None:
    html = _page(
        f"<div><h1>Dock workers strike</h1>{_STORY}</div>"
        "<footer><p>Copyright notice and the newsroom's postal address for letters.</p></footer>"
    )
    doc = read_html(html.encode())
    assert "Dock workers walked out on Monday" in doc.text
    assert "postal address" not in doc.text


@pytest.mark.parametrize(
    ("markup", "author"),
    [
        ('<a rel="author" href="/a">Lina Haddad</a>', "Lina Haddad"),
        ('<span itemprop="author">Omar Farouk</span>', "Omar Farouk"),
        ('<div class="story-byline">By Nadia Kamel</div>', "Nadia Kamel"),
        ('<p class="author-name">Written by Tomas Ruiz</p>', "Tomas Ruiz"),
    ],
)
def test_a_byline_is_found_by_rel_itemprop_or_class(markup: str, author: str) -> None:
    assert _byline(_parse(_page(f"{markup}<p>Story text.</p>"))) == author


def test_the_first_byline_in_the_page_wins() -> None:
    tree = _parse(
        _page('<div class="byline">By Ana Lima</div><a rel="author" href="/b">Rui Costa</a>')
    )
    assert _byline(tree) == "Ana Lima"


@pytest.mark.parametrize(
    ("html", "invalid"),
    [
        ("<p>Plain text, accents: café, naïve.</p>", False),
        ("<p>Full-width ｗｏｒｄｓ and a replacement \ufffd mark.</p>", False),
        ("<p>A control\x0bcharacter.</p>", True),
        ("<p>A noncharacter \ufffe here.</p>", True),
        ("<p>Another \uffff one.</p>", True),
    ],
)
def test_characters_xml_forbids_are_found(html: str, invalid: bool) -> None:
    assert _has_invalid_xml(html.encode("utf-8", "surrogatepass"), html) is invalid


def test_shingles_are_every_window_of_words() -> None:
    # Each window hashed alone (a text of three words is one window) gives the same
    # hashes as the windows of the whole text, computed together.
    words = "protesters marched to the square and the police fired tear gas".split()
    windows = {int(shingles(" ".join(words[i : i + 3]), 3)[0]) for i in range(len(words) - 2)}
    assert set(shingles(" ".join(words), 3).tolist()) == windows and len(windows) == 9


def test_a_forked_pool_is_warmed_up_once_in_the_parent(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    monkeypatch.setattr(readpool, "warm_up", lambda: calls.append("warm"))
    monkeypatch.setattr(readpool.multiprocessing, "get_start_method", lambda: "fork")

    class Recording:
        def __init__(self, workers: int, initializer: Callable[[], Any]) -> None:
            calls.append(f"pool of {workers}")
            assert initializer is readpool.warm_up  # still run by each reader (cheap now)

    monkeypatch.setattr(readpool, "ProcessPoolExecutor", Recording)
    readpool._start_pool(2)
    assert calls == ["warm", "pool of 2"]
    calls.clear()
    monkeypatch.setattr(readpool.multiprocessing, "get_start_method", lambda: "spawn")
    readpool._start_pool(2)
    assert calls == ["pool of 2"]  # spawned readers would not share it


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Plain line.\nSecond line.", "Plain line.\nSecond line."),
        ("Windows\r\nlines\rand a\x0cform feed", "Windows\nlines\nand a\nform feed"),
        ("Trailing \t \nspaces and\n\n\n\nblank lines", "Trailing\nspaces and\n\nblank lines"),
        ("Zero\u200bwidth \u200b\nspace", "Zerowidth\nspace"),
        ("Q&A: fish &amp; chips", "Q&A: fish & chips"),
        ("Mojibake: cafÃ©", "Mojibake: café"),
    ],
)
def test_clean_text_applies_each_repair_only_where_it_is_needed(raw: str, clean: str) -> None:
    from eventwire.text import clean_text

    assert clean_text(raw) == clean


@pytest.mark.parametrize("name", ["table_story.html", "scripted_news.html", "captioned_news.html"])
def test_trafilatura_reads_the_tree_given_as_bare_extraction_reads_a_copy(name: str) -> None:
    from copy import deepcopy
    from pathlib import Path

    from trafilatura import bare_extraction

    from eventwire.formats import _extract

    html = (Path(__file__).resolve().parent / "data" / "html" / name).read_text(encoding="utf-8")
    tree = _parse(html)
    for fast in (True, False):
        page = bare_extraction(deepcopy(tree), url=None, fast=fast, include_comments=False)
        expected = str(getattr(page, "text", None) or "")
        assert _extract(deepcopy(tree), None, fast=fast) == expected


def test_the_last_fallback_reads_the_page_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    """trafilatura's first passes consume the tree; its last one gets the page parsed
    again, whole (less its asides), not what the first passes left."""
    from eventwire import formats

    seen: list[str] = []

    def extract(tree: Any, url: str | None, *, fast: bool) -> str:
        text = " ".join(tree.find("body").text_content().split())
        seen.append(text)
        tree.find("body").clear()  # as trafilatura's pruning would
        return "" if fast else text

    monkeypatch.setattr(formats, "_extract", extract)
    html = _page(f"<div>{_STORY}</div><aside>Most read: five other stories</aside>")
    doc = read_html(html.encode())
    assert len(seen) == 2 and seen[0] == seen[1]
    assert doc.text.startswith("Dock workers walked out") and "Most read" not in doc.text


def test_a_page_read_from_utf8_bytes_is_the_page_read_from_its_text() -> None:
    html = _page(
        f"<div><h1>Grève des dockers, jour deux</h1>{_STORY}</div>".replace("union", "unión")
    )
    assert read_html(html.encode()) == read_html(html)


@pytest.mark.parametrize(
    ("text", "may"),
    [
        ("Curly \u201cquotes\u201d, an em dash \u2014 and Z\u00fcrich", False),
        ("Mojibake: caf\u00c3\u00a9", True),
        ("A ligature: \ufb01nal", True),
        ("Full-width \uff21", True),
        ("An entity &amp; an accent: na\u00efve", True),
        ("Plain ASCII, Q&A", True),
        ("Plain ASCII", False),
    ],
)
def test_ftfy_is_considered_only_where_a_match_could_start(text: str, may: bool) -> None:
    from eventwire.text import _FTFY_NEEDED, _may_need_ftfy

    assert _may_need_ftfy(text) is may
    assert may or _FTFY_NEEDED.search(text) is None  # never misses a match
