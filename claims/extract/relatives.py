"""A relative the copy names by a given name after a kin word ("His wife Anita said",
"John Patel and his wife, Anita, said") becomes a known person of that kin word's gender,
so a "she" in the next sentences is her, not the unnamed speaker it was left as."""

from __future__ import annotations

import re

from claims.extract.discourse import Discourse
from claims.extract.entities import Person
from claims.extract.first_names import gender_of
from claims.extract.lexicon import words


def note_relative(discourse: Discourse, index: int, name: str, before: str) -> None:
    """Make ``name`` ("Anita Patel", named after "His wife" in ``before``) a known person."""
    kin = _KIN_WORD.search(before)
    gender = _KIN_GENDER[kin.group(1).lower()] if kin else gender_of(name.split()[0])
    register_person(discourse, index, name, gender)


def note_spouse(discourse: Discourse, index: int, names: str, sentence: str) -> None:
    """ "John Patel and his wife, Anita, said" (``names`` "John Patel and Anita"): Anita
    Patel, a woman, is known from here on."""
    found = _COUPLE.fullmatch(names)
    if found is None:
        return
    holder, given = found.group(1), found.group(2)
    spouse = re.search(rf"\band\s+(?:his|her)\s+(wife|husband),?\s+{re.escape(given)}\b", sentence)
    if spouse is not None:
        name = f"{given} {holder.split()[-1]}"
        register_person(discourse, index, name, _KIN_GENDER[spouse.group(1).lower()])


def register_person(discourse: Discourse, index: int, name: str, gender: str | None) -> None:
    """Know ``name`` from sentence ``index`` on, as a person of that gender ("m", "f")."""
    person = discourse.find(name)
    if person is None or person.name != name:
        person = Person(name, gender=gender)
        discourse.persons.append(person)
    person.gender = person.gender or gender
    person.last_seen = index
    mentioned = discourse.mentions.setdefault(index, [])
    if name not in mentioned:
        mentioned.append(name)


_KIN_GENDER = {
    **dict.fromkeys(words("mother wife daughter sister widow mum grandmother niece"), "f"),
    **dict.fromkeys(words("father husband son brother dad grandfather nephew"), "m"),
}
_KIN_WORD = re.compile(rf"\b({'|'.join(_KIN_GENDER)}),?\s+$", re.IGNORECASE)
_COUPLE = re.compile(r"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+)\s+and\s+([A-Z][\w’'-]+)")
