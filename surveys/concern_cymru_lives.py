"""Neglect, exploitation, going missing, radicalisation, self-harm and practices told in Welsh.

The fourteenth blind hand's Welsh third (``tests/corpora/fourteenth_hand``, lines 1-12 of each
file) told the harm done to a child's days and work in Welsh as typed, with its mutations
("gadael fi efo'r efeilliaid", "heb frecwast na chinio", "cadw'r pres i gyd am y daith",
"helpu llosgi'r gwesty", "trio crogi fy hun", "trefnu priodas i fi pan dwi'n 16"). Each rule
reads the Welsh verb in its mutated forms (``surveys.concern_cymru.mutated``) beside the part
that makes it harm, never the topic alone (a baby minded for an hour, breakfast missed when
late, a fast, wages saved for a trip, a pride rally, a game's traitors, a cousin's wedding, a
haircut before a journey are everyday):

- neglect: a child of eleven or under × left with the baby or the twins or on their own × the
  night, the pub, till morning or all day; no breakfast, dinner or food × for days, every day or
  at the weekend; a swelling, pain or a black foot × nobody taking the child to the doctor or
  the dentist;
- exploitation: a weapon, drugs or a bag of money kept or hidden for someone; made to carry or
  take a bag or a parcel × a debt, saying no, missing school or men from another city;
- trafficking: no pay or every penny taken × a passport kept, the journey from abroad, a debt,
  a locked door or "the police will send me home";
- going missing: away from the home since a night or for days × a man's sofa or flat, older men,
  people met in town or not known;
- sexual exploitation: older men × a drink, vodka or tablets given × not remembering;
- an unsafe home: someone comes into the room or opens the door × at night, while asleep, or
  with the lock taken off × someone, a carer's son, an older boy, a man standing there;
- radicalisation: wanted to help, "must" or planning × burning, bombing, killing or attacking a
  hotel, a mosque, a rally or refugees, immigrants or "traitors"; "must go and fight" abroad ×
  the ticket or flight paid; a race war × being ready or a knife given;
- self-harm: a try at hanging or choking oneself; hoping not to wake × tonight, making sure or
  the tablets; standing on the line × the train; letters written × not being here after a day;
- harmful practices: taken abroad to marry, a marriage arranged or "I'm marrying" × an age
  under eighteen; the devil beaten or burnt out of a child; a girl to be cut or "cleaned" × "like
  a real girl" or a country where it is done.

The sexual and physical harm and threats of the same voice are in ``surveys.concern_cymru``;
fresh wordings are batches sd to sh of ``tests/corpora/adversarial.txt``. Same syntax as
``surveys.concern_frames``.
"""

from __future__ import annotations

from typing import Final

from surveys.concern_cymru import AM_CY, UNDER_AGE_CY, mutated

# --- neglect ------------------------------------------------------------------------------------

_YOUNG = f"({AM_CY}|syn|sy n) ([2-9]|1[01])(?![0-9])(?! (oed )?(oclock|pm|am|munud|awr|punt))"
_LITTLE_ONES = ("(babi|efeilliaid|brawd bach|chwaer fach|plant bach|rhai bach|rai bach|fy mrawd "
                "bach|fy chwaer fach)")
_LEFT_IN_CHARGE = (f"({mutated('gadael')} (fi|ni)( [a-z]+){{0,4}} (efor|efo|gydar|gyda)( y)? "
                   f"{_LITTLE_ONES}|(edrych|drych) ar ol (y )?"
                   f"{_LITTLE_ONES}( [a-z]+){{0,3}} ar ben fy hun)")
_NIGHT_OUT = ("(am y noson|drwyr nos|trwyr nos|tan y bore|tan bore|drwyr dydd|"
              "pyb|tafarn|dafarn|noson allan|bore wedyn|diwrnod wedyn)")
_NO_MEALS = (f"(heb (gael )?{mutated('bwyd', 'brecwast', 'cinio', 'swper', 'te')}( na "
             "[a-z]+)?|(sdim|does dim|dim) (byd|bwyd) (yn y ty|i fwyta|i fyta))")
_FOR_DAYS = ("(ers (dau|dwy|tri|tair|pedwar|pump|[2-9]) (diwrnod|dydd|noson|noswaith)|bob dydd|ar "
             "y penwythnos|drwyr penwythnos)")
_NOBODY_TAKES = ("(neb|dim un)( di| wedi| yn)? (mynd|myn) a fi (at|i) (y )?(doctor|meddyg|"
                 "deintydd|ysbyty|sbyty|nyrs)")
