# The thirty-third round's new-user pairs (issue 12, branch user46): six derivations typed the way a
# teacher writes an exam's worked solution (LaTeX in Markdown, parts "(a)", "**Part 2.**", values
# that change between parts, a forward and a backward pass of a small network) and the way a
# student pastes an answer from a chat (plain ASCII: x^2, sqrt, *, dL/dw, sigma(z), tanh). They were
# written for this round, not transcribed from a published text, and say so. Each broken file has
# one slip of the kind students make: a value from the previous part, a dropped factor, a wrong
# chain-rule factor, a sign, an arithmetic slip. Every number was checked in Python. Read by
# make_transcribed.py after sources_held_out32.py.

add("user46-exam-sigmoid-two-parts",
    "a teacher's worked solution to a midterm problem: a network with one sigmoid hidden unit, forward and backward pass in part (a)/(b), repeated at a second input in Part 2 (written by a new user, user46, as teachers type it)",
    "none: written for gradlab's checker by a new user (the thirty-third round)",
    "", r"""
# Midterm, Problem 2 (solution)

A network with one hidden unit: $z_1 = w_1 x + b_1$, $h = \sigma(z_1)$, $\hat{y} = w_2 h + b_2$ and
$L = \frac{1}{2}(\hat{y} - t)^2$. Use $w_1 = 0.5$, $b_1 = 0$, $w_2 = 2$, $b_2 = -1$ throughout.

**(a)** Forward pass for $x = 1$, $t = 1$.

$z_1 = 0.5 \cdot 1 + 0 = 0.5$, $h = \sigma(0.5) = 0.6225$, and

$$\hat{y} = 2 \cdot 0.6225 - 1 = 0.245$$
$$L = \frac{1}{2}(0.245 - 1)^2 = 0.2850$$

**(b)** Backward pass.

$$\frac{\partial L}{\partial \hat{y}} = \hat{y} - t = -0.755$$
$$\frac{\partial L}{\partial w_2} = (\hat{y} - t)\, h = -0.755 \cdot 0.6225 = -0.4700$$
$$\frac{\partial L}{\partial z_1} = (\hat{y} - t)\, w_2\, \sigma'(z_1) = -0.755 \cdot 2 \cdot 0.6225 \cdot (1 - 0.6225) = -0.3548$$

**Part 2.** Repeat with $x = 2$ and $t = 0$.

$z_1 = 0.5 \cdot 2 = 1$, $h = \sigma(1) = 0.7311$.

$$\hat{y} = 2 \cdot 0.7311 - 1 = 0.4622$$
$$L = \frac{1}{2} \cdot 0.4622^2 = 0.1068$$
$$\frac{\partial L}{\partial w_2} = (\hat{y} - t)\, h = 0.4622 \cdot 0.7311 = 0.3379$$
$$\frac{\partial L}{\partial w_1} = (\hat{y} - t)\, w_2\, h (1 - h)\, x = 0.4622 \cdot 2 \cdot 0.7311 \cdot 0.2689 \cdot 2 = 0.3635$$
""", r"= 0.4622 \cdot 0.7311 = 0.3379$$", r"= 0.4622 \cdot 0.6225 = 0.2877$$",
    "a value from the previous part: h = 0.6225 of part (a) put in at Part 2's input")

add("user46-chat-sigmoid-neuron",
    "a student's answer pasted from a chat: the gradient of a squared error through one sigmoid neuron, in plain ASCII (dL/dw, sigma(z), *), with numbers (written by a new user, user46, as students type it)",
    "none: written for gradlab's checker by a new user (the thirty-third round)",
    "", r"""
Q2. z = w*x + b, a = sigma(z), L = (a - y)^2

dL/dw = dL/da * da/dz * dz/dw
      = 2(a - y) * sigma(z)(1 - sigma(z)) * x

with w = 0.5, x = 2, b = -0.5, y = 1:

z = 0.5*2 - 0.5 = 0.5
a = sigma(0.5) = 0.6225
L = (0.6225 - 1)^2 = 0.1425
dL/dw = 2(0.6225 - 1) * 0.6225 * (1 - 0.6225) * 2 = -0.355
""", r"= 2(a - y) * sigma(z)(1 - sigma(z)) * x", r"= (a - y) * sigma(z)(1 - sigma(z)) * x",
    "a dropped factor: the 2 of the square's derivative left out")

add("user46-chat-sqrt-product-rule",
    "a student's answer typed in a text box: the derivative of x^2 sqrt(x) by the product rule, in plain ASCII, simplified and evaluated at x = 4 (written by a new user, user46, as students type it)",
    "none: written for gradlab's checker by a new user (the thirty-third round)",
    "", r"""
Q1. f(x) = x^2 * sqrt(x)

product rule:
f'(x) = 2x * sqrt(x) + x^2 / (2 sqrt(x))
      = 2.5 x^(3/2)

so f'(4) = 2.5 * 4^(3/2) = 20
""", r"f'(x) = 2x * sqrt(x) + x^2 / (2 sqrt(x))", r"f'(x) = 2x * sqrt(x) + x^2 / sqrt(x)",
    "a dropped factor: the 1/2 of the square root's derivative left out")

