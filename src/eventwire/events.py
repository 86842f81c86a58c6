"""The event coder: parsed candidate sentences -> ACLED-coded events.

For each parsed sentence the coder

1. finds trigger tokens (`triggers.find_triggers`) and keeps those the sentence asserts
   (not negated, hypothetical, future, threatened, planned or denied);
2. reads the incident (`read_incident`): the ACLED event and sub-event type, choosing
   the one higher in ACLED's hierarchy when several apply (territory over clashes over
   remote violence over violence against civilians; protests and riots where the
   sentence is about a demonstration; strategic developments last);
3. fills roles from the dependency parse (actor1 = subject or "by X" agent; actor2 =
   object, passive subject, "with X", "against X"), mapped onto the actor mentions of
   the actors stage by character offsets;
4. counts fatalities (`fatalities`), and asks the time and geo stages for the date and
   location of the sentence.

At most one event is coded per sentence: the one its main trigger reports.

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
from eventwire.actors import generic_actor
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
)
from eventwire.settings import Settings
from eventwire.triggers import Trigger, fatalities

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["Incident", "Resolvers", "code_events", "events_stage", "fatalities", "read_incident"]

_BATTLES, _EXPLOSIONS, _VAC = "Battles", "Explosions/Remote violence", "Violence against civilians"
_PROTESTS, _RIOTS, _STRATEGIC = "Protests", "Riots", "Strategic developments"
_VIOLENT = triggers.VIOLENT_KINDS
_ARMED = frozenset(
    {Inter.STATE, Inter.REBEL, Inter.POLITICAL_MILITIA, Inter.IDENTITY_MILITIA, Inter.EXTERNAL}
)
CIVILIAN_TARGETING = "Civilian targeting"


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
    from eventwire import actors, geo, timex

    return Resolvers(timex.when, timex.is_background, geo.locate, actors.focus_country)


@dataclass(frozen=True, slots=True)
class Incident:
    """What a sentence reports, before roles, date and place are attached."""

    event_type: str
    sub_event_type: str
    trigger: Trigger
    rule: str


@dataclass(frozen=True, slots=True)
class Roles:
    """Who did what to whom in one sentence, as actor mentions.

    `actor1_parsed` says actor1 came from the parse, not from the nearest mention;
    `target_words` are the lemmas of the targets and victims (civilian or armed?).
    Protests take the intervening force from `mentions` when the parse missed it.
    `doer_words` (lemmas of the doers) tell state forces when no actor was named.
    """

    actor1: ActorMention | None = None
    actor2: ActorMention | None = None
    assoc1: tuple[ActorMention, ...] = ()
    assoc2: tuple[ActorMention, ...] = ()
    actor1_parsed: bool = False
    target_words: frozenset[str] = frozenset()
    mentions: tuple[ActorMention, ...] = ()  # every actor mention of the sentence
    doer_words: frozenset[str] = frozenset()


@stage("events", requires=("parses", "times", "places", "actors"), assigns=("events",))
def events_stage(batch: Sequence[Analysis], ctx: Context) -> list[Analysis]:
    """Code ACLED events from each parsed candidate sentence."""
    resolvers = ctx.resource("event-resolvers", default_resolvers)
    return [dataclasses.replace(a, events=code_events(a, resolvers, ctx.settings)) for a in batch]


def code_events(analysis: Analysis, resolvers: Resolvers, settings: Settings) -> tuple[Event, ...]:
    """All events of one document, one at most per parsed sentence, in text order."""
    by_index = {s.index: s for s in analysis.sentences}
    out: list[Event] = []
    for parse in analysis.parses:
        sentence = by_index.get(parse.sentence)
        if sentence is None or triggers.is_meta(sentence.text):
            continue
        event = _code_sentence(analysis, parse, sentence, resolvers)
        if event is None or event.confidence < settings.min_confidence:
            continue
        if event.background and not settings.emit_background:
            continue
        out.append(event)
    return tuple(out)


def _code_sentence(
    analysis: Analysis, parse: Parse, sentence: Sentence, resolvers: Resolvers
) -> Event | None:
    mentions = [m for m in analysis.actors if sentence.start <= m.start < sentence.end]
    found = [t for t in triggers.find_triggers(parse.doc) if triggers.is_asserted(t.token)]
    if not found:
        return None
    roles = _roles(found, parse, mentions)
    incident = read_incident(parse.doc, found, roles)
    if incident is None:
        return None
    roles = _reciprocal(incident, _roles([incident.trigger], parse, mentions))
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
    if triggers.NONVIOLENT.search(text):
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
    pobj = trig is not None and trig.token.dep_ == "pobj"
    if pobj and not triggers.POLICE.search(text) and triggers.VIOLENT_KINDS & kinds.keys():
        return None  # "gunmen attacked a rally": the attack is the event
    if trig is not None and _diplomatic(trig):
        return None
    trig = trig or _crowd_anchor(kinds, text)
    if trig is None:
        return None
    if trig.kind == "riot" or triggers.MOB.search(text) or triggers.VIOLENT_CROWD.search(text):
        sub = "Mob violence" if triggers.MOB.search(text) else "Violent demonstration"
        return Incident(_RIOTS, sub, trig, "riot")
    if triggers.EXCESSIVE.search(text) and triggers.POLICE.search(text):
        return Incident(_PROTESTS, "Excessive force against protesters", trig, "protest-force")
    if triggers.INTERVENTION.search(text):
        return Incident(_PROTESTS, "Protest with intervention", trig, "protest-intervention")
    return Incident(_PROTESTS, "Peaceful protest", trig, "protest")


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


def _crowd_anchor(kinds: dict[str, Trigger], text: str) -> Trigger | None:
    """Protesters shot at by police, or rioting (no protest verb): the violent trigger."""
    if not triggers.CROWD.search(text):
        return None
    if not (
        triggers.EXCESSIVE.search(text) and triggers.POLICE.search(text)
    ) and not triggers.VIOLENT_CROWD.search(text):
        return None
    return next((kinds[k] for k in ("kill", "attack", "clash", "loot") if k in kinds), None)


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
    if _targets_civilians(roles):
        return Incident(_VAC, "Attack", trig, "attack-civilians")
    if _targets_armed(roles) or trig.kind == "attack":
        return Incident(_BATTLES, "Armed clash", trig, "attack-armed")
    return Incident(_VAC, "Attack", trig, "attack")


def _targets_civilians(roles: Roles) -> bool:
    if roles.actor2 is not None and roles.actor2.actor.inter == Inter.CIVILIANS:
        return True
    return (
        bool(roles.target_words & triggers.CIVILIAN_NOUNS)
        and not roles.target_words & triggers.ARMED_NOUNS
    )


def _targets_armed(roles: Roles) -> bool:
    if roles.actor2 is not None and roles.actor2.actor.inter not in {Inter.CIVILIANS, 0}:
        return roles.actor2.actor.inter not in {Inter.PROTESTERS, Inter.RIOTERS}
    return bool(roles.target_words & triggers.ARMED_NOUNS)


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


# --- roles -----------------------------------------------------------------------------


def _roles(found: Sequence[Trigger], parse: Parse, mentions: Sequence[ActorMention]) -> Roles:
    """actor1/actor2 (and associates) of the main trigger, mapped onto actor mentions."""
    ranked = sorted(found, key=lambda t: (t.kind != "territory", t.kind not in _VIOLENT))
    anchor = ranked[0].token
    doers, targets = triggers.arguments(anchor)
    actor2, assoc2 = _pick(targets, parse.offset, mentions)
    used = {id(m) for m in (actor2, *assoc2) if m is not None}
    free = [m for m in mentions if id(m) not in used]
    actor1, assoc1 = _pick(doers, parse.offset, free)
    parsed = actor1 is not None
    if actor1 is None:
        actor1 = _nearest(anchor, parse.offset, free)
    words = frozenset(triggers.lemma(t) for t in targets) | _victim_words(anchor.doc)
    doer_words = frozenset(triggers.lemma(t) for t in doers)
    return Roles(actor1, actor2, assoc1, assoc2, parsed, words, tuple(mentions), doer_words)


def _reciprocal(incident: Incident, roles: Roles) -> Roles:
    """ "X and Y clashed": in a clash the second of two subjects is the other side."""
    if incident.rule != "clash" or roles.actor2 is not None or not roles.assoc1:
        return roles
    return dataclasses.replace(roles, actor2=roles.assoc1[0], assoc1=roles.assoc1[1:])


def _span(token: Token, offset: int) -> tuple[int, int]:
    left, right = token.left_edge, token.right_edge
    return offset + left.idx, offset + right.idx + len(right.text)


def _pick(
    heads: Sequence[Token], offset: int, mentions: Sequence[ActorMention]
) -> tuple[ActorMention | None, tuple[ActorMention, ...]]:
    """The mention heading the first phrase, and other actors inside the phrases."""
    inside: list[ActorMention] = []
    for head in heads:
        start, end = _span(head, offset)
        here = offset + head.idx
        hits = [m for m in mentions if m.start < end and m.end > start]
        hits.sort(key=lambda m: (not (m.start <= here < m.end), abs(m.start - here)))
        inside.extend(m for m in hits if m not in inside)
    if not inside:
        return None, ()
    primary = inside[0]
    names = {primary.actor.name}
    assoc = []
    for mention in inside[1:]:
        if mention.actor.name not in names:
            names.add(mention.actor.name)
            assoc.append(mention)
    return primary, tuple(assoc)


def _nearest(anchor: Token, offset: int, mentions: Sequence[ActorMention]) -> ActorMention | None:
    """The closest non-civilian mention to the trigger: actor1 when the parse found none."""
    here = offset + anchor.idx
    armed = [m for m in mentions if m.actor.inter != Inter.CIVILIANS]
    return min(armed, key=lambda m: abs(m.start - here), default=None)


def _victim_words(doc: Doc) -> frozenset[str]:
    """Lemmas of the nouns that died: tells soldiers killed from villagers killed."""
    nouns = [n for tok in doc for n in triggers.victims(tok)]
    # "dozens of people": the quantity word's "of" phrase says who they were
    nouns += [o for n in nouns for p in n.children if p.lower_ == "of" for o in p.children]
    return frozenset(triggers.lemma(n) for n in nouns)


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
    actor1, actor2, civilian = _final_roles(incident, roles, code or None)
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
        assoc_actor_1=_names(roles.assoc1),
        assoc_actor_2=_names(roles.assoc2),
        civilian_targeting=CIVILIAN_TARGETING if civilian else "",
        iso=info.isonumeric if info else 0,
        region=info.region if info else "",
        country=country,
        source=doc.site or doc.title or "",
        notes=sentence.text,
        doc_ids=(doc.id,),
        evidence=(Evidence(doc.id, sentence.text, sentence.start, sentence.end),),
        country_code=code,
        date_inferred=when.inferred,
        trigger=incident.trigger.text,
        rule=f"{incident.trigger.rule}/{incident.rule}",
        confidence=_confidence(incident, roles, when, location, code),
    )
    return _placed(event, location) if location else event


def _final_roles(
    incident: Incident, roles: Roles, code: str | None
) -> tuple[Actor | None, Actor | None, bool]:
    """Actors as ACLED codes them for this type, with generic actors where none was named."""
    a1 = roles.actor1.actor if roles.actor1 else None
    a2 = roles.actor2.actor if roles.actor2 else None
    if incident.event_type in {_PROTESTS, _RIOTS}:
        crowd_inter = Inter.PROTESTERS if incident.event_type == _PROTESTS else Inter.RIOTERS
        crowd = next(
            (a for a in (a1, a2) if a and a.inter in {Inter.PROTESTERS, Inter.RIOTERS}), None
        )
        present = (a1, a2, *(m.actor for m in roles.mentions))
        other = next((a for a in present if a and a is not crowd and a.inter in _ARMED), None)
        if incident.sub_event_type == "Peaceful protest":
            other = None  # nobody intervened
        name = "Protesters" if crowd_inter == Inter.PROTESTERS else "Rioters"
        crowd = Actor(crowd.name, crowd_inter) if crowd else generic_actor(name, crowd_inter, code)
        return crowd, other, False
    civilian = incident.event_type == _VAC or (
        incident.event_type == _EXPLOSIONS and _targets_civilians(roles)
    )
    if civilian and a2 is None:
        a2 = generic_actor("Civilians", Inter.CIVILIANS, code)
    if a1 is None and incident.event_type != _STRATEGIC:
        a1 = generic_actor("Unidentified Armed Group", Inter.POLITICAL_MILITIA, code)
    return a1, a2, civilian


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
