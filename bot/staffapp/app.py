"""The staff app as an aiohttp sub-application, mounted at ``/staff`` in the children's server.

Routes (all under ``/staff``)::

    GET  /sign-in                     sign-in page
    GET  /oidc/start                  off to the council's identity provider (PKCE)
    GET  /oidc/callback               back from it: state, code, ID token, e-mail → staff
    POST /sign-out
    POST /sign-in/email               e-mail a sign-in link (single use, 15 minutes)
    GET  /sign-in/link/{code}         the link: a button that signs in (POST /sign-in/link)
    GET  /                            caseload (IRO, admin); duty → alerts; PO → reports
    GET  /children/{ref}/views        pre-meeting views (printable)
    GET  /children/{ref}/reviews/{id} after the meeting: held, participation
    POST /children/{ref}/reviews/{id}/held
    POST /children/{ref}/reviews/{id}/participation
    GET  /totp                        set up an authenticator app (POST /totp confirms it)
    GET  /alerts                      open alerts
    POST /alerts/{id}/acknowledge
    GET  /reports                     period picker (participation officers, admins)
    GET  /reports/{kind}/{format}     a report on screen (html) or as a download
    GET  /admin                       uploads, web cards, leavers, erasure requests (admins)
    POST /admin/import | /admin/card | /admin/telegram-invite | /admin/leave/{ref} |
         /admin/erase/{ref}
    GET  /static/*

Every POST body is held to a size (:mod:`bot.staffapp.limits`: forms 16 KB, uploads 5 MB),
sign-in attempts are counted per address and per account, and every POST is CSRF-checked
(:func:`bot.staffapp.sessions.csrf_check`); the children's page's security headers and CSP
apply here too.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from aiohttp import web

from bot.services import Services
from bot.staffapp import admin, auth, caseload, email_sign_in, inbox, mail, reports_page, totp
from bot.staffapp.context import STAFF, StaffContext, StaffLimits
from bot.staffapp.limits import body_limit
from bot.staffapp.sessions import csrf_check, signed_in


def _static_dir() -> Path:
    return Path(str(resources.files("bot.staffapp").joinpath("static")))


def build_staff_app(services: Services, *, limits: StaffLimits | None = None) -> web.Application:
    """The staff app; mount it with ``app.add_subapp("/staff", ...)``.

    Building it registers e-mail as a way of telling staff (:mod:`bot.safeguarding.telling`):
    its e-mails link here, so they go out wherever the staff app runs.
    """
    mail.register()
    limits = limits or StaffLimits()
    # The size check comes first: the CSRF check reads the body.
    app = web.Application(middlewares=[body_limit(limits.sizes), csrf_check])
    app[STAFF] = StaffContext(services, limits)
    app.router.add_get("/sign-in", auth.sign_in_page)
    app.router.add_get("/oidc/start", auth.start_oidc)
    app.router.add_get("/oidc/callback", auth.oidc_callback)
    app.router.add_post("/sign-out", auth.sign_out)
    app.router.add_post("/sign-in/email", email_sign_in.ask_for_link)
    app.router.add_get("/sign-in/link/{code}", email_sign_in.open_link)
    app.router.add_post("/sign-in/link", email_sign_in.use_link)
    app.router.add_get("/", signed_in(caseload.caseload))
    app.router.add_get("/children/{ref}/views", signed_in(caseload.views))
    app.router.add_get(
        r"/children/{ref}/reviews/{review:\d{1,12}}", signed_in(caseload.review_page)
    )
    app.router.add_post(
        r"/children/{ref}/reviews/{review:\d{1,12}}/held", signed_in(caseload.mark_held)
    )
    app.router.add_post(
        r"/children/{ref}/reviews/{review:\d{1,12}}/participation",
        signed_in(caseload.record_participation),
    )
    app.router.add_get("/totp", signed_in(totp.setup))
    app.router.add_post("/totp", signed_in(totp.confirm))
    app.router.add_get("/alerts", signed_in(inbox.inbox))
    app.router.add_post(r"/alerts/{alert:\d{1,12}}/acknowledge", signed_in(inbox.acknowledge))
    app.router.add_get("/reports", signed_in(reports_page.reports_page))
    app.router.add_get("/reports/{kind}/{format}", signed_in(reports_page.report))
    app.router.add_get("/admin", signed_in(admin.admin_page))
    app.router.add_post("/admin/import", signed_in(admin.upload))
    app.router.add_post("/admin/card", signed_in(admin.web_card))
    app.router.add_post("/admin/telegram-invite", signed_in(admin.telegram_invite))
    app.router.add_post("/admin/leave/{ref}", signed_in(admin.leave))
    app.router.add_post("/admin/erase/{ref}", signed_in(admin.erase))
    app.router.add_static("/static", _static_dir(), append_version=False)
    return app
