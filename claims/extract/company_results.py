"""A company's results story: once the company has reported its results ("reported a
pre-tax loss of £38.4 million"), a later sentence on "its" own measures ("Its revenue in
2025 was £1.46 billion") is the company's, as the label conventions say of a company's
reported results. Figures the outlet gives without tying them to the company ("Revenue
fell 41%") stay in the outlet's voice: three of four blind label writers read them so."""

from __future__ import annotations

import re

from claims.extract.article_passes import AttributedSentence
from claims.extract.discourse import Discourse
from claims.extract.figure_context import has_case_specials
from claims.extract.scopes import Attribution

# a sentence opening on one of the company's own measures
_MEASURE = re.compile(
    r"\s*(?:Its|Their)\s+(?:[A-Za-z-]+\s+){0,2}(?:revenue|revenues|income|profit|"
    r"profits|loss|losses|sales|turnover|debt|wage\s+bill|costs|earnings|margin|margins|"
    r"dividend|cash|ebitda|operating\s+\w+)\b",
    re.IGNORECASE,
)
_REPORTED = re.compile(
    r"\b(?:reported|posted|announced|made|booked|recorded)\s+(?:an?\s+|its\s+)?(?:[\w-]+\s+){0,3}"
    r"(?:profit|loss|revenue|revenues|sales|results|earnings|turnover)\b",
    re.IGNORECASE,
)
_REPORTED_FOLDED = re.compile(_REPORTED.pattern)  # for lower-cased text: all lower case
_RESULTS = ("profit", "loss", "revenue", "sales", "results", "earnings", "turnover")


def credit_the_results(sentences: list[AttributedSentence], discourse: Discourse) -> None:
    company, release = None, False
    for sentence in sentences:
        claimant = sentence.attribution.claimant
        if company is None:
            release = _RELEASE.search(sentence.analysed) is not None
            reported = release or _reports_results(sentence.analysed)
            if claimant and reported and _a_body(claimant, discourse):
                company = claimant
            continue
        if release and claimant is None and _highlights(sentence):
            sentence.attribution = Attribution(company, company, ())  # a release's
            continue  # "Highlights: • Revenue up 12% to £340.2 million • ..."
        its = _its_own(sentence)  # "Its revenue was ...": "Its" read as the speaker
        if not its and (sentence.scoped or claimant is not None):
            continue
        if sentence.quoted_share <= 0.5 and _MEASURE.match(sentence.analysed):
            sentence.attribution = Attribution(company, company, ())
            if its:
                sentence.claimants[sentence.scoped[0].speaker.start] = company


def _highlights(sentence: AttributedSentence) -> bool:
    """Whether the sentence lists a results release's highlights: "Highlights: • Revenue
    up 12%", "• Operating profit of £41.8 million"."""
    text = sentence.analysed
    return (
        not sentence.scoped
        and sentence.quoted_share <= 0.5
        and _HIGHLIGHTS.match(text) is not None
        and _MEASURE_WORD.search(text) is not None
    )


# "Harlow Brands plc (LSE: HBR) today announces its full-year results": the company's
# own release
_RELEASE = re.compile(
    r"\btoday\s+(?:announces|reports|publishes)\s+(?:its\s+)?(?:[\w-]+\s+){0,3}results\b"
)
_HIGHLIGHTS = re.compile(r"\s*(?:(?:Financial|Key|Operational)\s+)?(?:[Hh]ighlights\s*:|[•▪●]\s*)")
_MEASURE_WORD = re.compile(
    r"(?i)\b(?:revenue|revenues|income|profit|profits|loss|losses|sales|turnover|earnings|"
    r"margin|dividend|cash|ebitda|debt)\b"
)


def _its_own(sentence: AttributedSentence) -> bool:
    """Whether the sentence's only speaker is the "Its"/"Their" it opens with ("Its revenue
    was £1.9 billion"), whoever that was resolved to: the measure is the company's."""
    speakers = {(s.speaker.text, s.speaker.start) for s in sentence.scoped}
    return len(speakers) == 1 and speakers.pop() in {
        ("Its", sentence.lead),
        ("Their", sentence.lead),
    }


def _reports_results(sentence: str) -> bool:
    """``_REPORTED.search(sentence)``, over the lower-cased sentence when that is safe
    (`has_case_specials`): re's case-insensitive matching is several times slower."""
    if has_case_specials(sentence):
        return _REPORTED.search(sentence) is not None
    lowered = sentence.lower()
    if not any(map(lowered.__contains__, _RESULTS)):
        return False  # the nouns the pattern ends on: most sentences have none
    return _REPORTED_FOLDED.search(lowered) is not None


def _a_body(name: str, discourse: Discourse) -> bool:
    return discourse.find(name) is None and discourse.find_organisation(name) is not None
