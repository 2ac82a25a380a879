# A twenty-ninth held-out set (issue 12, branch held29): eight passages the corpus did not hold
# before and that the checker had never been run on, transcribed from published texts in their own
# notation (LaTeX in Markdown): Sabour, Frosst and Hinton's squashing function of a capsule and the
# derivative of its length, Chen et al.'s NT-Xent loss of SimCLR and its gradient in the
# similarities for one positive pair, You et al.'s layer-wise trust ratio of LAMB, Chen et al.'s
# Lion update (the sign of an interpolated momentum), Blundell et al.'s Bayes by Backprop (the
# reparameterised Gaussian weight with a softplus standard deviation), Miyato et al.'s spectral
# normalisation by one and two power iterations on a 2x2 matrix, Zhang et al.'s Lookahead optimizer
# (the slow weights as an exponential moving average; one outer step on a quadratic) and Feng et
# al.'s Wing loss. The notation of each was compared with stored pages found by search (the
# squash as quoted in the STAT946 wiki's summary and mamicode.com's notes, papers-with-code's pages
# on NT-Xent, LAMB and Lookahead, a reader's page on Lion (junaidaliop.github.io), the question on
# Cross Validated quoting Blundell et al.'s section 3.2, the power iteration as in PaddlePaddle's
# SpectralNorm documentation, and a reader's copy of the Wing loss's definition). The worked
# numbers are added as readers work them out. Each broken file has one planted error of a kind
# students make. Every number and identity was checked in Python. Read by make_transcribed.py after
# sources_user41.py.

add("sabour-capsule-squash-derivative",
    "Sabour, Frosst and Hinton, Dynamic Routing Between Capsules (NIPS 2017), 2 How the vector inputs and outputs of a capsule are computed (the squashing function, eq. (1)), the length of the output as a function of the input's length and its derivative, with numbers",
    "https://arxiv.org/abs/1710.09829 (the squash as quoted in the STAT946 wiki's summary of the paper, wiki.math.uwaterloo.ca, and in mamicode.com's notes)",
    "the paper's notation (v_j, s_j, the norm ||s_j||); the length r, its derivative, the maximum and the numbers are added as readers work them out", r"""
# The squashing function of a capsule

We want the length of the output vector of a capsule to represent the probability that the entity represented by the capsule is present in the current input. We therefore use a non-linear "squashing" function to ensure that short vectors get shrunk to almost zero length and long vectors get shrunk to a length slightly below 1:

$$\mathbf{v}_j = \frac{\|\mathbf{s}_j\|^2}{1 + \|\mathbf{s}_j\|^2} \frac{\mathbf{s}_j}{\|\mathbf{s}_j\|} \tag{1}$$

where $\mathbf{v}_j$ is the vector output of capsule $j$ and $\mathbf{s}_j$ is its total input. The squash keeps the direction of $\mathbf{s}_j$, and the length of the output depends on the length $r = \|\mathbf{s}_j\|$ of the input only:

$$\|\mathbf{v}_j\| = \frac{r^2}{1 + r^2} = 1 - \frac{1}{1 + r^2}$$

Its derivative

$$\frac{d}{dr} \frac{r^2}{1 + r^2} = \frac{2r (1 + r^2) - r^2 \cdot 2r}{(1 + r^2)^2} = \frac{2r}{(1 + r^2)^2}$$

is positive for $r > 0$, so the squash keeps the order of the lengths. The slope is largest at $r = \frac{1}{\sqrt{3}}$, where it is

$$\frac{2 / \sqrt{3}}{\left(1 + \frac{1}{3}\right)^2} = \frac{3\sqrt{3}}{8} \approx 0.6495$$

For $\mathbf{s}_j = (3, 4)$, $\|\mathbf{s}_j\| = 5$ and the output has length

$$\frac{5^2}{1 + 5^2} = \frac{25}{26} \approx 0.9615$$

so $\mathbf{v}_j = \frac{25}{26} \cdot \frac{1}{5} (3, 4) = \left(\frac{15}{26}, \frac{20}{26}\right)$. A short input of length $r = 0.1$ is shrunk to

$$\frac{0.1^2}{1 + 0.1^2} = \frac{0.01}{1.01} \approx 0.0099$$
""", r"= \frac{2r (1 + r^2) - r^2 \cdot 2r}{(1 + r^2)^2}", r"= \frac{2r (1 + r^2) + r^2 \cdot 2r}{(1 + r^2)^2}",
    "quotient rule: the minus of the quotient rule taken as a plus")

