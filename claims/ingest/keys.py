"""What cross-source matching looks claims up by: the numbers, dates and names in them.

Every stored claim is indexed in `claim_keys` under keys such as `n:1000` (a number),
`u:square_kilometer` (the unit of its figure), `d:2024-08-12` (its event date),
`w:syrsky` (a capitalised name, cut to six letters so "Russia" and "Russian" meet) and
`t:…` (a hash of its words, lower-cased without punctuation: copies of one sentence). A new
claim's candidates are the stored claims sharing the most keys with it, rarer keys
counting more. Each key reads at most `POSTINGS_PER_KEY` of its newest claims (an index
range scan on the primary key), so the cost does not grow with the table.
"""

from __future__ import annotations

import functools
import hashlib
import math
import re
from abc import ABC, abstractmethod
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import TextClause, insert, text
from sqlalchemy.orm import Session

from claims.models import Base

if TYPE_CHECKING:
    from claims.ingest.match import Probe

POSTINGS_PER_KEY = 64
CANDIDATES_PER_CLAIM = 24  # 12 left a paraphrase out behind claims sharing a name or a unit
# One key held by a dozen claims or more (a common unit, a small number) is no reason to
# compare; one rare key, or two common ones, is.
MIN_CANDIDATE_WEIGHT = 0.3
_KEY_CHUNK = 100  # keys per statement: SQLite allows 500 terms in a compound SELECT

DURATIONS = frozenset({"second", "minute", "hour", "day", "week", "month", "year"})

# The look-behind once per position, not once per alternative: twice as quick, same matches.
NUMBER = re.compile(  # "1,17,640": Indian grouping too
    r"(?<![\w.,])(?:\d{1,2}(?:,\d\d)+,\d{3}(?!,?\d)(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)"
    r"|\d+(?:\.\d+)?)"
)
_YEAR = re.compile(r"(?:19|20)\d\d")
_CAPITALISED = re.compile(r"\b[A-Z][A-Za-z]*(?:['’-][A-Za-z]+)*")


def wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


_PARENTHESES = re.compile(r"\([^()]*\)")
_SENTENCE_START = re.compile(r"""(?:^|[.!?:;]\s+|["“‘(]\s*)$""")
# Capitalised words that name no one: they open sentences or are months, days, titles.
_NOT_NAMES = wordset(
    """a an the this that these those there here it its he she they we i you his her their our
    my mr mrs ms dr prof sir but and or so if when while after before since as at in on of by
    for from to with without about according some many most all no not one two three four five
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december jan feb mar apr jun jul aug sep sept
    oct nov dec president minister prime chief officials official police government ministry
    spokesman spokeswoman spokesperson said says told added last earlier later yesterday today
    tonight week month year more than less up nearly around almost over under"""
)
_POSSESSIVES = ("'s", "’s")  # cut from a name's end: "Russia's" is "Russia"
_NAME_PREFIX = 6  # "Russia"/"Russian" and "Ukraine"/"Ukrainian" share a key


def _number_key(value: float) -> str:
    return f"n:{value:.6g}"


@functools.lru_cache(maxsize=8192)  # a claim's text and figure are read for its keys, and
def text_numbers(text: str) -> tuple[float, ...]:  # again at each comparison it is in
    """The numbers written in digits in a text, years left out."""
    # A year in a sentence is a date, and dates have their own key.
    year = _YEAR.fullmatch
    return tuple(float(raw.replace(",", "")) for raw in NUMBER.findall(text) if not year(raw))


