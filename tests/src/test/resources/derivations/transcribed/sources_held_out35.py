# A thirty-fifth held-out set (issue 12, branch held35): eight passages the corpus did not hold
# before and that the checker had never been run on, from authors the corpus had few or none of,
# each in its own notation: Prince's Understanding Deep Learning (7.3, the toy function with eight
# scalar parameters, square brackets for function arguments, its forward and backward pass and
# the numbers of the book's companion notebook; 7.5, the variance recursion behind He
# initialisation with sigma^2_Omega and D_h), Deisenroth, Faisal and Ong's Mathematics for Machine
# Learning (5.2, Examples 5.6 to 5.8: partial derivatives by the chain rule and the total
# derivative through x_1 = sin t, x_2 = cos t; 5.6, Example 5.14: automatic differentiation of
# sqrt(x^2 + exp(x^2)) + cos(x^2 + exp(x^2)) through the intermediates a to f), Grosse's CSC321
# lecture notes on backpropagation (univariate logistic least squares with an L2 regulariser,
# error signals written with bars, \bar{y} = dL/dy), Bishop and Bishop's Deep Learning:
# Foundations and Concepts (8.2, automatic differentiation: the evaluation trace v_1 to v_7 of
# x_1 x_2 + exp(x_1 x_2) - sin(x_2), forward tangents with dots, reverse adjoints with bars), Sutton
# and Barto (2.4, the incremental sample average with square brackets as grouping; 2.5, the
# exponential recency-weighted average) and the CS224n lecture on word vectors (the gradient of the
# naive-softmax log probability with respect to the centre vector v_c, u_o^T v_c). The notation of
# each was compared with stored pages found by search: the UDL companion notebooks (7.1
# backpropagation in toy model) of kolyakr/understanding-deep-learning and Applezang1/learning-ai;
# the fliphtml5 copy of the MML draft (pages 159-168, Example 5.14 and eq. 5.109-5.130); the
# others were transcribed from the sources as recalled. The worked numbers are added as readers
# work them out. Each broken file has one planted error of a kind students make. Every number was
# checked in Python. Read by make_transcribed.py after sources_held_out34.py.

