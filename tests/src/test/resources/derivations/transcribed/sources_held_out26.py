# A twenty-sixth held-out set (issue 12, branch held26): eight passages the corpus did not hold
# before and that the checker had never been run on, transcribed from published texts in their own
# notation (LaTeX in Markdown): Chen and Guestrin's XGBoost (the second-order objective, the
# optimal leaf weight w_j^* = -G_j / (H_j + lambda) and the split gain), van der Maaten and
# Hinton's t-SNE (the gradient written delta C / delta y_i, eq. (5), with three points on a line),
# Mao et al.'s least squares GAN (the optimal discriminator and the Pearson chi-square form),
# Srivastava, Greff and Schmidhuber's highway networks (the transform gate T and the carry 1 - T),
# Huang et al.'s stochastic depth (the linear decay of the survival probabilities and the expected
# depth, a sum with symbolic bounds), Bishop's Laplace approximation (PRML 4.4, with the Gamma
# density z^2 e^{-z} and Stirling's 1.919 for 2), Friedman's gradient boosting for two-class
# logistic regression (y in {-1, 1}, the pseudo-response (19) and the Newton step of a leaf) and
# Rasmussen and Williams's Gaussian process prediction (eqs. (2.25)-(2.26) and (2.30) with one
# training point). The XGBoost, t-SNE, LSGAN, highway, stochastic-depth, Laplace and Friedman
# notation was compared with stored pages found by search (question-and-answer threads, glossaries
# and a copy of Friedman's paper quoting the formulas); the Gaussian-process one is recalled from
# the book, in its notation. The worked numbers are added as readers work them out. Each broken
# file has one planted error of a kind students make. Every number and identity was checked in
# Python. Read by make_transcribed.py after sources_held_out25.py.

add("chen-guestrin-xgboost-leaf-weight",
    "Chen and Guestrin, XGBoost: A Scalable Tree Boosting System (KDD 2016), 2.2 Gradient Tree Boosting (the second-order objective (3), the optimal leaf weight (5), its value (6) and the split gain (7)), for the square loss, with numbers",
    "https://arxiv.org/abs/1603.02754",
    "the paper's notation (g_i, h_i, G_j, H_j, I_j, w_j^*, lambda, gamma, T); the leaf's derivative, the square loss and the numbers are added as readers work them out", r"""
# The optimal weight of a leaf

At iteration $t$ the objective is approximated to second order,

$$\tilde{\mathcal{L}}^{(t)} = \sum_{i=1}^n \left[ g_i f_t(\mathbf{x}_i) + \frac{1}{2} h_i f_t^2(\mathbf{x}_i) \right] + \Omega(f_t) \tag{3}$$

where $g_i = \partial_{\hat{y}^{(t-1)}} l(y_i, \hat{y}^{(t-1)})$ and $h_i = \partial^2_{\hat{y}^{(t-1)}} l(y_i, \hat{y}^{(t-1)})$ are the first and second order gradient statistics of the loss, and $\Omega(f) = \gamma T + \frac{1}{2} \lambda \| w \|^2$. With $I_j$ the instances in leaf $j$, $G_j = \sum_{i \in I_j} g_i$ and $H_j = \sum_{i \in I_j} h_i$, leaf $j$ contributes $G_j w_j + \frac{1}{2} (H_j + \lambda) w_j^2$, and

$$\frac{\partial}{\partial w_j} \left( G_j w_j + \frac{1}{2} (H_j + \lambda) w_j^2 \right) = G_j + (H_j + \lambda) w_j$$

Setting it to zero gives the optimal weight of leaf $j$,

$$w_j^* = -\frac{G_j}{H_j + \lambda} \tag{5}$$

and at this weight the leaf contributes

$$G_j \left( -\frac{G_j}{H_j + \lambda} \right) + \frac{1}{2} (H_j + \lambda) \left( \frac{G_j}{H_j + \lambda} \right)^2 = -\frac{1}{2} \frac{G_j^2}{H_j + \lambda}$$

For the square loss $l(y_i, \hat{y}_i) = (y_i - \hat{y}_i)^2$,

$$\frac{\partial}{\partial \hat{y}_i} (y_i - \hat{y}_i)^2 = -2 (y_i - \hat{y}_i)$$

so $g_i = 2(\hat{y}_i - y_i)$ and $h_i = 2$. Take one leaf with the two labels $y_1 = 1$ and $y_2 = 3$, the previous prediction $\hat{y} = 0$ and $\lambda = 1$. Then $G = -2 - 6 = -8$, $H = 4$ and

$$w^* = -\frac{-8}{4 + 1} = 1.6$$

$$-\frac{1}{2} \cdot \frac{64}{5} = -6.4$$

Splitting the leaf into its two instances has the gain (7), with $\gamma = 0$,

$$\frac{1}{2} \left[ \frac{4}{2 + 1} + \frac{36}{2 + 1} - \frac{64}{4 + 1} \right] \approx 0.26667$$
""", r"= -\frac{1}{2} \frac{G_j^2}{H_j + \lambda}$$", r"= -\frac{G_j^2}{H_j + \lambda}$$",
    "dropped factor: the 1/2 of the quadratic term lost when the optimal weight is put back")

