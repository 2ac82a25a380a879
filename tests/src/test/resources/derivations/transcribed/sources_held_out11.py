# An eleventh held-out set (issue 12, branch held11): twelve passages that the corpus did not
# hold before and that the checker had never been run on: Johnson's notes on backpropagating
# through a linear layer (EECS 442), the log-sum-exp proof of raw.org, the focal loss's
# derivatives (Lin et al., appendix B), Goodfellow et al. 7.1.2 (L1 regularization), the sigmoid
# and logistic-regression derivatives of the CS229 notes, Nielsen ch. 3's monotonicity of the
# softmax, the batch-norm paper's scale and shift, the LSTM deltas of Greff et al., the PReLU
# gradient of He et al., Ng's logistic-regression derivatives, Bishop's PRML 5.3.2 (a simple
# example) and AdaMax (Kingma and Ba, section 7.1). Where no stored copy was found the passage is
# written from the source as recalled, and its header says so. Read by make_transcribed.py after
# sources_held_out10.py; uses NNDL_SRC, NNDL_NOTE (sources_held_out5.py), DLB and DLB_NOTE
# (sources_held_out9.py), ADAM and BN (sources.py).

CHECKED.update({
    "johnson-linear-layer-backprop": "a stored copy of web.eecs.umich.edu/~justincj/teaching/eecs442/notes/linear-backprop.html (the forward pass; the backward pass as recalled)",
    "rawdotorg-log-sum-exp-proof": "a stored copy of raw.org/math/the-log-sum-exp-trick-in-machine-learning/",
    "goodfellow-l1-regularization": "readers' copies of eqs. (7.18)-(7.22) of the book (the case w_i > 0 written out by the transcriber)",
})

add("johnson-linear-layer-backprop",
    "Johnson, EECS 442 notes, Backpropagation for a Linear Layer (the case N = 2, D = 2, M = 3)",
    "https://web.eecs.umich.edu/~justincj/teaching/eecs442/notes/linear-backprop.html",
    "the notes' macro pd written out as a fraction; inline pmatrix displays put between double dollars; prose abridged", r"""
# Backpropagation for a Linear Layer

### Forward Pass

During the forward pass, the linear layer takes an input $X$ of shape $N\times D$ and a weight matrix $W$ of shape $D\times M$, and computes an output $Y=XW$ of shape $N\times M$ by computing the matrix product of the two inputs. To make things even more concrete, we will consider the case $N=2$, $D=2$, $M=3$.

We can then write out the forward pass in terms of the elements of the inputs:

$$X = \begin{pmatrix} x_{1,1} & x_{1,2} \\ x_{2,1} & x_{2,2} \end{pmatrix} \hspace{2pc} W = \begin{pmatrix} w_{1,1} & w_{1,2} & w_{1,3} \\ w_{2,1} & w_{2,2} & w_{2,3} \end{pmatrix}$$

$$Y = XW = \begin{pmatrix} x_{1,1}w_{1,1} + x_{1,2}w_{2,1} & x_{1,1}w_{1,2} + x_{1,2}w_{2,2} & x_{1,1}w_{1,3} + x_{1,2}w_{2,3} \\ x_{2,1}w_{1,1} + x_{2,2}w_{2,1} & x_{2,1}w_{1,2} + x_{2,2}w_{2,2} & x_{2,1}w_{1,3} + x_{2,2}w_{2,3} \end{pmatrix}$$

After the forward pass, we assume that the output will be used in other parts of the network, and will eventually be used to compute a scalar loss $L$.

### Backward Pass

During the backward pass through the linear layer, we assume that the upstream gradient $\frac{\partial L}{\partial Y}$ has already been computed. Since $L$ is a scalar and $Y$ is a matrix of shape $N\times M$, the gradient $\frac{\partial L}{\partial Y}$ will be a matrix with the same shape as $Y$, where each element of $\frac{\partial L}{\partial Y}$ gives the derivative of the loss $L$ with respect to one element of $Y$:

$$\frac{\partial L}{\partial Y} = \begin{pmatrix} \frac{\partial L}{\partial y_{1,1}} & \frac{\partial L}{\partial y_{1,2}} & \frac{\partial L}{\partial y_{1,3}} \\ \frac{\partial L}{\partial y_{2,1}} & \frac{\partial L}{\partial y_{2,2}} & \frac{\partial L}{\partial y_{2,3}} \end{pmatrix}$$

We want to compute $\frac{\partial L}{\partial X}$. Let's work out one element of it; by the chain rule,

$$\frac{\partial L}{\partial x_{1,1}} = \sum_{i=1}^N \sum_{j=1}^M \frac{\partial L}{\partial y_{i,j}} \frac{\partial y_{i,j}}{\partial x_{1,1}} = \frac{\partial L}{\partial Y} \cdot \frac{\partial Y}{\partial x_{1,1}}$$

where the dot product is taken elementwise between two matrices of shape $N\times M$. From the expression for $Y$ above,

$$\frac{\partial Y}{\partial x_{1,1}} = \begin{pmatrix} w_{1,1} & w_{1,2} & w_{1,3} \\ 0 & 0 & 0 \end{pmatrix}$$

and so

$$\frac{\partial L}{\partial x_{1,1}} = \frac{\partial L}{\partial y_{1,1}} w_{1,1} + \frac{\partial L}{\partial y_{1,2}} w_{1,2} + \frac{\partial L}{\partial y_{1,3}} w_{1,3}$$

Repeating the same procedure for $x_{2,1}$,

$$\frac{\partial L}{\partial x_{2,1}} = \frac{\partial L}{\partial y_{2,1}} w_{1,1} + \frac{\partial L}{\partial y_{2,2}} w_{1,2} + \frac{\partial L}{\partial y_{2,3}} w_{1,3}$$

and for an element of the weight matrix,

$$\frac{\partial L}{\partial w_{1,1}} = \frac{\partial L}{\partial y_{1,1}} x_{1,1} + \frac{\partial L}{\partial y_{2,1}} x_{2,1}$$

Putting all the elements together, we see that $\frac{\partial L}{\partial X} = \frac{\partial L}{\partial Y} W^T$ and $\frac{\partial L}{\partial W} = X^T \frac{\partial L}{\partial Y}$.
""", r"\frac{\partial L}{\partial y_{1,2}} w_{1,2}", r"\frac{\partial L}{\partial y_{1,2}} w_{2,1}",
    "wrong index: the weight multiplying dL/dy_{1,2} written w_{2,1} instead of w_{1,2}")

