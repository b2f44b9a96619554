"""Harmful practices and radicalisation, told once in passing in a longer answer.

As in ``surveys.concern_buried_exploitation``, the tenth blind hand (``tests/corpora/tenth_hand``)
put each disclosure in the middle of ordinary news, its parts further apart than the earlier
clauses allowed or in words they never named. Each clause here requires the harmful part (a
girl to be "made a woman" on a trip, a marriage the child may not refuse, an adult husband for a
child, a price paid and dishonour threatened, a cut arranged for a baby girl; a list of people
with a weapon or a punishment, a duty to fight with a ticket, a school's cameras asked about
again and again, a group that wants people gone training with rifles, a manifesto and a weapon
saved for, places of worship to be filmed for a group), never a topic word alone:

- harmful practices: a trip abroad or a big family party where the girl will be made "a proper
  woman" like all the girls in the family, or "then allowed to marry"; the child marrying with
  no choice or no say, or having said no; a nikah or a match arranged for a child with a man of
  thirty; the child promised or engaged, the money paid and dishonour if she runs; "the small
  cut" for a daughter, in "our culture" or after the mother said no;
- radicalisation: a list the child made of classmates or girls, and a gun to get or a lesson to
  teach; a duty to go and fight, a ticket or a passport arranged, and the enemy or secrecy; men
  who keep asking where a school's cameras or doors are, and "something big"; a group that
  wants a people sent back, training with air rifles for when "we need it"; a manifesto written
  and a crossbow saved for; a group that sends a list of mosques and asks the child to film the
  entrances.

Left uncaught on purpose, as near to ordinary life as to harm: "a proper woman" said of cooking
with no trip or rite, a wedding with no say in the venue, a list of kids for a party and a water
gun, a boxing match abroad, a caretaker asking where the cameras are, cadets with air rifles.
Fresh wordings written before the rules are batches ud and ue of
``tests/corpora/adversarial.txt``; the ordinary answers nearest them are in the block "buried
exploitation, trafficking, practices and radicalisation" of ``tests/corpora/near_misses.txt``.
Same syntax as ``surveys.concern_clauses``.
"""

from __future__ import annotations

from typing import Final

from surveys.concern_plans import UNDER_AGE
from surveys.concern_slots import GROUPS

# --- harmful practices --------------------------------------------------------------------------

_TRIP_OR_PARTY = ("((going|go|fly|flying|travel|travelling|trip|visit|visiting|take|taking|takes)"
                  " (me )?(to|back to|home to|out to) (somalia|gambia|sudan|egypt|nigeria|sierra "
                  "leone|guinea|mali|ethiopia|eritrea|kenya|yemen|iraq|indonesia|djibouti|senegal|"
                  "ghana|liberia|pakistan|india|bangladesh|back home|the village|our village)|(big|"
                  "special) (family )?(party|celebration|ceremony))")
_MADE_A_WOMAN = ("((make|made|makes|making) (me|her|us|you) (into )?a (proper|real|true|complete|"
                 "clean|pure) (woman|lady)|(become|becoming) a (proper|real|true|complete) (woman|"
                 "lady)|(made|make|be made|get made) (clean|pure))")
_THE_RITE = ("((like|as) (all )?(the )?(other )?girls (in|of) (my|our|the) family|like (all )?(my|"
             "the) (sisters|cousins|other girls)|(allowed|ready|old enough) to (get )?marry|scared"
             " of (the|that) (other )?(part|bit|thing)|its for me)")
# The child marrying, and no choice in it.
_I_MARRY = ("((i am|ill be|i will be|i have to|i must|i am being|i am to|am tae) (marrying|getting "
            "married|get married|marry|be married|be wed)|(marry|marrying) me (off|to))")
_NO_SAY = ("((dont|do not|doesnt|wont|didnt) (get|have|give me) (a|any) (choice|say)|(no|not any|"
           "got no|have no|havent got (a|any)) (choice|say)|(whether|if) i (like|want) it or not|"
           "(i|i have) said no (and|but)|cant say no|(not|never) allowed to say no)(?! (in|about|"
           "over|on|of) (the|what|where|which|who|how|my (dress|hair|flowers|cake))(?![a-z]))")
# A nikah or a match arranged for a child with a grown man.
_MATCH_MADE = ("((sorting|sorted|arranged|arranging|organising|planning|set up|setting up|booked|"
               "fixed|fixing) (my|me a|for me a|me) (nikah|marriage|engagement|rishta|husband|"
               "match)|(my|me a) (nikah|rishta) (with|to))")
