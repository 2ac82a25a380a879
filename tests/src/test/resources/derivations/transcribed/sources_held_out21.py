# A twenty-first held-out set (issue 12, branch held21): twelve passages the corpus did not hold
# before and that the checker had never been run on. Eight transcribed from published texts in their
# own notation (LaTeX in Markdown): Bishop's PRML (the beta posterior of a Bernoulli parameter,
# 2.1.1, eqs. (2.13)-(2.20); the bias-variance decomposition, 3.2, eq. (3.40); Fisher's linear
# discriminant, 4.1.4, eqs. (4.25)-(4.30)), Goodfellow et al.'s Deep Learning (dropout's weight
# scaling rule as the renormalised geometric mean of the ensemble, 7.12; RMSProp, 8.5.2, Algorithm
# 8.5), Murphy's PML (the Hessian of multinomial logistic regression, 10.3.2) and the CS229 notes
# (the GDA maximum likelihood estimates; the perceptron update). Four typed as new users type: two on
# a phone in Unicode (ridge regression in one dimension; the derivative of tanh(x²)) and two in plain
# ASCII (a gradient step with "grad"; binary cross-entropy with label smoothing, with sigma'(z),
# d/dz, "=>" and "approx"). None was compared with a stored copy: all are recalled from the texts,
# in their notation, and say so in their headers. Each broken file has one planted error of a kind
# students make. Every number and identity was checked in Python (sympy). Read by
# make_transcribed.py after sources_held_out20b.py.

add("bishop-prml-beta-bernoulli-posterior",
    "Bishop, Pattern Recognition and Machine Learning (2006), 2.1.1 The beta distribution (the beta prior (2.13), its mean and variance (2.15)-(2.16), the posterior (2.17) and the predictive probability as the posterior mean (2.20)), with numbers",
    "https://www.microsoft.com/en-us/research/publication/pattern-recognition-machine-learning/",
    "the book's notation (mu, a, b, m, l, D, Beta(mu|a, b)); the example with a = b = 2 and the posterior mode are worked out as readers do", r"""
# The beta distribution as a conjugate prior

We choose a prior for the parameter $\mu$ of the Bernoulli distribution proportional to powers of $\mu$ and $(1 - \mu)$, the beta distribution

$$\mathrm{Beta}(\mu \mid a, b) = \frac{\Gamma(a + b)}{\Gamma(a) \Gamma(b)} \mu^{a - 1} (1 - \mu)^{b - 1} \tag{2.13}$$

The mean and variance of the beta distribution are given by

$$\mathbb{E}[\mu] = \frac{a}{a + b} \tag{2.15}$$

$$\mathrm{var}[\mu] = \frac{a b}{(a + b)^2 (a + b + 1)} \tag{2.16}$$

The posterior distribution of $\mu$ is now obtained by multiplying the beta prior (2.13) by the binomial likelihood function and normalizing. Keeping only the factors that depend on $\mu$, we see that this posterior distribution has the form

$$p(\mu \mid m, l, a, b) \propto \mu^{m + a - 1} (1 - \mu)^{l + b - 1} \tag{2.17}$$

where $l = N - m$, and therefore corresponds to the number of 'tails' in the coin example. If we wish to predict the outcome of the next trial, we evaluate the predictive distribution of $x$, given the observed data set $\mathcal{D}$:

$$p(x = 1 \mid \mathcal{D}) = \int_0^1 \mu \, p(\mu \mid \mathcal{D}) \, \mathrm{d}\mu = \frac{m + a}{m + a + l + b} \tag{2.20}$$

For example, with $a = b = 2$ and $N = 10$ tosses of which $m = 7$ are heads and $l = 3$ tails,

$$\mathbb{E}[\mu \mid \mathcal{D}] = \frac{7 + 2}{7 + 2 + 3 + 2} = \frac{9}{14} \approx 0.64286$$

which lies between the prior mean $\frac{1}{2}$ and the maximum likelihood estimate $\frac{m}{N} = 0.7$. The posterior is $\mathrm{Beta}(\mu \mid 9, 5)$, whose variance

$$\mathrm{var}[\mu \mid \mathcal{D}] = \frac{9 \cdot 5}{14^2 \cdot 15} = \frac{45}{2940} \approx 0.01531$$

is smaller than the prior variance $\frac{4}{16 \cdot 5} = 0.05$. The mode of the posterior follows from

$$\frac{\mathrm{d}}{\mathrm{d}\mu} \ln \left\{ \mu^{8} (1 - \mu)^{4} \right\} = \frac{8}{\mu} - \frac{4}{1 - \mu}$$

Its maximum is at $\mu = \frac{8}{12} = \frac{2}{3}$.
""", r"= \frac{8}{\mu} - \frac{4}{1 - \mu}$$", r"= \frac{8}{\mu} + \frac{4}{1 - \mu}$$",
    "forgotten chain factor: the derivative of ln(1 - mu) taken as 1/(1 - mu)")