add("chen-simclr-nt-xent-gradient",
    "Chen, Kornblith, Norouzi and Hinton, A Simple Framework for Contrastive Learning of Visual Representations (ICML 2020), 2.1 The Contrastive Learning Framework (the cosine similarity and the NT-Xent loss of a positive pair, eq. (1)), its gradient in the similarities for N = 2, with numbers",
    "https://arxiv.org/abs/2002.05709 (notation compared with paperswithcode.com's page on NT-Xent and neuroide.com's notes on contrastive learning)",
    "the paper's notation (sim(u, v), z_i, z_j, z_k, tau, the indicator 1_[k != i], l_{i,j}); the similarities s_k, the derivatives and the numbers are added as readers work them out", r"""
# The NT-Xent loss and its gradient

Let $\mathrm{sim}(\boldsymbol{u}, \boldsymbol{v}) = \boldsymbol{u}^\top \boldsymbol{v} / \|\boldsymbol{u}\| \|\boldsymbol{v}\|$ denote the dot product between $\ell_2$ normalized $\boldsymbol{u}$ and $\boldsymbol{v}$ (i.e. cosine similarity). Then the loss function for a positive pair of examples $(i, j)$ is defined as

$$\ell_{i,j} = -\log \frac{\exp(\mathrm{sim}(\boldsymbol{z}_i, \boldsymbol{z}_j) / \tau)}{\sum_{k=1}^{2N} \mathbb{1}_{[k \neq i]} \exp(\mathrm{sim}(\boldsymbol{z}_i, \boldsymbol{z}_k) / \tau)} \tag{1}$$

where $\mathbb{1}_{[k \neq i]} \in \{0, 1\}$ is an indicator function evaluating to 1 iff $k \neq i$ and $\tau$ denotes a temperature parameter. Take a minibatch of $N = 2$ examples, the anchor $i = 1$, its positive $j = 2$ and the negatives $3$ and $4$, and write $s_k = \mathrm{sim}(\boldsymbol{z}_1, \boldsymbol{z}_k)$. Then

$$\ell_{1,2} = -\frac{s_2}{\tau} + \log\left(e^{s_2 / \tau} + e^{s_3 / \tau} + e^{s_4 / \tau}\right)$$

and the gradient in the positive similarity is

$$\frac{\partial \ell_{1,2}}{\partial s_2} = -\frac{1}{\tau} + \frac{1}{\tau} \frac{e^{s_2 / \tau}}{e^{s_2 / \tau} + e^{s_3 / \tau} + e^{s_4 / \tau}}$$

which is $-\frac{1}{\tau}$ times the probability mass given to the negatives, while a negative is pushed away in proportion to its own share:

$$\frac{\partial \ell_{1,2}}{\partial s_3} = \frac{1}{\tau} \frac{e^{s_3 / \tau}}{e^{s_2 / \tau} + e^{s_3 / \tau} + e^{s_4 / \tau}}$$

With $\tau = 0.5$, $s_2 = 0.8$, $s_3 = 0.2$ and $s_4 = -0.4$ the terms are $e^{1.6}$, $e^{0.4}$ and $e^{-0.8}$, the loss is

$$-1.6 + \log\left(e^{1.6} + e^{0.4} + e^{-0.8}\right) \approx 0.3307$$

and the gradients are

$$-2 \left(1 - \frac{e^{1.6}}{e^{1.6} + e^{0.4} + e^{-0.8}}\right) \approx -0.5631$$

$$2 \cdot \frac{e^{0.4}}{e^{1.6} + e^{0.4} + e^{-0.8}} \approx 0.4328$$
""", r"$$\frac{\partial \ell_{1,2}}{\partial s_2} = -\frac{1}{\tau} + \frac{1}{\tau} \frac{e^{s_2 / \tau}}", r"$$\frac{\partial \ell_{1,2}}{\partial s_2} = -\frac{1}{\tau} + \frac{e^{s_2 / \tau}}",
    "chain rule: the inner derivative 1/tau of the log-sum-exp dropped")

