# A fifteenth held-out set (issue 12, branch held15): twelve passages the corpus did not hold
# before and that the checker had never been run on: Vaswani et al.'s footnote on the variance of
# q . k, Klambauer et al.'s SELU fixed point (the mean condition and eq. (14)), Sutton and Barto's
# REINFORCE (13.3, the log-derivative trick, with a two-action sigmoid policy), Kingma and
# Welling's variational lower bound (eqs. (1)-(3)), Zeiler's ADADELTA units argument (section
# 3.2, with a first step in numbers), Goodfellow et al. 7.8 (early stopping as L2), Bishop's
# training with input noise as weight decay (PRML exercise 3.4), maxout (Goodfellow et al. 2013),
# the V-Net Dice gradient (Milletari et al. 2016), and three typed the way new users type: a
# phone's Unicode (a GRU unit's local gradients in Cho et al.'s notation), engine syntax diff(...)
# (InfoNCE's gradient, van den Oord et al. 2018) and plain ASCII (ridge regression's closed form,
# ESL 3.4.1). Where no stored copy was found the passage is written from the source as recalled,
# and its header says so. Read by make_transcribed.py after sources_held_out14.py.

CHECKED.update({
    "goodfellow-early-stopping-l2": "readers' copies of eqs. (7.33)-(7.43) (a Cross Validated question quoting 7.8, stored at imathworks.com/cv; course notes at git.putinpi.com)",
})

add("vaswani-dot-product-variance",
    "Vaswani et al., Attention Is All You Need, 3.2.1 Scaled Dot-Product Attention, eq. (1) and footnote 4 (the variance of q . k), the footnote's claim worked out",
    "https://arxiv.org/abs/1706.03762",
    "the section's prose abridged; the footnote's one-line claim worked out term by term as lecture notes do (the stored note hmellor.github.io/ml-notes paraphrases the same footnote)", r"""
# Scaled dot-product attention: why divide by the square root of d_k

We call our particular attention "Scaled Dot-Product Attention". The input consists of queries and keys of dimension $d_k$, and values of dimension $d_v$. We compute the dot products of the query with all keys, divide each by $\sqrt{d_k}$, and apply a softmax function to obtain the weights on the values:

$$\mathrm{Attention}(Q, K, V) = \mathrm{softmax}\left(\frac{QK^T}{\sqrt{d_k}}\right)V$$

We suspect that for large values of $d_k$, the dot products grow large in magnitude, pushing the softmax function into regions where it has extremely small gradients. To illustrate why the dot products get large, assume that the components of $q$ and $k$ are independent random variables with mean $0$ and variance $1$. Then their dot product, $q \cdot k = \sum_{i=1}^{d_k} q_i k_i$, has mean $0$ and variance $d_k$.

Worked out: for one term, by independence,

$$E[q_i k_i] = E[q_i]\,E[k_i] = 0$$

$$\mathrm{Var}(q_i k_i) = E[q_i^2 k_i^2] - \left(E[q_i k_i]\right)^2 = E[q_i^2]\,E[k_i^2] - 0 = 1 \cdot 1 = 1$$

The $d_k$ terms are independent, so their variances add:

$$\mathrm{Var}(q \cdot k) = \sum_{i=1}^{d_k} \mathrm{Var}(q_i k_i) = d_k$$

Dividing by $\sqrt{d_k}$ brings the variance back to one:

$$\mathrm{Var}\left(\frac{q \cdot k}{\sqrt{d_k}}\right) = \frac{1}{d_k}\,\mathrm{Var}(q \cdot k) = \frac{d_k}{d_k} = 1$$

With $d_k = 64$, as in the base model, the unscaled dot product has standard deviation $\sqrt{64} = 8$, and the scaled one $8 / \sqrt{64} = 1$.
""", r"= \frac{1}{d_k}\,\mathrm{Var}(q \cdot k)", r"= \frac{1}{\sqrt{d_k}}\,\mathrm{Var}(q \cdot k)",
    "wrong power: the variance scaled by 1/sqrt(d_k) instead of 1/d_k")

