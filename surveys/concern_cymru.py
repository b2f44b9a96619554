"""Sexual, physical and emotional harm and threats told in Welsh as a child in care types it.

The fourteenth blind hand (``tests/corpora/fourteenth_hand``) wrote a third of every file in
Welsh as children type it: informal, north and south words, English words mid-sentence, and the
mutations right or dropped ("nath o neud fi gyffwrdd o", "nath hi dynnu fy ngwallt",
"bydd e'n lladd y ci"). The older Welsh lists hold a verb of harm mostly in its plain form and
beside one pronoun. This module reads the *verb of harm in any of its mutated forms*
(:func:`mutated`: soft, nasal and aspirate, as the word before it calls for) beside the part
that makes it harm, never the verb alone (a ball thrown at the wall, photos in the bath as a
baby, "she'll kill me" over make-up, a snake touched at the zoo are everyday):

- sexual abuse: "made me" (``neud i fi``, ``gorfodi fi``) × undress (trousers, clothes, top) ×
  filmed, photographed, touched or in private; made to touch him × under a blanket, in the car,
  in the bed, while others sleep, "our game" or "tell no one"; his hand under or down my
  clothes; photos of me in the bath or with no clothes × a secret, posting or sending;
- physical harm: a blow in a Welsh verb (thrown, choked, hit, kicked, punched, banged, dragged,
  hair pulled) × a person or a part of one (never the child's own "nes i") × blood, plaster,
  bruises, the wall, across the room, down the stairs, hospital; a baby shaken × hard, crying,
  the head going back and forth or sleeping a lot; a slap given × blood or every time; a try at
  choking someone;
- threats: "if I tell", "if I say no", "if I phone" or "if I leave" × he, she or they will kill,
  drown, burn, stab, break or set alight a person, a pet or the house; "threatened to" × the
  same; "or he'll stab me".
- emotional harm: shouted at × crying × filmed × shown or posted; a scare at night (out of the
  dark, a mask, a knock at the window, a hand from under the bed) × at night × a laugh when the
  child screams or cries; told it is the child's fault a parent or grandparent died;
- going missing: hidden × when the social worker or the police call;
- sexual exploitation: to sleep with his friends or mates × a boyfriend, or things bought or paid.
- worries: lonely, wanting to cry for no reason, angry all the time, a new worker or home again
  and not liking the change; laughed at for speaking Welsh or for an accent, a photo or a video
  of the child posted with nasty things written, told by other children that the child stinks.

Exploitation, trafficking, neglect, radicalisation, self-harm and harmful practices in Welsh are
in ``surveys.concern_cymru_lives``; the Welsh third's ordinary answers the older rules read as
harm are set aside in ``surveys.concern_everyday_cymru``. Fresh wordings of each shape, written
before the rules, are batches sa to sh of ``tests/corpora/adversarial.txt``; the ordinary answers
nearest them are the block "fourteenth hand Welsh" of ``tests/corpora/near_misses.txt``. Same
syntax as ``surveys.concern_frames``; Welsh in its ordinary spelling (squeezed as texts are).
"""

from __future__ import annotations

from typing import Final

# --- Welsh mutations ----------------------------------------------------------------------------

# The first letters a mutation changes, longest first ("ll" before "l" would be, "rh" before "r").
_SOFT = (("ll", "l"), ("rh", "r"), ("p", "b"), ("t", "d"), ("c", "g"), ("b", "f"), ("d", "dd"),
         ("g", ""), ("m", "f"))
_NASAL = (("p", "mh"), ("t", "nh"), ("c", "ngh"), ("b", "m"), ("d", "n"), ("g", "ng"))
_ASPIRATE = (("p", "ph"), ("t", "th"), ("c", "ch"))


def forms(word: str) -> list[str]:
    """``word`` and its soft, nasal and aspirate mutations ("taflu": "daflu", "nhaflu",
    "thaflu"), as a child may type it after "nath hi", "fy" or "a"."""
    found = [word]
    for table in (_SOFT, _NASAL, _ASPIRATE):
        for first, becomes in table:
            if word.startswith(first):
                found.append(becomes + word[len(first):])
                break
    return list(dict.fromkeys(found))


