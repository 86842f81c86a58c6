"""How close eventwire's event coding comes to careful human coders, on four sets.

    EVENTWIRE_GAZETTEER_PATH=tests/.cache/gazetteer.sqlite \\
        .venv/bin/python bench/quality.py [--set kenya,asia,gtd,seed] [--limit N] [--seed S]
            [--half study|check] [--show N] [--show-fatalities N] [--show-actors N]

Each row's text goes through the whole pipeline alone (one document per row; spaCy
and the gazetteer load once), and the top-confidence non-background event of the row
is scored against the row's own coding. A row with no event counts as wrong in every
accuracy (the "over found" figure in brackets leaves those rows out). `--half study`
keeps the rows at even positions of each file and `--half check` those at odd ones:
rules are studied on one half and confirmed on the other, never looked at.

Sets (read at run time from ../shared/data/dev/, skipped with a message when absent;
nothing from them is stored in the repository):

- kenya: ACLED Kenya 2004-2019 notes (modern schema). sub_event_type weighted F1
  (per-class F1 weighted by gold support, "no event" a wrong prediction),
  event_type accuracy, fatalities exact, actor match, event found. The document
  date is the row's event date (ACLED notes are written about that day).
- asia: ACLED Asia 2015 notes (old schema, pre-2019 types). event_type accuracy under
  OLD_TYPES, the mapping of old types onto the modern six.
- gtd: GTD Iraq 2012-2015 summaries. The summary's "MM/DD/YYYY:" prefix is its
  dateline: it is taken off the text and given as the document date, so "date exact"
  measures that the coder keeps the incident on that day. Event found, date exact,
  admin1 (governorate spellings folded by GOVERNORATES, then one name containing the
  other), fatalities exact against GTD's `killed` (rows without a figure are left
  out), and type agreement with GTD's attack type under `gtd_types`.
- seed: the worked example through bench/seed.py: required events found, traps, share
  of emitted non-background events matching an expected one; with the embedded
  gazetteer, then with bench/data/geonames (a GeoNames-format fixture for Iraq and
  Syria standing in for the dumps a user would import) imported.

Actor match (kenya): names are casefolded, ACLED's date ranges ("(2013-)",
"(1963-2013)") dropped, and only letters and digits kept; a row counts when its gold
actor1 or actor2 equals the predicted actor1, actor2 or one of their associates
("Police Forces of Kenya (2013-)" = "Police Forces of Kenya"). "actor named" also
lets a predicted name that carries no country, because the note names no place the
gazetteer knows, match the same name with its country ("Protesters" =
"Protesters (Kenya)", "Police Forces" = "Police Forces of Kenya"); "actor named
(strict)" does not.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import io
import math
import random
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve()
DEV = HERE.parents[2] / "shared" / "data" / "dev"
KENYA = DEV / "acled" / "acled_kenya_2004_2019.csv"
ASIA = DEV / "acled" / "acled_asia_2015.csv"
GTD = DEV / "gtd-iraq-2012-2015.csv"
SEED_IMPORT = HERE.parent / "data" / "geonames"  # the IQ/SY GeoNames-format fixture

BATTLES, PROTESTS, RIOTS = "Battles", "Protests", "Riots"
EXPLOSIONS, VAC, STRATEGIC = (
    "Explosions/Remote violence",
    "Violence against civilians",
    "Strategic developments",
)

# Old ACLED event types (before 2019) -> modern event types accepted for them.
OLD_TYPES: dict[str, frozenset[str]] = {
    "riots/protests": frozenset({PROTESTS, RIOTS}),
    "battle-no change of territory": frozenset({BATTLES}),
    "battle-government regains territory": frozenset({BATTLES}),
    "battle-non-state actors overtake territory": frozenset({BATTLES}),
    "violence against civilians": frozenset({VAC}),
    "remote violence": frozenset({EXPLOSIONS}),
    "strategic development": frozenset({STRATEGIC}),
    "non-violent transfer of territory": frozenset({STRATEGIC}),
    "headquarters or base established": frozenset({STRATEGIC}),
}

# Iraqi governorates: the spellings GTD and GeoNames use for the same one.
GOVERNORATES = {
    "alanbar": "anbar",
    "anbar": "anbar",
    "saladin": "salahaddin",
    "salahaddin": "salahaddin",
    "salahad": "salahaddin",
    "nineveh": "nineveh",
    "ninawa": "nineveh",
    "ninewa": "nineveh",
    "arbil": "erbil",
    "erbil": "erbil",
    "kirkuk": "kirkuk",
    "attamim": "kirkuk",
    "tamim": "kirkuk",
    "babil": "babil",
    "babylon": "babil",
    "alqadisiyah": "qadisiyah",
    "qadisiyah": "qadisiyah",
    "qadisiyyah": "qadisiyah",
    "dhiqar": "dhiqar",
    "thiqar": "dhiqar",
    "basra": "basra",
    "basrah": "basra",
    "albasrah": "basra",
    "muthanna": "muthanna",
    "almuthanna": "muthanna",
    "maysan": "maysan",
    "misan": "maysan",
    "wasit": "wasit",
    "karbala": "karbala",
    "najaf": "najaf",
    "annajaf": "najaf",
    "diyala": "diyala",
    "baghdad": "baghdad",
    "sulaymaniyah": "sulaymaniyah",
    "assulaymaniyah": "sulaymaniyah",
    "dohuk": "dohuk",
    "duhok": "dohuk",
    "dahuk": "dohuk",
}


def gtd_types(row: dict[str, str]) -> frozenset[str]:
    """Modern ACLED event types that agree with a GTD attack type (and weapon).

    Bombing/Explosion -> Explosions/Remote violence; Armed Assault -> Battles or
    Violence against civilians; Hostage Taking -> Violence against civilians
    (Abduction); Assassination -> Violence against civilians, or Explosions when the
    weapon was explosive; Facility/Infrastructure Attack -> Strategic developments
    (property destruction) or Explosions with explosives; Unarmed Assault -> Violence
    against civilians; Hijacking -> Violence against civilians or Strategic
    developments; Unknown -> any violent type.
    """
    kind, weapon = row["attack_type"], row["weapon_type"]
    explosive = frozenset({EXPLOSIONS}) if weapon == "Explosives" else frozenset()
    table = {
        "Bombing/Explosion": frozenset({EXPLOSIONS}),
        "Armed Assault": frozenset({BATTLES, VAC}) | explosive,
        "Hostage Taking (Kidnapping)": frozenset({VAC}),
        "Hostage Taking (Barricade Incident)": frozenset({VAC, BATTLES}),
        "Assassination": frozenset({VAC}) | explosive,
        "Facility/Infrastructure Attack": frozenset({STRATEGIC}) | explosive,
        "Unarmed Assault": frozenset({VAC}),
        "Hijacking": frozenset({VAC, STRATEGIC}),
    }
    return table.get(kind, frozenset({BATTLES, EXPLOSIONS, VAC}))


# --- running the pipeline -----------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    """One dev row: the text to code and the row's own coding."""

    id: str
    text: str
    published_at: date | None
    gold: dict[str, str]


