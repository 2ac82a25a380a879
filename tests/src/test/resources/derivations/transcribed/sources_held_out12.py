# A twelfth held-out set (issue 12, branch held12): twelve passages the corpus did not hold
# before and that the checker had never been run on: Bishop's PRML 3.1.1 (maximum likelihood and
# least squares), 4.3.2 (logistic regression) and 4.3.4 (multiclass logistic regression),
# Learned-Miller's "Vector, Matrix, and Tensor Derivatives" (CS231n handout), Parr and Howard's
# vector sum reduction, Szegedy et al.'s label smoothing, Salimans and Kingma's weight
# normalization gradients, Nielsen ch. 3's Hessian technique and momentum, and four passages
# typed the way students write their own notes (the Huber loss and the softplus in plain ASCII
# inside Markdown, the KL divergence between two Bernoullis and the derivative of GELU's tanh
# approximation in LaTeX). Where no stored copy was found the passage is written from the source
# as recalled, and its header says so. Read by make_transcribed.py after sources_held_out11.py;
# uses NNDL_SRC, NNDL_NOTE (sources_held_out5.py).

PRML = "https://www.microsoft.com/en-us/research/publication/pattern-recognition-machine-learning/ (Bishop, PRML, 2006)"
PRML_NOTE = "the book's numbered displays written between double dollars with their numbers as tags; prose abridged"

CHECKED.update({
    "learned-miller-vector-derivatives": "a stored reader's summary of cs231n.stanford.edu/vecDerivs.pdf (its displays for section 1; section 2 as recalled)",
    "parr-howard-sum-reduction": "a stored quotation of section 4.4's displays (the sum(xz) example as recalled)",
    "weightnorm-gradients": "stored quotations of eqs. (2) and (3) of the paper (eq. (4) as recalled)",
})

add("bishop-prml-least-squares-ml",
    "Bishop, Pattern Recognition and Machine Learning, 3.1.1 Maximum likelihood and least squares, eqs. (3.10)-(3.21)",
    PRML, PRML_NOTE + "; the design matrix's definition (3.16) given in prose", r"""
# 3.1.1 Maximum likelihood and least squares

Consider a data set of inputs $\mathbf{X} = \{\mathbf{x}_1, \ldots, \mathbf{x}_N\}$ with corresponding target values $t_1, \ldots, t_N$. Making the assumption that these data points are drawn independently from the distribution $p(t|\mathbf{x}, \mathbf{w}, \beta) = \mathcal{N}(t|y(\mathbf{x}, \mathbf{w}), \beta^{-1})$, we obtain the following expression for the likelihood function, which is a function of the adjustable parameters $\mathbf{w}$ and $\beta$, in the form

$$p(\mathbf{t}|\mathbf{X}, \mathbf{w}, \beta) = \prod_{n=1}^{N} \mathcal{N}(t_n|\mathbf{w}^{\mathrm{T}}\boldsymbol{\phi}(\mathbf{x}_n), \beta^{-1}) \tag{3.10}$$

Taking the logarithm of the likelihood function, and making use of the standard form (1.46) for the univariate Gaussian, we have

$$\ln p(\mathbf{t}|\mathbf{w}, \beta) = \sum_{n=1}^{N} \ln \mathcal{N}(t_n|\mathbf{w}^{\mathrm{T}}\boldsymbol{\phi}(\mathbf{x}_n), \beta^{-1}) = \frac{N}{2}\ln\beta - \frac{N}{2}\ln(2\pi) - \beta E_D(\mathbf{w}) \tag{3.11}$$

where the sum-of-squares error function is defined by

$$E_D(\mathbf{w}) = \frac{1}{2}\sum_{n=1}^{N}\{t_n - \mathbf{w}^{\mathrm{T}}\boldsymbol{\phi}(\mathbf{x}_n)\}^2. \tag{3.12}$$

Having written down the likelihood function, we can use maximum likelihood to determine $\mathbf{w}$ and $\beta$. The gradient of the log likelihood function (3.11) takes the form

$$\nabla \ln p(\mathbf{t}|\mathbf{w}, \beta) = \beta \sum_{n=1}^{N}\{t_n - \mathbf{w}^{\mathrm{T}}\boldsymbol{\phi}(\mathbf{x}_n)\}\boldsymbol{\phi}(\mathbf{x}_n)^{\mathrm{T}}. \tag{3.13}$$

Setting this gradient to zero gives

$$0 = \sum_{n=1}^{N} t_n\boldsymbol{\phi}(\mathbf{x}_n)^{\mathrm{T}} - \mathbf{w}^{\mathrm{T}}\left(\sum_{n=1}^{N}\boldsymbol{\phi}(\mathbf{x}_n)\boldsymbol{\phi}(\mathbf{x}_n)^{\mathrm{T}}\right). \tag{3.14}$$

Solving for $\mathbf{w}$ we obtain

$$\mathbf{w}_{\mathrm{ML}} = \left(\boldsymbol{\Phi}^{\mathrm{T}}\boldsymbol{\Phi}\right)^{-1}\boldsymbol{\Phi}^{\mathrm{T}}\mathbf{t} \tag{3.15}$$

which are known as the normal equations for the least squares problem. Here $\boldsymbol{\Phi}$ is an $N \times M$ matrix, called the design matrix, whose elements are given by $\Phi_{nj} = \phi_j(\mathbf{x}_n)$.

We can also maximize the log likelihood function (3.11) with respect to the noise precision parameter $\beta$, giving

$$\frac{1}{\beta_{\mathrm{ML}}} = \frac{1}{N}\sum_{n=1}^{N}\{t_n - \mathbf{w}_{\mathrm{ML}}^{\mathrm{T}}\boldsymbol{\phi}(\mathbf{x}_n)\}^2 \tag{3.21}$$

and so we see that the inverse of the noise precision is given by the residual variance of the target values around the regression function.
""", r"$$\frac{1}{\beta_{\mathrm{ML}}} = \frac{1}{N}", r"$$\frac{1}{\beta_{\mathrm{ML}}} = \frac{2}{N}",
    "dropped factor: the 1/2 of E_D carried into the estimate, 2/N instead of 1/N")

