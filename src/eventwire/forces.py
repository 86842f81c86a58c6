"""State forces and governments named in text, with ACLED's actor names.

"Iraqi troops", "Kenya's police", "Russian artillery", "a US drone" are the Military
(or Police) Forces of that country; "the army", "military jets", "police officers" with
no country are the focus country's; "Kenyan and Somali troops" name both states;
"Sudan's transitional government" is the Government of Sudan. Words around a force
can make it someone else's ("rebel forces") or no force at all ("police station").
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING

from eventwire import countries
from eventwire.records import Actor, Event, Inter

if TYPE_CHECKING:
    from spacy.tokens import Doc as SpacyDoc

__all__ = [
    "acled_name",
    "as_of",
    "country_before",
    "dated_actors",
    "governments",
    "state_actor",
    "state_forces",
    "unplaced_forces",
]

Match = tuple[int, int, Actor]


def words(text: str) -> frozenset[str]:
    """A set of words written as one string (keeps long word lists readable)."""
    return frozenset(text.split())


# Country names as ACLED writes them in actor names, where GeoNames differs.
_ACLED_NAMES = {
    "CD": "Democratic Republic of Congo",
    "CG": "Republic of Congo",
    "PS": "Palestine",
    "NL": "Netherlands",
    "CZ": "Czech Republic",
    "TL": "East Timor",
    "SZ": "eSwatini",
}
# Countries whose name takes "the" after "Military Forces of".
_WITH_THE = words("US GB AE CD CG CF PH NL BS GM DO CZ KM MV MH SB")


_MODS = (
    r"government|regime|security|special|armed|ground|federal|national|defen[cs]e|elite"
    r"|counter[- ]?terrorism|riot|border|naval|air|army|military|police|state|paramilitary"
)
_HEADS = (
    r"police officers|policemen|policeman|police|gendarmes|gendarmerie|security forces"
    r"|forces|troops|soldiers|soldier|army|military|commandos|paratroopers|servicemen"
    r"|fighter jets|warplanes|warplane|aircraft|jets|jet|drones|drone|helicopters|helicopter"
    r"|gunships|artillery|navy|air force|marines|personnel|officers"
)
_FORCE = re.compile(rf"\b((?:(?:{_MODS})\s+){{0,2}})({_HEADS})\b", re.IGNORECASE)
# A head alone: cheaper to scan for than `_FORCE`, and found wherever `_FORCE` is.
_ANY_HEAD = re.compile(rf"\b(?:{_HEADS})\b", re.IGNORECASE)
# Heads that name a country's forces only when the country is named too.
_NEEDS_COUNTRY = words(
    "jets jet warplanes warplane aircraft drones drone helicopters helicopter gunships artillery"
    " navy force marines personnel officers"
)
# Modifiers that make such a head the state's even with no country ("military jets").
_STATE_MODS = re.compile(r"\b(?:police|army|military|government|regime|security)\b", re.I)
_POLICE = re.compile(r"police|gendarm", re.IGNORECASE)
# Words before a bare head that make it someone else's forces ("rebel forces").
_NOT_STATE = words(
    "rebel rebels opposition coalition allied enemy foreign militia insurgent separatist"
    " peacekeeping un au nato proxy tribal kurdish jihadist islamist private"
)
# Hyphenated words before a bare head that keep it the state's ("plain-clothes police").
_DRESS = words("plain-clothes plain-clothed plainclothes off-duty on-duty uniformed")
# Words after a head that make it a modifier of something else ("police station"). An
# informer of the police or army is a civilian who passes it news, not one of its men:
# ACLED codes killing one as violence against civilians ("a police informer").
_COMPOUND = words(
    "station stations base bases chief chiefs spokesman spokeswoman spokesperson spokesmen"
    " headquarters academy barracks source sources statement official officials operation"
    " operations uniform uniforms commander commanders post posts"
    " informer informers informant informants"
)


def acled_name(iso2: str) -> str:
    """A country's name as ACLED writes it in actor names ("Democratic Republic of Congo")."""
    info = countries.country(iso2)
    return _ACLED_NAMES.get(iso2, info.name if info else iso2)


