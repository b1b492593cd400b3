"""The secretariat's mail account: where mail is sent (SMTP) and read (IMAP), and how to sign in.

The settings (hosts, ports, encryption, user, sign-in method, what to do with read mail)
live in the one settings file; secrets never do. A password, an OAuth token cache and a
Google client secret go to the OS key ring only (`secrets` below). A certificate the user
chose to trust is public and is kept in the settings file as PEM.
"""

from __future__ import annotations

import contextlib
from dataclasses import asdict, dataclass, field, replace
from typing import Any

import keyring
import keyring.errors

from .. import settings
from ..i18n import translate
from .errors import DomainError

SSL, STARTTLS, NONE = "ssl", "starttls", "none"
SECURITY = (SSL, STARTTLS, NONE)
PASSWORD, MICROSOFT365, GOOGLE = "password", "microsoft365", "google"
AUTH_METHODS = (PASSWORD, MICROSOFT365, GOOGLE)
LEAVE, FLAG, MOVE = "leave", "flag", "move"
AFTER_READING = (LEAVE, FLAG, MOVE)
LOCAL_HOSTS = ("127.0.0.1", "::1", "localhost")
KEYRING_SERVICE = "klimamoeder-mail"
_LEGACY_KEYRING_SERVICE = "klimamoeder-smtp"  # the first release kept the SMTP password here
_CHUNK = 1000  # Windows' credential store holds at most 2,560 bytes per entry; token caches are larger

# Well-known servers: choosing the sign-in method fills them in.
PRESETS: dict[str, tuple[tuple[str, int, str], tuple[str, int, str]]] = {
    MICROSOFT365: (("smtp.office365.com", 587, STARTTLS), ("outlook.office365.com", 993, SSL)),
    GOOGLE: (("smtp.gmail.com", 587, STARTTLS), ("imap.gmail.com", 993, SSL)),
}


@dataclass(frozen=True)
class Server:
    host: str = ""
    port: int = 0
    security: str = STARTTLS  # ssl | starttls | none (only a server on this computer)

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"


@dataclass(frozen=True)
class MailSettings:
    """Everything about the account except its secrets."""

    smtp: Server = field(default_factory=lambda: Server(port=587))
    imap: Server = field(default_factory=lambda: Server(port=993, security=SSL))
    username: str = ""  # the mailbox address (or login name); also XOAUTH2's user=
    auth: str = PASSWORD
    client_id: str = ""  # the OAuth application's id, from the IT department's app registration
    tenant: str = "organizations"  # Microsoft 365 directory (tenant id or domain)
    authority: str = ""  # the sign-in service, when not the public one (a national cloud, or a test)
    timeout: float = 30.0
    fetch_minutes: int = 5  # 0: only when asked
    after_reading: str = LEAVE  # leave | flag | move processed messages
    processed_folder: str = ""
    trusted_certificates: dict[str, str] = field(default_factory=dict)  # "host:port" -> PEM

    @property
    def uses_oauth(self) -> bool:
        return self.auth in (MICROSOFT365, GOOGLE)

    @property
    def can_read(self) -> bool:
        return bool(self.imap.host.strip())

    @property
    def account_key(self) -> str:
        """Names the mailbox in the bookkeeping of read messages (no secret, no host-specific port)."""
        return f"{self.username.strip().lower()}@{self.imap.host.strip().lower()}"

    def trusted_pem(self, server: Server) -> str:
        return self.trusted_certificates.get(server.address, "")


def _server(raw: Any, default: Server) -> Server:
    if not isinstance(raw, dict):
        return default
    known = {k: v for k, v in raw.items() if k in Server.__dataclass_fields__}
    return replace(default, **known)


def load() -> MailSettings:
    raw = settings.get("mail")
    if not isinstance(raw, dict):
        legacy = settings.get("smtp")  # the first release: SMTP only, keyed "smtp"
        if isinstance(legacy, dict):
            return MailSettings(smtp=_server(legacy, MailSettings().smtp), username=str(legacy.get("username", "")))
        return MailSettings()
    default = MailSettings()
    values = {k: v for k, v in raw.items() if k in MailSettings.__dataclass_fields__ and k not in ("smtp", "imap")}
    return replace(default, smtp=_server(raw.get("smtp"), default.smtp), imap=_server(raw.get("imap"), default.imap),
                   **values)


def _check_server(server: Server, what: str, problems: list[tuple[str, str]]) -> None:
    if not 0 < server.port < 65536:
        problems.append((f"{what}_port", translate("Mail", "The {what} port must be between 1 and 65535.").format(
            what=what.upper())))
    if server.security not in SECURITY:
        problems.append((f"{what}_security", translate("Mail", "Choose STARTTLS or SSL/TLS.")))
    elif server.security == NONE and server.host not in LOCAL_HOSTS:
        problems.append((f"{what}_security", translate(
            "Mail", "An unencrypted connection is only allowed to a server on this computer.")))


