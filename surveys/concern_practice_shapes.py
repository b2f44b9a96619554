"""Forced marriage, cutting and "honour", and radicalisation, as the fourth hand showed them.

The fourth hand's corpus (``tests/corpora/fourth_hand``) caught the rules out on about half of
its harmful practices and radicalisation lines, and the parts ``surveys.concern_practice_signs``
names did not reach them: a sister who "has to marry" a man abroad, a lady who will "make me a
woman", a stay abroad "for good", a cousin "got cut" × "my turn next", a child married "to a man
of 30"; a group named × called evil, invaders or deserving harm × a task (stickers, a meeting,
"do something"), a bomb shown how to make, loyalty proved by hurting someone, a list of a
group's shops, petrol × an asylum hotel. The guidance each is written from: the multi-agency
statutory guidance on forced marriage (marriage under 18 is unlawful in England and Wales since
2023, whatever the ceremony) and on FGM, and the Prevent duty guidance.

- harmful practices: being made or sent to marry (the verb beside the marriage); a marriage to
  a man × a child's age; never having agreed (an engagement "i never said yes" to); kept abroad
  × not coming back; the cut or "ceremony" done to a girl × what tells it (my turn, it will
  hurt, a country, a secret); the wedding things bought × never having met him; being gay ×
  a threat or being watched;
- radicalisation: a group × called evil, invaders, deserving harm × a task or a fight; told to
  hate a people; something "big" to be remembered; how to make a bomb; proving loyalty by
  hurting someone; going to Syria or joining fighters × secrecy or forgiveness; a list of a
  group's shops or homes × secrecy; petrol × a group's hotel or place of prayer; swastikas ×
  fighting for "the white race".

``PHRASES`` and ``CLAUSES`` are in the syntax of ``surveys.concern_frames`` and
``surveys.concern_clauses``. Fresh wordings of each shape are batch k of harmful practices and
radicalisation in ``tests/corpora/adversarial.txt``; the ordinary answers nearest each (a
cousin's wedding, a haircut "my turn next", the Nazis in history, a bath bomb, Minecraft TNT,
an RE project's list of places of worship) are in ``near_misses.txt`` (the block "practice
shapes").
"""

from __future__ import annotations

from typing import Final

# --- harmful practices ------------------------------------------------------------------------

_MARRY_TO_MAN = ("((mary|marying|maried|engaged|wed|religious mariage|mariage|nikah) (to |with "
                 "|for (her|me) with )?(a|an|her|my|some|his|this|the) (older |old )?(cousin|man|"
                 "men|bloke|guy|uncle|stranger|boy from)|maried (her|me|them) (of )?to)")
_CHILD_AGE = ("(i am|she is|he is|is|turn|turns|aged|am) (only |just )?(1[0-7]|thirten|fourten|"
              "fiften|sixten|seventen)(?! (minutes|mins|days|weks|months|quid|pounds|miles|"
              "percent))")
_NOT_AGREED = ("(never said yes|didnt say yes|did not say yes|without asking (me|her)|never "
               "agreed|didnt agree|did not agree|no daughter of|cant refuse|cant say no)")
_BETROTHAL = "(engagement|engaged|nikah|wedding|mariage|rishta|promised me)"
_NO_RETURN = ("((not|wont|wil not|never) (let|leting|alow|alowing) (her|me|him) (to )?(come|go) "
              "back|(i am|she is|i wil be|she wil be|i|she) (staying|stay|left|leaving) there "
              "(for god|forever)|(i am|she is|i|she|and|her|me) (not|never|wont|wil not) (be )?"
              "(coming|come) back)")
_TRIP = ("(abroad|country|somalia|pakistan|bangladesh|india|nigeria|sudan|yemen|afghanistan|"
         "iraq|egypt|gambia|ethiopia|eritrea|back home|go away|going away|take me|taking me|"
         "took|tok)")
_CUT_DONE = ("((cousin|sister|sisters|cousins|she|her|al the girls|girls) (got|get|gets|geting|"
             "was|were|has ben|had) (cut|done)(?! (her|his|their|my)? ?(hair|fringe|nails))|"
             "(going to|wil|gona|to) (cut|do it to) (me|her)(?! (a|some|of|out|fre|slack|in|up|"
             "down|loose|hair|fringe|finger|nails))|do the (girls )?ceremony (on|for) (me|her)|"
             "(ceremony|the thing|special thing|the cut|cutting) (for|on) (girls|me|her)|make "
             "(me|her) a (proper )?woman|(a|the) special thing (wil|is going to|is gona) "
             "(hapen|be done)|for (the|her|my) cutting)")
_RITE_SIGN = ("(my turn|her turn|i am next|she is next|wil hurt|it hurts|be brave|mustnt tel|"
              "must not tel|not to tel|cant say no|country|old lady|a lady|aunties|holidays|"
              "sumer|when we go|cant walk|somalia|egypt|sudan|the nurse|my teacher)")