add("rawdotorg-log-sum-exp-proof",
    "The Log-Sum-Exp Trick in Machine Learning (raw.org), Proof of log-sum-exp trick",
    "https://raw.org/math/the-log-sum-exp-trick-in-machine-learning/",
    "the page's bracket displays put between double dollars, its array environment kept; prose abridged, wording kept", r"""
# The log-sum-exp trick

Let's say we have an $n$-dimensional vector and want to calculate:

$$y = \log\sum\limits_{i=1}^n e^{x_i}$$

If you try to calculate it naively, you quite quickly will encounter underflows or overflows, depending on the scale of $x_i$. We can show, that the following equation holds:

$$\log\sum\limits_{i=1}^n e^{x_i} = a + \log\sum\limits_{i=1}^n e^{x_i-a}$$

For an arbitrary $a$. This means, you can shift the center of the exponential sum. A typical value is setting $a$ to the maximum, which forces the greatest value to be zero.

## Proof of log-sum-exp trick

$$ \begin{array}{rll} & y &= \log\sum\limits_{i=1}^n e^{x_i} \\ \Leftrightarrow & e^y &= \sum\limits_{i=1}^n e^{x_i} \\ \Leftrightarrow & e^{-a} e^y &= e^{-a} \sum\limits_{i=1}^n e^{x_i} \\ \Leftrightarrow & e ^{y-a} &= \sum\limits_{i=1}^n e^{-a} e^{x_i} \\ \Leftrightarrow & y-a &= \log\sum\limits_{i=1}^n e^{x_i-a} \\ \Leftrightarrow & y &= a + \log\sum\limits_{i=1}^n e^{x_i-a} \end{array} $$
""", r"\Leftrightarrow & e ^{y-a}", r"\Leftrightarrow & e ^{y+a}",
    "sign error: e^{-a} e^y written e^{y+a} (the planted line is the proof's one-line array)")

