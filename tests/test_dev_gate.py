"""A second accuracy gate, on development data nobody on the team wrote: GTD Iraq.

Reads ../shared/data/dev/gtd-iraq-2012-2015.csv at run time (never copied into the
repository) and scores every row as `bench/quality.py --set gtd` does. The file's hash
and the floors are pinned: each floor is the measured share, less about one point,
rounded down. Without the data the test
skips and says so. Like the team gold gate, it guards against regressions; the
held-out GTD years, not this file, estimate accuracy on unseen news.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from eventwire.evaluate import sha256_file
from eventwire.settings import Settings

BENCH = Path(__file__).resolve().parents[1] / "bench"
GTD_SHA256 = "5b858a16fc6515c2d32f6fed2c60dd4a0c3d770b1424581a17f7713aa2982492"

# Measured on all 1,540 rows: found 0.999, date 0.999, admin1 0.979, fatalities 0.922,
# type 0.954 (bench/quality.py --set gtd).
FLOORS = {
    "found": 0.99,
    "date exact": 0.99,
    "admin1": 0.97,
    "fatalities exact": 0.91,
    "type agrees": 0.94,
}


@pytest.mark.slow
def test_gtd_iraq_floors(settings: Settings) -> None:
    sys.path.insert(0, str(BENCH))
    import quality

    if not quality.GTD.exists():
        pytest.skip(f"development data not present: {quality.GTD}")
    assert sha256_file(quality.GTD) == GTD_SHA256, (
        f"{quality.GTD} changed: re-measure, then update GTD_SHA256 and FLOORS together"
    )
    rows = quality.gtd_rows()
    tally = quality.score_gtd(quality.Coder(settings).code(rows), show=0)
    measured = {name: tally.share(name) for name in FLOORS if name != "found"}
    measured["found"] = tally.found / tally.rows
    below = {
        name: (measured[name], floor) for name, floor in FLOORS.items() if measured[name] < floor
    }
    assert not below, f"below the floor (measured, floor): {below}"
