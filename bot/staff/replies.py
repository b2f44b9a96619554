"""What the staff commands and buttons share on Telegram: who is asking, which child, answering.

Kept apart from :mod:`bot.staff.commands` so that :mod:`bot.staff.after_review` can use them
without the two importing each other.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from bot.services import Services
from bot.staff import participation
from bot.staff.access import NOT_YOURS, may_see
from storage import children
from storage import staff as staff_store
from storage.children import Child
from storage.staff import StaffMember

Handler = Any


def guarded(services: Services, handler: Handler) -> Handler:
    """Run ``handler`` only for an active member of staff.

    The staff commands and button patterns are disjoint from the child-facing ones, so nothing
    needs stopping; a chat that is not staff learns nothing (a command gets no answer here, a
    forwarded or forged staff button an empty one).
    """

    async def run(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        chat = update.effective_chat
        if chat is None:
            return
        member = await staff_store.get_staff_by_chat(services.db.reader, chat.id)
        if member is None:
            if update.callback_query is not None:
                await update.callback_query.answer()
            return
        await handler(update, context, services, member)

    return run


async def reply(update: Update, text: str, keyboard: InlineKeyboardMarkup | None = None) -> None:
    """Answer the message a staff command came in."""
    if update.effective_message is not None:
        await update.effective_message.reply_text(text, reply_markup=keyboard)


def markup(rows: participation.Buttons) -> InlineKeyboardMarkup:
    """Telegram buttons for rows of ``(label, data)``."""
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(label, callback_data=data) for label, data in row] for row in rows]
    )


def child_label(child: Child) -> str:
    """A child as staff see them named: first name and reference."""
    return f"{child.name or 'child'} ({child.child_ref})"


def day_text(moment: datetime, services: Services) -> str:
    """A day as staff read it, in the council's time zone."""
    return moment.astimezone(services.settings.zone).strftime("%a %d %b %Y")


async def child_for(
    update: Update, context: ContextTypes.DEFAULT_TYPE, services: Services, member: StaffMember
) -> Child | None:
    """The child named in the command, if this member of staff may see them."""
    if not context.args:
        await reply(update, "Which child? For example: /views C001")
        return None
    child = await children.get_child_by_ref(services.db.reader, context.args[0].strip())
    if child is None or child.status == "erased" or not may_see(member, child):
        await reply(update, NOT_YOURS)
        return None
    return child
