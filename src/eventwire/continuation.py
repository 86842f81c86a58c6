"""Sentences that go on telling the violent incident just coded (ACLED: one event).

`events._continues` joins a sentence to the incident before it when its only news is a
toll or when it names that incident ("the attack"). This module adds the cases where a
report tells one continuous encounter over several sentences:

- the response to the incident, on the same day: "Police reservists responded and
  exchanged fire with the raiders", "the gunmen later exchanged fire with police",
  "soldiers repulsed the attackers". ACLED codes an attack and the clash it turns
  into as one event, the higher type winning (an armed clash over an attack on
  civilians: `events._continued` retypes it);
- a sentence whose only news is casualties or damage ("One person was killed, and more
  houses were torched"), or deaths or damage set in the incident by a preposition ("19
  were killed over a two-day raid", "two died in the fighting", "a shop was burnt down
  in the attack"), with no new perpetrator and no new place;
- deaths learnt afterwards or added ("It was later learned the driver was beheaded",
  "Three civilians were also killed in the blast"): "later" and "also killed" open a
  new incident only when someone does something new, not when its dead are told;
- the doers named back going on against the same side ("The bandits stole 200 goats");
- an incident named back only to set the time of other news ("Trains were suspended
  after the strike", "since the attack"), anywhere later in the report: no new
  incident when one of its type was told before (`recalls_told`);
- the means of the incident told after it ("A bomb had been hidden in a parked car",
  "the bus was struck by a roadside device"), with no toll of its own: the same incident, which an
  attack told first becomes (ACLED codes an attack carried out with explosives as
  Explosions/Remote violence; grenades thrown in a clash leave it a clash).

Pure functions of the events and the parsed sentence; cheap (no parse of their own).
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from eventwire import cues, taxonomy, triggerparse, triggers
from eventwire.doctext import text_of
from eventwire.genericactors import is_generic
from eventwire.records import Inter

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from eventwire.records import Event
    from eventwire.triggers import Trigger

__all__ = [
    "casualties_only",
    "followed_up",
    "fought_back",
    "means_told",
    "new_actor",
    "new_deed",
    "new_place",
    "other_side",
    "recalled_in",
    "recalls_told",
    "response_to",
    "same_doers",
    "with_means",
]

# An attack answered with fire becomes the clash; a clash answered is one `fuse` joins.
_RESPONDED = frozenset({("Violence against civilians", "Attack")})

# The other side answering the incident: "responded", "pursued", "repulsed", "fired back",
# "pushed back the attackers".
_RESPONSE = cues.flag(
    r"respond|pursu|gave chase|chased\b|repuls|repel|counter-?attack|rushed to the scene"
    r"|fought off|beat(?:en)? back|(?:pushed|drove|driven|forced) back"
    r"|arrived at the scene|engag(?:ed|ing) (?:them|the (?:attackers|raiders|gunmen|bandits"
    r"|militants|assailants))"
)
# Words that open another incident even for a response: "in a separate attack".
_OTHER = cues.flag(
    r"another\b|separate|similar|elsewhere|meanwhile|in a (?:related|different)"
    r"|the (?:previous|next|following) day|retaliat|revenge"
)


# A sentence opened by the incident just told: "Following the blast, gunmen stormed ..."
_FOLLOWING = cues.flag(
    r"(?:following|after) (?:the|this) (?:\w+ )?(?:blast|explosion|bombing|detonation|attack"
    r"|assault|ambush)s?\b"
)
_VIOLENT_TYPES = frozenset({"Battles", "Violence against civilians", "Explosions/Remote violence"})


def followed_up(previous: Event, event: Event, doc: Doc) -> bool:
    """ "A bomber set off his vest by the depot door. Following the blast,
    gunmen stormed the base": the doers go on with the incident just told, which the sentence
    opens by naming (one incident, one event for ACLED). A perpetrator the incident did
    not have ("Following the attack, a rival militia chased the raiders") is another's
    incident, and so is a new place."""
    if previous.event_type not in _VIOLENT_TYPES or event.event_type not in _VIOLENT_TYPES:
        return False
    if _FOLLOWING.match(text_of(doc).lstrip()) is None:
        return False
    return not new_actor(previous, event) and not new_place(previous, event, doc)


def response_to(previous: Event, event: Event, doc: Doc) -> bool:
    """The sentence tells the response to the attack just coded, on the same day and at
    the same place: the same encounter, one event."""
    if (previous.event_type, previous.sub_event_type) not in _RESPONDED:
        return False
    if event.sub_event_type != "Armed clash" or _OTHER.search(text_of(doc)):
        return False
    if new_place(previous, event, doc) or not _answers(previous, event):
        return False
    text = text_of(doc)
    return _RESPONSE.search(text) is not None or cues.FIRE_EXCHANGED.search(text) is not None


# Armed men among the wounded the next sentence tells: "Two rangers were badly wounded"
# (an attack that hit armed men is a clash for ACLED, as when they are killed).
_ARMED_HURT = cues.flag(
    r"\b(?:police|officers?|soldiers?|troops|policemen|reservists|rangers|security"
    r" (?:officers|personnel|operatives))\b[^.;]{0,30}\b(?:were|was) (?:\w+ )?(?:injured|wounded)"
)

# The men state forces killed named back as armed: "Soldiers shot dead four men. The
# bandits were wanted by the police" (ACLED codes forces killing armed suspects as a clash).
_ARMED_NAMED = cues.flag(
    r"(?:the|these|those) (?:suspected )?(?:gunmen|bandits|raiders|militants|attackers|robbers)\b"
)

# A fight the report only wonders about: "whether the guards fired back is not known",
# "unclear whether the guards fought back" (told as unknown, not as what happened).
_WONDERED = cues.flag(
    r"whether\b|(?:unclear|not clear|not known|unknown|uncertain|not certain|not confirmed)"
    r",? if\b"
)


def fought_back(previous: Event, event: Event | None, doc: Doc) -> Event | None:
    """ "Raiders attacked the village. The villagers fought back": the attack just coded,
    whose side attacked the next sentence says fought back (or had armed men among its
    wounded: "Two rangers were badly wounded", or, killed by state forces, is named back
    as armed men in a sentence of no incident of its own), as the armed clash ACLED
    codes it (an attack on civilians who fight back, or on armed men, is a clash),
    whatever that sentence alone would be (a brawl, or no event at all); None where it
    says no such thing or only wonders whether they did ("unclear whether the guards
    returned fire"), opens another incident (another place, day or attack), or is a
    clash of its own (the response `response_to` joins with its sides, or two other
    sides fighting)."""
    if (previous.event_type, previous.sub_event_type) not in _RESPONDED:
        return None
    text = text_of(doc)
    fought = cues.RESISTED.search(text) or cues.FIRE_EXCHANGED.search(text)
    armed = _ARMED_HURT.search(text) or (
        event is None  # no incident of their own told
        and previous.inter1 == Inter.STATE
        and _ARMED_NAMED.match(text.lstrip()) is not None
    )
    if not (fought or armed) or _OTHER.search(text) or _WONDERED.search(text):
        return None
    if event is not None and (
        event.event_date != previous.event_date
        or new_place(previous, event, doc)
        or event.sub_event_type == "Armed clash"  # a response (`response_to`) or another
    ):
        return None
    return dataclasses.replace(
        previous,
        event_type="Battles",
        sub_event_type="Armed clash",
        disorder_type=taxonomy.disorder_type("Battles", "Armed clash"),
        civilian_targeting="",
        rule=previous.rule + "+fought-back",
    )


def _answers(previous: Event, event: Event) -> bool:
    """The attackers are one side of the clash (or one side was not named: "Police
    responded, killing two"): not two others."""
    sides = {event.actor1, event.actor2}
    return not previous.actor1 or previous.actor1 in sides or "" in sides


def other_side(previous: Event, event: Event) -> tuple[str, int]:
    """The side that answered the attackers: "Police responded, killing two" names only
    the police, who are then the other side of the clash, not its doers."""
    if event.actor1 and event.actor1 != previous.actor1 and event.actor2 in {"", previous.actor1}:
        return event.actor1, event.inter1
    return event.actor2, event.inter2


_EXPLOSIONS = "Explosions/Remote violence"
_CASUALTY_KINDS = frozenset({"kill", "loot"})
# prepositions that set deaths in an incident: "killed in the raid", "died during clashes"
_SETTING_PREPS = cues.words("in during over amid amidst after following from by")
_HURT = cues.words("injure wound hurt")
_DEATHS = cues.words("die dead death perish") | _HURT


def casualties_only(previous: Event, event: Event, found: list[Trigger]) -> bool:
    """The sentence's only news is deaths or damage ("One person was killed, and more
    houses were torched"), or deaths set in an incident ("killed over a two-day raid"),
    with no new perpetrator; the caller checks the place (`new_place`)."""
    if new_actor(previous, event):
        return False
    kinds = {triggerparse.refine_kind(t) for t in found} - {None}
    if "loot" in kinds and "kill" not in kinds and previous.event_type in _ARMED_INCIDENTS:
        return _damage_only(found)
    if "kill" not in kinds and not event.fatalities:
        return False
    rest = [t for t in found if triggerparse.refine_kind(t) not in _CASUALTY_KINDS | {None}]
    told = {t.token.i for t in found if triggerparse.refine_kind(t) in _CASUALTY_KINDS}
    # "the blast left five hurt": the wounded are casualties too, not news
    return all(
        _setting(t.token) or _sets(t.token, told) or triggers.lemma(t.token) in _HURT for t in rest
    )


def _sets(token: Token, casualties: set[int]) -> bool:
    """ "the raid" in "a granary was set alight during the raid": a noun that sets one
    of the sentence's deaths or damage (`casualties`, their words' indices)."""
    if token.pos_ != "NOUN" or token.dep_ != "pobj" or token.head.lower_ not in _SETTING_PREPS:
        return False
    return token.head.head.i in casualties


def _damage_only(found: list[Trigger]) -> bool:
    """ "His car was destroyed", "one of the shops was burnt down in the attack": damage
    the incident's doers did (`_damage_told`), any other trigger only the incident named
    back to set it (`_sets`), not a deed of its own."""
    damage = [t for t in found if triggerparse.refine_kind(t) == "loot"]
    told = {t.token.i for t in damage}
    rest = [t for t in found if triggerparse.refine_kind(t) not in {"loot", None}]
    return all(_damage_told(t.token) for t in damage) and all(_sets(t.token, told) for t in rest)


# Incidents whose damage a later sentence may tell: an attack, a clash, an explosion
# (a crowd's damage is a riot of its own, `followups`).
_ARMED_INCIDENTS = frozenset({"Violence against civilians", "Battles", _EXPLOSIONS})


def _damage_told(token: Token) -> bool:
    """ "His car was destroyed", "a lorry was set alight by the raiders": damage told with
    no doer, or by the doers named back, is the incident's own."""
    doers = [c for c in token.children if c.dep_ == "nsubj"]
    doers += [o for c in token.children if c.dep_ == "agent" for o in c.children]
    return all(_named_back(d) for d in doers)


def _setting(token: Token) -> bool:
    """ "the raid" in "killed over a two-day raid": a noun that only sets the deaths."""
    if token.pos_ != "NOUN" or token.dep_ != "pobj":
        return False
    prep, head = token.head, token.head.head
    if prep.lower_ not in _SETTING_PREPS:
        return False
    return (
        triggers.LEMMAS.get(triggers.lemma(head)) in _CASUALTY_KINDS
        or triggers.lemma(head) in _DEATHS
    )


_MEANS_AFTER = frozenset({"Violence against civilians", _EXPLOSIONS})


def means_told(previous: Event, event: Event) -> bool:
    """ "Six people died in the assault on the depot. A bomb had been hidden in a parked
    car": an explosion told after a violent incident, with no new perpetrator and no toll other
    than the incident's, tells how it was done; the caller checks the place and the
    words that open a new incident."""
    clash = "/grenade-clash" in event.rule  # grenades and guns at armed men (`remotemeans`)
    if event.event_type != _EXPLOSIONS and not clash:
        return False
    # grenades are a fighter's arms: thrown in a gunfight, they are part of the clash
    fought = previous.event_type == "Battles" and (event.sub_event_type == "Grenade" or clash)
    if previous.event_type not in _MEANS_AFTER and not fought:
        return False
    return event.fatalities in {0, previous.fatalities} and not new_actor(previous, event)


def with_means(previous: Event, event: Event) -> Event:
    """An attack on civilians whose means the next sentence tells was an explosion: the
    explosion's type (ACLED types an attack by how it was carried out). An explosion
    told more precisely ("a blast" ... "a suicide bomber blew himself up") takes the
    sub-event type first in ACLED's order."""
    if event.event_type != _EXPLOSIONS:
        return previous
    if previous.event_type == _EXPLOSIONS:
        order = taxonomy.ACLED_TAXONOMY[_EXPLOSIONS]
        if order.index(event.sub_event_type) >= order.index(previous.sub_event_type):
            return previous
    elif (previous.event_type, previous.sub_event_type) not in _RESPONDED:
        return previous
    return dataclasses.replace(
        previous,
        event_type=event.event_type,
        sub_event_type=event.sub_event_type,
        disorder_type=taxonomy.disorder_type(event.event_type, event.sub_event_type),
        rule=previous.rule + "+means",
    )


# who named back goes on with the incident: "the attackers", "these bandits", "they"
_DOERS = cues.words(
    "attacker assailant gunman gunmen bandit raider militant rustler robber kidnapper they"
)
_BACK_DETS = cues.words("the these those")


def same_doers(previous: Event, event: Event, found: list[Trigger]) -> bool:
    """ "The attackers stole 200 goats", "They torched the shops": the doers of the
    incident just told, named back, go on with it against the same side (ACLED codes
    one event per actor pair, place and day; the caller checks the place)."""
    if previous.event_type not in {"Violence against civilians", "Battles"}:
        return False
    if event.actor1 != previous.actor1 or (event.actor2 and event.actor2 != previous.actor2):
        return False
    doers = [c for t in found for c in t.token.children if c.dep_ == "nsubj"]
    return bool(doers) and all(_named_back(d) for d in doers)


def _named_back(token: Token) -> bool:
    if triggers.lemma(token) not in _DOERS and token.lower_ not in _DOERS:
        return False
    return token.lower_ == "they" or any(
        c.dep_ == "det" and c.lower_ in _BACK_DETS for c in token.children
    )


# "later" and "also killed" open a new incident only when someone does something new
_WEAK_NEW = cues.flag(r"later|also (?:killed|attacked)")


def new_deed(doc: Doc, found: list[Trigger]) -> bool:
    """ "Later, gunmen killed two", "They also killed a chief": a new deed, a new
    incident. The incident's own dead told later or added ("was later found dead", "It
    was later learned the driver was beheaded", "Three civilians were also killed in the
    blast") name no doer and continue it."""
    if not _WEAK_NEW.search(text_of(doc)):
        return False
    deeds = [t for t in found if not _setting(t.token)]  # not "in the blast"
    kinds = {triggerparse.refine_kind(t) for t in deeds} - {None}
    if not kinds <= {"kill"}:
        return True
    return any(c.dep_ == "nsubj" for t in found for c in t.token.children)


def new_actor(previous: Event, event: Event) -> bool:
    """The sentence names a perpetrator that the incident just coded did not have."""
    name = event.actor1
    if not name or is_generic(name):
        return False
    known = {previous.actor1, previous.actor2}
    known |= {n.strip() for n in f"{previous.assoc_actor_1};{previous.assoc_actor_2}".split(";")}
    return name not in known


def new_place(previous: Event, event: Event, doc: Doc) -> bool:
    """The sentence names a place of its own, other than the incident's: not one the
    incident's own sentences named ("near Upton, Northshire" ... "a bus bound for
    Upton": the incident was placed at the county, the town is still its own)."""
    if not event.location or event.geonameid == previous.geonameid:
        return False
    text, place = text_of(doc).casefold(), event.location.casefold()
    if place not in text or (previous.location and previous.location.casefold() in text):
        return False
    return not any(place in e.text.casefold() for e in previous.evidence)


# Prepositions that set other news in time by an incident: "after the strike".
_TIME_PREPOSITIONS = frozenset({"after", "since", "following", "before", "until"})
# "in the wake of the attack", "in the aftermath of the bombing"
_TIME_NOUNS = frozenset({"wake", "aftermath"})
_REFERRING = frozenset({"the", "this", "that"})


def recalls_told(event: Event, told: list[Event], doc: Doc) -> int | None:
    """The index in `told` of the incident the sentence names back, when that is all it
    reports of one: its trigger is a definite noun ("the strike", "this attack") with
    no date and no toll of its own ("Doctors said the strike hit a full ward"), or one
    that only sets other news in time ("Trains were suspended after the strike", "in
    the wake of the attack"); the incident is the last one of its type told before.
    ACLED codes the incident once. None when the sentence reports a new one."""
    if event.fatalities or event.background:
        return None
    home = next(
        (i for i in range(len(told) - 1, -1, -1) if _told_as(told[i], event)),
        None,
    )
    if home is None:
        return None
    token = next((t for t in doc if t.text == event.trigger), None)
    if token is None or token.pos_ != "NOUN":
        return None
    if not any(c.dep_ == "det" and c.lower_ in _REFERRING for c in token.children):
        return None
    if event.date_inferred and _only_deed(token, doc):
        return home
    head = token.head if token.dep_ == "pobj" else None
    if head is not None and head.lower_ == "of" and head.head.lower_ in _TIME_NOUNS:
        return home
    return home if head is not None and head.lower_ in _TIME_PREPOSITIONS else None


def _only_deed(token: Token, doc: Doc) -> bool:
    """Whether the incident named back is all the sentence tells of violence: no
    trigger but it and the verb it is the subject of ("the strike hit a ward")."""
    return all(
        t.token in (token, token.head) or not triggers.is_asserted(t.token)
        for t in triggers.find_triggers(doc)
    )


def _told_as(before: Event, event: Event) -> bool:
    return before.event_type == event.event_type and not before.background


def recalled_in(previous: Event, event: Event) -> Event:
    """The incident with the sentence that named it back (`recalls_told`) as more of its
    evidence. Its type, sides and toll stay: the sentence tells nothing new of them (a
    side it names is more often the victim than the doer: "the explosion targeted the
    police escort")."""
    explanation = previous.explanation
    if explanation is not None:
        step = f"named back later ({event.trigger!r})"
        explanation = dataclasses.replace(explanation, steps=(*explanation.steps, step))
    return dataclasses.replace(
        previous, evidence=(*previous.evidence, *event.evidence), explanation=explanation
    )
