# A thirtieth held-out set (issue 12, branch held30): eight passages the corpus did not hold
# before and that the checker had never been run on, transcribed from published texts in their own
# notation (LaTeX in Markdown): Dozat's NAdam (the Nesterov-corrected first moment, one step),
# Wu and He's group normalization (the statistics of one group and the derivative of a normalized
# value in its own input), Barron's CELU and its derivatives in x and alpha, Foret et al.'s
# sharpness-aware minimisation (the first-order perturbation rho grad L / ||grad L||, one step on
# a quadratic), Martins and Astudillo's sparsemax on two inputs, Press et al.'s ALiBi biases (the
# attention of one query over three keys, the slopes of the heads), Zhuang et al.'s AdaBelief (one
# step from zero) and the straight-through estimator with the hard tanh and hard sigmoid of
# Bengio et al. and Hubara, Courbariaux et al. The notation of each was compared with stored pages
# found by search (junaidaliop.github.io's pages on NAdam, SAM and AdaBelief, the TensorFlow
# Nadam documentation as mirrored by losttech, the GroupNorm pages of the torch for R
# documentation and of a reader's copy of the paper's code, papers-with-code's page on CELU and a
# reader's notes on it (0809zheng.github.io), arxiv-vanity's and docslib's copies of the sparsemax
# paper, labml.ai's annotated ALiBi, the AdaBelief project page (juntang-zhuang.github.io) and the
# ICLR 2021 text reintroducing straight-through estimators). The worked numbers are added as
# readers work them out. Each broken file has one planted error of a kind students make. Every
# number and identity was checked in Python. Read by make_transcribed.py after sources_user42.py.

add("dozat-nadam-first-step",
    "Dozat, Incorporating Nesterov Momentum into Adam (ICLR 2016 workshop), 3 (Algorithm 2: Nesterov-accelerated adaptive moment estimation, with a constant momentum schedule mu_t = mu), the first step from m_0 = n_0 = 0, with numbers",
    "https://openreview.net/forum?id=OM0jvwB8jIp57ZJjtNEZ (notation compared with junaidaliop.github.io's page on NAdam and the TensorFlow Nadam documentation mirrored at gradient.docs.losttech.software)",
    "the paper's notation (g_t, m_t, n_t, mu, nu, hat m_t, hat n_t, bar m_t, alpha, theta_t); the constant schedule, the first step and the numbers are added as readers work them out", r"""
# The first step of Nadam

Nadam replaces the bias-corrected momentum of Adam by a Nesterov-style mixture of the current gradient and the new momentum. With a constant momentum schedule $\mu_t = \mu$, the update is

$$m_t = \mu m_{t-1} + (1 - \mu) g_t, \qquad n_t = \nu n_{t-1} + (1 - \nu) g_t^2$$

$$\bar{m}_t = \frac{(1 - \mu) g_t}{1 - \mu^t} + \frac{\mu m_t}{1 - \mu^{t+1}}, \qquad \hat{n}_t = \frac{n_t}{1 - \nu^t}$$

$$\theta_t = \theta_{t-1} - \frac{\alpha \bar{m}_t}{\sqrt{\hat{n}_t} + \epsilon}$$

At the first step, from $m_0 = n_0 = 0$, we have $m_1 = (1 - \mu) g_1$ and $\hat{n}_1 = g_1^2$, and the mixture is

$$\bar{m}_1 = \frac{(1 - \mu) g_1}{1 - \mu} + \frac{\mu (1 - \mu) g_1}{1 - \mu^2} = g_1 + \frac{\mu g_1}{1 + \mu} = \frac{1 + 2\mu}{1 + \mu} g_1$$

so, neglecting $\epsilon$, the first step has the length $\alpha \frac{1 + 2\mu}{1 + \mu}$ whatever the size of the gradient. Take $\mu = 0.9$, $\nu = 0.999$, $\alpha = 0.002$, $\theta_0 = 1$ and $g_1 = 0.5$. Then $m_1 = 0.05$ and

$$n_1 = 0.001 \cdot 0.5^2 = 0.00025$$

so $\hat{n}_1 = 0.25$ and $\sqrt{\hat{n}_1} = 0.5$. The mixture is

$$0.5 + \frac{0.9 \cdot 0.05}{1 - 0.81} \approx 0.7368$$

and the new parameter is

$$1 - \frac{0.002 \cdot 0.7368}{0.5} \approx 0.99705$$
""", r"= g_1 + \frac{\mu g_1}{1 + \mu} =", r"= g_1 + \frac{\mu g_1}{1 - \mu} =",
    "cancellation: 1 - mu^2 divided by 1 - mu taken as 1 - mu instead of 1 + mu")

