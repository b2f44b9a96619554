"""`hearme try` as a child process, with answers piped on stdin."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.surveys.cli import run_hearme

# Pressing 1 everywhere answers with the first choice, skips written questions (Skip is the
# first button there), picks "OK to talk about at my meeting", and finally presses Send.
FIRST_EVERYWHERE = "1\n" * 60


TO_IRO = ("the IRO", "Thank you! Your answers have been sent to your IRO.")
TO_SERVICE = ("the IRO service", "Thank you! Your answers have been sent to the IRO service.")
TO_BOTH = (
    "the IRO and the IRO service",
    "Thank you! Your answers have been sent to your IRO and the IRO service. "
    "They help make meetings better.",
)


@pytest.mark.parametrize(
    ("survey", "age", "first_question", "questions", "readers"),
    [
        ("my_review", 5, "How do you feel at home with the people you live with?", 6, TO_IRO),
        ("my_review", 9, "How are things at home with the people you live with?", 14, TO_IRO),
        ("my_review", 13, "How are things at home with the people you live with?", 17, TO_IRO),
        ("my_review", 17, "How are things where you are living?", 17, TO_IRO),
        ("my_review", 25, "How are things where you are living?", 17, TO_IRO),
        # Written answers skipped: nothing to quote, so no consent question.
        ("tell_us_more", 8, "My IRO does what they say they will.", 9, TO_SERVICE),
        ("tell_us_more", 15, "My IRO does what they say they will.", 9, TO_SERVICE),
        ("after_my_review", 4, "Were you at your meeting?", 4, TO_BOTH),
        ("after_my_review", 11, "Were you at your meeting?", 9, TO_BOTH),
        ("after_my_review", 16, "Were you at your meeting?", 9, TO_BOTH),
    ],
)
def test_each_survey_and_band_runs_to_what_its_readers_see(
    tmp_path: Path,
    survey: str,
    age: int,
    first_question: str,
    questions: int,
    readers: tuple[str, str],
) -> None:
    database = tmp_path / "hearme.db"
    result = run_hearme(
        ["try", survey, "--age", str(age), "--name", "Sam"],
        FIRST_EVERYWHERE,
        cwd=tmp_path,
        env={"HEARME_DB": str(database)},
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert f"[1/{questions}] {first_question}" in out
    assert "Skip" in out
    who, thanks = readers
    seen = out.split(f"This is what {who} would see:")[1]
    assert seen.count("\n• ") == questions
    assert seen.rstrip().endswith(thanks)
    # Nothing stored: no database where HEARME_DB points, nothing in the working folder.
    assert not database.exists() and list(tmp_path.iterdir()) == []


def test_tell_us_more_speaks_in_the_childs_voice_and_names_its_readers() -> None:
    result = run_hearme(["try", "tell_us_more", "--age", "12"], FIRST_EVERYWHERE)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    for statement in (
        "My IRO does what they say they will.",
        "My IRO helps me understand what is happening.",
        "I feel able to talk to my IRO.",
    ):
        assert statement in out
    assert "Your IRO does" not in out and "talk to your IRO" not in out
    assert "This is what the IRO service will see" in out
    assert "This is what your IRO will see" not in out and "sent to your IRO" not in out


def test_the_step_count_keeps_its_total_when_a_follow_up_appears() -> None:
    # Age 10: "worries" opens "tell me more" when a worry area is picked; the follow-up shares
    # its number rather than adding one to the total.
    answers = ["1", "1", "1", "1", "1", "2 3", "I worry about my exams", "1"]
    result = run_hearme(["try", "my_review", "--age", "10"], "\n".join(answers) + "\n")
    assert result.returncode == 0, result.stderr
    counted = [line for line in result.stdout.splitlines() if line.startswith("[")]
    assert {line.split("]")[0].split("/")[1] for line in counted} == {"14"}, counted
    assert "[6/14] Is anything worrying you? Tap all that fit." in counted
    assert "[6/14] Tell me more about what is worrying you." in counted
    assert "[7/14] What would you like to talk about at your meeting?" in counted


def test_concern_shows_support_and_typed_words_reach_the_summary() -> None:
    answers = [
        "1",  # home: happy
        "2",  # feel safe: no -> concern
        "1",
        "1",
        "1",
        "1",  # school, health, family time, friends
        "5",  # going well: friends and hobbies
        "1",  # worries: nothing
        "1 6",  # topics: home and plans
        "1",  # who: carer
        "1",  # anyone not wanted: no, that's fine
        "3",  # where: online
        "2",  # when: after school
        "2",  # come: for part of it
        "1",  # chair: yes
        "1",  # advocate: yes please
        "my brother keeps taking my stuff",  # for my IRO
        "2",  # just for my IRO
        "1",  # send
    ]
    result = run_hearme(["try", "my_review", "--age", "13"], "\n".join(answers) + "\n")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "hearme would reply at once" in out and "0800 1111" in out and "999" in out
    assert "(an alert would go to the IRO and the duty worker: unsafe_home)" in out
    assert "(the IRO would be told: the child wants to chair the meeting)" in out
    assert "(the IRO would be told: an advocate was asked for)" in out
    seen = out.split("This is what the IRO would see:")[1]
    assert "• Do you feel safe where you live? — No" in seen
    topics = (
        "• What do you want to talk about at your meeting? — Where I live, Plans for the future"
    )
    assert topics in seen
    assert "“my brother keeps taking my stuff” (just for my IRO)" in seen


def test_disclosure_typed_anywhere_gets_the_support_reply() -> None:
    result = run_hearme(["try", "after_my_review", "--age", "6"], "i want to die\n1\n1\n1\n1\n")
    assert result.returncode == 0, result.stderr
    assert "0800 1111" in result.stdout
    assert "Please tap one of the answers, or press Skip." in result.stdout


def test_welsh() -> None:
    result = run_hearme(
        ["try", "my_review", "--age", "9", "--lang", "cy", "--name", "Cai"], FIRST_EVERYWHERE
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Haia Cai! Mae hyn amdanat ti a dy gyfarfod." in out
    assert "[1/14] Sut mae pethau gartref gyda'r bobl rwyt ti'n byw gyda nhw?" in out
    assert "  4) Neidio" in out and "  5) Dw i ddim eisiau dweud" in out
    assert "Dyma beth fydd dy Swyddog Adolygu yn ei weld" in out
    assert "Diolch! Mae dy atebion wedi mynd at dy Swyddog Adolygu." in out


def test_end_of_input_stops_cleanly() -> None:
    result = run_hearme(["try", "my_review", "--age", "10"], "1\n2\n")
    assert result.returncode == 0, result.stderr
    assert "(end of input: stopped here; nothing was stored)" in result.stdout
    assert "[3/14] How are things at school?" in result.stdout


def test_numbers_out_of_range_are_asked_again() -> None:
    result = run_hearme(["try", "after_my_review", "--age", "5"], "9\n")
    assert "Please type one of the numbers shown." in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["try", "nope", "--age", "9"], "no survey called 'nope'"),
        (["try", "my_review", "--age", "2"], "under 4 are not asked directly"),
    ],
)
def test_clear_errors(args: list[str], message: str) -> None:
    result = run_hearme(args)
    assert result.returncode == 1
    assert message in result.stderr


@pytest.mark.parametrize(
    ("survey", "age", "message"),
    [
        ("my_review", 26, "my_review is for ages 4–25, so there is no version for age 26"),
        ("my_review", 30, "my_review is for ages 4–25, so there is no version for age 30"),
        (
            "tell_us_more",
            6,
            "tell_us_more is for ages 8 and over, so there is no version for age 6",
        ),
    ],
)
def test_ages_outside_the_survey_are_refused(survey: str, age: int, message: str) -> None:
    result = run_hearme(["try", survey, "--age", str(age)], FIRST_EVERYWHERE)
    assert result.returncode == 2
    assert message in " ".join(result.stderr.split())
    assert "Trying" not in result.stdout