add("klambauer-selu-fixed-point",
    "Klambauer, Unterthiner, Mayr and Hochreiter, Self-Normalizing Neural Networks, section 3 (SELU, eq. (2)) and eq. (14) (alpha_01 and lambda_01), the mean condition worked out",
    "https://arxiv.org/abs/1706.02515",
    "the paper's definition and eq. (14) as it writes them (leqslant, erfc); the integrals of the mean condition written out; the constants 1.6733 and 1.0507 match stored library docs (keras.posit.co activation_selu)", r"""
# SELU: the fixed point of mean 0 and variance 1

The scaled exponential linear unit is

$$\mathrm{selu}(x) = \lambda \begin{cases} x & \text{if } x > 0 \\ \alpha e^x - \alpha & \text{if } x \leqslant 0 \end{cases}$$

For $z \sim \mathcal{N}(0, 1)$ we want the mean of $\mathrm{selu}(z)$ to be $0$ and its second moment to be $1$. The positive part gives

$$\int_0^\infty z \, \frac{1}{\sqrt{2\pi}} e^{-z^2/2} \, dz = \frac{1}{\sqrt{2\pi}} \approx 0.3989$$

For the negative part, completing the square ($z - z^2/2 = 1/2 - (z-1)^2/2$),

$$\int_{-\infty}^0 e^z \, \frac{1}{\sqrt{2\pi}} e^{-z^2/2} \, dz = e^{1/2}\,\Phi(-1) = \frac{1}{2} e^{1/2} \mathrm{erfc}\left(\frac{1}{\sqrt{2}}\right) \approx 0.2616$$

and the standard normal puts mass $\frac{1}{2}$ below zero. So

$$E[\mathrm{selu}(z)] = \lambda\left(\frac{1}{\sqrt{2\pi}} + \frac{\alpha}{2}\left(e^{1/2}\mathrm{erfc}\left(\frac{1}{\sqrt{2}}\right) - 1\right)\right)$$

Setting this to zero gives the paper's value of $\alpha$ in eq. (14):

$$\alpha_{01} = -\frac{\sqrt{2/\pi}}{\mathrm{erfc}\left(\frac{1}{\sqrt{2}}\right)\exp\left(\frac{1}{2}\right) - 1} \approx 1.6733$$

The second-moment condition then fixes $\lambda$:

$$\lambda_{01} = \left(1 - \mathrm{erfc}\left(\frac{1}{\sqrt{2}}\right)\sqrt{e}\right)\sqrt{2\pi}\left(2\,\mathrm{erfc}\left(\sqrt{2}\right)e^2 + \pi\,\mathrm{erfc}\left(\frac{1}{\sqrt{2}}\right)^2 e - 2(2+\pi)\,\mathrm{erfc}\left(\frac{1}{\sqrt{2}}\right)\sqrt{e} + \pi + 2\right)^{-1/2} \approx 1.0507$$

Check of the mean: $\frac{1}{\sqrt{2\pi}} + \frac{1.6733}{2}(0.5232 - 1) \approx 0.3989 - 0.3989 = 0$.
""", r"= \frac{1}{2} e^{1/2} \mathrm{erfc}", r"= e^{1/2} \mathrm{erfc}",
    "dropped factor: the 1/2 of Phi(-1) = erfc(1/sqrt 2)/2 left out")

add("sutton-barto-reinforce-log-derivative",
    "Sutton and Barto, Reinforcement Learning: An Introduction (2nd ed.), 13.3 REINFORCE: Monte Carlo Policy Gradient, eqs. (13.6)-(13.8) and the eligibility vector, with a two-action sigmoid policy worked out",
    "http://incompleteideas.net/book/the-book-2nd.html",
    "the book's displays in its notation (bold theta, E_pi, q_pi, G_t); the two-action example is an exercise-style addition; the log-derivative identity as stored lecture pages state it (clawdemy.org, slides.com)", r"""
# REINFORCE: Monte Carlo policy gradient

The policy gradient theorem gives an exact expression proportional to the gradient; all that is needed is a way of sampling whose expectation equals or approximates it:

$$\nabla J(\boldsymbol{\theta}) \propto \mathbb{E}_\pi\left[\sum_a q_\pi(S_t, a) \nabla \pi(a|S_t, \boldsymbol{\theta})\right]$$

Multiplying and dividing the summed terms by $\pi(a|S_t, \boldsymbol{\theta})$ and replacing $a$ by the sample $A_t \sim \pi$,

$$\nabla J(\boldsymbol{\theta}) \propto \mathbb{E}_\pi\left[\sum_a \pi(a|S_t, \boldsymbol{\theta})\, q_\pi(S_t, a) \frac{\nabla \pi(a|S_t, \boldsymbol{\theta})}{\pi(a|S_t, \boldsymbol{\theta})}\right] = \mathbb{E}_\pi\left[q_\pi(S_t, A_t) \frac{\nabla \pi(A_t|S_t, \boldsymbol{\theta})}{\pi(A_t|S_t, \boldsymbol{\theta})}\right] = \mathbb{E}_\pi\left[G_t \frac{\nabla \pi(A_t|S_t, \boldsymbol{\theta})}{\pi(A_t|S_t, \boldsymbol{\theta})}\right]$$

because $\mathbb{E}_\pi[G_t|S_t, A_t] = q_\pi(S_t, A_t)$. This gives the REINFORCE update

$$\boldsymbol{\theta}_{t+1} = \boldsymbol{\theta}_t + \alpha G_t \frac{\nabla \pi(A_t|S_t, \boldsymbol{\theta}_t)}{\pi(A_t|S_t, \boldsymbol{\theta}_t)}$$

The vector $\frac{\nabla \pi(A_t|S_t, \boldsymbol{\theta}_t)}{\pi(A_t|S_t, \boldsymbol{\theta}_t)}$ is the eligibility vector, written compactly as $\nabla \ln \pi(A_t|S_t, \boldsymbol{\theta}_t)$ using the identity $\nabla \ln x = \frac{\nabla x}{x}$.

Example: two actions and one parameter, $\pi(1|s, \theta) = \sigma(\theta) = \frac{1}{1 + e^{-\theta}}$ and $\pi(2|s, \theta) = 1 - \sigma(\theta)$. Since $\sigma'(\theta) = \sigma(\theta)(1 - \sigma(\theta))$,

$$\frac{d}{d\theta} \ln \sigma(\theta) = \frac{\sigma(\theta)(1 - \sigma(\theta))}{\sigma(\theta)} = 1 - \sigma(\theta)$$

$$\frac{d}{d\theta} \ln(1 - \sigma(\theta)) = \frac{-\sigma(\theta)(1 - \sigma(\theta))}{1 - \sigma(\theta)} = -\sigma(\theta)$$

At $\theta = 0$, $\sigma(0) = \frac{1}{2}$, so the eligibility is $\frac{1}{2}$ for action 1 and $-\frac{1}{2}$ for action 2. With $\alpha = 0.1$ and a return $G_t = 2$ after action 2,

$$\theta_1 = 0 + 0.1 \cdot 2 \cdot \left(-\frac{1}{2}\right) = -0.1$$

which makes action 2 more probable: $\sigma(-0.1) \approx 0.475$.
""", r"{1 - \sigma(\theta)} = -\sigma(\theta)", r"{1 - \sigma(\theta)} = \sigma(\theta)",
    "sign slip: the derivative of ln(1 - sigma) written +sigma")

