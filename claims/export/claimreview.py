"""schema.org ClaimReview JSON-LD for claims with a final verdict, ready to embed in a page.

Follows schema.org's ClaimReview, Claim and Rating types and the fields Google documents
as required (claimReviewed, reviewRating with ratingValue or alternateName, url, author).
The organisation and the page URL come from the team settings `org.name`, `org.url` and
`review_url_template` (`claims config set review_url_template
'https://checks.example.org/claims/{id}'`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, TextIO

from sqlalchemy.orm import Session

from claims import settings
from claims.errors import InvalidInputError
from claims.export.jsonl import encode
from claims.export.stream import Progress, Record, claim_records
from claims.queries import Filters
from claims.settings import Verdict

CONTEXT = "https://schema.org"
BEST_RATING = 5
WORST_RATING = 1

# A claimant is published as an Organization when a word of its name is one of these (or
# the name is an acronym such as NATO); otherwise as a Person. Simple and predictable:
# "Ministry of Health", "Kremlin", "Facebook posts" are organisations, "Ana Ruiz" a person.
ORGANISATION_WORDS = frozenset(
    (
        "agency",
        "army",
        "assembly",
        "association",
        "authority",
        "bank",
        "board",
        "bureau",
        "campaign",
        "center",
        "centre",
        "club",
        "commission",
        "committee",
        "company",
        "congress",
        "corporation",
        "council",
        "court",
        "department",
        "federation",
        "forces",
        "foundation",
        "government",
        "group",
        "inc",
        "institute",
        "kremlin",
        "league",
        "llc",
        "ltd",
        "media",
        "ministry",
        "network",
        "news",
        "newspaper",
        "office",
        "organisation",
        "organization",
        "parliament",
        "party",
        "plc",
        "police",
        "posts",
        "post",
        "presidency",
        "senate",
        "service",
        "statistics",
        "times",
        "tv",
        "union",
        "university",
    )
)
_WORDS = re.compile(r"[^\W\d_]+")


def claimant_type(name: str) -> str:
    """`Organization` or `Person`, by the rule above."""
    words = _WORDS.findall(name)
    if any(word.casefold() in ORGANISATION_WORDS for word in words):
        return "Organization"
    if len(words) == 1 and words[0].isupper() and 2 <= len(words[0]) <= 6:
        return "Organization"
    if "white house" in name.casefold():
        return "Organization"
    return "Person"


@dataclass(frozen=True)
class Publisher:
    """The fact-checking organisation and where its reviews live."""

    name: str
    url: str | None
    review_url_template: str
    scale: dict[str, Verdict]

    @classmethod
    def from_settings(cls, session: Session) -> Publisher:
        name = settings.get(session, "org.name")
        template = settings.get(session, "review_url_template")
        if not name:
            raise InvalidInputError(
                "ClaimReview needs the organisation's name: claims config set org.name NAME"
            )
        if not template or "{id}" not in template:
            raise InvalidInputError(
                "ClaimReview needs the review page URL: claims config set review_url_template "
                "'https://example.org/claims/{id}'"
            )
        return cls(
            name=str(name),
            url=settings.get(session, "org.url") or None,
            review_url_template=str(template),
            scale={v.name: v for v in settings.verdict_scale(session)},
        )

    def final_verdicts(self) -> list[str]:
        return [v.name for v in self.scale.values() if v.final]


def claim_review(record: Record, publisher: Publisher) -> dict[str, Any]:
    """One claim (a `claim_dict` object) as a ClaimReview object."""
    verdict = publisher.scale[record["verdict"]]
    rating: dict[str, Any] = {"@type": "Rating"}
    if verdict.rating is not None:
        rating |= {
            "ratingValue": verdict.rating,
            "bestRating": BEST_RATING,
            "worstRating": WORST_RATING,
        }
    rating["alternateName"] = verdict.label
    author: dict[str, Any] = {"@type": "Organization", "name": publisher.name}
    if publisher.url:
        author["url"] = publisher.url
    return {
        "@context": CONTEXT,
        "@type": "ClaimReview",
        "url": publisher.review_url_template.replace("{id}", str(record["id"])),
        "claimReviewed": record["text"],
        "datePublished": _reviewed_at(record),
        "author": author,
        "reviewRating": rating,
        "itemReviewed": _claim(record),
    }


def _reviewed_at(record: Record) -> str:
    """When the verdict was set: the last history event that set it, else the last change."""
    for event in reversed(record["history"]):
        if event["field"] == "verdict" and event["to"] == record["verdict"]:
            return str(event["at"])
    return str(record["updated_at"])


def _claim(record: Record) -> dict[str, Any]:
    claim: dict[str, Any] = {"@type": "Claim"}
    if record["claimant"]:
        claim["author"] = {"@type": claimant_type(record["claimant"]), "name": record["claimant"]}
    works: list[dict[str, Any]] = []
    seen: set[str] = set()
    for appearance in record["appearances"]:
        source = appearance["source"]
        if not source["url"] or source["url"] in seen:
            continue
        seen.add(source["url"])
        work: dict[str, Any] = {"@type": "CreativeWork", "url": source["url"]}
        if source["title"]:
            work["headline"] = source["title"]
        if source["outlet"]:
            work["publisher"] = {"@type": "Organization", "name": source["outlet"]}
        if source["published"]:
            work["datePublished"] = source["published"]
        works.append(work)
    if works:
        # The earliest dated appearance; undated ones count as later than any dated one.
        first = min(
            works, key=lambda w: (w.get("datePublished") is None, w.get("datePublished", ""))
        )
        if "datePublished" in first:
            claim["datePublished"] = first["datePublished"]
        claim["appearance"] = works
        claim["firstAppearance"] = first
    return claim


def write_claimreview(
    session: Session,
    filters: Filters,
    out: TextIO,
    *,
    jsonl: bool = False,
    progress: Progress | None = None,
) -> int:
    """ClaimReview objects for the matching claims with a final verdict.

    A JSON array (one object per line inside it), or JSON Lines when `jsonl`.
    """
    publisher = Publisher.from_settings(session)
    records = claim_records(
        session,
        filters,
        verdicts=publisher.final_verdicts(),
        parts=("appearances", "history"),  # all a ClaimReview is made of
        progress=progress,
    )
    count = 0
    if not jsonl:
        out.write("[")
    for record in records:
        line = encode(claim_review(record, publisher))
        if jsonl:
            out.write(line + "\n")
        else:
            out.write(("\n" if count == 0 else ",\n") + line)
        count += 1
    if not jsonl:
        out.write("\n]\n" if count else "]\n")
    return count