add("bishop-prml-logistic-regression",
    "Bishop, Pattern Recognition and Machine Learning, 4.3.2 Logistic regression, eqs. (4.87)-(4.91)",
    PRML, PRML_NOTE, r"""
# 4.3.2 Logistic regression

We begin our treatment of generalized linear models by considering the problem of two-class classification. The posterior probability of class $\mathcal{C}_1$ can be written as a logistic sigmoid acting on a linear function of the feature vector $\boldsymbol{\phi}$ so that

$$p(\mathcal{C}_1|\boldsymbol{\phi}) = y(\boldsymbol{\phi}) = \sigma\left(\mathbf{w}^{\mathrm{T}}\boldsymbol{\phi}\right) \tag{4.87}$$

with $p(\mathcal{C}_2|\boldsymbol{\phi}) = 1 - p(\mathcal{C}_1|\boldsymbol{\phi})$. Here $\sigma(\cdot)$ is the logistic sigmoid function defined by (4.59).

We now use maximum likelihood to determine the parameters of the logistic regression model. To do this, we shall make use of the derivative of the logistic sigmoid function, which can conveniently be expressed in terms of the sigmoid function itself

$$\frac{d\sigma}{da} = \sigma(1 - \sigma). \tag{4.88}$$

For a data set $\{\boldsymbol{\phi}_n, t_n\}$, where $t_n \in \{0, 1\}$ and $\boldsymbol{\phi}_n = \boldsymbol{\phi}(\mathbf{x}_n)$, with $n = 1, \ldots, N$, the likelihood function can be written

$$p(\mathbf{t}|\mathbf{w}) = \prod_{n=1}^{N} y_n^{t_n}\{1 - y_n\}^{1 - t_n} \tag{4.89}$$

where $\mathbf{t} = (t_1, \ldots, t_N)^{\mathrm{T}}$ and $y_n = p(\mathcal{C}_1|\boldsymbol{\phi}_n)$. As usual, we can define an error function by taking the negative logarithm of the likelihood, which gives the cross-entropy error function in the form

$$E(\mathbf{w}) = -\ln p(\mathbf{t}|\mathbf{w}) = -\sum_{n=1}^{N}\{t_n \ln y_n + (1 - t_n)\ln(1 - y_n)\} \tag{4.90}$$

where $y_n = \sigma(a_n)$ and $a_n = \mathbf{w}^{\mathrm{T}}\boldsymbol{\phi}_n$. Taking the gradient of the error function with respect to $\mathbf{w}$, we obtain

$$\nabla E(\mathbf{w}) = \sum_{n=1}^{N}(y_n - t_n)\boldsymbol{\phi}_n \tag{4.91}$$

where we have made use of (4.88). We see that the factor involving the derivative of the logistic sigmoid has cancelled, leading to a simplified form for the gradient of the log likelihood.
""", r"\sum_{n=1}^{N}(y_n - t_n)\boldsymbol{\phi}_n", r"\sum_{n=1}^{N}(t_n - y_n)\boldsymbol{\phi}_n",
    "sign error: the gradient of the error written with (t_n - y_n)")

