# A twenty-fourth held-out set (issue 12, branch held24): eight passages the corpus did not hold
# before and that the checker had never been run on, transcribed from published texts in their own
# notation (LaTeX in Markdown): d2l.ai (Nadaraya-Watson attention pooling with a Gaussian kernel,
# 11.2), Pascanu, Mikolov and Bengio (2013) (the recurrent Jacobian and its vanishing bound),
# Hochreiter and Schmidhuber (1997) (the constant error carousel, 3.1-3.2, with their net_j and
# theta-like error symbols), Bishop's PRML (the differential entropy of a Gaussian, 1.6, eq. (1.110);
# Bayesian linear regression with one weight, 3.3.1, eqs. (3.53)-(3.55) and (3.59)), Goodfellow et
# al.'s Deep Learning (the directional derivative and steepest descent, 4.3, eqs. (4.3)-(4.5)),
# Bahdanau, Cho and Bengio (2015) (additive attention, eq. (6) and appendix A.1.2) and the CS231n
# notes (annealing the learning rate: exponential and 1/t decay). The d2l notation was compared
# with the stored d2l page found by search (11.2, the kernel alpha(q, k) and the softmax weights);
# the others are recalled from the texts, in their notation, and say so in their headers. The worked
# numbers are added as readers work them out. Each broken file has one planted error of a kind
# students make. Every number and identity was checked in Python. Read by make_transcribed.py after
# sources_held_out21b.py.

add("d2l-nadaraya-watson-gaussian-pooling",
    "Zhang, Lipton, Li and Smola, Dive into Deep Learning, 11.2 Attention Pooling by Similarity (the Gaussian kernel alpha(q, k), eq. (11.2.1), the normalised weights and the Nadaraya-Watson estimate), with two training points",
    "https://d2l.ai/chapter_attention-mechanisms-and-transformers/attention-pooling.html",
    "the book's notation (alpha(q, k), x_i, y_i, f(x), softmax); the two-point example and the derivative of the exponent in a width w are added as readers work them out", r"""
# Attention pooling with a Gaussian kernel

The Gaussian kernel relates a query $q$ to a key $k$ by

$$\alpha(q, k) = \exp\left(-\frac{1}{2} (q - k)^2\right)$$

Normalising over the keys $x_1, \ldots, x_n$ gives the Nadaraya-Watson estimate

$$f(x) = \sum_{i=1}^n \frac{\alpha(x, x_i)}{\sum_{j=1}^n \alpha(x, x_j)} y_i = \sum_{i=1}^n \mathrm{softmax}\left(-\frac{1}{2} (x - x_i)^2\right) y_i$$

Take two training points, $(x_1, y_1) = (0, 1)$ and $(x_2, y_2) = (2, 3)$. At the query $x = 1$ both keys are at distance $1$, so both weights are $\frac{1}{2}$ and

$$f(1) = \frac{1}{2} \cdot 1 + \frac{1}{2} \cdot 3 = 2$$

At the query $x = 0$ the exponents are $0$ and $-\frac{1}{2} (0 - 2)^2 = -2$, so

$$\frac{e^{0}}{e^{0} + e^{-2}} = \frac{1}{1 + e^{-2}} \approx 0.88080$$

$$\frac{e^{-2}}{e^{0} + e^{-2}} \approx 0.11920$$

$$f(0) = 0.88080 \cdot 1 + 0.11920 \cdot 3 = 1.2384$$

The estimate is pulled towards the nearer point. With a learnable width $w$ the exponent becomes $-\frac{1}{2} ((x - x_i) w)^2$, whose derivative is

$$\frac{\partial}{\partial w} \left( -\frac{1}{2} ((x - x_i) w)^2 \right) = -(x - x_i)^2 w$$
""", r"$$\frac{e^{-2}}{e^{0} + e^{-2}} \approx 0.11920$$", r"$$\frac{e^{2}}{e^{0} + e^{2}} \approx 0.11920$$",
    "sign slip: the exponent -2 written as +2 in the second weight")

