"""Self-harm, going missing and being hurt, told as a plan, a date to come or something coming back.

The ninth blind hand (``tests/corpora/ninth_hand``) moved each disclosure away from "this is
happening to me now": a day picked and a goodbye, a run planned and a place to hide, a beating
promised for a day, a man out of prison who hurt the child before, or the same told as a
brother's, a sister's or a friend's. What is done is still said; only the time or the person
moved. The rules before this module knew the act told now; these shapes were missing:

- self-harm: a day or a date picked and the child not there after it; tablets saved and all to be
  taken (or "so I don't wake up"), misspelt ("tablits"); walking out in front of lorries
  ("lorrys") with a day or a plan; letters written "for after" or before "I finish it"; going
  to the train line with things given away, or standing on it, or "when the fast one comes";
  "next time I don't step back"; a day decided as "the last day"; knowing the road or the bridge
  and not waiting; a cord kept and waiting for an empty house, or "not a cry for help, a plan";
  going "off the top of" a car park; blades bought again and "clean" before; marks on a sister
  who will "do it properly"; hanging oneself; not waking up so nobody has to deal with me;
- missing: hidden "so the social can't find me" or "where no one looks"; told to hide when the
  social worker knocks; hidden in a loft since the police came; a run from care to someone older;
  a run planned again on a day; a bag packed and nobody to find the child; a journey arranged
  with secrecy (not telling staff, not coming back, a car at the back gate); a sibling days gone
  with her phone off; going missing and taking the child next time;
- physical harm: the belt or a hiding promised; thrown through a window "next time I grass";
  the one who hurt the child out of prison or back in touch; "sort me out like he did before";
  "finish what he started"; others hit and "tomorrow it's me"; a head held under water "till you
  can't breathe" or a hand held on the hob, asked for a friend; a carer who "whacks you with" a
  spoon; a brother kicked in the back by the carer; told to say you are clumsy; Welsh, a beating
  promised.

Left to the learned layer, as near to ordinary life as to harm: a friend who "gave me her dog"
with no place named, a girlfriend "going off" with no height, a brother in a car from Tesco with
no secrecy, a friend "going again the night" with no run named before. Fresh wordings of each
shape, written before the rules, are batches pa, pb and pc of ``tests/corpora/adversarial.txt``;
the ordinary answers nearest them (a party on review day, hay fever tablets for a trip, a railway
museum, a rope for a swing, hide and seek, a belt for school trousers, a turn at the relay) are
the block "plans, dates and things coming back" of ``tests/corpora/near_misses.txt``.

Narrowed after a review of ordinary answers in the rules' own words (a platform game, the road to
nan's, hide and seek, a dog run off, a belt for trousers, a diving tower, swimming, a date): each
part asks for the harmful reading; ``tests/surveys/test_concern_plans.py`` holds those answers.
Radicalisation, harmful practices and exploitation told the same way are in
``surveys.concern_plans_exploitation``. Same syntax as ``surveys.concern_frames``.
"""

from __future__ import annotations

from typing import Final

from surveys.concern_slots import BODY, CARER, STRIKE, TOYS
from surveys.concern_voice_parts import WEEKDAYS as _DAYS

# --- time to come, shared -----------------------------------------------------------------------

# A day or a time to come: what moves a disclosure away from "now".
WHEN = (f"(tonight|tomorrow|tmrw|this weekend|next week|next month|the weekend|{_DAYS}|on "
        f"{_DAYS}|(after|before) (my|her|his|the|their) ([a-z]+ )?(birthday|review|exams|shift|"
        "interview|court|christmas|contact|visit)|half term|the summer|easter|christmas|next "
        "time|the night before)")
# A child or young person's age, under eighteen.
UNDER_AGE = ("(i am|she is|he is|she|he|aged|age|only|is) (1[0-7]|[0-9]|ten|eleven|twelve|"
             "thirteen|fourteen|fifteen|sixteen|seventeen)(?![0-9])(?! (oclock|pm|am|quid|pound))")
# Not to tell the people who would look for the child.
_UNTOLD = ("(staff|worker|workers|social|social worker|social workers|socials|carer|carers|"
           "keyworker|key worker|anyone|anybody|no one|nobody|noone|police|school|the home)")
