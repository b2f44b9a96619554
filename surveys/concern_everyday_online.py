"""Ordinary answers about games, apps and phones, by kind of everyday context.

Children told ordinary online life in the words games and phones use every day, and the older
rules read some of it as harm, in a few kinds of everyday context:

- a game's or a chat's own moves: kicked, banned or booted from a lobby, a server, a party, a
  call or a squad, or put out of a group chat by those in it (the social media and phone
  voices' words for it too: "kicked me out the form group chat", "removed me from the family
  gc");
- a brother's, sister's, cousin's or friend's "kill me" over a game thing or a trifle done,
  ending on a laugh ("my brother is going to kill me, I deleted his world by accident lol");
- a phone from the family: a carer, a parent, a nan or a social worker who gave the child one;
- an older brother's or sister's age beside the job they do;
- a game's money paid back to the household from pocket money or wages;
- "dangerous" for the child's own money (contactless, a vending machine, online shopping);
- a worry that is over: picked on at an old school "but it's fine now", a friend who blocked
  the child and made up;
- a fake account of a team, a school or a teacher, not of the child;
- money from family for photos of an occasion (school photos, the prom).

Each saying names the everyday thing (the lobby, the trifle and the laugh, the family giver, the
job, the pocket money, the money, the old school, the making up, the team) and runs only over
harmless words to the words of harm it holds; none runs across, or is followed by, words that
turn it back to harm (a grown-up who did it, telling, pictures, money owed to others, a secret,
meeting). A match is set aside only when a saying holds all of it (``surveys.concerns``), so harm
told beside a saying is still read; ``surveys.concern_everyday`` adds them to its sayings, per
category. Same syntax as the phrase lists; phrases are squeezed as texts are.
"""

from __future__ import annotations

from typing import Final

from surveys.concern_voice_parts import gap_without as _gap

# Words no saying's gap may run over: a grown-up or a man, telling, pictures, a secret, meeting,
# money owed to others, a blow, being scared.
_TURNS = ("dad|mum|stepdad|step|carer|carers|uncle|boyfriend|man|men|olders|told|tell|tells|"
          "telling|pics|pic|photos|photo|nudes|video|secret|meet|met|owe|owes|debt|hit|hits|"
          "punch|punched|slapped|hurt|hurts|scared|police|knife|drugs|weed|line|real|really|"
          "actually|serious|means|meant")
# What, within the next words, turns a saying back to harm.
_TURN_AFTER = (f"(?!( [a-z0-9]+){{0,8}} ({_TURNS}|on purpose|did it|last time|every time|every "
               "night|all night|for real|not joking)( |$))")
_LAUGH = "(lol|haha|hahaha|ha ha|hehe|lmao|lmfao|rofl|jk|xd|jokes|only joking)"


def _harmless(most: int) -> str:
    """Up to ``most`` words, none a word that turns a saying to harm."""
    return _gap(f"({_TURNS})", most)


# --- a game's or a chat's own moves ----------------------------------------------------------
_PLACE = ("(lobby|server|servers|party|party chat|game chat|call|vc|voice chat|discord|squad|"
          "team|match|round|game|realm|clan|group chat|gc|stream|live|minecraft server|roblox "
          "game)")
# Put out of a chat by those in it: "they kicked me out the form group chat", "my sister
# removed me from the family gc". Written three times, in the words of the online, the social
# media and the phone voices, it is one move, read here once. Never a grown-up at home: "my
# stepdad kicked me" is a blow wherever it ends.
_IN_THE_CHAT = ("(my (little |big |older |younger |baby )?(brother|bro|sister|sis|cousin|cuz|mate|"
                "friend|best friend|bestie|bf|gf|mates|friends)|they|someone|somebody|everyone|he|"
                "she|people|the (girls|boys|lads)|host|mod|mods|admin|owner)")
_CHAT = ("(group chat|gc|chat|call|server|lobby|whatsapp|whatsapp group|snap group|group|discord|"
         "vc|party|squad)")
# Besides the words that turn any saying here, a blow or a drop named after being put out.
_OUT_AFTER = (f"(?!( [a-z0-9]+){{0,8}} ({_TURNS}|kick|kicks|kicked|stamped|beat|batter|stab|bag|"
              "bags|drop|mam|on purpose|did it|last time|every time|every night|all night|for "
              "real|not joking)( |$))")
