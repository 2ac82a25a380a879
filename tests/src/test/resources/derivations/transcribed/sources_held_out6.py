# A sixth held-out set (issue 12, branch chk-corpus6): passages of d2l, the CS231n notes, Parr &
# Howard and Nielsen ch. 2 that the corpus did not hold before and that the checker had never been
# run on, each transcribed from a stored copy of the source (the book's markdown, the notes'
# markdown, the paper's bookish markup, the book's HTML) with its notation, displays and prose
# kept. Read by make_transcribed.py after sources_held_out5.py; uses D2L, D2L_NOTE, CS231N,
# CS_NOTE (sources_d2l_cs231n.py) and NNDL_SRC, NNDL_NOTE, PH_SRC, PH_NOTE (sources_held_out5.py).

CHECKED.update({
    "d2l-backprop-computational-graph": "chapter_multilayer-perceptrons/backprop.md of github.com/d2l-ai/d2l-en",
    "d2l-weight-decay-update": "chapter_multilayer-perceptrons/weight-decay.md of github.com/d2l-ai/d2l-en",
    "d2l-linreg-minibatch-sgd": "chapter_linear-regression/linear-regression.md of github.com/d2l-ai/d2l-en",
    "d2l-attention-dot-product": "chapter_attention-mechanisms-and-transformers/attention-scoring-functions.md of github.com/d2l-ai/d2l-en",
    "d2l-adagrad-preconditioning": "chapter_optimization/adagrad.md of github.com/d2l-ai/d2l-en",
    "d2l-gradient-clipping": "chapter_recurrent-neural-networks/rnn-scratch.md of github.com/d2l-ai/d2l-en",
    "d2l-convexity-second-derivative": "chapter_optimization/convexity.md of github.com/d2l-ai/d2l-en",
    "d2l-softmax-logsumexp": "chapter_linear-classification/softmax-regression-concise.md of github.com/d2l-ai/d2l-en",
    "cs231n-gradient-check": "neural-networks-3.md of github.com/cs231n/cs231n.github.io",
    "cs231n-inverted-dropout": "neural-networks-2.md of github.com/cs231n/cs231n.github.io",
    "parr-howard-bias-gradient": "matrix-calculus.md of github.com/parrt/bookish",
    "nndl2-backprop-algorithm": "chap2.html of github.com/mnielsen/nnadl_site",
})