add("pascanu-rnn-jacobian-vanishing-bound",
    "Pascanu, Mikolov and Bengio, On the difficulty of training recurrent neural networks (ICML 2013), 2 and 3.1 (the recurrence (11), the Jacobian of one step and the sufficient condition for vanishing gradients with the sigmoid's bound gamma = 1/4), for one hidden unit, with numbers",
    "https://arxiv.org/abs/1211.5063",
    "the paper's notation (x_t, W_rec, W_in, u_t, b, sigma, gamma) for one unit (scalars); the numbers are added as readers work them out", r"""
# Vanishing gradients in a recurrent network

The recurrent network is

$$x_t = W_{rec} \sigma(x_{t-1}) + W_{in} u_t + b$$

and the error is propagated back through the factors

$$\frac{\partial x_t}{\partial x_k} = \prod_{t \geq i > k} \frac{\partial x_i}{\partial x_{i-1}}$$

For one hidden unit each factor is

$$\frac{\partial}{\partial x_{t-1}} \left( W_{rec} \sigma(x_{t-1}) + W_{in} u_t + b \right) = W_{rec} \sigma'(x_{t-1})$$

For the sigmoid, $\sigma'(x) = \sigma(x)(1 - \sigma(x))$ is bounded by $\gamma = \frac{1}{4}$, reached at $0$:

$$\sigma(0) (1 - \sigma(0)) = \frac{1}{2} \cdot \frac{1}{2} = \frac{1}{4}$$

so it is sufficient that $|W_{rec}| < \frac{1}{\gamma} = 4$ for the gradients to vanish. For example, with $W_{rec} = 2$ each factor is at most

$$2 \cdot \frac{1}{4} = 0.5$$

and over ten steps the product is at most

$$0.5^{10} = \frac{1}{1024} \approx 0.00098$$
""", r"$$\sigma(0) (1 - \sigma(0)) = \frac{1}{2} \cdot \frac{1}{2} = \frac{1}{4}$$", r"$$\sigma(0) (1 - \sigma(0)) = \frac{1}{2} \cdot \frac{1}{2} = \frac{1}{2}$$",
    "arithmetic slip: one half times one half taken as one half")

add("hochreiter-lstm-constant-error-flow",
    "Hochreiter and Schmidhuber, Long Short-Term Memory (Neural Computation 1997), 3.1 Exponentially decaying error and 3.2 Constant error flow: naive approach (the local error flow f'(net) w, the logistic bound 0.25 and the condition f'_j(net_j(t)) w_jj = 1.0), with numbers",
    "https://www.bioinf.jku.at/publications/older/2604.pdf",
    "the paper's notation (net_j(t), f_j, w_jj, the error of unit j written vartheta_j(t)); the numbers and the check of the linear activation are added as readers work them out", r"""
# Constant error flow

A unit $j$ with a single connection to itself has the local error back flow

$$\vartheta_j(t) = f'_j(\mathit{net}_j(t)) \vartheta_j(t + 1) w_{jj}$$

If $f$ is the logistic sigmoid, the maximal value of $f'$ is $0.25$:

$$f'(0) = f(0) (1 - f(0)) = 0.5 \cdot 0.5 = 0.25$$

so if $|w_{jj}| < 4.0$ the error flow decays exponentially. With $w_{jj} = 3.0$ each step scales the error by at most $0.25 \cdot 3.0 = 0.75$, and after ten steps by at most

$$(0.25 \cdot 3.0)^{10} \approx 0.05631$$

To enforce constant error flow through $j$ we require

$$f'_j(\mathit{net}_j(t)) w_{jj} = 1.0$$

Integrating, $f_j(\mathit{net}_j(t)) = \frac{\mathit{net}_j(t)}{w_{jj}}$ for arbitrary $\mathit{net}_j(t)$: the activation is linear. Indeed

$$\frac{\mathrm{d}}{\mathrm{d} \mathit{net}_j} \frac{\mathit{net}_j}{w_{jj}} = \frac{1}{w_{jj}}$$

and the unit's activation has to remain constant, $y_j(t + 1) = f_j(\mathit{net}_j(t + 1)) = y_j(t)$.
""", r"$$(0.25 \cdot 3.0)^{10} \approx 0.05631$$", r"$$(0.25 \cdot 3.0)^{10} \approx 0.00563$$",
    "wrong power: 0.75 to the tenth taken as a tenth of its value")

