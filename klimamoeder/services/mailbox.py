"""The secretariat's IMAP mailbox: connect (SSL/TLS or STARTTLS, certificate checked), sign in, read.

A thin layer over IMAPClient that speaks our terms: the folders replies land in (the
inbox and the Trash/Deleted Items folder, where Outlook moves processed meeting
responses), new UIDs since the last look, the structure of each message (to download
only those that may hold a reply or a bounce), and flagging or moving processed mail.
Nothing here deletes mail.
"""

from __future__ import annotations

import contextlib
import logging
import ssl
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from types import TracebackType
from typing import Any

from ..i18n import translate
from . import mail_tls
from .errors import DomainError
from .mail_settings import NONE, SSL, MailSettings, password_for, validate
from .oauth import TokenProvider, provider_for

log = logging.getLogger(__name__)
# IMAPClient's debug output quotes whole messages (personal data): never below INFO.
logging.getLogger("imapclient").setLevel(logging.INFO)

INBOX = "INBOX"
# Trash folders by name, for servers that do not mark it with \Trash (RFC 6154).
TRASH_NAMES = ("Deleted Items", "Deleted Messages", "Trash", "Slettet post", "Slettede elementer", "Papirkurv")
CHUNK = 100  # messages per FETCH
PROCESSED_FLAG = "$KlimamoederRead"