add("prince-udl-backprop-toy-function",
    "Prince, Understanding Deep Learning (2023), 7.3 Backpropagation, the toy example: f[x, phi] = beta_3 + omega_3 cos[beta_2 + omega_2 exp[beta_1 + omega_1 sin[beta_0 + omega_0 x]]] with the least squares loss, the forward pass f_0 ... f_3, h_1 ... h_3 and the backward pass; the parameter values of the companion notebook 7.1",
    "https://udlbook.github.io/udlbook/ (notation compared with the 7.1 backpropagation notebooks of kolyakr/understanding-deep-learning and Applezang1/learning-ai)",
    "the book's notation (square brackets for function arguments, f_k and h_k, ell_i, omega and beta); the numbers of the notebook rounded as readers write them", r"""
# Backpropagation in a toy model

Consider a model with eight scalar parameters $\phi = \{\beta_0, \omega_0, \beta_1, \omega_1, \beta_2, \omega_2, \beta_3, \omega_3\}$ that is a composition of the functions $\sin[\bullet]$, $\exp[\bullet]$ and $\cos[\bullet]$:

$$f[x, \phi] = \beta_3 + \omega_3 \cdot \cos\Bigl[\beta_2 + \omega_2 \cdot \exp\bigl[\beta_1 + \omega_1 \cdot \sin[\beta_0 + \omega_0 \cdot x]\bigr]\Bigr]$$

with the least squares loss $\ell_i = (f[x_i, \phi] - y_i)^2$ for a training pair $\{x_i, y_i\}$.

**Forward pass.** We compute and store the intermediate values

$$f_0 = \beta_0 + \omega_0 \cdot x_i$$

$$h_1 = \sin[f_0]$$

$$f_1 = \beta_1 + \omega_1 \cdot h_1$$

$$h_2 = \exp[f_1]$$

$$f_2 = \beta_2 + \omega_2 \cdot h_2$$

$$h_3 = \cos[f_2]$$

$$f_3 = \beta_3 + \omega_3 \cdot h_3$$

$$\ell_i = (f_3 - y_i)^2$$

**Backward pass.** We compute the derivatives of the loss with respect to the intermediate values, in reverse order. The first is

$$\frac{\partial \ell_i}{\partial f_3} = 2(f_3 - y_i)$$

and each of the others follows from the one before by the chain rule:

$$\frac{\partial \ell_i}{\partial h_3} = \frac{\partial f_3}{\partial h_3} \frac{\partial \ell_i}{\partial f_3} = \omega_3 \cdot 2(f_3 - y_i)$$

$$\frac{\partial \ell_i}{\partial f_2} = \frac{\partial h_3}{\partial f_2} \frac{\partial \ell_i}{\partial h_3} = -\sin[f_2] \cdot \omega_3 \cdot 2(f_3 - y_i)$$

The remaining factors are $\frac{\partial f_k}{\partial h_k} = \omega_k$ and

$$\frac{\partial h_2}{\partial f_1} = \exp[f_1], \qquad \frac{\partial h_1}{\partial f_0} = \cos[f_0]$$

Finally the derivatives with respect to the parameters:

$$\frac{\partial \ell_i}{\partial \beta_k} = \frac{\partial f_k}{\partial \beta_k} \frac{\partial \ell_i}{\partial f_k} = \frac{\partial \ell_i}{\partial f_k}, \qquad \frac{\partial \ell_i}{\partial \omega_k} = \frac{\partial f_k}{\partial \omega_k} \frac{\partial \ell_i}{\partial f_k} = h_k \frac{\partial \ell_i}{\partial f_k}$$

**In numbers.** With $\beta_0 = 1$, $\beta_1 = 2$, $\beta_2 = -3$, $\beta_3 = 0.4$, $\omega_0 = 0.1$, $\omega_1 = -0.4$, $\omega_2 = 2$, $\omega_3 = 3$ and the pair $x_i = 2.3$, $y_i = 2$, the forward pass gives $f_0 = 1.23$, $h_1 = 0.942$, $f_1 = 1.623$, $h_2 = 5.068$, $f_2 = 7.137$, $h_3 = 0.657$, $f_3 = 2.372$ and

$$\ell_i = (2.372 - 2)^2 \approx 0.139$$

The backward pass starts from

$$\frac{\partial \ell_i}{\partial f_3} = 2(2.372 - 2) = 0.744$$

so $\frac{\partial \ell_i}{\partial \beta_3} = 0.744$ and

$$\frac{\partial \ell_i}{\partial \omega_3} = h_3 \cdot 0.744 = 0.657 \cdot 0.744 \approx 0.489$$
""", r"= -\sin[f_2] \cdot \omega_3 \cdot 2(f_3 - y_i)$$", r"= \sin[f_2] \cdot \omega_3 \cdot 2(f_3 - y_i)$$",
    "the derivative of cos taken as +sin")