@functools.lru_cache(maxsize=8192)  # stored claims come back as candidates again and again
def names(text: str, opening: bool = False) -> frozenset[str]:
    """Capitalised words that are not sentence openers, months, days or titles, lower-cased.
    With `opening`, the text's first word is a name too when it could be one: a claimant
    ("Ashcombe's MP", "Kestrel Research") opens on its name, not on a sentence."""
    found: set[str] = set()
    if "(" in text:
        text = _PARENTHESES.sub(lambda m: " " * len(m.group()), text)  # "(Meridian Wire)"
    for match in _CAPITALISED.finditer(text):
        word = match.group()
        if word.endswith(_POSSESSIVES):  # "Russia's" is "Russia"; no regex, one per word
            word = word[:-2]
        lowered = word.lower()
        if len(word) < 3 or lowered in _NOT_NAMES:
            continue
        start = match.start()
        opens = _SENTENCE_START.search(text[max(0, start - 3) : start])
        if opens and not (opening and start == 0) and not (word.isupper() and len(word) >= 4):
            continue  # an opener, unless it is a shouted tabloid name ("VLADIMIR Putin")
        found.add(lowered)
    return frozenset(found)


def keys_for(probe: Probe) -> set[str]:
    """The keys a claim is found by: `n:` numbers, `u:` unit, `d:` event date, `w:` names,
    and `t:` its words, so that a sentence copied word for word (wire copy) is found first.
    """
    keys = {_number_key(v) for v in text_numbers(probe.text)}
    keys.add("t:" + hashlib.blake2b(probe.processed.encode(), digest_size=8).hexdigest())
    if probe.value is not None:
        keys.add(_number_key(probe.value))
        if probe.unit and probe.normalized_unit not in DURATIONS:
            keys.add(f"u:{probe.unit}")  # finds rival figures of the same measure
    if probe.event_date is not None:
        keys.add(f"d:{probe.event_date.isoformat()}")
    found = probe.names | names(probe.claimant or "")
    if len(keys) == 1 and not found:  # nothing but its words: its claimant's whole name
        found = names(probe.claimant or "", opening=True)
    for name in found:
        keys.add(f"w:{name[:_NAME_PREFIX]}")
    return {k[:120] for k in keys}


def add_keys(session: Session, keys_by_claim: Iterable[tuple[int, Iterable[str]]]) -> None:
    """Index claims by their keys, in one statement."""
    rows = [
        {"key": key, "claim_id": claim_id}
        for claim_id, keys in keys_by_claim
        for key in sorted(set(keys))
    ]
    if rows:
        session.execute(insert(Base.metadata.tables["claim_keys"]), rows)


# --- candidates -----------------------------------------------------------------------------


@functools.lru_cache(maxsize=_KEY_CHUNK)
def _postings_statement(keys: int) -> TextClause:
    """The newest `:n` claims of each of `keys` keys, one index range scan per key.

    Plain SQL, the same on SQLite and PostgreSQL, built once per size: the equivalent
    SQLAlchemy union of a hundred subqueries took longer to build than to run.
    """
    parts = [
        f"SELECT * FROM (SELECT key, claim_id FROM claim_keys WHERE key = :k{i} "
        f"ORDER BY claim_id DESC LIMIT :n) AS p{i}"
        for i in range(keys)
    ]
    return text(" UNION ALL ".join(parts))


def candidate_ids(
    session: Session,
    key_sets: Sequence[set[str]],
    exclude: set[int],
    known: Postings | None = None,
) -> list[list[int]]:
    """For each key set, the ids of the stored claims that share the most (rarest) keys.
    `known` holds the postings a run has read already (SQLite only)."""
    wanted = sorted(set().union(*key_sets)) if key_sets else []
    return _rank_all(key_sets, _postings(session, wanted, known), exclude)


def _rank_all(
    key_sets: Sequence[set[str]], postings: dict[str, list[int]], exclude: set[int]
) -> list[list[int]]:
    # A key held by few claims says more than one held by hundreds.
    weights = {key: 1.0 / math.log2(2 + len(ids)) for key, ids in postings.items()}
    # A claim that repeats an earlier one of its article has its keys: ranked once.
    ranked: dict[frozenset[str], list[int]] = {}
    found = []
    for keys in key_sets:
        frozen = frozenset(keys)
        ids = ranked.get(frozen)
        if ids is None:
            ids = ranked[frozen] = _ranked(keys, postings, exclude, weights)
        found.append([*ids])
    return found


