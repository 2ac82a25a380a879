# The thirty-fourth round's new-user pairs (issue 12, branch user47): six derivations typed the way
# a student pastes an answer from a chatbot or a phone (Unicode math: ∂L/∂w, σ′(z), ŷ, x², w₁, −,
# ×, ≈, ⇒, bullets) and the way a teacher writes an answer key (a Markdown table of given values,
# questions with values of their own, a numeric gradient-descent step of a 2-layer network). They
# were written for this round, not transcribed from a published text, and say so. Each broken file
# has one slip of the kind students make: a wrong chain-rule factor, a sign, a value from the
# previous question, an arithmetic slip, a dropped factor. Every number was checked in Python.
# Read by make_transcribed.py after sources_held_out33.py.

add("user47-chat-logistic-unicode",
    "a student's answer pasted from a chatbot: the gradient of the cross-entropy of logistic regression, in Unicode (σ′, ŷ, −, ·, ∂L/∂w) (written by a new user, user47, as students type it)",
    "none: written for gradlab's checker by a new user (the thirty-fourth round)",
    "", r"""
Logistic regression, one example.

σ(z) = 1/(1 + e^(−z))

σ′(z) = σ(z)(1 − σ(z))

z = w·x + b, ŷ = σ(z)

L = −(y·log(ŷ) + (1 − y)·log(1 − ŷ))

∂L/∂z = ŷ − y

∂L/∂w = (ŷ − y)·x

∂L/∂b = ŷ − y
""", "∂L/∂w = (ŷ − y)·x", "∂L/∂w = (ŷ − y)·w",
    "a wrong chain-rule factor: ∂z/∂w taken as w instead of x")

add("user47-chat-sigmoid-bullets",
    "a student's homework answer copied from a chatbot: the sigmoid's derivative, then the squared loss through one sigmoid unit in bullets with ⇒, then numbers with ≈ and × (written by a new user, user47, as students paste it)",
    "none: written for gradlab's checker by a new user (the thirty-fourth round)",
    "", r"""
# Homework 3, Q2

**Answer (copied from ChatGPT):**

1. The sigmoid is σ(z) = 1/(1 + e^(−z)).
2. Its derivative: σ′(z) = e^(−z)/(1 + e^(−z))² = σ(z)(1 − σ(z))
3. At z = 0: σ(0) = 1/2, so σ′(0) = 1/4 = 0.25
4. For the squared loss L = ½(ŷ − y)² with ŷ = σ(w·x):
   • ∂L/∂ŷ = ŷ − y
   • ∂ŷ/∂w = σ(w·x)(1 − σ(w·x))·x
   ⇒ ∂L/∂w = (ŷ − y)·σ(w·x)(1 − σ(w·x))·x
5. With w = 0.5, x = 2, y = 1: ŷ = σ(1) ≈ 0.731
   ∂L/∂w ≈ (0.731 − 1) × 0.731 × 0.269 × 2 ≈ −0.106
""", "• ∂L/∂ŷ = ŷ − y", "• ∂L/∂ŷ = y − ŷ",
    "a sign: the derivative of ½(ŷ − y)² by ŷ written as y − ŷ")

add("user47-key-table-two-questions",
    "a teacher's quiz answer key: given values in a Markdown table for question 1, new values in a sentence for question 2, a function and a point for question 3, in Unicode (written by a new user, user47, as teachers type it)",
    "none: written for gradlab's checker by a new user (the thirty-fourth round)",
    "", r"""
# Quiz 4 — answer key

## Question 1

Given values:

| x | y | w | b |
|---|---|---|---|
| 2 | 1 | 0.5 | 0 |

z = w·x + b = 0.5·2 + 0 = 1

ŷ = σ(z) = σ(1) ≈ 0.7311

L = ½(ŷ − y)² ≈ 0.0362

∂L/∂w = (ŷ − y)·ŷ(1 − ŷ)·x ≈ (0.7311 − 1)(0.7311)(0.2689)(2) ≈ −0.1057

## Question 2

Now x = 1, y = 0, w = 2, b = −1.

z = w·x + b = 2·1 − 1 = 1

ŷ = σ(z) ≈ 0.7311

∂L/∂w = (ŷ − y)·ŷ(1 − ŷ)·x ≈ 0.7311 × 0.7311 × 0.2689 × 1 ≈ 0.1437

## Question 3

f(t) = t² e^(−t). For t = 0: f(0) = 0, and f′(t) = 2t e^(−t) − t² e^(−t), so f′(1) = e^(−1) ≈ 0.368.
""", "z = w·x + b = 2·1 − 1 = 1", "z = w·x + b = 2·2 − 1 = 3",
    "a value from the previous question: x = 2 of question 1 put in at question 2")

