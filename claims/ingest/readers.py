"""Turning what the user names on the command line into articles.

Each input — a file, a folder, a URL or standard input — yields `Article`s, or a `Failure`
that says in one line what was wrong with it. Nothing here touches the database.

Text files may start with metadata lines (`title: …`, `Date: 26 August 2024`,
`published 2024-08-26`, YAML front matter between `---` lines); the stored text is the
article body after them, so claim offsets point into the words of the article itself.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, Any

from claims.extract.header import field_of, fields, parse_article_header, parse_header_date
from claims.ingest.fetch import Fetcher, FetchError
from claims.ingest.markdown import markdown_title, markdown_to_text

MAX_ARTICLE_BYTES = 10 * 1024 * 1024
"""Largest article accepted (a file, a page, one JSONL line): 10 MiB, ~100 times a long read."""

TEXT_SUFFIXES = (".txt", ".text")
MARKDOWN_SUFFIXES = (".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
KNOWN_SUFFIXES = TEXT_SUFFIXES + MARKDOWN_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES
STDIN = "-"


@dataclass(frozen=True)
class Article:
    """One article ready to store: its body text and what is known about it."""

    text: str
    origin: str  # how to name it in a message: a path, `path:line`, a URL or `stdin`
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    published: dt.date | None = None
    warnings: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class Failure:
    """An input that could not be read; `message` is one line a person can act on."""

    origin: str
    message: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


@dataclass(frozen=True)
class Overrides:
    """`--title/--outlet/--url/--published`: replace whatever the input said."""

    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: dt.date | None = None

    def apply(self, article: Article) -> Article:
        return replace(
            article,
            title=self.title or article.title,
            outlet=self.outlet or article.outlet,
            url=self.url or article.url,
            published=self.published or article.published,
        )


# --- naming the inputs ------------------------------------------------------------------


def is_url(target: str) -> bool:
    return target.lower().startswith(("http://", "https://"))


def expand(targets: Sequence[str]) -> list[str]:
    """Files, URLs and `-` as given, with folders replaced by the articles inside them.

    Folders are walked in name order; hidden files and files of other types are skipped
    there (but a file named explicitly is always tried).
    """
    expanded: list[str] = []
    for target in targets:
        path = Path(target)
        if target != STDIN and not is_url(target) and path.is_dir():
            expanded.extend(
                str(p)
                for p in sorted(path.rglob("*"))
                if p.is_file()
                and p.suffix.lower() in KNOWN_SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        else:
            expanded.append(target)
    return expanded


def count_articles(target: str) -> int:
    """How many articles an input holds, for the progress bar (JSONL: non-blank lines)."""
    if Path(target).suffix.lower() not in JSONL_SUFFIXES:
        return 1
    try:
        with open(target, "rb") as fp:
            return sum(1 for line in fp if line.strip()) or 1
    except OSError:
        return 1


def read_all(targets: Sequence[str], stdin: IO[bytes] | None = None) -> Iterator[Article | Failure]:
    """The articles of every input, in order; one HTTP client serves all the URLs."""
    fetcher: Fetcher | None = None
    try:
        for target in targets:
            if is_url(target) and fetcher is None:
                fetcher = Fetcher(max_bytes=MAX_ARTICLE_BYTES)
            yield from read(target, fetcher, stdin)
    finally:
        if fetcher is not None:
            fetcher.close()


def read(
    target: str, fetcher: Fetcher | None = None, stdin: IO[bytes] | None = None
) -> Iterator[Article | Failure]:
    """The articles in one input, in order; failures are yielded, never raised."""
    if target == STDIN:
        yield _read_stdin(stdin)
    elif is_url(target):
        yield _read_url(target, fetcher)
    else:
        yield from _read_file(Path(target))


def read_data(name: str, data: bytes) -> Iterator[Article | Failure]:
    """Articles from bytes already in memory, typed by `name`'s suffix (the demo's files)."""
    suffix = Path(name).suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl(io.BytesIO(data), name)
    elif suffix in HTML_SUFFIXES:
        yield html_article(data, name)
    else:
        yield _text_article(data, name, markdown=suffix in MARKDOWN_SUFFIXES)


def _read_stdin(stdin: IO[bytes] | None) -> Article | Failure:
    stream = stdin if stdin is not None else sys.stdin.buffer
    data = stream.read(MAX_ARTICLE_BYTES + 1)
    if len(data) > MAX_ARTICLE_BYTES:
        return Failure("stdin", _too_large(None))
    return _text_article(data, "stdin", markdown=False)


def _read_url(url: str, fetcher: Fetcher | None) -> Article | Failure:
    if fetcher is None:
        with Fetcher(max_bytes=MAX_ARTICLE_BYTES) as own:
            return _read_url(url, own)
    try:
        page = fetcher.get(url)
    except FetchError as exc:
        return Failure(url, str(exc))
    if page.is_html:
        article = html_article(page.content, url, page_url=page.url, charset=page.charset)
    elif page.content_type.startswith("text/"):
        article = _text_article(page.content, url, markdown="markdown" in page.content_type)
    else:
        return Failure(url, f"not an article: the server sent {page.content_type or 'no type'}")
    if isinstance(article, Article) and article.url is None:
        article = replace(article, url=page.url)
    return article


def _read_file(path: Path) -> Iterator[Article | Failure]:
    origin = str(path)
    suffix = path.suffix.lower()
    if suffix and suffix not in KNOWN_SUFFIXES:
        yield Failure(origin, f"unsupported file type {suffix} (use .txt, .md, .html or .jsonl)")
        return
    try:
        if suffix in JSONL_SUFFIXES:
            with open(path, "rb") as fp:
                yield from _read_jsonl(fp, origin)
            return
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            yield Failure(origin, _too_large(size))
            return
        data = path.read_bytes()
    except OSError as exc:
        yield Failure(origin, (exc.strerror or str(exc)).lower())
        return
    yield from read_data(origin, data)


def _too_large(size: int | None) -> str:
    limit = MAX_ARTICLE_BYTES // (1024 * 1024)
    if size is None:
        return f"too large: more than the {limit} MB limit for one article"
    return f"too large: {size / (1024 * 1024):.1f} MB, over the {limit} MB limit for one article"


# --- decoding -------------------------------------------------------------------------------


def decode(data: bytes, origin: str) -> tuple[str, list[str]] | Failure:
    """Bytes to text: UTF-8 (with or without a BOM), replacing what does not decode."""
    if _looks_binary(data):
        return Failure(origin, "binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        text = data.decode("utf-8-sig", errors="replace")
        bad = text.count("\ufffd")
        warning = (
            f"not valid UTF-8 (first bad byte at offset {exc.start}); "
            f"{bad} undecodable byte sequence{'s' if bad != 1 else ''} replaced with �"
        )
        return text, [warning]
    return text, []


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return bool(sample) and control / len(sample) > 0.05


def _text_article(data: bytes, origin: str, *, markdown: bool) -> Article | Failure:
    decoded = decode(data, origin)
    if isinstance(decoded, Failure):
        return decoded
    text, warnings = decoded
    header, body, _ = parse_article_header(text)
    metadata = fields(header)
    if markdown:
        body = markdown_to_text(body)
        metadata.setdefault("title", markdown_title(body))
    return _article(body, origin, metadata, warnings)


def _article(
    body: str, origin: str, metadata: dict[str, str | None], warnings: list[str]
) -> Article | Failure:
    body = _normalise(body)
    if not body.strip():
        return Failure(
            origin,
            "no article text: the input is empty"
            if not metadata
            else ("no article text after the metadata header"),
        )
    published = None
    if metadata.get("published"):
        published = parse_header_date(metadata["published"] or "", body)
        if published is None:
            warnings.append(
                f"could not read the date {metadata['published']!r}; publication date unknown"
            )
    return Article(
        text=body,
        origin=origin,
        title=_clean(metadata.get("title")) or _headline(body),
        outlet=_clean(metadata.get("outlet")),
        author=_clean(metadata.get("author")),
        url=_clean(metadata.get("url")),
        published=published,
        warnings=tuple(warnings),
    )


def _normalise(text: str) -> str:
    """One newline convention and no trailing blank space, so offsets stay meaningful."""
    return text.replace("\r\n", "\n").replace("\r", "\n").strip("\n ").rstrip() + "\n"


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(value.split()).strip("\"'")
    return value or None


def _headline(body: str) -> str | None:
    """A lone first line with no closing full stop, under 20 words, is taken as the title."""
    first, _, rest = body.partition("\n")
    if not rest.startswith("\n") or not first.strip():
        return None
    if len(first.split()) > 20 or first.rstrip().endswith((".", ":", ";", ",")):
        return None
    return first.strip()


# --- HTML -------------------------------------------------------------------------------


def html_article(
    data: bytes, origin: str, *, page_url: str | None = None, charset: str | None = None
) -> Article | Failure:
    """Main text and metadata of a web page, by trafilatura."""
    if _looks_binary(data):
        return Failure(origin, "binary file, not HTML")
    import trafilatura  # heavy (lxml, charset detection); only pages need it

    markup: str | bytes = data
    if charset:
        with contextlib.suppress(LookupError):  # a charset Python does not know
            markup = data.decode(charset, errors="replace")
    try:
        document = trafilatura.bare_extraction(
            markup, url=page_url, with_metadata=True, include_comments=False, include_tables=False
        )
    except Exception as exc:  # trafilatura raises whatever lxml raises on broken input
        return Failure(origin, f"could not read the page: {exc}")
    text = getattr(document, "text", None) or ""
    if len(text.split()) < 5:
        return Failure(origin, "no article text found in the page")
    title = getattr(document, "title", None)
    # Paragraphs come one per line; a blank line between them is what the extractor reads.
    paragraphs = [line.strip() for line in text.splitlines() if line.strip()]
    if title and paragraphs and paragraphs[0] == title.strip():
        paragraphs = paragraphs[1:]
    metadata: dict[str, str | None] = {
        "title": title,
        "author": getattr(document, "author", None),
        "outlet": getattr(document, "sitename", None),
        "published": getattr(document, "date", None),
        "url": getattr(document, "url", None) or page_url,
    }
    return _article("\n\n".join(paragraphs), origin, metadata, [])


# --- JSON Lines -------------------------------------------------------------------------


def _read_jsonl(fp: IO[bytes], name: str) -> Iterator[Article | Failure]:
    number = 0
    while True:
        raw = fp.readline(MAX_ARTICLE_BYTES + 1)
        if not raw:
            return
        number += 1
        origin = f"{name}:{number}"
        if len(raw) > MAX_ARTICLE_BYTES and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):  # skip the rest of the line
                raw = fp.readline(MAX_ARTICLE_BYTES)
            yield Failure(origin, _too_large(None))
            continue
        if not raw.strip():
            continue
        yield _jsonl_article(raw, origin)


def _jsonl_article(raw: bytes, origin: str) -> Article | Failure:
    decoded = decode(raw, origin)
    if isinstance(decoded, Failure):
        return decoded
    line, warnings = decoded
    try:
        record: Any = json.loads(line.strip())
    except json.JSONDecodeError as exc:
        return Failure(origin, f"not valid JSON: {exc.msg} (column {exc.colno})")
    if not isinstance(record, dict):
        return Failure(origin, "not a JSON object: each line must be one article")
    text = record.get("text")
    if not isinstance(text, str):
        problem = "missing" if text is None else "not a string"
        return Failure(origin, f'"text" is {problem}: each line needs the article text')
    metadata: dict[str, str | None] = {}
    for key, value in record.items():  # the header's spellings: "date", "headline", "link"
        name = field_of(key) if isinstance(key, str) else None
        if name is None or value is None or name in metadata:
            continue
        if not isinstance(value, str):
            return Failure(origin, f'"{key}" must be a string, not {type(value).__name__}')
        metadata[name] = value
    return _article(text, origin, metadata, warnings)
