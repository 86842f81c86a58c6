"""Geoparsing accuracy on the development corpora (LGL, GeoVirus), when present.

Every gold toponym is scored; a toponym we did not find counts as wrong.

- recall: a resolved place overlaps the gold span;
- acc@161km: that place lies within 161 km of the gold coordinates;
- geonameid: exact GeoNames id, where the gold gives one (LGL).

A demonym counts as found (the gold codes "Sudanese" to Sudan; geoparse links it to
its country). `precision` is the share of the places found that overlap a gold toponym
(an estimate: a corpus does not mark every place name, so it errs low). Each corpus line
ends with its speed (model load excluded) in documents per second and in CPU
milliseconds per document (steadier on a shared machine).

Each corpus is scored twice: as written, then LOWER-CASED ("LGL lower"; the gold spans
keep their offsets), which only the caseless toponym detection can read
(`eventwire.toponym_caseless`). Then speed: `geoparse` (sentences, NER, geo) over the
IndiaPoliceEvents development articles (real news, lower-cased, read through the
caseless detection), in articles per second (and CPU milliseconds per article), places
found per article, and peak RSS.

    .venv/bin/python bench/geo.py [--half first|second|study|check] [--limit N] [--misses]
                                  [--list] [--case as-written|lower|both] [--speed-only]

`--half` scores only part of each corpus, so that one part can be studied while fixing
and the other held back to check that the fixes carry over: `first` and `second` split
by order, `study` keeps the articles at even positions and `check` those at odd ones
(as bench/quality.py does), so that both parts mix early and late articles. `--misses`
counts each corpus's misses by kind: not found, the right place with its centre over
161 km from the gold point (a centre convention), a runner-up right, a country or
region far from the gold point, another place. `--list` prints each miss on its own
line (article number, gold text and point, the place chosen and why).
"""

from __future__ import annotations

import argparse
import json
import math
import resource
import time
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[2] / "shared/data/dev/geoparsing"
SPEED_DOCS = DATA.parent / "india-police-events" / "docs.jsonl"


@dataclass
class Gold:
    start: int
    end: int
    lat: float
    lon: float
    geonameid: int | None


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def load(path: Path, limit: int | None, half: str | None = None) -> list[tuple[str, list[Gold]]]:
    """The corpus's articles: all, or one half (by order or by parity), then `limit`."""
    docs = []
    for article in ET.parse(path).getroot().iter("article"):
        text = article.findtext("text") or ""
        golds = [_gold(node) for node in [*article.iter("location"), *article.iter("toponym")]]
        docs.append((text, [g for g in golds if g is not None]))
    middle = (len(docs) + 1) // 2
    if half == "first":
        docs = docs[:middle]
    elif half == "second":
        docs = docs[middle:]
    elif half in ("study", "check"):
        docs = docs[0 if half == "study" else 1 :: 2]
    return docs[:limit] if limit else docs


def lowered(text: str) -> str:
    """The text in lower case, character for character: offsets stay valid (a capital
    whose lower case is longer, "İ", is kept as it is)."""
    return "".join(c if len(low := c.lower()) != 1 else low for c in text)


def _gold(node: ET.Element) -> Gold | None:
    tag = node.find("gaztag")
    source = tag if tag is not None else node
    lat, lon = source.findtext("lat"), source.findtext("lon")
    if lat is None or lon is None:
        return None
    geonameid = tag.get("geonameid") if tag is not None else None
    return Gold(
        int(node.findtext("start") or 0),
        int(node.findtext("end") or 0),
        float(lat),
        float(lon),
        int(geonameid) if geonameid else None,
    )


