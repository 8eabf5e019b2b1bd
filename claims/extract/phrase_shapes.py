"""Shapes of the words around a speaker phrase's head: a name after a description of who
it is ("the software company Corvane Systems", "retired headteacher Ann Holt"), a body
named before a spokesperson, a place that belongs to a count ("six mills in the
province"), a capitalised run that reads as a person's name."""

from __future__ import annotations

from claims.extract.lexicon import NOT_NAMES, ORG_NOUNS, ORG_WORDS, ROLE_WORDS, words
from claims.extract.tokens import Token


def name_after_kind(inner: list[Token]) -> int:
    """How many words end ``inner`` as a name after a noun saying what kind of body it is:
    2 for "the Leeds-based software company Corvane Systems"; 0 if none."""
    if len(inner) < 2:
        return 0
    k = len(inner)
    while k > 1 and inner[k - 1].is_capitalised:
        k -= 1
    kind = inner[k - 1]
    if k < len(inner) and kind.lower in ORG_NOUNS and kind.text.islower():
        return len(inner) - k
    described = all(t.text.islower() and (t.text.isalpha() or "-" in t.text) for t in inner[:k])
    if len(inner) - k >= 2 and k <= 4 and described:  # "retired headteacher Margaret Holloway"
        return len(inner) - k
    return 0


def body_before_spokesperson(tokens: list[Token], link: int, head: int) -> bool:
    """Whether the words around ``link`` name the body of a spokesperson at ``head``: "a
    Department for Education spokesperson", "a Bank of England official"."""
    return (
        (tokens[head].lower.startswith("spokes") or tokens[head].lower == "official")
        and link >= 1
        and tokens[link - 1].is_capitalised
        and all(t.is_capitalised for t in tokens[link + 1 : head])
    )


def inside_a_count(tokens: list[Token], k: int) -> bool:
    """Whether the phrase at ``k`` hangs on a counted plural before it: "six mills in the
    province", "2,300 workers at the plant"."""
    if k < 3 or tokens[k - 1].lower not in {"in", "at", "across", "from"}:
        return False
    noun, count = tokens[k - 2], tokens[k - 3]
    plural = noun.text.islower() and noun.lower.endswith("s") and noun.lower not in _SPANS
    return plural and (count.text[:1].isdigit() or count.lower in _COUNT_WORDS)


_SPANS = frozenset(["years", "months", "weeks", "days", "hours", "decades"])  # "20 years in"
_COUNT_WORDS = words(
    "two three four five six seven eight nine ten dozens hundreds thousands many some"
)


def person_like(tokens: list[Token]) -> bool:
    """Whether a capitalised run reads as a person's name: two to four words after the
    titles, none of them an organisation's ("Inspector Carla Menzies", not "the Bank")."""
    words = [t.text for t in tokens if t.lower.rstrip(".") not in ROLE_WORDS | _TITLE_WORDS]
    return (
        2 <= len(words) <= 4
        and all(w[:1].isupper() and w.lower() not in NOT_NAMES for w in words)
        and not any(w.lower() in ORG_WORDS for w in words)
    )


_TITLE_WORDS = words("mr mrs ms dr prof sir dame lord lady inspector sergeant detective")
