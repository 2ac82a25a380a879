# A twenty-eighth held-out set (issue 12, branch held28): eight passages the corpus did not hold
# before and that the checker had never been run on, transcribed from published texts in their own
# notation (LaTeX in Markdown): Dauphin et al.'s gated linear unit and its gradient beside the
# LSTM-style gate (one unit, one input), Nowozin, Cseke and Tomioka's Fenchel conjugates in f-GAN
# (Kullback-Leibler and Pearson chi-square), Salimans et al.'s optimal discriminator under one-sided
# label smoothing, Kendall, Gal and Cipolla's uncertainty weighting of two regression losses, Goh's
# gradient descent and momentum on a convex quadratic (Distill), Rafailov et al.'s DPO loss and its
# gradient for one preference pair, the Gumbel-max trick with two categories (Jang, Gu and Poole;
# Maddison, Mnih and Teh) and the score function of a Gaussian in Ranganath, Gerrish and Blei's black
# box variational inference. The notation of each was compared with stored pages found by search
# (reviews and readers' notes of the GLU and f-GAN papers, the question and answer on the label-smoothed
# discriminator, readers' notes on the uncertainty weighting, the Distill article's text, readers'
# notes on DPO and on the Gumbel-max trick, readers' notes on BBVI). The worked numbers are added as
# readers work them out. Each broken file has one planted error of a kind students make. Every
# number and identity was checked in Python. Read by make_transcribed.py after sources_user40.py.

add("dauphin-glu-gradient",
    "Dauphin, Fan, Auli and Grangier, Language Modeling with Gated Convolutional Networks (ICML 2017), 3 Gating Mechanisms (the gated linear unit (1) and the gradients of the LSTM-style gate and of the GLU), for one unit with one input, with numbers",
    "https://arxiv.org/abs/1612.08083 (notation compared with sh-tsang.medium.com's review of the paper)",
    "the paper's notation (h_l(X), W, b, V, c, sigma, the element-wise product); the one-unit derivatives and the numbers are added as readers work them out", r"""
# Gated linear units

The hidden layers $h_0, \ldots, h_L$ are computed as

$$h_l(\mathbf{X}) = (\mathbf{X} * \mathbf{W} + \mathbf{b}) \otimes \sigma(\mathbf{X} * \mathbf{V} + \mathbf{c}) \tag{1}$$

where $\sigma$ is the sigmoid function and $\otimes$ is the element-wise product between matrices. The gradient of the LSTM-style gating has two downscaling factors,

$$\nabla[\tanh(\mathbf{X}) \otimes \sigma(\mathbf{X})] = \tanh'(\mathbf{X}) \nabla \mathbf{X} \otimes \sigma(\mathbf{X}) + \sigma'(\mathbf{X}) \nabla \mathbf{X} \otimes \tanh(\mathbf{X})$$

while that of the GLU keeps a path without one:

$$\nabla[\mathbf{X} \otimes \sigma(\mathbf{X})] = \nabla \mathbf{X} \otimes \sigma(\mathbf{X}) + \mathbf{X} \otimes \sigma'(\mathbf{X}) \nabla \mathbf{X}$$

For one unit with one input $x$, $h(x) = (x w + b) \sigma(x v + c)$ and

$$\frac{d}{dx} \left[ (x w + b) \sigma(x v + c) \right] = w \sigma(x v + c) + (x w + b) v \sigma(x v + c) (1 - \sigma(x v + c))$$

and the LSTM-style unit $\tanh(x w + b) \sigma(x v + c)$ has

$$\frac{d}{dx} \left[ \tanh(x w + b) \sigma(x v + c) \right] = w (1 - \tanh^2(x w + b)) \sigma(x v + c) + v \tanh(x w + b) \sigma(x v + c) (1 - \sigma(x v + c))$$

Take $x = 1$, $w = 2$, $b = 1$, $v = -1$, $c = 1$. Then $x v + c = 0$, $\sigma(0) = \frac{1}{2}$, $x w + b = 3$ and the GLU's gradient is

$$2 \cdot \frac{1}{2} + 3 \cdot (-1) \cdot \frac{1}{2} \cdot \frac{1}{2} = \frac{1}{4}$$

while the LSTM-style gate's is

$$2 (1 - \tanh^2(3)) \cdot \frac{1}{2} - \tanh(3) \cdot \frac{1}{4} \approx -0.2389$$
""", r"= w \sigma(x v + c) + (x w + b) v \sigma(x v + c) (1 - \sigma(x v + c))$$", r"= w \sigma(x v + c) + (x w + b) \sigma(x v + c) (1 - \sigma(x v + c))$$",
    "chain rule: the inner derivative v of sigma(x v + c) dropped")

