"""Finding a passage again in a changed text (re-anchoring a W3C TextQuoteSelector).

First the exact quote, preferring the occurrence whose surroundings still match the stored
prefix/suffix and that lies nearest the old offset; then prefix + quote + suffix matched
fuzzily (rapidfuzz) near the old place, then anywhere. A fuzzy match is accepted only if
its figures are the figures of the old quote: "1,000 sq km" corrected to "1,250 sq km" is
a different claim, so the old appearance is orphaned rather than pointed at the new figure.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from rapidfuzz import fuzz

CONTEXT = 32  # characters of prefix/suffix stored with each appearance
NEEDLE_MIN = 80.0  # prefix + quote + suffix, fuzzy
QUOTE_MIN = 80.0  # the quote inside the region found
_WINDOW = 2000
_MAX_EXACT = 200
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")


@dataclass(frozen=True)
class Anchor:
    start: int
    end: int
    exact: bool


def locate(
    text: str, quote: str, prefix: str | None, suffix: str | None, hint: int | None
) -> Anchor | None:
    """Where `quote` is in `text` now, or None if it cannot be found with confidence."""
    if not quote.strip():
        return None
    exact = _exact(text, quote, prefix or "", suffix or "", hint)
    if exact is not None:
        return Anchor(exact, exact + len(quote), exact=True)
    return _fuzzy(text, quote, prefix or "", suffix or "", hint)


def _exact(text: str, quote: str, prefix: str, suffix: str, hint: int | None) -> int | None:
    positions: list[int] = []
    found = text.find(quote)
    while found >= 0 and len(positions) < _MAX_EXACT:
        positions.append(found)
        found = text.find(quote, found + 1)
    if not positions:
        return None

    def rank(position: int) -> tuple[int, int]:
        context = int(bool(prefix) and text[:position].endswith(prefix)) + int(
            bool(suffix) and text[position + len(quote) :].startswith(suffix)
        )
        distance = abs(position - hint) if hint is not None else position
        return (-context, distance)

    return min(positions, key=rank)


def _fuzzy(text: str, quote: str, prefix: str, suffix: str, hint: int | None) -> Anchor | None:
    needle = prefix + quote + suffix
    windows: list[tuple[int, int]] = []
    if hint is not None:
        reach = _WINDOW + 3 * len(needle)
        windows.append((max(0, hint - reach), min(len(text), hint + len(quote) + reach)))
    windows.append((0, len(text)))
    for low, high in windows:
        haystack = text[low:high]
        region = fuzz.partial_ratio_alignment(needle, haystack, score_cutoff=NEEDLE_MIN)
        if region is None:
            continue
        # Look for the quote itself in the region, with a little room either side.
        r_low = max(0, low + region.dest_start - CONTEXT)
        r_high = min(len(text), low + region.dest_end + CONTEXT)
        inner = fuzz.partial_ratio_alignment(quote, text[r_low:r_high], score_cutoff=QUOTE_MIN)
        if inner is None:
            continue
        start, end = _snap(text, r_low + inner.dest_start, r_low + inner.dest_end)
        # Keep the quote's own opening and closing marks ("…severe." with its full stop).
        if end < len(text) and not quote[-1].isalnum() and text[end] == quote[-1]:
            end += 1
        if start > 0 and not quote[0].isalnum() and text[start - 1] == quote[0]:
            start -= 1
        if Counter(_DIGITS.findall(text[start:end])) != Counter(_DIGITS.findall(quote)):
            return None
        return Anchor(start, end, exact=False)
    return None


def _snap(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a span to whole words and trim the white space at its edges."""
    while 0 < start < len(text) and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while 0 < end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
        end += 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


_BOUNDARY = re.compile(r"(?<=[.!?”\"])\s+|\n\s*\n")


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence (roughly: up to the nearest terminal mark or blank line) holding a span."""
    left = 0
    for match in _BOUNDARY.finditer(text, max(0, start - 1000), start):
        left = match.end()
    right_match = _BOUNDARY.search(text, end)
    right = right_match.start() if right_match else len(text)
    return text[left:right].strip()


def context(text: str, start: int, end: int) -> tuple[str, str]:
    """The prefix and suffix stored with an appearance."""
    return text[max(0, start - CONTEXT) : start], text[end : end + CONTEXT]
