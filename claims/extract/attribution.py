"""Who a sentence is attributed to: speaker as written, resolved claimant, and the chain.

Rules over tokens outside quotation marks. Each reported-speech verb ("said", "told",
"denied", ...) and each "according to" yields a speaker noun phrase: the subject before
the verb (skipping adverbs, time phrases and appositives: "X, a senior adviser, said"),
or the phrase after it when the verb follows a quote or a comma ("..., said X"). The chain
runs outermost first: "according to" sources, then attributions tacked on after a comma,
then the rest in reading order; the innermost speaker is the claimant and the others are
``via``, closest to the claimant first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claims.extract.discourse import Discourse, is_nationality, role_head
from claims.extract.lexicon import PRONOUNS, ROLE_WORDS, SPEECH_VERBS, words
from claims.extract.noun_phrases import (
    DETERMINERS,
    DOCUMENTS,
    PLURAL_SPEAKERS,
    Speaker,
    Token,
    backward,
    forward,
    token_before,
)

_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}|(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|St|Jr|Sr|Inc|Corp|Ltd|Co)\."
    r"|[A-Z]\.(?=\s)|[A-Za-z]+s['’](?=\s)|[\w$€£][\w'’&.-]*\w|\w|[^\w\s]"
)
_LOOSE_EXTRA = words(
    """put puts found finds showed shows telling claiming insisting warning arguing
    called calls described describes according say describe estimate warn argue claim
    insist predict believe report deny suggest tell note allege admit acknowledge confirm
    accused accuse"""
)
# Present-tense plurals double as nouns: "the claim", "a report" are not speech.
_NOUN_LIKE = frozenset(["claim", "report", "estimate", "note", "tell", "say"])
# These need "that", a colon, a quote or the end after them: "the economy added 200 jobs".
_STRICT = words(
    """added adds posted maintained maintains repeated repeats believes thinks states"""
)
_PASSIVE = frozenset(["was", "were", "been", "is", "are", "be", "being", "to"])


@dataclass(frozen=True)
class Attribution:
    speaker: str | None
    claimant: str | None
    via: tuple[str, ...]


def tokenize(sentence: str, quoted: list[bool]) -> list[Token]:
    return [
        Token(m.group(), m.start(), m.end(), quoted[m.start()]) for m in _TOKEN.finditer(sentence)
    ]


def find_speakers(tokens: list[Token]) -> list[Speaker]:
    """The attribution chain of one sentence, outermost speaker first."""
    found: list[tuple[int, int, Speaker]] = []
    for index, token in enumerate(tokens):
        if token.quoted or not _is_speech_verb(tokens, index):
            continue
        previous = tokens[index - 1].lower if index > 0 else ""
        if previous in {"and", "but", "or"}:
            continue  # "said ... but warned that": the same speaker goes on
        if token.lower == "according":
            speaker = forward(tokens, index + 2)
            order = 0
        else:
            speaker, order = _speaker_of_verb(tokens, index)
        if speaker is None or any(speaker.start == s.start for _, _, s in found):
            continue
        first_word = speaker.text.split()[0].lower()
        before = token_before(tokens, speaker.start)
        if found and first_word in {"its", "his", "her", "their", "our"}:
            continue  # "the union said about 4,000 of its members had reported": content
        if before is not None and before.lower == "what":
            continue  # "in what analysts describe as", "what it called": an aside
        found.append((order, index, speaker))
    found.sort(key=lambda item: (item[0], item[1]))
    return [speaker for _, _, speaker in found]


def resolve(speaker: Speaker, discourse: Discourse, index: int, sentence: str = "") -> str | None:
    """The claimant a speaker phrase stands for, as far as the article says.

    None for a document that names no publisher and follows none ("the figures show"):
    the outlet is reporting in its own voice.
    """
    lowered = speaker.text.lower()
    if speaker.kind == "publisher":
        resolved = resolve(
            Speaker(speaker.text, speaker.start, speaker.end, "role"), discourse, index
        )
        discourse.last_publisher = resolved
        return resolved
    words = speaker.text.split()
    if speaker.kind == "role" and role_head(speaker.text)[0] in DOCUMENTS:
        head_at = next((i for i, w in enumerate(words) if w.lower() in DOCUMENTS), len(words) - 1)
        names = [w for w in words[1:head_at] if w[:1].isupper()]
        if names:  # "a Kestrel Research poll"
            discourse.last_publisher = " ".join(names)
            return discourse.last_publisher
        return discourse.last_publisher
    if speaker.kind == "role" and _proper(words[-1]):
        return speaker.text  # "The National Landlords Federation": a name, not an anaphor
    if speaker.kind == "pronoun":
        if lowered in {"he", "she"}:
            earlier = discourse.person_before(sentence[: speaker.start], lowered)
            return earlier or discourse.resolve_pronoun(lowered, index - 1) or speaker.text
        if lowered == "it":
            return discourse.resolve_organisation("it") or speaker.text
        return speaker.text
    if speaker.kind == "name":
        resolved = discourse.resolve_name(speaker.text)
        if discourse.find(resolved) is None:
            discourse.register_organisation(index, speaker.text)
        return resolved
    if speaker.kind == "role" and lowered.split()[0] not in {"a", "an"}:
        return (
            discourse.resolve_role(speaker.text)
            or discourse.resolve_organisation(speaker.text)
            or speaker.text
        )
    return speaker.text


def _proper(word: str) -> bool:
    """A capitalised word that is part of a name, not an office or a nationality."""
    return word[:1].isupper() and word.lower() not in ROLE_WORDS and not is_nationality(word)


def _is_speech_verb(tokens: list[Token], index: int) -> bool:
    word = tokens[index].lower
    if word == "according":
        return index + 1 < len(tokens) and tokens[index + 1].lower == "to"
    if word not in SPEECH_VERBS and word not in _LOOSE_EXTRA:
        return False
    if index > 0 and tokens[index - 1].lower in _PASSIVE and not word.endswith("ing"):
        return False
    if word in _NOUN_LIKE and index > 0 and not tokens[index - 1].text[:1].isalpha():
        return False
    previous = tokens[index - 1] if index > 0 else None
    if previous is not None and (
        previous.lower in DETERMINERS or previous.text.endswith(("'s", "’s"))
    ):
        return False  # "an estimated 45,000", "the minister's claims"
    following = tokens[index + 1].text if index + 1 < len(tokens) else "."
    if (
        word.endswith("s")
        and following in {".", "!", "?", ";"}
        and previous is not None
        and previous.text.islower()
        and previous.lower not in PRONOUNS | PLURAL_SPEAKERS
        and not previous.lower.endswith("ly")
    ):
        return False  # "late spending promises.": a noun closing the sentence
    if word in _STRICT:
        following = tokens[index + 1].text if index + 1 < len(tokens) else "."
        return following in {"that", ":", ",", "“", '"', ".", "”"} or tokens[index + 1].quoted
    return True


def _speaker_of_verb(tokens: list[Token], index: int) -> tuple[Speaker | None, int]:
    previous = tokens[index - 1] if index > 0 else None
    after_quote = previous is not None and (previous.quoted or previous.text in {"”", '"'})
    after_comma = previous is not None and previous.text in {",", "—", "–"}
    if after_quote:
        speaker = forward(tokens, index + 1)
        if speaker is not None:
            return speaker, 1
    speaker = backward(tokens, index - 1)
    if speaker is None and after_comma:
        speaker = forward(tokens, index + 1)
        return speaker, 1
    if speaker is None:
        return None, 2
    before = token_before(tokens, speaker.start)
    trailing = before is not None and (before.text == "," or before.quoted)
    tail = [t for t in tokens[index + 1 :] if t.text[:1].isalnum()]
    closing = len(tail) <= 4  # ", the ministry said on Monday." ends the sentence
    return speaker, 1 if trailing and closing and not _clause_follows(tokens, index) else 2


def _clause_follows(tokens: list[Token], index: int) -> bool:
    """True when the verb reports a clause ("said that ...") rather than closing one."""
    rest = [t for t in tokens[index + 1 :] if not t.quoted]
    return bool(rest) and rest[0].lower in {"that", ":"}
