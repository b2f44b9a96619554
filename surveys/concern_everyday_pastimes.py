"""Ordinary answers about pastimes, lessons and jokes that borrow the words of harm: set aside.

The fifth blind hand's ordinary answers (each an answer to one of the survey's questions) raised
21 urgent alerts of 396. Each was about something harmless that these sayings name: a slip in
the kitchen or while shaving, a present made in secret, running away in jest, training to beat a
brother at a sport, a ball or a paintball in play, a film's, a game's or a school play's
violence, a lesson or a talk about a harm, running from an animal, pushed into a pool in play, a
worker who goes to court for an adoption, dying of embarrassment. Before they were written, each
structure got fresh ordinary answers in other voices and the disclosure nearest it
(``tests/corpora/everyday.txt``): at first sight the rules left 18 of 40 ordinary answers
silent and raised all 11 disclosures as urgent. A match is set aside only when one of these
spans holds all of it, and none reaches past a word that turns it back to harm ("on purpose",
"again", "held my head under"). Same syntax as the phrase lists; ``surveys.concern_everyday``
adds them to its sayings, per category.
"""

from __future__ import annotations

from typing import Final

# Words of a story that never turn to the child: "a film about a girl who ran away from home" is
# set aside, "a film about a dad who hits his kids like mine" is not (the span stops at "like").
_STORY_ONLY = ("( (?!(i|me|my|mine|myself|we|us|our|because|cos|and|but|so|then|like|when|if|"
               "just) )[a-z0-9]+){0,14}")
# A gap that never crosses a word that starts a new thought or names someone at home.
_SAME_THOUGHT = ("( (?!(because|cos|coz|but|when|then|after|home|dad|mum|mam|stepdad|carer|he|"
                 "she|they|him|her|said|says|told|if) )[a-z0-9]+)")
# What turns a slip back into harm, anywhere in the next few words.
_NOT_A_SLIP = ("(?!( [a-z0-9]+){0,8} (purpose|deliberately|again|want|wanted|wanting|urge|urges|"
               "thinking|cant stop|properly|deep|deeper|hide|hid|hiding|secret|feel something|"
               "lighter|lighters|myself))")

# A slip while cooking or shaving: "was peeling spuds and nearly cut myself". Never without the
# task named first, and never a cut or a burn the words after make meant.
_TASK = ("(chop|chopping|chopped|peel|peeling|peeled|grate|grating|grated|cook|cooking|cooked|bake|"
         "baking|baked|slice|slicing|sliced|the big knife|a sharp knife|veg|vegetables|carrots|"
         "potatoes|spuds|onions|cheese|make the tea|making tea|making dinner|shave|shaving|"
         "to use a razor|how to use a razor)")
_SLIP_IN_THE_KITCHEN = [
    f"{_TASK}{_SAME_THOUGHT}{{0,10}} (and |but |then )?(i )?(nearly|almost|didnt|did not|never) ("
    f"cut|burnt|burned|burn|nicked) myself( once| at all| this time)?{_NOT_A_SLIP}",
    # "burnt my arm a tiny bit on the oven", "burnt my finger a bit on the pan".
    "(i )?(burnt|burned|burn) my (hand|arm|wrist|finger|fingers|thumb|tongue|lip)( a (tiny |"
    "little )?bit)? on the (oven|cooker|hob|pan|tray|baking tray|kettle|toaster|grill|bbq|"
    f"barbecue|frying pan)( (tray|door|shelf|handle))?{_NOT_A_SLIP}",
]
# Dying of embarrassment or boredom: a saying. Never of shame (said of honour), nor of hunger.
# Killing oneself laughing is one too, but only where the laugh is the end of it or something
# funny follows ("at the video", "lol"): "killing myself, laughing doesn't help" runs on.
_DIE_OF = [
    "((going to|gonna|will|would|could|literally|actually|nearly|almost|i will|ill) )?(die|died|"
    "dying) (of|from) (embarrassment|boredom|cringe|laughing|laughter|excitement)",
    "((literally|actually|nearly|almost|proper) )?(kiling|kilin|kiled|kils) myself (laughing|"
    "laughin|with laughter)(?=$| (at|lol|haha|hahaha|lmao|lmfao|omg|so hard|xd)( |$))",
]

