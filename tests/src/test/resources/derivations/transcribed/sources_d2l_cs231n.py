# More derivations (issue 12, the corpus past 40): Dive into Deep Learning and the CS231n notes,
# each checked against a stored copy of the book's or the notes' source. Read by
# make_transcribed.py after sources.py; the rows of expected.tsv follow those of sources.py.
D2L = "https://d2l.ai/{page} (book source: github.com/d2l-ai/d2l-en, {path}, commit {commit})"
D2L_NOTE = ("the book's displays and inline math kept as its source writes them (aligned, "
            "operatorname, mathbf); its :eqlabel:, :label:, :cite: and :eqref: markers and code cells left out; "
            "prose abridged, wording kept")
CS231N = "https://cs231n.github.io/{page}/ (source: github.com/cs231n/cs231n.github.io, {page}.md, commit {commit})"
CS_NOTE = ("the notes' displays and inline math kept (kramdown's escaped inline delimiters written as "
           "single dollars, escaped underscores and row breaks unescaped); prose abridged, wording kept")

CHECKED.update({
    "d2l-softmax-cross-entropy-gradient": "chapter_linear-classification/softmax-regression.md of github.com/d2l-ai/d2l-en",
    "d2l-xavier-init-variance": "chapter_multilayer-perceptrons/numerical-stability-and-init.md of github.com/d2l-ai/d2l-en",
    "d2l-activation-derivatives": "chapter_multilayer-perceptrons/mlp.md of github.com/d2l-ai/d2l-en",
    "d2l-gaussian-noise-squared-loss": "chapter_linear-regression/linear-regression.md of github.com/d2l-ai/d2l-en",
    "d2l-momentum-leaky-average": "chapter_optimization/momentum.md of github.com/d2l-ai/d2l-en",
    "d2l-rmsprop-ewma": "chapter_optimization/rmsprop.md of github.com/d2l-ai/d2l-en",
    "d2l-gd-taylor-newton": "chapter_optimization/gd.md of github.com/d2l-ai/d2l-en",
    "cs231n-softmax-probabilities": "linear-classify.md of github.com/cs231n/cs231n.github.io",
    "cs231n-loss-functions": "neural-networks-2.md of github.com/cs231n/cs231n.github.io",
    "cs231n-backprop-derivation": "backprop-derivation.md of github.com/cs231n/cs231n.github.io",
    "d2l-dropout-expectation": "chapter_multilayer-perceptrons/dropout.md of github.com/d2l-ai/d2l-en",
    "d2l-calculus-derivative-rules": "chapter_preliminaries/calculus.md of github.com/d2l-ai/d2l-en",
})

add("d2l-softmax-cross-entropy-gradient",
    "Zhang et al., Dive into Deep Learning, 4.1 Softmax Regression: The Softmax; Loss Function (Softmax and Cross-Entropy Loss); Information Theory Basics (Entropy)",
    D2L.format(page="chapter_linear-classification/softmax-regression.html",
               path="chapter_linear-classification/softmax-regression.md", commit="09d0288f"),
    D2L_NOTE, r"""
# Softmax and cross-entropy loss

Putting these two pieces together gives us the *softmax* function:

$$\hat{\mathbf{y}} = \mathrm{softmax}(\mathbf{o}) \quad \text{where}\quad \hat{y}_i = \frac{\exp(o_i)}{\sum_j \exp(o_j)}.$$

where for any pair of label $\mathbf{y}$ and model prediction $\hat{\mathbf{y}}$ over $q$ classes, the loss function $l$ is

$$ l(\mathbf{y}, \hat{\mathbf{y}}) = - \sum_{j=1}^q y_j \log \hat{y}_j. $$

Since $\mathbf{y}$ is a one-hot vector of length $q$, the sum over all its coordinates $j$ vanishes for all but one term.

Since the softmax function and the corresponding cross-entropy loss are so common, it is worth understanding a bit better how they are computed. Plugging the softmax into the definition of the loss and using the definition of the softmax we obtain:

$$
\begin{aligned}
l(\mathbf{y}, \hat{\mathbf{y}}) &=  - \sum_{j=1}^q y_j \log \frac{\exp(o_j)}{\sum_{k=1}^q \exp(o_k)} \\
&= \sum_{j=1}^q y_j \log \sum_{k=1}^q \exp(o_k) - \sum_{j=1}^q y_j o_j \\
&= \log \sum_{k=1}^q \exp(o_k) - \sum_{j=1}^q y_j o_j.
\end{aligned}
$$

To understand a bit better what is going on, consider the derivative with respect to any logit $o_j$. We get

$$
\partial_{o_j} l(\mathbf{y}, \hat{\mathbf{y}}) = \frac{\exp(o_j)}{\sum_{k=1}^q \exp(o_k)} - y_j = \mathrm{softmax}(\mathbf{o})_j - y_j.
$$

## Entropy

If you wonder what a "nat" is, it is the equivalent of bit but when using a code with base $e$ rather than one with base 2. Thus, one nat is $\frac{1}{\log(2)} \approx 1.44$ bit.
""", r"&= \sum_{j=1}^q y_j \log \sum_{k=1}^q \exp(o_k) - \sum_{j=1}^q y_j o_j \\",
    r"&= \sum_{j=1}^q y_j \log \sum_{k=1}^q \exp(o_k) + \sum_{j=1}^q y_j o_j \\",
    "sign of the second sum flipped in the middle line of the aligned chain")

