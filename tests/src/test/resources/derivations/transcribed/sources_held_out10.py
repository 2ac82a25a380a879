# A tenth held-out set (issue 12, branch held10): twelve passages that the corpus did not hold
# before and that the checker had never been run on: Nielsen ch. 2 (the proof of BP3 and BP4),
# ch. 3 (the cross-entropy's minimum, linear output neurons under the quadratic cost, inverting
# the softmax) and ch. 4 (the position of a step), Parr and Howard's table of element-wise binary
# operators, Goodfellow et al. 4.3 (the optimal step from the Taylor series), 4.5 (linear least
# squares), 6.5.3 (repeated subexpressions) and 8.3.2 (momentum's terminal velocity), the GELU's
# erf form differentiated, and the second weights of Mazur's step-by-step example. Where no stored
# copy was found the passage is written from the source as recalled, and its header says so.
# Read by make_transcribed.py after sources_held_out9.py; uses NNDL_SRC, NNDL_NOTE, PH_SRC,
# PH_NOTE (sources_held_out5.py), DLB and DLB_NOTE (sources_held_out9.py), MAZUR and MZNOTE
# (sources.py).

CHECKED.update({
    "parr-howard-elementwise-table": "matrix-calculus.md of github.com/parrt/bookish",
})

add("nndl2-bp3-bp4-proof",
    "Nielsen, Neural Networks and Deep Learning, ch. 2, Proof of the four fundamental equations (the exercise proving BP3 and BP4)",
    NNDL_SRC.format(page="chap2"),
    NNDL_NOTE + "; the exercise's proof written out in the style of the book's proof of BP1 and BP2", r"""
# Proof of BP3 and BP4

Recall that the weighted input to the $j^{\rm th}$ neuron in the $l^{\rm th}$ layer is

$$\begin{eqnarray}
  z^l_j = \sum_k w^l_{jk} a^{l-1}_k + b^l_j,
\end{eqnarray}$$

and that the error is defined by $\delta^l_j \equiv \frac{\partial C}{\partial z^l_j}$. The bias $b^l_j$ affects the cost only through $z^l_j$, so by the chain rule

$$\begin{eqnarray}
  \frac{\partial C}{\partial b^l_j} = \frac{\partial C}{\partial z^l_j} \frac{\partial z^l_j}{\partial b^l_j}.
\end{eqnarray}$$

Differentiating the weighted input,

$$\begin{eqnarray}
  \frac{\partial z^l_j}{\partial b^l_j} = 1,
\end{eqnarray}$$

and so $\frac{\partial C}{\partial b^l_j} = \delta^l_j$, which is (BP3). In the same way the weight $w^l_{jk}$ affects the cost only through $z^l_j$, and

$$\begin{eqnarray}
  \frac{\partial z^l_j}{\partial w^l_{jk}} = a^{l-1}_k,
\end{eqnarray}$$

so that

$$\begin{eqnarray}
  \frac{\partial C}{\partial w^l_{jk}} = \frac{\partial C}{\partial z^l_j} \frac{\partial z^l_j}{\partial w^l_{jk}} = a^{l-1}_k \delta^l_j,
\end{eqnarray}$$

which is (BP4).
""", r"  \frac{\partial z^l_j}{\partial w^l_{jk}} = a^{l-1}_k,", r"  \frac{\partial z^l_j}{\partial w^l_{jk}} = a^{l}_k,",
    "wrong layer index: the derivative of z with respect to w written as the activation of layer l")

add("nndl3-cross-entropy-minimum",
    "Nielsen, Neural Networks and Deep Learning, ch. 3, Introducing the cross-entropy cost function (the problem: the cross-entropy is minimized when sigma(z) = y)",
    NNDL_SRC.format(page="chap3"),
    NNDL_NOTE + "; the problem's solution written out as displays", r"""
# When is the cross-entropy minimized?

For a single neuron with output $a = \sigma(z)$ and desired output $y$, the cross-entropy cost is

$$\begin{eqnarray}
  C = -\left[y \ln a + (1-y) \ln (1-a)\right].
\end{eqnarray}$$

The problem asks us to show that for any fixed $y$ between $0$ and $1$, the cross-entropy is minimized when $\sigma(z) = y$. Differentiating with respect to $a$,

$$\begin{eqnarray}
  \frac{\partial C}{\partial a} = -\frac{y}{a} + \frac{1-y}{1-a} = \frac{a-y}{a(1-a)}.
\end{eqnarray}$$

For $0 < a < 1$ the denominator is positive, so the derivative is negative for $a < y$ and positive for $a > y$, and the cost has its minimum at $a = y$. At that point

$$\begin{eqnarray}
  C = -\left[y \ln y + (1-y) \ln (1-y)\right],
\end{eqnarray}$$

which is the binary entropy of $y$. For example, with $y = 1/2$ the smallest cost is $\ln 2$:

$$-\left[\frac{1}{2} \ln \frac{1}{2} + \frac{1}{2} \ln \frac{1}{2}\right] = \ln 2.$$
""", r"\frac{1-y}{1-a} = \frac{a-y}{a(1-a)}.", r"\frac{1-y}{1-a} = \frac{a-y}{1-a}.",
    "factor a dropped from the denominator when the two fractions are combined")

