"""What the words around a date phrase say about it: whether its clause speaks of the
future ("will present the plan on Wednesday": the coming Wednesday) and whether the phrase
only bounds a span ("until 2026", "so far this year"), which is not the day the claim is
tied to. "since 2019" dates a claim by the start of its span, as most label writers do.
"""

from __future__ import annotations

import re

from claims.extract.figure_context import has_case_specials
from claims.extract.lexicon import words

# Where a clause starts or ends: punctuation, and the words that open a new clause.
_BOUNDARY = re.compile(
    r"[;:—–()]|,(?!\d{3})|\b(?:that|which|who|whom|whose|but|while|whereas|when|after|before|because"
    r"|although|though|since|until|and|or)\b",
    re.IGNORECASE,
)
# A future tense, or a plan or schedule: "will", "shall", "is due to", "are expected to",
# "is scheduled to", "is set to", "is to", "plans to", "next", "expects a cool change to",
# "forecast a cool change".
_FUTURE = re.compile(
    r"\b(?:will|shall|won't|wo\s+n't)\b|\w'll\b"
    r"|\b(?:is|are|am)\s+(?:(?:not\s+)?(?:due|expected|scheduled|set|going|planned|slated)\s+to|due|to)\b"
    r"|\b(?:was|were)\s+(?:due|scheduled)\b"
    r"|\b(?:plans?|planning|intends?|hopes?|hoped|likely|expects?|expected)\s+to\b|\bnext\b"
    r"|\bexpects?\s+(?:[a-z0-9.,-]+\s+){1,5}to\b|\bforecasts?\s+(?:a|an|more|further)\b"
    r"|\bexpect(?:s|ed)?\s+(?:another|a\s+further|further|more)\b"  # "expected another cut"
    r"|\bwould\s+(?!have\b|not\s+have\b|n't\b)[a-z]+\b|\bpayable\b"
    r"|\b(?:could|might)\s+(?!have\b|not\b|n't\b|be\s+\w+ed\s+by\b)[a-z]+\b"
    r"|\bdue\s+to\s+(?!the\b|a\b|an\b|its\b|their\b|his\b|her\b)[a-z]+\b"  # ", due to open"
    r"|\b(?:expires|opens|reopens|starts|begins|resumes|launches)\b"  # "expires in December"
    r"|(?<!\ba\s)(?<!\bthe\s)\b(?:host|hosts|faces)\s+(?!of\b)",  # "Rovers host Wigan on Saturday"
    re.IGNORECASE,
)
# A reporting verb in the past before the phrase: "said on Monday (that) ... will ...".
_PAST_REPORT = re.compile(
    r"\b(?:said|told|announced|added|warned|confirmed|wrote|stated|reported|insisted"
    r"|claimed|denied|argued|noted|explained|revealed|disclosed|declared)\b",
    re.IGNORECASE,
)
_BOUNDARY_LOWER = re.compile(_BOUNDARY.pattern)
_FUTURE_LOWER = re.compile(_FUTURE.pattern)
_PAST_REPORT_LOWER = re.compile(_PAST_REPORT.pattern)
_GOVERNING = re.compile(r"\b(?:after|before|until|since|by)\s+(?:at\s+least\s+)?$", re.I)
# A past participle right before the phrase, no "be" before it: "signed into law in July".
_DONE_BEFORE = re.compile(
    r"(?i)(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)\b(?:signed|approved|passed|introduced|enacted|"
    r"agreed|announced|adopted|imposed)(?:\s+into\s+law)?\s+(?:in|on|last)\s+$"
)
_DONE_VERB = re.compile(  # its verbs alone, for lower-cased text
    r"signed|approved|passed|introduced|enacted|agreed|announced|adopted|imposed"
)
_DEADLINE = re.compile(r"\b(?:by|before)\s+the\s+(?:start|end|beginning|middle)\s+of\s+$", re.I)
# "-ed" words that are no past tense of the clause: "a hundred homes", "a pledged 65%"
_NOT_PAST = frozenset(["hundred", "based", "pledged", "promised", "proposed", "planned"])
_BY = re.compile(r"(?i)\b(?:by|for)\s+$")  # "a goal of 65% by March", "proposed for September"
_PAST_TENSE = re.compile(
    r"(?i)(?<!\bbe )(?<!\bbeen )\b(?:\w+ed|rose|fell|grew|was|were|had|did|began|came|went|held"
    r"|kept|left|paid|made|took|gave|won|lost|sold|bought|spent|built|struck|met|saw)\b"
)
_TARGET = re.compile(r"(?i)\b(?:goal|target|deadline|aims?|wants?|pledged?|promised?|proposed)\b")
_SPAN_BEFORE = re.compile(  # also "in the year to December", "the six months to June",
    # "the fiscal year ending in March", "the quarter ended Sept. 30", "until the end of March",
    # "the six months to the end of September"
    r"\b(?:until|till|so\s+far|(?:year|months?|weeks?|quarter)\s+(?:to|end(?:ed|ing)(?:\s+in)?))"
    r"\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?(?:at\s+least\s+)?"
    r"(?:(?:early|late|mid)[- ])?$",
    re.I,
)
_SPAN_AFTER = re.compile(r"\s+(?:so\s+far|to\s+date)\b", re.IGNORECASE)


