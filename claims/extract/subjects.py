"""Who the subject of a reporting verb really is, when the words right before the verb are
not it: the noun a participle describes ("The firm accused of polluting a stream told
MPs"), the head of a relative clause ("The trust that runs X has admitted", "Officials who
asked not to be named said"), and the owner of a view ("By her estimate, ...", "..., by
the watchdog's reckoning")."""

from __future__ import annotations

from claims.extract.cited import name_beside
from claims.extract.lexicon import DOCUMENTS, words
from claims.extract.noun_phrases import backward
from claims.extract.phrase_shapes import person_like
from claims.extract.phrases_after import forward
from claims.extract.pronouns import POSSESSIVE_PRONOUNS
from claims.extract.tokens import Speaker, Token, speaker_of, token_index


def own_view(tokens: list[Token]) -> tuple[int, Speaker] | None:
    """ "By her estimate, ...", "In their view, ...", "..., by the watchdog's reckoning.":
    the owner speaks for the sentence; "..., and by its own count it was supporting ...":
    for the clause it opens. The token the view starts at, and its owner."""
    planned = _plan_owner(tokens)
    if planned is not None:  # "Under the plans unveiled by the council, 400 homes ..."
        return 0, planned
    claimed = _claim_owner(tokens)
    if claimed is not None:  # "The minister's claim that 3,000 officers were hired is false"
        return 0, claimed
    for at, token in enumerate(tokens[:-3]):
        if token.lower not in {"by", "in", "on"} or token.quoted:
            continue
        opens = at == 0 or tokens[at - 1].text == "," or tokens[at - 1].lower == "and"
        if opens:
            view = _owner_and_view(tokens, at + 1)
            if view is not None:
                clause = at > 0 and tokens[at - 1].lower == "and"
                return (at if clause else 0), view
    return None


def _owner_and_view(tokens: list[Token], k: int) -> Speaker | None:
    owner = tokens[k]
    if owner.lower in POSSESSIVE_PRONOUNS:
        speaker = Speaker(owner.text, owner.start, owner.end, "pronoun")
        k += 1
    elif owner.lower == "the" and k + 1 < len(tokens) and tokens[k + 1].text.endswith("'s"):
        noun = tokens[k + 1]  # "by the watchdog's reckoning"
        speaker = Speaker(f"the {noun.text[:-2]}", owner.start, noun.end - 2, "role")
        k += 2
    elif (end := _named_owner_end(tokens, k)) is not None:  # "by the Environment
        first = k + 1 if owner.lower == "the" else k  # Agency's own estimate"
        cut = 1 if tokens[end].text[-1] in "'’" else 2  # "Statistics'", "Agency's"
        body = " ".join(t.text for t in tokens[first : end + 1])[:-cut]
        speaker = Speaker(body, tokens[first].start, tokens[end].end - cut, "name")
        k = end + 1
    elif [t.lower for t in tokens[k : k + 3]] == ["the", "words", "of"]:
        said = forward(tokens, k + 3)  # "In the words of chief constable Mark Telford, ..."
        named = name_beside(tokens, said) if said is not None else None
        return named or said  # "In the words of the city's mayor, Ana Ruiz, ...": Ruiz
    else:
        return None
    if k < len(tokens) and tokens[k].lower == "own":
        k += 1
    return speaker if k < len(tokens) and tokens[k].lower in _VIEWS else None


def _named_owner_end(tokens: list[Token], k: int) -> int | None:
    """The index of the possessive that ends a body's name at ``k``: "the Environment
    Agency's", "Oxfam's"."""
    for end in range(k + 1 if tokens[k].lower == "the" else k, min(len(tokens), k + 7)):
        token = tokens[end]
        if token.is_capitalised and token.text.endswith(("'s", "’s", "s'", "s’")):
            return end  # "the Office for National Statistics' count"
        if not (token.is_capitalised or token.lower in {"of", "for", "and"}):
            return None
    return None


