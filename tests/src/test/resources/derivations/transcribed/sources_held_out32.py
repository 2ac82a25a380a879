# A thirty-second held-out set (issue 12, branch held32): eight passages the corpus did not hold
# before and that the checker had never been run on, transcribed from published texts in their own
# notation (LaTeX in Markdown): Zaheer, Reddi, Sachan, Kale and Kumar's Yogi (the additive, sign-based
# second moment against Adam's, two steps), Luo, Xiong, Liu and Sun's AdaBound (the dynamic bounds
# on the step size and the clipping, with numbers), You, Gitman and Ginsburg's LARS (the layer-wise
# trust ratio, with weight decay, for one layer of two weights), Krizhevsky, Sutskever and Hinton's
# local response normalization (AlexNet 3.3: three channels at one position, and the derivative of a
# single normalized channel), Carlile, Delamarter, Kinney, Marti and Whitney's ISRU / ISRLU (its
# derivative, its bound, with numbers), Zhang and Sabuncu's generalized cross entropy L_q (its
# gradient as the cross-entropy gradient weighted by f^q, with numbers), Zou and Hastie's naive
# elastic net for an orthonormal design (one coordinate, the rescaling), and Katharopoulos, Vyas,
# Pappas and Fleuret's linear attention (the kernel form with phi(x) = elu(x) + 1 and its recurrent
# form, one-dimensional keys, with numbers). The notation of each was compared with stored pages
# found by search (junaidaliop.github.io's pages on Yogi, AdaBound and LARS; nnabla's and brainpy's
# documentation of LARS; chainer's and TensorFlow's documentation of local_response_normalization
# and singsongallalong.github.io's note on AlexNet's formula; gabormelli.com's ISRU and ISRLU pages
# (the Wikipedia table of activation functions); sciencestack.ai's page on arXiv 1805.07836;
# howistudyai.com's elastic net page (lambda_1, lambda_2); nathan01.vercel.app's walkthrough of
# arXiv 2006.16236 and robotsatlas.com's linear attention page). The elastic net's orthonormal-design
# formula was found by no search and is transcribed as recalled. The worked numbers are added as
# readers work them out. Each broken file has one planted error of a kind students make. Every number
# and identity was checked in Python. Read by make_transcribed.py after sources_user44.py.

add("zaheer-yogi-additive-second-moment",
    "Zaheer, Reddi, Sachan, Kale and Kumar, Adaptive Methods for Nonconvex Optimization (NeurIPS 2018), 3 Yogi (Algorithm 2: v_t = v_{t-1} - (1 - beta_2) sign(v_{t-1} - g_t^2) g_t^2) against Adam's multiplicative update, two steps on one coordinate, with numbers",
    "https://papers.nips.cc/paper_files/paper/2018/hash/90365351ccc7437a1309dc64e4db32a3-Abstract.html (notation compared with junaidaliop.github.io's page on Yogi)",
    "the paper's notation (g_t, m_t, v_t, beta_1, beta_2, sign); the rewriting of Adam's update, the two steps and the numbers are added as readers work them out", r"""
# Yogi: an additive second moment

Adam updates its second moment multiplicatively, $v_t = \beta_2 v_{t-1} + (1 - \beta_2) g_t^2$, so that the change in one step is

$$v_t - v_{t-1} = (\beta_2 - 1) v_{t-1} + (1 - \beta_2) g_t^2 = -(1 - \beta_2)(v_{t-1} - g_t^2)$$

and depends on $v_{t-1}$: when the gradients are sparse, $v_t$ can shrink fast and the effective learning rate $\eta / \sqrt{v_t}$ can blow up. Yogi keeps the sign of that change but not its size:

$$v_t = v_{t-1} - (1 - \beta_2) \, \mathrm{sign}(v_{t-1} - g_t^2) \, g_t^2$$

so $v_t$ moves by $(1 - \beta_2) g_t^2$ whatever its current value. Take $\beta_2 = 0.9$, $v_0 = 1$ and $g_1 = 0.5$. Since $v_0 > g_1^2$, the sign is $+1$ and

$$v_1 = 1 - 0.1 \cdot 0.25 = 0.975$$

while Adam would give $0.9 \cdot 1 + 0.1 \cdot 0.25 = 0.925$. A large gradient $g_2 = 2$ follows. Now $v_1 < g_2^2$, the sign is $-1$ and

$$v_2 = 0.975 + 0.1 \cdot 4 = 1.375$$

against Adam's

$$0.9 \cdot 0.925 + 0.1 \cdot 4 = 1.2325$$
""", r"= -(1 - \beta_2)(v_{t-1} - g_t^2)$$", r"= -(1 - \beta_2)(g_t^2 - v_{t-1})$$",
    "sign slip: the factor v_{t-1} - g_t^2 written the other way round")