add("kingma-welling-elbo",
    "Kingma and Welling, Auto-Encoding Variational Bayes, 2.2 The variational bound, eqs. (1)-(3), with the decomposition behind (1) and (3) written out",
    "https://arxiv.org/abs/1312.6114",
    "the paper's displays in its notation (bold theta, phi, x^(i), D_KL with ||); the two decompositions are written out as tutorials do", r"""
# The variational bound

The marginal likelihood is composed of a sum over the marginal likelihoods of individual datapoints, $\log p_{\boldsymbol{\theta}}(\mathbf{x}^{(1)}, \cdots, \mathbf{x}^{(N)}) = \sum_{i=1}^N \log p_{\boldsymbol{\theta}}(\mathbf{x}^{(i)})$, which can each be rewritten as:

$$\log p_{\boldsymbol{\theta}}(\mathbf{x}^{(i)}) = D_{KL}(q_{\boldsymbol{\phi}}(\mathbf{z}|\mathbf{x}^{(i)}) || p_{\boldsymbol{\theta}}(\mathbf{z}|\mathbf{x}^{(i)})) + \mathcal{L}(\boldsymbol{\theta}, \boldsymbol{\phi}; \mathbf{x}^{(i)})$$

The first RHS term is the KL divergence of the approximate from the true posterior. Since this KL-divergence is non-negative, the second RHS term $\mathcal{L}(\boldsymbol{\theta}, \boldsymbol{\phi}; \mathbf{x}^{(i)})$ is called the (variational) lower bound on the marginal likelihood of datapoint $i$, and can be written as:

$$\log p_{\boldsymbol{\theta}}(\mathbf{x}^{(i)}) \geq \mathcal{L}(\boldsymbol{\theta}, \boldsymbol{\phi}; \mathbf{x}^{(i)}) = \mathbb{E}_{q_{\boldsymbol{\phi}}(\mathbf{z}|\mathbf{x})}\left[-\log q_{\boldsymbol{\phi}}(\mathbf{z}|\mathbf{x}) + \log p_{\boldsymbol{\theta}}(\mathbf{x}, \mathbf{z})\right]$$

which can also be written as:

$$\mathcal{L}(\boldsymbol{\theta}, \boldsymbol{\phi}; \mathbf{x}^{(i)}) = -D_{KL}(q_{\boldsymbol{\phi}}(\mathbf{z}|\mathbf{x}^{(i)}) || p_{\boldsymbol{\theta}}(\mathbf{z})) + \mathbb{E}_{q_{\boldsymbol{\phi}}(\mathbf{z}|\mathbf{x}^{(i)})}\left[\log p_{\boldsymbol{\theta}}(\mathbf{x}^{(i)}|\mathbf{z})\right]$$

Why (1) holds: $\log p_{\boldsymbol{\theta}}(\mathbf{x})$ does not depend on $\mathbf{z}$, and $p_{\boldsymbol{\theta}}(\mathbf{x}, \mathbf{z}) = p_{\boldsymbol{\theta}}(\mathbf{z}|\mathbf{x})\, p_{\boldsymbol{\theta}}(\mathbf{x})$, so

$$\log p_{\boldsymbol{\theta}}(\mathbf{x}) = \mathbb{E}_{q_{\boldsymbol{\phi}}(\mathbf{z}|\mathbf{x})}\left[\log p_{\boldsymbol{\theta}}(\mathbf{x}, \mathbf{z}) - \log p_{\boldsymbol{\theta}}(\mathbf{z}|\mathbf{x})\right] = \mathbb{E}_{q_{\boldsymbol{\phi}}(\mathbf{z}|\mathbf{x})}\left[\log q_{\boldsymbol{\phi}}(\mathbf{z}|\mathbf{x}) - \log p_{\boldsymbol{\theta}}(\mathbf{z}|\mathbf{x})\right] + \mathbb{E}_{q_{\boldsymbol{\phi}}(\mathbf{z}|\mathbf{x})}\left[\log p_{\boldsymbol{\theta}}(\mathbf{x}, \mathbf{z}) - \log q_{\boldsymbol{\phi}}(\mathbf{z}|\mathbf{x})\right]$$

and the first expectation is the KL divergence, the second the bound. Why (3) holds: $p_{\boldsymbol{\theta}}(\mathbf{x}, \mathbf{z}) = p_{\boldsymbol{\theta}}(\mathbf{x}|\mathbf{z})\, p_{\boldsymbol{\theta}}(\mathbf{z})$, so

$$\mathcal{L} = \mathbb{E}_{q_{\boldsymbol{\phi}}(\mathbf{z}|\mathbf{x})}\left[\log p_{\boldsymbol{\theta}}(\mathbf{x}|\mathbf{z})\right] - \mathbb{E}_{q_{\boldsymbol{\phi}}(\mathbf{z}|\mathbf{x})}\left[\log q_{\boldsymbol{\phi}}(\mathbf{z}|\mathbf{x}) - \log p_{\boldsymbol{\theta}}(\mathbf{z})\right]$$
""", r"\mathcal{L}(\boldsymbol{\theta}, \boldsymbol{\phi}; \mathbf{x}^{(i)}) = -D_{KL}", r"\mathcal{L}(\boldsymbol{\theta}, \boldsymbol{\phi}; \mathbf{x}^{(i)}) = D_{KL}",
    "sign slip: the KL term of eq. (3) added instead of subtracted")

