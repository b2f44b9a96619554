"""Harmful practices and radicalisation as a child tells them inside an answer about something else.

The fifth hand's corpus (``tests/corpora/fifth_hand``) answers the survey's own questions, so a
disclosure sits after "but", in a friend's story, or is told only by what follows from it. The
parts ``surveys.concern_practice_signs`` and ``concern_practice_shapes`` name did not reach
these shapes, written from the multi-agency statutory guidance on forced marriage, on FGM and on
abuse linked to faith or belief, and from the Prevent duty guidance:

- harmful practices: a child called a witch or possessed × beaten, starved or put out for it; a
  hot stone or iron pressed on a girl's chest to stop it growing ("breast ironing"); a trip ×
  becoming a woman, being made "clean", walking strangely after × "next"; a husband named for a
  child, a marriage planned abroad × not wanting it or being cut off for refusing; sent abroad
  "for good" × "I know why"; taken abroad to be "fixed" for being gay;
- radicalisation: admiring or planning to copy a mass attacker (a named shooting, a school); a
  list of who would be "first"; people dying as the only way to be heard; a group × to be got
  rid of or deserving what is coming × helping or keeping it from carers; revenge on girls urged
  by a forum; carers called traitors or unbelievers; the movement as the child's family × being
  needed to act; stickers with a slogan of hate; a manifesto or leaflets × proving oneself or
  being a soldier; counting a place's security or who goes in and out, for someone who asked.

``PHRASES`` and ``CLAUSES`` are in the syntax of ``surveys.concern_frames`` and
``surveys.concern_clauses``. Fresh wordings of each shape are batch v in
``tests/corpora/adversarial.txt`` (first sight, rules alone, urgent: harmful practices 4/16,
radicalisation 4/20); the ordinary answers nearest each (a witch in a play, an iron for a
school shirt, a sister's wedding, a rugby team from New Zealand, a drama group, a game's
mission) are in ``near_misses.txt`` (the block "embedded exploitation, practices and home").
"""

from __future__ import annotations

from typing import Final

from surveys.concern_slots import QUEER

# --- harmful practices ------------------------------------------------------------------------

# Called a witch or possessed: abuse linked to faith or belief is told by what is done for it.
_CALLED_POSSESSED = ("(has|have|got|hes|shes|is|im|am|thinks|think|say|says|said|saying|call|"
                     "calls|called) ([a-z]+ ){0,3}(a witch|witch|possessed|a demon|demon|an evil "
                     "spirit|evil spirit|a bad spirit|bad spirit|witch spirit|the spirits|spirits|"
                     "jinn|the devil)")
_PUNISHED_FOR_IT = ("((beat|beats|beaten|beating|hit|hits|hitting|starve|starves|starving|"
                    "starved) (him|her|me|them|it)|beaten out|beat (it|the [a-z]+) out|no food|"
                    "(dont|didnt|do not|did not|not|wont|doesnt) (give|feed) (him|her|me)( any)?"
                    "( food)?|(doesnt|dont|does not) get (any )?food|sleep outside|lock (me|him|"
                    "her) out|locked out|out of (him|her|me)|(be|get|got|was|being|been) "
                    "beaten|beaten (at|by|for))")
_ON_HER_CHEST = "(on|against|onto|over) (my|her|their) (chest|breasts|boobs)"
_FLATTENED = ("(stop (them|it|my [a-z]+|her [a-z]+) (from )?growing|stop them grow|stop growing|"
              "flatten|flat|wont grow|dont grow|not grow|burns|burnt|burned)")
_HOT_THING = "(stone|stones|iron|iron thing|spatula|pestle|spoon|hot [a-z]+)"
# What is said of a girl after, or before, she is cut.
_CUT_HINTED = ("(walking funny|walks funny|walk funny|cant walk properly|couldnt walk properly|"
               "become a woman|becomes a woman|be made a woman|(be|im|ill be|i will be|then im) "
               "(pure|clean)|(my|her) (special day|ceremony))")
_NEXT_OR_TRIP = ("(im next|i am next|shes next|she is next|my turn|her turn|time for (her|me)|"
                 "(will|itll|it will|it wil|gona|going to) hurt|somalia|sudan|egypt|gambia|"
                 "ethiopia|eritrea|guinea|mali|sierra leone|nigeria|back home|the trip|when we "
                 "(go|visit))")
