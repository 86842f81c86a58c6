"""Communities: ACLED's ethnic and communal militias, and the peoples that hint at a country.

ACLED names a community's armed men after the community and the country it acts in:
"Pokot raiders" are the "Pokot Ethnic Militia (Kenya)", and "clashes between the
Borana and Gabra communities" have both communities' militias as the two sides. A
community is a people of `data/peoples.tsv` (general knowledge), or, inside a phrase
that can only name communities ("between the X and Y clans"), a capitalised word that
is no country; a clan named so is ACLED's "X Clan Militia". Where nothing names the
group, "rival clans" and "communal militias" are the "Unidentified Communal Militia",
"ethnic militias" and "rival ethnic groups" the "Unidentified Ethnic Militia" (the names
ACLED's codebook gives them). Armed herders or raiders named after the place they come
from ("Kaduna herders", "raiders from Sokoto and Zamfara") are ACLED's communal militia
of that place ("Kaduna Communal Militia (Nigeria)", `place_militias`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from eventwire import countries
from eventwire.forces import Match, country_before
from eventwire.prefilter import PatternFilter
from eventwire.records import Actor, Inter

__all__ = ["RIVALS", "community_actors", "people_countries", "place_militias"]

Namer = Callable[[str, Inter, str | None], Actor]

# Armed nouns after a people's name: "Pokot raiders", "Turkana gunmen".
_ARMED_NOUNS = (
    r"militia|militias|militiamen|raiders|bandits|warriors|fighters|gunmen|attackers"
    r"|militants|herders|herdsmen|pastoralists|youths?|tribesmen|clansmen|morans|gangs?"
)
_COMMUNITY_NOUNS = r"communities|clans|tribes|groups|ethnic groups|sub-clans|subclans"
_CLANS = re.compile(r"\b(?:sub-?)?clans?\b")
# A hyphenated pair of peoples raiding together is one militia: "Tugen-Ilchamus raiders".
_PEOPLE_ARMED = re.compile(rf"\b([A-Z][a-z]{{2,}}(?:-[A-Z][a-z]{{2,}})?) (?:{_ARMED_NOUNS})\b")
_NAME = r"(?:the |an? )?([A-Z][a-z]{2,})"
_KIND = r"(?:(?:ethnic|tribal|clan|communal|rival|armed|local) )?"
_BETWEEN = re.compile(
    rf"\bbetween {_NAME},? and {_NAME}"
    rf"(?:\s+{_KIND}(?:{_COMMUNITY_NOUNS}|{_ARMED_NOUNS}|communit\w+))?"
)
# "Kikuyu and Luo ethnic communities", "Pokot or Samburu raiders"
_PAIR = re.compile(rf"\b{_NAME} (?:and|or) {_NAME} {_KIND}(?:{_COMMUNITY_NOUNS}|{_ARMED_NOUNS})\b")
# "the Pokot and Turkana clashed": two peoples, the subjects of a fight, are its sides.
_PAIR_FIGHT = re.compile(rf"\b{_NAME} and {_NAME} (?:clash(?:ed|es)?|fought|battled)\b")
# "militias from the Maasai and Kalenjin", "raiders from the Pokot": a people's fighters.
_FROM_PEOPLE = re.compile(rf"\b(?i:{_ARMED_NOUNS}) from {_NAME}(?:,? and {_NAME})?")
# "rival Maasai groups": one people's factions, its militia on both sides of a clash
_RIVAL = re.compile(
    rf"\b(?:[Rr]ival|[Ww]arring|[Ff]euding|[Oo]pposing) ([A-Z][a-z]{{2,}}) (?:{_COMMUNITY_NOUNS}"
    r"|factions|militias|youths|herders|gangs)\b"
)
# "two Maasai clans clashed", "the Maasai's two clans": one people's clans fighting each
# other, its militia on both sides (ACLED names the people, not the clans).
_TWO_CLANS = re.compile(
    r"\b(?:[Tt]wo|[Bb]oth) ([A-Z][a-z]{2,}) (?:clans|sub-?clans|factions)\b"
    r"|\b([A-Z][a-z]{2,})(?:'s|’s) (?:two|rival) (?:clans|sub-?clans|factions)\b"
)
RIVALS = ("rival ", "warring ", "feuding ", "opposing ", "two ", "both ")
# A people that acts violently is its militia: "the Pokot raided the village", "Samburu
# retaliated", "Orma ethnic group attacks"; not its victims ("two Pokot killed",
# "Turkana attacked by raiders").
_PEOPLE_ACTING = re.compile(
    r"\b([A-Z][a-z]{2,})(?: (?:tribe|community|clan|ethnic group|people))?"
    r"(?= (?:attack(?:ed|s|ing)?|raid(?:ed|s|ing)?|target(?:ed|s)?|retaliat(?:ed|es)|fought"
    r"|storm(?:ed|s)?"
    r"|fight(?:s)? back|clash(?:ed)? with|kill(?:ed|s)?|evict(?:ed|s)?"
    r"|ambush(?:ed|es)?|torch(?:ed|es)?|invad(?:ed|es)|st(?:ole|eal|eals))\b(?! by\b))"
)
# An armed group the text then names: "bandits thought to be Samburu", "gunmen believed to
# be from the Garre community".
_SAID_TO_BE = re.compile(
    rf"\b(?i:{_ARMED_NOUNS}),? (?:suspected|believed|thought|said|alleged|reported) to be"
    r" (?:members of |from )?(?:the )?([A-Z][a-z]{2,})\b"
)
_COUNTED = re.compile(
    r"(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|several|many|some))\s+$",
    re.IGNORECASE,
)
_UNNAMED = (
    (
        re.compile(
            r"\b(?:rival|warring|feuding|neighbou?ring) (?:ethnic groups|tribes)\b"
            r"|\b(?:ethnic|tribal) militi(?:as?|amen)\b"
            r"|\b(?:inter-?ethnic|ethnic|tribal|inter-?tribal)"
            r" (?:clash(?:es)?|violence|fighting)\b",
            re.IGNORECASE,
        ),
        "Unidentified Ethnic Militia",
    ),
    (
        re.compile(
            r"\b(?:rival|warring|feuding|neighbou?ring) (?:pastoral(?:ist)? |herding |farming )?"
            r"(?:clans|communities|sub-?clans)\b"
            r"|\b(?:communal|clan|village|vigilante|self-defen[cs]e) militi(?:as?|amen)\b"
            r"|\b(?:inter-?communal|communal|clan|inter-?clan|inter-?community)"
            r" (?:clash(?:es)?|violence|fighting)\b"
            r"|\bbetween (?:two|rival|the two|neighbou?ring) (?:communities|clans|pastoralists"
            r"|herders|pastoralist communities|herding communities|villages)\b",
            re.IGNORECASE,
        ),
        "Unidentified Communal Militia",
    ),
)
UNNAMED_NAMES = frozenset(name for _, name in _UNNAMED)
# Only the patterns whose literal words a text holds are run (`prefilter`).
_NAMED_PATTERNS = (
    _BETWEEN,
    _PAIR,
    _RIVAL,
    _PEOPLE_ARMED,
    _SAID_TO_BE,
    _PEOPLE_ACTING,
    _PAIR_FIGHT,
    _FROM_PEOPLE,
    _TWO_CLANS,
)
_NAMED_FILTER = PatternFilter(_NAMED_PATTERNS)
_UNNAMED_FILTER = PatternFilter([pattern for pattern, _ in _UNNAMED])


def people_countries(text: str) -> list[str]:
    """ISO2 codes of the peoples a text names, in order ("Pokot ... Turkana" -> KE, KE)."""
    codes = (countries.people(w) for w in re.findall(r"\b[A-Z][a-z]{2,}\b", text))
    return [c for c in codes if c]


def _singular_people(word: str) -> str | None:
    """A people's name as the table writes it, from the name or its English plural
    ("Samburus" -> "Samburu"), or None where the word names no people."""
    for form in (word, word.removesuffix("s")):
        if countries.people(form):
            return form
    return None


def _is_community(word: str, named_by_phrase: bool) -> bool:
    """A people of the table, or (where the phrase says so) any name that is no country."""
    if _singular_people(word):  # "between the Kalenjin and Maasais"
        return True
    if not named_by_phrase or word.lower() in {"the", "government", "police", "security"}:
        return False
    return countries.by_name(word) is None and countries.by_demonym(word) is None


def _home(word: str) -> str | None:
    """A people's country; a hyphenated pair of peoples ("Tugen-Ilchamus") is the first
    one's, if the table knows both."""
    codes = [countries.people(part) for part in word.split("-")]
    return codes[0] if all(codes) else None


