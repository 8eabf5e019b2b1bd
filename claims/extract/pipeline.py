"""From article text to claims: sentences, attribution, quantities, dates, scores."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from claims.extract.appositions import subject_background
from claims.extract.article_passes import (
    AttributedSentence,
    carry_the_figure,
    credit_interviewees,
    credit_the_study,
    name_the_lede_speaker,
    spread_quote_speakers,
)
from claims.extract.attribution import Attribution, attribution_at, resolve, sentence_speakers
from claims.extract.checkworthiness import score_checkworthiness
from claims.extract.claimant_forms import owner_named
from claims.extract.companies import note_companies
from claims.extract.company_results import credit_the_results
from claims.extract.date_anchors import labelled_date, story_date
from claims.extract.date_choice import date_after, date_near, dates_beside, main_date
from claims.extract.date_context import record_base, told_in_the_past
from claims.extract.datelines import dateline_date, dateline_outlet, lead_length
from claims.extract.dates import DateMention, find_dates
from claims.extract.discourse import Discourse
from claims.extract.fact_checks import credit_checked_claims
from claims.extract.its_plans import credit_its_plans
from claims.extract.lexicon import MEASURE_NOUNS
from claims.extract.local_units import localise
from claims.extract.main_figures import (
    counts_the_speakers,
    independent_figures,
    main_quantity,
    minor_figure,
)
from claims.extract.officers_say import officer_tells_plan
from claims.extract.openings import publisher_as_subject
from claims.extract.own_voice import own_reporting
from claims.extract.quantities import find_quantities
from claims.extract.quotations import quote_mask, scored_text, with_evidence
from claims.extract.results import ExtractedClaim, Quantity
from claims.extract.scopes import ASIDE, Scoped, chain_spans
from claims.extract.sentences import paragraph_spans, split_sentences
from claims.extract.studies import study_owner
from claims.extract.tokens import Speaker
from claims.extract.units import TIME_UNITS

_CONTEXT = 32
# Figures that earn no check-worthiness bonus: durations and occasions ("three times").
_WEAK_FIGURES = TIME_UNITS | {"time"}
_NON_CLAIM = re.compile(
    r"""^(?:\(?(?:reporting|writing|editing|additional\s+reporting)\s+by\b
    |by\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}$
    |(?:good\s+(?:morning|afternoon|evening|night)|hello|hi|welcome|thank\s+you|thanks)\b
    |(?:photo|image|video|read\s+more|related|advertisement|share\s+this)\b)""",
    re.IGNORECASE | re.VERBOSE,
)
_MIN_WORDS = 4
_CLOSING = frozenset('.!?…:"”’)')
_LIST_ITEM = re.compile(r"\s*[-*•–—]\s")  # a results release's bullet points
_WORD = re.compile(r"\w+")
_SHORT_FIGURE = re.compile(  # "Turnout was 61.4%.", "Sales fell £2m.", not "She was 88."
    r"[A-Z][a-z]+ (?:was|is|were|are|rose|fell) (?:[£$€]\S*\d\S*|\S*\d(?:%|bn|m|k))\.$"
)
# A lower-case word standing alone. The look-behind comes after the first letter (it tests
# the character before it all the same), so that re skips to candidate letters at C speed.
_LOWER_WORD = re.compile(r"[a-z](?<![\w’'-].)[a-z]*(?:-[a-z]+)*(?![\w’'-])")


def extract_claims(text: str, published: dt.date | None = None) -> list[ExtractedClaim]:
    """Return one claim per checkable sentence of ``text``, in reading order."""
    sentences = _attributed_sentences(text)
    claims: list[ExtractedClaim] = []
    story = None  # the date the story gave last: "Three days later, ..." counts from it
    label = None  # "Date of incident: 02/11/2025.": the undated sentences after it
    lede = None  # an undated lede's dateline day, for the undated sentences of its paragraph
    end = 0
    for sentence in sentences:
        if lede is not None and "\n\n" in text[end : sentence.start]:
            lede = None  # "PARIS, June 3 (AFP) - ... . Police detained 41 people": June 3
        dateline = dateline_date(text[sentence.start : sentence.end], published)
        end = sentence.end
        past = lede is not None and told_in_the_past(sentence.analysed)
        given = dateline or (lede if past else None) or label
        claims.extend(_claims(text, sentence, published, story, given))
        mentions = find_dates(sentence.analysed, published, story)
        if dateline is not None:  # not after "... to the surface on Friday": the lede's own
            lede = None if mentions else dateline
        story = story_date(mentions) or story
        label = labelled_date(sentence.analysed, mentions) or label
    return localise(text, claims)  # "$184 million" in an Australian story: AUD


def _attributed_sentences(text: str) -> list[AttributedSentence]:
    paragraphs = paragraph_spans(text)
    mask = quote_mask(text, paragraphs)
    vocabulary = MEASURE_NOUNS.union(_LOWER_WORD.findall(text))
    discourse = Discourse(vocabulary=vocabulary, outlet=dateline_outlet(text))
    sentences: list[AttributedSentence] = []
    paragraph = 0
    for index, (start, end) in enumerate(split_sentences(text)):
        while paragraph + 1 < len(paragraphs) and paragraphs[paragraph][1] < start:
            paragraph += 1
        lead = lead_length(text[start:end])
        sentence, quoted = " " * lead + text[start + lead : end], mask[start:end]
        note_companies(discourse, index, sentence)  # "Shares in Hadley Brooks fell"
        discourse.observe(index, sentence, quoted)
        if discourse.study_owner is None:
            discourse.study_owner = study_owner(sentence)
        every = sentence_speakers(sentence, quoted)
        scoped = [s for s in every if s.order != ASIDE]
        chain = [s.speaker for s in scoped]
        attribution = Attribution(None, None, ())
        claimants: dict[int, str | None] = {}
        discourse.sentence_claimants = []
        if chain and chain[-1].kind == "pronoun":  # "The Health Secretary said ... which she
            for speaker in chain[:-1]:  # said": who the sentence named first comes first
                if speaker.start < chain[-1].start and speaker.start not in claimants:
                    claimants[speaker.start] = resolve(speaker, discourse, index, sentence)
                    discourse.sentence_claimants.append(claimants[speaker.start])
        claimant = resolve(chain[-1], discourse, index, sentence) if chain else None
        if claimant is None and scoped and scoped[-1].order == 3:
            claimant = chain[-1].text  # "..., the release says, citing industry estimates"
        if chain:
            claimants[chain[-1].start] = claimant
        for speaker in chain[:-1]:
            if speaker.start not in claimants:
                claimants[speaker.start] = resolve(speaker, discourse, index, sentence)
        if claimant and len(chain) > 1 and chain[-1].kind in {"role", "group"}:
            owner = claimants.get(chain[0].start)  # "She said a nurse in her constituency"
            claimant = claimants[chain[-1].start] = owner_named(claimant, owner, discourse)
        if not chain and 1 not in quoted:
            subject = publisher_as_subject(sentence, discourse)
            if subject is not None and discourse.last_publisher is not None:
                attribution = Attribution(subject, discourse.last_publisher, ())
        if (
            chain
            and claimant is not None
            and (chain[-1].kind != "pronoun" or claimant != chain[-1].text)
        ):
            cited = scoped[-1].order == 3 and scoped[-1].verb == 0 and len(chain) > 1
            teller = claimants.get(chain[-2].start) if cited else None  # "Citing analysis
            discourse.note_speaker(index, teller or claimant)  # by X, the committee said":
            # the committee speaks on in the sentences after
            made_in = _MADE_IN.search(sentence) if chain[-1].kind in {"name", "role"} else None
            if made_in is not None:  # "X disclosed this in a statement signed by ...; The
                discourse.document_owners[made_in.group(1).lower()] = claimant  # statement
        if _body_told_by_its_person(
            scoped, chain, claimants, discourse, sentence
        ) or officer_tells_plan(scoped, chain, claimants, discourse, sentence):
            scoped, chain = scoped[:1], chain[:1]  # "The Bank of Canada cut its rate to
            # 4.75%, Governor X said": the governor's
        while len(chain) > 1 and claimants.get(chain[-1].start) is None:
            chain = chain[:-1]  # "X said the figures showed ...": no publisher, X's account
        if chain and claimants.get(chain[-1].start) is not None:
            final = claimants[chain[-1].start]  # not "X said ..., which it said" via X
            via = tuple(s.text for s in reversed(chain[:-1]) if claimants.get(s.start) != final)
            attribution = Attribution(chain[-1].text, claimants[chain[-1].start], via)
        asides = [s for s in every if s.order == ASIDE]
        for aside in asides:
            claimants[aside.speaker.start] = resolve(aside.speaker, discourse, index, sentence)
        share = quoted.count(1) / max(1, len(quoted))
        opens = end < len(mask) and bool(mask[end - 1] and mask[min(end, len(mask) - 1)])
        sentences.append(
            AttributedSentence(
                start,
                end,
                paragraph,
                quoted,
                sentence,
                lead,
                attribution,
                share,
                opens,
                scoped,
                claimants,
                asides,
            )
        )
    name_the_lede_speaker(sentences, discourse)
    credit_the_results(sentences, discourse)
    if discourse.study_owner is not None:
        credit_the_study(sentences, discourse.study_owner)
    credit_interviewees(text, paragraphs, sentences, discourse, mask)
    spread_quote_speakers(sentences)
    credit_checked_claims(text, paragraphs, sentences, discourse)  # "CLAIM 1: ..."
    carry_the_figure(sentences)
    credit_its_plans(sentences, discourse)
    return sentences


# A document the sentence's speaker spoke through: "disclosed this in a statement signed by
# his press secretary", "said in a letter to MPs" (later "The statement said" is theirs); the
# look-behind after "in" is a \b before it, there so that re looks for "in" at C speed
_MADE_IN = re.compile(
    r"in(?<!\w..)\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(statement|letter|memo|email|report)\b"
)


def _body_told_by_its_person(
    scoped: list[Scoped],
    chain: list[Speaker],
    claimants: dict[int, str | None],
    discourse: Discourse,
    sentence: str,
) -> bool:
    """ "The Bank of Canada cut its key rate to 4.75 per cent, Governor Tiff Macklem said",
    "The bank now expects it to fall to 2.2%, she said": a body's own figure told by a
    person, named after it, is the person's claim."""
    if len(chain) != 2 or scoped[0].order != 1 or scoped[1].order != 2:
        return False
    if sentence[: chain[1].start].strip():
        return False  # the body opens the sentence
    person, body = claimants.get(chain[0].start), claimants.get(chain[1].start)
    return bool(person and body and discourse.find(person) and not discourse.find(body))


