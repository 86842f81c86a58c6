"""The date-expression gate: exact resolution on the team's own set (tests/data/).

`bench/dates.py` defines "exact" (value, precision and span end of the expression that
overlaps the row's phrase most; nothing at all for a row without a date). The floor and
the set's hash are pinned: editing the set fails this gate until both are re-measured
and updated together. The rules were written with this set in view, so it guards
against regressions; it does not estimate accuracy on unseen news.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from eventwire.evaluate import sha256_file

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))
import dates  # noqa: E402

SET_SHA256 = "e855bf17f0e07dfc2067597597d8bf6f739e50d84e683028ee9c22415b2d36ca"
FLOOR = 0.95
CATEGORIES = ("absolute", "relative", "span", "partial", "anniversary", "none")


def test_set_is_the_pinned_one() -> None:
    assert sha256_file(dates.SET) == SET_SHA256, (
        "tests/data/date_expressions.tsv changed: re-measure, then update SET_SHA256 and FLOOR"
    )


def test_set_covers_every_category_and_is_large_enough() -> None:
    rows = dates.load()
    assert len(rows) >= 180
    assert {row.category for row in rows} == set(CATEGORIES)
    for row in rows:
        assert (row.phrase in row.sentence) if row.phrase else row.value is None, row


def test_exact_resolution_meets_the_floor() -> None:
    misses: list[str] = []
    scores = dates.date_expression_scores(misses=misses)
    assert scores["exact"] >= FLOOR, "\n".join(misses)
    assert all(scores[f"exact_{name}"] >= 0.9 for name in CATEGORIES), scores


def test_exact_means_value_precision_and_until(tmp_path: Path) -> None:
    """A wrong span end, a wrong precision or a stray date is a miss."""
    header = "category\tref\tsentence\tphrase\tvalue\tuntil\tprecision\n"
    rows = [
        "span\t2019-06-19\tRaids ran June 3-5.\tJune 3-5\t2019-06-03\t2019-06-06\tweek",
        "relative\t2019-06-19\tTroops left last week.\tlast week\t2019-06-13\t\tday",
        "none\t2019-06-19\tTroops left on Monday.\t\t\t\t",
        "relative\t2019-06-19\tTroops left on Monday.\ton Monday\t2019-06-17\t\tday",
    ]
    path = tmp_path / "set.tsv"
    path.write_text("# a note\n" + header + "\n".join(rows) + "\n", encoding="utf-8")
    scores = dates.date_expression_scores(path)
    assert (scores["exact"], scores["rows"], scores["exact_relative"]) == (0.25, 4, 0.5)
    assert dates.load(path)[0].until == date(2019, 6, 6)
