# A sixteenth held-out set (issue 12, branch held16): twelve passages the corpus did not hold
# before and that the checker had never been run on: Goodfellow et al.'s optimal discriminator
# (GAN 2014, proposition 1 and theorem 1), Sutton and Barto's REINFORCE with baseline (13.4),
# Sutskever et al.'s classical and Nesterov momentum (2013, eqs. (1)-(4)), Srivastava et al.'s
# dropout on linear regression (JMLR 2014, 9.1), D2L's cross-entropy as entropy plus KL (22.11),
# GloVe's weighted least squares and its gradient (Pennington et al. 2014, eq. (8)), mixup's
# mixed-label cross-entropy (Zhang et al. 2018), Hadsell, Chopra and LeCun's contrastive loss
# (2006, eq. (4)), Murphy's logistic-regression gradient and Hessian (PML1, 10.2.3), and three
# typed the way new users type: a phone's Unicode (temperature scaling, Guo et al. 2017), plain
# ASCII (SGDR's cosine schedule, Loshchilov and Hutter 2017, eq. (5)) and engine syntax diff(...)
# (layer normalisation's invariance to rescaling, Ba, Kiros and Hinton 2016). Where no stored
# copy was found the passage is written from the source as recalled, and its header says so.
# Read by make_transcribed.py after sources_held_out15.py.

add("goodfellow-gan-optimal-discriminator",
    "Goodfellow et al., Generative Adversarial Nets (2014), 4.1 Global Optimality of p_g = p_data, proposition 1 (the optimal discriminator) and theorem 1 (C(G) = -log 4 at p_g = p_data), the maximisation worked out, with numbers",
    "https://arxiv.org/abs/1406.2661",
    "the paper's displays in its notation (p_data, p_g, D*_G); the stationary point of a log y + b log(1 - y) and its second derivative written out as readers' notes do (hackmd.io/@haohao123, jonathan-hui.medium.com); the numbers are added", r"""
# The optimal discriminator of a GAN

For $G$ fixed, the training criterion for the discriminator $D$ is to maximize the quantity $V(G, D)$:

$$V(G, D) = \int_x p_{\text{data}}(x) \log(D(x))\,dx + \int_z p_z(z) \log(1 - D(g(z)))\,dz = \int_x p_{\text{data}}(x) \log(D(x)) + p_g(x) \log(1 - D(x))\,dx$$

For any $(a, b) \in \mathbb{R}^2 \setminus \{0, 0\}$, the function $y \rightarrow a \log(y) + b \log(1 - y)$ achieves its maximum in $[0, 1]$ at $\frac{a}{a + b}$. Worked out, with $f(y) = a \log(y) + b \log(1 - y)$ and $a, b > 0$:

$$f'(y) = \frac{a}{y} - \frac{b}{1 - y}$$

Setting $f'(y) = 0$ gives $a(1 - y) = b y$, that is $y = \frac{a}{a + b}$, and the point is a maximum because

$$f''(y) = -\frac{a}{y^2} - \frac{b}{(1 - y)^2} < 0$$

With $a = p_{\text{data}}(x)$ and $b = p_g(x)$, the optimal discriminator is

$$D^*_G(x) = \frac{p_{\text{data}}(x)}{p_{\text{data}}(x) + p_g(x)}$$

For example, with $a = 0.6$ and $b = 0.2$ the maximum is at $y = \frac{0.6}{0.6 + 0.2} = 0.75$, where $f(0.75) = 0.6 \log 0.75 + 0.2 \log 0.25 \approx -0.44987$.

The virtual training criterion is then $C(G) = \mathbb{E}_{x \sim p_{\text{data}}}\left[\log D^*_G(x)\right] + \mathbb{E}_{x \sim p_g}\left[\log(1 - D^*_G(x))\right]$. For $p_g = p_{\text{data}}$, $D^*_G(x) = \frac{1}{2}$, and

$$C(G) = \log \frac{1}{2} + \log \frac{1}{2} = -\log 4$$
""", r"f'(y) = \frac{a}{y} - \frac{b}{1 - y}", r"f'(y) = \frac{a}{y} + \frac{b}{1 - y}",
    "sign slip: the derivative of b log(1 - y) written +b/(1 - y)")

