# A thirty-third held-out set (issue 12, branch held33): eight passages the corpus did not hold
# before and that the checker had never been run on, transcribed from published texts in their own
# notation (LaTeX in Markdown): the CS231n notes' image-to-scores example (f(x_i, W, b) = W x_i + b
# written out with bmatrix values, and the bias trick), d2l's first automatic-differentiation example
# (y = 2 x^T x on x = [0, 1, 2, 3], the sum, and the detached product), Kingma and Dhariwal's Glow
# (the log-determinants of actnorm and of the invertible 1x1 convolution, with the LU form, on a
# 4 x 4 x 2 tensor), Sutton and Barto's Gaussian policy for continuous actions (13.7, the eligibility
# vectors of the mean and of the standard deviation, with numbers), Yun et al.'s CutMix (the box
# r_w = W sqrt(1 - lambda), the area ratio, the mixed label and loss, with numbers), Bishop's Gaussian
# kernel (PRML 6.2: its factorization and the feature-space distance it induces), d2l's output-shape
# formula with padding and stride (with the book's two examples) and Ioffe and Szegedy's batch
# normalizing transform (Algorithm 1 on a mini-batch of four numbers). The notation of each was
# compared with stored pages found by search (carsontang.github.io's and hetpinvn.wordpress.com's
# copies of the CS231n linear-classification notes; the d2l autograd notebooks of mli/d2l-1day-notebooks
# and of d2l-java; apxml.com's and uvadlc-notebooks' Glow pages and lyusungwon.github.io's note on
# W = PL(U + diag(s)); chizkidd.github.io's notes on Sutton and Barto ch. 13; the CutMix pages of
# subhadityamukherjee.github.io and the clovaai train.py quoted on ingenjoy.notion.site; the d2l-java
# padding-and-strides notebook). Bishop's 6.23-6.25 and Ioffe and Szegedy's Algorithm 1 were found by
# no search and are transcribed as recalled. The CS231n figure prints the third score as 61.95; the
# product of the values it shows gives 60.75, which is used here. The worked numbers are added as
# readers work them out. Each broken file has one planted error of a kind students make. Every number
# and identity was checked in Python. Read by make_transcribed.py after sources_held_out32.py.

add("cs231n-linear-classifier-image-scores",
    "CS231n notes, Linear Classification: Parameterized mapping from images to label scores (f(x_i, W, b) = W x_i + b) and the figure mapping an image of four pixels to three class scores, with the bias trick",
    "https://cs231n.github.io/linear-classify/ (notation compared with carsontang.github.io's and hetpinvn.wordpress.com's copies of the notes)",
    "the notes' notation (x_i, W, b, f); the figure's values written as bmatrix displays and the row sums added as readers work them out; the third score computed from the figure's values (60.75, the figure prints 61.95)", r"""
# Mapping an image to class scores

A linear classifier maps an image $x_i$, flattened to a column of pixel values, to one score per class:

$$f(x_i, W, b) = W x_i + b$$

Take an image of four pixels and three classes (cat, dog, ship):

$$W x_i + b = \begin{bmatrix} 0.2 & -0.5 & 0.1 & 2.0 \\ 1.5 & 1.3 & 2.1 & 0.0 \\ 0 & 0.25 & 0.2 & -0.3 \end{bmatrix} \begin{bmatrix} 56 \\ 231 \\ 24 \\ 2 \end{bmatrix} + \begin{bmatrix} 1.1 \\ 3.2 \\ -1.2 \end{bmatrix} = \begin{bmatrix} -96.8 \\ 437.9 \\ 60.75 \end{bmatrix}$$

Each score is the dot product of one row of $W$ with the image, plus that class's bias. The cat score:

$$0.2 \cdot 56 - 0.5 \cdot 231 + 0.1 \cdot 24 + 2.0 \cdot 2 + 1.1 = -96.8$$

The dog score:

$$1.5 \cdot 56 + 1.3 \cdot 231 + 2.1 \cdot 24 + 0.0 \cdot 2 + 3.2 = 437.9$$

The ship score:

$$0 \cdot 56 + 0.25 \cdot 231 + 0.2 \cdot 24 - 0.3 \cdot 2 - 1.2 = 60.75$$

So this $W$ is not a good one: the image is a cat, but the cat score is the lowest. The bias trick appends a constant $1$ to $x_i$ and the column $b$ to $W$, so that $f(x_i, W) = W x_i$ gives the same scores; for the dog row,

$$\begin{bmatrix} 1.5 & 1.3 & 2.1 & 0.0 & 3.2 \end{bmatrix} \begin{bmatrix} 56 \\ 231 \\ 24 \\ 2 \\ 1 \end{bmatrix} = 437.9$$
""", r"2.1 \cdot 24 + 0.0 \cdot 2 + 3.2 = 437.9$$", r"2.1 \cdot 24 + 0.0 \cdot 2 + 3.2 = 434.7$$",
    "the bias 3.2 written but left out of the sum")

