# A seventh held-out set (issue 12, branch chk-corpus7): passages that the corpus did not hold
# before and that the checker had never been run on: d2l's mathematics appendix (multivariable
# and single-variable calculus, maximum likelihood), d2l's Adam section, and four sources not used
# before (Karpathy's "Yes you should understand backprop", 3Blue1Brown's "Backpropagation
# calculus", a Q&A answer deriving the softmax Jacobian after Bendersky, and a lecture note of the
# deeplearning.ai course's "Derivatives with a computation graph"), each transcribed from a stored
# copy with its notation, displays and prose kept. Read by make_transcribed.py after
# sources_held_out6.py; uses D2L and D2L_NOTE (sources_d2l_cs231n.py).
D2L_APPX = "chapter_appendix-mathematics-for-deep-learning/{name}"

CHECKED.update({
    "d2l-logsumexp-gradient-at-point": "chapter_appendix-mathematics-for-deep-learning/multivariable-calculus.md of github.com/d2l-ai/d2l-en",
    "d2l-critical-points-quartic": "chapter_appendix-mathematics-for-deep-learning/multivariable-calculus.md of github.com/d2l-ai/d2l-en",
    "d2l-multivariate-chain-partials": "chapter_appendix-mathematics-for-deep-learning/multivariable-calculus.md of github.com/d2l-ai/d2l-en",
    "d2l-log-chain-rule-example": "chapter_appendix-mathematics-for-deep-learning/single-variable-calculus.md of github.com/d2l-ai/d2l-en",
    "d2l-quadratic-taylor": "chapter_appendix-mathematics-for-deep-learning/single-variable-calculus.md of github.com/d2l-ai/d2l-en",
    "d2l-mle-coin-derivative": "chapter_appendix-mathematics-for-deep-learning/maximum-likelihood.md of github.com/d2l-ai/d2l-en",
})

add("d2l-logsumexp-gradient-at-point",
    "Zhang et al., Dive into Deep Learning, Appendix: Multivariable Calculus, Higher-Dimensional Differentiation (the log-sum-exp example)",
    D2L.format(page=D2L_APPX.format(name="multivariable-calculus.html"),
               path=D2L_APPX.format(name="multivariable-calculus.md"), commit="7537e487"),
    D2L_NOTE, r"""
# Higher-dimensional differentiation

We will call the derivative in one variable while fixing the other the *partial derivative*, and we will use the notation $\frac{\partial}{\partial w_1}$ for the derivative.

$$L(\mathbf{w} + \boldsymbol{\epsilon}) \approx L(\mathbf{w}) + \boldsymbol{\epsilon}\cdot \nabla_{\mathbf{w}} L(\mathbf{w}).$$

We will call the vector $\nabla_{\mathbf{w}} L$ the *gradient* of $L$.

But first, let's see this approximation at work with an example.  Suppose that we are working with the function

$$
f(x, y) = \log(e^x + e^y) \text{ with gradient } \nabla f (x, y) = \left[\frac{e^x}{e^x+e^y}, \frac{e^y}{e^x+e^y}\right].
$$

If we look at a point like $(0, \log(2))$, we see that

$$
f(x, y) = \log(3) \text{ with gradient } \nabla f (x, y) = \left[\frac{1}{3}, \frac{2}{3}\right].
$$

Thus, if we want to approximate $f$ at $(\epsilon_1, \log(2) + \epsilon_2)$,  we see that we should have the specific instance:

$$
f(\epsilon_1, \log(2) + \epsilon_2) \approx \log(3) + \frac{1}{3}\epsilon_1 + \frac{2}{3}\epsilon_2.
$$
""", r"f(x, y) = \log(3) \text{ with gradient }",
    r"f(x, y) = \log(2) \text{ with gradient }",
    "e^0 = 1 forgotten in the sum at the point (log(2) for log(3))")

