# An eighteenth held-out set, second half (issue 12, branch held18b): twelve short student
# derivations of standard deep-learning results, typed the way new users type and never in the
# notation the reader was built on: four on a phone in Unicode (the MSE gradient of one sigmoid
# neuron, the chain rule through two tanh layers, one Adam step by hand, the Jacobian of a
# two-class softmax), four in plain ASCII typed quickly (the log-loss gradient of logistic
# regression with two features, an L2-regularised update, softmax cross-entropy with a one-hot
# target, the hard-swish derivative), two in Markdown with LaTeX as a student types it (backprop
# through a one-hidden-unit ReLU net, the log-cosh loss) and two in the engine syntax of the
# console's :check (the log-sigmoid derivative, the vanishing-gradient bound |w σ′(z)| < 1 for
# |w| < 4). Each has one planted error of a kind students make. The numbers were checked in
# Python. Read by make_transcribed.py after the other held-out sets.

add("sigmoid-neuron-mse-gradient-phone",
    "A student's notes: the squared-error gradient of one sigmoid neuron and one gradient-descent step by hand (Nielsen, Neural Networks and Deep Learning, ch. 1-2; the standard single-neuron exercise), typed on a phone in Unicode inside Markdown, with numbers",
    "written for this corpus in the way new users type their own notes (the single-neuron gradient as in neuralnetworksanddeeplearning.com/chap3.html)",
    "", r"""
# 1 neuron, MSE — by hand (phone)

ŷ = σ(z), z = w·x + b
L = ½(ŷ − y)²

chain rule: ∂L/∂w = ∂L/∂ŷ · ∂ŷ/∂z · ∂z/∂w
∂L/∂ŷ = ŷ − y
∂ŷ/∂z = σ′(z) = σ(z)(1 − σ(z))
∂z/∂w = x
so ∂L/∂w = (ŷ − y)·σ′(z)·x
and ∂L/∂b = (ŷ − y)·σ′(z)

numbers: x = 2, w = 0.5, b = 0, y = 1
z = 0.5·2 + 0 = 1 → ŷ = σ(1) ≈ 0.7311
σ′(1) = 0.7311·(1 − 0.7311) ≈ 0.1966
∂L/∂w = (0.7311 − 1)·0.1966·2 ≈ −0.1057
∂L/∂b ≈ −0.0529

step with η = 0.1: w → 0.5 − 0.1·(−0.1057) = 0.5106, thus w goes up (ŷ was too small)
""", r"so ∂L/∂w = (ŷ − y)·σ′(z)·x", r"so ∂L/∂w = (ŷ − y)·σ′(z)",
    "the factor ∂z/∂w = x dropped")

add("two-tanh-layers-chain-phone",
    "A student's notes: the chain rule through two tanh layers with scalar weights (Goodfellow, Bengio and Courville, Deep Learning, 6.5.2 Chain Rule of Calculus; tanh' = 1 - tanh^2), typed on a phone in Unicode inside Markdown, with numbers",
    "written for this corpus in the way new users type their own notes (the chain rule as in deeplearningbook.org/contents/mlp.html)",
    "", r"""
# chain rule thru 2 tanh layers (phone notes)

h = tanh(w₁x), ŷ = tanh(w₂h)

tanh′(u) = 1 − tanh²(u)

∂ŷ/∂h = (1 − ŷ²)·w₂
∂h/∂w₁ = (1 − h²)·x
so ∂ŷ/∂w₁ = (1 − ŷ²)·w₂·(1 − h²)·x
and ∂ŷ/∂x = (1 − ŷ²)·w₂·(1 − h²)·w₁

with x = 1, w₁ = 0.5, w₂ = −1:
h = tanh(0.5) ≈ 0.4621
ŷ = tanh(−0.4621) ≈ −0.4318
1 − ŷ² ≈ 0.8135, 1 − h² ≈ 0.7864
∂ŷ/∂w₁ ≈ 0.8135·(−1)·0.7864·1 ≈ −0.6397

both factors (1 − ·²) ≤ 1 so the gradient shrinks layer by layer unless |w| is big
""", r"∂h/∂w₁ = (1 − h²)·x", r"∂h/∂w₁ = (1 − h)·x",
    "tanh' written 1 - tanh instead of 1 - tanh^2")