add("d2l-xavier-init-variance",
    "Zhang et al., Dive into Deep Learning, 5.4 Numerical Stability and Initialization: Xavier Initialization",
    D2L.format(page="chapter_multilayer-perceptrons/numerical-stability-and-init.html",
               path="chapter_multilayer-perceptrons/numerical-stability-and-init.md", commit="05d898c8"),
    D2L_NOTE, r"""
# Xavier initialization

Let's look at the scale distribution of the activations of the hidden units $h_{i}$ for some layer. They are given by

$$h_{i} = \sum_{j=1}^{n_\mathrm{in}} W_{ij} x_j$$

The weights $W_{ij}$ are all drawn independently from the same distribution. Furthermore, let's assume that this distribution has zero mean and variance $\sigma^2$ (this does not mean that the distribution has to be Gaussian, just that mean and variance need to exist). We do not really have much control over the inputs into the layer $x_j$ but let's proceed with the somewhat unrealistic assumption that they also have zero mean and variance $\gamma^2$ and that they are independent of $\mathbf{W}$. In this case, we can compute mean and variance of $h_i$ as follows:

$$
\begin{aligned}
    \mathbf{E}[h_i] & = \sum_{j=1}^{n_\mathrm{in}} \mathbf{E}[W_{ij} x_j] = 0 \\
    \mathbf{E}[h_i^2] & = \sum_{j=1}^{n_\mathrm{in}} \mathbf{E}[W^2_{ij} x^2_j] \\
        & = \sum_{j=1}^{n_\mathrm{in}} \mathbf{E}[W^2_{ij}] \mathbf{E}[x^2_j] \\
        & = n_\mathrm{in} \sigma^2 \gamma^2
\end{aligned}
$$

One way to keep the variance fixed is to set $n_\mathrm{in} \sigma^2 = 1$. Using the same reasoning as for forward propagation, we see that the gradients' variance can blow up unless $n_\mathrm{out} \sigma^2 = 1$. This leaves us in a dilemma: we cannot possibly satisfy both conditions simultaneously. Instead, we simply try to satisfy:

$$
\begin{aligned}
\frac{1}{2} (n_\mathrm{in} + n_\mathrm{out}) \sigma^2 = 1 \text{ or equivalently }
\sigma = \sqrt{\frac{2}{n_\mathrm{in} + n_\mathrm{out}}}
\end{aligned}.
$$

For Gaussian random variables, the Xavier initialization picks a normal distribution with zero mean and variance $\sigma^2 = 2/(n_\mathrm{in} + n_\mathrm{out})$. For uniformly distributed random variables $U[-a, a]$, note that their variance is given by $a^2/3$. Plugging $a^2/3$ into the condition on $\sigma^2$ yields that we should initialize uniformly with $U\left[-\sqrt{6/(n_\mathrm{in} + n_\mathrm{out})}, \sqrt{6/(n_\mathrm{in} + n_\mathrm{out})}\right]$.
""", r"& = n_\mathrm{in} \sigma^2 \gamma^2", r"& = n_\mathrm{in} \sigma \gamma",
    "the variances written as standard deviations (sigma gamma for sigma^2 gamma^2)")

