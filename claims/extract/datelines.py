"""What a sentence opens with that is no part of its claim: a wire dateline ("KYIV, Aug 13
(Meridian Wire) - ") or an interview's "Q:"/"A:" label. The claim's span starts after it,
and the sentence is read with it blanked out (offsets unchanged)."""

from __future__ import annotations

import re

# "KYIV, Aug 13 (Meridian Wire) - ", "TAVAR, Sorvan, 19 Sept (Wire) — ": place, date and
# outlet, not part of the claim; the claim's span starts after it.
_DATELINE = re.compile(
    r"""^[A-Z][A-Z .'’-]{2,}
    (?:,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}(?=,|\s*\(|\s*[-–—]))?
    (?:,\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?))?
    \s*(?:\([^)]{1,40}\))?\s*[-–—]+\s+""",
    re.VERBOSE,
)
_QA_PREFIX = re.compile(r"(?:Q|A|Question|Answer)\s*:\s+")


def lead_length(sentence: str) -> int:
    """How much of the sentence is a dateline or an interview's "Q:"/"A:" label."""
    lead = _DATELINE.match(sentence) or _QA_PREFIX.match(sentence)
    return lead.end() if lead else 0