SECRECY = ("((dont|not|mustnt|must not|cant|never|no) (tell|say (nothing|anything|owt|a word) to)"
           f"( the| my| our| any)? {_UNTOLD}(?! but(?![a-z]))|(nobody|no one|noone)"
           "( [a-z]+){0,3} (can|will|must|should) (know|find)|not (coming|going) back(?! (till|"
           "until|til|for|before|tonight|today|tomorrow|this|next|on|in|at|from|early|late|home|after)"
           "(?![a-z]))|keep me (at|in) (his|her|their)|(i|we) (will )?(disappear|vanish)|(no|"
           "nobody|no one|noone) ([a-z]+ ){0,2}(find|finds|will find) (me|us))")

# --- self-harm ----------------------------------------------------------------------------------

_PILLS = ("(tablets|tablits|tabets|tablet|pills|meds|medicine|medication|paracetamol|"
          "painkillers|sleeping tablets|tabledi|dabledi)")
_SAVED = ("(saving|saved|save|saving up|stockpiling|collecting|collected|kept|keeping|been "
          "keeping|stashed|stashing|hid|hidden|hoarding)")
_ALL_OF_THEM = ("((take|taking|takin|swallow|swallowing|neck|necking|have|having) (them all|all of "
                "them|the lot|the whole lot)(?! (week|day|night|term|summer|with|in|every|each|up|"
                "out|back|to|round|at (breakfast|lunch|tea|dinner|school|bedtime|home))(?![a-z]))|"
                "so i (dont|wont|never|do not|will not) wake( up)?)")
_LORRIES = ("(lorys|lories|lorrys|lorries|lorry|trucks|truck|traffic|cars|buses|bus|trains|"
            "train|vans)")
_IN_FRONT = ("(?<!never )(?<!not )(?<!dont )(?<!not to )(?<!lets us )(?<!let us )(?<!let me )"
             "((walk|walking|step|stepping|run|running|go)( straight| right)? out|jump|jumping|"
             "throw myself|throwing myself|lie down|lay down) (in front of|infront of|under) "
             f"(the |a |some )?([a-z]+ ){{0,2}}{_LORRIES}")
_LETTERS = ("(wrote|written|write|writing|left|leaving|done|did|finished) (the |my |some |all "
            "my |all the )?(letters|notes|goodbye letters|a letter|a note)(?! (for|on|in|about|"
            "from) (my |the |our |a )?(english|maths|science|history|geography|essay|exam|exams|"
            "test|tests|revision|homework|coursework|class|lesson|lessons|school|college)"
            "(?![a-z]))")
_FOR_AFTER = ("for after(?! (school|tea|dinner|lunch|the|my|her|his|christmas|easter|work|"
              "college|exams|half term|summer|the holidays))")
# Letters already written (plural, or goodbye ones): "it" the child then finishes is no letter.
_LETTERS_DONE = ("(wrote|written|left|done|finished) (the |my |all my |all the )?(letters|"
                 "goodbye letters|goodbye notes)(?! (for|on|in|about|from|to) (my |the |our |a )?"
                 "(english|maths|science|history|geography|essay|exam|exams|test|tests|revision|"
                 "homework|coursework|class|lesson|lessons|school|college|santa|father christmas)"
                 "(?![a-z]))")
# Matched whole: a lookahead after an optional " all" once let "finish it" through alone.
_MY_END = ("((i|ill|i will|im gonna|im going to|going to) (end it( all)?|finish it all( off)?|"
           "finish it off)(?! (with|for|early|on|at|by|in|first|and then)(?![a-z]))|(after|before)"
           " [a-z ]{0,20} i (end|finish) it(?![a-z])(?! (off|with|up|for|early|on|at|by|in|first)"
           "(?![a-z])))")
_RAIL = ("(train line|railway line|train track|train tracks|the tracks|the railway|level "
         "crossing)(?! (museum|station|club|cafe|walk|path|trip|model|set|shop|ride|"
         "bridge|staff|worker|workers|job)(?![a-z]))")
_STAND_ON_IT = ("(stand|lie|lay|sit|walk|step|go stand|go lie) on (it|the (line|lines|track|"
                "tracks|rails))")
_GOING_ON_IT = "(going|goin|gonna go|go) on it(?! (to|at|for|with)(?![a-z]))"
_FAST_ONE = ("(when|as) the (fast|next|express|big|last) (one|ones|train|trains) (comes|come|"
             "go|goes|is coming|comes through|goes through|go past|goes past)")