add("bishop-prml-bias-variance",
    "Bishop, Pattern Recognition and Machine Learning (2006), 3.2 The Bias-Variance Decomposition (the squared bias and the variance over data sets, eq. (3.40), and the average prediction (3.45)), at one input with three data sets, with numbers",
    "https://www.microsoft.com/en-us/research/publication/pattern-recognition-machine-learning/",
    "the book's notation (y(x; D), h(x), E_D, y-bar, (bias)^2); the three-data-set example is added as readers work it out", r"""
# The bias-variance decomposition

Consider the frequentist viewpoint in which $y(\mathbf{x}; \mathcal{D})$ is the prediction of a model trained on a data set $\mathcal{D}$, and $h(\mathbf{x})$ is the optimal prediction. Taking the expectation over data sets of the squared difference,

$$\mathbb{E}_{\mathcal{D}}\left[ \{ y(\mathbf{x}; \mathcal{D}) - h(\mathbf{x}) \}^2 \right] = \underbrace{\{ \mathbb{E}_{\mathcal{D}}[y(\mathbf{x}; \mathcal{D})] - h(\mathbf{x}) \}^2}_{(\text{bias})^2} + \underbrace{\mathbb{E}_{\mathcal{D}}\left[ \{ y(\mathbf{x}; \mathcal{D}) - \mathbb{E}_{\mathcal{D}}[y(\mathbf{x}; \mathcal{D})] \}^2 \right]}_{\text{variance}} \tag{3.40}$$

The average prediction over $L$ data sets is estimated from

$$\bar{y}(\mathbf{x}) = \frac{1}{L} \sum_{l=1}^{L} y^{(l)}(\mathbf{x}) \tag{3.45}$$

For example, at one input $\mathbf{x}$ with $h(\mathbf{x}) = 1.5$, three models trained on $L = 3$ data sets predict $1.0$, $1.4$ and $1.8$. Then

$$\bar{y}(\mathbf{x}) = \frac{1.0 + 1.4 + 1.8}{3} = 1.4$$

$$(\text{bias})^2 = (1.4 - 1.5)^2 = 0.01$$

$$\text{variance} = \frac{(1.0 - 1.4)^2 + (1.4 - 1.4)^2 + (1.8 - 1.4)^2}{3} = \frac{0.32}{3} \approx 0.10667$$

and the expected squared difference is their sum:

$$\frac{(1.0 - 1.5)^2 + (1.4 - 1.5)^2 + (1.8 - 1.5)^2}{3} = \frac{0.35}{3} \approx 0.11667$$
""", r"$$(\text{bias})^2 = (1.4 - 1.5)^2 = 0.01$$", r"$$(\text{bias})^2 = (1.4 - 1.5)^2 = 0.1$$",
    "wrong exponent: (0.1)^2 written as 0.1")

