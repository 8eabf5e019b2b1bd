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

from claims.extract.discourse import Discourse, gender_of_role, is_nationality, role_head
from claims.extract.lexicon import (
    ORG_NOUNS,
    ORG_WORDS,
    PRONOUNS,
    ROLE_WORDS,
    SPEECH_VERBS,
    words,
)
from claims.extract.noun_phrases import (
    DETERMINERS,
    DOCUMENTS,
    NON_HEADS,
    PLURAL_SPEAKERS,
    Speaker,
    Token,
    backward,
    forward,
    token_before,
)

_TOKEN = re.compile(
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\w|,\d)|(?:[A-Z]\.){2,}|(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|St|Jr|Sr|Inc|Corp|Ltd|Co)\."
    r"|[A-Z]\.(?=\s)|[A-Za-z]+s['’](?=\s)|[\w$€£][\w'’&.-]*\w|\w|[^\w\s]"
)
_LOOSE_EXTRA = words(
    """put puts found finds showed shows telling claiming insisting warning arguing
    called calls described describes according say describe estimate warn argue claim
    insist predict believe report deny suggest tell note allege admit acknowledge confirm
    accused accuse"""
)
# "The agency quoted the governor as saying ...": the agency speaks, the governor inside.
_QUOTING = words("quoted quotes cited cites")
# ", saying that ...": the sentence's subject speaks.
_PARTICIPLES = words("saying adding arguing claiming warning insisting noting stressing")
_VERB_WORDS = SPEECH_VERBS | _LOOSE_EXTRA | _QUOTING | _PARTICIPLES | {"point", "points", "pointed"}
# Present-tense plurals double as nouns: "the claim", "a report" are not speech.
_NOUN_LIKE = frozenset(["claim", "report", "estimate", "note", "tell", "say"])
# These need "that", a colon, a quote or the end after them: "the economy added 200 jobs",
# "the county agreed a deal".
_STRICT = words(
    """added adds posted maintained maintains repeated repeats believes thinks states
    agreed agrees"""
)
# A commitment to act is an act, not speech: "had agreed to pay", "promised to fund".
_COMMITMENTS = words("agreed agrees promised promises pledged pledges vowed vows")
# Verbs that report what evidence shows; only a source can be their subject: "the figures
# show", "a study found", but not "the vote showed the town wanted a bridge".
_EVIDENCE = words(
    """put puts found finds showed shows suggested suggests indicated indicates revealed
    reveals"""
)
# Base forms need a plural subject or an auxiliary: "analysts say", "will say"; after
# "the latest" or "the full" they are nouns ("the full report").
_BASE_FORMS = words(
    """say tell claim report estimate note describe warn argue insist predict believe deny
    suggest allege admit acknowledge confirm accuse"""
)
# Singular nouns that can still find or show: "the coroner found", "the inquiry found".
_SOURCE_NOUNS = words(
    """team panel jury inquiry investigation review audit committee government court
    coroner inspector auditor ombudsman tribunal examiner"""
)
# Collective nouns take a plural verb in British copy: "the family say", "the club say".
_COLLECTIVES = words("family couple team crew staff public jury panel band pair")
_PASSIVE = frozenset(["was", "were", "been", "is", "are", "be", "being", "to"])
_AUXILIARIES = words("will would could can may might should must do does did to not")


@dataclass(frozen=True)
class Attribution:
    speaker: str | None
    claimant: str | None
    via: tuple[str, ...]


def tokenize(sentence: str, quoted: list[bool]) -> list[Token]:
    make = tuple.__new__  # Token(...) runs a Python-level __new__; this is the hot loop
    tokens = []
    for match in _TOKEN.finditer(sentence):
        start, end = match.span()
        word = sentence[start:end]
        tokens.append(make(Token, (word, start, end, quoted[start], word.lower())))
    return tokens


@dataclass(frozen=True)
class Scoped:
    """A speaker of a sentence and the stretch of it (character offsets) they speak for."""

    speaker: Speaker
    order: int  # 0 "according to", 1 tacked on after a quote or a comma, 2 a subject
    verb: int  # token index of the reporting verb
    start: int
    end: int


