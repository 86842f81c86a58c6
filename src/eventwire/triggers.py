"""Event trigger lexicon: which sentences may hold an event, and which words report one.

`is_candidate` is a cheap regex run on every sentence before parsing, so that the
expensive spaCy pipeline only sees sentences that can hold an event. It must be
generous: a sentence it rejects is never coded.

`find_triggers` runs on a parsed sentence and returns the tokens (by lemma, by surface
form, or by a multi-word pattern) that report an incident, each with its *kind*, a coarse
class the event coder maps to ACLED types. `is_asserted` drops triggers that do not
report a real event: negated, hypothetical, future, threatened, planned or denied.
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
    r"|bomb|blast|explo|ied|landmine|mine|grenade|rocket|missile|mortar|shell|artillery"
    r"|air ?strike|airstrike|drone|strike|struck|air raid|warplane|jet|chemical|chlorine|sarin"
    r"|suicide|car bomb|detonat|defus|intercept"
    r"|captur|seiz|retak|retook|recaptur|regain|overr[au]n|took control|take control|fell to"
    r"|liberat|drove|driven out|push|advanc|withdr|handed over"
    r"|abduct|kidnap|hostage|disappear"
    r"|rap(?:e|ed|es|ing)\b|sexual"
    r"|protest|demonstrat|rally|rallies|march|sit-in|picket"
    r"|riot|mob|loot|plunder|ransack|arson|torch|set fire|burn|vandal|destroy|demolish"
    r"|arrest|detain|custody|round(?:ed)? up|apprehend"
    r"|injur|wound|hurt|casualt"
    r"|ceasefire|cease-fire|truce|peace (?:deal|agreement|accord)|agreement|accord"
    r"|tear ?gas|rubber bullet|water cannon|baton|disperse"
    r"|headquarters|base|allegiance|defect|merge|disband|deploy"
    r"|militant|insurgent|rebel|jihadist|troops|soldier|police|militia|forces"
)

CANDIDATE = re.compile(rf"\b(?:{_STEMS})", re.IGNORECASE)


def is_candidate(sentence: str) -> bool:
    """True when the sentence mentions anything that could be an ACLED event."""
    return CANDIDATE.search(sentence) is not None


# Trigger kinds (the coder in `events` maps them to ACLED types):
#   clash, attack, kill, territory, bomb, shell, strike, grenade, chemical, abduct,
#   sexual, protest, riot, loot, arrest, agreement, base, change, weapons, other
LEMMAS: dict[str, str] = {
    **dict.fromkeys("clash fight fighting battle skirmish firefight gunfight".split(), "clash"),
    **dict.fromkeys("attack assault raid ambush storm offensive".split(), "attack"),
    **dict.fromkeys(
        "kill murder slay massacre behead execute assassinate shoot stab gun".split(), "kill"
    ),
    **dict.fromkeys(
        "capture seize retake retook recapture regain overrun overran liberate".split(),
        "territory",
    ),
    **dict.fromkeys("bomb bombing explode explosion blast detonate ied landmine".split(), "bomb"),
    **dict.fromkeys("shell shelling bombard bombardment mortar rocket missile".split(), "shell"),
    **dict.fromkeys("strike airstrike airstrikes".split(), "strike"),
    "grenade": "grenade",
    **dict.fromkeys("abduct kidnap abduction kidnapping".split(), "abduct"),
    **dict.fromkeys("rape".split(), "sexual"),
    **dict.fromkeys("protest demonstrate demonstration rally march sit-in picket".split(), "protest"),
    **dict.fromkeys("riot rioting lynch vandalize vandalise".split(), "riot"),
    **dict.fromkeys("loot plunder ransack torch burn destroy demolish raze".split(), "loot"),
    **dict.fromkeys("arrest detain apprehend".split(), "arrest"),
    **dict.fromkeys("ceasefire cease-fire truce".split(), "agreement"),
    **dict.fromkeys("defuse intercept".split(), "weapons"),
    **dict.fromkeys("defect disband".split(), "change"),
    "deploy": "other",
}

# Multi-word triggers: (pattern over the sentence text, kind). The trigger token is the
# syntactic root of the matched span.
PHRASES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), kind)
    for pattern, kind in (
        (r"\b(?:fell|falls|fallen) (?:in)?to\b", "territory"),
        (r"\b(?:took|taken|take|takes|seized|gained|wrested) (?:full )?control\b", "territory"),
        (r"\b(?:drove|driven|drive|pushed|push|forced) (?:\w+ ){0,3}out\b", "territory"),
        (r"\b(?:pushed|advanced|moved|entered) (?:deeper |further )?into\b", "territory"),
        (r"\bopen(?:ed|s)? fire\b", "kill"),
        (r"\bfired (?:on|at|upon)\b", "kill"),
        (r"\bset (?:\w+ )?(?:on )?fire\b", "loot"),
        (r"\bblew (?:himself|herself|themselves) up\b", "bomb"),
        (r"\b(?:air|drone|missile) ?(?:strike|raid)s?\b", "strike"),
        (r"\bsexual(?:ly)? (?:assault|abuse|violence)", "sexual"),
        (r"\btaken hostage|took (?:\w+ ){0,3}hostage|forcibly disappeared\b", "abduct"),
        (r"\bwent on strike|go on strike|general strike\b", "protest"),
        (r"\b(?:signed|reached|agreed|agreed to|announced) (?:a |an |the )?"
         r"(?:\w+ ){0,2}(?:agreement|accord|deal|truce|ceasefire)", "agreement"),
        (r"\b(?:established|set up|opened|built) (?:a |an |its |their |new )*"
         r"(?:\w+ )?(?:base|headquarters|camp|outpost)\b", "base"),
        (r"\bpledged allegiance\b|\bmerged with\b|\bsplit from\b|\bformed a new\b", "change"),
        (r"\bshot down\b", "weapons"),
    )
)

_MODAL_AUX = frozenset("will would could can may might should shall must 'll wo ca".split())
# Verbs whose complement is not (yet) an event: threats, plans, denials, fears, calls.
_IRREALIS_HEADS = frozenset(
    (
        "threaten vow plan deny warn fear intend pledge prepare seek want aim try expect"
        " urge call demand propose consider prevent avoid foil thwart refuse hope promise"
        " rule reject dismiss condemn denounce predict risk need attempt"
    ).split()
)
_NEGATIVE_DETS = frozenset("no neither without".split())
_META = re.compile(
    r"\b(?:click here|subscribe|sign up|newsletter|copyright|all rights reserved"
    r"|this (?:article|story|report) (?:was|has been)|read more|follow us|photo:)",
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
        kind = LEMMAS.get(token.lemma_.lower()) or LEMMAS.get(token.lower_)
        if kind is not None and token.pos_ in {"VERB", "NOUN", "PROPN", "ADJ"}:
            found[token.i] = Trigger(token, kind, f"lemma:{kind}")
    return [found[i] for i in sorted(found)]


def is_meta(sentence: str) -> bool:
    """True for boilerplate about the article itself, never an event."""
    return _META.search(sentence) is not None or sentence.rstrip().endswith("?")


def is_asserted(token: Token) -> bool:
    """False when the trigger is negated, hypothetical, future, threatened or denied."""
    if _negated_or_modal(token):
        return False
    for ancestor in token.ancestors:
        if ancestor.lemma_.lower() in _IRREALIS_HEADS or _negated_or_modal(ancestor):
            return False
        if ancestor.dep_ in {"ROOT"}:
            break
    return not (token.dep_ == "advcl" and _has_child(token.head, "mark", {"if", "unless"}))


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
        if child.dep_ in {"nsubj", "nsubjpass"} and _has_child(child, "det", _NEGATIVE_DETS):
            return token.lemma_ in {"report", "occur", "happen", "be"}
    # "plans to attack", "is set to storm": infinitive under a planning head.
    return token.dep_ == "xcomp" and token.head.lemma_.lower() in {"be", "set", "go"} and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children
    )


def _has_child(token: Token, dep: str, words: frozenset[str] | set[str]) -> bool:
    return any(c.dep_ == dep and c.lower_ in words for c in token.children)