add("bishop-prml-fisher-discriminant",
    "Bishop, Pattern Recognition and Machine Learning (2006), 4.1.4 Fisher's linear discriminant (the Fisher criterion (4.25)-(4.26) and its maximiser w proportional to S_W^{-1}(m_2 - m_1), (4.30)), for two dimensions, with numbers",
    "https://www.microsoft.com/en-us/research/publication/pattern-recognition-machine-learning/",
    "the book's notation (w, m_k, s_k^2, S_B, S_W, J(w)); the two-dimensional example, w = (1, t) and the maximisation in t are added as readers work them out", r"""
# Fisher's linear discriminant

The projection $y = \mathbf{w}^{\mathrm{T}} \mathbf{x}$ separates the class means by $m_2 - m_1 = \mathbf{w}^{\mathrm{T}} (\mathbf{m}_2 - \mathbf{m}_1)$. The within-class variance of the transformed data from class $\mathcal{C}_k$ is

$$s_k^2 = \sum_{n \in \mathcal{C}_k} (y_n - m_k)^2 \tag{4.24}$$

The Fisher criterion is defined to be the ratio of the between-class variance to the within-class variance and is given by

$$J(\mathbf{w}) = \frac{(m_2 - m_1)^2}{s_1^2 + s_2^2} \tag{4.25}$$

which can be written as

$$J(\mathbf{w}) = \frac{\mathbf{w}^{\mathrm{T}} \mathbf{S}_{\mathrm{B}} \mathbf{w}}{\mathbf{w}^{\mathrm{T}} \mathbf{S}_{\mathrm{W}} \mathbf{w}} \tag{4.26}$$

Differentiating with respect to $\mathbf{w}$, we find that $J(\mathbf{w})$ is maximized when

$$\mathbf{w} \propto \mathbf{S}_{\mathrm{W}}^{-1} (\mathbf{m}_2 - \mathbf{m}_1) \tag{4.30}$$

For example, take $\mathbf{m}_2 - \mathbf{m}_1 = (2, 1)^{\mathrm{T}}$ and $\mathbf{S}_{\mathrm{W}} = \mathrm{diag}(4, 1)$, and write $\mathbf{w} = (1, t)^{\mathrm{T}}$. Then

$$J(t) = \frac{(2 + t)^2}{4 + t^2}$$

$$\frac{\mathrm{d}J}{\mathrm{d}t} = \frac{2 (2 + t) (4 - 2t)}{(4 + t^2)^2}$$

Its maximum is at $t = 2$, where $J(2) = \frac{16}{8} = 2$: the direction $(1, 2)^{\mathrm{T}} \propto \mathbf{S}_{\mathrm{W}}^{-1} (\mathbf{m}_2 - \mathbf{m}_1) = (0.5, 1)^{\mathrm{T}}$, as (4.30) says. Projecting onto the line joining the means instead, $t = 0.5$, gives only

$$J(0.5) = \frac{2.5^2}{4.25} \approx 1.47059$$
""", r"= \frac{2 (2 + t) (4 - 2t)}{(4 + t^2)^2}$$", r"= \frac{2 (2 + t) (4 + 2t)}{(4 + t^2)^2}$$",
    "sign slip: the quotient rule's minus sign lost in the second factor")

