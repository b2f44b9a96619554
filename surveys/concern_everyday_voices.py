"""Ordinary news in the words of harm, in a small child's voice and a young adult's: set aside.

The thirteenth blind hand wrote at both ends of the age range, and its ordinary answers, with
ones older rules' twins turned up, borrow the words of harm in a few kinds of everyday context:

- a present kept secret for someone else's day ("I have a secret, I made nanny a card");
- play: a bump doing roly polys or falling off the trampoline, running away from a friend in
  tig, a push in the dinner queue a teacher made them say sorry for, a push on the big swing,
  a ball that nearly hit someone, a door kicked shut or used as the goal, a game of shops where
  the child is "the man who takes all the money", a grown-up's lap at story time;
- a lesson or a cooking job: "didn't cut myself" at knife skills, "the knife comes out" when
  dad cooks, "send me back to school" over a cold;
- fondness and banter: "his little mistake" with a hug, "a waste of time at monopoly", a pet
  called "a waste of space";
- a young adult's everyday life: a small sum owed to a mate for a takeaway and paid back on
  Friday, a marriage one day that is the young person's own choice, a night out at a sleepover
  or a wedding, no heating in a hall or at camp, a friend met online who is at the same school;
- watching for the police car in cops and robbers or on a road safety walk;
- the countdown on telly;
- and, in the other hands' ordinary answers, the same kinds: a pet that scratched the child, the
  wifi that keeps going off, an old scar from chicken pox, "just a bruise" from a fall at a job,
  a relative's new car, a coach who will "kill me" at training.

Each saying names the everyday thing (the present, the game, the lesson, the bill, the choice)
and runs only over harmless words to the words of harm it holds; none runs across a word that
would turn it back (a grown-up's blow, a threat, someone telling the child to say it, no choice,
strangers, home). A match is set aside only when a saying holds all of it (``surveys.concerns``),
so harm told beside a saying is still read; ``surveys.concern_everyday`` adds them to its
sayings, per category. Same syntax as the phrase lists.
"""

from __future__ import annotations

from typing import Final

from surveys.concern_voice_parts import gap_without as _gap

# Words of harm no saying's gap may run over.
_HARM = ("hit|hits|hitting|hurt|hurts|hurted|punched|kicked|slapped|smacked|beat|battered|pushed|"
         "shoved|threw|grabbed|touch|touches|touched|knife|knives|police|scared|crying|cried|"
         "blood|bleeding|secret|tell|told|money|drugs|weed|man|men|stranger|strangers|again|"
         "always|every|purpose|home|house|placement|carers|care")
_NEVER_AFTER = ("(?!( [a-z0-9]+){0,8} (hit|hits|hurt|hurts|hurted|touch|touches|touched|secret|"
                "dont tell|not to tell|police|blood|bleeding|scared|on purpose|really|real|for "
                "real|said to say|told me to say|have to say|money|drugs|weed|man|men|strangers)"
                "( |$))")


# The same, for sayings whose own words ("a secret", "the police") may come again in the next
# message: only what is done to the child turns them back.
_NOTHING_DONE_AFTER = ("(?!( [a-z0-9]+){0,8} (hit|hits|hurt|hurts|hurted|touch|touches|touched|"
                       "blood|bleeding|scared|on purpose|money|drugs|weed|man|men|strangers)( |$))")


def _harmless(most: int, turns: str = "") -> str:
    """Up to ``most`` words, none a word of harm nor one of ``turns``."""
    return _gap(f"({turns + '|' if turns else ''}{_HARM})", most)


# --- a present kept secret for someone else's day --------------------------------------------
_THEIRS = ("(her|his|their|mummys|mums|mams|daddys|dads|nanas|nannys|nans|nains|grans|grandmas|"
           "grandads|grandpas|carers|teachers|(my )?(foster )?(mums|mams|dads|carers|nans|nannys|"
           "nanas|grandmas|grans|grandads|sisters|brothers|aunties|uncles|cousins))")