add("you-lamb-trust-ratio",
    "You, Li, Reddi, Hseu, Kumar, Bhojanapalli, Song, Demmel, Keutzer and Hsieh, Large Batch Optimization for Deep Learning: Training BERT in 76 Minutes (ICLR 2020), 3.2 LAMB (Algorithm 2: the Adam ratio r_t and the layer-wise trust ratio), for one layer of two weights with phi the identity, with numbers",
    "https://arxiv.org/abs/1904.00962 (notation compared with paperswithcode.com's page on LAMB)",
    "the paper's notation (x_t^{(i)}, m_t, v_t, r_t, eta_t, phi, lambda, the layer index i); the size of the layer's step and the numbers are added as readers work them out", r"""
# The trust ratio of LAMB

LAMB uses Adam as its base algorithm and forms, for each layer $i$, the update

$$r_t = \frac{m_t}{\sqrt{v_t} + \epsilon}$$

$$x_{t+1}^{(i)} = x_t^{(i)} - \eta_t \frac{\phi(\|x_t^{(i)}\|)}{\|r_t^{(i)} + \lambda x_t^{(i)}\|} \left(r_t^{(i)} + \lambda x_t^{(i)}\right)$$

With $\phi$ the identity, write $u = r_t^{(i)} + \lambda x_t^{(i)}$ for the direction. The step of the layer then has the length

$$\left\| \eta_t \frac{\|x_t^{(i)}\|}{\|u\|} u \right\| = \eta_t \|x_t^{(i)}\|$$

whatever the size of the gradient: the trust ratio $\frac{\|x_t^{(i)}\|}{\|u\|}$ rescales the Adam step of each layer to a fixed fraction of the layer's weights. Take one layer of two weights, $x_t^{(i)} = (3, 4)$, $r_t^{(i)} = (0.97, -1.04)$, $\lambda = 0.01$ and $\eta_t = 0.01$. Then $u = (0.97 + 0.03, -1.04 + 0.04) = (1, -1)$, $\|u\| = \sqrt{2}$ and $\|x_t^{(i)}\| = 5$, so the trust ratio is

$$\frac{5}{\sqrt{2}} \approx 3.5355$$

and the new weights are

$$3 - 0.01 \cdot \frac{5}{\sqrt{2}} \approx 2.9646$$

$$4 + 0.01 \cdot \frac{5}{\sqrt{2}} \approx 4.0354$$

a step of length $0.01 \cdot 5 = 0.05$.
""", r"$$\frac{5}{\sqrt{2}} \approx 3.5355$$", r"$$\frac{\sqrt{2}}{5} \approx 3.5355$$",
    "ratio inverted: the trust ratio taken as ||u|| / ||x||")

add("chen-lion-sign-update",
    "Chen, Liang, Huang, Real, Wang, Pham, Dong, Luong, Hsieh, Lu and Le, Symbolic Discovery of Optimization Algorithms (NeurIPS 2023), 3 Derivation and Analysis of Lion (Algorithm 2: the interpolation c_t, the sign update with decoupled weight decay and the momentum m_t), for one weight, with numbers",
    "https://arxiv.org/abs/2302.06675 (notation compared with junaidaliop.github.io's page on Lion)",
    "the paper's notation (g_t, c_t, m_t, theta_t, beta_1, beta_2, eta_t, lambda, sign); the difference c_t - m_t and the numbers are added as readers work them out", r"""
# The Lion update

Lion keeps one momentum $m$ and updates with the sign of an interpolation between the momentum and the current gradient $g_t$:

$$c_t = \beta_1 m_{t-1} + (1 - \beta_1) g_t$$

$$\theta_t = \theta_{t-1} - \eta_t \left(\mathrm{sign}(c_t) + \lambda \theta_{t-1}\right)$$

$$m_t = \beta_2 m_{t-1} + (1 - \beta_2) g_t$$

The update uses the interpolation with $\beta_1$, the momentum kept for the next step the one with $\beta_2$; subtracting,

$$c_t - m_t = (\beta_1 - \beta_2) m_{t-1} + (\beta_2 - \beta_1) g_t = (\beta_1 - \beta_2)(m_{t-1} - g_t)$$

so with the default $\beta_1 = 0.9 < \beta_2 = 0.99$ the update gives the current gradient a weight ten times that which the momentum keeps. Every coordinate of $\mathrm{sign}(c_t)$ is $\pm 1$, so each weight moves by $\eta_t$ before weight decay, whatever the size of the gradient. Take $m_{t-1} = 0.5$, $g_t = -2$, $\theta_{t-1} = 1$, $\eta_t = 0.001$ and $\lambda = 0.1$. Then

$$0.9 \cdot 0.5 + 0.1 \cdot (-2) = 0.25$$

so $\mathrm{sign}(c_t) = 1$: the weight decreases although the gradient is negative, and

$$1 - 0.001 (1 + 0.1 \cdot 1) = 0.9989$$

while the momentum becomes

$$0.99 \cdot 0.5 + 0.01 \cdot (-2) = 0.475$$
""", r"= (\beta_1 - \beta_2)(m_{t-1} - g_t)$$", r"= (\beta_1 - \beta_2)(m_{t-1} + g_t)$$",
    "sign slip: the factor (beta_2 - beta_1) of g_t taken out with the wrong sign")

