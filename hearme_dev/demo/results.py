"""What ``hearme demo`` writes at the end of its year: reports, views, a transcript, the
answers log and the staff app's one-time sign-in, with a few figures to print.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.services import Services
from hearme_dev.demo import council as fictional
from hearme_dev.demo import outputs
from storage import children, staff
from storage.db import Database
from surveys.catalogue import load_definitions

if TYPE_CHECKING:  # the cast is the year's (hearme_dev.demo.run imports this module)
    from hearme_dev.demo.run import Cast


@dataclass(frozen=True)
class DemoResult:
    """What the demo wrote, and a few figures to print."""

    files: list[tuple[str, Path]]
    figures: dict[str, Any]


def _answers_log(cast: Cast, council: fictional.Council, seed: int, until: date) -> dict[str, Any]:
    return {
        "seed": seed,
        "year": {"from": council.year_start.isoformat(), "to": council.year_end.isoformat()},
        "history_from": council.history_start.isoformat(),
        "played_until": until.isoformat(),
        "runs": [
            run.as_json(player.child.child_ref)
            for player in cast.children
            for run in sorted(player.runs.values(), key=lambda r: r.run_id)
        ],
        "participation": [entry for member in cast.staff for entry in member.recorded],
        "acknowledged": [
            {**entry, "by": member.member.staff_ref}
            for member in cast.staff
            for entry in member.acknowledged
        ],
        "enrolled": cast.modes,
        "roles": {
            "transcript": cast.showcase.child.child_ref,
            "views": cast.second_views.child.child_ref,
            "stopped_views": cast.second_views.child.child_ref,
            "disclosure": cast.discloser.child.child_ref,
            "blocked": cast.blocker.child.child_ref,
            "assisted_six_year_old": cast.assisted_six.child.child_ref,
        },
    }


async def write_results(
    out: Path,
    db: Database,
    council: fictional.Council,
    cast: Cast,
    seed: int,
    until: date,
    outside: list[dict[str, str]],
) -> DemoResult:
    """Write the reports, views, transcript and answers log; say what was written."""
    reports = await outputs.write_reports(
        db,
        out,
        history_start=council.history_start,
        year_start=council.year_start,
        year_end=council.year_end,
    )
    views = await outputs.write_views(db, out, _printed_views(cast, until))
    assert cast.showcase.transcript is not None
    stem = f"transcript-{cast.showcase.child.child_ref}"
    transcript = outputs.write_transcript(cast.showcase.transcript, out, stem)
    logged = _answers_log(cast, council, seed, until) | {"coded_outside_hearme": outside}
    answers = outputs.write_json(out / "answers-log.json", logged)
    files = [(p.stem.capitalize() + f" ({p.suffix[1:]})", p) for p in reports]
    files += [(f"Pre-meeting views {p.stem[6:]}", p) for p in views]
    files += [("Transcript (text)", transcript[0]), ("Transcript (HTML)", transcript[1])]
    files += [("Answers log", answers), ("Database", out / "data" / "hearme-demo.db")]
    staff_link = await _staff_app_link(db, out, cast.showcase.child.child_ref)
    if staff_link is not None:
        files.append(("Staff web app (demo sign-in)", staff_link))
    runs = [run for player in cast.children for run in player.runs.values()]
    figures = {
        "consultations offered": len(runs),
        "consultations completed": sum(1 for run in runs if run.completed_on is not None),
        "participation codes recorded by IROs": sum(len(m.recorded) for m in cast.staff),
        "alerts acknowledged": sum(len(m.acknowledged) for m in cast.staff),
    }
    return DemoResult(files, figures)


async def _staff_app_link(db: Database, out: Path, child_ref: str) -> Path | None:
    """A one-time sign-in to the staff app as the showcase child's IRO."""
    from bot.staffapp.email_sign_in import write_demo_link

    child = await children.get_child_by_ref(db.reader, child_ref)
    iro = (
        None
        if child is None or child.iro_id is None
        else await staff.get_staff(db.reader, child.iro_id)
    )
    if iro is None:
        return None
    services = Services(db=db, definitions=load_definitions())
    return await write_demo_link(services, out, staff_ref=iro.staff_ref)


def _printed_views(cast: Cast, until: date) -> list[tuple[str, date]]:
    """The pre-meeting views the IRO prints on the last day, for the two showcase children's
    next reviews (their My Review for it is back: see :mod:`hearme_dev.demo.showcase`)."""
    return [(player.child.child_ref, until) for player in (cast.showcase, cast.second_views)]
