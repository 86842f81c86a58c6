"""Sentence splitting and candidate marking (no model needed), and the tokenizer's slash."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.nlp import split_sentences
from eventwire.triggers import is_candidate


def _split(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_abbreviations_and_initials_do_not_end_sentences() -> None:
    text = "Gen. Okafor said U.S. advisers left. Lt. Col. A. Musa agreed! Was it over?"
    assert _split(text) == [
        "Gen. Okafor said U.S. advisers left.",
        "Lt. Col. A. Musa agreed!",
        "Was it over?",
    ]


def test_closing_quotes_stay_with_their_sentence() -> None:
    text = 'He called it "a massacre." Police declined to comment.'
    assert _split(text) == ['He called it "a massacre."', "Police declined to comment."]


def test_paragraphs_and_headlines_are_sentences() -> None:
    text = "Clashes in the north\n\nFighting resumed on Monday.\nResidents fled"
    assert _split(text) == ["Clashes in the north", "Fighting resumed on Monday.", "Residents fled"]


def test_each_item_of_a_bulleted_list_is_a_sentence() -> None:
    text = (
        "Latest:\n* Crowds gathered at the gate. Shops closed early\n"
        "* Police fired tear gas\n- Two buses were burnt.\n\u2022 Roads reopened at dusk."
    )
    assert _split(text) == [
        "Latest:",
        "Crowds gathered at the gate.",
        "Shops closed early",
        "Police fired tear gas",
        "Two buses were burnt.",
        "Roads reopened at dusk.",
    ]
    # a dash inside a line, or before a number, is no list item
    assert _split("Rain - heavy at times - fell.\n-3 degrees overnight") == [
        "Rain - heavy at times - fell.\n-3 degrees overnight"
    ]


def test_offsets_index_the_text() -> None:
    text = "  One.  Two here.  "
    spans = list(split_sentences(text))
    assert [text[s:e] for s, e in spans] == ["One.", "Two here."]


def test_candidates() -> None:
    assert is_candidate("Gunmen killed three villagers near the market.")
    assert is_candidate("Hundreds protested outside parliament.")
    assert not is_candidate("The central bank kept interest rates unchanged.")
    assert is_candidate("TROOPS RETOOK THE TOWN")  # headlines in capitals
    assert is_candidate("Tear Gas Fired At Marchers")
    assert not is_candidate("MARCH 3 BUDGET VOTE")  # the month, as in lower case


@pytest.mark.parametrize(
    "text",
    [
        "The legislative assembly will sit again on Monday.",
        "The party's chief whip met the convener of the committee.",
        "The board named a new chief executive and a finance executive.",
        "Engineers are exploring new ways to exploit the gas field.",
        "Jetmir bought a mobile phone in Bombay.",
        "Prices have been stable and the miners want stability.",
        "Officials gathered information on the stumbling block in the talks.",
    ],
)
def test_trigger_stems_in_their_other_senses_make_no_candidate(text: str) -> None:
    assert not is_candidate(text)


@pytest.mark.parametrize(
    "text",
    [
        "Protesters assembled outside the county offices.",
        "Traders converged on the square and congregated near the gate.",
        "Rebels executed two captives.",
        "A bomb exploded near the bus stop.",
        "Jets bombed the camp.",
        "A mob stabbed a trader.",
        "A land mine killed two herders.",
        "Police whipped the detainees.",
    ],
)
def test_trigger_stems_in_their_event_senses_stay_candidates(text: str) -> None:
    assert is_candidate(text)


def test_a_slash_closing_a_word_is_its_own_token(model: Any) -> None:
    words = [t.text for t in model("Raid on a farm - 4 killed/ 9 hurt on 9/11 and/or later")]
    assert words[words.index("killed") + 1] == "/"
    assert "9/11" in words
    assert "and/or" in words
