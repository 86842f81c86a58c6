"""The police's lethal force on a protest, told in the sentence after it.

ACLED codes a protest whose participants are met with lethal violence, or violence
that seriously injures them, by state forces as excessive force against protesters.
The sentence after a protest often tells that force in words the sentence-level cue
(`cues.EXCESSIVE`: live fire, "shot dead", "opened fire on") does not hold:

- "Police intervened in the demonstration, killing one", "Officers killed two of the
  marchers": a killing whose doer is the police;
- "Police shot at the crowd", "officers shooting into the crowd": shooting aimed at
  people, not "shots fired in the air" or tear gas and rubber bullets shot at them
  (an intervention), nor shots at them with no one told killed or hurt
  (`shot_at_unharmed`: "police shot at the marchers", an intervention).

`live_fire` is that sentence-level cue, less the tear gas or rubber bullets it may
name ("officers fired at the marchers with tear gas": an intervention). `lethal_force`
is read by `followups.force_after` on the sentence after a protest.
`serious_injuries` reads the protest's own sentence: people seriously or critically
hurt as the police broke it up ("five seriously injured as police dispersed the
marchers"), not "no serious injuries" nor injured officers (the crowd's violence,
which `forces_hurt` tells: "two officers were injured" at a demonstration makes it a
violent demonstration).
Pure functions of a parsed sentence; a precompiled precheck keeps them cheap.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from eventwire import cues, triggers
from eventwire.sides import sides_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = [
    "carried_out",
    "forces_hurt",
    "less_lethal_fire",
    "lethal_force",
    "live_fire",
    "serious_injuries",
    "shot_at_unharmed",
]

_CUES = cues.flag(r"kill|shoot|shot|shooting")
# Shooting aimed at people: "shot at the crowd", "shooting into the protesters".
_SHOT_AT = cues.flag(r"(?:shoot|shoots|shooting|shot) (?:at|on|into)\b")
_FORCES = cues.STATE_NOUNS | cues.words("officer askari guard")
# What the police shoot that is no lethal force: "shot tear gas canisters at them".
_LESS_LETHAL = cues.flag(r"tear ?gas|teargas|rubber|water cannon|canisters?|in(?:to)? the air")
_OBJECTS = cues.words("gas teargas canister cannon bullet round shot air")


def lethal_force(doc: Doc) -> bool:
    """The police killed someone, or shot at people, in this sentence."""
    text = doc.text
    if not _CUES.search(text) or not cues.POLICE.search(text):
        return False
    if _SHOT_AT.search(text) and not _LESS_LETHAL.search(text):
        return True
    for found in triggers.find_triggers(doc):
        if found.kind != "kill" or not triggers.is_asserted(found.token):
            continue
        sides = sides_of(found)
        if sides.doers & _FORCES and not sides.targets & _OBJECTS:
            return True
    return False


# Fire aimed at people with less-lethal means: "fired at the pickets with tear gas",
# "the mourners were fired on with rubber bullets".
_FIRED_LESS_LETHAL = cues.flag(
    r"fired (?:on|at|into)\b[^.;]{0,40}?\bwith (?:tear ?gas|teargas|rubber|plastic|water)"
)


def less_lethal_fire(text: str) -> bool:
    """Tear gas or rubber bullets fired at people: "fired at the pickets with tear gas"."""
    return _FIRED_LESS_LETHAL.search(text) is not None


def live_fire(text: str) -> bool:
    """Live fire or shooting at people told in the text (`cues.EXCESSIVE`), tear gas or
    rubber bullets fired at them aside (ACLED: an intervention, not lethal force)."""
    return cues.EXCESSIVE.search(_FIRED_LESS_LETHAL.sub(" ", text)) is not None


_SERIOUS = cues.flag(
    r"(?:serious(?:ly)?|critical(?:ly)?|grievous(?:ly)?) (?:\S+ )?(?:injur|wound|hurt)"
    r"|in (?:a )?critical condition"
)
_NOT_SERIOUS = cues.flag(r"(?:no|not|without|nor)\s(?:\S+\s){0,4}$")
_HURT_FORCES = cues.flag(r"(?:officers?|police(?:m[ae]n)?|soldiers?|troops)\s(?:\S+\s){0,3}$")


def serious_injuries(text: str) -> bool:
    """People were seriously hurt where the police met the protest (ACLED: violence
    resulting in serious injuries is excessive force), the hurt not the police's own."""
    if cues.POLICE.search(text) is None:
        return False
    for m in _SERIOUS.finditer(text):
        before = text[max(0, m.start() - 50) : m.start()]
        if not _NOT_SERIOUS.search(before) and not _HURT_FORCES.search(before):
            return True
    return False


