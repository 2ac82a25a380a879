# A ninth held-out set (issue 12, branch held9): twelve passages that the corpus did not hold
# before and that the checker had never been run on: Nielsen ch. 1 (perceptrons) and ch. 5 (the
# unstable-gradient problem), Goodfellow et al. ch. 5, 6 and 7 (estimator bias, maximum
# likelihood, softmax units, L2 weight decay), He et al.'s backward case, Parr and Howard's weight
# gradient, the CS231n notes' SVM-versus-softmax figure, Britz's BPTT tutorial and a Q&A answer
# on the KL divergence of two Gaussians. Where no stored copy was found the passage is written
# from the source as recalled, and its header says so. Read by make_transcribed.py after
# sources_held_out8.py; uses NNDL_SRC, NNDL_NOTE, CS_SRC, PH_SRC and PH_NOTE (sources_held_out5.py).
DLB = "https://www.deeplearningbook.org/contents/{page}.html (Goodfellow, Bengio and Courville, Deep Learning)"
DLB_NOTE = ("the book's numbered displays written between double dollars with their equation "
            "numbers as tags, bold vectors as boldsymbol; prose abridged, wording kept")

CHECKED.update({
    "parr-howard-weights-gradient": "matrix-calculus.md of github.com/parrt/bookish",
})

add("nndl1-perceptron-nand",
    "Nielsen, Neural Networks and Deep Learning, ch. 1, Perceptrons (the NAND perceptron) and Sigmoid neurons, eqs. (1)-(4)",
    NNDL_SRC.format(page="chap1"), NNDL_NOTE, r"""
# Perceptrons

A perceptron takes several binary inputs, $x_1, x_2, \ldots$, and produces a single binary output. The neuron's output, $0$ or $1$, is determined by whether the weighted sum $\sum_j w_j x_j$ is less than or greater than some threshold value:

$$\begin{eqnarray}
  \mbox{output} & = & \left\{ \begin{array}{ll}
      0 & \mbox{if } \sum_j w_j x_j \leq \mbox{ threshold} \\
      1 & \mbox{if } \sum_j w_j x_j > \mbox{ threshold}
      \end{array} \right.
\tag{1}\end{eqnarray}$$

Using the bias instead of the threshold, the perceptron rule can be rewritten:

$$\begin{eqnarray}
  \mbox{output} = \left\{
    \begin{array}{ll}
      0 & \mbox{if } w\cdot x + b \leq 0 \\
      1 & \mbox{if } w\cdot x + b > 0
    \end{array}
  \right.
\tag{2}\end{eqnarray}$$

For example, suppose we have a perceptron with two inputs, each with weight $-2$, and an overall bias of $3$. Then we see that input $00$ produces output $1$, since $(-2)*0+(-2)*0+3 = 3$ is positive. Here, I've introduced the $*$ symbol to make the multiplications explicit. Similar calculations show that the inputs $01$ and $10$ produce output $1$. But the input $11$ produces output $0$, since $(-2)*1+(-2)*1+3 = -1$ is negative. And so our perceptron implements a NAND gate!

## Sigmoid neurons

The sigmoid neuron's output is $\sigma(w \cdot x+b)$, where $\sigma$ is called the *sigmoid function*, and is defined by:

$$\begin{eqnarray}
  \sigma(z) \equiv \frac{1}{1+e^{-z}}.
\tag{3}\end{eqnarray}$$

To put it all a little more explicitly, the output of a sigmoid neuron with inputs $x_1,x_2,\ldots$, weights $w_1,w_2,\ldots$, and bias $b$ is

$$\begin{eqnarray}
  \frac{1}{1+\exp(-\sum_j w_j x_j-b)}.
\tag{4}\end{eqnarray}$$

Suppose $z \equiv w \cdot x + b$ is a large positive number. Then $e^{-z} \approx 0$ and so $\sigma(z) \approx 1$.
""", r"$(-2)*1+(-2)*1+3 = -1$", r"$(-2)*1+(-2)*1+3 = 1$",
    "arithmetic slip: the sum for input 11 written as 1 instead of -1")

