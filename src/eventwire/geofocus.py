"""The countries a text is about ("focus"), from the votes of its names and demonyms.

Each distinct name votes once: a country's own name 1, a demonym 0.5, a name found in
only one country 0.5 (0.25 when only string matching found it, by own names only), an
ambiguous NER place 0.1 for its favourite; an actor's country ("U.S.-backed", "Russian
warplanes") and people's nationality ("Polish tourists", `names_people`) 0.05; a
country's name that is also a state's elsewhere ("Georgia") 0.25 to each; a text with
the marks of American local news 0.5 to the US; a first-level division's own name found
in one country's divisions only ("Ontario") 0.5 where another name of the text is a
town's own there (`_division_votes`). `geo` reads the votes of a span's other names as
shares of the strongest (`focus`) and as the countries voted for firmly (`firm`).
`names_people`: a demonym giving people's, things' or an actor's nationality ("Chinese
workers", "Somali bandits", "Ugandan rebels"), which `actors.focus_country` does not
count: foreigners are named by nationality wherever they are. `names_place`: a demonym
qualifying a place ("a Kenyan village"), which does."""

from __future__ import annotations

import re

from eventwire.records import Place
from eventwire.toponym_cues import US_LOCAL_MIN, us_local_marks
from eventwire.toponyms import MODIFIER_AFTER, Span

__all__ = [
    "country_names",
    "firm",
    "focus",
    "names_people",
    "names_place",
    "sum_votes",
    "votes",
]

Vote = dict[str, float]  # country code -> weight

_SHARED_NAME_VOTE = 0.25  # a country's name that is also a division's elsewhere, to each
_US_LOCAL_VOTE = 0.5  # a text marked as American local news: like a demonym
_DIVISION_VOTE = 0.5  # a division's own name, found in one country's divisions, others agreeing
# (half that, `_SHARED_NAME_VOTE`, when only string matching found it)
_MODIFIER_VOTE = 0.05  # a country named only as an actor says little about where things are

# After a demonym that gives people's nationality ("Chinese workers", "a Somali national",
# "British tourists") or a cuisine ("a Thai restaurant"): foreigners and their food are
# named by nationality wherever they are, so the demonym says who or what they are, not
# where the text is.
_PEOPLE_AFTER = re.compile(
    r"\s+[\"'“‘]?(?:[A-Za-z]+\s+)?(?:nationals?|citizens?|workers?|labou?rers|tourists?|visitors?"
    r"|travell?ers?|traders?|businessm[ae]n|investors?|engineers?|contractors?|expatriates?"
    r"|migrants?|immigrants?|refugees?|asylum[- ]seekers?|students?|teachers?|doctors?"
    r"|nurses?|missionar(?:y|ies)|priests?|nuns?|clerics?|preachers?|journalists?|reporters?"
    r"|volunteers?|aid\s+workers?|herders?|herdsm[ae]n|pastoralists?|fishermen|farmers?"
    r"|raiders?|bandits?|militants?|militias?|militiam[ae]n|gunm[ae]n|rebels?|insurgents?"
    r"|jihadists?|fighters?|attackers?|assailants?|youths?|m[ae]n|wom[ae]n|boys?"
    r"|girls?|child(?:ren)?|famil(?:y|ies)|couple|people|residents?|MPs?|lawmakers?"
    r"|politicians?|opposition\s+leaders?|activists?|athletes?|drivers?|truckers?|crew"
    r"|compan(?:y|ies)|firms?|contractors?|vehicles?|trucks?|lorr(?:y|ies)|buses|cars|ships?"
    r"|vessels?|boats?"
    # a cuisine, served anywhere: "a Thai restaurant", "Mexican food"
    r"|[Rr]estaurants?|[Cc]uisine|[Ff]ood|dishes|cooking|[Cc]af[eé]s?|[Bb]aker(?:y|ies)"
    r"|takeaways?)\b",
)
# "a Lebanese-owned shop", "the Kurdish-majority district", "the Ethiopian community":
# the demonym says whose the place is, not which country it lies in.
_OWNED_AFTER = re.compile(
    r"(?:-|\s+)(?:owned|run|dominated|populated|majority|inhabited|speaking|born)\b"
    r"|\s+(?:community|communities|diaspora|minority|origin|descent)\b"
)
# A demonym before a place noun says where things are ("a Kenyan village", "on Ugandan soil").
_PLACE_AFTER = re.compile(
    r"\s+(?:border\s+)?(?:village|villages|town|towns|city|soil|territory|side|county|district"
    r"|province|region|camp|border|waters|airspace)\b"
)