add("d2l-activation-derivatives",
    "Zhang et al., Dive into Deep Learning, 5.1 Multilayer Perceptrons: Activation Functions (ReLU, sigmoid, tanh) and exercise 3",
    D2L.format(page="chapter_multilayer-perceptrons/mlp.html",
               path="chapter_multilayer-perceptrons/mlp.md", commit="02dc559d"),
    D2L_NOTE, r"""
# Activation functions

Given an element $x$, the function is defined as the maximum of that element and $0$:

$$\operatorname{ReLU}(x) = \max(x, 0).$$

This variation adds a linear term to ReLU, so some information still gets through, even when the argument is negative:

$$\operatorname{pReLU}(x) = \max(0, x) + \alpha \min(0, x).$$

For that reason, the sigmoid is often called a *squashing function*: it squashes any input in the range (-inf, inf) to some value in the range (0, 1):

$$\operatorname{sigmoid}(x) = \frac{1}{1 + \exp(-x)}.$$

The derivative of the sigmoid function is given by the following equation:

$$\frac{d}{dx} \operatorname{sigmoid}(x) = \frac{\exp(-x)}{(1 + \exp(-x))^2} = \operatorname{sigmoid}(x)\left(1-\operatorname{sigmoid}(x)\right).$$

Note that when the input is 0, the derivative of the sigmoid function reaches a maximum of 0.25.

Like the sigmoid function, the tanh (hyperbolic tangent) function also squashes its inputs, transforming them into elements on the interval (between -1 and 1):

$$\operatorname{tanh}(x) = \frac{1 - \exp(-2x)}{1 + \exp(-2x)}.$$

The derivative of the tanh function is:

$$\frac{d}{dx} \operatorname{tanh}(x) = 1 - \operatorname{tanh}^2(x).$$

## Exercises

3. Show that $\operatorname{tanh}(x) + 1 = 2 \operatorname{sigmoid}(2x)$.
""", r"\frac{\exp(-x)}{(1 + \exp(-x))^2}", r"\frac{\exp(-x)}{1 + \exp(-x)}",
    "the square of the denominator dropped")

add("d2l-gaussian-noise-squared-loss",
    "Zhang et al., Dive into Deep Learning, 3.1 Linear Regression: The Normal Distribution and Squared Loss",
    D2L.format(page="chapter_linear-regression/linear-regression.html",
               path="chapter_linear-regression/linear-regression.md", commit="02d963b2"),
    D2L_NOTE, r"""
# The normal distribution and squared loss

To begin, recall that a normal distribution with mean $\mu$ and variance $\sigma^2$ (standard deviation $\sigma$) is given as

$$p(x) = \frac{1}{\sqrt{2 \pi \sigma^2}} \exp\left(-\frac{1}{2 \sigma^2} (x - \mu)^2\right).$$

One way to motivate linear regression with squared loss is to assume that observations arise from noisy measurements, where the noise is normally distributed as follows:

$$y = \mathbf{w}^\top \mathbf{x} + b + \epsilon \text{ where } \epsilon \sim \mathcal{N}(0, \sigma^2).$$

Thus, we can now write out the *likelihood* of seeing a particular $y$ for a given $\mathbf{x}$ via

$$P(y \mid \mathbf{x}) = \frac{1}{\sqrt{2 \pi \sigma^2}} \exp\left(-\frac{1}{2 \sigma^2} (y - \mathbf{w}^\top \mathbf{x} - b)^2\right).$$

As such, the likelihood factorizes. According to *the principle of maximum likelihood*, the best values of parameters $\mathbf{w}$ and $b$ are those that maximize the *likelihood* of the entire dataset:

$$P(\mathbf y \mid \mathbf X) = \prod_{i=1}^{n} p(y^{(i)} \mid \mathbf{x}^{(i)}).$$

So, without changing anything, we can *minimize* the *negative log-likelihood*, which we can express as follows:

$$-\log P(\mathbf y \mid \mathbf X) = \sum_{i=1}^n \frac{1}{2} \log(2 \pi \sigma^2) + \frac{1}{2 \sigma^2} \left(y^{(i)} - \mathbf{w}^\top \mathbf{x}^{(i)} - b\right)^2.$$

If we assume that $\sigma$ is fixed, we can ignore the first term, because it does not depend on $\mathbf{w}$ or $b$. The second term is identical to the squared error loss introduced earlier, except for the multiplicative constant $\frac{1}{\sigma^2}$.
""", r"\sum_{i=1}^n \frac{1}{2} \log(2 \pi \sigma^2) + \frac{1}{2 \sigma^2}",
    r"\sum_{i=1}^n \frac{1}{2} \log(2 \pi \sigma^2) + \frac{1}{\sigma^2}",
    "the factor 1/2 of the exponent dropped in the negative log-likelihood")