add("wu-he-group-norm-gradient",
    "Wu and He, Group Normalization (ECCV 2018), 3.1 Formulation (eqs. (1)-(3): the mean and standard deviation over the set S_i of one group, the normalized value), for a group of m = 3 values and for m = 2, its derivative in its own input, with numbers",
    "https://arxiv.org/abs/1803.08494 (notation compared with the torch for R documentation of nn_group_norm, mlverse.github.io, and a copy of the paper's code at codeinu.net)",
    "the paper's notation (x_i, hat x_i, mu_i, sigma_i, S_i, m, epsilon, G, C); the group of three values, the two-value group, the derivatives and the numbers are added as readers work them out", r"""
# Group normalization of one group

Group Normalization divides the channels into groups and computes within each group the mean and variance for normalization:

$$\hat{x}_i = \frac{1}{\sigma_i} (x_i - \mu_i), \qquad \mu_i = \frac{1}{m} \sum_{k \in \mathcal{S}_i} x_k, \qquad \sigma_i = \sqrt{\frac{1}{m} \sum_{k \in \mathcal{S}_i} (x_k - \mu_i)^2 + \epsilon}$$

where $\mathcal{S}_i = \{k \mid k_N = i_N, \lfloor \frac{k_C}{C/G} \rfloor = \lfloor \frac{i_C}{C/G} \rfloor\}$ is the set of pixels in the same group as $i$ and $m$ is its size. Take a group of $m = 3$ values $(1, 2, 3)$ and $\epsilon = 0$. Then

$$\mu = \frac{1 + 2 + 3}{3} = 2, \qquad \sigma^2 = \frac{(1 - 2)^2 + 0^2 + (3 - 2)^2}{3} = \frac{2}{3}$$

and the first value is normalized to

$$\frac{1 - 2}{\sqrt{2/3}} = -\sqrt{\frac{3}{2}} \approx -1.2247$$

Since both the mean and the standard deviation depend on $x_i$, the derivative of a normalized value in its own input is

$$\frac{\partial \hat{x}_i}{\partial x_i} = \frac{1}{\sigma_i} \left(1 - \frac{1}{m} - \frac{\hat{x}_i^2}{m}\right)$$

which here is

$$\sqrt{\frac{3}{2}} \left(1 - \frac{1}{3} - \frac{3/2}{3}\right) = \frac{1}{6} \sqrt{\frac{3}{2}} \approx 0.2041$$

For a group of two values $x_1$ and $x_2$, write $d = \frac{x_1 - x_2}{2}$. Then $x_1 - \mu = d$ and $\sigma^2 = d^2 + \epsilon$, so

$$\frac{\partial}{\partial x_1} \frac{d}{\sqrt{d^2 + \epsilon}} = \frac{1}{2} \cdot \frac{\epsilon}{(d^2 + \epsilon)^{3/2}}$$

which vanishes as $\epsilon \to 0$: two values in a group are normalized to $\pm 1$ whatever they are.
""", r"= \frac{1}{2} \cdot \frac{\epsilon}{(d^2 + \epsilon)^{3/2}}$$", r"= \frac{1}{2} \cdot \frac{\epsilon}{(d^2 + \epsilon)^{1/2}}$$",
    "quotient rule: the power 3/2 of the denominator taken as 1/2")

