"""An unsafe placement as a child who is not sure it "counts" tells it (issue 13).

The sixth hand's corpus (``tests/corpora/sixth_hand``) plays these down ("prob just drunk, its
calm", "is it normal that", "but ill be fine"): the hedge is not the harm. These clauses read
what is left, by who comes in, when, and what keeps them out, from Working Together to Safeguard
Children and the Children's Homes (England) Regulations' quality standards on protection:

- a lock that is broken or missing × someone coming in, standing at the door or trying it ×
  at night, in the bath or shower, or while the child sleeps;
- someone who keeps coming in, lets himself in, tries the handle, bangs or kicks at the door
  or goes through the child's underwear × at night, drunk, "not staff", "let me in", a key
  of his own, or while the child is out or asleep;
- a chair or wardrobe pushed against the door × to feel safe, so no one gets in;
- a threat to jump, batter, stab or burn the child, "you're dead" or "you're next" written on
  the door, or to put the child out on the street at night × the placement, the door, the
  site, the trailer, coming back tonight;
- a resident who hits the younger children × when staff are not looking, or the children too
  scared to tell;
- not wanting to go back tonight × what happened with staff.

``PHRASES`` and ``CLAUSES`` are in the syntax of ``surveys.concern_frames`` and
``surveys.concern_clauses``. Fresh wordings of each shape are batch wc of
``tests/corpora/adversarial.txt`` (first sight, rules alone, urgent: 8/17; a second probe after
the fix, 2/4); the ordinary answers nearest them (a loud housemate, a bike lock, a staff
member's night check, a door the wind opens, a fire drill) are the block "hedged practices and
placements" of ``near_misses.txt``.
"""

from __future__ import annotations

from typing import Final

_NO_LOCK = ("((nobody|no one|never|havent|hasnt|still not|not) (fixed|mended) (the|my) "
            "([a-z]+ )?(lock|locks)|(lock|locks|clo) ([a-z]+ ){0,5}(broke|broken|bust|busted|"
            "not working|doesnt work|dont work|wont lock|wedi tori|ddim yn gweithio)|no lock|"
            "door no lock|(doesnt|dont|wont|doesnt even|cant) lock|cant lock (it|my door|the "
            "door))")
# Someone at or through the door (not the child's own family or staff named before it).
_COMES_IN = ("((?<!staf )(?<!carer )(walking|walks|walk|coming|comes|come|came) in|(walking|walks|"
             "walked|came|comes) in on me|let (himself|themselves|herself) in|lets (himself|"
             "themselves) in|(stand|stands|standing|stood) (outside|at|by) (my|the) door|come my "
             "door|(stand|stands) there|(trying|tries|tried|try) (my|the) (door|handle|door "
             "handle)|got in my bed|get in my bed|dod (i )?mewn|(he|she|someone|somebody|dad|man|"
             "son|lad|boy|resident) (always |keeps |just )?(opens|opened|opening) the door)")
_VULNERABLE = ("(night|at night|in the night|nos|shower|bath|bathroom|asleep|sleeping|sleep|"
               "changing|getting changed|in my bed|on me|scared|frightened|not staf|wake up|"
               "toilet|when i am in there|woke up|[1-5]am|midnight)")
_INTRUDES = ("((keeps|keep|kept) coming (in|into) (my|the|our) (room|flat|hostel|house|bathroom)|"
             "(keeps|keep|kept) (turning|showing) up (in|at) (my|the|our|different) (girls "
             ")?(room|rooms|bedroom|bedrooms)|(keeps|keep|kept) coming (in|round) when i am (out|"
             "asleep|sleeping|at [a-z]+)|(keeps|keep|kept) trying my|comes? (in|into) (my|the|our|"
             "different) (girls )?(room|rooms|flat|hostel)|(letting|lets|let) (himself|"
             "themselves) in|(trying|tries|tried) (my|the) (door|handle|door handle)|(banging|"
             "bangs|kicking|kicks|hammering|pounding) (on )?(my|the) door|(goes|go|going|went) "
             "(in|into) (my|different|the) (girls )?rooms?|(went|goes|go|going) through my "
             "(underwear|knickers|pants|bras|drawers))")
_WHO_WHEN = ("(at night|in the night|every night|nos|[1-5]am|midnight|drunk|pised|of his head|"
             "not staf|isnt staf|(let|open) (me|him) (in|up)|open up|open the door|(got|has) a "
             "key|he is got a key|underwear|knickers|when i am (out|asleep|sleeping|at colege|"
             "at school))")
_BARRICADE = ("((chair|wardrobe|drawers|chest of drawers|bed|table|desk) (under|against|behind) "
              "(my|the|their) (door|door handle|handle))")
_TO_FEEL_SAFE = ("(feel safe|be safe|safe|no one (can )?get in|nobody (can )?get in|so no one|"
                 "so nobody|scared)")
_THREAT = ("(jump me|batter me|stab me|set fire to (my|our|the) (door|bin|bins|bin bags|room|"
           "flat|trailer|wagon|caravan)|set (it|my door|our [a-z]+) on fire|burn (the|my|our) "
           "[a-z]+|burn (us|me)|your dead|you are dead|your next|you are next|throw me out|put "
           "me (in|on|out on) the street|get whoevers|get whoever is)")
_WHERE_I_LIVE = ("(if i come back|when i come (back|out)|tonight|at night|in the night|on my "
                 "door|my door|trailer|wagon|caravan|(the|our|my) site|hostel|home|unit|"
                 "placement|flat|bin bags)")
_HITS_YOUNGER = ("((hits|hit|punches|batters|beats|hurts|slaps|kicks) the (younger|little|small|"
                 "smaller) (ones|kids|children|boys|girls))")
_UNSEEN = ("(staf (arent|are not|isnt|not) looking|when staf (go|are|arent|leave)|no staf|(too|"
           "to) scared to (say|tel)|dont dare|daren?t)")
_NOT_GOING_BACK = ("((dont|do not|dont really|really dont) (want to|wanna) go back|not going "
                   "back)")
_AFTER_STAFF = ("(what (happened|staf did|he did|she did|they did) (with|to)? ?(staf|me)|what "
                "staf did)")

PHRASES: Final[dict[str, list[str]]] = {}

CLAUSES: Final[tuple[tuple[str, tuple[str, ...], int], ...]] = (
    ("unsafe_home", (_NO_LOCK, _COMES_IN, _VULNERABLE), 22),
    ("unsafe_home", (_INTRUDES, _WHO_WHEN), 16),
    ("unsafe_home", (_BARRICADE, _TO_FEEL_SAFE), 14),
    ("unsafe_home", (_THREAT, _WHERE_I_LIVE), 16),
    ("unsafe_home", (_HITS_YOUNGER, _UNSEEN), 16),
    ("unsafe_home", (_NOT_GOING_BACK, _AFTER_STAFF), 18),
)