def _claim_owner(tokens: list[Token]) -> Speaker | None:
    """Whose claim a sentence opening on it weighs: "The minister's claim that 3,000 officers
    were hired is false", "Ms Aske's wider point, that the backlog is shrinking, holds up"."""
    k = 1 if tokens and tokens[0].lower == "the" else 0
    start = k
    while k < min(len(tokens), start + 4) and not tokens[k].text.endswith(("'s", "’s")):
        if not tokens[k].is_capitalised or tokens[k].quoted:
            return None  # "The minister's", "Ms Aske's", "Labour's": a name or one noun
        k += 1
    if k >= len(tokens) - 2 or tokens[k].quoted or (k > start and not tokens[start].is_capitalised):
        return None
    owner_end = tokens[k].end - 2
    claim = k + 1 + (tokens[k + 1].lower in _CLAIM_ADJECTIVES)
    if claim + 1 >= len(tokens) or tokens[claim].lower not in _CLAIMS:
        return None
    if tokens[claim + 1].lower != "that" and tokens[claim + 1].text != ",":
        return None
    first = tokens[0]
    if first.lower == "the" and start < k:
        return None  # "The Treasury's claim": a body, left to the rules for bodies
    text = " ".join(t.text for t in tokens[: k + 1])[:-2]
    return Speaker(text, first.start, owner_end, "role" if start == k else "name")


_CLAIMS = words(
    "claim assertion statement point argument suggestion boast pledge promise contention"
)
_CLAIM_ADJECTIVES = words("wider main central latest earlier repeated oft-repeated bold")


def _plan_owner(tokens: list[Token]) -> Speaker | None:
    """Whose plan a sentence opening "Under ..." tells of: "Under the government's plans",
    "Under its proposals", "Under the concession announced by the Secretary, X,"."""
    if len(tokens) < 6 or tokens[0].lower != "under" or tokens[0].quoted:
        return None
    first = tokens[1]
    if first.lower in POSSESSIVE_PRONOUNS and tokens[2].lower in _PLANS:
        return Speaker(first.text, first.start, first.end, "pronoun")  # "Under its plans"
    if first.lower == "the" and tokens[2].text.endswith(("'s", "’s")) and tokens[3].lower in _PLANS:
        noun = tokens[2]  # "Under the government's plans"
        return Speaker(f"the {noun.text[:-2]}", first.start, noun.end - 2, "role")
    plan = next((k for k in range(2, 5) if tokens[k].lower in _PLANS), None)
    if first.lower not in {"the", "a", "an"} or plan is None or plan + 3 >= len(tokens):
        return None
    made, by = tokens[plan + 1], tokens[plan + 2]
    if made.lower in _MADE and by.lower == "by":
        return forward(tokens, plan + 3)  # "Under the deal agreed by Unite"
    return None


_PLANS = words(
    """plan plans proposal proposals scheme schemes deal concession concessions offer
    settlement package budget reforms reform changes rules programme"""
)
_MADE = words("announced unveiled proposed agreed published tabled offered outlined")
_VIEWS = words(
    """estimate estimates view count calculation calculations reckoning account analysis
    assessment figures numbers"""
)


def before_relative(tokens: list[Token], index: int) -> Speaker | None:
    """ "Officials who asked not to be named said": the phrase the relative clause hangs on,
    when no comma or quote comes between."""
    for k in range(index - 2, max(0, index - 10), -1):
        token = tokens[k]
        if token.quoted or not token.text[:1].isalnum():
            return None
        if token.lower == "who":
            return backward(tokens, k - 1)
    return None


def described_body(tokens: list[Token], comma: int, found: Speaker | None) -> Speaker | None:
    """ "Halden Analytics, a consultancy, which said", "a tally by the Energy Resilience
    Monitor, a Kyiv-based research group, which said": the body the description follows,
    when ``found`` (before the ``comma`` of ", which") is an indefinite description."""
    if found is None or found.text.split()[0].lower() not in {"a", "an"}:
        return None
    named = backward(tokens, comma)
    if named is None or named.kind not in {"name", "role"}:
        return None
    if " by " in named.text:  # "a tally by the Monitor": the Monitor
        by = named.text.rindex(" by ") + 4
        return Speaker(named.text[by:], named.start + by, named.end, "name")
    return named


