# A thirty-first held-out set (issue 12, branch held31): eight passages the corpus did not hold
# before and that the checker had never been run on, transcribed from published texts in their own
# notation (LaTeX in Markdown): Reddi, Kale and Kumar's AMSGrad (two steps, the running maximum),
# Zhang and Sennrich's RMSNorm (two inputs, the derivative of a normalized value in its own
# input), the ELBO through Jensen's inequality as Blei, Kucukelbir and McAuliffe's review writes it
# (a two-state latent variable, with numbers), the lasso's soft-thresholding step (Tibshirani's
# orthonormal case, as a proximal step), the Brier score (its gradient, its propriety, through a
# sigmoid), k-means' distortion measure and its centroid update as Bishop writes them, Ziyin,
# Hartwig and Ueda's Snake activation and Barron's squareplus. The notation of each was compared
# with stored pages found by search (junaidaliop.github.io's and paperswithcode's pages on AMSGrad,
# the hexdocs and aiwiki pages on RMSNorm, tpin.uk's and blog.jakuba.net's derivations of the
# ELBO, brendanmallery9.github.io's ISTA page and statisticaloddsandends' soft-thresholding page,
# the AMS glossary and bayesjumping.net on the Brier score, reading notes of Bishop 9.1 at
# cnblogs.com and github.com/gstvolvr/notebooks, notesbylex.com and a copy of the Snake paper).
# Squareplus was found by no search and is transcribed as recalled. The worked numbers are added
# as readers work them out. Each broken file has one planted error of a kind students make.
# Every number and identity was checked in Python. Read by make_transcribed.py after
# sources_user43.py.

add("reddi-amsgrad-running-maximum",
    "Reddi, Kale and Kumar, On the Convergence of Adam and Beyond (ICLR 2018), 4 A New Exponential Moving Average Variant: AMSGrad (Algorithm 2, with a constant beta_1t = beta_1 and alpha_t = alpha, unconstrained), two steps on one coordinate, with numbers",
    "https://openreview.net/forum?id=ryQu7f-RZ (notation compared with junaidaliop.github.io's page on AMSGrad and paperswithcode's page, as mirrored at aicurious.io)",
    "the paper's notation (g_t, m_t, v_t, hat v_t, beta_1, beta_2, alpha_t, x_t); no bias correction, as in the paper; the two steps and the numbers are added as readers work them out", r"""
# AMSGrad: a running maximum of the second moment

Adam can fail to converge because the exponential average $v_t$ of the squared gradients may shrink, so the effective step $\alpha_t / \sqrt{v_t}$ may grow. AMSGrad keeps the maximum of all $v_t$ so far and divides by it:

$$m_t = \beta_{1} m_{t-1} + (1 - \beta_{1}) g_t, \qquad v_t = \beta_2 v_{t-1} + (1 - \beta_2) g_t^2$$

$$\hat{v}_t = \max(\hat{v}_{t-1}, v_t), \qquad x_{t+1} = x_t - \alpha_t \frac{m_t}{\sqrt{\hat{v}_t}}$$

so that $\frac{\sqrt{\hat{v}_t}}{\alpha_t} \geq \frac{\sqrt{\hat{v}_{t-1}}}{\alpha_{t-1}}$ whenever $\alpha_t$ does not grow. From $m_0 = v_0 = \hat{v}_0 = 0$ the first step is

$$\frac{\alpha m_1}{\sqrt{\hat{v}_1}} = \frac{\alpha (1 - \beta_1) g_1}{\sqrt{1 - \beta_2} |g_1|}$$

Take $\beta_1 = 0.9$, $\beta_2 = 0.99$, $\alpha = 0.1$, $x_1 = 1$, $g_1 = 1$ and $g_2 = 0.05$. Then $m_1 = 0.1$, $v_1 = \hat{v}_1 = 0.01$ and

$$x_2 = 1 - 0.1 \cdot \frac{0.1}{\sqrt{0.01}} = 0.9$$

At the second step

$$m_2 = 0.9 \cdot 0.1 + 0.1 \cdot 0.05 = 0.095$$

$$v_2 = 0.99 \cdot 0.01 + 0.01 \cdot 0.05^2 = 0.009925$$

so the average has shrunk, but the maximum has not:

$$\hat{v}_2 = \max(0.01, 0.009925) = 0.01$$

$$x_3 = 0.9 - 0.1 \cdot \frac{0.095}{\sqrt{0.01}} = 0.805$$

where Adam without bias correction would have taken $0.9 - 0.1 \cdot \frac{0.095}{\sqrt{0.009925}} \approx 0.80464$.
""", r"$$\hat{v}_2 = \max(0.01, 0.009925) = 0.01$$", r"$$\hat{v}_2 = \max(0.01, 0.009925) = 0.009925$$",
    "max: the smaller of the two second moments taken")