def find_speakers(tokens: list[Token]) -> list[Speaker]:
    """The attribution chain of one sentence, outermost speaker first."""
    return [scoped.speaker for scoped in find_scoped(tokens)]


def find_scoped(tokens: list[Token]) -> list[Scoped]:
    """Every speaker of a sentence with what they speak for, outermost first.

    A speaker opening a clause ("X said that ...", "according to X, ...") speaks for what
    follows the verb up to the next clause of its own ("- but", ", while", ";"); one tacked
    on after the words ("..., X said", "..., according to X") for what precedes it, back
    to a semicolon. What lies outside every scope ("Brandt, who visited the ward on
    Thursday, said ...") is the outlet's own voice.
    """
    found: list[tuple[int, int, Speaker]] = []
    verbs = _VERB_WORDS
    for index, token in enumerate(tokens):
        if token.lower not in verbs or token.quoted or not _is_speech_verb(tokens, index):
            continue
        previous = tokens[index - 1].lower if index > 0 else ""
        if previous in {"and", "but", "or"}:
            continue  # "said ... but warned that": the same speaker goes on
        if token.lower == "according":
            speaker = forward(tokens, index + 2)
            order = 0
        elif token.lower == "saying" and previous == "as":  # "quoted the governor as saying"
            speaker, order = _quoted_as_saying(tokens, index), 2
        elif token.lower in _PARTICIPLES:  # "The company blamed the weather, saying ..."
            speaker, order = (_subject(tokens) if not found else None), 2
        else:
            speaker, order = _speaker_of_verb(tokens, index)
        if speaker is None or any(speaker.start == s.start for _, _, s in found):
            continue
        if not _can_speak(speaker, token, tokens[index - 1] if index > 0 else None):
            continue
        first_word = speaker.text.split()[0].lower()
        before = token_before(tokens, speaker.start)
        if found and first_word in {"its", "his", "her", "their", "our"}:
            continue  # "the union said about 4,000 of its members had reported": content
        if before is not None and before.lower == "what":
            continue  # "in what analysts describe as", "what it called": an aside
        found.append((order, index, speaker))
    found.sort(key=lambda item: (item[0], item[1]))
    if not found:
        return []
    hard, soft = _clause_breaks(tokens)
    return [_scope(tokens, order, index, speaker, hard, soft) for order, index, speaker in found]


def _clause_breaks(tokens: list[Token]) -> tuple[list[int], list[int]]:
    """Where a sentence's clauses meet: semicolons (hard) and, besides them, a contrast
    opened after a comma or a dash (", but", "- but", ", while", ", whereas")."""
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
        ):
            soft.append(tokens[k - 1].start)
    return hard, soft


_BY = frozenset(["by", "from", "for"])
_CONTRASTS = frozenset(["but", "while", "whereas", "although", "though"])


def _scope(
    tokens: list[Token], order: int, index: int, speaker: Speaker, hard: list[int], soft: list[int]
) -> Scoped:
    verb = tokens[index]
    before = token_before(tokens, speaker.start)
    if order == 0:
        leads = _opens_clause(tokens, index)
    else:  # "..., X said (on Monday, as ...)" and "“...,” X said" speak for what precedes
        before = _before_title(tokens, speaker, before)
        tacked_on = before is not None and (before.text == "," or before.quoted)
        leads = order == 2 and not (tacked_on and not _clause_follows(tokens, index))
    if leads and before is not None and before.text == "," and _participle(tokens[0]):
        leads = False  # "Asked whether 500 homes would be built, the mayor said ..."
    if leads:
        start = _antecedent_start(tokens, speaker, before) if before else verb.start
        start = min(start, verb.start, _document_start(tokens, speaker))
    else:
        start = max((b for b in hard if b < min(verb.start, speaker.start)), default=0)
    after_source = max(verb.end, speaker.end)
    ends = [b for b in soft if b >= after_source]
    if not leads and ends and ends[0] not in hard:
        gap = [t for t in tokens if after_source <= t.end <= ends[0] and t.text[:1].isalnum()]
        if len(gap) <= 3:  # "..., the report said, while ...": the report's words go on
            ends = ends[1:]
    return Scoped(speaker, order, index, start, ends[0] if ends else tokens[-1].end)


