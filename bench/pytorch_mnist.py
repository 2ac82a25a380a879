#!/usr/bin/python3
"""PyTorch's training throughput for the exercise-5 CNN, for comparison with `./gradlab bench mnist`.

The same network (conv 5x5 -> 16, max-pool 2, ReLU, conv k2 x k2 -> 16, max-pool 2, ReLU,
linear 256 -> 10), PyTorch's default initialisation, SGD (lr 0.02, momentum 0.9), batch 64,
softmax cross-entropy, on the real MNIST images from gradlab's verified cache
(~/.cache/gradlab/mnist, written by `./gradlab bench mnist` or the exercise script). 24x24 runs
either take the centre crop (the network alone) or rotate each image by a random angle in
[-15, 15] degrees and take a random 24x24 crop inside the timed loop, as gradlab does. Reported: the
median examples/s of --repeats (3) x --steps (300) steps after a warm-up run, for each thread
count in --threads (1,2).

`./gradlab bench mnist --against pytorch` runs this script with --threads N --repeats 1, alternated
with gradlab's own runs, and parses the lines that start with "training".

Thread settings, the same in every run: OMP_NUM_THREADS and MKL_NUM_THREADS are set to the
largest --threads count before torch loads (unless already set), torch.set_num_threads to each
count in turn, and one inter-op thread; the header line prints them.

Needs Debian's python3-torch (1.13): `apt-get install python3-torch`, then
`/usr/bin/python3 bench/pytorch_mnist.py [--data DIR]`.
"""
import argparse
import gzip
import math
import os
import statistics
import sys
import time


def _threads_from_argv(argv):
    """The largest --threads count on the command line (default 2), read before torch loads."""
    for i, a in enumerate(argv):
        value = a[len("--threads="):] if a.startswith("--threads=") else (
            argv[i + 1] if a == "--threads" and i + 1 < len(argv) else None)
        if value is not None:
            try:
                return max(int(t) for t in value.split(","))
            except ValueError:
                return None  # argparse reports it
    return 2


# OpenMP and MKL size their thread pools when torch loads; set them to the largest --threads,
# as gradlab's pool is sized to its cores, unless the caller chose otherwise.
_THREADS = _threads_from_argv(sys.argv[1:])
if _THREADS:
    for _var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(_var, str(_THREADS))

try:
    import numpy as np
    import torch
    import torch.nn.functional as F
except ImportError as e:
    sys.exit(f"error: {sys.executable} cannot import {e.name}; "
             "hint: install Debian's python3-torch (apt-get install python3-torch) and run "
             "/usr/bin/python3")

MEAN, STD = 0.1307, 0.3081
BATCH = 64


def idx(path):
    if not os.path.exists(path) and os.path.exists(path + ".gz"):
        path += ".gz"
    with (gzip.open if path.endswith(".gz") else open)(path, "rb") as f:
        data = f.read()
    rank = data[3]
    dims = [int.from_bytes(data[4 + 4 * i:8 + 4 * i], "big") for i in range(rank)]
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * rank).reshape(dims)


def net(side):
    k2 = (side - 4) // 2 - 7
    return torch.nn.Sequential(
        torch.nn.Conv2d(1, 16, 5), torch.nn.MaxPool2d(2), torch.nn.ReLU(),
        torch.nn.Conv2d(16, 16, k2), torch.nn.MaxPool2d(2), torch.nn.ReLU(),
        torch.nn.Flatten(), torch.nn.Linear(256, 10))


def augment(x, gen):
    """Random rotation (bilinear, zeros outside) and a random 24x24 crop, per image."""
    n = x.shape[0]
    angle = (torch.rand(n, generator=gen) * 2 - 1) * math.radians(15)
    cos, sin = torch.cos(angle), torch.sin(angle)
    theta = torch.stack([torch.stack([cos, -sin, torch.zeros(n)], 1),
                         torch.stack([sin, cos, torch.zeros(n)], 1)], 1)
    grid = F.affine_grid(theta, list(x.shape), align_corners=False)
    x = F.grid_sample(x, grid, align_corners=False)
    top = torch.randint(0, 5, (n,), generator=gen)
    left = torch.randint(0, 5, (n,), generator=gen)
    return torch.stack([x[i, :, top[i]:top[i] + 24, left[i]:left[i] + 24] for i in range(n)])