_GROWN_MAN = ("((man|guy|bloke|husband|him|he)( [a-z]+){0,3} (who is|whos|who|he is|aged|of) (like"
              " |about |around )?([2-9][0-9]|twenty|thirty|forty|fifty)(?! (minutes|mins|miles|"
              "quid|pounds|percent))|(a|an) (man|guy|bloke) (of|aged) ([2-9][0-9]|thirty|forty))")
# Promised or engaged, a price paid, and dishonour.
_PROMISED = ("((i am|am|i) (to be|tae be|going to be|being|getting) (engaged|married|promised|wed)|"
             "(promised|engaged|betrothed|given) me (to|tae)|(my|ma) (engagement|rishta|"
             "betrothal))")
_PRICE_PAID = ("((money|moneys|dowry|bride price|bride wealth|mahr|gold)( has| have| is| was)?( "
               "already)? (been )?(paid|sent|given|taken|handed over)|(paid|sent|given) (the|a) "
               "(dowry|bride price|money))")
_DISHONOUR = "(dishonour|dishonor|dishonoured|shame|shamed|disgrace|disgraced|honour|honor)"
# The small cut, for a girl, in our culture or after the mother said no.
_THE_CUT = ("(the|a|her) (small |little |tiny |special )?(cut|cutting|snip)(?! (on|for|in|of|to) "
            "(her|his|the|my) (tongue|hair|fringe|finger|knee|lip|toe|cord))(?! (and|n) (blow|"
            "colour|style|dry))")
_A_GIRL = ("(?<!hair )(daughter|baby girl|little girl|my girl|niece|granddaughter|little sister|"
           "baby sister)")
_OUR_WAY = ("((in )?(our|their|his|her|my) (culture|tradition|religion|custom|family tradition|"
            "community)|(i|we) said no (but|and)|like (all )?(the )?(other )?girls|a woman (who|"
            "that) (does|do|will do) (it|them))")

# --- radicalisation -----------------------------------------------------------------------------

_I_LISTED = ("(i|i have|i am|i have been) (made|make|making|got|writing|wrote|written|kept|keeping|"
             "started|doing|wrote down|written down|writing down|put down) (a list|my list|the "
             "list|up a list|the names|names|everyone|everybody|all the names)")
_HARM_MEANT = ("((taught|teach|teaching) (them |her |him )?a lesson|(need|needs|deserve|deserves)"
               "( to be)? (punishing|punished|to pay|to suffer|to die|to get hurt|hurting|killing)|"
               "deserve what (they|she|he) (get|gets|got)|(do|doing|did) it to them|(get|buy|make|"
               "getting|buying|making|find|order|ordering) (a|an|some) (gun|guns|rifle|pistol|"
               "shotgun|firearm|crossbow|bomb|explosives|machete)(?! (licence|license)| (for|in) "
               "(fortnite|cod|call of duty|the game|minecraft|roblox|gta|warzone)))")
_GO_FIGHT = ("((duty|must|have to|has to|obligation|should|need to|(tell|tells|telling|told|want|"
             "wants|asking|asked) me)( to)? (join (them|us) and )?(go )?((back|over|over there|"
             "abroad|out there|and|back and|to) )*(fight|fighting|do jihad|join the fight)(?! (in|"
             "at|for) (a|the|his|my|her|their)? ?([a-z]+ )?(boxing|mma|ufc|kickboxing|karate|judo|"
             "match|bout|tournament|competition|final|championship|club|gym|ring|charity))|(go|"
             "going) (back |over |over there |abroad |out )?(to |and )?fight (over there|abroad|"
             "for (them|god|allah|the cause|our (people|brothers))|with them|the kuffar|the "
             "kafirs))")
_PASSAGE = "(ticket|tickets|flight|flights|passport|passports|visa)"
_THE_CAUSE = ("(enemy|enemies|kuffar|kafir|kafirs|infidels|jihad|martyr|shahid|(real|true|good|"
              "every) (muslim|muslims|believer|believers|brother)|(not|dont|never|mustnt|must not)"
              " (to )?(tell|say)|the west)")
_CASING = ("(keep|keeps|kept|been|always) (on )?(asking|ask|asked)( me)? (where|how many|when|what "
           "time|which)( [a-z]+){0,4} (cctv|cameras|camera|security|guards|guard|doors|exits|"
           "entrances|fire exits|gates)")
