"""Links within one story: rival figures and repeated figures across its tellings.

Two articles are one story when they share matched claims with a figure and their claims
name the same people, places and bodies, or, when no claim matched, when their claims name
four of the same names (`story_claims`). Within a story a figure of the same measure that
differs is flagged (`story_contradiction`) and one repeated in other words is suggested
as similar (`story_links`), beyond what the lexical rule in `claims.ingest.match` can see
sentence by sentence.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from types import SimpleNamespace
from typing import Any

from rapidfuzz.fuzz import token_set_ratio
from sqlalchemy import Date, bindparam, func, select, text
from sqlalchemy.orm import Session

from claims.ingest.contradict import (
    CONTRADICTION_SUBJECT,
    contradiction,
    gives_both,
)
from claims.ingest.figures import (
    _counted_noun,
    bounds_agree,
    same_figure,
    same_kind_nouns,
    same_measure_different_figure,
)
from claims.ingest.keys import DURATIONS, source_names
from claims.ingest.match import MAX_LINKS, Decision
from claims.ingest.probe import _PROBE_COLUMNS, Probe, ProbeCache, _probe_of_row
from claims.models import Base

# Core tables, not ORM entities: plain rows, without the ORM's execution on top.
_APPEARANCES = Base.metadata.tables["appearances"]
_CLAIMS = Base.metadata.tables["claims"]
_KEYS = Base.metadata.tables["claim_keys"]
_STORY_ROWS = 500  # stored claims read from a story's articles, at most
_RELATED = 20  # articles looked at as tellings of this one's story, at most
STORY_SHARED = 2  # matched claims with a figure two articles need to be one story
# Built once: a statement made afresh for each article costs more than running it.
# The articles holding the most of some claims, counted by the database: a claim of
# agency boilerplate appears in hundreds of articles, and none of those rows need come
# back to be counted here. (The pairs come off the `(claim_id, source_id, ...)` index in
# its order, distinct at no cost: `count(DISTINCT ...)` a group costs more.)
_PAIRS = (
    select(_APPEARANCES.c.source_id, _APPEARANCES.c.claim_id)
    .where(_APPEARANCES.c.claim_id.in_(bindparam("ids", expanding=True)))
    .distinct()
    .subquery("pairs")
)
_HOLDING = select(_PAIRS.c.source_id).group_by(_PAIRS.c.source_id)
_TIED = (  # the newest articles holding `STORY_SHARED` of the claims
    _HOLDING.having(func.count() >= STORY_SHARED)
    .order_by(_PAIRS.c.source_id.desc())
    .limit(_RELATED)
)
_MOST_HOLDING = _HOLDING.order_by(func.count().desc(), _PAIRS.c.source_id.desc()).limit(_RELATED)
_NAMING = (
    select(_APPEARANCES.c.source_id, _KEYS.c.key)
    .join(_KEYS, _KEYS.c.claim_id == _APPEARANCES.c.claim_id)
    .where(
        _APPEARANCES.c.source_id.in_(bindparam("sources", expanding=True)),
        _KEYS.c.key.in_(bindparam("keys", expanding=True)),
    )
    .distinct()
)
_WITH_UNITS = (
    select(*(_CLAIMS.c[column.key] for column in _PROBE_COLUMNS))
    .join(_APPEARANCES, _APPEARANCES.c.claim_id == _CLAIMS.c.id)
    .where(
        _APPEARANCES.c.source_id.in_(bindparam("sources", expanding=True)),
        _CLAIMS.c.quantity_unit.in_(bindparam("units", expanding=True)),
    )
    .distinct()
    .limit(_STORY_ROWS)
)
# The same statements for SQLite's own cursor, as Core renders them (so the same plans and
# the same row order), without Core's execution and result rows on top: they run for
# every article.
_HOLDING_SQL = (
    "SELECT pairs.source_id FROM (SELECT DISTINCT appearances.source_id AS source_id, "
    "appearances.claim_id AS claim_id FROM appearances "
    "WHERE appearances.claim_id IN ({ids})) AS pairs GROUP BY pairs.source_id "
)
_TIED_SQL = (
    _HOLDING_SQL + f"HAVING count(*) >= {STORY_SHARED} ORDER BY pairs.source_id DESC "
    f"LIMIT {_RELATED}"
)
_MOST_HOLDING_SQL = _HOLDING_SQL + f"ORDER BY count(*) DESC, pairs.source_id DESC LIMIT {_RELATED}"
_NAMING_SQL = (
    'SELECT DISTINCT appearances.source_id, claim_keys."key" FROM appearances '
    "JOIN claim_keys ON claim_keys.claim_id = appearances.claim_id "
    'WHERE appearances.source_id IN ({sources}) AND claim_keys."key" IN ({keys})'
)
_WITH_UNITS_SQL = (
    "SELECT DISTINCT "
    + ", ".join(f"claims.{column.key}" for column in _PROBE_COLUMNS)
    + " FROM claims JOIN appearances ON appearances.claim_id = claims.id "
    "WHERE appearances.source_id IN ({sources}) AND claims.quantity_unit IN ({units}) "
    "LIMIT ? OFFSET ?"
)


def _fetch(session: Session, statement: Any, sql: str, params: dict[str, list[Any]]) -> list[Any]:
    """`statement`'s rows (`sql` on SQLite): tuples there, Core rows elsewhere."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return list(connection.execute(statement, params).all())
    marks = {name: ", ".join("?" * len(values)) for name, values in params.items()}
    values = [value for name in params for value in params[name]]
    if "LIMIT ?" in sql:
        values += [_STORY_ROWS, 0]
    cursor = connection.connection.cursor()
    try:
        rows: list[Any] = cursor.execute(sql.format(**marks), values).fetchall()
        return rows
    finally:
        cursor.close()


