# A twenty-seventh held-out set (issue 12, branch held27): eight passages the corpus did not hold
# before and that the checker had never been run on, transcribed from published texts in their own
# notation (LaTeX in Markdown): Hastie, Tibshirani and Friedman's population minimizer of the
# exponential loss (ESL 10.5, eq. (10.16), exercise 10.2), Rezende and Mohamed's planar flow in one
# dimension (eqs. (10)-(12), h = tanh), Elfwing, Uchibe and Doya's SiLU and dSiLU, Gutmann and
# Hyvarinen's noise-contrastive estimation (the log-ratio G, the classifier h = r(G) and the
# objective J_T, with one data and one noise point), the Perceptron's mistake bound (R B)^2 in
# Shalev-Shwartz and Ben-David's notation (Theorem 9.1 and its proof), the maximum likelihood
# estimator of an exponential rate (as a Cross Validated answer writes it), the CS231n notes'
# spatial arrangement of a conv layer (the output size (W - F + 2P)/S + 1 and the Krizhevsky et al.
# numbers) and Haarnoja et al.'s soft value and energy-based policy (soft Q-learning, two actions).
# The ESL, planar-flow, SiLU, NCE, Perceptron, exponential-MLE and CS231n notation was compared with
# stored pages found by search (a solutions manual to ESL, library documentation quoting the planar
# flow's Jacobian, a review of the SiLU paper, readers' notes on NCE and on the Perceptron proof, the
# answer itself and readers' copies of the CS231n section); the soft Q-learning one is recalled from
# the paper, in its notation. The worked numbers are added as readers work them out. Each broken
# file has one planted error of a kind students make. Every number and identity was checked in
# Python. Read by make_transcribed.py after sources_user39.py.

add("hastie-esl-exponential-loss-minimizer",
    "Hastie, Tibshirani and Friedman, The Elements of Statistical Learning (2nd ed., 2009), 10.5 Why Exponential Loss? (the population minimizer (10.16), one-half the log-odds, and exercise 10.2), with numbers",
    "https://hastie.su.domains/ElemStatLearn/ (exercise 10.2 as a solutions manual writes it: yuhangzhou88.github.io/ESL_Solution)",
    "the book's notation (E_{Y|x}, Pr(Y = 1|x), f^*(x)); the derivative, the expected loss at the minimizer and the numbers are added as readers work them out", r"""
# Why exponential loss?

AdaBoost.M1 fits an additive model by forward stagewise minimization of the exponential loss $L(y, f(x)) = \exp(-y f(x))$ with $y \in \{-1, 1\}$. Its population minimizer is

$$f^*(x) = \arg\min_{f(x)} \mathrm{E}_{Y|x}\left(e^{-Y f(x)}\right) = \frac{1}{2} \log \frac{\Pr(Y = 1|x)}{\Pr(Y = -1|x)} \tag{10.16}$$

To see this, write $p = \Pr(Y = 1|x)$ and $f = f(x)$; then

$$\mathrm{E}_{Y|x}\left(e^{-Y f}\right) = p e^{-f} + (1 - p) e^{f}$$

$$\frac{\partial}{\partial f} \left( p e^{-f} + (1 - p) e^{f} \right) = -p e^{-f} + (1 - p) e^{f}$$

Setting it to zero gives $e^{2f} = \frac{p}{1 - p}$, so $f^* = \frac{1}{2} \log \frac{p}{1 - p}$ and, equivalently,

$$\Pr(Y = 1|x) = \frac{1}{1 + e^{-2 f^*(x)}}$$

With $p = 0.8$:

$$f^* = \frac{1}{2} \log \frac{0.8}{0.2} = \log 2 \approx 0.6931$$

and the expected loss at the minimizer is

$$0.8 e^{-\log 2} + 0.2 e^{\log 2} = 0.4 + 0.4 = 0.8$$

which is $2 \sqrt{p (1 - p)} = 2 \sqrt{0.16} = 0.8$.
""", r"\right) = -p e^{-f} + (1 - p) e^{f}$$", r"\right) = -p e^{-f} - (1 - p) e^{f}$$",
    "sign slip: the derivative of e^{f} taken as -e^{f}")

