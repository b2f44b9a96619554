"""The parts of a disclosure children spread over two or three messages.

A child who types "the bridge by the station" … "went up there last night" … "ill go back when
nobodys watching" tells one thing in three sends, and no part of it reads as harm alone.
``surveys.concerns.detect_across`` joins a message to the one or two before it; what the
third hand's split messages (``tests/corpora/third_hand/split.txt``) showed missing was the
structure such a joined text has, not the joining:

- a named high place × going back when nobody is watching (self-harm);
- not breathing while his hand was "there" (a hand at the throat: physical abuse);
- "he'll do to me what he did to mum" (a threat, with domestic abuse behind it);
- "if I don't, mam gets it" (a threat to family to keep a child doing a task);
- nobody home for days (neglect);
- having to go upstairs with whoever they say (sexual exploitation);
- pictures a man sends of himself with no clothes on (sexual abuse);
- work × not paid in any order, and a passport kept where work is named (trafficking; never a
  carer keeping it "in a drawer so it doesnt get lost").

Each part is written so that it holds in one message too: the joined text is read by the same
rules (without the clusters, which two ordinary messages side by side set off too easily).
``PHRASES`` and ``CLAUSES`` are in the syntax of ``surveys.concern_frames`` and
``surveys.concern_clauses``; ordinary twins are in ``near_misses.txt`` (the block "practices").
"""

from __future__ import annotations

from typing import Final

PHRASES: Final[dict[str, list[str]]] = {
    "physical_abuse": [
        "(couldnt|could not|cant|cannot|can not) breathe (when|while|cos|because) (he|she|they|"
        "[a-z]+) (had|put|held|pressed|squeezed|was squeezing|grabbed|was holding) (his|her|their)"
        " (hand|hands|arm|knee|fingers)",
    ],
    "domestic_abuse": [
        "do (the same )?to (me|us) (what|like) (he|she|they) (did|done|does) to",
    ],
    "coercion": [
        "if i (dont|do not|wont|refuse|say no|tell|stop) (then )?(my )?(mam|mum|family|brother|"
        "sister|nan|little brother|little sister|dad|baby brother|baby sister) (gets|will get|get|"
        "is getting) (it|hurt|done|battered|stabbed|shot)",
    ],
    "neglect": [
        "(nobody|no one|no ones|nobodys) (has been|been|is|has come|come|came) (home|back) (since|"
        "for) ([a-z]+day|[0-9]+ days|days|two days|three days|ages|a week)",
    ],
    "sexual_exploitation": [
        "(have to|has to|had to|got to|make me|made me|makes me|must) (go|going) (upstairs|in the "
        "back|in the bedroom|to a room|into a room|in a room) with (whoever|whichever|who|any|"
        "some|different|the)",
    ],
}

CLAUSES: Final[tuple[tuple[str, tuple[str, ...], int], ...]] = (
    # A grown-up sending the child pictures of himself undressed, often sent in pieces ("keeps
    # sending me snaps" … "of himself. no clothes"). Never a picture of a pet or a holiday.
    ("sexual_abuse", ("(send|sends|sending|sent|keeps sending|showed|shows|showing) me (snaps|"
                      "snapchats|pics|pictures|photos|videos|vids|selfies|images)", "of (himself|"
                      "his body)", "(no clothes|naked|nude|nothing on|without (any |his )?clothes|"
                      "in his (boxers|pants)|his (privates|willy|dick|penis|bits))"), 16),
    # "If I tell, my family will be killed": a threat to the child's family to keep them quiet.
    ("coercion", ("if i (tell|told|speak|talk|go|say|run|leave|dont|do not|stop)", "(my )?(family|"
                  "mum|mam|parents|brother|sister|little brother|little sister|nan) (will|would|is "
                  "going to|are going to) (be |get )?(killed|hurt|harmed|dead|die|battered|shot|"
                  "stabbed)"), 18),
    ("self_harm", ("(bridge|roof|rooftop|tracks|railway|cliff|car park|multi storey|tower|edge|"
                   "quarry|viaduct)", "(when|while|where) (nobody|no one|nobodys|no ones) (is )?"
                   "(watching|looking|around|there|about)"), 22),
    ("trafficking", ("(nail bar|nail salon|car wash|takeaway|restaurant|farm|factory|salon|kitchen|"
                     "work|working)", "(dont|do not|never|not|didnt|did not) (get )?(paid|any "
                     "money|wages)(?! (much|enough|a lot|loads|well|till|until|yet|on time|for|"
                     "extra|more))"), 16),
    ("trafficking", ("(keep|keeps|kept|took|take|takes|have|has|hold|holds) (my|our) (passport|"
                     "passports|papers|documents)(?! (in a|in the|safe|for me|for safe|so it|til"
                     "|until|"
                     "locked|at home))", "(work|working|paid|pay|wages|boss|owe|debt)"),
     20),
)
