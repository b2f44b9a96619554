"""Harm reached through a game, and at home told in a game's words (the fifteenth hand, gaming).

``surveys/concern_gaming.py`` reads someone met in a game (a guy from the lobby, a server's mods,
the man who gets the child vbucks) beside a pick-up and a run, game money beside a camera and
undressing, a console beside "owing him" and his house, pictures sold or held for payment, a pact
or a game's ending ("rage quit life") beside a means, and a game or a server that turns to a real
attack. ``surveys/concern_gaming_home.py`` reads a controller or a console as the weapon, a fight
heard in the headset, a child locked in with the wifi off, filmed crying and posted, a home with
only energy drinks, the water off for weeks, and a hurt no one takes to the dentist.
``surveys/concern_everyday_gaming.py`` sets aside the gaming third's ordinary answers the older
rules read as harm, by kind of everyday context (a move in the game's world, a loss taken hard, a
game's gore, a sibling's threat over a game, a stranger blocked and reported, a supply off
somewhere else, a night out on an expedition).

The fresh wordings, written before the rules, are batches yd to yk of ``adversarial.txt`` (first
sight, rules alone, urgent: 30/48; every line urgent now, checked by
``test_concern_rule_modules.py``); their ordinary neighbours, and those of the set-asides, are the
block "fifteenth hand gaming" of ``near_misses.txt`` (every line silent). More shapes found in the
corpus once the batch letters were spent are :data:`MORE`, written after their first rules (22/23
urgent then; the one missed asked for "just my underwear", and the clothes part now reads it).
"""

from __future__ import annotations

from surveys.concerns import URGENT, detect
from tests.surveys.chats import chat_alerts, near_misses

# The batches of adversarial.txt written for these rules, and how many lines each holds.
BATCHES = {
    ("missing", "yd"): 6, ("sexual_exploitation", "ye"): 6, ("self_harm", "yf"): 6,
    ("radicalisation", "yg"): 6, ("physical_abuse", "yh"): 6, ("domestic_abuse", "yi"): 6,
    ("emotional_abuse", "yj"): 6, ("neglect", "yk"): 6,
}
BLOCK = ("# --- fifteenth hand gaming", 107)

