"""Neglect by its structure, for wordings the first lists missed.

The third corpus (``tests/corpora/third_hand``), written by people who never saw the detector,
caught only nine neglect disclosures in twenty-seven. What it missed shares a few shapes,
from the signs of neglect in Working Together to Safeguard Children and the NSPCC's guidance,
written here as structures:

- a home without power, heat or food × how long or how cold ("the electric ran out Monday,
  we sleep in our coats"; cereal with water; stealing food so the little ones can eat);
- no adult: the child left with a baby all weekend, nobody collecting them for days, a parent
  gone since Friday, a night on the doorstep, the one adult collapsed and nobody else there;
- hurt or ill × no doctor, dentist or medicine (a broken wrist for a week, black teeth never
  seen by a dentist, an inhaler run out, a wound gone green, epilepsy tablets forgotten);
- a home unfit for a child: needles, dog mess where a baby crawls, bed bugs, a nappy left.

``PHRASES`` are in the syntax of ``surveys.concern_frames``; ``CLAUSES`` are ``(category,
parts, window)`` for ``surveys.concern_clauses``. Each rule has its ordinary twins in
``tests/corpora/near_misses.txt`` (no heating in the classroom, a power cut in a storm, a
dentist booked).
"""

from __future__ import annotations

from typing import Final

_DAYS = ("(monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|yesterday|last "
         "night|days|weeks|a week|ages|nos (wener|sadwrn|sul)|ddoe)")
# The grown-up who should be there.
_CARER = ("(mum|mam|mums|mams|dad|dads|carer|carers|my carer|nan|nain|gran|grandad|taid|step "
          "dad|step mum|they|he|she)")
# Hurt or ill in a way that needs a doctor.
_UNWELL = ("(broke|broken|hurts|hurt|pain|bleeding|leaking|green|smells|swollen|massive|purple|"
           "rotten|black|cant breathe|fit|fits|seizure|sore|infected|kills|cant sleep)")

PHRASES: Final[dict[str, list[str]]] = {
    "neglect": [
        "(cereal|weetabix|cornflakes|coco pops|rice krispies) (with|in) water",
        "(no|dim|sdim|does dim|heb) (bwyd|food|gwres|trydan|dwr poeth|nwy) (in|yn) (the|y) (ty|"
        "house|flat|home) (again|eto|ers|since|for)",
        "(sdim|dim|does dim|heb) (gwres|trydan|bwyd|dwr poeth|nwy) __ (ers|am) (dyddiau|"
        "ddyddiau|wythnosau|wythnos|misoedd|ddoe|nos)",
        # No adult: gone, not back, nobody coming.
        f"{_CARER} (hasnt|has not|havent|have not|never|didnt|did not) (come|came|been) (back|home)"
        f" (since|for|all|last night|yesterday)"
        # Not a dad away working on a rig or on tour, with the other parent at home.
        "(?!( [a-z]+){0,3} (cos|because|as|while|when) (he|she|they) (was|were|is|s) (working|at "
        "work|away working|on (the|an) (oil )?rigs?|deployed|on tour|in the army|driving))",
        f"{_CARER} (has |have |s )?(been )?(gone|left|went out|out) (since|for) (nos )?{_DAYS}",
        f"(nobody|no one|nobodys|no body) (has |have )?(come|came|picked me up|collected me|turned "
        f"up|come back|came back|been back|been home|come home|come to get me|came to get me) __ "
        f"(for|since) __ {_DAYS}",
        "(nobody|no one) (picked|collected|came for|fetched) me __ (yesterday|days|again|or today|"
        "in the dark|walked home)",
        "(slept|sleep|sleeping|had to sleep) (on|outside on) (the |our )?(doorstep|step|front step|"
        "street|bus stop)",
        "(left|leave|leaves|leaving) (me )?(with|to look after|looking after|in charge of) (the|my|"
        "our) (baby|babby|little (brother|sister|ones)|baby (brother|sister)|brothers|sisters) "
        "(all|for days|on my own|by myself|overnight|every|till|until|the whole)",
        "look after (my|the|our) (baby|little [a-z]+|baby [a-z]+) (all night|all weekend|overnight"
        "|for days) (by myself|on my own|alone)",
        "(ar ben fy hun|ar ben fy hunan) (eto|ers|am|drwy|trwy|bob)",
        "(mam|mum|dad|nhad|nain|taid) (di|wedi|heb) (mynd|fynd|gadael|ddod adre|dod adre|dod nol) "
        "(ers|am)",
        "(have to|got to|made to|has to) wear the same (school )?(uniform|clothes|pants|socks|"
        "things) (all week|every day|for (days|weeks)|all the time)",
        "(nobody|no one) (is |has been |has |ever )?(feeding|feeds|fed|changing|changed|bathing|"
        "bathes|washing|washes) (her|him|the baby|my baby [a-z]+|my little [a-z]+)",
        "(oergell|cypyrddau|cwpwrdd|cwpwrdd bwyd) (yn )?wag",
        "neb (wedi|di) (bod|dod) (adre|adref|nol) ers",
        # A home unfit for a child.
        "(needles|syringes) (in|on|all over|everywhere|left|lying)",
        "(nobody|no one) (ever )?(changes|changed) _ nappy",
        "nappy (hasnt|has not|isnt|is not|never|doesnt|dont) (been |get |gets )?changed",
        # Two phrases: a phrase that opens with a group may not hold a second alternative.
        "(sores|rash|red raw|bleeding) __ nappy", "nappy __ (sores|rash|red raw|bleeds)",
        "(mattress|bed|sheets) (soaked|soaking|wet|stinks|stinking) (with|in|of) (wee|pee|sick)",
    ],
}

