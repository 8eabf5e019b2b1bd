"""Speaker phrases after a reporting verb: "said the acting governor", "according to
regional authorities", "said engineer Piet Smit", "a report published on Monday by X".

A pronoun, a name, or a determiner phrase up to a clause boundary; a report "published by
X" yields X; "..., said the association's chair, Bill Tregarth." the name at the end.
"""

from __future__ import annotations

import re

from claims.extract.lexicon import (
    DETERMINERS,
    DOCUMENTS,
    ORG_NOUNS,
    ORG_WORDS,
    PLURAL_SPEAKERS,
    PRONOUNS,
    ROLE_WORDS,
    SEEN_BY,
    words,
)
from claims.extract.offices import is_nationality
from claims.extract.tokens import TIME_WORDS, Speaker, Token, name_part, speaker_of

QUOTING = words("quoted quotes cited cites")

_FORWARD_STOP = words(
    """that who which when while as after before because and but if whose told during
    adding saying published released conducted carried showed shows found"""
)
_WORDLIKE = re.compile(r"\w[\w’'.&-]*$|\d{1,3}(?:,\d{3})+(?:\.\d+)?$")
_PUBLISHING = words(
    "published released compiled issued declared announced out on in this last late early by"
)
_AUXILIARIES = words("had has have was were is are will would could can may might did does")


def forward(tokens: list[Token], j: int) -> Speaker | None:
    if j >= len(tokens) or tokens[j].quoted:
        return None
    first = tokens[j]
    counted = _counted_group(tokens, j)
    if counted is not None:  # "according to 12 of 15 economists in a Reuters poll"
        return counted
    if first.lower in PRONOUNS:
        return speaker_of(tokens, j, j, "pronoun")
    if first.lower in {"him", "her", "them"} and j > 0 and tokens[j - 1].lower in QUOTING:
        return speaker_of(tokens, j, j, "pronoun")  # "quoted her in 2009 as saying"
    if first.lower in {"him", "her", "them"} and j > 1 and tokens[j - 2].lower == "according":
        return speaker_of(tokens, j, j, "pronoun")  # "According to her, the company paid"
    for k in range(j, min(j + 3, len(tokens))):  # "figures the police released",
        if tokens[k].lower in DOCUMENTS:  # "procurement documents the ministry published"
            owner = _whose_document(tokens, k)
            if owner is not None:
                return owner
            break
        if not (tokens[k].text.isalpha() and tokens[k].text.islower()):
            break
    if first.text.islower() and first.lower not in DETERMINERS:
        # "said engineer Piet Smit", "said party spokesman Tom Hale"
        for k in range(j + 1, min(j + 4, len(tokens))):  # "opposition health spokesman X"
            if tokens[k].is_capitalised and not tokens[k].quoted:
                return forward(tokens, k)
            if not tokens[k].text.isalpha() or tokens[k].lower in {"in", "at", "from", "on"}:
                break  # "traders in Frankfurt": the traders
        group = _lowercase_group(tokens, j)
        if group is not None:
            return group
    end = j
    while end + 1 < len(tokens) and _continues_forward(tokens, end + 1):
        end += 1
    end = _listed_after(tokens, j, end)  # "the Department for Science, Innovation and Technology"
    if first.is_capitalised and first.lower not in DETERMINERS:
        k = j
        while k + 1 <= end and name_part(tokens[k + 1]):
            k += 1
        m = k + 1  # "according to DOJ spokesperson Mico Clavano", "said Tesmond chief
        while m < min(k + 4, len(tokens)) and tokens[m].lower in ROLE_WORDS:  # executive
            if not tokens[m].text.islower():  # Laura Kinnear"
                break
            m += 1
        if m > k + 1 and m < len(tokens) and tokens[m].is_capitalised:
            return forward(tokens, m)
        if k == j and _the_in_a_name(tokens, k):
            k += 2  # "according to Save the Children."
        owned = any(t.text.endswith(("'s", "’s")) for t in tokens[j : end + 1])
        named = _named_after(tokens, end) if owned else None
        if named is None and tokens[k].text.endswith(("'s", "’s")):
            held = _owned_head(tokens, k, end)  # "by Germany's defence ministry"
            if held is not None:
                return speaker_of(tokens, j, held, "role")
        last = tokens[k]  # "Chinese", "North Korean"
        adjective = is_nationality(last.text) and last.lower.strip(".") not in _BODIES
        if k - j < 2 and k < end and tokens[k + 1].text.islower() and adjective:
            held = _owned_head(tokens, k, end)  # "Chinese state media", not "citing
            if held is None:  # increased Chinese naval activity": an adjective, no name
                return None
            kind = "group" if tokens[held].lower in PLURAL_SPEAKERS else "role"
            return speaker_of(tokens, j, held, kind)
        return named or speaker_of(tokens, j, k, "name")  # "AEMO's operations manager, X"
    if first.lower in _NOT_DEMONSTRATIVES or first.lower in _GROUPS_AND_DOCUMENTS:
        kind = "group" if first.lower in PLURAL_SPEAKERS else "role"
        publisher = _publisher(tokens, j, end)
        return publisher or _named_after(tokens, end) or speaker_of(tokens, j, end, kind)
    return None


