"""Ingest: articles in (files, folders, URLs, JSON Lines, stdin), claims stored and matched.

`readers` turns inputs into `Article`s, `pipeline` extracts their claims (in worker
processes when asked) and `store` writes each article in its own transaction, with
`match` relating new claims to stored ones and `anchor` following passages into revised
texts. See docs/ingest.md.
"""
