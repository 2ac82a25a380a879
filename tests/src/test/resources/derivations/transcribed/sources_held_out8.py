# An eighth held-out set (issue 12, branch chk-corpus8): passages that the corpus did not hold
# before and that the checker had never been run on: d2l's appendix on random variables, the
# CS231n notes on linear classification (the L2 penalty example), Nielsen ch. 1 and 2, and sources
# not used before (Olah's "Calculus on Computational Graphs: Backpropagation", and others named in
# each header), each transcribed from a stored copy with its notation, displays and prose kept.
# Read by make_transcribed.py after sources_held_out7.py; uses D2L, D2L_NOTE, CS231N, CS_NOTE
# (sources_d2l_cs231n.py) and NNDL_SRC, NNDL_NOTE (sources_held_out5.py).

CHECKED.update({
    "olah-computational-graph-paths": "posts/2015-08-Backprop/index.html of github.com/colah/colah.github.io",
    "d2l-random-variable-mean-variance": "chapter_appendix-mathematics-for-deep-learning/random-variables.md of github.com/d2l-ai/d2l-en",
    "d2l-uniform-mean-variance": "chapter_appendix-mathematics-for-deep-learning/random-variables.md of github.com/d2l-ai/d2l-en",
    "cs231n-l2-penalty-diffuse-weights": "linear-classify.md of github.com/cs231n/cs231n.github.io",
})

add("olah-computational-graph-paths",
    "Olah, Calculus on Computational Graphs: Backpropagation (2015), Computational Graphs; Derivatives on Computational Graphs; Factoring Paths",
    "https://colah.github.io/posts/2015-08-Backprop/ (source: github.com/colah/colah.github.io, posts/2015-08-Backprop/index.html, commit 1772839f)",
    "the post's MathJax displays written between double dollars, its inline math as single dollars; the figures left out (their values are stated in the prose); prose abridged, wording kept", r"""
# Calculus on computational graphs

Computational graphs are a nice way to think about mathematical expressions. For example, consider the expression $e=(a+b)*(b+1)$. There are three operations: two additions and one multiplication. To help us talk about this, let's introduce two intermediary variables, $c$ and $d$ so that every function's output has a variable. We now have:

$$c=a+b$$

$$d=b+1$$

$$e=c*d$$

We can evaluate the expression by setting the input variables to certain values and computing nodes up through the graph. For example, let's set $a=2$ and $b=1$:

The expression evaluates to $6$.

## Derivatives on computational graphs

To evaluate the partial derivatives in this graph, we need the sum rule and the product rule:

$$\frac{\partial}{\partial a}(a+b) = \frac{\partial a}{\partial a} + \frac{\partial b}{\partial a} = 1$$

$$\frac{\partial}{\partial u}uv = u\frac{\partial v}{\partial u} + v\frac{\partial u}{\partial u} = v$$

Let's consider how $e$ is affected by $a$. If we change $a$ at a speed of 1, $c$ also changes at a speed of $1$. In turn, $c$ changing at a speed of $1$ causes $e$ to change at a speed of $2$. So $e$ changes at a rate of $1*2$ with respect to $a$.

The general rule is to sum over all possible paths from one node to the other, multiplying the derivatives on each edge of the path together. For example, to get the derivative of $e$ with respect to $b$ we get:

$$\frac{\partial e}{\partial b}= 1*2 + 1*3$$

This accounts for how b affects e through c and also how it affects it through d.

## Factoring paths

In the above diagram, there are three paths from $X$ to $Y$, and a further three paths from $Y$ to $Z$. If we want to get the derivative $\frac{\partial Z}{\partial X}$ by summing over all paths, we need to sum over $3*3 = 9$ paths:

$$\frac{\partial Z}{\partial X} = \alpha\delta + \alpha\epsilon + \alpha\zeta + \beta\delta + \beta\epsilon + \beta\zeta + \gamma\delta + \gamma\epsilon + \gamma\zeta$$

Instead of just naively summing over the paths, it would be much better to factor them:

$$\frac{\partial Z}{\partial X} = (\alpha + \beta + \gamma)(\delta + \epsilon + \zeta)$$
""", r"$$\frac{\partial e}{\partial b}= 1*2 + 1*3$$", r"$$\frac{\partial e}{\partial b}= 1*2 + 1*2$$",
    "the value of c (3) on the path through d replaced by the value of d (2)")

