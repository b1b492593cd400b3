"""Real mail servers on 127.0.0.1 for the mailbox tests: Dovecot (IMAP), aiosmtpd (SMTP) over TLS, and a
local sign-in service (OAuth token endpoint for MSAL, token introspection for Dovecot).

Everything runs from a temporary folder written here and is stopped at the end. When the
tests run as root, Dovecot runs as `nobody` (it refuses to hand mail to root), so its
folder lives outside pytest's private tmp folder and belongs to that user.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import grp
import ipaddress
import json
import os
import pwd
import secrets
import shutil
import socket
import ssl
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

from tests.smtp_server import free_port

PASSWORD = "Imap-and-Smtp-pa55word-never-in-a-file"
CLIENT_ID = "11111111-2222-3333-4444-555555555555"
USERS = 200  # mailbox users written into the passwd-file at start: one per test that needs a fresh mailbox


# --- a self-signed certificate for 127.0.0.1 -------------------------------------------------
@dataclass(frozen=True)
class Certificate:
    cert: Path
    key: Path

    @property
    def pem(self) -> str:
        return self.cert.read_text()

    def server_context(self) -> ssl.SSLContext:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(self.cert, self.key)
        return context


def make_certificate(folder: Path) -> Certificate:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Klimamøder test server")])
    now = dt.datetime.now(dt.UTC)
    certificate = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(hours=1))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1")),
                                                    x509.DNSName("localhost")]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    folder.mkdir(parents=True, exist_ok=True)
    cert, key_file = folder / "cert.pem", folder / "key.pem"
    cert.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return Certificate(cert, key_file)


def _server_folder() -> Path:
    """A folder the server's user can read (pytest's tmp folders are private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="klimamoeder-mail-"))
    folder.chmod(0o755)
    return folder


# --- the sign-in service: tokens, MSAL's endpoints, introspection --------------------------------
@dataclass
class Tokens:
    """Access tokens the servers accept: token -> (mailbox user, still valid)."""

    active: dict[str, str] = field(default_factory=dict)
    refresh: dict[str, str] = field(default_factory=dict)  # refresh token -> user
    grants: list[str] = field(default_factory=list)  # grant types asked for, in order
    seen_by_servers: list[str] = field(default_factory=list)
    lifetime: int = 3600
    lock: threading.Lock = field(default_factory=threading.Lock)

    def issue(self, user: str) -> str:
        token = "at-" + secrets.token_urlsafe(24)
        with self.lock:
            self.active[token] = user
        return token

    def expire_all(self) -> None:
        """The server side forgets every access token (as after their hour is over)."""
        with self.lock:
            self.active.clear()

    def check(self, token: str) -> str | None:
        with self.lock:
            self.seen_by_servers.append(token)
            return self.active.get(token)


def _b64url(data: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")


class _SignInHandler(BaseHTTPRequestHandler):
    server: _SignInServer
    protocol_version = "HTTP/1.1"  # keep-alive, as Dovecot's HTTP client expects (HTTP/1.0 costs it seconds)

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass

    def _answer(self, status: int, payload: dict[str, Any]) -> None:
        body = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        service = self.server.service
        if self.path.endswith("/.well-known/openid-configuration"):
            self._answer(200, service.openid_configuration())
        else:
            self._answer(404, {"error": "not_found"})

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", 0))
        form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
        status, payload = self.server.service.post(urlparse(self.path).path, form)
        self._answer(status, payload)


class _SignInServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, service: SignInService, context: ssl.SSLContext | None) -> None:
        super().__init__(("127.0.0.1", 0), _SignInHandler)
        self.service = service
        if context is not None:
            self.socket = context.wrap_socket(self.socket, server_side=True)


