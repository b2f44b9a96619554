"""What hearme ships for trying and testing it, never imported by the running bot.

``sandbox`` is a loopback stand-in for the Telegram Bot API (the tests' fake and the demo's
Telegram); ``demo`` is ``hearme demo``, a fictional council's year through the real bot;
``postgres`` starts a throwaway PostgreSQL server for the tests and the benchmarks.
"""