add("adam-one-step-by-hand-phone",
    "A student's notes: the first step of Adam by hand for one parameter (Kingma and Ba, Adam: A Method for Stochastic Optimization, 2015, Algorithm 1, with the default beta1 = 0.9, beta2 = 0.999), typed on a phone in Unicode inside Markdown, with numbers",
    "written for this corpus in the way new users type their own notes (Algorithm 1 as in arxiv.org/abs/1412.6980)",
    "", r"""
# adam, 1st step by hand

θ₀ = 1, m₀ = 0, v₀ = 0, g₁ = 0.2
β₁ = 0.9, β₂ = 0.999, α = 0.001, ε = 10⁻⁸

m₁ = β₁·m₀ + (1 − β₁)·g₁ = 0.1·0.2 = 0.02
v₁ = β₂·v₀ + (1 − β₂)·g₁² = 0.001·0.04 = 0.00004

bias correction (t = 1):
m̂₁ = m₁/(1 − β₁) = 0.02/0.1 = 0.2
v̂₁ = v₁/(1 − β₂) = 0.00004/0.001 = 0.04

θ₁ = θ₀ − α·m̂₁/(√v̂₁ + ε) ≈ 1 − 0.001·0.2/0.2 = 0.999

so the 1st step is ≈ α whatever the size of g — Adam's step is scale free
""", r"m̂₁ = m₁/(1 − β₁) = 0.02/0.1 = 0.2", r"m̂₁ = m₁/(1 − β₁) = 0.02/0.9 = 0.0222",
    "bias correction divided by beta1 instead of 1 - beta1")

add("softmax-two-class-jacobian-phone",
    "A student's notes: the softmax of two logits is the sigmoid of their difference, and its 2x2 Jacobian (Goodfellow, Bengio and Courville, Deep Learning, 6.2.2.3 Softmax Units), typed on a phone in Unicode inside Markdown, with numbers",
    "written for this corpus in the way new users type their own notes (softmax as in deeplearningbook.org/contents/mlp.html)",
    "", r"""
# softmax w/ 2 classes

p₁ = e^z₁/(e^z₁ + e^z₂), p₂ = e^z₂/(e^z₁ + e^z₂)
divide by e^z₁: p₁ = 1/(1 + e^(z₂ − z₁)) = σ(z₁ − z₂)
p₂ = 1 − p₁

Jacobian:
∂p₁/∂z₁ = p₁(1 − p₁) = p₁p₂
∂p₁/∂z₂ = −p₁p₂
∂p₂/∂z₁ = −p₁p₂, ∂p₂/∂z₂ = p₁p₂
so J = p₁p₂·[[1, −1], [−1, 1]], rows sum to 0

z₁ = 2, z₂ = 0: p₁ = σ(2) ≈ 0.8808, p₂ ≈ 0.1192
p₁p₂ ≈ 0.1050 → diagonal 0.1050, off-diagonal −0.1050
""", r"∂p₁/∂z₂ = −p₁p₂", r"∂p₁/∂z₂ = p₁p₂",
    "sign slip in the off-diagonal entry")

add("logistic-regression-two-features-ascii",
    "A student's notes: the log-loss gradient of logistic regression with two features, through dL/dp and dp/dz, and its value at one example (Ng, CS229 lecture notes 1, part II Classification and logistic regression), typed in plain ASCII inside Markdown, with numbers",
    "written for this corpus in the way new users type their own notes (the gradient (h(x) - y) x_j as in cs229.stanford.edu/main_notes.pdf)",
    "", r"""
# logistic regression, 2 features - grad of log loss

z = w1*x1 + w2*x2 + b
p = sigma(z)
L = -(y*log(p) + (1-y)*log(1-p))

dL/dp = -y/p + (1-y)/(1-p)
dp/dz = p*(1-p)   (since sigma'(z) = sigma(z)*(1-sigma(z)))
dL/dz = dL/dp * dp/dz = -y*(1-p) + (1-y)*p = p - y

dL/dw1 = (p - y)*x1, dL/dw2 = (p - y)*x2, dL/db = p - y

example: x1 = 1, x2 = -2, w1 = 0.5, w2 = 0.25, b = 0, y = 1
z = 0.5*1 + 0.25*(-2) + 0 = 0 so p = sigma(0) = 0.5
dL/dw1 = (0.5 - 1)*1 = -0.5
dL/dw2 = (0.5 - 1)*(-2) = 1
dL/db = -0.5
L = -log(0.5) = 0.6931
""", r"dL/dw2 = (0.5 - 1)*(-2) = 1", r"dL/dw2 = (0.5 - 1)*(-2) = -1",
    "sign slip: (-0.5)(-2) taken as -1")

