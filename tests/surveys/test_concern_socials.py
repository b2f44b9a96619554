"""Harm told in social media's words, and ordinary group-chat life set aside.

``surveys/concern_socials.py`` and ``surveys/concern_socials_shamed.py`` read the fifteenth
hand's social media voice: the app's word for the place, the person or the farewell beside the
harmful part (every group chat left before not being here, cuts posted to a secret account, a
man who stays asking if the child is alone, a lift sorted off someone on Snap, a carer's story
of the child crying to mock, a boyfriend found on Instagram and shame, violence heard on a live,
an oath filmed and sent, a new group chat made without the child). ``surveys/
concern_everyday_socials.py`` sets aside the ordinary answers in the same voice that the older
rules read as harm (a sister's "kill me" over something spoiled by accident, a friend's for a
shared snap, bowling paid for by nan, kicked out the squad call, a clip of the child crying at a
musical with everyone laughing).

Batches zd-zk of ``tests/corpora/adversarial.txt`` were written before the rules (their first
sight is in their headings); the worries, which no batch may hold, are :data:`WORRIES`; the
ordinary answers written beside the rules are the block "fifteenth hand, social media" of
``tests/corpora/near_misses.txt``. :data:`PAIRS` and :data:`SPLITS` are read by
``test_concern_rule_twins.py`` and ``test_concern_split_twins.py``; the batches, the reach of
every rule and the near-miss block by ``test_concern_rule_modules.py``.
"""

from __future__ import annotations

from surveys.concerns import URGENT, WORRY, detect
from tests.surveys.chats import near_misses, raising

BATCHES = {
    ("unsafe_home", "zd"): 9, ("self_harm", "ze"): 7, ("harmful_practices", "zf"): 6,
    ("emotional_abuse", "zg"): 6, ("missing", "zh"): 6, ("radicalisation", "zi"): 6,
    ("domestic_abuse", "zj"): 6, ("sexual_exploitation", "zk"): 4,
}
BLOCK = ("# --- fifteenth hand, social media", 99)

