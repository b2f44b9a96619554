"""Harm told in the North West's and the Midlands' words (the sixteenth hand's second voice).

The sixteenth blind hand (``tests/corpora/sixteenth_hand``, lines 13-24 of each file) wrote in
Scouse, Manc and Lancashire, Brummie, Black Country and the Potteries. Once their words are read
as the rules' (``surveys.concern_dialect_north_west``: "mi", "me room", "ain't", "clemmed"),
what the rules still missed was harm in shapes they had no part for:

- physical harm: a regional blow ("lamped", "clouted", "twatted", "walloped", "chinned") from a
  grown-up at home, or from "she" or "he" for a child's slip (spilling a drink, answering back,
  being slow); a hand held to something hot (the hob, the iron, the radiator) with a burn, a
  scream or "to learn me";
- self-harm: the arms or legs slashed with a blade or night after night; going into the canal,
  the river, a reservoir or the Mersey and "I can't swim so that'll be it"; standing or lying on
  the line or the tracks "till one comes";
- radicalisation: a people to be "got rid of", people at a place of worship to be hurt, a school
  to be "shot up" in a plan, a race war coming, beside what the child is asked to bring, get or
  find (a blade, a gun, a map, a list of names, when the doors are open);
- an unsafe home: a man or a lad who keeps coming in, opening the door or trying its handle, and
  the child who daren't sleep or sits up; a man's comments on the child's body and fear;
- trafficking: moved from town to town ("Stoke then Birmingham then London") with the phone
  taken or not knowing where; the passport or papers held and the child locked in or unpaid;
- emotional harm: a pet to be put down, drowned or got rid of if the child tells; made to
  practise saying all is well for the social worker; eating off the floor like the dog;
- neglect: no tea or food for so many nights, and hunger; a tooth or an ear bad for weeks and
  no one who will take the child to the dentist or the doctor;
- harmful practices: a cutting planned for a sister or the child, a child taken "to get cut",
  a woman coming to cut, beside a country, the holidays or being told not to tell;
- criminal exploitation: made to "plug" what they carry, going "county";
- self-harm told over messages: things given away, letters written, and going up a height alone.

Every part asks for what makes it harm (a burn, the fear at night, the weapon asked for, the
phone taken, the telling), never the word alone: a mate lamped at boxing, a sister's doll, a hand
warmed on a radiator, a paddle in the lake, trainspotting, a history lesson, a little brother's
nightmares, a trip from Asda to Tesco, a vet's news, a picnic on the floor, a fast, a wobbly
tooth, a cutting from nan's geranium, a plug for the slow cooker. Fresh wordings, written before
the rules, are batches yl to ys of ``tests/corpora/adversarial.txt``; the ordinary answers
nearest them are the block "sixteenth hand, North West" of ``tests/corpora/near_misses.txt``.
Same syntax as ``surveys.concern_frames``.
"""

from __future__ import annotations

from typing import Final

# --- physical harm: a regional blow ---------------------------------------------------------

_GROWN = ("(carer|carers|foster (carer|dad|mum|mam)|dad|old dad|mum|mam|step dad|step mum|uncle|"
          "grandad|granda|nan|gran|granny|auntie|aunty|staff|teacher|(mums|mams|her) (boyfriend|"
          "fela))")
_BLOWS = "(lamped|lamps|clouted|clouts|twated|twats|waloped|walops|chined|chins)"
# Not at a game, in the ring or with a ball, a pillow or a cushion ("lamps us wi snowballs",
# "lamped us a cushion across t' room": thrown in play, the North East's "wi" for with).
_NOT_PLAY = ("(?!( [a-z]+){0,5} ((at|in|on|with|wi|during) )?(the |a |her |his |my )?(boxing|"
             "sparing|training|footy|football|rugby|fifa|xbox|game|match|ring|pilow|pilows|ball|"
             "snowbal|snowbals|cushion|cushions|teddy|slipper|sock|socks|play fight|pilow fight|"
             "mario kart|fortnite|cards|chess|darts|pool|uno|monopoly)(?![a-z]))")
_GROWN_BLOW = f"{_GROWN} (just |then |always |proper |has |had )?{_BLOWS} (me|us){_NOT_PLAY}"
_ANY_BLOW = f"(she|he|they|{_GROWN}) {_BLOWS} (me|us){_NOT_PLAY}"
# A child's slip the blow is for.
_FOR_A_SLIP = ("(for|because i|cos i) (spiling|spilt|spilled|answering back|backchat|talking "
               "back|being slow|was slow|were slow|being late|was late|wetting|wet the bed|crying|"
               "not eating|dropping|breaking|broke|forgeting|forgot)")