add("user46-exam-relu-two-parts",
    "a teacher's worked solution to a quiz question: a ReLU unit and a linear output with a squared loss, the backward pass at one input in part (a) and the dead unit at another in part (b) (written by a new user, user46, as teachers type it)",
    "none: written for gradlab's checker by a new user (the thirty-third round)",
    "", r"""
# Quiz 4, Question 1 (worked solution)

The network is $z = w_1 x + b_1$, $h = \mathrm{ReLU}(z)$, $\hat{y} = w_2 h$ with the loss $L = (\hat{y} - t)^2$, and $w_1 = 2$, $b_1 = -1$, $w_2 = 3$.

(a) Let $x = 1$ and $t = 2$. Then $z = 2 \cdot 1 - 1 = 1 > 0$, so $h = 1$ and $\hat{y} = 3 \cdot 1 = 3$.

$$L = (3 - 2)^2 = 1$$
$$\frac{\partial L}{\partial \hat{y}} = 2(\hat{y} - t) = 2$$
$$\frac{\partial L}{\partial w_2} = 2(\hat{y} - t)\, h = 2 \cdot 1 = 2$$
$$\frac{\partial L}{\partial w_1} = 2(\hat{y} - t) \cdot w_2 \cdot x = 2 \cdot 3 \cdot 1 = 6$$

(b) Now let $x = 0.25$ and $t = 0$. Then $z = 2 \cdot 0.25 - 1 = -0.5$, so the unit is off: $h = 0$ and $\hat{y} = 0$.

$$L = (0 - 0)^2 = 0$$
""", r"= 2(\hat{y} - t) \cdot w_2 \cdot x = 2 \cdot 3 \cdot 1 = 6$$", r"= 2(\hat{y} - t) \cdot w_1 \cdot x = 2 \cdot 2 \cdot 1 = 4$$",
    "a wrong chain-rule factor: w_1 written for w_2 on the path from h to the output")

add("user46-chat-tanh-chain-rule",
    "a student's answer pasted from a chat: dL/dw for y = tanh(w*x) and L = (y - 1)^2 by the chain rule, in plain ASCII, with numbers (written by a new user, user46, as students type it)",
    "none: written for gradlab's checker by a new user (the thirty-third round)",
    "", r"""
question 2: y = tanh(w*x), L = (y - 1)^2, find dL/dw at w = 0.5, x = 2

dL/dw = dL/dy * dy/dw
dL/dy = 2(y - 1)
dy/dw = (1 - tanh(w*x)^2) * x
so dL/dw = 2(y - 1) * (1 - y^2) * x

numbers: y = tanh(0.5*2) = tanh(1) = 0.7616
dL/dw = 2(0.7616 - 1) * (1 - 0.7616^2) * 2 = -0.4005
""", r"dy/dw = (1 - tanh(w*x)^2) * x", r"dy/dw = (1 - tanh(w*x)^2) * w",
    "a wrong chain-rule factor: the inner derivative d(w x)/dw written as w")

add("user46-exam-tanh-update-parts",
    "a teacher's worked solution in parts: the gradient of (tanh(w x) - 1)^2 at w = 0.5, x = 2 in part (a), one gradient-descent step with eta = 0.1 in part (b), and the loss after the step in part (c) (written by a new user, user46, as teachers type it)",
    "none: written for gradlab's checker by a new user (the thirty-third round)",
    "", r"""
# Homework 3, Problem 1 (solution)

Let $y = \tanh(w x)$ and $L = (y - 1)^2$, with $x = 2$.

**(a)** At $w = 0.5$: $y = \tanh(1) = 0.7616$ and

$$\frac{dL}{dw} = 2(y - 1)(1 - y^2)\, x = 2(0.7616 - 1)(1 - 0.7616^2) \cdot 2 = -0.4005$$

**(b)** One step of gradient descent with $\eta = 0.1$:

$$w_{new} = 0.5 - 0.1 \cdot (-0.4005) = 0.54005$$

**(c)** The loss after the step: $w_{new} x = 1.0801$, and

$$L = (\tanh(1.0801) - 1)^2 = (0.7932 - 1)^2 = 0.0428$$
""", r"$$w_{new} = 0.5 - 0.1 \cdot (-0.4005) = 0.54005$$", r"$$w_{new} = 0.5 - 0.1 \cdot (-0.4005) = 0.45995$$",
    "a sign slip: minus a negative step subtracted instead of added")