add("nowozin-fgan-fenchel-conjugates",
    "Nowozin, Cseke and Tomioka, f-GAN: Training Generative Neural Samplers using Variational Divergence Minimization (NeurIPS 2016), 2.1-2.2 (the f-divergence, the Fenchel conjugate (3) and the bound's optimum T*(x) = f'(p(x)/q(x))) and Table 2 (the conjugates of the Kullback-Leibler and Pearson chi-square generators), with numbers",
    "https://arxiv.org/abs/1606.00709 (notation compared with wiki.haowen-xu.com's notes on f-GAN)",
    "the paper's notation (D_f(P||Q), f, f^*, dom_f, T); the stationary points and the numbers are added as readers work them out", r"""
# Fenchel conjugates in f-GAN

The $f$-divergence is

$$D_f(P \| Q) = \int_{\mathcal{X}} q(x) f\left(\frac{p(x)}{q(x)}\right) dx$$

and every convex, lower-semicontinuous generator $f$ has a convex conjugate

$$f^*(t) = \sup_{u \in \mathrm{dom}_f} \left\{ u t - f(u) \right\} \tag{3}$$

For the Kullback-Leibler divergence, $f(u) = u \log u$. The supremum is attained where the derivative in $u$ vanishes,

$$\frac{\partial}{\partial u} \left( u t - u \log u \right) = t - \log u - 1$$

so at $u = e^{t - 1}$, and

$$f^*(t) = t e^{t - 1} - e^{t - 1} (t - 1) = \exp(t - 1)$$

For the Pearson $\chi^2$ divergence, $f(u) = (u - 1)^2$; the derivative $t - 2(u - 1)$ vanishes at $u = 1 + \frac{t}{2}$, and

$$f^*(t) = t \left(1 + \frac{t}{2}\right) - \frac{t^2}{4} = \frac{1}{4} t^2 + t$$

The bound is tight for $T^*(x) = f'\left(\frac{p(x)}{q(x)}\right)$; for the Kullback-Leibler generator $f'(u) = 1 + \log u$, so where $\frac{p(x)}{q(x)} = e$, $T^*(x) = 2$ and

$$2 e - \exp(2 - 1) = e = e \log e$$
""", r"\right) = t - \log u - 1$$", r"\right) = t - \log u$$",
    "dropped term: the derivative of u log u taken as log u")

add("salimans-one-sided-label-smoothing",
    "Salimans, Goodfellow, Zaremba, Cheung, Radford and Chen, Improved Techniques for Training GANs (NeurIPS 2016), 3.4 One-sided label smoothing (the optimal discriminator (alpha p_data + beta p_model)/(p_data + p_model)), derived pointwise, with numbers",
    "https://arxiv.org/abs/1606.03498 (the formula as quoted in ai.stackexchange.com question 25448 and datascience.stackexchange.com question 28764)",
    "the paper's notation (alpha, beta, p_data, p_model, D(x)); the pointwise objective, its derivative and the numbers are added as readers work them out", r"""
# One-sided label smoothing

Replacing the positive classification targets with $\alpha$ and the negative targets with $\beta$, the discriminator maximizes, at each $x$,

$$\left(\alpha p_{\text{data}}(x) + \beta p_{\text{model}}(x)\right) \log D(x) + \left((1 - \alpha) p_{\text{data}}(x) + (1 - \beta) p_{\text{model}}(x)\right) \log (1 - D(x))$$

Write $a = \alpha p_{\text{data}}(x) + \beta p_{\text{model}}(x)$, $b = (1 - \alpha) p_{\text{data}}(x) + (1 - \beta) p_{\text{model}}(x)$ and $D = D(x)$. Then

$$\frac{\partial}{\partial D} \left( a \log D + b \log(1 - D) \right) = \frac{a}{D} - \frac{b}{1 - D}$$

which vanishes at $D = \frac{a}{a + b}$. Since

$$\alpha p_{\text{data}}(x) + \beta p_{\text{model}}(x) + (1 - \alpha) p_{\text{data}}(x) + (1 - \beta) p_{\text{model}}(x) = p_{\text{data}}(x) + p_{\text{model}}(x)$$

the optimal discriminator is

$$D(x) = \frac{\alpha p_{\text{data}}(x) + \beta p_{\text{model}}(x)}{p_{\text{data}}(x) + p_{\text{model}}(x)}$$

With one-sided smoothing, $\alpha = 0.9$ and $\beta = 0$, where $p_{\text{data}}(x) = 0.3$ and $p_{\text{model}}(x) = 0.1$,

$$\frac{0.9 \cdot 0.3}{0.3 + 0.1} = 0.675$$

With $\beta = 0.1$ instead, where the data density vanishes the discriminator still says

$$\frac{0.9 \cdot 0 + 0.1 \cdot 0.1}{0 + 0.1} = 0.1$$

so samples from $p_{\text{model}}$ there have no incentive to move nearer to the data.
""", r"\right) = \frac{a}{D} - \frac{b}{1 - D}$$", r"\right) = \frac{a}{D} + \frac{b}{1 - D}$$",
    "sign slip: the derivative of log(1 - D) taken as 1/(1 - D)")