def _claims(
    text: str,
    sentence: AttributedSentence,
    published: dt.date | None,
    story: DateMention | None,
    given: DateMention | None,
) -> list[ExtractedClaim]:
    """The claims of one sentence: one, or one per figure when it states several; a
    sentence with no date phrase of its own takes ``given`` (its dateline's day, the date
    of a form's label before it)."""
    start = sentence.start + sentence.lead
    raw = text[start : sentence.end]
    words = raw.split()
    normalised = " ".join(words)
    short = len(words) < _MIN_WORDS and not (len(words) == 3 and _SHORT_FIGURE.match(normalised))
    if short or _NON_CLAIM.match(normalised.strip("(")):
        return []  # not "Turnout was 61.4%.": a figure's sentence can be three words
    listed = _LIST_ITEM.match(raw) is not None and any(ch.isdigit() for ch in raw)
    if normalised[-1] not in _CLOSING and len(words) < 12 and not listed:
        return []  # a heading, a caption, a dateline on its own; not "- Revenue up 4.1%"
    dates = find_dates(sentence.analysed, published, story)
    quantities = [
        q
        for q in find_quantities(sentence.analysed)
        if not any(d.text in q.text or q.text in d.text for d in dates)
        and not counts_the_speakers(q, sentence.analysed, sentence.scoped)
    ]
    figures = independent_figures(quantities, sentence.analysed)
    main = main_quantity(quantities)
    if main is not None:  # "hit 11.1%, its highest level since 1981": not the figure's date
        dates_of_figures = [d for d in dates if not record_base(sentence.analysed, d.start)]
    else:
        dates_of_figures = dates  # "the first eruption since 1934" is dated by it
    if main is not None and len(figures) < 2:
        dates_of_figures = dates_beside(sentence.analysed, main, dates_of_figures)
    date = (main and date_after(sentence.analysed, main, dates_of_figures)) or main_date(
        dates_of_figures
    )
    given = given if not dates else None
    date = date or given
    quoted = sentence.quoted[sentence.lead :]
    if main is not None:
        kind = "quantity"
    elif dates:  # a date phrase, even one that only bounds a span ("since 2016")
        kind = "event"
    elif 1 in quoted and sum(1 for m in _WORD.finditer(raw) if quoted[m.start()]) >= 4:
        kind = "quote"
    else:
        kind = "statement"
    attribution = _attribution_of(sentence, main)
    claim = ExtractedClaim(
        text=normalised,
        kind=kind,
        quote=raw,
        start=start,
        end=sentence.end,
        sentence=raw,
        prefix=text[max(0, start - _CONTEXT) : start],
        suffix=text[sentence.end : sentence.end + _CONTEXT],
        claimant=attribution.claimant,
        speaker=attribution.speaker,
        via=attribution.via,
        quantity=main,
        event_date=date.date if date else None,
        date_text=date.text if date else None,
        checkworthiness=with_evidence(
            score_checkworthiness(scored_text(raw, normalised, quoted, sentence.quoted_share)),
            main is not None and main.unit not in _WEAK_FIGURES,
            bool(attribution.claimant) or own_reporting(s.speaker.text for s in sentence.scoped),
            bool(dates),
        ),
    )
    if len(figures) < 2:
        return [claim, *_statement_beside(text, sentence, [claim], published)]
    claims = []
    described = any(not minor_figure(f) for f in figures)
    for figure in figures:
        own = _attribution_of(sentence, figure)
        beside = dates_beside(sentence.analysed, figure, dates_of_figures)
        near = date_near(sentence.analysed, figure, figures, beside) or given
        score = claim.checkworthiness  # "a three-bedroom flat" beside the rent: kept, not queued
        if described and minor_figure(figure):
            score = min(score, _MINOR_SCORE)
        claims.append(
            replace(
                claim,
                checkworthiness=score,
                quantity=figure,
                claimant=own.claimant,
                speaker=own.speaker,
                via=own.via,
                event_date=near.date if near else None,
                date_text=near.text if near else None,
            )
        )
    return claims + _statement_beside(text, sentence, claims, published)


