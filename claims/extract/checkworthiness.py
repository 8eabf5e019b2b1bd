"""Check-worthiness: how much a sentence is worth a fact-checker's time, 0 to 1.

A logistic regression over hand features (numbers, named actors, reporting verbs,
comparisons, first/second person, questions, opinion words, length) and word weights,
trained by ``scripts/train_checkworthiness.py`` and shipped as ``checkworthiness.json``.
Scoring is pure Python: no numpy or scikit-learn at run time. The weights file is read
once, on first use.
"""

from __future__ import annotations

import json
import math
import re
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from claims.extract.lexicon import SPEECH_VERBS, words
from claims.extract.units import SENTENCE_CACHE

WEIGHTS_PATH = Path(__file__).with_name("checkworthiness.json")

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.]*")
_NUMBER = re.compile(r"\d")
# _WORD over the lower-cased sentence with "’" as "'" and each number as "<num>" finds the
# words as the model reads them, unless the sentence holds one of the two characters that
# lower-case into ASCII letters ("İ" into "i̇", the Kelvin sign into "k"), or a "<" that
# could spell "<num>" itself.
_FOLDED_WORD = re.compile(r"<num>|[a-z][a-z'-]*")
_NUMBER_RUN = re.compile(r"\d[\d,.]*")
_UNSAFE_TO_FOLD = re.compile("[\u0130\u212a<]")
_PERCENT = re.compile(r"\d\s*(?:%|percent\b|per cent\b)", re.IGNORECASE)
_MONEY = re.compile(
    r"[$€£¥]\s?\d|\d\s*(?:bn|billion|million|trillion|dollars|euros|pounds)\b", re.I
)
_YEAR = re.compile(r"(?:19|20)(?<!\w..)\d\d\b")  # \b(?:19|20)\d\d\b, opening on its digits (faster)
# Word features are counted over the \w+ runs of a sentence: a word list bounded by \b
# on both sides matches exactly the runs that are in the list (and, as a regex, did).
_RUN = re.compile(r"\w+")
_COMPARATIVE = words(
    """more less fewer than most least largest biggest highest lowest record doubled
    tripled increase increased increases decrease decreased decreases rose risen fell
    fallen grew grown cut raised"""
)
_SUPERLATIVE = re.compile(r"[a-z]+est", re.IGNORECASE)  # "[a-z]+est" as a whole word
# Case-sensitive, and "I'm", "we've" count through their first part.
_FIRST_PERSON = words("I me my we us our")
_SECOND_PERSON = words("you your")
_OPINION = words(
    """think believe feel hope should must ought great terrible wonderful horrible
    disaster love hate wrong right best worst amazing ridiculous frankly honestly
    incredible beautiful stupid sad shame wish want gonna perhaps maybe probably seem
    seems appear appears opinion deserve"""
)
_OPINION_PHRASES = re.compile(r"\b(?:going to|let me|let's)\b", re.IGNORECASE)
_MODAL = words("will would could can may might shall")
_GREETING = re.compile(
    r"^(?:thank|thanks|good (?:morning|evening|night|afternoon)|hello|welcome|congratulations)",
    re.IGNORECASE,
)
# A capitalised word after a word or a comma and a space; the look-behind, which tests the
# two characters before the capital, comes after it, so that re skips to capitals in C.
_CAPITALISED = re.compile(r"[A-Z](?<=[\w,;:] .)[a-z]+")
_STATISTIC_NOUNS = words(
    """percent million billion jobs unemployment tax taxes deficit debt budget rate
    average total per killed died deaths people troops voted vote law passed signed
    spent cost funding report data study survey poll record"""
)


_HAND_FEATURES = (
    "has_number", "has_percent", "has_money", "has_year", "comparatives", "first_person",
    "second_person", "question", "exclamation", "opinion", "modal", "past_tense",
    "reporting_verb", "named_actors", "statistic_words", "greeting", "length", "short",
)  # fmt: skip


def features(sentence: str) -> dict[str, float]:
    """The hand features and word counts of a sentence, as the model sees them."""
    values, lowered = _hand_features(sentence)
    result = dict(zip(_HAND_FEATURES, values, strict=True))
    for word in set(lowered):
        result["w:" + word] = 1.0
    return result


