"""Settings: defaults, file, environment and overrides, later winning."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from eventwire.errors import ConfigError
from eventwire.settings import SETTINGS, Settings


def test_every_setting_has_help_and_a_field() -> None:
    fields = set(Settings.__dataclass_fields__)
    for setting in SETTINGS:
        assert setting.help and setting.name in fields


def test_precedence_file_env_override(tmp_path: Path) -> None:
    config = tmp_path / "eventwire.toml"
    config.write_text("batch_size = 8\nmin_confidence = 0.5\n", encoding="utf-8")
    s = Settings.load(config, environ={"EVENTWIRE_BATCH_SIZE": "16"})
    assert (s.batch_size, s.min_confidence) == (16, 0.5)
    s = Settings.load(config, environ={"EVENTWIRE_BATCH_SIZE": "16"}, overrides={"batch_size": 4})
    assert s.batch_size == 4


def test_bad_values_are_config_errors(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="batch_size: expected int"):
        Settings.load(environ={"EVENTWIRE_BATCH_SIZE": "many"})
    config = tmp_path / "bad.toml"
    config.write_text("no_such_setting = 1\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown setting"):
        Settings.load(config, environ={})
    config.write_text("batch_size = [", encoding="utf-8")
    with pytest.raises(ConfigError, match="invalid TOML"):
        Settings.load(config, environ={})


def test_the_date_for_undated_documents_is_checked() -> None:
    assert Settings.load(environ={}).undated_day is None
    given = Settings.load(environ={"EVENTWIRE_UNDATED_DATE": "2023-01-30"})
    assert given.undated_day == date(2023, 1, 30)
    with pytest.raises(ConfigError, match="undated_date: expected YYYY-MM-DD"):
        Settings.load(environ={"EVENTWIRE_UNDATED_DATE": "30/01/2023"})


def test_booleans_from_environment() -> None:
    assert Settings.load(environ={"EVENTWIRE_EMIT_BACKGROUND": "no"}).emit_background is False
    with pytest.raises(ConfigError):
        Settings.load(environ={"EVENTWIRE_EMIT_BACKGROUND": "perhaps"})


def test_default_paths_follow_eventwire_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EVENTWIRE_HOME", str(tmp_path))
    s = Settings.load(environ={})
    assert s.db_url == f"sqlite:///{tmp_path / 'eventwire.db'}"
    assert s.gazetteer_path == str(tmp_path / "gazetteer.sqlite")


def test_unknown_override_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="unknown setting\\(s\\): colour"):
        Settings.load(environ={}, overrides={"colour": "red"})
