"""Radicalisation as a child who is not sure it "counts" tells it (issue 13).

The sixth hand's corpus (``tests/corpora/sixth_hand``) hedges each line ("mostly a joke", "not
serious", "its just jokes tho right", "dont tell prevent lol"): the hedge is not the harm. These
clauses read the roles and acts left, as the Prevent duty guidance describes them:

- the child (or "we") wanting, planning or asked to help hurt a group named by faith, race or
  nation (in English and Welsh);
- a weapon × "doing" a place of worship; spraying it or putting up stickers × a test, an
  initiation or being told to;
- a list, a map or a folder × shooting or stabbing × school (who would be first, where the
  teachers stand, a copy of an attack) × admiration or intent;
- people online × wanting the child to prove loyalty, to meet, to join, or to "take it offline"
  or into real life; hateful ideas (a replacement, a race war, Nazi edits) × the same ask;
- travel to a war to join fighters or "the brothers" × videos of killing, or a ticket paid;
- teachers, carers or school called the enemy × the child told to stop going or not to tell;
- memes or jokes about gassing or ovens; revenge on girls or women × an incel killer named.

``PHRASES`` and ``CLAUSES`` are in the syntax of ``surveys.concern_frames`` and
``surveys.concern_clauses``. Fresh wordings of each shape are batch wb of
``tests/corpora/adversarial.txt`` (first sight, rules alone, urgent: 5/19; a second probe after
the fix, 4/4); the ordinary answers nearest them (a history lesson on the Holocaust, a game's
clan, a boxing club, a school map for a project, a trip to a mosque) are the block "hedged
practices and placements" of ``near_misses.txt``.
"""

from __future__ import annotations

from typing import Final

# A group named by faith, race or nation, or "people not like us".
_GROUP = ("(muslims|jews|jewish (people|kids)|immigrants|migrants|refugees|asylum seekers|"
          "foreigners|black (people|kids)|asians|pakis|polish (kids|people)|romanian (kids|"
          "people)|poles|gypsies|sikhs|hindus|christians|white people|mewnfudwyr|ffoaduriaid|"
          "mwslemiaid|iddewon|tramorwyr|pobl sy (ddim|dim) fel ni|people (not|who are not|who "
          "arent) like us)")
_INTENT_TO_HARM = ("((i|we) (really )?(want|need|should|plan|planed|am planing|are planing|"
                   "wil|am going|are going)( to)? |(help|helping) (him|them|us) |(wants|want|"
                   "asked|asking) me to (help (him|them) )?|(rhaid|angen|isio) i (ni|fi) )"
                   "(hurt|smash up|smash|batter|kil|attack|stab|shot|bomb|burn|gas|wipe out|get "
                   "rid of|frifor?|brifor?|lad|ymosod ar)")
# A group chat's "they must go", and the group asking to meet the child.
_MUST_GO = ("((rhaid|angen|need to|needs to|have to|has to|must) (cael gwared ar|get rid of|kick "
            "out|wipe out|be got rid of))")
_MEET_ME = ("((want|wants|isio|eisiau) (to )?(meet|cwrdd a) (me|fi)|(isio|eisiau) cwrdd|meet "
            "me|meet up)")
_WEAPON = "(gun|guns|knife|knives|bomb|bombs|petrol|acid|machete|a van)"
_HOLY_PLACE = ("((do|doing|hit|hitting|attack|attacking|shot up|shoot up|burn|burning|go into|"
               "walk into) the (mosque|synagogue|gurdwara|temple|masjid|mandir))")
_DEFACE = "(spray|spraying|paint|painting|graffiti|stickers|swastika|swastikas|smash|pig)"
_WORSHIP = "(mosque|synagogue|gurdwara|temple|masjid|mandir)"
_A_TEST = ("((my|a|the) (test|initiation)|prove (myself|i am|im)|told me to|want me to|wants "
           "me to|asked me to)")
# A school attack told as a plan: who, where, with what.
_LIST_OR_MAP = ("(list|lists|wrote down|write down|written down|made a list|names|map|drew|"
                "drawn|plan|folder|saved)")
_SHOOTING = ("((would|wed|should|deserve to|deserves to|id) (get )?(shoot|shot|stab|stabbed|"
             "kill|killed)|(wed|would|id) take out|get shot|guns|a gun)")
_AT_SCHOOL = ("(school|clas|my year|in my year|colege|teachers|kids|canteen|the hal|assembly|"
              "playground)")
_COPY_ATTACK = ("(columbine|christchurch|school shooter|school shooting|the shooting video|the "
                "attack video|the christchurch video)")
_THINK_OF_DOING = ("((think|thinking|thought|want|plan|planing|going|imagine|dream) (about )?"
                   "(doing|to do|do) (something|it|the same|that))")
_WHERE_THEY_STAND = ("(where the (teachers|staf|cameras|guards|police|exits) (stand|are|sit|go|"
                     "be)|when the (hal|canteen|assembly|playground|school) is (ful|busiest|"
                     "packed))")
_FAME = ("(famous|remembered|a legend|a hero|online mates|online friends|the server|the group|"
         "the chat)")
