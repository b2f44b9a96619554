"""The caring reply a child gets at once when they disclose harm or ask to talk to someone.

Every reply, in every age band and language, carries the same facts, because a child may
read only this one message: Childline (0800 1111, free, any time), 999 if they are in danger
right now, and who will be told. It never promises secrecy: safeguarding means their IRO and
the duty worker are told, and the child hears that honestly. Out of office hours the reply
says when a person will really see it, and what to do until then. When an adult is helping
(the 4–7 flows, or an adult's account), the reply also speaks to that adult.

Wording is pure data: ``support_reply`` and ``talk_reply`` only choose and join sentences.
"""

from __future__ import annotations

from typing import Final

__all__ = ["BANDS", "LANGUAGES", "support_reply", "talk_reply", "worry_reply"]

BANDS: Final[tuple[str, ...]] = ("under_4", "4_7", "8_11", "12_15", "16_plus")
LANGUAGES: Final[tuple[str, ...]] = ("en", "cy")

# Sentences by language, then by the age group they are written for. "young" is read aloud to
# a 4-7 year old (short, concrete); "child" suits 8-11; "teen" suits 12-15 and 16+ (adult tone).
_Wording = dict[str, dict[str, str]]

_EN: Final[_Wording] = {
    "thanks": {
        "young": "Thank you for telling me. You are brave, and it is not your fault.",
        "child": "Thank you for telling me. You did the right thing, and it is not your fault.",
        "teen": "Thank you for telling me. What you wrote matters, and you deserve to be safe.",
    },
    "asked": {
        "young": "You asked to talk to someone. That is a good thing to do.",
        "child": "You asked to talk to someone. That was a good thing to do.",
        "teen": "You asked to talk to someone, and that is always OK.",
    },
    "told": {
        "young": "I have to tell your IRO and a grown-up whose job is to keep children safe. "
        "They will help you.",
        "child": "Your IRO and a safeguarding worker (a person whose job is keeping children safe) "
        "will be told, so they can help. I can't keep this just between us, because keeping you "
        "safe comes first.",
        "teen": "Your IRO and the safeguarding duty worker will be told, so a person can check "
        "you are OK. I can't keep this just between us: keeping you safe comes first.",
    },
    "told_talk": {
        "young": "I am telling your IRO and a grown-up on duty. Someone will talk to you.",
        "child": "I have let your IRO and the duty worker know, and a person will get in touch "
        "with you.",
        "teen": "I have let your IRO and the duty worker know, and a person will get in touch "
        "with you.",
    },
    # The same, when the alert goes to the duty team instead of the IRO (a survey about the IRO).
    "told_duty": {
        "young": "I have to tell a grown-up whose job is to keep children safe. They will help "
        "you.",
        "child": "A safeguarding worker (a person whose job is keeping children safe) will be "
        "told, so they can help. I can't keep this just between us, because keeping you safe "
        "comes first.",
        "teen": "A safeguarding worker on the duty team will be told, so a person can check you "
        "are OK. I can't keep this just between us: keeping you safe comes first.",
    },
    "told_talk_duty": {
        "young": "I am telling a grown-up on duty. Someone will talk to you.",
        "child": "I have let the duty worker know, and a person will get in touch with you.",
        "teen": "I have let the duty worker know, and a person will get in touch with you.",
    },
    "soon": {
        "young": "Someone will see this soon.",
        "child": "A person will see this soon.",
        "teen": "A person will see this soon, during today's working hours.",
    },
    "out_of_hours": {
        "young": "It is night time or a day off now, so a grown-up will see this next working "
        "morning. Until then, the numbers here are for you.",
        "child": "It is outside working hours now, so a person will see this next working "
        "morning. Until then, the numbers here are for you.",
        "teen": "It is outside working hours now, so a person will see this first thing next "
        "working morning. Until then, the numbers here are there for you.",
    },
    "danger": {
        "young": "If you are in danger right now, a grown-up can call 999.",
        "child": "If you are in danger right now, call 999.",
        "teen": "If you are in danger right now, call 999.",
    },
    "childline": {
        "young": "You can call Childline for free, any time: 0800 1111.",
        "child": "You can talk to Childline for free, any time, day or night: 0800 1111.",
        "teen": "You can talk to Childline for free, any time, day or night: 0800 1111 "
        "(or childline.org.uk).",
    },
    "adult": {
        # Spoken to a helping adult next to the child's part, which already gives 999 and
        # Childline once: the adult is not told them a second time.
        "report": "To the adult helping: the child has shared something that may mean they are "
        "not safe. Their IRO and the safeguarding duty worker are being told. Please stay with "
        "them, listen calmly, and don't ask leading questions.",
        "talk": "To the adult helping: the child asked to talk to someone. Their IRO and the duty "
        "worker are being told.",
        "worry": "To the adult helping: the child has shared something that is worrying them. "
        "Their IRO is being told, so they can help.",
        "report_duty": "To the adult helping: the child has shared something that may mean they "
        "are not safe. A safeguarding worker on the duty team is being told. Please stay with "
        "them, listen calmly, and don't ask leading questions.",
        "talk_duty": "To the adult helping: the child asked to talk to someone. The duty worker "
        "is being told.",
        "worry_duty": "To the adult helping: the child has shared something that is worrying "
        "them. A worker on the duty team is being told, so they can help.",
        # Under 4s: the carer wrote, and gets the numbers here (no child's part is shown).
        "carer": "Thank you for sharing this. The child's IRO and the safeguarding duty worker are "
        "being told. If the child is in danger now, call 999. Childline (0800 1111) and the NSPCC "
        "helpline (0808 800 5000) can advise you at any time.",
        "carer_talk": "You asked to talk to someone about the child. Their IRO and the duty "
        "worker are being told, and a person will get in touch. If the child is in danger now, "
        "call 999. Childline (0800 1111) and the NSPCC helpline (0808 800 5000) can advise you "
        "at any time.",
        "carer_worry": "Thank you for sharing this. The child's IRO is being told, so they can "
        "help. Childline (0800 1111) and the NSPCC helpline (0808 800 5000) can advise you at any "
        "time.",
        "carer_duty": "Thank you for sharing this. A safeguarding worker on the duty team is "
        "being told. If the child is in danger now, call 999. Childline (0800 1111) and the "
        "NSPCC helpline (0808 800 5000) can advise you at any time.",
        "carer_talk_duty": "You asked to talk to someone about the child. The duty worker is "
        "being told, and a person will get in touch. If the child is in danger now, call 999. "
        "Childline (0800 1111) and the NSPCC helpline (0808 800 5000) can advise you at any time.",
        "carer_worry_duty": "Thank you for sharing this. A worker on the duty team is being "
        "told, so they can help. Childline (0800 1111) and the NSPCC helpline (0808 800 5000) "
        "can advise you at any time.",
    },
    # A worry (bullying, feeling low): kind, honest about who is told, no 999.
    "thanks_worry": {
        "young": "Thank you for telling me. It is not your fault, and you are not on your own.",
        "child": "Thank you for telling me. That sounds hard, and it is not your fault.",
        "teen": "Thank you for telling me. That sounds hard, and you don't have to deal with it "
        "on your own.",
    },
    "told_worry": {
        "young": "I will tell your IRO, so they can help you.",
        "child": "I will let your IRO know what you wrote, so they can help. They will get in "
        "touch with you.",
        "teen": "I'll let your IRO know what you wrote, so they can help. They'll get in touch "
        "with you.",
    },
    "told_worry_duty": {
        "young": "I will tell a grown-up on duty, so they can help you.",
        "child": "I will let a worker on the duty team know what you wrote, so they can help.",
        "teen": "I'll let a worker on the duty team know what you wrote, so they can help.",
    },
    # 4-7 with an adult reading along: the adult may be the person the child named, so the
    # child is told in simple words and nothing is announced to the adult; staff are told.
    "told_helped": {"young": "I have to tell your IRO and another grown-up who helps children. "
                    "They will help you."},
    "told_helped_duty": {"young": "I have to tell a grown-up who helps children. They will "
                         "help you."},
}

