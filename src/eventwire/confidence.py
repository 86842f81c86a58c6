"""Event confidence from explained, hand-set evidence factors.

An event's `confidence` is meant to read as a probability that it is a real, new event
coded with the right event type: of events at 0.8 or above, at least 80 % should be
right.
It is the prior of the rule that typed the event, multiplied by factors for what else
the report shows. Every number below is set by hand from what the rule and the factor
mean, never fitted to any data set; `bench/calibration.py` measures how well it holds
(a reliability table on development data) and the gold set checks its direction.

Rule priors (`RULES`): how specific the evidence behind each rule is. A named weapon
or act ("suicide bomber", "air strike", "tear gas", "abducted", "marched") types an
event almost by itself: 0.85-0.9. A battle or a territorial change read from a verb:
0.8. A killing or attack typed only by who the victims are: 0.7-0.75. Strategic
developments, whose words are often used about other things: 0.6-0.7. A rule this
table does not know: 0.6.

Factors, multiplied in:

| factor            | value | when                                                          |
|-------------------|-------|---------------------------------------------------------------|
| noun trigger      | 0.9   | the trigger is a noun, not a verb or a known phrase           |
| general word      | 0.8   | "violence", "unrest": an incident named in general terms      |
| refers back       | 0.75  | "the attack", "this was one of ...": an event told before     |
| competing kinds   | 0.9   | the sentence holds triggers of another ACLED event type too   |
| hedged            | 0.8   | "reportedly", "allegedly", "unconfirmed", "rumours", ...      |
| no actor          | 0.9   | no actor1 at all                                              |
| generic actor     | 0.95  | actor1 is generic ("Unidentified Armed Group (Kenya)")        |
| no place          | 0.9   | no location below the country                                 |
| inferred date     | 0.95  | no date in the sentence, or the document's date was inferred  |
| background        | 0.6   | history the article recalls, not a new event                  |
| aftermath         | 0.7   | a strategic development (arrests, looting) in a report that   |
|                   |       | also tells a violent or demonstration event, or arrests told  |
|                   |       | with property destroyed: ACLED codes such arrests or looting  |
|                   |       | as part of that event                                         |
| side event        | 0.8   | told after another event of the report, in a sentence that    |
|                   |       | tells it as an addition ("also"), a reaction ("in             |
|                   |       | retaliation"), a continuation ("the raiders then ...", not a  |
|                   |       | clash) or a state of affairs ("have been fighting"):          |
|                   |       | the report's incident is the one it led with (`sidenews`);    |
|                   |       | or any other event of a line that opens with a development's  |
|                   |       | own label ("Non-violent activity: ...")                       |
| model agrees      | 1.1   | a local classifier (`eventwire train`) gives the same type    |
| model disagrees   | 0.85  | it prefers another type but the rule was surer                |

The result is capped at 0.97: no coding from text alone is certain. The `confidence`
stage (after `classify`, before `fuse`) applies this to every event, replacing the
events stage's additive score, and writes each factor into the event's explanation;
`fuse` then adds a little for each further sentence that reports the same incident.
An event the local model retyped starts from the model's probability instead of a
rule prior.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from eventwire import triggers
from eventwire.fuse import same_incident
from eventwire.grievance import grievances
from eventwire.pipeline import Context, stage
from eventwire.records import Analysis, Event, Explanation, Parse
from eventwire.sidenews import CONTINUATION as _CONTINUATION
from eventwire.sidenews import side_marker

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "CAP",
    "FACTORS",
    "MODEL_AGREES",
    "MODEL_PREFERS",
    "MODEL_TAG",
    "RULES",
    "Factor",
    "RuleInfo",
    "confidence_stage",
    "parse_of",
    "rescore",
    "rule_info",
    "score_event",
]

CAP: Final = 0.97
UNKNOWN_RULE_PRIOR: Final = 0.6


@dataclass(frozen=True, slots=True)
class RuleInfo:
    """What a coding rule decides, in words, and how far its evidence can be trusted."""

    prior: float
    why: str


RULES: Final[dict[str, RuleInfo]] = {
    "chemical": RuleInfo(0.9, "an attack with a chemical agent named"),
    "suicide-bomb": RuleInfo(0.9, "a suicide bomber or suicide attack named"),
    "air-strike": RuleInfo(0.9, "an air or drone strike named (aircraft, warplanes, drones)"),
    "air-attack": RuleInfo(0.85, "an attack by aircraft or an air force"),
    "shelling": RuleInfo(0.85, "shelling, artillery, rockets or missiles named"),
    "explosive": RuleInfo(0.85, "a bomb, IED, mine or explosion named"),
    "grenade": RuleInfo(0.85, "a grenade named"),
    "grenade-clash": RuleInfo(0.8, "grenades and gunfire at armed men: a clash"),
    "strike": RuleInfo(0.65, "a 'strike' noun read as a remote strike (it may be a labour strike)"),
    "protest": RuleInfo(0.85, "a protest, march or demonstration named"),
    "protest-intervention": RuleInfo(0.85, "a protest that was dispersed or blocked"),
    "protest-arrests": RuleInfo(0.8, "a protest broken up by arrests of its demonstrators"),
    "protest-force": RuleInfo(0.85, "force used against protesters (live fire, beatings)"),
    "riot": RuleInfo(0.8, "a riot, or a crowd that turned violent"),
    "riot-rivals": RuleInfo(0.8, "rival crowds the police broke up: rioters against rioters"),
    "clash": RuleInfo(0.8, "a clash, fight or exchange of fire between armed sides"),
    "territory-state": RuleInfo(0.8, "state forces took back a place"),
    "territory-nonstate": RuleInfo(0.8, "a non-state group seized a place"),
    "territory-peaceful": RuleInfo(0.75, "a place handed over or withdrawn from without force"),
    "sexual-violence": RuleInfo(0.85, "rape or sexual assault named"),
    "abduction": RuleInfo(0.85, "an abduction or kidnapping named"),
    "attack-civilians": RuleInfo(0.75, "a killing or attack whose victims are civilians"),
    "attack-armed": RuleInfo(0.7, "an attack on armed forces, coded as a clash"),
    "between-sides": RuleInfo(0.7, "deaths beside a fight or dispute between two sides"),
    "attack": RuleInfo(0.7, "a killing or attack with no armed target named"),
    "abduct-armed": RuleInfo(0.7, "armed men taken in a fight between armed sides (a clash)"),
    "arrest": RuleInfo(0.75, "an arrest or detention named"),
    "weapons": RuleInfo(0.7, "weapons seized or defused"),
    "loot": RuleInfo(0.7, "looting, arson or destruction of property"),
    "loot-harm": RuleInfo(0.7, "property destroyed and people hurt: an attack"),
    "agreement": RuleInfo(0.7, "a ceasefire, truce or deal named"),
    "base": RuleInfo(0.65, "a base or headquarters set up"),
    "change": RuleInfo(0.6, "a change to a group or its activity"),
    "other": RuleInfo(0.6, "another strategic development"),
    "label": RuleInfo(0.85, "the line opens with the development's own label"),
}
"""Incident rule (the part of `Event.rule` after "/") -> prior and meaning."""


@dataclass(frozen=True, slots=True)
class Factor:
    name: str
    value: float
    why: str


FACTORS: Final[dict[str, Factor]] = {
    f.name: f
    for f in (
        Factor("noun trigger", 0.9, "the trigger is a noun, which often refers to an event"),
        Factor("general word", 0.8, "the trigger only names an incident in general terms"),
        Factor("refers back", 0.75, "the trigger refers to an event told before"),
        Factor("competing kinds", 0.9, "the sentence also holds words of another event type"),
        Factor("hedged", 0.8, "the report hedges"),
        Factor("no actor", 0.9, "no actor1 was found"),
        Factor("generic actor", 0.95, "actor1 is generic"),
        Factor("no place", 0.9, "no location below the country"),
        Factor("inferred date", 0.95, "no date in the sentence, or an inferred document date"),
        Factor("background", 0.6, "recalled history, not a new event"),
        Factor("aftermath", 0.7, "told with a violent or demonstration event it may belong to"),
        Factor("side event", 0.8, "told after another event, as a side event of the report"),
        Factor("model agrees", 1.1, "the local classifier agrees"),
        Factor("model disagrees", 0.85, "the local classifier prefers another type"),
    )
}

_HEDGES = re.compile(
    r"\b(?:reportedly|allegedly|purportedly|unconfirmed|unverified|rumou?rs?|rumou?red|"
    r"(?:is|are|was|were) (?:said|believed|thought) to|may have|might have|could have|"
    r"not (?:yet )?(?:been )?(?:confirmed|verified))\b",
    re.IGNORECASE,
)
_GENERIC = ("Unidentified", "Civilians", "Protesters", "Rioters")
MODEL_TAG = "+model"  # the classify stage's mark on `Event.rule` when it retyped an event
MODEL_AGREES = "model agrees"  # how its verdicts start in `Explanation.alternatives`
MODEL_PREFERS = "model prefers"


def rule_info(rule: str) -> tuple[str, RuleInfo]:
    """The incident rule named in an `Event.rule` ("lemma:kill/attack-civilians+claim")
    and its entry in `RULES`."""
    _, _, tail = rule.partition("/")
    name = (tail or rule).split("+", 1)[0]
    return name, RULES.get(name, RuleInfo(UNKNOWN_RULE_PRIOR, "a rule without a set prior"))


def score_event(
    event: Event, parse: Parse | None = None, others: Sequence[Event] = ()
) -> tuple[float, tuple[str, ...]]:
    """An event's confidence and the factors behind it, in words.

    `parse` is the evidence sentence's parse, when there is one: it tells a noun trigger
    and competing triggers. `others` are the other events of the same document.
    """
    name, info = rule_info(event.rule)
    if MODEL_TAG in event.rule:  # typed by the classify stage, which left its probability
        name, info = "model", RuleInfo(event.confidence, "the local classifier's probability")
    steps = [f"rule {name!r} ({info.why}): prior {info.prior:g}"]
    value = info.prior
    for factor, detail in _applied(event, parse, others):
        value *= factor.value
        steps.append(f"{factor.name} x{factor.value:g}: {factor.why}{detail}")
    value = round(min(value, CAP), 3)
    steps.append(f"confidence {value:g}" + (f" (capped at {CAP:g})" if value == CAP else ""))
    return value, tuple(steps)


def _applied(
    event: Event, parse: Parse | None, others: Sequence[Event]
) -> list[tuple[Factor, str]]:
    found = [*_sentence_factors(event, parse), *_field_factors(event), *_model_factor(event)]
    labelled = rule_info(event.rule)[0] == "label"  # the line says what it reports
    if (
        event.event_type == "Strategic developments"
        and not labelled
        and any(_incident_of(event, o) and not o.background for o in others)
    ):
        found.append((FACTORS["aftermath"], ""))
    if not labelled and any(rule_info(o.rule)[0] == "label" for o in others):
        found.append((FACTORS["side event"], " (the line opens with another event's label)"))
    side = _side_event(event, others)
    if side:
        found.append((FACTORS["side event"], f" ({side})"))
    return found


def _incident_of(development: Event, other: Event) -> bool:
    """The other event is one the strategic development may belong to: a violent or
    demonstration event, or property destroyed that arrests followed ("offices were
    torched; police arrested one person")."""
    if other.event_type != development.event_type:
        return True
    destroyed = other.sub_event_type == "Looting/property destruction"
    return development.sub_event_type == "Arrests" and destroyed


def _side_event(event: Event, others: Sequence[Event]) -> str:
    """How the event's sentences tell it as a side event (`sidenews`), when another
    event of the same document was told before all of them and is not the same incident
    (`fuse` merges those, and the merged incident is the report's own); else ""."""
    if not event.evidence:
        return ""
    first = min(ev.start for ev in event.evidence)
    before = [
        o
        for o in others
        if o.doc_ids == event.doc_ids and o.evidence and min(ev.start for ev in o.evidence) < first
    ]
    if not before or any(same_incident(o, event) for o in before):
        return ""
    markers = {side_marker(ev.text) for ev in event.evidence}
    if event.event_type == "Battles":
        # the attackers meeting armed resistance is what the incident became: a clash
        markers.discard(_CONTINUATION)
        markers = markers or {""}
    return "" if "" in markers else " and ".join(sorted(markers))


def _sentence_factors(event: Event, parse: Parse | None) -> list[tuple[Factor, str]]:
    """What the evidence sentence says about the trigger: a noun, a reference back,
    competing event words, hedging."""
    found: list[tuple[Factor, str]] = []
    token = _trigger_token(event, parse)
    if token is not None and token.pos_ in {"NOUN", "PROPN"}:
        if not event.rule.startswith("phrase"):
            found.append((FACTORS["noun trigger"], f" ({event.trigger!r})"))
        if event.rule.startswith("noun:"):  # `incidentnouns`: "violence broke out"
            found.append((FACTORS["general word"], f" ({event.trigger!r})"))
        det = next((c.lower_ for c in token.children if c.dep_ in {"det", "poss"}), "")
        if det in _DEFINITE:
            found.append((FACTORS["refers back"], f" ({det} {token.text})"))
    text = event.evidence[0].text if event.evidence else event.notes
    anaphora = None if _EXPLETIVE.match(text) else _ANAPHORA.match(text)
    if anaphora and not any(f.name == "refers back" for f, _ in found):
        found.append((FACTORS["refers back"], f" ({anaphora.group(0).strip()!r})"))
    if parse is not None and _competing(event, parse):
        found.append((FACTORS["competing kinds"], ""))
    hedge = _HEDGES.search(text)
    if hedge:
        found.append((FACTORS["hedged"], f" ({hedge.group(0)!r})"))
    return found


def _field_factors(event: Event) -> list[tuple[Factor, str]]:
    """What the coded fields show: actors, place, date, background."""
    found: list[tuple[Factor, str]] = []
    if not event.actor1:
        found.append((FACTORS["no actor"], ""))
    elif event.actor1.startswith(_GENERIC) and event.event_type not in {"Protests", "Riots"}:
        found.append((FACTORS["generic actor"], f" ({event.actor1})"))
    if not event.location:
        found.append((FACTORS["no place"], ""))
    if event.date_inferred:
        found.append((FACTORS["inferred date"], ""))
    if event.background:
        found.append((FACTORS["background"], ""))
    return found


def _model_factor(event: Event) -> list[tuple[Factor, str]]:
    """The classify stage's verdict, read from the explanation it left."""
    if MODEL_TAG in event.rule or event.explanation is None:
        return []
    for line in event.explanation.alternatives:
        if line.startswith(MODEL_AGREES):
            return [(FACTORS["model agrees"], "")]
        if line.startswith(MODEL_PREFERS):
            return [(FACTORS["model disagrees"], "")]
    return []


_DEFINITE: Final = frozenset("the this that these those such its their".split())
_ANAPHORA: Final = re.compile(r"^\s*(?:this|that|it|these|those) (?:was|were|is|are)\b", re.I)
# "It is believed that ...", "It was unclear whether ...": an empty subject that
# introduces a clause, not a reference to an event told before
_EXPLETIVE: Final = re.compile(
    r"^\s*it (?:is|was) (?:\w+ ){0,2}(?:believed|reported|said|thought|understood|learned|learnt|"
    r"alleged|feared|suspected|claimed|known|clear|unclear|likely|unlikely)\b",
    re.I,
)


def _trigger_token(event: Event, parse: Parse | None) -> Token | None:
    if parse is None:
        return None
    return next((t for t in parse.doc if t.text == event.trigger), None)


_VIOLENT_TYPES: Final = frozenset(
    {"Battles", "Violence against civilians", "Explosions/Remote violence", "Riots"}
)
_KIND_TYPES: Final[dict[str, frozenset[str]]] = {
    "clash": frozenset({"Battles", "Riots"}),
    "territory": frozenset({"Battles", "Strategic developments"}),
    "protest": frozenset({"Protests", "Riots"}),
    "riot": frozenset({"Riots"}),
    "kill": _VIOLENT_TYPES | {"Protests"},
    "attack": _VIOLENT_TYPES,
    "strike": frozenset({"Explosions/Remote violence"}),
    "bomb": frozenset({"Explosions/Remote violence"}),
    "shell": frozenset({"Explosions/Remote violence"}),
    "grenade": frozenset({"Explosions/Remote violence"}),
    "abduct": frozenset({"Violence against civilians"}),
    "sexual": frozenset({"Violence against civilians"}),
    "arrest": frozenset({"Strategic developments", "Protests"}),
    "agreement": frozenset({"Strategic developments"}),
    "loot": frozenset({"Strategic developments", "Riots"}),
}
"""Trigger kind -> the event types it fits; a trigger fitting none of the event's
type is competing evidence ("police shot dead two protesters": a kill in a protest
is Protests' "excessive force", a bomb in a protest is not)."""


def _competing(event: Event, parse: Parse) -> bool:
    """Asserted triggers in the sentence whose kind points at another event type; for a
    protest or riot, not those that tell what the crowd protests ("marchers protesting
    the murder of a trader": the murder is the grievance, no rival reading)."""
    about = grievances(parse.doc) if event.event_type in _CROWD_TYPES else frozenset()
    for trig in triggers.find_triggers(parse.doc):
        fits = _KIND_TYPES.get(trig.kind)
        if not fits or event.event_type in fits or trig.token.i in about:
            continue
        if triggers.is_asserted(trig.token):
            return True
    return False


_CROWD_TYPES = frozenset({"Protests", "Riots"})


def parse_of(analysis: Analysis, event: Event) -> Parse | None:
    """The parse of the sentence an event was read from, when it was parsed."""
    if not event.evidence or event.doc_ids[:1] != (analysis.document.id,):
        return None
    start = event.evidence[0].start
    return next((p for p in analysis.parses if p.offset == start), None)


def rescore(
    analysis: Analysis, events: Sequence[Event], min_confidence: float
) -> tuple[Event, ...]:
    """Each event with its factor confidence and the factors in its explanation; events
    below `min_confidence` are dropped."""
    out = []
    for event in events:
        others = [e for e in events if e is not event]
        value, steps = score_event(event, parse_of(analysis, event), others)
        if value < min_confidence:
            continue
        base = event.explanation or Explanation()
        explanation = dataclasses.replace(base, steps=(*base.steps, *steps))
        out.append(dataclasses.replace(event, confidence=value, explanation=explanation))
    return tuple(out)


@stage("confidence", requires=("events",), assigns=("events",))
def confidence_stage(batch: Sequence[Analysis], ctx: Context) -> list[Analysis]:
    """Set each event's confidence from the hand-set evidence factors (see module doc)."""
    floor = ctx.settings.min_confidence
    return [dataclasses.replace(a, events=rescore(a, a.events, floor)) for a in batch]
