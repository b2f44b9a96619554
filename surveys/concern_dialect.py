"""Dialect and dictation: the words children type, read as the words the rules are written in.

The rules are written in the English of guidance. A child in Glasgow types "ma da telt me",
one in Newcastle "divvint", one in Leeds "nowt"; a phone dictating for a child writes what it
heard ("eye am scared", "the big rode", "four the money", "full stop"). Each entry here is read
by ``surveys.concerns.normalise`` (through ``surveys.concern_speak``) before the rules and the
learned layer read a text:

- :data:`TEXT_SPEAK` — words with one reading wherever they stand (Scots "dinnae", "telt",
  "masel"; Geordie "divvint"; Yorkshire "nowt", "summat"; text-speak "tmrw", "bday"), merged
  into the text-speak table, so a phrase list's words are spelled the same way;
- :data:`DOUBLED` — such words whose doubled letters carry their meaning ("oot" squeezed is
  "ot", the county lines "out there"; "neet" would be "net"), read before letters are squeezed;
- :data:`BY_CONTEXT` — words with two readings, settled by the word before or after: "hell hit
  me" and "it was hell"; "eye am" and "a black eye"; "I no where he is" and "no food"; "four
  the money" and "four days"; "ma da" (Scots "my") and "ma nhw" (Welsh "they are");
- :data:`SPOKEN_PUNCTUATION` — punctuation a phone typed out ("full stop", "question mark");
- a dropped final "g" ("callin", "hidin", "slicin"): a phrase list's "-ing" word also finds
  the word without its "g", unless that is one of :data:`ENDS_IN_IN` ("begging" never finds
  "begin"; "cousin", "insulin" are never read as "-ing").

Only readings that cannot turn an ordinary sentence into harm, or lose a negation, are here:
Welsh "da" (good) stays unless a word of family is beside it, Welsh "wi" (I am) unless an
article or a person follows, and "no" is "know" only where no negation could be meant ("dont
no", "I no where").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

# Each voice's own words, kept in its own module and merged into the tables below.
from surveys import concern_dialect_north_east, concern_dialect_north_west, concern_dialect_south


@dataclass(frozen=True)
class Beside:
    """A reading a word takes when its neighbours are these (``None``: any word).

    ``""`` in ``before`` is the start of the message, in ``after`` its end. The neighbours are
    the words as typed (squeezed), not as read.
    """

    reading: str
    before: frozenset[str] | None = None
    after: frozenset[str] | None = None


@dataclass(frozen=True)
class ByContext:
    """A word's usual reading, and the readings its neighbours give it instead (first wins)."""

    usual: str
    beside: tuple[Beside, ...]


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split(" ")) if words else frozenset({""})


# --- one reading wherever they stand ------------------------------------------------------------

