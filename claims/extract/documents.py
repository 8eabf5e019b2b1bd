"""Documents and who put them out: "a survey by Kestrel", "an analysis by the independent
group Fingerprint", "a poll of 2,000 parents for gadget insurer SafeHandz", and of "a poll
by Lindqvist Research for the Dunmere Echo" the pollster, not the paper it was for.
"""

from __future__ import annotations

import re
from functools import lru_cache

from claims.extract.lexicon import DOCUMENTS, words
from claims.extract.phrases_after import forward
from claims.extract.tokens import Speaker, Token, speaker_of

MADE_BY = words(
    "published released compiled issued commissioned produced conducted written carried filed"
)


def document_before(tokens: list[Token], start: int) -> int | None:
    """The index of the document a name at token `start` published, if it did: "a survey by
    Kestrel", "an analysis by the independent group Fingerprint", "a poll of 2,000 parents
    for gadget insurer SafeHandz"."""
    k = start - 1
    while k >= 0 and _lower_or_day(tokens[k]) and start - k <= 4:  # "for the Sunday Courier"
        if tokens[k].lower in {"by", "from", "for"}:
            apposed = k >= 2 and tokens[k - 1].lower in _MADE_BY_OR_OUT
            commas = 0  # "The survey of 1,204 adults, carried out by Civic Lab,"
            # up to "A poll" in "A poll of 620 voters carried out for the Herald by X"
            for m in range(k - 1, max(-1, k - 12), -1):
                if tokens[m].text == ",":
                    commas += 1
                if tokens[m].quoted or tokens[m].text == ";" or commas > int(apposed):
                    return None
                if tokens[m].lower in DOCUMENTS:
                    return m
            return None
        k -= 1
    return None


def conducted_by(tokens: list[Token], start: int) -> Speaker | None:
    """For a publisher at token `start` after "for", the one named after "by" in the same
    document's phrase: "A poll by Lindqvist Research for the Dunmere Echo" -> Lindqvist."""
    at = start - 1  # "for the daily Correio Atlantico": "the daily" stepped over
    while at > 0 and start - at <= 3 and tokens[at].lower != "for" and _lower_or_day(tokens[at]):
        at -= 1
    if start == 0 or tokens[at].lower != "for":
        return None
    document = document_before(tokens, start)
    if document is None:
        return None
    for m in range(document + 1, at):
        if tokens[m].lower == "by":
            found = forward(tokens, m + 1)
            if found is not None and found.end <= tokens[at].start:
                return Speaker(found.text, found.start, found.end, "publisher")
            if found is not None and at - 1 > m and tokens[at - 1].is_capitalised:
                first = m + 2 if tokens[m + 1].lower == "the" else m + 1  # it read on past
                return speaker_of(tokens, first, at - 1, "publisher")  # "for"
    return None


def _lower_or_day(token: Token) -> bool:
    """A lower-case word, or a weekday inside a paper's name ("the Sunday Courier")."""
    return (token.text.isalpha() and token.text.islower()) or token.lower in _WEEKDAYS


_WEEKDAYS = words("monday tuesday wednesday thursday friday saturday sunday")


# What a forecast or a plan says, only of one: "The bank's forecast sees prices rising",
# "Its latest forecast has growth slowing to 0.9%", "Its estimate is that fewer than"
DOCUMENT_VERBS = words("sees see implies imply assumes assume has is")


def document_states(tokens: list[Token], index: int) -> bool:
    """Whether the document before the verb at ``index`` states what follows: "sees prices
    rising"; "has" only before a thing and what it does ("has growth slowing"), "is" only
    before "that" (not "The report has been delayed", "The survey is online")."""
    after = [t.lower for t in tokens[index + 1 : index + 4]]
    if tokens[index].lower == "is" and after[:1] != ["that"]:
        return False
    doing = any(w.endswith("ing") and w.isalpha() for w in after[1:])
    if tokens[index].lower == "has" and not (after and after[0].isalpha() and doing):
        return False  # "has growth slowing", "has the economy growing"
    return document_before_verb(tokens, index)


def document_before_verb(tokens: list[Token], index: int) -> bool:
    """Whether a document ends the words before ``index``, an aside between commas
    stepped over: "The bank's new forecast, published alongside the decision,"."""
    k = index - 1
    if k >= 0 and tokens[k].text == ",":
        k = next((m for m in range(k - 1, max(-1, k - 15), -1) if tokens[m].text == ","), 0) - 1
    return k >= 0 and tokens[k].lower in DOCUMENTS and not tokens[k].quoted


# A report named as such: "The Dene Valley Maternity Review", "the Sentencing Inquiry"
_NAMED_REPORT = re.compile(
    r"\b((?:[A-Z][\w'’-]+\s+){1,5}(?:Review|Inquiry|Report|Investigation|Commission))\b"
)
_REPORT_WORDS = words("review report inquiry probe panel investigation")


def named_report(head: str, sentences: list[str]) -> str | None:
    """ "the review found", "the probe found" in an article about "the Dene Valley Maternity
    Review": the report the article named, the last one named."""
    if head not in _REPORT_WORDS:
        return None
    latest: str | None = None
    for sentence in reversed(sentences):
        for found in reversed(_NAMED_REPORT.findall(sentence)):
            if found.rsplit(None, 1)[-1].lower() == head:  # "the review": the Review named,
                return str(found).removeprefix("The ")  # not the Care Quality Commission
            latest = latest or str(found).removeprefix("The ")  # named since
    return latest


def owned_document(head: str, sentences: list[str]) -> str | None:
    """ "the report said" after "The Health Committee's report, published on Tuesday,": the
    body whose report the article named last, written as its owner."""
    pattern, made_by = _owned_pattern(head), _made_by_pattern(head)
    for sentence in reversed(sentences):
        found = pattern.findall(sentence) or made_by.findall(sentence)
        if found and str(found[-1]).split()[-1].islower():  # "quoted in the company's
            return str(found[-1])  # statement ... the statement said": the company
        if found:  # "A report by the children's charity Little Steps", "Budget papers
            return str(found[-1]).removeprefix("The ").removeprefix("the ")  # published by X"
    return None


@lru_cache(maxsize=64)
def _made_by_pattern(head: str) -> re.Pattern[str]:
    return re.compile(
        rf"\b{re.escape(head)}\s+(?:(?:published|commissioned|compiled|released|produced|"
        rf"written|conducted|carried\s+out)\s+)?by\s+(?:the\s+)?(?:[a-z'’-]+\s+){{0,3}}?"
        rf"((?:[A-Z][\w'’&-]*\s+){{0,5}}[A-Z][\w&-]*)"
    )


@lru_cache(maxsize=64)
def _owned_pattern(head: str) -> re.Pattern[str]:
    return re.compile(
        rf"\b((?:[Tt]he\s+)?(?:[A-Z][\w'’&-]*\s+){{0,5}}[A-Z][\w&-]*|the\s+(?:{_BODIES}))['’]s\s+"
        rf"(?:[a-z-]+\s+){{0,2}}{re.escape(head)}\b"
    )


_BODIES = "company|firm|group|council|bank|trust|charity|union|ministry|department|club|regulator"

# Unions worked out once, not at every word the rules ask about
# "made by" verbs and "out" ("carried out by")
_MADE_BY_OR_OUT = MADE_BY | {"out"}