add("bishop-prml-gaussian-differential-entropy",
    "Bishop, Pattern Recognition and Machine Learning (2006), 1.6 Information Theory (the differential entropy (1.104) and the entropy of the Gaussian (1.110)), its change with sigma, with numbers",
    "https://www.microsoft.com/en-us/research/publication/pattern-recognition-machine-learning/",
    "the book's notation (H[x], p(x), sigma^2, ln, curly brackets); the values at sigma = 1 and the derivative in sigma are added as readers work them out", r"""
# The entropy of the Gaussian

The differential entropy of a density $p(x)$ is

$$\mathrm{H}[x] = -\int p(x) \ln p(x) \, \mathrm{d}x \tag{1.104}$$

and for the Gaussian with variance $\sigma^2$ it evaluates to

$$\mathrm{H}[x] = \frac{1}{2} \left\{ 1 + \ln(2\pi\sigma^2) \right\} \tag{1.110}$$

The entropy increases as the distribution becomes broader, i.e., as $\sigma^2$ increases:

$$\frac{\mathrm{d}}{\mathrm{d}\sigma} \frac{1}{2} \left\{ 1 + \ln(2\pi\sigma^2) \right\} = \frac{1}{\sigma}$$

For the unit Gaussian, $\sigma = 1$,

$$\frac{1}{2} \left\{ 1 + \ln(2\pi) \right\} \approx 1.41894$$

and doubling the standard deviation adds

$$\frac{1}{2} \ln(2\pi \cdot 4) - \frac{1}{2} \ln(2\pi) = \frac{1}{2} \ln 4 = \ln 2 \approx 0.69315$$

Unlike the discrete entropy, $\mathrm{H}[x]$ is negative when $\sigma^2 < \frac{1}{2\pi e}$.
""", r"\right\} = \frac{1}{\sigma}$$", r"\right\} = \frac{1}{2\sigma}$$",
    "forgotten chain factor: the derivative of ln(sigma^2) taken as 1/sigma")

add("bishop-prml-bayesian-regression-one-weight",
    "Bishop, Pattern Recognition and Machine Learning (2006), 3.3.1 Parameter distribution (the posterior mean and covariance (3.53)-(3.54), the log posterior (3.55)) and 3.3.2 the predictive variance (3.59), for one weight and two points, with numbers",
    "https://www.microsoft.com/en-us/research/publication/pattern-recognition-machine-learning/",
    "the book's notation (m_N, S_N, Phi, t, alpha, beta, sigma_N^2(x)); the one-weight example is added as readers work it out", r"""
# Bayesian linear regression with one weight

With the prior $p(\mathbf{w} \mid \alpha) = \mathcal{N}(\mathbf{w} \mid \mathbf{0}, \alpha^{-1} \mathbf{I})$ the posterior is $\mathcal{N}(\mathbf{w} \mid \mathbf{m}_N, \mathbf{S}_N)$ with

$$\mathbf{m}_N = \beta \mathbf{S}_N \boldsymbol{\Phi}^{\mathrm{T}} \mathbf{t} \tag{3.53}$$

$$\mathbf{S}_N^{-1} = \alpha \mathbf{I} + \beta \boldsymbol{\Phi}^{\mathrm{T}} \boldsymbol{\Phi} \tag{3.54}$$

Take one basis function $\phi(x) = x$, the data $x_1 = 1$, $x_2 = 2$ with targets $t_1 = 1$, $t_2 = 3$, and $\alpha = 1$, $\beta = 2$. Then

$$S_N^{-1} = 1 + 2 (1^2 + 2^2) = 11$$

$$m_N = 2 \cdot \frac{1}{11} (1 \cdot 1 + 2 \cdot 3) = \frac{14}{11} \approx 1.27273$$

The same follows from maximizing the log of the posterior (3.55), $-\frac{\beta}{2} \sum_n \{t_n - w \phi(x_n)\}^2 - \frac{\alpha}{2} w^2$:

$$\frac{\mathrm{d}}{\mathrm{d}w} \left\{ -\frac{2}{2} \left[ (1 - w)^2 + (3 - 2w)^2 \right] - \frac{1}{2} w^2 \right\} = 14 - 11 w$$

which vanishes at $w = \frac{14}{11}$, shrunk from the maximum likelihood value $\frac{7}{5} = 1.4$. The predictive variance (3.59) at $x = 1$ is

$$\sigma_N^2(1) = \frac{1}{\beta} + \phi(1) S_N \phi(1) = \frac{1}{2} + \frac{1}{11} \approx 0.59091$$
""", r"= \frac{14}{11} \approx 1.27273$$", r"= \frac{7}{11} \approx 0.63636$$",
    "dropped factor: the precision beta = 2 left out of the posterior mean")

