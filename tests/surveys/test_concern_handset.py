"""Harm told through the phone itself (the fifteenth hand's third voice).

``surveys/concern_handset.py`` reads the phone beside the harmful part: the keys handed on for
after, last words typed in the notes app, telling that will cost a brother or a sister, a room
locked from outside for the phone, the phone and the passport taken for a wedding, the vouchers
sold and days without food, a second phone for something to go off; and, as worries, a child put
out of the class chat, rung and laughed at, named in a poll or flooded with emojis, and a phone
that stays quiet. Its fresh wordings, written before the rules, are batches xm to xr of
``adversarial.txt`` (first sight, rules alone, urgent: 14/35), and for
``surveys/concern_handset_reach.py`` (a man who pays the phone, an online group's target)
batches xs and xt (4/11); every line is checked urgent with every batch. Their ordinary
neighbours are the block "the fifteenth hand's phone" of ``near_misses.txt`` (every line checked
silent, alone and sent one after another). ``surveys/concern_everyday_handset.py`` sets
aside the phone's everyday answers by kind; they are read here beside the harm in their words.
"""

from __future__ import annotations

import pytest

from surveys import concern_everyday_handset
from surveys.concern_clauses import compile_part
from surveys.concerns import URGENT, WORRY, detect, normalise
from tests.surveys.chats import chat_alerts, near_misses

BATCHES = {
    ("self_harm", "xm"): 7,
    ("emotional_abuse", "xn"): 5,
    ("emotional_abuse", "xo"): 5,
    ("harmful_practices", "xp"): 6,
    ("neglect", "xq"): 6,
    ("radicalisation", "xr"): 6,
    ("sexual_exploitation", "xs"): 5,
    ("radicalisation", "xt"): 6,
}

# (a disclosure in new words, its ordinary twin in the nearest words)
# Read by test_concern_rule_twins.py with every module's pairs.
PAIRS = [
    # self-harm: the keys handed on for after; the phone wiped and the keys needed after a night;
    # last words in the notes app; sorry and bye timed, and a place
    ("sent my cousin all my passwords so she can keep my videos after",
     "sent my cousin all my passwords so she can get my videos off, my phones broke"),
    ("wiped my insta and sent my bestie my passcode, she'll need it after sunday",
     "wiped my insta and sent my bestie my netflix password, she'll need it after sunday"),
    ("typed my goodbye in my notes app for my sister, tomorrow is it",
     "typed my goodbye speech in my notes app for my sister's wedding tomorrow"),
    ("scheduled a text for my mum saying sorry and goodbye forever, heading to the quarry after",
     "scheduled a text for my mum saying happy mothers day, heading to the quarry for a walk"),
    # emotional harm: telling will cost a sister; locked in for the phone
    ("she said if i report her to my iro my little sister will get sent away",
     "she said if i report the bus to my iro my little sister will get sent a new pass"),
    ("cos i wouldnt give my phone up they locked me in the shed overnight",
     "cos i wouldnt give my phone up they made me do the washing up overnight lol"),
    # harmful practices: the phone and the passport taken, and the child's wedding
    ("my aunty confiscated my phone and passport and says my nikah is set for july",
     "my aunty keeps my phone and passport in her bag, my cousins nikah is in july"),
    # neglect: the food money spent, and days with next to nothing
    ("dad blew the food money on bets, just eating bread since thursday",
     "dad put the food money in my account, just eating bread since thursday cos im fasting"),
    # radicalisation: a second phone, and something to go off at a crowd
    ("they gave me a burner phone and we talk about something that will blow up at the march",
     "they gave me a ticket and we talk about the balloons that will blow up at the march"),
    # reaching the child through the phone (``surveys.concern_handset_reach``), written after
    # its rules: pictures or his bill; an app and an age lied about; a ticket and secrecy; the
    # tracking gone; a visitor at the door; texts at night; worse tonight; a text for help
    ("i have to send him nudes every weekend or he stops paying my phone bill",
     "i have to send him my maths every weekend or he stops helping me with homework"),
    ("met a guy on tinder, told him im 19 but im 14, he buys me vapes and i stay at his",
     "my cousin met a guy on tinder, shes 19, he buys her flowers and she stays at his"),
    ("a man from snap paid for the coach ticket, going on friday and not telling my carers",
     "nan paid for the coach ticket, going on friday and ringing my carers when i get there"),
    ("switched off all my apps so staff cant track me, leaving tonight",
     "switched off all my apps so i can revise, leaving my phone downstairs tonight"),
    ("the lodger keeps walking in while im getting changed and just stares",
     "my little sister keeps walking in while im getting changed, so annoying"),
    ("her boyfriend keeps texting me late asking if im alone, im scared to go to sleep",
     "her boyfriend keeps texting me late asking if im coming to the match, im off to sleep"),
    ("the girls on my landing grabbed me and said theyll do worse tonight",
     "the girls on my landing hugged me and said theyll do my hair tonight"),
    ("my mum messaged me from upstairs help hes got a knife",
     "my mum messaged me from upstairs help hes got the remote"),
]