add("d2l-backprop-computational-graph",
    "Zhang et al., Dive into Deep Learning, 5.3 Forward Propagation, Backward Propagation, and Computational Graphs",
    D2L.format(page="chapter_multilayer-perceptrons/backprop.html",
               path="chapter_multilayer-perceptrons/backprop.md", commit="0848f3ed"),
    D2L_NOTE + "; the computational-graph figure left out", r"""
# Forward propagation, backward propagation, and computational graphs

For the sake of simplicity, let's assume that the input example is $\mathbf{x}\in \mathbb{R}^d$ and there is no bias term. Here the intermediate variable is:

$$\mathbf{z}= \mathbf{W}^{(1)} \mathbf{x}$$

$\mathbf{W}^{(1)} \in \mathbb{R}^{h \times d}$ is the weight parameter of the hidden layer. After entering the intermediate variable $\mathbf{z}\in \mathbb{R}^h$ into the activation function $\phi$ operated by the basic elements, we will obtain a hidden layer variable with the vector length of $h$,

$$\mathbf{h}= \phi (\mathbf{z}).$$

Assuming the parameters of the output layer only possess a weight of $\mathbf{W}^{(2)} \in \mathbb{R}^{q \times h}$, we can obtain an output layer variable with a vector length of $q$:

$$\mathbf{o}= \mathbf{W}^{(2)} \mathbf{h}.$$

Assuming the loss function is $l$ and the example label is $y$, we can then calculate the loss term for a single data example,

$$L = l(\mathbf{o}, y).$$

According to the definition of $\ell_2$ norm regularization, given the hyper-parameter $\lambda$, the regularization term is

$$s = \frac{\lambda}{2} \left(\|\mathbf{W}^{(1)}\|_F^2 + \|\mathbf{W}^{(2)}\|_F^2\right),$$

Finally, the model's regularized loss on a given data example is

$$J = L + s.$$

The first step is to calculate the gradients of the objective function $J=L+s$ with respect to the loss term $L$ and the regularization term $s$.

$$\frac{\partial J}{\partial L} = 1 \text{ and } \frac{\partial J}{\partial s} = 1$$

Next, we compute the gradient of the objective function with respect to variable of the output layer $\mathbf{o}$ according to the chain rule.

$$
\frac{\partial J}{\partial \mathbf{o}}
= \text{prod}\left(\frac{\partial J}{\partial L}, \frac{\partial L}{\partial \mathbf{o}}\right)
= \frac{\partial L}{\partial \mathbf{o}}
\in \mathbb{R}^q
$$

Next, we calculate the gradients of the regularization term with respect to both parameters.

$$\frac{\partial s}{\partial \mathbf{W}^{(1)}} = \lambda \mathbf{W}^{(1)}
\text{ and }
\frac{\partial s}{\partial \mathbf{W}^{(2)}} = \lambda \mathbf{W}^{(2)}$$

Now we are able calculate the gradient $\partial J/\partial \mathbf{W}^{(2)} \in \mathbb{R}^{q \times h}$ of the model parameters closest to the output layer. Using the chain rule yields:

$$
\frac{\partial J}{\partial \mathbf{W}^{(2)}}
= \text{prod}\left(\frac{\partial J}{\partial \mathbf{o}}, \frac{\partial \mathbf{o}}{\partial \mathbf{W}^{(2)}}\right) + \text{prod}\left(\frac{\partial J}{\partial s}, \frac{\partial s}{\partial \mathbf{W}^{(2)}}\right)
= \frac{\partial J}{\partial \mathbf{o}} \mathbf{h}^\top + \lambda \mathbf{W}^{(2)}
$$

The gradient with respect to the hidden layer's outputs $\partial J/\partial \mathbf{h} \in \mathbb{R}^h$ is given by

$$
\frac{\partial J}{\partial \mathbf{h}}
= \text{prod}\left(\frac{\partial J}{\partial \mathbf{o}}, \frac{\partial \mathbf{o}}{\partial \mathbf{h}}\right)
= {\mathbf{W}^{(2)}}^\top \frac{\partial J}{\partial \mathbf{o}}.
$$

Since the activation function $\phi$ applies elementwise, calculating the gradient $\partial J/\partial \mathbf{z} \in \mathbb{R}^h$ of the intermediate variable $\mathbf{z}$ requires that we use the elementwise multiplication operator, which we denote by $\odot$.

$$
\frac{\partial J}{\partial \mathbf{z}}
= \text{prod}\left(\frac{\partial J}{\partial \mathbf{h}}, \frac{\partial \mathbf{h}}{\partial \mathbf{z}}\right)
= \frac{\partial J}{\partial \mathbf{h}} \odot \phi'\left(\mathbf{z}\right).
$$
""", r"\frac{\partial J}{\partial L} = 1 \text{ and } \frac{\partial J}{\partial s} = 1",
    r"\frac{\partial J}{\partial L} = 1 \text{ and } \frac{\partial J}{\partial s} = \lambda",
    "the regularization constant put into the local derivative of the sum (dJ/ds = lambda for 1)")

add("d2l-weight-decay-update",
    "Zhang et al., Dive into Deep Learning, Weight Decay: Norms and Weight Decay",
    D2L.format(page="chapter_multilayer-perceptrons/weight-decay.html",
               path="chapter_multilayer-perceptrons/weight-decay.md", commit="032df0b2"),
    D2L_NOTE, r"""
# Norms and weight decay

There, our loss was given by

$$L(\mathbf{w}, b) = \frac{1}{n}\sum_{i=1}^n \frac{1}{2}\left(\mathbf{w}^\top \mathbf{x}^{(i)} + b - y^{(i)}\right)^2.$$

Recall that $\mathbf{x}^{(i)}$ are the features, $y^{(i)}$ are labels for all data examples $i$, and $(\mathbf{w}, b)$ are the weight and bias parameters, respectively. In practice, we characterize this tradeoff via the *regularization constant* $\lambda$, a non-negative hyperparameter that we fit using validation data:

$$L(\mathbf{w}, b) + \frac{\lambda}{2} \|\mathbf{w}\|^2,$$

For $\lambda = 0$, we recover our original loss function. For $\lambda > 0$, we restrict the size of $\| \mathbf{w} \|$. We divide by $2$ by convention: when we take the derivative of a quadratic function, the $2$ and $1/2$ cancel out, ensuring that the expression for the update looks nice and simple.

The minibatch stochastic gradient descent updates for $\ell_2$-regularized regression follow:

$$
\begin{aligned}
\mathbf{w} & \leftarrow \left(1- \eta\lambda \right) \mathbf{w} - \frac{\eta}{|\mathcal{B}|} \sum_{i \in \mathcal{B}} \mathbf{x}^{(i)} \left(\mathbf{w}^\top \mathbf{x}^{(i)} + b - y^{(i)}\right).
\end{aligned}
$$

As before, we update $\mathbf{w}$ based on the amount by which our estimate differs from the observation. However, we also shrink the size of $\mathbf{w}$ towards zero.
""", r"\leftarrow \left(1- \eta\lambda \right) \mathbf{w}",
    r"\leftarrow \left(1- \frac{\eta\lambda}{2} \right) \mathbf{w}",
    "the 1/2 of the penalty kept after differentiating (1 - eta lambda / 2 for 1 - eta lambda)")

