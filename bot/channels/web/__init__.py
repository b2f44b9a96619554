"""The web channel: the children's private page (decode the form, render the page).

``server`` (the aiohttp app), ``access`` (getting in and out), ``chat`` (the page, through the
same conversation service as Telegram), ``controls`` (the Children's Code tools), ``security``,
``sessions``, ``guessing`` and ``lockouts``, ``links``, ``notices``, ``pages`` and ``texts``.
"""