add("sutton-barto-reinforce-baseline",
    "Sutton and Barto, Reinforcement Learning: An Introduction (2nd ed.), 13.4 REINFORCE with Baseline, eqs. (13.10)-(13.11) and why the baseline adds nothing in expectation, with a two-action sigmoid policy and the variance in numbers",
    "http://incompleteideas.net/book/the-book-2nd.html",
    "the book's displays in its notation (bold theta, mu(s), q_pi, b(s)); the two-action example and its variances are an exercise-style addition", r"""
# REINFORCE with baseline

The policy gradient theorem can be generalized to include a comparison of the action value to an arbitrary baseline $b(s)$:

$$\nabla J(\boldsymbol{\theta}) \propto \sum_s \mu(s) \sum_a \left(q_\pi(s, a) - b(s)\right) \nabla \pi(a|s, \boldsymbol{\theta})$$

The baseline can be any function, even a random variable, as long as it does not vary with $a$; the equation remains valid because the subtracted quantity is zero:

$$\sum_a b(s) \nabla \pi(a|s, \boldsymbol{\theta}) = b(s) \nabla \sum_a \pi(a|s, \boldsymbol{\theta}) = b(s) \nabla 1 = 0$$

The update rule that results is

$$\boldsymbol{\theta}_{t+1} = \boldsymbol{\theta}_t + \alpha \left(G_t - b(S_t)\right) \frac{\nabla \pi(A_t|S_t, \boldsymbol{\theta}_t)}{\pi(A_t|S_t, \boldsymbol{\theta}_t)}$$

Example: two actions and one parameter, $\pi(1|s, \theta) = \sigma(\theta)$ and $\pi(2|s, \theta) = 1 - \sigma(\theta)$, whose eligibilities are $1 - \sigma(\theta)$ and $-\sigma(\theta)$. Their expectation under the policy is zero for every $\theta$:

$$\sigma(\theta)(1 - \sigma(\theta)) + (1 - \sigma(\theta))(-\sigma(\theta)) = 0$$

At $\theta = 0$ the eligibilities are $\frac{1}{2}$ and $-\frac{1}{2}$. Suppose action 1 always returns $G = 3$ and action 2 always $G = 1$. Without a baseline the sampled update direction is $3 \cdot \frac{1}{2} = 1.5$ or $1 \cdot \left(-\frac{1}{2}\right) = -0.5$, each with probability $\frac{1}{2}$: its mean is $0.5$ and its variance

$$\frac{1}{2}\left(1.5^2 + 0.5^2\right) - 0.5^2 = 1.25 - 0.25 = 1$$

With the baseline $b = 2$ the two directions are $(3 - 2) \cdot \frac{1}{2} = 0.5$ and $(1 - 2) \cdot \left(-\frac{1}{2}\right) = 0.5$: the mean is still $0.5$ and the variance is $0$.
""", r"(1 - \sigma(\theta))(-\sigma(\theta)) = 0", r"(1 - \sigma(\theta))\sigma(\theta) = 0",
    "sign slip: the second action's eligibility -sigma written +sigma, so the expectation is not zero")