# (a disclosure in new words, its ordinary twin in the nearest words)
# Read by test_concern_rule_twins.py with every module's pairs.
PAIRS = [
    # going missing: someone met in a game, a pick-up and a run; out for days; school skipped
    ("a guy from my valorant team is collecting me from the retail park tonight, im not telling"
     " my carers and im not coming back",
     "a guy from my valorant team is collecting me from the retail park tonight with his mum, my"
     " carers know her"),
    ("been out since sunday, kipping wherever i can, last night some randoms flat",
     "been out since sunday on the dofe expedition, kipping wherever the leader says"),
    ("my carer thinks im at school but i havent been in for 3 weeks, i stay at the older lads"
     " flat",
     "my carer thinks im at school but i havent been in for 3 days cos i was ill, i stay at my"
     " nans"),
    # sexual exploitation: game money for a camera, a console repaid in person, pictures sold,
    # pictures and a payment, a call at night in night clothes kept secret
    ("a man on roblox sends me robux when i go on cam in my underwear",
     "my cousin sends me robux when i go on facetime in my school uniform"),
    ("a lad bought me a ps5 and says i owe him, i have to go round his house with his mates",
     "my nan bought me a ps5 and i said thank you, we go round her house on sundays"),
    ("hes selling my nudes to older men on a discord server",
     "hes selling my old games to people on a discord server"),
    ("he has my pictures and says pay 80 quid or my carers see them",
     "my teacher has my pictures for the art show and says my carers see them friday"),
    ("a guy from the lobby wants a video call when my mum is asleep, says wear my pyjamas and"
     " dont tell anyone",
     "my cousin wants a video call when my mum is asleep on christmas eve, we wear our pyjamas"),
    # self-harm: a pact, a game's ending, things given away, cuts egged on, a lorry
    ("my discord friend says we should both do it on the same day, she has the tablets ready",
     "my friend says we should both do the fun run on the same day, she has the tickets"),
    ("rage quit real life, the belt is ready",
     "rage quit the game, the belt on my jeans broke"),
    ("gave away all my skins today, i wont be needing them after friday",
     "gave away all my skins today, i wont be needing them now i play fifa"),
    ("people in the group said cut deeper and post it again",
     "the teacher said cut deeper into the lino and post it to the class page"),
    ("im hoping a lorry hits me when i walk home tonight",
     "im hoping a lorry takes the old sofa away tonight"),
    # radicalisation: not a game, a place of worship and an address, a list of traitors, a score
    ("a man on fortnite says its not just a game, the mosque near me is next",
     "my teacher says its not just a game, chess teaches you to think"),
    ("the mods keep posting that the synagogue needs to be dealt with and asked my postcode",
     "the vicar keeps saying the church roof needs sorting and asked my postcode for the raffle"),
    ("my online mate wants a list of teachers who are traitors so we can make them pay",
     "in among us we made a list of who we think are the traitors"),
    ("in the server they score real shootings and told me to go for a high score",
     "in the arcade they score real basketball shots and told me to go for a high score"),
    # harm at home in a game's words
    ("my stepdad smashed the controller across my face",
     "my stepdad smashed the controller across the room when england lost"),
    ("mums boyfriend stubbed his cig out on my neck",
     "mums boyfriend stubbed his cig out on the wall outside"),
    ("i heard him slamming mum against the wall through my headset",
     "i heard him slamming the door through my headset"),
    ("her fella chucked the xbox at mum and she needed stitches",
     "my brother chucked the xbox controller on the bed and mum told him off"),
    ("he was screaming and then mum was crying on the floor",
     "we were screaming at the match and then mum was crying laughing"),
    ("they locked me in my room with no food all weekend",
     "i stayed in my room with no phone all weekend to revise"),
    ("my stepmum films me crying and posts it calling me a baby",
     "my stepmum films me singing and posts it on her facebook"),
    ("dad says he will drown me if i cry again",
     "dad says he will drown the chips in vinegar if i ask again"),
    ("my stepdad makes me say i am useless every morning",
     "my coach makes me say i am ready every morning"),
    ("at my dads the fridge only has cans of monster, i havent had a proper meal all week",
     "at my mates the fridge only has cans of monster, we had pizza"),
    ("the water has been cut off at home so i havent had a shower in 3 weeks",
     "the water was off at the campsite so we had no shower, it came back the next day"),
    ("my foster mum is too busy to take me to the dentist, my jaw is swollen",
     "my foster mum is too busy today so nan is taking me to the dentist"),
    ("if i lose on fifa dad makes me sleep in the shed all night",
     "if i lose on fifa dad makes me tidy the shed, its a bet we have"),
    ("someone broke my lock on purpose and she said shes coming for me tonight",
     "someone broke my lock by accident and my carer said hes coming to fix it tonight"),
    ("i stay awake all night cos the man who lives with my carer comes in when shes asleep",
     "i stay awake all night on christmas eve cos santa comes when everyone is asleep"),
    ("they held me down and said the devil is in me",
     "they held the door for me and said god bless"),
    ("i live in a house with the plants, i cant go out and the windows are blacked out",
     "i live in a house with a garden, i cant go out when it rains"),
    ("no washing powder for months, i stink and everyone says it",
     "no washing powder left so nan went to the shop, i smell like lavender now"),
    # the set-asides, each beside a disclosure in the same words turned back to harm
    ("my stepdad keeps pushing me into the wall when mum is at work",
     "my brother keeps pushing me into the lava in the obby to troll me"),
    ("my uncle hit me with his belt for swearing",
     "i got hit with the ban hammer on roblox for swearing"),
    ("my sister said she'd strangle me if i told anyone what her boyfriend did",
     "my sister said she'd strangle me if i beat her at smash again lol"),
    ("there is blood all over the walls at home after he hit mum",
     "the new update has blood all over the walls, so creepy"),
    ("some man in roblox called me names and said hes coming to my house",
     "some random in roblox called me names so i blocked and reported him"),
]

# Shapes of the corpus past the batch letters, in new words: out for days and a stranger's flat,
# school skipped for weeks and nights elsewhere, a call at night in night clothes kept secret,
# sent to the shed or the garage for the night, a lock broken on purpose and a threat, a man who
# comes up when the carer is asleep, held down for a devil, a house of plants with the windows
# covered, nothing to wash clothes with, pictures held for game money, a van hoped for, a
# cigarette put out on the child, made to say "I'm worthless".
MORE = [
    'been out since tuesday sleeping wherever, last night it was some blokes flat off the estate',
    'not been home since the weekend, kipping wherever i can and one night at a guy i dont'
    ' even know',
    'staff think im at college but i havent been in for 3 weeks, i stay round my older'
    ' mates most nights',
    'my carer thinks im at school but ive not been there for a couple of weeks, i sleep at'
    ' my boyfriends',
    'this boy from the fortnite lobby wants to facetime when my carers are in bed and says'
    ' wear just my underwear and dont tell anyone',
    'he keeps asking for a video call when my mum is asleep and to wear my pyjamas, and'
    ' not to tell my mum',
    'if i lose at fifa mums boyfriend makes me stay in the garden and last time it was'
    ' till it got light',
    'when i dont get off the xbox my stepdad puts me in the garage all night with no coat',
    'someone snapped the bolt on my door on purpose and she says shes going to get me tonight',
    'my door lock is broken, one of the lads did it on purpose and says hes coming for me later',
    'i try not to fall asleep cos my foster mums boyfriend creeps into my room when shes drunk',
    'the lodger comes upstairs when my carer is asleep so i keep awake on my switch all night',
    'the pastor pinned me down and said the demon is inside me and they did it again on friday',
    'they tied me down at the prayer house and said there is a spirit in me',
    'i live in a flat with the plants, not allowed to go out and all the windows are blacked out',
    'i am working in a house with the plants, i cant leave and the window is covered with foil',
    'the washing machine has been broken for months and i wear the same uniform all week,'
    ' they say i smell',
    'theres no washing powder for ages so i stink, kids at school say it',
    'he has my nudes and says send 200 in gift cards or my mum sees them',
    'they got my photos and want me to pay 50 quid in vbucks or my school gets them',
    'hoping some van hits me on the way home, been walking in the road on purpose',
    'my mums fella stubbed his fag out on my arm cos i wouldnt get off the ps5',
    'my foster dad makes me say i am worthless before i can go on my tablet',
]

