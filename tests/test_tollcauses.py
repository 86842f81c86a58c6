"""Deaths that are not the event's toll (`tollcauses`, through `tolls.fatalities`), and
the main verbs the small parser hangs inside such a phrase, on hand-written sentences."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire import tolls


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        # "left ... dead" hung on the noun of an "over" phrase is the sentence's own toll
        ("Fighting over water points left at least three dead after a week of tension.", 3),
        # a past tense the parser joined to an infinitive inside a "against" phrase
        (
            "Riot police charged at vendors who were marching against the order to close"
            " the stalls and killed three of them in Kericho.",
            3,
        ),
    ],
)
def test_a_main_verb_hung_inside_a_cause_phrase_still_counts(
    model: Any, text: str, deaths: int
) -> None:
    assert tolls.fatalities(model(text)) == deaths


@pytest.mark.parametrize(
    "text",
    [
        "Residents rioted over an attack that left two dead.",
        "Residents rioted after gunmen stormed the market and killed two traders.",
        "Gunmen vowed to kill the chief.",
    ],
)
def test_a_cause_or_an_intent_is_still_no_toll(model: Any, text: str) -> None:
    assert not tolls.fatalities(model(text))


def test_dead_a_rally_honours_are_no_toll_of_the_rally(model: Any) -> None:
    text = "Supporters gathered for a rally to honour nearly 40 people killed by police in May."
    assert not tolls.fatalities(model(text))


def _word(doc: Any, text: str) -> Any:
    return next(t for t in doc if t.text == text)


def test_a_trigger_in_an_after_clause_gives_its_deaths_to_the_cause(model: Any) -> None:
    doc = model("Six kiosks were torched in the market after a hawker was killed on Friday night.")
    assert not tolls.fatalities(doc, _word(doc, "killed"))
    # the deaths of the main clause are the event's, whichever word triggered it
    doc = model("A hawker was killed in Kitale after gunmen attacked the market.")
    assert tolls.fatalities(doc, _word(doc, "attacked")) == 1
    # a killing that is itself the main clause keeps its toll
    doc = model("Gunmen killed two hawkers after they refused to pay.")
    assert tolls.fatalities(doc, _word(doc, "killed")) == 2


def test_a_trigger_in_an_after_clause_on_a_verb_of_no_event_is_the_news(model: Any) -> None:
    doc = model("Police sealed off the road in Mwingi after gunmen killed two bus passengers.")
    assert tolls.fatalities(doc, _word(doc, "killed")) == 2
    doc = model("Youths torched six kiosks in Mwingi after gunmen killed two bus passengers.")
    assert not tolls.fatalities(doc, _word(doc, "killed"))


def test_a_trigger_in_an_after_clause_on_an_arrest_is_the_news(model: Any) -> None:
    doc = model("A woman was arrested in Kelvale after she killed her husband.")
    assert tolls.fatalities(doc, _word(doc, "killed")) == 1


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        # what the victim was believed to have done, the parser taking it for the main verb
        (
            "Pupils in Kelvale attack and kill a porter they believed killed a classmate.",
            1,
        ),
        # taken for a clause of the event's verb: its subject is the victim, and counts
        ("Villagers lynched a man they suspected had killed a herder.", 1),
    ],
)
def test_a_deed_the_victim_was_believed_to_have_done_is_no_toll(
    model: Any, text: str, deaths: int
) -> None:
    assert tolls.fatalities(model(text)) == deaths


@pytest.mark.parametrize(
    ("word", "text", "deaths"),
    [
        # a trigger in what the victim is suspected or accused of: another incident's dead
        (
            "killed",
            "A porter suspected of taking part in an ambush that killed five herders was"
            " clubbed to death by traders.",
            1,
        ),
        (
            "killing",
            "A trader charged with killing two rangers was speared to death by herdsmen.",
            1,
        ),
        # held on suspicion: the killing suspected is the news
        (
            "killing",
            "Wardens detained a man suspected of killing three herders near the salt lick.",
            3,
        ),
    ],
)
def test_a_trigger_in_what_the_victim_is_suspected_of_gives_its_deaths_to_the_cause(
    model: Any, word: str, text: str, deaths: int
) -> None:
    doc = model(text)
    assert tolls.fatalities(doc, _word(doc, word)) == deaths
