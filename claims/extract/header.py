"""Metadata headers at the top of plain-text articles: the one reader, for the extractor's
evaluation and for ingest.

Real files are messy. Two shapes are read:

- YAML-style front matter between ``---`` lines (flat ``key: value`` pairs);
- a run of ``key: value`` lines at the very top (any case, leading spaces allowed, and
  ``date 2024-08-26`` / ``url https://…`` without the colon) closed by a blank line. Such a
  block counts only if it names a known key (``WASHINGTON: …`` opens a story, not a
  header); one glued to the first paragraph without a blank line counts when it names two.

Keys are lower-cased (spaces and hyphens become ``_``), surrounding quotes dropped, the
first of a repeated key kept. `fields` maps the aliases (``source``/``publication`` for the
outlet, ``byline`` for the author, …) to title, outlet, url, author and published. A text
that opens with neither shape has no header: its body is the whole text.
"""

from __future__ import annotations

import datetime as dt
import re

FIELDS = ("title", "outlet", "url", "author", "published")
_ALIASES = {
    "title": "title",
    "headline": "title",
    "outlet": "outlet",
    "source": "outlet",
    "publication": "outlet",
    "publisher": "outlet",
    "site": "outlet",
    "sitename": "outlet",
    "site_name": "outlet",
    "newspaper": "outlet",
    "url": "url",
    "link": "url",
    "canonical": "url",
    "author": "author",
    "authors": "author",
    "by": "author",
    "byline": "author",
    "date": "published",
    "published": "published",
    "published_on": "published",
    "published_at": "published",
    "publication_date": "published",
    "datepublished": "published",
    "pubdate": "published",
    "dateline": "published",
}
_HEADER_LINES = 30  # a header longer than this is an article that happens to use colons
_META_LINE = re.compile(r"^[ \t]*([A-Za-z][A-Za-z _-]{0,30}?)[ \t]*:[ \t]*(.*?)[ \t]*$")
# `key value` only for keys whose value cannot be mistaken for prose: a date, a URL.
_BARE_LINE = re.compile(
    r"^[ \t]*(date|published|pubdate|url|link)[ \t]+(\S.*?)[ \t]*$", re.IGNORECASE
)


def parse_article_header(text: str) -> tuple[dict[str, str], str, int]:
    """Split ``text`` into (metadata, body, offset of the body in ``text``)."""
    lines = text.splitlines(keepends=True)
    if lines and lines[0].strip() == "---":
        for index in range(1, min(len(lines), 2 * _HEADER_LINES)):
            if lines[index].strip() in ("---", "..."):
                metadata, _ = _pairs(lines[1:index], lenient=True)
                offset = sum(len(line) for line in lines[: index + 1])
                while offset < len(text) and text[offset] in "\r\n":
                    offset += 1
                return metadata, text[offset:], offset
        return {}, text, 0
    block_end = 0
    while block_end < len(lines) and lines[block_end].strip():
        block_end += 1
    metadata, used = _pairs(lines[: min(block_end, _HEADER_LINES)], lenient=False)
    known = {field_of(key) for key in metadata} - {None}
    if not known or (used < block_end and len(known) < 2):
        return {}, text, 0
    offset = sum(len(line) for line in lines[:used])
    while offset < len(text) and text[offset] in "\r\n":
        offset += 1
    return metadata, text[offset:], offset


def field_of(key: str) -> str | None:
    """The field a header key names (`byline` → author), or None for other keys."""
    return _ALIASES.get(_normal_key(key))


def fields(metadata: dict[str, str]) -> dict[str, str | None]:
    """Title, outlet, url, author and published from a header, whatever their spelling."""
    found: dict[str, str | None] = {}
    for key, value in metadata.items():
        name = field_of(key)
        if name is not None and name not in found:
            found[name] = value or None
    return found


def published_date(metadata: dict[str, str], text: str = "") -> dt.date | None:
    """The publication date a header gives, in any common spelling, or None; ``text``,
    the article, says which way round "09/05/2026" is (`parse_header_date`)."""
    for key, value in metadata.items():
        if field_of(key) == "published" and value:
            parsed = parse_header_date(value, text)
            if parsed is not None:
                return parsed
    return None


_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_YEAR = re.compile(r"\b(1[89]\d\d|2\d\d\d)\b")
_NUMERIC_DATE = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b")
_DOLLAR = re.compile(r"(?<![A-Z])\$|\bUS\$")  # not A$, HK$, NZ$ or S$
_PATTERNS = ("%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%b. %d, %Y", "%B %d %Y")


def parse_header_date(value: str, text: str = "") -> dt.date | None:
    """Read "2024-08-13", "2024-08-13T09:00:00Z", "14 August 2024", "Aug. 14, 2024",
    "20/05/2026" or, by dateparser, anything else that carries a year ("Monday 26 August
    2024 10:32 AM").

    "09/05/2026" is 9 May, the day first as most of the world writes it, unless the
    article (``text``) counts in dollars and never in pounds or euros: then 5 September, as
    American copy writes it.

    Relative words ("yesterday") are refused: without a year they would be read against
    today's date, which is not when the article was published.
    """
    value = value.strip().strip("\"'")
    iso = _ISO_DATE.search(value)
    numeric = _NUMERIC_DATE.match(value)  # "09/05/2026 10:32" too
    try:
        if iso:
            return dt.date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        if numeric:
            first, second, year = (int(part) for part in numeric.groups())
            american = _DOLLAR.search(text) and "£" not in text and "€" not in text
            month_first = second > 12 or (first <= 12 and american)
            return dt.date(year, *((first, second) if month_first else (second, first)))
    except ValueError:
        return None
    for pattern in _PATTERNS:
        try:
            return dt.datetime.strptime(value, pattern).date()
        except ValueError:
            continue
    if not _YEAR.search(value):
        return None
    import dateparser  # slow to import; most headers carry ISO dates

    parsed = dateparser.parse(
        value, languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first", "STRICT_PARSING": False}
    )
    return parsed.date() if parsed is not None else None


def _normal_key(key: str) -> str:
    return key.strip().lower().replace(" ", "_").replace("-", "_")


def _pairs(lines: list[str], *, lenient: bool) -> tuple[dict[str, str], int]:
    """The `key: value` lines at the top, and how many lines they take. Front matter is
    `lenient`: blank lines, comments and other lines inside it are skipped."""
    metadata: dict[str, str] = {}
    used = 0
    for line in lines:
        line = line.rstrip("\r\n")
        if lenient and (not line.strip() or line.lstrip().startswith("#")):
            continue
        match = _bare(line) or _META_LINE.match(line)
        if match is None:
            if lenient:
                continue
            break
        used += 1
        value = (match.group(2) or "").strip()
        quoted = len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'"
        if quoted and value[0] not in value[1:-1]:  # not "'We lost everything': the
            value = value[1:-1]  # residents' story", a quotation then a possessive
        metadata.setdefault(_normal_key(match.group(1)), value)
    return metadata, used


def _bare(line: str) -> re.Match[str] | None:
    """`date 2024-08-26` or `url https://…`: only when the value is plainly a date or URL."""
    match = _BARE_LINE.match(line)
    if match is None:
        return None
    value = match.group(2)
    if field_of(match.group(1)) == "url":
        return match if value.lower().startswith(("http://", "https://")) else None
    return match if any(c.isdigit() for c in value) else None
