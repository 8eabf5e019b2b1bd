"""An article's new rows into their tables, the fastest way the database takes them.

On SQLite the rows go straight to the driver, their values already in the form
SQLAlchemy's SQLite dialect stores them (timestamps as `YYYY-MM-DD HH:MM:SS.ffffff` text,
dates as ISO text, JSON as `json.dumps` text) and the columns' Python-side defaults filled
in as Core fills them: Core runs every value of every row through its type's bind
processor, which takes longer than SQLite takes to store the row. `tests/ingest/
test_store.py` compares the rows both ways leave. PostgreSQL gets Core's executemany, which
psycopg batches.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import json
import operator
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import JSON, Boolean, Connection, Date, DateTime, Table, insert
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

# False sends SQLite through Core as well (the tests compare the two).
RAW_SQLITE = True
_VARIABLES = 999  # bound values per statement: SQLite's lowest limit, before 3.32


def _timestamp(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.isoformat(" ", "microseconds")[:26]  # the zone dropped, as Core does
    return value


def _date(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def _json(value: Any) -> Any:
    return json.dumps(value)  # SQLAlchemy's serializer; None becomes JSON's null, as there


def _converter(column_type: Any) -> Callable[[Any], Any] | None:
    if isinstance(column_type, DateTime):
        return _timestamp
    if isinstance(column_type, Date):
        return _date
    if isinstance(column_type, JSON):
        return _json
    if isinstance(column_type, Boolean):
        # sqlite3 stores True and False as 1 and 0 too, but only after looking for an
        # adapter for `bool` (not one of its own types): some thousands of instructions
        # a value, against a hundred for `int`.
        return int
    return None  # text and numbers


class Rows:
    """`insert(table, rows)` and `insert_returning_ids(table, rows)` in one session's
    transaction; every row of one call names the same columns."""

    def __init__(self, session: Session) -> None:
        self.connection: Connection = session.connection()
        self.raw = RAW_SQLITE and self.connection.dialect.name == "sqlite"

    def insert(self, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
        if not rows:
            return
        if not self.raw:
            self.connection.execute(insert(table), list(rows))
            return
        sql, values = self._plain(table, rows)
        cursor = self.connection.connection.cursor()  # the driver's: no Core execution
        try:
            with self._as_sqlalchemy_error(sql):
                cursor.executemany(sql, values)
        finally:
            cursor.close()

    def insert_returning_ids(self, table: Table, rows: Sequence[Mapping[str, Any]]) -> list[int]:
        """The new rows' ids, in the order of `rows`."""
        if not rows:
            return []
        id_column = table.c.id
        if not self.raw:
            statement = insert(table).returning(id_column, sort_by_parameter_order=True)
            return list(self.connection.scalars(statement, list(rows)))
        sql, values = self._plain(table, rows)
        head = sql[: sql.index(" VALUES ")]
        marks = sql[sql.index(" VALUES ") + 8 :]
        per_statement = max(1, _VARIABLES // len(values[0]))
        ids: list[int] = []
        cursor = self.connection.connection.cursor()
        try:
            for start in range(0, len(values), per_statement):
                chunk = values[start : start + per_statement]
                flat = [value for row in chunk for value in row]
                sql = f"{head} VALUES {', '.join([marks] * len(chunk))} RETURNING id"
                # An integer primary key on SQLite grows with the order of VALUES: sorted,
                # the ids are the rows' in order (what Core's sort_by_parameter_order does).
                with self._as_sqlalchemy_error(sql):
                    ids += sorted(row[0] for row in cursor.execute(sql, flat).fetchall())
        finally:
            cursor.close()
        return ids

    @contextlib.contextmanager
    def _as_sqlalchemy_error(self, sql: str) -> Iterator[None]:
        """The driver's errors as Core would raise them (`IntegrityError` ...), so callers
        catch `SQLAlchemyError` whichever way the rows went."""
        dbapi = self.connection.dialect.loaded_dbapi
        try:
            yield
        except dbapi.Error as exc:
            raise DBAPIError.instance(sql, None, exc, dbapi.Error) from exc

    def _plain(
        self, table: Table, rows: Sequence[Mapping[str, Any]]
    ) -> tuple[str, list[tuple[Any, ...]]]:
        """The SQL and value tuples for the driver: defaults filled in, values converted."""
        plan = _plan(table, tuple(rows[0]))
        get = plan.get
        values: list[Any] = [get(row) for row in rows]
        if plan.single:
            values = [(value,) for value in values]
        if not plan.defaults and not plan.converters:
            return plan.sql, values
        columns: list[Any] = list(zip(*values, strict=True))
        # A default is worked out once a statement: every row of it gets the same time, as
        # a database's own CURRENT_TIMESTAMP would give them.
        for is_callable, arg, convert in plan.defaults:
            value = arg(None) if is_callable else arg
            if convert is not None and value is not None:
                value = convert(value)
            columns.append([value] * len(rows))
        # A column at a time: a comprehension per converted column, not a call per value.
        for i, convert in plan.converters:
            if convert is _json:
                columns[i] = ["[]" if v == [] else _json(v) for v in columns[i]]
            else:
                columns[i] = [v if v is None else convert(v) for v in columns[i]]
        return plan.sql, list(zip(*columns, strict=True))


@dataclass(frozen=True)
class _Plan:
    """How one table's rows naming `given` columns go to the driver: worked out once."""

    sql: str
    get: Callable[[Mapping[str, Any]], Any]
    single: bool  # one column given: `get` returns the value, not a tuple
    # (callable?, argument, conversion) of each default filled in, after the given columns
    defaults: tuple[tuple[bool, Any, Callable[[Any], Any] | None], ...]
    converters: tuple[tuple[int, Callable[[Any], Any]], ...]  # given column's index, conversion


@functools.lru_cache(maxsize=64)
def _plan(table: Table, given: tuple[str, ...]) -> _Plan:
    defaults = [
        column.default
        for column in table.columns
        if column.key not in given
        and column.default is not None
        and (column.default.is_scalar or column.default.is_callable)
    ]
    names = [*given, *(column.key for column in table.columns if column.default in defaults)]
    converters = []
    for i, name in enumerate(given):
        convert = _converter(table.c[name].type)
        if convert is not None:
            converters.append((i, convert))
    sql_columns = ", ".join(f'"{name}"' for name in names)
    marks = ", ".join("?" for _ in names)
    return _Plan(
        sql=f'INSERT INTO "{table.name}" ({sql_columns}) VALUES ({marks})',
        get=operator.itemgetter(*given),
        single=len(given) == 1,
        defaults=tuple(
            (bool(d.is_callable), d.arg, _converter(d.column.type))  # type: ignore[attr-defined,union-attr]
            for d in defaults
        ),
        converters=tuple(converters),
    )
