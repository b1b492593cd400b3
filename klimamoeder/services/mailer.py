"""Sending e-mail through the user's own SMTP server.

The settings (host, port, security, user) live in the one settings file; the
password only in the OS keyring, never in a file or a log. Each message goes to one
recipient, and a refused address is reported for that recipient without stopping
the others. Certificates are checked with the system's trust store.
"""

from __future__ import annotations

import contextlib
import logging
import smtplib
import ssl
from dataclasses import asdict, dataclass
from email.message import Message
from types import TracebackType

import keyring
import keyring.errors

from .. import settings
from ..i18n import translate
from ..model import DeliveryStatus
from .errors import DomainError

log = logging.getLogger(__name__)

KEYRING_SERVICE = "klimamoeder-smtp"
SECURITY = ("starttls", "ssl", "none")
LOCAL_HOSTS = ("127.0.0.1", "::1", "localhost")


@dataclass(frozen=True)
class SmtpSettings:
    host: str = ""
    port: int = 587
    security: str = "starttls"  # starttls | ssl | none (only for a server on this machine)
    username: str = ""
    timeout: float = 30.0

    @property
    def keyring_user(self) -> str:
        return f"{self.username}@{self.host}:{self.port}"


def load_settings() -> SmtpSettings:
    raw = settings.get("smtp", {}) or {}
    known = {k: v for k, v in raw.items() if k in SmtpSettings.__dataclass_fields__}
    return SmtpSettings(**known)


def validate(config: SmtpSettings) -> None:
    if not config.host.strip():
        raise DomainError(translate("Mail", "Enter the SMTP server's host name."), field="host")
    if not 0 < config.port < 65536:
        raise DomainError(translate("Mail", "The SMTP port must be between 1 and 65535."), field="port")
    if config.security not in SECURITY:
        raise DomainError(translate("Mail", "Choose STARTTLS or SSL/TLS."), field="security")
    if config.security == "none" and config.host not in LOCAL_HOSTS:
        raise DomainError(translate(
            "Mail", "An unencrypted connection is only allowed to a server on this computer."), field="security")


def save_settings(config: SmtpSettings, password: str | None = None) -> None:
    """Store the settings; a given password goes to the keyring ('' removes it)."""
    validate(config)
    settings.update(smtp=asdict(config))
    if password is None:
        return
    try:
        if password:
            keyring.set_password(KEYRING_SERVICE, config.keyring_user, password)
        else:
            with contextlib.suppress(keyring.errors.PasswordDeleteError):
                keyring.delete_password(KEYRING_SERVICE, config.keyring_user)
    except keyring.errors.KeyringError as error:
        raise DomainError(translate(
            "Mail", "The password could not be stored in the system's key ring: {error}").format(
                error=type(error).__name__)) from error


def password_for(config: SmtpSettings) -> str | None:
    if not config.username:
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, config.keyring_user)
    except keyring.errors.KeyringError as error:
        raise DomainError(translate(
            "Mail", "The password could not be read from the system's key ring: {error}").format(
                error=type(error).__name__)) from error


def _unreachable(config: SmtpSettings, error: BaseException) -> DomainError:
    log.warning("SMTP connection failed: %s", type(error).__name__)  # no addresses, no password
    return DomainError(translate("Mail", "Could not connect to the SMTP server {host}:{port}: {error}").format(
        host=config.host, port=config.port, error=type(error).__name__))


def _text(reply: bytes | str) -> str:
    return reply.decode("utf-8", "replace") if isinstance(reply, bytes) else reply


class DeliveryFailed(Exception):
    """This one recipient could not be reached; the text says why (for the user, not the log)."""


class SmtpTransport:
    """One connection, many messages; reconnects once if the server hung up between them."""

    status = DeliveryStatus.SENT

    def __init__(self, config: SmtpSettings, password: str | None = None) -> None:
        validate(config)
        self.config = config
        self._password = password if password is not None else password_for(config)
        self._smtp: smtplib.SMTP | None = None

    def __enter__(self) -> SmtpTransport:
        self.connect()
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.close()

    def connect(self) -> None:
        config = self.config
        context = ssl.create_default_context()
        smtp: smtplib.SMTP | None = None
        try:
            if config.security == "ssl":
                smtp = smtplib.SMTP_SSL(config.host, config.port, timeout=config.timeout,
                                                      context=context)
            else:
                smtp = smtplib.SMTP(config.host, config.port, timeout=config.timeout)
                if config.security == "starttls":
                    smtp.starttls(context=context)
        except (OSError, smtplib.SMTPException) as error:
            if smtp is not None:
                smtp.close()
            raise _unreachable(config, error) from error
        try:
            if config.username:
                smtp.login(config.username, self._password or "")
        except (smtplib.SMTPAuthenticationError, smtplib.SMTPServerDisconnected) as error:
            smtp.close()  # some servers hang up right after refusing a login
            raise DomainError(translate(
                "Mail", "The SMTP server did not accept the user name and password.")) from error
        except (OSError, smtplib.SMTPException) as error:
            raise _unreachable(config, error) from error
        self._smtp = smtp

    def close(self) -> None:
        if self._smtp is not None:
            try:
                self._smtp.quit()
            except (OSError, smtplib.SMTPException):
                self._smtp.close()
            self._smtp = None

    def send(self, message: Message, sender: str, recipient: str) -> None:
        """Deliver to one recipient; raises `DeliveryFailed` for a refusal."""
        for attempt in (1, 2):
            if self._smtp is None:
                self.connect()
            assert self._smtp is not None
            try:
                self._smtp.send_message(message, sender, [recipient])  # CRLF line ends, as SMTP needs
                return
            except smtplib.SMTPServerDisconnected:
                self._smtp = None
                if attempt == 2:
                    raise DeliveryFailed(translate("Mail", "The server closed the connection.")) from None
            except smtplib.SMTPRecipientsRefused as error:
                code, text = next(iter(error.recipients.values()))
                raise DeliveryFailed(f"{code} {_text(text)}") from None
            except smtplib.SMTPResponseException as error:
                raise DeliveryFailed(f"{error.smtp_code} {_text(error.smtp_error)}") from None
            except (OSError, smtplib.SMTPException) as error:
                self._smtp = None
                raise DeliveryFailed(type(error).__name__) from None


def check_connection(config: SmtpSettings, password: str | None = None) -> None:
    """Connect, log in and quit; raises `DomainError` with the reason."""
    with SmtpTransport(config, password):
        pass