add("focal-loss-derivatives",
    "Lin, Goyal, Girshick, He and Dollar, Focal Loss for Dense Object Detection, appendix A (the notation x_t = yx) and appendix B (derivatives)",
    "https://arxiv.org/abs/1708.02002",
    "the appendices' notation and results; the intermediate derivative of p_t is a reader's step", r"""
# Appendix B: Derivatives

Following appendix A we write the ground-truth class as $y \in \{\pm 1\}$, the model's score as $x$, and define $x_t = yx$ and

$$p_t = \sigma(x_t) = \frac{1}{1 + e^{-yx}}.$$

The cross entropy and the focal loss are

$$\text{CE}(p_t) = -\log(p_t), \qquad \text{FL}(p_t) = -(1-p_t)^\gamma \log(p_t).$$

Since $\sigma'(z) = \sigma(z)(1 - \sigma(z))$, the derivative of $p_t$ is

$$\frac{dp_t}{dx} = y\, p_t (1 - p_t).$$

For reference, derivatives for CE and FL w.r.t. $x$ are:

$$\frac{d\text{CE}}{dx} = y(p_t - 1)$$

$$\frac{d\text{FL}}{dx} = y(1-p_t)^\gamma(\gamma p_t \log(p_t) + p_t - 1)$$

For $\gamma = 0$ the focal loss reduces to the cross entropy, and so does its derivative.
""", r"\frac{d\text{FL}}{dx} = y(1-p_t)^\gamma(", r"\frac{d\text{FL}}{dx} = y(1-p_t)^{\gamma-1}(",
    "wrong exponent: the modulating factor written (1 - p_t)^{gamma - 1}")

add("goodfellow-l1-regularization",
    "Goodfellow et al., Deep Learning, 7.1.2 L1 Regularization, eqs. (7.18)-(7.23)",
    DLB.format(page="regularization"),
    DLB_NOTE + "; the case w_i^* > alpha/H_ii differentiated by the transcriber", r"""
# L1 Regularization

Formally, $L^1$ regularization on the model parameter $\boldsymbol{w}$ is defined as

$$\Omega(\boldsymbol{\theta}) = ||\boldsymbol{w}||_1 = \sum_i |w_i|, \tag{7.18}$$

that is, as the sum of absolute values of the individual parameters. The regularized objective function $\tilde{J}(\boldsymbol{w}; \boldsymbol{X}, \boldsymbol{y})$ is given by

$$\tilde{J}(\boldsymbol{w}; \boldsymbol{X}, \boldsymbol{y}) = \alpha ||\boldsymbol{w}||_1 + J(\boldsymbol{w}; \boldsymbol{X}, \boldsymbol{y}), \tag{7.19}$$

with the corresponding gradient (actually, sub-gradient):

$$\nabla_{\boldsymbol{w}} \tilde{J}(\boldsymbol{w}; \boldsymbol{X}, \boldsymbol{y}) = \alpha\, \text{sign}(\boldsymbol{w}) + \nabla_{\boldsymbol{w}} J(\boldsymbol{X}, \boldsymbol{y}; \boldsymbol{w}) \tag{7.20}$$

where $\text{sign}(\boldsymbol{w})$ is simply the sign of $\boldsymbol{w}$ applied element-wise.

Because the $L^1$ penalty does not admit clean algebraic expressions in the case of a fully general Hessian, we make the further simplifying assumption that the Hessian is diagonal, $\boldsymbol{H} = \text{diag}([H_{1,1}, \ldots, H_{n,n}])$, where each $H_{i,i} > 0$. Our quadratic approximation of the $L^1$ regularized objective function decomposes into a sum over the parameters:

$$\hat{J}(\boldsymbol{w}; \boldsymbol{X}, \boldsymbol{y}) = J(\boldsymbol{w}^*; \boldsymbol{X}, \boldsymbol{y}) + \sum_i \left[\frac{1}{2} H_{i,i}(w_i - w_i^*)^2 + \alpha |w_i|\right]. \tag{7.22}$$

The problem of minimizing this approximate cost function has an analytical solution (for each dimension $i$), with the following form:

$$w_i = \text{sign}(w_i^*) \max\left\{|w_i^*| - \frac{\alpha}{H_{i,i}}, 0\right\}. \tag{7.23}$$

Consider the situation where $w_i^* > 0$ for all $i$. In the case where $w_i^* > \frac{\alpha}{H_{i,i}}$ the minimum has $w_i > 0$, where $|w_i| = w_i$ and the $i$-th term of (7.22) has the derivative

$$\frac{\partial}{\partial w_i}\left[\frac{1}{2} H_{i,i}(w_i - w_i^*)^2 + \alpha w_i\right] = H_{i,i}(w_i - w_i^*) + \alpha,$$

which vanishes at $w_i = w_i^* - \frac{\alpha}{H_{i,i}}$: the regularization does not move the optimal value of $w_i$ to zero but instead just shifts it in that direction by a distance equal to $\frac{\alpha}{H_{i,i}}$. In the case where $w_i^* \le \frac{\alpha}{H_{i,i}}$ the optimal value of $w_i$ under the regularized objective is simply $w_i = 0$.
""", r"= H_{i,i}(w_i - w_i^*) + \alpha,$$", r"= \frac{1}{2} H_{i,i}(w_i - w_i^*) + \alpha,$$",
    "dropped factor: the derivative of the square keeps the one half")

