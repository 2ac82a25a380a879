# A twenty-first held-out set, second sample (issue 12, branch held21b): twelve derivations the
# corpus did not hold and that the checker had never been run on. Eight from published texts in
# their own notation: MAP with a Gaussian prior as weight decay (Goodfellow et al., Deep Learning,
# 5.6.1), PCA's one-component code and reconstruction (ibid., 2.12), a gradient-descent step on a
# quadratic and its second-order Taylor prediction (ibid., 4.3, eqs. (4.5), (4.9)), the regularised
# curve fitting of Bishop's PRML 1.1 (eq. (1.4)) in one weight, the Poisson rate's MLE (Murphy, PML,
# 4.2), the check function of quantile regression (Koenker and Bassett, 1978) defined by cases,
# the binary entropy (Cover and Thomas, 2.1) and the gradient-bandit preference update (Sutton and
# Barto, 2.8). Four typed as new users type: two in engine syntax (the pseudo-Huber loss; the
# logit's derivative, with let, at, assume and chains) and two in hurried LaTeX (the gradient of
# the Euclidean norm; the derivative of the binary cross-entropy in p). None was compared with a
# stored copy. Each broken file has one planted error of a kind students make. The numbers were
# checked in Python (sympy). Read by make_transcribed.py after sources_held_out21.py.

add("goodfellow-map-gaussian-prior",
    "Goodfellow et al., Deep Learning, 5.6.1 Maximum A Posteriori (MAP) Estimation, eq. (5.79), the Gaussian prior on the weights as weight decay, in one weight with one example, with numbers",
    "https://www.deeplearningbook.org/contents/ml.html (Goodfellow, Bengio and Courville, Deep Learning)",
    "the book's notation; the one-weight case and its numbers are added as readers work it out", r"""
# MAP estimation with a Gaussian prior

The MAP estimate chooses the point of maximal posterior probability:

$$\theta_{\mathrm{MAP}} = \arg\max_{\theta} p(\theta \mid x) = \arg\max_{\theta} \log p(x \mid \theta) + \log p(\theta). \tag{5.79}$$

Consider a linear regression model with a Gaussian prior on the weights. With one weight $w$ and the prior $\mathcal{N}(w; 0, \frac{1}{\lambda})$, the log-prior is

$$\log p(w) = -\frac{\lambda}{2} w^2 + \frac{1}{2} \log \frac{\lambda}{2\pi},$$

and its derivative is

$$\frac{d}{dw} \log p(w) = -\lambda w.$$

The log-prior term is proportional to the familiar $\lambda w^2$ weight decay penalty, plus a term that does not depend on $w$. For one example $(x, y)$ with unit noise variance,

$$\log p(y \mid x, w) = -\frac{1}{2} (y - w x)^2 - \frac{1}{2} \log 2\pi,$$

so the derivative of the log posterior is

$$x (y - w x) - \lambda w = 0,$$

and the MAP weight is

$$w_{\mathrm{MAP}} = \frac{x y}{x^2 + \lambda}.$$

With $x = 2$, $y = 3$ and $\lambda = 2$: $w_{\mathrm{MAP}} = \frac{6}{4 + 2} = 1$, while the maximum likelihood weight is $\frac{y}{x} = 1.5$. The prior shrinks the weight towards zero.
""", r"$$\frac{d}{dw} \log p(w) = -\lambda w.$$", r"$$\frac{d}{dw} \log p(w) = -2 \lambda w.$$",
    "the factor one half of the log-prior dropped when differentiating")