add("luo-adabound-dynamic-bounds",
    "Luo, Xiong, Liu and Sun, Adaptive Gradient Methods with Dynamic Bound of Learning Rate (ICLR 2019), 4 Methods (Algorithm 2, AdaBound: eta_hat_t = Clip(alpha / sqrt(V_t), eta_l(t), eta_u(t))) and 5 Experiments (the bounds eta_l(t) = 0.1 - 0.1/((1 - beta_2) t + 1), eta_u(t) = 0.1 + 0.1/((1 - beta_2) t)), with numbers",
    "https://arxiv.org/abs/1902.09843 (notation compared with junaidaliop.github.io's page on AdaBound and the AMSBound glossary pages of vietanh.dev)",
    "the paper's notation (alpha, beta_2, eta_l(t), eta_u(t), Clip, V_t); the derivative of the lower bound and the numbers are added as readers work them out", r"""
# AdaBound: dynamic bounds on the step size

AdaBound clips Adam's per-coordinate step size $\alpha / \sqrt{V_t}$ between a lower bound $\eta_l(t)$ and an upper bound $\eta_u(t)$, which start at $0$ and $\infty$ and both converge to the final SGD step size $0.1$:

$$\eta_l(t) = 0.1 - \frac{0.1}{(1 - \beta_2) t + 1}, \qquad \eta_u(t) = 0.1 + \frac{0.1}{(1 - \beta_2) t}$$

The lower bound rises monotonically, since

$$\frac{d}{dt}\left(0.1 - \frac{0.1}{(1 - \beta_2) t + 1}\right) = \frac{0.1 (1 - \beta_2)}{((1 - \beta_2) t + 1)^2}$$

is positive. With $\beta_2 = 0.999$, after $t = 1000$ steps $(1 - \beta_2) t = 1$, so

$$\eta_l(1000) = 0.1 - \frac{0.1}{1 + 1} = 0.05$$

$$\eta_u(1000) = 0.1 + \frac{0.1}{1} = 0.2$$

With $\alpha = 0.001$, a coordinate with $V_t = 10^{-6}$ would take Adam's step size

$$\frac{0.001}{\sqrt{10^{-6}}} = 1$$

which is clipped down to $0.2$, while a coordinate with $V_t = 0.01$ would take $\frac{0.001}{\sqrt{0.01}} = 0.01$, which is raised to $0.05$.
""", r"\right) = \frac{0.1 (1 - \beta_2)}{((1 - \beta_2) t + 1)^2}$$", r"\right) = \frac{0.1}{((1 - \beta_2) t + 1)^2}$$",
    "chain rule: the inner derivative 1 - beta_2 dropped")

