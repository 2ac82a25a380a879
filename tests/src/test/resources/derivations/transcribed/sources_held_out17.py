# A seventeenth held-out set (issue 12, branch held17): twelve passages the corpus did not hold
# before and that the checker had never been run on: Ng's sparse autoencoder penalty and its
# derivative (CS294A notes, section 3), Murphy's Poisson regression (PML1, 12.4), Sutton and
# Barto's TD error and the Monte Carlo error as a sum of TD errors (6.1, eq. (6.6)), Wen et al.'s
# center loss (ECCV 2016, eqs. (2)-(4)), the RBM free energy and its gradient (Deep Learning
# Tutorials, rbm; Hinton's practical guide), Bishop's mixture density network (PRML 5.6), Rong's
# one-word-context word2vec (2014, eqs. (6)-(11)), WGAN-GP's gradient penalty (Gulrajani et al.
# 2017, eq. (3)), NormFace's L2 normalisation Jacobian (Wang et al. 2017), and three typed the
# way new users type: a phone's Unicode (Q-learning, Sutton and Barto 6.5), plain ASCII (softsign, Glorot and Bengio 2010) and engine syntax diff(...)
# (the non-saturating GAN generator loss, Goodfellow et al. 2014, section 3). Where no stored
# copy was found the passage is written from the source as recalled, and its header says so.
# Read by make_transcribed.py after sources_held_out16.py.

add("ng-sparse-autoencoder-kl-penalty",
    "Ng, CS294A Lecture notes: Sparse autoencoder, section 3 Autoencoders and sparsity (the average activation rho-hat, the KL sparsity penalty, its derivative and the modified delta of the hidden layer), with numbers",
    "https://web.stanford.edu/class/cs294a/sparseAutoencoder.pdf",
    "the notes' displays in their notation (rho, rho-hat_j, s_2, beta, delta^(2)_i); the derivative of one KL term is written out as readers' notes do; the numbers are added", r"""
# Sparse autoencoder: the sparsity penalty and its derivative

Let $\hat\rho_j = \frac{1}{m} \sum_{i=1}^m \left[ a^{(2)}_j(x^{(i)}) \right]$ be the average activation of hidden unit $j$ (averaged over the training set). We would like to (approximately) enforce the constraint $\hat\rho_j = \rho$, where $\rho$ is a sparsity parameter, typically a small value close to zero (say $\rho = 0.05$).

To achieve this, we add an extra penalty term to our optimization objective:

$$\sum_{j=1}^{s_2} \mathrm{KL}(\rho \| \hat\rho_j) = \sum_{j=1}^{s_2} \rho \log \frac{\rho}{\hat\rho_j} + (1 - \rho) \log \frac{1 - \rho}{1 - \hat\rho_j}$$

This penalty function has the property that $\mathrm{KL}(\rho \| \hat\rho_j) = 0$ if $\hat\rho_j = \rho$, and otherwise it increases monotonically as $\hat\rho_j$ diverges from $\rho$. Our overall cost function is now $J_{\text{sparse}}(W, b) = J(W, b) + \beta \sum_{j=1}^{s_2} \mathrm{KL}(\rho \| \hat\rho_j)$.

Differentiating one term with respect to $\hat\rho_j$:

$$\frac{\partial}{\partial \hat\rho_j} \left( \rho \log \frac{\rho}{\hat\rho_j} + (1 - \rho) \log \frac{1 - \rho}{1 - \hat\rho_j} \right) = -\frac{\rho}{\hat\rho_j} + \frac{1 - \rho}{1 - \hat\rho_j}$$

so in the second layer, instead of $\delta^{(2)}_i = \left( \sum_{j=1}^{s_3} W^{(2)}_{ji} \delta^{(3)}_j \right) f'(z^{(2)}_i)$, we now compute

$$\delta^{(2)}_i = \left( \left( \sum_{j=1}^{s_3} W^{(2)}_{ji} \delta^{(3)}_j \right) + \beta \left( -\frac{\rho}{\hat\rho_i} + \frac{1 - \rho}{1 - \hat\rho_i} \right) \right) f'(z^{(2)}_i)$$

For example, with $\rho = 0.05$ and $\hat\rho_j = 0.1$ the derivative is

$$-\frac{0.05}{0.1} + \frac{0.95}{0.9} = -0.5 + 1.05556 = 0.55556$$

and the penalty is $\mathrm{KL}(0.05 \| 0.1) = 0.05 \log 0.5 + 0.95 \log \frac{0.95}{0.9} \approx 0.01671$.
""", r"= -\frac{\rho}{\hat\rho_j} + \frac{1 - \rho}{1 - \hat\rho_j}$$", r"= -\frac{\rho}{\hat\rho_j} - \frac{1 - \rho}{1 - \hat\rho_j}$$",
    "sign slip: the derivative of (1 - rho) log((1 - rho)/(1 - rho-hat)) written with a minus")

