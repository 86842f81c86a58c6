"""Figures of the dead that the small parser hangs away from the death word
(`tollfigures`, through `tolls.fatalities`), on hand-written sentences."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire import tolls


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        # a figure right before a bare death participle
        ("Revenge attack after death of trader. 3 killed.", 3),
        # a figure that opens the victim phrase, hung inside it by the parser
        ("Thirty Nuer herders killed in raid on grazing camp", 30),
        ("Six police (or eight - local media) officers are killed when their truck hit a mine.", 6),
        # the dead as the subject of "found"
        ("Two women found killed near the quarry; motive unknown", 2),
        # a headline's counted subject of a reporting verb
        ("Herders attack a village and take goats; two guards wounded, three reported killed", 3),
        # a headline's bare subject shared by two verbs
        ("Council driver shot and killed.", 1),
        # "shot dead" with "dead" taken for an adverb
        ("Soldiers fired tear gas and shot dead a youth who was trying to flee the crowd.", 1),
        # "lynch" the tagger took for a noun
        ("A village mob lynch a theft suspect in the market.", 1),
        ("Crowd lynches boy accused of theft", 1),
        # "led to the death of one": the "of" phrase counts the dead
        ("A brawl between two herders near the well led to the death of one.", 1),
        # a figure before a participle the parser hung on the noun before
        ("Renewed ethnic clashes; four killed, no details of the victims", 4),
        # a name taken for an organisation, made a person by its apposition
        ("Karimi, a police colonel, was killed on June 3, 2014.", 1),
        ("Obeidi, a journalist, was killed on March 2, 2015.", 1),
        # a passive's subject lost across a dash: the counted phrase before "were"
        ("Bandits raided the Fulani camp near Gusau - 6 people were killed including two boys.", 6),
        # a participle hung on the last of a list of counted victims counts them all
        ("Troops battle bandits during patrol; one soldier and two bandit suspects killed", 3),
        # ... but not a counted noun with its own participle
        ("Seven farmers injured and one herder killed in attack near Mopti.", 1),
        # a participle the parser made a conjunct of the first victim
        ("Rioters burned tyres in Sokoto. 1 protester and 1 constable killed.", 2),
        # a figure right after the death verb that no noun follows
        ("Gunmen raided three villages near Zurmi, killing six and stealing goats.", 6),
        ("Bandits raided a market in Lokoja - soldiers responded shooting dead 5", 5),
        ("Gunmen killed 4 suspected informants in Gao.", 4),
        # a date told day first has its day: the number after the month is a figure
        ("14 Mar. 5 killed by gunmen near Sikasso", 5),
        ("03 Jun. 6 suspected bandits killed by troops in Katsina.", 6),
        # the figure of "three dead bodies" is the noun's, counted once
        ("Three dead bodies were found in a ditch outside Marawi.", 3),
        # a coder's list with slashes: the figure before the participle closing an item
        ("Gunmen raided the market - 4 killed/ 20 stalls burned.", 4),
        ("Night raid on a hamlet - 12 huts torched/ 3 were killed in the fires.", 3),
        # each item of the list its own dead, "shot" tagged a noun included
        ("Raid on a camp: 7 burnt to death inside huts/ 5 killed by spears/ 4 shot dead.", 16),
    ],
)
def test_figures_the_parser_hangs_elsewhere(model: Any, text: str, deaths: int) -> None:
    assert tolls.fatalities(model(text)) == deaths


def test_a_lynch_mob_is_a_noun_indeed(model: Any) -> None:
    assert not tolls.fatalities(model("A lynch mob attacked the police station."))


def test_counted_dead_hung_on_dead_after_left(model: Any) -> None:
    assert (
        tolls.fatalities(model("Clashes over pasture left five herders dead near the river.")) == 5
    )


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        ("3 killed (spears) during a night raid on the village.", 3),
        ("Two guards killed (pangas) at the depot gate.", 2),
    ],
)
def test_a_bracketed_aside_is_no_victim(model: Any, text: str, deaths: int) -> None:
    assert tolls.fatalities(model(text)) == deaths


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        ("4 traders killed in a bar plus 1 taxi driver and 3 passengers", 8),
        ("3 killed plus 4 injured in a raid near the well.", 3),  # the wounded do not count
        ("2 herders killed (plus 3 police counted apart) in Marsabit.", 2),  # an aside
    ],
)
def test_victims_plus_adds(model: Any, text: str, deaths: int) -> None:
    assert tolls.fatalities(model(text)) == deaths


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        ("Trader and outspoken critic of the county council Peter Otieno is shot dead.", 1),
        ("Farmer and son killed by raiders.", 2),
        ("A trader and his son were killed.", 2),
    ],
)
def test_two_bare_titles_before_a_name_are_one_man(model: Any, text: str, deaths: int) -> None:
    assert tolls.fatalities(model(text)) == deaths


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        # a name the parser made a second subject of the passive
        ("One of the gang leaders Kiprono was killed by police along with another man.", 2),
        # the subject of "believed"/"thought", which the parser took from the passive
        ("Late on Friday, a youth thought to be one of the robbers was shot dead in Machakos.", 1),
        ("A herder believed to be an army informer was shot dead by raiders near Marsabit.", 1),
    ],
)
def test_a_passive_subject_the_parser_misplaced(model: Any, text: str, deaths: int) -> None:
    assert tolls.fatalities(model(text)) == deaths


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        # the participle hung on the noun of a "with" phrase tells of the noun it describes
        ("Riots after Muslim preacher with ties to the militants killed by unknown group", None),
        ("A trader with links to the gang killed by police in Nakuru.", 1),
    ],
)
def test_a_participle_hung_inside_a_with_phrase(model: Any, text: str, deaths: int | None) -> None:
    assert tolls.fatalities(model(text)) == deaths
