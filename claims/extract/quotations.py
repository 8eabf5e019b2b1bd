"""The quotations of an article (`quote_mask`) and what the check-worthiness score of a
claim reads and weighs: the quoted words of a mostly quoted sentence (`scored_text`), and
the evidence extraction found beside the text (`with_evidence`)."""

from __future__ import annotations

import math
import re

from claims.extract.sentences import paragraph_spans

_QUOTE_CHARS = {"“": True, "”": False}
_QUOTE_MARK = re.compile('[“”"]')
_QUOTED_RUN = re.compile(rb"\x01+")  # a stretch of a quotation mask's bytes inside quotes
_FIGURE_BONUS = 0.5
_NO_EVIDENCE_PENALTY = 1.0


def quote_mask(text: str, paragraphs: list[tuple[int, int]] | None = None) -> bytes:
    """For each character, 1 if it lies inside a direct quotation (marks included), else 0.

    ``paragraphs`` are ``paragraph_spans(text)``, if the caller has them already.
    """
    mask = bytearray(len(text))
    for start, end in paragraph_spans(text) if paragraphs is None else paragraphs:
        if _QUOTE_MARK.search(text, start, end) is None:
            _mark_single_quoted(text, start, end, mask)  # 'We have lost 300 homes,' he said.
            continue
        inside = False
        after = start  # the first character after the last quotation mark
        for mark in _QUOTE_MARK.finditer(text, start, end):
            position = mark.start()
            if inside:
                mask[after:position] = b"\x01" * (position - after)
            mask[position] = 1
            inside = _QUOTE_CHARS[mark.group()] if mark.group() != '"' else not inside
            after = position + 1
        if inside:
            mask[after:end] = b"\x01" * (end - after)
    return bytes(mask)


def _mark_single_quoted(text: str, start: int, end: int, mask: bytearray) -> None:
    """British copy's quotations in single marks, in a paragraph without double ones: a mark
    opening a word after a space, closed by one after the words' last letter or stop (not an
    apostrophe: "workers' pay", "don't"); a quotation still open at the paragraph's end when
    it opened the paragraph (it runs on into the next)."""
    position = start
    while (opening := _SINGLE_OPEN.search(text, position, end)) is not None:
        closing = _SINGLE_CLOSE.search(text, opening.end(), end)
        if closing is None:
            if opening.start() == start:
                mask[start:end] = b"\x01" * (end - start)
            return
        mask[opening.start() : closing.end()] = b"\x01" * (closing.end() - opening.start())
        position = closing.end()


# 'Opening a word after a space, a colon or a bracket; closing after a stop or a letter
# (but an "s', " which is a plural's apostrophe) before a space, a stop or the end.
_SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(:—–]))['‘](?=[\w£$€])", re.MULTILINE)
_SINGLE_CLOSE = re.compile(r"(?:(?<=[.,!?…])|(?<=[^\Ws]))['’](?=[\s)—–]|$|[.,;:!?](?!\w))")


def scored_text(raw: str, normalised: str, mask: bytes, quoted_share: float) -> str:
    """What the score reads: for a sentence that is mostly a direct quotation, the quoted
    words alone, since they are the claim and "said X, an analyst at Y" is not; else the
    sentence, ``normalised`` (its words, one space between)."""
    if quoted_share < 0.5:
        return normalised
    # The quoted stretches, one space between: what blanking every character outside them
    # gives once split into words, without a step per character.
    quoted = " ".join(raw[run.start() : run.end()] for run in _QUOTED_RUN.finditer(mask))
    quoted = quoted.replace("“", " ").replace("”", " ").replace('"', " ")
    return " ".join(quoted.replace("‘", " ").strip("'’").split())


def with_evidence(score: float, figure: bool, attributed: bool, dated: bool) -> float:
    """Adjust the text-only score with what extraction found, on the logit scale.

    The model was trained on debate transcripts; in news copy, what a fact-checker can check
    almost always carries a figure, a named source or a date, while sentences with none of
    them are mostly scene-setting in the outlet's own voice.
    """
    logit = math.log(max(score, 1e-6) / max(1 - score, 1e-6))
    if figure:
        logit += _FIGURE_BONUS
    if not (figure or attributed or dated):
        logit -= _NO_EVIDENCE_PENALTY
    return round(1.0 / (1.0 + math.exp(-logit)), 4)