add("goodfellow-dropout-geometric-mean",
    "Goodfellow, Bengio and Courville, Deep Learning (2016), 7.12 Dropout (the ensemble as the renormalised geometric mean (7.55)-(7.58) and the weight scaling rule for a softmax regression classifier, exact there), for one input and two classes, with numbers",
    "https://www.deeplearningbook.org/contents/regularization.html",
    "the book's notation (p-tilde_ensemble, d, v, W, b, softmax(.)_y); the example with one input and two classes is added as readers work it out", r"""
# Dropout as an ensemble: the weight scaling rule

The geometric mean of the distributions predicted by all submodels, one for each mask $\mathbf{d}$, is

$$\tilde{p}_{\text{ensemble}}(\mathrm{y} = y \mid \mathbf{v}) = \sqrt[2^n]{\prod_{\mathbf{d} \in \{0, 1\}^n} P(\mathrm{y} = y \mid \mathbf{v}; \mathbf{d})} \tag{7.58}$$

To make predictions we must renormalize the ensemble:

$$p_{\text{ensemble}}(\mathrm{y} = y \mid \mathbf{v}) = \frac{\tilde{p}_{\text{ensemble}}(\mathrm{y} = y \mid \mathbf{v})}{\sum_{y'} \tilde{p}_{\text{ensemble}}(\mathrm{y} = y' \mid \mathbf{v})} \tag{7.55}$$

For a softmax regression classifier with $n$ input variables represented by the vector $\mathbf{v}$,

$$P(\mathrm{y} = y \mid \mathbf{v}; \mathbf{d}) = \mathrm{softmax}\left( \mathbf{W}^{\top} (\mathbf{d} \odot \mathbf{v}) + \mathbf{b} \right)_y \tag{7.57}$$

and the renormalized geometric mean is exactly $\mathrm{softmax}\left( \frac{1}{2} \mathbf{W}^{\top} \mathbf{v} + \mathbf{b} \right)_y$: the weight scaling rule.

For example, with one input ($n = 1$), two classes, $\mathbf{b} = 0$ and logits $2$ and $0$ when the input is kept, the two masks give $P(\mathrm{y} = 1 \mid v; 0) = 0.5$ and $P(\mathrm{y} = 1 \mid v; 1) = \sigma(2) \approx 0.88080$. Then

$$\tilde{p}_{\text{ensemble}}(\mathrm{y} = 1 \mid v) = \sqrt{0.5 \cdot 0.88080} \approx 0.66363$$

$$\tilde{p}_{\text{ensemble}}(\mathrm{y} = 2 \mid v) = \sqrt{0.5 \cdot 0.11920} \approx 0.24413$$

$$p_{\text{ensemble}}(\mathrm{y} = 1 \mid v) = \frac{0.66363}{0.66363 + 0.24413} \approx 0.7311$$

which is $\mathrm{softmax}(1, 0)_1 = \sigma(1) \approx 0.7311$, the prediction of the network with its weight halved. The arithmetic mean $\frac{0.5 + 0.88080}{2} = 0.6904$ of the two submodels differs.
""", r"$$\tilde{p}_{\text{ensemble}}(\mathrm{y} = 1 \mid v) = \sqrt{0.5 \cdot 0.88080} \approx 0.66363$$", r"$$\tilde{p}_{\text{ensemble}}(\mathrm{y} = 1 \mid v) = \sqrt{0.5 \cdot 0.88080} \approx 0.44040$$",
    "wrong value: the square root of the geometric mean forgotten")

add("goodfellow-rmsprop-two-steps",
    "Goodfellow, Bengio and Courville, Deep Learning (2016), 8.5.2 RMSProp (Algorithm 8.5: r <- rho r + (1 - rho) g . g, Delta theta = -epsilon / sqrt(delta + r) . g, theta <- theta + Delta theta), on J(theta) = theta^2, with numbers",
    "https://www.deeplearningbook.org/contents/optimization.html",
    "the book's notation (r, rho, g, epsilon, delta, Delta theta, the arrow updates); the one-parameter example and its two steps are added as readers work them out", r"""
# RMSProp

RMSProp uses an exponentially decaying average to discard history from the extreme past. Its updates, for a minibatch gradient $\mathbf{g}$, are

Accumulate squared gradient: $\mathbf{r} \leftarrow \rho \mathbf{r} + (1 - \rho) \mathbf{g} \odot \mathbf{g}$

Compute parameter update: $\Delta \boldsymbol{\theta} = -\frac{\epsilon}{\sqrt{\delta + \mathbf{r}}} \odot \mathbf{g}$ ($\frac{1}{\sqrt{\delta + \mathbf{r}}}$ applied element-wise)

Apply update: $\boldsymbol{\theta} \leftarrow \boldsymbol{\theta} + \Delta \boldsymbol{\theta}$

where $\epsilon$ is the global learning rate, $\rho$ the decay rate and $\delta = 10^{-6}$ a small constant for numerical stability.

For example, take $J(\theta) = \theta^2$, so $g = 2 \theta$, with $\theta = 1$, $r = 0$, $\rho = 0.9$ and $\epsilon = 0.01$. The first step has $g = 2$ and

$$r \leftarrow 0.9 \cdot 0 + 0.1 \cdot 2^2 = 0.4$$

$$\Delta \theta = -\frac{0.01}{\sqrt{10^{-6} + 0.4}} \cdot 2 \approx -0.031623$$

so $\theta \leftarrow 1 - 0.031623 = 0.968377$. At the new point $g = 2 \cdot 0.968377 = 1.936754$ and

$$r \leftarrow 0.9 \cdot 0.4 + 0.1 \cdot 1.936754^2 \approx 0.735102$$

$$\Delta \theta = -\frac{0.01}{\sqrt{10^{-6} + 0.735102}} \cdot 1.936754 \approx -0.022589$$

so $\theta \leftarrow 0.968377 - 0.022589 = 0.945788$.
""", r"$$r \leftarrow 0.9 \cdot 0 + 0.1 \cdot 2^2 = 0.4$$", r"$$r \leftarrow 0.9 \cdot 0 + 0.1 \cdot 2^2 = 0.2$$",
    "wrong exponent: the squared gradient taken as g, 0.1 * 2 = 0.2")