add("blundell-bayes-by-backprop",
    "Blundell, Cornebise, Kavukcuoglu and Wierstra, Weight Uncertainty in Neural Networks (ICML 2015), 3.2 Gaussian variational posterior (w = mu + log(1 + exp(rho)) o epsilon and the gradients Delta_mu, Delta_rho of the optimisation steps 1-7), for one weight, with numbers",
    "https://arxiv.org/abs/1505.05424 (the section as quoted in a question on Cross Validated, stats.stackexchange.com, and datascience.stackexchange.com question 93071)",
    "the paper's notation (mu, rho, sigma, epsilon, w = t(theta, epsilon), f(w, theta), Delta_mu, Delta_rho); the derivative of the softplus, the one-weight case and the numbers are added as readers work them out", r"""
# Bayes by Backprop with a Gaussian posterior

Suppose that the variational posterior is a diagonal Gaussian distribution. A sample of the weights $\mathbf{w}$ is obtained by sampling a unit Gaussian, shifting it by a mean $\mu$ and scaling by a standard deviation $\sigma$. We parameterise the standard deviation pointwise as $\sigma = \log(1 + \exp(\rho))$, so $\sigma$ is always non-negative, and the variational posterior parameters are $\theta = (\mu, \rho)$:

$$\mathbf{w} = t(\theta, \epsilon) = \mu + \log(1 + \exp(\rho)) \circ \epsilon$$

where $\circ$ is pointwise multiplication and $\epsilon \sim \mathcal{N}(0, I)$. The gradients of $f(\mathbf{w}, \theta)$ with respect to the mean and the standard deviation parameter are

$$\Delta_\mu = \frac{\partial f(\mathbf{w}, \theta)}{\partial \mathbf{w}} + \frac{\partial f(\mathbf{w}, \theta)}{\partial \mu}$$

$$\Delta_\rho = \frac{\partial f(\mathbf{w}, \theta)}{\partial \mathbf{w}} \frac{\epsilon}{1 + \exp(-\rho)} + \frac{\partial f(\mathbf{w}, \theta)}{\partial \rho}$$

For one weight, $w = \mu + \log(1 + \exp(\rho)) \epsilon$, the factor of $\Delta_\rho$ is the derivative of the sample in $\rho$:

$$\frac{\partial}{\partial \rho} \left( \mu + \log(1 + \exp(\rho)) \epsilon \right) = \frac{\exp(\rho)}{1 + \exp(\rho)} \epsilon = \frac{\epsilon}{1 + \exp(-\rho)}$$

while $\frac{\partial w}{\partial \mu} = 1$. At $\rho = 0$ the standard deviation is

$$\log(1 + \exp(0)) = \log 2 \approx 0.6931$$

and with $\mu = 0.5$ and the noise $\epsilon = 1$ the sampled weight is

$$0.5 + \log 2 \approx 1.1931$$

If there $\frac{\partial f}{\partial w} = 2$ and $f$ has no direct dependence on $\rho$, then

$$2 \cdot \frac{1}{1 + \exp(0)} = 1$$

is the step direction for $\rho$.
""", r"\right) = \frac{\exp(\rho)}{1 + \exp(\rho)} \epsilon = \frac{\epsilon}{1 + \exp(-\rho)}$$", r"\right) = \frac{\exp(\rho)}{1 + \exp(\rho)} \epsilon = \frac{\epsilon}{1 + \exp(\rho)}$$",
    "sign slip: exp(rho)/(1 + exp(rho)) rewritten with exp(rho) instead of exp(-rho)")