class Coder:
    """The pipeline with its resources loaded once; codes rows in a stream."""

    def __init__(self, settings: Any = None) -> None:
        from eventwire.pipeline import DEFAULT_STAGES, Context
        from eventwire.settings import Settings

        self.settings = settings or Settings.load()
        self.context = Context(self.settings)
        # each row alone: rows are not wire copies of each other, so no dedupe stage
        self.stages = tuple(s for s in DEFAULT_STAGES if s not in {"dedupe", "sources"})

    def code_all(self, rows: list[Row]) -> Iterator[tuple[Row, list[Any]]]:
        """(row, its non-background events) for every row the pipeline read."""
        from eventwire import api, read
        from eventwire.errors import InputError

        by_id = {r.id: r for r in rows}
        docs = []
        for r in rows:
            try:
                docs.append(read.read_text(r.text, id=r.id, published_at=r.published_at))
            except InputError:
                continue
        for analysis in api.analyse(docs, self.settings, context=self.context, stages=self.stages):
            yield by_id[analysis.document.id], [e for e in analysis.events if not e.background]

    def code(self, rows: list[Row]) -> Iterator[tuple[Row, Any]]:
        """(row, top non-background event or None) for every row, in order."""
        seen = set()
        for row, events in self.code_all(rows):
            seen.add(row.id)
            yield row, max(events, key=lambda e: e.confidence, default=None)
        for r in rows:
            if r.id not in seen:
                yield r, None