add("bishop-prml-softmax-regression",
    "Bishop, Pattern Recognition and Machine Learning, 4.3.4 Multiclass logistic regression, eqs. (4.104)-(4.109)",
    PRML, PRML_NOTE, r"""
# 4.3.4 Multiclass logistic regression

In our discussion of generative models for multiclass classification, we have seen that for a large class of distributions, the posterior probabilities are given by a softmax transformation of linear functions of the feature variables, so that

$$p(\mathcal{C}_k|\boldsymbol{\phi}) = y_k(\boldsymbol{\phi}) = \frac{\exp(a_k)}{\sum_j \exp(a_j)} \tag{4.104}$$

where the 'activations' $a_k$ are given by

$$a_k = \mathbf{w}_k^{\mathrm{T}}\boldsymbol{\phi}. \tag{4.105}$$

Here we will use maximum likelihood to determine the parameters $\{\mathbf{w}_k\}$ of this model directly. To do this, we will require the derivatives of $y_k$ with respect to all of the activations $a_j$. These are given by

$$\frac{\partial y_k}{\partial a_j} = y_k(I_{kj} - y_j) \tag{4.106}$$

where $I_{kj}$ are the elements of the identity matrix.

Next we write down the likelihood function. This is most easily done using the 1-of-$K$ coding scheme in which the target vector $\mathbf{t}_n$ for a feature vector $\boldsymbol{\phi}_n$ belonging to class $\mathcal{C}_k$ is a binary vector with all elements zero except for element $k$, which equals one. The likelihood function is then given by

$$p(\mathbf{T}|\mathbf{w}_1, \ldots, \mathbf{w}_K) = \prod_{n=1}^{N}\prod_{k=1}^{K} p(\mathcal{C}_k|\boldsymbol{\phi}_n)^{t_{nk}} = \prod_{n=1}^{N}\prod_{k=1}^{K} y_{nk}^{t_{nk}} \tag{4.107}$$

where $y_{nk} = y_k(\boldsymbol{\phi}_n)$, and $\mathbf{T}$ is an $N \times K$ matrix of target variables with elements $t_{nk}$. Taking the negative logarithm then gives

$$E(\mathbf{w}_1, \ldots, \mathbf{w}_K) = -\ln p(\mathbf{T}|\mathbf{w}_1, \ldots, \mathbf{w}_K) = -\sum_{n=1}^{N}\sum_{k=1}^{K} t_{nk}\ln y_{nk} \tag{4.108}$$

which is known as the cross-entropy error function for the multiclass classification problem.

We now take the gradient of the error function with respect to one of the parameter vectors $\mathbf{w}_j$. Making use of the result (4.106) for the derivatives of the softmax function, we obtain

$$\nabla_{\mathbf{w}_j} E(\mathbf{w}_1, \ldots, \mathbf{w}_K) = \sum_{n=1}^{N}(y_{nj} - t_{nj})\boldsymbol{\phi}_n \tag{4.109}$$

where we have made use of $\sum_k t_{nk} = 1$.
""", r"= y_k(I_{kj} - y_j)", r"= y_k(I_{kj} - y_k)",
    "wrong index: the softmax derivative written y_k(I_kj - y_k)")