def state_actor(iso2: str, *, police: bool = False) -> Actor:
    """The state forces of a country, ACLED style ("Military Forces of Iraq")."""
    kind = "Police Forces" if police else "Military Forces"
    the = "the " if iso2 in _WITH_THE else ""
    return Actor(f"{kind} of {the}{acled_name(iso2)}", Inter.STATE, iso2)


UNPLACED_FORCES = ("Military Forces", "Police Forces")


def unplaced_forces(police: bool) -> Actor:
    """A state's forces when no country is known yet ("police" in a text that names no
    country); the event coder names them after the event's country once it has one."""
    return Actor(UNPLACED_FORCES[police], Inter.STATE, None)


def country_before(text: str, start: int) -> tuple[int, str] | None:
    """A country name or demonym ending right before `start` ("Iraqi ", "Kenya's ")."""
    window = text[max(0, start - 50) : start]
    if not window.endswith(" "):
        return None
    words = list(re.finditer(r"\S+", window))
    for size in range(min(4, len(words)), 0, -1):
        first = words[-size]
        if first.group().lower() == "the" or (size == len(words) and start > 50):
            continue
        phrase = window[first.start() : words[-1].end()]
        phrase = re.sub(r"['’]s?$", "", phrase)
        found = countries.by_demonym(phrase) or countries.by_name(phrase)
        if found is not None:
            return start - len(window) + first.start(), found.iso2
    return None


def _word_before(text: str, start: int) -> tuple[int, str] | None:
    r"""(start, word) of the last run of non-spaces before the spaces that end
    text[:start], or None: what `(\S+)\s+$` finds there, read backwards from `start`
    (searching a whole document from its beginning for each force took long)."""
    end = start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    begin = end
    while begin > 0 and not text[begin - 1].isspace():
        begin -= 1
    return (begin, text[begin:end]) if begin < end < start else None


def _opens_sentence(text: str, end: int) -> bool:
    r"""text[:end] is empty or a sentence's end, spaces after it allowed: what
    `(?:^|[.!?:"“]\s*)$` finds ("$" also matches before a last newline)."""
    head = text[:end]
    kept = head.rstrip()
    return head in ("", "\n") or (kept != "" and kept[-1] in '.!?:"“')


def _bare_allowed(text: str, start: int) -> bool:
    """A force with no country is the state's unless a modifier makes it someone else's."""
    prev = _word_before(text, start)
    if prev is None:
        return True
    begin, word = prev
    if word.lower() in _DRESS:
        return True  # "plain-clothes police officers", "off-duty soldiers"
    if "-" in word or word.lower().strip(",;:") in _NOT_STATE:
        return False
    if word[-1] in ",;:":  # "In Nairobi, police fired": the clause before owns nothing
        return True
    at_sentence_start = _opens_sentence(text, begin)
    return not (word[:1].isupper() and not at_sentence_start and word.lower() != "the")


def _named_owner(text: str, start: int) -> bool:
    """ "Wakandan troops": a capitalised word before the force may name an owner that no
    country table knows; with no country to fall back on, such forces are not guessed."""
    prev = _word_before(text, start)
    return (
        prev is not None
        and prev[1][:1].isupper()
        and prev[1][-1] not in ",;:"
        and prev[1].lower().strip(",;:") not in _COMMON_STARTS
    )


# Capitalised words that open a sentence without naming anyone ("Three soldiers died").
_COMMON_STARTS = words(
    "the a an two three four five six seven eight nine ten eleven twelve several many some"
    " dozens hundreds scores few more most other armed unidentified unknown suspected local"
    " off-duty on-duty senior junior rogue at least"
)


# The word after a force ("police station").
_FOLLOWING = re.compile(r"\s+([a-z]+)")


def state_forces(text: str, focus: str | None, doc: SpacyDoc | None) -> Iterator[Match]:
    if _ANY_HEAD.search(text) is None:
        return  # every `_FORCE` match holds a head; most texts have none
    for found in _FORCE.finditer(text):
        head = found.group(2).lower()
        following = _FOLLOWING.match(text, found.end())
        if following and following.group(1) in _COMPOUND:
            continue
        police = _POLICE.search(found.group()) is not None
        owner = country_before(text, found.start())
        if owner is not None:
            yield owner[0], found.end(), state_actor(owner[1], police=police)
            yield from _allies_before(text, owner[0], police)
        elif (
            head.split()[-1] not in _NEEDS_COUNTRY or _STATE_MODS.search(found.group(1))
        ) and _bare_allowed(text, found.start()):
            if head == "military" and not _military_is_noun(text, found, doc):
                continue
            if focus:
                yield found.start(), found.end(), state_actor(focus, police=police)
            elif not _named_owner(text, found.start()):
                yield found.start(), found.end(), unplaced_forces(police)


