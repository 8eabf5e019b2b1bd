"""Which phrases can be the speaker of a reporting verb at all: not "the full report"
(a noun after a determiner with only modifiers), not a singular phrase before a bare base
form ("the latest estimate"), and for verbs of evidence only a source ("the figures show",
"a study found"; not "the decision showed")."""

from __future__ import annotations

from claims.extract.lexicon import (
    DETERMINERS,
    DOCUMENTS,
    NON_HEADS,
    ORG_NOUNS,
    ORG_WORDS,
    PLURAL_SPEAKERS,
    ROLE_WORDS,
    words,
)
from claims.extract.offices import role_head
from claims.extract.resolution import is_proper
from claims.extract.tokens import Speaker, Token

# Verbs that report what evidence shows; only a source can be their subject: "the figures
# show", "a study found", but not "the vote showed the town wanted a bridge".
_EVIDENCE = words(
    """put puts found finds show showed shows shown concluded concludes suggested suggests
    indicated indicates revealed reveals"""
)
# Base forms need a plural subject or an auxiliary: "analysts say", "will say"; after
# "the latest" or "the full" they are nouns ("the full report").
_BASE_FORMS = words(
    """say tell claim report estimate note describe warn argue insist predict believe deny
    suggest allege admit acknowledge confirm accuse"""
)
# Singular nouns that can still find or show: "the coroner found", "the inquiry found".
SOURCE_NOUNS = words(
    """team panel jury inquiry investigation review audit committee government court
    coroner inspector auditor ombudsman tribunal examiner"""
)
# The unnamed people a tabloid's revelations come from: "a pal has revealed".
_INFORMANTS = words(
    """pal friend insider source relative neighbour neighbor colleague confidant
    confidante aide pals friends"""
)
# Collective nouns take a plural verb in British copy: "the family say", "the club say".
COLLECTIVES = words("family couple team crew staff public jury panel band pair")
_AUXILIARIES = words("will would could can may might should must do does did to not")
_PLURAL_BODIES = PLURAL_SPEAKERS | ORG_NOUNS | ORG_WORDS


def can_speak(speaker: Speaker, verb: Token, previous: Token | None) -> bool:
    """Whether a phrase found before or after a verb can be its speaker at all.

    Not a determiner with only modifiers ("the full report": "report" is a noun), not a
    singular phrase before a bare base form ("the latest estimate"), and for verbs of
    evidence only a source ("the figures show", "a study found"; not "the decision
    showed").
    """
    if speaker.kind not in {"role", "group"}:
        return True
    words = [w.lower() for w in speaker.text.split()]
    content = [w for w in words if w not in DETERMINERS]
    if not content or all(w in NON_HEADS for w in content):
        return False
    head, _ = role_head(speaker.text)
    if verb.lower in _BASE_FORMS and speaker.end <= verb.start:
        auxiliary = previous is not None and previous.lower in _AUXILIARIES
        plural = head.endswith("s") or head in _PLURAL_BODIES
        plural = plural or head in COLLECTIVES or head in {"data", "media", "police"}
        if not auxiliary and not plural:
            return False
    if verb.lower in _EVIDENCE and speaker.kind == "role":
        sources = DOCUMENTS | ORG_NOUNS | ORG_WORDS | ROLE_WORDS | PLURAL_SPEAKERS
        return (
            head in sources | SOURCE_NOUNS | _INFORMANTS
            or head.endswith("s")
            or is_proper(speaker.text.split()[-1])
        )
    return True