add("murphy-pml-softmax-hessian",
    "Murphy, Probabilistic Machine Learning: An Introduction (2022), 10.3.2 Multinomial logistic regression, the gradient and Hessian of the NLL (the Jacobian of the softmax, dmu_c/da_j = mu_c(delta_cj - mu_j), and H = sum_n (diag(mu_n) - mu_n mu_n^T) kron (x_n x_n^T)), for two classes and one example, with numbers",
    "https://probml.github.io/pml-book/book1.html",
    "the book's notation (mu_nc, a_nj, delta_cj, H(w), the Kronecker product); the two-class example is added as readers work it out", r"""
# The Hessian of multinomial logistic regression

Let $\mu_{nc} = p(y_n = c \mid \boldsymbol{x}_n, \boldsymbol{\theta}) = \mathcal{S}(\boldsymbol{a}_n)_c$ with logits $\boldsymbol{a}_n = \mathbf{W} \boldsymbol{x}_n$. The Jacobian of the softmax is

$$\frac{\partial \mu_{nc}}{\partial a_{nj}} = \mu_{nc} (\delta_{cj} - \mu_{nj})$$

where $\delta_{cj} = \mathbb{I}(c = j)$. Hence the gradient of the NLL is $\nabla_{\boldsymbol{w}_j} \mathrm{NLL}(\boldsymbol{w}) = \frac{1}{N} \sum_n (\mu_{nj} - y_{nj}) \boldsymbol{x}_n$ and the Hessian is

$$\mathbf{H}(\boldsymbol{w}) = \frac{1}{N} \sum_{n=1}^{N} (\mathrm{diag}(\boldsymbol{\mu}_n) - \boldsymbol{\mu}_n \boldsymbol{\mu}_n^{\top}) \otimes (\boldsymbol{x}_n \boldsymbol{x}_n^{\top})$$

For example, with two classes, one example of class 1 and logits $a_1 = \log 3$, $a_2 = 0$, the probabilities are $\mu_1 = \frac{3}{4}$ and $\mu_2 = \frac{1}{4}$, and the NLL is $-\log \mu_1$. Its second derivatives in the logits are

$$\frac{\partial^2}{\partial a_1^2} (-\log \mu_1) = \mu_1 (1 - \mu_1) = 0.75 \cdot 0.25 = 0.1875$$

$$\frac{\partial^2}{\partial a_1 \partial a_2} (-\log \mu_1) = -\mu_1 \mu_2 = -0.1875$$

so $\mathrm{diag}(\boldsymbol{\mu}) - \boldsymbol{\mu} \boldsymbol{\mu}^{\top}$ has rows $(0.1875, -0.1875)$ and $(-0.1875, 0.1875)$, and its rows sum to zero. With the scalar input $x = 2$ each entry is multiplied by $x^2 = 4$: the diagonal of $\mathbf{H}$ is $0.1875 \cdot 4 = 0.75$.
""", r"(-\log \mu_1) = -\mu_1 \mu_2 = -0.1875$$", r"(-\log \mu_1) = \mu_1 \mu_2 = 0.1875$$",
    "sign slip: the off-diagonal entry of the softmax Jacobian taken as +mu_1 mu_2")

