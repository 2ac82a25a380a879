# A thirteenth held-out set (issue 12, branch held13): twelve passages the corpus did not hold
# before and that the checker had never been run on: TensorFlow's derivation of the stable
# sigmoid cross-entropy with logits, Hinton, Vinyals and Dean's high-temperature distillation
# gradient, Kingma and Welling's reparameterisation (with a worked f(z) = z^2), Bishop's PRML
# 5.3.1 (evaluation of error-function derivatives) and 1.2.4 (the Gaussian's maximum likelihood
# mean and variance), Goodfellow et al. 8.3.1 (the linear learning-rate decay) and 6.3.1 (the
# generalised rectifiers), a layer-norm backward note in LaTeX, Karpathy's "Yes you should
# understand backprop" (its error stated in prose), and three passages typed the way new users
# type: a phone's Unicode (linear regression by hand, its error in prose), engine syntax diff(...)
# for Swish with a trainable beta, and plain ASCII for the Nesterov look-ahead form. Where no
# stored copy was found the passage is written from the source as recalled, and its header says
# so. Read by make_transcribed.py after sources_held_out12.py; uses PRML, PRML_NOTE
# (sources_held_out12.py).

DLB13 = "https://www.deeplearningbook.org/ (Goodfellow, Bengio and Courville, Deep Learning, 2016)"
DLB13_NOTE = "the book's numbered displays between double dollars with their numbers as tags; prose abridged"

CHECKED.update({
    "tf-sigmoid-cross-entropy-logits": "a stored copy of tensorflow.org's api_docs page for tf.nn.sigmoid_cross_entropy_with_logits (r2.0)",
    "hinton-distillation-high-temperature": "a stored quotation of section 2.1's eqs. (2)-(4) (math.techqa.club, knowledge-distillation-math-proof)",
})

add("tf-sigmoid-cross-entropy-logits",
    "TensorFlow API docs, tf.nn.sigmoid_cross_entropy_with_logits (the docstring's derivation of the stable form)",
    "https://www.tensorflow.org/versions/r2.0/api_docs/python/tf/nn/sigmoid_cross_entropy_with_logits",
    "the docstring's pseudo-code kept as the page shows it (an indented block, its unbalanced parenthesis in the fourth line kept)", r"""
# tf.nn.sigmoid_cross_entropy_with_logits

Computes sigmoid cross entropy given `logits`.

Measures the probability error in discrete classification tasks in which each class is independent and not mutually exclusive. For instance, one could perform multilabel classification where a picture can contain both an elephant and a dog at the same time.

For brevity, let `x = logits`, `z = labels`. The logistic loss is

      z * -log(sigmoid(x)) + (1 - z) * -log(1 - sigmoid(x))
    = z * -log(1 / (1 + exp(-x))) + (1 - z) * -log(exp(-x) / (1 + exp(-x)))
    = z * log(1 + exp(-x)) + (1 - z) * (-log(exp(-x)) + log(1 + exp(-x)))
    = z * log(1 + exp(-x)) + (1 - z) * (x + log(1 + exp(-x))
    = (1 - z) * x + log(1 + exp(-x))
    = x - x * z + log(1 + exp(-x))

For x < 0, to avoid overflow in exp(-x), we reformulate the above

      x - x * z + log(1 + exp(-x))
    = log(exp(x)) - x * z + log(1 + exp(-x))
    = - x * z + log(1 + exp(x))

Hence, to ensure stability and avoid overflow, the implementation uses this equivalent formulation

    max(x, 0) - x * z + log(1 + exp(-abs(x)))

`logits` and `labels` must have the same type and shape.
""", r"= (1 - z) * x + log(1 + exp(-x))", r"= (1 + z) * x + log(1 + exp(-x))",
    "sign slip: (1 - z) * x written (1 + z) * x when the two log terms are collected")

