"""How much could better fusion or a better choice of top event gain on Kenya?

    EVENTWIRE_GAZETTEER_PATH=tests/.cache/gazetteer.sqlite \
        .venv/bin/python bench/ceiling.py [--half study|check] [--show N]

Kenya scoring takes each note's top-confidence non-background event. This counts the
rows whose top event is wrong while another non-background event of the same note is
right: by event type, by sub-event type, and by fatalities. Those rows bound what
merging one incident's events (`eventwire.fuse`) or ranking them
(`eventwire.confidence`) can win; the rest need better reading, not better choosing.
`--show` prints, per figure, that many rows with all their events.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
import quality as q  # a sibling script, not a package


def misses(gold: dict[str, str], events: Sequence[Any]) -> list[str]:
    """The figures the top event gets wrong and another event gets right."""
    if not events:
        return []
    top = max(events, key=lambda e: e.confidence)
    rest = [e for e in events if e is not top]
    deaths = q._int(gold["fatalities"])
    checks: dict[str, Callable[[Any], bool]] = {
        "event_type": lambda e: e.event_type == gold["event_type"],
        "sub_event_type": lambda e: e.sub_event_type == gold["sub_event_type"],
        "fatalities": lambda e: e.fatalities == deaths,
    }
    return [name for name, ok in checks.items() if not ok(top) and any(map(ok, rest))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--half", choices=("study", "check"), default="study")
    parser.add_argument("--show", type=int, default=0, help="rows printed per figure")
    args = parser.parse_args(argv)
    if not q.KENYA.exists():
        print(f"skipped: {q.KENYA} is not present (development data is internal)")
        return 0
    rows = q.sample(q.kenya_rows(), None, 0, args.half)
    counts: Counter[str] = Counter()
    pairs: Counter[tuple[str, str]] = Counter()
    for row, events in q.Coder().code_all(rows):
        for name in misses(row.gold, events):
            counts[name] += 1
            top = max(events, key=lambda e: e.confidence)
            if name == "sub_event_type":
                pairs[(row.gold["sub_event_type"], top.sub_event_type)] += 1
            if counts[name] <= args.show:
                print(f"[{name}] gold {row.gold[name]}: {row.text[:200]!r}")
                for e in sorted(events, key=lambda e: -e.confidence):
                    print(f"    {e.confidence:.3f} {e.sub_event_type} {e.fatalities}")
    print(f"kenya {args.half}: {len(rows)} rows; top wrong, another event right:")
    for name in ("event_type", "sub_event_type", "fatalities"):
        print(f"  {name:<16} {counts[name]}")
    for (gold, ours), n in pairs.most_common(10):
        print(f"    {gold} -> {ours}: {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