add("zhang-sennrich-rmsnorm-gradient",
    "Zhang and Sennrich, Root Mean Square Layer Normalization (NeurIPS 2019), 4 RMSNorm (eq. (4): bar a_i = a_i / RMS(a) g_i with RMS(a) = sqrt(1/n sum a_i^2)) and its re-scaling invariance, for n = 2 inputs, the derivative of a normalized value in its own input, with numbers",
    "https://arxiv.org/abs/1910.07467 (notation compared with the hexdocs page of Edifice.Blocks.RMSNorm and aiwiki.ai's page on RMSNorm)",
    "the paper's notation (a_i, bar a_i, g_i, RMS(a), n, delta); the two-input case, the derivative and the numbers are added as readers work them out", r"""
# RMSNorm and the gradient in one input

RMSNorm drops the re-centering of LayerNorm and only re-scales the summed inputs by their root mean square:

$$\bar{a}_i = \frac{a_i}{\mathrm{RMS}(\mathbf{a})} g_i, \qquad \mathrm{RMS}(\mathbf{a}) = \sqrt{\frac{1}{n} \sum_{i=1}^{n} a_i^2}$$

where $g_i$ is the gain. Since $\mathrm{RMS}(\delta \mathbf{a}) = \delta \, \mathrm{RMS}(\mathbf{a})$ for $\delta > 0$, the output does not change when the inputs are scaled. Differentiating, $\frac{\partial \mathrm{RMS}(\mathbf{a})}{\partial a_i} = \frac{a_i}{n \, \mathrm{RMS}(\mathbf{a})}$, so

$$\frac{\partial \bar{a}_i}{\partial a_i} = \frac{g_i}{\mathrm{RMS}(\mathbf{a})} \left(1 - \frac{a_i^2}{n \, \mathrm{RMS}(\mathbf{a})^2}\right)$$

For $n = 2$ and $g_1 = 1$ this is

$$\frac{\partial}{\partial a_1} \frac{a_1}{\sqrt{(a_1^2 + a_2^2)/2}} = \frac{\sqrt{2} a_2^2}{(a_1^2 + a_2^2)^{3/2}}$$

which vanishes when $a_2 = 0$: a single active input is normalized to $\pm\sqrt{2}$ whatever its size. Take $\mathbf{a} = (3, 4)$. Then

$$\mathrm{RMS}(\mathbf{a}) = \sqrt{\frac{3^2 + 4^2}{2}} = \frac{5}{\sqrt{2}} \approx 3.5355$$

$$\bar{a}_1 = \frac{3}{5 / \sqrt{2}} = \frac{3 \sqrt{2}}{5} \approx 0.8485$$

and the derivative is

$$\frac{\sqrt{2} \cdot 4^2}{(3^2 + 4^2)^{3/2}} = \frac{16 \sqrt{2}}{125} \approx 0.1810$$
""", r"= \frac{\sqrt{2} a_2^2}{(a_1^2 + a_2^2)^{3/2}}$$", r"= \frac{\sqrt{2} a_1^2}{(a_1^2 + a_2^2)^{3/2}}$$",
    "indexing: a_1^2 left in the numerator where the quotient rule cancels it, leaving a_2^2")

