"""The slots concern frames are built from: who may harm a child, what is done, where, with what.

Each slot is one regular-expression group over normalised text (the syntax of
:mod:`surveys.concern_frames`, which joins the slots into the shape each kind of harm takes).
"""

from __future__ import annotations

# People at home or caring for the child (who may abuse; not classmates, who bully).
_GROWN = ("dad|mum|mam|step dad|step mum|stepdad|stepmum|carer|carers|foster (carer|carers|dad|"
          "mum|parents)|uncle|auntie|aunt|aunty|nan|nana|grandad|grandma|granddad|parents|"
          "mums (boyfriend|partner)|dads (girlfriend|partner)|guardian|key worker|staff")
CARER = f"({_GROWN}|my brother|my sister|cousin)"
# Only the grown-ups who look after a child: a brother "in bed all day" is a teenager, not a
# house with nobody up to look after it.
GROWN_CARER = f"({_GROWN})"
AGENT = (f"(he|she|they|him|her|them|someone|somebody|a man|the man|a grown up|an adult|boyfriend|"
         f"partner|husband|{CARER})")
# Hurting done to a body; "hurt" is left to the phrase lists, which know its idioms.
STRIKE = ("(hit|hits|hitting|beat|beats|beating|batter|batters|battered|punch|punches|punched|"
          "kick|kicks|kicked|kicking|slap|slaps|slapped|smack|smacks|smacked|whack|whacks|whacked|"
          "grab|grabs|grabbed|grabbing|drag|drags|dragged|dragging|push|pushes|pushed|pushing|"
          "shove|shoves|shoved|throw|throws|threw|throwing|twist|twists|twisted|choke|chokes|"
          "choked|strangle|strangles|strangled|throttle|throttles|throttled|pinch|pinches|"
          "pinched|burn|burns|burnt|burned|bites|scratch|scratches|scratched|stab|"
          "stabs|stabbed|smash|smashes|smashed|slam|slams|slammed|headbutt|headbutted|"
          "thump|thumps|thumped|belt|belts|belted|whip|whips|whipped|beats up|beat up)")
BODY = ("(head|face|neck|throat|arm|arms|wrist|wrists|leg|legs|back|stomach|belly|tummy|chest|"
        "hair|ear|ears|eye|eyes|nose|lip|lips|mouth|hand|hands|fingers|thigh|thighs|ribs|side)")
PRIVATE = ("(private|privates|private parts|down there|bum|boobs|breasts|chest|willy|penis|"
           "vagina|fanny|crotch|between my legs|body|pants|knickers|bottom)")
DRUGS = ("(drugs|weed|coke|crack|gear|stuff|bags|packages|parcels|money|cash|food|bits|shots|"
         "knife|knives|blade|blades|machete|gun|guns|weapon|weapons|a knife|a blade|a machete|"
         "shank|a shank|a nank|"
         "a gun|a weapon|their (stuff|weed|drugs|money|bags|phone|knife)|a phone|the phone)")
OLDERS = ("(them|him|the olders|olders|older (boys|lads|men|kids|ones)|the (boys|lads|gang|man|"
          "men|guys|mandem)|some (lads|boys|men|guys)|my cousins mates|his mates|their mates|"
          "people)")
COERCE = ("(make|makes|made|making|force|forces|forced|forcing|tell|tells|told|get|gets|got|"
          "pay|pays|paid|want|wants|wanted|ask|asks|asked|send|sends|sent|give|gives|gave)")
# What a child is made to do with what others want moved or hidden.
TASK = ("(carry|hold|hide|stash|keep|move|take|deliver|drop|sell|run|look out|keep watch|keep a "
        "look out)")
# The everyday things a child is asked to carry, hold, take or sell for someone: "hold the
# ladder for him", "sell cakes for charity", "sell my old bike", "take the blame for the mess"
# (blame has a rule of its own: ``concern_criminal_indicators``, for a crime or the police).
# Never a bag, a parcel, money, a phone or "it": what is inside those is the question.
EVERYDAY = ("(((the|a|her|his|my|our|their|some) )?(shopping|ladder|door|gate|baby|dog|lead|coat|"
            "coats|seat|cones|register|bins|washing|dishes|plates|tray|cake|cakes|cupcakes|"
            "biscuits|buns|raffle tickets|poppies|leaflets|flowers|blame|fort|umbrella|torch|"
            "hoover|rubbish|recycling|post|letters)(?! (bag|bags|and|with|full))|"
            "(my|our) (old|own|spare|unwanted))")
# Good causes children sell for at school or a club.
GOOD_CAUSE = ("(charity|a charity|children in need|comic relief|red nose day|sport relief|"
              "macmillan|cancer research|the (school|pta|church|hospice|summer fair|christmas "
              "fair|fair|fete|food bank))")
