"""Fetching: robots.txt, retries, redirects, size and type checks, URLs into Documents.

Every test talks to a local http.server on 127.0.0.1 started in a thread; never the
internet. Sleeps are recorded instead of slept.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

from eventwire.errors import FetchError, TooLarge
from eventwire.fetch import Fetcher, read_url, user_agent
from eventwire.read import read_paths
from eventwire.records import Document, Failure
from eventwire.settings import Settings

FEEDS = Path(__file__).parent / "data" / "feeds"
# (status, headers, body) for a request path
Reply = tuple[int, dict[str, str], bytes]
Route = Callable[[], Reply]

PAGE = (
    b"<html><head><title>Flood in Marshdale</title></head><body><article>"
    b"<h1>Flood in Marshdale</h1><p>The river burst its banks in Marshdale on Sunday, "
    b"forcing two hundred families from their homes, the district office said.</p>"
    b"</article></body></html>"
)
HTML = {"Content-Type": "text/html; charset=utf-8"}


@dataclass
class Server:
    base: str
    routes: dict[str, Route] = field(default_factory=dict)
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)

    def url(self, path: str) -> str:
        return self.base + path

    def paths(self) -> list[str]:
        return [path for path, _ in self.requests]


@contextmanager
def serve() -> Iterator[Server]:
    """A local HTTP server answering from `Server.routes` (404 for other paths)."""
    state = Server("")

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            state.requests.append((self.path, dict(self.headers.items())))
            route = state.routes.get(self.path)
            status, headers, body = route() if route else (404, {}, b"not found")
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            if "Content-Length" not in headers and "Transfer-Encoding" not in headers:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            with suppress(OSError):  # the client may stop reading (size cap, timeout)
                self.wfile.write(body)

        def log_message(self, *_args: Any) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    state.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield state
    httpd.shutdown()
    httpd.server_close()
    thread.join()


@pytest.fixture
def server() -> Iterator[Server]:
    with serve() as state:
        yield state


@pytest.fixture
def fast(settings: Settings) -> Settings:
    """Settings for tests: no rate limit, short timeout, quick backoff."""
    return settings.replace(fetch_rate_per_host=0.0, fetch_timeout=2.0, fetch_backoff=0.5)


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture
def fetcher(fast: Settings, sleeps: list[float]) -> Iterator[Fetcher]:
    with Fetcher(fast, httpx.Client(trust_env=False), sleep=sleeps.append) as made:
        yield made


def _page(body: bytes = PAGE, headers: dict[str, str] | None = None) -> Route:
    return lambda: (200, headers or HTML, body)


def _id(item: Document | Failure) -> str:
    return item.id if isinstance(item, Document) else item.doc_id


def _reason(call: Callable[[], Any]) -> str:
    with pytest.raises(FetchError) as caught:
        call()
    return caught.value.reason


# -- polite fetching ----------------------------------------------------------------


def test_page_is_fetched_with_our_user_agent(server: Server, fetcher: Fetcher) -> None:
    server.routes["/news/1"] = _page()
    page = fetcher.get(server.url("/news/1"))
    assert (page.status, page.media_type, page.content) == (200, "text/html", PAGE)
    path, headers = server.requests[-1]
    assert path == "/news/1"
    assert headers["User-Agent"].startswith("eventwire/")
    assert "+https://github.com/eventwire/eventwire" in headers["User-Agent"]
    assert user_agent(fetcher.settings) == headers["User-Agent"]


def test_robots_disallow_is_obeyed_and_cached(server: Server, fetcher: Fetcher) -> None:
    robots = b"User-agent: *\nDisallow: /private/\n"
    server.routes["/robots.txt"] = _page(robots, {"Content-Type": "text/plain"})
    server.routes["/private/a"] = _page()
    server.routes["/public/b"] = _page()
    assert _reason(lambda: fetcher.get(server.url("/private/a"))) == "robots"
    assert fetcher.get(server.url("/public/b")).status == 200
    assert server.paths() == ["/robots.txt", "/public/b"]  # robots.txt once, /private never


def test_robots_rules_for_our_agent(server: Server, fetcher: Fetcher) -> None:
    robots = b"User-agent: eventwire\nDisallow: /\n\nUser-agent: *\nAllow: /\n"
    server.routes["/robots.txt"] = _page(robots, {"Content-Type": "text/plain"})
    server.routes["/a"] = _page()
    assert _reason(lambda: fetcher.get(server.url("/a"))) == "robots"


def test_missing_robots_allows_and_unreachable_robots_refuses(
    server: Server, fast: Settings, sleeps: list[float]
) -> None:
    server.routes["/a"] = _page()
    with Fetcher(fast, httpx.Client(trust_env=False), sleep=sleeps.append) as fetcher:
        assert fetcher.get(server.url("/a")).status == 200  # robots.txt is a 404
    server.routes["/robots.txt"] = lambda: (500, {}, b"oops")
    quick = fast.replace(fetch_retries=0)
    with Fetcher(quick, httpx.Client(trust_env=False), sleep=sleeps.append) as fetcher:
        assert _reason(lambda: fetcher.get(server.url("/a"))) == "robots"


def test_robots_can_be_ignored_by_setting(server: Server, fast: Settings) -> None:
    server.routes["/robots.txt"] = _page(b"User-agent: *\nDisallow: /\n")
    server.routes["/a"] = _page()
    with Fetcher(fast.replace(respect_robots=False), httpx.Client(trust_env=False)) as fetcher:
        assert fetcher.get(server.url("/a")).status == 200
    assert "/robots.txt" not in server.paths()


def test_redirects_are_followed_and_loops_refused(server: Server, fetcher: Fetcher) -> None:
    server.routes["/old"] = lambda: (301, {"Location": "/new"}, b"")
    server.routes["/new"] = _page()
    assert fetcher.get(server.url("/old")).url == server.url("/new")
    server.routes["/ping"] = lambda: (302, {"Location": "/pong"}, b"")
    server.routes["/pong"] = lambda: (302, {"Location": "/ping"}, b"")
    assert _reason(lambda: fetcher.get(server.url("/ping"))) == "redirect-loop"
    server.routes["/nowhere"] = lambda: (302, {}, b"")
    assert _reason(lambda: fetcher.get(server.url("/nowhere"))) == "http-302"


def test_redirect_limit(server: Server, fast: Settings) -> None:
    for hop in range(4):
        server.routes[f"/r{hop}"] = lambda hop=hop: (302, {"Location": f"/r{hop + 1}"}, b"")
    server.routes["/r4"] = _page()
    client = httpx.Client(trust_env=False)
    with Fetcher(fast.replace(fetch_max_redirects=3), client) as fetcher:
        assert _reason(lambda: fetcher.get(server.url("/r0"))) == "too-many-redirects"
    with Fetcher(fast.replace(fetch_max_redirects=4), httpx.Client(trust_env=False)) as fetcher:
        assert fetcher.get(server.url("/r0")).status == 200


def test_429_then_200_honours_retry_after(
    server: Server, fetcher: Fetcher, sleeps: list[float]
) -> None:
    answers: list[Reply] = [(429, {"Retry-After": "2"}, b"slow down"), (200, HTML, PAGE)]
    server.routes["/busy"] = lambda: answers.pop(0)
    assert fetcher.get(server.url("/busy")).content == PAGE
    assert sleeps == [2.0]


def test_retry_after_over_the_cap_gives_up(
    server: Server, fetcher: Fetcher, sleeps: list[float]
) -> None:
    server.routes["/busy"] = lambda: (429, {"Retry-After": "3600"}, b"")
    with pytest.raises(FetchError, match="asks to wait 3600 s") as caught:
        fetcher.get(server.url("/busy"))
    assert caught.value.reason == "http-429" and sleeps == []


def test_5xx_retries_back_off_exponentially(
    server: Server, fetcher: Fetcher, sleeps: list[float]
) -> None:
    server.routes["/flaky"] = lambda: (503, {}, b"")
    assert _reason(lambda: fetcher.get(server.url("/flaky"))) == "http-503"
    assert sleeps == [0.5, 1.0, 2.0]  # fetch_retries=3, fetch_backoff=0.5
    assert server.paths().count("/flaky") == 4


def test_404_is_not_retried(server: Server, fetcher: Fetcher, sleeps: list[float]) -> None:
    assert _reason(lambda: fetcher.get(server.url("/nothing"))) == "http-404"
    assert server.paths().count("/nothing") == 1 and sleeps == []


def test_connect_error_is_retried_then_reported(fast: Settings, sleeps: list[float]) -> None:
    closed = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    port = closed.server_address[1]
    closed.server_close()  # nothing listens there now
    quick = fast.replace(fetch_retries=1, respect_robots=False)
    with Fetcher(quick, httpx.Client(trust_env=False), sleep=sleeps.append) as fetcher:
        assert _reason(lambda: fetcher.get(f"http://127.0.0.1:{port}/")) == "connect"
    assert sleeps == [0.5]
    # Regression: with robots.txt on, a dead host was reported as "robots".
    again = Fetcher(
        quick.replace(respect_robots=True), httpx.Client(trust_env=False), sleep=sleeps.append
    )
    with again as fetcher:
        for path in ("/a", "/b"):  # the second is refused at once, from the cache
            assert _reason(lambda path=path: fetcher.get(f"http://127.0.0.1:{port}{path}")) == (
                "connect"
            )


def test_timeout(server: Server, fast: Settings) -> None:
    def slow() -> Reply:
        time.sleep(0.6)
        return 200, HTML, PAGE

    server.routes["/slow"] = slow
    quick = fast.replace(fetch_timeout=0.2, respect_robots=False)
    with Fetcher(quick, httpx.Client(trust_env=False)) as fetcher:
        assert _reason(lambda: fetcher.get(server.url("/slow"))) == "timeout"


def test_oversize_body_is_refused_declared_or_streamed(server: Server, fast: Settings) -> None:
    big = b"<p>" + b"x" * 5000 + b"</p>"
    server.routes["/declared"] = _page(big)

    def chunked() -> Reply:
        chunk = b"%x\r\n%s\r\n" % (len(big), big)
        return 200, {**HTML, "Transfer-Encoding": "chunked"}, chunk * 3 + b"0\r\n\r\n"

    server.routes["/streamed"] = chunked
    small = fast.replace(max_document_bytes=4000)
    with Fetcher(small, httpx.Client(trust_env=False)) as fetcher:
        for path in ("/declared", "/streamed"):
            with pytest.raises(TooLarge):
                fetcher.get(server.url(path))


def test_wrong_content_type_is_refused(server: Server, fetcher: Fetcher) -> None:
    server.routes["/logo"] = _page(b"\x89PNG", {"Content-Type": "image/png"})
    assert _reason(lambda: fetcher.get(server.url("/logo"))) == "content-type"


def test_rate_limit_per_host(server: Server, settings: Settings, sleeps: list[float]) -> None:
    server.routes["/a"] = _page()
    server.routes["/b"] = _page()
    slow = settings.replace(fetch_rate_per_host=0.5, respect_robots=False)
    client = httpx.Client(trust_env=False)
    with Fetcher(slow, client, sleep=sleeps.append, clock=lambda: 100.0) as fetcher:
        fetcher.get(server.url("/a"))
        fetcher.get(server.url("/b"))
    assert sleeps == [2.0]  # two seconds between requests to one host


def test_conditional_get_gives_304(server: Server, fetcher: Fetcher) -> None:
    def tagged() -> Reply:
        sent = server.requests[-1][1]
        if sent.get("If-None-Match") == '"v1"':
            return 304, {}, b""
        return 200, {**HTML, "ETag": '"v1"'}, PAGE

    server.routes["/tagged"] = tagged
    first = fetcher.get(server.url("/tagged"))
    assert first.etag == '"v1"'
    again = fetcher.get(server.url("/tagged"), etag=first.etag)
    assert (again.status, again.content) == (304, b"")


# -- URLs into documents ------------------------------------------------------------


def test_read_url_gives_the_page_document(server: Server, fast: Settings) -> None:
    server.routes["/news/1"] = _page()
    [doc] = list(read_paths([server.url("/news/1")], fast))
    assert isinstance(doc, Document)
    assert doc.id == doc.url == doc.origin == server.url("/news/1")
    assert "burst its banks in Marshdale" in doc.text


def test_a_refused_url_is_a_failure(server: Server, fast: Settings) -> None:
    [failure] = list(read_paths([server.url("/missing")], fast))
    assert isinstance(failure, Failure)
    assert (failure.doc_id, failure.reason) == (server.url("/missing"), "http-404")


def test_feed_url_yields_items_and_fetches_empty_items_links(
    server: Server, fast: Settings, fetcher: Fetcher
) -> None:
    link = server.url("/story")
    rss = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
        "<item><guid>s-1</guid><title>With text</title><link>https://x.example.org/1</link>"
        "<description>Workers at the Marshdale mill went on strike on Monday.</description>"
        "</item><item><guid>s-2</guid><title>Only a link</title>"
        f"<link>{link}</link><pubDate>Mon, 06 May 2024 10:00:00 +0000</pubDate></item>"
        "</channel></rss>"
    ).encode()
    server.routes["/feed"] = _page(rss, {"Content-Type": "application/rss+xml"})
    server.routes["/story"] = _page()
    items = list(read_url(server.url("/feed"), fast, fetcher))
    assert [_id(i) for i in items] == ["s-1", "s-2"]
    fetched = items[1]
    assert isinstance(fetched, Document) and "Marshdale on Sunday" in fetched.text
    assert fetched.url == link and fetched.published_at == date(2024, 5, 6)
    off = fast.replace(fetch_item_pages=False)
    assert [getattr(i, "reason", None) for i in read_url(server.url("/feed"), off, fetcher)] == [
        None,
        "empty",
    ]


def test_json_feed_url(server: Server, fast: Settings, fetcher: Fetcher) -> None:
    body = (FEEDS / "feed.json").read_bytes()
    server.routes["/feed.json"] = _page(body, {"Content-Type": "application/feed+json"})
    server.routes["/plain.json"] = _page(b'{"a": 1}', {"Content-Type": "application/json"})
    ids = [_id(i) for i in read_url(server.url("/feed.json"), fast, fetcher)]
    assert ids[:2] == ["42", "hd-43"]
    [refused] = list(read_url(server.url("/plain.json"), fast, fetcher))
    assert isinstance(refused, Failure) and refused.reason == "content-type"


def test_urls_file_is_fetched_line_by_line(server: Server, fast: Settings, tmp_path: Path) -> None:
    server.routes["/news/1"] = _page()
    server.routes["/notes"] = _page(b"Plain words about the day.", {"Content-Type": "text/plain"})
    listing = tmp_path / "today.urls"
    listing.write_text(
        f"# morning reading\n\n{server.url('/news/1')}\nnot a url\n  {server.url('/notes')}  \n",
        encoding="utf-8",
    )
    items = list(read_paths([str(listing)], fast))
    summary = [(_id(i), type(i).__name__, getattr(i, "reason", "")) for i in items]
    assert summary == [
        (server.url("/news/1"), "Document", ""),
        ("today:4", "Failure", "malformed"),
        (server.url("/notes"), "Document", ""),
    ]
