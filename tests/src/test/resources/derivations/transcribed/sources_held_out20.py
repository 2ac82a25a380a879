# A twentieth held-out set (issue 12, branch held20): twelve passages the corpus did not hold
# before and that the checker had never been run on, transcribed from published texts in their
# own notation (LaTeX in Markdown): Bishop's PRML (the EM responsibilities and the M-step mean for
# a Gaussian mixture, 9.2.2, eqs. (9.13)-(9.22); the probit approximation of the logistic sigmoid,
# 4.3.5 and 4.5.2, eqs. (4.114)-(4.116), (4.152)-(4.154); the effective number of parameters of the
# evidence approximation, 3.5.2-3.5.3, eqs. (3.87)-(3.95); the outer-product approximation of the
# Hessian, 5.4.2, eqs. (5.82)-(5.85)), Murphy's PML (the Gaussian MLE of the variance, 4.2.5), the
# GRU of d2l.ai 10.2, the Bernoulli as a GLM and the kernel trick of the CS229 notes, Polyak
# averaging (Goodfellow et al., Deep Learning, 8.7.3, eq. (8.39)), the variance-minimising baseline
# of the score-function estimator (Greensmith, Bartlett and Baxter, JMLR 2004; Peters and Schaal,
# 2008) and layer normalization (Ba, Kiros and Hinton, 2016, eqs. (3)-(4)). None was compared with
# a stored copy: all are recalled from the texts, in their notation, and say so in their headers.
# Each broken file has one planted error of a kind students make. The numbers were checked in
# Python (sympy). Read by make_transcribed.py after sources_held_out19b.py.

add("bishop-prml-em-responsibilities",
    "Bishop, Pattern Recognition and Machine Learning (2006), 9.2 Mixtures of Gaussians (the responsibilities gamma(z_k), eqs. (9.12)-(9.13), and their E-step form (9.23)), for two one-dimensional components, with numbers",
    "https://www.microsoft.com/en-us/research/publication/pattern-recognition-machine-learning/",
    "the book's notation (pi_k, gamma(z_nk), N(x|mu, Sigma)); the one-dimensional example is added as readers work it out", r"""
# Responsibilities in a Gaussian mixture

The Gaussian mixture distribution can be written as a linear superposition of Gaussians in the form

$$p(\mathbf{x}) = \sum_{k=1}^{K} \pi_k \mathcal{N}(\mathbf{x} \mid \boldsymbol{\mu}_k, \boldsymbol{\Sigma}_k) \tag{9.7}$$

Another quantity that will play an important role is the conditional probability of $\mathbf{z}$ given $\mathbf{x}$. We shall use $\gamma(z_k)$ to denote $p(z_k = 1 \mid \mathbf{x})$, whose value can be found using Bayes' theorem

$$\gamma(z_k) \equiv p(z_k = 1 \mid \mathbf{x}) = \frac{\pi_k \mathcal{N}(\mathbf{x} \mid \boldsymbol{\mu}_k, \boldsymbol{\Sigma}_k)}{\sum_{j=1}^{K} \pi_j \mathcal{N}(\mathbf{x} \mid \boldsymbol{\mu}_j, \boldsymbol{\Sigma}_j)} \tag{9.13}$$

We shall view $\pi_k$ as the prior probability of $z_k = 1$, and the quantity $\gamma(z_k)$ as the corresponding posterior probability once we have observed $\mathbf{x}$. As we shall see later, $\gamma(z_k)$ can also be viewed as the responsibility that component $k$ takes for 'explaining' the observation $\mathbf{x}$.

For example, take $K = 2$ one-dimensional components with unit variance, $\mu_1 = 0$, $\mu_2 = 2$, $\pi_1 = 0.6$ and $\pi_2 = 0.4$, and the observation $x_n = 0.5$. The common factor $\frac{1}{\sqrt{2\pi}}$ cancels, and

$$\gamma(z_{n1}) = \frac{0.6 \, e^{-0.125}}{0.6 \, e^{-0.125} + 0.4 \, e^{-1.125}} = \frac{0.6 \, e}{0.6 \, e + 0.4} \approx 0.80305$$

so that $\gamma(z_{n2}) = 1 - \gamma(z_{n1}) \approx 0.19695$: the responsibilities of the two components sum to one.
""", r"= \frac{0.6 \, e}{0.6 \, e + 0.4} \approx 0.80305$$", r"= \frac{0.6}{0.6 + 0.4 \, e} \approx 0.80305$$",
    "sign slip: dividing through by e^{-1.125} instead of e^{-0.125} puts e on the wrong term")