class SignInService:
    """A local stand-in for Entra ID (HTTPS, what MSAL talks to) and for its introspection endpoint (HTTP,
    what Dovecot's oauth2 passdb asks). Tokens are issued and checked in `tokens`."""

    tenant = "test-tenant"

    def __init__(self, certificate: Certificate) -> None:
        self.tokens = Tokens()
        self.approved: dict[str, str] = {}  # device code -> user, once the "user" typed the code
        self.https = _SignInServer(self, certificate.server_context())
        self.http = _SignInServer(self, None)
        for server in (self.https, self.http):
            threading.Thread(target=server.serve_forever, daemon=True).start()

    @property
    def authority(self) -> str:
        return f"https://127.0.0.1:{self.https.server_address[1]}/{self.tenant}"

    @property
    def introspection_url(self) -> str:
        return f"http://127.0.0.1:{self.http.server_address[1]}/introspect"

    def stop(self) -> None:
        for server in (self.https, self.http):
            server.shutdown()
            server.server_close()

    def openid_configuration(self) -> dict[str, Any]:
        base = f"{self.authority}/oauth2/v2.0"
        return {"authorization_endpoint": f"{base}/authorize", "token_endpoint": f"{base}/token",
                "device_authorization_endpoint": f"{base}/devicecode", "issuer": f"{self.authority}/v2.0",
                "token_endpoint_auth_methods_supported": ["none"], "response_types_supported": ["code"]}

    def approve_next_device_code(self, user: str) -> None:
        """The person types the code in a browser and signs in as `user`."""
        self.approved["*"] = user

    def _token_answer(self, user: str, client_id: str) -> dict[str, Any]:
        now = int(time.time())
        refresh = "rt-" + secrets.token_urlsafe(24)
        with self.tokens.lock:
            self.tokens.refresh[refresh] = user
        id_token = ".".join([_b64url({"alg": "none", "typ": "JWT"}), _b64url({
            "aud": client_id, "iss": f"{self.authority}/v2.0", "iat": now, "nbf": now, "exp": now + 3600,
            "preferred_username": user, "oid": "oid-1", "tid": "tid-1", "sub": "sub-1", "name": "Sekretariatet"}), ""])
        return {"token_type": "Bearer", "scope": "https://outlook.office.com/IMAP.AccessAsUser.All "
                "https://outlook.office.com/SMTP.Send", "expires_in": self.tokens.lifetime,
                "ext_expires_in": self.tokens.lifetime, "access_token": self.tokens.issue(user),
                "refresh_token": refresh, "id_token": id_token,
                "client_info": _b64url({"uid": "oid-1", "utid": "tid-1"})}

    def post(self, path: str, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        if path == "/introspect":  # Dovecot asks whether a bearer token is good
            user = self.tokens.check(form.get("token", ""))
            return 200, ({"active": True, "email": user} if user else {"active": False})
        if path.endswith("/devicecode"):
            return 200, {"device_code": "device-" + secrets.token_hex(8), "user_code": "KLIMA-42",
                         "verification_uri": f"{self.authority}/device", "expires_in": 900, "interval": 1,
                         "message": "To sign in, open the page and enter the code KLIMA-42."}
        if path.endswith("/token"):
            grant = form.get("grant_type", "")
            with self.tokens.lock:
                self.tokens.grants.append(grant)
            client_id = form.get("client_id", "")
            if grant == "urn:ietf:params:oauth:grant-type:device_code":
                user = self.approved.pop("*", None)
                if user is None:
                    return 400, {"error": "authorization_pending", "error_description": "waiting"}
                return 200, self._token_answer(user, client_id)
            if grant == "refresh_token":
                with self.tokens.lock:
                    user = self.tokens.refresh.pop(form.get("refresh_token", ""), None)
                if user is None:
                    return 400, {"error": "invalid_grant", "error_description": "AADSTS70008: expired"}
                return 200, self._token_answer(user, client_id)
        return 400, {"error": "unsupported", "error_description": path}


# --- Dovecot ----------------------------------------------------------------------------------
_DOVECOT_CONF = """\
protocols = imap
listen = 127.0.0.1
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
info_log_path = {root}/dovecot.log
default_login_user = {user}
default_internal_user = {user}
default_internal_group = {group}
ssl = yes
ssl_cert = <{root}/cert.pem
ssl_key = <{root}/key.pem
auth_mechanisms = plain login xoauth2 oauthbearer
# Plain-text logins are allowed here on purpose: the tests prove the client never tries one.
disable_plaintext_auth = no
auth_failure_delay = 0
# No growing penalty after failed logins from 127.0.0.1 (the tests fail logins on purpose).
login_trusted_networks = 127.0.0.0/8
mail_location = maildir:~/Maildir
first_valid_uid = 0
passdb {{
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = {root}/oauth2.conf.ext
}}
passdb {{
  driver = passwd-file
  mechanisms = plain login
  args = scheme=PLAIN username_format=%u {root}/users
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {root}/users
}}
namespace inbox {{
  inbox = yes
  separator = /
  mailbox "Deleted Items" {{
    special_use = \\Trash
    auto = create
  }}
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    port = {imap_port}
  }}
  inet_listener imaps {{
    port = {imaps_port}
  }}
}}
service anvil {{
  chroot =
}}
service stats {{
  chroot =
}}
"""


@dataclass
class Dovecot:
    root: Path
    imap_port: int
    imaps_port: int
    process: subprocess.Popen[bytes]
    owner: tuple[int, int] | None  # (uid, gid) the files must belong to, when run as root
    users: list[str] = field(default_factory=list)

    def _own(self, path: Path) -> None:
        if self.owner is not None:
            os.chown(path, *self.owner)

    def add_user(self) -> str:
        """A mailbox user nobody has used yet, with an empty home (all were written to the passwd-file at start)."""
        name = self.users.pop(0)
        home = self.root / "home" / name
        home.mkdir(parents=True)
        self._own(home)
        return name

    def deliver(self, user: str, data: bytes, folder: str = "INBOX") -> None:
        """Put a message into the user's Maildir as a delivery agent would (new/)."""
        top = self.root / "home" / user / "Maildir"
        maildir = top if folder == "INBOX" else top / f".{folder}"
        for part in (top, top / "new", top / "cur", top / "tmp", maildir, maildir / "new", maildir / "cur",
                     maildir / "tmp"):
            if not part.exists():
                part.mkdir()
                self._own(part)
        name = f"{time.time_ns()}.{secrets.token_hex(4)}.test"
        temporary = maildir / "tmp" / name
        temporary.write_bytes(data)
        self._own(temporary)
        temporary.rename(maildir / "new" / name)

    def logins(self) -> list[str]:
        text = (self.root / "dovecot.log").read_text(errors="replace")
        return [line for line in text.splitlines() if "Login: user=" in line]

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)
        if self.process.stderr is not None:
            self.process.stderr.close()
        shutil.rmtree(self.root, ignore_errors=True)


