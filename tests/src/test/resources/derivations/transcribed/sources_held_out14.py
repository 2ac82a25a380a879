# A fourteenth held-out set (issue 12, branch held14): twelve passages the corpus did not hold
# before and that the checker had never been run on: sefiks.com's ELU derivative (a stored
# copy of the post), a word2vec negative-sampling derivation (jli05.github.io, stored), Bishop's
# PRML 2.3.5 (sequential estimation of the Gaussian mean, a recurrence in N) and 4.3.3 (Newton's
# update for least squares, in matrix form, its error in the update that uses the gradient derived
# before it), He et al.'s identity mappings in residual networks (a layer-indexed family x_{l+1}
# from x_l), Loshchilov and Hutter's decoupled weight decay (Proposition 1, its error in the SGD
# update), Misra's Mish derivative (a where-clause), Jang, Gu and Poole's Gumbel-softmax, the
# gradient of cosine similarity in vector form, CS231n's 1-D convolution backward pass, and three
# typed the way new users type: plain ASCII (Kendall and Gal's heteroscedastic loss), a phone's
# Unicode (FaceNet's triplet loss, its error in prose) and engine syntax diff(...) (the squared
# hinge, its error in prose). Where no stored copy was found the passage is written from the source
# as recalled, and its header says so. Read by make_transcribed.py after sources_held_out13.py;
# uses PRML, PRML_NOTE (sources_held_out12.py).

CHECKED.update({
    "sefiks-elu-derivative": "a stored copy of the post (sefiks.com, 2018-01-02)",
    "jli05-word2vec-negative-sampling": "a stored copy of the post (jli05.github.io, 2015-06-01)",
})

add("sefiks-elu-derivative",
    "Serengil, ELU as a Neural Networks Activation Function (blog post, section Derivative)",
    "https://sefiks.com/2018/01/02/elu-as-a-neural-networks-activation-function",
    "the post's plain-text equations kept as it writes them (alpha as the Greek letter, the dot for a product); prose abridged", r"""
# ELU as a Neural Networks Activation Function

ELU is very similar to ReLU except for negative inputs. Both are the identity function for non-negative inputs; for negative inputs ELU becomes smooth slowly until its output equals -α, whereas ReLU cuts sharply. The constant α should be a positive number.

## Derivative

The derivative of the activation function is fed to the backpropagation algorithm, so both the function and its derivative should be cheap to compute.

f(x) = x if x ≥ 0 (identity function)

f(x) = α.(e^x – 1) if x < 0

ELU consists of two equations, so their derivatives are computed separately. The derivative for x ≥ 0 is one, because the derivative of the identity function is always one.

What is the derivative for x < 0?

y = α.(e^x – 1) = α.e^x – α

dy/dx = α.e^x

That is the derivative, but it can be expressed in a simpler way: add and remove α.

dy/dx = α.e^x – α + α = (α.e^x – α) + α = y + α

y = α.(e^x – 1)

dy/dx = y + α

So the derivative for negative inputs is the function's own output plus α, and ELU can produce negative outputs, unlike ReLU.
""", r"y = α.(e^x – 1) = α.e^x – α", r"y = α.(e^x – 1) = α.e^x – 1",
    "dropped factor: alpha left off the constant when alpha(e^x - 1) is expanded")

