"""Pilot tests: the queue on screen, moving through it, paging, focus, help, quit."""

from __future__ import annotations

from textual.pilot import Pilot
from textual.widgets import TextArea

from claims import review
from claims.db import Database
from claims.tui.app import ReviewApp
from claims.tui.screens.help import HelpScreen
from claims.tui.screens.source import SourceScreen
from claims.tui.widgets.claim_queue import PAGE_SIZE, ClaimQueue
from claims.tui.widgets.detail import ClaimDetail
from tests.tui.conftest import drive, notifications, plain, section, settle
from tests.tui.seed import Seeded


def _queue(app: ReviewApp) -> ClaimQueue:
    return app.screen.query_one(ClaimQueue)


def _shown(app: ReviewApp) -> int | None:
    dossier = app.screen.query_one(ClaimDetail).dossier
    return dossier.id if dossier else None


def test_startup_shows_the_queue_the_count_and_the_first_claim(
    database: Database, seeded: Seeded
) -> None:
    async def scenario(pilot: Pilot[None], app: ReviewApp) -> None:
        queue = _queue(app)
        assert [row.id for row in queue.claims] == [
            seeded.kursk,
            seeded.dispute,
            seeded.similar,
            seeded.hostile,
        ]
        assert "4 left" in plain(app.screen.query_one("#status").content)
        assert _shown(app) == seeded.kursk
        claim = section(app, "claim")
        assert "Ukrainian forces occupy around 1,000 sq km" in claim
        assert "≈ 1,000 sq km  = 1,000 km²" in claim
        assert "via Reuters → Kyiv Independent" in claim
        assert "2024-08-12" in claim and "war" in claim
        passage = section(app, "passage")
        assert "Example Wire · 2024-08-12 · Kursk: what the maps show" in passage
        assert "Fighting continued overnight near Sudzha. Ukrainian forces" in passage
        assert "https://example.org/kursk" in passage
        elsewhere = section(app, "elsewhere")
        assert "Daily Example" in elsewhere and "contradicts → #2" in elsewhere
        assert "similar 0.87" in elsewhere and "Contradicting numbers" in elsewhere
        assert "1,250 sq km" in elsewhere
        assert "supports https://example.org/isw-map" in section(app, "evidence")
        history = section(app, "history")
        assert "Asked the ministry for its [bold]source[/bold]" in history  # a note, not markup

    drive(database, scenario)


def test_j_k_arrows_g_and_G_move_and_load_the_detail(database: Database, seeded: Seeded) -> None:
    async def scenario(pilot: Pilot[None], app: ReviewApp) -> None:
        for key, expected in (
            ("j", seeded.dispute),
            ("down", seeded.similar),
            ("k", seeded.dispute),
            ("up", seeded.kursk),
            ("G", seeded.hostile),
            ("g", seeded.kursk),
        ):
            await pilot.press(key)
            await settle(pilot)
            assert _shown(app) == expected, key

    drive(database, scenario)


def _many(database: Database, n: int) -> list[int]:
    with database.begin() as session:
        source = review.find_or_add_source(session, review.SourceInfo(url="https://example.org/m"))
        return [
            review.add_claim(
                session,
                f"Claim number {i}",
                "ingest",
                source=source,
                checkworthiness=0.99 - i / 1000,
            ).id
            for i in range(n)
        ]