add("zeiler-adadelta-units",
    "Zeiler, ADADELTA: An Adaptive Learning Rate Method, 3.2 Idea 2: Correct Units with Hessian Approximation, eqs. (8)-(10) and (14), with Newton's step on a quadratic and ADADELTA's first step in numbers",
    "https://arxiv.org/abs/1212.5701",
    "the paper's displays in its notation (units of, RMS[.]_t, E[g^2]_t); the update and accumulator as stored summaries write them (nghenglim.github.io, climin.readthedocs.io); the quadratic and the first step are added", r"""
# ADADELTA: correct units with a Hessian approximation

In SGD and momentum methods the units of the update are those of the gradient, not those of the parameter (assuming the cost function $f$ is unitless):

$$\text{units of } \Delta x \propto \text{units of } g \propto \frac{\partial f}{\partial x} \propto \frac{1}{\text{units of } x}$$

Second order methods such as Newton's method that use Hessian information do have the correct units for the parameter updates:

$$\Delta x \propto H^{-1} g \propto \frac{\frac{\partial f}{\partial x}}{\frac{\partial^2 f}{\partial x^2}} \propto \text{units of } x$$

Noticing this mismatch, we rearrange Newton's method (assuming a diagonal Hessian) for the inverse of the second derivative:

$$\Delta x = \frac{\frac{\partial f}{\partial x}}{\frac{\partial^2 f}{\partial x^2}} \Rightarrow \frac{1}{\frac{\partial^2 f}{\partial x^2}} = \frac{\Delta x}{\frac{\partial f}{\partial x}}$$

Approximating the numerator by the RMS of the previous updates gives the ADADELTA update

$$\Delta x_t = -\frac{\mathrm{RMS}[\Delta x]_{t-1}}{\mathrm{RMS}[g]_t} g_t$$

where $\mathrm{RMS}[g]_t = \sqrt{E[g^2]_t + \epsilon}$ and $E[g^2]_t = \rho E[g^2]_{t-1} + (1 - \rho) g_t^2$.

On a quadratic $f(x) = \frac{a}{2} x^2$ Newton's step has the units of $x$:

$$\frac{\partial f}{\partial x} = a x$$

$$\frac{\partial^2 f}{\partial x^2} = a$$

$$\Delta x = \frac{a x}{a} = x$$

so the step $x - \Delta x = 0$ reaches the minimum at once.

ADADELTA's first step with $\rho = 0.95$, $\epsilon = 10^{-6}$, $E[g^2]_0 = E[\Delta x^2]_0 = 0$ and $g_1 = 2$:

$$E[g^2]_1 = 0.95 \cdot 0 + 0.05 \cdot 2^2 = 0.2$$

$$\mathrm{RMS}[g]_1 = \sqrt{0.2 + 10^{-6}} \approx 0.44721$$

$$\mathrm{RMS}[\Delta x]_0 = \sqrt{0 + 10^{-6}} = 0.001$$

$$\Delta x_1 = -\frac{0.001}{0.44721} \cdot 2 \approx -0.0044721$$
""", r"$$\frac{\partial^2 f}{\partial x^2} = a$$", r"$$\frac{\partial^2 f}{\partial x^2} = 2a$$",
    "wrong constant: the second derivative of (a/2) x^2 written 2a")