add("bishop-prml-em-mstep-mean",
    "Bishop, Pattern Recognition and Machine Learning (2006), 9.2.2 EM for Gaussian mixtures (setting the derivative of the log likelihood with respect to mu_k to zero, eqs. (9.14)-(9.18), and the mixing coefficients (9.22)), in one dimension, with numbers",
    "https://www.microsoft.com/en-us/research/publication/pattern-recognition-machine-learning/",
    "the book's notation (gamma(z_nk), N_k, mu_k, Sigma_k); the one-dimensional derivative and the numbers are added as readers work them out", r"""
# The M-step for the means

The log of the likelihood function is given by

$$\ln p(\mathbf{X} \mid \boldsymbol{\pi}, \boldsymbol{\mu}, \boldsymbol{\Sigma}) = \sum_{n=1}^{N} \ln \left\{ \sum_{k=1}^{K} \pi_k \mathcal{N}(\mathbf{x}_n \mid \boldsymbol{\mu}_k, \boldsymbol{\Sigma}_k) \right\} \tag{9.14}$$

Setting the derivatives of $\ln p(\mathbf{X} \mid \boldsymbol{\pi}, \boldsymbol{\mu}, \boldsymbol{\Sigma})$ with respect to the means $\boldsymbol{\mu}_k$ of the Gaussian components to zero, we obtain

$$0 = \sum_{n=1}^{N} \frac{\pi_k \mathcal{N}(\mathbf{x}_n \mid \boldsymbol{\mu}_k, \boldsymbol{\Sigma}_k)}{\sum_j \pi_j \mathcal{N}(\mathbf{x}_n \mid \boldsymbol{\mu}_j, \boldsymbol{\Sigma}_j)} \boldsymbol{\Sigma}_k^{-1} (\mathbf{x}_n - \boldsymbol{\mu}_k) \tag{9.16}$$

In one dimension with variance $\sigma_k^2$ the factor comes from

$$\frac{\partial}{\partial \mu_k} \left( -\frac{(x_n - \mu_k)^2}{2 \sigma_k^2} \right) = \frac{x_n - \mu_k}{\sigma_k^2}$$

Multiplying by $\boldsymbol{\Sigma}_k$ (which we assume to be nonsingular) and rearranging we obtain

$$\boldsymbol{\mu}_k = \frac{1}{N_k} \sum_{n=1}^{N} \gamma(z_{nk}) \mathbf{x}_n \tag{9.17}$$

where we have defined

$$N_k = \sum_{n=1}^{N} \gamma(z_{nk}) \tag{9.18}$$

and, maximizing with respect to the mixing coefficients, $\pi_k = \frac{N_k}{N}$ (9.22).

For example, with the three points $x_1 = 0$, $x_2 = 1$ and $x_3 = 4$ and responsibilities $\gamma(z_{n1}) = 0.9, 0.5, 0.1$ of the first component, $N_1 = 0.9 + 0.5 + 0.1 = 1.5$,

$$\mu_1 = \frac{0.9 \cdot 0 + 0.5 \cdot 1 + 0.1 \cdot 4}{1.5} = 0.6$$

and $\pi_1 = \frac{1.5}{3} = 0.5$.
""", r"$$\mu_1 = \frac{0.9 \cdot 0 + 0.5 \cdot 1 + 0.1 \cdot 4}{1.5} = 0.6$$", r"$$\mu_1 = \frac{0.9 \cdot 0 + 0.5 \cdot 1 + 0.1 \cdot 4}{1.5} = 0.3$$",
    "wrong value: the weighted sum 0.9 divided by N = 3 instead of N_1 = 1.5")

