"""Family life and play that borrow the words of harm: set aside, their twins kept.

``surveys/concern_everyday_home_life.py`` sets aside a passport photo, unpaid help on a
relative's farm, a younger age said for a cheaper ticket, a mate's phone held at football, a
hug round the neck, a chair against the door for the cat, hide and seek where nobody came and
a carer who "will kill me" over an untidy room. Here: each ordinary answer raises nothing
(learned layer included), and the disclosure that shares its words (a passport kept, a man
who does not pay, the police asking, a phone that rings with a job, hands that squeeze, a
stepdad coming in, a night out, a threat to keep quiet) stays urgent from the rules alone.
"""

from __future__ import annotations

from surveys.concerns import URGENT, detect

# (structure, ordinary answer that must raise nothing, disclosure that must stay urgent); read
# by test_concern_set_aside_twins.py with every set-aside's.
PAIRS = [
    ("a passport photo",
     "got my passport photo done and the lady made me take my glasses off and not smile",
     "i had my passport photo taken and then the man kept my passport"),
    ("a passport photo, a passport taken",
     "i had my passport photo taken and they made me take my glasses off",
     "they took my passport and i have to work for them to pay it back"),
    ("a relative's farm",
     "i help on my uncle's farm at weekends, he doesnt pay me, its fun",
     "i work on a farm for a man who keeps my passport and doesn't pay me"),
    ("a relative's farm, kept there",
     "i work on our family farm feeding the sheep, i dont get paid its just helping",
     "i help on my uncles farm and he doesnt pay me and keeps my passport"),
    ("a relative's farm at night",
     "i help my grandad on his farm, he doesn't pay me but i get to drive the tractor",
     "i help on my uncles farm at night and he doesnt pay me"),
    ("a younger age for a ticket",
     "mum told me to say I'm 12 at the cinema so the ticket was cheaper",
     "my uncle told me to say i'm 12 if the police ask at the bus station"),
    ("a younger age for a ticket, then asked",
     "my mum told me to say i'm 12 on the bus so i get the child fare",
     "mum told me to say im 12 at the cinema and if the social worker asks say im 16"),
    ("a younger age, older",
     "mum said to say im 11 at the cinema so it was cheaper lol",
     "the man told me to say i'm 18 if the police ask"),
    ("a mate's phone at football",
     "my friend made me hold his phone while he played footy",
     "he made me hold his phone while he played football and when it rang i had to take a bag "
     "to someone"),
    ("a hug round the neck",
     "she put her arms round my neck and gave me a hug",
     "he put his hands round my neck and squeezed"),
    ("a hug round the neck, squeezed",
     "my little brother grabbed me round the neck for a hug",
     "he grabbed me round the neck for a hug and squeezed so hard i couldnt breathe"),
    ("a chair against the door for the cat",
     "i put a chair against the door to keep the cat out",
     "i put a chair against the door to keep the cat out and my stepdad still gets in at night"),
    ("a chair against the door at night",
     "i push a chair against my door at night cos the cat keeps coming in",
     "i put a chair against my door at night cos my stepdad keeps coming in"),
    ("a chair against the door, someone else",
     "we put a chair against the door to stop the cat getting out",
     "i put a chair against the door so he cant get in, the cat sleeps with me"),
    ("hide and seek where nobody came",
     "we played hide and seek and nobody came looking for me",
     "we played hide and seek and nobody came looking for me all night"),
    ("hide and seek, hiding for real",
     "playing hide and seek no one came to find me for ages lol",
     "i hid in the shed all night and nobody came looking for me"),
    ("a joke about a room",
     "my foster dad is gonna kill me if i dont tidy my room lol",
     "he will kill me if i dont tidy my room and do what he says"),
    ("a joke about being late",
     "my carer will kill me if i'm late for tea again lol",
     "my carer said if i tell anyone he'll kill me"),
    ("a boxing coach's prove i'm ready",
     "my boxing coach says i have to prove i'm ready before i can spar",
     "he says i have to prove i'm ready by carrying a bag for them"),
    ("laughing till i couldnt breathe",
     "we laughed so hard i couldnt breathe",
     "he pushed my face in the pillow and i couldnt breathe"),
    # A squeeze round the neck until they could not breathe is urgent whoever did it and
    # however it began (surveys/concern_hedged_harm_abuse.py).
    ("a hug round the neck, a friend who squeezed",
     "my best mate hugged me round the neck when we won",
     "my friend hugged me round the neck and squeezed till i couldnt breathe"),
    ("a hug round the neck, squeezed too tight",
     "my little brother hugged me round the neck so tight lol",
     "she put her arm round my neck and squeezed so hard i couldnt breathe"),
    # Plants under lamps in a loft to water: a cannabis farm (surveys/concern_control.py); a
    # lab, a greenhouse or a conservatory is not.
    ("tomato plants under lamps",
     "in science we have tomato plants growing under big lamps in the lab",
     "there are plants growing under lamps in my uncles loft and i have to water them"),
    ("plants under lamps at home",
     "my nan has plants under lamps in her conservatory and i water them when she is away",
     "he keeps plants under big lights in the attic and makes me water them after school"),
]


def test_a_set_aside_never_hides_other_harm_in_the_same_message() -> None:
    found = detect("my carer will kill me if i dont tidy my room, he hits me with a belt",
                   learned=False)
    assert found is not None and found.level == URGENT
    assert "physical_abuse" in found.categories
