"""The package's public surface stays small and importable."""

from __future__ import annotations

import importlib
import pkgutil

import eventwire


def test_all_is_short_and_importable() -> None:
    assert len(eventwire.__all__) <= 10
    for name in eventwire.__all__:
        assert hasattr(eventwire, name), name


def test_every_module_imports_and_says_what_it_is() -> None:
    for module in pkgutil.iter_modules(eventwire.__path__):
        loaded = importlib.import_module(f"eventwire.{module.name}")
        assert (loaded.__doc__ or "").strip(), f"eventwire.{module.name} has no docstring"


def test_every_builtin_stage_is_registered() -> None:
    from eventwire.pipeline import DEFAULT_STAGES, registered_stages

    stages = registered_stages()
    assert set(DEFAULT_STAGES) <= set(stages)
    assert all(stage.doc for stage in stages.values())
