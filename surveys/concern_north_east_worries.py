"""Worries told in the North East's, Cumbria's and Yorkshire's words: bullying and being low.

The sixteenth hand's North East third told its worries in the voice's grammar ("they call us",
"nobody lets us", "keep hoyin mi bag") and its words ("marras", "mardy", "gan hyem"); the
older worry rules read "me". Each here is a worry (an alert, never urgent):

- bullying: other children (lads, lasses, kids, "they") who call the child a name day after day,
  at school, on the bus or since a move; push or shove the child in a corridor, a queue or a
  line, knocking a bag or a tray; throw the child's things out of a window or over a fence
  most days; say a parent did not want the child; will not let the child sit or play with
  them; a fake account made of the child;
- being low: "angry all the time" or "feel dead lonely" said of oneself at a message's start;
  never told why the child is in care; missing mates or family from an old place; wishing to
  go back home or to a mother's; "mardy" or angry all the time; worried about a grandparent
  who is poorly and not being taken to see them.

Each asks for who does it and how often, or for the child as the one who misses or wishes: "my
nan calls us her angels", "they call us the dream team in PE", "nobody lets us sit on the back
seat, teacher's rules", "missing my mates from the team while I'm injured" stay quiet. Their
fresh wordings are the ``WORRIES`` of ``tests/surveys/test_concern_north_east.py``; their
ordinary neighbours are in the block "sixteenth hand, North East" of
``tests/corpora/near_misses.txt``. Same syntax as ``surveys.concern_frames``.
"""

from __future__ import annotations

from typing import Final

_PEERS = ("(they|lads|lasses|kids|girls|boys|people|everyone|everybody|a lad|a lass|some lad|"
          "some lass|the lads|the lasses|the kids|the girls|the boys|this lad|this lass)")
_WHERE_WHEN = ("(every day|every single day|al the time|most days|every morning|every time|"
               "(in|at|on) (pe|class|form|the corridor|the playground|maths|english|break|"
               "dinner|school|the bus|the school bus|my new school|me new school)|since (i|a) "
               "(moved|came|started))")
_CALLED = (f"{_PEERS}( [a-z]+){{0,4}} (call|calls|calling|keep calling|keps calling|keep "
           "caling|cal|cals) (me|us)(?! (in|over|up|back|for|to|when|at|the (dream team|"
           "legends|champions|best)))( [a-z]+){1,8} " + _WHERE_WHEN)
# The place first: "lads at school call us a charity case cos I'm in care".
_CALLED_THERE = (f"{_PEERS} (at|in|on) (school|class|form|pe|the bus|my new school|me new school|"
                 "college)( [a-z]+){0,2} (call|calls|keep calling|cal|cals) (me|us) "
                 "(?!(legends|heroes|champions|the best|mint|class|sound|the dream team) )"
                 "([a-z]+ ){1,3}(because|since) (i|a|am|i am)")
_SHOVED = ("(keeps|keep|kep|keps) (pushing|shoving|tripping|barging|elbowing) (me|us)( [a-z]+)"
           "{0,2} in the (corridor|corridors|playground|line|queue|dinner queue|dinner hall|lunch "
           "queue|changing room|changing rooms|lunch hall)( [a-z]+){0,2} (and|n) (knocking|"
           "knockin|chucking|hoying)")
_THINGS_THROWN = ("(hoy|hoys|hoying|chuck|chucks|chucking|throw|throws|throwing|lob|lobs|"
                  "lobbing) (my|me|us) (hat|bag|coat|pencil case|shoes|phone|books|blazer|pe "
                  "kit|jumper) (out|over|into|in) the (window|fence|bin|river|canal|road|dyke|"
                  "hedge)( [a-z]+){0,3} (most days|every day|every morning|every time|al the "
                  "time|every break)")
_NOT_WANTED = ("(keep|keeps|kep|keps) (saying|telling (me|us))( that)? (my|me) (mam|mum|dad|"
               "mom|parents|family) (didnt|doesnt|never|dont) (want|wanted|love|loved|care "
               "about) (me|us)(?! to)")
_LEFT_OUT = ("(nobody|no one|noone) (lets|will let) (me|us) (sit|play|hang about|hang around|"
             "join in|go)( [a-z]+)? (with|wi) (them|em)")
_FAKE = ("(made|making|set up|started) a fake (insta|account|tiktok|snap|profile|page) of (me|us)"
         "(?! (dog|cat|rabbit|hamster|horse|pony|pet|band|team|class))")

# Missed "back in" an old place or "from my old" one: not "I miss my family but now we call".
_MISSING_MATES = ("(missing|mising) (my|me) (mates|friends|family|brothers|sisters|nan|nana|mam|"
                  "mum) (back (in|at|home)|from (my|me|the) old)")
# Geordie "a could" or "gan": not "I wish I could go home to my mum but I know I can't yet".
_WISH_HOME = ("(wish|wished) (a could (go|gan)|(i|a) could gan)( back)? (home|hyem|hame|to (my|me) "
              "(mams|mums|dads|nans|old house|family))")
_MARDY = ("(i am|im|am) (that |so |dead |proper )?(mardy|angry|raging|narky) (al the time|"
          "every day|constantly)")
_WORRIED_ABOUT = ("(worried|worry|worrying) about (my|me) (nan|nana|grandad|granda|mam|mum|dad|"
                  "brother|sister)( [a-z]+){0,4} (poorly|ill|sick|in hospital|not well)( [a-z]+)"
                  "{0,4} (cant|can not|wont|nobody wil|no one wil|nobodyl) (get|take|let)")

# Said at the start of a message, with no "I" ("angry aal t' time", "feel dead lonely at t' new
# placement"): the child's own feeling, not a sister's or the dog's.
_FEELING_FIRST = ("(?<![a-z0-9 ])((angry|mardy|raging|narky) al the time(?!( [a-z]+){0,4} (at|"
                  "about) (fifa|the game|losing|the match))|feel (dead |proper |so |really )?"
                  "lonely)")
# Never told why the child is in care.
_NEVER_TOLD_WHY = ("why (i am|im|a am) in care( [a-z]+){0,4} (nobody|no one|noone)s?( has)? "
                   "(ever )?(told|explained)")

PHRASES: Final[dict[str, list[str]]] = {
    "bullying": [_CALLED, _CALLED_THERE, _SHOVED, _THINGS_THROWN, _NOT_WANTED, _LEFT_OUT, _FAKE],
    "upset": [
        _MISSING_MATES, _WISH_HOME, _MARDY, _WORRIED_ABOUT, _FEELING_FIRST, _NEVER_TOLD_WHY,
    ],
}
