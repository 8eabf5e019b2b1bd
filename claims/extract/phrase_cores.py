"""The core of a speaker noun phrase read backward from a reporting verb: a pronoun, a
name with its title, a determiner phrase joined over "of/for/by", a plural group, a count
of people ("about 2,000 parents"); `noun_phrases.backward` adds what stands around it
(appositives, polls, documents)."""

from __future__ import annotations

import re

from claims.extract.kin import parent_of
from claims.extract.lexicon import (
    DETERMINERS,
    DOCUMENTS,
    NOT_NAMES,
    OPENING_ADJECTIVES,
    ORG_WORDS,
    PLURAL_SPEAKERS,
    PRONOUNS,
    RELATIVES,
    ROLE_WORDS,
    SCALE_WORDS,
    SPEECH_VERBS,
    words,
)
from claims.extract.offices import PORTFOLIO_WORDS
from claims.extract.phrase_edges import (
    LINKING,
    TIMES,
    body_of_the,
    group_modifier,
    possessor_start,
)
from claims.extract.phrase_shapes import (
    body_before_spokesperson,
    inside_a_count,
    listed_portfolio,
    named_run_start,
    office_before_link,
    owner_word,
    person_like,
    told_them,
    worked_with,
)
from claims.extract.tokens import Token, name_part

_HONORIFICS = words("mr mrs ms dr")
_NOT_NAMES_BUT_HONORIFICS = NOT_NAMES - _HONORIFICS  # worked out once
_NOT_NAMES_BUT_DETERMINERS = NOT_NAMES - DETERMINERS
_PLAIN_WORD = re.compile(r"[\w’'-]+$|(?:[A-Z]\.){2,}$")  # "a U.S. official"
_AGED = re.compile(r"\d{1,3}-year-old$")
_FINDINGS = DOCUMENTS | words("inquiry investigation inquest")  # "An inquiry by the board"
_HEDGES = words("more than over about around nearly almost some roughly")
# "officials familiar with the talks", "a source close to the minister"
_SOURCE_ADJECTIVES = words("familiar close briefed involved aware knowledgeable")
_CONJUNCTIONS = words("and or but nor while whereas although though")
_SPOKES = re.compile(r"spokes(?:wo)?(?:man|person|people|men)$")
# Words of a name that may go on with "of"/"for": "the Bank of England", "Transport for
# London" (not an organisation word elsewhere: "Transport Minister Priya Collingwood").
_DEMONSTRATIVES = frozenset(["that", "this", "these", "those"])
_LINKED_NAME_WORDS = ORG_WORDS | {"transport", "centers", "centres", "campaign"}
_ONE_OF_THEM = words("one two both each neither")
_OPENERS = words("meanwhile however separately elsewhere earlier later now still yesterday today")


def _document_of_a_count(tokens: list[Token], j: int) -> int | None:
    """Where "a (meta-)analysis of 1.1 million people" starts, for the counted group at
    ``j``; None unless a document "of" a number comes right before the group."""
    m = j
    if m >= 2 and tokens[m - 1].text.isalpha() and tokens[m - 1].text.islower():
        m -= 1  # "The poll of 3,600 registered voters"
    counted = m
    while m - 1 >= 0 and (tokens[m - 1].text[:1].isdigit() or tokens[m - 1].lower in SCALE_WORDS):
        m -= 1
    if m == counted or m < 2 or tokens[m - 1].lower != "of":
        return None
    document = tokens[m - 2].lower
    if document not in DOCUMENTS:
        return None
    start = m - 2
    while start >= 1 and tokens[start - 1].is_capitalised and not tokens[start - 1].quoted:
        start -= 1  # "A YouGov poll of 2,000 adults": its owner's name too
    return start - 1 if start >= 1 and tokens[start - 1].lower in DETERMINERS else start


