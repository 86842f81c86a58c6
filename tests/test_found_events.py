"""Incidents told in ordinary news English that no trigger word alone reports, and
sentences that tell what did not happen, on sentences written by the team and parsed by
the real spaCy model (one rule a case)."""

from __future__ import annotations

from typing import Any

import pytest

from test_subtypes import code, one


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # people who use force "hit" or "targeted" someone: an attack (a mob's is a riot)
        (
            "A cobbler was hit on the shoulder by a constable outside the depot.",
            "Violence against civilians",
        ),
        ("Gunmen targeted a bus on the road to the border.", "Violence against civilians"),
        ("Migrant workers were targeted by mobs in the town on Sunday night.", "Riots"),
    ],
)
def test_hit_or_targeted_by_force_users_is_an_attack(
    model: Any, text: str, event_type: str
) -> None:
    assert one(model, text).event_type == event_type


def test_hit_by_a_policy_is_no_attack(model: Any) -> None:
    assert not code(model, "Small traders in the town were hit by the new market levy.")


@pytest.mark.parametrize(
    "text",
    [
        # what named means were used for was done
        "The gang used machetes to attack the night guards at the depot.",
        "Clubs and stones were used by a crowd to beat two traders to death.",
    ],
)
def test_means_used_to_attack_report_the_attack(model: Any, text: str) -> None:
    assert code(model, text)


def test_used_to_is_a_habit_not_an_incident(model: Any) -> None:
    assert not code(model, "The rebels used to attack convoys on this road.")


@pytest.mark.parametrize(
    "text",
    [
        # what someone was kept from doing did not happen
        "A neighbour tried to stop the youths from burning the house.",
        "Elders blocked the young men from attacking the herders.",
    ],
)
def test_kept_from_doing_it_is_no_incident(model: Any, text: str) -> None:
    assert not code(model, text)


def test_a_crowd_gathered_to_call_on_officials_protests(model: Any) -> None:
    text = "Hundreds of widows gathered at the county offices to call on the governor to pay them."
    assert one(model, text).event_type == "Protests"


def test_damage_told_after_an_attack_is_the_attack(model: Any) -> None:
    text = (
        "Masked raiders lobbed a petrol bomb over a councillor's gate late on Friday. "
        "His car was destroyed."
    )
    assert one(model, text).event_type == "Violence against civilians"


def test_a_headline_found_dead_reports_a_killing(model: Any) -> None:
    assert one(model, "Cobbler found dead beside a footpath near the depot.")


def test_found_dead_fish_is_no_killing(model: Any) -> None:
    assert not code(model, "Fishermen found dead fish along the shore of the lake.")


@pytest.mark.parametrize(
    "text",
    [
        # a verb of threat or prevention says nothing of its subject: the fighting was
        "Renewed fighting between the two militias threatened the fragile truce on Monday.",
        "Heavy fighting in the valley prevented aid deliveries on Monday.",
        # nor of a noun the parser hung on a demand as an adverb
        "Members of the Northshire Cane Growers Association held a protest"
        " demanding clearance of dues.",
    ],
)
def test_irrealis_verbs_govern_only_their_complements(model: Any, text: str) -> None:
    assert code(model, text)


def test_a_planned_attack_is_still_none(model: Any) -> None:
    assert not code(model, "An attack on the base was planned for Friday.")


def test_members_of_a_group_beaten_are_people_harmed(model: Any) -> None:
    assert code(model, "Four members of the youth wing were beaten up by a gang in the town.")


def test_hundreds_of_jobs_slashed_is_no_harm(model: Any) -> None:
    assert not code(model, "The factory slashed hundreds of jobs in the town last year.")


@pytest.mark.parametrize(
    "text",
    [
        "A local councillor was axed to death inside the land office on Tuesday.",
        "Rivals chopped a party organiser to death after Thursday's meeting.",
        "A herder was speared to death near the river by raiders.",
    ],
)
def test_more_ways_to_kill_told_with_to_death(model: Any, text: str) -> None:
    assert one(model, text).event_type in {"Violence against civilians", "Riots"}


@pytest.mark.parametrize(
    "text",
    [
        # gunfire told as "firing" by armed men
        "Troops of the two armies resorted to firing over the frontier on Monday.",
        "A shepherd was wounded in unprovoked firing by border guards on Friday.",
    ],
)
def test_firing_by_armed_men_is_a_clash(model: Any, text: str) -> None:
    assert one(model, text).event_type == "Battles"


def test_the_firing_of_a_coach_is_no_event(model: Any) -> None:
    assert not code(model, "The firing of the coach after the defeat shocked the fans.")


def test_staged_is_read_as_stage(model: Any) -> None:
    # the lemmatiser reads "staged" as the verb "stag"
    text = "Members of the Upton Guild staged a march demanding bursaries for poor youth."
    assert one(model, text).event_type == "Protests"