add("d2l-linreg-minibatch-sgd",
    "Zhang et al., Dive into Deep Learning, 3.1 Linear Regression: Loss Function; Analytic Solution; Minibatch Stochastic Gradient Descent",
    D2L.format(page="chapter_linear-regression/linear-regression.html",
               path="chapter_linear-regression/linear-regression.md", commit="02d963b2"),
    D2L_NOTE, r"""
# Loss function, analytic solution and minibatch SGD

When our prediction for an example $i$ is $\hat{y}^{(i)}$ and the corresponding true label is $y^{(i)}$, the *squared error* is given by:

$$l^{(i)}(\mathbf{w}, b) = \frac{1}{2} \left(\hat{y}^{(i)} - y^{(i)}\right)^2.$$

The constant $\frac{1}{2}$ makes no real difference but proves to be notationally convenient, since it cancels out when we take the derivative of the loss. To measure the quality of a model on the entire dataset of $n$ examples, we simply average (or equivalently, sum) the losses on the training set:

$$L(\mathbf{w}, b) =\frac{1}{n}\sum_{i=1}^n l^{(i)}(\mathbf{w}, b) =\frac{1}{n} \sum_{i=1}^n \frac{1}{2}\left(\mathbf{w}^\top \mathbf{x}^{(i)} + b - y^{(i)}\right)^2.$$

First, we can subsume the bias $b$ into the parameter $\mathbf{w}$ by appending a column to the design matrix consisting of all ones. Then our prediction problem is to minimize $\|\mathbf{y} - \mathbf{X}\mathbf{w}\|^2$. Taking the derivative of the loss with respect to $\mathbf{w}$ and setting it equal to zero yields:

$$\begin{aligned}
    \partial_{\mathbf{w}} \|\mathbf{y} - \mathbf{X}\mathbf{w}\|^2 =
    2 \mathbf{X}^\top (\mathbf{X} \mathbf{w} - \mathbf{y}) = 0
    \text{ and hence }
    \mathbf{X}^\top \mathbf{y} = \mathbf{X}^\top \mathbf{X} \mathbf{w}.
\end{aligned}$$

Solving for $\mathbf{w}$ provides us with the optimal solution for the optimization problem. Note that this solution

$$\mathbf{w}^* = (\mathbf X^\top \mathbf X)^{-1}\mathbf X^\top \mathbf{y}$$

will only be unique when the matrix $\mathbf X^\top \mathbf X$ is invertible.

We can express the update as follows:

$$(\mathbf{w},b) \leftarrow (\mathbf{w},b) - \frac{\eta}{|\mathcal{B}|} \sum_{i \in \mathcal{B}_t} \partial_{(\mathbf{w},b)} l^{(i)}(\mathbf{w},b).$$

For quadratic losses and affine transformations, this has a closed-form expansion:

$$\begin{aligned} \mathbf{w} & \leftarrow \mathbf{w} - \frac{\eta}{|\mathcal{B}|} \sum_{i \in \mathcal{B}_t} \partial_{\mathbf{w}} l^{(i)}(\mathbf{w}, b) && = \mathbf{w} - \frac{\eta}{|\mathcal{B}|} \sum_{i \in \mathcal{B}_t} \mathbf{x}^{(i)} \left(\mathbf{w}^\top \mathbf{x}^{(i)} + b - y^{(i)}\right)\\ b &\leftarrow b -  \frac{\eta}{|\mathcal{B}|} \sum_{i \in \mathcal{B}_t} \partial_b l^{(i)}(\mathbf{w}, b) &&  = b - \frac{\eta}{|\mathcal{B}|} \sum_{i \in \mathcal{B}_t} \left(\mathbf{w}^\top \mathbf{x}^{(i)} + b - y^{(i)}\right). \end{aligned}$$

Since we pick a minibatch $\mathcal{B}$ we need to normalize by its size $|\mathcal{B}|$.
""", r"    2 \mathbf{X}^\top (\mathbf{X} \mathbf{w} - \mathbf{y}) = 0",
    r"    \mathbf{X}^\top (\mathbf{X} \mathbf{w} - \mathbf{y}) = 0",
    "the factor 2 of the derivative of the square dropped")