add("d2l-momentum-leaky-average",
    "Zhang et al., Dive into Deep Learning, 12.6 Momentum: Leaky Averages, Effective Sample Weight, Scalar Functions",
    D2L.format(page="chapter_optimization/momentum.html",
               path="chapter_optimization/momentum.md", commit="00ad4e5f"),
    D2L_NOTE, r"""
# Momentum

One option to accomplish this task is to replace the gradient computation by a 'leaky average'

$$\mathbf{v}_t = \beta \mathbf{v}_{t-1} + \mathbf{g}_{t, t-1}$$

for some $\beta \in (0, 1)$. To see what is happening in more detail let's expand $\mathbf{v}_t$ recursively into

$$\begin{aligned}
\mathbf{v}_t = \beta^2 \mathbf{v}_{t-2} + \beta \mathbf{g}_{t-1, t-2} + \mathbf{g}_{t, t-1}
= \ldots = \sum_{\tau = 0}^{t-1} \beta^{\tau} \mathbf{g}_{t-\tau, t-\tau-1}.
\end{aligned}$$

## Effective sample weight

In the limit the terms add up to $\sum_{\tau=0}^\infty \beta^\tau = \frac{1}{1-\beta}$. In other words, rather than taking a step of size $\eta$ in GD or SGD we take a step of size $\frac{\eta}{1-\beta}$. When we increase the momentum hyperparameter `momentum` to 0.9, it amounts to a significantly larger effective sample size of $\frac{1}{1 - 0.9} = 10$.

## Scalar functions

Given the above result let's see what happens when we minimize the function $f(x) = \frac{\lambda}{2} x^2$. For gradient descent we have

$$x_{t+1} = x_t - \eta \lambda x_t = (1 - \eta \lambda) x_t.$$

Whenever $|1 - \eta \lambda| < 1$ this optimization converges at an exponential rate since after $t$ steps we have $x_t = (1 - \eta \lambda)^t x_0$.
""", r"x_{t+1} = x_t - \eta \lambda x_t = (1 - \eta \lambda) x_t.",
    r"x_{t+1} = x_t - \eta \lambda x_t = (1 + \eta \lambda) x_t.",
    "sign slip: (1 + eta lambda) for (1 - eta lambda)")

