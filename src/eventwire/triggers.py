"""Event trigger lexicon: which sentences may hold an event, and which words report one.

`is_candidate` is a cheap regex run on every sentence before parsing, so that the
expensive spaCy pipeline only sees sentences that can hold an event. It must be
generous: a sentence it rejects is never coded.

`find_triggers` runs on a parsed sentence and returns the tokens (by lemma, by surface
form, or by a multi-word pattern) that report an incident, each with its *kind*, a coarse
class the event coder maps to ACLED types. `is_asserted` drops triggers that do not
report a real event: negated, hypothetical, future, threatened, planned or denied.

The module also holds the sentence-level cues the coder reads (aerial means, suicide
attack, crowd and police words, civilian and armed nouns, running totals); `tolls`
reads the death toll. Everything here is a pure function of a sentence or a parsed
spaCy Doc; nothing loads a resource.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_STEMS = (
    r"kill|dead|death|die[ds]?|slain|slay|murder|massacre|behead|execut|assassinat|lynch|stab"
    r"|attack|assault|ambush|raid|storm|clash|fight|battl|skirmish|firefight|offensive|gunfight"
    r"|shoot|shot|gunm[ae]n|gunfire|fire[ds]? (?:on|at|upon)|open(?:ed)? fire"
    r"|exchang\w* (?:of )?fire|traded fire"
    r"|bomb|blast|explo|ied|landmine|mine|grenade|rocket|missile|mortar|shell|artillery"
    r"|air ?strike|airstrike|drone|strike|struck|air raid|warplane|jet|chemical|chlorine|sarin"
    r"|suicide|car bomb|detonat|defus|intercept"
    r"|captur|seiz|retak|retook|recaptur|regain|overr[au]n"
    r"|(?:took|tak(?:e|en|es|ing)) control|(?:fell|falls|fallen) (?:in)?to"
    r"|liberat|drove|driven out|push|advanc|withdr|handed over"
    r"|abduct|kidnap|hostage|disappear"
    r"|rap(?:e|ed|es|ing)\b|sexual"
    r"|protest|demonstrat|rally|rallie|(?<!in )(?<!of )(?<!on )march(?!\s+\d)|sit-in|picket"
    r"|riot|mob|loot|plunder|ransack|arson|torch|set fire|burn|vandal|destroy|demolish"
    r"|arrest|detain|custody|round(?:ed)? up|apprehend"
    r"|injur|wound|hurt|casualt"
    r"|ceasefire|cease-fire|truce|peace (?:deal|agreement|accord)|agreement|accords?\b"
    r"|tear ?gas|rubber bullet|water cannon|baton|disperse"
    r"|headquarters|bases?\b|outposts?\b|set up|allegiance|defect|merge[ds]? with|disband|deploy"
    r"|split from|formed a new|signed|gun(?:s|ned|ning)?\b|raze|confiscat"
    r"|weapons|ammunition|arms cache|claim\w* (?:responsib|credit)"
    r"|claim\w* (?:it|they) (?:carried|was|were)|blam|responsib|pound|hit\b|hits\b|target"
    r"|smash|shatter|stones?\b|pelt"
)

CANDIDATE = re.compile(rf"\b(?:{_STEMS})", re.IGNORECASE)


def is_candidate(sentence: str) -> bool:
    """True when the sentence mentions anything that could be an ACLED event."""
    return CANDIDATE.search(sentence) is not None


def words(text: str) -> frozenset[str]:
    """The set of space-separated words in `text` (lexicons are written as prose)."""
    return frozenset(text.split())


def _kinds(text: str, kind: str) -> dict[str, str]:
    return dict.fromkeys(text.split(), kind)


# Trigger kinds (the coder in `events` maps them to ACLED types):
#   clash, attack, kill, territory, bomb, shell, strike, grenade, chemical, abduct,
#   sexual, protest, riot, loot, arrest, agreement, base, change, weapons, other
LEMMAS: dict[str, str] = {
    **_kinds("clash fight fighting battle skirmish firefight gunfight", "clash"),
    **_kinds("attack assault raid ambush storm offensive", "attack"),
    **_kinds("kill murder slay massacre behead execute assassinate shoot stab gun", "kill"),
    **_kinds("capture seize retake retook recapture regain overrun overran liberate", "territory"),
    **_kinds("bomb bombing explode explosion blast detonate ied landmine", "bomb"),
    **_kinds("shell shelling bombard bombardment mortar rocket missile pound", "shell"),
    **_kinds("strike airstrike airstrikes", "strike"),
    "grenade": "grenade",
    **_kinds("abduct kidnap abduction kidnapping", "abduct"),
    **_kinds("rape raped rapes raping", "sexual"),
    **_kinds("protest demonstrate demonstration rally march sit-in picket", "protest"),
    **_kinds("riot rioting lynch vandalize vandalise", "riot"),
    **_kinds("loot plunder ransack torch burn destroy demolish raze", "loot"),
    **_kinds("arrest detain apprehend", "arrest"),
    **_kinds("ceasefire cease-fire truce", "agreement"),
    **_kinds("defuse intercept", "weapons"),
    **_kinds("defect disband", "change"),
    "deploy": "other",
    "hit": "strike",
    "target": "strike",
    "disperse": "protest",
    "confiscate": "weapons",
}

_FOUND = r"discover(?:ed|s)?|f(?:ou|i)nds?|uncover(?:ed|s)?|recover(?:ed|s)?"
_ARMS = (
    r"weapons|arms|ammunition|explosives?|caches?|bombs?|ieds?|(?:explosive )?devices?"
    r"|landmines?|mines|grenades?|rockets?|missiles?"
)
# Multi-word triggers: (pattern over the sentence text, kind). The trigger token is the
# syntactic root of the matched span.
PHRASES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), kind)
    for pattern, kind in (
        (r"\b(?:fell|falls|fallen) (?:in)?to\b", "territory"),
        (r"\b(?:took|taken|take|takes|seized|gained|wrested) (?:full )?control\b", "territory"),
        (r"\b(?:drove|driven|drive|pushed|push|forced) (?:\S+ ){0,5}out\b", "territory"),
        (r"\b(?:pushed|advanced|moved|entered) (?:deeper |further )?into\b", "territory"),
        (r"\bopen(?:ed|s)? fire\b", "kill"),
        (r"\bshoot-?outs?\b|\bgun ?battles?\b", "clash"),
        (r"\b(?:exchanged|exchanging|exchange|traded|trading) (?:of )?(?:gun)?fire\b", "clash"),
        (r"\bfired (?:on|at|upon)\b", "kill"),
        (
            r"\b(?:beat|beaten|beating|stoned|hacked|clubbed|burned|burnt|bludgeoned)"
            r" (?:\S+ ){0,4}to death\b",
            "kill",
        ),
        (r"\bset (?:\w+ )?(?:on )?fire\b", "loot"),
        (r"\bblew (?:himself|herself|themselves) up\b", "bomb"),
        (r"\b(?:air|drone|missile) ?(?:strike|raid)s?\b", "strike"),
        (r"\bsexual(?:ly)? (?:assault|abuse|violence)", "sexual"),
        (r"\btaken hostage|took (?:\w+ ){0,3}hostage|forcibly disappeared\b", "abduct"),
        (r"\bwent on strike|go on strike|general strike\b", "protest"),
        (
            r"\b(?:signed|reached|agreed|agreed to|announced) (?:a |an |the )?"
            r"(?:\w+ ){0,2}(?:agreement|accord|deal|truce|ceasefire)",
            "agreement",
        ),
        (
            r"\b(?:established|set up|opened|built) (?:a |an |its |their |new )*"
            r"(?:\w+ )?(?:base|headquarters|camp|outpost)\b",
            "base",
        ),
        (r"\bpledged allegiance\b|\bmerged with\b|\bsplit from\b|\bformed a new\b", "change"),
        (r"\bshot down\b", "weapons"),
        # weapons found before use (found bodies are not weapons)
        (rf"\b(?:{_FOUND}) (?:\S+ ){{0,4}}(?:{_ARMS})\b", "weapons"),
        (rf"\b(?:{_ARMS}) (?:were|was|had been|have been) (?:\S+ )?(?:{_FOUND})\b", "weapons"),
        (
            r"\bhand(?:ed|s|ing)? over (?:control|the (?:town|city|village|area|base|district"
            r"|region|territory|province|airport|position))",
            "territory",
        ),
        (r"\btear ?gas|\brubber bullets|\bwater cannons?", "protest"),
    )
)

_TRIGGER_POS = words("VERB NOUN PROPN ADJ")
# A trigger word inside a name or a date is not a trigger ("in March", "Operation Storm").
_NAME_ENTITIES = words("DATE TIME PERSON ORG GPE NORP CARDINAL WORK_OF_ART LAW")
_DONE_HEADS = words("try attempt manage begin start continue")
_MODAL_AUX = words("will would could can may might should shall must 'll wo ca")
# Verbs whose complement is not (yet) an event: threats, plans, denials, fears, calls.
_IRREALIS_HEADS = words(
    "threaten vow plan deny warn fear intend pledge prepare seek want aim expect"
    " urge call demand propose consider prevent avoid foil thwart refuse hope promise"
    " rule reject dismiss condemn denounce predict risk need"
)
# Court cases: violence a court convicts or sentences for is not a new event.
_JUDICIAL_HEADS = words("convict sentence acquit indict prosecute jail imprison")
_NEGATIVE_DETS = words("no neither without")
_META = re.compile(
    r"\b(?:click here|subscribe|sign up|newsletter|copyright|all rights reserved"
    r"|this (?:article|story|report) (?:was|has been)|read more|follow us|photo:"
    r"|for demonstration (?:only|purposes)|^contact:|press contact)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Trigger:
    """A token that reports an incident, its kind and the rule that found it."""

    token: Token
    kind: str
    rule: str

    @property
    def text(self) -> str:
        """The trigger word as written."""
        return str(self.token.text)


def find_triggers(doc: Doc) -> list[Trigger]:
    """Trigger tokens of a parsed sentence, phrases first, then single lemmas."""
    found: dict[int, Trigger] = {}
    text = doc.text
    for pattern, kind in PHRASES:
        for match in pattern.finditer(text):
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is not None and span.root.i not in found:
                found[span.root.i] = Trigger(span.root, kind, f"phrase:{kind}")
    for token in doc:
        if token.i in found:
            continue
        kind = LEMMAS.get(token.lemma_.lower()) or LEMMAS.get(token.lower_, "")
        named = token.ent_type_ in _NAME_ENTITIES
        if kind and token.pos_ in _TRIGGER_POS and not named and not _equipment(token):
            found[token.i] = Trigger(token, kind, f"lemma:{kind}")
    return [found[i] for i in sorted(found)]


# A weapon word naming equipment, not its use: "a rocket system", "missile launchers".
_EQUIPMENT_HEADS = words(
    "system systems launcher launchers battery batteries unit units factory factories"
    " programme program programs test tests stockpile stockpiles deal deals sale sales"
    " disposal squad squads expert experts maker makers threat threats scare hoax detection"
)


def _equipment(token: Token) -> bool:
    return token.dep_ in ("compound", "amod") and token.head.lower_ in _EQUIPMENT_HEADS


def is_meta(sentence: str) -> bool:
    """True for boilerplate about the article itself, never an event."""
    return _META.search(sentence) is not None or sentence.rstrip().endswith("?")


def is_asserted(token: Token) -> bool:
    """False when the trigger is negated, hypothetical, future, threatened or denied."""
    if _negated_or_modal(token):
        return False
    if token.dep_ == "acl" and token.tag_ == "VBG":
        return False  # "rebels fighting the government": describes them, reports nothing
    if is_tally(token):
        return False
    for ancestor in token.ancestors:
        head = ancestor.lemma_.lower()
        if head in _IRREALIS_HEADS or head in _JUDICIAL_HEADS or _negated_or_modal(ancestor):
            return False
        if ancestor.dep_ == "ROOT":
            break
    return True


def is_tally(token: Token) -> bool:
    """A running total, not one incident: "890 people had been killed since the coup",
    "the war has killed tens of thousands", "were killed in the conflict", "has
    attacked schools since 2009"."""
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in token.children)
    if perfect and AGGREGATE.search(token.sent.text) is not None:
        return True
    if lemma(token) not in DEATH_LEMMAS:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "since" for c in token.children):
        return True
    if perfect and any(c.dep_ == "nsubj" and c.lemma_ in LONG_RUNS for c in token.children):
        return True
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("in", "during", "throughout", "over")
        and any(g.dep_ == "pobj" and g.lemma_ in LONG_RUNS for g in c.children)
        for c in token.children
    )


