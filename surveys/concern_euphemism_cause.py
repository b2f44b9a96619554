"""Radicalisation told in a group's cover words: a "mission", a "score", a "patrol", a "cleanse".

The twelfth blind hand (``tests/corpora/twelfth_hand``) told a child drawn towards violence in
the words the group gives it, not in the words of the violence: teachers or neighbours named
"kuffar", "invaders" or "the enemy" who "must be punished"; a "mission", a "task" or "homework"
set for the child's school or college; "high scores" and "saints" for mass killers, a livestream
watched for "what he did right"; a hotel "with the migrants in it" and petrol, or its address
for those who will "take care of the rest"; "kit" and a "patrol"; the great replacement and a
weapon asked for; hijrah with a ticket paid and kept secret; martyrs who "go straight to
paradise" and a video to record. ``surveys.concern_codes_groups`` reads the movements' own code
words (the day of the rope, 1488, a saint Tarrant); these rules read the cover word beside the
part that makes it harm, never alone (a mission in a game, a hotel, a patrol, a ticket, a
martyr in RE are everyday):

- a group or a voice online × people named as enemies or invaders × to be punished, cleansed or
  cleared out × near the child or asked of the child (not hate seen online and reported); or
  unbelievers as the enemy, at war, with something to be done, said by the group; "legit
  targets"; those who insult the prophet to be punished × their addresses; bricks through the
  windows of a hated group; "going ER" on the girls at school;
- an online group × a "mission", "task" or "homework" × a real place or a date for it;
- a real attack or its killer × a "high score", a "saint" or "what he did right" (a game's
  shooter and its high score are everyday);
- a place where a hated group lives or prays × fire, petrol brought or "the rest" taken care
  of; or photographed, its address sent × "they'll handle it";
- the movement's ideas (the great replacement, remigration, "red pilled") × a weapon, a patrol or
  "cleaning the town";
- weapons bought as "kit" × a "patrol" or clearing people out;
- hijrah × a ticket paid × secrecy or a child's age; married to a fighter × abroad;
- martyrdom praised × a video, a police station or an army base asked about.

Fresh wordings written before the rules are batches qq and qr of ``tests/corpora/adversarial.txt``;
the everyday sentences that share their words are the block "the twelfth hand's cover stories"
of ``tests/corpora/near_misses.txt``. Sexual harm told behind a cover story is in
``surveys.concern_euphemism_body``. Same syntax as ``surveys.concern_frames``.
"""

from __future__ import annotations

from typing import Final

# --- who says it ---------------------------------------------------------------------------------

_ONLINE = ("(telegram|discord|server|forum|the group|group chat|gc|on tiktok|tiktok live|"
           "game chat|the chat|my chat|brothers|akhi|sheikh|the lads|the guys|the leader|mods)")

# --- people named as enemies to be punished -----------------------------------------------------

_THEM = ("(muslims|jews|migrants|immigrants|refugees|asylum seekers|asylum people|foreigners|"
         "black people|gays|kufar|kafirs|kafir|unbelievers|murtads)")
_PUNISHED = ("((must|need to|needs to|should|have to|has to|deserve to) (be )?(punished|pay|"
             "cleansed|removed|gone|sorted out)|(are|r) (the )?(enemy|enemies|invaders|legit "
             "targets|legitimate targets)|at war with us|(clean|cleanse|clear|clearing|cleaning) "
             "(out |up )?"
             "(the town|our town|the area|the street)|(cleanse|clear out|get rid of) (our town )?"
             "(of )?(them|the)|do (something|our part) for (the )?ummah)")
# Near the child, or asked of the child (not hate seen and reported: "it makes me sad").
_OURS = ("((in|at|near) (my|our) (street|school|college|town|area)|near (me|us)|round here|(we|"
         "you) (must|have to|need to|should|are going to)|i should|(want|wants|told|tell|tells) me|"
         "me to)")
_LEGIT = ("(teachers|police|people|students|girls|kids) ([a-z]+ ){0,3}(are|r) (legit|legitimate) "
          "targets")
_KUFAR_DUTY = ("((are|r) (the )?(enemy|enemies)|at war with us|must be punished|punish|do our "
               "part|prove my loyalty|do something)")

_INSULT = ("punish (the people|those|anyone|people|them) who (insult|insulted|insults|disrespect|"
           "mock|mocked|draw|drew)")
_WHERE = "(addresses|address|where they live|location|sent me|names)"
_ESCALATE = ("(brick|bricks|petrol bomb|petrol bombs) (thru|through) ([a-z]+ )?(windows|their "
             "windows|the windows)")
_ER = ("(go|going|went|goes) er on (the )?(girls|women|females|foids|femoids|people|everyone|"
       "normies|my school|the school)")

# --- a mission set for a real place -------------------------------------------------------------

_MISSION = ("(mission|task|boom plan)(?! (for|in) (minecraft|"
            "fortnite|roblox|the game|the server))")
_REAL_PLACE = ("((for|at|on|in) (my|the|our) (school|college|sixth form|mosque|synagogue|"
               "church|shopping centre|police station)(?! (project|work|course|coursework|"
               "assignment|open day|trip|team|radio|magazine|newspaper|club|play|fair|show|fete|"
               "bake sale|charity|disco|prom|party|concert|"
               "website|account|minecraft|server|application|applications|interview|induction|"
               "timetable|uniform|exam|exams|essay|homework))|for the cleanse|pick the busiest "
               "(day|time)|list of "
               "places|for my 18th|how to "
               "make (the|a) (thing|bomb|device)|till the end of term)")

# --- a killer's score -----------------------------------------------------------------------------

