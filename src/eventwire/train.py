"""Users' own event classifier: fit it from an ACLED export they hold, save it, load it.

ACLED's licence lets its users code with its data but not redistribute models made
from it, so eventwire ships no trained classifier. `eventwire train --acled FILE.csv
--out MODEL` fits one locally: each row's `notes` (with the leading "On 3 May 2019, "
stripped, since a date says nothing about the type) is a training text and its
`sub_event_type` the label. Old ACLED exports (upper-case columns, `EVENT_TYPE` with
no sub-event type) train an event-type model instead.

The classifier is TF-IDF over word 1-2 grams and character 2-5 grams feeding a
multinomial logistic regression with scikit-learn's default regularisation (C=1),
which keeps its probabilities on the cautious side without a separate calibrator: the
`classify` stage (`eventwire.classify`) compares them with the rules' confidence.

Model file: one header line, `EVENTWIRE-CLASSIFIER {json}`, then the pickled scikit-
learn pipeline. The header (format version, target, labels, scikit-learn version) is
checked before anything is unpickled, so a file of another kind or version is refused
with a clear message. Unpickling runs code: load only model files you made yourself.
"""

from __future__ import annotations

import csv
import json
import pickle
import random
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from eventwire.errors import InputError, ModelError, UnreadableInput

__all__ = [
    "FORMAT_VERSION",
    "Classifier",
    "Metrics",
    "TrainingSet",
    "clean_note",
    "fit",
    "load_classifier",
    "read_acled",
    "train_model",
]

MAGIC = b"EVENTWIRE-CLASSIFIER "
FORMAT_VERSION = 1
Target = Literal["sub_event_type", "event_type"]

_MIN_ROWS = 10
_LEADING_DATE = re.compile(
    r"^\s*(?:on|around|between|from|during|in|by|as of|overnight|over)?\s*"
    r"[\w ,./'-]{0,60}?\b(?:1[89]|20)\d\d\b(?:\s*\([^)]{0,60}\))?\s*[,:;-]\s*",
    re.IGNORECASE,
)
_NUMERIC_DATE = re.compile(r"^\s*\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\s*[:,-]\s*")


def clean_note(text: str) -> str:
    """The note without its leading date ("On 31 December 2019, ..." -> "...")."""
    text = " ".join(text.split())
    stripped = _NUMERIC_DATE.sub("", text, count=1)
    if stripped == text:
        stripped = _LEADING_DATE.sub("", text, count=1)
    return stripped or text


@dataclass(frozen=True, slots=True)
class TrainingSet:
    """Texts and labels read from an ACLED export, and which column the labels are."""

    texts: tuple[str, ...]
    labels: tuple[str, ...]
    target: Target
    source: str = ""


def read_acled(path: str | Path) -> TrainingSet:
    """Training rows of an ACLED CSV export (modern or old column names).

    Rows without notes or label are skipped. Raises InputError when the file has
    neither schema or too few rows to learn from.
    """
    source = str(path)
    try:
        with Path(path).open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            columns = set(reader.fieldnames or ())
            text_col, label_col, target = _schema(columns, source)
            rows = [(r.get(text_col) or "", r.get(label_col) or "") for r in reader]
    except (OSError, UnicodeDecodeError) as exc:
        raise UnreadableInput(f"cannot read ACLED file: {exc}", source=source) from exc
    except csv.Error as exc:
        raise InputError(f"not a CSV file: {exc}", source=source) from exc
    pairs = [(clean_note(t), lab.strip()) for t, lab in rows if t.strip() and lab.strip()]
    if len(pairs) < _MIN_ROWS or len({lab for _, lab in pairs}) < 2:
        raise InputError(
            f"too little to train on: {len(pairs)} rows with notes and a label "
            f"(need {_MIN_ROWS} and at least two labels)",
            source=source,
        )
    return TrainingSet(tuple(t for t, _ in pairs), tuple(lab for _, lab in pairs), target, source)


def _schema(columns: set[str], source: str) -> tuple[str, str, Target]:
    if {"notes", "sub_event_type"} <= columns:
        return "notes", "sub_event_type", "sub_event_type"
    if {"NOTES", "EVENT_TYPE"} <= columns:
        return "NOTES", "EVENT_TYPE", "event_type"
    raise InputError(
        "not an ACLED export: needs columns notes and sub_event_type "
        "(or, in old exports, NOTES and EVENT_TYPE)",
        source=source,
    )


@dataclass(frozen=True, slots=True)
class Metrics:
    """Held-out scores of a fitted classifier."""

    train_rows: int
    test_rows: int
    accuracy: float
    weighted_f1: float

    def as_dict(self) -> dict[str, Any]:
        return {
            "train_rows": self.train_rows,
            "test_rows": self.test_rows,
            "accuracy": round(self.accuracy, 4),
            "weighted_f1": round(self.weighted_f1, 4),
        }


@dataclass(frozen=True, slots=True)
class Classifier:
    """A fitted text classifier and what it predicts."""

    target: Target
    labels: tuple[str, ...]
    pipeline: Any  # a fitted sklearn Pipeline
    trained_on: int = 0

    def predict(self, texts: Sequence[str]) -> list[tuple[str, float]]:
        """The most probable label of each text and its probability."""
        if not texts:
            return []
        probs = self.pipeline.predict_proba([clean_note(t) for t in texts])
        classes = [str(c) for c in self.pipeline.classes_]
        best = probs.argmax(axis=1)
        return [(classes[i], float(row[i])) for i, row in zip(best, probs, strict=True)]

    def header(self) -> dict[str, Any]:
        import sklearn

        return {
            "format": FORMAT_VERSION,
            "target": self.target,
            "labels": list(self.labels),
            "sklearn": sklearn.__version__,
            "trained_on": self.trained_on,
        }

    def save(self, path: str | Path) -> None:
        """Write the header line and the pickled pipeline to `path`."""
        head = MAGIC + json.dumps(self.header()).encode("utf-8") + b"\n"
        try:
            Path(path).write_bytes(head + pickle.dumps(self.pipeline, protocol=5))
        except OSError as exc:
            raise ModelError(f"cannot write model: {exc.strerror}", source=str(path)) from exc