def _negated_or_modal(token: Token) -> bool:
    for child in token.children:
        word = child.lower_
        if child.dep_ == "neg":
            return True
        if child.dep_ == "aux" and word in _MODAL_AUX:
            return True
        if child.dep_ == "det" and word in _NEGATIVE_DETS:
            return True
        if child.dep_ == "mark" and word in {"if", "unless"}:
            return True
        if child.dep_ in {"nsubj", "nsubjpass"} and _nobody(child):
            # "no attack was reported", "no one was killed": nothing happened
            return (
                token.lemma_ in {"report", "occur", "happen", "be"} or lemma(token) in DEATH_LEMMAS
            )
    # "launched an offensive to retake", "is set to storm": an aim, not a deed; but
    # "tried to storm" and "managed to retake" report what happened.
    return (
        token.dep_ in {"xcomp", "advcl", "acl", "ccomp"}
        and lemma(token.head) not in _DONE_HEADS
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    )


def _nobody(subject: Token) -> bool:
    return subject.lower_ in {"nobody", "none"} or _has_child(subject, "det", _NEGATIVE_DETS)


def _has_child(token: Token, dep: str, words: frozenset[str] | set[str]) -> bool:
    return any(c.dep_ == dep and c.lower_ in words for c in token.children)


# --- sentence-level cues used by the event coder -------------------------------------


