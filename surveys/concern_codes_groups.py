"""Harm named in code: county lines, sexual exploitation, trafficking, practices, extremism, home.

The second half of ``surveys.concern_codes`` (which says why codes need rules of their own): the
words of the groups that harm children, and of the communities where a harmful practice has a
name of its own. Sources (published guidance and glossaries, never this project's corpora):

- county lines and child criminal exploitation ("going cunch", "country", "OT", "food", "the
  line", "a ting", "taxed", "on tick", "cuckooing"): Cardiff University's Complex Safeguarding
  Wales, "Common terms" (cardiff.ac.uk); Dorset Studio School, "Child criminal exploitation and
  county lines" (dorsetstudioschool.co.uk); Mortimer Primary, "County lines"
  (mortimerprimary.co.uk); Blessed Edward, "Child criminal exploitation" (blessededward.co.uk);
- sexual exploitation ("wifey", being "passed round" at a "chill", a "daddy" who takes the
  money, a "sugar daddy"): Children of the Street, "Terms" (childrenofthestreet.com); Shared
  Hope International's glossary as given by Sex Trafficking and Special Education
  (sextraffickingandspecialeducation.com); the Department for Education's Parent Info and CEOP
  guide, as reported by The Guardian (theguardian.com, 2015);
- trafficking and modern slavery (a relative or "auntie" who brought the child and is owed,
  ritual oaths): ECPAT UK, "Understanding child trafficking: safeguarding children controlled
  through belief in ritual oaths, child witches, or religious and traditional practices"; the
  national action plan to tackle child abuse linked to faith or belief, summary by BASW
  (basw.co.uk); Somerset Council, "Modern day slavery" (somerset.gov.uk);
- FGM's community names (gudniin, halalays, qodiin, tahur, khitan, khifad, sunna, bondo,
  megrez, kutairi): the Scottish Government, "Responding to female genital mutilation:
  multi-agency guidance", appendix 2 (gov.scot); FORWARD, "Definitions and terms for FGM"
  (forwarduk.org.uk); Statement on FGM, "Lexicon of FGM terms" (statementonfgm.com); breast
  flattening; a child called possessed ("kindoki") and beaten to be "delivered": The Key for
  School Leaders, "Faith abuse"; Buckinghamshire children's procedures, "Child abuse linked to
  faith or belief" (buckschildrensmapp.co.uk); honour ("izzat"): Karma Nirvana, FAQs
  (karmanirvana.org.uk);
- extremist in-group words ("day of the rope", "rahowa", "1488", a "saint" Tarrant, "hijrah" to
  the "dawlah", "kuffar" as targets, dying "shahid"): HOPE not hate, "Signs of hate: a
  safeguarding guide to online hate" (2021); R4JUST, "Glossary of terms and acronyms"
  (r4just.org); Harper's, "Lost boys" (the U.S. Department of Defense's incel terms,
  harpers.org); the Journal of the American Academy of Psychiatry and the Law's incel glossary
  (jaapl.org); CBS News, "A parent's guide to the secret language of internet extremists".

As in ``surveys.concern_codes``: a code that names harm alone is a phrase; a code that is also
an everyday word (country, food, a ting, a daddy, an auntie, sunna, hijrah, a saint) is a clause
that needs the harm beside it. Fresh wordings written before the rules are batches wk to wp of
``tests/corpora/adversarial.txt``; the everyday sentences that share the codes are the block
"codes" of ``tests/corpora/near_misses.txt``. Same syntax as ``surveys.concern_frames``.
"""

from __future__ import annotations

from typing import Final

# --- criminal exploitation ---------------------------------------------------------------------

_SENT_OUT = ("(go|going|goes|went|gone|send|sends|sent|sending|take|takes|took) (me |us |him )?"
             "(cunch|country|ot|o t|out of town|outta town|trapping|shotting|on a shift)")
_THE_WORK = ("((till|until|til) (its|it is|the lot is|everything is|its all|it is all|all of it "
             "is) (gone|sold|shifted|done)|cant come (back|home)|(the )?(olders|elders|mandem)|"
             "owe|debt|the line|trap|trap house|bando|nitys|nities|fiends|shots|wraps|pebs)")