def _militia(word: str, focus: str | None, namer: Namer, *, clan: bool = False) -> Actor:
    """ "<Name> Ethnic Militia (<Country>)": the people's own country, else the focus. A
    clan the table does not know as a people, named as a clan ("the X and Y clans"), is
    ACLED's "<Name> Clan Militia (<Country>)"."""
    home = _home(word)
    kind = "Clan" if clan and home is None else "Ethnic"
    return namer(f"{word} {kind} Militia", Inter.IDENTITY_MILITIA, home or focus)


def community_actors(text: str, focus: str | None, namer: Namer) -> Iterator[Match]:
    """Ethnic and communal militias a text names (see the module docstring)."""
    named = [_origin(text, found, namer) for found in _named_communities(text, focus, namer)]
    yield from named
    if named:  # "ethnic clashes involving the X and Y clans": the clans are the sides
        return
    for i in _UNNAMED_FILTER.candidates(text):
        pattern, name = _UNNAMED[i]
        for found in pattern.finditer(text):
            yield found.start(), found.end(), namer(name, Inter.IDENTITY_MILITIA, focus)


# "Garre militia from Ethiopia", "Merille of Ethiopia": the country the militia came from.
_FROM_COUNTRY = re.compile(
    r"(?:\s+(?:militias?|militiamen|raiders|bandits|fighters|gunmen|herders|warriors))?"
    r"\s+(?:from|of) (?:neighbou?ring )?(?:the )?([A-Z][a-z]+(?: [A-Z][a-z]+)?)"
)