# People online who ask the child to act for them.
_PROVE_LOYAL = ("((prove|show|test) (that )?(i am|im) (loyal|one of (them|us)|worthy|"
                "commited)|(prove|show) (my|our) loyalty|prove myself|(its|it is) my (test|"
                "initiation)|my initiation)")
_ACT_OFFLINE = ("((doing|do|did) (something|it|stuf) (irl|in real life|for real|offline)|take "
                "it (offline|irl|into real life|in real life|to real life|to the streets)|irl|"
                "in real life|offline|rhywbeth mawr)")
_IDEOLOGY = ("(nazi|nazis|hitler|great replacement|being replaced|replacement|race war|jihad|"
             "caliphate|kufar|kafir|fighting for (our|the) (race|nation|people|ummah)|(b|f)rwydro "
             "dros y (genedl|cenedl)|remigration|white power|the enemy)")
_ASKED_TO_JOIN = ("((want|wants|wanted|asked|asking|isio|eisiau|need|needs) (me|i fi)|(says|"
                  "said|say) i (should|must|need to)|told me to|time to)")
_JOIN_WHAT = ("(join (his|their|the) (active club|fight club|group|movement|fight|brothers)|"
              "active club|fight club|meet (me|up)|cwrdd|helpu|help (them|him|nhw)|take it "
              "(offline|irl|into real life|in real life)|something (big|mawr)|rhywbeth mawr|"
              "training)")
# Going to a war to join the fighters.
_WAR = "(syria|iraq|isis|the caliphate|afghanistan)"
_JOIN_FIGHTERS = ("((to )?(be with|join) the (brothers|fighters|mujahideen|mujahidin)|beheading|"
                  "execution|pay for my (flight|ticket)|(sending|send)"
                  " (me )?money for the (ticket|flight))")
_GOING = "(going|go|goes|join|fly|flying|travel|over there)"
# Those around the child called the enemy, and the child told to pull away.
_THE_ENEMY = ("((teachers|school|carers|foster [a-z]+|staf|police|social workers|the west|"
              "britain|the government|kufar|kafir|infidels) (are|is) ([a-z]+ and )?(the )?(enemy|"
              "enemies))")
_PULL_AWAY = ("(stop going|shouldnt go|should not go|dont go|not go|leave|cut (them|you) off|"
              "stop (talking|listening|trusting)|prevent|dont tell)")
_HATE_JOKES = "(memes|meme|edits|jokes|posts|videos)"
_GASSING = ("(gassing|gas (them|the [a-z]+)|(them|em|jews) (in|into) (the )?ovens|ovens for "
            "(them|jews)|hanging them|race war)")
_REVENGE = ("(make (them|em) (al )?(pay|sufer)|get revenge|take revenge|punish (them|women|"
            "girls))")
_WOMEN = "(girls|women|females|foids)"
_INCEL_KILLER = ("(eliot|rodger|incel|incels|like (he|they|the [a-z]+ [a-z]+|the [a-z]+) did|"
                 "blackpil)")

# A tyrant praised by a group that then has the child act for it: "the group said Hitler was
# right and showed me the salute, they want me to give out leaflets". A lesson about him names
# no one who recruits the child.
_PRAISED = ("((hitler|the nazis|nazis|isis|the taliban|breivik|tarrant) (was|were|is|are) (right|"
            "a hero|heroes|good|a legend|legends)|(hitler|the nazis) did nothing wrong)")
_RECRUITS = ("(showed|show|shows|taught|teach|teaching|want|wants|wanted|asked|asks|got|get|"
             "gets|told|tell|tells) (me|us)")
_FOR_THEM = ("(salute|leaflets|stickers|flyers|posters|meet (them|up)|their (march|meeting|"
             "rally)|the (march|meeting|rally))")

PHRASES: Final[dict[str, list[str]]] = {}

CLAUSES: Final[tuple[tuple[str, tuple[str, ...], int], ...]] = (
    ("radicalisation", (_INTENT_TO_HARM, _GROUP), 12),
    ("radicalisation", (_MUST_GO, _GROUP, _MEET_ME), 22),
    ("radicalisation", (_WEAPON, _HOLY_PLACE), 16),
    ("radicalisation", (_DEFACE, _WORSHIP, _A_TEST), 20),
    ("radicalisation", (_LIST_OR_MAP, _SHOOTING, _AT_SCHOOL), 16),
    ("radicalisation", (_COPY_ATTACK, _THINK_OF_DOING, _AT_SCHOOL), 22),
    ("radicalisation", (_WHERE_THEY_STAND, _FAME), 22),
    ("radicalisation", (_PROVE_LOYAL, _ACT_OFFLINE), 20),
    ("radicalisation", (_IDEOLOGY, _ASKED_TO_JOIN, _JOIN_WHAT), 26),
    ("radicalisation", (_WAR, _GOING, _JOIN_FIGHTERS), 20),
    ("radicalisation", (_THE_ENEMY, _PULL_AWAY), 16),
    ("radicalisation", (_HATE_JOKES, _GASSING), 14),
    ("radicalisation", (_REVENGE, _WOMEN, _INCEL_KILLER), 20),
    ("radicalisation", (_PRAISED, _RECRUITS, _FOR_THEM), 24),
)