def score(
    name: str, docs: list[tuple[str, list[Gold]]], misses: bool = False, listing: bool = False
) -> None:
    from eventwire import api, read
    from eventwire.geoparse import GEOPARSE_STAGES
    from eventwire.pipeline import Context
    from eventwire.settings import Settings

    settings = Settings.load()
    ctx = Context(settings)
    warm = [read.read_text("Police in Lucknow arrested two men.", id="warm")]
    list(api.analyse(warm, settings, context=ctx, stages=GEOPARSE_STAGES))  # model load
    started, cpu = time.perf_counter(), time.process_time()
    documents = [read.read_text(text, id=str(i)) for i, (text, _) in enumerate(docs)]
    analyses = list(api.analyse(documents, settings, context=ctx, stages=GEOPARSE_STAGES))
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    total = found = near = with_id = exact = placed = on_gold = 0
    kinds: Counter[str] = Counter()
    for number, (analysis, (text, golds)) in enumerate(zip(analyses, docs, strict=True)):
        places = analysis.places
        placed += len(places)
        on_gold += sum(any(p.start < g.end and p.end > g.start for g in golds) for p in places)
        for gold in golds:
            total += 1
            hit = next((p for p in places if p.start < gold.end and p.end > gold.start), None)
            found += hit is not None
            lat, lon = (hit.centre or (hit.entry.latitude, hit.entry.longitude)) if hit else (0, 0)
            if hit and km(lat, lon, gold.lat, gold.lon) <= 161:
                near += 1
            else:
                kinds[_miss_kind(hit, gold)] += 1
                if listing:
                    _print_miss(number, text, hit, gold)
            if gold.geonameid:
                with_id += 1
                exact += hit is not None and hit.entry.geonameid == gold.geonameid
    line = (
        f"{name:<14} docs {len(docs):>4}  toponyms {total:>5}  recall {found / total:.3f}  "
        f"acc@161km {near / total:.3f}"
    )
    if with_id:
        line += f"  geonameid {exact / with_id:.3f}"
    line += f"  precision {on_gold / max(placed, 1):.3f}"
    rate = f"{len(docs) / seconds:.1f} docs/s, CPU {1000 * cpu / len(docs):.1f} ms/doc"
    print(f"{line}  ({rate})")
    if misses:
        print("           misses: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))


def _print_miss(number: int, text: str, hit: Any, gold: Gold) -> None:
    """One miss on a line: article number, gold text and point, and what we chose."""
    where = f"{number:>4} {text[gold.start : gold.end]!r} gold ({gold.lat:.2f},{gold.lon:.2f})"
    if hit is None:
        print(f"  miss {where}: not found")
        return
    e = hit.entry
    off = km(e.latitude, e.longitude, gold.lat, gold.lon)
    print(
        f"  miss {where}: {_miss_kind(hit, gold)} -> {e.name} {e.feature_code} "
        f"{e.country_code}/{e.admin1} pop {e.population} ({off:.0f} km) [{hit.explanation}]"
    )


def _miss_kind(hit: Any, gold: Gold) -> str:
    """Why a gold toponym was missed: not found; the right place but its centre more
    than 161 km from the gold point (a centre convention); a runner-up was right; a
    country, division or region whose point lies far from the gold one (the same one
    placed by another convention, or another); or another place altogether."""
    if hit is None:
        return "not found"
    if km(hit.entry.latitude, hit.entry.longitude, gold.lat, gold.lon) <= 161:
        return "centre convention"
    if any(km(e.latitude, e.longitude, gold.lat, gold.lon) <= 161 for e, _ in hit.alternatives):
        return "runner-up right"
    if hit.entry.feature_code in _WIDE:
        return "wide place off"  # a country's, region's or first-level division's point
    return "other place"


_WIDE = frozenset({"PCLI", "ADM1", "CONT", "RGN", "OCN", "SEA", "GULF", "STRT"})


def speed(limit: int | None) -> None:
    """Articles per second of the geoparse stages (model load excluded) and peak RSS."""
    from eventwire import api, read
    from eventwire.geoparse import GEOPARSE_STAGES
    from eventwire.pipeline import Context
    from eventwire.settings import Settings

    if not SPEED_DOCS.exists():
        print(f"speed skipped: {SPEED_DOCS} is not present")
        return
    lines = SPEED_DOCS.read_text(encoding="utf-8").splitlines()[: limit or None]
    rows = [json.loads(line) for line in lines if line.strip()]
    documents = [read.read_text(r["doc_text"], id=str(r["doc_id"])) for r in rows]
    settings = Settings.load()
    ctx = Context(settings)
    warm = [read.read_text("Police in Lucknow arrested two men.", id="warm")]
    list(api.analyse(warm, settings, context=ctx, stages=GEOPARSE_STAGES))
    started, cpu = time.perf_counter(), time.process_time()
    places = sum(
        len(a.places) for a in api.analyse(documents, settings, context=ctx, stages=GEOPARSE_STAGES)
    )
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"speed          docs {len(documents):>4}  places {places:>5} "
        f"({places / max(len(documents), 1):.1f} per article)  "
        f"{len(documents) / seconds:.1f} articles/s (one process, CPU "
        f"{1000 * cpu / max(len(documents), 1):.1f} ms/article)  peak RSS {rss:.0f} MiB"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="Only the first N articles.")
    if not DATA.exists():
        print(f"skipped: {DATA} is not present (development data is internal)")
        return 0
    parser.add_argument("--speed-only", action="store_true", help="Only the speed run.")
    parser.add_argument(
        "--half",
        choices=("first", "second", "study", "check"),
        default=None,
        help="Only part of each corpus: first/second half by order, study/check by parity.",
    )
    parser.add_argument("--misses", action="store_true", help="Count each corpus's misses by kind.")
    parser.add_argument("--list", action="store_true", help="Print each miss on its own line.")
    parser.add_argument(
        "--case",
        choices=("as-written", "lower", "both"),
        default="both",
        help="Score the corpora as written, lower-cased, or both.",
    )
    args = parser.parse_args()
    if not args.speed_only:
        for name, file in (("LGL", "lgl.xml"), ("GeoVirus", "GeoVirus.xml")):
            docs = load(DATA / file, args.limit, args.half)
            if args.case != "lower":
                score(name, docs, args.misses, args.list)
            if args.case != "as-written":
                low = [(lowered(text), golds) for text, golds in docs]
                score(f"{name} lower", low, args.misses, args.list)
    speed(args.limit)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