add("barron-celu-derivatives",
    "Barron, Continuously Differentiable Exponential Linear Units (arXiv 2017): CELU(x, alpha) = max(0, x) + min(0, alpha (exp(x/alpha) - 1)), its derivatives in x and in alpha, the comparison with ELU at zero, with numbers",
    "https://arxiv.org/abs/1704.07483 (the definition as on papers-with-code's page on CELU, astro.paperswithcode.com, and in a reader's notes at 0809zheng.github.io)",
    "the paper's notation (CELU(x, alpha), ELU(x, alpha), exp); the case split, the derivative in alpha and the numbers are added as readers work them out", r"""
# CELU and its derivatives

The ELU activation $\mathrm{ELU}(x, \alpha) = x$ if $x \geq 0$ and $\alpha (\exp(x) - 1)$ otherwise is not continuously differentiable when $\alpha \neq 1$: its derivative tends to $\alpha$ from the left of zero and is 1 on the right. Barron's alternative parametrization is

$$\mathrm{CELU}(x, \alpha) = \max(0, x) + \min\left(0, \alpha \left(\exp\left(\frac{x}{\alpha}\right) - 1\right)\right)$$

For $x < 0$ the second term is the active one, and its derivative is

$$\frac{d}{dx} \alpha \left(\exp\left(\frac{x}{\alpha}\right) - 1\right) = \alpha \cdot \frac{1}{\alpha} \exp\left(\frac{x}{\alpha}\right) = \exp\left(\frac{x}{\alpha}\right)$$

which tends to 1 as $x \to 0$, the slope of the positive part, for every $\alpha > 0$: CELU is continuously differentiable, and its derivative lies in $(0, 1]$. The derivative in the shape parameter is, for $x < 0$,

$$\frac{\partial}{\partial \alpha} \alpha \left(\exp\left(\frac{x}{\alpha}\right) - 1\right) = \exp\left(\frac{x}{\alpha}\right) \left(1 - \frac{x}{\alpha}\right) - 1$$

and 0 for $x \geq 0$. With $\alpha = 2$ and $x = -1$,

$$2 \left(e^{-1/2} - 1\right) \approx -0.7869$$

the slope is $e^{-1/2} \approx 0.6065$, and

$$e^{-1/2} \cdot \frac{3}{2} - 1 \approx -0.0902$$

is the derivative in $\alpha$.
""", r"= \alpha \cdot \frac{1}{\alpha} \exp\left(\frac{x}{\alpha}\right) = \exp\left(\frac{x}{\alpha}\right)$$", r"= \alpha \exp\left(\frac{x}{\alpha}\right) = \exp\left(\frac{x}{\alpha}\right)$$",
    "chain rule: the inner derivative 1/alpha of exp(x/alpha) dropped")

add("foret-sam-first-order-perturbation",
    "Foret, Kleiner, Mobahi and Neyshabur, Sharpness-Aware Minimization for Efficiently Improving Generalization (ICLR 2021), 2 Sharpness-Aware Minimization (eq. (2), the first-order approximation of the inner maximisation and its solution hat epsilon(w), the gradient approximation), with p = 2, one step on a quadratic, with numbers",
    "https://arxiv.org/abs/2010.01412 (notation compared with junaidaliop.github.io's page on SAM)",
    "the paper's notation (L_S(w), rho, epsilon, hat epsilon(w), nabla_w, ||.||_2); the quadratic, the perturbed point and the numbers are added as readers work them out", r"""
# The perturbation of SAM

SAM minimizes the worst loss in a neighbourhood, $\min_{w} \max_{\|\epsilon\|_2 \leq \rho} L_S(w + \epsilon)$. A first-order Taylor expansion of $L_S(w + \epsilon)$ in $\epsilon$ gives

$$\epsilon^*(w) \triangleq \arg\max_{\|\epsilon\|_2 \leq \rho} L_S(w + \epsilon) \approx \arg\max_{\|\epsilon\|_2 \leq \rho} \epsilon^T \nabla_w L_S(w)$$

a classical dual norm problem, solved for $p = 2$ by

$$\hat{\epsilon}(w) = \rho \frac{\nabla_w L_S(w)}{\|\nabla_w L_S(w)\|_2}$$

By the Cauchy-Schwarz inequality the maximum of the linear term is $\hat{\epsilon}(w)^T \nabla_w L_S(w) = \rho \|\nabla_w L_S(w)\|_2$, and the gradient is then taken at the perturbed point, $\nabla_w L_S(w) |_{w + \hat{\epsilon}(w)}$. Take $L_S(w) = w_1^2 + 3 w_2^2$ at $w = (1, 1)$, so that $\nabla_w L_S(w) = (2, 6)$ and

$$\|(2, 6)\|_2 = \sqrt{2^2 + 6^2} = 2\sqrt{10} \approx 6.3246$$

With $\rho = 0.05$ the perturbation is

$$\hat{\epsilon} = \frac{0.05}{2\sqrt{10}} (2, 6) = \frac{0.05}{\sqrt{10}} (1, 3) \approx (0.0158, 0.0474)$$

The first-order estimate of the worst loss is

$$4 + 0.05 \cdot 2\sqrt{10} \approx 4.3162$$

while the loss at the perturbed point is

$$1.0158^2 + 3 \cdot 1.0474^2 \approx 4.3232$$

The gradient there is $(2 \cdot 1.0158, 6 \cdot 1.0474) \approx (2.0316, 6.2846)$, and a step with learning rate $0.1$ gives

$$1 - 0.1 \cdot 6.2846 \approx 0.3715$$

for the second weight.
""", r"= \frac{0.05}{\sqrt{10}} (1, 3) \approx (0.0158, 0.0474)$$", r"= \frac{0.05}{\sqrt{10}} (1, 3) \approx (0.0316, 0.0949)$$",
    "arithmetic: the norm 2 sqrt(10) divided by sqrt(10) only, the perturbation doubled")

