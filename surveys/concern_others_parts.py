"""The parts of ``surveys.concern_others``'s neglect clauses, and how young a child is.

Kept apart so that module stays short enough to read: who is left, and how young (under ten for
an evening alone; an eleven- or twelve-year-old home after school is a judgement for a person);
for how long; a parent gone while a child minds the baby on their own; a medicine someone else
kept back, and what followed; a carer out of it all day, and children going without; a baby ill
for days and no doctor at all. Each is a regular expression in the phrase lists' syntax.
"""

from __future__ import annotations

# A child young enough that what is done to them, or left undone, is plainly serious: an age told
# after the act ("she is only 5", "hes 9"; "4" and "2" are spelled "for" and "to" by then), a
# number beside a brother or a sister, a baby or a toddler.
YOUNG = ("((she|he|they|who|baby|sister|brother|cousin|nephew|niece|son|daughter|twins) (is|are)"
         " (only |just )?([1-9]|10|11|12|one|three|five|six|seven|eight|nine|ten|eleven|twelve)"
         "(?! (days|weeks|hours|minutes|mins|times|oclock|pounds|quid|pm|am|miles|percent)"
         "(?![a-z]))|(brother|sister|cousin|son|daughter|nephew|niece) (for|[1-9]|10|11|12)"
         "(?! (days|weeks|hours|ages|a|an|the|his|her|my|me|him|them|us|it|what|years)(?![a-z]))|"
         "([1-9]|to|for|one|two|three|four|five|six) (year|yr|years|yrs) old|(the|a|my|our|her|"
         "his|your) (baby|babies|toddler|twins))")

# Under ten: left alone for an evening at eleven or twelve is a judgement for a person, not an
# alarm (a review's "my sister is 11 and mum leaves her on her own after school").
UNDER_TEN = ("((she|he|they|who|baby|sister|brother|cousin|nephew|niece|son|daughter|twins) (is|"
              "are) (only |just )?([1-9]|one|three|five|six|seven|eight|nine)(?! (days|weeks|hours|"
              "minutes|mins|times|oclock|pounds|quid|pm|am|miles|percent)(?![a-z]))|(brother|"
              "sister|"
              "cousin|son|daughter|nephew|niece) (for|[1-9])(?! (days|weeks|hours|ages|a|an|the|"
              "his|"
              "her|my|me|him|them|us|it|what|years)(?![a-z]))|([1-9]|to|for|one|two|three|four|"
              "five|"
              "six) (year|yr|years|yrs) old|(the|a|my|our|her|his|your) (baby|babies|toddler|"
              "twins))")

# Neglect: left alone, and how long or how young. Who is left is a person: a pronoun not
# followed by a thing ("left her coat at mine" is a coat), or a child named by a family word.
FAMILY = ("(brother|brothers|sister|sisters|baby|babies|kids|children|little ones|twins|son|"
           "daughter|nephew|niece|cousin|cousins|bro|sis)")
LEFT = ("(leave|leaves|left|leaving|leavin) ((me|him|her|them|us)(?= (alone|on|by|with|for|and|n|"
         "at|in|all|while|when|there|home|overnight|to|til|until|every|over)(?![a-z])|$)|(my|our|"
         f"his|her|your|their)(?= ([a-z0-9]+ )?{FAMILY}(?![a-z]))|the (kids|twins|baby|babies|"
         "little ones|children))")
# Alone "to practise" or "to finish" is a task done on one's own, not a child abandoned.
ALONE = ("(alone|on (his|her|their|my|our|your|there) own|by (himself|herself|themselves|myself|"
          "ourselves|yourself))(?! for ([a-z0-9]+ |a couple of )?(minute|minutes|second|seconds|"
          "sec|moment|bit|min|mins|hour|hours)(?![a-z]))(?! to (finish|do|play|practise|practice|"
          "read|work|think|calm|cool|choose|pick|sort|try|get|watch|revise)(?![a-z]))")
# Left with a little one to mind, for days: a baby, or a brother or sister called little or
# given an age (a big sister of 22 minding a brother over Easter is family life).
WITH_A_LITTLE_ONE = ("with (her|his|my|their|the|your) (([a-z0-9]+ ){0,2}(baby|babies|little "
                      "ones)|(little|baby|small|younger|[0-9]+ year old|to year old|for year old|"
                      "[a-z]+ year old) (brother|sister|brothers|sisters))")
