"""The schema only changes through Alembic, and the scripts agree with the models."""

import sqlalchemy as sa

from claims import db as dbmod


def _tables(engine: sa.Engine) -> set[str]:
    return set(sa.inspect(engine).get_table_names()) - {"alembic_version"}


def test_upgrade_downgrade_upgrade_then_check(db_url: str) -> None:
    engine = dbmod.make_engine(dbmod.resolve_url(db_url))
    dbmod.upgrade(engine)  # a fresh database, or one already at head: both end at head
    assert dbmod.current_revision(engine) == dbmod.head_revision()
    expected = {
        "sources",
        "claims",
        "appearances",
        "evidence",
        "claim_events",
        "claim_links",
        "tags",
        "claim_tags",
        "settings",
        "claim_keys",
    }
    assert _tables(engine) == expected

    dbmod.downgrade(engine, "base")
    assert dbmod.current_revision(engine) is None
    assert _tables(engine) == set()

    dbmod.upgrade(engine)
    assert _tables(engine) == expected
    dbmod.check(engine)  # raises when models and migrations disagree
    engine.dispose()


def test_history_cannot_be_orphaned(db_url: str, session) -> None:  # type: ignore[no-untyped-def]
    from claims import review

    source = review.find_or_add_source(session, review.SourceInfo(url="https://example.org/x"))
    claim = review.add_claim(session, "Inflation fell to 2.1 percent", "tester", source=source)
    session.flush()
    try:
        with session.begin_nested():
            session.execute(sa.text("DELETE FROM claims WHERE id = :id"), {"id": claim.id})
    except sa.exc.IntegrityError:
        pass
    else:
        raise AssertionError("deleting a claim with history must be refused")
    assert session.scalar(sa.text("SELECT count(*) FROM claim_events")) == 1


def test_sqlite_pragmas(tmp_path) -> None:  # type: ignore[no-untyped-def]
    opened = dbmod.open_database(str(tmp_path / "p.db"))
    with opened.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