add("cs229-logistic-regression-gradient",
    "Ng, CS229 Lecture Notes, Part II Classification and logistic regression, 5.1 Logistic regression (the sigmoid's derivative and the stochastic gradient ascent rule)",
    "https://cs229.stanford.edu/main_notes.pdf (Andrew Ng, CS229 lecture notes)",
    "the notes' align displays put between double dollars; prose abridged", r"""
# Logistic regression

We will choose

$$h_\theta(x) = g(\theta^T x) = \frac{1}{1 + e^{-\theta^T x}},$$

where

$$g(z) = \frac{1}{1 + e^{-z}}$$

is called the **logistic function** or the **sigmoid function**. Before moving on, here's a useful property of the derivative of the sigmoid function, which we write as $g'$:

$$\begin{align*}
g'(z) &= \frac{d}{dz} \frac{1}{1 + e^{-z}} \\
&= \frac{1}{(1 + e^{-z})^2}\left(e^{-z}\right) \\
&= \frac{1}{(1 + e^{-z})} \cdot \left(1 - \frac{1}{(1 + e^{-z})}\right) \\
&= g(z)(1 - g(z)).
\end{align*}$$

So, given the logistic regression model, how do we fit $\theta$ for it? Let's start by working with just one training example $(x, y)$, whose log likelihood is $\ell(\theta) = y \log h(x) + (1 - y) \log(1 - h(x))$, and take derivatives to derive the stochastic gradient ascent rule:

$$\begin{align*}
\frac{\partial}{\partial \theta_j} \ell(\theta) &= \left(y \frac{1}{g(\theta^T x)} - (1 - y) \frac{1}{1 - g(\theta^T x)}\right) \frac{\partial}{\partial \theta_j} g(\theta^T x) \\
&= \left(y \frac{1}{g(\theta^T x)} - (1 - y) \frac{1}{1 - g(\theta^T x)}\right) g(\theta^T x)(1 - g(\theta^T x)) \frac{\partial}{\partial \theta_j} \theta^T x \\
&= \left(y (1 - g(\theta^T x)) - (1 - y) g(\theta^T x)\right) x_j \\
&= (y - h_\theta(x)) x_j
\end{align*}$$

Above, we used the fact that $g'(z) = g(z)(1 - g(z))$. This therefore gives us the stochastic gradient ascent rule

$$\theta_j := \theta_j + \alpha \left(y^{(i)} - h_\theta(x^{(i)})\right) x_j^{(i)}$$
""", r"&= \left(y (1 - g(\theta^T x)) - (1 - y) g(\theta^T x)\right) x_j", r"&= \left(y (1 - g(\theta^T x)) + (1 - y) g(\theta^T x)\right) x_j",
    "sign error: the second term after cancelling written with a plus")

