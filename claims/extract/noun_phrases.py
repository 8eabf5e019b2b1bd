"""Speaker noun phrases before a reporting verb: its subject.

Skip adverbs, auxiliaries and "on Monday", then a pronoun, a capitalised name
(with its title), a determiner phrase ("the acting governor of the region", joined over
"of/for/by" links) or a plural group ("military analysts"); appositives pick the name
("the commander ..., Oleksandr Syrskyi, said"). The phrase after a verb ("said the
governor") is `phrases_after.forward`.
"""

from __future__ import annotations

import re

from claims.extract.documents import MADE_BY, conducted_by, document_before
from claims.extract.kin import family_of, parent_of, spouse_before
from claims.extract.lexicon import (
    CHANGE_NOUNS,
    DETERMINERS,
    DOCUMENTS,
    NOT_NAMES,
    ORG_WORDS,
    PLURAL_SPEAKERS,
    PRONOUNS,
    RELATIVES,
    ROLE_WORDS,
    SCALE_WORDS,
    SEEN_BY,
    SPEECH_VERBS,
    words,
)
from claims.extract.phrase_shapes import (
    SKIP_BEFORE,
    body_before_spokesperson,
    inside_a_count,
    listed_inside,
    listed_portfolio,
    name_after_kind,
    named_run_start,
    owner_word,
    person_like,
    skip_brackets,
    skip_modifiers_backward,
)
from claims.extract.phrases_after import forward
from claims.extract.tokens import NAME_PARTICLES, Speaker, Token, name_part, speaker_of

_LINKING = words("of for at to in from with on by into behind")
_HONORIFICS = words("mr mrs ms dr")
_NOT_NAMES_BUT_HONORIFICS = NOT_NAMES - _HONORIFICS  # worked out once
_NOT_NAMES_BUT_DETERMINERS = NOT_NAMES - DETERMINERS
_PLAIN_WORD = re.compile(r"[\w’'-]+$|(?:[A-Z]\.){2,}$")  # "a U.S. official"
_AGED = re.compile(r"\d{1,3}-year-old$")
_HEDGES = words("more than over about around nearly almost some roughly")
# "officials familiar with the talks", "a source close to the minister"
_SOURCE_ADJECTIVES = words("familiar close briefed involved aware knowledgeable")
_CONJUNCTIONS = words("and or but nor while whereas although though")
_SPOKES = re.compile(r"spokes(?:wo)?(?:man|person|people|men)$")
# Words of a name that may go on with "of"/"for": "the Bank of England", "Transport for
# London" (not an organisation word elsewhere: "Transport Minister Priya Collingwood").
_LINKED_NAME_WORDS = ORG_WORDS | {"transport", "centers", "centres"}
_ONE_OF_THEM = words("one two both each neither")
_OPENERS = words("meanwhile however separately elsewhere earlier later now still yesterday today")


def backward(tokens: list[Token], j: int) -> Speaker | None:
    j = skip_brackets(tokens, skip_modifiers_backward(tokens, j))
    if j < 0 or tokens[j].quoted:
        return None
    if tokens[j].text == ",":
        return _appositive_subject(tokens, j)
    core = _core_backward(tokens, j)
    if core is None:
        return None
    start, kind = core
    polled = _polled_group(tokens, start)
    if polled is not None:  # "Private economists surveyed by the central bank forecast"
        return speaker_of(tokens, polled, j, "group")
    named_body = kind == "role" and start + 1 <= j and tokens[start + 1].is_capitalised
    if (kind == "name" or named_body) and document_before(tokens, start) is not None:
        kind = "publisher"  # "The survey by Kestrel Research puts ...", "by the Society for"
        return conducted_by(tokens, start) or speaker_of(tokens, start, j, kind)
    end = _person_end(tokens, start, j, kind)
    family = family_of(tokens, start, end) if kind == "name" else None
    if family is not None:  # "The family of Jordan Ede said", "Tariq Hale's family said"
        return speaker_of(tokens, family[0], family[1], "role")
    if kind == "name":  # "City Power in Johannesburg": the utility, without its city
        inside = [k for k in range(start + 1, end) if tokens[k].lower == "in"]
        end = inside[0] - 1 if inside else end
    return speaker_of(tokens, start, end, kind)


def _polled_group(tokens: list[Token], start: int) -> int | None:
    """Where "economists" (with a modifier) starts in "economists surveyed by X", for the
    phrase X starting at ``start``: the people polled speak, not their pollster."""
    if start < 3 or tokens[start - 1].lower != "by" or tokens[start - 2].lower not in _POLLED:
        return None
    k = start - 3
    if not (_common_word(tokens, k) and tokens[k].lower.endswith("s")):
        return None
    if k >= 1 and _common_word(tokens, k - 1) and tokens[k - 1].lower not in DETERMINERS:
        k -= 1  # "Private economists"
    return k


