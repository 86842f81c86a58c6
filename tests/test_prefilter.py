"""`prefilter`: the literal strings a pattern needs, and a filter that never drops a
pattern that matches."""

from __future__ import annotations

import re

import pytest

from eventwire import toponym_cues, triggerphrases
from eventwire.prefilter import PatternFilter, needs


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\bfired (?:on|at)\b", {"fired "}),
        (r"\b(?:bombs?|ieds?)\b", {"bomb", "ied"}),
        (r"\bset (?:\S+ ){0,5}ablaze\b", {"ablaze"}),  # the longest string the match holds
        (r"(?:gun)?fire", {"fire"}),
        (r"\b(?:\d+|many) dead\b", {" dead"}),
        (r"x(?:ab)+y", {"ab"}),
        (r"\b[A-Z]\w+(?= (?:attacked|raided))", {"attacked", "raided"}),  # what must follow
        (r"\bston(?:ed|ing)\b(?! to death)", {"ston"}),  # what must not follow: nothing
    ],
)
def test_needs_reads_the_literal_strings(pattern: str, expected: set[str]) -> None:
    assert needs(re.compile(pattern)) == expected


@pytest.mark.parametrize(
    "pattern",
    [
        re.compile(r"\b\w+\d"),  # no literal at all
        re.compile(r"(?:bomb)?s?"),  # everything optional
        re.compile(r"bomb|\d+"),  # one alternative needs nothing
        re.compile(r"(?i:bomb)"),  # inline flags
        re.compile("ſhot", re.IGNORECASE),  # a non-ASCII letter that folds to ASCII
    ],
)
def test_patterns_whose_needs_cannot_be_read_are_always_run(pattern: re.Pattern[str]) -> None:
    assert needs(pattern) is None
    assert PatternFilter([pattern]).candidates("nothing in common") == [0]


SENTENCES = [
    "gunmen opened fire on a bus, and police returned fire.",
    "the bodies of two men were found dumped near the canal.",
    "protesters blocked the highway and burned tyres, demanding water.",
    "a roadside bomb went off as the convoy passed; no one was hurt.",
    "the rebels were pushed back from the town after fierce fighting.",
    "villagers said raiders drove away 200 cattle at dawn.",
    "officials signed a ceasefire agreement on monday.",
    "the market was quiet and shops opened as usual.",
    "",
    "Gov. Smith spoke at City Hall on Jan. 5 about the $2 million budget, Linn County.",
    "The sheriff's office said the Interstate 80 crash closed the Elm Ave. exit.",
]


def test_phrase_matches_are_those_of_every_pattern_run_in_turn() -> None:
    for text in SENTENCES:
        lower = text.lower()
        every = [
            (m.start(), m.end(), kind)
            for pattern, kind in triggerphrases.PHRASES
            for m in pattern.finditer(lower)
        ]
        assert list(triggerphrases.phrase_matches(text)) == every, text


@pytest.mark.parametrize(
    "patterns",
    [[p for p, _ in triggerphrases.PHRASES], list(toponym_cues._US_LOCAL)],
    ids=["trigger phrases", "american local marks"],
)
def test_the_filter_keeps_every_pattern_that_matches(patterns: list[re.Pattern[str]]) -> None:
    lowered = [re.compile(p.pattern) for p in patterns]
    kept = PatternFilter(lowered)
    texts = SENTENCES + [s.lower() for s in SENTENCES]
    # each pattern's own strings, alone and in a sentence, reach their pattern
    texts += [f"on tuesday {s} was reported" for n in map(needs, lowered) for s in n or ()]
    for text in texts:
        candidates = kept.candidates(text)
        assert candidates == sorted(candidates)
        matching = [i for i, p in enumerate(lowered) if p.search(text)]
        assert set(matching) <= set(candidates), text


def test_a_case_insensitive_pattern_is_looked_for_in_the_lower_cased_text() -> None:
    bombs = re.compile(r"\b(?:Bombs?|IEDs?)\b", re.IGNORECASE)
    assert needs(bombs) == {"bomb", "ied"}
    kept = PatternFilter([bombs, re.compile(r"Police")])
    assert kept.candidates("Two BOMBS went off") == [0]
    assert kept.candidates("police and Police") == [1]
    assert kept.candidates("the market was quiet") == []
    # Unicode folds "ſ" (long s) to "s": a text that is not ASCII runs every such pattern
    assert re.compile("s", re.IGNORECASE).search("ſ")
    assert kept.candidates("the market was quiet, ſo it seemed") == [0]


def test_generic_groups_found_as_before() -> None:
    from eventwire import genericactors

    texts = [
        *SENTENCES,
        "Unidentified GUNMEN attacked villagers and shoppers; armed bandits fled.",
        "Pro-government militias and private security guards clashed with rioters.",
        "Protesters and marchers joined angry mobs near the watchmen's post.",
        "Students and Ⅰnsurgents",  # not ASCII: every pattern runs
    ]
    for text in texts:
        every = [m.span() for p, _, _ in genericactors._GENERIC_RE for m in p.finditer(text)]
        kept = genericactors._GENERIC_FILTER.candidates(text)
        assert [
            m.span() for i in kept for m in genericactors._GENERIC_RE[i][0].finditer(text)
        ] == every


def test_community_patterns_kept_where_they_match() -> None:
    from eventwire import communities

    texts = [
        "Fighting between the Alpha and Beta communities left three dead.",
        "Alpha and Beta herders clashed; rival Gamma clans then joined.",
        "Gunmen believed to be Delta raided the village. The Delta attacked again.",
        "Ethnic militias and CLAN MILITIAMEN fought; inter-communal violence spread.",
        "Delta gunmen stole cattle; the Epsilon community retaliated.",
    ]
    for text in texts:
        named = communities._NAMED_FILTER.candidates(text)
        for i, pattern in enumerate(communities._NAMED_PATTERNS):
            assert i in named or pattern.search(text) is None, (i, text)
        unnamed = communities._UNNAMED_FILTER.candidates(text)
        for i, (pattern, _) in enumerate(communities._UNNAMED):
            assert i in unnamed or pattern.search(text) is None, (i, text)


def test_date_rules_kept_where_they_match() -> None:
    from eventwire import timefind
    from eventwire.timerules import DAY_MONTH_RULES, FULL_DATE_RULES

    texts = [
        "The town fell on June 22, 2014; fighting resumed on 3 March.",
        "Police said on 2019-06-22 that the march of 14 Sept. 2019 was banned.",
        "on tuesday a mob attacked the station, police said.",
        "Talks began in Dec. 2015 and again on 5 January.",
    ]
    for text in texts:
        for rules, kept in (
            (FULL_DATE_RULES, timefind._FULL_DATES),
            (DAY_MONTH_RULES, timefind._DAY_MONTHS),
        ):
            candidates = kept.candidates(text)
            for i, rule in enumerate(rules):
                assert i in candidates or rule.pattern.search(text) is None, (rule.name, text)
    assert [d.isoformat() for _, d in timefind.full_dates(texts[0])] == ["2014-06-22"]
    assert timefind.day_months(texts[0]) == [(texts[0].index("3 March"), 3, 3)]