add("jli05-word2vec-negative-sampling",
    "jli05, A Simplest word2vec Model (blog post): the softmax gradient and the negative-sampling gradient",
    "https://jli05.github.io/2015/06/01/Simplest-word2vec.html",
    "the post's displays between double dollars (its align and cases kept); prose abridged", r"""
# A Simplest word2vec Model

Given the context word (input word) $w_I$, the probability for output word $w_j$ is

$$p\left(w_j|w_I\right)=y_j=\frac{\exp\left(u_j\right)}{\sum_{j'=1}^{V}\exp\left(u_{j'}\right)}=\frac{\exp\left({v'_{w_j}}^T v_{w_I}\right)}{\sum_{j'=1}^{V}\exp\left({v'_{w_{j'}}}^T v_{w_I}\right)},$$

where $v_{w_I}$ is the word vector for input word $w_I$, $v'_{w_j}$ is the word vector for output word $w_j$, and $V$ is the size of the vocabulary. We maximise

$$\log y_{j^*}=u_{j^*}-\log\sum_{j'=1}^{V}\exp\left(u_{j'}\right):=-E.$$

By the chain rule,

$$\begin{align}
\frac{\partial E}{\partial u_j}&=y_j-t_j:=e_j,\quad\text{ where }t_j=\mathbb{1}\left(j=j^*\right)\\
\frac{\partial E}{\partial w'_{ij}}&=\frac{\partial E}{\partial u_j}\cdot\frac{\partial u_j}{\partial w'_{ij}}=e_j\cdot v_{w_I,i}
\end{align}$$

with which we learn the output word vectors.

If we do negative sampling, suppose for output word $w_{j^*}$ we draw $K$ random "negative" words $w_{j_1},\ldots,w_{j_K}$, then we pose that

$$p\left(w_{j^*}|w_I\right)=\sigma\left(u_{j^*}\right)\prod_{k=1}^K\sigma\left(-u_{j_k}\right),$$

where $\sigma(\cdot)$ is the sigmoid function. Taking the logarithm,

$$-\log p\left(w_{j^*}|w_I\right)=-\log\sigma\left(u_{j^*}\right)-\sum_{k=1}^K\log\sigma\left(-u_{j_k}\right):=E.$$

Given $\sigma'(x)=\sigma(x)\left(1-\sigma(x)\right)$,

$$\frac{\partial E}{\partial u_j}=\begin{cases}
-\frac{\sigma'\left(u_j\right)}{\sigma\left(u_j\right)}=\sigma\left(u_j\right)-1 & \text{for } j=j^*,\\
\frac{\sigma'\left(-u_j\right)}{\sigma\left(-u_j\right)}=1-\sigma\left(-u_j\right)=\sigma\left(u_j\right) & \text{for } j=j_1,\ldots,j_K,\\
0 & \text{otherwise.}
\end{cases}$$
""", r"=1-\sigma\left(-u_j\right)=\sigma\left(u_j\right)", r"=1-\sigma\left(-u_j\right)=1-\sigma\left(u_j\right)",
    "sign slip: 1 - sigma(-u) written 1 - sigma(u) instead of sigma(u)")

add("bishop-prml-sequential-mean",
    "Bishop, Pattern Recognition and Machine Learning, 2.3.5 Sequential estimation, eqs. (2.126)-(2.135) (the Gaussian mean)",
    PRML, PRML_NOTE, r"""
# 2.3.5 Sequential estimation

Sequential methods allow data points to be processed one at a time and then discarded. Consider the result (2.121) for the maximum likelihood estimator of the mean $\boldsymbol{\mu}_{\mathrm{ML}}$, which we will denote by $\boldsymbol{\mu}_{\mathrm{ML}}^{(N)}$ when it is based on $N$ observations. If we dissect out the contribution from the final data point $\mathbf{x}_N$, we obtain

$$\begin{aligned}
\boldsymbol{\mu}_{\mathrm{ML}}^{(N)} &= \frac{1}{N}\sum_{n=1}^{N}\mathbf{x}_n \\
&= \frac{1}{N}\mathbf{x}_N + \frac{1}{N}\sum_{n=1}^{N-1}\mathbf{x}_n \\
&= \frac{1}{N}\mathbf{x}_N + \frac{N-1}{N}\boldsymbol{\mu}_{\mathrm{ML}}^{(N-1)} \\
&= \boldsymbol{\mu}_{\mathrm{ML}}^{(N-1)} + \frac{1}{N}\left(\mathbf{x}_N - \boldsymbol{\mu}_{\mathrm{ML}}^{(N-1)}\right).
\end{aligned} \tag{2.126}$$

This result has a nice interpretation: after observing $N - 1$ data points we have estimated $\boldsymbol{\mu}$ by $\boldsymbol{\mu}_{\mathrm{ML}}^{(N-1)}$. We now observe data point $\mathbf{x}_N$, and we obtain our revised estimate by moving the old estimate a small amount, proportional to $1/N$, in the direction of the 'error signal' $(\mathbf{x}_N - \boldsymbol{\mu}_{\mathrm{ML}}^{(N-1)})$. Note that, as $N$ increases, so the contribution from successive data points gets smaller.

The Robbins-Monro procedure gives the same result. For the univariate Gaussian the sequential update takes the form

$$\mu_{\mathrm{ML}}^{(N)} = \mu_{\mathrm{ML}}^{(N-1)} + a_{N-1}\frac{\partial}{\partial \mu_{\mathrm{ML}}^{(N-1)}}\ln p(x_N|\mu_{\mathrm{ML}}^{(N-1)}, \sigma^2) \tag{2.134}$$

where

$$\frac{\partial}{\partial \mu_{\mathrm{ML}}}\ln p(x|\mu_{\mathrm{ML}}, \sigma^2) = \frac{1}{\sigma^2}(x - \mu_{\mathrm{ML}}). \tag{2.135}$$

Substituting (2.135) into (2.134), we obtain the univariate form of (2.126), provided we choose the coefficient $a_{N-1}$ to have the form $a_{N-1} = \sigma^2/N$.
""", r"&= \boldsymbol{\mu}_{\mathrm{ML}}^{(N-1)} + \frac{1}{N}\left(", r"&= \boldsymbol{\mu}_{\mathrm{ML}}^{(N-1)} + \frac{1}{N-1}\left(",
    "wrong denominator: 1/(N-1) for 1/N when the old estimate is collected")

