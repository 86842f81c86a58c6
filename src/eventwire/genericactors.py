"""Generic actors: groups named only by what they are, after a country.

"Gunmen", "villagers", "protesters", "private security guards" become ACLED's
"Unidentified Armed Group (Kenya)", "Civilians (Kenya)", "Protesters (Kenya)", "Private
Security Forces (Kenya)": the focus country's, or the country a demonym before them
names ("Ethiopian raiders"). Also ethnic and clan militias ("Pokot ethnic militia",
"Turkana raiders"), nationals ("hundreds of Somalis"), militias backed by a country
("Iranian-backed militias") and coalitions ("Saudi-led coalition", "coalition
aircraft"). `actors.ActorTable.match` weighs these against the named actors it finds.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from eventwire import countries
from eventwire.communities import UNNAMED_NAMES, community_actors
from eventwire.forces import Match, acled_name, country_before
from eventwire.nationals import nationals
from eventwire.prefilter import PatternFilter
from eventwire.records import Actor, Inter

if TYPE_CHECKING:
    from spacy.tokens import Doc as SpacyDoc

__all__ = ["INTERNATIONAL_COALITION", "generic_actor", "is_generic"]


def _words(text: str) -> frozenset[str]:
    """A set of words written as one string (keeps long word lists readable)."""
    return frozenset(text.split())


_ARMED = (
    r"(?:unidentified |unknown |suspected |masked )?(?:gunmen|gunman|armed men|militants"
    r"|assailants|attackers|armed bandits|bandits|militiamen|insurgents|jihadists|fighters|rebels"
    r"|raiders|(?:cattle )?rustlers|armed gangs?|gangsters)"
    r"|(?:unidentified|unknown) (?:group|groups|men|persons|individuals)|armed groups?"
    r"|criminal gangs?"
)
_CIVILIANS = (
    r"civilians?|villagers?|residents|passengers|students|worshippers|worshipers|farmers"
    r"|pupils|schoolchildren|journalists|aid workers|pilgrims|shoppers|displaced people"
    r"|refugees|mourners|fishermen|travell?ers|women and children|churchgoers"
)
# Guards of a private firm: ACLED's "Private Security Forces (Country)", inter 8.
_PRIVATE_SECURITY = (
    r"(?:private )?security guards?|private security (?:guards?|personnel|firms?|companies)"
    r"|watchm[ae]n"
)
_PRO_GOVERNMENT = r"(?:pro-government|government-backed|government-allied) militias?"
_GENERIC: tuple[tuple[str, str, Inter], ...] = (
    (_ARMED, "Unidentified Armed Group", Inter.POLITICAL_MILITIA),
    (_PRO_GOVERNMENT, "Pro-Government Militia", Inter.POLITICAL_MILITIA),
    (_CIVILIANS, "Civilians", Inter.CIVILIANS),
    (r"protesters?|protestors?|demonstrators?|marchers", "Protesters", Inter.PROTESTERS),
    (r"rioters?|(?:angry )?mobs?", "Rioters", Inter.RIOTERS),
    (_PRIVATE_SECURITY, "Private Security Forces", Inter.EXTERNAL),
)
_GENERIC_RE = tuple((re.compile(rf"\b(?:{p})\b", re.IGNORECASE), n, i) for p, n, i in _GENERIC)
_GENERIC_FILTER = PatternFilter([p for p, _, _ in _GENERIC_RE])
_BACKED_MILITIA = re.compile(r"\b([A-Z][\w.]*)-backed (?:Shiite |Shia |Sunni )?militias?\b")
# "Pokot ethnic militia", "Hawiye clan militiamen": ACLED's "[Group] Ethnic Militia (Country)".
_ETHNIC_MILITIA = re.compile(r"\b([A-Z][a-z]+) (ethnic|tribal|clan) militia(?:s|men)?\b")
# "Sudanese tribal militia", "Somali clan militiamen": a country's, its people unnamed.
_UNNAMED_BY_COUNTRY = {
    "ethnic": "Unidentified Ethnic Militia",
    "tribal": "Unidentified Ethnic Militia",
    "clan": "Unidentified Clan Militia",
}
# "Turkana raiders", "Garre militiamen": a community's fighters, when the name is no
# country's ("Somali raiders" stay an unidentified armed group of Somalia's conflict).
_COMMUNITY_FIGHTERS = re.compile(
    r"\b([A-Z][a-z]{2,}) (?:raiders|tribesmen|clansmen|warriors|militia|militias|militiamen)\b"
)
_NOT_A_GROUP = _words("a an the this that one another local rival armed suspected unknown some")
_NOT_A_COMMUNITY = _NOT_A_GROUP | _words(
    "unidentified government opposition rebel islamist jihadist militant several many other"
    " these those their its his her heavily allied hostile enemy state police army youth"
    " two three four five six seven eight nine ten dozens hundreds"
)
_LED_COALITION = re.compile(
    r"\b((?:[A-Z][\w.]*\s)?[A-Z][\w.]*)-led (?:international |military |Arab )?coalition\b"
)
_COALITION = re.compile(
    r"\b(?:(?:international|global|military|western|Western|anti-IS|anti-ISIS) coalition"
    r"|coalition (?:forces|troops|aircraft|warplanes|jets|planes|air ?strikes?|strikes?|drones))\b"
)
INTERNATIONAL_COALITION = Actor("International Coalition", Inter.EXTERNAL)


def generic_actor(name: str, inter: Inter, focus: str | None) -> Actor:
    """A group named after the focus country: "Civilians (Kenya)"; no country, no suffix."""
    if focus is None:
        return Actor(name, inter, None)
    return Actor(f"{name} ({acled_name(focus)})", inter, focus)


_GENERIC_NAMES = (
    frozenset(name for _, name, _ in _GENERIC) | UNNAMED_NAMES | set(_UNNAMED_BY_COUNTRY.values())
)


def is_generic(name: str) -> bool:
    """A group named only by what it is ("Civilians (Kenya)"), not a named actor."""
    base = name.rsplit(" (", 1)[0]
    return base in _GENERIC_NAMES or base.endswith("-backed Militia")


def _generic(text: str, focus: str | None, doc: SpacyDoc | None = None) -> Iterator[Match]:
    for i in _GENERIC_FILTER.candidates(text):  # the groups whose words the text holds
        pattern, name, inter = _GENERIC_RE[i]
        for found in pattern.finditer(text):
            # "Kenyan villagers", "Ethiopian raiders": the text names their country
            owner = country_before(text, found.start())
            if owner is not None:
                yield owner[0], found.end(), generic_actor(name, inter, owner[1])
            else:
                yield found.start(), found.end(), generic_actor(name, inter, focus)
    yield from community_actors(text, focus, generic_actor)
    for start, end, code in nationals(text):  # "hundreds of Somalis", "Nigerian citizens"
        yield start, end, generic_actor("Civilians", Inter.CIVILIANS, code)
    for found in _ETHNIC_MILITIA.finditer(text):
        if found.group(1).lower() in _NOT_A_GROUP:
            continue
        home = _country_of(found)
        if home is not None:  # "Sudanese tribal militia": no people named, only a country
            unnamed = _UNNAMED_BY_COUNTRY[found.group(2)]
            actor = generic_actor(unnamed, Inter.IDENTITY_MILITIA, home[1].iso2)
            yield found.start(), found.end(), actor
            continue
        # "Marehan clan militia": the clan's, as the text names it ("X Clan Militia")
        kind = "Clan" if found.group(2) == "clan" else "Ethnic"
        name = f"{found.group(1)} {kind} Militia"
        yield found.start(), found.end(), generic_actor(name, Inter.IDENTITY_MILITIA, focus)
    for found in _COMMUNITY_FIGHTERS.finditer(text):
        if not _community_name(found, doc):
            continue
        name = f"{found.group(1)} Ethnic Militia"
        yield found.start(), found.end(), generic_actor(name, Inter.IDENTITY_MILITIA, focus)
    for found in _BACKED_MILITIA.finditer(text):
        backer = _country_of(found)
        if backer is not None:
            name = f"{acled_name(backer[1].iso2)}-backed Militia"
            yield backer[0], found.end(), generic_actor(name, Inter.POLITICAL_MILITIA, focus)
    yield from _coalitions(text)


def _community_name(found: re.Match[str], doc: SpacyDoc | None) -> bool:
    """ "Turkana raiders": the capitalised word names a people, not a country, a common
    word at the start of a sentence ("Cattle raiders") or a generic modifier."""
    if found.group(1).lower() in _NOT_A_COMMUNITY or _country_of(found) is not None:
        return False
    if doc is None:
        return not re.search(r"(?:^|[.!?]\s+)$", found.string[: found.start()])
    token = next((t for t in doc if t.idx == found.start()), None)
    return token is not None and (token.pos_ == "PROPN" or token.ent_type_ == "NORP")


def _country_of(found: re.Match[str]) -> tuple[int, countries.CountryInfo] | None:
    """Where group 1 ("U.S.", "Saudi", "A U.S.") names a country: (start, country).
    The whole group is tried, then its last word alone."""
    phrase = found.group(1)
    last = phrase.split()[-1]
    for form, start in ((phrase, found.start(1)), (last, found.start(1) + phrase.rfind(last))):
        info = countries.by_name(form) or countries.by_demonym(form)
        if info is not None:
            return start, info
    return None


def _coalitions(text: str) -> Iterator[Match]:
    for found in _LED_COALITION.finditer(text):
        leader = _country_of(found)
        if leader is not None:
            name = f"{acled_name(leader[1].iso2)}-led Coalition"
            yield leader[0], found.end(), Actor(name, Inter.EXTERNAL, leader[1].iso2)
    for found in _COALITION.finditer(text):
        yield found.start(), found.end(), INTERNATIONAL_COALITION