add("vandermaaten-hinton-tsne-gradient",
    "van der Maaten and Hinton, Visualizing Data using t-SNE (JMLR 2008), 3.3 (the Student-t joint probabilities q_ij, eq. (4), and the gradient delta C / delta y_i, eq. (5)), for three map points on a line, with numbers",
    "https://www.jmlr.org/papers/v9/vandermaaten08a.html",
    "the paper's notation (p_ij, q_ij, y_i, C, the gradient written with delta); the derivative of the kernel, the three points and the numbers are added as readers work them out", r"""
# The gradient of t-SNE

In the low-dimensional map t-SNE uses a Student t-distribution with one degree of freedom,

$$q_{ij} = \frac{(1 + \| y_i - y_j \|^2)^{-1}}{\sum_{k \neq l} (1 + \| y_k - y_l \|^2)^{-1}} \tag{4}$$

and the gradient of the Kullback-Leibler divergence $C$ between $P$ and $Q$ is

$$\frac{\delta C}{\delta y_i} = 4 \sum_j (p_{ij} - q_{ij})(y_i - y_j)(1 + \| y_i - y_j \|^2)^{-1} \tag{5}$$

The factor $(1 + \| y_i - y_j \|^2)^{-1}$ comes from the kernel, whose derivative on a line is

$$\frac{d}{d y_i} (1 + (y_i - y_j)^2)^{-1} = -2 (y_i - y_j) (1 + (y_i - y_j)^2)^{-2}$$

Take three map points $y_1 = 0$, $y_2 = 1$, $y_3 = 3$. The kernel values are $\frac{1}{2}$, $\frac{1}{10}$ and $\frac{1}{5}$, each pair counted twice in the normalization:

$$2 \left( \frac{1}{2} + \frac{1}{10} + \frac{1}{5} \right) = 1.6$$

so $q_{12} = 0.3125$, $q_{13} = 0.0625$ and $q_{23} = 0.125$. With the input similarities $p_{12} = 0.4$, $p_{13} = 0.05$ and $p_{23} = 0.05$, the gradient at the first point is

$$4 \left[ (0.4 - 0.3125)(0 - 1)(1 + 1)^{-1} + (0.05 - 0.0625)(0 - 3)(1 + 9)^{-1} \right] = -0.16$$

so a gradient step moves $y_1$ towards $y_2$, whose similarity in the map is too small.
""", r"(0 - 3)(1 + 9)^{-1} \right] = -0.16$$", r"(0 - 3)(1 + 3)^{-1} \right] = -0.16$$",
    "distance not squared: (1 + |y_1 - y_3|)^{-1} for (1 + |y_1 - y_3|^2)^{-1}")

