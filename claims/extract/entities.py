"""What an article's tracker (`discourse.py`) records of the people and organisations it
has named: their names, roles and kinds, and when they were last seen."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from claims.extract.tokens import JOINED_PARTICLE


@dataclass
class Person:
    name: str
    roles: list[tuple[str, frozenset[str]]] = field(default_factory=list)
    gender: str | None = None
    last_seen: int = -1


@dataclass
class Organisation:
    name: str
    kinds: set[str] = field(default_factory=set)  # "airline", "charity"
    last_seen: int = -1
    first_seen: int = -1
    words: list[str] = field(init=False, default_factory=list)  # for `find_organisation`

    def __post_init__(self) -> None:
        if self.first_seen < 0:
            self.first_seen = self.last_seen
        self.words = [w.rstrip(".") for w in self.name.lower().removeprefix("the ").split()]

    def is_a(self, head: str, noun_phrase: str) -> bool:
        """Whether `noun_phrase`, headed by `head`, can mean this body: "the trust" is
        "Westmoor Hospitals NHS Trust", but "the defence ministry" is not the "Arvenian
        foreign ministry" (both say in lower case which ministry, and do not agree)."""
        if head not in self.kinds and not self.name.lower().endswith(" " + head):
            return False
        own = {w for w in self.name.split()[:-1] if w.islower()} - _LINKS
        said = {w for w in noun_phrase.split()[1:-1] if w.islower()} - _LINKS
        whose = {w.rstrip("'’s") for w in said if w.endswith(("'", "’", "'s", "’s"))}
        if whose and not whose & {w.lower().rstrip("s") for w in self.name.split()}:
            return False  # "the students' union" is not the Academic Staff Union
        topics = {w.rstrip("s") for w in said - _VAGUE if not w.endswith(_ADJECTIVE_ENDS)}
        if topics and not own and len(self.words) > 1:  # "the provincial health office" is
            return bool(topics & {w.rstrip("s") for w in self.words})  # no Development Office
        return not (own and said) or bool(own & said)


_LINKS = frozenset(["the", "of", "for", "and", "&"])
_ADJECTIVE_ENDS = ("ing", "ed", "al", "ful", "ous", "ive", "ic", "ian", "ish", "ese", "ary", "ly")
_VAGUE = frozenset(
    ["local", "national", "new", "main", "same", "state", "federal", "city", "central"]
)


def same_stem(first: str, second: str) -> bool:
    """Role words of one stem: "Russian" and "Russia", "economic" and "economy"."""
    shorter, longer = sorted((first, second), key=len)
    return len(shorter) >= 4 and longer.startswith(shorter[:-1] if len(shorter) > 5 else shorter)


def first_of_surname(persons: list[Person], surname: str) -> Person | None:
    """Of several people sharing a surname, the one named first, the story's own: a son or
    a wife named after them is written with a first name ("his son, Tyler Kowalczyk")."""
    shared = [p for p in persons if surname in name_words(p.name)]
    if len(shared) > 1 and surname == name_words(shared[0].name)[-1]:
        return shared[0]
    return None


@lru_cache(maxsize=4096)
def name_words(name: str) -> tuple[str, ...]:
    """``name.split()``, worked out once: each known person's name is split again at every
    name the article writes, to be compared with it. A joined particle is small wherever it
    stands ("Al-Kuwari said", opening a sentence, is "Rashid al-Kuwari")."""
    return tuple(_JOINED.sub(_small, word) for word in name.split())


_JOINED = re.compile(rf"^{JOINED_PARTICLE}(?=[A-Z])", re.IGNORECASE)


def _small(match: re.Match[str]) -> str:
    return match.group().lower()
