"""Ordinary answers that borrow the words of harm, by what they are about: set aside like idioms.

Each saying here names the everyday thing the words are about, so the words of harm beside it
are still read: a nose (the squeezed spelling of "noose"), a small sum owed for a meal deal, a
chore a carer makes a child do, a book or play studied in a lesson, a surprise the child is
keeping for someone, help asked with a task, a knock in sport with its cause, and sadness about
a lesson or a film rather than the child's own life. None is narrowed by who is named: "my dad
makes me do my homework" is set aside, "my dad makes me do things" is not. A match is set aside
only when one of these spans holds all of it (``surveys.concerns``); ``surveys.concern_idioms``
adds them to its sayings, per category. Same syntax as the phrase lists.
"""

from __future__ import annotations

from typing import Final

# Words of a story or a lesson that never turn to the child: "a boy who gets mixed up in a gang"
# is set aside, "a boy whose dad hits him like mine" is not (the span stops at "mine").
_THIRD_PERSON = ("( (?!(i|me|my|mine|myself|im|we|us|our|because|cos|and|but|so|then|like|when|"
                 "if) )[a-z0-9]+){0,14}")

# "Noose" and "nose" are one word once repeated letters are squeezed. A nose that is someone's
# body part ("up her nose", "my nose wont stop running") is not a noose, unless what follows
# tells of one ("my noose is ready", "... in my wardrobe").
_NOOSE_AFTER = ("(?! (is |was )?(ready|tied|made|hanging|hung|round|around|from|over|on (the|my) "
                "(door|bannister|banister|beam|tree|hook)|in my (room|wardrobe|cupboard|drawer"
                "|bag)|"
                "for when|for tonight))")
_NOSE = [
    "((up|in|on|off|to|from|into|through|under|round|of) )?(my|his|her|their|your|its|our|the "
    f"cats|the dogs|the babys|my (brothers|sisters)) nose{_NOOSE_AFTER}",
    "(a |the )?(runny|blocked|snotty|stuffy|bloody|red|big|button|little|pierced|cold) nose"
    f"{_NOOSE_AFTER}",
    "nose (bleed|bleeds|bled|bleeding|ring|rings|stud|piercing|pierced|job|spray|drops|wont stop "
    "running|is running|runs|ran|is blocked|hurts|itches|is itchy)",
    "red nose day",
]

# A small sum (one or two figures) owed for something bought together, whoever owes whom. Never
# a big sum, nor food or games currency given first, nor what follows of a debt to work off.
_TREATS = ("(meal deal|pizza|chips|chippy|maccies|mcdonalds|kfc|nandos|greggs|subway|sweets|snacks|"
           "a drink|drinks|milkshake|cinema|cinema ticket|ticket|tickets|bus|bus fare|train fare|"
           "lunch|tuck shop|present|birthday present|card|bowling|ice cream|cake|the trip|trip)")
_SMALL_DEBT = [
    # "4" is read as "for" in text-speak: "owes me for quid".
    "(owe|owes|owed) (me|us|him|her|them|my [a-z]+|[a-z]+)( [a-z]+){0,2} ([0-9]{1,2}( quid| pounds"
    "| p)?|(for|to|one|two|three|five|ten|a) (quid|pound|pounds)) "
    f"for (a |the |my |his |her |our |some |that )?{_TREATS}( [a-z0-9]+){{0,3}}"
    "(?!( [a-z0-9]+){0,8} (work|took|taken|lost|stuff|drugs|weed|bag|hold|carry|sell|or else|"
    "threat|hurt))",
]

# A carer or teacher making a child do a chore or homework: never "things", "stuff" or "it".
_CHORES = ("(my |the |our |all the |some |extra |more )?(homework|reading|spellings|chores|jobs "
           "round the house|dishes|washing up|the washing|hoovering|revision|revising|times "
           "tables|piano|practice|teeth|bed|room|tidying|tidy up|veg|vegetables|maths|english|"
           "coursework|exercises|physio)")
_MADE_TO_DO = [
    "(make|makes|made|making|force|forces|forced|forcing|get|gets|got) me (to )?do "
    f"{_CHORES}",
]

# A book, a play or a novel read or staged in a lesson: a story about someone else.
_LESSON_STORY = [
    "(reading|read|reads|studying|study|doing|did|performing|rehearsing|acting in|watching|"
    "watched) (a|the|this|that|our) (book|novel|play|poem|text|class novel|class book|set text)"
    "( in (english|drama|class|school|welsh|re|history|the library))? (about|where|called|in "
    f"which){_THIRD_PERSON}",
    "(in|for) (english|drama|class|school|welsh|re|history|the library) (we are|were|we were|im|i "
    "am|we) (reading|studying|doing|performing|rehearsing|watching) (a|the|this) (book|novel|"
    f"play|poem|text|film|documentary) (about|where|called){_THIRD_PERSON}",
    "(our|the|my) (class|english|drama|set) (novel|book|play|text|reader) (is|was) (about|where|"
    f"called){_THIRD_PERSON}",
]

