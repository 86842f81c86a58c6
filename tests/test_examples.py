"""The demo corpus in examples/ stays well-formed: enough reports, short, readable."""

from __future__ import annotations

import json
import re
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def words(text: str) -> int:
    return len(text.split())


def test_text_reports_are_short_news_reports() -> None:
    reports = sorted(EXAMPLES.glob("*.txt"))
    assert len(reports) >= 12
    for path in reports:
        text = path.read_text(encoding="utf-8")
        assert 80 <= words(text) <= 250, path.name
        assert re.fullmatch(r"[a-z0-9-]+", path.stem), path.name


def test_batch_records_carry_the_jsonl_fields() -> None:
    lines = (EXAMPLES / "batch.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3
    for line in lines:
        record = json.loads(line)
        assert set(record) == {"id", "title", "url", "published_at", "text"}
        assert 80 <= words(record["text"]) <= 250, record["id"]


def test_html_page_has_boilerplate_and_a_published_date() -> None:
    page = (EXAMPLES / "sudan-el-fasher-hospital.html").read_text(encoding="utf-8")
    assert '<meta property="article:published_time" content="2025-01-25' in page
    for part in ("<nav>", "cookie", "Related stories", "&copy; 2025"):
        assert part in page
    body = re.sub(r"<[^>]+>", " ", page.split("<article>")[1].split("</article>")[0])
    assert 80 <= words(body) <= 250


def test_every_example_is_listed_in_the_readme() -> None:
    readme = (EXAMPLES / "README.md").read_text(encoding="utf-8")
    for path in EXAMPLES.iterdir():
        if path.name != "README.md":
            assert f"`{path.name}`" in readme, path.name