def _document_start(tokens: list[Token], speaker: Speaker) -> int:
    """Where "a poll of 2,000 parents by Safeguard" starts, for its publisher Safeguard:
    the document's own description is the publisher's too."""
    k = next((i for i, t in enumerate(tokens) if t.start == speaker.start), 0)
    if speaker.kind not in {"publisher", "name"} or k == 0 or tokens[k - 1].lower not in _BY:
        return tokens[-1].end
    for m in range(k - 1, max(-1, k - 14), -1):
        if tokens[m].quoted or tokens[m].text in {";", ","}:
            break
        if tokens[m].lower in DOCUMENTS:
            opening = m - 1 if m > 0 and tokens[m - 1].lower in DETERMINERS else m
            return tokens[opening].start
    return speaker.start


def _before_title(tokens: list[Token], speaker: Speaker, before: Token | None) -> Token | None:
    """The token before a name and the office written in front of it: the comma in
    "..., chief executive Marta Quintela told reporters"."""
    k = next((i for i, t in enumerate(tokens) if t.start == speaker.start), 0)
    for m in range(k - 1, max(-1, k - 5), -1):
        if tokens[m].lower not in ROLE_WORDS and not is_nationality(tokens[m].text):
            return tokens[m]
    return before


def _antecedent_start(tokens: list[Token], speaker: Speaker, before: Token) -> int:
    """For a speaker in a relative clause ("the 95 percent level that the agency says is
    needed"), where the noun phrase the clause hangs on starts; else the end of the text."""
    if before.lower not in {"that", "which"}:
        return tokens[-1].end
    k = next(i for i, t in enumerate(tokens) if t.start == before.start)
    if k == 0 or not tokens[k - 1].text.isalpha() or tokens[k - 1].lower in SPEECH_VERBS:
        return tokens[-1].end  # "said that the agency says": a clause, not a relative
    for m in range(k - 1, max(-1, k - 7), -1):
        if tokens[m].quoted or tokens[m].text in {",", ";"}:
            break
        if tokens[m].lower in {"the", "a", "an"}:
            return tokens[m].start
    return tokens[-1].end


def _participle(token: Token) -> bool:
    """ "Asked", "Speaking", "Pressed": a sentence opening on what the speaker was doing."""
    return token.is_capitalised and (
        token.lower in {"asked", "pressed", "questioned", "challenged", "interviewed"}
        or (token.lower.endswith("ing") and len(token.lower) > 5)
    )


def _opens_clause(tokens: list[Token], index: int) -> bool:
    """ "According to X, ..." at the start of the sentence or of a clause of its own."""
    if index == 0:
        return True
    previous = tokens[index - 1]
    return previous.lower in _CONTRASTS or previous.text in {";", "—", "-", "–"}


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
    inner = chain[-1].speaker
    via = tuple(s.speaker.text for s in reversed(chain[:-1]))
    return Attribution(inner.text, claimants.get(inner.start), via)


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
        owner = _possessor(words[:head_at])
        if owner is not None:  # "a consultants' draft", "the council's papers": its authors
            return discourse.resolve_organisation(owner) or owner
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
    if speaker.kind == "names":
        return " and ".join(discourse.resolve_name(n) for n in speaker.text.split(" and "))
    if speaker.kind == "role" and lowered.split()[0] not in {"a", "an"}:
        resolved = discourse.resolve_role(speaker.text) or discourse.resolve_organisation(
            speaker.text, index, sentence[: speaker.start]
        )
        if resolved is None and role_head(speaker.text)[0] in ORG_NOUNS:
            discourse.last_body_speaker = speaker.text  # "It said" refers back to it
        elif resolved is None:
            _note_person_role(speaker, discourse)
        return resolved or speaker.text
    if speaker.kind == "role":
        _note_person_role(speaker, discourse)
    return speaker.text


