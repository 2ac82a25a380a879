# A thirty-sixth held-out set (issue 12, branch held36): eight passages the corpus did not hold
# before and that the checker had never been run on, from authors the corpus had none of (or, for
# Boyd and Vandenberghe, Hastie et al. and Shalev-Shwartz and Ben-David, none of these sections),
# each in its own notation: Jurafsky and Martin's Speech and Language Processing (3rd ed. draft,
# ch. 5, 5.6 the gradient of the cross-entropy loss [sigma(w . x + b) - y] x_j and 5.6.3 the worked
# example of one SGD step on the sentiment features x_1 = 3, x_2 = 2 with eta = 0.1), Ruder's An
# overview of gradient descent optimization algorithms (momentum and Nesterov accelerated gradient
# with theta = theta - v_t written as an update, Adam's bias-corrected moments m-hat and v-hat),
# Boyd and Vandenberghe's Convex Optimization (9.5.1, the Newton step and the Newton decrement
# lambda(x) with f(x) - inf_y f-hat(y) = lambda(x)^2 / 2, in one variable), Hastie, Tibshirani and
# Friedman's Elements of Statistical Learning (3.4.1, ridge shrinkage along the singular values
# d_j^2 / (d_j^2 + lambda) and the effective degrees of freedom df(lambda)), Shalev-Shwartz and
# Ben-David's Understanding Machine Learning (14.1.1, the B rho / sqrt(T) bound of gradient descent
# for convex Lipschitz functions and its choice of eta), Aggarwal's Neural Networks and Deep
# Learning (1.2.1.3, the activation Phi(v) as sigmoid and tanh, and the derivatives o(1 - o) and
# 1 - o^2 written with o), Geron's Hands-On Machine Learning (ch. 4, the partial derivatives of
# MSE(theta) with superscript (i) instance indices and one batch gradient descent step) and the MIT
# 6.036 (6.390) notes on regression (ridge regression J_ridge with lambda ||theta||^2, its gradient
# and the closed form, in one dimension). The notation of each was compared with stored pages found
# by search: the Nemotron-CC-Math copy of Ruder's post, the math.techqa.club / newbedev copies of
# the question on the derivation of Newton's decrement (which quote Boyd's definition, page 486)
# and billy-inn.github.io's notes on 9.5 of Boyd and Vandenberghe, the quizgecko and slidepub
# copies of Jurafsky's logistic-regression slides; the others were transcribed from the sources as
# recalled. The worked numbers of Ruder, Boyd, Hastie et al., Shalev-Shwartz and Ben-David, Aggarwal,
# Geron and the MIT notes are added as readers work them out. Each broken file has one planted error
# of a kind students make. Every number was checked in Python. Read by make_transcribed.py after
# sources_held_out35.py.

