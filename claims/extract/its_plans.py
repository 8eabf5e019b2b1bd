"""A body's plans told right after it spoke: "Brindway said on Thursday that sales fell
2.1%. It will close 14 of its stores this year": the closures are Brindway's word too,
though the second sentence names no source."""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claims.extract.article_passes import AttributedSentence
    from claims.extract.discourse import Discourse

# "It will close", "It will also cut", "It plans to hire", "It is also recruiting"
_ITS_PLAN = re.compile(
    r"\s*It\s+(?:will\s+(?:also\s+)?|(?:also\s+)?(?:plans|intends|expects|aims)\s+to\s+"
    r"|is\s+(?:also\s+)?(?:planning\s+to\s+|to\s+))"
    r"(?:close|shut|cut|axe|open|hire|recruit|invest|spend|build|buy|sell|raise|pay|create"
    r"|launch|reduce|offer|add|move|keep|return|seek|increase|freeze|scrap|replace|merge)\b"
    r"|\s*It\s+is\s+(?:also\s+)?(?:closing|cutting|opening|hiring|recruiting|investing"
    r"|spending|building|buying|selling|raising|launching|offering)\b"
)


def credit_its_plans(sentences: list[AttributedSentence], discourse: Discourse) -> None:
    """ "X said ... . It will close 14 stores": the plan of a body that opened the sentence
    before by speaking, in the same paragraph, is its claim."""
    for previous, sentence in itertools.pairwise(sentences):
        if sentence.scoped or sentence.attribution.claimant or sentence.quoted_share > 0.5:
            continue
        claimant = previous.attribution.claimant
        if claimant is None or previous.paragraph != sentence.paragraph:
            continue
        if not sentence.analysed.lstrip().startswith("It "):
            continue  # most sentences: one string test
        opener = previous.scoped[0].speaker.start if previous.scoped else -1
        if previous.analysed[:opener].strip() or not _ITS_PLAN.match(sentence.analysed):
            continue  # the body must open the sentence before: "Brindway, ..., said"
        if discourse.find_organisation(claimant) is not None:
            sentence.attribution = previous.attribution