add("bishop-prml-newton-least-squares",
    "Bishop, Pattern Recognition and Machine Learning, 4.3.3 Iterative reweighted least squares, eqs. (4.92)-(4.97) (Newton-Raphson for linear regression and for logistic regression)",
    PRML, PRML_NOTE, r"""
# 4.3.3 Iterative reweighted least squares

The Newton-Raphson update, for minimizing a function $E(\mathbf{w})$, takes the form

$$\mathbf{w}^{(\text{new})} = \mathbf{w}^{(\text{old})} - \mathbf{H}^{-1}\nabla E(\mathbf{w}) \tag{4.92}$$

where $\mathbf{H}$ is the Hessian matrix whose elements comprise the second derivatives of $E(\mathbf{w})$ with respect to the components of $\mathbf{w}$.

Let us first of all apply the Newton-Raphson method to the linear regression model (3.3) with the sum-of-squares error function (3.12). The gradient and Hessian of this error function are given by

$$\nabla E(\mathbf{w}) = \sum_{n=1}^{N}(\mathbf{w}^{\mathrm{T}}\boldsymbol{\phi}_n - t_n)\boldsymbol{\phi}_n = \boldsymbol{\Phi}^{\mathrm{T}}\boldsymbol{\Phi}\mathbf{w} - \boldsymbol{\Phi}^{\mathrm{T}}\mathbf{t} \tag{4.93}$$

$$\mathbf{H} = \nabla\nabla E(\mathbf{w}) = \sum_{n=1}^{N}\boldsymbol{\phi}_n\boldsymbol{\phi}_n^{\mathrm{T}} = \boldsymbol{\Phi}^{\mathrm{T}}\boldsymbol{\Phi} \tag{4.94}$$

where $\boldsymbol{\Phi}$ is the $N \times M$ design matrix, whose $n^{\text{th}}$ row is given by $\boldsymbol{\phi}_n^{\mathrm{T}}$. The Newton-Raphson update then takes the form

$$\begin{aligned}
\mathbf{w}^{(\text{new})} &= \mathbf{w}^{(\text{old})} - (\boldsymbol{\Phi}^{\mathrm{T}}\boldsymbol{\Phi})^{-1}\left\{\boldsymbol{\Phi}^{\mathrm{T}}\boldsymbol{\Phi}\mathbf{w}^{(\text{old})} - \boldsymbol{\Phi}^{\mathrm{T}}\mathbf{t}\right\} \\
&= (\boldsymbol{\Phi}^{\mathrm{T}}\boldsymbol{\Phi})^{-1}\boldsymbol{\Phi}^{\mathrm{T}}\mathbf{t}
\end{aligned} \tag{4.95}$$

which we recognize as the standard least-squares solution. Note that the error function in this case is quadratic and hence the Newton-Raphson formula gives the exact solution in one step.

Now let us apply the Newton-Raphson update to the cross-entropy error function (4.90) for the logistic regression model. From (4.91) we see that the gradient and Hessian of this error function are given by

$$\nabla E(\mathbf{w}) = \sum_{n=1}^{N}(y_n - t_n)\boldsymbol{\phi}_n = \boldsymbol{\Phi}^{\mathrm{T}}(\mathbf{y} - \mathbf{t}) \tag{4.96}$$

$$\mathbf{H} = \nabla\nabla E(\mathbf{w}) = \sum_{n=1}^{N} y_n(1 - y_n)\boldsymbol{\phi}_n\boldsymbol{\phi}_n^{\mathrm{T}} = \boldsymbol{\Phi}^{\mathrm{T}}\mathbf{R}\boldsymbol{\Phi} \tag{4.97}$$

where we have made use of (4.88), and $\mathbf{R}$ is the $N \times N$ diagonal matrix with elements $R_{nn} = y_n(1 - y_n)$.
""", r"&= \mathbf{w}^{(\text{old})} - (\boldsymbol{\Phi}", r"&= \mathbf{w}^{(\text{old})} + (\boldsymbol{\Phi}",
    "sign slip in the Newton update: w_old + H^{-1} grad E, the step taken up the gradient")

