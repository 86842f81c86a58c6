"""Reports the coder used to find no event in: an incident named in general terms
(`incidentnouns`), a deed joined to a foiling, blows and explosives told in words the
lexicon lacked, and a past date held by another clause (`clausedates`). Sentences are
written by the team and parsed by the real spaCy model; the non-events next to them
must stay non-events."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from spacy.tokens import Doc

from eventwire import triggers
from eventwire.clausedates import own_date
from eventwire.records import DocumentDate, Parse, TimeExpression, TimePrecision, When
from eventwire.timex import find_times
from test_subtypes import code, one

EXPLOSIONS = "Explosions/Remote violence"
VAC = "Violence against civilians"


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("Violence erupted in the town after the results were announced.", {"Riots"}),
        ("Election violence was reported in two villages on Sunday.", {"Riots"}),
        ("Ethnic violence broke out between the two villages.", {"Battles", "Riots"}),
        ("Gangs of youths committed acts of violence against traders.", {"Riots"}),
        ("Several people were injured during the violence in the market.", {"Riots"}),
        # disorder that broke out is a crowd's violence
        ("Chaos erupted at the tallying hall when agents disputed the count.", {"Riots"}),
        # told happening by its own relative clause, whatever the clause above aims at
        ("Officers were sent to calm the chaos that broke out at the tallying hall.", {"Riots"}),
    ],
)
def test_violence_reported_as_happening_is_an_event(model: Any, text: str, types: set[str]) -> None:
    assert one(model, text).event_type in types


@pytest.mark.parametrize(
    "text",
    [
        "No violence was reported.",
        "No incidents of violence were reported during the vote.",
        "Residents fled the violence in the north.",
        "Survivors of the violence met the governor.",
        "The minister condemned the violence.",
        "Violence has continued in the region for years.",
        "Domestic violence is common in the county.",
        "The new timetable caused chaos for commuters in the city.",
        "Leaders warned that violence could erupt after the vote.",
        "Leaders fear the violence that could erupt after the vote.",
        # a running toll is no incident
        "Officials say 40 people have died in the unrest since March.",
    ],
)
def test_violence_not_reported_as_happening_is_none(model: Any, text: str) -> None:
    assert code(model, text) == ()


def test_a_capitalised_plural_trigger_the_tagger_took_for_a_name_is_read(model: Any) -> None:
    assert one(model, "Killings reported near the river crossing outside the village.")


def test_a_violence_word_gives_way_to_a_telling_trigger(model: Any) -> None:
    event = one(model, "Gunmen killed two farmers during the post-election violence.")
    assert event.trigger == "killed"


def test_a_deed_joined_to_a_foiling_happened(model: Any) -> None:
    assert one(model, "Police foiled an attack and killed a gunman in the town.")


def test_a_threat_still_covers_its_joined_verbs(model: Any) -> None:
    assert code(model, "Militants threatened to attack and burn the village.") == ()


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Youths pelted the governor's convoy with stones on Tuesday.", "Riots"),
        ("A journalist was thrashed by guards outside the court.", VAC),
        ("Their vehicle set off an improvised explosive device near the border.", EXPLOSIONS),
        ("A bomb hidden in a cart went off near the market.", EXPLOSIONS),
        ("Protesters demand the resignation of the governor.", "Protests"),
        ("Gunmen sprayed the bus with bullets near the bridge.", VAC),
        ("Attackers poured acid on two teachers outside the school.", VAC),
        ("Two aid workers were seized from their house by gunmen.", VAC),
        ("Police fire on rioters in the slum.", "Riots"),
    ],
)
def test_words_the_lexicon_lacked(model: Any, text: str, event_type: str) -> None:
    assert one(model, text).event_type == event_type


DOC_DAY = date(2024, 3, 14)


def _when_of(text: str, phrase: str, value: date) -> When:
    start = text.index(phrase)
    expression = TimeExpression(start, start + len(phrase), phrase, value, TimePrecision.YEAR)
    return When(value, TimePrecision.YEAR, expression=expression)


@pytest.mark.parametrize(
    ("text", "phrase", "trigger", "kept"),
    [
        # the date belongs to a relative clause about someone else: today's protest
        (
            "Parents protested outside the station over two men who disappeared in 2019.",
            "in 2019",
            "protested",
            False,
        ),
        # the date is the trigger's own: history stays history
        ("Rebels captured the town in 2019 after a long siege.", "in 2019", "captured", True),
        # a clause describing the incident named by the trigger dates it
        ("The attack, which happened in 2019, killed five people.", "in 2019", "attack", True),
    ],
)
def test_own_date(model: Any, text: str, phrase: str, trigger: str, kept: bool) -> None:
    doc = model(text)
    token = next(t for t in doc if t.text == trigger)
    when = _when_of(text, phrase, date(2019, 1, 1))
    day = DocumentDate(DOC_DAY, "meta")
    result = own_date(when, token, Parse(0, 0, doc), day, lambda value, doc_date: True)
    assert (result is when) is kept
    if not kept:
        assert result.value == DOC_DAY and result.inferred


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # seizing a vehicle with the people aboard takes them
        ("Gunmen hijacked a minibus carrying eight passengers near the border.", "Abduction"),
        ("Suspected militants hijacked two lorries on the highway.", "Abduction"),
        # joined to an attack, the seizure is part of it
        ("Armed men attacked the village and hijacked two lorries.", "Attack"),
        # a headline's bare nouns: the parser hangs "hijack" on the attack's objects
        ("Armed bandits attack farm and hijack lorries", "Attack"),
    ],
)
def test_a_hijacking_is_an_event(model: Any, text: str, sub_event_type: str) -> None:
    assert one(model, text).sub_event_type.startswith(sub_event_type)


def test_a_title_case_headline_the_ner_took_for_a_name_is_read(model: Any) -> None:
    # the NER takes the whole capitalised line for an organisation's name
    assert one(model, "Ndarugu Boda Riders Protest Over Arrest of Their Chairman.").event_type == (
        "Protests"
    )
    # a name in running text stays a name
    assert not code(model, "He joined the Ndarugu Boda Riders Protest Committee last year.")


@pytest.mark.parametrize(
    "text",
    [
        "Renewed market violence - details unclear",
        "Election violence - no figures given",
    ],
)
def test_a_headline_noun_before_a_dash_and_a_note_is_an_incident(model: Any, text: str) -> None:
    # the parser takes the noun into the note after the dash ("violence details")
    assert one(model, text).event_type == "Riots"


def _note(model: Any, verb: str, lemma: str) -> Doc:
    """ "Two were killed (adds to the count)- details not <verb>": the parser's reading
    of such a note, the killing a clause under the negated verb of the coder's aside."""
    words = ["Two", "were", "killed", "(", "adds", "to", "count", ")", "details", "not", verb]
    heads = [2, 2, 4, 4, 10, 4, 5, 4, 10, 10, 10]
    deps = ["nsubjpass", "auxpass", "ccomp", "punct", "ccomp", "prep", "pobj", "punct", "nsubj"]
    deps += ["neg", "ROOT"]
    lemmas = ["two", "be", "kill", "(", "add", "to", "count", ")", "detail", "not", lemma]
    pos = ["NUM", "AUX", "VERB", "PUNCT", "VERB", "ADP", "NOUN", "PUNCT", "NOUN", "PART", "VERB"]
    return Doc(model.vocab, words=words, heads=heads, deps=deps, lemmas=lemmas, pos=pos)


