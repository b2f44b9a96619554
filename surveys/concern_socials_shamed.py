"""Shamed, threatened, heard and recruited online: the fifteenth hand's social media harms.

The same young people as ``surveys.concern_socials`` tell harm that reaches them through the
app itself: a carer who posts the child crying on a story, staff who share the child's messages
in their group chat to mock, a family that finds a boyfriend on Instagram and threatens the
child, a mum's partner heard through a live or a voice note, a group chat that rates attack
videos and plans one, an oath filmed and sent, a "real member" made by hurting someone, and
peers who remove, rank and expose the child. Each rule asks for the app's part and the harmful
part together:

- emotional abuse: a grown-up at home or staff × the child's crying, meltdown or messages
  posted, filmed, read out or shared × to mock ("take the mick", "no wonder", "failure", "what
  I have to put up with"); made to delete pictures of a parent × the parent called a junkie or
  the child "the same" or every day;
- honour: the child's account, messages or phone seen or gone through × a boy, a girlfriend,
  being gay or a hijab off × shame, being dealt with, sorted out, or a knife shown; or found
  online × sent abroad to marry;
- domestic abuse: heard through the phone (a live, facetime, a call, a voice note, in the
  background) × a knife held, a door kicked down, her thrown about or hit; his act on her head or
  face through or into the telly, a wall or a window; boiling water or tea thrown or poured on
  her or nan;
- radicalisation: videos of shootings or attacks × one planned at a school or a place of faith;
  an oath filmed or recorded × a knife, stabbing or being told what to do; hurting or attacking
  someone × to become a real member or soldier, or to prove oneself; plans of a mosque or a
  synagogue × to be there with petrol or a knife;
- bullying (a worry): removed from the group chat × a new one made without the child; a poll,
  vote or ranking × the ugliest or most likely to; a fake account of the child; old messages
  exposed or leaked × the whole year or taking the mick; left on read by everyone; a close
  friends story × about or without the child;
- upset (a worry): sad, low, lonely or down for a day, a week or all the time (not over a team
  or a film), and the old group chat going on without the child.

Fresh wordings written before the rules are batches ze-zj of ``tests/corpora/adversarial.txt``
(the bullying ones, worries, are in ``tests/surveys/test_concern_socials.py``); the ordinary
answers nearest them are the block "fifteenth hand, social media" of
``tests/corpora/near_misses.txt``. Same syntax as ``surveys.concern_frames``.
"""

from __future__ import annotations

from typing import Final

# --- emotional abuse: shamed online by the grown-ups at home ------------------------------------

_GROWN_UP = ("(carer|carers|foster mum|foster dad|foster carer|foster carers|staff|stepdad|step "
             "dad|stepmum|step mum|my mum|my dad|aunty|auntie|uncle|my nan|grandad|key worker|"
             "keyworker|mums boyfriend|mums boyfriend)")
_SHARED = ("(post|posts|posted|posting|put|puts|putting|film|films|filmed|filming|screenshot|"
           "screenshots|screenshotted|share|shares|shared|send|sends|sent|read|reads|forward|"
           "forwards|forwarded) ([a-z]+ ){0,3}(me crying|of me crying|me when i cry|of me having "
           "a meltdown|my (msgs|messages|texts|dms|chats|diary|voice notes))")
_TO_MOCK = ("(mock|mocking|take the mick|taking the mick|take the piss|taking the piss|laugh at "
            "me|laughing at me|and laugh|all laugh|to shame me|failure|what i have to put up "
            "with|look at this baby|no wonder|pathetic|waste of space|useless|cry baby|crybaby)")
_DELETE_A_PARENT = ("(made|makes|make|forced|told) me (delete|deleting|get rid of|bin)( all)? "
                    "(of )?(my |the )?(pictures|photos|videos|messages|texts|voice notes) (of|"
                    "from|with) (my )?(mum|mam|dad|nan|brother|sister|family)")
_RUN_DOWN = ("(crackhead|junkie|druggie|smackhead|alcoholic|slag|tramp|waste of space|end up the "
             "same|end up like (her|him)|every single day|every day)")

# --- honour: found online by the family ---------------------------------------------------------