add("prince-udl-he-initialization-variance",
    "Prince, Understanding Deep Learning (2023), 7.5.1 Initialization for forward pass: f' = beta + Omega h, h = a[f] with ReLU, E[f'_i] = 0, sigma^2_f' = sigma^2_Omega times the sum of E[h_j^2] = (1/2) D_h sigma^2_Omega sigma^2_f, so sigma^2_Omega = 2/D_h (He initialization)",
    "https://udlbook.github.io/udlbook/ (chapter 7, Gradients and initialization)",
    "the book's notation (sigma^2_Omega, D_h, f', the expectations with square brackets); the numbers for D_h = 512 added as readers work them out", r"""
# Initialization for the forward pass

Consider the computation between adjacent pre-activations $\mathbf{f}$ and $\mathbf{f}'$ with dimensions $D_h$ and $D_{h'}$:

$$\mathbf{h} = \mathbf{a}[\mathbf{f}], \qquad \mathbf{f}' = \boldsymbol\beta + \boldsymbol\Omega \mathbf{h}$$

where $\mathbf{a}[\bullet]$ applies the ReLU. Assume the pre-activations $f_j$ have variance $\sigma^2_f$, the biases $\beta_i$ are zero and the weights $\Omega_{ij}$ are independent with mean zero and variance $\sigma^2_\Omega$. The mean of the pre-activations $f'_i$ is

$$\mathbb{E}[f'_i] = \mathbb{E}\Bigl[\beta_i + \sum_{j=1}^{D_h} \Omega_{ij} h_j\Bigr] = \beta_i + \sum_{j=1}^{D_h} \mathbb{E}[\Omega_{ij}] \mathbb{E}[h_j] = 0$$

and their variance is

$$\sigma^2_{f'} = \mathbb{E}[f'^2_i] - \mathbb{E}[f'_i]^2 = \sum_{j=1}^{D_h} \mathbb{E}[\Omega_{ij}^2] \mathbb{E}[h_j^2] = \sigma^2_\Omega \sum_{j=1}^{D_h} \mathbb{E}[h_j^2]$$

The ReLU clips the negative half of a distribution that is symmetric about zero, so $\mathbb{E}[h_j^2] = \sigma^2_f / 2$ and

$$\sigma^2_{f'} = \sigma^2_\Omega \sum_{j=1}^{D_h} \frac{\sigma^2_f}{2} = \frac{1}{2} D_h \sigma^2_\Omega \sigma^2_f$$

For the variance to stay the same from layer to layer, $\sigma^2_{f'} = \sigma^2_f$, we need

$$\sigma^2_\Omega = \frac{2}{D_h}$$

This is He initialization. For a layer of $D_h = 512$ hidden units the weights get variance

$$\sigma^2_\Omega = \frac{2}{512} = 0.00390625$$

and standard deviation

$$\sigma_\Omega = \sqrt{0.00390625} = 0.0625$$

and, with $\sigma^2_f = 1$, the next layer's pre-activations again have variance $\frac{1}{2} \cdot 512 \cdot 0.00390625 \cdot 1 = 1$.
""", r"$$\sigma_\Omega = \sqrt{0.00390625} = 0.0625$$", r"$$\sigma_\Omega = \sqrt{0.00390625} = 0.0442$$",
    "the standard deviation of 1/D_h given instead of that of 2/D_h")

add("mml-partial-derivatives-chain-rule-examples",
    "Deisenroth, Faisal and Ong, Mathematics for Machine Learning (2020), 5.2 Partial Differentiation and Gradients: Example 5.6 (partial derivatives of (x + 2y^3)^2 by the chain rule), Example 5.7 (partial derivatives of x_1^2 x_2 + x_1 x_2^3 and the gradient as a row vector), 5.2.2 Example 5.8 (df/dt for f = x_1^2 + 2 x_2, x_1 = sin t, x_2 = cos t)",
    "https://mml-book.github.io/ (notation compared with the fliphtml5 copy of the 2021 draft)",
    "the book's notation (partial derivatives written with the arguments, the row-vector gradient in brackets, sin t without brackets); the value at t = pi/2 added as readers check it", r"""
# Partial derivatives and the chain rule

**Example 5.6.** For $f(x, y) = (x + 2y^3)^2$ we obtain the partial derivatives

$$\frac{\partial f(x, y)}{\partial x} = 2(x + 2y^3) \cdot \frac{\partial}{\partial x}(x + 2y^3) = 2(x + 2y^3)$$

$$\frac{\partial f(x, y)}{\partial y} = 2(x + 2y^3) \cdot \frac{\partial}{\partial y}(x + 2y^3) = 12(x + 2y^3)y^2$$

where we used the chain rule to compute the partial derivatives.

**Example 5.7.** For $f(x_1, x_2) = x_1^2 x_2 + x_1 x_2^3 \in \mathbb{R}$ the partial derivatives with respect to $x_1$ and $x_2$ are

$$\frac{\partial f(x_1, x_2)}{\partial x_1} = 2x_1 x_2 + x_2^3$$

$$\frac{\partial f(x_1, x_2)}{\partial x_2} = x_1^2 + 3x_1 x_2^2$$

and the gradient is then the $1 \times 2$ row vector

$$\frac{df}{d\mathbf{x}} = \left[\frac{\partial f(x_1, x_2)}{\partial x_1} \;\; \frac{\partial f(x_1, x_2)}{\partial x_2}\right] = \left[2x_1 x_2 + x_2^3 \;\; x_1^2 + 3x_1 x_2^2\right]$$

**Example 5.8.** Consider $f(x_1, x_2) = x_1^2 + 2x_2$, where $x_1 = \sin t$ and $x_2 = \cos t$. Then

$$\frac{df}{dt} = \frac{\partial f}{\partial x_1} \frac{\partial x_1}{\partial t} + \frac{\partial f}{\partial x_2} \frac{\partial x_2}{\partial t}$$

$$= 2\sin t \frac{\partial \sin t}{\partial t} + 2 \frac{\partial \cos t}{\partial t}$$

$$= 2\sin t \cos t - 2\sin t = 2\sin t(\cos t - 1)$$

is the corresponding derivative of $f$ with respect to $t$. At $t = \pi/2$ the derivative is $2 \cdot 1 \cdot (0 - 1) = -2$.
""", r"$$= 2\sin t \cos t - 2\sin t = 2\sin t(\cos t - 1)$$", r"$$= 2\sin t \cos t + 2\sin t = 2\sin t(\cos t + 1)$$",
    "the derivative of cos t taken as +sin t")

