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

from jupyter_client.manager import KernelManager


def one_run():
    km = KernelManager(kernel_name="gradlab")
    started = time.perf_counter()
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    msg_id = kc.kernel_info()
    while True:
        reply = kc.get_shell_msg(timeout=60)
        if reply["parent_header"].get("msg_id") == msg_id:
            break
    seconds = time.perf_counter() - started
    kc.stop_channels()
    km.shutdown_kernel(now=True)
    return seconds


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 6
    first = one_run()
    print("run 0 (cold, not counted): %.2f s" % first)
    times = []
    for i in range(runs):
        times.append(one_run())
        print("run %d: %.2f s" % (i + 1, times[-1]))
    median = statistics.median(times)
    print("kernel_info reply after start: median %.2f s over %d runs (goal 1.5 s: %s)"
          % (median, runs, "met" if median <= 1.5 else "NOT met"))


if __name__ == "__main__":
    main()