_CY: Final[_Wording] = {
    "thanks": {
        "young": "Diolch am ddweud wrtha i. Rwyt ti'n ddewr, ac nid dy fai di ydy o.",
        "child": "Diolch am ddweud wrtha i. Fe wnest ti'r peth iawn, ac nid dy fai di ydy o.",
        "teen": "Diolch am ddweud wrtha i. Mae beth ysgrifennaist ti yn bwysig, ac rwyt ti'n "
        "haeddu bod yn ddiogel.",
    },
    "asked": {
        "young": "Gofynnaist ti am gael siarad â rhywun. Da iawn ti.",
        "child": "Gofynnaist ti am gael siarad â rhywun. Da iawn ti am ofyn.",
        "teen": "Gofynnaist ti am gael siarad â rhywun, ac mae hynny bob amser yn iawn.",
    },
    "told": {
        "young": "Rhaid i mi ddweud wrth dy IRO ac wrth oedolyn sy'n cadw plant yn ddiogel. "
        "Byddan nhw'n dy helpu di.",
        "child": "Bydd dy IRO a gweithiwr diogelu (rhywun sy'n cadw plant yn ddiogel) yn cael "
        "gwybod, er mwyn iddyn nhw helpu. Alla i ddim cadw hyn rhyngon ni, achos dy gadw di'n "
        "ddiogel sy'n dod gyntaf.",
        "teen": "Bydd dy IRO a'r gweithiwr diogelu ar ddyletswydd yn cael gwybod, er mwyn i "
        "rywun wneud yn siŵr dy fod ti'n iawn. Alla i ddim cadw hyn rhyngon ni: dy gadw di'n "
        "ddiogel sy'n dod gyntaf.",
    },
    "told_talk": {
        "young": "Dw i'n dweud wrth dy IRO ac wrth oedolyn ar ddyletswydd. Bydd rhywun yn siarad "
        "â ti.",
        "child": "Dw i wedi rhoi gwybod i dy IRO ac i'r gweithiwr ar ddyletswydd, a bydd rhywun "
        "yn cysylltu â ti.",
        "teen": "Dw i wedi rhoi gwybod i dy IRO ac i'r gweithiwr ar ddyletswydd, a bydd rhywun "
        "yn cysylltu â ti.",
    },
    "told_duty": {
        "young": "Rhaid i mi ddweud wrth oedolyn sy'n cadw plant yn ddiogel. Byddan nhw'n dy "
        "helpu di.",
        "child": "Bydd gweithiwr diogelu (rhywun sy'n cadw plant yn ddiogel) yn cael gwybod, er "
        "mwyn iddyn nhw helpu. Alla i ddim cadw hyn rhyngon ni, achos dy gadw di'n ddiogel sy'n "
        "dod gyntaf.",
        "teen": "Bydd gweithiwr diogelu ar ddyletswydd yn cael gwybod, er mwyn i rywun wneud yn "
        "siŵr dy fod ti'n iawn. Alla i ddim cadw hyn rhyngon ni: dy gadw di'n ddiogel sy'n dod "
        "gyntaf.",
    },
    "told_talk_duty": {
        "young": "Dw i'n dweud wrth oedolyn ar ddyletswydd. Bydd rhywun yn siarad â ti.",
        "child": "Dw i wedi rhoi gwybod i'r gweithiwr ar ddyletswydd, a bydd rhywun yn cysylltu "
        "â ti.",
        "teen": "Dw i wedi rhoi gwybod i'r gweithiwr ar ddyletswydd, a bydd rhywun yn cysylltu "
        "â ti.",
    },
    "soon": {
        "young": "Bydd rhywun yn gweld hyn yn fuan.",
        "child": "Bydd rhywun yn gweld hyn yn fuan.",
        "teen": "Bydd rhywun yn gweld hyn yn fuan, yn ystod oriau gwaith heddiw.",
    },
    "out_of_hours": {
        "young": "Mae hi'n nos neu'n ddiwrnod i ffwrdd nawr, felly bydd oedolyn yn gweld hyn "
        "fore'r diwrnod gwaith nesaf. Tan hynny, mae'r rhifau yma i ti.",
        "child": "Mae hi y tu allan i oriau gwaith nawr, felly bydd rhywun yn gweld hyn fore'r "
        "diwrnod gwaith nesaf. Tan hynny, mae'r rhifau yma i ti.",
        "teen": "Mae hi y tu allan i oriau gwaith nawr, felly bydd rhywun yn gweld hyn y peth "
        "cyntaf fore'r diwrnod gwaith nesaf. Tan hynny, mae'r rhifau yma i ti.",
    },
    "danger": {
        "young": "Os wyt ti mewn perygl nawr, gall oedolyn ffonio 999.",
        "child": "Os wyt ti mewn perygl nawr, ffonia 999.",
        "teen": "Os wyt ti mewn perygl nawr, ffonia 999.",
    },
    "childline": {
        "young": "Gelli di ffonio Childline am ddim, unrhyw bryd: 0800 1111.",
        "child": "Gelli di siarad â Childline am ddim, unrhyw bryd, ddydd neu nos: 0800 1111.",
        "teen": "Gelli di siarad â Childline am ddim, unrhyw bryd, ddydd neu nos: 0800 1111 "
        "(neu childline.org.uk).",
    },
    "adult": {
        "report": "I'r oedolyn sy'n helpu: mae'r plentyn wedi rhannu rhywbeth a allai olygu nad "
        "yw'n ddiogel. Mae ei IRO a'r gweithiwr diogelu ar ddyletswydd yn cael gwybod. Arhoswch "
        "gyda'r plentyn, gwrandewch yn dawel, a pheidiwch â gofyn cwestiynau arweiniol.",
        "talk": "I'r oedolyn sy'n helpu: gofynnodd y plentyn am gael siarad â rhywun. Mae ei IRO "
        "a'r gweithiwr ar ddyletswydd yn cael gwybod.",
        "worry": "I'r oedolyn sy'n helpu: mae'r plentyn wedi rhannu rhywbeth sy'n ei boeni. Mae "
        "ei IRO yn cael gwybod, er mwyn helpu.",
        "report_duty": "I'r oedolyn sy'n helpu: mae'r plentyn wedi rhannu rhywbeth a allai "
        "olygu nad yw'n ddiogel. Mae gweithiwr diogelu ar ddyletswydd yn cael gwybod. Arhoswch "
        "gyda'r plentyn, gwrandewch yn dawel, a pheidiwch â gofyn cwestiynau arweiniol.",
        "talk_duty": "I'r oedolyn sy'n helpu: gofynnodd y plentyn am gael siarad â rhywun. Mae'r "
        "gweithiwr ar ddyletswydd yn cael gwybod.",
        "worry_duty": "I'r oedolyn sy'n helpu: mae'r plentyn wedi rhannu rhywbeth sy'n ei "
        "boeni. Mae gweithiwr ar ddyletswydd yn cael gwybod, er mwyn helpu.",
        "carer": "Diolch am rannu hyn. Mae IRO y plentyn a'r gweithiwr diogelu ar ddyletswydd yn "
        "cael gwybod. Os yw'r plentyn mewn perygl nawr, ffoniwch 999. Gall Childline (0800 1111) "
        "a llinell gymorth yr NSPCC (0808 800 5000) eich cynghori unrhyw bryd.",
        "carer_talk": "Gofynnoch chi am gael siarad â rhywun am y plentyn. Mae ei IRO a'r "
        "gweithiwr ar ddyletswydd yn cael gwybod, a bydd rhywun yn cysylltu â chi. Os yw'r "
        "plentyn mewn perygl nawr, ffoniwch 999. Gall Childline (0800 1111) a llinell gymorth yr "
        "NSPCC (0808 800 5000) eich cynghori unrhyw bryd.",
        "carer_worry": "Diolch am rannu hyn. Mae IRO y plentyn yn cael gwybod, er mwyn helpu. "
        "Gall Childline (0800 1111) a llinell gymorth yr NSPCC (0808 800 5000) eich cynghori "
        "unrhyw bryd.",
        "carer_duty": "Diolch am rannu hyn. Mae gweithiwr diogelu ar ddyletswydd yn cael gwybod. "
        "Os yw'r plentyn mewn perygl nawr, ffoniwch 999. Gall Childline (0800 1111) a llinell "
        "gymorth yr NSPCC (0808 800 5000) eich cynghori unrhyw bryd.",
        "carer_talk_duty": "Gofynnoch chi am gael siarad â rhywun am y plentyn. Mae'r gweithiwr "
        "ar ddyletswydd yn cael gwybod, a bydd rhywun yn cysylltu â chi. Os yw'r plentyn mewn "
        "perygl nawr, ffoniwch 999. Gall Childline (0800 1111) a llinell gymorth yr NSPCC "
        "(0808 800 5000) eich cynghori unrhyw bryd.",
        "carer_worry_duty": "Diolch am rannu hyn. Mae gweithiwr ar ddyletswydd yn cael gwybod, "
        "er mwyn helpu. Gall Childline (0800 1111) a llinell gymorth yr NSPCC (0808 800 5000) "
        "eich cynghori unrhyw bryd.",
    },
    "thanks_worry": {
        "young": "Diolch am ddweud wrtha i. Nid dy fai di ydy o, a dwyt ti ddim ar dy ben dy hun.",
        "child": "Diolch am ddweud wrtha i. Mae hynny'n swnio'n anodd, a nid dy fai di ydy o.",
        "teen": "Diolch am ddweud wrtha i. Mae hynny'n swnio'n anodd, a does dim rhaid i ti "
        "ddelio ag o ar dy ben dy hun.",
    },
    "told_worry": {
        "young": "Bydda i'n dweud wrth dy IRO, er mwyn iddyn nhw dy helpu di.",
        "child": "Bydda i'n rhoi gwybod i dy IRO beth ysgrifennaist ti, er mwyn iddyn nhw helpu. "
        "Byddan nhw'n cysylltu â ti.",
        "teen": "Bydda i'n rhoi gwybod i dy IRO beth ysgrifennaist ti, er mwyn iddyn nhw helpu. "
        "Byddan nhw'n cysylltu â ti.",
    },
    "told_worry_duty": {
        "young": "Bydda i'n dweud wrth oedolyn ar ddyletswydd, er mwyn iddyn nhw dy helpu di.",
        "child": "Bydda i'n rhoi gwybod i weithiwr ar ddyletswydd, er mwyn iddyn nhw helpu.",
        "teen": "Bydda i'n rhoi gwybod i weithiwr ar ddyletswydd, er mwyn iddyn nhw helpu.",
    },
    "told_helped": {"young": "Rhaid i mi ddweud wrth dy IRO ac wrth oedolyn arall sy'n helpu "
                    "plant. Byddan nhw'n dy helpu di."},
    "told_helped_duty": {"young": "Rhaid i mi ddweud wrth oedolyn sy'n helpu plant. Byddan "
                         "nhw'n dy helpu di."},
}