add("you-lars-trust-ratio",
    "You, Gitman and Ginsburg, Large Batch Training of Convolutional Networks (arXiv 2017), 3 Layer-wise Adaptive Rate Scaling (eq. (6): the local learning rate lambda^l = eta ||w^l|| / (||nabla L(w^l)|| + beta ||w^l||), and the update Delta w^l_t = gamma lambda^l (nabla L(w^l_t) + beta w^l_t)), one layer of two weights, with numbers",
    "https://arxiv.org/abs/1708.03888 (notation compared with junaidaliop.github.io's page on LARS and the documentation of nnabla's Lars solver)",
    "the paper's notation (w^l, lambda^l, eta, beta, gamma, nabla L(w^l)); the layer of two weights, the parallel gradient and the numbers are added as readers work them out", r"""
# LARS: the layer-wise trust ratio

For large batches, LARS gives each layer $l$ its own local learning rate

$$\lambda^l = \eta \times \frac{\| w^l \|}{\| \nabla L(w^l) \| + \beta \| w^l \|}$$

where $\eta < 1$ is the trust coefficient and $\beta$ the weight decay, and updates $\Delta w^l_t = \gamma \, \lambda^l \, (\nabla L(w^l_t) + \beta w^l_t)$ with the global learning rate $\gamma$. Take one layer with $w^l = (3, 4)$, the gradient $\nabla L(w^l) = (0.6, 0.8)$, $\eta = 0.001$, $\beta = 0.0005$ and $\gamma = 2$. Then

$$\| w^l \| = \sqrt{3^2 + 4^2} = 5$$

$$\| \nabla L(w^l) \| = \sqrt{0.6^2 + 0.8^2} = 1$$

and the local learning rate is

$$\lambda^l = 0.001 \times \frac{5}{1 + 0.0005 \times 5} \approx 0.0049875$$

The gradient points along the weights, $\nabla L(w^l) + \beta w^l = 0.2005 \, w^l$, so its norm is $1.0025$ and the step has the norm

$$\gamma \lambda^l \times 1.0025 = 2 \times 0.001 \times 5 = 0.01$$

that is $\gamma \eta$ times $\| w^l \|$, whatever the size of the gradient.
""", r"\frac{5}{1 + 0.0005 \times 5} \approx 0.0049875$$", r"\frac{5}{1 + 0.0005 \times 5} \approx 0.0049975$$",
    "weight decay: beta ||w^l|| taken as beta, giving 0.005 / 1.0005")

add("krizhevsky-alexnet-local-response-normalization",
    "Krizhevsky, Sutskever and Hinton, ImageNet Classification with Deep Convolutional Neural Networks (NIPS 2012), 3.3 Local Response Normalization (b^i_{x,y} = a^i_{x,y} / (k + alpha sum_j (a^j_{x,y})^2)^beta with k = 2, n = 5, alpha = 10^{-4}, beta = 0.75), three channels at one position and the derivative of one channel, with numbers",
    "https://papers.nips.cc/paper/2012/hash/c399862d3b9d6b76c8436e924a68c45b-Abstract.html (notation compared with singsongallalong.github.io's note on AlexNet's formula and the documentation of chainer's and TensorFlow's local_response_normalization)",
    "the paper's notation (a^i_{x,y}, b^i_{x,y}, k, n, N, alpha, beta); the three channels, the single-channel derivative and the numbers are added as readers work them out", r"""
# Local response normalization

AlexNet normalizes the activity $a^i_{x,y}$ of kernel $i$ at position $(x, y)$ by the activities of the $n$ adjacent kernels at the same position:

$$b^i_{x,y} = a^i_{x,y} \Big/ \left(k + \alpha \sum_{j = \max(0, i - n/2)}^{\min(N - 1, i + n/2)} (a^j_{x,y})^2\right)^{\beta}$$

with $k = 2$, $n = 5$, $\alpha = 10^{-4}$ and $\beta = 0.75$. Take $N = 3$ kernels with the activities $10$, $20$ and $30$ at one position; all three lie in the window of the middle one, and

$$k + \alpha \sum_j (a^j_{x,y})^2 = 2 + 10^{-4} \cdot (100 + 400 + 900) = 2.14$$

so the middle activity becomes

$$b^1_{x,y} = \frac{20}{2.14^{0.75}} \approx 11.304$$

For a single channel the response is $b = a / (k + \alpha a^2)^{\beta}$, and by the quotient rule

$$\frac{d}{da} \frac{a}{(k + \alpha a^2)^{\beta}} = \frac{k + \alpha (1 - 2\beta) a^2}{(k + \alpha a^2)^{\beta + 1}}$$

which with $\beta = 0.75$ changes sign at $a^2 = 2k / \alpha$: beyond it a larger activity gives a smaller response. At $a = 100$,

$$\frac{100}{(2 + 10^{-4} \cdot 100^2)^{0.75}} = \frac{100}{3^{0.75}} \approx 43.869$$

and the slope is

$$\frac{2 - 0.5 \cdot 10^{-4} \cdot 100^2}{3^{1.75}} \approx 0.2193$$
""", r"= \frac{k + \alpha (1 - 2\beta) a^2}{(k + \alpha a^2)^{\beta + 1}}$$", r"= \frac{k + \alpha (1 - \beta) a^2}{(k + \alpha a^2)^{\beta + 1}}$$",
    "chain rule: the 2 of the derivative of a^2 dropped")