add("l2-regularized-update-ascii",
    "A student's notes: gradient descent with an L2 penalty (lambda/2) w^2 is weight decay, (1 - lr*lambda) w - lr g (Goodfellow, Bengio and Courville, Deep Learning, 7.1.1 L2 Parameter Regularization, eqs. (7.4)-(7.5)), typed in plain ASCII inside Markdown, with numbers",
    "written for this corpus in the way new users type their own notes (eqs. (7.4)-(7.5) as in deeplearningbook.org/contents/regularization.html)",
    "", r"""
# L2 reg = weight decay (quick notes)

L_reg(w) = L(w) + (lambda/2)*w^2

d/dw (lambda/2)*w^2 = lambda*w

so dL_reg/dw = L'(w) + lambda*w

update: w_new = w - lr*(L'(w) + lambda*w) = (1 - lr*lambda)*w - lr*L'(w)
-> every step first shrinks w by the factor (1 - lr*lambda), then the usual step

numbers: w = 2, L'(w) = 0.5, lr = 0.1, lambda = 0.01
w_new = 2 - 0.1*(0.5 + 0.01*2) = 2 - 0.052 = 1.948
check: (1 - 0.1*0.01)*2 - 0.1*0.5 = 1.998 - 0.05 = 1.948
""", r"d/dw (lambda/2)*w^2 = lambda*w", r"d/dw (lambda/2)*w^2 = 2*lambda*w",
    "the 1/2 of the penalty not cancelled by the 2 of w^2")

add("softmax-cross-entropy-one-hot-ascii",
    "A student's notes: softmax cross-entropy with a one-hot target is minus the log of the true class's probability, and its gradient is p - y (Goodfellow, Bengio and Courville, Deep Learning, 6.2.2.3; CS231n notes, Softmax classifier), typed in plain ASCII inside Markdown, with numbers for three classes",
    "written for this corpus in the way new users type their own notes (the softmax loss as in cs231n.github.io/linear-classify/)",
    "", r"""
# softmax + cross entropy, one hot target

p_k = exp(z_k)/(exp(z1) + exp(z2) + exp(z3))
L = -(y1*log(p1) + y2*log(p2) + y3*log(p3))

target class 2: y1 = 0, y2 = 1, y3 = 0, so L = -log(p2)

dL/dz_k = p_k - y_k  (because dlog(p2)/dz_k = [k == 2] - p_k)

logits z1 = 2, z2 = 1, z3 = 0.1
exp: 7.389, 2.718, 1.105 -> sum = 11.212
p1 = 7.389/11.212 = 0.659, p2 = 2.718/11.212 = 0.2424, p3 = 1.105/11.212 = 0.0986
L = -log(0.2424) = 1.417

dL/dz1 = p1 - y1 = 0.659 - 0 = 0.659
dL/dz2 = p2 - y2 = 0.2424 - 1 = -0.7576
dL/dz3 = p3 - y3 = 0.0986
gradient sums to 0 since the p's sum to 1
""", r"dL/dz1 = p1 - y1 = 0.659 - 0 = 0.659", r"dL/dz1 = p1 - y1 = 0.659 - 1 = -0.341",
    "the target of class 1 taken as 1")