_DAY = ("(birthday|bday|[0-9]+(th|st|nd|rd)|christmas|xmas|anniversary|wedding|retirement|eid|"
        "diwali|leaving do)")
_FOR_THEIR_DAY = f"for ({_THEIRS} {_DAY}|mothers day|fathers day|valentines)"
_SECRET_GIFT = [
    # "I have a secret, I made mummy a card for her birthday. dont tell!"
    "(i have|i have got|i got|ive got|got|heres|planning|doing|making|organising|throwing) a "
    f"secret{_harmless(10, 'gave|gives|give|got me|bought me|sends|sent')} {_FOR_THEIR_DAY}"
    f"({_harmless(8, 'gave|gives|give')} (dont|do not) (tell|let)( (her|him|them|anyone))?( "
    "se| know)?( this| it)?)?( sh| shush)?" + _NOTHING_DONE_AFTER,
]

# --- play --------------------------------------------------------------------------------------
_MOVE = ("(roly polys|roly poly|forward rolls|forward roll|backward rolls|cartwheels|cartwheel|"
         "handstands|handstand|headstands|star jumps|somersaults|flips|a flip|the splits|"
         "dancing|twirls|spins|jumping|bouncing)")
_PLAY_THING = ("(trampoline|bouncy castle|bike|scooter|skateboard|climbing frame|slide|swing|"
               "swings|monkey bars|pony|horse|wall|sofa|bed|top bunk|bunk bed|see saw|roundabout)")
_BODY = "(head|knee|knees|nose|chin|arm|elbow|lip|leg|face|tooth|teeth|forehead|back|bum)"
_KNOCK_IN_PLAY = [
    f"(i|and|then i|we) (hit|banged|bumped|bashed|knocked) my {_BODY} (doing|playing|doing "
    f"some) {_MOVE}" + _NEVER_AFTER,
    f"((i|we) )?(fell|came|come|falling) of (the|my|a) ([a-z]+ )?{_PLAY_THING} and (hit|banged|"
    f"bumped|bashed|knocked|cut) my {_BODY}( so)?" + _NEVER_AFTER,
]
_CHASE = ("(tig|tag|it|kiss chase|bulldog|british bulldog|stuck in the mud|hide and seek|chase|"
          "cops and robbers|manhunt|zombies|what is the time mr wolf)")
_AWAY_FROM_A_FRIEND = _harmless(3, "mum|mummy|mam|dad|daddy|foster|school|unit|nursery|them|him|"
                                "her|social")
_CHASED_IN_A_GAME = [
    f"(ran|run|runned|running|runs) away from{_AWAY_FROM_A_FRIEND} (in|at|playing|during|when we "
    f"played) {_CHASE}",
    f"(play|played|playing|plays) {_CHASE}( and| at playtime and)? (i|we) (ran|run|runned) away "
    f"from{_AWAY_FROM_A_FRIEND}",
]
_TEACHER = ("(miss|sir|mrs [a-z]+|mr [a-z]+|ms [a-z]+|the teacher|my teacher|teacher|the dinner "
            "lady|the lunch lady|the ta|the coach|coach)")
_SORRY_MADE = [
    f"(pushed|knocked|tripped|kicked|hit|shoved|bumped) me( [a-z]+){{0,2}}{_harmless(4)} (but )?"
    f"(it was|was) (a|an) accident( and)? {_TEACHER} (made|told|got) (him|her|them) (to )?(say )?"
    "sorry",
]
_SWING = [
    "([a-z]+ ){0,3}(push|pushes|pushed|pushing) me (on|in) (the|my|a) (big|little|baby|tyre|"
    "rope|nest|basket|tall|red|blue|green|new|toddler|old) (swing|swings)( realy| so| very)?"
    "( high| higher)?"
    "(?! (till|until|so hard|too hard|and i fell|of))",
]
_BALL = ("(football|ball|frisbee|cricket ball|tennis ball|rugby ball|shuttlecock|snowball|"
         "beach ball)")