# A surprise the child is keeping for someone else's day: the child gives, not receives.
# An ordinal birthday: "80th", "21st" (which leetspeak undoing turns into "8oth", "2ist").
_OCCASION = ("(birthday|bday|(i|s|e|a|t|[0-9])?[0-9oi](th|st|nd|rd)|christmas|xmas|mothers day"
             "|fathers day|"
             "anniversary|wedding|retirement|leaving do|easter|valentines)")
_GIFT = "(card|cake|present|presents|gift|party|surprise party|surprise|do|meal|hamper|picture)"
_SURPRISE_KEPT = [
    "(making|made|make|planning|plan|planned|getting|get|got|buying|buy|bought|baking|bake|baked|"
    "organising|organised|doing|throwing|drawing|drew|wrapping|wrapped) (?!(me|us) )([a-z]+ ){0,3}"
    f"(a |an |the |some )?(surprise )?{_GIFT}( [a-z0-9]+){{0,8}} (sh |shush |shh )?(its|it is|"
    "thats|is|keep it|keeping it|were keeping it) (a )?(secret|surprise)( (til|till|until) "
    "[a-z0-9]+)?(?! (from|and) )",
    # Someone else's day ("her 80th"), never the child's own ("my birthday ... from mum").
    "(her|his|their|mums|mams|dads|nans|grans|carers|my (mums|mams|dads|nans|grans|carers|"
    f"sisters|brothers)) {_OCCASION}( [a-z0-9]+){{0,6}} (sh |shush )?(its|it is|thats|keep it|"
    "keeping it) a secret( (til|till|until) [a-z0-9]+)?(?! (from|and) )",
]

# Help asked with a task that has an object ("help me open an account", "help me finish it").
_HELP_TASK = [
    "(someone|somebody|anyone|any1|some1) help me (open|finish|fill in|fill out|set up|sort out|"
    "write|choose|pick|apply for|plan|start|understand|revise for|fix|build|cook|book|sign up "
    "for|register for|practise|practice|read|make|learn|change|update|print|wrap|decorate) (a|an|"
    "my|the|some|this|these|more|our|up|in)( [a-z0-9]+){0,3}",
    "(someone|somebody|anyone|any1|some1) help me (finish|fill in|fill out|sort out|set up|"
    "understand|fix|do) it( please| pls| plz)?$",
]

# A knock in sport or play, with its cause named. Never the stairs, a door or a wall (what a
# child may be told to say), nor when words after tell of saying so or of someone.
_PLAY = ("(football|rugby|netball|hockey|basketball|dodgeball|cricket|pe|games|training|the match|"
         "a match|a tackle|tackling|trampolining|the trampoline|a trampoline|my bike|my scooter|my "
         "skateboard|my board|a trick|tricks|the skatepark|skateboarding|climbing|gymnastics|"
         "dance|dancing|karate|judo|boxing|kickboxing|horse riding|riding|ice skating|skating|"
         "roller skating|swimming|the park|the climbing frame|monkey bars|the swings|a swing)")
_SPORT_KNOCK = [
    "(bruise|bruises|bruised|graze|grazes|scrape|cut|cuts|black eye|fat lip|nose bleed|nosebleed) "
    "(on|all (up|over|down)) (my|his|her) [a-z]+( [a-z]+){0,2} (from|after|at|playing|doing|in|"
    "during|off) ((playing|doing|trying|falling off|coming off|fell off|at) )?(a |the |my"
    f" )?{_PLAY}"
    "(?!( [a-z0-9]+){0,10} (say|said|tell|told|lie|lying|pretend|really|actually|cover|excuse|"
    "supposed to))",
]

# Sadness about a lesson, a story or the news, not about the child's own life.
_TOPIC = ("(history|english|re|science|geography|drama|assembly|class|lesson|film|book|"
          "documentary|news|story|play|episode|learned about|learnt about|learning about)")
_SAD_ABOUT = [
    f"{_TOPIC}( [a-z0-9]+){{0,8}} (its|it is|it was|that is|thats|was|is) (so|really|very|well|"
    "proper) sad (how|what|that|when|to think)( [a-z0-9]+){0,6}",
    "(the )?(ending|end|film|book|movie|story|episode|show|song|play|last bit|last episode) (of( "
    "[a-z]+){1,3} )?(is|was|were) (so|really|very|well|proper) sad( (?!(because|cos|coz|but|and|"
    "when|it reminded|reminds) )[a-z0-9]+){0,4}",
]

EVERYDAY: Final[dict[str, list[str]]] = {
    "self_harm": _NOSE,
    "exploitation": [*_SMALL_DEBT, *_LESSON_STORY, *_SURPRISE_KEPT],
    "sexual_abuse": _MADE_TO_DO,
    "missing": _LESSON_STORY,
    "physical_abuse": [*_SPORT_KNOCK, *_LESSON_STORY],
    "emotional_abuse": _LESSON_STORY,
    "domestic_abuse": _LESSON_STORY,
    "trafficking": _LESSON_STORY,
    "radicalisation": _LESSON_STORY,
    "bullying": _LESSON_STORY,
    "unsafe_home": _HELP_TASK,
    "upset": [*_SAD_ABOUT, *_LESSON_STORY],
}