add("hard-swish-derivative-ascii",
    "A student's notes: the hard-swish activation x relu6(x + 3)/6 and its derivative piece by piece (Howard et al., Searching for MobileNetV3, ICCV 2019, section 5.2 Nonlinearities, eq. (2)), typed in plain ASCII inside Markdown, with numbers",
    "written for this corpus in the way new users type their own notes (h-swish as in arxiv.org/abs/1905.02244)",
    "", r"""
# hard swish (mobilenet v3) - derivative

hswish(x) = x*relu6(x + 3)/6, relu6(u) = min(max(u, 0), 6)

3 pieces:
x <= -3: hswish(x) = 0, derivative 0
x >= 3: hswish(x) = x, derivative 1
-3 < x < 3: hswish(x) = x*(x + 3)/6 = (x^2 + 3*x)/6

middle piece: d/dx (x^2 + 3*x)/6 = (2*x + 3)/6

check the ends: (2*(-3) + 3)/6 = -1/2 and (2*3 + 3)/6 = 3/2, so hswish' jumps at -3 and at 3 (not smooth like swish)

at x = 1: hswish(1) = 1*4/6 = 0.6667, hswish'(1) = 5/6 = 0.8333
minimum where 2*x + 3 = 0: x = -1.5, hswish(-1.5) = -1.5*1.5/6 = -0.375
""", r"d/dx (x^2 + 3*x)/6 = (2*x + 3)/6", r"d/dx (x^2 + 3*x)/6 = (x + 3)/6",
    "the derivative of x^2 written x")

add("relu-one-hidden-unit-backprop-latex",
    "A student's notes: backprop through a network with one ReLU hidden unit and a linear output, squared error, with numbers (Goodfellow, Bengio and Courville, Deep Learning, 6.5 Back-Propagation; the ReLU derivative as the indicator of z > 0), typed in Markdown with LaTeX as a student types it (frac, partial, cdot, left/right, aligned, text)",
    "written for this corpus in the way new users type their own notes (back-propagation as in deeplearningbook.org/contents/mlp.html)",
    "", r"""
# Backprop with one ReLU unit (HW 3, problem 2)

Network: $z_1 = w_1 x + b_1$, $h = \text{ReLU}(z_1)$, $\hat{y} = w_2 h$, and the loss $L = \frac{1}{2}\left(\hat{y} - y\right)^2$.

Given $x = 2$, $w_1 = 0.5$, $b_1 = -0.5$, $w_2 = 3$, $y = 1$.

**Forward pass**

$$
\begin{aligned}
z_1 &= 0.5 \cdot 2 - 0.5 = 0.5 \\
h &= \max(0, 0.5) = 0.5 \\
\hat{y} &= 3 \cdot 0.5 = 1.5 \\
L &= \frac{1}{2}\left(1.5 - 1\right)^2 = 0.125
\end{aligned}
$$

**Backward pass** ($\text{ReLU}'(z_1) = 1$ since $z_1 > 0$)

$$
\begin{aligned}
\frac{\partial L}{\partial w_2} &= \left(\hat{y} - y\right) \cdot h = 0.5 \cdot 0.5 = 0.25 \\
\frac{\partial L}{\partial w_1} &= \left(\hat{y} - y\right) \cdot w_2 \cdot \text{ReLU}'(z_1) \cdot x = 0.5 \cdot 3 \cdot 1 \cdot 2 = 3 \\
\frac{\partial L}{\partial b_1} &= \left(\hat{y} - y\right) \cdot w_2 \cdot \text{ReLU}'(z_1) = 1.5
\end{aligned}
$$

If $b_1$ were $-2$ instead, $z_1 = -1 < 0$, the unit is dead and $\frac{\partial L}{\partial w_1} = 0$.
""", r"\cdot x = 0.5 \cdot 3 \cdot 1 \cdot 2 = 3 \\", r"\cdot x = 0.5 \cdot 3 \cdot 1 \cdot 2 = 1.5 \\",
    "the input x = 2 dropped from the product")