add("martins-astudillo-sparsemax-two-inputs",
    "Martins and Astudillo, From Softmax to Sparsemax: A Sparse Model of Attention and Multi-Label Classification (ICML 2016), 2.2 Sparsemax (eq. (2), the threshold tau(z) of Proposition 1, the two-dimensional case) and 2.5 its Jacobian, for K = 2, with numbers",
    "https://arxiv.org/abs/1602.02068 (the paper as copied at arxiv-vanity.com and docslib.org)",
    "the paper's notation (sparsemax(z), Delta^{K-1}, tau(z), [t]_+, z_(j), k(z), S(z)); the two-input case worked with t = z_1 - z_2, the Jacobian entries and the numbers are added as readers work them out", r"""
# Sparsemax on two inputs

Sparsemax returns the Euclidean projection of the input vector $\mathbf{z}$ onto the probability simplex,

$$\mathrm{sparsemax}(\mathbf{z}) := \underset{\mathbf{p} \in \Delta^{K-1}}{\arg\min} \|\mathbf{p} - \mathbf{z}\|^2$$

and has the closed form $\mathrm{sparsemax}_i(\mathbf{z}) = [z_i - \tau(\mathbf{z})]_+$, where the threshold $\tau(\mathbf{z}) = \frac{\left(\sum_{j \leq k(\mathbf{z})} z_{(j)}\right) - 1}{k(\mathbf{z})}$ is taken over the support. For $K = 2$ with both coordinates in the support, $p_1 + p_2 = 1$ and $p_i = z_i - \tau$ give

$$\tau = \frac{z_1 + z_2 - 1}{2}$$

$$p_1 = z_1 - \frac{z_1 + z_2 - 1}{2} = \frac{z_1 - z_2 + 1}{2}$$

so with $t = z_1 - z_2$ the first probability is $\frac{t + 1}{2}$ for $-1 \leq t \leq 1$, 1 for $t > 1$ and 0 for $t < -1$: a hard sigmoid of $t$, where softmax would give the logistic sigmoid $\frac{1}{1 + e^{-t}}$. Inside the support the Jacobian is $\mathrm{Diag}(\mathbf{s}) - \frac{\mathbf{s} \mathbf{s}^\top}{|S(\mathbf{z})|}$ with $\mathbf{s} = (1, 1)$, that is

$$\frac{\partial p_1}{\partial z_1} = 1 - \frac{1}{2} = \frac{1}{2}, \qquad \frac{\partial p_1}{\partial z_2} = -\frac{1}{2}$$

For $\mathbf{z} = (0.8, 0.2)$, $t = 0.6$ and

$$p_1 = \frac{0.6 + 1}{2} = 0.8$$

while for $\mathbf{z} = (1.5, 0.1)$, $t = 1.4 > 1$: sparsemax gives $(1, 0)$, with threshold $\tau = 1.5 - 1 = 0.5$, where softmax keeps

$$\frac{1}{1 + e^{-1.4}} \approx 0.8022$$

on the first class.
""", r"$$p_1 = z_1 - \frac{z_1 + z_2 - 1}{2} = \frac{z_1 - z_2 + 1}{2}$$", r"$$p_1 = z_1 - \frac{z_1 + z_2 - 1}{2} = \frac{z_1 - z_2 - 1}{2}$$",
    "sign slip: the minus in front of the fraction not applied to its -1")