def _common_word(tokens: list[Token], k: int) -> bool:
    """A lower-case word, or any word opening the sentence."""
    text = tokens[k].text
    return text.isalpha() and (text.islower() or (k == 0 and text[1:].islower()))


_POLLED = words("polled surveyed canvassed questioned")


def _person_end(tokens: list[Token], start: int, end: int, kind: str) -> int:
    """Where a person's name ends in "Carla Menzies of the roads unit": before the link."""
    if kind != "name":
        return end
    for k in range(start + 2, end):
        if tokens[k].lower in {"of", "at", "from"}:
            return k - 1 if person_like(tokens[start:k]) else end
    return end


_DEMONSTRATIVES = frozenset(["that", "this", "these", "those"])


_INCORPORATED = frozenset(["plc", "Plc", "PLC", "Ltd", "ltd", "Inc", "Inc.", "LLC", "AG", "SA"])


def _appositive_subject(tokens: list[Token], comma: int, depth: int = 0) -> Speaker | None:
    """ "X, a senior adviser, said" or "the commander of ..., Oleksandr Syrskyi, said";
    relative clauses and ages are stepped over: "Maria Lopez, 52, who runs the shop, said"."""
    opening = next(
        (k for k in range(comma - 1, max(-1, comma - 25), -1) if tokens[k].text in {",", "(", "—"}),
        None,
    )
    if opening is None or opening == 0:
        return None
    opening = listed_inside(tokens, opening, comma)  # "a member of the science, innovation
    inner = tokens[opening + 1 : comma]  # and technology committee,"
    if not inner or any(t.quoted for t in inner):
        return None
    if len(inner) > 1 and inner[0].lower == "by":  # "the report, by the accountants X, warned"
        publisher = forward(tokens, opening + 2)
        if publisher is not None and publisher.end <= tokens[comma].start:
            return Speaker(publisher.text, publisher.start, publisher.end, "publisher")
    made_by = 2 if len(inner) > 2 and inner[1].lower == "by" else 3  # "carried out by X"
    if len(inner) > made_by and inner[0].lower in MADE_BY and inner[made_by - 1].lower == "by":
        publisher = forward(tokens, opening + made_by + 1)  # "The report, published by X,"
        if publisher is not None and publisher.end <= tokens[comma].start:
            return Speaker(publisher.text, publisher.start, publisher.end, "publisher")
    if depth < 2 and inner[0].lower in {"which", "who"} and tokens[opening].text == ",":
        earlier = _appositive_subject(tokens, opening, depth + 1)
        if earlier is not None:  # "X, a spokeswoman for Y, which is hosting the talks, said"
            return earlier
    outer_end = skip_brackets(tokens, opening - 1)  # 'Penhallow Group plc ("the Group"),'
    outer = _core_backward(tokens, outer_end)
    incorporated = outer_end > 0 and tokens[outer_end].text in _INCORPORATED
    if outer is None and incorporated and tokens[outer_end - 1].is_capitalised:
        core = _core_backward(tokens, outer_end - 1)  # "Tesmond plc, the supermarket chain,"
        outer = (core[0], core[1]) if core is not None and core[1] == "name" else None
    if len(inner) > 1 and inner[0].lower in SEEN_BY and inner[1].lower == "by":
        if outer is None:  # "An internal audit, seen by the Review, found": the audit's,
            return None  # not the outlet's that saw it
        return speaker_of(tokens, outer[0], outer_end, outer[1])
    first = opening + 1
    if len(inner) > 1 and inner[0].lower == "the" and inner[1].is_capitalised:
        inner, first = inner[1:], first + 1  # "An industry body, the Property Insurance Council,"
    inner_is_name = (
        all(t.is_capitalised or t.text in NAME_PARTICLES | {"and", "of", "at"} for t in inner)
        and inner[0].is_capitalised
        and inner[-1].is_capitalised
    )  # "Another analyst, Rebecca Strand of Northgate Securities, said"
    if inner_is_name and outer is not None and outer[1] == "name":
        if tokens[outer_end].lower in _OFFICE_HEADS:  # "The company's Chief Corporate
            return speaker_of(tokens, first, comma - 1, "name")  # Communications Officer, Mr. X,"
        inner_is_name = not any(t.lower in ROLE_WORDS for t in inner)  # "X, Chief Executive,"
    linked = outer is not None and outer[0] > 0 and tokens[outer[0] - 1].lower in _LINKING
    named = name_after_kind(inner)
    submitted = inner[0].lower.endswith("ed") and len(inner) > 1 and inner[1].lower in _LINKING
    if (
        named
        and not inner_is_name
        and not submitted
        and (outer is None or outer[1] in {"role", "group"})
    ):
        return speaker_of(tokens, comma - named, comma - 1, "name")  # "the software company X"
    spouse = spouse_before(tokens, opening) if inner_is_name else None
    if spouse is not None:  # "Lionel Grace and his wife, Martha, said": both of them
        start = tokens[spouse].start
        names = f"{' '.join(t.text for t in tokens[spouse : opening - 3])} and "
        names += " ".join(t.text for t in tokens[first:comma])
        return Speaker(names, start, tokens[comma - 1].end, "names")
    if inner_is_name and (outer is None or outer[1] in {"role", "group"} or linked):
        kind = "names" if any(t.text == "and" for t in inner) else "name"
        end = _person_end(tokens, first, comma - 1, kind)  # "Rebecca Strand of X": Strand
        return speaker_of(tokens, first, end, kind)  # "lenders, Marlow and Penrose,"
    if (  # "Gareth Lomax, head of ... at Brenton Homes, the company that ran it, said"
        outer is not None
        and depth < 2
        and tokens[opening].text == ","
        and inner[0].lower in {"the", "a", "an"}
        and outer[0] > 0
        and tokens[outer[0] - 1].lower in {"at", "of", "for", "with", ","}
    ):
        earlier = _appositive_subject(tokens, opening, depth + 1)
        if earlier is not None and earlier.kind in {"name", "role"}:
            return earlier
    if outer is not None and outer[0] == 1 and tokens[0].lower in _PLACE_OPENERS:
        return None  # "In South Kivu, the fatality rate is 5%, said X": a place, not X
    if outer is not None:
        named = outer[1] == "name" or (outer[1] == "role" and tokens[outer[0] + 1].is_capitalised)
        kind = "publisher" if named and document_before(tokens, outer[0]) is not None else outer[1]
        return speaker_of(tokens, outer[0], _person_end(tokens, outer[0], outer_end, kind), kind)
    aside = inner[0].lower in RELATIVES - {"that"} or (len(inner) == 1 and inner[0].text.isdigit())
    aside = aside or inner[0].lower in {"a", "an"}  # "Maria Costa, 44, a nurse, told"
    aside = aside or (inner[0].lower == "from" and len(inner) <= 4 and inner[-1].is_capitalised)
    if depth < 2 and aside and tokens[opening].text == ",":
        return _appositive_subject(tokens, opening, depth + 1)
    return None


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


