"""Victims the parser hangs in unusual places, and tolls told without a figure
(`tollsyntax`, through `tolls.fatalities`), on hand-written sentences."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire import tollreports, tolls, tollsyntax


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        # a headline's bare singular subject of a death verb with no object
        ("Fisherman killed near the pier by masked men.", 1),
        ("Customs officer slain at checkpoint during dispute over fees.", 1),
        ("Bank guard shot dead while opening the vault", 1),
        # a clause before the verb is the headline's first part
        ("Troops repel raid on depot; raider shot dead", 1),
        # a copula carries the death
        ("The shopkeeper is dead and three customers are hurt after the robbery.", 1),
        # a reporting verb takes the death as its infinitive
        ("Nine miners are believed to have been killed in the ambush on the convoy.", 9),
        # verbs in a row share the passive subject
        ("Two hostages were bound, stabbed and beheaded by their captors.", 2),
        ("A cyclist was hit by a stray bullet and died in hospital.", 1),
        # a figure the parser hangs on the verb
        ("Rebels storm the town and slay 4", 4),
        # a participle with a subject of its own shares no passive subject
        ("About 2,000 residents were displaced in Jos, 11 people killed and four injured.", 11),
        # "who died" is the noun its clause describes, when that noun is this event's
        ("Troops shot a rebel commander, who died later in hospital.", 1),
        # a phrase between "were" and the participle, the participle hung on it
        ("Four herders were during the early morning hours killed by bandits near Gusau.", 4),
        # "shot" the tagger took for a noun after a day set before it
        ("Three constables were Sunday evening shot dead by gunmen in Maiduguri.", 3),
        # "shot dead X": the object under "dead"
        ("The guard shot dead the driver at the gate.", 1),
        ("Snipers shoot 1 sentry dead and wound another.", 1),
        # a pronoun victim
        ("When the suspect fled, he was chased and killed by a mob.", 1),
    ],
)
def test_victims_beyond_subject_and_object(model: Any, text: str, deaths: int) -> None:
    assert tolls.fatalities(model(text)) == deaths


def test_the_victims_own_death_in_a_relative_clause_is_no_deed_of_his(model: Any) -> None:
    doc = model("Troops shot a rebel commander, who died later in hospital.")
    shot = next(t for t in doc if t.lower_ == "shot")
    assert tolls.fatalities(doc, shot) == 1


def test_a_counted_fatality_is_a_death_and_a_bare_one_no_figure(model: Any) -> None:
    told = "Herders fought militia near Bama, leaving one fatality among the herders."
    assert tolls.fatalities(model(told)) == 1
    assert tolls.fatalities(model("Fatalities were reported.")) is None


def test_a_headline_victim_the_tagger_took_for_an_adjective(model: Any) -> None:
    assert tolls.fatalities(model("Bandits raid farm near Gusau and kill civilian")) == 1


def test_who_died_of_a_noun_the_event_is_about_is_another_death(model: Any) -> None:
    assert (
        tolls.fatalities(model("Teachers marched in Cebu for a colleague who died in an accident."))
        is None
    )


def test_a_lynching_verb_the_tagger_takes_for_a_noun(model: Any) -> None:
    doc = model("A crowd lynches and stones a suspected pickpocket at the market.")
    assert [tollsyntax.death_lemma(t) for t in doc if t.lower_ == "lynches"] == ["lynch"]
    assert tolls.fatalities(doc) == 1


def test_a_killer_who_then_died_by_his_own_hand_counts(model: Any) -> None:
    text = "A guard shot dead his colleague before turning the gun on himself."
    assert tolls.fatalities(model(text)) == 2
    assert tollsyntax.killers_suicide("He later took his own life.") == 1
    assert tollsyntax.killers_suicide("Gunmen shot a trader in the leg.") == 0


@pytest.mark.parametrize(
    "text",
    [
        "A mine hit the truck, resulting in casualties among the crew.",
        "The shelling inflicted heavy casualties, officials said.",
        "Mortar fire on the barracks leaves many casualties.",
    ],
)
def test_deaths_of_unknown_number_code_ten(model: Any, text: str) -> None:
    assert tolls.fatalities(model(text)) == tollsyntax.UNKNOWN_TOLL


def test_no_casualties_is_still_none(model: Any) -> None:
    assert tolls.fatalities(model("The bomb went off without casualties.")) == 0


def test_the_event_subjects_own_deed_after_the_event_counts(model: Any) -> None:
    text = "Pirates seized the trawler after killing its captain."
    assert tolls.fatalities(model(text)) == 1
    # a deed of the one the event befell is its cause, not its toll
    assert not tolls.fatalities(model("A man was beaten by a mob after killing a trader."))


def test_the_people_a_total_counts_are_no_figure(model: Any) -> None:
    text = "The two were ambushed on their farm, bringing the number of people killed to five."
    assert tolls.fatalities(model(text)) is None


def test_a_later_span_spreads_the_toll_known() -> None:
    text = "The fighting raged over five days."
    assert tollreports.reconcile(20, None, text) == 4
    assert tollreports.reconcile(20, None, "The fighting took place near the well.") == 20
    assert tollreports.reconcile(0, None, text) == 0


def test_a_suicide_alone_is_no_killers_death(model: Any) -> None:
    text = "A guard in Kano tackled the bomber, killing himself."
    assert tolls.fatalities(model(text)) == 1
    assert (
        tolls.fatalities(model("Pupils marched in Cebu over a classmate who committed suicide."))
        is None
    )
    assert (
        tolls.fatalities(model("A sergeant stabbed a neighbour in Jos before committing suicide."))
        == 1
    )


def test_a_figure_a_source_denies_is_no_figure(model: Any) -> None:
    text = "The army denied claims that 20 civilians were killed in the strike near Mopti."
    assert tolls.fatalities(model(text)) is None


def test_casualties_a_side_had_are_of_unknown_number(model: Any) -> None:
    assert tolls.fatalities(model("The two militias had casualties near Mopti.")) == 10


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        ("On 14 May, three rustlers were kiled by police during a chase in the hills.", 3),
        ("Armed raid on a village. 12 killied including 5 children, 300 goats stolen.", 12),
        ("The herders were skilled fighters.", None),
    ],
)
def test_a_misspelt_killed_still_kills(model: Any, text: str, deaths: int | None) -> None:
    assert tolls.fatalities(model(text)) == deaths
