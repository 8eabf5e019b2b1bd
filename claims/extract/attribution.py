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
from claims.extract.lexicon import NOT_NAMES, PRONOUNS, ROLE_WORDS, SPEECH_VERBS, words

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
_SKIP_BEFORE = words(
    """today yesterday published released conducted issued compiled was were is are has
    have had also later previously repeatedly again
    then once
    reportedly publicly privately recently earlier would will could may might already
    subsequently initially originally separately"""
)
_DETERMINERS = words("""the a an his her its their this that these those""")
_PLURAL_SPEAKERS = words(
    """officials police analysts experts critics residents witnesses authorities
    prosecutors investigators doctors economists scientists researchers sources
    diplomats lawmakers protesters organisers organizers campaigners locals activists
    managers executives voters people staff workers unions parents teachers observers
    forecasters medics rescuers officers engineers regulators ministers leaders
    commanders"""
)
_LINKING = words("of for at to in from with on by")
_FORWARD_STOP = words(
    """that who which when while as after before because and but if whose told during
    adding saying published released conducted carried showed shows found"""
)
_HONORIFICS = words("mr mrs ms dr")
_DOCUMENTS = words(
    """report survey poll study figures data analysis assessment statement transcript
    bulletin accounts estimate estimates projections forecast records filing"""
)
_PUBLISHING = words("published released compiled issued out on this last late early by")
_AUXILIARIES = words("had has have was were is are will would could can may might did does")
_TIME_WORDS = re.compile(
    r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|"
    r"yesterday|today|night|morning|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)",
)


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int
    quoted: bool

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_capitalised(self) -> bool:
        return self.text[:1].isupper()


