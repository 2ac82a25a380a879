"""SymPy side of `./gradlab bench symbolic`: the same derivatives, cache cleared before each
repetition (SymPy memoises diff). Prints one line per task: name, median milliseconds.

Usage: python3 bench/sympy_symbolic.py [REPEATS] [BUDGET_SECONDS]
Each task runs REPEATS times (7), or as many as fit in BUDGET_SECONDS (20), at least once: the
10th derivative of sin(sin(sin(sin x))) takes seconds a repeat."""
import statistics
import sys
import time

import sympy as sp
from sympy.core.cache import clear_cache

REPEATS = int(sys.argv[1]) if len(sys.argv) > 1 else 7
BUDGET = float(sys.argv[2]) if len(sys.argv) > 2 else 20.0
DEPTH = 8


def sigma(u):
    return 1 / (1 + sp.exp(-u))


def nested_chain(depth):
    x, a = sp.symbols("x a")
    ws = sp.symbols("w1:%d" % (depth + 2))
    bs = sp.symbols("b1:%d" % (depth + 1))
    z = ws[0] * x + bs[0]
    for i in range(1, depth):
        z = ws[i] * sigma(z) + bs[i]
    f = ws[depth] * sigma(z)
    return (f - a) ** 2 / 2, list(ws) + list(bs)


def timed(task):
    times = []
    start = time.perf_counter()
    while len(times) < REPEATS and (not times or time.perf_counter() - start < BUDGET):
        clear_cache()
        t0 = time.perf_counter()
        task()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


C, params = nested_chain(DEPTH)
b1 = sp.Symbol("b1")
x = sp.Symbol("x")
print("version", sp.__version__)
print("nested-dC/db1", timed(lambda: sp.diff(C, b1)))
print("nested-gradient", timed(lambda: [sp.diff(C, p) for p in params]))
print("sin4-10th", timed(lambda: sp.diff(sp.sin(sp.sin(sp.sin(sp.sin(x)))), x, 10)))
s20 = x
for _ in range(20):
    s20 = sigma(s20)
print("sigma-depth20", timed(lambda: sp.diff(s20, x)))