add("carlile-isru-isrlu-derivative",
    "Carlile, Delamarter, Kinney, Marti and Whitney, Improving Deep Learning by Inverse Square Root Linear Units (ISRLUs) (arXiv 2017), 2 (ISRU: f(x) = x / sqrt(1 + alpha x^2); ISRLU: the same for x < 0 and x for x >= 0; the derivative (1 / sqrt(1 + alpha x^2))^3), its bound, with numbers",
    "https://arxiv.org/abs/1710.09967 (notation compared with gabormelli.com's ISRU and ISRLU pages, which copy the Wikipedia table of activation functions)",
    "the paper's notation (f(x), alpha); the quotient-rule steps, the bound and the numbers are added as readers work them out", r"""
# ISRU and ISRLU

The inverse square root unit

$$f(x) = \frac{x}{\sqrt{1 + \alpha x^2}}$$

is a sigmoid-shaped function with the range $\left(-\frac{1}{\sqrt{\alpha}}, \frac{1}{\sqrt{\alpha}}\right)$; ISRLU uses it for $x < 0$ and the identity for $x \geq 0$, like ELU but without an exponential. By the quotient rule

$$\frac{d}{dx} \frac{x}{\sqrt{1 + \alpha x^2}} = \frac{\sqrt{1 + \alpha x^2} - \frac{\alpha x^2}{\sqrt{1 + \alpha x^2}}}{1 + \alpha x^2} = \left(\frac{1}{\sqrt{1 + \alpha x^2}}\right)^3$$

which is $1$ at $x = 0$, so that ISRLU has a continuous first derivative there, and tends to $0$ as $x \to -\infty$. With $\alpha = 3$ at $x = -1$,

$$f(-1) = \frac{-1}{\sqrt{1 + 3}} = -0.5$$

and the slope is

$$\left(\frac{1}{\sqrt{4}}\right)^3 = \frac{1}{8}$$

With $\alpha = 1$, $f(-3) = -\frac{3}{\sqrt{10}} \approx -0.9487$, close to the bound $-1$.
""", r"$$\left(\frac{1}{\sqrt{4}}\right)^3 = \frac{1}{8}$$", r"$$\left(\frac{1}{\sqrt{4}}\right)^3 = \frac{1}{4}$$",
    "exponent slip: the cube taken as a square")

