"""Ordinary answers about family life and play that borrow the words of harm: set aside.

The older rules alarmed on a passport photo, helping unpaid on a relative's farm, a parent's
"say you're 12" for a cheaper ticket, holding a mate's phone while he plays football, a hug
round the neck, a chair against the door to keep the cat out, and a game of hide and seek
where nobody came looking. Each set-aside names the ordinary thing the answer is about (the
photo, the farm of a named relative, the ticket, the match, the hug, the pet, the game), and
none reaches past words that turn it back to harm: a passport kept, a man or a boss, the
police or a social worker asking, a phone that rings with a job, a squeeze, someone other than
the pet coming in, a night out alone. A match is set aside only when one of these spans holds
all of it (``surveys.concerns``); ``surveys.concern_everyday`` adds them to its sayings, per
category. Same syntax as the phrase lists.
"""

from __future__ import annotations

from typing import Final

# --- a passport photo -----------------------------------------------------------------------------
# "got my passport photo done": the photo, never the passport itself taken, kept or faked.
_PASSPORT_PHOTO = [
    "([a-z0-9]+ ){0,3}(my|a|our|new|me a|me my|us) (new )?passport (photo|photos|pic|pics|picture|"
    "pictures|photo booth)(?!( [a-z0-9]+){0,8} ((kept|keep|keeps|keeping|took|take|takes|"
    "taken|hold|holds|holding) (it|my passport|my papers|them)|fake|sold|sell|boss|work|owe|"
    "papers))",
]

# --- helping unpaid on a relative's farm ----------------------------------------------------------
# Named kin or the family's own farm; never a man or a boss, nor what keeps a child there.
_KIN = ("(uncles|uncle|aunties|auntie|aunty|auntys|aunts|aunt|nans|nan|nanas|nana|grans|gran|"
        "grandads|grandad|grandpas|grandpa|grandmas|grandma|dads|dad|mums|mum|cousins|cousin|"
        "family|familys|carers|foster carers)")
_UNPAID = ("((he|she|they|i) )?(doesnt|dont|never|does not|do not|wont|didnt|did not) (pay|"
           "paid|get paid|get any money|get money)( me| us)?")
# Never across or after words of being kept, owing, hurt or kept from school.
_KEPT = ("(passport|papers|keeps|kept|lock|locked|allowed|let|school|night|sleep|sleeps|owe|owes|"
         "debt|hit|hits|hurt|hurts|scared|leave|made|makes|make|have|has|phone|man|boss|every|all)")
_NOT_KEPT = f"(?!( [a-z0-9]+){{0,8}} {_KEPT}( |$))"
_FARM_HELP = [
    f"(help|helps|helping|helped|work|works|working|worked) (on|at) (my|our) {_KIN} (farm|farms)"
    f"( (?!{_KEPT} )[a-z0-9]+){{0,8}} {_UNPAID}{_NOT_KEPT}",
    f"(help|helps|helping|helped) (my|our) {_KIN} (on|at|with) (his|her|their|the) (farm|farms)"
    f"( (?!{_KEPT} )[a-z0-9]+){{0,8}} {_UNPAID}{_NOT_KEPT}",
]

# --- a younger age for a cheaper ticket -----------------------------------------------------------
_TICKET = ("(cinema|pictures|bus|train|tram|ticket|tickets|fare|child fare|kids ticket|kids "
           "price|child price|cheaper|half price|theme park|swimming|zoo|soft play|bowling|museum|"
           "aquarium|pantomime|panto)")
_AGE = "(i am|we are|i was|we were) (only )?(under )?([0-9]+|eleven|twelve|ten|nine|a child)"
# Never across someone official asking, a man, work or a secret.
_NO_ONE_ASKING = ("( (?!(police|social|teacher|doctor|nurse|anyone|asks|asked|man|men|boss|work|"
                  "working|passport|papers|secret|club|niece|nephew|daughter|son|girlfriend) )"
                  "[a-z0-9]+)")
# Nor what follows: "... and if the social worker asks say im 16".
_NOT_ASKED = ("(?!( [a-z0-9]+){0,10} (police|social|teacher|doctor|nurse|anyone|asks|asked|secret|"
              "man|boss|work))")
_YOUNGER_FOR_A_TICKET = [
    f"(told|tells|said|says|makes|made) ((me|us) )?(to )?say {_AGE}{_NO_ONE_ASKING}{{0,8}} "
    f"(the |a )?{_TICKET}{_NOT_ASKED}",
    f"(at|on|for) the {_TICKET}{_NO_ONE_ASKING}{{0,6}} (told|tells|said|says) ((me|us) )?(to )?"
    f"say {_AGE}{_NOT_ASKED}",
]

# --- a mate's phone minded during a match ---------------------------------------------------------
_SPORTS = ("(football|footy|rugby|netball|hockey|basketball|cricket|tennis|training|the match|a "
           "match|his match|her match|in goal|swimming|the rides|on the rides|pe)")
_MATES_PHONE = [
    "(hold|holding|held|mind|minding|minded|look after|looked after|looking after) (my (mates|"
    "friends|brothers|sisters|cousins)|his|her) phone (while|when|whilst|cos|so|at|during)"
    f"( [a-z0-9]+){{0,4}} {_SPORTS}(?!( [a-z0-9]+){{0,8}} (ring|rang|rings|answer|answered|"
    "calls|called|text|texts|texted|message|messages|someone|man|men|deliver|drop|meet|give|bag|"
    "take it|go where))",
]

# --- a hug round the neck -------------------------------------------------------------------------
# Never beside a squeeze or what it did to the child's breath.
_NOT_A_SQUEEZE = ("(?!( [a-z0-9]+){0,10} (squeeze|squeezed|squeezes|squeezing|tight|tighter|"
                  "breathe|breath|choke|choked|choking|strangle|strangled|pushed|pinned|hard|"
                  "hurt|hurts|let go|till|until|mark|marks|bruise|bruises))")
