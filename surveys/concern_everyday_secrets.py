"""Secrets named as a surprise, a treat, results or a discount: set aside.

"Don't tell" and "our little secret" are how a child is kept quiet about harm, and the rules
alarm on them. The eighth hand's ordinary answers quoted them about harmless things: a dad's
"dont tell your sister about her party ... its a secret", a nan keeping a surprise party for
grandad, a carer's "our little secret is you can have a biscuit before tea", cake in the office
for a birthday, exam results kept till the head announces them, a place at college kept till
the child tells their social worker, a staff discount the customers are not told of. Each
saying here names what the secret is, from a short list (a surprise, a party for the one not
told, a present, a treat, results, a discount, the child's own good news), runs on only over
the few words that finish it ("for your birthday", "its staff only") and a laugh, and nothing
after it may turn it back (a condition, a man, his place, touching, pictures, money, a parent
or a worker kept from knowing). A secret about a man, a place, a photo, touching, money or
"what happened" names none of these, and is still read. Never set aside for sexual abuse. A
match is set aside only when one of these spans holds all of it (``surveys.concerns``);
``surveys.concern_everyday`` adds them to its sayings, per category. Same syntax as the phrase
lists.
"""

from __future__ import annotations

from typing import Final

# Words that turn a secret back to harm, anywhere in the gap a saying allows.
_TURNS = ("(man|men|older|boyfriend|he|him|flat|house|car|touch|touched|touches|photo|photos|"
          "pictures|video|money|cash|drink|drinks|drugs|weed|vape|vapes|lads|boys|hurt|hit|"
          "happened|bed|room|night)")
_GAP = f"( (?!{_TURNS} )[a-z0-9]+)"
# A set-aside is read on the message alone and joined with the ones around it
# (``surveys.concerns.detect_across``), so none ends on the end of the text: each ends on a
# laugh, then words that may not follow in this message or the next: a condition, a man, a
# place of his, touching, pictures, money, or a parent, a carer or a worker kept from knowing.
_KEPT_FROM = ("(dont|do not|not to|never|cant|mustnt) tell (your |my |the )?(mum|mam|dad|parents|"
              "carer|carers|foster carers|social worker|sw|teacher|police|iro|keyworker)")
# An older someone, never "when hes older" (a future; "he is older" has a match of its own).
_OLDER = ("(older (man|men|lad|lads|boy|boys|guy|guys|bloke|boyfriend|friend|friends|mate|mates|"
          "one|ones|lot|kids|people|girl|girls)|olders)")
_THEN = ("(if|unless|as long as|in return|or else|man|men|boyfriend|his (flat|house|car|room|"
         "place)|my room|touch|touched|touches|photo|photos|pictures|video|money|cash|drink|drugs|"
         f"weed|lads|hurt|happened|bed|night|lap|kiss|{_OLDER}|{_KEPT_FROM})")
_LAUGHS = "( (lol|haha|hahaha|hehe|lmao|xd|x|xx))*"
_END = f"{_LAUGHS}(?!( [a-z0-9]+){{0,12}} {_THEN}( |$))"

# --- a treat kept from the others -------------------------------------------------------------
_TREAT = ("(biscuit|biscuits|sweet|sweets|sweeties|chocolate|chocolates|cake|ice cream|treat|"
          "treats|crisps|pudding|dessert|hot chocolate|lolly|lollies|doughnut|doughnuts|donut|"
          "pizza|chips|takeaway|fizzy drink|can of coke|custard cream|jaffa cake)")
# Kept from the other children of the house, never from a parent, a carer or a worker.
_FROM_THE_OTHERS = ("( (but )?(dont|do not) tell (the others|the other kids|the little ones|the "
                    "younger ones|(your|my) (brother|sister|brothers|sisters|cousins)))?")
_OUR_LITTLE_TREAT = [
    "our (little )?secret (is|was) (that )?(you|we|i) (can|could|get to|are allowed to|get|got|"
    f"always get) (have |eat |get )?(a |an |some |two |another |one more |more )?(extra )?{_TREAT}"
    f"( (before|after) (tea|dinner|lunch|bed|bedtime|school|breakfast))?{_FROM_THE_OTHERS}"
    f"{_END}",
]
# Food put by for everyone, never a present or a surprise the one who says it has for the child
# (how a gift is kept secret).
_TREAT_IN_THE_OFFICE = [
    "((said|says|goes|told (me|us)|whispered) )?(dont|do not) tell (anyone|anybody|the others) "
    "(but )?(there is|theres|there are|we have|we got|weve got|she has|she got|we saved) (a |an |"
    "some |two |loads of |a slice of |a bit of )?(cake|cakes|biscuits|sweets|pizza|chocolate|"
    "chocolates|treats|doughnuts)( "
    "(in|on) the (office|kitchen|staff room|fridge|freezer|cupboard|tin|oven|top shelf))?( for ("
    "you|(your|his|her|their|my|our|the) ([a-z0-9]+ )?(birthday|bday|leaving do|end of term|"
    f"party|christmas|anniversary|results)))?{_END}",
]

