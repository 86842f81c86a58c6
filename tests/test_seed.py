"""The worked example (../shared/seed/), read from the team's workspace when present.

What it finds is printed (run with -s, or `python bench/seed.py`); the test holds the
floors the foundation issue set: at least 3 of 5 required events and no trap.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import pytest

from eventwire.settings import Settings

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))
import seed  # noqa: E402


@pytest.mark.slow
def test_worked_example(settings: Settings) -> None:
    if not seed.SEED.exists():
        pytest.skip(f"{seed.SEED} is not present: the worked example lives in the team workspace")
    result = seed.evaluate(settings)
    report = "\n".join([f"found {sorted(result.found)}", *result.events, *result.traps])
    print(report)
    assert result.doc_date is not None, report
    expected = json.loads((seed.SEED / "expected.json").read_text(encoding="utf-8"))["document"]
    want = date.fromisoformat(expected["published_at_inferred"])
    assert abs((result.doc_date - want).days) <= expected["published_at_tolerance_days"], report
    assert not result.traps, report
    assert len(result.found) >= 3, report