_GOING_THERE = ("(going|goin|gonna go|go|walk|walking|heading|head) (to|down to|up to|onto) "
                "(the )?(train line|railway line|railway|tracks|train tracks|level crossing)"
                "(?! (museum|station|club|cafe|walk|path|trip|model|set|shop|ride)(?![a-z]))")
_GIVEN_AWAY = ("(gave|given|gives|giving|left) me (her|his|their) ([a-z]+ ){0,1}(dog|cat|"
               "rabbit|phone|phone code|password|pin|passcode|xbox|switch|ps|stuff|things|"
               "bank card|hoodie|clothes)(?! to (look after|mind|borrow|use|play|fix)(?![a-z]))")
_CORD = ("(belt|rope|cord|dressing gown belt|scarf|tie|sheet|shoelace|laces|cable|charger "
         "lead|noose)")
_ALONE_SOON = ("((waiting|wait|waitin) (till|until|til|for) (the house|my flat|the flat|the "
               "home|everyone|my flatmate|my carer|my carers|they|he|she|mum|dad|mam)( [a-z]+)"
               "{0,4} (empty|out|away|gone|goes out|goes away|go away|go out|asleep|is out|"
               "goes to|go to|is away|for the weekend)(?! (so (i|we) can|to (wrap|put|hide|make|"
               "do|get|set|bake|decorate|surprise|sneak))(?![a-z]))|"
               "(not a cry for help|its a plan|its my plan|thats my plan|where no one goes|where"
               " nobody goes)|for when (i|he|she) (go|goes|cant do it|cant cope|cant take it|"
               "cant go on)(?! (to|camping|on|out|back|away|home|abroad|swimming|fishing|"
               "climbing|sailing|shopping|with|for|[a-z]+ing)(?![a-z])))")
_MARKS = ("(marks|cuts|scars|scratches|lines) (all )?(up|on|over|down|across) (her|his|their) "
          "(arms|arm|thighs|thigh|legs|leg|wrists|wrist|tummy|stomach|belly)(?! (from|off|after|"
          "because|cos|in (art|pen|felt|marker)|where)(?![a-z]))")

# --- going missing ------------------------------------------------------------------------------

_HIDE = ("(hide|hides|hiding|hid|hidden|keep|stay|staying|live|sleep|put me up)(?! and seek)"
         "( me)?( in| at| with| under| somewhere)?")
# Not found: the child (or what the child hides), never "my PE kit" or "my bike".
_NOT_FOUND = ("(social|social workers|social worker|the social|socials|social services|police|"
              "feds|staff|the home|my carers|anyone|nobody|no one|noone)( [a-z]+){0,2} (cant|"
              "cannot|can not|wont|will not|never|dont|not) (find|finding|look|looking|know "
              "where)(?! (my|the|his|her|our|their|your|a|an|any|anything)(?![a-z]))")
# Where no one looks: a place to be hidden by someone, not the child's own turn at hide and seek.
_NOBODY_LOOKS = ("where (no one|nobody|noone|they|the social|social|police)( [a-z]+){0,2} (look|"
                 "looks|find|finds|will look|would look)")
_HIDDEN_BY = "(hide|hides|hiding|hid|keep|keeps|kept|put|puts) (me|us|her|him)"
_AUTHORITY_COMING = ("(when|if|next time|before) (the )?(social|social worker|social workers|"
                     "socials|police|feds|council|attendance officer)( [a-z]+){0,2} (knock|"
                     "knocks|come|comes|come round|comes round|turn up|turns up|visit|"
                     "visits|call|calls|come again)(?! (to|into|in) (school|class|assembly|our "
                     "school)(?![a-z]))")
_HIDE_TOLD = ("(((have|got|has) to|must|told (me )?to|tells me to|make me|makes me|gotta) (hide|"
              "stay hidden|not make a sound|stay in the (loft|attic|back))|"
              "pretend (no one|nobody|we) "
              "(is|are|were|isnt|arent) (in|home|here)|(dont|not) answer the door|(she|he|i) "
              "(goes|go|will go|gets sent|get sent) to (pakistan|bangladesh|india|nigeria|"
              "somalia|back home|another country))")
