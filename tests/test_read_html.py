"""Tests of HTML pages (metadata, repeated captions, page furniture) and of language
detection, with small pages written for these tests under tests/data/html/."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from eventwire.formats import declared_language, main_text, make_document
from eventwire.read import guess_language, read_html, read_paths
from eventwire.records import Document
from eventwire.settings import Settings

PAGES = Path(__file__).resolve().parent / "data" / "html"


def page(name: str) -> Document:
    return read_html((PAGES / f"{name}.html").read_bytes(), id=name)


def test_page_metadata_title_author_outlet_canonical_url_date_language() -> None:
    doc = page("captioned_news")
    assert doc.title == "Farmers block highway over water prices"
    assert doc.author == "Amina Delacroix" and doc.site == "Riverside Courier"
    assert doc.url == "https://courier.example.net/region/farmers-block-highway"
    assert doc.published_at == date(2023, 4, 18) and doc.published_at_source == "meta"
    assert doc.language == "en"


def test_banners_menus_and_read_more_lists_are_not_main_text() -> None:
    doc = page("captioned_news")
    assert "blocking traffic for six hours" in doc.text
    for furniture in ("Breaking News", "cookies", "Home", "Read more", "Council approves"):
        assert furniture not in doc.text
    assert "Copyright" not in doc.text and doc.published_at != date(2019, 1, 1)


def test_a_caption_repeated_as_body_text_is_kept_once() -> None:
    doc = page("captioned_news")
    assert doc.text.count("Tractors parked across the northbound lanes") == 1
    bridge = page("repeated_paragraphs")
    assert bridge.text.count("Engineers inspect the damaged pier") == 1
    assert bridge.text.count("We cannot take any risk") == 1


def test_calls_to_read_on_subscribe_and_rights_notices_are_dropped() -> None:
    bridge = page("repeated_paragraphs")
    assert "divers examine the foundations" in bridge.text
    for furniture in ("Read more", "Subscribe", "All rights reserved", "©"):
        assert furniture not in bridge.text
    assert bridge.published_at is None  # the footer year is no date


def test_main_text_keeps_short_repeats_and_prose_that_mentions_subscriptions() -> None:
    text = (
        "Update\nThe council voted to subscribe to the regional water scheme on Monday.\n"
        "Update\nRecommended changes to the scheme were rejected by the mayor.\n"
        "Copyright lawyers said a second vote is due in May."
    )
    assert main_text(text) == text
    furniture = (
        "Related stories\nRead more: Budget vote\nCopyright 2021 City Wire\nPhoto credit: AP"
    )
    assert main_text(f"{furniture}\nThe vote is due in May.") == "The vote is due in May."
    assert main_text("Same line said twice here.\nSame line  said twice here.") == (
        "Same line said twice here."
    )


def test_page_language_is_detected_from_its_text() -> None:
    doc = page("french_news")
    assert doc.language == "fr" and doc.site == "Le Courrier du Port"


def test_a_french_page_is_kept_and_skipped_as_not_coded(settings: Settings) -> None:
    from eventwire.dedupe import dedupe_stage
    from eventwire.pipeline import Context
    from eventwire.records import Analysis

    (doc,) = read_paths([PAGES / "french_news.html"], settings)
    assert isinstance(doc, Document)
    (out,) = dedupe_stage([Analysis(doc)], Context(settings))
    assert out.skipped == "language:fr"


def test_declared_language_backs_up_an_undetermined_text() -> None:
    assert declared_language('<!doctype html><html class="x" lang="de-AT"><body>') == "de"
    assert declared_language("<html><body>no lang</body></html>") is None
    doc = make_document("Ja. 12", id="x", origin=None, declared_language="de")
    assert doc.language == "de"
    english = make_document(
        "Police fired tear gas at protesters outside the parliament on Tuesday.",
        id="y",
        origin=None,
        declared_language="fr",
    )
    assert english.language == "en"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Police fired tear gas at protesters outside the parliament on Tuesday.", "en"),
        ("Die Polizei setzte Tränengas gegen Demonstranten vor dem Parlament ein.", "de"),
        ("La policía lanzó gases lacrimógenos contra los manifestantes en la plaza.", "es"),
        ("Полиция применила слезоточивый газ против протестующих у здания парламента.", "ru"),
        ("أطلقت الشرطة الغاز المسيل للدموع على المتظاهرين أمام البرلمان يوم الثلاثاء", "ar"),
        ("Breaking News", "und"),
        ("12345 67890 !!!", "und"),
        ("", "und"),
    ],
)
def test_language_detection(text: str, code: str) -> None:
    assert guess_language(text) == code


def test_a_text_in_two_languages_is_undetermined() -> None:
    english = (
        "Police fired tear gas at hundreds of protesters outside the parliament on Tuesday"
        " as they marched against a proposed tax increase, witnesses said."
    )
    french = (
        "Les manifestants se sont rassemblés devant la mairie pour réclamer la paix et la"
        " fin des violences dans la région, selon les organisateurs de la marche."
    )
    assert guess_language(english * 2) == "en" and guess_language(french * 2) == "fr"
    assert guess_language(f"{english} {english}\n\n{french} {french}") == "und"


def test_language_detection_reads_a_bounded_prefix() -> None:
    long_text = "Police fired tear gas at protesters outside the parliament. " * 50_000
    assert guess_language(long_text + " Les manifestants sont partis." * 1000) == "en"


def test_scripts_styles_svg_and_comments_are_cut_but_json_ld_metadata_is_read() -> None:
    doc = page("scripted_news")
    assert "walked off the job" in doc.text and "resume on Wednesday" in doc.text
    for markup in ("tracking script", "Inline script", "font-weight", "Vector drawing", "comment"):
        assert markup not in doc.text
    # JSON-LD survives the pruning: the publication (not the modification) date, the author.
    assert doc.published_at == date(2022, 9, 6) and doc.published_at_source == "meta"
    assert doc.author == "Tomas Ferreira"


def test_text_inside_noscript_is_not_pruned_before_extraction() -> None:
    from eventwire.htmltree import _parse

    tree = _parse((PAGES / "scripted_news.html").read_text(encoding="utf-8"))
    assert "picket line" in tree.text_content()
    assert "tracking script" not in tree.text_content()
    assert tree.find(".//script[@type='application/ld+json']") is not None


def test_text_after_a_removed_script_is_kept() -> None:
    html = (
        "<html><body><article><p>Police detained twelve protesters near the ministry on"
        " Friday.<script>var x = 1;</script> Witnesses said the crowd dispersed peacefully"
        " within an hour of the arrests.</p></article></body></html>"
    )
    doc = read_html(html)
    assert "dispersed peacefully" in doc.text and "var x" not in doc.text


def test_one_article_holding_the_prose_is_read_alone_else_the_whole_page() -> None:
    from eventwire.formats import _article
    from eventwire.htmltree import _parse

    story = (
        "<p>Riot police dispersed hundreds of students who had occupied the main square"
        " of the capital since Sunday night, witnesses said.</p>"
    )
    menu = "<nav><ul>" + "".join(f"<li><a href='/{n}'>Section {n}</a></li>" for n in range(50))
    focused = _article(
        _parse(f"<html><body>{menu}</ul></nav><article>{story}</article></body></html>")
    )
    assert focused is not None and "Section 1" not in focused.text_content()
    assert "Riot police" in focused.text_content()
    # most of the prose outside the article (a teaser): the whole page is read
    teaser = "<article><p>Short teaser.</p></article>"
    assert _article(_parse(f"<html><body>{teaser}<div>{story * 3}</div></body></html>")) is None
    doc = read_html(f"<html><body>{menu}</ul></nav><article>{story}</article></body></html>")
    assert "Riot police dispersed" in doc.text and "Section 1" not in doc.text


# --- the fast main-text path and its fallback to trafilatura ----------------------------


def _fast(html: str) -> str | None:
    from eventwire.htmltree import _parse
    from eventwire.maintext import fast_main_text

    return fast_main_text(_parse(html))


def test_fast_path_reads_the_story_element_with_its_lede_in_page_order() -> None:
    text = _fast((PAGES / "fast_story.html").read_text(encoding="utf-8"))
    assert text is not None
    lines = text.splitlines()
    assert lines[0].startswith("Crossings to the islands resume")  # the standfirst, above
    assert lines[1].startswith("Ferry crews voted") and "Commuters relieved" in lines
    assert lines[-1].startswith("The operator said the first sailing")
    for furniture in ("Share this story", "Council debates", "Most read", "Copyright", "moored"):
        assert furniture not in text
    assert "By Ines Okafor" not in text and "Home" not in lines


def test_fast_path_page_metadata_and_byline_author() -> None:
    doc = page("fast_story")
    assert doc.title == "Ferry workers end strike after pay deal"
    assert doc.site == "Lakeside Herald" and doc.author == "Ines Okafor"
    assert doc.url == "https://herald.example.org/news/ferry-strike-ends"
    assert doc.published_at == date(2024, 2, 12)  # not the footer's 2019
    assert "Ferry crews voted" in doc.text and "Share this story" not in doc.text


def test_a_post_tagged_with_many_topics_is_not_taken_for_a_tag_list() -> None:
    # Regression: "tag-..." in a post's long class list marked the story as boilerplate.
    story = "".join(
        f"<p>Paragraph {n}: the council met again on Monday to discuss the closure of the"
        " old bridge, and residents protested outside the town hall all afternoon.</p>"
        for n in range(8)
    )
    html = (
        "<html><body><article class='post tag-bridges tag-protests category-news"
        f" status-publish'><div class='entry'>{story}</div></article></body></html>"
    )
    text = _fast(html)
    assert text is not None and text.count("the council met again") == 8


def test_a_story_container_named_like_boilerplate_is_read_when_it_holds_the_prose() -> None:
    # Regression: the story sat in "widget Blog1" and "Article-content paywall"
    # containers, which their names marked as boilerplate: the fast path found no prose.
    story = "".join(
        f"<p>Paragraph {n}: dock workers kept the harbour gates shut for a third day on"
        " Friday, and the port authority said no ship had been unloaded since Tuesday.</p>"
        for n in range(9)
    )
    related = "<div class='related'><p>" + "Another story about the harbour. " * 3 + "</p></div>"
    for names in ("widget Blog Blog1", "Article-content paywall"):
        html = f"<html><body><div class='{names}'>{story}{related}</div></body></html>"
        text = _fast(html)
        assert text is not None and text.count("dock workers kept") == 9
        assert "Another story" not in text  # the boilerplate inside it stays out
    # a boilerplate block holding a minority of the prose stays out
    html = (
        f"<html><body><div class='entry'>{story}</div>"
        f"<div class='sidebar'>{story[:300]}</p></div></body></html>"
    )
    text = _fast(html)
    assert text is not None and text.count("dock workers kept") == 9


def test_scripts_and_captions_in_the_story_element_do_not_send_it_to_trafilatura() -> None:
    # Regression: a JSON-LD script or a long photo caption inside the story element
    # counted as text the fast path could not read, and the page went to trafilatura.
    story = "".join(
        f"<p>Paragraph {n}: the ferry company cancelled every crossing on Sunday as"
        " gales closed the strait, and hundreds of passengers waited at the terminal.</p>"
        for n in range(8)
    )
    ld = '<script type="application/ld+json">{"headline": "' + "x " * 900 + '"}</script>'
    caption = "<div class='photo-caption'>" + "Passengers wait at the terminal. " * 12 + "</div>"
    html = f"<html><body><div class='story'>{ld}{caption}{story}</div></body></html>"
    text = _fast(html)
    assert text is not None and text.count("the ferry company cancelled") == 8
    assert "Passengers wait" not in text
    # text in the story element that no block holds still sends the page on
    loose = "<div>" + "Timetable row with departures and arrivals. " * 40 + "</div>"
    assert _fast(f"<html><body><div class='story'>{loose}{story}</div></body></html>") is None


def test_a_boilerplate_block_is_measured_once_and_what_follows_it_still_counts() -> None:
    # The walk that measures the story element skips a boilerplate block's subtree
    # (a share bar inside a caption is not subtracted twice), and only that subtree (a
    # script just after the caption is still subtracted).
    story = "".join(
        f"<p>Part {n}: volunteers cleared fallen trees from the river road on Thursday"
        " after the storm, and the council said the bridge would reopen by Friday.</p>"
        for n in range(8)
    )
    share = "<div class='share-tools'>" + "Share this picture with friends. " * 10 + "</div>"
    caption = f"<div class='photo-caption'>{share}A crew saws through a fallen oak.</div>"
    ld = '<script type="application/ld+json">{"headline": "' + "x " * 900 + '"}</script>'
    text = _fast(f"<html><body><div class='story'>{caption}{ld}{story}</div></body></html>")
    assert text is not None and text.count("volunteers cleared") == 8
    assert "Share this picture" not in text and "fallen oak" not in text
    # loose text worth a seventh of the story: the page goes on to trafilatura
    loose = "<div>" + "Road closures and detours in the district. " * 5 + "</div>"
    html = f"<html><body><div class='story'>{caption}{loose}{story}</div></body></html>"
    assert _fast(html) is None


def test_prose_outside_paragraphs_falls_back_to_trafilatura() -> None:
    html = (PAGES / "table_story.html").read_text(encoding="utf-8")
    assert _fast(html) is None
    doc = page("table_story")
    assert "Several hundred miners blocked the only road" in doc.text
    assert "wages would be paid by the end of the month" in doc.text


def test_competing_regions_of_prose_or_too_little_prose_fall_back() -> None:
    story = (
        "<p>Riot police dispersed hundreds of students who had occupied the main square"
        " of the capital since Sunday night, witnesses said on Monday.</p>"
    )
    one = f"<html><body><div>{story * 10}</div><section>{story}</section></body></html>"
    assert _fast(one) is not None  # one region holds nearly all of the prose
    two = f"<html><body><div>{story * 5}</div><section>{story * 5}</section></body></html>"
    assert _fast(two) is None
    assert _fast(f"<html><body><div>{story * 3}</div></body></html>") is None
    doc = read_html(two)
    assert "Riot police dispersed" in doc.text


def test_a_link_list_is_not_read_as_story_text() -> None:
    links = "".join(f"<li><a href='/{n}'>Another story {n}</a></li>" for n in range(2))
    story = (
        "<p>Farmers drove tractors into the city centre on Wednesday to protest against"
        " the new fuel tax, blocking three main roads until the evening.</p>"
    )
    body = f"<div class='main'>{story * 8}<ul>{links}</ul></div>"
    text = _fast(f"<html><body>{body}</body></html>")
    assert text is not None and "Another story" not in text
    # the same links as plain text in the story element: not a link list, so kept
    text = _fast(
        f"<html><body>{body.replace('<a ', '<span ').replace('</a>', '</span>')}</body></html>"
    )
    assert text is not None and "Another story 1" in text


def test_a_story_split_into_blocks_of_one_kind_is_read_whole_in_order() -> None:
    first = (
        "<p>Opening: thousands of teachers marched through the capital on Saturday to"
        " demand smaller classes and the hiring of more staff in rural schools.</p>"
    )
    rest = (
        "<p>Later: the education ministry said it would publish a plan for the coming"
        " school year after meeting the teachers' unions on Tuesday afternoon.</p>"
    )
    html = (
        f"<html><body><div class='story-text'>{first}</div><div class='promo'>Buy now</div>"
        f"<div class='story-text'>{rest * 8}</div></body></html>"
    )
    text = _fast(html)
    assert text is not None and text.startswith("Opening:") and "Buy now" not in text
    assert text.count("Later:") == 8


# --- the publication date ------------------------------------------------------------

_STORY = (
    "<p>Dock workers walked off the job at the container port on Monday morning, halting"
    " the loading of ships until the port authority agreed to reopen wage talks.</p>"
)


def _dated_page(head: str, byline: str, aside: str = "") -> str:
    others = "".join(
        f"<li><a href='/s{n}'>Earlier story {n}</a><p class='date'>2021-0{n}-1{n}</p></li>"
        for n in range(1, 4)
    )
    return (
        f"<html><head><title>Dock strike</title>{head}</head><body>"
        f"<div class='story'><h1>Dock strike</h1>{byline}{_STORY * 6}</div>"
        f"{aside}<div class='more'><ul>{others}</ul></div></body></html>"
    )


@pytest.mark.parametrize(
    "byline",
    [
        "<p class='date'>Written: 2021-06-14 09:12:40 / Updated: 2021-06-15 18:03:11</p>",
        "<div class='meta'>Published on Monday, 14 June 2021</div>",
        "<div class='meta'><span>Posted</span> <time>June 14, 2021</time></div>",
        "<p class='byline'>Posted by Lena Ortiz on Jun 14, 2021 | 3 comments</p>",
    ],
)
def test_a_visible_labelled_publication_date_outranks_other_dates_on_the_page(
    byline: str,
) -> None:
    doc = read_html(_dated_page("", byline))
    assert doc.published_at == date(2021, 6, 14) and doc.published_at_source == "meta"


def test_a_declared_publication_date_outranks_a_visible_label() -> None:
    head = '<meta property="article:published_time" content="2021-06-13T22:40:00+00:00">'
    byline = "<p class='date'>Published: 14 June 2021</p>"
    assert read_html(_dated_page(head, byline)).published_at == date(2021, 6, 13)


def test_a_page_keeps_its_modified_date_beside_its_publication_date() -> None:
    head = (
        '<meta property="article:published_time" content="2021-06-13T22:40:00+00:00">'
        '<meta property="article:modified_time" content="2021-06-16T08:00:00+00:00">'
    )
    doc = read_html(_dated_page(head, "<p class='byline'>By Lena Ortiz</p>"))
    assert (doc.published_at, doc.modified_at) == (date(2021, 6, 13), date(2021, 6, 16))
    assert doc.to_json()["modified_at"] == "2021-06-16"


@pytest.mark.parametrize(
    ("byline", "aside"),
    [
        ("<p class='byline'>By Lena Ortiz</p>", "<aside><p>Posted: 2 May 2020</p></aside>"),
        ("<p class='date'>Updated 15 June 2021, 18:03</p>", ""),  # not a publication label
        ("<p>A video posted on a union account on June 2, 2021 showed the pickets.</p>", ""),
    ],
)
def test_what_is_no_publication_label(byline: str, aside: str) -> None:
    from eventwire.htmltree import _parse
    from eventwire.pagedates import _labelled_date

    assert _labelled_date(_parse(_dated_page("", byline, aside))) is None


# --- parsing -----------------------------------------------------------------------------


def test_a_page_with_control_characters_and_a_form_is_read() -> None:
    story = _STORY.replace("Monday", "Mon\x0bday\x01")
    html = (
        "<!DOCTYPE html><html><body><form><input name='q'><select><option>A</option>"
        f"</select></form><article>{story}</article></body></html>"
    )
    doc = read_html(html)
    assert "Monday morning" in doc.text and "\x01" not in doc.text


def test_pages_parse_to_html_elements_whatever_their_tag() -> None:
    from lxml.html import HtmlElement  # type: ignore[import-untyped]

    from eventwire.htmltree import _parse

    tree = _parse(f"<html><body><form><input name='q'></form>{_STORY}</body></html>")
    assert all(isinstance(element, HtmlElement) for element in tree.iter())
    assert "Dock workers" in tree.find(".//p").text_content()


def test_json_ld_metadata_is_read_from_the_fields_that_name_it() -> None:
    # The article body holds an escaped backslash before "u2014" (code, a path): read as
    # JSON first, it no longer turns into an invalid escape that hides the site's name.
    import json

    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "name": "Harbour Gazette"},
            {
                "@type": "NewsArticle",
                "headline": "Dock workers strike over pay",
                "articleBody": "Dock workers walked off \\u2014 the job.\n" * 50,
                "image": [{"@type": "ImageObject", "url": "https://example.org/a.jpg"}] * 20,
                "author": [{"@type": "Person", "name": "Lena Ortiz", "url": "/lena"}],
                "datePublished": "2021-06-14T09:12:40Z",
            },
        ],
    }
    script = f"<script type='application/ld+json'>{json.dumps(graph)}</script>"
    doc = read_html(_dated_page(script, ""))
    assert doc.author == "Lena Ortiz" and doc.site == "Harbour Gazette"
    assert doc.published_at == date(2021, 6, 14)


def test_dates_of_other_stories_in_time_elements_do_not_outrank_a_label() -> None:
    from eventwire.htmltree import _parse
    from eventwire.pagedates import _declared

    others = "".join(
        f"<li><a href='/s{n}'>Earlier story {n}</a> <time datetime='2021-05-0{n}'>May {n}</time>"
        "</li>"
        for n in range(1, 4)
    )
    html = _dated_page("", "<p class='date'>Written: 2021-06-14 09:12:40</p>").replace(
        "</body>", f"<ul class='latest'>{others}</ul></body>"
    )
    assert read_html(html).published_at == date(2021, 6, 14)
    marked = _parse(html.replace("<ul class='latest'>", "<time pubdate datetime='2021-06-13'>"))
    assert _declared(marked, "2021-06-13") and not _declared(marked, "2021-05-01")


def test_warm_up_loads_what_the_first_page_would() -> None:
    import trafilatura.external as external

    from eventwire.formats import warm_up

    warm_up()
    assert external.JT_STOPLIST and "the" in external.JT_STOPLIST


# Paragraphs written for this test, each over the length at which halves are compared.
_NOT_ENGLISH = {
    "de": "Was die Polizei am Dienstag in der Stadt gesehen hat, war für viele Bewohner ein"
    " Schock. Die Demonstranten zogen vom Bahnhof zum Rathaus und forderten höhere Löhne für"
    " die Arbeiter. Was danach geschah, ist noch unklar, sagte ein Sprecher der Stadt am Abend."
    " Mehrere Menschen wurden verletzt, als die Polizei Tränengas einsetzte.",
    "da": "Politiet har for anden gang på en uge anholdt flere demonstranter i byen. For mange"
    " af beboerne var det en overraskelse, at politiet brugte tåregas mod folk, der for det"
    " meste var fredelige. Demonstranterne krævede højere løn for arbejderne og bedre forhold"
    " for de ældre, siger borgmesteren til avisen.",
    "nl": "De politie heeft dinsdag tientallen demonstranten opgepakt in het centrum van de"
    " stad. Het was niet duidelijk of er gewonden waren gevallen. De betogers eisten hogere"
    " lonen en betere arbeidsomstandigheden, of in ieder geval een gesprek met de burgemeester."
    " Het was de derde demonstratie deze maand, zei een woordvoerder.",
}


@pytest.mark.parametrize("code", sorted(_NOT_ENGLISH))
def test_words_english_shares_with_other_languages_do_not_make_a_text_english(code: str) -> None:
    # "was", "for", "of", "to" are also German, Danish, Dutch or Czech words.
    assert guess_language(_NOT_ENGLISH[code]) == code


def test_plain_english_halves_are_english_and_a_mixed_text_is_not() -> None:
    english = (
        "The governor said that the police had arrested three men who were suspected of"
        " setting fire to the market, and that the traders would be paid for their losses"
        " from a fund which the state set up this year. "
    )
    assert guess_language(english * 3) == "en"
    assert guess_language(english + _NOT_ENGLISH["de"]) == "und"