add("d2l-critical-points-quartic",
    "Zhang et al., Dive into Deep Learning, Appendix: Multivariable Calculus, A Note on Mathematical Optimization (the quartic example)",
    D2L.format(page=D2L_APPX.format(name="multivariable-calculus.html"),
               path=D2L_APPX.format(name="multivariable-calculus.md"), commit="7537e487"),
    D2L_NOTE, r"""
# A note on mathematical optimization

Suppose that we wish to find the value of $\mathbf{x}_0$ which minimizes some function $L(\mathbf{x})$.  If the gradient is not zero, we know that we can take a step in the direction $-\epsilon \nabla_{\mathbf{x}} L(\mathbf{x}_0)$ to find a value of $L$ that is smaller.

This is nice, because in some rare settings, we *can* explicitly find all the points where the gradient is zero, and find the one with the smallest value.

For a concrete example, consider the function
$$
f(x) = 3x^4 - 4x^3 -12x^2.
$$

This function has derivative
$$
\frac{df}{dx} = 12x^3 - 12x^2 -24x = 12x(x-2)(x+1).
$$

The only possible location of minima are at $x = -1, 0, 2$, where the function takes the values $-5,0, -32$ respectively, and thus we can conclude that we minimize our function when $x = 2$.  A quick plot confirms this.
""", r"the function takes the values $-5,0, -32$",
    r"the function takes the values $-13,0, -32$",
    "sign slip in the value at x = -1 (3 - 4 - 12 = -13 for 3 + 4 - 12 = -5), in a sentence of prose")

add("d2l-multivariate-chain-partials",
    "Zhang et al., Dive into Deep Learning, Appendix: Multivariable Calculus, The Backpropagation Algorithm (the single step partials)",
    D2L.format(page=D2L_APPX.format(name="multivariable-calculus.html"),
               path=D2L_APPX.format(name="multivariable-calculus.md"), commit="7537e487"),
    D2L_NOTE, r"""
# The backpropagation algorithm

Let's return to the example of the previous section where

$$
\begin{aligned}
f(u, v) & = (u+v)^{2} \\
u(a, b) & = (a+b)^{2}, \qquad v(a, b) = (a-b)^{2}, \\
a(w, x, y, z) & = (w+x+y+z)^{2}, \qquad b(w, x, y, z) = (w+x-y-z)^2.
\end{aligned}
$$

If we want to compute say $\frac{\partial f}{\partial w}$ we may apply the multi-variate chain rule to see:

$$
\begin{aligned}
\frac{\partial f}{\partial w} & = \frac{\partial f}{\partial u}\frac{\partial u}{\partial w} + \frac{\partial f}{\partial v}\frac{\partial v}{\partial w}, \\
\frac{\partial u}{\partial w} & = \frac{\partial u}{\partial a}\frac{\partial a}{\partial w}+\frac{\partial u}{\partial b}\frac{\partial b}{\partial w}, \\
\frac{\partial v}{\partial w} & = \frac{\partial v}{\partial a}\frac{\partial a}{\partial w}+\frac{\partial v}{\partial b}\frac{\partial b}{\partial w}.
\end{aligned}
$$

Let's try using this decomposition to compute $\frac{\partial f}{\partial w}$.  Notice that all we need here are the various single step partials:

$$
\begin{aligned}
\frac{\partial f}{\partial u} = 2(u+v), & \quad\frac{\partial f}{\partial v} = 2(u+v), \\
\frac{\partial u}{\partial a} = 2(a+b), & \quad\frac{\partial u}{\partial b} = 2(a+b), \\
\frac{\partial v}{\partial a} = 2(a-b), & \quad\frac{\partial v}{\partial b} = -2(a-b), \\
\frac{\partial a}{\partial w} = 2(w+x+y+z), & \quad\frac{\partial b}{\partial w} = 2(w+x-y-z).
\end{aligned}
$$
""", r"\quad\frac{\partial v}{\partial b} = -2(a-b)",
    r"\quad\frac{\partial v}{\partial b} = 2(a-b)",
    "sign of the inner derivative of (a - b)^2 with respect to b dropped")