add("he-identity-mappings-resnet",
    "He, Zhang, Ren and Sun, Identity Mappings in Deep Residual Networks, section 2 Analysis of Deep Residual Networks, eqs. (3)-(5), with the scalar example of section 3 written out",
    "https://arxiv.org/abs/1603.05027",
    "the paper's displays between double dollars with their numbers as tags; its multiplicative example of section 3 written with a scalar weight w", r"""
# 2. Analysis of Deep Residual Networks

The ResNets developed in [1] are modularized architectures that stack building blocks of the same connecting shape. In this paper we call these blocks "Residual Units". If $f$ is an identity mapping, $\mathbf{x}_{l+1} \equiv \mathbf{y}_l$, and we can write

$$\mathbf{x}_{l+1} = \mathbf{x}_l + \mathcal{F}(\mathbf{x}_l, \mathcal{W}_l). \tag{3}$$

Recursively ($\mathbf{x}_{l+2} = \mathbf{x}_{l+1} + \mathcal{F}(\mathbf{x}_{l+1}, \mathcal{W}_{l+1}) = \mathbf{x}_l + \mathcal{F}(\mathbf{x}_l, \mathcal{W}_l) + \mathcal{F}(\mathbf{x}_{l+1}, \mathcal{W}_{l+1})$, etc.) we will have:

$$\mathbf{x}_L = \mathbf{x}_l + \sum_{i=l}^{L-1}\mathcal{F}(\mathbf{x}_i, \mathcal{W}_i), \tag{4}$$

for any deeper unit $L$ and any shallower unit $l$. Denoting the loss function as $\mathcal{E}$, from the chain rule of backpropagation we have:

$$\frac{\partial\mathcal{E}}{\partial\mathbf{x}_l} = \frac{\partial\mathcal{E}}{\partial\mathbf{x}_L}\frac{\partial\mathbf{x}_L}{\partial\mathbf{x}_l} = \frac{\partial\mathcal{E}}{\partial\mathbf{x}_L}\left(1 + \frac{\partial}{\partial\mathbf{x}_l}\sum_{i=l}^{L-1}\mathcal{F}(\mathbf{x}_i, \mathcal{W}_i)\right). \tag{5}$$

Eqn. (5) indicates that the gradient $\frac{\partial\mathcal{E}}{\partial\mathbf{x}_l}$ can be decomposed into two additive terms: a term of $\frac{\partial\mathcal{E}}{\partial\mathbf{x}_L}$ that propagates information directly without concerning any weight layers, and another term that propagates through the weight layers.

# 3. On the Importance of Identity Skip Connections

Consider instead a simple modification, $h(\mathbf{x}_l) = \lambda_l\mathbf{x}_l$, to break the identity shortcut, and take a scalar unit whose residual function is linear, $\mathcal{F}(x_l) = w x_l$. Then

$$x_{l+1} = \lambda_l x_l + w x_l = (\lambda_l + w)\,x_l,$$

so that with the same $\lambda_i = \lambda$ in every unit

$$x_L = (\lambda + w)^{L-l}\,x_l, \qquad \frac{\partial x_L}{\partial x_l} = (\lambda + w)^{L-l}.$$

With the identity shortcut ($\lambda = 1$), $w = 0.5$ and $L - l = 3$ units, the factor is $1.5^3 = 3.375$; with $\lambda = 0.5$ it is $1^3 = 1$, and with no shortcut at all ($\lambda = 0$) it is $0.5^3 = 0.125$: for an extremely deep network a factor $\prod_i \lambda_i$ below one shrinks the signal exponentially.
""", r"x_L = (\lambda + w)^{L-l}\,x_l, \qquad", r"x_L = (\lambda + w)^{L-l-1}\,x_l, \qquad",
    "wrong exponent: L - l - 1 units counted instead of L - l when the recurrence is unrolled")