_HUG_ROUND_THE_NECK = [
    "([a-z0-9]+ ){0,4}(round|around) (my|the) neck (for|to give me|and gave me|and gives me|and "
    f"hugged|and hugs|in|into) (a |an )?(big |massive |huge |little )?(hug|cuddle|bear hug)"
    f"{_NOT_A_SQUEEZE}",
    "(hug|hugged|hugs|hugging|cuddle|cuddled|cuddles) (me )?(round|around) (my|the) neck"
    f"{_NOT_A_SQUEEZE}",
]

# --- a chair against the door for the cat ---------------------------------------------------------
_PET = "(the|our|my|a) (cat|cats|kitten|kittens|dog|dogs|puppy|puppies|pet|pets|hamster)"
# Never across a person coming in: the pet must be what the chair is for.
_NO_PERSON = ("( (?!(he|she|they|him|her|them|someone|somebody|people|anyone|stepdad|dad|mum|"
              "uncle|brother|man|men|boyfriend|because|cos) )[a-z0-9]+)")
_CHAIR_FOR_THE_CAT = [
    "(put|puts|putting|push|pushes|pushed|pushing|wedge|wedged|wedging) a chair (against|behind|"
    f"in front of|under) (the|my|our) (bedroom |room )?door{_NO_PERSON}{{0,4}} (to (keep|stop)|"
    f"so|cos|because|or)( [a-z0-9]+)?( [a-z0-9]+)? {_PET}(?!( [a-z0-9]+){{0,4}} (and|but|then|"
    "or|he|she|they|him|them|someone|somebody|people|stepdad|dad|mum|uncle|brother|man|men|"
    "boyfriend))",
]

# --- hide and seek where nobody came looking ------------------------------------------------------
_HIDE_SEEK_NOBODY = [
    "(hide and seek|hide n seek|hide and go seek)( (?!(all|night|days|ran|run|police) )[a-z0-9]+)"
    "{0,8} (nobody|no one|noone) (came|come|was|even) (looking|to look|to find|and found|to get) "
    "(for )?(me|us)( for ages)?(?!( [a-z0-9]+){0,6} (night|dark|hours|days|police|home|ran|run))",
]

# --- a carer who "will kill me" over an untidy room -----------------------------------------------
# A joke about a chore (``surveys.concern_idioms`` has lateness, mud, a lost coat). Never when
# anything follows but a laugh: "... if i dont tidy my room and do what he says" is a threat.
_KILL_OVER_A_ROOM = [
    "([a-z0-9]+ ){0,5}(kill|murder) (me|us) if (i|we) (dont|do not|didnt|did not|never|forget "
    "to) (tidy|clean|hoover|sort) (up )?(my|our) (room|bedroom)( again| first| today| tonight)?"
    "( (lol|haha|hahaha|lmao|jk|xd))?( |$)(?!.)",
]

# --- older lads in the home: a skate trick --------------------------------------------------------
# An older person's gift or lesson is how grooming is told, so only what names itself harmless:
# a trick on a board or a ball from the older ones in the same home or at the skatepark, and
# nothing after of a debt, a job for them, a place of theirs, pictures or a secret. A gift, even
# a birthday meal, is left to alarm: gifts from older young people, food among them, are among
# the signs guidance on exploitation lists, and a worker reading it costs less than missing it.
_OLDER_ONES = "(the |two |some of the )?older (lads|boys|girls|kids|ones)"
_IN_THE_HOME = "(at|in|from) (the|my|our) (home|unit|house|childrens home|placement)"
_NOTHING_OWED = ("(?!( [a-z0-9]+){0,12} (owe|owes|owed|pay|paid|back|for them|for him|jobs|job|"
                 "favour|money|cash|drugs|weed|bag|hold|carry|drop|drops|sell|phone|car|flat|"
                 "party|parties|touch|touched|photos|pictures|pics|vape|vapes|drink|secret|tell|"
                 "go|went|come|said|says|want|wants|make|made|now|but|then)( |$))")
_TRICK = ("(kickflip|kickflips|ollie|ollies|heelflip|shuvit|manual|skate|skateboard|ride a "
          "skateboard|do tricks|backflip|backflips|frontflip|wheelie|wheelies|bunny hop|do keepy "
          "ups|keepy ups|rabona|play chess|play pool|play guitar|juggle|solve a rubiks cube|do a "
          "rubiks cube)")
_TAUGHT_A_TRICK = [
    f"{_OLDER_ONES}( {_IN_THE_HOME}| at the (skatepark|skate park|park|club|youth club))? (taught|"
    "teach|teaches|showed|show|shows|helped|help|are teaching|were teaching) me (how )?(to )?(do "
    f")?(a |an )?{_TRICK}{_NOTHING_OWED}",
]

HOME_LIFE: Final[dict[str, list[str]]] = {
    "trafficking": [*_PASSPORT_PHOTO, *_FARM_HELP, *_YOUNGER_FOR_A_TICKET],
    "exploitation": [*_MATES_PHONE, *_TAUGHT_A_TRICK],
    "sexual_exploitation": _TAUGHT_A_TRICK,
    "self_harm": _HUG_ROUND_THE_NECK,
    "physical_abuse": _HUG_ROUND_THE_NECK,
    "domestic_abuse": _HUG_ROUND_THE_NECK,
    "unsafe_home": _CHAIR_FOR_THE_CAT,
    "missing": _HIDE_SEEK_NOBODY,
    "emotional_abuse": _KILL_OVER_A_ROOM,
    "coercion": _KILL_OVER_A_ROOM,
    "neglect": _HIDE_SEEK_NOBODY,
}