def _listed_after(tokens: list[Token], j: int, end: int) -> int:
    """The end of a ministry's name whose portfolios are listed with commas after the
    phrase read so far ("..., Innovation and Technology"); ``end`` if there is none."""
    if not any(t.lower in {"department", "ministry"} for t in tokens[j : end + 1]):
        return end
    m, joined = end, False
    while (
        m + 2 < len(tokens) and tokens[m + 1].text in {",", "and"} and tokens[m + 2].is_capitalised
    ):
        joined = joined or tokens[m + 1].lower == "and"
        m += 2
        while m + 1 < len(tokens) and tokens[m + 1].is_capitalised and not tokens[m + 1].quoted:
            m += 1
        if joined:
            return m
    return end


def _counted_group(tokens: list[Token], j: int) -> Speaker | None:
    """ "12 of 15 economists in a Reuters poll": a count of people, and the poll they were in."""
    if j + 3 >= len(tokens) or not tokens[j].text.isdigit() or tokens[j + 1].lower != "of":
        return None
    if not tokens[j + 2].text.isdigit() or not tokens[j + 3].lower.endswith("s"):
        return None
    end = j + 3
    polled = [t.lower for t in tokens[end + 1 : end + 6]]
    for size in range(len(polled), 1, -1):
        if polled[0] == "in" and polled[size - 1] in {"poll", "survey"}:
            end += size
            break
    return speaker_of(tokens, j, end, "group")


def _the_in_a_name(tokens: list[Token], k: int) -> bool:
    """ "Save the Children", "Stop the War" closing a clause: one name with "the" inside."""
    if k + 2 >= len(tokens) or tokens[k + 1].lower != "the" or not tokens[k + 2].is_capitalised:
        return False
    return k + 3 == len(tokens) or tokens[k + 3].text in {".", ",", ";"}


def _whose_document(tokens: list[Token], j: int) -> Speaker | None:
    """ "according to figures the police department released Wednesday": the figures are
    the department's."""
    if j + 2 >= len(tokens):
        return None
    if tokens[j + 1].lower in {"it", "they"} and tokens[j + 2].lower in _RELEASED:
        return speaker_of(tokens, j + 1, j + 1, "pronoun")  # "figures it published in May"
    if tokens[j + 1].lower not in {"the", "its", "their"}:
        return None
    for k in range(j + 2, min(j + 7, len(tokens))):
        if tokens[k].lower in _RELEASED:
            return speaker_of(tokens, j + 1, k - 1, "publisher") if k > j + 2 else None
        if tokens[k].quoted or not _WORDLIKE.match(tokens[k].text):
            return None
    return None


_RELEASED = words(
    "published released compiled issued gave provided collected shared made filed presented "
    "submitted sent"
)


def _lowercase_group(tokens: list[Token], j: int) -> Speaker | None:
    """ "according to regional authorities", "said local officials": modifiers and a plural
    speaker noun, without a determiner."""
    k = j
    while k + 1 < len(tokens) and k - j < 3 and _PLURAL_OWNER.match(tokens[k + 1].text):
        if tokens[k + 1].text.islower() and tokens[k + 1].lower not in _FORWARD_STOP:
            k += 1
        else:
            break
    for end in range(k, j - 1, -1):
        if tokens[end].lower in PLURAL_SPEAKERS:
            return speaker_of(tokens, j, _qualified(tokens, end), "group")
        if tokens[end].lower in DOCUMENTS:  # "preliminary figures from the fire service"
            return _publisher(tokens, j, end) or speaker_of(tokens, j, end, "role")
        if end > j and tokens[end - 1].text[-1] in "'’" and _org_noun(tokens[end].lower):
            return speaker_of(tokens, j, end, "group")  # "county coroners' offices"
    return None


