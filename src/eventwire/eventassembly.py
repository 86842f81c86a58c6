"""An event assembled from what a sentence reports: the incident, its roles as ACLED
names them (`actorconventions.final_roles`), its date and its place, with the evidence
and the explanation.

Its first confidence is the sum of simple, visible evidence (capped at 1):
  trigger 0.35 (verb or phrase) or 0.25 (noun); actor1 found in the parse 0.2, taken
  from the nearest mention 0.1; actor2 found 0.1; location at geo_precision 1/2/3 0.2 /
  0.15 / 0.1, only the document's focus country 0.05; a date read from the sentence at
  day precision 0.15, at week or month precision 0.1, a year alone or inferred 0.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Iterable

from eventwire import countries, taxonomy
from eventwire.actorconventions import final_roles
from eventwire.incident import Incident
from eventwire.records import (
    Actor,
    ActorMention,
    Analysis,
    Event,
    Evidence,
    Explanation,
    Inter,
    Location,
    Sentence,
    TimePrecision,
    When,
)
from eventwire.roles import Roles

__all__ = ["CIVILIAN_TARGETING", "assemble", "inter_code", "role_evidence"]

CIVILIAN_TARGETING = "Civilian targeting"


def assemble(
    analysis: Analysis,
    sentence: Sentence,
    incident: Incident,
    roles: Roles,
    when: When,
    location: Location | None,
    code: str,
    home: str | None = None,
) -> Event:
    """The event; `home` (by default `code`) is the country its actors are named after."""
    info = countries.country(code) if code else None
    country = info.name if info else ""
    home = code if home is None else home
    actor1, actor2, extra, civilian = final_roles(
        incident.event_type, incident.sub_event_type, roles, home or None
    )
    doc = analysis.document
    event = Event(
        event_id_cnty=_event_id(info.iso3 if info else "XXX", doc.id, sentence.start, incident),
        event_date=when.value,
        time_precision=when.precision,
        disorder_type=taxonomy.disorder_type(incident.event_type, incident.sub_event_type),
        event_type=incident.event_type,
        sub_event_type=incident.sub_event_type,
        actor1=actor1.name if actor1 else "",
        inter1=inter_code(actor1, home),
        actor2=actor2.name if actor2 else "",
        inter2=inter_code(actor2, home),
        assoc_actor_1="; ".join(dict.fromkeys((*extra, *(m.actor.name for m in roles.assoc1)))),
        assoc_actor_2=_names(roles.assoc2),
        civilian_targeting=CIVILIAN_TARGETING if civilian else "",
        iso=info.isonumeric if info else 0,
        region=info.region if info else "",
        country=country,
        source=doc.site or doc.title or "",
        notes=" ".join(sentence.text.split()),  # one line: evidence keeps the raw text
        doc_ids=(doc.id,),
        evidence=(Evidence(doc.id, sentence.text, sentence.start, sentence.end),),
        country_code=code,
        date_inferred=when.inferred,
        trigger=incident.trigger.text,
        rule=f"{incident.trigger.rule}/{incident.rule}",
        confidence=_confidence(incident, roles, when, location, code),
        explanation=Explanation(
            trigger=incident.trigger.text,
            rule=f"{incident.trigger.rule}/{incident.rule}: {incident.sub_event_type}",
            roles=role_evidence(incident, roles, actor1, actor2, civilian),
            alternatives=incident.alternatives,
        ),
    )
    return _placed(event, location) if location else event


def role_evidence(
    incident: Incident,
    roles: Roles,
    actor1: Actor | None,
    actor2: Actor | None,
    civilian: bool,
) -> tuple[str, ...]:
    """Why each role went to whom, in words an analyst can check against the sentence."""
    word = incident.trigger.text
    lines = []
    if actor1 is not None and roles.actor1 is not None:
        how = "the doer (subject or 'by' agent) of" if roles.actor1_parsed else "the nearest to"
        lines.append(f"actor1 {actor1.name!r}: {roles.actor1.text!r} is {how} {word!r}")
    elif actor1 is not None:
        lines.append(f"actor1 {actor1.name!r}: no perpetrator named, ACLED's convention")
    if actor2 is not None and roles.actor2 is not None and roles.actor2.actor.name == actor2.name:
        lines.append(f"actor2 {actor2.name!r}: {roles.actor2.text!r} is the side {word!r} hit")
    elif actor2 is not None:
        lines.append(f"actor2 {actor2.name!r}: by ACLED's convention for {incident.event_type}")
    lines += [f"associate of actor1 {m.actor.name!r}: named with it" for m in roles.assoc1]
    lines += [f"associate of actor2 {m.actor.name!r}: named with it" for m in roles.assoc2]
    if civilian:
        lines.append("civilian_targeting: the victims are civilians")
    return tuple(lines)


def inter_code(actor: Actor | None, code: str) -> int:
    """ACLED inter code; state forces acting outside their own country are external (8)."""
    if actor is None:
        return 0
    if actor.inter == Inter.STATE and actor.country_code and code and actor.country_code != code:
        return int(Inter.EXTERNAL)
    return int(actor.inter)


def _names(mentions: Iterable[ActorMention]) -> str:
    return "; ".join(dict.fromkeys(m.actor.name for m in mentions))


def _event_id(iso3: str, doc_id: str, start: int, incident: Incident) -> str:
    """ISO3 plus a short hash of where the event was read: stable across runs."""
    key = f"{doc_id}|{start}|{incident.event_type}|{incident.sub_event_type}"
    return iso3 + str(int(hashlib.sha1(key.encode("utf-8")).hexdigest()[:10], 16) % 10**7)


def _placed(event: Event, location: Location) -> Event:
    entry = location.entry
    return dataclasses.replace(
        event,
        admin1=entry.admin1,
        admin2=entry.admin2,
        location=entry.name,
        latitude=entry.latitude,
        longitude=entry.longitude,
        geo_precision=location.precision,
        geonameid=entry.geonameid,
        country_code=entry.country_code,
    )


def _confidence(
    incident: Incident, roles: Roles, when: When, location: Location | None, code: str
) -> float:
    """Sum of the evidence listed in the module docstring, capped at 1."""
    token = incident.trigger.token
    score = 0.35 if token.pos_ == "VERB" or incident.trigger.rule.startswith("phrase") else 0.25
    score += 0.2 if roles.actor1_parsed else 0.1 if roles.actor1 else 0.0
    score += 0.1 if roles.actor2 else 0.0
    if location is not None:
        score += {1: 0.2, 2: 0.15}.get(location.precision, 0.1)
    elif code:
        score += 0.05
    if not when.inferred:
        score += {TimePrecision.DAY: 0.15, TimePrecision.YEAR: 0.0}.get(when.precision, 0.1)
    return round(min(score, 1.0), 3)