add("sutskever-nesterov-momentum",
    "Sutskever, Martens, Dahl and Hinton, On the importance of initialization and momentum in deep learning (ICML 2013), section 2 (classical momentum, eqs. (1)-(2); Nesterov's accelerated gradient, eqs. (3)-(4)) and 2.1 (NAG on a quadratic), with one step in numbers",
    "https://proceedings.mlr.press/v28/sutskever13.html",
    "the paper's displays in its notation (mu, epsilon, v_t, theta_t); the quadratic with curvature lambda is the paper's 2.1 argument written out; the numbers are added", r"""
# Classical momentum and Nesterov's accelerated gradient

Classical momentum (CM) for optimizing an objective $f(\theta)$ is given by:

$$v_{t+1} = \mu v_t - \varepsilon \nabla f(\theta_t)$$

$$\theta_{t+1} = \theta_t + v_{t+1}$$

where $\varepsilon > 0$ is the learning rate and $\mu \in [0, 1]$ is the momentum coefficient. Nesterov's accelerated gradient (NAG) can be rewritten as a momentum method:

$$v_{t+1} = \mu v_t - \varepsilon \nabla f(\theta_t + \mu v_t)$$

$$\theta_{t+1} = \theta_t + v_{t+1}$$

The only difference is where the gradient is evaluated. On a quadratic $f(\theta) = \frac{\lambda}{2}\theta^2$ with curvature $\lambda$, $\nabla f(\theta) = \lambda \theta$, so NAG's velocity update is

$$v_{t+1} = \mu v_t - \varepsilon \lambda (\theta_t + \mu v_t) = \mu (1 - \varepsilon \lambda) v_t - \varepsilon \lambda \theta_t$$

that is, along a direction of curvature $\lambda$ NAG uses the effective momentum coefficient $\mu(1 - \varepsilon\lambda)$, smaller than $\mu$ for high curvature, which lets it avoid oscillation.

One step with $\lambda = 1$, $\mu = 0.9$, $\varepsilon = 0.1$, $\theta_0 = 1$ and $v_0 = 0.5$. Classical momentum:

$$v_1 = 0.9 \cdot 0.5 - 0.1 \cdot 1 = 0.35, \quad \theta_1 = 1 + 0.35 = 1.35$$

NAG looks ahead to $\theta_0 + \mu v_0 = 1 + 0.45 = 1.45$:

$$v_1 = 0.9 \cdot 0.5 - 0.1 \cdot 1.45 = 0.305, \quad \theta_1 = 1 + 0.305 = 1.305$$

and the same from the effective coefficient: $0.9 \cdot (1 - 0.1) \cdot 0.5 - 0.1 \cdot 1 = 0.405 - 0.1 = 0.305$.
""", r"= \mu (1 - \varepsilon \lambda) v_t", r"= \mu (1 + \varepsilon \lambda) v_t",
    "sign slip: the effective momentum coefficient written mu(1 + epsilon lambda)")

add("srivastava-dropout-linear-regression",
    "Srivastava, Hinton, Krizhevsky, Sutskever and Salakhutdinov, Dropout: A Simple Way to Prevent Neural Networks from Overfitting (JMLR 2014), 9.1 Dropout in linear regression (the expected squared error and Gamma), with one input written out and numbers",
    "https://jmlr.org/papers/v15/srivastava14a.html",
    "the section's displays in its notation (R * X, p the retention probability, Gamma = diag(X^T X)^(1/2)); the one-input expansion follows the stored Cross Validated answer to question 395859 (wiki.hoelee.com copy); the numbers are added", r"""
# Dropout in linear regression

Let $X \in \mathbb{R}^{N \times D}$ be a data matrix of $N$ data points and $y \in \mathbb{R}^N$ a vector of targets. Linear regression tries to find a $w \in \mathbb{R}^D$ that minimizes $\|y - Xw\|^2$. When the input $X$ is dropped out such that any input dimension is retained with probability $p$, the input can be expressed as $R * X$ where $R \in \{0, 1\}^{N \times D}$ is a random matrix with $R_{ij} \sim \mathrm{Bernoulli}(p)$ and $*$ denotes an element-wise product. Marginalizing the noise, the objective function becomes

$$\mathbb{E}_{R \sim \mathrm{Bernoulli}(p)}\left[\|y - (R * X)w\|^2\right] = \|y - pXw\|^2 + p(1 - p)\|\Gamma w\|^2$$

where $\Gamma = (\mathrm{diag}(X^T X))^{1/2}$.

With one data point and one input, $y$, $x$ and $w$ are numbers and $r \sim \mathrm{Bernoulli}(p)$. Since $\mathbb{E}[r] = p$ and, as $r^2 = r$, $\mathbb{E}[r^2] = p$,

$$\mathbb{E}[(y - r x w)^2] = y^2 - 2 p x w y + p x^2 w^2$$

$$y^2 - 2 p x w y + p x^2 w^2 = (y - p x w)^2 + p(1 - p) x^2 w^2$$

Numbers: $y = 1$, $x = 2$, $w = 0.5$, $p = 0.8$. If the input is kept the error is $(1 - 2 \cdot 0.5)^2 = 0$, if it is dropped $(1 - 0)^2 = 1$, so the expected error is $0.8 \cdot 0 + 0.2 \cdot 1 = 0.2$, and the formula gives

$$(1 - 0.8 \cdot 2 \cdot 0.5)^2 + 0.8 \cdot 0.2 \cdot 2^2 \cdot 0.5^2 = 0.04 + 0.16 = 0.2$$
""", r"$$\mathbb{E}[(y - r x w)^2] = y^2 - 2 p x w y + p x^2 w^2$$", r"$$\mathbb{E}[(y - r x w)^2] = y^2 - 2 p x w y + p^2 x^2 w^2$$",
    "wrong moment: E[r^2] taken as p^2 instead of p")