def future_clause(sentence: str, start: int, end: int) -> bool:
    """Whether the clause holding ``sentence[start:end]`` is about the future: a future
    marker before the phrase in its clause, or after it when nothing reported it before
    ("On Wednesday, the minister will ..."; not "He said on Monday the plan will ...")."""
    boundary, future, past_report = _BOUNDARY, _FUTURE, _PAST_REPORT
    if not has_case_specials(sentence):
        # the patterns hold only lower-case letters: on lower-cased text they need no
        # re.IGNORECASE, which makes them several times slower
        sentence = sentence.lower()
        boundary, future, past_report = _BOUNDARY_LOWER, _FUTURE_LOWER, _PAST_REPORT_LOWER
    before = sentence[:start]
    last = before.rstrip()[-1:]  # the next three patterns end on a word: its last letter first
    done = last in ("n", "N", "t", "T") and (  # in lower-cased text, a search for the verb
        boundary is not _BOUNDARY_LOWER or _DONE_VERB.search(before) is not None
    )  # alone first: it is several times faster, and the verb is rarely there
    if done and _DONE_BEFORE.search(before):
        return False  # "would wipe out the wage signed into law in July": done, not ahead
    deadline = _DEADLINE.search(before) if last in ("f", "F") else None
    if deadline is not None:  # "80% by the start of May": a deadline is ahead, unless the
        clause = before[: deadline.start()].rsplit(",", 1)[-1]  # clause is in the past
        target = _TARGET.search(clause) is not None  # "against a goal of 80% by ..."
        return target or _PAST_TENSE.search(clause) is None
    # "The interim goal of 65% by March": a target's date is ahead
    if last in ("y", "Y", "r", "R") and _BY.search(before):
        clause = before.rsplit(",", 1)[-1]
        past = [m.group().lower() for m in _PAST_TENSE.finditer(clause)]
        if _TARGET.search(clause) and not [w for w in past if w not in _NOT_PAST]:
            return True
    if boundary is _BOUNDARY_LOWER and not _may_speak_of_the_future(sentence, start, end):
        return False  # neither search below could find a marker
    governing = _GOVERNING.search(before)  # "will be in fuel poverty after April": the
    if governing is not None:  # preposition belongs to the date, it opens no clause
        before = before[: governing.start()]
    cuts = [c for c in boundary.finditer(before) if not _joins_verbs(before, c)]
    left = before[cuts[-1].end() :] if cuts else before
    if future.search(left):
        return True
    if past_report.search(left):
        return False
    rest = sentence[end:]
    if rest.startswith(","):
        if _past_clause(left):  # "approved a 4.99% rise on Wednesday, meaning a bill will
            return False  # rise": the date closes a clause in the past
        rest = rest[1:]
    cut = boundary.search(rest)
    right = rest[: cut.start()] if cut else rest
    return future.search(right) is not None and not past_report.search(right)


