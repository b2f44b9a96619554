"""Going missing and domestic abuse witnessed, as the shapes a blind corpus showed missing.

The third hand's corpus (``tests/corpora/third_hand``) found the rules knew "went missing" and
"he hits mum" but not the way children tell the rest (the Home Office statutory guidance on
children who run away or go missing; the Domestic Abuse Act 2021's statutory guidance on
coercive control and on children as victims):

- going missing: sleeping where nobody sleeps (a bus shelter, stairwells, "wherever"); hiding
  out all night so as not to go back; days gone and the phone taken; a lift arranged online
  for tonight; having to go whenever "they" ring; Welsh "didn't sleep at home from Friday";
- domestic abuse: another black eye "off him"; a mum made to ask before she eats, her phone
  checked, a tracker on her car; a man back in the house who is not allowed near them;
  "if I tell what he does to her"; a threat to take the children where she will never see
  them; something smashed over her head.

``PHRASES`` are in the syntax of ``surveys.concern_frames``; ``CLAUSES`` are ``(category,
parts, window)`` for ``surveys.concern_clauses``. Fresh wordings and their ordinary twins are
in ``tests/corpora/structure.txt`` and ``near_misses.txt`` (the block "practices").
"""

from __future__ import annotations

from typing import Final

# Mum, or whoever at home is being hurt, as the owner of a phone or a car ("mums phone").
_HERS = "(mums|my mums|mams|my mams|her|my nans|nans|my step mums)"
# Somewhere nobody sleeps by choice.
_ROUGH = ("(bus shelter|bus stop|stairwell|stairwells|stairs|woods|forest|garages|park bench|"
          "bench|benches|subway|shop doorway|doorways|night bus|night buses|multi storey|car "
          "park|skate park|play park)")
# Not going back to where the child lives.
_NOT_BACK = ("(not|never|wont|will not|i am not|im not) going (back|home)( (there|to (the|my|that) "
             "(placement|foster [a-z]+|carers|house|home|unit|childrens home|care home)))?")

PHRASES: Final[dict[str, list[str]]] = {
    "missing": [
        f"(slept|sleep|sleeping|sleeps|kip|kipping|kipped|crash|crashing|crashed|stayed|staying) "
        f"(in|at|on|under) (the |a |some )?{_ROUGH}",
        "(sleep|sleeping|slept|kip|kipping|kipped|crash|crashing|crashed) (wherever|anywhere|"
        "where ever i can|rough|on the streets)",
        "(rough sleeping|sleeping rough|sleep rough|slept rough)",
        "so i (didnt|did not|dont|do not|wouldnt|would not) have to go (back|home)",
        "(hid|hide|hiding|hidden|slept|sleeping) (in|under|behind|at) (the |a |some )?[a-z]+( "
        "[a-z]+)? (all night|overnight|til morning|until morning|all weekend)",
        "(i was|i have been|ive been|been|was|were|we were) (gone|missing) ([0-9]+|two|three|four|"
        "five|six|seven|a few|several|a couple of) (days|nights|weeks)",
        "(took|take|takes|taken|smashed|kept|keep|keeps) my phone (off me )?so i (couldnt|could "
        "not|cant|cannot|can not) (ring|call|contact|text|phone|message) (anyone|anybody|my|for "
        "help|the police|home)",
        "when (they|the (man|men|boss|olders|lads|boys)) (ring|rings|call|calls|text|texts|"
        "message|messages) (me )?(i|we) (have to|has to|got to|must|need to) (go|come|leave)",
        "(no idea|dont know|do not know|cant remember|dont remember|didnt know) where i (was|"
        "went|been|slept|stayed|ended up)(?! (going|doing|wrong|meant|supposed))",
        "(i have been|ive been|been|was|were) (gone|missing) since [a-z]+day",
        "(nobody|no one|no ones) (has )?(come|came|comes|been) (looking|to look) for me",
        "(go|goes|went|going|gone|disappear|disappears|disappeared) off with __ (for )?(days|"
        "nights|a few days|the weekend|all night|all weekend|a week)",
        "(staying|stayed|sleeping|slept|crashing|kipping) (at|in|with) (random|strange|strangers|"
        "different|other|older|some) (peoples |mens |guys )?(houses|flats|places|people)",
        "(ddim|heb|dim) (cysgu|gysgu|aros) (adre|adref|gartre|gartref|yn y ty) (o|ers|am|tan|"
        "neithiwr|heno|nos)", "dim syniad (lle|ble) (on i|roeddwn i|oeddwn i|own i|oni|bues i)",
    ],
    "domestic_abuse": [
        "(mums|mams|mum has|mum is|mam has|she has|she is|her|nans|my mum has|my mam has) (got |"
        "had |has |gets |got another |another )?(another|a new|more|fresh|new|a) (black eye|"
        "bruise|bruises|fat lip|cut lip|split lip|broken nose|broken arm|broken wrist|mark|marks) "
        "(off|from|cos of|because of|after) (him|her|them|dad|my dad|step dad|his|[a-z]+s "
        "(boyfriend|girlfriend|partner))",
        # Coercive control: asking before she eats, her phone checked, a tracker on her car.
        "(makes|made|make) (mum|my mum|mam|my mam|her|my nan) (ask|beg) (him |her )?(before|for "
        "permission|permission|to)", "(she|mum|mam|my mum) (has to|had to|must) ask (him|her) "
        "(before|for permission|permission|if she can)",
        f"(checks|check|checked|goes through|went through|reads|read) {_HERS} (phone|messages|"
        "texts|bank|purse) __ (every|all the time|goes mental|goes mad|kicks off|if she|when she)",
        "(goes mental|goes mad|kicks off|loses it|lost it|went mental|went mad) (if|when) (she|mum"
        "|mam|my mum) (has )?(talked|talks|speaks|spoken|goes out|went out|sees|texts|texted)",
        f"(tracker|tracking app|spy app) on {_HERS} (car|phone)",
        f"(smashed|smashes|broke|breaks|took|takes|hid|hides|snapped|snaps) {_HERS} (phone|sim|"
        "charger) (so|and) (she )?(cant|cannot|can not|couldnt|could not) (call|ring|phone|contact|"
        "text|get help)",
        f"(hides|hide|hid|covers|cover|covered|covering) {_HERS} (bruises|bruise|black eye|marks|"
        "cuts) (with|under|so)",
        "(cariad|partner|gwr|boi|sboner) (mam|fy mam) (wedi |yn )?(ei )?(tharo|taro|daro|churo|"
        "curo|guro|brifo|frifo|chicio|cicio|gwthio|wthio)",
        "(threw|throws|poured|pours|chucked|chucks) (a |the )?(cup of tea|cup of coffee|hot drink|"
        "boiling water|kettle|glass|drink|bottle|plate|chair) (over|at|on) (mum|dad|my mum|my dad|"
        "mam|my mam|her|him|my step (dad|mum))",
        "turns up wherever (we|she|mum) (go|goes|are|is)",
        "(take|takes|taking|took) (us|me|the kids|my (brother|sister|brothers|sisters)|them) "
        "(away )?(from her |off her )?(and|so|then) (she|mum|mam|my mum|my mam|her) (will |would |"
        "is going to )?(never|not|wont|wouldnt|will not) (see|get|have) (us|me|them) (again|back)",
        "(smashed|smash|smashes|broke|breaks|hit|hits|threw|throws|cracked) (a |the )?(bottle|"
        "glass|plate|chair|mug|vase|pan|phone|iron|lamp|cup) (over|on|across|at) (her|mums|my "
        "mums|mams|my mams) (head|face|back)",
    ],
}

