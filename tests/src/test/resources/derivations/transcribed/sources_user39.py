# User39's pairs (issue 12, branch user39): homework pasted from a phone or a chat as new users
# type it: numbered steps ("1)", "Step 2:"), bullets, arrows and words between steps (=>, ⇒, →,
# "so", "therefore"), trailing comments ("# chain rule"), a step spread over two lines, LaTeX
# without dollar signs, aligned displays with &=, \dfrac, \frac12, \left( \right), implicit
# products. None from a stored copy. Each broken file has one planted error of a kind students
# make. The numbers were checked by hand and in Python. Read by make_transcribed.py last.

add("user39-two-line-step-plain",
    "a student's homework: a polynomial's derivative with a step spread over two lines, pasted from a chat",
    "typed by a new user (no published source)",
    "", r"""
# derivative of a cubic

f(x) = x^3 + 2x^2 - 5x

f'(x) = 3x^2 + 4x
  - 5

f'(1) = 2

f'(2) = 15
""", r"f'(2) = 15", r"f'(2) = 11",
    "4x taken as 4 in the value at x = 2")

add("user39-sigmoid-arrows-phone",
    "a student's homework: the sigmoid's derivative with arrows between the steps, typed on a phone",
    "typed by a new user (no published source)",
    "", r"""
# sigmoid derivative

σ(z) = 1/(1 + e^(−z))

⇒ σ′(z) = e^(−z)/(1 + e^(−z))²

=> σ′(z) = σ(z)(1 − σ(z))

so σ′(0) = 1/4

therefore σ′(2) = σ(2)(1 − σ(2))
""", r"so σ′(0) = 1/4", r"so σ′(0) = 1/2",
    "the value at 0 taken as σ(0) instead of σ(0)(1 − σ(0))")

add("user39-aligned-product-rule",
    "a student's homework: the product rule in an aligned display with &=, \\dfrac and \\left( \\right)",
    "typed by a new user (no published source)",
    "", r"""
# product rule in an aligned block

Let $f(x) = x^2 e^{-x}$.

$$
\begin{aligned}
f'(x) &= \dfrac{d}{dx}\left( x^2 \right) e^{-x} + x^2 \dfrac{d}{dx}\left( e^{-x} \right) \\
&= 2x e^{-x} - x^2 e^{-x} \\
&= x e^{-x} \left( 2 - x \right)
\end{aligned}
$$

At $x = 2$: $$f'(2) = 0$$

$$f(2) = \frac{4}{e^2}$$
""", r"&= x e^{-x} \left( 2 - x \right)", r"&= x e^{-x} \left( 1 - x \right)",
    "the factor 2 - x taken as 1 - x when factoring")

add("user39-mse-numbered-comments",
    "a student's homework: the MSE gradient of a linear unit with numbered steps and trailing comments",
    "typed by a new user (no published source)",
    "", r"""
# MSE gradient

1) ŷ = w x + b
2) L = ½(ŷ − y)²
3) ∂L/∂ŷ = ŷ − y   # power rule
4) ∂L/∂w = (ŷ − y) x   # chain rule
5) ∂L/∂b = ŷ − y   # chain rule again
6) with w = 2, b = 1, x = 3, y = 4: ∂L/∂w = 9
""", r"6) with w = 2, b = 1, x = 3, y = 4: ∂L/∂w = 9", r"6) with w = 2, b = 1, x = 3, y = 4: ∂L/∂w = 3",
    "the input x = 3 left out of the gradient's value")

add("user39-tanh-steps-chat",
    "a student's homework: the derivative of tanh through exponentials with 'Step n:' labels, pasted from a chat",
    "typed by a new user (no published source)",
    "", r"""
# tanh

Step 1: tanh(x) = (e^x − e^(−x))/(e^x + e^(−x))
Step 2: d/dx tanh(x) = 1 − tanh(x)²   (quotient rule)
Step 3: tanh(x) = 2σ(2x) − 1
Step 4: d/dx tanh(x) = 4σ(2x)(1 − σ(2x))
Step 5: at x = 0: d/dx tanh(x) = 1
""", r"Step 4: d/dx tanh(x) = 4σ(2x)(1 − σ(2x))", r"Step 4: d/dx tanh(x) = 2σ(2x)(1 − σ(2x))",
    "the inner derivative 2 of σ(2x) counted once instead of twice")

add("user39-logistic-latex-bare",
    "a student's homework: the logistic loss's gradient in LaTeX pasted without dollar signs",
    "typed by a new user (no published source)",
    "", r"""
# logistic regression gradient

L(w) = -\log \sigma(w x)

\frac{dL}{dw} = -(1 - \sigma(w x)) x

at w = 0, x = 2: \frac{dL}{dw} = -1
""", r"\frac{dL}{dw} = -(1 - \sigma(w x)) x", r"\frac{dL}{dw} = -(1 - \sigma(w x))",
    "the inner derivative x of σ(wx) dropped")