add("rezende-mohamed-planar-flow",
    "Rezende and Mohamed, Variational Inference with Normalizing Flows (ICML 2015), 4.1 Invertible Linear-time Transformations (the planar flow (10), psi(z) = h'(w^T z + b) w and the log-determinant (11)-(12)), in one dimension with h = tanh, with numbers",
    "https://arxiv.org/abs/1505.05770",
    "the paper's notation (f(z), u, w, b, h, psi, q_K); the one-dimensional derivative, the change of variables at a point and the numbers are added as readers work them out", r"""
# A planar flow in one dimension

A planar flow transforms $\mathbf{z}$ by

$$f(\mathbf{z}) = \mathbf{z} + \mathbf{u} h(\mathbf{w}^\top \mathbf{z} + b) \tag{10}$$

and, with $\psi(\mathbf{z}) = h'(\mathbf{w}^\top \mathbf{z} + b) \mathbf{w}$, the determinant of its Jacobian is

$$\left| \det \frac{\partial f}{\partial \mathbf{z}} \right| = \left| 1 + \mathbf{u}^\top \psi(\mathbf{z}) \right| \tag{11}$$

In one dimension, with $h = \tanh$, $f(z) = z + u \tanh(w z + b)$ and

$$\frac{d}{dz} \left( z + u \tanh(w z + b) \right) = 1 + u w \left(1 - \tanh^2(w z + b)\right)$$

The density of $z_K = f(z)$ follows from the change of variables,

$$\ln q_K(z_K) = \ln q_0(z) - \ln \left| 1 + u w \left(1 - \tanh^2(w z + b)\right) \right|$$

Take $u = 1$, $w = 2$, $b = 0$ and the point $z = 0$. Then $\tanh(0) = 0$ and

$$1 + 1 \cdot 2 \cdot (1 - 0^2) = 3$$

so the flow stretches the space at $z = 0$ by three and, with $q_0$ the standard normal,

$$\ln q_0(0) - \ln 3 = -\frac{1}{2} \ln(2\pi) - \ln 3 \approx -2.0176$$

The flow is invertible when $w u \geq -1$; here $w u = 2$.
""", r"= 1 + u w \left(1 - \tanh^2(w z + b)\right)$$", r"= 1 + u \left(1 - \tanh^2(w z + b)\right)$$",
    "chain rule: the inner derivative w of tanh(w z + b) dropped")

add("elfwing-silu-dsilu",
    "Elfwing, Uchibe and Doya, Sigmoid-weighted linear units for neural network function approximation in reinforcement learning (Neural Networks 107, 2018), 2.2 (the SiLU a_k = z_k sigma(z_k), eqs. (2)-(3), its global minimum, and the dSiLU, its derivative), with numbers",
    "https://arxiv.org/abs/1702.03118",
    "the paper's notation (a_k(s), z_k, sigma); the derivative of the dSiLU and the numbers are added as readers work them out", r"""
# The SiLU and its derivative, the dSiLU

The activation $a_k$ of the $k$th SiLU for the input $z_k$ is the sigmoid of the input multiplied by the input,

$$a_k(\mathbf{s}) = z_k \sigma(z_k) \tag{2}$$

where

$$\sigma(x) = \frac{1}{1 + e^{-x}} \tag{3}$$

The derivative of the SiLU is the dSiLU,

$$\frac{\partial a_k(\mathbf{s})}{\partial z_k} = \sigma(z_k) \left(1 + z_k (1 - \sigma(z_k))\right)$$

and its own derivative is

$$\frac{\partial}{\partial z_k} \left[ \sigma(z_k) \left(1 + z_k (1 - \sigma(z_k))\right) \right] = \sigma(z_k) (1 - \sigma(z_k)) \left(2 + z_k (1 - 2 \sigma(z_k))\right)$$

At $z_k = 0$ the dSiLU is $\frac{1}{2}$, and at $z_k = 2$,

$$\sigma(2) \left(1 + 2 (1 - \sigma(2))\right) \approx 1.0908$$

The global minimum of the SiLU, where the dSiLU is zero, is at $z_k \approx -1.278$, with the value

$$-1.278 \cdot \sigma(-1.278) \approx -0.2785$$
""", r"\left(2 + z_k (1 - 2 \sigma(z_k))\right)$$", r"\left(2 + z_k (1 - \sigma(z_k))\right)$$",
    "dropped factor: the 2 of 1 - 2 sigma lost when the two z_k sigma' terms are collected")