add("cs229-gda-maximum-likelihood",
    "Ng, CS229 Lecture Notes, Part IV Generative Learning Algorithms, 1.2 The Gaussian Discriminant Analysis model (the log-likelihood l(phi, mu_0, mu_1, Sigma) and the maximum likelihood estimates of phi, mu_0, mu_1 and Sigma), in one dimension with five examples, with numbers",
    "https://cs229.stanford.edu/main_notes.pdf",
    "the notes' notation (phi, mu_0, mu_1, Sigma, m, 1{.}, x^(i), y^(i)); the derivative in phi and the five-example data set are added as readers work them out", r"""
# GDA: the maximum likelihood estimates

The log-likelihood of the data is given by

$$\ell(\phi, \mu_0, \mu_1, \Sigma) = \log \prod_{i=1}^{m} p(x^{(i)} \mid y^{(i)}; \mu_0, \mu_1, \Sigma) \, p(y^{(i)}; \phi)$$

By maximizing $\ell$ with respect to the parameters, we find the maximum likelihood estimate of the parameters to be:

$$\phi = \frac{1}{m} \sum_{i=1}^{m} 1\{y^{(i)} = 1\}$$

$$\mu_0 = \frac{\sum_{i=1}^{m} 1\{y^{(i)} = 0\} x^{(i)}}{\sum_{i=1}^{m} 1\{y^{(i)} = 0\}}$$

$$\mu_1 = \frac{\sum_{i=1}^{m} 1\{y^{(i)} = 1\} x^{(i)}}{\sum_{i=1}^{m} 1\{y^{(i)} = 1\}}$$

$$\Sigma = \frac{1}{m} \sum_{i=1}^{m} (x^{(i)} - \mu_{y^{(i)}})(x^{(i)} - \mu_{y^{(i)}})^T$$

For example, take $m = 5$ one-dimensional examples: $x = 1, 3$ with $y = 1$ and $x = 0, 1, 2$ with $y = 0$. The terms of $\ell$ that depend on $\phi$ are $2 \log \phi + 3 \log(1 - \phi)$, and

$$\frac{\partial}{\partial \phi} \left( 2 \log \phi + 3 \log(1 - \phi) \right) = \frac{2}{\phi} - \frac{3}{1 - \phi}$$

which is zero at $\phi = \frac{2}{5} = 0.4$, the fraction of examples with $y = 1$. The means are

$$\mu_1 = \frac{1 + 3}{2} = 2$$

$$\mu_0 = \frac{0 + 1 + 2}{3} = 1$$

and the shared variance is

$$\Sigma = \frac{(1 - 2)^2 + (3 - 2)^2 + (0 - 1)^2 + (1 - 1)^2 + (2 - 1)^2}{5} = 0.8$$
""", r"$$\mu_0 = \frac{0 + 1 + 2}{3} = 1$$", r"$$\mu_0 = \frac{0 + 1 + 2}{5} = 0.6$$",
    "wrong value: the sum over class 0 divided by m = 5 instead of the class count 3")

add("cs229-perceptron-update",
    "Ng, CS229 Lecture Notes, Part I, 6 Digression: The perceptron learning algorithm (g as the threshold function, h_theta(x) = g(theta^T x) and the update theta_j := theta_j + alpha (y^(i) - h_theta(x^(i))) x_j^(i)), one update, with numbers",
    "https://cs229.stanford.edu/main_notes.pdf",
    "the notes' notation (theta, alpha, g, h_theta, x_j^(i), :=); the misclassified example and the update are added as readers work them out", r"""
# The perceptron learning algorithm

Consider modifying the logistic regression method to "force" it to output values that are either 0 or 1 exactly. To do so, it seems natural to change the definition of $g$ to be the threshold function:

$$g(z) = \begin{cases} 1 & \text{if } z \geq 0 \\ 0 & \text{if } z < 0 \end{cases}$$

If we then let $h_\theta(x) = g(\theta^T x)$ as before but using this modified definition of $g$, and if we use the update rule

$$\theta_j := \theta_j + \alpha \left( y^{(i)} - h_\theta(x^{(i)}) \right) x_j^{(i)}$$

then we have the perceptron learning algorithm.

For example, take $\theta = (0, -1)$, $\alpha = 0.5$ and the example $x = (1, 2)$ (with the intercept term $x_0 = 1$ and $x_1 = 2$) of label $y = 1$. Then

$$\theta^T x = 0 \cdot 1 + (-1) \cdot 2 = -2$$

so $h_\theta(x) = g(-2) = 0$: the example is misclassified, and the update gives

$$\theta_0 := 0 + 0.5 \, (1 - 0) \cdot 1 = 0.5$$

$$\theta_1 := -1 + 0.5 \, (1 - 0) \cdot 2 = 0$$

At the new parameters $\theta^T x = 0.5 \cdot 1 + 0 \cdot 2 = 0.5 \geq 0$, so the example is now classified correctly.
""", r"(1 - 0) \cdot 2 = 0$$", r"(1 - 0) \cdot 2 = 1$$",
    "sign slip: -1 + 1 taken as 1, the sign of theta_1 dropped")

