"""Radicalisation told in a small child's or a young adult's voice: who × what is asked × whom.

The thirteenth blind hand (``tests/corpora/thirteenth_hand``) told a child drawn towards
violence at both ends of the age range. A small child repeats a grown-up's words ("daddy's
friends say", "uncle says", "the man on my game says") about people of a faith, a colour or a
country, or the place where they pray or live, beside what the child is to do to them ("I should
hurt them", "we will burn them out", "when I am big I will fight and die"), or shows what they
were taught to make (a "fire bottle", nails in a firework). A young adult tells a group's plan
against a place (a hotel, a mosque, a festival, a police station, a shop), with a date and
something asked of them (to drive, to find addresses, to prove themselves, "I'm the one"), or a
journey to the fighters paid for by someone online. The rules before read the act named in
guidance's words; the harm here is in the ask. These rules read it, never a faith, a place of
worship or a group's name alone, and each needs the harmful part:

- a blow, a shot, a fire or a knife × people named by faith, colour or country, or the people
  at the place where they pray or the hotel with them in it × a plan or an instruction to the
  child ("I should", "we will", "when he is ready", "it's real", "I'm allowed to come");
- such people called bad, the enemy, or told to go × "hurt them", "burn them out" said to the
  child;
- a child's "when I am big" × fighting, a soldier or a camp × dying, paradise or a target;
- a weapon made: a fire bottle, a bottle bomb or a bottle with petrol made; nails, screws or
  bolts put in a firework, a pressure cooker or a pipe; things made out of fireworks and nails;
- a place a group is set against, named with what is to be done to it (sorted out, dealt with,
  burnt out, attacked, a brick through its window, "direct action", "doing something to") × an
  ask of the young person (to drive, to find addresses or guards' times, to prove themselves, to
  be the chosen one);
- "going ER" at a school or college, beside "maybe it should be me" or "someone should";
- a journey (a plane, a flight, a ticket, a coach) × to fight for a faith, to be with the
  fighters or where the war is × money sent, a child taken or secrecy; married to one of the
  fighters; hijrah × money sent for a ticket × someone online or secrecy.

Left to the learned layer: a group chat "planning something" at a march with a list of things to
buy (a banner party says the same), a cousin who wants a trip and says people "deserve what's
coming" (banter about a derby says the same). Fresh wordings written before the rules are
batches rg, rh, ri and rj of ``tests/corpora/adversarial.txt``; the ordinary answers nearest
them (a history lesson, a film, a game, a firework night, a donation run, a trip abroad, a
championship fight) are the block "thirteenth hand voices, cause" of
``tests/corpora/near_misses.txt``. Same syntax as ``surveys.concern_frames``.
"""

from __future__ import annotations

from typing import Final

# --- people a child is told to hate, and their places -------------------------------------------

_KIND = ("(muslim|jewish|black|brown|asian|polish|romanian|sikh|hindu|gay|kafir|kuffar|kufar|"
         "migrant|refugee|foreign|immigrant)")
_FOLK = "(people|peple|peeple|children|kids|boys|girls|families|men|women|lot|ones)"
_PRAY = "(mosque|church|synagogue|gurdwara|temple|mandir)"
# People named by what they are, or by where they pray or live: never "the people" alone.
_THEM = (f"({_KIND} {_FOLK}|(people|peple|peeple) with (brown|black|dark) skin|kafirs|kuffar|"
         "kufar|muslims|jews|migrants|refugees|immigrants|foreigners|the invaders|(the )?"
         f"(people|peple|peeple) (at|in) (the )?(big )?{_PRAY}|(the )?(people|peple|peeple) who "
         "are not like us|the people in the new (flats|houses))")
# Places a child is told to attack: never a church or a temple alone (a game's temple).
_TARGET_PLACE = ("((the |a )?(mosque|synagogue|gurdwara)|the (asylum|migrant|refugee) (hotel|"
                 "hostel|centre)|the hotel (with|where) the (people|migrants|refugees)|(the |their "
                 ")?(polish|romanian|asian|turkish|halal|jewish|kosher|indian|pakistani) (shop|"
                 "shops|takeaway|cafe))")
# Not "smash", which a team does to another at football.
_HARM = "(hurt|kill|shoot|stab|bomb|blow up|burn|set fire to|petrol bomb|hit|punch|attack)"
_AIMED = f"{_HARM} (the |al the |their )?({_THEM}|{_TARGET_PLACE})"
# The child's part, said right before the harm: "I should", "we will", "wants us to", "learn to".
_WE_WILL = ("((i|we|you) (should|must|have to|can|wil|will|are going to|am going to|gonna)|(want|"
            "wants|told|tells|tels|teach|teaches|taught|showed|shows) (me|us) (how )?to|(learn|"
            "learns|learning) (how )?to)( [a-z]+){0,2}")
