"""ACLED actor conventions: countries of unnamed militias, attributed raiders, private
guards, "the suspect" of a named group, the country a text is about, and roles."""

from __future__ import annotations

import pytest

from eventwire import actorconventions
from eventwire.actors import ActorTable, builtin_actor_table, focus_country
from eventwire.coreference import suspects
from eventwire.geofocus import names_people, names_place
from eventwire.location import locate
from eventwire.records import (
    Actor,
    ActorMention,
    Analysis,
    Document,
    GazetteerEntry,
    Inter,
    Parse,
    Place,
    PlaceKind,
)
from eventwire.roles import Roles


@pytest.fixture(scope="module")
def table() -> ActorTable:
    version, entries = builtin_actor_table()
    return ActorTable(entries, version)


def names(table: ActorTable, text: str, focus: str | None = "KE") -> list[tuple[str, str]]:
    return [(text[s:e], actor.name) for s, e, actor in table.match(text, focus=focus)]


def place(
    text: str, where: str, code: str, kind: PlaceKind = "toponym", score: float = 1.0
) -> Place:
    start = text.index(where)
    feature = ("A", "PCLI") if kind == "country" else ("P", "PPL")
    entry = GazetteerEntry(1, where, 0.0, 0.0, code, *feature)
    return Place(start, start + len(where), where, entry, score, kind)


# --- the country a text is about -----------------------------------------------------


def test_a_tie_between_countries_goes_to_the_surer_place() -> None:
    text = "Two officers died in a blast between Alpha and Beta."
    places = (place(text, "Alpha", "KZ", score=0.45), place(text, "Beta", "KE", score=0.72))
    assert focus_country(Analysis(Document("d", text), places=places)) == "KE"


def test_nationality_of_people_and_things_is_not_where_the_text_is() -> None:
    text = "Ugandan rebels and a Chinese company; a Kenyan village."
    pairs = (("Ugandan", "UG"), ("Chinese", "CN"), ("Kenyan", "KE"))
    ugandan, chinese, kenyan = (place(text, w, c, "demonym") for w, c in pairs)
    assert names_people(text, ugandan) and names_people(text, chinese)
    assert not names_people(text, kenyan) and names_place(text, kenyan)


def test_a_demonym_naming_a_place_outweighs_a_country_named_as_origin() -> None:
    text = "Armed men who crossed from Tanzania burned huts in a Kenyan village."
    places = (
        place(text, "Tanzania", "TZ", "country", 0.94),
        place(text, "Kenyan", "KE", "demonym"),
    )
    analysis = Analysis(Document("d", text), places=places)
    assert focus_country(analysis) == "KE"
    # "from Tanzania" is where the men came from, not where the event was
    assert locate(analysis, 0, len(text)) is None


def test_a_foreign_firm_does_not_place_the_event() -> None:
    text = "Traders marched against a Chinese company over unpaid contracts."
    places = (place(text, "Chinese", "CN", "demonym"),)
    analysis = Analysis(Document("d", text), places=places)
    assert focus_country(analysis) is None
    assert locate(analysis, 0, len(text)) is None


# --- actors the text names ---------------------------------------------------------------


def test_a_countrys_unnamed_ethnic_or_clan_militia(table: ActorTable) -> None:
    assert names(table, "A Sudanese tribal militia burned the grazing camp.") == [
        ("Sudanese tribal militia", "Unidentified Ethnic Militia (Sudan)")
    ]
    assert names(table, "Somali clan militiamen looted the shops.") == [
        ("Somali clan militiamen", "Unidentified Clan Militia (Somalia)")
    ]


def test_raiders_the_text_then_attributes_to_a_people(table: ActorTable) -> None:
    assert names(table, "Bandits, thought to be Samburus, stole forty camels.") == [
        ("Bandits, thought to be Samburus", "Samburu Ethnic Militia (Kenya)")
    ]
    found = names(table, "Gunmen believed to be from the Turkana community struck at dawn.")
    assert found[0] == ("Gunmen believed to be from the Turkana", "Turkana Ethnic Militia (Kenya)")


