"""Shapes of the words around a speaker phrase's head: what stands between a speaker and
their verb (times, auxiliaries, brackets), a name after a description of who
it is ("the software company Corvane Systems", "retired headteacher Ann Holt"), a body
named before a spokesperson, a place that belongs to a count ("six mills in the
province"), a capitalised run that reads as a person's name, a ministry whose portfolios are listed
with commas."""

from __future__ import annotations

import re
from bisect import bisect_left

from claims.extract.lexicon import (
    DETERMINERS,
    FORETOLD,
    NOT_NAMES,
    OPENING_ADJECTIVES,
    ORG_NOUNS,
    ORG_WORDS,
    ROLE_WORDS,
    SPEECH_VERBS,
    words,
)
from claims.extract.speech import VERB_WORDS
from claims.extract.tokens import TIME_WORDS, Speaker, Token

# Words stepped over between a speaker and their verb: "X today announced", "X, who has
# previously said", "Calverley Pharma plc announced".
_RELEASING = frozenset(["released", "published", "issued"])
SKIP_BEFORE = words(
    """today yesterday published released conducted issued compiled was were is are has
    have had also later previously repeatedly again
    then once now still currently just
    reportedly publicly privately recently earlier would will could may might already
    subsequently initially originally separately plc ltd inc llc did does can should must"""
)
_CLOCK = re.compile(r"(?i)\d{1,2}(?:[.:]\d\d)?(?:am|pm)$")


def skip_modifiers_backward(tokens: list[Token], j: int) -> int:
    while j >= 0:
        word = tokens[j].lower
        adverb = word.endswith("ly") and tokens[j].text.islower()
        if adverb and j >= 1 and tokens[j - 1].lower in DETERMINERS:
            break  # "the family", "the assembly": a noun, not an adverb
        if word in SKIP_BEFORE or adverb:
            j -= 1
        elif (
            j >= 1
            and TIME_WORDS.match(tokens[j].text)
            and tokens[j - 1].lower in {"on", "last", "this", "in"}
        ):
            j -= 2
        elif j >= 1 and TIME_WORDS.match(tokens[j].text) and tokens[j - 1].lower in _RELEASING:
            j -= 1  # "A YouGov poll released Thursday showed"
        elif j >= 2 and tokens[j - 2].lower in _RELEASING and _day_of_month(tokens, j):
            j -= 2  # "A survey by X published June 7 had shown", "released 3 May"
        elif j >= 1 and _CLOCK.match(tokens[j].text) and tokens[j - 1].lower == "at":
            j -= 2  # "published by VTV at 8pm on Sunday put ..."
        elif j >= 2 and word == "to" and tokens[j - 1].lower in FORETOLD:
            j -= 2  # "He is expected to say that", "The minister is due to tell MPs that"
        elif (foi := _freedom_of_information_before(tokens, j)) is not None:
            j = foi  # "Figures obtained by the BBC under freedom of information laws show"
        elif j >= 3 and word == "to" and tokens[j - 1].lower in _HEARSAY and _be(tokens[j - 2]):
            j -= 2  # "X is understood to have told", "is said to have warned"
        else:
            break
    return j


def _day_of_month(tokens: list[Token], j: int) -> bool:
    """ "June 7" or "7 June" ending at ``j``: a month and a day, without a preposition."""
    first, second = tokens[j - 1], tokens[j]
    day, month = (second, first) if second.text.isdigit() else (first, second)
    return len(day.text) <= 2 and day.text.isdigit() and month.lower in _MONTHS


_HEARSAY = words("understood said believed thought reported known")  # "is understood to"


def _be(token: Token) -> bool:
    return token.lower in {"is", "was", "are", "were"}