_KICKED_FROM_A_GAME = [
    "(got|get|gets|getting|was|been|keep getting|kept getting|i got) (kicked|booted|banned|"
    f"kicked out|thrown out|chucked out) (from|of|out of|off) (the|a|my|our|their|his|her) "
    f"{_PLACE}{_TURN_AFTER}",
    "(host|mate|mates|friend|friends|bestie|cousin|brother|sister|mod|mods|admin|owner|someone|"
    "they|he|she) (kicked|booted|banned|chucked) (me|us) (out )?(from|of|out of|off) (the|a|my|"
    f"our|their|his|her) {_PLACE}{_TURN_AFTER}",
]
_PUT_OUT_OF_A_CHAT = [
    f"({_IN_THE_CHAT} )?(kicked|booted|chucked|removed|threw) (me|us) (out|out of|of|from|off) "
    f"(the|our|my|their|his|her) ([a-z0-9]+ ){{0,2}}{_CHAT}{_OUT_AFTER}",
]

# --- "kill me" over a trifle, with a laugh ----------------------------------------------------
# A brother, a sister, a cousin or a friend, never a grown-up at home: "my stepdad will kill me
# if I break it lol" is still read. The trifle is something done in a game or to a thing.
_PEER = ("(my (little |big |older |younger |baby )?(brother|bro|sister|sis|cousin|cuz|mate|"
         "friend|best friend|bestie|bf|gf|mates|friends)|someone in the (gc|group chat|chat|group|"
         "server|squad)|the (gc|group chat|squad))")
_TRIFLE = ("(deleted|delete|sold|sell|lost|lose|broke|break|crashed|crash|spoiled|spoiling|spoilt|"
           "spoil|forgot|forget|ate|eat|used|use|took|wiped|reset|traded|trade|killed|beat|won|"
           "left|skipped|missed|posted the (score|ending|spoiler|meme)|gave away)")
_KILL_IN_JEST = [
    f"{_PEER}( is| s| are| re| wil| will| would| said (he|she|they) would| says (he|she|they) "
    "will)? (going to |gona |gonna |wana |wanted to |wants to )?kill me( (cos|because|coz|for|"
    "if|when|after|when (he|she|they) (finds|find|sees|see) (out )?(that )?))?( i)?( just| "
    f"literally| accidentally)? {_TRIFLE}{_harmless(8)}( {_LAUGH})+{_TURN_AFTER}",
]

# --- a phone from the family --------------------------------------------------------------------
# The giver stands right before the gift ("my carer gave me a phone"), so "my carer's boyfriend
# gave me a phone" is still read; nothing after says the phone is for someone else's work.
_FAMILY = ("(carer|carers|foster carer|foster carers|foster mum|foster dad|foster parents|mum|"
           "dad|nan|nana|gran|grandad|grandma|aunty|auntie|social worker|keyworker|key worker|"
           "school|my sister|my brother)")
_NOT_WORK = ("(?!( [a-z0-9]+){0,10} (rings|ring|answer|burner|for them|for him|secret|keep it|"
             "hide|hidden|dont tell|olders|line|drop|drops|deliver|pick up|owe|debt|only for|"
             "work phone|use it for)( |$))")
_PHONE_FROM_FAMILY = [
    f"{_FAMILY} (gave|bought|got|get|gets|gives|buys) me (a|my|this|her|his|their) (old |first |"
    f"new |spare |proper )?(phone|mobile|iphone|sim|sim card)\\b{_NOT_WORK}",
]

# --- an older brother's or sister's age, and their job -------------------------------------------
_JOB = ("(works|working|has a job|got a job|is at uni|goes to uni|is at college|does shifts|"
        "is in the army|is an apprentice|drives for)")
_SIBLING_AT_WORK = [
    f"my (big |older )?(brother|bro|sister|sis)( s)?{_harmless(10)} (he|she) is [0-9]+ and {_JOB}"
    f"{_TURN_AFTER}",
    f"my (big |older )?(brother|bro|sister|sis)( s| is)? [0-9]+ and {_JOB}{_TURN_AFTER}",
]