add("blei-vi-review-elbo-jensen",
    "Blei, Kucukelbir and McAuliffe, Variational Inference: A Review for Statisticians (JASA 2017), 2.2 The evidence lower bound (eqs. (11)-(13): ELBO(q) = E[log p(z, x)] - E[log q(z)], log p(x) = KL(q(z) || p(z | x)) + ELBO(q)) and the bound by Jensen's inequality, for a two-state latent variable, with numbers",
    "https://arxiv.org/abs/1601.00670 (notation compared with tpin.uk's variational inference from scratch and blog.jakuba.net's derivation of the ELBO)",
    "the review's notation (x, z, q(z), p(z | x), ELBO(q), KL, E); the two-state model and the numbers are added as readers work them out", r"""
# The ELBO through Jensen's inequality

Variational inference chooses $q(\mathbf{z})$ to minimize $\mathrm{KL}(q(\mathbf{z}) \| p(\mathbf{z} \mid \mathbf{x}))$, which depends on the unknown evidence $\log p(\mathbf{x})$. It maximizes instead the evidence lower bound

$$\mathrm{ELBO}(q) = \mathbb{E}[\log p(\mathbf{z}, \mathbf{x})] - \mathbb{E}[\log q(\mathbf{z})]$$

where all expectations are taken with respect to $q(\mathbf{z})$. Because the logarithm is concave, Jensen's inequality gives

$$\log p(\mathbf{x}) = \log \mathbb{E}_q\left[\frac{p(\mathbf{x}, \mathbf{z})}{q(\mathbf{z})}\right] \geq \mathbb{E}_q\left[\log \frac{p(\mathbf{x}, \mathbf{z})}{q(\mathbf{z})}\right] = \mathrm{ELBO}(q)$$

and the gap is exactly the divergence: $\log p(\mathbf{x}) = \mathrm{KL}(q(\mathbf{z}) \| p(\mathbf{z} \mid \mathbf{x})) + \mathrm{ELBO}(q)$. Take one binary latent variable with $p(z = 1) = 0.5$, $p(x \mid z = 1) = 0.8$ and $p(x \mid z = 0) = 0.2$. Then $p(x, z = 1) = 0.4$, $p(x, z = 0) = 0.1$, $p(x) = 0.5$ and the posterior is

$$p(z = 1 \mid x) = \frac{0.5 \cdot 0.8}{0.5 \cdot 0.8 + 0.5 \cdot 0.2} = 0.8$$

With $q(z = 1) = 0.5$ the bound is

$$\mathrm{ELBO}(q) = 0.5 \log \frac{0.4}{0.5} + 0.5 \log \frac{0.1}{0.5} = 0.5 \log 0.16 \approx -0.9163$$

and the divergence is

$$0.5 \log \frac{0.5}{0.8} + 0.5 \log \frac{0.5}{0.2} = \log 1.25 \approx 0.2231$$

Their sum is $-0.6932$, which is $\log 0.5 \approx -0.6931$ up to rounding. With $q(z = 1) = 0.8$, the posterior, the bound is tight:

$$0.8 \log \frac{0.4}{0.8} + 0.2 \log \frac{0.1}{0.2} = \log 0.5$$
""", r"= 0.5 \log 0.16 \approx -0.9163$$", r"= \log 0.16 \approx -0.9163$$",
    "logarithms: the weight 0.5 dropped when the two logarithms are combined")

