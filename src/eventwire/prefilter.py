"""Which of many regular expressions may match a text, found in one pass over it.

Python's `re` tries a pattern that opens with `\\b` or a class at every position of the
text, so a list of such patterns (or one alternation of them) costs a scan each. Most
patterns cannot match without some literal string: `\\bfired (?:on|at)\\b` needs
"fired ", `\\b(?:bombs?|ieds?)\\b` needs "bomb" or "ied". `needs` reads those strings
from the parsed pattern itself, and `PatternFilter` finds them all in one Aho-Corasick
pass: a pattern none of whose strings occurs in the text cannot match it, and is not
run. The answers are exactly the patterns' own: a pattern whose needs cannot be read
(inline flags, nothing required) is always run.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

__all__ = ["PatternFilter", "folded", "needs"]


def needs(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Strings one of which every match of `pattern` contains, or None when no such
    set can be read from it (then any text may match).

    For a case-insensitive pattern they are lower-cased, and hold for an ASCII text
    lower-cased (`folded`): Unicode case rules match "ſ" to "s" and "K" (Kelvin) to "k",
    which lower-casing does not, so they are read only where every one is ASCII.
    """
    if pattern.flags & (re.LOCALE | re.VERBOSE):
        return None
    try:
        from re import _parser  # type: ignore[attr-defined]

        found = _needs(_parser.parse(pattern.pattern, pattern.flags))
    except Exception:  # noqa: BLE001 - an unreadable pattern is simply always run
        return None
    if found is None or not folded(pattern):
        return found
    return frozenset(s.lower() for s in found) if all(s.isascii() for s in found) else None


def folded(pattern: re.Pattern[str]) -> bool:
    """The pattern ignores case: its `needs` are looked for in the lower-cased text."""
    return bool(pattern.flags & re.IGNORECASE)


def _needs(items: Any) -> frozenset[str] | None:
    """The needs of a parsed sequence: the most selective of its parts' needs (a run of
    literals, a group, a branch whose every alternative has needs, a repeat at least
    once); None when no part has any."""
    from re import _constants as c  # type: ignore[attr-defined]

    found: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is c.LITERAL:
            run.append(chr(av))
            continue
        if run:  # a run of literals ends: the text holds it whole
            found.append(frozenset({"".join(run)}))
            run = []
        need = None
        if op is c.SUBPATTERN and not av[1] and not av[2]:  # a group with no inline flags
            need = _needs(av[3])
        elif op is c.BRANCH:
            alternatives = [_needs(alternative) for alternative in av[1]]
            if all(alternatives):  # every alternative needs something
                need = frozenset(s for a in alternatives if a for s in a)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
            need = _needs(av[2])
        elif op is c.ATOMIC_GROUP:
            need = _needs(av)
        elif op is c.ASSERT:  # a lookahead or lookbehind that must match: the text holds it
            need = _needs(av[1])
        if need:
            found.append(need)
    if run:
        found.append(frozenset({"".join(run)}))
    # the longest shortest string, then the fewest strings: the rarest in text
    return max(found, key=lambda s: (min(map(len, s)), -len(s)), default=None)


class PatternFilter:
    """The patterns of a list that may match a text, in their order."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self._needs = [needs(p) for p in patterns]
        self._always = frozenset(i for i, n in enumerate(self._needs) if n is None)
        # case-insensitive patterns: their needs hold for an ASCII text lower-cased
        self._folded = frozenset(
            i for i, p in enumerate(patterns) if folded(p) and i not in self._always
        )
        self._automata: tuple[Any, Any] | None = None

    def candidates(self, text: str) -> list[int]:
        """Indexes of the patterns that may match `text` (every other cannot)."""
        if self._automata is None:
            self._automata = (self._build(exact=True), self._build(exact=False))
        exact, folding = self._automata
        hit = set(self._always)
        for _end, owners in exact.iter(text) if len(exact) else ():
            hit.update(owners)
        if not text.isascii():
            hit |= self._folded
        elif len(folding):
            for _end, owners in folding.iter(text.lower()):
                hit.update(owners)
        return sorted(hit)

    def _build(self, *, exact: bool) -> Any:
        import ahocorasick

        owners: dict[str, list[int]] = {}
        for i, strings in enumerate(self._needs):
            if (i in self._folded) != exact:
                for string in strings or ():
                    owners.setdefault(string, []).append(i)
        automaton = ahocorasick.Automaton()
        for string, indexes in owners.items():
            automaton.add_word(string, tuple(indexes))
        if owners:
            automaton.make_automaton()
        return automaton
