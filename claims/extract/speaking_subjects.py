"""Who may be the subject of a verb of saying or planning: the one speaking in "..., with
Pretorius saying" (`with_speaker`), and a person or body whose stated plan is a claim,
not "the scheme" or "the law" (`can_plan`)."""

from __future__ import annotations

from claims.extract.lexicon import ORG_NOUNS, ORG_WORDS, PLURAL_SPEAKERS, ROLE_WORDS, words
from claims.extract.offices import role_head
from claims.extract.tokens import Speaker, Token, speaker_of


def with_speaker(tokens: list[Token], index: int) -> Speaker | None:
    """The one speaking in "..., with Pretorius saying": the words between "with" and the
    participle, a name or a phrase of up to four words with no comma."""
    for k in range(index - 1, max(-1, index - 6), -1):
        if tokens[k].quoted or tokens[k].text in {",", ";"}:
            return None
        if tokens[k].lower == "with" and k < index - 1:
            if tokens[k + 1].is_capitalised:
                return speaker_of(tokens, k + 1, index - 1, "name")
            head = tokens[index - 1].lower  # "with its leader saying", not "with nothing"
            speaks = head in _SPEAKER_HEADS
            return speaker_of(tokens, k + 1, index - 1, "role") if speaks else None
    return None


def can_plan(speaker: Speaker) -> bool:
    """A person or body, whose stated plan is a claim: not "the scheme" or "the law"."""
    if speaker.kind not in {"role", "group"}:
        return True
    head = role_head(speaker.text)[0]
    return head in _PLANNER_HEADS


_SPEAKING_PEOPLE = words(
    "leader chief spokesman spokeswoman spokesperson minister official director executive"
)
# heads of a phrase that can speak: "with its leader saying"
_SPEAKER_HEADS = PLURAL_SPEAKERS | ORG_NOUNS | ORG_WORDS | _SPEAKING_PEOPLE
# heads of a person or body that can have a plan
_PLANNER_HEADS = ORG_NOUNS | ORG_WORDS | ROLE_WORDS | PLURAL_SPEAKERS