add("murphy-pml-poisson-regression",
    "Murphy, Probabilistic Machine Learning: An Introduction (2022), 12.4 Poisson regression (the NLL of a log-linear Poisson model, its gradient and Hessian), with one feature, two examples and one Newton step in numbers",
    "https://probml.github.io/pml-book/book1.html",
    "the book's notation (eta_n, mu_n, Poi(y|mu)); the derivative of one term and the example are written out as an exercise; the numbers are added", r"""
# Poisson regression

If the response variable is a count, we can use a Poisson regression model $p(y|\mathbf{x}, \mathbf{w}) = \mathrm{Poi}(y | \exp(\mathbf{w}^\top \mathbf{x}))$, where $\mathrm{Poi}(y|\mu) = e^{-\mu} \frac{\mu^y}{y!}$. With $\eta_n = \mathbf{w}^\top \mathbf{x}_n$ and $\mu_n = \exp(\eta_n)$ the negative log likelihood is

$$\mathrm{NLL}(\mathbf{w}) = -\sum_{n=1}^N \log p(y_n | \mathbf{x}_n, \mathbf{w}) = -\sum_{n=1}^N \left[ y_n \eta_n - \exp(\eta_n) - \log(y_n!) \right]$$

The term of one example differentiates as

$$\frac{\partial}{\partial \eta_n} \left[ \exp(\eta_n) - y_n \eta_n \right] = \exp(\eta_n) - y_n = \mu_n - y_n$$

so, by the chain rule with $\frac{\partial \eta_n}{\partial \mathbf{w}} = \mathbf{x}_n$, the gradient and the Hessian are

$$\nabla_{\mathbf{w}} \mathrm{NLL}(\mathbf{w}) = \sum_{n=1}^N (\mu_n - y_n) \mathbf{x}_n$$

$$\mathbf{H} = \sum_{n=1}^N \mu_n \mathbf{x}_n \mathbf{x}_n^\top$$

which is positive definite when the $\mathbf{x}_n$ span the space, since $\mu_n > 0$; so the NLL is convex and Newton's method applies.

One feature and two examples, $(x_1, y_1) = (1, 2)$ and $(x_2, y_2) = (2, 1)$, at $w = 0$, where $\mu_1 = \mu_2 = 1$:

$$\frac{d\,\mathrm{NLL}}{dw} = (1 - 2) \cdot 1 + (1 - 1) \cdot 2 = -1$$

$$H = 1 \cdot 1^2 + 1 \cdot 2^2 = 5$$

and one Newton step gives $w = 0 - \frac{-1}{5} = 0.2$.
""", r"= \exp(\eta_n) - y_n = \mu_n - y_n", r"= y_n - \exp(\eta_n) = y_n - \mu_n",
    "sign slip: the derivative of exp(eta) - y eta written y - exp(eta)")

