# User45's pairs (issue 12, branch user45): a student's homework typed as students type it: a
# LaTeX homework in Markdown with display math, \begin{align} and \begin{align*}, \left( \right),
# \nonumber and \, spacing; and plain-text answers pasted from a chat or typed on a phone, with
# points written "z1=1 z2=0:" (tight pairs apart by a space, no comma), "with y=1, z=0 -> …" (an
# ASCII arrow after a point), "ok so for q3 i got this", dL/dp * dp/dz. None from a stored copy.
# Each broken file has one planted error of a kind students make (a sign, a dropped chain
# factor, a wrong input in a product, an arithmetic slip in a numeric example). Every number
# was checked in Python. Read by make_transcribed.py last.

add("user45-softmax-two-classes-chat",
    "a student's answer pasted from a chat: the two-class softmax's derivatives, the point typed as z1=1 z2=0 (no comma), a rounded value",
    "typed by a new user (no published source)",
    "", r"""
q4 softmax w 2 classes
s1 = e^z1/(e^z1+e^z2)
ds1/dz1 = s1(1-s1)
z1=1 z2=0: s1 = e/(e+1) ≈ 0.731
so ds1/dz1 ≈ 0.197
""", r"so ds1/dz1 ≈ 0.197", r"so ds1/dz1 ≈ 0.169",
    "an arithmetic slip in the numeric example: 0.731·0.269 written 0.169")

add("user45-bce-sigmoid-arrow-chat",
    "a student's answer pasted from a chat: binary cross-entropy through a sigmoid, dL/dz = p - y by the chain rule, values at points written with -> after them",
    "typed by a new user (no published source)",
    "", r"""
ok so for q3 i got this
L = -(y log p + (1-y) log(1-p)), p = sigmoid(z)
dL/dp = -y/p + (1-y)/(1-p)
dp/dz = p(1-p)
dL/dz = dL/dp * dp/dz = p - y
with y=1, z=0 -> p = 0.5, dL/dz = -0.5
and for z = 2: p = 0.8808 so dL/dz = -0.1192
""", r"dL/dz = dL/dp * dp/dz = p - y", r"dL/dz = dL/dp * dp/dz = y - p",
    "a sign error: the chain rule's product written y - p")

add("user45-sigmoid-derivative-align",
    "a student's LaTeX homework: the sigmoid's derivative in display math and align environments (numbered, then starred), then the squared loss gradient through it, a numeric example",
    "typed by a new user (no published source)",
    "", r"""
# Homework 3 — backprop for a tiny network

**Problem 1.** Let $\sigma(z) = \frac{1}{1+e^{-z}}$. Show that $\sigma'(z) = \sigma(z)(1-\sigma(z))$.

$$
\sigma'(z) = \frac{d}{dz}\left(1+e^{-z}\right)^{-1} = -\left(1+e^{-z}\right)^{-2}\cdot(-e^{-z}) = \frac{e^{-z}}{(1+e^{-z})^2}
$$

Then

\begin{align}
\frac{e^{-z}}{(1+e^{-z})^2} &= \frac{1}{1+e^{-z}} \cdot \frac{e^{-z}}{1+e^{-z}} \\
&= \sigma(z)\left(1 - \frac{1}{1+e^{-z}}\right) \\
&= \sigma(z)(1-\sigma(z))
\end{align}

**Problem 2.** For the loss $L = \frac{1}{2}(\hat y - y)^2$ with $\hat y = \sigma(wx+b)$:

\begin{align*}
\frac{\partial L}{\partial w} &= (\hat y - y)\frac{\partial \hat y}{\partial w} \\
&= (\hat y - y)\,\sigma(wx+b)(1-\sigma(wx+b))\, x
\end{align*}

**Problem 3.** Numeric example: $w = 0.5$, $b = -1$, $x = 2$, $y = 1$. Then $wx + b = 0$, so $\hat y = \sigma(0) = 0.5$ and

$$\frac{\partial L}{\partial w} = (0.5 - 1)\cdot 0.5 \cdot 0.5 \cdot 2 = -0.25$$
""", r"&= (\hat y - y)\,\sigma(wx+b)(1-\sigma(wx+b))\, x", r"&= (\hat y - y)\,\sigma(wx+b)(1-\sigma(wx+b))",
    "a dropped chain factor: the inner derivative x of wx + b left out")

add("user45-gradient-step-latex",
    "a student's LaTeX homework: one gradient-descent step on (w - 3)^2 in display-math chains, then the gradient of a two-example squared loss through a sigmoid with numbers",
    "typed by a new user (no published source)",
    "", r"""
## Q2 (gradient descent, one step)

$f(w) = (w - 3)^2$, $\eta = 0.1$, $w_0 = 1$.

$$f'(w) = 2(w-3)$$

$$w_1 = w_0 - \eta f'(w_0) = 1 - 0.1 \cdot 2(1 - 3) = 1 + 0.4 = 1.4$$

$$f(w_1) = (1.4 - 3)^2 = 2.56$$

## Q3 (logistic unit, two examples)

$$J(w) = \frac{1}{2}\left[(\sigma(w x_1) - y_1)^2 + (\sigma(w x_2) - y_2)^2\right]$$

$$\frac{dJ}{dw} = \sum_{n=1}^{2} (\sigma(w x_n) - y_n)\,\sigma(w x_n)(1-\sigma(w x_n))\,x_n$$

With $w = 0$, $x_1 = 1$, $y_1 = 1$, $x_2 = -1$, $y_2 = 0$: $\sigma(0) = \tfrac12$, so

$$\frac{dJ}{dw} = (0.5 - 1)(0.25)(1) + (0.5 - 0)(0.25)(-1) = -0.125 - 0.125 = -0.25$$
""", r"= 1 + 0.4 = 1.4$$", r"= 1 - 0.4 = 0.6$$",
    "a sign error in the step: -0.1·2·(-2) taken as -0.4")

add("user45-chain-rule-powers-plain",
    "a student's plain-text homework: three chain-rule derivatives (sin(x^2), ln(1 + e^(2x)), (3x+1)^4), one value at a point",
    "typed by a new user (no published source)",
    "", r"""
hw5 q2: f(x) = sin(x^2)
f'(x) = cos(x^2) * 2x
g(x) = ln(1 + e^(2x))
g'(x) = 2e^(2x)/(1+e^(2x))
h(x) = (3x+1)^4
h'(x) = 12(3x+1)^3
at x=0: h'(0) = 12
""", r"h'(x) = 12(3x+1)^3", r"h'(x) = 4(3x+1)^3",
    "a dropped chain factor: the inner derivative 3 of 3x+1 left out")

add("user45-linear-two-inputs-phone",
    "a student's answer typed on a phone: a linear unit with two inputs, the squared error's gradients, the point typed as x1=1 x2=2 w1=0.5 w2=-1 b=0 t=1",
    "typed by a new user (no published source)",
    "", r"""
y = w1*x1 + w2*x2 + b
L = (y - t)^2
dL/dw1 = 2(y - t)*x1
dL/dw2 = 2(y - t)*x2
x1=1 x2=2 w1=0.5 w2=-1 b=0 t=1
y = 0.5 - 2 = -1.5
L = 6.25
dL/dw1 = 2(-1.5 - 1)*1 = -5
dL/dw2 = -10
""", r"dL/dw1 = 2(y - t)*x1", r"dL/dw1 = 2(y - t)*x2",
    "the wrong input in the product: x2 taken for dy/dw1 = x1")
