"""Bodies whose names hold small words, read in full: "Save the Otters Foundation", "Friends
of the Earth", "Campaign to Protect Rural Wessex", "Commission on Housing and Planning",
"Australian Competition and Consumer Commission" (a speaker phrase found from its last
capitalised words alone would be "the Otters Foundation", "Planning" or "Consumer Commission")."""

from __future__ import annotations

from claims.extract.mentions import name_spans
from claims.extract.tokens import Speaker


def in_full(sentence: str, speaker: Speaker) -> Speaker:
    """``speaker`` with the start of its name put back when small words cut it off."""
    if speaker.kind not in {"name", "role"}:
        return speaker
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


_SMALL_WORDS = frozenset(["the", "of", "for", "to", "on", "and"])
