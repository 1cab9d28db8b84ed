"""Deadlines that hold, timed: a call whose server drips its answer ends at its total deadline, and
a stream that sends only keep-alive comments ends at its idle timeout, sync and async.

A raw socket server in a thread of this process answers 127.0.0.1 requests: ``drip`` sends the
headers at once, then a JSON body one byte every 0.2 s (it would take over a minute); ``comments``
sends SSE headers, then a ``: keep-alive`` comment every 0.2 s forever. Each case runs 3 times;
prints the median time to the typed error and whether it is within 0.5 s of the limit.

Run: .venv/bin/python bench/deadlines.py [--total 5] [--idle 3]
"""

from __future__ import annotations

import argparse
import asyncio
import socket
import statistics
import threading
import time
from collections.abc import Callable

import venice

BODY = b'{"id": "c", "object": "chat.completion", "created": 1, "model": "m", "choices": []}' * 20
HI = [{"role": "user", "content": "hi"}]


def serve(mode: str) -> tuple[str, Callable[[], None]]:
    listener = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def answer(conn: socket.socket) -> None:
        with conn:
            conn.recv(65536)
            try:
                if mode == "drip":
                    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n")
                    conn.sendall(b"Content-Length: %d\r\n\r\n" % len(BODY))
                    for byte in BODY:
                        if stop.wait(0.2):
                            return
                        conn.sendall(bytes([byte]))
                else:
                    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n\r\n")
                    while not stop.wait(0.2):
                        conn.sendall(b": keep-alive\n\n")
            except OSError:
                return

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            threading.Thread(target=answer, args=(conn,), daemon=True).start()

    threading.Thread(target=accept, daemon=True).start()

    def close() -> None:
        stop.set()
        listener.close()

    return f"http://127.0.0.1:{listener.getsockname()[1]}/api/v1", close


def timed_sync(url: str, mode: str, limits: venice.Timeout) -> tuple[float, str]:
    started = time.monotonic()
    try:
        with venice.Venice(api_key="k", base_url=url, max_retries=0, timeout=limits) as client:
            if mode == "drip":
                client.chat.completions.create(model="m", messages=HI)
            else:
                for _ in client.chat.completions.create(model="m", messages=HI, stream=True):
                    pass
    except venice.APITimeoutError as exc:
        return time.monotonic() - started, type(exc).__name__
    return time.monotonic() - started, "no error"


def timed_async(url: str, mode: str, limits: venice.Timeout) -> tuple[float, str]:
    async def run() -> None:
        async with venice.AsyncVenice(api_key="k", base_url=url, max_retries=0, timeout=limits) as client:
            if mode == "drip":
                await client.chat.completions.create(model="m", messages=HI)
            else:
                async for _ in await client.chat.completions.create(model="m", messages=HI, stream=True):
                    pass

    started = time.monotonic()
    try:
        asyncio.run(run())
    except venice.APITimeoutError as exc:
        return time.monotonic() - started, type(exc).__name__
    return time.monotonic() - started, "no error"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--total", type=float, default=5.0)
    parser.add_argument("--idle", type=float, default=3.0)
    args = parser.parse_args()
    cases = [
        ("drip", "total", venice.Timeout(60.0, total=args.total), args.total),
        ("comments", "idle", venice.Timeout(60.0, total=None, idle=args.idle), args.idle),
    ]
    missed = 0
    for mode, limit_name, limits, limit in cases:
        url, close = serve(mode)
        try:
            for client_name, run in (("sync", timed_sync), ("async", timed_async)):
                results = [run(url, mode, limits) for _ in range(3)]
                seconds = statistics.median(t for t, _ in results)
                errors = sorted({e for _, e in results})
                ok = abs(seconds - limit) <= 0.5 and errors != ["no error"]
                missed += not ok
                print(
                    f"{mode:8} {client_name:5}: ended after {seconds:5.2f} s (runs "
                    f"{min(t for t, _ in results):.2f}..{max(t for t, _ in results):.2f}) with "
                    f"{', '.join(errors)}; {limit_name} limit {limit:g} s: "
                    f"{'met' if ok else 'MISSED'} (target: within 0.5 s)"
                )
        finally:
            close()
    raise SystemExit(1 if missed else 0)


if __name__ == "__main__":
    main()
