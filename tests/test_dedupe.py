"""Tests of the duplicate gate: exact and near copies, across batches, and the sources
that duplicates add to the events of their original."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire import api
from eventwire.dedupe import NearDuplicates, dedupe_stage, shingles, sources_stage
from eventwire.pipeline import Context, run
from eventwire.read import read_text
from eventwire.records import Analysis, Document, Event, TimePrecision
from eventwire.settings import Settings

STORY = [
    "Hundreds of dock workers walked off the job at the port of Varna Bay on Monday,"
    " halting the loading of grain ships for the third time this month.",
    "The workers' union said the strike would continue until the port authority agreed"
    " to restore the night-shift allowance it cut in the spring.",
    "Police kept the two main gates open and said the picket lines were calm, although"
    " a lorry driver was briefly detained after a scuffle near the customs yard.",
    "Port officials said eleven vessels were waiting offshore and warned that exporters"
    " could face penalties if the cargo was not loaded by the end of the week.",
    "The regional governor called on both sides to return to talks and offered to host"
    " a meeting at his office on Wednesday afternoon.",
    "A spokesman for the port authority said it had already proposed a smaller allowance"
    " and accused the union of rejecting the offer without putting it to a vote.",
]
OTHER = [
    "Students at the technical college in Ostrava Falls marched to the town hall on"
    " Friday to protest against a rise in tuition fees approved by the council.",
    "The march was peaceful, and organisers said about four hundred people took part,"
    " carrying banners and chanting outside the council chamber for an hour.",
    "The mayor met a delegation of students and promised that the fee increase would be"
    " reviewed at the next council session in early spring.",
    "Several lecturers joined the march and said the college had lost a third of its"
    " public funding over the last five years while student numbers grew.",
    "A similar protest last year ended after the council froze fees for one term, the"
    " student union recalled in a statement posted after the march.",
]


def text(paragraphs: list[str]) -> str:
    return "\n\n".join(paragraphs)


def analyses(*pairs: tuple[str, str], site: str | None = None) -> list[Analysis]:
    return [Analysis(Document(id=i, text=t, site=site)) for i, t in pairs]


def copies() -> dict[str, str]:
    """Edited republications of STORY, as other outlets and later updates print it."""
    edited = text(STORY).replace("Monday", "Monday morning").replace("eleven", "11")
    return {
        "new-headline": "Port strike halts grain exports\n\n" + text(STORY),
        "added-paragraph": text(
            [*STORY, "The union has about two thousand members at the port, most of them"]
        )
        + " employed on short contracts by private stevedoring firms.",
        "trimmed-ending": text(STORY[:4]),
        "other-boilerplate": "Sign up for our morning briefing. Advertisement\n\n"
        + text(STORY)
        + "\n\nShare this story. Follow our live coverage of the regional economy.",
        "word-edits": edited,
    }


@pytest.mark.parametrize("kind", sorted(copies()))
def test_edited_copies_are_near_duplicates_of_the_first(settings: Settings, kind: str) -> None:
    batch = analyses(("original", text(STORY)), (kind, copies()[kind]))
    first, copy = dedupe_stage(batch, Context(settings))
    assert first.skipped is None and first.document.duplicate_of is None
    assert copy.skipped == "duplicate" and copy.document.duplicate_of == "original"


def test_distinct_stories_and_shared_phrases_are_not_duplicates(settings: Settings) -> None:
    shared = "The workers' union said the strike would continue until the port authority agreed."
    batch = analyses(
        ("port", text(STORY)),
        ("college", text(OTHER)),
        ("brief", shared),
        ("roundup", text([OTHER[3], STORY[1], "Both stories are developing."])),
    )
    out = dedupe_stage(batch, Context(settings))
    assert [a.skipped for a in out] == [None, None, None, None]


def test_a_copy_of_a_copy_points_at_the_first_document(settings: Settings) -> None:
    ids_texts = [
        ("a", text(STORY)),
        ("b", text(STORY[:5])),
        ("c", text(STORY[1:5])),
    ]
    out = dedupe_stage(analyses(*ids_texts), Context(settings))
    assert [a.document.duplicate_of for a in out] == [None, "a", "a"]


def test_duplicates_are_found_across_batches(settings: Settings) -> None:
    small = settings.replace(batch_size=2)
    docs = [
        read_text(text(STORY), id="first"),
        read_text(text(OTHER), id="other"),
        read_text(text(OTHER[:4]), id="other-copy"),
        read_text(text(STORY[:5]) + "\n\nMore to follow.", id="late-copy"),
        read_text(text(STORY), id="exact-copy"),
    ]
    out = {a.document.id: a for a in run(docs, Context(small), stages=("dedupe",))}
    assert out["other-copy"].document.duplicate_of == "other"
    assert out["late-copy"].document.duplicate_of == "first"
    assert out["exact-copy"].document.duplicate_of == "first"
    assert out["first"].skipped is None and out["other"].skipped is None


def test_shingles_ignore_case_punctuation_and_line_breaks() -> None:
    assert list(shingles("Police, fired\nTEAR gas!", 2)) == list(
        shingles("police fired tear gas", 2)
    )
    assert len(shingles("police fired tear gas", 2)) == 3
    assert len(shingles("Two words", 5)) == 1 and len(shingles("", 5)) == 0


def test_shingles_are_word_windows_in_order() -> None:
    # The same words in another order are other windows; a repeated window counts once.
    assert set(shingles("gas tear fired police", 2)).isdisjoint(
        shingles("police fired tear gas", 2)
    )
    assert len(shingles("gas gas gas gas", 2)) == 1


def test_short_texts_are_only_exact_duplicates(settings: Settings) -> None:
    index = NearDuplicates.from_settings(settings)
    assert index.add("a", "Police fired tear gas at protesters.") is None
    assert index.add("b", "Police fired tear gas at protesters on Monday.") is None


def test_uncoded_languages_are_kept_and_counted_as_skipped(settings: Settings) -> None:
    french = read_text(
        "Les dockers du port ont cessé le travail lundi pour réclamer le rétablissement de"
        " la prime de nuit supprimée au printemps.",
        id="fr",
    )
    (out,) = dedupe_stage([Analysis(french)], Context(settings))
    assert french.language == "fr" and out.skipped == "language:fr"


def event(doc_id: str, source: str) -> Event:
    return Event(
        event_id_cnty="X1",
        event_date=date(2024, 3, 4),
        time_precision=TimePrecision.DAY,
        disorder_type="Demonstrations",
        event_type="Protests",
        sub_event_type="Peaceful protest",
        actor1="Protesters",
        inter1=6,
        source=source,
        doc_ids=(doc_id,),
    )


def test_sources_stage_adds_the_duplicates_ids_and_outlets(settings: Settings) -> None:
    ctx = Context(settings)
    batch = [
        Analysis(Document(id="orig", text=text(STORY), site="Harbour Times")),
        Analysis(Document(id="wire", text=copies()["new-headline"], site="Coast Daily")),
        Analysis(Document(id="same", text=text(STORY[:5]), site="Harbour Times")),
    ]
    first, *dups = dedupe_stage(batch, ctx)
    assert [d.skipped for d in dups] == ["duplicate", "duplicate"]
    coded = Analysis(first.document, events=(event("orig", "Harbour Times"),))
    (done,) = sources_stage([coded], ctx)
    assert done.events[0].doc_ids == ("orig", "wire", "same")
    assert done.events[0].source == "Harbour Times; Coast Daily"
    (again,) = sources_stage([coded], ctx)  # applied once
    assert again.events[0].doc_ids == ("orig",)


def test_duplicate_outlets_count_as_sources_in_a_full_run(settings: Settings) -> None:
    story = (
        "Police fired tear gas at hundreds of protesters in Nairobi on Tuesday as they"
        " marched to parliament against a proposed tax increase, witnesses said.\n\n"
        "The demonstrators blocked roads in the city centre for several hours before"
        " riot police dispersed them near the main bus station."
    )
    docs = [
        read_text(story, id="first", published_at=date(2024, 6, 26)),
        read_text(
            "Kenya tax protest\n\n" + story + "\n\nMore updates to follow.",
            id="copy",
            published_at=date(2024, 6, 26),
        ),
    ]
    out = {a.document.id: a for a in api.analyse(docs, settings)}
    assert out["copy"].skipped == "duplicate" and not out["copy"].events
    assert out["first"].events
    assert all(e.doc_ids[-1] == "copy" for e in out["first"].events)
