"""Quotation marks: which characters of a text stand between paired marks (« », “ ”, straight quotes).

Shared by the components that must know what is quoted (roles, coreference, quotes): :func:`quoted`
pairs the marks of a Doc once and keeps the spans on ``doc._.quoted``.
"""
from __future__ import annotations

from spacy.tokens import Doc

from veille import extensions  # noqa: F401
from veille.spans import text_of, trim

OPENING = {"«": "»", "“": "”"}
CLOSING = {"»": "«", "”": "“"}
LEFT_OF_OPENING = set("([{:'’-–—=/\u00ad")
RIGHT_OF_CLOSING = set(".,;:!?)]}»…\"")


def _straight(text: str, i: int, inside: bool) -> str:
    """'open' or 'close' for a straight double quote, from the characters around it."""
    prev = text[i - 1] if i else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    left_open = prev.isspace() or prev in LEFT_OF_OPENING
    right_close = nxt.isspace() or nxt in RIGHT_OF_CLOSING
    if left_open and not right_close:
        return "open"
    if right_close and not left_open:
        return "close"
    return "close" if inside else "open"


def _boundary(text: str, start: int, end: int) -> int:
    """Where a quotation left open ends: the last clause boundary before ``end``, else ``end``."""
    cut = max(text.rfind(p, start, end) for p in (",", ";", ":", "."))
    return cut if cut > start else end


def quoted_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Character spans of the words between paired quotation marks, outermost pairs only."""
    pairs: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    for i, ch in enumerate(text):
        if ch == "\n":
            pairs += [(p, i) for _, p in stack]
            stack = []
            continue
        if ch == '"':
            kind = _straight(text, i, bool(stack) and stack[-1][0] == '"')
            opener = '"'
        elif ch in OPENING:
            kind, opener = "open", ch
        elif ch in CLOSING:
            kind, opener = "close", CLOSING[ch]
        else:
            continue
        if kind == "open":
            if stack and stack[-1][0] == opener:       # opened again before closing: unbalanced
                _, p = stack.pop()
                pairs.append((p, _boundary(text, p + 1, i)))
            stack.append((opener, i))
        elif any(o == opener for o, _ in stack):
            while stack:
                o, p = stack.pop()
                if o == opener:
                    pairs.append((p, i))
                    break
    pairs += [(p, len(text)) for _, p in stack]
    outer, reach = [], -1  # by start, the longest first: a span inside one seen before is nested (linear time)
    for s in sorted({trim(text, p + 1, q) for p, q in pairs if q > p + 1}, key=lambda s: (s[0], -s[1])):
        if s[0] < s[1] and reach < s[1]:
            outer.append(s)
            reach = s[1]
    return tuple(sorted(outer))


def quoted(doc: Doc) -> tuple[tuple[int, int], ...]:
    """The quoted character spans of a Doc, paired once and kept on ``doc._.quoted``."""
    if doc._.quoted is None:
        doc._.quoted = quoted_spans(text_of(doc))
    return doc._.quoted