def test_security_guards_are_private_security_forces(table: ActorTable) -> None:
    found = table.match("Robbers shot two security guards at the bank.", focus="KE")
    guards = [a for _, _, a in found if a.name.startswith("Private")]
    assert [(a.name, a.inter) for a in guards] == [
        ("Private Security Forces (Kenya)", Inter.EXTERNAL)
    ]


def test_the_suspect_after_a_named_group_is_that_group(table: ActorTable) -> None:
    import spacy

    nlp = spacy.blank("en")
    first = "An al-Shabaab fighter fled the raid on the camp."
    second = "Police later shot the suspect near the river."
    text = f"{first} {second}"
    parse = Parse(1, len(first) + 1, nlp(second))
    (found,) = suspects(text, parse, table.named_in, [])
    assert (text[found.start : found.end], found.actor.name) == ("the suspect", "Al Shabaab")
    # with no group told of just before, "the suspect" is nobody's
    assert suspects(second, Parse(0, 0, nlp(second)), table.named_in, []) == []


def test_the_group_after_a_named_group_is_that_group(table: ActorTable) -> None:
    import spacy

    nlp = spacy.blank("en")
    first = "Al-Shabaab fighters entered the town at night."
    second = "The group burned the market."
    text = f"{first} {second}"
    parse = Parse(1, len(first) + 1, nlp(second))
    (found,) = suspects(text, parse, table.named_in, [])
    assert (text[found.start : found.end], found.actor.name) == ("The group", "Al Shabaab")


# --- roles -----------------------------------------------------------------------------


def _mention(text: str, actor: Actor) -> ActorMention:
    return ActorMention(0, len(text), text, actor, 0)


POLICE = Actor("Police Forces of Kenya", Inter.STATE, "KE")
ARMY_UG = Actor("Military Forces of Uganda", Inter.STATE, "UG")
MILITIA = Actor("Sample Militia", Inter.POLITICAL_MILITIA, "KE")


def test_a_countrys_unnamed_militia_keeps_its_country() -> None:
    sudanese = Actor("Unidentified Ethnic Militia (Sudan)", Inter.IDENTITY_MILITIA, "SD")
    found = Roles(_mention("Sudanese tribal militia", sudanese))
    a1, _, _, _ = actorconventions.final_roles("Battles", "Armed clash", found, "KE")
    assert a1 == sudanese


def test_a_communitys_herders_attacked_are_civilians() -> None:
    raiders = Actor("Samburu Ethnic Militia (Kenya)", Inter.IDENTITY_MILITIA, "KE")
    herders = Actor("Borana Ethnic Militia (Kenya)", Inter.IDENTITY_MILITIA, "KE")
    found = Roles(_mention("Samburu warriors", raiders), _mention("Borana herders", herders))
    a1, a2, _, _ = actorconventions.final_roles("Violence against civilians", "Attack", found, "KE")
    assert (a1, a2 and a2.name) == (raiders, "Civilians (Kenya)")
    # in a battle the community's armed men stay its militia
    _, a2, _, _ = actorconventions.final_roles("Battles", "Armed clash", found, "KE")
    assert a2 == herders


def test_the_group_named_in_an_arrest_is_the_one_arrested() -> None:
    group = _mention("the militia", MILITIA)
    found = Roles(_mention("UPDF", ARMY_UG), mentions=(_mention("UPDF", ARMY_UG), group))
    a1, a2, _, _ = actorconventions.final_roles("Strategic developments", "Arrests", found, "UG")
    assert (a1, a2) == (ARMY_UG, MILITIA)


def test_a_group_is_not_its_own_victim() -> None:
    found = Roles(_mention("the militia", MILITIA), _mention("militia", MILITIA))
    a1, a2, _, _ = actorconventions.final_roles("Violence against civilians", "Attack", found, "KE")
    assert (a1, a2 and a2.name) == (MILITIA, "Civilians (Kenya)")


