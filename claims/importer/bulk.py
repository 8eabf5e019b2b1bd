"""Many new rows into one table at once, the fastest way the database takes them.

On SQLite the rows go straight to the driver's `executemany`, their values already in the
form SQLAlchemy stores them (timestamps as `YYYY-MM-DD HH:MM:SS.ffffff` text, dates as ISO
text, JSON as `json.dumps` text): Core's executemany runs every value of every row through
its type's bind processor, which takes longer than SQLite takes to insert the row. The
conversions here make the same text (tests/export/test_bulk.py compares the stored rows
of both ways). PostgreSQL gets Core's executemany, which psycopg batches.

Into an empty SQLite database, `indexes_deferred` also drops a table's plain indexes for
the import and builds them again at the end, once over all the rows.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from sqlalchemy import JSON, Connection, Date, DateTime, Table, exists, insert, select
from sqlalchemy.exc import DBAPIError

Row = tuple[Any, ...]


def stored_timestamp(value: dt.datetime | None) -> str | None:
    """A timestamp as SQLAlchemy's SQLite dialect stores it: its fields, zone dropped."""
    if value is None:
        return None
    return value.isoformat(" ", "microseconds")[:26]


# Each converts a column's values; a value already text (see `BulkInsert.constant`) stays.


def _timestamps(values: Sequence[Any]) -> list[Any]:
    return [
        v if v is None or v.__class__ is str else v.isoformat(" ", "microseconds")[:26]
        for v in values
    ]


def _dates(values: Sequence[Any]) -> list[Any]:
    return [v if v is None or v.__class__ is str else v.isoformat() for v in values]


def _json(values: Sequence[Any]) -> list[Any]:
    # json.dumps is SQLAlchemy's serializer; None becomes JSON's null, as there.
    return ["[]" if v == [] else v if v.__class__ is str else json.dumps(v) for v in values]


def _converter(column_type: Any) -> Callable[[Sequence[Any]], list[Any]] | None:
    if isinstance(column_type, DateTime):
        return _timestamps
    if isinstance(column_type, Date):
        return _dates
    if isinstance(column_type, JSON):
        return _json
    return None  # text, numbers, and booleans (which sqlite3 stores as 1 and 0 itself)


# False sends SQLite through Core's executemany as well (the tests compare the two).
RAW_SQLITE = True


class BulkInsert:
    """`insert(table)` of many rows, given as tuples of Python values in `columns` order."""

    def __init__(self, connection: Connection, table: Table, columns: Sequence[str]) -> None:
        self.connection = connection
        self.table = table
        self.columns = tuple(columns)
        self.raw = RAW_SQLITE and connection.dialect.name == "sqlite"
        names = ", ".join(f'"{name}"' for name in self.columns)
        marks = ", ".join("?" for _ in self.columns)
        self.sql = f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})'
        plan = [_converter(table.c[name].type) for name in self.columns]
        self.plan = [(i, convert) for i, convert in enumerate(plan) if convert is not None]

    def constant(self, column: str, value: Any) -> Any:
        """`value` as it is stored in `column`: for a value many rows share, converted once."""
        if self.raw:
            convert = _converter(self.table.c[column].type)
            if convert is not None:
                return convert([value])[0]
        return value

    def __call__(self, rows: Sequence[Row]) -> None:
        if not rows:
            return
        if not self.raw:
            columns = self.columns
            self.connection.execute(
                insert(self.table), [dict(zip(columns, row, strict=True)) for row in rows]
            )
            return
        if self.plan:
            # A column at a time: a comprehension per converted column, not a call per row.
            values: list[Sequence[Any]] = list(zip(*rows, strict=True))
            for i, convert in self.plan:
                values[i] = convert(values[i])
            rows = list(zip(*values, strict=True))
        self.connection.exec_driver_sql(self.sql, rows)


@contextlib.contextmanager
def indexes_deferred(connection: Connection, table: Table) -> Iterator[None]:
    """While many rows go into `table`, its plain (not unique) indexes dropped, and made
    again after: on SQLite, and only when the table starts empty.

    An index built once over all the rows costs a fraction of one updated row by row (for
    claims, with their eight indexes, an import runs 10% faster). It happens inside the
    caller's transaction, so a rollback brings the indexes back as they were too; they are
    made again on an error as well, and whoever commits finds them there.
    """
    empty = not connection.execute(select(exists().select_from(table))).scalar()
    if connection.dialect.name != "sqlite" or not empty:
        yield
        return
    indexes = connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
        "AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE %'",
        (table.name,),
    ).all()
    for name, _ in indexes:
        connection.exec_driver_sql(f'DROP INDEX "{name}"')
    try:
        yield
    except BaseException:
        with contextlib.suppress(DBAPIError):
            for _, sql in indexes:
                connection.exec_driver_sql(sql)
        raise
    for _, sql in indexes:
        connection.exec_driver_sql(sql)
