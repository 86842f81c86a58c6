"""The event coder: parsed candidate sentences -> ACLED-coded events.

For each parsed sentence the coder

1. finds trigger tokens (`triggers.find_triggers`) and keeps those the sentence asserts
   (not negated, hypothetical, future, threatened, planned or denied);
2. reads the incident (`read_incident`): the ACLED event and sub-event type, choosing
   the one higher in ACLED's hierarchy when several apply (territory over clashes over
   remote violence over violence against civilians; protests and riots where the
   sentence is about a demonstration; strategic developments last);
3. fills roles (`roles`) from the dependency parse (actor1 = subject or "by X" agent;
   actor2 = object, passive subject, "with X", "against X", the attacked and the dead),
   mapped onto the actor mentions of the actors stage by character offsets, then
   applies ACLED's conventions per event type (`roles.final_roles`);
4. counts fatalities (`tolls.fatalities`), and asks the time and geo stages for the
   date and location of the sentence.

At most one event is coded per sentence: the one its main trigger reports. Sentences
that follow an event may complete it instead of reporting a new one: a claim or
attribution names its perpetrator, a toll gives its fatalities, and a crowd that
"threw stones" turns the protest just told into a riot. Running totals ("killed since
January") and court cases ("convicted of the attack") are not events.

Confidence is the sum of simple, visible evidence (capped at 1):
  trigger 0.35 (verb or phrase) or 0.25 (noun); actor1 found in the parse 0.2, taken
  from the nearest mention 0.1; actor2 found 0.1; location at geo_precision 1/2/3 0.2 /
  0.15 / 0.1, only the document's focus country 0.05; a date read from the sentence at
  day precision 0.15, at week or month precision 0.1, a year alone or inferred 0.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from eventwire import countries, taxonomy, triggers
from eventwire.actors import generic_actor, is_generic
from eventwire.pipeline import Context, stage
from eventwire.records import (
    Actor,
    ActorMention,
    Analysis,
    DocumentDate,
    Event,
    Evidence,
    Inter,
    Location,
    Parse,
    Sentence,
    TimePrecision,
    When,
    starting_within,
)
from eventwire.roles import (
    Roles,
    claimant,
    final_roles,
    read_roles,
    reciprocal,
    targets_armed,
    targets_civilians,
    victim_words,
)
from eventwire.settings import Settings
from eventwire.tolls import fatalities
from eventwire.triggers import Trigger

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["Incident", "Resolvers", "code_events", "events_stage", "fatalities", "read_incident"]

_BATTLES, _EXPLOSIONS, _VAC = "Battles", "Explosions/Remote violence", "Violence against civilians"
_PROTESTS, _RIOTS, _STRATEGIC = "Protests", "Riots", "Strategic developments"
CIVILIAN_TARGETING = "Civilian targeting"
_VIOLENT = triggers.VIOLENT_KINDS


@dataclass(frozen=True, slots=True)
class Resolvers:
    """The other stages' answers the coder needs, injected so tests can supply their own.

    `when`/`is_background` come from `timex`, `locate` from `geo`, `focus_country` from
    `actors`.
    """

    when: Callable[[Analysis, int, int], When | None]
    is_background: Callable[[When, DocumentDate | None], bool]
    locate: Callable[[Analysis, int, int], Location | None]
    focus_country: Callable[[Analysis], str | None]


def default_resolvers() -> Resolvers:
    """The real time, geo and actor functions (imported lazily: they load resources)."""
    from eventwire import actors, location, timex

    return Resolvers(timex.when, timex.is_background, location.locate, actors.focus_country)


@dataclass(frozen=True, slots=True)
class Incident:
    """What a sentence reports, before roles, date and place are attached."""

    event_type: str
    sub_event_type: str
    trigger: Trigger
    rule: str


@stage("events", requires=("parses", "times", "places", "actors"), assigns=("events",))
def events_stage(batch: Sequence[Analysis], ctx: Context) -> list[Analysis]:
    """Code ACLED events from each parsed candidate sentence."""
    resolvers = ctx.resource("event-resolvers", default_resolvers)
    return [dataclasses.replace(a, events=code_events(a, resolvers, ctx.settings)) for a in batch]


def code_events(analysis: Analysis, resolvers: Resolvers, settings: Settings) -> tuple[Event, ...]:
    """All events of one document, one at most per parsed sentence, in text order.

    A sentence that only claims or blames ("X said it carried out the bombing") or only
    gives the toll ("Police said 15 people died") right after an event completes that
    event instead of reporting a new one.
    """
    by_index = {s.index: s for s in analysis.sentences}
    out: list[Event] = []
    last = -_FOLLOW_UP - 1  # sentence index of the last event kept
    for parse in analysis.parses:
        sentence = by_index.get(parse.sentence)
        if sentence is None or triggers.is_meta(sentence.text):
            continue
        near = bool(out) and parse.sentence - last <= _FOLLOW_UP
        claimed = claimant(parse, _mentions_in(analysis, sentence))
        if claimed is not None and near:
            out[-1] = _attributed(out[-1], claimed.actor)
            continue
        if near and out[-1].event_type == _PROTESTS and _crowd_violence(parse.doc):
            out[-1] = _as_riot(out[-1], fatalities(parse.doc) or 0)
            continue
        event = _code_sentence(analysis, parse, sentence, resolvers)
        if event is None and near:
            out[-1] = _follow_up(out[-1], parse)
        if event is None or event.confidence < settings.min_confidence:
            continue
        if event.background and not settings.emit_background:
            continue
        out.append(_attributed(event, claimed.actor) if claimed else event)
        last = parse.sentence
    return tuple(out)


_FOLLOW_UP = 2  # sentences after an event that may still add to it


def _mentions_in(analysis: Analysis, sentence: Sentence) -> list[ActorMention]:
    return list(starting_within(analysis.actors, sentence.start, sentence.end))


def _attributed(event: Event, actor: Actor) -> Event:
    """The claimant or blamed group as actor1, where the report named no perpetrator."""
    if event.actor1 and not is_generic(event.actor1):
        return event
    inter = _inter(actor, event.country_code)
    return dataclasses.replace(event, actor1=actor.name, inter1=inter, rule=event.rule + "+claim")


_CROWD_SUBJECTS = triggers.CROWD_NOUNS | triggers.words("they student resident worker")


def _crowd_violence(doc: Doc) -> bool:
    """ "They threw stones at the police", "the students smashed windows": the crowd
    of the protest just told turned violent."""
    if not triggers.VIOLENT_CROWD.search(doc.text):
        return False
    subjects = {triggers.lemma(t) for t in doc if t.dep_ == "nsubj"}
    return bool(subjects & _CROWD_SUBJECTS) or bool(triggers.CROWD.search(doc.text))


def _as_riot(event: Event, deaths: int) -> Event:
    """A protest whose crowd turned violent: ACLED codes one violent demonstration."""
    actor1, inter1 = event.actor1, event.inter1
    if actor1.startswith("Protesters"):
        actor1, inter1 = "Rioters" + actor1[len("Protesters") :], int(Inter.RIOTERS)
    sub = "Violent demonstration"
    return dataclasses.replace(
        event,
        event_type=_RIOTS,
        sub_event_type=sub,
        disorder_type=taxonomy.disorder_type(_RIOTS, sub),
        actor1=actor1,
        inter1=inter1,
        fatalities=max(event.fatalities, deaths),
        rule=event.rule + "+violent",
    )


def _follow_up(event: Event, parse: Parse) -> Event:
    """A toll told in the next sentences ("Police said 15 people died"): the event's
    fatalities, and civilians as the victims of an explosion when no target was named."""
    doc = parse.doc
    found = triggers.find_triggers(doc)
    if any(triggers.is_asserted(t.token) or triggers.is_tally(t.token) for t in found):
        return event
    if triggers.AGGREGATE.search(doc.text) or event.event_type == _STRATEGIC:
        return event
    deaths = fatalities(doc) or 0
    if deaths <= event.fatalities:
        return event
    event = dataclasses.replace(event, fatalities=deaths)
    victims = victim_words(doc)
    civilian = bool(victims & triggers.CIVILIAN_NOUNS) and not victims & triggers.ARMED_NOUNS
    if civilian and not event.actor2 and event.event_type in {_EXPLOSIONS, _VAC}:
        code = event.country_code or None
        actor = generic_actor("Civilians", Inter.CIVILIANS, code)
        event = dataclasses.replace(
            event,
            actor2=actor.name,
            inter2=int(Inter.CIVILIANS),
            civilian_targeting=CIVILIAN_TARGETING,
        )
    return event


def _code_sentence(
    analysis: Analysis, parse: Parse, sentence: Sentence, resolvers: Resolvers
) -> Event | None:
    mentions = _mentions_in(analysis, sentence)
    found = [t for t in triggers.find_triggers(parse.doc) if triggers.is_asserted(t.token)]
    if not found:
        return None
    roles = read_roles(found, parse, mentions)
    incident = read_incident(parse.doc, found, roles)
    if incident is None:
        return None
    roles = reciprocal(incident.rule, read_roles([incident.trigger], parse, mentions))
    when = resolvers.when(analysis, sentence.start, sentence.end)
    if when is None:  # nothing dates the document: no event rather than a made-up date
        return None
    location = resolvers.locate(analysis, sentence.start, sentence.end)
    code = location.entry.country_code if location else resolvers.focus_country(analysis)
    background = resolvers.is_background(when, analysis.doc_date) or bool(
        triggers.HISTORY.search(sentence.text)
    )
    deaths = fatalities(parse.doc)
    event = _assemble(analysis, sentence, incident, roles, when, location, code or "")
    return dataclasses.replace(event, background=background, fatalities=deaths or 0)


# --- reading the incident ------------------------------------------------------------


def read_incident(doc: Doc, found: Sequence[Trigger], roles: Roles) -> Incident | None:
    """The ACLED type of the incident a sentence reports, or None when it reports none.

    `found` are the asserted triggers; `roles` (read from the first violent trigger)
    tell state from non-state actors and civilian from armed targets.
    """
    kinds = _kinds(found, references=False) or _kinds(found, references=True)
    if not kinds:
        return None
    text = doc.text
    for reader in (_chemical, _territory, _demonstration, _battle, _remote, _civilian, _strategic):
        incident = reader(kinds, text, roles)
        if incident is not None:
            return incident
    return None


def _kinds(found: Sequence[Trigger], *, references: bool) -> dict[str, Trigger]:
    """The first trigger of each kind; without `references`, events only referred to
    ("arrested over the bombing") are left out."""
    kinds: dict[str, Trigger] = {}
    for trig in found:
        kind = triggers.refine_kind(trig)
        if kind is not None and (references or not triggers.is_reference(trig.token)):
            kinds.setdefault(kind, Trigger(trig.token, kind, trig.rule))
    return kinds


def _chemical(kinds: dict[str, Trigger], text: str, roles: Roles) -> Incident | None:
    violent = [kinds[k] for k in ("attack", "kill", "strike", "shell", "bomb") if k in kinds]
    if violent and triggers.CHEMICAL.search(text):
        return Incident(_EXPLOSIONS, "Chemical weapon", violent[0], "chemical")
    return None


def _territory(kinds: dict[str, Trigger], text: str, roles: Roles) -> Incident | None:
    trig = kinds.get("territory")
    if trig is None:
        return None
    forced = trig.rule.startswith("lemma")  # captured, seized, overran: force was used
    if triggers.NONVIOLENT.search(text) or (triggers.WITHDRAWAL.search(text) and not forced):
        return Incident(_STRATEGIC, "Non-violent transfer of territory", trig, "territory-peaceful")
    actor = roles.actor1.actor if roles.actor1 else None
    if actor is not None:
        state = actor.inter in {Inter.STATE, Inter.EXTERNAL}
    else:
        state = bool(
            triggers.lemma(trig.token) in triggers.REGAIN_LEMMAS
            or trig.token.lower_ in triggers.REGAIN_LEMMAS
            or roles.doer_words & triggers.STATE_NOUNS
        )
    if state:
        return Incident(_BATTLES, "Government regains territory", trig, "territory-state")
    return Incident(_BATTLES, "Non-state actor overtakes territory", trig, "territory-nonstate")


def _demonstration(kinds: dict[str, Trigger], text: str, roles: Roles) -> Incident | None:
    """Protests and riots: a demonstration trigger, or protesters met with force."""
    trig = kinds.get("riot") or kinds.get("protest")
    # "gunmen attacked a rally": the attack is the event; "killed in riots" is the riot
    pobj = trig is not None and trig.token.dep_ == "pobj" and trig.token.head.lower_ not in _AMID
    crowd = bool(roles.doer_words & triggers.CROWD_NOUNS)  # "supporters clashed at a rally"
    if pobj and not crowd and not triggers.POLICE.search(text) and _VIOLENT & kinds.keys():
        return None
    if trig is not None and _diplomatic(trig):
        return None
    trig = trig or _crowd_anchor(kinds, text, roles)
    if trig is None:
        return None
    harmed = {"kill", "attack"} & kinds.keys()
    crowds_clash = "clash" in kinds and crowd and not triggers.POLICE.search(text)
    mob = (
        triggers.MOB.search(text)
        or (roles.doer_words & triggers.MOB_NOUNS and harmed)
        or crowds_clash  # rival crowds fighting each other, no force between them
    )
    if trig.kind == "riot" or mob or triggers.VIOLENT_CROWD.search(text):
        sub = "Mob violence" if mob else "Violent demonstration"
        return Incident(_RIOTS, sub, trig, "riot")
    if triggers.EXCESSIVE.search(text) and triggers.POLICE.search(text):
        return Incident(_PROTESTS, "Excessive force against protesters", trig, "protest-force")
    if triggers.INTERVENTION.search(text):
        return Incident(_PROTESTS, "Protest with intervention", trig, "protest-intervention")
    return Incident(_PROTESTS, "Peaceful protest", trig, "protest")


_AMID = triggers.words("in during amid amidst")
_DIPLOMATIC_HEADS = triggers.words("draw drew prompt spark provoke trigger lodge file voice")


def _diplomatic(trig: Trigger) -> bool:
    """A government's protest, not a crowd's: "drawing protests from Russia", "Iran
    lodged a protest". ACLED codes demonstrations, not diplomatic objections."""
    token = trig.token
    if token.pos_ != "NOUN":
        return False
    if token.head.lemma_ in _DIPLOMATIC_HEADS:
        return True
    return any(
        child.lower_ == "from" and any(g.ent_type_ in ("GPE", "NORP") for g in child.children)
        for child in token.children
    )


