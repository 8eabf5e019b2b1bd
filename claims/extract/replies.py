"""Who answers: "He replied" / "she responded" right after "X asked Y whether ..." is Y,
the one asked, not X, the one who asked and was named first."""

from __future__ import annotations

import re

from claims.extract.discourse import Discourse


def the_one_asked(discourse: Discourse, index: int, after: str, pronoun: str) -> str | None:
    """The person asked in the sentence before ``index``, when ``after`` (the sentence after a
    he/she that opens it) is a reply and that person is of the pronoun's gender."""
    if index < 1 or index > len(discourse.seen) or not _REPLY.match(after):
        return None
    asked = _ASKED.search(discourse.seen[index - 1])
    person = discourse.find(asked.group(1)) if asked else None
    wanted = {"he": "m", "she": "f"}[pronoun]
    if person is None or person.gender not in (None, wanted):
        return None
    return person.name


_REPLY = re.compile(r"\s+(?:\w+ly\s+)?(?:replied|responded|answered|retorted|shot\s+back)\b")
_ASKED = re.compile(
    r"\b(?:asked|pressed|questioned|challenged)\s+((?:[A-Z][\w’'-]+\s+)*[A-Z][\w’'-]+)"
    r"\s+(?:whether|if|why|how|what|when|about|to)\b"
)
