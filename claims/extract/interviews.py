"""Interviews: whose words the paragraphs of a transcript or a Q&A are.

Two layouts are common in newspapers. A transcript names each speaker before a colon
("Lindqvist: We are forecasting a deficit"). A Q&A sets the interviewer's questions as
paragraphs of their own, each answered by the paragraphs after it, which carry no
attribution at all: the interviewee was named once, in the introduction.
"""

from __future__ import annotations

import itertools
import re

from claims.extract.lexicon import words

_TRANSCRIPT_LABEL = re.compile(
    r"\s*([A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3})(?:\s*\(([A-Za-z ]+)\))?:\s+[\w“\"‘']"
)
# Roles a transcript gives the outlet's own people: "JAMIE ROWE (REPORTER):"
_STAFF = frozenset(["reporter", "correspondent", "presenter", "host", "anchor", "editor"])
_INTERVIEWER = frozenset(["Q", "Question", "Interviewer", "Host", "Update", "Note", "Editor"])
# Labels of a fact-check's parts, not speakers: "THE CLAIM:", "THE FACTS:", "VERDICT:".
_HEADINGS = words(
    """claim claims fact facts verdict rating ruling context background update analysis
    sources bottom line"""
)
_QA_LABEL = re.compile(r"\s*(Q|A|Question|Answer)\s*[:.]\s", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:I|I[’'](?:m|ve|d)|[Ww]e|[Ww]e[’'](?:re|ve)|[Oo]ur|us|[Mm]y|me)\b")
_SEPARATOR = re.compile(r"[-–—*_=#•\s]{3,}$")
_MIN_QUESTIONS = 3
_MIN_LABELLED = 2  # questions and answers labelled "Q:" and "A:"
_MAX_QUESTION_WORDS = 60


def transcript_speakers(text: str, paragraphs: list[tuple[int, int]]) -> dict[int, str]:
    """The speaker named before the colon, by paragraph number; empty unless at least two
    paragraphs open so (one "Name:" line is a heading or a caption, not an interview)."""
    speakers: dict[int, str] = {}
    for number, (start, end) in enumerate(paragraphs):
        label = _TRANSCRIPT_LABEL.match(text, start, end)
        if (
            label is not None
            and label.group(1) not in _INTERVIEWER | {"A", "Answer"}
            and _HEADINGS.isdisjoint(label.group(1).lower().split())
        ):
            speakers[number] = label.group(1)
    return speakers if len(speakers) >= 2 else {}


def transcript_staff(text: str, paragraphs: list[tuple[int, int]]) -> set[str]:
    """The surnames of the outlet's own people in a transcript ("SALLY OKORO (PRESENTER):",
    "JAMIE ROWE (REPORTER):"): what they say unattributed is the outlet's voice."""
    # "Our Central Africa correspondent, Daniel Okoro, is in Goma."; the first turn greets
    staff = {_surname(m.group(1)) for m in _OUR_CORRESPONDENT.finditer(text)}
    opening = 1
    for start, end in paragraphs:
        label = _TRANSCRIPT_LABEL.match(text, start, end)
        if label is not None and label.group(2) and label.group(2).strip().lower() in _STAFF:
            staff.add(_surname(label.group(1)))
        if label is not None and label.group(1).lower() in _STAFF:
            staff.add(_surname(label.group(1)))  # "PRESENTER: Joining me now is ..."
        if label is not None and opening and _GREETING.match(text, label.end() - 1, end):
            staff.add(_surname(label.group(1)))  # "GEMMA OKAFOR: Good morning, ...": the host
        opening -= label is not None
    return staff


_GREETING = re.compile(
    r"\s*(?:Good (?:morning|afternoon|evening)|Hello and welcome|Welcome (?:to|back))\b"
)


_OUR_CORRESPONDENT = re.compile(
    r"\b[Oo]ur\s+(?:(?!to\b|the\b|wrote\b)[\w-]+\s+){0,3}?(?:correspondent|reporter|editor)\s*,?\s+"
    r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+)"
)