add("goodfellow-directional-derivative-steepest-descent",
    "Goodfellow, Bengio and Courville, Deep Learning (2016), 4.3 Gradient-Based Optimization (the directional derivative as the derivative of f(x + alpha u) at alpha = 0, eqs. (4.3)-(4.4), and the step of steepest descent (4.5)), for f(x) = x_1^2 + 3 x_2, with numbers",
    "https://www.deeplearningbook.org/contents/numerical.html",
    "the book's notation (u, alpha, nabla_x f(x), epsilon, x'); the function and the numbers are added as readers work them out", r"""
# The directional derivative

The directional derivative in direction $\mathbf{u}$ (a unit vector) is the derivative of the function $f(\mathbf{x} + \alpha \mathbf{u})$ with respect to $\alpha$, evaluated at $\alpha = 0$. Using the chain rule, it evaluates to $\mathbf{u}^{\top} \nabla_{\mathbf{x}} f(\mathbf{x})$.

Take $f(\mathbf{x}) = x_1^2 + 3 x_2$ at $\mathbf{x} = (1, 0)^{\top}$, where $\nabla_{\mathbf{x}} f(\mathbf{x}) = (2 x_1, 3)^{\top} = (2, 3)^{\top}$, and the unit vector $\mathbf{u} = (0.6, 0.8)^{\top}$. Along the line,

$$f(\mathbf{x} + \alpha \mathbf{u}) = (1 + 0.6 \alpha)^2 + 3 \cdot 0.8 \alpha$$

$$\frac{\mathrm{d}}{\mathrm{d}\alpha} \left[ (1 + 0.6 \alpha)^2 + 2.4 \alpha \right] = 1.2 (1 + 0.6 \alpha) + 2.4$$

which at $\alpha = 0$ is $3.6$, the same as

$$\mathbf{u}^{\top} \nabla_{\mathbf{x}} f(\mathbf{x}) = 0.6 \cdot 2 + 0.8 \cdot 3 = 3.6$$

The direction in which $f$ decreases fastest is $\mathbf{u} = -\nabla_{\mathbf{x}} f(\mathbf{x}) / \|\nabla_{\mathbf{x}} f(\mathbf{x})\|_2$, with slope

$$-\sqrt{2^2 + 3^2} = -\sqrt{13} \approx -3.60555$$

Steepest descent proposes $\mathbf{x}' = \mathbf{x} - \epsilon \nabla_{\mathbf{x}} f(\mathbf{x})$ (4.5). With $\epsilon = 0.1$, $\mathbf{x}' = (0.8, -0.3)^{\top}$ and

$$0.8^2 + 3 \cdot (-0.3) = -0.26$$

which is below $f(\mathbf{x}) = 1$.
""", r"\right] = 1.2 (1 + 0.6 \alpha) + 2.4$$", r"\right] = 2 (1 + 0.6 \alpha) + 2.4$$",
    "forgotten chain factor: the inner derivative 0.6 of (1 + 0.6 alpha)^2 left out")