# (a disclosure in new words, its ordinary twin in the nearest words)
# Read by test_concern_rule_twins.py with every module's pairs.
PAIRS = [
    # self-harm: the app's goodbye, cuts posted, a method shown, a streak, a map, a car park
    ("came off insta and deleted all my pictures, i wont be alive by the weekend",
     "came off insta and deleted all my pictures, i wont be on it till the weekend"),
    ("listing all my games on ebay, i wont need any of it after tonight",
     "listing all my games on ebay, i wont need any of it after i get my new console"),
    ("wrote my final snap to my sister, ill send it once im on the roof",
     "wrote my final snap to my sister, ill send it once im on the plane"),
    ("i post my fresh cuts on my spam account, nobody knows",
     "i post my fresh cuts and fades on my business account, nobody knows im only 15"),
    ("a tiktok showed how to do it with a scarf, i tried in the bathroom and it didnt work, i will"
     " try again",
     "a tiktok showed how to do it with a scarf, i tried in the mirror and it looked bad, i will"
     " try again"),
    ("my streak with my cousin was the only thing keeping me alive and hes gone, whats the point",
     "my streak with my cousin was the only thing keeping me going in lockdown, whats the point of"
     " streaks now lol"),
    ("i keep zooming in on the viaduct on google earth, next week i will jump",
     "i keep zooming in on the viaduct on google earth, next week we walk over it"),
    ("going off the top of the multistory after school",
     "going to the top of the multistory for the view after school"),
    # an unsafe home at night: a man who stays, a camera, too scared to sleep
    ("the lodger keeps watching me while i sleep, i put my phone on record",
     "the lodger keeps watching films while i sleep, i put my phone on charge"),
    ("found a camera behind the clock in my bedroom, my stepdads mate put it there",
     "found a camera behind the clock in my bedroom, its my old one from year 6"),
    ("too frightened to sleep at mums, i sit up on tiktok to hear if he comes in",
     "too frightened to sleep after that film, i sit up on tiktok till my sister comes in"),
    # sexual exploitation: men added to a group chat of girls, paying
    ("theres a whatsapp group of girls from the unit and older men keep getting added and send"
     " cash",
     "theres a whatsapp group of girls from the team and the coaches keep getting added and send"
     " kit lists"),
    # missing: someone from an app and a ride, a social worker blocked, days gone
    ("someone from a group chat is sending a taxi for me tonight, dont look for me",
     "someone from the group chat is sending a taxi for us tonight to the party, my carer knows"),
    ("my brother says to block my social worker and come and live with him, hes sending an uber",
     "my brother says to add my social worker on the app and come and see his new flat"),
    ("my best mate has been missing for three days and is posting on her snap from some flat",
     "my best mate has been on holiday for three days and is posting on her snap from some villa"),
    # emotional abuse: shamed online by the grown-ups at home
    ("my foster dad forwards my voice notes to his mates to take the mick",
     "my foster dad forwards my voice notes to my social worker to sort my review"),
    ("my carer made me get rid of all the photos of my dad and says im a junkie like him",
     "my carer made me get rid of all the photos of my dad off the laptop cos it was full"),
    # honour: found online
    ("my brothers went through my snapchat and found my boyfriend, they said i have disgraced"
     " them",
     "my brothers went through my snapchat and found my boyfriend, they said he seems alright"),
    ("dad went through my phone and now im being sent to pakistan to get married",
     "dad went through my phone and now we are going to pakistan for my cousins wedding"),
    # domestic abuse: heard through the phone, a blow, a scald
    ("on facetime you could hear him dragging her up the stairs",
     "on facetime you could hear him dragging his suitcase up the stairs"),
    ("my stepdad rammed her head into the door last night",
     "my stepdad rammed his head into the door frame last night, he is so tall"),
    ("he threw a kettle of boiling water at mum",
     "i poured boiling water on the pasta for mum"),
    # radicalisation: a group chat's attack, oath, initiation, a place of faith
    ("theres a server with clips of school shootings and a kid in it says he is doing one at our"
     " school and asked me to join him",
     "theres a server with clips of school shootings from films and a kid in it says he is doing"
     " a project at our school, he asked me to help"),
    ("they want me to video myself taking the pledge and then they will tell me who to attack",
     "they want me to video myself taking the pledge for the brownies and then they will tell me"
     " what badge i get"),
    ("they said i have to stab someone to become a proper member",
     "they said i have to beat someone at fifa to become a proper member of the club"),
    ("a lad keeps sending me photos of the synagogue and says come with petrol on saturday",
     "a lad keeps sending me photos of the synagogue for our re project and says come with"
     " snacks"),
]

# A second probe, written after the rules by their author, one a shape in other words: the rules
# made 7 of 12 urgent at first; the part lists were then widened within their shapes (accounts
# archived and everyone unfollowed, a page a few more words from "how to", a sister's boyfriend,
# a man who lodges, driven somewhere by someone from an app, "dont try and find me"), with the
# ordinary answers nearest the new words added to the near-miss block. Checked urgent by
# test_concern_rule_modules.py.
SECOND_PROBE = [
    "unfollowed everyone and archived all my posts, i wont be here after the weekend",
    "theres a page on insta that shows you how to hang, i tried it in the loft and it snapped,"
    " im going to try again",
    "my sisters boyfriend stays over and he keeps messaging me at night asking if im on my own"
    " in my room",
    "the man who lodges with my nan stands outside the bathroom while im in the bath every night",
    "a lad off snap is driving me to cardiff tonight, not telling anyone, dont try and find me",
    "my foster mum reads my diary out in the family whatsapp to laugh at me, she calls me"
    " pathetic",
    "my cousins found my tiktok with my girlfriend and said ive brought shame on the family"
    " and they will deal with me",
    "on the facetime i could hear him punching her and the baby screaming",
    "a boy in a discord keeps posting vids of school shootings and says he is doing one at our"
    " college and wants me to help",
    "they said i have to batter a refugee to prove im loyal",
    "some older men keep getting added to our snap gc of year 9 girls and they pay for pictures",
    "my auntie filmed me crying and posted it on facebook saying what a failure",
]