add("bishop-prml-probit-approximation",
    "Bishop, Pattern Recognition and Machine Learning (2006), 4.3.5 Probit regression (the probit function and erf, eqs. (4.114)-(4.116)) and 4.5.2 Predictive distribution (sigma(a) approximated by Phi(lambda a) with lambda^2 = pi/8, and the convolution of a sigmoid with a Gaussian, eqs. (4.152)-(4.154)), with numbers",
    "https://www.microsoft.com/en-us/research/publication/pattern-recognition-machine-learning/",
    "the book's notation (Phi, erf, lambda, kappa(sigma^2)); the matching of the slopes at the origin and the numbers are worked out as readers do", r"""
# The probit function and the probit approximation

The probit function is the cumulative distribution function of the standard Gaussian

$$\Phi(a) = \int_{-\infty}^{a} \mathcal{N}(\theta \mid 0, 1) \, \mathrm{d}\theta \tag{4.114}$$

Many numerical packages provide for the evaluation of a closely related function defined by

$$\operatorname{erf}(a) = \frac{2}{\sqrt{\pi}} \int_{0}^{a} \exp(-\theta^2) \, \mathrm{d}\theta \tag{4.115}$$

and known as the erf function. It is related to the probit function by

$$\Phi(a) = \frac{1}{2} \left\{ 1 + \operatorname{erf}\left( \frac{a}{\sqrt{2}} \right) \right\} \tag{4.116}$$

The logistic sigmoid is well approximated by the rescaled probit function $\Phi(\lambda a)$, where $\lambda$ is found by requiring that the two functions have the same slope at the origin. The slope of the sigmoid at the origin is $\sigma(0)(1 - \sigma(0)) = \frac{1}{4}$, and that of $\Phi(\lambda a)$ is $\frac{\lambda}{\sqrt{2\pi}}$, so $\lambda = \frac{\sqrt{2\pi}}{4}$ and

$$\lambda^2 = \frac{2\pi}{16} = \frac{\pi}{8}$$

Using this approximation the convolution of a logistic sigmoid with a Gaussian is

$$\int \sigma(a) \mathcal{N}(a \mid \mu, \sigma^2) \, \mathrm{d}a \simeq \sigma(\kappa(\sigma^2) \mu) \tag{4.153}$$

where we have defined

$$\kappa(\sigma^2) = (1 + \pi \sigma^2 / 8)^{-1/2} \tag{4.154}$$

For example, with $\mu = 2$ and $\sigma^2 = 1$, $\kappa(1) = (1 + \pi / 8)^{-1/2} \approx 0.84737$ and the predictive probability is $\sigma(0.84737 \cdot 2) = \sigma(1.69473) \approx 0.84485$, pulled towards one half from $\sigma(2) \approx 0.88080$.
""", r"$$\lambda^2 = \frac{2\pi}{16} = \frac{\pi}{8}$$", r"$$\lambda^2 = \frac{2\pi}{16} = \frac{\pi}{4}$$",
    "wrong value: 2 pi / 16 reduced to pi / 4")

add("bishop-prml-evidence-effective-parameters",
    "Bishop, Pattern Recognition and Machine Learning (2006), 3.5.2 Maximizing the evidence function and 3.5.3 Effective number of parameters (the eigenvalues lambda_i of beta Phi^T Phi, gamma, and the re-estimation of alpha and beta, eqs. (3.87), (3.91), (3.92), (3.95)), with numbers",
    "https://www.microsoft.com/en-us/research/publication/pattern-recognition-machine-learning/",
    "the book's notation (alpha, beta, lambda_i, gamma, m_N, phi(x_n)); the two-eigenvalue example is added as readers work it out", r"""
# The effective number of parameters

We first define the following eigenvector equation

$$\left( \beta \boldsymbol{\Phi}^{\mathrm{T}} \boldsymbol{\Phi} \right) \mathbf{u}_i = \lambda_i \mathbf{u}_i \tag{3.87}$$

Setting the derivative of the log evidence with respect to $\alpha$ to zero, the stationary point satisfies $\alpha \mathbf{m}_N^{\mathrm{T}} \mathbf{m}_N = \gamma$, where we have defined

$$\gamma = \sum_i \frac{\lambda_i}{\alpha + \lambda_i} \tag{3.91}$$

so that

$$\alpha = \frac{\gamma}{\mathbf{m}_N^{\mathrm{T}} \mathbf{m}_N} \tag{3.92}$$

Similarly, maximizing with respect to $\beta$ gives

$$\frac{1}{\beta} = \frac{1}{N - \gamma} \sum_{n=1}^{N} \left\{ t_n - \mathbf{m}_N^{\mathrm{T}} \boldsymbol{\phi}(\mathbf{x}_n) \right\}^2 \tag{3.95}$$

Each term $\frac{\lambda_i}{\alpha + \lambda_i}$ lies between 0 and 1: a direction well determined by the data, $\lambda_i \gg \alpha$, counts as one parameter, and a poorly determined one counts for almost nothing.

For example, with two eigenvalues $\lambda_1 = 9$ and $\lambda_2 = 1$ and $\alpha = 1$,

$$\gamma = \frac{9}{1 + 9} + \frac{1}{1 + 1} = 0.9 + 0.5 = 1.4$$

If $\mathbf{m}_N^{\mathrm{T}} \mathbf{m}_N = 2.8$ the new value is $\alpha = \frac{1.4}{2.8} = 0.5$, and with $N = 10$ data points whose squared residuals sum to $4.3$,

$$\frac{1}{\beta} = \frac{4.3}{10 - 1.4} = 0.5$$

so $\beta = 2$.
""", r"$$\frac{1}{\beta} = \frac{4.3}{10 - 1.4} = 0.5$$", r"$$\frac{1}{\beta} = \frac{4.3}{10 - 1.4} = 0.43$$",
    "dropped term: the residuals divided by N = 10 instead of N - gamma")