add("d2l-rmsprop-ewma",
    "Zhang et al., Dive into Deep Learning (0.7 edition), RMSProp: The Algorithm; Exponentially Weighted Moving Average",
    D2L.format(page="chapter_optimization/rmsprop.html",
               path="chapter_optimization/rmsprop.md", commit="97ef6892"),
    D2L_NOTE, r"""
# RMSProp

Specifically, given the hyperparameter $0 \leq \gamma < 1$, RMSProp is computed at time step $t>0$.

$$\mathbf{s}_t \leftarrow \gamma \mathbf{s}_{t-1} + (1 - \gamma) \mathbf{g}_t \odot \mathbf{g}_t. $$

Like Adagrad, RMSProp re-adjusts the learning rate of each element in the independent variable of the objective function with element operations and then updates the independent variable.

$$\mathbf{x}_t \leftarrow \mathbf{x}_{t-1} - \frac{\eta}{\sqrt{\mathbf{s}_t + \epsilon}} \odot \mathbf{g}_t, $$

Here, $\eta$ is the learning rate while $\epsilon$ is a constant added to maintain numerical stability, such as $10^{-6}$.

## Exponentially Weighted Moving Average (EWMA)

Now let expand the definition of $\mathbf{s}_t$, we can see that

$$
\begin{aligned}
\mathbf{s}_t &= (1 - \gamma) \mathbf{g}_t \odot \mathbf{g}_t + \gamma \mathbf{s}_{t-1} \\
&= (1 - \gamma) \left(\mathbf{g}_t \odot \mathbf{g}_t + \gamma \mathbf{g}_{t-1} \odot \mathbf{g}_{t-1}\right) + \gamma^2 \mathbf{s}_{t-2} \\ &\cdots\\
&= (1 - \gamma)\left( \mathbf{g}_t \odot \mathbf{g}_t + \gamma \mathbf{g}_{t-1} \odot \mathbf{g}_{t-1} + \cdots + \gamma^{t-1}\mathbf{g}_{1} \odot \mathbf{g}_{1} \right).
\end{aligned}
$$

In the momentum section we see that $\frac{1}{1-\gamma} = 1 + \gamma + \gamma^2 + \cdots$, so the sum of weights equals to 1.

We set the initial learning rate to 0.01 and the hyperparameter $\gamma$ to 0.9. Now, the variable $\boldsymbol{s}_t$ can be treated as the weighted average of the square term $\boldsymbol{g}_t \odot \boldsymbol{g}_t$ from the last $1/(1-0.9) = 10$ time steps.
""", r"+ \gamma^2 \mathbf{s}_{t-2} \\ &\cdots\\", r"+ \gamma \mathbf{s}_{t-2} \\ &\cdots\\",
    "power of gamma not raised when the recursion is unrolled (gamma for gamma^2)")

add("d2l-gd-taylor-newton",
    "Zhang et al., Dive into Deep Learning, 12.3 Gradient Descent: One-Dimensional Gradient Descent; Multivariate Gradient Descent; Newton's Method",
    D2L.format(page="chapter_optimization/gd.html",
               path="chapter_optimization/gd.md", commit="0221793f"),
    D2L_NOTE, r"""
# Gradient descent

Consider some continuously differentiable real-valued function $f: \mathbb{R} \rightarrow \mathbb{R}$. Using a Taylor expansion we obtain

$$f(x + \epsilon) = f(x) + \epsilon f'(x) + \mathcal{O}(\epsilon^2).$$

To keep things simple we pick a fixed step size $\eta > 0$ and choose $\epsilon = -\eta f'(x)$. Plugging this into the Taylor expansion above we get

$$f(x - \eta f'(x)) = f(x) - \eta f'^2(x) + \mathcal{O}(\eta^2 f'^2(x)).$$

If the derivative $f'(x) \neq 0$ does not vanish we make progress since $\eta f'^2(x)>0$.

## Multivariate gradient descent

To see how the algorithm behaves in practice let us construct an objective function $f(\mathbf{x})=x_1^2+2x_2^2$ with a two-dimensional vector $\mathbf{x} = [x_1, x_2]^\top$ as input and a scalar as output. The gradient is given by $\nabla f(\mathbf{x}) = [2x_1, 4x_2]^\top$.

## Newton's method

As a simple example, for $f(x) = \frac{1}{2} x^2$ we have $\nabla f(x) = x$ and $\mathbf{H} = 1$. Hence for any $x$ we obtain $\epsilon = -x$. In other words, a *single* step is sufficient to converge perfectly without the need for any adjustment! Alas, we got a bit lucky here: the Taylor expansion was exact since $f(x+\epsilon)= \frac{1}{2} x^2 + \epsilon x + \frac{1}{2} \epsilon^2$.
""", r"$f(x+\epsilon)= \frac{1}{2} x^2 + \epsilon x + \frac{1}{2} \epsilon^2$",
    r"$f(x+\epsilon)= \frac{1}{2} x^2 + \epsilon x + \epsilon^2$",
    "the factor 1/2 of the square term dropped")