add("nndl3-softmax-monotonicity",
    "Nielsen, Neural Networks and Deep Learning, ch. 3, Softmax (the exercise Monotonicity of softmax)",
    NNDL_SRC.format(page="chap3"),
    NNDL_NOTE + "; the exercise's solution written out as displays", r"""
# Monotonicity of softmax

In a softmax layer the activation $a^L_j$ of the $j^{\rm th}$ output neuron is

$$\begin{eqnarray}
  a^L_j = \frac{e^{z^L_j}}{\sum_k e^{z^L_k}},
\tag{78}\end{eqnarray}$$

where in the denominator we sum over all the output neurons. The exercise asks us to show that $\partial a^L_j / \partial z^L_k$ is positive if $j = k$ and negative if $j \neq k$. For $k = j$ the quotient rule gives

$$\begin{eqnarray}
  \frac{\partial a^L_j}{\partial z^L_j} = \frac{e^{z^L_j} \sum_k e^{z^L_k} - e^{z^L_j} e^{z^L_j}}{\left(\sum_k e^{z^L_k}\right)^2} = a^L_j (1 - a^L_j),
\end{eqnarray}$$

which is positive, since $0 < a^L_j < 1$. For $k \neq j$ the numerator $e^{z^L_j}$ does not depend on $z^L_k$, and

$$\begin{eqnarray}
  \frac{\partial a^L_j}{\partial z^L_k} = -\frac{e^{z^L_j} e^{z^L_k}}{\left(\sum_i e^{z^L_i}\right)^2} = -a^L_j a^L_k,
\end{eqnarray}$$

which is negative. As a consequence, increasing $z^L_j$ is guaranteed to increase the corresponding output activation $a^L_j$, and will decrease all the other output activations.
""", r"-\frac{e^{z^L_j} e^{z^L_k}}{\left(\sum_i e^{z^L_i}\right)^2}", r"-\frac{e^{z^L_j} e^{z^L_k}}{\sum_i e^{z^L_i}}",
    "dropped exponent: the quotient rule's squared denominator written unsquared")

add("batchnorm-scale-shift-identity",
    "Ioffe and Szegedy, Batch Normalization, section 3 (Normalization via Mini-Batch Statistics: the scale and shift that can represent the identity)",
    BN,
    "the paper's inline and display formulas; the check that the setting recovers x^(k) written out by the transcriber", r"""
# Normalization via Mini-Batch Statistics

For a layer with $d$-dimensional input $x = (x^{(1)} \ldots x^{(d)})$, we will normalize each dimension

$$\widehat{x}^{(k)} = \frac{x^{(k)} - \mathrm{E}[x^{(k)}]}{\sqrt{\mathrm{Var}[x^{(k)}]}}$$

where the expectation and variance are computed over the training data set. Note that simply normalizing each input of a layer may change what the layer can represent. To address this, we make sure that the transformation inserted in the network can represent the identity transform. To accomplish this, we introduce, for each activation $x^{(k)}$, a pair of parameters $\gamma^{(k)}, \beta^{(k)}$, which scale and shift the normalized value:

$$y^{(k)} = \gamma^{(k)} \widehat{x}^{(k)} + \beta^{(k)}.$$

These parameters are learned along with the original model parameters, and restore the representation power of the network. Indeed, by setting $\gamma^{(k)} = \sqrt{\mathrm{Var}[x^{(k)}]}$ and $\beta^{(k)} = \mathrm{E}[x^{(k)}]$, we could recover the original activations, if that were the optimal thing to do:

$$y^{(k)} = \sqrt{\mathrm{Var}[x^{(k)}]} \cdot \frac{x^{(k)} - \mathrm{E}[x^{(k)}]}{\sqrt{\mathrm{Var}[x^{(k)}]}} + \mathrm{E}[x^{(k)}] = x^{(k)}.$$
""", r"{\sqrt{\mathrm{Var}[x^{(k)}]}} + \mathrm{E}[x^{(k)}] = x^{(k)}", r"{\sqrt{\mathrm{Var}[x^{(k)}]}} - \mathrm{E}[x^{(k)}] = x^{(k)}",
    "sign error: the shift beta = E[x] subtracted instead of added")

