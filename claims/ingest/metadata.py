"""Metadata at the top of text articles, publication dates, and Markdown without markup.

Real files are messy: `title: …` or `Title: …`, leading spaces, `date 2024-08-26` with no
colon, `Date: 26 August 2024`, `Published: Aug. 26, 2024`, YAML front matter between
`---` lines, aliases such as `source`/`publication` for the outlet. A header is a block of
such lines at the very top, ended by a blank line (or, if it names two known keys or
more, by the first line that is not metadata).
"""

from __future__ import annotations

import datetime as dt
import re

_KEYS = {
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
    "pubdate": "published",
    "dateline": "published",
}
# `key: value`, or `key value` for the keys whose value cannot be mistaken for prose.
_META_LINE = re.compile(r"^[ \t]*([A-Za-z][A-Za-z _-]{0,30}?)[ \t]*:[ \t]*(.*?)[ \t]*$")
_BARE_LINE = re.compile(
    r"^[ \t]*(date|published|pubdate|url|link)[ \t]+(\S.*?)[ \t]*$", re.IGNORECASE
)


def _bare(line: str) -> re.Match[str] | None:
    """`date 2024-08-26` or `url https://…`: only when the value is plainly a date or URL."""
    match = _BARE_LINE.match(line)
    if match is None:
        return None
    value = match.group(2)
    if _key(match.group(1)) == "url":
        return match if value.lower().startswith(("http://", "https://")) else None
    return match if any(c.isdigit() for c in value) else None


def _key(name: str) -> str | None:
    return _KEYS.get(name.strip().lower().replace(" ", "_").replace("-", "_"))


def parse_header(text: str) -> tuple[dict[str, str | None], str]:
    """Split leading metadata from the body: `({"title": ..., "published": ...}, body)`.

    Accepts YAML-style front matter between `---` lines, or a block of `key: value` lines
    (any case, leading spaces allowed; `date 2024-08-26` without a colon too) ended by a
    blank line. A block that names none of the known keys is body, not metadata.
    """
    lines = text.splitlines(keepends=True)
    if lines and lines[0].strip() == "---":
        for end in range(1, min(len(lines), 60)):
            if lines[end].strip() in ("---", "..."):
                metadata, _ = _metadata(lines[1:end], lenient=True)
                return metadata, "".join(lines[end + 1 :])
    block_end = 0
    while block_end < len(lines) and lines[block_end].strip():
        block_end += 1
    if block_end == 0:
        return {}, text
    metadata, used = _metadata(lines[: min(block_end, 30)], lenient=False)
    # A header runs to the first blank line; one glued to the first paragraph counts only
    # when it names at least two known keys.
    if not metadata or (used < block_end and len(metadata) < 2):
        return {}, text
    return metadata, "".join(lines[used:])


def _metadata(lines: list[str], *, lenient: bool) -> tuple[dict[str, str | None], int]:
    """Known keys of the `key: value` lines at the top, and how many lines they take."""
    found: dict[str, str | None] = {}
    used = 0
    for line in lines:
        if lenient and (not line.strip() or line.lstrip().startswith("#")):
            continue
        match = _bare(line.rstrip("\n")) or _META_LINE.match(line.rstrip("\n"))
        if match is None:
            if lenient:
                continue
            break
        used += 1
        key = _key(match.group(1))
        if key is not None and key not in found:
            found[key] = match.group(2) or None
    return found, used


_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_YEAR = re.compile(r"\b(1[89]\d\d|2\d\d\d)\b")


def parse_date(value: str) -> dt.date | None:
    """A publication date as written in a header or a feed; None when it is not one.

    Relative words ("yesterday") are refused: without a year they would be read against
    today's date, which is not when the article was published.
    """
    value = value.strip().strip("\"'")
    iso = _ISO_DATE.search(value)
    if iso:
        try:
            return dt.date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        except ValueError:
            return None
    if not _YEAR.search(value):
        return None
    import dateparser  # slow to import; most articles carry ISO dates

    parsed = dateparser.parse(
        value, languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first", "STRICT_PARSING": False}
    )
    return parsed.date() if parsed is not None else None


# --- markdown ---------------------------------------------------------------------------

_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t#]*$", re.MULTILINE)
_MD_QUOTE = re.compile(r"^[ \t]{0,3}>[ \t]?", re.MULTILINE)
_MD_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
_MD_CODE = re.compile(r"`([^`\n]+)`")
_MD_RULE = re.compile(r"^[ \t]*(?:[-*_][ \t]*){3,}$", re.MULTILINE)


def markdown_to_text(body: str) -> str:
    """The words of a Markdown article without its markup: what a reader would see."""
    text = _MD_IMAGE.sub("", body)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_HEADING.sub(r"\1", text)
    text = _MD_QUOTE.sub("", text)
    text = _MD_RULE.sub("", text)
    text = _MD_STRONG.sub(r"\2", text)
    text = _MD_EMPHASIS.sub(r"\1", text)
    return _MD_CODE.sub(r"\1", text)


def markdown_title(body: str) -> str | None:
    first = body.lstrip("\n").partition("\n")[0].strip()
    return first or None