add("goodfellow-pca-one-component",
    "Goodfellow et al., Deep Learning, 2.12 Example: Principal Components Analysis, eqs. (2.54)-(2.67), with one component (l = 1) and a point in the plane written out by components, with numbers",
    "https://www.deeplearningbook.org/contents/linear_algebra.html (Goodfellow, Bengio and Courville, Deep Learning)",
    "the book's notation (the decoder g(c) = Dc with D a single unit column d); the two-dimensional example is added as readers work it out", r"""
# PCA with one component

The decoding function is $g(c) = \boldsymbol{d} c$, with $\boldsymbol{d}^\top \boldsymbol{d} = 1$. The optimal code point is

$$c^* = \arg\min_c \| \boldsymbol{x} - g(c) \|_2^2 .$$

Expanding the squared norm,

$$\| \boldsymbol{x} - \boldsymbol{d} c \|_2^2 = \boldsymbol{x}^\top \boldsymbol{x} - 2 c \, \boldsymbol{d}^\top \boldsymbol{x} + c^2 \boldsymbol{d}^\top \boldsymbol{d} = \boldsymbol{x}^\top \boldsymbol{x} - 2 c \, \boldsymbol{d}^\top \boldsymbol{x} + c^2 .$$

We can omit the first term, since it does not depend on $c$, and set the gradient to zero:

$$\nabla_c \left( -2 c \, \boldsymbol{d}^\top \boldsymbol{x} + c^2 \right) = -2 \boldsymbol{d}^\top \boldsymbol{x} + 2 c = 0 ,$$

$$c = \boldsymbol{d}^\top \boldsymbol{x} .$$

For example, take $\boldsymbol{d} = (0.6, 0.8)^\top$ and $\boldsymbol{x} = (2, 1)^\top$. Then $d_1^2 + d_2^2 = 0.36 + 0.64 = 1$, and

$$c = d_1 x_1 + d_2 x_2 = 0.6 \cdot 2 + 0.8 \cdot 1 = 2 .$$

The reconstruction $r(\boldsymbol{x}) = \boldsymbol{d} \boldsymbol{d}^\top \boldsymbol{x}$ has the components

$$r_1 = c \, d_1 = 2 \cdot 0.6 = 1.2, \qquad r_2 = c \, d_2 = 2 \cdot 0.8 = 1.6,$$

so the residual is $\boldsymbol{x} - r(\boldsymbol{x}) = (0.8, -0.6)^\top$, orthogonal to $\boldsymbol{d}$ since $0.6 \cdot 0.8 - 0.8 \cdot 0.6 = 0$, and the reconstruction error is $0.8^2 + 0.6^2 = 1$.
""", r"r_2 = c \, d_2 = 2 \cdot 0.8 = 1.6", r"r_2 = c \, d_2 = 2 \cdot 0.8 = 1.8",
    "an arithmetic slip in the second component of the reconstruction")

add("goodfellow-gradient-step-quadratic",
    "Goodfellow et al., Deep Learning, 4.3 Gradient-Based Optimization, the step x' = x - eps grad f(x) (eq. (4.5)) and the second-order prediction (4.9), on a two-dimensional quadratic written out by components, with numbers",
    "https://www.deeplearningbook.org/contents/numerical.html (Goodfellow, Bengio and Courville, Deep Learning)",
    "the book's notation; the quadratic and its numbers are added as readers work them out", r"""
# One step of gradient descent on a quadratic

Steepest descent proposes a new point

$$\boldsymbol{x}' = \boldsymbol{x} - \epsilon \nabla_{\boldsymbol{x}} f(\boldsymbol{x}) \tag{4.5}$$

Take $f(\boldsymbol{x}) = \frac{1}{2} (x_1^2 + 4 x_2^2)$, so that

$$\nabla_{\boldsymbol{x}} f(\boldsymbol{x}) = (x_1, 4 x_2)^\top .$$

Start at $\boldsymbol{x} = (1, 1)^\top$, where $f(\boldsymbol{x}) = \frac{1}{2}(1 + 4) = 2.5$ and the gradient is $\boldsymbol{g} = (1, 4)^\top$. With $\epsilon = 0.1$ the new point has the components

$$x_1' = 1 - 0.1 \cdot 1 = 0.9, \qquad x_2' = 1 - 0.1 \cdot 4 = 0.6,$$

and the value there is

$$f(\boldsymbol{x}') = \frac{1}{2} (0.81 + 4 \cdot 0.36) = 1.125 .$$

The second-order Taylor series predicts the same value, since $f$ is quadratic with Hessian $\boldsymbol{H} = \mathrm{diag}(1, 4)$:

$$f(\boldsymbol{x} - \epsilon \boldsymbol{g}) \approx f(\boldsymbol{x}) - \epsilon \boldsymbol{g}^\top \boldsymbol{g} + \frac{1}{2} \epsilon^2 \boldsymbol{g}^\top \boldsymbol{H} \boldsymbol{g} \tag{4.9}$$

with $\boldsymbol{g}^\top \boldsymbol{g} = 1 + 16 = 17$ and $\boldsymbol{g}^\top \boldsymbol{H} \boldsymbol{g} = 1 + 4 \cdot 16 = 65$:

$$2.5 - 0.1 \cdot 17 + \frac{1}{2} \cdot 0.01 \cdot 65 = 1.125 .$$

The step lowered $f$ by $1.375$.
""", r"$$f(\boldsymbol{x}') = \frac{1}{2} (0.81 + 4 \cdot 0.36) = 1.125 .$$",
    r"$$f(\boldsymbol{x}') = \frac{1}{2} (0.81 + 0.36) = 1.125 .$$",
    "the coefficient 4 of the second coordinate forgotten at the new point")