add("miyato-spectral-norm-power-iteration",
    "Miyato, Kataoka, Koyama and Yoshida, Spectral Normalization for Generative Adversarial Networks (ICLR 2018), 2.1 Spectral normalization (W_SN = W / sigma(W), eq. (8)) and Appendix A (Algorithm 1: the power iteration and sigma(W) approximated by u^T W v), one and two iterations on a 2x2 matrix, with numbers",
    "https://arxiv.org/abs/1802.05957 (the power iteration as in PaddlePaddle's SpectralNorm documentation)",
    "the paper's notation (W, sigma(W), u-tilde, v-tilde, W_SN); the 2x2 matrix, the identity u^T W v = ||W v|| and the numbers are added as readers work them out", r"""
# Spectral normalization by power iteration

Spectral normalization normalizes the spectral norm of the weight matrix $W$ so that it satisfies the Lipschitz constraint $\sigma(W) = 1$:

$$\bar{W}_{\mathrm{SN}}(W) := \frac{W}{\sigma(W)} \tag{8}$$

The spectral norm $\sigma(W)$ is estimated by the power iteration: starting from a random $\tilde{\boldsymbol{u}}$,

$$\tilde{\boldsymbol{v}} \leftarrow \frac{W^{\mathrm{T}} \tilde{\boldsymbol{u}}}{\|W^{\mathrm{T}} \tilde{\boldsymbol{u}}\|_2}, \quad \tilde{\boldsymbol{u}} \leftarrow \frac{W \tilde{\boldsymbol{v}}}{\|W \tilde{\boldsymbol{v}}\|_2}$$

and then $\sigma(W) \approx \tilde{\boldsymbol{u}}^{\mathrm{T}} W \tilde{\boldsymbol{v}}$. Since $\tilde{\boldsymbol{u}}$ is $W \tilde{\boldsymbol{v}}$ divided by its length, the estimate is $\|W \tilde{\boldsymbol{v}}\|_2$. Take

$$W = \begin{pmatrix} 2 & 1 \\ 1 & 2 \end{pmatrix}$$

whose singular values are $3$ and $1$, and start from $\tilde{\boldsymbol{u}} = (1, 0)^{\mathrm{T}}$. Then $W^{\mathrm{T}} \tilde{\boldsymbol{u}} = (2, 1)^{\mathrm{T}}$, so $\tilde{\boldsymbol{v}} = \frac{1}{\sqrt{5}} (2, 1)^{\mathrm{T}}$ and $W \tilde{\boldsymbol{v}} = \frac{1}{\sqrt{5}} (5, 4)^{\mathrm{T}}$. After one iteration the estimate is

$$\|W \tilde{\boldsymbol{v}}\|_2 = \frac{\sqrt{5^2 + 4^2}}{\sqrt{5}} = \sqrt{8.2} \approx 2.8636$$

A second iteration gives $W^{\mathrm{T}} (5, 4)^{\mathrm{T}} = (14, 13)^{\mathrm{T}}$ and $W (14, 13)^{\mathrm{T}} = (41, 40)^{\mathrm{T}}$, and the estimate

$$\frac{\sqrt{41^2 + 40^2}}{\sqrt{14^2 + 13^2}} = \sqrt{\frac{3281}{365}} \approx 2.9982$$

is already close to $\sigma(W) = 3$; the normalized matrix $\frac{W}{3}$ has spectral norm $1$.
""", r"= \frac{\sqrt{5^2 + 4^2}}{\sqrt{5}} = \sqrt{8.2}", r"= \frac{5 + 4}{\sqrt{5}} = \sqrt{8.2}",
    "norm: the Euclidean length taken as the sum of the entries")