# Hidden somewhere, or kept in a loft: never a child staying at an auntie's (kinship care).
_KEPT_HIDDEN = ("((hid|hidden|hiding|locked) (in|at|up in) (the|her|his|my|their|an|a) ([a-z]+ )?"
                "(loft|attic|cellar|basement|shed|back room|boyfriends|aunties|aunts|uncles|"
                "cousins|friends)|(kept|staying|stays) (in|up in) (the|her|his|my|their|an|a) "
                "([a-z]+ )?(loft|attic|cellar|basement|back room))")
_SINCE_AUTHORITIES = ("since (the )?(police|social|social services|social workers|feds|social "
                      "worker)( [a-z]+){0,2} (came|come|were|turned up|started|was)")
_RUN_FROM_CARE = ("(run|ran|running|runnin|go missing|went missing|legged it|did a runner) "
                  "(from|away from|off from|aff) (care|the home|his (foster|placement|carers)|"
                  "her (foster|placement|carers)|my (foster|placement|carers)|the unit|foster|"
                  "placement)")
# Someone older taken up with: not "an older boy caught me" at tag.
_OLDER_ONE = ("((hide|hid|keep|kept|put up) me|stay with (someone|a man|him|them|some|a guy)"
              "( [a-z]+)? older|with (an |some |a |the )?older (man|guy|lad|boy|bloke|men|boys)|"
              "(a |some )?(guy|man|"
              "bloke|lad|men|people) (i|we|he|she) (dont|didnt|do not) know)")
# A person run off before, never a dog ran away nor a fire alarm "went off for ages".
_RAN_BEFORE = ("((?<!cat )(?<!dog )(?<!puppy )(?<!pet )(?<!rabbit )(?<!hamster )(ran|run|running|"
               "runnin) away|(ran|run|running|runnin) (off|aff) (from|with|wi)(?! (my|the|his|her|"
               "our|your|it|that|this)(?![a-z]))|(ran|run) from (school|care|the home|"
               "the unit|my placement|my carers|foster|home)|went off (for ([0-9]+|to|for|two|"
               "three|four|five|a few|a couple|some|a) (days|nights|day|night|week|weeks)|from|on)|"
               "(?<!cat )(?<!dog )(?<!pet )(?<!bag )(?<!keys )went missing|did a runner|legged it)")
_AGAIN = ("((thinking of|thinking about|gonna|going to|plan to|planning to|want to|wanna) (do|"
          "doing|go|going|run|running) (it |off |missing )?again|(?<!we are )(?<!were )(?<!we )"
          "(going|goin|go|do it|doing it|run|running) again (on|this|next|tonight|tomorrow|the "
          "night|at)|(its|it is|it has) (starting|started) again|(nobody|no one|noone) (knew|"
          "knows|know) where (i|im|we|he|she|they|me|to))")
_PACKED = ("((bag|bags|rucksack|stuff) (is |are )?(packed|ready)|packed (a|my) (bag|rucksack|"
           "stuff))(?! for (the|a|my|our|camp|school|holiday|holidays)(?![a-z]))")
_UNFOUND = ("(no one|nobody|no ones|noones|nobodys|noone)( is| will| gonna| going to)? (find|"
            "finding|finds|know|knowing|looking)( me| where)")
_JOURNEY = ("((get|getting|take|taking|catch|go on) the (train|coach|bus|megabus)|get (in|into)"
            " (a|his|her|their|the) car|a car (will )?(come|wait|pick|be)|(come|go|run|leave|"
            "going|coming)( [a-z]+){0,2} (to|with) (london|him|her|them|his|birmingham|"
            "manchester|other city|another city)|(leave|leaving) (the|my) (home|hostel|hotel|"
            "unit|placement|house|phone)|hide with|(go|going) with them|come back to (them|him))")
_DAYS_GONE = ("((hasnt|has not|havent|have not|not) been (back|home|seen)( [a-z]+){0,4} (for|in|"
              "since) ([0-9]+|to|for|two|three|four|five|a few|some) (days|nights)|gone (for )?"
              "([0-9]+|to|for|two|three|four|five|a few) (days|nights)(?! (on|to|at|camping|away "
              "with)(?![a-z]))|gone for days|(took|taken) (them|her|the baby|the kids)(?! (to|for|"
              "on|out|round|swimming|shopping)(?![a-z])))")
