"""Reading the news as it arrives: boilerplate, page dates, near-duplicates and speed.

Prints, from the development data read at run time (nothing of it is copied):

- boilerplate: our HTML reader and trafilatura's own default `extract()` on the same
  153 English pages of trafilatura's evaluation set, scored the way trafilatura scores
  it (a must-include snippet found is a true positive, a must-exclude snippet found a
  false positive; whitespace-normalised substring matching);
- publication dates: exact day on the pages whose gold gives one, and the number of
  pages dated from their copyright footer (1 January of the footer's year; must be 0);
- near-duplicates: a test set built here from the development articles: for a sample
  of articles, edited copies (new headline, added paragraph, trimmed ending, another
  outlet's boilerplate, a few word edits; two or three edits per copy), mixed with
  unrelated articles and shuffled; pairwise precision and recall of `dedupe`;
- date expressions: `bench/dates.py`'s exact resolution, when that bench is present;
- speed: HTML pages read to Documents with dedupe, pages/s, in one process and with a
  process pool of `--workers` readers feeding dedupe in the main process (pool
  started before the clock starts); then `read_paths`, the library's own path (the
  pool started on the clock), over the pages and over `--copies` near copies of them.

    .venv/bin/python bench/read.py [--limit N] [--workers 2] [--copies 4]

Skips with a message when ../shared/data/dev is absent.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Any

from eventwire.dedupe import dedupe_stage, shingles
from eventwire.errors import InputError
from eventwire.formats import warm_up
from eventwire.pipeline import Context, batched
from eventwire.read import read_html, read_text
from eventwire.records import Analysis, Document
from eventwire.settings import Settings

HERE = Path(__file__).resolve().parent
DEV = HERE.parents[1] / "shared" / "data" / "dev"
PAGES = DEV / "boilerplate"
ARTICLES = DEV / "india-police-events" / "docs.jsonl"

# --- boilerplate ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Page:
    url: str
    file: str
    html: bytes
    gold: dict[str, Any]


def load_pages(limit: int | None) -> list[Page]:
    gold = json.loads((PAGES / "evaldata_english_subset.json").read_text(encoding="utf-8"))
    pages = []
    for url, item in list(gold.items())[:limit]:
        html = gzip.decompress((PAGES / "html" / f"{item['file']}.gz").read_bytes())
        pages.append(Page(url, item["file"], html, item))
    return pages


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@dataclass(slots=True)
class Confusion:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, gold: dict[str, Any], result: str | None) -> None:
        found = _norm(result or "")
        tp = sum(_norm(s) in found for s in gold["with"]) if result else 0
        fp = sum(_norm(s) in found for s in gold["without"]) if result else 0
        self.tp, self.fp = self.tp + tp, self.fp + fp
        self.fn += len(gold["with"]) - tp
        self.tn += len(gold["without"]) - fp

    def line(self) -> str:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        acc = (self.tp + self.tn) / max(1, self.tp + self.fp + self.fn + self.tn)
        counts = f"tp {self.tp} fp {self.fp} fn {self.fn} tn {self.tn}"
        return f"P {p:.3f}  R {r:.3f}  F1 {f1:.3f}  acc {acc:.3f}  ({counts})"


def _ours(page: Page) -> Document | None:
    try:
        return read_html(page.html, id=page.file, url=page.url)
    except InputError:
        return None


def boilerplate(pages: Sequence[Page]) -> dict[str, Document | None]:
    """Score our reader and trafilatura's default extract(); return our Documents."""
    from trafilatura import extract

    ours, theirs = Confusion(), Confusion()
    docs: dict[str, Document | None] = {}
    for page in pages:
        doc = docs[page.file] = _ours(page)
        ours.add(page.gold, doc.text if doc else None)
        theirs.add(page.gold, extract(page.html.decode("utf-8", "replace")))
    print(f"\n== boilerplate: {len(pages)} English pages (trafilatura's evaluation snippets)")
    print(f"eventwire read_html         {ours.line()}")
    print(f"trafilatura extract()       {theirs.line()}")
    fast = _fast_pages(pages)
    print(f"fast main-text path         {fast}/{len(pages)} pages (the rest: trafilatura)")
    english = sum(1 for d in docs.values() if d and d.language == "en")
    print(f"language detected 'en'      {english}/{sum(1 for d in docs.values() if d)} pages read")
    return docs


