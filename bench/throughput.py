"""Throughput of `extract` against the naive baseline, measured in the same run.

Reads ../shared/data/dev/india-police-events/docs.jsonl (1,257 real articles, field
`doc_text`), then runs, each in its own process so that peak RSS is its own:

- eventwire: the full extract pipeline (read, dedupe, sentences, time, nlp on
  candidate sentences, geo, actors, events, fuse);
- naive: spaCy's full pipeline over every sentence of every article (`nlp.pipe`).

Prints articles/s, words/s and peak RSS for both, and the speed-up.

    .venv/bin/python bench/throughput.py [--limit N]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared/data/dev/india-police-events/docs.jsonl"


def load_texts(limit: int | None) -> list[tuple[str, str]]:
    rows = []
    with DATA.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            rows.append((str(row["doc_id"]), row["doc_text"]))
            if limit and len(rows) >= limit:
                break
    return rows


def run_eventwire(rows: list[tuple[str, str]]) -> dict[str, float]:
    from eventwire import api, read
    from eventwire.pipeline import Context, RunReport
    from eventwire.settings import Settings

    settings = Settings.load()
    ctx = Context(settings)
    # Warm-up outside the timing: model and gazetteer load once per process.
    list(api.analyse([read.read_text("Police arrested two men in Delhi.")], settings, context=ctx))
    report = RunReport()
    start = time.perf_counter()
    docs = (read.read_text(text, id=doc_id) for doc_id, text in rows)
    events = sum(len(a.events) for a in api.analyse(docs, settings, report=report, context=ctx))
    elapsed = time.perf_counter() - start
    return {"seconds": elapsed, "events": events, "failed": report.failed}


def run_naive(rows: list[tuple[str, str]]) -> dict[str, float]:
    from eventwire.nlp import load_model

    nlp = load_model("en_core_web_sm")
    nlp("Warm up.")
    start = time.perf_counter()
    entities = sum(len(doc.ents) for doc in nlp.pipe((t for _, t in rows), batch_size=64))
    elapsed = time.perf_counter() - start
    return {"seconds": elapsed, "entities": entities}


def child(mode: str, limit: int | None) -> None:
    rows = load_texts(limit)
    result = run_eventwire(rows) if mode == "eventwire" else run_naive(rows)
    result["articles"] = len(rows)
    result["words"] = sum(len(text.split()) for _, text in rows)
    result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))


def measure(mode: str, limit: int | None) -> dict[str, float]:
    cmd = [sys.executable, __file__, "--child", mode]
    if limit:
        cmd += ["--limit", str(limit)]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    result: dict[str, float] = json.loads(out.strip().splitlines()[-1])
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="Only the first N articles.")
    parser.add_argument("--child", choices=("eventwire", "naive"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not DATA.exists():
        print(f"skipped: {DATA} is not present (development data is internal)")
        return 0
    if args.child:
        child(args.child, args.limit)
        return 0
    results = {mode: measure(mode, args.limit) for mode in ("eventwire", "naive")}
    header = ("run", "articles", "seconds", "articles/s", "words/s", "peak RSS MB")
    print("{:<10} {:>8} {:>8} {:>10} {:>9} {:>11}".format(*header))
    for mode, r in results.items():
        rate = r["articles"] / r["seconds"]
        words = r["words"] / r["seconds"]
        row = (mode, r["articles"], r["seconds"], rate, words, r["peak_rss_mb"])
        print("{:<10} {:>8.0f} {:>8.1f} {:>10.1f} {:>9.0f} {:>11.0f}".format(*row))
    speedup = results["naive"]["seconds"] / results["eventwire"]["seconds"]
    events = results["eventwire"]["events"]
    print(f"speed-up over the naive baseline: {speedup:.2f}x; events coded: {events:.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