_OFFICE_HEADS = words("officer director secretary manager commissioner chairman chairwoman")
_PLACE_OPENERS = words("in at across outside inside near throughout")


def _core_backward(tokens: list[Token], j: int) -> tuple[int, str] | None:
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
            and tokens[k - 1].lower not in RELATIVES | _CONJUNCTIONS | DETERMINERS
            and tokens[k - 1].lower not in SPEECH_VERBS
        ):
            k -= 1
        opening = tokens[k - 1].text in {",", ";", "—", "–"} or tokens[k - 1].lower in RELATIVES
        if tokens[k - 1].lower in SPEECH_VERBS and k >= 2 and not tokens[k - 2].quoted:
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
        while k - 1 >= 0 and j - k < 2 and _group_modifier(tokens[k - 1]):
            k -= 1
        if k - 1 >= 0 and tokens[k - 1].lower in DETERMINERS - {"that", "this", "a", "an"}:
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
            elif not tokens[k - 1].is_capitalised:
                break
            k -= 1
        if k > 0 and tokens[k - 1].lower in DETERMINERS:
            k -= 1  # "a Kestrel Research poll"
        if tokens[k].lower not in _NOT_NAMES_BUT_DETERMINERS:
            return k, "role"
    if token.is_capitalised and token.lower.rstrip(".") not in NOT_NAMES:
        k = j
        while k - 1 >= 0 and not tokens[k - 1].quoted and name_part(tokens[k - 1]):
            k -= 1
        while (
            k >= 3
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
                office = bool(held) and all(t.lower in ROLE_WORDS for t in held)
                if office and tokens[k - 1].lower in {"of", "for"} and j - k >= 2:
                    return k + 1, "name"  # "Deputy Minister of Employment Sipho Ndlovu"
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
        if k - 1 >= 0 and tokens[k - 1].lower in DETERMINERS - _DEMONSTRATIVES:
            titled = k >= 3 and tokens[k - 2].lower == "of" and tokens[k - 3].is_capitalised
            if titled and tokens[k - 3].lower in ROLE_WORDS:  # "Leader of the Opposition
                m = k  # Shahid Awan": the person after the office's own words
                while m < j and tokens[m].lower in ROLE_WORDS:
                    m += 1
                if m > k and j - m >= 1:
                    return m, "name"
            if k >= 3 and tokens[k - 2].lower == "from" and not tokens[k - 3].quoted:
                person = _core_backward(tokens, k - 3)  # "Superintendent Megan Tulloch from
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
            group = _core_backward(tokens, k - 2)  # "Residents of Hull blamed the council"
            if group is not None and group[1] == "group":
                return group
        if k >= 2 and tokens[k - 1].lower in {"in", "at"} and not tokens[k - 2].quoted:
            earlier = _core_backward(tokens, k - 2)  # "officials in Zaporizhzhia said"
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
            other = _core_backward(tokens, k - 2)  # not "Labour and Employment Minister X"
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
    for k in range(j - 1, max(-1, j - 7), -1):
        word = tokens[k]
        if word.quoted or not _PLAIN_WORD.match(word.text):
            break
        if word.lower in DETERMINERS:
            if inside_a_count(tokens, k):
                return None  # "six mills in the province had announced": the mills
            return _extend_linked(tokens, k, "role")
        if word.text.endswith(("'", "’", "'s", "’s")):
            return _extend_linked(tokens, _possessor_start(tokens, k), "role")
        if word.lower in {"of", "for", "and"} and body_before_spokesperson(tokens, k, j):
            continue  # "A Department for Education spokesperson"
        if word.lower == "of" and k >= 1 and tokens[k - 1].lower in ROLE_WORDS:
            continue  # "the secretary of state", "the chief of staff"
        if word.lower in _LINKING or word.lower in SPEECH_VERBS:
            break
    return None


def _possessor_start(tokens: list[Token], k: int) -> int:
    """Where a possessive phrase starts: "a consultants' draft" and "the local nurses'
    union" keep their determiner; a bare "consultants' draft" would be a fragment. A name's
    possessive keeps the whole name: "The United Nations' top official"."""
    if tokens[k].is_capitalised:
        m = k
        while m > 0 and name_part(tokens[m - 1]) and tokens[m - 1].lower not in NOT_NAMES:
            m -= 1
        return m - 1 if m > 0 and tokens[m - 1].lower in {"the"} else m
    for m in range(k - 1, max(-1, k - 3), -1):
        word = tokens[m]
        if word.quoted or not word.text.isalpha():
            break
        if word.lower in DETERMINERS - RELATIVES:
            return m
        if word.is_capitalised and not word.quoted and m >= 1 and tokens[m - 1].lower == "the":
            return m - 1  # "The Houthi movement's military spokesman"
        if (
            not word.text.islower()
            or word.lower in _LINKING
            or word.lower in RELATIVES
            or word.lower in SPEECH_VERBS
        ):
            break
    return k


def _group_modifier(token: Token) -> bool:
    """ "military" in "military analysts", "Ukrainian" in "Ukrainian officials"."""
    lowered = token.lower
    return (
        not token.quoted
        and token.text.isalpha()
        and lowered not in NOT_NAMES
        and lowered not in DETERMINERS
        and lowered not in _LINKING
        and lowered not in SKIP_BEFORE
        and lowered not in SPEECH_VERBS
        and lowered not in SCALE_WORDS  # "the $4.61 billion analysts had expected"
        and lowered not in CHANGE_NOUNS  # "the 2.1% drop economists had expected"
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
    earlier = _core_backward(tokens, m - 1)
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
        if start - 2 < 0 or tokens[start - 1].lower not in _LINKING:
            break
        head = tokens[start - 2]
        if not head.text.isalpha() or head.quoted:
            break
        acted = head.lower.endswith("ed") or head.lower in {"came", "comes", "come"}
        if acted and tokens[start - 1].lower in {"by", "from"}:
            break  # "The figure was confirmed by the ministry, which said": the ministry
        # "two officials familiar with the talks": the adjective stands between
        head_at = start - 3 if head.lower in _SOURCE_ADJECTIVES and start >= 3 else start - 2
        if head.lower == "knowledge":  # "two people with (direct) knowledge of the talks"
            with_at = start - 4 if tokens[start - 3].lower == "direct" else start - 3
            if with_at >= 1 and tokens[with_at].lower == "with":
                head_at = with_at - 1
        earlier = _core_backward(tokens, head_at)
        if (
            earlier is not None
            and earlier[1] == "name"
            and tokens[start - 1].lower in {"of", "at"}
            and person_like(tokens[earlier[0] : head_at + 1])
        ):
            return earlier  # "Detective Lisa Dunne of the regional fraud unit": the person
        if earlier is None or earlier[1] not in {"role", "group"}:
            break
        start, kind = earlier[0], earlier[1]
    return start, kind
