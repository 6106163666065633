"""The participation HTTP server (aiohttp, no Qt): the routes of resources/PARTICIPATION.md over a ``Room``.

``ServerThread(room, host, port)`` runs it in its own thread with its own asyncio loop; ``start()`` returns the
join URL. Handlers never touch the document: the room goes through its ``Bridge``, run in a small thread pool so
that the loop keeps serving while the document's thread works. The facilitator's controls are not routes: they
are ``Room`` methods, never reachable from the network.

Every refusal is ``{"error": "One sentence.", "code": "word"}`` with the contract's status code; the API answers
carry ``Cache-Control: no-store``; every answer carries a Content-Security-Policy that allows nothing from
outside the laptop and no inline script.
"""

from __future__ import annotations

import asyncio
import json
import socket
import struct
import sys
import threading
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from ipaddress import ip_address
from pathlib import Path
from typing import Any

from aiohttp import web

from cjm_desktop.participation.bridge import Refused
from cjm_desktop.participation.room import Room
from cjm_desktop.resources import RESOURCES

PAGE_FOLDER = RESOURCES / "participation"  # index.html and its static files (CSS, JS, icons)
MAX_BODY = 16 * 1024  # bytes of a request body
WRITE_RATE, WRITE_BURST = 5.0, 20  # notes and votes per second per phone, and the bucket's size
READ_RATE, READ_BURST = 4.0, 20  # GET /api/state per second per phone, and the bucket's size
JOIN_RATE, JOIN_BURST = 5.0, 60  # joins per second for the whole room, and the bucket's size
STOP_WAIT = 0.2  # seconds stop() lets requests in flight finish (they may wait on the thread calling stop())
WORKERS = 64  # threads waiting on the document's thread for the handlers (a room's phones, and some)
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff",
                    "Referrer-Policy": "no-referrer", "X-Frame-Options": "DENY"}

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class TokenBucket:
    """``rate`` tokens a second, at most ``burst``: ``take()`` is True when a token was there."""

    def __init__(self, rate: float, burst: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.rate, self.burst, self._clock = rate, burst, clock
        self._tokens, self._at = float(burst), clock()

    def take(self) -> bool:
        now = self._clock()
        self._tokens = min(float(self.burst), self._tokens + (now - self._at) * self.rate)
        self._at = now
        if self._tokens >= 1:
            self._tokens -= 1
            return True
        return False

    def wait(self) -> float:
        """Seconds until the next token."""
        return max(0.0, (1 - self._tokens) / self.rate)


def refusal(status: int, message: str, code: str, headers: dict[str, str] | None = None) -> web.Response:
    """The JSON answer of a refusal."""
    return web.json_response({"error": message, "code": code}, status=status,
                             headers={"Cache-Control": "no-store", **(headers or {})})


_HTTP_SENTENCES = {404: ("There is nothing here.", "not_found"), 405: ("This method is not allowed here.", "method"),
                   413: ("The request is larger than 16 KiB.", "too_large")}


def make_app(room: Room, allowed_hosts: set[str], *, page_folder: Path = PAGE_FOLDER,
             executor: ThreadPoolExecutor | None = None) -> web.Application:
    """The aiohttp application: ``GET /j/{token}``, ``/static/...``, ``POST /api/join``, ``GET /api/state``,
    ``POST /api/notes``, ``POST /api/votes``. ``allowed_hosts``: the ``host:port`` values (lower case; IPv6 in
    brackets) the Host header (and the Origin, when sent) may carry; anything else gets 403. The set is read at
    every request, so a caller binding port 0 fills it once bound. ``executor``: the threads that wait on the
    room (default: the loop's default executor)."""
    writes: dict[str, TokenBucket] = {}
    reads: dict[str, TokenBucket] = {}
    joins = TokenBucket(JOIN_RATE, JOIN_BURST)

    async def in_thread(function: Callable[..., Any], *args: Any) -> Any:
        return await asyncio.get_running_loop().run_in_executor(executor, function, *args)

    @web.middleware
    async def guard(request: web.Request, handler: Handler) -> web.StreamResponse:
        response: web.StreamResponse
        host = (request.headers.get("Host") or "").lower()
        origin = request.headers.get("Origin")
        if host not in allowed_hosts:
            response = refusal(403, "This address is not the room's.", "host")
        elif origin is not None and origin.lower() not in {f"http://{h}" for h in allowed_hosts}:
            response = refusal(403, "Requests from other sites are refused.", "origin")
        else:
            try:
                response = await handler(request)
            except Refused as refused:
                headers = {"Retry-After": "1"} if refused.status == 429 else None
                response = refusal(refused.status, refused.message, refused.code, headers)
            except web.HTTPException as error:
                message, code = _HTTP_SENTENCES.get(error.status, (f"{error.reason}.", "http"))
                response = refusal(error.status, message, code)
            except TimeoutError:
                response = refusal(503, "The facilitator's laptop is busy: try again.", "busy",
                                   {"Retry-After": "1"})
            except Exception:  # noqa: BLE001 - a bug must not leak details to the room; the phone retries
                response = refusal(500, "Something went wrong on the facilitator's laptop.", "internal")
        response.headers.update(SECURITY_HEADERS)
        if request.path.startswith("/api/"):
            response.headers["Cache-Control"] = "no-store"
        return response

    async def read_json(request: web.Request) -> Any:
        if request.content_length is not None and request.content_length > MAX_BODY:
            raise Refused(413, "The request is larger than 16 KiB.", "too_large")
        body = bytearray()
        while chunk := await request.content.read(MAX_BODY + 1 - len(body)):
            body += chunk
            if len(body) > MAX_BODY:
                raise Refused(413, "The request is larger than 16 KiB.", "too_large")
        try:
            return json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as error:
            raise Refused(400, "The body is not valid JSON.", "json") from error

    def limited(buckets: dict[str, TokenBucket], key: str | None, rate: float, burst: int) -> None:
        if not key:
            return
        bucket = buckets.get(key)
        if bucket is None:
            if len(buckets) > 10 * room.max_participants:
                buckets.clear()  # only known phones get this far; keep the table small anyway
            bucket = buckets[key] = TokenBucket(rate, burst)
        if not bucket.take():
            raise Refused(429, "Too many requests: wait a second.", "rate")

    def participant_key(request: web.Request) -> str | None:
        key = request.headers.get("X-Participant-Key")
        room.phone(key)  # 401/403/409 before anything else
        return key

    async def page(request: web.Request) -> web.StreamResponse:
        room.check_join_token(request.match_info["token"])
        index = page_folder / "index.html"
        if not index.is_file():
            raise Refused(404, "The phone page is missing from this installation.", "not_found")
        return web.FileResponse(index, headers={"Cache-Control": "no-store",
                                                "Content-Type": "text/html; charset=utf-8"})

    async def static(request: web.Request) -> web.StreamResponse:
        name = request.match_info["name"]
        folder = page_folder.resolve()
        path = (folder / name).resolve()
        if not path.is_relative_to(folder) or not path.is_file() or any(p.startswith(".") for p in Path(name).parts):
            raise web.HTTPNotFound()
        return web.FileResponse(path, headers={"Cache-Control": "no-cache"})

    async def join(request: web.Request) -> web.StreamResponse:
        token = request.headers.get("X-Join-Token")
        room.check_join_token(token)
        if not joins.take():
            raise Refused(429, "Too many phones are joining at once: wait a second.", "rate")
        body = await read_json(request)
        phone = room.join(token, body.get("name") if isinstance(body, dict) else None)
        return web.json_response({"participant": phone.name, "key": phone.key}, status=201)

    async def state(request: web.Request) -> web.StreamResponse:
        key = participant_key(request)
        limited(reads, key, READ_RATE, READ_BURST)
        return web.json_response(await in_thread(room.state, key))

    async def notes(request: web.Request) -> web.StreamResponse:
        key = participant_key(request)
        limited(writes, key, WRITE_RATE, WRITE_BURST)
        body = await read_json(request)
        result = await in_thread(room.add_note, key, body)
        client_id = body.get("id") if isinstance(body, dict) else None
        return web.json_response({"id": client_id, "note": result.note_id, "status": result.status},
                                 status=201 if result.created else 200)

    async def votes(request: web.Request) -> web.StreamResponse:
        key = participant_key(request)
        limited(writes, key, WRITE_RATE, WRITE_BURST)
        body = await read_json(request)
        return web.json_response(await in_thread(room.vote, key, body))

    app = web.Application(middlewares=[guard], client_max_size=MAX_BODY)
    app.router.add_get("/j/{token}", page)
    app.router.add_get("/static/{name:.+}", static)
    app.router.add_post("/api/join", join)
    app.router.add_get("/api/state", state)
    app.router.add_post("/api/notes", notes)
    app.router.add_post("/api/votes", votes)
    return app


def host_port(host: str, port: int) -> str:
    """``host:port`` as a Host header carries it (an IPv6 literal in brackets)."""
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def join_url(host: str, port: int, token: str) -> str:
    """``http://H:P/j/TOKEN`` (an IPv6 literal in brackets)."""
    return f"http://{host_port(host, port)}/j/{token}"


_SIOCGIFADDR = 0xC0206921 if sys.platform == "darwin" else 0x8915


def _ipv4_of(name: str) -> str | None:
    """The IPv4 address of an interface (an ioctl on a socket that is never connected), or None."""
    try:
        import fcntl  # Linux and macOS only
    except ImportError:
        return None
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            answer = fcntl.ioctl(probe.fileno(), _SIOCGIFADDR, struct.pack("256s", name.encode()[:15]))
        except OSError:
            return None  # no IPv4 address (down, or IPv6 only)
    return socket.inet_ntoa(answer[20:24])


def interfaces() -> list[tuple[str, str]]:
    """The machine's IPv4 interfaces as (name, address), loopback first, for the facilitator's picker. Reads
    the system's own tables, never the network; at least ``("lo", "127.0.0.1")``."""
    found: list[tuple[str, str]] = []
    try:
        names = [name for _, name in socket.if_nameindex()]
    except OSError:
        names = []
    for name in names:
        try:
            address = _ipv4_of(name)
        except (OSError, ValueError):
            address = None
        if address is not None and address != "0.0.0.0":
            found.append((name, address))
    if not found:  # no ioctl answer (another system): the addresses of the host's name
        try:
            infos = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)
        except OSError:
            infos = []
        host = socket.gethostname()
        found = [(host, str(info[4][0])) for info in infos]
    if not any(ip_address(address).is_loopback for _, address in found):
        found.append(("lo", "127.0.0.1"))
    unique = list(dict.fromkeys(found))
    return sorted(unique, key=lambda item: not ip_address(item[1]).is_loopback)