add("sutton-barto-td-error-sum",
    "Sutton and Barto, Reinforcement Learning: An Introduction (2nd ed.), 6.1 TD Prediction, the TD(0) update (6.2), the TD error (6.5) and the Monte Carlo error as a sum of TD errors (6.6), with one update in numbers",
    "http://incompleteideas.net/book/the-book-2nd.html",
    "the book's displays in its notation (V, S_t, R_{t+1}, G_t, delta_t); the numbers are added", r"""
# TD(0) and the Monte Carlo error as a sum of TD errors

The simplest TD method makes the update

$$V(S_t) \leftarrow V(S_t) + \alpha \left[ R_{t+1} + \gamma V(S_{t+1}) - V(S_t) \right]$$

immediately on transition to $S_{t+1}$ and receiving $R_{t+1}$. The quantity in brackets is a sort of error, called the TD error:

$$\delta_t \doteq R_{t+1} + \gamma V(S_{t+1}) - V(S_t)$$

If the array $V$ does not change during the episode, the Monte Carlo error can be written as a sum of TD errors, using $G_t = R_{t+1} + \gamma G_{t+1}$:

$$G_t - V(S_t) = R_{t+1} + \gamma G_{t+1} - V(S_t) + \gamma V(S_{t+1}) - \gamma V(S_{t+1})$$

$$= \delta_t + \gamma \left( G_{t+1} - V(S_{t+1}) \right)$$

$$= \delta_t + \gamma \delta_{t+1} + \gamma^2 \left( G_{t+2} - V(S_{t+2}) \right)$$

$$= \sum_{k=t}^{T-1} \gamma^{k-t} \delta_k$$

For example, with $\alpha = 0.1$, $\gamma = 0.9$, $V(S_t) = 0.5$, $R_{t+1} = 1$ and $V(S_{t+1}) = 0.4$:

$$\delta_t = 1 + 0.9 \cdot 0.4 - 0.5 = 0.86$$

$$V(S_t) \leftarrow 0.5 + 0.1 \cdot 0.86 = 0.586$$
""", r"\delta_t = 1 + 0.9 \cdot 0.4 - 0.5 = 0.86", r"\delta_t = 1 + 0.9 \cdot 0.4 + 0.5 = 0.86",
    "sign slip: V(S_t) added instead of subtracted in the TD error")

add("wen-center-loss",
    "Wen, Zhang, Li and Qiao, A Discriminative Feature Learning Approach for Deep Face Recognition (ECCV 2016), 3.2 The center loss, eqs. (2)-(4) (the center loss, its gradient and the update of the centers), with one-dimensional features in numbers",
    "http://ydwen.github.io/papers/WenECCV16.pdf",
    "the paper's displays in its notation (L_C, x_i, c_{y_i}, delta(condition), alpha); the one-dimensional example is added", r"""
# The center loss

The center loss function is formulated as

$$\mathcal{L}_C = \frac{1}{2} \sum_{i=1}^m \| \boldsymbol{x}_i - \boldsymbol{c}_{y_i} \|_2^2$$

where $\boldsymbol{c}_{y_i} \in \mathbb{R}^d$ denotes the $y_i$th class center of deep features. The gradients of $\mathcal{L}_C$ with respect to $\boldsymbol{x}_i$ and the update equation of $\boldsymbol{c}_{y_i}$ are computed as:

$$\frac{\partial \mathcal{L}_C}{\partial \boldsymbol{x}_i} = \boldsymbol{x}_i - \boldsymbol{c}_{y_i}$$

$$\Delta \boldsymbol{c}_j = \frac{\sum_{i=1}^m \delta(y_i = j) \cdot (\boldsymbol{c}_j - \boldsymbol{x}_i)}{1 + \sum_{i=1}^m \delta(y_i = j)}$$

where $\delta(condition) = 1$ if the condition is satisfied, and $\delta(condition) = 0$ if not. The centers are updated with a scalar $\alpha \in [0, 1]$: $\boldsymbol{c}_j^{t+1} = \boldsymbol{c}_j^t - \alpha \cdot \Delta \boldsymbol{c}_j^t$. The joint supervision is $\mathcal{L} = \mathcal{L}_S + \lambda \mathcal{L}_C$.

One-dimensional example: two features of class $j$, $x_1 = 1$ and $x_2 = 3$, with center $c_j = 0$:

$$\mathcal{L}_C = \frac{1}{2} \left( 1^2 + 3^2 \right) = 5$$

$$\frac{\partial \mathcal{L}_C}{\partial x_1} = 1 - 0 = 1$$

$$\Delta c_j = \frac{(0 - 1) + (0 - 3)}{1 + 2} = -\frac{4}{3}$$

and with $\alpha = 0.5$ the center moves to $c_j = 0 - 0.5 \cdot \left(-\frac{4}{3}\right) = \frac{2}{3}$, towards the features.
""", r"\frac{\partial \mathcal{L}_C}{\partial \boldsymbol{x}_i} = \boldsymbol{x}_i - \boldsymbol{c}_{y_i}", r"\frac{\partial \mathcal{L}_C}{\partial \boldsymbol{x}_i} = \boldsymbol{c}_{y_i} - \boldsymbol{x}_i",
    "sign slip: the gradient of the center loss written c - x")