_BRIDE = ("((my|your) (future )?husband|the man (im|i am) (marrying|going to marry|gona marry|to "
          "marry)|(im|i am) (marrying|going to marry|to marry|getting married to)|(fin|fi yn|i "
          "yn) (priodi|briodi))")
_A_CHILD = ("((when|wen) (im|i am|i turn)|turn|turns|im|i am|dwin|dwi yn) (1[0-7]|[1-9]|ten|"
            "eleven|twelve|thirteen|fourteen|fifteen|sixteen)(?! (minutes|mins|days|weeks|months|"
            "quid|pounds|miles|percent|years older))")
_UNWANTED = ("((i|and i|but i) (dont|do not|really dont) (want|wanna)( to)?(?! (be a|be the|wear|"
             "go to the))|never met (him|the man|the boy))")
_CUT_OFF = ("if i (say no|refuse|dont agree|wont|dont do it)( [a-z]+){0,3} (dead to|disown|not "
            "(his|their|her|part of the|part of this) family)")
_WEDDING = "(wedding|marry|marriage|married|engaged|husband|rishta|nikah)"
_FOR_GOOD = ("(going|gone|sent|sending me|send me|taking me|take me|moving me|go) (back )?(to )?"
             "([a-z]+ )?(for good|forever|for ever)")
_I_KNOW_WHY = ("(i know why|i know what (that|it) means|(to|and) (get )?(married|marry)|wedding|"
               "husband)")
_FIXED = "(fixed|cured|straightened out|sorted out|made normal)"
_SENT_ABROAD = ("(abroad|overseas|back home|away|pakistan|bangladesh|india|nigeria|somalia|"
                "morocco|turkey|iran|iraq|africa|taking (her|him|me)|take (her|him|me)|send "
                "(her|him|me)|sending (her|him|me))")

# --- radicalisation ---------------------------------------------------------------------------

_ATTACKER = ("((christchurch|columbine|new zealand|school|mosque|mass) (shooter|shooters|"
             "shooting|shootings|boys|lads|killers|attack|attacker)|columbine|(guy|man|lad|"
             "bloke) in (new zealand|christchurch) (did|done))")
_COPYING = ("(legend|a hero|hero|do the same|do what (he|they) did|planning|plan|work(ing)? out "
            "how|how to do it|what id do|what i would do|fan (group|page|server|club)|bring(ing)? "
            "something (in|into))")
_WHO_FIRST = "((list|lists) (of )?(people|kids|names|who)|who at (school|college))"
_IF_I_DID = ("((be|go) first if i|if i (ever )?(did something|do something|snapped|snap|"
             "flipped|lost it))")
_ONLY_WAY = ("(only way|the only thing) ([a-z]+ ){0,4}(listen|notice|care|take (us|me) "
             "seriously|hear (us|me))")
_DEATHS = ("(loads|lots|many|people|of them|everyone|enough) ([a-z]+ ){0,2}(die|dies|dead|get "
           "killed|are killed)")
_GROUP = ("(muslims|jews|immigrants|migrants|refugees|asylum seekers|foreigners|black people|"
          "kuffar|kufar|kafirs|infidels|mewnfudwyr|ffoaduriaid|mwslemiaid|iddewon|tramorwyr)")
_RID_OF = ("(deserve (whats|what is|what|everything thats) coming|should be (got rid of|gotten "
           "rid of|wiped out|removed)|need (getting|to be got|to be gotten) rid of|get rid of|"
           "cael gwared|wiped out|(are|is) (ruining|destroying|invading) (this|the|our) "
           "country)")
_HELPING = ("(help them|help (him|out)|helping|a list of|(do|did|doing) something|act|its time|"
            "not to tell|dont tell|shouldnt tell|wants me|isio helpu|eisiau helpu|helpu nhw)")
_GIRLS = "(girls|women|females|foids|femoids)"
_REVENGE = ("(get revenge|take revenge|make (them|em) (all )?pay|punish (them|all of them)|"
            "deserve (to suffer|pain|to be hurt))")
_URGED_ONLINE = ("(forum|forums|guys online|men online|lads online|the server|server says|the "
                 "chat says|discord|incel|incels)")
