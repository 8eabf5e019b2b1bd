"""Speaker noun phrases before a reporting verb: its subject.

Skip adverbs, auxiliaries and "on Monday", then a pronoun, a capitalised name
(with its title), a determiner phrase ("the acting governor of the region", joined over
"of/for/by" links) or a plural group ("military analysts"); appositives pick the name
("the commander ..., Oleksandr Syrskyi, said"). The phrase after a verb ("said the
governor") is `phrases_after.forward`.
"""

from __future__ import annotations

from claims.extract.documents import MADE_BY, conducted_by, document_before
from claims.extract.kin import family_of, spouse_before
from claims.extract.lexicon import (
    DETERMINERS,
    DOCUMENTS,
    RELATIVES,
    ROLE_WORDS,
    SEEN_BY,
    words,
)
from claims.extract.phrase_cores import core_backward
from claims.extract.phrase_edges import LINKING
from claims.extract.phrase_shapes import (
    listed_inside,
    name_after_kind,
    person_like,
    skip_brackets,
    skip_modifiers_backward,
)
from claims.extract.phrases_after import forward
from claims.extract.tokens import NAME_PARTICLES, Speaker, Token, speaker_of, token_index


def backward(tokens: list[Token], j: int) -> Speaker | None:
    j = skip_brackets(tokens, skip_modifiers_backward(tokens, j))
    if j < 0 or tokens[j].quoted:
        return None
    if tokens[j].text == ",":
        found = _appositive_subject(tokens, j)
        return _owner_of_titled_document(tokens, found) or found
    core = core_backward(tokens, j)
    if core is None:
        return None
    start, kind = core
    seen = _document_seen_by(tokens, start)
    if seen is not None:  # "Home Office documents seen by this newspaper show": the
        return seen  # documents' owner, not the paper that saw them
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


def _document_seen_by(tokens: list[Token], start: int) -> Speaker | None:
    """The document before "seen by" + the phrase at ``start`` ("Internal Home Office
    documents seen by the Ledger"); None for figures an outlet obtained."""
    if start < 3 or tokens[start - 1].lower != "by" or tokens[start - 2].lower not in SEEN_BY:
        return None
    document = start - 3
    if tokens[document].lower not in DOCUMENTS or tokens[document].quoted:
        return None
    core = core_backward(tokens, document)
    if core is None:
        return None
    owned = any(t.is_capitalised for t in tokens[max(core[0], 1) : document])
    if not owned and tokens[start - 2].lower == "obtained":
        return None  # "Figures obtained by the BBC under freedom of information laws show"
    return speaker_of(tokens, core[0], document, core[1])  # "Papers seen by the Ledger
    # show": nobody's but the outlet's


def _owner_of_titled_document(tokens: list[Token], found: Speaker | None) -> Speaker | None:
    """ "AEMO's most recent Electricity Statement of Opportunities, published in August,
    forecasts": a document with a title of its own speaks for the owner written before it."""
    if found is None or found.kind != "name" or found.text.split()[-1].lower() not in _TITLES:
        return None
    k = token_index(tokens, found.start) - 1
    while k > 0 and tokens[k].text.isalpha() and tokens[k].text.islower():
        k -= 1  # "most recent"
    if k < 0 or not tokens[k].text.endswith(("'s", "’s")) or not tokens[k].is_capitalised:
        return None
    owner = tokens[k].text[:-2]
    return Speaker(owner, tokens[k].start, tokens[k].start + len(owner), "name")


_TITLES = words("statement outlook survey report review index bulletin forecast audit")


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


_INCORPORATED = frozenset(["plc", "Plc", "PLC", "Ltd", "ltd", "Inc", "Inc.", "LLC", "AG", "SA"])