def _story_names(probe: Probe) -> frozenset[str]:
    """The names of a claim and its claimant, cut as the keys cut them (`w:` keys)."""
    return probe.story_names  # worked out once per claim, not at each look-up


_GENERIC_COUNTS = frozenset({"person", "people", "time", "thing", "case_count"})


STORY_SIMILAR = 80.0  # a similar link this strong ties two articles to one story
STORY_NAMES = 2  # ... and names (people, places, bodies) their claims share
RIVAL_RATIO = 1.6  # rival estimates of one count are of one size: 2,500 and 3,000 jobs


def _rivals(a: Probe, b: Probe) -> bool:
    """Not a yearly total against a daily one: 41 million and 35,000 passengers."""
    assert a.value is not None and b.value is not None
    low, high = sorted((abs(a.value), abs(b.value)))
    return low > 0 and high / low <= RIVAL_RATIO


def story_contradiction(new: Probe, old: Probe) -> float | None:
    """Two figures of one measure in two tellings of the same story (their articles share
    claims). Within one story names are everywhere, so they prove little: a rival figure
    is one the lexical rule (`contradiction`) accepts at any overlap, or a count of the
    same specific thing of one size ("3,000 jobs" / "2,500 jobs", "212" / "nearly 250"
    cases; not 41 million passengers a year against 35,000 a day).
    Money, shares and plain "people" have too many figures in a story to go further.
    """
    if not same_measure_different_figure(new, old) or new.processed == old.processed:
        return None
    if bounds_agree(new, old):
        return None  # "more than 300 homes" and "340 homes", whoever else counts homes
    found = contradiction(new, old)
    if found is not None and found >= CONTRADICTION_SUBJECT:
        return found  # not "3,390 MW" of demand against "1,140 MW" of batteries
    if gives_both(new, old):
        return None  # beyond the words: not when each text writes both figures
    if _rivals(new, old):
        found = contradiction(new, old, story=True)  # no name: the words alone
        if found is not None:
            return found
    if _counted_noun(new) and new.unit not in _GENERIC_COUNTS and _rivals(new, old):
        return CONTRADICTION_SUBJECT
    return None