def _origin(text: str, found: Match, namer: Namer) -> Match:
    """A people's militia named with the country it came from ("Sudanese Toposa",
    "Garre militia from Ethiopia") is ACLED's militia of that country, not of the
    people's usual home: the Garre live on both sides of the Kenya-Ethiopia border."""
    start, end, actor = found
    before = country_before(text, start)
    after = _FROM_COUNTRY.match(text, end)
    info = countries.by_name(after.group(1)) if after else None
    code = info.iso2 if info else (before[1] if before else None)
    if code is None or code == actor.country_code:
        return found
    return start, end, namer(actor.name.rsplit(" (", 1)[0], actor.inter, code)


def _named_communities(text: str, focus: str | None, namer: Namer) -> Iterator[Match]:
    between, pair, rival, armed, said_to_be, acting, fight, origin, clans = _present(text)
    for pattern in [p for p, run in ((_BETWEEN, between), (_PAIR, pair)) if run]:
        for found in pattern.finditer(text):
            phrase = found.end() > found.end(2)
            clan = _CLANS.search(found.group(), found.end(2) - found.start()) is not None
            sides = [g for g in (1, 2) if _is_community(found.group(g), phrase)]
            if len(sides) < 2:  # "between Tuareg and Songhai herders": the people named
                sides = [g for g in (1, 2) if countries.people(found.group(g))]
            for group in sides:
                word = _singular_people(found.group(group)) or found.group(group)
                actor = _militia(word, focus, namer, clan=clan)
                yield found.start(group), found.end(group), actor
    for found in _RIVAL.finditer(text) if rival else ():
        if countries.people(found.group(1)):
            yield found.start(), found.end(), _militia(found.group(1), focus, namer)
    for found in _TWO_CLANS.finditer(text) if clans else ():
        word = found.group(1) or found.group(2)
        if countries.people(word):  # "rival " or "two " opens the mention: both sides
            start = found.start() if found.group(1) else found.end(2) + 3
            yield start, found.end(), _militia(word, focus, namer)
    for found in _PEOPLE_ARMED.finditer(text) if armed else ():
        if _home(found.group(1)):
            yield found.start(), found.end(), _militia(found.group(1), focus, namer)
    for pattern in [p for p, run in ((_PAIR_FIGHT, fight), (_FROM_PEOPLE, origin)) if run]:
        yield from _peoples_of(pattern, text, focus, namer)
    for found in _SAID_TO_BE.finditer(text) if said_to_be else ():
        word = _singular_people(found.group(1))
        if word is not None:
            yield found.start(), found.end(), _militia(word, focus, namer)
    for found in _PEOPLE_ACTING.finditer(text) if acting else ():
        counted = _COUNTED.search(text, max(0, found.start() - 12), found.start())
        if countries.people(found.group(1)) and counted is None:
            yield found.start(), found.end(), _militia(found.group(1), focus, namer)


