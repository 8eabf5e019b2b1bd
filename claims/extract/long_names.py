"""Bodies whose names hold small words, read in full: "Save the Otters Foundation", "Friends
of the Earth", "Campaign to Protect Rural Wessex", "Commission on Housing and Planning",
"Australian Competition and Consumer Commission" (a speaker phrase found from its last
capitalised words alone would be "the Otters Foundation", "Planning" or "Consumer Commission")."""

from __future__ import annotations

import re

from claims.extract.kinds import COMPANY_NOUNS
from claims.extract.lexicon import ORG_WORDS
from claims.extract.mentions import name_spans
from claims.extract.offices import split_role
from claims.extract.tokens import Speaker


def in_full(sentence: str, speaker: Speaker) -> Speaker:
    """``speaker`` with the start of its name put back when small words cut it off; a
    person named after an office and its portfolio without them ("Minister for Housing
    Darragh Flynn", "Union Minister of Road Transport Shri Rakesh Malhotra")."""
    if speaker.kind not in {"name", "role"}:
        return speaker
    kind, _, rest = speaker.text.partition(" ")
    named = kind.lower() in COMPANY_NOUNS and rest[:1].isupper()  # "Airline Skyward said":
    if named and not any(w.lower() in ORG_WORDS for w in rest.split()):  # Skyward
        return Speaker(rest, speaker.end - len(rest), speaker.end, speaker.kind)
    before = sentence[: speaker.start]  # _OFFICE_BEFORE ends on "of" or "for": tested first
    office = _OFFICE_BEFORE.search(before) if before.rstrip().endswith(("of", "for")) else None
    portfolio = speaker.kind == "role" and speaker.text.startswith("the ")  # "Commissioner
    named = speaker.kind == "name" or (portfolio and office is not None)  # for the Environment
    if named and (office is not None or _OFFICE_OF.search(speaker.text)):  # Tokunbo Wahab"
        start = office.start() if office is not None else speaker.start
        roles, name = split_role(sentence[start : speaker.end].split())
        if roles and len(name) >= 2:
            first = speaker.end - len(" ".join(name))
            return Speaker(" ".join(name), first, speaker.end, "name")
    text = speaker.text
    bare = text.removeprefix("the ").removeprefix("The ")
    start = speaker.start + len(text) - len(bare)  # "the Otters Foundation": at "Otters"
    for first, end in name_spans(sentence):
        if first < start < end and speaker.end <= end:
            cut = sentence[first:start].split()[-1]  # "Save the", "Commission on Housing and"
            if cut not in _SMALL_WORDS:  # not "Police Chief" of "Police Chief Renata Okafor"
                return speaker
            return Speaker(sentence[first : speaker.end], first, speaker.end, speaker.kind)
    return speaker


# An office and the "of"/"for" of its portfolio right before a name
_OFFICE_OF = re.compile(r"\b(?:Minister|Secretary|Commissioner|Director)\s+(?:of|for)\s+(?=[A-Z])")
_OFFICE_BEFORE = re.compile(r"\b(?:Minister|Secretary|Commissioner|Director)\s+(?:of|for)\s+$")
_SMALL_WORDS = frozenset(["the", "of", "for", "to", "on", "and"])
