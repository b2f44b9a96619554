"""Structural frames for a child who is low: crying, lonely, numb, nobody to talk to.

Split from ``surveys.concern_frames`` (which names these as its ``"upset"`` frames) to keep each
module short; same syntax: regular expressions over normalised text, every ``(`` a
non-capturing group. An upset is a worry, never urgent on its own.
"""

from __future__ import annotations

from typing import Final

UPSET: Final[list[str]] = [
    "(keep|keeps|kept|cant stop|cannot stop|always) (crying|cry|breaking down)",
    "(trist|drist|unig|isel) (trwyr amser|drwyr amser|bob dydd|bob nos)",
    "(sad|lonely|down|low|anxious|upset|unhappy|miserable|depressed|worried|stressed|scared)"
    " (all the time|every day|every night|most days|most nights|lately|at the moment|"
    "recently|constantly)",
    "(really|so|very|always|constantly) (sad|lonely|down|low|anxious|upset|unhappy|angry|"
    "depressed|miserable)",
    "(cry|crying|cried) (myself to sleep|every (night|day)|all the time|a lot|loads)",
    "(feel|feeling|felt) (so |really )?(empty|numb|hopeless|worthless|like a burden|like "
    "nobody cares|like no one cares|not good enough|like im not good enough|like i am not "
    "good enough|alone|invisible)",
    "(nobody|no one|noone) (listens|cares|understands|likes|loves) (to )?(me|about me)",
    "(nobody|no one|noone) to (talk|speak) to",
    "(want|need|can|could|like) (to )?(talk|speak) to (someone|somebody|a person|an adult|"
    "a grown up) (about|please|who)", "(someone|somebody) (to )?(talk|speak) to me",
    "(can|could) (someone|somebody|anyone) (talk|speak) to me",
    "(not|never) happy (here|at home|where i live|living here|anymore)",
    "(panic attack|panic attacks|depressed|depression|anxiety attacks)",
    "(everything|it|life) (is|feels) (too much|getting too much)",
    "(cant|cannot) (sleep|stop) (because|cos|thinking|worrying|crying)",
    "(always|constantly) (angry|worried|worrying|anxious|stressed)",
    "miss my (mum|dad|family|brother|sister|nan|mam) (so much|loads|every day|all the time)",
    "(eisiau|isio|moyn) siarad (efo|gyda|a|ag) rhywun",
]
