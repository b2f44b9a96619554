"""The bot's own words (not the surveys'): greetings, notices, commands, in English and Welsh.

Survey questions come from the survey definitions; this module holds only what the bot itself
says around them. Short sentences, no jargon, read-aloud friendly. Staff-facing messages are in
English only.
"""

from __future__ import annotations

from surveys import wording

LANGUAGES = ("en", "cy")

_TEXTS: dict[str, dict[str, str]] = {
    "voice_hint": {
        "en": "You can type it or send a voice note.",
        "cy": "Gelli di ei deipio neu anfon neges llais.",
    },
    "greeting": {
        "en": "Hi {name}! I'm hearme. I help you say what you think, before and after {review}.",
        "cy": "Helo {name}! hearme ydw i. Rydw i'n dy helpu i ddweud beth rwyt ti'n ei feddwl, "
        "cyn ac ar ôl {review}.",
    },
    "greeting_assisted": {
        "en": "Hi! This chat is for {name}, with an adult helping. I help {name} say what "
        "they think, before and after {review}.",
        "cy": "Helo! Mae'r sgwrs hon ar gyfer {name}, gydag oedolyn yn helpu. Rydw i'n helpu "
        "{name} i ddweud beth maen nhw'n ei feddwl, cyn ac ar ôl {review}.",
    },
    "privacy_young": {
        "en": "🔒 Who reads your answers: {iro}. If you tell me you are not safe, I will tell "
        "a grown-up who can help. You can skip any question.",
        "cy": "🔒 Pwy sy'n darllen dy atebion: {iro}. Os wyt ti'n dweud wrtha i nad wyt ti'n "
        "ddiogel, bydda i'n dweud wrth oedolyn sy'n gallu helpu. Gelli di neidio dros unrhyw "
        "gwestiwn.",
    },
    "privacy_older": {
        "en": "🔒 Who reads this: {iro}, and the people at {review} for answers you say are "
        "OK to share. Some answers can be just for {iro}. If you tell me you or someone "
        "else is not safe, I have to tell {iro} or the duty team so they can help. Skip "
        "anything you like. /mydata shows what is kept, /stop stops messages.",
        "cy": "🔒 Pwy sy'n darllen hyn: {iro}, a'r bobl yn {review} ar gyfer atebion rwyt ti'n "
        "dweud sy'n iawn i'w rhannu. Gall rhai atebion fod ar gyfer {iro} yn unig. Os wyt "
        "ti'n dweud wrtha i nad wyt ti neu rywun arall yn ddiogel, mae'n rhaid i mi ddweud "
        "wrth {iro} neu'r tîm dyletswydd er mwyn iddyn nhw helpu. Neidia dros unrhyw beth. "
        "Mae /mydata yn dangos beth sy'n cael ei gadw, ac mae /stop yn atal negeseuon.",
    },
    "assisted_banner": {
        "en": "👥 An adult is helping you",
        "cy": "👥 Mae oedolyn yn dy helpu di",
    },
    "private_word": {
        "en": "You can also have a private word with {iro}, just you and them.",
        "cy": "Gelli di hefyd gael gair preifat gyda {iro}, dim ond ti a nhw.",
    },
    "private_word_button": {
        "en": "🗣 A private word with {my_iro}",
        "cy": "🗣 Gair preifat gyda {my_iro}",
    },
    "nothing_pending": {
        "en": "Nothing to answer right now, {name}. I'll message you again before {review}. "
        "/help shows what I can do.",
        "cy": "Dim byd i'w ateb ar hyn o bryd, {name}. Bydda i'n anfon neges eto cyn {review}. "
        "Mae /help yn dangos beth alla i ei wneud.",
    },
    "moved_on": {
        "en": "That question has moved on. Here is where you are now:",
        "cy": "Mae'r cwestiwn yna wedi symud ymlaen. Dyma lle rwyt ti nawr:",
    },
    "edit_moved_on": {
        "en": "Thanks. That question has moved on, so I kept your first answer. You can use "
        "Back to change it.",
        "cy": "Diolch. Mae'r cwestiwn yna wedi symud ymlaen, felly cadwais dy ateb cyntaf. "
        "Gelli di ddefnyddio Yn ôl i'w newid.",
    },
    "edit_updated": {
        "en": "Thanks, I've changed your answer.",
        "cy": "Diolch, rydw i wedi newid dy ateb.",
    },
    "sticker_nudge": {
        "en": "That's nice! I can't read stickers or pictures, so please use the buttons or "
        "type your answer.",
        "cy": "Mae hwnna'n neis! Dydw i ddim yn gallu darllen sticeri na lluniau, felly "
        "defnyddia'r botymau neu teipia dy ateb.",
    },
    "voice_not_here": {
        "en": "Thanks! I can't keep a voice note for this one. Please use the buttons or type.",
        "cy": "Diolch! Dydw i ddim yn gallu cadw neges lais ar gyfer hwn. Defnyddia'r botymau "
        "neu teipia.",
    },
    "too_long": {
        "en": "Thank you for telling me so much. I kept the first {limit} characters.",
        "cy": "Diolch am ddweud cymaint wrtha i. Cadwais y {limit} nod cyntaf.",
    },
    "help": {
        "en": "I ask you what you think before and after {review}, and pass it to "
        "{iro}.\n/talk – ask to talk to a person\n/stop – no more messages (/start to come "
        "back)\n/mydata – what I keep and who sees it\n/delete – ask for your answers to be "
        "deleted\nIf you are in danger now, call 999. Childline: 0800 1111 (free, any time).",
        "cy": "Rydw i'n gofyn beth rwyt ti'n ei feddwl cyn ac ar ôl {review}, ac yn ei "
        "rannu gyda {iro}.\n/talk – gofyn am gael siarad â pherson\n/stop – dim mwy o "
        "negeseuon (/start i ddod yn ôl)\n/mydata – beth rydw i'n ei gadw a phwy sy'n ei weld"
        "\n/delete – gofyn i dy atebion gael eu dileu\nOs wyt ti mewn perygl nawr, ffonia 999. "
        "Childline: 0800 1111 (am ddim, unrhyw bryd).",
    },
    "stopped": {
        "en": "OK, I won't send you any more messages. Your answers so far are kept safely. "
        "Send /start whenever you want to carry on.",
        "cy": "Iawn, wna i ddim anfon mwy o negeseuon. Mae dy atebion hyd yma yn cael eu cadw'n "
        "ddiogel. Anfona /start pryd bynnag rwyt ti eisiau parhau.",
    },
    "welcome_back": {
        "en": "Welcome back, {name}!",
        "cy": "Croeso'n ôl, {name}!",
    },
    "mydata": {
        "en": "What I keep about you: your name and date of birth (from the council), your "
        "answers ({answers} so far), and when you answered. Your words are locked (encrypted) "
        'and read by {iro}; answers you mark "just for {my_iro}" are not shared at {review}. '
        "Reports about all children never show names. /delete asks for your answers to be "
        "deleted.",
        "cy": "Beth rydw i'n ei gadw amdanat ti: dy enw a dy ddyddiad geni (gan y cyngor), dy "
        "atebion ({answers} hyd yma), a phryd atebaist ti. Mae dy eiriau wedi'u cloi (wedi'u "
        "hamgryptio) ac yn cael eu darllen gan {iro}; dydy atebion rwyt ti'n eu marcio "
        '"dim ond i {my_iro}" ddim yn cael eu rhannu yn {review}. Dydy adroddiadau am bob '
        "plentyn byth yn dangos enwau. Mae /delete yn gofyn i dy atebion gael eu dileu.",
    },
    "delete_requested": {
        "en": "I've passed your request to an admin at the council. They will get in touch "
        "with you, or with {iro}, to check it's what you want. Then they delete your "
        "name, your date of birth, everything you wrote or recorded, and this chat's link to "
        "you. Numbers with no name on them are kept, like how many young people took part "
        "and which buttons were pressed, so the council can count how meetings go. I won't "
        "send you new questions meanwhile. /talk if you want to talk to a person.",
        "cy": "Rydw i wedi rhoi dy gais i weinyddwr yn y cyngor. Byddan nhw'n cysylltu â ti, "
        "neu ag {iro}, i wneud yn siŵr mai dyma beth rwyt ti eisiau. Wedyn byddan nhw'n "
        "dileu dy enw, dy ddyddiad geni, popeth rwyt ti wedi'i ysgrifennu neu ei recordio, a "
        "chysylltiad y sgwrs hon â ti. Mae rhifau heb enw arnyn nhw yn cael eu cadw, fel faint "
        "o bobl ifanc gymerodd ran a pha fotymau gafodd eu pwyso, er mwyn i'r cyngor gyfrif "
        "sut mae cyfarfodydd yn mynd. Wna i ddim anfon cwestiynau newydd atat ti yn y cyfamser. "
        "/talk os wyt ti eisiau siarad â pherson.",
    },
    "delete_already": {
        "en": "You've already asked for your answers to be deleted. An admin at the council "
        "is dealing with it and will get in touch with you or {iro}.",
        "cy": "Rwyt ti eisoes wedi gofyn i dy atebion gael eu dileu. Mae gweinyddwr yn y "
        "cyngor yn delio â hyn a bydd yn cysylltu â ti neu ag {iro}.",
    },
    "thanks_done": {
        "en": "Thank you, {name}. Your answers have gone to {iro}.",
        "cy": "Diolch, {name}. Mae dy atebion wedi mynd at {iro}.",
    },
    "next_survey": {
        "en": "There's one more for you when you're ready:",
        "cy": "Mae un arall i ti pan fyddi di'n barod:",
    },
    # A reminder may reach a child whose offer never arrived (it was in flight when a worker
    # stopped, issue 19), so it reads well whether or not they saw the first message.
    "reminder_my_review": {
        "en": "In case you missed my first message: you can say what you think before "
        "{review}, if you want to. Skip anything you like, or send /stop for no more messages.",
        "cy": "Rhag ofn i ti fethu fy neges gyntaf: gelli di ddweud beth rwyt ti'n ei feddwl cyn "
        "{review}, os wyt ti eisiau. Neidia dros unrhyw beth, neu anfona /stop i gael dim mwy "
        "o negeseuon.",
    },
    "reminder": {
        "en": "In case you missed my first message: there are some questions here for you, if "
        "you want to answer them. Skip anything you like, or send /stop for no more messages.",
        "cy": "Rhag ofn i ti fethu fy neges gyntaf: mae rhai cwestiynau yma i ti, os wyt ti "
        "eisiau eu hateb. Neidia dros unrhyw beth, neu anfona /stop i gael dim mwy o "
        "negeseuon.",
    },
    "bad_code": {
        "en": "Sorry, that link doesn't work. Please ask the person who sent it for a new one.",
        "cy": "Mae'n ddrwg gen i, dydy'r ddolen yna ddim yn gweithio. Gofynna i'r person a'i "
        "hanfonodd am un newydd.",
    },
    "too_young": {
        "en": "Sorry, this link is for a young person aged 16 or over. For a younger child, "
        "please ask for an adult-helped invite.",
        "cy": "Mae'n ddrwg gen i, mae'r ddolen hon ar gyfer person ifanc 16 oed neu hŷn. Ar "
        "gyfer plentyn iau, gofynnwch am wahoddiad gydag oedolyn yn helpu.",
    },
    "chat_taken": {
        "en": "Thank you for helping! This chat already helps another child, and one chat can "
        "only help one child, so I haven't changed anything. To help a different child as well, "
        "please ask their IRO for a link to open on a different phone or Telegram account, or "
        "ask them about moving this chat over.",
        "cy": "Diolch am helpu! Mae'r sgwrs hon eisoes yn helpu plentyn arall, a dim ond un "
        "plentyn y gall un sgwrs ei helpu, felly dydw i ddim wedi newid dim. I helpu plentyn "
        "arall hefyd, gofynnwch i'w IRO am ddolen i'w hagor ar ffôn neu gyfrif Telegram "
        "gwahanol, neu gofynnwch iddyn nhw am symud y sgwrs hon.",
    },
    "chat_replaced": {
        "en": "hearme has been set up in a new chat, so this chat is no longer linked to it. "
        "I won't send messages here any more, and nothing from before can be seen here. "
        "Thank you for using hearme here! If you weren't expecting this, please talk to the "
        "person who gave you the link.",
        "cy": "Mae hearme wedi cael ei osod mewn sgwrs newydd, felly dydy'r sgwrs hon ddim "
        "wedi'i chysylltu ag ef bellach. Fydda i ddim yn anfon negeseuon yma eto, a does dim "
        "byd o'r blaen i'w weld yma. Diolch am ddefnyddio hearme yma! Os nad oeddet ti'n "
        "disgwyl hyn, siarada â'r person a roddodd y ddolen i ti.",
    },
    "chat_unbound": {
        "en": "This chat is no longer linked to hearme. I won't send messages here any more, "
        "and nothing from before can be seen here. Thank you for using hearme here! If you "
        "weren't expecting this, please talk to the person who gave you the link.",
        "cy": "Dydy'r sgwrs hon ddim wedi'i chysylltu â hearme bellach. Fydda i ddim yn anfon "
        "negeseuon yma eto, a does dim byd o'r blaen i'w weld yma. Diolch am ddefnyddio hearme "
        "yma! Os nad oeddet ti'n disgwyl hyn, siarada â'r person a roddodd y ddolen i ti.",
    },
    "unknown_chat": {
        "en": "Hello! hearme works with an invite link from the council. If you have one, "
        "please open it.",
        "cy": "Helo! Mae hearme yn gweithio gyda dolen wahoddiad gan y cyngor. Os oes gen ti un, "
        "agora hi.",
    },
    "staff_welcome": {
        "en": "Hello {name}, this chat is now linked to your hearme staff account. Safeguarding "
        "alerts and your commands will come here.",
        "cy": "Helo {name}, mae'r sgwrs hon bellach wedi'i chysylltu â'ch cyfrif staff hearme.",
    },
    "staff_no_survey": {
        "en": "This is a staff chat. Children's consultations are not answered here.",
        "cy": "Sgwrs staff yw hon. Dydy ymgynghoriadau plant ddim yn cael eu hateb yma.",
    },
}