add("bishop-prml-outer-product-hessian",
    "Bishop, Pattern Recognition and Machine Learning (2006), 5.4.2 Outer product approximation (the Hessian of a sum-of-squares error, eqs. (5.82)-(5.84), and of the cross-entropy error with a logistic sigmoid output, eq. (5.85)), for one weight, with numbers",
    "https://www.microsoft.com/en-us/research/publication/pattern-recognition-machine-learning/",
    "the book's notation (E, y_n, t_n, a_n, b_n); the one-weight derivatives and the numbers are added as readers work them out", r"""
# The outer product approximation of the Hessian

When neural networks are applied to regression problems, it is common to use a sum-of-squares error function of the form

$$E = \frac{1}{2} \sum_{n=1}^{N} (y_n - t_n)^2 \tag{5.82}$$

We can then write the Hessian matrix in the form

$$\mathbf{H} = \nabla \nabla E = \sum_{n=1}^{N} \nabla y_n (\nabla y_n)^{\mathrm{T}} + \sum_{n=1}^{N} (y_n - t_n) \nabla \nabla y_n \tag{5.83}$$

Neglecting the second term, we arrive at the Levenberg-Marquardt approximation or outer product approximation

$$\mathbf{H} \simeq \sum_{n=1}^{N} \mathbf{b}_n \mathbf{b}_n^{\mathrm{T}} \tag{5.84}$$

where $\mathbf{b}_n = \nabla y_n = \nabla a_n$ because the activation function for the output units is simply the identity. For a linear model $y_n = w x_n$ with a single weight the second term vanishes, $\frac{\partial^2 E}{\partial w^2} = \sum_n x_n^2$, and the approximation is exact: with $x_n = 1, 2, -1$ it gives $1 + 4 + 1 = 6$.

In the case of the cross-entropy error function for a network with logistic sigmoid output-unit activation functions, the corresponding approximation is given by

$$\mathbf{H} \simeq \sum_{n=1}^{N} y_n (1 - y_n) \mathbf{b}_n \mathbf{b}_n^{\mathrm{T}} \tag{5.85}$$

The factor comes from the derivatives of one term of the error with respect to the activation $a$, with $y = \sigma(a)$:

$$\frac{\partial}{\partial a} \left( -t \ln \sigma(a) - (1 - t) \ln(1 - \sigma(a)) \right) = \sigma(a) - t$$

$$\frac{\partial^2}{\partial a^2} \left( -t \ln \sigma(a) - (1 - t) \ln(1 - \sigma(a)) \right) = \sigma(a) (1 - \sigma(a))$$

At $a = 0$ the factor is $\frac{1}{4}$.
""", r"\ln(1 - \sigma(a)) \right) = \sigma(a) - t$$", r"\ln(1 - \sigma(a)) \right) = t - \sigma(a)$$",
    "sign slip: the derivative of the cross-entropy in a written t - sigma(a)")