add("tibshirani-lasso-soft-thresholding",
    "Tibshirani, Regression Shrinkage and Selection via the Lasso (JRSS B 1996), 2.2 Orthonormal design (the lasso estimate sign(hat beta^o_j)(|hat beta^o_j| - gamma)^+), written as the soft-thresholding operator S_lambda of a proximal gradient (ISTA) step, with numbers",
    "https://www.jstor.org/stable/2346178 (the operator and the step as written at brendanmallery9.github.io/projects/ISTA and statisticaloddsandends.wordpress.com, soft-thresholding and the sgn function)",
    "the soft-thresholding form S_lambda(z) = sign(z)(|z| - lambda)_+ of the paper's orthonormal-design estimate; the one-coordinate derivation, the proximal step and the numbers are added as readers work them out", r"""
# The lasso's soft-thresholding step

For an orthonormal design the lasso decouples into one problem per coordinate: minimize $\frac{1}{2}(\beta - z)^2 + \lambda |\beta|$ over $\beta$, where $z$ is the least squares estimate. For $\beta > 0$ the objective is differentiable and

$$\frac{d}{d\beta}\left[\frac{1}{2}(\beta - z)^2 + \lambda \beta\right] = \beta - z + \lambda$$

which vanishes at $\beta = z - \lambda$, a positive value only when $z > \lambda$. Symmetrically $\beta = z + \lambda$ when $z < -\lambda$, and $\beta = 0$ otherwise, since $0$ lies in the subdifferential $-z + \lambda [-1, 1]$ exactly when $|z| \leq \lambda$. The three cases are the soft-thresholding operator

$$S_\lambda(z) = \mathrm{sign}(z) (|z| - \lambda)_+$$

which moves $z$ towards zero by $\lambda$ and stops at zero. With $\lambda = 0.5$,

$$S_{0.5}(1.3) = 1.3 - 0.5 = 0.8$$

while $S_{0.5}(-0.3) = 0$ and $S_{0.5}(-2) = -1.5$. For a general design the proximal gradient step is $\beta^{k+1} = S_{t\lambda}(\beta^k - t \nabla f(\beta^k))$. Take $f(\beta) = (\beta - 3)^2$, $t = 0.25$, $\lambda = 2$ and $\beta^0 = 0$. Then $\nabla f(0) = -6$,

$$\beta^0 - t \nabla f(\beta^0) = 0 - 0.25 \cdot (-6) = 1.5$$

and the threshold is $t \lambda = 0.5$, so

$$\beta^1 = S_{0.5}(1.5) = 1.5 - 0.5 = 1$$
""", r"= \beta - z + \lambda$$", r"= \beta - z - \lambda$$",
    "sign slip: the derivative of lambda beta taken as -lambda")

add("brier-score-gradient-propriety",
    "Brier, Verification of Forecasts Expressed in Terms of Probability (Monthly Weather Review 78, 1950): the score P as the mean squared difference of the forecast probabilities and the outcomes, in the two-class form BS = 1/N sum (f_t - o_t)^2; its propriety and its gradient through a sigmoid, with numbers",
    "https://doi.org/10.1175/1520-0493(1950)078<0001:VOFEIT>2.0.CO;2 (the two-class form as in the AMS glossary, glossary.ametsoc.org, and bayesjumping.net's post on the Brier score)",
    "the common form's notation (f_t, o_t, N, BS); the propriety argument, the sigmoid forecast and the numbers are added as readers work them out", r"""
# The Brier score

A forecaster who issues probabilities $f_t$ for events whose outcomes are $o_t \in \{0, 1\}$ is scored by

$$\mathrm{BS} = \frac{1}{N} \sum_{t=1}^{N} (f_t - o_t)^2$$

so lower is better, $0$ is perfect and $1$ is the worst. For two forecasts of rain, $0.7$ and $0.3$, on two days on which it rained,

$$\mathrm{BS} = \frac{(0.7 - 1)^2 + (0.3 - 1)^2}{2} = \frac{0.09 + 0.49}{2} = 0.29$$

The score is proper: if the event happens with probability $p$, the expected score of the forecast $f$ is $p (1 - f)^2 + (1 - p) f^2$, and

$$\frac{d}{df}\left[p (1 - f)^2 + (1 - p) f^2\right] = -2p(1 - f) + 2(1 - p) f = 2(f - p)$$

vanishes at $f = p$, where the second derivative is $2 > 0$: the forecaster does best by stating the probability they believe. When the forecast is the output of a sigmoid unit, $f = \sigma(z)$,

$$\frac{\partial}{\partial z} (\sigma(z) - o)^2 = 2 (\sigma(z) - o) \sigma(z) (1 - \sigma(z))$$

At $z = 0$ with $o = 1$ this is

$$2 (0.5 - 1) \cdot 0.5 \cdot 0.5 = -0.25$$

a quarter of the cross-entropy gradient $\sigma(z) - o = -0.5$ at the same point, since the factor $\sigma(z)(1 - \sigma(z))$ is at most $\frac{1}{4}$.
""", r"= -2p(1 - f) + 2(1 - p) f = 2(f - p)$$", r"= -2p(1 - f) + 2(1 - p) f = 2(p - f)$$",
    "sign slip: 2f - 2p collected as 2(p - f)")

