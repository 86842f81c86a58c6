"""Which of a name's namesakes lie beside namesakes of the text's other names.

Local news names a town, its county and the villages around it; each name alone may
have a namesake in a dozen states, but only one of those namesakes lies in the county
the text also names or a few kilometres from the other towns it names ("Springfield"
and "Sangamon County": the one Springfield inside a Sangamon County). `neighbours`
counts, for every candidate of every name, the text's other names that have a
candidate inside the same county or within `NEAR_KM` of it, looking at all
candidates, not only each name's favourite, so that names resolved wrongly one by one
still find each other.

Candidates are put in one-degree cells, so the work grows with the number of
candidates, not with its square.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from eventwire.records import GazetteerEntry
from eventwire.toponym_index import REGION_CODES
from eventwire.toponyms import Span

NEAR_KM = 60.0  # about the distance from a county seat to the county's far villages
_WIDE = frozenset({"PCLI", "CONT", "ADM1"}) | REGION_CODES  # centres far from their towns

# (index of the distinct name, candidate, whether the name is the candidate's own)
Point = tuple[int, GazetteerEntry, bool]


def neighbours(
    spans: Sequence[Span],
    names: Sequence[str],
    where: dict[int, set[tuple[str, str]]] | None = None,
) -> dict[int, int]:
    """geonameid -> how many of the text's other distinct names have a candidate in the
    same county or within `NEAR_KM` as that name's own (the names the NER or a cue put
    forward, by own or alternate names; a name found by string matching alone, by own
    names only). An alternate name supports nothing: GeoNames lists many a town's
    neighbour's name among its alternates. `where`, when given, gets for each such
    geonameid the (country, admin1) divisions of the namesakes beside it."""
    ids = {name: i for i, name in enumerate(dict.fromkeys(names))}
    cells: dict[tuple[int, int], list[Point]] = {}
    seen: set[tuple[int, int]] = set()
    for span, name in zip(spans, names, strict=True):
        least = 1 if span.ner or span.cue else 2  # string matching alone: own names only
        for match in span.matches:
            e = match.entry
            key = (ids[name], e.geonameid)
            if match.quality >= least and e.feature_code not in _WIDE and key not in seen:
                seen.add(key)
                cells.setdefault(_cell(e), []).append((ids[name], e, match.quality == 2))
    out: dict[int, int] = {}
    for (row, col), points in cells.items():
        around = [p for dr in (-1, 0, 1) for dc in (-1, 0, 1)
                  for p in cells.get((row + dr, col + dc), ())]  # fmt: skip
        for who, entry, _ in points:
            beside = [(n, other) for n, other, own in around
                      if own and n != who and _beside(entry, other)]  # fmt: skip
            if beside:
                count = len({n for n, _ in beside})
                out[entry.geonameid] = max(out.get(entry.geonameid, 0), count)
                if where is not None:
                    where.setdefault(entry.geonameid, set()).update(
                        (other.country_code, other.admin1_code) for _, other in beside
                    )
    return out


def _cell(entry: GazetteerEntry) -> tuple[int, int]:
    return math.floor(entry.latitude), math.floor(entry.longitude)


def _beside(a: GazetteerEntry, b: GazetteerEntry) -> bool:
    """Two places in one county (one of them the county itself), or close together; not
    one place under two names ("Mexico" as another name of Mexico City)."""
    if a.country_code != b.country_code or a.geonameid == b.geonameid:
        return False
    county = {a.feature_code, b.feature_code} & {"ADM2"}
    if county and a.admin1_code == b.admin1_code and a.admin2 and a.admin2 == b.admin2:
        return True
    return _km(a, b) <= NEAR_KM


def _km(a: GazetteerEntry, b: GazetteerEntry) -> float:
    lat1, lat2 = math.radians(a.latitude), math.radians(b.latitude)
    dlat, dlon = lat2 - lat1, math.radians(b.longitude - a.longitude)
    h = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlon / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))
