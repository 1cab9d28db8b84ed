"""Slow and broken answers for the loopback Venice (``LoopbackVenice(faults=FaultMix(...))``).

A chat answer may be, per attempt:

- **slow**: sent after a delay of up to ``slow_delay`` seconds;
- **dripped**: its body sent in ``drip_pieces`` pieces ``drip_interval`` seconds apart (a stream:
  each event that far apart);
- **reset**: cut off halfway through its body (a stream: after its first event) with a TCP reset.

Which one is decided by a hash of the request body and its attempt number, so the same requests
misbehave the same way in every run, and a retry draws again. This module only shapes how an
answer is delivered; what the answer says is the server's (``loopback.py``).
"""

from __future__ import annotations

import asyncio
import hashlib
import socket
import struct
from dataclasses import dataclass

from aiohttp import web

__all__ = ["Fault", "FaultMix", "deliver", "reset_connection"]


@dataclass(frozen=True)
class Fault:
    kind: str  # "slow", "drip" or "reset"
    delay: float = 0.0  # before the answer ("slow"), between pieces ("drip")


@dataclass(frozen=True)
class FaultMix:
    """Fractions of chat attempts answered slowly, dripped, or reset (exclusive, at most 1 together)."""

    slow: float = 0.0
    slow_delay: float = 3.0
    drip: float = 0.0
    drip_pieces: int = 8
    drip_interval: float = 0.15
    reset: float = 0.0

    def pick(self, body_digest: str, attempt: int) -> Fault | None:
        roll = _uniform(f"{body_digest}:{attempt}:fault")
        if roll < self.reset:
            return Fault("reset")
        if roll < self.reset + self.drip:
            return Fault("drip", self.drip_interval)
        if roll < self.reset + self.drip + self.slow:
            return Fault("slow", self.slow_delay * _uniform(f"{body_digest}:{attempt}:delay"))
        return None


def _uniform(text: str) -> float:
    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16) / 2**32


def reset_connection(request: web.Request) -> None:
    """End the connection with RST, not FIN: SO_LINGER with a zero timeout, then abort."""
    transport = request.transport
    if transport is None:
        return
    sock = transport.get_extra_info("socket")
    if sock is not None:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    transport.abort()


async def deliver(
    request: web.Request, answer: web.Response, fault: Fault, pieces: int
) -> web.StreamResponse:
    """Send ``answer`` (a complete response) dripped in ``pieces``, or cut off halfway by a reset."""
    body = answer.body
    assert isinstance(body, bytes)
    response = web.StreamResponse(status=answer.status, headers=answer.headers)
    response.content_length = len(body)
    await response.prepare(request)
    if fault.kind == "reset":
        await response.write(body[: len(body) // 2])
        reset_connection(request)
        return response
    size = -(-len(body) // pieces)
    for start in range(0, len(body), size):
        await response.write(body[start : start + size])
        await asyncio.sleep(fault.delay)
    await response.write_eof()
    return response
