"""Harm told in the North East's, Cumbria's and Yorkshire's words (the sixteenth hand, first).

``surveys/concern_dialect_north_east.py`` reads the region's words as the rules' ("t'" the,
"mi" my, "divn't", "knaa", "neebody", "gadgie", "netty", "laal un"), so every rule reads them.
``surveys/concern_north_east.py`` reads harm at home in the voice's grammar ("us" for "me") and
its everyday words of a blow, only beside the harmful part: a blow with a thing or into a wall
from a grown-up, a cigarette put out on the skin, a baby shaken hard, a mother put through glass
or kicked while pregnant or locked out all night, a man at the child's door or bed at night, a
blade "in my sleep", "mucky" films, a pet threatened if the child tells, a punishment in
underwear. ``surveys/concern_north_east_away.py`` reads the shapes away from a grown-up's care:
a young child left with a baby all night, food locked away, nights slept rough since a run, a
man's van while missing, a fire planned at a hotel of asylum seekers, a soldier to be stabbed on
a picked day, men from a takeaway who give drink and want a hotel, a sister married abroad and
"my turn". Fresh wordings, written before the rules, are batches sq to sx of ``adversarial.txt``
(first sight, rules alone, urgent: 10/41 before the dialect reading, 19/41 with it); every line
is checked urgent with every batch. Their ordinary neighbours are the block "sixteenth hand,
North East" of ``near_misses.txt`` (every line checked silent, alone and sent one after
another). ``surveys/concern_everyday_north_east.py`` sets aside the region's everyday answers by
kind; they are read here beside the harm in their words.
"""

from __future__ import annotations

import pytest

from surveys import (
    concern_dialect_north_east,
    concern_everyday_north_east,
    concern_north_east_worries,
)
from surveys.concern_clauses import compile_part
from surveys.concerns import URGENT, WORRY, detect, normalise
from tests.surveys.chats import chat_alerts, near_misses, unreached

BATCHES = {
    ("physical_abuse", "sq"): 6,
    ("unsafe_home", "sr"): 5,
    ("sexual_abuse", "ss"): 5,
    ("emotional_abuse", "st"): 5,
    ("neglect", "su"): 5,
    ("missing", "sv"): 5,
    ("domestic_abuse", "sw"): 5,
    ("radicalisation", "sx"): 5,
}

