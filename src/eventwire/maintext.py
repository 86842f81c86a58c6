"""A fast main-text extractor for news pages, confident or silent.

Most news pages hold their story in one element whose paragraphs carry nearly all of
the page's prose; the rest is menus, link lists, teasers and footers. `fast_main_text`
finds that element in one pass over the paragraphs of an lxml tree, reads its
paragraphs, headings and list items (without link lists and known boilerplate blocks),
and returns None whenever the page does not look like that (little prose, prose spread
over competing regions, text outside paragraphs), so that the caller can fall back to
trafilatura, which is slower (about five times on news pages) but handles the rest.
"""

from __future__ import annotations

import functools
import re
from typing import Any

__all__ = ["fast_main_text"]

# What is read inside the chosen element, in document order.
_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre")
# Elements that never hold the story, wherever they are.
_NEVER = frozenset({"nav", "aside", "footer", "form", "button", "select", "figure", "noscript"})
# Words that name a boilerplate block when a class or id starts or ends with them
# ("share-tools", "article-footer"): sharing, related links, comments, ads, bylines.
_BOILERPLATE = frozenset(
    "share sharing social related recommended recommendations comment comments newsletter"
    " promo ad ads advert advertisement advertising sponsor sponsored sidebar footer"
    " subscribe subscription cookie cookies breadcrumb breadcrumbs tags byline author bio"
    " popular trending outbrain taboola nav navigation menu widget caption credit credits"
    " signup paywall disclaimer copyright".split()
)
# A layout state, not a role: "has-sidebar", "no-share", "with-comments".
_STATE = re.compile(r"(?:^|[-_])(?:has|no|with|is|show|hide)[-_]")
_PARTS = re.compile(r"[-_]+")
# A class list this long is a post's taxonomy, not a role.
_MAX_CLASSES = 4
# Ledes are looked for this many levels above the chosen element.
_LEDE_LEVELS = 2
# A paragraph counts as prose when it is this long and mostly not link text.
_PROSE_CHARS = 60
_LINK_DENSITY = 0.5
# The chosen element holds this share of the page's prose; the page has this much.
_COVERAGE = 0.8
_MIN_CHARS = 1000
# The blocks read hold this share of the chosen element's text (not text in tables,
# bare <div>s or definition lists, which only trafilatura reads).
_BLOCK_SHARE = 0.9
# A block named like boilerplate that holds this share of the page's prose is read.
_RESCUE = 0.5


def fast_main_text(tree: Any) -> str | None:
    """The page's main text, one block a line; None when the page is not one story
    element holding nearly all of its prose (the caller then asks trafilatura)."""
    own: dict[Any, bool] = {}  # each element's own verdict (`_boilerplate_element`)
    prose = _prose(tree, own)
    total = sum(n for _, n in prose)
    if total < _MIN_CHARS and _rescue(tree, own):
        prose = _prose(tree, own)
        total = sum(n for _, n in prose)
    if total < _MIN_CHARS:
        return None
    focus = _focus(prose, total)
    if focus is None or focus.tag in ("html", "body"):
        return None
    parts = _parts(focus)
    chosen = {b for part in parts for b in _blocks(part, own)}
    chosen.update(_ledes(focus, {p for p, _ in prose}))
    lines = [line for block in _in_order(focus, chosen) if (line := _line(block))]
    text = "\n".join(lines)
    if len(text) < _MIN_CHARS or len(text) < 0.5 * total:
        return None
    loose = sum(_readable_length(part, own) for part in parts)
    return text if len(text) >= _BLOCK_SHARE * loose else None


def _readable_length(element: Any, own: dict[Any, bool]) -> int:
    """The length of an element's text outside scripts (JSON-LD metadata, which the
    page does not show) and boilerplate blocks (captions, share tools, bylines)."""
    hidden = 0
    walk = element.iterdescendants()
    for inner in walk:
        if inner.tag == "script" or _boilerplate_element(inner, own):
            hidden += _length(inner)
            for _ in inner.iterdescendants():  # its subtree follows it in the walk: skipped
                next(walk)
    return _length(element) - hidden


def _length(element: Any) -> int:
    return len(" ".join(element.text_content().split()))


def _prose(tree: Any, own: dict[Any, bool]) -> list[tuple[Any, int]]:
    """The page's prose paragraphs outside boilerplate blocks, with their lengths."""
    seen: dict[Any, bool] = {}
    return [(p, n) for p in tree.iter("p") if (n := _prose_length(p, seen, own))]


def _rescue(tree: Any, own: dict[Any, bool]) -> bool:
    """Whether a block taken for boilerplate by its name or tag holds most of the
    page's prose (a blog engine's "widget" wrapper, a "story-body paywall" block, a
    <noscript> copy of the story): it is the story's container after all, and is no
    longer excluded (the boilerplate blocks inside it still are)."""
    held: dict[Any, int] = {}
    total = 0
    for p in tree.iter("p"):
        n = _text_length(p)
        total += n
        if n:
            for element in [p, *p.iterancestors()]:
                if own.get(element):
                    held[element] = held.get(element, 0) + n
    rescued = [e for e, n in held.items() if n >= _RESCUE * total >= _RESCUE * _MIN_CHARS]
    for element in rescued:
        own[element] = False
    return bool(rescued)