add("d2l-attention-dot-product",
    "Zhang et al., Dive into Deep Learning, 11.3 Attention Scoring Functions: Dot Product Attention",
    D2L.format(page="chapter_attention-mechanisms-and-transformers/attention-scoring-functions.html",
               path="chapter_attention-mechanisms-and-transformers/attention-scoring-functions.md",
               commit="003f46d8"),
    D2L_NOTE, r"""
# Dot product attention

Let's review the attention function (without exponentiation) from the Gaussian kernel for a moment:

$$
a(\mathbf{q}, \mathbf{k}_i) = -\frac{1}{2} \|\mathbf{q} - \mathbf{k}_i\|^2  = \mathbf{q}^\top \mathbf{k}_i -\frac{1}{2} \|\mathbf{k}_i\|^2  -\frac{1}{2} \|\mathbf{q}\|^2.
$$

First, note that the final term depends on $\mathbf{q}$ only. As such it is identical for all $(\mathbf{q}, \mathbf{k}_i)$ pairs. Normalizing the attention weights to $1$ ensures that this term disappears entirely.

Last, we need to keep the order of magnitude of the arguments in the exponential function under control. Assume that all the elements of the query $\mathbf{q} \in \mathbb{R}^d$ and the key $\mathbf{k}_i \in \mathbb{R}^d$ are independent and identically drawn random variables with zero mean and unit variance. The dot product between both vectors has zero mean and a variance of $d$. To ensure that the variance of the dot product still remains $1$ regardless of vector length, we use the *scaled dot product attention* scoring function. That is, we rescale the dot product by $1/\sqrt{d}$. We thus arrive at the first commonly used attention function that is used, e.g., in Transformers:

$$ a(\mathbf{q}, \mathbf{k}_i) = \mathbf{q}^\top \mathbf{k}_i / \sqrt{d}.$$

Note that attention weights $\alpha$ still need normalizing. We can simplify this further by using the softmax operation:

$$\alpha(\mathbf{q}, \mathbf{k}_i) = \mathrm{softmax}(a(\mathbf{q}, \mathbf{k}_i)) = \frac{\exp(\mathbf{q}^\top \mathbf{k}_i / \sqrt{d})}{\sum_{j=1} \exp(\mathbf{q}^\top \mathbf{k}_j / \sqrt{d})}.$$
""", r"= \mathbf{q}^\top \mathbf{k}_i -\frac{1}{2} \|\mathbf{k}_i\|^2",
    r"= \mathbf{q}^\top \mathbf{k}_i +\frac{1}{2} \|\mathbf{k}_i\|^2",
    "sign of the key's square flipped when the square is expanded")

add("d2l-adagrad-preconditioning",
    "Zhang et al., Dive into Deep Learning, 12.7 Adagrad: Preconditioning; The Algorithm",
    D2L.format(page="chapter_optimization/adagrad.html",
               path="chapter_optimization/adagrad.md", commit="044da7e4"),
    D2L_NOTE, r"""
# Adagrad: preconditioning

Let's look at the problem of minimizing $f(\mathbf{x}) = \frac{1}{2} \mathbf{x}^\top \mathbf{Q} \mathbf{x} + \mathbf{c}^\top \mathbf{x} + b$.

It is possible to rewrite this problem in terms of its eigendecomposition $\mathbf{Q} = \mathbf{U}^\top \boldsymbol{\Lambda} \mathbf{U}$ to arrive at a much simplified problem where each coordinate can be solved individually:

$$f(\mathbf{x}) = \bar{f}(\bar{\mathbf{x}}) = \frac{1}{2} \bar{\mathbf{x}}^\top \boldsymbol{\Lambda} \bar{\mathbf{x}} + \bar{\mathbf{c}}^\top \bar{\mathbf{x}} + b.$$

Here we used $\bar{\mathbf{x}} = \mathbf{U} \mathbf{x}$ and consequently $\bar{\mathbf{c}} = \mathbf{U} \mathbf{c}$. The modified problem has as its minimizer $\bar{\mathbf{x}} = -\boldsymbol{\Lambda}^{-1} \bar{\mathbf{c}}$ and minimum value $-\frac{1}{2} \bar{\mathbf{c}}^\top \boldsymbol{\Lambda}^{-1} \bar{\mathbf{c}} + b$. This is much easier to compute since $\boldsymbol{\Lambda}$ is a diagonal matrix containing the eigenvalues of $\mathbf{Q}$.

The ratio between the largest and the smallest eigenvalue is called the condition number of an optimization problem.

$$\kappa = \frac{\boldsymbol{\Lambda}_1}{\boldsymbol{\Lambda}_d}.$$

In order to see why this works, let's look at $\bar{f}(\bar{\mathbf{x}})$. We have that

$$\partial_{\bar{\mathbf{x}}} \bar{f}(\bar{\mathbf{x}}) = \boldsymbol{\Lambda} \bar{\mathbf{x}} + \bar{\mathbf{c}} = \boldsymbol{\Lambda} \left(\bar{\mathbf{x}} - \bar{\mathbf{x}}_0\right),$$

where $\bar{\mathbf{x}}_0$ is the minimizer of $\bar{f}$. Hence the magnitude of the gradient depends both on $\boldsymbol{\Lambda}$ and the distance from optimality.

We use the variable $\mathbf{s}_t$ to accumulate past gradient variance as follows.

$$\begin{aligned}
    \mathbf{g}_t & = \partial_{\mathbf{w}} l(y_t, f(\mathbf{x}_t, \mathbf{w})), \\
    \mathbf{s}_t & = \mathbf{s}_{t-1} + \mathbf{g}_t^2, \\
    \mathbf{w}_t & = \mathbf{w}_{t-1} - \frac{\eta}{\sqrt{\mathbf{s}_t + \epsilon}} \cdot \mathbf{g}_t.
\end{aligned}$$

Here the operation are applied coordinate wise. As before $\eta$ is the learning rate and $\epsilon$ is an additive constant that ensures that we do not divide by $0$. Last, we initialize $\mathbf{s}_0 = \mathbf{0}$.
""", r"= \boldsymbol{\Lambda} \left(\bar{\mathbf{x}} - \bar{\mathbf{x}}_0\right),$$",
    r"= \boldsymbol{\Lambda} \left(\bar{\mathbf{x}} + \bar{\mathbf{x}}_0\right),$$",
    "sign of the minimizer flipped (x - x_0 for x + x_0, with x_0 = -Lambda^-1 c)")

