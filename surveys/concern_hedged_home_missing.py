"""Going missing as a child unsure it "counts" tells it.

The sixth hand's corpus (``tests/corpora/sixth_hand``) says it as a question ("what would
happen if I just didn't come back", "how late can you stay out before anyone reports you"), as
a plan with a secret, or as a night out nobody noticed. The Home Office guidance on children
who go missing from care counts each: an absence, however it is worded, and a plan to go
unnoticed. The rules before this module missed these structures:

- out until the small hours, every night, and nobody ringing anyone;
- asking what would happen if they did not come back, or not coming back for days;
- a plan to go (a bag packed or hidden, money saved for a train, out of the window after the
  night check, going to find a parent) with a secret (tell nobody, not saying where, once
  they are asleep);
- gone for nights or a weekend, with the phone off, not saying where or who with;
- staying with a man met online or at a bus station; asking them to stop reporting it;
- a child out of a window at night and into cars;
- sleeping out for nights with nobody looking; Welsh for three nights away at a stranger's.

Fresh wordings of each shape, written before the rules and measured at first sight, are batch
(yc) of ``tests/corpora/adversarial.txt``; the ordinary answers nearest each rule (a sleepover
with permission, a school trip's packed bag, a surprise visit, a cat out of the window, a
charity sleep-out) are in ``tests/corpora/near_misses.txt``. ``PHRASES`` are in the syntax of
``surveys.concern_frames``; ``CLAUSES`` are ``(category, parts, window)`` for
``surveys.concern_clauses``.
"""

from __future__ import annotations

from typing import Final

# The small hours: "4" is read as "for" by the normaliser.
_SMALL_HOURS = ("(til|until|till|gone|past) (like |about |gone )?([1-6]|one|two|three|for|five|"
                "six)( ?am| in the morning| oclock)?|(til|until|till|at|gone|past) (like |about )?"
                "[1-6] ?am")
_NOBODY_MINDS = ("(every night|most nights|loads|all the time|every weekend|most weekends|(no "
                 "one|nobody|noone) (says|said|bothers|cares|notices|checks|rings|asks)|(staff|"
                 "carers|they) (just|dont|dont even|never|know)|(carers|carer|staff|they|nobody|"
                 "no one) (didnt|dont|doesnt|never) (even )?(ask|asked|notice|noticed|check|ring|"
                 "rang)|not back|never back|(report|reports|ring|call|phone) (you|me|the police))")
# Not coming back, but not to school or by a time, nor said of a dad or mum away working.
_NOT_BACK = ("(?<!dad )(?<!mum )(?<!he )(?<!she )(didnt|dont|did not|do not|never|wouldnt|would "
             "not|not) (come|go|get|coming|going)"
             " (back|home)(?! (to|in) (the |my |a )?(same |new |next )?(school|college|class|"
             "year|lessons|sixth form|uni)| by| before| on time| in time| late| for (tea|dinner|"
             "lunch))")
_ASKING = ("((what|wat) (would|will|happens|happen|if)|would (it|anyone|they|someone|anybody) "
           "(be|care|notice|mind)|(can|could|would|will) i get in trouble|is it (bad|ok|okay|a big"
           " deal)|how long)")
_FOR_DAYS = ("(one day|for (a few|a|[0-9]+|two|three|for|a couple of|some) (days|nights|weeks|"
             "week)|ever again|at all)")
_PLAN = ("((planning|plan|going|gonna|want|wanna|about) to (go|leave|run|get away|go find|do one|"
         "leg it)|(gonna|going to|want to|wanna) (leave|run|go) (after|tonight|tomorrow|tmrw|"
         "when|soon)|(saved|saving|saving up|got) (up )?([0-9]+ |for |money |cash |enough )?"
         "(for|towards) (the|a) (train|coach|bus|ticket|coach to|train to)|saving up for a "
         "(coach|train|ticket)|(packed|hidden|hid|hiding|stashed) (a |my |the )?(bag|bags|"
         "rucksack|stuff|things)|(bag|bags|rucksack) (is |are |s )?(packed|hidden|stashed|ready)"
         "|(rucksack|bag|bags) hidden|(getting|get|catch|catching) the (train|coach|bus) to|(im|i"
         " am|i will be|ill be|il be) out (the|of the|through the) window|climbing out the "
         "window|(run|going|gonna run) to (my )?(dads|mums|nans|mams)|(leave|leaving|go from|"
         "going from|run from) (the )?(foster home|placement|house|home|unit|carers) tonight|(for"
         "|when) i go|going tonight)")
