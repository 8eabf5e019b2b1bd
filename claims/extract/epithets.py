"""A description standing for the person the sentence before was about: "Ahmed Salisu, who
has contested every election since 1999, has retired. The veteran politician said" is
Salisu; "Amos Kibet chaired the electoral body. The former chairman told MPs" is Kibet.
"""

from __future__ import annotations

import re

from claims.extract.discourse import Discourse
from claims.extract.kinds import gender_of_role
from claims.extract.lexicon import ROLE_WORDS, words
from claims.extract.offices import is_nationality, role_head
from claims.extract.tokens import Speaker


def described_subject(speaker: Speaker, discourse: Discourse, index: int) -> str | None:
    """The person the sentence before opens with, for a sentence opening "The <description>"
    of a person ("The veteran politician said") that no office the article gave matches;
    None when the sentence before opens otherwise or names the description's noun itself
    ("Salisu met the minister. The minister said": another person) or gives its subject an
    office of its own ("Dave Rowe, the union's general secretary, spoke. The minister said")."""
    said = speaker.text.split()
    if not index or len(discourse.seen) < 2 or said[0] != "The" or not 2 <= len(said) <= 4:
        return None
    head = role_head(speaker.text)[0]
    if head not in _PERSON_HEADS:
        return None
    names = discourse.mentions.get(index - 1, [])
    person = discourse.find(names[0]) if names else None
    if person is None or " " not in person.name or person.roles:
        return None
    previous = discourse.seen[-2]
    at = previous.find(person.name.split()[-1])
    if at < 0 or re.search(rf"\b{re.escape(head)}\b", previous, re.I):
        return None
    opening = previous[:at].split()  # "Chief Minister N. Rao", "Veteran lawmaker Ahmed"
    if any(not _in_a_name(w) for w in opening) or len(opening) > 6:
        return None
    gender = gender_of_role(speaker.text)
    if gender is not None and person.gender not in (None, gender):
        return None  # "The actress said" is not a man
    return person.name


def person_aged(age: str, discourse: Discourse, index: int) -> str | None:
    """Who "the 54-year-old" at sentence ``index`` is: the person the article gave this
    age ("Denise Harrow, 54,", "29-year-old Katja Lind", "Ellie Marsh has retired at the
    age of 26"), the latest first; else the person the story opened with, when the sentence
    before named someone else ("Katja Lind ... Her surgeon, Dr Henrik Aas, ... the
    29-year-old said"); else the last person."""
    after = re.compile(rf"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+),\s+(?:aged\s+)?{age}\b")
    before = re.compile(
        rf"\b{age}-year-old\s+(?:[a-z][\w-]*\s+){{0,3}}([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+)"
    )
    for sentence in reversed(discourse.seen):
        for found in reversed(after.findall(sentence) + before.findall(sentence)):
            person = discourse.find(found)
            if person is not None:
                return discourse.resolve_name(person.name)
    for earlier, sentence in reversed(list(enumerate(discourse.seen[:-1]))):
        people = [n for n in discourse.mentions.get(earlier, []) if discourse.find(n)]
        if len(people) == 1 and re.search(rf"\b(?:at\s+the\s+age\s+of|aged)\s+{age}\b", sentence):
            return discourse.resolve_name(people[0])  # "has retired at the age of 26"
    last = discourse.resolve_pronoun("", index - 1)
    opened = [n for n in discourse.mentions.get(0, []) if discourse.find(n)]
    if (
        opened
        and last not in opened
        and index > 1
        and last in discourse.mentions.get(index - 1, [])
    ):
        return discourse.resolve_name(opened[0])  # the story's own subject, not a second person
    return last


def _in_a_name(word: str) -> bool:
    """A word that may open a sentence before the name of its subject: "Republican Senate
    candidate", "Former"."""
    return word[:1].isupper() or word.lower() in ROLE_WORDS or is_nationality(word)


# Nouns that describe the person a story is about, not someone new to it ("The judge
# warned him", "The coach said"): offices held or once held, callings, fame
_PERSON_HEADS = words(
    """politician veteran tycoon mogul billionaire millionaire entrepreneur legislator
    lawmaker statesman stateswoman cleric preacher novelist author writer poet artist
    musician athlete sprinter cyclist golfer batsman bowler cricketer footballer boxer
    striker midfielder defender goalkeeper skipper actor actress singer rapper comedian
    presenter star campaigner activist businessman businesswoman chairman chairwoman chair
    president leader minister senator governor mayor premier chancellor founder candidate"""
)
