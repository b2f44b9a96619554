"""Several ``hearme run --webhook`` workers on one database, driven as Telegram would drive them.

The harness the fleet test (``tests/faults/test_fleet.py``) and ``make bench``'s fleet figure
(``bench/fleet.py``) share:

* :mod:`.balancer` — the Bot API stand-in delivering updates to the workers' webhooks through a
  round-robin load balancer, each post answered only once handled and retried on the next
  worker when one does not answer;
* :mod:`.workers` — real ``hearme run --webhook`` processes: started, SIGKILLed, restarted;
* :mod:`.stage` — staff, children, chats and open consultations written through hearme's own
  storage, before the workers start;
* :mod:`.children` — children answering the questions their chat shows, one action at a time;
* :mod:`.scenario` — the whole run: answers and a campaign, kills and alerts, and what the
  database and the chats hold afterwards.
"""

from hearme_dev.fleet.scenario import Outcome, Plan, measure_answers, run_fleet

__all__ = ["Outcome", "Plan", "measure_answers", "run_fleet"]