add("mao-lsgan-optimal-discriminator",
    "Mao, Li, Xie, Lau, Wang and Smolley, Least Squares Generative Adversarial Networks (ICCV 2017), 3.2 (the objectives (2), the optimal discriminator (4) and the Pearson chi-square divergence (5)-(6) when b - c = 1 and b - a = 2), pointwise, with numbers",
    "https://arxiv.org/abs/1611.04076",
    "the paper's notation (p_data, p_g, D(x), a, b, c); the pointwise derivative, the identity and the numbers are added as readers work them out", r"""
# The optimal discriminator of LSGAN

The discriminator of a least squares GAN minimizes

$$\min_D V_{\text{LSGAN}}(D) = \frac{1}{2} \mathbb{E}_{x \sim p_{\text{data}}(x)} \left[ (D(x) - b)^2 \right] + \frac{1}{2} \mathbb{E}_{z \sim p_z(z)} \left[ (D(G(z)) - a)^2 \right]$$

where $a$ and $b$ are the labels of fake and real data. At a point $x$, with $p_d = p_{\text{data}}(x)$, $p_g = p_g(x)$ and $D = D(x)$, the integrand is $\frac{1}{2} p_d (D - b)^2 + \frac{1}{2} p_g (D - a)^2$, and

$$\frac{\partial}{\partial D} \left( \frac{1}{2} p_d (D - b)^2 + \frac{1}{2} p_g (D - a)^2 \right) = p_d (D - b) + p_g (D - a)$$

Setting it to zero gives the optimal discriminator for a fixed $G$,

$$D^*(x) = \frac{b p_{\text{data}}(x) + a p_g(x)}{p_{\text{data}}(x) + p_g(x)} \tag{4}$$

The generator's objective at this discriminator has the pointwise integrand $(p_d + p_g)(D^* - c)^2$, and

$$(p_d + p_g) \left( \frac{b p_d + a p_g}{p_d + p_g} - c \right)^2 = \frac{((b - c)(p_d + p_g) - (b - a) p_g)^2}{p_d + p_g}$$

which, when $b - c = 1$ and $b - a = 2$, is the integrand of the Pearson $\chi^2$ divergence between $p_d + p_g$ and $2 p_g$. With $a = -1$, $b = 1$, $c = 0$ and, at one point, $p_d = 0.3$, $p_g = 0.1$:

$$D^* = \frac{0.3 - 0.1}{0.3 + 0.1} = 0.5$$

$$(0.3 + 0.1) \cdot 0.5^2 = \frac{(0.4 - 2 \cdot 0.1)^2}{0.4} = 0.1$$
""", r"= p_d (D - b) + p_g (D - a)$$", r"= p_d (D - b) - p_g (D - a)$$",
    "sign slip: the fake-data term's derivative subtracted")