_NO_TRACE = ("((phone|phones) (is |are )?(off|dead|switched off)|older (boy|man|guy|lad|men|"
             "boys)|(no one|nobody) knows where|(dont|do not) look for (us|me|her))")
_GOES_MISSING = "(goes missing|go missing|going missing|went missing|keeps running off)"
_TAKES_ME = ("((take|bring) me (with (him|her|them)|along)|comes back with (loads of |lots of )?"
             "(money|cash|new clothes|trainers))")

# --- physical harm ------------------------------------------------------------------------------

# A beating, never a belt to wear nor a hiding place.
_BEATING = ("((the belt|the slipper|the strap)(?! (from|off|that|which|she|he|i wanted|to (wear|"
            "keep|borrow)|for (my|her|his|the|a|school|dance|karate|judo)|(at|in) (karate|judo|"
            "taekwondo))(?![a-z]))|a (proper |good |right |real )?(hiding|beating|belting|"
            "leathering|battering|kicking)(?! (place|places|spot)(?![a-z])))")
_GRASS = ("(grass|grassing|snitch|snitching|tell|say anything|talk)( [a-z]+)? (again|next time)"
          "|next time i (grass|snitch|tell|talk|say)|if i (grass|snitch|tell)")
_HURL = ("(putting|put|puts|throw|throwing|throws|chuck|chucking|push|pushing|kick|kicking) me "
         "(through|out of|out|down|off|into|against) (the|a) (window|wall|stairs|door|balcony|"
         "table|bannister|banister|fence)")
_HURT_BEFORE = (f"the one (who|that|wot) ([a-z]+ ){{0,2}}(put|burnt|burned|broke|cracked|hit|"
                f"beat|battered|stabbed|cut|kicked|smashed|held|scalded) my ({BODY}|jaw|"
                "cheekbone|collarbone|skull|teeth|tooth|ribs)(?! ((at|in|playing|during) (rugby|"
                "football|pe|training|practice|the match|the game|a game|a match|a tackle|boxing|"
                "karate|judo|hockey|netball|basketball|cricket|the playground)|by accident|"
                "accidentally|on the (pitch|field|trampoline))(?![a-z]))")
_BACK_AGAIN = ("((out of|out from|got out of|gets out of|released from|coming out of) (prison|"
               "jail|the nick|inside)|(is|gets|got|getting|comes|came|coming) out (next|on|this|"
               f"in|{_DAYS})|wants to see me|asking where|found me|(messaging|messaged) me(?! to "
               "(say sorry|apologise|apologize|check|see how)(?![a-z])))")
# The one who started it finishing it: not "I'll help my dad finish what he started".
_STARTED = ("(he|she|they) (is |are |wil |will )?(going to |gonna |wants to |want to )?finish "
            "(what|wot) (he|she|they) (started|begun)(?! (on|with|in|at)(?![a-z]))")
_STILL_HURT = ("(when i get (home|back|in)|tonight|still hurt|ribs|bruise|bruises|black eye|"
               "last (week|night|time))")
_OTHERS_HIT = ("(hit|hits|hitting|slap|slaps|slapped|punch|punched|punches|kick|kicked|kicks|"
               "beat|beats|push|pushed|pushes|whack|whacked|whacks) (my friend|my mate|my "
               "friends|my mates|them|him|her|the (boys|girls|kids|others|lads|[a-z]+ boys))"
               f"(?! with {TOYS}(?![a-z])| with questions)")
_MY_TURN = ("((tomorrow|tonight|today|so|next) (he say |he says |she says )?(it|its|it is|it "
            "will be|it be) (me|my turn)|(its|it is|it will be|will be) my turn( next)?(?! (to|"
            "on|at|for|in)(?![a-z]))|(ill|i will) be next|im next)")
# Someone else holding a head under: not "I had to put my face in the water" at swimming.
_HEAD_HELD = ("(?<!i )(?<!we )(?<!i had to )(?<!we had to )(?<!i have to )(?<!we have to )"
              "(hold|holds|held|holding|push|pushes|pushed|pushing|put|puts|keep|keeps|kept) "
              "(your|ur|her|his|my|their|me|him) (head|face)")