add("learned-miller-vector-derivatives",
    "Learned-Miller, Vector, Matrix, and Tensor Derivatives (CS231n handout), sections 1 and 2",
    "http://cs231n.stanford.edu/vecDerivs.pdf",
    "the handout's displays written between double dollars with their numbers as tags; prose abridged, wording kept", r"""
# Vector, Matrix, and Tensor Derivatives

## 1 Simplify, simplify, simplify

Much of the confusion in taking derivatives involving arrays stems from trying to do too many things at once. To help simplify things, it is useful to write out the explicit formula for a single scalar element of the output in terms of nothing but scalar variables.

### 1.1 Expanding notation into explicit sums and equations for each component

Suppose we have a column vector $\vec{y}$ of length $C$ that is calculated by forming the product of a matrix $W$ that is $C$ rows by $D$ columns with a column vector $\vec{x}$ of length $D$:

$$\vec{y} = W\vec{x}. \tag{1}$$

Suppose we are interested in the derivative of $\vec{y}$ with respect to $\vec{x}$. Let's start by computing one of these, say, the 3rd component of $\vec{y}$ with respect to the 7th component of $\vec{x}$. That is, we want to compute $\frac{\partial \vec{y}_3}{\partial \vec{x}_7}$. The first thing to do is to write down the formula for computing $\vec{y}_3$ so we can take its derivative. From the definition of matrix-vector multiplication, the value $\vec{y}_3$ is computed by taking the dot product between the 3rd row of $W$ and the vector $\vec{x}$:

$$\vec{y}_3 = \sum_{j=1}^{D} W_{3,j}\vec{x}_j. \tag{2}$$

### 1.2 Removing summation notation

Although this is a completely valid formula, it is useful to write out the sum explicitly:

$$\vec{y}_3 = W_{3,1}\vec{x}_1 + W_{3,2}\vec{x}_2 + \ldots + W_{3,7}\vec{x}_7 + \ldots + W_{3,D}\vec{x}_D. \tag{3}$$

Of course, this expression includes a term involving $\vec{x}_7$. It is now easy to take the derivative:

$$\frac{\partial \vec{y}_3}{\partial \vec{x}_7} = \frac{\partial}{\partial \vec{x}_7}\left[W_{3,1}\vec{x}_1 + W_{3,2}\vec{x}_2 + \ldots + W_{3,7}\vec{x}_7 + \ldots + W_{3,D}\vec{x}_D\right] \tag{4}$$

$$= 0 + 0 + \ldots + \frac{\partial}{\partial \vec{x}_7}\left[W_{3,7}\vec{x}_7\right] + \ldots + 0 \tag{5}$$

$$= W_{3,7}. \tag{6}$$

By following the same steps for each component, we find that $\frac{\partial \vec{y}_i}{\partial \vec{x}_j} = W_{i,j}$, and so

$$\frac{d\vec{y}}{d\vec{x}} = W. \tag{8}$$

## 2 Row vectors instead of column vectors

Suppose now that $\vec{x}$ is a row vector of length $D$ and $W$ is a matrix with $D$ rows and $C$ columns, so that $\vec{y} = \vec{x}W$ is a row vector of length $C$. Then the 3rd component of $\vec{y}$ is

$$\vec{y}_3 = \sum_{i=1}^{D} \vec{x}_i W_{i,3} = \vec{x}_1 W_{1,3} + \vec{x}_2 W_{2,3} + \ldots + \vec{x}_7 W_{7,3} + \ldots + \vec{x}_D W_{D,3},$$

and its derivative with respect to the 7th component of $\vec{x}$ is

$$\frac{\partial \vec{y}_3}{\partial \vec{x}_7} = W_{7,3}.$$

Notice that the indexing into $W$ is the opposite from what it was in the first example.
""", r"\frac{\partial \vec{y}_3}{\partial \vec{x}_7} = W_{7,3}.", r"\frac{\partial \vec{y}_3}{\partial \vec{x}_7} = W_{3,7}.",
    "wrong index: the row-vector case written W_{3,7}, the column-vector case's index order")

