"""Tests of an HTML page's own date (`eventwire.pagedates`): what its byline shows
against what its metadata declares, with small pages written for these tests."""

from __future__ import annotations

import json
from datetime import date

import pytest

from eventwire.htmltree import _parse
from eventwire.pagedates import (
    PageDates,
    _visible_dates,
    html_page_dates,
    page_date,
    page_modified_date,
)
from eventwire.read import read_html

_STORY = (
    "<p>Bus drivers in the northern depots stopped work on Thursday after talks on"
    " overtime pay broke down, leaving commuters to walk or share taxis into the city.</p>"
)
_DECLARED = '<meta property="article:published_time" content="2021-06-10T08:00:00+00:00">'


def _page(byline: str, head: str = _DECLARED, after: str = "") -> str:
    others = "".join(
        f"<li><a href='/s{n}'>Earlier story {n}</a> <span>Updated: May {n}, 2021</span></li>"
        for n in range(1, 4)
    )
    return (
        f"<html><head><title>Bus strike</title>{head}</head><body>"
        f"<div class='story'><h1>Bus strike</h1>{byline}{_STORY * 6}{after}</div>"
        f"<div class='more'><ul>{others}</ul></div></body></html>"
    )


@pytest.mark.parametrize(
    ("byline", "day"),
    [
        ("<p class='byline'>By Tomas Reyes Updated June 14, 2021</p>", date(2021, 6, 14)),
        (
            "<div>By Tomas Reyes<span>Updated 3:42 PM ET, Mon June 14, 2021</span></div>",
            date(2021, 6, 14),
        ),
        ("<p>Updated 1805 GMT (0205 HKT) June 15, 2021</p>", date(2021, 6, 15)),
        ("<p>Last updated on 16 Jun, 2021</p>", date(2021, 6, 16)),
        ("<div class='meta'>LAST MODIFIED: 2021-06-17</div>", date(2021, 6, 17)),
    ],
)
def test_a_byline_that_shows_only_an_update_dates_the_page_by_it(byline: str, day: date) -> None:
    doc = read_html(_page(byline))
    assert doc.published_at == day and doc.published_at_source == "meta"


@pytest.mark.parametrize(
    "byline",
    [
        "<p>Published: June 10, 2021 | Updated: June 14, 2021</p>",
        "<p>Posted June 10, 2021</p><p>Updated June 14, 2021</p>",
        "<div><span>/June 10, 2021 8:15 am</span><span>/Updated: June 14, 2021</span></div>",
        "<ul><li><time>June 10, 2021</time></li><li><div>Updated: June 14, 2021</div></li></ul>",
        "<p>Last updated 14 Jun 2021, originally written 10 Jun 2021</p>",
    ],
)
def test_a_page_that_shows_its_publication_beside_its_update_keeps_the_publication(
    byline: str,
) -> None:
    assert read_html(_page(byline)).published_at == date(2021, 6, 10)


def test_a_publication_label_further_down_the_story_outranks_an_update_alone() -> None:
    html = _page("<p>Updated June 14, 2021</p>", head="", after="<p>Published: June 9, 2021</p>")
    assert read_html(html).published_at == date(2021, 6, 9)


def test_an_update_before_the_declared_publication_is_not_taken() -> None:
    assert read_html(_page("<p>Updated June 2, 2021</p>")).published_at == date(2021, 6, 10)


def test_an_update_on_an_undated_page_dates_it() -> None:
    assert read_html(_page("<p>Updated: June 14, 2021</p>", head="")).published_at == date(
        2021, 6, 14
    )


@pytest.mark.parametrize(
    ("byline", "after"),
    [
        ("", "<footer><p>Last updated June 14, 2021</p></footer>"),
        ("", "<div id='site-footer'><p>Last modified: 2021-06-14</p></div>"),
        ("", "<aside><p>Updated: June 14, 2021</p></aside>"),
        ("", "<p>This page was last modified on 14 June 2021, at 10:12.</p>"),
        ("", "<p>The timetable was updated on June 14, 2021 to add night buses.</p>"),
        ("<p>Updated 14 June</p>", ""),  # no year: no day to take
    ],
)
def test_what_is_no_update_byline(byline: str, after: str) -> None:
    assert read_html(_page(byline, after=after)).published_at == date(2021, 6, 10)