_NO_BREATH = "(till|until|til|so) (you|u|i|she|he|they|we) (cant|couldnt|can not|could not) breathe"
# A cover story given to the child ("clumsy", a fall to say), not the child's own fall.
_TOLD_WHO = "(them|anyone|(the )?teachers?|(the )?school|social|people|the nurse|the doctor)"
_COVER_STORY = (f"((tell|say to) {_TOLD_WHO} (you|your|youre|ur|u|i|im|that (you|i)) (are clumsy|"
                "was clumsy|a clumsy|clumsy|did it (yourself|myself)|walked into)|(says|said|told "
                "me to|tells me to|makes me|made me|wants me to) (tell|say to) "
                f"{_TOLD_WHO} (you|youre|u|i|im|that (you|i)) (fell|fall|tripped|banged))")
_MARKED = "((goes|went|go|turns|turned|is|was) (black|blue|purple|red raw)|bruise|bruises|marks)"

PHRASES: Final[dict[str, list[str]]] = {
    "self_harm": [
        # A day decided as the last, and someone who will do it "properly" or hang themselves.
        # "my last day", or "the last day" as the last words: not "the last day we go swimming".
        "decided __ (is|will be|be) (my last (day|night)(?! (of|at|in|before|for|to|on|with|here|"
        "there|then|as|so|because|we|i|off)(?![a-z]))|the last (day|night)$)",
        # Not stepping back from an edge, as the last words or from the edge: not from the ball.
        "(next time|one day|tonight|this time|tomorrow) i (wont|dont|will not|do not|aint gonna|"
        "am not gonna) step back($| (from|off) (the )?(edge|platform|ledge|side|tracks|line|"
        "rails|bridge)(?![a-z]))",
        "(will|gonna|going to|wants to|want to|ll) (hang) (myself|himself|herself|themself|"
        "themselves)(?! (upside|up|a|an|some|by (his|her|my|their) (legs|knees|feet|arms|hands)|"
        "(off|on|from) the (monkey bars|bars|climbing frame|rings))(?![a-z]))",
        # Not the diving board, nor a jump into the sea or the foam pit.
        "(go|going|goin|gonna go|jump|jumping) (off|of) the top of (the |a )?((?!diving|climbing|"
        "play|water|bouncy|jenga|lego|sand)[a-z]+ ){0,2}(multi storey|multistorey|car park|"
        "carpark|flats|building|block|bridge|cliff)(?! (in|into|in to) (the )?(sea|water|river|"
        "pool|lake|foam|pit)(?![a-z]))",
    ],
    "physical_abuse": [
        # A beating promised, or a hand held on the hob, or a carer who whacks "you".
        f"(giving|give|gives|gonna give|going to give|will give|ll give) (me|him|her) {_BEATING}",
        f"(im|i am|ill|i will|i|me) (getting|get|gonna get|going to get|will get) {_BEATING}"
        "(?! (at|in|off|on) (football|rugby|the game|the match|fifa|chess|cards|monopoly|uno|pool|"
        "darts|tennis|netball|mario kart|fortnite|minecraft|scrabble|ping pong|snooker)(?![a-z]))",
        # Held there by someone, or put on a hot surface: not hands on the radiator to warm them.
        "(?<!i )((holds|held|hold|holding|pressed|presses|press) (her|his|my|your|ur|their) (hand|"
        "hands|arm|fingers|foot) (on|onto|in|into|against|under) (the )?(hob|cooker|oven|iron|"
        "fire|radiator|kettle|hot (water|tap|pan)|boiling water|stove)|(put|puts|putting) (her|"
        "his|my|your|ur|their) (hand|hands|arm|fingers|foot) (on|onto|against) (the )?(hob|cooker|"
        "iron|kettle|hot pan|stove))(?! (to|and) (warm|get|take|check|dry|feel|heat|make|cook)"
        "(?![a-z]))",
        f"{CARER} _ {STRIKE} (u|you) (with (a|the|her|his|their) (?!{TOYS})[a-z]+|every time|when "
        "(u|you)|if (u|you))(?! (at|in|on) (chess|cards|uno|monopoly|fifa|pool|darts|scrabble|"
        "football|the game|games|mario kart|connect four|draughts|snooker)(?![a-z]))",
        # "sort me out like he did before", not a past kindness after it ("when I had a cold").
        "(sort|sorts|sorting|do|deal with|batter|get) (me|you|her|him) (out )?(like|same as|the "
        "same as|the way) (he|she|they) (did|done)( [a-z]+)? (before|last time)(?! (with|for|when "
        "(i|we|you) (had|was|were|got|fell|broke|lost|needed|couldnt|hurt|did)|it (didnt|did not|"
        "doesnt) hurt)(?![a-z]))",
        # Welsh: a beating promised ("rhoi crasfa i fi", "rhoi cweir i fi").
        "(roi|rhoi|rho) (crasfa|cweir|chweir|cosfa|clustan) i (fi|mi)(?! (ar|yn|mewn|am) (fifa|"
        "gwyddbwyll|pel droed|rygbi|gem|y gem|cardiau)(?![a-z]))",
        # A sister's arm purple from his belt; a hand burnt with the iron by her husband.
        f"{BODY} (is |was |all |gone |went )?(purple|black|blue|bruised) from (his|her|their|the) "
        "(belt|fists|fist|hand|slipper|stick|buckle|boot|boots|hitting)",
        # A man's burn on her is his doing; a carer's on "her hand" may be her own at the kettle.
        "((husband|boyfriend|partner|stepdad|step dad|dad|uncle|foster dad|mums boyfriend) (burn|"
        f"burns|burnt|burned) (her|their)|{CARER} (burn|burns|burnt|burned) my) {BODY} "
        "with (the|a|an|his|her) (iron|kettle|lighter|cigarette|cig|pan|fork|knife|hair "
        "straighteners|straighteners)",
        # Seen to twist or snap "it" (a baby's arm); a break, or his own arm, is a record or a fall.
        "(seen|saw|watched) (dad|mum|mam|him|her|my (dad|mum|stepdad|step dad)) (twist|twisted|"
        "snap|snapped) it(?! (off|in half|open|shut|up|on purpose|back|round|around|into|to)"
        "(?![a-z]))",
    ],
}