add("loshchilov-hutter-decoupled-weight-decay",
    "Loshchilov and Hutter, Decoupled Weight Decay Regularization, section 2, eq. (1) and Proposition 1 (weight decay = L2 regularization for standard SGD), with its proof",
    "https://arxiv.org/abs/1711.05101",
    "the paper's displays between double dollars; the proof of Proposition 1 (appendix) written out line by line; a numerical example added", r"""
# Decoupling the weight decay from the gradient-based update

Weight decay, as originally defined, decays the weights $\boldsymbol\theta$ exponentially as

$$\boldsymbol\theta_{t+1} = (1 - \lambda)\boldsymbol\theta_t - \alpha\nabla f_t(\boldsymbol\theta_t), \tag{1}$$

where $\lambda$ defines the rate of the weight decay per step and $\nabla f_t(\boldsymbol\theta_t)$ is the $t$-th batch gradient to be multiplied by a learning rate $\alpha$.

**Proposition 1** (Weight decay = L$_2$ reg for standard SGD). Standard SGD with base learning rate $\alpha$ executes the same steps on batch loss functions $f_t(\boldsymbol\theta)$ with weight decay $\lambda$ (defined in Equation 1) as it executes without weight decay on $f_t^{\text{reg}}(\boldsymbol\theta) = f_t(\boldsymbol\theta) + \frac{\lambda'}{2}\|\boldsymbol\theta\|_2^2$, with $\lambda' = \frac{\lambda}{\alpha}$.

*Proof.* The gradient of the regularized loss is

$$\nabla f_t^{\text{reg}}(\boldsymbol\theta_t) = \nabla f_t(\boldsymbol\theta_t) + \lambda'\boldsymbol\theta_t,$$

and SGD without weight decay on $f_t^{\text{reg}}$ executes

$$\begin{aligned}
\boldsymbol\theta_{t+1} &= \boldsymbol\theta_t - \alpha\nabla f_t^{\text{reg}}(\boldsymbol\theta_t) \\
&= \boldsymbol\theta_t - \alpha\nabla f_t(\boldsymbol\theta_t) - \alpha\lambda'\boldsymbol\theta_t \\
&= (1 - \alpha\lambda')\boldsymbol\theta_t - \alpha\nabla f_t(\boldsymbol\theta_t),
\end{aligned}$$

which is Equation 1 with $\lambda = \alpha\lambda'$, that is $\lambda' = \frac{\lambda}{\alpha}$. $\square$

For example, $\alpha = 0.1$ and $\lambda' = 5 \cdot 10^{-4}$ give $\lambda = \alpha\lambda' = 5 \cdot 10^{-5}$. For adaptive gradient algorithms such as Adam the equivalence does not hold: the L$_2$ term $\lambda'\boldsymbol\theta_t$ is divided by the same normaliser as the gradient, so weights with large historic gradients are regularized less than with decoupled weight decay.
""", r"&= \boldsymbol\theta_t - \alpha\nabla f_t(\boldsymbol\theta_t) - \alpha\lambda'\boldsymbol\theta_t", r"&= \boldsymbol\theta_t - \alpha\nabla f_t(\boldsymbol\theta_t) - \lambda'\boldsymbol\theta_t",
    "dropped factor in the SGD update: the learning rate alpha left off the L2 term of the gradient derived above")

add("misra-mish-derivative",
    "Misra, Mish: A Self Regularized Non-Monotonic Activation Function, section 3 Mish, eqs. (1)-(3) (the first derivative and its expanded form)",
    "https://arxiv.org/abs/1908.08681",
    "the paper's displays between double dollars with their numbers as tags; prose abridged", r"""
# 3 Mish

Mish is a smooth, continuous, self regularized, non-monotonic activation function mathematically defined as:

$$f(x) = x\tanh(\mathrm{softplus}(x)) = x\tanh(\ln(1 + e^x)) \tag{1}$$

The first derivative of Mish can be written as

$$f'(x) = \mathrm{sech}^2(\mathrm{softplus}(x))\,x\,\mathrm{sigmoid}(x) + \frac{f(x)}{x} = \Delta(x)\,\mathrm{swish}(x) + \frac{f(x)}{x} \tag{2}$$

where $\mathrm{softplus}(x) = \ln(1 + e^x)$, $\mathrm{sigmoid}(x) = 1/(1 + e^{-x})$, $\mathrm{swish}(x) = x\,\mathrm{sigmoid}(x)$ and $\Delta(x) = \mathrm{sech}^2(\mathrm{softplus}(x))$. The term $\Delta(x)$ acts like a preconditioner that makes the gradient smoother.

Expanded in exponentials, the derivative is

$$f'(x) = \frac{e^x\omega}{\delta^2} \tag{3}$$

where $\omega = 4(x + 1) + 4e^{2x} + e^{3x} + e^x(4x + 6)$ and $\delta = 2e^x + e^{2x} + 2$.

At the origin $f'(0) = \tanh(\ln 2) = 0.6$, and Mish is bounded below by about $-0.31$ and unbounded above.
""", r"e^x(4x + 6)", r"e^x(4x + 4)",
    "arithmetic slip in the where-clause: e^x(4x + 4) for e^x(4x + 6) when the e^{2x} terms are collected")