TEXT_SPEAK: Final[dict[str, str]] = {
    # Scots.
    "maw": "mum", "maws": "mums", "stepda": "step dad", "stepdas": "step dads",
    "intae": "into", "ontae": "onto", "nae": "no", "naebody": "nobody", "naewan": "nobody",
    "naethin": "nothing", "telt": "told", "masel": "myself", "maself": "myself",
    "hissel": "himself", "hersel": "herself", "yersel": "yourself", "haun": "hand",
    "hauns": "hands", "airm": "arm", "airms": "arms", "heid": "head", "heids": "heads",
    "wean": "baby", "weans": "kids",
    "dinnae": "dont", "dinna": "dont", "cannae": "cant", "canna": "cant", "wasnae": "wasnt",
    "wisnae": "wasnt", "didnae": "didnt", "didna": "didnt", "isnae": "isnt",
    "doesnae": "doesnt", "wouldnae": "wouldnt", "widnae": "wouldnt", "couldnae": "couldnt",
    "shouldnae": "shouldnt", "havnae": "havent", "havenae": "havent", "hasnae": "hasnt",
    "willnae": "wont", "wullnae": "wont", "tae": "to", "polis": "police", "greetin": "crying",
    "wis": "was", "dae": "do", "daein": "doing", "fae": "from", "frae": "from", "gie": "give",
    "gies": "gives", "gied": "gave", "mair": "more", "ower": "over", "efter": "after",
    "naw": "no", "oan": "on", "ae": "of", "gonnae": "going to",
    "wantae": "want to", "wannae": "want to", "hud": "had",
    # Geordie.
    "divvint": "dont", "divvent": "dont", "divint": "dont", "divent": "dont", "bairn": "baby",
    "bairns": "kids", "hyem": "home", "hame": "home", "gannin": "going", "ganna": "going to",
    # Yorkshire and Lancashire.
    "nowt": "nothing", "owt": "anything", "summat": "something", "sommat": "something",
    "mesen": "myself", "missen": "myself", "hissen": "himself", "hersen": "herself",
    "allus": "always", "frit": "frightened",
    # Scouse and London.
    "bizzies": "police", "kecks": "trousers", "aks": "ask", "aksed": "asked",
    "aksing": "asking", "nuttin": "nothing", "youse": "you", "yous": "you",
    # Welsh English: borrowed words.
    "gwaed": "blood", "waed": "blood", "cwtch": "cuddle", "cwtches": "cuddles",
    "mamgu": "nan", "tadcu": "grandad", "bamps": "grandad",
    # Text-speak and dictation.
    "av": "have", "bday": "birthday", "bdays": "birthdays", "tnite": "tonight",
    "2nite": "tonight", "tmrw": "tomorrow", "tmr": "tomorrow", "tmrow": "tomorrow",
    "tomoz": "tomorrow", "2moro": "tomorrow", "2morrow": "tomorrow", "wud": "would",
    "cud": "could", "smth": "something", "sth": "something", "sumthin": "something",
    "nuthin": "nothing", "somethin": "something", "anythin": "anything",
    "everythin": "everything", "doin": "doing", "bein": "being", "nvr": "never",
    "agen": "again", "wk": "week", "wks": "weeks", "hrs": "hours", "nxt": "next",
}  # fmt: skip
TEXT_SPEAK.update(concern_dialect_north_east.NORTH_EAST_SPEAK)
TEXT_SPEAK.update(concern_dialect_north_west.SPEAK)
TEXT_SPEAK.update(concern_dialect_south.SOUTH_SPEAK)

# Read before repeated letters are squeezed: squeezed, each would be another word ("oot" the
# "ot" of county lines, "neet" a net, "bby" "by").
DOUBLED: Final[dict[str, str]] = {
    "oot": "out", "ootside": "outside", "aff": "off", "hoose": "house", "hooses": "houses",
    "doon": "down", "roon": "round", "aroon": "around", "aboot": "about", "neet": "night",
    "neets": "nights", "heed": "head", "bby": "baby",
    # Not Scots "ma" (my): mixed martial arts.
    "mma": "mixed martial arts",
}  # fmt: skip
DOUBLED.update(concern_dialect_north_east.NORTH_EAST_DOUBLED)

# Punctuation a phone typed out as words; dropped like the marks themselves. Matched on the
# text before letters are squeezed ("coma" is a word, "comma" is punctuation).
SPOKEN_PUNCTUATION: Final = re.compile(
    r"(?<![a-z0-9])(?:full ?stop|question mark|exclamation (?:mark|point)|new (?:line|paragraph)"
    r"|comma|dot dot dot)(?![a-z0-9])"
)

# Words of five letters or more that end in "in" and are no "-ing" with its "g" dropped: a list's
# "-ing" word never finds them.
ENDS_IN_IN: Final = _set(
    "cousin within margin raisin violin vitamin insulin heroin aspirin toxin origin napkin "
    "pumpkin dolphin goblin gremlin bulletin latin satin basin cabin robin coffin muffin puffin "
    "griffin martin austin kevin gavin colin dustin justin benjamin yasmin jasmin berlin dublin "
    "merlin kremlin resin ricin cumin assassin paraffin javelin mandarin begin admin login "
    "plugin checkin linkedin melatonin putin vermin penguin bostin chwerthin meithrin mehefin "
    "medsin sgrin lundain mountain captain curtain certain bargain villain terrain tintin "
    "muslin lupin terrapin zeppelin darwin edwin baldwin cretin chagrin capuchin groin loin "
    "sirloin virgin statin penicillin amoxicillin serotonin ritalin adrenalin sarin caitlin "
    "franklin calvin marvin melvin alvin rasputin tiffin boffin bobbin gherkin bumpkin mannikin "
    "keratin gelatin pectin lanolin pepsin "
    # "Shootin" squeezed is "shotin": with its "g" it would be "shotting" (dealing) as much as
    # shooting at cadets, so it is left as typed.
    "shootin"
)
# A word with its "g" dropped: five letters or more, "in" after a consonant, "y" or "o" ("sayin",
# "slicin"; "thin", "skin" and "win" are too short to be one).
DROPPED_G: Final = re.compile(r"[a-z]{2,}[b-df-hj-np-tv-z]in|[a-z]{2,}[yo]in")


