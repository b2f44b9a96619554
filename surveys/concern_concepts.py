"""The ideas a child's words stand for, so the learned layer reads structure and not only words.

"A bloke off the estate wants me to drop parcels round" and "some older lads make me keep a
bag at my carers" share hardly a word, but both are *someone older* + *made to* + *carry or
hold* + *a package*. Words (after ``surveys.concerns.normalise``) are mapped to
concept classes, and the learned layer (``surveys.concern_learning``) reads
each pair of concepts met within a few words of each other (``kk:CARRY+COERCE``), beside its
letters and words. A wording never seen then shares the
concept pairs of the disclosures it was trained on, while an ordinary answer that uses one
word of harm ("i carry my nans shopping") lacks the pairs that make it one.

The classes reuse the vocabulary the rules already define (``surveys.concern_slots``), so the two
layers agree on what a "carer" or a "weapon" is, and add the words of county lines, debt,
coercion, secrecy, travel and the rest that guidance names as signs (Home Office county lines
guidance; Keeping Children Safe in Education), in English and Welsh.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from surveys import concern_slots

# Concept pairs are read only between words this close: far apart, two ideas are rarely one.
WINDOW: Final = 5
# The longest phrase of a concept, in words ("out of town", "take it out of").
_LONGEST: Final = 4
_REPEATS: Final = re.compile(r"([a-z])\1+")


def _alternatives(pattern: str) -> list[str]:
    """Every phrase a slot's simple pattern spells: groups, ``|`` and ``?`` after a group only."""
    phrases, rest = _sequence(pattern, 0)
    if rest != len(pattern):
        raise ValueError(f"unbalanced pattern near {pattern[rest:rest + 20]!r}")
    return [" ".join(p.split()) for p in phrases if p.strip()]


def _sequence(pattern: str, at: int) -> tuple[list[str], int]:
    # One alternative after another up to the closing ")" of the group we are in.
    options: list[str] = []
    current = [""]
    while at < len(pattern) and pattern[at] != ")":
        char = pattern[at]
        if char == "|":
            options += current
            current, at = [""], at + 1
        elif char == "(":
            inner, at = _sequence(pattern, at + 1)
            at += 1
            if at < len(pattern) and pattern[at] == "?":
                inner, at = [*inner, ""], at + 1
            current = [c + i for c in current for i in inner]
        else:
            current, at = [c + char for c in current], at + 1
    return options + current, at


def _words(*parts: str | Iterable[str]) -> frozenset[str]:
    found: set[str] = set()
    for part in parts:
        found.update(_alternatives(part) if isinstance(part, str) else part)
    # The same squeezing of repeated letters that normalise applies ("weed" reads "wed").
    return frozenset(_REPEATS.sub(r"\1", word) for word in found)


def _split(text: str) -> list[str]:
    return text.split(",")