add("jang-gumbel-softmax-gradient",
    "Jang, Gu and Poole, Categorical Reparameterization with Gumbel-Softmax, section 2 The Gumbel-Softmax distribution, eq. (1), with the gradient through the temperature written out",
    "https://arxiv.org/abs/1611.01144",
    "the paper's eq. (1) in its notation; the gradient with respect to the log class probabilities and the two-class case written out, as tutorials on the paper do", r"""
# The Gumbel-Softmax distribution

Let $z$ be a categorical variable with class probabilities $\pi_1, \pi_2, \ldots, \pi_k$. We use the softmax function as a continuous, differentiable approximation to $\arg\max$, and generate $k$-dimensional sample vectors $y \in \Delta^{k-1}$ where

$$y_i = \frac{\exp((\log(\pi_i) + g_i)/\tau)}{\sum_{j=1}^{k}\exp((\log(\pi_j) + g_j)/\tau)} \qquad \text{for } i = 1, \ldots, k, \tag{1}$$

$g_1 \ldots g_k$ are i.i.d. samples drawn from Gumbel$(0, 1)$ and $\tau$ is the softmax temperature.

Once the noise $g$ is drawn, $y$ is a deterministic, differentiable function of the parameters. Writing $s_i = (\log\pi_i + g_i)/\tau$, the softmax Jacobian $\partial y_i/\partial s_j = y_i(\delta_{ij} - y_j)$ and $\partial s_j/\partial\log\pi_j = 1/\tau$ give

$$\frac{\partial y_i}{\partial \log\pi_j} = \frac{1}{\tau}\,y_i(\delta_{ij} - y_j).$$

For two classes the sample is a logistic function of the difference of the perturbed logits,

$$y_1 = \frac{1}{1 + \exp\left(-(\log\pi_1 + g_1 - \log\pi_2 - g_2)/\tau\right)}, \qquad \frac{\partial y_1}{\partial \log\pi_1} = \frac{1}{\tau}\,y_1(1 - y_1).$$

With $\pi_1 = \pi_2 = 0.5$, $g_1 = g_2 = 0$ and $\tau = 0.5$ we get $y_1 = 0.5$ and $\frac{\partial y_1}{\partial\log\pi_1} = 2 \cdot 0.5 \cdot 0.5 = 0.5$: the lower the temperature, the larger (and noisier) the gradient.
""", r"\qquad \frac{\partial y_1}{\partial \log\pi_1} = \frac{1}{\tau}\,y_1(1 - y_1).", r"\qquad \frac{\partial y_1}{\partial \log\pi_1} = y_1(1 - y_1).",
    "dropped factor: the temperature's 1/tau left out of the two-class gradient")

add("cosine-similarity-gradient",
    "The gradient of cosine similarity with respect to one of its vectors (as lecture notes on contrastive losses derive it), in vector form",
    "written for this corpus the way such notes write it (nabla with a bold subscript, transposes, norms)",
    "", r"""
# Gradient of the cosine similarity

For nonzero vectors $\mathbf{a}, \mathbf{b} \in \mathbb{R}^d$ the cosine similarity is

$$\cos(\mathbf{a}, \mathbf{b}) = \frac{\mathbf{a}^\top\mathbf{b}}{\|\mathbf{a}\|\,\|\mathbf{b}\|}.$$

We need two elementary gradients:

$$\nabla_{\mathbf{a}}\left(\mathbf{a}^\top\mathbf{b}\right) = \mathbf{b}, \qquad \nabla_{\mathbf{a}}\|\mathbf{a}\| = \nabla_{\mathbf{a}}\left(\mathbf{a}^\top\mathbf{a}\right)^{1/2} = \frac{\mathbf{a}}{\|\mathbf{a}\|}.$$

By the quotient rule ($\|\mathbf{b}\|$ is a constant),

$$\begin{aligned}
\nabla_{\mathbf{a}}\cos(\mathbf{a}, \mathbf{b}) &= \frac{1}{\|\mathbf{b}\|}\cdot\frac{\|\mathbf{a}\|\,\mathbf{b} - (\mathbf{a}^\top\mathbf{b})\,\mathbf{a}/\|\mathbf{a}\|}{\|\mathbf{a}\|^2} \\
&= \frac{\mathbf{b}}{\|\mathbf{a}\|\,\|\mathbf{b}\|} - \frac{\mathbf{a}^\top\mathbf{b}}{\|\mathbf{a}\|^3\,\|\mathbf{b}\|}\,\mathbf{a} \\
&= \frac{1}{\|\mathbf{a}\|}\left(\hat{\mathbf{b}} - \cos(\mathbf{a}, \mathbf{b})\,\hat{\mathbf{a}}\right),
\end{aligned}$$

where $\hat{\mathbf{a}} = \mathbf{a}/\|\mathbf{a}\|$ and $\hat{\mathbf{b}} = \mathbf{b}/\|\mathbf{b}\|$. The gradient is orthogonal to $\mathbf{a}$, since $\mathbf{a}^\top\nabla_{\mathbf{a}}\cos(\mathbf{a}, \mathbf{b}) = \cos(\mathbf{a}, \mathbf{b}) - \cos(\mathbf{a}, \mathbf{b}) = 0$: scaling $\mathbf{a}$ does not change the similarity.

For example, $\mathbf{a} = (1, 0)^\top$ and $\mathbf{b} = (1, 1)^\top$ give $\cos(\mathbf{a}, \mathbf{b}) = 1/\sqrt{2}$ and $\nabla_{\mathbf{a}}\cos(\mathbf{a}, \mathbf{b}) = (0, 1/\sqrt{2})^\top$.
""", r"{\|\mathbf{a}\|^3\,\|\mathbf{b}\|}\,\mathbf{a} \\", r"{\|\mathbf{a}\|^2\,\|\mathbf{b}\|}\,\mathbf{a} \\",
    "wrong exponent: the norm of a squared instead of cubed when the quotient is split")