# A hand held to something hot, by someone else.
_HELD_TO_HEAT = (f"(she|he|they|{_GROWN}) (held|holds|hold|presed|preses|pushed|pushes|put|puts|"
                 "forced|shoved|kept|keps) (my|me) (hand|hands|fingers|finger|arm|arms|face|palm|"
                 "head) (on|onto|against|under|in|to|over) (the|a|her|his) (hob|iron|radiator|"
                 "cooker|oven|stove|kettle|fire|hot tap|heater|hot pan|pan|grill|toaster|hot "
                 "plate)")
_BURNT = ("(blister|blisters|blistered|burnt|burned|burns|screamed|screaming|to (learn|teach) me|"
          "as a punishment)")

# --- self-harm: water and can't swim; the line till one comes -------------------------------

_WATER = "(canal|river|reservoir|lake|sea|mersey|docks|dock|quarry|res|cut)"
_GOING_IN = "(walk|walking|wade|jump|step|go|get) (in|into|out into|of|off|straight in)"
_CANT_SWIM = ("(cant|can not|cannot) swim so (thats (me|it)|that is (me|it)|thatl be|that wil be|"
              "il (drown|sink|be gone)|i wil (drown|sink)|nobody|no one|it wil be (over|quick)|"
              "thats the end)")
# Slashing the arms or legs with a blade, or night after night; never a fence or a bramble.
_SLASHING = ("(slashing|slashed|slash|slashes) (my|me) (arms|arm|wrists|wrist|legs|leg|thighs|"
             "thigh|skin|stomach|belly)(?! (on|open on) (a|the) (fence|bramble|brambles|nail|"
             "barbed wire|glass))")
_BLADE_OR_NIGHTLY = ("(blade|blades|razor|razors|sharpener|every night|every day|again|to feel|"
                     "til it bleds)")
_THE_LINE = "(line|lines|tracks|track|railway|rails|tram tracks|train tracks)"
_TIL_ONE_COMES = ("(stand|standing|lie|lying|lay|sit|sitting|wait|waiting) (on|between|across) "
                  "(it|them|em|there)( [a-z]+){0,2} (til|until) (one|a train|the train|a tram|"
                  "the tram) (comes|hits|goes)(?!( [a-z]+){0,6} (photo|picture|video|spoting|"
                  "number))")

# --- radicalisation: a target, and the child asked to arm or help ---------------------------

_PEOPLES = ("(muslims|jews|immigrants|migrants|asians|pakis|blacks|foreigners|refugees|asylum "
            "seekers|polish|poles|polish lot|gays|them lot)")
_TARGET = (f"((get|getting|got) rid of (al |the |al the )?{_PEOPLES}|(hurt|atack|kil|stab|shoot|"
           "bomb|burn|torch|bash) (people|everyone|them|muslims|jews|worshipers) (at|in|outside) "
           "(the|a) (mosque|church|synagogue|temple|gurdwara|mandir)|(plan|plans|planing|talk|"
           "talking|joke|joking) (about )?(shoting|shotin|shoot) up (the |a |our |my )?(schol|"
           "schols|colege|academy|sixth form|mosque|church)|race war(s)? (is )?(coming|starts|"
           "starting|wil start|is near|is here))")
_ASKED_TO_ARM = ("((bring|get|carry|have) (a|the|my) (blade|knife|gun|weapon|bomb|petrol)|i (ned|"
                 "need|have|got) to (get|bring|buy|find|make) (a |the |some )?(gun|knife|blade|"
                 "weapon|bomb|petrol)|sent (me|us) (a map|a list|the address|addresses|names|the "
                 "times|a list of names|plans)|(wants|want|asked|asking|teling|told) (me|us) (to|"
                 "at) ([a-z]+ ){0,3}(meet|meting|rally|film|find out when|be there))")

# --- an unsafe home: someone who keeps coming in; comments on the body -----------------------

_COMES_IN = ("(?<![a-z])(he|someone|somebody|a man|a bloke|the bloke|the man|the lodger|lad|"
             "mate|fela|boyfriend|they)( [a-z]+){0,8} (keps|kep|always|wil|would|started|starts) "
             "(opening|coming|walking|trying|creeping|sneaking|bursting|barging) (in|into|my "
             "(dor|rom|bedrom|bathrom)|the (bathrom|bedrom|rom))")