add("hinton-distillation-high-temperature",
    "Hinton, Vinyals and Dean, Distilling the Knowledge in a Neural Network, section 2.1 Matching logits is a special case of distillation, eqs. (2)-(4)",
    "https://arxiv.org/abs/1503.02531", "the paper's displays between double dollars with their numbers as tags", r"""
## 2.1 Matching logits is a special case of distillation

Each case in the transfer set contributes a cross-entropy gradient, $dC/dz_i$, with respect to each logit, $z_i$ of the distilled model. If the cumbersome model has logits $v_i$ which produce soft target probabilities $p_i$ and the transfer training is done at a temperature of $T$, this gradient is given by:

$$\frac{\partial C}{\partial z_i} = \frac{1}{T}\left(q_i - p_i\right) = \frac{1}{T}\left(\frac{e^{z_i/T}}{\sum_j e^{z_j/T}} - \frac{e^{v_i/T}}{\sum_j e^{v_j/T}}\right) \tag{2}$$

If the temperature is high compared with the magnitude of the logits, we can approximate:

$$\frac{\partial C}{\partial z_i} \approx \frac{1}{T}\left(\frac{1 + z_i/T}{N + \sum_j z_j/T} - \frac{1 + v_i/T}{N + \sum_j v_j/T}\right) \tag{3}$$

If we now assume that the logits have been zero-meaned separately for each transfer case so that $\sum_j z_j = \sum_j v_j = 0$ Eq. 3 simplifies to:

$$\frac{\partial C}{\partial z_i} \approx \frac{1}{NT^2}\left(z_i - v_i\right) \tag{4}$$

So in the high temperature limit, distillation is equivalent to minimizing $1/2(z_i - v_i)^2$, provided the logits are zero-meaned separately for each transfer case.
""", r"\approx \frac{1}{NT^2}\left(z_i - v_i\right)", r"\approx \frac{1}{NT}\left(z_i - v_i\right)",
    "wrong exponent: 1/(NT) for 1/(NT^2), the 1/T of eq. (2) dropped when eq. (3) is simplified")

add("kingma-welling-reparameterisation-gradient",
    "Kingma and Welling, Auto-Encoding Variational Bayes, section 2.4 The reparameterization trick (the univariate Gaussian case), with a worked f(z) = z^2",
    "https://arxiv.org/abs/1312.6114",
    "the paper's univariate Gaussian example in its notation; the worked example f(z) = z^2 is added, as tutorials on the paper do", r"""
# The reparameterization trick

Let $z \sim p(z|\mathbf{x}) = \mathcal{N}(\mu, \sigma^2)$. In this case, a valid reparameterization is $z = \mu + \sigma\epsilon$, where $\epsilon$ is an auxiliary noise variable $\epsilon \sim \mathcal{N}(0, 1)$. Therefore,

$$\mathbb{E}_{\mathcal{N}(z;\mu,\sigma^2)}\left[f(z)\right] = \mathbb{E}_{\mathcal{N}(\epsilon;0,1)}\left[f(\mu + \sigma\epsilon)\right] \simeq \frac{1}{L}\sum_{l=1}^{L} f(\mu + \sigma\epsilon^{(l)})$$

where $\epsilon^{(l)} \sim \mathcal{N}(0, 1)$. The expectation no longer depends on $\mu$ and $\sigma$ through the distribution, so we can differentiate inside it.

**Example.** Take $f(z) = z^2$. Then in closed form

$$\mathbb{E}_{\mathcal{N}(z;\mu,\sigma^2)}\left[z^2\right] = \mu^2 + \sigma^2$$

and through the reparameterization, using $\mathbb{E}[\epsilon] = 0$ and $\mathbb{E}[\epsilon^2] = 1$,

$$\nabla_\mu \mathbb{E}\left[(\mu + \sigma\epsilon)^2\right] = \mathbb{E}\left[2(\mu + \sigma\epsilon)\right] = 2\mu$$

$$\nabla_\sigma \mathbb{E}\left[(\mu + \sigma\epsilon)^2\right] = \mathbb{E}\left[2(\mu + \sigma\epsilon)\epsilon\right] = 2\mu\,\mathbb{E}[\epsilon] + 2\sigma\,\mathbb{E}[\epsilon^2]$$

which agrees with the closed form: $\frac{\partial}{\partial \mu}(\mu^2 + \sigma^2) = 2\mu$ and $\frac{\partial}{\partial \sigma}(\mu^2 + \sigma^2) = 2\sigma$.

A single sample $\epsilon^{(1)} = 0.5$ with $\mu = 1$, $\sigma = 2$ gives the estimates $2(1 + 2 \cdot 0.5) = 4$ for the $\mu$-gradient and $2(1 + 2 \cdot 0.5) \cdot 0.5 = 2$ for the $\sigma$-gradient.
""", r"\frac{\partial}{\partial \sigma}(\mu^2 + \sigma^2) = 2\sigma", r"\frac{\partial}{\partial \sigma}(\mu^2 + \sigma^2) = \sigma",
    "dropped factor: the power rule's 2 left out of the sigma-derivative of sigma^2")

