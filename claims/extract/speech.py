"""Which words of a sentence report speech: "said", "told", "according to", "put ... at".

A word list first, then the rules that keep the nouns and acts out: "the claim", "a
report", "had agreed to pay", "the jets promised by the alliance", "put the plan on hold".
"""

from __future__ import annotations

from claims.extract.consensus import forecasters_expected
from claims.extract.documents import DOCUMENT_VERBS, document_before_verb, document_states
from claims.extract.figure_verbs import poll_gives_a_figure, put_it, puts_a_figure
from claims.extract.lexicon import (
    DETERMINERS,
    DOCUMENTS,
    FORETOLD,
    ORG_NOUNS,
    ORG_WORDS,
    PLURAL_SPEAKERS,
    PRONOUNS,
    SPEECH_VERBS,
    words,
)
from claims.extract.other_senses import PASSIVE_ADVERBS, other_sense
from claims.extract.own_figures import (
    OWN_FIGURES,
    booked_result,
    results_follow,
    revised_own_figure,
    revising_verb_at,
)
from claims.extract.per_sources import per_source
from claims.extract.phrases_after import QUOTING  # "The agency quoted the governor as saying"
from claims.extract.speaking_subjects import with_speaker
from claims.extract.tokens import Token

_LOOSE_EXTRA = words(
    """put puts costed valued priced found finds showed shows show concluded concludes telling
    claiming insisting warning arguing called calls described describes according say
    describe estimate warn argue claim insist predict believe report deny suggest tell note
    allege admit acknowledge confirm accused accuse reveal sees shown"""
)


# ", saying that ...": the sentence's subject speaks.
PARTICIPLES = words("saying adding arguing claiming warning insisting noting stressing putting")


# A word in -s closing a sentence after a lower-case word is a noun ("late spending
# promises."), unless that word can be its subject: "..., UKHSA data shows."
_FORECAST_THINGS = words(
    """growth inflation prices rates gdp unemployment demand output sales profit profits
    revenue earnings"""
)
_SAID_OR_PUT = words("said says told tells put puts expects warned warns predicts predicted")
_PUTTING = words("put puts costed valued priced")  # "has costed the bus plan at £180 million"
_SUBJECTS_OF_S_VERBS = PRONOUNS | PLURAL_SPEAKERS | DOCUMENTS | ORG_NOUNS  # "..., data from
# the county coroner's office shows."
_GOES_ON = words("went go goes going")  # "She went on to say that ..."
# Bodies that keep the count: "the Met Office recorded 19 days of strong winds".
RECORDING = words("recorded records registered measured")
_SHOW = words("show shows showed suggest suggests suggested reveal revealed indicate indicated")
_FIGURE_HEDGES = frozenset(["about", "around", "some", "more", "nearly", "almost", "net", "least"])
# A target set: "The government wants 62% of patients treated within 18 weeks".
TARGETS = words("wants want aims demanding")


# A count or a poll giving a party its share: "the commission has National Alliance on
# 28.4%", "the last poll had Civic Renewal on 25%".
_SCORES = words("has had gives gave")
# How words were said, not that they were: speech only next to the quotation itself
# ('sobbed: "They told us ..."', '"Nobody listened," she wept').
_MANNER = words(
    """sobbed wept gushed beamed cried screamed shouted yelled whispered sighed laughed
    bragged moaned groaned griped begged stormed thundered hissed snapped barked retorted
    confessed"""
)


# Working a figure out, speech only closing the sentence or before "that": "..., Pryce
# calculated." (not "calculated the cost at", a passive's "was calculated by").
_WORKED_OUT = words("calculated calculates calculate")

_READS = words("read reads")  # a document's words, quoted: "The statement read:"

# "The Treasury has ruled out another discount", "she would not rule out strikes": a position.
RULE_OUT = frozenset(["rule", "rules", "ruled", "ruling"])