add("mml-autodiff-intermediate-variables",
    "Deisenroth, Faisal and Ong, Mathematics for Machine Learning (2020), 5.6.2 Automatic Differentiation, Example 5.14: f(x) = sqrt(x^2 + exp(x^2)) + cos(x^2 + exp(x^2)) through the intermediate variables a = x^2, b = exp(a), c = a + b, d = sqrt(c), e = cos(c), f = d + e (eq. 5.122-5.138)",
    "https://mml-book.github.io/ (notation compared with the fliphtml5 copy of the 2021 draft, pages 165-168)",
    "the book's notation (the intermediate variables, the local derivatives, the backward chain); the values at x = 1 added as readers work them out", r"""
# Automatic differentiation with intermediate variables

Consider the function

$$f(x) = \sqrt{x^2 + \exp(x^2)} + \cos\left(x^2 + \exp(x^2)\right)$$

If we implement it on a computer we save computation by using intermediate variables:

$$a = x^2, \quad b = \exp(a), \quad c = a + b, \quad d = \sqrt{c}, \quad e = \cos(c), \quad f = d + e$$

The derivatives of the intermediate variables with respect to their inputs are

$$\frac{\partial a}{\partial x} = 2x$$

$$\frac{\partial b}{\partial a} = \exp(a)$$

$$\frac{\partial c}{\partial a} = 1 = \frac{\partial c}{\partial b}$$

$$\frac{\partial d}{\partial c} = \frac{1}{2\sqrt{c}}$$

$$\frac{\partial e}{\partial c} = -\sin(c)$$

$$\frac{\partial f}{\partial d} = 1 = \frac{\partial f}{\partial e}$$

Looking at the computation graph, we compute $\partial f / \partial x$ by working backward from the output:

$$\frac{\partial f}{\partial c} = \frac{\partial f}{\partial d} \frac{\partial d}{\partial c} + \frac{\partial f}{\partial e} \frac{\partial e}{\partial c}, \qquad \frac{\partial f}{\partial b} = \frac{\partial f}{\partial c} \frac{\partial c}{\partial b}$$

$$\frac{\partial f}{\partial a} = \frac{\partial f}{\partial b} \frac{\partial b}{\partial a} + \frac{\partial f}{\partial c} \frac{\partial c}{\partial a}, \qquad \frac{\partial f}{\partial x} = \frac{\partial f}{\partial a} \frac{\partial a}{\partial x}$$

At $x = 1$ the forward pass gives $a = 1$, $b = \exp(1) \approx 2.718$, $c \approx 3.718$, $d \approx 1.928$ and $e = \cos(c) \approx -0.838$, and the backward pass

$$\frac{\partial f}{\partial c} = \frac{1}{2\sqrt{3.718}} - \sin(3.718) \approx 0.805$$

$$\frac{\partial f}{\partial a} \approx 0.805 \cdot 2.718 + 0.805 \approx 2.992$$

$$\frac{\partial f}{\partial x} \approx 2.992 \cdot 2 \approx 5.983$$
""", r"$$\frac{\partial d}{\partial c} = \frac{1}{2\sqrt{c}}$$", r"$$\frac{\partial d}{\partial c} = \frac{1}{\sqrt{c}}$$",
    "the factor 1/2 of the square root's derivative dropped")

