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

from dataclasses import replace
from functools import lru_cache

from claims.extract.appositions import apposed_aside, disputed_aside, relative_aside
from claims.extract.can_speak import COLLECTIVES, SOURCE_NOUNS, can_speak
from claims.extract.cited import name_beside, quoted_as_saying, source_of_data, unowned_document
from claims.extract.claim_nouns import owned_claim
from claims.extract.clause_subjects import rebuttal_subject, represented, sentence_subject
from claims.extract.colon_sources import document_before_colon
from claims.extract.consensus import consensus_scopes
from claims.extract.deeds import a_deed
from claims.extract.lexicon import (
    DOCUMENTS,
    words,
)
from claims.extract.long_names import in_full
from claims.extract.noun_phrases import backward
from claims.extract.offices import role_head
from claims.extract.offices_before import before_title
from claims.extract.own_figures import money_reported, revising_verb_at
from claims.extract.passives import PASSIVE_VERBS, passive_by, passive_scoped, told_inside
from claims.extract.phrase_shapes import (
    describes_inside_a_noun_phrase,
)
from claims.extract.phrases_after import forward, inverted_speaker, told_the_pollster
from claims.extract.publications import (
    owned_document_subject,
    owned_tally,
    publisher_of_finding,
    survey_owner,
    surveyor,
    warnings_issued,
)
from claims.extract.resolution import resolve
from claims.extract.scopes import (
    Attribution,
    Scoped,
    aside_scope,
    attribution_at,
    clause_follows,
    quoted_name_aside,
    scope_all,
    strip_what,
)
from claims.extract.speaking_subjects import can_plan, with_speaker
from claims.extract.speech import (
    PARTICIPLES,
    PLANS,
    RULE_OUT,
    TARGETS,
    VERB_WORDS,
    is_speech_verb,
)
from claims.extract.subjects import (
    before_relative,
    described_body,
    document_filed,
    head_of_relative,
    hired_by,
    own_results,
    own_view,
    person_described,
    person_of_body,
    subject_of_participle,
)
from claims.extract.tokens import (
    Speaker,
    Token,
    token_before,
    token_index,
    tokenize,
)
from claims.extract.units import SENTENCE_CACHE

__all__ = [
    "Attribution",
    "Scoped",
    "attribution_at",
    "find_scoped",
    "resolve",
    "sentence_speakers",
    "tokenize",
]

_SAID = words(
    """said says say told added warned warn insisted insist predicted estimated claimed claim
    promised pledged argue argued noted confirmed revealed admitted stressed"""
)


@lru_cache(maxsize=SENTENCE_CACHE)  # repeated wire copy and boilerplate: read once
def sentence_speakers(sentence: str, quoted: bytes) -> tuple[Scoped, ...]:
    """`find_scoped` over a sentence and its quotation mask (one byte a character)."""
    found = find_scoped(tokenize(sentence, quoted))
    for k, scoped in enumerate(found):
        speaker = represented(sentence, in_full(sentence, scoped.speaker))
        if speaker != scoped.speaker:  # most stay as found: no dataclasses.replace for them
            found[k] = replace(scoped, speaker=speaker)
    return tuple(found)