add("bishop-prml-curve-fitting-one-weight",
    "Bishop, Pattern Recognition and Machine Learning (2006), 1.1 Example: Polynomial Curve Fitting, the regularised error (1.4) for a model with one weight y(x, w) = w x, its normal equation and its minimum, with numbers",
    "https://www.microsoft.com/en-us/research/publication/pattern-recognition-machine-learning/",
    "the book's notation (E tilde, t_n, lambda); the one-weight model and its numbers are added as readers work them out", r"""
# Regularised curve fitting with one weight

The regularised error function is

$$\widetilde{E}(\mathbf{w}) = \frac{1}{2} \sum_{n=1}^{N} \{ y(x_n, \mathbf{w}) - t_n \}^2 + \frac{\lambda}{2} \| \mathbf{w} \|^2 \tag{1.4}$$

Keep a single weight, $y(x, w) = w x$. Then

$$\frac{d \widetilde{E}}{d w} = \sum_{n=1}^{N} (w x_n - t_n) x_n + \lambda w ,$$

and setting this to zero gives the regularised normal equation in one weight,

$$w^\star = \frac{\sum_{n} x_n t_n}{\sum_{n} x_n^2 + \lambda} .$$

For the two points $(x_1, t_1) = (1, 1)$ and $(x_2, t_2) = (2, 3)$ with $\lambda = 1$ we have $\sum_n x_n t_n = 1 + 6 = 7$ and $\sum_n x_n^2 = 1 + 4 = 5$, so

$$w^\star = \frac{7}{5 + 1} = \frac{7}{6} ,$$

smaller than the unregularised $\frac{7}{5}$. The minimum of the error is

$$\widetilde{E}(w^\star) = \frac{1}{2} \left[ \left( \frac{7}{6} - 1 \right)^2 + \left( \frac{7}{3} - 3 \right)^2 \right] + \frac{1}{2} \left( \frac{7}{6} \right)^2 = \frac{17}{72} + \frac{49}{72} = \frac{11}{12} .$$

So the regularised fit leaves an error of $\frac{11}{12}$.
""", r"$$w^\star = \frac{7}{5 + 1} = \frac{7}{6} ,$$", r"$$w^\star = \frac{7}{5 + 1} = \frac{7}{5} ,$$",
    "lambda dropped from the denominator when the numbers are put in")