add("gutmann-hyvarinen-nce",
    "Gutmann and Hyvarinen, Noise-contrastive estimation: A new estimation principle for unnormalized statistical models (AISTATS 2010), 2.1 (the log-ratio G(u; theta) (5), the classifier h(u; theta) = r(G(u; theta)) (4) and the objective J_T(theta) (6)), with one data point, one noise point and numbers",
    "http://proceedings.mlr.press/v9/gutmann10a/gutmann10a.pdf",
    "the paper's notation (p_m(.; theta), p_n, G, h, r, J_T, x_t, y_t); the derivatives in G, the Gaussian model with the normalizing parameter c and the numbers are added as readers work them out", r"""
# Noise-contrastive estimation

Let $p_n$ be the density of the noise and $p_m(.; \theta)$ the model. The log-ratio and the classifier are

$$G(u; \theta) = \ln p_m(u; \theta) - \ln p_n(u) \tag{5}$$

$$h(u; \theta) = r(G(u; \theta)), \quad r(u) = \frac{1}{1 + \exp(-u)} \tag{4}$$

and, for data $x_t$ and noise $y_t$, the objective is

$$J_T(\theta) = \frac{1}{2T} \sum_t \ln[h(x_t; \theta)] + \ln[1 - h(y_t; \theta)] \tag{6}$$

Since $h = r(G)$,

$$h(u; \theta) = \frac{p_m(u; \theta)}{p_m(u; \theta) + p_n(u)}$$

and the derivatives of the two terms with respect to $G$ are

$$\frac{d}{dG} \ln r(G) = 1 - r(G)$$

$$\frac{d}{dG} \ln (1 - r(G)) = -r(G)$$

Take the unnormalized model $\ln p_m(u; \theta) = -\frac{u^2}{2} + c$ with the normalizing parameter $c$, standard normal noise, one data point $x_1 = 1$ and one noise point $y_1 = 2$. Then $G(u; \theta) = c + \frac{1}{2} \ln(2\pi)$ for every $u$, and where $G = \ln 2$, $r(G) = \frac{2}{3}$ and

$$\ln\frac{2}{3} + \ln\frac{1}{3} = \ln\frac{2}{9} \approx -1.5041$$

The derivative of $J_1$ with respect to $c$ is

$$\frac{1}{2} \left[ \left(1 - \frac{2}{3}\right) - \frac{2}{3} \right] = -\frac{1}{6}$$

so gradient ascent lowers $c$ towards the value that normalizes the model.
""", r"\ln (1 - r(G)) = -r(G)$$", r"\ln (1 - r(G)) = r(G)$$",
    "sign slip: the derivative of ln(1 - r) taken as +r")

add("shalev-shwartz-perceptron-mistake-bound",
    "Shalev-Shwartz and Ben-David, Understanding Machine Learning: From Theory to Algorithms (2014), 9.1.2 Perceptron for Halfspaces (Batch Perceptron, Theorem 9.1 and its proof: the bound (R B)^2), with numbers",
    "https://www.cs.huji.ac.il/~shais/UnderstandingMachineLearning/",
    "the book's notation (w^(t), y_i, x_i, <.,.>, B, R, w^star); the margin form (R/gamma)^2 and the numbers are added as readers work them out", r"""
# The Perceptron's mistake bound

Batch Perceptron: start from $\mathbf{w}^{(1)} = (0, \ldots, 0)$; while some $i$ has $y_i \langle \mathbf{w}^{(t)}, \mathbf{x}_i \rangle \leq 0$, update

$$\mathbf{w}^{(t+1)} = \mathbf{w}^{(t)} + y_i \mathbf{x}_i$$

Theorem 9.1: assume the examples are separable, let $B = \min\{\|\mathbf{w}\| : \forall i \in [m],\ y_i \langle \mathbf{w}, \mathbf{x}_i \rangle \geq 1\}$ and $R = \max_i \|\mathbf{x}_i\|$. Then the Perceptron stops after at most $(RB)^2$ iterations.

Proof. Let $\mathbf{w}^\star$ attain $B$. Each update adds at least 1 to the inner product with $\mathbf{w}^\star$,

$$\langle \mathbf{w}^\star, \mathbf{w}^{(t+1)} \rangle - \langle \mathbf{w}^\star, \mathbf{w}^{(t)} \rangle = y_i \langle \mathbf{w}^\star, \mathbf{x}_i \rangle \geq 1$$

so after $T$ iterations $\langle \mathbf{w}^\star, \mathbf{w}^{(T+1)} \rangle \geq T$. The norm grows slowly,

$$\|\mathbf{w}^{(t+1)}\|^2 = \|\mathbf{w}^{(t)}\|^2 + 2 y_i \langle \mathbf{w}^{(t)}, \mathbf{x}_i \rangle + y_i^2 \|\mathbf{x}_i\|^2 \leq \|\mathbf{w}^{(t)}\|^2 + R^2$$

so $\|\mathbf{w}^{(T+1)}\|^2 \leq T R^2$. By the Cauchy-Schwarz inequality,

$$\frac{T}{B \sqrt{T} R} \leq \frac{\langle \mathbf{w}^\star, \mathbf{w}^{(T+1)} \rangle}{\|\mathbf{w}^\star\| \, \|\mathbf{w}^{(T+1)}\|} \leq 1$$

hence $\sqrt{T} \leq R B$ and $T \leq (RB)^2$. For example, with $R = 2$ and $B = 1.5$ the Perceptron makes at most

$$(2 \cdot 1.5)^2 = 9$$

mistakes; with the margin $\gamma = \frac{1}{B}$ the bound reads

$$\left(\frac{R}{\gamma}\right)^2 = \left(\frac{2}{2/3}\right)^2 = 9$$
""", r"\left(\frac{2}{2/3}\right)^2 = 9$$", r"\left(\frac{2}{1.5}\right)^2 = 9$$",
    "the margin taken as B instead of 1/B")