def test_details_left_unknown_deny_nothing(model: Any) -> None:
    killed = _note(model, "specified", "specify")[2]
    assert triggers.is_asserted(killed)
    # a negated verb of another kind still denies what its clause governs
    assert not triggers.is_asserted(_note(model, "confirmed", "confirm")[2])


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a protest's grievance holds the past date: the protest takes the document's day
        (
            "Dockers marched in Kelvale against the sacking of their leader in 2021.",
            "marched",
            DOC_DAY,
        ),
        # ... or a date of the sentence's own
        (
            "Dockers marched in Kelvale on Monday against the sacking of their leader in 2021.",
            "marched",
            date(2024, 3, 11),
        ),
        # an event remembered holds the date
        ("Villagers held a vigil in Kelvale in memory of the floods of 1999.", "vigil", DOC_DAY),
        # the trigger's own date stays
        ("Gunmen killed a vendor in Kelvale in 2021.", "killed", date(2021, 1, 1)),
        ("Traders protested in Kelvale in 2021 over unpaid fees.", "protested", date(2021, 1, 1)),
    ],
)
def test_a_date_of_what_the_event_is_about_is_not_its_own(
    model: Any, text: str, trigger: str, expected: date
) -> None:
    doc = model(text)
    token = next(t for t in doc if t.text == trigger)
    times = find_times(text, DOC_DAY)
    last = times[-1]
    when = When(last.value, last.precision, expression=last)
    day = DocumentDate(DOC_DAY, "meta")
    result = own_date(when, token, Parse(0, 0, doc), day, lambda value, doc_date: True, times)
    assert result.value == expected


@pytest.mark.parametrize(
    "text",
    [
        "A rival beat him up with a hammer behind the hostel on Saturday, leaving him hurt.",
        "Guards caught the trader and beat him with sticks outside the depot.",
        "Officers tortured him in a cell at the station.",
    ],
)
def test_a_beating_of_someone_named_by_a_pronoun_is_an_attack(model: Any, text: str) -> None:
    assert one(model, text).event_type == VAC


@pytest.mark.parametrize(
    "text",
    [
        "The visiting side beat them 2-0 in the final on Saturday.",
        "Our club thrashed them last night.",
    ],
)
def test_a_win_over_someone_named_by_a_pronoun_is_no_event(model: Any, text: str) -> None:
    assert code(model, text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "A clinic was blown up with explosives by gunmen in the hill district, no casualties"
        " were reported.",
        "Rebels lobbed three mortar rounds at the ford, no deaths were reported.",
    ],
)
def test_a_deed_before_a_report_that_no_one_was_hurt_happened(model: Any, text: str) -> None:
    assert one(model, text)


def test_a_report_of_no_attack_is_still_none(model: Any) -> None:
    assert code(model, "Militants threatened to attack the town, no attack was reported.") == ()


@pytest.mark.parametrize(
    "text",
    [
        "A losing candidate threatens to quit outside the party offices as part of the"
        " demonstration over the vote.",
        "Clerks cooked porridge outside the bank as part of the week's pickets against the"
        " new rules.",
    ],
)
def test_what_a_deed_is_part_of_was_held(model: Any, text: str) -> None:
    # the clause above threatens or prepares; "as part of" tells the protest is on
    assert one(model, text).event_type == "Protests"


def test_a_plan_without_part_of_stays_a_plan(model: Any) -> None:
    assert not code(model, "The clerks plan a protest over the new rules next week.")