_ALLY = re.compile(r"\b([A-Z][\w.'’-]*)(?:\s*,\s*|\s+and\s+|\s*,\s+and\s+)$")


def _allies_before(text: str, start: int, police: bool) -> Iterator[Match]:
    """ "Kenyan and Somali troops": each country joined before the last one named."""
    while (found := _ALLY.search(text[:start])) is not None:
        word = found.group(1)
        info = countries.by_demonym(word) or countries.by_name(word)
        if info is None:
            return
        yield found.start(1), found.end(1), state_actor(info.iso2, police=police)
        start = found.start(1)


_GOVERNMENT = re.compile(
    r"\b(?:(?:transitional|interim|military|federal|national|central|new) )?government\b"
    r"(?! (?:troops|forces|soldiers|army|militias?|officials?|spokes\w+|sources?))",
    re.IGNORECASE,
)


def governments(text: str) -> Iterator[Match]:
    """ "Sudan's transitional government", "the Malian government": ACLED's
    "Government of X", a party to agreements. Never read without a named country."""
    for found in _GOVERNMENT.finditer(text):
        owner = country_before(text, found.start())
        if owner is not None:
            name = f"Government of {acled_name(owner[1])}"
            yield owner[0], found.end(), Actor(name, Inter.STATE, owner[1])
        elif (after := _country_after(text, found.end())) is not None:
            name = f"Government of {acled_name(after[1])}"
            yield found.start(), after[0], Actor(name, Inter.STATE, after[1])


_OF_COUNTRY = re.compile(r" of ((?:the )?[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,3})")


def _country_after(text: str, end: int) -> tuple[int, str] | None:
    """(end, country code) of "of Colombia" right after "the Government"."""
    found = _OF_COUNTRY.match(text, end)
    if found is None:
        return None
    words = found.group(1).split()
    for size in range(len(words), 0, -1):  # "of Colombia and" ... the longest name first
        info = countries.by_name(" ".join(words[:size]))
        if info is not None:
            return found.start(1) + len(" ".join(words[:size])), info.iso2
    return None


def _military_is_noun(text: str, found: re.Match[str], doc: SpacyDoc | None) -> bool:
    """ "the military said" is an actor, "a military operation" is not."""
    if doc is not None:
        for token in doc:
            if token.idx == found.start(2):
                return str(token.pos_) in {"NOUN", "PROPN"} and str(token.dep_) != "compound"
    following = _FOLLOWING.match(text, found.end())
    return following is None or following.group(1) in {"said", "says", "has", "had", "and", "or"}


# States that split: before the day the new state came to be, ACLED names its people,
# forces and groups after the state that then held the land (South Sudan became
# independent on 9 July 2011: a 2008 raid by Toposa herders is "Toposa Ethnic Militia
# (Sudan)").
_SPLITS = ((re.compile(r"\bSouth Sudan\b"), "Sudan", date(2011, 7, 9)),)


def as_of(name: str, day: date) -> str:
    """An actor name as ACLED wrote it on `day` ("... (South Sudan)" -> "... (Sudan)"
    before South Sudan's independence)."""
    for new_state, old_state, since in _SPLITS:
        if day < since:
            name = new_state.sub(old_state, name)
    return name


def dated_actors(event: Event) -> Event:
    """The event with its actors named as ACLED named them on the event's date (`as_of`)."""
    day = event.event_date
    names = (event.actor1, event.actor2, event.assoc_actor_1, event.assoc_actor_2)
    dated = tuple(as_of(n, day) for n in names)
    if dated == names:
        return event
    actor1, actor2, assoc1, assoc2 = dated
    return dataclasses.replace(
        event, actor1=actor1, actor2=actor2, assoc_actor_1=assoc1, assoc_actor_2=assoc2
    )