add("rbm-free-energy-gradient",
    "Deep Learning Tutorials (LISA lab), Restricted Boltzmann Machines (RBM): the free energy of an RBM with binary hidden units and the gradient of the log-likelihood through it (cf. Hinton, A Practical Guide to Training Restricted Boltzmann Machines, 2010, eqs. (1)-(7)), with one visible and one hidden unit in numbers",
    "https://github.com/lisa-lab/DeepLearningTutorials/blob/master/doc/rbm.txt",
    "the tutorial's notation (b, c, W, sigm, F(v)); the derivative with respect to c_i is written out; the numbers are added", r"""
# RBM: the free energy and its gradient

The energy function of an RBM is $E(v, h) = -b'v - c'h - h'Wv$. With binary hidden units the hidden units can be summed out, and the free energy is

$$\mathcal{F}(v) = -b'v - \sum_i \log \sum_{h_i \in \{0, 1\}} e^{h_i (c_i + W_i v)} = -b'v - \sum_i \log\left(1 + e^{c_i + W_i v}\right)$$

The hidden units are conditionally independent given the visible units, with

$$P(h_i = 1 | v) = \mathrm{sigm}(c_i + W_i v)$$

The gradient of the negative log-likelihood has a positive and a negative phase:

$$-\frac{\partial \log p(v)}{\partial \theta} = \frac{\partial \mathcal{F}(v)}{\partial \theta} - \sum_{\tilde{v}} p(\tilde{v}) \frac{\partial \mathcal{F}(\tilde{v})}{\partial \theta}$$

and the derivatives of the free energy are

$$\frac{\partial \mathcal{F}(v)}{\partial c_i} = -\frac{e^{c_i + W_i v}}{1 + e^{c_i + W_i v}} = -\mathrm{sigm}(c_i + W_i v)$$

$$\frac{\partial \mathcal{F}(v)}{\partial W_{ij}} = -v_j \, \mathrm{sigm}(c_i + W_i v)$$

One visible and one hidden unit, $b = 0$, $c = 0$, $W = \log 3$ and $v = 1$: $e^{c + Wv} = 3$, so

$$\mathcal{F}(1) = -\log(1 + 3) = -\log 4 \approx -1.38629$$

$$\frac{\partial \mathcal{F}}{\partial c} = -\frac{3}{1 + 3} = -0.75$$
""", r"= -\frac{e^{c_i + W_i v}}{1 + e^{c_i + W_i v}} = -\mathrm{sigm}(c_i + W_i v)", r"= -\frac{1}{1 + e^{c_i + W_i v}} = -\mathrm{sigm}(c_i + W_i v)",
    "dropped factor: the numerator e^{c + Wv} of the log's derivative written 1")