_STILL_HURTS = ("(brifo|chwyddo|ddu|du|methu cerdded|methu symud|gwaedu|poen|ers (wythnos|"
                "wythnosau|misoedd|mis|dyddiau))")

# --- exploitation and trafficking ---------------------------------------------------------------

_ARMS = ("(machete|gwn|gynnau|cyffuriau|gyffuriau|drugs|weed|bag o (bres|arian|stwff|gyffuriau)|"
         "cyllell|gyllell)(?! (dwr|nerf|paent|boced)(?![a-z]))")
_FOR_SOMEONE = ("(i|ar gyfer) (rywun|rhywun|nhw|fo|fe|ei ffrind|ffrind|dyn|dynion|bois|fy "
                "nghefnder|cefnder fi)")
_MADE_TO_CARRY = (f"{mutated('gwneud', 'neud', 'gneud', 'gorfodi')} (i )?(fi|ni) "
                  f"{mutated('cario', 'symud', 'mynd')}( a)?( [a-z]+){{0,4}} (bag|pecyn|pecynnau|"
                  "parsel|pres|arian|stwff|food)")
# A debt, saying no as a condition ("os dwi'n gwrthod"), missing school, or men from a city.
_PRESSED = ("(dyled|ddyled|(os|pan) (dwin|fin|dw in) gwrthod|colli ysgol|o lerpwl|o lundain|o "
            "birmingham|o fanceinion)")
_UNPAID = (f"(heb (gael )?{mutated('cyflog', 'ceiniog', 'tal')}|(cadwr|gadwr|chadwr|(cymryd|"
           "gymryd|chymryd|cadw|gadw)( y| yr| fy)?) (pres|arian|cyflog|gyflog|enillion)( fi)? i "
           "gyd)")
# A passport kept: not one kept safe in a drawer for the holidays.
_PASSPORT_KEPT = (f"({mutated('cadw', 'cymryd', 'cuddio')}( fy| y)? (pasbort|basbort|mhasbort)|"
                  "pasbort fi)(?!( [a-z]+){0,3} (saff|dror|gwyliau|holiday)(?![a-z]))")
_HELD = (f"({_PASSPORT_KEPT}|(am|ar gyfer|i dalu am) y daith o|dyled|ddyled|{mutated('cloi')} "
         "(fi|ni)|cadw (fi|ni) (tu mewn|yn y ty|mewn)|(polis|heddlu) yn (gyrru|yrru|anfon|hala) "
         "(fi|ni))")

# --- away from care, at parties, and someone in my room at night --------------------------------

_AWAY_FROM_CARE = ("((bod|di bod|wedi bod) (or|allan or|mas or) (cartref|cartre|uned)|(bod|di bod|"
                   "wedi bod) (mas|allan|i ffwrdd) ers (nos|dydd|neithiwr|[a-z]+ (diwrnod|noson))|"
                   "(ddim|dim|byth) yn mynd (nol|yn ol) (ir|i) (cartref|cartre|uned|placement)"
                   "(?! (tan|cyn|am|heno|fory|ar ol)(?![a-z])))")
_STRANGERS = ("(rhyw (boi|ddyn|foi|hogyn|dyn)|(soffa|fflat|ty) rhyw|(dyn|dynion) hyn|(boi|"
              "dyn|pobl) nes i (gwrdd|gyfarfod)|pobl (dwi|dw i|fi) (ddim|dim) yn (nabod|adnabod))")
_OLDER_MEN = "(dynion|dynion hyn|hogia hyn|bois hyn|dyn hyn|boi hyn)"
_GIVEN_DRINK = (f"{mutated('rhoi')} (drinc|diod|fodca|alcohol|tabledi|pils|rhywbeth|siots|shots) "
                "i (fi|ni)")
_CANT_REMEMBER = ("(dim|ddim|dwim|methu|ffaelu|fethu)( yn)? (cofio|gofio)( (dim|be|beth|sut|pwy|"
                  "unrhyw|ble|lle)|$)")
_INTO_MY_ROOM = ("((dod|dwad) i mewn (i |ir )?(stafell fi|fy stafell)|(dod|dwad) i mewn heb "
                 f"(gnocio|cnocio)|{mutated('agor')} (drws fi|fy nrws|drws stafell fi))")
_WHILE_ASLEEP = ("(pan (dwin|fin|dw in) cysgu|bob nos|yn y nos|ganol nos|[0-9] y bore|(dynur|"
                 "tynur) clo)")