add("log-cosh-loss-latex",
    "A student's notes: the log-cosh regression loss, its derivative tanh and second derivative 1 - tanh^2, and why it behaves like the squared error near 0 and the absolute error far away (a standard robust loss; cf. Huber), typed in Markdown with LaTeX as a student types it (frac, left/right, text, aligned), with numbers",
    "written for this corpus in the way new users type their own notes (log-cosh as a smooth Huber-like loss)",
    "", r"""
# Log-cosh loss

For a residual $r = \hat{y} - y$ the loss is $L(r) = \log\left(\cosh(r)\right)$.

Since $\cosh'(r) = \sinh(r)$, the chain rule gives
$$\frac{dL}{dr} = \frac{\sinh(r)}{\cosh(r)} = \tanh(r)$$
and
$$\frac{d^2L}{dr^2} = 1 - \tanh^2(r) \text{ which is always } > 0$$
so the loss is convex.

Near $0$: $\cosh(r) \approx 1 + \frac{r^2}{2}$ so $L(r) \approx \frac{r^2}{2}$ (like MSE), and for large $|r|$, $L(r) \approx |r| - \log 2$ (like MAE).

Numbers:
$$
\begin{aligned}
L(0.5) &= \log\left(\cosh(0.5)\right) \approx 0.1201 \\
L'(0.5) &= \tanh(0.5) \approx 0.4621 \\
L(2) &\approx 1.325 \quad \text{vs} \quad 2 - \log 2 \approx 1.307
\end{aligned}
$$
""", r"\frac{dL}{dr} = \frac{\sinh(r)}{\cosh(r)} = \tanh(r)", r"\frac{dL}{dr} = \frac{\sinh(r)}{\cosh(r)} = \coth(r)",
    "sinh/cosh written coth")

add("log-sigmoid-derivative-engine-syntax",
    "A student's notes: the derivative of log sigma(z), used in the logistic and GAN losses, is 1 - sigma(z) = sigma(-z) (Goodfellow, Bengio and Courville, Deep Learning, 3.10 Useful Properties of Common Functions, eqs. (3.31)-(3.33)), typed in the engine syntax of the console's :check (let, at, chains)",
    "written for this corpus in the way new users type their own notes (the identities as in deeplearningbook.org/contents/prob.html)",
    "", r"""
let f(z) = log(sigma(z))
D(sigma(z), z) = sigma(z)*(1 - sigma(z))
D(f(z), z) = sigma(z)*(1 - sigma(z))/sigma(z) = 1 - sigma(z)
1 - sigma(z) = sigma(-z)
D(f(z), {z, 2}) = -sigma(z)*(1 - sigma(z))
at z = 0
D(f(z), z) = 1/2
f(z) = -log(2)
""", r"D(f(z), z) = sigma(z)*(1 - sigma(z))/sigma(z) = 1 - sigma(z)", r"D(f(z), z) = sigma(z)*(1 - sigma(z))/sigma(z) = sigma(z)",
    "the quotient cancelled to sigma(z) instead of 1 - sigma(z)")

add("vanishing-gradient-bound-engine-syntax",
    "A student's notes: sigma'(z) is at most 1/4, at z = 0, so a factor w sigma'(z) of the backpropagated gradient is below 1 in size when |w| < 4 (Nielsen, Neural Networks and Deep Learning, ch. 5, What's causing the vanishing gradient problem?), typed in the engine syntax of the console's :check (let, assume, maxvalue, argmax, chains)",
    "written for this corpus in the way new users type their own notes (the bound as in neuralnetworksanddeeplearning.com/chap5.html)",
    "", r"""
let s(z) = sigma(z)*(1 - sigma(z))
D(sigma(z), z) = s(z)
argmax(s(z), z) = 0
maxvalue(s(z), z) = 1/4
s(0) = 1/2*(1 - 1/2) = 1/4
assume -4 < w < 4
maxvalue(abs(w)*s(z), z) = abs(w)/4
at w = 2
maxvalue(abs(w)*s(z), z) = 1/2
(w/4)^3 = 1/8
""", r"s(0) = 1/2*(1 - 1/2) = 1/4", r"s(0) = 1/2*(1 - 1/2) = 1/2",
    "1/2 times 1/2 taken as 1/2")
