# User40's pairs (issue 12, branch user40): a teacher checking a student's homework with several
# parts ("Problem 1", "**(a)**", "(b)", "Part 2", "Solution:"), restated givens ("Given: w = 0.5,
# x = 2, y = 1"), a numeric forward pass then a backward pass with numbers rounded to 4 digits
# (≈), a boxed final answer (\boxed{…}), "Answer: …", "by the chain rule" in words, and weights
# with two indices (w_{12}, w_12). None from a stored copy. Each broken file has one planted
# error of a kind students make. The numbers were checked by hand and in Python. Read by
# make_transcribed.py last.

add("user40-parts-givens-backprop",
    "a student's homework: one sigmoid neuron's forward and backward pass by hand, the givens stated before part (a), the backward pass in part (b)",
    "typed by a new user (no published source)",
    "", r"""
# Homework 3, Problem 1

Given: $w = 0.5$, $b = 0.1$, $x = 2$, $y = 1$, a sigmoid neuron $a = \sigma(w x + b)$ and the loss $L = \frac{1}{2}(a - y)^2$.

**(a)** Forward pass.

$$z = w x + b = 1.1$$

$$a = \sigma(1.1) \approx 0.7503$$

$$L = \frac{1}{2}(0.7503 - 1)^2 \approx 0.0312$$

**(b)** Backward pass. By the chain rule,

$$\frac{\partial L}{\partial w} = (a - y)\, a (1 - a)\, x$$

$$\frac{\partial L}{\partial w} \approx (0.7503 - 1)(0.7503)(1 - 0.7503)(2) \approx -0.0936$$

Answer: $\boxed{\frac{\partial L}{\partial w} \approx -0.0936}$
""", r"(1 - 0.7503)(2) \approx -0.0936", r"(1 - 0.7503) \approx -0.0468",
    "the input x = 2 dropped from the backward pass's numbers")

add("user40-boxed-softplus-chain-words",
    "a student's homework: the derivative of log(1 + e^{2x}) by the chain rule in words, the answer boxed",
    "typed by a new user (no published source)",
    "", r"""
**Problem 2.** Differentiate $f(x) = \ln(1 + e^{2x})$.

Solution: let $u = 1 + e^{2x}$, so that $f = \ln u$ and $\frac{du}{dx} = 2 e^{2x}$. By the chain rule,

$$f'(x) = \frac{1}{1 + e^{2x}} \cdot 2 e^{2x}$$

$$f'(x) = \frac{2 e^{2x}}{1 + e^{2x}} = 2\sigma(2x)$$

$$f'(0) = 1$$

Answer: $\boxed{f'(x) = 2\sigma(2x)}$
""", r"= 2\sigma(2x)$$", r"= \sigma(2x)$$",
    "the factor 2 of the inner derivative lost when writing the result with σ")

add("user40-indexed-weights-latex",
    "a student's homework: a 2x2 linear layer by hand, weights with two indices w_{11} … w_{22}",
    "typed by a new user (no published source)",
    "", r"""
# Problem 3: a linear layer

Let $x_1 = 1$, $x_2 = 2$, $w_{11} = 0.5$, $w_{12} = -0.3$, $w_{21} = 0.2$, $w_{22} = 0.4$.

$$h_1 = w_{11} x_1 + w_{12} x_2$$

$$h_2 = w_{21} x_1 + w_{22} x_2$$

$$h_1 = 0.5 \cdot 1 + (-0.3) \cdot 2 = -0.1$$

$$h_2 = 0.2 \cdot 1 + 0.4 \cdot 2 = 1.0$$

$$\frac{\partial h_1}{\partial w_{12}} = x_2 = 2$$

$$\frac{\partial h_2}{\partial w_{21}} = x_1 = 1$$
""", r"\frac{\partial h_1}{\partial w_{12}} = x_2 = 2", r"\frac{\partial h_1}{\partial w_{12}} = x_1 = 1",
    "the input of the wrong unit: x_1 for the weight w_{12} that multiplies x_2")

add("user40-indexed-weights-plain",
    "a student's homework: the same linear unit typed in plain text, weights w_11, w_12, a 'Given:' line and an 'Answer:' line",
    "typed by a new user (no published source)",
    "", r"""
Problem 3
Given: x1 = 1, x2 = 2, w_11 = 0.5, w_12 = -0.3
h1 = w_11*x1 + w_12*x2
h1 = 0.5*1 + (-0.3)*2 = -0.1
dh1/dw_12 = x2 = 2
Answer: h1 = -0.1
""", r"h1 = 0.5*1 + (-0.3)*2 = -0.1", r"h1 = 0.5*1 + (-0.3)*2 = 1.1",
    "the sign of -0.3 lost in the product")

add("user40-parts-plain-solution",
    "a student's homework in plain text: the squared error of a linear unit, 'Problem 1 (a)', 'Given:', 'Solution:', part (b) on its own line, the chain rule in words",
    "typed by a new user (no published source)",
    "", r"""
Problem 1 (a)
Given: w = 0.8, x = 1.5, y = 2
Solution:
y_hat = w*x = 1.2
L = (y_hat - y)^2 = 0.64

(b)
by the chain rule dL/dw = 2(y_hat - y)*x
dL/dw = 2*(1.2 - 2)*1.5 = -2.4
Answer: dL/dw = -2.4
""", r"dL/dw = 2*(1.2 - 2)*1.5 = -2.4", r"dL/dw = 2*(1.2 - 2) = -1.6",
    "the factor x = 1.5 of the chain rule dropped from the numbers")
