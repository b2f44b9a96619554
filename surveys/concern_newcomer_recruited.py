"""Recruiting, errands and pictures in the English of a new language.

The fourteenth blind hand's refugee and unaccompanied young people (see
``surveys.concern_newcomer`` for the voice) told being drawn in by men of their own country, by a
group online or by a boyfriend in learner grammar and in a translation app's stiff English. Each
shape is read only beside its harmful part:

- radicalisation: killing or violence against unbelievers ("kuffar", "non-believers") beside a
  duty or an oath; a pledge or oath video asked for; a car or a van driven into people beside a
  plan or an invitation; a teacher, a social worker, an imam or everyone here called the enemy or
  a traitor beside "only listen to them"; "come to Syria and fight"; people who insult or draw the
  prophet beside "we must punish them" or a list; "do something to the church" beside proving
  bravery;
- criminal exploitation: a bag or a parcel given to take to another town beside pay or not knowing
  what is inside; packets carried in pants or socks; a work phone or "the line" that rings in the
  night and must be answered; trainers and a phone given free first beside work for them now;
  "they want me go" to a town again with "the food";
- sexual exploitation: pictures or videos beside "pay or he send" to family or school; men who
  pay older girls beside "now is my turn"; more pictures wanted beside a threat to post them;
  passed to his friends beside men in a night; money and credit to get in a man's car beside
  touching; a video "of my body" beside money sent or more wanted.

Fresh wordings, written before the rules, are batches sm, sn and so of
``tests/corpora/adversarial.txt``; the ordinary sentences nearest them are the block "fourteenth
hand, a new language" of ``tests/corpora/near_misses.txt``. Same syntax as
``surveys.concern_frames``.
"""

from __future__ import annotations

from typing import Final

# --- radicalisation ------------------------------------------------------------------------------

_UNBELIEVERS = ("(violence|killing|kil|kill|fight|fighting|jihad|war) (against|the|on) (the )?"
                "(non believers|nonbelievers|unbelievers|kuffar|kufar|kafir|kafirs|infidels|"
                "disbelievers)")
_DUTY_OATH = ("(is (a |our |my |your )?(duty|obligation)|wajib|(pledge|oath|bayah|baya) video|film "
              "(my|the|your) (oath|pledge|bayah)|reward in paradise)")
_PLEDGE_VIDEO = ("(he|they|the brother|the brothers|brother) (want|wants|ask|asks|tell|tells) me "
                 "(to )?(make|record|film|do) (the |a |my )?(pledge|oath|bayah|baya) video(?!( "
                 "[a-z]+){0,2} for "
                 "(the )?(school|club|climate|eco|charity|class|council|scouts|guides))")
_RAMMING = ("(drive|driving|crash|ram) (a |the |his |their )?(car|van|truck|lorry) into (the )?"
            "(people|crowd|crowds)")
_PLANNED = ("(plan|plans|planning|want me to come|wants me to come|ask me (to )?come|come with "
            "(him|them)|we wil|tomorow)")
_CALLED_ENEMY = ("(social worker|teacher|imam|police|school|people in this country|everyone|all "
                 "people|the west|my family) (is|are) (the |an |our )?(enemy|enemies|traitor|"
                 "traitors|kafir|kuffar|murtad)(?! (spy|agent|team|base|in (the )?(cops|game|play|"
                 "film)))")
_ONLY_THEM = ("(only (listen|trust|follow|believe) (to )?(them|us|him|the brothers)|only (they|we) "
              "(are|is) (my|your) family|(dont|not|never) (talk|speak) (to|with) (your |the |my )?"
              "(social worker|teacher|carer|family))")
_FIGHT_ABROAD = ("(come|go) to (syria|iraq|afghanistan|somalia|yemen|libya|mali|chechnya|kashmir) "
                 "(and|to) fight(?! (with (snow|water|pilows)|in the (game|film)|for (the |a |our "
                 ")?([a-z]+ )?(cup|title|trophy|"
                 "match|game|league)))")
_INSULT_FAITH = ("(insult|insults|insulted|mock|mocks|draw|drew|disrespect) (islam|the prophet|our "
                 "(religion|faith|prophet)|alah|god)")
_PUNISH = "(we|i|you) (must|should|have to|wil|need to) (punish|kil|hurt|attack) (them|him|her)"
_TARGET_LIST = ("(list of (names|people|addresses)( of people)? (in my town|near me|in my area|"
                "here|"
                "in this town)|(i have|we have|i know|we know|i got) their (address|addresses|home|"
                "house))")
_DO_TO_WORSHIP = ("do something to the (church|mosque|synagogue|temple|gurdwara|police station)(?! "
                  "(bel|bells|roof|garden|clock|hal|choir|fete))")
_PROVE = "(brave|prove|show (i am|im)|flags|knife videos|knife)"

# --- criminal exploitation ---------------------------------------------------------------------

_BAG_GIVEN = ("(guy|man|men|boys|lads|someone|somebody)( [a-z]+){0,4} (give|gave|gives) me (a |the "
              "|his )?(bag|parcel|package|box|rucksack) to (take|bring|carry) to (?!(the|my|his|"
              "her|"
              "your|our|school|clas|ofice) )[a-z]+")