add("goodfellow-early-stopping-l2",
    "Goodfellow, Bengio and Courville, Deep Learning, 7.8 Early Stopping (early stopping as L2 regularization for a quadratic cost), eqs. (7.33)-(7.45), with one eigenvalue in numbers",
    "https://www.deeplearningbook.org/contents/regularization.html",
    "the book's displays in its notation (J hat, w star, epsilon, Q Lambda Q^T); the per-eigenvalue identity and the numbers are added", r"""
# Early stopping as L2 regularization

We model the cost function with a quadratic approximation in the neighborhood of the empirically optimal value of the weights $\boldsymbol{w}^*$:

$$\hat{J}(\boldsymbol{\theta}) = J(\boldsymbol{w}^*) + \frac{1}{2}(\boldsymbol{w} - \boldsymbol{w}^*)^\top \boldsymbol{H} (\boldsymbol{w} - \boldsymbol{w}^*)$$

where $\boldsymbol{H}$ is the Hessian matrix of $J$ with respect to $\boldsymbol{w}$ evaluated at $\boldsymbol{w}^*$. Its gradient is

$$\nabla_{\boldsymbol{w}} \hat{J}(\boldsymbol{w}) = \boldsymbol{H}(\boldsymbol{w} - \boldsymbol{w}^*)$$

Gradient descent with learning rate $\epsilon$ from $\boldsymbol{w}^{(0)} = \boldsymbol{0}$ gives

$$\boldsymbol{w}^{(\tau)} = \boldsymbol{w}^{(\tau-1)} - \epsilon \nabla_{\boldsymbol{w}} \hat{J}(\boldsymbol{w}^{(\tau-1)}) = \boldsymbol{w}^{(\tau-1)} - \epsilon \boldsymbol{H}(\boldsymbol{w}^{(\tau-1)} - \boldsymbol{w}^*)$$

$$\boldsymbol{w}^{(\tau)} - \boldsymbol{w}^* = (\boldsymbol{I} - \epsilon \boldsymbol{H})(\boldsymbol{w}^{(\tau-1)} - \boldsymbol{w}^*)$$

With the eigendecomposition $\boldsymbol{H} = \boldsymbol{Q}\boldsymbol{\Lambda}\boldsymbol{Q}^\top$ and $\epsilon$ small enough that $|1 - \epsilon\lambda_i| < 1$,

$$\boldsymbol{Q}^\top \boldsymbol{w}^{(\tau)} = [\boldsymbol{I} - (\boldsymbol{I} - \epsilon\boldsymbol{\Lambda})^\tau]\boldsymbol{Q}^\top \boldsymbol{w}^*$$

The L2-regularized solution, from section 7.1.1, satisfies

$$\boldsymbol{Q}^\top \tilde{\boldsymbol{w}} = (\boldsymbol{\Lambda} + \alpha\boldsymbol{I})^{-1}\boldsymbol{\Lambda}\boldsymbol{Q}^\top \boldsymbol{w}^* = [\boldsymbol{I} - (\boldsymbol{\Lambda} + \alpha\boldsymbol{I})^{-1}\alpha]\boldsymbol{Q}^\top \boldsymbol{w}^*$$

since for a single eigenvalue $\lambda_i$ the two factors agree:

$$\frac{\lambda_i}{\lambda_i + \alpha} = 1 - \frac{\alpha}{\lambda_i + \alpha}$$

So the two solutions are equal if the hyperparameters $\epsilon$, $\alpha$ and $\tau$ are chosen such that

$$(\boldsymbol{I} - \epsilon\boldsymbol{\Lambda})^\tau = (\boldsymbol{\Lambda} + \alpha\boldsymbol{I})^{-1}\alpha$$

Taking logarithms and using the series expansion for $\log(1 + x)$, if all $\lambda_i$ are small ($\epsilon\lambda_i \ll 1$ and $\lambda_i/\alpha \ll 1$),

$$\tau \approx \frac{1}{\epsilon\alpha}, \qquad \alpha \approx \frac{1}{\tau\epsilon}$$

In numbers, with $\lambda_i = 1$, $\epsilon = 0.01$ and $\tau = 10$ (so $\alpha \approx 10$): $(1 - 0.01)^{10} \approx 0.9044$ and $\frac{10}{1 + 10} \approx 0.9091$.
""", r"= 1 - \frac{\alpha}{\lambda_i + \alpha}", r"= 1 - \frac{\lambda_i}{\lambda_i + \alpha}",
    "swapped symbols: lambda_i for alpha in the numerator of the per-eigenvalue identity")