add("cs231n-softmax-probabilities",
    "CS231n notes, Linear classification: Softmax classifier (numeric stability) and Softmax classifier provides probabilities for each class",
    CS231N.format(page="linear-classify", commit="04b37d43"),
    CS_NOTE, r"""
# Softmax classifier

In the Softmax classifier, the function mapping $f(x_i; W) =  W x_i$ stays unchanged, but we now interpret these scores as the unnormalized log probabilities for each class and replace the *hinge loss* with a **cross-entropy loss** that has the form:

$$
L_i = -\log\left(\frac{e^{f_{y_i}}}{ \sum_j e^{f_j} }\right) \hspace{0.5in} \text{or equivalently} \hspace{0.5in} L_i = -f_{y_i} + \log\sum_j e^{f_j}
$$

**Practical issues: Numeric stability**. Notice that if we multiply the top and bottom of the fraction by a constant $C$ and push it into the sum, we get the following (mathematically equivalent) expression:

$$
\frac{e^{f_{y_i}}}{\sum_j e^{f_j}}
= \frac{Ce^{f_{y_i}}}{C\sum_j e^{f_j}}
= \frac{e^{f_{y_i} + \log C}}{\sum_j e^{f_j + \log C}}
$$

We are free to choose the value of $C$. A common choice for $C$ is to set $\log C = -\max_j f_j $.

**Softmax classifier provides "probabilities" for each class.** For example, suppose that the unnormalized log-probabilities for some three classes come out to be [1, -2, 0]. The softmax function would then compute:

$$
[1, -2, 0] \rightarrow [e^1, e^{-2}, e^0] = [2.71, 0.14, 1] \rightarrow [0.7, 0.04, 0.26]
$$

Where the steps taken are to exponentiate and normalize to sum to one. For example, suppose that the weights became one half smaller ([0.5, -1, 0]). The softmax would now compute:

$$
[0.5, -1, 0] \rightarrow [e^{0.5}, e^{-1}, e^0] = [1.65, 0.37, 1] \rightarrow [0.55, 0.12, 0.33]
$$

where the probabilites are now more diffuse.
""", r"\rightarrow [0.7, 0.04, 0.26]", r"\rightarrow [0.7, 0.14, 0.26]",
    "the unnormalized 0.14 copied for the normalized 0.04")

add("cs231n-loss-functions",
    "CS231n notes, Neural Networks Part 2: Regularization (L2, L1) and Loss functions (classification, attribute classification, regression)",
    CS231N.format(page="neural-networks-2", commit="01e33b63"),
    CS_NOTE, r"""
# Regularization and loss functions

**L2 regularization**. That is, for every weight $w$ in the network, we add the term $\frac{1}{2} \lambda w^2$ to the objective, where $\lambda$ is the regularization strength. It is common to see the factor of $\frac{1}{2}$ in front because then the gradient of this term with respect to the parameter $w$ is simply $\lambda w$ instead of $2 \lambda w$.

**L1 regularization** is another relatively common form of regularization, where for each weight $w$ we add the term $\lambda  \mid w \mid$ to the objective. It is possible to combine the L1 regularization with the L2 regularization: $\lambda_1 \mid w \mid + \lambda_2 w^2$ (this is called *Elastic net regularization*).

**Dropout**. To see this, consider an output of a neuron $x$ (before dropout). With dropout, the expected output from this neuron will become $px + (1-p)0$, because the neuron's output will be set to zero with probability $1-p$. At test time, when we keep the neuron always active, we must adjust $x \rightarrow px$ to keep the same expected output.

**Classification**. One of two most commonly seen cost functions in this setting are the SVM (e.g. the Weston Watkins formulation):

$$
L_i = \sum_{j\neq y_i} \max(0, f_j - f_{y_i} + 1)
$$

The second common choice is the Softmax classifier that uses the cross-entropy loss:

$$
L_i = -\log\left(\frac{e^{f_{y_i}}}{ \sum_j e^{f_j} }\right)
$$

**Attribute classification**. An alternative to this loss would be to train a logistic regression classifier for every attribute independently:

$$
L_i = \sum_j y_{ij} \log(\sigma(f_j)) + (1 - y_{ij}) \log(1 - \sigma(f_j))
$$

where the labels $y_{ij}$ are assumed to be either 1 (positive) or 0 (negative), and $\sigma(\cdot)$ is the sigmoid function. The expression above can look scary but the gradient on $f$ is in fact extremely simple and intuitive: $\partial{L_i} / \partial{f_j} = y_{ij} - \sigma(f_j)$ (as you can double check yourself by taking the derivatives).

**Regression**. The L2 norm squared would compute the loss for a single example of the form:

$$
L_i = \Vert f - y_i \Vert_2^2
$$

The L1 norm would be formulated by summing the absolute value along each dimension:

$$
L_i = \Vert f - y_i \Vert_1 = \sum_j \mid f_j - (y_i)_j \mid
$$
""", r"$\partial{L_i} / \partial{f_j} = y_{ij} - \sigma(f_j)$", r"$\partial{L_i} / \partial{f_j} = \sigma(f_j) - y_{ij}$",
    "sign of the gradient flipped (the loss as written has no minus sign)")