add("jurafsky-martin-logistic-sgd-step",
    "Jurafsky and Martin, Speech and Language Processing (3rd ed. draft), ch. 5 Logistic Regression: 5.6 the gradient of the cross-entropy loss, the derivative [sigma(w . x + b) - y] x_j, and 5.6.3 Working through an example: one step of stochastic gradient descent on the sentiment example with x_1 = 3, x_2 = 2, y = 1, w = b = 0 and eta = 0.1",
    "https://web.stanford.edu/~jurafsky/slp3/5.pdf (notation compared with the quizgecko and slidepub copies of the chapter's slides)",
    "the book's notation (L_CE, y-hat, w . x + b, theta with a superscript step number); the derivative of the sigmoid written out before the chain rule as the chapter's derivation section does", r"""
# The gradient for logistic regression

The classifier's estimate is $\hat{y} = \sigma(w \cdot x + b)$ with $\sigma(z) = \frac{1}{1 + e^{-z}}$, and the cross-entropy loss for one observation is

$$L_{CE}(\hat{y}, y) = -[y \log \sigma(w \cdot x + b) + (1 - y) \log(1 - \sigma(w \cdot x + b))]$$

The derivative of the sigmoid is

$$\frac{d\sigma(z)}{dz} = \sigma(z)(1 - \sigma(z))$$

and with it the chain rule gives, for each weight $w_j$,

$$\frac{\partial L_{CE}(\hat{y}, y)}{\partial w_j} = [\sigma(w \cdot x + b) - y] x_j$$

The gradient with respect to a single weight is the difference between the estimated $\hat{y}$ and the true $y$, multiplied by the corresponding input $x_j$.

## Working through an example

Take a single observation with two features, $x_1 = 3$ and $x_2 = 2$, whose correct label is $y = 1$ (positive). All weights and the bias start at zero, $w_1 = w_2 = b = 0$, and the learning rate is $\eta = 0.1$. Then $\sigma(w_1 x_1 + w_2 x_2 + b) = \sigma(0) = 0.5$ and the three components of the gradient are

$$\frac{\partial L_{CE}}{\partial w_1} = (\sigma(w_1 x_1 + w_2 x_2 + b) - y) x_1 = (0.5 - 1) \cdot 3 = -1.5$$

$$\frac{\partial L_{CE}}{\partial w_2} = (\sigma(w_1 x_1 + w_2 x_2 + b) - y) x_2 = (0.5 - 1) \cdot 2 = -1.0$$

$$\frac{\partial L_{CE}}{\partial b} = \sigma(w_1 x_1 + w_2 x_2 + b) - y = 0.5 - 1 = -0.5$$

The update moves each parameter against its component of the gradient, $\theta^{t+1} = \theta^t - \eta \nabla L$, so after one step

$$w_1 = 0 - 0.1 \cdot (-1.5) = 0.15$$

$$w_2 = 0 - 0.1 \cdot (-1.0) = 0.1$$

$$b = 0 - 0.1 \cdot (-0.5) = 0.05$$

and the weights on both features have moved towards the positive class.
""", r"$$w_2 = 0 - 0.1 \cdot (-1.0) = 0.1$$", r"$$w_2 = 0 - 0.1 \cdot (-1.0) = -0.1$$",
    "the step taken along the gradient instead of against it")

add("ruder-momentum-nesterov-adam-numbers",
    "Ruder, An overview of gradient descent optimization algorithms (2016), 4.1 Momentum (v_t = gamma v_{t-1} + eta grad J(theta), theta = theta - v_t), 4.2 Nesterov accelerated gradient (the gradient at theta - gamma v_{t-1}) and 4.6 Adam (m_t, v_t and the bias-corrected m-hat_t = m_t / (1 - beta_1^t), v-hat_t = v_t / (1 - beta_2^t)); two steps on J(theta) = 2 theta^2 and Adam's first step as readers work them out",
    "https://ruder.io/optimizing-gradient-descent/ and arXiv:1609.04747 (notation compared with the Nemotron-CC-Math copy of the post)",
    "the post's notation (theta = theta - v_t as an update, nabla_theta J(theta), gamma, eta, beta_1^t); the worked numbers added as readers work them out", r"""
# Momentum, Nesterov and Adam

**Momentum** adds a fraction $\gamma$ of the update vector of the past time step to the current update vector:

$$v_t = \gamma v_{t-1} + \eta \nabla_\theta J(\theta)$$

$$\theta = \theta - v_t$$

**Nesterov accelerated gradient** computes the gradient not at the current parameters but at the approximate future position $\theta - \gamma v_{t-1}$:

$$v_t = \gamma v_{t-1} + \eta \nabla_\theta J(\theta - \gamma v_{t-1})$$

$$\theta = \theta - v_t$$

As an example take $J(\theta) = 2\theta^2$, so that $\nabla_\theta J(\theta) = 4\theta$, with $\gamma = 0.9$, $\eta = 0.1$, $v_0 = 0$ and the start $\theta_0 = 1$. The first step is the same for both methods:

$$v_1 = 0.9 \cdot 0 + 0.1 \cdot 4 \cdot 1 = 0.4$$

$$\theta_1 = 1 - 0.4 = 0.6$$

With momentum the second step uses the gradient at $\theta_1$:

$$v_2 = 0.9 \cdot 0.4 + 0.1 \cdot 4 \cdot 0.6 = 0.6$$

and lands at $\theta_2 = 0.6 - 0.6 = 0$. Nesterov's method looks ahead to

$$\theta_1 - \gamma v_1 = 0.6 - 0.9 \cdot 0.4 = 0.24$$

and takes the gradient there:

$$v_2 = 0.9 \cdot 0.4 + 0.1 \cdot 4 \cdot 0.24 = 0.456$$

so that $\theta_2 = 0.6 - 0.456 = 0.144$.

**Adam** keeps decaying averages of past gradients and past squared gradients,

$$m_t = \beta_1 m_{t-1} + (1 - \beta_1) g_t$$

$$v_t = \beta_2 v_{t-1} + (1 - \beta_2) g_t^2$$

which are biased towards zero in the first steps; the bias-corrected estimates are

$$\hat{m}_t = \frac{m_t}{1 - \beta^t_1}, \qquad \hat{v}_t = \frac{v_t}{1 - \beta^t_2}$$

and the update is $\theta_{t+1} = \theta_t - \frac{\eta}{\sqrt{\hat{v}_t} + \epsilon} \hat{m}_t$. With $\beta_1 = 0.9$, $\beta_2 = 0.999$, $m_0 = v_0 = 0$ and a first gradient $g_1 = 0.5$:

$$m_1 = 0.9 \cdot 0 + 0.1 \cdot 0.5 = 0.05$$

$$v_1 = 0.999 \cdot 0 + 0.001 \cdot 0.5^2 = 0.00025$$

$$\hat{m}_1 = \frac{0.05}{1 - 0.9} = 0.5$$

$$\hat{v}_1 = \frac{0.00025}{1 - 0.999} = 0.25$$

so that, neglecting $\epsilon$, the first step has the size of the learning rate: $\frac{\hat{m}_1}{\sqrt{\hat{v}_1}} = \frac{0.5}{0.5} = 1$.
""", r"$$\hat{v}_1 = \frac{0.00025}{1 - 0.999} = 0.25$$", r"$$\hat{v}_1 = \frac{0.00025}{1 - 0.9} = 0.0025$$",
    "the second moment bias-corrected with beta_1 instead of beta_2")