add("nndl5-unstable-gradient-width",
    "Nielsen, Neural Networks and Deep Learning, ch. 5, What's causing the vanishing gradient problem? (the maximum of sigma-prime) and the problem after it, eq. (123); the bound at |w| = 6.9 worked out",
    NNDL_SRC.format(page="chap5"),
    NNDL_NOTE + "; the problem's numerical part (the value at |w| = 6.9) and the value of sigma-prime at 0 written as displays", r"""
# The unstable gradient problem

The derivative of the sigmoid reaches a maximum at $\sigma'(0) = 1/4$:

$$\sigma'(0) = \sigma(0)(1-\sigma(0)) = \frac{1}{2} \cdot \frac{1}{2} = \frac{1}{4}.$$

So if we use our standard approach to initializing the weights, then we will have $|w_j| < 1$ and the terms $w_j \sigma'(z_j)$ will usually satisfy $|w_j \sigma'(z_j)| < 1/4$.

## Problem

Consider the product $|w \sigma'(wa+b)|$. Suppose $|w \sigma'(wa+b)| \geq 1$. Argue that this can only ever occur if $|w| \geq 4$. Supposing that $|w| \geq 4$, consider the set of input activations $a$ for which $|w \sigma'(wa+b)| \geq 1$. Show that the set of $a$ satisfying that constraint can range over an interval no greater in width than

$$\begin{eqnarray}
  \frac{2}{|w|} \ln\left( \frac{|w|(1+\sqrt{1-4/|w|})}{2}-1\right).
\tag{123}\end{eqnarray}$$

Show numerically that the above expression bounding the width of the range is greatest at $|w| \approx 6.9$, where it takes a value $\approx 0.45$:

$$\frac{2}{6.9} \ln\left( \frac{6.9(1+\sqrt{1-4/6.9})}{2}-1\right) \approx 0.45.$$
""", r"-1\right) \approx 0.45.$$", r"-1\right) \approx 0.54.$$",
    "digits transposed in the worked value: 0.45 written as 0.54")

add("goodfellow-bernoulli-mean-unbiased",
    "Goodfellow et al., Deep Learning, 5.4.2 Bias (Example: Bernoulli Distribution), eqs. (5.20)-(5.28)",
    DLB.format(page="ml"), DLB_NOTE + "; the aligned chain kept as one align display", r"""
# Bias of the Bernoulli mean estimator

The bias of an estimator is defined as

$$\mathrm{bias}(\hat{\theta}_m) = \mathbb{E}(\hat{\theta}_m) - \theta \tag{5.20}$$

Consider a set of samples $\{x^{(1)}, \ldots, x^{(m)}\}$ that are independently and identically distributed according to a Bernoulli distribution with mean $\theta$:

$$P(x^{(i)}; \theta) = \theta^{x^{(i)}} (1-\theta)^{(1-x^{(i)})}. \tag{5.21}$$

A common estimator for the $\theta$ parameter of this distribution is the mean of the training samples:

$$\hat{\theta}_m = \frac{1}{m} \sum_{i=1}^m x^{(i)}. \tag{5.22}$$

To determine whether this estimator is biased, we can substitute equation 5.22 into equation 5.20:

$$\begin{align}
\mathrm{bias}(\hat{\theta}_m) &= \mathbb{E}[\hat{\theta}_m] - \theta \tag{5.23}\\
&= \mathbb{E}\left[\frac{1}{m} \sum_{i=1}^m x^{(i)}\right] - \theta \tag{5.24}\\
&= \frac{1}{m} \sum_{i=1}^m \mathbb{E}\left[x^{(i)}\right] - \theta \tag{5.25}\\
&= \frac{1}{m} \sum_{i=1}^m \sum_{x^{(i)}=0}^1 \left(x^{(i)} \theta^{x^{(i)}} (1-\theta)^{(1-x^{(i)})}\right) - \theta \tag{5.26}\\
&= \frac{1}{m} \sum_{i=1}^m (\theta) - \theta \tag{5.27}\\
&= \theta - \theta = 0 \tag{5.28}
\end{align}$$

Since $\mathrm{bias}(\hat{\theta}) = 0$, we say that our estimator $\hat{\theta}$ is unbiased.
""", r"&= \frac{1}{m} \sum_{i=1}^m (\theta) - \theta", r"&= \frac{1}{m} \sum_{i=1}^m (1-\theta) - \theta",
    "the expectation of a Bernoulli sample written as 1 - theta (the probability of 0) in (5.27)")