add("bishop-prml-error-derivatives",
    "Bishop, Pattern Recognition and Machine Learning, 5.3.1 Evaluation of error-function derivatives, eqs. (5.44)-(5.56)",
    PRML, PRML_NOTE, r"""
# 5.3.1 Evaluation of error-function derivatives

Consider first a simple linear model in which the outputs $y_k$ are linear combinations of the input variables $x_i$ so that

$$y_k = \sum_i w_{ki} x_i \tag{5.44}$$

together with an error function that, for a particular input pattern $n$, takes the form

$$E_n = \frac{1}{2}\sum_k (y_{nk} - t_{nk})^2 \tag{5.45}$$

where $y_{nk} = y_k(\mathbf{x}_n, \mathbf{w})$. The gradient of this error function with respect to a weight $w_{ji}$ is given by

$$\frac{\partial E_n}{\partial w_{ji}} = (y_{nj} - t_{nj})x_{ni} \tag{5.46}$$

which can be interpreted as a 'local' computation involving the product of an 'error signal' $y_{nj} - t_{nj}$ associated with the output end of the link $w_{ji}$ and the variable $x_{ni}$ associated with the input end of the link.

In a general feed-forward network, each unit computes a weighted sum of its inputs of the form

$$a_j = \sum_i w_{ji} z_i \tag{5.48}$$

which is transformed by a nonlinear activation function $h(\cdot)$ to give the activation $z_j$ of unit $j$ in the form

$$z_j = h(a_j). \tag{5.49}$$

We can apply the chain rule for partial derivatives to give

$$\frac{\partial E_n}{\partial w_{ji}} = \frac{\partial E_n}{\partial a_j}\frac{\partial a_j}{\partial w_{ji}}. \tag{5.50}$$

We now introduce a useful notation

$$\delta_j \equiv \frac{\partial E_n}{\partial a_j} \tag{5.51}$$

where the $\delta$'s are often referred to as errors for reasons we shall see shortly. Using (5.48), we can write

$$\frac{\partial a_j}{\partial w_{ji}} = z_i. \tag{5.52}$$

Substituting (5.51) and (5.52) into (5.50), we then obtain

$$\frac{\partial E_n}{\partial w_{ji}} = \delta_j z_i. \tag{5.53}$$

As we have seen already, for the output units, we have

$$\delta_k = y_k - t_k \tag{5.54}$$

provided we are using the canonical link as the output-unit activation function. To evaluate the $\delta$'s for hidden units, we again make use of the chain rule for partial derivatives,

$$\delta_j \equiv \frac{\partial E_n}{\partial a_j} = \sum_k \frac{\partial E_n}{\partial a_k}\frac{\partial a_k}{\partial a_j} \tag{5.55}$$

where the sum runs over all units $k$ to which unit $j$ sends connections. If we now substitute the definition of $\delta$ given by (5.51) into (5.55), and make use of (5.48) and (5.49), we obtain the following backpropagation formula

$$\delta_j = h'(a_j)\sum_k w_{kj}\delta_k \tag{5.56}$$

which tells us that the value of $\delta$ for a particular hidden unit can be obtained by propagating the $\delta$'s backwards from units higher up in the network.
""", r"= (y_{nj} - t_{nj})x_{ni}", r"= (t_{nj} - y_{nj})x_{ni}",
    "sign error: the error signal written t - y in (5.46)")