add("murphy-pml-poisson-rate-mle",
    "Murphy, Probabilistic Machine Learning: An Introduction (2022), 4.2 Maximum likelihood estimation, the MLE of the rate of a Poisson distribution (an exercise of the chapter), with numbers",
    "https://probml.github.io/pml-book/book1.html",
    "the book's notation (NLL, Poi(y | lambda)); the data and numbers are added as readers work them out", r"""
# MLE for the Poisson rate

The negative log likelihood of $N$ counts $y_n$ is

$$\mathrm{NLL}(\lambda) = -\sum_{n=1}^{N} \log \mathrm{Poi}(y_n \mid \lambda) = N \lambda - \left( \sum_{n=1}^{N} y_n \right) \log \lambda + \sum_{n=1}^{N} \log y_n! $$

Its derivative is

$$\frac{d}{d\lambda} \mathrm{NLL}(\lambda) = N - \frac{1}{\lambda} \sum_{n=1}^{N} y_n ,$$

which vanishes at $\hat{\lambda} = \frac{1}{N} \sum_{n=1}^{N} y_n$, the sample mean.

For the counts $y = (2, 3, 7)$ we have $N = 3$ and $\sum_n y_n = 12$, so the log likelihood is

$$\ell(\lambda) = 12 \log \lambda - 3 \lambda - \log(2! \, 3! \, 7!)$$

with

$$\ell'(\lambda) = \frac{12}{\lambda} - 3, \qquad \ell''(\lambda) = -\frac{12}{\lambda^2} .$$

The second derivative is negative for every $\lambda > 0$, so $\ell$ is concave. Its maximum is at $\hat{\lambda} = 4$, where $\ell'(4) = 3 - 3 = 0$ and

$$\ell''(4) = -\frac{12}{16} = -\frac{3}{4} .$$
""", r"\ell''(4) = -\frac{12}{16} = -\frac{3}{4}", r"\ell''(4) = -\frac{12}{4} = -\frac{3}{4}",
    "the square of lambda forgotten at the point")

add("koenker-bassett-quantile-check-function",
    "Koenker and Bassett, Regression Quantiles, Econometrica 46 (1978): the check function rho_tau defined by cases, its derivative case by case, the same function restated in one line, and the tau-quantile as the minimiser of the expected loss, with numbers",
    "https://doi.org/10.2307/1913643",
    "the paper's check function written as textbooks write it (cases); the numbers are added as readers work them out", r"""
# The check function of quantile regression

For $0 < \tau < 1$ the check function is defined by cases:

$$\rho_\tau(u) = \begin{cases} \tau u & \text{if } u \geq 0 \\ (\tau - 1) u & \text{if } u < 0 \end{cases}$$

Its derivative, case by case, is

$$\rho_\tau'(u) = \begin{cases} \tau & \text{if } u > 0 \\ \tau - 1 & \text{if } u < 0 \end{cases}$$

and at $u = 0$ there is a kink. The same function in one line is $\rho_\tau(u) = u \, (\tau - \mathbb{1}[u < 0])$; for $0 < \tau < 1$ it is also $\rho_\tau(u) = \max(\tau u, (\tau - 1) u)$.

With $\tau = 0.9$: $\rho_{0.9}(2) = 0.9 \cdot 2 = 1.8$ and $\rho_{0.9}(-2) = (0.9 - 1)(-2) = 0.2$, so an under-prediction costs nine times as much as an over-prediction of the same size.

For a random variable $Y$ with distribution function $F$, the expected loss $\mathbb{E}[\rho_\tau(Y - q)]$ has the derivative

$$\frac{d}{dq} \mathbb{E}[\rho_\tau(Y - q)] = F(q) - \tau ,$$

which vanishes where $F(q) = \tau$: the minimiser is the $\tau$-quantile.
""", r"\tau - 1 & \text{if } u < 0 \end{cases}$$", r"1 - \tau & \text{if } u < 0 \end{cases}$$",
    "the sign of the slope on the negative side turned")