def interviewer(
    text: str, paragraphs: list[tuple[int, int]], speakers: dict[int, str]
) -> str | None:
    """Who asks the questions in a transcript: the one speaker whose turns mostly hold a
    question, where no other speaker's do ("FELL: ... What's actually in it?")."""
    asking: dict[str, list[bool]] = {}
    for number, name in speakers.items():
        start, end = paragraphs[number]
        asking.setdefault(_surname(name), []).append("?" in text[start:end])
    askers = [name for name, turns in asking.items() if 2 * sum(turns) >= len(turns)]
    if len(askers) != 1 or len(asking) < 2:
        return None
    return askers[0]


def _surname(label: str) -> str:
    """ "JOANNA FELL" and "FELL" are one speaker."""
    return label.split()[-1].lower()


def same_speaker_label(label: str, name: str | None) -> bool:
    return name is not None and _surname(label) == _surname(name)


def on_staff(name: str, staff: set[str]) -> bool:
    return _surname(name) in staff


def qa_answers(text: str, paragraphs: list[tuple[int, int]], quoted: bytes) -> tuple[int, set[int]]:
    """The paragraph of the first question and the paragraphs that answer questions, in
    an article laid out as questions and answers; (-1, set()) when it is not one.

    A question is a paragraph opening "Q:", or a short paragraph of the writer's own ending
    in "?". An answer is a paragraph opening "A:", the paragraph right after a question,
    a paragraph that goes on from a labelled answer, or any later paragraph spoken in the
    first person (the interviewer may also put a claim to the interviewee: "The ministry
    says the offer is funded."). A separator line ("---") ends the interview. At least
    three questions must be answered (two under "Q:"/"A:" labels), and unless the answers
    are labelled at least half of them must be in the first person, so an explainer with
    question headings stays in the outlet's voice.
    """
    asked = sum(
        1 for start, end in paragraphs if text[end - 1] == "?" or _QA_LABEL.match(text, start, end)
    )
    if asked < _MIN_LABELLED and not (asked and _labelled_pair(text, paragraphs)):
        return -1, set()  # most articles: a few character tests
    questions: list[int] = []
    answers: set[int] = set()
    first_person = 0
    labelled = False
    after_question = in_answer = False
    for number, (start, end) in enumerate(paragraphs):
        words = "".join(" " if quoted[i] else text[i] for i in range(start, end))
        if _SEPARATOR.match(text[start:end]):
            if questions:
                break
            continue
        label = _QA_LABEL.match(words)
        asks = label is not None and label.group(1).lower().startswith("q")
        if asks or (
            label is None
            and words.rstrip().endswith("?")
            and len(words.split()) <= _MAX_QUESTION_WORDS
        ):
            questions.append(number)
            after_question, in_answer = True, False
            continue
        labelled = labelled or label is not None
        speaks = _FIRST_PERSON.search(words) is not None
        goes_on = in_answer and labelled
        if questions and (label is not None or after_question or speaks or goes_on):
            answers.add(number)
            first_person += speaks
            in_answer = True
        else:
            in_answer = False
        after_question = False
    answered = sum(1 for q in questions if q + 1 in answers)
    least = _MIN_LABELLED if labelled else _MIN_QUESTIONS  # "Q:" and "A:" say it is one
    if labelled and _labelled_pair(text, paragraphs):
        least = 1  # "Q: How many stores will close? A: We're looking at 22": one is enough
    if answered < least or (not labelled and 2 * first_person < len(answers)):
        return -1, set()
    return questions[0], answers


def _labelled_pair(text: str, paragraphs: list[tuple[int, int]]) -> bool:
    """Whether a paragraph opening "Q:" is answered by the next, opening "A:"."""
    labels = [_QA_LABEL.match(text, start, end) for start, end in paragraphs]
    kinds = [m.group(1).lower()[0] if m else "" for m in labels]
    return any(a == "q" and b == "a" for a, b in itertools.pairwise(kinds))