# A word, or a plural owner written before what it owns: "coroners'" in "county
# coroners' offices"
_PLURAL_OWNER = re.compile(r"[^\W\d_]+(?:s['’])?$")


def _org_noun(word: str) -> bool:
    """A noun for a body, singular or plural: "office", "offices", "unions"."""
    return word in ORG_NOUNS or (word.endswith("s") and word[:-1] in ORG_NOUNS)


_QUALIFIERS = {
    ("familiar", "with"),
    ("close", "to"),
    ("briefed", "on"),
    ("involved", "in"),
    ("aware", "of"),
    ("knowledge", "of"),
}


def _qualified(tokens: list[Token], end: int) -> int:
    """Where an unnamed source's description ends: "two people" takes in "with knowledge
    of the negotiations", "familiar with the talks", "close to the board"."""
    k = end + 1
    if k < len(tokens) and tokens[k].lower == "with":  # "with (direct) knowledge of"
        k += 2 if k + 1 < len(tokens) and tokens[k + 1].lower == "direct" else 1
    if k + 1 >= len(tokens) or (tokens[k].lower, tokens[k + 1].lower) not in _QUALIFIERS:
        return end
    if tokens[k].lower == "knowledge" and tokens[end + 1].lower != "with":
        return end
    last = k + 1
    while last + 1 < len(tokens) and last - k < 8 and _continues_forward(tokens, last + 1):
        last += 1
    return last if last > k + 1 else end


def _owned_head(tokens: list[Token], owner: int, end: int) -> int | None:
    """The body or office a possessive name owns, in lower case up to ``end``: "ministry" of
    "Germany's defence ministry", "officials" of "Acme's senior officials"; None when the
    words after the owner head no speaker ("Acme's figures", "Germany's decision")."""
    head = None
    for k in range(owner + 1, end + 1):
        if not (tokens[k].text.isalpha() and tokens[k].text.islower()):
            break
        if tokens[k].lower in _OWNED_HEADS:
            head = k
    return head


def _named_after(tokens: list[Token], end: int) -> Speaker | None:
    """ "..., said the association's chair, Bill Tregarth.": the name closing the sentence
    after a role is who spoke."""
    if end + 2 >= len(tokens) or tokens[end + 1].text != ",":
        return None
    first = last = end + 2
    if not tokens[first].is_capitalised or tokens[first].lower in DETERMINERS:
        return None
    while last + 1 < len(tokens) and name_part(tokens[last + 1]):
        last += 1
    closing = tokens[last + 1].text if last + 1 < len(tokens) else "."
    if closing not in {".", "!", "?"} or last + 2 < len(tokens) or tokens[first].quoted:
        return None
    if first == last and tokens[first].text.isupper() and tokens[end].lower in ORG_WORDS:
        return None  # "the Norwegian Labour and Welfare Administration, NAV": its acronym
    return speaker_of(tokens, first, last, "name")


def _publisher(tokens: list[Token], first: int, last: int) -> Speaker | None:
    """ "a report published on Monday by the Observatory" speaks for the Observatory."""
    words = {t.lower for t in tokens[first : last + 1]}
    if not words & DOCUMENTS:
        return None
    k = last + 1
    while k < len(tokens) and (
        tokens[k].lower in _PUBLISHING
        or TIME_WORDS.match(tokens[k].text)
        or (len(tokens[k].text) == 4 and tokens[k].text.isdigit())  # "published in 2023 by"
    ):
        k += 1
    kept = _kept_in(tokens, last + 1)
    if kept is not None:  # "figures in the ministry's archive": the ministry's
        return kept
    for index in range(first, min(k + 1, len(tokens))):
        if tokens[index].lower in {"by", "from"} and index + 1 < len(tokens):
            if tokens[index - 1].lower in SEEN_BY:
                return None  # "a memo seen by the Wire": the memo's, not the Wire's
            publisher = forward(tokens, index + 1)
            if publisher is not None:
                return Speaker(publisher.text, publisher.start, publisher.end, "publisher")
            return None
    return None


def _kept_in(tokens: list[Token], k: int) -> Speaker | None:
    """The owner in "in the ministry's archive", "in the council's records" at ``k``."""
    if k + 3 >= len(tokens) or tokens[k].lower != "in" or tokens[k + 1].lower != "the":
        return None
    owner = tokens[k + 2]
    if not owner.text.endswith(("'s", "’s")) or tokens[k + 3].lower not in _ARCHIVES:
        return None
    return Speaker(f"the {owner.text[:-2]}", tokens[k + 1].start, owner.end - 2, "role")