add("d2l-autograd-first-examples",
    "Zhang, Lipton, Li and Smola, Dive into Deep Learning, 2.5 Automatic Differentiation (2.5.1 A Simple Function: y = 2 x^T x with x = [0, 1, 2, 3], whose gradient is 4x; the sum; 2.5.3 Detaching Computation: z = u * x with u = x * x)",
    "https://d2l.ai/chapter_preliminaries/autograd.html (notation compared with the autograd notebooks of mli/d2l-1day-notebooks and aws-samples/d2l-java)",
    "the book's notation (x, y, u, z); the code cells' results written as displays and the derivatives per component added as readers work them out", r"""
# Automatic differentiation: first examples

Let $\mathbf{x} = [0, 1, 2, 3]^\top$ and differentiate $y = 2\mathbf{x}^\top\mathbf{x}$ with respect to the column vector $\mathbf{x}$. First the value:

$$y = 2(0^2 + 1^2 + 2^2 + 3^2) = 28$$

Since $y = 2 \sum_i x_i^2$, each component of the gradient is

$$\frac{\partial y}{\partial x_i} = 4 x_i$$

so the gradient should be $4\mathbf{x}$, and autograd agrees:

$$\nabla_{\mathbf{x}} y = 4\mathbf{x} = [0, 4, 8, 12]^\top$$

Now take the sum, $y = x_1 + x_2 + x_3 + x_4$. Every component contributes with weight one:

$$\nabla_{\mathbf{x}} y = [1, 1, 1, 1]^\top$$

Finally, let $u = x_i^2$ componentwise and $z = u x_i$. Without detaching, $z = x_i^3$ and

$$\frac{\partial z}{\partial x_i} = 3 x_i^2 = [0, 3, 12, 27]$$

If $u$ is detached, it is treated as a constant, and the gradient of $z$ is just $u$:

$$\frac{\partial z}{\partial x_i} = u = x_i^2 = [0, 1, 4, 9]$$
""", r"3 x_i^2 = [0, 3, 12, 27]$$", r"3 x_i^2 = [0, 3, 6, 9]$$",
    "3x computed for 3x^2 in the last two components")

add("kingma-dhariwal-glow-log-determinants",
    "Kingma and Dhariwal, Glow: Generative Flow with Invertible 1x1 Convolutions (NeurIPS 2018), 3.1 Actnorm and 3.2 Invertible 1x1 convolution (Table 1: log-determinants h * w * sum(log|s|) and h * w * log|det(W)|; the LU form W = PL(U + diag(s))), on a 4 x 4 x 2 tensor, with numbers",
    "https://arxiv.org/abs/1807.03039 (notation compared with apxml.com's and uvadlc-notebooks' Glow pages and lyusungwon.github.io's note on the LU form)",
    "the paper's notation (h, w, c, s, W, P, L, U); the 2 x 2 matrices and the numbers are added as readers work them out", r"""
# Glow: the log-determinants of actnorm and of the 1x1 convolution

A step of flow acts on an $h \times w \times c$ tensor. Actnorm scales each channel by $s$ and shifts it, at each of the $h \cdot w$ spatial positions, so its log-determinant is $h \cdot w \cdot \sum \log |\mathbf{s}|$. Take $h = w = 4$, $c = 2$ and $\mathbf{s} = [0.5, 4]$:

$$4 \cdot 4 \cdot (\log 0.5 + \log 4) = 16 \log 2 \approx 11.09$$

The invertible $1 \times 1$ convolution multiplies the channel vector at each position by the same $c \times c$ matrix $\mathbf{W}$, so its log-determinant is $h \cdot w \cdot \log |\det(\mathbf{W})|$. In the LU form $\mathbf{W} = \mathbf{P}\mathbf{L}(\mathbf{U} + \mathrm{diag}(\mathbf{s}))$ with $\mathbf{P} = \mathbf{I}$:

$$\mathbf{W} = \begin{bmatrix} 1 & 0 \\ 0.5 & 1 \end{bmatrix} \begin{bmatrix} 2 & 1 \\ 0 & 3 \end{bmatrix} = \begin{bmatrix} 2 & 1 \\ 1 & 3.5 \end{bmatrix}$$

$$\det(\mathbf{W}) = 2 \cdot 3.5 - 1 \cdot 1 = 6$$

which is the product $2 \cdot 3$ of the diagonal $\mathbf{s}$, since $\mathbf{L}$ has ones on its diagonal and $\mathbf{U}$ zeros. So $\log |\det(\mathbf{W})| = \sum \log |\mathbf{s}| = \log 2 + \log 3$, computed in $O(c)$ instead of $O(c^3)$, and over the whole tensor

$$4 \cdot 4 \cdot \log 6 \approx 28.67$$
""", r"4 \cdot 4 \cdot \log 6 \approx 28.67$$", r"4 \cdot 4 \cdot \log 6 \approx 14.33$$",
    "h + w = 8 positions counted instead of h * w = 16")