def hired_by(tokens: list[Token], found: Speaker) -> Speaker | None:
    """ "Engineers hired by the state said", "Lawyers acting for the family said": the
    people the participle describes speak, not the body that hired them."""
    k = token_index(tokens, found.start)
    if k < 3 or tokens[k - 1].lower not in {"by", "for"}:
        return None
    verb = tokens[k - 2].lower
    if not (verb in _HIRED and tokens[k - 1].lower == "by") and verb != "acting":
        return None
    people = tokens[k - 3]
    if not (people.text.isalpha() and people.lower.endswith("s")) or people.quoted:
        return None
    m = k - 3  # "Independent structural engineers hired by"
    while m > max(0, k - 6) and tokens[m - 1].text.isalpha() and not tokens[m - 1].quoted:
        if tokens[m - 1].lower in _NOT_A_NOUN or (m - 1 > 0 and not tokens[m - 1].text.islower()):
            break
        m -= 1
    last = k
    while last + 1 < len(tokens) and tokens[last + 1].end <= found.end:
        last += 1
    return speaker_of(tokens, m, last, "group")


_HIRED = frozenset(["hired", "employed", "commissioned", "appointed", "retained", "instructed"])


def head_of_relative(tokens: list[Token], found: Speaker) -> Speaker | None:
    """ "The trust that runs Kingsmere General Hospital has admitted": the hospital is the
    relative clause's object; the trust speaks."""
    k = token_index(tokens, found.start)
    if k < 3 or not (tokens[k - 1].text.islower() and tokens[k - 1].text.isalpha()):
        return None
    for m in range(k - 2, max(0, k - 10), -1):  # "A council plumber who came to look at the
        relative = tokens[m]  # pipes in May told her": the plumber
        if relative.quoted or relative.text in {",", ";", ":", "—"}:
            return None
        if relative.lower in {"that", "which", "who"}:
            head = backward(tokens, m - 1)
            return head if head is not None and head.kind in {"role", "group"} else None
    return None


def subject_of_participle(tokens: list[Token], found: Speaker) -> Speaker | None:
    """ "The firm accused of polluting a stream told MPs", "A man charged with killing a
    teacher told the court": the phrase before the verb is the participle's object; the
    speaker is the noun the participle describes."""
    k = token_index(tokens, found.start) - 1
    if k < 1 or not (tokens[k].text.islower() and tokens[k].text.endswith("ing")):
        return None
    before = tokens[k - 1]
    if before.text.isalpha() and before.lower not in _NOT_A_NOUN and not before.quoted:
        return backward(tokens, k - 1)  # "Workers building the dam said"
    for m in range(k - 1, max(0, k - 5), -1):
        word = tokens[m]
        if word.quoted or not word.text.isalpha():
            return None
        if word.lower.endswith("ed") and tokens[m + 1].lower in {"of", "with", "for", "in"}:
            return backward(tokens, m - 1)  # "accused of", "charged with"
    return None


def document_filed(tokens: list[Token], found: Speaker) -> Speaker | None:
    """ "Accounts for Ashbourne Rovers filed at Companies House showed", "Documents shown
    to the inquiry revealed": the registry or hearing they were handed to is no author;
    the body they are for is (else the document, which speaks for its owner)."""
    k = token_index(tokens, found.start) - 1
    if k < 2 or tokens[k].lower not in {"at", "with", "to"}:
        return None
    if tokens[k - 1].lower not in _HANDED_IN:
        return None
    for m in range(k - 2, max(-1, k - 8), -1):
        if tokens[m].lower == "for" and m + 1 < k - 1 and tokens[m + 1].is_capitalised:
            return backward(tokens, k - 2)  # "Accounts for Ashbourne Rovers"
        if tokens[m].lower in DOCUMENTS:
            return backward(tokens, m)
    return None


