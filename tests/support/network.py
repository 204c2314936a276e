"""The guard every test runs under: outbound connections and name look-ups refused (lawgen must never make
one: cases hold ID and phone numbers). Local sockets (AF_UNIX, asyncio's self-pipe) stay allowed."""

from __future__ import annotations

import socket

import pytest


class NetworkBlocked(RuntimeError):
    pass


_INET = {socket.AF_INET, socket.AF_INET6}
_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


def _guarded_connect(self: socket.socket, address, *args):
    if self.family in _INET:
        raise NetworkBlocked(f"lawgen tried to connect to {address!r}")
    return _real_connect(self, address, *args)


def _guarded_connect_ex(self: socket.socket, address, *args):
    if self.family in _INET:
        raise NetworkBlocked(f"lawgen tried to connect to {address!r}")
    return _real_connect_ex(self, address, *args)


def _guarded_getaddrinfo(host, *args, **kwargs):
    raise NetworkBlocked(f"lawgen tried to resolve {host!r}")


def refuse_network(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket.socket, "connect", _guarded_connect)
    monkeypatch.setattr(socket.socket, "connect_ex", _guarded_connect_ex)
    monkeypatch.setattr(socket, "getaddrinfo", _guarded_getaddrinfo)