add("kendall-gal-cipolla-uncertainty-weighting",
    "Kendall, Gal and Cipolla, Multi-Task Learning Using Uncertainty to Weigh Losses for Scene Geometry and Semantics (CVPR 2018), 3.2 Multi-task likelihoods (eqs. (2)-(7): the Gaussian likelihood and the loss of two regression tasks), with the minimizing sigma_1, the log-variance form and numbers",
    "https://arxiv.org/abs/1705.07115 (notation compared with clearsignal.xyz's review of the paper)",
    "the paper's notation (f^W(x), sigma_1, sigma_2, L_1(W), L_2(W)); the derivative in sigma_1, the log-variance form s = log sigma^2 and the numbers are added as readers work them out", r"""
# Weighing two regression losses by homoscedastic uncertainty

For regression the likelihood is a Gaussian with mean given by the model output, $p(\mathbf{y} | \mathbf{f}^{\mathbf{W}}(\mathbf{x})) = \mathcal{N}(\mathbf{f}^{\mathbf{W}}(\mathbf{x}), \sigma^2)$, and for two outputs

$$\mathcal{L}(\mathbf{W}, \sigma_1, \sigma_2) = \frac{1}{2\sigma_1^2} \mathcal{L}_1(\mathbf{W}) + \frac{1}{2\sigma_2^2} \mathcal{L}_2(\mathbf{W}) + \log \sigma_1 \sigma_2 \tag{7}$$

with $\mathcal{L}_1(\mathbf{W}) = \|\mathbf{y}_1 - \mathbf{f}^{\mathbf{W}}(\mathbf{x})\|^2$. With $\mathbf{W}$ fixed, the part of the loss in $\sigma_1$ is $\frac{\mathcal{L}_1}{2\sigma_1^2} + \log \sigma_1$, and

$$\frac{\partial}{\partial \sigma_1} \left( \frac{\mathcal{L}_1}{2\sigma_1^2} + \log \sigma_1 \right) = -\frac{\mathcal{L}_1}{\sigma_1^3} + \frac{1}{\sigma_1}$$

which vanishes at $\sigma_1^2 = \mathcal{L}_1$: a task with a large loss is given a small weight. In practice the network predicts $s_1 = \log \sigma_1^2$, and the same part of the loss is

$$\frac{1}{2} \exp(-s_1) \mathcal{L}_1 + \frac{1}{2} s_1$$

whose derivative

$$\frac{\partial}{\partial s_1} \left( \frac{1}{2} \exp(-s_1) \mathcal{L}_1 + \frac{1}{2} s_1 \right) = -\frac{1}{2} \exp(-s_1) \mathcal{L}_1 + \frac{1}{2}$$

vanishes at $s_1 = \log \mathcal{L}_1$. With $\mathcal{L}_1 = 4$ the minimizing $\sigma_1$ is $2$ and the part of the loss there is

$$\frac{4}{2 \cdot 2^2} + \log 2 \approx 1.1931$$
""", r"= -\frac{\mathcal{L}_1}{\sigma_1^3} + \frac{1}{\sigma_1}$$", r"= -\frac{\mathcal{L}_1}{2\sigma_1^3} + \frac{1}{\sigma_1}$$",
    "power rule: the exponent 2 of sigma_1^{-2} not brought down")