_UNBELIEVER = "(race traitor|race traitors|kuffar|kufar|kafir|kafirs|infidel|infidels)"
_AGAINST_CARERS = ("(carer|carers|foster|social worker|my family|stopped talking|dont speak|not "
                   "trust|cant be trusted|ticket)")
_MOVEMENT = ("(movement|brotherhood|the cause|the group|the brothers|the lads online|the server)")
_NEEDED_TO_ACT = ("((need|needs|want|wants|needed) me to act(?! in| on| as| out| the| like)|act "
                  "soon|(the|my) only family|my (real )?family now)")
_HATE_POSTED = "(stickers|leaflets|posters|graffiti|spray|flyers)"
_HATE_SLOGAN = ("(whites only|white only|white power|14 ?88|no (muslims|immigrants|foreigners|"
                "refugees)|(immigrants|foreigners|muslims|refugees) out)")
_RECRUITED = "(leaflets|manifesto|videos|flags|a mod)"
_SOLDIER = ("((im|i am|your|youre|you are) a soldier( now)?|soldier now|ready when (they|the "
            "time|he) (ask|asks|call|calls|say|says|comes)|(willing|ready) to prove (myself|"
            "yourself)|prove myself to (them|the group))")
_WATCHING_A_PLACE = ("(how (much|many) (security|guards|security guards|cameras|cctv|police)|"
                     "write down who (goes|go|comes) in and out|who (goes|comes) in and out)")
_WHY_WATCHED = ("(mission|when the time comes|the time comes|asylum|refugee|migrant|mosque|"
                "synagogue|the chat|group chat|online|discord|telegram|the server)")
_ASKED_ME = ("((ask|asks|asked|asking|want|wants|wanted|told|tell|tells) me|(they|he) (asked|"
             "want|wants))")

PHRASES: Final[dict[str, list[str]]] = {
    "harmful_practices": [
        # Taken abroad to be "fixed" and married off for being gay.
        "(get|be) (fixed|cured) and (married|married off)",
    ],
    "radicalisation": [
        # Shown how to make a bomb, in Welsh (the English is in concern_practice_shapes).
        "(sut i|shwt i|sud i) (wneud|neud|greu|adeiladu) (bom|bomiau|ffrwydron)(?! bath)",
        "(hit|do|get|sort|burn) the (asylum|migrant|refugee|immigrant) (hotel|hostel|hotels|"
        "centre)",
    ],
}

CLAUSES: Final[tuple[tuple[str, tuple[str, ...], int], ...]] = (
    ("harmful_practices", (_CALLED_POSSESSED, _PUNISHED_FOR_IT), 22),
    ("harmful_practices", (_ON_HER_CHEST, _HOT_THING, _FLATTENED), 16),
    ("harmful_practices", (_CUT_HINTED, _NEXT_OR_TRIP), 18),
    ("harmful_practices", (_BRIDE, _A_CHILD), 18),
    ("harmful_practices", (_BRIDE, _UNWANTED), 18),
    ("harmful_practices", (_CUT_OFF, _WEDDING), 18),
    ("harmful_practices", (_I_KNOW_WHY, _FOR_GOOD), 18),
    ("harmful_practices", (_FIXED, QUEER, _SENT_ABROAD), 18),
    ("radicalisation", (_ATTACKER, _COPYING), 16),
    ("radicalisation", (_WHO_FIRST, _IF_I_DID), 16),
    ("radicalisation", (_ONLY_WAY, _DEATHS), 14),
    ("radicalisation", (_RID_OF, _GROUP, _HELPING), 22),
    ("radicalisation", (_REVENGE, _GIRLS, _URGED_ONLINE), 20),
    ("radicalisation", (_UNBELIEVER, _AGAINST_CARERS), 14),
    ("radicalisation", (_NEEDED_TO_ACT, _MOVEMENT), 16),
    ("radicalisation", (_HATE_SLOGAN, _HATE_POSTED), 14),
    ("radicalisation", (_SOLDIER, _RECRUITED), 18),
    ("radicalisation", ("(im|i am|youre|you are) a soldier now", "ready when (they|he|the time) "
                        "(ask|asks|call|calls|say|says|comes)"), 14),
    ("radicalisation", (_WATCHING_A_PLACE, _WHY_WATCHED, _ASKED_ME), 20),
)