add("d2l-log-chain-rule-example",
    "Zhang et al., Dive into Deep Learning, Appendix: Single Variable Calculus, Rules of Calculus (the derivative of log(1 + (x - 1)^10))",
    D2L.format(page=D2L_APPX.format(name="single-variable-calculus.html"),
               path=D2L_APPX.format(name="single-variable-calculus.md"), commit="3ef5c756"),
    D2L_NOTE, r"""
# Derivative rules

* **Sum rule.** $\frac{d}{dx}\left(g(x) + h(x)\right) = \frac{dg}{dx}(x) + \frac{dh}{dx}(x)$.
* **Product rule.** $\frac{d}{dx}\left(g(x)\cdot h(x)\right) = g(x)\frac{dh}{dx}(x) + \frac{dg}{dx}(x)h(x)$.
* **Chain rule.** $\frac{d}{dx}g(h(x)) = \frac{dg}{dh}(h(x))\cdot \frac{dh}{dx}(x)$.

These rule provide us with a flexible set of tools to compute essentially any expression desired.  For instance,

$$
\begin{aligned}
\frac{d}{dx}\left[\log\left(1+(x-1)^{10}\right)\right] & = \left(1+(x-1)^{10}\right)^{-1}\frac{d}{dx}\left[1+(x-1)^{10}\right]\\
& = \left(1+(x-1)^{10}\right)^{-1}\left(\frac{d}{dx}[1] + \frac{d}{dx}[(x-1)^{10}]\right) \\
& = \left(1+(x-1)^{10}\right)^{-1}\left(0 + 10(x-1)^9\frac{d}{dx}[x-1]\right) \\
& = 10\left(1+(x-1)^{10}\right)^{-1}(x-1)^9 \\
& = \frac{10(x-1)^9}{1+(x-1)^{10}}.
\end{aligned}
$$

Where each line has used the following rules:

1. The chain rule and derivative of logarithm.
2. The sum rule.
3. The derivative of constants, chain rule, and power rule.
4. The sum rule, derivative of linear functions, derivative of constants.
""", r"& = \left(1+(x-1)^{10}\right)^{-1}\left(0 + 10(x-1)^9\frac{d}{dx}[x-1]\right) \\",
    r"& = \left(1+(x-1)^{10}\right)^{-1}\left(0 + 10(x-1)^{10}\frac{d}{dx}[x-1]\right) \\",
    "power rule without lowering the power ((x-1)^10 for (x-1)^9)")

add("d2l-quadratic-taylor",
    "Zhang et al., Dive into Deep Learning, Appendix: Single Variable Calculus, Higher Order Derivatives and Taylor Series",
    D2L.format(page=D2L_APPX.format(name="single-variable-calculus.html"),
               path=D2L_APPX.format(name="single-variable-calculus.md"), commit="3ef5c756"),
    D2L_NOTE + "; the plots left out", r"""
# Higher order derivatives and Taylor series

Let us take this one step further. Consider the function $g(x) = ax^{2}+ bx + c$.  We can then compute that

$$
\begin{aligned}
\frac{dg}{dx}(x) & = 2ax + b \\
\frac{d^2g}{dx^2}(x) & = 2a.
\end{aligned}
$$

We saw the case of $n=2$ in the previous section and a little algebra shows this is

$$
f(x) \approx \frac{1}{2}\frac{d^2f}{dx^2}(x_0)(x-x_0)^{2}+ \frac{df}{dx}(x_0)(x-x_0) + f(x_0).
$$

If we push the logic further to $n=3$, we will conclude that

$$
f(x) \approx \frac{\frac{d^3f}{dx^3}(x_0)}{6}(x-x_0)^3 + \frac{\frac{d^2f}{dx^2}(x_0)}{2}(x-x_0)^{2}+ \frac{df}{dx}(x_0)(x-x_0) + f(x_0).
$$

where the $6 = 3 \times 2 = 3!$ comes from the constant we get in front if we take three derivatives of $x^3$.

Take $f(x) = e^{x}$ as am example. Since $e^{x}$ is its own derivative, we know that $f^{(n)}(x) = e^{x}$. Therefore, $e^{x}$ can be reconstructed by taking the Taylor series at $x_0 = 0$, i.e.,

$$
e^{x} = \sum_{n = 0}^\infty \frac{x^{n}}{n!} = 1 + x + \frac{x^2}{2} + \frac{x^3}{6} + \cdots.
$$
""", r"\frac{dg}{dx}(x) & = 2ax + b \\",
    r"\frac{dg}{dx}(x) & = ax + b \\",
    "power rule without the factor 2 (ax + b for 2ax + b)")

