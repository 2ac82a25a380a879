# A nineteenth held-out set, second half (issue 12, branch held19b): twelve short student
# derivations typed the way new users type, never in the notation the reader was built on: four on
# a phone in Unicode (the squared error through a linear layer with two weights, momentum's first
# three steps on w², the BCE-with-logits gradient through softplus, a two-step chain rule through
# two ReLUs), four in plain ASCII (the derivative of a two-class softmax in its temperature, the
# log-sum-exp gradient and second derivative, a leaky-ReLU neuron's gradient, one Newton step of
# one-feature logistic regression), two in Markdown with LaTeX as a hurried student types it (the
# Huber loss with its delta, inverted dropout's mean and variance) and two in the engine syntax of
# the console's :check (tanh through the sigmoid, the sigmoid approximation of GELU at a point).
# Each has one planted error of a kind students make. The numbers were checked in Python. Read by
# make_transcribed.py after sources_held_out19.py.

add("linear-two-weights-mse-phone",
    "A student's notes: the squared error through a linear layer with two weights and a bias, its gradient and one example by hand (Goodfellow, Bengio and Courville, Deep Learning, 5.1.4 Linear Regression), typed on a phone in Unicode inside Markdown, with numbers",
    "written for this corpus in the way new users type their own notes (linear regression as in deeplearningbook.org/contents/ml.html)",
    "", r"""
# linear layer, 2 weights, MSE (phone)

Let ŷ = w₁x₁ + w₂x₂ + b and L = (ŷ − y)².

∂L/∂ŷ = 2(ŷ − y)
∂ŷ/∂w₁ = x₁, ∂ŷ/∂w₂ = x₂
so ∂L/∂w₁ = 2(ŷ − y)·x₁
and ∂L/∂w₂ = 2(ŷ − y)·x₂
∂L/∂b = 2(ŷ − y)

x₁ = 1, x₂ = 2, w₁ = 0.5, w₂ = −0.25, b = 0.1, y = 1
ŷ = 0.5 − 0.5 + 0.1 = 0.1
L = (0.1 − 1)² = 0.81
∂L/∂w₁ = 2·(−0.9)·1 = −1.8
∂L/∂w₂ = 2·(−0.9)·2 = −3.6
hence both weights go up in a gradient step (ŷ too small)
""", r"∂L/∂w₂ = 2·(−0.9)·2 = −3.6", r"∂L/∂w₂ = 2·(−0.9)·2 = −1.8",
    "the input x2 = 2 dropped from the product")

add("momentum-first-steps-phone",
    "A student's notes: the first three steps of gradient descent with (heavy-ball) momentum on f(w) = w² (Goodfellow, Bengio and Courville, Deep Learning, 8.3.2 Momentum, Algorithm 8.2, written v ← βv + g, w ← w − ηv), typed on a phone in Unicode inside Markdown, with numbers",
    "written for this corpus in the way new users type their own notes (momentum as in deeplearningbook.org/contents/optimization.html)",
    "", r"""
# momentum by hand, f(w) = w²

f′(w) = 2w
vₜ = β·vₜ₋₁ + gₜ, wₜ = wₜ₋₁ − η·vₜ
β = 0.9, η = 0.1, w₀ = 1, v₀ = 0

step 1: g₁ = 2·1 = 2, v₁ = 0.9·0 + 2 = 2, w₁ = 1 − 0.1·2 = 0.8
step 2: g₂ = 2·0.8 = 1.6, v₂ = 0.9·2 + 1.6 = 3.4, w₂ = 0.8 − 0.34 = 0.46
step 3: g₃ = 0.92, v₃ = 0.9·3.4 + 0.92 = 3.98, w₃ = 0.46 − 0.398 = 0.062

plain GD would give w₃ = 0.8³ = 0.512, so momentum is ≈ 8× closer to 0 after 3 steps
""", r"v₂ = 0.9·2 + 1.6 = 3.4", r"v₂ = 0.9·2 + 1.6 = 2.6",
    "0.9 times 2 taken as 1.0")