_REAL_ATTACK = ("(shootings|school shootings|mass shootings|christchurch (guy|shooter|vid|video|"
                "livestream|stream|attack)|mosque (attack|shooting|shooter)|body counts? of (the )?"
                "shooters|attack livestream|saint edits)")
_HIS_SCORE = ("(high score|high scores|top score|(the )?next saint|a saint|(what|everything) he "
              "did (right|well)|beat (the|his|their) (score|count|record)|be (the )?next)")

# --- a hated group's place, and fire -------------------------------------------------------------

_THEIR_PLACE = ("((hotel|hotels|flats|houses|centre|camp) (with|where|for) (the )?(refugees|"
                "migrants|asylum|asylum seekers|asylum people|immigrants|foreigners)|(asylum|"
                "migrant|refugee) (hotel|hotels|centre|camp)|the (mosque|synagogue|gurdwara))")
# Not petrol bought on the way, nor the mosque built of bricks or cleaned after Eid.
_FIRE = ("((bring|bringing|brought|brings|cans of|can of) petrol|jerry cans?|burn (it|them"
         "|the place) (out|down)|burn (it )?(out|down)|do a fire|set (it|the place) on fire|torch "
         "it|(take|taking|takes) care of the rest)")
_SCOUTED = "(photos|pictures|pics|film|films|filming|address|addresses)"
_HANDLED = "((he|they) (wil|would) (handle|sort|do) (it|the rest)|hel handle it|theyl handle it)"
_A_SHOOTER = "((the|that) [a-z]+ shooter(?! (game|games)))"
_HERO = "((the )?next saint|a saint|(what|everything) he did (right|well)|a hero|a martyr)"

# --- the movement's ideas, and arms ---------------------------------------------------------------

_IDEAS = ("(great replacement|remigration|red pilled|redpilled|white genocide|race war|day of the "
          "rope|jews running everything|jews run everything|truth videos)")
_ARMS = ("(weapons|a gun|guns|(3d|ed) printed|knuckle dusters|machete|balaclava|clean the "
         "town|cleanse|hotel address|petrol|(need|have) to be ready|do a fire)")
_KIT = "(knuckle dusters|knuckleduster|machete|machetes|baseball bat|weapons|a blade)"
_PATROL = "((on|the|for (the|our)) patrol(?! leader| of)|patrols)"

# --- travel to join -----------------------------------------------------------------------------

_HIJRAH = "(hijrah|hijra)"
_FARE = ("((pay|pays|paid|sort|sorts|book|books|get) ([a-z]+ ){0,2}(ticket|flight|flights)|the "
         "land|only way)")
_HIDDEN = ("((dont|do not|havent|have not|not) tell|told (anyone|nobody)|between me and allah|"
           "(i am|im) 1[0-7]|cousin online|online)")
_A_FIGHTER = "(marry|married|marry me) (to )?a (fighter|mujahid)(?! pilot)"
_ABROAD = "(abroad|overseas|go over|the sisters did|join|flight|ticket|when (i am|im) 1[0-7])"

# --- martyrdom praised, and a request ------------------------------------------------------------

_MARTYRS = ("(martyrs (go|get|goes) (straight )?to (paradise|jannah|heaven)|ready to (be|die as|"
            "become) (a )?(shahid|martyr)|be brave like the martyrs)")
_ASKED = ("((wants|want|asked|asks|told|tells) me to (record|film|make) a video|(what|how much) i "
          "know about the|police "
          "station|army base|go abroad|prove)")

CLAUSES: Final[tuple[tuple[str, tuple[str, ...], int], ...]] = (
    # People named as enemies or invaders, to be punished or cleared out, by a group.
    ("radicalisation", (_PUNISHED, _THEM, _ONLINE, _OURS), 24),
    # Teachers or police as "legit targets", online.
    ("radicalisation", (_LEGIT, _ONLINE), 16),
    # Unbelievers as the enemy, and something to be done, said by the group.
    ("radicalisation", (f"(kufar|kafirs|unbelievers) ([a-z]+ ){{0,6}}{_KUFAR_DUTY}", _ONLINE), 20),
    # Those who insult the prophet to be punished, and addresses sent.
    ("radicalisation", (_INSULT, _WHERE), 14),
    # A hated group, and bricks through windows next.
    ("radicalisation", (_ESCALATE, _THEM), 24),
    # "Going ER" (a killer of women's initials) on the girls at school.
    ("radicalisation", (_ER, "(school|college|class|year|thinking about it|deserve)"), 10),
    # A "mission" from a group online, for a real place or a date.
    ("radicalisation", (_MISSION, _ONLINE, _REAL_PLACE), 18),
    # A real attack or its killer, and a "score" or a "saint".
    ("radicalisation", (_REAL_ATTACK, _HIS_SCORE), 16),
    # A named killer called a saint or a hero.
    ("radicalisation", (_A_SHOOTER, _HERO), 10),
    # Such a place photographed or its address sent, for someone who will "handle it".
    ("radicalisation", (_THEIR_PLACE, _SCOUTED, _HANDLED), 20),
    # A place where a hated group lives or prays, and fire or "the rest".
    ("radicalisation", (_THEIR_PLACE, _FIRE), 18),
    # The movement's ideas beside a weapon, a patrol or "cleaning the town".
    ("radicalisation", (_IDEAS, _ARMS), 20),
    # Weapons as "kit", for a patrol or to clear people out.
    ("radicalisation", (_KIT, _PATROL), 14),
    # Hijrah with a ticket paid, kept secret or for a child.
    ("radicalisation", (_HIJRAH, _FARE, _HIDDEN), 20),
    # Married to a fighter, abroad.
    ("radicalisation", (_A_FIGHTER, _ABROAD), 14),
    # Martyrdom praised, and a video or a target asked about.
    ("radicalisation", (_MARTYRS, _ASKED), 18),
)