add("d2l-mle-coin-derivative",
    "Zhang et al., Dive into Deep Learning, Appendix: Maximum Likelihood, A Concrete Example (the coin) and Numerical Optimization and the Negative Log-Likelihood",
    D2L.format(page=D2L_APPX.format(name="maximum-likelihood.html"),
               path=D2L_APPX.format(name="maximum-likelihood.md"), commit="7537e487"),
    D2L_NOTE + "; the plot left out", r"""
# Maximum likelihood: a concrete example

Suppose that we have a single parameter $\theta$ representing the probability that a coin flip is heads.  Then the probability of getting a tails is $1-\theta$, and so if our observed data $X$ is a sequence with $n_H$ heads and $n_T$ tails, we can use the fact that independent probabilities multiply to see that

$$
P(X \mid \theta) = \theta^{n_H}(1-\theta)^{n_T}.
$$

If we flip $13$ coins and get the sequence "HHHTHTTHHHHHT", which has $n_H = 9$ and $n_T = 4$, we see that this is

$$
P(X \mid \theta) = \theta^9(1-\theta)^4.
$$

This has its maximum value somewhere near our expected $9/13 \approx 0.7\ldots$.  To see if it is exactly there, we can turn to calculus.  We compute:

$$
\begin{aligned}
0 & = \frac{d}{d\theta} P(X \mid \theta) \\
& = \frac{d}{d\theta} \theta^9(1-\theta)^4 \\
& = 9\theta^8(1-\theta)^4 - 4\theta^9(1-\theta)^3 \\
& = \theta^8(1-\theta)^3(9-13\theta).
\end{aligned}
$$

This has three solutions: $0$, $1$ and $9/13$.  The first two are clearly minima, not maxima as they assign probability $0$ to our sequence.  The final value does *not* assign zero probability to our sequence, and thus must be the maximum likelihood estimate $\hat \theta = 9/13$.

However, recall that the logarithm turns products to sums, in which case

$$
\log((1/2)^{1000000000}) = 1000000000\cdot\log(1/2) \approx -301029995.6\ldots
$$

To illustrate this, consider the coin flipping problem from before, and pretend that we do not know the closed form solution.  The we may compute that

$$
-\log(P(X \mid \boldsymbol{\theta})) = -\log(\theta^{n_H}(1-\theta)^{n_T}) = -(n_H\log(\theta) + n_T\log(1-\theta)).
$$
""", r"& = 9\theta^8(1-\theta)^4 - 4\theta^9(1-\theta)^3 \\",
    r"& = 9\theta^8(1-\theta)^4 + 4\theta^9(1-\theta)^3 \\",
    "the minus of the inner derivative of (1 - theta)^4 dropped")

CHECKED.update({
    "d2l-adam-bias-normalization": "copies of d2l's Adam section in its later text (the sum from i = 0 to t - 1, textrm); the first edition's chapter_optimization/adam.md of github.com/d2l-ai/d2l-en sums to t",
    "karpathy-sigmoid-local-gradient": "a stored copy of the post (its code lines) and a stored quotation of its paragraph on the sigmoid's local gradient",
    "3b1b-backprop-calculus": "stored copies of the video's transcript (one with its symbols in LaTeX, a^{(L-1)}, (a^{(L)} - y)^2)",
    "softmax-jacobian-qa": "a stored copy of the question and answer on stats.stackexchange.com (question 360450)",
    "ng-computation-graph-derivatives": "a stored copy of a lecture note of the course's Derivatives with a Computation Graph",
    "ml-journey-derivative-intuition": "a stored copy of the repository's notes on backpropagation and computation graphs",
})