D2L_RV = "chapter_appendix-mathematics-for-deep-learning/random-variables.{ext}"

add("d2l-random-variable-mean-variance",
    "Zhang et al., Dive into Deep Learning, Appendix: Random Variables, Means; Variances; Standard Deviations (the three-point example)",
    D2L.format(page=D2L_RV.format(ext="html"), path=D2L_RV.format(ext="md"), commit="003f46d8"),
    D2L_NOTE, r"""
# Means and variances

If we have a discrete random variable $X$, which takes the values $x_i$ with probabilities $p_i$, then the mean is given by the weighted average: sum the values times the probability that the random variable takes on that value:

$$\mu_X = E[X] = \sum_i x_i p_i.$$

As a minimalistic example that we will examine throughout this section, let's take $X$ to be the random variable which takes the value $a-2$ with probability $p$, $a+2$ with probability $p$ and $a$ with probability $1-2p$.  We can compute that, for any possible choice of $a$ and $p$, the mean is

$$
\mu_X = E[X] = \sum_i x_i p_i = (a-2)p + a(1-2p) + (a+2)p = a.
$$

If we look at the typical size of this quantity by taking the mean, we arrive at the variance

$$\sigma_X^2 = \textrm{Var}(X) = E\left[(X-\mu_X)^2\right] = E[X^2] - \mu_X^2.$$

Let's look at our example where $X$ is the random variable which takes the value $a-2$ with probability $p$, $a+2$ with probability $p$ and $a$ with probability $1-2p$.  In this case $\mu_X = a$, so all we need to compute is $E\left[X^2\right]$.  This can readily be done:

$$
E\left[X^2\right] = (a-2)^2p + a^2(1-2p) + (a+2)^2p = a^2 + 8p.
$$

Thus, we see that our variance is

$$
\sigma_X^2 = \textrm{Var}(X) = E[X^2] - \mu_X^2 = a^2 + 8p - a^2 = 8p.
$$

This result again makes sense.  The largest $p$ can be is $1/2$ which corresponds to picking $a-2$ or $a+2$ with a coin flip.  The variance of this being $4$ corresponds to the fact that both $a-2$ and $a+2$ are $2$ units away from the mean, and $2^2 = 4$.

In our example, this means we now have the standard deviation is $\sigma_X = 2\sqrt{2p}$.

So we want to solve: for what $p$ does $a+4\sqrt{2p} = a+2$, which is solved when $p=1/8$.
""", r"(a+2)^2p = a^2 + 8p.", r"(a+2)^2p = a^2 + 4p.",
    "one of the two equal terms 4p forgotten in E[X^2] (a^2 + 4p for a^2 + 8p)")

add("d2l-uniform-mean-variance",
    "Zhang et al., Dive into Deep Learning, Appendix: Random Variables, Means and Variances in the Continuum (the uniform density on [0, 1])",
    D2L.format(page=D2L_RV.format(ext="html"), path=D2L_RV.format(ext="md"), commit="003f46d8"),
    D2L_NOTE, r"""
# Means and variances in the continuum

This is an approximation to the integral of $xp_X(x)$, so we can conclude that

$$
\mu_X = \int_{-\infty}^\infty xp_X(x) \; dx.
$$

Similarly, the variance can be written as

$$
\sigma^2_X = E[X^2] - \mu_X^2 = \int_{-\infty}^\infty x^2p_X(x) \; dx - \left(\int_{-\infty}^\infty xp_X(x) \; dx\right)^2.
$$

Everything stated above about the mean, the variance, and the standard deviation still applies in this case.  For instance, if we consider the random variable with density

$$
p(x) = \begin{cases}
1 & x \in [0,1], \\
0 & \textrm{otherwise}.
\end{cases}
$$

we can compute

$$
\mu_X = \int_{-\infty}^\infty xp(x) \; dx = \int_0^1 x \; dx = \frac{1}{2}.
$$

and

$$
\sigma_X^2 = \int_{-\infty}^\infty x^2p(x) \; dx - \left(\frac{1}{2}\right)^2 = \frac{1}{3} - \frac{1}{4} = \frac{1}{12}.
$$
""", r"= \frac{1}{3} - \frac{1}{4} = \frac{1}{12}.", r"= \frac{1}{2} - \frac{1}{4} = \frac{1}{4}.",
    "the integral of x^2 on [0, 1] taken as 1/2 (the power not raised: x^2/2 for x^3/3)")