def _fast_pages(pages: Sequence[Page]) -> int:
    """How many pages our fast extractor reads without falling back to trafilatura."""
    from eventwire.htmltree import _parse
    from eventwire.maintext import fast_main_text
    from eventwire.text import decode_html

    return sum(fast_main_text(_parse(decode_html(p.html))) is not None for p in pages)


# --- dates ------------------------------------------------------------------------------

_FOOTER = r"(?:©|&copy;|&#169;|copyright)[^<]{{0,60}}?\b{year}\b"
# The day given as the page's publication date in its metadata (meta tags, JSON-LD).
_DECLARED = r"(?i)(?:published|pubdate|pub_date|datecreated)[^<>]{{0,40}}{day}"
# The gold day given as the page's modification or update date (meta tags, JSON-LD,
# a visible "Updated ..." line in any of the usual spellings of the day).
_MODIFIED = r"(?i)(?:modified|updated?)[^<>]{{0,40}}(?:{forms})"


def _day_forms(day: str) -> str:
    """Regex alternatives for an ISO day as pages write it (2022-05-09, May 09, 2022,
    05/09/2022, 9 May 2022)."""
    from datetime import date as _date

    d = _date.fromisoformat(day)
    month = d.strftime("%B")
    forms = [
        day,
        f"{d.month:02d}/{d.day:02d}/{d.year}",
        rf"{month[:3]}\w*\.? 0?{d.day},? {d.year}",
        rf"0?{d.day} {month[:3]}\w* {d.year}",
    ]
    return "|".join(forms)


def _text(page: Page) -> str:
    return page.html.decode("utf-8", "replace")


def dates(pages: Sequence[Page], docs: dict[str, Document | None], verbose: bool) -> None:
    dated = [p for p in pages if (p.gold.get("date") or "")[:10]]
    exact, footer, other_date, gold_modified, misses = 0, 0, 0, 0, []
    for page in pages:
        doc = docs.get(page.file)
        got = doc.published_at if doc else None
        gold = (page.gold.get("date") or "")[:10]
        if got and gold and got.isoformat() == gold:
            exact += 1
        elif gold:
            declared = bool(got and re.search(_DECLARED.format(day=got.isoformat()), _text(page)))
            modified = bool(re.search(_MODIFIED.format(forms=_day_forms(gold)), _text(page)))
            other_date += declared
            gold_modified += modified
            misses.append(
                f"  {page.file}: gold {gold}, read {got}; we read the declared publication"
                f" date: {declared}; gold is a declared modified/updated date: {modified}"
            )
        if got and (got.month, got.day) == (1, 1) and got.isoformat() != gold:
            footer += bool(re.search(_FOOTER.format(year=got.year), _text(page), re.I))
    print(f"\n== publication dates: {len(dated)} pages whose gold gives a day")
    print(f"exact day                   {exact}/{len(dated)} = {exact / max(1, len(dated)):.3f}")
    print(f"  misses where we read the page's own declared publication date: {other_date}")
    print(f"  misses where the gold is the page's declared modified/updated date: {gold_modified}")
    print(f"dated from a copyright footer {footer}")
    print("\n".join(_labels(pages)))
    if verbose:
        print("\n".join(misses))