# A second probe, written after the rules by their author (so it measures less than the batches
# written before them did), one or two lines a shape in other words: the rules alone made 8 of
# 10 urgent at first; the smashed phone and hidden passport were then read as one taking, and
# the lock code changed and "texted my brother it" is left to the learned layer (``LEFT``).
SECOND_PROBE = [
    "left my bro all my logins, i wont need any of them after tomorrow",
    "wrote my last message in my drafts for mum, sunday",
    "my stepmum says if i tell my teachers anything ill never see my baby brother again",
    "if im late handing my ipad in they bolt me in the cellar overnight",
    "they smashed my mobile and hid my passport, they told me the wedding is in kashmir",
    "mum pawned our telly and we had cereal for tea for three days",
    "he set me up on an encrypted app and wants us to make something that goes off at the station",
    "deleted all my socials and gave my nan my pin so she can keep my pics after",
    "my carer says one word to the social and im gone and my brother stays",
]

# More shapes of the phone's voice, written before their rules in ``surveys.concern_handset``
# (first sight, rules alone, urgent: 2/11): a cord tied and the phone the only thing left, the
# map gone dark at a height, people online saying where to cut, a roof looked up and goodbyes,
# the phone kept and a lie about a parent, an insult as the wallpaper, tears posted for
# laughs, married on landing, a cousin killed and "remember", a tooth and no dentist, left alone
# on biscuits.
FRESH_SHAPES = [
    "my phone is the only thing keeping me alive and theyre taking it tomorrow, the leads"
    " already knotted round the loft hatch",
    "if my snap map goes dark tonight its cos i went off the quarry edge, im done with all this",
    "the girls in the gc tell me how deep to cut and want a photo of it every night",
    "searched how to get up on the roof of the flats and im going after contact on saturday,"
    " said bye to mum on facetime already",
    "they had my phone for two weeks and told me dad didnt want to speak to me, hed been texting"
    " all along",
    "my carer set my wallpaper to say worthless and wont let me change it, she reads it out to"
    " me every morning",
    "my stepmum uploads clips of me crying to her tiktok so her followers can laugh, every week",
    "mum showed me the tickets on her phone and said ill be married once we land in pakistan",
    "my cousin was killed for talking to boys and my uncle sent me the pictures and said"
    " remember what happened to her",
    "my sisters tooth has been swollen for two weeks and mum wont ring the dentist, shes crying"
    " all night",
    "foster mum went away and left me in the house with no money, im 14 and ive eaten only"
    " biscuits for 4 days",
]


def test_the_fresh_shapes_are_urgent() -> None:
    assert [text for text in FRESH_SHAPES
            if (found := detect(text, learned=False)) is None or found.level != URGENT] == []


# Written after the rules and left uncaught by them: "he can keep all my photos after" without
# "so" is how a child lends a passcode too ("she can keep my photos after, she wants to print
# them"), and the code here is changed, not handed on.
LEFT = [
    "changed my lock code to my birthday and texted my brother it, he can keep all my photos after",
]