add("parr-howard-sum-reduction",
    "Parr and Howard, The Matrix Calculus You Need For Deep Learning, 4.4 Vector sum reduction",
    "https://explained.ai/matrix-calculus/",
    "the page's aligned displays kept; the function sum written as an operator name; prose abridged, wording kept", r"""
# Vector sum reduction

Summing up the elements of a vector is an important operation in deep learning, such as the network loss function, but we can also use it as a way to simplify computing the derivative of vector dot product and other operations that reduce vectors to scalars.

Let $y = \operatorname{sum}(\mathbf{f}(\mathbf{x})) = \sum_{i=1}^n f_i(\mathbf{x})$. Notice we were careful here to leave the parameter as a vector $\mathbf{x}$ because each function $f_i$ could use all values in the vector, not just $x_i$. The sum is over the results of the function and not the parameter. The gradient ($1 \times n$ Jacobian) of vector summation is:

$$\begin{align*}
\frac{\partial y}{\partial \mathbf{x}} &= \left[\frac{\partial y}{\partial x_1}, \frac{\partial y}{\partial x_2}, \dotsc, \frac{\partial y}{\partial x_n}\right] \\
&= \left[\frac{\partial}{\partial x_1}\sum_i f_i(\mathbf{x}), \frac{\partial}{\partial x_2}\sum_i f_i(\mathbf{x}), \dotsc, \frac{\partial}{\partial x_n}\sum_i f_i(\mathbf{x})\right] \\
&= \left[\sum_i \frac{\partial f_i(\mathbf{x})}{\partial x_1}, \sum_i \frac{\partial f_i(\mathbf{x})}{\partial x_2}, \dotsc, \sum_i \frac{\partial f_i(\mathbf{x})}{\partial x_n}\right]
\end{align*}$$

Let's look at the gradient of the simple $y = \operatorname{sum}(\mathbf{x})$. The function inside the summation is just $f_i(\mathbf{x}) = x_i$ and the gradient is then:

$$\nabla y = \left[\sum_i \frac{\partial x_i}{\partial x_1}, \sum_i \frac{\partial x_i}{\partial x_2}, \dotsc, \sum_i \frac{\partial x_i}{\partial x_n}\right] = \left[\frac{\partial x_1}{\partial x_1}, \frac{\partial x_2}{\partial x_2}, \dotsc, \frac{\partial x_n}{\partial x_n}\right] = [1, 1, \dotsc, 1] = \vec{1}^T$$

Notice that the result is a horizontal vector full of 1s, not a vertical vector, and so the gradient is $\vec{1}^T$.

As another example, let's sum the result of multiplying a vector by a constant scalar. If $y = \operatorname{sum}(\mathbf{x}z)$ then $f_i(\mathbf{x}, z) = x_i z$. The gradient is:

$$\begin{align*}
\frac{\partial y}{\partial \mathbf{x}} &= \left[\sum_i \frac{\partial}{\partial x_1} x_i z, \sum_i \frac{\partial}{\partial x_2} x_i z, \dotsc, \sum_i \frac{\partial}{\partial x_n} x_i z\right] \\
&= \left[z, z, \dotsc, z\right]
\end{align*}$$

The derivative with respect to scalar variable $z$ is $1 \times 1$:

$$\frac{\partial y}{\partial z} = \frac{\partial}{\partial z}\sum_{i=1}^n x_i z = \sum_i \frac{\partial}{\partial z} x_i z = \sum_i x_i = \operatorname{sum}(\mathbf{x})$$
""", r"\sum_i \frac{\partial}{\partial z} x_i z = \sum_i x_i", r"\sum_i \frac{\partial}{\partial z} x_i z = \sum_i z",
    "wrong variable: the derivative of x_i z with respect to z written z")

add("huber-loss-derivative-notes",
    "A student's notes: the Huber loss (Huber, 1964) and its derivative, typed in plain text inside Markdown",
    "written for this corpus in the way new users type their own notes (the loss as in Hastie, Tibshirani and Friedman, ESL, eq. (10.23))",
    "", r"""
# Huber loss and its derivative (my notes)

The Huber loss with threshold delta > 0, written for the residual a = y - f (f is the prediction, y the target):

L(a) = 1/2 * a^2 for |a| <= delta
L(a) = delta * (|a| - 1/2 * delta) for |a| > delta

Derivative w.r.t. the residual:

- for |a| <= delta: dL/da = a
- for a > delta: dL/da = delta
- for a < -delta: dL/da = -delta

so dL/da = clip(a, -delta, delta), it never gets bigger than delta in size (that's the point, outliers don't blow up the gradient).

What we actually need is the derivative w.r.t. the prediction f. Since a = y - f we have da/df = -1, so in the quadratic part

dL/df = dL/da * da/df = -a = f - y

and in the linear part dL/df = -delta * sign(a).

Check that the two pieces meet at a = delta:

1/2 * delta^2 = delta * (delta - 1/2 * delta) = 1/2 * delta^2

and the slopes match too: a = delta from the left, delta from the right.

Example 1: delta = 1, y = 3, f = 0.5, so a = 2.5 (linear part):
L = 1 * (2.5 - 0.5) = 2
dL/df = -1

Example 2: delta = 1, y = 3, f = 2.5, so a = 0.5 (quadratic part):
L = 1/2 * 0.5^2 = 0.125
dL/df = -0.5
""", r"dL/df = dL/da * da/df = -a = f - y", r"dL/df = dL/da * da/df = -a = y - f",
    "sign error: -a written y - f")

add("softplus-derivative-notes",
    "A student's notes: the softplus and its derivative, typed in plain text inside Markdown (the identities as in Goodfellow et al., 3.10)",
    "written for this corpus in the way new users type their own notes",
    "", r"""
# softplus and its derivative

softplus(x) = log(1 + e^x)

it's a smooth version of relu: for big x, softplus(x) is about x, for very negative x it's about 0.

derivative:

d/dx log(1 + e^x) = e^x / (1 + e^x)

divide top and bottom by e^x:

e^x / (1 + e^x) = 1 / (1 + e^-x) = sigma(x)

so the derivative of softplus is the sigmoid! and the second derivative is

d/dx sigma(x) = sigma(x)(1 - sigma(x))

numbers at x = 0: softplus(0) = log 2 = 0.6931, sigma(0) = 0.5, sigma(0)(1 - sigma(0)) = 0.25

another identity: softplus(x) - softplus(-x) = x, because

log(1 + e^x) - log(1 + e^-x) = log((1 + e^x)/(1 + e^-x)) = log(e^x) = x
""", r"e^x / (1 + e^x) = 1 / (1 + e^-x) = sigma(x)", r"e^x / (1 + e^x) = 1 / (1 - e^-x) = sigma(x)",
    "sign error: 1/(1 + e^-x) written 1/(1 - e^-x)")

