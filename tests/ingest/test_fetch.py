"""Fetching articles over HTTP from a local server: redirects, limits, errors."""

from __future__ import annotations

import httpx
import pytest

from claims.ingest import readers
from claims.ingest.fetch import Fetcher, FetchError
from claims.ingest.readers import Article, Failure
from tests.ingest.conftest import Route, Web, html_page

STORY = (
    "Officials said on Monday that 1,200 people had been evacuated from Harwick after the "
    "river burst its banks for the second time this year.",
    "The mayor, Anna Berg, said the town would need at least €4 million to repair its roads.",
)


def _read(url: str) -> Article | Failure:
    items = list(readers.read_all([url]))
    assert len(items) == 1
    return items[0]


def test_a_page_is_fetched_after_redirects_with_its_metadata(web: Web) -> None:
    final = web.add("/news/floods", Route(html_page("Floods in Harwick", *STORY)))
    start = web.add("/short", Route(status=302, headers={"Location": "/news/floods"}))
    article = _read(start)
    assert isinstance(article, Article), article
    assert article.url == final  # where the article really is
    assert article.outlet == "Local Times"
    assert article.title == "Floods in Harwick"
    assert article.text.startswith("Officials said on Monday that 1,200 people")
    assert "About us" not in article.text


def test_plain_text_pages_are_read_as_text(web: Web) -> None:
    url = web.add("/a.txt", Route(b"title: T\n\n" + STORY[0].encode(), content_type="text/plain"))
    article = _read(url)
    assert isinstance(article, Article)
    assert (article.title, article.text) == ("T", STORY[0] + "\n")


def test_unreachable_url(closed_port_url: str) -> None:
    failure = _read(closed_port_url)
    assert isinstance(failure, Failure)
    assert str(failure) == f"{closed_port_url}: cannot connect: Connection refused"


def test_http_error(web: Web) -> None:
    failure = _read(web.url("/missing"))
    assert isinstance(failure, Failure)
    assert failure.message == "the server answered HTTP 404 Not Found"


def test_not_an_article(web: Web) -> None:
    url = web.add("/photo.jpg", Route(b"\xff\xd8\xff" * 10, content_type="image/jpeg"))
    failure = _read(url)
    assert isinstance(failure, Failure)
    assert failure.message == "not an article: the server sent image/jpeg"


def test_page_with_no_article(web: Web) -> None:
    url = web.add("/", Route(b"<html><body><nav>Home</nav></body></html>"))
    failure = _read(url)
    assert isinstance(failure, Failure)
    assert failure.message == "no article text found in the page"


@pytest.mark.parametrize("chunked", [False, True], ids=["content-length", "chunked"])
def test_size_limit(web: Web, chunked: bool) -> None:
    url = web.add("/big", Route(b"<p>" + b"words " * 60_000 + b"</p>", chunked=chunked))
    with Fetcher(max_bytes=100_000) as fetcher, pytest.raises(FetchError) as caught:
        fetcher.get(url)
    assert str(caught.value).startswith("too large:")
    assert "over the 0 MB limit" in str(caught.value) or "more than the 0 MB" in str(caught.value)


def test_slow_server_times_out(web: Web) -> None:
    url = web.add("/slow", Route(html_page("Slow", *STORY), delay=1.0))
    with (
        Fetcher(max_bytes=1_000_000, timeout=httpx.Timeout(0.2)) as fetcher,
        pytest.raises(FetchError, match=r"^no answer in time \(timed out\)$"),
    ):
        fetcher.get(url)
