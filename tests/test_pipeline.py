"""The runner: typed stages, batch isolation of a failing document, reports."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date

import pytest

from eventwire.errors import EmptyInput, StageError
from eventwire.pipeline import Context, RunReport, Stage, batched, run_stage
from eventwire.records import Analysis, Document, Failure, content_hash
from eventwire.settings import Settings


def _doc(doc_id: str, text: str = "Some text.") -> Analysis:
    return Analysis(Document(id=doc_id, text=text, content_hash=content_hash(text)))


def _mark(batch: Sequence[Analysis], ctx: Context) -> list[Analysis]:
    out = []
    for a in batch:
        if "boom" in a.document.text:
            raise ValueError("cannot handle boom")
        out.append(dataclasses.replace(a, notes=(*a.notes, "seen")))
    return out


def test_failing_document_is_isolated_and_batch_goes_on(settings: Settings) -> None:
    stage = Stage("mark", _mark)
    batch = [_doc("a"), _doc("b", "boom here"), _doc("c")]
    out, failures = run_stage(stage, batch, Context(settings))
    assert [a.document.id for a in out] == ["a", "c"]
    assert all(a.notes == ("seen",) for a in out)
    assert failures == [Failure("b", "mark", "ValueError", "cannot handle boom", None)]


def test_skipped_documents_pass_through_untouched(settings: Settings) -> None:
    skipped = dataclasses.replace(_doc("s", "boom"), skipped="duplicate")
    out, failures = run_stage(Stage("mark", _mark), [_doc("a"), skipped], Context(settings))
    assert out[1] is skipped and out[0].notes == ("seen",) and not failures


def test_stage_returning_wrong_type_is_refused(settings: Settings) -> None:
    def bad(batch: Sequence[Analysis], ctx: Context) -> list[Analysis]:
        return [a.document for a in batch]  # type: ignore[misc]

    out, failures = run_stage(Stage("bad", bad), [_doc("a")], Context(settings))
    assert out == [] and failures[0].reason == "stage"
    assert "not Analysis" in failures[0].message


def test_library_errors_keep_their_reason(settings: Settings) -> None:
    def empty(batch: Sequence[Analysis], ctx: Context) -> list[Analysis]:
        raise EmptyInput("nothing here")

    _, failures = run_stage(Stage("e", empty), [_doc("a")], Context(settings))
    assert (failures[0].reason, failures[0].message) == ("empty", "nothing here")


def test_report_summary_counts_reasons() -> None:
    report = RunReport(documents=3, events=2)
    report.add_failure(Failure("x", "read", "binary", "not text"))
    report.add_failure(Failure("y", "read", "binary", "not text"))
    assert report.failed == 2
    assert report.summary() == "3 inputs; 2 events; 2 failed (read:binary 2)"


def test_undated_documents_are_counted_or_given_the_date_set(settings: Settings) -> None:
    from eventwire.pipeline import run

    text = "Gunmen attacked a village on Monday."  # nothing dates it
    report = RunReport()
    (analysis,) = run(
        [_doc("u", text).document], Context(settings), stages=("sentences", "time"), report=report
    )
    assert analysis.doc_date is None and report.undated == 1
    assert "1 undated" in report.summary() and "undated_date" in report.summary()
    dated = settings.replace(undated_date="2024-05-06")
    report = RunReport()
    (analysis,) = run(
        [_doc("u", text).document], Context(dated), stages=("sentences", "time"), report=report
    )
    assert analysis.doc_date is not None and analysis.doc_date.source == "given"
    assert analysis.doc_date.value == date(2024, 5, 6) and report.undated == 0
    # "on Monday" counts back from the date given
    assert [t.value for t in analysis.times] == [date(2024, 5, 6)]


def test_unknown_stage_name_is_an_error() -> None:
    from eventwire.pipeline import get_stage

    with pytest.raises(StageError, match="unknown stage 'nope'"):
        get_stage("nope")


def test_batched() -> None:
    assert list(batched(range(5), 2)) == [[0, 1], [2, 3], [4]]


def test_resources_load_once(settings: Settings) -> None:
    ctx = Context(settings)
    calls: list[int] = []
    for _ in range(3):
        ctx.resource("thing", lambda: calls.append(1) or "value")
    assert calls == [1]


def test_dedupe_marks_repeats_even_without_a_stored_hash(settings: Settings) -> None:
    from eventwire.dedupe import dedupe_stage

    docs = [
        Analysis(Document(id=i, text=t)) for i, t in (("a", "One."), ("b", "Two."), ("c", "One."))
    ]
    out = dedupe_stage(docs, Context(settings))
    assert [a.skipped for a in out] == [None, None, "duplicate"]
    assert out[2].document.duplicate_of == "a"


def test_starting_within_and_holding_bisect_spans_in_text_order() -> None:
    from eventwire.records import Sentence, holding, starting_within

    sents = tuple(Sentence(i, s, e, "x") for i, (s, e) in enumerate([(0, 10), (11, 20), (21, 30)]))
    assert [s.index for s in starting_within(sents, 5, 21)] == [1]
    assert [s.index for s in starting_within(sents, 0, 31)] == [0, 1, 2]
    assert (holding(sents, 0), holding(sents, 15), holding(sents, 99)) == (0, 1, 2)
    assert holding(sents[1:], 3) == -1
