"""A fact-check's own layout: the claim it checks, set out under a heading ("CLAIM:", "THE
CLAIM:", "CLAIM 2:"), is the words of the person the article checks, though no verb of
saying stands beside them."""

from __future__ import annotations

import re
from collections import Counter

from claims.extract.article_passes import AttributedSentence
from claims.extract.discourse import Discourse
from claims.extract.scopes import Attribution

_CLAIM_HEADING = re.compile(r"\s*(?:THE\s+|The\s+)?(?:CLAIM|Claim)(?:\s+\d{1,2})?\s*:\s")
# The other parts of a fact-check; one of them must be there too.
_VERDICT_HEADING = re.compile(
    r"^\s*(?:THE\s+)?(?:FACTS|VERDICT|RULING|RATING|BOTTOM LINE)\s*:", re.MULTILINE
)


def credit_checked_claims(
    text: str,
    paragraphs: list[tuple[int, int]],
    sentences: list[AttributedSentence],
    discourse: Discourse,
) -> None:
    """The sentences of a paragraph under a claim heading, with no speaker of their own,
    are the person the fact-check names most often: "CLAIM 1: "This bill spends $1.9
    trillion."" is the senator's."""
    if "LAIM" not in text and "laim:" not in text:
        return  # most articles: one substring test
    headed = {
        number
        for number, (start, end) in enumerate(paragraphs)
        if _CLAIM_HEADING.match(text, start, end)
    }
    if not headed or _VERDICT_HEADING.search(text) is None:
        return
    counts = Counter(  # each person once a sentence
        name
        for number in range(len(sentences))
        for name in {_person(discourse, n) for n in discourse.mentions.get(number, [])}
        if name is not None
    )
    if not counts:
        return
    checked = counts.most_common(1)[0][0]
    for sentence in sentences:
        if sentence.paragraph in headed and not sentence.scoped:
            sentence.attribution = Attribution(checked, checked, ())


def _person(discourse: Discourse, name: str) -> str | None:
    person = discourse.find(name)
    return person.name if person is not None else None