def _crowd_anchor(kinds: dict[str, Trigger], text: str, roles: Roles) -> Trigger | None:
    """The violent trigger of a demonstration told without a protest verb: protesters
    shot at by police, or a crowd ("youths", "a mob") that rioted or lynched."""
    anchor = next((kinds[k] for k in ("kill", "attack", "clash", "loot") if k in kinds), None)
    if anchor is None:
        return None
    violent = triggers.VIOLENT_CROWD.search(text) or triggers.MOB.search(text)
    harm = kinds.get("kill") or kinds.get("attack")
    if harm and (roles.doer_words & triggers.MOB_NOUNS or triggers.MOB.search(text)):
        return harm  # "a crowd beat him to death", "set on fire by an irate mob"
    if roles.doer_words & triggers.CROWD_NOUNS and violent:
        return anchor
    if not triggers.CROWD.search(text):
        return None
    if triggers.EXCESSIVE.search(text) and triggers.POLICE.search(text):
        return anchor
    return anchor if triggers.VIOLENT_CROWD.search(text) else None


def _battle(kinds: dict[str, Trigger], text: str, roles: Roles) -> Incident | None:
    trig = kinds.get("clash")
    if trig is None:
        return None
    return Incident(_BATTLES, "Armed clash", trig, "clash")