add("goodfellow-gaussian-variance-bias",
    "Goodfellow et al., Deep Learning, 5.4.2 Bias (Example: Estimators of the Variance of a Gaussian Distribution), eqs. (5.36)-(5.44)",
    DLB.format(page="ml"), DLB_NOTE, r"""
# Estimators of the variance of a Gaussian distribution

In this example, we compare two different estimators of the variance parameter $\sigma^2$ of a Gaussian distribution. We are interested in knowing if either estimator is biased.

The first estimator of $\sigma^2$ we consider is known as the sample variance

$$\hat{\sigma}_m^2 = \frac{1}{m} \sum_{i=1}^m \left(x^{(i)} - \hat{\mu}_m\right)^2, \tag{5.36}$$

where $\hat{\mu}_m$ is the sample mean. More formally, we are interested in computing

$$\mathrm{bias}(\hat{\sigma}_m^2) = \mathbb{E}[\hat{\sigma}_m^2] - \sigma^2. \tag{5.37}$$

We begin by evaluating the term $\mathbb{E}[\hat{\sigma}_m^2]$:

$$\mathbb{E}[\hat{\sigma}_m^2] = \mathbb{E}\left[\frac{1}{m} \sum_{i=1}^m \left(x^{(i)} - \hat{\mu}_m\right)^2\right] \tag{5.38}$$

$$= \frac{m-1}{m}\sigma^2. \tag{5.39}$$

Returning to equation 5.37, we conclude that the bias of $\hat{\sigma}_m^2$ is $-\sigma^2/m$. Therefore, the sample variance is a biased estimator.

The unbiased sample variance estimator

$$\tilde{\sigma}_m^2 = \frac{1}{m-1} \sum_{i=1}^m \left(x^{(i)} - \hat{\mu}_m\right)^2 \tag{5.40}$$

provides an alternative approach. As the name suggests this estimator is unbiased. That is, we find that $\mathbb{E}[\tilde{\sigma}_m^2] = \sigma^2$:

$$\mathbb{E}[\tilde{\sigma}_m^2] = \mathbb{E}\left[\frac{1}{m-1} \sum_{i=1}^m \left(x^{(i)} - \hat{\mu}_m\right)^2\right] \tag{5.41}$$

$$= \frac{m}{m-1} \mathbb{E}[\hat{\sigma}_m^2] \tag{5.42}$$

$$= \frac{m}{m-1} \left(\frac{m-1}{m}\sigma^2\right) \tag{5.43}$$

$$= \sigma^2. \tag{5.44}$$
""", r"$$= \frac{m}{m-1} \left(\frac{m-1}{m}\sigma^2\right)", r"$$= \frac{m}{m-1} \left(\frac{m}{m-1}\sigma^2\right)",
    "equation 5.39 substituted upside down in (5.43)")