add("cover-thomas-binary-entropy",
    "Cover and Thomas, Elements of Information Theory (2nd ed., 2006), 2.1 Entropy, Example 2.1.1: the binary entropy H(p), its derivatives, concavity and maximum, in nats, with numbers",
    "https://doi.org/10.1002/047174882X",
    "the book's H(p) written with natural logarithms (nats) instead of base 2; the derivatives are worked out as readers work them out", r"""
# The binary entropy

Let $X = 1$ with probability $p$ and $X = 0$ with probability $1 - p$. Then

$$H(X) = -p \ln p - (1 - p) \ln (1 - p) \stackrel{\text{def}}{=} H(p) .$$

For $0 < p < 1$ the derivative is

$$H'(p) = -\ln p - 1 + \ln(1 - p) + 1 = \ln \frac{1 - p}{p} ,$$

and the second derivative is

$$H''(p) = -\frac{1}{p} - \frac{1}{1 - p} = -\frac{1}{p (1 - p)} < 0 ,$$

so $H$ is concave. $H'(p) = 0$ exactly when $1 - p = p$. Its maximum is at $p = \frac{1}{2}$, where

$$H\left(\frac{1}{2}\right) = \ln 2 \approx 0.6931 ,$$

one bit. At $p = \frac{1}{4}$ the entropy is smaller:

$$H\left(\frac{1}{4}\right) = \frac{1}{4} \ln 4 + \frac{3}{4} \ln \frac{4}{3} = \ln 4 - \frac{3}{4} \ln 3 \approx 0.5623 .$$
""", r"$$H''(p) = -\frac{1}{p} - \frac{1}{1 - p} = -\frac{1}{p (1 - p)} < 0 ,$$",
    r"$$H''(p) = -\frac{1}{p} + \frac{1}{1 - p} = -\frac{1}{p (1 - p)} < 0 ,$$",
    "the chain rule's sign of d(1 - p)/dp lost in the second term")

add("sutton-barto-gradient-bandit",
    "Sutton and Barto, Reinforcement Learning: An Introduction (2nd ed., 2018), 2.8 Gradient Bandit Algorithms, eqs. (2.11)-(2.12), one update for two actions and the new policy, with numbers",
    "http://incompleteideas.net/book/the-book-2nd.html",
    "the book's notation (H_t(a), pi_t(a), R-bar_t); the two-action example is added as readers work it out", r"""
# Gradient bandit: one update

The action probabilities are a soft-max of the preferences:

$$\Pr\{A_t = a\} = \frac{e^{H_t(a)}}{\sum_{b=1}^{k} e^{H_t(b)}} = \pi_t(a) \tag{2.11}$$

After selecting $A_t$ and receiving $R_t$ the preferences are updated by

$$H_{t+1}(A_t) = H_t(A_t) + \alpha (R_t - \bar{R}_t)(1 - \pi_t(A_t)) \tag{2.12}$$

and $H_{t+1}(a) = H_t(a) - \alpha (R_t - \bar{R}_t) \pi_t(a)$ for all $a \neq A_t$.

Take $k = 2$ actions with $H_1(1) = H_1(2) = 0$, so $\pi_1(1) = \pi_1(2) = \frac{1}{2}$. Action 1 is selected, $R_1 = 1$, the baseline is $\bar{R}_1 = 0$ and $\alpha = 0.1$:

$$H_2(1) = 0 + 0.1 \cdot 1 \cdot \frac{1}{2} = 0.05, \qquad H_2(2) = 0 - 0.1 \cdot 1 \cdot \frac{1}{2} = -0.05 .$$

The new probability of action 1 is

$$\pi_2(1) = \frac{e^{0.05}}{e^{0.05} + e^{-0.05}} = \frac{1}{1 + e^{-0.1}} \approx 0.52498 ,$$

so the rewarded action became a little more likely, and $\pi_2(2) = 1 - \pi_2(1) \approx 0.47502$.
""", r"= \frac{1}{1 + e^{-0.1}} \approx 0.52498 ,$$", r"= \frac{1}{1 + e^{-0.05}} \approx 0.52498 ,$$",
    "the difference of the two preferences taken as one preference")

add("pseudo-huber-engine-syntax",
    "A student's notes: the pseudo-Huber loss with delta = 1 (Charbonnier et al., 1994; Hartley and Zisserman, Multiple View Geometry, A6.8), its first and second derivatives and values, typed in the engine syntax of the console's :check (let, at, assume, chains)",
    "written for this corpus in the way new users type their own notes",
    "", r"""
pseudo-Huber, delta = 1

let h(x) = sqrt(1 + x^2) - 1
diff(h(x), x) = 2*x/(2*sqrt(1 + x^2)) = x/sqrt(1 + x^2)
diff(h(x), x, 2) = 1/(1 + x^2)^(3/2)
second derivative is the curvature, it is largest at 0
at x = 0
h(x) = 0
diff(h(x), x, 2) = 1
at x = 1
h(x) = sqrt(2) - 1
diff(h(x), x) = 1/sqrt(2)
assume x > 0
h(x) < x
""", r"diff(h(x), x, 2) = 1/(1 + x^2)^(3/2)", r"diff(h(x), x, 2) = 1/(1 + x^2)",
    "the power 3/2 of the quotient rule lost")