add("grosse-csc321-backprop-error-signals",
    "Grosse, CSC321 Intro to Neural Networks and Machine Learning, Lecture 6 Backpropagation (the univariate logistic least squares model with an L2 regulariser: z = wx + b, y = sigma(z), L = (1/2)(y - t)^2, R = (1/2)w^2, L_reg = L + lambda R; the backward pass with error signals written with bars)",
    "https://www.cs.toronto.edu/~rgrosse/courses/csc321_2018/ (lecture notes, Backpropagation)",
    "the notes' notation (bars for error signals, \\overline{L_reg}, sigma'); the numbers for w = 1, b = 0, x = 2, t = 1, lambda = 0.1 added as readers work them out", r"""
# Backpropagation with error signals

Univariate logistic least squares with an L2 regulariser. The forward pass computes

$$z = wx + b$$

$$y = \sigma(z)$$

$$\mathcal{L} = \frac{1}{2}(y - t)^2$$

$$\mathcal{R} = \frac{1}{2}w^2$$

$$\mathcal{L}_{\text{reg}} = \mathcal{L} + \lambda \mathcal{R}$$

We write $\bar{v}$ for the derivative $\partial \mathcal{L}_{\text{reg}} / \partial v$ of the cost with respect to a quantity $v$, its error signal. The backward pass visits the quantities in reverse order:

$$\overline{\mathcal{L}_{\text{reg}}} = 1$$

$$\bar{\mathcal{R}} = \overline{\mathcal{L}_{\text{reg}}} \frac{d\mathcal{L}_{\text{reg}}}{d\mathcal{R}} = \overline{\mathcal{L}_{\text{reg}}} \lambda$$

$$\bar{\mathcal{L}} = \overline{\mathcal{L}_{\text{reg}}} \frac{d\mathcal{L}_{\text{reg}}}{d\mathcal{L}} = \overline{\mathcal{L}_{\text{reg}}}$$

$$\bar{y} = \bar{\mathcal{L}} \frac{d\mathcal{L}}{dy} = \bar{\mathcal{L}} (y - t)$$

$$\bar{z} = \bar{y} \frac{dy}{dz} = \bar{y} \sigma'(z)$$

$$\bar{w} = \bar{z} \frac{\partial z}{\partial w} + \bar{\mathcal{R}} \frac{d\mathcal{R}}{dw} = \bar{z} x + \bar{\mathcal{R}} w$$

$$\bar{b} = \bar{z} \frac{\partial z}{\partial b} = \bar{z}$$

In numbers, with $w = 1$, $b = 0$, $x = 2$, $t = 1$ and $\lambda = 0.1$: $z = 2$, $y = \sigma(2) \approx 0.881$ and

$$\bar{y} = 0.881 - 1 = -0.119$$

$$\bar{z} = -0.119 \cdot 0.881 \cdot (1 - 0.881) \approx -0.0125$$

$$\bar{w} = -0.0125 \cdot 2 + 0.1 \cdot 1 = 0.075$$
""", r"= \bar{\mathcal{L}} (y - t)$$", r"= \bar{\mathcal{L}} (t - y)$$",
    "the derivative of (1/2)(y - t)^2 taken with the wrong sign")