add("kl-bernoulli-derivative",
    "A student's notes: the KL divergence between two Bernoulli distributions and its derivative in q",
    "written for this corpus in the way new users type their own notes (the divergence as in Cover and Thomas, 2.3)",
    "", r"""
# KL divergence between two Bernoullis

For $P = \text{Bernoulli}(p)$ and $Q = \text{Bernoulli}(q)$ with $0 < p, q < 1$,

$$D_{KL}(P \| Q) = p \log\frac{p}{q} + (1-p)\log\frac{1-p}{1-q}$$

Derivative with respect to $q$, keeping $p$ fixed:

$$\frac{\partial D_{KL}}{\partial q} = -\frac{p}{q} + \frac{1-p}{1-q} = \frac{-p(1-q) + q(1-p)}{q(1-q)} = \frac{q-p}{q(1-q)}$$

so the gradient vanishes exactly at $q = p$, where the divergence is $0$. The second derivative is

$$\frac{\partial^2 D_{KL}}{\partial q^2} = \frac{p}{q^2} + \frac{1-p}{(1-q)^2}$$

which is positive, so $q = p$ is the minimum.

Example: $p = 0.2$, $q = 0.5$:

$$D_{KL} = 0.2\log 0.4 + 0.8\log 1.6 \approx -0.18326 + 0.37600 = 0.19274$$

and the gradient there is $\frac{0.5 - 0.2}{0.5 \cdot 0.5} = 1.2$.
""", r"= \frac{q-p}{q(1-q)}$$", r"= \frac{p-q}{q(1-q)}$$",
    "sign error: the combined fraction written (p - q)/(q(1 - q))")

add("szegedy-label-smoothing",
    "Szegedy, Vanhoucke, Ioffe, Shlens and Wojna, Rethinking the Inception Architecture for Computer Vision, 7 Model Regularization via Label Smoothing",
    "https://arxiv.org/abs/1512.00567",
    "the paper's inline formulas put in displays; the gradient with the smoothed labels written out by the transcriber; prose abridged", r"""
# Model Regularization via Label Smoothing

For each training example $x$, our model computes the probability of each label $k \in \{1 \ldots K\}$:

$$p(k|x) = \frac{\exp(z_k)}{\sum_{i=1}^K \exp(z_i)}.$$

Here, $z_i$ are the logits or unnormalized log-probabilities. Consider the ground-truth distribution over labels $q(k|x)$ for this training example, normalized so that $\sum_k q(k|x) = 1$. For brevity, let us omit the dependence of $p$ and $q$ on example $x$. We define the loss for the example as the cross entropy:

$$\ell = -\sum_{k=1}^K \log(p(k))q(k).$$

Minimizing this is equivalent to maximizing the expected log-likelihood of a label, where the label is selected according to its ground-truth distribution $q(k)$. Cross-entropy loss is differentiable with respect to the logits $z_k$ and thus can be used for gradient training of deep models. The gradient has a rather simple form:

$$\frac{\partial \ell}{\partial z_k} = p(k) - q(k),$$

which is bounded between $-1$ and $1$.

Consider the case of a single ground-truth label $y$, so that $q(y) = 1$ and $q(k) = 0$ for all $k \neq y$. We propose a mechanism for encouraging the model to be less confident. Consider a distribution over labels $u(k)$, independent of the training example $x$, and a smoothing parameter $\epsilon$. For a training example with ground-truth label $y$, we replace the label distribution $q(k|x) = \delta_{k,y}$ with

$$q'(k|x) = (1 - \epsilon)\delta_{k,y} + \epsilon u(k).$$

In our experiments, we used the uniform distribution $u(k) = 1/K$, so that

$$q'(k) = (1 - \epsilon)\delta_{k,y} + \frac{\epsilon}{K}.$$

Another interpretation of LSR can be obtained by considering the cross entropy:

$$H(q', p) = -\sum_{k=1}^K \log p(k) q'(k) = (1 - \epsilon)H(q, p) + \epsilon H(u, p).$$

With the smoothed labels the gradient keeps its simple form, now with $q'$ in place of $q$:

$$\frac{\partial H(q', p)}{\partial z_k} = p(k) - q'(k) = p(k) - (1 - \epsilon)\delta_{k,y} - \frac{\epsilon}{K}.$$
""", r"= p(k) - (1 - \epsilon)\delta_{k,y} - \frac{\epsilon}{K}.", r"= p(k) - (1 - \epsilon)\delta_{k,y} + \frac{\epsilon}{K}.",
    "sign error: the uniform part of the smoothed label added instead of subtracted")

