"""Does `confidence` mean what it says? A reliability table on the development sets.

    EVENTWIRE_GAZETTEER_PATH=tests/.cache/gazetteer.sqlite \
        .venv/bin/python bench/calibration.py [--limit N] [--sets acled,gtd] [--seed S]

Each row's text (ACLED Kenya `notes`; GTD Iraq `summary`) runs through the pipeline,
dated by the row's date. A non-background event is right when its event type is the
row's label: ACLED's `event_type`; for GTD the ACLED types its attack type maps to
(`GTD_TYPES`; armed assaults and assassinations on soldiers or police may be Battles).
Events are binned by confidence; each bin shows how many events fell in it, the share
that were right and their mean confidence. A calibrated confidence keeps the share
right near the mean confidence, and events above 0.8 right at least 80 % of the time.

Two confidences are compared on the same events: the events stage's additive score
("sum") and the hand-set factors of `eventwire.confidence` ("factors"). Per-rule rows
show where each rule's prior stands. Nothing is fitted here; the data stays outside
the repository and the script skips cleanly when it is absent.
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import itertools
import random
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

DEV = Path(__file__).resolve().parents[2] / "shared" / "data" / "dev"
ACLED = DEV / "acled" / "acled_kenya_2004_2019.csv"
GTD = DEV / "gtd-iraq-2012-2015.csv"
BINS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)

_VAC, _BATTLES = "Violence against civilians", "Battles"
_ARMED_TARGETS = {"Military", "Police", "Terrorists/Non-State Militia"}
GTD_TYPES: dict[str, frozenset[str]] = {
    "Bombing/Explosion": frozenset({"Explosions/Remote violence"}),
    "Armed Assault": frozenset({_VAC}),
    "Assassination": frozenset({_VAC}),
    "Hostage Taking (Kidnapping)": frozenset({_VAC}),
    "Hostage Taking (Barricade Incident)": frozenset({_VAC}),
    "Hijacking": frozenset({_VAC}),
    "Facility/Infrastructure Attack": frozenset(
        {"Strategic developments", "Explosions/Remote violence"}
    ),
}
"""GTD attack type -> the ACLED event types that code it (Unknown rows are skipped)."""


@dataclass(frozen=True)
class Row:
    id: str
    text: str
    day: date
    accepted: frozenset[str]  # event types that are right
    sub_event_type: str = ""
    year: int = 0


def acled_rows(path: Path = ACLED) -> list[Row]:
    """ACLED rows: notes, date (dd-mm-yy), event type and sub-event type."""
    rows = []
    with path.open(encoding="utf-8", newline="") as handle:
        for index, r in enumerate(csv.DictReader(handle)):
            if not r["notes"].strip():
                continue
            day = datetime.strptime(r["event_date"], "%d-%m-%y").date()
            rows.append(
                Row(
                    f"acled-{index}",
                    r["notes"],
                    day,
                    frozenset({r["event_type"]}),
                    r["sub_event_type"],
                    int(r["year"]),
                )
            )
    return rows


def gtd_rows(path: Path = GTD) -> list[Row]:
    """GTD rows with a known attack type, mapped to ACLED event types."""
    rows = []
    with path.open(encoding="utf-8", newline="") as handle:
        for index, r in enumerate(csv.DictReader(handle)):
            accepted = GTD_TYPES.get(r["attack_type"])
            if accepted is None or not r["summary"].strip():
                continue
            if r["attack_type"] in {"Armed Assault", "Assassination"} and (
                r["target_type"] in _ARMED_TARGETS
            ):
                accepted = accepted | {_BATTLES}
            day = date.fromisoformat(r["date"])
            rows.append(Row(f"gtd-{index}", r["summary"], day, accepted, year=day.year))
    return rows


def sample(rows: Sequence[Row], limit: int | None, seed: int) -> list[Row]:
    if not limit or limit >= len(rows):
        return list(rows)
    return random.Random(seed).sample(list(rows), limit)


def coded(rows: Sequence[Row], settings: object) -> dict[str, tuple[list[object], list[object]]]:
    """Row id -> (events with the events stage's confidence, the same with the factors'),
    non-background, each list fused as the pipeline fuses."""
    from eventwire.confidence import rescore
    from eventwire.pipeline import DEFAULT_STAGES, Context, get_stage, run
    from eventwire.records import Document

    ctx = Context(settings)  # type: ignore[arg-type]
    upto = DEFAULT_STAGES[: DEFAULT_STAGES.index("events") + 1]
    fuse = get_stage("fuse").fn
    docs = (Document(r.id, r.text, published_at=r.day, published_at_source="given") for r in rows)
    out: dict[str, tuple[list[object], list[object]]] = {}
    for analysis in run(docs, ctx, stages=upto):
        old = fuse([analysis], ctx)[0].events
        new_analysis = dataclasses.replace(analysis, events=rescore(analysis, analysis.events, 0.0))
        new = fuse([new_analysis], ctx)[0].events
        keep = [e for e in old if not e.background], [e for e in new if not e.background]
        out[analysis.document.id] = keep  # type: ignore[assignment]
    return out


def reliability(pairs: Iterable[tuple[float, bool]]) -> list[tuple[str, int, float, float]]:
    """(bin, n, share right, mean confidence) per confidence bin."""
    table = []
    items = list(pairs)
    for low, high in itertools.pairwise(BINS):
        inside = [(c, ok) for c, ok in items if low <= c < high]
        if not inside:
            table.append((f"{low:.1f}-{min(high, 1.0):.1f}", 0, 0.0, 0.0))
            continue
        right = sum(ok for _, ok in inside) / len(inside)
        mean = sum(c for c, _ in inside) / len(inside)
        table.append((f"{low:.1f}-{min(high, 1.0):.1f}", len(inside), right, mean))
    return table


def print_table(title: str, pairs: Sequence[tuple[float, bool]]) -> None:
    print(f"\n{title}")
    print(f"  {'bin':<9} {'n':>5} {'right':>6} {'mean conf':>9}")
    for name, n, right, mean in reliability(pairs):
        print(f"  {name:<9} {n:>5} {right:>6.3f} {mean:>9.3f}")
    high = [ok for c, ok in pairs if c >= 0.8]
    share = sum(high) / len(high) if high else float("nan")
    total = sum(ok for _, ok in pairs) / len(pairs) if pairs else float("nan")
    print(f"  0.8 and above: n={len(high)} right={share:.3f}", end="; ")
    print(f"all: n={len(pairs)} right={total:.3f}")


def per_rule(events: Sequence[tuple[object, bool]]) -> None:
    from eventwire.confidence import rule_info

    stats: dict[str, list[int]] = {}
    for event, ok in events:
        name, _ = rule_info(event.rule)  # type: ignore[attr-defined]
        stats.setdefault(name, [0, 0])
        stats[name][0] += 1
        stats[name][1] += ok
    print("\n  per rule (factor events):  rule  n  right  prior")
    for name, (n, right) in sorted(stats.items(), key=lambda kv: -kv[1][0]):
        print(f"    {name:<22} {n:>5} {right / n:>6.3f} {rule_info('x/' + name)[1].prior:>5}")


def evaluate(name: str, rows: Sequence[Row], settings: object) -> None:
    found = coded(rows, settings)
    by_id = {r.id: r for r in rows}
    old_pairs, new_pairs, new_events, top = [], [], [], []
    for doc_id, (old, new) in found.items():
        accepted = by_id[doc_id].accepted
        old_pairs += [(e.confidence, e.event_type in accepted) for e in old]  # type: ignore[attr-defined]
        new_pairs += [(e.confidence, e.event_type in accepted) for e in new]  # type: ignore[attr-defined]
        new_events += [(e, e.event_type in accepted) for e in new]  # type: ignore[attr-defined]
        if new:
            best = max(new, key=lambda e: e.confidence)  # type: ignore[attr-defined]
            top.append((best.confidence, best.event_type in accepted))  # type: ignore[attr-defined]
    with_events = sum(1 for old, new in found.values() if new)
    print(f"\n=== {name}: {len(rows)} rows, {with_events} with a non-background event")
    print_table("events stage's additive confidence (sum), every event", old_pairs)
    print_table("hand-set factor confidence, every event", new_pairs)
    print_table("hand-set factor confidence, top event per row", top)
    per_rule(new_events)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="rows per set (seeded sample)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--sets", default="acled,gtd")
    args = parser.parse_args(argv)
    from eventwire.settings import Settings

    settings = Settings.load()
    wanted = {s.strip() for s in args.sets.split(",")}
    for name, path, loader in (("ACLED Kenya", ACLED, acled_rows), ("GTD Iraq", GTD, gtd_rows)):
        key = "acled" if name.startswith("ACLED") else "gtd"
        if key not in wanted:
            continue
        if not path.exists():
            print(f"skipped {name}: {path} is absent (internal evaluation data)")
            continue
        evaluate(name, sample(loader(path), args.limit, args.seed), settings)
    return 0


if __name__ == "__main__":
    sys.exit(main())
