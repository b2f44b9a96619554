"""The web page's own words, in English and Welsh: page chrome, getting in, and the controls.

Survey questions and the bot's replies come from the surveys and :mod:`bot.conversation.messages`;
this module
holds what only the web page says. Where the bot's Telegram sentences name things the web does
not have (``/help``, "I'll message you"), the page says what is true here instead. Welsh follows
the surveys' informal "ti" and their words ("Swyddog Adolygu", "Parhau", "Neidio").
"""

from __future__ import annotations

from collections.abc import Mapping

from aiohttp import web

from bot.conversation.messages import language_of
from surveys import wording

TEXTS: dict[str, dict[str, str]] = {
    # Every page.
    "brand": {"en": "My voice", "cy": "Fy llais"},
    "skip_to_main": {"en": "Skip to the main part", "cy": "Neidio i'r brif ran"},
    "quick_exit": {"en": "Leave quickly", "cy": "Gadael yn gyflym"},
    "footer_exit": {
        "en": "Press “Leave quickly” at any time to hide this page.",
        "cy": "Pwysa “Gadael yn gyflym” unrhyw bryd i guddio'r dudalen hon.",
    },
    "footer_worried": {
        "en": "Worried or upset? Call Childline free on",
        "cy": "Yn poeni neu'n drist? Ffonia Childline am ddim ar",
    },
    "footer_danger": {
        "en": ", any time. In danger now? Call 999.",
        "cy": ", unrhyw bryd. Mewn perygl nawr? Ffonia 999.",
    },
    # The child's page.
    "chat_title": {"en": "Your page", "cy": "Dy dudalen"},
    "messages": {"en": "Messages", "cy": "Negeseuon"},
    "read_aloud": {"en": "🔊 Read it to me", "cy": "🔊 Darllena hwn i mi"},
    "type_answer": {"en": "Type your answer", "cy": "Teipia dy ateb"},
    "send": {"en": "Send", "cy": "Anfon"},
    "type_only": {
        "en": "On this page you can type your answer.",
        "cy": "Ar y dudalen hon, gelli di deipio dy ateb.",
    },
    "controls": {"en": "Your choices, at any time", "cy": "Dy ddewisiadau, unrhyw bryd"},
    "control_talk": {"en": "I want to talk to someone", "cy": "Dw i eisiau siarad â rhywun"},
    "control_stop": {"en": "Stop — no more questions", "cy": "Stopio — dim mwy o gwestiynau"},
    "control_mydata": {
        "en": "What hearme keeps about me",
        "cy": "Beth mae hearme yn ei gadw amdana i",
    },
    "control_delete": {"en": "Delete my answers", "cy": "Dileu fy atebion"},
    "carry_on": {"en": "Carry on", "cy": "Parhau"},
    "nothing_pending": {
        "en": "Nothing to answer right now, {name}. When {iro} has new questions for you, you "
        "will find them here when you open your link again.",
        "cy": "Dim byd i'w ateb ar hyn o bryd, {name}. Pan fydd gan {iro} gwestiynau newydd i "
        "ti, byddan nhw yma pan fyddi di'n agor dy ddolen eto.",
    },
    "stopped": {
        "en": "OK, no more questions. Your answers so far are kept safely. Press “Carry on” "
        "whenever you want to carry on.",
        "cy": "Iawn, dim mwy o gwestiynau. Mae dy atebion hyd yma yn cael eu cadw'n ddiogel. "
        "Pwysa “Parhau” pryd bynnag rwyt ti eisiau parhau.",
    },
    "mydata": {
        "en": "What hearme keeps about you: your name and date of birth (from the council), "
        "your answers ({answers} so far), and when you answered. Your words are locked "
        "(encrypted) and read by {iro}. Answers you mark “just for {my_iro}” are not shared "
        "at {review}. Reports about all children never show names. “Delete my answers” asks "
        "for your answers to be deleted.",
        "cy": "Beth mae hearme yn ei gadw amdanat ti: dy enw a dy ddyddiad geni (gan y cyngor), "
        "dy atebion ({answers} hyd yma), a phryd atebaist ti. Mae dy eiriau wedi'u cloi (wedi'u "
        "hamgryptio) ac yn cael eu darllen gan {iro}. Dydy atebion rwyt ti'n eu marcio “dim "
        "ond i {my_iro}” ddim yn cael eu rhannu yn {review}. Dydy adroddiadau am bob plentyn "
        "byth yn dangos enwau. Mae “Dileu fy atebion” yn gofyn i dy atebion gael eu dileu.",
    },
    "delete_confirm": {
        "en": "Do you want to ask for your answers to be deleted?\n\nIf you say yes, an admin "
        "at the council checks with you or {iro} first. Then they delete your name, your date "
        "of birth and everything you wrote. It is fine to keep your answers, too.",
        "cy": "Wyt ti eisiau gofyn i dy atebion gael eu dileu?\n\nOs wyt ti'n dweud ydw, bydd "
        "gweinyddwr yn y cyngor yn gwirio gyda ti neu {iro} yn gyntaf. Wedyn byddan nhw'n "
        "dileu dy enw, dy ddyddiad geni a phopeth ysgrifennaist ti. Mae'n iawn cadw dy "
        "atebion hefyd.",
    },
    "delete_yes": {"en": "Yes, ask to delete them", "cy": "Ydw, gofyn i'w dileu"},
    "delete_no": {"en": "No, keep my answers", "cy": "Nac ydw, cadw fy atebion"},
    "delete_kept": {
        "en": "OK, your answers are kept.",
        "cy": "Iawn, mae dy atebion yn cael eu cadw.",
    },
    "delete_requested": {
        "en": "I've passed your request to an admin at the council. They will get in touch with "
        "you, or with {iro}, to check it's what you want. Then they delete your name, your "
        "date of birth and everything you wrote. Numbers with no name on them are kept, so the "
        "council can count how meetings go. This page won't ask you new questions meanwhile. "
        "Press “I want to talk to someone” if you want to talk to a person.",
        "cy": "Rydw i wedi rhoi dy gais i weinyddwr yn y cyngor. Byddan nhw'n cysylltu â ti, neu "
        "ag {iro}, i wneud yn siŵr mai dyma beth rwyt ti eisiau. Wedyn byddan nhw'n dileu dy "
        "enw, dy ddyddiad geni a phopeth ysgrifennaist ti. Mae rhifau heb enw arnyn nhw yn cael "
        "eu cadw, er mwyn i'r cyngor gyfrif sut mae cyfarfodydd yn mynd. Fydd y dudalen hon "
        "ddim yn gofyn cwestiynau newydd i ti yn y cyfamser. Pwysa “Dw i eisiau siarad â "
        "rhywun” os wyt ti eisiau siarad â pherson.",
    },
    "delete_already": {
        "en": "You've already asked for your answers to be deleted. An admin at the council is "
        "dealing with it and will get in touch with you or {iro}.",
        "cy": "Rwyt ti eisoes wedi gofyn i dy atebion gael eu dileu. Mae gweinyddwr yn y cyngor "
        "yn delio â hyn a bydd yn cysylltu â ti neu ag {iro}.",
    },
    # Getting in.
    "hello": {"en": "Hello!", "cy": "Helo!"},
    "setup_title": {"en": "Choose how to come back", "cy": "Dewis sut i ddod yn ôl"},
    "setup_intro": {
        "en": "This is your own private page for saying what you think before {review}.",
        "cy": "Dyma dy dudalen breifat dy hun ar gyfer dweud beth rwyt ti'n ei feddwl cyn "
        "{review}.",
    },
    "setup_choose": {
        "en": "First, choose a PIN or three pictures. They keep your answers private, so only "
        "you can come back to this page.",
        "cy": "Yn gyntaf, dewisa PIN neu dri llun. Maen nhw'n cadw dy atebion yn breifat, felly "
        "dim ond ti sy'n gallu dod yn ôl i'r dudalen hon.",
    },
    "setup_help": {
        "en": "You can always ask {iro} or {carer} for help, or for a new card. This link "
        "works for {months} months.",
        "cy": "Gelli di bob amser ofyn i {iro} neu {carer} am help, neu am gerdyn newydd. Mae'r "
        "ddolen hon yn gweithio am {months} mis.",
    },
    "pin_heading": {"en": "A PIN", "cy": "PIN"},
    "pin_hint": {
        "en": "4 to 6 numbers that are easy for you to remember.",
        "cy": "4 i 6 rhif sy'n hawdd i ti eu cofio.",
    },
    "my_pin": {"en": "My PIN", "cy": "Fy PIN"},
    "my_pin_again": {"en": "My PIN again", "cy": "Fy PIN eto"},
    "use_pin": {"en": "Use this PIN", "cy": "Defnyddio'r PIN hwn"},
    "pictures_heading": {"en": "Three pictures", "cy": "Tri llun"},
    "pictures_hint": {
        "en": "Pick three different pictures, in an order you will remember.",
        "cy": "Dewisa dri llun gwahanol, mewn trefn y byddi di'n ei chofio.",
    },
    "picture_1": {"en": "First picture", "cy": "Llun cyntaf"},
    "picture_2": {"en": "Second picture", "cy": "Ail lun"},
    "picture_3": {"en": "Third picture", "cy": "Trydydd llun"},
    "use_pictures": {"en": "Use these pictures", "cy": "Defnyddio'r lluniau hyn"},
    "welcome_back": {"en": "Welcome back!", "cy": "Croeso'n ôl!"},
    "unlock_title": {"en": "Welcome back", "cy": "Croeso'n ôl"},
    "unlock_pin": {"en": "Type your PIN to carry on.", "cy": "Teipia dy PIN i barhau."},
    "unlock_pictures": {
        "en": "Pick your {count} pictures, in the same order as before, to carry on.",
        "cy": "Dewisa dy {count} llun, yn yr un drefn â'r tro diwethaf, i barhau.",
    },
    "unlock_forgotten": {
        "en": "Forgotten your PIN or pictures? Ask {iro} or {carer} for a new card. Nothing "
        "you have said is lost.",
        "cy": "Wedi anghofio dy PIN neu dy luniau? Gofynna i {iro} neu {carer} am gerdyn newydd. "
        "Does dim byd rwyt ti wedi'i ddweud wedi'i golli.",
    },
    "wrong_pin": {"en": "That was not the right PIN.", "cy": "Nid hwnna oedd y PIN cywir."},
    "wrong_pictures": {
        "en": "Those were not the right pictures.",
        "cy": "Nid y rheina oedd y lluniau cywir.",
    },
    "tries_left": {"en": "You can try {left} more times.", "cy": "Mae gen ti {left} cynnig ar ôl."},
    "tries_left_one": {"en": "You can try 1 more time.", "cy": "Mae gen ti 1 cynnig ar ôl."},
    "pin_length": {"en": "Your PIN needs 4 to 6 numbers.", "cy": "Mae angen 4 i 6 rhif yn dy PIN."},
    "pin_mismatch": {
        "en": "The two PINs were different. Please try again.",
        "cy": "Roedd y ddau PIN yn wahanol. Rho gynnig arall arni.",
    },
    "pin_easy": {
        "en": "That PIN is easy for someone else to guess. Please pick different numbers: not "
        "a pattern like 1234 or 1212, and not a year.",
        "cy": "Mae'n hawdd i rywun arall ddyfalu'r PIN yna. Dewisa rifau gwahanol: dim patrwm "
        "fel 1234 neu 1212, a dim blwyddyn.",
    },
    "pictures_missing": {
        "en": "Please pick a first, a second and a third picture.",
        "cy": "Dewisa lun cyntaf, ail lun a thrydydd llun.",
    },
    "pictures_same": {
        "en": "Please pick three different pictures.",
        "cy": "Dewisa dri llun gwahanol.",
    },
    # Short pages.
    "link_refused": {"en": "This link does not work", "cy": "Dydy'r ddolen hon ddim yn gweithio"},
    "link_refused_why": {
        "en": "It may be old, or it may have been typed wrongly.",
        "cy": "Efallai ei bod hi'n hen, neu wedi'i theipio'n anghywir.",
    },
    "ask_new_link": {
        "en": "Please ask your worker or your IRO for a new link.",
        "cy": "Gofynna i dy weithiwr neu dy Swyddog Adolygu am ddolen newydd.",
    },
    "wait": {"en": "Please wait a moment", "cy": "Arhosa funud"},
    "wait_why": {
        "en": "That was a lot of tries very quickly. Please wait a few minutes and try again.",
        "cy": "Roedd hynny'n llawer o gynigion yn gyflym iawn. Arhosa ychydig funudau a rho "
        "gynnig arall arni.",
    },
    "locked": {"en": "Please take a break", "cy": "Cymera seibiant"},
    "locked_minutes": {
        "en": "That was too many wrong tries, so this page is locked for {minutes} minutes.",
        "cy": "Roedd hynny'n ormod o gynigion anghywir, felly mae'r dudalen hon wedi'i chloi am "
        "{minutes} munud.",
    },
    "locked_hours": {
        "en": "That was too many wrong tries, so this page is locked for {hours} hours.",
        "cy": "Roedd hynny'n ormod o gynigion anghywir, felly mae'r dudalen hon wedi'i chloi am "
        "{hours} awr.",
    },
    "locked_later": {
        "en": "You can try again later, or ask {iro} or {carer} for a new card.",
        "cy": "Gelli di drio eto wedyn, neu ofyn i {iro} neu {carer} am gerdyn newydd.",
    },
    "retired": {
        "en": "This card has stopped working",
        "cy": "Mae'r cerdyn hwn wedi stopio gweithio",
    },
    "retired_why": {
        "en": "To keep your answers safe, this link stopped working after too many wrong tries.",
        "cy": "I gadw dy atebion yn ddiogel, stopiodd y ddolen hon weithio ar ôl gormod o "
        "gynigion anghywir.",
    },
    "upgraded": {
        "en": "This card needs changing",
        "cy": "Mae angen newid y cerdyn hwn",
    },
    "upgraded_why": {
        "en": "To keep your answers even safer, cards now use three pictures instead of two, so "
        "this one has stopped working.",
        "cy": "I gadw dy atebion yn fwy diogel fyth, mae cardiau nawr yn defnyddio tri llun yn "
        "lle dau, felly mae'r un yma wedi stopio gweithio.",
    },
    "expired_card": {"en": "This card has run out", "cy": "Mae'r cerdyn hwn wedi dod i ben"},
    "expired_card_why": {
        "en": "A link works for {months} months after it is first set up.",
        "cy": "Mae dolen yn gweithio am {months} mis ar ôl ei gosod y tro cyntaf.",
    },
    "new_card": {
        "en": "Please ask {iro} or {carer} for a new card. Nothing you have said is lost.",
        "cy": "Gofynna i {iro} neu {carer} am gerdyn newydd. Does dim byd rwyt ti wedi'i ddweud "
        "wedi'i golli.",
    },
    "closed": {"en": "This page is closed", "cy": "Mae'r dudalen hon ar gau"},
    "closed_why": {
        "en": "Please ask your worker or your IRO if you want to say something.",
        "cy": "Gofynna i dy weithiwr neu dy Swyddog Adolygu os wyt ti eisiau dweud rhywbeth.",
    },
    "timed_out": {"en": "Your time ran out", "cy": "Mae dy amser wedi dod i ben"},
    "timed_out_why": {
        "en": "To keep your answers safe, this page closes when it is not used for a while.",
        "cy": "I gadw dy atebion yn ddiogel, mae'r dudalen hon yn cau pan nad yw'n cael ei "
        "defnyddio am ychydig.",
    },
    "timed_out_again": {
        "en": "Open your private link again to carry on. Nothing you have said is lost.",
        "cy": "Agora dy ddolen breifat eto i barhau. Does dim byd rwyt ti wedi'i ddweud wedi'i "
        "golli.",
    },
    "private": {"en": "This is a private page", "cy": "Tudalen breifat yw hon"},
    "private_how": {
        "en": "To use it, open your own private link, or scan the code on your card.",
        "cy": "I'w defnyddio, agora dy ddolen breifat dy hun, neu sgania'r cod ar dy gerdyn.",
    },
    "form_expired": {"en": "This form has expired", "cy": "Mae'r ffurflen hon wedi dod i ben"},
    "form_expired_why": {
        "en": "Please go back and try again.",
        "cy": "Cer yn ôl a rho gynnig arall arni.",
    },
}