add("srivastava-highway-gates",
    "Srivastava, Greff and Schmidhuber, Highway Networks (2015) and Training Very Deep Networks (NIPS 2015), 2 (the highway layer (3) with the transform gate T and the carry gate 1 - T, the limits (4)-(5) and T(x) = sigma(W_T^T x + b_T)), for one scalar unit, with numbers",
    "https://arxiv.org/abs/1505.00387",
    "the paper's notation (H, T, W_H, W_T, b_T, y, x); the scalar unit with H = tanh, its derivative and the numbers are added as readers work them out", r"""
# A highway layer

A highway network adds to the transform $H$ of a plain layer a transform gate $T$ and a carry gate $C = 1 - T$:

$$\mathbf{y} = H(\mathbf{x}, \mathbf{W_H}) \cdot T(\mathbf{x}, \mathbf{W_T}) + \mathbf{x} \cdot (1 - T(\mathbf{x}, \mathbf{W_T})) \tag{3}$$

so that the layer passes its input through when $T = 0$ and acts as the plain layer when $T = 1$. The gate is $T(\mathbf{x}) = \sigma(\mathbf{W_T}^T \mathbf{x} + \mathbf{b_T})$, with $\mathbf{b_T}$ initialized negative so that the layer starts close to carrying its input.

For one scalar unit with $H(x) = \tanh(w_H x)$ and $T(x) = \sigma(w_T x + b_T)$,

$$\frac{d}{dx} \left( \tanh(w_H x) \sigma(w_T x + b_T) + x (1 - \sigma(w_T x + b_T)) \right) = w_H (1 - \tanh^2(w_H x)) \sigma(w_T x + b_T) + (\tanh(w_H x) - x) w_T \sigma(w_T x + b_T)(1 - \sigma(w_T x + b_T)) + 1 - \sigma(w_T x + b_T)$$

Take $w_H = 1$, $w_T = 1$, $b_T = -1$ and $x = 1$, so that $T = \sigma(0) = 0.5$. Then

$$y = \tanh(1) \cdot 0.5 + 1 \cdot (1 - 0.5) \approx 0.88080$$

$$\frac{dy}{dx} = 0.41997 \cdot 0.5 + (0.76159 - 1) \cdot 0.25 + 0.5 \approx 0.65039$$

and with the gate closed, $T = 0$, the derivative of the carried input is $1$.
""", r"+ (\tanh(w_H x) - x) w_T \sigma", r"+ (\tanh(w_H x) + x) w_T \sigma",
    "sign slip: the carry term's derivative -x T' added instead of subtracted")

add("huang-stochastic-depth-expected-depth",
    "Huang, Sun, Liu, Sedra and Weinberger, Deep Networks with Stochastic Depth (ECCV 2016), 3 (the survival probabilities p_l, the linear decay rule (4) with p_L = 0.5 and the expected depth E(L-tilde) = sum_l p_l, about 40 of the 54 residual blocks of a 110-layer ResNet), with numbers",
    "https://arxiv.org/abs/1603.09382",
    "the paper's notation (p_l, p_L, L, b_l, E(L-tilde)); the closed form of the sum and the small case are added as readers work them out", r"""
# The expected depth under stochastic depth

During training the $\ell$-th residual block survives with probability $p_\ell = \Pr(b_\ell = 1)$. The linear decay rule sets

$$p_\ell = 1 - \frac{\ell}{L} (1 - p_L) \tag{4}$$

so the expected number of surviving blocks is

$$E(\tilde{L}) = \sum_{\ell=1}^{L} p_\ell = \sum_{\ell=1}^{L} \left( 1 - \frac{\ell}{L} (1 - p_L) \right) = L - \frac{L + 1}{2} (1 - p_L)$$

With $p_L = 0.5$ this is

$$L - \frac{L + 1}{4} = \frac{3L - 1}{4}$$

For $L = 4$ blocks the survival probabilities are $\frac{7}{8}$, $\frac{6}{8}$, $\frac{5}{8}$ and $\frac{4}{8}$, and

$$\frac{7}{8} + \frac{6}{8} + \frac{5}{8} + \frac{4}{8} = 2.75 = \frac{3 \cdot 4 - 1}{4}$$

For the 110-layer ResNet with $L = 54$ blocks,

$$\frac{3 \cdot 54 - 1}{4} = 40.25$$

so about 40 blocks are active on average, and training takes about a quarter less time.
""", r"$$L - \frac{L + 1}{4} = \frac{3L - 1}{4}$$", r"$$L - \frac{L + 1}{4} = \frac{3L + 1}{4}$$",
    "sign slip: 4L - (L + 1) taken as 3L + 1")

