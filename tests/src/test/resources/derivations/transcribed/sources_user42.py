# User42's pairs (issue 12, branch user42): how students type a derivation they want checked, in
# the forms the round's brief lists: primes written as ^{\prime} in LaTeX, a chat tutor's answer
# with **bold** step headings and ```math fences, "\implies" between a derivative and its
# restatement, plain text with "Step n:" and Unicode (₁, ², ·, −, ≈, ×), (a)/(b)/(c) parts with
# \operatorname{sigmoid}, a Unicode ∂ inside $…$ and "\therefore", and a Jupyter cell copied with
# its In/Out prompts and a table of values. None from a stored copy. Each broken file has one
# planted error of a kind students make. The numbers were checked in Python. Read by
# make_transcribed.py last.

add("user42-prime-commands-latex",
    "a student's exercise in Markdown with LaTeX: the first and second derivative of sqrt(x^2 + 1), primes typed as ^{\\prime}",
    "typed by a new user (no published source)",
    "", r"""
**Exercise 3.** Let $f(x) = \sqrt{x^2 + 1}$.

$$f^{\prime}(x) = \frac{x}{\sqrt{x^2 + 1}}$$

$$f^{\prime\prime}(x) = \frac{1}{(x^2 + 1)^{3/2}}$$

So $f^{\prime}(0) = 0$ and $f^{\prime\prime}(0) = 1$.
""", r"f^{\prime\prime}(x) = \frac{1}", r"f^{\prime\prime}(x) = \frac{x}",
    "the quotient rule's x' = 1 kept as x in the numerator")

add("user42-chat-tutor-math-fences",
    "a derivation pasted from a chat tutor: **bold** step headings, the formulas in ```math fences, the logistic loss's gradient",
    "typed by a new user (no published source)",
    "", r"""
**Step 1: Define the function**

We have the logistic loss

```math
L(w) = \log\left(1 + e^{-y w x}\right)
```

**Step 2: Differentiate**

Using the chain rule:

```math
\frac{dL}{dw} = \frac{-y x \, e^{-y w x}}{1 + e^{-y w x}}
```

**Step 3: Simplify**

```math
\frac{dL}{dw} = -y x \, \sigma(-y w x)
```

So the gradient is $-y x \, \sigma(-y w x)$.
""", r"\frac{dL}{dw} = -y x \, \sigma(-y w x)", r"\frac{dL}{dw} = -y x \, \sigma(y w x)",
    "the sign inside the sigmoid lost: e^{-t}/(1 + e^{-t}) is sigma(-t), not sigma(t)")

add("user42-implies-restatement-latex",
    "a student's homework in Markdown with LaTeX: the product rule, then \\implies before the factored form, a stationary point and the second derivative",
    "typed by a new user (no published source)",
    "", r"""
Let $f(x) = x^3 e^{-x}$.

By the product rule,
$$f'(x) = 3x^2 e^{-x} - x^3 e^{-x} \implies f'(x) = x^2 e^{-x}(3 - x)$$

Hence $f'(3) = 0$, so $x = 3$ is a stationary point.

$$f''(x) = x e^{-x}(x^2 - 6x + 6)$$
""", r"\implies f'(x) = x^2 e^{-x}(3 - x)$$", r"\implies f'(x) = x^2 e^{-x}(3 + x)$$",
    "a sign lost when x^2 e^{-x} is factored out")

add("user42-unicode-steps-plain",
    "a student's homework in plain text with 'Step n:' labels and Unicode (w₁, x₁, a², ·, −, ≈, ×): a tanh unit's gradient and its value at a point",
    "typed by a new user (no published source)",
    "", r"""
Step 1: z = w₁x₁ + w₂x₂ + b
Step 2: ∂z/∂w₁ = x₁
Step 3: a = tanh(z), so ∂a/∂z = 1 − a²
Step 4: ∂a/∂w₁ = (1 − a²)·x₁
Step 5: at x₁ = 1, x₂ = 2, w₁ = 0.5, w₂ = −0.25, b = 0: z = 0, ∂a/∂w₁ = 1
Step 6: tanh(0.5) ≈ 0.4621
Step 7: 2 × 3 − 4 = 2
""", r"Step 4: ∂a/∂w₁ = (1 − a²)·x₁", r"Step 4: ∂a/∂w₁ = (1 − a)·x₁",
    "tanh' written 1 - a instead of 1 - a^2")

add("user42-therefore-operatorname-latex",
    "a student's homework in Markdown with LaTeX: parts (a)-(c), \\operatorname{sigmoid}, \\mathrm{d}, a Unicode ∂ inside a display and \\therefore before the answer",
    "typed by a new user (no published source)",
    "", r"""
Let $L = -\log \operatorname{sigmoid}(w x)$.

(a) $$\frac{\mathrm{d}L}{\mathrm{d}w} = -\left(1 - \operatorname{sigmoid}(w x)\right) x$$

(b) Since $u = \exp(-w x)$, $$L = \log(1 + u)$$

(c) $$\frac{∂L}{∂w} = -x \cdot \frac{e^{-w x}}{1 + e^{-w x}}$$

\therefore $$\frac{∂L}{∂w} = -x\,(1 - \sigma(w x))$$
""", r"\therefore $$\frac{∂L}{∂w} = -x\,(1 - \sigma(w x))$$", r"\therefore $$\frac{∂L}{∂w} = -x\,\sigma(w x)$$",
    "sigma(wx) written for 1 - sigma(wx) = sigma(-wx)")

add("user42-jupyter-cell-softplus",
    "a Jupyter cell copied with its In/Out prompts and a code block: the softplus's derivative and a table of values",
    "typed by a new user (no published source)",
    "", r"""
In [3]:
```python
import numpy as np
def softplus(x): return np.log1p(np.exp(x))
```

Out[3]: for the softplus $s(x) = \ln(1 + e^{x})$:

$$s'(x) = \frac{e^{x}}{1 + e^{x}} = \sigma(x)$$

$$s'(0) = 0.5$$

| $x$ | $s(x)$ | $s'(x)$ |
|---|---|---|
| 0 | 0.6931 | 0.5 |
| 1 | 1.3133 | 0.7311 |
| -1 | 0.3133 | 0.2689 |
""", r"$$s'(x) = \frac{e^{x}}{1 + e^{x}}", r"$$s'(x) = \frac{1}{1 + e^{x}}",
    "the numerator e^x of the chain rule dropped")
