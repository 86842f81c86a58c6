"""US states as news copy abbreviates them (AP style): "Valdosta, Ga.", "ELKINS, W. Va.",
"in S.C.", "the N.J. Supreme Court", a member of Congress's "D-Md."; a toponym source
for `toponyms.candidate_spans` (their people, "Minnesotans", are in `division_demonyms`)."""

from __future__ import annotations

import re

from eventwire.gazetteer import Gazetteer, Match

# US states as news copy abbreviates them after a town (AP style): "Valdosta, Ga.".
_STATES = dict(
    pair.split("=")
    for pair in """Ala=Alabama Ariz=Arizona Ark=Arkansas Calif=California Colo=Colorado
    Conn=Connecticut Del=Delaware Fla=Florida Ga=Georgia Ill=Illinois Ind=Indiana Kan=Kansas
    Ky=Kentucky La=Louisiana Md=Maryland Mass=Massachusetts Mich=Michigan Minn=Minnesota
    Miss=Mississippi Mo=Missouri Mont=Montana Neb=Nebraska Nev=Nevada N.H=New_Hampshire
    N.J=New_Jersey N.M=New_Mexico N.Y=New_York N.C=North_Carolina N.D=North_Dakota
    Okla=Oklahoma Ore=Oregon Pa=Pennsylvania R.I=Rhode_Island S.C=South_Carolina
    S.D=South_Dakota Tenn=Tennessee Tex=Texas Vt=Vermont Va=Virginia Wash=Washington
    W.Va=West_Virginia Wis=Wisconsin Wyo=Wyoming D.C=District_of_Columbia""".split()
)
_STATE_KEYS = "|".join(
    re.escape(k).replace(r"\.", r"\.\s?") for k in sorted(_STATES, key=len, reverse=True)
)
_DOTTED_KEYS = "|".join(
    re.escape(k).replace(r"\.", r"\.\s?")
    for k in sorted(_STATES, key=len, reverse=True)
    if "." in k
)
# Abbreviations that may stand alone before a lower-case word: not those that are also
# a people's or a person's name or a word of their own ("Ga", "La", "Pa", "Mo").
_MODIFIER_KEYS = "|".join(
    re.escape(k)
    for k in sorted(_STATES, key=len, reverse=True)
    if "." not in k and k not in {"Ga", "La", "Pa", "Mo"}
)
# After a town ("Valdosta, Ga.", a dateline's "ELKINS, W. Va.", "Tioga County, N.Y,"), or
# a dotted form after a preposition or an article ("in S.C.", "to D.C.", "the N.J.
# Supreme Court"), or a legislator's party ("Sen. Jane Doe, D-Md.", "D-Calif"); a state
# abbreviation alone before a lower-case word, where it modifies a noun as headlines
# write it ("Wyo. lawmakers", "a Minn. dairy farm": a sentence would go on with a
# capital), or a dotted one before a name or a number ("N.H. Senate", "N.C. 12").
_STATE_AFTER_TOWN = re.compile(
    rf"(?<=[A-Za-z], )({_STATE_KEYS})\.(?!\w)|(?<=[A-Za-z], )({_DOTTED_KEYS})(?=,)"
    rf"|(?<=\b(?:in|to|of) )({_DOTTED_KEYS})\.(?!\w)|(?<=\bfrom )({_DOTTED_KEYS})\.(?!\w)"
    rf"|(?<=\b[Tt]he )({_DOTTED_KEYS})\.(?!\w)"
    rf"|(?<=\b[DRI]-)({_STATE_KEYS})\.?(?![\w-])"
    rf"|(?<![\w.-])({_MODIFIER_KEYS})\.(?=\s+[a-z])"
    rf"|(?<![\w.-])({_DOTTED_KEYS})\.(?=\s+(?:[A-Z][a-z]|\d))"
)
# An abbreviation ended as `_STATE_AFTER_TOWN` needs ("Ga." "Ga," "D-Ga"): found wherever
# it matches, and fast to scan for, since every key opens with a capital letter.
_ANY_STATE = re.compile(rf"(?:{_STATE_KEYS})(?![\w-])")
# "BEAVER, Okla.", "Valdosta, Ga.", "Valdosta, Georgia.": a town named with its state (a state's
# full name ends a clause there, which a person's name after a comma seldom does); AP
# style writes eight states' names in full.
_UNABBREVIATED = ("Alaska", "Hawaii", "Idaho", "Iowa", "Maine", "Ohio", "Texas", "Utah")
_FULL_NAMES = "|".join(
    sorted({*(n.replace("_", " ") for n in _STATES.values()), *_UNABBREVIATED}, key=len)[::-1]
)
_STATE_FOLLOWS = re.compile(
    rf",\s({_STATE_KEYS})\.(?!\w)|,\s({_DOTTED_KEYS})(?=,)|,\s(?:{_FULL_NAMES})(?=[.,;:)]|$)"
)


def state_follows(text: str, end: int) -> bool:
    """Whether a US state follows a name ("BEAVER, Okla.", "Beaver, Oklahoma."): a town."""
    return bool(_STATE_FOLLOWS.match(text, end))


def _state_key(match: re.Match[str]) -> str:
    """The `_STATES` key of an abbreviation as written ("W. Va." -> "W.Va")."""
    return next(g for g in match.groups() if g).replace(" ", "")


def state_abbreviations(
    text: str, gaz: Gazetteer, taken: bytearray
) -> list[tuple[int, int, str, list[Match]]]:
    """ "Ga." after "Valdosta, ": (start, end, text, [the US state]) for each abbreviation
    outside the `taken` character ranges."""
    if _ANY_STATE.search(text) is None:
        return []  # no abbreviation at all: the costly scan below would find nothing
    found = [m for m in _STATE_AFTER_TOWN.finditer(text) if not any(taken[m.start() : m.end()])]
    if not found:
        return []
    names = {_state_key(m): _STATES[_state_key(m)].replace("_", " ") for m in found}
    states = gaz.matches(list(set(names.values())), country="US")
    spans = []
    for m in found:
        division = [
            Match(x.entry, 2) for x in states.get(names[_state_key(m)], [])
            if x.entry.feature_code == "ADM1"
        ]  # fmt: skip
        if division:
            spans.append((m.start(), m.end(), m.group(), division[:1]))
    return spans