# Picture names as a screen reader says them, by picture id.
PICTURE_NAMES: dict[str, dict[str, str]] = {
    "dog": {"en": "dog", "cy": "ci"},
    "cat": {"en": "cat", "cy": "cath"},
    "fox": {"en": "fox", "cy": "llwynog"},
    "panda": {"en": "panda", "cy": "panda"},
    "frog": {"en": "frog", "cy": "broga"},
    "butterfly": {"en": "butterfly", "cy": "pili-pala"},
    "sunflower": {"en": "sunflower", "cy": "blodyn haul"},
    "rainbow": {"en": "rainbow", "cy": "enfys"},
    "star": {"en": "star", "cy": "seren"},
    "apple": {"en": "apple", "cy": "afal"},
    "rocket": {"en": "rocket", "cy": "roced"},
    "football": {"en": "football", "cy": "pêl-droed"},
}

KEYS = frozenset(TEXTS)


def text(
    key: str, language: str, words: Mapping[str, str] | None = None, **values: object
) -> str:
    """One of the page's sentences in ``language`` (``en`` unless Welsh), with the child's
    preferred words (``{iro}``, ``{review}``, ``{carer}``...) and ``values`` filled in."""
    language = language_of(language)
    template = TEXTS[key].get(language) or TEXTS[key]["en"]
    filled = wording.words_for(language, words or {})
    filled.update({name: str(value) for name, value in values.items()})
    return wording.joined(wording.fill(template, filled), language)


def picture_name(picture_id: str, language: str) -> str:
    """What a screen reader says for a picture."""
    return wording.localised(PICTURE_NAMES[picture_id], language_of(language))


def browser_language(request: web.Request) -> str:
    """``cy`` when the browser puts Welsh first, else ``en`` (for pages before we know the child).
    """
    header = request.headers.get("Accept-Language", "")
    first = header.split(",", 1)[0].split(";", 1)[0].strip().lower()
    return "cy" if first.startswith("cy") else "en"