add("goodfellow-l2-weight-decay",
    "Goodfellow et al., Deep Learning, 7.1.1 L2 Parameter Regularization, eqs. (7.1)-(7.10)",
    DLB.format(page="regularization"), DLB_NOTE, r"""
# L2 parameter regularization

Such a model has the following total objective function:

$$\tilde{J}(\boldsymbol{w}; \boldsymbol{X}, \boldsymbol{y}) = \frac{\alpha}{2} \boldsymbol{w}^\top \boldsymbol{w} + J(\boldsymbol{w}; \boldsymbol{X}, \boldsymbol{y}), \tag{7.2}$$

with the corresponding parameter gradient

$$\nabla_{\boldsymbol{w}} \tilde{J}(\boldsymbol{w}; \boldsymbol{X}, \boldsymbol{y}) = \alpha \boldsymbol{w} + \nabla_{\boldsymbol{w}} J(\boldsymbol{w}; \boldsymbol{X}, \boldsymbol{y}). \tag{7.3}$$

To take a single gradient step to update the weights, we perform this update:

$$\boldsymbol{w} \leftarrow \boldsymbol{w} - \epsilon \left(\alpha \boldsymbol{w} + \nabla_{\boldsymbol{w}} J(\boldsymbol{w}; \boldsymbol{X}, \boldsymbol{y})\right). \tag{7.4}$$

Written another way, the update is

$$\boldsymbol{w} \leftarrow (1 - \epsilon \alpha) \boldsymbol{w} - \epsilon \nabla_{\boldsymbol{w}} J(\boldsymbol{w}; \boldsymbol{X}, \boldsymbol{y}). \tag{7.5}$$

We can see that the addition of the weight decay term has modified the learning rule to multiplicatively shrink the weight vector by a constant factor on each step, just before performing the usual gradient update.

Let $\boldsymbol{w}^*$ be the unregularized minimum. If the objective function is truly quadratic, then the approximation is perfect. The approximation $\hat{J}$ is given by

$$\hat{J}(\boldsymbol{\theta}) = J(\boldsymbol{w}^*) + \frac{1}{2} (\boldsymbol{w} - \boldsymbol{w}^*)^\top \boldsymbol{H} (\boldsymbol{w} - \boldsymbol{w}^*), \tag{7.6}$$

where $\boldsymbol{H}$ is the Hessian matrix of $J$ with respect to $\boldsymbol{w}$ evaluated at $\boldsymbol{w}^*$. The minimum of $\hat{J}$ occurs where its gradient

$$\nabla_{\boldsymbol{w}} \hat{J}(\boldsymbol{w}) = \boldsymbol{H}(\boldsymbol{w} - \boldsymbol{w}^*) \tag{7.7}$$

is equal to $\boldsymbol{0}$. To study the effect of weight decay, we modify equation 7.7 by adding the weight decay gradient. We can now solve for the minimum of the regularized version of $\hat{J}$. We use the variable $\tilde{\boldsymbol{w}}$ to represent the location of the minimum.

$$\alpha \tilde{\boldsymbol{w}} + \boldsymbol{H}(\tilde{\boldsymbol{w}} - \boldsymbol{w}^*) = 0 \tag{7.8}$$

$$(\boldsymbol{H} + \alpha \boldsymbol{I}) \tilde{\boldsymbol{w}} = \boldsymbol{H} \boldsymbol{w}^* \tag{7.9}$$

$$\tilde{\boldsymbol{w}} = (\boldsymbol{H} + \alpha \boldsymbol{I})^{-1} \boldsymbol{H} \boldsymbol{w}^*. \tag{7.10}$$
""", r"\leftarrow (1 - \epsilon \alpha)", r"\leftarrow (1 - \alpha)",
    "the learning rate dropped from the decay factor in (7.5)")

add("goodfellow-softmax-units",
    "Goodfellow et al., Deep Learning, 6.2.2.3 Softmax Units for Multinoulli Output Distributions, eqs. (6.28)-(6.33); the two-class case written out",
    DLB.format(page="mlp"),
    DLB_NOTE + "; the remark that a sigmoid is a two-element softmax with one input fixed at 0 written as a display", r"""
# Softmax units for multinoulli output distributions

First, a linear layer predicts unnormalized log probabilities:

$$\boldsymbol{z} = \boldsymbol{W}^\top \boldsymbol{h} + \boldsymbol{b}, \tag{6.28}$$

where $z_i = \log \tilde{P}(y = i \mid \boldsymbol{x})$. The softmax function can then exponentiate and normalize $\boldsymbol{z}$ to obtain the desired $\hat{\boldsymbol{y}}$. Formally, the softmax function is given by

$$\mathrm{softmax}(\boldsymbol{z})_i = \frac{\exp(z_i)}{\sum_j \exp(z_j)}. \tag{6.29}$$

The log in the log-likelihood can undo the exp of the softmax:

$$\log \mathrm{softmax}(\boldsymbol{z})_i = z_i - \log \sum_j \exp(z_j). \tag{6.30}$$

The softmax function is invariant to adding the same scalar to all of its inputs:

$$\mathrm{softmax}(\boldsymbol{z}) = \mathrm{softmax}(\boldsymbol{z} + c). \tag{6.32}$$

Using this property, we can derive a numerically stable variant of the softmax:

$$\mathrm{softmax}(\boldsymbol{z}) = \mathrm{softmax}(\boldsymbol{z} - \max_i z_i). \tag{6.33}$$

We could impose a requirement that one element of $\boldsymbol{z}$ be fixed. Indeed, this is exactly what the sigmoid unit does. Defining $P(y = 1 \mid \boldsymbol{x}) = \sigma(z)$ is equivalent to defining $P(y = 1 \mid \boldsymbol{x}) = \mathrm{softmax}(\boldsymbol{z})_1$ with a two-dimensional $\boldsymbol{z}$ and $z_1 = 0$:

$$\frac{\exp(z)}{\exp(0) + \exp(z)} = \frac{1}{1 + \exp(-z)} = \sigma(z).$$
""", r"= z_i - \log \sum_j", r"= z_i + \log \sum_j",
    "sign of the log-sum-exp flipped in (6.30)")

