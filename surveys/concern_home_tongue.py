"""Harm at home told in English with a home language beside it (the fourteenth hand's third voice).

Children raised here in families who speak Polish, Romanian, Urdu, Punjabi, Bengali, Somali,
Arabic, Portuguese or Turkish at home write mostly English, but name the people at home in the
home language ("nanu", "wujek", "babcia", "hooyo", "annem") and now and then say the blow in it
("wujek mnie bije"). The older rules know "dad", "mum" and "uncle" as who may hurt and be hurt,
so the same sentence with a home word for the person went unread, or was set aside as an
everyday saying ("burned my hand on the cooker") that the person named would have turned back to
harm. This module reads the people as the home languages name them, beside what is done:

- physical harm: a grown-up named in a home language who hits, beats, slaps, burns or belts the
  child or a part of the child's body ("nanu burned my hand"); a beating said in the home
  language with the child as the one beaten (Polish "mnie bije", Romanian "tata ma bate",
  Turkish "beni dovuyor", Urdu and Punjabi "mujhe marta", "mainu marda", Bengali "amake mare",
  Arabic "bidrabni", Somali "i garaacay", Portuguese "me bateu");
- domestic abuse: a grown-up, or "he", who hits, throws at, kicks or pushes the child's mother or
  grandmother named in a home language ("punched annem", "threw the chai at ammi"); a knife held
  to her; killing or "finishing" her promised; the same said in the home language (Romanian "o
  bate pe mama", Turkish "annemi dovdu", Urdu "ammi ko marta");
- emotional abuse: a weapon laid on the table or shown beside what happens to those who talk
  ("snakes who talk"); scorn in the home language with the child its object, said every day
  (Polish "jestem nikim", Urdu "tum kisi kaam ke nahi", Romanian "nu sunt bun de nimic");
- neglect: the child's mother or father, named in a home language, who drinks or will not get up
  while there is no food in the house; medicine run out that no grown-up at home will fetch.

Each part asks for the harm: a game won ("beat me at chess"), a ball thrown to nani, a cheek
pinched, a kill threat with a laugh after it, tea drunk in the morning and medicine fetched
tomorrow stay quiet. Fresh wordings, written before the rules, are batches xd, xe, xi and xj of
``tests/corpora/adversarial.txt``; the ordinary answers nearest them are the block "fourteenth
hand, a home language beside English" of ``tests/corpora/near_misses.txt``. Marriage abroad,
a faith or a people made the lever for an attack and a child brought over to work are in
``surveys.concern_home_tongue_practices``. Same syntax as ``surveys.concern_frames``.
"""

from __future__ import annotations

from typing import Final

from surveys.concern_slots import BODY
from surveys.concern_voice_parts import gap_without

# --- the people at home, as the home languages name them -------------------------------------

# Grown men: father, grandfathers, uncles, in Urdu and Punjabi, Bengali, Polish, Romanian,
# Somali, Arabic, Turkish and Portuguese ("nana" is left out: in English it is a grandmother).
_HOME_HE = ("(baba|babam|abba|abbu|abu|abbo|aabo|abi ji|papa ji|bapu|tata|tato|tatus|"
            "tatusiek|dziadek|dziadzia|wujek|wujo|bunicul|bunic|unchiu|nenea|chacha|chachu|"
            "chacha ji|taya|taya ji|tayaji|mamu|mamoo|mama ji|nanu|nana ji|nanaji|dadu|dada ji|"
            "dadaji|adeer|abti|awowe|awoowe|ammo|khalo|jiddo|jido|sido|dede|dedem|amca|amcam|dayi|"
            "dayim|pai|papai|avozinho)")
# Grown women: mother, grandmothers, aunts, in the same languages.
_HOME_SHE = ("(mama|mami|mamusia|mamuska|babcia|babci|babunia|ciocia|ciotka|bunica|matusa|"
             "mamaie|ammi|ammu|amma|ammy|ammijan|maa|maji|mummy ji|nani|nanima|dadi|dadima|"
             "khala|khalajan|phupho|phuppo|phuppi|phupi|chachi|mumani|tayi|hooyo|ayeeyo|ayeyo|"
             "eedo|habaryar|habo|mae|mamae|vovo|avozinha|annem|anneanne|anneannem|babaanne|"
             "babaannem|teyze|teyzem|yenge|teta|tayta|khalto|amto)")
