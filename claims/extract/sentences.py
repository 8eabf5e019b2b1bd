"""Sentence spans with exact character offsets.

A rule-based splitter rather than pysbd: on news copy pysbd took about 9 ms per
800-word article even when fed one paragraph at a time (28 ms on the whole text), more
than the whole extractor's budget, and it splits ``“Why?” Putin said.`` in two. The rules
here are the ones news copy needs: paragraphs first (blank lines), then terminal
punctuation followed by a capitalised word, except after titles ("Mr.", "Sen."), month
abbreviations before a day ("Aug. 6"), initials, and dotted acronyms ("U.S.", "a.m.")
unless the next word is one that usually opens a sentence. A quotation that ends in
?/! (or a full stop) and is followed by its attribution stays one sentence.
"""

from __future__ import annotations

import itertools
import re

from claims.extract.lexicon import SPEECH_VERBS_PATTERN, words

# Blank-line separated; a line opening "Q:" or "A:" starts one too (a Q&A typed line by
# line), and so does one opening with a speaker's label in capitals ("VARMA: Thank you.")
_PARAGRAPH = re.compile(
    r"(?:[^\n]+|\n(?![ \t\r\f\v]*\n)(?![ \t]*[QA][:.]\s)"
    r"(?![ \t]*[A-Z][A-Z’'.-]+(?:[ \t]+[A-Z][A-Z’'.-]+){0,3}(?:[ \t]*\([A-Za-z ]+\))?:\s))+"
)
_LINE = re.compile(r"[^\n]+")
_BULLET = re.compile(r"\s*(?:[-*•–—]|\d+[.)])\s")
_TERMINAL_END = re.compile(r"""[.!?…:;"'”’)\]]\s*$""")
# a line ending a sentence ("on X." but not "Mr."), and a line opening one
_ENDS_SENTENCE = re.compile(r"""(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)[.!?]["'”’]?\s*$""")
_OPENS_SENTENCE = re.compile(r"""\s*["“‘]?[A-Z]""")

# A terminal mark, any closing quotes/brackets, whitespace, then what may open a sentence.
_BOUNDARY = re.compile(r"""([.!?]+)(["'”’)\]]*)(\s+)(?=["'“‘(\[]*[A-Z0-9])""")

_TITLES = words(
    """mr mrs ms mx dr prof sen sens rep reps gov gen lt col sgt capt cpt maj adm cmdr cpl
    pvt rev fr hon pres supt det insp st mt ft messrs mme mlle sr jr atty engr cllr brig
    asst sec usec"""
)
_MONTHS = words("""jan feb mar apr jun jul aug sep sept oct nov dec""")
# "Rs. 1,200 crore" too
_ALWAYS_JOINED = words("""no nos vs v e.g i.e approx art vol fig pp p cf ca est rs""")
_NUMBER_SIGNS = frozenset(["no", "nos"])
_ORG_SUFFIXES = frozenset(["inc", "corp", "co", "ltd", "bros", "llc", "plc"])
_SENTENCE_OPENERS = words(
    """the a an he she it they we i you his her its their our my this that these those
    there here but and or so yet in on at by for from to with as if when while after
    before since although though however meanwhile still then now last earlier later
    according officials police what who why how where some many most all no one two"""
)
_NEXT_WORD = re.compile(r"""["'“‘(\[]*([\w'’.-]+)""")
_DOTTED_ACRONYM = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]$")

