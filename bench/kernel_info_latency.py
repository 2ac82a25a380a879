"""Seconds from starting the gradlab kernel (through its installed kernelspec, as Jupyter does:
launcher, JVM, sockets) to its kernel_info reply. Goal: at most 1.5 s on this machine.

    ./gradlab jupyter install
    /usr/bin/python3 bench/kernel_info_latency.py [RUNS]

Prints each run and the median. The first run is reported but left out of the median (cold
file cache). Jupyter kills kernels, so no run writes the kernel's class-data archive; the
launcher primes it after each build (`gradlab jupyter kernel --prime`).
"""
import statistics
import sys
import time

from jupyter_client.kernelspec import NoSuchKernel
from jupyter_client.manager import KernelManager


def reply_to(kc, msg_id):
    while True:
        reply = kc.get_shell_msg(timeout=60)
        if reply["parent_header"].get("msg_id") == msg_id:
            return reply


def one_run():
    """Seconds to the kernel_info reply, and to the first math result, from the start."""
    km = KernelManager(kernel_name="gradlab")
    started = time.perf_counter()
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    reply_to(kc, kc.kernel_info())
    info = time.perf_counter() - started
    reply_to(kc, kc.execute("diff(sigma(w*x+b), b)"))
    first = time.perf_counter() - started
    kc.stop_channels()
    km.shutdown_kernel(now=True)
    return info, first


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 6
    try:
        info, first = one_run()
    except NoSuchKernel:
        sys.exit("error: no kernel named gradlab; run ./gradlab jupyter install first")
    print("run 0 (cold, not counted): kernel_info %.2f s, first result %.2f s" % (info, first))
    infos, firsts = [], []
    for i in range(runs):
        info, first = one_run()
        infos.append(info)
        firsts.append(first)
        print("run %d: kernel_info %.2f s, first result %.2f s" % (i + 1, info, first))
    median = statistics.median(infos)
    print("kernel_info reply after start: median %.2f s over %d runs (goal 1.5 s: %s)"
          % (median, runs, "met" if median <= 1.5 else "NOT met"))
    print("first result (diff(sigma(w*x+b), b)) after start: median %.2f s"
          % statistics.median(firsts))


if __name__ == "__main__":
    main()
