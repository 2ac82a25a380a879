# User43's pairs (issue 12, branch user43): a teacher's answer key and a student's multi-part exam
# typed the ways the round's brief lists: parts "**Q3.**", "**Q4.**" that reuse a name (L(w) in
# Q3, then "Let L = ..." in Q4), plain text with "Q1."/"**Q2.**"/"(b)(i)" labels and their own
# givens, the chain rule written Leibniz-style across lines with the product in rounded numbers,
# a bound "at most 1/4" with \leq, and an update step at a point. None from a stored copy. Each
# broken file has one planted error of a kind students make. The numbers were checked in Python.
# Read by make_transcribed.py last.

add("user43-answer-key-function-renamed",
    "a teacher's answer key in Markdown with LaTeX: Q3 defines L(w) = (wx - y)^2, Q4 lets L be the squared error of a sigmoid unit",
    "typed by a new user (no published source)",
    "", r"""
**Q3.** Let $L(w) = (w x - y)^2$. Then

$$\frac{dL}{dw} = 2(w x - y) x$$

**Q4.** Let $L = (\sigma(w x) - y)^2$.

$$\frac{\partial L}{\partial w} = 2(\sigma(w x) - y)\sigma(w x)(1 - \sigma(w x)) x$$
""", r"\sigma(w x)(1 - \sigma(w x)) x$$", r"\sigma(w x)(1 - \sigma(w x))$$",
    "a dropped chain factor: the inner derivative x of sigma(w x) left out")

add("user43-exam-parts-plain",
    "a student's exam in plain text: Q1 with its own givens, **Q2.** defines a function, (b)(i) a derivative at a point",
    "typed by a new user (no published source)",
    "", r"""
Q1. Let w = 2, x = 3, b = -1.
z = w*x + b = 5
dz/dw = x = 3

**Q2.** Let f(x) = x^2 + 3x.
f'(x) = 2x + 3
f(1) = 4

(b)(i) At x = 2:
f'(x) = 7
""", r"f'(x) = 2x + 3", r"f'(x) = 2x + 3x",
    "the derivative of 3x written as 3x instead of 3")

add("user43-leibniz-chain-lines",
    "a student's homework in Markdown with LaTeX: dL/dw = dL/dy dy/dw, each factor on its own line, then the product with rounded numbers",
    "typed by a new user (no published source)",
    "", r"""
Let $y = \sigma(w x)$ and $L = \frac{1}{2}(y - t)^2$.

By the chain rule,

$$\frac{dL}{dw} = \frac{dL}{dy} \cdot \frac{dy}{dw}$$

$$\frac{dL}{dy} = y - t$$

$$\frac{dy}{dw} = y(1 - y) x$$

$$\frac{dL}{dw} = (y - t) y (1 - y) x$$

With $w = 1$, $x = 2$, $t = 1$: $y = \sigma(2) \approx 0.881$, so

$$\frac{dL}{dw} \approx (0.881 - 1)(0.881)(0.119)(2) \approx -0.025$$
""", r"$$\frac{dy}{dw} = y(1 - y) x$$", r"$$\frac{dy}{dw} = y(1 + y) x$$",
    "the sigmoid's derivative written sigma(1 + sigma)")

add("user43-sigmoid-bound-leq",
    "a student's exam answer in Markdown with LaTeX: sigma' = sigma(1 - sigma) <= 1/4 for all z, 'at most', and tanh' = 1 - tanh^2",
    "typed by a new user (no published source)",
    "", r"""
Let $\sigma(z) = \frac{1}{1 + e^{-z}}$.

For all $z$, $$\sigma'(z) = \sigma(z)(1 - \sigma(z)) \leq \frac{1}{4}$$

so the derivative of the sigmoid is at most $1/4$.

$$\frac{d}{dz} \tanh(z) = 1 - \tanh^2(z)$$

$$|\tanh'(z)| \le 1$$
""", r"$$\frac{d}{dz} \tanh(z) = 1 - \tanh^2(z)$$", r"$$\frac{d}{dz} \tanh(z) = 1 + \tanh^2(z)$$",
    "the derivative of tanh written 1 + tanh^2")

add("user43-gradient-step-plain",
    "a student's plain-text answer: the squared error's gradient at a point, then one gradient descent step w <- w - eta*dL/dw",
    "typed by a new user (no published source)",
    "", r"""
Part 1
Let L(w) = (w*x - y)^2.
dL/dw = 2(w*x - y)*x

Part 2
With w = 1, x = 2, y = 1, eta = 0.1:
dL/dw = 4
w ← w − η·dL/dw = 0.6
""", r"dL/dw = 4", r"dL/dw = 2",
    "the chain factor x dropped at the point: 2(wx - y) = 2 instead of 2(wx - y)x = 4")