add("bishop-prml-gaussian-ml",
    "Bishop, Pattern Recognition and Machine Learning, 1.2.4 The Gaussian distribution, eqs. (1.53)-(1.59)",
    PRML, PRML_NOTE, r"""
# 1.2.4 The Gaussian distribution

Suppose we have a data set of observations $\mathsf{x} = (x_1, \ldots, x_N)^{\mathrm{T}}$, representing $N$ observations of the scalar variable $x$, drawn independently from a Gaussian distribution whose mean $\mu$ and variance $\sigma^2$ are unknown. The likelihood function is

$$p(\mathsf{x}|\mu, \sigma^2) = \prod_{n=1}^{N}\mathcal{N}(x_n|\mu, \sigma^2). \tag{1.53}$$

The log likelihood function can be written in the form

$$\ln p(\mathsf{x}|\mu, \sigma^2) = -\frac{1}{2\sigma^2}\sum_{n=1}^{N}(x_n - \mu)^2 - \frac{N}{2}\ln\sigma^2 - \frac{N}{2}\ln(2\pi). \tag{1.54}$$

Maximizing (1.54) with respect to $\mu$, we obtain the maximum likelihood solution given by

$$\mu_{\mathrm{ML}} = \frac{1}{N}\sum_{n=1}^{N} x_n \tag{1.55}$$

which is the sample mean, i.e., the mean of the observed values $\{x_n\}$. Similarly, maximizing (1.54) with respect to $\sigma^2$, we obtain the maximum likelihood solution for the variance in the form

$$\sigma^2_{\mathrm{ML}} = \frac{1}{N}\sum_{n=1}^{N}(x_n - \mu_{\mathrm{ML}})^2 \tag{1.56}$$

which is the sample variance measured with respect to the sample mean $\mu_{\mathrm{ML}}$. It is straightforward to show that

$$\mathbb{E}[\mu_{\mathrm{ML}}] = \mu \tag{1.57}$$

$$\mathbb{E}[\sigma^2_{\mathrm{ML}}] = \left(\frac{N-1}{N}\right)\sigma^2 \tag{1.58}$$

so that on average the maximum likelihood estimate will obtain the correct mean but will underestimate the true variance by a factor $(N-1)/N$. From (1.58) it follows that the following estimate for the variance parameter is unbiased

$$\widetilde{\sigma}^2 = \frac{N}{N-1}\sigma^2_{\mathrm{ML}} = \frac{1}{N-1}\sum_{n=1}^{N}(x_n - \mu_{\mathrm{ML}})^2. \tag{1.59}$$
""", r"= \frac{1}{N-1}\sum_{n=1}^{N}", r"= \frac{1}{N+1}\sum_{n=1}^{N}",
    "sign slip: N - 1 written N + 1 when the factor N/(N-1) is multiplied into (1.56)")

add("goodfellow-learning-rate-linear-decay",
    "Goodfellow, Bengio and Courville, Deep Learning, 8.3.1 Stochastic Gradient Descent, eqs. (8.12)-(8.14), with the values the section suggests worked out",
    DLB13, DLB13_NOTE + "; the worked values (tau = 100, epsilon_tau = 1 percent of epsilon_0) are added", r"""
# 8.3.1 Stochastic Gradient Descent

A sufficient condition to guarantee convergence of SGD is that

$$\sum_{k=1}^{\infty}\epsilon_k = \infty, \tag{8.12}$$

and

$$\sum_{k=1}^{\infty}\epsilon_k^2 < \infty. \tag{8.13}$$

In practice, it is common to decay the learning rate linearly until iteration $\tau$:

$$\epsilon_k = (1 - \alpha)\epsilon_0 + \alpha\epsilon_\tau \tag{8.14}$$

with $\alpha = \frac{k}{\tau}$. After iteration $\tau$, it is common to leave $\epsilon$ constant. Usually $\epsilon_\tau$ should be set to roughly 1 percent the value of $\epsilon_0$.

For example, with $\epsilon_0 = 0.1$, $\epsilon_\tau = 0.001$ and $\tau = 100$:

$$k = 25: \quad \alpha = \frac{25}{100} = 0.25, \quad \epsilon_{25} = 0.75 \cdot 0.1 + 0.25 \cdot 0.001 = 0.07525$$

$$k = 50: \quad \alpha = 0.5, \quad \epsilon_{50} = 0.5 \cdot 0.1 + 0.5 \cdot 0.001 = 0.0505$$

$$k = 100: \quad \alpha = 1, \quad \epsilon_{100} = \epsilon_\tau = 0.001$$
""", r"0.25 \cdot 0.001 = 0.07525", r"0.25 \cdot 0.001 = 0.0755",
    "arithmetic slip: 0.25 * 0.001 taken as 0.0005")