add("cs231n-l2-penalty-diffuse-weights",
    "CS231n notes, Linear classification: Multiclass Support Vector Machine loss, Regularization (the L2 penalty of two weight vectors)",
    CS231N.format(page="linear-classify", commit="04b37d43"),
    CS_NOTE, r"""
# Regularization

We can do so by extending the loss function with a **regularization penalty** $R(W)$. The most common regularization penalty is the **L2** norm that discourages large weights through an elementwise quadratic penalty over all parameters:

$$
R(W) = \sum_k\sum_l W_{k,l}^2
$$

In the expression above, we are summing up all the squared elements of $W$. That is, the full Multiclass SVM loss becomes:

$$
L =  \underbrace{ \frac{1}{N} \sum_i L_i }_\text{data loss} + \underbrace{ \lambda R(W) }_\text{regularization loss} \\
$$

The most appealing property is that penalizing large weights tends to improve generalization, because it means that no input dimension can have a very large influence on the scores all by itself. For example, suppose that we have some input vector $x = [1,1,1,1] $ and two weight vectors $w_1 = [1,0,0,0]$, $w_2 = [0.25,0.25,0.25,0.25] $. Then $w_1^Tx = w_2^Tx = 1$ so both weight vectors lead to the same dot product, but the L2 penalty of $w_1$ is 1.0 while the L2 penalty of $w_2$ is only 0.25. Therefore, according to the L2 penalty the weight vector $w_2$ would be preferred since it achieves a lower regularization loss.
""", r"the L2 penalty of $w_2$ is only 0.25", r"the L2 penalty of $w_2$ is only 0.5",
    "the L2 penalty of w_2 written as 0.5 for 4 * 0.25^2 = 0.25 (a slip that copies of the notes carry), in a sentence of prose")

CHECKED.update({
    "nndl1-sgd-minibatch-update": "readers' copies of eqs. (16)-(21) and the prose after them (a markdown copy of chap1.html)",
    "nndl2-big-picture-paths": "readers' copies of eqs. (47)-(53) (markdown copies of chap2.html)",
})

add("nndl1-sgd-minibatch-update",
    "Nielsen, Neural Networks and Deep Learning, ch. 1, Learning with gradient descent: eqs. (16)-(21), stochastic gradient descent and the mini-batch speed-up",
    NNDL_SRC.format(page="chap1"),
    NNDL_NOTE + "; the eqnarray pairs (16)-(17) and (20)-(21) written as one display per equation", r"""
# Stochastic gradient descent

Writing out the gradient descent update rule in terms of components, we have

$$w_k \rightarrow w_k' = w_k-\eta \frac{\partial C}{\partial w_k} \tag{16}$$

$$b_l \rightarrow b_l' = b_l-\eta \frac{\partial C}{\partial b_l}. \tag{17}$$

Notice that this cost function has the form $C = \frac{1}{n} \sum_x C_x$, that is, it's an average over costs $C_x \equiv \frac{\|y(x)-a\|^2}{2}$ for individual training examples. In practice, to compute the gradient $\nabla C$ we need to compute the gradients $\nabla C_x$ separately for each training input, $x$, and then average them, $\nabla C = \frac{1}{n} \sum_x \nabla C_x$.

Provided the sample size $m$ is large enough we expect that the average value of the $\nabla C_{X_j}$ will be roughly equal to the average over all $\nabla C_x$, that is,

$$\frac{\sum_{j=1}^m \nabla C_{X_{j}}}{m} \approx \frac{\sum_x \nabla C_x}{n} = \nabla C, \tag{18}$$

where the second sum is over the entire set of training data. Swapping sides we get

$$\nabla C \approx \frac{1}{m} \sum_{j=1}^m \nabla C_{X_{j}}, \tag{19}$$

Then stochastic gradient descent works by picking out a randomly chosen mini-batch of training inputs, and training with those,

$$w_k \rightarrow w_k' = w_k-\frac{\eta}{m} \sum_j \frac{\partial C_{X_j}}{\partial w_k} \tag{20}$$

$$b_l \rightarrow b_l' = b_l-\frac{\eta}{m} \sum_j \frac{\partial C_{X_j}}{\partial b_l}, \tag{21}$$

where the sums are over all the training examples $X_j$ in the current mini-batch.

For example, if we have a training set of size $n=60,000$, as in MNIST, and choose a mini-batch size of (say) $m=10$, this means we'll get a factor of 6,000 speedup in estimating the gradient!
""", r"w_k' = w_k-\frac{\eta}{m} \sum_j", r"w_k' = w_k+\frac{\eta}{m} \sum_j",
    "sign of the mini-batch step flipped in the update rule (20) (an ascent step)")