_NOT_A_CARER = ("(rhywun|mab y|ei mab|mai mab|bachgen hyn|hogyn hyn|hogia hyn|boi|dyn|sefyll (yna|"
                "wrth|yn))")

# --- radicalisation -----------------------------------------------------------------------------

_RECRUITED = ("((isio|eisiau|moyn|ishe|eisie) (fi|i fi|ni)|rhaid|gofyn i (fi|mi)|cynllunio|"
              "gynllunio|barod i)")
_TARGETS = ("(gwesty|westy|mosg|fosg|mosque|synagog|rali|orymdaith|gorymdaith|ffoaduriaid|"
            "mewnfudwyr|bradwyr|mwslemiaid|iddewon|kuffar)")
_ATTACK = mutated("llosgi", "bomio", "lladd", "ymosod", "saethu", "trywanu", the=True)
_ATTACKED = f"{_ATTACK}( y| yr| ar y| ar yr| ar)? {_TARGETS}"
_FIGHT_ABROAD = (f"{mutated('mynd')} i ({mutated('ymladd', 'brwydro')} (drosodd|dramor|yn syria|"
                 f"yno|yn y rhyfel)|(syria|irac|dramor|afghanistan|wcrain) i {mutated('ymladd')})")
_PAID_FOR = "(talu am|dalu am|tocyn|docyn|ffleit|hedfan)"

# --- self-harm ----------------------------------------------------------------------------------

_HOPE_NOT_WAKE = ("gobeithio (na wna i|na fydda i|fydda i ddim|fyddai ddim|wna i ddim|dwi ddim)"
                  f"( yn)? {mutated('deffro')}(?! (y|fy|mam|dad|neb|pawb|nhw|hi|fo|e|babi|tan|"
                  "cyn|yn gynnar|yn hwyr)(?![a-z]))")
_MAKE_SURE = "(heno|neud yn siwr|gwneud yn siwr|tabledi|dabledi|byth eto|dim mwy)"
_ON_THE_LINE = (f"{mutated('sefyll', 'gorwedd', 'cerdded', 'eistedd')} ar (y )?(lein|trac|"
                "traciau|rheilffordd|cledrau)(?! (gychwyn|derfyn|ddechrau|orffen|rasio)(?![a-z]))")
_TRAIN = "(tren|dren|nhren|trenau|drenau)"
_LETTERS = (f"({mutated('sgwennu', 'ysgrifennu')} (llythyr|llythyrau|llythyron|nodyn|nodiadau)|"
            "(wrote|written|writing) (letters|a letter|goodbye letters|notes|a note))")
_NOT_HERE_AFTER = ("((i wont|i will not|fydda i ddim|fyddai ddim) (be |yn )?(here|yma|o gwmpas|"
                   "around)) (for|after|by|erbyn|ar ol|ar gyfer|cyn)( the| y)? [a-z]+(?!( "
                   "[a-z0-9]+){0,4} (cos|because|achos|as|we|ni|moving|symud)(?![a-z]))")

# --- harmful practices --------------------------------------------------------------------------

_MARRY = mutated("priodi")
_MARRIED_OFF = (f"((mynd a|myn a|gyrru|anfon|hala) fi( [a-z]+){{0,6}} i {_MARRY}|"
                f"{mutated('trefnu', the=True)}( y)? (priodas|briodas) i fi(?! a (tedi|dol|doli|"
                f"teddy))|{mutated('trefnu')} i fi {_MARRY}|(deud|dweud|gweud) bod fi n {_MARRY}|"
                f"{mutated('gorfodi')} (fi )?i {_MARRY})")
_SPIRITS = "(diafol|diawl|cythraul|cythreuliaid|ysbrydion drwg|ysbryd drwg|jinn|djinn)"
_HURT_FOR_SPIRITS = (f"{mutated('llosgi', 'curo', 'taro', 'chwipio', 'bwrw')} (dwylo|ei ddwylo|"
                     "fi|ni|plant|blant|fy mrawd|fy chwaer|brawd fi|chwaer fi|hi|fo)")
# The feminine "ei" (aspirate "thorri", plain "glanhau"), or "fy": a girl, never "ei dorri".
_CUT_GIRL = "(cael|gael) (ei (thorri|glanhau|chau|gwnio)|fy (nhorri|nglanhau|nghau))"
_WHERE_IT_IS_DONE = ("(merch go iawn|fel merch|dynes go iawn|somalia|sudan|eritrea|ethiopia|yr "
                     "aifft|gambia|guinea|sierra leone|kenya|nigeria|mali)")

