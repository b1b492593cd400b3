"""Sending e-mail through the user's own SMTP server, encrypted, with a password or OAuth.

The settings live in `mail_settings` (the secrets in the key ring only). The connection
is SSL/TLS or STARTTLS with the server's certificate checked (`mail_tls`); plain SMTP only
to a server on this computer. The login is a password or SASL XOAUTH2 with a token from a
`TokenProvider` (refreshed once if the server refuses it). Each message goes to one
recipient, and a refused address is reported for that recipient without stopping the
others; a server that hangs up between messages is reconnected once.
"""

from __future__ import annotations

import logging
import smtplib
from email.message import Message
from types import TracebackType

from ..i18n import translate
from ..model import DeliveryStatus
from . import mail_tls
from .errors import DomainError
from .mail_settings import NONE, SSL, MailSettings, load, password_for, validate
from .oauth import TokenProvider, describe_refusal, provider_for, xoauth2

log = logging.getLogger(__name__)


def load_settings() -> MailSettings:
    """The saved mail account (for callers that only send: `mail_settings` owns the settings)."""
    return load()


def _unreachable(config: MailSettings, error: BaseException) -> DomainError:
    untrusted = mail_tls.not_trusted(config.smtp, error)
    if untrusted is not None:
        return untrusted
    log.warning("SMTP connection failed: %s", type(error).__name__)  # no addresses, no password
    return DomainError(translate("Mail", "Could not connect to the SMTP server {host}:{port}: {error}").format(
        host=config.smtp.host, port=config.smtp.port, error=type(error).__name__))


def _text(reply: bytes | str) -> str:
    return reply.decode("utf-8", "replace") if isinstance(reply, bytes) else reply


def _refused_login(error: smtplib.SMTPResponseException, oauth: bool) -> DomainError:
    text = _text(error.smtp_error)
    clear = describe_refusal(error.smtp_code, text)
    if clear and not oauth:
        return DomainError(clear)
    if oauth:
        return DomainError(translate(
            "Mail", "The SMTP server did not accept the sign-in ({code} {text}). Check that SMTP AUTH is enabled "
                    "for the mailbox and that you signed in as someone allowed to send from it.").format(
            code=error.smtp_code, text=text))
    return DomainError(translate("Mail", "The SMTP server did not accept the user name and password."))


class DeliveryFailed(Exception):
    """This one recipient could not be reached; the text says why (for the user, not the log)."""


class SmtpTransport:
    """One connection, many messages; reconnects once if the server hung up between them."""

    status = DeliveryStatus.SENT

    def __init__(self, config: MailSettings, password: str | None = None,
                 tokens: TokenProvider | None = None) -> None:
        validate(config)
        self.config = config
        self._tokens = tokens if tokens is not None else provider_for(config)
        self._password = password if password is not None or self._tokens else password_for(config)
        self._smtp: smtplib.SMTP | None = None

    def __enter__(self) -> SmtpTransport:
        self.connect()
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.close()

    def _open(self) -> smtplib.SMTP:
        server = self.config.smtp
        context = mail_tls.context(self.config.trusted_pem(server))
        smtp: smtplib.SMTP | None = None
        try:
            if server.security == SSL:
                smtp = smtplib.SMTP_SSL(server.host, server.port, timeout=self.config.timeout, context=context)
            else:
                smtp = smtplib.SMTP(server.host, server.port, timeout=self.config.timeout)
                if server.security != NONE:
                    smtp.starttls(context=context)  # refuses to go on in plain text when STARTTLS is missing
        except (OSError, smtplib.SMTPException) as error:
            if smtp is not None:
                smtp.close()
            raise _unreachable(self.config, error) from error
        return smtp

    def _xoauth2(self, smtp: smtplib.SMTP) -> None:
        assert self._tokens is not None
        user = self.config.username
        smtp.ehlo_or_helo_if_needed()  # after STARTTLS the server must be greeted again
        for attempt in (1, 2):
            raw = xoauth2(user, self._tokens.token(force_refresh=attempt == 2))
            # After a refusal the server sends an error challenge: answer it with an empty line.
            answer = lambda challenge=None, raw=raw: raw if challenge is None else ""  # noqa: E731
            try:
                code, text = smtp.auth("XOAUTH2", answer, initial_response_ok=True)
                if code != 235:  # smtplib takes 503 as success; for us it is not
                    raise smtplib.SMTPAuthenticationError(code, text)
                return
            except smtplib.SMTPAuthenticationError as error:
                if attempt == 2:
                    raise _refused_login(error, oauth=True) from error
                log.info("SMTP refused the access token; refreshing it once")

    def _password_login(self, smtp: smtplib.SMTP) -> None:
        """One attempt with the best mechanism offered, so the server's first answer (5.7.139…) is the one kept."""
        smtp.ehlo_or_helo_if_needed()
        offered = smtp.esmtp_features.get("auth", "").upper().split()
        mechanism = next((m for m in ("PLAIN", "LOGIN") if m in offered), None)
        if mechanism is None:
            smtp.login(self.config.username, self._password or "")  # smtplib says what is missing
            return
        smtp.user, smtp.password = self.config.username, self._password or ""
        code, text = smtp.auth(mechanism, smtp.auth_plain if mechanism == "PLAIN" else smtp.auth_login)
        if code != 235:
            raise smtplib.SMTPAuthenticationError(code, text)

    def _login(self, smtp: smtplib.SMTP) -> None:
        try:
            if self._tokens is not None:
                self._xoauth2(smtp)
            elif self.config.username:
                self._password_login(smtp)
        except smtplib.SMTPAuthenticationError as error:
            smtp.close()
            raise _refused_login(error, oauth=False) from error
        except DomainError:
            smtp.close()
            raise
        except smtplib.SMTPServerDisconnected as error:
            smtp.close()  # some servers hang up right after refusing a login
            raise DomainError(translate(
                "Mail", "The SMTP server did not accept the user name and password.")) from error
        except (OSError, smtplib.SMTPException) as error:
            smtp.close()
            raise _unreachable(self.config, error) from error

    def connect(self) -> None:
        smtp = self._open()
        self._login(smtp)
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
                log.info("The SMTP server closed the connection; reconnecting (attempt %d)", attempt)
                if attempt == 2:
                    raise DeliveryFailed(translate("Mail", "The server closed the connection.")) from None
            except smtplib.SMTPRecipientsRefused as error:
                code, refusal = next(iter(error.recipients.values()))
                raise DeliveryFailed(f"{code} {_text(refusal)}") from None
            except smtplib.SMTPResponseException as error:
                text = _text(error.smtp_error)
                raise DeliveryFailed(describe_refusal(error.smtp_code, text) or f"{error.smtp_code} {text}") from None
            except (OSError, smtplib.SMTPException) as error:
                self._smtp = None
                raise DeliveryFailed(type(error).__name__) from None


def check_connection(config: MailSettings, password: str | None = None, tokens: TokenProvider | None = None) -> None:
    """Connect, log in and quit; raises `DomainError` with the reason."""
    with SmtpTransport(config, password, tokens):
        pass