def find_scoped(tokens: list[Token]) -> list[Scoped]:
    """Every speaker of a sentence with what they speak for, outermost first, after the asides
    (`ASIDE`: "in what analysts describe as", `consensus_scopes`); how far: `scopes.py`."""
    found: list[tuple[int, int, Speaker]] = []
    asides: list[Scoped] = []
    view = own_view(tokens)
    if view is not None:
        found.append((0, view[0], view[1]))
    verbs = VERB_WORDS
    for index, token in enumerate(tokens):
        if token.lower in PASSIVE_VERBS and (by := passive_by(tokens, index)) is not None:
            # "was confirmed by the ministry"
            speaker = forward(tokens, by + 1)
            if speaker is None or any(speaker.start == s.start for _, _, s in found):
                continue
            placed = passive_scoped(tokens, index, speaker)
            if isinstance(placed, Scoped):  # "the 312 quoted in Parliament by X": an aside
                asides.append(placed)
            elif placed is not None:
                if told_inside(tokens, index, found):  # "X said Y had been told by Z
                    placed = (2, placed[1], placed[2])  # that": Z's, via X
                found.append(placed)
            continue
        if (disputed := disputed_aside(tokens, index)) is not None:
            asides.append(disputed)  # ", a figure that officials disputed."
            continue
        published = publisher_of_finding(tokens, index) if not found else None
        if published is not None:  # "Kingsmere published accounts showing a loss of"
            found.append((2, published[0], published[1]))
            continue
        if token.lower not in verbs or token.quoted or not is_speech_verb(tokens, index):
            continue
        previous = tokens[index - 1].lower if index > 0 else ""
        if previous in {"and", "but", "or"}:  # "said ... but warned that": the same speaker
            if not found and index >= 3 and token.lower in _SAID:  # "Halvern ... but said"
                subject = sentence_subject(tokens, single=True)
                if subject is not None:
                    found.append((2, index, subject))
            continue
        if token.lower in {"according", "per"}:  # "according to X", ", per X"
            speaker = forward(tokens, index + (2 if token.lower == "according" else 1))
            speaker, order = (name_beside(tokens, speaker) or speaker) if speaker else None, 0
        elif token.lower in {"citing", "quoting"}:  # "The daily, citing two officials,
            speaker, order = forward(tokens, index + 1), 3  # reported": them, via the daily
            speaker = source_of_data(tokens, speaker) or speaker  # "citing data from X"
            if unowned_document(speaker):
                continue  # "X said, citing preliminary data, that": X's
            named = name_beside(tokens, speaker) if speaker else None  # "quoting the acting
            speaker = named or speaker  # governor, Alexei Smirnov, that": the governor named
        elif token.lower == "saying" and (said_with := with_speaker(tokens, index)) is not None:
            speaker, order = said_with, 2  # "..., with Pretorius saying 240 calves were born"
        elif token.lower == "saying" and previous == "as":  # "quoted the governor as saying"
            speaker, order = quoted_as_saying(tokens, index), 2
        elif token.lower in PARTICIPLES:  # "The company blamed the weather, saying ..."
            acted = len(tokens) > 1 and tokens[1].lower.endswith("ed")  # "Callander disputed it,
            speaker = sentence_subject(tokens, single=acted) if not found else None  # saying"
            speaker = speaker or (rebuttal_subject(tokens, found[-1][1], index) if found else None)
            order = 2
        elif (verb_at := revising_verb_at(tokens, index)) is not None:  # "Brightwell cut its
            # forecast to 2.1%"
            clause = _clause_start(tokens, verb_at)  # "Sales slowed, and Veltrane cut its
            apposed = tokens[verb_at - 1].text == "," if verb_at else False  # "Mexico's central
            named = _appositive_subject_before(tokens, verb_at) if apposed else None  # bank,
            speaker = named or (
                sentence_subject(tokens[clause:verb_at], single=True) if not found else None
            )
            order = 2  # forecast": Veltrane, not "Sales"
        elif token.lower in RULE_OUT and previous in {"not", "never"}:  # "would not rule out"
            speaker, order = _speaker_of_verb(tokens, index - 1)  # a position, not a denial
        elif (pollster := told_the_pollster(tokens, index)) is not None:
            speaker, order = pollster, 0  # "18% of respondents told CEP": the poll's, as
            # "according to CEP" would be
        elif (surveyed := survey_owner(tokens, index)) is not None:
            found.append((0, surveyed[0], surveyed[1]))  # "in the union's survey, 62% of
            continue  # members said": the union's, from "in" on
        else:
            speaker, order = _speaker_of_verb(tokens, index)
        if speaker is None or any(speaker.start == s.start for _, _, s in found):
            continue
        if found and token.lower in _DEMANDS and found[-1][1] < index:
            continue  # "X told me the group had demanded $2 million": X's account of a demand
        told_of = found and found[-1][1] < index and tokens[found[-1][1]].lower in _TESTIFYING
        if told_of and money_reported(tokens, index):  # "An agent testified that Corrigan
            continue  # had reported income of $71,000": the agent's account
        if speaker.text.lower().replace("’", "'") == "i'm":
            continue  # "Among them, I'm told, are ...": the reporter was told, by nobody named
        if not can_speak(speaker, token, tokens[index - 1] if index > 0 else None):
            continue
        if a_deed(speaker, token, tokens[index + 1 : index + 9]):
            continue  # "Referee Anthony Taylor showed nine yellow cards": a deed
        if token.lower in _ASSURING and not _assured_someone(tokens, index):
            continue  # "The win assured the club of a place", "Rest assured": no speech
        if token.lower in PLANS and not can_plan(speaker):
            continue  # "The law intends to raise 4% more": no one's plan
        teams = SOURCE_NOUNS | COLLECTIVES  # "Her team has costed the plan at £180m"
        if token.lower in _VALUING and not (
            can_plan(speaker) or role_head(speaker.text)[0] in teams
        ):
            continue  # not "The deal valued the company at $3.4bn"
        if found and speaker.kind == "pronoun" and _reports_itself(tokens, speaker, found[-1]):
            continue  # "SkyBridge says it expects to cancel 290 flights": still SkyBridge
        first_word = speaker.text.split()[0].lower()
        before = token_before(tokens, speaker.start)
        lone = speaker.kind == "pronoun" and " " not in speaker.text  # "quoted her as saying"
        owned = first_word in {"its", "his", "her", "their", "our"} and not lone
        owned = owned and role_head(speaker.text)[0] not in DOCUMENTS  # "X said her own
        if found and owned and not _opens_own_clause(tokens, before):  # department's study
            continue  # found": the study's; "the union said about 4,000 of its members had
            # reported": content
        what = strip_what(speaker)  # "in what analysts described as", read as one phrase
        if _what_they_say_is(tokens, index, before, what):  # "what the airline says was
            found.append((2, index, what or speaker))  # its busiest year": the airline's
            continue
        if (before is not None and before.lower == "what") or what:  # "in what they call"
            aside = aside_scope(tokens, index, what or speaker)  # theirs is the name alone
            asides += [aside] if aside is not None else []
            continue
        beside = apposed_aside(tokens, index, speaker) if before is not None else None
        if beside is None and (found or first_word not in {"its", "their"}):  # not "The
            beside = relative_aside(tokens, index, speaker)  # council approved a bridge,
            # which its engineers say ...": the council's; "..., which investigators believe
            # ...": theirs alone
        if beside is not None:  # "..., a figure the union says is inflated": the union's
            asides.append(beside)  # words about the figure, not the sentence
            continue
        if describes_inside_a_noun_phrase(tokens, index, speaker):  # "a payment the minister
            asides += quoted_name_aside(tokens, index, speaker)  # described as "a start"": the
            continue  # quoted name theirs; "a move critics called reckless": no claim
        found.append((order, index, speaker))
    if not found:
        found += document_before_colon(tokens) or own_results(tokens)
    if not found and (asked := surveyor(tokens)) is not None:  # "The charity surveyed 900"
        found.append((2, asked[0], asked[1]))
    if (claim := owned_claim(tokens)) is not None:
        found.append((2, claim[0], claim[1]))  # "accepted Norland's estimate that ..."
    tally = warnings_issued(tokens) if found else owned_tally(tokens) or warnings_issued(tokens)
    tally = tally or (owned_document_subject(tokens) if not found else None)
    if tally is not None:  # "the Home Office count for 2025 stood at 27,940"
        found.append((2, tally[0], tally[1]))
    if any(order == 0 for order, _, _ in found):  # "The group has demanded $2 million,
        found = [f for f in found if tokens[f[1]].lower not in _DEMANDS]  # according to X"
    if any(tokens[i].lower not in _WISHES for _, i, _ in found):  # a plan told by another
        found = [f for f in found if tokens[f[1]].lower not in _WISHES]
    told = [index for _, index, _ in found if tokens[index].lower in _TELLING]
    found = [  # "The Ethiopian unit posted a loss of Sh26.8 billion, Daniel Otieno said": his;
        f  # not "The government has announced 25 billion rupees ..., and the ministry said"
        for f in found
        if tokens[f[1]].lower not in _DEEDS
        or not any(i > f[1] and _clause_start(tokens, i) <= f[1] for i in told)
    ]
    found.sort(key=lambda item: (item[0], item[1]))
    # Asides first, so that a speaker of the sentence whose scope holds one stays the
    # sentence's claimant; a statement of their own comes of them (`_statement_beside`).
    return asides + consensus_scopes(tokens) + (scope_all(tokens, found) if found else [])


