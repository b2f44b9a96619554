"""Harm that reaches the child through the phone (the fifteenth hand's third voice, continued).

``surveys.concern_handset`` reads the phone as the child's own (keys handed on, a room locked for
it, a passport taken with it). Here the phone is how someone reaches the child, and the harm is
what they want:

- sexual exploitation: a man who tops the phone up, pays the contract or got the sim, and wants a
  night at his, a visit to his flat or pictures; "or he stops paying"; the child's number passed
  round and older men texting to meet; a dating app, an age lied about, and a man who pays and
  has the child stay;
- radicalisation: a server, a channel or an encrypted app, and a school or a place of worship
  named as the target or "next"; a child told they would be a hero or a legend if they did one,
  beside clips of attacks; "hit back at the ones who took our country"; apps deleted for his
  own, and a journey to Syria;
- going missing: a ticket sent to the phone, and not telling anyone; the apps that could track
  the child deleted, and going;
- an unsafe home: a man who visits and walks in while the child is changing; messages at night
  from a carer's friend who will "come say goodnight", and a child scared to sleep; pushed and
  the phone taken, and "worse tonight";
- domestic abuse: a mother's text from another room, "help, he's got a knife";
- bullying (a worry): left on read on purpose; told a mother does not want the child.

Every clause needs the harmful part (what the man wants, the target, the secrecy, the visitor in
the doorway, the knife), never the phone alone: a dad who pays the contract, a lad met at
football who texts about training, a climate group's day out, a ticket from nan. Fresh wordings,
written before the rules, are batches xs and xt of ``tests/corpora/adversarial.txt`` and the
lists of ``tests/surveys/test_concern_handset.py``; the ordinary answers nearest them are the
block "the fifteenth hand's phone" of ``tests/corpora/near_misses.txt``. Same syntax as
``surveys.concern_frames``.
"""

from __future__ import annotations

from typing import Final

from surveys.concern_plans import SECRECY

# --- sexual exploitation: the phone paid for, and what is wanted back -------------------------

_PAYS_PHONE = ("((puts|put|putting) (credit|money|data) on my phone|(tops|topping|topped|top) "
               "(me|my phone) up|(pays|paying|paid|pay) (for )?my (phone bill|contract|phone|top "
               "ups|credit|data)|(got|bought|gave) me (my|a|the) (sim|phone|iphone|contract))")
# Going to his whenever he calls, a visit owed, or what ``_SEXUAL_ASK`` names; never "round his
# for Sunday dinner".
_WANTS_BACK = ("((stay|sleep|staying|sleeping|stay over|sleep over) at his|(go|come|going|coming) "
               "(round|to) his( flat| house| place| mates)? (whenever|when ever|every time|"
               "when) he "
               "(rings|messages|texts|calls|wants|says)|(owe|owes) him a visit|(a )?visit to his "
               "(flat|house|place)|send (him )?(pics|pictures|nudes|a video|videos|vids)|(meet|"
               "meeting) (him|up) (alone|at night|at his))")
_A_MAN = ("(man|men|guy|bloke|older lad|older lads|older man|older guy|in his [0-9]+s|[0-9]+ "
          "year old|[0-9]+ yr old)")
# What is wanted of the body: pictures, a night at his, a meeting alone.
_SEXUAL_ASK = ("((stay|sleep|staying|sleeping|stay over|sleep over) at his|send (him )?(pics|"
               "pictures|nudes|a video|videos|vids)|(meet|meeting) (him|up) (alone|at night|at "
               "his))")
# The man named just before what he pays: "a man keeps topping my phone up", "the man who got
# me my sim"; never "my dad tops my phone up".
_MAN_PAYS = f"{_A_MAN}( [a-z]+){{0,4}} {_PAYS_PHONE}"
_OR_HE_STOPS = ("(or|else) (he|they)( wil| will)? (stop|stops|stopping) (paying|topping)|or "
                "(he|they)( wil| will)? (cut|cuts) me off")
_NUMBER_PASSED = ("(pass|passing|passed|passes|give|gives|gave|giving|given|share|shared|sharing|"
                  "sold|sell|selling|posted) my number (round|around|out|about|to)|gave my number "
                  "out|gave out my number")
_MEN_TEXT = ("(men|older men|guys|older guys|blokes|strangers|grown men)( [a-z]+){0,3} (text|"
             "texting|message|messaging|ring|ringing|call|calling|add|adding) me( [a-z]+){0,4} "
             "(meet|meet up|come round|pics|send)")
_DATING = "(dating app|dating site|tinder|hinge|bumble|grindr|plenty of fish)"
_AGE_LIED = ("(said|told (him|them)|put) (i was|im|i am) (18|19|20|21)|(im|i am|i m) (1[0-7])"
             "(?![0-9])")
_HE_PAYS = ("(pays for|buys me|bought me|gets me) ([a-z]+ ){0,3}|(sleep|stay|staying|sleeping) at "
            "his")

# --- radicalisation: an online group, and a target --------------------------------------------

_ONLINE = ("(telegram|discord|server|channel|group chat|gc|encrypted|online|the app|the chat|"
           "livestream|livestreams|forum)")
_WORSHIP = "(mosque|church|synagogue|temple|gurdwara|school|college)"
_TARGET = (f"(((its|is|s|as) the target|{_WORSHIP}( [a-z]+){{0,3}} (is|s) (next|"
           "the target))(?! (for|"
           "of|audience|score|market|age|to)(?![a-z]))|(be|get) ready to do something to (the|a|"
           "our)"
           f" ([a-z]+ ){{0,2}}{_WORSHIP})")
_ATTACKS = "(attacks|attack|shootings|shooting|massacres|massacre|bombings)"
_HERO = ("(hero|legend|martyr|saint|king|real man) if i (did|do|done|carried out) (one|it)"
         "(?! (more|of|for|again)(?![a-z]))")
