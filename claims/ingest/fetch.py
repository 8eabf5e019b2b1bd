"""Fetching an article over HTTP: timeouts, a size limit, redirects followed.

One `Fetcher` (one connection pool) serves a whole `claims ingest` run. Every problem is a
`FetchError` whose message is one line: the server was unreachable, slow, said no, or sent
more than an article's worth of bytes.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import TracebackType

import httpx

from claims import __version__
from claims.errors import InvalidInputError

CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 15.0
MAX_REDIRECTS = 5
USER_AGENT = f"claims/{__version__} (fact-checking; +https://pypi.org/project/claims/)"


class FetchError(InvalidInputError):
    """A page could not be fetched."""


@dataclass(frozen=True)
class Page:
    url: str  # after redirects
    content: bytes
    content_type: str  # lower case, without parameters; "" if the server sent none
    charset: str | None

    @property
    def is_html(self) -> bool:
        return self.content_type in ("text/html", "application/xhtml+xml") or (
            not self.content_type
            and self.content.lstrip()[:15].lower().startswith(b"<!doctype html")
        )


class Fetcher:
    """A small HTTP client for article pages. Use as a context manager."""

    def __init__(
        self,
        *,
        max_bytes: int,
        timeout: httpx.Timeout | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.max_bytes = max_bytes
        self._client = httpx.Client(
            timeout=timeout or httpx.Timeout(READ_TIMEOUT, connect=CONNECT_TIMEOUT),
            follow_redirects=True,
            max_redirects=MAX_REDIRECTS,
            headers={"User-Agent": USER_AGENT, "Accept": "text/html, text/plain;q=0.9, */*;q=0.1"},
            transport=transport,
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def get(self, url: str) -> Page:
        try:
            with self._client.stream("GET", url) as response:
                if response.status_code >= 400:
                    reason = response.reason_phrase or "error"
                    raise FetchError(f"the server answered HTTP {response.status_code} {reason}")
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > self.max_bytes:
                    raise FetchError(self._too_large(int(declared)))
                chunks: list[bytes] = []
                received = 0
                for chunk in response.iter_bytes():
                    received += len(chunk)
                    if received > self.max_bytes:
                        raise FetchError(self._too_large(None))
                    chunks.append(chunk)
                content_type = response.headers.get("content-type", "")
                return Page(
                    url=str(response.url),
                    content=b"".join(chunks),
                    content_type=content_type.split(";")[0].strip().lower(),
                    charset=response.charset_encoding,
                )
        except httpx.TimeoutException:
            raise FetchError("no answer in time (timed out)") from None
        except httpx.TooManyRedirects:
            raise FetchError(f"more than {MAX_REDIRECTS} redirects") from None
        except httpx.ConnectError as exc:
            raise FetchError(f"cannot connect: {_reason(exc)}") from None
        except httpx.InvalidURL as exc:
            raise FetchError(f"not a valid URL: {exc}") from None
        except httpx.HTTPError as exc:
            raise FetchError(f"download failed: {_reason(exc)}") from None

    def _too_large(self, size: int | None) -> str:
        limit = self.max_bytes // (1024 * 1024)
        if size is None:
            return f"too large: more than the {limit} MB limit for one article"
        return (
            f"too large: {size / (1024 * 1024):.1f} MB, over the {limit} MB limit for one article"
        )


def _reason(exc: Exception) -> str:
    text = str(exc).strip()
    # httpx wraps OS errors as "[Errno 111] Connection refused"; keep the words.
    if text.startswith("[Errno"):
        text = text.split("]", 1)[-1].strip()
    return text.splitlines()[0] if text else type(exc).__name__
