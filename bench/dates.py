"""Exact resolution of date expressions on the team's own test set.

The set (`tests/data/date_expressions.tsv`, written for eventwire, no dataset rows) gives
each sentence a document date and the expected resolution of one expression in it, or
none. A row is exact when:

- it names a phrase: of the expressions `find_times` finds in the sentence, the one
  overlapping the phrase by most characters (the earlier on a tie) has exactly the
  expected value, precision and `until` (an expected empty `until` must be empty);
- it names none: `find_times` finds nothing in the sentence.

Precision maps to ACLED's time_precision: day 1, week 2, month 3; year (4) is ours.

    .venv/bin/python bench/dates.py [PATH]
"""

from __future__ import annotations

import csv
import sys
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from eventwire.records import TimeExpression, TimePrecision
from eventwire.timefind import find_times

SET = Path(__file__).resolve().parents[1] / "tests" / "data" / "date_expressions.tsv"
PRECISIONS = {"day": TimePrecision.DAY, "week": TimePrecision.WEEK}
PRECISIONS |= {"month": TimePrecision.MONTH, "year": TimePrecision.YEAR}


@dataclass(frozen=True, slots=True)
class Row:
    """One sentence of the set and the resolution expected for it."""

    category: str
    ref: date
    sentence: str
    phrase: str
    value: date | None
    until: date | None
    precision: TimePrecision | None


def _day(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


def load(path: Path = SET) -> list[Row]:
    """The rows of the set; lines starting with "#" are its header notes."""
    with path.open(encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    return [
        Row(
            r["category"],
            date.fromisoformat(r["ref"]),
            r["sentence"],
            r["phrase"],
            _day(r["value"]),
            _day(r["until"]),
            PRECISIONS[r["precision"]] if r["precision"] else None,
        )
        for r in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    ]


def chosen(row: Row, found: tuple[TimeExpression, ...]) -> TimeExpression | None:
    """The found expression overlapping the row's phrase by most characters."""
    start = row.sentence.find(row.phrase)
    end = start + len(row.phrase)
    best: tuple[int, TimeExpression] | None = None
    for t in found:
        overlap = min(end, t.end) - max(start, t.start)
        if overlap > 0 and (best is None or overlap > best[0]):
            best = (overlap, t)
    return best[1] if best else None


def is_exact(row: Row, found: tuple[TimeExpression, ...]) -> bool:
    """Whether `found` resolves the row exactly (see the module docstring)."""
    if not row.phrase:
        return not found
    got = chosen(row, found)
    return got is not None and (got.value, got.precision, got.until) == (
        row.value,
        row.precision,
        row.until,
    )


def _describe(row: Row, found: tuple[TimeExpression, ...]) -> str:
    want = "none" if not row.phrase else f"{row.value} {row.precision} until {row.until}"
    got = chosen(row, found) if row.phrase else (found[0] if found else None)
    have = "none" if got is None else f"{got.text!r} {got.value} {got.precision} until {got.until}"
    return f"[{row.category}] {row.ref} {row.sentence}\n    want {want}\n    got  {have}"


def date_expression_scores(
    path: Path = SET, misses: list[str] | None = None
) -> dict[str, float | int]:
    """Exact resolution overall and per category, and the number of rows.

    Keys: "exact", "rows", "exact_<category>" and "rows_<category>". When `misses` is
    given, a description of each row not resolved exactly is appended to it.
    """
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for row in load(path):
        found = find_times(row.sentence, row.ref)
        ok = is_exact(row, found)
        for key in ("", row.category):
            totals[key][0] += ok
            totals[key][1] += 1
        if not ok and misses is not None:
            misses.append(_describe(row, found))
    scores: dict[str, float | int] = {}
    for key, (right, count) in sorted(totals.items()):
        suffix = f"_{key}" if key else ""
        scores[f"exact{suffix}"] = round(right / count, 4)
        scores[f"rows{suffix}"] = count
    return scores


def main(argv: list[str]) -> None:
    path = Path(argv[0]) if argv else SET
    misses: list[str] = []
    scores = date_expression_scores(path, misses)
    for key, value in scores.items():
        print(f"{key:24} {value}")
    print(f"\n{len(misses)} misses")
    for miss in misses:
        print(miss)


if __name__ == "__main__":
    main(sys.argv[1:])