# A plan or a want told by another is the teller's: "The company plans to hire 2,000, he
# added", "Junior doctors want 35%, the BMA said"
_WISHES = PLANS | TARGETS
_VALUING = words("costed valued priced")  # a person or body's valuation, not "The deal valued"
_ASSURING = words("assured assures")


def _assured_someone(tokens: list[Token], index: int) -> bool:
    """ "assured MPs that ...", "had assured him in a meeting in 2020 that ...": a listener,
    then "that" before any comma."""
    for token in tokens[index + 2 : index + 13]:
        if token.lower == "that" or token.text in {",", ";", "."}:
            return token.lower == "that"
    return False


def _what_they_say_is(
    tokens: list[Token], index: int, before: Token | None, what: Speaker | None
) -> bool:
    """ "the end of what the airline says has been its busiest summer", "after what analysts
    said was the weakest quarter": a "what" clause whose verb of saying runs straight into
    the verb of the claim states the speaker's own claim, not a name for a thing."""
    if tokens[index].lower not in _SAY_WHAT or index + 1 >= len(tokens):
        return False
    opened = (before is not None and before.lower == "what") or what is not None
    return opened and tokens[index + 1].lower in _COPULAS


_SAY_WHAT = words("says said say")
_COPULAS = words("is was are were has have had will would")
_DEEDS = words("posted posts announced announces unveiled unveils")
_TELLING = words("said says told tells according added adds")
_TESTIFYING = _TELLING | words("testified testifies argued argues claimed claims alleged alleges")