_SECRET = ("((dont|do not|please dont|pls dont|no) (tell|say) (anyone|anybody|nobody|no one|noone|"
           "nothing|my (carers|carer|social worker|sw|staff))|not (saying|telling) (where|who|"
           "anyone|you)|no (need )?to tell (anybody|anyone)|(when|once|after|soon as|as soon as) "
           "(they|theyre|they are|everyone|staff|carers) (is |are )?(asleep|in bed|gone to bed|do "
           "the)|after lights out)")

PHRASES: Final[dict[str, list[str]]] = {
    "missing": [
        # Asking them to stop reporting it.
        "(stop|keep|keeps|kept) (reporting|report) me (as )?missing",
        # Welsh: did not go home for nights; slept in some man's flat.
        "(es i|aeth|ath) (ddim|dim) (adra|adre|adref|nol)( i r cartref)? am (dair|dwy|tair|"
        "pedair|sawl|ddwy) (noson|nos|diwrnod)",
        "(cysgu|cysgais) (yn|mewn) (fflat|ty|nhy|nhy) (rhyw ddyn|rhywun (dwi|dw i) (ddim|dim) "
        "yn (nabod|adnabod))",
    ],
}

CLAUSES: Final[tuple[tuple[str, tuple[str, ...], int], ...]] = (
    # Out until the small hours, every night, and nobody minding.
    ("missing", (_SMALL_HOURS, "(out|stay out|stayed out|staying out|not back|never back)",
                 _NOBODY_MINDS), 16),
    # How long before anyone reports them.
    ("missing", ("(how late|how long) (can|could|do) (you|i|we) (stay out|be out|be gone|be "
                 "away)", "(report|reports|ring the police|call the police|notices)"), 10),
    # Asking what would happen if they did not come back, or not back for days.
    ("missing", (_NOT_BACK, _ASKING), 14),
    ("missing", (_NOT_BACK, _FOR_DAYS), 8),
    # A plan to go, with a secret.
    ("missing", (_SECRET, _PLAN), 26),
    # Gone for nights or a weekend, the phone off, not saying where; someone gone, not a remote
    # that has been missing for days.
    ("missing", ("((?<!its )(?<!it )(was|been|i was|went) (gone|missing|away) (all|for|the)? ?("
                 "[0-9]+ |two |three |for |a few )?(weekend|nights|days|night)|(?<!its )(?<!it )("
                 "was|been) (gone|missing) ([0-9]+|two|three|for|a few) (days|nights))",
                 "(phone (was |is )?(off|of)|(switched|turned) (my )?phone (off|of)|(cant|wont|"
                 "not) (really )?(say|saying|tell|telling) (you )?(where|who)|doesnt matter where|"
                 "ended up in|nobody|no one)"), 14),
    # Staying with a man met online or at a bus station, or coming back without saying.
    ("missing", ("(man|men|guy|guys|bloke|lad|fella|older) (i|we) met (at|on|in|off|online|"
                 "onlines|through)|(man|guy|bloke|lad|fella|mans|guys) (off|from|of|on) (snap|"
                 "snapchat|insta|instagram|tiktok|the internet|internet|online)|(guy|man|bloke) "
                 "i met "
                 "online", "(stay|staying|stayed|stop|stopping|stopped|sleep|sleeping|slept|"
                 "crash|crashing|doss|dossing|kip|kipping|not coming back|instead of coming home|"
                 "ticket|come and)"), 14),
    # Not coming back tonight, at some guy's flat.
    ("missing", ("(not coming|not going|aint coming|im not coming) (back|home) tonight",
                 "(flat|house|place|gaff|dont bother|dont ring|dont call|dont wait)"), 12),
    ("missing", ("(ringing|calling|phoning|ring|call) the police on me", "(stay|staying|stop|"
                 "stopping|out|nights|a mans|a guys)"), 14),
    # A child out of a window at night and into cars.
    ("missing", ("(climbs|climb|climbing|sneaks|sneak|sneaking|gets|goes) out (of )?(the|her|his|"
                 "my|a) (bedroom )?window", "(gets|get|getting|got) in(to)? (cars|a car|strange "
                 "cars|cars with)"), 12),
    # Sleeping out for nights with nobody looking.
    ("missing", ("(slept|sleep|sleeping|kipped|dossed) (in |on |under |at )?(the |a )?(park|bench|"
                 "park bench|bridge|bus shelter|bus stop|doorway|street|streets|station|underpass"
                 "|stairwell|car park|woods)", "(nights|nobody|no one|noone)"), 12),
    # Not in the house much, staying at different people's since a month.
    ("missing", ("(staying|stopping|dossing|sleeping|kipping) (at|round) (different|random|"
                 "other) (peoples|houses|people|places|mates)", "(since|not been (in|home)|for "
                 "(weeks|months))"), 14),
)
