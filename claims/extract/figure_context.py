"""What surrounds a number decides whether it is a figure: hedges, month names and
designations before it ("about", "Aug.", "Boeing"), time words around it ("the past 12
months", "two weeks ago") and the noun it counts after it.

The checks on the words before a number are regexes anchored at the end of a short window,
which re.search tries at every position of the window. Each is first checked cheaply:
the window, stripped and lower-cased, must end with one of the words the regex can end
with, else it cannot match.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from claims.extract.lexicon import NOT_NAMES, words
from claims.extract.units import TIME_UNITS, match_unit

# Characters that re's case-insensitive matching equates with an ASCII letter although
# str.lower() does not turn them into it ("ſ" matches "s", "İ" lowers to two characters):
# text holding one skips the cheap checks.
CASE_SPECIALS = "\u0130\u0131\u017f\u212a"  # İ ı ſ K (Kelvin sign)
_CASE_SPECIAL = re.compile(f"[{CASE_SPECIALS}]")


def has_case_specials(text: str) -> bool:
    """Whether ``text`` holds one of ``CASE_SPECIALS`` (lower-casing it is then not safe)."""
    return _CASE_SPECIAL.search(text) is not None


# No hedge is more than three words ("as many as"): hedge_before searches the last three.
_APPROXIMATE_BEFORE = re.compile(
    r"""(?:\b(?:(?:just|well|slightly|far|no|not)\s+)?(?:more|fewer|less|greater|higher|lower)\s+than
    |\bat\s+(?:least|most)|\bup\s+to|\bas\s+(?:many|much|few|little|high|low)\s+as
    |\bupwards?\s+of|\bin\s+excess\s+of|\bclose\s+to|\b(?:an\s+)?estimated|\bnearly
    |\balmost|\bbarely|\bscarcely|\baround|\babout|\broughly|\bapproximately|\bsome|\b(?:(?:just|well)\s+)?over
    |\b(?:just\s+)?under|\babove|\bbelow|\bcirca|\ban\s+average\s+of|(?<!the\s)\bpast|~)\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_MONTH_BEFORE = re.compile(rf"\b{MONTH}\.?,?\s*$", re.IGNORECASE)