add("weightnorm-gradients",
    "Salimans and Kingma, Weight Normalization: A Simple Reparameterization to Accelerate Training of Deep Neural Networks, 2 Weight Normalization and 2.1 Gradients, eqs. (1)-(4)",
    "https://arxiv.org/abs/1602.07868",
    "the paper's numbered displays written between double dollars with their numbers as tags; prose abridged, wording kept", r"""
# Weight Normalization

We consider standard artificial neural networks where the computation of each neuron consists in taking a weighted sum of input features, followed by an elementwise nonlinearity:

$$y = \phi(\mathbf{w} \cdot \mathbf{x} + b), \tag{1}$$

where $\mathbf{w}$ is a $k$-dimensional weight vector, $b$ is a scalar bias term, $\mathbf{x}$ is a $k$-dimensional vector of input features, $\phi(.)$ denotes an elementwise nonlinearity such as the rectifier $\max(.,0)$, and $y$ denotes the scalar output of the neuron.

We propose to reparameterize each weight vector $\mathbf{w}$ in terms of a parameter vector $\mathbf{v}$ and a scalar parameter $g$ and to perform stochastic gradient descent with respect to those parameters instead. We do so by expressing the weight vectors in terms of the new parameters using

$$\mathbf{w} = \frac{g}{\|\mathbf{v}\|}\mathbf{v} \tag{2}$$

where $\mathbf{v}$ is a $k$-dimensional vector, $g$ is a scalar, and $\|\mathbf{v}\|$ denotes the Euclidean norm of $\mathbf{v}$. This reparameterization has the effect of fixing the Euclidean norm of the weight vector $\mathbf{w}$: we now have $\|\mathbf{w}\| = g$, independent of the parameters $\mathbf{v}$.

## 2.1 Gradients

Training a neural network in the new parameterization is done using standard stochastic gradient descent methods. Here we differentiate through (2) to obtain the gradient of a loss function $L$ with respect to the new parameters $\mathbf{v}, g$. Doing so gives

$$\nabla_g L = \frac{\nabla_{\mathbf{w}} L \cdot \mathbf{v}}{\|\mathbf{v}\|}, \qquad \nabla_{\mathbf{v}} L = \frac{g}{\|\mathbf{v}\|}\nabla_{\mathbf{w}} L - \frac{g\nabla_g L}{\|\mathbf{v}\|^2}\mathbf{v}, \tag{3}$$

where $\nabla_{\mathbf{w}} L$ is the gradient with respect to the weights $\mathbf{w}$ as used normally. Backpropagation using weight normalization thus only requires a minor modification on top of standard neural network software. An alternative way to write the gradient is

$$\nabla_{\mathbf{v}} L = \frac{g}{\|\mathbf{v}\|}M_{\mathbf{w}}\nabla_{\mathbf{w}} L, \quad \text{with} \quad M_{\mathbf{w}} = I - \frac{\mathbf{w}\mathbf{w}'}{\|\mathbf{w}\|^2}, \tag{4}$$

where $M_{\mathbf{w}}$ is a projection matrix that projects onto the complement of the $\mathbf{w}$ vector.
""", r"\frac{g\nabla_g L}{\|\mathbf{v}\|^2}\mathbf{v}", r"\frac{g\nabla_g L}{\|\mathbf{v}\|}\mathbf{v}",
    "wrong exponent: the second term's norm written to the first power")