_PAID_BLIND = "((he|they) pay me|(dont|do not|not) know what (is )?inside|(dont|not|never) open)"
_PACKETS_HIDDEN = ("(carry|hide|keep|put|take) the (packets|packages|little bags) in my (pants|"
                   "socks|"
                   "underwear|boxers|bra|shoes)(?! drawer)")
_THE_LINE = "(work phone|phone for the line|the line phone|burner|trap phone)"
_IT_RINGS = "(when|if|it) (it )?(ring|rings)"
_NIGHT_CALL = ("(all night|in the night|at night|[0-9]+ in the night)")
_I_MUST_GO = "i (must|have to|need to) go(?! (and )?(wake|get|tel|find|cal|help))"
_GIFTS = ("(give|gave|buy|bought) (me|us)( [a-z]+){0,4} (trainers|phone|jacket|clothes|shoes)")
_FREE_FIRST = "(first|free|for free|for nothing)"
_WORK_NOW = ("(i|we) (must|have to|need to) (work|sell|deal|run) for (them|him)(?! (on|at|in|"
             "every) "
             "(saturday|sunday|weekend|weekends|the weekend|the (cafe|shop|restaurant|kitchen)))")
_SENT_AGAIN = ("they (want|send|make) me (go |to go )?(to )?[a-z]+ again with the (fod|food|bag|"
               "stuff|package|parcel|work)(?! (bank|for life|of (rice|flour|shopping)))")

# --- sexual exploitation -----------------------------------------------------------------------

_PICTURES = "(photo|photos|picture|pictures|video|videos|nudes)"
_PAY_OR_SEND = ("(pay|give|send)( me| him| them)? ([0-9]{3,}|[0-9]+ (hundred|thousand))( pound| "
                "pounds|"
                " quid)? or (he|they|she) (wil )?(send|post|share|show|put)")
_PAID_GIRLS = "(men|man|old men) (pay|give) (them|her|the girls)"
_MY_TURN = "(is|its) my turn(?! to (dance|play|sing|go|choose|pick|speak|read|cook|pray|help))"
_MORE_WANTED = ("(he|they) (want|wants|ask|asks) (for )?more (pictures|photos|videos|video)(?! of "
                "(my|the|your|his|her|our) (dog|cat|puppy|food|garden|room|drawing|drawings|art|"
                "project|page|"
                "cake))(?! (for|of) (his|her|my|the|our) (instagram|page|project|drawings|art))")
_POSTED = "(post|share|send|show|put) (them|it)"
_PASSED_ON = ("(pass|passes|share|shares|give|gives) me to (his|their) (friends|mates|brothers|"
              "cousins)")
_MEN_IN_A_NIGHT = ("(men|different men|girlfriend)")
_CAR_PAID = "(money|credit|phone credit) to (go|get|come) in (his|their|the) car"
_TOUCHED = "(touch|touches|touched) (us|me)"
_OF_MY_BODY = "(video|videos|photo|photos|pictures) of my body"
_MONEY_MORE = "(send|sent|give|gave) me money|now (he|they) (want|wants) more"

CLAUSES: Final[tuple[tuple[str, tuple[str, ...], int], ...]] = (
    # Radicalisation.
    ("radicalisation", (_UNBELIEVERS, _DUTY_OATH), 10),
    ("radicalisation", (_PLEDGE_VIDEO,), 12),
    ("radicalisation", (_RAMMING, _PLANNED), 16),
    ("radicalisation", (_CALLED_ENEMY, _ONLY_THEM), 24),
    ("radicalisation", (_FIGHT_ABROAD,), 8),
    ("radicalisation", (_INSULT_FAITH, _PUNISH), 14),
    ("radicalisation", (_INSULT_FAITH, _TARGET_LIST), 14),
    ("radicalisation", (_DO_TO_WORSHIP, _PROVE), 14),
    # Criminal exploitation.
    ("exploitation", (_BAG_GIVEN, _PAID_BLIND), 24),
    ("exploitation", (_PACKETS_HIDDEN,), 10),
    ("exploitation", (_THE_LINE, _IT_RINGS, _NIGHT_CALL, _I_MUST_GO), 22),
    ("exploitation", (_GIFTS, _FREE_FIRST, _WORK_NOW), 20),
    ("exploitation", (_SENT_AGAIN,), 12),
    # Sexual exploitation.
    ("sexual_exploitation", (_PICTURES, _PAY_OR_SEND), 14),
    ("sexual_exploitation", (_PAID_GIRLS, _MY_TURN), 14),
    ("sexual_exploitation", (_MORE_WANTED, _POSTED), 14),
    ("sexual_exploitation", (_PASSED_ON, _MEN_IN_A_NIGHT), 14),
    ("sexual_exploitation", (_CAR_PAID, _TOUCHED), 12),
    ("sexual_exploitation", (_OF_MY_BODY, _MONEY_MORE), 16),
)