# (a disclosure in new words, its ordinary twin in the nearest words)
# Read by test_concern_rule_twins.py with every module's pairs.
PAIRS = [
    # a pet threatened if the child tells, never a vet's news about a poorly pet
    ("he says he'll have my dog put down if I tell anyone what goes on",
     "the vet said we might have to have my dog put down, if I tell you will you come round"),
    # physical harm: a dialect blow with a thing, or into a wall, from a grown-up; a cigarette
    # on the skin; a baby shaken hard
    ("mi uncle brayed us wi a broom handle for losin his lighter",
     "mi uncle brayed us at darts wi his lucky arrows again"),
    ("foster dad lamped us against t' radiator n I've a bump on mi head",
     "foster dad lamped us a cushion across t' room n I've a bump on mi ego lol"),
    ("mi stepmam's fella put his fag out on mi wrist cos I was lippy",
     "mi stepmam's fella put his fag out in t' ashtray cos I was moaning"),
    ("she shook t' bairn proper hard cos he wouldn't settle",
     "she shook t' bairn's rattle proper hard cos he wouldn't settle"),
    # domestic abuse: through a door, kicked while pregnant, locked out all night
    ("her fella hoyed mi mam through t' glass door at t' weekend",
     "her fella hoyed mi mam's old glass door on t' tip at t' weekend"),
    ("mi stepda kicked mi mam in t' belly n she's expecting in May",
     "t' baby kicked mi mam in t' belly n she's expecting in May"),
    ("he locked mi mam out in t' rain n wouldn't let her in while 4",
     "mi mam got locked out in t' rain at 4 n nana let her in"),
    # an unsafe home: a man at the door at night, in the bed, watching, a blade in sleep
    ("mam's new fella keeps tryin mi bedroom door handle at night",
     "mam's new fella keeps fixin mi bedroom door handle, it sticks"),
    ("the lodger was sat on mi bed at 3am starin at us",
     "the lodger sat on mi bed to fix mi blind n said it was mint"),
    ("mi foster brother's mate watches us get changed through a gap in t' door",
     "mi foster brother's mate helps us get changed for t' match in t' changing room"),
    ("t' lad in t' next room says he'll stab us in mi sleep, he's got a blade",
     "t' lad in t' next room says he'll beat us at FIFA in mi sleep, he's that good"),
    # sexual abuse: mucky films, stuff done in bed, the body asked for, clothes off for pictures
    ("mi stepda makes us watch mucky films when mam's on nights",
     "mi stepda makes us watch old films when mam's on nights"),
    ("her lad does stuff to us under t' duvet when he stops ower",
     "her lad does impressions for us under t' duvet when he stops ower"),
    ("the man next door made us take mi top off n took photos",
     "the man next door made us a top hat for t' play n took photos"),
    # emotional harm: a pet threatened if the child tells, sent where they hurt kids, never to
    # see a brother if the child cries, a punishment in underwear
    ("foster mam says she'll get rid of mi kitten if I tell school owt",
     "foster mam says she'll get mi kitten spayed if it keeps yowling"),
    ("mi stepmam says I'll never see mi baby sister again if I cry at court",
     "mi stepmam says I'll see mi baby sister again at Christmas"),
    ("he makes us stand in t' garden in mi pyjamas when I'm naughty",
     "he makes us stand in t' garden in mi pyjamas to watch t' fireworks"),
    # neglect: a young child left alone or with a baby; food locked away; no dentist
    ("mam's at t' pub n I'm 9, been left on me own wi t' bairn all night",
     "mam's at t' pub quiz n I'm 9, nana's minding us all night"),
    ("t' cupboards are locked n I've not had owt since yesterday",
     "t' cupboards are full n I've not had owt since dinner cos I'm stuffed"),
    ("they won't take us to t' doctor, mi ear's been leakin for weeks",
     "they're taking us to t' doctor cos mi ear's been itchy for weeks"),
    # missing: nights slept rough since a run; a man's van while missing
    ("slept in a doorway in Whitby three nights since I ran from t' placement",
     "slept in a caravan in Whitby three nights wi mi placement, it was mint"),
    ("been stoppin in some gadgie's van since Friday, staff divn't knaa where a am",
     "been stoppin in me nana's van since Friday, staff know where a am"),
    # the same shapes, further: a man who knows where the child sleeps; touched where the
    # knickers are; sent where they hurt children; a baby's food kept from the child
    ("the fella who rents our attic says he knows where I sleep n grins, I'm frightened to nod off",
     "mi nana says she knows where I sleep cos she tucks us in every night"),
    ("mi foster dad touches us where mi pants are when he says goodnight",
     "mi foster dad tucks us in n says goodnight"),
    ("mi carer says she'll have us sent to a unit where they beat kids if I don't behave",
     "mi carer says she'll have us sent to a camp where they teach kids to sail if I behave"),
    ("mi carer keeps t' proper food for her own bairns n we get toast",
     "mi carer keeps t' proper food for Sunday n we get toast on Saturday"),
    ("I gan missin to a flat in Shields most weekends n come back skint",
     "mi cat goes missing to t' house next door most weekends n comes back fat"),
    ("a man pays us to scoot round Jarrow droppin off tiny bags, am 11",
     "a man pays us to scoot round Jarrow droppin off leaflets, am 11"),
    ("I keep thinkin about walkin in front of a wagon on t' A19, dunno how much longer I can"
     " hold on",
     "nearly walked in front of a wagon on t' A19, mam says I need mi eyes testin"),
    ("ganna gan off t' Wear bridge on Friday, neebody'll even notice",
     "ganna gan off t' top board at t' baths on Friday, neebody'll even notice I'm scared"),
    ("mi uncle did a nikah for us at his hoose n am 13",
     "mi uncle went to a nikah for mi cousin at his hoose n am 13 so I helped"),
    # radicalisation: a place of worship filmed with its people; a manifesto beside an attack
    # video; "they all deserve it"; a legend "if I did it" beside bombs
    ("a lad on discord told us to film t' synagogue n t' families going in",
     "our RE teacher told us to film t' synagogue's windows for our project"),
    ("I keep rewatchin t' Buffalo livestream n I've written me own manifesto now",
     "I keep rewatchin t' election debate n I've written me own manifesto for school council"),
    ("t' man from t' boxing club says they all deserve it n we should do summat at t' shopping"
     " centre",
     "t' man from t' boxing club says they all deserve a medal n we should do a sponsored walk"),
    ("a lad online sends us bomb videos n says I'd be a legend if I did it at t' Metrocentre",
     "mi cousin sends us skateboard videos n says I'd be a legend if I did it at t' skatepark"),
    # radicalisation: a fire planned at a target of people; a police officer on a picked day
    ("we're gonna torch t' asylum hotel on Saturday, they've got t' petrol",
     "we're gonna toast marshmallows at t' hotel on Saturday, they've got t' fire pit"),
    ("the lads in t' group want us to stab a copper, they've set t' date",
     "the lads in t' group want us to be coppers, they've set t' date for t' open day"),
    # sexual exploitation: men from a takeaway who give drink, and a hotel after
    ("lads from t' kebab shop give us vodka n take us to a hotel after",
     "lads from t' kebab shop give us free chips n take us to t' match after"),
    # harmful practices: a sister married abroad and "my turn"; a nikah for a child
    ("mi sister got sent to Bangladesh to get married n never came back, dad says it's my turn",
     "mi sister went to Bangladesh on holiday n came back wi a tan, dad says it's my turn next"),
]

