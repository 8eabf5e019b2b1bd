"""The words and marks of a sentence, and the speaker phrases made of them."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from operator import attrgetter
from typing import NamedTuple

from claims.extract.lexicon import DETERMINERS, OPENING_ADJECTIVES, RELATIVES

# The three alternatives that open on a capital (initials, abbreviated titles, an initial)
# sit behind one look-ahead, so that other words skip them at once.
_TOKEN = re.compile(
    r"[$€£¥]?\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\w|,\d)|(?=[A-Z])(?:(?:[A-Z]\.){2,}|(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|St|Jr|Sr|Inc|Corp|Ltd|Co|Rev|Fr|Supt|Insp|Det|Cllr|Hon|Atty|Engr|Asst|Sec|Usec)\."
    r"|[A-Z]\.(?=\s))|[A-Za-z]+s['’](?=\s)|[\w$€£][\w'’&.-]*\w|\w|[^\w\s]"
)


class Token(NamedTuple):
    """A word or mark of a sentence; a tuple because every sentence makes dozens."""

    text: str
    start: int
    end: int
    quoted: bool
    lower: str  # the text lower-cased once, since the rules ask for it again and again

    @property
    def is_capitalised(self) -> bool:
        """An upper-case first letter, not a code like "R20" (of "R20,000") or "N95"; or a
        brand that keeps its first letter small ("easyJet", "eBay"; not "kWh", "mRNA")."""
        if self.text[:1].islower():
            return _SMALL_FIRST_BRAND.match(self.text) is not None
        return self.text[:1].isupper() and not self.text[1:2].isdigit()


@dataclass(frozen=True)
class Speaker:
    text: str  # as written
    start: int
    end: int
    kind: str  # "pronoun", "name", "role" (a determiner phrase), "group"


# A sentence's tokens come in reading order and never overlap, so their starts and their
# ends both rise: a token is found by bisection, not by a walk through the sentence.
_START = attrgetter("start")
_END = attrgetter("end")
# A particle joined to the surname it opens: "Rashid al-Kuwari", "Abdel Fattah el-Sisi"
JOINED_PARTICLE = "(?:al|el|ad|ar|as|ash|at|az|ed|bin|ibn|ben)-"
# An adjective opening a sentence before a name: "Leaked Treasury papers show"
OPENING_ADJECTIVE = re.compile(rf"(?i:{'|'.join(sorted(OPENING_ADJECTIVES))})\s+(?=[A-Z])")
# "easyJet", "eBay", "iPhone"; and a surname behind a joined particle ("al-Kuwari")
_SMALL_FIRST_BRAND = re.compile(rf"(?:[a-z]{{1,4}}|{JOINED_PARTICLE})[A-Z][a-z]{{2,}}")


def token_index(tokens: list[Token], char_start: int) -> int:
    """The index of the token starting at ``char_start`` (0 when none does)."""
    index = bisect_left(tokens, char_start, key=_START)
    return index if index < len(tokens) and tokens[index].start == char_start else 0


def token_before(tokens: list[Token], char_start: int) -> Token | None:
    """The last token ending at or before ``char_start``."""
    count = bisect_right(tokens, char_start, key=_END)  # the tokens ending by then
    return tokens[count - 1] if count else None


def tokenize(sentence: str, quoted: Sequence[bool] | bytes) -> list[Token]:
    make = tuple.__new__  # Token(...) runs a Python-level __new__; this is the hot loop
    tokens = []
    find = sentence.find
    end = 0
    for word in _TOKEN.findall(sentence):  # nothing but whitespace between tokens, so find
        # gives each one's start
        start = find(word, end)
        end = start + len(word)
        tokens.append(make(Token, (word, start, end, bool(quoted[start]), word.lower())))
    for k, token in enumerate(tokens):  # "the WHO said": a body, not "who"
        if token.lower in _ACRONYM_CLASHES and token.text.isupper() and not _shouted(tokens, k):
            tokens[k] = token._replace(lower=token.text)
    return tokens


def _shouted(tokens: list[Token], k: int) -> bool:
    """A word among capitals ("THE MINISTER, WHO SAID"): the text is shouted, not an
    acronym."""
    near = [t.text for t in tokens[max(0, k - 2) : k + 3] if t is not tokens[k]]
    return any(len(w) > 1 and w.isalpha() and w.isupper() for w in near)


# Acronyms spelled like a function word, which the word lists would otherwise take for it.
_ACRONYM_CLASHES = frozenset(["who", "us"])


_SPACE_BEFORE_MARK = re.compile(r"\s+([’'.,-])")
# What _SPACE_BEFORE_MARK finds in tokens joined by single spaces
_SPACED_MARKS = (" ’", " '", " .", " ,", " -")
TIME_WORDS = re.compile(
    r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|"
    r"yesterday|today|night|morning|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)",
)


def speaker_of(tokens: list[Token], first: int, last: int, kind: str) -> Speaker:
    while first < last and tokens[first].lower in _RELATIVES_NOT_DETERMINERS:
        first += 1  # "which its developers say": the relative pronoun is not the speaker
    while last > first and tokens[last].lower in _TRAILING and tokens[last].text.islower():
        last -= 1  # "A trust spokesperson has just (told)": not part of who spoke
    start, end = tokens[first].start, tokens[last].end
    text = " ".join(t.text for t in tokens[first : last + 1])
    if any(map(text.__contains__, _SPACED_MARKS)):  # most speakers have none
        text = _SPACE_BEFORE_MARK.sub(r"\1", text)
    return Speaker(text, start, end, kind)


_TRAILING = frozenset(
    {"has", "have", "had", "is", "was", "were", "will", "would", "just", "also", "now"}
    | {"already", "still", "not", "never", "previously", "later"}
    | {"did", "does", "do", "could", "can", "may", "might", "should", "must"}
)
NAME_PARTICLES = frozenset(
    [
        "de",
        "del",
        "da",
        "das",
        "do",
        "dos",
        "di",
        "du",
        "el",
        "van",
        "von",
        "der",
        "al",
        "bin",
        "dela",
        "la",
        "le",
        "ibn",
    ]
)


def name_part(token: Token) -> bool:
    """A word of a name: capitalised, or a particle ("Torrejón el Rubio", "Ana de Souza")."""
    return (token.is_capitalised and token.text not in {",", "."}) or token.text in _NAME_JOINERS


# Unions worked out once, not at every word the rules ask about
# relative pronouns that are not determiners
_RELATIVES_NOT_DETERMINERS = RELATIVES - DETERMINERS
# the small words of a name, and "&"
_NAME_JOINERS = NAME_PARTICLES | {"&"}
