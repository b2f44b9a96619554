"""What staff do with hearme: commands, after the review, participation, reports, erasure requests.

``commands`` (IRO, participation officer, admin and duty commands; alert acknowledgement),
``after_review`` (marking a review held, the IRO's participation prompt), ``participation`` (the
participation questions' rules), ``reports`` (what staff read from the reports room) and
``erasure_requests`` (a child's ``/delete``, told to admins).
"""
