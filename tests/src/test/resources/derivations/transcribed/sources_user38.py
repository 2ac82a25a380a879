# User38's pairs (issue 12, branch user38): homework derivations typed as new users type them,
# in LaTeX inside Markdown, in plain ASCII (x^2, sqrt, exp) and phone-typed Unicode (x², σ′,
# ∂L/∂w, ·, −), none from a stored copy. Each broken file has one planted error of a kind
# students make. The numbers were checked by hand and in Python. Read by make_transcribed.py last.

add("user38-variance-independent-plain",
    "a student's homework: the variance of a weighted sum of independent variables, in plain text",
    "typed by a new user (no published source)",
    "", r"""
# variance of a sum

Let X and Y be independent.

Var(X + Y) = Var(X) + Var(Y)

Var(2X) = 4 Var(X)

Var(2X + 3Y) = 4 Var(X) + 9 Var(Y)
""", r"Var(2X + 3Y) = 4 Var(X) + 9 Var(Y)", r"Var(2X + 3Y) = 2 Var(X) + 3 Var(Y)",
    "the weights taken out of Var without squaring them")

add("user38-sigmoid-bce-phone",
    "a student's homework: the gradient of the logistic loss through the sigmoid, typed on a phone",
    "typed by a new user (no published source)",
    "", r"""
# logistic loss

σ′(z) = σ(z)·(1 − σ(z))

L(z) = −y·log(σ(z)) − (1 − y)·log(1 − σ(z))

∂L/∂z = σ(z) − y

at z = 0, y = 1: ∂L/∂z = −0.5
""", r"∂L/∂z = σ(z) − y", r"∂L/∂z = y − σ(z)",
    "the sign of the gradient flipped")

add("user38-two-layer-latex",
    "a student's homework: the gradient of a two-layer tanh network in one input, in LaTeX",
    "typed by a new user (no published source)",
    "", r"""
# a two-layer network

Let $h = \tanh(w_1 x)$ and $\hat{y} = w_2 h$, with the loss $L = \frac{1}{2}(\hat{y} - y)^2$.

$$\frac{\partial L}{\partial w_2} = (\hat{y} - y) h$$

$$\frac{\partial L}{\partial w_1} = (\hat{y} - y) w_2 (1 - h^2) x$$
""", r"\frac{\partial L}{\partial w_1} = (\hat{y} - y) w_2 (1 - h^2) x",
    r"\frac{\partial L}{\partial w_1} = (\hat{y} - y) w_2 x",
    "the derivative of tanh dropped from the chain")

add("user38-product-rule-ascii",
    "a student's homework: the product rule on x^2 exp(x), typed in plain ASCII",
    "typed by a new user (no published source)",
    "", r"""
# product rule

f(x) = x^2

g(x) = exp(x)

(fg)' = f'g + fg'

d(x^2*exp(x))/dx = 2x*exp(x) + x^2*exp(x)

at x = 1: d(x^2*exp(x))/dx = 3e
""", r"d(x^2*exp(x))/dx = 2x*exp(x) + x^2*exp(x)", r"d(x^2*exp(x))/dx = 2x*exp(x)",
    "the second term of the product rule dropped")

add("user38-sqrt-ascii",
    "a student's homework: the derivative of sqrt(x^2 + 1), typed in plain ASCII",
    "typed by a new user (no published source)",
    "", r"""
# square root

f(x) = sqrt(x^2 + 1)

f'(x) = x/sqrt(x^2 + 1)

at x = 0: f'(x) = 0
""", r"f'(x) = x/sqrt(x^2 + 1)", r"f'(x) = 1/(2*sqrt(x^2 + 1))",
    "the inner derivative 2x of the chain rule dropped")

add("user38-square-loss-unicode",
    "a student's homework: a square loss in one weight and one gradient step, typed on a phone",
    "typed by a new user (no published source)",
    "", r"""
# one gradient step

L(w) = (w·x − y)²

∂L/∂w = 2x·(w·x − y)

let x = 1, y = 2, w = 0.5

∂L/∂w = −3

w − 0.1·∂L/∂w = 0.8
""", r"∂L/∂w = −3", r"∂L/∂w = −1.5",
    "the factor 2 of the square dropped in the number")