MUST = "(have to|has to|had to|got to|gotta|need to|must|am made to|was made to|get made to)"
PLACE = ("(bridge|tracks|train tracks|railway|railway line|car park|multi storey|multistorey|"
         "cliff|cliffs|roof|rooftop|building|block of flats|flats|window|balcony|motorway|"
         "tower|quarry|pier|dam)")
PILLS = "(pills|tablets|paracetamol|painkillers|meds|medicine|medication|packet|box|bottle)"
MUM = "(my mum|mum|my mam|mam|her|my nan|his girlfriend|my step mum|my sister|my dad|dad)"
MARRY = "(marry|married|marriage|wedding|nikah|husband|wife|engaged)"
# Words of fear, for "scared of what he will do", "on edge every time the door goes".
FEAR = "(scared|frightened|afraid|terrified|petrified|on edge|jumpy|shaking|panicking)"
# The people who run county lines and the like, as children name them.
CONTROLLERS = ("(the olders|olders|the elders|elders|the dealers|dealers|the gang|the mandem|"
               "the lads|the boys|older (boys|lads|men|kids|ones)|his mates|their mates|my "
               "cousins (mates|friends|boys)|the man|the men|the boss)")
# What a child is made to do for them: sell, run, hold, steal, hurt others.
ERRAND = ("(sell|selling|sold|deal|dealing|shot|shotting|trap|trapping|run|running|drop|dropping|"
          "deliver|delivering|stash|stashing|hide|hiding|hold|holding|mind|minding|shoplift|"
          "shoplifting|steal|stealing|nick|nicking|rob|robbing|pickpocket|beat up|batter|stab|"
          "do (a |some )?(job|jobs|run|runs|drop|drops))")
# Labels that tell a child they are worthless or bad (a carer's words, not a classmate's joke).
LABELS = ("(disappointment|failure|embarrassment|disgrace|bad kid|bad child|bad seed|devil child|"
          "devil|demon|monster|liar|nuisance|horrible child|waste|mistake|burden|problem child|"
          "animal|nothing|rubbish|scum|vile|unlovable|unwanted)")
# Groups extremists tell children to hate.
GROUPS = ("(immigrants|refugees|muslims|jews|asians|black people|white people|gays|foreigners|"
          "unbelievers|kuffar|infidels|them all|those people|the enemy|our enemies)")
# Whose body a child sees hurt at home (domestic abuse witnessed).
MUMS = "(mums|my mums|mams|my mams|her|my nans|my sisters|my step mums|his girlfriends)"
# What children throw or kick at each other in play: "kicked the ball at me" is no blow.
TOYS = ("((the|a|his|her|my) )?(ball|football|rugby ball|pillow|pillows|snowball|snowballs|water|"
        "water balloon|balloon|frisbee|cushion|teddy|sponge)")
# Where a lift or a train takes a child on an ordinary week: "my cousin gives me lifts to
# football" is a lift to football. Never the park, town or the shops: drops are made there.
OUTING = ("(the |a |my |our )?(football|rugby|netball|training|practice|swimming|school|college|"
          "cinema|the match|match|cadets|scouts|guides|church|mosque|gym|work|dance|dancing|boxing|"
          "karate|nans|dads|mums|family time|contact|the beach|beach|the dentist|the doctors|my "
          "appointment|youth club)")
# What a child is made to mind in a cannabis grow: "water the plants", "minding the skunk".
PLANTS = "(plants|weed plants|cannabis|skunk)"
# Being gay or trans, or saying so: what a family may send a child away to have "fixed".
QUEER = "(gay|lesbian|bisexual|bi|trans|queer|came out|come out)"
# "Going country" is county lines' word for being sent out of town; not a dance, a walk or music
# (the words that may follow "country" in ordinary talk, as a lookahead).
COUNTRY_PASTIME = ("(?! (dancing|dance|music|walk|walks|walking|side|club|show|fair|park|"
                   "style))")
# A character "got unalived by" the villain in a game or a film is no child's own wish.
UNALIVED = "(?<!got )(?<!gets )(?<!get )(?<!getting )unalived(?! by)"
# A home "cuckooed" or "cuckoo'd" by dealers, not a cuckoo clock or the bird.
CUCKOOED = "(cuckooed|cuckood|cuckoo d|cuckoo ed)"
# Cutting called "sunna", not the sunna prayers, fasts or ways of the Prophet.
SUNNA = ("(?<!pray )(?<!pray the )(?<!prayed the )(?<!praying the )sunna(?! (prayer|prayers|"
         "rakat|rakah|rakats|fast|fasts|fasting|of the prophet|salah|namaz))")