# Or said after it: it is real, when he is ready, the child his soldier, allowed to come.
_THEIR_ORDER = ("(its real|(when|til|till|until) (he|they|we|i) (is|are|am) (ready|big|bigger)|"
                "(i am|im) (his|their) (litle )?soldier|alowed to (come|help)|god (told|wants)|"
                "i can help)")
# Said to the child as a plan or an instruction (with people called bad and "hurt them").
_ASKED = ("((i|we) (should|must|have to|can|wil|will|are going to|am going to|gonna)|(wants|want|"
          "told|tels|tells|teach|teaches|taught|showed|shows) (me|us)|when (he|i) (is|am) (ready|"
          "big|bigger|older)|(i am|im) (his|their) (litle )?soldier|alowed to|its real|god (told|"
          "wants)|(he|they) (is|are|wil|will) (going to|gonna)|(he|they) (wil|will))")
_CALLED_BAD = ("((are|is) (bad|evil|dirty|the enemy|our enemy|taking over|stealing)|(must|have to|"
               "has to|need to|should) go( home)?)")
_HURT_THEM = ("((hurt|kil|kill|shoot|stab|burn|hit|punch) (them|it)(?! (for six|with (the |a )?"
              "(ball|balls|snowball|snowballs|pilow|pilows|water)))( out| down)?)")

# --- a child's "when I am big", and the fighting -----------------------------------------------

_WHEN_BIG = ("(when (i am|i|i get) (big|biger|bigger|older|grown up|[0-9]+|ten|eleven|twelve)|"
             "when i grow up)")
# The child's own part in the fighting, not men fighting in a film.
_FIGHT = ("((i|we) (wil|will|can|could|am going to|have to|must) (go to the |go and |be a |be )?"
          "(fight|fighting|fighter|fighters|soldier|soldiers|war)|(go|goes) to the fighting|"
          "training camp)")
# The child's death for a faith, or a target: not a ghost in a game, nor paradise island.
_DIE_FOR = ("((die|dying) (a hero )?(for|as a) (god|alah|allah|islam|the cause|our people|martyr)|"
            "die a hero for|martyr|(die|dies) and go to (paradise|jannah|"
            "heaven)|go to (paradise|jannah|heaven) (if|when) (i|we) die|shoot the|kill the|people "
            "who are not like us|kafirs|kuffar)")

# --- a weapon made ------------------------------------------------------------------------------

_MADE_WEAPON = ("((make|made|making|makes|build|built) (a |the |some )?(fire bottle|fire bottles|"
                "bottle bomb|bottle bombs|petrol bomb|petrol bombs|bottle (with|of|ful of|full of)"
                " petrol)|(put|puts|putting|pack|packs|packing|stuff|stuffing|fil|fill|filling) "
                "(nails|screws|bolts|bal bearings|ball bearings) (in|into) (a |the )?(firework|"
                "fireworks|pressure cooker)|(pack|packs|packing|fil|fill|filling) (a |"
                "the )?(pressure cooker|pipe) with (nails|screws|bolts|bal bearings|ball bearings)|"
                "(make|made|making) (stuf|stuff|things|something|bombs) (out of|from|with) "
                "(fireworks and nails|nails and fireworks))")

# --- a group's plan against a place, and an ask -------------------------------------------------

# Done to such a place: burnt out, attacked, a brick through its window, "something" done to it.
_DONE_TO = ("(burn (out )?|burning (out )?|set fire to |attack on |attack at |attack |(a )?brick "
            "through (the )?window of |direct action (on|at|against) |(doing|do) something to )")
# Sorted out or dealt with, said only of people or of a hotel housing them, beside a driver, a
# date or addresses; never the place's car park, paperwork or donations.
_SORTED = "((sort|sorting) (out )?|(deal|dealing) with )"
_ITS_THINGS = ("(?! (car park|garden|kitchen|hall|roof|rota|paperwork|donations|food bank|bins|"
               "windows|toilets|website|sign|fundraiser|bills|booking|laundry|shifts|menu|"
               "accounts|cleaning|van)(?![a-z]))")
_HOTEL = "the (asylum|migrant|refugee) (hotel|hostel|centre)"
_DRIVE_OR_DATE = "(drive|driver|the driving|addreses|(set|picked|got|chose) a date)"
_NEEDS_DOING = "(needs|need) (dealing with|to be dealt with|burning|to burn|burning down)"
_ASK = ("((asked|ask|asks|asking|want|wants|wanted) me (to|if)|asked if i|(i am|i have ben|i was)"
        " (chosen|picked|the one)|be the driver|(prove|proving) (myself|i am loyal|my loyalty)|"
        "addreses|when the guards change)")
# A place watched for a group online: when its guards change; its staff's home addresses.
_GUARDS = ("(write|writing|wrote|note|noting|film|filming|time|timing|watch|watching) (down )?"
           "(when|what time) the (security )?(guards|security|police) (change|swap|come|leave)")