add("boyd-vandenberghe-newton-decrement-one-variable",
    "Boyd and Vandenberghe, Convex Optimization (2004), 9.5.1 The Newton step: Delta x_nt = -nabla^2 f(x)^{-1} nabla f(x), the Newton decrement lambda(x) = (nabla f(x)^T nabla^2 f(x)^{-1} nabla f(x))^{1/2} and f(x) - inf_y f-hat(y) = lambda(x)^2 / 2; worked for f(x) = x - log x at x = 1.5 as readers work it out",
    "https://web.stanford.edu/~boyd/cvxbook/ (notation compared with the copies of Boyd's definition in the math.techqa.club and newbedev question on the derivation of Newton's decrement, and billy-inn.github.io's notes on 9.5)",
    "the book's notation (Delta x_nt, lambda(x), f-hat, the Hessian nabla^2 f(x)) in one variable, where nabla f = f' and nabla^2 f = f''; the example and its numbers added as readers work them out", r"""
# The Newton step and the Newton decrement

For $x \in \mathbf{dom}\, f$ the vector $\Delta x_{nt} = -\nabla^2 f(x)^{-1} \nabla f(x)$ is the Newton step. It minimizes the second-order Taylor approximation

$$\hat{f}(x + v) = f(x) + \nabla f(x)^T v + \frac{1}{2} v^T \nabla^2 f(x) v$$

and the quantity $\lambda(x) = (\nabla f(x)^T \nabla^2 f(x)^{-1} \nabla f(x))^{1/2}$ is the Newton decrement at $x$. In one variable the gradient is $f'(x)$, the Hessian is $f''(x)$, and

$$\Delta x_{nt} = -\frac{f'(x)}{f''(x)}, \qquad \lambda(x)^2 = \frac{f'(x)^2}{f''(x)}$$

Take $f(x) = x - \log x$ on $x > 0$. Then

$$f'(x) = 1 - \frac{1}{x}, \qquad f''(x) = \frac{1}{x^2}$$

so the Newton step is

$$\Delta x_{nt} = -\left(1 - \frac{1}{x}\right) x^2 = x - x^2$$

and the decrement is

$$\lambda(x)^2 = \frac{f'(x)^2}{f''(x)} = \left(1 - \frac{1}{x}\right)^2 x^2 = (x - 1)^2$$

At $x = 1.5$: $f'(1.5) = \frac{1}{3}$, $f''(1.5) = \frac{4}{9}$, the Newton step is $\Delta x_{nt} = 1.5 - 1.5^2 = -0.75$ and $\lambda(1.5)^2 = 0.25$. The second-order model predicts the decrease

$$f(x) - \inf_y \hat{f}(y) = \frac{\lambda(x)^2}{2} = 0.125$$

and indeed, at $v = \Delta x_{nt} = -0.75$,

$$\hat{f}(x + v) - f(x) = \frac{1}{3} \cdot (-0.75) + \frac{1}{2} \cdot \frac{4}{9} \cdot (-0.75)^2 = -0.125$$
""", r"= \left(1 - \frac{1}{x}\right)^2 x^2 = (x - 1)^2$$", r"= \left(1 - \frac{1}{x}\right)^2 \frac{1}{x^2} = (x - 1)^2$$",
    "the Hessian multiplied instead of inverted")

