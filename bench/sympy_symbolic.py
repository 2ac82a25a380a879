"""SymPy side of `./gradlab bench symbolic`: the same derivatives, cache cleared before each
repetition (SymPy memoises diff). Prints one line per task: name, median milliseconds."""
import statistics
import sys
import time

import sympy as sp
from sympy.core.cache import clear_cache

REPEATS = int(sys.argv[1]) if len(sys.argv) > 1 else 5
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
    for _ in range(REPEATS):
        clear_cache()
        t0 = time.perf_counter()
        task()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


C, params = nested_chain(DEPTH)
b1 = sp.Symbol("b1")
x = sp.Symbol("x")
print("nested-dC/db1", timed(lambda: sp.diff(C, b1)))
print("nested-gradient", timed(lambda: [sp.diff(C, p) for p in params]))
print("sin4-10th", timed(lambda: sp.diff(sp.sin(sp.sin(sp.sin(sp.sin(x)))), x, 10)))
s20 = x
for _ in range(20):
    s20 = sigma(s20)
print("sigma-depth20", timed(lambda: sp.diff(s20, x)))
