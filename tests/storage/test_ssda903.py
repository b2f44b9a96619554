"""The SSDA903 return's Header and Reviews files in, and hearme's reviews out in that shape."""

from __future__ import annotations

from pathlib import Path

from tests.storage.conftest import Cli, write_csv
from tests.support.postgres import query

HEADER = """CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB
A1,1,01/06/2000,WBRI,,0,
A2,2,15/03/2022,AIND,,,
A3,1,31/02/2015,WBRI,,,
"""
REVIEWS = """CHILD,DOB,REVIEW,REVIEW_CODE
A1,01/06/2000,20/03/2018,PN1
A2,15/03/2022,01/05/2025,PN0
A2,15/03/2022,01/05/2026,PN0
A1,02/06/2000,20/09/2018,PN6
A9,01/01/2010,01/01/2020,PN1
A1,01/06/2000,01/07/2026,PN1
A1,01/06/2000,2018-03-20,PN1
A1,01/06/2000,20/03/2019,
"""


def _rows(db: Path | str, sql: str) -> list[tuple[object, ...]]:
    return query(db, sql)


def test_the_returns_files_import_with_row_errors(cli: Cli, tmp_path: Path) -> None:
    assert cli("init").returncode == 0
    header = write_csv(tmp_path / "header.csv", HEADER)
    reviews = write_csv(tmp_path / "reviews.csv", REVIEWS)
    refused = cli("import", "ssda903", str(header), str(reviews))
    assert refused.returncode == 1
    assert refused.stderr.splitlines()[0] == (
        "header.csv row 4, column DOB: 31/02/2015 is not a date (use DD/MM/YYYY)"
    )
    assert _rows(cli.db, "SELECT count(*) FROM children") == [(0,)]

    done = cli("import", "ssda903", str(header), str(reviews), "--skip-bad")
    assert done.returncode == 0, done.stderr
    assert [line for line in done.stderr.splitlines() if line.startswith("reviews.csv")] == [
        "reviews.csv row 4, column REVIEW_CODE: PN0 is only for children under 4, and A2 was 4 "
        "on 01/05/2026",
        "reviews.csv row 5, column DOB: 02/06/2000 differs from A1's 01/06/2000",
        "reviews.csv row 6, column CHILD: A9 is not a known child (add them to the Header file)",
        "reviews.csv row 7, column REVIEW: A1 was 26 on 01/07/2026: reviews are for ages 0 to 25",
        "reviews.csv row 8, column REVIEW: 2018-03-20 is not a date (use DD/MM/YYYY)",
        "reviews.csv row 9, column REVIEW_CODE: is empty (use PN0…PN7)",
    ]
    assert "header.csv: 2 child(ren), 2 new. reviews.csv: 2 review(s), 2 new or changed." in (
        done.stdout
    )
    # Only the reference and date of birth are kept: the return holds no names.
    assert _rows(
        cli.db, "SELECT child_ref, first_name, date_of_birth, iro_id FROM children ORDER BY 1"
    ) == [("A1", None, "2000-06-01", None), ("A2", None, "2022-03-15", None)]
    assert _rows(
        cli.db, "SELECT review_at, age_band, participation_code, source FROM reviews ORDER BY 1"
    ) == [("2018-03-20", "16_plus", "PN1", "import"), ("2025-05-01", "under_4", "PN0", "import")]
    assert (tmp_path / "reviews-rejected.csv").exists()
    again = cli("import", "ssda903", str(header), str(reviews), "--skip-bad")
    assert "2 review(s), 0 new or changed" in again.stdout


def test_hearmes_reviews_export_in_the_returns_shape(cli: Cli, tmp_path: Path) -> None:
    assert cli("init").returncode == 0
    header = write_csv(tmp_path / "header.csv", "CHILD,SEX,DOB\nB1,1,10/10/2012\nB2,2,01/01/2023\n")
    reviews = write_csv(
        tmp_path / "reviews.csv", "CHILD,DOB,REVIEW,REVIEW_CODE\nB1,10/10/2012,01/05/2025,PN1\n"
    )
    assert cli("import", "ssda903", str(header), str(reviews)).returncode == 0
    for ref, on, code in (
        ("B1", "2025-11-03", "PN6"),
        ("B2", "2025-06-02", "PN0"),
        ("B2", "2026-02-02", "PN1"),  # B2 is 3: must be PN0
        ("B1", "2026-03-02", None),  # held, not yet coded
        ("B1", "2026-04-02", "PN1"),  # the next year
    ):
        query(
            cli.db,
            "INSERT INTO reviews (child_id, review_at, age_band, participation_code, held, "
            "source) SELECT id, ?, 'x', ?, 1, 'hearme' FROM children WHERE child_ref = ?",
            (on, code, ref),
        )
    out = tmp_path / "return.csv"
    refused = cli("export", "ssda903", "--year", "2025-26", "--out", str(out))
    assert refused.returncode == 1 and not out.exists()
    assert refused.stderr.splitlines()[:2] == [
        "return.csv row 4, column REVIEW: B2 on 02/02/2026: the child was 3, so the code must "
        "be PN0",
        "return.csv row 5, column REVIEW: B1 on 02/03/2026: no participation code yet: the IRO "
        "records it after the meeting",
    ]
    written = cli("export", "ssda903", "--year", "2025-26", "--out", str(out), "--skip-bad")
    assert written.returncode == 0, written.stderr
    # Only hearme's own reviews: the imported one came from the council's system already.
    assert out.read_text().splitlines() == [
        "CHILD,DOB,REVIEW,REVIEW_CODE",
        "B2,01/01/2023,02/06/2025,PN0",
        "B1,10/10/2012,03/11/2025,PN6",
    ]
    bad_year = cli("export", "ssda903", "--year", "2025", "--out", str(out))
    assert bad_year.returncode != 0 and "2025 is not a year like 2025-26" in bad_year.stderr
