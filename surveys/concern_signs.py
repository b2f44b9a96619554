"""More signs of harm from guidance, as frames: what children do and say when they are not safe.

``surveys.concern_indicators`` and ``concern_home_indicators`` hold the signs guidance lists for
each kind of harm; ``surveys.concern_clauses`` finds the parts of a disclosure in any order.
The frames here are the signs a child describes by what they *do* about the harm rather than
by naming it (Working Together to Safeguard Children, NSPCC, the Home Office county lines
guidance): pretending to be asleep, running to the neighbours, a lock on the outside of their
door or on the fridge, a carer they cannot wake, asking not to be sent back, being paid in
clothes, being "used" to move things, a debt to the "hogia" in Welsh.

Same syntax as the other lists (see ``surveys.concern_frames``). English and Welsh.
"""

from __future__ import annotations

from typing import Final

_TOYS = ("(ball|football|pillow|pillows|snowball|snowballs|cushion|teddy|sponge|balloon|"
         "frisbee|bean bag|beanbag)")
_CARERS = ("(my carer|my carers|carer|carers|foster (carer|carers|dad|mum)|the staff|staff|"
           "my step dad|step dad|my dad|dad|my mum|mum)")
_CARRY = ("(move|moving|carry|carrying|sell|selling|hold|holding|deliver|delivering|drop|"
          "dropping|hide|hiding|run|running|stash|stashing)")

