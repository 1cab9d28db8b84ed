"""Memory under hostile streams: RSS while a local server sends one million small SSE events, a
100 MB SSE line without a newline, and a 300 MB JSON body (announced, and unannounced).

Each case runs in a fresh process (its own ru_maxrss) against a raw socket server in a thread of
that process, which sends from one small buffer, so its own memory stays constant. Prints the RSS
after the imports, the peak, and for the million events the current RSS at 10% and at the end
(flat: end / 10% <= 1.10); for the hostile bodies, the growth next to the client's cap (met when
the growth stays under twice the cap, or under 20 MB when the body is refused unread).

Run: .venv/bin/python bench/hostile_rss.py [events]
"""

from __future__ import annotations

import subprocess
import sys

CHILD = r"""
import json, os, resource, socket, sys, threading
import venice

CASE, EVENTS = sys.argv[1], int(sys.argv[2])
MB = 1 << 20
CHUNK = {"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "m",
         "choices": [{"index": 0, "delta": {"content": "x"}, "finish_reason": None}]}
EVENT = b"data: " + json.dumps(CHUNK).encode() + b"\n\n"


def rss() -> int:  # current resident set, bytes
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def answer(conn):
    conn.recv(65536)
    if CASE == "events":
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n")
        batch = EVENT * 1000
        for _ in range(EVENTS // 1000):
            conn.sendall(batch)
        conn.sendall(b"data: [DONE]\n\n")
    elif CASE == "line":
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n")
        piece = b"x" * MB
        conn.sendall(b"data: ")
        for _ in range(100):
            conn.sendall(piece)
    else:
        length = f"Content-Length: {300 * MB}\r\n" if CASE == "body" else "Connection: close\r\n"
        conn.sendall(f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n{length}\r\n".encode())
        piece = b" " * MB
        for _ in range(300):
            conn.sendall(piece)
    conn.close()


def serve(sock):
    while True:
        conn, _ = sock.accept()
        threading.Thread(target=lambda: _quiet(answer, conn), daemon=True).start()


def _quiet(fn, conn):
    try:
        fn(conn)
    except OSError:
        pass


sock = socket.socket()
sock.bind(("127.0.0.1", 0))
sock.listen(8)
threading.Thread(target=serve, args=(sock,), daemon=True).start()
URL = f"http://127.0.0.1:{sock.getsockname()[1]}/api/v1"
client = venice.Venice(api_key="k", base_url=URL, max_retries=0)
HI = [{"role": "user", "content": "hi"}]
client.chat  # namespaces and their imports before the baseline
baseline = rss()
outcome = "completed"
samples = []
try:
    if CASE in ("events", "line"):
        n = 0
        for chunk in client.chat.completions.create(model="m", messages=HI, stream=True):
            n += 1
            if n == EVENTS // 10:
                samples.append(rss())
        samples.append(rss())
        outcome = f"{n} events"
    else:
        client.chat.completions.create(model="m", messages=HI)
except venice.VeniceError as exc:
    outcome = type(exc).__name__
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(json.dumps({"baseline": baseline, "peak": peak, "samples": samples, "outcome": outcome}))
"""


def measure(case: str, events: int) -> dict[str, object]:
    import json

    out = subprocess.run(
        [sys.executable, "-c", CHILD, case, str(events)], capture_output=True, text=True, check=True
    )
    result: dict[str, object] = json.loads(out.stdout)
    return result


def mb(value: object) -> str:
    return f"{int(value) / 2**20:7.1f} MB"  # type: ignore[call-overload]


def main() -> None:
    from venice import _constants as C

    events = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    run = measure("events", events)
    tenth, end = run["samples"]  # type: ignore[misc]
    ratio = end / tenth
    print(
        f"{events} SSE events      : {run['outcome']}; RSS after imports {mb(run['baseline'])}, "
        f"at 10% {mb(tenth)}, at the end {mb(end)}, peak {mb(run['peak'])}"
    )
    print(
        f"  flat                : {ratio:.3f}x end / 10% "
        f"{'met' if ratio <= 1.10 else 'MISSED'} (target <= 1.10x)"
    )
    cases = (
        ("line", "100 MB SSE line", C.MAX_EVENT_SIZE, "max_event_size"),
        ("body", "300 MB JSON, announced", 0, "max_response_size (refused unread)"),
        ("unannounced", "300 MB JSON, no length", C.MAX_RESPONSE_SIZE, "max_response_size"),
    )
    for case, title, cap, name in cases:
        run = measure(case, events)
        growth = int(run["peak"]) - int(run["baseline"])  # type: ignore[call-overload]
        limit = 2 * cap if cap else 20 << 20
        verdict = "met" if growth <= limit else "MISSED"
        print(
            f"{title:22}: {run['outcome']}; RSS growth {mb(growth)} (cap {name} {mb(cap)}; "
            f"target <= {mb(limit)}) {verdict}"
        )


if __name__ == "__main__":
    main()
