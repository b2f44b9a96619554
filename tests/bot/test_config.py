"""Settings from hearme.toml under HEARME_* variables: precedence, errors that name the key, and
``hearme config show|check`` and the other commands reading them, as a council runs them."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import socket
from datetime import time
from pathlib import Path

import pytest

from bot.config import SettingsError, load_settings
from hearme_dev.sandbox import FakeBotApi
from tests.bot.cli.test_cli import HEARME, hearme, make_database


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No variable of the machine running the tests leaks in; the database is in ``tmp_path``."""
    for name in list(os.environ):
        if name.startswith(("HEARME_", "TELEGRAM_")):
            monkeypatch.delenv(name)
    monkeypatch.setenv("HEARME_DB", str(tmp_path / "hearme.db"))
    return tmp_path


def write_config(tmp_path: Path, text: str, name: str = "hearme.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def problems_of(tmp_path: Path, text: str) -> list[str]:
    write_config(tmp_path, text)
    with pytest.raises(SettingsError) as raised:
        load_settings()
    return [str(problem) for problem in raised.value.problems]


def test_file_beside_the_database_overrides_defaults_and_variables_override_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_config(
        tmp_path,
        'web_port = 9001\ninvite_days = 7\n[quiet]\nstart = "21:00"\nend = "07:00"\n',
    )
    monkeypatch.setenv("HEARME_WEB_PORT", "9002")
    monkeypatch.setenv("HEARME_QUIET__END", "07:30")
    loaded = load_settings()
    settings = loaded.settings
    assert (settings.web_port, settings.invite_days) == (9002, 7)
    assert (settings.quiet.start, settings.quiet.end) == (time(21, 0), time(7, 30))
    assert settings.quiet.school_end == time(15, 30)
    assert loaded.file == path and loaded.file_found
    assert loaded.origins["web_port"] == "HEARME_WEB_PORT"
    assert loaded.origins["invite_days"] == str(path)
    assert loaded.origins["quiet.start"] == str(path)
    assert loaded.origins["quiet.end"] == "HEARME_QUIET__END"
    assert loaded.origins["quiet.school_end"] == "default"


def test_hearme_config_names_a_file_elsewhere(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_config(tmp_path, "invite_days = 3\n")
    elsewhere = tmp_path / "etc"
    elsewhere.mkdir()
    named = write_config(elsewhere, "invite_days = 21\n", name="council.toml")
    monkeypatch.setenv("HEARME_CONFIG", str(named))
    loaded = load_settings()
    assert loaded.settings.invite_days == 21 and loaded.origins["invite_days"] == str(named)
    monkeypatch.setenv("HEARME_CONFIG", str(elsewhere / "missing.toml"))
    with pytest.raises(SettingsError, match=r"no settings file at .*missing\.toml"):
        load_settings()


def test_the_variables_from_before_the_file_keep_working(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123:secret")
    monkeypatch.setenv("TELEGRAM_API_URL", "http://127.0.0.1:8081/bot")
    monkeypatch.setenv("HEARME_TRUSTED_PROXIES", "10.0.0.5, 10.1.0.0/16")
    monkeypatch.setenv("HEARME_PUBLIC_URL", "https://voices.example.gov.uk")
    monkeypatch.setenv("HEARME_WEB_HOST", "")  # empty means unset, as it always did
    monkeypatch.setenv("HEARME_DATA_KEY", "/keys/hearme.key")
    loaded = load_settings()
    settings = loaded.settings
    assert settings.telegram_bot_token is not None
    assert settings.telegram_bot_token.get_secret_value() == "123:secret"
    assert settings.telegram_api_url == "http://127.0.0.1:8081/bot"
    assert settings.trusted_proxies == ("10.0.0.5", "10.1.0.0/16")
    assert settings.public_url == "https://voices.example.gov.uk"
    assert settings.web_host == "127.0.0.1"
    assert settings.data_key == "/keys/hearme.key"
    assert loaded.origins["telegram_bot_token"] == "TELEGRAM_BOT_TOKEN"
    assert loaded.origins["web_host"] == "default"


def test_mistakes_in_the_file_name_the_key_what_is_wrong_and_the_file(tmp_path: Path) -> None:
    where = f"(in {tmp_path / 'hearme.toml'})"
    problems = problems_of(
        tmp_path,
        "web_port = 70000\n"
        "quite_hours = 1\n"
        "school_holidays = [{start = 2026-07-22, end = 2026-07-01}]\n"
        '[quiet]\nstart = "8.30pm"\n',
    )
    assert sorted(problems) == sorted(
        [
            f"quiet.start: not a time like 20:30 (got '8.30pm') {where}",
            f"quite_hours: not a setting hearme knows; did you mean quiet? {where}",
            f"school_holidays[1].end: 2026-07-01 is before start 2026-07-22 {where}",
            f"web_port: must be 65535 or less (got 70000) {where}",
        ]
    )


def test_a_bare_number_is_not_taken_for_a_time(tmp_path: Path) -> None:
    assert problems_of(tmp_path, "office_start = 900\n") == [
        f"office_start: not a time like 20:30 (got 900) (in {tmp_path / 'hearme.toml'})"
    ]


def test_mistakes_in_variables_name_the_variable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HEARME_QUIET__SCHOOL_END", "soon")
    monkeypatch.setenv("HEARME_TIMEZONE", "Europe/Londn")
    monkeypatch.setenv("HEARME_SCHOOL_HOLIDAYS", "2026-07-22..2026-09-02")
    problems = problems_of(tmp_path, "")
    assert problems == [
        "school_holidays: not valid JSON (a list of tables goes as JSON in a variable) "
        "(from HEARME_SCHOOL_HOLIDAYS)"
    ]
    monkeypatch.delenv("HEARME_SCHOOL_HOLIDAYS")
    assert sorted(problems_of(tmp_path, "")) == [
        "quiet.school_end: not a time like 20:30 (got 'soon') (from HEARME_QUIET__SCHOOL_END)",
        "timezone: not a time zone like Europe/London: 'Europe/Londn' (from HEARME_TIMEZONE)",
    ]


def test_two_settings_that_disagree_name_the_one_to_fix(tmp_path: Path) -> None:
    assert problems_of(tmp_path, 'office_start = "18:00"\n') == [
        f"office_end: 17:00 is not after office_start 18:00 (in {tmp_path / 'hearme.toml'})"
    ]


def test_secrets_and_locations_are_refused_in_the_file(tmp_path: Path) -> None:
    problems = problems_of(
        tmp_path,
        'telegram_bot_token = "123:secret"\ndb = "other.db"\n'
        '[staff_email]\nhost = "smtp.example.gov.uk"\npassword = "hunter2"\n',
    )
    where = f"(in {tmp_path / 'hearme.toml'})"
    assert problems == [
        "db: set HEARME_DB in the environment instead (the settings file is found next to the "
        f"database) {where}",
        "telegram_bot_token: set TELEGRAM_BOT_TOKEN in the environment instead (a secret "
        f"stays out of files) {where}",
        "staff_email.password: set HEARME_STAFF_EMAIL__PASSWORD in the environment instead (a "
        f"secret stays out of files) {where}",
    ]
    assert not any("hunter2" in problem or "123:secret" in problem for problem in problems)


def test_staff_email_and_sign_in_settings_are_checked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    where = f"(in {tmp_path / 'hearme.toml'})"
    assert sorted(
        problems_of(
            tmp_path,
            '[staff_email]\nhost = "smtp.example.gov.uk"\nsecurity = "ssl"\n'
            '[identity_provider]\nissuer_url = "http://login.example.gov.uk"\n',
        )
    ) == [
        "identity_provider.issuer_url: must start with https:// (it carries staff sign-ins): "
        f"'http://login.example.gov.uk' {where}",
        f"staff_email.security: should be 'starttls', 'tls' or 'none' (got 'ssl') {where}",
    ]
    text = (
        '[staff_email]\nhost = "smtp.example.gov.uk"\nfrom_address = "hearme@example.gov.uk"\n'
        'username = "hearme"\n'
        '[identity_provider]\nissuer_url = "https://login.example.gov.uk/tenant/v2.0"\n'
        'client_id = "hearme-staff"\n'
    )
    assert sorted(problems_of(tmp_path, text)) == [
        "identity_provider.client_secret: needed when issuer_url is set; set "
        f"HEARME_IDENTITY_PROVIDER__CLIENT_SECRET in the environment {where}",
        "staff_email.password: needed with username; set HEARME_STAFF_EMAIL__PASSWORD in the "
        f"environment {where}",
    ]
    monkeypatch.setenv("HEARME_STAFF_EMAIL__PASSWORD", "hunter2")
    monkeypatch.setenv("HEARME_IDENTITY_PROVIDER__CLIENT_SECRET", "s3cret")
    settings = load_settings().settings
    assert settings.staff_email.configured and settings.identity_provider.configured
    assert settings.staff_email.port == 587 and settings.staff_email.security == "starttls"


def test_a_file_that_is_not_toml_says_where(tmp_path: Path) -> None:
    [problem] = problems_of(tmp_path, "[quiet]\nstart = 20:30\n")
    assert problem.startswith("(file): not valid TOML: ")
    assert "line 2" in problem and str(tmp_path / "hearme.toml") in problem


async def test_config_show_prints_each_value_and_where_it_came_from(tmp_path: Path) -> None:
    env = await make_database(tmp_path)
    path = write_config(
        tmp_path,
        "web_port = 9001\nschool_holidays = [{start = 2026-07-22, end = 2026-09-02}]\n"
        '[quiet]\nstart = "21:00"\n',
    )
    env.update(
        HEARME_WEB_PORT="9002", HEARME_QUIET__END="07:30", TELEGRAM_BOT_TOKEN="123:s3cr3t-token"
    )
    code, out, err = await hearme(env, "config", "show")
    assert code == 0, err
    # Columns: key, value, where it came from; two spaces or more between them.
    rows = {
        key: columns
        for key, *columns in (re.split(r"\s{2,}", line) for line in out.splitlines()[1:])
    }
    assert out.splitlines()[0] == f"Settings file: {path}"
    assert rows["web_port"] == ["9002", "HEARME_WEB_PORT"]
    assert rows["quiet.start"] == ["21:00", str(path)]
    assert rows["quiet.end"] == ["07:30", "HEARME_QUIET__END"]
    assert rows["quiet.school_start"] == ["08:45", "default"]
    assert rows["school_holidays"] == ["2026-07-22 to 2026-09-02", str(path)]
    assert rows["telegram_bot_token"] == ["(set)", "TELEGRAM_BOT_TOKEN"]
    assert rows["staff_email.password"] == ["(not set)", "default"]
    assert "s3cr3t" not in out and "s3cr3t" not in err


async def test_config_check_names_the_key_and_the_file_and_fails(tmp_path: Path) -> None:
    env = await make_database(tmp_path)
    path = write_config(tmp_path, 'quite_hours = 2\n[quiet]\nstart = "half eight"\n')
    code, out, err = await hearme(env, "config", "check")
    assert code == 1, out
    assert f"quiet.start: not a time like 20:30 (got 'half eight') (in {path})" in err
    assert f"quite_hours: not a setting hearme knows; did you mean quiet? (in {path})" in err
    assert "Traceback" not in err
    write_config(tmp_path, '[quiet]\nstart = "20:00"\n')
    env["HEARME_QUITE__END"] = "07:00"  # a misspelt variable sets nothing: said, not fatal
    code, out, err = await hearme(env, "config", "check")
    assert code == 0, err
    assert err.splitlines() == [
        "Warning: HEARME_QUITE__END is not a hearme setting, so it changes nothing; "
        "did you mean HEARME_QUIET__END?"
    ]
    assert out.splitlines() == [
        f"Settings file: {path}",
        "The settings are valid: 1 from the file, 2 from the environment, the rest are defaults.",
    ]


async def test_every_command_reads_the_same_settings(tmp_path: Path) -> None:
    env = await make_database(tmp_path)
    write_config(
        tmp_path, 'public_url = "https://voices.example-council.gov.uk"\ninvite_days = 7\n'
    )
    code, out, err = await hearme(env, "invite", "C004", "--web", "--qr", str(tmp_path / "a.png"))
    assert code == 0, err
    assert "https://voices.example-council.gov.uk/c/" in out
    assert "to be set up within 7 days" in out and "Warning" not in err
    env["HEARME_PUBLIC_URL"] = "https://hearme.example-council.gov.uk"
    code, out, err = await hearme(env, "invite", "C001")
    assert code == 0 and "Single use, valid for 7 days." in out, err
    code, out, err = await hearme(env, "invite", "C004", "--web", "--qr", str(tmp_path / "b.png"))
    assert code == 0 and "https://hearme.example-council.gov.uk/c/" in out, err
    # A mistake stops every command, naming what to fix, before anything is done.
    write_config(tmp_path, "invite_days = 0\n")
    for command in (["invite", "C001"], ["campaign", "tell_us_more"], ["report", "participation"]):
        code, out, err = await hearme(env, *command)
        assert code == 1, (command, out)
        assert "invite_days: must be 1 or more (got 0)" in err, (command, err)


def test_the_readme_example_is_valid(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    [example] = re.findall(r"```toml\n(.*?)```", readme, re.DOTALL)
    write_config(tmp_path, example)
    monkeypatch.setenv("HEARME_STAFF_EMAIL__PASSWORD", "hunter2")
    monkeypatch.setenv("HEARME_IDENTITY_PROVIDER__CLIENT_SECRET", "s3cret")
    settings = load_settings().settings
    assert settings.public_url == "https://hearme.example.gov.uk"
    assert len(settings.school_holidays) == 2 and settings.quiet.school_end == time(15, 30)


async def test_run_serves_the_web_page_where_the_file_says(tmp_path: Path) -> None:
    env = await make_database(tmp_path)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    write_config(
        tmp_path, f'web_port = {port}\npublic_url = "https://voices.example-council.gov.uk"\n'
    )
    async with FakeBotApi() as api:
        env.update(TELEGRAM_BOT_TOKEN=api.token, TELEGRAM_API_URL=api.base_url, PTB_TIMEDELTA="1")
        process = await asyncio.create_subprocess_exec(
            *HEARME, "run", env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
        )
        try:
            assert process.stdout is not None
            lines = [await asyncio.wait_for(process.stdout.readline(), 120) for _ in range(2)]
            assert lines[1].decode() == (
                f"Web page on 127.0.0.1:{port} "
                "(children open it at https://voices.example-council.gov.uk).\n"
            ), lines
        finally:
            process.send_signal(signal.SIGTERM)
            _out, err = await asyncio.wait_for(process.communicate(), 120)
    assert process.returncode == 0, err.decode()
