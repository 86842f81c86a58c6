"""Cues around a capitalised name that say it names a place, for `toponyms`.

The words before or after it ("in X", "the town of X", "X province", "the X Town
Council", "a X man", "X, <country>", "X, Kan.", "X-based", a legislator's "D-X", "Jane
Doe, 41, of X", "Jane Doe of X", a dateline's "X —", a metropolitan area's "Metro X"
that the NER took for an organisation; a street word after it, "X St.",
says it names a street), the lists it stands in ("Mahaska, Keokuk and Linn counties";
"Oskaloosa, Pella and Winterset" where one of them is a known place), and whether a
one-word name the NER took for a person is anyone's name in the text; a byline in
capitals ("BY JANE DOE") names its writer, not a place.
"""

from __future__ import annotations

import re

from eventwire import countries
from eventwire.prefilter import PatternFilter
from eventwire.records import Mention
from eventwire.us_states import state_follows

__all__ = [
    "FUNCTION_WORDS",
    "LOCAL_AFTER",
    "METRO",
    "bylines",
    "country_follows",
    "dateline",
    "has_cue",
    "listed_division_names",
    "listed_with_places",
    "lone_name",
    "name_lists",
    "names_a_town",
    "party_seat",
    "street_name",
    "us_local_marks",
]

# Capitalised only because they open a sentence: they break a run of capitalised words.
FUNCTION_WORDS = frozenset(
    """a an the this that these those he she it we they i you his her its our their
    there here when where what who which while after before during since until but and or
    if as at by for from in into of on to with without over under about against between
    meanwhile however also yesterday today tomorrow around near outside inside across
    throughout along beyond toward towards amid among despite following""".split()
)
# A town's own bodies and people, after its name: "Ottumwa Town Council", "an Ottumwa man",
# "the Ottumwa City Councilwoman", "Ottumwa First Selectman"; and the institutions American
# local news names after their town: "the Ottumwa Public Library", "Ottumwa Federal Credit
# Union", "the Ottumwa Education Foundation" (the name stands for the town there too);
# British and Irish copy's local authorities ("Kirklees District Council", "Galway County
# Council", after "Galway" or "Galway County", never "X City" of "X City Council") and
# courts ("Kirklees Magistrates' Court"), a town's hall ("Ottumwa City Hall"), its
# community or senior citizens center.
_LOCAL_BODY = (
    r"(?:borough|district|county|parish|town)\s+council|(?<=county\s)council"
    r"|(?<=borough\s)council|(?:town|city|village)\s+hall"
    r"|board\s+of\s+(?:education|finance|selectmen|supervisors|commissioners)"
    r"|(?:high|middle|elementary)\s+school|(?:community\s+|memorial\s+|general\s+)?hospital"
    r"|(?:regional\s+)?medical\s+cent(?:er|re)|community\s+cent(?:er|re)"
    r"|(?:superior|circuit|district|municipal|county|crown|magistrates['’]?)\s+court"
    r"|volunteer\s+fire|department\s+of\s+public\s+safety|police\s+department"
    r"|(?:public|metropolitan|county|regional)\s+library|(?:federal\s+)?credit\s+union"
    r"|(?:senior|seniors|senior\s+citizens['’]?)\s+cent(?:er|re)"
    r"|chamber\s+of\s+commerce|historical\s+society"
    r"|(?:education|community)\s+foundation|city\s+schools"
    r"|(?:independent\s+|unified\s+|consolidated\s+|community\s+)?school\s+district"
    r"|man|woman|men|women|teen|teenager|boy|girl|couple|native|resident"
    r"|city\s+council(?:m[ae]n|wom[ae]n|members?|l?ors?)|(?:first\s+)?selectm[ae]n"
)
_CUE_BEFORE = re.compile(
    r"(?:\b(?:town|city|village|district|province|region|governorate|county|state|area"
    r"|community|municipality|township|hamlet|suburb|settlement"
    r"|residents|inhabitants|villagers|natives)"
    r"\s+(?:of|called|named)|\b(?:in|at|near|outside|from|into|around)\b)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_CUE_AFTER = re.compile(
    r"-based\b|\s+(?:border\s+crossing|crossing|district|province|governorate|county|parish|state|"
    r"region|area|town|city|village|police|sheriff|fire\s+department|city\s+council|"
    r"(?:vice[- ])?mayor|"
    r"residents|public\s+schools|" + _LOCAL_BODY + ")\\b",
    re.IGNORECASE,
)
# "X in Y province": X is a place inside a named division, whatever the NER thought.
_IN_DIVISION = re.compile(
    r"\s+in\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+"
    r"(?:province|district|governorate|county|state|region|prefecture)\b"
)
# A military installation named after the town beside it ("the Ottumwa Air Force Base",
# "Ottumwa Proving Ground", "Ottumwa Naval Air Station"): the name is the town's.
_INSTALLATION = (
    r"(?:air\s+force|army|naval|navy|marine\s+corps|national\s+guard)(?:\s+air)?"
    r"\s+(?:base|station|depot|airfield)|proving\s+grounds?"
)
LOCAL_AFTER = re.compile(
    rf"\s+(?:{_LOCAL_BODY}|police|sheriff|fire\s+department|city\s+council|(?:vice[- ])?mayor"
    rf"|residents|{_INSTALLATION})\b",
    re.IGNORECASE,
)
# A metropolitan area the NER takes for an organisation ("Metro Tulsa", "Greater Leeds"):
# the city's name after the word is a place all the same.
METRO = re.compile(r"(?:Metro|Metropolitan|Greater)\s+(?=[A-Z])")
# A byline in capitals opening a line or sentence ("BY JANE DOE Staff Writer"): the
# writer's name, whatever place or country its words spell ("CHAD").
_BYLINE = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))BY\s+([A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){1,3})"
    r"(?=\s+[A-Z][a-z]|\s*[,\n]|$)"
)
# A legislator's party and home district: "Rep. Jane Doe, D-Marion" (the town or county).
_PARTY_BEFORE = re.compile(r"(?:^|[\s(])(?:D|R|I|DFL)-$")
# Words of an organisation's or an office's name before "of" ("Bank of", "Board of").
_BODY_WORDS = (
    r"Bank|University|College|Institute|School|Academy|Department|Dept|Board|Bureau|Office"
    r"|Council|Chamber|Church|Society|Association|Union|League|Federation|Foundation|Museum"
    r"|Court|Company|Corporation|Center|Centre|Hospital|Republic|Kingdom|States|Ministry"
    r"|Secretary|Minister|President|Governor|Mayor|City|County|Town|Village|State|Province"
    r"|District|Port|Bay|Gulf|Sea|Lake|Isle|Islands?|Bishop|Archbishop|Duke|King|Queen"
    r"|Prince|Princess|Lord|Lady|Knights|Sisters|Brothers|Friends|Sons|Daughters|People"
)
# Where a person lives: "Jane Doe, 41, of Ottumwa", "Jane Doe of Ottumwa" (a first and a
# last name, neither a word that names a body: "Bank of", "University of").
_RESIDENCE_BEFORE = re.compile(
    r"\b\d{1,3},\s+of\s+$"
    r"|(?<![\w.-])(?!(?:" + _BODY_WORDS + r")\b)[A-Z][a-z]+"
    r" (?!(?:" + _BODY_WORDS + r")\b)[A-Z][a-z]+,? of $"
)
# "Mahaska, Keokuk and Jasper Creek counties", "from Mahaska to Jasper counties", "the Amhara
# and Tigray regions": each listed name is a division of that kind. Not "departments" nor
# "states": "the Dayton and Toledo fire departments", "the Gulf and Baltic states".
_PLURAL_DIVISIONS = {
    "counties": "County",
    "parishes": "Parish",
    "provinces": "Province",
    "districts": "District",
    "governorates": "Governorate",
    "prefectures": "Prefecture",
    "regions": "Region",
}
_LISTED_NAME = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}"
_LISTED_DIVISIONS = re.compile(
    rf"\b({_LISTED_NAME}(?:(?:,| and|, and|,? or|,? &| to| through) {_LISTED_NAME})+)"
    rf" ({'|'.join(_PLURAL_DIVISIONS)})\b"
)
_LIST_SEPARATOR = re.compile(r",? and |,? & |,? or |, | to | through ")
_LIST_ITEM = r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}"
_NAME_LIST = re.compile(rf"{_LIST_ITEM}(?:(?:,|,? and|,? or|,? &) {_LIST_ITEM})+")
# A title before a one-word name the NER took for a person: a person after all.
_TITLE_BEFORE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sen|Rep|Gov|Gen|Col|Capt|Lt|Sgt|Prof|Rev|Judge|Justice|President"
    r"|Minister|Coach|Officer|Deputy|Chief)\.?\s+$"
)