def test_a_list_of_other_stories_with_update_times_is_no_byline() -> None:
    # The first "Updated" on the page is in a list whose other items show other dates.
    tree = _parse(_page("<p class='byline'>By Tomas Reyes</p>", head=""))
    assert _visible_dates(tree) == (None, None)


def test_a_time_or_weekday_between_a_publication_label_and_its_date() -> None:
    tree = _parse(_page("<p>Published 11:02 a.m. EDT, Fri June 11, 2021</p>", head=""))
    assert _visible_dates(tree) == ("2021-06-11", None)
    assert page_date(tree, None) == "2021-06-11"


def test_the_modified_date_from_metadata_json_ld_or_the_byline() -> None:
    meta = '<meta property="article:modified_time" content="2021-06-12T10:00:00+00:00">'
    assert page_modified_date(_parse(_page("", head=meta))) == "2021-06-12"
    ld = {"@type": "NewsArticle", "datePublished": "2021-06-10", "dateModified": "2021-06-13"}
    script = f"<script type='application/ld+json'>{json.dumps(ld)}</script>"
    assert page_modified_date(_parse(_page("", head=script))) == "2021-06-13"
    assert page_modified_date(_parse(_page("<p>Updated June 14, 2021</p>"))) == "2021-06-14"
    assert page_modified_date(_parse(_page("<p>By Tomas Reyes</p>", head=_DECLARED))) is None
    # Written the day before its scheduled publication: not modified after it.
    assert page_modified_date(_parse(_page("", head=meta)), published="2021-06-13") is None


@pytest.mark.parametrize(
    ("byline", "found"),
    [
        ("<p><b>Posted</b><time>June 11, 2021</time></p>", ("2021-06-11", None)),
        (
            "<div>By Tomas Reyes, Metro<span>Updated</span><span>June 14, 2021</span></div>",
            (None, "2021-06-14"),
        ),
        (f"<p>Updated:{' ' * 2000}\n<time>June 14, 2021</time></p>", (None, "2021-06-14")),
    ],
)
def test_labels_split_over_elements_or_far_from_their_date_pass_the_quick_search(
    byline: str, found: tuple[str | None, str | None]
) -> None:
    # The whole page's text, where adjacent elements run together, is searched first.
    assert _visible_dates(_parse(_page(byline, head=""))) == found


def test_the_readers_calls_in_one() -> None:
    modified = '<meta property="article:modified_time" content="2021-06-12T10:00:00+00:00">'
    tree = _parse(_page("<p>By Tomas Reyes</p>", head=_DECLARED + modified))
    expected = PageDates(date(2021, 6, 10), "meta", date(2021, 6, 12))
    assert html_page_dates(tree, "https://news.example.org/buses") == expected
    tree = _parse(_page("<p>By Tomas Reyes Updated June 14, 2021</p>"))
    dates = html_page_dates(tree, None)
    assert dates == PageDates(date(2021, 6, 14), "meta", date(2021, 6, 14))
    undated = "<html><body><article>" + _STORY * 6 + "</article></body></html>"
    assert html_page_dates(_parse(undated), None) == PageDates(None, "none", None)


def test_the_last_resort_date_parser_knows_a_few_languages_only() -> None:
    # htmldate's fallback, dateparser, would otherwise try all of its 200 locales on a
    # date English does not parse (1.6 s the first time in a process).
    from htmldate import extractors

    page = f"<html><body><h1>Strike</h1>{_STORY}<p>Mardi 8 juin 2021, 10h00</p></body></html>"
    html_page_dates(_parse(page), None)
    languages = extractors.get_external_parser().languages
    assert languages is not None and "en" in languages and len(languages) < 10
