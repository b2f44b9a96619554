"""Button presses that no handler takes (random, forged or garbage data): the spinner always
stops, a child is shown where they are now, an unknown chat learns only how to enrol, and a
press that another handler took (the staff buttons) is left alone."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from telegram import Update
from telegram.ext import CallbackQueryHandler, ContextTypes

from bot.channels.telegram.app import AnyApplication
from bot.channels.telegram.handlers import STRAY_STAFF_ANSWER
from bot.conversation.messages import say
from bot.services import Services
from bot.staff import commands as staff
from hearme_dev.sandbox import BotMessage
from tests.support.telegram import BotWorld

ADULT = date(2009, 5, 5)  # 16 on the test clock's day
GARBAGE = ("zz-not-a-button", "999999.deadbeef.0", "💥" * 10, "talk:x", "ack:")


def _answers_to(world: BotWorld, query_id: str) -> list[dict[str, object]]:
    return [
        call.params
        for call in world.api.calls_to("answerCallbackQuery")
        if str(call.params.get("callback_query_id")) == query_id
    ]


async def _press(
    world: BotWorld, chat_id: int, message_id: int, data: str
) -> tuple[str, list[BotMessage]]:
    """Press ``data`` as the person in ``chat_id``; the query id and the bot's new messages."""
    mark = world.api.mark(chat_id)
    query_id = await world.api.press(chat_id, message_id, data)
    await world.processed(world.api.last_update_id)
    return query_id, world.api.messages(chat_id)[mark:]


async def test_random_data_from_a_child_gets_the_current_question(tmp_path: Path) -> None:
    async with BotWorld(tmp_path) as world:
        child = await world.add_child("C1", "Sam", ADULT)
        run_id = await world.offer(child, "my_review")
        sam = await world.enrol_child(child, 701)
        await sam.send("/start")
        current = await world.prompt_of(run_id)
        shown = sam.last_prompt()
        for data in GARBAGE:
            query_id, replies = await _press(world, 701, shown.message_id, data)
            assert len(_answers_to(world, query_id)) == 1, data  # the spinner stops, once
            assert [m.text for m in replies[:1]] == [say("moved_on", "en")], data
            assert current.text in replies[-1].text and replies[-1].buttons, data
        assert await world.query("SELECT * FROM answers WHERE run_id = ?", run_id) == []
        assert (await world.prompt_of(run_id)).question_id == current.question_id


async def test_random_data_from_an_unknown_chat_gets_only_the_enrolment_sentence(
    tmp_path: Path,
) -> None:
    async with BotWorld(tmp_path) as world:
        child = await world.add_child("C1", "Kai", ADULT)
        await world.offer(child, "my_review")
        for number, data in enumerate(GARBAGE):
            query_id, replies = await _press(world, 800 + number, 1, data)
            assert len(_answers_to(world, query_id)) == 1, data
            assert [m.text for m in replies] == [say("unknown_chat", "en")], data
            assert all(not m.buttons for m in replies)
        assert await world.query("SELECT * FROM chats") == []


async def test_presses_an_earlier_handler_took_are_left_to_it(tmp_path: Path) -> None:
    taken: list[str] = []

    def probe(application: AnyApplication, services: Services) -> None:
        async def take(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
            assert update.callback_query is not None
            taken.append(str(update.callback_query.data))
            await update.callback_query.answer("probe")

        application.add_handler(CallbackQueryHandler(take, pattern=r"^probe:"), group=-5)

    async with BotWorld(tmp_path, extra=(staff.register, probe)) as world:
        iro = await world.add_staff("IRO1", "Ana Jones", "iro")
        ana = await world.enrol_staff(iro, 901)
        child = await world.add_child("C1", "Jess", ADULT, iro_id=iro)
        jess = await world.enrol_child(child, 902)
        await jess.send("/talk")  # raises an alert with an Acknowledge button for the IRO
        alert = ana.messages[-1]
        ack = alert.button_data[0]
        assert ack.startswith("ack:")

        query_id, replies = await _press(world, 901, alert.message_id, ack)
        answers = _answers_to(world, query_id)
        assert [a.get("text") for a in answers] == ["Acknowledged. Thank you."]
        acknowledged = await world.query("SELECT acknowledged_by FROM alerts")
        assert acknowledged[0]["acknowledged_by"] == iro

        # A child pressing a staff button: the staff side answers it empty, nothing else runs.
        query_id, replies = await _press(world, 902, 1, ack)
        assert replies == []
        assert len(_answers_to(world, query_id)) == 1

        query_id, replies = await _press(world, 902, 1, "probe:1")
        assert taken == ["probe:1"] and replies == []
        assert [a.get("text") for a in _answers_to(world, query_id)] == ["probe"]

        # Garbage in a staff chat: a short notice on the button, no message about any child.
        query_id, replies = await _press(world, 901, alert.message_id, "zz-garbage")
        assert replies == []
        assert [a.get("text") for a in _answers_to(world, query_id)] == [STRAY_STAFF_ANSWER]