add("bishop-prml-laplace-approximation",
    "Bishop, Pattern Recognition and Machine Learning (2006), 4.4 The Laplace Approximation (the mode z_0, A = -d^2/dz^2 ln f(z) at z_0 (4.128), the Gaussian q(z) (4.130) and the normalization Z (4.135) for one variable), for f(z) = z^2 e^{-z}, with numbers",
    "https://www.microsoft.com/en-us/research/publication/pattern-recognition-machine-learning/",
    "the book's notation (f(z), Z, z_0, A, q(z)); the Gamma example and the numbers are added as readers work them out (the book's own example, in figure 4.14, is exp(-z^2/2) sigma(20z + 4))", r"""
# The Laplace approximation

Let $p(z) = \frac{1}{Z} f(z)$ with $Z = \int f(z) \, dz$ unknown. At a mode $z_0$ of $p(z)$, where $\frac{d f(z)}{d z} = 0$, the Laplace approximation expands $\ln f(z)$ to second order,

$$\ln f(z) \simeq \ln f(z_0) - \frac{1}{2} A (z - z_0)^2$$

where

$$A = - \frac{d^2}{d z^2} \ln f(z) \bigg|_{z = z_0} \tag{4.128}$$

giving $q(z) = \left( \frac{A}{2 \pi} \right)^{1/2} \exp\left\{ -\frac{A}{2} (z - z_0)^2 \right\}$ and $Z \simeq f(z_0) \left( \frac{2 \pi}{A} \right)^{1/2}$.

Take $f(z) = z^2 e^{-z}$ for $z > 0$, whose normalization is $\Gamma(3) = 2$. Then $\ln f(z) = 2 \ln z - z$,

$$\frac{d}{dz} (2 \ln z - z) = \frac{2}{z} - 1$$

so the mode is $z_0 = 2$, and

$$\frac{d^2}{dz^2} (2 \ln z - z) = -\frac{2}{z^2}$$

so $A = \frac{2}{z_0^2} = 0.5$. The approximate normalization is

$$f(2) \left( \frac{2 \pi}{0.5} \right)^{1/2} = 4 e^{-2} \sqrt{4 \pi} \approx 1.91900$$

which is Stirling's approximation of $\Gamma(3) = 2$, about 4 % too small.
""", r"= -\frac{2}{z^2}$$", r"= -\frac{2}{z}$$",
    "power rule: the derivative of 2/z taken as -2/z")

add("friedman-gradient-boosting-logistic",
    "Friedman, Greedy Function Approximation: A Gradient Boosting Machine (Annals of Statistics 2001), 4.4 Two-class logistic regression (the loss log(1 + exp(-2yF)) with y in {-1, 1}, F = (1/2) log odds (18), the pseudo-response (19) and the single Newton-Raphson step of a terminal node), with numbers",
    "https://doi.org/10.1214/aos/1013203451",
    "the paper's notation (y, F, F_{m-1}, y-tilde_i, gamma_lm, R_lm, p_+); the second derivative and the three-example numbers are added as readers work them out", r"""
# Two-class logistic gradient boosting

With $y \in \{-1, 1\}$ the loss is the negative binomial log-likelihood

$$\Psi(y, F) = \log(1 + \exp(-2yF))$$

where $F(\mathbf{x}) = \frac{1}{2} \log \left[ \frac{\Pr(y = 1 | \mathbf{x})}{\Pr(y = -1 | \mathbf{x})} \right]$. The pseudo-response is minus the derivative of the loss:

$$-\frac{\partial}{\partial F} \log(1 + \exp(-2yF)) = \frac{2y}{1 + \exp(2yF)}$$

that is, $\tilde{y}_i = 2 y_i / (1 + \exp(2 y_i F_{m-1}(\mathbf{x}_i)))$. The line search in a terminal node $R_{lm}$ has no closed form and is approximated by one Newton-Raphson step, whose second derivative is

$$\frac{\partial^2}{\partial F^2} \log(1 + \exp(-2F)) = \frac{4 \exp(2F)}{(1 + \exp(2F))^2}$$

which equals $|\tilde{y}_i| (2 - |\tilde{y}_i|)$, so that $\gamma_{lm} = \sum_{\mathbf{x}_i \in R_{lm}} \tilde{y}_i / \sum_{\mathbf{x}_i \in R_{lm}} |\tilde{y}_i| (2 - |\tilde{y}_i|)$.

Take three examples with $y = 1, 1, -1$. The starting value is $F_0 = \frac{1}{2} \log \frac{1 + \bar{y}}{1 - \bar{y}}$ with $\bar{y} = \frac{1}{3}$:

$$F_0 = \frac{1}{2} \log 2 \approx 0.34657$$

The pseudo-responses are $\frac{2}{1 + 2} = \frac{2}{3}$ for the positive examples and $\frac{-2}{1 + 0.5} = -\frac{4}{3}$ for the negative one; they sum to zero at $F_0$. A terminal node holding the two positive examples takes the Newton step

$$\gamma = \frac{\frac{2}{3} + \frac{2}{3}}{2 \cdot \frac{2}{3} \cdot \frac{4}{3}} = 0.75$$

and the probability estimate at $F_0$ is

$$p_+ = \frac{1}{1 + e^{-2 F_0}} = \frac{1}{1 + 0.5} \approx 0.66667$$
""", r"= \frac{2y}{1 + \exp(2yF)}$$", r"= \frac{2y}{1 + \exp(-2yF)}$$",
    "sign slip: exp(-2yF) kept in the denominator after differentiating")