add("ridge-one-dimension-phone",
    "A student's notes: ridge regression in one dimension, L(w) = (w - 3)^2 + lambda w^2, its minimiser 3/(1 + lambda) and the value at lambda = 0.5, typed on a phone in Unicode inside Markdown, with numbers",
    "written for this corpus in the way new users type their own notes",
    "", r"""
# ridge in 1-d (phone)

L(w) = (w − 3)² + λw²
∂L/∂w = 2(w − 3) + 2λw
∂L/∂w = 0 ⇒ w(1 + λ) = 3 ⇒ w* = 3/(1 + λ)
λ = 0.5: w* = 3/1.5 = 2
L(2) = 1 + 0.5·4 = 3
without the penalty w* = 3, so the weight shrinks by 1/(1 + λ) ≈ 0.667
""", r"∂L/∂w = 2(w − 3) + 2λw", r"∂L/∂w = 2(w − 3) + λw",
    "dropped factor: the derivative of lambda w^2 taken as lambda w")

add("tanh-x-squared-derivative-phone",
    "A student's notes: the derivative of tanh(x^2) by the chain rule and its value at x = 1, typed on a phone in Unicode inside Markdown, with numbers",
    "written for this corpus in the way new users type their own notes",
    "", r"""
# d/dx tanh(x²) (phone)

f(x) = tanh(x²)
f′(x) = (1 − tanh²(x²))·2x
at x = 1: tanh(1) ≈ 0.7616
f′(1) ≈ (1 − 0.7616²)·2 ≈ 0.8399
f′(1) > 0 ⇒ f is increasing at 1
""", r"f′(x) = (1 − tanh²(x²))·2x", r"f′(x) = 1 − tanh²(x²)",
    "forgotten chain factor: the inner derivative 2x dropped")

add("gradient-step-two-variables-ascii",
    "A student's notes: the gradient of f(x, y) = x^2*y + y^3 and one gradient-descent step from (1, 2) with step 0.1, typed in plain ASCII, with numbers",
    "written for this corpus in the way new users type their own notes",
    "", r"""
gradient step on f(x, y) = x^2*y + y^3

df/dx = 2*x*y
df/dy = x^2 + 3*y^2
grad f = (2*x*y, x^2 + 3*y^2)
at (1, 2): grad f = (4, 13)
f(1, 2) = 2 + 8 = 10
step 0.1 => (x, y) = (1 - 0.4, 2 - 1.3) = (0.6, 0.7)
f(0.6, 0.7) = 0.36*0.7 + 0.343 = 0.595
so f went down from 10 to approx 0.6
""", r"df/dy = x^2 + 3*y^2", r"df/dy = x^2 + 3*y",
    "wrong exponent: the derivative of y^3 written 3*y")

add("label-smoothing-bce-ascii",
    "A student's notes: binary cross-entropy with a smoothed label (Szegedy et al., 2016; Mueller, Kornblith and Hinton, 2019) for one logit, its derivative p - y_s and values at z = 0 and z = 3, typed in plain ASCII, with numbers",
    "written for this corpus in the way new users type their own notes",
    "", r"""
BCE with label smoothing, one logit z

p = sigma(z)
y_s = y*(1 - eps) + eps/2
L = -(y_s*log(p) + (1 - y_s)*log(1 - p))
sigma'(z) = sigma(z)*(1 - sigma(z))
d/dz log(p) = 1 - p
d/dz log(1 - p) = -p
dL/dz = -(y_s*(1 - p) - (1 - y_s)*p) = p - y_s
y = 1, eps = 0.1 => y_s = 0.95
z = 0 => p = 0.5, dL/dz = 0.5 - 0.95 = -0.45
z = 3 => p approx 0.9526, dL/dz approx 0.0026
so the gradient does not vanish at p = 1, it pushes p back to 0.95
""", r"d/dz log(p) = 1 - p", r"d/dz log(p) = 1/p",
    "forgotten chain factor: d/dz log(p) taken as 1/p without p'(z) = p(1 - p)")
