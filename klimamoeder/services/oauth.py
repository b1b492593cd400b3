"""OAuth 2.0 sign-in for mail servers that no longer take passwords (Microsoft 365, Google).

The mail code asks a `TokenProvider` for an access token and logs in with SASL XOAUTH2;
it never knows how the token was obtained. Microsoft 365 uses MSAL (a public client:
no client secret, the system browser or a device code), Google the OAuth client bundled
with MSAL (`oauth2cli`) with PKCE and a loopback redirect. Tokens and refresh tokens live
in the key ring only; an expired access token is refreshed silently, and a token the
server refuses is refreshed once (`force_refresh`) before the user is asked to sign in.
"""

from __future__ import annotations

import functools
import logging
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from ..i18n import translate
from .errors import DomainError
from .mail_settings import GOOGLE, MICROSOFT365, MailSettings, read_secret, store_secret

log = logging.getLogger(__name__)

MICROSOFT_SCOPES = ("https://outlook.office.com/IMAP.AccessAsUser.All", "https://outlook.office.com/SMTP.Send")
# offline_access (a refresh token) is added by MSAL itself; asking for it by name is refused.
MICROSOFT_AUTHORITY = "https://login.microsoftonline.com/{tenant}"
GOOGLE_SCOPES = ("https://mail.google.com/",)
GOOGLE_SERVER = {"authorization_endpoint": "https://accounts.google.com/o/oauth2/v2/auth",
                 "token_endpoint": "https://oauth2.googleapis.com/token"}
SIGN_IN_TIMEOUT = 300  # seconds the browser sign-in may take


class SignInRequired(DomainError):
    """No usable token: the user must sign in (again) in the mail settings."""


class TokenProvider(Protocol):
    """Gives an access token for the mailbox; `force_refresh` after the server refused the last one."""

    def token(self, force_refresh: bool = False) -> str: ...


def xoauth2(user: str, token: str) -> str:
    """The SASL XOAUTH2 initial response, before base64 (smtplib and IMAPClient encode it)."""
    return f"user={user}\x01auth=Bearer {token}\x01\x01"


def _sign_in_required() -> SignInRequired:
    return SignInRequired(translate(
        "Mail", "Sign in to the mailbox again: open Settings → Mail account and press Sign in."))


def _http_session(timeout: float) -> Any:
    """requests, trusting what the system does: `SSL_CERT_FILE` when set (a company's own CA)."""
    import requests

    session = requests.Session()
    # Per request, or requests lets REQUESTS_CA_BUNDLE override the session's choice.
    session.request = functools.partial(  # type: ignore[method-assign]
        session.request, timeout=timeout, verify=os.environ.get("SSL_CERT_FILE") or True)
    return session


@dataclass(frozen=True)
class DeviceSignIn:
    """What the user must do in a browser on any device: open `url`, type `code`."""

    message: str
    url: str
    code: str
    flow: dict[str, Any]


class MicrosoftTokens:
    """Microsoft 365 through MSAL; the token cache is kept (serialised) in the key ring."""

    secret_kind = "oauth-microsoft365"

    def __init__(self, config: MailSettings) -> None:
        if not config.client_id.strip():
            raise DomainError(translate(
                "Mail", "Microsoft 365 sign-in needs the application (client) id your IT department registered."),
                field="client_id")
        self.config = config
        self._app: Any = None
        self._lock = threading.Lock()

    def _application(self) -> Any:
        if self._app is None:
            import msal

            cache = msal.SerializableTokenCache()
            stored = read_secret(self.secret_kind, self.config.username)
            if stored:
                cache.deserialize(stored)
            custom = bool(self.config.authority)
            authority = self.config.authority or MICROSOFT_AUTHORITY.format(
                tenant=self.config.tenant.strip() or "organizations")
            try:
                self._app = msal.PublicClientApplication(
                    self.config.client_id.strip(), authority=authority, token_cache=cache,
                    http_client=_http_session(self.config.timeout),
                    validate_authority=not custom, instance_discovery=False if custom else None)
            except (ValueError, OSError) as error:  # requests' errors are OSErrors
                raise DomainError(translate(
                    "Mail", "Could not reach the Microsoft sign-in service: {error}").format(
                    error=type(error).__name__)) from error
        return self._app

    def _persist(self) -> None:
        cache = self._application().token_cache
        if cache.has_state_changed:
            store_secret(self.secret_kind, self.config.username, cache.serialize())
            cache.has_state_changed = False

    def _account(self) -> Any:
        app = self._application()
        accounts = app.get_accounts(username=self.config.username) or app.get_accounts()
        return accounts[0] if accounts else None

    def signed_in_as(self) -> str | None:
        if read_secret(self.secret_kind, self.config.username) is None:
            return None
        account = self._account()
        return str(account.get("username", "")) if account else None

    def token(self, force_refresh: bool = False) -> str:
        with self._lock:
            account = self._account()
            if account is None:
                raise _sign_in_required()
            try:
                result = self._application().acquire_token_silent_with_error(
                    list(MICROSOFT_SCOPES), account=account, force_refresh=force_refresh)
            except OSError as error:
                raise DomainError(translate(
                    "Mail", "Could not reach the Microsoft sign-in service: {error}").format(
                    error=type(error).__name__)) from error
            self._persist()
            if not result or "access_token" not in result:
                log.info("Microsoft 365 token refresh failed: %s", (result or {}).get("error", "no token"))
                raise _sign_in_required()
            return str(result["access_token"])

    def _finish(self, result: dict[str, Any]) -> str:
        self._persist()
        if "access_token" not in result:
            raise DomainError(translate("Mail", "Microsoft 365 sign-in did not succeed: {error}").format(
                error=result.get("error_description") or result.get("error") or "?"))
        claims = result.get("id_token_claims") or {}
        return str(claims.get("preferred_username") or self.config.username)

    def sign_in_interactive(self, timeout: int = SIGN_IN_TIMEOUT) -> str:
        """Open the system browser; returns the account signed in. Blocks: run it off the GUI thread."""
        result = self._application().acquire_token_interactive(
            list(MICROSOFT_SCOPES), login_hint=self.config.username or None, prompt="select_account",
            timeout=timeout)
        return self._finish(result)

    def start_device_sign_in(self) -> DeviceSignIn:
        flow = self._application().initiate_device_flow(scopes=list(MICROSOFT_SCOPES))
        if "user_code" not in flow:
            raise DomainError(translate("Mail", "Microsoft 365 sign-in did not succeed: {error}").format(
                error=flow.get("error_description") or flow.get("error") or "?"))
        return DeviceSignIn(str(flow.get("message", "")), str(flow.get("verification_uri", "")),
                            str(flow["user_code"]), flow)

    def finish_device_sign_in(self, sign_in: DeviceSignIn, stop: Callable[[], bool] | None = None) -> str:
        """Wait until the user has typed the code (or `stop()` says to give up)."""
        def give_up(flow: dict[str, Any]) -> bool:
            return bool(stop and stop()) or float(flow.get("expires_at", 0)) < time.time()

        result = self._application().acquire_token_by_device_flow(dict(sign_in.flow), exit_condition=give_up)
        return self._finish(result)

    def sign_out(self) -> None:
        store_secret(self.secret_kind, self.config.username, "")
        self._app = None