def _statement_beside(
    text: str, sentence: AttributedSentence, claims: list[ExtractedClaim], published: dt.date | None
) -> list[ExtractedClaim]:
    """A source's statement in a sentence whose figures are someone else's, or the outlet's:
    "Calderbrook, which employs 640 people, said its discharges had been within limits" is
    the outlet's 640 and Calderbrook's claim, each a claim of its own, the statement's
    passage being what the source said. So is an aside's name for something ("..., in what
    analysts describe as the largest attack since 1945"), with or without figures."""
    figures = [c.quantity for c in claims if c.quantity is not None]
    covered = {c.claimant for c in claims}  # the sources the sentence's figures have
    clauses = sentence.scoped  # "A, Ofqual said, while Joanna Pike said B": B is hers
    own_clauses = len(clauses) == 2 and clauses[0].end <= clauses[1].start
    for scoped in [*(clauses if figures or own_clauses else ()), *sentence.asides]:
        claimant = sentence.claimants.get(scoped.speaker.start)
        passage = sentence.analysed[scoped.start : scoped.end]
        if claimant is None or claimant in covered or len(passage.split()) < _MIN_STATEMENT:
            continue
        if any(f.text in passage for f in figures):
            continue
        lead = len(passage) - len(passage.lstrip(" ,:;—–-"))
        start = sentence.start + scoped.start + lead
        end = sentence.start + scoped.end
        raw = text[start:end].rstrip(" ,;")
        end = start + len(raw)
        quoted = sentence.quoted[scoped.start + lead : scoped.start + lead + len(raw)]
        dates = find_dates(raw, published)
        date = main_date(dates)
        kind = "quote" if quoted.count(1) > len(raw) / 2 else "statement"
        flat = " ".join(raw.split())
        score = with_evidence(score_checkworthiness(flat), False, True, bool(dates))
        if not figures and scoped in clauses:  # the whole sentence is queued already: this
            score = min(score, _MINOR_SCORE)  # clause is kept for who said it, not queued
        return [
            replace(  # the sentence's claim, narrowed to the source's passage
                claims[0],
                text=flat,
                kind=kind,
                quote=raw,
                start=start,
                end=end,
                prefix=text[max(0, start - _CONTEXT) : start],
                suffix=text[end : end + _CONTEXT],
                claimant=claimant,
                speaker=scoped.speaker.text,
                via=(),
                quantity=None,
                event_date=date.date if date else None,
                date_text=date.text if date else None,
                checkworthiness=score,
            )
        ]
    return []