_STREET_WEAPON = "(ting|tings|shank|shanks|nank|skeng|wap|burner|strap)"
_HOLD_IT = ("(hold|keep|stash|hide|mind|look after)( it| this| them)? (under|in|for)|under my "
            "(mattress|bed|pillow)")
_OR_ELSE = ("(if (it|its|it is) (goes missing|go missing|lost|gone|found)|(im|i am|youre|you "
            "are) (dead|done)|(they|hel|he will|theyl|they will) (hurt|stab|shank|kil|do) me|know"
            " where (i|my|we) live)")

# --- sexual exploitation -----------------------------------------------------------------------

_PASSED_ROUND = "(passed|pass|passing|passes) (me|her|us) (round|around)"
# Not a party's pass the parcel: filmed, or in a bedroom, or for money.
_FILMED = ("(filmed|filming|recorded|videoed|bedroom|hotel|for money|paid|owe|(his|their) "
           "mates)")
_WIFEY = "(wifey|his girl now|belong to (him|them))"
_WHOEVER = ("(beat|link|linking|sleep with|be nice to|go with|do stuff with) (whoever|anyone|"
            "who(ever)? (he|they) (says|tells|wants|picks))")
_PIMP_DADDY = ("(calls himself my daddy|make me call him daddy|makes me call him daddy|have to "
               "call him daddy|my daddy now)")
# Men who pay, or the money taken: not a step dad called daddy on a hotel holiday.
_PUNTERS = ("((men|punters|clients|customers|johns)( at the hotel)? (give|gave|pay|paid)|takes "
            "(the|my|all the|all my) (money|cash))")

# --- trafficking -------------------------------------------------------------------------------

_BROUGHT_FROM = ("(brought|bring|took|flew|sent for|got) me (here |over |to (the uk|england|"
                 "london|britain|scotland|wales|here) )?from")
# Owed for the journey, or the child kept from school or kept working: not a tenner for a bus pass.
_JOURNEY = "(ticket|tickets|flight|flights|journey|trip|passage|bringing me|visa|papers)"
_OWED = (f"((pay (her|him|them) back|owe (her|him|them)|(my|the) debt) (for (the |my )?{_JOURNEY}|"
         "(thousands|[0-9]+ (thousand|grand|k)|loads|everything))|no school|not allowed (to go )?"
         "(to )?(school|out)|cant go (to school|out)|keeps my (passport|papers|documents|id)|"
         "for (nothing|free|no money|my keep))")

# --- harmful practices -------------------------------------------------------------------------

# FGM's community names heard only for girls' cutting, or for both (then read for a girl).
_FGM_NAME = ("(gudniin|gudnin|gudiniin|halalays|qodiin|tahur|tahoor|thara|khifad|khifaad|khafd|"
             "khatna|megrez|mekhnishab|kutairi|niaka|kuyango|fanadu)")
# Said of the child or a girl (not "her" alone: mum's cooking for a brother's gudniin).
_FOR_A_GIRL = ("(me|my (little |baby |big |older )?(sister|sisters|cousin|daughter)|(the )?girls|"
               "clean|pure|purity|become (a )?woman|the lady|the woman|cut|cutting)")
# Names that are also words of ordinary faith or life (a sunna prayer, tahara before prayer, a
# boy's khitan, a car's body filler): only with the cutting done to a girl.
_SHARED_NAME = "(sunna|sunnah|tahara|khitan|khitaan|bondo|sonde)"
_CUT_A_GIRL = ("((cut|cutting|cuts|bleed|bleeding|stitched|sewn|sew) (me|her|my|girls|us)|(the|"
               "a) (lady|woman|aunty|auntie|cutter) (will|is going to|came|comes|to) do|(done|do)"
               " (it )?on (me|her|my (little |baby )?(sister|cousin|daughter))|(dont|do not) want"
               " to be cut)")
# A child called a witch or possessed by the grown-ups (not a film's possessed doll).
_POSSESSED = ("(says|say|said|think|thinks|thought|called|calls|call|accuse|accused|accuses) (i am|"
              "im|i have|he is|hes|he has|she is|shes|she has|my (little |baby )?(brother|sister|"
              "cousin)( is| has)?|me|him|her)( a| an)? (kindoki|ndoki|witch|possessed|evil spirit|"
              "demon|djinn|jinn)")