# --- readings settled by a neighbour ------------------------------------------------------------

# Where "eye" is the noun: after these, or before what an eye has.
_AN_EYE = _set(
    "my his her your their our the an one black left right both lazy evil bulls private naked "
    "sore red puffy pink swolen bruised cut in poked keep kep glass bird mams mums moms maws "
    "dads das nans grans sisters brothers carers mates friends uncles aunties babys bairns "
    "kids boys girls sons daughters cousins"
)
_EYE_THINGS = _set(
    "test tests drops patch contact lashes lash liner shadow brow brows socket sockets sight "
    "infection balls ball doctor level witness roll rolls mask candy opener colour color "
    "catching"
)
# "Eye" is "I" before what I do or am (the word before may be a slip the typo mender reads
# later, "blcak eye", so only the word after says "I").
_I_DOES = _set(
    "am have was cant dont didnt wont no know think want wanted keep kept got had will wil "
    "would just said told tel feel felt need went ran did never wish hate love like get go can "
    "could should shud might must mean realy also stil only always even ate aint havent hadnt "
    "wasnt couldnt wouldnt shouldnt tried try live stay stayed slept slep hid hide saw sen se "
    "heard hear asked ask rang ring caled cal met tok take gave give left leave do dunno guess "
    "hope thought cried cry wet woke wake started start stoped stop swear promise beat lost "
    "won found used use"
)
# "No" is "know" after these only before what is known ("I no where", "dont no what"), never
# before a verb or "one" ("I no like it", "they no give me food", "talk to no one" keep their
# negation); after a negation it is "know" at the end too ("I dont no").
_DONT = _set("dont didnt doesnt wont dnt ya")
_KNOWER = _set("i eye you u we they to wana dont didnt doesnt wont dnt ya")
_KNOWN = _set(
    "what wat wot where wer when who how why if that he she they it its hes shes theyre him her "
    "them you u the all about bout nothing anything everything any whats wheres whos my your ur "
    "his their this wen"
)
# "Four" stays a number before what is counted, and after a clock word.
_COUNTED = _set(
    "days day nights night weeks week months month years year hours hour minutes mins times "
    "of nil kids children people boys girls men lads pounds quid grand am pm oclock o eyes or "
    "and more each languages goals brothers sisters one two three five six seven"
)
_CLOCK = _set(
    "at from til until past about around by after before the of only like every its year aged "
    "age under over all those these them us number page was is am im hes shes turned turning "
    "just nearly almost"
)
# "Won" is a win after someone who wins, or before a score or a prize.
_WINNER = _set(
    "i eye we they he she you u it who team side city united mine and finaly just never have "
    "has had sister brother mate mates dad mum nan everyone nobody someone hes shes theyve ive "
    "weve"
)
_WON_WHAT = _set(
    "the a an my it again every first in at on by against lol 1 2 3 4 5 6 7 8 9 0 nil and "
    "that this something some loads money prize prizes award medal trophy her him them"
)
# "Rode" is the road after these ("the big rode", "cross the rode").
_ROAD_BEFORE = _set(
    "the a big main busy that this our my across cross crosed crosing dual ring side slip "
    "high back long fast same next"
)
# "Sea" is the sea after these or before these; otherwise "see" ("to sea who I talk to").
_THE_SEA = _set(
    "the a in into by at out of north irish red dead open calm rough deep blue black swim "
    "swiming swam drown drowned drowning celtic"
)
_SEA_THINGS = _set(
    "side front shell shells life food water view wall level bass lion lions horse horses weed "
    "gull gulls sick cadets scouts salt air breeze creature creatures monster urchin glass dog "
    "port and"
)
# Scots "ma" (my); Welsh "ma" (there is, they are; here) keeps its word before a Welsh
# pronoun, after a Welsh word or at the end, and "ma" after "my" is a mother.
_WELSH_AFTER_MA = _set(
    " nhw nhwn fe fen hi hin e en o on ni chi fi fin gen r rhaid na yn n wedi di rhywun pawb "
    "plant pobl dynion hogia bois boi ofn popeth athrawes ysgol gofalwyr"
)
_WELSH_BEFORE_MA = _set("bod fan yn ffordd lle hyn nawr fy my me his her your our their")
# Scots "da" (dad) beside a word of family; otherwise Welsh "da" (good) as written.
_A_DAD = _set("ma my me yer his her your their our wor foster step the an oor")
_DAD_DOES = _set(
    "says said hit hits battered batters punched came comes telt gets got shouts leathers "
    "and n is was wis s keeps wont"
)
# Geordie and Scots "us" before a part of the body is "my" ("slicin us arms"); no one writes
# "us arms" for "our arms".
_BODY = _set(
    "arm arms wrist wrists leg legs face head heid heed neck belly stomach chest hand hands "
    "haun hauns hair throat thigh thighs skin body bum nose eye eyes lip lips mouth ear ears "
    "fingers finger ribs"
)
# "Me" before the family is "my" in the North, the Midlands and Scotland ("me mam", "me da");
# "hit me mam" is no hit on the child. Not before what a child is called ("call me foster kid").
_FAMILY = _set(
    "mum mam mom ma maw mums mams dad da dads das nan nana nanny gran granny grandad grandma "
    "brother sister brothers sisters uncle auntie aunty aunt cousin cousins stepdad stepmum "
    "fella boyfriend girlfriend bairn son daughter arl"
)
# And before a part of the body, a room or a door, a passport or papers, and the people, places
# and pets around a child in care, as the North West, the Midlands and the South write it ("put
# his hand down me kecks", "comes in me room", "me carer", "me mammy", "the trailer"). Never
# before food or what is given ("gave me food", "let me phone"), "back" ("send me back") or what
# a child is called ("call me foster kid"): there "me" is the child.
_MINE = _set(
    "arm arms wrist wrists leg legs face head neck belly stomach chest hand hands hair throat "
    "thigh thighs skin body bum nose eye eyes lip lips mouth ear ears fingers finger ribs cheek "
    "cheeks tooth tooths teeth boobs private privates kecks trousers pants knickers room "
    "bedroom bed door dor passport pasport papers bag drawer wages carer carers keyworker "
    "social sw iro teacher mate mates friend friends dog cat puppy kitten mammy mummy daddy "
    "placement trailer caravan"
)
# Welsh "wi" (I am) before a Welsh word; Scots "wi" (with) before a person or a thing.
_WITH_WHAT = _set(
    "the a an ma my me his her their our us him them it some nae no his a wee ma that this "
    "yer your thon every al they he she ye you folk pals mates boys lads men guys"
)
# "Heed" squeezed is "hed": "he would", but "his hed" or "me hed" is a head.
_A_HEAD = _set(
    "my me his her your yer their our wor the a on in of off round over bairns wee big "
    "fat sore"
)
# Geordie "wor" is "our"; after a subject (Yorkshire "it wor") it is "was".
_WAS_AFTER = _set("it he she i that there we they who what which tha")
# Scots "a" is "I" before a verb an article never comes before.
_A_IS_I = _set(
    "dinnae didnae cannae wasnae wisnae willnae wouldnae couldnae wis telt done just want "
    "think got ran went had have am was seen know feel dont didnt cant wont never hate said "
    "says tried stayed slept met ken havnae havenae hasnae isnae doesnae shouldnae widnae "
    "wullnae canna dinna didna gonnae wantae wannae hud wid cried"
)
# Scots "am" (I am) at the start of a message or a clause; never before "i" ("am i ok").
# Scots "am" is "I am" ("am no goin back") at the start of a message or a clause, or before
# what only "I am" comes before; it stays "am" after its subject or a question word ("where am
# i"), after an hour ("7 am"), before "i" ("am i ok"), and in Welsh ("chwerthin am fy mhen").
_AM_KEPT = _set(
    "i eye where how what who so as why when wat if nor neither really too also still o oclock "
    "1 2 3 4 5 6 7 8 9 10 11 12"
)
_AM_STARTS = _set(" and n but cos coz because then says said that now like tbh honestly cause an")
_AM_SAYS = _set("no not gonae going goin feart scared pure proper getin geting sick done")
_AM_ASKS = _set("i eye")

