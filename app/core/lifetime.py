"""Child processes that die with the server.

A server killed with SIGKILL runs no clean-up: its job workers and its isolation pool (a process with OCCT
loaded, ~450 MB) would be re-parented to init and live on, and so would the multiprocessing resource tracker
that stays up while any of them holds its pipe. Each child therefore asks the kernel to SIGKILL it when its
parent goes (Linux PR_SET_PDEATHSIG), which needs no Python thread and so also stops a child busy in native
code that holds the GIL; a thread polling getppid() covers systems without prctl.

PR_SET_PDEATHSIG fires when the *thread* that started the child ends, not the process (prctl(2)): the
parent must start these children from a thread that lives as long as they should (the job dispatcher's
thread, the isolation pool's launcher thread), never from a request thread that a thread pool may retire.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
import sys
import threading
import time

PR_SET_PDEATHSIG = 1  # <linux/prctl.h>
ORPHAN_POLL_S = 0.5


def _set_pdeathsig(sig: int) -> bool:
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        return libc.prctl(PR_SET_PDEATHSIG, sig, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def die_with_parent(parent_pid: int) -> None:
    """Called first thing in a child process: end it when parent_pid (the server) is gone."""
    _set_pdeathsig(signal.SIGKILL)
    # The parent may have died before prctl took effect: then the child is an orphan already.
    if os.getppid() != parent_pid:
        os._exit(3)

    def watch() -> None:
        while True:
            time.sleep(ORPHAN_POLL_S)
            if os.getppid() != parent_pid:
                os._exit(3)

    threading.Thread(target=watch, name="orphan-watch", daemon=True).start()