def start_dovecot(certificate: Certificate, introspection_url: str) -> Dovecot | None:
    binary = shutil.which("dovecot") or ("/usr/sbin/dovecot" if Path("/usr/sbin/dovecot").exists() else None)
    if binary is None:
        return None
    root = _server_folder()
    owner = None
    run_as = {}
    user, group = pwd.getpwuid(os.getuid()).pw_name, None
    if os.getuid() == 0:
        nobody = pwd.getpwnam("nobody")
        owner = (nobody.pw_uid, nobody.pw_gid)
        run_as = {"user": nobody.pw_uid, "group": nobody.pw_gid}
        user = "nobody"
    group = grp.getgrgid(owner[1] if owner else os.getgid()).gr_name
    shutil.copy(certificate.cert, root / "cert.pem")
    shutil.copy(certificate.key, root / "key.pem")
    imap_port, imaps_port = free_port(), free_port()
    (root / "dovecot.conf").write_text(_DOVECOT_CONF.format(root=root, user=user, group=group, imap_port=imap_port,
                                                            imaps_port=imaps_port))
    (root / "oauth2.conf.ext").write_text(
        f"introspection_mode = post\nintrospection_url = {introspection_url}\nusername_attribute = email\n"
        "active_attribute = active\nactive_value = true\n")
    users = [f"user{n:03d}@example.org" for n in range(USERS)]
    (root / "users").write_text("".join(f"{u}:{{PLAIN}}{PASSWORD}::::{root}/home/{u}::\n" for u in users))
    for folder in ("run", "state", "home"):
        (root / folder).mkdir()
    if owner is not None:
        for path in [root, *root.rglob("*")]:
            os.chown(path, *owner)
    process = subprocess.Popen([binary, "-F", "-c", str(root / "dovecot.conf")], stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, **run_as)  # type: ignore[call-overload]
    server = Dovecot(root, imap_port, imaps_port, process, owner, users)
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"Dovecot did not start: {process.stderr.read().decode() if process.stderr else ''}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", imaps_port), 0.5):
            return server
        time.sleep(0.05)
    server.stop()
    raise RuntimeError("Dovecot did not listen within 15 s")