# --- a surprise for someone else --------------------------------------------------------------
# Only when the party or the present is the very person's who is not to be told: "dont tell
# your sister about her party" is a surprise, "dont tell your mum about the party" is not.
_HERS = "(sister|mum|mam|nan|gran|nana|auntie|aunty|sis|little sister|big sister|carer|teacher)"
_HIS = "(brother|dad|grandad|uncle|cousin|bro|little brother|big brother|carer|teacher)"
_THE_ONE_NOT_TOLD = [
    f"(dont|do not) tell ((your|my|our) )?(({_HERS} about her|{_HIS} about his) ([a-z0-9]+ ){{0,2}}"
    "(party|surprise|surprise party|present|presents|birthday|cake|card|gift|leaving do)|"
    f"({_HERS}|{_HIS}) about the (surprise|present|presents|cake|card|gift)){_GAP}{{0,4}} (its|it "
    f"is|thats) (a )?(secret|surprise){_END}",
]
_PLANNED_IN_SECRET = [
    "(keep|keeping) (it|this) (a )?(secret|quiet)( but| because| as)? ((she|he|we|they|i|mum|nan|"
    "dad|grandad) (is|are|am) |(were|we are|she is|he is|they are|i am) )?(doing|planning|"
    "throwing|having|making|getting|buying|baking|organising|booking|arranging|sorting) (a |an |"
    "some |him a |her a |them a )?(surprise |big |little |special )?(party|present|cake|card|gift|"
    "surprise|do|meal|surprise party|leaving do) for (him|her|them|(my |our |her |his )?(?!(me|us|"
    "you|your|yourself|myself)( |$))[a-z]+)( ([0-9]+(th|st|nd|rd)|birthday|bday|anniversary|"
    f"retirement|leaving do|party))?{_END}",
]

# --- the child's own news, results or a discount ---------------------------------------------
_OWN_NEWS = [
    "(keep|keeping) (it|this) (a )?secret (that )?i (got into|got in to|got a place at|got a place "
    "on|passed|won|got picked for|made|got|am going to) (college|uni|university|sixth form|the "
    "team|the squad|my course|the course|the academy|an apprenticeship|my test|my driving test|"
    "my theory test|my exams|first place|the part|the lead|the play)( (til|till|until) i (tell|"
    "told) ([a-z]+ ){0,2}(myself|first|them|her|mum|carers|sw|social worker|nan|iro))?"
    f"{_END}",
]
_RESULTS = ("((exam|test|gcse|mock|sats|a level|audition|trial|race|quiz) )?(results|result|"
            "grades|grade|marks|mark|score|scores|winner|winners)")
_RESULTS_KEPT = [
    "((got |were |was |we were |we got |i got |i was )?(told|asked) (me |us )?not to tell (anyone|"
    "anybody|people)|((said|says|told (me|us)) )?(dont|do not|not to) tell (anyone|anybody)) "
    f"(my|our|the|their|your) {_RESULTS}( (til|till|until|before) ([a-z0-9]+ ){{0,5}}(announces|"
    "announce|announced|say|says|said|puts|put|are out|come out|comes out|tells|gives|posts|reads"
    ")( (them|it|em))?( (up|out|online|in assembly|in class|in form|on the board|on the wall|"
    f"tomorrow|on friday|on monday|next week))?)?{_END}",
]
_STAFF_ONLY = [
    "((said|says|told (me|us)) )?(dont|do not|not to) tell (the )?(customers|customer|public|"
    "shoppers|other customers|guests|kids|children|other kids) about (the |our |my )?(staff )?("
    "discount|discounts|offer|offers|deal|deals|sale|sales|freebies|free stuff|staff food|secret "
    f"menu|new menu|prices)( (til|till|until) [a-z]+)?{_LAUGHS}( (its|it is|thats|because its) ("
    f"staff only|only for staff|for staff|just for staff))?{_END}",
]