_POSTINGS = (
    f"SELECT claim_id FROM claim_keys WHERE key = ? ORDER BY claim_id DESC LIMIT {POSTINGS_PER_KEY}"
)


def _postings(
    session: Session, keys: Sequence[str], known: Postings | None = None
) -> dict[str, list[int]]:
    """The newest `POSTINGS_PER_KEY` claim ids of each key, newest first.

    On SQLite, one prepared statement run per key on the driver's cursor, in the
    session's transaction: a statement the driver keeps compiled costs SQLite less than one
    union of a hundred, and no row goes through SQLAlchemy; the keys `known` holds cost
    no statement at all. Elsewhere a union per hundred keys, one round trip each.
    """
    postings: dict[str, list[int]] = {}
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        cursor = connection.connection.cursor()
        try:
            if known is not None:
                known.check(connection.connection.dbapi_connection, cursor)
            for key in keys:
                ids = known.get(key) if known is not None else None
                if ids is None:
                    ids = [claim_id for (claim_id,) in cursor.execute(_POSTINGS, (key,))]
                    if known is not None:
                        known.put(key, ids)
                if ids:
                    postings[key] = ids
        finally:
            cursor.close()
        return postings
    for start in range(0, len(keys), _KEY_CHUNK):
        chunk = keys[start : start + _KEY_CHUNK]
        params: dict[str, object] = {"n": POSTINGS_PER_KEY}
        params.update({f"k{i}": key for i, key in enumerate(chunk)})
        for key, claim_id in connection.execute(_postings_statement(len(chunk)), params).all():
            postings.setdefault(key, []).append(claim_id)
    return postings


def _ranked(
    keys: set[str],
    postings: dict[str, list[int]],
    exclude: set[int],
    key_weights: dict[str, float] | None = None,
) -> list[int]:
    weights: dict[int, float] = {}
    # Floating-point sums depend on their order: adding the keys' weights in the order a
    # set happens to iterate (which PYTHONHASHSEED changes) could rank tied claims
    # differently from one run to the next. A claim has a handful of keys: sorting is cheap.
    for key in sorted(keys):
        ids = postings.get(key)
        if not ids:
            continue
        weight = key_weights[key] if key_weights is not None else 1.0 / math.log2(2 + len(ids))
        if not weights:  # the first key's claims, in one call
            weights = dict.fromkeys(ids, weight)
            continue
        # Most ids come in one key only: `in` and a store cost less than `get` (a call).
        for claim_id in ids:
            if claim_id in weights:
                weights[claim_id] += weight
            else:
                weights[claim_id] = weight
    if exclude:
        for claim_id in exclude.intersection(weights):
            del weights[claim_id]
    # `sorted(...)[:n]` is what `heapq.nlargest` returns, without its Python-level loop.
    ranked = sorted([(w, i) for i, w in weights.items() if w >= MIN_CANDIDATE_WEIGHT], reverse=True)
    return [claim_id for _, claim_id in ranked[:CANDIDATES_PER_CLAIM]]


class _RunCache(ABC):
    """What a run has read from SQLite and keeps up to date with its own writes: right
    only as long as no other connection writes. SQLite's `PRAGMA data_version` changes
    when one commits, and `check` then forgets everything (`clear`), as it does when the
    run's connection changes."""

    def __init__(self) -> None:
        self._connection: object = None
        self._version: object = None

    def check(self, dbapi_connection: object, cursor: Any) -> None:
        """Forget everything when another connection has committed since the last look, or
        when this is another connection. Called in the write transaction (after the
        article's source row), where nobody else can commit until it ends."""
        (version,) = cursor.execute("PRAGMA data_version").fetchone()
        if dbapi_connection is not self._connection or version != self._version:
            self.clear()
            self._connection, self._version = dbapi_connection, version

    @abstractmethod
    def clear(self) -> None:
        """Forget everything the run has read."""