_STORM = ("(storm|thunderstorm|thunder|snow|snowstorm|gale|wind|winds|power cut|flood|floods|"
          "heatwave)")

CLAUSES: Final[tuple[tuple[str, tuple[str, ...], int], ...]] = (
    # No power or heat, and how long or how cold. Never a power cut the weather brought ("went
    # off in the storm"): candles and a torch then are an adventure, not a home left cold.
    ("neglect", ("(electric|electricity|leccy|lecky|gas|heating|power|hot water|meter|lights)",
                 "(ran out|run out|gone off|cut off|been off|went off|turned off|no money|not "
                 f"paid|no credit)(?!( [a-z]+){{0,3}} (in|during|because of|cos of|from) (the|a|"
                 f"that) (big )?{_STORM})", f"(since|for) (last )?{_DAYS}|freezing|coats|blankets|"
                 "in the dark|candles|torch"), 20),
    # Stealing food so the little ones eat.
    ("neglect", ("(nick|nicks|nicked|steal|steals|stole|stealing|nicking)", "(so|for) (my|our|we|"
                 "the|me)( [a-z]+){0,3} (can|could|dont|do not|have|get|go) (eat|go hungry|"
                 "starve|something to eat|hungry)|(cos|because) (im|i am|we are|were) (hungry|"
                 "starving)"), 16),
    # The one adult collapsed, and nobody else there.
    ("neglect", (f"{_CARER} (has |have |had |is )?(fell|fallen|collapsed|passed out|wont wake up|"
                 "isnt waking up|cant get up|on the floor|been on the floor)", "(no one else|"
                 "nobody else|on my own|by myself|alone|just me|im on my own)"), 16),
    # Hurt or ill, and no doctor, dentist or medicine.
    ("neglect", ("(doctor|doctors|dentist|hospital|gp|a and e|walk in|optician|inhaler|pump|"
                 "tablets|meds|medicine|insulin|prescription)", "(wont take me|will not take me|"
                 "not taking me|never took me|never (ever )?(been|seen)|cant be bothered|keep "
                 "forgetting|keeps forgetting|forgot|forget|ran out|run out|(nobody|no one|"
                 "nobodys) (has )?(got|gets|took|takes|bought)|havent (got|been))", _UNWELL), 20),
    # Medicine run out or glasses broken, and nobody getting more.
    ("neglect", ("(inhaler|pump|tablets|meds|medicine|insulin|prescription|glasses|hearing aid)",
                 "(ran out|run out|finished|broke|broken|lost)", "(nobody|no one|nobodys) (has )?"
                 "(got|gets|bought|fetched|picked up)(?! hurt| injured| told of)|"
                 "(havent|hasnt|not) (got|been given|had) (a )?new"), 20),
    # A wound left until it goes bad.
    ("neglect", ("(cut|burn|burnt|bite|sore|wound|graze)", "((gone|going|turned|its) (green|"
                 "yellow|black)|smells|pus|oozing)", "(ages|weeks|a week|days|ages ago)"), 18),
    # Filth where a small child crawls or sleeps.
    ("neglect", ("((dog|cat|dogs|cats) (poo|poop|sick|wee|mess)|needles|syringes|bed bugs|"
                 "bedbugs|fleas|maggots|rats|cockroaches|mould|rubbish)", "(all over the (floor|"
                 "house|flat|carpet|kitchen|bathroom)|(baby|little (sister|brother)) (crawls|"
                 "crawling|plays)|crawls (about|around|in it)|bites all over me|my (bed|mattress))"
     ), 12),
)
