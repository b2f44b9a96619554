"""The outbox: everything hearme starts on its own, as rows that survive a restart.

``planning`` (which rows a review, an offer or a campaign implies), ``scheduler`` (the one repeating
job), ``rows`` (one row from due to done), ``sending`` (rows side by side, a chat's in order),
``failures``, ``group_commit``, ``due_offers`` and ``web_offers`` (offers waiting for a child),
``quiet_hours``, ``send_pacing`` and ``housekeeping``.
"""