add("nndl3-hessian-momentum",
    "Nielsen, Neural Networks and Deep Learning, ch. 3, Variations on stochastic gradient descent (Hessian technique, momentum), eqs. (103)-(108)",
    NNDL_SRC.format(page="chap3"), NNDL_NOTE, r"""
# Variations on stochastic gradient descent

**Hessian technique:** To begin our discussion it helps to put neural networks aside for a bit. Instead, we're just going to consider the abstract problem of minimizing a cost function $C$ which is a function of many variables, $w = w_1, w_2, \ldots$, so $C = C(w)$. By Taylor's theorem, the cost function can be approximated near a point $w$ by

$$C(w+\Delta w) = C(w) + \sum_j \frac{\partial C}{\partial w_j}\Delta w_j + \frac{1}{2}\sum_{jk}\Delta w_j \frac{\partial^2 C}{\partial w_j \partial w_k}\Delta w_k + \ldots \tag{103}$$

We can rewrite this more compactly as

$$C(w+\Delta w) = C(w) + \nabla C \cdot \Delta w + \frac{1}{2}\Delta w^T H \Delta w + \ldots, \tag{104}$$

where $\nabla C$ is the usual gradient vector, and $H$ is a matrix known as the Hessian matrix, whose $jk$th entry is $\partial^2 C/\partial w_j \partial w_k$. Suppose we approximate $C$ by discarding the higher-order terms represented by $\ldots$ above,

$$C(w+\Delta w) \approx C(w) + \nabla C \cdot \Delta w + \frac{1}{2}\Delta w^T H \Delta w. \tag{105}$$

Using calculus we can show that the expression on the right-hand side can be minimized by choosing

$$\Delta w = -H^{-1}\nabla C. \tag{106}$$

Provided (105) is a good approximate expression for the cost function, then we'd expect that moving from the point $w$ to $w+\Delta w = w - H^{-1}\nabla C$ should significantly decrease the cost function.

**Momentum-based gradient descent:** The momentum technique modifies gradient descent in two ways that make it more similar to the physical picture. First, it introduces a notion of "velocity" for the parameters we're trying to optimize. Second, it introduces a kind of friction term, which tends to gradually reduce the velocity. We replace the gradient descent update rule $w \rightarrow w' = w - \eta\nabla C$ by

$$v \rightarrow v' = \mu v - \eta \nabla C \tag{107}$$

$$w \rightarrow w' = w + v'. \tag{108}$$

In these equations, $\mu$ is a hyper-parameter which controls the amount of damping or friction in the system. To understand the meaning of the equations it's helpful to first consider the case where $\mu = 1$, which corresponds to no friction.
""", r"$$\Delta w = -H^{-1}\nabla C. \tag{106}$$", r"$$\Delta w = H^{-1}\nabla C. \tag{106}$$",
    "sign error: the Newton step written +H^{-1} grad C")

add("gelu-tanh-derivative-notes",
    "A student's notes: the derivative of GELU's tanh approximation (the approximation from Hendrycks and Gimpel, Gaussian Error Linear Units, section 2)",
    "written for this corpus in the way new users type their own notes; the approximation from https://arxiv.org/abs/1606.08415",
    "", r"""
# Derivative of the tanh approximation of GELU

Hendrycks and Gimpel approximate the GELU by

$$\text{GELU}(x) \approx 0.5x\left(1 + \tanh\left[\sqrt{2/\pi}\left(x + 0.044715x^3\right)\right]\right)$$

I want the derivative of the right side. Let $u = \sqrt{2/\pi}\,(x + 0.044715x^3)$ and $g(x) = 0.5x(1 + \tanh u)$.

First the inner derivative:

$$\frac{du}{dx} = \sqrt{2/\pi}\left(1 + 0.134145x^2\right)$$

Then, with $\frac{d}{du}\tanh u = 1 - \tanh^2 u$, the product rule gives

$$g'(x) = 0.5(1 + \tanh u) + 0.5x\left(1 - \tanh^2 u\right)\sqrt{2/\pi}\left(1 + 0.134145x^2\right)$$

At $x = 0$ we have $u = 0$, so $g'(0) = 0.5$, the same as the exact GELU, whose derivative is $\Phi(x) + x\phi(x)$.

At $x = 1$: $u = \sqrt{2/\pi} \cdot 1.044715 \approx 0.83356$ and $\tanh u \approx 0.68238$, so

$$g'(1) \approx 0.5 \cdot 1.68238 + 0.5 \cdot 0.53435 \cdot 0.79788 \cdot 1.134145 \approx 0.84119 + 0.24177 = 1.08296$$

close to the exact value $\Phi(1) + \phi(1) \approx 0.84134 + 0.24197 = 1.08331$.
""", r"\frac{du}{dx} = \sqrt{2/\pi}\left(1 + 0.134145x^2\right)", r"\frac{du}{dx} = \sqrt{2/\pi}\left(1 + 0.044715x^2\right)",
    "dropped factor: the chain rule's 3 of 3x^2 left out of du/dx")