add("goh-momentum-convex-quadratic",
    "Goh, Why Momentum Really Works (Distill, 2017), First Steps: Gradient Descent; Decomposing the Error; Choosing A Step-size; The Critical Damping Coefficient (the optimal step 2/(lambda_1 + lambda_n), the rate (kappa - 1)/(kappa + 1) and momentum's optimal alpha, beta and rate), at lambda_1 = 1, lambda_n = 100",
    "https://distill.pub/2017/momentum/",
    "the article's notation (w^k, A, b, lambda_i, x_i^k, alpha, beta, kappa); the numbers are added as readers work them out", r"""
# Gradient descent and momentum on a convex quadratic

We study gradient descent on the convex quadratic

$$f(w) = \frac{1}{2} w^T A w - b^T w, \qquad w \in \mathbf{R}^n$$

whose optimum is $w^\star = A^{-1} b$. Since $\nabla f(w) = A w - b$, the iterates are $w^{k+1} = w^k - \alpha (A w^k - b)$. In the eigenbasis of $A$, with $x^k = Q^T (w^k - w^\star)$, each component evolves on its own,

$$x_i^{k+1} = x_i^k - \alpha \lambda_i x_i^k = (1 - \alpha \lambda_i) x_i^k$$

so $x_i^k = (1 - \alpha \lambda_i)^k x_i^0$. The rate is $\max\{|1 - \alpha \lambda_1|, |1 - \alpha \lambda_n|\}$, smallest when the first and last eigenvalues converge at the same rate, $1 - \alpha \lambda_1 = \alpha \lambda_n - 1$: the optimal step is $\alpha = \frac{2}{\lambda_1 + \lambda_n}$ and the rate

$$1 - \frac{2 \lambda_1}{\lambda_1 + \lambda_n} = \frac{\lambda_n - \lambda_1}{\lambda_n + \lambda_1}$$

which is $\frac{\kappa - 1}{\kappa + 1}$ with the condition number $\kappa = \frac{\lambda_n}{\lambda_1}$. With momentum the optimal parameters are

$$\alpha = \left(\frac{2}{\sqrt{\lambda_1} + \sqrt{\lambda_n}}\right)^2, \quad \beta = \left(\frac{\sqrt{\lambda_n} - \sqrt{\lambda_1}}{\sqrt{\lambda_n} + \sqrt{\lambda_1}}\right)^2$$

and the rate becomes $\frac{\sqrt{\kappa} - 1}{\sqrt{\kappa} + 1}$. Take $\lambda_1 = 1$ and $\lambda_n = 100$, so $\kappa = 100$. Gradient descent converges at the rate

$$\frac{100 - 1}{100 + 1} = \frac{99}{101} \approx 0.9802$$

and momentum at

$$\frac{\sqrt{100} - 1}{\sqrt{100} + 1} = \frac{9}{11} \approx 0.8182$$

with

$$\left(\frac{2}{1 + 10}\right)^2 = \frac{4}{121}, \quad \left(\frac{10 - 1}{10 + 1}\right)^2 = \frac{81}{121} \approx 0.6694$$
""", r"= \frac{\lambda_n - \lambda_1}{\lambda_n + \lambda_1}$$", r"= \frac{\lambda_n - 2 \lambda_1}{\lambda_n + \lambda_1}$$",
    "common denominator: the 1 not carried over the denominator lambda_1 + lambda_n")