def core_backward(tokens: list[Token], j: int) -> tuple[int, str] | None:
    if j < 0 or tokens[j].quoted:
        return None
    token = tokens[j]
    if token.lower in PRONOUNS or token.lower.replace("’", "'") in {"i'll", "i'd", "we'll", "we'd"}:
        return j, "pronoun"
    if token.lower == "them" and j >= 2 and tokens[j - 1].lower == "of" and not token.quoted:
        return (j - 2, "group") if tokens[j - 2].lower in _ONE_OF_THEM else None  # "One of
        # them said": one of the group that spoke before
    if (
        token.is_capitalised
        and token.lower in ROLE_WORDS
        and j >= 1
        and tokens[j - 1].text.islower()
    ):
        k = j - 1  # "the former GP, who said": an office in capitals, not a name
        while (
            k > 0
            and tokens[k].text.isalpha()
            and tokens[k].text.islower()
            and tokens[k].lower not in DETERMINERS
        ):
            k -= 1
        if tokens[k].lower in DETERMINERS and k < j:
            return k, "role"
    if _AGED.match(token.text) and j >= 1 and tokens[j - 1].lower in DETERMINERS:
        return j - 1, "role"  # "The 49-year-old, a former civil engineer, said"
    if parent_of(tokens, j):
        return j - 3, "role"  # "The father of three said"
    if token.lower.endswith("s") and token.text.isalpha() and token.text.islower():
        surveyed = _document_of_a_count(tokens, j)
        if surveyed is not None:  # "A YouGov poll of 2,000 adults found"
            return surveyed, "role"
        k = j
        while (
            k - 1 >= 0
            and j - k < 2
            and tokens[k - 1].text.isalpha()
            and tokens[k - 1].text.islower()
            and tokens[k - 1].lower not in _CLAUSE_WORDS
            and tokens[k - 1].lower not in SPEECH_VERBS
            and tokens[k - 1].lower not in TIMES
            and tokens[k - 1].lower not in PRONOUNS  # not "(that) it expected gross claims"
            and not _comma_as(tokens, k - 1)
        ):
            k -= 1
        opening = tokens[k - 1].text in {",", ";", "—", "–"} or tokens[k - 1].lower in RELATIVES
        opening = opening or _comma_as(tokens, k - 1)  # "..., as local councillors said"
        reported = tokens[k - 1].lower in SPEECH_VERBS and k >= 2 and not tokens[k - 2].quoted
        if reported and not told_them(tokens, j):
            return None  # "Molefe said workers had reported ...": still Molefe's account
        if k == 0 or opening or tokens[k - 1].lower in _CONJUNCTIONS:
            return k, "group"  # "..., shipping companies said.", "which critics say"
        if (named := named_run_start(tokens, k)) is not None:
            return named, "group"  # "Health chiefs said", "Lennshire Fire Service chiefs said"
        if k in {1, 2} and tokens[0].lower in _OPENERS and (k == 1 or tokens[1].text == ","):
            return k, "group"  # "Meanwhile insurance bosses warned"
    if token.lower in PLURAL_SPEAKERS:
        surveyed = _document_of_a_count(tokens, j)
        if surveyed is not None:  # "A survey of 2,000 people found": the survey, not them
            return surveyed, "role"
        k = j
        while k - 1 >= 0 and j - k < 2 and group_modifier(tokens[k - 1]):
            k -= 1
        if k - 1 >= 0 and tokens[k - 1].lower in _DEFINITE_DETERMINERS:
            k -= 1  # "that officials say" opens a relative clause: "that" is not theirs
        return _extend_linked(tokens, k, "group")
    if token.lower in DOCUMENTS and (j == 0 or tokens[j - 1].text in {",", ";", ":", "(", "—"}):
        return j, "role"  # "Data from the weather service show"
    if token.lower in DOCUMENTS:  # "..., port authority data show": its owner, lower case
        k = j
        while k - 1 >= 0 and j - k < 3 and owner_word(tokens[k - 1]):
            k -= 1
        if k < j and (k == 0 or tokens[k - 1].text in {",", ";", "—"}):
            return k, "role"
    if (
        token.lower in DOCUMENTS
        and token.text.islower()  # not "the Office for National Statistics"
        and tokens[j - 1].is_capitalised
        and not tokens[j - 1].quoted
    ):
        k = j - 1  # "Eurostat data showed", "Treasury figures show"
        while k - 1 >= 0 and not tokens[k - 1].quoted:
            if k >= 2 and tokens[k - 1].lower in {"of", "for"} and tokens[k - 2].is_capitalised:
                k -= 1  # "Kenya National Bureau of Statistics data show"
            elif tokens[k - 1].lower in {"and", "&"} and _name_opens_before(tokens, k - 2):
                k -= 1  # "..., Jobs and Skills Australia's figures show"
            elif not tokens[k - 1].is_capitalised:
                break
            k -= 1
        if k > 0 and tokens[k - 1].lower in DETERMINERS:
            k -= 1  # "a Kestrel Research poll"
        if k == 0 and k + 1 < j and tokens[k].lower in OPENING_ADJECTIVES:
            k += 1  # "Internal Home Office documents show": an opening adjective, no name
        if tokens[k].lower not in _NOT_NAMES_BUT_DETERMINERS:
            return k, "role"
    if token.is_capitalised and token.lower.rstrip(".") not in NOT_NAMES:
        k = j
        while k - 1 >= 0 and not tokens[k - 1].quoted and name_part(tokens[k - 1]):
            k -= 1
        while (
            k >= 2
            and tokens[k - 1].lower in {"of", "for", "and", "&", "on"}
            and tokens[k - 2].is_capitalised
            and not tokens[k - 2].quoted
        ):  # "the Department for Education", "the Bank of England"
            m = k - 2
            while m - 1 >= 0 and not tokens[m - 1].quoted and name_part(tokens[m - 1]):
                m -= 1
            if tokens[k - 1].lower in {"and", "&"}:  # "the Health and Safety Executive"
                linked = m > 0 and tokens[m - 1].lower in {"the", "of", "for"}
                if tokens[m].lower != "the" and not linked:  # "Mineral and Petroleum"
                    break  # "Anna Berg and Tom Hale": two names
            elif not any(t.lower in _LINKED_NAME_WORDS for t in tokens[m : k - 1]):
                if tokens[k - 1].lower == "of" and person_like(tokens[m : k - 1]):
                    return m, "name"  # "Inspector Carla Menzies of Northfield Police"
                held = [t for t in tokens[m : k - 1] if t.lower not in DETERMINERS]
                office = bool(held) and held[-1].lower in ROLE_WORDS  # "Lagos State
                # Commissioner for Health", "Deputy Minister of Employment"
                if office and tokens[k - 1].lower in {"of", "for"} and j - k >= 2:
                    n = k + 1  # "Deputy Minister of Employment Sipho Ndlovu", "Secretary of
                    while n < j - 1 and tokens[n].lower in PORTFOLIO_WORDS:  # State for Health
                        n += 1  # and Social Care Wes Streeting"
                    return n, "name"
                if office and tokens[k - 1].lower in {"of", "for"}:  # "The Secretary of State"
                    return (m - 1 if m and tokens[m - 1].lower in DETERMINERS else m), "role"
                break
            k = m
        k = listed_portfolio(tokens, k)  # "the Department for Environment, Food and Rural
        while k < j and tokens[k].lower.rstrip(".") in _NOT_NAMES_BUT_HONORIFICS:
            if tokens[k].lower == "police" and tokens[k + 1].lower not in ROLE_WORDS:
                break  # "Police Scotland", not "Police Chief Renata Okafor"
            if tokens[k].lower == "all" and k > 0 and tokens[k - 1].lower == "the":
                break  # "the All Progressives Congress"
            k += 1
        owner = tokens[k].text.endswith(("'s", "’s")) and k < j
        if owner and all(t.lower in ROLE_WORDS for t in tokens[k + 1 : j + 1]):
            return k, "role"  # "Wexmoor's MP, Tom Ashdown,": an office before a name
        if all(t.lower in ROLE_WORDS for t in tokens[k : j + 1]):
            m, lowest = k - 1, max(0, k - 3)  # "The local MP", "the firm's new CEO": offices
            while m >= lowest and _PLAIN_WORD.match(tokens[m].text) and tokens[m].text.islower():
                m -= 1
            if m >= lowest and tokens[m].lower in DETERMINERS:
                return _extend_linked(tokens, m, "role")
        if k - 1 >= 0 and tokens[k - 1].lower in _NOT_DEMONSTRATIVES:
            if worked_with(tokens, k - 1):
                return None  # "simulations run with the Met Office suggested": not the office
            titled = k >= 3 and tokens[k - 2].lower == "of" and tokens[k - 3].is_capitalised
            if titled and tokens[k - 3].lower in ROLE_WORDS:  # "Leader of the Opposition
                m = k  # Shahid Awan": the person after the office's own words
                while m < j and tokens[m].lower in ROLE_WORDS:
                    m += 1
                if m > k and j - m >= 1:
                    return m, "name"
            if k >= 3 and tokens[k - 2].lower == "from" and not tokens[k - 3].quoted:
                person = core_backward(tokens, k - 3)  # "Superintendent Megan Tulloch from
                named = person is not None and person[1] == "name"  # the ... Police District"
                if named and person is not None and person_like(tokens[person[0] : k - 2]):
                    return person
            return _extend_linked(tokens, k - 1, "role")  # not "said that Ruiz had"
        polled = [t.lower for t in tokens[max(0, k - 2) : k]] in (
            ["polled", "by"],
            ["surveyed", "by"],
        )
        if polled and k >= 3 and tokens[k - 3].text.isalpha() and tokens[k - 3].lower.endswith("s"):
            return k - 3, "group"  # "Economists polled by Calloway Newswire had expected"
        if k >= 2 and tokens[k - 1].lower == "of" and not tokens[k - 2].quoted:
            group = core_backward(tokens, k - 2)  # "Residents of Hull blamed the council"
            if group is not None and group[1] == "group":
                return group
            if group is not None and tokens[k - 2].lower in _COLLECTIVES:
                return group  # "a cross-party committee of MPs has warned": the committee
        if k >= 2 and tokens[k - 1].lower in {"in", "at"} and not tokens[k - 2].quoted:
            earlier = core_backward(tokens, k - 2)  # "officials in Zaporizhzhia said"
            if earlier is not None and earlier[1] in {"group", "role"}:
                return earlier  # "a hospital manager in Bradford"
            linked = earlier is not None and any(t.lower == "of" for t in tokens[earlier[0] : k])
            if earlier is not None and earlier[1] == "name" and linked:
                return earlier  # "Dr Helen Marsh of the Rural Economy Unit at Caddon University"
            named = earlier is not None and earlier[1] == "name" and k - 1 - earlier[0] >= 2
            if named and tokens[k - 1].lower == "in" and j - k < 2:
                return earlier  # "City Power in Johannesburg said": the utility, not the city
            if tokens[k - 1].lower == "in" and tokens[k - 2].text.islower():
                return None  # "Legal papers lodged in Los Angeles ... claim": a place
        office = any(t.lower in ROLE_WORDS and t.is_capitalised for t in tokens[k : j + 1])
        if k >= 2 and tokens[k - 1].lower == "and" and not tokens[k - 2].quoted and not office:
            other = core_backward(tokens, k - 2)  # not "Labour and Employment Minister X"
            if other is not None and other[1] == "name":
                return other[0], "names"  # "Anna Berg and Tom Hale said": both of them
        if k >= 2 and tokens[k - 1].lower in {"for", "of"} and _SPOKES.match(tokens[k - 2].lower):
            m = k - 2  # "A spokeswoman for Acme Holdings said": the spokeswoman, so that "She
            if m >= 1 and tokens[m - 1].lower in DETERMINERS:  # said" next is Acme's too
                m -= 1
            return m, "role"
        counted = _counted_by(tokens, k)
        return counted if counted is not None else (k, "name")
    if not token.text.replace("-", "").isalpha() or not token.text.islower():
        return None  # not "the attorney-general", "the president-elect" either
    # up to nine words back: "A Department of Health and Social Care spokesperson"
    for k in range(j - 1, max(-1, j - 10), -1):
        word = tokens[k]
        listed = word.text == "," and body_before_spokesperson(tokens, k, j)  # "A Ministry of
        if listed:  # Housing, Communities and Local Government spokesperson"
            continue
        if word.quoted or not _PLAIN_WORD.match(word.text):
            break
        if word.lower == "that" and tokens[k + 1].lower in PRONOUNS:
            break  # "said that it expected net claims of": a clause, not "that" + a noun
        if word.lower in DETERMINERS:
            if inside_a_count(tokens, k):  # "six mills in the province had announced":
                people = tokens[k - 2].lower in PLURAL_SPEAKERS  # the mills; "Two officials
                return (k - 3, "group") if people else None  # from the campaign said"
            return _extend_linked(tokens, k, "role")
        if word.text.endswith(("'", "’", "'s", "’s")):
            return _extend_linked(tokens, possessor_start(tokens, k), "role")
        if word.lower in {"of", "for", "and"} and body_before_spokesperson(tokens, k, j):
            continue  # "A Department for Education spokesperson"
        if k >= 1 and office_before_link(tokens[k - 1].lower, word.lower):
            continue  # "the secretary of state", "the chief of staff", "the minister for housing"
        if word.lower in LINKING or word.lower in SPEECH_VERBS:
            break
    return None