add("bishop-dl-evaluation-trace-forward-reverse",
    "Bishop and Bishop, Deep Learning: Foundations and Concepts (2024), 8.2 Automatic Differentiation: the example f(x_1, x_2) = x_1 x_2 + exp(x_1 x_2) - sin(x_2), its evaluation trace v_1 ... v_7, forward-mode tangents (dots) and reverse-mode adjoints (bars)",
    "https://www.bishopbook.com/ (chapter 8, Backpropagation)",
    "the book's notation (v_i, dot v_i, bar v_i); the value at x_1 = 0, x_2 = pi added as readers check it", r"""
# Forward-mode and reverse-mode automatic differentiation

Consider the function

$$f(x_1, x_2) = x_1 x_2 + \exp(x_1 x_2) - \sin(x_2)$$

Its evaluation trace is $v_1 = x_1$, $v_2 = x_2$ and

$$v_3 = v_1 v_2, \quad v_4 = \sin(v_2), \quad v_5 = \exp(v_3), \quad v_6 = v_3 - v_4, \quad v_7 = v_5 + v_6$$

**Forward mode.** To evaluate $\partial f / \partial x_1$ we set $\dot{v}_1 = 1$ and $\dot{v}_2 = 0$, where $\dot{v}_i = \partial v_i / \partial x_1$, and propagate the tangents forward through the trace:

$$\dot{v}_3 = v_1 \dot{v}_2 + \dot{v}_1 v_2, \quad \dot{v}_4 = \dot{v}_2 \cos(v_2), \quad \dot{v}_5 = \dot{v}_3 \exp(v_3)$$

$$\dot{v}_6 = \dot{v}_3 - \dot{v}_4, \quad \dot{v}_7 = \dot{v}_5 + \dot{v}_6$$

**Reverse mode.** We write $\bar{v}_i = \partial f / \partial v_i$ for the adjoints, start from $\bar{v}_7 = 1$ and work backward:

$$\bar{v}_6 = \bar{v}_7, \quad \bar{v}_5 = \bar{v}_7, \quad \bar{v}_4 = -\bar{v}_6, \quad \bar{v}_3 = \bar{v}_5 v_5 + \bar{v}_6$$

$$\bar{v}_2 = \bar{v}_3 v_1 + \bar{v}_4 \cos(v_2), \quad \bar{v}_1 = \bar{v}_3 v_2$$

A single backward pass therefore gives both derivatives:

$$\frac{\partial f}{\partial x_1} = \bar{v}_1 = x_2 + x_2 \exp(x_1 x_2)$$

$$\frac{\partial f}{\partial x_2} = \bar{v}_2 = x_1 + x_1 \exp(x_1 x_2) - \cos(x_2)$$

At $x_1 = 0$, $x_2 = \pi$ these are $\pi + \pi = 2\pi$ and $0 + 0 - \cos(\pi) = 1$.
""", r"= \bar{v}_1 = x_2 + x_2 \exp(x_1 x_2)$$", r"= \bar{v}_1 = x_2 + \exp(x_1 x_2)$$",
    "the inner derivative x_2 of exp(x_1 x_2) forgotten")

add("sutton-barto-incremental-sample-average",
    "Sutton and Barto, Reinforcement Learning: An Introduction (2nd ed., 2018), 2.4 Incremental Implementation (eq. 2.3, Q_{n+1} = Q_n + (1/n)[R_n - Q_n]) and 2.5 Tracking a Nonstationary Problem (eq. 2.6, the exponential recency-weighted average, weights (1 - alpha)^n + sum alpha (1 - alpha)^(n - i) = 1)",
    "http://incompleteideas.net/book/the-book-2nd.html (chapter 2, Multi-armed Bandits)",
    "the book's notation (Q_n, R_i, square brackets for grouping, alpha); the weights for alpha = 0.1, n = 3 added as readers check them", r"""
# Incremental implementation of the sample average

Let $R_i$ denote the reward after the $i$th selection of an action and $Q_n$ the estimate of its value after it has been selected $n - 1$ times. Given $Q_n$ and the $n$th reward $R_n$, the new average of all $n$ rewards can be computed by

$$Q_{n+1} = \frac{1}{n}\sum_{i=1}^{n} R_i$$

$$= \frac{1}{n}\Bigl(R_n + \sum_{i=1}^{n-1} R_i\Bigr)$$

$$= \frac{1}{n}\Bigl(R_n + (n - 1)\frac{1}{n - 1}\sum_{i=1}^{n-1} R_i\Bigr)$$

$$= \frac{1}{n}\Bigl(R_n + (n - 1)Q_n\Bigr)$$

$$= \frac{1}{n}\Bigl(R_n + nQ_n - Q_n\Bigr)$$

$$= Q_n + \frac{1}{n}\Bigl[R_n - Q_n\Bigr]$$

which holds even for $n = 1$, obtaining $Q_2 = R_1$ for arbitrary $Q_1$.

**A nonstationary problem.** With a constant step-size parameter $\alpha \in (0, 1]$ the update becomes

$$Q_{n+1} = Q_n + \alpha\Bigl[R_n - Q_n\Bigr]$$

$$= \alpha R_n + (1 - \alpha)Q_n$$

$$= \alpha R_n + (1 - \alpha)\bigl[\alpha R_{n-1} + (1 - \alpha)Q_{n-1}\bigr]$$

$$= \alpha R_n + (1 - \alpha)\alpha R_{n-1} + (1 - \alpha)^2 Q_{n-1}$$

and so on, down to $(1 - \alpha)^n Q_1 + \sum_{i=1}^{n} \alpha(1 - \alpha)^{n-i} R_i$, a weighted average because the weights sum to one. For $\alpha = 0.1$ and $n = 3$:

$$0.9^3 + 0.1\,(0.9^2 + 0.9 + 1) = 0.729 + 0.271 = 1$$
""", r"$$= \alpha R_n + (1 - \alpha)\alpha R_{n-1} + (1 - \alpha)^2 Q_{n-1}$$", r"$$= \alpha R_n + (1 - \alpha)\alpha R_{n-1} + (1 - \alpha) Q_{n-1}$$",
    "the factor (1 - alpha) multiplied into Q_{n-1} only once")