add("d2l-information-theory-cross-entropy",
    "Zhang et al., Dive into Deep Learning, 22.11 Information Theory (entropy, Kullback-Leibler divergence and cross-entropy: CE(P, Q) = H(P) + D_KL(P||Q)), with two outcomes in numbers",
    "https://d2l.ai/chapter_appendix-mathematics-for-deep-learning/information-theory.html",
    "the section's definitions in its notation (H(P), D_KL(P||Q), CE(P, Q)); the decomposition written out term by term; the numbers are added", r"""
# Cross-entropy is entropy plus KL divergence

For a discrete distribution $P$ with probabilities $p_i$, the entropy is

$$H(P) = -\sum_i p_i \log p_i$$

The Kullback-Leibler divergence of $Q$ from $P$ is

$$D_{\mathrm{KL}}(P\|Q) = \sum_i p_i \log \frac{p_i}{q_i}$$

and the cross-entropy is $\mathrm{CE}(P, Q) = -\mathbb{E}_{x \sim P}[\log q(x)] = -\sum_i p_i \log q_i$. Adding and subtracting $\sum_i p_i \log p_i$,

$$-\sum_i p_i \log q_i = -\sum_i p_i \log p_i + \sum_i p_i \log \frac{p_i}{q_i}$$

that is,

$$\mathrm{CE}(P, Q) = H(P) + D_{\mathrm{KL}}(P\|Q)$$

so, for a fixed $P$, minimizing the cross-entropy over $Q$ is the same as minimizing the KL divergence. Two outcomes: $P = (0.5, 0.5)$ and $Q = (0.25, 0.75)$. Then

$$H(P) = -0.5 \log 0.5 - 0.5 \log 0.5 = \log 2 \approx 0.69315$$

$$D_{\mathrm{KL}}(P\|Q) = 0.5 \log \frac{0.5}{0.25} + 0.5 \log \frac{0.5}{0.75} \approx 0.34657 - 0.20273 = 0.14384$$

$$\mathrm{CE}(P, Q) = -0.5 \log 0.25 - 0.5 \log 0.75 \approx 0.69315 + 0.14384 = 0.83699$$
""", r"\approx 0.34657 - 0.20273 = 0.14384", r"\approx 0.34657 + 0.20273 = 0.54930",
    "sign slip: log(0.5/0.75) taken as positive")