add("nndl2-big-picture-paths",
    "Nielsen, Neural Networks and Deep Learning, ch. 2, Backpropagation: the big picture, eqs. (47)-(53)",
    NNDL_SRC.format(page="chap2"),
    NNDL_NOTE + "; the figures left out", r"""
# Backpropagation: the big picture

The change $\Delta C$ in the cost is related to the change $\Delta w^l_{jk}$ in the weight by the equation

$$\Delta C \approx \frac{\partial C}{\partial w^l_{jk}} \Delta w^l_{jk}. \tag{47}$$

The change $\Delta w^l_{jk}$ causes a small change $\Delta a^{l}_j$ in the activation of the $j^{\rm th}$ neuron in the $l^{\rm th}$ layer. This change is given by

$$\Delta a^l_j \approx \frac{\partial a^l_j}{\partial w^l_{jk}} \Delta w^l_{jk}. \tag{48}$$

The change in activation $\Delta a^{l}_j$ will cause changes in *all* the activations in the next layer, i.e., the $(l+1)^{\rm th}$ layer. We'll concentrate on the way just a single one of those activations is affected, say $a^{l+1}_q$. In fact, it'll cause the following change:

$$\Delta a^{l+1}_q \approx \frac{\partial a^{l+1}_q}{\partial a^l_j} \Delta a^l_j. \tag{49}$$

Substituting in the expression from Equation (48), we get:

$$\Delta a^{l+1}_q \approx \frac{\partial a^{l+1}_q}{\partial a^l_j} \frac{\partial a^l_j}{\partial w^l_{jk}} \Delta w^l_{jk}. \tag{50}$$

Suppose the path runs through activations $a^l_j, a^{l+1}_q, \ldots, a^{L-1}_n, a^L_m$. Then the resulting expression is

$$\Delta C \approx \frac{\partial C}{\partial a^L_m} \frac{\partial a^L_m}{\partial a^{L-1}_n} \frac{\partial a^{L-1}_n}{\partial a^{L-2}_p} \ldots \frac{\partial a^{l+1}_q}{\partial a^l_j} \frac{\partial a^l_j}{\partial w^l_{jk}} \Delta w^l_{jk}, \tag{51}$$

To compute the total change in $C$ it is plausible that we should sum over all the possible paths between the weight and the final cost, i.e.,

$$\Delta C \approx \sum_{mnp\ldots q} \frac{\partial C}{\partial a^L_m} \frac{\partial a^L_m}{\partial a^{L-1}_n} \frac{\partial a^{L-1}_n}{\partial a^{L-2}_p} \ldots \frac{\partial a^{l+1}_q}{\partial a^l_j} \frac{\partial a^l_j}{\partial w^l_{jk}} \Delta w^l_{jk}, \tag{52}$$

where we've summed over all possible choices for the intermediate neurons along the path. Comparing with (47) we see that

$$\frac{\partial C}{\partial w^l_{jk}} = \sum_{mnp\ldots q} \frac{\partial C}{\partial a^L_m} \frac{\partial a^L_m}{\partial a^{L-1}_n} \frac{\partial a^{L-1}_n}{\partial a^{L-2}_p} \ldots \frac{\partial a^{l+1}_q}{\partial a^l_j} \frac{\partial a^l_j}{\partial w^l_{jk}}. \tag{53}$$
""", r"\frac{\partial a^{l+1}_q}{\partial a^l_j} \frac{\partial a^l_j}{\partial w^l_{jk}} \Delta w^l_{jk}. \tag{50}",
    r"\frac{\partial a^{l+1}_q}{\partial a^l_j} \Delta w^l_{jk}. \tag{50}",
    "the factor of (48) dropped when it is substituted into (49) (eq. (50))")