add("d2l-gradient-clipping",
    "Zhang et al., Dive into Deep Learning (0.7 edition), Implementation of Recurrent Neural Networks from Scratch: Gradient Clipping",
    D2L.format(page="chapter_recurrent-neural-networks/rnn-scratch.html",
               path="chapter_recurrent-neural-networks/rnn-scratch.md", commit="00822f4e"),
    D2L_NOTE, r"""
# Gradient clipping

Recall that when solving an optimization problem, we take update steps for the weights $\mathbf{w}$ in the general direction of the negative gradient $\mathbf{g}_t$ on a minibatch, say $\mathbf{w} - \eta \cdot \mathbf{g}_t$. Let's further assume that the objective is well behaved, i.e. it is Lipschitz continuous with constant $L$, i.e.

$$|l(\mathbf{w}) - l(\mathbf{w}')| \leq L \|\mathbf{w} - \mathbf{w}'\|.$$

In this case we can safely assume that if we update the weight vector by $\eta \cdot \mathbf{g}_t$ we will not observe a change by more than $L \eta \|\mathbf{g}_t\|$. This is both a curse and a blessing.

One alternative is to clip the gradients by projecting them back to a ball of a given radius, say $\theta$ via

$$\mathbf{g} \leftarrow \min\left(1, \frac{\theta}{\|\mathbf{g}\|}\right) \mathbf{g}.$$

By doing so we know that the gradient norm never exceeds $\theta$ and that the updated gradient is entirely aligned with the original direction $\mathbf{g}$.
""", r"we will not observe a change by more than $L \eta \|\mathbf{g}_t\|$",
    r"we will not observe a change by more than $L \|\mathbf{g}_t\|$",
    "the learning rate dropped from the bound")