# Each dialect reading: a disclosure the reading lets a rule read, and the same word in an
# ordinary answer that stays quiet.
DIALECT_TWINS = [
    ("t", "he battered us wi t' belt n I've got marks", "t' lads won t' cup n I've got t' medal"),
    ("mi", "mi stepdad punched mi face", "mi stepdad painted mi room"),
    ("divnt", "a divn't want to live anymore", "a divn't want to go to t' dentist"),
    ("knaa", "nobody knaas he hits us", "nobody knaas he's got a new bike"),
    ("neebody", "neebody feeds us, I've not ate for days", "neebody saw t' goal, I've not shut up"),
    ("gadgie", "a gadgie off snap wants us to send him nudes",
     "a gadgie off t' bus gave us a quid"),
    ("netty", "I hid in t' netty while he was hittin mam", "I hid in t' netty while they sang"),
    ("feart", "am feart to gan home cos of him", "am feart of spiders"),
]

# Worries in the same voice, written before ``surveys/concern_north_east_worries.py`` (first
# sight, rules alone, any alert: 2/11): each must raise an alert, not urgent.
WORRIES = [
    "t' lasses in mi class call us \"care bear\" every day cos I live in a home",
    "the lads on t' school bus keep callin us a scrounger since I moved to Hull",
    "a lass keeps shovin us in t' dinner queue n knockin mi tray out mi hands",
    "kids in mi form keep hoyin mi pencil case out t' window most days",
    "some lad's made a fake tiktok of us wiv mi face on a rat",
    "they keep tellin us mi dad didn't want us, that's why I'm in care",
    "neebody lets us play footy wi them at break",
    "lasses at mi new school call us a gyppo cos I'm from Appleby",
    "raging aal t' time since t' move n I can't stop it",
    "feel proper lonely at mi new foster house, nobody gets mi jokes",
    "I want to knaa why I'm in care, no one's ever explained it to us",
    "missin mi marras from mi old estate in Workington",
    "wish a could gan back to mi mam's",
    "I'm that mardy all t' time n I divn't knaa why",
    "I'm worried about mi grandad, he's poorly in hospital n nobody'll take us to see him",
]
# Read by test_concern_rule_modules.py for the rules every line here must reach.
MORE = WORRIES


@pytest.mark.parametrize("text", WORRIES)
def test_a_worry_in_the_north_east_s_words_raises_a_worry(text: str) -> None:
    found = detect(text, learned=False)
    assert found is not None and found.level == WORRY, (text, found)


# Read by test_concern_split_twins.py with every module's splits.
SPLITS = [
    (["mam's fella came in mi room again", "he keeps tryin mi door handle at night"],
     ["mam's fella came in mi room again", "he keeps fixin mi door handle, it's knackered"]),
    (["been missin since Thursday", "kippin in some fella's car, nobody knows where a am"],
     ["been at nana's since Thursday", "kippin in her spare room, everybody knows where a am"]),
]