D2L_DIST = "chapter_appendix-mathematics-for-deep-learning/distributions.{ext}"

CHECKED.update({
    "d2l-poisson-limit-binomial": "chapter_appendix-mathematics-for-deep-learning/distributions.md of github.com/d2l-ai/d2l-en",
    "d2l-exponential-family-gaussian": "chapter_appendix-mathematics-for-deep-learning/distributions.md of github.com/d2l-ai/d2l-en",
})

add("d2l-poisson-limit-binomial",
    "Zhang et al., Dive into Deep Learning, Appendix: Distributions, Binomial; Poisson (the bus-stop limit)",
    D2L.format(page=D2L_DIST.format(ext="html"), path=D2L_DIST.format(ext="md"), commit="09a13728"),
    D2L_NOTE, r"""
# Binomial and Poisson

Each experiment is an independent random variable $X_i$ where we will use $1$ to encode success, and $0$ to encode failure.  Since each is an independent coin flip which is successful with probability $p$, we can say that $X_i \sim \mathrm{Bernoulli}(p)$.  Then, the binomial random variable is

$$
X = \sum_{i=1}^n X_i.
$$

To get the cumulative distribution function, we need to notice that getting exactly $k$ successes can occur in $\binom{n}{k} = \frac{n!}{k!(n-k)!}$ ways each of which has a probability of $p^k(1-p)^{n-k}$ of occurring.

While this result is not simple, the means and variances are.  If $X \sim \mathrm{Binomial}(n, p)$, then:

* $\mu_X = np$,
* $\sigma_X^2 = np(1-p)$.

Why stop here?  Let us continue to split that minute into $n$ parts.  By the same reasoning as above, we see that

$$X^{(n)} \sim \mathrm{Binomial}(n, p/n).$$

Consider these random variables.  By the previous section, we know that this has mean $\mu_{X^{(n)}} = n(p/n) = p$, and variance $\sigma_{X^{(n)}}^2 = n(p/n)(1-(p/n)) = p(1-p/n)$.  If we take $n \rightarrow \infty$, we can see that these numbers stabilize to $\mu_{X^{(\infty)}} = p$, and variance $\sigma_{X^{(\infty)}}^2 = p$.
""", r"= n(p/n)(1-(p/n)) = p(1-p/n)$", r"= n(p/n)(1-(p/n)) = p(1-p)$",
    "the n inside the last factor dropped when n(p/n) is cancelled (p(1 - p) for p(1 - p/n)), in an inline formula of prose")

