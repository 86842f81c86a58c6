"""One exception hierarchy for the whole library.

    EventwireError                 every error the library raises on purpose
    ├── ConfigError                a bad setting, config file or environment value
    ├── InputError                 a source or document that cannot be read
    │   ├── UnreadableInput        missing file, permission denied, I/O failure
    │   ├── EmptyInput             nothing but whitespace
    │   ├── BinaryInput            not text (NUL bytes, images, archives we do not read)
    │   ├── TooLarge               over the `max_document_bytes` setting
    │   ├── EncodingError          not valid UTF-8 and not repairable
    │   ├── MalformedRecord        a JSONL line that is not a JSON object with "text"
    │   ├── NoArticle              an HTML page with no main text
    │   ├── MalformedFeed          a feed that is not well formed (read as far as it goes)
    │   ├── TruncatedArchive       a WARC/ARC archive that breaks off (read as far as it goes)
    │   └── FetchError             a URL not fetched; `reason` says why (robots, http-404, ...)
    ├── StageError                 a pipeline stage failed on one document
    ├── GazetteerError             the gazetteer is missing, corrupt or cannot be built
    ├── ModelError                 the spaCy model or a local classifier cannot be loaded
    └── StoreError                 the database cannot be opened, migrated or written

The library raises; the edges (CLI, HTTP) translate an error into one line
(`str(error)`) and an exit code. `reason` is a short machine-readable slug used in
run summaries and JSON error objects.
"""

from __future__ import annotations


class EventwireError(Exception):
    """Base class: every error eventwire raises on purpose."""

    reason = "error"

    def __init__(self, message: str, *, source: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.source = source

    def __str__(self) -> str:
        return f"{self.source}: {self.message}" if self.source else self.message

    def as_json(self) -> dict[str, str | None]:
        """The one JSON error shape used by every machine-readable output."""
        return {"error": self.reason, "message": self.message, "source": self.source}


class ConfigError(EventwireError):
    reason = "config"


class InputError(EventwireError):
    reason = "input"


class UnreadableInput(InputError):
    reason = "unreadable"


class EmptyInput(InputError):
    reason = "empty"


class BinaryInput(InputError):
    reason = "binary"


class TooLarge(InputError):
    reason = "too-large"


class EncodingError(InputError):
    reason = "encoding"


class MalformedRecord(InputError):
    reason = "malformed"


class NoArticle(InputError):
    reason = "no-article"


class MalformedFeed(InputError):
    reason = "malformed-feed"


class TruncatedArchive(InputError):
    reason = "truncated-archive"


class FetchError(InputError):
    """A URL that was not fetched; the instance's `reason` names why: robots,
    content-type, http-404, timeout, connect, too-many-redirects, redirect-loop, ..."""

    reason = "fetch"

    def __init__(self, message: str, *, reason: str = "fetch", source: str | None = None) -> None:
        super().__init__(message, source=source)
        self.reason = reason


class StageError(EventwireError):
    reason = "stage"


class GazetteerError(EventwireError):
    reason = "gazetteer"


class ModelError(EventwireError):
    reason = "model"


class StoreError(EventwireError):
    reason = "store"