def sample(rows: list[Row], limit: int | None, seed: int, half: str | None = None) -> list[Row]:
    """A reproducible random sample (all rows when `limit` is None) of all rows, or of the
    rows at even ("study") or odd ("check") positions in the file, so that rules can be
    studied on one half and confirmed on rows never looked at."""
    if half is not None:
        rows = rows[0 if half == "study" else 1 :: 2]
    if limit is None or limit >= len(rows):
        return rows
    return random.Random(seed).sample(rows, limit)


# --- figures ----------------------------------------------------------------------------


@dataclass
class Tally:
    """Right/total counts per figure, printed as share, count and target."""

    rows: int = 0
    found: int = 0
    right: dict[str, int] = field(default_factory=Counter)
    total: dict[str, int] = field(default_factory=Counter)
    right_found: dict[str, int] = field(default_factory=Counter)
    total_found: dict[str, int] = field(default_factory=Counter)

    def add(self, name: str, ok: bool, found: bool) -> None:
        self.total[name] += 1
        self.right[name] += ok
        if found:
            self.total_found[name] += 1
            self.right_found[name] += ok

    def share(self, name: str) -> float:
        return self.right[name] / self.total[name] if self.total[name] else math.nan

    def line(self, name: str, target: float | None) -> str:
        tf = self.total_found[name]
        over_found = f" [{self.right_found[name] / tf:.3f} over found]" if tf else ""
        goal = f"  (target >= {target:.2f})" if target is not None else ""
        return (
            f"  {name:<28} {self.share(name):.3f}  {self.right[name]}/{self.total[name]}"
            f"{over_found}{goal}"
        )


def weighted_f1(pairs: Iterable[tuple[str, str]]) -> tuple[float, dict[str, tuple[float, int]]]:
    """Per-class F1 weighted by gold support; returns (score, {class: (f1, support)})."""
    tp: Counter[str] = Counter()
    gold_n: Counter[str] = Counter()
    pred_n: Counter[str] = Counter()
    for gold, pred in pairs:
        gold_n[gold] += 1
        pred_n[pred] += 1
        tp[gold] += gold == pred
    per: dict[str, tuple[float, int]] = {}
    total = sum(gold_n.values())
    score = 0.0
    for cls, support in gold_n.items():
        p = tp[cls] / pred_n[cls] if pred_n[cls] else 0.0
        r = tp[cls] / support
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        per[cls] = (f1, support)
        score += f1 * support / total
    return score, per


_YEARS = re.compile(r"\(\s*\d{4}\s*-\s*(?:\d{4})?\s*\)")


def actor_key(name: str) -> str:
    """A name as the actor match compares it (see the module docstring)."""
    from eventwire.evaluate import normalise

    return normalise(_YEARS.sub("", name))


_COUNTRY_PART = re.compile(r"\s*\([^)]*\)\s*$|\s+of\s+(?:the\s+)?[A-Z][\w\s-]*$")


