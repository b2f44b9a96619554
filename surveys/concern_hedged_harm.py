"""Self-harm told flatly or hedged, by the shapes a sixth blind corpus showed missing.

The sixth hand's corpus (``tests/corpora/sixth_hand``) says each disclosure the way a child
unsure it "counts" would: played down ("its prob nothing", "im fine"), asked as a question
("would anyone notice if"), told as a friend's, or tucked into an answer about school. The hedge
is not the harm: read without it, what is left is a method, a place, a plan or a goodbye, often
with no word for dying. The rules before this module knew a method with a word of intent beside
it; these shapes (as suicide-prevention guidance for schools lists the signs) were missing:

- in front of a train, a bus or a lorry, with a plan, a thought or a hedge beside it ("if i
  just", "made my mind up", "everyone would have less hassle");
- stood or sat at a road or a platform edge, waiting for "a big lorry" or timing the trains;
- a cord tied or hidden, tried "to see if it would hold", kept "for when" or gone back to look at;
- tablets held back (not swallowed, hidden in a box or under the bed) "just in case" or "for the
  day I finish";
- "would anyone notice if I was not here", "if I did not wake up nobody would care";
- a night decided and "sorry", letters done and "she'll know", nothing mattering after a day,
  a high place as "a decent option";
- a friend who self-harms doing it "for real" on a day;
- Welsh: tired of living, sleeping and never waking, thinking of jumping from a bridge.

Fresh wordings of each shape, written before the rules and measured at first sight, are batch
(xa) of ``tests/corpora/adversarial.txt``; the ordinary answers nearest each rule (a train
missed, a rope swing, hay fever tablets in a bag, a letter to Santa, the car park as the best
place to park) are a block of ``tests/corpora/near_misses.txt``. ``PHRASES`` are in the syntax
of ``surveys.concern_frames``; ``CLAUSES`` are ``(category, parts, window)`` for
``surveys.concern_clauses``.
"""

from __future__ import annotations

from typing import Final

from surveys.concern_self_harm_signs import HIGH_PLACE as _HIGH_PLACE

# Traffic and trains, as a way to die (not the station, the stop or the driver's seat).
_VEHICLE = ("(train|trains|lorry|lories|truck|trucks|bus|buses|car|cars|van|traffic|tube|tram)"
            "(?! (station|stop|stops|door|doors|driver|drivers|window|seat|seats|timetable|set|"
            "lane|pass|park|wash|journey|ride|times|shelter)(?![a-z]))")
# The child's own act, not a dog's, nor a boy's in a road safety story.
_IN_FRONT = ("(?<!dog )(?<!cat )(?<!who )(?<!he )(?<!she )(walk|walked|walking|walkin|step|"
             "stepped|stepping|steppin|stand|stood|standing|"
             "jump|jumped|jumping|run|ran|running|throw myself|threw myself|lie|lying|lay|go|"
             "get|sit) (out |straight |right )?(in front of|infront of|under) (a |the |some )?"
             f"([a-z0-9]+ ){{0,2}}{_VEHICLE}")
# A plan, a thought or a hedge beside the method: what makes it a disclosure, not a near miss.
_PLAN_OR_HEDGE = ("(if i just|if i|going to|i will|decided|made my mind up|mind is made up|think "
                  "about|thinking about|thought about|thinkin about|wanted to|want to|bottled it|"
                  "everyone would|nobody would|no one would|less hassle|it would all|most days|"
                  "every day|every night|tmrw|tomorrow|tonight|is it bad|is it normal|scared "
                  "myself)")
# A roadside or a platform edge, and waiting or timing there.
_ROADSIDE = ("(stand|stood|standing|stands|sit|sat|sitting|wait|waited|waiting|lie|lying|lay|go "
             "stand|go sit)( right)? (on|by|at|near|next to|over|beside) (the )?(edge of the "
             "platform|platform edge|end of the platform|dual carriageway|dual carageway|motorway|"
             "bypass|main road|train track|train tracks|tracks|railway line|railway|train line|"
             "bridge over the (motorway|railway|tracks|dual carriageway|road))"
             "|(train track|train tracks|railway line|railway) (go )?(stand|lie|sit)")
_WAITING = ("(for|wait for|waiting for|waitin for|waited for) (a |the )?(right|big|big enough|"
            "fast) (one|lorry|truck|train)|for (a |the )?(lorry|truck|big lorry)|timing|timed it|"
            "i timed|thinking about it|thinkin about it|just thinking|bottled it|scared myself|"
            "dunno why|for ages")
# A cord, and what is done with it.
_CORD = ("(belt|rope|cord|hoodie cord|dressing gown belt|dressing gown cord|scarf|school tie|tie|"
         "sheet|shoelace|laces|cable|charger lead)")
_CORD_DONE = ("(tied|tie|tying|knotted|put up|put it up|hung|hanging|hid|hidden|hiding|hide|kept|"
              "keep|keeping|stashed|got)")
_CORD_MEANT = ("(see if it (would|will|could|can) (hold|take (my|her|his) weight)"
               "(?! (in|up|a|the|for|with|together|on|onto|us|them|everything|all|when|while|if)"
               "(?![a-z]))(?! [a-z]+ (swing|hammock|tent|shelf|treehouse|tree house))|to hold "
               "(me|my weight)|for when (i am|she is|he is|i|she|he) (ready|cant|decide|done)|"
               "ready to end it|go (and |an |n )?look at it|look at it every day|check it is still "
               "there)")
# Tablets held back, and kept for a day.
_PILLS = ("(tablets|tabs|pills|meds|medicine|medication|paracetamol|painkillers|sleeping "
          "tablets|tabledi|dabledi|moddion)")