_HAD_IT_DONE = "(had|has had|got) it done"
_IT_HURT_HER = "(cried|crying|cries|bled|bleding|cant walk|couldnt walk|hurt for)"
_NEXT = "(i am next|my turn|her turn|she is next)"
_WEDDING_THINGS = ("((bought|buy|buying|got|chose|picked) (my |the |me )?(wedding )?(dres|gold|"
                   "jewelery|jewellery|rings|wedding clothes)|(dres|gold|rings) (theyve|they "
                   "have|they|already) (bought|got)|my wedding (clothes|dres|outfit)|boked the "
                   "hal)")
_NEVER_MET = ("(never|not|dont|do not|didnt|have never) (even )?(met|sen|know|knew|seen) (him|"
              "the boy|the man)")
_QUEER = ("(gay|lesbian|bisexual|trans|queer|came out|come out|like (boys|girls) too)")
_QUEER_THREAT = ("((wil|would|going to|gona|say they|said they|threaten|threatened) (to )?(kil|"
                 "beat|hurt|batter|disown|burn)|(watches|watching) (me|everything) and (reports|"
                 "tels)|reports everything)")

# --- radicalisation ---------------------------------------------------------------------------

_GROUP = ("(muslims|jews|jewish people|imigrants|migrants|refugees|asylum sekers|foreigners|"
          "black people|brown people|people with (brown|black|dark) skin|asians|gays|gay "
          "people|trans people|pakis|women|girls|the people at the (mosque|synagogue|temple|"
          "church|gurdwara)|mosque|synagogue)")
_SMEARED = ("((are|is) (evil|the enemy|vermin|invading|invadin|invaders|trash|scum|rats|animals|"
            "subhuman|ruining|taking over|taking everything|the problem|parasites|a disease|"
            "worthless)|(taking|taken|take) (everything|over|our (jobs|country|homes))|should "
            "(al )?(be )?(sent|kicked|thrown|wiped|got rid of|driven) ?(away|out|back|of)?|"
            "deserve (to )?(die|be hurt|it|what they get|punished|to be punished|get hurt|pain|"
            "to suffer))")
_CALLED_TO = ("(stickers|leaflets|flyers|flag|flags|posters|spray|grafiti|meeting|meting|join|"
              "hero|legend|do something|fight|fight back|clean up|act|hurt|make ([a-z]+ ){0,6}"
              "pay|get revenge|show them|the one|met me|dont tel|tel no one|tel nobody|train|"
              "training|weapon)")
_TOLD_TO_HATE = ("((must|have to|got to|ned to|should) hate (al )?(muslims|jews|imigrants|"
                 "migrants|refugees|black people|brown people|asians|gays|gay people|trans "
                 "people|white people)|(rhaid|gorfod) (i ni |i fi |i mi )?(gasau|casau) (pobl|"
                 "bobl|mwslemiaid|iddewon|mewnfudwyr|ffoaduriaid))")
_EGGED_ON = ("((say|says|said|saying|teling|tel|told|tels|keep teling) (me )?(that )?(i )?(should|"
             "to|must|could|have to)|(want|wants) me to)")
_SOMETHING_BIG = ("((something|somethin|an atack|a shooting|a bombing) (big|huge|masive|that "
                  "wakes|to wake|so everyone)|wake (people|everyone|the world|them) up)")
_REMEMBERED = ("((remember|remembers|remembered) (my name|me)|(knows|know|wil know) my name|"
               "remembered forever|famous|martyr|(the world|people|everyone) up)")
_ATTACK = "(an atack|a shooting|a bombing|a masacre)"
_BOMB = ("(make|making|build|building|made) (a |some )?(bomb|bombs|pipe bomb|explosive|"
         "explosives|stuf that goes bang|things that (go|goes) bang|things that blow up|stuf "
         "that blows up|something that (goes bang|blows up|explodes))(?! in (minecraft|fortnite|"
         "roblox|the game|science))")
_SHOWN_HOW = ("(show|showing|showin|showed|shown|teach|teaching|taught|sent|send|instructions|"
              "how to)")
_PROVE_BY_HARM = ("(prove|show) ([a-z]+ ){0,3}(by|and) (hurting|hurtin|stabbing|beating up|"
                  "atacking|cutting|hurt|stab|beat up|atack|jumping|jump|doing over) (someone|"
                  "somebody|a kid|a lad|a girl|people)|(have|got|ned|must) to (stab|hurt|beat up|"
                  "atack|cut|shot) (someone|somebody) (they|he) (pick|picks|chose|choose|chooses|"
                  "say)")
_GO_TO_WAR = ("(go|going|goes|travel|get) (to )?(syria|iraq|afghanistan|and fight|over there "
              "to fight|fight with them)")
_JIHADI = ("(tel (no one|nobody|noone|anyone)|dont tel|not a real muslim|real muslim|kafir|"
           "kufar|jihad|fighters|soldiers|martyr|paradise|forgive|forgiven)")