_TOOK_OUR_COUNTRY = ("(hit|hit back at|get|get back at|go for|sort out|deal with) the ones who "
                     "(ruined|took|stole|destroyed|invaded) (this|our) country")
_HIS_APP_ONLY = ("((delete|deleted|deleting) (everything|my apps|all my apps|my socials)|only use "
                 "(his|the|their) (app|encrypted|one|encrypted one)|app he put on|his encrypted "
                 "one)")
_SYRIA = "(travel|go|come|going|coming|move|fly|flying) to (syria|iraq|afghanistan)"

# --- going missing: a ticket on the phone, or the tracking apps deleted ------------------------

_TICKET = ("((sent|bought|booked|paid for|got) me (a |the )?(train |coach |bus |plane )?(ticket|"
           "tickets)|(paying|paid|pays) for the (coach|train|ticket|tickets))")
_UNTRACKED = ("(deleted|turned off|switched off|removed|got rid of) (every|all the|all my|my) (app|"
              "apps|location|snap map|find my)( [a-z]+){0,4} (they|staff|carers|the home|police|"
              "social|sw|anyone) (could|can|cant|cannot|would|might|wont) (track|find|see)")
_GOING = "(im going|going|im leaving|leaving|run|running|leg it|im off|gone)"
# Never a surprise: "said don't tell anyone, it's a surprise".
_UNTOLD = (f"({SECRECY}|(not|never|without) (telling|tell) (anyone|anybody|no one|noone|staff|my "
           "carers|carers|the home|my sw|my social worker))(?!( [a-z]+){0,3} (surprise|present)"
           "(?![a-z]))")

# --- an unsafe home ---------------------------------------------------------------------------

_WALKS_IN = ("(walks|walk|comes|came|barges|keeps walking|keeps coming) in (when|while|whilst) "
             "(im|i am|i m) (changing|getting changed|in the shower|in the bath|undressed|getting "
             "dressed)")
_VISITOR = ("(man|men|boyfriend|bf|lodger|who visits|who stays|stays over|her fella|mums fella|"
            "her mate|his mate)")
_NIGHT_TEXTS = ("(messaging|texting|messages|texts|snapping|snaps) me (from (his|downstairs|the)|at"
                " night|late)")
_COME_UP = ("((come|coming) (and )?(say|to say) goodnight|come up to my room|come to my room|come "
            "in my room|if im awake|if im alone)")
_SCARED_TO_SLEEP = "(scared|afraid|frightened|terrified) to (go to )?sleep"
_WORSE_TONIGHT = "(do|doing) worse (tonight|later|tomorrow)"
_ROUGHED = "(pushed|hit|shoved|grabbed|punched|kicked|took my phone|smashed my phone|jumped)"

# --- domestic abuse: a mother's text for help --------------------------------------------------

_HER_TEXT = "(texted|messaged|rang|called|snapped|facetimed|face timed|whatsapped) me"
_HELP_KNIFE = ("help (hes|he s|he has|he is|he got|he s got)( got)? (a )?(knife|gun|"
               "blade)(?!( [a-z]+)"
               "{0,6} (carving|pumpkin|cooking|chopping|kitchen knife for|veg|cake))")

PHRASES: Final[dict[str, list[str]]] = {
    "bullying": [
        # Left on read on purpose.
        "(everyone|they|all of them|the whole (gc|group|class)|people) (left|leave|leaves|leaving|"
        "keep leaving) me on (read|delivered|seen) on purpose",
        # Told a mother or a father does not want the child.
        "(saying|say|says|said|tell me|telling me) (its|it s|it is) (because|cos|coz) (she|he|my "
        "mum|my dad|my mam) (doesnt|dont|didnt|does not) want me(?! to)",
    ],
    "radicalisation": [_TOOK_OUR_COUNTRY],
}

CLAUSES: Final[tuple[tuple[str, tuple[str, ...], int], ...]] = (
    # A man who pays the phone, and what he wants back; or he stops paying.
    ("sexual_exploitation", (_MAN_PAYS, _WANTS_BACK), 25),
    ("sexual_exploitation", (_OR_HE_STOPS, _SEXUAL_ASK), 20),
    # The number passed round, and men texting to meet.
    ("sexual_exploitation", (_NUMBER_PASSED, _MEN_TEXT), 20),
    # A dating app, an age lied about, and a man who pays or has the child stay.
    ("sexual_exploitation", (_DATING, _AGE_LIED, _HE_PAYS), 30),
    # An online group, and a school or a place of worship named the target.
    ("radicalisation", (_TARGET, _ONLINE), 30),
    # Clips of attacks, and a hero if the child did one.
    ("radicalisation", (_HERO, _ATTACKS), 25),
    # Apps deleted for his own, and a journey to Syria.
    ("radicalisation", (_SYRIA, _HIS_APP_ONLY), 30),
    # A ticket sent, and nobody told.
    ("missing", (_TICKET, _UNTOLD), 25),
    # The apps that could track the child deleted, and going.
    ("missing", (_UNTRACKED, _GOING), 30),
    # A man who visits walks in while the child changes.
    ("unsafe_home", (_WALKS_IN, _VISITOR), 25),
    # Messages at night to come to the child's room, and scared to sleep.
    ("unsafe_home", (_NIGHT_TEXTS, _COME_UP, _SCARED_TO_SLEEP), 30),
    # Pushed or the phone taken, and worse tonight.
    ("unsafe_home", (_WORSE_TONIGHT, _ROUGHED), 20),
    # A text for help, with a knife.
    ("domestic_abuse", (_HELP_KNIFE, _HER_TEXT), 15),
)
