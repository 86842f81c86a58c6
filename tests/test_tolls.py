"""Fatalities read from one sentence (`tolls`) and reconciled across sentences
(`tollreports`), on hand-written sentences: one test per rule."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire import tollreports, tolls, tollseries, triggers


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        # "gun down", "mow down" kill
        ("Officers gunned down four robbers outside the bank.", 4),
        ("A trader was gunned down in the market on Tuesday.", 1),
        # a headline's predicate with "is" dropped
        ("A roadside bomb hit a patrol. One soldier dead.", 1),
        # the "of" phrase of a death counts the dead
        ("A land dispute caused the death of two farmers.", 2),
        # a list-marker number is still a number
        ("3 die in fighting over a water point.", 3),
        # "left X shot dead": the one left so
        ("The raid left a shopkeeper shot dead.", 1),
        # a headline "bodies found" the parser takes for an auxiliary
        ("Seven bodies found - believed linked to the feud.", 7),
        # a participle the parser hangs off "was"
        ("A herder was on Sunday killed near the river by raiders.", 1),
        # a title and the name set beside it are one man
        ("The chief, John Kamau, was shot dead.", 1),
        ("A chief and John Kamau were killed.", 2),
        # "eliminated" said of fighters counts them; a unit is of unknown size
        ("The army said it had eliminated 14 militants near the border.", 14),
        ("Troops eliminated a unit of 12 rebel fighters.", 12),
        ("Troops eliminated a unit of rebel fighters.", None),
        # a figure after "at least" the parser hung on a compound of the victims' noun
        ("Besides the gunman, at least 11 village defence force members were killed.", 12),
        # a place the parser takes for a second object is no victim
        (
            "Militants executed four tax collectors in the Sera area, Numar governorate, Iraq.",
            4,
        ),
        # the victims the parser made the subject of their participle's clause
        (
            "Guards spotted and killed at least three suicide bombers driving explosive-packed"
            " vans toward a roadblock outside the village.",
            3,
        ),
        # a possessive is the one whose death it is, and no more dead when one is counted
        ("A guard hit the boy with a club, leading to his death two days later.", 1),
        ("A herder was speared by rustlers; her death angered the elders.", 1),
        # a headline's subject told by its age is the dead
        ("Eleven year old pupil killed.", 1),
        # "an unknown number" is no figure: the lowest credible toll counts none of them
        ("Two herders as well as an unknown number of bandits died in the shootout.", 2),
        ("An unknown number of rustlers died in the gunfight that followed.", None),
        # "KIA": killed in action
        ("Nine reportedly KIA.", 9),
        ("Two rangers were KIA when the outpost was overrun.", 2),
        # a figure revised in passing gives way to its revision
        ("A mine struck the truck, killing a crew of four (later found to be six) guards.", 6),
        ("Bandits shot dead three herders (later revised to two) near Kelvale.", 2),
        # each of counted killings is one death
        ("Two herders died in March, followed by 3 killings in a revenge raid.", 5),
        # "total" after a note's figure is no victim
        ("Villagers fought the gang near Kelvale: 9 killed total, 4 hurt", 9),
        # what a verb set apart by a semicolon, or one of having, takes is no victim
        ("Shopkeeper found dead behind his kiosk; had debts with moneylenders", 1),
        # a bare gerund after a headline's passive is what the dead were doing
        ("Riots over the fuel price; one man killed rioting", 1),
        ("Gunmen killed a darling of the crowd.", 1),
        # "to death" hung on the object, or on a headline's verb read as a noun
        ("A mob stoned a suspected robber to death in the village on Monday.", 1),
        ("Villagers stone suspected burglar to death", 1),
        # a noun of killing counts its "of" phrase, unless it is what an arrest is about
        # or only attempted
        ("Police reported the murder of a farmer near the market.", 1),
        ("Gunmen carried out the killing of a chief on Monday.", 1),
        ("Two men were arrested in connection with the murder of a trader.", None),
        ("A suspect in the attempted murder of a chief was released.", None),
        (
            "Nurses lined the main avenue on Friday protesting killing of porters in arson"
            " raids during the strike.",
            None,
        ),
        # a coder's note sets apart the figure told just before it, not others
        ("Clan fighting near the wells; police intervened killing 4 (coded separately).", None),
        ("Raiders killed 5 herders (coded separately) and police shot dead 3 raiders.", 3),
        ("2 herders killed (and 1 officer - coded separately) in the raid.", 2),
    ],
)
def test_deaths_the_parse_ties_to_a_figure(model: Any, text: str, deaths: int | None) -> None:
    assert tolls.fatalities(model(text)) == deaths


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        # animals and property are not fatalities
        ("The bandits shot dead a herder and also killed ten goats.", 1),
        # "the others" are the rest of a total already counted
        ("Twelve people were killed, four of them in their homes, the others in a church.", 12),
        # "fatalities" with no figure gives no figure
        ("Fatalities: 6 people were killed in the fighting.", 6),
    ],
)
def test_what_a_toll_does_not_count(model: Any, text: str, deaths: int) -> None:
    assert tolls.fatalities(model(text)) == deaths


def test_a_death_that_is_what_the_event_is_about_is_no_toll(model: Any) -> None:
    assert not tolls.fatalities(model("Traders protested the death of a hawker in custody."))


def test_a_more_reliable_report_against_a_claim_gives_the_lower_figure(model: Any) -> None:
    text = "The rebels claimed dozens killed, though hospital records indicate four dead."
    assert tolls.fatalities(model(text)) == 4


@pytest.mark.parametrize(
    ("told", "text"),
    [
        (1, "The army said only one soldier was killed."),
        (2, "Officials said just two people died."),
    ],
)
def test_a_corrected_lower_figure_wins(told: int, text: str) -> None:
    assert tollreports.reconcile(5, told, text) == told


def test_a_figure_not_yet_confirmed_does_not_raise_the_toll() -> None:
    text = "Nine people died, though the figure was not yet confirmed by the county."
    assert tollreports.reconcile(4, 9, text) == 4


def test_a_figure_told_again_still_takes_the_higher() -> None:
    assert tollreports.reconcile(2, 5, "Five people were killed in the blast.") == 5


@pytest.mark.parametrize(
    "text",
    [
        "Two guards were also killed in the blast.",
        "The gunmen also killed two guards.",
        "Two others were found dead in the next village.",
    ],
)
def test_deaths_told_as_also_add_to_the_known_toll(text: str) -> None:
    assert tollreports.reconcile(3, 2, text) == 5


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Nine people were killed over two days of fighting.", 2),
        ("Eleven died in clashes over a 36-hour period.", 2),
        ("Six were killed during a three-day siege.", 3),
        ("Four died in the past two days.", 2),
        ("Ten were killed following three days of clashes near Tumaco.", 3),
        ("Three were killed within hours of the vote.", 1),
        ("Two herders were shot dead on Sunday.", 1),
    ],
)
def test_the_days_a_toll_spans(text: str, days: int) -> None:
    assert tollseries.days_spanned(text) == days


def test_a_toll_over_several_days_is_one_days_share(model: Any) -> None:
    # ACLED spreads it over the days, the remainder on the first: 5 and 4
    assert tollseries.toll(model("Nine people were killed over two days of fighting."), 0) == 4
    assert tollseries.toll(model("Nine people were killed in the fighting."), 0) == 9


@pytest.mark.parametrize(
    "text",
    [
        "Mourners gathered at the bar, the site of a bombing which killed two men weeks earlier.",
        "Residents marched to the station where a hawker was shot dead two weeks ago.",
        "Traders protested at the market, where gunmen killed three people last month.",
    ],
)
def test_deaths_told_as_days_before_are_another_incidents(model: Any, text: str) -> None:
    assert not tolls.fatalities(model(text))


def test_a_killing_told_as_a_purpose_is_no_death(model: Any) -> None:
    text = "Two guards were shot dead as a mob stormed the station in Kayes to lynch two suspects."
    assert tolls.fatalities(model(text)) == 2
    assert tolls.fatalities(model("Soldiers went on to kill three fighters near Mopti.")) == 3


def test_a_later_sentence_with_no_figure_of_its_own_keeps_the_known_toll() -> None:
    assert tollreports.reconcile(2, 3, "Villagers caught the attackers and lynched them.") == 2
    assert tollreports.reconcile(1, 3, "The kidnapped guards were later found dead.") == 3
    assert tollreports.reconcile(3, 15, "Fifteen farmers were executed at the roadblock.") == 15


def test_a_headline_figure_of_the_dead_alone_counts(model: Any) -> None:
    assert tolls.fatalities(model("At least 9 dead.")) == 9


def test_an_intent_or_a_threat_is_no_death(model: Any) -> None:
    assert tolls.fatalities(model("Gunmen threatened to kill the villagers of Bama.")) is None
    text = "The raiders vowed to stay near Gao until they wipe out the herders."
    assert tolls.fatalities(model(text)) is None


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        # a figure set after a label, as terse notes give the toll
        ("FATALITIES: 2 - details not known.", 2),
        ("Deaths: four, according to the district office.", 4),
        # a label of the wounded is no toll
        ("Fatalities: none. Injured: 3.", None),
    ],
)
def test_a_labelled_toll(model: Any, text: str, deaths: int | None) -> None:
    assert tolls.fatalities(model(text)) == deaths


def test_a_labelled_toll_sentence_is_read() -> None:
    # "fatalities" alone marks a sentence worth parsing: it may give the toll
    assert triggers.is_candidate("Fatalities: 3 - actors not known.")


def test_a_killing_a_relative_clause_tells_as_alleged_is_another_incidents(model: Any) -> None:
    text = "Angry traders chased a youth who had allegedly murdered a shopkeeper near the depot."
    assert not tolls.fatalities(model(text))


def test_a_death_dated_the_previous_month_is_another_incidents(model: Any) -> None:
    text = "Relatives raided the clinic, saying four patients had died there in the previous month."
    assert not tolls.fatalities(model(text))


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        ("2 dead + 7 injured when gunmen raided a cattle post.", 2),
        ("3 killed, 4 injured in a raid on the market.", 3),
    ],
)
def test_the_wounded_listed_with_the_dead_do_not_count(model: Any, text: str, deaths: int) -> None:
    assert tolls.fatalities(model(text)) == deaths


def test_counted_bodies_are_dead_wherever_they_were_taken(model: Any) -> None:
    text = "Medics said 31 bodies were carried to the mortuary after the fighting."
    assert tolls.fatalities(model(text)) == 31


def test_shot_dead_before_a_dash(model: Any) -> None:
    text = "A relief worker was shot dead - motives are unknown/ no robbery was reported."
    assert tolls.fatalities(model(text)) == 1


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        # "along with" hung on the noun of the verb's own phrase
        ("The elder was killed in the blast along with two of his guards.", 3),
        # "together" and "with" as siblings of the verb, and "die" takes them too
        ("The driver died together with his two passengers.", 3),
    ],
)
def test_victims_killed_along_with_the_first(model: Any, text: str, deaths: int) -> None:
    assert tolls.fatalities(model(text)) == deaths


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        # the attackers who died count, told in an elliptical "as was" / "as did"
        ("Two guards were shot dead, as was one of the robbers.", 3),
        ("Two soldiers died, as did three of the gunmen.", 5),
        # an "as" clause of its own is no victim
        ("Two soldiers were killed, as was reported by the army.", 2),
    ],
)
def test_the_dead_of_an_elliptical_as_clause(model: Any, text: str, deaths: int) -> None:
    assert tolls.fatalities(model(text)) == deaths


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        # the dead the parser made a conjunct (or apposition) of the "in addition to"
        # phrase, with the attackers set beside them
        ("In addition to the gunman, four wardens, including their chief, were killed.", 5),
        ("Apart from the two gunmen, five villagers, including three teachers, were killed.", 7),
    ],
)
def test_the_dead_set_beside_the_attackers(model: Any, text: str, deaths: int) -> None:
    assert tolls.fatalities(model(text)) == deaths


@pytest.mark.parametrize(
    "text",
    [
        "A youth accused of stealing a phone was lynched by hawkers and nearly killed"
        " before he was rescued by officers.",
        "Villagers lynched a pickpocket in Ruiru; officers rescued him minutes before his death.",
    ],
)
def test_a_lynching_whose_victim_was_rescued_alive_kills_no_one(model: Any, text: str) -> None:
    assert tolls.fatalities(model(text)) == 0


def test_a_later_sentence_telling_the_one_victim_was_rescued_alive() -> None:
    rescued = "Officers rescued the trader shortly before death."
    assert tollreports.reconcile(1, None, rescued) == 0
    assert tollreports.reconcile(3, None, rescued) == 3  # one of several lived, not all
    assert tollreports.reconcile(1, None, "Officers rescued two hostages.") == 1


def test_one_conflicting_report_is_another_source_for_the_same_dead() -> None:
    text = "A conflicting report by a radio station gives four deaths among the guards."
    assert tollreports.reconcile(2, 4, text) == 2


def test_a_shot_dead_object_is_the_dead_not_the_subject(model: Any) -> None:
    text = "Armed raiders at a ranch shot dead a Norwegian near Isiolo on the evening of 03/11."
    assert tolls.fatalities(model(text)) == 1


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        (
            "Fishermen in Usenge have found four bodies tied in sacks.The four were from Bondo"
            " but their bodies were found on a beach.",
            4,
        ),
        ("Gunmen killed two guards at the gate; the victims were slain at close range.", 2),
        ("The victims were killed at close range.", 3),  # named alone: a bare plural
    ],
)
def test_the_dead_named_again_are_not_more_dead(model: Any, text: str, deaths: int) -> None:
    assert tolls.fatalities(model(text)) == deaths


def test_bodies_pulled_from_a_river_are_dead(model: Any) -> None:
    assert tolls.fatalities(model("Three bodies were pulled out of a dam outside Voi.")) == 3


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Six people were killed and 31 wounded in two grenade attacks on a bus depot.", 2),
        ("Twelve were killed in 3 raids on the camps.", 3),
        ("He was wounded in 2014 attacks on the border post.", None),  # a year, no count
        # this incident and others: "this" counts one
        ("Eleven people died during this and four other raids on the valley.", 5),
        ("Two guards lost their lives in this and another similar raid.", 2),
        ("Between this ambush and a later blast, nine people died.", 2),
    ],
)
def test_a_toll_told_for_a_counted_number_of_attacks_is_shared(text: str, parts: int) -> None:
    assert tollseries.shared_by(text) == parts


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        # "they" as the dead: the counted plural told before it in the sentence
        ("At least 12 herders were seized near Marobi; they were found dead two days on.", 12),
        ("Four raiders crossed into Tarewa and they were killed by rangers.", 4),
        # "they" as the doers is no victim
        ("Bandits killed two rangers; they fled across the river.", 2),
    ],
)
def test_they_as_the_dead_are_the_counted_plural_before(model: Any, text: str, deaths: int) -> None:
    assert tolls.fatalities(model(text)) == deaths


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        # a total, then where its dead died: the parts are the total's dead again
        (
            "The rebels said six wardens perished in the assault, four perished at the depot"
            " while two other wardens were gunned down near the ford.",
            6,
        ),
        (
            "Six herders died on Sunday: four were gunned down at the well and two were"
            " hacked to death near the ford.",
            6,
        ),
        # other sides' dead add up, whatever their figures
        (
            "Four traders were killed, two rangers died and two customs officers were gunned down.",
            8,
        ),
    ],
)
def test_a_total_and_its_breakdown_count_the_dead_once(model: Any, text: str, deaths: int) -> None:
    assert tolls.fatalities(model(text)) == deaths


def test_deaths_a_group_claims_are_its_toll(model: Any) -> None:
    doc = model("Gunmen claimed responsibility for the death of four traders in the town.")
    found = triggers.find_triggers(doc)
    assert [t.token.text for t in found] == ["death"]
    assert tolls.fatalities(doc, found[0].token) == 4