add("cs231n-conv1d-backward",
    "CS231n, Convolutional Neural Networks (Convolutional Neural Networks: Architectures, Convolution / Pooling Layers), Implementation as Matrix Multiplication and Backpropagation: the backward pass of a convolution, written out for one dimension with numbers",
    "https://cs231n.github.io/convolutional-networks/",
    "the notes' remark that the backward pass of a convolution is a convolution with spatially-flipped filters, written out for a 1-D valid convolution in the notes' inline LaTeX", r"""
# Backpropagation through a convolution (1-D)

The backward pass for a convolution operation (for both the data and the weights) is also a convolution (but with spatially-flipped filters). This is easy to derive in the 1-dimensional case with a toy example.

Take an input $x$ of length $N$, a filter $w$ of size $F$, stride 1 and no padding, so the output has $N - F + 1$ entries:

$$y_i = \sum_{k=0}^{F-1} w_k\, x_{i+k}, \qquad i = 0, \ldots, N - F.$$

Given the upstream gradient $\partial L/\partial y_i$, each weight is used once per output, so

$$\frac{\partial L}{\partial w_k} = \sum_{i=0}^{N-F}\frac{\partial L}{\partial y_i}\, x_{i+k},$$

and each input $x_j$ feeds the outputs $y_{j-k}$ for which $0 \le j - k \le N - F$:

$$\frac{\partial L}{\partial x_j} = \sum_{k}\frac{\partial L}{\partial y_{j-k}}\, w_k,$$

a convolution of the upstream gradient with the flipped filter.

Example: $x = (1, 2, 3)$, $w = (1, -1)$. The forward pass gives $y_0 = 1 \cdot 1 + (-1) \cdot 2 = -1$ and $y_1 = 1 \cdot 2 + (-1) \cdot 3 = -1$. With $L = y_0 + y_1$ the upstream gradient is $(1, 1)$ and

$$\frac{\partial L}{\partial w_0} = x_0 + x_1 = 1 + 2 = 3, \qquad \frac{\partial L}{\partial w_1} = x_1 + x_2 = 2 + 3 = 5,$$

$$\frac{\partial L}{\partial x_0} = w_0 = 1, \qquad \frac{\partial L}{\partial x_1} = w_0 + w_1 = 0, \qquad \frac{\partial L}{\partial x_2} = w_1 = -1.$$

Check: $L = (w_0 x_0 + w_1 x_1) + (w_0 x_1 + w_1 x_2) = w_0(x_0 + x_1) + w_1(x_1 + x_2)$, whose partial derivatives are the values above.
""", r"\frac{\partial L}{\partial w_1} = x_1 + x_2 = 2 + 3 = 5", r"\frac{\partial L}{\partial w_1} = x_0 + x_1 = 1 + 2 = 3",
    "wrong index: the input window of w_0 used for w_1")