add("goodfellow-linear-regression-mle",
    "Goodfellow et al., Deep Learning, 5.5.1 Conditional Log-Likelihood and Mean Squared Error (linear regression as maximum likelihood), eqs. (5.63)-(5.66), with the Gaussian density (3.21)",
    DLB.format(page="ml"), DLB_NOTE, r"""
# Linear regression as maximum likelihood

The normal distribution is

$$\mathcal{N}(x; \mu, \sigma^2) = \sqrt{\frac{1}{2\pi\sigma^2}} \exp\left(-\frac{1}{2\sigma^2}(x - \mu)^2\right). \tag{3.21}$$

We now think of the model as producing a conditional distribution $p(y \mid \boldsymbol{x})$. To derive the same linear regression algorithm we obtained before, we define $p(y \mid \boldsymbol{x}) = \mathcal{N}(y; \hat{y}(\boldsymbol{x}; \boldsymbol{w}), \sigma^2)$. Since the examples are assumed to be i.i.d., the conditional log-likelihood (equation 5.63) is given by

$$\sum_{i=1}^m \log p(y^{(i)} \mid \boldsymbol{x}^{(i)}; \boldsymbol{\theta}) \tag{5.64}$$

$$= -m \log \sigma - \frac{m}{2} \log(2\pi) - \sum_{i=1}^m \frac{\left\| \hat{y}^{(i)} - y^{(i)} \right\|^2}{2\sigma^2}, \tag{5.65}$$

where $\hat{y}^{(i)}$ is the output of the linear regression on the $i$-th input $\boldsymbol{x}^{(i)}$ and $m$ is the number of the training examples. Comparing the log-likelihood with the mean squared error,

$$\mathrm{MSE}_{\mathrm{train}} = \frac{1}{m} \sum_{i=1}^m \left\| \hat{y}^{(i)} - y^{(i)} \right\|^2, \tag{5.66}$$

we immediately see that maximizing the log-likelihood with respect to $\boldsymbol{w}$ yields the same estimate of the parameters $\boldsymbol{w}$ as does minimizing the mean squared error.
""", r"- \frac{m}{2} \log(2\pi)", r"- m \log(2\pi)",
    "the factor 1/2 of the log(2 pi) term dropped in (5.65)")

add("he-backward-variance",
    "He, Zhang, Ren and Sun, Delving Deep into Rectifiers (2015), section 2.2 Backward Propagation Case, eqs. (11)-(14); std for a 3x3 layer with 128 output channels worked out",
    "https://arxiv.org/abs/1502.01852 (He, Zhang, Ren and Sun, Delving Deep into Rectifiers: Surpassing Human-Level Performance on ImageNet Classification)",
    "the paper's numbered displays written between double dollars with their tags; the std for k = 3, d = 128 worked out as a display; prose abridged, wording kept", r"""
# Backward propagation case

For back-propagation, the gradient of a conv layer is computed by:

$$\Delta \mathbf{x}_l = \hat{\mathbf{W}}_l \Delta \mathbf{y}_l. \tag{11}$$

Here we use $\Delta \mathbf{x}$ and $\Delta \mathbf{y}$ to denote gradients ($\frac{\partial \mathcal{E}}{\partial \mathbf{x}}$ and $\frac{\partial \mathcal{E}}{\partial \mathbf{y}}$) for simplicity. $\Delta \mathbf{y}$ represents $k$-by-$k$ pixels in $d$ channels, and is reshaped into a $k^2 d$-by-$1$ vector. We denote $\hat{n} = k^2 d$.

In back-propagation we also have $\Delta y_l = f'(y_l) \Delta x_{l+1}$ where $f'$ is the derivative of $f$. For the ReLU case, $f'(y_l)$ is zero or one, and their probabilities are equal. Thus we have $E[\Delta y_l] = E[\Delta x_{l+1}]/2 = 0$, and also $E[(\Delta y_l)^2] = Var[\Delta y_l] = \frac{1}{2} Var[\Delta x_{l+1}]$. Then we compute the variance of the gradient in Eqn.(11):

$$Var[\Delta x_l] = \hat{n}_l Var[w_l] Var[\Delta y_l] = \frac{1}{2} \hat{n}_l Var[w_l] Var[\Delta x_{l+1}]. \tag{12}$$

With $L$ layers put together, we have:

$$Var[\Delta x_2] = Var[\Delta x_{L+1}] \left( \prod_{l=2}^{L} \frac{1}{2} \hat{n}_l Var[w_l] \right). \tag{13}$$

We consider a sufficient condition that the gradient is not exponentially large/small:

$$\frac{1}{2} \hat{n}_l Var[w_l] = 1, \quad \forall l. \tag{14}$$

The only difference between this equation and Eqn.(10) is that $\hat{n}_l = k_l^2 d_l$ while $n_l = k_l^2 c_l = k_l^2 d_{l-1}$. Eqn.(14) results in a zero-mean Gaussian distribution whose std is $\sqrt{2/\hat{n}_l}$. For a $3 \times 3$ layer with $d = 128$ filters:

$$\sqrt{2/\hat{n}_l} = \sqrt{\frac{2}{3^2 \cdot 128}} = \sqrt{\frac{2}{1152}} \approx 0.0417.$$
""", r"= \frac{1}{2} \hat{n}_l Var[w_l] Var[\Delta x_{l+1}]. \tag{12}", r"= \hat{n}_l Var[w_l] Var[\Delta x_{l+1}]. \tag{12}",
    "the factor 1/2 of the ReLU dropped when Var[Delta y_l] is substituted in (12)")

