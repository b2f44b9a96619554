"""Harm told in Welsh as a child in care in Wales types it (the fourteenth hand's Welsh third).

``surveys/concern_cymru.py`` and ``surveys/concern_cymru_lives.py`` read a Welsh verb of harm in
any of its mutated forms beside the part that makes it harm: made to undress or to touch him in
private, a hand under the clothes, photos in the bath kept secret; a blow and the blood or the
wall, a baby shaken, a slap that drew blood, a try at choking; "if I tell" and a killing, a
drowning or a fire; a young child left with the little ones at night, no meals for days, a
hurt nobody takes to the doctor; a weapon kept for someone, a bag carried under a debt, no pay
and a passport kept; a hotel, a mosque or a rally to burn or attack, a fight abroad paid for;
a try at hanging oneself, hoping not to wake, the line and the train, letters and "not here
after"; a marriage arranged under eighteen, the devil beaten out, a girl to be cut.
``surveys/concern_everyday_cymru.py`` sets aside the Welsh third's ordinary answers the rules
read as harm, by kind of everyday context. The fresh wordings, written before the rules, are
batches sa to sh of ``adversarial.txt`` (first sight, rules alone, urgent: 12/48; every line
checked urgent here); their ordinary neighbours are the block "fourteenth hand Welsh" of
``near_misses.txt`` (every line checked silent). A second group of shapes (a child filmed
crying, a scare at night, blame for a death, hidden from the social, his mates) is
``SECOND_GROUP`` below.
"""

from __future__ import annotations

from surveys import concern_cymru, concern_cymru_lives
from surveys.concern_cymru import forms
from surveys.concerns import detect
from tests.surveys.chats import (
    batch_texts,
    not_urgent,
    raising,
    unreached,
)

# The batches of adversarial.txt written for these rules, and how many lines each holds.
BATCHES = {
    ("sexual_abuse", "sa"): 6, ("physical_abuse", "sb"): 6, ("emotional_abuse", "sc"): 6,
    ("neglect", "sd"): 6, ("exploitation", "se"): 6, ("radicalisation", "sf"): 6,
    ("self_harm", "sg"): 6, ("harmful_practices", "sh"): 6,
}

