"""The words that tell a first name from the everyday word it also is (``iro_named``).

Kept apart so the lists can grow without the reading growing: names that are words, the words
before one that make it the word ("I will", "the bill"), the words before one that make it a
person ("I told Will"), and the verbs after one that only a person takes ("Will said").
"""

from __future__ import annotations

from typing import Final

# Given names that are also everyday English words (modals, nouns, adjectives, months).
NAMES_THAT_ARE_WORDS: Final = frozenset(
    {
        "will", "hope", "grace", "rose", "mark", "bill", "sunny", "faith", "joy", "dawn",
        "may", "june", "april", "august", "summer", "autumn", "holly", "ivy", "lily", "daisy",
        "poppy", "ruby", "amber", "jade", "pearl", "crystal", "heather", "violet", "iris",
        "robin", "jack", "frank", "pat", "sue", "ray", "rob", "guy", "dean", "drew", "chase",
        "hunter", "miles", "gene", "earl", "rich", "page", "brook", "bob", "sandy", "rusty",
        "cliff", "glen", "heath", "penny", "melody", "harmony", "honor", "honour", "patience",
        "charity", "mercy", "destiny", "angel", "carol", "grant", "wade", "mason", "nick",
        "max", "kit", "rocky", "lucky", "happy", "harry", "peg", "jay", "don", "sky",
        "skye", "river", "storm", "star", "bishop", "victor", "buck", "duke", "king", "major",
        "mo", "di", "bud", "woody", "dot", "sly", "art", "gray", "grey", "ginger", "hazel",
        "olive", "willow", "sage", "forest", "journey", "bliss", "precious", "trinity",
    }
)  # fmt: skip

# Before the word, these make it the everyday word: a subject before a modal or verb
# ("I will", "you hope"), a determiner or possessive before a noun ("the bill", "a mark",
# "my hope"), and the verbs that take a thing ("pay the bill" aside, "have hope").
BEFORE_A_WORD: Final = frozenset(
    {
        "i", "im", "i'm", "you", "u", "ya", "he", "she", "we", "they", "it", "who", "which",
        "that", "there", "this", "these", "those", "what", "one", "someone", "somebody",
        "nobody", "everyone", "people", "things", "she'll", "the", "a", "an", "my", "your",
        "his", "her", "our", "their", "its", "no", "some", "any", "every", "each", "much",
        "of", "in", "with", "without", "for", "free", "good", "bad", "high", "low", "big",
        "have", "has", "had", "lost", "lose", "give", "gave", "pay", "paid", "say", "said",
        "red", "white", "wild", "full", "last", "next", "first", "new", "hard", "own", "only",
        "just", "really", "still", "never", "always", "also", "be",
    }
)  # fmt: skip

# Before the word, these make it a person: verbs that take one, and only one.
BEFORE_A_NAME: Final = frozenset(
    {
        "told", "tell", "tells", "telling", "asked", "ask", "asks", "called", "phoned",
        "texted", "messaged", "met", "meet", "trust", "hate", "hates", "fear", "missed",
    }
)  # fmt: skip

# After the word, these only follow a person: what a subject says or does, in any tense.
AFTER_A_NAME: Final = frozenset(
    {
        "said", "says", "told", "tells", "made", "makes", "took", "takes", "gave", "gives",
        "got", "gets", "came", "comes", "went", "goes", "kept", "keeps", "was", "is", "has",
        "had", "does", "did", "didn't", "doesn't", "wasn't", "isn't", "hasn't", "touched",
        "grabbed", "shouted", "threatened", "slapped", "kicked", "punched", "pushed", "hurts",
        "hits", "smacked", "swore", "shouts", "screams", "screamed", "yelled", "yells",
        "knows", "knew", "thinks", "thought", "wants", "wanted", "sent", "sends", "left",
        "brought", "bought", "caught", "held", "holds", "showed", "shows", "asked", "asks",
        "won't", "can't", "wouldn't", "couldn't",
    }
)  # fmt: skip

# Skipped between the word and its verb ("Will always shouts").
ADVERBS: Final = frozenset(
    {"always", "never", "just", "also", "still", "sometimes", "often", "really", "even", "then"}
)
# Words ending like a verb ("-s", "-ed") that are not one, so never read as one.
NOT_VERBS: Final = frozenset(
    {
        "always", "sometimes", "perhaps", "as", "us", "yes", "this", "his", "hers", "its",
        "thus", "towards", "plus", "less", "unless", "besides", "afterwards", "upstairs",
        "downstairs", "outdoors", "indoors", "nowadays", "ones", "others", "lots", "loads",
        "tons", "times", "days", "weeks", "years", "thanks", "bed", "red", "shed", "need",
        "needed", "bled", "fled", "wed", "ted", "ned", "fed", "led", "sled", "hundred",
        "tired", "scared", "bored", "worried", "upset", "kids", "friends", "parents",
    }
)  # fmt: skip
