"""What follows a colon is the subject's before it: "The National Audit Office's report put
numbers on the drift: the programme is £1.9bn over budget", "Hollander made a second claim
at the rally: crime has doubled", "Pollster Rohan Mehta's prediction: the alliance will win"."""

from __future__ import annotations

from claims.extract.clause_subjects import sentence_subject
from claims.extract.lexicon import DOCUMENTS, ROLE_WORDS
from claims.extract.noun_phrases import backward
from claims.extract.offices import role_head
from claims.extract.phrases_after import forward
from claims.extract.tokens import Speaker, Token


def document_before_colon(tokens: list[Token]) -> list[tuple[int, int, Speaker]]:
    """ "The National Audit Office's report put numbers on the drift: the programme is
    £1.9bn over budget ...": what follows the colon is the document's; so is what follows
    "Hollander made a second claim at the rally:" Hollander's."""
    colon = next((k for k, t in enumerate(tokens) if t.text == ":" and not t.quoted), None)
    if colon is None or colon + 1 >= len(tokens) or colon > 25:
        return []
    owner = _owner_of_statement(tokens, colon) or _statement_from(tokens, colon)
    if owner is not None:  # "Pollster Rohan Mehta's prediction: the alliance will win"
        return [(2, colon, owner)]
    named = name_before_quote(tokens, colon)
    if named is not None:
        return [(2, colon, named)]
    subject = sentence_subject(tokens[:colon], single=True)
    said = {t.lower for t in tokens[:colon]}
    if subject is not None and said & _MADE and said & _STATEMENT_NOUNS:
        return [(2, colon, subject)]
    if subject is None or subject.kind != "role":
        return []
    after = next((t for t in tokens[:colon] if t.start >= subject.end), None)
    if subject.text.endswith(("'s", "’s")) and after is not None and after.lower in DOCUMENTS:
        text = f"{subject.text} {after.text}"  # "The National Audit Office's report"
        subject = Speaker(text, subject.start, after.end, "role")
    elif role_head(subject.text)[0] not in DOCUMENTS:
        return []
    return [(2, colon, subject)]


def name_before_quote(tokens: list[Token], colon: int) -> Speaker | None:
    """ "Kernow Power Networks' Jill Sandford: “We restored supply ...”", "Site manager Tom
    Bell: “...”": a name, and nothing but its office or body, before a colon and a quotation."""
    if not tokens[colon + 1].quoted or tokens[colon + 1].text.isalnum():
        return None  # the quotation opens right after the colon
    if not all(t.is_capitalised or t.lower in _AROUND_A_NAME for t in tokens[:colon]):
        return None  # "The verdict was clear: ..."
    named = backward(tokens, colon - 1)
    if named is None or named.kind != "name" or len(named.text.split()) < 2:
        return None
    return named


_AROUND_A_NAME = ROLE_WORDS | frozenset(["of", "for", "the", "and", "'", "’", "'s", "’s"])
_MADE = frozenset(["made", "makes", "repeated", "repeats", "issued", "gave", "renewed"])
_STATEMENT_NOUNS = frozenset(["claim", "pledge", "promise", "warning", "boast", "prediction"])
_VERDICTS = _STATEMENT_NOUNS | frozenset(["verdict", "forecast", "estimate", "view", "message"])


def _owner_of_statement(tokens: list[Token], colon: int) -> Speaker | None:
    """The owner of a statement that is all the words before the colon: "Pollster Rohan
    Mehta's prediction:", "The IMF's latest forecast:"; None when a verb stands there."""
    if colon < 2 or tokens[colon - 1].lower not in _VERDICTS:
        return None
    owned = colon - 2
    if tokens[owned].text.isalpha() and tokens[owned].text.islower():
        owned -= 1  # "latest", "bold"
    subject = sentence_subject(tokens[: owned + 1], single=True)
    if owned < 0 or not tokens[owned].text.endswith(("'s", "’s")) or subject is None:
        return None
    if subject.end != tokens[owned].end:
        return None  # not the whole phrase: "Sales rose, in Mehta's view:"
    kind = "name" if tokens[owned].is_capitalised else "role"
    return Speaker(subject.text[:-2], subject.start, subject.end - 2, kind)


def _statement_from(tokens: list[Token], colon: int) -> Speaker | None:
    """ "The verdict from Lisa Tran, who runs the café, was blunt: ...", "The message from
    the council is clear:": the one the statement came from."""
    k = 1 if tokens[0].lower in {"the", "a", "his", "her", "their"} else 0
    if k + 2 >= colon or tokens[k].lower not in _VERDICTS:
        return None
    if tokens[k + 1].lower not in {"from", "of"}:
        return None
    before = [t.lower for t in tokens[max(k + 2, colon - 3) : colon]]
    if not _COPULAS.intersection(before):
        return None  # "The verdict of the jury in the case of Smith:"
    speaker = forward(tokens, k + 2)
    return speaker if speaker is not None and speaker.end <= tokens[colon].start else None


_COPULAS = frozenset(["was", "is", "were", "are", "seemed", "sounded"])