def _peoples_of(
    pattern: re.Pattern[str], text: str, focus: str | None, namer: Namer
) -> Iterator[Match]:
    """The militias of the peoples a two-name pattern names ("Borana and Somalis
    clashed": the Borana only, "Somalis" being a nationality, not a people of the table);
    the first mention spans the whole phrase, so its armed noun is not a group of its own."""
    for found in pattern.finditer(text):
        for group in (1, 2):
            word = _singular_people(found.group(group) or "")
            if word is not None:  # "raiders from the X" is one mention
                start = found.start() if group == 1 else found.start(group)
                yield start, found.end(group), _militia(word, focus, namer)


def _present(text: str) -> list[bool]:
    """For each of `_NAMED_PATTERNS`, whether it may match `text` (its words are there)."""
    may = set(_NAMED_FILTER.candidates(text))
    return [i in may for i in range(len(_NAMED_PATTERNS))]


# Armed men a place names: "Kaduna herders", "raiders from Sokoto and Zamfara".
_PLACE_ARMED = (
    r"herders|herdsmen|pastoralists|raiders|militia|militias|militiamen|gunmen|invaders"
    r"|warriors|cattle rustlers|rustlers"
)
_ARMED_AFTER = re.compile(rf"\s+(?:{_PLACE_ARMED})\b")
_FROM_BEFORE = re.compile(
    rf"\b(?i:{_PLACE_ARMED})(?:,? (?:suspected|believed|thought|said|reported) to "
    r"(?:be|have come))? from (?:the )?$"
)
_AND_BEFORE = re.compile(r"\s*(?:,|and|or)\s+(?:the\s+)?$")


def place_militias(text: str, places: list[tuple[int, int, str]], namer: Namer) -> Iterator[Match]:
    """Communal militias named after a place: `places` are the (start, end, ISO2) of the
    text's toponyms, in order; a people's or a country's name is never one."""
    named_end = -1  # end of the last place that named a militia
    for start, end, code in places:
        name = text[start:end]
        if countries.people(name) or countries.by_name(name) or countries.by_demonym(name):
            continue
        joined = named_end >= 0 and _AND_BEFORE.fullmatch(text, named_end, start) is not None
        origin = _FROM_BEFORE.search(text, max(0, start - 60), start)
        if not (_ARMED_AFTER.match(text, end) or origin or joined):
            continue
        named_end = end
        first = origin.start() if origin else start  # "raiders from X" is one mention
        yield first, end, namer(f"{name} Communal Militia", Inter.IDENTITY_MILITIA, code)