add("bishop-noise-injection-weight-decay",
    "Bishop, Pattern Recognition and Machine Learning, exercise 3.4 (training with input noise is equivalent to weight decay for a linear model; Bishop 1995, Training with Noise is Equivalent to Tikhonov Regularization), written out with one point in numbers",
    "https://www.microsoft.com/en-us/research/publication/pattern-recognition-machine-learning/",
    "the exercise's statement in the book's notation (y(x, w), E_D, epsilon_i with delta_ij sigma^2) and its standard solution; the numbers are added", r"""
# Input noise as weight decay (linear model)

Consider a linear model of the form

$$y(\mathbf{x}, \mathbf{w}) = w_0 + \sum_{i=1}^{D} w_i x_i$$

together with the sum-of-squares error function $E_D(\mathbf{w}) = \frac{1}{2}\sum_{n=1}^{N}\{y(\mathbf{x}_n, \mathbf{w}) - t_n\}^2$. Suppose Gaussian noise $\epsilon_i$ with zero mean and variance $\sigma^2$ is added independently to each of the input variables $x_i$, so that $\mathbb{E}[\epsilon_i] = 0$ and $\mathbb{E}[\epsilon_i\epsilon_j] = \delta_{ij}\sigma^2$. The output for a noisy input is

$$y(\mathbf{x}_n + \boldsymbol{\epsilon}_n, \mathbf{w}) = y(\mathbf{x}_n, \mathbf{w}) + \sum_{i=1}^{D} w_i \epsilon_{ni}$$

and the error averaged over the noise is

$$\tilde{E}_D = \frac{1}{2}\sum_{n=1}^{N}\mathbb{E}\left[\left\{y(\mathbf{x}_n, \mathbf{w}) - t_n + \sum_{i=1}^{D} w_i \epsilon_{ni}\right\}^2\right]$$

$$= \frac{1}{2}\sum_{n=1}^{N}\{y(\mathbf{x}_n, \mathbf{w}) - t_n\}^2 + \sum_{n=1}^{N}\{y(\mathbf{x}_n, \mathbf{w}) - t_n\}\sum_{i=1}^{D} w_i \mathbb{E}[\epsilon_{ni}] + \frac{1}{2}\sum_{n=1}^{N}\sum_{i=1}^{D}\sum_{j=1}^{D} w_i w_j \mathbb{E}[\epsilon_{ni}\epsilon_{nj}]$$

$$= E_D(\mathbf{w}) + \frac{N\sigma^2}{2}\sum_{i=1}^{D} w_i^2$$

so minimizing the error averaged over the noise is minimizing the sum-of-squares error with a weight-decay term, of coefficient $\lambda = N\sigma^2$, in which the bias $w_0$ is not penalised.

One point in numbers: $N = D = 1$, $x_1 = 1$, $w_0 = 0$, $w_1 = 2$, $t_1 = 1$ and $\sigma^2 = 0.1$. Then $E_D = \frac{1}{2}(2 - 1)^2 = 0.5$ and

$$\tilde{E}_D = 0.5 + \frac{0.1}{2} \cdot 2^2 = 0.7$$
""", r"= E_D(\mathbf{w}) + \frac{N\sigma^2}{2}", r"= E_D(\mathbf{w}) + \frac{N\sigma}{2}",
    "wrong power: the noise's standard deviation sigma for its variance sigma^2")