FOR_DAYS = ("((for|over) (([a-z0-9]+ |a few )?days|a week|weeks|a fortnight|([a-z0-9]+ )?nights|"
             "new year|christmas|easter)|all night)")
GONE_A_WEEK = ("(doesnt|didnt|does not|did not|dont|not|never) (come|comes|came) (home|back)"
                "( for)?( like)? (a week|days|weeks|([a-z0-9]+ )(days|nights))")
CARING_ALONE = ("(look|looking|feed|feeding|care for|caring for|cook for|cooking for) (after )?"
                 "(your|my|the|our|his|her) ([a-z]+ )?(baby|little|brother|sister|kids|twins)")
# With nobody else: a lorry driver away for three nights while a child helps mum is not it.
ON_THEIR_OWN = ("(on (your|my|our|his|her|their|ur) own|by (yourself|myself|ourselves|himself|"
                 "herself|themselves|urself)|alone|nobody else|no one else|no grown ups|no adults)")
# A child's medicine not given, and what followed.
# Someone else's forgetting: "i forgot my inhaler" is the child's own.
# (A clause's first part is grouped by its first letters, so this one goes second.)
MEDICINE_KEPT = ("(?<!i )(?<!we )(?<!never )(?<!not )(doesnt give|dont give|does not give|never "
                  "gives|never give|"
                  "wont give|stopped giving|not giving|forgets|forgot|keeps forgetting|doesnt "
                  "bring)( [a-z]+){0,4} "
                  "(insulin|inhaler|epilepsy|tablets|meds|medicine|medication|antibiotics|"
                  "injection|injections|epipen)")
# What followed is an event: a fit, an attack, an ambulance, A&E; not a hospital appointment.
AFTER_IT = ("((?<!didnt )(?<!did not )(?<!dont )(?<!never )(had|has|having|have) (a |an )?"
             "([a-z]+ )?(fit|fits|seizure|seizures|attack|hypo)|"
             "(fit|seizure|seizures)|ambulance|a e|(went|taken|rushed|ended up|go|goes|been) (to|"
             "in|"
             "into) hospital|collapsed|passed out|ended up in)")
# A carer out of it all day, and children who go without.
# In bed all day is a grown-up's doing only with the grown-up named: "my brother stays in bed
# all day" is a teenager on an inset day.
OUT_OF_IT = ("((asleep|sleep|sleeps|sleeping|in bed|passed out|out of it)( [a-z]+)? (from the "
              "drink|from drink|drunk|with the drink)|(she|mum|mam|dad|nan|nain|carer|he|her mum|"
              "his mum|her dad|his dad)( just| always)? (stays|lies|stay|lie|staying|lying) in bed "
              "all day|(always|all day) (drunk|passed out)|passed out drunk)")
GO_WITHOUT = ("((dont|do not|never|didnt) (get|have) (any )?(tea|dinner|food|breakfast|lunch|fed)"
               "|(have|has|got) to (look after|feed|cook for) ([a-z]+ ){0,3}(myself|herself|"
               "himself|cousins|kids|children|brother|brothers|sister|sisters|baby|babies)|(do|"
               "does) all (the )?cooking|not (go|going) (to )?school(?! (tomorrow|today|on|this|"
               "next)(?![a-z]))|dont go (to )?school)")
# A baby ill for days, and no doctor.
BABY_ILL = ("(baby|son|daughter|little one|child) (has|have|had|got|is|with)( had| got| been)? "
             "(a )?(high )?(fever|temperature|rash|diarrhoea|vomiting)")
# No doctor at all, not a doctor "till Monday" or one "not needed".
NO_DOCTOR = ("(no (gp|doctor|doctors|bus money|help)(?! (needed|till|until|appointment))|nobody "
              "(help|helps|will help)|no one (help|helps|will help)|cant (afford|see) (a )?(gp|"
              "doctor|to hospital)|not registered)")
# For days: an ill baby the same day is a pharmacy's business.
DAYS_ILL = ("(([0-9]+|to|for|three|five|six|seven|few|a few) days|for days|a week|all week|since "
             "(monday|tuesday|wednesday|thursday|friday|saturday|sunday|last week))")