add("d2l-convexity-second-derivative",
    "Zhang et al., Dive into Deep Learning, 12.2 Convexity: No Local Minima; Derivatives and Convexity",
    D2L.format(page="chapter_optimization/convexity.html",
               path="chapter_optimization/convexity.md", commit="05d898c8"),
    D2L_NOTE + "; the plots left out", r"""
# Convexity and the second derivative

However, by convexity the function values on the entire *line* $\lambda x + (1-\lambda) x'$ have to be less than $f(x')$ since for $\lambda \in [0, 1)$

$$f(x) > \lambda f(x) + (1-\lambda) f(x') \geq f(\lambda x + (1-\lambda) x').$$

This contradicts the assumption that $f(x)$ is a local minimum. For instance, the function $f(x) = (x+1) (x-1)^2$ has a local minimum for $x=1$. However, it is not a global minimum.

To see that $f''(x) \geq 0$ for convex functions we use the fact that

$$\frac{1}{2} f(x + \epsilon) + \frac{1}{2} f(x - \epsilon) \geq f\left(\frac{x + \epsilon}{2} + \frac{x - \epsilon}{2}\right) = f(x)$$

Since the second derivative is given by the limit over finite differences it follows that

$$f''(x) = \lim_{\epsilon \to 0} \frac{f(x+\epsilon) + f(x - \epsilon) - 2f(x)}{\epsilon^2} \geq 0.$$

To see that the converse is true we use the fact that $f'' \geq 0$ implies that $f'$ is a monotonically increasing function. Let $a < x < b$ be three points in $\mathbb{R}$. We use the mean value theorem to express

$$\begin{aligned}
f(x) - f(a) & = (x-a) f'(\alpha) \text{ for some } \alpha \in [a, x] \text{ and } \\
f(b) - f(x) & = (b-x) f'(\beta) \text{ for some } \beta \in [x, b].
\end{aligned}$$

By monotonicity $f'(\beta) \geq f'(\alpha)$, hence

$$\begin{aligned}
    f(b) - f(a) & = f(b) - f(x) + f(x) - f(a) \\
    & = (b-x) f'(\beta) + (x-a) f'(\alpha) \\
    & \geq (b-a) f'(\alpha).
\end{aligned}$$

By geometry it follows that $f(x)$ is below the line connecting $f(a)$ and $f(b)$, thus proving convexity.
""", r"    f(b) - f(a) & = f(b) - f(x) + f(x) - f(a) \\",
    r"    f(b) - f(a) & = f(b) - f(x) - f(x) + f(a) \\",
    "signs of the inserted f(x) - f(a) flipped")

add("d2l-softmax-logsumexp",
    "Zhang et al., Dive into Deep Learning, 4.5 Concise Implementation of Softmax Regression: Softmax Revisited",
    D2L.format(page="chapter_linear-classification/softmax-regression-concise.html",
               path="chapter_linear-classification/softmax-regression-concise.md", commit="0f4e57be"),
    D2L_NOTE, r"""
# Softmax revisited

Recall that the softmax function computes probabilities via $\hat y_j = \frac{\exp(o_j)}{\sum_k \exp(o_k)}$. If some of the $o_k$ are very large, i.e., very positive, then $\exp(o_k)$ might be larger than the largest number we can have for certain data types. A way round this problem is to subtract $\bar{o} \stackrel{\textrm{def}}{=} \max_k o_k$ from all entries:

$$
\hat y_j = \frac{\exp o_j}{\sum_k \exp o_k} =
\frac{\exp(o_j - \bar{o}) \exp \bar{o}}{\sum_k \exp (o_k - \bar{o}) \exp \bar{o}} =
\frac{\exp(o_j - \bar{o})}{\sum_k \exp (o_k - \bar{o})}.
$$

By construction we know that $o_j - \bar{o} \leq 0$ for all $j$. As such, for a $q$-class classification problem, the denominator is contained in the interval $[1, q]$. Moreover, the numerator never exceeds $1$, thus preventing numerical overflow.

By combining softmax and cross-entropy, we can escape the numerical stability issues altogether. We have:

$$
\log \hat{y}_j =
\log \frac{\exp(o_j - \bar{o})}{\sum_k \exp (o_k - \bar{o})} =
o_j - \bar{o} - \log \sum_k \exp (o_k - \bar{o}).
$$

This avoids both overflow and underflow.
""", r"o_j - \bar{o} - \log \sum_k \exp (o_k - \bar{o}).",
    r"o_j - \bar{o} + \log \sum_k \exp (o_k - \bar{o}).",
    "sign of the log of the denominator flipped")

add("cs231n-gradient-check",
    "CS231n notes, Neural Networks Part 3: Gradient Checks (use the centered formula; use relative error for the comparison) and sanity checks",
    CS231N.format(page="neural-networks-3", commit="05f9722b"), CS_NOTE, r"""
# Gradient checks

**Use the centered formula**. The formula you may have seen for the finite difference approximation when evaluating the numerical gradient looks as follows:

$$
\frac{df(x)}{dx} = \frac{f(x + h) - f(x)}{h} \hspace{0.1in} \text{(bad, do not use)}
$$

where $h$ is a very small number, in practice approximately 1e-5 or so. In practice, it turns out that it is much better to use the *centered* difference formula of the form:

$$
\frac{df(x)}{dx} = \frac{f(x + h) - f(x - h)}{2h} \hspace{0.1in} \text{(use instead)}
$$

This requires you to evaluate the loss function twice to check every single dimension of the gradient (so it is about 2 times as expensive), but the gradient approximation turns out to be much more precise. To see this, you can use Taylor expansion of $f(x+h)$ and $f(x-h)$ and verify that the first formula has an error on order of $O(h)$, while the second formula only has error terms on order of $O(h^2)$ (i.e. it is a second order approximation).

**Use relative error for the comparison**. What are the details of comparing the numerical gradient $f'_n$ and analytic gradient $f'_a$? Hence, it is always more appropriate to consider the *relative error*:

$$
\frac{\mid f'_a - f'_n \mid}{\mid f'_a \mid + \mid f'_n \mid}
$$

**Look for correct loss at chance performance.** For example, for CIFAR-10 with a Softmax classifier we would expect the initial loss to be 2.302, because we expect a diffuse probability of 0.1 for each class (since there are 10 classes), and Softmax loss is the negative log probability of the correct class so: -ln(0.1) = 2.302. For The Weston Watkins SVM, we expect all desired margins to be violated (since all scores are approximately zero), and hence expect a loss of 9 (since margin is 1 for each wrong class).
""", r"\frac{df(x)}{dx} = \frac{f(x + h) - f(x - h)}{2h} \hspace{0.1in} \text{(use instead)}",
    r"\frac{df(x)}{dx} = \frac{f(x + h) - f(x - h)}{h} \hspace{0.1in} \text{(use instead)}",
    "the factor 2 of the centered difference dropped")