add("exponential-rate-mle-qa",
    "Exponential Distribution: Log-Likelihood and Maximum Likelihood Estimator, an answer on Cross Validated (the log-likelihood N log lambda - lambda sum x_i, the first-order condition 1/lambda - xbar = 0), with the second derivative and numbers",
    "https://stats.stackexchange.com/ (the question and answer as a stored copy quotes them)",
    "the answer's notation (l(lambda, x), f(x_i, lambda), N, xbar); the second derivative and the sample are added as readers work them out", r"""
# The maximum likelihood estimator of an exponential rate

For a random variable with the density $f(x) = \lambda \exp(-\lambda x)$ for $x > 0$ and $\lambda > 0$, the likelihood of an i.i.d. sample $x = (x_1, \ldots, x_N)$ is

$$L(\lambda, x) = \prod_{i=1}^N f(x_i, \lambda)$$

and the log-likelihood is

$$l(\lambda, x) := \log L(\lambda, x) = \sum_{i=1}^N \log f(x_i, \lambda)$$

where $\log f(x_i, \lambda) = \log \lambda - \lambda x_i$. This implies that

$$l(\lambda, x) = \sum_{i=1}^N (\log \lambda - \lambda x_i) = N \log \lambda - \lambda \sum_{i=1}^N x_i$$

Dividing by $N$,

$$\frac{1}{N} l(\lambda, x) = \log \lambda - \lambda \bar{x}$$

Differentiate and set to zero to get the first-order condition:

$$\frac{d}{d\lambda} \left( \log \lambda - \lambda \bar{x} \right) = \frac{1}{\lambda} - \bar{x}$$

so $\hat{\lambda} = \frac{1}{\bar{x}}$. The second derivative of the log-likelihood,

$$\frac{d^2}{d\lambda^2} \left( N \log \lambda - \lambda \sum_{i=1}^N x_i \right) = -\frac{N}{\lambda^2}$$

is negative, so this is a maximum. For the sample $x = (1, 2, 3, 2)$, $N = 4$ and $\bar{x} = 2$, so $\hat{\lambda} = 0.5$ and

$$4 \log 0.5 - 0.5 \cdot 8 = -4 \log 2 - 4 \approx -6.7726$$

$$-\frac{4}{0.5^2} = -16$$
""", r"\right) = -\frac{N}{\lambda^2}$$", r"\right) = -\frac{N}{\lambda}$$",
    "power rule: the derivative of 1/lambda taken as -1/lambda instead of -1/lambda^2, one power short")