add("d2l-adam-bias-normalization",
    "Zhang et al., Dive into Deep Learning, 12.10 Adam: The Algorithm (state variables, bias normalization, the update)",
    D2L.format(page="chapter_optimization/adam.html", path="chapter_optimization/adam.md",
               commit="later than 01bc4d01"),
    D2L_NOTE, r"""
# Adam: the algorithm

One of the key components of Adam is that it uses exponential weighted moving averages (also known as leaky averaging) to obtain an estimate of both the momentum and also the second moment of the gradient. That is, it uses the state variables

$$\begin{aligned}
    \mathbf{v}_t & \leftarrow \beta_1 \mathbf{v}_{t-1} + (1 - \beta_1) \mathbf{g}_t \\
    \mathbf{s}_t & \leftarrow \beta_2 \mathbf{s}_{t-1} + (1 - \beta_2) \mathbf{g}_t^2
\end{aligned}$$

Here $\beta_1$ and $\beta_2$ are nonnegative weighting parameters. Common choices for them are $\beta_1 = 0.9$ and $\beta_2 = 0.999$. That is, the variance estimate moves *much more slowly* than the momentum term. Note that if we initialize $\mathbf{v}_0 = \mathbf{s}_0 = 0$ we have a significant amount of bias initially towards smaller values. This can be addressed by using the fact that $\sum_{i=0}^{t-1} \beta^i = \frac{1 - \beta^t}{1 - \beta}$ to re-normalize terms. Correspondingly the normalized state variables are given by

$$\hat{\mathbf{v}}_t = \frac{\mathbf{v}_t}{1 - \beta_1^t} ~\textrm{ and } ~\hat{\mathbf{s}}_t = \frac{\mathbf{s}_t}{1 - \beta_2^t}$$

Armed with the proper estimates we can now write out the update equations. First, we rescale the gradient in a manner very much akin to that of RMSProp to obtain

$$\mathbf{g}_t' = \frac{\eta \hat{\mathbf{v}}_t}{\sqrt{\hat{\mathbf{s}}_t} + \epsilon}.$$

Unlike RMSProp our update uses the momentum $\hat{\mathbf{v}}_t$ rather than the gradient itself. Moreover, there is a slight cosmetic difference as the rescaling happens using $\frac{1}{\sqrt{\hat{\mathbf{s}}_t} + \epsilon}$ instead of $\frac{1}{\sqrt{\hat{\mathbf{s}}_t + \epsilon}}$. Typically we pick $\epsilon = 10^{-6}$ for a good trade-off between numerical stability and fidelity.

Now we have all the pieces in place to compute updates

$$\mathbf{x}_t \leftarrow \mathbf{x}_{t-1} - \mathbf{g}_t'$$
""", r"$\sum_{i=0}^{t-1} \beta^i = \frac{1 - \beta^t}{1 - \beta}$",
    r"$\sum_{i=0}^{t-1} \beta^i = \frac{1 - \beta^{t-1}}{1 - \beta}$",
    "off-by-one exponent in the geometric sum, in an inline formula of prose")

add("karpathy-sigmoid-local-gradient",
    "Karpathy, Yes you should understand backprop (2016), Vanishing gradients on sigmoids",
    "https://karpathy.medium.com/yes-you-should-understand-backprop-e2f06eab496b",
    "the post's numpy lines kept as a code block; prose abridged, wording kept", r"""
# Vanishing gradients on sigmoids

At one point it was fashionable to use sigmoid (or tanh) non-linearities in the fully connected layers. The tricky part people might not realize until they think about the backward pass is that if you are sloppy with the weight initialization or data preprocessing these non-linearities can "saturate" and entirely stop learning. For example, a fully connected layer with sigmoid non-linearity computes (using raw numpy):

```
z = 1/(1 + np.exp(-np.dot(W, x))) # forward pass
dx = np.dot(W.T, z*(1-z)) # backward pass: local gradient for x
dW = np.outer(z*(1-z), x) # backward pass: local gradient for W
```

Another non-obvious fun fact about sigmoid is that its local gradient (z*(1-z)) achieves a maximum at 0.25, when z = 0.5. That means that every time the gradient signal flows through a sigmoid gate, its magnitude always diminishes by one quarter (or more). If you're using basic SGD, this would make the lower layers of a network train much slower than the higher ones.
""", "achieves a maximum at 0.25, when z = 0.5",
    "achieves a maximum at 0.25, when z = 0",
    "the maximum put at z = 0 (z is the sigmoid's output here, not its input), in a sentence of prose")