def _predicted_names(event: Any) -> list[str]:
    names = [event.actor1, event.actor2, *event.assoc_actor_1.split(";")]
    names += event.assoc_actor_2.split(";")
    return [n.strip() for n in names if n.strip()]


def actor_named(gold: list[str], event: Any, *, lenient: bool) -> bool:
    """A gold actor among the predicted ones; `lenient` also lets a predicted name with
    no country ("Protesters", "Police Forces": the text named none) match the same
    name with its country ("Protesters (Kenya)", "Police Forces of Kenya")."""
    wanted = {actor_key(g) for g in gold if g.strip()}
    predicted = _predicted_names(event)
    if wanted & {actor_key(n) for n in predicted}:
        return True
    if not lenient:
        return False
    bases = {actor_key(_COUNTRY_PART.sub("", _YEARS.sub("", g).strip())) for g in gold if g}
    bare = {actor_key(n) for n in predicted if _COUNTRY_PART.sub("", n) == n}
    return bool(bases & bare)


def _int(text: str) -> int | None:
    try:
        return int(float(text))
    except ValueError:
        return None


# --- the sets ---------------------------------------------------------------------------


def kenya_rows() -> list[Row]:
    rows = []
    with KENYA.open(encoding="utf-8", newline="") as handle:
        for raw in csv.DictReader(handle):
            day = datetime.strptime(raw["event_date"], "%d-%m-%y").date()
            rows.append(Row("ke" + raw["data_id"], raw["notes"], day, raw))
    return rows


def score_kenya(
    coded: Iterable[tuple[Row, Any]], show: int, deaths_shown: int = 0, actor_misses: int = 0
) -> None:
    """Print the Kenya figures, `show` sub-event misses per class, the first
    `deaths_shown` rows whose fatalities are wrong, and the first `actor_misses` rows
    whose event names neither gold actor (gold -> predicted)."""
    tally = Tally()
    wrong_actors: list[str] = []
    pairs: list[tuple[str, str]] = []
    misses: dict[str, list[str]] = defaultdict(list)
    toll_misses: list[str] = []
    for row, event in coded:
        g, found = row.gold, event is not None
        tally.rows += 1
        tally.found += found
        pred_sub = event.sub_event_type if found else "(none)"
        pairs.append((g["sub_event_type"], pred_sub))
        tally.add("event_type", found and event.event_type == g["event_type"], found)
        deaths = _int(g["fatalities"])
        tally.add("fatalities exact", found and event.fatalities == deaths, found)
        _toll_miss(toll_misses, deaths_shown, deaths, event, row.text)
        gold = [g["actor1"], g["actor2"]]
        named = found and actor_named(gold, event, lenient=True)
        tally.add("actor named", named, found)
        if found and not named and len(wrong_actors) < actor_misses:
            wanted = " | ".join(gold)
            got = " | ".join(_predicted_names(event))
            wrong_actors.append(f"{wanted} -> {got}: {row.text[:220]}")
        strict = found and actor_named(gold, event, lenient=False)
        tally.add("actor named (strict)", strict, found)
        if pred_sub != g["sub_event_type"] and len(misses[g["sub_event_type"]]) < show:
            misses[g["sub_event_type"]].append(f"-> {pred_sub}: {row.text[:220]}")
    f1, per = weighted_f1(pairs)
    print(f"kenya: {tally.rows} rows (ACLED Kenya notes)")
    print(f"  {'event found':<28} {tally.found / tally.rows:.3f}  {tally.found}/{tally.rows}")
    print(f"  {'sub_event_type weighted F1':<28} {f1:.3f}  (target >= 0.85)")
    print(tally.line("event_type", 0.92))
    print(tally.line("fatalities exact", 0.90))
    print(tally.line("actor named", 0.85))
    print(tally.line("actor named (strict)", None))
    for cls, (value, support) in sorted(per.items(), key=lambda kv: -kv[1][1]):
        print(f"    {cls:<38} F1 {value:.2f}  n={support}")
    _print_misses(misses)
    _print_misses({"fatalities": toll_misses})
    for line in wrong_actors:
        print(f"      actor miss {line}")


