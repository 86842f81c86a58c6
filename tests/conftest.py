"""Shared fixtures. Tests run offline; the embedded gazetteer is built once into
tests/.cache/ (git-ignored) and reused across runs."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from eventwire import nlp, triggers
from eventwire.records import (
    Actor,
    ActorMention,
    Analysis,
    Document,
    DocumentDate,
    Parse,
    Sentence,
)
from eventwire.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CACHE = Path(__file__).resolve().parent / ".cache"


@pytest.fixture(scope="session")
def model() -> Any:
    """The English spaCy pipeline, loaded once for the whole test session."""
    from eventwire.nlp import load_model

    return load_model("en_core_web_sm")


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings isolated from the user's config and data directories."""
    return Settings.load(
        config_file=None,
        environ={},
        overrides={
            "db_url": f"sqlite:///{tmp_path / 'test.db'}",
            "gazetteer_path": str(CACHE / "gazetteer.sqlite"),
        },
    )


def parsed(
    model: Any,
    text: str,
    day: date,
    actors: Sequence[tuple[str, Actor]] = (),
    doc_id: str = "doc-1",
) -> Analysis:
    """An Analysis as the stages before `events` leave it: sentences, parses of the
    candidate sentences, and the given actor mentions (found by their surface text)."""
    sentences = tuple(
        Sentence(i, s, e, text[s:e], triggers.is_candidate(text[s:e]))
        for i, (s, e) in enumerate(nlp.split_sentences(text))
    )
    parses = tuple(Parse(s.index, s.start, model(s.text)) for s in sentences if s.candidate)
    mentions = []
    for surface, actor in actors:
        start = text.index(surface)
        sentence = next(s.index for s in sentences if s.start <= start < s.end)
        mentions.append(ActorMention(start, start + len(surface), surface, actor, sentence))
    return Analysis(
        Document(doc_id, text, site="example.org"),
        sentences=sentences,
        parses=parses,
        doc_date=DocumentDate(day, "meta"),
        actors=tuple(sorted(mentions, key=lambda m: m.start)),
    )
