"""The network guard itself must work, or the privacy tests that rely on it prove nothing."""

import socket

import pytest

from tests.support.network import NetworkBlocked


def test_outbound_connection_is_refused():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock, pytest.raises(NetworkBlocked):
        sock.connect(("192.0.2.1", 80))


def test_name_resolution_is_refused():
    with pytest.raises(NetworkBlocked):
        socket.getaddrinfo("example.org", 443)


def test_local_socketpair_still_works():
    left, right = socket.socketpair()
    with left, right:
        left.sendall(b"x")
        assert right.recv(1) == b"x"