def mutated(*words: str, the: bool = False) -> str:
    """One group of every form of ``words`` (:func:`forms`); with ``the``, each also with "'r"
    joined on ("boddi'r gath" is typed and read "boddir gath"), spelled out as a word so that
    ``surveys.concern_typos`` knows it and does not split it ("bodd ir")."""
    found = [form for word in words for form in forms(word)]
    return "(" + "|".join(found + ([form + "r" for form in found] if the else [])) + ")"


# --- shared parts -------------------------------------------------------------------------------

# "I am" / "he is" in Welsh as typed, squeezed ("dwin", "fin", "dw in", "mae hin").
AM_CY = "(dwi|dw i|fi|rwy|rydw i|ydw i|mae hi|ma hi|hi|mae fe|ma fe|fe|fo|o)(n| n| yn)"
# A child's age under eighteen told in Welsh, in digits.
UNDER_AGE_CY = f"{AM_CY} ([5-9]|1[0-7])(?![0-9])(?! (oed )?(oclock|pm|am|munud|awr|punt|quid))"
# Someone, or someone's pet or home, that a threat or a blow can reach.
_KIN = ("(mam|nain|taid|mamgu|tadcu|dad|nan|y babi|babi|fy mrawd|fy chwaer|brawd fi|"
        "chwaer fi|brawd bach fi|chwaer fach fi|fy mrawd bach|fy chwaer fach|fy ffrind|ffrind fi)")
_PERSON = f"(fi|mi|ni|chdi|ti|hi|fo|fe|e|nhw|{_KIN})"
_PET_OR_HOME = "(y ci|ci fi|fy nghi|y gath|gath|cath fi|fy nghath|fflat|flat|ty|lle)"
# "it" between a verb and its object: "lladd y ci", "boddi'r gath" (squeezed "bodir gath").
_THE = " "

# --- sexual abuse -------------------------------------------------------------------------------

_MAKE_ME = f"{mutated('gwneud', 'neud', 'gneud', 'gorfodi', 'perswadio')} (i )?(fi|mi|ni)"
_CLOTHES = ("(nhrowsus|trowsus fi|nillad|dillad fi|dillad|nicyrs|nghrys|crys fi|top fi|top|"
            "pants|pyjamas|mhyjamas|sgert|ngwisg nofio|ngwisg|gwisg nofio|fest|bra)")
_UNDRESS = f"{mutated('tynnu', the=True)} (fy |y |ei )?{_CLOTHES}"
_TOUCH_HIM = (f"{mutated('cyffwrdd', 'twtsiad', 'twtsio', 'teimlo')} (fo|o|e|fe|ef|ynddo|"
              "ynddi|ei (bidlan|bidyn|goc|beth|dick))")
_FILMED = (f"({mutated('ffilmio', 'ffilmo', 'postio')}|{mutated('tynnu')} (lluniau|llunia|llun)|"
           "ar ei (ffon|ffôn))")
_IN_PRIVATE = ("(o dan y (blanced|cwilt|duvet|gynfas|dillad)|yn y (car|gwely|bath|gawod|"
               "stafell)|(dod|dwad) ir stafell|pan (odd|oedd|ma|mae|on in|oni) ([a-z]+ ){0,2}"
               "(yn )?(cysgu|allan|gwaith)|gyfrinach|cyfrinach|gem ni|gem bach ni|(deud|dweud|"
               "gweud) wrth neb|(dwim|dim|ddim) isio mynd)")
_PHOTOS_OF_ME = (f"{mutated('tynnu')} (lluniau|llunia|llun|fideo|fideos) (ohona i|ohono fi|o fi|"
                 "ohonof)( [a-z]+){0,3} (yn y bath|yn y gawod|heb ddillad|yn noeth|yn fy "
                 "nillad isa|mewn dillad isa)")
_TOLD_SECRET = ("((deud|dweud|gweud) wrth neb|gyfrinach|cyfrinach|ddim yn cael (deud|dweud|"
                "gweud)|dim yn cael (deud|dweud|gweud)|gem ni|gem bach ni)")

# --- physical harm ------------------------------------------------------------------------------

_BLOW = mutated("taflu", "tagu", "taro", "bwrw", "curo", "cicio", "dyrnu", "pwnio", "waldio",
                "slapio", "bangio", "gwthio", "llusgo", "hitio", "colbio", "leinio", "stampio")