_BALL_NEAR_MISS = [
    f"(kicked|threw|hit|whacked|booted|chucked|kicks|throws) the {_BALL}{_harmless(8)} (nearly|"
    "almost) got hit( in the [a-z]+)?" + _NEVER_AFTER,
]
_DOOR_KICKED_SHUT = [
    "([a-z]+ ){0,2}(kicked|kicks|kick|nudged|nudges) the ([a-z]+ )?(dor|gate) (shut|closed|to)"
    "( behind (him|her|them|us|me))?( with (his|her|their|my) (foot|fet))?( (because|cos) (his|"
    "her|their) hands were ful( of [a-z]+)?)?(?! (on|in my|so hard|hard|and (locked|screamed|"
    "shouted|hit)))",
    "([a-z]+ ){0,2}(kicked|kicks|kick|hit|hits) the ([a-z]+ )?(dor|gate|fence|wal) in (the|our|"
    "a) ([a-z]+ ){0,2}(game|match|football|footy)( it (is|was|s) the goal| its the goal)?",
]
_PRETEND = ("(shops|shop|schools|cafes|cafe|restaurants|restaurant|banks|bank|post office|"
            "supermarkets|supermarket|pirates|markets|market|hairdressers|vets|libraries|trains)")
_PRETENDING = [
    f"(we|i) (play|played|playing|plays) {_PRETEND}( at [a-z]+)? (and )?(i am|im|i was|i get to be|"
    "(my|our) [a-z]+ (is|was)|[a-z]+ is|she is|he is) the ([a-z]+ ){0,2}(man|lady|woman|boss|"
    "shopkeeper|teacher|robber|baddie|daddy|mummy|king|queen|policeman|banker|pirate|captain)"
    f"( who [a-z]+{_gap('(real|realy|touch|touches|secret|hurt|hurts|hit|hits)', 5)})?"
    "(?!( [a-z0-9]+){0,8} (real|realy|for real|touch|touches|touched|secret|dont tell|hurt|"
    "hurts|hit|hits)( |$))",
]
_ON_A_LAP = ("(his|her|their|grandads|grandpas|nannys|nanas|nans|grans|uncles|aunties|dads|mums|"
             "daddys|mummys) (knee|knees|lap)")
_STORY_ON_A_LAP = [
    f"(sit|sat|sits|sitting) on {_ON_A_LAP} ((and|while|for) (we|he|she|i)|to) (read|reads|watch|"
    "watched|watches|look at|looked at|sing|sang|do|did)( me)?( a| the| my| our)?( [a-z]+){0,3}"
    "(?!( [a-z0-9]+){0,10} (touch|touches|touched|under|bottom|willy|front|private|privates|"
    "secret|dont tell|rub|rubs|kiss|kisses|hurt|hurts|naked|clothes|wriggle|moves)( |$))",
]

# --- a lesson or a cooking job -----------------------------------------------------------------
_CAREFUL_AT_A_LESSON = [
    "(knife skills|food tech|catering|cooking|baking|woodwork|dt|carving|chopping|the big knife|"
    f"the knife|the saw|pottery){_harmless(8)} (i )?(didnt|did not|never|dont) (cut|burn|burnt|"
    "burned) myself( once| at all| this time| today)?(?! (too|deep|as|that|badly|anymore|any "
    "more|there|where|til|till|until|but|because|cos))",
]
_AT_SOMEONE = ("at|points|pointed|waves|waved|threat|scream|screams|lock|locks|locked|shout|"
               "shouts|drunk")
_COOKING_KNIFE = [
    "(when|while|whenever) (he|she|dad|mum|mam|nan|we|grandad|my [a-z]+) (cooks|is cooking|bakes|"
    "makes (tea|dinner|lunch)|does the cooking)( [a-z]+){0,2} the (big )?(knife|knives) (comes|"
    f"come|came) out{_harmless(10, _AT_SOMEONE)}",
]
_SCHOOL = "(school|nursery|class|college|work|playgroup|preschool)"
_SENT_BACK_TO_SCHOOL = [
    "([a-z]+ ){0,2}(says|said|say|keeps saying) ((she|he|they) (wil|would|il|is going to|are "
    f"going to)|shel|hel|theyl) send me back to {_SCHOOL}( tomorrow| on monday| early)?"
    "(?! (and|then) )",
]