def _labels(pages: Sequence[Page]) -> list[str]:
    """What pages show in their bylines (`eventwire.pagedates`): how many label a date
    as their publication date ("Published on ..."), how many show only an update
    ("Updated ..."), and how often that is the gold day where there is one; and the
    CPU time of the page-date calls the reader makes (htmldate's `find_date` as the
    reader calls it, `page_date`, and `guessed_page_date` where those find nothing)."""
    from htmldate import find_date
    from trafilatura.settings import set_date_params

    from eventwire.htmltree import _parse
    from eventwire.pagedates import _visible_dates, guessed_page_date, page_date
    from eventwire.text import decode_html

    counts = {"published": [0, 0, 0], "updated": [0, 0, 0]}  # found, agree, with gold
    cpu, guesses = 0.0, 0
    for page in pages:
        tree = _parse(decode_html(page.html))
        gold = (page.gold.get("date") or "")[:10]
        for kind, day in zip(counts, _visible_dates(tree), strict=True):
            counts[kind][0] += day is not None
            counts[kind][1] += bool(day and day == gold)
            counts[kind][2] += bool(day and gold)
        start = time.process_time()
        params = {**set_date_params(False), "original_date": True, "url": page.url}
        if page_date(tree, find_date(tree, **params)) is None:
            guesses += 1
            guessed_page_date(tree, page.url)
        cpu += time.process_time() - start
    titles = {"published": "visible publication labels", "updated": "visible updates alone"}
    lines = [
        f"{titles[kind]:<28}{found} pages; the gold day on {agree} of the {golden} with one"
        for kind, (found, agree, golden) in counts.items()
    ]
    lines.append(
        f"page-date CPU               {1000 * cpu / max(1, len(pages)):.1f} ms a page"
        f" ({guesses} pages needed htmldate's extensive search; its first use loads dateparser)"
    )
    return lines


# --- near-duplicates --------------------------------------------------------------------

_WRAPPERS = (
    (
        "Sign up for our daily briefing and get the top stories in your inbox.",
        "Follow us on social media. All rights reserved. Reproduction in whole or in part"
        " without written permission is prohibited.",
    ),
    (
        "Advertisement. Continue reading the main story below.",
        "Have a news tip? Write to our desk. Share this article with your friends and"
        " read more stories from the region on our home page.",
    ),
)
_SWAPS = {"said": "stated", "police": "cops", "on": "on", "the": "a", "two": "2", "three": "3"}


def _words(text: str) -> list[str]:
    return text.split()


def _headline(text: str, rng: random.Random, other: str) -> str:
    return " ".join(_words(other)[:8]).title() + "\n\n" + text


def _added_paragraph(text: str, rng: random.Random, other: str) -> str:
    words = _words(other)
    start = rng.randrange(max(1, len(words) - 40))
    return text + "\n\n" + " ".join(words[start : start + 40])


def _trimmed(text: str, rng: random.Random, other: str) -> str:
    words = _words(text)
    return " ".join(words[: int(len(words) * rng.uniform(0.65, 0.9))])


def _wrapped(text: str, rng: random.Random, other: str) -> str:
    head, tail = rng.choice(_WRAPPERS)
    return f"{head}\n\n{text}\n\n{tail}"


def _word_edits(text: str, rng: random.Random, other: str) -> str:
    words = _words(text)
    for i in rng.sample(range(len(words)), k=min(len(words), rng.randint(3, 6))):
        words[i] = _SWAPS.get(words[i].lower(), words[i] + "s")
    return " ".join(words)


EDITS: tuple[Callable[[str, random.Random, str], str], ...] = (
    _headline,
    _added_paragraph,
    _trimmed,
    _wrapped,
    _word_edits,
)


def load_articles(limit: int) -> list[tuple[str, str]]:
    """A sample of distinct articles: one that shares a fifth of its shingles with an
    article already taken (the corpus holds republished stories) is left out, so that
    the only true duplicates are the copies made here."""
    rows = []
    with ARTICLES.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if len(row["doc_text"].split()) >= 120:
                rows.append((f"a{row['doc_id']}", row["doc_text"]))
    random.Random(7).shuffle(rows)
    taken: list[tuple[str, str]] = []
    taken_grams: list[set[int]] = []
    owners: dict[int, list[int]] = {}
    for doc_id, text in rows:
        grams = set(shingles(text, 5).tolist())
        overlap = Counter(i for g in grams for i in owners.get(g, ()))
        if any(n / len(grams | taken_grams[i]) >= 0.2 for i, n in overlap.items()):
            continue
        for g in grams:
            owners.setdefault(g, []).append(len(taken))
        taken_grams.append(grams)
        taken.append((doc_id, text))
        if len(taken) >= limit:
            break
    return taken