# The one who harms, as a grown-up at home in a home language, or as any grown-up ("he", "my
# stepdad"), for harm done to the child's mother named in a home language.
HOME_ELDER = f"({_HOME_HE}|{_HOME_SHE})"
_HE_OR_ELDER = (f"({HOME_ELDER}|he|my stepdad|stepdad|my dad|dad|his brother|my uncle|uncle|"
                "her husband|her boyfriend|her partner)")

# --- physical harm: a grown-up named in a home language, a blow to the child -----------------

# Blows a hand or a thing gives, never "grabbed my hand" to cross a road or "pinched my cheeks".
_BLOW = ("(hit|hits|hitting|beat|beats|beating|beaten|punch|punches|punched|kick|kicks|kicked|"
         "slap|slaps|slapped|smack|smacks|smacked|whack|whacks|whacked|thump|thumps|thumped|"
         "belt|belts|belted|whip|whips|whipped|burn|burns|burnt|burned|batter|batters|battered|"
         "choke|chokes|choked|strangle|strangled|headbutt|headbutted|stab|stabbed|scald|scalded)")
# What turns a blow into a game, a kiss or an accident.
_PLAY_AFTER = ("(?! (at|in|to|on points|away|by accident|accidentally|by mistake|with (a|the|his|"
               "her|my) (ball|pillow|snowball|balloon|cushion|racket|bat|frisbee|water|"
               "straighteners|curling tongs|tongs|hairdryer|hair dryer))(?![a-z]))")
ELDER_BLOWS_ME = (f"{HOME_ELDER}( (always|just|then|even|also|literally|once|again|proper))? "
                  f"{_BLOW} (me|my {BODY}){_PLAY_AFTER}")

# The blow said in the home language, with the child as the one beaten. Polish "bil" loses its
# "l" once normalised ("bi"); Romanian "ma bate" is also "the thought strikes me" ("ma bate
# gandul") and "beats me at" a game ("ma bate la sah"), so it asks for a grown-up before it;
# "ma" is read as text-speak "my" once normalised.
BEATEN_IN_HOME_WORDS = (
    "(((mnie|nas) (bije|bija|bi|bia|bili|uderza|uderzy|uderzya|leje|tucze|zbi|zbia|pobi|pobia)"
    "|(bije|bija|bi|bia|leje|uderza|zbi|zbia|pobi|pobia) (mnie|nas))(?! w (szachy|karty|"
    "gry|fife|pilke|warcaby))"
    f"|{HOME_ELDER} (ma|my|m a) (bate|batea|a batut|batut|loveste|a lovit|lovea)(?! (gandul|la)"
    "(?![a-z]))"
    "|beni (dovuyor|dovdu|doverdi|dover|dovecek|dovuyorlar|dovduler)"
    "|bana (vuruyor|vurdu|vurur)"
    "|(mujhe|mujhko|mainu|menu) (marta|marti|marte|marda|mardi|marde)(?! (jana|"
    "jaunga|jaungi|gaya|gayi)(?![a-z]))"
    "|amake (mare|marse|marlo|mareche|marto|marte)"
    "|(yidrabni|bidrabni|darabni|darabatni|yodrobni|tidrabni|btidrabni|bidrobni|darbatni)"
    "|(wu|way|wa|ayu) i (garaca|garacay|garacaa|garacdey|garacda|garacday)"
    "|(me (bate|bateu|batia|batem)|bate em mim|bateu em mim)(?! (no|na|em (tudo|jogo))(?![a-z])))"
)

# --- domestic abuse: the child's mother named in a home language ------------------------------

# Blows to another, and things thrown at her (not "threw the ball to nani").
_BLOW_HER = ("(hit|hits|beat|beats|punched|punches|kicked|kicks|slapped|slaps|smacked|whacked|"
             "pushed|pushes|shoved|shoves|dragged|drags|strangled|choked|chokes|headbutted|"
             "attacked|(threw|throws|chucked|chucks) (a|the|his|her|hot|boiling)( [a-z]+){0,2} at|"
             "threw|throws)")