# --- a present the child is giving ------------------------------------------------------------
# "keeping a secret about what i bought my brother for christmas": the child gives, to someone
# named, for their day; "keep the present a secret till she opens it": the one who opens it is
# the one it is for. Never a present for the child ("what he bought me"), nor what follows of
# a man, money or a place of his.
_GIVEN_TO = (f"((my|our) )?({_HERS}|{_HIS}|friend|mate|best mate|best friend|bestie|foster mum|"
             "foster dad|foster carer|foster sister|foster brother|keyworker|key worker|teacher|"
             "girlfriend|cousins|mum and dad)")
_THEIR_DAY = ("(christmas|xmas|birthday|bday|mothers day|fathers day|eid|diwali|valentines|"
              "anniversary|leaving do)")
# What the present is ("its a lego set"), never running on into who does what next.
_WHAT_IT_IS = f"( (?!({_TURNS}|i|we|you|she|they|it|its|and|but|so|then) )[a-z0-9]+)"
_PRESENT_GIVEN = [
    "(keep|keeping|am keeping|kept|got|have|have got) a secret about what i (bought|got|made|am "
    f"getting|am buying|am making|have got|have bought) (for )?{_GIVEN_TO} for (her |his |their )?"
    f"{_THEIR_DAY}( (its|it is|thats)( a| an| some)?{_WHAT_IT_IS}{{1,3}})?{_END}",
    "(keep|keeping|kept) the (present|presents|gift|gifts|card|cake|surprise) (a )?secret (til|"
    "till|until) (she|he|they|my [a-z]+|[a-z]+) (opens|open|unwraps|gets) (it|them)"
    f"{_END}",
    # "planning a secret birthday present for my foster sister, its a hamster and she has no
    # idea!! dont say anything at the meeting if shes there": the one it is for is named, and
    # the meeting is the only place kept from knowing.
    "(planning|making|got|have got|have|bought|buying|getting|made|doing) (a|our|my) secret ("
    f"{_THEIR_DAY} )?(present|presents|gift|gifts|surprise|card|cake) for {_GIVEN_TO}( for (her|"
    f"his|their) {_THEIR_DAY})?( (its|it is|thats)( a| an| some)?{_WHAT_IT_IS}{{1,3}})?( and (she|"
    "he|they) (has|have|had) no idea)?( (please )?(dont|do not) (say|tell|mention) (anything|"
    "anyone|it|her|him|them)( (at|in) the (meeting|review))?( if (she|he|they) (is|are) there)?)?"
    f"{_END}",
    # "a cake for my friends birthday, a secret surprise": what it is and whose day, then the
    # secret.
    f"(cake|card|present|gift|party|banner|picture) for {_GIVEN_TO}s? {_THEIR_DAY} (its |it is |"
    f"thats )?(a )?secret surprise{_END}",
]

# --- the child's own wish for a family --------------------------------------------------------
# "keep it a secret but im gonna ask my foster mum if she'll adopt me": the child asks a carer
# to keep them; nobody else is in it.
_ASKED_TO_KEEP_ME = [
    "(keep|keeping) (it|this) (a )?secret( but| that| cos| because)? i am (going to|gona|about "
    "to|thinking of|thinking about|want to) (ask|asking) (my )?(foster mum|foster mam|foster dad|"
    "foster carer|foster carers|foster parents|carer|carers|nan|gran|auntie|aunty|nana|grandma|"
    "grandad|uncle) (if|whether) (she|he|they) (will|would|can|could|might) (adopt me|keep me|be "
    "my (forever )?(mum|mam|dad|family|special guardian)|let me stay( forever| for good| for "
    f"ever)?){_END}",
]

# --- a secret of play --------------------------------------------------------------------------
# A midnight feast, a den, a club or a handshake: children's secrets, named as what they are, and
# nothing after them may turn them back (a man, his place, touching, pictures, telling).
_OF_PLAY = [
    "(a|our|my|the|its|it is|it was) (little |special |top )?secret (midnight feast|feast|den|dens|"
    "club|base|hideout|hide out|handshake|code|password|passcode|recipe|ingredient|level|santa|"
    "passage|tunnel|garden|treehouse|tree house|camp|society|language)"
    f"{_END}",
]

SECRETS: Final[dict[str, list[str]]] = {
    "exploitation": [*_OUR_LITTLE_TREAT, *_TREAT_IN_THE_OFFICE, *_THE_ONE_NOT_TOLD,
                     *_PLANNED_IN_SECRET, *_OWN_NEWS, *_RESULTS_KEPT, *_STAFF_ONLY,
                     *_PRESENT_GIVEN, *_ASKED_TO_KEEP_ME, *_OF_PLAY],
}
