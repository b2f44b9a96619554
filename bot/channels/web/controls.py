"""The Children's Code tools on every web page: talk to someone, stop, what is kept, delete.

On Telegram a child types ``/talk``, ``/stop``, ``/mydata`` or ``/delete``; on the web these are
plainly labelled buttons (typed text is only ever an answer). Each goes through the conversation
service's command of the same name, so the alert, the deletion request and the audit line are
exactly Telegram's; what the page then shows is worded for the web (no "send /start", no "I'll
message you"). Deleting is confirmed first on a kind page. "Stop" is remembered for the link, so
the page offers no new questions until the child presses "Carry on".
"""

from __future__ import annotations

from dataclasses import dataclass, field

import aiosqlite

from bot.channels.web import texts
from bot.conversation import service as conversation
from bot.conversation.consultation import Button, Reply, Speaker, replies_for_child
from bot.services import Services
from storage import chats, web_sessions

CHANNEL = "web"
TALK = "/talk"
STOP = "/stop"
MYDATA = "/mydata"
DELETE = "/delete"
DELETE_YES = "/delete-yes"
DELETE_NO = "/delete-no"
CARRY_ON = "/start"
DATA = frozenset((TALK, STOP, MYDATA, DELETE, DELETE_YES, DELETE_NO, CARRY_ON))

# A view's mode: answering, or held (stopped, or a question about deleting on screen), when the
# text box is hidden so nothing typed can answer a question the child cannot see.
ANSWERING = "answering"
HELD = "held"


@dataclass
class Shown:
    """What a control leads to: the replies to show, the view's mode, and the service's outcome
    (alerts and deletion requests to tell staff about)."""

    replies: list[Reply]
    mode: str = ANSWERING
    outcome: conversation.Outcome = field(default_factory=conversation.Outcome)


def _say(speaker: Speaker, key: str, **values: object) -> str:
    return texts.text(key, speaker.language, speaker.child.preferred_words, **values)


def nothing_pending(speaker: Speaker) -> Reply:
    """The web's "nothing to answer" (the bot's own promises a message and /help)."""
    return Reply(_say(speaker, "nothing_pending", name=speaker.child.name))


def for_the_web(replies: list[Reply], speaker: Speaker) -> list[Reply]:
    """The service's replies with its Telegram-only sentences put as they are true on the web."""
    return [
        nothing_pending(speaker) if reply.key == "nothing_pending" else reply for reply in replies
    ]


async def current(services: Services, speaker: Speaker) -> list[Reply]:
    """The question the child is on, or the web's "nothing to answer right now"."""
    found = await replies_for_child(services, services.db.reader, speaker, quiet=True)
    return found or [nothing_pending(speaker)]


def carry_on(speaker: Speaker) -> tuple[tuple[Button, ...], ...]:
    return ((Button(_say(speaker, "carry_on"), CARRY_ON),),)


def stopped_view(speaker: Speaker) -> Shown:
    """The page of a child who pressed "Stop": no questions, a way back."""
    return Shown([Reply(_say(speaker, "stopped"), carry_on(speaker))], HELD)


async def use(
    services: Services, speaker: Speaker, data: str, *, invite_id: int, sender: str
) -> Shown:
    """Carry out one control for the child and say what the page shows next."""

    async def command(name: str, *, stopped: bool | None = None) -> conversation.Outcome:
        # The link's "stopped" mark is committed with the command itself, never apart from it.
        async def mark(conn: aiosqlite.Connection) -> None:
            if stopped is not None:
                await web_sessions.set_stopped(conn, invite_id, stopped, now=services.clock())

        incoming = conversation.Incoming(CHANNEL, sender, "command", text=name)
        return await conversation.handle(services, incoming, speaker=speaker, also=mark)

    if data == TALK:
        outcome = await command("talk")
        return Shown(outcome.replies + await current(services, speaker), outcome=outcome)
    if data == STOP:
        outcome = await command("stop", stopped=True)
        shown = stopped_view(speaker)
        shown.outcome = outcome
        return shown
    if data == MYDATA:
        outcome = await command("mydata")
        count = await chats.answer_count(services.db.reader, speaker.child.id)
        told = Reply(_say(speaker, "mydata", answers=count))
        return Shown([told, *await current(services, speaker)], outcome=outcome)
    if data == DELETE:
        buttons = (
            (Button(_say(speaker, "delete_yes"), DELETE_YES),),
            (Button(_say(speaker, "delete_no"), DELETE_NO),),
        )
        return Shown([Reply(_say(speaker, "delete_confirm"), buttons)], HELD)
    if data == DELETE_YES:
        # The child is told no new questions come meanwhile: the page keeps that promise.
        outcome = await command("delete", stopped=True)
        key = "delete_requested" if outcome.erasure_requests else "delete_already"
        return Shown([Reply(_say(speaker, key), carry_on(speaker))], HELD, outcome)
    if data == DELETE_NO:
        return Shown([Reply(_say(speaker, "delete_kept")), *await current(services, speaker)])
    # Carry on: questions may be offered again, and a run stopped "for now" resumes.
    outcome = await command("start", stopped=False)
    return Shown(for_the_web(outcome.replies, speaker), outcome=outcome)
