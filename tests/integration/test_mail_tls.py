"""Sending over encrypted connections to a real SMTP server (aiosmtpd with a self-signed certificate).

The server would take a password in clear text (auth_require_tls=False) and records whether
each AUTH arrived over TLS: a client that ever sent one unencrypted fails these tests.
"""

from __future__ import annotations

import email
import email.policy
from pathlib import Path

import pytest

from klimamoeder.model import DeliveryStatus
from klimamoeder.services import invites, mail_settings, mail_tls, mailer
from klimamoeder.services.errors import DomainError
from klimamoeder.services.mail_settings import MailSettings, Server
from klimamoeder.services.oauth import MicrosoftTokens, SignInRequired
from klimamoeder.storage import Database
from tests.invite_data import make_meeting
from tests.mail_servers import (
    CLIENT_ID,
    PASSWORD,
    Certificate,
    SignInService,
    SmtpTls,
    certificate,
    make_certificate,
    sign_in_service,
    smtp_tls_server,
    trust_test_certificate,
)
from tests.smtp_server import MemoryKeyring, memory_keyring

__all__ = ["certificate", "memory_keyring", "sign_in_service", "trust_test_certificate"]  # fixtures used by name

USER = "secretariat@kl.example"


def account(server: SmtpTls, **changes: object) -> MailSettings:
    security = "ssl" if server.implicit else "starttls"
    base = MailSettings(smtp=Server("127.0.0.1", server.port, security), username=USER, timeout=10)
    return MailSettings(**{**base.__dict__, **changes})  # type: ignore[arg-type]


@pytest.fixture(params=["starttls", "implicit-tls"])
def tls_server(request: pytest.FixtureRequest, certificate: Certificate, sign_in_service: SignInService):  # type: ignore[no-untyped-def]
    with smtp_tls_server(certificate, sign_in_service.tokens, implicit=request.param == "implicit-tls") as server:
        yield server


def test_the_password_crosses_only_encrypted_on_starttls_and_implicit_tls(
        db: Database, tls_server: SmtpTls, trust_test_certificate: Certificate,
        memory_keyring: MemoryKeyring) -> None:
    mail_settings.save(account(tls_server), PASSWORD)
    ids = make_meeting(db)
    with mailer.SmtpTransport(mail_settings.load()) as transport:
        result = invites.send_invitations(db, ids.meeting, transport)
    assert len(result.delivered) == 4 and len(tls_server.handler.messages) == 4
    assert tls_server.handler.auths and all(over_tls for _mechanism, over_tls in tls_server.handler.auths)


def test_an_untrusted_certificate_is_refused_before_any_password_until_the_user_trusts_it(
        tls_server: SmtpTls, certificate: Certificate, monkeypatch: pytest.MonkeyPatch,
        memory_keyring: MemoryKeyring) -> None:
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    config = account(tls_server)
    mail_settings.save(config, PASSWORD)
    with pytest.raises(mail_tls.CertificateNotTrusted, match="not trusted"):
        mailer.check_connection(config)
    assert tls_server.handler.auths == []  # nothing was sent to a server we could not verify
    shown = mail_tls.presented_certificate(config.smtp, "smtp")
    assert shown.pem.strip() == certificate.pem.strip() and len(shown.sha256.split(":")) == 32
    assert "Klimamøder test server" in shown.subject
    trusted = mail_settings.trust_certificate(config, config.smtp, shown.pem)
    mailer.check_connection(trusted)
    assert mail_settings.load().trusted_pem(config.smtp) == shown.pem
    assert tls_server.handler.auths == [("PLAIN", True)] or tls_server.handler.auths == [("LOGIN", True)]


