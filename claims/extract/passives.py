"""Reporting verbs in the passive: "The figure was confirmed by the ministry", "The cost
is put at £230 million a day by Brightwater Economics"."""

from __future__ import annotations

from bisect import bisect_left

from claims.extract.lexicon import words
from claims.extract.scopes import ASIDE, Scoped
from claims.extract.tokens import TIME_WORDS, Speaker, Token

_Found = list[tuple[int, int, Speaker]]  # (order, verb index, speaker), as attribution finds

_PASSIVE = frozenset(["was", "were", "been", "is", "are", "be", "being"])


def passive_by(tokens: list[Token], index: int) -> int | None:
    """ "The figure was confirmed by the ministry": a reporting verb in the passive; the
    index of the "by" its speaker follows. "The cost is put at £230 million a day by X":
    the "by" after the figure."""
    if index >= 1 and not tokens[index].quoted and _reduced_relative(tokens, index):
        return _by_within_reach(tokens, index)
    heard = tokens[index].lower == "heard" and index + 2 < len(tokens) and not tokens[index].quoted
    if heard and tokens[index + 1].lower == "from" and tokens[index + 2].is_capitalised:
        return index + 1  # "The court heard from Detective Sergeant Amy Lowe that"
    if not (
        tokens[index].lower in _REPORTED_BY
        and index >= 1
        and tokens[index - 1].lower in _PASSIVE_BUT_BE
        and not tokens[index].quoted
    ):
        return None
    by = _after_time(tokens, index + 1)
    at = by < len(tokens) and tokens[by].lower in {"at", "as"}  # "was confirmed as 17 by X"
    if tokens[index].lower in _PUT_AT and at:
        by = next(
            (k for k in range(by, min(len(tokens), by + 14)) if tokens[k].text in {",", "by"}), by
        )
    if not (by + 1 < len(tokens) and tokens[by].lower == "by"):
        return None
    after = tokens[by + 1].text  # not "recorded by Tuesday afternoon"
    return None if TIME_WORDS.match(after) or after[:1].isdigit() else by


_PUT_AT = words("put estimated calculated confirmed given reported")  # "was estimated at $22
# million by the auditors", "was confirmed as 17 by the governor"
_REPORTED_BY = words(
    """confirmed reported estimated announced disclosed revealed stated
    put calculated recorded published told given"""
)


def _after_time(tokens: list[Token], k: int) -> int:
    """Past a day written between a participle and its "by" ("was announced on Tuesday by
    the ministry", "was confirmed late on Friday by"); ``k`` itself when none is."""
    m = k + 1 if k < len(tokens) and tokens[k].lower in {"late", "early"} else k
    if m + 1 < len(tokens) and tokens[m].lower == "on" and TIME_WORDS.match(tokens[m + 1].text):
        m += 2
    elif m < len(tokens) and tokens[m].lower in {"yesterday", "today"}:
        m += 1
    else:
        return k
    if m < len(tokens) and tokens[m].lower in {"night", "morning", "afternoon", "evening"}:
        m += 1
    return m if m < len(tokens) and tokens[m].lower == "by" else k


def _reduced_relative(tokens: list[Token], index: int) -> bool:
    """ "the 312 quoted in Parliament by the local MP", "The estimate, given by the minister
    on Monday, was", "the concession announced by the minister": a figure or a statement
    whose giver follows "by"."""
    if tokens[index].lower not in _GIVEN_BY:
        return False
    before = tokens[index - 1]
    if before.lower == "as" and tokens[index].lower in _MEASURED:
        return True  # "Market share, as measured by the shopping panel ShopTrack, rose"
    counted = index >= 2 and _figure(tokens[index - 2]) and before.text.isalpha()  # "the 2.3
    return before.text == "," or _figure(before) or before.lower in _STATED_THINGS or counted
    # tonnes published by a Sunday newspaper", "the £38.6m quoted by"


def _figure(token: Token) -> bool:
    """A number written in figures, with or without a currency sign: "2.3", "£38.6m"."""
    text = token.text.lstrip("£$€¥")
    return text[:1].isdigit()