add("nndl3-linear-output-quadratic",
    "Nielsen, Neural Networks and Deep Learning, ch. 3, Introducing the cross-entropy cost function (the problem: using the quadratic cost when we have linear neurons in the output layer)",
    NNDL_SRC.format(page="chap3"),
    NNDL_NOTE + "; the problem's solution for one training example written out as displays", r"""
# Linear neurons in the output layer

Suppose that all the neurons in the final layer are *linear neurons*, meaning that the sigmoid activation function is not applied, and the outputs are simply $a^L_j = z^L_j$. The quadratic cost for a single training example $x$ is

$$\begin{eqnarray}
  C = \frac{1}{2} \sum_j (y_j - a^L_j)^2.
\end{eqnarray}$$

Since $a^L_j = z^L_j$, the output error is

$$\begin{eqnarray}
  \delta^L_j = \frac{\partial C}{\partial z^L_j} = \frac{\partial C}{\partial a^L_j} = a^L_j - y_j,
\end{eqnarray}$$

that is, $\delta^L = a^L - y$. Using (BP3) and (BP4), the partial derivatives with respect to the weights and biases in the output layer are

$$\begin{eqnarray}
  \frac{\partial C}{\partial w^L_{jk}} = a^{L-1}_k (a^L_j - y_j), \qquad \frac{\partial C}{\partial b^L_j} = a^L_j - y_j.
\end{eqnarray}$$

This shows that if the output neurons are linear neurons then the quadratic cost will not give rise to any problems with a learning slowdown: the factor $\sigma'(z^L_j)$ does not appear.
""", r"\frac{\partial C}{\partial a^L_j} = a^L_j - y_j,", r"\frac{\partial C}{\partial a^L_j} = y_j - a^L_j,",
    "sign error: the output error written as y - a")

add("nndl3-softmax-inverse",
    "Nielsen, Neural Networks and Deep Learning, ch. 3, Softmax, eqs. (78)-(79) and the problem Inverting the softmax layer",
    NNDL_SRC.format(page="chap3"),
    NNDL_NOTE + "; the problem's solution written out as displays", r"""
# Inverting the softmax layer

According to this function, the activation $a^L_j$ of the $j^{\rm th}$ output neuron is

$$\begin{eqnarray}
  a^L_j = \frac{e^{z^L_j}}{\sum_k e^{z^L_k}},
\tag{78}\end{eqnarray}$$

where in the denominator we sum over all the output neurons. The output activations are guaranteed to always sum up to $1$:

$$\begin{eqnarray}
  \sum_j a^L_j & = & \frac{\sum_j e^{z^L_j}}{\sum_k e^{z^L_k}} = 1.
\tag{79}\end{eqnarray}$$

Suppose we have a neural network with a softmax output layer, and the activations $a^L_j$ are known. Taking the logarithm of (78),

$$\begin{eqnarray}
  \ln a^L_j = z^L_j - \ln \sum_k e^{z^L_k},
\end{eqnarray}$$

so the corresponding weighted inputs have the form $z^L_j = \ln a^L_j + C$, where

$$\begin{eqnarray}
  C = \ln \sum_k e^{z^L_k}
\end{eqnarray}$$

is a constant that is independent of $j$.
""", r"  \ln a^L_j = z^L_j - \ln \sum_k e^{z^L_k},", r"  \ln a^L_j = z^L_j + \ln \sum_k e^{z^L_k},",
    "sign error: the log of the denominator added instead of subtracted")

