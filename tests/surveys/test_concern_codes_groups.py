"""Harm named in code: county lines, sexual exploitation, trafficking, practices, extremism, home.

``surveys/concern_codes_groups.py`` reads the words of the groups that harm children (county
lines' "cunch", "OT", a "ting"; "wifey", being "passed round"; an "auntie" who is owed), FGM's
community names, a child called "kindoki", and extremist in-group words ("day of the rope",
1488, "hijrah" to the "dawlah", "kuffar" as targets), each code that is also an everyday word
only beside the harm. Its fresh wordings, written before the rules, are batches wk to wp of
``adversarial.txt`` (first sight, rules alone, urgent: 25/38; every line checked urgent);
the everyday sentences that share the codes are in the block "codes" of ``near_misses.txt``
(read by ``test_concern_codes.py``). Here: a disclosure in words neither uses beside its
ordinary twin, the narrowed bare codes (country dancing, a cuckoo clock, the sunna prayers), and
every rule reached.
"""

from __future__ import annotations

from surveys.concerns import detect

# The batches of adversarial.txt written for these rules, and how many lines each holds.
BATCHES = {
    ("exploitation", "wk"): 7, ("sexual_exploitation", "wl"): 6, ("trafficking", "wm"): 6,
    ("harmful_practices", "wn"): 7, ("radicalisation", "wo"): 6, ("unsafe_home", "wp"): 6,
}

# (a disclosure in new words, its ordinary twin in the nearest words)
# Read by test_concern_rule_twins.py with every module's pairs.
PAIRS = [
    ("the elders sent me cunch on the train and said i owe them till its all sold",
     "my cousins sent me a postcard from the country and said they miss me"),
    ("hes got me holding his shank under my pillow and says im dead if it goes missing",
     "hes got me holding his watch strap under my pillow cos it keeps going missing"),
    ("at the flat party his mates passed me around and videoed it",
     "at the party his mates passed me the ball around and we played in the garden"),
    ("hes 30 and calls himself my daddy, the men at the hotel pay him",
     "my foster dad is kind, i call him dad, we stay at a hotel in the holidays"),
    ("the aunty who brought me from ghana says i owe her and cant go to school",
     "the aunty who brought me from ghana says i can go to the big school in september"),
    ("my older sister says i will have my halalays in the summer like all the girls",
     "my older sister says i will have my henna in the summer like all the girls"),
    ("the lady is coming to do my little sisters sunna cut, mum says i cant tell",
     "the lady is coming to teach my little sister the sunna prayers, mum says well help"),
    ("the church people say my brother is a witch and they beat him to get it out",
     "the church people say my brother is a star in the nativity and they clapped for him"),
    ("the lads in the 1488 discord want me at their meet up",
     "in 1488 dias sailed round africa, the lads in my discord want me at their study group"),
    ("a brother online says make hijrah to sham and he will pay for my flight",
     "my brother says the hijrah is in our history homework and he will help me tonight"),
    ("they say the kuffar deserve it and i should be a martyr",
     "they say the kids deserve a prize and i should be a teacher"),
    ("mums flat got cuckooed and the dealers sleep in my room",
     "mums cuckoo clock got broken and the dog sleeps in my room"),
]


# Codes the first lists held bare, narrowed beside these rules: a dance, a clock, a prayer.
NARROWED = [
    "We're going country dancing on Friday in the school hall.",
    "We went country walking with the ramblers.",
    "The cuckoo clock at nan's went off at midnight.",
    "The cuckoo came back to the nest in the wildlife programme.",
    "We pray the sunna prayers after school with dad.",
    "The boss in my game got unalived by a dragon.",
    # A review's ordinary answers in these rules' own words, which first drafts made urgent: a
    # brother's khatna, pass the parcel, a step dad called daddy on holiday, 14.88 seconds, the
    # hijrah in homework.
    "My little brother had his khatna and mum made her special biryani.",
    "At the party we played pass the parcel and they passed me round the circle.",
    "My step dad says I can call him daddy, were staying in the hotel in Tenerife.",
    "He ran 14.88 in the 100m and the lads were impressed.",
    "My brother says the hijrah is in our homework and he will help me get to grips with it.",
]


def test_the_narrowed_bare_codes_stay_quiet() -> None:
    assert [text for text in NARROWED if detect(text, learned=False) is not None] == []