add("pennington-glove-gradient",
    "Pennington, Socher and Manning, GloVe: Global Vectors for Word Representation (EMNLP 2014), 3 The GloVe Model, eq. (8) (the weighted least-squares cost) and eq. (9) (the weighting function), with its gradient and one pair of one-dimensional vectors in numbers",
    "https://nlp.stanford.edu/pubs/glove.pdf",
    "eqs. (8)-(9) in the paper's notation (w_i, w-tilde_j, b_i, b-tilde_j, X_ij, x_max, alpha = 3/4); f(x) = min((x/x_max)^alpha, 1) as stored summaries write it (shortscience.org); the gradient and the numbers are added", r"""
# GloVe's cost and its gradient

GloVe is a weighted least squares regression model:

$$J = \sum_{i, j = 1}^{V} f(X_{ij}) \left(w_i^T \tilde{w}_j + b_i + \tilde{b}_j - \log X_{ij}\right)^2$$

where $V$ is the size of the vocabulary and the weighting function is

$$f(x) = \begin{cases} (x / x_{\max})^\alpha & \text{if } x < x_{\max} \\ 1 & \text{otherwise} \end{cases}$$

with $x_{\max} = 100$ and $\alpha = 3/4$. Writing $e_{ij} = w_i^T \tilde{w}_j + b_i + \tilde{b}_j - \log X_{ij}$ for the residual of one pair, the gradient of that pair's term $f(X_{ij}) e_{ij}^2$ is

$$\frac{\partial}{\partial w_i} f(X_{ij}) e_{ij}^2 = 2 f(X_{ij}) e_{ij} \tilde{w}_j$$

$$\frac{\partial}{\partial \tilde{w}_j} f(X_{ij}) e_{ij}^2 = 2 f(X_{ij}) e_{ij} w_i$$

$$\frac{\partial}{\partial b_i} f(X_{ij}) e_{ij}^2 = 2 f(X_{ij}) e_{ij}$$

One pair with one-dimensional vectors: $X_{ij} = 10$, $w_i = 0.5$, $\tilde{w}_j = 2$, $b_i = 0.1$, $\tilde{b}_j = 0.2$. Then $f(10) = 0.1^{3/4} \approx 0.17783$ and

$$e_{ij} = 0.5 \cdot 2 + 0.1 + 0.2 - \log 10 \approx -1.00259$$

$$f(X_{ij}) e_{ij}^2 \approx 0.17783 \cdot 1.00518 \approx 0.17875$$

$$\frac{\partial}{\partial w_i} f(X_{ij}) e_{ij}^2 \approx 2 \cdot 0.17783 \cdot (-1.00259) \cdot 2 \approx -0.71315$$
""", r"f(X_{ij}) e_{ij}^2 = 2 f(X_{ij}) e_{ij} \tilde{w}_j$$", r"f(X_{ij}) e_{ij}^2 = 2 f(X_{ij}) e_{ij} w_i$$",
    "swapped symbols: the gradient with respect to w_i multiplied by w_i instead of w-tilde_j")

add("zhang-mixup-cross-entropy",
    "Zhang, Cisse, Dauphin and Lopez-Paz, mixup: Beyond Empirical Risk Minimization (ICLR 2018), section 2 (the virtual example x-tilde, y-tilde with lambda ~ Beta(alpha, alpha)), the mixed-label cross-entropy and its gradient worked out, with two classes in numbers",
    "https://arxiv.org/abs/1710.09412",
    "the paper's two displays in its notation (x-tilde, y-tilde, lambda); the linearity of the cross-entropy in the label, the logit gradient and the numbers are added", r"""
# mixup: the mixed-label cross-entropy

mixup constructs virtual training examples

$$\tilde{x} = \lambda x_i + (1 - \lambda) x_j, \qquad \tilde{y} = \lambda y_i + (1 - \lambda) y_j$$

where $(x_i, y_i)$ and $(x_j, y_j)$ are two examples drawn at random from the training data, $y$ one-hot, and $\lambda \in [0, 1]$ with $\lambda \sim \mathrm{Beta}(\alpha, \alpha)$ for $\alpha \in (0, \infty)$.

With predicted probabilities $p = \mathrm{softmax}(z)$ for $\tilde{x}$, the cross-entropy against the mixed label is linear in the label:

$$\ell = -\sum_k \tilde{y}_k \log p_k = -\lambda \sum_k y_{ik} \log p_k - (1 - \lambda) \sum_k y_{jk} \log p_k$$

so it is the $\lambda$-weighted mixture of the two examples' losses. Since $\sum_k \tilde{y}_k = 1$, its gradient with respect to the logits is, as for a one-hot label,

$$\frac{\partial \ell}{\partial z_k} = p_k - \tilde{y}_k$$

Two classes: $y_i = (1, 0)$, $y_j = (0, 1)$, $\lambda = 0.7$, so $\tilde{y} = (0.7, 0.3)$, and $p = (0.6, 0.4)$. Then

$$\ell = -0.7 \log 0.6 - 0.3 \log 0.4 \approx 0.35758 + 0.27489 = 0.63247$$

and the gradient with respect to the logits is $(0.6 - 0.7, 0.4 - 0.3) = (-0.1, 0.1)$. For $\lambda \sim \mathrm{Beta}(\alpha, \alpha)$ the mean of $\lambda$ is $\frac{1}{2}$ and its variance is

$$\frac{\alpha \cdot \alpha}{(2\alpha)^2 (2\alpha + 1)} = \frac{1}{4(2\alpha + 1)}$$

so with the paper's $\alpha = 0.2$ it is $\frac{1}{4 \cdot 1.4} \approx 0.17857$.
""", r"\approx 0.35758 + 0.27489 = 0.63247", r"\approx 0.27489 + 0.35758 = 0.51083",
    "slip in the sum: the two losses added to 0.51083 (= -log 0.6) instead of 0.63247")