add("zhang-sabuncu-generalized-cross-entropy",
    "Zhang and Sabuncu, Generalized Cross Entropy Loss for Training Deep Neural Networks with Noisy Labels (NeurIPS 2018), 3.2 L_q Loss for Classification (eq. (6): L_q(f(x), e_j) = (1 - f_j(x)^q) / q, its gradient (eq. (7)) and its limits q -> 0 (cross entropy) and q = 1 (MAE)), with numbers",
    "https://arxiv.org/abs/1805.07836 (notation compared with sciencestack.ai's page on the paper)",
    "the paper's notation (L_q, f_j(x), e_j, q); the derivative in the probability p = f_j(x) and the numbers are added as readers work them out", r"""
# The generalized cross entropy $\mathcal{L}_q$

For a network whose softmax output for the labelled class $j$ is $f_j(\boldsymbol{x})$, the $\mathcal{L}_q$ loss is

$$\mathcal{L}_q(f(\boldsymbol{x}), \boldsymbol{e}_j) = \frac{1 - f_j(\boldsymbol{x})^q}{q}$$

with $q \in (0, 1]$. By L'Hôpital's rule it tends to the cross entropy $-\log f_j(\boldsymbol{x})$ as $q \to 0$, and at $q = 1$ it is $1 - f_j(\boldsymbol{x})$, the mean absolute error up to a factor. Writing $p = f_j(\boldsymbol{x})$,

$$\frac{d}{dp} \frac{1 - p^q}{q} = -p^{q - 1} = p^q \cdot \left(-\frac{1}{p}\right)$$

so the gradient of $\mathcal{L}_q$ is the gradient of the cross entropy weighted by $f_j(\boldsymbol{x})^q$: samples the network finds unlikely, often the mislabelled ones, weigh less than under the cross entropy. With $q = 0.7$ and $p = 0.25$,

$$\frac{1 - 0.25^{0.7}}{0.7} \approx 0.8872$$

against the cross entropy $-\log 0.25 \approx 1.3863$, and the weight is

$$0.25^{0.7} \approx 0.3789$$

while a confident prediction $p = 0.9$ keeps the weight $0.9^{0.7} \approx 0.9289$.
""", r"= -p^{q - 1} = p^q \cdot \left(-\frac{1}{p}\right)$$", r"= -q p^{q - 1} = p^q \cdot \left(-\frac{1}{p}\right)$$",
    "the factor q of the derivative of p^q kept after dividing by q")

add("zou-hastie-naive-elastic-net-orthonormal",
    "Zou and Hastie, Regularization and Variable Selection via the Elastic Net (JRSS B 2005), 2.2 (the naive elastic net criterion |y - X beta|^2 + lambda_2 |beta|^2 + lambda_1 |beta|_1) and 3.2 (the orthogonal design: beta_hat_i = (|beta_hat_i(ols)| - lambda_1/2)_+ sgn(beta_hat_i(ols)) / (1 + lambda_2), and the rescaling by 1 + lambda_2), one coordinate, with numbers",
    "https://doi.org/10.1111/j.1467-9868.2005.00503.x (the parametrisation lambda_1, lambda_2 as on howistudyai.com's elastic net page; the orthogonal-design formula as recalled)",
    "the paper's notation (lambda_1, lambda_2, beta_hat(ols), naive elastic net); the one-coordinate derivative, with z for beta_hat(ols), and the numbers are added as readers work them out", r"""
# The naive elastic net for an orthonormal design

With $\mathbf{X}^T \mathbf{X} = \mathbf{I}$ the naive elastic net criterion $|\mathbf{y} - \mathbf{X}\beta|^2 + \lambda_2 |\beta|^2 + \lambda_1 |\beta|_1$ separates into one problem per coordinate: minimize $(\beta - z)^2 + \lambda_2 \beta^2 + \lambda_1 |\beta|$, where $z = \hat{\beta}(\mathrm{ols})$ is the least squares estimate. For $\beta > 0$,

$$\frac{d}{d\beta}\left[(\beta - z)^2 + \lambda_2 \beta^2 + \lambda_1 \beta\right] = 2(\beta - z) + 2\lambda_2 \beta + \lambda_1$$

which vanishes at

$$\hat{\beta} = \frac{z - \lambda_1 / 2}{1 + \lambda_2}$$

when $z > \lambda_1 / 2$; with the other cases, $\hat{\beta} = (|z| - \lambda_1/2)_+ \, \mathrm{sgn}(z) / (1 + \lambda_2)$, a lasso shrinkage followed by a ridge shrinkage. Take $z = 2$, $\lambda_1 = 1$ and $\lambda_2 = 0.25$. Then

$$\hat{\beta} = \frac{2 - 0.5}{1 + 0.25} = 1.2$$

which is shrunk twice: ridge alone gives $\frac{2}{1.25} = 1.6$ and the lasso alone $1.5$. The elastic net undoes the second shrinkage by rescaling:

$$(1 + 0.25) \cdot 1.2 = 1.5$$

which is the lasso estimate in the orthonormal case.
""", r"= 2(\beta - z) + 2\lambda_2 \beta + \lambda_1$$", r"= 2(\beta - z) + \lambda_2 \beta + \lambda_1$$",
    "power rule: the derivative of lambda_2 beta^2 taken as lambda_2 beta")

