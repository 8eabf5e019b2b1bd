"""Headless exporters: each writes claims to a text stream and returns how many it wrote.

- `write_jsonl`: JSON Lines, one `claim_dict` object per claim (`claims.export.jsonl`).
- `write_csv`: spreadsheet-safe CSV, one row per claim or per appearance
  (`claims.export.csv_format`).
- `write_claimreview`: schema.org ClaimReview JSON-LD for claims with a final verdict
  (`claims.export.claimreview`).

All of them stream from `claims.export.stream.claim_records`, so memory stays flat however
many claims there are. See docs/formats.md for every field and column.
"""

from claims.export.claimreview import write_claimreview
from claims.export.csv_format import ROW_KINDS, write_csv
from claims.export.jsonl import write_jsonl
from claims.export.stream import claim_records

FORMATS = ("jsonl", "csv", "claimreview")
claim_dicts = claim_records  # the name this had before the package split

__all__ = [
    "FORMATS",
    "ROW_KINDS",
    "claim_dicts",
    "claim_records",
    "write_claimreview",
    "write_csv",
    "write_jsonl",
]
