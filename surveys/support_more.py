"""The reply when a child tells more, just after the urgent reply: thanks, and the same people know.

A disclosure may come in two messages. When the first already got the urgent reply (Childline,
999, who will know: ``surveys.support.support_reply``) and the next one completes it into a
disclosure the rules can name, staff are told again, with both messages. The child is not given
the whole urgent reply a second time in a row, which reads as a form letter just when they have
said more: they are thanked for telling more and told, truly, that the same people will know
this too, with the numbers they were given still there for them. No second 999 or Childline
(one of each is in the reply just above), and never an offer to keep it "just for my IRO".

A 4-7 year old with an adult reading along hears it in simple words, and nothing is said to the
adult (who may be the person named), as in the first reply; under-4s are never asked directly,
so the adult caring for them, who wrote, is answered.
"""

from __future__ import annotations

from typing import Final

from surveys.support import age_group

__all__ = ["told_more_reply"]

_Wording = dict[str, dict[str, str]]

_EN: Final[_Wording] = {
    "thanks": {
        "young": "Thank you for telling me more.",
        "child": "Thank you for telling me more.",
        "teen": "Thank you for telling me more.",
    },
    "told": {
        "young": "The same grown-ups will know this too, so they can help you.",
        "child": "The same people will know this too: your IRO and the safeguarding worker.",
        "teen": "The same people will know this too: your IRO and the safeguarding duty worker.",
    },
    # A survey about the IRO: the duty team alone was told, and is told again.
    "told_duty": {
        "young": "The same grown-up will know this too, so they can help you.",
        "child": "The same person will know this too: the safeguarding worker.",
        "teen": "The same people will know this too: the safeguarding worker on the duty team.",
    },
    "numbers": {
        "young": "The numbers I gave you are still there for you.",
        "child": "The numbers I gave you are still there for you, any time.",
        "teen": "The numbers I gave you are still there for you, any time.",
    },
    "carer": {
        "told": "Thank you for sharing more. The same people will be told this too: the "
        "child's IRO and the safeguarding duty worker.",
        "told_duty": "Thank you for sharing more. The same people will be told this too: the "
        "safeguarding worker on the duty team.",
    },
}

_CY: Final[_Wording] = {
    "thanks": {
        "young": "Diolch am ddweud mwy wrtha i.",
        "child": "Diolch am ddweud mwy wrtha i.",
        "teen": "Diolch am ddweud mwy wrtha i.",
    },
    "told": {
        "young": "Bydd yr un oedolion yn gwybod hyn hefyd, er mwyn iddyn nhw dy helpu di.",
        "child": "Bydd yr un bobl yn gwybod hyn hefyd: dy IRO a'r gweithiwr diogelu.",
        "teen": "Bydd yr un bobl yn gwybod hyn hefyd: dy IRO a'r gweithiwr diogelu ar "
        "ddyletswydd.",
    },
    "told_duty": {
        "young": "Bydd yr un oedolyn yn gwybod hyn hefyd, er mwyn iddyn nhw dy helpu di.",
        "child": "Bydd yr un person yn gwybod hyn hefyd: y gweithiwr diogelu.",
        "teen": "Bydd yr un bobl yn gwybod hyn hefyd: y gweithiwr diogelu ar ddyletswydd.",
    },
    "numbers": {
        "young": "Mae'r rhifau a roddais i ti yn dal yno i ti.",
        "child": "Mae'r rhifau a roddais i ti yn dal yno i ti, unrhyw bryd.",
        "teen": "Mae'r rhifau a roddais i ti yn dal yno i ti, unrhyw bryd.",
    },
    "carer": {
        "told": "Diolch am rannu mwy. Bydd yr un bobl yn cael gwybod hyn hefyd: IRO y plentyn "
        "a'r gweithiwr diogelu ar ddyletswydd.",
        "told_duty": "Diolch am rannu mwy. Bydd yr un bobl yn cael gwybod hyn hefyd: y "
        "gweithiwr diogelu ar ddyletswydd.",
    },
}

_WORDING: Final[dict[str, _Wording]] = {"en": _EN, "cy": _CY}


def told_more_reply(band: str, language: str, *, about_iro: bool = False) -> str:
    """What a child is told when they say more just after getting the urgent reply.

    Args:
        band: The child's age band (``under_4``, ``4_7``, ``8_11``, ``12_15``, ``16_plus``).
        language: ``en`` or ``cy``; any other language falls back to English.
        about_iro: True when the duty team alone is told (a survey about the IRO), as it was
            for the message before.

    Returns:
        Plain text: thanks for telling more, that the same people will know this too, and
        that the numbers already given still stand. No 999 or Childline: the reply just
        before carries each once. Nothing is addressed to an adult helping a child.
    """
    words = _WORDING.get(language, _EN)
    told = "told_duty" if about_iro else "told"
    if band == "under_4":
        return words["carer"][told]
    group = age_group(band)
    return " ".join((words["thanks"][group], words[told][group], words["numbers"][group]))