VERB_WORDS = (
    OWN_FIGURES
    | SPEECH_VERBS
    | _LOOSE_EXTRA
    | QUOTING
    | PARTICIPLES
    | _GOES_ON
    | RECORDING
    | {"point", "points", "pointed", "citing", "quoting", "per"}
    | RULE_OUT
    | _SCORES
    | TARGETS
    | _MANNER
    | DOCUMENT_VERBS
    | {"expected", "projects", "counts", "booked", "books"}
    | _WORKED_OUT
    | _READS
)


# Present-tense plurals double as nouns: "the claim", "a report" are not speech.
_NOUN_LIKE = frozenset(["claim", "report", "estimate", "note", "tell", "say"])


# These need "that", a colon, a quote or the end after them: "the economy added 200 jobs",
# "the county agreed a deal".
_DECLARED = words("winner winners elected victor")
_STRICT = words(
    """added adds posted maintained maintains repeated repeats believes thinks states
    agreed agrees declared declares clarified clarifies"""
)


def _declared_a_kind(after: list[Token]) -> bool:
    """ "has declared the fires a catastrophe", "declared the outbreak a national emergency":
    a body's ruling on what a thing is (not "declared a state of emergency", an act)."""
    if not after or after[0].lower != "the" or any(t.quoted for t in after):
        return False  # "the fires a", "the coastal towns a": not "the result after a recount"
    at = next((k for k, t in enumerate(after[2:4], 2) if t.lower in {"a", "an"}), None)
    nouns = after[1:at] if at is not None else []
    return bool(nouns) and all(t.text.isalpha() and t.lower not in _LINKS for t in nouns)


_LINKS = words("after before in on at for with by from of over during as since until")


# A commitment to act is an act, not speech: "had agreed to pay", "promised to fund".
_COMMITMENTS = words("agreed agrees")
_WILL = words("will would could may might should")
_CLAUSE_OPENERS = words("there he she they we")
# "He promised to hold a surgery in all 38 villages": a pledge is its maker's claim, but not
# "a levy that both challengers have pledged to reverse", which describes the levy
_PLEDGES = words("promised promises pledged pledges vowed vows")
PLANS = words("plans intends aims")  # a body's plan is its claim, unless another tells of it
_FIGURE_STARTS = frozenset("$€£¥₹")


_NOUN_BEFORE_POINT = words("percentage basis a one half three-point two four five")
_STATEMENTS = words("pledge promise claim call warning vow commitment demand view position")
_BEFORE_PARTICIPLE = frozenset(["previously", "widely", "commonly", "most", "first", "newly"])
_ALSO_NOUNS = words("forecast forecasts estimate estimates report reports claim claims warning")
_POSSESSIVES = frozenset(["its", "their", "his", "her", "our", "my", "your"])
_PASSIVE = frozenset(["was", "were", "been", "is", "are", "be", "being", "to"])