def flag(pattern: str) -> re.Pattern[str]:
    """A case-blind cue pattern anchored at a word start."""
    return re.compile(rf"\b(?:{pattern})", re.IGNORECASE)


AERIAL = flag(
    r"air ?strikes?|airstrikes?|air raids?|drones?|warplanes?|jets?\b|aircraft|helicopter"
    r"|air force|aerial|bombers?\b(?<!suicide bomber)|gunships?"
)
SUICIDE = flag(r"suicide|blew (?:himself|herself|themselves) up")
SHELLING = flag(r"shell|artillery|mortar|rockets?\b|missiles?\b|bombard|howitzer")
CHEMICAL = flag(r"chemical|chlorine|sarin|mustard gas|nerve agent|toxic gas")
INTERVENTION = flag(r"tear ?gas|rubber bullets?|water cannons?|batons?|dispers|arrest|detain|beat")
EXCESSIVE = flag(r"live (?:ammunition|rounds|fire)|shot dead|opened fire|fired (?:on|at|into)|kill")
VIOLENT_CROWD = flag(
    r"stones?\b|rocks\b|molotov|petrol bombs?|torch|set fire|burn|vandal|loot"
    r"|clash|smash|shatter|destroy|pelt|ransack|attacked police|running battles?|barricad"
)
MOB = flag(r"mob\b|mobs\b|lynch|vigilante")
CROWD = flag(r"protest(?:ers?|ors?|ing)\b|demonstrat(?:ors?|ing)\b|marchers|rioters?")
# Doers that make property destruction or stone-throwing a riot ("youths burned tyres").
CROWD_NOUNS = words("youth crowd mob protester protestor demonstrator rioter supporter")
# Crowds whose killing is mob violence, not a demonstration turned violent.
MOB_NOUNS = words("mob crowd vigilante youth")
POLICE = flag(r"police|security forces|riot police|troops|soldiers|gendarmes")
NONVIOLENT = flag(r"without (?:a fight|resistance|fighting|a shot)|handed over|peacefully")
# A withdrawal makes a takeover peaceful only when no capture verb says force was used.
WITHDRAWAL = flag(r"withdrew|withdrawn|withdrawal|pulled (?:out|back)|retreated")
# A running total, not one incident: "killed since the coup", "so far this year".
AGGREGATE = flag(
    r"since\b|so far\b|this year|to date|in total|a total of|cumulative"
    r"|death toll (?:has )?(?:risen|rose|climbed)"
)
# What lasts too long to be one incident: "killed in the war", "the conflict has killed".
LONG_RUNS = words("war conflict insurgency uprising crisis decade year")
HISTORY = flag(r"years ago|decades ago|back in (?:19|20)\d\d|anniversary of")