add("hastie-esl-ridge-shrinkage-degrees-of-freedom",
    "Hastie, Tibshirani and Friedman, The Elements of Statistical Learning (2nd ed.), 3.4.1 Ridge Regression: beta-hat^ridge = (X^T X + lambda I)^{-1} X^T y, the shrinkage factors d_j^2 / (d_j^2 + lambda) of the singular value decomposition (eq. 3.47) and the effective degrees of freedom df(lambda) (eq. 3.50); one input, and two singular values d_1 = 2, d_2 = 1, as readers work them out",
    "https://hastie.su.domains/ElemStatLearn/ (the book's 3.4.1)",
    "the book's notation (beta-hat^ridge, d_j, u_j, df(lambda), tr); the one-input case and the numbers added as readers work them out", r"""
# Ridge regression

Ridge regression shrinks the regression coefficients by imposing a penalty on their size:

$$\hat{\beta}^{\text{ridge}} = \underset{\beta}{\operatorname{argmin}} \left\{ \sum_{i=1}^N \Bigl(y_i - \beta_0 - \sum_{j=1}^p x_{ij}\beta_j\Bigr)^2 + \lambda \sum_{j=1}^p \beta_j^2 \right\}$$

In matrix form the solution is $\hat{\beta}^{\text{ridge}} = (\mathbf{X}^T\mathbf{X} + \lambda \mathbf{I})^{-1}\mathbf{X}^T\mathbf{y}$. With a single centred input $x$ and $\mathbf{X}^T\mathbf{X} = d^2$, the least squares coefficient is $\hat{\beta} = \mathbf{x}^T\mathbf{y} / d^2$ and

$$\hat{\beta}^{\text{ridge}} = \frac{\mathbf{x}^T\mathbf{y}}{d^2 + \lambda} = \frac{d^2}{d^2 + \lambda}\hat{\beta}$$

In general, with the singular value decomposition $\mathbf{X} = \mathbf{U}\mathbf{D}\mathbf{V}^T$, the ridge fit is

$$\mathbf{X}\hat{\beta}^{\text{ridge}} = \sum_{j=1}^p \mathbf{u}_j \frac{d_j^2}{d_j^2 + \lambda} \mathbf{u}_j^T \mathbf{y}$$

so ridge shrinks the coordinates with respect to the orthonormal basis $\mathbf{U}$ by the factors $d_j^2/(d_j^2 + \lambda)$, and most where $d_j$ is small. The effective degrees of freedom of the fit are

$$\mathrm{df}(\lambda) = \operatorname{tr}[\mathbf{X}(\mathbf{X}^T\mathbf{X} + \lambda\mathbf{I})^{-1}\mathbf{X}^T] = \sum_{j=1}^p \frac{d_j^2}{d_j^2 + \lambda}$$

For $p = 2$ inputs with singular values $d_1 = 2$ and $d_2 = 1$ and the penalty $\lambda = 1$:

$$\mathrm{df}(1) = \frac{2^2}{2^2 + 1} + \frac{1^2}{1^2 + 1} = 0.8 + 0.5 = 1.3$$

and without a penalty $\mathrm{df}(0) = 1 + 1 = 2 = p$, the number of parameters of least squares.
""", r"$$\mathrm{df}(1) = \frac{2^2}{2^2 + 1} + \frac{1^2}{1^2 + 1} = 0.8 + 0.5 = 1.3$$",
    r"$$\mathrm{df}(1) = \frac{2}{2 + 1} + \frac{1}{1 + 1} = 0.8 + 0.5 = 1.3$$",
    "the singular values used where their squares belong")