_THINGS_IN_PLAY = "(ball|balls|frisbee|pillow|pillows|snowball|snowballs|cushion|towel|keys|kiss)"
ELDER_BLOWS_HER = (f"{_HE_OR_ELDER}{gap_without(_THINGS_IN_PLAY, 5)} (and )?{_BLOW_HER}"
                   f"{gap_without(_THINGS_IN_PLAY, 2)} {_HOME_SHE}(?! (a|the|some) )(?!s (phone|"
                   f"cake|car|keys|bag|shop))(?! with (a|the|her|his|my) {_THINGS_IN_PLAY})"
                   "(?![a-z])")
# A knife held to her, or at her.
KNIFE_TO_HER = (f"(knife|blade|machete|scissors) (to|at|on|against) {_HOME_SHE}(s (throat|neck|"
                "face|chest|head))?(?![a-z])")
# Her death promised, without a laugh after it.
_JEST_AFTER = "(?!( [a-z]+){0,8} (lol|lmao|joking|jk|haha|hahaha|xd|jokes|kidding)(?![a-z]))"
KILL_HER = (f"(wil|gonna|going to|threaten|threatens|threatened|threatening|swears he wil|said he "
            f"wil|says he wil|wants to) (to )?(kil|finish|finish off|end|murder|stab|burn) "
            f"{_HOME_SHE}(?![a-z]){_JEST_AFTER}")
# "He'll finish her" beside a knife: a clause of its own.
FINISH_HER = (f"((finish|finish off|end|kil) her(?! (homework|dinner|tea|food|plate|drink|off|"
              f"hair)(?![a-z]))|finish what (he|she) started with (her|{_HOME_SHE})(?![a-z]))")
_WEAPON_SHOWN = ("(knife|knives|blade|machete|gun|hammer|what he had in his (jacket|pocket|"
                 "coat))")
# The blow said in the home language, with the mother as the one beaten.
HER_BEATEN_IN_HOME_WORDS = (
    f"(o (bate|batea|a batut|loveste|a lovit) pe {_HOME_SHE}|a batut o pe {_HOME_SHE}"
    "|(annemi|anneannemi|babaannemi|teyzemi|annemizi) (dovuyor|dovdu|doverdi|dover|dovecek|"
    "dovuyorlar)"
    f"|{_HOME_SHE} ko (marta|marte|marda)"
    "|(bije|bi|pobi|uderzy|leje) (mame|mamusie|babcie|ciocie)"
    f"|(bate|bateu|batia) na (minha )?(mae|mamae|avo|vovo|tia))(?![a-z])"
)

# --- emotional abuse: a weapon shown to warn those who talk, scorn in the home language ----------

_WEAPON_LAID = ("(shows|showed|show|puts|put|lays|laid|keeps|kept|gets out|got out|takes out|took "
                "out|pulls out|pulled out|waves|waved)( me)? (his|her|a|the|their)( big| new)? "
                "(knife|knives|gun|machete|blade|hammer|bat|cricket bat|axe)")
# What becomes of those who talk: never people who talk in class, in a film or at iftar.
_TALKERS_WARNED = ("((remember )?what (happens|happened|wil happen) to ([a-z]+ ){0,3}(who|that) "
                   "(talk|talks|talked|tell|tells|told|sing|sings|grass|grasses|snitch|snitches)"
                   "|(kids|children|people|girls|boys|snakes|birds) who (talk|tell|sing|grass|"
                   "snitch) (disappear|go missing|get hurt|end up|die|get buried))(?! (in|during|"
                   "at) (class|assembly|lessons|lesson|the library|the film|iftar|dinner|maths)"
                   "(?![a-z]))")
# Scorn in the home language with the child as its object, said to the child: "mowi ze jestem
# nikim" (says I am nobody), "says tum kisi kaam ke nahi" (you are good for nothing), "zice ca nu
# sunt bun de nimic" (says I am good for nothing). Never a line read out, sung or shouted at a
# match ("is what the boy says", "at the cricket").
_SAYS = ("(mowi|mowia|mowil|mowila|mowi mi|says|say|said|tells me|told me|calls me|shouts|"
         "zice|spune|imi zice|imi spune|kehti|kehta|kehte|bolti|bolta|diyor|yaqul|btiqul)")