# (a disclosure in new words, its ordinary twin in the nearest words)
# Read by test_concern_rule_twins.py with every module's pairs.
PAIRS = [
    # sexual abuse: undressed and filmed, touched in private, a hand down the clothes, photos
    ("nath y dyn drws nesa neud i fi dynnu nillad fi off a ffilmio fi ar ei ffôn",
     "nath y nyrs neud i fi dynnu nillad fi off a gwisgo gŵn ysbyty"),
    ("ma ffrind Dad yn neud fi gyffwrdd fo o dan y duvet pan ma pawb yn cysgu",
     "ma Dad yn neud fi gyffwrdd fo, y draenog bach, yn yr ardd"),
    ("nath o roi ei law lawr fy nhrowsus i yn y sinema",
     "nath o roi ei law lawr ar y bwrdd i ddangos y tric"),
    ("ma Yncl yn tynnu lluniau ohona i yn y gawod a deud bod o'n gyfrinach",
     "ma Mam yn tynnu lluniau ohona i yn y pwll nofio i yrru at Nain"),
    # physical harm: thrown down the stairs, a baby shaken, a slap and blood, a try at choking
    ("nath cariad mam daflu hi lawr y grisiau neithiwr",
     "nath cariad mam daflu'r bêl lawr y grisiau i'r ci neithiwr"),
    ("odd e'n ysgwyd y babi yn galed achos odd hi'n sgrechian",
     "odd e'n ysgwyd y botel yn galed achos odd y babi'n sgrechian"),
    ("nath Dad roi slap i fi yn fy wyneb a nath fy nhrwyn waedu",
     "nath Dad roi plaster i fi ar fy mhen-glin ar ôl i fi gwympo"),
    ("nath hi drio tagu fi efo'i dwylo", "nath hi drio tagu ar y bisged sych"),
    # threats: "if I tell" and a fire, a dog threatened, "or they'll stab me"
    ("os dwi'n deud wrth yr athrawes bydd o'n llosgi'r tŷ",
     "os dwi'n deud wrth yr athrawes bydd hi'n rhoi seren i fi"),
    ("ma nhw'n bygwth lladd fy nghi os dwi'n siarad efo'r heddlu",
     "ma nhw'n bygwth glaw trwm fory yn y gêm"),
    ("ma nhw'n deud bod rhaid i fi symud y stwff neu bydd nhw'n stabio fi",
     "ma nhw'n deud bod rhaid i fi symud y car neu bydd y warden yn dod"),
    # neglect: left with the baby all night, no meals for days, no doctor
    ("dwi'n 7 a ma dad yn mynd i'r dafarn drwy'r nos a gadael fi efo'r babi",
     "dwi'n 7 a ma dad yn mynd i'r dafarn i wylio'r rygbi a ma Nain yn gwarchod fi a'r babi"),
    ("dwi heb gael cinio na swper ers dau ddiwrnod",
     "dwi heb gael cinio eto achos ma'r ffwrn yn araf"),
    ("ma nghlust i'n gwaedu ers wythnos a neb yn mynd â fi at y doctor",
     "ma nghlust i'n iawn rwan, neb angen mynd â fi at y doctor"),
    # exploitation and trafficking: drugs hidden for a man, a parcel under a debt, no pay and locked
    ("dwi'n cuddio cyffuriau i ddyn o'r dre yn fy stafell",
     "dwi'n cuddio siocled i Mam yn fy stafell tan y Pasg"),
    ("ma nhw'n neud i fi fynd â pecyn i Fangor neu ma gen i ddyled",
     "ma Mam yn neud i fi fynd â pecyn bwyd i'r ysgol bob dydd"),
    ("dwi'n gweithio yn y golchfa geir heb gyflog a ma nhw'n cloi fi mewn yn y nos",
     "dwi'n gwirfoddoli yn y siop elusen heb gyflog a ma nhw'n cloi'r siop am bump"),
    # radicalisation: a mosque to bomb, a fight abroad paid for, a race war and a knife
    ("ma boi ar tiktok isio fi helpu bomio'r mosg ar ddydd gwener",
     "ma boi ar tiktok isio fi helpu peintio'r mosg ar ddydd gwener"),
    ("ma nhw'n deud bod rhaid i fi fynd i ymladd dramor a ma nhw'n talu am y tocyn",
     "ma nhw'n deud bod rhaid i fi fynd i'r gêm dramor a ma nhw'n talu am y tocyn"),
    ("nath dyn ar y fforwm ddeud bod y rhyfel hil yn dod a bod gynno fo gyllell i fi",
     "nath yr athro ddeud bod y rhyfel hil yn America yn bwnc pwysig a bod gynno fo lyfr i fi"),
    # self-harm: hanging, not waking, the rails, a note and not here after contact
    ("nes i drio crogi fy hun yn y goedwig ddoe",
     "nes i drio dringo'r goeden fawr yn y goedwig ddoe"),
    ("gobeithio na wna i ddeffro, heno dwi'n cymryd y tabledi",
     "gobeithio na wna i ddeffro'n hwyr, heno dwi'n cymryd fy nhabledi hay fever"),
    ("dwi am neidio o flaen y trên ar ôl ysgol fory",
     "dwi am neidio o flaen y trên tegan i ddychryn fy mrawd bach"),
    ("dwi am orwedd ar y cledrau pan ma'r trên yn dod heno",
     "dwi am orwedd ar y traeth pan ma'r trên yn mynd heibio heno"),
    ("wrote a note for my carer, i wont be here after contact",
     "wrote a note for my carer, i wont be here after school cos of football"),
    # harmful practices: sent to marry at thirteen, the devil beaten out, a cousin to be cut
    ("ma nhw'n gyrru fi i Irac i briodi dyn hŷn, dwi'n 13",
     "ma nhw'n gyrru fi i Irac i briodas fy nghefnder, dwi'n 13"),
    ("nath y pastor guro'r diafol allan o fy mrawd bach",
     "nath y pastor siarad am y diafol allan yn y goedwig"),
    ("ma Anti yn deud bydd fy nghyfnither yn cael ei thorri pan ni'n mynd i Sudan",
     "ma Anti yn deud bydd fy nghyfnither yn cael ei gwallt wedi'i dorri pan ni'n mynd i Sudan"),
]