def test_the_queue_pages_from_the_database_as_you_scroll(database: Database) -> None:
    ids = _many(database, 2 * PAGE_SIZE + 30)

    async def scenario(pilot: Pilot[None], app: ReviewApp) -> None:
        queue = _queue(app)
        assert len(queue.claims) == PAGE_SIZE and not queue.at_end
        await pilot.press("pagedown", "pagedown", "pagedown")
        await settle(pilot)
        assert len(queue.claims) == 2 * PAGE_SIZE  # the next page came when the cursor neared it
        assert [row.id for row in queue.claims] == ids[: 2 * PAGE_SIZE]
        below = queue.cursor_row
        await pilot.press("pageup")
        await settle(pilot)
        assert below - 40 < queue.cursor_row < below - 20

        await pilot.press("G")  # the last page, not every row in between
        await settle(pilot)
        assert queue.at_end and not queue.at_start
        assert queue.current is not None and queue.current.id == ids[-1]
        assert _shown(app) == ids[-1]
        await pilot.press(*["k"] * 70)  # up towards the top of the window: the page before
        await settle(pilot)
        assert [row.id for row in queue.claims] == ids[-len(queue.claims) :]
        assert len(queue.claims) > PAGE_SIZE
        await pilot.press("g")
        await settle(pilot)
        assert queue.at_start and queue.current is not None and queue.current.id == ids[0]

    drive(database, scenario)


def test_enter_and_tab_move_into_the_detail_and_escape_back(
    database: Database, seeded: Seeded
) -> None:
    async def scenario(pilot: Pilot[None], app: ReviewApp) -> None:
        detail = app.screen.query_one(ClaimDetail)
        await pilot.press("enter")
        assert app.focused is detail
        await pilot.press("j", "k")  # scrolls, does not move the queue
        assert _queue(app).cursor_row == 0
        await pilot.press("escape")
        assert app.focused is _queue(app)
        await pilot.press("tab")
        assert app.focused is detail
        await pilot.press("t")  # verdict keys work from the detail too
        await settle(pilot)
        assert _queue(app).claims[0].verdict == "true"

    drive(database, scenario, size=(140, 20))


def test_question_mark_lists_every_key(database: Database, seeded: Seeded) -> None:
    async def scenario(pilot: Pilot[None], app: ReviewApp) -> None:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        from textual.widgets import Static

        listed = plain(app.screen.query_one(Static).content, width=160)
        for key, words in (
            ("j ↓", "Next claim"),
            ("t", "True"),
            ("T", "Mostly true"),
            ("x", "Mixed"),
            ("m", "Misleading"),
            ("F", "Mostly false"),
            ("f", "False"),
            ("u", "Unverifiable"),
            ("n", "Not checkable"),
            ("e", "Evidence"),
            ("c", "Note"),
            ("a", "Assign me"),
            ("s", "Second review"),
            ("d", "Done"),
            ("l", "Suggested links"),
            ("z", "Undo"),
            ("o", "Source text"),
            ("/", "Search"),
            ("f2", "Filters"),
            ("r", "Reload"),
            ("?", "Keys"),
            ("q", "Quit"),
        ):
            assert any(
                line.split() and key in line and words in line for line in listed.splitlines()
            ), (key, words)
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)

    drive(database, scenario)


def test_o_opens_the_whole_source_at_the_quote(database: Database, seeded: Seeded) -> None:
    async def scenario(pilot: Pilot[None], app: ReviewApp) -> None:
        await pilot.press("o")
        await settle(pilot)
        assert isinstance(app.screen, SourceScreen)
        area = app.screen.query_one(TextArea)
        assert (
            area.selected_text == "Ukrainian forces occupy around 1,000 sq km of the Kursk region"
        )
        await pilot.press("escape")
        assert not isinstance(app.screen, SourceScreen)

    drive(database, scenario)


def test_q_quits(database: Database, seeded: Seeded) -> None:
    async def scenario(pilot: Pilot[None], app: ReviewApp) -> None:
        await pilot.press("t", "q")
        await pilot.pause()
        assert app.return_code == 0  # the app is on its way out

    drive(database, scenario)
    with database.Session() as session:
        from claims.queries import get_claim

        assert get_claim(session, seeded.kursk).verdict == "true"  # saved before quitting


def test_an_empty_queue_says_so_and_refuses_verdicts(database: Database) -> None:
    async def scenario(pilot: Pilot[None], app: ReviewApp) -> None:
        seen = notifications(app)
        assert "Nothing left to review" in section(app, "claim")
        assert "0 left" in plain(app.screen.query_one("#status").content)
        await pilot.press("t", "e", "z")
        assert seen.count("The queue is empty.") >= 2

    drive(database, scenario)