add("hadsell-contrastive-loss",
    "Hadsell, Chopra and LeCun, Dimensionality Reduction by Learning an Invariant Mapping (CVPR 2006), 2.1 The contrastive loss function, eqs. (1) and (4), with its derivative with respect to D_W and a pair in numbers",
    "https://doi.org/10.1109/CVPR.2006.100",
    "eqs. (1) and (4) in the paper's notation (D_W, G_W, Y = 0 for similar pairs, margin m) as stored notes write them (publish.obsidian.md/subhaditya, click4ai.perfionixai.com); the derivatives and numbers are added", r"""
# The contrastive loss

Let $\vec{X}_1, \vec{X}_2$ be a pair of input vectors and $D_W$ the parameterized distance between their images under the mapping $G_W$:

$$D_W(\vec{X}_1, \vec{X}_2) = \|G_W(\vec{X}_1) - G_W(\vec{X}_2)\|_2$$

Let $Y$ be a binary label assigned to the pair: $Y = 0$ if $\vec{X}_1$ and $\vec{X}_2$ are deemed similar and $Y = 1$ if they are deemed dissimilar. The exact loss function is

$$L(W, Y, \vec{X}_1, \vec{X}_2) = (1 - Y) \frac{1}{2} (D_W)^2 + (Y) \frac{1}{2} \{\max(0, m - D_W)\}^2$$

where $m > 0$ is a margin. Dissimilar pairs contribute to the loss only if their distance is within the margin. For $D_W < m$ the loss is differentiable in $D_W$ with

$$\frac{\partial L}{\partial D_W} = (1 - Y) D_W - Y (m - D_W)$$

and, for $D_W > 0$, $\frac{\partial D_W}{\partial G_W(\vec{X}_1)} = \frac{G_W(\vec{X}_1) - G_W(\vec{X}_2)}{D_W}$.

A pair at distance $D_W = 0.5$ with margin $m = 2$: if it is similar ($Y = 0$), $L = \frac{1}{2} \cdot 0.5^2 = 0.125$ and $\frac{\partial L}{\partial D_W} = 0.5$, pulling the pair together; if it is dissimilar ($Y = 1$),

$$L = \frac{1}{2} (2 - 0.5)^2 = 1.125$$

and $\frac{\partial L}{\partial D_W} = -(2 - 0.5) = -1.5$, pushing the pair apart. A dissimilar pair at $D_W = 3 > m$ contributes $\frac{1}{2}\max(0, 2 - 3)^2 = 0$.
""", r"= (1 - Y) D_W - Y (m - D_W)$$", r"= (1 - Y) D_W + Y (m - D_W)$$",
    "sign slip: the derivative of (m - D)^2 / 2 written +(m - D)")