_WORDING: Final[dict[str, _Wording]] = {"en": _EN, "cy": _CY}
_AGE_GROUP: Final[dict[str, str]] = {
    "4_7": "young", "8_11": "child", "12_15": "teen", "16_plus": "teen",
}


def age_group(band: str) -> str:
    """Which wording an age band is spoken to in: ``young`` (4-7), ``child`` or ``teen``."""
    return _AGE_GROUP.get(band, "child")


def _wording(language: str) -> _Wording:
    # Any language we have not translated falls back to English rather than failing a child.
    return _WORDING.get(language, _EN)


def _compose(band: str, language: str, *, opening: str, told: str, adult_note: str,
             out_of_hours: bool, assisted: bool, about_iro: bool, danger: bool = True) -> str:
    words = _wording(language)
    # A survey about the IRO alerts the duty team, not the IRO: the child is told who, truly.
    duty = "_duty" if about_iro else ""
    if band == "under_4":
        # Under-4s are never consulted directly: whoever wrote is the adult caring for them.
        timing = words["out_of_hours"]["teen"] if out_of_hours else words["soon"]["teen"]
        carer = {"report": "carer", "talk": "carer_talk", "worry": "carer_worry"}[adult_note]
        return "\n\n".join((words["adult"][carer + duty], timing))
    group = age_group(band)
    # A 4-7 year old with an adult reading along: the adult may be the person the child named,
    # in a worry as much as in an urgent concern. Simple words to the child, no notice to the
    # adult; staff are told instead (the worry's young wording already names only the IRO).
    helped = assisted and group == "young" and adult_note in ("report", "worry")
    if helped and adult_note == "report":
        told = "told_helped"
    timing = words["out_of_hours"][group] if out_of_hours else words["soon"][group]
    # Childline and 999 appear once each in a reply: a worry gets Childline only.
    help_lines = (words["danger"][group], words["childline"][group])
    parts = [
        " ".join((words[opening][group], words[told + duty][group])),
        timing,
        " ".join(help_lines if danger else help_lines[1:]),
    ]
    if assisted and not helped:
        parts.append(words["adult"][adult_note + duty])
    return "\n\n".join(parts)