add("user47-key-two-layer-step",
    "a teacher's answer key: one gradient-descent step of a 2-layer sigmoid network, the values in a Markdown table, forward and backward pass and the update in bullets with ≈, ×, ← (written by a new user, user47, as teachers type it)",
    "none: written for gradlab's checker by a new user (the thirty-fourth round)",
    "", r"""
# Answer key: one gradient-descent step of a 2-layer network

Network: h = σ(w₁x + b₁), ŷ = σ(w₂h + b₂), loss L = ½(ŷ − y)².

| x | y | w₁ | b₁ | w₂ | b₂ | η |
|---|---|----|----|----|----|---|
| 1 | 1 | 0.5 | 0 | −1 | 0.5 | 0.1 |

**Forward pass**

- z₁ = w₁x + b₁ = 0.5
- h = σ(0.5) ≈ 0.6225
- z₂ = w₂h + b₂ = −0.6225 + 0.5 = −0.1225
- ŷ = σ(−0.1225) ≈ 0.4694
- L = ½(0.4694 − 1)² ≈ 0.1408

**Backward pass**

- δ₂ = (ŷ − y)·ŷ(1 − ŷ) ≈ (−0.5306)(0.4694)(0.5306) ≈ −0.1322
- ∂L/∂w₂ = δ₂·h ≈ −0.1322 × 0.6225 ≈ −0.0823
- δ₁ = δ₂·w₂·h(1 − h) ≈ (−0.1322)(−1)(0.6225)(0.3775) ≈ 0.0311
- ∂L/∂w₁ = δ₁·x ≈ 0.0311

**Update**

- w₂ ← w₂ − η·∂L/∂w₂ ≈ −1 − 0.1 × (−0.0823) ≈ −0.9918
- w₁ ← w₁ − η·∂L/∂w₁ ≈ 0.5 − 0.1 × 0.0311 ≈ 0.4969
""", "≈ 0.5 − 0.1 × 0.0311 ≈ 0.4969", "≈ 0.5 − 0.1 × 0.0311 ≈ 0.4869",
    "an arithmetic slip: 0.5 − 0.00311 written as 0.4869")

add("user47-chat-tanh-unicode",
    "a student's notes typed on a phone: tanh′ through tanh², tanh as a rescaled sigmoid, the chain rule through tanh(2x), values with ≈ (written by a new user, user47, as students type it)",
    "none: written for gradlab's checker by a new user (the thirty-fourth round)",
    "", r"""
tanh stuff (from my phone)

tanh′(x) = 1 − tanh²(x)
tanh(x) = 2σ(2x) − 1
→ so tanh′(0) = 1

g(x) = tanh(2x)
g′(x) = 2(1 − tanh²(2x))

tanh(0.5) ≈ 0.4621
tanh′(0.5) = 1 − tanh²(0.5) ≈ 0.7864
g′(0.25) ≈ 2 × 0.7864 ≈ 1.573
""", "g′(x) = 2(1 − tanh²(2x))", "g′(x) = 1 − tanh²(2x)",
    "a dropped factor: the inner derivative 2 of tanh(2x) left out")

add("user47-key-variable-value-table",
    "a teacher's answer key in LaTeX: ridge-regularized squared error of one weight, the values in a Markdown table of names and values, one gradient step (written by a new user, user47, as teachers type it)",
    "none: written for gradlab's checker by a new user (the thirty-fourth round)",
    "", r"""
# Exercise 5: one step of gradient descent with weight decay

The loss of one example is $L(w) = \frac{1}{2}(wx - y)^2 + \frac{\lambda}{2} w^2$.

| variable | value |
|---|---|
| $w$ | 1.5 |
| $x$ | 2 |
| $y$ | 2 |
| $\lambda$ | 0.1 |
| $\eta$ | 0.1 |

$$L = \frac{1}{2}(1.5 \cdot 2 - 2)^2 + \frac{0.1}{2} \cdot 1.5^2 = 0.6125$$

$$\frac{\partial L}{\partial w} = (wx - y)x + \lambda w$$

$$\frac{\partial L}{\partial w} = (3 - 2) \cdot 2 + 0.1 \cdot 1.5 = 2.15$$

$$w - \eta \frac{\partial L}{\partial w} = 1.5 - 0.1 \cdot 2.15 = 1.285$$
""", r"$$\frac{\partial L}{\partial w} = (wx - y)x + \lambda w$$",
    r"$$\frac{\partial L}{\partial w} = (wx - y)x - \lambda w$$",
    "a sign: the weight-decay term's derivative λw subtracted")