add("sutton-barto-gaussian-policy-eligibility",
    "Sutton and Barto, Reinforcement Learning: An Introduction (2nd ed.), 13.7 Policy Parameterization for Continuous Actions (pi(a|s, theta) Gaussian with mean mu(s, theta) = theta_mu^T x_mu(s) and standard deviation sigma(s, theta) = exp(theta_sigma^T x_sigma(s)); Exercise 13.4, the eligibility vectors), one feature each, with numbers",
    "http://incompleteideas.net/book/the-book-2nd.html (notation compared with chizkidd.github.io's notes on chapter 13)",
    "the book's notation (pi, mu, sigma as the standard deviation, theta_mu, theta_sigma, x_mu, x_sigma); one feature per parameter, the intermediate derivatives and the numbers added as readers work them out", r"""
# The Gaussian policy's eligibility vectors

For a continuous action $a$, the policy is a normal density with mean $\mu$ and standard deviation $\sigma$, both functions of the state:

$$\pi(a|s, \theta) = \frac{1}{\sigma\sqrt{2\pi}} \exp\left(-\frac{(a - \mu)^2}{2\sigma^2}\right)$$

with $\mu = \theta_\mu x_\mu$ and $\sigma = \exp(\theta_\sigma x_\sigma)$, one feature each. Taking the logarithm,

$$\ln \pi(a|s, \theta) = -\ln \sigma - \frac{1}{2}\ln(2\pi) - \frac{(a - \mu)^2}{2\sigma^2}$$

The derivative with respect to the mean is

$$\frac{\partial \ln \pi}{\partial \mu} = \frac{a - \mu}{\sigma^2}$$

and, since $\partial \mu / \partial \theta_\mu = x_\mu$, the eligibility of the mean parameter is $\frac{(a - \mu)}{\sigma^2} x_\mu$. With respect to the standard deviation,

$$\frac{\partial \ln \pi}{\partial \sigma} = -\frac{1}{\sigma} + \frac{(a - \mu)^2}{\sigma^3}$$

and $\partial \sigma / \partial \theta_\sigma = \sigma x_\sigma$, so

$$\frac{\partial \ln \pi}{\partial \theta_\sigma} = \left(\frac{(a - \mu)^2}{\sigma^2} - 1\right) x_\sigma$$

For example, with $\mu = 0.5$, $\sigma = 2$ and a sampled action $a = 1.5$:

$$\frac{a - \mu}{\sigma^2} = \frac{1}{4} = 0.25$$

$$\frac{(a - \mu)^2}{\sigma^2} - 1 = \frac{1}{4} - 1 = -0.75$$

so the step makes this action more likely by moving the mean towards it and by narrowing the policy.
""", r"-\frac{1}{\sigma} + \frac{(a - \mu)^2}{\sigma^3}$$", r"-\frac{1}{\sigma} + \frac{(a - \mu)^2}{2\sigma^3}$$",
    "power rule: the factor 2 of d(sigma^-2)/d(sigma) = -2 sigma^-3 not cancelled against the 1/2")