add("3b1b-backprop-calculus",
    "Sanderson (3Blue1Brown), Backpropagation calculus, Deep learning chapter 4 (one neuron per layer)",
    "https://www.3blue1brown.com/lessons/backpropagation-calculus (video tIeHLnjs5U8; transcript)",
    "the spoken formulas written as the transcript's LaTeX copy writes them (superscripts (L) as layer "
    "indices, C_0 for the cost of one example); prose abridged, wording kept", r"""
# Backpropagation calculus

Let's label the activation of that last neuron $a$ with a superscript $L$, indicating which layer it's in, so the activation of this previous neuron is $a^{(L-1)}$. These are not exponents, they're just a way of indexing what we're talking about. So the cost of this simple network for a single training example is

$$C_0 = (a^{(L)} - y)^2$$

As a reminder, this last activation is determined by a weight, times the previous neuron's activation, plus some bias, then you pump that through some special nonlinear function like a sigmoid or a ReLU:

$$z^{(L)} = w^{(L)} a^{(L-1)} + b^{(L)}$$

$$a^{(L)} = \sigma(z^{(L)})$$

Our first goal is to understand how sensitive the cost function is to small changes in our weight $w^{(L)}$. By the chain rule,

$$\frac{\partial C_0}{\partial w^{(L)}} = \frac{\partial z^{(L)}}{\partial w^{(L)}} \frac{\partial a^{(L)}}{\partial z^{(L)}} \frac{\partial C_0}{\partial a^{(L)}}$$

The derivative of $C_0$ with respect to $a^{(L)}$ works out to be $2(a^{(L)} - y)$. The derivative of $a^{(L)}$ with respect to $z^{(L)}$ is just the derivative of our sigmoid function, and the derivative of $z^{(L)}$ with respect to $w^{(L)}$ comes out to be $a^{(L-1)}$:

$$\frac{\partial C_0}{\partial w^{(L)}} = a^{(L-1)} \sigma'(z^{(L)}) 2(a^{(L)} - y)$$

The sensitivity to the bias is almost identical; we just need to replace this $\partial z/\partial w$ term with a $\partial z/\partial b$, and that derivative comes out to be $1$:

$$\frac{\partial C_0}{\partial b^{(L)}} = 1 \cdot \sigma'(z^{(L)}) 2(a^{(L)} - y)$$

And the sensitivity to the activation of the previous layer:

$$\frac{\partial C_0}{\partial a^{(L-1)}} = w^{(L)} \sigma'(z^{(L)}) 2(a^{(L)} - y)$$
""", r"$$\frac{\partial C_0}{\partial w^{(L)}} = a^{(L-1)} \sigma'(z^{(L)}) 2(a^{(L)} - y)$$",
    r"$$\frac{\partial C_0}{\partial w^{(L)}} = a^{(L-1)} \sigma(z^{(L)}) 2(a^{(L)} - y)$$",
    "sigma for sigma-prime in the weight's derivative")

add("softmax-jacobian-qa",
    "Softmax derivation - case i==j, an answer on Cross Validated (after Bendersky, The Softmax function and its derivative)",
    "https://stats.stackexchange.com/questions/360450/softmax-derivation-case-i-j/360475",
    "the answer's displays kept as it writes them (partial_j, times, braces around the sums); prose abridged, wording kept", r"""
# Softmax derivation

$$D_jS_i=\begin{cases} S_j(1-S_i), & \text{if i= j}.\\ -S_jS_i, & \text{otherwise}. \end{cases}$$

As to why we have these expressions, recall the definition of softmax:

$$S_i(\mathbf z) = \frac{e^{z_i}}{\sum_k{e^{z_k}}}$$

By taking the derivative with respect to the $j$-th entry of vector $\mathbf z$, we get:

$$\partial_jS_i(\mathbf z) = \frac{\sum_k{e^{z_k}}\times\partial_je^{z_i} - e^{z_i}\times\partial_j\sum_k{e^{z_k}}}{(\sum_k{e^{z_k}})^2}$$

Now, we have two cases. First, $i \neq j$:

$$\partial_jS_i(\mathbf z) = \frac{\sum_k{e^{z_k}}\times0 - e^{z_i}\times e^{z_j}}{(\sum_k{e^{z_k}})^2} = - \left(\frac{e^{z_i}}{\sum_k{e^{z_k}}}\right) \left(\frac{e^{z_j}}{\sum_k{e^{z_k}}}\right)$$

Which is equal to $-S_iS_j$.

For $i = j$, we get:

$$\partial_iS_i(\mathbf z) = \frac{\sum_k{e^{z_k}}\times e^{z_i} - e^{z_i}\times e^{z_i}}{(\sum_k{e^{z_k}})^2} = \left(\frac{e^{z_i}}{\sum_k{e^{z_k}}}\right) \left( \frac{\sum_k{e^{z_k}} - e^{z_i}}{\sum_k{e^{z_k}}} \right)$$

Which, after dividing and replacing, becomes $S_i(1 - S_i)$.
""", r"{(\sum_k{e^{z_k}})^2} = - \left(\frac{e^{z_i}}",
    r"{(\sum_k{e^{z_k}})^2} = \left(\frac{e^{z_i}}",
    "the minus of the quotient rule's second term dropped when the fraction is split (case i != j)")