add("murphy-pml-logistic-hessian",
    "Murphy, Probabilistic Machine Learning: An Introduction (2022), 10.2.3 Maximum likelihood estimation of binary logistic regression (the gradient and the Hessian of the NLL, H = X^T S X positive semi-definite), with one feature and two examples in numbers",
    "https://probml.github.io/pml-book/book1.html",
    "the section's results in the book's notation (mu_n = sigma(a_n), a_n = w^T x_n, S = diag(mu_n(1 - mu_n))), without the 1/N scaling; the per-example derivatives and the numbers are added", r"""
# Binary logistic regression: gradient and Hessian of the NLL

The negative log likelihood of binary logistic regression is

$$\mathrm{NLL}(w) = -\sum_{n=1}^{N} \left[y_n \log \mu_n + (1 - y_n) \log(1 - \mu_n)\right]$$

where $\mu_n = \sigma(a_n)$ and $a_n = w^T x_n$. Since $\frac{d\mu_n}{da_n} = \sigma(a_n)(1 - \sigma(a_n))$, the derivative of one term with respect to $a_n$ is

$$\frac{\partial}{\partial a_n}\left(-y_n \log \mu_n - (1 - y_n) \log(1 - \mu_n)\right) = -y_n (1 - \mu_n) + (1 - y_n)\mu_n = \mu_n - y_n$$

so the gradient is

$$\nabla_w \mathrm{NLL}(w) = \sum_{n=1}^{N} (\mu_n - y_n) x_n$$

and the Hessian is

$$H(w) = \sum_{n=1}^{N} \mu_n (1 - \mu_n) x_n x_n^T = X^T S X, \qquad S = \mathrm{diag}(\mu_n (1 - \mu_n))$$

which is positive semi-definite, since $v^T X^T S X v = \sum_n \mu_n(1 - \mu_n)(x_n^T v)^2 \geq 0$; the NLL is convex.

One feature and two examples: $x_1 = 1$, $y_1 = 1$, $x_2 = -2$, $y_2 = 0$, at $w = 0.5$. Then $\mu_1 = \sigma(0.5) \approx 0.62246$ and $\mu_2 = \sigma(-1) \approx 0.26894$, so

$$\nabla_w \mathrm{NLL} = (0.62246 - 1) \cdot 1 + (0.26894 - 0) \cdot (-2) \approx -0.37754 - 0.53788 = -0.91542$$

$$H = 0.62246 \cdot 0.37754 \cdot 1^2 + 0.26894 \cdot 0.73106 \cdot (-2)^2 \approx 0.23500 + 0.78645 = 1.02145$$
""", r"= -y_n (1 - \mu_n) + (1 - y_n)\mu_n = \mu_n - y_n$$", r"= -y_n (1 - \mu_n) + (1 - y_n)\mu_n = y_n - \mu_n$$",
    "sign slip: the gradient's residual written y - mu")

add("guo-temperature-scaling-phone",
    "A student's notes: the gradient of the NLL with respect to the temperature in temperature scaling (Guo, Pleiss, Sun and Weinberger, On Calibration of Modern Neural Networks, ICML 2017, 4.2 Temperature scaling: q = max softmax(z/T)), for two classes, typed on a phone in Unicode inside Markdown",
    "written for this corpus in the way new users type their own notes (temperature scaling as in arxiv.org/abs/1706.04599: T > 0 learned on the validation set by minimising the NLL)",
    "", r"""
# temperature scaling, dℓ/dT (guo et al 2017) — phone notes

logits z, label y, temperature T > 0:
p_k = exp(z_k/T) / Σ_j exp(z_j/T)
ℓ(T) = −log p_y = −z_y/T + log Σ_j exp(z_j/T)

d/dT of −z_y/T is z_y/T²
d/dT of log Σ_j exp(z_j/T) is Σ_k p_k · (−z_k/T²)

so dℓ/dT = (z_y − Σ_k p_k z_k)/T²

T doesn't change the argmax, only how sharp p is

two classes: z = (2, 0), y = 1st class, T = 1
p₁ = e²/(e² + 1) ≈ 0.8808
ℓ = −log(0.8808) ≈ 0.1269
Σ p_k z_k = 2 · 0.8808 = 1.7616
dℓ/dT = (2 − 1.7616)/1² ≈ 0.2384 > 0, so lowering T lowers this sample's loss
at T = 2: p₁ = e/(e + 1) ≈ 0.7311 and ℓ ≈ 0.3133
""", r"so dℓ/dT = (z_y − Σ_k p_k z_k)/T²", r"so dℓ/dT = (Σ_k p_k z_k − z_y)/T²",
    "sign slip: the two terms of the temperature derivative subtracted the wrong way round")