add("bahdanau-additive-attention-alignment",
    "Bahdanau, Cho and Bengio, Neural Machine Translation by Jointly Learning to Align and Translate (ICLR 2015), 3.1 (the alignment model e_ij = a(s_{i-1}, h_j), the weights alpha_ij (6) and the context vector c_i (5)) and A.1.2 (a(s_{i-1}, h_j) = v_a^T tanh(W_a s_{i-1} + U_a h_j)), for scalars and two annotations, with numbers",
    "https://arxiv.org/abs/1409.0473",
    "the paper's notation (e_ij, alpha_ij, c_i, s_{i-1}, h_j, v_a, W_a, U_a) with every quantity a scalar; the numbers and the derivative in h_j are added as readers work them out", r"""
# Additive attention

The alignment model scores how well the inputs around position $j$ and the output at position $i$ match:

$$e_{ij} = v_a \tanh(W_a s_{i-1} + U_a h_j)$$

The weight of each annotation $h_j$ is

$$\alpha_{ij} = \frac{\exp(e_{ij})}{\sum_{k=1}^{T_x} \exp(e_{ik})}$$

and the context vector is $c_i = \sum_{j=1}^{T_x} \alpha_{ij} h_j$. Take scalars $v_a = W_a = U_a = 1$, $s_{i-1} = 0$ and two annotations $h_1 = 0$, $h_2 = \ln 3$. Then $e_{i1} = 0$ and

$$e_{i2} = \tanh(\ln 3) = \frac{3 - \frac{1}{3}}{3 + \frac{1}{3}} = 0.8$$

$$\alpha_{i2} = \frac{e^{0.8}}{1 + e^{0.8}} \approx 0.68997$$

$$c_i = 0.31003 \cdot 0 + 0.68997 \cdot \ln 3 \approx 0.75801$$

The score's gradient with respect to the annotation is

$$\frac{\partial e_{i2}}{\partial h_2} = v_a U_a \left(1 - \tanh^2(W_a s_{i-1} + U_a h_2)\right) = 1 - 0.8^2 = 0.36$$
""", r"= 1 - 0.8^2 = 0.36$$", r"= 1 - 0.8 = 0.2$$",
    "forgotten square: 1 - tanh^2 taken as 1 - tanh")

add("cs231n-learning-rate-annealing",
    "CS231n notes, Neural Networks Part 3, Annealing the learning rate (exponential decay alpha = alpha_0 e^{-kt} and 1/t decay alpha = alpha_0 / (1 + kt)), their values and rates of change, with numbers",
    "https://cs231n.github.io/neural-networks-3/",
    "the notes' notation (alpha, alpha_0, k, t); the values at t = 2 and the derivatives in t are added as readers work them out", r"""
# Annealing the learning rate

Exponential decay has the mathematical form $\alpha = \alpha_0 e^{-k t}$, where $\alpha_0, k$ are hyperparameters and $t$ is the iteration number (but you can also use units of epochs). 1/t decay has the mathematical form $\alpha = \alpha_0 / (1 + k t)$.

With $\alpha_0 = 0.1$ and $k = 0.5$, at $t = 2$:

$$0.1 e^{-0.5 \cdot 2} = 0.1 e^{-1} \approx 0.03679$$

$$\frac{0.1}{1 + 0.5 \cdot 2} = 0.05$$

so the exponential schedule has already decayed further. Their rates of change are

$$\frac{\mathrm{d}}{\mathrm{d}t} \alpha_0 e^{-k t} = -k \alpha_0 e^{-k t}$$

$$\frac{\mathrm{d}}{\mathrm{d}t} \frac{\alpha_0}{1 + k t} = -\frac{k \alpha_0}{(1 + k t)^2}$$

At $t = 2$ these are $-0.5 \cdot 0.03679 \approx -0.01839$ and

$$-\frac{0.5 \cdot 0.1}{(1 + 0.5 \cdot 2)^2} = -0.0125$$
""", r"= -\frac{k \alpha_0}{(1 + k t)^2}$$", r"= -\frac{k \alpha_0}{1 + k t}$$",
    "wrong power: the quotient rule's squared denominator left unsquared")