# --- fondness and banter ----------------------------------------------------------------------
_UNLOVED = "worst|hate|hates|hated|wish|never|should|shouldnt|not|wasnt|stupid|useless"
_FOND_NAME = [
    "([a-z]+ ){0,2}(calls|called|call) me (his|her|their) (litle |lil )?(mistake|accident|"
    f"monster|terror|menace|trouble|rascal|monkey|horror){_harmless(10, _UNLOVED)}"
    " ((gives|gave|give) me a (big )?)?(hugs|hug|cuddles|cuddle|kisses|kiss|loves|love|tickles)"
    "( me)?( to bits)?",
]
_GAMES = ("(monopoly|chess|uno|cards|fifa|fortnite|scrabble|darts|pool|snooker|bowling|golf|"
          "mario kart|minecraft|connect four|connect 4|ludo|snap|jenga|board games|quizzes|the "
          "quiz|karaoke|table tennis|football|footy|netball|cricket|drawing|singing|dancing)")
_BANTER = ("(a waste of (time|space)|useless|rubbish|hopeless|terrible|the worst|pants|garbage|"
           "trash|awful)")
_GAME_BANTER = [
    f"([a-z]+ ){{0,2}}(says|said|calls|called) (i am|im|me) (a )?{_BANTER} at {_GAMES}"
    "(?! (and|but|too|as well))",
    "([a-z]+ ){0,2}(calls|called|call) (the|our|my|his|her) (cat|dog|hamster|rabbit|puppy|kitten|"
    "budgie|parrot|goldfish|tortoise|guinea pig|tv|tely|car|printer|wifi|laptop) (a |an )?"
    f"({_BANTER}|litle terror|monster|menace)(?! (and|but|too|as well|like))",
]

# A game of cops and robbers, or road safety: watching out for the police car in play or on a
# walk, never for anyone ("for them", "for the lads") nor with a threat after.
_POLICE_IN_PLAY = [
    "(play|plays|played|playing) (cops and robbers|police and thieves|cops|police|robbers|"
    f"manhunt){_harmless(10, 'them|him|lads|olders|boys|stab|hurt')} (have to |had to |i )?(look|"
    "watch|keep watch)( out)? for (the )?(police|cops)( car| cars| van| horses)?( and (whistle|"
    "shout|wave|hide|run)( when (it|they|he|she) (comes|come|came))?)?" + _NOTHING_DONE_AFTER,
    "(road safety|green cross code|cycling proficiency|bikeability|the parade|the carnival|"
    f"crossing the road){_harmless(8)} (look|watch)( out)? for (the )?(police|cops) (car|cars|van|"
    "horses|officer|lady|man)( and (wave|shout|stop)( when i saw (it|them|him|her))?)?"
    + _NOTHING_DONE_AFTER,
]

# --- a young adult's everyday life ------------------------------------------------------------
_TREAT = ("(takeaway|chipy|chinese|indian|pizza|cinema|shop|maccies|kfc|nandos|greggs|bus|taxi|"
          "uber|pub|bowling|cafe|meal deal|kebab|curry|petrol|tickets|drinks)")
_DAYS = ("(friday|monday|tuesday|wednesday|thursday|saturday|sunday|tomorrow|payday|next week|"
         "this week|tonight|when i get paid|at the weekend)")
_OWED_A_MATE = [
    "(owe|owes|owed) (my [a-z]+|[a-z]+) ([0-9]{1,2}( quid| pounds)?|a tener|a fiver|ten quid|"
    f"five quid|twenty quid) (from|for) (the |a )?{_TREAT}( [a-z]+)? ((im |il |i wil |will )?"
    "(paying|pay|giving|give|sending|send) (him|her|them)( it)?( back)? (on |by |next |this )?"
    f"{_DAYS})( haha| lol)*" + _NEVER_AFTER,
]
_NOT_MY_CHOICE = ("(not|no|or|else|forced|force|have|must|made|make|makes|already|booked|promised|"
                  "arranged|passport|hit|hits|hurt|kill|dead|threat|threaten|threatens|scared|"
                  "crying|cry|cries|cried|secret|tell)")