def listed_division_names(text: str) -> list[tuple[int, int, str, str]]:
    """Names listed before a plural division word ("Mahaska, Keokuk and Jasper Creek
    counties", "Linn or Jones counties"): (start, end, name, the division word in the
    singular: "County")."""
    pieces: list[tuple[int, int, str, str]] = []
    for m in _LISTED_DIVISIONS.finditer(text):
        word = _PLURAL_DIVISIONS[m.group(2)]
        offset = m.start(1)
        for part in _LIST_SEPARATOR.split(m.group(1)):
            offset = text.index(part, offset)
            start, name = offset, part
            first, _, rest = name.partition(" ")
            if rest and first.casefold() in FUNCTION_WORDS:  # "In Mahaska": the first name
                start, name = start + len(first) + 1, rest
            pieces.append((start, start + len(name), name, word))
            offset += len(part)
    return pieces


def name_lists(text: str) -> list[list[tuple[int, int]]]:
    """The (start, end) of each name in each list of capitalised names ("Oskaloosa, Pella
    and Winterset", "Idaho and Washington"), a leading function word left out."""
    lists = []
    for m in _NAME_LIST.finditer(text):
        items = []
        offset = m.start()
        for part in _LIST_SEPARATOR.split(m.group()):
            start = text.index(part, offset)
            offset = start + len(part)
            first, _, rest = part.partition(" ")
            if rest and first.casefold() in FUNCTION_WORDS:  # "In Pella": the list's first name
                start, part = start + len(first) + 1, rest
            items.append((start, start + len(part)))
        lists.append(items)
    return lists


