"""Staff, children, their chats and open consultations, written through hearme's own storage.

The workers are what is under test; how the children came to be enrolled is not, so they are
written straight into the database (as an import and enrolment would leave them) before any
worker starts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from bot.conversation.consultation import offer_in
from bot.services import Services
from storage import chats, children, staff

IRO_CHAT = 900_001
DUTY_CHAT = 900_002
FIRST_CHAT = 100_000


@dataclass(frozen=True)
class Enrolled:
    """A child and the Telegram chat that speaks for them."""

    child_id: int
    chat_id: int


@dataclass(frozen=True)
class Cast:
    """Who is in the run."""

    answering: list[Enrolled]  # 12-15, each with My Review open
    offered: list[Enrolled]  # 16-17, reached by the campaign
    disclosing: list[Enrolled]  # 12-15, each writes a disclosure once


def _born(age: int, today: date) -> date:
    # The first of January: ``age`` on any day of this year (a birthday counts from the day).
    return date(today.year - age, 1, 1)


async def stage(
    services: Services, *, answering: int, offered: int, disclosing: int, now: datetime
) -> Cast:
    """Write the run's people; the answering children's My Review is offered (its run open).

    Args:
        services: the database the workers will share.
        answering: children who answer My Review.
        offered: children the campaign offers a survey to.
        disclosing: children who disclose harm during the run.
        now: the moment of enrolment.
    """
    today = now.date()
    groups: dict[str, list[Enrolled]] = {"answer": [], "offer": [], "tell": []}
    sizes = {"answer": (answering, 13), "offer": (offered, 16), "tell": (disclosing, 13)}
    chat = FIRST_CHAT
    async with services.db.transaction() as conn:
        iro = await staff.upsert_staff(
            conn, staff_ref="IRO1", name="Ana Jones", role="iro", now=now
        )
        duty = await staff.upsert_staff(conn, staff_ref="D1", name="Dee Duty", role="duty", now=now)
        await staff.bind_chat(conn, iro, IRO_CHAT, now=now)
        await staff.bind_chat(conn, duty, DUTY_CHAT, now=now)
        for group, (count, age) in sizes.items():
            for number in range(count):
                child_id = await children.upsert_child(
                    conn,
                    child_ref=f"{group.upper()}{number:05d}",
                    first_name="Sam",
                    date_of_birth=_born(age + number % 2, today),
                    iro_id=iro,
                    now=now,
                )
                mode = "self" if age >= 16 else "assisted"
                await chats.bind_chat(conn, chat_id=chat, child_id=child_id, mode=mode, now=now)
                groups[group].append(Enrolled(child_id, chat))
                chat += 1
        for child in groups["answer"]:
            await offer_in(
                services,
                conn,
                child_id=child.child_id,
                definition_id="my_review",
                review_id=None,
                now=now,
                closes_at=None,
            )
    return Cast(groups["answer"], groups["offer"], groups["tell"])