class ServerThread:
    """The server in its own thread and asyncio loop (AppRunner + TCPSite) on ``host:port`` (0: a free port).
    ``host`` is an address (``127.0.0.1``, ``::1``, an interface's address); the Host header must name it
    with the bound port (``0.0.0.0`` and ``::`` accept every interface's address)."""

    def __init__(self, room: Room, host: str = "127.0.0.1", port: int = 0, *,
                 page_folder: Path = PAGE_FOLDER) -> None:
        self.room, self.host, self._port_wanted, self._page_folder = room, host, port, page_folder
        self._port = 0
        self._allowed: set[str] = set()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        self._thread: threading.Thread | None = None
        self._executor: ThreadPoolExecutor | None = None

    def start(self) -> str:
        """Start serving (blocks until bound) and return the join URL ``http://H:P/j/TOKEN``. Raises the
        ``OSError`` of an address that cannot be bound."""
        if self._thread is not None:
            return self.url
        ready = threading.Event()
        failure: list[BaseException] = []
        self._executor = ThreadPoolExecutor(WORKERS, thread_name_prefix="participation-room")
        loop = self._loop = asyncio.new_event_loop()

        async def bind() -> None:
            app = make_app(self.room, self._allowed, page_folder=self._page_folder, executor=self._executor)
            runner = web.AppRunner(app, access_log=None, shutdown_timeout=STOP_WAIT)
            await runner.setup()
            try:
                site = web.TCPSite(runner, self.host, self._port_wanted, backlog=128)
                await site.start()
            except BaseException:
                await runner.cleanup()
                raise
            self._runner = runner
            self._port = int(runner.addresses[0][1])
            self._allowed.update(self._hosts())

        def run() -> None:
            asyncio.set_event_loop(loop)
            try:
                loop.run_until_complete(bind())
            except BaseException as error:  # noqa: BLE001 - handed to start(), which raises it
                failure.append(error)
                ready.set()
                loop.close()
                return
            ready.set()
            loop.run_forever()
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()

        self._thread = threading.Thread(target=run, name="participation-server", daemon=True)
        self._thread.start()
        ready.wait()
        if failure:
            self._thread.join()
            self._thread, self._loop = None, None
            self._executor.shutdown(wait=False)
            raise failure[0]
        return self.url

    def _hosts(self) -> set[str]:
        """The Host header values this server answers to."""
        addresses = {self.host}
        if self.host in ("0.0.0.0", "::", ""):
            addresses |= {address for _, address in interfaces()}
        if any(ip_address(a).is_loopback for a in addresses if a):
            addresses.add("localhost")
        return {host_port(a, self._port).lower() for a in addresses if a}

    def stop(self) -> None:
        """Stop serving, close connections and join the thread (idempotent)."""
        thread, loop, runner = self._thread, self._loop, self._runner
        if thread is None or loop is None:
            return
        if runner is not None:
            asyncio.run_coroutine_threadsafe(runner.cleanup(), loop).result(timeout=10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=10)
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
        self._thread = self._loop = self._runner = self._executor = None
        self._port = 0
        self._allowed.clear()

    @property
    def url(self) -> str:
        """The join URL with the room's current token ("" when not started)."""
        if not self._port:
            return ""
        host = self.host
        if host in ("0.0.0.0", "::", ""):
            host = next((a for _, a in interfaces() if not ip_address(a).is_loopback), "127.0.0.1")
        return join_url(host, self._port, self.room.join_token)

    @property
    def port(self) -> int:
        """The bound port (0 when not started)."""
        return self._port

    @property
    def allowed_hosts(self) -> set[str]:
        """The Host header values the server answers to (a copy)."""
        return set(self._allowed)