add("bce-with-logits-softplus-phone",
    "A student's notes: binary cross-entropy on a logit written through softplus, and its gradient σ(z) − y (the numerically stable form of PyTorch's BCEWithLogitsLoss; Goodfellow, Bengio and Courville, Deep Learning, 6.2.2.2 Sigmoid Units), typed on a phone in Unicode inside Markdown, with numbers",
    "written for this corpus in the way new users type their own notes (the sigmoid output unit as in deeplearningbook.org/contents/mlp.html)",
    "", r"""
# BCE with logits (phone)

p = σ(z), L = −y·log p − (1 − y)·log(1 − p)
since log σ(z) = −log(1 + eᶻ) + z and log(1 − σ(z)) = −log(1 + eᶻ):
L = log(1 + eᶻ) − y·z
so ∂L/∂z = eᶻ/(1 + eᶻ) − y = σ(z) − y

y = 0, z = 1: L = log(1 + e) ≈ 1.3133, ∂L/∂z = σ(1) ≈ 0.7311
y = 1, z = −2: L = log(1 + e⁻²) + 2 ≈ 2.1269, ∂L/∂z = σ(−2) − 1 ≈ −0.8808
""", r"so ∂L/∂z = eᶻ/(1 + eᶻ) − y = σ(z) − y", r"so ∂L/∂z = eᶻ/(1 + eᶻ) + y = σ(z) + y",
    "sign slip: the derivative of -y z written +y")

add("relu-two-step-chain-phone",
    "A student's notes: the chain rule through two ReLU units in a row with scalar weights (Goodfellow, Bengio and Courville, Deep Learning, 6.3.1 Rectified Linear Units and 6.5.2 Chain Rule), typed on a phone in Unicode inside Markdown, with numbers",
    "written for this corpus in the way new users type their own notes (the chain rule as in deeplearningbook.org/contents/mlp.html)",
    "", r"""
# 2 ReLUs in a row

h = ReLU(w₁x), ŷ = ReLU(w₂h)
ReLU′(u) = 1 if u > 0, 0 if u < 0

∂ŷ/∂w₁ = ReLU′(w₂h)·w₂·ReLU′(w₁x)·x

x = 3, w₁ = 0.5, w₂ = 2
w₁x = 1.5 > 0 ⇒ h = 1.5
w₂h = 3 > 0 ⇒ ŷ = 3
∂ŷ/∂w₁ = 1·2·1·3 = 6
∂ŷ/∂w₂ = ReLU′(w₂h)·h = 1.5

if w₂ = −2 instead: w₂h = −3 < 0 ⇒ ŷ = 0 and ∂ŷ/∂w₁ = 0 (dead unit)
""", r"∂ŷ/∂w₁ = 1·2·1·3 = 6", r"∂ŷ/∂w₁ = 1·2·1·3 = 5",
    "the product 1·2·1·3 computed as 5")

add("softmax-temperature-derivative-ascii",
    "A student's notes: how a two-class softmax with temperature T moves with T, dp1/dT = -p1 p2 (z1 - z2)/T^2 (Hinton, Vinyals and Dean, Distilling the Knowledge in a Neural Network, 2015, section 2, the softmax with temperature), typed in plain ASCII inside Markdown, with numbers",
    "written for this corpus in the way new users type their own notes (the temperature softmax as in arxiv.org/abs/1503.02531)",
    "", r"""
# softmax with temperature - d/dT

p1 = exp(z1/T)/(exp(z1/T) + exp(z2/T)) = sigma((z1 - z2)/T)
p2 = 1 - p1

d/dT (z1 - z2)/T = -(z1 - z2)/T^2
so dp1/dT = sigma'((z1 - z2)/T) * (-(z1 - z2)/T^2) = -p1*p2*(z1 - z2)/T^2

z1 = 2, z2 = 0, T = 2:
p1 = sigma(1) approx 0.7311, p2 approx 0.2689
dp1/dT = -0.7311*0.2689*2/4 approx -0.0983
=> raising T pushes p1 down towards 1/2 (softer targets)
""", r"d/dT (z1 - z2)/T = -(z1 - z2)/T^2", r"d/dT (z1 - z2)/T = -(z1 - z2)/T",
    "wrong exponent: the derivative of 1/T written -1/T")

add("logsumexp-second-derivative-ascii",
    "A student's notes: the gradient of log-sum-exp of two numbers is the softmax and its second derivative is p1 p2, so log-sum-exp is convex (Boyd and Vandenberghe, Convex Optimization, 3.1.5 Examples, log-sum-exp), typed in plain ASCII inside Markdown, with numbers",
    "written for this corpus in the way new users type their own notes (log-sum-exp as in web.stanford.edu/~boyd/cvxbook/)",
    "", r"""
# grad of log-sum-exp (2 inputs)

lse(x1, x2) = log(exp(x1) + exp(x2))

d lse/dx1 = exp(x1)/(exp(x1) + exp(x2)) = p1
d lse/dx2 = p2, so grad lse = softmax(x) and p1 + p2 = 1
d^2 lse/dx1^2 = p1*(1 - p1) = p1*p2 >= 0

x1 = 1, x2 = 2:
lse = log(e + e^2) approx 2.3133
p1 = sigma(1 - 2) approx 0.2689, p2 approx 0.7311
d^2 lse/dx1^2 approx 0.1966
max(x1, x2) = 2 <= lse <= 2 + log(2) approx 2.6931
""", r"d^2 lse/dx1^2 = p1*(1 - p1) = p1*p2 >= 0", r"d^2 lse/dx1^2 = p1*(1 + p1) = p1*p2 >= 0",
    "sign slip: 1 - p1 written 1 + p1")