add("press-alibi-linear-biases",
    "Press, Smith and Lewis, Train Short, Test Long: Attention with Linear Biases Enables Input Length Extrapolation (ICLR 2022), 3 Attention with Linear Biases (the biased scores softmax(q_i K^T + m [-(i-1), ..., -2, -1, 0]) and the geometric slopes of the heads), the attention of the third query over three keys with equal scores, with numbers",
    "https://arxiv.org/abs/2108.12409 (notation compared with labml.ai's annotated implementation, nn.labml.ai/transformers/alibi)",
    "the paper's notation (q_i, K, m, the bias vector, the head slopes 2^{-8/n}); the equal content scores, the log-ratio and the numbers are added as readers work them out", r"""
# ALiBi: attention with linear biases

ALiBi adds no positional embeddings; instead, the query-key attention scores are biased with a penalty proportional to their distance. For the $i$-th query,

$$\mathrm{softmax}\left(\mathbf{q}_i \mathbf{K}^\top + m \cdot [-(i - 1), \ldots, -2, -1, 0]\right)$$

where the scalar $m$ is a head-specific slope fixed before training. For a model with $n$ heads the slopes are the geometric sequence that starts at $2^{-8/n}$ and uses that number as its ratio; with $n = 8$ heads they are $\frac{1}{2^1}, \frac{1}{2^2}, \ldots, \frac{1}{2^8}$, and with $n = 16$ the first slope is

$$2^{-8/16} = \frac{1}{\sqrt{2}} \approx 0.7071$$

Adding the same constant to every score does not change a softmax, since $\frac{e^{x_j + c}}{\sum_k e^{x_k + c}} = \frac{e^{x_j}}{\sum_k e^{x_k}}$, so only the differences of the biases matter. Take the third query, $i = 3$, with equal content scores $\mathbf{q}_3 \cdot \mathbf{k}_j = c$ for all three keys, and $m = \frac{1}{2}$. The weights are proportional to $e^{-1}$, $e^{-1/2}$ and $1$, so the query attends to itself with weight

$$a_{3,3} = \frac{1}{e^{-1} + e^{-1/2} + 1} \approx 0.5065$$

and to the first key with weight

$$a_{3,1} = \frac{e^{-1}}{e^{-1} + e^{-1/2} + 1} \approx 0.1863$$

In general the log-ratio of two weights is the difference of the content scores plus the slope times the difference of the positions:

$$\log \frac{a_{i,j}}{a_{i,j'}} = \mathbf{q}_i \cdot \mathbf{k}_j - \mathbf{q}_i \cdot \mathbf{k}_{j'} + m (j - j')$$

which here is $\log \frac{a_{3,3}}{a_{3,1}} = 2m = 1$.
""", r"$$a_{3,1} = \frac{e^{-1}}{e^{-1} + e^{-1/2} + 1} \approx 0.1863$$", r"$$a_{3,1} = \frac{e^{-1/2}}{e^{-1} + e^{-1/2} + 1} \approx 0.1863$$",
    "indexing: the bias of the key at distance 1 used for the key at distance 2")

add("zhuang-adabelief-first-step",
    "Zhuang, Tang, Ding, Tatikonda, Dvornek, Papademetris and Duncan, AdaBelief Optimizer: Adapting Stepsizes by the Belief in Observed Gradients (NeurIPS 2020), 2 Methods (Algorithm 2: s_t the EMA of (g_t - m_t)^2 with bias correction), the first step from m_0 = s_0 = 0, neglecting epsilon, with numbers",
    "https://arxiv.org/abs/2010.07468 (notation compared with the AdaBelief project page, juntang-zhuang.github.io/adabelief, and junaidaliop.github.io's page on AdaBelief)",
    "the paper's notation (g_t, m_t, s_t, beta_1, beta_2, hat m_t, hat s_t, alpha, theta_t); the first step and the numbers are added as readers work them out", r"""
# The first step of AdaBelief

AdaBelief differs from Adam only in its second moment: instead of the EMA of $g_t^2$ it keeps the EMA of the squared deviation of the gradient from its prediction $m_t$,

$$m_t \leftarrow \beta_1 m_{t-1} + (1 - \beta_1) g_t$$

$$s_t \leftarrow \beta_2 s_{t-1} + (1 - \beta_2) (g_t - m_t)^2 + \epsilon$$

$$\hat{m}_t \leftarrow \frac{m_t}{1 - \beta_1^t}, \quad \hat{s}_t \leftarrow \frac{s_t}{1 - \beta_2^t}, \quad \theta_t \leftarrow \theta_{t-1} - \frac{\alpha \hat{m}_t}{\sqrt{\hat{s}_t} + \epsilon}$$

At the first step, from $m_0 = s_0 = 0$ and neglecting $\epsilon$, the prediction misses the gradient by

$$g_1 - m_1 = g_1 - (1 - \beta_1) g_1 = \beta_1 g_1$$

so $\hat{s}_1 = \beta_1^2 g_1^2$ and $\hat{m}_1 = g_1$, and the step is

$$\frac{\alpha \hat{m}_1}{\sqrt{\hat{s}_1}} = \frac{\alpha g_1}{\beta_1 |g_1|}$$

of length $\frac{\alpha}{\beta_1}$, slightly longer than Adam's first step $\alpha$. With $\beta_1 = 0.9$, $\beta_2 = 0.999$, $\alpha = 0.001$, $\theta_0 = 1$ and $g_1 = 0.2$: $m_1 = 0.02$, $g_1 - m_1 = 0.18$,

$$s_1 = 0.001 \cdot 0.18^2 = 0.0000324$$

$$\hat{s}_1 = \frac{0.0000324}{1 - 0.999} = 0.0324$$

and the new parameter is

$$1 - \frac{0.001 \cdot 0.2}{0.18} \approx 0.998889$$
""", r"$$g_1 - m_1 = g_1 - (1 - \beta_1) g_1 = \beta_1 g_1$$", r"$$g_1 - m_1 = g_1 - (1 - \beta_1) g_1 = (1 - \beta_1) g_1$$",
    "simplification: g_1 - (1 - beta_1) g_1 taken as (1 - beta_1) g_1")