add("cs231n-inverted-dropout",
    "CS231n notes, Neural Networks Part 2: Regularization: Dropout (vanilla and inverted dropout)",
    CS231N.format(page="neural-networks-2", commit="01e33b63"),
    CS_NOTE + "; the code cells left out", r"""
# Dropout

While training, dropout is implemented by only keeping a neuron active with some probability $p$ (a hyperparameter), or setting it to zero otherwise.

Crucially, note that in the `predict` function we are not dropping anymore, but we are performing a scaling of both hidden layer outputs by $p$. This is important because at test time all neurons see all their inputs, so we want the outputs of neurons at test time to be identical to their expected outputs at training time. For example, in case of $p = 0.5$, the neurons must halve their outputs at test time to have the same output as they had during traning time (in expectation). To see this, consider an output of a neuron $x$ (before dropout). With dropout, the expected output from this neuron will become $px + (1-p)0$, because the neuron's output will be set to zero with probability $1-p$. At test time, when we keep the neuron always active, we must adjust $x \rightarrow px$ to keep the same expected output.

The undesirable property of the scheme presented above is that we must scale the activations by $p$ at test time. Since test-time performance is so critical, it is always preferrable to use **inverted dropout**, which performs the scaling at train time, leaving the forward pass at test time untouched.
""", r"we must adjust $x \rightarrow px$", r"we must adjust $x \rightarrow x/p$",
    "the inverted-dropout scaling 1/p written for the test-time scaling p")

add("parr-howard-bias-gradient",
    "Parr and Howard, The gradient of the neural network loss function: The derivative with respect to the bias",
    PH_SRC, PH_NOTE + "; the eqnarray of the cost put between double dollars", r"""
# The derivative with respect to the bias

To optimize the bias, $b$, we also need the partial with respect to $b$.  Here are the intermediate variables again:

$$
\begin{array}{lllllllll}
 u(\mathbf{w},b,\mathbf{x}) &=& max(0, \mathbf{w}\cdot\mathbf{x}+b)\\
 v(y,u) &=& y - u\\
 C(v) &=& \frac{1}{N} \sum_{i=1}^N v^2\\
\end{array}
$$

We computed the partial with respect to the bias for equation $u(\mathbf{w},b,\mathbf{x})$ previously:

$$\frac{\partial u}{\partial b} = \begin{cases}
	0 & \mathbf{w} \cdot \mathbf{x} + b \leq 0\\
	1 & \mathbf{w} \cdot \mathbf{x} + b > 0\\
\end{cases}$$

For $v$, the partial is:

$$\frac{\partial v(y,u)}{\partial b} = \frac{\partial}{\partial b} (y - u) = 0 - \frac{\partial u}{\partial b} = -\frac{\partial u}{\partial b} = \begin{cases}
	0 & \mathbf{w} \cdot \mathbf{x} + b \leq 0\\
	-1 & \mathbf{w} \cdot \mathbf{x} + b > 0\\
\end{cases}$$

And for the partial of the cost function itself we get:

$$
\begin{eqnarray*}
 \frac{\partial C(v)}{\partial b} & = & \frac{\partial }{\partial b}\frac{1}{N} \sum_{i=1}^N v^2\\
 & = & \frac{1}{N} \sum_{i=1}^N \frac{\partial}{\partial b} v^2\\
 & = & \frac{1}{N} \sum_{i=1}^N \frac{\partial v^2}{\partial v} \frac{\partial v}{\partial b} \\
 & = & \frac{1}{N} \sum_{i=1}^N 2v \frac{\partial v}{\partial b} \\
 & = & \frac{1}{N} \sum_{i=1}^N \begin{cases}
 	0 & \mathbf{w} \cdot \mathbf{x} + b \leq 0\\
 	-2v & \mathbf{w} \cdot \mathbf{x} + b > 0\\
 \end{cases}\\
 & = & \frac{1}{N} \sum_{i=1}^N \begin{cases}
 	0 & \mathbf{w} \cdot \mathbf{x} + b \leq 0\\
 	-2(y_i-max(0, \mathbf{w}\cdot\mathbf{x}_i+b)) & \mathbf{w} \cdot \mathbf{x} + b > 0\\
 \end{cases}\\
 & = & \frac{1}{N} \sum_{i=1}^N \begin{cases}
 	0 & \mathbf{w} \cdot \mathbf{x} + b \leq 0\\
 	2(\mathbf{w}\cdot\mathbf{x}_i+b-y_i) & \mathbf{w} \cdot \mathbf{x} + b > 0\\
 \end{cases}\\
 & = & \begin{cases}
	0 & \mathbf{w} \cdot \mathbf{x}_i + b \leq 0\\
	\frac{2}{N} \sum_{i=1}^N (\mathbf{w}\cdot\mathbf{x}_i+b-y_i) & \mathbf{w} \cdot \mathbf{x}_i + b > 0\\
 \end{cases}
\end{eqnarray*}
$$

As before, we can substitute an error term:

$$ \frac{\partial C}{\partial b} = \frac{2}{N} \sum_{i=1}^N e_i ~~~\text{(for the nonzero activation case)} $$

The partial derivative is then just the average error or zero, according to the activation level. To update the neuron bias, we nudge it in the opposite direction of increased cost:

$$ b_{t+1} = b_{t} - \eta \frac{\partial C}{\partial b} $$
""", r" & = & \frac{1}{N} \sum_{i=1}^N 2v \frac{\partial v}{\partial b} \\",
    r" & = & \frac{1}{N} \sum_{i=1}^N v \frac{\partial v}{\partial b} \\",
    "power rule without the factor 2 (v for 2v)")