def looks_ahead(text: str) -> bool:
    """ "the council hopes to beat that": a future tense, plan or hope in ``text``."""
    return _FUTURE.search(text) is not None


def told_in_the_past(sentence: str) -> bool:
    """ "Police detained 41 people": a verb in the past tense, an event; not "Some 40
    schools remain closed" (a state, as of publication), nor "have been evacuated"."""
    return any(
        m.group().lower() not in _NOT_PAST and not _PRESENT_BEFORE.search(sentence, 0, m.start())
        for m in _PAST_TENSE.finditer(sentence)
    )


_PRESENT_BEFORE = re.compile(r"(?i)\b(?:remains?|stays?|is|are|has|have|am)\s+(?:\w+\s+)?$")


def _past_clause(clause: str) -> bool:
    """ "Councillors approved a 4.99% rise": a verb in the past tense, not "a planned
    strike"."""
    return any(m.group().lower() not in _NOT_PAST for m in _PAST_TENSE.finditer(clause))


# Each branch of _FUTURE needs one of these words (as a whole \w run), "to" after "is",
# "are" or "am", or "'ll". The clauses searched are cut at word boundaries from the text
# before the phrase and the text after it: where neither holds them, there is no marker.
_FUTURE_WORDS = words(
    """will shall won wo next payable would forecast forecasts due scheduled expect expects
    expected plan plans planning intend intends hope hopes hoped likely set going planned
    slated could might expires opens reopens starts begins resumes launches host hosts
    faces"""
)
_TO_BE = frozenset(["is", "are", "am"])
_WORD_RUN = re.compile(r"\w+")


def _may_speak_of_the_future(lowered: str, start: int, end: int) -> bool:
    """False when _FUTURE can match neither before ``start`` nor after ``end`` in the
    lower-cased sentence (a cheap test: nine sentences in ten fail it)."""
    runs = set(_WORD_RUN.findall(lowered, 0, start))
    runs.update(_WORD_RUN.findall(lowered, end))
    if not runs.isdisjoint(_FUTURE_WORDS) or "'ll" in lowered:
        return True
    return "to" in runs and not runs.isdisjoint(_TO_BE)


def _joins_verbs(text: str, cut: re.Match[str]) -> bool:
    """ "will be withdrawn or cut back from June": an "and"/"or" joining two verbs of one
    subject opens no clause of its own."""
    if cut.group().lower() not in {"and", "or"}:
        return False
    following = _NEXT.match(text, cut.end())
    return following is not None and following.group(1) not in _SUBJECT_OPENERS


_NEXT = re.compile(r"\s+([a-z]+)\b")
_SUBJECT_OPENERS = frozenset(
    ["the", "a", "an", "it", "he", "she", "they", "we", "i", "its", "his", "her", "their"]
)


def bounds_a_span(sentence: str, start: int, end: int) -> bool:
    """ "until 2026", "so far this year", "this year to date": the phrase
    bounds a running period, it is not when the claim happened."""
    return bool(
        _SPAN_BEFORE.search(sentence[max(0, start - 40) : start])
        or _SPAN_AFTER.match(sentence, end)
    )


def record_base(sentence: str, start: int) -> bool:
    """ "its highest level since 1981", "the wettest day since records began in 1998",
    "the first eruption since 1934": the phrase at ``start`` is the base of a record, when
    it was last matched, not when the figure beside it happened."""
    if _WHEN_AFTER.match(sentence, start):  # "since 2003, when about 4,000 hectares burned"
        return False
    window = max(0, start - 90)
    if _SINCE.search(sentence, window, start) is None:
        return False  # most windows hold no "since": a cheap search first
    return _RECORD_SINCE.search(sentence, window, start) is not None


_WHEN_AFTER = re.compile(r"[^,;]*,\s+when\b")
_SINCE = re.compile("since", re.IGNORECASE)  # in every match of _RECORD_SINCE
_RECORD_SINCE = re.compile(
    r"\b(?:highest|lowest|biggest|largest|smallest|best|worst|fastest|slowest|steepest"
    r"|sharpest|strongest|weakest|hottest|coldest|warmest|wettest|driest|heaviest|deadliest"
    r"|busiest|longest|shortest|greatest|deepest|cheapest|costliest|(?<!at\s)(?:most|least)"
    r"|first|record"
    r"|ever|any\s+(?:point|time))\b[^,;:.]*?\bsince\s+(?:at\s+least\s+)?(?:the\s+)?"
    r"(?:(?:early|late|mid)[- ])?$",
    re.IGNORECASE,
)


