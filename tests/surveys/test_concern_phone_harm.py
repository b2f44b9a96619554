"""Self-harm, abuse and neglect typed fast on a phone (the eleventh hand's shapes).

``surveys/concern_phone_harm.py`` writes each shape as its parts, the harmful one required: a
train that does not stop and the plan for tonight, a cord tied and waiting for the staff to
sleep; burnt with an iron for a chore; a secure unit threatened every day, wet sheets shown to the
neighbours, a binder binned and deadnaming on purpose; an injury and "stop whinging", insulin or
an inhaler gone for days, children left alone till morning; a hand on the leg going higher. Its
fresh wordings, written before the rules, are batches vc, vd, ve, vf, vk and vl of
``adversarial.txt`` (first sight, rules alone, urgent: 14/31; every line checked urgent).
The ordinary answers nearest all three phone modules' shapes are the block "the eleventh hand's
harm typed on a phone" of ``near_misses.txt``, held silent.
"""

from __future__ import annotations

from pathlib import Path

from bench.safeguarding import lines_of
from surveys import concern_phone_harm
from surveys.concern_clauses import compile_part
from surveys.concerns import normalise
from tests.surveys.chats import (
    batch_texts,
    unreached,
)

ELEVENTH_HAND = Path(__file__).resolve().parent.parent / "corpora" / "eleventh_hand"
# The batches of adversarial.txt written for these rules, and how many lines each holds.
BATCHES = {
    ("neglect", "vc"): 7, ("physical_abuse", "vd"): 5, ("self_harm", "ve"): 6,
    ("emotional_abuse", "vf"): 6, ("sexual_abuse", "vk"): 4, ("domestic_abuse", "vl"): 3,
}

# (a disclosure in new words, its ordinary twin in the nearest words)
# Read by test_concern_rule_twins.py with every module's pairs.
PAIRS = [
    ("the 8.05 doesnt stop at the halt by my school, thats the plan for tonight",
     "the 8.05 doesnt stop at the halt by my school, so the plan is nan drives me"),
    ("ive hung my dressing gown cord up in the cupboard, waiting for my carers to go to sleep",
     "ive hung my dressing gown up in the cupboard, waiting for my carers to go shopping"),
    ("my stepdad held the hot iron against my arm for not folding the towels",
     "my stepdad held the hot iron away from my arm when he showed me how to fold the towels"),
    ("gran says if i keep wetting myself shell have me sent to a home where they beat kids, every"
     " single day",
     "gran says if i keep growing shell have me sent to a home where they have giants lol"),
    ("my foster dad chucked my binder away and keeps calling me she on purpose",
     "my foster dad chucked my old trainers away and bought me new ones, hes so kind"),
    ("my hand has been swollen and wonky since rugby and my carer says stop making a fuss",
     "my hand has been swollen since rugby and my carer took me for an x ray, its healing"),
    ("my little brothers inhaler ran out 3 weeks ago and he is wheezing every night",
     "my little brothers inhaler ran out so we got a new one and he is running every day"),
    ("my foster carer says shell tell my dad im a freak and he will never want me",
     "my foster carer says shell tell my dad im a star and he will be so proud of me"),
    ("the school cab driver keeps stroking my thigh and going further up",
     "the school cab driver keeps singing to the radio and going the long way round"),
]

# Read by test_concern_split_twins.py with every module's splits.
SPLITS = [
    (["school ok", "my brother is diabetic",
      "mum hasnt got his insulin for 4 days and hes shaking"],
     ["school ok", "my brother is diabetic", "mum got his insulin for 4 weeks and hes fine"]),
]

# A second probe, written after the rules by their author (so it measures less than the batches
# written before them did): the rules alone make all of it urgent.
SECOND_PROBE = [
    "my ankle has been a funny shape since saturday and my foster dad keeps saying stop whining",
    "my sisters insulin ran out 3 days ago and she is shaking and being sick",
    "dad goes out drinking and leaves us on our own until the morning, my brother is 3",
    "my teeth have gone black and hurt but mum says we cant afford the dentist",
    "my uncle held the hot iron on my hand because i didnt finish the ironing",
    "the 9.50 fast train doesnt stop at my station, thats my plan for tonight",
    "i keep thinking about stepping out into the traffic on the motorway, it would be quick",
    "i tied a scarf to the top of my wardrobe, waiting for my carers to fall asleep",
    "my carer says shell send me to a secure unit if i dont stop crying, every day she says it",
    "my foster mum binned my binder and keeps calling me him on purpose",
]


def test_every_rule_is_reached_by_a_line_written_for_it() -> None:
    texts = batch_texts(BATCHES) + SECOND_PROBE + [disclosure for disclosure, _ in PAIRS]
    for kind in ("self_harm", "physical_abuse", "sexual_abuse", "emotional_abuse", "neglect",
                 "domestic_abuse"):
        texts += lines_of(ELEVENTH_HAND / f"{kind}.txt")
    assert unreached(concern_phone_harm, texts) == []


def test_the_harmless_readings_of_each_part_stay_apart() -> None:
    # One's own burn at the ironing board, a shirt ironed, a plan that is not for tonight, a home
    # where nobody is hurt.
    burnt = compile_part(concern_phone_harm._BURNT_BY)
    assert burnt.search(normalise("i burnt my hand with the iron")) is None
    assert burnt.search(normalise("she pressed the iron on my school shirt")) is None
    assert burnt.search(normalise("she pressed the iron on my arm"))
    plan = compile_part(concern_phone_harm._MY_PLAN)
    assert plan.search(normalise("so that is the plan")) is None
    sent = compile_part(concern_phone_harm._SENT_AWAY)
    assert sent.search(normalise("have me sent to a home where they have giants")) is None