def story_claims(
    session: Session,
    probes: Sequence[Probe],
    decisions: Sequence[Decision],
    units: set[str],
    exclude: set[int],
    cache: ProbeCache | None = None,
    own_source: int | None = None,
) -> dict[int, Probe]:
    """The stored claims with a figure in one of `units` from the articles this one retells:
    those holding at least two of the claims its claims with a figure were matched to (or
    found similar to at `STORY_SIMILAR`), and whose claims name at least two of the names
    this article's claims name: articles written from one template share matched
    sentences across stories, never their people and places. Probes already in `cache`
    are taken from there, and so are the names of the articles read before (on SQLite):
    all but this article's own (`own_source`), whose claims are not all written yet (a
    revision's carried appearances are).
    """
    # Only claims with a figure tie two articles to one story: shared boilerplate ("The
    # figures could not be independently verified.") ties every article to every other.
    matched: set[int] = set()
    for probe, d in zip(probes, decisions, strict=True):
        if probe.value is not None:
            matched.update(i for i in (d.same_as,) if i is not None)
            matched.update(i for i, score in d.similar if score >= STORY_SIMILAR)
    if not units:
        return {}
    kept = cache.source_names if cache is not None else None
    names_of = functools.partial(source_names, session, known=kept, own=own_source)
    related: list[int] = []
    if matched:
        rows = _fetch(session, _TIED, _TIED_SQL, {"ids": sorted(matched)[:500]})
        tied = sorted(source_id for (source_id,) in rows)
        related = _sharing_names(session, tied, probes, names_of=names_of)
    if not related:  # no claim matched: the names may still tell
        related = _named_alike(session, decisions, probes, names_of)
    if not related:
        return {}
    kin = {noun for unit in units for noun in same_kind_nouns(unit)}  # "miners", "workers"
    params: dict[str, list[Any]] = {"sources": related, "units": sorted(kin)}
    rows = _fetch(session, _WITH_UNITS, _WITH_UNITS_SQL, params)
    raw = session.connection().dialect.name == "sqlite"
    found: dict[int, Probe] = {}
    for row in rows:
        claim_id = row[0]
        if claim_id not in exclude:
            known = cache.get(claim_id) if cache is not None else None
            if known is None:
                known = _probe_of_row(_as_row(session, row) if raw else row)
            found[claim_id] = known
    return found


def _as_row(session: Session, values: Sequence[Any]) -> Any:
    """A driver's row of `_PROBE_COLUMNS` as Core would give it: by name, the event date a
    date (the other columns need nothing on SQLite)."""
    dialect = session.connection().dialect
    row = dict(zip((column.key for column in _PROBE_COLUMNS), values, strict=True))
    convert = Date().dialect_impl(dialect).result_processor(dialect, None)
    if convert is not None:
        row["event_date"] = convert(row["event_date"])
    return SimpleNamespace(**row)


def _sharing_names(
    session: Session,
    sources: list[int],
    probes: Sequence[Probe],
    at_least: int = STORY_NAMES,
    common: bool = True,
    names_of: NamesOf | None = None,
) -> list[int]:
    """The sources whose claims name at least `STORY_NAMES` of the people, places and
    organisations this article's claims name: matched claims alone do not make one story
    when articles are written from the same templates (or the same agency boilerplate).
    On SQLite, `names_of` gives each source's names (`keys.source_names`).
    """
    if not sources:
        return []
    ours = {f"w:{name}" for probe in probes for name in _story_names(probe)}
    if not common:  # "London", "Labour", "Starmer": every other story names them
        ours -= _common_names(session, ours)
    if len(ours) < at_least:
        return []
    if names_of is not None and session.connection().dialect.name == "sqlite":
        theirs = names_of(sources)
        return [s for s in sources if len(theirs[s] & ours) >= at_least]
    rows = _fetch(session, _NAMING, _NAMING_SQL, {"sources": sources, "keys": sorted(ours)})
    named: dict[int, int] = {}
    for source_id, _ in rows:
        named[source_id] = named.get(source_id, 0) + 1
    return [s for s in sources if named.get(s, 0) >= at_least]


NAMES_ALONE = 4  # names two articles share to be one story when no claim matched