def test_what_is_left_to_the_learned_layer_is_still_left() -> None:
    assert [text for text in LEFT if (found := detect(text, learned=False)) is not None
            and found.level == URGENT] == []


# Worries in the same voice, written after the rules: each must raise an alert, not urgent.
WORRIES = [
    "they kicked me out of the year group chat and made a new one without me",
    "a withheld number keeps ringing me at break and they just giggle then hang up",
    "someone did a vote on their story for the smelliest in year 9 and put my name",
    "people keep spamming my tiktok with clown emojis, its been going on since half term",
    "my dad didnt text on my birthday, kept refreshing all day",
    "my sister changed her number and didnt send it me, kinda hurts",
    "low again idk why",
    "we hardly talk anymore, our streak has gone dead",
    "i scroll through old photos of my nan on my phone every night, miss her so much",
    "got booted from the netball gc and they started another one with everyone but me",
    "someone keeps phoning me from a private number in the night and just laughs",
    "i feel so cut off from everyone since my phone broke",
    "proper down today",
    "the whole class left me on seen on purpose after the party",
    "they keep telling me its because my mum doesnt want me",
]
# Read by test_concern_rule_modules.py for the rules every line here must reach.
MORE = [*WORRIES, *FRESH_SHAPES]


@pytest.mark.parametrize("text", WORRIES)
def test_a_worry_told_through_the_phone_raises_a_worry(text: str) -> None:
    found = detect(text, learned=False)
    assert found is not None and found.level == WORRY, (text, found)


# Read by test_concern_split_twins.py with every module's splits.
SPLITS = [
    (["cleared my phone this morning", "gave my cousin my passcode", "wont need it after tonight"],
     ["cleared my phone this morning", "gave my cousin my passcode",
      "shes fixing it after tonight"]),
    (["he took my phone and my passport", "mum says the wedding is booked for august"],
     ["he took my phone to the shop", "mum says the wedding is booked for august, its my aunty's"]),
]


# Each set-aside's everyday answer, beside harm in its words that must still be read.
SET_ASIDE_TWINS = [
    ("got a new phone off my social worker for my birthday, its purple",
     "im a worker for my uncle now, he makes me sell on the estate"),
    ("my sister is gonna kill me, i wiped her saved reels to make space",
     "my stepdad is gonna kill me, i wiped his saved reels to make space"),
    ("grabbed my brothers phone and changed his name on snap, hes going to kill me",
     "grabbed my brothers phone and changed his name on snap, hes going to kill me for real"),
    ("got stuck in the toilet at school cos the lock jammed, i was late for maths",
     "my carer locks me in the toilet all night when the lock is fixed"),
    ("my nan says if i tell her about the holiday ill never see the sun again cos its always "
     "raining",
     "my nan says if i tell anyone about her ill never see my mum again"),
    ("they kicked me out of the football group chat cos i left the team",
     "they kicked me out of the football group chat and then kicked me in the stomach"),
    ("im writing a goodbye message to my class cos im moving school",
     "im writing a goodbye message to my class, i wont be here after friday"),
]


@pytest.mark.parametrize(("everyday", "harm"), SET_ASIDE_TWINS)
def test_each_set_aside_stays_quiet_and_the_harm_in_its_words_does_not(
    everyday: str, harm: str
) -> None:
    assert detect(everyday, learned=False) is None, everyday
    found = detect(harm, learned=False)
    assert found is not None and found.level == URGENT, harm


def test_the_near_misses_sent_one_after_another_stay_quiet() -> None:
    near = near_misses("# --- the fifteenth hand's phone")
    assert chat_alerts(near) == []


def test_every_set_aside_is_reached_by_its_everyday_answer() -> None:
    plain = [normalise(everyday) for everyday, _ in SET_ASIDE_TWINS]
    for category, sayings in concern_everyday_handset.HANDSET.items():
        for saying in sayings:
            assert any(compile_part(saying).search(text) for text in plain), (category, saying)