def test_trusting_one_certificate_does_not_trust_another(tls_server: SmtpTls, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    config = account(tls_server)
    other = make_certificate(tmp_path / "other")  # e.g. the server's old certificate, trusted last year
    trusted = MailSettings(**{**config.__dict__, "trusted_certificates": {config.smtp.address: other.pem}})
    with pytest.raises(mail_tls.CertificateNotTrusted):
        mailer.check_connection(trusted, PASSWORD)
    assert tls_server.handler.auths == []


def test_a_server_that_hangs_up_mid_batch_is_reconnected_and_nobody_gets_it_twice(
        db: Database, tls_server: SmtpTls, trust_test_certificate: Certificate) -> None:
    tls_server.handler.drop_after = 2
    ids = make_meeting(db)
    with mailer.SmtpTransport(account(tls_server), PASSWORD) as transport:
        result = invites.send_invitations(db, ids.meeting, transport)
    receivers = [rcpt[0] for rcpt, _ in tls_server.handler.messages]
    assert len(result.delivered) == 4 and sorted(receivers) == sorted(set(receivers)) and len(receivers) == 4
    assert [over_tls for _m, over_tls in tls_server.handler.auths] == [True, True]  # logged in again, encrypted


def test_a_server_that_refuses_the_message_fails_that_recipient_only(
        db: Database, tls_server: SmtpTls, trust_test_certificate: Certificate) -> None:
    tls_server.handler.refuse_data_for = {"zoe@aberdeen.example"}
    ids = make_meeting(db)
    with mailer.SmtpTransport(account(tls_server), PASSWORD) as transport:
        result = invites.send_invitations(db, ids.meeting, transport)
    assert [o.name for o in result.failed] == ["Zoë"] and result.failed[0].error.startswith("554 5.6.0")
    assert len(tls_server.handler.messages) == 3
    plan = invites.plan_invitations(db, ids.meeting)
    assert [r.name for r in plan.failed] == ["Zoë"] and plan.failed[0].last_status == DeliveryStatus.FAILED.value


def test_a_tenant_without_password_sign_in_gets_a_clear_message(
        tls_server: SmtpTls, trust_test_certificate: Certificate) -> None:
    tls_server.handler.smtp_auth_disabled = True
    with pytest.raises(DomainError, match=r"switched off password sign-in.*Microsoft 365 sign-in.*5\.7\.139"):
        mailer.check_connection(account(tls_server), PASSWORD)


def signed_in(service: SignInService, server: SmtpTls) -> tuple[MailSettings, MicrosoftTokens]:
    """Microsoft 365 sign-in through MSAL against the local sign-in service (device code flow)."""
    config = account(server, auth="microsoft365", client_id=CLIENT_ID, authority=service.authority)
    mail_settings.save(config)
    tokens = MicrosoftTokens(config)
    device = tokens.start_device_sign_in()
    assert device.code == "KLIMA-42" and "KLIMA-42" in device.message
    service.approve_next_device_code(USER)
    assert tokens.finish_device_sign_in(device) == USER
    return config, tokens


def test_microsoft_365_sign_in_sends_with_xoauth2_and_refreshes_a_refused_token(
        db: Database, tls_server: SmtpTls, sign_in_service: SignInService, trust_test_certificate: Certificate,
        memory_keyring: MemoryKeyring) -> None:
    config, _tokens = signed_in(sign_in_service, tls_server)
    ids = make_meeting(db)
    with mailer.SmtpTransport(mail_settings.load()) as transport:  # a new provider: the token cache is in the key ring
        assert len(invites.send_invitations(db, ids.meeting, transport).delivered) == 4
    assert tls_server.handler.auths == [("XOAUTH2", True)]
    sign_in_service.tokens.expire_all()  # the server no longer accepts the token MSAL still holds
    grants_before = list(sign_in_service.tokens.grants)
    mailer.check_connection(config)
    assert sign_in_service.tokens.grants[len(grants_before):] == ["refresh_token"]
    assert [m for m, _tls in tls_server.handler.auths] == ["XOAUTH2", "XOAUTH2", "XOAUTH2"]
    assert all(over_tls for _m, over_tls in tls_server.handler.auths)


def test_an_expired_access_token_is_refreshed_silently_and_a_lost_sign_in_asks_again(
        tls_server: SmtpTls, sign_in_service: SignInService, trust_test_certificate: Certificate,
        memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sign_in_service.tokens, "lifetime", 120)  # MSAL treats < 5 minutes as expired
    config, tokens = signed_in(sign_in_service, tls_server)
    first = tokens.token()
    assert sign_in_service.tokens.grants[-1] == "refresh_token" and first in sign_in_service.tokens.active
    mailer.check_connection(config)
    assert tls_server.handler.auths == [("XOAUTH2", True)]
    sign_in_service.tokens.refresh.clear()  # the refresh token was revoked (password change, admin)
    sign_in_service.tokens.expire_all()
    with pytest.raises(SignInRequired, match="Sign in to the mailbox again"):
        mailer.check_connection(config)


def test_received_messages_are_intact(db: Database, tls_server: SmtpTls, trust_test_certificate: Certificate) -> None:
    ids = make_meeting(db)
    with mailer.SmtpTransport(account(tls_server), PASSWORD) as transport:
        invites.send_invitations(db, ids.meeting, transport)
    for _rcpt, raw in tls_server.handler.messages:
        message = email.message_from_bytes(raw, policy=email.policy.default)
        assert message["Message-ID"] and message.get_content_type() == "multipart/mixed"
