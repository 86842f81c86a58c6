"""The one settings table.

Each setting has a name, a default and a help line. Values come, later winning, from
the defaults, a TOML config file (`--config`, or `eventwire.toml` in the user config
directory), the environment (`EVENTWIRE_<NAME>`), and explicit overrides (CLI flags).
A `Settings` object is passed explicitly; nothing reads module globals.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import platformdirs

from eventwire.errors import ConfigError

APP = "eventwire"


def data_dir() -> Path:
    """Where the embedded store and gazetteer live (EVENTWIRE_HOME overrides)."""
    home = os.environ.get("EVENTWIRE_HOME")
    return Path(home) if home else Path(platformdirs.user_data_dir(APP))


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: Any
    help: str


def _default_db() -> str:
    return f"sqlite:///{data_dir() / 'eventwire.db'}"


def _default_gazetteer() -> str:
    return str(data_dir() / "gazetteer.sqlite")


SETTINGS: tuple[Setting, ...] = (
    Setting("db_url", None, "Database URL: sqlite:///PATH or postgresql+psycopg://..."),
    Setting("gazetteer_path", None, "SQLite file holding the gazetteer."),
    Setting(
        "spacy_model", "en_core_web_sm", "spaCy pipeline to load (falls back to the PyPI copy)."
    ),
    Setting("batch_size", 64, "Documents per pipeline batch."),
    Setting("max_document_bytes", 5_000_000, "Larger inputs are refused with reason too-large."),
    Setting("max_sentence_chars", 1_000, "Longer sentences are cut before parsing."),
    Setting("languages", "en", "Comma-separated languages that are coded; others are skipped."),
    Setting("min_confidence", 0.0, "Events below this confidence are dropped."),
    Setting("emit_background", True, "Emit history recalled by articles (background=true)."),
    Setting("min_city_population", 500, "Smallest town loaded into the embedded gazetteer."),
    Setting("actor_table", "", "Extra actor TSV file (name, inter, country, aliases)."),
    Setting("fetch_timeout", 20.0, "Seconds to wait for a web server to connect or answer."),
    Setting("fetch_retries", 3, "Retries of a URL after a connect error, HTTP 429 or 5xx."),
    Setting("fetch_backoff", 1.0, "Seconds before the first retry; each retry doubles it."),
    Setting("fetch_max_wait", 60.0, "Longest Retry-After honoured (seconds); longer gives up."),
    Setting("fetch_rate_per_host", 1.0, "Requests per second to one host (0: no limit)."),
    Setting("fetch_max_redirects", 5, "Redirects followed per URL before giving up."),
    Setting("user_agent", "", "User-Agent sent (empty: eventwire/VERSION (+project URL))."),
    Setting("respect_robots", True, "Obey robots.txt (RFC 9309) before fetching a URL."),
    Setting("fetch_item_pages", True, "Fetch a web feed item's link when the item has no text."),
    Setting(
        "near_duplicate_threshold",
        0.3,
        "Shingles two documents share (estimated Jaccard) from which one is a near-duplicate.",
    ),
    Setting("minhash_perms", 128, "MinHash permutations per document (near-duplicate detection)."),
    Setting("shingle_words", 5, "Words per shingle for near-duplicate detection."),
    Setting("event_model", "", "Local classifier file from `eventwire train`; empty: rules only."),
    Setting("read_workers", 2, "Processes that read HTML pages when many are read (1: none)."),
    Setting(
        "caseless_places",
        True,
        "Find places in text that has lost its capitals (lower-cased, or ALL-CAPS lines);"
        " false skips it (about 3.5 ms of CPU an article of such text).",
    ),
    Setting(
        "undated_date",
        "",
        "Date (YYYY-MM-DD) a document with no date of its own speaks from; empty: only its"
        " events that the text dates are coded.",
    ),
)

_BY_NAME = {s.name: s for s in SETTINGS}


@dataclass(frozen=True, slots=True)
class Settings:
    """A resolved set of settings; build with `Settings.load()`."""

    db_url: str
    gazetteer_path: str
    spacy_model: str
    batch_size: int
    max_document_bytes: int
    max_sentence_chars: int
    languages: str
    min_confidence: float
    emit_background: bool
    min_city_population: int
    actor_table: str = ""
    fetch_timeout: float = 20.0
    fetch_retries: int = 3
    fetch_backoff: float = 1.0
    fetch_max_wait: float = 60.0
    fetch_rate_per_host: float = 1.0
    fetch_max_redirects: int = 5
    user_agent: str = ""
    respect_robots: bool = True
    fetch_item_pages: bool = True
    near_duplicate_threshold: float = 0.3
    minhash_perms: int = 128
    shingle_words: int = 5
    event_model: str = ""
    read_workers: int = 2
    caseless_places: bool = True
    undated_date: str = ""

    @classmethod
    def load(
        cls,
        config_file: Path | None = None,
        overrides: Mapping[str, Any] | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> Settings:
        values: dict[str, Any] = {s.name: s.default for s in SETTINGS}
        values.update(_from_file(config_file))
        values.update(_from_env(os.environ if environ is None else environ))
        given = {k: v for k, v in (overrides or {}).items() if v is not None}
        unknown = sorted(set(given) - set(_BY_NAME))
        if unknown:
            raise ConfigError(f"unknown setting(s): {', '.join(unknown)}")
        values.update(given)
        values["db_url"] = values["db_url"] or _default_db()
        values["gazetteer_path"] = values["gazetteer_path"] or _default_gazetteer()
        settings = cls(**{name: _coerce(name, value) for name, value in values.items()})
        _check_day("undated_date", settings.undated_date)
        return settings

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **changes)

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @property
    def undated_day(self) -> date | None:
        """`undated_date` as a date (None when unset; checked as the settings load)."""
        return date.fromisoformat(self.undated_date) if self.undated_date else None

    @property
    def language_set(self) -> frozenset[str]:
        return frozenset(x.strip() for x in self.languages.split(",") if x.strip())


def _check_day(name: str, value: str) -> None:
    """A date setting is empty or YYYY-MM-DD; ConfigError otherwise."""
    try:
        if value:
            date.fromisoformat(value)
    except ValueError:
        raise ConfigError(f"setting {name}: expected YYYY-MM-DD, got {value!r}") from None


def _from_file(path: Path | None) -> dict[str, Any]:
    if path is None:
        path = Path(platformdirs.user_config_dir(APP)) / "eventwire.toml"
        if not path.exists():
            return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"cannot read config file: {exc.strerror}", source=str(path)) from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"invalid TOML: {exc}", source=str(path)) from exc
    unknown = sorted(set(data) - set(_BY_NAME))
    if unknown:
        raise ConfigError(f"unknown setting(s): {', '.join(unknown)}", source=str(path))
    return data


def _from_env(environ: Mapping[str, str]) -> dict[str, Any]:
    prefix = "EVENTWIRE_"
    return {
        key[len(prefix) :].lower(): value
        for key, value in environ.items()
        if key.startswith(prefix) and key[len(prefix) :].lower() in _BY_NAME
    }


def _coerce(name: str, value: Any) -> Any:
    default = _BY_NAME[name].default
    kind = type(default) if default is not None else str
    try:
        if kind is bool and isinstance(value, str):
            if value.lower() not in {"1", "0", "true", "false", "yes", "no"}:
                raise ValueError(value)
            return value.lower() in {"1", "true", "yes"}
        return kind(value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"setting {name}: expected {kind.__name__}, got {value!r}") from exc
