"""The web server: textual-serve's app processes and downloads, behind a login.

Every request but the login form needs a live session cookie; an unknown or expired one is sent back to
the login. Each browser tab gets its own wizard process (textual-serve's ``AppService``) running as the
logged-in account, on its station's register, with a private folder for the packets it generates; that
folder is deleted when the tab closes. A download is served only to the login session whose wizard process
offered it. Nothing typed into the wizard passes through this module's logs or the audit log.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import logging
import re
import secrets
import shlex
import shutil
import sys
from pathlib import Path
from urllib.parse import quote, urlsplit

from aiohttp import WSCloseCode, WSMsgType, web
from textual_serve.app_service import AppService
from textual_serve.download_manager import DownloadManager

from lawgen.files import make_private_dir
from lawgen.i18n import N_, normalize_language, translate
from lawgen.serve import pages
from lawgen.serve.accounts import Directory
from lawgen.serve.sessions import COOKIE, LoginSession, SessionBook

STATIC_DIR = Path(__import__("textual_serve").__file__).parent / "static"
MAX_FORM_BYTES = 16 * 1024  # the login form; anything bigger is refused before it is read
MAX_MESSAGE_BYTES = 256 * 1024  # one websocket message from the browser (keys, a pasted paragraph)
MAX_TABS_PER_SESSION = 4
MAX_APPS = 60
DOWNLOAD_KEY = re.compile(r"[0-9a-f-]{8,64}")
SESSION_CHECK_SECONDS = 5.0

log = logging.getLogger("lawgen.serve")

_PUBLIC = {("GET", "/login"), ("POST", "/login"), ("GET", "/favicon.ico")}
_MESSAGES = {
    "expired": N_("会话已过期，请重新登录"),
    "out": N_("已退出登录"),
    "needed": N_("请先登录"),
}


class StationAppService(AppService):
    """A wizard process for one login: the account, station and packet folder travel in its environment."""

    def __init__(self, *args, extra_env: dict[str, str], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.extra_env = extra_env

    def _build_environment(self, width: int = 80, height: int = 24) -> dict[str, str]:
        environment = super()._build_environment(width, height)
        environment.update(self.extra_env)
        return environment


class LawgenServer:
    def __init__(self, data_dir: Path, host: str = "127.0.0.1", port: int = 8000,
                 idle: float | None = None, longest: float | None = None,
                 register: str | None = None) -> None:
        self.data_dir = make_private_dir(Path(data_dir))
        self.register = register  # a postgresql:// address, or None: one SQLite register per station
        self.host, self.port = host, port
        self.directory = Directory(self.data_dir)
        book_options = {k: v for k, v in (("idle", idle), ("longest", longest)) if v is not None}
        self.sessions = SessionBook(**book_options)
        self.downloads = DownloadManager()
        self.sessions_dir = make_private_dir(self.data_dir / "sessions")
        self._sockets: dict[str, set[web.WebSocketResponse]] = {}
        self._apps = 0
        self._clear_leftover_session_folders()

    # --- the aiohttp application ----------------------------------------------------------------------

    def make_app(self) -> web.Application:
        app = web.Application(client_max_size=MAX_FORM_BYTES, middlewares=[self._guard])
        app.add_routes([
            web.get("/login", self.login_form),
            web.post("/login", self.login),
            web.post("/logout", self.logout),
            web.get("/", self.index),
            web.get("/favicon.ico", self.favicon),
            web.get("/ws", self.websocket),
            web.get("/download/{key}", self.download),
            web.static("/static", STATIC_DIR, show_index=False, follow_symlinks=False),
        ])
        app.on_shutdown.append(self._on_shutdown)
        return app

    def run(self) -> None:
        web.run_app(self.make_app(), host=self.host, port=self.port, print=None, access_log=None,
                    handle_signals=True)

    @web.middleware
    async def _guard(self, request: web.Request, handler) -> web.StreamResponse:
        """Every page needs a login; every answer is uncacheable and loads nothing from elsewhere."""
        lang = normalize_language(request.query.get("lang"))
        session, expired = self.sessions.lookup(request.cookies.get(COOKIE))
        request["session"] = session
        if session is not None:
            lang = session.lang
        request["lang"] = lang
        try:
            if session is None and (request.method, request.path) not in _PUBLIC:
                if expired is not None:
                    self.directory.record(expired.account.name, expired.account.station, "session", "expired")
                response = self._refuse_anonymous(request, "expired" if expired else "needed")
            else:
                if session is not None:
                    self.sessions.touch(session)
                response = await handler(request)
        except web.HTTPRequestEntityTooLarge:
            account = session.account if session is not None else None
            self.directory.record(account.name if account else "", account.station if account else "",
                                  "request", "refused:too-large")
            response = self._plain(413, translate("提交的内容太大，已拒绝", lang))
        except web.HTTPException as error:
            if error.status >= 400:
                response = self._plain(error.status, translate("找不到这个页面", lang))
            else:
                raise
        if not isinstance(response, web.WebSocketResponse):
            _secure_headers(response)
        return response

    def _refuse_anonymous(self, request: web.Request, reason: str) -> web.StreamResponse:
        lang = request["lang"]
        if request.path == "/" and request.method == "GET":
            raise web.HTTPSeeOther(f"/login?m={reason}&lang={lang}")
        return self._plain(401, translate(_MESSAGES[reason], lang))

    @staticmethod
    def _plain(status: int, text: str) -> web.Response:
        return web.Response(status=status, text=text + "\n", content_type="text/plain", charset="utf-8")

    # --- login ------------------------------------------------------------------------------------------

    async def login_form(self, request: web.Request) -> web.Response:
        lang = request["lang"]
        if request["session"] is not None:
            raise web.HTTPSeeOther("/")
        reason = request.query.get("m", "")
        notice = translate(_MESSAGES[reason], lang) if reason in _MESSAGES else ""
        return _html(pages.login_page(lang, notice, info=reason == "out"))

    async def login(self, request: web.Request) -> web.Response:
        form = await request.post()
        lang = normalize_language(str(form.get("lang", "")) or request["lang"])
        name = str(form.get("name", "")).strip()[:40]
        password = str(form.get("password", ""))
        address = request.remote or "?"
        if self.sessions.locked(name, address):
            self.directory.record(name, "", "login", "refused:too-many-tries")
            return _html(pages.login_page(lang, translate("尝试次数过多，请 15 分钟后再试", lang), name=name),
                         status=429)
        loop = asyncio.get_running_loop()
        account = await loop.run_in_executor(None, self.directory.verify, name, password)
        if account is None:
            self.sessions.failed(name, address)
            self.directory.record(name, "", "login", "refused:wrong-password")
            return _html(pages.login_page(lang, translate("账号或密码错误", lang), name=name), status=401)
        self.sessions.succeeded(name)
        session = self.sessions.start(account, lang)
        self.directory.record(account.name, account.station, "login")
        response = web.HTTPSeeOther("/")
        response.set_cookie(COOKIE, session.token, httponly=True, samesite="Strict", path="/",
                            secure=request.secure)
        raise response

    async def logout(self, request: web.Request) -> web.Response:
        session: LoginSession = request["session"]
        await self._end(session, "logout")
        response = web.HTTPSeeOther(f"/login?m=out&lang={session.lang}")
        response.del_cookie(COOKIE, path="/")
        raise response

    async def _end(self, session: LoginSession, action: str) -> None:
        self.sessions.end(session.token)
        self.directory.record(session.account.name, session.account.station, "session", action)
        for socket in list(self._sockets.pop(session.token, ())):
            await socket.close()

    async def favicon(self, request: web.Request) -> web.Response:
        return web.Response(status=204)

    # --- the wizard -------------------------------------------------------------------------------------

    async def index(self, request: web.Request) -> web.Response:
        session: LoginSession = request["session"]
        scheme = "wss" if request.secure else "ws"
        websocket_url = f"{scheme}://{request.host}/ws"
        return _html(pages.app_page(session.lang, session.account.name, session.account.station,
                                    websocket_url))

    async def websocket(self, request: web.Request) -> web.StreamResponse:
        session: LoginSession = request["session"]
        lang = session.lang
        if not _same_origin(request):
            self.directory.record(session.account.name, session.account.station, "wizard",
                                  "refused:foreign-origin")
            return self._plain(403, translate("请求来源不符，已拒绝", lang))
        tabs = self._sockets.setdefault(session.token, set())
        if len(tabs) >= MAX_TABS_PER_SESSION or self._apps >= MAX_APPS:
            return self._plain(503, translate("同时打开的向导太多，请先关闭其他标签页", lang))
        socket = web.WebSocketResponse(heartbeat=15, max_msg_size=MAX_MESSAGE_BYTES)
        await socket.prepare(request)
        width = _bounded_int(request.query.get("width"), 80, 20, 400)
        height = _bounded_int(request.query.get("height"), 24, 10, 200)
        packets = make_private_dir(self.sessions_dir / secrets.token_hex(16))
        service = StationAppService(
            f"{shlex.quote(sys.executable)} -m lawgen.serve.session_app",
            write_bytes=socket.send_bytes, write_str=socket.send_str, close=socket.close,
            download_manager=self.downloads,
            extra_env={"LAWGEN_SERVE_ACCOUNT": session.account.name,
                       "LAWGEN_SERVE_STATION": session.account.station,
                       "LAWGEN_SERVE_ROLE": session.account.role.value,
                       "LAWGEN_SERVE_DATA_DIR": str(self.data_dir),
                       "LAWGEN_SERVE_PACKETS": str(packets),
                       "LAWGEN_SERVE_REGISTER": self.register or "",
                       "LAWGEN_LANG": lang},
        )
        session.app_services.add(service.app_service_id)
        tabs.add(socket)
        self._apps += 1
        self.directory.record(session.account.name, session.account.station, "wizard", "opened")
        watchdog = asyncio.create_task(self._expire(session, socket))
        try:
            await service.start(width, height)
            await self._relay(socket, service, session)
        finally:
            watchdog.cancel()
            with contextlib.suppress(Exception):
                await service.stop()
            self._apps -= 1
            tabs.discard(socket)
            session.app_services.discard(service.app_service_id)
            shutil.rmtree(packets, ignore_errors=True)  # the packets hold personal data: gone with the tab
        return socket

    async def _relay(self, socket: web.WebSocketResponse, service: AppService, session: LoginSession) -> None:
        """The browser's keys, resizes and focus changes to the wizard process (textual-serve's protocol)."""
        async for message in socket:
            if message.type == WSMsgType.ERROR:
                # aiohttp has closed the socket already (1009 for a message over MAX_MESSAGE_BYTES); the
                # browser shows the tab's "session ended" notice, and the wizard process stops with it.
                too_big = getattr(message.data, "code", None) == WSCloseCode.MESSAGE_TOO_BIG
                self.directory.record(session.account.name, session.account.station, "wizard",
                                      "refused:message-too-large" if too_big else "refused:bad-message")
                break
            if message.type != WSMsgType.TEXT:
                continue
            try:
                envelope = message.json()
                kind, data = envelope[0], envelope[1] if len(envelope) > 1 else None
            except (ValueError, TypeError, IndexError, KeyError):
                continue
            self.sessions.touch(session)
            if kind == "stdin" and isinstance(data, str):
                await service.send_bytes(data.encode("utf-8"))
            elif kind == "resize" and isinstance(data, dict):
                await service.set_terminal_size(_bounded_int(data.get("width"), 80, 20, 400),
                                                _bounded_int(data.get("height"), 24, 10, 200))
            elif kind == "ping":
                await socket.send_json(["pong", data])
            elif kind == "blur":
                await service.blur()
            elif kind == "focus":
                await service.focus()

    async def _expire(self, session: LoginSession, socket: web.WebSocketResponse) -> None:
        """An open tab does not outlive its login."""
        interval = min(SESSION_CHECK_SECONDS, self.sessions.idle / 2)
        while not socket.closed:
            await asyncio.sleep(interval)
            if self.sessions.expired(session) and self.sessions.end(session.token) is not None:
                self.directory.record(session.account.name, session.account.station, "session", "expired")
                for other in list(self._sockets.pop(session.token, ())):
                    await other.close()
                return
            if not self.sessions.alive(session.token):
                await socket.close()
                return

    # --- downloads --------------------------------------------------------------------------------------

    async def download(self, request: web.Request) -> web.StreamResponse:
        session: LoginSession = request["session"]
        lang = session.lang
        key = request.match_info["key"]
        refused = translate("找不到这个下载，或它不属于本次登录", lang)
        if not DOWNLOAD_KEY.fullmatch(key):
            self.directory.record(session.account.name, session.account.station, "download",
                                  "refused:malformed-request")
            return self._plain(400, translate("下载请求无效", lang))
        try:
            meta = await self.downloads.get_download_metadata(key)
        except KeyError:
            meta = None
        if meta is None or meta.app_service.app_service_id not in session.app_services:
            self.directory.record(session.account.name, session.account.station, "download",
                                  "refused:not-own")
            return self._plain(404, refused)
        file_name = Path(meta.file_name).name
        response = web.StreamResponse()
        response.content_type = meta.mime_type
        if meta.encoding:
            response.charset = meta.encoding
        fallback = "".join(c if c.isascii() and c.isalnum() or c in ".-_" else "_" for c in file_name)
        response.headers["Content-Disposition"] = (
            f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(file_name)}")
        _secure_headers(response)
        await response.prepare(request)
        async for chunk in self.downloads.download(key):
            await response.write(chunk)
        await response.write_eof()
        self.directory.record(session.account.name, session.account.station, "download")
        return response

    # --- housekeeping -----------------------------------------------------------------------------------

    async def _on_shutdown(self, app: web.Application) -> None:
        for sockets in list(self._sockets.values()):
            for socket in list(sockets):
                await socket.close()

    def _clear_leftover_session_folders(self) -> None:
        """A killed server leaves its tabs' packet folders: nobody can download them any more."""
        for folder in self.sessions_dir.iterdir():
            shutil.rmtree(folder, ignore_errors=True)


def _html(text: str, status: int = 200) -> web.Response:
    return web.Response(status=status, text=text, content_type="text/html", charset="utf-8")


def _secure_headers(response: web.StreamResponse) -> None:
    response.headers.setdefault(
        "Content-Security-Policy",
        "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none';"
        " form-action 'self'; base-uri 'none'")
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "no-referrer")
    response.headers.setdefault("Cache-Control", "no-store")


def _same_origin(request: web.Request) -> bool:
    """A websocket is not covered by the browser's same-origin rule: check Origin against Host ourselves."""
    origin = request.headers.get("Origin")
    if not origin:
        return False
    return urlsplit(origin).netloc == request.host


def _bounded_int(value, default: int, low: int, high: int) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        return default
    return max(low, min(high, number))


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