def is_speech_verb(tokens: list[Token], index: int) -> bool:
    word = tokens[index].lower
    text = tokens[index].text
    if index > 0 and text[:1].isupper() and text[1:].islower() and tokens[index - 1].is_capitalised:
        # "the United States", "Consumer Reports": a name; not "the Monetary Policy Rate"
        return word in {"rate", "rates"} and revising_verb_at(tokens, index) is not None
    if word == "according":
        return index + 1 < len(tokens) and tokens[index + 1].lower == "to"
    if word == "per":  # ", per the weather service": "according to" in newswire
        return per_source(tokens, index)
    if word in {"citing", "quoting"}:  # "..., citing X", "Citing X, the committee said"
        return index == 0 or tokens[index - 1].text == ","
    if word == "saying" and with_speaker(tokens, index) is not None:
        return True  # "..., with Pretorius saying 240 calves had been born"
    if word in PARTICIPLES:
        if word == "putting" and not puts_a_figure(tokens, index):
            return False  # ", putting the figure at 6,000", not ", putting pressure on"
        previous_text = tokens[index - 1].text if index > 0 else ""
        stated = word == "saying" and previous_text in {"as", "statement"}  # "issued a
        return previous_text == "," or stated  # statement saying", "quoted as saying"
    if word in _WORKED_OUT:
        following = tokens[index + 1].text if index + 1 < len(tokens) else "."
        passive = index > 0 and tokens[index - 1].lower in {"was", "were", "been", "is", "be"}
        inside = any(t.lower in SPEECH_VERBS for t in tokens[:index])  # "X said the firm's
        return not passive and not inside and following in {".", "that", ";"}  # engineers had
        # calculated that ...": X's account
    if word in _MANNER:
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        quoting = after is not None and (after.text == ":" or after.quoted)
        return quoting or any(t.quoted for t in tokens[max(0, index - 3) : index])
    if word in TARGETS:
        ahead = tokens[index + 1 : index + 5]
        return any(t.text[:1].isdigit() or t.text[:1] in "$€£" for t in ahead)
    if word in _SCORES:
        party = tokens[index + 1] if index + 1 < len(tokens) else None
        if word in {"gives", "gave"} and party is not None and party.text == ":":
            return True  # "The exit poll ..., carried out by Norrstat, gives:" a table
        named = party is not None and party.is_capitalised and not party.quoted
        if word in {"gives", "gave"} and poll_gives_a_figure(tokens, index):
            return True  # "A poll by Axis Insight gave the alliance 190 seats"
        documented = word == "has" and document_states(tokens, index)  # "has growth slowing"
        return (named and puts_a_figure(tokens, index)) or documented
    if word in {"point", "points"} and index > 0 and tokens[index - 1].lower in _NOUN_BEFORE_POINT:
        return False  # "a quarter of a percentage point to 3.75%": a unit, not "point to"
    if word == "expected":
        return forecasters_expected(tokens, index)
    if word in {"projects", "counts"}:  # "CBO projects net interest of", "The observatory,
        subject, next_two = tokens[index - 1] if index else None, tokens[index + 1 : index + 3]
        named = subject is not None and (  # "The Federal Statistical Office projects"
            subject.text.isupper() or subject.text == "," or subject.lower in ORG_WORDS
        )
        return named and any(t.text[:1].isdigit() or t.lower in _FIGURE_HEDGES for t in next_two)
    if word in DOCUMENT_VERBS:  # "The bank's forecast, ..., sees prices"; "DBS Bank sees
        documented = document_states(tokens, index)  # growth of" is read further down
        if documented or word != "sees":
            return documented
    if word in RULE_OUT:  # not "the ruling party", nor "the goal was ruled out"
        passive = index > 0 and tokens[index - 1].lower in _PASSIVE
        following = tokens[index + 1].lower if index + 1 < len(tokens) else ""
        return not passive and (following == "out" or (following == "that" and word == "ruled"))
        # "The ombudsman ruled that the landlord had failed 14 families": a finding
    if word in {"point", "points", "pointed"}:  # "critics point out that", "point to",
        aside = index + 1 < len(tokens) and tokens[index + 1].lower in {"instead", "also"}
        k = index + 2 if aside else index + 1  # "pointed
        return k < len(tokens) and tokens[k].lower in {"out", "to"}  # instead to"
    if (word in OWN_FIGURES and revised_own_figure(tokens, index)) or booked_result(tokens, index):
        return True  # "cut its forecast to 2.1%", "booked a restructuring charge of"
    following_word = tokens[index + 1].lower if index + 1 < len(tokens) else ""
    if (
        (word.endswith("ed") or word == "forecast")  # "data into forecast models"
        and index > 0
        and tokens[index - 1].lower in _BEFORE_ADJECTIVE
        and tokens[index + 1 : index + 2]
        and tokens[index + 1].text.isalpha()
        and tokens[index + 1].text.islower()
        and tokens[index + 1].lower not in _NOT_NOUNS_AFTER
    ):
        return False  # "the best previously reported enzyme", "of confirmed cases": adjectives
    if other_sense(tokens, index, following_word):
        return False  # "recalled 42,000 vehicles", "claimed asylum", "pleaded guilty"
    if word == "sees":  # "DBS Bank sees growth of 1.5 per cent": a forecast; not "the city
        k = index - 1
        while k > 0 and tokens[k].is_capitalised:
            k -= 1
        contrast = k < index - 1 and tokens[k].lower in {"while", "whereas"}  # sees 40
        priced = following_word[:1] in _FIGURE_STARTS  # murders a year"; ", while JPMorgan
        return following_word in _FORECAST_THINGS or (contrast and priced)  # sees $66"
    if word == "shown":  # "A survey by X had shown her 4 points behind"; not "was shown",
        perfect = index > 0 and tokens[index - 1].lower in {"has", "have", "had"}  # nor "The
        return perfect and any(t.lower in DOCUMENTS for t in tokens[max(0, index - 14) : index])
        # council has shown families round": only a document has shown a finding
    if word == "accused" and following_word == "of":  # "A businessman accused of fraud
        later = tokens[index + 2 :]  # moved £500,000": a charge; but "The head of the company
        return any(t.lower in SPEECH_VERBS and not t.quoted for t in later)  # accused of ...
        # told MPs" still finds its subject through it
    if word in _GOES_ON:
        rest = [t.lower for t in tokens[index + 1 : index + 4]]
        return rest[:2] == ["on", "to"] and len(rest) == 3 and rest[2] in SPEECH_VERBS
    if word in RECORDING:  # a body, not a place: "Seville recorded 4 millimetres of rain"
        if word == "records" and following_word in _SHOW:
            return False  # "Bank records showed 23 transfers": a noun, whose finding it is
        k = index
        while k > 0 and tokens[k - 1].is_capitalised and not tokens[k - 1].quoted:
            k -= 1
        run = tokens[k:index]
        word_before = tokens[index - 1].lower if index > 0 else ""
        if k > 0 and tokens[k - 1].lower in {"in", "of", "on", "at", "for", "from", "to", "by"}:
            return False  # "the hottest day in U.S. records": a noun
        return word_before in ORG_NOUNS or any(
            t.lower in ORG_WORDS or (t.text.isupper() and len(t.text) > 1) for t in run
        )
    if word in _READS:  # "The statement read: “...”", "The letter reads, “...”"
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        quoting = after is not None and (after.text in {":", ","} or after.quoted)
        return quoting and document_before_verb(tokens, index)
    if word not in SPEECH_VERBS and word not in _LOOSE_EXTRA and word not in QUOTING:
        return False
    adverb = 1 if index > 1 and tokens[index - 1].lower in PASSIVE_ADVERBS else 0  # "been widely
    foretold = index > 1 and tokens[index - 2].lower in FORETOLD  # "to tell MPs that"
    foretold = foretold and "that" in {t.lower for t in tokens[index + 1 : index + 4]}
    if index > adverb and tokens[index - 1 - adverb].lower in _PASSIVE and not word.endswith("ing"):
        return foretold and tokens[index - 1].lower == "to"  # "quoted": a passive; but "is
        # expected to say that ...": what the speech will claim
    if (
        word in _NOUN_LIKE
        and index > 0
        and not tokens[index - 1].text[:1].isalpha()
        and not (tokens[index - 1].text == "," and following_word == "that")
    ):
        return False  # but "Analysts at X, a consultancy, estimate that" is a verb
    previous = tokens[index - 1] if index > 0 else None
    owner = previous is not None and previous.text.endswith(("'s", "’s"))
    if owner and word in _SAID_OR_PUT and previous and previous.is_capitalised:
        pass  # "Hartwell's said", "Moody's put the cost at": a name with an apostrophe
    elif previous is not None and (previous.lower in DETERMINERS or owner):
        return False  # "an estimated 45,000", "the minister's claims"
    elif previous is not None and word in _ALSO_NOUNS and previous.lower in {"of", "for", "on"}:
        return False  # "The backlog of claims awaiting a decision"
    if (
        index >= 2
        and word in _ALSO_NOUNS
        and (
            tokens[index - 2].lower in _POSSESSIVES
            or tokens[index - 2].text.endswith(("'s", "’s"))  # "the bank's new forecast"
        )
        and previous is not None
        and previous.text.isalpha()
        and (previous.text.islower() or tokens[index - 2].text.endswith(("'s", "’s")))
    ):
        return False  # "cut its growth forecast", "Whitcomb's Medicare claim": a noun
    following = tokens[index + 1].text if index + 1 < len(tokens) else "."
    if (
        word.endswith("s")
        and following in {".", "!", "?", ";"}
        and previous is not None
        and previous.text.islower()
        and previous.lower not in _SUBJECTS_OF_S_VERBS
        and not previous.lower.endswith("ly")
        and not _after_comma_and_determiner(tokens, index)
    ):
        return False  # "late spending promises.": a noun closing the sentence
    if word in _COMMITMENTS and index + 1 < len(tokens) and tokens[index + 1].lower == "to":
        return False
    if word in PLANS:  # "It plans to invest £186 million": a body's stated plan
        return following_word == "to" and not {t.lower for t in tokens[:index]} & {"that", "which"}
    if word in _PLEDGES and index + 1 < len(tokens) and tokens[index + 1].lower == "to":
        return not {t.lower for t in tokens[max(0, index - 5) : index]} & {"that", "which"}
    if (
        index + 1 < len(tokens)
        and tokens[index + 1].lower == "by"
        and previous is not None
        and previous.text.isalpha()
        and previous.text.islower()
        and previous.lower not in PRONOUNS
        and previous.lower != "as"
    ):
        return False  # "the jets promised by the alliance": a participle, not speech
    if word in _PUTTING and not puts_a_figure(tokens, index) and not put_it(tokens, index):
        return False  # "officials put the toll at 63", not "had put the plan on hold"
    if word in {"posted", "posts"} and results_follow(tokens, index):
        return True  # "posted a consolidated net profit of ₹3,412 crore"
    if (
        word in {"repeated", "repeats", "reiterated", "reiterates"}
        and following_word in _POSSESSIVES
    ):
        said = {t.lower for t in tokens[index + 2 : index + 5]}  # "repeated his campaign
        return bool(said & _STATEMENTS)  # pledge to cut income tax to a flat 15%"
    declared = word in {"declared", "declares"}
    if (
        declared
        and (
            _DECLARED.intersection(t.lower for t in tokens[index + 1 : index + 8])
            or puts_a_figure(tokens, index)  # "declared turnout at 67.4%"
            or _declared_a_kind(tokens[index + 1 : index + 7])  # "declared the fires a disaster"
        )
    ):
        return True  # "The Electoral Commission declared Asamoah the winner with 56.55%"
    forecast = {t.lower for t in tokens[index + 2 : index + 6]} & _WILL  # "X believes house
    if word in {"believes", "thinks"} and (forecast or following_word in _CLAUSE_OPENERS):
        return True  # prices will drop 5%": a forecast; "She believes there are now 3,000"
    if word in _STRICT:
        following = tokens[index + 1].text if index + 1 < len(tokens) else "."
        return following in {"that", ":", ",", "“", '"', ".", "”"} or tokens[index + 1].quoted
    return True


def _after_comma_and_determiner(tokens: list[Token], index: int) -> bool:
    """ "..., the council says.": a determiner phrase tacked on after a comma is a subject."""
    for k in range(index - 1, max(0, index - 5), -1):
        if not tokens[k].text.removesuffix("'s").removesuffix("’s").isalpha():
            return False  # "..., the firm's annual report shows."
        if tokens[k].lower in DETERMINERS and tokens[k - 1].text == ",":
            return True
    return False


# Unions worked out once, not at every word the rules ask about
# words before a participle used as an adjective
_BEFORE_ADJECTIVE = _BEFORE_PARTICIPLE | {"of", "with", "in", "into", "for", "from"}
# words after a participle that no adjective describes
_NOT_NOUNS_AFTER = DETERMINERS | PRONOUNS | {"that", "to", "on", "in"}