_GROUP = ("(telegram|discord|the chat|group chat|the group|online|the lads|people i met|they say "
          "its for)")
_ADDRESSES = ("(find out|finding out|get|getting|send|sending) (me )?(the )?(home )?(addreses|"
              "addresses|where (they|the staff) live)( of (the )?(staff|workers|councillors|"
              "officers|teachers|guards))?|(find out|get|send) the (staff|workers|councillors|"
              "officers|guards) (home )?addreses")
_SET_AGAINST = ("(direct action|the invaders|(sort|deal with|dealing with|burn out) the|(asylum|"
                "migrant|refugee) hotel|council offices|police station)")
_ER = "(go|going|went) er (at|in|on) (my|the|our)( old)? (colege|school|uni|sixth form)"
_ME_NEXT = ("(maybe|should) (it )?(should )?be me|someone should|thinking about it|i said maybe|"
            "(keeps|keep) asking")

# --- the journey to the fighters -----------------------------------------------------------------

_JOURNEY = ("(travel|go|going|take|taking|fly|flight|plane|aeroplane|ticket|coach|passport|"
            "abroad)")
_TO_FIGHT = ("(to fight (for|with) (the brothers|god|alah|allah|the cause|islam|the ummah|them)|"
             "(with|join|joining) the fighters|where the war is|the war place|to be (fighters|"
             "soldiers)|jihad|soldiers for god)")
_PAID_OR_HIDDEN = ("((sent|send|sends|sending|transferred|paid|pays|booked|books) (me )?(the )?"
                   "(money|my flight|a flight|the flight|my ticket|a ticket)|not to tel|dont tel|"
                   "delete the chat|(carers|mum|dad|social worker|family) (dont|doesnt) know|"
                   "litle boy|my son|my baby|my daughter|passport)")
_ONE_OF_THE_FIGHTERS = "mary (one of )?the fighters"
_MONEY_SENT = ("(sent|send|sends|sending|transferred|given|gave) me (the )?money for (a|the|my) "
               "(ticket|flight)")
_SECRETLY = ("(online|on telegram|on whatsapp|dont tel|not to tel|(carers|mum|family) (dont|"
             "doesnt) know)")

# A fire bottle or a nail bomb made: harm however it is told. And a blow, a shot or a fire at
# people named by what they are or at their place, as the child's part ("I should stab the
# jewish boys", "wants us to hurt the people at the gurdwara").
PHRASES: Final[dict[str, list[str]]] = {
    "radicalisation": [_MADE_WEAPON, f"{_WE_WILL} {_AIMED}"],
}

CLAUSES: Final[tuple[tuple[str, tuple[str, ...], int], ...]] = (
    # A blow, a shot or a fire at such people or their place, and the child's part said after.
    ("radicalisation", (_AIMED, _THEIR_ORDER), 18),
    # Such people called bad or told to go, and "hurt them" said to the child.
    ("radicalisation", (_THEM, _CALLED_BAD, _HURT_THEM, _ASKED), 24),
    # "When I am big", fighting, and dying or a target.
    ("radicalisation", (_WHEN_BIG, _FIGHT, _DIE_FOR), 24),
    # A place a group is set against, what is to be done to it, and an ask of the young person.
    ("radicalisation", (f"{_DONE_TO}(the |their |a )?({_TARGET_PLACE}|{_THEM})", _ASK), 24),
    ("radicalisation", (f"{_SORTED}(the |al the )?({_HOTEL}|{_THEM}){_ITS_THINGS}",
                        _DRIVE_OR_DATE), 24),
    ("radicalisation", (f"{_TARGET_PLACE}( in [a-z]+)? {_NEEDS_DOING}", _ASK), 20),
    ("radicalisation", ("(direct action|an attack) (on|at|against) the police station", _ASK), 16),
    ("radicalisation", ("(attack|the attack)( [a-z]+){0,4} at the( [a-z]+)? (festival|"
                        "carnival|march|parade|fair|concert|market)", _ASK), 20),
    # A place watched for a group online, or its staff's home addresses asked for.
    ("radicalisation", (_GUARDS, _GROUP), 20),
    ("radicalisation", (_ADDRESSES, _SET_AGAINST, "(want|wants|wanted|asked|ask|asks) me to"),
     24),
    # "Going ER" at a school or college, and the young person next.
    ("radicalisation", (_ER, _ME_NEXT), 14),
    # A journey to the fighters, paid, secret, or with a child.
    ("radicalisation", (_TO_FIGHT, _JOURNEY, _PAID_OR_HIDDEN), 20),
    ("radicalisation", (_ONE_OF_THE_FIGHTERS, _MONEY_SENT), 16),
    # Hijrah, money sent for the ticket, from someone online or kept secret.
    ("radicalisation", ("(make|making|do) (hijrah|hijra)", _MONEY_SENT, _SECRETLY), 28),
)
