"""The demo's people in their chats: children answering and IROs recording participation.

A child looks at the question the bot is on (as the engine renders it from the stored state),
decides a move with :mod:`hearme_dev.demo.script`, and presses the matching button on the message
the
bot really sent, or types into the chat. Everything a child does is written down as they do it
(:class:`RunLog`), so ``answers-log.json`` is an account kept apart from hearme's own database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from bot.conversation.consultation import LoadedRun, open_run_for, prompt_token
from bot.staff import participation as pn
from hearme_dev.demo import script
from hearme_dev.demo.council import Child, StaffMember
from hearme_dev.demo.harness import Stage
from hearme_dev.demo.outputs import Transcript
from hearme_dev.sandbox import BotMessage
from storage import children, reviews
from surveys.engine import Prompt

_MOVES_PER_RUN = 80
STOPS_AFTER = 5


class DemoError(Exception):
    """The bot did not do what a person in the demo was waiting for."""


@dataclass
class RunLog:
    """One consultation as the child met it: the plan, each move, the answers it left."""

    run_id: int
    definition_id: str
    band: str
    offered_on: date
    review_date: date | None
    plan: script.RunPlan
    moves: list[dict[str, str]] = field(default_factory=list)
    answers: dict[str, dict[str, Any]] = field(default_factory=dict)
    ticked: list[str] = field(default_factory=list)
    stopped_on: date | None = None
    completed_on: date | None = None
    closed: bool = False  # the bot closed it before the child finished

    def comes_back_on(self) -> date | None:
        """The day the child means to come back to this run without being messaged, if any."""
        if self.completed_on is not None or self.closed:
            return None
        if self.plan.kind == "later":
            return self.offered_on + timedelta(days=self.plan.delay_days)
        if self.plan.kind == "stop_resume" and self.stopped_on is not None:
            return self.stopped_on + timedelta(days=1)
        return None

    def note(self, prompt: Prompt, move: script.Move) -> None:
        """Write down a move and what it leaves as the answer to the question on screen."""
        question = prompt.question_id or ""
        if move.kind == "text":
            self.moves.append({"question": question, "typed": move.text or ""})
            self.answers[question] = {"kind": "text", "text": move.text, "audience": None}
            return
        choice = move.choice_id or ""
        self.moves.append({"question": question, "pressed": choice})
        if prompt.kind == "audience" and question in self.answers:
            self.answers[question]["audience"] = choice
        elif prompt.kind != "question" or choice in (script.STOP, script.RESUME):
            return
        elif choice in (script.SKIP, script.DECLINE):
            kind = "skipped" if choice == script.SKIP else "declined"
            self.answers[question] = {"kind": kind, "choices": []}
            self.ticked = []
        elif prompt.multiple and choice == script.DONE:
            self.answers[question] = {"kind": "choice", "choices": sorted(self.ticked)}
            self.ticked = []
        elif prompt.multiple:
            self.ticked = [c for c in self.ticked if c != choice] + [choice]
        else:
            self.answers[question] = {"kind": "choice", "choices": [choice]}

    def as_json(self, child_ref: str) -> dict[str, Any]:
        return {
            "child_ref": child_ref,
            "run_id": self.run_id,
            "definition_id": self.definition_id,
            "band": self.band,
            "offered_on": self.offered_on.isoformat(),
            "review_date": None if self.review_date is None else self.review_date.isoformat(),
            "plan": self.plan.kind,
            "stopped_on": None if self.stopped_on is None else self.stopped_on.isoformat(),
            "completed_on": None if self.completed_on is None else self.completed_on.isoformat(),
            "moves": self.moves,
            "answers": self.answers,
        }


def _message_with(messages: list[BotMessage], data: str) -> BotMessage | None:
    return next((m for m in reversed(messages) if data in m.button_data), None)


@dataclass
class ChildPlayer:
    """One child (or the adult helping them) in their Telegram chat."""

    stage: Stage
    seed: int
    child: Child
    child_id: int
    chat_id: int
    disclose: bool = False
    always_answers: bool = False
    stops_for_review: date | None = None
    """The review whose My Review this child stops part-way through and never finishes (the
    demo's stopped return on the IRO's views)."""
    transcript: Transcript | None = None
    runs: dict[int, RunLog] = field(default_factory=dict)
    seen: int = 0  # how many of the bot's messages the child had when they last looked

    @property
    def mood(self) -> script.Temperament:
        mood = script.temperament(self.seed, self.child.child_ref)
        if self.always_answers:
            # The showcase child writes at every written question, so their views show words.
            return script.Temperament(mood.keen, skips=0.0, writes=1.0, positive=mood.positive)
        return mood

    def wants_session(self, today: date) -> bool:
        """Whether the child looks at the chat today: the bot wrote, or they meant to come back.

        A child with neither would only find nothing to do, so the demo does not ask.
        """
        if self.chat_id in self.stage.blocked:
            return False
        if self.stage.api.mark(self.chat_id) > self.seen:
            return True
        back = (log.comes_back_on() for log in self.runs.values())
        return any(day is not None and day <= today for day in back)

    def next_own_day(self, after: date) -> date | None:
        """The first day after ``after`` the child comes back of their own accord, if any."""
        days = [day for log in self.runs.values() if (day := log.comes_back_on()) is not None]
        return max(min(days), after + timedelta(days=1)) if days else None

    async def _open_run(self) -> LoadedRun | None:
        services = self.stage.services
        return await open_run_for(services, services.db.reader, self.child_id)

    async def _log_for(self, loaded: LoadedRun) -> RunLog:
        run = loaded.run
        if run.id not in self.runs:
            zone = self.stage.services.settings.zone
            offered = (run.sent_at or run.created_at).astimezone(zone).date()
            review = None
            if run.review_id is not None:
                found = await reviews.get_review(self.stage.services.db.reader, run.review_id)
                review = None if found is None else found.review_date
            plan = script.run_plan(
                self.seed, self.child.child_ref, run.definition_id, offered, keen=self.mood.keen
            )
            if self.always_answers or (self.disclose and run.definition_id == "my_review"):
                plan = script.RunPlan("now")
            if run.definition_id == "my_review" and review == self.stops_for_review:
                plan = script.RunPlan("stop", stop_after=STOPS_AFTER)
            self.runs[run.id] = RunLog(
                run.id, run.definition_id, run.age_band, offered, review, plan
            )
        return self.runs[run.id]

    async def session(self, today: date) -> None:
        """Whatever the child does today: answer, carry on, stop half-way, or nothing."""
        if self.chat_id in self.stage.blocked:
            return
        try:
            await self._sit(today)
        finally:
            # The bot's replies to the child's own moves are seen as they come.
            self.seen = self.stage.api.mark(self.chat_id)

    async def _sit(self, today: date) -> None:
        for _ in range(4):  # a few consultations at one sitting at most
            loaded = await self._open_run()
            if loaded is None:
                # Nothing open: whatever the child had not finished was closed by the bot.
                for log in self.runs.values():
                    log.closed = log.closed or log.completed_on is None
                return
            log = await self._log_for(loaded)
            plan = log.plan
            if plan.kind == "never" or log.stopped_on == today:
                return
            if plan.kind == "stop" and log.stopped_on is not None:
                return  # they stopped for good: a reminder does not bring them back
            if plan.kind == "later" and today < log.offered_on + timedelta(days=plan.delay_days):
                return
            if not await self._answer(loaded, log, today):
                return

    async def _answer(self, loaded: LoadedRun, log: RunLog, today: date) -> bool:
        """Answer the run to its end (True), or stop half-way as planned (False)."""
        rng = script.rng_for(self.seed, "answers", self.child.child_ref, log.run_id, today)
        if loaded.prompt.kind == "stopped":
            # Back the next day: /start carries on where they stopped.
            await self.type("/start")
        for _ in range(_MOVES_PER_RUN):
            current = await self._open_run()
            if current is None or current.run.id != log.run_id:
                break
            prompt = current.prompt
            if prompt.kind == "finished":
                break
            answered = sum(1 for m in log.moves if m.get("pressed") != script.RESUME)
            if (
                log.plan.kind in ("stop_resume", "stop")
                and log.stopped_on is None
                and (answered >= log.plan.stop_after and prompt.kind == "question")
            ):
                move = script.Move("press", script.STOP)
                await self._do(current, prompt, move, log)
                log.stopped_on = today
                return False
            disclose = self.disclose and prompt.accepts_text and not prompt.choices
            move = script.next_move(prompt, rng, self.mood, disclose=disclose)
            if disclose and move.kind == "text":
                self.disclose = False
            await self._do(current, prompt, move, log)
        else:
            raise DemoError(f"{self.child.child_ref} could not finish run {log.run_id}")
        if log.completed_on is None:
            log.completed_on = today
        return True

    async def _do(self, loaded: LoadedRun, prompt: Prompt, move: script.Move, log: RunLog) -> None:
        log.note(prompt, move)
        if move.kind == "text":
            await self.type(move.text or "")
            return
        ids = [c.id for c in (*prompt.choices, *prompt.controls)]
        if move.choice_id not in ids:
            raise DemoError(f"{move.choice_id} is not on the screen of {self.child.child_ref}")
        run_id = loaded.run.id
        data = f"{run_id}.{prompt_token(run_id, prompt)}.{ids.index(move.choice_id)}"
        shown = _message_with(self.stage.api.messages(self.chat_id), data)
        if shown is None:
            # Not on screen (e.g. offered while another survey was open): ask for it again.
            await self.type("/start")
            shown = _message_with(self.stage.api.messages(self.chat_id), data)
        if shown is None:
            raise DemoError(f"the bot never showed {self.child.child_ref} the button {data}")
        if self.transcript is not None:
            self.catch_up()
            label = next(label for row in shown.buttons for label, d in row if d == data)
            self.transcript.child(self.stage.services.clock(), f"[{label}]")
        await self.stage.press(self.chat_id, shown.message_id, data)
        self.catch_up()

    async def type(self, text: str) -> None:
        """Type into the chat (a command or an answer)."""
        if self.transcript is not None:
            self.catch_up()
            self.transcript.child(self.stage.services.clock(), text)
        await self.stage.send_text(self.chat_id, text)
        self.catch_up()

    def catch_up(self) -> None:
        """Add to the transcript what the bot has sent since, stamped with the demo's clock now.

        Called after each move and each step of the demo's day, so a message carries the time
        the bot sent it.
        """
        if self.transcript is not None:
            messages = self.stage.api.messages(self.chat_id)
            self.transcript.catch_up(messages, self.stage.services.clock())


@dataclass
class StaffPlayer:
    """A member of staff in their chat: acknowledges alerts and records participation."""

    stage: Stage
    seed: int
    member: StaffMember
    chat_id: int
    sent_views: dict[tuple[str, date], bool]
    acknowledged: list[dict[str, str]] = field(default_factory=list)
    recorded: list[dict[str, Any]] = field(default_factory=list)
    seen: int = 0  # messages before this one have been dealt with

    def wants_session(self) -> bool:
        """Whether anything new reached this member of staff since they last looked."""
        return self.stage.api.mark(self.chat_id) > self.seen

    async def session(self, today: date) -> None:
        """Press every Acknowledge button and answer every participation prompt waiting."""
        waiting = self.stage.api.messages(self.chat_id)[self.seen :]
        try:
            await self._deal_with(waiting, today)
        finally:
            # What the bot says back to this member's own presses is seen as it comes.
            self.seen = self.stage.api.mark(self.chat_id)

    async def _deal_with(self, waiting: list[BotMessage], today: date) -> None:
        for message in waiting:
            if not message.buttons:
                continue
            first = message.button_data[0]
            if first.startswith("ack:") and self.member.role == "iro":
                # The child's IRO takes it on; the duty worker sees it handled.
                await self.stage.press(self.chat_id, message.message_id, first)
                self.acknowledged.append({"alert": first[4:], "on": today.isoformat()})
            elif first.startswith(pn.PREFIX):
                await self._record(message, today)

    async def _record(self, message: BotMessage, today: date) -> None:
        first = pn.parse(message.button_data[0])
        if first is None:
            raise DemoError(f"a participation prompt with unreadable buttons: {first}")
        conn = self.stage.services.db.reader
        review = await reviews.get_review(conn, first.review_id)
        child = None if review is None else await children.get_child(conn, review.child_id)
        if review is None or child is None:
            raise DemoError(f"participation prompt for an unknown review {first.review_id}")
        key = (child.child_ref, review.review_date)
        rng = script.rng_for(self.seed, "participation", *key)
        chosen = script.participation(rng, sent_views=self.sent_views.get(key, False))
        wanted = pn.Answers(review.id, chosen.code, chosen.mode, chosen.chaired, chosen.spoke)
        pressed: pn.Answers | None = None
        for _ in range(6):
            options = [(d, pn.parse(d)) for d in message.button_data]
            if not options:
                break
            data, pressed = _closest(options, wanted)
            await self.stage.press(self.chat_id, message.message_id, data)
        if pressed is None or not pressed.complete:
            raise DemoError(f"participation for review {review.id} was not recorded")
        entry: dict[str, Any] = {
            "child_ref": child.child_ref,
            "review_date": review.review_date.isoformat(),
            "code": pressed.code,
            "mode": pn.MODES.get(pressed.mode or ""),
            "chaired": pressed.chaired,
            "spoke": pressed.spoke,
            "recorded_on": today.isoformat(),
            "by": self.member.staff_ref,
        }
        if self.sent_views.get(key, False):
            # What was done about the wishes the child sent: shown next time on their views.
            note = script.we_did(self.seed, *key)
            await self.stage.send_text(self.chat_id, f"/wedid {child.child_ref} {note}")
            entry["we_did"] = note
        self.recorded.append(entry)


def _closest(
    options: list[tuple[str, pn.Answers | None]], wanted: pn.Answers
) -> tuple[str, pn.Answers]:
    """The button that agrees with what the IRO wants on everything it sets (the bot fills in
    PN0 for an under-4 itself, so the first well-formed button is the fallback)."""
    readable = [(data, answers) for data, answers in options if answers is not None]
    if not readable:
        raise DemoError("a participation prompt without readable buttons")
    for data, answers in readable:
        if all(
            getattr(answers, name) in (None, getattr(wanted, name))
            for name in ("code", "mode", "chaired", "spoke")
        ):
            return data, answers
    return readable[0]