# Documents handed to a registry or a hearing: "filed at Companies House", "shown to the
# inquiry", "presented to the court"
_HANDED_IN = frozenset(
    ["filed", "lodged", "submitted", "registered", "shown", "presented", "handed", "provided"]
)
# words after which an "-ing" word is no participle describing a noun ("of polluting")
_NOT_A_NOUN = frozenset(
    ["of", "with", "by", "for", "from", "in", "on", "at", "to", "about", "after", "before",
     "without", "is", "are", "was", "were", "be", "been", "being", "and", "or", "not"]
)  # fmt: skip


# What a company reports of itself: "Its revenue in 2025 was £1.46 billion".
_RESULTS = words(
    """revenue revenues sales turnover profit profits loss losses backlog debt margin
    earnings income dividend headcount workforce"""
)


def own_results(tokens: list[Token]) -> list[tuple[int, int, Speaker]]:
    """ "Its revenue in 2025 was £1.46 billion", "Its order backlog stood at £2.3bn": a
    company's reported results are its claims, even in the outlet's sentence (a label
    convention); the "Its" is the body the article is about."""
    if len(tokens) < 4 or tokens[0].lower not in {"its", "their"} or tokens[0].quoted:
        return []
    head = next((k for k in range(1, min(5, len(tokens))) if tokens[k].lower in _RESULTS), None)
    if head is None or not any(t.text.lstrip("$€£₹")[:1].isdigit() for t in tokens[head + 1 :]):
        return []
    return [(2, head, Speaker(tokens[0].text, tokens[0].start, tokens[0].end, "pronoun"))]


def person_of_body(tokens: list[Token], speaker: Speaker | None) -> Speaker | None:
    """ "Professor Kwame Adjei of the Royal College of Surgeons of England, who told MPs":
    the person, not the last words of their body's name."""
    if speaker is not None and speaker.kind == "role":
        return _person_before_office(tokens, speaker) or speaker
    if speaker is None or speaker.kind != "name":
        return speaker
    at = token_index(tokens, speaker.start)
    for k in range(at - 1, max(0, at - 12), -1):
        if tokens[k].lower in {"of", "at", "from"} and k > 0 and tokens[k - 1].is_capitalised:
            person = backward(tokens, k - 1)  # a "publisher" after "evidence given by"
            if (
                person is not None
                and person.kind in {"name", "publisher"}
                and person_like(tokens[token_index(tokens, person.start) : k])
            ):
                return Speaker(person.text, person.start, person.end, "name")
        if not (tokens[k].is_capitalised or tokens[k].lower in {"of", "the", "and", "for"}):
            break
    return speaker


def _person_before_office(tokens: list[Token], body: Speaker) -> Speaker | None:
    """ "Yaw Owusu, secretary of a farmers' cooperative, who said": the person whose office
    the body phrase ends, not the body."""
    k = token_index(tokens, body.start) - 1
    if k < 3 or tokens[k].lower not in {"of", "at", "for"}:
        return None
    m = k - 1
    while m > 0 and k - m <= 4 and tokens[m].text.isalpha() and tokens[m].text.islower():
        m -= 1  # "secretary", "general secretary"
    if m == k - 1 or tokens[m].text != "," or m < 1:
        return None
    person = backward(tokens, m - 1)
    return person if person is not None and person.kind == "name" else None


def person_described(tokens: list[Token], comma: int) -> Speaker | None:
    """ "said Jean Dupont, 62, a winegrower in Pauillac, who estimated": the person the
    description between the commas is of, not the place it ends on."""
    m = comma - 1
    while m > 0 and comma - m <= 10 and tokens[m].text != "," and not tokens[m].quoted:
        m -= 1
    if m < 1 or tokens[m].text != "," or tokens[m + 1].lower not in {"a", "an", "the"}:
        return None
    k = m - 1
    if tokens[k].text.isdigit() and k >= 2 and tokens[k - 1].text == ",":
        k -= 2  # "Jean Dupont, 62,"
    person = backward(tokens, k)
    if person is None or person.kind != "name":
        return None
    return person if person_like(tokens[token_index(tokens, person.start) : k + 1]) else None