def asia_rows() -> list[Row]:
    rows = []
    with ASIA.open(encoding="utf-8", newline="") as handle:
        for raw in csv.DictReader(handle):
            day = datetime.strptime(raw["EVENT_DATE"], "%d-%B-%Y").date()
            rows.append(Row("as" + raw["EVENT_ID_CNTY"], raw["NOTES"], day, raw))
    return rows


def score_asia(coded: Iterable[tuple[Row, Any]], show: int) -> None:
    tally = Tally()
    confusion: Counter[tuple[str, str]] = Counter()
    misses: dict[str, list[str]] = defaultdict(list)
    for row, event in coded:
        old = row.gold["EVENT_TYPE"].strip().lower()
        accepted = OLD_TYPES.get(old, frozenset())
        found = event is not None
        tally.rows += 1
        tally.found += found
        pred = event.event_type if found else "(none)"
        tally.add("event_type (mapped)", pred in accepted, found)
        confusion[(old, pred)] += 1
        if pred not in accepted and len(misses[old]) < show:
            misses[old].append(f"-> {pred}: {row.text[:220]!r}")
    print(f"asia: {tally.rows} rows (ACLED Asia 2015 notes, old types mapped by OLD_TYPES)")
    print(f"  {'event found':<28} {tally.found / tally.rows:.3f}  {tally.found}/{tally.rows}")
    print(tally.line("event_type (mapped)", 0.85))
    for (old, pred), n in confusion.most_common(14):
        print(f"    {old:<40} -> {pred:<30} {n}")
    _print_misses(misses)


_PREFIX = re.compile(r"^\s*\d\d/\d\d/\d{4}:\s*")


def gtd_rows() -> list[Row]:
    rows = []
    with GTD.open(encoding="utf-8", newline="") as handle:
        for i, raw in enumerate(csv.DictReader(handle)):
            text = _PREFIX.sub("", raw["summary"], count=1)
            published = datetime.strptime(raw["date"], "%Y-%m-%d").date()
            rows.append(Row(f"gtd{i}", text, published, raw))
    return rows


def _governorate(name: str) -> str:
    from eventwire.evaluate import normalise

    key = normalise(name).removeprefix("muhafazat").removesuffix("governorate")
    return GOVERNORATES.get(key, key)


def score_gtd(coded: Iterable[tuple[Row, Any]], show: int, deaths_shown: int = 0) -> Tally:
    tally = Tally()
    misses: dict[str, list[str]] = defaultdict(list)
    toll_misses: list[str] = []
    for row, event in coded:
        g, found = row.gold, event is not None
        tally.rows += 1
        tally.found += found
        tally.add("date exact", found and event.event_date.isoformat() == g["date"], found)
        want, got = _governorate(g["state"]), _governorate(event.admin1) if found else ""
        tally.add("admin1", bool(got) and (want in got or got in want), found)
        deaths = _int(g["killed"])
        if deaths is not None:
            tally.add("fatalities exact", found and event.fatalities == deaths, found)
            _toll_miss(toll_misses, deaths_shown, deaths, event, row.text)
        agrees = found and event.event_type in gtd_types(g)
        tally.add("type agrees", agrees, found)
        if not agrees and len(misses[g["attack_type"]]) < show:
            pred = event.sub_event_type if found else "(none)"
            misses[g["attack_type"]].append(f"-> {pred}: {row.text[:220]!r}")
    print(f"gtd: {tally.rows} rows (GTD Iraq 2012-2015 summaries, dateline as document date)")
    print(
        f"  {'event found':<28} {tally.found / tally.rows:.3f}  {tally.found}/{tally.rows}"
        "  (target >= 0.97)"
    )
    print(tally.line("date exact", 0.98))
    print(tally.line("admin1", 0.95))
    print(tally.line("fatalities exact", 0.85))
    print(tally.line("type agrees", 0.90))
    _print_misses(misses)
    _print_misses({"fatalities": toll_misses})
    return tally