_OWN_CHOICE = ("((its|it is|thats|it wil be) (my|my own|our|up to me|my own) ?(choice|decision|"
               "call)?)")
# A bill of one's own in arrears, being paid off by a plan with the company ("set up a plan to
# pay it off"): never across the olders, selling or someone they owe.
_BILL = ("(phone|phone contract|contract|klarna|clearpay|credit card|overdraft|council tax|gas|"
         "electric|water|rent|student loan|catalogue|tv licence|car finance|loan)")
_OWN_BILL_PAID_OFF = [
    f"(debt|arrears|behind|overdrawn) on (my|the) {_BILL}( bil| bills)?"
    f"{_gap('(olders|older|sell|selling|them|him|they|lads|boys|gang|work|shifts|drop|drops)', 10)}"
    " (pay|paying|paid) it (of|back)( monthly| weekly| bit by bit| slowly| in instalments)?"
    + _NEVER_AFTER,
]
_MARRY_BY_CHOICE = [
    "(want|wants|wanted) me to (get )?(mary|maried)"
    f"{_gap(_NOT_MY_CHOICE, 8)}"
    f" (but|and) (he|she|they) (says|said|say|always say|always says) {_OWN_CHOICE}",
]
_DO = ("(sleepover|party|wedding|birthday|prom|festival|disco|eid party|christening|"
       "graduation|leavers do|concert|gig)")
_NIGHT_OUT_AT_A_DO = [
    f"(stayed|staying|was|were|been) out al night at ((my|a|the|our) )?([a-z]+s )?(birthday )?{_DO}"
    + _NEVER_AFTER,
]
_HALL = ("(village hall|church hall|scout hut|sports hall|changing rooms|changing room|classroom|"
         "school|hall|cabins|cabin|gym|youth club|library|office|chapel|mosque|temple|gurdwara|"
         "museum|castle|hut|dorm|dorms|hostel at camp)")
_GROUP = ("(camp|scout camp|cubs camp|the residential|residential|dofe|brownies|rainbows|scouts|"
          "cubs|guides|beavers|cadets|the school trip|school|church|mosque|chapel|swimming|dance|"
          "karate|judo|youth club)")
_COLD_HALL = [
    f"no heating (in|at) ((the|our) {_HALL}|{_GROUP})" + _NEVER_AFTER,
    f"(at|on) {_GROUP}{_harmless(6)} no heating" + _NEVER_AFTER,
]
_PEERS = ("(school|class|form|year|club|team|group|college|dance class|gymnastics club|"
          "gymnastics|dance|football team|swimming club)")
_MET_ONLINE_A_PEER = [
    "met (a|this) (girl|boy|friend|mate|lad) (of|on|from) (snapchat|snap|tiktok|instagram|insta|"
    "discord|roblox|whatsapp|facebook) (who|whos|who is|that|and she|and he) (goes to|is in|in|"
    "does|plays for|"
    f"plays at|is at|is from|does the same|goes to the same)( the same)? (my |our )?{_PEERS}"
    "( as me)?",
]

# --- the other hands' ordinary news, by the same kinds ------------------------------------------
# A pet that scratched the child while being handled, or jumped up in excitement.
_PET = ("(kitten|kittens|cat|cats|puppy|puppies|dog|dogs|hamster|rabbit|bunny|guinea pig|ferret|"
        "parrot|pet)")
