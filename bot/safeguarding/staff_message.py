"""What a member of staff reads about an alert: its level, what may have been disclosed, the
child's words when they may see them, and what the child was shown.

Staff decide how fast to act and what to say first from this message, so it says truly what
the child already has: the urgent reply (Childline and 999), the worry reply (Childline, no
999), the reply to asking to talk, or, for words that completed a disclosure just after the
urgent reply, the short thanks that gave no second 999 or Childline
(``storage.alerts.CHILD_REPLIES``); and who the child was told will know. For a child under 4
it is the adult caring for them, who wrote, who was answered. The lines that hold no words
(:func:`notes`) are the same wherever staff read an alert: a chat, the staff app's inbox.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.settings import Settings
from storage import alerts as alert_store
from storage.children import Child
from surveys import concerns
from surveys.excerpts import fenced

_CATEGORY_WORDS = {
    "self_harm": "self-harm or suicide",
    "physical_abuse": "physical abuse",
    "sexual_abuse": "sexual abuse",
    "emotional_abuse": "emotional abuse",
    "neglect": "neglect",
    "exploitation": "criminal exploitation (county lines, carrying or holding for others, debt)",
    "sexual_exploitation": "sexual exploitation or online abuse",
    "trafficking": "trafficking or modern slavery",
    "harmful_practices": "forced marriage, FGM or so-called honour-based abuse",
    "radicalisation": "radicalisation",
    "coercion": "threats to keep them quiet",
    "missing": "going missing",
    "domestic_abuse": "domestic abuse at home",
    "unsafe_home": "not feeling safe at home",
    "bullying": "bullying",
    "upset": "feeling low or wanting to talk",
    concerns.LEARNED: "words like a disclosure that no listed phrase matched (please read them)",
    concerns.LEARNED_SERIOUS: (
        "words like a disclosure of serious harm that no listed phrase matched "
        "(please read them now)"
    ),
}


def is_worry(kind: str, categories: Sequence[str]) -> bool:
    """Whether an alert is a worry (bullying, feeling low), not an urgent concern."""
    return kind == "concern" and concerns.level_of(tuple(categories)) == concerns.WORRY


def summary(kind: str, categories: Sequence[str]) -> str:
    """One line for staff on what an alert is: its level and what may have been disclosed.

    A concern only the learned layer raised names no listed phrase, and says so: a person
    must read the words.
    """
    if kind == "talk":
        return "The child asked to talk to a person."
    named = ", ".join(_CATEGORY_WORDS.get(c, c) for c in categories) or "a concern"
    level = "Worry (not urgent)" if is_worry(kind, categories) else "URGENT"
    return f"{level}. Possible disclosure: {named}."


def child_reply_of(alert: alert_store.Alert) -> str:
    """What the child was shown at once (``storage.alerts.CHILD_REPLIES``); for an alert from
    before that was kept, what its kind and level gave then."""
    if alert.child_reply is not None:
        return alert.child_reply
    if alert.kind == "talk":
        return "talk"
    return "worry" if is_worry(alert.kind, alert.categories) else "urgent"


def what_they_were_shown(reply: str, *, about_iro: bool, for_carer: bool = False) -> str:
    """The line that tells staff what the child (or, under 4, the adult who wrote) was shown.

    Args:
        reply: One of ``storage.alerts.CHILD_REPLIES``.
        about_iro: The alert is about the child's IRO: the reply named the duty team alone.
        for_carer: The child is under 4; the adult caring for them wrote and was answered
            (with the NSPCC helpline beside Childline).
    """
    if reply == "worry":
        who = "a worker on the duty team" if about_iro else "their IRO"
    else:
        who = "the duty team" if about_iro else "their IRO and the duty team"
    if for_carer:
        helplines = "Childline 0800 1111 and the NSPCC helpline"
        if reply == "told_more":
            return f"The adult who wrote for them was thanked and told {who} will know this too."
        if reply == "worry":
            return f"The adult who wrote for them was given {helplines} and told {who} will know."
        return (
            f"The adult who wrote for them was given {helplines}, told to call 999 if the "
            f"child is in danger, and told {who} will know."
        )
    if reply == "told_more":
        return (
            "The child had the urgent reply (Childline 0800 1111, 999 if in danger) to their "
            f"message just before; for this one they were thanked for telling more and told "
            f"{who} will know this too, without 999 or Childline again."
        )
    if reply == "worry":
        return f"The child has been given Childline 0800 1111 and told {who} will know."
    return (
        "The child has been given Childline 0800 1111 and told to call 999 if in danger, "
        f"and that {who} will know."
    )


@dataclass(frozen=True)
class AlertFacts:
    """What staff are told about an alert besides its row (read by
    :func:`bot.safeguarding.alerts.alert_facts`).

    ``about_iro``: the alert is about the child's IRO, who is not sent it; ``in_iro_survey``
    says whether that is because it came up in the survey about them (else their words name or
    concern them). ``helped_young``: the child is 4-7 and answers with an adult helping, who
    was told nothing about the alert. ``for_carer``: the child is under 4, and the adult caring
    for them wrote.
    """

    about_iro: bool = False
    in_iro_survey: bool = True
    helped_young: bool = False
    for_carer: bool = False


def kept_from_iro(alert: alert_store.Alert, facts: AlertFacts) -> str | None:
    """The line saying the child's IRO was not sent the alert and why; None when they were."""
    if facts.about_iro and facts.in_iro_survey and alert.kind == "talk":
        return (
            "They asked while the survey about their IRO was open, so their IRO has not been "
            "sent it: they may want to talk about their IRO."
        )
    if facts.about_iro and facts.in_iro_survey:
        return "This came up in the survey about their IRO, so their IRO has not been sent it."
    if facts.about_iro:
        return (
            "Their words name or concern their IRO (or began in the survey about them), so "
            "their IRO has not been sent it."
        )
    return None


