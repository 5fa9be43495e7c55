"""Bounded reading of a page for ``evidencemap add``: the download, its text encoding, and a hard time limit.

A page comes from a host the user does not control, so every way it can hold ``add`` up has a bound of ours:
the certificate is verified (a failure is said, and only ``--insecure`` accepts it), the bytes are capped, and
the whole import, download and parsing alike, runs in a child process that is killed at the deadline. A thread or
an alarm signal could not stop it: a page with a few hundred thousand attributes keeps libxml2's parser busy for
minutes inside one C call, and a server can send one byte every few seconds forever.
"""

from __future__ import annotations

import codecs
import ipaddress
import multiprocessing
import socket
import ssl
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from evidencemap import __version__
from evidencemap.commands.failure import CommandError
from evidencemap.errors import ContentError, EvidenceMapError

MIB = 1024 * 1024
DEFAULT_TIMEOUT = 60.0  # seconds for the whole import: download and parsing
DEFAULT_MAX_MIB = 16  # an article page is rarely over 2 MiB; this leaves room for inlined images
_CHUNK = 64 * 1024


@dataclass(frozen=True, slots=True)
class Limits:
    """How long ``add`` may take in all, how large a page may be, and whether to accept a certificate that fails."""

    timeout: float = DEFAULT_TIMEOUT
    max_bytes: int = DEFAULT_MAX_MIB * MIB
    insecure: bool = False


@dataclass(frozen=True, slots=True)
class Download:
    """The bytes of a page and what the server said about them."""

    url: str  # where the bytes came from, after redirects
    data: bytes
    charset: str | None  # from the Content-Type header, if any


def too_large(origin: str, limits: Limits) -> ContentError:
    return ContentError.at(
        origin,
        None,
        f"the page is over the size limit of {limits.max_bytes / MIB:g} MiB",
        "save only the article page, or raise the limit with --max-size MIB",
    )


def download(url: str, limits: Limits, deadline: float) -> Download:
    """GET ``url`` with a verified certificate (unless ``insecure``), at most ``max_bytes``, before ``deadline``."""
    context = ssl.create_default_context()
    if limits.insecure:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    # Only what a web page needs: no ftp:// or file:// handler, so a redirect cannot lead there.
    opener = urllib.request.OpenerDirector()
    for handler in (
        urllib.request.ProxyHandler(),
        urllib.request.UnknownHandler(),
        urllib.request.HTTPHandler(),
        urllib.request.HTTPSHandler(context=context),
        urllib.request.HTTPDefaultErrorHandler(),
        PublicRedirects(),
        urllib.request.HTTPErrorProcessor(),
    ):
        opener.add_handler(handler)
    request = urllib.request.Request(url, headers={"User-Agent": f"evidencemap/{__version__} (add)"})
    try:
        with opener.open(request, timeout=max(deadline - time.monotonic(), 0.1)) as response:
            length = response.headers.get("Content-Length", "")
            if length.isdigit() and int(length) > limits.max_bytes:
                raise too_large(url, limits)
            data = _read_body(response, url, limits, deadline)
            return Download(response.geturl(), data, response.headers.get_content_charset())
    except urllib.error.HTTPError as exc:
        raise _unreachable(url, f"the server answered HTTP {exc.code} ({exc.reason})") from None
    except urllib.error.URLError as exc:
        raise _network_error(url, exc.reason) from None
    except (OSError, ValueError) as exc:  # a reset connection, a timed-out read, a malformed answer
        raise _network_error(url, exc) from None


class PublicRedirects(urllib.request.HTTPRedirectHandler):
    """Redirects, except from a public address to a private one (loopback, the local network, a cloud's metadata
    service): the address a user types may be anything, but a page must not lead ``add`` into the user's network."""

    def redirect_request(self, req: Any, fp: Any, code: int, msg: str, headers: Any, newurl: str) -> Any:
        if is_public(req.full_url) and not is_public(newurl):
            raise ContentError.at(
                req.full_url,
                None,
                f"the page redirects to a private network address ({newurl})",
                "add the address you mean directly, if you trust it",
            )
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def is_public(url: str) -> bool:
    """Whether every address a URL's host names is on the public internet; a name that does not resolve is not."""
    host = urllib.parse.urlsplit(url).hostname
    if not host:
        return False
    try:
        addresses = {info[4][0] for info in socket.getaddrinfo(host, None)}
    except (OSError, UnicodeError):
        return False
    return bool(addresses) and all(ipaddress.ip_address(a.split("%")[0]).is_global for a in addresses)


def _read_body(response: Any, url: str, limits: Limits, deadline: float) -> bytes:
    """The body, read in chunks so that the size cap holds whatever the server claims."""
    chunks: list[bytes] = []
    size = 0
    while chunk := response.read1(_CHUNK):
        size += len(chunk)
        if size > limits.max_bytes:
            raise too_large(url, limits)
        if time.monotonic() > deadline:
            raise timed_out(url, "downloading the page", limits)
        chunks.append(chunk)
    return b"".join(chunks)


