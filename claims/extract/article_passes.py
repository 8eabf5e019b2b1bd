"""Passes over a whole article once each sentence has its speakers: answers in an
interview, a lede's company named further down, a study's stand-ins, quotations running
over several sentences."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from claims.extract.discourse import Discourse
from claims.extract.interviews import (
    interviewer,
    on_staff,
    qa_answers,
    same_speaker_label,
    transcript_speakers,
    transcript_staff,
)
from claims.extract.kinds import other_portfolio
from claims.extract.lexicon import ROLE_WORDS
from claims.extract.offices import role_head
from claims.extract.scopes import Attribution, Scoped
from claims.extract.studies import stands_in, study_subject
from claims.extract.tokens import Speaker


@dataclass
class AttributedSentence:
    start: int
    end: int
    paragraph: int
    quoted: bytes  # 1 for each character inside a direct quotation, else 0
    analysed: str  # the sentence with any dateline blanked out, offsets unchanged
    lead: int  # length of the dateline the sentence opens with, 0 if none
    attribution: Attribution
    quoted_share: float
    opens_quote: bool  # ends inside a quotation that the next sentence continues
    scoped: list[Scoped]  # the sentence's own speakers and what each speaks for
    claimants: dict[int, str | None]  # resolved claimant by speaker start
    # "in what analysts describe as ...": who names something in passing, and the name
    asides: list[Scoped] = field(default_factory=list)


def credit_interviewees(
    text: str,
    paragraphs: list[tuple[int, int]],
    sentences: list[AttributedSentence],
    discourse: Discourse,
    mask: bytes,
) -> None:
    """An interview's answers are the interviewee's: in a transcript ("Lindqvist: We are
    forecasting a deficit of £14.5 million.") the name before the colon, in a Q&A the
    person the introduction named last. A "we" or "students said" inside an answer is
    still their account."""
    speakers = transcript_speakers(text, paragraphs)
    first_question, answers = qa_answers(text, paragraphs, mask)
    if answers and not speakers:
        people = [
            person
            for number, sentence in enumerate(sentences)
            if sentence.paragraph < first_question
            for name in discourse.mentions.get(number, [])
            if (person := discourse.find(name)) is not None
        ]  # the last one named, preferring a known given name to "She spoke to the Courier"
        intro = text[: paragraphs[first_question][0]] if first_question < len(paragraphs) else text
        people.sort(key=lambda p: (not _interviewer_named(p.name, intro), p.gender is not None))
        if people:
            speakers.update(dict.fromkeys(answers, people[-1].name))
    asker = interviewer(text, paragraphs, speakers) if speakers else None
    staff = transcript_staff(text, paragraphs) if speakers else set()
    for sentence in sentences:
        name = speakers.get(sentence.paragraph)
        if name is None:
            continue
        chain = sentence.scoped
        if (asker is not None and same_speaker_label(asker, name)) or on_staff(name, staff):
            _credit_the_question(sentence, speakers, discourse)
            continue
        if sentence.attribution.claimant is None or all(_unnamed(s.speaker) for s in chain):
            sentence.attribution = Attribution(name, _label_name(name, discourse), ())
            sentence.scoped = []


# "spoke to the Chronicle's Mark Tessier", "the Ledger's health reporter Ann Cole"
_OUTLETS_OWN = r"(?:the\s+)?(?:[A-Z][\w&]*(?:\s+[A-Z][\w&]*)*['’]s\s+(?:[a-z]+\s+){0,2})?"


def _interviewer_named(name: str, intro: str) -> bool:
    """ "He spoke to Owen Brightwater", "interviewed by Owen Brightwater": who asks."""
    return (
        re.search(
            rf"\b(?:spoke|talked|talking|speaking)\s+(?:to|with)\s+{_OUTLETS_OWN}{re.escape(name)}"
            rf"|\binterviewed\s+by\s+{_OUTLETS_OWN}{re.escape(name)}",
            intro,
        )
        is not None
    )


def _credit_the_question(
    sentence: AttributedSentence, speakers: dict[int, str], discourse: Discourse
) -> None:
    """An interviewer's turn is the outlet's voice, or their own source's ("The National
    Audit Office said ..."), except what they put back to the guest: "You said on Friday
    this would support 2,000 jobs" is the guest's claim."""
    if not _PUT_BACK.search(sentence.analysed):
        return
    guest = next((n for p, n in sorted(speakers.items()) if p > sentence.paragraph), None)
    if guest is not None:  # "OKAFOR" named in full: "RUTH OKAFOR"
        guest = max((n for n in speakers.values() if same_speaker_label(n, guest)), key=len)
        sentence.attribution = Attribution(guest, _label_name(guest, discourse), ())
        sentence.scoped = []


def _label_name(label: str, discourse: Discourse) -> str:
    """A transcript's speaker label as a name: "ABANA" the Ruth Abana the introduction
    named, "SAIRA QADIR" Saira Qadir."""
    written = label.title() if label.isupper() and len(label) > 3 else label
    return discourse.resolve_name(written)


_PUT_BACK = re.compile(
    r"\b[Yy]ou(?:[’']ve|\s+have)?\s+(?:also\s+)?(?:said|announced|told|claimed|promised|"
    r"pledged|estimated|wrote|argued|insisted|predicted|forecast|admitted)\b"
)


def name_the_lede_speaker(sentences: list[AttributedSentence], discourse: Discourse) -> None:
    """ "..., the operator said." in a lede whose company is named only further down: once
    the article has been read, the company it is about. "The head of the chemical company
    told MPs ..." opening the article: the person named next holds the office."""
    for index, sentence in enumerate(sentences):
        for scoped in sentence.scoped:
            speaker = scoped.speaker
            if sentence.claimants.get(speaker.start) != speaker.text:
                continue  # resolved already
            kind = _KIND_SPOKESPERSON.match(speaker.text)  # "A trust spokesperson" in a
            if kind is None and index >= _LEDE:  # live blog that names the trust further
                holder = _holder_named_later(speaker, discourse)  # down, in its older
                holder = holder or _named_next(speaker, sentences, index, discourse)
                if holder is not None:  # entries; "The council's director of engineering
                    _give(sentence, speaker, holder)  # said ... said the director, Bongani
                continue  # Sibanda": the one person given that office
            if kind is not None:
                named = discourse.resolve_organisation(f"the {kind.group(1).lower()}")
                if named is not None:
                    _give(sentence, speaker, named)
                continue
            named = _lede_holder(speaker, discourse) if index == 0 else None
            named = named or _holder_named_later(speaker, discourse)
            phrase = _PLACE_OWNER.sub("the ", speaker.text)  # "the country's disaster agency"
            words = phrase.split()  # "the operator", "the energy regulator", not
            bare = len(words) <= 3 and all(w.islower() for w in words[1:])  # "the Vienna
            if named is None and bare:  # airport operator"
                named = discourse.named_later(phrase, index)
            if named is not None:
                _give(sentence, speaker, named)


def _give(sentence: AttributedSentence, speaker: Speaker, claimant: str) -> None:
    sentence.claimants[speaker.start] = claimant
    if sentence.attribution.speaker == speaker.text:
        via = sentence.attribution.via
        sentence.attribution = Attribution(speaker.text, claimant, via)


_LEDE = 3  # sentences
_PLACE_OWNER = re.compile(
    r"^(?:[Tt]he) (?:country|nation|state|province|region|island|city|territory)['’]s "
)
_KIND_SPOKESPERSON = re.compile(r"(?:[Aa]n?|[Tt]he) ([a-z]+) spokes(?:person|man|woman)$")


def _lede_holder(speaker: Speaker, discourse: Discourse) -> str | None:
    if speaker.kind != "role" or discourse.lede_holder is None:
        return None
    office, person = discourse.lede_holder
    return person if speaker.text.lower().startswith(office.lower()) else None


def _holder_named_later(speaker: Speaker, discourse: Discourse) -> str | None:
    """ "..., the returning officer announced." in a lede, "returning officer Claire
    Mensah said" further down: the one person the article gave that office."""
    head, modifiers = role_head(speaker.text)
    if speaker.kind != "role" or head not in ROLE_WORDS:
        return None
    holders = [
        person.name
        for person in discourse.persons
        if any(
            held == head
            and (modifiers <= words or words - {held} <= modifiers)  # "the council's
            and not other_portfolio(modifiers, words)  # director of engineering" ...
            for held, words in person.roles  # "said the director, Bongani Sibanda"
        )  # not the shadow chancellor for "the Chancellor"
    ]
    return holders[0] if len(holders) == 1 else None


def _named_next(
    speaker: Speaker, sentences: list[AttributedSentence], index: int, discourse: Discourse
) -> str | None:
    """ "The trust's chief executive told a board meeting ... Dr Samuel Oduya said there
    were ...": a person the article names first as the next sentence's speaker, with no
    office of their own, holds the office that spoke just before."""
    head = role_head(speaker.text)[0]
    owned = speaker.text.split()[0] in {"The", "the"} and any(
        link in speaker.text for link in _HELD_OF
    )  # "The minister for housing said ... said Ann Reed", "The head of the rescue office"
    if speaker.kind != "role" or head not in ROLE_WORDS or not owned or index + 1 >= len(sentences):
        return None
    following = sentences[index + 1]
    names = discourse.mentions.get(index + 1, [])
    claimant = following.attribution.claimant
    person = discourse.find(names[0]) if names else None
    offices = {held for held, _ in person.roles} - _TITLES - _MEMBERS if person else set()
    if person is None or claimant != person.name or offices:
        return None
    earlier = any(person.name in discourse.mentions.get(k, []) for k in range(index + 1))
    return None if earlier else person.name


_HELD_OF = ("'s ", "’s ", " for ", " of ")  # an office of a body or held for a portfolio
_TITLES = frozenset(["dr", "prof", "professor", "mr", "mrs", "ms", "miss", "sir", "dame"])
_MEMBERS = frozenset(["councillor", "cllr"])  # a seat, not an office: holds a portfolio too


def _unnamed(speaker: Speaker) -> bool:
    """ "we", "they", "students", "Students told us": nobody the reader could quote."""
    plural_word = " " not in speaker.text and speaker.text.lower().endswith("s")
    return speaker.kind in {"pronoun", "group"} or (speaker.kind == "name" and plural_word)


def credit_the_study(sentences: list[AttributedSentence], owner: str) -> None:
    """Stand-ins for a study ("the researchers", "a study published on Tuesday", "The
    research ... followed") left unresolved, or read before the team was named, speak for
    its owner; so does a "They" right after them."""
    previous: str | None = None
    for sentence in sentences:
        stand_in = False
        for scoped in sentence.scoped:
            speaker = scoped.speaker
            claimant = sentence.claimants.get(speaker.start)
            if stands_in(speaker.text) and claimant in (None, speaker.text):
                sentence.claimants[speaker.start] = owner
                stand_in = True
            elif speaker.text in {"They", "they"} and previous == owner:
                sentence.claimants[speaker.start] = owner
        chain = sentence.scoped
        if chain and sentence.claimants.get(chain[-1].speaker.start) == owner:
            via = sentence.attribution.via
            sentence.attribution = Attribution(chain[-1].speaker.text, owner, via)
        elif not chain and 1 not in sentence.quoted:
            subject = study_subject(sentence.analysed)
            if subject is not None:
                sentence.attribution = Attribution(subject, owner, ())
        claimant = sentence.attribution.claimant
        previous = owner if stand_in or claimant == owner else (claimant or previous)


def spread_quote_speakers(sentences: list[AttributedSentence]) -> None:
    """A quotation running over several sentences belongs to the speaker named in any of
    them; a quoted paragraph with no attribution at all continues the previous speaker."""
    block: list[AttributedSentence] = []
    last: Attribution | None = None
    for sentence in sentences:
        block.append(sentence)
        if sentence.opens_quote:
            continue
        found = next((s.attribution for s in block if s.attribution.claimant), None)
        for member in block:
            if member.attribution.claimant is None and member.quoted_share >= 0.5:
                inherited = found or last
                if inherited is not None:
                    member.attribution = inherited
                    member.scoped = []
            if member.attribution.claimant:
                last = member.attribution
        block = []


# "The figure was down from 31,900 a year earlier": the figure the sentence before gave
_SAME_FIGURE = re.compile(
    r"\s*(?:The|That|This)\s+(?:figure|number|total|tally|count)\s+"
    r"(?:was|is|had|has|compares|compared|rose|fell|remains|remained)\b"
)


def carry_the_figure(sentences: list[AttributedSentence]) -> None:
    """ "According to NHS England figures, there were 28,400 vacancies. The figure was down
    from 31,900 a year earlier.": a figure taken up again is still its source's."""
    for previous, sentence in itertools.pairwise(sentences):
        if sentence.scoped or sentence.attribution.claimant or sentence.quoted_share > 0.5:
            continue
        same = previous.paragraph == sentence.paragraph and previous.attribution.claimant
        if same and _SAME_FIGURE.match(sentence.analysed):
            sentence.attribution = previous.attribution