def _hand_features(sentence: str) -> tuple[list[float], list[str]]:
    """The hand features in ``_HAND_FEATURES`` order, and the words as the model reads
    them (lower-cased, numbers as "<num>")."""
    folded = sentence.lower()
    if _UNSAFE_TO_FOLD.search(sentence) is None:  # words found in the folded text, in C
        words = lowered = _FOLDED_WORD.findall(_NUMBER_RUN.sub("<num>", folded.replace("’", "'")))
    else:
        words = _WORD.findall(sentence)
        lowered = ["<num>" if w[0].isdigit() else w.lower().replace("’", "'") for w in words]
    runs = _RUN.findall(sentence)
    lowers = list(map(str.lower, runs))
    comparatives = sum(map(_COMPARATIVE.__contains__, lowers))
    if "est" in folded:  # a run ending in "est" (one in twenty sentences)
        comparatives += sum(
            1
            for run, lower in zip(runs, lowers, strict=True)
            if lower.endswith("est") and lower not in _COMPARATIVE and _SUPERLATIVE.fullmatch(run)
        )
    opinion = sum(map(_OPINION.__contains__, lowers))
    if "going to" in folded or "let" in folded:
        opinion += len(_OPINION_PHRASES.findall(sentence))
    number = _NUMBER.search(sentence) is not None  # the next three need a digit too
    values = [
        float(number),
        float(number and _PERCENT.search(sentence) is not None),
        float(number and _MONEY.search(sentence) is not None),
        float(number and _YEAR.search(sentence) is not None),
        min(3.0, comparatives) / 3,
        min(3.0, sum(map(_FIRST_PERSON.__contains__, runs))) / 3,
        min(3.0, sum(map(_SECOND_PERSON.__contains__, lowers))) / 3,
        float(sentence.rstrip().rstrip("\"”’'").endswith("?")),
        float("!" in sentence),
        min(3.0, opinion) / 3,
        min(2.0, sum(map(_MODAL.__contains__, lowers))) / 2,
        min(3.0, sum(1 for run in runs if run.endswith("ed") and len(run) >= 5)) / 3,
        float(any(map(SPEECH_VERBS.__contains__, lowered))),
        min(4.0, len(_CAPITALISED.findall(sentence))) / 4,
        min(3.0, sum(map(_STATISTIC_NOUNS.__contains__, lowers))) / 3,
        float(bool(_GREETING.match(sentence.strip()))),
        min(1.0, math.log1p(len(words)) / math.log1p(60)),
        float(len(words) < 6),
    ]
    return values, lowered


@lru_cache(maxsize=SENTENCE_CACHE)  # repeated wire copy and boilerplate: scored once
def score_checkworthiness(sentence: str) -> float:
    """Probability-like score that ``sentence`` holds a claim worth checking (0..1)."""
    bias, hand_weights, word_weights, scale, shift = _scorer()
    values, lowered = _hand_features(sentence)
    total = bias
    for value, weight in zip(values, hand_weights, strict=True):
        if weight is not None:
            total += weight * value
    for word in set(lowered):  # the order features() gives them in
        weight = word_weights.get(word)
        if weight is not None:
            total += weight
    total = total * scale + shift
    return round(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, total)))), 4)


@cache
def _scorer() -> tuple[float, list[float | None], dict[str, float], float, float]:
    """The model's weights laid out for scoring: hand features in order, words by word."""
    model = _model()
    weights: dict[str, float] = model["weights"]
    words = {name[2:]: weight for name, weight in weights.items() if name.startswith("w:")}
    return (
        float(model["bias"]),
        [weights.get(name) for name in _HAND_FEATURES],
        words,
        float(model.get("scale", 1.0)),
        float(model.get("shift", 0.0)),
    )


@cache
def _model() -> dict[str, Any]:
    if not WEIGHTS_PATH.exists():
        return {"bias": 0.0, "weights": {}}
    loaded: dict[str, Any] = json.loads(WEIGHTS_PATH.read_text(encoding="utf-8"))
    return loaded
