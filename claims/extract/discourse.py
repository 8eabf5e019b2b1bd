"""Who has been mentioned so far in an article, so pronouns and role nouns can be resolved.

People are recognised from capitalised runs: offices before a name ("Russian President
Vladimir Putin", "chief executive Ann Lee") and appositives become the person's role.
A later "the Russian president" resolves to the most recent person whose role has the same
head noun, preferring the one whose role shares the most modifiers; "He"/"She" resolve to
the speaker of the nearest earlier sentence that mentions someone, else its first person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from claims.extract.acronyms import spelled_out
from claims.extract.body_references import BodyReferences
from claims.extract.entities import Organisation, Person, first_of_surname, name_words, same_stem
from claims.extract.first_names import gender_of
from claims.extract.kinds import (
    ANY_OFFICE,
    BODY_HEADS,
    BODY_SPOKESPERSON,
    FEMALE,
    LEDE_OFFICES,
    MALE,
    PORTFOLIOS,
    SYNONYMS,
    lede_office,
    other_body,
    other_portfolio,
)
from claims.extract.lexicon import ORG_NOUNS, ROLE_WORDS
from claims.extract.mentions import Run, runs_of
from claims.extract.name_kinds import kind_words
from claims.extract.no_bodies import no_body_at
from claims.extract.offices import is_nationality, role_head, split_role

_OFFICE_ACRONYMS = {
    "ceo": "chief executive", "cfo": "chief financial officer", "coo": "chief operating officer",
    "cto": "chief technology officer", "md": "managing director", "cs": "cabinet secretary",
    "ps": "principal secretary", "pm": "prime minister", "cm": "chief minister",
    "dcm": "deputy chief minister", "cj": "chief justice", "ag": "attorney general",
    "da": "district attorney", "dgp": "director general of police",
}  # fmt: skip
_LEDE_SENTENCES = 1  # "The energy minister ..." in the first two sentences

CLOSE_TO = re.compile(r"\s+(?:close|familiar|near)\s+(?:to|with)\b.*$")
CONFIDANTS = frozenset(["source", "pal", "friend", "insider", "confidant", "confidante"])


@dataclass
class Discourse(BodyReferences):
    """The people and organisations of one article, in order of mention."""

    persons: list[Person] = field(default_factory=list)
    organisations: list[Organisation] = field(default_factory=list)
    last_organisation_speaker: str | None = None
    # the last organisation to speak, named or not ("the disaster agency"): what "it" is
    last_body_speaker: str | None = None
    last_publisher: str | None = None
    last_organisation_at: int = -10  # the sentence where an organisation last spoke
    # bodies whose unnamed spokesperson spoke, and the sentence they last spoke in
    spokesperson_at: dict[str, int] = field(default_factory=dict)
    # bodies that spoke unnamed, by their noun: "the health ministry" for "ministry"
    unnamed_bodies: dict[str, str] = field(default_factory=dict)
    lede_role: str | None = None  # an office the lede opens with, before naming its holder
    lede_holder: tuple[str, str] | None = None  # that office and the person named next
    # who each kind of document the article cited belongs to: "dashboard" the ministry's
    document_owners: dict[str, str] = field(default_factory=dict)
    government: str | None = None  # "the Kerala government": what "the government" is
    study_owner: str | None = None  # "a team at Carrow University": who did the research
    last_group: tuple[int, str] | None = None  # the sentence and words of the last group
    last_names: tuple[int, str] | None = None  # the sentence and names of the last "X and Y"
    last_claimant: tuple[int, str] | None = None  # the sentence and claimant that spoke last
    sentence_claimants: list[str | None] = field(default_factory=list)  # resolved so far
    seen: list[str] = field(default_factory=list)  # the sentences read, for acronyms
    spelled: list[str] = field(default_factory=list)  # names spelled out in them (`acronyms`)
    spelled_seen: int = 0  # ... up to this sentence
    name_counts: dict[str, int] = field(default_factory=dict)  # how often each name comes
    # capitalised runs that are neither known people nor places, latest last, by sentence
    other_names: list[tuple[int, str]] = field(default_factory=list)
    # per sentence index: names of people mentioned outside quotes, speaker first
    mentions: dict[int, list[str]] = field(default_factory=dict)
    # unnamed people who spoke ("a spokeswoman for the airline"), with their gender if known
    role_speakers: dict[str, str | None] = field(default_factory=dict)
    # the sentences that are quotation through and through: a speaker's words go on
    quoted_through: set[int] = field(default_factory=set)
    # words the article writes in lower case, or never as names: "Trains", "Sales" open
    vocabulary: frozenset[str] = frozenset()
    outlet: str | None = None  # "FRANKFURT (Reuters) -": whose own reporting is no source's

    def observe(self, index: int, sentence: str, quoted: bytes) -> list[str]:
        """Register the people of a sentence; return their names, in order."""
        names: list[str] = []
        self.seen.append(sentence)
        if quoted.count(1) >= 0.9 * len(sentence.strip()):
            self.quoted_through.add(index)
        if index <= _LEDE_SENTENCES:  # "The energy minister was pressed ...": the person
            self.lede_role = lede_office(sentence) or self.lede_role  # named next holds it
        spokes = BODY_SPOKESPERSON.finditer(sentence) if "spokes" in sentence else ()
        for mention in spokes:  # "A RegionLink spokesperson
            body = mention.group(1).strip()  # has sent figures. ... the spokesperson said"
            if not quoted[mention.start()] and body.split()[0] not in {"The", "A", "An"}:
                self.spokesperson_at.pop(body, None)
                self.spokesperson_at[body] = index
                self.role_speakers[body] = {"woman": "f", "man": "m"}.get(mention.group(2))
        for run in runs_of(sentence):
            known = len(self.persons)
            person = self._person_from_run(run)
            if person is None:
                self._organisation_from_run(index, run, sentence)
                continue
            if self.lede_role and len(self.persons) > known and index <= _LEDE_SENTENCES + 1:
                office = {w.lower() for w in self.lede_role.split()}
                words_of = [w.lower() for w in person.name.split()]  # "Budget Responsibility"
                named = not any(w in self.vocabulary for w in words_of)  # is words, no name
                generic = office & ANY_OFFICE  # "the head of ...", "the top UN official"
                titled = {w.lower() for w in sentence[: run.start].split()[-2:]} & ROLE_WORDS
                if (
                    named
                    and not titled - office  # "Opposition leader Tom Hale": another office
                    and (not person.roles or generic)
                    and not office & {w.lower() for w in person.name.split()}
                ):
                    self._add_role(person, self.lede_role)
                    self.lede_holder = (self.lede_role, person.name)
                self.lede_role = None
            person.last_seen = index
            if not quoted[run.start] and person.name not in names:
                names.append(person.name)
        if index <= _LEDE_SENTENCES and self.lede_role is None:  # "..., the head of a
            self.lede_role = lede_office(sentence, tacked=True)  # growers' group said": the
        self.mentions[index] = names  # person named in a later sentence
        if len(names) == 1:  # "Nia Hughes said she expected ...": Nia Hughes is a woman
            person = self.find(names[0])
            if person is not None and person.gender is None:
                person.gender = _gender_said(sentence)
        return names

    def note_speaker(self, index: int, name: str) -> None:
        self.last_claimant = (index, name)
        organisation = self.find_organisation(name)
        if organisation is not None:
            longest = name if len(name) > len(organisation.name) else organisation.name
            if name.split()[-1].lower() in _ITS_PEOPLE:  # "Home Office officials said ... A
                longest = organisation.name  # spokesperson said": the Home Office's
            self.last_organisation_speaker = longest  # "the Department for Transport"
            self.last_body_speaker = longest
            self.last_organisation_at = index
        names = self.mentions.setdefault(index, [])
        if name in names:
            names.remove(name)
        names.insert(0, name)

    def find(self, name: str) -> Person | None:
        """The known person a name or surname refers to."""
        words = _without_role_words(name)
        if not words:
            return None
        if len(words) == 1 and (principal := first_of_surname(self.persons, words[0])):
            return principal  # "Kowalczyk" after "Brett Kowalczyk" and "Tyler Kowalczyk"
        for person in reversed(self.persons):
            parts = name_words(person.name)
            if words == parts or (len(words) == 1 and words[0] in parts):
                return person
            if len(words) > 1 and words[-1] == parts[-1] and words[0][:1] == parts[0][:1]:
                return person
        return None

    def resolve_name(self, text: str) -> str:
        """A written name or title + name to the fullest known form: "Putin" -> "Vladimir Putin"."""
        roles, name_words = split_role(text.split())
        if not name_words:
            return text
        if len(name_words) == 1 and roles and all(is_nationality(r) for r in roles):
            return text  # "Swiss Re": a body's name, not "Re"
        person = self.find(" ".join(name_words))
        return person.name if person else " ".join(name_words)

    def register_organisation(self, index: int, name: str) -> None:
        """A capitalised speaker that is not a person: "Kestrel said", "Aerolux said"."""
        if self.find(name) is None and self.find_organisation(name) is None:
            named = kind_words(name.split())  # "Department", not "University and College"
            kinds = {w.lower() for w in named if w.lower() in ORG_NOUNS}
            self.organisations.append(Organisation(name, kinds, index))

    def fullest_name(self, name: str) -> str:
        """A body's name as the article wrote it in full, for a name read only from its last
        words: "Midwifery Council" from "the Nursing and Midwifery Council" before."""
        wanted = [w.rstrip(".") for w in name.lower().split()]
        longer = [
            o.name
            for o in self.organisations
            if len(o.words) > len(wanted) and o.words[-len(wanted) :] == wanted
        ]
        return max(longer, key=len).removeprefix("The ") if longer else name

    def named_in_full(self, name: str) -> str | None:
        """The one body named in full that ``name`` opens: "SkyLark Air" for "SkyLark"; None
        when none or several do ("SkyBridge Airways" and "SkyBridge Group")."""
        names = [o.name for o in self.organisations] + [n for _, n in self.other_names]
        longer = {  # ("Northline Trains", a name of no kind, for "Northline")
            n
            for n in names
            if n.startswith(name + " ")
            and all(w[:1].isupper() or w in _LINKS for w in n[len(name) :].split())
        }
        return longer.pop() if len(longer) == 1 else None

    def expand_acronym(self, acronym: str) -> str | None:
        return spelled_out(self, acronym)  # "CAA": the Civil Aviation Authority named before

    def body_just_named(self, index: int) -> str | None:
        """ "For X, ... Its analysts said": the one body just named, or the one speaking."""
        named = [o.name for o in self.organisations if o.last_seen == index - 1]
        if self.last_body_speaker in named or len(named) != 1:
            return self.last_body_speaker if self.last_body_speaker in named else None
        return named[0]

    def _organisation_from_run(self, index: int, run: Run, sentence: str = "") -> None:
        if run.org_name is None:
            return
        name, kinds = run.org_name, set(run.org_kinds)
        if run.single and name.lower() in ORG_NOUNS:
            return  # a bullet's "Group sales", a heading's "Council": no body's name

        if not (run.single and name.lower() in self.vocabulary):
            self.name_counts[name] = self.name_counts.get(name, 0) + 1
        known = self.find_organisation(name)
        if known is not None:
            known.kinds |= kinds
            known.last_seen = index
        elif (kinds or run.org_word) and not (run.single and name.lower() in self.vocabulary):
            self.organisations.append(Organisation(name, kinds, index))
        elif run.other_name and not (
            run.single
            and (
                name.lower() in self.vocabulary
                or is_nationality(name)
                or no_body_at(sentence, run.start)
            )
        ):
            self.other_names.append((index, name))

    def resolve_pronoun(self, pronoun: str, index: int) -> str | None:
        """The person a he/she at sentence ``index`` most likely refers to."""
        wanted = {"he": "m", "she": "f"}.get(pronoun.lower())
        for earlier in range(index, max(-1, index - 6), -1):
            silent = earlier < len(self.seen) and _NO_COMMENT.search(self.seen[earlier])
            for name in self.mentions.get(earlier, []):
                if silent and self.find(name) is not None:
                    continue  # "X did not respond to requests for comment. He said": not X
                if name in self.role_speakers:  # "A spokeswoman for the airline said ..."
                    spoke = self.spokesperson_at.get(name, index)
                    quoting = all(i in self.quoted_through for i in range(spoke + 1, index + 1))
                    if index - spoke > 1 and not quoting:  # the body, mentioned again
                        continue  # later, is no "she"; not after the spokesman's quote
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
        """ "The official" after "a senior EU official said": the last such to speak."""
        head, modifiers = role_head(noun_phrase)
        heads = CONFIDANTS if head in CONFIDANTS else {head}  # "a source close to the
        for earlier in reversed(list(self.role_speakers)):  # star ... The pal added"
            other, held = role_head(CLOSE_TO.sub("", earlier))  # "a source close to"
            if earlier == noun_phrase or other not in heads or other_portfolio(modifiers, held):
                continue
            if not other_body(head, modifiers, held):  # "the health ministry" after "The
                return earlier  # civil protection ministry said"
        return None

    def resolve_role(self, noun_phrase: str) -> str | None:
        """The person a role noun phrase ("the Russian president") refers to, if introduced."""
        words_of = noun_phrase.split()
        spelled = _OFFICE_ACRONYMS.get(words_of[-1].lower()) if words_of else None
        if spelled is not None:  # "The CFO": the chief financial officer named before
            noun_phrase = " ".join([*words_of[:-1], spelled])
        head, modifiers = role_head(noun_phrase)
        if not head or head in ORG_NOUNS or head in BODY_HEADS:
            return None  # "the department", "the trust" is a body, not its spokesperson
        # "the ex-England skipper": a former England one
        modifiers = frozenset(_FORMER.get(p, p) for m in modifiers for p in m.split("-") if p)
        modifiers = modifiers - _PRAISE  # "the top cop": the police commissioner
        if head in _LAWYERS:  # "Mills' attorney, Rebecca Stone, ... The defense lawyer"
            modifiers = modifiers - {"defence", "defense"}
        heads = set(SYNONYMS.get(head, (head,)))
        best: tuple[int, int, str] | None = None
        for person in self.persons:
            for role_head_word, role_words in person.roles:
                inside = (head in ROLE_WORDS or is_nationality(head)) and bool(role_words & heads)
                minister = head == "minister" and role_head_word == "secretary"  # "X, the
                inside = inside or (minister and bool(role_words & PORTFOLIOS))  # economy
                # secretary, ... The minister said"
                # "the chief": the chief executive; "the Brazilian": the Brazilian midfielder
                shared = sum(1 for m in modifiers if any(same_stem(m, w) for w in role_words))
                counterpart = role_head_word == "counterpart" and head in LEDE_OFFICES
                inside = inside or (counterpart and shared > 0)  # "her
                if role_head_word not in heads and not inside:  # Polish counterpart, X, ...
                    continue  # The Polish minister": X; not "the district" for its head
                if role_head_word != head and modifiers and not shared:
                    continue  # "the returning officer" is not a chief executive
                if other_portfolio(modifiers, role_words):
                    continue  # "the energy minister" is not the foreign minister
                score = (shared, person.last_seen, person.name)
                if best is None or score[:2] > best[:2]:
                    best = score
        return best[2] if best else None

    def _person_from_run(self, run: Run) -> Person | None:
        if run.name_words is None:
            return None
        name = " ".join(run.name_words)
        existing = self.find(name)
        if existing is None and len(run.name_words) == 1 and not run.roles:
            return None  # a lone capitalised word: a place or an organisation as often as not
        if existing is None and (len(run.name_words) > 4 or self.find_organisation(name)):
            return None  # not five words, nor "Hadley Brooks" after "Shares in Hadley Brooks"
        acronym = run.name_words[0].isupper() and "." not in run.name_words[0]  # not "M.K."
        if existing is None and acronym and len(run.name_words[0]) > 1:
            return None  # "NHS England", "BBC Verify": a body, not a person
        if existing is None and not run.roles and self._plural_of_the_article(run.name_words):
            return None  # "Northline Trains" where the article writes "trains": a company
        person = existing or Person(name)
        if existing is None:
            person.gender = gender_of(run.name_words[0]) if len(run.name_words) > 1 else None
            self.persons.append(person)
        elif len(run.name_words) > len(person.name.split()):
            person.name = name
        for role_text in run.role_texts:
            self._add_role(person, role_text)
        return person

    def _plural_of_the_article(self, name_words: tuple[str, ...]) -> bool:
        """ "Northline Trains", "Harbour Buses": a name ending in a plural the article
        writes in lower case, after no first name (not "Tom Banks", "Hadley Brooks")."""
        last = name_words[-1]
        return (
            len(name_words) > 1
            and last.endswith("s")
            and not last.endswith("ss")
            and last.lower() in self.vocabulary
            and gender_of(name_words[0]) is None
        )

    def _add_role(self, person: Person, role_text: str) -> None:
        head, modifiers = role_head(role_text)
        if not head:
            return
        lowered = {w.lower().rstrip(".") for w in role_text.split()}
        if lowered & FEMALE:
            person.gender = "f"
        elif lowered & MALE:
            person.gender = "m"
        role = (head, frozenset(modifiers | {head}))
        if role not in person.roles:
            person.roles.append(role)


@lru_cache(maxsize=4096)  # `Discourse.find` is asked about the same names again and again
def _without_role_words(name: str) -> tuple[str, ...]:
    return tuple(w for w in name_words(name) if w.lower().rstrip(".") not in ROLE_WORDS)


_FORMER = {"ex": "former"}
_PRAISE = frozenset(["top", "veteran", "experienced", "seasoned"])
_LAWYERS = frozenset(["lawyer", "attorney", "solicitor", "barrister", "counsel"])

_ITS_PEOPLE = frozenset(["officials", "officers", "sources", "staff", "chiefs", "bosses"])


def _gender_said(sentence: str) -> str | None:
    """ "Nia Hughes said she expected ...": the one person a sentence names, speaking of
    themself in the third person right after the verb."""
    said = _SAID_PRONOUN.search(sentence)
    return None if said is None else {"she": "f", "he": "m"}[said.group(1)]


_SAID_PRONOUN = re.compile(r"\b(?:said|says|added|told\s+\w+)\s+(?:that\s+)?(she|he)\b")
_NO_COMMENT = re.compile(
    r"\b(?:declined|refused)\s+to\s+comment|\bdid\s+not\s+(?:respond|reply)|\bcould\s+not\s+be\s+"
    r"reached|\b(?:was|were)\s+not\s+available\s+for\s+comment|\bno\s+comment\b"
)
_LINKS = frozenset(["of", "for", "and"])  # "Bank of England" for "the Bank"
