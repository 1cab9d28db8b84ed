"""A request that gets no answer says where it went and why (issue 15, "Errors that say what
happened"): ``host:port`` and "connection refused", "name not resolved", "TLS: certificate verify
failed" or "timed out after N s", in both modes, and never the key.

Each failure is real and local: a closed loopback port, a resolver that fails (``getaddrinfo``
patched, no DNS traffic), a loopback TLS server with a self-signed certificate, and a loopback
server that accepts and never answers.
"""

from __future__ import annotations

import datetime
import socket
import ssl
import threading
import traceback
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

import venice

from ._modes import KEY, run


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _failure(mode: str, base_url: str, **client: Any) -> venice.APIConnectionError:
    with pytest.raises(venice.APIConnectionError) as info:
        run(mode, base_url, "chat", client={"max_retries": 0, **client})
    error = info.value
    assert KEY not in "".join(traceback.format_exception(error)) + repr(error)
    return error


def test_a_closed_port_is_connection_refused(mode: str) -> None:
    port = _closed_port()
    error = _failure(mode, f"http://127.0.0.1:{port}/api/v1")
    assert str(error) == f"Connection error: 127.0.0.1:{port}: connection refused (ConnectError)."


def test_an_unresolvable_host_is_name_not_resolved(mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_such_name(*args: Any, **kwargs: Any) -> Any:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_name)
    error = _failure(mode, "https://api.venice.invalid/api/v1")
    assert str(error) == "Connection error: api.venice.invalid:443: name not resolved (ConnectError)."


def _self_signed(directory: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = directory / "cert.pem", directory / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return cert_path, key_path


@contextmanager
def _loopback(tls: ssl.SSLContext | None = None) -> Iterator[int]:
    """A loopback server that accepts connections (and TLS handshakes) but never answers."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    held: list[socket.socket] = []

    def accept() -> None:
        while True:
            try:
                conn, _ = server.accept()
            except OSError:
                return
            held.append(conn)
            if tls is not None:
                with suppress(OSError):  # the client refuses the certificate (an SSLError)
                    tls.wrap_socket(conn, server_side=True)

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield int(server.getsockname()[1])
    finally:
        server.shutdown(socket.SHUT_RDWR)
        server.close()
        for conn in held:
            conn.close()
        thread.join(timeout=2)


def test_a_certificate_the_client_does_not_trust_is_named(mode: str, tmp_path: Path) -> None:
    tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    tls.load_cert_chain(*_self_signed(tmp_path))
    with _loopback(tls) as port:
        error = _failure(mode, f"https://127.0.0.1:{port}/api/v1")
    assert str(error) == (
        f"Connection error: 127.0.0.1:{port}: TLS: certificate verify failed: "
        "self-signed certificate (ConnectError)."
    )


def test_a_server_that_never_answers_times_out_after_the_read_timeout(mode: str) -> None:
    with _loopback() as port:
        error = _failure(mode, f"http://127.0.0.1:{port}/api/v1", timeout=httpx.Timeout(0.3))
    assert isinstance(error, venice.APITimeoutError)
    assert str(error) == f"Request to 127.0.0.1:{port} timed out after 0.3 s waiting for data (ReadTimeout)."