def run_seed() -> None:
    sys.path.insert(0, str(HERE.parent))
    import seed

    if not seed.SEED.exists():
        print(f"seed: skipped, {seed.SEED} is not present")
        return
    print("seed: the worked example, with the embedded gazetteer")
    _seed_lines(seed.evaluate())
    # The IQ/SY GeoNames-format fixture stands in for the dumps a user downloads: the
    # embedded cities500 lacks the article's border crossings and bases.
    print(f"seed: the worked example, with {SEED_IMPORT.relative_to(HERE.parents[1])} imported")
    with contextlib.redirect_stdout(io.StringIO()), seed.imported_gazetteer(SEED_IMPORT) as s:
        result = seed.evaluate(s)
    _seed_lines(result)


def _seed_lines(r: Any) -> None:
    print(f"  required found {len(r.found)}/5; missing: {', '.join(r.missing) or 'none'}")
    print(f"  traps {len(r.traps)}" + "".join(f"\n    {t}" for t in r.traps))
    print(f"  emitted non-background events matching an expected one: {r.matched_share:.0%}")


def _toll_miss(shown: list[str], limit: int, deaths: int | None, event: Any, text: str) -> None:
    """Keep a row whose fatalities we got wrong (gold, ours, the text), up to `limit`."""
    ours = event.fatalities if event is not None else None
    if ours != deaths and len(shown) < limit:
        shown.append(f"gold {deaths}, ours {ours}: {text[:300]!r}")


def _print_misses(misses: dict[str, list[str]]) -> None:
    for cls, lines in sorted(misses.items()):
        for line in lines:
            print(f"      miss [{cls}] {line}")


SETS: dict[str, tuple[Path, Callable[[], list[Row]], Callable[..., object]]] = {
    "kenya": (KENYA, kenya_rows, score_kenya),
    "asia": (ASIA, asia_rows, score_asia),
    "gtd": (GTD, gtd_rows, score_gtd),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", default="kenya,asia,gtd,seed", help="comma-separated sets")
    parser.add_argument("--limit", type=int, default=None, help="rows sampled per set")
    parser.add_argument("--seed", type=int, default=0, help="sampling seed")
    parser.add_argument("--show", type=int, default=0, help="misses printed per class")
    parser.add_argument(
        "--show-fatalities",
        type=int,
        default=0,
        help="rows whose fatalities are wrong printed (kenya, gtd): gold, ours and the text",
    )
    parser.add_argument(
        "--show-actors",
        type=int,
        default=0,
        help="kenya: rows printed whose event names neither gold actor",
    )
    parser.add_argument(
        "--half",
        choices=("study", "check"),
        default=None,
        help="only the rows at even (study) or odd (check) positions of each set",
    )
    args = parser.parse_args(argv)
    chosen = [s.strip() for s in args.set.split(",") if s.strip()]
    unknown = set(chosen) - {*SETS, "seed"}
    if unknown:
        parser.error(f"unknown set(s): {', '.join(sorted(unknown))}")
    coder: Coder | None = None
    for name in chosen:
        start = time.perf_counter()
        if name == "seed":
            run_seed()
            continue
        path, load, scorer = SETS[name]
        if not path.exists():
            print(f"{name}: skipped, {path} is not present")
            continue
        coder = coder or Coder()
        rows = sample(load(), args.limit, args.seed, args.half)
        extra: dict[str, int] = {}
        if name in {"kenya", "gtd"}:
            extra["deaths_shown"] = args.show_fatalities
        if name == "kenya":
            extra["actor_misses"] = args.show_actors
        scorer(coder.code(rows), args.show, **extra)
        print(f"  ({len(rows)} texts in {time.perf_counter() - start:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