_MINOR_SCORE = 0.45  # under the queue's 0.5: a describing figure beside the main one
_MIN_STATEMENT = 6  # words a source's statement needs to be a claim of its own


def _attribution_of(sentence: AttributedSentence, figure: Quantity | None) -> Attribution:
    """Who speaks for a figure of the sentence: the speaker whose scope holds it (see
    attribution.find_scoped); for a sentence without figures, or whose figure is a span of
    time, its whole chain."""
    scoped = sentence.scoped
    if figure is None and len(scoped) == 2 and scoped[0].end <= scoped[1].start:
        return attribution_at(scoped, scoped[0].start, sentence.claimants)  # "A, Ofqual
        # said, while Joanna Pike said B": each its own clause, the sentence opening on A
    timed = figure is not None and chain_spans(figure, sentence.scoped, sentence.analysed)
    if figure is None or not (sentence.scoped or sentence.asides) or timed:
        return sentence.attribution  # "Lopez, who has run the bakery for 20 years, said ..."
    position = sentence.analysed.find(figure.text)
    if position < 0:
        return sentence.attribution
    for aside in sentence.asides:  # "ahead of the $8.1 billion analysts had expected"
        if aside.start <= position < aside.end:
            claimant = sentence.claimants.get(aside.speaker.start)
            return Attribution(aside.speaker.text, claimant, ())
    if subject_background(sentence.analysed, position, sentence.scoped):  # "The government,
        return Attribution(None, None, ())  # which owns 80% of Baltica, would ..., X reported"
    return attribution_at(sentence.scoped, position, sentence.claimants)
