"""Self-harm, abuse at home and neglect read by their structure (issue 13).

``surveys.concern_self_harm_signs``, ``concern_family_harm_signs`` and ``concern_neglect_signs``
write each shape the third hand's corpus showed missing as a structure. Each test pairs a
disclosure in words none of the corpora use with its ordinary twin, the same place, method or
words in an everyday answer: the first must get the urgent reply from the rules alone, the
second must raise nothing at all.
"""

from __future__ import annotations

import pytest

from surveys.concerns import URGENT, detect

# (structure, a disclosure in new words, its ordinary twin)
PAIRS = [
    # --- self-harm ---
    ("a high place and a thought of going over",
     "the bridge by the canal, i keep picturing climbing over the railings when i walk the dog",
     "we walked the dog over the bridge by the canal and saw a heron"),
    ("a high place and looking down",
     "theres a flyover near college, i stand there most nights and just stare down at the cars",
     "we went up the tower on the school trip and the view was amazing"),
    ("hoping not to wake",
     "every night i pray i wont wake up tbh",
     "i hope i wont wake up late tomorrow cos its my exam"),
    ("hoping a car hits them",
     "i cross without looking now, hoping a van will hit me",
     "i cross at the lights now so a car doesnt hit me"),
    ("affairs put in order",
     "i wont be here after the summer, ive sorted everything",
     "i wont be here after the summer cos were moving to wales"),
    ("a named medicine and how many",
     "how many of my nans diazepam would it take",
     "how many of my nans diazepam does she take a day, she keeps forgetting"),
    ("drinking something that poisons",
     "last night i drank some of the toilet cleaner",
     "we did an experiment with toilet cleaner in science"),
    ("medicine stopped on purpose",
     "ive stopped taking my meds on purpose so my heart just stops",
     "i stopped taking my hay fever tablets cos summer is over"),
    ("something sharp on their own skin",
     "found a blade in the sharpener and ran it across my wrist",
     "i found the sharpener blade under my desk and gave it to sir"),
    ("wanting to be with someone who died",
     "i just wanna go to heaven so i can be with my mam again",
     "we sang a song about heaven at my grandads funeral"),
    # --- physical abuse ---
    ("held down until they cannot breathe",
     "the staff lay on my back on the floor and i couldnt breathe",
     "my cat lay on my back on the sofa and purred"),
    ("hair pulled out",
     "my carer ripped out a load of my hair cos i answered back",
     "i had my hair cut short and it looks good"),
    ("a limb bent back",
     "step dad twisted my arm up my back till i cried",
     "i twisted my ankle at netball and had to sit out"),
    ("tied up",
     "they taped my hands together and left me in the bathroom",
     "we taped our posters to the wall in the classroom"),
    ("a baby shaken",
     "mums boyfriend shook my baby sister when she was crying",
     "we shook the baby rattle and she laughed"),
    # --- sexual abuse ---
    ("a game they are made to play",
     "my stepbrother made me play a game in his bed and said its private",
     "my brother made me play his game on the xbox all night"),
    ("watched in the bath",
     "when im getting changed her boyfriend just stands there and wont go",
     "when im getting changed for pe i use the toilets"),
    ("hurting because of what someone does",
     "my bum is sore cos of what uncle does at night",
     "my leg is sore cos i fell off my bike"),
    ("messages about their body, to be hidden",
     "my carers mate messages me saying im fit and to delete the chat",
     "my best friend said my new trainers look fit"),
    # --- emotional abuse ---
    ("a death laid on the child",
     "my stepmum tells me all the time i killed my dad",
     "my stepmum tells me all the time i look like my dad"),
    ("eating apart while the family eats",
     "i have to eat in my room by myself while they all eat together downstairs",
     "i ate in my room by myself cos i was watching a film"),
    ("shut in the dark",
     "they lock me in the shed when im bad",
     "we keep the bikes locked in the shed"),
    ("never seeing someone again if they tell",
     "if i tell anyone what happens here theyll make sure i never see my mum",
     "if i tell my mum about the party she'll be happy"),
    ("a parent's suicide laid on them",
     "mum said she will kill herself if i dont come home and it will be my fault",
     "mum said she will be really pleased if i come home for christmas"),
    ("a threat to harm, laughed off",
     "she keeps saying she will strangle me in my bed then says only joking",
     "she keeps saying she will make me a cake for my birthday"),
    ("screamed at in the face",
     "my foster dad shouts right into my face every night",
     "my foster dad shouts at the telly every night when the football is on"),
    ("a bad spirit beaten out",
     "they say theres an evil spirit in me and they try to beat it out of me",
     "we read a story about an evil spirit in english"),
    # --- neglect ---
    ("no power or heat, and how long",
     "the lecky got cut off on friday and we have been using candles",
     "the lecky got cut off for ten minutes at school"),
    ("stealing food so the little ones eat",
     "i nick bread from the corner shop so my sisters have something to eat",
     "my sister nicked my crisps at lunch"),
    ("no adult since days ago",
     "nobody has come home for days, its just me and my brother",
     "nobody came to my party cos it snowed"),
    ("the one adult collapsed",
     "mum collapsed in the bathroom and its just me here",
     "mum collapsed on the sofa after work and fell asleep"),
    ("hurt or ill and no doctor",
     "my arm is swollen and purple but dad cant be bothered to take me to the doctor",
     "my arm is swollen so dad took me to the doctor"),
    ("medicine run out and nobody getting more",
     "my insulin ran out and nobody has got me more",
     "my insulin pen ran out so the nurse gave me a new one"),
    ("a wound left to go bad",
     "the burn on my hand has gone yellow and smells, its been weeks",
     "my sunburn has gone and my skin is fine now"),
    ("a baby's nappy never changed",
     "no one ever changes my baby brothers nappy",
     "i help change my baby brothers nappy"),
]


@pytest.mark.parametrize(
    ("structure", "disclosure", "ordinary"), PAIRS, ids=[pair[0] for pair in PAIRS]
)
def test_a_disclosure_is_urgent_and_its_ordinary_twin_is_quiet(
    structure: str, disclosure: str, ordinary: str
) -> None:
    concern = detect(disclosure, learned=False)
    assert concern is not None, f"{structure}: missed {disclosure!r}"
    assert concern.level == URGENT, f"{structure}: {concern.categories}"
    assert detect(ordinary, learned=False) is None, f"{structure}: {ordinary!r} raised an alert"
