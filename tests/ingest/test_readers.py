"""Reading articles: metadata headers, formats, encodings and bad input."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from claims.extract.header import fields, parse_article_header, parse_header_date
from claims.ingest import readers
from claims.ingest.readers import Article, Failure

BODY = "Officials said on Monday that 1,200 people had been evacuated from Harwick.\n"


def _one(path: Path) -> Article | Failure:
    items = list(readers.read(str(path)))
    assert len(items) == 1, items
    return items[0]


def _article(path: Path) -> Article:
    item = _one(path)
    assert isinstance(item, Article), item
    return item


def _failure(path: Path) -> Failure:
    item = _one(path)
    assert isinstance(item, Failure), item
    return item


@pytest.mark.parametrize(
    "header",
    [
        "title: Floods in Harwick\noutlet: Meridian Wire\nurl: https://example.org/f\n"
        "date: 2024-08-26\n",
        "Title: Floods in Harwick\nOutlet: Meridian Wire\nURL: https://example.org/f\n"
        "Date: 26 August 2024\n",
        "  title: Floods in Harwick\n  source: Meridian Wire\n  link: https://example.org/f\n"
        "  Published: Aug. 26, 2024\n",
        "title: Floods in Harwick\noutlet: Meridian Wire\nurl https://example.org/f\n"
        "date 2024-08-26\n",
        '---\ntitle: "Floods in Harwick"\noutlet: Meridian Wire\nurl: https://example.org/f\n'
        "date: 2024-08-26\ntags: [floods]\n---\n",
    ],
    ids=["lower", "capitalised", "indented-aliases", "no-colon", "front-matter"],
)
def test_metadata_header_spellings(tmp_path: Path, header: str) -> None:
    path = tmp_path / "a.txt"
    path.write_text(header + "\n" + BODY, encoding="utf-8")
    article = _article(path)
    assert article.text == BODY
    assert article.title == "Floods in Harwick"
    assert article.outlet == "Meridian Wire"
    assert article.url == "https://example.org/f"
    assert article.published == dt.date(2024, 8, 26)
    assert article.warnings == ()


def test_no_metadata_keeps_every_word_and_no_date(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    text = "Low water strands barges on the Vell\n\nWASHINGTON: " + BODY
    path.write_text(text, encoding="utf-8")
    article = _article(path)
    assert article.text == text
    assert article.published is None
    assert article.title == "Low water strands barges on the Vell"  # a lone first line


def test_header_glued_to_the_body_still_counts_with_two_known_keys(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("title: Floods\ndate: 2024-08-26\n" + BODY, encoding="utf-8")
    article = _article(path)
    assert (article.title, article.published, article.text) == (
        "Floods",
        dt.date(2024, 8, 26),
        BODY,
    )


def test_unreadable_date_is_a_warning_not_a_failure(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("date: last Tuesday\n\n" + BODY, encoding="utf-8")
    article = _article(path)
    assert article.published is None
    assert article.warnings == ("could not read the date 'last Tuesday'; publication date unknown",)


def test_markdown_markup_is_removed(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(
        "# Floods in *Harwick*\n\n> **1,200 people** were [evacuated](https://x.org) on Monday.\n",
        encoding="utf-8",
    )
    article = _article(path)
    assert article.text == "Floods in Harwick\n\n1,200 people were evacuated on Monday.\n"
    assert article.title == "Floods in Harwick"


def test_windows_line_endings_and_bom(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"\xef\xbb\xbftitle: T\r\n\r\nFirst paragraph here.\r\n\r\nSecond one.\r\n")
    article = _article(path)
    assert article.title == "T"
    assert article.text == "First paragraph here.\n\nSecond one.\n"


# --- bad input ------------------------------------------------------------------------------


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("")
    assert _failure(path).message == "no article text: the input is empty"


def test_header_without_body(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("title: Only a title\n\n   \n")
    assert _failure(path).message == "no article text after the metadata header"


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(bytes(range(256)) * 20)
    assert str(_failure(path)) == f"{path}: binary file, not text"


def test_invalid_utf8_is_replaced_and_said(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Officials in Malmö said 1,200 people left.".encode("latin-1"))
    article = _article(path)
    assert article.text == "Officials in Malm� said 1,200 people left.\n"
    assert article.warnings == (
        "not valid UTF-8 (first bad byte at offset 17); 1 undecodable byte sequence "
        "replaced with �",
    )


def test_a_50_mb_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with open(path, "wb") as fp:
        fp.truncate(50 * 1024 * 1024)
    assert _failure(path).message == ("too large: 50.0 MB, over the 10 MB limit for one article")


def test_unsupported_type_and_missing_file(tmp_path: Path) -> None:
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    assert _failure(pdf).message == "unsupported file type .pdf (use .txt, .md, .html or .jsonl)"
    assert _failure(tmp_path / "gone.txt").message == "no such file or directory"


# --- JSON Lines -----------------------------------------------------------------------------


def test_jsonl_articles_and_malformed_lines(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    good = {
        "text": BODY,
        "title": "Floods",
        "url": "https://example.org/f",
        "outlet": "Wire",
        "author": "A. Writer",
        "published": "2024-08-26",
    }
    lines = [
        json.dumps(good),
        "",
        '{"text": "unterminated',
        "[1, 2]",
        json.dumps({"title": "no text"}),
        json.dumps({"text": "Some text that is fine.", "published": 20240826}),
        json.dumps({"text": "A second article, with no metadata at all."}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(readers.read(str(path)))
    assert [str(i) if isinstance(i, Failure) else i.origin for i in items] == [
        f"{path}:1",
        f"{path}:3: not valid JSON: Unterminated string starting at (column 10)",
        f"{path}:4: not a JSON object: each line must be one article",
        f'{path}:5: "text" is missing: each line needs the article text',
        f'{path}:6: "published" must be a string, not int',
        f"{path}:7",
    ]
    first = items[0]
    assert isinstance(first, Article)
    assert (first.title, first.url, first.outlet, first.author, first.published) == (
        "Floods",
        "https://example.org/f",
        "Wire",
        "A. Writer",
        dt.date(2024, 8, 26),
    )


def test_count_articles_counts_jsonl_lines(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text('{"text": "a"}\n\n{"text": "b"}\n')
    assert readers.count_articles(str(path)) == 2
    assert readers.count_articles(str(tmp_path / "a.txt")) == 1


# --- HTML -----------------------------------------------------------------------------------

PAGE = """<!doctype html><html><head><title>Floods hit Harwick - Example Times</title>
<meta name="author" content="Jane Doe"><meta property="og:site_name" content="Example Times">
<meta property="article:published_time" content="2024-08-26T10:00:00Z"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Floods hit Harwick</h1>
<p>Officials said on Monday that 1,200 people had been evacuated from Harwick after the
river burst its banks for the second time this year.</p>
<p>"We have never seen water this high," the mayor, Anna Berg, told reporters at the scene.</p>
</article><footer>Copyright Example Times</footer></body></html>"""


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    article = _article(path)
    assert article.text.startswith("Officials said on Monday that 1,200 people")
    assert "\n\n“We have never seen" in article.text or '\n\n"We have never seen' in article.text
    assert "Copyright" not in article.text and "Home" not in article.text
    assert article.author == "Jane Doe"
    assert article.outlet == "Example Times"
    assert article.published == dt.date(2024, 8, 26)
    assert article.title is not None and "Floods hit Harwick" in article.title


def test_html_page_without_an_article(tmp_path: Path) -> None:
    path = tmp_path / "index.html"
    path.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    assert _failure(path).message == "no article text found in the page"


# --- folders --------------------------------------------------------------------------------


def test_folders_recurse_in_name_order_skipping_hidden_and_other_files(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    for name in ("b/2.md", "1.txt", "b/3.jsonl", "notes.docx", ".hidden.txt", ".git/x.txt"):
        (tmp_path / name).write_text("x")
    expanded = readers.expand([str(tmp_path), "-", "https://example.org/a"])
    assert expanded == [
        str(tmp_path / "1.txt"),
        str(tmp_path / "b/2.md"),
        str(tmp_path / "b/3.jsonl"),
        "-",
        "https://example.org/a",
    ]


def test_parse_date() -> None:
    assert parse_header_date("2024-08-26T10:00:00Z") == dt.date(2024, 8, 26)
    assert parse_header_date("Monday 26 August 2024") == dt.date(2024, 8, 26)
    assert parse_header_date("yesterday") is None
    assert parse_header_date("2024-02-30") is None


def test_one_header_reader_for_ingest_and_extraction() -> None:
    """`claims.extract.header` reads the colon-less form and the aliases ingest accepts."""
    text = "  date 2024-08-26\nsource: Example Wire\nByline: Ana Lee\nTags: war\n\nTroops advanced."
    metadata, body, offset = parse_article_header(text)
    assert fields(metadata) == {
        "published": "2024-08-26",
        "outlet": "Example Wire",
        "author": "Ana Lee",
    }
    assert (body, text[offset:]) == ("Troops advanced.", body)
    story = "WASHINGTON: Officials met on Monday.\n\nThey agreed."
    assert parse_article_header(story) == ({}, story, 0)


def test_jsonl_fields_take_the_header_spellings(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    record = {
        "text": BODY,
        "headline": "Floods",
        "link": "https://example.org/f",
        "source": "Wire",
        "date": "2024-08-26",
        "section": "news",  # a field we do not keep
    }
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    (article,) = list(readers.read(str(path)))
    assert isinstance(article, Article)
    assert (article.title, article.url, article.outlet, article.published) == (
        "Floods",
        "https://example.org/f",
        "Wire",
        dt.date(2024, 8, 26),
    )