add("shalev-shwartz-ben-david-gd-lipschitz-rate",
    "Shalev-Shwartz and Ben-David, Understanding Machine Learning (2014), 14.1.1 Analysis of GD for Convex-Lipschitz Functions: Lemma 14.1's bound ||w*||^2 / (2 eta) + (eta / 2) sum ||v_t||^2, with ||w*|| <= B, ||v_t|| <= rho and eta = sqrt(B^2 / (rho^2 T)) giving f(w-bar) - f(w*) <= B rho / sqrt(T), and the T needed for accuracy epsilon (Corollary 14.2); numbers for B = 1, rho = 2, epsilon = 0.1 as readers work them out",
    "https://www.cs.huji.ac.il/~shais/UnderstandingMachineLearning/ (chapter 14)",
    "the book's notation (w^{(t)}, w-bar, w^star, v_t, rho, B); the substitution of eta written out term by term, as the proof leaves it to the reader; the numbers added as readers work them out", r"""
# Gradient descent for convex Lipschitz functions

Let $\bar{\mathbf{w}} = \frac{1}{T}\sum_{t=1}^T \mathbf{w}^{(t)}$ be the average of the iterates of gradient descent with step $\eta$ on a convex function $f$, and $\mathbf{v}_t = \nabla f(\mathbf{w}^{(t)})$. By convexity,

$$f(\bar{\mathbf{w}}) - f(\mathbf{w}^\star) \le \frac{1}{T}\sum_{t=1}^T \langle \mathbf{w}^{(t)} - \mathbf{w}^\star, \mathbf{v}_t \rangle$$

and by Lemma 14.1 the sum on the right is at most $\frac{\|\mathbf{w}^\star\|^2}{2\eta} + \frac{\eta}{2}\sum_{t=1}^T \|\mathbf{v}_t\|^2$. If $\|\mathbf{w}^\star\| \le B$ and $f$ is $\rho$-Lipschitz, so that $\|\mathbf{v}_t\| \le \rho$, this is at most

$$\frac{B^2}{2\eta} + \frac{\eta \rho^2 T}{2}$$

Choosing $\eta = \frac{B}{\rho\sqrt{T}}$, the two terms become equal:

$$\frac{B^2}{2\eta} = \frac{B^2 \rho \sqrt{T}}{2B} = \frac{B\rho\sqrt{T}}{2}$$

$$\frac{\eta \rho^2 T}{2} = \frac{B \rho^2 T}{2\rho\sqrt{T}} = \frac{B\rho\sqrt{T}}{2}$$

so the sum is at most $B\rho\sqrt{T}$ and, dividing by $T$,

$$f(\bar{\mathbf{w}}) - f(\mathbf{w}^\star) \le \frac{B\rho\sqrt{T}}{T} = \frac{B\rho}{\sqrt{T}}$$

For this to be at most $\epsilon$ it suffices that $T \ge \frac{B^2\rho^2}{\epsilon^2}$. With $B = 1$, $\rho = 2$ and $\epsilon = 0.1$:

$$T = \frac{B^2\rho^2}{\epsilon^2} = \frac{1 \cdot 4}{0.01} = 400$$

and the step is

$$\eta = \sqrt{\frac{B^2}{\rho^2 T}} = \sqrt{\frac{1}{4 \cdot 400}} = 0.025$$
""", r"$$\frac{\eta \rho^2 T}{2} = \frac{B \rho^2 T}{2\rho\sqrt{T}} = \frac{B\rho\sqrt{T}}{2}$$",
    r"$$\frac{\eta \rho^2 T}{2} = \frac{B \rho^2 T}{2\rho\sqrt{T}} = \frac{B\rho T}{2}$$",
    "T / sqrt(T) simplified to T")