add("murphy-pml-gaussian-mle-variance",
    "Murphy, Probabilistic Machine Learning: An Introduction (2022), 4.2.5 MLE for a univariate Gaussian (the NLL, its derivative with respect to sigma^2 and the estimate sigma-hat^2), with numbers",
    "https://probml.github.io/pml-book/book1.html",
    "the book's notation (NLL, y_n, mu-hat, sigma-hat^2, D); the derivative is written out and the numbers are added as readers work them out", r"""
# MLE for a univariate Gaussian

Suppose $Y \sim \mathcal{N}(\mu, \sigma^2)$ and let $\mathcal{D} = \{y_n : n = 1 : N\}$ be an iid sample of size $N$. We can find the parameters $\boldsymbol{\theta} = (\mu, \sigma^2)$ using MLE as follows. First, we derive the NLL, which is given by

$$\text{NLL}(\mu, \sigma^2) = \frac{1}{2\sigma^2} \sum_{n=1}^{N} (y_n - \mu)^2 + \frac{N}{2} \log(2\pi\sigma^2)$$

The minimum of this function must satisfy the following conditions, which we explain in Section 8.1.1.1:

$$\frac{\partial}{\partial \mu} \text{NLL}(\mu, \sigma^2) = 0, \quad \frac{\partial}{\partial \sigma^2} \text{NLL}(\mu, \sigma^2) = 0$$

The first gives $\hat{\mu} = \frac{1}{N} \sum_{n=1}^{N} y_n = \bar{y}$. Writing $v = \sigma^2$, the second is

$$\frac{\partial}{\partial v} \left( \frac{1}{2v} \sum_{n=1}^{N} (y_n - \mu)^2 + \frac{N}{2} \log(2\pi v) \right) = -\frac{1}{2v^2} \sum_{n=1}^{N} (y_n - \mu)^2 + \frac{N}{2v}$$

and setting it to zero gives

$$\hat{\sigma}^2 = \frac{1}{N} \sum_{n=1}^{N} (y_n - \hat{\mu})^2$$

For example, with $y = (1, 2, 6)$, $\hat{\mu} = 3$ and

$$\hat{\sigma}^2 = \frac{(1 - 3)^2 + (2 - 3)^2 + (6 - 3)^2}{3} = \frac{14}{3} \approx 4.6667$$

which is smaller than the unbiased estimate $\frac{14}{2} = 7$.
""", r"= -\frac{1}{2v^2} \sum_{n=1}^{N} (y_n - \mu)^2 + \frac{N}{2v}$$", r"= -\frac{1}{2v} \sum_{n=1}^{N} (y_n - \mu)^2 + \frac{N}{2v}$$",
    "wrong exponent: the derivative of 1/(2v) written -1/(2v)")

add("d2l-gru-gates",
    "Zhang, Lipton, Li and Smola, Dive into Deep Learning, 10.2 Gated Recurrent Units (the reset and update gates, the candidate hidden state and the hidden state, eqs. (10.2.1)-(10.2.3)), the local derivatives for one unit, with numbers",
    "https://d2l.ai/chapter_recurrent-modern/gru.html",
    "the book's notation (R_t, Z_t, H-tilde_t, H_t, W_xr, W_hr, b_r) for one unit, so the Hadamard products are products; the derivatives holding the gates fixed and the numbers are added", r"""
# Gated recurrent units

Mathematically, for a given time step $t$, suppose that the input is a minibatch $\mathbf{X}_t \in \mathbb{R}^{n \times d}$ and the hidden state of the previous time step is $\mathbf{H}_{t-1} \in \mathbb{R}^{n \times h}$. Then the reset gate $\mathbf{R}_t \in \mathbb{R}^{n \times h}$ and update gate $\mathbf{Z}_t \in \mathbb{R}^{n \times h}$ are computed as follows:

$$\begin{aligned} \mathbf{R}_t &= \sigma(\mathbf{X}_t \mathbf{W}_{\textrm{xr}} + \mathbf{H}_{t-1} \mathbf{W}_{\textrm{hr}} + \mathbf{b}_\textrm{r}), \\ \mathbf{Z}_t &= \sigma(\mathbf{X}_t \mathbf{W}_{\textrm{xz}} + \mathbf{H}_{t-1} \mathbf{W}_{\textrm{hz}} + \mathbf{b}_\textrm{z}), \end{aligned}$$

Next, we integrate the reset gate $\mathbf{R}_t$ with the regular updating mechanism, leading to the following candidate hidden state $\tilde{\mathbf{H}}_t \in \mathbb{R}^{n \times h}$ at time step $t$:

$$\tilde{\mathbf{H}}_t = \tanh(\mathbf{X}_t \mathbf{W}_{\textrm{xh}} + \left(\mathbf{R}_t \odot \mathbf{H}_{t-1}\right) \mathbf{W}_{\textrm{hh}} + \mathbf{b}_\textrm{h})$$

Finally, we need to incorporate the effect of the update gate $\mathbf{Z}_t$. This determines the extent to which the new hidden state $\mathbf{H}_t \in \mathbb{R}^{n \times h}$ matches the old state $\mathbf{H}_{t-1}$ compared with how much it resembles the new candidate state $\tilde{\mathbf{H}}_t$:

$$\mathbf{H}_t = \mathbf{Z}_t \odot \mathbf{H}_{t-1} + (1 - \mathbf{Z}_t) \odot \tilde{\mathbf{H}}_t$$

For one unit, holding the gates and the candidate fixed, the local derivatives are

$$\frac{\partial H_t}{\partial H_{t-1}} = Z_t$$

$$\frac{\partial H_t}{\partial Z_t} = H_{t-1} - \tilde{H}_t$$

For example, with $X_t W_{xh} = 0.2$, $R_t = 0.5$, $W_{hh} = 0.6$, $H_{t-1} = 1$, $b_h = 0$ and $Z_t = 0.7$:

$$\tilde{H}_t = \tanh(0.2 + 0.5 \cdot 1 \cdot 0.6) = \tanh(0.5) \approx 0.46212$$

$$H_t = 0.7 \cdot 1 + 0.3 \cdot 0.46212 \approx 0.83864$$
""", r"$$\frac{\partial H_t}{\partial Z_t} = H_{t-1} - \tilde{H}_t$$", r"$$\frac{\partial H_t}{\partial Z_t} = \tilde{H}_t - H_{t-1}$$",
    "sign slip: the derivative in the update gate written H-tilde_t - H_{t-1}")

