"""Rules alone vs rules + a locally trained classifier, on a held-out part of ACLED Kenya.

    EVENTWIRE_GAZETTEER_PATH=tests/.cache/gazetteer.sqlite \
        .venv/bin/python bench/train_split.py [--split year|random] [--limit N] [--seed S]

The classifier (`eventwire.train`) is fitted on one part of
../shared/data/dev/acled/acled_kenya_2004_2019.csv (rows before `--before`, 2017 by
default, or a seeded 80/20 split) and saved to a temporary directory, never into the
repository. Each test row's notes run through the pipeline once up to the events
stage; then the remaining stages run twice: without the model (rules alone) and with
`event_model` set (the `classify` stage retypes weakly grounded events). A row's
prediction is its top-confidence non-background event (none: wrong). Printed: the
sub-event type weighted F1 and the event type accuracy of both, and the difference;
for reference, the classifier alone on the notes. Skips cleanly without the data.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from calibration import ACLED, Row, acled_rows, sample

NONE = "(no event)"


def split_rows(
    rows: Sequence[Row], how: str, before: int, seed: int
) -> tuple[list[Row], list[Row]]:
    if how == "year":
        return [r for r in rows if r.year < before], [r for r in rows if r.year >= before]
    from eventwire.train import split

    train_ix, test_ix = split([r.sub_event_type for r in rows], 0.2, seed)
    return [rows[i] for i in train_ix], [rows[i] for i in test_ix]


def predictions(test: Sequence[Row], model_path: str) -> tuple[list[tuple[str, str]], ...]:
    """(event type, sub-event type) per row, for rules alone and for rules + model."""
    from eventwire.pipeline import DEFAULT_STAGES, Context, get_stage, run
    from eventwire.records import Document
    from eventwire.settings import Settings

    settings = Settings.load()
    plain, with_model = Context(settings), Context(settings.replace(event_model=model_path))
    upto = DEFAULT_STAGES[: DEFAULT_STAGES.index("events") + 1]
    rest = [get_stage(n).fn for n in DEFAULT_STAGES[len(upto) :]]
    docs = (Document(r.id, r.text, published_at=r.day, published_at_source="given") for r in test)
    found: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {}
    retyped = 0
    for analysis in run(docs, plain, stages=upto):
        outs = []
        for ctx in (plain, with_model):
            done = [analysis]
            for fn in rest:
                done = fn(done, ctx)
            outs.append(_top(done[0].events))
        retyped += sum("+model" in e.rule for e in done[0].events)
        found[analysis.document.id] = (outs[0], outs[1])
    print(f"events retyped by the model: {retyped}")
    rules = [found.get(r.id, (NONE, NONE))[0] for r in test]  # type: ignore[index]
    model = [found.get(r.id, ((NONE, NONE), (NONE, NONE)))[1] for r in test]
    return rules, model


def _top(events: Sequence[object]) -> tuple[str, str]:
    live = [e for e in events if not e.background]  # type: ignore[attr-defined]
    if not live:
        return NONE, NONE
    best = max(live, key=lambda e: e.confidence)  # type: ignore[attr-defined]
    return best.event_type, best.sub_event_type  # type: ignore[attr-defined]


def metrics(test: Sequence[Row], predicted: Sequence[tuple[str, str]]) -> tuple[float, float]:
    """Sub-event type weighted F1 (over the gold labels) and event type accuracy."""
    from sklearn.metrics import f1_score

    gold_sub = [r.sub_event_type for r in test]
    labels = sorted(set(gold_sub))
    sub_f1 = f1_score(
        gold_sub, [p[1] for p in predicted], labels=labels, average="weighted", zero_division=0
    )
    right = sum(p[0] in r.accepted for r, p in zip(test, predicted, strict=True))
    return float(sub_f1), right / len(test)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=("year", "random"), default="year")
    parser.add_argument("--before", type=int, default=2017, help="first test year (--split year)")
    parser.add_argument("--limit", type=int, default=None, help="test rows (seeded sample)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    if not ACLED.exists():
        print(f"skipped: {ACLED} is absent (internal evaluation data)")
        return 0
    from eventwire import train

    train_rows, test_rows = split_rows(acled_rows(), args.split, args.before, args.seed)
    test_rows = sample(test_rows, args.limit, args.seed)
    print(f"split {args.split}: {len(train_rows)} training rows, {len(test_rows)} test rows")
    texts = [train.clean_note(r.text) for r in train_rows]
    model = train.fit(texts, [r.sub_event_type for r in train_rows], "sub_event_type", args.seed)
    alone_acc, alone_f1 = train.score(
        model, [r.text for r in test_rows], [r.sub_event_type for r in test_rows]
    )
    print(f"classifier alone on the notes: sub-event accuracy {alone_acc:.3f}, F1 {alone_f1:.3f}")
    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "acled.model")
        model.save(path)
        rules, with_model = predictions(test_rows, path)
    (r_f1, r_acc), (m_f1, m_acc) = metrics(test_rows, rules), metrics(test_rows, with_model)
    covered = sum(p[0] != NONE for p in rules) / len(test_rows)
    print(f"rows with an event: {covered:.3f}")
    print(f"{'':<16} {'sub-event F1':>12} {'event type acc':>14}")
    print(f"{'rules':<16} {r_f1:>12.3f} {r_acc:>14.3f}")
    print(f"{'rules + model':<16} {m_f1:>12.3f} {m_acc:>14.3f}")
    print(f"{'difference':<16} {m_f1 - r_f1:>+12.3f} {m_acc - r_acc:>+14.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