_HELD_BACK = ("((not|dont|didnt|never|instead of) (take|swallow|taking|swallowing) them|i (not|"
              "no) (take|swallow)|cuddio|cadw|hid|hide|hiding|hidin|hidden|stash|stashed|"
              "stashing|under (my|the) (bed|mattress|pillow)|o dan y gwely|been keeping|been "
              "keepin|collect|collecting)")
_KEPT_FOR = ("(just in case|in case|rhag ofn)(?! (the|my|i|we|she|he|they|it|of|someone|"
             "anyone|you|her|his|y|bod)(?![a-z]))|for (the day|when) (i|i am)|finish "
             "everything|finish it|end everything|end it all|all at once|in one go")
# Not being here, and nobody noticing.
_NOT_HERE = ("(wasnt here|was not here|werent here|wasnt around|wasnt about|was not about|"
             "was gone|was dead|were dead|"
             "died|didnt wake up|did not wake up|never woke up|dont wake up|never wake up|not "
             "wake up)(?! (in time|on time|for(?! good| ever)|til|until|at|early|when|because|"
             "on|next|this|in|over)(?![a-z]))")
_NOBODY_NOTICE = ("(would|will|wud) (anyone|anybody|they|people)( [a-z]+){0,2} (notice|clock|"
                  "care|miss me)|(no one|nobody|noone|none of them)( [a-z]+){0,3} (would|wud|"
                  "will|even)( even)? (notice|clock|care|miss me|bother)|(everyone|they|people) "
                  "(would|wud|will) (be )?(better off|happier|have less hassle)")
# A time decided, and sorry or goodbye.
_THE_NIGHT = ("(tonight|tonights|today|todays|tomorrow|this) (is )?the (night|day)(?! (of|for|"
              "when|we|before|after|to|my|our)(?![a-z]))")
_SORRY = "(decided|sorry|goodbye|bye|forgive me|love you all)"
# Letters done, and someone who will understand.
_LETTERS = ("((wrote|written|done|finished|did) (my|the|all my|all the) (letters|notes|goodbye "
            "letters)|(my|the) (letters|notes) (are|is) (done|written|finished|ready))"
            "(?! (to|for) (santa|father christmas|pen pal|penpal|homework|spelling|school|"
            "english|(the |a |my |our )?(test|tests|exam|exams|lesson|class|revision|essay|"
            "mocks|maths|science|history)))")
_WILL_KNOW = ("(she|he|they|you|mum|mam|nan|everyone) (will |would |wud )?(know|understand)"
              "(?! (what|where|when|how|the|about|it|this|that|them)(?![a-z]))")
# A friend who self-harms, doing it "for real" on a day.
_FRIEND_HARM = ("(cutting|cuts|self harm|selfharm|self harming|overdose|overdosing|od|"
                "end it|ending it|kill (herself|himself|themself|themselves))"
                "(?! (class|school|lessons|her hair|his hair|the grass|paper|out)(?![a-z]))")
_FOR_REAL = ("(doing it|do it|going to do it) (proper|properly|for real|for good|for definite)")

PHRASES: Final[dict[str, list[str]]] = {
    "self_harm": [
        # Nothing will matter after a day.
        "(wont|will not|(none|nobody) of (it|this) will|nothing will|it will not) matter (after|by|"
        "come|from) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow|"
        "tmrw|the weekend|next week|this week|the review|my review|my birthday|half term)(?! "
        "(because|cos|as|since|when|anyway|i|we|the|it|it is|that|they|cause)(?![a-z]))",
        # Welsh: tired of living; to sleep and never wake; thinking of jumping from a bridge.
        "(blino ar|blino o) (fyw|byw)",
        "(cysgu|gysgu) (a|ac) (peidio|byth|ddim) (deffro|dihuno)",
        "(meddwl am|isio|eisiau|moyn|isie|eisie) (neidio|taflu fy hun) (o|or|oddi ar|off|dros) "
        "(y |r )?(bont|pont|clogwyn|clogwyni|to|tor|graig|rheilffordd)",
    ],
}

CLAUSES: Final[tuple[tuple[str, tuple[str, ...], int], ...]] = (
    # In front of a train or a lorry, with a plan, a thought or a hedge.
    ("self_harm", (_IN_FRONT, _PLAN_OR_HEDGE), 14),
    # At a roadside or a platform edge, waiting for the right one or timing them.
    ("self_harm", (_ROADSIDE, _WAITING), 16),
    # A cord tied or hidden, and tried or kept for when.
    ("self_harm", (_CORD, _CORD_DONE, _CORD_MEANT), 20),
    # A cord kept for when they are ready to end it (said in one message or over two).
    ("self_harm", (_CORD, "(for when (i am|she is|he is|i|she|he) (ready|cant go on)|ready to "
                   "end it|to end it)"), 14),
    # Tablets held back and kept for a day.
    ("self_harm", (_PILLS, _HELD_BACK, _KEPT_FOR), 22),
    # If I was not here, would anyone notice.
    ("self_harm", (_NOT_HERE, _NOBODY_NOTICE), 14),
    # A night decided, and sorry.
    ("self_harm", (_THE_NIGHT, _SORRY), 10),
    # Letters done, and someone who will understand.
    ("self_harm", (_LETTERS, _WILL_KNOW), 10),
    # A high place as "a decent option".
    ("self_harm", (_HIGH_PLACE, "(looking like|looks like|seems like|is|feels like) (a|an|the) "
                   "(decent|good|real|only|easy|easier|best|proper|solid) (option|way out|answer|"
                   "choice|plan)(?! (for|to|if|when|cos|because|the|it|we)(?![a-z]))"), 10),
    # A friend who self-harms, doing it for real on a day.
    ("self_harm", (_FRIEND_HARM, _FOR_REAL), 16),
)