# Bodies made of the people named after "of": "a committee of MPs", "a panel of NHS experts"
_COLLECTIVES = frozenset(
    ["committee", "panel", "group", "coalition", "team", "alliance", "consortium", "network"]
)


def _counted_by(tokens: list[Token], k: int) -> tuple[int, str] | None:
    """ "A massive study of more than 70,000 Brits found": the study, whose subjects the
    capitalised word only counts."""
    m = k - 2
    if m < 1 or not tokens[k - 1].text[:1].isdigit():
        return None
    while m >= 2 and tokens[m].lower in _HEDGES:
        m -= 1
    if tokens[m].lower != "of" or tokens[m - 1].quoted:
        return None
    earlier = core_backward(tokens, m - 1)
    return earlier if earlier is not None and earlier[1] in {"role", "group"} else None


def _extend_linked(tokens: list[Token], start: int, kind: str) -> tuple[int, str]:
    """Take in "a spokesperson for" before "the ministry": up to two linked phrases."""
    if (
        start >= 3
        and tokens[start - 1].lower == "and"
        and tokens[start - 2].is_capitalised
        and tokens[start - 3].lower in {"of", "at"}
    ):
        start -= 2  # "Ian Marr of Avon and Somerset Police's economic crime unit"
    for _ in range(2):
        if start - 2 < 0 or tokens[start - 1].lower not in LINKING:
            break
        head = tokens[start - 2]
        if not head.text.isalpha() or head.quoted:
            break
        acted = head.lower.endswith("ed") or head.lower in {"came", "comes", "come"}
        by = tokens[start - 1].lower
        if (acted and by in {"by", "from"}) or (by == "by" and head.lower not in _FINDINGS):
            break  # "The figure was confirmed by the ministry, which said": the ministry;
            # "Modelling for this newspaper by the Ember Trust suggests": the Trust
        # "two officials familiar with the talks": the adjective stands between
        head_at = start - 3 if head.lower in _SOURCE_ADJECTIVES and start >= 3 else start - 2
        if head.lower == "knowledge":  # "two people with (direct) knowledge of the talks"
            with_at = start - 4 if tokens[start - 3].lower == "direct" else start - 3
            if with_at >= 1 and tokens[with_at].lower == "with":
                head_at = with_at - 1
        earlier = core_backward(tokens, head_at)
        if (
            earlier is not None
            and earlier[1] == "name"
            and tokens[start - 1].lower in {"of", "at"}
            and person_like(tokens[earlier[0] : head_at + 1])
        ):
            return earlier  # "Detective Lisa Dunne of the regional fraud unit": the person
        if earlier is not None and earlier[1] == "names" and body_of_the(tokens, start, head_at):
            return earlier  # "Greenpeace and Friends of the Earth said": both bodies
        if earlier is None or earlier[1] not in {"role", "group"}:
            break
        start, kind = earlier[0], earlier[1]
    return start, kind


# Unions worked out once, not at every word the rules ask about
# relatives, conjunctions, determiners
_CLAUSE_WORDS = RELATIVES | _CONJUNCTIONS | DETERMINERS


def _comma_as(tokens: list[Token], k: int) -> bool:
    """ "..., as councillors said": the "as" opening a clause of its own, no modifier."""
    return k >= 1 and tokens[k].lower == "as" and tokens[k - 1].text == ","


# determiners but "that", "this", "a" and "an"
_DEFINITE_DETERMINERS = DETERMINERS - {"that", "this", "a", "an"}
# determiners but the demonstratives
_NOT_DEMONSTRATIVES = DETERMINERS - _DEMONSTRATIVES


def _name_opens_before(tokens: list[Token], k: int) -> bool:
    """Whether the capitalised run ending at ``k`` opens a name: after a comma, "the" or
    the sentence's start, not in the middle of a clause ("Sales and Treasury figures")."""
    if k < 0 or not tokens[k].is_capitalised or tokens[k].quoted:
        return False
    while k - 1 >= 0 and tokens[k - 1].is_capitalised and not tokens[k - 1].quoted:
        k -= 1
    return k == 0 or tokens[k - 1].text in {",", ";", "—", "("} or tokens[k - 1].lower == "the"