# Each concept: the slots of the rules it reuses, then words the rules keep no slot for.
CONCEPTS: Final[dict[str, frozenset[str]]] = {
    "OLDER": _words(concern_slots.OLDERS, concern_slots.CONTROLLERS, _split(
        "older,olders,elders,elder,grown up,grown ups,adult,adults,man,men,guy,guys,bloke,"
        "blokes,lad,lads,woman,women,lady,mandem,older brother,big brother,"
        "his mates,a man,some man,this man,"
        "this guy,dynion,dyn,bois,hogia,the boss,gang,my guy,the youngers")),
    "CARER": _words(concern_slots.CARER, _split(
        "mums boyfriend,mams boyfriend,mams new fella,fella,step dad,carers boyfriend")),
    "GANG": _words(_split(
        "gang,gangs,mandem,the ends,ends,postcode,estate,crew,colours,tag,line,lines,deal line,"
        "county,country,ot,trap,trap house,block,opps,rivals,the younger,youngers,tick,re up,"
        "grafting,graft,shotting,shot,food,nittys,nitties,cunch,cuckoo,bando,plug,plugging")),
    "DRUGS": _words(concern_slots.DRUGS, _split(
        "drugs,weed,bud,skunk,coke,crack,ket,pills,spice,xanax,bars,lean,mdma,pingers,gear,"
        "bags,bag,baggies,packages,package,parcel,parcels,the lot,the thing,"
        "the ting,ting,a box,box,bottles,stuff,bits,cyffuriau,pecyn")),
    "WEAPON": _words(_split(
        "knife,knives,blade,blades,machete,gun,guns,weapon,weapons,shank,nank,strap,ting,"
        "bat,cyllell,gwn")),
    "MONEY": _words(_split(
        "money,cash,notes,wad,wads,envelope,bundle,bundles,quid,grand,bread,p,paid,pay,pays,"
        "paying,wages,card,bank,bank account,arian,pres,trainers,gifts,"
        "present,presents,sim,phone")),
    "DEBT": _words(_split(
        "owe,owes,owed,owing,debt,debts,in debt,pay back,pay it back,pay them back,pay off,"
        "working off,work it off,adding on,add,adds,interest,tick,on tick,lost,robbed,"
        "set me up,dyled")),
    "CARRY": _words(concern_slots.ERRAND, _split(
        "carry,carrying,carried,hold,holds,holding,held,keep,keeps,keeping,kept,hide,hides,"
        "hiding,hid,stash,stashing,mind,minding,move,moving,moved,take,takes,taking,took,drop,"
        "drops,dropping,deliver,delivering,deliveries,bring,bringing,brought,pick up,picking "
        "up,picked up,collect,plug,bag up,"
        "sell,selling,sold,deal,dealing,run,runs,running,do runs,work,working,job,jobs,"
        "cario,dal,cuddio,gwerthu,gwaith")),
    "COERCE": _words(concern_slots.MUST, _split(
        "make me,makes me,made me,making me,make us,made us,makes us,force,forced,forces,"
        "told me,tell me,tells me,told,got told,get told,have to,had to,has to,got to,need to,"
        "must,meant to,supposed to,or else,if i dont,if i didnt,if i dont pay,cant say no,"
        "cant stop,cant get out,no choice,own me,they own me,wants me to,want me to,expect me,"
        "say i have to,or they,or hell,or theyll,gorfod,rhaid")),
    "THREAT": _words(concern_slots.STRIKE, _split(
        "hurt,hurts,hurting,kill,killed,stab,stabbed,shank,burn,burned,burnt,beat,beaten,batter,"
        "battered,jump,jumped,wet up,do me,do my,get me,get you,come for,come after,come to my,"
        "smash,threaten,threatened,threats,threat,or else,"
        "punish,punishment,find me,find my,brifo,lladd,curo")),
    "SECRET": _words(_split(
        "tell anyone,tell anybody,tell no one,not tell,dont tell,cant tell,cant say,not allowed "
        "to tell,not to tell,snitch,snitching,snitches,grass,grassing,grassed,secret,keep quiet,"
        "keep my mouth shut,what to say,say it was,say its mine,blame,take the blame,"
        "dont ask,lie,lying,cover,say im")),
    "TRAVEL": _words(_split(
        "train,trains,tren,coach,bus,buses,station,taxi,uber,car,cars,van,lorry,lift,"
        "lifts,drive,drives,drove,ticket,tickets,journey,another town,other town,other towns,"
        "different town,out of town,miles from home,miles away,far away,country,go country,"
        "going country,ot,away for,days away,cardiff,"
        "caerdydd,gaerdydd,abertawe,swansea,birmingham,leeds,manchester,london,liverpool,"
        "bristol,wrexham,norwich,bournemouth,exeter,plymouth,brighton,margate,southend,"
        "portsmouth,hull,stoke,coventry,nottingham,derby,reading,oxford,ipswich,lincoln,"
        "some town,a town,a city,the city,the coast,a house,a flat,some flat,some house,"
        "hotel,hotels")),
    "PHONE": _words(_split(
        "phone,phones,fone,sim,sims,burner,work phone,line phone,number,numbers,text,texts,"
        "messages,message,calls,call,rings,ringing,snap,snapchat,insta,tiktok,whatsapp,"
        "online,dm,dms,ffon")),
    "POLICE": _words(_split(
        "police,feds,cops,old bill,boydem,the law,arrested,arrest,custody,stopped,search,"
        "searched,stop and search,caught,court,heddlu")),
    "NIGHT": _words(_split(
        "night,nights,at night,all night,2am,3am,4am,midnight,late,till late,weekends,every "
        "weekend,every friday,all day,days,for days,a week,nos,neithiwr")),
    "KEPT": _words(_split(
        "locked,lock,locked in,kept,keep me,keeps me,not allowed,cant leave,cant go,wont let,"
        "dont let,passport,papers,stay in,trapped,stuck,no privacy,cant get out,"
        "for free,not paid,no pay,no wages,clo,cloi")),
    "SEXUAL": _words(concern_slots.PRIVATE, _split(
        "nudes,nude,pics,pictures,picture,photo,photos,videos,video,touch,touches,touched,sex,"
        "sexual,bedroom,bed,sleep with,sleep with them,parties,party,boyfriend,girlfriend,"
        "kiss,naked,undress,onlyfans,send,sending,cam,webcam,things to me")),
    "GIFT": _words(_split(
        "gave me,gives me,give me,given,free,gifts,gift,presents,trainers,drink,"
        "alcohol,food,new clothes,money,treats,rhoi")),
    "FEAR": _words(concern_slots.FEAR, _split(
        "scared,scard,frightened,afraid,terrified,worried,panic,dread,dont feel safe,not safe,"
        "unsafe,danger,ofn,ofnus")),
    "BODY": _words(concern_slots.BODY, _split(
        "bruise,bruises,bruised,marks,cut,cuts,blood,bleeding,broken,injury,injuries,scar")),
    "SELF_HARM": _words(concern_slots.PILLS, concern_slots.PLACE, _split(
        "die,dying,dead,kill myself,end it,end my life,suicide,suicidal,overdose,cut myself,"
        "hurt myself,jump,jump off,not wake up,not waking up,disappear,no point,hang,rope,"
        "ligature,marw,lladd fy hun")),
    "HOME": _words(_split(
        "home,house,flat,room,my room,bedroom,placement,carers house,carers,the home,"
        "childrens home,kitchen,bathroom,door,my door,adre,ty,cartref")),
    "SCHOOL": _words(_split(
        "school,class,lesson,teacher,college,ysgol")),
    "MISSING": _words(_split(
        "missing,ran away,run away,running away,went missing,off school,skipping school,"
        "not been at school,out all night,didnt come home,dont come home,wont come home")),
}