def near_duplicate_set(limit: int) -> tuple[list[Document], dict[str, str]]:
    """Originals, edited copies and unrelated articles, shuffled; and each id's true
    cluster (the original it comes from, or itself)."""
    rng = random.Random(11)
    articles = load_articles(limit)
    half = len(articles) // 2
    docs, truth = [], {}
    for n, (doc_id, text) in enumerate(articles):
        docs.append(read_text(text, id=doc_id))
        truth[doc_id] = doc_id
        if n >= half:
            continue  # unrelated articles, no copies
        for k in range(rng.choice((1, 2))):
            copy = text
            for edit in rng.sample(EDITS, k=rng.choice((2, 3))):
                copy = edit(copy, rng, articles[rng.randrange(len(articles))][1])
            docs.append(read_text(copy, id=f"{doc_id}-copy{k}"))
            truth[f"{doc_id}-copy{k}"] = doc_id
    rng.shuffle(docs)
    return docs, truth


def _pairs(cluster_of: dict[str, str]) -> set[tuple[str, str]]:
    members: dict[str, list[str]] = {}
    for doc_id, cluster in cluster_of.items():
        members.setdefault(cluster, []).append(doc_id)
    return {tuple(sorted(p)) for m in members.values() for p in combinations(m, 2)}  # type: ignore[misc]


def near_duplicates(settings: Settings, limit: int) -> None:
    docs, truth = near_duplicate_set(limit)
    ctx = Context(settings)
    dedupe_stage([Analysis(read_text("Warm up the index.", id="warm-up"))], ctx)
    found: dict[str, str] = {}
    start = time.perf_counter()
    for batch in batched(docs, settings.batch_size):
        for a in dedupe_stage([Analysis(d) for d in batch], ctx):
            found[a.document.id] = a.document.duplicate_of or a.document.id
    elapsed = time.perf_counter() - start
    predicted, true = _pairs(found), _pairs(truth)
    hit = len(predicted & true)
    copies = sum(1 for k, v in truth.items() if k != v)
    print(f"\n== near-duplicates: {len(docs)} documents ({copies} edited copies), shuffled")
    print(
        f"pairwise precision          {hit / max(1, len(predicted)):.3f} ({hit}/{len(predicted)})"
    )
    print(f"pairwise recall             {hit / max(1, len(true)):.3f} ({hit}/{len(true)})")
    print(f"dedupe time                 {1000 * elapsed / len(docs):.2f} ms/document")


# --- date expressions -------------------------------------------------------------------


def date_expressions() -> None:
    path = HERE / "dates.py"
    print("\n== date expressions (bench/dates.py)")
    spec = importlib.util.spec_from_file_location("bench_dates", path)
    if not path.exists() or spec is None or spec.loader is None:
        print("not available: bench/dates.py is missing")  # LEAD: wire here when it lands
        return
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up by name
    try:
        spec.loader.exec_module(module)
        scores = module.date_expression_scores()
    except Exception as exc:  # noqa: BLE001 - another bench, maybe mid-change: report, go on
        print(f"not available: bench/dates.py failed ({type(exc).__name__}: {exc})")
        return
    for key, value in scores.items():
        print(f"{key:27} {value}")


# --- speed ------------------------------------------------------------------------------


def _read_one(item: tuple[bytes, str, str]) -> Document | None:
    html, doc_id, url = item
    try:
        return read_html(html, id=doc_id, url=url)
    except InputError:
        return None


def _warm(_: int) -> None:
    """Start-up, not timed: what a reader process loads as it starts (`warm_up`), then
    one page."""
    warm_up()
    read_html(b"<html><body><p>Police fired tear gas at protesters on Tuesday.</p></body></html>")


def _dedupe_all(docs: Iterator[Document | None], settings: Settings) -> int:
    ctx, n = Context(settings), 0
    batch: list[Analysis] = []
    for doc in docs:
        n += 1
        if doc is not None:
            batch.append(Analysis(doc))
        if len(batch) >= settings.batch_size:
            dedupe_stage(batch, ctx)
            batch = []
    if batch:
        dedupe_stage(batch, ctx)
    return n