def _appositive_subject(tokens: list[Token], comma: int, depth: int = 0) -> Speaker | None:
    """ "X, a senior adviser, said" or "the commander of ..., Oleksandr Syrskyi, said";
    relative clauses and ages are stepped over: "Maria Lopez, 52, who runs the shop, said"."""
    opening = _opening(tokens, _before_acronym(tokens, comma), comma)  # "X, president of the
    if not opening:  # Y Association (YA), said": X's, not the association's
        opening = _opening(tokens, comma - 1, comma)
    if opening is None or opening == 0:
        return None
    opening = listed_inside(tokens, opening, comma)  # "a member of the science, innovation
    inner = tokens[opening + 1 : comma]  # and technology committee,"
    if not inner or any(t.quoted for t in inner):
        return None
    sourced = inner[0].lower == "from" and tokens[opening - 1].lower in DOCUMENTS  # "The
    if len(inner) > 1 and (inner[0].lower == "by" or sourced):  # estimate, from the Dunmore
        # centre in 2023, put"; "the report, by the accountants X, warned"
        dated = next((k for k in range(opening + 2, comma - 1) if _in_a_year(tokens, k)), comma)
        publisher = forward(tokens, opening + 2)
        if publisher is not None and publisher.end <= tokens[dated].start:
            return Speaker(publisher.text, publisher.start, publisher.end, "publisher")
        if publisher is not None and dated < comma and tokens[dated - 1].start > publisher.start:
            return speaker_of(tokens, opening + 2, dated - 1, "publisher")  # not "in 2023"
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
    outer = core_backward(tokens, outer_end)
    incorporated = outer_end > 0 and tokens[outer_end].text in _INCORPORATED
    if outer is None and incorporated and tokens[outer_end - 1].is_capitalised:
        core = core_backward(tokens, outer_end - 1)  # "Tesmond plc, the supermarket chain,"
        outer = (core[0], core[1]) if core is not None and core[1] == "name" else None
    if len(inner) > 1 and inner[0].lower in SEEN_BY and inner[1].lower == "by":
        if outer is None:  # "An internal audit, seen by the Review, found": the audit's,
            return None  # not the outlet's that saw it
        earlier = _appositive_subject(tokens, opening, depth + 1) if depth < 2 else None
        if earlier is not None and earlier.kind == "publisher":  # "A letter from X, chief
            return earlier  # executive of Y, seen by this newspaper, says": X's
        return speaker_of(tokens, outer[0], outer_end, outer[1])
    first = opening + 1
    if len(inner) > 1 and inner[0].lower == "the" and inner[1].is_capitalised:
        inner, first = inner[1:], first + 1  # "An industry body, the Property Insurance Council,"
    inner_is_name = (
        all(t.is_capitalised or t.text in _INSIDE_NAMES for t in inner)
        and inner[0].is_capitalised
        and inner[-1].is_capitalised
    )  # "Another analyst, Rebecca Strand of Northgate Securities, said"
    if inner_is_name and outer is not None and outer[1] == "name":
        if tokens[outer_end].lower in _OFFICE_HEADS:  # "The company's Chief Corporate
            return speaker_of(tokens, first, comma - 1, "name")  # Communications Officer, Mr. X,"
        inner_is_name = not any(t.lower in ROLE_WORDS for t in inner)  # "X, Chief Executive,"
    linked = outer is not None and outer[0] > 0 and tokens[outer[0] - 1].lower in LINKING
    named = name_after_kind(inner)
    submitted = inner[0].lower.endswith("ed") and len(inner) > 1 and inner[1].lower in LINKING
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
        husband = [t.text for t in tokens[spouse : opening - 3] if t.text[:1].isalpha()]
        names = f"{' '.join(husband)} and "  # not his age: "Peter Holm, 74, and his wife,"
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
    aged = len(inner) == 1 and inner[0].text.isdigit() and depth < 2
    if aged and outer is not None and outer[0] > 0 and tokens[outer[0] - 1].text == ",":
        earlier = _appositive_subject(tokens, opening, depth + 1)  # "Peter Holm, 74, and his
        if earlier is not None and earlier.kind == "names":  # wife, Agnes, 71, said": both
            return earlier
    if outer is not None:
        named = outer[1] == "name" or (outer[1] == "role" and tokens[outer[0] + 1].is_capitalised)
        kind = "publisher" if named and document_before(tokens, outer[0]) is not None else outer[1]
        end = _person_end(tokens, outer[0], outer_end, kind)  # "A poll by X for the Sunday
        conducted = conducted_by(tokens, outer[0]) if kind == "publisher" else None  # Y, ...,"
        return conducted or speaker_of(tokens, outer[0], end, kind)
    aside = inner[0].lower in _RELATIVES_BUT_THAT or (len(inner) == 1 and inner[0].text.isdigit())
    aside = aside or inner[0].lower in {"a", "an"}  # "Maria Costa, 44, a nurse, told"
    aside = aside or (inner[0].lower == "from" and len(inner) <= 4 and inner[-1].is_capitalised)
    if depth < 2 and aside and tokens[opening].text == ",":
        return _appositive_subject(tokens, opening, depth + 1)
    return None


def _opening(tokens: list[Token], last: int, comma: int) -> int | None:
    """The comma, bracket or dash that opens the appositive ending at ``last``."""
    return next(
        (k for k in range(last, max(-1, comma - 25), -1) if tokens[k].text in _OPENINGS), None
    )


_OPENINGS = frozenset([",", "(", "—"])


def _before_acronym(tokens: list[Token], comma: int) -> int:
    """The last word of an appositive before ``comma`` with a body's acronym in brackets
    stepped over: "president of the Grain Producers Association (GPA)," ends at
    "Association"; else the word right before the comma."""
    k = comma - 1
    if k < 4 or tokens[k].text != ")" or tokens[k - 2].text != "(":
        return k
    acronym, body = tokens[k - 1].text, tokens[k - 3]
    if not (acronym[:1].isupper() and acronym.isalpha() and body.is_capitalised):
        return k
    return k - 3


def _in_a_year(tokens: list[Token], k: int) -> bool:
    """ "in 2023" at ``k``: when a source's estimate was made, no part of its name."""
    return tokens[k].lower == "in" and tokens[k + 1].text[:1].isdigit()


_OFFICE_HEADS = words("officer director secretary manager commissioner chairman chairwoman")
_PLACE_OPENERS = words("in at across outside inside near throughout")


# Unions worked out once, not at every word the rules ask about
# small words inside a name or a list of names
_INSIDE_NAMES = NAME_PARTICLES | {"and", "of", "at"}
# relative pronouns but "that"
_RELATIVES_BUT_THAT = RELATIVES - {"that"}