def _chunks(items: Sequence[int], size: int = CHUNK) -> Iterator[Sequence[int]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


class Mailbox:
    """One IMAP session; use as a context manager."""

    def __init__(self, config: MailSettings, password: str | None = None,
                 tokens: TokenProvider | None = None) -> None:
        validate(config, need_smtp=False)
        if not config.can_read:
            raise DomainError(translate(
                "Mail", "No IMAP server is set up: enter it in Settings → Mail account to read replies."))
        self.config = config
        self._tokens = tokens if tokens is not None else provider_for(config)
        self._password = password if password is not None or self._tokens else password_for(config)
        self._client: Any = None

    def __enter__(self) -> Mailbox:
        self.connect()
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.close()

    # --- connecting -------------------------------------------------------------------------
    def _unreachable(self, error: BaseException) -> DomainError:
        untrusted = mail_tls.not_trusted(self.config.imap, error)
        if untrusted is not None:
            return untrusted
        log.warning("IMAP connection failed: %s", type(error).__name__)
        return DomainError(translate("Mail", "Could not connect to the IMAP server {host}:{port}: {error}").format(
            host=self.config.imap.host, port=self.config.imap.port, error=type(error).__name__))

    def connect(self) -> None:
        from imapclient import IMAPClient
        from imapclient.exceptions import IMAPClientError

        server = self.config.imap
        context = mail_tls.context(self.config.trusted_pem(server))
        client: Any = None
        try:
            client = IMAPClient(server.host, port=server.port, ssl=server.security == SSL, ssl_context=context,
                                timeout=self.config.timeout)
            if server.security not in (SSL, NONE):
                client.starttls(context)  # an error, never a fall-back to plain text
        except (OSError, IMAPClientError, ssl.SSLError) as error:
            if client is not None:
                _shutdown(client)
            raise self._unreachable(error) from error
        try:
            self._login(client)
        except BaseException:
            _shutdown(client)
            raise
        self._client = client

    def _login(self, client: Any) -> None:
        from imapclient.exceptions import IMAPClientError, LoginError

        try:
            if self._tokens is None:
                client.login(self.config.username, self._password or "")
                return
            for attempt in (1, 2):
                try:
                    client.oauth2_login(self.config.username, self._tokens.token(force_refresh=attempt == 2))
                    return
                except LoginError:
                    if attempt == 2:
                        raise
                    log.info("IMAP refused the access token; refreshing it once")
        except LoginError as error:
            raise DomainError(self._login_refused_text()) from error
        except (OSError, IMAPClientError) as error:
            raise self._unreachable(error) from error

    def _login_refused_text(self) -> str:
        host = self.config.imap.host.lower()
        if self._tokens is not None:
            return translate("Mail", "The IMAP server did not accept the sign-in. Check that IMAP is enabled for the "
                                     "mailbox and that you signed in as someone allowed to read it.")
        if host.endswith(("office365.com", "outlook.com")):
            return translate("Mail", "Microsoft 365 no longer accepts passwords for IMAP: choose Microsoft 365 "
                                     "sign-in in the mail settings.")
        return translate("Mail", "The IMAP server did not accept the user name and password.")

    def close(self) -> None:
        if self._client is not None:
            try:
                self._client.logout()
            except Exception:  # the session is over either way
                _shutdown(self._client)
            self._client = None

    @property
    def client(self) -> Any:
        if self._client is None:
            raise DomainError(translate("Mail", "The connection to the mailbox is closed."))
        return self._client

    # --- reading ----------------------------------------------------------------------------
    def reply_folders(self) -> list[str]:
        """The inbox and the Trash (Deleted Items) folder, if there is one."""
        from imapclient.imapclient import TRASH

        folders = [INBOX]
        trash = self.client.find_special_folder(TRASH)
        if trash is None:
            names = {name.lower(): name for _flags, _sep, name in self.client.list_folders()}
            trash = next((names[n.lower()] for n in TRASH_NAMES if n.lower() in names), None)
        if trash and trash.upper() != INBOX:
            folders.append(trash)
        return folders

    def open_folder(self, folder: str, readonly: bool) -> int:
        """Select `folder`; returns its UIDVALIDITY."""
        answer = self.client.select_folder(folder, readonly=readonly)
        return int(answer[b"UIDVALIDITY"])

    def uids_after(self, last_uid: int) -> list[int]:
        # "UID n:*" always names the last message, even when its UID is below n: filter.
        return sorted(uid for uid in self.client.search(["UID", f"{last_uid + 1}:*"]) if uid > last_uid)

    def uids_since(self, day: date) -> list[int]:
        return sorted(self.client.search(["SINCE", day]))

    def structures(self, uids: Sequence[int]) -> dict[int, Any]:
        found: dict[int, Any] = {}
        for chunk in _chunks(uids):
            for uid, data in self.client.fetch(chunk, ["BODYSTRUCTURE"]).items():
                found[int(uid)] = data.get(b"BODYSTRUCTURE")
        return found

    def messages(self, uids: Sequence[int]) -> Iterator[tuple[int, bytes]]:
        """The whole messages, without marking them read (BODY.PEEK)."""
        for chunk in _chunks(uids, 20):
            for uid, data in sorted(self.client.fetch(chunk, ["BODY.PEEK[]"]).items()):
                body = data.get(b"BODY[]")
                if isinstance(body, bytes):
                    yield int(uid), body

    def mark_processed(self, uids: Iterable[int], how: str, folder: str = "") -> None:
        """Flag (\\Flagged and our own keyword) or move processed messages; never delete them."""
        from imapclient.imapclient import FLAGGED

        chosen = sorted(set(uids))
        if not chosen:
            return
        if how == "flag":
            self.client.add_flags(chosen, [FLAGGED, PROCESSED_FLAG.encode()])
        elif how == "move" and folder:
            if not self.client.folder_exists(folder):
                self.client.create_folder(folder)
            if self.client.has_capability("MOVE"):
                self.client.move(chosen, folder)
            else:  # without MOVE, a copy and a flag: the original stays where it was
                self.client.copy(chosen, folder)
                self.client.add_flags(chosen, [PROCESSED_FLAG.encode()])


def _shutdown(client: Any) -> None:
    with contextlib.suppress(Exception):  # best effort on a broken connection
        client.shutdown()


def check_connection(config: MailSettings, password: str | None = None,
                     tokens: TokenProvider | None = None) -> list[str]:
    """Connect, sign in and list the folders replies are read from; raises `DomainError` with the reason."""
    with Mailbox(config, password, tokens) as box:
        return box.reply_folders()
