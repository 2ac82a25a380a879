#!/usr/bin/env python3
"""Baseline for `./gradlab bench`: SymPy's lambdify with CSE and NumPy on the same gradient.

The full gradient of the depth-8 one-unit sigmoid chain (17 parameters) at 100 000 points,
median of 15 runs after warm-up. Needs Debian's python3-sympy and python3-numpy, which this
script does not install; run it beside `./gradlab bench` on the same machine.
"""
import statistics
import time

import numpy as np
import sympy as sp

DEPTH, POINTS, REPEATS = 8, 100_000, 15
x, a = sp.symbols("x a")
w = sp.symbols(f"w1:{DEPTH + 2}")
b = sp.symbols(f"b1:{DEPTH + 1}")
sig = lambda t: 1 / (1 + sp.exp(-t))
z = w[0] * x + b[0]
for i in range(1, DEPTH):
    z = w[i] * sig(z) + b[i]
cost = (w[DEPTH] * sig(z) - a) ** 2 / 2
params = [p for pair in zip(w[:DEPTH], b) for p in pair] + [w[DEPTH]]
grad = [sp.diff(cost, p) for p in params]
f = sp.lambdify([x, a, *params], grad, modules="numpy", cse=True)
rng = np.random.default_rng(1)
cols = [rng.uniform(-1, 1, POINTS) for _ in range(2 + len(params))]
for _ in range(5):
    f(*cols)
times = []
for _ in range(REPEATS):
    t0 = time.perf_counter()
    f(*cols)
    times.append((time.perf_counter() - t0) * 1e3)
print(f"sympy {sp.__version__} lambdify(cse=True) + numpy {np.__version__}: "
      f"{len(params)}-parameter gradient at {POINTS} points, median {statistics.median(times):.2f} ms")