# Each word as typed (before squeezing) with its usual reading and the readings its neighbours
# give it. A false alarm is better than a miss, so where the neighbours say nothing the reading
# that could show harm is the usual one ("hell" is "he will").
BY_CONTEXT: Final[dict[str, ByContext]] = {
    # "hell hit me" is "he will hit me", "it was hell at school" is hell.
    "hell": ByContext("he will", (
        Beside("hell", before=_set(
            "was is its be been being like the a from to of in into through what bloody living "
            "pure absolute total proper literal literally actual go gone went as straight such "
            "sheer hot than frigging flipping")),
        Beside("hell", after=_set(
            " of on at in for hole yeah yes no nah out and but lot bent mode week weeks day "
            "days year tbh lol honestly mate though tho to with when cos because there here is "
            "was innit isnt")),
    )),
    # "shell kill me" and "a shell on the beach".
    "shell": ByContext("she will", (
        Beside("shell", before=_set(
            "a the my her his your their our sea egg turtle snail tortoise crab hard bullet "
            "shotgun in into of nut walnut pasta some big empty")),
        Beside("shell", after=_set(
            " suit suits fish shock shocked pasta on off of from and but out casing casings "
            "company garage station petrol shop is was in at with shells")),
    )),
    # "id rather die" and "my id card". Not "no", "any", "of", "with", "for" before: "no id
    # rather die" is "no, I'd rather die"; the word after settles those ("no id card").
    "id": ByContext("i would", (
        Beside("id", before=_set(
            "my his her your their our the a an student photo bus school college fake show "
            "showed shows ask asked asks take took check checked checks need needed proper new "
            "caller user apple steam")),
        Beside("id", after=_set(
            " card cards badge badges number pass photo and at for on to from in with is was "
            "back or documents papers so off but")),
    )),
    # Dictation: "eye am scared" is I; "a black eye", "my eye", "an eye test" are eyes.
    "eye": ByContext("eye", (
        Beside("eye", before=_AN_EYE), Beside("eye", after=_EYE_THINGS),
        Beside("i", after=_I_DOES),
    )),
    # "I no where he is", "dont no": know. "no food", "I no like it" (a negation) stay. Scots
    # "am no goin back" is "not".
    "no": ByContext("no", (
        Beside("not", before=_set("am im")),
        Beside("know", before=_KNOWER, after=_KNOWN),
        Beside("know", before=_DONT, after=_set("")),
    )),
    # "know won" is "no one" as a phone hears it.
    "know": ByContext("know", (Beside("no", after=_set("won")),)),
    # "four the money", "four 3 days": for. "four days", "at four", "four of us": a number.
    "four": ByContext("for", (Beside("four", after=_COUNTED), Beside("four", before=_CLOCK))),
    # "in front of won", "no won will believe me": one. "I won", "won 3 1": a win.
    "won": ByContext("one", (Beside("won", before=_WINNER), Beside("won", after=_WON_WHAT))),
    "rode": ByContext("rode", (Beside("road", before=_ROAD_BEFORE),)),
    "sea": ByContext("see", (Beside("sea", before=_THE_SEA), Beside("sea", after=_SEA_THINGS))),
    "ma": ByContext("my", (
        Beside("ma", after=_WELSH_AFTER_MA), Beside("ma", before=_WELSH_BEFORE_MA),
    )),
    "da": ByContext("da", (Beside("dad", before=_A_DAD), Beside("dad", after=_DAD_DOES))),
    "das": ByContext("das", (Beside("dads", before=_A_DAD),)),
    "wi": ByContext("wi", (Beside("with", after=_WITH_WHAT),)),
    "us": ByContext("us", (Beside("my", after=_BODY),)),
    "me": ByContext("me", (Beside("my", after=_FAMILY | _MINE),)),
    # Scots "a've" is "I have"; after a subject or a helper it is "have".
    "ave": ByContext("i have", (Beside("have", before=_set(
        "i eye we you u they to would wud could cud should shud might must wil dont didnt cant "
        "wont and")),)),
    "hed": ByContext("he would", (Beside("head", before=_A_HEAD),)),
    "wor": ByContext("our", (Beside("was", before=_WAS_AFTER),)),
    "a": ByContext("a", (Beside("i", after=_A_IS_I),)),
    "am": ByContext("am", (
        Beside("am", after=_AM_ASKS), Beside("am", before=_AM_KEPT),
        Beside("i am", before=_AM_STARTS), Beside("i am", after=_AM_SAYS),
    )),
}
BY_CONTEXT.update(concern_dialect_north_west.context(BY_CONTEXT))