def _prose_length(p: Any, seen: dict[Any, bool], own: dict[Any, bool]) -> int:
    """The length of a paragraph's text when it is prose (long, few links), else 0."""
    return 0 if _excluded(p, None, seen, own) else _text_length(p)


def _text_length(p: Any) -> int:
    """The length of a paragraph's text when it is prose (long, few links), else 0,
    wherever it stands."""
    raw = p.text_content()
    if len(raw) < _PROSE_CHARS:
        return 0  # (spacing only shortens it)
    text = " ".join(raw.split())
    if len(text) < _PROSE_CHARS:
        return 0
    links = sum(len(a.text_content()) for a in p.iter("a"))
    return 0 if links > _LINK_DENSITY * len(text) else len(text)


def _focus(prose: list[tuple[Any, int]], total: int) -> Any:
    """The deepest element holding `_COVERAGE` of the prose (all ancestors summed)."""
    held: dict[Any, int] = {}
    depth: dict[Any, int] = {}
    for p, n in prose:
        chain = list(p.iterancestors())
        for level, element in enumerate(reversed(chain)):
            held[element] = held.get(element, 0) + n
            depth[element] = level
    enough = [e for e, n in held.items() if n >= _COVERAGE * total]
    return max(enough, key=depth.__getitem__) if enough else None


def _parts(focus: Any) -> list[Any]:
    """The focus and its siblings of the same kind (tag and class), in page order: a
    story split into several text blocks between pictures or ads."""
    parent = focus.getparent()
    if parent is None or not focus.get("class"):
        return [focus]
    key = (focus.tag, focus.get("class"))
    return [e for e in parent if (e.tag, e.get("class")) == key]


def _scope(focus: Any) -> Any:
    """The focus's grandparent (its parent, or itself, near the top of the page)."""
    scope = focus
    for _ in range(_LEDE_LEVELS):
        parent = scope.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        scope = parent
    return scope


def _ledes(focus: Any, prose: set[Any]) -> list[Any]:
    """Prose paragraphs near the focus but outside it: a standfirst or lede set in
    its own block above the story."""
    return [p for p in _scope(focus).iter("p") if p in prose]


def _in_order(focus: Any, chosen: set[Any]) -> list[Any]:
    """The chosen blocks in page order (all are below the lede scope, or, when that is
    the focus itself, below its parent, which holds its sibling parts)."""
    scope = _scope(focus)
    if scope is focus:
        scope = focus.getparent() if focus.getparent() is not None else focus
    return [e for e in scope.iter(*_BLOCKS) if e in chosen]


def _excluded(element: Any, stop: Any, seen: dict[Any, bool], own: dict[Any, bool]) -> bool:
    """Whether the element or an ancestor below `stop` is a boilerplate block (the
    answers for ancestors are kept in `seen`: paragraphs share most of them; each
    element's own verdict in `own`, which outlives a change of `stop`)."""
    if element is None or element is stop or element.tag == "body":
        return False
    answer = seen.get(element)
    if answer is None:
        answer = _boilerplate_element(element, own)
        answer = answer or _excluded(element.getparent(), stop, seen, own)
        seen[element] = answer
    return answer


def _boilerplate_element(element: Any, own: dict[Any, bool]) -> bool:
    """Whether the element itself (not its ancestors) is a boilerplate block, by its
    tag or its class and id (kept in `own`)."""
    answer = own.get(element)
    if answer is None:
        tag = element.tag if isinstance(element.tag, str) else ""
        answer = own[element] = tag in _NEVER or _boilerplate(_names(element))
    return answer


@functools.lru_cache(maxsize=4096)
def _boilerplate(names: str) -> bool:
    """Whether a class or id starts or ends with a boilerplate word (kept for the
    next element with the same names: a page repeats a few class lists many times)."""
    for name in names.lower().split():
        if _STATE.search(name):
            continue
        parts = [part for part in _PARTS.split(name) if part]
        if parts and (parts[0] in _BOILERPLATE or parts[-1] in _BOILERPLATE):
            return True
    return False


def _names(element: Any) -> str:
    """An element's class and id; empty for a long class list (a post's taxonomy:
    "tag-elections", "category-news" name its topics, not its role)."""
    classes = element.get("class") or ""
    if classes.count(" ") >= _MAX_CLASSES:
        classes = ""
    return f"{classes} {element.get('id') or ''}".strip()


def _blocks(focus: Any, own: dict[Any, bool]) -> list[Any]:
    """The innermost blocks under the focus, outside boilerplate, in document order."""
    found: list[Any] = []
    seen: dict[Any, bool] = {}
    for block in focus.iter(*_BLOCKS):
        if next(block.iterdescendants(*_BLOCKS), None) is not None:
            continue  # its inner blocks are read instead
        if not _excluded(block, focus, seen, own):
            found.append(block)
    return found


def _line(block: Any) -> str:
    """A block's text on one line; empty for a link list item or link-only block."""
    text = " ".join(block.text_content().split())
    if not text:
        return ""
    links = sum(len(a.text_content()) for a in block.iter("a"))
    return "" if links > _LINK_DENSITY * len(text) else text
