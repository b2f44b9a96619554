"""Children answering, one action at a time, each waiting for the last to be acknowledged.

A child reads the newest message in their chat that shows answer buttons and presses the first
answer; on a question that takes words or several ticks they press "Skip" (every question can
be skipped). Each press carries the question's token (``<run>.<token>.<index>``), so the
questions a child answered are the distinct tokens they pressed: a press repeated because the
next question never came (its worker died after storing the answer) answers nothing twice.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from hearme_dev.fleet.balancer import WebhookBotApi
from surveys.wording import PHRASES

_SKIP, _DONE = PHRASES["en"]["skip"], PHRASES["en"]["done"]
# Presses that brought no new question: a child gives up after this many in a row.
_STUCK = 20


@dataclass
class AnsweringChild:
    """One child in one chat, answering until ``answers`` questions are answered."""

    api: WebhookBotApi
    chat_id: int
    answers: int
    answered: list[str] = field(default_factory=list)  # question tokens, in answering order
    actions: int = 0
    on_answer: Callable[[], Awaitable[None]] | None = None  # told after each new answer
    gave_up: str | None = None  # why the child stopped short, for a failing test to say

    def _prompt(self) -> tuple[int, list[tuple[str, str]]] | None:
        for message in reversed(self.api.messages(self.chat_id)):
            buttons = [b for row in message.buttons for b in row if b[1] != "talk"]
            if buttons:
                return message.message_id, buttons
        return None

    async def play(self) -> None:
        """``/start`` (the chat shows the open consultation), then answer question by question."""
        await self.api.send_text(self.chat_id, "/start")
        self.actions += 1
        stuck = 0
        while len(self.answered) < self.answers and stuck < _STUCK:
            prompt = self._prompt()
            if prompt is None:
                self.gave_up = f"no question to answer after {len(self.answered)} answers"
                return
            message_id, buttons = prompt
            labels = [label for label, _ in buttons]
            skip = labels[0] == _SKIP or _DONE in labels
            data = next(d for label, d in buttons if label == _SKIP) if skip else buttons[0][1]
            await self.api.press(self.chat_id, message_id, data)
            self.actions += 1
            token = ".".join(data.split(".")[:2])
            if token not in self.answered:
                self.answered.append(token)
                stuck = 0
                if self.on_answer is not None:
                    await self.on_answer()
            else:
                stuck += 1
        if stuck >= _STUCK:
            self.gave_up = f"no new question after {_STUCK} presses"