ARMED_NOUNS = words(
    "soldier troop army police policeman officer militant fighter rebel insurgent jihadist"
    " gunman guard militiaman combatant commander force personnel trooper checkpoint base"
    " convoy patrol position stronghold barracks outpost raider bandit gang gangster rustler"
    " attacker assailant kidnapper robber pirate"
)
CIVILIAN_NOUNS = words(
    "civilian people person villager resident student child woman man worshipper farmer"
    " passenger family journalist teacher pupil shopper mourner pilgrim refugee herder"
    " trader girl boy village market school church mosque hospital home house camp"
    " bus wedding funeral pedestrian commuter motorist worker herdsman fisherman vendor"
    " customer guest tourist patient nurse doctor priest pastor imam christian muslim elder"
)
PLACE_NOUNS = words(
    "town city village base district area neighbourhood neighborhood position territory"
    " hill airport bridge road province region stronghold outskirts quarter camp crossing"
    " border airbase port island valley checkpoint part side half bank edge centre center"
    " suburb street complex compound building palace garrison ministry fort headquarters"
)
STATE_NOUNS = words("army troop soldier military police policeman government marine commando")
WEAPON_NOUNS = words(
    "weapon arm ammunition explosive cache bomb rocket missile drone ied device landmine mine"
    " grenade"
)
DISRUPT_LEMMAS = words("defuse dismantle seize find discover recover intercept confiscate")
REGAIN_LEMMAS = words("retake retook recapture regain liberate")
VIOLENT_KINDS = words("attack kill bomb shell strike grenade clash")