_ATTRIBUTION_VERB = rf"(?:\w+ly\s+)?(?:{SPEECH_VERBS_PATTERN}|asked|asks|replied|wondered)\b"
_ATTRIBUTION_AFTER_QUOTE = re.compile(
    rf"""(?:(?:said|says|asked|asks|added|adds|wrote|replied|continued|insisted|warned)\b
        |(?:He|She|They|It|We|I)\s+{_ATTRIBUTION_VERB}
        |(?:The|A|An)\s+(?:[\w'’.-]+\s+){{1,4}}{_ATTRIBUTION_VERB}
        |(?:[A-Z][\w'’.-]*\s+){{1,5}}{_ATTRIBUTION_VERB})""",
    re.VERBOSE,
)
# After a quote closed by a full stop only a short attribution clause is joined.
_SHORT_TAIL = re.compile(
    r"""[^.!?]{0,40}?(?:\s+(?:on|in|at|last|this|late|earlier|later|to)\s+[\w']+(?:\s+[\w']+)?
        |\s+(?:yesterday|today|afterwards|then))?\s*[.!?]""",
    re.VERBOSE,
)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` spans of the sentences of ``text``, whitespace excluded."""
    spans: list[tuple[int, int]] = []
    for paragraph in _PARAGRAPH.finditer(text):
        for block_start, block_end in _blocks(text, paragraph.start(), paragraph.end()):
            spans.extend(_split_block(text, block_start, block_end))
    return spans


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Return the spans of blank-line separated paragraphs, whitespace excluded; a
    transcript set one turn a line ("MAYOR: ...", "Q: ...") is one paragraph a turn."""
    spans: list[tuple[int, int]] = []
    for match in _PARAGRAPH.finditer(text):
        span = _strip(text, match.start(), match.end())
        if span[0] < span[1]:
            spans.extend(_turns(text, *span))
    return spans


def _turns(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The turns of a paragraph whose lines open on speakers' labels, or whose sentences
    open on capitalised ones ("... Where are they? LIAM CORBETT: Well, ..."; "Q:", "A:"),
    else the paragraph."""
    if ":" not in text[start:end]:
        return [(start, end)]
    opens = [m.start() for m in _TURN.finditer(text, start, end)] if "\n" in text[start:end] else []
    if len(opens) < 2:
        opens = [m.start() for m in _INLINE_TURN.finditer(text, start, end)]
        opening = _INLINE_LABEL.match(text, start, end) is not None
        if len(opens) + opening < 2:
            return [(start, end)]
    if opens[0] != start:
        opens.insert(0, start)
    bounds = [*opens, end]
    return [_strip(text, a, b) for a, b in itertools.pairwise(bounds)]


# A line that opens on a speaker's label: "Mayor Lucy Tran: We will ...", "Q: How ..."
_TURN = re.compile(
    r"(?:^|(?<=\n))[ \t]*(?:[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,3})"
    r"(?:[ \t]*\([A-Za-z ]+\))?[ \t]*:[ \t]+\S"
)


# A turn opening inside a paragraph, after a sentence: "Q:", "A:", "DENISE FARROW:"
_INLINE_LABEL = re.compile(r"(?:Q|A|[A-Z][A-Z’'.-]+(?:[ \t]+[A-Z][A-Z’'.-]+){0,3}):[ \t]+\S")
_INLINE_TURN = re.compile(rf"(?:(?<=[.?!]\s)|(?<=[.?!][”\"’']\s)){_INLINE_LABEL.pattern}")


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _blocks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut a paragraph after heading-like lines and before bullet lines.

    Hard-wrapped prose keeps flowing across single newlines; a short line without
    closing punctuation (a heading, a byline) or a list item stands on its own.
    """
    lines = [(m.start() + start, m.end() + start) for m in _LINE.finditer(text[start:end])]
    blocks: list[tuple[int, int]] = []
    block_start = start
    for index, (line_start, line_end) in enumerate(lines):
        line = text[line_start:line_end].strip()
        is_last = index == len(lines) - 1
        next_is_bullet = not is_last and bool(
            _BULLET.match(text[lines[index + 1][0] : lines[index + 1][1]])
        )
        heading_like = len(line) <= 60 and not _TERMINAL_END.search(line)
        ends_sentence = not is_last and _ENDS_SENTENCE.search(line) is not None
        if ends_sentence:  # "... she wrote on X." / "The Environment Agency said": a line
            following = text[lines[index + 1][0] : lines[index + 1][1]]  # that ends a
            ends_sentence = _OPENS_SENTENCE.match(following) is not None  # sentence
        if not is_last and (heading_like or next_is_bullet or ends_sentence):
            blocks.append((block_start, line_end))
            block_start = lines[index + 1][0]
    blocks.append((block_start, end))
    return [span for span in (_strip(text, s, e) for s, e in blocks) if span[0] < span[1]]


def _split_block(text: str, start: int, end: int) -> list[tuple[int, int]]:
    block = text[start:end]
    spans: list[tuple[int, int]] = []
    sentence_start = 0
    for match in _BOUNDARY.finditer(block):
        if not _is_boundary(block, match):
            continue
        cut = match.start(3)
        if cut > sentence_start:
            spans.append(_strip(text, start + sentence_start, start + cut))
        sentence_start = match.end(3)
    spans.append(_strip(text, start + sentence_start, end))
    return [span for span in spans if span[0] < span[1]]


def _is_boundary(block: str, match: re.Match[str]) -> bool:
    marks, closers = match.group(1), match.group(2)
    after = match.end(3)
    next_word = _NEXT_WORD.match(block, after)
    following = next_word.group(1) if next_word else ""
    if marks.startswith("."):
        if len(marks) > 1:  # an ellipsis marks an omission more often than an end
            return False
        word = _last_token(block, match.start(1)).lstrip("\"'“‘([")
        lowered = word.lower()
        if not closers and not _period_ends_sentence(word, lowered, following):
            return False
    if closers and any(c in "\"”’'" for c in closers):
        tail = _ATTRIBUTION_AFTER_QUOTE.match(block, after)
        if tail is None:
            return True
        if marks[-1] in "?!":
            return False
        if _SHORT_TAIL.match(block, tail.end()):
            return False
    return True


def _last_token(block: str, end: int) -> str:
    r"""What ``re.search(r"(\S+)$", block[:end])`` finds, or "": the run of non-space
    characters the text ends with (or ends with before one final newline)."""
    if end > 0 and block[end - 1] == "\n":
        end -= 1
    if end == 0 or block[end - 1].isspace():
        return ""
    return block[:end].rsplit(None, 1)[-1]


def _period_ends_sentence(word: str, lowered: str, following: str) -> bool:
    if lowered in _NUMBER_SIGNS and word.islower() and not following[:1].isdigit():
        return True  # "she has spent most of them saying no. On the morning ...", not "No. 10"
    if lowered in _TITLES or lowered in _ALWAYS_JOINED:
        return False
    if lowered in _MONTHS and following[:1].isdigit():
        return False
    if len(word) == 1 and word.isalpha() and word.isupper():
        return False  # an initial: "John F. Kennedy"
    if _DOTTED_ACRONYM.match(word) or lowered in _ORG_SUFFIXES:
        return following.lower() in _SENTENCE_OPENERS
    return True