add("cs231n-backprop-derivation",
    "CS231n notes, Derivation of backpropagation (backprop-derivation): Notations, Recursive computation of gradient, Summary",
    CS231N.format(page="backprop-derivation", commit="a9444db4"),
    CS_NOTE + "; the svg circuit figures left out", r"""
# Derivation of backpropagation

$w^l_{jk}$ represents the weight from unit $k$ of level $l-1$ to unit $j$ of level $l$. $b^l_j$ is the bias of unit $j$ of level $l$. The activation function of the hidden units is represented by $\sigma$. $a^l_j$ is the activation of unit $j$ of level $l$. And finally, $z^l_j$ is the biased weighted sum of inputs i.e. $z^l_j=\sum_k{w^l_{jk}a^{l-1}_k}+b^l_j$. Clearly, $a^l_j=\sigma(z^l_j)$.

If the final cost for the neural network circuit is $C$, then $\delta^l_j=\frac{\partial{C}}{\partial{z}^l_j}$.

Recall that the add gate simply distributes the gradient of its output to all its inputs. So $\delta^l_j$ passes unchanged to $b^l_j$, $w^l_{jk}a^{l-1}_k$ and we have $\frac{\partial{C}}{\partial{b^l_j}}=\delta^l_j$, $\frac{\partial{C}}{\partial{w^l_{jk}a^{l-1}_k}}=
\delta^l_j$. The multiply gate switches its inputs and multiplies them with the output gradient. It sends $\delta^l_ja^{l-1}_k$ back to $w^l_{jk}$ which gives us $\frac{\partial{C}}{\partial{w^l_{jk}}}=\delta^l_ja^{l-1}_k$. It receives gradients (as we've just calculated) from all the multiply gates and adds them up giving $\frac{\partial{C}}{\partial{a^{l-1}_k}}=
\sum_j\delta^l_jw^l_{jk}$.

So $\delta^l_j=\sigma'(z^l_j)(\delta^{l+1})^Tw^{l+1}_{.j}$.

## Summary

$$
\delta^L_{j} = \frac{\partial{C}}{\partial{z^L_j}}\\
\delta^l_{j} = \sigma'(z^l_j)(\delta^{l+1})^Tw^{l+1}_{.j} \text{ for $l=1 \dots L-1$}\\
\frac{\partial{C}}{\partial{w^l_{jk}}} = \delta^l_ja^{l-1}_k \text{ for $l=1 \dots L$}\\
\frac{\partial{C}}{\partial{b^l_j}} = \delta^l_j \text{ for $l=1 \dots L$}
$$
""", r"\frac{\partial{C}}{\partial{w^l_{jk}}} = \delta^l_ja^{l-1}_k \text{ for $l=1 \dots L$}\\",
    r"\frac{\partial{C}}{\partial{w^l_{jk}}} = \delta^l_ja^{l}_k \text{ for $l=1 \dots L$}\\",
    "wrong layer index: a^l_k for a^{l-1}_k in the summary")