add("goodfellow-generalized-rectifiers",
    "Goodfellow, Bengio and Courville, Deep Learning, 6.3.1 Rectified Linear Units and Their Generalizations, with values at z = -2 worked out",
    DLB13, DLB13_NOTE + "; the values at z = -2 and the derivatives are added", r"""
# 6.3.1 Rectified Linear Units and Their Generalizations

Three generalizations of rectified linear units are based on using a non-zero slope $\alpha_i$ when $z_i < 0$:

$$h_i = g(\boldsymbol{z}, \boldsymbol{\alpha})_i = \max(0, z_i) + \alpha_i \min(0, z_i).$$

Absolute value rectification fixes $\alpha_i = -1$ to obtain $g(z) = |z|$. It is used for object recognition from images, where it makes sense to seek features that are invariant under a polarity reversal of the input illumination. A leaky ReLU fixes $\alpha_i$ to a small value like 0.01 while a parametric ReLU or PReLU treats $\alpha_i$ as a learnable parameter.

At $z_i = -2$:

- absolute value rectification: $h_i = \max(0, -2) + (-1)\min(0, -2) = 0 + 2 = 2 = |-2|$;
- leaky ReLU: $h_i = 0 + 0.01 \cdot (-2) = -0.02$.

For $z_i \neq 0$ the derivatives are

$$\frac{\partial h_i}{\partial z_i} = \begin{cases} 1 & z_i > 0 \\ \alpha_i & z_i < 0 \end{cases}, \qquad \frac{\partial h_i}{\partial \alpha_i} = \min(0, z_i),$$

so a PReLU at $z_i = -2$ receives $\partial h_i / \partial \alpha_i = -2$.

Maxout units generalize rectified linear units further. Instead of applying an element-wise function $g(z)$, maxout units divide $\boldsymbol{z}$ into groups of $k$ values. Each maxout unit then outputs the maximum element of one of these groups:

$$g(\boldsymbol{z})_i = \max_{j \in \mathbb{G}^{(i)}} z_j$$

where $\mathbb{G}^{(i)}$ is the set of indices into the inputs for group $i$, $\{(i-1)k + 1, \ldots, ik\}$.
""", r"0.01 \cdot (-2) = -0.02", r"0.01 \cdot (-2) = -0.2",
    "decimal slip: 0.01 * (-2) written -0.2")

