"""How values are written in CSV cells, and read back exactly: shared by export and import.

- Text that a spreadsheet would run as a formula (it starts with `=`, `+`, `-`, `@`, a tab or
  a carriage return: OWASP's CSV injection list) gets a leading `'`. So does text that
  really starts with `'`, so that reading strips exactly one `'` whenever a cell starts with
  one and every text comes back as it was. Numbers in numeric columns are left alone.
- Lists (tags, URLs, `via`) are joined with ` | `; a `|` or `\\` inside an item is escaped
  with a backslash, so the cell splits back into the same items.
- Empty cells are null. Dates are `YYYY-MM-DD`, timestamps ISO 8601 with their UTC offset,
  booleans `true`/`false`, numbers as Python writes them (shortest exact form).
"""

from __future__ import annotations

from collections.abc import Iterable

# Leading characters that make a spreadsheet evaluate a cell, plus the escape itself.
FORMULA_STARTS = frozenset("=+-@\t\r'")
SEPARATOR = " | "


def neutralise(text: str | None) -> str:
    """The cell for a text value: empty for null, `'`-prefixed when it could run."""
    if not text:
        return ""
    if text[0] in FORMULA_STARTS:
        return "'" + text
    return text


def restore(cell: str) -> str | None:
    """The text value of a cell written by `neutralise`."""
    if not cell:
        return None
    if cell[0] == "'":
        return cell[1:]
    return cell


def join_values(values: Iterable[str | None]) -> str:
    """A list as one cell's text (before `neutralise`)."""
    items = [value or "" for value in values]
    joined = SEPARATOR.join(items)
    # Escaping is needed only when an item holds a bar or a backslash: then the joined
    # text has a backslash, or more bars than the separators put in.
    if "\\" in joined or joined.count("|") >= len(items):
        return SEPARATOR.join(item.replace("\\", "\\\\").replace("|", "\\|") for item in items)
    return joined


def split_values(text: str | None) -> list[str]:
    """The list `join_values` was given (for lists whose items are never empty)."""
    if not text:
        return []
    if "\\" not in text:
        return text.split(SEPARATOR)
    items: list[str] = []
    current: list[str] = []
    chars = iter(text)
    for char in chars:
        if char == "\\":
            current.append(next(chars, ""))
        elif char == "|":
            items.append("".join(current))
            current = []
        else:
            current.append(char)
    items.append("".join(current))
    # The separator is " | ": drop the space each side of every unescaped bar.
    last = len(items) - 1
    return [
        item[: -1 if i < last and item.endswith(" ") else None][1 if i > 0 else 0 :]
        for i, item in enumerate(items)
    ]


def number(value: float | int | None) -> str:
    return "" if value is None else repr(value)


def boolean(value: bool | None) -> str:
    return "" if value is None else ("true" if value else "false")
