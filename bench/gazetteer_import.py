"""Time `eventwire gazetteer import` on the Iraq/Syria fixture and on synthetic dumps.

    EVENTWIRE_GAZETTEER_PATH=tests/.cache/gazetteer.sqlite \\
        nice .venv/bin/python bench/gazetteer_import.py --rows 1000000

Each run copies the configured (embedded) gazetteer to a temporary directory and
imports into the copy: first bench/data/geonames/, then a synthetic allCountries.txt
of `--rows` places and a synthetic alternateNamesV2.txt of `--rows` names, generated
in the same temporary directory in GeoNames' columns (made-up names, a realistic mix
of feature classes, scripts, links and postal codes). Everything is deleted after.
It prints one JSON line per step (rows, seconds, rows/s, store growth, peak memory)
and a linear extrapolation to the full dump (about 12.4 million places and 16 million
alternate names): an extrapolation, not a measurement.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "bench" / "data" / "geonames"
FULL_PLACES, FULL_NAMES = 12_400_000, 16_000_000
FIRST_ID = 50_000_000  # above the ids GeoNames has assigned so far
CLASSES = "P" * 38 + "S" * 22 + "H" * 18 + "T" * 14 + "L" * 4 + "A" * 3 + "VRU"
CODES = {"P": "PPL", "S": "SCH", "H": "STM", "T": "MT", "L": "AREA", "A": "ADM3"}
CODES.update({"V": "FRST", "R": "RD", "U": "SMU"})
SYLLABLES = "ka ra bi su tal hu ma ni der zor ab ul qa sham ir bil ha dith no va lo mi ".split()
LANGUAGES = ["en"] * 30 + ["ar"] * 15 + ["ru"] * 10 + [""] * 20 + ["link"] * 12 + ["post"] * 8
LANGUAGES += ["iata", "wkdt", "fr", "de", "es"]


def _name(rng: random.Random) -> str:
    word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).title()
    if rng.random() < 0.3:
        word = rng.choice(("Al ", "Ar-", "El ", "As ")) + word
    return word if rng.random() < 0.8 else f"{word} {rng.choice(('Hills', 'Wadi', 'Camp'))}"


def _alternates(rng: random.Random, name: str) -> str:
    out = []
    for _ in range(rng.choice((0, 0, 1, 1, 2, 3, 5, 8))):
        kind = rng.random()
        if kind < 0.2:
            out.append("Город " + name[:4])  # another script: filtered out by the import
        elif kind < 0.3:
            out.append(name.upper()[:3])  # a code
        else:
            out.append(_name(rng))
    return ",".join(out)


def write_places(path: Path, rows: int, seed: int = 1) -> int:
    """A synthetic allCountries.txt of `rows` places; returns its size in bytes."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as out:
        for i in range(rows):
            fclass = rng.choice(CLASSES)
            name = _name(rng)
            lat, lon = rng.uniform(-60, 70), rng.uniform(-180, 180)
            pop = int(rng.paretovariate(1.2) * 300) if fclass == "P" else 0
            cc = rng.choice(("IQ", "SY", "NG", "KE", "US", "IN", "BR", "FR"))
            out.write(
                f"{FIRST_ID + i}\t{name}\t{name}\t{_alternates(rng, name)}\t{lat:.5f}\t"
                f"{lon:.5f}\t{fclass}\t{CODES[fclass]}\t{cc}\t\t{rng.randint(1, 20):02d}\t\t\t\t"
                f"{pop}\t\t{rng.randint(0, 3000)}\tEtc/UTC\t2024-01-01\n"
            )
    return path.stat().st_size


def write_alternate_names(path: Path, rows: int, places: int, seed: int = 2) -> int:
    """A synthetic alternateNamesV2.txt of `rows` names for the synthetic places."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as out:
        for i in range(rows):
            language = rng.choice(LANGUAGES)
            name = _name(rng)
            if language == "link":
                name = f"https://en.wikipedia.org/wiki/{name.replace(' ', '_')}"
            elif language == "post":
                name = str(rng.randint(10000, 99999))
            historic = "1" if rng.random() < 0.03 else ""
            out.write(
                f"{i + 1}\t{FIRST_ID + rng.randrange(places)}\t{language}\t{name}\t\t\t\t"
                f"{historic}\t\t\n"
            )
    return path.stat().st_size


def _step(label: str, store: Path, files: list[Path]) -> dict[str, object]:
    from eventwire.gazetteer_import import import_files

    before = store.stat().st_size
    started, cpu = time.perf_counter(), time.process_time()
    stats = import_files(store, files)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    rows = sum(f.lines for f in stats.files)
    return {
        "step": label,
        "rows": rows,
        "kept": sum(f.kept for f in stats.files),
        "seconds": round(seconds, 2),
        "cpu_seconds": round(cpu, 2),
        "rows_per_s": round(rows / seconds) if seconds else None,
        "store_growth_bytes": store.stat().st_size - before,
        "store_bytes": store.stat().st_size,
        "places": stats.places,
        "names": stats.names,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }


def _extrapolate(places: dict[str, object], names: dict[str, object]) -> dict[str, object]:
    p_rate, n_rate = float(str(places["rows_per_s"])), float(str(names["rows_per_s"]))
    p_rows, n_rows = int(str(places["rows"])), int(str(names["rows"]))
    p_growth, n_growth = (
        int(str(places["store_growth_bytes"])),
        int(str(names["store_growth_bytes"])),
    )
    return {
        "step": "extrapolation to the full dump (linear; not measured)",
        "places": FULL_PLACES,
        "alternate_names": FULL_NAMES,
        "minutes": round((FULL_PLACES / p_rate + FULL_NAMES / n_rate) / 60),
        "store_growth_gb": round(
            (p_growth * FULL_PLACES / p_rows + n_growth * FULL_NAMES / n_rows) / 1e9, 1
        ),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Time gazetteer imports.")
    parser.add_argument("--rows", type=int, default=1_000_000, help="synthetic rows per file")
    args = parser.parse_args(argv)
    from eventwire.gazetteer import Gazetteer
    from eventwire.settings import Settings

    base = Path(Settings.load().gazetteer_path)
    Gazetteer.ensure(base).close()
    with tempfile.TemporaryDirectory(prefix="eventwire-import-bench-") as tmp:
        work = Path(tmp)
        store = work / "gazetteer.sqlite"
        shutil.copy(base, store)
        fixture = sorted(FIXTURE.glob("*.txt"))
        print(json.dumps({"base": str(base), "base_bytes": base.stat().st_size}), flush=True)
        print(json.dumps(_step("fixture (bench/data/geonames)", store, fixture)), flush=True)
        places_file, names_file = work / "allCountries.txt", work / "alternateNamesV2.txt"
        size = write_places(places_file, args.rows)
        print(json.dumps({"generated": places_file.name, "bytes": size}), flush=True)
        places = _step(f"synthetic allCountries.txt, {args.rows:,} rows", store, [places_file])
        print(json.dumps(places), flush=True)
        size = write_alternate_names(names_file, args.rows, args.rows)
        print(json.dumps({"generated": names_file.name, "bytes": size}), flush=True)
        names = _step(f"synthetic alternateNamesV2.txt, {args.rows:,} rows", store, [names_file])
        print(json.dumps(names), flush=True)
        print(json.dumps(_extrapolate(places, names)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