# The access token of a Google sign-in lives in memory only; the refresh token in the key ring.
_google_access: dict[str, tuple[str, float]] = {}


class GoogleTokens:
    """Google Workspace: a desktop OAuth client the user's IT department created (id + non-secret secret)."""

    secret_kind = "oauth-google"

    def __init__(self, config: MailSettings) -> None:
        self.config = config

    def _client(self) -> Any:
        from msal.oauth2cli.oauth2 import Client

        server = dict(GOOGLE_SERVER)
        if self.config.authority:  # a test's local sign-in service
            server = {"authorization_endpoint": f"{self.config.authority}/authorize",
                      "token_endpoint": f"{self.config.authority}/token"}
        secret = read_secret("google-client-secret", self.config.client_id) or None
        return Client(server, self.config.client_id.strip(), client_secret=secret,
                      http_client=_http_session(self.config.timeout))

    def _keep(self, result: dict[str, Any]) -> str:
        if "access_token" not in result:
            raise _sign_in_required()
        if result.get("refresh_token"):
            store_secret(self.secret_kind, self.config.username, str(result["refresh_token"]))
        expires = time.time() + float(result.get("expires_in", 3600))
        _google_access[self.config.account_key] = (str(result["access_token"]), expires)
        return str(result["access_token"])

    def signed_in_as(self) -> str | None:
        return self.config.username if read_secret(self.secret_kind, self.config.username) else None

    def token(self, force_refresh: bool = False) -> str:
        cached = _google_access.get(self.config.account_key)
        if cached and not force_refresh and cached[1] - time.time() > 300:
            return cached[0]
        refresh = read_secret(self.secret_kind, self.config.username)
        if not refresh:
            raise _sign_in_required()
        try:
            result = self._client().obtain_token_by_refresh_token(refresh, scope=list(GOOGLE_SCOPES))
        except OSError as error:
            raise DomainError(translate("Mail", "Could not reach the Google sign-in service: {error}").format(
                error=type(error).__name__)) from error
        return self._keep(result)

    def sign_in_interactive(self, timeout: int = SIGN_IN_TIMEOUT) -> str:
        result = self._client().obtain_token_by_browser(
            scope=list(GOOGLE_SCOPES), timeout=timeout,
            auth_params={"access_type": "offline", "prompt": "consent", "login_hint": self.config.username})
        self._keep(result)
        return self.config.username

    def sign_out(self) -> None:
        store_secret(self.secret_kind, self.config.username, "")
        _google_access.pop(self.config.account_key, None)


def provider_for(config: MailSettings) -> MicrosoftTokens | GoogleTokens | None:
    """The token provider of the configured sign-in method; None for a password."""
    if config.auth == MICROSOFT365:
        return MicrosoftTokens(config)
    if config.auth == GOOGLE:
        return GoogleTokens(config)
    return None


def describe_refusal(code: int, text: str) -> str | None:
    """A clear sentence for the answers of a server that has switched off password sign-in."""
    upper = text.upper()
    if "5.7.139" in upper or "5.7.30" in upper or "BASIC AUTHENTICATION IS NOT SUPPORTED" in upper:
        return translate(
            "Mail", "Your organisation has switched off password sign-in for this mailbox: choose Microsoft 365 "
                    "sign-in in the mail settings (server answer: {code} {text}).").format(code=code, text=text)
    return None