add("cs229-glm-bernoulli-canonical-response",
    "Ng, CS229 Lecture Notes, Part III Generalized Linear Models, 8 The exponential family (the Bernoulli written as p(y; eta) = b(y) exp(eta^T T(y) - a(eta)), the natural parameter, the canonical response function), with numbers",
    "https://cs229.stanford.edu/main_notes.pdf",
    "the notes' notation (phi, eta, T(y), a(eta), b(y)); the derivative of the log partition function and the numbers are added as readers work them out", r"""
# The Bernoulli as an exponential family distribution

We say that a class of distributions is in the exponential family if it can be written in the form

$$p(y; \eta) = b(y) \exp(\eta^T T(y) - a(\eta))$$

Here, $\eta$ is called the natural parameter (also called the canonical parameter) of the distribution; $T(y)$ is the sufficient statistic, and $a(\eta)$ is the log partition function. We write the Bernoulli distribution as:

$$\begin{aligned} p(y; \phi) &= \phi^y (1 - \phi)^{1 - y} \\ &= \exp(y \log \phi + (1 - y) \log(1 - \phi)) \\ &= \exp\left( \left( \log\left( \frac{\phi}{1 - \phi} \right) \right) y + \log(1 - \phi) \right) \end{aligned}$$

Thus, the natural parameter is given by $\eta = \log(\phi / (1 - \phi))$. Interestingly, if we invert this definition for $\eta$ by solving for $\phi$ in terms of $\eta$, we obtain $\phi = 1/(1 + e^{-\eta})$. This is the familiar sigmoid function! To complete the formulation of the Bernoulli distribution as an exponential family distribution, we also have

$$\begin{aligned} T(y) &= y \\ a(\eta) &= -\log(1 - \phi) \\ &= \log(1 + e^{\eta}) \\ b(y) &= 1 \end{aligned}$$

The derivative of the log partition function is the mean:

$$\frac{d}{d\eta} \log(1 + e^{\eta}) = \frac{e^{\eta}}{1 + e^{\eta}} = \frac{1}{1 + e^{-\eta}}$$

which is $\phi = E[y; \phi]$, the canonical response function. For example, with $\phi = 0.8$, $\eta = \log 4 \approx 1.38629$ and $a(\eta) = \log 5 = -\log 0.2 \approx 1.60944$.
""", r"$$\frac{d}{d\eta} \log(1 + e^{\eta}) = \frac{e^{\eta}}{1 + e^{\eta}} = \frac{1}{1 + e^{-\eta}}$$", r"$$\frac{d}{d\eta} \log(1 + e^{\eta}) = \frac{e^{\eta}}{1 + e^{\eta}} = \frac{1}{1 + e^{\eta}}$$",
    "sign slip: dividing through by e^{eta} leaves e^{eta} in the denominator")