def helped_note(facts: AlertFacts) -> str | None:
    """The line saying an adult helps this 4-7 year old and was told nothing; None otherwise."""
    if not facts.helped_young:
        return None
    told = "a grown-up who helps children" if facts.about_iro else "their IRO"
    return (
        "An adult helps this child (aged 4-7) answer. The adult was not told that staff "
        f"are being alerted; the child was told in simple words that {told} would be "
        "told. If that adult may be the person named, take care how you make contact."
    )


def shown_line(alert: alert_store.Alert, facts: AlertFacts) -> str:
    """The line saying what the child (or, under 4, the adult who wrote) was shown."""
    reply = child_reply_of(alert)
    return what_they_were_shown(reply, about_iro=facts.about_iro, for_carer=facts.for_carer)


def notes(alert: alert_store.Alert, facts: AlertFacts) -> list[str]:
    """The lines of :func:`alert_text` that hold no child's words and are not its summary:
    whether the IRO was kept off it, an adult helping a young child, what the child was shown.
    For a page that shows the summary and the words its own way (the staff app's inbox)."""
    lines = [kept_from_iro(alert, facts), helped_note(facts), shown_line(alert, facts)]
    return [line for line in lines if line is not None]


def alert_text(
    alert: alert_store.Alert,
    child: Child | None,
    *,
    with_excerpt: bool,
    escalation: bool,
    settings: Settings,
    facts: AlertFacts,
) -> str:
    """The staff message for an alert; the excerpt only when the reader may see it.

    The child's words are fenced on one line (:func:`surveys.excerpts.fenced`), so nothing a
    child types can pass for a line of hearme's own. ``facts`` (:class:`AlertFacts`) say
    whether the IRO was kept off it, whether an adult helps a young child, and whether the
    adult caring for a child under 4 wrote.
    """
    local = alert.created_at.astimezone(settings.zone).strftime("%a %d %b %H:%M")
    who = f"{child.name} ({child.child_ref})" if child is not None else f"child #{alert.child_id}"
    lines = [
        ("⏰ ESCALATED, nobody has acknowledged this yet. " if escalation else "")
        + f"⚠️ Safeguarding alert #{alert.id}",
        f"Child: {who}",
        f"Raised: {local}",
        summary(alert.kind, alert.categories),
    ]
    lines += [line for line in (kept_from_iro(alert, facts), helped_note(facts)) if line]
    if with_excerpt and alert.excerpt:
        lines.append("They wrote:")
        lines.append(fenced(alert.excerpt))
    elif alert.excerpt:
        readers = "the duty team" if facts.about_iro else "their IRO and the duty team"
        lines.append(f"The child's words are shown to {readers} only.")
    lines.append(shown_line(alert, facts))
    lines.append("Please contact them and press Acknowledge.")
    return "\n".join(lines)