add("yun-cutmix-box-and-label",
    "Yun, Han, Oh, Chun, Choe and Yoo, CutMix: Regularization Strategy to Train Strong Classifiers with Localizable Features (ICCV 2019), 3.1 Algorithm (x~ = M * x_A + (1 - M) * x_B, y~ = lambda y_A + (1 - lambda) y_B; the box r_w = W sqrt(1 - lambda), r_h = H sqrt(1 - lambda), whose cropped area ratio is 1 - lambda), on a 224 x 224 image, with numbers",
    "https://arxiv.org/abs/1905.04899 (notation compared with subhadityamukherjee.github.io's CutMix page and the clovaai train.py quoted on ingenjoy.notion.site)",
    "the paper's notation (x_A, x_B, M, lambda, r_w, r_h, W, H); the ratio, the numbers and the mixed loss added as readers work them out", r"""
# CutMix: the box and the mixed label

CutMix pastes a box from image $x_B$ into image $x_A$ and mixes the labels in proportion to the areas:

$$\tilde{y} = \lambda y_A + (1 - \lambda) y_B$$

The box has width $r_w = W\sqrt{1 - \lambda}$ and height $r_h = H\sqrt{1 - \lambda}$, so the share of the image it covers is

$$\frac{r_w r_h}{W H} = \frac{W\sqrt{1 - \lambda} \cdot H\sqrt{1 - \lambda}}{W H} = 1 - \lambda$$

which is the weight $1 - \lambda$ that $y_B$ gets. On a $224 \times 224$ image with $\lambda = 0.75$:

$$r_w = 224\sqrt{1 - 0.75} = 224 \cdot 0.5 = 112$$

$$\frac{112 \cdot 112}{224 \cdot 224} = 0.25$$

With two classes, $y_A = [1, 0]$ and $y_B = [0, 1]$, the mixed label is $\tilde{y} = [0.75, 0.25]$, and if the network predicts $p = [0.6, 0.4]$ the cross-entropy against the mixed label is

$$-0.75 \log 0.6 - 0.25 \log 0.4 \approx 0.612$$
""", r"H\sqrt{1 - \lambda}}{W H} = 1 - \lambda$$", r"H\sqrt{1 - \lambda}}{W H} = \sqrt{1 - \lambda}$$",
    "the product of the two square roots left as one square root")

add("bishop-prml-gaussian-kernel-feature-distance",
    "Bishop, Pattern Recognition and Machine Learning, 6.2 Constructing Kernels (the Gaussian kernel k(x, x') = exp(-||x - x'||^2 / 2 sigma^2), eq. 6.23, and its factorization through ||x - x'||^2 = x^T x + x'^T x' - 2 x^T x', eqs. 6.24-6.25), for scalar inputs, with the distance in feature space it induces and numbers",
    "https://www.microsoft.com/en-us/research/people/cmbishop/prml-book/",
    "the book's notation (k, x, x', sigma as the kernel's width, phi); scalar inputs; the feature-space distance and the numbers added as readers work them out", r"""
# The Gaussian kernel

The Gaussian kernel, for scalar inputs, is

$$k(x, x') = \exp\left(-\frac{(x - x')^2}{2\sigma^2}\right)$$

where $\sigma$ sets its width (it is not a probability density here). Expanding the square, $(x - x')^2 = x^2 + x'^2 - 2 x x'$, it factorizes as

$$\exp\left(-\frac{(x - x')^2}{2\sigma^2}\right) = \exp\left(-\frac{x^2}{2\sigma^2}\right) \exp\left(\frac{x x'}{\sigma^2}\right) \exp\left(-\frac{x'^2}{2\sigma^2}\right)$$

the product of a valid kernel $\exp(x x' / \sigma^2)$ and a function of each argument, so it is a valid kernel. Since $k(x, x) = 1$, every point is mapped to the unit sphere in feature space, and the squared distance between two images $\phi(x)$ and $\phi(x')$ is

$$k(x, x) + k(x', x') - 2k(x, x') = 2 - 2\exp\left(-\frac{(x - x')^2}{2\sigma^2}\right)$$

which is at most $2$. With $\sigma = 1$, $x = 0$ and $x' = 1$:

$$2 - 2\exp\left(-\frac{1}{2}\right) \approx 0.787$$
""", r"\exp\left(\frac{x x'}{\sigma^2}\right) \exp", r"\exp\left(\frac{x x'}{2\sigma^2}\right) \exp",
    "the cross term's factor 2 from the expanded square dropped")

