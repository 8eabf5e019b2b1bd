"""A study's findings speak for whoever did the study.

Science and health copy names the research team once ("a team at Carrow University",
"Northbridge researchers", "a study by the Institute ...") and then reports through
stand-ins: "the researchers estimated", "the team found", "They found", "The study
followed 9,000 workers", even "according to a study published on Tuesday" before the
team is named. A fact-checker files all of these under the institution, so they resolve
to the study's owner, named earlier or later in the same article.
"""

from __future__ import annotations

import re

from claims.extract.lexicon import words
from claims.extract.offices import role_head

_NAME = r"[A-Z][\w’'&-]*(?:\s+(?:of\s+|for\s+|and\s+|on\s+)?[A-Z][\w’'&-]*)*"
_OWNER = re.compile(
    rf"\b(?i:team|researchers|scientists|academics)\s+(?:at|from)\s+(?:the\s+)?({_NAME})"
    rf"|\bled\s+by\s+(?:a\s+team\s+at\s+|researchers\s+at\s+|scientists\s+at\s+)?(?:the\s+)?({_NAME})"
    rf"|\b(?:study|research|paper|trial|findings|assessment|analysis),?\s+(?:by|from)\s+"
    rf"(?:the\s+)?({_NAME})"
    rf"|({_NAME})\s+(?:researchers|scientists|academics)\b"
)
_OWNER_WORDS = (
    "team",
    "Team",
    "Researchers",
    "Scientists",
    "researchers",
    "scientists",
    "academics",
    "led by",
    "study",
    "research",
    "paper",
    "trial",
    "findings",
    "assessment",
    "analysis",
)
# Who stands in for the study's owner: the phrase's head noun.
STAND_INS = words("team researchers authors scientists boffins academics study research paper")
_SUBJECT = re.compile(
    r"\s*((?:The|A|An)\s+(?:[a-z-]+\s+){0,2}(?:study|research|team|researchers|authors|paper)"
    r"|Researchers|Scientists)\b"
)


def study_owner(sentence: str) -> str | None:
    """The institution a sentence says did the research, if it says so."""
    if not any(map(sentence.__contains__, _OWNER_WORDS)):
        return None  # most sentences: no need to run the pattern
    lowered = sentence.lower()
    if any(another in lowered for another in _ANOTHER):
        return None  # "A separate study by researchers at ETH Zurich": not this one's team
    for match in _OWNER.finditer(sentence):  # not "The" of "The researchers, led by a
        name = next(group for group in match.groups() if group)  # team at X,": X
        if name.split()[0] not in {"The", "A", "An", "It", "They"}:
            return name
    return None


def stands_in(noun_phrase: str) -> bool:
    """ "the researchers", "a study of 9,000 workers", "boffins": the study's voice."""
    first = noun_phrase.split()[:2]
    if len(first) == 2 and " ".join(first).lower() in _ANOTHER:
        return False  # "a similar study in Rotterdam" is not this one
    return role_head(noun_phrase)[0] in STAND_INS


_ANOTHER = frozenset(
    ["a similar", "another study", "an earlier", "a previous", "a separate", "an older"]
)


def study_subject(sentence: str) -> str | None:
    """ "The research, led by ..., followed 9,000 workers": a sentence whose subject is the
    study or its team reports the study's work, with or without a reporting verb."""
    match = _SUBJECT.match(sentence)
    return match.group(1) if match else None