add("leaky-relu-neuron-gradient-ascii",
    "A student's notes: the gradient of a squared error through one leaky-ReLU neuron in its negative region (Maas, Hannun and Ng, Rectifier Nonlinearities Improve Neural Network Acoustic Models, 2013, eq. (3), with a = 0.01), typed in plain ASCII inside Markdown, with numbers",
    "written for this corpus in the way new users type their own notes (the leaky ReLU as in ai.stanford.edu/~amaas/papers/relu_hybrid_icml2013_final.pdf)",
    "", r"""
# leaky relu neuron, grad

f(z) = z if z > 0, f(z) = 0.01*z if z <= 0
f'(z) = 1 if z > 0, 0.01 if z < 0

z = w*x + b, L = (f(z) - y)^2/2
dL/dw = (f(z) - y) * f'(z) * x

w = 2, x = -1, b = 0.5, y = 0:
z = -2 + 0.5 = -1.5 (negative, so slope 0.01)
f(z) = -0.015
dL/dw = (-0.015 - 0) * 0.01 * (-1) = 0.00015
so the gradient is tiny but not 0 (plain relu would give exactly 0)
""", r"f(z) = -0.015", r"f(z) = -0.15",
    "wrong value: 0.01 times -1.5 taken as -0.15")

add("logistic-newton-step-ascii",
    "A student's notes: one Newton step for logistic regression with one feature and one example, with the gradient (p - y) x and the second derivative p (1 - p) x^2 (Murphy, Probabilistic Machine Learning: An Introduction, 10.2.6 Second-order methods / IRLS), typed in plain ASCII inside Markdown, with numbers",
    "written for this corpus in the way new users type their own notes (Newton's method for logistic regression as in probml.github.io/pml-book/)",
    "", r"""
# newton step, logistic regression, 1 feature

L(w) = -(y*log(p) + (1-y)*log(1-p)), p = sigma(w*x)
dL/dw = (p - y)*x
d2L/dw2 = p*(1-p)*x^2   (since sigma' = sigma*(1 - sigma))
newton: w_new = w - (dL/dw)/(d2L/dw2)

x = 1, y = 1, w = 0:
p = sigma(0) = 0.5
dL/dw = (0.5 - 1)*1 = -0.5
d2L/dw2 = 0.5*0.5*1 = 0.25
w_new = 0 - (-0.5)/0.25 = 2
then p = sigma(2) approx 0.8808
""", r"d2L/dw2 = p*(1-p)*x^2   (since", r"d2L/dw2 = p*(1-p)*x   (since",
    "wrong exponent: x^2 of the second derivative written x")

add("huber-delta-derivative-latex",
    "A student's notes: the Huber loss with threshold delta, its derivative (the residual clipped to [-delta, delta]) and values at two residuals (Huber, Robust Estimation of a Location Parameter, 1964; Hastie, Tibshirani and Friedman, The Elements of Statistical Learning, 10.6), typed in Markdown with LaTeX as a hurried student types it (frac without braces, cdot, left/right, aligned, text)",
    "written for this corpus in the way new users type their own notes (the Huber loss as in hastie.su.domains/ElemStatLearn/)",
    "", r"""
# Huber loss (HW 5 q1)

For a residual $r$ and $\delta > 0$:
$$L_\delta(r) = \begin{cases} \frac12 r^2 & \text{if } |r| \le \delta \\ \delta\left(|r| - \frac12 \delta\right) & \text{otherwise} \end{cases}$$

Derivative, for $r > \delta$:
$$
\begin{aligned}
\frac{d}{dr} \delta\left(r - \frac12 \delta\right) &= \delta
\end{aligned}
$$
and for $|r| \le \delta$ it is $\frac{d}{dr} \frac12 r^2 = r$, so $L_\delta'(r) = \max(-\delta, \min(r, \delta))$.

With $\delta = 1$:
$$
\begin{aligned}
L_1(0.5) &= \frac12 \cdot 0.5^2 = 0.125 \\
L_1(3) &= 1 \cdot \left(3 - \frac12\right) = 2.5 \\
L_1'(3) &= 1 \text{ and } L_1'(0.5) = 0.5
\end{aligned}
$$
so the gradient is bounded by $\delta$, unlike MSE where $\frac{d}{dr} \frac12 r^2 = 3$ at $r = 3$.
""", r"L_1(3) &= 1 \cdot \left(3 - \frac12\right) = 2.5 \\", r"L_1(3) &= 1 \cdot \left(3 - \frac12\right) = 3.5 \\",
    "wrong value: 3 - 1/2 taken as 3.5")