# --- reading a trigger in its parse ------------------------------------------------

REFERENCE_PREPS = words("over after following for about since before against")


def is_reference(token: Token) -> bool:
    """A trigger noun that only refers to an event ("arrested over the bombing")."""
    return token.pos_ == "NOUN" and token.dep_ == "pobj" and token.head.lower_ in REFERENCE_PREPS


def refine_kind(trig: Trigger) -> str | None:
    """Check a trigger against its object: "seized the town" vs "seized weapons"."""
    token = trig.token
    if trig.kind == "territory" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children
    ):
        return None  # "trying to retake the town": the town has not changed hands
    if trig.kind == "territory" and trig.rule.startswith("lemma"):
        objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
        if any(lemma(o) in WEAPON_NOUNS for o in objects):
            return "weapons"
        if not any(_is_place(o) for o in objects):
            return None
    disrupted = token.dep_ in {"dobj", "nsubjpass"} and token.head.lemma_ in DISRUPT_LEMMAS
    if trig.kind == "bomb" and disrupted:
        return None  # "defused a bomb", "two IEDs were found": the bombs never went off
    if trig.kind == "strike" and token.pos_ == "VERB" and not AERIAL.search(token.sent.text):
        return None
    if lemma(token) in {"hit", "target"}:
        return _weapon_kind(token)
    if lemma(token) == "pound" and not (
        SHELLING.search(token.sent.text) or AERIAL.search(token.sent.text)
    ):
        return None  # "police pounded the door": only weapons pound a town
    return trig.kind


DEATH_LEMMAS = words(
    "kill die dead death slay slain murder massacre behead execute assassinate perish"
)


# Weapons that "hit" or "target" something: the hit is a strike or a shelling.
AERIAL_NOUNS = words("drone warplane jet aircraft helicopter gunship plane bomber airstrike")
SHELL_NOUNS = words("missile rocket shell mortar artillery howitzer projectile")


def _weapon_kind(token: Token) -> str | None:
    """ "Drones hit the port" is a strike, "rockets hit the camp" a shelling; a truck
    that hit a bomb, or a policy that targets traders, is neither."""
    if token.pos_ != "VERB":
        return None
    subjects = {lemma(c) for c in token.children if c.dep_ == "nsubj"}
    if subjects & SHELL_NOUNS:
        return "shell"
    return "strike" if subjects & AERIAL_NOUNS else None


def _is_place(token: Token) -> bool:
    return (
        token.ent_type_ in {"GPE", "LOC", "FAC"}
        or lemma(token) in PLACE_NOUNS
        or (token.pos_ == "PROPN" and token.ent_type_ not in {"ORG", "PERSON", "NORP"})
    )


def arguments(anchor: Token) -> tuple[list[Token], list[Token]]:
    """Head tokens of the doer and the done-to phrases of a trigger."""
    doers: list[Token] = []
    targets: list[Token] = []
    for child in anchor.children:
        _argument(child, doers, targets)
    if not doers and anchor.dep_ in {"advcl", "xcomp", "conj", "acl", "pcomp"}:
        doers.extend(c for c in anchor.head.children if c.dep_ == "nsubj")
    if not doers and anchor.dep_ == "relcl":
        doers.append(anchor.head)
    if anchor.dep_ in {"nsubj", "nsubjpass"} and anchor.pos_ == "NOUN":
        targets.extend(c for c in anchor.head.children if c.dep_ == "dobj")
    return doers, targets


def _argument(child: Token, doers: list[Token], targets: list[Token]) -> None:
    dep, word = child.dep_, child.lower_
    objects = [c for c in child.children if c.dep_ == "pobj"]
    if dep == "nsubj" or (dep in {"agent", "prep"} and word == "by"):
        doers.extend(objects if dep != "nsubj" else [child])
    elif dep in {"dobj", "nsubjpass"}:
        targets.append(child)
    elif dep == "prep" and word == "between" and objects:
        doers.append(objects[0])
        targets.extend(c for c in objects[0].children if c.dep_ == "conj")
    elif dep == "prep" and word in {"with", "against", "on", "upon", "from", "to"}:
        target_list = doers if word == "to" else targets  # "fell to X": X took it
        target_list.extend(objects)


def lemma(token: Token) -> str:
    """The token's lemma in lower case."""
    return str(token.lemma_).lower()