_DELIVERANCE = ("(beat|beats|beating|beaten|hit|hits|starve|starved|fast for days|made me fast|"
                "chili|chilli|pepper in my eyes|burn|burnt|tied|locked)")

# --- radicalisation ----------------------------------------------------------------------------

_MOVEMENT_CODE = ("(day of the rope|rahowa|racial holy war|saint tarrant|st tarrant|saint "
                  "breivik|st breivik|saint elliot|supreme gentleman)")
# Not a 100 metres in 14.88 seconds.
_1488 = "(1488|fourteen words)"
_A_CREW = "(group|chat|server|crew|lads|boys|tattoo|flag|patch|discord|telegram|gc)"
_HIJRAH = "(hijrah|hijra|make hijrah)"
_TO_THE_STATE = ("(dawlah|dawla|sham|syria|caliphate|khilafah|mujahid|mujahideen|help me get "
                 "there|pay for my (flight|ticket))")
_UNBELIEVERS = "(kufar|kafirs|kafir|kufs|murtads|murtad)"
_TARGETS = ("(targets|target|kill them|killed|deserve to die|attack|bomb|stab|legit|shahid|"
            "shahed|martyr|jihad|fight them)")
_MARTYR = "(be|being|become|becoming|die|dying|die as) (a )?(shahid|shahed|martyr)"
_I_WANT = ("(i|me|my|myself) ([a-z]+ ){0,3}(want|wana|best|going to|gona|plan|duty|jannah|"
           "paradise)|(best|only) way to go")

# --- unsafe home -------------------------------------------------------------------------------

_CUCKOOED = "(cuckooed|cuckood|cuckooing|cuckoo d|cuckoo ed)"
_OUR_HOME = ("(my|our|mums|mams|dads|nans|me and my mums) (flat|house|home|place|room)")

PHRASES: Final[dict[str, list[str]]] = {
    # A movement's words for its killings and its heroes, said to or of the child.
    "radicalisation": [f"(?<!about )(?<!about the ){_MOVEMENT_CODE}"],
}

CLAUSES: Final[tuple[tuple[str, tuple[str, ...], int], ...]] = (
    # Sent "cunch", "country" or "OT", with the olders, a debt or no coming back till it's sold.
    ("exploitation", (_SENT_OUT, _THE_WORK), 14),
    # A "ting" or "shank" to hold, under a threat.
    ("exploitation", (_STREET_WEAPON, _HOLD_IT, _OR_ELSE), 16),
    # Passed round, filmed or in a bedroom or at a chill.
    ("sexual_exploitation", (_PASSED_ROUND, _FILMED), 12),
    # "Wifey", and made to sleep with whoever he says.
    ("sexual_exploitation", (_WIFEY, _WHOEVER), 14),
    # A "daddy" who takes the money the men pay.
    ("sexual_exploitation", (_PIMP_DADDY, _PUNTERS), 16),
    # Brought from another country by someone who is owed, or keeps the papers.
    ("trafficking", (_BROUGHT_FROM, _OWED), 18),
    # FGM's community names, for a girl.
    ("harmful_practices", (_FGM_NAME, _FOR_A_GIRL), 14),
    # Names shared with ordinary faith, with the cutting done to a girl.
    ("harmful_practices", (_SHARED_NAME, _CUT_A_GIRL), 14),
    # A child called possessed, and beaten or starved to be delivered.
    ("harmful_practices", (_POSSESSED, _DELIVERANCE), 16),
    # 1488 as a group's mark.
    ("radicalisation", (_1488, _A_CREW), 6),
    # Hijrah to the "dawlah", or paid for.
    ("radicalisation", (_HIJRAH, _TO_THE_STATE), 14),
    # Unbelievers as targets.
    ("radicalisation", (_UNBELIEVERS, _TARGETS), 12),
    # To die a martyr, wanted by the child.
    ("radicalisation", (_MARTYR, _I_WANT), 12),
    # A home "cuckooed".
    ("unsafe_home", (_CUCKOOED, _OUR_HOME), 8),
)