add("d2l-dropout-expectation",
    "Zhang et al., Dive into Deep Learning, 5.6 Dropout: Robustness through Perturbations; Dropout in Practice",
    D2L.format(page="chapter_multilayer-perceptrons/dropout.html",
               path="chapter_multilayer-perceptrons/dropout.md", commit="00ad4e5f"),
    D2L_NOTE + "; the last display, the expectation of the cases written out, is a reader's check", r"""
# Dropout

In Bishop's case, when we are adding Gaussian noise to a linear model, this is simple: At each training iteration, just add noise sampled from a distribution with mean zero $\epsilon \sim \mathcal{N}(0,\sigma^2)$ to the input $\mathbf{x}$, yielding a perturbed point $\mathbf{x}' = \mathbf{x} + \epsilon$. In expectation, $\mathbf{E}[\mathbf{x}'] = \mathbf{x}$.

In other words, dropout with drop probability $p$ is applied as follows:

$$
\begin{aligned}
h' =
\begin{cases}
    0 & \text{ with probability } p \\
    \frac{h}{1-p} & \text{ otherwise}
\end{cases}
\end{aligned}
$$

By design, the expectation remains unchanged, i.e., $\mathbf{E}[h'] = h$.

Written out over the two cases, for $0 < p < 1$:

$$p \cdot 0 + (1 - p) \cdot \frac{h}{1-p} = h$$
""", r"$$p \cdot 0 + (1 - p) \cdot \frac{h}{1-p} = h$$", r"$$p \cdot 0 + (1 - p) \cdot \frac{h}{p} = h$$",
    "the keep probability 1 - p replaced by the drop probability p in the rescaling")

add("d2l-calculus-derivative-rules",
    "Zhang et al., Dive into Deep Learning, 2.4 Calculus: Derivatives and Differentiation (the rules, u = 3x^2 - 4x at x = 1) and Chain Rule",
    D2L.format(page="chapter_preliminaries/calculus.html",
               path="chapter_preliminaries/calculus.md", commit="0001fb52"),
    D2L_NOTE + "; the bullet list of rules kept as a list", r"""
# Derivatives and differentiation

Suppose that we have a function $f: \mathbb{R} \rightarrow \mathbb{R}$, whose input and output are both scalars. The *derivative* of $f$ is defined as

$$f'(x) = \lim_{h \rightarrow 0} \frac{f(x+h) - f(x)}{h},$$

if this limit exists. To illustrate derivatives, let us experiment with an example. Define $u = f(x) = 3x^2-4x$.

By setting $x=1$ and letting $h$ approach $0$, the numerical result of $\frac{f(x+h) - f(x)}{h}$ approaches $2$.

Let us familiarize ourselves with a few equivalent notations for derivatives. Given $y = f(x)$, where $x$ and $y$ are the independent variable and the dependent variable of the function $f$, respectively. The following expressions are equivalent:

$$f'(x) = y' = \frac{dy}{dx} = \frac{df}{dx} = \frac{d}{dx} f(x) = Df(x) = D_x f(x),$$

We can use the following rules to differentiate common functions:

* $DC = 0$ ($C$ is a constant),
* $Dx^n = nx^{n-1}$ (the *power rule*, $n$ is any real number),
* $De^x = e^x$,
* $D\ln(x) = 1/x.$

Suppose that functions $f$ and $g$ are both differentiable and $C$ is a constant, we have the *constant multiple rule*

$$\frac{d}{dx} [Cf(x)] = C \frac{d}{dx} f(x),$$

the *sum rule*

$$\frac{d}{dx} [f(x) + g(x)] = \frac{d}{dx} f(x) + \frac{d}{dx} g(x),$$

the *product rule*

$$\frac{d}{dx} [f(x)g(x)] = f(x) \frac{d}{dx} [g(x)] + g(x) \frac{d}{dx} [f(x)],$$

and the *quotient rule*

$$\frac{d}{dx} \left[\frac{f(x)}{g(x)}\right] = \frac{g(x) \frac{d}{dx} [f(x)] - f(x) \frac{d}{dx} [g(x)]}{[g(x)]^2}.$$

Now we can apply a few of the above rules to find $u' = f'(x) = 3 \frac{d}{dx} x^2-4\frac{d}{dx}x = 6x-4$. Thus, by setting $x = 1$, we have $u' = 2$: this is supported by our earlier experiment in this section where the numerical result approaches $2$.

## Chain rule

Suppose that functions $y=f(u)$ and $u=g(x)$ are both differentiable, then the chain rule states that

$$\frac{dy}{dx} = \frac{dy}{du} \frac{du}{dx}.$$
""", r"\frac{g(x) \frac{d}{dx} [f(x)] - f(x) \frac{d}{dx} [g(x)]}{[g(x)]^2}",
    r"\frac{g(x) \frac{d}{dx} [f(x)] + f(x) \frac{d}{dx} [g(x)]}{[g(x)]^2}",
    "sign of the quotient rule's second term flipped")