# --- aiosmtpd over TLS ------------------------------------------------------------------------
@dataclass
class TlsHandler:
    """Records what arrived and whether every AUTH came over TLS; can misbehave on request."""

    tokens: Tokens
    user: str = "secretariat@kl.example"
    messages: list[tuple[list[str], bytes]] = field(default_factory=list)
    auths: list[tuple[str, bool]] = field(default_factory=list)  # (mechanism, over TLS)
    drop_after: int | None = None  # hang up on the DATA of message number n (1-based), once
    refuse_data_for: set[str] = field(default_factory=set)
    data_calls: int = 0
    smtp_auth_disabled: bool = False  # answer like a Microsoft 365 tenant that switched SMTP AUTH off

    @staticmethod
    def encrypted(server: Any) -> bool:
        session = server.session
        transport = server.transport
        return bool((session is not None and session.ssl is not None)
                    or (transport is not None and transport.get_extra_info("ssl_object") is not None))

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.data_calls += 1
        if self.drop_after is not None and self.data_calls == self.drop_after:
            self.drop_after = None
            server.transport.close()  # the connection is gone before an answer
            return "421 closing"
        if set(envelope.rcpt_tos) & self.refuse_data_for:
            return "554 5.6.0 Message refused by content filter"
        self.messages.append((list(envelope.rcpt_tos), envelope.content))
        return "250 Message accepted"

    def authenticate(self, server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any) -> AuthResult:
        self.auths.append((mechanism, self.encrypted(server)))
        if self.smtp_auth_disabled:
            return AuthResult(success=False, handled=False, message=(
                "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant."))
        login = (bytes(auth_data.login).decode(), bytes(auth_data.password).decode())
        return AuthResult(success=login == (self.user, PASSWORD), handled=False)

    async def auth_XOAUTH2(self, server: Any, args: list[str]) -> AuthResult:
        self.auths.append(("XOAUTH2", self.encrypted(server)))
        blob = args[1].encode() if len(args) > 1 else await server.challenge_auth("")
        fields = dict(part.split("=", 1) for part in base64.b64decode(blob).decode().split("\x01") if "=" in part)
        token = fields.get("auth", "").removeprefix("Bearer ")
        if self.tokens.check(token) == fields.get("user"):
            return AuthResult(success=True, auth_data=fields.get("user"))
        # As Google and Microsoft do: an error challenge first, the final answer after the empty reply.
        await server.challenge_auth(json.dumps({"status": "401", "schemes": "bearer"}))
        return AuthResult(success=False, handled=False, message="535 5.7.3 Authentication unsuccessful")


@dataclass
class SmtpTls:
    handler: TlsHandler
    port: int
    implicit: bool


@contextlib.contextmanager
def smtp_tls_server(certificate: Certificate, tokens: Tokens, implicit: bool) -> Iterator[SmtpTls]:
    handler = TlsHandler(tokens)
    port = free_port()
    context = certificate.server_context()
    # auth_require_tls=False: the server would take a password in clear text, so a client that sent one would be
    # caught by `auths`, not saved by the server.
    options: dict[str, Any] = {"ssl_context": context} if implicit else {"tls_context": context}
    controller = Controller(handler, hostname="127.0.0.1", port=port, authenticator=handler.authenticate,
                            auth_require_tls=False, **options)
    controller.start()
    try:
        yield SmtpTls(handler, port, implicit)
    finally:
        controller.stop()


@pytest.fixture(scope="session")
def certificate() -> Iterator[Certificate]:
    folder = _server_folder()
    yield make_certificate(folder)
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def sign_in_service(certificate: Certificate) -> Iterator[SignInService]:
    service = SignInService(certificate)
    yield service
    service.stop()


@pytest.fixture(scope="session")
def dovecot(certificate: Certificate, sign_in_service: SignInService) -> Iterator[Dovecot]:
    server = start_dovecot(certificate, sign_in_service.introspection_url)
    if server is None:
        if os.environ.get("CI"):
            pytest.fail("Dovecot is required in CI (apt-get install dovecot-imapd)")
        pytest.skip("Dovecot is not installed here")
    yield server
    server.stop()


@pytest.fixture
def trust_test_certificate(certificate: Certificate, monkeypatch: pytest.MonkeyPatch) -> Certificate:
    """The system trust store, as the OS would have it after an admin added the test CA (SSL_CERT_FILE)."""
    monkeypatch.setenv("SSL_CERT_FILE", str(certificate.cert))
    return certificate