_REPORTED_BEFORE = re.compile(
    r"\b(?:said|says|told\s+(?:the\s+)?\w+|announced|confirmed|added|warned|reported"
    r"|(?:wrote|posted)(?:\s+on\s+(?:X|Twitter|Facebook|Instagram|social\s+media))?|stated"
    r"|in\s+a\s+statement|(?:released|published|filed)(?:\s+(?:by|at|with)\s+(?:the\s+)?[A-Z][\w&'’.-]*"
    r"(?:\s+(?:of|for|[A-Z][\w&'’.-]*)){0,5})?)\s+(?:on\s+|late\s+on\s+|early\s+on\s+|in\s+)?$",
    re.IGNORECASE,
)
_REPORTED_AFTER = re.compile(r"\s+(?:said|confirmed|announced|told)\b", re.IGNORECASE)
# "Last week the British Retail Consortium said ...": an opening date, then who said it
_OPENS_A_REPORT = re.compile(
    r",?\s+(?:[A-Za-z][\w'’.&-]*\s+){1,6}?(?:said|says|told|announced|confirmed|reported|warned)\b"
)


def dates_the_report(sentence: str, start: int, end: int) -> bool:
    """ "said on Friday", "told reporters on Monday", "today confirmed": the phrase dates the
    act of saying, not what was said."""
    return bool(
        _REPORTED_BEFORE.search(sentence[max(0, start - 40) : start])
        or _REPORTED_AFTER.match(sentence, end)
        or (_OPENING.fullmatch(sentence, 0, start) and _OPENS_A_REPORT.match(sentence, end))
    )


# what may come before a phrase opening the sentence: "Earlier today the Home Office said"
_OPENING = re.compile(r"[\s\"“‘']*(?:(?:[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate)\s+)?")


_PAST_EVENT_BEFORE = re.compile(
    r"(?i)(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bbeen )(?<!\bbeing )(?<!\bget )"
    r"(?<!^)\b(?:rose|fell|grew|began|came|went|took|struck|hit|climbed|dropped|jumped|"
    r"increased|decreased|reached|started|opened|closed|ended|launched|killed|died|"
    r"collapsed|occurred|happened|passed|signed|approved|raised|paid|sold|won|lost)\b"
    r"(?:\s+[\w$£€%.,]+){0,6}?"
    r"\s+(?:on\s+)?$"
)
_ANNOUNCING = re.compile(
    r"(?i)\b(?:set|sets|named|fixed|fixing|scheduled|planned|plans|announced|called|slated|"
    r"booked|adjourned|postponed|delayed|moved|expected|due|for|beginning)\b"
)
_INFINITIVE = re.compile(r"(?i)\bto\s+[a-z]+\b(?!\s+\$|\s*\d)")
_SPAN_WORD_BEFORE = re.compile(r"(?i)\b(?:to|until|till|by|from|for|beginning|before)\s+$")


def past_event(sentence: str, start: int) -> bool:
    """Whether the date phrase at ``start`` dates something that happened, its verb right
    before it in the past: "The minimum wage rose to $15 on Jan. 1" (January just gone,
    in a November paper); not "set a hearing for 19 June" nor "named August 8 for"."""
    clause = re.split(r"[,;:](?=\s)", sentence[:start])[-1]  # not the comma of "$1,200"
    if _SPAN_WORD_BEFORE.search(clause):
        return False  # "in the week to Jan. 9", "from Jan. 1"
    event = _PAST_EVENT_BEFORE.search(clause)
    if event is None or _FUTURE.search(sentence) is not None:
        return False
    window = clause[event.start() :]  # not "registered to vote early on 17 May"
    return _ANNOUNCING.search(window) is None and _INFINITIVE.search(window) is None
