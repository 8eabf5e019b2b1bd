"""Article text is data. These helpers make it safe and readable on a terminal.

Nothing from an article, a title or a note is ever parsed as markup (the widgets get
`rich.text.Text`, never a markup string), and control characters are replaced one for one
by visible symbols, so an ANSI escape shows as `␛[31m` instead of recolouring the screen
and offsets into the text still line up.
"""

from __future__ import annotations

import re
from bisect import bisect_right

_C0 = {code: chr(0x2400 + code) for code in range(0x20)}  # ␀ … ␟
_C0[0x7F] = "␡"
_MARK = "\N{REPLACEMENT CHARACTER}"
_C1 = dict.fromkeys(range(0x80, 0xA0), _MARK)
# Bidirectional overrides reorder what a terminal shows; they are shown as a mark too.
_BIDI = dict.fromkeys((*range(0x202A, 0x202F), *range(0x2066, 0x206A)), _MARK)

_VISIBLE = str.maketrans({**_C0, **_C1, **_BIDI})
_KEEP_LINES = str.maketrans({**_C0, **_C1, **_BIDI, ord("\n"): "\n", ord("\t"): "\t"})

_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’»)\]]*\s+|\n\s*\n")
CONTEXT_LIMIT = 600  # characters either side, for texts without sentence punctuation


def visible(text: str | None) -> str:
    """Every control character replaced by a visible symbol (newlines too)."""
    return (text or "").translate(_VISIBLE)


def visible_lines(text: str | None) -> str:
    """Like `visible`, but newlines and tabs stay; a Windows line end becomes a space."""
    return (text or "").replace("\r\n", " \n").translate(_KEEP_LINES)


def one_line(text: str | None, width: int | None = None) -> str:
    """Visible and on one line (runs of spaces and line breaks collapse), cut to `width`."""
    flat = " ".join(visible_lines(text).split())
    if width is not None and len(flat) > width:
        return flat[: max(width - 1, 0)] + "…"
    return flat


def passage(text: str, start: int, end: int, sentences: int = 1) -> tuple[str, str, str]:
    """The sentence holding `text[start:end]` and `sentences` more either side.

    Returns (before, quote, after) so the caller can highlight the quote.
    """
    starts = [0, *(m.end() for m in _SENTENCE_END.finditer(text))]
    first = bisect_right(starts, start) - 1
    last = bisect_right(starts, max(end - 1, start)) - 1
    begin = starts[max(first - sentences, 0)]
    stop_index = last + 1 + sentences
    stop = starts[stop_index] if stop_index < len(starts) else len(text)
    begin = max(begin, start - CONTEXT_LIMIT)
    stop = min(stop, end + CONTEXT_LIMIT)
    return text[begin:start].lstrip(), text[start:end], text[end:stop].rstrip()


def split_quote(sentence: str, quote: str) -> tuple[str, str, str]:
    """(before, quote, after) of the quote inside a sentence; the sentence alone if absent."""
    at = sentence.find(quote) if quote else -1
    if at < 0:
        return sentence, "", ""
    return sentence[:at], quote, sentence[at + len(quote) :]