add("bishop-prml-kmeans-centroid-update",
    "Bishop, Pattern Recognition and Machine Learning (2006), 9.1 K-means clustering (the distortion measure J, eq. (9.1), the assignment step (9.2), the derivative in mu_k (9.3) and the update (9.4)), one iteration on four one-dimensional points, with numbers",
    "https://www.microsoft.com/en-us/research/publication/pattern-recognition-machine-learning/ (the equations as in reading notes of 9.1 at cnblogs.com/donggongdechen and github.com/gstvolvr/notebooks)",
    "the book's notation (x_n, mu_k, r_nk, J, N, K); the four points, the one-dimensional derivative and the numbers are added as readers work them out", r"""
# K-means: the distortion measure and the centroid update

K-means minimizes the distortion measure

$$J = \sum_{n=1}^{N} \sum_{k=1}^{K} r_{nk} \|\mathbf{x}_n - \boldsymbol{\mu}_k\|^2$$

where $r_{nk} \in \{0, 1\}$ says whether the point $\mathbf{x}_n$ is assigned to the cluster $k$. With the centres fixed, each point is assigned to its nearest centre. With the assignments fixed, $J$ is a quadratic function of $\boldsymbol{\mu}_k$, and setting its derivative to zero gives

$$2 \sum_{n=1}^{N} r_{nk} (\mathbf{x}_n - \boldsymbol{\mu}_k) = 0$$

so that $\boldsymbol{\mu}_k = \frac{\sum_n r_{nk} \mathbf{x}_n}{\sum_n r_{nk}}$, the mean of the points assigned to the cluster. Take the points $1, 2, 6, 8$ on a line and the centres $\mu_1 = 1$, $\mu_2 = 5$. The points $1$ and $2$ go to the first centre, $6$ and $8$ to the second, and

$$J = (1 - 1)^2 + (2 - 1)^2 + (6 - 5)^2 + (8 - 5)^2 = 11$$

For the first cluster the part of $J$ that depends on its centre has the derivative

$$\frac{d}{d\mu} \left[(1 - \mu)^2 + (2 - \mu)^2\right] = -2(1 - \mu) - 2(2 - \mu) = 4\mu - 6$$

which vanishes at $\mu = 1.5$, the mean of $1$ and $2$. Likewise

$$\mu_2 = \frac{6 + 8}{2} = 7$$

and after one iteration the distortion has fallen to

$$J = 0.5^2 + 0.5^2 + 1^2 + 1^2 = 2.5$$
""", r"= -2(1 - \mu) - 2(2 - \mu) = 4\mu - 6$$", r"= -2(1 - \mu) - 2(2 - \mu) = 2\mu - 6$$",
    "collecting terms: the two 2 mu terms counted once")