_BODY = "(mhen|ngheg|wyneb|nhrwyn|ngwddw|mol|mraich|nghoes|ngwallt)"
# Nasal forms say "my" alone: "bangio mhen i" with "fy" dropped.
_MY_BODY = "(mhen|ngheg|nhrwyn|ngwddw|mraich|nghoes)"
# Someone else's blow: not "nes i fangio mhen" (the child's own knock), nor a horse's or a dog's.
_STRUCK = ("(?<!nes i )(?<!nesi )(?<!wnes i )(?<!es i )(?<!ceffyl )(?<!merlen )(?<!poni )(?<!ci )"
           f"(?<!gi ){_BLOW} ({_PERSON}|fy {_BODY}|(pen|ceg|"
           f"wyneb|trwyn|gwddw|bol) (fi|fo|hi)|ei (phen|ben|wyneb|gwddw|bol)|{_MY_BODY})"
           f"|{mutated('tynnu')} (fy ngwallt|gwallt fi|ei gwallt)")
_HURT = ("(gwaedu|waedu|ngwaedu|plaster|plastar|blastar|cleisiau|gleisiau|clais|glais|yn erbyn y "
         "(wal|drws|cwpwrdd|bwrdd)|ar draws y (stafell|gegin|lolfa)|(i )?lawr y (grisiau|staer|"
         "star)|ysbyty|methu anadlu|darnaun dod allan|darnau yn dod allan|wedi torri|di torri)")
_SHAKEN = f"{mutated('ysgwyd', 'sgwyd')} (y )?(babi|baban|un bach|un fach)"
_SHAKEN_HOW = ("(yn galed|mor galed|yn wyllt|(phen|ben) (hi|e|fo)( n| yn)? mynd|nol a mlaen|"
               "cysgu lot|(ddim|dim) yn (byta|bwyta)|crio|llefen|sgrechian)")
_SLAPPED = (f"{mutated('rhoi')} (slap|clatsien|clusten|bonclust) (caled )?i (fi|mi|ni|hi|fo|"
            "brawd fi|chwaer fi)")

# --- threats ------------------------------------------------------------------------------------

# "if I tell", "if I say no", "if I phone the police", "if I leave".
_IF_I = ("(os|pan) (fi|dwi|dw i|i|ydw i)(n| n| yn) (gweud|deud|dweud|weud|son|agor (ceg|fy "
         "ngheg)|ffonio|gwrthod|cwyno|riportio|mynd at|dianc|rhedeg|gadael$|gadael (fo|fe|e|hi|"
         "nhw|yma))")
_HARM = mutated("lladd", "boddi", "llosgi", "trywanu", "stabio", "saethu", "brifo", "torri",
                the=True)
_TARGET = f"{_THE}({_PERSON}|{_PET_OR_HOME}|(coes|braich|bysedd) (fi|hi)|fy (nghoes|mraich))"
_SET_ALIGHT = f"{mutated('rhoi', the=True)}( y)? (ty|fflat|lle|car) ar (dan|tan)"
_THEY = "(e|o|fe|fo|hi|nhw)"
_WILL_HARM = (f"(((bydd|fydd|neith|wneith|nith) {_THEY}(n| n| yn)?)|{_THEY}(n| n| yn)? (mynd "
              f"i|am)) ({_HARM}{_TARGET}|{_SET_ALIGHT})")
_OR_ELSE = (f"neu (bydd|fydd|neith|wneith) {_THEY}(n| n| yn)? "
            f"{mutated('stabio', 'trywanu', 'saethu', 'llosgi')} (fi|mi|ni|{_KIN})")

# --- emotional harm, hidden from the social and his friends ------------------------------------

_SHOUTED = f"{mutated('gweiddi', 'sgrechian', 'sgrechen', 'bloeddio')} (arna i|arnaf i|yn fy wyneb)"
_CRYING = f"{mutated('crio', 'llefen', 'llefain')}"
_FILMED_ME = f"{mutated('ffilmio', 'ffilmo', 'recordio')} (fi|fin)"
_SHOWN = f"{mutated('dangos', 'postio', 'gyrru', 'anfon', 'rhannu')}"
# A scare at night: out of the dark, a mask, a knock at the window, a hand under the bed.
_SCARE = (f"({mutated('neidio')} (allan|mas)|mwgwd|golau off|golaur off|{mutated('diffodd')} y "
          f"golau|{mutated('cnocio')} ar (y |fy )?ffenest|{mutated('cuddio')} (dan|o dan) y gwely)")