SIGNS: Final[dict[str, list[str]]] = {
    "exploitation": [
        "(get|gets|getting|got|am|was|being|been) paid (in|with) (weed|drugs|gear|vapes|"
        "trainers|clothes|phones|food|sweets|fags)",
        f"(get|getting|got|being|been|am|was) used (to|for) {_CARRY}",
        "(carry|carrying|carried|keep|keeping|have|got) (a |my )?(nank|shank|machete|zombie "
        "knife|blade)",
        "(cadw|gadw|cuddio|guddio|cario|gario|dal|symud) (cyllell|gyllell|cyllyll|gwn|cyffuriau|"
        "gyffuriau|pecyn|pecynnau|arian|pres|stwff) __ (ir bois|ir hogia|iddyn|iddo|ir dynion|i "
        "bobl|ar eu rhan)",
        "mae arna i (arian |pres |bres )?(iddyn|iddo|iddi|ir)",
        # "Food", "work" and "ting" are what county lines call the drugs.
        "(hold|holding|held|keep|keeping|kept|stash|stashing|hide|hiding|mind|minding|look after|"
        "looking after|carry|carrying) (their|his|the olders) (food|work|ting|tings|bits|batch)",
        "(go|goes|going|went|sent|take it|take them) where (they|he) (tell|tells|told|send|sends|"
        "sent|want|wants|say|says) (me|us)",
    ],
    "unsafe_home": [
        "(pretend|pretends|pretending|pretended) (to be|im|i am|that im|that i am) asleep",
        "(kill|stab|murder|burn) (us all|all of us|the lot of us|everyone in (the|this) house)",
        "(run|ran|go|went|escape|escaped|fled|flee|get) (to|round to|out to) (the |our )?"
        "(neighbours|neighbour|next door)",
        "(gets|get|got|is|was|becomes|turns|goes|going) (really |so |very )?violent",
        "blood (on|all over) the (walls|wall|floor|carpet|stairs)",
        "(put|puts|putting|kick|kicks|kicking|throw|throws|throwing|chuck|chucks) (me|us) out "
        "(on|onto|in) the (street|streets)",
        "(lock|locks|locked|locking) (my|the) (bedroom |room )?door (from|on) the outside",
        "lock on the outside of (my|the) (bedroom |room )?door",
        "(lock|locks|locked|padlock|padlocks|padlocked) (on )?(the )?(fridge|cupboards|cupboard|"
        "kitchen|food)",
        "(drinks|drinking|drunk|high|been drinking) __ (gets|goes|get|turns|is|becomes) (really |"
        "so )?(nasty|mean|angry|violent|scary|horrible|aggressive)",
        "(dont|do not|never|please dont|pls dont) (send|take|make) me (go )?back (there|home|to)",
        "(rather|prefer to|prefer) __ than (go|going|be|being) (back|home)",
        "(cant|cannot|can not) go (back )?home (because|cos|he is|she is|they are|while|when|if|"
        "with)",
        "something (is|feels|was) (wrong|not right|off) (there|at home|at my placement|in (that|"
        "this|the|my) (house|home|placement))",
        "so i (dont|do not|wont) have to (be|go|stay) (at |back )?(home|there|in the house|near "
        "(him|her|them))",
        "(put|push|pushed|pushing|putting|drag|dragged|move|moved|shove|shoved) (my|the|a) [a-z]+ "
        "(against|behind|in front of|under) (the|my) (door|bedroom door|door handle)",
        "(not|isnt|is not|never|no longer) a (safe) (place|home|house)",
        "worried (about )?what (will|might|is going to|could|would) happen",
        "(dont|do not) like (how|the way) (he|she|they) (looks|look|stares|stare) at me",
        "(think|scared|worried|afraid|know) (that )?(i will|ill|i am|im|i might|i would) (be )?"
        "next",
        f"{_CARERS} _ (hits|beats|hurts|kicks|slaps|hit|beat|hurt) (the other|other|my foster) "
        "(kids|children|boys|girls|brother|sister)",
        "(said|says|threatened|threatens|going to|gonna|will|would) __ use (it|the knife|a knife|"
        "that|the bat|a bat|his belt|the belt) on (me|us|mum|my mum)",
        "(lock|locks|locked|locking) (the|all the|my) (doors|door|windows|room|bedroom) (so|and) "
        "(i|we) (cant|cannot|can not|couldnt) (get out|leave|go out|escape)",
        "(cant|cannot|can not) (live|stay|be) (there|here|at home|in that house|with (him|her|"
        "them)) (anymore|any more|any longer)",
        "(let|can) me (stay|live) (somewhere else|with someone else|anywhere else)",
        "(dont|do not|never) want to (go|be|live) back (to|at|with) __",
        "(scary|scares me|frightening|nasty) when (he|she|they) (drinks|drink|is drunk|gets drunk|"
        "has been drinking)",
        "ofn bod (yn y ty|adre|gartre|gartref)",
        "pan (mae|maen) (o|e|hi|nhw|dad|mam) (wedi meddwi|yn feddw)",
        "(ddim|dim) (eisiau|isio|moyn) mynd (yn ol|nol) (ir ty|yna|adre|yno|ato|ati|atyn)",
    ],
    "neglect": [
        "(is|are|gets|get|was|always) (out of it|off (her|his|their) (head|face))",
        "(cant|cannot|couldnt|can not) wake (her|him|them|mum|dad|my mum|my dad|my mam)"
        "(?! up (for|in time))",
        "(dont|do not|havent|have not) (have|got) (a |any )?(beds|bed|mattress|blankets|duvet|"
        "sheets)", "(sleep|sleeping|slept) on (coats|a coat)",
        "(nobody|no one) (has )?(washed|washes|cleaned|cleans) my (clothes|uniform)",
        "(never|hardly ever|rarely) (have|get|got) (any )?(food|dinner|tea|breakfast|meals|"
        "anything to eat)", "(dont|do not) (have|get|got) (any|enough) (food|dinner|tea|"
        "breakfast|meals)",
    ],
    "self_harm": [
        "(stood|standing|stand|sat|sitting|waited|waiting) (by|next to|near|at) the (train line|"
        "tracks|train tracks|railway|railway line|edge of the (bridge|roof|cliff))",
    ],
    "physical_abuse": [
        # Not a pillow or a ball in play (``surveys.concern_slots.TOYS``).
        f"(chucked|chucks|chuck|lobbed|hurled|threw|throws|throw) (a|the|his|her) (?!{_TOYS} )"
        "[a-z]+ at my (head|face)",
        "(got|get|gets|given|getting) the (belt|slipper|cane|strap|wooden spoon)",
        "(digs|dug|dig|digging) (her|his|their) (nails|fingernails|fingers) (in|into)",
    ],
    "sexual_abuse": [
        "where (my )?(swimsuit|swimming costume|costume|pants|underwear) (goes|covers|go|cover)",
    ],
    "emotional_abuse": [
        "(nobody|no one|noone) (will|would) (ever )?(want|love|like) a (kid|child|girl|boy|"
        "person) like (me|you)",
        "(im|i am|i was|me|its me) the reason (everything|it all|things) (went|goes|is|go) "
        "(wrong|bad)",
    ],
    "trafficking": [
        "(clean|cleaning|cook|cooking|work|working|look after|looking after|mind|minding) __ "
        "instead of (going to |being at )?(school|college)",
    ],
    "missing": [
        "(didnt|did not|without) (tell|telling) (anyone|anybody|my carers|them|nobody) __ (days|"
        "nights|where i (was|am))",
    ],
    "domestic_abuse": [
        "(pinned|pins|pin|held|holds|pushed|shoved|slammed) (mum|my mum|her|mam|my mam) (to|"
        "against|up against|into) the (wall|door|floor)",
        "(mums|my mums|mams|my mams) (got|has|had|gets) (bruises|a black eye|marks|cuts|blood)",
    ],
    "bullying": [
        "(shoving|pushing) me (around|about)", "(slag|slagging|slags|slagged) (me )?off",
    ],
    "upset": [
        "(want|need|would like|wish i had) (someone|somebody|a person|an adult) to (talk|speak) to",
    ],
}