# A second group of shapes, found once the batch letters were spent: a child shouted at till
# they cry and filmed, a scare at night with a laugh at the scream, blamed for a parent's death,
# hidden when the social worker or the police call, and "sleep with his mates" from a man who
# pays for things. Written before their rules, in new words; the rules alone made 1/14 of them
# urgent at first sight (the one a shout every night read as). Every line is now urgent here.
SECOND_GROUP = [
    "ma llysfam fi'n sgrechian arna i nes bo fi'n llefen a wedyn ma hi'n ffilmio fi a'i yrru"
    " fe i'w chwaer",
    "nath o weiddi arna i tan o'n i'n crio, ffilmio fi'n crio a postio fe ar y grŵp teulu",
    "mae hi'n gweiddi arna i bob nos nes dwi'n crio a ma hi'n ffilmio fi i ddangos i'w chariad",
    "ma cariad mam yn diffodd y golau a neidio allan o'r cwpwrdd yn y nos, ma fe'n chwerthin"
    " pan dwi'n sgrechian",
    "bob nos ma fe'n gwisgo mwgwd a chnocio ar ffenest fi, ma fe'n chwerthin pan fi'n crio",
    "ma'r gofalwr yn cuddio dan y gwely yn y nos a gafael yn fy nhroed, ma fe'n chwerthin"
    " pan dwi'n sgrechen",
    'ma Dad yn deud bob dydd mai bai fi ydi bod Mam wedi marw',
    "ma Nain yn gweud taw fy mai i yw bod Taid di marw achos o'n i'n ddrwg",
    "ma Dad yn cuddio fi yn y sied pan ma'r heddlu'n cnocio, dwi fod yn y cartref",
    "pan ma'r gweithiwr cymdeithasol yn galw ma Mam yn cuddio fi yn y llofft",
    "ma nhw'n cuddio fi yn y fan pan ma'r social yn dod i'r maes carafanau",
    "ma cariad fi sy'n 24 yn talu am fy ffôn a nawr ma fe isio fi gysgu efo'i fêts",
    "ma'r dyn sy'n rhoi fêps i fi ishe fi gysgu gyda'i ffrindiau fe am bres",
    "ma fe'n prynu pethe i fi a deud bod rhaid i fi gysgu efo'i ffrindie fe nos sadwrn",
    # A third group, written before their rules: away from the home with a man or strangers,
    # older men, a drink and not remembering, someone in the room at night. The rules alone made
    # 2/9 urgent at first sight; the last (a lock taken off and a boy who comes in without
    # knocking, with no night or sleep named) is left to the learned layer.
    "dwi di bod o'r cartref ers tri diwrnod, dwi'n cysgu ar soffa rhyw ddyn hŷn yn y Rhyl",
    "fi di bod mas ers nos iau efo boi nes i gwrdd ar snap, dwi ddim yn mynd nôl i'r uned",
    "dwi ddim yn mynd nôl i'r cartre, dwi'n aros efo pobl dwi ddim yn nabod yn Wrecsam",
    "ma ffrind fi'n mynd â fi i fflat lle ma dynion hŷn yn rhoi fodca i ni a wedyn dwi ddim yn"
    " cofio dim",
    "nath y dynion yn y parti roi drinc i fi a dwi'm yn cofio be ddigwyddodd wedyn",
    "ma'r hogia hŷn yn rhoi tabledi i ni yn y partis a dwi'n methu cofio sut es i adre",
    "ma mab y gofalwr yn dod i mewn i stafell fi pan dwi'n cysgu a sefyll wrth y gwely",
    'ma rhywun yn agor drws fi bob nos am 3 y bore a dwi ofn mynd i gysgu',
]


def test_the_second_group_is_urgent() -> None:
    assert not_urgent(SECOND_GROUP) == []


# Worries in Welsh (the learned layer missed most of the third's): laughed at for speaking Welsh,
# a video posted with nasty things, told by girls at school that I stink, lonely in a new home,
# wanting to cry for no reason, a new carer again, sad all the time. Written before the rules;
# the rules alone raised 1/7 of them at first sight. Each must now raise an alert.
WORRIES = [
    "ma'r plant yn y dosbarth yn chwerthin achos fi'n siarad cymraeg gyda acen y gogledd",
    'nath rhywun bostio fideo ohona i ar snap yn dawnsio a sgwennu pethe cas amdana i',
    "ma merched yr ysgol yn deud bod fi'n drewi a bod mam fi'n alci, nes i grio ar y bws",
    "fi mor unig yn y cartref newydd, sa i'n nabod neb",
    "dwi jyst isio crio am ddim rheswm drwy'r amser",
    "ma gofalwr newydd gen i eto a dwi ddim yn lecio newid, dyma'r trydydd un eleni",
    "dwi'n teimlo'n drist drwy'r amser a dwi'm yn gwbod pam",
    # Written after the rules, for three the seven above do not reach.
    "dwi'n teimlo'n grac drwy'r amser ers i fi symud cartref",
    "ma nhw'n galw fi'n dew ar y bws bob bore",
    "does neb isio eistedd efo fi amser cinio",
]