_AT_NIGHT = "(yn y nos|bob nos|ganol nos|ganol y nos)"
_LAUGHS_AT_FEAR = (f"{mutated('chwerthin')} pan (fi|dwi|dw i|i)(n| n| yn) (sgrechen|sgrechian|"
                   "crio|llefen|ofn)")
# Told the child's fault a parent or a grandparent died ("mai bai fi ydi bod Mam wedi marw").
_BLAMED_FOR_A_DEATH = (f"{mutated('deud', 'dweud', 'gweud')}( bob dydd| o hyd| wastad)? (mai|taw|"
                       "bod)? ?(bai fi|fy mai i|fai fi) (ydi|yw|oedd|odd) (bod )?(mam|dad|nain|"
                       "taid|mamgu|tadcu|fy mrawd|fy chwaer|brawd fi|chwaer fi) (di|wedi) marw")
# Hidden when the social worker or the police call.
_HIDDEN = f"{mutated('cuddio')} (fi|ni)"
# "heddlu'n" is typed "heddlun": spelled here as a word, so the typo mending knows it.
_THE_SOCIAL_COME = ("((social worker|social|gweithiwr cymdeithasol|heddlu|polis|police)( n| yn)?|"
                    "heddlun|polisn|socialn|workern) "
                    f"{mutated('dod', 'galw', 'cnocio', 'cyrraedd')}")
# Made or wanted to sleep with his friends or mates.
_WITH_HIS_FRIENDS = (f"((isio|ishe|eisiau|moyn|rhaid i) (fi|mi)|{mutated('gwneud', 'neud')} (i )?"
                     f"fi) {mutated('cysgu')} (gydai|efoi|gyda ei|efo ei) (ffrindie|ffrindiau|"
                     "mets|fets|bois)")
_GIVEN_THINGS = ("(boyfriend|prynu|brynu|talu|dalu|pres|arian|feps|vapes|drinc|"
                 "rhoi [a-z]+ i fi)")

# --- worries: lonely, crying for no reason, a new worker again, laughed at, posted, "I stink" --

_PEERS = "(nhw|plant|merched|bechgyn|hogia|genod|pawb|bois)"
_LAUGHED_AT = (f"{_PEERS}( [a-z]+){{0,4}}( n| yn|n) ({mutated('chwerthin')}|gwneud hwyl|neud "
               "hwyl|galw fi)")
_FOR_WHO_I_AM = ("achos (fi|dwi|bod fi)( n| yn|n)? (siarad cymraeg|siarad saesneg|posh|ginger|"
                 "tew|dew|acen)")
_POSTED_OF_ME = (f"{mutated('rhoi', 'postio')} (llun|lluniau|fideo) (ohona i|ohono fi|o fi)"
                 "( [a-z]+)? ar (tiktok|snap|snapchat|insta|instagram|facebook|y grwp|whatsapp)")
_NASTY = "(pethe cas|pethau cas|petha cas|sylwadau cas|comments cas|galw fi)"
_I_STINK = "(deud|dweud|gweud)( [a-z]+){0,8} bod (fin|fi yn|fi n) (drewi|ddrewllyd|hyll|dew|tew)"
_AT_SCHOOL = "(iard|ysgol|dosbarth|bws|grio|lefen|crio)"
_NEW_AGAIN = ("(social worker|gweithiwr cymdeithasol|gofalwr|gofalwraig|gofalwyr|placement|"
              "cartref|cartre) newydd")
_DONT_LIKE_CHANGE = ("(dwim|dwi ddim|dwi dim|sa i|fi ddim|fi dim)( yn)? (lecio|lico|licio|hoffi) "
                     "newid")