# A present made in secret, the secret named first: "i have a secret from my carer, im making
# her a card". Never a secret about something given to the child.
_GIFT = ("(card|cake|present|gift|party|surprise party|surprise|scarf|picture|painting|drawing|"
         "bracelet|necklace|mug|poem|song|video|breakfast|dinner|meal|leaving card|birthday card)")
_MAKERS = ("(i am|im|i|we are|were|we|we r|our class (are|is)|the class (are|is)|me and [a-z]+( "
           "[a-z]+)? (are|r)|[a-z]+ and i are)")
_PRESENT_IN_SECRET = [
    "(i have|i have got|i got|got|its|it is|theres|keeping) a secret( from (my |our |the )?[a-z]+"
    f"( [a-z]+)?)?( but| and| so)? {_MAKERS} (making|baking|buying|getting|planning|drawing|"
    "knitting|wrapping|writing|organising|painting) (her|him|them|my [a-z]+|mum|mam|dad|nan) (a |"
    f"an |some )?([a-z0-9]+ ){{0,2}}{_GIFT}",
]
# A lesson or a talk at school about a harm. Never the child's own story after it.
_HARMS = ("(trafficking|human trafficking|modern slavery|slavery|county lines|grooming|"
          "exploitation|child exploitation|cse|cce|knife crime|gangs|gang crime|drugs|"
          "radicalisation|extremism|prevent|online safety|sexting|consent|scams)")
_TOLD_AT_SCHOOL = ("(video|videos|documentary|film|lesson|lessons|talk|assembly|presentation|"
                   "workshop|session|project|topic)")
_LESSON_ABOUT_HARM = [
    f"(watched|watch|watching|saw|had|did|doing|do) (a |an |the |our )?{_TOLD_AT_SCHOOL} (about|"
    f"on) {_HARMS}( (and|or) {_HARMS})*",
    "(talked|talk|talks|spoke|speak|speaks|came in to talk|came to talk) to (us|our class|the "
    f"class|our year|the year|our form|the school) about {_HARMS}( (and|or) {_HARMS})*",
    "(learned|learnt|learning|taught|teaching|lesson|lessons|talk|assembly|pshe|citizenship)( "
    "about [a-z]+( in [a-z]+)?)? (and )?how (people|kids|children|young people|teenagers|teens|"
    "someone|anyone|you|girls|boys) (can|could|might|get|are|do) (get |be )?(groomed|exploited|"
    "trafficked|radicalised|recruited|targeted|scammed)( online| by [a-z]+)?",
]
# A film, a game or a show full of fighting, and the child's part in a school play.
_FICTION_VIOLENCE = [
    "(film|movie|game|show|series|programme|book|video|anime|episode) (has|had|have|with|is|was|"
    "got)( got)? (loads of|lots of|a lot of|so much|too much|some|no|a bit of|mad|proper) ("
    "shooting|fighting|killing|blood|gore|violence|stabbing|guns|explosions|murders|deaths)",
    f"(play|panto|pantomime|musical|scene|performance|production|drama){_SAME_THOUGHT}{{0,6}} (i|"
    "my character|the character|their character) (get|gets|got|getting|am|is) (stabbed|shot|"
    "killed|murdered|poisoned)( in (the )?([a-z0-9]+ )?(act|scene|bit|half))?",
    "(i|my character) (get|gets|got) (stabbed|shot|killed|murdered|poisoned) in (act [a-z0-9]+|the"
    " ([a-z]+ )?(act|scene))",
]
# A story watched or read about someone else: "we watched a film about a girl who ran away".
_STORY_WATCHED = [
    "(watched|watch|watching|saw|seen|read|reading) (a|the|this|that|our) (film|movie|documentary"
    f"|show|programme|video|episode|cartoon|book|story|play) (about|where|called|in which)"
    f"{_STORY_ONLY}",
]

# Running away in jest: to join the circus, to Hogwarts. Never "never come back".
_RUN_IN_JEST = [
    "(run|running|ran|runs) (away|off) (and|to) (join|be in|live in) (the )?(circus|army|navy|"
    "pirates|a band|a boy band|hogwarts|disneyland|narnia|the zoo)",
    "(run|running|ran|runs) (away|off) to (hogwarts|narnia|disneyland|disney|the circus|neverland"
    "|the moon|mars)",
]
# Running from an animal: "ran away from a goose at the park".
_FROM_AN_ANIMAL = [
    "(ran|run|running|runs|legged it) (away|off)( screaming)? from (a|an|the|this|that|some|these|"
    "those) (angry |massive |big |huge |crazy |mad |giant )?(wasp|wasps|bee|bees|goose|geese|swan|"
    "swans|cow|cows|bull|horse|dog|spider|seagull|seagulls|pigeon|squirrel|sheep|mouse|rat|crab|"
    "jellyfish|chicken|duck|ducks|cat|fox)",
]