add("layernorm-backward-statistics",
    "Ba, Kiros and Hinton, Layer Normalization, section 3 eq. (3) (the layer statistics), and the derivatives of the statistics used in its backward pass, as blog notes on the paper derive them",
    "https://arxiv.org/abs/1607.06450",
    "the paper's eq. (3) in its notation (superscript l dropped in the derivation, as the notes do); the aligned derivation is the notes'", r"""
# Layer normalization: the gradients of the statistics

Layer normalization computes the statistics over all the hidden units in the same layer:

$$\mu^l = \frac{1}{H}\sum_{i=1}^{H} a_i^l \qquad \sigma^l = \sqrt{\frac{1}{H}\sum_{i=1}^{H}\left(a_i^l - \mu^l\right)^2}$$

where $H$ denotes the number of hidden units in a layer. For the backward pass we need the derivatives of $\mu$ and $\sigma$ with respect to one input $a_j$ (dropping the layer index $l$). The mean is easy:

$$\frac{\partial \mu}{\partial a_j} = \frac{1}{H}$$

For the variance, every term of the sum depends on $a_j$ through $\mu$:

$$\begin{aligned}
\frac{\partial \sigma^2}{\partial a_j} &= \frac{1}{H}\sum_{i=1}^{H} 2\left(a_i - \mu\right)\left(\delta_{ij} - \frac{1}{H}\right) \\
&= \frac{2\left(a_j - \mu\right)}{H} - \frac{2}{H^2}\sum_{i=1}^{H}\left(a_i - \mu\right) \\
&= \frac{2\left(a_j - \mu\right)}{H}
\end{aligned}$$

because the deviations from the mean sum to zero. Then, since $\sigma = \sqrt{\sigma^2}$,

$$\frac{\partial \sigma}{\partial a_j} = \frac{1}{2\sigma}\frac{\partial \sigma^2}{\partial a_j} = \frac{a_j - \mu}{H\sigma}$$

For example, with $H = 3$ and $a = (1, 2, 3)$ we get $\mu = 2$, $\sigma^2 = \frac{1 + 0 + 1}{3} = \frac{2}{3}$, $\sigma \approx 0.8165$ and

$$\frac{\partial \sigma}{\partial a_1} = \frac{1 - 2}{3 \cdot 0.8165} \approx -0.4082$$
""", r"= \frac{a_j - \mu}{H\sigma}$$", r"= \frac{a_j - \mu}{\sigma}$$",
    "dropped factor: the 1/H of the variance's derivative lost in the square root's chain rule")

add("karpathy-sigmoid-vanishing-prose",
    "Karpathy, Yes you should understand backprop (Medium, 2016), section Vanishing gradients on sigmoids",
    "https://karpathy.medium.com/yes-you-should-understand-backprop-e2f06eab496b",
    "the post's prose and code lines; the planted error is in its prose", r"""
# Vanishing gradients on sigmoids

We're starting off easy here. At one point it was fashionable to use sigmoid (or tanh) non-linearities in the fully connected layers. The tricky part people might not realize until they think about the backward pass is that if you are sloppy with the weight initialization or data preprocessing these non-linearities can "saturate" and entirely stop learning. For example, a fully connected layer with sigmoid non-linearity computes (using raw numpy):

    z = 1/(1 + np.exp(-np.dot(W, x))) # forward pass
    dx = np.dot(W.T, z*(1-z)) # backward pass: local gradient for x
    dW = np.outer(z*(1-z), x) # backward pass: local gradient for W

If your weight matrix W is initialized too large, the output of the matrix multiply could have a very large range (e.g. numbers between -400 and 400), which will make all outputs in the vector z almost binary: either 1 or 0. But if that is the case, z*(1-z), which is local gradient of the sigmoid non-linearity, will in both cases become zero ("vanish"), making the gradient for both x and W be zero.

Another non-obvious fun fact about sigmoid is that its local gradient (z*(1-z)) achieves a maximum at 0.25, when z = 0.5. That means that every time the gradient signal flows through a sigmoid gate, its magnitude always diminishes by one quarter (or more). If you're using basic SGD, this would make the lower layers of a network train much slower than the higher ones.
""", r"achieves a maximum at 0.25, when z = 0.5", r"achieves a maximum at 0.5, when z = 0.5",
    "wrong value stated in prose: the maximum of z*(1-z) given as 0.5 (its argmax) instead of 0.25")