add("d2l-padding-stride-output-shape",
    "Zhang, Lipton, Li and Smola, Dive into Deep Learning, 7.3 Padding and Stride (the output shape (n_h - k_h + p_h + 1) x (n_w - k_w + p_w + 1) with p_h rows of padding in total, and with strides floor((n_h - k_h + p_h + s_h)/s_h) x floor((n_w - k_w + p_w + s_w)/s_w)), with the section's examples",
    "https://d2l.ai/chapter_convolutional-neural-networks/padding-and-strides.html (notation compared with the d2l-java padding-and-strides notebook)",
    "the book's notation (n_h, k_h, p_h, s_h); the examples' shapes worked out as readers do", r"""
# Padding and stride: the output shape

With an $n_h \times n_w$ input and a $k_h \times k_w$ kernel, the output has shape $(n_h - k_h + 1) \times (n_w - k_w + 1)$. Starting from a $240 \times 240$ image, $10$ layers of $5 \times 5$ convolutions leave

$$240 - 10 \cdot (5 - 1) = 200$$

pixels on a side. With $p_h$ rows and $p_w$ columns of padding in total, the output shape is

$$(n_h - k_h + p_h + 1) \times (n_w - k_w + p_w + 1)$$

so choosing $p_h = k_h - 1$ keeps the height. With a stride of $s_h$ rows and $s_w$ columns, the output shape is

$$\left\lfloor \frac{n_h - k_h + p_h + s_h}{s_h} \right\rfloor \times \left\lfloor \frac{n_w - k_w + p_w + s_w}{s_w} \right\rfloor$$

For an $8 \times 8$ input, a $3 \times 3$ kernel, one row and column of padding on each side ($p_h = p_w = 2$) and stride $2$, the height is

$$\left\lfloor \frac{8 - 3 + 2 + 2}{2} \right\rfloor = \left\lfloor \frac{9}{2} \right\rfloor = 4$$

so the output is $4 \times 4$: the input is halved. For a $3 \times 5$ kernel, padding $(0, 1)$ on each side and strides $(3, 4)$, the height and width are

$$\left\lfloor \frac{8 - 3 + 0 + 3}{3} \right\rfloor = 2, \qquad \left\lfloor \frac{8 - 5 + 2 + 4}{4} \right\rfloor = 2$$
""", r"\right\rfloor = \left\lfloor \frac{9}{2} \right\rfloor = 4$$", r"\right\rfloor = \left\lfloor \frac{9}{2} \right\rfloor = 5$$",
    "the floor rounded up")

add("ioffe-szegedy-batchnorm-transform-numbers",
    "Ioffe and Szegedy, Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift (ICML 2015), 3 Algorithm 1 (the batch normalizing transform: mu_B, sigma_B^2, x-hat_i = (x_i - mu_B)/sqrt(sigma_B^2 + epsilon), y_i = gamma x-hat_i + beta) on a mini-batch of four numbers",
    "https://arxiv.org/abs/1502.03167",
    "the paper's notation (mu_B, sigma_B^2, epsilon, x-hat_i, gamma, beta); the mini-batch and the numbers added as readers work them out", r"""
# The batch normalizing transform on four numbers

Over a mini-batch $\mathcal{B} = \{x_1, \ldots, x_m\}$ the transform computes the mini-batch mean and variance, normalizes, and then scales and shifts:

$$\mu_\mathcal{B} = \frac{1}{m}\sum_{i=1}^m x_i, \qquad \sigma_\mathcal{B}^2 = \frac{1}{m}\sum_{i=1}^m (x_i - \mu_\mathcal{B})^2$$

$$\hat{x}_i = \frac{x_i - \mu_\mathcal{B}}{\sqrt{\sigma_\mathcal{B}^2 + \epsilon}}, \qquad y_i = \gamma \hat{x}_i + \beta$$

Take $m = 4$, the activations $1, 2, 3, 6$, $\epsilon = 10^{-5}$, $\gamma = 2$ and $\beta = 1$. Then

$$\mu_\mathcal{B} = \frac{1 + 2 + 3 + 6}{4} = 3$$

$$\sigma_\mathcal{B}^2 = \frac{(1 - 3)^2 + (2 - 3)^2 + (3 - 3)^2 + (6 - 3)^2}{4} = \frac{14}{4} = 3.5$$

For the last activation,

$$\hat{x}_4 = \frac{6 - 3}{\sqrt{3.5 + 10^{-5}}} \approx 1.604$$

$$y_4 = 2 \cdot 1.604 + 1 \approx 4.207$$

The normalized values $\hat{x}_i \approx -1.069, -0.535, 0, 1.604$ have mean zero, and $y_i$ has mean $\beta$.
""", r"{4} = \frac{14}{4} = 3.5$$", r"{4} = \frac{14}{3} = 3.5$$",
    "the variance divided by m - 1 in one place and by m in the next")