add("inverted-dropout-variance-latex",
    "A student's notes: inverted dropout keeps the mean of a unit and multiplies its second moment by 1/p (Srivastava et al., Dropout: A Simple Way to Prevent Neural Networks from Overfitting, JMLR 2014, section 10, with the inverted scaling of the CS231n notes), typed in Markdown with LaTeX as a hurried student types it (frac without braces, cdot, left/right, aligned, text)",
    "written for this corpus in the way new users type their own notes (dropout as in jmlr.org/papers/v15/srivastava14a.html)",
    "", r"""
# Inverted dropout: mean and variance

Let $m \sim \text{Bernoulli}(p)$ and $\tilde{x} = \frac{m}{p} x$ for a fixed input $x$.

$$
\begin{aligned}
E\left[\tilde{x}\right] &= \frac{x}{p} \cdot E[m] \\
&= \frac{x}{p} \cdot p = x
\end{aligned}
$$
so the mean is kept. Since $m^2 = m$,
$$
\begin{aligned}
E\left[\tilde{x}^2\right] &= \frac{x^2}{p^2} \cdot p = \frac{x^2}{p} \\
\text{Var}\left[\tilde{x}\right] &= \frac{x^2}{p} - x^2 = x^2 \cdot \frac{1 - p}{p}
\end{aligned}
$$
With $p = 0.8$ and $x = 2$: $\text{Var}\left[\tilde{x}\right] = 4 \cdot \frac{0.2}{0.8} = 1$, and the standard deviation is $1$.
""", r"&= \frac{x^2}{p^2} \cdot p = \frac{x^2}{p} \\", r"&= \frac{x^2}{p} \cdot p = \frac{x^2}{p} \\",
    "the scale 1/p not squared in the second moment")

add("tanh-through-sigmoid-engine-syntax",
    "A student's notes: tanh as a rescaled sigmoid, tanh(x) = 2 sigma(2x) - 1, and its derivative through the sigmoid's (Goodfellow, Bengio and Courville, Deep Learning, 6.3.2 Logistic Sigmoid and Hyperbolic Tangent), typed in the engine syntax of the console's :check (let, diff, at, chains)",
    "written for this corpus in the way new users type their own notes (the identity as in deeplearningbook.org/contents/mlp.html)",
    "", r"""
let g(x) = 2*sigma(2*x) - 1
g(x) = tanh(x)
diff(g(x), x) = 4*sigma(2*x)*(1 - sigma(2*x))
4*sigma(2*x)*(1 - sigma(2*x)) = 1 - tanh(x)^2
at x = 0
diff(g(x), x) = 1
at x = 1/2
g(x) = 2*sigma(1) - 1
""", r"diff(g(x), x) = 4*sigma(2*x)*(1 - sigma(2*x))", r"diff(g(x), x) = 2*sigma(2*x)*(1 - sigma(2*x))",
    "chain factor 2 of sigma(2x) forgotten")

add("gelu-sigmoid-approximation-engine-syntax",
    "A student's notes: the sigmoid approximation x sigma(1.702 x) of GELU, its derivative and its value at x = 1 next to the exact x Phi(x) (Hendrycks and Gimpel, Gaussian Error Linear Units (GELUs), 2016, section 2), typed in the engine syntax of the console's :check (let, diff, at, approx)",
    "written for this corpus in the way new users type their own notes (the approximation as in arxiv.org/abs/1606.08415)",
    "", r"""
let g(x) = x*sigma(1.702*x)
diff(g(x), x) = sigma(1.702*x) + 1.702*x*sigma(1.702*x)*(1 - sigma(1.702*x))
at x = 0
g(x) = 0
diff(g(x), x) = 1/2
at x = 1
g(x) ≈ 0.8458
x*(1 + erf(x/sqrt(2)))/2 ≈ 0.8413
""", r"diff(g(x), x) = 1/2", r"diff(g(x), x) = 1",
    "the derivative at 0 taken as 1 instead of sigma(0) = 1/2")
