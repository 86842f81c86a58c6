"""Fusing reports of one incident into one event.

A news story often tells one incident in several sentences ("Militants attacked a
checkpoint on Monday." ... "Five soldiers died in the attack."), and many stories tell
the same incident. `fuse_events` merges events that are the same incident:

- same event type and background flag, same event date; a protest and a riot count as
  one type, since one demonstration is often told peacefully and then with its
  violence ("Students marched ... They smashed windows"), and ACLED codes it once, as
  the riot it became;
- compatible sub-event types (equal; any two Battles sub-types; any two Protests
  sub-types, since one protest may be told peacefully and then with police action);
- the same place, the place of one of them unknown, or one placed at the other's
  country or first-level division (a headline's "in Colombia", its lede's town); the
  same country or one unknown;
- named actors that overlap, when both name any (generic actors such as "Civilians
  (Iraq)" or "Unidentified Armed Group (Iraq)" do not count, nor the police or troops
  that met a demonstration's crowd).

The fused event keeps all evidence and document ids, and the most specific field
values: the sub-event type highest in ACLED's hierarchy (a riot over a protest), the
most precise location and date, named actors over generic ones.

Fatalities: within one document the sentences add detail to one report, so the highest
figure is that document's report ("five soldiers died" then "the attack killed five
soldiers and two civilians" = 7). Across documents ACLED codes the lowest reported
figure, so the fused figure is the lowest non-zero figure among the documents' reports.
A figure a report gives on a hedge ("two more are feared dead") rivals the one it tells
plainly, and the lower stands.
A peaceful protest (or one met with non-lethal intervention) that stays one once fused
has no fatalities: ACLED codes a demonstration with deaths as excessive force or a riot,
so a death its report tells is the grievance ("marched over the killing of a teacher").

Damage nobody is named for ("part of the hall was set on fire") told on the day and at
the place of a riot, an attack, an armed clash or a blast is that incident's: its
evidence joins the incident, and it is no event of its own.

Candidates are bucketed by (event type, date, background) so fusion stays far from
quadratic in the number of events.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from datetime import date

from eventwire.pipeline import Context, stage
from eventwire.records import Analysis, Event
from eventwire.taxonomy import ACLED_TAXONOMY
from eventwire.tollreports import deathless, figureless, hedged

__all__ = ["fuse_events", "fuse_stage", "same_incident"]

_FAMILIES = {"Battles", "Protests"}
_DEMONSTRATIONS = ("Riots", "Protests")  # a riot outranks the protest it grew from
_GENERIC = ("Unidentified Armed Group", "Civilians", "Protesters", "Rioters")
_EVIDENCE_BONUS = 0.05
_FORCES = (1, 8)  # inter codes of state and external forces
_DAMAGE = "Looting/property destruction"
# What damage told with it is part of (not a territory taken: fighters who burn a
# place as they leave it, or troops who take it, did something else).
_VIOLENT = frozenset(
    {"Riots", "Armed clash", "Violence against civilians", "Explosions/Remote violence"}
)


@stage("fuse", requires=("events",), assigns=("events",))
def fuse_stage(batch: Sequence[Analysis], ctx: Context) -> list[Analysis]:
    """Merge the events of each document that report the same incident."""
    return [dataclasses.replace(a, events=tuple(fuse_events(a.events))) for a in batch]


def fuse_events(events: Sequence[Event]) -> list[Event]:
    """Merge events that are the same incident; order follows each first report."""
    clusters: list[list[Event]] = []
    merged: list[Event] = []
    buckets: dict[tuple[str, date, bool], list[int]] = {}
    for event in events:
        key = (_family(event.event_type), event.event_date, event.background)
        slots = buckets.setdefault(key, [])
        home = next((i for i in slots if same_incident(merged[i], event)), None)
        if home is None:
            slots.append(len(clusters))
            clusters.append([event])
            merged.append(event)
        else:
            clusters[home].append(event)
            merged[home] = _merge(clusters[home])
    merged = _absorb_damage(merged)
    # a toll told with a peaceful protest is its grievance, once the merged reports
    # leave it peaceful (`tollreports.deathless`)
    return [
        dataclasses.replace(e, fatalities=0) if deathless(e.sub_event_type) else e for e in merged
    ]


def _absorb_damage(events: list[Event]) -> list[Event]:
    """Damage nobody is named for ("part of the building was set on fire", "bodies
    were pulled from burning shops"), told on the day and at the place of a riot, an
    attack, a battle or a blast, is that incident's: ACLED codes it once, as the
    violence it belongs to. Its evidence joins the incident's."""
    kept = list(events)
    for damage in [e for e in events if _unattributed_damage(e)]:
        home = next((i for i, e in enumerate(kept) if _holds_damage(e, damage)), None)
        if home is not None:
            incident = kept[home]
            evidence = tuple(dict.fromkeys((*incident.evidence, *damage.evidence)))
            kept[home] = dataclasses.replace(incident, evidence=evidence)
            kept.remove(damage)
    return kept


def _unattributed_damage(event: Event) -> bool:
    return event.sub_event_type == _DAMAGE and not _named(event) and not event.actor2


def _holds_damage(event: Event, damage: Event) -> bool:
    return (
        (event.event_type in _VIOLENT or event.sub_event_type in _VIOLENT)
        and (event.event_date, event.background) == (damage.event_date, damage.background)
        and (event.geonameid is None or damage.geonameid in (None, event.geonameid))
    )


def same_incident(a: Event, b: Event) -> bool:
    """True when two events can be the same real-world incident (see module docstring)."""
    if (_family(a.event_type), a.event_date, a.background) != (
        _family(b.event_type),
        b.event_date,
        b.background,
    ):
        return False
    same_type = a.event_type == b.event_type  # else a protest and a riot: one demonstration
    if same_type and a.sub_event_type != b.sub_event_type and a.event_type not in _FAMILIES:
        return False
    if _apart(a, b):
        return False
    if a.country_code and b.country_code and a.country_code != b.country_code:
        return False
    names_a, names_b = _named(a), _named(b)
    return not (names_a and names_b and not names_a & names_b)


def _apart(a: Event, b: Event) -> bool:
    """The two events are placed at different places, neither of which holds the
    other as its country or its first-level division ("FARC sign peace deal" placed in
    the country, "signed ... in Cartagena" in the town: one place)."""
    if a.geonameid is None or b.geonameid is None or a.geonameid == b.geonameid:
        return False
    return not (_holds(a, b) or _holds(b, a))


def _holds(wide: Event, narrow: Event) -> bool:
    """`wide` is placed at `narrow`'s country or first-level division."""
    if wide.country != narrow.country or wide.location not in (wide.country, wide.admin1):
        return False
    return not wide.admin1 or (not wide.admin2 and wide.admin1 == narrow.admin1)


def _family(event_type: str) -> str:
    return "Demonstrations" if event_type in _DEMONSTRATIONS else event_type


def _named(event: Event) -> set[str]:
    names = {event.actor1, event.actor2, *event.assoc_actor_1.split("; ")}
    if _family(event.event_type) == "Demonstrations" and event.inter2 in _FORCES:
        names.discard(event.actor2)  # the force that met a crowd tells no incident apart
    return {n for n in names if n and not n.startswith(_GENERIC)}


def _merge(cluster: Sequence[Event]) -> Event:
    """One event from several reports of one incident."""
    first = cluster[0]
    typed = min(cluster, key=_type_rank)
    placed = min(cluster, key=lambda e: (e.geonameid is None, e.geo_precision))
    dated = min(cluster, key=lambda e: (e.date_inferred, e.time_precision))
    fused = dataclasses.replace(
        typed,
        event_id_cnty=first.event_id_cnty,
        event_date=dated.event_date,
        time_precision=dated.time_precision,
        date_inferred=dated.date_inferred,
        civilian_targeting=next(
            (e.civilian_targeting for e in cluster if e.civilian_targeting), ""
        ),
        fatalities=_fatalities(cluster),
        doc_ids=tuple(dict.fromkeys(d for e in cluster for d in e.doc_ids)),
        evidence=tuple(dict.fromkeys(ev for e in cluster for ev in e.evidence)),
        notes=" ".join(dict.fromkeys(e.notes for e in cluster if e.notes)),
        source="; ".join(dict.fromkeys(e.source for e in cluster if e.source)),
        confidence=_confidence(cluster),
    )
    return _as_rioters(_with_actors(_with_location(fused, placed), cluster))


def _type_rank(event: Event) -> tuple[int, int]:
    """Riots before protests, then ACLED's order of sub-event types."""
    kind = event.event_type
    family = _DEMONSTRATIONS.index(kind) if kind in _DEMONSTRATIONS else 0
    order = ACLED_TAXONOMY.get(kind, ())
    sub = event.sub_event_type
    return family, order.index(sub) if sub in order else len(order)


def _as_rioters(event: Event) -> Event:
    """A protest that became a riot: its protesters are rioters (inter 5)."""
    if event.event_type != "Riots" or not event.actor1.startswith("Protesters"):
        return event
    return dataclasses.replace(event, actor1="Rioters" + event.actor1[10:], inter1=5)


def _with_location(event: Event, placed: Event) -> Event:
    return dataclasses.replace(
        event,
        iso=placed.iso,
        region=placed.region,
        country=placed.country,
        admin1=placed.admin1,
        admin2=placed.admin2,
        admin3=placed.admin3,
        location=placed.location,
        latitude=placed.latitude,
        longitude=placed.longitude,
        geo_precision=placed.geo_precision,
        geonameid=placed.geonameid,
        country_code=placed.country_code,
    )


def _with_actors(event: Event, cluster: Sequence[Event]) -> Event:
    """Named actors over generic ones, the first report that names them winning."""
    one = min(cluster, key=lambda e: (not _is_named(e.actor1), not e.actor1))
    two = min(cluster, key=lambda e: (not _is_named(e.actor2), not e.actor2))
    return dataclasses.replace(
        event,
        actor1=one.actor1,
        inter1=one.inter1,
        actor2=two.actor2,
        inter2=two.inter2,
        assoc_actor_1=_joined(e.assoc_actor_1 for e in cluster),
        assoc_actor_2=_joined(e.assoc_actor_2 for e in cluster),
    )


def _is_named(name: str) -> bool:
    return bool(name) and not name.startswith(_GENERIC)


def _joined(values: Iterable[str]) -> str:
    names = (n for v in values for n in v.split("; ") if n)
    return "; ".join(dict.fromkeys(names))


def _fatalities(cluster: Sequence[Event]) -> int:
    """Highest figure within a document's report, lowest non-zero across documents.
    Within a report, a figure given on a hedge ("two others were feared dead, though
    this was not confirmed") rivals one told plainly, and the lower stands (ACLED's
    lowest credible figure); where either tells no figure of its own ("raiders killed
    villagers", read as "several"), the higher stands as before."""
    reports: dict[tuple[str, ...], int] = {}
    for doc in dict.fromkeys(e.doc_ids for e in cluster):
        told = [(e.fatalities, _told(e)) for e in cluster if e.doc_ids == doc]
        hedges = [n for n, text in told if _hedged_figure(text)]
        plain = [(n, text) for n, text in told if not _hedged_figure(text)]
        firm = any(n and not figureless(text) for n, text in plain)
        most = max(n for n, _ in told)
        reports[doc] = min(max(n for n, _ in plain), max(hedges)) if firm and any(hedges) else most
    figures = [n for n in reports.values() if n > 0]
    return min(figures) if figures else 0


def _told(event: Event) -> str:
    return " ".join(e.text for e in event.evidence)


def _hedged_figure(text: str) -> bool:
    """A figure of the text's own, told on a hedge ("three more are feared dead")."""
    return hedged(text) and not figureless(text)


def _confidence(cluster: Sequence[Event]) -> float:
    """The best single confidence, plus a little for each further supporting sentence."""
    best = max(e.confidence for e in cluster)
    extra = len({ev for e in cluster for ev in e.evidence}) - 1
    return round(min(1.0, best + _EVIDENCE_BONUS * max(extra, 0)), 3)
