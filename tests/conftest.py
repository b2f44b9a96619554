"""Settings every test shares."""

import os

# python-telegram-bot 22 warns on every 429 unless durations are timedeltas; hearme handles
# them as timedeltas, and the warnings-are-errors setting would otherwise fail any 429 test.
os.environ.setdefault("PTB_TIMEDELTA", "1")
