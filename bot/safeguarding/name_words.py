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
        "in", "free", "good", "bad", "high", "low", "big",
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
        # Before a person as often as before the thing ("scared of Will", "with Grace"):
        # read as the name, which costs only the IRO being told by duty instead.
        "of", "with", "without", "for", "by", "from", "about",
    }
)  # fmt: skip

# After the word, a modal says a person: the word itself never stands before one.
MODALS: Final = frozenset(
    {
        "would", "could", "should", "can", "can't", "cant", "might", "must", "shall", "will",
        "won't", "wont", "wouldnt", "couldnt", "would've",
    }
)  # fmt: skip

# Opening a sentence, before these the word is a question or a wish ("Will you", "Hope it").
SUBJECTS: Final = frozenset(
    {
        "i", "you", "u", "ya", "he", "she", "it", "we", "they", "there", "this", "that",
        "someone", "somebody", "anyone", "anybody", "nobody", "everyone", "everything",
        "things", "people", "my", "your", "his", "her", "our", "their", "the", "a", "an",
        "so", "not",
    }
)  # fmt: skip

# Names that are modals ("will", "may"): opening a sentence before a bare verb only ("will be
# ok", "will kill me"), a subject was left out, and it is the word.
MODAL_NAMES: Final = frozenset({"will", "may"})
BARE_VERBS: Final = frozenset(
    {
        "be", "get", "go", "do", "have", "come", "make", "take", "tell", "see", "say", "give",
        "know", "run", "try", "help", "stop", "kill", "find", "call", "keep", "start", "leave",
        "move", "send", "want", "need", "ring", "phone", "text", "ask", "end",
    }
)  # fmt: skip

# Verbs whose past is their bare form: after a name they say a person ("Grace hurt me"),
# after "will" they are its verb ("he will hit me").
SAME_IN_THE_PAST: Final = frozenset(
    {"hit", "hurt", "beat", "cut", "put", "shut", "let", "set", "burst", "cast", "spread"}
)

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
    {
        "always", "never", "just", "also", "still", "sometimes", "often", "really", "even",
        "then", "probably", "definitely", "prob", "defo",
    }
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