CLAUSES: Final[tuple[tuple[str, tuple[str, ...], int], ...]] = (
    # A night out somewhere rough, and not going back.
    ("missing", (f"(slept|sleep|sleeping|kipped|stayed|staying|been|was) (in|at|on|under) (the "
                 f"|a |some )?{_ROUGH}", _NOT_BACK), 14),
    # A lift arranged online for tonight.
    ("missing", ("(running|leaving|going|off|bolting|do one|doing one|gone) (away )?(tonight|"
                 "later|tomorrow)", "((lift|ride) (sorted|arranged|booked|off|from|with|is)|(off|"
                 "from|on) (insta|instagram|snap|snapchat|tiktok|telegram|discord|online)|(a|some|"
                 "this) (man|guy|lad|bloke) (is )?(picking|coming|getting|meeting))"), 12),
    # A man not allowed near them, back in the house.
    ("domestic_abuse", ("(not allowed|isnt allowed|is not allowed|banned|not meant|not supposed) "
                        "(to come |to be |to go )?(near|around|round|to see|to contact|near to) "
                        "(us|me|mum|her|our house|the house|my mum|mam)|court order|restraining "
                        "order|non molestation|injunction|bail conditions|(meant|supposed) to stay "
                        "away", "(back (living|home|in|at|with)|living (at|with)|at ours|comes"
                        " round"
                        "|came round|turns up|turned up|turning up|keeps coming|out of (prison"
                        "|jail)"
                        "|staying (at|with))"), 18),
    # An ex who says he will find them.
    ("domestic_abuse", ("((mums|her|dads|my mums|his|my dads) ex|ex (boyfriend|girlfriend|partner|"
                        "husband|wife)|the ex)", "(going to|gonna|will|is going to) (find|track "
                        "down|hunt down|come for|come after|get) (us|her|mum|mam|my mum)"), 16),
    # Telling what he does to her.
    ("domestic_abuse", ("if i (tell|told|say|said)", "what (he|she|they|dad|my dad|[a-z]+) (does|"
                        "did|do|has done) to (her|mum|mam|my mum|my mam)"), 14),
)