def _remote(kinds: dict[str, Trigger], text: str, roles: Roles) -> Incident | None:
    violent = [
        kinds[k] for k in ("strike", "bomb", "shell", "grenade", "attack", "kill") if k in kinds
    ]
    if not violent:
        return None
    if triggers.AERIAL.search(text) and (
        {"strike", "bomb"} & kinds.keys() or "drone" in text.lower()
    ):
        return Incident(_EXPLOSIONS, "Air/drone strike", violent[0], "air-strike")
    if triggers.SUICIDE.search(text):
        return Incident(_EXPLOSIONS, "Suicide bomb", violent[0], "suicide-bomb")
    if "shell" in kinds or (triggers.SHELLING.search(text) and "strike" in kinds):
        return Incident(_EXPLOSIONS, "Shelling/artillery/missile attack", violent[0], "shelling")
    if "bomb" in kinds:
        return Incident(_EXPLOSIONS, "Remote explosive/landmine/IED", kinds["bomb"], "explosive")
    if "grenade" in kinds:
        return Incident(_EXPLOSIONS, "Grenade", kinds["grenade"], "grenade")
    if "strike" in kinds and kinds["strike"].token.pos_ == "NOUN":
        return Incident(_EXPLOSIONS, "Air/drone strike", kinds["strike"], "strike")
    return None