add("nndl4-step-position",
    "Nielsen, Neural Networks and Deep Learning, ch. 4, A visual proof that neural nets can compute any function (Universality with one input and one output: the step at s = -b/w and the bump)",
    NNDL_SRC.format(page="chap4"),
    NNDL_NOTE + "; the values the book's interactive figures show written as displays", r"""
# Universality with one input and one output

With a very large weight, the output from the hidden neuron, $\sigma(wx + b)$, is well approximated by a step function. The position of the step is proportional to $b$, and inversely proportional to $w$. In fact, the step is at position

$$s = -b/w.$$

For example, with $w = 1000$ and $b = -400$ the step is at

$$s = -\frac{-400}{1000} = 0.4.$$

It will greatly simplify our lives to describe hidden neurons using just a single parameter, $s$. To make a bump, we use a pair of hidden neurons with steps at $s_1 = 0.4$ and $s_2 = 0.6$, and output weights $w_1 = h$ and $w_2 = -h$. For the second neuron, again with $w = 1000$, the bias that puts its step at $s_2$ is

$$b = -w s_2 = -1000 \cdot 0.6 = -600.$$

Between the steps the first neuron is on and the second is off, so the weighted output from the hidden layer is

$$w_1 \cdot 1 + w_2 \cdot 0 = h,$$

while to the right of both steps

$$w_1 \cdot 1 + w_2 \cdot 1 = h - h = 0.$$
""", r"$$b = -w s_2 = -1000 \cdot 0.6 = -600.$$", r"$$b = -w s_2 = -1000 \cdot 0.6 = -60.$$",
    "arithmetic slip: -1000 times 0.6 written as -60")

add("parr-howard-elementwise-table",
    "Parr and Howard, The Matrix Calculus You Need For Deep Learning, 4.2 Derivatives of vector element-wise binary operators (the table of common operations) and 4.4 Vector sum reduction (the gradient of sum(x))",
    PH_SRC, PH_NOTE + "; the two tables' rows written as one display each", r"""
# Derivatives of vector element-wise binary operators

Given the simplicity of this special case, $f_i(\mathbf{w})$ reducing to $f_i(w_i)$, you should be able to derive the Jacobians for the common element-wise binary operations on vectors. With respect to $\mathbf{w}$:

$$\frac{\partial (\mathbf{w+x})}{\partial \mathbf{w}} = diag(\ldots \frac{\partial (w_i + x_i)}{\partial w_i} \ldots) = diag(\vec{1}) = I$$

$$\frac{\partial (\mathbf{w-x})}{\partial \mathbf{w}}  =  diag(\ldots\frac{\partial (w_i - x_i)}{\partial w_i}\ldots) =  diag(\vec{1})  =  I$$

$$\frac{\partial (\mathbf{w \otimes x})}{\partial \mathbf{w}}  =  diag(\ldots\frac{\partial (w_i \times x_i)}{\partial w_i} \ldots)  =  diag(\mathbf{x})$$

$$\frac{\partial (\mathbf{w \oslash x})}{\partial \mathbf{w}}  =  diag(\ldots\frac{\partial (w_i / x_i)}{\partial w_i}\ldots)  =  diag(\ldots \frac{1}{x_i} \ldots)$$

With respect to $\mathbf{x}$:

$$\frac{\partial (\mathbf{w-x})}{\partial \mathbf{x}}  =  diag(\ldots\frac{\partial (w_i - x_i)}{\partial x_i}\ldots)  =  diag(-\vec{1})  =  -I$$

$$\frac{\partial (\mathbf{w \otimes x})}{\partial \mathbf{x}}  =  diag(\mathbf{w})$$

$$\frac{\partial (\mathbf{w \oslash x})}{\partial \mathbf{x}}  =  diag(\ldots \frac{-w_i}{x_i^2} \ldots)$$

The $\otimes$ and $\oslash$ operators are element-wise multiplication and division; $\otimes$ is sometimes called the *Hadamard product*.

# Vector sum reduction

Let's look at the gradient of the simple $y = sum(\mathbf{x})$. The function inside the summation is just $f_i(\mathbf{x}) = x_i$ and, because $\frac{\partial}{\partial x_j} x_i = 0$ for $j \neq i$, the gradient is

$$\nabla y = \begin{bmatrix} \frac{\partial x_1}{\partial x_1},~ \frac{\partial x_2}{\partial x_2},~ \ldots,~ \frac{\partial x_n}{\partial x_n}  \end{bmatrix} = \begin{bmatrix}1, 1, \ldots, 1\end{bmatrix} = \vec{1}^T$$
""", r"diag(\ldots \frac{-w_i}{x_i^2} \ldots)", r"diag(\ldots \frac{-w_i}{x_i} \ldots)",
    "wrong exponent: the partial of w_i / x_i with respect to x_i written as -w_i / x_i")

