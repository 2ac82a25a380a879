"""Writes the problem-set notebooks from the exercise scripts (the Java cells are the scripts'
own code, so the notebooks and the tested scripts cannot drift apart).

    /usr/bin/python3 notebooks/build_notebooks.py     # from the repository root
"""
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def script(path):
    with open(os.path.join(ROOT, "scripts", path), encoding="utf-8") as f:
        return "%%java\n" + f.read().strip()


def md(text):
    return {"cell_type": "markdown", "metadata": {}, "source": text.strip()}


def code(text):
    return {"cell_type": "code", "metadata": {}, "execution_count": None, "outputs": [],
            "source": text.strip()}


NOTEBOOKS = {
    "1-vanishing-gradient-and-width-bound": [
        md("""# Problem set 1 (seed 000): the vanishing gradient and the width bound
A chain of four sigmoid neurons, $z_i = w_i\\,\\sigma(z_{i-1}) + b_i$, with the quadratic cost
$C = (f - a)^2/2$.

**(a)** Compute $\\partial C/\\partial b_1$. Type the definitions as maths; `diff(C, b1)` then
follows the chain rule through them and keeps the textbook form."""),
        code("z1 = w1*x + b1\nz2 = w2*sigma(z1) + b2\nz3 = w3*sigma(z2) + b3\n"
             "f = w4*sigma(z3)\nC = (f - a)^2/2\ndiff(C, b1)"),
        md("""**(b)** Show that $|w\\,\\sigma'(wz + b)| \\ge 1$ is possible only if $|w| \\ge 4$.
The exact maximum of $\\sigma'$:"""),
        code("maximize(D(sigma(u), u), u)"),
        code(":check D(sigma(u), u) = sigma(u)*(1 - sigma(u))"),
        code(script("ps1-vanishing-gradient/1b-weight-threshold.jsh")),
        md("""**(d)** The width of the window of $z$ where $|w\\,\\sigma'(wz+b)| \\ge 1$ is largest at
$|w| \\approx 6.9$, where it is $\\approx 0.45$. The script finds the maximum, cross-checks it by
solving $d(\\text{width})/d|w| = 0$, and draws the curve."""),
        code(script("ps1-vanishing-gradient/1d-width-maximum.jsh")),
        md("""**What the engine finds:** the worked solution is right here: max σ′ = 1/4 exactly, hence
|w| ≥ 4, and the width bound peaks at 0.447743 for |w| = 6.894151. Draw σ′ yourself:"""),
        code(":plot D(sigma(x), x), x, -6, 6"),
    ],
    "2-chain-rule-and-max-sigma-prime": [
        md("""# Seed 001: the chain rule through four sigmoids, and the maximum of σ′
The network $a_i = \\sigma(w_i a_{i-1})$, $i = 1\\ldots 4$, $a_0 = x$, $y = a_4$. Compute
$\\partial y/\\partial x$ and check each factor the worked solution writes down."""),
        code(script("sigmoid-chain/3a-dy-dx.jsh")),
        md("""**What the engine finds:** the product formula is right, but four of the solution's factors
are written inverted ($\\partial z_i/\\partial a_i$ for $\\partial a_i/\\partial z_i$).

The solution also says "max σ′(z) = 0.25 when z = 0.5". The maximum, exactly:"""),
        code("maximize(D(sigma(z), z), z)"),
        code("%%java\nnum(\"D(sigma(z), z)\", \"z\", 0.5)"),
        md("""σ′(0.5) ≈ 0.235 < 1/4: the value 0.25 is right, the point is wrong (it is z = 0)."""),
        code(script("sigmoid-chain/3b-max-sigma-prime.jsh")),
    ],
    "3-network-2-2-1": [
        md("""# Seed 003: the 2-2-1 network
Two inputs, two sigmoid hidden units, one output. The worked solution writes
$\\partial h_1/\\partial h_{1,in} = a(h_1)(1 - a(h_1))$. Check it against the definitions:"""),
        code("h1in = w1*x1 + w3*x2 + b1\nh1 = sigma(h1in)"),
        code(":check pd(h1, h1in) = sigma(h1)*(1 - sigma(h1))"),
        code(":check pd(h1, h1in) = sigma(h1in)*(1 - sigma(h1in))"),
        md("""The first is refuted (it applies σ twice); the second, σ′ at the *input*, is proved.
The solution's arithmetic, checked to the digits written:"""),
        code(":check 0.9*0.65 + 0.8*0.7 - 1*0.054 = 1.092"),
        md("""The whole exercise: forward pass, all nine gradients, one step, and the loss curves."""),
        code(script("ex5-2-2-1-network/network-2-2-1.jsh")),
    ],
    "4-computational-graph-and-init-variance": [
        md("""# Seed 004 (NNDL set 2): the computational graph, and the variance at initialisation
**1.** $z(a, b) = a^2/(a^2 + b^2 + 1)$: forward values and adjoints node by node at
$(a, b) = (2, 1)$."""),
        code(script("nndl-set2/1-computational-graph.jsh")),
        md("""The engine agrees with the worked solution node by node. $\\partial z/\\partial a$ directly:"""),
        code("diff(a^2/(a^2 + b^2 + 1), a)"),
        md("""**2.** How the variance of pre-activations propagates through layers of $M$ inputs with
weights $w \\sim N(0, \\sigma^2)$; derived symbolically, then confirmed by Monte Carlo."""),
        code(script("nndl-set2/2-variance-propagation.jsh")),
    ],
    "5-cnn-exercises": [
        md("""# Seed 002 (problem set 3): convolutional networks
**6.** The backpropagation equations for a convolution, max-pooling and a fully connected layer,
each evaluated by hand and matched to autodiff and a gradient check (small tensors, seconds)."""),
        code(script("ps3-cnn/6-conv-backprop.jsh")),
        md("""**7.** The unstable gradient with rectified linear units: ∂C/∂b₁ with Heaviside
factors, the stability condition, dying ReLU and two remedies."""),
        code(script("ps3-cnn/7-relu-unstable-gradient.jsh")),
        md("""Exercise 5 (training the CNN on MNIST) runs as a script:
`./gradlab run scripts/ps3-cnn/5-mnist-cnn.jsh --quick`."""),
    ],
}


TIME_LIMIT = code(":timeout 600")


def main():
    for name, cells in NOTEBOOKS.items():
        # each cell has the console's time limit (30 s); a whole script in one cell needs more
        cells = [cells[0], TIME_LIMIT] + cells[1:]
        nb = {"cells": cells, "metadata": {
            "kernelspec": {"name": "gradlab", "display_name": "gradlab", "language": "gradlab"},
            "language_info": {"name": "gradlab"}}, "nbformat": 4, "nbformat_minor": 5}
        for i, c in enumerate(cells):
            c["id"] = "%s-%d" % (name[:1], i)
        with open(os.path.join(ROOT, "notebooks", name + ".ipynb"), "w", encoding="utf-8") as f:
            json.dump(nb, f, ensure_ascii=False, indent=1)
            f.write("\n")


if __name__ == "__main__":
    main()
