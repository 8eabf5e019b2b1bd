"""Who has been mentioned so far in an article, so pronouns and role nouns can be resolved.

People are recognised from capitalised runs: titles and office words before a name
("Russian President Vladimir Putin") become the person's role, and so do appositives
("Iryna Kovalchuk, a senior adviser to ...", "the commander ..., Oleksandr Syrskyi,").
A later "the Russian president" resolves to the most recent person whose role has the same
head noun, preferring the one whose role shares the most modifiers; "He"/"She" resolve to
the speaker of the nearest earlier sentence that mentions someone, else its first person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from claims.extract.first_names import gender_of
from claims.extract.lexicon import NOT_NAMES, ORG_NOUNS, ORG_WORDS, ROLE_WORDS, words

_CAPITALISED_RUN = re.compile(
    r"(?:[A-Z][\w’'-]*\.?|(?:[A-Z]\.){2,})(?:\s+(?:(?:de|van|von|al|bin|da|di|del|der|la|le)\s+)?"
    r"(?:[A-Z][\w’'-]*\.?|(?:[A-Z]\.){2,}))*"
)
_APPOSITIVE_AFTER_NAME = re.compile(
    r",\s+((?:a|an|the|his|her|its|[A-Z][\w]*[’']s)\s+[^,;“”\"]{2,90}?)(?=,|\.|;|$|\s+(?:said|says|told))"
)
_ROLE_BEFORE_NAME = re.compile(r"\b((?:the|a|an|[A-Z][\w]*[’']s)\s+[^,;“”\"]{2,90}?),\s+$")
_PREPOSITIONS = frozenset(["of", "for", "at", "to", "in", "from", "with", "on"])
_FEMALE = words("""mrs ms miss madam spokeswoman chairwoman congresswoman queen princess""")
_MALE = frozenset(["mr", "sir", "spokesman", "chairman", "congressman", "king", "prince"])
_PLACE_WORDS = words(
    """region city street war sea river island islands mountains state county province
    oblast district square valley road avenue bay gulf ocean coast east west north south
    central republic kingdom states"""
)
_NATIONALITIES = words(
    """us uk eu un nato american british russian ukrainian chinese french german italian
    spanish israeli palestinian iranian iraqi syrian turkish indian pakistani japanese
    korean polish dutch belgian swiss swedish norwegian danish finnish irish scottish
    welsh english european african australian canadian mexican brazilian egyptian saudi
    afghan lebanese greek portuguese austrian hungarian czech romanian bulgarian serbian
    croatian belarusian georgian armenian nigerian kenyan western federal national"""
)
_COMPANY_NOUNS = frozenset(
    [
        "airline",
        "carrier",
        "company",
        "firm",
        "carmaker",
        "automaker",
        "club",
        "charity",
        "platform",
        "operator",
        "retailer",
        "manufacturer",
        "insurer",
        "lender",
        "broadcaster",
        "developer",
        "maker",
        "producer",
        "giant",
        "chain",
    ]
)
_SYNONYMS = {"leader": ("president", "prime", "premier", "chancellor", "leader")}


@dataclass
class Person:
    name: str
    roles: list[tuple[str, frozenset[str]]] = field(default_factory=list)
    gender: str | None = None
    last_seen: int = -1


@dataclass
class Organisation:
    name: str
    kinds: set[str] = field(default_factory=set)  # "airline", "charity"
    last_seen: int = -1


_ORG_NOUN_BEFORE = re.compile(r"\b([a-z]+)\s+$")
_ORG_NOUN_AFTER = re.compile(
    r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?([a-z]+)(?=,|\.|\s+(?:that|which|said))"
)


@dataclass
class Discourse:
    """The people and organisations of one article, in order of mention."""

    persons: list[Person] = field(default_factory=list)
    organisations: list[Organisation] = field(default_factory=list)
    last_organisation_speaker: str | None = None
    # the last organisation to speak, named or not ("the disaster agency"): what "it" is
    last_body_speaker: str | None = None
    last_publisher: str | None = None
    # capitalised runs that are neither known people nor places, latest last, by sentence
    other_names: list[tuple[int, str]] = field(default_factory=list)
    # per sentence index: names of people mentioned outside quotes, speaker first
    mentions: dict[int, list[str]] = field(default_factory=dict)
    # unnamed people who spoke ("a spokeswoman for the airline"), with their gender if known
    role_speakers: dict[str, str | None] = field(default_factory=dict)
    # words the article also writes in lower case: "Trains" opening a sentence is no name
    vocabulary: frozenset[str] = frozenset()

    def observe(self, index: int, sentence: str, quoted: list[bool]) -> list[str]:
        """Register the people of a sentence; return their names, in order."""
        names: list[str] = []
        for match in _CAPITALISED_RUN.finditer(sentence):
            person = self._person_from_run(match.group(), sentence, match.start(), match.end())
            if person is None:
                self._organisation_from_run(
                    index, match.group(), sentence, match.start(), match.end()
                )
                continue
            person.last_seen = index
            if not quoted[match.start()] and person.name not in names:
                names.append(person.name)
        self.mentions[index] = names
        return names

    def note_speaker(self, index: int, name: str) -> None:
        organisation = self.find_organisation(name)
        if organisation is not None:
            self.last_organisation_speaker = organisation.name
            self.last_body_speaker = organisation.name
        names = self.mentions.setdefault(index, [])
        if name in names:
            names.remove(name)
        names.insert(0, name)

    def find(self, name: str) -> Person | None:
        """The known person a name or surname refers to."""
        words = [w for w in name.split() if w.lower().rstrip(".") not in ROLE_WORDS]
        if not words:
            return None
        for person in reversed(self.persons):
            parts = person.name.split()
            if words == parts or (len(words) == 1 and words[0] in parts):
                return person
            if len(words) > 1 and words[-1] == parts[-1] and words[0][:1] == parts[0][:1]:
                return person
        return None

    def resolve_name(self, text: str) -> str:
        """A written name or title + name to the fullest known form: "Putin" -> "Vladimir Putin"."""
        name_words = split_role(text.split())[1]
        if not name_words:
            return text
        person = self.find(" ".join(name_words))
        return person.name if person else " ".join(name_words)

    def register_organisation(self, index: int, name: str) -> None:
        """A capitalised speaker that is not a person: "Kestrel said", "Aerolux said"."""
        if self.find(name) is None and self.find_organisation(name) is None:
            self.organisations.append(Organisation(name, last_seen=index))

    def find_organisation(self, name: str) -> Organisation | None:
        lowered = name.lower().removeprefix("the ")
        for organisation in reversed(self.organisations):
            known = organisation.name.lower().removeprefix("the ")
            if known == lowered or known.split()[0] == lowered.split()[0]:
                return organisation
        return None

    def resolve_organisation(
        self, noun_phrase: str, index: int = -1, before: str = ""
    ) -> str | None:
        """ "the airline" -> the airline named before; "it" -> the last organisation speaking.

        ``before`` is the current sentence (number ``index``) up to the noun phrase: a name
        later in that sentence is not what the phrase refers back to.
        """
        lowered = noun_phrase.lower()
        if lowered == "it":
            if self.last_body_speaker:
                return self.last_body_speaker
            return self.organisations[-1].name if self.organisations else None
        head, _ = role_head(noun_phrase)
        if head not in ORG_NOUNS:
            return None
        for organisation in sorted(self.organisations, key=lambda o: -o.last_seen):
            if head in organisation.kinds:
                return organisation.name
        if any(_describes(word) for word in noun_phrase.split()[1:-1]):
            return None  # "the grid operator", "the state rail company": a body of its own
        if head in _COMPANY_NOUNS and self.last_organisation_speaker:
            return self.last_organisation_speaker
        companies = [o for o in self.organisations if o.kinds & _COMPANY_NOUNS]
        if head in _COMPANY_NOUNS and companies:  # "battery maker LusoVolt ..., the company"
            return max(companies, key=lambda o: o.last_seen).name
        if head in _COMPANY_NOUNS:  # "An Aerolux jet ..., the airline said": the first name
            candidates = [
                (i, n)
                for i, n in self.other_names
                if n not in noun_phrase and (i != index or n in before)
            ]
            if candidates:
                latest = candidates[-1][0]
                return next(name for index, name in candidates if index == latest)
        return None

    def _organisation_from_run(
        self, index: int, run: str, sentence: str, start: int, end: int
    ) -> None:
        words = run.split()
        while words and words[0].lower().rstrip(".") in NOT_NAMES:
            start += len(words[0]) + 1
            words = words[1:]
        if not words or words[-1].endswith(("'s", "’s")):
            return
        name = " ".join(words).rstrip(".")
        if name.endswith(("s'", "s’")):
            name = name[:-1]  # "Norvale Motors' plant": the company is "Norvale Motors"
        kinds: set[str] = set()
        before = _ORG_NOUN_BEFORE.search(sentence[:start])
        if before and before.group(1) in ORG_NOUNS:
            kinds.add(before.group(1))  # "the charity Sea Lifeline", "budget airline Aerolux"
        after = _ORG_NOUN_AFTER.match(sentence, end)
        if after and after.group(1) in ORG_NOUNS:
            kinds.add(after.group(1))  # "HomeLedger, the property platform,"
        has_org_word = any(w.lower() in ORG_WORDS for w in words)
        known = self.find_organisation(name)
        if known is not None:
            known.kinds |= kinds
            known.last_seen = index
        elif kinds or has_org_word:
            self.organisations.append(Organisation(name, kinds, index))
        elif (
            (len(words) > 1 or not words[0].isupper())
            and name.lower() not in NOT_NAMES
            and not (len(words) == 1 and (name.lower() in self.vocabulary or is_nationality(name)))
        ):
            self.other_names.append((index, name))

    def person_before(self, text: str, pronoun: str) -> str | None:
        """The last known person named in ``text`` (the sentence up to the pronoun)."""
        wanted = {"he": "m", "she": "f"}.get(pronoun)
        for match in reversed(list(_CAPITALISED_RUN.finditer(text))):
            person = self.find(match.group())
            if person is not None and (wanted is None or person.gender in (None, wanted)):
                return person.name
        return None

    def resolve_pronoun(self, pronoun: str, index: int) -> str | None:
        """The person a he/she at sentence ``index`` most likely refers to."""
        wanted = {"he": "m", "she": "f"}.get(pronoun.lower())
        for earlier in range(index, max(-1, index - 6), -1):
            for name in self.mentions.get(earlier, []):
                if name in self.role_speakers:  # "A spokeswoman for the airline said ..."
                    if not wanted or self.role_speakers[name] in (None, wanted):
                        return name
                    continue
                person = self.find(name)
                if person is None or (wanted and person.gender not in (None, wanted)):
                    continue
                if wanted and person.gender is None:
                    person.gender = wanted
                return person.name
        return None

    def earlier_role_speaker(self, noun_phrase: str) -> str | None:
        """ "The official" after "a senior EU official told reporters": the unnamed
        person who spoke last with that head noun."""
        head, _ = role_head(noun_phrase)
        for earlier in reversed(list(self.role_speakers)):
            if earlier != noun_phrase and role_head(earlier)[0] == head:
                return earlier
        return None

    def resolve_role(self, noun_phrase: str) -> str | None:
        """The person a role noun phrase ("the Russian president") refers to, if introduced."""
        head, modifiers = role_head(noun_phrase)
        if not head:
            return None
        heads = _SYNONYMS.get(head, (head,))
        best: tuple[int, int, str] | None = None
        for person in self.persons:
            for role_head_word, role_words in person.roles:
                if role_head_word not in heads and not (role_words & set(heads) and head in heads):
                    continue
                shared = sum(1 for m in modifiers if any(_same_stem(m, w) for w in role_words))
                score = (shared, person.last_seen, person.name)
                if best is None or score[:2] > best[:2]:
                    best = score
        return best[2] if best else None

    def _person_from_run(self, run: str, sentence: str, start: int, end: int) -> Person | None:
        words = run.split()
        while words and words[0].lower().rstrip(".") in NOT_NAMES - {"mr", "mrs", "ms", "dr"}:
            start += len(words[0]) + 1
            words = words[1:]
        if words and words[-1].endswith(("'s", "’s")):
            return None  # "Russia's": a possessive, not a name
        roles, name_words = split_role(words)
        if not name_words or any(w.lower().rstrip(".") in ORG_WORDS for w in name_words):
            return None
        name_words[-1] = _without_full_stop(name_words[-1])
        if name_words[-1].lower() in _PLACE_WORDS or name_words[0].lower() in _PLACE_WORDS:
            return None
        if sentence[end : end + 3].lstrip()[:1].isdigit():
            return None  # "Boeing 737", "Airbus A320": a product, not a person
        existing = self.find(" ".join(name_words))
        if existing is None and len(name_words) == 1 and not roles:
            return None  # a lone capitalised word: a place or an organisation as often as not
        if existing is None and len(name_words) > 4:
            return None
        person = existing or Person(" ".join(name_words))
        if existing is None:
            person.gender = gender_of(name_words[0]) if len(name_words) > 1 else None
            self.persons.append(person)
        elif len(name_words) > len(person.name.split()):
            person.name = " ".join(name_words)
        if roles:
            self._add_role(person, " ".join(roles))
        appositive = _APPOSITIVE_AFTER_NAME.match(sentence, end)
        if appositive:
            self._add_role(person, appositive.group(1))
        before = _ROLE_BEFORE_NAME.search(sentence[:start])
        if before and sentence[start - 2 : start] == ", ":
            self._add_role(person, before.group(1))
        return person

    def _add_role(self, person: Person, role_text: str) -> None:
        head, modifiers = role_head(role_text)
        if not head:
            return
        lowered = {w.lower().rstrip(".") for w in role_text.split()}
        if lowered & _FEMALE:
            person.gender = "f"
        elif lowered & _MALE:
            person.gender = "m"
        role = (head, frozenset(modifiers | {head}))
        if role not in person.roles:
            person.roles.append(role)


# Adjectives that leave "the budget airline", "the German carmaker" pointing back at a
# company already named; any other lower-case modifier names a body of its own.
_GENERIC_MODIFIERS = words(
    """budget low-cost big bigger biggest large larger largest small smaller major
    troubled embattled struggling listed private public former new old same rival
    family-owned state-owned loss-making"""
)


def _describes(word: str) -> bool:
    """ "grid" in "the grid operator": a lower-case modifier that says which body."""
    lowered = word.lower()
    return (
        word.isalpha()
        and word.islower()
        and lowered not in _GENERIC_MODIFIERS
        and not lowered.endswith(("ed", "ing", "ful", "ous", "ive", "ic", "ian", "ish", "ese"))
    )


def gender_of_role(noun_phrase: str) -> str | None:
    """ "f" for "a spokeswoman", "m" for "the chairman", None when the phrase does not say."""
    lowered = {w.lower().rstrip(".") for w in noun_phrase.split()}
    if lowered & _FEMALE:
        return "f"
    if lowered & _MALE:
        return "m"
    return None


def _without_full_stop(word: str) -> str:
    """ "Tregarth." at the end of a sentence is "Tregarth"; an initial ("F.") or a
    suffix ("Jr.") keeps its point."""
    if word.endswith(".") and len(word) > 3 and word.lower() not in {"jr.", "sr."}:
        return word[:-1]
    return word


def split_role(words: list[str]) -> tuple[list[str], list[str]]:
    """Split "Russian President Vladimir Putin" into role words and name words."""
    index = 0
    while index < len(words) - 1 or (index < len(words) and _is_title(words[index])):
        word = words[index]
        lowered = word.lower()
        if lowered in ROLE_WORDS or is_nationality(word) or _is_title(word):
            index += 1
            continue
        break
    name = words[index:]
    while len(name) > 2 and name[-1].lower() in _SUFFIXES:
        name = name[:-1]
    return words[:index], name


def role_head(noun_phrase: str) -> tuple[str, set[str]]:
    """Head noun and modifiers of a role phrase: "the acting governor of the region"."""
    words = [w.lower().strip(".,") for w in noun_phrase.split()]
    words = [w[:-2] if w.endswith(("'s", "’s")) else w for w in words]
    for index, word in enumerate(words):
        if word in _PREPOSITIONS and index > 0:
            words = words[:index]
            break
    content = [w for w in words if w not in {"the", "a", "an", "his", "her", "its", "their"}]
    if not content:
        return "", set()
    return content[-1], set(content[:-1])


def _is_title(word: str) -> bool:
    return word.lower() in _TITLES


_TITLES = words(
    """mr. mrs. ms. dr. prof. sen. rep. gov. gen. rev. fr. supt. insp. det. cllr. hon. mr mrs
    ms dr prof sir dame lord lady"""
)
# Letters after a British lawyer's or officer's name: "Simon Kerr KC".
_SUFFIXES = words("kc qc mp mep obe mbe cbe jr jr. sr sr. phd")


def is_nationality(word: str) -> bool:
    return word.strip(".").replace(".", "").lower() in _NATIONALITIES


def _same_stem(first: str, second: str) -> bool:
    shorter, longer = sorted((first, second), key=len)
    return len(shorter) >= 4 and longer.startswith(shorter[:-1] if len(shorter) > 5 else shorter)