add("goodfellow-optimal-step-taylor",
    "Goodfellow et al., Deep Learning, 4.3.1 Beyond the Gradient: Jacobian and Hessian Matrices, eqs. (4.8)-(4.10)",
    DLB.format(page="numerical"), DLB_NOTE, r"""
# The optimal step size from the second-order Taylor series

We can make a second-order Taylor series approximation to the function $f(\boldsymbol{x})$ around the current point $\boldsymbol{x}^{(0)}$:

$$f(\boldsymbol{x}) \approx f(\boldsymbol{x}^{(0)}) + (\boldsymbol{x} - \boldsymbol{x}^{(0)})^\top \boldsymbol{g} + \frac{1}{2}(\boldsymbol{x} - \boldsymbol{x}^{(0)})^\top \boldsymbol{H} (\boldsymbol{x} - \boldsymbol{x}^{(0)}), \tag{4.8}$$

where $\boldsymbol{g}$ is the gradient and $\boldsymbol{H}$ is the Hessian at $\boldsymbol{x}^{(0)}$. If we use a learning rate of $\epsilon$, then the new point $\boldsymbol{x}$ will be given by $\boldsymbol{x}^{(0)} - \epsilon\boldsymbol{g}$. Substituting this into our approximation, we obtain

$$f(\boldsymbol{x}^{(0)} - \epsilon\boldsymbol{g}) \approx f(\boldsymbol{x}^{(0)}) - \epsilon\boldsymbol{g}^\top\boldsymbol{g} + \frac{1}{2}\epsilon^2\boldsymbol{g}^\top\boldsymbol{H}\boldsymbol{g}. \tag{4.9}$$

There are three terms here: the original value of the function, the expected improvement due to the slope of the function, and the correction we must apply to account for the curvature of the function. When $\boldsymbol{g}^\top\boldsymbol{H}\boldsymbol{g}$ is positive, solving for the optimal step size that decreases the Taylor series approximation of the function the most yields

$$\epsilon^* = \frac{\boldsymbol{g}^\top\boldsymbol{g}}{\boldsymbol{g}^\top\boldsymbol{H}\boldsymbol{g}}. \tag{4.10}$$

In the worst case, when $\boldsymbol{g}$ aligns with the eigenvector of $\boldsymbol{H}$ corresponding to the maximal eigenvalue $\lambda_{\max}$, then this optimal step size is given by $\frac{1}{\lambda_{\max}}$.
""", r"- \epsilon\boldsymbol{g}^\top\boldsymbol{g} + \frac{1}{2}\epsilon^2", r"- \epsilon\boldsymbol{g}^\top\boldsymbol{g} + \frac{1}{2}\epsilon",
    "wrong exponent: the curvature term's epsilon squared written as epsilon")

add("goodfellow-least-squares",
    "Goodfellow et al., Deep Learning, 4.5 Example: Linear Least Squares, eqs. (4.21)-(4.22) and the constrained version, eqs. (4.23)-(4.26)",
    DLB.format(page="numerical"), DLB_NOTE + "; algorithm 4.1's update written as a display", r"""
# Example: linear least squares

Suppose we want to find the value of $\boldsymbol{x}$ that minimizes

$$f(\boldsymbol{x}) = \frac{1}{2}\|\boldsymbol{A}\boldsymbol{x} - \boldsymbol{b}\|_2^2. \tag{4.21}$$

Suppose we want to minimize this function using gradient-based optimization. First, we need to obtain the gradient:

$$\nabla_{\boldsymbol{x}} f(\boldsymbol{x}) = \boldsymbol{A}^\top(\boldsymbol{A}\boldsymbol{x} - \boldsymbol{b}) = \boldsymbol{A}^\top\boldsymbol{A}\boldsymbol{x} - \boldsymbol{A}^\top\boldsymbol{b}. \tag{4.22}$$

We can then follow this gradient downhill, taking small steps: while $\|\boldsymbol{A}^\top\boldsymbol{A}\boldsymbol{x} - \boldsymbol{A}^\top\boldsymbol{b}\|_2 > \delta$,

$$\boldsymbol{x} \leftarrow \boldsymbol{x} - \epsilon\left(\boldsymbol{A}^\top\boldsymbol{A}\boldsymbol{x} - \boldsymbol{A}^\top\boldsymbol{b}\right)$$

Now suppose we wish to minimize the same function, but subject to the constraint $\boldsymbol{x}^\top\boldsymbol{x} \le 1$. To do so, we introduce the Lagrangian

$$L(\boldsymbol{x}, \lambda) = f(\boldsymbol{x}) + \lambda\left(\boldsymbol{x}^\top\boldsymbol{x} - 1\right). \tag{4.23}$$

Differentiating the Lagrangian with respect to $\boldsymbol{x}$, we obtain the equation

$$\boldsymbol{A}^\top\boldsymbol{A}\boldsymbol{x} - \boldsymbol{A}^\top\boldsymbol{b} + 2\lambda\boldsymbol{x} = 0. \tag{4.25}$$

This tells us that the solution will take the form

$$\boldsymbol{x} = (\boldsymbol{A}^\top\boldsymbol{A} + 2\lambda\boldsymbol{I})^{-1}\boldsymbol{A}^\top\boldsymbol{b}.$$

The magnitude of $\lambda$ must be chosen such that the result obeys the constraint. We can find this value by performing gradient ascent on $\lambda$. To do so, observe

$$\frac{\partial}{\partial\lambda} L(\boldsymbol{x}, \lambda) = \boldsymbol{x}^\top\boldsymbol{x} - 1. \tag{4.26}$$
""", r"= \boldsymbol{A}^\top\boldsymbol{A}\boldsymbol{x} - \boldsymbol{A}^\top\boldsymbol{b}. \tag{4.22}", r"= \boldsymbol{A}^\top\boldsymbol{A}\boldsymbol{x} + \boldsymbol{A}^\top\boldsymbol{b}. \tag{4.22}",
    "sign error when the product A^T(Ax - b) is expanded in (4.22)")