_DESIGNATION_WORD = re.compile(
    r"""\b(?:no\.?|number|\#|page|article|section|chapter|route|flight|room|episode|season
    |version|level|phase|stage|grade|gate|platform|row|seat|district|ward|item|rule
    |amendment|resolution|category|class|division|region|zone|highway|interstate|model
    |channel|floor|apt\.?|suite|unit|lot|cell|bus|line|aged?|age)\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
_PREVIOUS_WORD = re.compile(r"([A-Za-z][\w'’.&-]*)\s*$")
_RELATIVE_TIME_AFTER = re.compile(r"\s+(?:ago|earlier|later|previously|beforehand|from\s+now)\b")
_ANCHORED_TIME_AFTER = re.compile(r"\s+(?:before|after|prior)\b")
_DURATION_BEFORE = re.compile(r"\b(?:for|over|during|within|than|lasting|took|takes)\s*$")
# Words ending in -s that are not plurals and so only modify the counted noun.
_INVARIANT = words("measles mumps news diabetes rabies series species lens gas bus")
_TIME_WINDOW_BEFORE = re.compile(
    r"\b(?:past|(?<!\bto\s)(?<!\bwill\s)(?<!\bcould\s)(?<!\bwould\s)(?<!\bmay\s)"
    r"(?<!\bmight\s)(?<!\bcan\s)(?<!\bshould\s)last|next|previous|coming|first|final|"
    r"following|recent)\s*$",  # not "expected to last three weeks": the verb, a duration
    re.IGNORECASE,
)
_WORD = re.compile(r"\s+([A-Z]{2,}s?\b|[A-Za-z][a-z’'-]*)")  # "MPs", "26 APHA staff" too

_NUMBER_WORDS = words(
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty"
)
_FORECASTERS = words("economist analyst expert forecaster pollster trader investor market")
_HAD_EXPECTED = re.compile(
    r"\s+(?:had|have|were)\s+(?:been\s+)?(?:expected|forecast|predicted|estimated"
    r"|anticipated|pencilled|penciled|expecting|forecasting|predicting)\b"
)
_TIME_NOUNS = words("second minute hour day week month year decade quarter season")
NOT_COUNTED = words(
    """of to in and or the a an for at on by with from as than that this these those were
    are was is be been being have has had will would could should may might can did do
    does most least per each every other others percent times who which
    what when where while if but so its their his her our your my says said years plus
    odd whereas across among against into onto over under about around after before
    during since until through between within without upon also already alone apiece strong
    this next last previous"""
)
_IRREGULAR_PLURALS = {
    "people": "person", "children": "child", "men": "man", "women": "woman", "crew": "crew",
    "premises": "premises",
    "police": "police officer", "personnel": "personnel", "staff": "staff",
    "cattle": "cattle", "sheep": "sheep", "fish": "fish", "deer": "deer",
    "aircraft": "aircraft", "feet": "foot", "teeth": "tooth", "mice": "mouse",
    "geese": "goose", "lives": "life", "wives": "wife", "knives": "knife",
    "halves": "half", "leaves": "leaf", "thieves": "thief", "series": "series",
    "species": "species", "crises": "crisis", "analyses": "analysis", "bases": "base",
    "votes": "vote", "cases": "case", "houses": "house", "buses": "bus",
}  # fmt: skip
# The words each regex can end with; multi-word ones as their last two words with one
# space between.
_HEDGE_ENDINGS = (
    "than", "least", "most", "up to", "close to", "many as", "much as", "few as",
    "little as", "high as", "low as", "upward of", "upwards of", "excess of", "average of",
    "estimated", "nearly", "almost", "barely", "scarcely", "around", "about", "roughly",
    "approximately", "some",
    "over", "under", "above", "below", "circa", "past", "~",
)  # fmt: skip
_MONTH_ENDINGS = tuple(
    words(
        """jan january feb february mar march apr april may jun june jul july aug august
        sep sept september sepember oct october nov november dec december"""
    )
)
_DESIGNATION_ENDINGS = tuple(
    words(
        """no no. number # page article section chapter route flight room episode season
        version level phase stage grade gate platform row seat district ward item rule
        amendment resolution category class division region zone highway interstate model
        channel floor apt apt. suite unit lot cell bus line age aged"""
    )
)
_TIME_WINDOW_ENDINGS = tuple(words("past last next previous coming first final following recent"))
_DURATION_ENDINGS = tuple(words("for over during within than lasting took takes"))


def _may_end_with(window: str, endings: tuple[str, ...], strip: str = "") -> bool:
    """False only when ``window`` cannot end with any of ``endings`` (case-insensitively,
    its last two words joined by one space, ``strip`` characters removed from the end)."""
    if has_case_specials(window):
        return True
    return _last_words(window.lower()).rstrip(strip).endswith(endings)


def _last_words(lowered: str) -> str:
    return " ".join(lowered.split()[-2:])


def _search_end(
    window: str,
    pattern: re.Pattern[str],
    endings: tuple[str, ...],
    strip: str = "",
    runs: int = 0,
) -> re.Match[str] | None:
    """``pattern.search(window)`` for a case-insensitive pattern anchored at the end: None
    at once when the window cannot end with one of ``endings``, else the search runs over
    the lower-cased window with a case-sensitive copy of the pattern (same offsets; re's
    case-insensitive matching is several times slower). For a pattern whose matches span
    at most ``runs`` runs of non-space characters, the search starts at the last ones."""
    if has_case_specials(window):
        return pattern.search(window)
    lowered = window.lower()
    if not _last_words(lowered).rstrip(strip).endswith(endings):
        return None
    start = 0
    if runs:
        before = lowered.rsplit(None, runs)  # what comes before the last runs, if anything
        start = len(before[0]) if len(before) > runs else 0
    return _case_sensitive(pattern).search(lowered, start)


@cache
def _case_sensitive(pattern: re.Pattern[str]) -> re.Pattern[str]:
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


@lru_cache(maxsize=64)
def hedge_before(window: str) -> re.Match[str] | None:
    """The hedge ("more than", "about", "~") the window ends with, if any (asked up to three
    times for each number, hence the cache)."""
    return _search_end(window, _APPROXIMATE_BEFORE, _HEDGE_ENDINGS, runs=3)  # "as many as"


def hedge_start(sentence: str, start: int) -> int | None:
    """Where the hedge just before a figure at `start` begins ("more than 4,000"), if any."""
    window = max(0, start - 48)
    marker = hedge_before(sentence[window:start])
    return window + marker.start() if marker else None


def month_before(window: str) -> bool:
    """Whether the window ends with a month name: "Aug. 6" is a date."""
    return _search_end(window, _MONTH_BEFORE, _MONTH_ENDINGS, ".,") is not None


def is_time_reference(sentence: str, start: int, end: int) -> bool:
    window = sentence[max(0, start - 48) : start]
    if _search_end(window, _TIME_WINDOW_BEFORE, _TIME_WINDOW_ENDINGS):
        return True
    if _RELATIVE_TIME_AFTER.match(sentence, end):
        return True
    anchored = _ANCHORED_TIME_AFTER.match(sentence, end)
    return anchored is not None and not (
        _may_end_with(window, _DURATION_ENDINGS) and _DURATION_BEFORE.search(window)
    )


# A model's name between a count and its noun: a maker's name and a designation with a
# digit in it ("Airbus A320", "Boeing 737 Max", "F-16", "Galaxy S24", "iPhone 15")
_MODEL = re.compile(
    r"\s+(?:(?:[A-Z][a-z]+|i[A-Z][a-z]+)\s+[A-Z]{0,3}-?\d{1,4}[A-Za-z-]*|[A-Z]{1,3}-?\d{1,4}[A-Za-z-]*)"
    r"(?:\s+(?:Max|MAX|Pro|Plus|Ultra|Neo|neo))?(?=\s)"
)


def counted_noun(sentence: str, pos: int) -> tuple[str, int] | None:
    """A plural noun after a number, allowing two modifiers: "40 Ukrainian soldiers", "300
    breeding pairs", "38 qualifying years", "2.6 million personal and business customers"."""
    modifiers = 0
    if sentence[pos : pos + 1] in _CLOSING_QUOTES:
        pos += 1  # 'affect "fewer than 10" teachers': the quote closes before the noun
    model = _MODEL.match(sentence, pos)
    if model is not None:  # "12 Airbus A320 jets", "24 F-16 fighter jets": the jets
        pos = model.end()
    for _ in range(5):
        word_match = _WORD.match(sentence, pos)
        if word_match is None:
            return None
        word = word_match.group(1)
        lowered = word.lower().strip("'’-")
        if modifiers and lowered in _MODIFIED_TIME:
            return lowered.rstrip("s"), word_match.end()  # "38 qualifying years"
        if lowered in {"and", "or"} and modifiers in {1, 2}:
            pos = word_match.end()
            continue  # "personal and business customers"
        if lowered == "other" and not modifiers:  # "about 60 other men"
            pos = word_match.end()
            continue
        if lowered in {"previous", "prior"} and not modifiers:  # "12 previous convictions",
            following = _WORD.match(sentence, word_match.end())  # not "the 12 previous
            if following is None or following.group(1).lower().rstrip("s") in _TIME_NOUNS:
                return None  # months": a period
            pos = word_match.end()
            continue
        if lowered in NOT_COUNTED or lowered in _NUMBER_WORDS:
            return None  # "up from 31 two days earlier": another figure starts
        if lowered in _ADJUNCTS and _plural_after(sentence, word_match.end()):
            modifiers += 1  # "20 police vans", "12 staff canteens": the vans, the canteens
            pos = word_match.end()
            continue
        acronyms = word.endswith("s") and len(word) > 2 and word[:-1].isupper()
        noun = word[:-1] if acronyms else None if word.isupper() else singular(lowered)  # "MPs"
        if noun is not None:
            if noun in _FORECASTERS and _HAD_EXPECTED.match(sentence, word_match.end()):
                return None  # "fewer than the 240,000 economists had expected": jobs
            return noun, word_match.end()
        if lowered.endswith(("ly", "ing")) and "-" not in lowered:
            following = _WORD.match(sentence, word_match.end())
            if following is None or singular(following.group(1).lower()) is None:
                return None  # an adverb or a verb follows: "40 already", "12 taking part"
        modifiers += 1
        if modifiers > 3:
            return None
        pos = word_match.end()
    return None


_MODIFIED_TIME = frozenset(["years", "months", "weeks", "days"])
_CLOSING_QUOTES = frozenset(['"', "”", "’"])
# Invariant plurals that also stand before another noun: "police vans", "staff canteens".
_ADJUNCTS = frozenset(["police", "staff", "crew", "cattle", "sheep", "fish", "aircraft"])


def _plural_after(sentence: str, pos: int) -> bool:
    """Whether a plural noun other than "officers" follows at ``pos``."""
    following = _WORD.match(sentence, pos)
    if following is None:
        return False
    word = following.group(1).lower()
    if word in NOT_COUNTED or word == "officers" or not word.endswith("s"):
        return False  # "the bank's 61,000 staff was": no noun after
    return singular(word) not in {None, word}


_F_PLURALS = (
    ("wives", "wife"), ("knives", "knife"), ("lives", "life"), ("leaves", "leaf"),
    ("shelves", "shelf"), ("thieves", "thief"), ("calves", "calf"), ("halves", "half"),
    ("wolves", "wolf"), ("loaves", "loaf"),
)  # fmt: skip


def singular(word: str) -> str | None:
    if word in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[word]
    if word in _INVARIANT:
        return None
    if len(word) < 3 or not word.endswith("s") or word.endswith(("ss", "us", "is", "'s", "’s")):
        return None
    if word.endswith(_IE_PLURALS):  # "40 sorties", "200 calories"
        return word[:-1]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("buses"):  # "12 minibuses"
        return word[:-2]
    for plural, one in _F_PLURALS:  # "52 midwives", "40 lives", "12 shelves"; not olives
        if word == plural or (word.endswith(plural) and plural in {"wives", "knives"}):
            return word[: -len(plural)] + one
    if word.endswith(("ches", "shes", "xes", "sses", "zes", "oes")):
        return word[:-2]
    return word[:-1]


_IE_PLURALS = ("sorties", "calories", "movies", "cookies", "zombies", "rookies", "prairies")


def looks_like_year(digits: str) -> bool:
    return len(digits) == 4 and digits.isdigit() and 1800 <= int(digits) <= 2100


def has_unit_after(sentence: str, pos: int) -> bool:
    found = match_unit(sentence, pos + (1 if sentence[pos : pos + 1] == " " else 0))
    return found is not None and found[0].canonical not in TIME_UNITS


def is_designation(before: str) -> bool:
    """A capitalised name or a numbering word right before the number: "Boeing 737"."""
    window = before[-48:]
    if _search_end(window, _DESIGNATION_WORD, _DESIGNATION_ENDINGS):
        return True
    if hedge_before(window) or not before.strip(" \"“'‘("):
        return False
    previous = _PREVIOUS_WORD.search(window)
    if previous is None:
        return False
    word = previous.group(1)
    if not before.endswith((" ", "\u00a0")) and not before.endswith(word):
        return False
    if "'" in word or "’" in word:
        return False  # "It's 1,250 sq km"
    if before.strip(" \"“'‘(") == word and word[1:].islower():
        return False  # a sentence-opening word: "Only 84 percent"
    has_capital = any(char.isupper() for char in word)  # "Boeing 737", "iPhone 15"
    return has_capital and word.lower().rstrip(".") not in NOT_NAMES