_MONTHS = words(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec"""
)
_FOI_TAILS = frozenset(["law", "laws", "act", "rules", "request", "requests", "legislation"])
_FOI = ["freedom", "of", "information"]


def _freedom_of_information_before(tokens: list[Token], j: int) -> int | None:
    """Where "under (the) freedom of information laws", "through a Freedom of Information
    request" ending at token ``j`` starts, less one; None when none ends there."""
    if j < 4 or tokens[j].lower not in _FOI_TAILS or [t.lower for t in tokens[j - 3 : j]] != _FOI:
        return None
    k = j - 4
    if tokens[k].lower in DETERMINERS:
        k -= 1
    return k - 1 if k >= 0 and tokens[k].lower in {"under", "through", "via", "using"} else None


def skip_brackets(tokens: list[Token], j: int) -> int:
    """ "The Energy Supply Authority (ESA) said", "Ian Pryce (Lib Dem, Ashcombe East)
    said": the words before the brackets speak."""
    if j < 2 or tokens[j].text != ")" or tokens[j].quoted:
        return j
    for k in range(j - 1, max(0, j - 16), -1):
        if tokens[k].text == "(":  # quotes too: 'Penhallow Group plc ("the Group")'
            return skip_modifiers_backward(tokens, k - 1)
        if tokens[k].text in {")", ";"}:
            break
    return j


def name_after_kind(inner: list[Token]) -> int:
    """How many words end ``inner`` as a name after a noun saying what kind of body it is:
    2 for "the Leeds-based software company Corvane Systems"; 0 if none."""
    if len(inner) < 2:
        return 0
    k = len(inner)
    while k > 1 and inner[k - 1].is_capitalised:
        k -= 1
    kind = inner[k - 1]
    if k < len(inner) and kind.lower in ORG_NOUNS and kind.text.islower():
        return len(inner) - k
    described = all(t.text.islower() and (t.text.isalpha() or "-" in t.text) for t in inner[:k])
    if len(inner) - k >= 2 and k <= 4 and described:  # "retired headteacher Margaret Holloway"
        return len(inner) - k
    owned = all(
        t.text.islower() and t.text.replace("'", "").replace("’", "").isalpha() for t in inner[:k]
    )
    if len(inner) - k >= 2 and k <= 6 and owned and kind.lower in ROLE_WORDS:
        return len(inner) - k  # "the firm's former finance director Paul Reade"
    return 0


def body_before_spokesperson(tokens: list[Token], link: int, head: int) -> bool:
    """Whether the words around ``link`` name the body of a spokesperson at ``head``: "a
    Department for Education spokesperson", "a Bank of England official"."""
    return (
        (tokens[head].lower.startswith("spokes") or tokens[head].lower in _INSIDERS)
        and link >= 1
        and tokens[link - 1].is_capitalised
        and all(t.is_capitalised or t.lower in _NAME_LINKS for t in tokens[link + 1 : head])
    )  # "a Department of Health and Social Care spokesperson"


_NAME_LINKS = frozenset(["and", "&", "of", "for", ","])
_INSIDERS = frozenset(["official", "officials", "member", "members", "source", "sources"])


def inside_a_count(tokens: list[Token], k: int) -> bool:
    """Whether the phrase at ``k`` hangs on a counted plural before it: "six mills in the
    province", "2,300 workers at the plant"."""
    if k < 3 or tokens[k - 1].lower not in {"in", "at", "across", "from"}:
        return False
    noun, count = tokens[k - 2], tokens[k - 3]
    plural = noun.text.islower() and noun.lower.endswith("s") and noun.lower not in _SPANS
    return plural and (count.text[:1].isdigit() or count.lower in _COUNT_WORDS)


_SPANS = frozenset(["years", "months", "weeks", "days", "hours", "decades"])  # "20 years in"
_COUNT_WORDS = words(
    "two three four five six seven eight nine ten dozens hundreds thousands many some"
)


def person_like(tokens: list[Token]) -> bool:
    """Whether a capitalised run reads as a person's name: two to four words after the
    titles, none of them an organisation's ("Inspector Carla Menzies", not "the Bank")."""
    words = [t.text for t in tokens if t.lower.rstrip(".") not in _ROLE_OR_TITLE]
    return (
        2 <= len(words) <= 4
        and all(w[:1].isupper() and w.lower() not in NOT_NAMES for w in words)
        and not any(w.lower() in ORG_WORDS for w in words)
    )


_TITLE_WORDS = words("mr mrs ms dr prof sir dame lord lady inspector sergeant detective")
_ROLE_OR_TITLE = ROLE_WORDS | _TITLE_WORDS  # worked out once, asked for every word


def listed_portfolio(tokens: list[Token], k: int) -> int:
    """Where a ministry's name starts when its portfolios are listed with commas: "the
    Ministry of Housing, Communities and Local Government" said (at "Communities")."""
    m = k
    while (
        m - 1 >= 0
        and not tokens[m - 1].quoted
        and (
            tokens[m - 1].is_capitalised
            or tokens[m - 1].text == ","
            or tokens[m - 1].lower == "and"
        )
    ):
        m -= 1
    listed = any(t.text == "," for t in tokens[m:k])
    ministry = m >= 2 and tokens[m - 2].lower in _MINISTRIES and tokens[m].is_capitalised
    return m - 2 if listed and ministry and tokens[m - 1].lower in {"of", "for"} else k


# "the Ministry of Housing, Communities and ...", "The Secretary of State for X, Y and Z,"
_MINISTRIES = words("ministry department minister secretary state")


def office_before_link(word: str, link: str) -> bool:
    """An office written in lower case before the "of" or "for" that goes on with what it
    is held for: "the chief of staff", "the minister for housing", "the commissioner for
    children" (not "the cabinet member for", whose holder the article names)."""
    if link == "of":
        return word in ROLE_WORDS
    return link == "for" and word in _PORTFOLIO_HOLDERS


_PORTFOLIO_HOLDERS = words("minister secretary commissioner mayor councillor")


def worked_with(tokens: list[Token], k: int) -> bool:
    """Whether the body whose "the" is at ``k`` is a partner after "run with", "carried out
    with": "simulations run with the Met Office suggested" is what the simulations found."""
    return k >= 2 and tokens[k - 1].lower == "with" and tokens[k - 2].lower in _DONE_WITH


_DONE_WITH = words("run carried out conducted done developed built produced drawn written")


def told_them(tokens: list[Token], j: int) -> bool:
    """ "Hale said officers had told her that ...": a group after a reporting verb who told
    the speaker (a pronoun right after "told") speak for themselves, through the speaker;
    "Molefe said workers had reported ..." stays Molefe's account."""
    k = j + 1
    if k < len(tokens) and tokens[k].lower in {"had", "have", "has"}:
        k += 1
    return (
        k + 1 < len(tokens)
        and tokens[k].lower == "told"
        and tokens[k + 1].lower in {"him", "her", "them", "me", "us"}
    )


_DESCRIBING = words("described describes describe called calls dubbed branded labelled")
_CLAUSE_OPENERS = words("which who that and but as while whereas because")


def describes_inside_a_noun_phrase(tokens: list[Token], index: int, speaker: Speaker) -> bool:
    """What someone called a thing, inside the noun phrase for it: "a payment the minister
    described as ...", "a move critics called reckless", "The new factory, which the company
    calls Fab 2," (the verb at ``index``); "a payment the planning minister, Ana Ruiz,
    described as" too, the office before the name read as the speaker."""
    verb = tokens[index]
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    before = _before_apposed_office(tokens, speaker)
    judged = after is not None and after.lower == "as" and verb.lower in _JUDGING
    if (verb.lower not in _DESCRIBING and not judged) or before is None:
        return False
    if speaker.kind == "pronoun":
        return False
    naming = after is not None and after.is_capitalised and not after.quoted
    if ((naming and verb.lower in _NAMING) or judged) and before.lower in {"which", "that"}:
        return True  # a name given, not a claim made; "The grocer that analysts once
        # dismissed as dull has grown": their view of it, not the growth (but "a gap that
        # researchers described as the widest on record" is their claim)
    return before.text.isalpha() and before.lower not in _CLAUSE_OPENERS


def _before_apposed_office(tokens: list[Token], speaker: Speaker) -> Token | None:
    """The word before a speaker, or before the office set before its name ("payment" in
    "a payment the planning minister, Ana Ruiz, described as")."""
    k = bisect_left(tokens, speaker.start, key=_start)
    if k < 3 or tokens[k - 1].text != ",":
        return tokens[k - 1] if k >= 1 else None
    m = k - 2
    if tokens[m].lower not in ROLE_WORDS:
        return tokens[k - 1]
    while m >= 1 and k - m < 6 and tokens[m].text.isalpha() and tokens[m].text.islower():
        if tokens[m].lower in DETERMINERS:
            return tokens[m - 1]
        m -= 1
    return tokens[k - 1]


def _start(token: Token) -> int:
    return token.start


_NAMING = words("calls called dubbed")
_JUDGING = words("dismissed hailed derided praised regarded")


def named_run_start(tokens: list[Token], k: int) -> int | None:
    """Where the capitalised words before a plural at `k` start, when they open the
    sentence or a clause: "Health chiefs said", "Lennshire Fire and Rescue Service chiefs
    said" (the service's people); None for "the Lennshire chiefs"."""
    m = k
    while m - 1 >= 0 and not tokens[m - 1].quoted:
        if tokens[m - 1].is_capitalised and tokens[m - 1].text.replace(".", "").isalpha():
            m -= 1
        elif tokens[m - 1].lower in {"and", "of", "for", "&"} and m < k and m >= 2:
            m -= 1  # "Fire and Rescue Service": linked inside the name
        else:
            break
    while m < k and not tokens[m].is_capitalised:
        m += 1  # a link word does not open it
    if m == 0 and m + 1 < k and tokens[m].lower in OPENING_ADJECTIVES:
        m += 1  # "Leaked Treasury papers show": the Treasury's
    opens = m == 0 or tokens[m - 1].text in {",", "—", "–"}
    if m == k or not opens or tokens[m].lower in NOT_NAMES:
        return None
    return m


def subject_word(tokens: list[Token], k: int) -> bool:
    """A word of a sentence's opening noun phrase: "company", "Detroit-based", "returning"
    before "officer"; not a verb in -ed/-s."""
    token = tokens[k]
    if token.text.islower() and token.lower.endswith("ing") and k + 1 < len(tokens):
        after = tokens[k + 1].lower  # "The returning officer refused, saying"
        return after in _ROLE_OR_BODY and tokens[k + 1].text.islower()
    return (
        token.text[:1].isalpha()
        and not token.quoted
        and not (token.text.islower() and token.lower.endswith(("ed", "ing")))
        and token.lower not in VERB_WORDS
        and token.lower not in {"has", "had", "have", "is", "was", "were", "will", "would"}
        and token.lower not in {"of", "for", "in", "on", "at", "to", "and", "but"}
        and token.lower not in {"about", "around", "nearly", "almost", "some", "over", "just"}
        and token.lower not in _ADVERBS  # "The bank also lowered its forecast"
    )


_ADVERBS = words(
    """also now still further then already again later recently previously subsequently
    yesterday today meanwhile however too"""
)


def owner_word(token: Token) -> bool:
    """A lower-case word naming who keeps the data: "port authority", "airport operator"."""
    return (
        token.text.isalpha()
        and token.text.islower()
        and not token.quoted
        and token.lower not in _NOT_OWNER_WORDS
    )


_NOT_OWNERS = words("of for at to in from with on by into and or but nor")
_NOT_OWNER_WORDS = DETERMINERS | _NOT_OWNERS | SPEECH_VERBS
_ROLE_OR_BODY = ROLE_WORDS | ORG_NOUNS


def _places_listed(tokens: list[Token], opening: int, inner: list[Token]) -> bool:
    """ "in Kenya, Uganda and Tanzania,": the last of a list of names after a preposition."""
    return (
        tokens[opening].text == ","
        and opening >= 2
        and len(inner) == 3
        and inner[1].lower == "and"
        and inner[0].is_capitalised
        and inner[2].is_capitalised
        and tokens[opening - 1].is_capitalised
        and tokens[opening - 2].lower in {"in", "across", "from", "including", "and", ","}
    )


def listed_inside(tokens: list[Token], opening: int, comma: int) -> int:
    """The comma that really opens an appositive whose words list things: for "X, a member
    of the science, innovation and technology committee, said" not the comma after
    "science" but the one after X."""
    inner = tokens[opening + 1 : comma]
    while (
        tokens[opening].text == ","
        and inner
        and inner[0].text.isalpha()
        and inner[0].text.islower()
        and inner[0].lower not in _NOT_LIST_OPENERS
        and any(t.lower == "and" and inner[i - 1].text.islower() for i, t in enumerate(inner))
    ) or _places_listed(tokens, opening, inner):  # lower case on both sides of "and": not
        # "Severn Vale Fire and Rescue Service"; "flour mills in Kenya, Uganda and Tanzania,"
        earlier = next(
            (k for k in range(opening - 1, max(-1, opening - 25), -1) if tokens[k].text == ","),
            None,
        )
        if earlier is None or earlier == 0 or tokens[earlier].quoted:
            break
        opening, inner = earlier, tokens[earlier + 1 : opening]
    return opening


# Unions worked out once, not at every word the rules ask about
# words that do not open a list
_NOT_LIST_OPENERS = DETERMINERS | {"who", "which", "whose", "aged"}