def worry_reply(
    band: str, language: str, *, out_of_hours: bool, assisted: bool, about_iro: bool = False
) -> str:
    """The kind reply to a worry (bullying, feeling low, wanting to talk), not a danger.

    Args:
        band: The child's age band (``under_4``, ``4_7``, ``8_11``, ``12_15``, ``16_plus``).
        language: ``en`` or ``cy``; any other language falls back to English.
        out_of_hours: True when no person will see it until the next working morning.
        assisted: True when an adult is helping the child; the reply then speaks to them too.
        about_iro: True when the duty team is told instead of the child's IRO.

    Returns:
        Plain text: thanks, that their IRO will be told, when, and Childline once. No 999:
        telling a bullied child to call the police frightens them and teaches them not to say.
    """
    return _compose(band, language, opening="thanks_worry", told="told_worry",
                    adult_note="worry", out_of_hours=out_of_hours, assisted=assisted,
                    about_iro=about_iro, danger=False)


def support_reply(
    band: str, language: str, *, out_of_hours: bool, assisted: bool, about_iro: bool = False
) -> str:
    """The reply a child gets at once when something they wrote suggests they are not safe.

    Args:
        band: The child's age band (``under_4``, ``4_7``, ``8_11``, ``12_15``, ``16_plus``).
        language: ``en`` or ``cy``; any other language falls back to English.
        out_of_hours: True when no person will see the alert until the next working morning.
        assisted: True when an adult is helping the child answer; the reply then speaks to
            that adult as well.
        about_iro: True when the alert goes to the duty team instead of the child's IRO (it
            was raised in a survey about the IRO); the reply then names only the duty team.

    Returns:
        Plain text with paragraphs separated by blank lines: thanks, who will be told, when a
        person will see it, and Childline and 999.
    """
    return _compose(band, language, opening="thanks", told="told", adult_note="report",
                    out_of_hours=out_of_hours, assisted=assisted, about_iro=about_iro)


def talk_reply(
    band: str, language: str, *, out_of_hours: bool, assisted: bool, about_iro: bool = False
) -> str:
    """The reply to a child's own request to talk to someone (``/talk`` or the button).

    Args:
        band: The child's age band (``under_4``, ``4_7``, ``8_11``, ``12_15``, ``16_plus``).
        language: ``en`` or ``cy``; any other language falls back to English.
        out_of_hours: True when no person will see the request until the next working morning.
        assisted: True when an adult is helping the child; the reply then speaks to them too.
        about_iro: True when the duty team is told instead of the child's IRO.

    Returns:
        Plain text with the same facts as ``support_reply``, opening with "you asked to talk".
    """
    return _compose(band, language, opening="asked", told="told_talk", adult_note="talk",
                    out_of_hours=out_of_hours, assisted=assisted, about_iro=about_iro)