add("goodfellow-repeated-subexpressions",
    "Goodfellow et al., Deep Learning, 6.5.3 Recursively Applying the Chain Rule to Obtain Backprop (figure 6.9), eqs. (6.50)-(6.53)",
    DLB.format(page="mlp"), DLB_NOTE + "; the aligned chain kept as one align display", r"""
# Repeated subexpressions

Let $w \in \mathbb{R}$ be the input to the graph. We use the same function $f : \mathbb{R} \to \mathbb{R}$ as the operation that we apply at every step of a chain: $x = f(w)$, $y = f(x)$, $z = f(y)$. To compute $\frac{\partial z}{\partial w}$, we apply equation 6.44 and obtain:

$$\begin{align}
& \frac{\partial z}{\partial w} \tag{6.50}\\
=& \frac{\partial z}{\partial y}\frac{\partial y}{\partial x}\frac{\partial x}{\partial w} \tag{6.51}\\
=& f'(y)f'(x)f'(w) \tag{6.52}\\
=& f'(f(f(w)))f'(f(w))f'(w) \tag{6.53}
\end{align}$$

Equation 6.52 suggests an implementation in which we compute the value of $f(w)$ only once and store it in the variable $x$. This is the approach taken by the back-propagation algorithm. An alternative approach is suggested by equation 6.53, where the subexpression $f(w)$ appears more than once.
""", r"=& f'(f(f(w)))f'(f(w))f'(w) \tag{6.53}", r"=& f'(f(f(w)))f'(w)f'(w) \tag{6.53}",
    "wrong argument: f'(x) substituted as f'(w) instead of f'(f(w))")

add("goodfellow-momentum-terminal-velocity",
    "Goodfellow et al., Deep Learning, 8.3.2 Momentum, eqs. (8.15)-(8.17)",
    DLB.format(page="optimization"),
    DLB_NOTE + "; the terminal velocity's one-line derivation and the speed-up for alpha = .9 written as displays", r"""
# Momentum

The velocity $\boldsymbol{v}$ accumulates the gradient elements. The update rule is given by

$$\boldsymbol{v} \leftarrow \alpha\boldsymbol{v} - \epsilon\nabla_{\boldsymbol{\theta}}\left(\frac{1}{m}\sum_{i=1}^m L(\boldsymbol{f}(\boldsymbol{x}^{(i)};\boldsymbol{\theta}), \boldsymbol{y}^{(i)})\right), \tag{8.15}$$

$$\boldsymbol{\theta} \leftarrow \boldsymbol{\theta} + \boldsymbol{v}. \tag{8.16}$$

Previously, the size of the step was simply the norm of the gradient multiplied by the learning rate. Now, the size of the step depends on how large and how aligned a sequence of gradients are. If the momentum algorithm always observes gradient $\boldsymbol{g}$, then it will accelerate in the direction of $-\boldsymbol{g}$, until reaching a terminal velocity where the size of each step is

$$\frac{\epsilon\|\boldsymbol{g}\|}{1-\alpha}. \tag{8.17}$$

At the terminal velocity $\boldsymbol{v} = \alpha\boldsymbol{v} - \epsilon\boldsymbol{g}$, so $(1-\alpha)\boldsymbol{v} = -\epsilon\boldsymbol{g}$. It is thus helpful to think of the momentum hyperparameter in terms of $\frac{1}{1-\alpha}$. For example, $\alpha = .9$ corresponds to multiplying the maximum speed by $10$ relative to the gradient descent algorithm:

$$\frac{1}{1-0.9} = 10.$$

Common values of $\alpha$ used in practice include $.5$, $.9$, and $.99$; with $\alpha = .99$ the maximum speed is multiplied by

$$\frac{1}{1-0.99} = 100.$$
""", r"$$\frac{1}{1-0.99} = 100.$$", r"$$\frac{1}{1-0.99} = 99.$$",
    "arithmetic slip: 1/(1 - 0.99) written as 99")