add("bishop-prml-mixture-density-network",
    "Bishop, Pattern Recognition and Machine Learning (2006), 5.6 Mixture density networks, eqs. (5.150)-(5.157) (the softmax mixing coefficients, the error function, the posteriors gamma_nk and the derivatives with respect to the network outputs), with two components in numbers",
    "https://www.microsoft.com/en-us/research/publication/pattern-recognition-machine-learning/",
    "the book's notation (a^pi_k, a^mu_kl, a^sigma_k, gamma_nk, L the dimension of t); the two-component example is added", r"""
# Mixture density networks: derivatives of the error

The mixing coefficients are given by the softmax of the corresponding network outputs, and the variances by their exponentials:

$$\pi_k(\mathbf{x}) = \frac{\exp(a^{\pi}_k)}{\sum_{l=1}^K \exp(a^{\pi}_l)}$$

$$\sigma_k(\mathbf{x}) = \exp(a^{\sigma}_k)$$

The error function is the negative logarithm of the likelihood:

$$E(\mathbf{w}) = -\sum_{n=1}^N \ln \left\{ \sum_{k=1}^K \pi_k(\mathbf{x}_n, \mathbf{w}) \mathcal{N}\left(\mathbf{t}_n | \boldsymbol{\mu}_k(\mathbf{x}_n, \mathbf{w}), \sigma_k^2(\mathbf{x}_n, \mathbf{w})\right) \right\}$$

With the posteriors

$$\gamma_{nk} = \gamma_k(\mathbf{t}_n | \mathbf{x}_n) = \frac{\pi_k \mathcal{N}_{nk}}{\sum_{l=1}^K \pi_l \mathcal{N}_{nl}}$$

the derivatives with respect to the network output activations are

$$\frac{\partial E_n}{\partial a^{\pi}_k} = \pi_k - \gamma_{nk}$$

$$\frac{\partial E_n}{\partial a^{\mu}_{kl}} = \gamma_{nk} \left\{ \frac{\mu_{kl} - t_{nl}}{\sigma_k^2} \right\}$$

$$\frac{\partial E_n}{\partial a^{\sigma}_k} = \gamma_{nk} \left\{ L - \frac{\| \mathbf{t}_n - \boldsymbol{\mu}_k \|^2}{\sigma_k^2} \right\}$$

Two components in one dimension ($L = 1$), $\pi_1 = \pi_2 = 0.5$, $\mu_1 = 0$, $\mu_2 = 2$, $\sigma_1 = \sigma_2 = 1$ and a target $t = 0$:

$$\gamma_1 = \frac{0.5 e^{0}}{0.5 e^{0} + 0.5 e^{-2}} = \frac{1}{1 + e^{-2}} \approx 0.88080$$

$$\frac{\partial E}{\partial a^{\pi}_1} = 0.5 - 0.88080 = -0.38080$$

$$\frac{\partial E}{\partial a^{\mu}_2} = 0.11920 \cdot \frac{2 - 0}{1} = 0.23841$$
""", r"\frac{\partial E_n}{\partial a^{\pi}_k} = \pi_k - \gamma_{nk}", r"\frac{\partial E_n}{\partial a^{\pi}_k} = \gamma_{nk} - \pi_k",
    "sign slip: the derivative with respect to the mixing-coefficient activation written gamma - pi")

