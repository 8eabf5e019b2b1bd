"""What the analysts expected: "revenue rose to $8.42 billion, the company said, ahead of
the $8.1 billion analysts polled by FactLedger had expected". The expected figure is the
polled analysts' (their pollster's), whoever speaks for the rest of the sentence; so is
"246.9 billion rupees expected on average by economists surveyed by X", and the count in
"Thirteen of 18 economists polled by the Meridian agency had expected a cut".
"""

from __future__ import annotations

from claims.extract.lexicon import SPEECH_VERBS, words
from claims.extract.phrases_after import forward
from claims.extract.scopes import ASIDE, Scoped
from claims.extract.tokens import Speaker, Token

_POLLED = words("polled surveyed canvassed questioned")
_FORECASTERS = words(
    "analysts economists forecasters traders investors experts brokers strategists dealers"
)
_EXPECTED = words("expected forecast predicted estimated anticipated pencilled projected")
_NUMBER_WORDS = words(
    """one two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy
    eighty ninety hundred thousand million billion trillion bn m k per cent percent"""
)
_CURRENCY = frozenset(["$", "£", "€", "¥", "₹", "%"])
_CURRENCY_WORDS = words("rupees dollars euros pounds yen yuan francs kronor krone pence")


def consensus_scopes(tokens: list[Token]) -> list[Scoped]:
    """An aside's scope (`ASIDE`) for each figure polled forecasters expected."""
    found: list[Scoped] = []
    for k, token in enumerate(tokens):
        if token.lower not in _POLLED or k < 2 or k + 2 >= len(tokens):
            continue
        group = tokens[k - 1]
        if tokens[k + 1].lower != "by" or group.lower not in _FORECASTERS or token.quoted:
            continue
        pollster = forward(tokens, k + 2)
        if pollster is None:
            continue
        after = [t.lower for t in tokens[k + 2 :] if t.start >= pollster.end][:5]
        last = _expected_by(tokens, k - 1)  # "... rupees expected on average by analysts"
        if last is None and not _EXPECTED.intersection(after):
            continue
        figure = _figure_before(tokens, k - 2 if last is None else last)
        if figure is None:
            continue
        text = f"{group.text} {token.text} by {pollster.text}"
        speaker = Speaker(text, group.start, pollster.end, "group")
        found.append(Scoped(speaker, ASIDE, k, figure[0], figure[1]))
    return found


def _expected_by(tokens: list[Token], group: int) -> int | None:
    """The index of the last word of the figure in "<figure> expected (on average) by
    <group>", when the group is written that way."""
    if group < 2 or tokens[group - 1].lower != "by":
        return None
    for m in range(group - 2, max(-1, group - 6), -1):
        if tokens[m].lower in _EXPECTED:
            return m - 1
    return None


def _figure_before(tokens: list[Token], end: int) -> tuple[int, int] | None:
    """The character span of the figure whose last word is at `end` (after an optional
    "that"): "$8.1 billion", "47.5 %", "Thirteen of 18", "1,100 units"."""
    if end >= 0 and tokens[end].lower == "that":
        end -= 1
    m = end
    if end > 0 and tokens[end].text.isalpha() and not _figure_word(tokens, end):
        m -= 1  # the counted noun: "1,100 units expected by ..."
    while m >= 0 and _figure_word(tokens, m):
        m -= 1
    figure = tokens[m + 1 : end + 1]
    if not any(any(ch.isdigit() for ch in t.text) or t.lower in _NUMBER_WORDS for t in figure):
        return None  # nothing counted: "the forecast that analysts polled by X expected"
    return figure[0].start, figure[-1].end


def _figure_word(tokens: list[Token], m: int) -> bool:
    token = tokens[m]
    if token.quoted:
        return False
    if any(ch.isdigit() for ch in token.text) or token.text in _CURRENCY:
        return True
    if token.lower in _NUMBER_WORDS or token.lower in _CURRENCY_WORDS:
        return True
    return token.lower == "of" and m > 0 and _figure_word(tokens, m - 1)  # "Thirteen of 18"


def forecasters_expected(tokens: list[Token], index: int) -> bool:
    """ "Analysts expected a rise of 0.4%", "Economists polled by X had expected": what
    forecasters expected is theirs; "expected" is no verb of saying otherwise."""
    k = index - 1
    if k >= 0 and tokens[k].lower in {"had", "have", "has"}:
        k -= 1
    if k >= 0 and not tokens[k].quoted and tokens[k].lower in _FORECASTERS:
        return not _reported_by(tokens, k)
    opening = [t.lower for t in tokens[:k]]
    at_a_firm = len(opening) >= 2 and opening[1] in {"at", "from"}  # "Analysts at Peel Hunt
    at_a_firm = at_a_firm and all(t.is_capitalised or t.text == "&" for t in tokens[2 : k + 1])
    return (
        len(opening) >= 2
        and opening[0] in _FORECASTERS
        and (  # had expected £165m"
            opening[1] in _POLLED or at_a_firm
        )
    )


def _reported_by(tokens: list[Token], group: int) -> bool:
    """ "Hurst countered that traders expected footfall to fall": what the forecasters
    expect is the account of the one whose words they sit in."""
    k = group - 1
    if k >= 0 and tokens[k].lower == "that":
        k -= 1
    if k >= 1 and tokens[k].lower in _TOLD and tokens[k - 1].lower in {"told", "tells"}:
        k -= 1  # "told reporters that investors had expected"
    return k >= 0 and not tokens[k].quoted and tokens[k].lower in SPEECH_VERBS


_TOLD = words("reporters journalists me us him her them parliament mps")