add("bengio-hubara-straight-through-hardtanh",
    "Bengio, Leonard and Courville, Estimating or Propagating Gradients Through Stochastic Neurons for Conditional Computation (arXiv 2013), the straight-through estimator, as used by Hubara, Courbariaux, Soudry, El-Yaniv and Bengio, Binarized Neural Networks (NIPS 2016), 1.1-1.3 (Sign, the hard sigmoid, Htanh and the estimator g_r = g_q 1_{|r| <= 1}), with numbers",
    "https://arxiv.org/abs/1308.3432 and https://arxiv.org/abs/1602.02830 (notation compared with the ICLR 2021 paper Reintroducing Straight-Through Estimators as Principled Methods for Stochastic Binary Networks, as stored at cl.cam.ac.uk)",
    "the papers' notation (Sign, sigma the hard sigmoid, clip, Htanh, q, r, g_q, g_r, the indicator 1); the identity Htanh = 2 sigma - 1, the expectation of the stochastic binarization and the numbers are added as readers work them out", r"""
# The straight-through estimator and the hard tanh

A binarized network uses the deterministic binarization $q = \mathrm{Sign}(r)$ or the stochastic one, which takes $+1$ with probability $\sigma(r)$ and $-1$ otherwise, where $\sigma$ is the hard sigmoid

$$\sigma(x) = \mathrm{clip}\left(\frac{x + 1}{2}, 0, 1\right) = \max\left(0, \min\left(1, \frac{x + 1}{2}\right)\right)$$

The derivative of $\mathrm{Sign}$ is zero almost everywhere, so the straight-through estimator passes the gradient on unchanged where $|r| \leq 1$:

$$g_r = g_q 1_{|r| \leq 1}$$

which is the gradient of the hard tanh $\mathrm{Htanh}(x) = \mathrm{clip}(x, -1, 1) = \max(-1, \min(1, x))$. The two hard functions are related like their smooth counterparts: for $-1 \leq x \leq 1$,

$$2 \sigma(x) - 1 = 2 \cdot \frac{x + 1}{2} - 1 = x = \mathrm{Htanh}(x)$$

and the stochastic binarization has the expectation

$$\mathbb{E}[q] = (+1) \sigma(r) + (-1)(1 - \sigma(r)) = 2 \sigma(r) - 1 = \mathrm{Htanh}(r)$$

so the straight-through gradient is the gradient of the expected output. With $r = 0.4$,

$$\sigma(0.4) = \frac{0.4 + 1}{2} = 0.7$$

and the expected output is $2 \cdot 0.7 - 1 = 0.4$. If $g_q = -0.8$ then $g_r = -0.8$ at $r = 0.4$, while at $r = 1.7$ the estimator cancels the gradient: $g_r = -0.8 \cdot 0 = 0$.
""", r"$$\mathbb{E}[q] = (+1) \sigma(r) + (-1)(1 - \sigma(r)) = 2 \sigma(r) - 1", r"$$\mathbb{E}[q] = (+1) \sigma(r) + (-1)(1 - \sigma(r)) = 1 - 2 \sigma(r)",
    "sign slip: sigma - (1 - sigma) taken as 1 - 2 sigma")
