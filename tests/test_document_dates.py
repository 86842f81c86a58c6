"""The document date and its provenance: metadata > dateline > URL > inferred."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.docdates import dateline_date, url_date
from eventwire.records import Document, DocumentDate, TimePrecision
from eventwire.timex import document_date

DAY, MONTH = TimePrecision.DAY, TimePrecision.MONTH
URL = "https://news.example.org/world/2019/06/18/checkpoint-attack/"


def dated(text: str, url: str | None = None) -> DocumentDate | None:
    return document_date(Document("d", text, url=url))


# --- precedence ---------------------------------------------------------------------


def test_metadata_outranks_dateline_and_url() -> None:
    doc = Document(
        "d",
        "BAGHDAD, June 17, 2019 (Reuters) - Gunmen attacked a checkpoint.",
        url=URL,
        published_at=date(2019, 6, 19),
        published_at_source="meta",
    )
    assert document_date(doc) == DocumentDate(date(2019, 6, 19), "meta")


def test_dateline_outranks_url() -> None:
    text = "BAGHDAD, June 17, 2019 (Reuters) - Gunmen attacked a checkpoint."
    assert dated(text, URL) == DocumentDate(date(2019, 6, 17), "dateline")


def test_a_date_guessed_from_the_page_comes_after_dateline_and_url() -> None:
    text = "BAGHDAD, June 17, 2019 (Reuters) - Gunmen attacked a checkpoint on Sunday."

    def guessed(text: str) -> Document:
        return Document("d", text, published_at=date(2019, 6, 2), published_at_source="inferred")

    assert document_date(guessed(text)) == DocumentDate(date(2019, 6, 17), "dateline")
    undated = guessed("Gunmen attacked a checkpoint on Sunday.")
    assert document_date(undated) == DocumentDate(date(2019, 6, 2), "inferred")


def test_url_outranks_the_texts_anchors() -> None:
    text = "Gunmen attacked a checkpoint on June 12, 2019, and again on Monday."
    assert dated(text, URL) == DocumentDate(date(2019, 6, 18), "url")
    assert dated(text) == DocumentDate(date(2019, 6, 12), "inferred")


def test_nothing_dates_a_text_without_anchors() -> None:
    assert dated("Gunmen attacked a checkpoint on Monday.", "https://example.org/a/1") is None


# --- datelines ----------------------------------------------------------------------


def test_wire_dateline_without_a_year_takes_the_urls_year() -> None:
    text = "BAGHDAD, June 18 (Reuters) - Gunmen attacked a checkpoint. The town fell in 2014."
    assert dated(text, URL) == DocumentDate(date(2019, 6, 18), "dateline")
    # Without a URL the year comes from the text's anchors: an inference.
    assert dated(text) == DocumentDate(date(2014, 6, 18), "inferred")


def test_yearless_dateline_takes_the_year_nearest_the_url_date() -> None:
    text = "KABUL, Dec. 31 (Reuters) - A bomb exploded near the airport."
    url = "https://example.org/asia/2020/01/01/kabul-bomb"
    assert dated(text, url) == DocumentDate(date(2019, 12, 31), "dateline")


@pytest.mark.parametrize(
    "text",
    [
        "KIRKUK, Iraq — Troops advanced on Tuesday after a night of shelling.",
        "KABUL (AP) — A suicide bomber struck a checkpoint on Tuesday.",
        "GAO, Mali, (AFP) - Gunmen attacked a base on Tuesday.",
    ],
)
def test_a_dateline_without_a_date_leaves_it_to_the_url(text: str) -> None:
    assert dateline_date(text) is None
    assert dated(text, URL) == DocumentDate(date(2019, 6, 18), "url")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Nairobi, 12 March 2019 – Police fired tear gas at protesters.", date(2019, 3, 12)),
        ("KIRKUK, Iraq, March 3, 2019 — Troops advanced on Sunday.", date(2019, 3, 3)),
        ("WASHINGTON, D.C., Oct. 3, 2018 (Reuters) - Officials said.", date(2018, 10, 3)),
        ("KHARTOUM, Sudan, Tuesday, June 4, 2019 (AFP) - Soldiers fired.", date(2019, 6, 4)),
        ("Lagos, Nigeria, Monday, 3 June 2019 — Gunmen struck a bank.", date(2019, 6, 3)),
    ],
)
def test_dateline_with_a_full_date(text: str, value: date) -> None:
    assert dated(text, URL) == DocumentDate(value, "dateline")


def test_weekday_dateline_moves_the_inferred_date_forward() -> None:
    text = "CAIRO, Tuesday (AFP) - Police fired on crowds after the March 6, 2019 vote."
    # 2019-03-06 is a Wednesday; the next Tuesday is 2019-03-12.
    assert dated(text) == DocumentDate(date(2019, 3, 12), "inferred")
    # A URL's date outranks a date inferred from the text and moved to a weekday.
    assert dated(text, URL) == DocumentDate(date(2019, 6, 18), "url")


@pytest.mark.parametrize(
    "text",
    [
        "Police, soldiers and medics — all were there on March 6, 2019.",
        "Gunmen, witnesses said, fired on a bus — killing 12 on March 6, 2019.",
    ],
)
def test_an_ordinary_sentence_is_no_dateline(text: str) -> None:
    assert dateline_date(text) is None
    assert dated(text) == DocumentDate(date(2019, 3, 6), "inferred")


# --- URLs ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "value", "precision"),
    [
        ("https://example.org/world/2019/06/18/attack/", date(2019, 6, 18), DAY),
        ("https://example.org/world/2019/6/8/attack", date(2019, 6, 8), DAY),
        ("https://example.org/news/2019-06-18/attack", date(2019, 6, 18), DAY),
        ("https://example.org/news/iraq-attack-2019-06-18", date(2019, 6, 18), DAY),
        ("https://example.org/news/attack-20190618-kirkuk.html", date(2019, 6, 18), DAY),
        ("https://example.org/20190618/attack", date(2019, 6, 18), DAY),
        ("https://example.org/news/2019/06/attack-on-checkpoint", date(2019, 6, 1), MONTH),
        ("https://example.org/news/2019/06/", date(2019, 6, 1), MONTH),
    ],
)
def test_url_dates(url: str, value: date, precision: TimePrecision) -> None:
    assert url_date(url) == DocumentDate(value, "url", precision)


@pytest.mark.parametrize(
    "url",
    [
        "https://example.org/article/12345678",  # no valid month
        "https://example.org/article/20191399",  # month 13
        "https://example.org/article/202001181234",  # a longer run of digits
        "https://example.org/story/2019/13/01/x",  # month 13
        "https://example.org/story/2019/attack",  # a year alone
        "https://2019-06-18.example.org/attack",  # the host is not the path
        "https://example.org/live?day=20190618",  # nor is the query
        "not a url at all",
        "",
    ],
)
def test_no_date_in_url(url: str) -> None:
    assert url_date(url) is None


def test_url_month_gives_way_to_a_day_the_text_names_in_that_month() -> None:
    url = "https://example.org/news/2019/06/attack"
    assert dated("Troops entered the town on June 12.", url) == DocumentDate(
        date(2019, 6, 12), "inferred"
    )
    assert dated("Troops entered the town on May 30.", url) == DocumentDate(
        date(2019, 6, 1), "url", MONTH
    )


# --- inference ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Thousands marched on December 17, the fifth anniversary of the 2011 uprising.",
        "Crowds rallied on December 17 on the fifth anniversary of the December 17, 2011 revolt.",
    ],
)
def test_an_anniversary_gives_a_yearless_day_its_year(text: str) -> None:
    assert dated(text) == DocumentDate(date(2016, 12, 17), "inferred")


# --- yearless datelines and weekdays -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # June 18, 2012 is a Monday: the first later June 18 on a Tuesday is in 2013.
        (
            "CAIRO, Tuesday, June 18 (AFP) - Crowds gathered again. "
            "The square was first cleared in 2012.",
            date(2013, 6, 18),
        ),
        # May 9, 2017 is a Tuesday; the lede's Sunday first fits May 9, 2021.
        (
            "HARGEISA, May 9 (Wire) - Clan militias fought outside the town on Sunday, "
            "elders said. The land dispute began in 2017.",
            date(2021, 5, 9),
        ),
        # The lede's Monday is the day before May 9, 2017: the anchors' year fits.
        (
            "HARGEISA, May 9 (Wire) - Clan militias fought outside the town on Monday, "
            "elders said. The land dispute began in 2017.",
            date(2017, 5, 9),
        ),
        # A weekday after the lede's first sentence says nothing of the dateline.
        (
            "HARGEISA, May 9 (Wire) - Clan militias fought outside the town. "
            "Elders met on Sunday. The land dispute began in 2017.",
            date(2017, 5, 9),
        ),
    ],
)
def test_a_yearless_dateline_keeps_to_the_weekday_it_or_its_lede_names(
    text: str, value: date
) -> None:
    assert dated(text) == DocumentDate(value, "inferred")


def test_a_yearless_dateline_falls_after_a_part_of_a_year_the_story_recalls() -> None:
    text = "DAKAR, Feb 2 (Wire) - Soldiers closed the border. The junta took power in late 2019."
    assert dated(text) == DocumentDate(date(2020, 2, 2), "inferred")
