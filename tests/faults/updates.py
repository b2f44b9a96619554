"""Hypothesis strategies for whatever Telegram might deliver: odd text, media, edits, forged and
replayed button presses, strangers, groups and channels. Each draws a raw update ``dict`` (as
the Bot API sends it, without ``update_id``), so the same inputs can be decoded in-process or
pushed through the loopback Bot API to the real ``Application``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from hypothesis import strategies as st
from telegram import (
    CallbackQuery,
    Chat,
    Contact,
    Location,
    Message,
    MessageEntity,
    PhotoSize,
    Sticker,
    Update,
    User,
    Voice,
)

Raw = dict[str, Any]
MOMENT = datetime(2026, 3, 10, 10, 30, tzinfo=UTC)

RIGHT_TO_LEFT = ("\u202eevil\u202c", "مرحبا كيف حالك", "שלום לכולם", "\u200f\u200e\u2066x\u2069")
EMOJI = ("😀", "👨‍👩‍👧‍👦", "🏳️‍🌈", "🇬🇧", "❤️‍🔥", "🫠" * 40)
COMMANDS = ("start", "help", "talk", "stop", "mydata", "delete", "views", "report", "nonsense")


@dataclass(frozen=True)
class Targets:
    """What forged input aims at: the chats hearme knows and the runs and prompt tokens."""

    child_chats: tuple[int, ...]
    run_tokens: tuple[tuple[int, str], ...]  # (run id, a token a button of that run carried)


def texts() -> st.SearchStrategy[str]:
    """Typed text: control characters, right-to-left, emoji, and up to 10,000 characters."""
    long = st.builds(
        lambda piece, times: (piece * times)[:10_000],
        st.text(min_size=1, max_size=12),
        st.integers(min_value=300, max_value=10_000),
    )
    return st.one_of(
        st.text(max_size=300),
        st.text(alphabet=st.characters(categories=["Cc", "Cf", "Zl", "Zp"]), max_size=40),
        st.sampled_from(RIGHT_TO_LEFT + EMOJI),
        long,
    )


def _user(chat_id: int) -> User:
    return User(id=abs(chat_id), is_bot=False, first_name="Fuzz", language_code="en")


def _message(chat: Chat, sender: int, message_id: int, **content: Any) -> Message:
    return Message(
        message_id=message_id, date=MOMENT, chat=chat, from_user=_user(sender), **content
    )


def _content(draw: st.DrawFn) -> dict[str, Any]:
    kind = draw(
        st.sampled_from(
            ("text", "text", "text", "command", "sticker", "photo", "voice", "contact", "location")
        )
    )
    if kind == "text":
        return {"text": draw(texts())}
    if kind == "command":
        name = draw(st.sampled_from(COMMANDS))
        suffix = draw(st.sampled_from(("", "@hearme_test_bot", "@other_bot")))
        argument = draw(st.one_of(st.just(""), st.text(max_size=40).map(lambda t: " " + t)))
        head = f"/{name}{suffix}"
        entity = MessageEntity(MessageEntity.BOT_COMMAND, 0, len(head))
        return {"text": head + argument, "entities": (entity,)}
    if kind == "sticker":
        return {"sticker": Sticker("s1", "us1", 512, 512, False, False, Sticker.REGULAR)}
    if kind == "photo":
        caption = draw(st.one_of(st.none(), texts().map(lambda t: t[:1024])))
        return {"photo": (PhotoSize("p1", "up1", 640, 480),), "caption": caption}
    if kind == "voice":
        return {"voice": Voice("v1", "uv1", draw(st.integers(0, 600)))}
    if kind == "contact":
        return {"contact": Contact("+447700900123", "Someone")}
    return {"location": Location(-0.1, 51.5)}


@st.composite
def updates(draw: st.DrawFn, targets: Targets) -> Raw:
    """One raw update of any kind hearme might be sent."""
    place = draw(st.sampled_from(("child", "child", "child", "stranger", "group", "channel")))
    if place == "child":
        chat_id = draw(st.sampled_from(targets.child_chats))
    elif place == "stranger":
        # A few repeat strangers (to reach the wrong-code limit) and many one-off ones.
        chat_id = draw(st.one_of(st.integers(90_000, 90_003), st.integers(100_000, 10**12)))
    else:
        chat_id = -draw(st.integers(1, 10**12))
    chat_type = {"group": Chat.SUPERGROUP, "channel": Chat.CHANNEL}.get(place, Chat.PRIVATE)
    chat = Chat(id=chat_id, type=chat_type)
    sender = draw(st.sampled_from(targets.child_chats)) if place == "group" else chat_id
    message_id = draw(st.integers(1, 10**6))
    what = draw(st.sampled_from(("message", "message", "edit", "press", "press")))
    if place == "channel":
        post = Message(message_id=message_id, date=MOMENT, chat=chat, text=draw(texts()))
        return _raw(channel_post=post)
    if what == "press":
        return _raw(callback_query=_press(draw, targets, chat, sender, message_id))
    if what == "edit":
        edited = Message(
            message_id=message_id,
            date=MOMENT,
            edit_date=MOMENT,
            chat=chat,
            from_user=_user(sender),
            text=draw(texts()),
        )
        return _raw(edited_message=edited)
    return _raw(message=_message(chat, sender, message_id, **_content(draw)))


def _press(
    draw: st.DrawFn, targets: Targets, chat: Chat, sender: int, message_id: int
) -> CallbackQuery:
    """A button press: random bytes, a forged button of any run, or the talk button."""
    forged = st.builds(
        lambda pair, index: f"{pair[0]}.{pair[1]}.{index}",
        st.sampled_from(targets.run_tokens),
        st.integers(0, 40),
    )
    wrong_token = st.builds(
        lambda pair, token, index: f"{pair[0]}.{token}.{index}",
        st.sampled_from(targets.run_tokens),
        st.text(alphabet="0123456789abcdef", min_size=8, max_size=8),
        st.integers(0, 999),
    )
    data = draw(
        st.one_of(
            forged,
            wrong_token,
            st.text(max_size=64),
            st.sampled_from(("talk", "ack:1", "pr:1:PN1", "held:1", "")),
        )
    )
    shown = Message(message_id=message_id, date=MOMENT, chat=chat)
    return CallbackQuery(
        id=str(draw(st.integers(1, 10**9))),
        from_user=_user(sender),
        chat_instance=str(chat.id),
        data=data,
        message=shown,
    )


def _raw(**content: Any) -> Raw:
    raw = Update(0, **content).to_dict()
    raw.pop("update_id", None)
    return raw