add("gru-cho-gradients-phone",
    "A student's notes: a GRU unit's local gradients in the notation of Cho et al., Learning Phrase Representations using RNN Encoder-Decoder for Statistical Machine Translation, section 2.3 (eqs. (5)-(8): z on the old state), typed on a phone in Unicode inside Markdown",
    "written for this corpus in the way new users type their own notes (the unit as in arxiv.org/abs/1406.1078; the same unit's backward pass as stored notes write it: cran.r-project.org, package rnn, GRU_units vignette)",
    "", r"""
# GRU backprop, one unit (cho et al 2014 notation) — from my phone

r = σ(W_r x + U_r h_prev)   reset gate
z = σ(W_z x + U_z h_prev)   update gate
h̃ = tanh(W x + U (r ⊙ h_prev))
h = z ⊙ h_prev + (1 − z) ⊙ h̃     ← cho puts z on the OLD state

one unit so everything is a scalar and ⊙ is just times

∂h/∂z = h_prev − h̃
∂h/∂h̃ = 1 − z
∂h/∂h_prev = z   (direct path only, not through r, z, h̃)
σ'(a) = σ(a)(1 − σ(a)) so ∂z/∂a_z = z(1 − z)
tanh'(a) = 1 − tanh²(a) so ∂h̃/∂a_h = 1 − h̃²

numbers: h_prev = 0.5, z = 0.25, h̃ = −0.5
h = 0.25·0.5 + 0.75·(−0.5) = 0.125 − 0.375 = −0.25
∂h/∂z = 0.5 − (−0.5) = 1
∂h/∂a_z = 1 · 0.25 · 0.75 = 0.1875
∂h/∂h̃ = 0.75
∂h/∂a_h = 0.75 · (1 − 0.25) = 0.5625
""", r"∂h/∂z = h_prev − h̃", r"∂h/∂z = h̃ − h_prev",
    "sign slip: the other papers' convention (z on the new state) used for the derivative of Cho's h with respect to z")

add("goodfellow-maxout-units",
    "Goodfellow, Warde-Farley, Mirza, Courville and Bengio, Maxout Networks, section 3 (the maxout unit, eq. (1)) and section 4 (maxout as a universal approximator of convex functions: ReLU and absolute value), with its gradient and numbers",
    "https://arxiv.org/abs/1302.4389",
    "eq. (1) in the paper's notation (h_i, z_ij, W_{...ij}, b_ij); the two-piece identities and the numbers are added", r"""
# Maxout units

Given an input $x \in \mathbb{R}^d$, a maxout hidden layer implements the function

$$h_i(x) = \max_{j \in [1, k]} z_{ij}$$

where $z_{ij} = x^T W_{\cdots ij} + b_{ij}$, and $W \in \mathbb{R}^{d \times m \times k}$ and $b \in \mathbb{R}^{m \times k}$ are learned parameters. A single maxout unit can be interpreted as making a piecewise linear approximation to an arbitrary convex function. With $k = 2$ pieces it can implement the rectifier and the absolute value rectifier:

$$\max(z, 0) = \mathrm{ReLU}(z) \quad \text{(second piece with } W_{\cdots i2} = 0,\ b_{i2} = 0\text{)}$$

$$\max(z, -z) = |z|$$

For two pieces the maximum has a closed form,

$$\max(a, b) = \frac{a + b + |a - b|}{2}$$

so at $a = 1.5$, $b = -0.5$ it is $\frac{1.5 - 0.5 + 2}{2} = 1.5$. The gradient of a maxout unit flows only to the winning piece:

$$\frac{\partial h_i}{\partial z_{ij}} = \begin{cases} 1 & \text{if } j = \arg\max_{j'} z_{ij'} \\ 0 & \text{otherwise} \end{cases}$$

For example, with $k = 3$ and $z_{i1} = 1.5$, $z_{i2} = -0.5$, $z_{i3} = 2$, the unit outputs $h_i = 2$ and its gradient with respect to $(z_{i1}, z_{i2}, z_{i3})$ is $(0, 0, 1)$. Also $\max(a, b) = -\min(-a, -b)$, so a maxout unit with negated weights computes a min.
""", r"\frac{a + b + |a - b|}{2}$$", r"\frac{a + b - |a - b|}{2}$$",
    "sign slip: the closed form of max(a, b) written with - |a - b| (the min)")

add("infonce-gradient-engine-syntax",
    "A student's notes: the gradient of the InfoNCE loss of van den Oord, Li and Vinyals, Representation Learning with Contrastive Predictive Coding, section 2.3 (eq. (4), f = exp of a score), for one positive and two negatives, typed in the engine's syntax (diff(...)) inside Markdown",
    "written for this corpus in the way new users type their own notes (the loss as in arxiv.org/abs/1807.03748, the mutual-information bound I >= log N - L_N)",
    "", r"""
# InfoNCE gradient (CPC), my notes in gradlab syntax

one positive score s0 and two negative scores s1, s2, with f = exp(score):

L = -log(exp(s0)/(exp(s0) + exp(s1) + exp(s2)))

L = -s0 + log(exp(s0) + exp(s1) + exp(s2))

diff(-s0 + log(exp(s0) + exp(s1) + exp(s2)), s0) = -1 + exp(s0)/(exp(s0) + exp(s1) + exp(s2))

diff(-s0 + log(exp(s0) + exp(s1) + exp(s2)), s1) = exp(s1)/(exp(s0) + exp(s1) + exp(s2))

so dL/ds0 = p0 - 1 and dL/dsj = pj for the negatives; the three add up to 0

at s0 = 2, s1 = 0, s2 = 0:

p0 = exp(2)/(exp(2) + 2) ≈ 0.78699

L = -log(0.78699) ≈ 0.23954

dL/ds0 ≈ -0.21301

dL/ds1 = 1/(exp(2) + 2) ≈ 0.10651

the bound with N = 3 samples: I(x; c) >= log(3) - L ≈ 0.85907
""", r"s1) = exp(s1)/", r"s1) = -exp(s1)/",
    "sign slip: the negative's gradient written -p_j")