add("cs224n-word2vec-naive-softmax-centre-gradient",
    "Manning et al., Stanford CS224n Natural Language Processing with Deep Learning, Lecture 2 Word Vectors (the gradient of log P(o | c) = log exp(u_o^T v_c) / sum_w exp(u_w^T v_c) with respect to the centre vector v_c: observed minus expected)",
    "https://web.stanford.edu/class/cs224n/ (lecture 2 slides and notes, word2vec objective function gradients)",
    "the lecture's notation (u_o, v_c, u_w^T v_c, V, p(x | c)); the two-word, one-dimensional example added as readers work it out", r"""
# The word2vec gradient with respect to the centre vector

For a centre word $c$ and an outside word $o$ the skip-gram model's probability is

$$P(o \mid c) = \frac{\exp(u_o^T v_c)}{\sum_{w=1}^{V} \exp(u_w^T v_c)}$$

and we want the gradient of its logarithm with respect to $v_c$. The logarithm of the quotient splits into two parts:

$$\frac{\partial}{\partial v_c} \log \frac{\exp(u_o^T v_c)}{\sum_{w=1}^{V} \exp(u_w^T v_c)} = \frac{\partial}{\partial v_c} \log \exp(u_o^T v_c) - \frac{\partial}{\partial v_c} \log \sum_{w=1}^{V} \exp(u_w^T v_c)$$

The first part is

$$\frac{\partial}{\partial v_c} \log \exp(u_o^T v_c) = \frac{\partial}{\partial v_c} u_o^T v_c = u_o$$

and the second, by the chain rule,

$$\frac{\partial}{\partial v_c} \log \sum_{w=1}^{V} \exp(u_w^T v_c) = \frac{1}{\sum_{w=1}^{V} \exp(u_w^T v_c)} \sum_{x=1}^{V} \exp(u_x^T v_c) u_x$$

so that

$$\frac{\partial}{\partial v_c} \log P(o \mid c) = u_o - \sum_{x=1}^{V} P(x \mid c) u_x$$

the observed context vector minus what the model expects. With a vocabulary of two words and one-dimensional vectors $u_1 = 1$, $u_2 = -1$, $v_c = 0.5$ and $o = 1$:

$$P(1 \mid c) = \frac{e^{0.5}}{e^{0.5} + e^{-0.5}} \approx 0.731$$

and the gradient is

$$1 - (0.731 \cdot 1 + 0.269 \cdot (-1)) = 0.538$$
""", r"u_o^T v_c = u_o$$", r"u_o^T v_c = v_c$$",
    "the derivative of u_o^T v_c taken with respect to the wrong vector")