add("gelu-erf-derivative",
    "Hendrycks and Gimpel, Gaussian Error Linear Units (GELUs), section 2 (the erf form) and its derivative",
    "https://arxiv.org/abs/1606.08415",
    "the paper's definition kept; the derivative, which the paper does not print, written out as readers of the paper derive it", r"""
# The GELU and its derivative

The GELU nonlinearity weights inputs by their value, rather than gates inputs by their sign as in ReLUs. We define the GELU as

$$\text{GELU}(x) = xP(X \le x) = x\Phi(x) = x \cdot \frac{1}{2}\left[1 + \text{erf}(x/\sqrt{2})\right],$$

where $\Phi(x)$ is the standard Gaussian cumulative distribution function. With $\phi(x) = \frac{1}{\sqrt{2\pi}}e^{-x^2/2}$ the standard Gaussian density, $\Phi'(x) = \phi(x)$, and the product rule gives

$$\frac{d}{dx}\text{GELU}(x) = \Phi(x) + x\phi(x)$$

$$= \frac{1}{2}\left[1 + \text{erf}(x/\sqrt{2})\right] + \frac{x}{\sqrt{2\pi}}e^{-x^2/2}.$$

At the origin the derivative is one half, as for the GELU's approximation $x\sigma(1.702x)$:

$$\frac{1}{2}\left[1 + \text{erf}(0)\right] + 0 = \frac{1}{2}.$$
""", r"+ \frac{x}{\sqrt{2\pi}}e^{-x^2/2}.$$", r"+ \frac{x}{\sqrt{2\pi}}e^{-x^2}.$$",
    "wrong exponent: the density's exponent -x^2/2 written as -x^2")

add("mazur-second-weights",
    "Mazur, A Step by Step Backpropagation Example, The Backwards Pass (the updates of w6 and w2, done as for w5 and w1)",
    MAZUR, MZNOTE + "; the steps for w6 and w2, which the post leaves to the reader, written as it writes those for w5 and w1", r"""
# The second weights

Following the same process for $w_6$ as for $w_5$, only the last factor changes, since $\frac{\partial net_{o1}}{\partial w_{6}} = out_{h2} = 0.596884378$:

$$\frac{\partial E_{total}}{\partial w_{6}} = \frac{\partial E_{total}}{\partial out_{o1}} * \frac{\partial out_{o1}}{\partial net_{o1}} * \frac{\partial net_{o1}}{\partial w_{6}}$$

$$\frac{\partial E_{total}}{\partial w_{6}} = 0.74136507 * 0.186815602 * 0.596884378 = 0.082667628$$

$$w_6^{+} = w_6 - \eta * \frac{\partial E_{total}}{\partial w_{6}} = 0.45 - 0.5 * 0.082667628 = 0.408666186$$

In the hidden layer, $w_2$ differs from $w_1$ only in its input:

$$\frac{\partial net_{h1}}{\partial w_2} = i_2 = 0.10$$

$$\frac{\partial E_{total}}{\partial w_{2}} = 0.036350306 * 0.241300709 * 0.10 = 0.000877135$$

$$w_2^{+} = w_2 - \eta * \frac{\partial E_{total}}{\partial w_{2}} = 0.20 - 0.5 * 0.000877135 = 0.19956143$$
""", r"0.036350306 * 0.241300709 * 0.10 = 0.000877135$$", r"0.036350306 * 0.241300709 * 0.10 = 0.000887135$$",
    "arithmetic slip: the product 0.000877135 written as 0.000887135")