add("rong-word2vec-one-word-context",
    "Rong, word2vec Parameter Learning Explained (2014), 1.1 One-word context, eqs. (6)-(11) (the softmax over the vocabulary, the loss E = -log p(w_O|w_I), the prediction error e_j and the update of the output vectors), with a two-word vocabulary in numbers",
    "https://arxiv.org/abs/1411.2738",
    "the paper's notation (u_j, y_j, j*, t_j, e_j, h_i, w'_ij, eta); the two-word example is added", r"""
# word2vec, one-word context: the update equation for the output weights

The score of word $w_j$ is $u_j = {\mathbf{v}'_{w_j}}^T \mathbf{h}$, and the posterior is a softmax over the vocabulary:

$$p(w_j | w_I) = y_j = \frac{\exp(u_j)}{\sum_{j'=1}^V \exp(u_{j'})}$$

The training objective is to maximize the conditional probability of the actual output word $w_O$, whose index in the output layer is $j^*$:

$$E = -\log p(w_O | w_I) = -u_{j^*} + \log \sum_{j'=1}^V \exp(u_{j'})$$

The derivative of $E$ with respect to the $j$-th unit's net input is

$$\frac{\partial E}{\partial u_j} = y_j - t_j := e_j$$

where $t_j = 1$ only when the $j$-th unit is the actual output word, otherwise $t_j = 0$. By the chain rule

$$\frac{\partial E}{\partial w'_{ij}} = \frac{\partial E}{\partial u_j} \cdot \frac{\partial u_j}{\partial w'_{ij}} = e_j \cdot h_i$$

and stochastic gradient descent gives ${\mathbf{v}'_{w_j}}^{(\text{new})} = {\mathbf{v}'_{w_j}}^{(\text{old})} - \eta \cdot e_j \cdot \mathbf{h}$.

A vocabulary of two words with $u_1 = 1$, $u_2 = 0$ and the output word $j^* = 1$, so $t_1 = 1$ and $t_2 = 0$:

$$y_1 = \frac{e}{e + 1} \approx 0.73106$$

$$E = -1 + \log(e + 1) \approx 0.31326$$

$$e_1 = y_1 - t_1 = 0.73106 - 1 = -0.26894$$

$$e_2 = y_2 - t_2 = 0.26894 - 0 = 0.26894$$
""", r"e_1 = y_1 - t_1 = 0.73106 - 1 = -0.26894", r"e_1 = y_1 - t_1 = 0.73106 - 0 = 0.73106",
    "wrong index: the target of the actual output word taken as t_1 = 0")

add("gulrajani-wgan-gradient-penalty",
    "Gulrajani, Ahmed, Arjovsky, Dumoulin and Courville, Improved Training of Wasserstein GANs (NIPS 2017), section 4 Gradient penalty, eq. (3) (the critic loss with the penalty on x-hat = eps x + (1 - eps) x-tilde), worked out for a one-dimensional linear critic, with numbers",
    "https://arxiv.org/abs/1704.00028",
    "the paper's display in its notation (P_g, P_r, P_x-hat, lambda = 10); the linear critic and its minimiser are an exercise-style addition", r"""
# WGAN-GP: the gradient penalty on a linear critic

The critic loss with gradient penalty is

$$L = \underset{\tilde{\boldsymbol{x}} \sim \mathbb{P}_g}{\mathbb{E}} \left[ D(\tilde{\boldsymbol{x}}) \right] - \underset{\boldsymbol{x} \sim \mathbb{P}_r}{\mathbb{E}} \left[ D(\boldsymbol{x}) \right] + \lambda \underset{\hat{\boldsymbol{x}} \sim \mathbb{P}_{\hat{\boldsymbol{x}}}}{\mathbb{E}} \left[ \left( \| \nabla_{\hat{\boldsymbol{x}}} D(\hat{\boldsymbol{x}}) \|_2 - 1 \right)^2 \right]$$

where $\hat{\boldsymbol{x}} = \epsilon \boldsymbol{x} + (1 - \epsilon) \tilde{\boldsymbol{x}}$ with $\epsilon \sim U[0, 1]$, and the paper uses $\lambda = 10$.

Take a one-dimensional linear critic $D(x) = w x$ with $w > 0$, one real sample $x = 2$ and one generated sample $\tilde{x} = 0.5$. Then $\nabla_{\hat{x}} D(\hat{x}) = w$ for every $\hat{x}$, and

$$L(w) = w \tilde{x} - w x + \lambda (w - 1)^2 = -1.5 w + \lambda (w - 1)^2$$

$$\frac{dL}{dw} = \tilde{x} - x + 2 \lambda (w - 1) = -1.5 + 2 \lambda (w - 1)$$

Setting the derivative to zero gives $w = 1 + \frac{1.5}{2 \lambda}$, with $\lambda = 10$:

$$w = 1 + \frac{1.5}{20} = 1.075$$

so the penalty keeps the critic's gradient norm close to 1 instead of letting $w$ grow without bound, and $L(1.075) = -1.6125 + 10 \cdot 0.075^2 = -1.55625$.
""", r"= -1.5 + 2 \lambda (w - 1)$$", r"= -1.5 + \lambda (w - 1)$$",
    "dropped factor: the derivative of lambda (w - 1)^2 written without its 2")

