"""Metadata headers at the top of plain-text articles.

Two shapes are read: YAML-style front matter between ``---`` lines, and a run of
``key: value`` lines (any case, leading spaces allowed) closed by a blank line. Only flat
``key: value`` pairs are understood; keys are lower-cased, surrounding quotes dropped.
A text that opens with neither has no header: its body is the whole text.
"""

from __future__ import annotations

import datetime as dt
import re

_META_LINE = re.compile(r"^\s*([A-Za-z][A-Za-z _-]*):\s(.*)$")
_DATE_KEYS = ("date", "published", "published_at", "pubdate", "datePublished")


def parse_article_header(text: str) -> tuple[dict[str, str], str, int]:
    """Split ``text`` into (metadata, body, offset of the body in ``text``)."""
    lines = text.splitlines(keepends=True)
    if lines and lines[0].strip() == "---":
        for index in range(1, len(lines)):
            if lines[index].strip() == "---":
                metadata = _pairs(lines[1:index])
                offset = sum(len(line) for line in lines[: index + 1])
                while offset < len(text) and text[offset] in "\r\n":
                    offset += 1
                return metadata, text[offset:], offset
        return {}, text, 0
    index = 0
    while index < len(lines) and _META_LINE.match(lines[index]):
        index += 1
    if index and index < len(lines) and not lines[index].strip():
        offset = sum(len(line) for line in lines[: index + 1])
        return _pairs(lines[:index]), text[offset:], offset
    return {}, text, 0


def published_date(metadata: dict[str, str]) -> dt.date | None:
    """The publication date a header gives, in any common spelling, or None."""
    for key in _DATE_KEYS:
        value = metadata.get(key.lower())
        if value:
            parsed = parse_header_date(value)
            if parsed is not None:
                return parsed
    return None


def parse_header_date(value: str) -> dt.date | None:
    """Read "2024-08-13", "2024-08-13T09:00:00Z", "14 August 2024" or "Aug. 14, 2024"."""
    value = value.strip()
    iso = re.match(r"(\d{4})-(\d\d)-(\d\d)", value)
    if iso:
        try:
            return dt.date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        except ValueError:
            return None
    for pattern in ("%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%b. %d, %Y", "%B %d %Y"):
        try:
            return dt.datetime.strptime(value, pattern).date()
        except ValueError:
            continue
    return None


def _pairs(lines: list[str]) -> dict[str, str]:
    metadata: dict[str, str] = {}
    for line in lines:
        match = _META_LINE.match(line)
        if match:
            value = match.group(2).strip()
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
                value = value[1:-1]
            metadata[match.group(1).strip().lower()] = value
    return metadata
