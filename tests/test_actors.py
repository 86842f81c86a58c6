"""Actor matching: the shipped table, state forces, generic groups, "IS", the stage."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from eventwire.actors import (
    ActorTable,
    _is_home,
    actor_focus,
    actors_stage,
    builtin_actor_table,
    focus_country,
    load_actor_table,
    read_actor_tsv,
    state_actor,
)
from eventwire.errors import ConfigError
from eventwire.forces import _opens_sentence, _word_before
from eventwire.pipeline import Context
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
from eventwire.settings import Settings


@pytest.fixture(scope="module")
def table() -> ActorTable:
    version, entries = builtin_actor_table()
    return ActorTable(entries, version)


def names(table: ActorTable, text: str, focus: str | None = "KE") -> list[tuple[str, str]]:
    return [(text[s:e], actor.name) for s, e, actor in table.match(text, focus=focus)]


def test_builtin_table_is_versioned_and_valid(table: ActorTable) -> None:
    assert table.version
    assert len(table.entries) > 100
    assert len({e.name for e in table.entries}) == len(table.entries)


def test_table_state_names_agree_with_state_actor(table: ActorTable) -> None:
    for entry in table.entries:
        if entry.name.startswith("Military Forces of ") and entry.country_code:
            assert entry.actor == state_actor(entry.country_code)


def test_kenyan_police_and_al_shabaab_alias(table: ActorTable) -> None:
    text = "Kenyan police shot dead two Al-Shabab militants near the border."
    assert names(table, text) == [
        ("Kenyan police", "Police Forces of Kenya"),
        ("Al-Shabab militants", "Al Shabaab"),
    ]
    found = table.match(text)
    assert found[0][2] == Actor("Police Forces of Kenya", Inter.STATE, "KE")
    assert found[1][2].inter is Inter.REBEL


def test_nigerian_troops_against_boko_haram(table: ActorTable) -> None:
    found = table.match("Nigerian troops repelled an attack by Boko Haram fighters.")
    assert [(a.name.split(" - ")[0], a.inter, a.country_code) for _, _, a in found] == [
        ("Military Forces of Nigeria", Inter.STATE, "NG"),
        ("Boko Haram", Inter.REBEL, "NG"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("U.S. forces hit the town.", ("U.S. forces", "Military Forces of the United States")),
        ("The Iraqi army advanced.", ("Iraqi army", "Military Forces of Iraq")),
        ("Iraqi security forces advanced.", ("Iraqi security forces", "Military Forces of Iraq")),
        ("Somalia's army retook the town.", ("Somalia's army", "Military Forces of Somalia")),
        ("Federal police arrived.", ("Federal police", "Police Forces of Kenya")),
        ("The army said two soldiers died.", ("army", "Military Forces of Kenya")),
        ("Daesh claimed the attack.", ("Daesh", "Islamic State")),
        ("A U.S.-led coalition strike hit.", ("U.S.-led coalition", "United States-led Coalition")),
        ("Iran-backed militias fired.", ("Iran-backed militias", "Iran-backed Militia (Kenya)")),
    ],
)
def test_first_actor(table: ActorTable, text: str, expected: tuple[str, str]) -> None:
    assert names(table, text)[0] == expected


def test_generic_groups_take_the_focus_country(table: ActorTable) -> None:
    text = "Gunmen killed five villagers; protesters blocked roads and rioters looted shops."
    found = table.match(text, focus="KE")
    assert [(a.name, a.inter) for _, _, a in found] == [
        ("Unidentified Armed Group (Kenya)", Inter.POLITICAL_MILITIA),
        ("Civilians (Kenya)", Inter.CIVILIANS),
        ("Protesters (Kenya)", Inter.PROTESTERS),
        ("Rioters (Kenya)", Inter.RIOTERS),
    ]


def test_unknown_country_fallback(table: ActorTable) -> None:
    found = table.match("Gunmen attacked soldiers and the police fought back.", focus=None)
    # No focus country: generic groups keep their bare name; bare forces are a state's
    # forces whose country is not known yet (the coder names them after the event's).
    assert [(a.name, a.inter, a.country_code) for _, _, a in found] == [
        ("Unidentified Armed Group", 3, None),
        ("Military Forces", 1, None),
        ("Police Forces", 1, None),
    ]
    assert names(table, "Wakandan troops crossed the river.", focus=None) == []


def test_forces_of_someone_else_are_not_the_state(table: ActorTable) -> None:
    assert names(table, "Rebel forces and opposition troops held the hill.") == []
    assert names(table, "The police station and an army base were hit.") == []
    assert names(table, "A police informer and two army informants were found dead.") == []


@pytest.mark.parametrize(
    "text",
    [
        "IS fighters attacked the town.",
        "The town fell to IS in 2014.",
        "IS took the town after a week.",
        "After IS seized the town, residents fled.",
        "Troops retook the IS-held district.",
        "It was the group's worst defeat since the IS offensive.",
        "Islamic State (IS) claimed it.",
        "Iraqi forces battled IS in the old city.",
    ],
)
def test_is_as_a_name(table: ActorTable, text: str) -> None:
    assert any(
        mention.startswith("IS") and name == "Islamic State" for mention, name in names(table, text)
    )


@pytest.mark.parametrize(
    "text",
    [
        "THIS IS THE END OF THE SIEGE",
        "FIGHTING IS HEAVY IN THE NORTH",
        "Fighting is heavy in the north.",
        "This IS the end, the mayor wrote.",
        "It IS finished.",
        "The isis flower bloomed.",
    ],
)
def test_is_as_a_verb(table: ActorTable, text: str) -> None:
    assert all(name != "Islamic State" for _, name in names(table, text))


def test_short_abbreviations_are_case_sensitive(table: ActorTable) -> None:
    assert names(table, "ADF rebels attacked.")[0] == (
        "ADF rebels",
        "ADF: Allied Democratic Forces",
    )
    assert names(table, "We had to adf it.", focus=None) == []


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_user_table_extends_and_overrides(tmp_path: Path, settings: Settings) -> None:
    user = write(
        tmp_path / "mine.tsv",
        "# version: test-1\nValley Defence Brigade\t3\tKE\tVDB|Valley Brigade\n"
        "Al Shabaab (Kenya cell)\t2\tKE\tal-Shabaab\n",
    )
    table = load_actor_table(settings.replace(actor_table=str(user)))
    assert table.version.endswith("+test-1")
    text = "The Valley Brigade and VDB clashed with al-Shabaab."
    assert [a.name for _, _, a in table.match(text)] == [
        "Valley Defence Brigade",
        "Valley Defence Brigade",
        "Al Shabaab (Kenya cell)",
    ]


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("Name only\n", "separated by tabs"),
        ("Group\t9\t\tG\n", "inter code"),
        ("Group\t2\tZZ\tG\n", "unknown ISO2"),
    ],
)
def test_bad_user_rows_are_refused_with_their_line(row: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message) as info:
        read_actor_tsv("# version: x\n" + row, "mine.tsv")
    assert str(info.value).startswith("mine.tsv:2:")


def test_missing_user_table(tmp_path: Path, settings: Settings) -> None:
    with pytest.raises(ConfigError, match="cannot read actor table"):
        load_actor_table(settings.replace(actor_table=str(tmp_path / "absent.tsv")))


def place(start: int, code: str, kind: PlaceKind = "toponym") -> Place:
    entry = GazetteerEntry(1, code, 0.0, 0.0, code, "P", "PPL")
    return Place(start, start + 2, code, entry, 1.0, kind)


def test_focus_country_is_the_most_mentioned() -> None:
    doc = Document("d", "text")
    assert focus_country(Analysis(doc)) is None
    places = (place(0, "SO"), place(5, "KE", "demonym"), place(9, "KE", "country"))
    assert focus_country(Analysis(doc, places=places)) == "KE"
    assert focus_country(Analysis(doc, places=places[:2])) == "SO"  # tie: first mentioned


@pytest.fixture(scope="module")
def nlp() -> Iterator[object]:
    from eventwire.nlp import load_model

    yield load_model("en_core_web_sm")


@pytest.mark.slow
def test_stage_emits_document_offsets(nlp: object, settings: Settings) -> None:
    first = "Kenyan police said residents fled."
    second = "Gunmen from al-Shabab attacked a bus and troops fought IS fighters."
    text = f"{first} {second}"
    parses = (Parse(0, 0, nlp(first)), Parse(1, len(first) + 1, nlp(second)))  # type: ignore[operator]
    analysis = Analysis(Document("d", text), parses=parses, places=(place(0, "KE", "demonym"),))
    ctx = Context(settings)
    (out,) = actors_stage([analysis], ctx)
    assert [(m.text, m.actor.name, m.sentence) for m in out.actors] == [
        ("Kenyan police", "Police Forces of Kenya", 0),
        ("residents", "Civilians (Kenya)", 0),
        ("Gunmen", "Unidentified Armed Group (Kenya)", 1),
        ("al-Shabab", "Al Shabaab", 1),
        ("troops", "Military Forces of Kenya", 1),
        ("IS fighters", "Islamic State", 1),
    ]
    assert all(text[m.start : m.end] == m.text for m in out.actors)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "is_name"),
    [
        ("Troops pushed IS out of the old city.", True),
        ("This IS the end of the war, he said.", False),
        ("What matters IS that people survive.", False),
    ],
)
def test_is_with_the_parse(table: ActorTable, nlp: object, text: str, is_name: bool) -> None:
    found = table.match(text, focus="IQ", doc=nlp(text))  # type: ignore[operator]
    assert any(a.name == "Islamic State" for _, _, a in found) is is_name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Military jets circled the town.", ("Military jets", "Military Forces of Kenya")),
        ("Army helicopters landed at dawn.", ("Army helicopters", "Military Forces of Kenya")),
        ("Two police officers were hurt.", ("police officers", "Police Forces of Kenya")),
        ("Russian artillery fired all night.", ("Russian artillery", "Military Forces of Russia")),
        ("A US drone was seen.", ("US drone", "Military Forces of the United States")),
    ],
)
def test_weapons_and_officers_of_the_state(
    table: ActorTable, text: str, expected: tuple[str, str]
) -> None:
    assert names(table, text)[0] == expected


def test_bare_aircraft_are_nobody_in_particular(table: ActorTable) -> None:
    assert names(table, "Jets flew over the border.") == []


def test_coordinated_demonyms_name_each_state(table: ActorTable) -> None:
    text = "Ugandan, Burundian and Ethiopian troops entered the town."
    assert names(table, text) == [
        ("Ugandan", "Military Forces of Uganda"),
        ("Burundian", "Military Forces of Burundi"),
        ("Ethiopian troops", "Military Forces of Ethiopia"),
    ]


def test_a_named_government_is_a_party(table: ActorTable) -> None:
    text = "Mali's interim government and the rebels signed a deal."
    assert names(table, text)[0] == ("Mali's interim government", "Government of Mali")
    assert names(table, "The government troops advanced.") == [
        ("government troops", "Military Forces of Kenya")
    ]
    assert names(table, "The government said nothing.") == []
    named = names(table, "The Government of Chad and the rebels signed a deal.")
    assert named[0] == ("Government of Chad", "Government of Chad")
    assert names(table, "The government of the day fell.") == []


def test_sudan_revolutionary_front_is_known(table: ActorTable) -> None:
    found = names(table, "The Sudan Revolutionary Front joined the talks.")
    assert found == [("Sudan Revolutionary Front", "SRF: Sudan Revolutionary Front")]


@pytest.mark.slow
def test_the_militants_are_the_group_named_before(nlp: object, settings: Settings) -> None:
    first = "Al-Shabaab fighters attacked a base."
    second = "Troops later bombed the militants in the forest, and other militants fled."
    text = f"{first} {second}"
    parses = (Parse(0, 0, nlp(first)), Parse(1, len(first) + 1, nlp(second)))  # type: ignore[operator]
    analysis = Analysis(Document("d", text), parses=parses, places=(place(0, "SO", "country"),))
    (out,) = actors_stage([analysis], Context(settings))
    assert [(m.text, m.actor.name) for m in out.actors] == [
        ("Al-Shabaab fighters", "Al Shabaab"),
        ("Troops", "Military Forces of Somalia"),
        ("militants", "Al Shabaab"),
        ("militants", "Unidentified Armed Group (Somalia)"),
    ]


def test_an_ethnic_militia_takes_its_group_name(table: ActorTable) -> None:
    found = table.match("Samburu ethnic militia raided a village.", focus="KE")
    assert [(a.name, a.inter) for _, _, a in found] == [
        ("Samburu Ethnic Militia (Kenya)", Inter.IDENTITY_MILITIA)
    ]
    # ACLED's name for an ethnic militia the text does not name
    assert names(table, "An ethnic militia raided a village.") == [
        ("ethnic militia", "Unidentified Ethnic Militia (Kenya)")
    ]


def test_raiders_and_gangs_are_unidentified_armed_groups(table: ActorTable) -> None:
    assert names(table, "Cattle rustlers and an armed gang struck at night.") == [
        ("Cattle rustlers", "Unidentified Armed Group (Kenya)"),
        ("armed gang", "Unidentified Armed Group (Kenya)"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Elders said Turkana raiders attacked the village.",
            [("Turkana raiders", "Turkana Ethnic Militia (Kenya)")],
        ),
        (
            "Police said Pokot tribesmen stole goats.",
            [
                ("Police", "Police Forces of Kenya"),
                ("Pokot tribesmen", "Pokot Ethnic Militia (Kenya)"),
            ],
        ),
        # a country's people are not an ethnic militia, but the demonym names their country
        (
            "Somali raiders crossed the border.",
            [("Somali raiders", "Unidentified Armed Group (Somalia)")],
        ),
        # a common word is not a people
        ("Cattle raiders attacked the village.", [("raiders", "Unidentified Armed Group (Kenya)")]),
    ],
)
def test_a_communitys_fighters_are_its_ethnic_militia(
    table: ActorTable, text: str, expected: list[tuple[str, str]]
) -> None:
    assert names(table, text) == expected


# --- communities, demonyms and the country of a text that names no place ----------------


def test_two_named_communities_are_both_ethnic_militias(table: ActorTable) -> None:
    text = "Fighting broke out between the Dinka and Nuer communities near the river."
    assert names(table, text, focus=None) == [
        ("Dinka", "Dinka Ethnic Militia (South Sudan)"),
        ("Nuer", "Nuer Ethnic Militia (South Sudan)"),
    ]


def test_a_phrase_that_names_clans_makes_unknown_names_communities(table: ActorTable) -> None:
    text = "Elders blamed a feud between the Abcde and Fghij clans for the deaths."
    assert names(table, text) == [  # clans no table knows: ACLED's clan militias
        ("Abcde", "Abcde Clan Militia (Kenya)"),
        ("Fghij", "Fghij Clan Militia (Kenya)"),
    ]
    # a country is no community
    assert names(table, "Talks between Kenya and Uganda groups stalled.") == []


def test_a_peoples_armed_men_are_its_ethnic_militia(table: ActorTable) -> None:
    assert names(table, "Hausa youths set fire to a market.", focus=None) == [
        ("Hausa youths", "Hausa Ethnic Militia (Nigeria)")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Six died in a tribal clash over grazing.", "Unidentified Ethnic Militia (Kenya)"),
        ("Rival clans fought over a water point.", "Unidentified Communal Militia (Kenya)"),
        ("Inter-communal violence flared again.", "Unidentified Communal Militia (Kenya)"),
        (
            "Homes burned in fighting between two communities.",
            "Unidentified Communal Militia (Kenya)",
        ),
        ("A village militia repelled the attack.", "Unidentified Communal Militia (Kenya)"),
        ("Inter-community clashes left three dead.", "Unidentified Communal Militia (Kenya)"),
        ("A feud between two villages turned deadly.", "Unidentified Communal Militia (Kenya)"),
    ],
)
def test_unnamed_communities_take_acleds_unidentified_names(
    table: ActorTable, text: str, expected: str
) -> None:
    assert [name for _, name in names(table, text)] == [expected]


def test_a_demonym_names_the_country_of_a_generic_group(table: ActorTable) -> None:
    text = "Chadian gunmen abducted Cameroonian herders' children and two villagers."
    assert names(table, text) == [
        ("Chadian gunmen", "Unidentified Armed Group (Chad)"),
        ("villagers", "Civilians (Kenya)"),
    ]
    assert names(table, "Tanzanian fishermen were detained.", focus="KE") == [
        ("Tanzanian fishermen", "Civilians (Tanzania)")
    ]


def test_new_named_groups_and_their_aliases(table: ActorTable) -> None:
    assert names(table, "The Oromo Liberation Front and the Mungiki sect.") == [
        ("Oromo Liberation Front", "OLF: Oromo Liberation Front"),
        ("Mungiki sect", "Mungiki Militia"),
    ]


def test_a_text_with_no_place_takes_its_named_actors_country() -> None:
    doc = Document("d", "KDF soldiers and al-Shabaab fighters clashed.")
    kdf = ActorMention(0, 3, "KDF", Actor("Military Forces of Kenya", Inter.STATE, "KE"), 0)
    rebel = ActorMention(16, 27, "al-Shabaab", Actor("Al Shabaab", Inter.REBEL, "SO"), 0)
    # a state's own forces say where a text is; a rebel group fighting abroad does not
    assert focus_country(Analysis(doc, actors=(rebel, kdf))) == "KE"
    assert focus_country(Analysis(doc, actors=(rebel,))) is None
    # a place always wins over the actors
    assert focus_country(Analysis(doc, places=(place(0, "SO"),), actors=(kdf,))) == "SO"


def test_a_text_with_no_place_or_named_actor_takes_its_peoples_country() -> None:
    doc = Document("d", "Murle raiders stole cattle; the attackers fled.")
    assert focus_country(Analysis(doc)) == "SS"
    generic = Actor("Unidentified Armed Group", Inter.POLITICAL_MILITIA, None)
    assert actor_focus("Gunmen fled.", [generic]) is None


def test_named_communities_are_the_sides_of_an_ethnic_clash(table: ActorTable) -> None:
    text = "Ethnic clashes involving the Hema and Lendu communities left ten dead."
    assert names(table, text, focus=None) == [
        ("Hema", "Hema Ethnic Militia (Democratic Republic of Congo)"),
        ("Lendu", "Lendu Ethnic Militia (Democratic Republic of Congo)"),
    ]
    assert names(table, "Tiv and Jukun youths clashed at a market.", focus=None) == [
        ("Tiv", "Tiv Ethnic Militia (Nigeria)"),
        ("Jukun youths", "Jukun Ethnic Militia (Nigeria)"),
    ]


def test_armed_men_of_a_named_group_are_that_group(table: ActorTable) -> None:
    assert names(table, "Fighters of the Taliban overran a checkpoint.") == [
        ("Fighters of the Taliban", "Taliban")
    ]
    # state forces of a country stay the state's
    assert names(table, "Gunmen of unknown affiliation fled.") == [
        ("Gunmen", "Unidentified Armed Group (Kenya)")
    ]


def test_a_counted_force_with_no_country_is_a_states(table: ActorTable) -> None:
    # "Three" opens the sentence; it names no owner (unlike "Wakandan troops")
    found = table.match("Three soldiers and two police officers were wounded.", focus=None)
    assert [a.name for _, _, a in found] == ["Military Forces", "Police Forces"]
    assert table.match("Wakandan troops were wounded.", focus=None) == []


def test_an_unknown_group_is_an_unidentified_armed_group(table: ActorTable) -> None:
    text = "An unknown group and a criminal gang robbed traders; unidentified men fled."
    assert names(table, text) == [
        ("unknown group", "Unidentified Armed Group (Kenya)"),
        ("criminal gang", "Unidentified Armed Group (Kenya)"),
        ("unidentified men", "Unidentified Armed Group (Kenya)"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan troops and Somali militants clashed near the border.",
        "Gunmen killed three villagers and the police arrested two rioters.",
        "Ugandan and Kenyan police, the KDF and unidentified gunmen were named.",
    ],
)
def test_home_actors_are_those_a_full_match_finds(table: ActorTable, text: str) -> None:
    expected = [a for _, _, a in table.match(text) if _is_home(a)]
    assert table.home_actors(text) == expected


@pytest.mark.parametrize(
    "text",
    ["", "\n", "  ", " \n", "Police", "said. Police", "said.\n Police", "“ police", "a\u00a0b "],
)
def test_words_before_a_force_read_as_the_patterns_they_replace(text: str) -> None:
    for start in range(len(text) + 1):
        prev = re.search(r"(\S+)\s+$", text[:start])
        assert _word_before(text, start) == ((prev.start(), prev.group(1)) if prev else None)
        opens = re.search(r"(?:^|[.!?:\"“]\s*)$", text[:start]) is not None
        assert _opens_sentence(text, start) == opens


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Turkana and Pokot ethnic communities fought near the border.",
            [("Turkana", "Turkana"), ("Pokot", "Pokot")],
        ),
        (
            "A shop was torched by Borana or Gabra raiders.",
            [("Borana", "Borana"), ("Gabra raiders", "Gabra")],
        ),
        ("Rival Samburu groups fought over pasture.", [("Rival Samburu groups", "Samburu")]),
    ],
)
def test_named_communities_in_pairs_and_rival_groups(
    table: ActorTable, text: str, expected: list[tuple[str, str]]
) -> None:
    assert names(table, text) == [(s, f"{n} Ethnic Militia (Kenya)") for s, n in expected]


def test_rival_herding_communities_are_an_unidentified_communal_militia(
    table: ActorTable,
) -> None:
    assert names(table, "Two rival pastoralist communities fought over a well.") == [
        ("rival pastoralist communities", "Unidentified Communal Militia (Kenya)")
    ]


@pytest.mark.slow
def test_the_militants_are_a_group_named_in_a_sentence_not_parsed(
    nlp: object, settings: Settings
) -> None:
    first = "Al-Shabaab militants entered the village at night."
    second = "The militants burned the school."
    text = f"{first} {second}"
    parses = (Parse(1, len(first) + 1, nlp(second)),)  # type: ignore[operator]
    analysis = Analysis(Document("d", text), parses=parses, places=(place(0, "SO", "country"),))
    (out,) = actors_stage([analysis], Context(settings))
    assert [(m.text, m.actor.name) for m in out.actors] == [("militants", "Al Shabaab")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Samburu raided a manyatta at dawn.", [("Samburu", "Samburu")]),
        ("Rendille community attacked herders at the well.", [("Rendille community", "Rendille")]),
        # a people named as the victims is no militia
        ("Two Turkana attacked at the well were hurt.", []),
        ("Turkana attacked by bandits fled.", [("bandits", None)]),
        ("The Pokot fought back and killed two raiders.", [("Pokot", "Pokot"), ("raiders", None)]),
        ("Samburu clashed with raiders at the dam.", [("Samburu", "Samburu"), ("raiders", None)]),
        ("Two Pokot killed by raiders were buried.", [("raiders", None)]),
    ],
)
def test_a_people_that_acts_violently_is_its_militia(
    table: ActorTable, text: str, expected: list[tuple[str, str | None]]
) -> None:
    want = [
        (s, f"{n} Ethnic Militia (Kenya)" if n else "Unidentified Armed Group (Kenya)")
        for s, n in expected
    ]
    assert names(table, text) == want


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two peoples as the subjects of a fight are its two sides
        ("The Gabra and Borana clashed at the well.", [("Gabra", "Gabra"), ("Borana", "Borana")]),
        # a name the table does not know as a people is no militia
        ("Samburu and Wakanda fought near the dam.", [("Samburu", "Samburu")]),
        # a people's fighters named by where they come from
        ("Gunmen from the Rendille stole goats.", [("Gunmen from the Rendille", "Rendille")]),
        # a hyphenated pair of peoples raiding together is one militia
        ("Keiyo-Marakwet raiders stole cattle.", [("Keiyo-Marakwet raiders", "Keiyo-Marakwet")]),
    ],
)
def test_peoples_fighting_together_or_named_by_origin(
    table: ActorTable, text: str, expected: list[tuple[str, str]]
) -> None:
    assert names(table, text) == [(s, f"{n} Ethnic Militia (Kenya)") for s, n in expected]


def test_a_karamojong_section_is_a_people_of_uganda(table: ActorTable) -> None:
    assert names(table, "Matheniko raiders stole cattle.") == [
        ("Matheniko raiders", "Matheniko Ethnic Militia (Uganda)")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hundreds of Ghanaians marched in the capital.", [("Ghanaians", "Civilians (Ghana)")]),
        ("The Malian community held a vigil.", [("Malian community", "Civilians (Mali)")]),
        ("Two Nigerian citizens were hurt.", [("Nigerian citizens", "Civilians (Nigeria)")]),
        # a plural that is also the adjective names no people
        ("Sudanese troops crossed the border.", [("Sudanese troops", "Military Forces of Sudan")]),
    ],
)
def test_foreign_nationals_are_their_countrys_civilians(
    table: ActorTable, text: str, expected: list[tuple[str, str]]
) -> None:
    assert names(table, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one people's clans fighting each other: its militia, on both sides
        (
            "Two Samburu clans clashed over a well.",
            [("Two Samburu clans", "Samburu Ethnic Militia (Kenya)")],
        ),
        ("The Samburu's two clans fought.", [("two clans", "Samburu Ethnic Militia (Kenya)")]),
        # a clan militia the text names as one is ACLED's clan militia
        (
            "Hawiye clan militia looted a shop.",
            [("Hawiye clan militia", "Hawiye Clan Militia (Kenya)")],
        ),
        # a militia named with the country it came from is that country's
        (
            "Pokot raiders from Uganda stole goats.",
            [("Pokot raiders", "Pokot Ethnic Militia (Uganda)")],
        ),
        (
            "Ugandan Pokot raiders stole goats.",
            [("Pokot raiders", "Pokot Ethnic Militia (Uganda)")],
        ),
    ],
)
def test_clans_and_the_country_a_militia_came_from(
    table: ActorTable, text: str, expected: list[tuple[str, str]]
) -> None:
    assert names(table, text) == expected


def test_a_people_beside_a_nationality_in_a_between_phrase_is_one_side(table: ActorTable) -> None:
    found = names(table, "Fighting broke out between Samburu and Somali herders at the well.")
    assert ("Samburu", "Samburu Ethnic Militia (Kenya)") in found
    assert all(not name.startswith("Somali") for _, name in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a people raiding, told in the progressive, is its militia
        ("Pokot raiding into the valley stole goats.", [("Pokot", "Pokot")]),
        # a people's English plural in a "between" phrase
        (
            "Fighting between the Kalenjin and Maasais left two dead.",
            [("Kalenjin", "Kalenjin"), ("Maasais", "Maasai")],
        ),
    ],
)
def test_peoples_raiding_and_peoples_in_the_plural(
    table: ActorTable, text: str, expected: list[tuple[str, str]]
) -> None:
    assert names(table, text) == [(s, f"{n} Ethnic Militia (Kenya)") for s, n in expected]