def _appositive_subject_before(tokens: list[Token], verb_at: int) -> Speaker | None:
    """ "Mexico's central bank, Banxico, cut its rate": the name set beside the subject."""
    found = backward(tokens, verb_at - 1)
    return found if found is not None and found.kind == "name" else None


def _clause_start(tokens: list[Token], end: int) -> int:
    """Where the clause holding token ``end`` starts: after the last ", and", ", but" or
    semicolon before it, else at the start of the sentence."""
    for k in range(end - 1, 0, -1):
        joined = tokens[k].lower in {"and", "but"} and tokens[k - 1].text == ","
        subordinate = tokens[k].lower in _SUBORDINATORS and tokens[k + 1].lower in {"the", "a"}
        if joined or subordinate or tokens[k].text == ";":
            return k + 1  # "Profit rose 12% as the central bank raised rates": the bank's
    return 0


_SUBORDINATORS = words("as after while because when although though")


def _reports_itself(tokens: list[Token], pronoun: Speaker, outer: tuple[int, int, Speaker]) -> bool:
    """An "it" or "they" right after a speaker's own verb ("X says it expects", "X said that
    they would") is that speaker again, not a new source; so is a later "it" when the
    statement opened with "it" ("X says it will ..., which it expects to open")."""
    if pronoun.text.lower() not in {"it", "they"}:
        return False
    at = token_index(tokens, pronoun.start)
    verb = outer[1]
    between = [t.lower for t in tokens[verb + 1 : at]]
    if tokens[verb].lower in {"told", "tells"} and between[:1] in _TOLD_WHOM:
        between = between[1:]  # "Seismologists told me they put the chance at"
    opened = between[: 2 if between[:1] == ["that"] else 1] in (["it"], ["that", "it"])
    again = pronoun.text.lower() == "it" and opened  # "X says it will ..., which it expects"
    close = between in ([], ["that"]) or again
    return close and outer[2].kind in {"name", "role", "names", "publisher"}


_TOLD_WHOM = (["me"], ["us"], ["reporters"], ["journalists"], ["him"], ["her"], ["them"])


def _opens_own_clause(tokens: list[Token], before: Token | None) -> bool:
    """ "..., and its governor said": a source of its own, not the content of the last."""
    if before is None or before.lower not in {"and", "but"}:
        return False
    at = token_index(tokens, before.start)
    return at > 0 and tokens[at - 1].text == ","


_DEMANDS = words("demanded demands urged urges asked asks pleaded promised pledged vowed")


def _speaker_of_verb(tokens: list[Token], index: int) -> tuple[Speaker | None, int]:
    previous = tokens[index - 1] if index > 0 else None
    after_quote = previous is not None and (previous.quoted or previous.text in {"”", '"'})
    after_comma = previous is not None and previous.text in {",", "—", "–"}
    if after_quote:
        speaker = forward(tokens, index + 1)
        if speaker is not None:
            return speaker, 1
    if index >= 3 and tokens[index - 1].lower in {"who", "which"} and tokens[index - 2].text == ",":
        found = backward(tokens, index - 3)  # "joined by Anna Ruiz, who said ..."
        if tokens[index - 1].lower == "who":
            return person_described(tokens, index - 2) or person_of_body(tokens, found), 2
        return described_body(tokens, index - 2, found) or found, 2  # "Halden Analytics, a
        # consultancy, which said": Halden
    speaker = backward(tokens, index - 1)
    if speaker is not None and speaker.kind in {"role", "group", "name"}:
        found = speaker
        speaker = (
            document_filed(tokens, found)  # not "Companies House" for "Accounts ... filed at"
            or subject_of_participle(tokens, found)
            or hired_by(tokens, found)  # "Engineers hired by the state said": the engineers
            or head_of_relative(tokens, found)
            or found
        )
    if speaker is None and not after_comma:
        speaker = before_relative(tokens, index)
    if speaker is None and after_comma:
        return inverted_speaker(tokens, index), 1
    if speaker is None:
        return None, 2
    before = token_before(tokens, speaker.start)
    if speaker.kind == "name":
        before = before_title(tokens, speaker, before)
    trailing = before is not None and (before.text == "," or before.quoted)
    tail = [t for t in tokens[index + 1 :] if t.text[:1].isalnum()]
    closing = len(tail) <= 4  # ", the ministry said on Monday." ends the sentence
    if tokens[index].lower in {"told", "tells"} and not any(t.text[:1].isdigit() for t in tail):
        closing = closing or len(tail) <= 8  # "..., X told a rally outside the main gate."
    return speaker, 1 if trailing and closing and not clause_follows(tokens, index) else 2