def given_figure_start(tokens: list[Token], index: int) -> int | None:
    """Where the noun phrase a reduced relative describes starts ("the 312" in "below the
    312 quoted in Parliament by X"), when it follows a noun rather than a comma: its giver
    speaks for that phrase alone. None after a comma ("The estimate, given by X, was")."""
    if not _reduced_relative(tokens, index) or tokens[index - 1].text == ",":
        return None
    k = index - 1
    while k > 0 and index - k < 5 and (tokens[k - 1].text.isalnum() or _figure(tokens[k - 1])):
        if tokens[k - 1].lower in _BEFORE_A_PHRASE:
            break
        k -= 1
    return k if any(_figure(t) for t in tokens[k:index]) else None


def passive_scoped(
    tokens: list[Token], index: int, speaker: Speaker
) -> Scoped | tuple[int, int, Speaker] | None:
    """What the speaker after a passive's "by" speaks for: an aside's figure alone ("the 312
    quoted in Parliament by X"), or (order, verb index, speaker) as `find_scoped` keeps them:
    what follows when the agent's words do ("She said they had been told by a doctor that
    two ribs were broken": the doctor's, through her), as a subject does; else the clause
    it is tacked onto (", was confirmed by X", "The court heard from X that", "as measured
    by the panel ShopTrack"). None otherwise ("higher than the figure given by X")."""
    given = given_figure_start(tokens, index)
    if given is not None:
        return Scoped(speaker, ASIDE, index, tokens[given].start, speaker.end)
    if tokens[index - 1].text == "," or tokens[index - 1].lower in _PASSIVE_AUX:
        after = bisect_left(tokens, speaker.end, key=_start)
        return (2 if after < len(tokens) and tokens[after].lower == "that" else 1), index, speaker
    if tokens[index].lower == "heard":
        return 1, index, speaker
    if tokens[index - 1].lower == "as" and (named := named_part(speaker)):
        return 1, index, named
    return None


def _start(token: Token) -> int:
    return token.start


_PASSIVE_AUX = words("was were been is are being")
_BEFORE_A_PHRASE = words("than of to from below above with by on in at under over and or")


def _by_within_reach(tokens: list[Token], index: int) -> int | None:
    """The "by" up to three words after the participle ("quoted in Parliament by")."""
    for by in range(index + 1, min(len(tokens) - 1, index + 5)):
        if tokens[by].lower == "by":
            after = tokens[by + 1].text
            return None if TIME_WORDS.match(after) or after[:1].isdigit() else by
        if not tokens[by].text.isalpha() or tokens[by].quoted:
            return None
    return None


_GIVEN_BY = words(
    "given quoted cited announced claimed stated measured calculated recorded released published"
)
_MEASURED = words("measured calculated recorded reported estimated")
# The only words passive_by can find a "by" after: a cheap test before calling it.
PASSIVE_VERBS = _REPORTED_BY | _GIVEN_BY | _MEASURED | {"heard"}
_STATED_THINGS = words(
    """figure figures estimate estimates number numbers total totals claim claims concession
    plan offer target forecast pledge promise"""
)


# Unions worked out once, not at every word the rules ask about
# passive auxiliaries but "be"
_PASSIVE_BUT_BE = _PASSIVE - {"be"}


def named_part(speaker: Speaker) -> Speaker | None:
    """The phrase after "as measured by" up to the end of the name it holds ("the shopping
    panel ShopTrack" of "... ShopTrack over the 12 weeks to March"); None when it names no
    one ("the consumer prices index" is a measure, not a source)."""
    words = speaker.text.split()
    named = [k for k, w in enumerate(words) if w[:1].isupper() and w.lower() != "the"]
    if not named:
        return None
    end = named[0]
    while end + 1 < len(words) and (
        words[end + 1][:1].isupper() or words[end + 1] in {"of", "for"}
    ):
        end += 1
    text = " ".join(words[: end + 1])
    return Speaker(text, speaker.start, speaker.start + len(text), speaker.kind)


def told_inside(tokens: list[Token], index: int, found: _Found) -> bool:
    """ "Its manager said the charity had been told by several families that ...": a
    passive "told by" inside words already reported is the innermost source, read in
    order after the one who reports it (not outermost, as "The figure, confirmed by X,")."""
    return tokens[index].lower == "told" and any(
        order == 2 and verb < index for order, verb, _ in found
    )