add("d2l-exponential-family-gaussian",
    "Zhang et al., Dive into Deep Learning, Appendix: Distributions, Exponential Family (the Gaussian written in natural parameters)",
    D2L.format(page=D2L_DIST.format(ext="html"), path=D2L_DIST.format(ext="md"), commit="09a13728"),
    D2L_NOTE, r"""
# Exponential family

The exponential family is a set of distributions whose density can be expressed in the following form:

$$p(\mathbf{x} | \mathbf{\eta}) = h(\mathbf{x}) \cdot \mathrm{exp} \big{(} \eta^{\top} \cdot T\mathbf(x) - A(\mathbf{\eta}) \big{)}$$

To be concrete, let us consider the Gaussian. Assuming that $\mathbf{x}$ is an univariate variable, we saw that it had a density of

$$
\begin{aligned}
p(x | \mu, \sigma) &= \frac{1}{\sqrt{2 \pi \sigma^2}} \mathrm{exp}
\Big{\{} \frac{-(x-\mu)^2}{2 \sigma^2} \Big{\}} \\
&= \frac{1}{\sqrt{2 \pi}} \cdot \mathrm{exp} \Big{\{} \frac{\mu}{\sigma^2}x
- \frac{1}{2 \sigma^2} x^2 - \big{(} \frac{1}{2 \sigma^2} \mu^2
+ \log(\sigma) \big{)} \Big{\}} .
\end{aligned}
$$

This matches the definition of the exponential family with:

* *underlying measure*: $h(x) = \frac{1}{\sqrt{2 \pi}}$,
* *natural parameters*: $\eta = \begin{bmatrix} \eta_1 \\ \eta_2
\end{bmatrix} = \begin{bmatrix} \frac{\mu}{\sigma^2} \\
\frac{1}{2 \sigma^2}  \end{bmatrix}$,
* *sufficient statistics*: $T(x) = \begin{bmatrix}x\\-x^2\end{bmatrix}$, and
* *cumulant function*: $A(\eta) = \frac{1}{2 \sigma^2} \mu^2 + \log(\sigma)
= \frac{\eta_1^2}{4 \eta_2} - \frac{1}{2}\log(2 \eta_2)$.
""", r"= \frac{\eta_1^2}{4 \eta_2} - \frac{1}{2}\log(2 \eta_2)$.", r"= \frac{\eta_1^2}{2 \eta_2} - \frac{1}{2}\log(2 \eta_2)$.",
    "the factor 2 of eta_2 = 1/(2 sigma^2) forgotten when mu^2/(2 sigma^2) is written in eta (2 eta_2 for 4 eta_2)")

CHECKED.update({
    "aman-sigmoid-derivative-aligned": "a stored copy of the page (a web corpus of public pages)",
    "cs229-linreg-gradient-descent-notes": "a stored copy of the page (a web corpus of public pages)",
})

add("aman-sigmoid-derivative-aligned",
    "Chadha, aman.ai primers, Backprop: Derivative of the sigmoid (the aligned derivation)",
    "https://aman.ai/primers/backprop/derivative-sigmoid",
    "the page's backslash-bracket displays written between double dollars, its inline math as single dollars; the bullets kept as prose; the final box kept", r"""
# Derivative of the sigmoid

Prove that the derivative of the sigmoid function with respect to the input $z$ is:

$$\frac{d}{d z} \sigma(z)=\sigma(z)(1-\sigma(z))$$

Recall that the sigmoid function is given by:

$$\sigma(z)=\frac{1}{1+e^{-z}}$$

Here's how we obtain its derivative:

$$\begin{aligned} \frac{d}{d z} \sigma(z) &=\frac{d}{d z}\left[\frac{1}{1+e^{-z}}\right] \\ &=\frac{d}{d z}\left(1+\mathrm{e}^{-z}\right)^{-1} \\ &=-\left(1+e^{-z}\right)^{-2}\left(-e^{-z}\right) \\ &=\frac{e^{-z}}{\left(1+e^{-z}\right)^{2}} \\ &=\frac{1}{1+e^{-z}} \cdot \frac{e^{-z}}{1+e^{-z}} \\ &=\frac{1}{1+e^{-z}} \cdot \frac{\left(1+e^{-z}\right)-1}{1+e^{-z}} \\ &=\frac{1}{1+e^{-z}} \cdot\left(\frac{1+e^{-z}}{1+e^{-z}}-\frac{1}{1+e^{-z}}\right) \\ &=\frac{1}{1+e^{-z}} \cdot\left(1-\frac{1}{1+e^{-z}}\right) \\ &=\boxed{\sigma(z) \cdot(1-\sigma(z))} \end{aligned}$$
""", r"&=-\left(1+e^{-z}\right)^{-2}\left(-e^{-z}\right)", r"&=-\left(1+e^{-z}\right)^{-2}\left(e^{-z}\right)",
    "the minus of the inner derivative of e^{-z} dropped (in a line of an aligned chain)")