add("gaussian-kl-univariate",
    "KL divergence between two univariate Gaussians, an answer on Cross Validated (stats.stackexchange.com, question 7440); the standard-normal case used by the VAE written out",
    "https://stats.stackexchange.com/questions/7440/kl-divergence-between-two-univariate-gaussians",
    "the answer's align display kept, its two integrals as written; the q = N(0, 1) case written as a display", r"""
# KL divergence between two univariate Gaussians

Let $p(x) = \mathcal{N}(\mu_1, \sigma_1)$ and $q(x) = \mathcal{N}(\mu_2, \sigma_2)$. The cross term is

$$-\int p(x) \log q(x) dx = \frac{1}{2} \log (2 \pi \sigma_2^2) + \frac{\sigma_1^2 + (\mu_1 - \mu_2)^2}{2 \sigma_2^2},$$

and the entropy term is $\int p(x) \log p(x) dx = -\frac{1}{2} (1 + \log 2 \pi \sigma_1^2)$. Putting it together:

$$\begin{align}
KL(p, q) &= - \int p(x) \log q(x) dx + \int p(x) \log p(x) dx \\
&= \frac{1}{2} \log (2 \pi \sigma_2^2) + \frac{\sigma_1^2 + (\mu_1 - \mu_2)^2}{2 \sigma_2^2} - \frac{1}{2} (1 + \log 2 \pi \sigma_1^2) \\
&= \log \frac{\sigma_2}{\sigma_1} + \frac{\sigma_1^2 + (\mu_1 - \mu_2)^2}{2 \sigma_2^2} - \frac{1}{2}
\end{align}$$

When $q$ is the standard normal ($\mu_2 = 0$, $\sigma_2 = 1$), as for the prior of a variational autoencoder:

$$KL(p, q) = -\log \sigma_1 + \frac{\sigma_1^2 + \mu_1^2}{2} - \frac{1}{2}.$$
""", r"&= \log \frac{\sigma_2}{\sigma_1}", r"&= \log \frac{\sigma_1}{\sigma_2}",
    "the ratio of the standard deviations inverted in the last line")

add("cs231n-svm-vs-softmax-numbers",
    "CS231n notes, Linear classification: SVM vs. Softmax (the figure's example of one datapoint with scores -2.85, 0.86, 0.28 and correct class 3)",
    CS_SRC.format(page="linear-classify", commit="unknown"),
    "the figure's computations (an image in the notes) written as displays; prose abridged, wording kept", r"""
# SVM vs. Softmax

Example of the difference between the SVM and Softmax classifiers for one datapoint. In both cases we compute the same score vector $f$ (e.g. by matrix multiplication). The scores are $f = [-2.85, 0.86, 0.28]$ and the correct class is the third, $y_i = 2$.

The SVM interprets these scores as class scores and its loss function encourages the correct class to have a score higher by a margin than the other class scores:

$$L_i = \max(0, -2.85 - 0.28 + 1) + \max(0, 0.86 - 0.28 + 1) = 1.58$$

The Softmax classifier instead interprets the scores as (unnormalized) log probabilities for each class and then encourages the (normalized) log probability of the correct class to be high. The probability of the correct class is

$$\frac{e^{0.28}}{e^{-2.85} + e^{0.86} + e^{0.28}} = 0.353$$

and the cross-entropy loss is

$$L_i = -\ln(0.353) = 1.04$$

The final loss for this example is 1.58 for the SVM and 1.04 for the Softmax classifier, but note that these numbers are not comparable.
""", r"\max(0, 0.86 - 0.28 + 1) = 1.58", r"\max(0, 0.86 - 0.28 + 1) = 2.14",
    "the margin of the second class computed as 0.86 + 0.28 + 1 = 2.14")