add("cs229-kernel-trick-polynomial",
    "Ng, CS229 Lecture Notes, Part V Kernel Methods (the kernel K(x, z) = (x^T z)^2 as an inner product of the feature map phi(x) = (x_i x_j), and (x^T z + c)^2), with numbers",
    "https://cs229.stanford.edu/main_notes.pdf",
    "the notes' notation (x, z, K, phi, n, c); the numbers for n = 2 are added as readers work them out", r"""
# The kernel trick

Suppose $x, z \in \mathbb{R}^n$, and consider

$$K(x, z) = (x^T z)^2$$

We can also write this as

$$\begin{aligned} K(x, z) &= \left( \sum_{i=1}^{n} x_i z_i \right) \left( \sum_{j=1}^{n} x_j z_j \right) \\ &= \sum_{i=1}^{n} \sum_{j=1}^{n} x_i x_j z_i z_j \\ &= \sum_{i, j=1}^{n} (x_i x_j)(z_i z_j) \end{aligned}$$

Thus, we see that $K(x, z) = \langle \phi(x), \phi(z) \rangle$, where the feature mapping $\phi$ is given (shown here for the case of $n = 2$) by $\phi(x) = (x_1 x_1, x_1 x_2, x_2 x_1, x_2 x_2)$. Whereas calculating the high-dimensional $\phi(x)$ requires $O(n^2)$ time, finding $K(x, z)$ takes only $O(n)$ time.

For example, with $x = (1, 2)$ and $z = (3, 4)$, $x^T z = 11$ and $K(x, z) = 121$, while $\phi(x) = (1, 2, 2, 4)$, $\phi(z) = (9, 12, 12, 16)$ and

$$\langle \phi(x), \phi(z) \rangle = 1 \cdot 9 + 2 \cdot 12 + 2 \cdot 12 + 4 \cdot 16 = 121$$

For the related kernel $K(x, z) = (x^T z + c)^2$ with $c = 1$,

$$(11 + 1)^2 = 121 + 2 \cdot 11 + 1 = 144$$

where the middle term comes from the features $\sqrt{2c} \, x_i$.
""", r"$$(11 + 1)^2 = 121 + 2 \cdot 11 + 1 = 144$$", r"$$(11 + 1)^2 = 121 + 11 + 1 = 144$$",
    "dropped factor: the cross term 2 c x^T z written without its 2")

add("goodfellow-polyak-averaging",
    "Goodfellow, Bengio and Courville, Deep Learning (2016), 8.7.3 Polyak Averaging (the average of the iterates, its running form and the exponentially decaying running average, eq. (8.39)), with numbers",
    "https://www.deeplearningbook.org/contents/optimization.html",
    "the book's notation (theta-hat^(t), theta^(i), alpha); the running form of the average and the numbers are added as readers work them out", r"""
# Polyak averaging

Polyak averaging consists of averaging several points in the trajectory through parameter space visited by an optimization algorithm. If $t$ iterations of gradient descent visit points $\boldsymbol{\theta}^{(1)}, \ldots, \boldsymbol{\theta}^{(t)}$, then the output of the Polyak averaging algorithm is $\hat{\boldsymbol{\theta}}^{(t)} = \frac{1}{t} \sum_i \boldsymbol{\theta}^{(i)}$. The average need not be stored as a sum: for one coordinate,

$$\hat{\theta}^{(t)} = \frac{(t - 1) \hat{\theta}^{(t-1)} + \theta^{(t)}}{t} = \hat{\theta}^{(t-1)} + \frac{1}{t} \left( \theta^{(t)} - \hat{\theta}^{(t-1)} \right)$$

When applying Polyak averaging to nonconvex problems, it is typical to use an exponentially decaying running average:

$$\hat{\boldsymbol{\theta}}^{(t)} = \alpha \hat{\boldsymbol{\theta}}^{(t-1)} + (1 - \alpha) \boldsymbol{\theta}^{(t)} \tag{8.39}$$

The running average approach is used in numerous applications.

For example, with the iterates $\theta^{(1)} = 4$, $\theta^{(2)} = 2$ and $\theta^{(3)} = 3$ the averages are $4$, $3$ and $3$. The exponential average with $\alpha = 0.9$, started from $\hat{\theta}^{(0)} = 0$, gives $\hat{\theta}^{(1)} = 0.4$ and then

$$\hat{\theta}^{(2)} = 0.9 \cdot 0.4 + 0.1 \cdot 2 = 0.56$$

$$\hat{\theta}^{(3)} = 0.9 \cdot 0.56 + 0.1 \cdot 3 = 0.804$$
""", r"= \hat{\theta}^{(t-1)} + \frac{1}{t} \left( \theta^{(t)} - \hat{\theta}^{(t-1)} \right)$$", r"= \hat{\theta}^{(t-1)} + \frac{1}{t - 1} \left( \theta^{(t)} - \hat{\theta}^{(t-1)} \right)$$",
    "wrong value: the step of the running average taken as 1/(t - 1)")