def _note_person_role(speaker: Speaker, discourse: Discourse) -> None:
    """An unnamed person who spoke ("a spokeswoman for the airline"): a later "she" may be
    them."""
    head = role_head(speaker.text)[0]
    if head in ROLE_WORDS or head.startswith("spokes"):
        discourse.role_speakers[speaker.text] = gender_of_role(speaker.text)


def _possessor(words: list[str]) -> str | None:
    """The owner in "a consultants' draft" ("consultants") or "the council's" ("the
    council"), without the possessive mark; None when there is none."""
    for index, word in enumerate(words):
        if re.search(r"[’']s?$", word) and len(word) > 2:
            owner = re.sub(r"[’']s?$", "", word)
            before = words[index - 1].lower() if index > 0 else ""
            if word.endswith(("'s", "’s")) and before == "the":
                return f"{before} {owner}"
            return owner
    return None


def _can_speak(speaker: Speaker, verb: Token, previous: Token | None) -> bool:
    """Whether a phrase found before or after a verb can be its speaker at all.

    Not a determiner with only modifiers ("the full report": "report" is a noun), not a
    singular phrase before a bare base form ("the latest estimate"), and for verbs of
    evidence only a source ("the figures show", "a study found"; not "the decision
    showed").
    """
    if speaker.kind not in {"role", "group"}:
        return True
    words = [w.lower() for w in speaker.text.split()]
    content = [w for w in words if w not in DETERMINERS]
    if not content or all(w in NON_HEADS for w in content):
        return False
    head, _ = role_head(speaker.text)
    if verb.lower in _BASE_FORMS and speaker.end <= verb.start:
        auxiliary = previous is not None and previous.lower in _AUXILIARIES
        plural = head.endswith("s") or head in PLURAL_SPEAKERS | ORG_NOUNS | ORG_WORDS
        plural = plural or head in _COLLECTIVES
        if not auxiliary and not plural:
            return False
    if verb.lower in _EVIDENCE and speaker.kind == "role":
        sources = DOCUMENTS | ORG_NOUNS | ORG_WORDS | ROLE_WORDS | PLURAL_SPEAKERS
        return (
            head in sources | _SOURCE_NOUNS
            or head.endswith("s")
            or _proper(speaker.text.split()[-1])
        )
    return True


def _proper(word: str) -> bool:
    """A capitalised word that is part of a name, not an office or a nationality."""
    return word[:1].isupper() and word.lower() not in ROLE_WORDS and not is_nationality(word)


def _is_speech_verb(tokens: list[Token], index: int) -> bool:
    word = tokens[index].lower
    if word == "according":
        return index + 1 < len(tokens) and tokens[index + 1].lower == "to"
    if word in _PARTICIPLES:
        previous_text = tokens[index - 1].text if index > 0 else ""
        return previous_text == "," or (word == "saying" and previous_text == "as")
    if word in {"point", "points", "pointed"}:  # "critics point out that"
        return index + 1 < len(tokens) and tokens[index + 1].lower == "out"
    if word not in SPEECH_VERBS and word not in _LOOSE_EXTRA and word not in _QUOTING:
        return word in {"point", "points", "pointed"} and _points_out(tokens, index)
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
        and not _after_comma_and_determiner(tokens, index)
    ):
        return False  # "late spending promises.": a noun closing the sentence
    if word in _COMMITMENTS and index + 1 < len(tokens) and tokens[index + 1].lower == "to":
        return False
    if (
        index + 1 < len(tokens)
        and tokens[index + 1].lower == "by"
        and previous is not None
        and previous.text.isalpha()
        and previous.lower != "as"
    ):
        return False  # "the jets promised by the alliance": a participle, not speech
    if word in {"put", "puts"} and not _puts_a_figure(tokens, index) and not _put_it(tokens, index):
        return False  # "officials put the toll at 63", not "had put the plan on hold"
    if word in _STRICT:
        following = tokens[index + 1].text if index + 1 < len(tokens) else "."
        return following in {"that", ":", ",", "“", '"', ".", "”"} or tokens[index + 1].quoted
    return True