add("cs229-linreg-gradient-descent-notes",
    "Yu, Gradient Descent for Linear Regression (Stanford CS229), notes on the course: the derivative term and the update rules",
    "https://www.shuhanyu.com/2018/06/08/GradientDescent4LinearRegression/",
    "the page's displays and tags kept as it writes them (h_theta, * for the product, := for the update); prose abridged, wording kept", r"""
# Gradient descent for linear regression

Derivative term of $\theta_j$

$$\frac{\partial}{\partial\theta_j}J(\theta_0,\theta_1)=\frac{\partial}{\partial\theta_j}\frac{1}{2m}\sum_{i=1}^m(h_{\theta}(x^{(i)})-y^{(i)})^2$$
$$=\frac{\partial}{\partial\theta_j}\frac{1}{2m}\sum_{i=1}^m(\theta_0+\theta_1x^{(i)}-y^{(i)})^2\tag{1}$$

for $j=0,$
$$\frac{\partial}{\partial\theta_0}J(\theta_0,\theta_1)=\frac{1}{m}\sum_{i=1}^m(h_{\theta}(x^{(i)})-y^{(i)})*1\tag{1.1}$$

for $j=1,$
$$\frac{\partial}{\partial\theta_1}J(\theta_0,\theta_1)=\frac{1}{m}\sum_{i=1}^m(h_{\theta}(x^{(i)})-y^{(i)})*x^{(i)}\tag{1.2}$$

Gradient descent algorithm

Knowing from $(1.1)$ and $(1.2)$, repeat until convergence:
$$\theta_0:=\theta_0-\alpha\frac{1}{m}\sum_{i=1}^m(h_{\theta}(x^{(i)})-y^{(i)})$$
$$\theta_1:=\theta_1-\alpha\frac{1}{m}\sum_{i=1}^m(h_{\theta}(x^{(i)})-y^{(i)})*x^{(i)}$$

Batch means we run through all amounts $(m)$ of the data every step when we get approach to the $min$ of $J(\theta_i)$
""", r"$$\theta_1:=\theta_1-\alpha\frac{1}{m}\sum_{i=1}^m(h_{\theta}(x^{(i)})-y^{(i)})*x^{(i)}$$",
    r"$$\theta_1:=\theta_1-\alpha\frac{1}{m}\sum_{i=1}^m(h_{\theta}(x^{(i)})-y^{(i)})$$",
    "the factor x^(i) of (1.2) left out of the update of theta_1 (the update of theta_0 copied)")

CHECKED.update({
    "micrograd-lecture-notes-chain": "a stored copy of the page (a web corpus of public pages)",
})

add("micrograd-lecture-notes-chain",
    "Karpathy, The spelled-out intro to neural networks and backpropagation: building micrograd (lecture 1), a viewer's lecture notes: Derivative; Backpropagation (dL/dd, dd/dc, dL/dc, dL/da)",
    "https://hackmd.io/@ycpin/BJcbWbWpn",
    "the notes' derivations, which the page puts in code blocks, written as plain lines as it types them (ASCII dL/dd, * for the product); its Chinese 'similarly' lines written in English; the python cells left out", r"""
# Lecture 1: building micrograd

In mathematics, the derivative shows the sensitivity of **change** of a function's output with respect to the input.

## Backpropagation

### dL/dd

dL/dd = f

(f(x+h) - f(x))/h
= ((d+h)*f - d*f)/h
= (d*f + h*f - d*f)/h
= f

Similarly dL/df = d

### dd/dc

dd/dc = 1.0

(f(x+h) - f(x))/h
= ((c+h+e)-(c+e))/h
= h/h
= 1.0

Similarly dd/de = 1.0

### how to calculate dL/dc: Chain Rule

dL/dc = dL/dd * dd/dc
= -2 * 1.0
= -2

### dL/da

dL/da = dL/de * de/da
= -2 * -3 = 6

Similarly dL/db = -4
""", r"= -2 * -3 = 6", r"= -2 * -3 = -6",
    "sign slip in the product of two negative numbers (-2 * -3 = -6)")