def speed(pages: Sequence[Page], settings: Settings, workers: int, copies: int) -> None:
    """Pages/s by the clock, in one process and with a pool of readers; and pages per
    CPU-second of one process, which a busy shared machine does not distort as much."""
    items = [(p.html, p.file, p.url) for p in pages]
    _warm(0)
    start, cpu = time.perf_counter(), time.process_time()
    n = _dedupe_all(map(_read_one, items), settings)
    one, per_cpu = n / (time.perf_counter() - start), n / (time.process_time() - cpu)
    with ProcessPoolExecutor(workers) as pool:
        list(pool.map(_warm, range(workers)))
        start = time.perf_counter()
        n = _dedupe_all(pool.map(_read_one, items, chunksize=4), settings)
        many = n / (time.perf_counter() - start)
    print(f"\n== speed: {len(items)} HTML pages to Documents, dedupe included")
    print(
        f"1 process                   {one:.1f} pages/s ({per_cpu:.1f} pages per CPU-second,"
        f" {1000 / per_cpu:.1f} ms CPU a page)"
    )
    print(f"{workers} reader processes          {many:.1f} pages/s")
    print(f"{workers} idle cores (estimate)     {workers * per_cpu:.1f} pages/s")
    for runs in sorted({1, copies}):
        pooled, first, n = _read_paths_speed(pages, settings, workers, runs)
        print(
            f"read_paths, read_workers={workers}   {pooled:.1f} pages/s ({n} pages;"
            f" first document after {1000 * first:.0f} ms)"
        )


def _read_paths_speed(
    pages: Sequence[Page], settings: Settings, workers: int, copies: int
) -> tuple[float, float, int]:
    """(pages/s, seconds to the first document, pages) of `read_paths` over a folder
    of `copies` copies of the pages (written to a temporary folder, removed after), with
    its own pool of `workers`, dedupe included. Each copy of a page carries a paragraph
    of its own, so that it is a near copy (as wire copy is), not an exact one, which
    dedupe finds by its hash alone."""
    import dataclasses
    import tempfile

    from eventwire.read import read_paths

    with tempfile.TemporaryDirectory() as folder:
        for copy in range(copies):
            for page in pages:
                html = page.html.replace(b"</body>", _copy_note(copy), 1) if copy else page.html
                (Path(folder) / f"{page.file}.{copy}.html").write_bytes(html)
        local = dataclasses.replace(settings, read_workers=workers)
        start = time.perf_counter()
        first: list[float] = []

        def read() -> Iterator[Document | None]:
            for item in read_paths([folder], local):
                if not first:
                    first.append(time.perf_counter() - start)
                yield item if isinstance(item, Document) else None

        n = _dedupe_all(read(), settings)
        return n / (time.perf_counter() - start), first[0] if first else 0.0, n


def _copy_note(copy: int) -> bytes:
    return f"<p>Republished as copy {copy} of this story by a partner outlet.</p></body>".encode()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="Only the first N pages.")
    parser.add_argument("--articles", type=int, default=600, help="Articles for the dedupe set.")
    parser.add_argument("--workers", type=int, default=2, help="Reader processes for speed.")
    parser.add_argument(
        "--copies",
        type=int,
        default=4,
        help="read_paths is also timed over this many near copies of the pages (a longer"
        " run, in which the pool's start-up weighs less).",
    )
    parser.add_argument(
        "--show-date-misses", "--verbose", action="store_true", help="List the date misses."
    )
    args = parser.parse_args(argv)
    if not DEV.exists():
        print(f"skipped: {DEV} is not present (development data is internal)")
        return
    settings = Settings.load()
    pages = load_pages(args.limit)
    docs = boilerplate(pages)
    dates(pages, docs, args.show_date_misses)
    articles = min(args.articles, args.limit * 4) if args.limit else args.articles
    near_duplicates(settings, articles)
    date_expressions()
    speed(pages, settings, args.workers, args.copies)


if __name__ == "__main__":
    main()