CLAUSES: Final[tuple[tuple[str, tuple[str, ...], int], ...]] = (
    # A day or a date picked, and the child not there after it.
    # Not "got a date on Saturday" (a date with someone) nor "picked the day we go".
    ("self_harm", ("(picked|chose|chosen|choosen|set|decided on) (my|the) (day|date)(?! (for|of|"
                   "to|off|we|you|they|when|that|with)(?![a-z]))", "(wont|will "
                   "not|not gonna|not going to|aint gonna) be (at|around|here|there|alive|about)"
                   "(?! (cos|because|as)(?![a-z]))"),
     14),
    # Tablets saved, and all to be taken (or so I don't wake up).
    ("self_harm", (_PILLS, _SAVED, _ALL_OF_THEM), 24),
    # Welsh: tablets kept, and the night it will be.
    # Welsh "hel" (gather) is normalised as "he will" after most words.
    ("self_harm", ("(cadw|casglu|hel|he will|cuddio) (y |fy |r )?(tabledi|dabledi|pils|moddion)",
                   f"(nos|dydd) ({_DAYS}|sul|lun|lun|fawrth|fercher|iau|wener|sadwrn) (fydd|"
                   "bydd) (hi|o|e)"), 14),
    # In front of the lorries, with a day or a plan.
    ("self_harm", (_IN_FRONT, f"({WHEN}|my plan|thats my plan|made my mind up|decided|go "
                   "(proper )?fast)"), 18),
    # Letters written, and "for after"; letters done, and "I'll finish it all off" or "end it".
    ("self_harm", (_LETTERS, _FOR_AFTER), 24),
    ("self_harm", (_LETTERS_DONE, _MY_END), 24),
    # On the railway when the fast one comes, or standing on it after a day.
    ("self_harm", (_RAIL, _STAND_ON_IT, f"({_FAST_ONE}|{WHEN}|means it|fr|for real)"), 18),
    ("self_harm", (_RAIL, _GOING_ON_IT, _FAST_ONE), 18),
    # Going to the railway, with things given away.
    ("self_harm", (_GOING_THERE, _GIVEN_AWAY), 24),
    # Knowing the road or the bridge, and not waiting.
    # Not the road to nan's, nor "don't wait for me".
    ("self_harm", ("i know (the|a|where the|a good) (road|bridge|spot|place|train line|track|"
                   "tracks|roof|cliff|car park)(?!s)(?! (to|for|home|back|there|way|from)"
                   "(?![a-z]))", "(not|wont|will not|dont|no) wait(?! for (me|us|you|him|her|them|"
                   "dad|mum|mam|nan|the bus|the others)(?![a-z]))"), 20),
    # A cord, and waiting for an empty house or a plan that is not a cry for help.
    ("self_harm", (_ALONE_SOON, _CORD), 24),
    # Blades bought again after being clean.
    ("self_harm", ("(bought|got|buying|found|getting) (new |some )?(blades|razors|razor blades|a "
                   "blade|a razor)", "(clean (from|for)|start again|starts again|it start|"
                   "relapse)"), 24),
    # Marks on a sister, who will do it properly.
    ("self_harm", (_MARKS, "(do|doing|going to do|gonna do) it (proper|properly|for real|for "
                   "good)(?! (next time|this time|with|tomorrow|in|at)(?![a-z]))"), 20),
    # Not waking up, and nobody having to deal with me.
    # Not an alarm set "in case I don't wake up" for a trip all planned.
    ("self_harm", ("(?<!case i )(?<!case we )(dont|not|never|do not) wake up(?! (in time|on time|"
                   "early|for)(?![a-z]))", "((no one|nobody|noone) (has|have|will have|would have|"
                   "needs) to (deal|put up) (with|w) me|got it (all )?sorted)"), 20),
    # Hidden so the social can't find me, or where no one looks.
    ("missing", (_NOT_FOUND, _HIDE), 16),
    ("missing", (_NOBODY_LOOKS, _HIDDEN_BY), 16),
    # Told to hide when the social worker knocks.
    ("missing", (_AUTHORITY_COMING, _HIDE_TOLD), 22),
    # Kept hidden in a loft since the police came.
    ("missing", (_KEPT_HIDDEN, _SINCE_AUTHORITIES), 20),
    # Run from care, to someone older or a stranger.
    ("missing", (_RUN_FROM_CARE, _OLDER_ONE), 30),
    # Run off before, and planned again.
    ("missing", (_RAN_BEFORE, _AGAIN), 30),
    # A bag packed, and nobody to find me.
    ("missing", (_PACKED, _UNFOUND), 24),
    # A journey arranged, with secrecy.
    ("missing", (SECRECY, _JOURNEY), 24),
    # A sister days gone, her phone off or with an older boy.
    ("missing", (_DAYS_GONE, _NO_TRACE), 24),
    # Going missing, and taking the child next time.
    ("missing", (_GOES_MISSING, _TAKES_ME), 20),
    # Thrown through a window next time I grass.
    ("physical_abuse", (_HURL, _GRASS), 16),
    # The one who hurt me, out or back in touch.
    ("physical_abuse", (_HURT_BEFORE, _BACK_AGAIN), 24),
    # Finishing what he started.
    ("physical_abuse", (_STARTED, _STILL_HURT), 20),
    # Others hit, and tomorrow it is me.
    # Hit first, then "tomorrow it's me", as one part: a turn named before a blow is not one.
    ("physical_abuse", (f"{_OTHERS_HIT}( [a-z]+){{0,18}} {_MY_TURN}",), 24),
    # A head held till you can't breathe.
    ("physical_abuse", (_HEAD_HELD, _NO_BREATH), 16),
    # A brother kicked in the back by the carer.
    ("physical_abuse", (f"(kicks|kicked|hits|punches|slaps|beats|whacks|burns|burnt|stamps on|"
                        f"chokes|strangles) (him|her|them) (in|on|across|round) the {BODY}(?! (by "
                        "accident|accidentally|when (we|they|he|she) (play|played|were playing))"
                        "(?![a-z]))",
                        CARER), 10),
    # Hit again "like before", on a visit to come.
    # Not the child's own throw at dodgeball.
    ("physical_abuse", (f"(?<!i )(?<!we ){STRIKE} (me|him|her|them) (with(?! {TOYS}(?![a-z]))|"
                        "again)", "(again )?like (before|last "
                        "time|he did|she did)(?! (with|for|in|at)(?![a-z]))"), 12),
    # Told to say you are clumsy, with a mark.
    ("physical_abuse", (_COVER_STORY, _MARKED), 24),
)