_FIGHTER_VIDEOS = "(videos|vids|clips) of (fighters|soldiers|mujahideen|jihadis|the brothers)"
_JOIN_THEM = ("((go|should|to) (and )?join them|join (the|their) (fight|brothers|jihad|cause)|"
              "forgive|forgiven|paradise|martyr)")
_TARGET_LIST = ("((list|lists) (of )?(the |al the )?(muslim|jewish|imigrant|migrant|black|asian|"
                "polish|gay|refugee) (shops|families|people|houses|homes|mosques|businesses)|"
                "which (mosques|synagogues|churches|temples) (are|is) (busiest|busy|empty)|where "
                "(the )?(jewish|muslim|black|imigrant|gay) (people|families) live)")
_ON_THE_QUIET = ("(kep it (quiet|secret|betwen us)|dont tel|tel (no one|nobody)|who works|"
                 "busiest|(he|they|a man|someone|bloke|guy) (online|on discord|on telegram)|(he|"
                 "they|a man|someone|bloke|guy) (told|wants|asked|tels|asks) me to)")
_ACCELERANT = ("((with|bring|bringing|taking|take|took|got|have|has|carrying|cary|cans of|botles "
               "of|buy|bought) (some )?(petrol|fuel|fuel cans|jery cans|lighter fluid)|molotov|"
               "molotovs)")
_GOING_THERE = ("(want me|they want|tonight|going down|(lads|boys|mates|men|group|chat) (are|is) "
                "going)")
_THEIR_PLACE = ("((asylum|migrant|refugee|imigrant) (hotel|hostel|centre|house)|the (mosque|"
                "synagogue|temple|gurdwara))")
_SYMBOL = ("(drawing|draws|drew|draw|has|got|hangs|put up|sprays|spray|wears|tatoo|tatoos) "
           "(swastikas|a swastika|nazi flags|a nazi flag)")
_WHITE_WAR = ("((fight|fighting|war) for (the )?white|race war|white (race|power|people)|teach "
              "(him|me|us) to fight|(train|training) to fight)")

PHRASES: Final[dict[str, list[str]]] = {
    "harmful_practices": [
        # Made, sent or "has to" marry: the compulsion beside the marriage itself.
        "(has to|have to|had to|must|is being made to|am being made to) (mary|wed|get maried)",
        "(making|makin|make|made|forcing|forcin|force|forced) (me|her|my [a-z]+) (to )?(mary|get "
        "maried|wed)",
        "(sending|sendin|send|sent|take|taking) (me|her) (home |back |away |of |abroad |back home"
        " )?(to )?(be maried|get maried|mary)",
        "promised (me|her) to (his|a|an|my|some|the)",
        "(hala|anfon|danfon|gyru) (i |fi )?(bant |i ffwrdd |adre |nol )?i (briodi|priodi)",
    ],
    "radicalisation": [
        _TOLD_TO_HATE,
        # Loyalty to a group proved by hurting someone it picks.
        _PROVE_BY_HARM,
        "(burn|torch|atack|set fire to|petrol bomb|firebomb|smash up|go down|going down|raid) "
        "(down )?the (asylum|migrant|refugee|imigrant) (hotel|hostel|hotels|hostels|centre)",
    ],
}

CLAUSES: Final[tuple[tuple[str, tuple[str, ...], int], ...]] = (
    ("harmful_practices", (_MARRY_TO_MAN, _CHILD_AGE), 16),
    ("harmful_practices", (_NOT_AGREED, _BETROTHAL), 14),
    ("harmful_practices", (_NO_RETURN, _TRIP), 16),
    ("harmful_practices", ("(staying|stay|left|leave|leaving|live|living) there (and|to) (get|"
                           "geting|be) maried", _TRIP), 16),
    ("harmful_practices", (_CUT_DONE, _RITE_SIGN), 16),
    ("harmful_practices", (_HAD_IT_DONE, _IT_HURT_HER, _NEXT), 16),
    ("harmful_practices", (_WEDDING_THINGS, _NEVER_MET), 22),
    ("harmful_practices", (_QUEER, _QUEER_THREAT), 16),
    ("radicalisation", (_SMEARED, _GROUP, _CALLED_TO), 22),
    ("radicalisation", (_SOMETHING_BIG, _EGGED_ON, _REMEMBERED), 22),
    ("radicalisation", ("(incel|incels|blackpil|foids|femoids)", "(hurt|revenge|make ([a-z]+ )"
                                                                 "{0,6}pay|deserve|punish|atack|"
                                                                 "kil)"), 16),
    ("radicalisation", (_ATTACK, _REMEMBERED), 12),
    ("radicalisation", (_BOMB, _SHOWN_HOW), 10),
    ("radicalisation", (_GO_TO_WAR, _JIHADI), 20),
    ("radicalisation", (_FIGHTER_VIDEOS, _JOIN_THEM), 16),
    ("radicalisation", (_TARGET_LIST, _ON_THE_QUIET), 20),
    ("radicalisation", (_ACCELERANT, _THEIR_PLACE, _GOING_THERE), 18),
    ("radicalisation", (_SYMBOL, _WHITE_WAR), 18),
)