add("greff-lstm-backward-deltas",
    "Greff, Srivastava, Koutnik, Steunebrink and Schmidhuber, LSTM: A Search Space Odyssey, section II (Vanilla LSTM: forward pass and backpropagation through time)",
    "https://arxiv.org/abs/1503.04069",
    "the paper's forward and backward equations with bars for pre-activations, odot for the point-wise product; the recurrent delta term and the peephole terms of the cell delta kept", r"""
# Vanilla LSTM

## Forward Pass

Let $\mathbf{x}^t$ be the input vector at time $t$, $N$ be the number of LSTM blocks and $M$ the number of inputs. The vector formulas for a vanilla LSTM layer forward pass can be written as:

$$\begin{aligned}
\bar{\mathbf{z}}^t &= \mathbf{W}_z \mathbf{x}^t + \mathbf{R}_z \mathbf{y}^{t-1} + \mathbf{b}_z \\
\mathbf{z}^t &= g(\bar{\mathbf{z}}^t) \\
\bar{\mathbf{i}}^t &= \mathbf{W}_i \mathbf{x}^t + \mathbf{R}_i \mathbf{y}^{t-1} + \mathbf{p}_i \odot \mathbf{c}^{t-1} + \mathbf{b}_i \\
\mathbf{i}^t &= \sigma(\bar{\mathbf{i}}^t) \\
\bar{\mathbf{f}}^t &= \mathbf{W}_f \mathbf{x}^t + \mathbf{R}_f \mathbf{y}^{t-1} + \mathbf{p}_f \odot \mathbf{c}^{t-1} + \mathbf{b}_f \\
\mathbf{f}^t &= \sigma(\bar{\mathbf{f}}^t) \\
\mathbf{c}^t &= \mathbf{z}^t \odot \mathbf{i}^t + \mathbf{c}^{t-1} \odot \mathbf{f}^t \\
\bar{\mathbf{o}}^t &= \mathbf{W}_o \mathbf{x}^t + \mathbf{R}_o \mathbf{y}^{t-1} + \mathbf{p}_o \odot \mathbf{c}^t + \mathbf{b}_o \\
\mathbf{o}^t &= \sigma(\bar{\mathbf{o}}^t) \\
\mathbf{y}^t &= h(\mathbf{c}^t) \odot \mathbf{o}^t
\end{aligned}$$

where $\sigma$, $g$ and $h$ are point-wise non-linear activation functions. The logistic sigmoid $\sigma(x) = \frac{1}{1 + e^{-x}}$ is used as gate activation function and the hyperbolic tangent $g(x) = h(x) = \tanh(x)$ is usually used as the block input and output activation function.

## Backpropagation Through Time

The deltas inside the LSTM block are then calculated as:

$$\begin{aligned}
\delta \mathbf{y}^t &= \Delta^t + \mathbf{R}_z^T \delta \bar{\mathbf{z}}^{t+1} + \mathbf{R}_i^T \delta \bar{\mathbf{i}}^{t+1} + \mathbf{R}_f^T \delta \bar{\mathbf{f}}^{t+1} + \mathbf{R}_o^T \delta \bar{\mathbf{o}}^{t+1} \\
\delta \bar{\mathbf{o}}^t &= \delta \mathbf{y}^t \odot h(\mathbf{c}^t) \odot \sigma'(\bar{\mathbf{o}}^t) \\
\delta \mathbf{c}^t &= \delta \mathbf{y}^t \odot \mathbf{o}^t \odot h'(\mathbf{c}^t) + \mathbf{p}_o \odot \delta \bar{\mathbf{o}}^t + \mathbf{p}_i \odot \delta \bar{\mathbf{i}}^{t+1} + \mathbf{p}_f \odot \delta \bar{\mathbf{f}}^{t+1} + \delta \mathbf{c}^{t+1} \odot \mathbf{f}^{t+1} \\
\delta \bar{\mathbf{f}}^t &= \delta \mathbf{c}^t \odot \mathbf{c}^{t-1} \odot \sigma'(\bar{\mathbf{f}}^t) \\
\delta \bar{\mathbf{i}}^t &= \delta \mathbf{c}^t \odot \mathbf{z}^t \odot \sigma'(\bar{\mathbf{i}}^t) \\
\delta \bar{\mathbf{z}}^t &= \delta \mathbf{c}^t \odot \mathbf{i}^t \odot g'(\bar{\mathbf{z}}^t)
\end{aligned}$$

Here $\Delta^t$ is the vector of deltas passed down from the layer above.
""", r"\delta \mathbf{c}^t \odot \mathbf{c}^{t-1} \odot", r"\delta \mathbf{c}^t \odot \mathbf{c}^{t} \odot",
    "wrong time index: the forget gate's delta multiplied by c^t instead of c^{t-1}")

