# The thirty-fifth round's new-user pairs (issue 12, branch user48): six derivations typed the way
# a teacher fluent in LaTeX writes a model solution in Markdown (align* with \tag, \intertext,
# \qquad\text{(chain rule)}, \underbrace, \dfrac and \tfrac, \mathrm{d}x, \left( \right), \bigl(
# \bigr), \operatorname, \cdot and \times, domains written "\qquad (x < 0)", equation numbers
# referred to in prose, "The identities we need." before an align) and the way a student's Jupyter
# notebook exported to Markdown reads (prose cells with $...$, ```python cells that compute a
# gradient numerically and the printed number, and the student's claims comparing with it). They
# were written for this round, not transcribed from a published text, and say so. Each broken file
# has one slip of the kind students make: a dropped factor, a sign, a wrong chain-rule factor, an
# arithmetic slip, a value from the previous question. Every number was checked in Python.
# Read by make_transcribed.py after sources_held_out34.py.

add("user48-teacher-sigmoid-align",
    "a teacher's model solution in LaTeX: the sigmoid's derivative and the squared loss of one sigmoid neuron in align* with \\tag, \\qquad\\text{(chain rule)}, \\underbrace, \\dfrac, \\tfrac, \\mathrm{d}, \\left( \\right), \\bigl( \\bigr) and a reference by (3) (written by a new user, user48, as teachers type it)",
    "none: written for gradlab's checker by a new user (the thirty-fifth round)",
    "", r"""
# Model solution: the gradient of a one-neuron network

Let $z = wx + b$ and $a = \sigma(z)$ with $\sigma(z) = \dfrac{1}{1 + e^{-z}}$, and the loss $L = \tfrac{1}{2}(a - y)^2$.

\begin{align*}
\frac{\mathrm{d}\sigma}{\mathrm{d}z} &= \frac{e^{-z}}{\left(1 + e^{-z}\right)^2} \tag{1}\\
&= \frac{1}{1 + e^{-z}} \cdot \frac{e^{-z}}{1 + e^{-z}} \\
&= \sigma(z)\bigl(1 - \sigma(z)\bigr) \tag{2}
\end{align*}

By (2) and the chain rule,

\begin{align*}
\frac{\partial L}{\partial w} &= (a - y)\,\frac{\partial a}{\partial w} \qquad\text{(chain rule)} \\
&= (a - y)\,\sigma'(z)\, x \\
&= \underbrace{(a - y)}_{\text{error}}\, a(1 - a)\, x \tag{3}
\end{align*}

and likewise for the bias, $\frac{\partial L}{\partial b} = (a - y)\, a (1 - a)$.

At $w = 2$, $x = 1$, $b = -1$, $y = 0$: $z = 2 \cdot 1 - 1 = 1$ and $\sigma(1) = 0.7311$, so by (3)
$$\frac{\partial L}{\partial w} = 0.7311 \times 0.7311 \times (1 - 0.7311) \times 1 = 0.1437$$
""", r"&= \underbrace{(a - y)}_{\text{error}}\, a(1 - a)\, x \tag{3}",
    r"&= \underbrace{(a - y)}_{\text{error}}\, a(1 - a) \tag{3}",
    "a dropped factor: the input x of dz/dw left out of (3)")

add("user48-notebook-sigmoid-numeric",
    "a student's Jupyter notebook exported to Markdown: sigma'(1) by a central difference in a python cell, its printed output, and the analytic value compared with it (written by a new user, user48, as students export notebooks)",
    "none: written for gradlab's checker by a new user (the thirty-fifth round)",
    "", r"""
# Homework 2: gradients of the sigmoid

**Q1.** Compute $\sigma'(1)$ numerically and analytically.

```python
import numpy as np
def sigma(x):
    return 1 / (1 + np.exp(-x))
h = 1e-5
num = (sigma(1 + h) - sigma(1 - h)) / (2 * h)
print(num)
```

    0.19661193324148185

Numerically 0.1966, analytically $\sigma(1)(1 - \sigma(1)) = 0.1966$.

Since $\sigma'(x) = \sigma(x)(1 - \sigma(x))$, we get $\sigma'(1) = 0.7311 \cdot 0.2689 = 0.1966$.

**Q2.** The same at $x = 0$: $\sigma(0) = 0.5$, so $\sigma'(0) = 0.5 \cdot (1 - 0.5) = 0.25$.
""", r"we get $\sigma'(1) = 0.7311 \cdot 0.2689 = 0.1966$", r"we get $\sigma'(1) = 0.7311 \cdot 0.2611 = 0.1966$",
    "an arithmetic slip: 1 - 0.7311 written as 0.2611")

