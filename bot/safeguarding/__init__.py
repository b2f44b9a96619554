"""Safeguarding: a possible disclosure or a request to talk never goes unanswered.

``alerts`` (raising an alert inside the child's transaction, the caring reply, telling staff and
escalating), ``about_iro`` (whether an alert is about the child's IRO: the one answer every
reader asks) and ``recent_words`` (a child's last harmless messages, briefly, so a disclosure
split over messages is caught).
"""