def test_the_worries_raise_an_alert() -> None:
    assert [text for text in WORRIES if detect(text, learned=False) is None] == []


# Read by test_concern_split_twins.py with every module's splits.
SPLITS = [
    (["nath y boi o'r clwb", "neud i fi gyffwrdd fo", "yn y car a deud bod o'n gyfrinach"],
     ["nath y boi o'r sw", "neud i fi gyffwrdd fo", "y neidr, odd hi'n llyfn"]),
    (["dwi'n 8", "ma mam yn y pyb tan y bore", "a ma hi di gadael fi efo'r babi"],
     ["dwi'n 8", "ma mam yn y pyb am ginio", "a ma hi di gadael fi efo Nain a'r babi"]),
]

# (an ordinary answer the rules read as harm, now set aside; the harm told in its words)
SET_ASIDE_TWINS = [
    ("nath Osian gicio fi yn y gêm rygbi a ges i glais ar fy nghoes",
     "nath Dad gicio fi yn y gêm rygbi achos nes i golli a nawr ma gen i gleisiau"),
    ("ma chwaer fi'n mynd i ladd fi achos nes i fenthyg ei siwmper hi heb ofyn",
     "ma chwaer fi'n mynd i ladd fi achos nes i ddeud wrth y social worker"),
    ("os dwi'n deud wrth mam am y parti syrpreis bydd hi'n lladd fi lol",
     "os dwi'n deud wrth y social am y parti bydd e'n lladd fi"),
    ("os dwi'n gadael y drws ar agor bydd y ci yn rhedeg i ffwrdd",
     "ma'r ci yn rhedeg i ffwrdd a fi hefyd, dwi'n rhedeg i ffwrdd o'r cartref heno"),
    ("my nan told me she ran away from home at 17 to marry grandad, so cute",
     "my nain told me she ran away from home at 16 to marry taid, and i ran away from home last"
     " night"),
    ("yn ystod Ramadan ni heb fwyd na diod bob dydd tan iddi nosi",
     "dwi heb gael bwyd ers tri diwrnod achos ma mam yn meddwi"),
    ("yn Among Us rhaid lladd y bradwyr cyn bod nhw'n ennill",
     "ar y gem ma nhw'n deud bod rhaid lladd y mewnfudwyr"),
    ("yn yr amgueddfa rheilffordd nes i sefyll ar y trac wrth ymyl y trên stêm",
     "ar ôl yr amgueddfa dwi'n mynd i sefyll ar y lein heno pan ma'r trên yn dod, dwi di cael"
     " digon"),
    ("did the chilli challenge at my cousins and thought i was gonna die lol",
     "the hot wings challenge was fine but i want to die every day"),
    ("went to the hearing with my social worker for the care order, the judge had a wig",
     "my social worker for the review doesnt know i work for the olders now"),
    ("ar y trip ysbrydion yn y nos nath y tywysydd neidio allan a ni gyd yn chwerthin pan dwi'n"
     " sgrechian",
     "ar ôl y trip ysbrydion ma'r gofalwr yn neidio allan o'r cwpwrdd yn fy stafell bob nos a ma"
     " fe'n chwerthin pan dwi'n sgrechian"),
    ("older boys at the pump track showed me how to bunny hop, i fell off twice",
     "older lads at the skatepark showed me how to drop in and now they want me to carry bags"
     " for them"),
]


def test_each_set_aside_stays_quiet_and_the_harm_in_its_words_does_not() -> None:
    assert raising([ordinary for ordinary, _ in SET_ASIDE_TWINS]) == []
    assert not_urgent([harm for _, harm in SET_ASIDE_TWINS]) == []


def test_every_rule_is_reached_by_a_line_written_for_it() -> None:
    texts = batch_texts(BATCHES) + SECOND_GROUP + WORRIES + [disclosure for disclosure, _ in PAIRS]
    assert unreached(concern_cymru, texts) == []
    assert unreached(concern_cymru_lives, texts) == []


def test_a_welsh_verb_is_read_in_each_of_its_mutations() -> None:
    assert forms("taflu") == ["taflu", "daflu", "nhaflu", "thaflu"]
    assert forms("cicio") == ["cicio", "gicio", "nghicio", "chicio"]
    assert forms("lladd") == ["lladd", "ladd"]
    assert forms("rhoi") == ["rhoi", "roi"]
    assert forms("gwthio") == ["gwthio", "wthio", "ngwthio"]
    assert forms("sefyll") == ["sefyll"]
