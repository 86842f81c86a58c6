"""A name after a title in text without capitals: a person's ("mr kelvale"), unless an
office's "of" puts a place there ("the mayor of kelvale"). Names are invented."""

from __future__ import annotations

import pytest

from eventwire.toponym_caseless import _person


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("the witness, mr kelvale, told the court.", True),
        ("a statement by officer dan kelvale followed.", True),
        ("the mayor of kelvale declared an emergency.", False),
        ("the chief of kelvale district resigned.", False),
        ("the son of kelvale was questioned.", True),  # a kin word: a person's name
    ],
)
def test_a_name_after_a_title(text: str, person: bool) -> None:
    start = text.index("kelvale")
    assert _person(text, start, start + len("kelvale"), False) is person