# Each phrase and the concepts it stands for (a word may stand for two: "ting", "or else").
_TABLE: Final[dict[str, tuple[str, ...]]] = {}
for _concept, _phrases in sorted(CONCEPTS.items()):
    for _phrase in _phrases:
        _TABLE[_phrase] = (*_TABLE.get(_phrase, ()), _concept)


def concepts(plain: str) -> list[tuple[int, str]]:
    """Where each concept is named in normalised text: (word index, concept), in text order.

    Args:
        plain: Text already passed through ``surveys.concerns.normalise``.

    Returns:
        One pair for each phrase of a concept found, at the index of its first word; a word
        inside a longer phrase of the same concept is not counted twice.
    """
    words = plain.split()
    found: dict[tuple[int, str], None] = {}
    for start in range(len(words)):
        for size in range(min(_LONGEST, len(words) - start), 0, -1):
            for concept in _TABLE.get(" ".join(words[start:start + size]), ()):
                found[(start, concept)] = None
    return list(found)


def concept_features(plain: str) -> tuple[str, ...]:
    """The concept features of normalised text: pairs of concepts named near each other.

    Args:
        plain: Text already passed through ``surveys.concerns.normalise``.

    Returns:
        ``kk:FIRST+SECOND`` (in alphabetical order) for two different concepts named within
        :data:`WINDOW` words of each other. A concept alone is left out: one word of harm is
        what near misses and disclosures share ("i carry my nans shopping"), so on its own it
        only taught the model the topic (leave-one-batch-out: fewer caught, more false alarms).
    """
    places = concepts(plain)
    found: dict[str, None] = {}
    for index, (here, first) in enumerate(places):
        for there, second in places[index + 1:]:
            if there - here > WINDOW:
                break
            if first != second:
                pair = "+".join(sorted((first, second)))
                found[f"kk:{pair}"] = None
    return tuple(found)