add("normface-l2-normalization-gradient",
    "Wang, Xiang, Cheng and Yuille, NormFace: L2 Hypersphere Embedding for Face Verification (ACM MM 2017), 3.1 Normalization layer (x-tilde = x / ||x||_2 and its backward pass), written out for two components, with numbers",
    "https://arxiv.org/abs/1704.06369",
    "the paper's notation (x-tilde, ||x||_2, epsilon left out); the componentwise Jacobian is written out for d = 2; the numbers are added", r"""
# The L2 normalization layer and its gradient

The normalization layer computes

$$\tilde{\mathbf{x}} = \frac{\mathbf{x}}{\| \mathbf{x} \|_2} = \frac{\mathbf{x}}{\sqrt{\sum_i x_i^2 + \epsilon}}$$

where $\epsilon$ is a small positive value that prevents dividing by zero. Its gradient with respect to $\mathbf{x}$ (with $\epsilon$ left out) is

$$\frac{\partial \mathcal{L}}{\partial \mathbf{x}} = \frac{\frac{\partial \mathcal{L}}{\partial \tilde{\mathbf{x}}} - \left( \frac{\partial \mathcal{L}}{\partial \tilde{\mathbf{x}}} \cdot \tilde{\mathbf{x}} \right) \tilde{\mathbf{x}}}{\| \mathbf{x} \|_2}$$

so the gradient is orthogonal to $\mathbf{x}$. Written out for two components, the entries of the Jacobian are

$$\frac{\partial}{\partial x_1} \frac{x_1}{\sqrt{x_1^2 + x_2^2}} = \frac{x_2^2}{\left( x_1^2 + x_2^2 \right)^{3/2}}$$

$$\frac{\partial}{\partial x_2} \frac{x_1}{\sqrt{x_1^2 + x_2^2}} = -\frac{x_1 x_2}{\left( x_1^2 + x_2^2 \right)^{3/2}}$$

At $\mathbf{x} = (3, 4)$: $\| \mathbf{x} \|_2 = 5$, $\tilde{\mathbf{x}} = (0.6, 0.8)$, and

$$\frac{\partial \tilde{x}_1}{\partial x_1} = \frac{16}{125} = 0.128$$

$$\frac{\partial \tilde{x}_1}{\partial x_2} = -\frac{12}{125} = -0.096$$

and $0.128 \cdot 3 - 0.096 \cdot 4 = 0$: the row is orthogonal to $\mathbf{x}$, as the norm of $\tilde{\mathbf{x}}$ does not change when $\mathbf{x}$ is scaled.
""", r"= \frac{x_2^2}{\left( x_1^2 + x_2^2 \right)^{3/2}}", r"= \frac{x_2^2}{\left( x_1^2 + x_2^2 \right)^{1/2}}",
    "wrong exponent: the denominator of the quotient written to the power 1/2 instead of 3/2")