add("ziyin-snake-activation-derivative",
    "Ziyin, Hartwig and Ueda, Neural Networks Fail to Learn Periodic Functions and How to Fix It (NeurIPS 2020), 4 Proposed Method: Snake (Snake_a(x) := x + (1/a) sin^2(ax), its form with cos(2ax), its derivative and monotonicity), with numbers",
    "https://arxiv.org/abs/2006.08195 (notation compared with notesbylex.com's page on the Snake activation and a copy of the paper at hf.edwardfuchs.keenetic.pro)",
    "the paper's notation (Snake_a(x), a); the derivative and the numbers are added as readers work them out", r"""
# The Snake activation

To give a network a periodic inductive bias while keeping the monotone shape of ReLU, Snake adds a squared sine to the identity:

$$\mathrm{Snake}_a(x) := x + \frac{1}{a} \sin^2(ax) = x - \frac{1}{2a} \cos(2ax) + \frac{1}{2a}$$

where the frequency $a > 0$ may be learned. By the chain rule,

$$\frac{d}{dx} \mathrm{Snake}_a(x) = 1 + \frac{1}{a} \cdot 2 \sin(ax) \cos(ax) \cdot a = 1 + \sin(2ax)$$

which lies in $[0, 2]$, so Snake is monotone, and its derivative averages to $1$ over a period, like the identity. With $a = 2$ and $x = 0.5$,

$$\mathrm{Snake}_2(0.5) = 0.5 + \frac{1}{2} \sin^2(1) \approx 0.8540$$

and the slope is

$$1 + \sin(2) \approx 1.9093$$
""", r"\cdot a = 1 + \sin(2ax)$$", r"\cdot a = 1 + \cos(2ax)$$",
    "double angle: 2 sin(ax) cos(ax) taken as cos(2ax)")

add("barron-squareplus-derivative",
    "Barron, Squareplus: A Softplus-Like Algebraic Rectifier (arXiv 2021): squareplus(x, b) = (x + sqrt(x^2 + b)) / 2, its derivative, its value at zero and its inverse, with numbers",
    "https://arxiv.org/abs/2112.11687",
    "the paper's notation (squareplus(x, b), b); the derivative, the inverse and the numbers are added as readers work them out", r"""
# Squareplus

Squareplus is an algebraic stand-in for softplus that needs only a square root:

$$\mathrm{squareplus}(x, b) = \frac{1}{2}\left(x + \sqrt{x^2 + b}\right)$$

where the hyperparameter $b > 0$ sets the curvature near zero; with $b = 0$ it is ReLU. Its derivative is

$$\frac{d}{dx} \frac{1}{2}\left(x + \sqrt{x^2 + b}\right) = \frac{1}{2}\left(1 + \frac{x}{\sqrt{x^2 + b}}\right)$$

which lies in $(0, 1)$, like the derivative of softplus, and is $\frac{1}{2}$ at $x = 0$. With $b = 4$, $\mathrm{squareplus}(0, 4) = 1$ and at $x = 1.5$

$$\frac{1}{2}\left(1.5 + \sqrt{1.5^2 + 4}\right) = \frac{1.5 + 2.5}{2} = 2$$

with the slope

$$\frac{1}{2}\left(1 + \frac{1.5}{2.5}\right) = 0.8$$

The inverse follows from squaring $2y - x = \sqrt{x^2 + b}$, which gives $4y^2 - 4xy = b$, so

$$x = y - \frac{b}{4y}$$

and indeed $2 - \frac{4}{8} = 1.5$.
""", r"= \frac{1}{2}\left(1 + \frac{x}{\sqrt{x^2 + b}}\right)$$", r"= \frac{1}{2}\left(1 + \frac{2x}{\sqrt{x^2 + b}}\right)$$",
    "chain rule: the 1/2 of the square root's derivative dropped")