def rate(images, labels, side, aug, threads, steps, repeats):
    torch.set_num_threads(threads)
    torch.manual_seed(7)
    gen = torch.Generator().manual_seed(7)
    model = net(side)
    opt = torch.optim.SGD(model.parameters(), lr=0.02, momentum=0.9)
    results = []
    for repeat in range(repeats + 1):
        order = torch.randperm(len(labels), generator=gen)
        start = time.perf_counter()
        for step in range(steps):
            sel = order[step * BATCH:(step + 1) * BATCH]
            x = (torch.from_numpy(images[sel.numpy()]).float().div_(255).sub_(MEAN).div_(STD)
                 .unsqueeze(1))
            if side == 24 and aug:
                x = augment(x, gen)
            elif side == 24:
                x = x[:, :, 2:26, 2:26]
            loss = F.cross_entropy(model(x), torch.from_numpy(labels[sel.numpy()]).long())
            opt.zero_grad()
            loss.backward()
            opt.step()
        if repeat > 0:  # the first repeat is the warm-up
            results.append(steps * BATCH / (time.perf_counter() - start))
    return statistics.median(results), min(results), max(results)


def main():
    cli = argparse.ArgumentParser(description="PyTorch's training throughput for the exercise-5 CNN")
    cli.add_argument("--threads", default="1,2", help="comma-separated thread counts (1,2)")
    cli.add_argument("--repeats", type=int, default=3, help="timed repeats after a warm-up (3)")
    cli.add_argument("--steps", type=int, default=300, help="steps per repeat (300)")
    cli.add_argument("--data", help="folder with the MNIST IDX files (default: gradlab's cache)")
    args = cli.parse_args()
    cache = args.data or os.path.join(
        os.environ.get("XDG_CACHE_HOME", os.path.expanduser("~/.cache")), "gradlab", "mnist")
    try:
        images = idx(os.path.join(cache, "train-images-idx3-ubyte"))
        labels = idx(os.path.join(cache, "train-labels-idx1-ubyte"))
    except FileNotFoundError:
        sys.exit("error: no MNIST in " + cache + "; hint: run ./gradlab bench mnist once, it fetches it")
    if len(labels) < args.steps * BATCH:
        sys.exit(f"error: {len(labels)} images in {cache} are fewer than {args.steps} steps of "
                 f"{BATCH}; hint: fewer --steps")
    # one inter-op thread: the network runs its ops one after another, as gradlab does, and
    # an idle inter-op pool would only compete for the cores
    torch.set_num_interop_threads(1)
    print(f"torch {torch.__version__}, {os.cpu_count()} cores, batch {BATCH}, "
          f"median of {args.repeats} x {args.steps} steps after a warm-up; "
          f"OMP_NUM_THREADS={os.environ.get('OMP_NUM_THREADS')}, "
          f"MKL_NUM_THREADS={os.environ.get('MKL_NUM_THREADS')}, inter-op threads "
          f"{torch.get_num_interop_threads()}")
    for side, aug in ((28, False), (24, False), (24, True)):
        for threads in (int(t) for t in args.threads.split(",")):
            med, lo, hi = rate(images, labels, side, aug, threads, args.steps, args.repeats)
            extra = (" (rotation + random crop)" if aug else " (centre crop)") if side == 24 else ""
            print(f"training {side}x{side}{extra}, {threads} thread(s): {med:.0f} examples/s "
                  f"(range {lo:.0f}-{hi:.0f})", flush=True)


if __name__ == "__main__":
    main()
