# User44's pairs (issue 12, branch user44): a student's homework typed in plain text the way
# people type in a chat or an email: "=>" and "so" between steps, "1)" and "Answer:", dL/dw and
# ∂L/∂w, sigma'(z) and σ(z)(1-σ(z)), x**2 and x^2, exp(-x) and e^-x without brackets, "·", "*",
# "×", implicit products 2x, w₁x₁, x², ½, tanh². None from a stored copy. Each broken file has one
# planted error of a kind students make. The numbers were checked in Python.
# Read by make_transcribed.py last.

add("user44-sigmoid-arrows-plain",
    "a student's plain-text homework: the sigmoid's derivative by => steps, its value at 0, an Answer: line",
    "typed by a new user (no published source)",
    "", r"""
sigma(z) = 1/(1+e^-z)
=> sigma'(z) = e^-z/(1+e^-z)^2
=> sigma'(z) = σ(z)(1-σ(z))
so sigma'(0) = 1/4
Answer: σ'(z) = σ(z)(1 - σ(z))
""", r"= σ(z)(1-σ(z))", r"= σ(z)(1+σ(z))",
    "the sigmoid's derivative written sigma(1 + sigma)")

add("user44-numbered-chain-rule-plain",
    "a student's plain-text homework: numbered steps 1) to 4) of the chain rule for a squared error, numbers at the end",
    "typed by a new user (no published source)",
    "", r"""
Homework 2, one example, squared error.
y = w*x + b
L = (y - t)^2
1) dL/dy = 2(y - t)
2) dy/dw = x
3) so dL/dw = dL/dy * dy/dw = 2(y - t)*x
4) with w = 0.5, b = 0, x = 2, t = 3: dL/dw = 2(1 - 3)*2 = -8
Answer: dL/dw = -8
""", r"= 2(y - t)*x", r"= 2(y - t)",
    "a dropped chain factor: dy/dw = x left out of the product")

add("user44-tanh-unicode-plain",
    "a student's plain-text homework with Unicode: ∂f/∂w of tanh(w·x) with tanh², then d/dx tanh",
    "typed by a new user (no published source)",
    "", r"""
f(w) = tanh(w·x)
∂f/∂w = (1 - tanh²(w·x))·x
d/dx tanh(x) = 1 - tanh(x)^2
""", r"d/dx tanh(x) = 1 - tanh(x)^2", r"d/dx tanh(x) = 1 + tanh(x)^2",
    "the derivative of tanh written 1 + tanh^2")

add("user44-exp-without-brackets-plain",
    "a student's plain-text homework: e^-x without brackets, x**2 * exp(-x), the product rule, a rounded answer",
    "typed by a new user (no published source)",
    "", r"""
g(x) = e^-x
g'(x) = -e^-x
h(x) = x**2 * exp(-x)
h'(x) = 2x*exp(-x) - x**2*exp(-x)
Answer: h'(1) = 1/e ≈ 0.368
""", r"g'(x) = -e^-x", r"g'(x) = e^-x",
    "the inner derivative -1 of e^-x left out: (e^-x)' = e^-x")

add("user44-two-inputs-unicode-plain",
    "a student's plain-text homework with subscripts w₁x₁, ½ and ² typed in Unicode: one sigmoid unit's gradients",
    "typed by a new user (no published source)",
    "", r"""
z = w₁x₁ + w₂x₂ + b
ŷ = σ(z)
L = ½(ŷ - y)²
∂L/∂w₁ = (ŷ - y)·σ(z)(1 - σ(z))·x₁
∂L/∂b = (ŷ - y) × σ(z)(1 - σ(z))
""", r"∂L/∂w₁ = (ŷ - y)·σ(z)(1 - σ(z))·x₁", r"∂L/∂w₁ = (ŷ - y)·σ(z)(1 - σ(z))",
    "a dropped chain factor: dz/dw₁ = x₁ left out")

add("user44-gradient-step-plain-unicode",
    "a student's plain-text homework: the gradient of (w - 3)^2, then one step w ← w - η·dL/dw with the numbers",
    "typed by a new user (no published source)",
    "", r"""
L(w) = (w - 3)^2
dL/dw = 2(w - 3)
With η = 0.1 and w = 1:
w ← w - η·dL/dw = 1 - 0.1·2(1 - 3) = 1.4
""", r"= 1 - 0.1·2(1 - 3) = 1.4", r"= 1 + 0.1·2(1 - 3) = 0.6",
    "a sign error in the gradient step: w + η·dL/dw")