add("user48-notebook-tanh-softmax",
    "a student's Jupyter notebook exported to Markdown: the derivative of tanh(2x) checked against a python cell's output, then the two-class softmax's partial derivatives and the cross-entropy's gradient (written by a new user, user48, as students export notebooks)",
    "none: written for gradlab's checker by a new user (the thirty-fifth round)",
    "", r"""
**Q2.** For $f(x) = \tanh(2x)$, find $f'(x)$.

$f'(x) = 2(1 - \tanh^2(2x))$

At $x = 0.5$: $f'(0.5) = 2(1 - \tanh^2(1)) = 0.8399$

```python
x = 0.5
print(2 * (1 - np.tanh(2 * x) ** 2))
```

    0.83994868

**Q3.** Softmax with two classes: $p_1 = \frac{e^{z_1}}{e^{z_1} + e^{z_2}}$ and $p_2 = \frac{e^{z_2}}{e^{z_1} + e^{z_2}}$.

$$\frac{\partial p_1}{\partial z_1} = p_1(1 - p_1)$$

$$\frac{\partial p_1}{\partial z_2} = -p_1 p_2$$

**Q4.** The loss $L = -\log(p_1)$, so $\frac{\partial L}{\partial z_1} = p_1 - 1$ and $\frac{\partial L}{\partial z_2} = p_2$.
""", r"$$\frac{\partial p_1}{\partial z_2} = -p_1 p_2$$", r"$$\frac{\partial p_1}{\partial z_2} = p_1 p_2$$",
    "a sign: the minus of the off-diagonal softmax derivative dropped")

add("user48-teacher-relu-domains",
    "a teacher's model solution in LaTeX: the slopes of ReLU, the absolute value and leaky ReLU, each row with its domain after \\qquad, in brackets, after \\text{for } or after a comma (written by a new user, user48, as teachers type it)",
    "none: written for gradlab's checker by a new user (the thirty-fifth round)",
    "", r"""
# Piecewise activations

The slopes, away from the kink at $0$:

$$\frac{\mathrm{d}}{\mathrm{d}x} \max(0, x) = 1 \qquad \text{for } x > 0$$

$$\frac{\mathrm{d}}{\mathrm{d}x} \max(0, x) = 0 \qquad (x < 0)$$

$$\frac{\mathrm{d}}{\mathrm{d}x} |x| = -1, \quad x < 0$$

$$\frac{\mathrm{d}}{\mathrm{d}x} \max(0.1x, x) = 0.1 \qquad (x < 0)$$

At $x = -2$ the leaky unit outputs $\max(0.1 \cdot (-2), -2) = -0.2$.
""", r"\frac{\mathrm{d}}{\mathrm{d}x} |x| = -1, \quad x < 0", r"\frac{\mathrm{d}}{\mathrm{d}x} |x| = 1, \quad x < 0",
    "a sign: the slope of |x| for negative x written as the slope for positive x")

add("user48-teacher-softplus-chain",
    "a teacher's model solution in LaTeX: softplus's derivative by \\operatorname, tanh of 3x^2 by the chain rule in align* with && \\text{} notes and \\times, and the value at x = 0.5 (written by a new user, user48, as teachers type it)",
    "none: written for gradlab's checker by a new user (the thirty-fifth round)",
    "", r"""
**(b)** Let $\operatorname{softplus}(x) = \log(1 + e^x)$. Then
$$
\frac{\mathrm{d}}{\mathrm{d}x} \operatorname{softplus}(x) = \frac{e^x}{1 + e^x} = \sigma(x). \tag{4}
$$

**(d)** For $y = \tanh(u)$ with $u = 3x^2$:
\begin{align*}
\frac{dy}{dx} &= \frac{dy}{du}\cdot\frac{du}{dx} && \text{by the chain rule}\\
&= \bigl(1 - \tanh^2 u\bigr) \times 6x \\
&= 6x \operatorname{sech}^2(3x^2) && \text{using } 1 - \tanh^2 = \operatorname{sech}^2
\end{align*}

**(e)** Numerically at $x = 0.5$: $u = 0.75$, and $\frac{dy}{dx} = 3 \operatorname{sech}^2(0.75) = 1.7898$.
""", r"&= \bigl(1 - \tanh^2 u\bigr) \times 6x \\", r"&= \bigl(1 - \tanh^2 u\bigr) \times 3x \\",
    "a wrong chain-rule factor: du/dx = 6x taken as 3x")

add("user48-teacher-identities-we-need",
    "a teacher's model solution in LaTeX: 'The identities we need.' and then an align of the sigmoid's symmetry, the product rule and the derivative of tanh with \\dfrac and \\mathrm{d} (written by a new user, user48, as teachers type it)",
    "none: written for gradlab's checker by a new user (the thirty-fifth round)",
    "", r"""
# Problem 1

**(a)** The identities we need.

\begin{align}
\sigma(-z) &= 1 - \sigma(z) \\
\frac{\mathrm{d}}{\mathrm{d}x}\bigl[ x^2 \sin x \bigr] &= 2x \sin x + x^2 \cos x \\
\frac{\mathrm{d}}{\mathrm{d}x} \tanh x &= 1 - \tanh^2 x
\end{align}

**(b)** Hence $\dfrac{\mathrm{d}}{\mathrm{d}z} \sigma(-z) = -\sigma(z)\bigl(1 - \sigma(z)\bigr)$.
""", r"&= 2x \sin x + x^2 \cos x \\", r"&= 2x \sin x + x \cos x \\",
    "a dropped factor: the product rule's x^2 cos x written as x cos x")