class Postings(_RunCache):
    """The postings (`_postings`) of the keys a run has looked up on SQLite, kept up to date
    with the claims the run commits (`add`): about six keys in ten come back in later
    articles (names, units, dates, common figures), and each costs a statement otherwise.
    Only this run's claims are added: see `_RunCache` for when it forgets.
    """

    def __init__(self, size: int = 100_000) -> None:
        super().__init__()
        self.size = size
        self._ids: dict[str, list[int]] = {}

    def get(self, key: str) -> list[int] | None:
        return self._ids.get(key)

    def clear(self) -> None:
        self._ids.clear()

    def put(self, key: str, ids: list[int]) -> None:
        """What the database holds for `key` (an empty list too: a key nobody has yet)."""
        self._ids[key] = ids
        if len(self._ids) > self.size:
            del self._ids[next(iter(self._ids))]

    def add(self, claim_id: int, keys: Iterable[str]) -> None:
        """A claim just committed under `keys`: it joins the postings of those held."""
        for key in keys:
            ids = self._ids.get(key)
            if ids is None:
                continue
            if not ids or claim_id > ids[0]:  # the usual case: a new claim has the top id
                ids = [claim_id, *ids[: POSTINGS_PER_KEY - 1]]
            else:
                ids = sorted({claim_id, *ids}, reverse=True)[:POSTINGS_PER_KEY]
            self._ids[key] = ids  # a new list: the one handed out may still be in use


class SourceNames(_RunCache):
    """The name keys (`w:`) of each stored article's claims, read once a run (SQLite):
    the articles of a story come back as the relatives of its later tellings (nine
    look-ups in ten on the bench). What a stored article names does not change while a run
    goes on: ingest gives appearances only to the article it is storing (which is never
    put here, see `source_names`) and keys only to the claims it creates; another
    connection's writes are caught by `check`.
    """

    def __init__(self, size: int = 4096) -> None:
        super().__init__()
        self.size = size
        self._keys: dict[int, frozenset[str]] = {}

    def get(self, source_id: int) -> frozenset[str] | None:
        return self._keys.get(source_id)

    def put(self, source_id: int, keys: frozenset[str]) -> None:
        self._keys[source_id] = keys
        if len(self._keys) > self.size:
            del self._keys[next(iter(self._keys))]

    def clear(self) -> None:
        self._keys.clear()


# On SQLite, every name key of some articles' claims, to be kept (`SourceNames`): read
# through each claim's keys (`ix_claim_keys_claim_id`), a few rows a claim; `substr` keeps
# SQLite from walking the key index's every name instead.
_NAMES_OF_SQL = (
    'SELECT DISTINCT appearances.source_id, claim_keys."key" FROM appearances '
    "JOIN claim_keys ON claim_keys.claim_id = appearances.claim_id "
    "WHERE appearances.source_id IN ({sources}) AND substr(claim_keys.\"key\", 1, 2) = 'w:'"
)


def source_names(
    session: Session, sources: list[int], known: SourceNames | None, own: int | None
) -> dict[int, frozenset[str]]:
    """The name keys (`w:`) of each source's claims, on SQLite, those `known` holds taken
    from there, and the others kept there but `own` (the article being stored). What an
    article names is read at most once a run, whatever the size of the database: its
    claims' keys, through its appearances."""
    connection = session.connection()
    cursor = connection.connection.cursor()
    try:
        if known is not None:
            known.check(connection.connection.dbapi_connection, cursor)
        found: dict[int, frozenset[str]] = {}
        missing: list[int] = []
        for source in sources:
            keys = known.get(source) if known is not None else None
            if keys is None:
                missing.append(source)
            else:
                found[source] = keys
        if missing:
            read: dict[int, set[str]] = {source: set() for source in missing}
            sql = _NAMES_OF_SQL.format(sources=", ".join("?" * len(missing)))
            for source, key in cursor.execute(sql, missing):
                read[source].add(key)
            for source, held in read.items():
                found[source] = frozenset(held)
                if known is not None and source != own:
                    known.put(source, found[source])
        return found
    finally:
        cursor.close()