_DAREN_T_SLEEP = ("((?<!he is )(?<!she is )(?<!they are )(scared|frightened|terified|afraid) "
                  "(to|of) (go to )?(slep|bed)|(scared|frightened) stif|i (dont|cant|darent|never|"
                  "wont) (go to )?slep|sit up (al night|til)|(standing|stands|stood) (there|over "
                  "(me|my bed)|in the dorway)|when i am (in the bath|geting changed|changing|"
                  "aslep))")
_A_MAN = "(?<![a-z])(he|man|bloke|fela|boyfriend|lodger|uncle|step dad|mate|lad)(?![a-z])"
_ON_MY_BODY = ("(says|said|keps saying|makes|keps making|making|is making) (coments|comments|"
               "remarks|stuf|things|jokes) about my (body|chest|boobs|bum|legs|figure|shape)"
               "(?! language)(?! (being|are|is|looking) (strong|fast|good|quick|great|nice|long))")
_FEARS_HIM = ("(scared|frightened|terified|afraid|stares|staring|watches me|watching me|wont "
              "leave me alone)")

# --- trafficking: town after town; papers held ------------------------------------------------

_TOWN_TO_TOWN = ("(moved|moving|moves|tok|taken|shifted|shifting|drove|driven|driving|shiped) me"
                 "( from| to)? [a-z]+ (to|then) [a-z]+ (then|and then|to) [a-z]+")
_LOST_AND_HELD = ("((dont|do not|duno|no idea) (know )?(where|what town|what city|what place) (i "
                  "am|this is)|(theyve|they have|they|he|she) (got|kep|keep|tok|taken|have) my "
                  "(phone|passport|papers|id)|tok my phone of me)")
_PAPERS_HELD = ("(mans|man has|man|boss|bos|bosses|he|they|theyve|she) (has |s |have |wil not "
                "|wont )?(got|kept|keps|holds|has|tok|give back) my (passport|papers|id|documents)")
_KEPT_UNPAID = ("((kept|locked) in (the|a|when|at)|(wont|will not|doesnt|never) (give|pay) (me )?"
                "(my )?(wages|money|pay)|for nothing|no wages|not paid)")

# --- emotional harm: a pet threatened for telling; coached to say all is well; the floor -------

_PET = "(dog|cat|puppy|kitten|rabbit|hamster|pet|pets|bird|horse|guinea pig)"
_PET_THREAT = (f"((have|get) (my|the|our) {_PET} (put down|put to slep|drowned|kiled|taken away|"
               f"given away|rehomed|sold)|(drown|drowned|kil|kiled|poison|get rid of|got rid of|"
               f"dump|strangle) (my|the|our) {_PET}|(put|puts) (my|the|our) {_PET} down)")
_IF_I_TELL = ("if (i|you) (tel|grass|say anything|report|told|speak|talk)( [a-z]+){0,2} (to |on )?"
              "(my|the|me|anyone|anybody|anything|school|teacher|police|iro|sw)")
_COACHED = ("(practise|practice|rehearse|learn) (saying|to say) (i am|its|everything is|it is|al "
            "is|we are) (hapy|fine|ok|good|al fine|al good)(?! in (french|spanish|german|welsh|"
            "sign))")
_FOR_THE_SOCIAL = ("(before|for|to) (my|the|me) (social|sw|iro|review|visit|inspection)|or i (get|"
                   "wil get)|if i dont|she made me|he made me|makes (me|us)|made (me|us)")
_ON_THE_FLOOR = ("(i|me|us|we)( have to| had to| must)? (eat|ate|eating|have) ([a-z]+ ){0,2}(on|"
                 "of) (a plate on )?the (kitchen |bathrom |back )?flor")
_LIKE_THE_DOG = ("(like (a|the) dog|(wont|dont|not) (let|alowed) (me )?(to )?(sit|eat) (at|with)|"
                 "(have|has|made|make|makes) (me|us) (eat|to eat)|i have to eat|calls me|cal me)")

# --- neglect: nights without tea; weeks without the dentist -----------------------------------

_NIGHTS_WITHOUT = ("no (tea|dinner|food|breakfast|supper|meals|scran)( for)? ([0-9]+|two|thre|four|"
                   "five|six|a few|several) (nights|days)(?!( [a-z]+){0,8} (fast|fasting|ramadan|"
                   "lent|iftar|diet|detox|camp|trip|dofe|challenge|instead|takeaway|chipy|out for)"
                   "(?![a-z]))")
_HUNGRY = ("((starving|hungry) again|nothing (in|to eat)|(cupboards|fridge) (are |is )?empty|no "
           "money)")