add("logit-derivative-engine-syntax",
    "A student's notes: the derivative of the logit log(p/(1 - p)), the inverse of the sigmoid, and its values, typed in the engine syntax of the console's :check (let, at, assume, chains)",
    "written for this corpus in the way new users type their own notes",
    "", r"""
let g(p) = log(p/(1 - p))
assume 0 < p < 1
g(p) = log(p) - log(1 - p)
diff(g(p), p) = 1/p + 1/(1 - p) = 1/(p*(1 - p))
sigma(g(p)) = p
at p = 1/2
g(p) = 0
diff(g(p), p) = 4
at p = 1/4
g(p) = -log(3)
diff(g(p), p) = 16/3
""", r"diff(g(p), p) = 1/p + 1/(1 - p) = 1/(p*(1 - p))", r"diff(g(p), p) = 1/p - 1/(1 - p) = 1/(p*(1 - p))",
    "the inner derivative -1 of log(1 - p) lost")

add("euclidean-norm-gradient-latex",
    "A student's notes: the gradient of the Euclidean norm of a vector in the plane and its value at (3, 4), typed in Markdown with LaTeX as a hurried student types it",
    "written for this corpus in the way new users type their own notes",
    "", r"""
## grad of ||x||

$f(x_1, x_2) = \sqrt{x_1^2 + x_2^2}$

$$
\begin{aligned}
\frac{\partial f}{\partial x_1} &= \frac12 (x_1^2 + x_2^2)^{-1/2} \cdot 2x_1 \\
&= \frac{x_1}{\sqrt{x_1^2 + x_2^2}}
\end{aligned}
$$

same for $x_2$: $\frac{\partial f}{\partial x_2} = \frac{x_2}{\sqrt{x_1^2 + x_2^2}}$

at $x = (3, 4)$: $f = \sqrt{9 + 16} = 5$, $\text{so } \frac{\partial f}{\partial x_1} = \frac35$ and $\frac{\partial f}{\partial x_2} = \frac45$

$\text{check: } \left(\frac35\right)^2 + \left(\frac45\right)^2 = 1$ (the gradient is a unit vector)
""", r"\frac{\partial f}{\partial x_1} &= \frac12 (x_1^2 + x_2^2)^{-1/2} \cdot 2x_1 \\",
    r"\frac{\partial f}{\partial x_1} &= \frac12 (x_1^2 + x_2^2)^{1/2} \cdot 2x_1 \\",
    "the exponent of the power rule not lowered by one")

add("bce-derivative-in-p-latex",
    "A student's notes: the derivative of the binary cross-entropy with respect to the predicted probability p and its value at y = 1, p = 0.8, typed in Markdown with LaTeX as a hurried student types it",
    "written for this corpus in the way new users type their own notes",
    "", r"""
BCE wrt p (not the logit!)

$L(p) = -y\ln p - (1-y)\ln(1-p)$

$$
\begin{aligned}
\frac{dL}{dp} &= -\frac{y}{p} + \frac{1-y}{1-p} \\
&= \frac{-y(1-p) + (1-y)p}{p(1-p)} \\
&= \frac{p - y}{p(1-p)}
\end{aligned}
$$

$\text{for } y = 1,\ p = 0.8$: $L = -\ln 0.8 \approx 0.2231$ and $\frac{dL}{dp} = \frac{0.8 - 1}{0.8 \cdot 0.2} = -1.25$

so the loss goes down as p goes up, as it should
""", r"&= \frac{p - y}{p(1-p)}", r"&= \frac{p - y}{1-p}",
    "the factor p of the common denominator dropped")