def votes(spans: list[Span], demonyms: list[Place], text: str) -> list[Vote]:
    """Each span's vote for the countries the document is about; demonyms' vote last.

    Country names weigh 1, demonyms 0.5, a name found in only one country 0.5 (0.25
    when only string matching found it), an ambiguous NER place 0.1 for its top one.
    A country or demonym naming an actor ("U.S.-backed", "Russian warplanes"), or a
    demonym giving people's nationality ("Polish tourists"), weighs 0.05;
    a country's name that is also a state's elsewhere ("Georgia") 0.25 to each country;
    a text with the marks of American local news ("Linn County", "percent") 0.5 to the US.
    """
    votes: list[dict[str, float]] = []
    for span in spans:
        vote: dict[str, float] = {}
        top = span.matches[0]
        least = 1 if span.ner or span.cue else 2  # string matching alone: own names only
        codes = {m.entry.country_code for m in span.matches if m.quality >= least} - {""}
        state = _state_of_same_name(span)
        if top.entry.feature_code == "PCLI" and top.quality >= 1 and state is not None:
            vote = {top.entry.country_code: _SHARED_NAME_VOTE, state: _SHARED_NAME_VOTE}
        elif top.entry.feature_code == "PCLI" and top.quality >= 1:
            vote[top.entry.country_code] = _MODIFIER_VOTE if span.modifier else 1.0
        elif len(codes) == 1:
            vote[codes.pop()] = 0.5 if span.ner else 0.25
        elif codes and span.ner:
            vote[top.entry.country_code] = 0.1
        votes.append(vote)
    _division_votes(spans, votes)
    people: dict[str, float] = {}
    for place in demonyms:
        weight = _MODIFIER_VOTE if names_people(text, place) else 0.5
        people[place.entry.country_code] = people.get(place.entry.country_code, 0.0) + weight
    if us_local_marks(text) >= US_LOCAL_MIN:
        people["US"] = people.get("US", 0.0) + _US_LOCAL_VOTE
    votes.append(people)
    return votes


def _division_votes(spans: list[Span], votes: list[Vote]) -> None:
    """A first-level division's own name, borne by a division in one country only and
    by towns elsewhere ("Ontario"), votes for its country as a name found only there
    would, where the text's other names agree: another name the NER or a cue put
    forward is a town's own there ("London" beside "Ontario"; not "South" beside
    "North"). Otherwise it keeps an ambiguous name's vote."""
    held = [  # the countries of the towns bearing a name the NER or a cue put forward
        {m.entry.country_code for m in span.matches
         if m.quality == 2 and m.entry.feature_class == "P"} if span.ner or span.cue else set()
        for span in spans
    ]  # fmt: skip
    for i, span in enumerate(spans):
        country = _division_country(span)
        if country is None or votes[i].get(country, 0.0) >= _DIVISION_VOTE:
            continue
        name = span.text.casefold()
        if any(country in held[j] for j, other in enumerate(spans)
               if other.text.casefold() != name):  # fmt: skip
            votes[i] = {country: _DIVISION_VOTE if span.ner or span.cue else _SHARED_NAME_VOTE}


def _division_country(span: Span) -> str | None:
    """The country of the division whose own name a span's top candidate is, when
    no other country has a division of that own name ("Central", "Eastern" have many)."""
    top = span.matches[0]
    if top.entry.feature_code != "ADM1" or top.quality != 2:
        return None
    divisions = {m.entry.country_code for m in span.matches
                 if m.quality == 2 and m.entry.feature_code in {"ADM1", "PCLI"}}  # fmt: skip
    return top.entry.country_code if len(divisions) == 1 else None


def country_names(spans: list[Span], names: list[str]) -> dict[str, str]:
    """The text's names that are countries' own names (not an actor's "U.S.-backed"),
    with their countries' codes."""
    return {
        name: span.matches[0].entry.country_code
        for span, name in zip(spans, names, strict=True)
        if span.matches[0].entry.feature_code == "PCLI" and span.matches[0].quality == 2
        and not span.modifier
    }  # fmt: skip


def _state_of_same_name(span: Span) -> str | None:
    """The country of a first-level division whose own name a country's name also is
    ("Georgia"): such a name says little about which of the two the text is about."""
    country = span.matches[0].entry.country_code
    return next(
        (
            m.entry.country_code
            for m in span.matches[1:]
            if m.entry.feature_code == "ADM1" and m.quality == 2 and m.entry.country_code != country
        ),
        None,
    )


def sum_votes(votes: list[dict[str, float]]) -> dict[str, float]:
    total: dict[str, float] = {}
    for vote in votes:
        for code, weight in vote.items():
            total[code] = total.get(code, 0.0) + weight
    return total


def focus(total: dict[str, float], own: dict[str, float]) -> dict[str, float]:
    """Focus countries seen from one span (its own vote left out), as shares of the
    strongest. Weights are absolute below 0.5 (a demonym's vote): a focus resting only on
    a weak vote ("Russian warplanes") stays weak instead of becoming the whole focus."""
    weights = {code: w - own.get(code, 0.0) for code, w in total.items()}
    scale = max(max(weights.values(), default=0.0), 0.5)
    return {code: w / scale for code, w in weights.items() if w > 1e-9}


def firm(total: dict[str, float], own: dict[str, float]) -> frozenset[str]:
    """Focus countries the rest of the text votes for with a weight of 1 or more (a
    country's name, two names found only there): a candidate there outweighs a big
    city elsewhere ("Berlin" in a story about Connecticut towns)."""
    return frozenset(code for code, w in total.items() if w - own.get(code, 0.0) >= 1.0)


def names_people(text: str, demonym: Place) -> bool:
    """Whether a demonym gives the nationality of people or of an actor ("Chinese
    workers", "Somali bandits", "Ethiopian troops"), not the country a text is about."""
    end = demonym.end
    return bool(
        _PEOPLE_AFTER.match(text, end)
        or MODIFIER_AFTER.match(text, end)
        or _OWNED_AFTER.match(text, end)
    )


def names_place(text: str, demonym: Place) -> bool:
    """Whether a demonym qualifies a place ("a Kenyan village", "on Ugandan soil"): it
    says where the event was, as firmly as a place name of that country."""
    return bool(_PLACE_AFTER.match(text, demonym.end))