add("cs231n-conv-spatial-arrangement",
    "CS231n notes, Convolutional Neural Networks: Architectures, Convolution / Pooling Layers, Spatial arrangement (the output size (W - F + 2P)/S + 1, the zero padding P = (F - 1)/2) and Parameter Sharing (the Krizhevsky et al. first layer)",
    "https://cs231n.github.io/convolutional-networks/",
    "the notes' notation (W, F, S, P, K); the padding identity written out and the parameter count with biases added as readers work them out", r"""
# Spatial arrangement of a conv layer

The spatial size of the output volume is a function of the input volume size $W$, the receptive field size of the Conv Layer neurons $F$, the stride with which they are applied $S$, and the amount of zero padding used $P$ on the border:

$$\frac{W - F + 2P}{S} + 1$$

For a 7x7 input and a 3x3 filter with stride 1 and pad 0 we would get a 5x5 output:

$$\frac{7 - 3 + 2 \cdot 0}{1} + 1 = 5$$

With stride 2 we would get a 3x3 output:

$$\frac{7 - 3 + 0}{2} + 1 = 3$$

Setting the zero padding to $P = (F - 1)/2$ when the stride is $S = 1$ ensures that the input volume and output volume will have the same size spatially:

$$\frac{W - F + 2 \cdot \frac{F - 1}{2}}{1} + 1 = W$$

Real-world example: the Krizhevsky et al. architecture accepted images of size [227x227x3]. On the first Convolutional Layer, it used neurons with receptive field size $F = 11$, stride $S = 4$ and no zero padding $P = 0$:

$$\frac{227 - 11}{4} + 1 = 55$$

and with a depth of $K = 96$ the Conv layer output volume had

$$55 \cdot 55 \cdot 96 = 290400$$

neurons, each connected to a region of

$$11 \cdot 11 \cdot 3 = 363$$

weights and 1 bias. With parameter sharing, the first Conv layer has only 96 unique sets of weights, for a total of

$$96 \cdot 11 \cdot 11 \cdot 3 + 96 = 34944$$

parameters.
""", r"2 \cdot \frac{F - 1}{2}}{1} + 1 = W$$", r"2 (F - 1)}{1} + 1 = W$$",
    "padding taken as F - 1 instead of (F - 1)/2")

add("haarnoja-soft-q-value",
    "Haarnoja, Tang, Abbeel and Levine, Reinforcement Learning with Deep Energy-Based Policies (ICML 2017), 2.2 Soft Value Functions and Energy-Based Models (the optimal maximum entropy policy (4) and the soft value (6)), for two actions, with numbers",
    "https://arxiv.org/abs/1702.08165",
    "the paper's notation (pi^*_MaxEnt, Q^*_soft, V^*_soft, alpha); the two-action sum, its derivative and the numbers are added as readers work them out", r"""
# The soft value and the energy-based policy

The optimal maximum entropy policy is

$$\pi^*_{\mathrm{MaxEnt}}(\mathbf{a}_t|\mathbf{s}_t) = \exp\left(\frac{1}{\alpha}\left(Q^*_{\mathrm{soft}}(\mathbf{s}_t, \mathbf{a}_t) - V^*_{\mathrm{soft}}(\mathbf{s}_t)\right)\right) \tag{4}$$

with the soft value

$$V^*_{\mathrm{soft}}(\mathbf{s}_t) = \alpha \log \int_{\mathcal{A}} \exp\left(\frac{1}{\alpha} Q^*_{\mathrm{soft}}(\mathbf{s}_t, \mathbf{a}')\right) d\mathbf{a}' \tag{6}$$

With two actions, write $Q_1$ and $Q_2$ for the soft Q-values at a state and $V$ for its soft value; the integral becomes a sum,

$$V = \alpha \log \left( e^{Q_1/\alpha} + e^{Q_2/\alpha} \right)$$

and the derivative of the soft value in one Q-value is the policy's probability of that action:

$$\frac{\partial}{\partial Q_1} \alpha \log \left( e^{Q_1/\alpha} + e^{Q_2/\alpha} \right) = \frac{e^{Q_1/\alpha}}{e^{Q_1/\alpha} + e^{Q_2/\alpha}}$$

The soft value lies between the hard maximum and the maximum plus $\alpha \log 2$. With $Q_1 = 1$, $Q_2 = 2$ and $\alpha = 1$:

$$\log(e + e^2) = 2 + \log(1 + e^{-1}) \approx 2.3133$$

and the policy is

$$\exp(1 - 2.3133) \approx 0.2689$$

$$\exp(2 - 2.3133) \approx 0.7311$$

As $\alpha \to 0$ the soft value tends to the hard maximum: with $\alpha = 0.1$,

$$0.1 \log(e^{10} + e^{20}) \approx 2.0000$$
""", r"\right) = \frac{e^{Q_1/\alpha}}{e^{Q_1/\alpha} + e^{Q_2/\alpha}}$$", r"\right) = \frac{1}{\alpha} \frac{e^{Q_1/\alpha}}{e^{Q_1/\alpha} + e^{Q_2/\alpha}}$$",
    "chain rule: the 1/alpha of the inner derivative kept though the alpha in front cancels it")