add("parr-howard-weights-gradient",
    "Parr and Howard, The gradient of the neural network loss function: The gradient with respect to the weights",
    PH_SRC, PH_NOTE + "; the eqnarray of the gradient put between double dollars", r"""
# The gradient with respect to the weights

Following our chain rule process introduces these intermediate variables:

$$
\begin{array}{lllllllll}
 u(\mathbf{w},b,\mathbf{x}) &=& max(0, \mathbf{w}\cdot\mathbf{x}+b)\\
 v(y,u) &=& y - u\\
 C(v) &=& \frac{1}{N} \sum_{i=1}^N v^2\\
\end{array}
$$

From before, we know:

$$\frac{\partial }{\partial \mathbf{w}} u(\mathbf{w},b,\mathbf{x}) = \begin{cases}
	\vec{0}^T & \mathbf{w} \cdot \mathbf{x} + b \leq 0\\
	\mathbf{x}^T & \mathbf{w} \cdot \mathbf{x} + b > 0\\
\end{cases}$$

and

$$\frac{\partial v(y,u)}{\partial \mathbf{w}} = \frac{\partial}{\partial \mathbf{w}} (y - u) = \vec{0}^T - \frac{\partial u}{\partial \mathbf{w}} = -\frac{\partial u}{\partial \mathbf{w}} = \begin{cases}
	\vec{0}^T & \mathbf{w} \cdot \mathbf{x} + b \leq 0\\
	-\mathbf{x}^T & \mathbf{w} \cdot \mathbf{x} + b > 0\\
\end{cases}$$

Then, for the overall gradient, we get:

$$
\begin{eqnarray*}
 \frac{\partial C(v)}{\partial \mathbf{w}} & = & \frac{\partial }{\partial \mathbf{w}}\frac{1}{N} \sum_{i=1}^N v^2\\
 & = & \frac{1}{N} \sum_{i=1}^N \frac{\partial}{\partial \mathbf{w}} v^2\\
 & = & \frac{1}{N} \sum_{i=1}^N \frac{\partial v^2}{\partial v} \frac{\partial v}{\partial \mathbf{w}} \\
 & = & \frac{1}{N} \sum_{i=1}^N 2v \frac{\partial v}{\partial \mathbf{w}} \\
 & = & \frac{1}{N} \sum_{i=1}^N \begin{cases}
	2v\vec{0}^T = \vec{0}^T & \mathbf{w} \cdot \mathbf{x}_i + b \leq 0\\
	-2v\mathbf{x}^T & \mathbf{w} \cdot \mathbf{x}_i + b > 0\\
\end{cases}\\
 & = & \frac{1}{N} \sum_{i=1}^N \begin{cases}
	\vec{0}^T & \mathbf{w} \cdot \mathbf{x}_i + b \leq 0\\
	-2(y_i-max(0, \mathbf{w}\cdot\mathbf{x}_i+b))\mathbf{x}_i^T & \mathbf{w} \cdot \mathbf{x}_i + b > 0\\
\end{cases}\\
 & = & \begin{cases}
	\vec{0}^T & \mathbf{w} \cdot \mathbf{x}_i + b \leq 0\\
	\frac{-2}{N} \sum_{i=1}^N (y_i-(\mathbf{w}\cdot\mathbf{x}_i+b))\mathbf{x}_i^T & \mathbf{w} \cdot \mathbf{x}_i + b > 0\\
\end{cases}\\
 & = & \begin{cases}
	\vec{0}^T & \mathbf{w} \cdot \mathbf{x}_i + b \leq 0\\
	\frac{2}{N} \sum_{i=1}^N (\mathbf{w}\cdot\mathbf{x}_i+b-y_i)\mathbf{x}_i^T & \mathbf{w} \cdot \mathbf{x}_i + b > 0\\
\end{cases}
\end{eqnarray*}
$$

To interpret that equation, we can substitute an error term $e_i = \mathbf{w}\cdot\mathbf{x}_i+b-y_i$ yielding:

$$
\frac{\partial C}{\partial \mathbf{w}} = \frac{2}{N} \sum_{i=1}^N e_i\mathbf{x}_i^T ~~~\text{(for the nonzero activation case)}
$$

Imagine we only had one input vector, $N=|X|=1$, then the gradient is just $2e_1\mathbf{x}_1^T$.
""", r"\frac{2}{N} \sum_{i=1}^N (\mathbf{w}\cdot\mathbf{x}_i+b-y_i)", r"\frac{2}{N} \sum_{i=1}^N (y_i-\mathbf{w}\cdot\mathbf{x}_i-b)",
    "the minus sign absorbed into the sum twice: the error term's sign flipped in the last line")