def _civilian(kinds: dict[str, Trigger], text: str, roles: Roles) -> Incident | None:
    if "sexual" in kinds:
        return Incident(_VAC, "Sexual violence", kinds["sexual"], "sexual-violence")
    if "abduct" in kinds:
        return Incident(_VAC, "Abduction/forced disappearance", kinds["abduct"], "abduction")
    trig = kinds.get("kill") or kinds.get("attack")
    if trig is None:
        return None
    if trig.token.lemma_ == "raid" and "kill" not in kinds and {"arrest", "weapons"} & kinds.keys():
        return None  # a raid that seized or arrested: a strategic development
    if targets_civilians(roles):
        return Incident(_VAC, "Attack", trig, "attack-civilians")
    if targets_armed(roles) or trig.kind == "attack":
        return Incident(_BATTLES, "Armed clash", trig, "attack-armed")
    return Incident(_VAC, "Attack", trig, "attack")


_STRATEGIC_KINDS = (
    ("arrest", "Arrests"),
    ("weapons", "Disrupted weapons use"),
    ("loot", "Looting/property destruction"),
    ("agreement", "Agreement"),
    ("base", "Headquarters or base established"),
    ("change", "Change to group/activity"),
    ("other", "Other"),
)


def _strategic(kinds: dict[str, Trigger], text: str, roles: Roles) -> Incident | None:
    for kind, sub in _STRATEGIC_KINDS:
        if kind in kinds:
            return Incident(_STRATEGIC, sub, kinds[kind], kind)
    return None


# --- assembling the event ----------------------------------------------------------------


def _assemble(
    analysis: Analysis,
    sentence: Sentence,
    incident: Incident,
    roles: Roles,
    when: When,
    location: Location | None,
    code: str,
) -> Event:
    info = countries.country(code) if code else None
    country = info.name if info else ""
    actor1, actor2, extra, civilian = final_roles(
        incident.event_type, incident.sub_event_type, roles, code or None
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
        inter1=_inter(actor1, code),
        actor2=actor2.name if actor2 else "",
        inter2=_inter(actor2, code),
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
    )
    return _placed(event, location) if location else event


def _inter(actor: Actor | None, code: str) -> int:
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