_FOUND_ONLINE = ("((saw|seen|found|read|reading|went through|go through|goes through|checked|"
                 "looked through)( [a-z]+){0,2} (my )?(insta|instagram|tiktok|snap|snapchat|dms|"
                 "messages|texts|phone|second account|second insta|finsta|story|account|pictures)|"
                 "found out (off|from|on|through) (a |my )?(tiktok|insta|snap|story|dms|phone))")
_FORBIDDEN = ("(a boy|boy|boys|boyfriend|girlfriend|a girl|gay|lesbian|bi|trans|hijab|"
              "without my scarf)")
_HONOUR_THREAT = ("(brought shame|shamed|shame on|dishonour|disgrace|disgraced|honour|dealt with|"
                  "deal with me|sort me out|sort her out|i am dead to|(showed|sent) me ([a-z]+ "
                  "){0,2}(a |his |the )?knife|(pic|picture|photo) of a knife)")
_MARRIED_ABROAD = ("(going|sending me|send me|taking me|take me|sent) (back )?(to|home to) "
                   "(bangladesh|pakistan|india|somalia|nigeria|afghanistan|iraq|yemen|morocco|"
                   "back home|home) ([a-z]+ ){0,3}(to )?(get married|marry|be married)")

# --- domestic abuse: heard through the phone ----------------------------------------------------

_HEARD = ("((could|can|cud) hear (him|them|it|he|my stepdad|her boyfriend)|in the (back|"
          "background) of (my |the |her |his )?(tiktok )?(live|call|facetime|video|voice note|"
          "snap)|(on|in) (my |the |a )?(live|facetime|call|voice note))")
_HARM_HEARD = ("((he|she|they|him) (had|has|got|grabbed|pulled out|holding|waving) (a|the|his|"
               "her) knife(?! (out )?(for|to cut|to chop))|(kicking|kicked|kick) the door (down|"
               "in)|(throwing|threw|throw|chucking) her (about|around|across|at)|(hitting|"
               "punching|strangling|choking|dragging) her)")
_HIS_BLOW = ("(he|he is|grandad|stepdad|her boyfriend|her fella|dad) (put|putting|smashed|"
             "slammed|threw|pushed|banged|rammed|shoved) (her|mums|my mums|nans) (head|face) "
             "(through|into|against|off) (the|a) (telly|tv|wall|window|door|table|glass|mirror|"
             "sink|floor)")
_SCALDED = ("(threw|poured|chucked|throwing|pouring) (a )?(pan|kettle|cup|mug)?( of )?(boiling|hot)"
            " (water|tea|coffee|oil) (at|over|on) (nan|mum|mam|her|my (mum|nan|mam))")

# --- radicalisation: recruited in a group chat --------------------------------------------------

_ATTACK_VIDEOS = ("(videos|vids|clips|footage) of (shootings|attacks|school shootings|massacres|"
                  "bombings|beheadings|stabbings)")
_ONE_PLANNED = ("(he is|she is|they are|he wil|they wil|going to) ((doing|do|planning|plan) (one|"
                "the same|his own|an attack|a shooting) (at|in|on) (our|my|the) (school|college|"
                "mosque|church|synagogue|temple|gurdwara|parade)|(doing|do|hit|hitting|shoot up|"
                "shooting up) (our|my|the) (school|college))")
_OATH = ("(film|record|filming|recording|video) (myself|me|yourself|ourselves) (saying|swearing|"
         "reading|taking|doing) (the|an|their) (oath|pledge|allegiance)")
_ORDERS = ("(knife|knives|stab|kill|attack|bomb|petrol|hurt someone|who to (stab|kill|hurt|attack"
           "|hit))")
_HELP = "(help|asked me|wants me|want me|join (him|them|in))"
_HURT_TO_JOIN = ("(hurt|attack|stab|kill|bash|batter|burn) (someone|somebody|a [a-z]+|an [a-z]+|"
                 "one of them|a stranger)")
_BELONG = ("(to be|to become|become|be) (a )?(real|proper|true|full) (member|soldier|brother|one "
           "of (us|them))|to prove (myself|yourself|i am loyal)")
