"""``evidencemap add`` against pages and servers that misbehave: provenance, TLS, time and size bounds, charsets.

Every server here listens on 127.0.0.1 and lives only as long as its test. Each test runs ``add`` as a user does (a
subprocess) and checks the outcome a user sees: the source written with the right front matter, or a located error
with a hint, its exit code and no traceback.
"""

from __future__ import annotations

import datetime
import http.server
import ipaddress
import os
import ssl
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import yaml

NIH_SPOOF = """<!doctype html>
<html lang="en"><head>
<title>Insoles cure back pain</title>
<meta property="og:site_name" content="National Institutes of Health">
<link rel="canonical" href="https://www.nih.gov/health-information/insoles">
</head><body><article>
<h1>Insoles cure back pain</h1>
<p>Flat feet cause low back pain, because the collapsed arch tilts the pelvis forward and strains the spine.
Custom orthotics relieve back pain by restoring the arch, and our insoles come with a money-back guarantee.</p>
<p>Many of our customers have told us how much better their back feels after a few weeks of wearing them.</p>
</article></body></html>
"""

ACCENTED = "Idées reçues du café naïf sur les pieds"


def run_add(*args: str, timeout: float = 120) -> tuple[subprocess.CompletedProcess[str], float]:
    """``evidencemap add ARGS`` as a user runs it; loopback requests never go through a proxy."""
    env = {**os.environ, "NO_PROXY": "127.0.0.1,localhost", "no_proxy": "127.0.0.1,localhost"}
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "evidencemap", "add", *args], capture_output=True, text=True, timeout=timeout, env=env
    )
    return result, time.monotonic() - started


def front_matter(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1])


def assert_refused(result: subprocess.CompletedProcess[str], code: int, *words: str) -> None:
    assert result.returncode == code, result.stdout + result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    for word in words:
        assert word in result.stderr, result.stderr


Handler = Callable[[http.server.BaseHTTPRequestHandler, threading.Event], None]


@contextmanager
def loopback(handle: Handler, tls: ssl.SSLContext | None = None) -> Iterator[str]:
    """A server on 127.0.0.1 answering every GET with ``handle``; yields its base URL."""
    stop = threading.Event()

    class Answer(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
            try:
                handle(self, stop)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up, as it should

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Answer)
    server.daemon_threads = True
    if tls is not None:
        server.socket = tls.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"{'https' if tls else 'http'}://127.0.0.1:{server.server_address[1]}"
    finally:
        stop.set()
        server.shutdown()
        server.server_close()
        thread.join(10)


def page(body: bytes, content_type: str = "text/html") -> Handler:
    def handle(request: http.server.BaseHTTPRequestHandler, stop: threading.Event) -> None:
        request.send_response(200)
        request.send_header("Content-Type", content_type)
        request.send_header("Content-Length", str(len(body)))
        request.end_headers()
        request.wfile.write(body)

    return handle