add("greensmith-optimal-baseline-variance",
    "Greensmith, Bartlett and Baxter, Variance Reduction Techniques for Gradient Estimates in Reinforcement Learning (JMLR 2004), and Peters and Schaal, Reinforcement learning of motor skills with policy gradients (Neural Networks 2008): a baseline leaves the score-function estimator unbiased and the variance-minimising baseline, for a Bernoulli policy, with numbers",
    "https://www.jmlr.org/papers/v5/greensmith04a.html",
    "the score-function notation of the policy-gradient literature (pi_theta, R, b, E); the one-parameter derivation and the Bernoulli example are worked out as readers do", r"""
# The baseline that minimises the variance

For a policy $\pi_\theta(a)$ the score-function estimator with a baseline $b$ is

$$g = \nabla_\theta \log \pi_\theta(a) \, (R(a) - b), \quad a \sim \pi_\theta$$

It is unbiased for every $b$ because $\mathbb{E}_{a \sim \pi_\theta}[\nabla_\theta \log \pi_\theta(a)] = \sum_a \nabla_\theta \pi_\theta(a) = \nabla_\theta 1 = 0$. Writing $s = \nabla_\theta \log \pi_\theta(a)$ for one parameter, the variance is $\mathbb{E}[s^2 (R - b)^2] - (\mathbb{E}[g])^2$, and only the first term depends on $b$:

$$\frac{\partial}{\partial b} \mathbb{E}[s^2 (R - b)^2] = -2 \mathbb{E}[s^2 (R - b)] = 0$$

so the best constant baseline is

$$b^* = \frac{\mathbb{E}[s^2 R]}{\mathbb{E}[s^2]}$$

For example, take $\pi_\theta(a = 1) = \sigma(\theta)$ at $\theta = 0$, so both actions have probability $0.5$ and the scores are $s(1) = 1 - \sigma(0) = 0.5$ and $s(0) = -\sigma(0) = -0.5$, with rewards $R(1) = 3$ and $R(0) = 1$. Then $\mathbb{E}[s^2] = 0.25$ and

$$b^* = \frac{0.5 \cdot 0.25 \cdot 3 + 0.5 \cdot 0.25 \cdot 1}{0.25} = 2$$

Without a baseline the estimates are $0.5 \cdot 3 = 1.5$ and $-0.5 \cdot 1 = -0.5$, with mean $0.5$ and variance $1$; with $b = 2$ both estimates are $0.5 \cdot (3 - 2) = -0.5 \cdot (1 - 2) = 0.5$ and the variance is $0$.
""", r"$$b^* = \frac{0.5 \cdot 0.25 \cdot 3 + 0.5 \cdot 0.25 \cdot 1}{0.25} = 2$$", r"$$b^* = \frac{0.25 \cdot 3 + 0.25 \cdot 1}{0.25} = 2$$",
    "dropped factor: the probabilities 0.5 of the two actions left out of the expectation")

add("ba-layer-normalization-statistics",
    "Ba, Kiros and Hinton, Layer Normalization (2016), 3 Layer normalization (the statistics mu^l and sigma^l over the H hidden units of a layer, eq. (3), and the normalised, rescaled input, eq. (4)), with numbers",
    "https://arxiv.org/abs/1607.06450",
    "the paper's notation (a_i^l, mu^l, sigma^l, H, g, b); the example layer and the checks of the normalised values are added as readers work them out", r"""
# Layer normalization

We compute the layer normalization statistics over all the hidden units in the same layer as follows:

$$\mu^l = \frac{1}{H} \sum_{i=1}^{H} a_i^l \qquad \sigma^l = \sqrt{\frac{1}{H} \sum_{i=1}^{H} \left( a_i^l - \mu^l \right)^2}$$

where $H$ denotes the number of hidden units in a layer. Under layer normalization, all the hidden units in a layer share the same normalization terms $\mu$ and $\sigma$, but different training cases have different normalization terms. The normalised summed inputs are rescaled by the gain $g_i$ and shifted by the bias $b_i$ before the non-linearity: $\bar{a}_i^l = \frac{g_i^l}{\sigma^l} (a_i^l - \mu^l)$.

For example, a layer with $H = 4$ and summed inputs $a^l = (1, 2, 3, 6)$ has $\mu^l = \frac{1 + 2 + 3 + 6}{4} = 3$ and

$$(\sigma^l)^2 = \frac{(1 - 3)^2 + (2 - 3)^2 + (3 - 3)^2 + (6 - 3)^2}{4} = \frac{14}{4} = 3.5$$

so $\sigma^l = \sqrt{3.5} \approx 1.87083$. With $g_i = 1$ the normalised inputs are $\frac{-2}{1.87083} \approx -1.06904$, $\frac{-1}{1.87083} \approx -0.53452$, $0$ and $\frac{3}{1.87083} \approx 1.60357$. They sum to zero and their squares sum to $H$:

$$\frac{(-2)^2 + (-1)^2 + 0^2 + 3^2}{3.5} = \frac{14}{3.5} = 4$$
""", r"= \frac{14}{4} = 3.5$$", r"= \frac{8}{4} = 2$$",
    "dropped exponent: (6 - 3)^2 added as 3, so the squares sum to 8")