add("rasmussen-williams-gp-one-point",
    "Rasmussen and Williams, Gaussian Processes for Machine Learning (2006), 2.2 Function-space view (the squared exponential covariance (2.16), the predictive mean and variance (2.25)-(2.26) and the log marginal likelihood (2.30)), with one training point, with numbers",
    "http://gaussianprocess.org/gpml/",
    "the book's notation (k(x_p, x_q), k_*, K, sigma_n^2, f-bar_*, V[f_*], ell); the one-point case, the length-scale derivative and the numbers are added as readers work them out", r"""
# Gaussian process prediction from one observation

With the squared exponential covariance function

$$k(x_p, x_q) = \exp\left( -\frac{(x_p - x_q)^2}{2 \ell^2} \right)$$

and noisy observations $y = f(x) + \varepsilon$ with noise variance $\sigma_n^2$, the predictive distribution at a test input $x_*$ has mean and variance

$$\bar{f}_* = \mathbf{k}_*^\top (K + \sigma_n^2 I)^{-1} \mathbf{y} \tag{2.25}$$

$$\mathbb{V}[f_*] = k(x_*, x_*) - \mathbf{k}_*^\top (K + \sigma_n^2 I)^{-1} \mathbf{k}_* \tag{2.26}$$

The length-scale $\ell$ is set by the marginal likelihood, which needs

$$\frac{\partial}{\partial \ell} \exp\left( -\frac{r^2}{2 \ell^2} \right) = \frac{r^2}{\ell^3} \exp\left( -\frac{r^2}{2 \ell^2} \right)$$

Take one training point $x = 0$ with $y = 1$, $\ell = 1$, $\sigma_n^2 = 0.1$ and the test input $x_* = 1$. Then $K = k(0, 0) = 1$ and $\mathbf{k}_* = e^{-0.5} \approx 0.60653$, so

$$\bar{f}_* = \frac{0.60653}{1 + 0.1} \approx 0.55139$$

$$\mathbb{V}[f_*] = 1 - \frac{0.60653^2}{1.1} \approx 0.66556$$

and the log marginal likelihood (2.30) of the one observation is

$$-\frac{1}{2} \cdot \frac{1^2}{1.1} - \frac{1}{2} \log 1.1 - \frac{1}{2} \log 2 \pi \approx -1.42114$$
""", r"= \frac{r^2}{\ell^3} \exp", r"= \frac{r^2}{\ell^2} \exp",
    "power rule: the derivative of ell^{-2} taken with ell^{-2} kept")