add("aggarwal-activation-derivatives-in-o",
    "Aggarwal, Neural Networks and Deep Learning (2018), 1.2.1.3 Choice of Activation and Loss Functions (Phi(v) for the sigmoid and the tanh, tanh(v) = 2 sigmoid(2v) - 1) and 3.2.5 the derivatives of the activations written with the output o = Phi(v): o(1 - o) for the sigmoid and 1 - o^2 for the tanh; values at v = 0.5 as readers work them out",
    "https://link.springer.com/book/10.1007/978-3-319-94463-0 (chapters 1 and 3)",
    "the book's notation (Phi(v) for each activation in turn, o for the output, exp(.) written out); the values at v = 0.5 added as readers work them out", r"""
# Activation functions and their derivatives

An activation $\Phi(v)$ maps the pre-activation value $v = \overline{W} \cdot \overline{X}$ to the output of the neuron.

## The sigmoid

The sigmoid activation is

$$\Phi(v) = \frac{1}{1 + e^{-v}}$$

Writing $o = \frac{1}{1 + \exp(-v)}$ for the output, its derivative is expressed in terms of the output:

$$\frac{\partial o}{\partial v} = \frac{\exp(-v)}{(1 + \exp(-v))^2} = o(1 - o)$$

At $v = 0.5$ the output is $o = 0.6225$ and the derivative is $0.6225 \cdot (1 - 0.6225) \approx 0.2350$.

## The tanh

The tanh activation is

$$\Phi(v) = \frac{e^{2v} - 1}{e^{2v} + 1}$$

and it is a rescaled sigmoid, $\tanh(v) = 2 \cdot \mathrm{sigmoid}(2v) - 1$. Writing $o = \frac{\exp(2v) - 1}{\exp(2v) + 1}$ for its output,

$$\frac{\partial o}{\partial v} = \frac{4 \exp(2v)}{(\exp(2v) + 1)^2} = 1 - o^2$$

At $v = 0.5$ the output is $o = 0.4621$ and the derivative is $1 - 0.4621^2 \approx 0.7865$, more than three times the sigmoid's.
""", r"$$\frac{\partial o}{\partial v} = \frac{4 \exp(2v)}{(\exp(2v) + 1)^2} = 1 - o^2$$",
    r"$$\frac{\partial o}{\partial v} = \frac{2 \exp(2v)}{(\exp(2v) + 1)^2} = 1 - o^2$$",
    "the inner derivative 2 of exp(2v) applied once where the quotient rule gives it twice")

add("geron-mse-partial-derivatives-batch-step",
    "Geron, Hands-On Machine Learning with Scikit-Learn, Keras and TensorFlow (2nd ed.), ch. 4 Training Models: the MSE cost function MSE(theta) = (1/m) sum (theta^T x^(i) - y^(i))^2 (eq. 4-3), its partial derivatives (eq. 4-5), the gradient vector (eq. 4-6) and the gradient descent step (eq. 4-7); one batch step on two instances as readers work it out",
    "https://github.com/ageron/handson-ml2 (the notebook 04_training_linear_models; the equations of the book's chapter 4)",
    "the book's notation (bold theta, x^(i) and y^(i) with the instance in a superscript, x_0 = 1, MSE as a function name, theta^(next step)); the two instances and the numbers added as readers work them out", r"""
# Batch gradient descent for linear regression

The MSE cost function of a linear regression model on $m$ instances is

$$\mathrm{MSE}(\boldsymbol{\theta}) = \frac{1}{m}\sum_{i=1}^m \left(\boldsymbol{\theta}^T \mathbf{x}^{(i)} - y^{(i)}\right)^2$$

and its partial derivative with regard to the parameter $\theta_j$ is

$$\frac{\partial}{\partial \theta_j}\mathrm{MSE}(\boldsymbol{\theta}) = \frac{2}{m}\sum_{i=1}^m \left(\boldsymbol{\theta}^T \mathbf{x}^{(i)} - y^{(i)}\right) x_j^{(i)}$$

All of them together form the gradient vector $\nabla_{\boldsymbol\theta}\mathrm{MSE}(\boldsymbol\theta) = \frac{2}{m}\mathbf{X}^T(\mathbf{X}\boldsymbol\theta - \mathbf{y})$, and the gradient descent step is $\boldsymbol\theta^{(\text{next step})} = \boldsymbol\theta - \eta \nabla_{\boldsymbol\theta}\mathrm{MSE}(\boldsymbol\theta)$.

Take $m = 2$ instances with one feature, $x_1^{(1)} = 1$, $y^{(1)} = 3$ and $x_1^{(2)} = 2$, $y^{(2)} = 5$, the bias feature $x_0 = 1$, the start $\theta_0 = \theta_1 = 0$ and $\eta = 0.1$. Both predictions are 0, so

$$\mathrm{MSE}(\boldsymbol\theta) = \frac{1}{2}\left[(0 - 3)^2 + (0 - 5)^2\right] = 17$$

$$\frac{\partial}{\partial \theta_0}\mathrm{MSE}(\boldsymbol\theta) = \frac{2}{2}\left[(0 - 3) \cdot 1 + (0 - 5) \cdot 1\right] = -8$$

$$\frac{\partial}{\partial \theta_1}\mathrm{MSE}(\boldsymbol\theta) = \frac{2}{2}\left[(0 - 3) \cdot 1 + (0 - 5) \cdot 2\right] = -13$$

and one step gives

$$\theta_0 = 0 - 0.1 \cdot (-8) = 0.8$$

$$\theta_1 = 0 - 0.1 \cdot (-13) = 1.3$$

moving towards the least squares solution $\theta_0 = 1$, $\theta_1 = 2$, the line through both points.
""", r"= \frac{2}{2}\left[(0 - 3) \cdot 1 + (0 - 5) \cdot 1\right] = -8$$",
    r"= \frac{1}{2}\left[(0 - 3) \cdot 1 + (0 - 5) \cdot 1\right] = -8$$",
    "the factor 2 of the square's derivative dropped")