add("he-prelu-gradient",
    "He, Zhang, Ren and Sun, Delving Deep into Rectifiers, 2.1 Parametric Rectifiers (definition, eqs. (1)-(4))",
    "https://arxiv.org/abs/1502.01852",
    "the paper's cases displays written with the cases environment and their equation numbers as tags; prose abridged", r"""
# Parametric Rectifiers

Formally, we consider an activation function defined as:

$$f(y_i) = \begin{cases} y_i, & \text{if } y_i > 0 \\ a_i y_i, & \text{if } y_i \le 0 \end{cases} \tag{1}$$

Here $y_i$ is the input of the nonlinear activation $f$ on the $i$th channel, and $a_i$ is a coefficient controlling the slope of the negative part. Eqn.(1) is equivalent to $f(y_i) = \max(0, y_i) + a_i \min(0, y_i)$.

PReLU can be trained using backpropagation and optimized simultaneously with other layers. The gradient of $a_i$ for one layer is:

$$\frac{\partial \mathcal{E}}{\partial a_i} = \sum_{y_i} \frac{\partial \mathcal{E}}{\partial f(y_i)} \frac{\partial f(y_i)}{\partial a_i}, \tag{2}$$

where $\mathcal{E}$ represents the objective function. The term $\frac{\partial \mathcal{E}}{\partial f(y_i)}$ is the gradient propagated from the deeper layer. The gradient of the activation is given by:

$$\frac{\partial f(y_i)}{\partial a_i} = \begin{cases} 0, & \text{if } y_i > 0 \\ y_i, & \text{if } y_i \le 0 \end{cases} \tag{3}$$

The summation $\sum_{y_i}$ runs over all positions of the feature map. For the channel-shared variant, the gradient of $a$ is $\frac{\partial \mathcal{E}}{\partial a} = \sum_i \sum_{y_i} \frac{\partial \mathcal{E}}{\partial f(y_i)} \frac{\partial f(y_i)}{\partial a}$, where $\sum_i$ sums over all channels of the layer.
""", r"\frac{\partial f(y_i)}{\partial a_i} = \begin{cases} 0, & \text{if } y_i > 0 \\ y_i,", r"\frac{\partial f(y_i)}{\partial a_i} = \begin{cases} 0, & \text{if } y_i > 0 \\ a_i,",
    "wrong factor: the derivative of a_i y_i with respect to a_i written a_i")

add("ng-logistic-regression-derivatives",
    "Ng, Deep Learning Specialization, course 1, week 2, Logistic Regression Gradient Descent (the derivatives on the computation graph, two features)",
    "https://www.coursera.org/learn/neural-networks-deep-learning (lecture slides, Logistic regression derivatives)",
    "the slides' formulas as the lecture writes them (da, dz, dw1 as names of derivatives); prose from the lecture abridged", r"""
# Logistic regression derivatives

Recap of logistic regression, for one example with two features $x_1$ and $x_2$:

$$z = w_1 x_1 + w_2 x_2 + b$$

$$\hat{y} = a = \sigma(z)$$

$$\mathcal{L}(a, y) = -(y \log(a) + (1 - y) \log(1 - a))$$

Going backwards on the computation graph, we first compute the derivative of the loss with respect to $a$; in code we call this variable `da`:

$$da = \frac{d\mathcal{L}(a, y)}{da} = -\frac{y}{a} + \frac{1 - y}{1 - a}$$

Since $\frac{da}{dz} = a(1 - a)$, one step further back gives

$$dz = \frac{d\mathcal{L}}{dz} = \frac{d\mathcal{L}}{da} \cdot \frac{da}{dz} = a - y$$

and finally

$$dw_1 = \frac{\partial \mathcal{L}}{\partial w_1} = x_1 \, dz, \qquad dw_2 = \frac{\partial \mathcal{L}}{\partial w_2} = x_2 \, dz, \qquad db = \frac{\partial \mathcal{L}}{\partial b} = dz$$

So to do gradient descent with respect to this one example: $w_1 := w_1 - \alpha \, dw_1$, $w_2 := w_2 - \alpha \, dw_2$, $b := b - \alpha \, db$.
""", r"-\frac{y}{a} + \frac{1 - y}{1 - a}", r"-\frac{y}{a} - \frac{1 - y}{1 - a}",
    "sign error: the derivative of (1 - y) log(1 - a) written with a minus")