@dataclass(frozen=True)
class Speaker:
    text: str  # as written
    start: int
    end: int
    kind: str  # "pronoun", "name", "role" (a determiner phrase), "group"


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
            speaker = _forward(tokens, index + 2)
            order = 0
        else:
            speaker, order = _speaker_of_verb(tokens, index)
        if speaker is None or any(speaker.start == s.start for _, _, s in found):
            continue
        first_word = speaker.text.split()[0].lower()
        before = _token_before(tokens, speaker.start)
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
    if speaker.kind == "role" and role_head(speaker.text)[0] in _DOCUMENTS:
        head_at = next((i for i, w in enumerate(words) if w.lower() in _DOCUMENTS), len(words) - 1)
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
        previous.lower in _DETERMINERS or previous.text.endswith(("'s", "’s"))
    ):
        return False  # "an estimated 45,000", "the minister's claims"
    following = tokens[index + 1].text if index + 1 < len(tokens) else "."
    if (
        word.endswith("s")
        and following in {".", "!", "?", ";"}
        and previous is not None
        and previous.text.islower()
        and previous.lower not in PRONOUNS | _PLURAL_SPEAKERS
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
        speaker = _forward(tokens, index + 1)
        if speaker is not None:
            return speaker, 1
    speaker = _backward(tokens, index - 1)
    if speaker is None and after_comma:
        speaker = _forward(tokens, index + 1)
        return speaker, 1
    if speaker is None:
        return None, 2
    before = _token_before(tokens, speaker.start)
    trailing = before is not None and (before.text == "," or before.quoted)
    tail = [t for t in tokens[index + 1 :] if t.text[:1].isalnum()]
    closing = len(tail) <= 4  # ", the ministry said on Monday." ends the sentence
    return speaker, 1 if trailing and closing and not _clause_follows(tokens, index) else 2


def _clause_follows(tokens: list[Token], index: int) -> bool:
    """True when the verb reports a clause ("said that ...") rather than closing one."""
    rest = [t for t in tokens[index + 1 :] if not t.quoted]
    return bool(rest) and rest[0].lower in {"that", ":"}


def _token_before(tokens: list[Token], char_start: int) -> Token | None:
    before = [t for t in tokens if t.end <= char_start]
    return before[-1] if before else None


def _backward(tokens: list[Token], j: int) -> Speaker | None:
    j = _skip_modifiers_backward(tokens, j)
    if j < 0 or tokens[j].quoted:
        return None
    if tokens[j].text == ",":
        return _appositive_subject(tokens, j)
    core = _core_backward(tokens, j)
    if core is None:
        return None
    start, kind = core
    if (
        kind == "name"
        and start >= 2
        and tokens[start - 1].lower in {"by", "from"}
        and tokens[start - 2].lower in _DOCUMENTS
    ):
        kind = "publisher"  # "The survey by Kestrel Research puts ..."
    return _speaker(tokens, start, j, kind)


def _skip_modifiers_backward(tokens: list[Token], j: int) -> int:
    while j >= 0:
        word = tokens[j].lower
        if word in _SKIP_BEFORE or (word.endswith("ly") and tokens[j].text.islower()):
            j -= 1
        elif (
            j >= 1
            and _TIME_WORDS.match(tokens[j].text)
            and tokens[j - 1].lower in {"on", "last", "this"}
        ):
            j -= 2
        else:
            break
    return j


def _appositive_subject(tokens: list[Token], comma: int) -> Speaker | None:
    """ "X, a senior adviser, said" or "the commander of ..., Oleksandr Syrskyi, said"."""
    opening = next(
        (k for k in range(comma - 1, max(-1, comma - 25), -1) if tokens[k].text in {",", "(", "—"}),
        None,
    )
    if opening is None or opening == 0:
        return None
    inner = tokens[opening + 1 : comma]
    if not inner or any(t.quoted for t in inner):
        return None
    outer = _core_backward(tokens, opening - 1)
    inner_is_name = all(t.is_capitalised or t.text in {"de", "van", "von", "al"} for t in inner)
    if inner_is_name and (outer is None or outer[1] in {"role", "group"}):
        return _speaker(tokens, opening + 1, comma - 1, "name")
    if outer is not None:
        return _speaker(tokens, outer[0], opening - 1, outer[1])
    return None


def _core_backward(tokens: list[Token], j: int) -> tuple[int, str] | None:
    if j < 0 or tokens[j].quoted:
        return None
    token = tokens[j]
    if token.lower in PRONOUNS:
        return j, "pronoun"
    if token.lower.endswith("s") and token.text.isalpha():
        k = j
        while (
            k - 1 >= 0
            and j - k < 2
            and tokens[k - 1].text.isalpha()
            and tokens[k - 1].text.islower()
        ):
            k -= 1
        if k == 0 or tokens[k - 1].text in {",", "—", "–"}:
            return k, "group"  # "..., shipping companies said."
    if token.lower in _PLURAL_SPEAKERS:
        k = j
        while k - 1 >= 0 and j - k < 2 and _group_modifier(tokens[k - 1]):
            k -= 1
        if k - 1 >= 0 and tokens[k - 1].lower in _DETERMINERS:
            k -= 1
        return _extend_linked(tokens, k, "group")
    if token.is_capitalised and token.text.lower().rstrip(".") not in NOT_NAMES:
        k = j
        while k - 1 >= 0 and not tokens[k - 1].quoted and _name_part(tokens[k - 1]):
            k -= 1
        while k < j and tokens[k].lower.rstrip(".") in NOT_NAMES - _HONORIFICS:
            k += 1
        if k - 1 >= 0 and tokens[k - 1].lower in _DETERMINERS:
            return _extend_linked(tokens, k - 1, "role")
        return k, "name"
    if not token.text.isalpha() or not token.text.islower():
        return None
    for k in range(j - 1, max(-1, j - 7), -1):
        word = tokens[k]
        if word.quoted or not re.match(r"[\w’'-]+$", word.text):
            break
        if word.lower in _DETERMINERS or re.search(r"[’']s?$", word.text):
            return _extend_linked(tokens, k, "role")
        if word.lower in _LINKING or word.lower in SPEECH_VERBS:
            break
    return None


def _group_modifier(token: Token) -> bool:
    """ "military" in "military analysts", "Ukrainian" in "Ukrainian officials"."""
    lowered = token.lower
    return (
        not token.quoted
        and token.text.isalpha()
        and lowered not in NOT_NAMES
        and lowered not in _DETERMINERS
        and lowered not in _LINKING
        and lowered not in _SKIP_BEFORE
        and lowered not in SPEECH_VERBS
    )


def _extend_linked(tokens: list[Token], start: int, kind: str) -> tuple[int, str]:
    """Take in "a spokesperson for" before "the ministry": up to two linked phrases."""
    for _ in range(2):
        if start - 2 < 0 or tokens[start - 1].lower not in _LINKING:
            break
        head = tokens[start - 2]
        if not head.text.isalpha() or head.quoted:
            break
        earlier = _core_backward(tokens, start - 2)
        if earlier is None or earlier[1] not in {"role", "group"}:
            break
        start, kind = earlier[0], earlier[1]
    return start, kind


def _name_part(token: Token) -> bool:
    return (token.is_capitalised and token.text not in {",", "."}) or token.text in {
        "de", "van", "von", "al", "bin", "&",
    }  # fmt: skip


def _forward(tokens: list[Token], j: int) -> Speaker | None:
    if j >= len(tokens) or tokens[j].quoted:
        return None
    first = tokens[j]
    if first.lower in PRONOUNS:
        return _speaker(tokens, j, j, "pronoun")
    if first.text.islower() and first.lower not in _DETERMINERS:
        # "said engineer Piet Smit", "said party spokesman Tom Hale"
        for k in range(j + 1, min(j + 3, len(tokens))):
            if tokens[k].is_capitalised and not tokens[k].quoted:
                return _forward(tokens, k)
            if not tokens[k].text.isalpha():
                break
    end = j
    while end + 1 < len(tokens) and _continues_forward(tokens, end + 1):
        end += 1
    if first.is_capitalised and first.lower not in _DETERMINERS:
        k = j
        while k + 1 <= end and _name_part(tokens[k + 1]):
            k += 1
        return _speaker(tokens, j, k, "name")
    if first.lower in _DETERMINERS - {"that", "this", "these", "those"} or (
        first.lower in _PLURAL_SPEAKERS | _DOCUMENTS
    ):
        kind = "group" if first.lower in _PLURAL_SPEAKERS else "role"
        publisher = _publisher(tokens, j, end)
        return publisher or _speaker(tokens, j, end, kind)
    return None


def _publisher(tokens: list[Token], first: int, last: int) -> Speaker | None:
    """ "a report published on Monday by the Observatory" speaks for the Observatory."""
    words = {t.lower for t in tokens[first : last + 1]}
    if not words & _DOCUMENTS:
        return None
    k = last + 1
    while k < len(tokens) and (tokens[k].lower in _PUBLISHING or _TIME_WORDS.match(tokens[k].text)):
        k += 1
    for index in range(first, min(k + 1, len(tokens))):
        if tokens[index].lower in {"by", "from"} and index + 1 < len(tokens):
            publisher = _forward(tokens, index + 1)
            if publisher is not None:
                return Speaker(publisher.text, publisher.start, publisher.end, "publisher")
            return None
    return None


def _continues_forward(tokens: list[Token], k: int) -> bool:
    token = tokens[k]
    if token.quoted or not re.match(r"\w[\w’'.&-]*$", token.text) or token.lower in _FORWARD_STOP:
        return False
    if token.lower in _AUXILIARIES:
        return False  # "according to its members had sold": a clause starts
    if token.lower in {"on", "last", "this", "in"} and k + 1 < len(tokens):
        following = tokens[k + 1].text
        if _TIME_WORDS.match(following) and tokens[0].lower in _DOCUMENTS:
            return True
        if _TIME_WORDS.match(following) or (
            following in {"a", "an", "the"} and token.lower == "in"
        ):
            return False
    return k - tokens.index(token) < 12


def _speaker(tokens: list[Token], first: int, last: int, kind: str) -> Speaker:
    start, end = tokens[first].start, tokens[last].end
    text = " ".join(t.text for t in tokens[first : last + 1])
    text = re.sub(r"\s+([’'.,-])", r"\1", text)
    return Speaker(text, start, end, kind)