def load_classifier(path: str | Path) -> Classifier:
    """Read a model file written by `Classifier.save`; refuse any other kind or version."""
    source = str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ModelError(f"cannot read model: {exc.strerror}", source=source) from exc
    head, _, body = data.partition(b"\n")
    header = _header(head, source)
    try:
        pipeline = pickle.loads(body)
    except Exception as exc:  # any unpickling failure means a broken file
        raise ModelError(f"model file is damaged: {exc}", source=source) from exc
    labels = tuple(str(x) for x in header["labels"])
    return Classifier(header["target"], labels, pipeline, int(header.get("trained_on", 0)))


def _header(head: bytes, source: str) -> dict[str, Any]:
    """The parsed header line, checked against this version of eventwire."""
    if not head.startswith(MAGIC):
        raise ModelError(
            "not an eventwire classifier (no EVENTWIRE-CLASSIFIER header)", source=source
        )
    try:
        header = json.loads(head[len(MAGIC) :])
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ModelError("the classifier header is not valid JSON", source=source) from exc
    if not isinstance(header, dict) or header.get("format") != FORMAT_VERSION:
        found = header.get("format") if isinstance(header, dict) else None
        raise ModelError(
            f"classifier format {found!r} is not {FORMAT_VERSION}: retrain it with "
            "this version (eventwire train)",
            source=source,
        )
    import sklearn

    if _minor(str(header.get("sklearn", ""))) != _minor(sklearn.__version__):
        raise ModelError(
            f"classifier was made with scikit-learn {header.get('sklearn')}, this is "
            f"{sklearn.__version__}: retrain it (eventwire train)",
            source=source,
        )
    if header.get("target") not in ("sub_event_type", "event_type") or not header.get("labels"):
        raise ModelError("the classifier header has no target or labels", source=source)
    return header


def _minor(version: str) -> str:
    return ".".join(version.split(".")[:2])


def _pipeline(seed: int) -> Any:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, Pipeline

    words = TfidfVectorizer(ngram_range=(1, 2), min_df=1, sublinear_tf=True, lowercase=True)
    chars = TfidfVectorizer(
        analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True, max_features=200_000
    )
    model = LogisticRegression(C=1.0, max_iter=2000, random_state=seed)  # conservative odds
    return Pipeline(
        [("features", FeatureUnion([("words", words), ("chars", chars)])), ("lr", model)]
    )


def fit(texts: Sequence[str], labels: Sequence[str], target: Target, seed: int = 0) -> Classifier:
    """Fit a classifier on (already cleaned) texts and their labels."""
    pipeline = _pipeline(seed)
    pipeline.fit(list(texts), list(labels))
    found = tuple(str(c) for c in pipeline.classes_)
    return Classifier(target, found, pipeline, len(texts))


def split(labels: Sequence[str], fraction: float, seed: int) -> tuple[list[int], list[int]]:
    """Train and test row indices: a seeded split stratified by label (a label with one
    row stays in training)."""
    rng = random.Random(seed)
    by_label: dict[str, list[int]] = {}
    for index, label in enumerate(labels):
        by_label.setdefault(label, []).append(index)
    train: list[int] = []
    test: list[int] = []
    for label in sorted(by_label):
        rows = by_label[label]
        rng.shuffle(rows)
        n_test = round(len(rows) * fraction) if len(rows) > 1 else 0
        n_test = min(n_test, len(rows) - 1)
        test.extend(rows[:n_test])
        train.extend(rows[n_test:])
    return sorted(train), sorted(test)


def score(
    classifier: Classifier, texts: Sequence[str], labels: Sequence[str]
) -> tuple[float, float]:
    """Accuracy and weighted F1 of `classifier` on texts with known labels."""
    from sklearn.metrics import accuracy_score, f1_score

    predicted = [label for label, _ in classifier.predict(texts)]
    accuracy = float(accuracy_score(labels, predicted))
    weighted = float(f1_score(labels, predicted, average="weighted", zero_division=0))
    return accuracy, weighted


def train_model(
    data: TrainingSet, out: str | Path, *, test_fraction: float = 0.0, seed: int = 0
) -> tuple[Classifier, Metrics | None]:
    """Fit on `data`, measure on a held-out share when `test_fraction` > 0, then refit
    on every row and save to `out`. Returns the saved classifier and the metrics."""
    if not 0.0 <= test_fraction < 1.0:
        raise InputError(f"test fraction must be in [0, 1), got {test_fraction}")
    metrics = None
    if test_fraction > 0:
        train, test = split(data.labels, test_fraction, seed)
        if test:
            held = fit(_pick(data.texts, train), _pick(data.labels, train), data.target, seed)
            accuracy, weighted = score(held, _pick(data.texts, test), _pick(data.labels, test))
            metrics = Metrics(len(train), len(test), accuracy, weighted)
    classifier = fit(data.texts, data.labels, data.target, seed)
    classifier.save(out)
    return classifier, metrics


def _pick(items: Sequence[str], indices: Iterable[int]) -> list[str]:
    return [items[i] for i in indices]


def label_counts(data: TrainingSet) -> dict[str, int]:
    """How many training rows each label has, most first."""
    return dict(Counter(data.labels).most_common())