def _named_alike(
    session: Session,
    decisions: Sequence[Decision],
    probes: Sequence[Probe],
    names_of: NamesOf | None = None,
) -> list[int]:
    """The articles behind this one's candidates that name at least `NAMES_ALONE` of the
    names its claims name: a wire report and a tabloid's telling of one mine collapse may
    share no sentence close enough to match, but they share the mine, the company, the
    town and the union."""
    seen = sorted({i for d in decisions for i in d.candidates})[-500:]
    if not seen:
        return []
    rows = _fetch(session, _MOST_HOLDING, _MOST_HOLDING_SQL, {"ids": seen})
    top = sorted(source_id for (source_id,) in rows)
    return _sharing_names(session, top, probes, NAMES_ALONE, False, names_of)


NamesOf = Callable[[list[int]], dict[int, frozenset[str]]]


COMMON_NAME = 200  # claims naming it: a name this common ties no two articles to a story
_POSTINGS_UP_TO = text(
    "SELECT COUNT(*) FROM (SELECT 1 FROM claim_keys WHERE claim_keys.key = :key LIMIT :n) AS p"
)


# The same on SQLite's own cursor: one statement per key, kept compiled by the driver.
_POSTINGS_UP_TO_SQL = (
    "SELECT COUNT(*) FROM (SELECT 1 FROM claim_keys WHERE claim_keys.key = ? LIMIT ?) AS p"
)


def _common_names(session: Session, keys: set[str]) -> set[str]:
    """The name keys held by `COMMON_NAME` claims or more (each counted only that far)."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return {
            key
            for key in sorted(keys)
            if connection.execute(_POSTINGS_UP_TO, {"key": key, "n": COMMON_NAME}).scalar_one()
            >= COMMON_NAME
        }
    cursor = connection.connection.cursor()
    try:
        return {
            key
            for key in sorted(keys)
            if cursor.execute(_POSTINGS_UP_TO_SQL, (key, COMMON_NAME)).fetchone()[0] >= COMMON_NAME
        }
    finally:
        cursor.close()


STORY_FIGURE_SCORE = 75.0  # the score of a link made because one story repeats a figure


def story_links(
    probes: Sequence[Probe], decisions: Sequence[Decision], story: Mapping[int, Probe]
) -> None:
    """Add to each new claim the links its story's other tellings call for: `contradicts`
    for a rival figure of the same measure (`story_contradiction`), and `similar` for a
    figure it repeats in other words ("about 6 million pounds" and "£6m" still sought
    through the courts), the same claim for a reviewer to confirm. A figure unlikely to
    repeat by chance (money, or a count or measure of 100 or more) needs nothing more; a
    share, a duration or a small count needs sentences worded alike (`_worded_alike`)."""
    if not story:
        return
    for probe, decision in zip(probes, decisions, strict=True):
        if decision.same_as is not None or probe.value is None:
            continue
        linked = {i for i, _ in (*decision.similar, *decision.contradicts)}
        distinctive = _distinctive(probe)
        for claim_id, old in story.items():
            if claim_id in linked:
                continue
            rival = (
                story_contradiction(probe, old) if len(decision.contradicts) < MAX_LINKS else None
            )
            if rival is not None:
                decision.contradicts.append((claim_id, rival))
            elif (
                len(decision.similar) < MAX_LINKS
                and same_figure(probe, old)
                and probe.processed != old.processed
                and (distinctive or _worded_alike(probe, old))
            ):
                decision.similar.append((claim_id, STORY_FIGURE_SCORE))


STORY_WORDS = 50.0  # how alike two tellings' sentences must be to share a common figure


def _worded_alike(new: Probe, old: Probe) -> bool:
    """ "nine workers still trapped" and "nine miners buried": within one story, a figure
    that could repeat by chance still links when the sentences have words in common."""
    return token_set_ratio(new.processed, old.processed, score_cutoff=STORY_WORDS) > 0


def _distinctive(probe: Probe) -> bool:
    if probe.value is None or probe.unit is None or probe.normalized_unit in DURATIONS:
        return False
    if probe.unit in {"percent", "point"}:
        return False
    return probe.unit.isupper() or abs(probe.value) >= 100
