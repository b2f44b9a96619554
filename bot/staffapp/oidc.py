"""Signing staff in with the council's identity provider: OpenID Connect, authorization code
flow with PKCE (S256), a nonce, and the ID token's signature, issuer, audience and expiry checked.

Pure parts (:func:`start`, :func:`check_id_token`) are apart from the two network calls
(:func:`discover`, :func:`exchange`), which go through aiohttp like the rest of hearme.
"""

from __future__ import annotations

import base64
import json
import secrets
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote_plus, urlencode

import aiohttp
from authlib.oauth2.rfc7636 import create_s256_code_challenge
from joserfc import jwt
from joserfc.errors import JoseError
from joserfc.jwk import KeySet

from storage.errors import HearmeError

_TIMEOUT = aiohttp.ClientTimeout(total=10)


class SignInError(HearmeError):
    """The identity provider's answer cannot be trusted or used; the message says why."""


@dataclass(frozen=True)
class Provider:
    """What the provider's discovery document says, and how hearme is registered there."""

    issuer: str
    authorization_endpoint: str
    token_endpoint: str
    jwks: dict[str, Any]
    client_id: str
    client_secret: str
    redirect_url: str


@dataclass(frozen=True)
class Pending:
    """A sign-in under way: kept with the browser's session until the provider sends it back."""

    state: str
    nonce: str
    code_verifier: str

    def as_dict(self) -> dict[str, str]:
        return {"state": self.state, "nonce": self.nonce, "code_verifier": self.code_verifier}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Pending | None:
        try:
            return cls(str(data["state"]), str(data["nonce"]), str(data["code_verifier"]))
        except (KeyError, TypeError):
            return None


def start(provider: Provider) -> tuple[Pending, str]:
    """A fresh sign-in and the provider address to send the browser to."""
    pending = Pending(
        state=secrets.token_urlsafe(24),
        nonce=secrets.token_urlsafe(24),
        code_verifier=secrets.token_urlsafe(48),
    )
    query = urlencode(
        {
            "response_type": "code",
            "client_id": provider.client_id,
            "redirect_uri": provider.redirect_url,
            "scope": "openid email",
            "state": pending.state,
            "nonce": pending.nonce,
            "code_challenge": create_s256_code_challenge(pending.code_verifier),
            "code_challenge_method": "S256",
        }
    )
    separator = "&" if "?" in provider.authorization_endpoint else "?"
    return pending, f"{provider.authorization_endpoint}{separator}{query}"


def check_id_token(
    provider: Provider, id_token: str, *, nonce: str, now: float | None = None
) -> str:
    """The e-mail address in a valid ID token.

    Raises:
        SignInError: bad signature, wrong issuer, audience or nonce, expired, or no e-mail.
    """
    try:
        token = jwt.decode(id_token, KeySet.import_key_set(provider.jwks))  # type: ignore[arg-type]
        registry = jwt.JWTClaimsRegistry(
            now=int(now if now is not None else time.time()),
            leeway=60,
            iss={"essential": True, "value": provider.issuer},
            aud={"essential": True, "value": provider.client_id},
            nonce={"essential": True, "value": nonce},
            exp={"essential": True},
        )
        registry.validate(token.claims)
    except (JoseError, ValueError) as error:
        raise SignInError(f"the identity provider's ID token was refused: {error}") from None
    email = token.claims.get("email")
    if not isinstance(email, str) or "@" not in email:
        raise SignInError("the identity provider gave no e-mail address (ask for scope email)")
    return email


async def discover(
    issuer: str, *, client_id: str, client_secret: str, redirect_url: str
) -> Provider:
    """Read the provider's discovery document and signing keys."""
    base = issuer.rstrip("/")
    async with aiohttp.ClientSession(timeout=_TIMEOUT) as http:
        async with http.get(f"{base}/.well-known/openid-configuration") as response:
            if response.status != 200:
                raise SignInError(f"the identity provider's discovery document: {response.status}")
            config = await response.json(content_type=None)
        async with http.get(config["jwks_uri"]) as response:
            jwks = await response.json(content_type=None)
    return Provider(
        issuer=str(config["issuer"]),
        authorization_endpoint=str(config["authorization_endpoint"]),
        token_endpoint=str(config["token_endpoint"]),
        jwks=jwks,
        client_id=client_id,
        client_secret=client_secret,
        redirect_url=redirect_url,
    )


async def exchange(provider: Provider, code: str, pending: Pending) -> str:
    """Trade the authorization code (with the PKCE verifier) for tokens; the e-mail signed in."""
    form = {
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": provider.redirect_url,
        "code_verifier": pending.code_verifier,
    }
    # client_secret_basic: both parts form-encoded first (RFC 6749 section 2.3.1).
    pair = f"{quote_plus(provider.client_id)}:{quote_plus(provider.client_secret)}"
    headers = {"Authorization": "Basic " + base64.b64encode(pair.encode()).decode()}
    async with (
        aiohttp.ClientSession(timeout=_TIMEOUT) as http,
        http.post(provider.token_endpoint, data=form, headers=headers) as response,
    ):
        text = await response.text()
    try:
        body = json.loads(text)
    except ValueError:
        body = None
    if response.status != 200 or not isinstance(body, dict) or "id_token" not in body:
        raise SignInError(
            f"the identity provider refused the sign-in ({response.status}): {text[:200]!r}"
        )
    return check_id_token(provider, str(body["id_token"]), nonce=pending.nonce)