PHRASES: Final[dict[str, list[str]]] = {
    "sexual_abuse": [
        # His hand under or down my clothes; not a tickle.
        f"{mutated('rhoi', 'rhoid')} ei (law|dwylo|fys|fysedd|bysedd) (o dan|dan|i mewn i|i "
        f"mewn yn|mewn|lawr|i lawr) (fy |yn fy )?{_CLOTHES}(?! i (gosi|goglais|cosi|oglais|weld|"
        "deimlo|tsiecio|checio|mesur)(?![a-z]))",
    ],
    "physical_abuse": [
        # A try at choking someone: "nath un o'r hogia drio tagu fi".
        f"(nath|naeth|wnaeth)( [a-z]+){{1,7}} {mutated('trio', 'treial')} {mutated('tagu')} "
        f"({_PERSON})(?! (ar|efo|gyda|yn|mewn) (y )?(bwyd|dwr|diod|creision|gobennydd|gem|fifa|wwe|"
        "playstation|xbox|fortnite|roblox)(?![a-z]))",
    ],
    "upset": [
        # Lonely: not "an only child" nor "the only one".
        "(fin|dwin|dw in|fi mor|dwi mor|teimlon|teimlo n) unig(?! (blentyn|un|ferch|fab|beth|"
        "ffordd|reswm|peth|dro|le|lle)(?![a-z]))",
        # Wanting to cry for no reason or all the time.
        f"(isio|ishe|eisiau|moyn) (jyst )?{mutated('crio', 'llefen', 'llefain')} (am (ddim|dim) "
        "rheswm|drwyr amser|trwyr amser|bob nos|bob dydd)",
        # Angry all the time, not "when the wifi is down".
        "(teimlon|teimlo n) (flin|grac|gas) (drwyr amser|trwyr amser|bob dydd)(?! pan(?![a-z]))",
    ],
    "bullying": [
        # Called names by other children; nobody wanting to be the child's partner or friend.
        f"{_PEERS}( n| yn|n) galw (fi|fin)( yn| n)? (ginger|tew|dew|posh|hyll|freak|sgym|twp|dwp|"
        "drewllyd)",
        "(dyw|does|sneb|dydi|does dim) neb (ishe|isio|eisiau|moyn) (bod yn bartner|bod yn ffrind|"
        "eistedd (efo|gyda|wrth ymyl)) (fi|i fi)",
    ],
    "emotional_abuse": [
        # Threatened with a killing, a burning or the house set alight.
        f"{mutated('bygwth')} ({_HARM}{_TARGET}|{_SET_ALIGHT})",
        _OR_ELSE,
        _BLAMED_FOR_A_DEATH,
    ],
}

CLAUSES: Final[tuple[tuple[str, tuple[str, ...], int], ...]] = (
    # Made to undress, and filmed, photographed, touched or in private.
    ("sexual_abuse", (f"{_MAKE_ME}( [a-z]+){{0,3}} {_UNDRESS}",
                      f"({_FILMED}|{_TOUCH_HIM}|{_TOLD_SECRET})"), 12),
    # Made to touch him, in private or as a secret.
    ("sexual_abuse", (f"{_MAKE_ME}( [a-z]+){{0,6}} {_TOUCH_HIM}", _IN_PRIVATE), 16),
    # Photos of me in the bath or with no clothes, and a secret or sending them.
    ("sexual_abuse", (_PHOTOS_OF_ME, _TOLD_SECRET), 16),
    # A blow to someone, and the blood, the wall or the plaster, or the thing it punished.
    ("physical_abuse", (_STRUCK, f"({_HURT}|achos (nes i|nesi|wnes i|fi di|dwi di|on i))"), 12),
    # A baby shaken, hard or crying.
    ("physical_abuse", (_SHAKEN, _SHAKEN_HOW), 10),
    # A slap given, and blood or every time.
    ("physical_abuse", (_SLAPPED, _HURT), 20),
    # Shouted at till I cry, filmed and shown.
    ("emotional_abuse", (_SHOUTED, _CRYING, _FILMED_ME, _SHOWN), 16),
    # A scare at night, and a laugh when I scream.
    ("emotional_abuse", (_SCARE, _AT_NIGHT, _LAUGHS_AT_FEAR), 30),
    # Hidden when the social worker or the police come.
    ("missing", (_HIDDEN, _THE_SOCIAL_COME), 14),
    # To sleep with his friends, from a boyfriend or a man who buys things.
    ("sexual_exploitation", (_WITH_HIS_FRIENDS, _GIVEN_THINGS), 24),
    # Worries: laughed at for speaking Welsh, a photo posted with nasty things, "I stink", and a
    # new worker or home again not liked.
    ("bullying", (_LAUGHED_AT, _FOR_WHO_I_AM), 12),
    ("bullying", (_POSTED_OF_ME, _NASTY), 20),
    ("bullying", (_I_STINK, _AT_SCHOOL, _PEERS), 16),
    ("upset", (_NEW_AGAIN, _DONT_LIKE_CHANGE), 14),
    # If I tell, he will kill, drown, burn or stab someone, a pet or the house.
    ("emotional_abuse", (_IF_I, _WILL_HARM), 18),
)
