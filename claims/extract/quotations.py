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


def scored_text(raw: str, normalised: str, mask: bytes, quoted_share: float) -> str:
    """What the score reads: for a sentence that is mostly a direct quotation, the quoted
    words alone, since they are the claim and "said X, an analyst at Y" is not; else the
    sentence, ``normalised`` (its words, one space between)."""
    if quoted_share < 0.5:
        return normalised
    # The quoted stretches, one space between: what blanking every character outside them
    # gives once split into words, without a step per character.
    quoted = " ".join(raw[run.start() : run.end()] for run in _QUOTED_RUN.finditer(mask))
    return " ".join(quoted.replace("“", " ").replace("”", " ").replace('"', " ").split())


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