_HURTS_FOR_WEEKS = ("(tooth|toth|tooths|toths|teth|ear|ears|eye|arm|wrist|leg|foot|chest)"
                    "(?!( [a-z]+){0,2} (wobly|loose|coming out|in a cast))( [a-z]+){0,3} (for "
                    "(weks|months|a month|ages|a wek)|since)")
_NOT_TAKEN = ("(wont|will not|isnt|not|never|hasnt|havent|doesnt|dont) ([a-z]+ ){0,3}(take|"
              "taking|ring|book|get) me( to)? (the )?(dentist|doctor|doctors|hospital|gp)")

# --- harmful practices: a cutting planned --------------------------------------------------------

_CUTTING = ("((planing|aranging|booked|having|organising|sorting) a cuting for|(take|taking|tok) "
            "(my|our|me) (litle |younger |baby )?(sister|sis|cousin|daughter) to (get|be) cut"
            "(?![a-z])|(coming|come|comes) (to the house |round |over )?to cut (me|us|her)( and| "
            "an)?( (my|our) (litle )?(sister|sis|kid|cousin))?(?! (a|hair|fringe|nails|cake|grass|"
            "hedge|lawn)(?![a-z])))")
_ABROAD_OR_HIDDEN = ("(when we go|in the (summer|holidays)|at easter|back home|somalia|sudan|egypt|"
                     "ethiopia|eritrea|kenya|nigeria|gambia|sierra leone|mali|guinea|djibouti|"
                     "yemen|kurdistan|iraq|indonesia|senegal|chad|not to tel|she is [0-9]|"
                     "lady|woman)")

# --- criminal exploitation: plugging, going county -------------------------------------------

_PLUG = ("((make|made|makes|have to|had to|told) (me|us) (to )?plug|plug (the )?(fod|bits|gear|"
         "work|packs|wraps)(?! (warmer|in|mixer)))")
_COUNTY = ("(go|going|gone|went|sent|send|sending|do|doing) (county|country|cunch|ot|out "
           "there)(?! (show|fair|cup|final|park|durham|council|cricket|court|hal|championship|"
           "dancing))")

# --- self-harm over messages: things given away, letters, a height alone ---------------------

_GIVEN_AWAY = "(giving|given|gave|give) (al )?(my|me) (stuf|things|clothes|games|belongings) away"
_LETTERS_FOR = "(wrote|writing|written|write) (leters|notes|a leter|a note|goodbyes) for"
_UP_ALONE = ("(going|gona go|go) up (the )?(top of )?(the |a )?([a-z]+ )?(multi storey|car park|"
             "roof|bridge|flyover|cliff)( [a-z]+){0,4} (on (my|me) own|alone|by myself)"
             "(?!( [a-z]+){0,4} (to get|to park|to se|to watch|to met|for the))")

CLAUSES: Final[tuple[tuple[str, tuple[str, ...], int], ...]] = (
    ("physical_abuse", (_GROWN_BLOW,), 12),
    ("physical_abuse", (_ANY_BLOW, _FOR_A_SLIP), 12),
    ("physical_abuse", (_HELD_TO_HEAT, _BURNT), 16),
    ("self_harm", (_CANT_SWIM, _WATER, _GOING_IN), 24),
    ("self_harm", (_TIL_ONE_COMES, _THE_LINE), 20),
    ("self_harm", (_SLASHING, _BLADE_OR_NIGHTLY), 12),
    ("radicalisation", (_TARGET, _ASKED_TO_ARM), 24),
    ("unsafe_home", (_DAREN_T_SLEEP, _COMES_IN), 24),
    ("unsafe_home", (_ON_MY_BODY, _FEARS_HIM, _A_MAN), 18),
    ("trafficking", (_TOWN_TO_TOWN, _LOST_AND_HELD), 24),
    ("trafficking", (_PAPERS_HELD, _KEPT_UNPAID), 24),
    ("emotional_abuse", (_PET_THREAT, _IF_I_TELL), 12),
    ("emotional_abuse", (_COACHED, _FOR_THE_SOCIAL), 14),
    ("emotional_abuse", (_ON_THE_FLOOR, _LIKE_THE_DOG), 18),
    ("neglect", (_NIGHTS_WITHOUT, _HUNGRY), 16),
    ("neglect", (_HURTS_FOR_WEEKS, _NOT_TAKEN), 20),
    ("harmful_practices", (_CUTTING, _ABROAD_OR_HIDDEN), 20),
    ("exploitation", (_PLUG, _COUNTY), 12),
    ("self_harm", (_GIVEN_AWAY, _LETTERS_FOR, _UP_ALONE), 60),
)
