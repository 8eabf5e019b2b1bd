"""The senses of a reporting verb that report nothing: a product recall ("recalled 42,000
vehicles"), a right claimed ("claimed asylum"), a storm that "claimed the life of", a
find ("officers found a bag of cash"), a plea ("pleaded guilty"), patients admitted, a
name ("The lander, called Tern"), a participle ("losses estimated at", "traders quoted by
the Ledger"), the outlet's own voice ("the Bugle can reveal"), a date to report by ("a
review will report to the board by June")."""

from __future__ import annotations

from claims.extract.lexicon import PRONOUNS, words
from claims.extract.tokens import Token

PASSIVE_ADVERBS = frozenset(["widely", "generally", "commonly", "still", "previously", "now"])
_FIGURE_STARTS = frozenset("$€£¥₹")
_ADMITTED_TO_HOSPITAL = words("patients children people babies adults pupils students cases")
_AUXILIARIES = words("had has have was were is are would could will")
_MODALS = frozenset(["will", "would", "can", "could", "'ll"])
_CALLED_FOR_HELP = words("an ambulance police paramedics firefighters off in up")
_FINDERS_OF_THINGS = words(
    """officers police detectives firefighters divers searchers rescuers soldiers troops
    customs workers builders walkers hikers fishermen residents neighbours deputies troopers
    cops agents"""
)
_REPORT_BACK = words("to back its their in by on next later")  # not "will report that"
_CLAIMED_THINGS = words(
    "asylum responsibility benefits benefit victory credit compensation grants grant refunds"
)


def other_sense(tokens: list[Token], index: int, following_word: str) -> bool:
    """Whether the reporting verb at `index` is used in a sense that reports nothing."""
    word = tokens[index].lower
    if word in {"recalled", "recalls", "recall", "recalling"} and index + 1 < len(tokens):
        recalled = tokens[index + 1]  # "Halverton Motors recalled 42,000 vehicles": a
        if recalled.text[:1].isdigit() or recalled.lower in {"about", "around", "some", "more"}:
            return True  # product recall, not a memory
    if word in {"claimed", "claim", "claims"} and following_word in _CLAIMED_THINGS:
        return True  # "people who never claimed asylum", "claimed responsibility"
    if word in {"claimed", "claims"} and following_word in {"the", "lives", "his", "her"}:
        rest = [t.lower for t in tokens[index + 1 : index + 3]]
        if "lives" in rest or "life" in rest:
            return True  # "The storm, which claimed the life of a motorist"
    if word in {"forecasts", "accepted", "accepts"} and index > 0:
        skip = 1 if index > 1 and tokens[index - 1].lower in PASSIVE_ADVERBS else 0  # "now
        before = tokens[
            index - 1 - skip
        ]  # forecasts";  # "Brightline, a consultancy, forecasts", "He accepted
        if before.text.isalpha() and before.text.islower() and before.lower not in PRONOUNS:
            return True  # that": not "growth forecasts", "the widely accepted figure"
        if index == 1 and before.lower not in PRONOUNS:
            return True  # "Growth forecasts fell"
        if word != "forecasts" and following_word not in {"that", "there", "it"}:
            return True  # "She accepted the award"
    if word in {"admitted", "admits"} and following_word[:1].isdigit():
        admitted_what = {t.lower for t in tokens[index + 2 : index + 4]}
        if admitted_what & _ADMITTED_TO_HOSPITAL:  # not "admitted 14 counts of fraud"
            return True  # "the ward had admitted 47 children": patients, not a confession
    if (
        word in {"found", "finds"}
        and following_word[:1] in _FIGURE_STARTS
        and not any(t.lower in _AUXILIARIES for t in tokens[index + 2 : index + 4])
    ):  # "the company had found £20m of savings": money found, not a finding; but "found
        return True  # £3bn had been wasted" is one
    if word in {"find", "finds", "found"} and _conditional(tokens, index):
        return True  # "unless NHS England finds an extra 1.4 million appointments": a search
    if word in {"found", "finds"} and following_word != "that" and index > 0:
        subject = tokens[index - 1]  # "officers found a bag of cash": a find, not a finding
        if subject.lower in {"had", "have", "has"} and index > 1:
            subject = tokens[index - 2]  # "deputies had found 3 bodies"
        if subject.text.islower() and subject.lower in _FINDERS_OF_THINGS:
            return True
        if index >= 2 and tokens[index - 2].lower in {"where", "when"}:
            return True  # "called to the house, where they found 2kg of cannabis": a search
    if word in {"tell", "say"} and following_word == "you" and _after_a_modal(tokens, index):
        return True  # "he will tell you about every one of them": no report
    if word == "report" and following_word in _REPORT_BACK and _after_a_modal(tokens, index):
        return True  # "A review by X will report to the board by June": a date, no words
    if word == "estimated" and following_word == "at":
        return True  # "with losses estimated at 1.1 billion reais": a participle
    if word in {"wrote", "writes", "write"} and following_word[:1].isdigit():
        return True  # "Prosecutors allege Carrow wrote 312 checks": a deed, not words
    if word in {"called", "calls"} and following_word in _CALLED_FOR_HELP:
        return True  # "had not called an ambulance", "called police"
    opens = (index >= 3 and tokens[index - 3].text == ",") or index == 2  # ", with X told"
    if word == "told" and index >= 2 and tokens[index - 2].lower == "with" and opens:
        return True  # "with residents told it was too late": a passive
    if word == "quoted" and following_word == "by":
        return True  # "traders quoted by the Ledger": a passive, the outlet relays them
    if word == "reveal" and index > 0 and tokens[index - 1].lower in {"can", "exclusively"}:
        return True  # "the Bugle can reveal": the outlet's own voice
    if word.startswith("plead") and following_word in {"guilty", "not", "innocent"}:
        return True  # "had pleaded guilty to 14 counts": a plea, not a claim
    return (  # "The lander, called Tern and built by ...": a name
        word in {"called", "named", "dubbed"}
        and index > 0
        and tokens[index - 1].text == ","
        and index + 1 < len(tokens)
        and tokens[index + 1].is_capitalised  # a name follows
    )


def _conditional(tokens: list[Token], index: int) -> bool:
    """Whether the verb's clause opens with "unless", "if" or "until" a few words back."""
    for token in reversed(tokens[max(0, index - 5) : index]):
        if token.lower in {"unless", "if", "until"}:
            return True
        if not token.text[:1].isalpha():
            return False
    return False


def _after_a_modal(tokens: list[Token], index: int) -> bool:
    return index > 0 and tokens[index - 1].lower in _MODALS
