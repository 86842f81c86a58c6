"""Shared fixtures. Tests run offline; the embedded gazetteer is built once into
tests/.cache/ (git-ignored) and reused across runs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

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