add("kendall-gal-heteroscedastic-ascii",
    "A student's notes: Kendall and Gal's heteroscedastic regression loss (What Uncertainties Do We Need in Bayesian Deep Learning for Computer Vision?, eqs. (5) and (8)), typed in plain ASCII inside Markdown",
    "written for this corpus in the way new users type their own notes (the loss with s = log sigma^2 as in arxiv.org/abs/1703.04977)",
    "", r"""
# kendall & gal: learning the noise (aleatoric uncertainty)

loss for one point, network predicts f and sigma^2:

L = 1/(2*sigma^2) * (y - f)^2 + 1/2 * log(sigma^2)

they say train s = log(sigma^2) instead (more stable, no division by 0), so 1/sigma^2 = exp(-s):

L = 0.5*exp(-s)*(y - f)^2 + 0.5*s

derivatives:

dL/ds = -0.5*exp(-s)*(y - f)^2 + 0.5
dL/df = -exp(-s)*(y - f)

set dL/ds = 0: exp(-s)*(y - f)^2 = 1 so s = log((y - f)^2), i.e. the best sigma^2 is the squared error. makes sense

big error -> big s -> exp(-s) small -> the point is down-weighted in dL/df (that's the "attenuation")

numbers: y = 3, f = 1, s = 0
L = 0.5*1*4 + 0 = 2
dL/ds = -0.5*4 + 0.5 = -1.5
dL/df = -1*2 = -2
""", r"dL/df = -exp(-s)*(y - f)", r"dL/df = -2*exp(-s)*(y - f)",
    "factor not cancelled: the square's 2 kept against the 0.5 in front")

add("facenet-triplet-phone",
    "A student's notes: the triplet loss of Schroff, Kalenichenko and Philbin (FaceNet, section 3.1 Triplet Loss, eqs. (1)-(3)) for one active triplet, typed on a phone in Unicode inside Markdown (its result also stated in words)",
    "written for this corpus in the way new users type their own notes (the loss as in arxiv.org/abs/1503.03832)",
    "", r"""
# triplet loss grads (facenet) — phone notes

a = f(xᵃ) anchor, p = f(xᵖ) positive, n = f(xⁿ) negative, margin α

L = [‖a − p‖² − ‖a − n‖² + α]₊

when the bracket is > 0 (triplet is "active"):

L = ‖a − p‖² − ‖a − n‖² + α

∂L/∂a = 2(a − p) − 2(a − n) = 2(n − p)
∂L/∂p = −2(a − p) = 2(p − a)
∂L/∂n = 2(a − n)

so the gradient wrt the anchor is twice the gap n − p, it doesn't depend on a at all 🤯 and when the triplet isn't active everything is 0.

1-d check: a = 1, p = 3, n = 2, α = 0.2
L = 4 − 1 + 0.2 = 3.2 > 0 → active
∂L/∂a = 2(2 − 3) = −2
∂L/∂p = 2(3 − 1) = 4
∂L/∂n = 2(1 − 2) = −2
""", r"so the gradient wrt the anchor is twice the gap n − p", r"so the gradient wrt the anchor is twice the gap p − n",
    "sign slip stated in words: the anchor's gradient said to be twice p - n")

add("squared-hinge-engine-syntax",
    "A student's notes: the squared hinge loss of the L2-SVM (as in CS231n's Linear classification notes, the squared hinge / L2-SVM remark) for one sample, typed in the engine's syntax (diff(...)) inside Markdown (its result also stated in words)",
    "written for this corpus in the way new users type their own notes (max(0, -)^2 as in cs231n.github.io/linear-classify/)",
    "", r"""
# squared hinge (L2-SVM), one sample, scalar w

label y in {-1, 1}, input x, score w*x

L = max(0, 1 - y*w*x)^2

when the margin is violated (1 - y*w*x > 0) the max is just the hinge:

diff((1 - y*w*x)^2, w) = 2*(1 - y*w*x)*diff(1 - y*w*x, w)
diff(1 - y*w*x, w) = -y*x
diff((1 - y*w*x)^2, w) = -2*y*x*(1 - y*w*x)

so the gradient is minus twice the hinge times y times x, and it is zero once the margin is met (unlike the plain hinge there's no kink at 1).

numbers: y = 1, x = 2, w = 0.25
hinge = 1 - 1*0.25*2 = 0.5
L = 0.5^2 = 0.25
gradient = -2*1*2*0.5 = -2
one step lr = 0.1: w = 0.25 - 0.1*(-2) = 0.45
""", r"so the gradient is minus twice the hinge times y times x", r"so the gradient is minus the hinge times y times x",
    "dropped factor stated in words: the chain rule's 2 left out of the gradient")