# The police hurt at the demonstration: "two officers were injured", "among the wounded
# was a police commander", "injuring three policemen" (not "injured by police").
_FORCE_NOUNS = r"(?:police(?:m[ae]n)?|officers?|askaris?)\b"
# Words that may count or qualify the officers hurt: "injuring two senior officers".
_COUNTED = (
    r"(?:\d+|an?|the|his|her|their|its|several|many|some|dozens|scores|one|two|three|four"
    r"|five|six|seven|eight|nine|ten|senior|local|area|traffic|riot|anti-riot|other)"
)
_FORCES_HURT = cues.flag(
    _FORCE_NOUNS + r"\s(?:were|was|been|got)\s(?:\S+\s)?(?:injured|wounded|hurt)\b"
    r"|among (?:\S+ )?(?:those |the )?(?:injured|wounded|hurt) (?:were|was) (?:\S+ ){0,4}"
    + _FORCE_NOUNS
    + r"|(?:injuring|wounding|injured|wounded) (?:"
    + _COUNTED
    + r" ){0,2}"
    + _FORCE_NOUNS
)


def forces_hurt(text: str) -> bool:
    """The police were hurt at the demonstration, no weapon named (ACLED: the crowd's
    violence makes it a violent demonstration)."""
    return _FORCES_HURT.search(text) is not None and not cues.ARMED_WORDS.search(text)


# Shots aimed at people, and any harm told with them.
_AIMED = cues.flag(r"(?:shot|shoot|shoots|shooting|fired) at\b")
_HARM = cues.flag(
    r"kill|dead\b|death|died|dies\b|injur|wound|hurt|hospital|casualt|fatal|critical"
    r"|(?:were|was|been|being) shot\b|shot (?:and|in|through)\b|gunshot|bullets? (?:hit|struck)"
)


def shot_at_unharmed(text: str) -> bool:
    """ "Police shot at the protesters" and nobody told killed or hurt: ACLED's excessive
    force is lethal violence or serious injury, so shots that hit no one are the
    police's intervention."""
    return (
        cues.POLICE.search(text) is not None
        and _AIMED.search(text) is not None
        and _HARM.search(text) is None
    )


def carried_out(doc: Doc, pattern: re.Pattern[str], text: str) -> bool:
    """Some match of an intervention pattern (`cues.INTERVENTION`, `cues.POLICE_STOPPED`)
    in `text` (the sentence, offsets kept) tells force used, not force only threatened,
    planned or denied: "police warned they would disperse any gathering", "police had
    threatened to use tear gas", "police did not intervene", "the march ended without
    police intervention" (ACLED: a protest met with no force is a peaceful protest); nor
    force told as what someone had done before ("a gang that had beaten them")."""
    for m in pattern.finditer(text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or not (_unrealised(span.root) or _done_before(span.root)):
            return True
    return False


def _done_before(token: Token) -> bool:
    """The word's verb is a past-perfect relative clause, which tells what its noun had
    done before the event ("asked the police to act against a gang that had beaten
    them"), not force met by the protest."""
    verb = token if token.pos_ in {"VERB", "AUX"} else None
    verb = verb or next((a for a in token.ancestors if a.pos_ == "VERB"), None)
    if verb is None or verb.dep_ != "relcl":
        return False
    return any(c.dep_ == "aux" and c.lower_ in _PAST_PERFECT for c in verb.children)


def _unrealised(token: Token) -> bool:
    """The word, or the verb it belongs to, is negated, modal or "without", or that verb
    is the aim of a threat, warning or plan."""
    verb = token if token.pos_ in {"VERB", "AUX"} else None
    verb = verb or next((a for a in token.ancestors if a.pos_ == "VERB"), None)
    if verb is None:
        return _denied(token)
    if _denied(token) or _denied(verb):
        return True
    head = verb.head
    return verb.dep_ in _COMPLEMENTS and triggers.lemma(head) in _THREATS


def _denied(token: Token) -> bool:
    if token.dep_ in {"pobj", "pcomp"} and token.head.lower_ == "without":
        return True
    return any(
        c.dep_ == "neg"
        or (c.dep_ == "aux" and c.lower_ in _MODALS)
        or (c.dep_ == "det" and c.lower_ == "no")
        for c in token.children
    )


_MODALS = cues.words("will would could can may might should shall must")
_PAST_PERFECT = cues.words("had 'd")
_COMPLEMENTS = frozenset({"xcomp", "ccomp", "acl", "advcl"})
# Words whose complement is force not (yet) used: "threatened to disperse them", "a
# warning that officers would break up the march".
_THREATS = cues.words("threaten threat warn warning vow plan promise pledge")