def _quoted_as_saying(tokens: list[Token], index: int) -> Speaker | None:
    """The person in "quoted the governor as saying": the phrase between the two verbs."""
    for k in range(index - 2, max(-1, index - 12), -1):
        if tokens[k].lower in _QUOTING and not tokens[k].quoted:
            speaker = forward(tokens, k + 1)
            if speaker is not None and speaker.end <= tokens[index - 1].start:
                return speaker
            return None
    return None


def _put_it(tokens: list[Token], index: int) -> bool:
    """ "As the ministry put it, ...": an attribution."""
    return index + 1 < len(tokens) and tokens[index + 1].lower == "it" and tokens[0].lower == "as"


def _points_out(tokens: list[Token], index: int) -> bool:
    return index + 1 < len(tokens) and tokens[index + 1].lower == "out"


def _subject(tokens: list[Token]) -> Speaker | None:
    """The phrase a sentence opens with, when it can speak: "The company", "Ruiz", "She"."""
    if not tokens or tokens[0].quoted:
        return None
    first = tokens[0]
    if first.lower in PRONOUNS:
        return Speaker(first.text, first.start, first.end, "pronoun")
    last = 0
    if first.lower in {"the", "a", "an"}:
        while last + 1 < len(tokens) and last < 5 and _subject_word(tokens[last + 1]):
            last += 1
        kind = "role"
    elif first.is_capitalised:
        while last + 1 < len(tokens) and tokens[last + 1].is_capitalised:
            last += 1
        kind = "name"
    else:
        return None
    if last == 0 and first.lower.endswith("s") and len(first.lower) > 3:
        return Speaker(first.text, first.start, first.end, "group")  # "Residents blamed ..."
    if last == 0:
        return None
    text = " ".join(t.text for t in tokens[: last + 1])
    return Speaker(text, first.start, tokens[last].end, kind)


def _subject_word(token: Token) -> bool:
    """A word of the opening noun phrase: "company", "Detroit-based"; not a verb in -ed/-s."""
    return (
        token.text[:1].isalpha()
        and not token.quoted
        and not (token.text.islower() and token.lower.endswith(("ed", "ing")))
        and token.lower not in _VERB_WORDS
        and token.lower not in {"has", "had", "have", "is", "was", "were", "will", "would"}
        and token.lower not in {"of", "for", "in", "on", "at", "to", "and", "but"}
    )


def _puts_a_figure(tokens: list[Token], index: int) -> bool:
    """ "put the toll at 63", "puts the party on 38 percent": "at"/"on" before a figure."""
    following = tokens[index + 2 : index + 14]
    for k, token in enumerate(following[:-1]):
        if token.lower in {"at", "on"}:
            figure = following[k + 1]
            if figure.text[:1].isdigit() or figure.text[:1] in "$€£" or figure.lower in _HEDGES:
                return True
    return False


_HEDGES = words("about around nearly almost some roughly more less over under up least just")


def _after_comma_and_determiner(tokens: list[Token], index: int) -> bool:
    """ "..., the council says.": a determiner phrase tacked on after a comma is a subject."""
    for k in range(index - 1, max(0, index - 5), -1):
        if not tokens[k].text.isalpha():
            return False
        if tokens[k].lower in DETERMINERS and tokens[k - 1].text == ",":
            return True
    return False


def _speaker_of_verb(tokens: list[Token], index: int) -> tuple[Speaker | None, int]:
    previous = tokens[index - 1] if index > 0 else None
    after_quote = previous is not None and (previous.quoted or previous.text in {"”", '"'})
    after_comma = previous is not None and previous.text in {",", "—", "–"}
    if after_quote:
        speaker = forward(tokens, index + 1)
        if speaker is not None:
            return speaker, 1
    if index >= 3 and tokens[index - 1].lower == "who" and tokens[index - 2].text == ",":
        return backward(tokens, index - 3), 2  # "joined by Anna Ruiz, who said ..."
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