add("katharopoulos-linear-attention-elu-feature-map",
    "Katharopoulos, Vyas, Pappas and Fleuret, Transformers are RNNs: Fast Autoregressive Transformers with Linear Attention (ICML 2020), 3.2 Linearized attention (eqs. (2)-(5): V'_i = sum_j sim(Q_i, K_j) V_j / sum_j sim(Q_i, K_j), sim(q, k) = phi(q)^T phi(k), phi(x) = elu(x) + 1) and 3.4 the recurrent form (S_i, Z_i), one-dimensional keys, with numbers",
    "https://arxiv.org/abs/2006.16236 (notation compared with nathan01.vercel.app's walkthrough of the paper and robotsatlas.com's page on linear attention)",
    "the paper's notation (Q_i, K_j, V_j, V'_i, phi, elu, S_i, Z_i); the one-dimensional example and the numbers are added as readers work them out", r"""
# Linear attention with the feature map $\mathrm{elu}(x) + 1$

Attention computes, for each query, a weighted average of the values,

$$V'_i = \frac{\sum_{j=1}^{N} \mathrm{sim}(Q_i, K_j) V_j}{\sum_{j=1}^{N} \mathrm{sim}(Q_i, K_j)}$$

and softmax attention takes $\mathrm{sim}(q, k) = \exp(q^T k / \sqrt{D})$. With a kernel $\mathrm{sim}(q, k) = \phi(q)^T \phi(k)$ the sums over $j$ no longer depend on $i$ and can be computed once, in time linear in $N$:

$$V'_i = \frac{\phi(Q_i)^T \sum_{j=1}^{N} \phi(K_j) V_j^T}{\phi(Q_i)^T \sum_{j=1}^{N} \phi(K_j)}$$

The paper takes $\phi(x) = \mathrm{elu}(x) + 1$, which is positive, where $\mathrm{elu}(x) = x$ for $x > 0$ and $e^x - 1$ for $x \leq 0$. Take one-dimensional keys $K = (0, -1, 2)$ and values $V = (1, 2, 3)$. The features are $\phi(0) = 1$, $\phi(2) = 3$ and

$$\phi(-1) = \mathrm{elu}(-1) + 1 = e^{-1} - 1 + 1 = e^{-1} \approx 0.3679$$

In one dimension $\phi(Q_i)$ cancels, and every query gets

$$V'_i = \frac{1 \cdot 1 + 0.3679 \cdot 2 + 3 \cdot 3}{1 + 0.3679 + 3} \approx 2.4579$$

For causal attention the sums are kept as a state, $S_i = S_{i-1} + \phi(K_i) V_i^T$ and $Z_i = Z_{i-1} + \phi(K_i)$, as in an RNN: after two keys $S_2 = 1 + 2e^{-1}$ and $Z_2 = 1 + e^{-1}$, so the second output is

$$\frac{1 + 2e^{-1}}{1 + e^{-1}} \approx 1.2689$$
""", r"= e^{-1} - 1 + 1 = e^{-1} \approx 0.3679$$", r"= e^{1} - 1 + 1 = e^{1} \approx 2.7183$$",
    "sign slip: elu(-1) taken as e^1 - 1")