add("nndl2-backprop-algorithm",
    "Nielsen, Neural Networks and Deep Learning, ch. 2, The backpropagation algorithm (the five-step box) and the exercise before it, eqs. (33)-(35)",
    NNDL_SRC.format(page="chap2"), NNDL_NOTE + "; the algorithm's numbered list kept as a list", r"""
# The backpropagation algorithm

(1) Show that (BP1) may be rewritten as

$$\begin{eqnarray}
    \delta^L = \Sigma'(z^L) \nabla_a C,  \tag{33}\end{eqnarray}$$

where $\Sigma'(z^L)$ is a square matrix whose diagonal entries are the values $\sigma'(z^L_j)$, and whose off-diagonal entries are zero. (2) Show that (BP2) may be rewritten as

$$\begin{eqnarray}
    \delta^l = \Sigma'(z^l) (w^{l+1})^T \delta^{l+1}.  \tag{34}\end{eqnarray}$$

(3) By combining observations (1) and (2) show that

$$\begin{eqnarray}
    \delta^l = \Sigma'(z^l) (w^{l+1})^T \ldots \Sigma'(z^{L-1}) (w^L)^T
    \Sigma'(z^L) \nabla_a C  \tag{35}\end{eqnarray}$$

The backpropagation equations provide us with a way of computing the gradient of the cost function. Let's explicitly write this out in the form of an algorithm:

1. **Input $x$:** Set the corresponding activation $a^{1}$ for the input layer.
2. **Feedforward:** For each $l = 2, 3, \ldots, L$ compute $z^{l} = w^l a^{l-1}+b^l$ and $a^{l} = \sigma(z^{l})$.
3. **Output error $\delta^L$:** Compute the vector $\delta^{L} = \nabla_a C \odot \sigma'(z^L)$.
4. **Backpropagate the error:** For each $l = L-1, L-2, \ldots, 2$ compute $\delta^{l} = ((w^{l+1})^T \delta^{l+1}) \odot \sigma'(z^{l})$.
5. **Output:** The gradient of the cost function is given by $\frac{\partial C}{\partial w^l_{jk}} = a^{l-1}_k \delta^l_j$ and $\frac{\partial C}{\partial b^l_j} = \delta^l_j$.

Examining the algorithm you can see why it's called *back*propagation. We compute the error vectors $\delta^l$ backward, starting from the final layer.
""", r"$\frac{\partial C}{\partial w^l_{jk}} = a^{l-1}_k \delta^l_j$",
    r"$\frac{\partial C}{\partial w^l_{jk}} = a^{l}_k \delta^l_j$",
    "wrong layer index: a^l_k for a^{l-1}_k in (BP4)")
