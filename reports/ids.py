"""The survey, question and option ids reports depend on, in one place.

The surveys room owns the definitions; when an id there is renamed, this is the one file to change.
Satisfaction and feedback also pick up any agreement or red/amber/green question they do not
know by name, so a new statement appears in the report rather than vanishing.
"""

from __future__ import annotations

MY_REVIEW = "my_review"
TELL_US_MORE = "tell_us_more"
AFTER_MY_REVIEW = "after_my_review"

# Age bands in the order reports show them (as surveys.bands names them).
BANDS: tuple[str, ...] = ("under_4", "4_7", "8_11", "12_15", "16_plus")
CONSULTED_BANDS: tuple[str, ...] = BANDS[1:]
BAND_LABELS: dict[str, str] = {
    "under_4": "Under 4",
    "4_7": "4–7",
    "8_11": "8–11",
    "12_15": "12–15",
    "16_plus": "16+",
}

CODES: tuple[str, ...] = tuple(f"PN{n}" for n in range(8))
CODE_LABELS: dict[str, str] = {
    "PN0": "Under 4 at the review",
    "PN1": "Attends and speaks for themselves",
    "PN2": "Attends; an advocate speaks for them",
    "PN3": "Attends; conveys views non-verbally",
    "PN4": "Attends but does not contribute",
    "PN5": "Does not attend; briefs someone",
    "PN6": "Does not attend; conveys views another way",
    "PN7": "Does not attend; views not conveyed",
}
PARTICIPATING: tuple[str, ...] = CODES[1:7]
MODES: tuple[str, ...] = ("in_person", "virtual", "hybrid")
MODE_LABELS: dict[str, str] = {
    "in_person": "Face to face",
    "virtual": "Virtual",
    "hybrid": "Hybrid",
    "unrecorded": "Not recorded",
}

# tell_us_more: the seven statements (question or core ids) and their agreement options.
AGREEMENT: tuple[str, ...] = ("yes", "sometimes", "no", "dont_know")
AGREEMENT_LABELS: dict[str, str] = {
    "yes": "Yes",
    "sometimes": "Sometimes",
    "no": "No",
    "dont_know": "Don't know",
}
POSITIVE = "yes"
STATEMENTS: dict[str, str] = {
    "iro_does_what_they_say": "My IRO does what they say they will",
    "iro_helps_me_understand": "My IRO helps me understand what is happening",
    "worker_explained_why": "My worker explained why they are working with me and my family",
    "involved_in_plans": "I have been involved in making plans to make things better",
    "iro_spends_time_listens": "My IRO spends time with me and listens to what I have to say",
    "iro_helped_me_feel_safe": "My IRO has helped me to feel safe",
    "able_to_talk_to_iro": "I feel able to talk to my IRO",
}
TELL_US_MORE_TEXTS: dict[str, str] = {
    "anything_else_about_iro": "Anything else about how your IRO has worked with you",
    "one_thing_to_change": "The one thing you would change",
}

# Consent to quote: a choice question in tell_us_more and after_my_review.
QUOTE_CONSENT = "consent_to_quote"
CONSENT_YES = "yes"

# after_my_review.
RAG: tuple[str, ...] = ("red", "amber", "green")
RAG_LABELS: dict[str, str] = {"red": "Red", "amber": "Amber", "green": "Green"}
RAG_EMOJI: dict[str, str] = {"red": "🔴", "amber": "🟠", "green": "🟢"}
RAG_QUESTION = "how_it_went"
RAG_REASON = "how_it_went_why"
ATTENDED = "attended"
TALKED_ABOUT_WHAT_I_WANTED = "talked_about_wanted"
# The feedback questions as a report heads them (in words, not field names).
FEEDBACK_LABELS: dict[str, str] = {
    RAG_QUESTION: "How did your meeting go?",
    "listened_to": "I felt listened to",
    "understood_decisions": "I understood the decisions made",
    "where_when_right": "Where and when were right",
    "right_people": "The right people were there",
    TALKED_ABOUT_WHAT_I_WANTED: "We talked about what I wanted to",
}
FEEDBACK_TEXTS: dict[str, str] = {
    RAG_REASON: "Why the meeting went that way",
    "next_time_better": "What would make next time better",
}

# my_review: the questions the pre-meeting views lift out of the rest.
COME_TO_MEETING = "come_to_meeting"
CHAIR = "chair"
ADVOCATE = "advocate"
TOPICS = "topics"
WHO_SHOULD_COME = "who_should_come"
WHO_NOT_COME = "who_not_come"
MEETING_PLACE = "meeting_place"
MEETING_TIME = "meeting_time"
WHERE_WHEN = "where_when"  # one question up to My Review 1.1; place and time since 1.2
FOR_MY_IRO = "for_iro"
# The decisions on the views, in the IRO's short words (the child's question is long).
DECISION_LABELS: dict[str, str] = {
    WHO_SHOULD_COME: "Who should come",
    WHO_NOT_COME: "Not wanted there",
    MEETING_PLACE: "Where",
    MEETING_TIME: "When",
    WHERE_WHEN: "Where and when",
    COME_TO_MEETING: "Coming",
    CHAIR: "Chairing",
    ADVOCATE: "An advocate",
}
WISHES: tuple[str, ...] = (COME_TO_MEETING, CHAIR, ADVOCATE)
ARRANGEMENTS: tuple[str, ...] = (
    WHO_SHOULD_COME,
    WHO_NOT_COME,
    MEETING_PLACE,
    MEETING_TIME,
    WHERE_WHEN,
)