add("britz-rnn-bptt",
    "Britz, Recurrent Neural Networks Tutorial, Part 3: Backpropagation Through Time and Vanishing Gradients (WildML, 2015), Backpropagation Through Time",
    "https://dennybritz.com/posts/wildml/recurrent-neural-networks-tutorial-part-3/",
    "the post's displays written between double dollars, its inline math as single dollars; the figure left out; prose abridged, wording kept", r"""
# Backpropagation through time

Let's quickly recap the basic equations of our RNN.

$$s_t = \tanh(Ux_t + Ws_{t-1})$$

$$\hat{y}_t = \mathrm{softmax}(Vs_t)$$

We also defined our loss, or error, to be the cross entropy loss, given by:

$$E_t(y_t, \hat{y}_t) = - y_{t} \log \hat{y}_{t}$$

$$E(y, \hat{y}) = \sum\limits_{t} E_t(y_t,\hat{y}_t) = -\sum\limits_{t} y_{t} \log \hat{y}_{t}$$

Just like we sum up the errors, we also sum up the gradients at each time step for one training example: $\frac{\partial E}{\partial W} = \sum\limits_{t} \frac{\partial E_t}{\partial W}$. We'll use $E_3$ as an example, just to have concrete numbers to work with.

$$\begin{aligned} \frac{\partial E_3}{\partial V} &=\frac{\partial E_3}{\partial \hat{y}_3}\frac{\partial\hat{y}_3}{\partial V}\\ &=\frac{\partial E_3}{\partial \hat{y}_3}\frac{\partial\hat{y}_3}{\partial z_3}\frac{\partial z_3}{\partial V}\\ &=(\hat{y}_3 - y_3) \otimes s_3 \end{aligned}$$

In the above, $z_3 = Vs_3$, and $\otimes$ is the outer product of two vectors. But the story is different for $\frac{\partial E_3}{\partial W}$ (and for $U$). To see why, we write out the chain rule, just as above:

$$\frac{\partial E_3}{\partial W} = \frac{\partial E_3}{\partial \hat{y}_3}\frac{\partial\hat{y}_3}{\partial s_3}\frac{\partial s_3}{\partial W}$$

Now, note that $s_3 = \tanh(Ux_t + Ws_2)$ depends on $s_2$, which depends on $W$ and $s_1$, and so on. So if we take the derivative with respect to $W$ we can't simply treat $s_2$ as a constant! We need to apply the chain rule again and what we really get is this:

$$\frac{\partial E_3}{\partial W} = \sum\limits_{k=0}^{3} \frac{\partial E_3}{\partial \hat{y}_3}\frac{\partial\hat{y}_3}{\partial s_3}\frac{\partial s_3}{\partial s_k}\frac{\partial s_k}{\partial W}$$

Note that $\frac{\partial s_3}{\partial s_1}$ is a chain rule in itself! For example, $\frac{\partial s_3}{\partial s_1} =\frac{\partial s_3}{\partial s_2}\frac{\partial s_2}{\partial s_1}$. We could rewrite the above gradient like so:

$$\frac{\partial E_3}{\partial W} = \sum\limits_{k=0}^{3} \frac{\partial E_3}{\partial \hat{y}_3}\frac{\partial\hat{y}_3}{\partial s_3}\left(\prod\limits_{j=k+1}^{3} \frac{\partial s_j}{\partial s_{j-1}}\right)\frac{\partial s_k}{\partial W}$$
""", r"=\frac{\partial s_3}{\partial s_2}\frac{\partial s_2}{\partial s_1}$", r"=\frac{\partial s_3}{\partial s_2}\frac{\partial s_1}{\partial s_0}$",
    "wrong indices in the second factor of the chain rule for ds_3/ds_1")