add("bishop-prml-tanh-backprop",
    "Bishop, Pattern Recognition and Machine Learning, 5.3.2 A simple example, eqs. (5.58)-(5.67)",
    "https://www.microsoft.com/en-us/research/publication/pattern-recognition-machine-learning/ (Bishop, PRML, 2006)",
    "the book's numbered displays written between double dollars with their numbers as tags; prose abridged, wording kept", r"""
# A simple example

Consider a two-layer network of the form illustrated in Figure 5.1, together with a sum-of-squares error, in which the output units have linear activation functions, so that $y_k = a_k$, while the hidden units have logistic sigmoidal activation functions given by

$$h(a) \equiv \tanh(a) \tag{5.58}$$

where

$$\tanh(a) = \frac{e^a - e^{-a}}{e^a + e^{-a}}. \tag{5.59}$$

A useful feature of this function is that its derivative can be expressed in a particularly simple form:

$$h'(a) = 1 - h(a)^2. \tag{5.60}$$

We also consider a standard sum-of-squares error function, so that for pattern $n$ the error is given by

$$E_n = \frac{1}{2} \sum_{k=1}^K (y_k - t_k)^2 \tag{5.61}$$

where $y_k$ is the activation of output unit $k$, and $t_k$ is the corresponding target, for a particular input pattern $\mathbf{x}_n$. For each pattern in the training set in turn, we first perform a forward propagation using

$$a_j = \sum_{i=0}^D w_{ji}^{(1)} x_i \tag{5.62}$$

$$z_j = \tanh(a_j) \tag{5.63}$$

$$y_k = \sum_{j=0}^M w_{kj}^{(2)} z_j. \tag{5.64}$$

Next we compute the $\delta$'s for each output unit using

$$\delta_k = y_k - t_k. \tag{5.65}$$

Then we backpropagate these to obtain $\delta$s for the hidden units using

$$\delta_j = (1 - z_j^2) \sum_{k=1}^K w_{kj} \delta_k. \tag{5.66}$$

Finally, the derivatives with respect to the first-layer and second-layer weights are given by

$$\frac{\partial E_n}{\partial w_{ji}^{(1)}} = \delta_j x_i, \qquad \frac{\partial E_n}{\partial w_{kj}^{(2)}} = \delta_k z_j. \tag{5.67}$$
""", r"$$h'(a) = 1 - h(a)^2.", r"$$h'(a) = 1 + h(a)^2.",
    "sign error: the derivative of tanh written 1 + h(a)^2")

add("adamax-infinity-norm",
    "Kingma and Ba, Adam: A Method for Stochastic Optimization, 7.1 AdaMax, eqs. (6)-(12)",
    ADAM,
    "the paper's numbered displays written between double dollars with their numbers as tags; v_0 = 0 stated from Algorithm 1; prose abridged", r"""
# AdaMax

In Adam, the update rule for individual weights is to scale their gradients inversely proportional to a (scaled) $L^2$ norm of their individual current and past gradients. We can generalize the $L^2$ norm based update rule to a $L^p$ norm based update rule. In case of the $L^p$ norm, the stepsize at time $t$ is inversely proportional to $v_t^{1/p}$, where, starting from $v_0 = 0$ as in Algorithm 1:

$$v_t = \beta_2^p v_{t-1} + (1 - \beta_2^p) |g_t|^p \tag{6}$$

$$= (1 - \beta_2^p) \sum_{i=1}^t \beta_2^{p(t-i)} \cdot |g_i|^p \tag{7}$$

Note that the decay term is here equivalently parameterised as $\beta_2^p$ instead of $\beta_2$. Now let $p \to \infty$, and define $u_t = \lim_{p \to \infty} (v_t)^{1/p}$, then:

$$u_t = \lim_{p \to \infty} (v_t)^{1/p} = \lim_{p \to \infty} \left((1 - \beta_2^p) \sum_{i=1}^t \beta_2^{p(t-i)} \cdot |g_i|^p\right)^{1/p} \tag{8}$$

$$= \lim_{p \to \infty} (1 - \beta_2^p)^{1/p} \left(\sum_{i=1}^t \beta_2^{p(t-i)} \cdot |g_i|^p\right)^{1/p} \tag{9}$$

$$= \lim_{p \to \infty} \left(\sum_{i=1}^t \left(\beta_2^{(t-i)} \cdot |g_i|\right)^p\right)^{1/p} \tag{10}$$

$$= \max\left(\beta_2^{t-1} |g_1|, \beta_2^{t-2} |g_2|, \ldots, \beta_2 |g_{t-1}|, |g_t|\right) \tag{11}$$

Which corresponds to the remarkably simple recursive formula:

$$u_t = \max(\beta_2 \cdot u_{t-1}, |g_t|) \tag{12}$$

with initial value $u_0 = 0$.
""", r"$$= (1 - \beta_2^p) \sum_{i=1}^t \beta_2^{p(t-i)}", r"$$= (1 - \beta_2^p) \sum_{i=1}^t \beta_2^{p(t-i+1)}",
    "wrong exponent: the decay power written p(t - i + 1), one factor too many")