add("sgdr-cosine-annealing-ascii",
    "A student's notes: the cosine annealing schedule of Loshchilov and Hutter, SGDR: Stochastic Gradient Descent with Warm Restarts (ICLR 2017), section 3, eq. (5) (eta_t within the i-th run, T_cur, T_i, T_mult), with its slope and numbers, typed in plain ASCII inside Markdown",
    "written for this corpus in the way new users type their own notes (eq. (5) as stored library docs write it: docs.pytorch.org, torch.optim.lr_scheduler.CosineAnnealingWarmRestarts)",
    "", r"""
# SGDR cosine annealing - my notes

within run i the learning rate is

eta_t = eta_min + 1/2 * (eta_max - eta_min) * (1 + cos(pi * T_cur / T_i))

T_cur = epochs since the last restart, T_i = length of run i

at T_cur = 0: cos(0) = 1 so eta_t = eta_max
at T_cur = T_i: cos(pi) = -1 so eta_t = eta_min

slope in T_cur:

d eta_t / d T_cur = -1/2 * (eta_max - eta_min) * (pi / T_i) * sin(pi * T_cur / T_i)

numbers: eta_max = 0.05, eta_min = 0, T_i = 10, T_cur = 2.5

eta_t = 0.025 * (1 + cos(pi/4)) = 0.025 * 1.70711 = 0.042678

slope = -0.025 * (pi/10) * sin(pi/4) = -0.0055536

halfway (T_cur = 5): eta_t = 0.025 * (1 + 0) = 0.025

with T_0 = 10 and T_mult = 2 the runs last 10, 20, 40 epochs, so restarts happen after epochs 10, 30 and 70
""", r"= -0.025 * (pi/10) * sin(pi/4) = -0.0055536", r"= -0.025 * (pi/10) * sin(pi/4) = -0.0078540",
    "dropped factor: the slope's sin(pi/4) left out of the number")

add("ba-layernorm-rescaling-engine-syntax",
    "A student's notes: layer normalisation's invariance to rescaling its summed inputs (Ba, Kiros and Hinton, Layer Normalization, 2016, section 3 eqs. (3)-(4) and 5.1 Invariance under weights and data transformations), for two hidden units, typed in the engine's syntax (diff(...)) inside Markdown",
    "written for this corpus in the way new users type their own notes (mu and sigma over the H hidden units of a layer as in arxiv.org/abs/1607.06450)",
    "", r"""
# layer norm is invariant to scaling the summed inputs (Ba et al 2016) - gradlab syntax

two hidden units a1, a2, H = 2:

mu = (a1 + a2)/2

sigma = sqrt(((a1 - mu)^2 + (a2 - mu)^2)/2) = abs(a1 - a2)/2

normalised first unit: n1 = (a1 - mu)/sigma = (a1 - a2)/abs(a1 - a2)

so with a1 > a2 the normalised units are +1 and -1 whatever the scale, and scaling both by delta > 0 changes nothing:

(delta*a1 - (delta*a1 + delta*a2)/2)/(delta*(a1 - a2)/2) = 1

diff((a1 - (a1 + a2)/2)/((a1 - a2)/2), a1) = 0

diff(((a1 + a2)/2)^2, a1) = (a1 + a2)/2

at a1 = 3, a2 = 1: mu = 2, sigma = 1, n1 = 1

scaled by 2: a1 = 6, a2 = 2, mu = 4, sigma = 2, n1 = (6 - 4)/2 = 1
""", r"(6 - 4)/2 = 1", r"(6 - 4)/2 = 2",
    "slip in the numbers: the rescaled unit's normalised value written 2 (not divided by the rescaled sigma)")