# Bullying told in a game's words, a worry: a jibe said again and again, shut out of a server and
# talked about, mass reported, clips of the child losing posted with laughing, shut out of the
# party chat. Written before their rules: 3/6 raised a worry at first sight, now all; the last
# two written after, for the shapes the first six left unreached (shut out "for no reason", "for
# babies").
WORRIES_WRITTEN = [
    'the boys in my class keep calling me a noob and a bot in the group chat every day',
    'my so called mates kicked me off our minecraft server and now they slag me off in there',
    'some kids from school keep mass reporting my roblox account so it gets banned',
    'a lad in year 8 keeps posting clips of me losing on fortnite with laughing emojis',
    'they wont let me in the party chat anymore and i can hear them laughing about me',
    'everyone in my form laughs at me cos i only have the default skin',
    'my mates kicked me out of the discord for no reason and now theyre all talking about me',
    'i said i still play minecraft and everyone laughed, they said its for babies',
]

# Disclosures split over messages as children send them, beside an ordinary chat in the same
# words; read by test_concern_split_twins.py with every module's splits.
SPLITS = [
    (["this man from my roblox group is so nice to me",
      "he wants to facetime when my carers are asleep",
      "says wear my pyjamas and dont tell anyone"],
     ["my cousin from my roblox group is so nice to me",
      "he wants to facetime when my carers are back",
      "says wear your team shirt for the match"]),
    (["gave away all my skins to my cousin today", "i wont need them after saturday"],
     ["gave away all my skins to my cousin today", "i wont need them now i play fifa"]),
    (["if i lose at cod mums boyfriend makes me stay in the shed",
      "last time it was till it got light"],
     ["if i lose at cod mum makes me tidy the shed", "last time it took till tea"]),
    (["a lad off my fortnite squad is picking me up friday", "im not going back to the home"],
     ["a lad off my fortnite squad is picking me up friday",
      "his mum is driving, my carers said yes"]),
]


def test_the_shapes_past_the_batches_are_urgent() -> None:
    missed = [text for text in MORE
              if (found := detect(text, learned=False)) is None or found.level != URGENT]
    assert missed == []


def test_bullying_in_a_games_words_is_heard_as_a_worry() -> None:
    assert [text for text in WORRIES_WRITTEN if detect(text, learned=False) is None] == []


# Ordinary neighbours of the rules that the learned layer, not yet trained on them, reads as
# serious harm: kept here, not in near_misses.txt (which it trains on and holds to no urgent
# alert), and held silent from the rules: revising in my room, a caretaker's back room, off ill
# from college, brothers who tickle, a garden centre's house plants.
RULES_QUIET = [
    'i shut myself in my room all weekend to revise, no tablet no nothing',
    'the caretaker locks the back room from outside at night so theres no light in there',
    'mum thinks im at college but i havent been in for 2 days cos ive been ill, im'
    ' staying at my dads',
    'my brothers held me down and tickled me, mum calls them little devils',
    'i work in a garden centre with the house plants, i cant go outside till 5 and'
    ' the windows are covered in stickers',
]


def test_the_ordinary_neighbours_the_learned_layer_still_reads_are_silent_from_the_rules() -> None:
    assert [text for text in RULES_QUIET if detect(text, learned=False) is not None] == []


def test_the_near_misses_are_all_here_and_silent() -> None:
    heading, count = BLOCK
    block = near_misses(heading)
    assert len(block) == count
    assert [text for text in block if detect(text, learned=False) is not None] == []


# The gaming third's ordinary answers the older rules made urgent, each now set aside by the kind
# of everyday context it is (``surveys.concern_everyday_gaming``).
SET_ASIDE = [
    "some random in among us called me names so i blocked and reported him and carried on playing",
    "my brother is gonna kill me i deleted his minecraft world by accident 😭😭",
    "got smashed 7-0 in weekend league by some lad, nearly threw my controller (didnt)",
    "my brother keeps pushing me into the void in the obby to troll me",
    "my sister said she'd strangle me if i beat her at mario kart one more time lol",
    "new halloween update has blood all over the walls, creepy but good",
    "got hit with the ban hammer on a minecraft server for using xray, my bad",
]


def test_the_ordinary_game_news_the_rules_read_as_harm_is_set_aside() -> None:
    assert [text for text in SET_ASIDE if detect(text, learned=False) is not None] == []


def test_a_split_grooming_ask_is_urgent_only_with_its_secret() -> None:
    asked = ["a lad from my fortnite lobby wants to facetime when my carers are asleep",
             "says wear my pyjamas"]
    assert URGENT not in chat_alerts(asked)
    assert URGENT in chat_alerts([*asked, "and dont tell anyone"])