def test_the_police_met_the_crowd_not_the_group_it_protested() -> None:
    crowd = Actor("Rioters (Kenya)", Inter.RIOTERS, "KE")
    mentions = (_mention("Residents", crowd), _mention("X", MILITIA), _mention("police", POLICE))
    found = Roles(mentions[0], mentions[1], mentions=mentions)
    _, a2, _, _ = actorconventions.final_roles("Riots", "Violent demonstration", found, "KE")
    assert a2 == POLICE


def test_kenyan_police_units_and_a_wire_name_for_al_shabaab(table: ActorTable) -> None:
    assert names(table, "GSU officers and Administration Police patrolled the town.") == [
        ("GSU", "Police Forces of Kenya"),
        ("Administration Police", "Police Forces of Kenya"),
    ]
    assert names(table, "Somali Islamist militants crossed the border.") == [
        ("Somali Islamist militants", "Al Shabaab")
    ]


def test_struck_police_with_no_known_country_stay_bare() -> None:
    found = Roles(_mention("gunmen", MILITIA), target_words=frozenset({"police", "post"}))
    _, a2, _, _ = actorconventions.final_roles("Battles", "Armed clash", found, None)
    assert a2 == Actor("Police Forces", Inter.STATE, None)


def test_armed_herders_named_after_their_place_are_its_communal_militia(
    table: ActorTable,
) -> None:
    text = "Sampleton herders clashed with raiders from Riverton and Hillton."
    places = [
        (text.index(n), text.index(n) + len(n), "KE") for n in ("Sampleton", "Riverton", "Hillton")
    ]
    found = [(text[s:e], a.name) for s, e, a in table.match(text, focus="KE", places=places)]
    assert found == [
        ("Sampleton", "Sampleton Communal Militia (Kenya)"),
        ("raiders from Riverton", "Riverton Communal Militia (Kenya)"),
        ("Hillton", "Hillton Communal Militia (Kenya)"),
    ]
    text = "Residents of Sampleton protested."
    places = [(text.index("Sampleton"), text.index("Sampleton") + 9, "KE")]
    assert [a.name for _, _, a in table.match(text, focus="KE", places=places)] == [
        "Civilians (Kenya)"
    ]


def test_forces_in_plain_clothes_or_off_duty_are_the_states(table: ActorTable) -> None:
    for text in (
        "Two plain-clothes police officers shot a suspect.",
        "Off-duty soldiers were shot.",
    ):
        assert [a.inter for _, _, a in table.match(text, focus="KE")] == [Inter.STATE]


def test_property_destroyed_or_a_bomb_found_has_an_unidentified_doer() -> None:
    unknown = "Unidentified Armed Group (Kenya)"
    a1, _, _, _ = actorconventions.final_roles(
        "Strategic developments", "Looting/property destruction", Roles(), "KE"
    )
    assert a1 is not None and a1.name == unknown
    a1, a2, _, _ = actorconventions.final_roles(
        "Strategic developments", "Disrupted weapons use", Roles(_mention("police", POLICE)), "KE"
    )
    assert (a1, a2 and a2.name) == (POLICE, unknown)
    found = Roles(_mention("police", POLICE), _mention("the militia", MILITIA))
    _, a2, _, _ = actorconventions.final_roles(
        "Strategic developments", "Disrupted weapons use", found, "KE"
    )
    assert a2 == MILITIA
    a1, _, _, _ = actorconventions.final_roles("Strategic developments", "Agreement", Roles(), "KE")
    assert a1 is None


def test_an_explosion_with_no_armed_target_hit_civilians() -> None:
    _, a2, _, civilian = actorconventions.final_roles(
        "Explosions/Remote violence", "Remote explosive/landmine/IED", Roles(), "KE"
    )
    assert (a2 and a2.name, civilian) == ("Civilians (Kenya)", True)
    found = Roles(target_words=frozenset({"convoy", "soldier"}))
    _, a2, _, _ = actorconventions.final_roles(
        "Explosions/Remote violence", "Remote explosive/landmine/IED", found, "KE"
    )
    assert a2 is not None and a2.inter == Inter.STATE