def self_signed(folder: Path) -> ssl.SSLContext:
    """A server context with a certificate for 127.0.0.1 that no authority signed."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

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
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = folder / "cert.pem", folder / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    return context


def test_a_self_signed_certificate_is_refused_unless_insecure_is_asked(tmp_path: Path, content_copy: Path) -> None:
    with loopback(page(NIH_SPOOF.encode()), tls=self_signed(tmp_path)) as base:
        refused, _ = run_add(f"{base}/insoles", "--content", str(content_copy))
        assert_refused(refused, 1, f"{base}/insoles", "certificate", "--insecure", "Nothing was added")
        assert not (content_copy / "sources" / "insoles-cure-back-pain.md").exists()
        accepted, _ = run_add(f"{base}/insoles", "--content", str(content_copy), "--insecure")
    assert accepted.returncode == 0, accepted.stderr
    assert front_matter(content_copy / "sources" / "insoles-cure-back-pain.md")["url"] == f"{base}/insoles"


def test_a_page_naming_another_site_keeps_the_fetched_address(tmp_path: Path, content_copy: Path) -> None:
    with loopback(page(NIH_SPOOF.encode())) as base:
        result, _ = run_add(f"{base}/insoles", "--content", str(content_copy))
    assert result.returncode == 0, result.stderr
    meta = front_matter(content_copy / "sources" / "insoles-cure-back-pain.md")
    assert meta["url"] == meta["retrieved_from"] == f"{base}/insoles"
    assert meta["publisher"] == "127.0.0.1"
    assert datetime.date.fromisoformat(str(meta["retrieved"])) >= datetime.date(2024, 1, 1)
    assert meta["claimed_url"] == "https://www.nih.gov/health-information/insoles"
    assert meta["claimed_site_name"] == "National Institutes of Health"
    assert f"retrieved from {base}/insoles" in result.stdout
    assert "National Institutes of Health" in result.stdout and "not checked" in result.stdout
    # The site shows the page's say-so as such, apart from where it was fetched from.
    out = tmp_path / "site"
    built = subprocess.run(
        [sys.executable, "-m", "evidencemap", "build", "--content", str(content_copy), "--output", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert built.returncode == 0, built.stderr
    html = (out / "sources" / "insoles-cure-back-pain.html").read_text(encoding="utf-8")
    assert f"Retrieved from {base}/insoles" in html
    assert "What the page says of itself, unchecked: its site is “National Institutes of Health”" in html
    assert "Published by 127.0.0.1." in html and "Published by National Institutes" not in html


def test_a_saved_page_with_a_base_href_does_not_get_that_address(tmp_path: Path, content_copy: Path) -> None:
    saved = tmp_path / "insoles.html"
    saved.write_text(NIH_SPOOF.replace("<head>", '<head><base href="https://www.nih.gov/">'), encoding="utf-8")
    result, _ = run_add(str(saved), "--content", str(content_copy))
    assert result.returncode == 0, result.stderr
    meta = front_matter(content_copy / "sources" / "insoles-cure-back-pain.md")
    assert "url" not in meta and "publisher" not in meta and "retrieved_from" not in meta
    assert meta["claimed_url"].startswith("https://www.nih.gov/")
    assert meta["claimed_site_name"] == "National Institutes of Health"


def trickle(request: http.server.BaseHTTPRequestHandler, stop: threading.Event) -> None:
    """Headers, then one byte every half second for as long as anyone listens."""
    request.send_response(200)
    request.send_header("Content-Type", "text/html")
    request.end_headers()
    request.wfile.write(b"<html><body><p>")
    while not stop.wait(0.5):
        request.wfile.write(b"x")
        request.wfile.flush()


def test_a_server_that_trickles_bytes_meets_the_time_limit(content_copy: Path) -> None:
    with loopback(trickle) as base:
        result, took = run_add(f"{base}/slow", "--content", str(content_copy), "--timeout", "2", timeout=60)
    assert_refused(
        result, 1, f"{base}/slow", "downloading the page took longer than the time limit of 2 s", "--timeout"
    )
    assert took < 20  # 2 s of limit, and the start of Python


def endless(request: http.server.BaseHTTPRequestHandler, stop: threading.Event) -> None:
    """A body with no length that never ends, as fast as the client reads it."""
    request.send_response(200)
    request.send_header("Content-Type", "text/html")
    request.end_headers()
    chunk = b"<p>" + b"flat feet " * 6000 + b"</p>\n"
    while not stop.is_set():
        request.wfile.write(chunk)


def test_a_page_over_the_size_limit_is_refused(content_copy: Path) -> None:
    with loopback(endless) as base:
        result, _ = run_add(f"{base}/huge", "--content", str(content_copy), "--max-size", "1", timeout=60)
    assert_refused(result, 1, f"{base}/huge", "over the size limit of 1 MiB", "--max-size")


def test_a_page_slow_to_parse_meets_the_time_limit(tmp_path: Path, content_copy: Path) -> None:
    attributes = " ".join(f'a{i}="x"' for i in range(200_000))
    saved = tmp_path / "attributes.html"
    saved.write_text(f"<html><body><article><p {attributes}>Flat feet cause back pain.</p></article></body></html>")
    result, took = run_add(str(saved), "--content", str(content_copy), "--timeout", "3", timeout=60)
    assert_refused(result, 1, str(saved), "reading the page took longer than the time limit of 3 s", "--timeout")
    assert took < 20


@pytest.mark.parametrize(
    ("declared", "encoding", "warned"),
    [("iso-8859-1", "utf-8", "declares cp1252 but its bytes are UTF-8"), ("utf-8", "cp1252", "not valid in it")],
)
def test_the_bytes_win_over_a_wrong_charset(content_copy: Path, declared: str, encoding: str, warned: str) -> None:
    html = (
        f'<html><head><meta charset="{declared}"><title>{ACCENTED}</title></head><body><article>'
        f"<p>{ACCENTED} – encore. Flat feet cause low back pain, because the arch tilts the pelvis forward.</p>"
        "<p>Custom orthotics relieve back pain by restoring the arch, as many readers told us.</p>"
        "</article></body></html>"
    )
    with loopback(page(html.encode(encoding), f"text/html; charset={declared}")) as base:
        result, _ = run_add(f"{base}/cafe", "--content", str(content_copy), "--id", "cafe")
    assert result.returncode == 0, result.stderr
    written = (content_copy / "sources" / "cafe.md").read_text(encoding="utf-8")
    assert front_matter(content_copy / "sources" / "cafe.md")["title"] == ACCENTED
    assert f"{ACCENTED} – encore. Flat feet" in written
    assert warned in result.stdout


def test_values_no_source_can_hold_are_located_errors(tmp_path: Path, content_copy: Path) -> None:
    article = tmp_path / "article.md"
    article.write_text("---\ntitle: Feet\n---\n\nFlat feet cause back pain.\n", encoding="utf-8")
    long_title = "Why " + "very " * 120 + "flat feet hurt"
    result, _ = run_add(str(article), "--content", str(content_copy), "--title", long_title)
    assert_refused(result, 2, "--title", "over the limit of 500", "hint:")
    result, _ = run_add(str(article), "--content", str(content_copy), "--sells", "Not A Slug")
    assert_refused(result, 2, "--sells 'Not A Slug'", "not a concept id", "'not-a-slug'")
    saved = tmp_path / "long.html"
    saved.write_text(NIH_SPOOF.replace("Insoles cure back pain", long_title), encoding="utf-8")
    result, _ = run_add(str(saved), "--content", str(content_copy))
    assert_refused(
        result, 1, str(saved), "the article's title", "over the limit of 500", "--title", "Nothing was added"
    )
    assert sorted(p.name for p in (content_copy / "sources").iterdir()) == sorted(
        p.name for p in (Path(__file__).parent.parent / "content" / "sources").iterdir()
    )


def test_unreachable_and_missing_pages_are_located_errors(content_copy: Path) -> None:
    def missing(request: http.server.BaseHTTPRequestHandler, stop: threading.Event) -> None:
        request.send_error(404)

    with loopback(missing) as base:
        result, _ = run_add(f"{base}/gone", "--content", str(content_copy))
    assert_refused(result, 1, f"{base}/gone", "HTTP 404")
    result, _ = run_add(f"{base}/gone", "--content", str(content_copy))  # the server is gone now
    assert_refused(result, 1, f"{base}/gone", "could not download the page")


def test_a_redirect_is_followed_and_its_target_recorded(content_copy: Path) -> None:
    def moved(request: http.server.BaseHTTPRequestHandler, stop: threading.Event) -> None:
        if request.path == "/old":
            request.send_response(301)
            request.send_header("Location", "/insoles")
            request.send_header("Content-Length", "0")
            request.end_headers()
        else:
            page(NIH_SPOOF.encode())(request, stop)

    with loopback(moved) as base:
        result, _ = run_add(f"{base}/old", "--content", str(content_copy))
    assert result.returncode == 0, result.stderr
    meta = front_matter(content_copy / "sources" / "insoles-cure-back-pain.md")
    assert meta["url"] == meta["retrieved_from"] == f"{base}/insoles"


def test_a_public_page_cannot_redirect_into_the_private_network() -> None:
    from evidencemap.commands.fetch import PublicRedirects
    from evidencemap.errors import ContentError

    public = urllib.request.Request("http://93.184.216.34/article")  # IP literals: nothing is looked up
    for private in ("http://127.0.0.1:8080/admin", "http://169.254.169.254/latest/meta-data/", "http://[::1]/"):
        with pytest.raises(ContentError, match="redirects to a private network address"):
            PublicRedirects().redirect_request(public, None, 302, "Found", {}, private)
    onward = PublicRedirects().redirect_request(public, None, 302, "Found", {}, "http://93.184.216.35/article")
    assert onward is not None and onward.full_url == "http://93.184.216.35/article"