def listed_with_places(text: str, places: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """(start, end) of the names in lists ("Oskaloosa, Pella and Winterset") one of whose
    names is one of `places` (the NER's) or a country's, or that a locative word opens
    ("in Pella and Winterset", "from the Pella and Winterset"): the others are places
    too, as the preposition governs every name it is coordinated with."""
    out: set[tuple[int, int]] = set()
    for items in name_lists(text):
        opened = _CUE_BEFORE.search(text[max(0, items[0][0] - 40) : items[0][0]])
        if opened or any(i in places or countries.by_name(text[i[0] : i[1]]) for i in items):
            out.update(items)
    return out


def lone_name(mention: Mention, mentions: tuple[Mention, ...], text: str) -> bool:
    """A one-word name the NER took for a person that no person of the text bears (no
    "Jane Ottumwa", no "Mr. Ottumwa"): as likely a town as a person, so it is
    judged as any capitalised name is."""
    before = text[max(0, mention.start - 12) : mention.start]
    if " " in mention.text or _TITLE_BEFORE.search(before):
        return False
    if _given_name_before(mention.text, text):
        return False
    return not any(
        m.label == "PERSON" and " " in m.text and mention.text in m.text.split() for m in mentions
    )


def _given_name_before(name: str, text: str) -> bool:
    """Whether the text gives the name somewhere as the last word of a person's full name
    the NER did not mark ("Ngozi Kelvin said", "for Tamsin Kelvin."): a capitalised word
    before it inside a sentence, no word that opens a place's name or a sentence's ("North",
    "Fort", "The"), and no capitalised word after it ("Harlow Kelvin Company")."""
    for m in re.finditer(rf"(?<=[a-z,;:] )([A-Z][a-z]+) {re.escape(name)}\b(?![ -][A-Z])", text):
        if m.group(1).casefold() not in _NOT_GIVEN:
            return True
    return False


# Capitalised words before a name that are no one's given name: a place's name opens with
# them ("North X", "Fort X", "Lake X"), or a date's ("Sunday X Police").
_NOT_GIVEN = FUNCTION_WORDS | frozenset(
    """north south east west northern southern eastern western central upper lower new old
    fort port mount lake saint san santa st great little big grand greater metro downtown
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december""".split()
)


_NEXT_NAME = re.compile(r",\s*(?:the\s+)?([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})")


def country_follows(text: str, end: int) -> bool:
    """ "X, Iraq": a name followed by a country's name is a place inside that country
    ("Rebels raided Sibi, Baluchistan, Pakistan"), whatever the NER thought of it."""
    m = _NEXT_NAME.match(text, end)
    if m is None or text.startswith(("'s", "’s"), m.end()):
        return False
    words = m.group(1).split()
    return any(countries.by_name(" ".join(words[:n])) for n in range(len(words), 0, -1))


def party_seat(text: str, start: int) -> bool:
    """ "D-Ottumwa", "(R-Ottumwa)": a legislator's home town or county."""
    return bool(_PARTY_BEFORE.search(text[max(0, start - 5) : start]))


def residence(text: str, start: int) -> bool:
    """Whether a name follows a person's name and "of" ("Jane Doe of X", "Jane Doe, 41,
    of X"): where the person lives, a place even when it closes a run of capitalised
    words that makes it look like a piece of a longer name ("Jane Doe of X")."""
    return bool(_RESIDENCE_BEFORE.search(text[max(0, start - 40) : start]))


def bylines(text: str) -> list[tuple[int, int]]:
    """(start, end) of the writers' names in bylines in capitals ("BY JANE DOE Staff
    Writer"): a person's name, never a place."""
    return [m.span(1) for m in _BYLINE.finditer(text)] if "BY " in text else []


def has_cue(text: str, start: int, end: int) -> bool:
    """Whether the words around a name say it is a place: "in X", "the town of X", "a
    village called X", "X province", "X Town Council", "the X Public Library", "X,
    <country>", "D-X", "Jane Doe, 41, of X", a dateline."""
    before = text[max(0, start - 40) : start]
    return bool(
        _CUE_BEFORE.search(before)
        or _RESIDENCE_BEFORE.search(before)
        or country_follows(text, end)
        or state_follows(text, end)
        or party_seat(text, start)
        or _CUE_AFTER.match(text, end)
        or _IN_DIVISION.match(text, end)
        or dateline(text, start, end)
    )


_DATELINE_AFTER = re.compile(r"(?:,\s*[A-Z][\w.]*)?\s*(?:—|–|-|\()")


def dateline(text: str, start: int, end: int) -> bool:
    """A capitalised name opening a line before a dash: "ROSWELL - A man ...", or
    after the story's date ("March 3, 2009 ROSWELL -- A man ...")."""
    line_start = start == 0 or text[max(0, start - 2) : start].rstrip(" ")[-1:] in ("\n", ".")
    line_start = line_start or bool(_AFTER_YEAR.search(text, max(0, start - 6), start))
    return line_start and text[start:end].isupper() and bool(_DATELINE_AFTER.match(text, end))


_AFTER_YEAR = re.compile(r"\b(?:19|20)\d\d\s+$")  # a dateline after the story's date


# A town's own institutions after its name ("the Ottumwa City Council", "Pella Elementary
# School", "the Oskaloosa Police Department"): no country or province has these.
_TOWN_BODY = re.compile(
    r"\s+(?:town\s+council|city\s+council|board\s+of\s+(?:education|selectmen|aldermen)"
    r"|selectmen|(?:high|middle|elementary)\s+school|public\s+(?:schools|library)"
    r"|(?:independent|unified|consolidated)\s+school\s+district"
    r"|police\s+department|fire\s+department|volunteer\s+fire|mayor)\b",
    re.IGNORECASE,
)


# A person's name and age before a name: "Jane Doe, 41, Ottumwa" (AP style), her home town.
_NAME_AND_AGE_BEFORE = re.compile(r"[A-Z][\w'’-]*,\s+\d{1,3},\s+(?:of\s+)?$")


def names_a_town(text: str, start: int, end: int) -> bool:
    """Whether a name is a town's by what follows it ("X City Council", "X Elementary
    School"), by opening a dateline ("OTTUMWA — ") or by following a person's name and
    age ("Jane Doe, 41, Ottumwa": where she lives)."""
    opens_dateline = dateline(text, start, end) and not text.startswith("-", end)  # "U.S.-led"
    home = _NAME_AND_AGE_BEFORE.search(text[max(0, start - 40) : start])
    return bool(_TOWN_BODY.match(text, end)) or opens_dateline or bool(home)


# Marks of American local news, whatever places it names: "Linn County", a sheriff's
# office, "Gov."/"Sen."/"Rep." before a name, a party tag ("R-"), a dollar sum, a ZIP
# code, a numbered US road ("Interstate 80", "County Road 12"), a township, "percent",
# an elementary school or selectmen, the state legislature or a state department, a
# street address or a date as AP style abbreviates them, a city hall, a councilman, a
# law enforcement center, American spelling ("neighborhood", "center").
_US_LOCAL = tuple(
    re.compile(pattern)
    for pattern in (
        r"\b[A-Z][a-z]+ County\b(?! (?:Council|Hall)\b)",
        r"\b[Ss]heriff['’]?s? (?:[Oo]ffice|[Dd]epartment)\b",
        r"\b(?:Gov|Sen|Rep|Del|Assemblyman|Assemblywoman)\.? [A-Z][a-z]",
        r"\b[RD]-[A-Z][a-z]",
        r"\$\d",
        r"\b[A-Z]{2},? \d{5}(?:-\d{4})?\b",
        r"\b(?:Interstate|I-|U\.S\. Route|U\.S\. Highway|County Road|State Route) ?\d",
        r"\b[A-Z][a-z]+ Township\b",
        r"\b\d+(?:\.\d+)? percent\b",  # "per cent" in British and Commonwealth copy
        r"\b(?:[Ee]lementary|[Mm]iddle) [Ss]chool\b|\b[Ss]electmen\b|\bPublic Works\b",
        r"\bstate (?:Department|Legislature|Senate|House|Capitol|Attorney General)\b"
        r"|\bstate (?:law|laws|lawmakers|legislators|agency|agencies|ethics|budget|troopers?)\b"
        r"|\bstatewide\b",
        # a street address as AP style abbreviates it: "1200 E. Broad St.", "40 Elm Ave."
        r"\b\d{1,5} (?:[NSEW]\. )?(?:[A-Z][a-z]+ ){1,2}(?:St|Ave|Blvd|Rd|Dr|Ln|Hwy|Pkwy)\.",
        # AP style dates and times: "Jan. 5", "Sept. 12", "7 p.m."
        r"\b(?:Jan|Feb|Aug|Sept|Oct|Nov|Dec)\. \d{1,2}\b|\b\d{1,2}(?::\d\d)? [ap]\.m\.",
        # a city's own bodies and officers as American copy names them
        r"\b(?:City Hall|Police Department|Fire Department|[Ss]chool (?:[Bb]oard|[Dd]istrict))\b"
        r"|\b(?:Council(?:man|woman)|Alderman|Alderwoman|Selectman|Selectwoman|Freeholder)\b"
        r"|\b[Ll]aw [Ee]nforcement (?:[Cc]enter|[Aa]gency|[Aa]gencies|[Oo]fficers?)\b",
    )
)
# Only the marks whose literal words occur in the text are looked for (`prefilter`: most
# texts hold few, and one pass finds them in a fraction of the time the searches take).
_US_LOCAL_FILTER = PatternFilter(_US_LOCAL)
# American spelling, which British and Commonwealth copy does not use (looked for only
# where one of the stems occurs: most texts have none, and the search is the slow part).
_US_STEMS = ("neighbor", "aluminum", "theater", "favorite", "color", "honor", "center")
_US_SPELLING = re.compile(
    r"\b(?:[Nn]eighbor(?:s|hood|hoods|ing)?|[Aa]luminum|[Tt]heater|[Ff]avorite"
    r"|[Cc]olor(?:s|ful|ed)?|[Hh]onor(?:s|ed)?|[Cc]enters?)\b"
)
US_LOCAL_MIN = 2  # kinds of marks a text needs before it is taken for American news


def us_local_marks(text: str) -> int:
    """How many kinds of marks of American local news the text shows."""
    marks = sum(1 for i in _US_LOCAL_FILTER.candidates(text) if _US_LOCAL[i].search(text))
    low = text.lower()
    return marks + int(any(stem in low for stem in _US_STEMS) and bool(_US_SPELLING.search(text)))


# A street word after a name, maybe after one or two more capitalised words of the
# street's name: "Memphis St.", "Francis Street", "South Main St.", "North Cooper Street",
# "Tucson Drive".
_STREET_AFTER = re.compile(
    r"(?: (?!(?:County|Parish|City|Township)\b)[A-Z][a-z]+){0,2}"
    r" (?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Lane|Ln\.|Parkway|Pkwy\.|Pike|Drive)"
    r"(?! [A-Z][a-z]| ?\d)"  # not "St. Paul", nor "Mahnomen County Road 3" (the county's)
)


# A generic word that names no place, before a facility ("the Central Business District",
# "Central Police Station", "the Main Market"): the phrase is a part of some town, which
# the word does not say; a name of its own before one ("Harbor Police Station") does.
_GENERIC_WORD = re.compile(  # the whole name: not "Kansas City" before "Police Station"
    r"(?:^|[^A-Za-z\s]|\b[a-z][\w'’-]*)\s*(?:Central|Main|Old|New|Upper|Lower|Northern"
    r"|Southern|Eastern|Western|North|South|East|West|Town|City)$"
)
_FACILITY_AFTER = re.compile(
    r" (?:Business (?:District|Centre|Center|Area)|Police (?:Station|Post)|Market|Prison"
    r"|Bus (?:Park|Station|Terminus|Stage)|Hospital|Mosque|Church|Stadium)\b"
)


def street_name(text: str, end: int) -> bool:
    """Whether a name is a street's ("2517 Memphis St.", "on Francis Street", "207 South
    Main St."), which says nothing of the town it names; not "St. Paul" after a name, nor
    a county's road ("Mahnomen County Road 3"). So is a generic word before a facility
    ("the Central Business District"): the phrase is a part of some town, not a place."""
    if _STREET_AFTER.match(text, end):
        return True
    return bool(_FACILITY_AFTER.match(text, end) and _GENERIC_WORD.search(text, 0, end))


# A lake's, a mountain's or a river's name around a place's ("Lake Victoria", "Mount
# Elgon", "the Niger River", "Murchison Falls"): the feature is no town, and the town or
# division bearing its name may be a continent away.
_FEATURE_BEFORE = re.compile(r"(?:\bLake|\bMount|\bMt\.?|\bRiver) $")
_FEATURE_AFTER = re.compile(r" (?:River|Falls|Mountains?|Hills|Lakes?|Gorge|Delta|Basin)\b")
# A virus or a fever named after the place it was first found ("the Pella virus", "South
# Pella virus", "Pella haemorrhagic fever"): the pathogen, wherever it now spreads.
_PATHOGEN_AFTER = re.compile(
    r"(?:[ -][A-Z][a-z]+)?(?: ha?emorrhagic)? (?:virus|ebolavirus|fever)\b"
)


def feature_name(text: str, start: int, end: int) -> bool:
    """Whether the name is part of a natural feature's or a pathogen's name (see above)."""
    return bool(
        _FEATURE_BEFORE.search(text, max(0, start - 6), start)
        or _FEATURE_AFTER.match(text, end)
        or _PATHOGEN_AFTER.match(text, end)
    )