_ARCHIVES = words("archive archives records database files register accounts")


def _continues_forward(tokens: list[Token], k: int) -> bool:
    token = tokens[k]
    if token.text == "&":
        return True  # "Grant & Mallory"
    if token.lower == "and" and _and_inside_a_name(tokens, k):
        return True  # "the Energy and Petroleum Regulatory Authority"
    if token.quoted or not _WORDLIKE.match(token.text) or token.lower in _FORWARD_STOP:
        return False
    if token.lower in _AUXILIARIES or token.lower in PRONOUNS:
        return False  # "according to its members had sold", "told the inquiry she had"
    if token.lower in {"on", "last", "this", "in"} and k + 1 < len(tokens):
        following = tokens[k + 1].text
        if TIME_WORDS.match(following) and tokens[0].lower in DOCUMENTS:
            return True
        if TIME_WORDS.match(following) or (following in {"a", "an", "the"} and token.lower == "in"):
            return False
    return k - tokens.index(token) < 12


def _and_inside_a_name(tokens: list[Token], k: int) -> bool:
    """ "Energy and Petroleum Regulatory Authority", "Canada Mortgage and Housing
    Corporation": capitalised words on both sides of "and", an organisation's word closing
    the run after it."""
    if k == 0 or not tokens[k - 1].is_capitalised or k + 1 >= len(tokens):
        return False
    m = k + 1
    while m < len(tokens) and tokens[m].is_capitalised and not tokens[m].quoted:
        m += 1
    if m == k + 1:
        return False
    closing = tokens[m - 1].lower
    if closing in _BODY_NAME_ENDINGS:
        return True  # "the Health and Safety Executive", "Work and Pensions Secretary"
    linked = [t.lower for t in tokens[max(0, k - 4) : k]]  # "the Department for Work and
    return (
        any(w in {"for", "of"} for w in linked)
        and any(  # Pensions"
            t.lower in ORG_WORDS for t in tokens[max(0, k - 5) : k]
        )
    )


_CLOSING_NAME_WORDS = frozenset(
    ["executive", "secretary", "minister", "directorate", "inspectorate"]
)


_INVERTED = words(
    """said says added adds told warned wrote explained insisted argued noted claimed admitted
    stressed continued recalled replied"""
)
# What may follow an inverted speaker before the clause ends: "said the minister in a
# statement on Monday", not "said she planned to name a minister"
_AFTER_INVERTED = words(
    "in on at for from of with to during after before last this yesterday today"
)


def inverted_speaker(tokens: list[Token], index: int) -> Speaker | None:
    """The speaker after a verb that follows a comma: ", said the minister on Monday.", not
    ", denies one count of fraud" nor ", said she planned to name a minister"."""
    speaker = forward(tokens, index + 1) if tokens[index].lower in _INVERTED else None
    if speaker is None:
        return None
    following = next((t for t in tokens if t.start >= speaker.end), None)
    if following is None or not following.text.isalpha() or following.lower in _AFTER_INVERTED:
        return speaker
    return None if following.text.islower() else speaker


def told_the_pollster(tokens: list[Token], index: int) -> Speaker | None:
    """ "Some 18% of respondents told CEP": what those polled told a pollster is its
    finding."""
    if tokens[index].lower != "told" or index < 2 or index + 1 >= len(tokens):
        return None
    if tokens[index - 1].lower not in _POLLED_PEOPLE:
        return None
    pollster = forward(tokens, index + 1)
    if pollster is None or not (pollster.kind == "name" or "pollster" in pollster.text):
        return None  # not "Voters told reporters"
    return pollster


_POLLED_PEOPLE = words("respondents voters adults those surveyed polled participants interviewees")


# Unions worked out once, not at every word the rules ask about
# determiners but the demonstratives
_NOT_DEMONSTRATIVES = DETERMINERS - {"that", "this", "these", "those"}
# plural speakers and documents
_GROUPS_AND_DOCUMENTS = PLURAL_SPEAKERS | DOCUMENTS
# nationalities that are also bodies: "according to UN figures" is the UN's
_BODIES = words("us u.s uk u.k eu un nato")
# what a possessive name may own and speak through: bodies, offices, groups
_OWNED_HEADS = (ORG_NOUNS | ROLE_WORDS | PLURAL_SPEAKERS) - DOCUMENTS
# last words of a body's name
_BODY_NAME_ENDINGS = ORG_WORDS | ORG_NOUNS | _CLOSING_NAME_WORDS