# Each set-aside's everyday answer, beside harm in its words that must still be read.
SET_ASIDE_TWINS = [
    ("our kid belted us a ball ower t' fence at footy",
     "mi dad belted us wi his belt ower t' fence"),
    ("nana whacks us wi t' tea towel when we pinch t' crackling",
     "nana's fella whacks us wi t' belt when we pinch t' crackling"),
    ("mi little sister keeps tryin mi door at night cos she's scared of t' dark",
     "mam's boyfriend keeps tryin mi door at night n I'm scared"),
    ("wor dog scratches at mi bedroom door every night at 3am",
     "mam's fella scratches at mi bedroom door every night at 3am"),
    ("mi cousin got in mi bed cos she had a nightmare",
     "mi uncle got in mi bed n touched us"),
    ("the school nurse asked us to take mi top off for t' bcg",
     "a man asked us to take mi top off for money"),
    ("am 17 n mum leaves us on mi own all weekend when she works away",
     "am 7 n mum leaves us on mi own all weekend when she goes out"),
    ("we put a lock on t' fridge cos t' dog kept raidin it",
     "she put a lock on t' fridge n I've not had owt since yesterday"),
    ("slept in t' train station waitin for t' first train after t' concert",
     "slept in t' train station three nights since I ran from t' placement"),
    ("we went missing from t' group on t' school walk n got a detention",
     "we go missing for days n nobody from t' home comes lookin"),
    ("a gadgie pays us to hand out little bags of sweets for t' food bank",
     "a gadgie pays us to drop off little bags round t' estate, I'm 12"),
    ("mi keys have gone missing again, I'm always losin them",
     "mi sister has gone missing again, she's been gone three days"),
    ("locked mesen in t' toilet at school by accident",
     "he locked us in t' toilet all night"),
    ("burnt mi tongue on a pasty at t' match",
     "he burnt mi arm wi a lighter"),
    ("slept in a tent at Kielder wi t' scouts n it poured",
     "slept in a tent in t' park three nights since I ran off from t' home"),
    ("mam got locked out in t' rain n nana let her in",
     "he locked mam out in t' rain all night n wouldn't let her in"),
    ("we stood in t' garden in our pyjamas to watch t' fireworks",
     "she makes us stand in t' garden in mi pyjamas for hours when I wet t' bed"),
    ("got told off for cyclin home wi no lights, mam went mad",
     "got left wi no food n no lights for days"),
]


@pytest.mark.parametrize(("word", "harm", "everyday"), DIALECT_TWINS)
def test_each_dialect_reading_lets_harm_be_read_and_its_everyday_use_stays_quiet(
    word: str, harm: str, everyday: str
) -> None:
    spoken = {**concern_dialect_north_east.NORTH_EAST_SPEAK}
    assert word in spoken or word.rstrip("s") in spoken, word
    found = detect(harm, learned=False)
    assert found is not None and found.level == URGENT, harm
    assert detect(everyday, learned=False) is None, everyday


def test_the_dialect_is_read_as_the_rules_words() -> None:
    read = normalise("t' laal un's in t' netty wi mesen")
    assert read == "the litle ones in the toilet wi myself"
    assert normalise("a divn't knaa, neebody telt us") == "a dont know nobody told us"


@pytest.mark.parametrize(("everyday", "harm"), SET_ASIDE_TWINS)
def test_each_set_aside_stays_quiet_and_the_harm_in_its_words_does_not(
    everyday: str, harm: str
) -> None:
    assert detect(everyday, learned=False) is None, everyday
    found = detect(harm, learned=False)
    assert found is not None and found.level == URGENT, harm


def test_the_near_misses_sent_one_after_another_stay_quiet() -> None:
    near = near_misses("# --- sixteenth hand, North East")
    assert chat_alerts(near) == []


def test_every_worry_rule_is_reached_by_a_worry() -> None:
    # The registry reaches every rule with every line written here; a worry rule must be
    # reached by a worry, not by a disclosure of serious harm.
    assert unreached(concern_north_east_worries, WORRIES) == []


def test_every_set_aside_is_reached_by_its_everyday_answer() -> None:
    plain = [normalise(everyday) for everyday, _ in SET_ASIDE_TWINS]
    for category, sayings in concern_everyday_north_east.NORTH_EAST.items():
        for saying in sayings:
            assert any(compile_part(saying).search(text) for text in plain), (category, saying)
