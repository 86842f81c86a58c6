"""Which of ACLED's demonstration sub-events a report's crowd makes."""

from __future__ import annotations

from typing import Any

from test_events import code


def _kinds(model: Any, text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.sub_event_type) for e in code(model, text)]


def test_the_harm_a_crowd_asks_the_police_to_act_on_is_its_grievance(model: Any) -> None:
    text = "Youths marched to ask police to act against a gang that had beaten them."
    assert _kinds(model, text) == [("Protests", "Peaceful protest")]


def test_the_harm_a_crowd_urges_punished_is_its_grievance(model: Any) -> None:
    text = "Vendors marched to urge the council to punish guards who beat a hawker."
    assert _kinds(model, text) == [("Protests", "Peaceful protest")]


def test_police_involvement_told_after_a_protest_is_an_intervention(model: Any) -> None:
    text = "Bakers protest outside the mill for a third day. Police reported involvement."
    assert _kinds(model, text) == [("Protests", "Protest with intervention")]


def test_no_police_involvement_leaves_the_protest_peaceful(model: Any) -> None:
    text = "Nurses protest the sacking of a colleague. No reported police involvement."
    assert _kinds(model, text) == [("Protests", "Peaceful protest")]


def test_tear_gas_fired_at_a_crowd_is_an_intervention(model: Any) -> None:
    text = "Police fired at the mourners outside the hospital with tear gas."
    assert _kinds(model, text) == [("Protests", "Protest with intervention")]


def test_rubber_bullets_fired_after_a_march_are_an_intervention(model: Any) -> None:
    text = "Nurses marched to the ministry. Police fired at them with rubber bullets."
    assert _kinds(model, text) == [("Protests", "Protest with intervention")]


def test_fire_aimed_at_marchers_with_no_tear_gas_is_lethal_force(model: Any) -> None:
    text = "Nurses marched to the ministry. Officers of the police fired at the nurses; one died."
    assert _kinds(model, text) == [("Protests", "Excessive force against protesters")]


def test_force_only_threatened_after_a_march_leaves_it_peaceful(model: Any) -> None:
    text = "Bakers marched to the council. Police had threatened to disperse the march."
    assert _kinds(model, text) == [("Protests", "Peaceful protest")]


def test_police_who_did_not_intervene_leave_the_protest_peaceful(model: Any) -> None:
    text = "Nurses protested at the ministry; the police on guard there did not intervene at all."
    assert _kinds(model, text) == [("Protests", "Peaceful protest")]


def test_a_warning_that_officers_would_disperse_a_crowd_is_no_intervention(model: Any) -> None:
    text = "Bakers rallied at the mill, defying a warning that officers would disperse any crowd."
    assert _kinds(model, text) == [("Protests", "Peaceful protest")]


def test_tear_gas_fired_to_disperse_a_march_is_still_an_intervention(model: Any) -> None:
    text = "Bakers marched to the council. The police lobbed gas canisters to scatter the bakers."
    assert _kinds(model, text) == [("Protests", "Protest with intervention")]


def test_police_who_disrupted_a_march_intervened(model: Any) -> None:
    text = "Bakers marched to the council over flour prices. The police disrupted their march."
    assert _kinds(model, text) == [("Protests", "Protest with intervention")]


def test_a_rally_quelled_by_officers_met_an_intervention(model: Any) -> None:
    text = "A rally of bakers at the mill was quelled by riot police on Friday."
    assert _kinds(model, text) == [("Protests", "Protest with intervention")]


def test_traffic_the_crowd_disrupted_by_police_account_is_no_intervention(model: Any) -> None:
    text = "Bakers marched to the council. Police said the bakers disrupted traffic for hours."
    assert _kinds(model, text) == [("Protests", "Peaceful protest")]


def test_force_the_protest_comes_after_is_its_background(model: Any) -> None:
    text = "Bakers marched to the mill. The march comes two days after police teargassed a queue."
    assert set(_kinds(model, text)) == {("Protests", "Peaceful protest")}


def test_the_arrests_a_demonstration_followed_are_its_background(model: Any) -> None:
    text = "Bakers rallied at the mill. The rally followed the detention of four bakers by police."
    assert _kinds(model, text) == [("Protests", "Peaceful protest")]


def test_deaths_told_after_the_police_met_a_march_are_lethal_force(model: Any) -> None:
    text = "Bakers marched to the mill. Riot police broke up the march. Three bakers died."
    events = code(model, text)
    assert [(e.sub_event_type, e.fatalities) for e in events][:1] == [
        ("Excessive force against protesters", 3)
    ]


def test_no_deaths_after_the_police_met_a_march_leave_an_intervention(model: Any) -> None:
    text = "Bakers marched to the mill. Riot police broke up the march. Nobody died."
    assert _kinds(model, text) == [("Protests", "Protest with intervention")]
