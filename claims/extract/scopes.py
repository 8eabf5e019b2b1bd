"""What each speaker of a sentence speaks for, and who speaks for a given figure.

A speaker opening a clause ("X said that ...", "according to X, ...") speaks for what
follows the verb up to the next clause of its own ("- but", ", while", ";"); one tacked
on after the words ("..., X said", "..., according to X") for what precedes it, back to a
semicolon. What lies outside every scope ("Brandt, who visited the ward on Thursday,
said ...") is the outlet's own voice.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from claims.extract.lexicon import (
    DETERMINERS,
    SPEECH_VERBS,
)
from claims.extract.offices_before import before_title
from claims.extract.results import Quantity
from claims.extract.scope_starts import antecedent_start, document_start, expectation_before
from claims.extract.tokens import Speaker, Token, token_before, token_index
from claims.extract.units import TIME_UNITS


@dataclass(frozen=True)
class Attribution:
    speaker: str | None
    claimant: str | None
    via: tuple[str, ...]


@dataclass(frozen=True)
class Scoped:
    """A speaker of a sentence and the stretch of it (character offsets) they speak for."""

    speaker: Speaker
    order: int  # 0 "according to", 1 tacked on after a quote or a comma, 2 a subject, 4 an aside
    verb: int  # token index of the reporting verb
    start: int
    end: int


def _clause_breaks(tokens: list[Token]) -> tuple[list[int], list[int]]:
    """Where a sentence's clauses meet: semicolons (hard) and, besides them, a contrast
    opened after a comma or a dash (", but", "- but", ", while", ", whereas"), and a
    ", whose" clause that runs to the end of the sentence (background the outlet adds)."""
    hard: list[int] = []
    soft: list[int] = []
    for k, token in enumerate(tokens):
        if token.quoted:
            continue
        if token.text == ";":
            hard.append(token.start)
            soft.append(token.start)
        elif (
            token.lower in _CONTRASTS
            and k > 0
            and tokens[k - 1].text in {",", "-", "–", "—"}
            and not tokens[k - 1].quoted
            and not _same_subject_speaks(tokens, k + 1)
            and not (token.lower in {"while", "whereas"} and _reported_before(tokens, k))
        ):
            soft.append(tokens[k - 1].start)
        elif (
            token.lower == "whose" and k > 0 and tokens[k - 1].text == "," and _runs_out(tokens, k)
        ):
            soft.append(tokens[k - 1].start)  # "..., whose share has shrunk from 40% to 10%."
        elif token.lower == "but" and k + 1 < len(tokens) and tokens[k + 1].lower in _AUXILIARY:
            soft.append(token.start)  # "He had denied fraud but was convicted": the outlet's
    return hard, soft


_AUXILIARY = frozenset(["was", "were", "is", "are", "has", "had", "have"])


def _runs_out(tokens: list[Token], k: int) -> bool:
    """A clause from ``k`` to the end of the sentence, with no comma, quote or speech verb."""
    return not any(
        t.text in {",", ";", "-", "–", "—"} or t.quoted or t.lower in SPEECH_VERBS
        for t in tokens[k + 1 :]
    )


def _reported_before(tokens: list[Token], k: int) -> bool:
    """ "X said A, while B": a "while" after a verb of saying goes on with what was said
    (not "Y have called for A, while the target is B": the outlet's contrast)."""
    return any(t.lower in _SAYING and not t.quoted for t in tokens[:k])


_SAYING = frozenset(
    ["said", "says", "told", "tells", "added", "argued", "insisted", "warned", "showed", "show",
     "shows"]
)  # fmt: skip


_CONTRASTS = frozenset(["but", "while", "whereas", "although", "though"])


def _same_subject_speaks(tokens: list[Token], k: int) -> bool:
    """ "The utility said ..., but confirmed it had installed filters": a speech verb with
    no subject of its own goes on with the same speaker; so does a second "that" clause
    ("The watchdog found that ..., but that only 52 had been cleared")."""
    if k < len(tokens) and tokens[k].lower == "that" and tokens[k - 1].lower == "but":
        return True
    return k < len(tokens) and tokens[k].lower in SPEECH_VERBS and tokens[k].text.islower()


def _scope(
    tokens: list[Token], order: int, index: int, speaker: Speaker, hard: list[int], soft: list[int]
) -> Scoped:
    verb = tokens[index]
    before = token_before(tokens, speaker.start)
    if order == 0:
        leads = _opens_clause(tokens, index)
    else:  # "..., X said (on Monday, as ...)" and "“...,” X said" speak for what precedes
        before = before_title(tokens, speaker, before)
        document = document_start(tokens, speaker)
        if document < speaker.start:  # "..., a survey by Angus Reid found": tacked on too
            before = token_before(tokens, document)
        tacked_on = before is not None and (before.text == "," or before.quoted)
        tacked_on = tacked_on and not _apposed_to_a_subject(tokens, before)
        leads = order == 2 and not (tacked_on and not clause_follows(tokens, index))
    if leads and before is not None and before.text == "," and _participle(tokens[0]):
        leads = False  # "Asked whether 500 homes would be built, the mayor said ..."
    if leads:
        start = antecedent_start(tokens, speaker, before) if before else verb.start
        start = min(start, verb.start, document_start(tokens, speaker))
        start = 0 if _opened_by_their_study(tokens, before) else start
    else:
        start = max((b for b in hard if b < min(verb.start, speaker.start)), default=0)
        expected = expectation_before(tokens, index) if order == 0 else None
        start = expected if expected is not None else start  # "Sales rose 6% to $4.2bn,
        # beating the $4.1bn analysts expected, according to LSEG data": LSEG's is the $4.1bn
    after_source = max(verb.end, speaker.end)
    ends = [b for b in soft if b >= after_source]
    if _in_relative_between_commas(tokens, before):  # "the limit, which the Chancellor
        closing = [t.start for t in tokens if t.start > after_source and t.text == ","]
        ends = sorted(set(ends + closing[:1]))  # announced to cheers, would cost £3bn"
    if not leads and ends and ends[0] not in hard:
        gap = [t for t in tokens if after_source <= t.end <= ends[0] and t.text[:1].isalnum()]
        if len(gap) <= 3:  # "..., the report said, while ...": the report's words go on
            ends = ends[1:]
    if order == 0 and not leads and (went_on := _and_a_new_predicate(tokens, after_source)):
        ends = sorted({*ends, went_on})
    if order == 0 and not leads:  # "..., according to the Census Bureau, so the rate
        ends = sorted({*ends, *_so_after(tokens, after_source)})  # rose 24%": the outlet's sum
    return Scoped(speaker, order, index, start, ends[0] if ends else tokens[-1].end)


def _and_a_new_predicate(tokens: list[Token], after: int) -> int | None:
    """ "X went bust with debts of £9m, according to the liquidators' report, and was
    fined 15 points": the source tacked on ends where ", and was" takes the subject on to
    what was done to it (not ", and has published 40GB": still the source's account);
    where that comma stands, else None."""
    k = next((i for i, t in enumerate(tokens) if t.start >= after), len(tokens))
    for m in range(k, min(k + 5, len(tokens) - 2)):
        token = tokens[m]
        if token.quoted or not (token.text == "," or token.text[:1].isalnum()):
            return None
        if token.text == ",":
            following = tokens[m + 2]
            went_on = tokens[m + 1].lower == "and" and following.lower in {"was", "were"}
            return token.start if went_on and not following.quoted else None
    return None


def _so_after(tokens: list[Token], after_source: int) -> list[int]:
    """The comma of ", so ..." right after a trailing "according to X": the writer's own
    inference from X's figure (not ", so far", ", so that")."""
    k = next((m for m, t in enumerate(tokens) if t.start >= after_source), len(tokens))
    if k + 2 >= len(tokens) or tokens[k].text != "," or tokens[k + 1].lower != "so":
        return []
    return [] if tokens[k + 2].lower in {"far", "much", "that", "many"} else [tokens[k].start]


def _opened_by_their_study(tokens: list[Token], before: Token | None) -> bool:
    """ "In a study of 6,850 people published on Wednesday, researchers at X found": the
    study the sentence opens with, up to the comma before its speaker, is theirs."""
    if before is None or before.text != "," or len(tokens) < 4 or tokens[0].lower != "in":
        return False
    return tokens[1].lower in _STUDY_OWNERS and tokens[2].lower in _STUDIES


_STUDY_OWNERS = frozenset(["a", "an", "the", "its", "their", "her", "his"])
_STUDIES = frozenset(["study", "survey", "poll", "trial", "analysis", "review", "audit"])


def _in_relative_between_commas(tokens: list[Token], before: Token | None) -> bool:
    """ "..., which the Chancellor announced ...,": a speaker in a relative clause set off
    by commas, whose words end at the clause's closing comma."""
    if before is None or before.lower not in {"which", "who"}:
        return False
    k = token_index(tokens, before.start)
    return k > 0 and tokens[k - 1].text == ","


def _apposed_to_a_subject(tokens: list[Token], comma: Token | None) -> bool:
    """ "..., while the mayor of Toledo, Lucía Paredes, said ...": the name after the comma
    is set beside an office that opens a clause of its own, so it is that clause's subject,
    not a speaker tacked on after the words before it."""
    if comma is None or comma.text != ",":
        return False
    k = token_index(tokens, comma.start)
    for m in range(k - 1, max(-1, k - 9), -1):
        token = tokens[m]
        if token.quoted or token.text in {",", ";", "“", "”", '"'}:
            return False
        if token.lower in _CONTRASTS:
            return m + 1 < k and tokens[m + 1].lower in DETERMINERS
    return False


def _participle(token: Token) -> bool:
    """ "Asked", "Speaking", "Pressed": a sentence opening on what the speaker was doing."""
    return token.is_capitalised and (
        token.lower in {"asked", "pressed", "questioned", "challenged", "interviewed"}
        or (token.lower.endswith("ing") and len(token.lower) > 5)
    )


def _opens_clause(tokens: list[Token], index: int) -> bool:
    """ "According to X, ..." at the start of the sentence or of a clause of its own ("...,
    and by its own count it was ...")."""
    if index == 0:
        return True
    previous = tokens[index - 1]
    return previous.lower in _CLAUSE_OPENERS or previous.text in {";", "—", "-", "–"}


def attribution_at(
    scoped: list[Scoped], position: int, claimants: dict[int, str | None]
) -> Attribution:
    """Who speaks for the character at ``position``: the innermost speaker whose scope
    holds it, with the outer ones as ``via``; nobody when no scope holds it."""
    chain = [
        s
        for s in scoped
        if s.start <= position < s.end or s.speaker.start <= position < s.speaker.end
    ]  # a speaker's own phrase is theirs too: "a poll of 2,000 parents found ..."
    if not chain:
        return Attribution(None, None, ())
    while len(chain) > 1 and claimants.get(chain[-1].speaker.start) is None:
        chain = chain[:-1]  # "X said the figures showed ...": no publisher, so X's account
    inner = chain[-1].speaker
    via = tuple(s.speaker.text for s in reversed(chain[:-1]))
    return Attribution(inner.text, claimants.get(inner.start), via)


def chain_spans(figure: Quantity, scoped: list[Scoped], sentence: str) -> bool:
    """Whether a span of time is the whole chain's ("Lopez, who has run the bakery for 20
    years, said ..."); not in a clause of the outlet's that ", and" closes before every
    speaker ("Few trains ran on Tuesday, the second day of a 48-hour strike, and the union
    said ...")."""
    if figure.unit not in TIME_UNITS:
        return False
    position = sentence.find(figure.text)
    first = min((s.speaker.start for s in scoped), default=-1)
    return not (0 <= position < first and ", and " in sentence[position:first])


def clause_follows(tokens: list[Token], index: int) -> bool:
    """True when the verb reports a clause ("said that ...") rather than closing one."""
    rest = [t for t in tokens[index + 1 :] if not t.quoted]
    return bool(rest) and rest[0].lower in {"that", ":"}


# "in what analysts describe as ...", "what the government called ...": the naming verbs.
_NAMING = frozenset(
    [
        "describe",
        "describes",
        "described",
        "call",
        "calls",
        "called",
        "term",
        "terms",
        "termed",
        "dubbed",
        "branded",
        "hailed",
    ]
)
ASIDE = 4  # the order of an aside's scope: never the sentence's claimant
_ASIDE_ENDS = frozenset([",", ";", "—", "–", "(", ":"])


def aside_scope(tokens: list[Token], index: int, speaker: Speaker) -> Scoped | None:
    """ "..., in what military analysts describe as the largest attack since 1945": the
    analysts speak for what they call it, and for nothing else of the sentence."""
    if tokens[index].lower not in _NAMING:
        return None
    k = index + 1
    if k < len(tokens) and tokens[k].lower == "as":
        k += 1
    if k >= len(tokens):
        return None
    end = next(
        (
            t.start
            for m, t in enumerate(tokens[k + 1 :], k + 1)
            if not t.quoted and (t.text in _ASIDE_ENDS or _opens_a_clause(tokens, m))
        ),
        tokens[-1].end,
    )
    return Scoped(speaker, ASIDE, index, tokens[k].start, end)


def quoted_name_aside(tokens: list[Token], index: int, speaker: Speaker) -> list[Scoped]:
    """ "..., a payment the minister described as "a first step"": the minister's quoted
    name for the payment is a claim of their own (an aside's scope); none for an unquoted
    one ("a move critics called reckless")."""
    k = index + 2 if index + 1 < len(tokens) and tokens[index + 1].lower == "as" else index + 1
    if k >= len(tokens) or not tokens[k].quoted:
        return []
    aside = aside_scope(tokens, index, speaker)
    return [aside] if aside is not None else []


def strip_what(speaker: Speaker) -> Speaker | None:
    """ "in what analysts" -> "analysts": a speaker phrase that took in the "(in) what" of
    an aside; None for any other phrase."""
    words = speaker.text.split()
    skip = 2 if [w.lower() for w in words[:2]] == ["in", "what"] else 0
    skip = skip or (1 if words[:1] and words[0].lower() == "what" else 0)
    if not skip or len(words) <= skip:
        return None
    rest = " ".join(words[skip:])
    return Speaker(rest, speaker.end - len(rest), speaker.end, speaker.kind)


def _opens_a_clause(tokens: list[Token], m: int) -> bool:
    """ "... the largest attack of the war and officials said 40 died": a clause of its own
    after the aside's name for something ("but", "while", "which", "who", or "and" with a
    reporting verb soon after)."""
    word = tokens[m].lower
    if word in {"but", "while", "whereas", "which", "who"}:
        return True
    return word == "and" and any(t.lower in SPEECH_VERBS for t in tokens[m + 1 : m + 5])


def scope_all(tokens: list[Token], found: list[tuple[int, int, Speaker]]) -> list[Scoped]:
    """Scopes for the speakers found, given as (order, verb index, speaker), outermost
    first."""
    hard, soft = _clause_breaks(tokens)
    scoped = [_scope(tokens, order, index, speaker, hard, soft) for order, index, speaker in found]
    for inner in scoped:
        cut = _own_clause_opening(tokens, inner)
        if cut is None:
            continue
        scoped = [  # "X said A, and the IFS said B": B is the IFS's, not the IFS's via X
            replace(s, end=cut)
            if s.verb < inner.verb
            and s.start <= cut < s.end
            and s.speaker.end + 2 < inner.speaker.start
            else s  # not "according to a tally by X, a research group, which said": X's
            for s in scoped
        ]
    return scoped


def _own_clause_opening(tokens: list[Token], scoped: Scoped) -> int | None:
    """Where a speaker's clause of its own opens (", and the IFS said", ", while opposition
    councillor Derek Hume insisted", "X, which says"): the comma before it; None when the
    speaker is inside another's words."""
    if scoped.order != 2:
        return None
    verb = scoped.verb
    if verb >= 2 and tokens[verb - 1].lower in {"which", "who"} and tokens[verb - 2].text == ",":
        return tokens[verb - 2].start
    k = token_index(tokens, scoped.speaker.start)
    for m in range(k - 1, max(0, k - 5), -1):
        if tokens[m].text == "," or tokens[m].quoted:
            return None
        if tokens[m].lower in {"and", "while", "whereas", "but", "as"}:
            return tokens[m - 1].start if tokens[m - 1].text == "," else None
        if not tokens[m].text.islower():
            return None
    return None


# Unions worked out once, not at every word the rules ask about
# words that end a title written before a name
# contrasts and "and"
_CLAUSE_OPENERS = _CONTRASTS | {"and"}