def validate(config: MailSettings, *, need_smtp: bool = True) -> None:
    """Raise one `DomainError` naming the first problem (the field it belongs to in `field`)."""
    problems: list[tuple[str, str]] = []
    if need_smtp and not config.smtp.host.strip():
        problems.append(("smtp_host", translate("Mail", "Enter the SMTP server's host name.")))
    if config.smtp.host.strip():
        _check_server(config.smtp, "smtp", problems)
    if config.imap.host.strip():
        _check_server(config.imap, "imap", problems)
    if config.auth not in AUTH_METHODS:
        problems.append(("auth", translate("Mail", "Choose how to sign in: password, Microsoft 365 or Google.")))
    if config.uses_oauth and not config.username.strip():
        problems.append(("username", translate("Mail", "Enter the mailbox's e-mail address.")))
    if config.auth == GOOGLE and not config.client_id.strip():
        problems.append(("client_id", translate(
            "Mail", "Google sign-in needs the OAuth client id your IT department created.")))
    if config.after_reading == MOVE and not config.processed_folder.strip():
        problems.append(("processed_folder", translate("Mail", "Name the folder processed replies are moved to.")))
    if config.after_reading not in AFTER_READING:
        problems.append(("after_reading", translate("Mail", "Choose what happens to processed messages.")))
    if not 0 <= config.fetch_minutes <= 24 * 60:
        problems.append(("fetch_minutes", translate("Mail", "Fetch every 0 to 1440 minutes (0: only when asked).")))
    if problems:
        raise DomainError(problems[0][1], field=problems[0][0])


def save(config: MailSettings, password: str | None = None) -> None:
    """Store the settings; a given password goes to the key ring ('' removes it)."""
    validate(config, need_smtp=not config.can_read)
    settings.update(mail=asdict(config), smtp=None)
    if password is not None:
        store_secret("password", config.username, password)


def trust_certificate(config: MailSettings, server: Server, pem: str) -> MailSettings:
    """Remember `pem` as trusted for this server (the user checked its fingerprint); saved at once."""
    trusted = dict(config.trusted_certificates)
    trusted[server.address] = pem
    updated = replace(config, trusted_certificates=trusted)
    settings.update(mail=asdict(updated), smtp=None)
    return updated


# --- secrets: the key ring only -------------------------------------------------------------
def _ring_error(error: keyring.errors.KeyringError, reading: bool) -> DomainError:
    text = (translate("Mail", "The secret could not be read from the system's key ring: {error}") if reading
            else translate("Mail", "The secret could not be stored in the system's key ring: {error}"))
    return DomainError(text.format(error=type(error).__name__))


def store_secret(kind: str, account: str, value: str) -> None:
    """Keep `value` in the key ring under (kind, account), split in chunks a Windows key ring accepts."""
    key = f"{kind}:{account.strip().lower()}"
    try:
        delete_secret(kind, account)
        if not value:
            return
        chunks = [value[i:i + _CHUNK] for i in range(0, len(value), _CHUNK)]
        for number, chunk in enumerate(chunks[1:], start=1):
            keyring.set_password(KEYRING_SERVICE, f"{key}#{number}", chunk)
        keyring.set_password(KEYRING_SERVICE, key, f"{len(chunks)}:{chunks[0]}")
    except keyring.errors.KeyringError as error:
        raise _ring_error(error, reading=False) from error


def read_secret(kind: str, account: str) -> str | None:
    key = f"{kind}:{account.strip().lower()}"
    try:
        head = keyring.get_password(KEYRING_SERVICE, key)
        if head is None:
            return None
        count, _, first = head.partition(":")
        parts = [first]
        for number in range(1, int(count) if count.isdigit() else 1):
            part = keyring.get_password(KEYRING_SERVICE, f"{key}#{number}")
            if part is None:
                return None  # half a secret is none
            parts.append(part)
        return "".join(parts)
    except keyring.errors.KeyringError as error:
        raise _ring_error(error, reading=True) from error


def delete_secret(kind: str, account: str) -> None:
    key = f"{kind}:{account.strip().lower()}"
    head = keyring.get_password(KEYRING_SERVICE, key)
    count = head.partition(":")[0] if head else "1"
    for number in range(int(count) if count.isdigit() else 1):
        with contextlib.suppress(keyring.errors.PasswordDeleteError):
            keyring.delete_password(KEYRING_SERVICE, f"{key}#{number}" if number else key)


def password_for(config: MailSettings) -> str | None:
    if not config.username:
        return None
    found = read_secret("password", config.username)
    if found is None:  # stored by the first release, for the SMTP server only
        try:
            found = keyring.get_password(_LEGACY_KEYRING_SERVICE,
                                         f"{config.username}@{config.smtp.host}:{config.smtp.port}")
        except keyring.errors.KeyringError as error:
            raise _ring_error(error, reading=True) from error
    return found