add("rafailov-dpo-gradient",
    "Rafailov, Sharma, Mitchell, Ermon, Manning and Finn, Direct Preference Optimization: Your Language Model is Secretly a Reward Model (NeurIPS 2023), 3 (the Bradley-Terry model (1)), 4 (the DPO objective (7)) and 4 What does the DPO update do? (the gradient with the implicit reward r_hat), for one preference pair, with numbers",
    "https://arxiv.org/abs/2305.18290 (notation compared with tylerromero.com's and intuitivepapers.ai's notes on the paper)",
    "the paper's notation (p^*, r^*, pi_theta, pi_ref, beta, y_w, y_l, r_hat_theta); the one-pair derivative and the numbers are added as readers work them out", r"""
# The DPO loss and its gradient

The Bradley-Terry model writes the human preference distribution as

$$p^*(y_1 \succ y_2 | x) = \frac{\exp(r^*(x, y_1))}{\exp(r^*(x, y_1)) + \exp(r^*(x, y_2))} \tag{1}$$

and, dividing by $\exp(r^*(x, y_1))$, with $r_1 = r^*(x, y_1)$ and $r_2 = r^*(x, y_2)$,

$$\frac{\exp(r_1)}{\exp(r_1) + \exp(r_2)} = \frac{1}{1 + \exp(r_2 - r_1)} = \sigma(r_1 - r_2)$$

The DPO objective is

$$\mathcal{L}_{\text{DPO}}(\pi_\theta; \pi_{\text{ref}}) = -\mathbb{E}_{(x, y_w, y_l) \sim \mathcal{D}} \left[ \log \sigma \left( \beta \log \frac{\pi_\theta(y_w | x)}{\pi_{\text{ref}}(y_w | x)} - \beta \log \frac{\pi_\theta(y_l | x)}{\pi_{\text{ref}}(y_l | x)} \right) \right] \tag{7}$$

With the implicit reward $\hat{r}_\theta(x, y) = \beta \log \frac{\pi_\theta(y | x)}{\pi_{\text{ref}}(y | x)}$ and, for one pair, $u = \hat{r}_\theta(x, y_w) - \hat{r}_\theta(x, y_l)$,

$$\frac{d}{du} \left( -\log \sigma(u) \right) = -\frac{\sigma(u) (1 - \sigma(u))}{\sigma(u)} = -\sigma(-u)$$

so the gradient weighs each pair by how much higher the implicit reward model rates the dispreferred completion:

$$\nabla_\theta \mathcal{L}_{\text{DPO}} = -\beta \mathbb{E} \left[ \sigma(\hat{r}_\theta(x, y_l) - \hat{r}_\theta(x, y_w)) \left[ \nabla_\theta \log \pi(y_w | x) - \nabla_\theta \log \pi(y_l | x) \right] \right]$$

Take $\beta = 0.1$, $\pi_\theta(y_w | x) = 0.2$, $\pi_{\text{ref}}(y_w | x) = 0.1$, $\pi_\theta(y_l | x) = 0.05$ and $\pi_{\text{ref}}(y_l | x) = 0.1$. Then

$$0.1 \log \frac{0.2}{0.1} - 0.1 \log \frac{0.05}{0.1} = 0.2 \log 2 \approx 0.1386$$

the loss of the pair is

$$-\log \sigma(0.2 \log 2) = \log(1 + 2^{-0.2}) \approx 0.6262$$

and its weight in the gradient is

$$\sigma(-0.2 \log 2) \approx 0.4654$$
""", r"= -\frac{\sigma(u) (1 - \sigma(u))}{\sigma(u)} = -\sigma(-u)$$", r"= -\frac{1 - \sigma(u)}{\sigma(u)} = -\sigma(-u)$$",
    "chain rule: the derivative of log sigma(u) taken as sigma'(u)/sigma(u)^2")

add("jang-maddison-gumbel-max-two-categories",
    "Jang, Gu and Poole, Categorical Reparameterization with Gumbel-Softmax (ICLR 2017), 2 The Gumbel-Softmax distribution (the Gumbel-Max trick and the sampling g = -log(-log u)), and Maddison, Mnih and Teh, The Concrete Distribution (ICLR 2017), 3.1 (the logistic difference of two Gumbels), for two categories, with numbers",
    "https://arxiv.org/abs/1611.01144 and https://arxiv.org/abs/1611.00712 (notation compared with czlwang.com's and mpkonst.com's notes on the Gumbel-max trick)",
    "the papers' notation (pi_i, g_i, u, argmax, tau); the Gumbel density, the two-category probability and the numbers are added as readers work them out", r"""
# The Gumbel-Max trick with two categories

The Gumbel-Max trick draws $z$ from a categorical distribution with class probabilities $\pi_1, \ldots, \pi_k$ as

$$z = \text{one\_hot}\left( \arg\max_i \left[ g_i + \log \pi_i \right] \right)$$

where $g_1, \ldots, g_k$ are i.i.d. samples drawn from $\text{Gumbel}(0, 1)$. The standard Gumbel distribution has the distribution function $F(g) = \exp(-\exp(-g))$, and its density is

$$\frac{d}{dg} \exp(-\exp(-g)) = \exp(-g - \exp(-g))$$

A sample is drawn by inverse transform as $g = -\log(-\log u)$ with $u \sim \text{Uniform}(0, 1)$; indeed

$$\exp(-\exp(\log(-\log u))) = \exp(\log u) = u$$

For two categories, the difference $g_1 - g_2$ of two independent Gumbel variables is logistic, $P(g_1 - g_2 \leq t) = \sigma(t) = \frac{1}{1 + e^{-t}}$, whose density is

$$\frac{d}{dt} \frac{1}{1 + e^{-t}} = \frac{e^{-t}}{(1 + e^{-t})^2}$$

so the first category wins with probability $\sigma(\log \pi_1 - \log \pi_2)$, and

$$\sigma\left(\log \frac{\pi_1}{\pi_2}\right) = \frac{1}{1 + \frac{\pi_2}{\pi_1}} = \frac{\pi_1}{\pi_1 + \pi_2}$$

With $\pi_1 = 0.7$ and $\pi_2 = 0.3$, $\log \frac{0.7}{0.3} \approx 0.8473$ and $\sigma(0.8473) \approx 0.7$. The Gumbel-Softmax sample at temperature $\tau = 0.5$ with $g_1 = g_2 = 0$ is

$$\frac{0.7^2}{0.7^2 + 0.3^2} = \frac{0.49}{0.58} \approx 0.8448$$
""", r"\exp(-\exp(-g)) = \exp(-g - \exp(-g))$$", r"\exp(-\exp(-g)) = -\exp(-g - \exp(-g))$$",
    "sign slip: the inner derivative of exp(-g) taken as exp(-g)")