add("phone-linear-regression-by-hand",
    "A student's notes: the gradient of the squared error of one linear neuron, typed on a phone in Unicode inside Markdown (its result also stated in words)",
    "written for this corpus in the way new users type their own notes (the model as in any first course, e.g. Ng's CS229 notes, without the 1/2)",
    "", r"""
# linreg by hand (typed on my phone)

ŷ = w·x + b
L = (ŷ − y)²   ← no ½ in front this time

∂L/∂ŷ = 2(ŷ − y)
∂ŷ/∂w = x,  ∂ŷ/∂b = 1

chain rule:
∂L/∂w = 2(ŷ − y)·x
∂L/∂b = 2(ŷ − y)

so the gradient wrt w is twice the error times x, and wrt b it's just twice the error.

numbers: w = 0.5, b = 1, x = 2, y = 3
ŷ = 0.5·2 + 1 = 2
error ŷ − y = −1, L = 1
∂L/∂w = 2·(−1)·2 = −4
∂L/∂b = 2·(−1) = −2
step with η = 0.1: w ← 0.5 − 0.1·(−4) = 0.9 and b ← 1 − 0.1·(−2) = 1.2
new ŷ = 0.9·2 + 1.2 = 3 → L = 0 🎉
""", r"so the gradient wrt w is twice the error times x", r"so the gradient wrt w is the error times x",
    "dropped factor stated in words: the gradient wrt w said to be the error times x (the 2 of the square forgotten)")

add("swish-beta-engine-syntax",
    "A student's notes on Swish with a trainable beta (Ramachandran, Zoph and Le, Searching for Activation Functions, section 4), typed in the engine's syntax (diff(...)) inside Markdown",
    "written for this corpus in the way new users type their own notes (f(x) = x * sigmoid(beta * x) and f' = beta f + sigmoid(beta x)(1 - beta f) as in the paper)",
    "", r"""
# swish with trainable beta (my notes)

f(x) = x*sigmoid(b*x)     where b is beta

diff(sigmoid(u), u) = sigmoid(u)*(1 - sigmoid(u))

product rule + chain rule:

diff(x*sigmoid(b*x), x) = sigmoid(b*x) + b*x*sigmoid(b*x)*(1 - sigmoid(b*x))

the paper writes it through f itself:

f'(x) = b*f(x) + sigmoid(b*x)*(1 - b*f(x))

special cases:
- b = 1 (SiLU): f'(x) = f(x) + sigmoid(x)*(1 - f(x))
- b = 0: f(x) = x/2 so f'(x) = 1/2
- every b: f'(0) = sigmoid(0) = 1/2

to train beta we also need

diff(x*sigmoid(b*x), b) = x^2*sigmoid(b*x)*(1 - sigmoid(b*x))
""", r"diff(x*sigmoid(b*x), x) = sigmoid(b*x) + b*x*", r"diff(x*sigmoid(b*x), x) = sigmoid(b*x) + x*",
    "dropped factor: the chain rule's beta left out of the second term")

add("nesterov-lookahead-ascii",
    "A student's notes: CS231n's Nesterov momentum rewritten in the look-ahead variable (Neural Networks Part 3, Parameter updates), typed in plain ASCII inside Markdown",
    "written for this corpus in the way new users type their own notes (the update x += -mu * v_prev + (1 + mu) * v as in cs231n.github.io/neural-networks-3/)",
    "", r"""
# nesterov momentum, the "lookahead" form (cs231n)

plain momentum:   v = mu*v - lr*dx   then   x = x + v
nesterov: take the gradient at the lookahead point x + mu*v instead of at x

cs231n says people store the lookahead point instead of x. call it y = x + mu*v.
one step, old velocity v, new velocity v_new, g = gradient at y:

v_new = mu*v - lr*g
x_new = x + v_new
y_new = x_new + mu*v_new
y_new = x + v_new + mu*v_new
y_new = (y - mu*v) + (1 + mu)*v_new

which is their line  x += -mu * v_prev + (1 + mu) * v  (with x meaning y there)

numbers to be sure: mu = 0.9, lr = 0.1, x = 1, v = 0.5, g = 2
y = 1 + 0.9*0.5 = 1.45
v_new = 0.9*0.5 - 0.1*2 = 0.25
x_new = 1 + 0.25 = 1.25
y_new = 1.25 + 0.9*0.25 = 1.475
formula: 1.45 - 0.9*0.5 + 1.9*0.25 = 1.475   ok
""", r"y_new = (y - mu*v) + (1 + mu)*v_new", r"y_new = (y - mu*v) + (1 - mu)*v_new",
    "sign slip: (1 + mu) written (1 - mu) when v_new is collected")