add("ng-computation-graph-derivatives",
    "Ng, deeplearning.ai Neural Networks and Deep Learning, week 2: Derivatives with a Computation Graph (a lecture note of it)",
    "a lecture note of the course (Derivatives with a Computation Graph), stored in a web corpus of mathematical pages",
    "the note's displays kept (its backslash-bracket displays written between double dollars, inline parentheses as single dollars); prose abridged, wording kept", r"""
# Derivatives with a computation graph

Consider a computation graph where we have the following relationships:
- $J = 3v$
- $v = a + u$
- $u = b \times c$

### Derivative of $J$ with respect to $v$
To find the derivative of $J$ with respect to $v$, we note:
$$J = 3v$$
If $v = 11$ and we increase $v$ by 0.001, then:
$$J = 33 \rightarrow 33.003$$
The increase in $J$ is 3 times the increase in $v$, so:
$$\frac{dJ}{dv} = 3$$

### Derivative of $J$ with respect to $a$
To find $\frac{dJ}{da}$, consider:
- $a = 5$, increasing $a$ by 0.001 results in $v = 11 \rightarrow 11.001$
- $J = 33 \rightarrow 33.003$

The increase in $J$ is 3 times the increase in $a$, so:
$$\frac{dJ}{da} = 3$$

### Derivative of $J$ with respect to $u$
To find $\frac{dJ}{du}$:
- $u = 6$, increasing $u$ by 0.001 results in $v = 11 \rightarrow 11.001$
- $J = 33 \rightarrow 33.003$

The increase in $J$ is 3 times the increase in $u$, so:
$$\frac{dJ}{du} = 3$$

### Derivative of $J$ with respect to $b$
To find $\frac{dJ}{db}$:
- $b = 3$, increasing $b$ by 0.001 results in $u = 6 \rightarrow 6.002$
- $v = 11 \rightarrow 11.002$
- $J = 33 \rightarrow 33.006$

The increase in $J$ is 6 times the increase in $b$, so:
$$\frac{dJ}{db} = 6$$
""", r"$$\frac{dJ}{db} = 6$$", r"$$\frac{dJ}{db} = 3$$",
    "the local derivative du/db = c = 2 left out of the chain (3 for 3 * 2)")

add("ml-journey-derivative-intuition",
    "AidenHadisi, ml-journey (notes on the deeplearning.ai course): Backpropagation and Computation Graphs, Derivatives: Intuition and Calculation",
    "https://github.com/AidenHadisi/ml-journey",
    "the notes' displays and inline math kept; prose abridged, wording kept", r"""
# Backpropagation and computation graphs

Imagine a simple cost function:

$$
J(w) = w^2.
$$

At $w=3$, we have $J(3)=9$. If we increase $w$ by a small amount $\epsilon$ (for example, $\epsilon=0.001$), then $w$ becomes $3.001$, and

$$
J(3.001) \approx 9.006001.
$$

The change in $J$ is roughly $0.006001$, which is about $6\epsilon$. This tells us that for a tiny change in $w$, the cost changes by approximately

$$
\frac{dJ}{dw} \approx 6,
$$

when $w=3$. More generally, by calculus we know:

$$
\frac{dJ}{dw} = 2w.
$$

Thus, when $w=2$, $\frac{dJ}{dw}=4$, and when $w=-3$, $\frac{dJ}{dw}=-6$. The derivative tells us how sensitive $J$ is to changes in $w$, much like a hill's slope indicates how steep it is.

Consider a simple network defined by:

$$
a = wx + b,
$$

with a cost function:

$$
J = \frac{1}{2}(a - y)^2.
$$

We can break this computation into these steps:
- **Step 1:** Compute an intermediate value $c = w \times x$.
- **Step 2:** Compute the output $a = c + b$.
- **Step 3:** Compute the error $d = a - y$.
- **Step 4:** Compute the cost $J = \frac{1}{2}d^2$.
""", r"and when $w=-3$, $\frac{dJ}{dw}=-6$", r"and when $w=-3$, $\frac{dJ}{dw}=6$",
    "sign of the derivative at a negative point dropped, in an inline formula of prose")
