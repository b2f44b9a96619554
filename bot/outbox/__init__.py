"""The outbox: everything hearme starts on its own, as rows that survive a restart.

``planning`` (which rows a review, an offer or a campaign implies), ``scheduler`` (the one repeating
job), ``rows`` (one row from due to done), ``sending`` (rows side by side, a chat's in order),
``failures``, ``aftercare`` (what a child's turn still owes after a failed send: a caring reply,
an alert or erasure notice, a retired chat's notice), ``group_commit``, ``due_offers`` and
``web_offers`` (offers waiting for a child),
``quiet_hours``, ``send_pacing`` and ``housekeeping``.
"""
