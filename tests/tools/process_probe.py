"""What this process holds, read from /proc (Linux): open file descriptors, resident memory, and its
TCP connections to one port, by state. No dependency (no psutil); nothing here changes anything.
"""

from __future__ import annotations

import os
from collections import Counter

__all__ = ["connections_to", "open_fds", "rss_bytes"]

# /proc/net/tcp's connection states (include/net/tcp_states.h)
TCP_STATES = {
    "01": "established",
    "02": "syn_sent",
    "03": "syn_recv",
    "04": "fin_wait1",
    "05": "fin_wait2",
    "06": "time_wait",
    "07": "close",
    "08": "close_wait",
    "09": "last_ack",
    "0A": "listen",
    "0B": "closing",
}


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def rss_bytes() -> int:
    """The resident set now (VmRSS)."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


def _socket_inodes() -> set[str]:
    inodes = set()
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:  # closed since listed
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    return inodes


def connections_to(port: int) -> Counter[str]:
    """This process's IPv4 TCP sockets whose remote port is ``port``, counted by state."""
    mine = _socket_inodes()
    states: Counter[str] = Counter()
    with open("/proc/net/tcp") as table:
        next(table)  # the header
        for line in table:
            fields = line.split()
            remote_port = int(fields[2].rsplit(":", 1)[1], 16)
            if remote_port == port and fields[9] in mine:
                states[TCP_STATES.get(fields[3], fields[3])] += 1
    return states