_SCORN_IN_HOME_WORDS = (
    f"{_SAYS} (ze |that |ca |to me |me )?(jestem nikim|jestem (do "
    "niczego|beznadziejna|beznadziejny|glupi|glupia)|(tum|tu) (kisi kam (ke|ki) nahi|bekar|"
    "nikama|nikami|nalayak)|nu (sunt|esti) (bun|buna) de nimic|nu valorez (nimic)?|(sen )?"
    "(hicbir ise yaramazsin|ise yaramazsin)|(inta|inti|enta|enti) (ma btiswa|mabtiswa|fashil|"
    "fashla))(?! (is|means|was|at|to the|in the|on the)(?![a-z]))"
)
_EVERY_DAY = ("(every day|everyday|every single day|all the time|codziennie|caly czas|"
              "in fiecare zi|mereu|tot timpul|her gun|kul yom)")

# --- neglect: a parent named in a home language, and no food or no medicine ------------------

_THEIRS = f"({HOME_ELDER}|she|he|my mum|mum|my dad|dad)"
# Drinking that is not tea, nor a fast broken.
_DRINKS = ("(just drinks|only drinks|drinks all day|drinks from the morning|drinks every day|"
           "drinks all the time|is always drunk|is drunk all|is drunk every|drinking all day|"
           "drinking every day|(dont|doesnt|does not|wont|never) get up( out of bed)? (anymore|"
           "any more|at all|for days)|stays in bed (all day|every day|all the time|for days))"
           "(?! (tea|coffee|chai|water|juice|milk|smoothies|after (the|her|his) (shift|operation|"
           "night)|when (she|he) (fasts|is fasting)))")
_NO_FOOD = ("((nothing|no food|nothing to eat|nothing left) (in|at) (the|our) (cupboard|"
            "cupboards|fridge|kitchen|house)|(only|just) (ketchup|rice|bread|cereal|crackers|"
            "water) (left|in the (cupboard|cupboards|fridge))|nothing to eat since|no food since|"
            "theres nothing (in|to eat)|not eaten since|havent eaten since|nothing in the "
            "(cupboard|cupboards|fridge))")
_MEDICINE = ("(inhaler|inhalers|insulin|epipen|epi pen|meds|medicine|medication|tablets|pump|"
             "prescription)")
_RAN_OUT = "(ran out|run out|runs out|is empty|finished|all gone)"
_NOT_FETCHED = (f"({HOME_ELDER} (never|wont|doesnt|does not|didnt|keeps not|wil not) (take|takes|"
                "get|gets|go|goes|ring|rings|book|books|fetch|fetches|pick|picks)|"
                f"({HOME_ELDER}|she|he|mum|dad) keeps saying (tomorrow|later|next week)|(no one|"
                "nobody|noone) (takes|wil take|gets|wil get) me)")

PHRASES: Final[dict[str, list[str]]] = {
    "physical_abuse": [ELDER_BLOWS_ME, BEATEN_IN_HOME_WORDS],
    "domestic_abuse": [ELDER_BLOWS_HER, KNIFE_TO_HER, KILL_HER, HER_BEATEN_IN_HOME_WORDS],
}

CLAUSES: Final[tuple[tuple[str, tuple[str, ...], int], ...]] = (
    # A weapon laid out or shown, and what happens to those who talk.
    ("emotional_abuse", (_WEAPON_LAID, _TALKERS_WARNED), 110),
    # Scorn in the home language, said every day.
    ("emotional_abuse", (_SCORN_IN_HOME_WORDS, _EVERY_DAY), 60),
    # "Said he will finish her", a knife held or shown.
    ("domestic_abuse", (FINISH_HER, _WEAPON_SHOWN), 50),
    # A parent who drinks or will not get up, and no food in the house.
    ("neglect", (f"{_THEIRS}( [a-z]+){{0,3}} {_DRINKS}", _NO_FOOD), 90),
    # Medicine run out that no grown-up at home will fetch.
    ("neglect", (f"{_MEDICINE} {_RAN_OUT}", _NOT_FETCHED), 60),
)