def language_of(code: str | None) -> str:
    """The bot language for a child's language code (English unless Welsh)."""
    return "cy" if (code or "").lower().startswith("cy") else "en"


def say(key: str, language: str, words: dict[str, str] | None = None, **values: object) -> str:
    """One of the bot's sentences in ``language``, with the child's preferred words filled in.

    Words are filled exactly as in the surveys (:func:`surveys.wording.fill`): ``{review}`` and
    ``{iro}`` are whole phrases ("your meeting", "your IRO", or the child's own "my meeting",
    "Priya"), ``{my_iro}`` is how the child speaks of their IRO ("my IRO", or "Priya").

    Args:
        key: which sentence.
        language: ``en`` or ``cy`` (anything else falls back to English).
        words: the child's preferred words; the language's defaults fill the gaps.
        **values: other placeholders, e.g. ``name``, ``answers``.
    """
    language = language_of(language)
    template = _TEXTS[key].get(language) or _TEXTS[key]["en"]
    filled = wording.words_for(language, words or {})
    filled.update({name: str(value) for name, value in values.items()})
    return wording.joined(wording.fill(template, filled), language)


def privacy_notice(band: str, language: str, words: dict[str, str] | None = None) -> str:
    """The just-in-time privacy notice for an age band."""
    young = band in ("under_4", "4_7", "8_11")
    return say("privacy_young" if young else "privacy_older", language, words)