def _network_error(url: str, reason: object) -> ContentError:
    if isinstance(reason, ssl.SSLCertVerificationError):
        return ContentError.at(
            url,
            None,
            f"the server's TLS certificate failed verification ({reason.verify_message or reason.reason}): "
            "the page may not come from the host in the address",
            "check the address; if you trust this server anyway (e.g. your own test server), pass --insecure",
        )
    if isinstance(reason, ssl.SSLError):
        return _unreachable(url, f"the secure connection failed ({reason.reason or reason})")
    if isinstance(reason, TimeoutError):
        return _unreachable(url, "the server stopped answering")
    return _unreachable(url, str(reason))


def _unreachable(url: str, why: str) -> ContentError:
    return ContentError.at(
        url,
        None,
        f"could not download the page: {why}",
        "check the address and that you are online; or save the page from your browser and add the saved file",
    )


def timed_out(origin: str, doing: str, limits: Limits) -> ContentError:
    return ContentError.at(
        origin,
        None,
        f"{doing} took longer than the time limit of {limits.timeout:g} s",
        (
            "the server may be slow or stalling: try again later, or save the page from your browser and add the "
            "saved file"
            if doing.startswith("download")
            else "the page may be made to be slow to read: copy the article's text into a .md file and add that"
        )
        + "; or raise the limit with --timeout SECONDS",
    )


# Labels that mean "Western European": the HTML standard reads them all as Windows-1252, a superset.
_WESTERN = {"iso-8859-1", "latin-1", "latin1", "l1", "us-ascii", "ascii", "windows-1252", "cp1252"}


def decode_html(data: bytes, origin: str, header_charset: str | None = None) -> tuple[str, list[str]]:
    """The page's text, and a note when its bytes contradict the charset it declares.

    The bytes' evidence wins over the declaration: text that is valid UTF-8 with any non-ASCII letter in it is
    almost never meant as anything else, whereas a wrong ``<meta charset>`` is a common publishing slip."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), []
    declared = _codec(header_charset) or _codec(_meta_charset(data))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if declared and declared != "utf-8" and not text.isascii():
            return text, [f"{origin}: the page declares {declared} but its bytes are UTF-8: read as UTF-8"]
        return text, []
    if declared and declared != "utf-8":
        try:
            return data.decode(declared), []
        except UnicodeDecodeError:
            pass
    said = f"declares {declared}" if declared else "declares no charset"
    note = (
        f"{origin}: the page {said} but its bytes are not valid in it: read as Windows-1252; "
        "check its accented letters, and if they are wrong, save the page as UTF-8 and add that file"
    )
    return data.decode("cp1252", errors="replace"), [note]


def _codec(label: str | None) -> str | None:
    """A Python codec name for a charset label, or None for a label Python does not know."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    if label in _WESTERN:
        return "cp1252"
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return "utf-8" if name in ("utf-8", "utf-8-sig") else name


def _meta_charset(data: bytes) -> str | None:
    """The charset a page declares in its first 2 KiB (``<meta charset>`` or ``http-equiv``), as the HTML standard
    prescans it."""
    head = data[:2048].decode("ascii", errors="replace")
    lower = head.lower()
    at = lower.find("charset=")
    while at != -1:
        value = head[at + 8 :].lstrip("\"' ")
        end = next((i for i, ch in enumerate(value) if ch in "\"'; />"), len(value))
        if value[:end]:
            return value[:end]
        at = lower.find("charset=", at + 8)
    return None


def bounded(work: Callable[..., Any], *args: Any, origin: str, limits: Limits) -> Any:
    """``work(*args, progress)`` in a child process killed at the deadline; its result, or its error raised here.

    ``work`` calls ``progress(doing)`` as it moves on ("downloading the page", "reading the page") so that a
    timeout says what was taking so long. Where processes cannot be forked, ``work`` runs here, bounded only by
    its own socket timeouts."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return work(*args, lambda doing: None)
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(send, work, args), daemon=True)
    deadline = time.monotonic() + limits.timeout
    sys.stdout.flush()  # the child flushes its copy of these buffers as it ends: empty them, or they print twice
    sys.stderr.flush()
    child.start()
    send.close()
    doing = "reading the page"
    try:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not receive.poll(remaining):
                raise timed_out(origin, doing, limits)
            try:
                tag, value = receive.recv()
            except EOFError:
                child.join(1)
                raise ContentError.at(
                    origin,
                    None,
                    f"reading the page stopped unexpectedly (exit code {child.exitcode})",
                    "the page may be too large for this machine's memory; save only the article and add that file",
                ) from None
            if tag == "doing":
                doing = value
            else:
                return _outcome(tag, value)
    finally:
        if child.is_alive():
            child.kill()
        child.join(5)
        receive.close()


def _child(send: Any, work: Callable[..., Any], args: tuple) -> None:
    try:
        send.send(("result", work(*args, lambda doing: send.send(("doing", doing)))))
    except ContentError as exc:
        send.send(("problems", exc.problems))
    except CommandError as exc:
        send.send(("command", (str(exc), exc.exit_code)))
    except EvidenceMapError as exc:
        send.send(("command", (str(exc), None)))
    finally:
        send.close()


def _outcome(tag: str, value: Any) -> Any:
    if tag == "problems":
        raise ContentError(list(value))
    if tag == "command":
        raise CommandError(*value)
    return value
