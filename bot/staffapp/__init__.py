"""The staff web app (``/staff`` beside the children's page): IROs, duty workers, participation
officers and admins in a browser, signed in with the council's identity provider.

Modules: ``app`` (routes), ``context`` (shared state), ``sessions`` (cookie, CSRF, who is signed
in), ``oidc`` (OpenID Connect sign-in with PKCE), ``caseload`` (IRO pages), ``inbox`` (alerts),
``pages`` (rendering). Who may see what is decided in :mod:`bot.staff.access` only.
"""
