"""A real SMTP server (aiosmtpd) on 127.0.0.1 and an in-memory key ring, for the mail tests."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import keyring
import keyring.backend
import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

from klimamoeder.services import mail_settings
from klimamoeder.services.mail_settings import MailSettings, Server

PASSWORD = "s3cret-Pa55word-never-in-a-file"


class MemoryKeyring(keyring.backend.KeyringBackend):
    """Keeps the password in memory for the test, like the OS keyring would elsewhere."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@dataclass
class Handler:
    """Accepts everything except the addresses in `refused`; keeps what it received."""

    refused: set[str] = field(default_factory=set)
    messages: list[tuple[list[str], bytes]] = field(default_factory=list)
    logins: list[tuple[str, str]] = field(default_factory=list)

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str,
                          rcpt_options: list[str]) -> str:
        if address in self.refused:
            return "550 5.1.1 Mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append((list(envelope.rcpt_tos), envelope.content))
        return "250 Message accepted"

    def authenticate(self, server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any) -> AuthResult:
        login = (bytes(auth_data.login).decode(), bytes(auth_data.password).decode())
        self.logins.append(login)
        return AuthResult(success=login == ("secretariat", PASSWORD))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def smtp_server() -> Iterator[tuple[Handler, int]]:
    handler = Handler()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port, authenticator=handler.authenticate,
                            auth_require_tls=False)
    controller.start()
    yield handler, port
    controller.stop()


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


@pytest.fixture
def configured(smtp_server: tuple[Handler, int], memory_keyring: MemoryKeyring) -> MailSettings:
    config = MailSettings(smtp=Server("127.0.0.1", smtp_server[1], "none"), username="secretariat", timeout=10)
    mail_settings.save(config, PASSWORD)
    return config