_SOMETHING_BIG = ("((ready|time) (to do|for) (something|it) (big|huge|that matters|real)|something"
                  " big|ready for (it|the day)|make (history|a statement|them remember))")
_SENT_BACK = (f"(want|wants|wanting|wanted) (all )?(the )?{GROUPS} (sent back|sent home|gone|out|"
              "kicked out|deported|removed|dead|wiped out|to go back)")
_ARMED_DRILL = ("(training|train|trains|practise|practice|practising|practicing|drills|shooting|"
                "shoot)( [a-z]+){0,6} (air rifles|air rifle|rifles|rifle|guns|knives|crossbows|"
                "machetes|weapons|bb guns|airsoft guns)")
_WHEN_NEEDED = ("((need|use) (it|them|this|that) (soon|when|for when)|ready for (when|the day)|"
                "race war|when it (starts|kicks off|comes)|the day (will|is) (come|coming))")
_MANIFESTO = ("((written|wrote|writing|write|made|making|finished|post|posted|posting) (a|my|my "
              "own|his|our) manifesto(?! (for|about) (the|our|my|a|head|student|school|class|"
              "youth|mock|election|elections|council|campaign|politics|rep)(?![a-z]))|manifesto "
              "like)")
_ARMING = ("(saving|saving up|save up|saved|buying|buy|bought|ordered|ordering|getting|get|got)"
           "( up)?( for)? (a|an|some) (crossbow|gun|rifle|shotgun|pistol|machete|knife|knives|"
           "weapon|weapons)(?! (set|block|sharpener|licence|license|for (his|my|her) (archery|"
           "cooking|catering)))")
_WORSHIP_LIST = ("((list|lists|addresses|address|locations|map|pins) of (the |all the )?(mosques|"
                 "synagogues|churches|temples|gurdwaras|mandirs|refugee hotels|asylum hotels|"
                 "prayer rooms)|(mosques|synagogues|churches|temples|gurdwaras)( [a-z]+){0,3} "
                 "(addresses|locations))")
_FILM_FOR_THEM = ("(asked|asking|ask|asks|told|tell|tells|want|wants|wanted|sent) me (to )?(go and "
                  "|go |and )?(film|filming|video|videoing|record|recording|photograph|take "
                  "(pictures|photos) of|watch|check out|scope out|count) (the )?(entrances|"
                  "entrance|exits|exit|doors|door|gates|security|cameras|cctv|who goes in)")
# Who asks: a chat or a channel online, or men, never a tour or a class.
_A_GROUP = ("(group chat|groupchat|gc|telegram|discord|channel|server|online|the lads|some lads|"
            "the guys|some guys|some men|the men|a man)")

CLAUSES: Final[tuple[tuple[str, tuple[str, ...], int], ...]] = (
    # A trip or a family party where the girl will be made "a proper woman".
    ("harmful_practices", (_MADE_A_WOMAN, _TRIP_OR_PARTY, _THE_RITE), 26),
    # The child marrying, with no choice or no say.
    ("harmful_practices", (_I_MARRY, _NO_SAY), 24),
    # A nikah or a match arranged for a child with a grown man.
    ("harmful_practices", (_MATCH_MADE, _GROWN_MAN, UNDER_AGE), 34),
    # Promised or engaged, the money paid, and dishonour.
    ("harmful_practices", (_PRICE_PAID, _PROMISED, _DISHONOUR), 36),
    # The small cut for a girl, in our culture or after the mother said no.
    ("harmful_practices", (_THE_CUT, _A_GIRL, _OUR_WAY), 30),
    # A list the child made, and a gun, a lesson or a punishment.
    ("radicalisation", (_I_LISTED, _HARM_MEANT), 26),
    # A duty to go and fight, a ticket or a passport, and the enemy or secrecy.
    ("radicalisation", (_GO_FIGHT, _PASSAGE, _THE_CAUSE), 36),
    # Asked again and again where a school's cameras are, and "something big".
    ("radicalisation", (_CASING, _SOMETHING_BIG), 24),
    # A group that wants a people gone, training with rifles for when it is needed.
    ("radicalisation", (_SENT_BACK, _ARMED_DRILL, _WHEN_NEEDED), 34),
    # A manifesto written and a weapon saved for.
    ("radicalisation", (_MANIFESTO, _ARMING), 20),
    # A group's list of places of worship, and the child asked to film the entrances.
    ("radicalisation", (_WORSHIP_LIST, _FILM_FOR_THEM, _A_GROUP), 30),
)
