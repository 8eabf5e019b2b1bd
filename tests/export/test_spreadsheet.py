"""An export opened in LibreOffice Calc shows the cells as written, and runs no formula.

Needs `soffice` (Debian: libreoffice-calc-nogui, which `.ci/run` installs); skipped with a
reason where it is missing.
"""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from claims.export import write_csv
from claims.queries import Filters
from tests.export.conftest import FORMULA, HYPERLINK, populate

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(
    SOFFICE is None,
    reason="LibreOffice (soffice) is not installed: apt install libreoffice-calc-nogui",
)
# Comma separated, double quotes, UTF-8, every cell quoted as text would be on output.
CSV_OUT = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"


# Reading CSV: comma, double quotes, UTF-8 (76), from line 1 (the import dialog's defaults
# otherwise, formula evaluation included).
CSV_IN = "CSV:44,34,76,1"


def _soffice(tmp_path: Path, target: str, source: Path, outdir: Path) -> None:
    assert SOFFICE is not None
    profile = (tmp_path / "lo-profile").as_uri()
    infilter = [f"--infilter={CSV_IN}"] if source.suffix == ".csv" else []
    subprocess.run(
        [
            SOFFICE,
            *infilter,
            "--headless",
            "--norestore",
            f"-env:UserInstallation={profile}",
            "--convert-to",
            target,
            "--outdir",
            str(outdir),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )


@pytest.mark.parametrize("rows", ["claims", "appearances"])
def test_libreoffice_reads_cells_as_written(session: Session, tmp_path: Path, rows: str) -> None:
    populate(session)
    written = io.StringIO(newline="")
    write_csv(session, Filters(), written, rows=rows)  # type: ignore[arg-type]
    exported = tmp_path / "claims.csv"
    exported.write_text(written.getvalue(), encoding="utf-8", newline="")
    # a control cell that is NOT neutralised, to show the spreadsheet does run formulas
    control = tmp_path / "control.csv"
    control.write_text("a\r\n=1+1\r\n", encoding="utf-8", newline="")

    _soffice(tmp_path, "ods", exported, tmp_path)
    _soffice(tmp_path, "ods", control, tmp_path)
    content = zipfile.ZipFile(tmp_path / "claims.ods").read("content.xml").decode()
    assert "table:formula" not in content
    assert "table:formula" in zipfile.ZipFile(tmp_path / "control.ods").read("content.xml").decode()

    back = tmp_path / "back"
    _soffice(tmp_path, CSV_OUT, tmp_path / "claims.ods", back)
    (sheet,) = back.glob("*.csv")  # one sheet, named after the file
    read_back = list(csv.reader(sheet.open(encoding="utf-8", newline="")))
    expected = list(csv.reader(io.StringIO(written.getvalue(), newline="")))
    assert [[_value(c) for c in row] for row in read_back] == [
        [_value(c) for c in row] for row in expected
    ]
    cells = {cell for row in read_back for cell in row}
    assert "'" + FORMULA in cells  # shown as text, not as 2
    assert "'" + HYPERLINK in cells


def _value(cell: str) -> object:
    """Numbers compare as numbers (Calc writes 1000.0 back as 1000), true/false as booleans
    (Calc shows TRUE/FALSE); the rest as text, exactly, except that Calc drops tabs and
    turns a carriage return into a line feed inside a cell (the file itself keeps them)."""
    if cell.lower() in ("true", "false"):
        return cell.lower() == "true"
    try:
        return float(cell)
    except ValueError:
        return cell.replace("\t", "").replace("\r", "\n")
