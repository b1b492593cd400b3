"""Encryption for mail connections: whose certificates we believe, and what to tell the user when we do not.

A server's certificate is checked against the system's trust store (which honours
`SSL_CERT_FILE` and `SSL_CERT_DIR`), plus, for that one server, a certificate the user
chose to trust after comparing its fingerprint (a self-signed office server). Host names
are always checked; verification is never switched off for a login.
"""

from __future__ import annotations

import hashlib
import socket
import ssl
from dataclasses import dataclass

from ..i18n import translate
from .errors import DomainError
from .mail_settings import NONE, SSL, STARTTLS, Server


class CertificateNotTrusted(DomainError):
    """The server showed a certificate we cannot verify; the user may look at it and trust it."""

    def __init__(self, server: Server, reason: str) -> None:
        super().__init__(translate(
            "Mail", "The certificate of {host}:{port} is not trusted ({reason}). Check its fingerprint with your IT "
                    "department and trust it in the mail settings, or ask them to fix the server.").format(
            host=server.host, port=server.port, reason=reason))
        self.server = server


def context(trusted_pem: str = "") -> ssl.SSLContext:
    """A client context that verifies the server (system trust store + the user's trusted certificate)."""
    result = ssl.create_default_context()
    result.minimum_version = ssl.TLSVersion.TLSv1_2
    if trusted_pem:
        result.load_verify_locations(cadata=trusted_pem)
        result.verify_flags |= ssl.VERIFY_X509_PARTIAL_CHAIN  # the leaf itself is the trust anchor
    return result


def not_trusted(server: Server, error: BaseException) -> CertificateNotTrusted | None:
    """The user-facing error if `error` (or its cause) is a failed certificate check."""
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, ssl.SSLCertVerificationError):
            return CertificateNotTrusted(server, seen.verify_message or seen.reason or "")
        seen = seen.__cause__ or seen.__context__
    return None


@dataclass(frozen=True)
class PresentedCertificate:
    pem: str
    sha256: str  # colon-separated hex, as certificate viewers show it
    subject: str
    issuer: str


def _describe(der: bytes) -> PresentedCertificate:
    from cryptography import x509

    digest = hashlib.sha256(der).hexdigest().upper()
    certificate = x509.load_der_x509_certificate(der)
    return PresentedCertificate(pem=ssl.DER_cert_to_PEM_cert(der),
                                sha256=":".join(digest[i:i + 2] for i in range(0, len(digest), 2)),
                                subject=certificate.subject.rfc4514_string(),
                                issuer=certificate.issuer.rfc4514_string())


def presented_certificate(server: Server, protocol: str, timeout: float = 15.0) -> PresentedCertificate:
    """Fetch the certificate a server shows, without trusting it and without logging in.

    Only for showing its fingerprint to the user; nothing secret is sent on this connection.
    """
    if server.security == NONE:
        raise DomainError(translate("Mail", "This connection is not encrypted; there is no certificate."))
    look = ssl.create_default_context()
    look.check_hostname = False
    look.verify_mode = ssl.CERT_NONE
    try:
        if server.security == SSL:
            with socket.create_connection((server.host, server.port), timeout=timeout) as raw, \
                    look.wrap_socket(raw, server_hostname=server.host) as wrapped:
                der = wrapped.getpeercert(binary_form=True)
        elif protocol == "smtp":
            import smtplib

            with smtplib.SMTP(server.host, server.port, timeout=timeout) as smtp:
                smtp.starttls(context=look)
                der = smtp.sock.getpeercert(binary_form=True)  # type: ignore[union-attr]
        else:
            import imaplib

            imap = imaplib.IMAP4(server.host, server.port, timeout=timeout)
            try:
                imap.starttls(look)
                der = imap.sock.getpeercert(binary_form=True)  # type: ignore[attr-defined]
            finally:
                imap.shutdown()
    except Exception as error:  # any failure: we only wanted to look
        raise DomainError(translate("Mail", "Could not read the certificate of {host}:{port}: {error}").format(
            host=server.host, port=server.port, error=type(error).__name__)) from error
    if not der:
        raise DomainError(translate("Mail", "The server showed no certificate."))
    return _describe(der)


__all__ = ["SSL", "STARTTLS", "CertificateNotTrusted", "PresentedCertificate", "context", "not_trusted",
           "presented_certificate"]
