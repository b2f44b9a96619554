"""The Telegram channel: a thin decoder and renderer around :mod:`bot.conversation.service`.

Each update is first decoded into a plain :class:`~bot.conversation.service.Incoming` without side
effects (:func:`decode`, python-telegram-bot's "check first" habit), then handled, then the
replies are drawn as messages with inline keyboards (:func:`deliver`). Only private chats are
served: a child's answers never belong in a group.

A button press that no handler took (stale, forged or garbage data) is caught last by
:class:`StrayButtonHandler`, so a child's button never spins for ever.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from telegram import Bot, Message, Update
from telegram.constants import ChatType
from telegram.error import BadRequest, Forbidden, TelegramError
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.channels.telegram import sends
from bot.channels.telegram.chat import TelegramChat
from bot.conversation import service as conversation
from bot.conversation.service import Reply
from bot.conversation.turn import Incoming
from bot.outbox import aftercare
from bot.safeguarding import telling
from bot.services import Services
from storage import alerts

log = logging.getLogger(__name__)

CHANNEL = "telegram"
CHILD_COMMANDS = ("start", "help", "talk", "stop", "mydata", "delete")
# Button data this channel answers: "<run>.<token>.<index>" and the private-word button.
BUTTON_PATTERN = r"^(\d{1,12}\.[0-9a-f]{8}\.\d{1,3}|" + conversation.TALK_DATA + r")$"
SERVICES_KEY = "services"
# The child-facing handlers are in group 0 and the staff ones in group -1
# (bot.staff.commands.GROUP); a
# press none of them took comes here, before any bookkeeping handler in a far later group.
STRAY_GROUP = 1
STRAY_STAFF_ANSWER = "That button no longer does anything."

AnyApplication = Application[Any, Any, Any, Any, Any, Any]
# Telegram refuses a message over 4096 characters (keep a margin) and button data over 64 bytes.
MESSAGE_LIMIT = 4000
CALLBACK_DATA_LIMIT = sends.CALLBACK_DATA_LIMIT


def _not_text(message: Message) -> bool:
    return bool(
        message.sticker
        or message.photo
        or message.animation
        or message.video
        or message.document
        or message.video_note
        or message.audio
    )


def decode(update: Update) -> Incoming | None:
    """The plain input an update carries, or None when hearme does not serve it.

    Pure: reads the update only.
    """
    if update.effective_chat is None or update.effective_chat.type != ChatType.PRIVATE:
        return None
    chat_id = update.effective_chat.id
    query = update.callback_query
    if query is not None:
        pressed = query.message.message_id if query.message else None
        return _incoming(update, chat_id, pressed, kind="press", data=query.data or "")
    edited = update.edited_message
    if edited is not None:
        if edited.text is None:
            return None
        return _incoming(update, chat_id, edited.message_id, kind="edit", text=edited.text)
    message = update.message
    if message is None:
        return None
    sent = message.message_id
    if message.text is not None and message.text.startswith("/"):
        head, _, rest = message.text.partition(" ")
        name = head[1:].split("@", 1)[0].lower()
        data = rest.strip() or None
        return _incoming(update, chat_id, sent, kind="command", text=name, data=data)
    if message.text is not None:
        return _incoming(update, chat_id, sent, kind="text", text=message.text)
    if message.voice is not None:
        # The file stays with Telegram (or the council's own Bot API server); we keep its id.
        return _incoming(update, chat_id, sent, kind="voice", file_ref=message.voice.file_id)
    if _not_text(message):
        kind = "sticker" if message.sticker or message.animation else "photo"
        return _incoming(update, chat_id, sent, kind=kind, text=message.caption)
    return None


def _incoming(
    update: Update, chat_id: int, message_id: int | None, *, kind: str, **fields: Any
) -> Incoming:
    # The chat and the message stay with this channel, in the input's seat.
    return Incoming(
        channel=CHANNEL,
        sender_key=str(chat_id),
        kind=kind,
        update_id=update.update_id,
        seat=TelegramChat(chat_id, message_id),
        **fields,
    )


def fit(replies: Sequence[Reply]) -> list[Reply]:
    """The replies as Telegram takes them: a reply too long for one message is sent as its
    paragraphs (notices and summary first, in pieces), the buttons with the last."""
    fitted: list[Reply] = []
    for reply in replies:
        if len(reply.text) <= MESSAGE_LIMIT:
            fitted.append(reply)
            continue
        parts = reply.parts or (reply.text,)
        fitted += [
            Reply(part[i : i + MESSAGE_LIMIT])
            for part in parts[:-1]
            for i in range(0, len(part), MESSAGE_LIMIT)
        ]
        fitted.append(replace(reply, text=parts[-1][:MESSAGE_LIMIT], parts=()))
    return fitted


def keyboard(reply: Reply) -> dict[str, Any] | None:
    """The reply's buttons as the Bot API's inline keyboard (:func:`sends.markup`).

    Raises:
        ValueError: a button's data is longer than Telegram takes.
    """
    return sends.markup(reply.buttons)


async def deliver(
    bot: Bot, chat_id: int, replies: Sequence[Reply], *, pressed: int | None = None
) -> list[int]:
    """Send replies to a chat in order (:func:`fit` to Telegram's length); a reply that
    ``redraws`` redraws the ``pressed`` message.

    Returns the ids of the messages shown. Raises what Telegram raises (e.g. ``Forbidden`` when
    the person blocked the bot), so the caller decides what a failure means.
    """
    shown: list[int] = []
    for reply in fit(replies):
        if reply.redraws and pressed is not None:
            try:
                await sends.redraw(bot, chat_id, pressed, reply.text, reply.buttons)
                shown.append(pressed)
                continue
            except BadRequest:
                # Too old to edit, or unchanged: send it as a new message instead.
                log.info("could not redraw message %s; sending anew", pressed)
        shown.append(await sends.send_text(bot, chat_id, reply.text, reply.buttons))
    return shown


async def on_update(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Decode, hand to the conversation, then show the replies and tell staff about any alert
    or deletion request.

    Showing and telling run side by side and each failure is kept to itself: staff hear of an
    alert whatever happens to the child's reply, and a caring reply that could not be sent is
    sent again from the outbox (:mod:`bot.outbox.aftercare`).
    """
    incoming = decode(update)
    if incoming is None:
        return
    services: Services = context.bot_data[SERVICES_KEY]
    # The button's spinner is stopped while the answer is stored, not before: the child waits
    # for one round trip to Telegram less.
    stopping = asyncio.create_task(_stop_spinner(update))
    try:
        outcome = await conversation.handle(services, incoming)
    finally:
        await stopping
    seat = incoming.seat
    assert isinstance(seat, TelegramChat)  # decode gives every input its chat
    await asyncio.gather(
        show_outcome(context.bot, services, seat.chat_id, outcome, pressed=seat.message_id),
        telling.tell_staff(
            services,
            telling.StaffChannel.telegram(context.bot, services),
            alert_ids=outcome.alert_ids,
            erasure_requests=outcome.erasure_requests,
            returned_child_ids=outcome.returned_child_ids,
        ),
    )


async def _stop_spinner(update: Update) -> None:
    if update.callback_query is None:
        return
    try:
        await update.callback_query.answer()
    except TelegramError as error:  # the spinner stops by itself; the answer still counts
        log.info("callback answer failed: %s", type(error).__name__)


async def show_outcome(
    bot: Bot,
    services: Services,
    chat_id: int,
    outcome: conversation.Outcome,
    *,
    pressed: int | None = None,
) -> None:
    """Retire the pressed message's buttons and send the replies, one at a time.

    The old buttons go while the replies are sent, not before them: the child sees the next
    question a round trip sooner (issue 20). Never raises: when a send fails, every caring
    reply not yet shown is planned again.

    Why a call of its own, and not the next question written over the pressed message (one
    call fewer a press, issue 20)? Telegram marks no pressed button, so the answered question,
    left in the chat without its buttons, is the child's record of what they were asked; the
    next question over it would wipe that record at every step. Where the reply already
    redraws the pressed message (a tick), it is not cleared as well.
    """
    pressed_id = pressed if outcome.retire_pressed else None
    retiring = asyncio.create_task(_retire(bot, chat_id, pressed_id))
    try:
        await _show_replies(bot, services, chat_id, outcome, pressed=pressed)
    finally:
        await retiring


async def _retire(bot: Bot, chat_id: int, message_id: int | None) -> None:
    if message_id is None:
        return
    try:
        await sends.clear_buttons(bot, chat_id, message_id)
    except TelegramError as error:
        log.info("could not clear buttons of message %s: %s", message_id, type(error).__name__)


async def _show_replies(
    bot: Bot,
    services: Services,
    chat_id: int,
    outcome: conversation.Outcome,
    *,
    pressed: int | None,
) -> None:
    replies = fit(outcome.replies)
    for index, reply in enumerate(replies):
        try:
            await deliver(bot, chat_id, [reply], pressed=pressed)
            if reply.alert_id is not None:
                await telling.isolated(
                    aftercare.support_reply_shown(
                        services, alert_id=reply.alert_id, chat_id=chat_id
                    ),
                    "support reply shown",
                )
        except Exception as error:
            log.warning("chat %s: reply not delivered: %s", chat_id, type(error).__name__)
            if isinstance(error, Forbidden):
                return  # blocked: nothing can reach this chat
            for missed in replies[index:]:
                if missed.alert_id is not None:
                    await telling.isolated(
                        aftercare.plan_support_reply(
                            services, alert_id=missed.alert_id, chat_id=chat_id
                        ),
                        "support reply plan",
                    )
            return


def claimed_earlier(application: AnyApplication, update: object, *, before: int) -> bool:
    """Whether a button handler in a group before ``before`` takes this update.

    Pure: asks each handler's side-effect-free ``check_update``, the test python-telegram-bot
    itself applies. Only button handlers count, so a catch-all bookkeeping handler (a
    ``TypeHandler``) elsewhere never hides a stray press.
    """
    for group, handlers in application.handlers.items():
        if group >= before:
            continue
        for handler in handlers:
            if isinstance(handler, CallbackQueryHandler) and handler.check_update(update) not in (
                None,
                False,
            ):
                return True
    return False


async def on_stray_press(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer a press no other handler took, so the spinner stops and nothing hangs.

    A child's chat hears "that question has moved on" and the question they are on now; a chat
    hearme does not know hears only the one enrolment sentence (both by the conversation, as
    for any stale button); a staff chat gets a short notice on the button itself.
    """
    query = update.callback_query
    chat = update.effective_chat
    if query is None:
        return
    log.info("stray button press in update %s", update.update_id)  # never the data: it is forged
    services: Services = context.bot_data[SERVICES_KEY]
    if (
        chat is None
        or chat.type != ChatType.PRIVATE
        or await alerts.staff_for_chat(services.db.reader, chat.id) is not None
    ):
        try:
            await query.answer(STRAY_STAFF_ANSWER)
        except TelegramError as error:
            log.info("callback answer failed: %s", type(error).__name__)
        return
    await on_update(update, context)


class StrayButtonHandler(CallbackQueryHandler[ContextTypes.DEFAULT_TYPE, None]):
    """The last-resort button handler: any press that no button handler in an earlier group
    matched (see :func:`claimed_earlier`). Register it in :data:`STRAY_GROUP`."""

    def __init__(self, application: AnyApplication, *, group: int = STRAY_GROUP) -> None:
        super().__init__(on_stray_press)
        self._application = application
        self._group = group

    def check_update(self, update: object) -> bool | object | None:
        """True for a button press that nothing before this handler's group takes."""
        if not super().check_update(update):
            return None
        return not claimed_earlier(self._application, update, before=self._group)


def register(application: AnyApplication, services: Services) -> None:
    """Add the child-facing handlers (group 0), the stray-button handler (:data:`STRAY_GROUP`),
    and keep ``services`` in ``bot_data``."""
    application.bot_data[SERVICES_KEY] = services
    private = filters.ChatType.PRIVATE
    application.add_handler(
        CommandHandler(
            list(CHILD_COMMANDS), on_update, filters=private & filters.UpdateType.MESSAGE
        )
    )
    answers = (
        filters.TEXT
        | filters.VOICE
        | filters.Sticker.ALL
        | filters.PHOTO
        | filters.ANIMATION
        | filters.VIDEO
        | filters.Document.ALL
        | filters.VIDEO_NOTE
        | filters.AUDIO
    )
    application.add_handler(
        MessageHandler(private & filters.UpdateType.MESSAGE & ~filters.COMMAND & answers, on_update)
    )
    application.add_handler(
        MessageHandler(private & filters.UpdateType.EDITED_MESSAGE & filters.TEXT, on_update)
    )
    application.add_handler(CallbackQueryHandler(on_update, pattern=BUTTON_PATTERN))
    application.add_handler(StrayButtonHandler(application), STRAY_GROUP)