_PLANS_OF_FAITH = ("(plans|map|maps|pictures|photos|layout) of (the|a|our) (mosque|synagogue|"
                   "gurdwara)")
_ARMED_THERE = ("(be there|come|turn up|bring|bringing) with (petrol|a knife|knives|a can of petrol"
                "|fuel|lighter fluid)")

# --- bullying in the group chat (a worry) -------------------------------------------------------

_REMOVED = ("(removed|kicked|took|taken|chucked|booted) me (out )?(of |from |off )?(the )?(class "
            "|form |year |friend |friendship )?(gc|group chat|whatsapp|group|chat)")
_NEW_ONE = "(made|started|set up|created) (a )?new (one|gc|group|chat)( [a-z]+){0,2} without me"
_RANKED = ("(vote|poll|ranking|rating) (in|on) (the |a |someones |their )?(gc|group chat|story|"
           "insta|tiktok)( [a-z]+){0,2} for (the )?(ugliest|fattest|worst|smelliest|most likely to"
           "|least)")
_FAKE_ME = ("fake (acc|account|page|insta|tiktok|profile) (of me|using my|with my|pretending to "
            "be me)")
_EXPOSED = ("(?<!i )(?<!me )(exposed|leaked|screenshotted|sent round|posted) my (old )?(texts|dms|"
            "messages|msgs|story|snaps|pictures)")
_TO_EVERYONE = ("(taking the (mick|piss)|laughing at|everyone knows|the whole (year|school|class) "
                "(knows|saw|has seen|is laughing|are laughing))")
# Not when the reason is sleep or a busy night ("left me on read cos they were all asleep").
_ON_READ = ("((left|leaving|leave) (me )?on read( by)? (literally )?(everyone|everybody|all of "
            "them|the whole gc|on purpose)|(everyone|everybody)( in the gc)? (left|leaves|leaving) "
            "me on read)(?! (cos|coz|because|as) (they|everyone|it) (were|was|are|is) (all )?"
            "(asleep|sleeping|late|busy))")
_CLOSE_FRIENDS = ("close friends (story|list)( [a-z]+){0,5} (about me|without me|i am not"
                  " on)")

# --- upset: sad, and the group chat going on without the child (a worry) -----------------------

_SAD_A_WHILE = ("(feel|feeling|felt|been|i am|just|so|proper|lowkey) (sad|low|lonely|down)( [a-z]+)"
                "{0,2} (today|all week|rn|lately|all the time|every day)(?! ((because|since|cos|"
                "coz) )?(my|the|our) (team|match|game|show|film|favourite|series|trip|party))")
_ON_WITHOUT_ME = ("(the )?(old )?(gc|group chat|group)( still)? (goes|going|carries|carrying|keeps "
                  "going) on without me")

CLAUSES: Final[tuple[tuple[str, tuple[str, ...], int], ...]] = (
    ("emotional_abuse", (_SHARED, _GROWN_UP, _TO_MOCK), 140),
    ("emotional_abuse", (_DELETE_A_PARENT, _RUN_DOWN), 110),
    ("harmful_practices", (_FOUND_ONLINE, _FORBIDDEN, _HONOUR_THREAT), 140),
    ("harmful_practices", (_FOUND_ONLINE, _MARRIED_ABROAD), 110),
    ("domestic_abuse", (_HEARD, _HARM_HEARD), 110),
    ("radicalisation", (_ATTACK_VIDEOS, _ONE_PLANNED, _HELP), 170),
    ("radicalisation", (_OATH, _ORDERS), 120),
    ("radicalisation", (_HURT_TO_JOIN, _BELONG), 60),
    ("radicalisation", (_PLANS_OF_FAITH, _ARMED_THERE), 100),
    ("bullying", (_REMOVED, _NEW_ONE), 90),
    ("bullying", (_EXPOSED, _TO_EVERYONE), 100),
)

PHRASES: Final[dict[str, list[str]]] = {
    "domestic_abuse": [_HIS_BLOW, _SCALDED],
    "upset": [_SAD_A_WHILE, _ON_WITHOUT_ME],
    "bullying": [_RANKED, _FAKE_ME, _ON_READ, _CLOSE_FRIENDS],
}