add("mit-6036-ridge-regression-one-dimension",
    "MIT 6.036 / 6.390 Introduction to Machine Learning, lecture notes, Regression: ridge regression J_ridge(theta, theta_0) = (1/n) sum (theta^T x^(i) + theta_0 - y^(i))^2 + lambda ||theta||^2, its gradient (2/n) sum (theta^T x^(i) + theta_0 - y^(i)) x^(i) + 2 lambda theta and the closed form; in one dimension without offset on two points, as readers work it out",
    "https://introml.mit.edu/notes/regression.html (the notes' regression chapter)",
    "the notes' notation (J_ridge, theta and theta_0, superscript (i) for the data point, n points, lambda ||theta||^2); the one-dimensional case and the numbers added as readers work them out", r"""
# Ridge regression

The ridge regression objective adds a penalty on the size of $\theta$ to the mean squared error:

$$J_{\text{ridge}}(\theta, \theta_0) = \frac{1}{n}\sum_{i=1}^n \left(\theta^T x^{(i)} + \theta_0 - y^{(i)}\right)^2 + \lambda \|\theta\|^2$$

Its gradient with respect to $\theta$ is

$$\nabla_\theta J_{\text{ridge}}(\theta, \theta_0) = \frac{2}{n}\sum_{i=1}^n \left(\theta^T x^{(i)} + \theta_0 - y^{(i)}\right) x^{(i)} + 2\lambda\theta$$

In one dimension and without the offset ($\theta_0 = 0$) setting it to zero gives

$$\frac{2}{n}\sum_{i=1}^n \left(\theta x^{(i)} - y^{(i)}\right) x^{(i)} + 2\lambda\theta = 0$$

so that

$$\theta = \frac{\sum_{i=1}^n x^{(i)} y^{(i)}}{\sum_{i=1}^n (x^{(i)})^2 + n\lambda}$$

For the $n = 2$ points $x^{(1)} = 1$, $y^{(1)} = 3$ and $x^{(2)} = 2$, $y^{(2)} = 5$, with $\lambda = 0.5$:

$$\theta = \frac{1 \cdot 3 + 2 \cdot 5}{1^2 + 2^2 + 2 \cdot 0.5} = \frac{13}{6} \approx 2.167$$

and the gradient there vanishes:

$$\frac{2}{2}\left[\left(\frac{13}{6} - 3\right) \cdot 1 + \left(\frac{13}{6} \cdot 2 - 5\right) \cdot 2\right] + 2 \cdot 0.5 \cdot \frac{13}{6} = 0$$

Without the penalty the estimate would be $\frac{13}{5} = 2.6$; the penalty shrinks it towards zero.
""", r"$$\theta = \frac{1 \cdot 3 + 2 \cdot 5}{1^2 + 2^2 + 2 \cdot 0.5} = \frac{13}{6} \approx 2.167$$",
    r"$$\theta = \frac{1 \cdot 3 + 2 \cdot 5}{1^2 + 2^2 + 0.5} = \frac{13}{6} \approx 2.167$$",
    "the penalty lambda added where n lambda belongs")