PHRASES: Final[dict[str, list[str]]] = {
    "self_harm": [
        # A try at hanging or choking oneself; not upside down on the climbing frame.
        f"({mutated('trio', 'treial')} {mutated('tagu')}|{mutated('crogi')}) fy hun(an)?(?! (ben|"
        "wyneb) i waered| ar y (bariau|barrau|ffram|rings|goeden))",
        # Jumping or lying down in front of the train.
        f"{mutated('neidio', 'gorwedd')} (o flaen|i flaen) y {_TRAIN}(?! (tegan|model|lego|bach)"
        "(?![a-z]))",
    ],
    "harmful_practices": [
        # The devil or bad spirits beaten or burnt out, or "pulled out" of children.
        f"({mutated('curo', 'chwipio', 'llosgi', 'taro', the=True)}( y| yr)? {_SPIRITS} (drwg )?"
        "allan|"
        f"{mutated('tynnu', the=True)}( y)? {_SPIRITS} allan (o|or) (blant|plant|fi|ni))",
    ],
}

CLAUSES: Final[tuple[tuple[str, tuple[str, ...], int], ...]] = (
    # A young child left with the little ones or alone, at night or in the pub.
    ("neglect", (_LEFT_IN_CHARGE, _YOUNG, _NIGHT_OUT), 26),
    # Left on our own, the child or a little one young, at night or in the pub.
    ("neglect", (f"{mutated('gadael')} (fi|ni)", "ar ben (fy|ein) (hun|hunan|hunain)", _YOUNG,
                 _NIGHT_OUT), 26),
    # No meals, for days or every day.
    ("neglect", (_NO_MEALS, _FOR_DAYS), 16),
    # A hurt that goes on, and nobody taking the child to the doctor.
    ("neglect", (_NOBODY_TAKES, _STILL_HURTS), 18),
    # A weapon, drugs or a bag of money kept for someone.
    ("exploitation", (f"{mutated('cadw', 'cuddio')} {_ARMS}( a [a-z ]{{1,24}})? {_FOR_SOMEONE}",),
     12),
    # Made to carry a bag, with a debt, a refusal, missing school or men from a city.
    ("exploitation", (_MADE_TO_CARRY, _PRESSED), 22),
    # No pay or every penny taken, and a passport kept, a journey owed or a lock.
    ("trafficking", (_UNPAID, _HELD), 18),
    # Away from the home, with a man or people the child does not know.
    ("missing", (_AWAY_FROM_CARE, _STRANGERS), 24),
    # Older men, a drink or tablets given, and not remembering.
    ("sexual_exploitation", (_OLDER_MEN, _GIVEN_DRINK, _CANT_REMEMBER), 30),
    # Someone who is not a carer coming into the room at night or with the lock taken off.
    ("unsafe_home", (_INTO_MY_ROOM, _WHILE_ASLEEP, _NOT_A_CARER), 20),
    # Wanted to help burn, bomb or attack a hotel, a mosque, a rally or refugees.
    ("radicalisation", (_RECRUITED, _ATTACKED), 16),
    # Must go and fight abroad, the ticket paid.
    ("radicalisation", (_RECRUITED, _FIGHT_ABROAD, _PAID_FOR), 20),
    # A race war, and ready or a knife.
    ("radicalisation", ("(rhyfel ras|rhyfel hil|race war|rhyfel sanctaidd)",
                        "(barod i (neud|wneud|gwneud) rhywbeth|cyllell|gyllell|gwn|petrol|bom)"),
     24),
    # Hoping not to wake, and tonight or making sure.
    ("self_harm", (_HOPE_NOT_WAKE, _MAKE_SURE), 12),
    # Standing on the line, and the train.
    ("self_harm", (_ON_THE_LINE, _TRAIN), 20),
    # Letters written, and not here after a day.
    ("self_harm", (_LETTERS, _NOT_HERE_AFTER), 22),
    # Taken abroad to marry or a marriage arranged, under eighteen.
    ("harmful_practices", (_MARRIED_OFF, UNDER_AGE_CY), 18),
    # Burnt or beaten to get the devil out.
    ("harmful_practices", (_HURT_FOR_SPIRITS, f"{_SPIRITS}( drwg)? allan"), 12),
    # A girl to be cut or "cleaned" like a real girl, or where it is done.
    ("harmful_practices", (_CUT_GIRL, _WHERE_IT_IS_DONE), 16),
)