add("ranganath-bbvi-gaussian-score",
    "Ranganath, Gerrish and Blei, Black Box Variational Inference (AISTATS 2014), 2 (the gradient of the ELBO as an expectation of the score function, eq. (3), and E_q[score] = 0), for a normal q(z | mu, sigma), with numbers",
    "https://arxiv.org/abs/1401.0118 (notation compared with blog.at-find.com's and tuananhle.co.uk's notes on the paper)",
    "the paper's notation (L, lambda, q(z | lambda), p(x, z)); the Gaussian scores, the log-scale form and the numbers are added as readers work them out", r"""
# The score function of a Gaussian

Black box variational inference writes the gradient of the ELBO as an expectation under $q$,

$$\nabla_\lambda \mathcal{L} = \mathrm{E}_q \left[ \nabla_\lambda \log q(z | \lambda) (\log p(x, z) - \log q(z | \lambda)) \right] \tag{3}$$

using that the expectation of the score function is zero. For a normal $q(z | \mu, \sigma)$,

$$\log q(z | \mu, \sigma) = -\frac{1}{2} \log(2\pi) - \log \sigma - \frac{(z - \mu)^2}{2\sigma^2}$$

and the scores are

$$\frac{\partial}{\partial \mu} \left( -\frac{1}{2} \log(2\pi) - \log \sigma - \frac{(z - \mu)^2}{2\sigma^2} \right) = \frac{z - \mu}{\sigma^2}$$

$$\frac{\partial}{\partial \sigma} \left( -\frac{1}{2} \log(2\pi) - \log \sigma - \frac{(z - \mu)^2}{2\sigma^2} \right) = -\frac{1}{\sigma} + \frac{(z - \mu)^2}{\sigma^3}$$

Their expectations vanish: $\mathrm{E}_q[z - \mu] = 0$ and, with $\mathrm{E}_q[(z - \mu)^2] = \sigma^2$,

$$-\frac{1}{\sigma} + \frac{\sigma^2}{\sigma^3} = 0$$

With the log-scale $\omega = \log \sigma$, the score in $\omega$ is $\sigma$ times the score in $\sigma$:

$$\sigma \left( -\frac{1}{\sigma} + \frac{(z - \mu)^2}{\sigma^3} \right) = \frac{(z - \mu)^2}{\sigma^2} - 1$$

At $\mu = 0$, $\sigma = 2$ and the sample $z = 3$ the scores are

$$\frac{3 - 0}{2^2} = 0.75$$

$$-\frac{1}{2} + \frac{9}{8} = 0.625$$
""", r"\right) = -\frac{1}{\sigma} + \frac{(z - \mu)^2}{\sigma^3}$$", r"\right) = -\frac{1}{\sigma} + \frac{(z - \mu)^2}{2\sigma^3}$$",
    "power rule: the exponent 2 of sigma^{-2} not brought down, the 1/2 kept")