add("zhang-lookahead-slow-weights",
    "Zhang, Lucas, Hinton and Ba, Lookahead Optimizer: k steps forward, 1 step back (NeurIPS 2019), 2 Method (Algorithm 1: the outer update phi_t = phi_{t-1} + alpha (theta_{t,k} - phi_{t-1}), the slow weights as an exponential moving average of the final fast weights), and one outer step of SGD on a quadratic, with numbers",
    "https://arxiv.org/abs/1907.08610 (notation compared with paperswithcode.com's page on Lookahead and fmin.xyz's summary)",
    "the paper's notation (phi_t slow weights, theta_{t,i} fast weights, alpha, k, A); the two-step unrolling, the quadratic and the numbers are added as readers work them out", r"""
# The slow weights of Lookahead

Lookahead maintains a set of slow weights $\phi$ and fast weights $\theta$. The fast weights start from $\theta_{t,0} = \phi_{t-1}$ and are updated $k$ times by the inner optimizer $A$, $\theta_{t,i} = \theta_{t,i-1} + A(L, \theta_{t,i-1}, d)$; then the slow weights take one step towards them,

$$\phi_t = \phi_{t-1} + \alpha (\theta_{t,k} - \phi_{t-1}) = (1 - \alpha) \phi_{t-1} + \alpha \theta_{t,k}$$

so the slow weights are an exponential moving average of the final fast weights of each inner loop. After two outer steps,

$$(1 - \alpha) \left( (1 - \alpha) \phi_0 + \alpha \theta_{1,k} \right) + \alpha \theta_{2,k} = \alpha \theta_{2,k} + \alpha (1 - \alpha) \theta_{1,k} + (1 - \alpha)^2 \phi_0$$

On the quadratic $L(\theta) = \frac{a}{2} \theta^2$ with SGD at learning rate $\gamma$ as the inner optimizer, each inner step multiplies the weight by $1 - \gamma a$, so $\theta_{t,k} = (1 - \gamma a)^k \phi_{t-1}$ and one outer step multiplies the slow weight by

$$1 - \alpha + \alpha (1 - \gamma a)^k$$

With $\alpha = 0.5$, $k = 5$ and $\gamma a = 0.5$ this factor is

$$1 - 0.5 + 0.5 \cdot 0.5^5 = 0.515625$$

against $0.5^5 = 0.03125$ for the five SGD steps alone. Where the inner loop oscillates, $\gamma a = 1.9$,

$$0.5 + 0.5 \cdot (-0.9)^5 = 0.204755$$

against $|(-0.9)^5| = 0.59049$: the interpolation damps the oscillation.
""", r"\alpha (1 - \alpha) \theta_{1,k} + (1 - \alpha)^2 \phi_0$$", r"\alpha (1 - \alpha) \theta_{1,k} + (1 - \alpha) \phi_0$$",
    "expansion: the factor (1 - alpha) of the outer step not applied twice to phi_0")

add("feng-wing-loss-derivative",
    "Feng, Kittler, Awais, Huber and Wu, Wing Loss for Robust Facial Landmark Localisation with Convolutional Neural Networks (CVPR 2018), 4.2 Wing loss (eq. (5) and the constant C that joins the two pieces), its derivative and values at w = 10, epsilon = 2",
    "https://arxiv.org/abs/1711.06753 (the definition as in a reader's copy stored with nvidia/Nemotron-CC-Math-v1 and the paper's abstract at paperswithcode.com)",
    "the paper's notation (wing(x), w, epsilon, C, ln); the continuity check, the derivative and the numbers are added as readers work them out", r"""
# The Wing loss

To amplify the impact of small and medium errors, the Wing loss switches from the $L1$ loss to a modified logarithm function in the interval $(-w, w)$:

$$\mathrm{wing}(x) = \begin{cases} w \ln(1 + |x| / \epsilon) & \text{if } |x| < w \\ |x| - C & \text{otherwise} \end{cases} \tag{5}$$

where the non-negative $w$ sets the range of the non-linear part to $(-w, w)$, $\epsilon$ limits the curvature of the non-linear region and $C = w - w \ln(1 + w / \epsilon)$ is a constant that smoothly links the piecewise-defined linear and non-linear parts. Indeed, at $|x| = w$ the linear part gives

$$w - C = w - \left(w - w \ln(1 + w / \epsilon)\right) = w \ln(1 + w / \epsilon)$$

the value of the logarithmic part. For $0 < x < w$ the derivative is

$$\frac{d}{dx} w \ln\left(1 + \frac{x}{\epsilon}\right) = \frac{w}{\epsilon} \cdot \frac{1}{1 + \frac{x}{\epsilon}} = \frac{w}{\epsilon + x}$$

which is $\frac{w}{\epsilon}$ near zero, much larger than the slope 1 of the $L1$ loss. With $w = 10$ and $\epsilon = 2$,

$$C = 10 - 10 \ln 6 \approx -7.9176$$

an error $x = 1$ costs

$$10 \ln(1 + 1/2) \approx 4.0547$$

and its gradient is $\frac{10}{3}$, while at the edge $x = w$ the gradient of the logarithmic part is

$$\frac{10}{2 + 10} \approx 0.8333$$

against the slope 1 of the linear part: the loss is continuous but its derivative jumps there.
""", r"= \frac{w}{\epsilon} \cdot \frac{1}{1 + \frac{x}{\epsilon}} = \frac{w}{\epsilon + x}$$", r"= w \cdot \frac{1}{1 + \frac{x}{\epsilon}} = \frac{w}{\epsilon + x}$$",
    "chain rule: the inner derivative 1/epsilon of ln(1 + x/epsilon) dropped")
