"""mail configure / sign-in / test / trust-certificate, and fetch replies."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from typing import TYPE_CHECKING

from ..i18n import translate
from .common import EXIT_ERROR, EXIT_OK, CommandError, Commands

if TYPE_CHECKING:
    from ..services.mail_settings import MailSettings, Server
    from ..storage import Database

DEFAULT_PORTS = {("smtp", "ssl"): 465, ("smtp", "starttls"): 587, ("imap", "ssl"): 993, ("imap", "starttls"): 143}


def register(commands: Commands) -> None:
    commands.group("mail", translate("Cli", "the mail account: servers, sign-in, certificates"))
    configure = commands.sub("mail", "configure", translate(
        "Cli", "set the SMTP and IMAP servers and how to sign in (without options: show the settings)"),
        cmd_mail_configure)
    configure.add_argument("--smtp", metavar="HOST[:PORT]")
    configure.add_argument("--imap", metavar="HOST[:PORT]")
    configure.add_argument("--security", choices=("ssl", "starttls"),
                           help=translate("Cli", "encryption for the servers named here"))
    configure.add_argument("--user", metavar="U", help=translate("Cli", "the mailbox's address or login name"))
    configure.add_argument("--auth", choices=("password", "microsoft365", "google"))
    configure.add_argument("--password-stdin", action="store_true",
                           help=translate("Cli", "read the password from standard input (kept in the key ring)"))
    configure.add_argument("--client-id", metavar="ID",
                           help=translate("Cli", "the OAuth application id your IT department registered"))
    configure.add_argument("--tenant", metavar="TENANT", help=translate("Cli", "Microsoft 365 directory (tenant)"))
    configure.add_argument("--fetch-minutes", type=int, metavar="N",
                           help=translate("Cli", "read replies every N minutes while the window is open (0: never)"))
    configure.add_argument("--after-reading", choices=("leave", "flag", "move"),
                           help=translate("Cli", "what to do with processed messages (never deleted)"))
    configure.add_argument("--processed-folder", metavar="FOLDER")
    commands.sub("mail", "sign-in", translate("Cli", "sign in to Microsoft 365 or Google with a code shown here"),
                 cmd_mail_sign_in)
    commands.sub("mail", "test", translate("Cli", "connect to the SMTP and IMAP servers and sign in"), cmd_mail_test)
    trust = commands.sub("mail", "trust-certificate", translate(
        "Cli", "show a server's certificate and trust it (a self-signed office server)"), cmd_mail_trust)
    trust.add_argument("server", choices=("smtp", "imap"))
    trust.add_argument("--fingerprint", metavar="SHA256",
                       help=translate("Cli", "trust it only if its SHA-256 fingerprint is this one"))
    commands.group("fetch", translate("Cli", "read from the mailbox"))
    fetch = commands.sub("fetch", "replies", translate("Cli", "read calendar replies and bounces from the mailbox"),
                         cmd_fetch_replies)
    fetch.add_argument("--dry-run", action="store_true")
    fetch.add_argument("--json", action="store_true")


def _server(text: str, what: str, security: str, current: Server) -> Server:
    from ..services.mail_settings import Server

    host, colon, port_text = text.strip().rpartition(":")
    if not colon:
        host, port_text = text.strip(), ""
    if not host or (port_text and not port_text.isdigit()):
        raise CommandError(translate("Cli", "--{what}: '{text}' is not HOST or HOST:PORT.").format(
            what=what, text=text))
    port = int(port_text) if port_text else DEFAULT_PORTS.get((what, security), current.port)
    return Server(host, port, security)


def _configured(args: argparse.Namespace, current: MailSettings) -> MailSettings:
    from ..services.mail_settings import PRESETS, Server

    config = current
    if args.auth:
        config = replace(config, auth=args.auth)
        if args.auth in PRESETS and not args.smtp and not args.imap and not current.smtp.host:
            smtp, imap = PRESETS[args.auth]
            config = replace(config, smtp=Server(*smtp), imap=Server(*imap))
    if args.smtp:
        config = replace(config, smtp=_server(args.smtp, "smtp", args.security or current.smtp.security, current.smtp))
    elif args.security and config.smtp.host:
        config = replace(config, smtp=replace(config.smtp, security=args.security))
    if args.imap:
        config = replace(config, imap=_server(args.imap, "imap", args.security or current.imap.security, current.imap))
    values = {"username": args.user, "client_id": args.client_id, "tenant": args.tenant,
              "fetch_minutes": args.fetch_minutes, "after_reading": args.after_reading,
              "processed_folder": args.processed_folder}
    return replace(config, **{k: v for k, v in values.items() if v is not None})


def _describe(config: MailSettings) -> list[str]:
    lines = [
        translate("Cli", "SMTP: {server} ({security})").format(
            server=config.smtp.address if config.smtp.host else "-", security=config.smtp.security),
        translate("Cli", "IMAP: {server} ({security})").format(
            server=config.imap.address if config.imap.host else "-", security=config.imap.security),
        translate("Cli", "User: {user}").format(user=config.username or "-"),
        translate("Cli", "Sign-in: {auth}").format(auth=config.auth),
        translate("Cli", "Read replies every {n} minutes; processed messages: {after}").format(
            n=config.fetch_minutes, after=config.after_reading),
    ]
    if config.client_id:
        lines.append(translate("Cli", "OAuth application: {id}").format(id=config.client_id))
    return lines


def cmd_mail_configure(db: Database, args: argparse.Namespace) -> int:
    from ..services import mail_settings

    current = mail_settings.load()
    options = ("smtp", "imap", "security", "user", "auth", "client_id", "tenant", "fetch_minutes", "after_reading",
               "processed_folder")
    if not any(getattr(args, name) is not None for name in options) and not args.password_stdin:
        print("\n".join(_describe(current)))
        return EXIT_OK
    config = _configured(args, current)
    password = None
    if args.password_stdin:
        if config.uses_oauth:
            raise CommandError(translate("Cli", "--password-stdin: this account signs in with OAuth, not a password."))
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            raise CommandError(translate("Cli", "--password-stdin: no password on standard input."))
    mail_settings.save(config, password)
    print("\n".join(_describe(config)))
    if config.uses_oauth:
        print(translate("Cli", "Next: klimamoeder mail sign-in"))
    return EXIT_OK


def cmd_mail_sign_in(db: Database, args: argparse.Namespace) -> int:
    from ..services import mail_settings
    from ..services.oauth import MicrosoftTokens, provider_for

    config = mail_settings.load()
    tokens = provider_for(config)
    if tokens is None:
        raise CommandError(translate("Cli", "This account signs in with a password: use mail configure "
                                            "--password-stdin, or --auth microsoft365."))
    if isinstance(tokens, MicrosoftTokens):
        device = tokens.start_device_sign_in()
        print(device.message, flush=True)
        who = tokens.finish_device_sign_in(device)
    else:
        print(translate("Cli", "Your browser opens Google's sign-in page."), flush=True)
        who = tokens.sign_in_interactive()
    print(translate("Cli", "Signed in as {user}.").format(user=who))
    return EXIT_OK


def cmd_mail_test(db: Database, args: argparse.Namespace) -> int:
    from ..services import mail_settings, mailbox, mailer

    config = mail_settings.load()
    if config.smtp.host:
        mailer.check_connection(config)
        print(translate("Cli", "SMTP: the connection works."))
    if config.imap.host:
        folders = mailbox.check_connection(config)
        print(translate("Cli", "IMAP: the connection works; replies are read from {folders}.").format(
            folders=", ".join(folders)))
    if not config.smtp.host and not config.imap.host:
        raise CommandError(translate("Cli", "No mail server is set up yet: klimamoeder mail configure --smtp …"))
    return EXIT_OK


def cmd_mail_trust(db: Database, args: argparse.Namespace) -> int:
    from ..services import mail_settings, mail_tls

    config = mail_settings.load()
    server = config.smtp if args.server == "smtp" else config.imap
    if not server.host:
        raise CommandError(translate("Cli", "No {server} server is set up.").format(server=args.server.upper()))
    shown = mail_tls.presented_certificate(server, args.server)
    print(translate("Cli", "Subject: {subject}\nIssuer: {issuer}\nSHA-256: {fingerprint}").format(
        subject=shown.subject, issuer=shown.issuer, fingerprint=shown.sha256))
    wanted = (args.fingerprint or "").replace(":", "").replace(" ", "").upper()
    if not wanted:
        print(translate("Cli", "Compare the fingerprint with your IT department, then run this again with "
                               "--fingerprint to trust it."))
        return EXIT_OK
    if wanted != shown.sha256.replace(":", ""):
        print(translate("Cli", "klimamoeder: the fingerprint does not match; nothing was trusted."), file=sys.stderr)
        return EXIT_ERROR
    mail_settings.trust_certificate(config, server, shown.pem)
    print(translate("Cli", "The certificate of {server} is trusted from now on.").format(server=server.address))
    return EXIT_OK


def cmd_fetch_replies(db: Database, args: argparse.Namespace) -> int:
    from ..services.reply_fetch import fetch_replies, summary_text

    result = fetch_replies(db, dry_run=args.dry_run)
    if args.json:
        print(json.dumps({
            "dry_run": result.dry_run, "folders": list(result.folders), "new_messages": result.new_messages,
            "messages": [{"folder": m.folder, "uid": m.uid, "kind": m.kind, "outcome": m.outcome,
                          "detail": m.detail} for m in result.messages],
        }, ensure_ascii=False, indent=2))
        return EXIT_OK
    for m in result.messages:
        detail = f" – {m.detail}" if m.detail else ""
        print(f"{m.folder} #{m.uid}: {m.kind}, {m.outcome}{detail}")
    print(summary_text(result))
    return EXIT_OK
