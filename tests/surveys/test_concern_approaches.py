"""An adult seeking a child out, told with no act yet (issue 13).

``surveys/concern_approaches.py`` reads three shapes the rules had no words for: a man who keeps
asking where a child lives or goes to school, a party or a stay at his place kept from the
child's carers, and a grown-up who gets too close when the child does not want it. Here each is
written in new words beside an ordinary answer in the nearest words; the ordinary answers near
all three are the block "an adult seeking a child out" of ``near_misses.txt``.
"""

from __future__ import annotations

from surveys.concerns import detect
from tests.surveys.chats import near_misses

# (a disclosure in new words, its ordinary twin in the nearest words)
# Read by test_concern_rule_twins.py with every module's pairs.
PAIRS = [
    # a man who wants to know where the child lives or goes to school
    ("a man keeps asking me where i live",
     "the postman keeps asking me where number 12 is"),
    ("some guy on snap keeps asking what school i go to",
     "my cousin on snap keeps asking what game i play"),
    ("this man in a car always asks me where i stay when i walk home",
     "this man in a car always asks me the way to the station when i walk home"),
    ("a bloke at the park keeps asking me where i go to school",
     "a bloke at the park keeps asking me where i got my trainers"),
    # a gathering at his place, kept from the people who look after the child
    ("dont tell your mum about the party at his flat",
     "dont tell your mum about the party at nans, its a surprise"),
    ("dont tell your carer about staying over at the older lads flat ok",
     "dont tell your carer about the present for her birthday ok"),
    ("dont tell mum about the party at his house on saturday",
     "dont tell mum about the party at his house on saturday, its her surprise"),
    ("the party at his flat is saturday and he said dont tell staff",
     "the party at his flat was fun, dont tell my mum i stayed up till 12 lol"),
    # a grown-up too close, and the child not wanting it
    ("he gets really close to me and i dont like it",
     "he gets really close to the goal and i dont like it when he scores"),
    ("my uncle sits really close to me on the sofa and i dont like it",
     "my uncle sits really close to the telly and i dont like it cos i cant see"),
    ("my coach stands right up against me in the changing room when no one is around",
     "my coach stands right next to me at the penalty spot and it puts me off"),
    ("the taxi man gets too close to me and it makes me feel weird",
     "he came close to me in the race and i hate it when he wins"),
]


def test_the_near_misses_written_beside_them_are_all_here_and_silent() -> None:
    block = near_misses("# --- an adult seeking a child out")
    assert len(block) == 16, len(block)
    assert [line for line in block if detect(line, learned=False) is not None] == []
