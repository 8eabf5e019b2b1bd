"""A body's own figures: a forecast, target or rate it revised ("The IMF cut its growth
forecast to 2.1%", "The RBI kept the repo rate unchanged at 6.5%") and the results it
posted ("posted a 12.5% rise in net profit") are its claims, whoever else the sentence
names."""

from __future__ import annotations

import re

from claims.extract.lexicon import words
from claims.extract.tokens import Token

# "The IMF cut its growth forecast to 2.1%": a body's own figure, revised, is its claim.
OWN_FIGURES = words(
    """forecast forecasts estimate estimates guidance outlook projection projections rate
    rates target targets dividend ratio requirement"""
)
_REVISING = words(
    """cut cuts raised raises lowered lowers kept keeps revised revises trimmed trims
    upgraded upgrades downgraded downgrades held holds maintained maintains lifted lifts
    reduced reduces increased increases reiterated reiterates retained retains reaffirmed
    reaffirms left leaves"""
)


def results_follow(tokens: list[Token], index: int) -> bool:
    """ "a (consolidated net) profit", "record revenue", "a 9% rise in net profit", "a
    pre-tax profit": a company's own results."""
    for token in tokens[index + 1 : index + 9]:
        if token.lower in RESULTS:
            return True
        word = token.text.replace("-", "")  # "a pre-tax profit", "a first-half loss"
        if token.quoted or not (word.isalpha() or _FIGURE_BIT.fullmatch(token.text)):
            return False
    return False


_FIGURE_BIT = re.compile(r"\d+(?:\.\d+)?|%")


RESULTS = words(
    """profit profits loss losses revenue revenues sales turnover earnings deficit surplus
    income"""
)


def revised_own_figure(tokens: list[Token], index: int) -> bool:
    """Whether the word at ``index`` is a forecast its subject revised: "cut its growth
    forecast", "raised their full-year guidance": a verb of revising,
    "its"/"their" and up to two modifiers before the noun; or a rate a central bank
    set ("The Bank of England held interest rates at 5.25%")."""
    return revising_verb_at(tokens, index) is not None


def revising_verb_at(tokens: list[Token], index: int) -> int | None:
    """The index of the revising verb of `revised_own_figure`, None when there is none."""
    if tokens[index].lower not in OWN_FIGURES:
        return None
    for k in range(index - 1, max(0, index - 5), -1):
        if tokens[k].lower in {"its", "their"}:
            revised = k >= 1 and tokens[k - 1].lower in _REVISING
            return k - 1 if revised and not _foreseen(tokens, k - 1) else None
        if not (tokens[k].text.isalnum() or "-" in tokens[k].text) or tokens[k].quoted:
            break  # "its FY26 revenue growth guidance"; "The Reserve Bank of India (RBI) kept"
    if tokens[index].lower in _SET_BY_BANKS and index > 0:
        k = index - 1
        while k > 0 and tokens[k].lower in _RATE_WORDS:
            k -= 1
        if k > 0 and tokens[k].lower in {"the", "its"}:
            k -= 1  # "The RBI kept the repo rate unchanged"
        subject = " ".join(t.text for t in tokens[:k])
        if tokens[k].lower in _REVISING and _CENTRAL_BANK.search(subject):
            return None if _foreseen(tokens, k) else k
    return None


def _foreseen(tokens: list[Token], verb: int) -> bool:
    """ "The Bank of Canada is expected to cut rates": someone else's forecast of the move."""
    return verb >= 2 and tokens[verb - 1].lower == "to" and tokens[verb - 2].lower in _FORESEEN


_FORESEEN = words("expected likely tipped forecast predicted poised set seen")


# "The Bank of England held interest rates at 5.25%", "the Fed left rates unchanged"; not
# "Barclays Bank cut rates" (a lender's rates are the outlet's to report).
_SET_BY_BANKS = words("rate rates ratio requirement")  # "the cash reserve ratio"
_RATE_WORDS = words(
    """interest key main benchmark policy base lending deposit repo reverse cash overnight
    refinancing discount prime monetary official reserve"""
)
_CENTRAL_BANK = re.compile(
    r"\b(?:[Cc]entral [Bb]ank|Bank of [A-Z]|Reserve Bank|Federal Reserve|Fed|ECB|"
    r"People's Bank|National Bank of|State Bank of|Bangko Sentral|Banxico|Bundesbank|Riksbank|"
    r"Norges Bank|Monetary Authority|Monetary Policy Committee|"
    r"(?:RBI|RBA|RBNZ|CBN|CBK|SARB|BoE|BOE|BoJ|BOJ|PBOC|PBoC|SNB|BSP|SBP|MPC)\b)"
)


def money_reported(tokens: list[Token], index: int) -> bool:
    """ "reported income of $71,000": results with their sum, not "reported a loss of
    engine power"."""
    for k in range(index + 1, min(index + 6, len(tokens) - 2)):
        if tokens[k].lower in RESULTS and tokens[k + 1].lower == "of":
            return tokens[k + 2].text[:1] in "$€£¥₹" or tokens[k + 2].text[:1].isdigit()
    return False


_BOOKED = words("booked books")
_CHARGES = words("charge charges impairment write-down writedown provision")


def booked_result(tokens: list[Token], index: int) -> bool:
    """ "It booked a restructuring charge of €510 million", "booked a net profit of": a
    company's own result."""
    if tokens[index].lower not in _BOOKED or tokens[index].quoted:
        return False
    ahead = {t.lower for t in tokens[index + 1 : index + 6]}
    return results_follow(tokens, index) or bool(ahead & _CHARGES)