add("ridge-closed-form-ascii",
    "A student's notes: ridge regression's closed form (Hastie, Tibshirani and Friedman, The Elements of Statistical Learning, 3.4.1 Ridge Regression, eqs. (3.43)-(3.44)), typed in plain ASCII inside Markdown, with one feature in numbers",
    "written for this corpus in the way new users type their own notes (the criterion and solution as in ESL (3.43)-(3.44); the same derivation stored at ethann.netlify.app and math-gpt.org)",
    "", r"""
# ridge regression closed form (ESL 3.4.1) - my notes

ridge minimises a penalised residual sum of squares:

RSS(lambda) = (y - X b)^T (y - X b) + lambda b^T b

gradient wrt b:

dRSS/db = -2 X^T (y - X b) + 2 lambda b

set it to 0 and divide by 2:

X^T X b + lambda b = X^T y

(X^T X + lambda I) b = X^T y

b_ridge = (X^T X + lambda I)^-1 X^T y

lambda = 0 gives back least squares.

tiny check, one feature and no intercept: x = (1, 2), y = (1, 3), lambda = 1

X^T X = 1*1 + 2*2 = 5

X^T y = 1*1 + 2*3 = 7

b_ridge = 7/(5 + 1) = 1.1667

b_ols = 7/5 = 1.4

so ridge shrinks it by d^2/(d^2 + lambda) = 5/6 (here d^2 = X^T X = 5): 1.4 * 5/6 = 1.1667
""", r"+ 2 lambda b", r"+ lambda b",
    "dropped factor: the penalty's derivative written lambda b instead of 2 lambda b")

add("milletari-vnet-dice-gradient",
    "Milletari, Navab and Ahmadi, V-Net: Fully Convolutional Neural Networks for Volumetric Medical Image Segmentation, section 3 Dice loss layer (the Dice coefficient and its gradient), with two voxels in numbers",
    "https://arxiv.org/abs/1606.04797",
    "the paper's two displays in its notation (p_i, g_i, N voxels; the gradient with respect to the j-th voxel); D as the stored summary davidstutz.de writes it; the numbers are added", r"""
# The Dice loss layer of V-Net

The Dice coefficient $D$ between two binary volumes can be written as

$$D = \frac{2\sum_i^N p_i g_i}{\sum_i^N p_i^2 + \sum_i^N g_i^2}$$

where the sums run over the $N$ voxels of the predicted binary segmentation volume $p_i \in P$ and the ground truth binary volume $g_i \in G$. This formulation of Dice can be differentiated, yielding the gradient

$$\frac{\partial D}{\partial p_j} = 2\left[\frac{g_j\left(\sum_i^N p_i^2 + \sum_i^N g_i^2\right) - 2 p_j\left(\sum_i^N p_i g_i\right)}{\left(\sum_i^N p_i^2 + \sum_i^N g_i^2\right)^2}\right]$$

computed with respect to the $j$-th voxel of the prediction.

Two voxels in numbers: $p = (0.8, 0.2)$ and $g = (1, 0)$, so $\sum_i p_i g_i = 0.8$, $\sum_i p_i^2 = 0.68$ and $\sum_i g_i^2 = 1$. Then

$$D = \frac{2 \cdot 0.8}{0.68 + 1} \approx 0.95238$$

$$\frac{\partial D}{\partial p_1} = 2 \cdot \frac{1 \cdot 1.68 - 2 \cdot 0.8 \cdot 0.8}{1.68^2} \approx 0.28345$$

$$\frac{\partial D}{\partial p_2} = 2 \cdot \frac{0 \cdot 1.68 - 2 \cdot 0.2 \cdot 0.8}{1.68^2} \approx -0.22676$$
""", r"\left(\sum_i^N p_i^2 + \sum_i^N g_i^2\right)^2}\right]$$", r"\left(\sum_i^N p_i^2 + \sum_i^N g_i^2\right)}\right]$$",
    "wrong power: the quotient rule's denominator left unsquared")