# --- a game's money paid back to the household ------------------------------------------------
_OWN_MONEY = ("(pocket money|wages|birthday money|christmas money|savings|allowance|paper round "
              "money|job money)")
# Paid back to someone at home, never to "them": "I have to pay them back from my wages" may be
# a debt to the olders. Nothing after says what was lost or taken.
_HOME_PAYEE = "(it|my (mum|dad|nan|carer|carers|sister|brother|foster mum|foster dad))"
_NOT_THEIRS = ("(?!( [a-z0-9]+){0,10} (their|theirs|olders|food|taken|took|robbed|lost|bag|"
               "package|parcel|stuff|or else|or they|or he|owe|debt|hurt|hit|hits|police|drugs|"
               "weed|knife|scared|man|men|secret|pics|photos)( |$))")
_PAID_BACK_TO_HOME = [
    f"((had|have|has|got|need|needed) to |made me |i )?(pay|paid|give|gave) {_HOME_PAYEE} back "
    f"(from|out of|with) my {_OWN_MONEY}{_NOT_THEIRS}",
]

# --- "dangerous" for the child's own money ------------------------------------------------------
_DANGEROUS_FOR_MY_MONEY = [
    "(is|so|too|really|well|proper) dangerous for my (money|bank|bank account|bank balance|"
    "wallet|savings|pocket money|wages|purse)",
]

# --- a worry that is over ------------------------------------------------------------------------
_BACK_THEN = ("(in year [0-9]+|in yr [0-9]+|in primary|at primary|at my old school|at my last "
              "school|last year|when i was (little|younger|small|[0-9]+))")
_NOW_FINE = ("(its|it is|everything is|everything s|things are|all|im|i am|we are|were) (fine|ok|"
             "okay|sorted|good|alright|better|great|friends|mates)( now)?")
_OVER_NOW = [
    f"((got|get|was|were|been|i was|i got) )?(picked on|bullied|called names|left out)( a bit| a "
    f"lot)? {_BACK_THEN}{_harmless(4)} but "
    f"{_NOW_FINE}{_TURN_AFTER}",
    "(best friend|bestie|friend|mate|sister|brother|cousin) blocked me( on [a-z]+)?"
    f"{_harmless(8)} (we made up|made up|we are friends again|were friends again|we sorted it|"
    "then unblocked me|unblocked me)",
]

# --- money for photos of an occasion ------------------------------------------------------------
# "my nan gives me money for school photos", "money for photos at the prom": a photographer's
# pictures of a day, paid for by family; never "for photos of me".
_OCCASION = ("(school|class|team|prom|year book|yearbook|leavers|graduation|passport|nursery|"
             "football|dance|christening|wedding|sports day|panto|show)")
_OCCASION_PHOTOS = [
    "(gives|gave|give|sends|sent|pays|paid|pay|lent|lends) me (the )?money for (the |my |our )?"
    f"{_OCCASION} (photos|pictures|photo|picture|pics)",
    "(gives|gave|give|sends|sent|pays|paid|pay|lent|lends) me (the )?money for (the )?(photos|"
    f"pictures|pics) (at|from|of) (the|my|our) {_OCCASION}",
]

# --- a fake account of a team, a school or a teacher ----------------------------------------
_FAKE_OF_OTHERS = [
    "(fake|parody) (account|acount|insta|tiktok|page|profile|snap) (pretending to be|of|for|"
    "posing as|for the|of the) (our|the|a|my) (head teacher|headteacher|head|teacher|teachers|"
    "deputy head|school|football team|team|club|youtuber|celebrity|form tutor)",
]

ONLINE: Final[dict[str, list[str]]] = {
    "physical_abuse": [*_KICKED_FROM_A_GAME, *_PUT_OUT_OF_A_CHAT],
    "unsafe_home": [*_KICKED_FROM_A_GAME, *_PUT_OUT_OF_A_CHAT, *_DANGEROUS_FOR_MY_MONEY],
    "bullying": [*_KICKED_FROM_A_GAME, *_OVER_NOW, *_FAKE_OF_OTHERS],
    "emotional_abuse": _KILL_IN_JEST,
    "exploitation": [*_PHONE_FROM_FAMILY, *_PAID_BACK_TO_HOME],
    "sexual_exploitation": [*_SIBLING_AT_WORK, *_OCCASION_PHOTOS],
}