# Hit by a ball, a paintball or a laser in play: "got hit in the face with a football at break".
_BALL = ("(ball|football|rugby ball|netball|basketball|tennis ball|cricket ball|hockey ball|"
         "paintball|snowball|dodgeball|frisbee|shuttlecock|water balloon|nerf bullet|nerf dart|"
         "volleyball|golf ball)")
_STRUCK_IN_PLAY = [
    "(got|get|gets|was|been|getting) (hit|smacked|whacked|smashed|bopped|struck|shot) (in|on) the"
    " (face|head|eye|nose|back|leg|arm|shin|stomach|belly|chest|neck|knee|ear|mouth|bum)( [a-z0-9]"
    f"+){{0,2}} (with|by) (a|the) {_BALL}",
    f"(paintball|paintballing|laser tag|lasertag|laser quest|nerf|nerf war|snowball fight|water "
    f"fight|dodgeball|airsoft){_SAME_THOUGHT}{{0,8}} (got|get|gets|getting|was) (hit|shot)( "
    "[a-z0-9]+){0,4}",
]
# Pushed into a pool or the sea by a brother, a cousin or a friend. Never held there.
_PUSHED_IN_PLAY = [
    "(my |our )?((big|little|older|younger|baby|step|foster|best) )?(brother|sister|cousin|mate|"
    "friend|bestie|sis|bro|friends|mates|cousins) (pushed|pushes|push|shoved|threw|chucked) me "
    "(in|into) the (pool|swimming pool|paddling pool|sea|lake|ball pit|snow|leaves|pile of leaves|"
    "sand|hot tub)(?!( [a-z0-9]+){0,8} (held|hold|holding|under|drown|drowned|drowning|couldnt|"
    "cant swim|till|until|again|hit|hits|kicked|punched))",
]
# Training to beat a brother or a friend, the sport named first: "doing boxing so i can beat my
# brother". Never a parent, nor "up".
_TRAINED_TO_BEAT = [
    "(karate|boxing|kickboxing|black belt|train|training|gym|judo|taekwondo|jiu jitsu|mma|"
    f"wrestling|practise|practice|practising|working out|stronger|running|sprinting){_SAME_THOUGHT}"
    "{0,8} (so|so that|and)( one day)? (i|we) (can|could|will|would|might) (finally |actually |"
    "one day )?(beat|batter|thrash|smash|take on) my ((big|little|older|younger|baby) )?(brother|"
    "sister|cousin|mate|bestie|best mate|best friend)(?! (up|so bad|black and blue|till|until))",
]
# A worker who goes with the child to court or a meeting for their own plan.
_WORKER_FOR_A_PLAN = [
    "(social|key|support|youth|family|link) worker for my (adoption|review|court|hearing|meeting|"
    "pathway plan|plan|assessment|case|move|visit|contact|sessions|appointment)",
]

PASTIMES: Final[dict[str, list[str]]] = {
    "self_harm": [*_SLIP_IN_THE_KITCHEN, *_DIE_OF],
    "physical_abuse": [*_SLIP_IN_THE_KITCHEN, *_STRUCK_IN_PLAY, *_PUSHED_IN_PLAY,
                       *_FICTION_VIOLENCE, *_STORY_WATCHED],
    "exploitation": [*_PRESENT_IN_SECRET, *_LESSON_ABOUT_HARM, *_FICTION_VIOLENCE,
                     *_STORY_WATCHED, *_WORKER_FOR_A_PLAN],
    "sexual_exploitation": _LESSON_ABOUT_HARM,
    "trafficking": _LESSON_ABOUT_HARM,
    "missing": [*_RUN_IN_JEST, *_FROM_AN_ANIMAL, *_STORY_WATCHED],
    "unsafe_home": _TRAINED_TO_BEAT,
    "emotional_abuse": _STORY_WATCHED,
    "domestic_abuse": _STORY_WATCHED,
}
