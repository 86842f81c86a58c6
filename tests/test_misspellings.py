"""Misspelt trigger words (`misspellings`): read as the trigger they misspell by the
candidate filter and by `find_triggers` alike, never when the word is English or close
to another English word. Sentences and misspellings written by the team."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.misspellings import mentions_misspelt_trigger, misspelt_kind
from eventwire.triggers import find_triggers, is_candidate
from test_subtypes import one


@pytest.mark.parametrize(
    ("word", "kind"),
    [
        ("ambushd", "attack"),  # a letter dropped
        ("assualt", "attack"),  # two letters swapped
        ("kidnappped", "abduct"),  # a letter added
        ("demonstrasion", "protest"),  # a letter changed
        ("Shellling", "shell"),  # the first word of a sentence
        ("proteston", "protest"),  # a space dropped before a short word
        ("demonstratedagainst", "protest"),
    ],
)
def test_one_slip_from_a_trigger_is_that_trigger(word: str, kind: str) -> None:
    assert misspelt_kind(word) == kind


@pytest.mark.parametrize(
    "word",
    [
        "attach",  # English words are never corrected
        "burnon",  # a short word run into a trigger shorter than five letters
        "stake",
        "marching",  # a trigger's own form is the lemma table's to read
        "attaced",  # "attacked", but also "attached"
        "killa",  # short: only a letter dropped or two swapped are slips there
        "tattack",  # the first letter is kept by a slip
        "attakkced",  # two slips
        "abductees",  # a person named from a trigger: a word the word lists lack
        "riot",  # under five letters
    ],
)
def test_english_short_and_far_words_are_not_misspelt_triggers(word: str) -> None:
    assert misspelt_kind(word) == ""


def test_the_candidate_filter_lets_a_misspelt_trigger_through() -> None:
    assert not mentions_misspelt_trigger("the ferry left the harbour at dawn.")
    assert is_candidate("Bandits ambushd a grain lorry near Tulomo on Friday.")
    assert is_candidate("A demonstrasion blocked the avenue for an hour.")
    assert not is_candidate("The choir will attach new hymns to the programme.")


def test_the_parse_reads_a_misspelt_trigger_by_its_kind(model: Any) -> None:
    found = {t.text: (t.kind, t.rule) for t in find_triggers(model("Bandits ambushd a lorry."))}
    assert found["ambushd"] == ("attack", "spelling:attack")
    # a name in capitals is no misspelling ("Shelly" is not "shells")
    names = find_triggers(model("Yesterday Kaleb Stormy met the press in Dorvale."))
    assert not [t for t in names if t.rule.startswith("spelling")]


def test_a_misspelt_trigger_codes_its_event(model: Any) -> None:
    event = one(model, "Armed bandits ambushd a matatu on the Tulomo road on Friday.")
    assert event.event_type == "Violence against civilians"
    protest = one(model, "Hundreds of nurses staged a demonstrasion outside the ministry.")
    assert protest.event_type == "Protests"
