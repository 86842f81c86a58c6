"""The event coder: parsed candidate sentences -> ACLED-coded events.

For each parsed sentence the coder

1. finds trigger tokens (`triggers.find_triggers`) and keeps those the sentence asserts
   (not negated, hypothetical, future, threatened, planned or denied);
2. reads the incident (`subtypes.read_incident`): the ACLED event and sub-event type,
   choosing the one higher in ACLED's hierarchy when several apply (territory over
   demonstrations over clashes over remote violence over violence against civilians;
   strategic developments last), the others kept as alternatives that lost;
3. fills roles (`roles`) from the dependency parse (actor1 = subject or "by X" agent;
   actor2 = object, passive subject, "with X", "against X", the attacked and the dead),
   mapped onto the actor mentions of the actors stage by character offsets, then
   applies ACLED's conventions per event type (`actorconventions.final_roles`);
4. counts fatalities (`tolls.fatalities`), and asks the time and geo stages for the
   date and location of the sentence.

At most one event is coded per sentence: the one its main trigger reports. Sentences
that follow an event may complete it instead of reporting a new one: a claim or
attribution names its perpetrator, a toll gives its fatalities ("Eight people were
killed in the blast": one incident told in two sentences is one event), and a crowd
that "threw stones" turns the protest just told into a riot; a word such as "another"
or "in a separate attack" opens a new incident. Running totals ("killed since
January"), court cases ("convicted of the attack") and sentences that only place the
incident in a series ("It was one of three attacks that day") are not events; a toll
given for the whole series ("nine were killed across the attacks") counts the incident's
share of it.

Each event is assembled by `eventassembly.assemble` and carries an `Explanation`: its
trigger, the rule that typed it, why each role went to whom, and the codings that lost.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from eventwire import cues, triggerparse, triggers
from eventwire.aboutevents import only_responsibility, reported
from eventwire.civiltargets import as_civilians_killed, disputed_killing
from eventwire.clashsides import distinct_sides, named_sides
from eventwire.clausedates import clause_date, own_date
from eventwire.continuation import (
    casualties_only,
    followed_up,
    fought_back,
    means_told,
    new_deed,
    new_place,
    other_side,
    recalled_in,
    recalls_told,
    response_to,
    same_doers,
    with_means,
)
from eventwire.crowdcontext import armed_rioters, demonstrators_fought
from eventwire.demoevents import after_arrests, as_protest, as_riot, crowd_arrested
from eventwire.doctext import text_of
from eventwire.eventassembly import CIVILIAN_TARGETING, assemble, inter_code
from eventwire.figurative import cyber, figurative_protest, idle
from eventwire.followups import (
    arrests_after,
    captive_harmed,
    crowd_violence,
    force_after,
    handed_over,
    intervened,
    intervention_after,
    no_violence_after,
    rivals_fought,
    taken_quietly,
)
from eventwire.forces import dated_actors
from eventwire.genericactors import generic_actor, is_generic
from eventwire.harms import as_attack, harmed_after
from eventwire.headlines import dated_by_lede
from eventwire.incident import Incident
from eventwire.interveners import met_by, police_by_default
from eventwire.loneplaces import actor_country
from eventwire.notelabels import counts_deaths
from eventwire.pipeline import Context, stage
from eventwire.records import (
    Actor,
    ActorMention,
    Analysis,
    DocumentDate,
    Event,
    Evidence,
    Explanation,
    Inter,
    Location,
    Parse,
    Sentence,
    TimePrecision,
    When,
    starting_within,
)
from eventwire.roles import claimant, read_roles, reciprocal, victim_words
from eventwire.senses import other_sense
from eventwire.settings import Settings
from eventwire.subtypes import read_incident
from eventwire.tollreports import figureless, is_update, reconcile
from eventwire.tolls import fatalities, taken
from eventwire.tollseries import (
    in_series,
    series_told,
    shared_by,
    shared_toll,
    toll,
    with_bombers,
    with_this,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["Incident", "Resolvers", "code_events", "events_stage", "fatalities", "read_incident"]
# Incident lives in `incident`, read_incident in `subtypes` (the sub-event decision);
# both are re-exported here.

_BATTLES, _EXPLOSIONS, _VAC = "Battles", "Explosions/Remote violence", "Violence against civilians"
_PROTESTS, _RIOTS, _STRATEGIC = "Protests", "Riots", "Strategic developments"
_VIOLENT = cues.VIOLENT_KINDS


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


def default_resolvers(ctx: Context | None = None) -> Resolvers:
    """The real time, geo and actor functions (imported lazily: they load resources)."""
    from eventwire import actors, location, timex

    guess = actors.country_guess(ctx) if ctx else None  # the gazetteer's, as the actors had
    focus = functools.partial(actors.focus_country, guess=guess)
    return Resolvers(timex.when, timex.is_background, location.locate, focus)


@stage("events", requires=("parses", "times", "places", "actors"), assigns=("events",))
def events_stage(batch: Sequence[Analysis], ctx: Context) -> list[Analysis]:
    """Code ACLED events from each parsed candidate sentence."""
    resolvers = ctx.resource("event-resolvers", lambda: default_resolvers(ctx))
    return [dataclasses.replace(a, events=code_events(a, resolvers, ctx.settings)) for a in batch]


def code_events(analysis: Analysis, resolvers: Resolvers, settings: Settings) -> tuple[Event, ...]:
    """All events of one document, one at most per parsed sentence, in text order.

    A sentence that only claims or blames ("X said it carried out the bombing") or only
    gives the toll ("Police said 15 people died") right after an event completes that
    event instead of reporting a new one.
    """
    by_index = {s.index: s for s in analysis.sentences}
    sizes = series_told(s.text for s in analysis.sentences)
    series_at = {s.index: size for s, size in zip(analysis.sentences, sizes, strict=True)}
    out: list[Event] = []
    origins: list[Parse] = []  # the sentence each event of `out` was first coded from
    last = -_FOLLOW_UP - 1  # sentence index of the last event kept
    for parse in analysis.parses:
        sentence = by_index.get(parse.sentence)
        if sentence is None or triggers.is_meta(sentence.text):
            continue
        near = bool(out) and parse.sentence - last <= _FOLLOW_UP
        series = series_at[parse.sentence]
        if in_series(sentence.text):
            if near:  # "one of seven such attacks, across which five people were killed"
                out[-1] = shared_toll(out[-1], parse.doc, series)
            continue
        claimed = claimant(parse, _mentions_in(analysis, sentence))
        if claimed is not None and near:
            out[-1] = _attributed(out[-1], claimed.actor)
            if disputed_killing(out[-1], sentence.text, blamed=True):
                out[-1] = as_civilians_killed(out[-1])  # "kin accused the police of it"
            continue
        if out and only_responsibility(parse.doc):  # "Y denied carrying out the attack"
            continue
        completed = (
            _completed(out[-1], parse, sentence, series, origins[-1], _dated(analysis, sentence))
            if near
            else None
        )
        if completed is not None:
            out[-1] = met_by(completed, _mentions_in(analysis, sentence), parse.doc)
            continue
        event = _code_sentence(analysis, parse, sentence, resolvers, series, near)
        clash = fought_back(out[-1], event, parse.doc) if near else None
        if clash is not None:  # "Raiders attacked the village. The villagers fought back."
            note = "the side attacked fought back or was armed, told next: an armed clash"
            clash = dataclasses.replace(clash, explanation=_with_step(clash.explanation, note))
            out[-1] = _continued(clash, event) if event is not None else clash
            last = parse.sentence
            continue
        if event is None and near:
            out[-1] = _follow_up(out[-1], parse, series)
        if event is None or event.confidence < settings.min_confidence:
            continue
        if event.background and not settings.emit_background:
            continue
        if near and crowd_arrested(out[-1], event):  # the arrests told first
            out[-1] = after_arrests(out[-1], event)
            last = parse.sentence
            continue
        told = _last_violent(out) if near else None
        dated = told is not None and _dated(analysis, sentence)
        if told is not None and _continues(out[told], event, parse.doc, dated=dated):
            out[told] = _continued(out[told], event, referred=_only_referred(parse.doc))
            last = parse.sentence
            continue
        home = recalls_told(event, out, parse.doc)
        if home is not None:  # "Doctors said the strike hit a full ward"
            out[home] = recalled_in(out[home], event)
            last = parse.sentence
            continue
        out.append(_attributed(event, claimed.actor) if claimed else event)
        origins.append(parse)
        last = parse.sentence
    shared = any(shared_by(s.text) is not None for s in analysis.sentences)
    sides = analysis.actors
    out = [police_by_default(named_sides(with_bombers(e, shared), sides)) for e in out]
    out = demonstrators_fought(dated_by_lede(out, analysis), analysis)
    out = armed_rioters(out, analysis)
    out = _disputed(out, analysis)
    return tuple(dated_actors(distinct_sides(e, sides)) for e in out)


def _completed(
    previous: Event, parse: Parse, sentence: Sentence, series: int, origin: Parse, dated: bool
) -> Event | None:
    """The incident just coded (from `origin`) as the next sentence completes it
    (`followups`), or None when the sentence has news of its own: the crowd turning
    violent, the police's lethal force or intervention, arrests at a demonstration, a
    captive killed or hurt. A sentence `dated` names a time of its own."""
    doc = parse.doc
    if previous.event_type == _PROTESTS and crowd_violence(doc):
        return as_riot(previous, toll(doc, series) or 0, rivals=rivals_fought(doc))
    if no_violence_after(previous, doc):
        return as_protest(previous)
    if taken_quietly(previous, doc):
        return _aftermath(handed_over(previous), parse, sentence, series)
    if force_after(previous, doc, dated=dated):
        event = _retyped(previous, "Excessive force against protesters", "+force")
        return _aftermath(event, parse, sentence, series)
    if previous.sub_event_type == "Peaceful protest" and intervened(doc):
        deaths = reconcile(previous.fatalities, toll(doc, series), text_of(doc))
        # "Police intervened - one woman was killed by stray bullets": lethal force
        sub, rule = ("Excessive force against protesters", "+force") if deaths else _MET
        return dataclasses.replace(_retyped(previous, sub, rule), fatalities=deaths)
    if intervention_after(previous, doc) or arrests_after(previous, doc):
        return _aftermath(previous, parse, sentence, series)
    if captive_harmed(previous, doc):
        event = _aftermath(_as_attack(previous), parse, sentence, series)
        return _captives_killed(event, origin, doc)
    if harmed_after(previous, doc):
        return _aftermath(as_attack(previous), parse, sentence, series)
    return None


_MET = ("Protest with intervention", "+intervention")
_FOLLOW_UP = 2  # sentences after an event that may still add to it


def _last_violent(out: Sequence[Event]) -> int | None:
    """Index of the last event that a toll may continue (an arrest or a seizure told in
    between does not take the toll of the attack before it)."""
    return next((i for i in range(len(out) - 1, -1, -1) if out[i].event_type != _STRATEGIC), None)


# Words that open a new incident: "another attack", "in a separate incident".
# "Another" opens one only when it names an incident: "another four soldiers were injured"
# counts more victims of the same one.
# "a second blast" opens an incident; "a second guard was hurt", "Second Lieutenant" not
_NEW_INCIDENT = cues.flag(
    r"(?:another|second) (?:\S+ )?(?:attack|bomb|blast|explosion|incident|raid|clash|shooting"
    r"|ambush|assault|strike|killing|protest|demonstration|riot|suicide|car|roadside|gunman"
    r"|group)|separate|similar|earlier|meanwhile|elsewhere|in a (?:related|different)"
    r"|the (?:previous|next) day|retaliat|revenge"
)
_REFERRING_DETS = cues.words("the this that these those its")


def _dated(analysis: Analysis, sentence: Sentence) -> bool:
    """The sentence names a time of its own."""
    return any(t.start < sentence.end and t.end > sentence.start for t in analysis.times)


def _continues(previous: Event, event: Event, doc: Doc, *, dated: bool = True) -> bool:
    """The sentence goes on telling the incident just coded: its only news is a death
    toll ("Eight people were killed in the blast"), deaths or damage with no new doer or
    place, the response to the attack ("Police responded and exchanged fire"), the same
    doers named back (`continuation`), or it names the incident with a definite article
    ("the attack", "this explosion"), on the same day (or, `dated` False, naming no time
    of its own after an incident dated to a week or a month: "In May, herders clashed.
    Two were killed.") and with no word that opens a new incident. ACLED codes one
    event per incident."""
    if previous.background != event.background:
        return False
    if previous.event_date != event.event_date and (
        dated or previous.time_precision == TimePrecision.DAY
    ):
        return False
    if event.event_type == _STRATEGIC:
        return False
    if response_to(previous, event, doc) or followed_up(previous, event, doc):
        return True  # "Police responded and exchanged fire": the same encounter
    found = [t for t in triggers.find_triggers(doc) if triggers.is_asserted(t.token)]
    opens = _NEW_INCIDENT.search(text_of(doc)) and with_this(text_of(doc)) is None
    if opens or new_deed(doc, found):  # "dead in this and another similar raid": not new
        return False
    kinds = {triggerparse.refine_kind(t) for t in found} - {None}
    if kinds <= {"kill"} or shared_by(text_of(doc)) is not None:
        return True  # a toll, or the toll of the series the incident belongs to
    if (
        casualties_only(previous, event, found)
        or same_doers(previous, event, found)
        or means_told(previous, event)
    ):  # "One person was killed, and more houses were torched", "The raiders stole cattle"
        return not new_place(previous, event, doc)
    named = [
        t.token
        for t in found
        if t.kind in _VIOLENT | {"riot", "protest"}
        and t.token.pos_ == "NOUN"
        and _has_det(t.token, _REFERRING_DETS)
    ]
    # "Security forces repelled the assault": a verb whose object is the incident named
    return bool(named) and not any(
        t.token.pos_ == "VERB" and t.kind != "kill" and not any(n.head == t.token for n in named)
        for t in found
    )


def _has_det(token: Token, dets: frozenset[str]) -> bool:
    return any(c.dep_ in {"det", "poss"} and c.lower_ in dets for c in token.children)


def _only_referred(doc: Doc) -> bool:
    """The sentence tells no deed of its own, only refers to one ("officials tied the
    reason for the shooting to a deployment of soldiers")."""
    found = [t for t in triggers.find_triggers(doc) if triggers.is_asserted(t.token)]
    return bool(found) and all(triggerparse.is_reference(t.token) for t in found)


def _continued(previous: Event, event: Event, *, referred: bool = False) -> Event:
    """The incident with what the next sentence adds: its toll (`reconcile`: an update,
    more dead, a conflicting report or the same told again), a named perpetrator or
    victim where it had none, the new evidence, the explosion that an attack was. A
    sentence that only `referred` to the incident names none of its sides (a reason for
    the shooting told in soldiers sent there)."""
    previous = with_means(previous, event)
    actor1, inter1 = previous.actor1, previous.inter1
    if (
        (not actor1 or is_generic(actor1))
        and event.actor1
        and not is_generic(event.actor1)
        and not referred
    ):
        actor1, inter1 = event.actor1, event.inter1
    actor2, inter2 = previous.actor2, previous.inter2
    if not actor2 and event.actor2:
        actor2, inter2 = event.actor2, event.inter2
    note = f"continued by the next sentence ({event.sub_event_type} from {event.trigger!r})"
    armed = cues.UNARMED.search(_told(previous)) is None and not referred
    if previous.sub_event_type == "Attack" and event.sub_event_type == "Armed clash" and armed:
        # "... opened fire on a police car. The officers fired back" or "two soldiers were
        # killed": the side attacked was armed, so an armed clash (ACLED); victims told
        # to be unarmed or executed stay civilians whatever the next sentence calls it
        previous = dataclasses.replace(
            previous,
            event_type=event.event_type,
            sub_event_type=event.sub_event_type,
            disorder_type=event.disorder_type,
            civilian_targeting="",
            rule=previous.rule + "+armed-side",
        )
        if previous.actor2.startswith("Civilians"):
            actor2, inter2 = other_side(previous, event)
            if actor1 == actor2:  # the side answering the attack is not its doer
                actor1, inter1 = previous.actor1, previous.inter1
    return dataclasses.replace(
        previous,
        actor1=actor1,
        inter1=inter1,
        actor2=actor2,
        inter2=inter2,
        fatalities=reconcile(previous.fatalities, event.fatalities, _told(event)),
        evidence=(*previous.evidence, *event.evidence),
        explanation=_with_step(previous.explanation, note),
    )


def _disputed(out: list[Event], analysis: Analysis) -> list[Event]:
    """State killings that the report goes on to call the killing of an innocent man
    or an execution (`disputed_killing`), told in the event's own later sentences or in
    the next ones before another event's."""
    starts = [e.evidence[0].start if e.evidence else 0 for e in out]
    for i, event in enumerate(out):
        if not event.evidence:
            continue
        first, last = event.evidence[0].start, max(e.end for e in event.evidence)
        limit = min((s for s in starts if s > first), default=len(analysis.document.text))
        later = [s for s in analysis.sentences if s.start > first and s.start < limit]
        after = [s for s in later if s.start >= last][:_FOLLOW_UP]
        told = " ".join(s.text for s in later if s.start < last or s in after)
        if told and disputed_killing(event, told):
            out[i] = as_civilians_killed(event)
    return out


def _told(event: Event) -> str:
    return " ".join(e.text for e in event.evidence)


def _with_step(explanation: Explanation | None, step: str) -> Explanation:
    base = explanation or Explanation()
    return dataclasses.replace(base, steps=(*base.steps, step))


def _mentions_in(analysis: Analysis, sentence: Sentence) -> list[ActorMention]:
    return list(starting_within(analysis.actors, sentence.start, sentence.end))


def _attributed(event: Event, actor: Actor) -> Event:
    """The claimant or blamed group as actor1, where the report named no perpetrator; a
    crowd's event keeps its crowd ("the protesters accused the police of ...")."""
    if event.event_type in {_PROTESTS, _RIOTS} or (event.actor1 and not is_generic(event.actor1)):
        return event
    inter = inter_code(actor, event.country_code)
    base = event.explanation or Explanation()
    line = f"actor1 {actor.name!r}: claimed or was blamed for the incident"
    explanation = dataclasses.replace(base, roles=(*base.roles, line))
    return dataclasses.replace(
        event, actor1=actor.name, inter1=inter, rule=event.rule + "+claim", explanation=explanation
    )


def _aftermath(event: Event, parse: Parse, sentence: Sentence, series: int) -> Event:
    """The incident with the sentence that told its aftermath (the police breaking up
    the crowd, arrests made): its evidence, and its toll where it gives one."""
    deaths = reconcile(event.fatalities, toll(parse.doc, series), text_of(parse.doc))
    evidence = Evidence(event.doc_ids[0], sentence.text, sentence.start, sentence.end)
    return dataclasses.replace(
        event,
        fatalities=deaths,
        evidence=(*event.evidence, evidence),
        explanation=_with_step(event.explanation, "aftermath told by the next sentence"),
    )


def _retyped(event: Event, sub: str, rule: str) -> Event:
    """The event with another sub-event type of its own event type."""
    return dataclasses.replace(event, sub_event_type=sub, rule=event.rule + rule)


def _captives_killed(event: Event, origin: Parse, doc: Doc) -> Event:
    """ "Gunmen kidnapped 15 workers. The captives were executed": deaths told of the
    captives with no figure of their own are all those the abduction took."""
    if not event.fatalities or not figureless(text_of(doc)):
        return event
    captives = taken(origin.doc, event.trigger)
    return dataclasses.replace(event, fatalities=captives) if captives else event


def _as_attack(event: Event) -> Event:
    """An abduction whose captive was killed or hurt: ACLED codes the Attack."""
    return _retyped(event, "Attack", "+captive-harmed")


def _follow_up(event: Event, parse: Parse, series: int = 0) -> Event:
    """A toll told in the next sentences ("Police said 15 people died", "the toll rose
    to nine"; `reconcile` weighs it against the figure known): the event's
    fatalities, and civilians as the victims of an explosion when no target was named."""
    doc = parse.doc
    found = triggers.find_triggers(doc)
    if any(triggers.is_asserted(t.token) or triggers.is_tally(t.token) for t in found):
        return event
    running = cues.AGGREGATE.search(text_of(doc)) and not is_update(text_of(doc))
    if running or event.event_type == _STRATEGIC:
        return event
    deaths = reconcile(event.fatalities, toll(doc, series), text_of(doc))
    if deaths == event.fatalities:
        return event
    event = dataclasses.replace(event, fatalities=deaths)
    victims = victim_words(doc)
    civilian = bool(victims & cues.CIVILIAN_NOUNS) and not victims & cues.ARMED_NOUNS
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
    analysis: Analysis,
    parse: Parse,
    sentence: Sentence,
    resolvers: Resolvers,
    series: int = 0,
    follows: bool = False,
) -> Event | None:
    """The sentence's event, if it reports one; `follows` says an event was coded in
    the sentences just before (a fight word with no one in it may go on with that one)."""
    mentions = _mentions_in(analysis, sentence)
    found = [t for t in triggers.find_triggers(parse.doc) if reported(t)]
    found = [t for t in found if not figurative_protest(t) and not cyber(t)]
    places = starting_within(analysis.places, sentence.start, sentence.end)
    placed = any(p.kind == "toponym" for p in places)
    found = [t for t in found if follows or not idle(t, mentions, placed)]
    found = [t for t in found if not other_sense(t, mentions, placed, follows)]
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
    trigger, times = incident.trigger.token, analysis.times
    when = clause_date(when, trigger, parse, times)
    when = own_date(when, trigger, parse, analysis.doc_date, resolvers.is_background, times)
    location = resolvers.locate(analysis, sentence.start, sentence.end)
    code = location.entry.country_code if location else resolvers.focus_country(analysis)
    # "protest on the anniversary of the massacre": the protest is today's news
    recalled = incident.event_type not in {_PROTESTS, _RIOTS} and bool(
        cues.HISTORY.search(sentence.text)
    )
    background = resolvers.is_background(when, analysis.doc_date) or recalled
    deaths = toll(parse.doc, series, incident.trigger.token) if counts_deaths(incident) else 0
    home = actor_country(analysis, location, resolvers.focus_country)
    event = assemble(analysis, sentence, incident, roles, when, location, code or "", home or "")
    return dataclasses.replace(event, background=background, fatalities=deaths or 0)