add("sutton-barto-q-learning-phone",
    "A student's notes: one Q-learning update by hand (Sutton and Barto, Reinforcement Learning: An Introduction, 2nd ed., 6.5 Q-learning: Off-policy TD Control, eq. (6.8)), compared with Sarsa, typed on a phone in Unicode inside Markdown",
    "written for this corpus in the way new users type their own notes (eq. (6.8) as in incompleteideas.net/book/the-book-2nd.html)",
    "", r"""
# q-learning update by hand (sutton & barto 6.5) — phone notes

Q(S,A) ← Q(S,A) + α[R + γ·maxₐ Q(S′,a) − Q(S,A)]

α = 0.5, γ = 0.9, R = 1
Q(s,left) = 2, Q(s,right) = 1
Q(s′,left) = 3, Q(s′,right) = 5

took A = left in s
maxₐ Q(s′,a) = 5
target = R + γ·5 = 1 + 4.5 = 5.5
TD error δ = 5.5 − 2 = 3.5
new Q(s,left) = 2 + 0.5·3.5 = 3.75

sarsa uses the next action actually taken: if A′ = left then target = 1 + 0.9·3 = 3.7
and Q(s,left) = 2 + 0.5·(3.7 − 2) = 2.85
""", r"target = R + γ·5 = 1 + 4.5 = 5.5", r"target = R + γ·5 = 1 + 0.45 = 1.45",
    "slip in the numbers: 0.9·5 taken as 0.45")

add("glorot-softsign-derivative-ascii",
    "A student's notes: the softsign nonlinearity x/(1 + |x|) and its derivative compared with tanh (Glorot and Bengio, Understanding the difficulty of training deep feedforward neural networks, AISTATS 2010, section 2.3 and 3: softsign's polynomial rather than exponential tails), typed in plain ASCII inside Markdown, with numbers",
    "written for this corpus in the way new users type their own notes (softsign as in proceedings.mlr.press/v9/glorot10a.html)",
    "", r"""
# softsign vs tanh (glorot & bengio 2010) - my notes

softsign(x) = x/(1 + abs(x))

for x > 0: d/dx x/(1 + x) = ((1 + x) - x)/(1 + x)^2 = 1/(1 + x)^2

for x < 0: d/dx x/(1 - x) = ((1 - x) + x)/(1 - x)^2 = 1/(1 - x)^2

so softsign'(x) = 1/(1 + abs(x))^2

tanh'(x) = 1 - tanh(x)^2

at x = 1: softsign(1) = 0.5, softsign'(1) = 0.25, tanh(1) = 0.76159, tanh'(1) = 0.41997

at x = 3: softsign'(3) = 1/16 = 0.0625 but tanh'(3) = 1 - tanh(3)^2 = 0.00987

so softsign's tails go like 1/x^2, not exponentially, and its units saturate more slowly
""", r"((1 - x) + x)/(1 - x)^2 = 1/(1 - x)^2", r"((1 - x) - x)/(1 - x)^2 = 1/(1 - x)^2",
    "sign slip: the quotient rule's -x(-1) written -x")

add("goodfellow-gan-nonsaturating-engine-syntax",
    "A student's notes: why the generator maximises log D(G(z)) instead of minimising log(1 - D(G(z))) (Goodfellow et al., Generative Adversarial Nets, 2014, section 3, the paragraph after eq. (1)), as gradients with respect to the discriminator's logit, typed in the engine's syntax (diff(...)) inside Markdown",
    "written for this corpus in the way new users type their own notes (the saturation argument as in arxiv.org/abs/1406.2661, with D = sigma of a logit)",
    "", r"""
# why the non-saturating GAN loss (Goodfellow et al 2014, section 3) - gradlab syntax

discriminator output on a generated sample: D = sigma(a), a = its logit

saturating generator loss to minimise: log(1 - sigma(a))

diff(log(1 - sigma(a)), a) = -sigma(a)

non-saturating loss to minimise: -log(sigma(a))

diff(-log(sigma(a)), a) = -(1 - sigma(a))

early in learning D rejects samples with high confidence, a is very negative

at a = -5: sigma(-5) = 0.0066929, so the saturating gradient is -0.0066929

and the non-saturating gradient is -(1 - 0.0066929) = -0.9933071

ratio: 0.9933071/0.0066929 = 148.41 = exp(5) approximately
""", r"diff(log(1 - sigma(a)), a) = -sigma(a)", r"diff(log(1 - sigma(a)), a) = sigma(a)",
    "sign slip: the derivative of log(1 - sigma(a)) written +sigma(a)")