# Read by test_concern_split_twins.py with every module's splits.
SPLITS = [
    (["my mums boyfriend is staying weekends now",
      "he stands in my doorway watching me when he thinks im asleep"],
     ["my mums boyfriend is staying weekends now",
      "he turns the telly down when he thinks im asleep, hes sound"]),
    (["deleted all my accounts today", "i wont be here after tonight"],
     ["deleted all my accounts today", "i wont be on here till after exams"]),
]

# Worries in the same voice, written before the rules (no batch may hold a worry): a new group
# chat made without the child, a fake account, a poll for the ugliest, messages leaked, left on
# read, a close friends story, and sadness that lasts. Each is a worry, none urgent; the first
# was urgent before (kicked out the form group chat read as a blow). First sight: 3 of the 13
# a worry and 1 urgent; after, all but the two in WORRIES_LEFT a worry.
WORRIES = [
    "they kicked me out the form group chat and started a new one without me, i can see them all"
    " on snap map",
    "someone made a fake account using my pics and posts horrible captions, half my year follow"
    " it",
    "theres a poll on someones story for the ugliest lad in year 9 and everyone voted me",
    "they screenshotted my story and sent it round the year group laughing at my teeth",
    "everyone in the gc left me on read all week, they call me a snake now",
    "my friends have a close friends story without me and use it to talk about me",
    "someone leaked my old dms about a boy and now everyone is taking the piss",
    "been feeling low all week, cant even be bothered to open snapchat",
    "i miss my brother so much, we lost our streak cos hes not allowed his phone where he is now",
    "just feel sad today",
    "moved placement and the old gc carries on without me, it really hurts",
]
# Read by test_concern_rule_modules.py for the reach of the worry rules, which no batch holds.
MORE = WORRIES
# Left to the learned layer: loneliness told through other people's stories names no harm the
# rules could read without reading every birthday and holiday.
WORRIES_LEFT = [
    "nobody wished me happy birthday on my story, not even my mates",
    "everyones posting their holidays and im just sat here on my own",
]

# (the context, an ordinary answer set aside, a disclosure in the same words that stays urgent)
SET_ASIDE = [
    ("a sister's kill over a spoiled duvet, a stepdad's",
     "my sister is going to kill me, i spilt nail varnish on her duvet by accident 💀",
     "my stepdad is going to kill me, i spilt nail varnish on his duvet by accident"),
    ("a friend's kill for a shared snap, and a stabbing promised after",
     "posted my besties snap from the sleepover where she is snoring, she is going to kill me",
     "posted my besties snap from the sleepover where she is snoring, she is going to kill me,"
     " her brother said he will stab me"),
    ("bowling paid for by nan, by the olders for a drop",
     "me and my mates are going bowling on friday, my nan gave me money for it",
     "me and the mandem are going bowling on friday, the olders gave me money to drop a bag"),
    ("kicked out the squad call, kicked out the house and punched",
     "they kicked me out the squad call cos my mic was echoing",
     "my stepdad kicked me out the house and punched me cos my mic was echoing"),
    ("a clip of me crying at a musical with everyone laughing, sent to mock",
     "my foster mum sent a clip of me crying at the end of the musical to nan, we were all"
     " laughing",
     "my foster mum sent a clip of me crying at the end of the musical to her mates, they were"
     " all laughing, she calls me a crybaby every day"),
]


def test_the_near_misses_written_beside_the_rules_are_all_here_and_silent() -> None:
    heading, count = BLOCK
    block = near_misses(heading)
    assert len(block) == count, len(block)
    assert raising(block) == []


def test_the_worries_in_the_same_voice_are_worries_not_urgent() -> None:
    levels = {text: (found.level if (found := detect(text, learned=False)) else None)
              for text in WORRIES}
    assert {text: level for text, level in levels.items() if level != WORRY} == {}


def test_the_worries_left_to_the_learned_layer_are_still_left() -> None:
    # If a rule comes to read one, move it to WORRIES.
    assert [text for text in WORRIES_LEFT if detect(text, learned=False) is None] == WORRIES_LEFT


def test_an_ordinary_answer_is_set_aside_and_its_disclosure_stays_urgent() -> None:
    for context, ordinary, disclosure in SET_ASIDE:
        assert detect(ordinary, learned=False) is None, context
        found = detect(disclosure, learned=False)
        assert found is not None and found.level == URGENT, context