_PET_SCRATCHED_ME = [
    f"((my|the|our|a|his|her|[a-z]+s) )?{_PET}{_harmless(6)} (scratched|scratches|nipped|bit) (me"
    "|my (arm|arms|hand|hands|leg|legs|face|finger|fingers|wrist))( so)?( (when|while|cos|"
    f"because|as) (i|we){_harmless(6)})?" + _NEVER_AFTER,
]
# A thing at home that keeps going off: the wifi, the lights, the electric.
_THING_GOING_OFF = [
    "(the |my |our )?(internet|wifi|wi fi|electric|electricity|power|lights|light|tv|tely|"
    "heating|router|signal|data|alarm|smoke alarm|fire alarm|phone|boiler|hot water)( [a-z]+){0,2}"
    " (keeps|kept|keep) going (of|out)",
]
# An old scar with its cause: an operation, chicken pox, a fall off a scooter when little.
_SELF_CUT = "blade|blades|razor|myself|self|purpose|did|cut|cuts|cutting"
_OLD_SCAR = [
    "(the |a |my )?scar on my [a-z]+( is| was)? from (when|falling|my|the|a|an|chicken pox|"
    f"chickenpox|an operation|surgery){_harmless(8, _SELF_CUT)}" + _NEVER_AFTER,
]
# A fall at a job or on the way, and "just a bruise".
_JUST_A_BRUISE = [
    f"(fell|slipped|tripped|came) (of|on|over|down){_harmless(8)} (just|only) a (bruise|graze|"
    "scrape|bump) on my [a-z]+" + _NEVER_AFTER,
]
# Family who fetch the child in a new car: never a brother's mate, nor what such a man asks.
_KIN_CAR = [
    "(brother|sister|cousin|uncle|auntie|aunty|nan|grandad|dad|mum|step dad|stepdad|big bro)"
    " (picks|picked|pick|drives|drove|fetches|fetched) me( [a-z0-9]+){0,4} (in|with) (his|her) "
    "([a-z]+ ){1,3}car" + _NEVER_AFTER,
]
# A coach or a trainer who will "kill" the child at training: a hard session.
_COACH = ("(coach|pt|personal trainer|trainer|instructor|spin instructor|pe teacher|teacher|sir|"
          "miss|sensei|swim coach)")
_HARD_SESSION = [
    f"{_COACH}( (says|said))?( (he|she) (is|wil|was|s))? (going to|gona|wil|il|is gona|is going to)"
    " kil (me|us) (at|on|in|with|tonight|tomorrow|today)( [a-z]+){0,3}" + _NEVER_AFTER,
]

# --- the countdown on telly -------------------------------------------------------------------
_COUNTDOWN = [
    "(watch|watches|watched|watching) (the )?count ?down( every (night|day|morning|afternoon|"
    "evening|week))?( on (the )?(tely|tv))?",
]

VOICES: Final[dict[str, list[str]]] = {
    "exploitation": [*_SECRET_GIFT, *_OWED_A_MATE, *_OWN_BILL_PAID_OFF, *_MET_ONLINE_A_PEER,
                     *_POLICE_IN_PLAY],
    "domestic_abuse": _SECRET_GIFT,
    "physical_abuse": [*_KNOCK_IN_PLAY, *_SORRY_MADE, *_SWING, *_BALL_NEAR_MISS],
    "bullying": _SORRY_MADE,
    "missing": [*_CHASED_IN_A_GAME, *_NIGHT_OUT_AT_A_DO],
    "unsafe_home": [*_SWING, *_DOOR_KICKED_SHUT, *_COOKING_KNIFE],
    "trafficking": _PRETENDING,
    "sexual_abuse": _STORY_ON_A_LAP,
    "self_harm": _CAREFUL_AT_A_LESSON,
    "emotional_abuse": [*_SENT_BACK_TO_SCHOOL, *_FOND_NAME, *_GAME_BANTER],
    "harmful_practices": _MARRY_BY_CHOICE,
    "neglect": _COLD_HALL,
    "upset": _COUNTDOWN,
}
for _category, _sayings in {
    "physical_abuse": [*_PET_SCRATCHED_ME, *_JUST_A_BRUISE],
    "self_harm": [*_PET_SCRATCHED_ME, *_OLD_SCAR],
    "missing": _THING_GOING_OFF,
    "sexual_exploitation": _KIN_CAR,
    "emotional_abuse": _HARD_SESSION,
}.items():
    VOICES[_category] = [*VOICES.get(_category, []), *_sayings]
