# A nineteenth held-out set (issue 12, branch held19): twelve passages the corpus did not hold
# before and that the checker had never been run on. Seven as published texts write them (LaTeX
# in Markdown): He et al.'s PReLU gradient and initialisation (Delving Deep into Rectifiers, 2015,
# eqs. (1)-(4), (10), (15)), Girshick's smooth L1 loss (Fast R-CNN, 2015, eqs. (2)-(3)), the
# learning rate and the Hessian's eigenvalues on a quadratic (Goodfellow et al., Deep Learning,
# 4.3.1 and 8.2), the score-function (REINFORCE) estimator for a Bernoulli (Deep Learning, 20.9.1,
# eqs. (20.60)-(20.62)), the LSTM cell's gradients (d2l.ai 10.1), perplexity (d2l.ai 9.3) and the
# two-class posterior as a logistic sigmoid (Bishop, PRML 4.2, eqs. (4.57)-(4.61)). Five typed the
# way new users type: the ELU derivative and a temperature softmax on a phone (Unicode), an
# exponential learning-rate decay and the Cauchy loss in plain ASCII, and tanh written through exp
# in the engine's syntax. Only He et al.'s equations were compared with a stored page (a reader's
# summary of eq. (2) and the a_i gradient, not the paper); the others are recalled from the texts,
# in their notation, and say so in their headers. Each broken file has one planted error of a kind
# students make. The numbers were checked in Python. Read by make_transcribed.py after
# sources_held_out18b.py.

add("he-prelu-gradient-and-init",
    "He, Zhang, Ren and Sun, Delving Deep into Rectifiers: Surpassing Human-Level Performance on ImageNet Classification (ICCV 2015), 2.1 (PReLU, eqs. (1)-(4)) and 2.2 (the initialisation, eqs. (7)-(10) and (15)), with numbers for a 3x3 convolution with 64 channels",
    "https://arxiv.org/abs/1502.01852",
    "the paper's notation (y_i, a_i, E, n_l, w_l); eq. (2) and the a_i gradient compared with a reader's summary of the paper (apaperaday.com), the rest recalled; the numbers are added", r"""
# PReLU and its initialisation

Formally, we consider an activation function defined as

$$f(y_i) = \begin{cases} y_i, & \text{if } y_i > 0 \\ a_i y_i, & \text{if } y_i \le 0 \end{cases}$$

Here $y_i$ is the input of the nonlinear activation $f$ on the $i$th channel, and $a_i$ is a coefficient controlling the slope of the negative part. Eq. (1) is equivalent to $f(y_i) = \max(0, y_i) + a_i \min(0, y_i)$. PReLU can be trained using backpropagation and optimized simultaneously with other layers. The update formulations of $\{a_i\}$ are simply derived from the chain rule. The gradient of $a_i$ for one layer is

$$\frac{\partial \mathcal{E}}{\partial a_i} = \sum_{y_i} \frac{\partial \mathcal{E}}{\partial f(y_i)} \frac{\partial f(y_i)}{\partial a_i}$$

where $\mathcal{E}$ represents the objective function. The gradient of the activation is given by

$$\frac{\partial f(y_i)}{\partial a_i} = \begin{cases} 0, & \text{if } y_i > 0 \\ y_i, & \text{if } y_i \le 0 \end{cases}$$

For the initialisation, with $x_l$ the input of layer $l$ and $n_l = k^2 c$ its number of connections, $\mathrm{Var}[y_l] = n_l \mathrm{Var}[w_l] E[x_l^2]$, and for rectifiers $E[x_l^2] = \frac{1}{2} \mathrm{Var}[y_{l-1}]$. A proper initialization method should avoid reducing or magnifying the magnitudes of input signals exponentially, so we expect

$$\frac{1}{2} n_l \mathrm{Var}[w_l] = 1, \quad \forall l$$

which leads to a zero-mean Gaussian distribution whose standard deviation is $\sqrt{2 / n_l}$. For PReLU the condition becomes $\frac{1}{2} (1 + a^2) n_l \mathrm{Var}[w_l] = 1$.

For a $3 \times 3$ convolution with $c = 64$ input channels, $n_l = 9 \cdot 64 = 576$ and the standard deviation is

$$\sqrt{\frac{2}{576}} \approx 0.05893$$

With PReLU at its initial $a = 0.25$ the factor is $\frac{1}{2} (1 + 0.25^2) = 0.53125$ and the standard deviation is

$$\sqrt{\frac{2}{(1 + 0.25^2) \cdot 576}} \approx 0.05717$$
""", r"$$\sqrt{\frac{2}{576}} \approx 0.05893$$", r"$$\sqrt{\frac{2}{576}} \approx 0.04167$$",
    "slip in the numbers: sqrt(2/576) evaluated as sqrt(1/576)")

add("girshick-fast-rcnn-smooth-l1",
    "Girshick, Fast R-CNN (ICCV 2015), 2.3 Multi-task loss (L_loc, eqs. (2)-(3), the smooth L1 loss), its derivative and continuity at |x| = 1, with numbers",
    "https://arxiv.org/abs/1504.08083",
    "the paper's notation (t^u, v, smooth_L1); the derivative, the continuity check and the numbers are added as readers work them out", r"""
# The smooth L1 loss of Fast R-CNN

The second task loss, $L_{loc}$, is defined over a tuple of true bounding-box regression targets for class $u$, $v = (v_x, v_y, v_w, v_h)$, and a predicted tuple $t^u = (t^u_x, t^u_y, t^u_w, t^u_h)$, again for class $u$. For bounding-box regression, we use the loss

$$L_{loc}(t^u, v) = \sum_{i \in \{x, y, w, h\}} \mathrm{smooth}_{L_1}(t^u_i - v_i)$$

in which

$$\mathrm{smooth}_{L_1}(x) = \begin{cases} 0.5 x^2 & \text{if } |x| < 1 \\ |x| - 0.5 & \text{otherwise} \end{cases}$$

is a robust $L_1$ loss that is less sensitive to outliers than the $L_2$ loss used in R-CNN and SPPnet. When the regression targets are unbounded, training with $L_2$ loss can require careful tuning of learning rates in order to prevent exploding gradients.

The two pieces meet at $|x| = 1$, since $0.5 \cdot 1^2 = 1 - 0.5$. Their derivatives are

$$\frac{d}{dx} \left( 0.5 x^2 \right) = x$$

and, for $x \ge 1$, $\frac{d}{dx} (x - 0.5) = 1$, so the gradient is $x$ inside the unit interval and $\pm 1$ outside: it never exceeds 1 in magnitude.

For example, with $t^u - v = (0.3, -0.2, 2.5, -1.5)$ the four terms are $0.5 \cdot 0.3^2 = 0.045$, $0.5 \cdot 0.2^2 = 0.02$, $2.5 - 0.5 = 2$ and $1.5 - 0.5 = 1$, so

$$L_{loc} = 0.045 + 0.02 + 2 + 1 = 3.065$$
""", r"$$\frac{d}{dx} \left( 0.5 x^2 \right) = x$$", r"$$\frac{d}{dx} \left( 0.5 x^2 \right) = 0.5 x$$",
    "dropped factor: the 2 of d/dx x^2 lost, giving 0.5 x")

add("goodfellow-learning-rate-hessian-eigenvalues",
    "Goodfellow, Bengio and Courville, Deep Learning (2016), 4.3.1 Beyond the Gradient (the second-order Taylor series along the gradient, eq. (4.9)) and 8.2.3 (ill-conditioning), gradient descent on a quadratic along the Hessian's eigenvectors, with numbers",
    "https://www.deeplearningbook.org/contents/numerical.html",
    "the book's notation (epsilon for the learning rate, g, H, lambda); the per-eigenvector recursion and the numbers are worked out as readers do", r"""
# The learning rate and the eigenvalues of the Hessian

The second-order Taylor series of $f$ around the current point $x^{(0)}$, with a gradient step of size $\epsilon$, predicts

$$f(x^{(0)} - \epsilon g) \approx f(x^{(0)}) - \epsilon g^\top g + \frac{1}{2} \epsilon^2 g^\top H g$$

When $g^\top H g$ is too large, the gradient descent step can actually move uphill. On a quadratic $f(x) = \frac{1}{2} x^\top H x$ the gradient is $g = H x$, and along an eigenvector of $H$ with eigenvalue $\lambda$ the coordinate $x$ of the iterate follows

$$x_{k+1} = x_k - \epsilon \lambda x_k = (1 - \epsilon \lambda) x_k$$

so that $x_k = (1 - \epsilon \lambda)^k x_0$. The iteration converges along every direction when $|1 - \epsilon \lambda| < 1$ for every eigenvalue, that is when $0 < \epsilon < \frac{2}{\lambda_{\max}}$.

Take a Hessian with eigenvalues $1$ and $4$, so $\frac{2}{\lambda_{\max}} = 0.5$. With $\epsilon = 0.3$ the two factors are

$$1 - 0.3 \cdot 1 = 0.7 \quad \text{and} \quad 1 - 0.3 \cdot 4 = -0.2$$

and after ten steps the coordinates have shrunk by $0.7^{10} \approx 0.02825$ and $0.2^{10} \approx 1.024 \times 10^{-7}$: the direction of small curvature is the slow one. With $\epsilon = 0.6$ the factor along the second direction is $1 - 0.6 \cdot 4 = -1.4$ and the iterates diverge.
""", r"1 - 0.3 \cdot 4 = -0.2$$", r"1 - 0.3 \cdot 4 = 0.2$$",
    "sign slip: 1 - 1.2 taken as 0.2")

add("goodfellow-reinforce-bernoulli",
    "Goodfellow, Bengio and Courville, Deep Learning (2016), 20.9.1 Back-Propagating through Discrete Stochastic Operations (the REINFORCE estimator, eqs. (20.60)-(20.62)), for a Bernoulli with its probability written through a logit, with numbers",
    "https://www.deeplearningbook.org/contents/generative_models.html",
    "the book's notation (J, y, omega, p(y)) for one Bernoulli output; the Bernoulli case and the numbers are added as readers work them out", r"""
# REINFORCE for a Bernoulli

The expected cost is $\mathbb{E}_{z}[J(f(z; \omega))] = \sum_y J(y) p(y)$, and

$$\frac{\partial \mathbb{E}[J(y)]}{\partial \omega} = \sum_y J(y) \frac{\partial p(y)}{\partial \omega} = \sum_y J(y) p(y) \frac{\partial \log p(y)}{\partial \omega}$$

$$\approx \frac{1}{m} \sum_{y^{(i)} \sim p(y), i=1}^{m} J(y^{(i)}) \frac{\partial \log p(y^{(i)})}{\partial \omega}$$

Let $y \in \{0, 1\}$ with $p(y = 1) = \sigma(\omega)$. The two score terms are

$$\frac{\partial}{\partial \omega} \log \sigma(\omega) = 1 - \sigma(\omega)$$

$$\frac{\partial}{\partial \omega} \log(1 - \sigma(\omega)) = -\sigma(\omega)$$

so the exact gradient is

$$\sigma(\omega) J(1) (1 - \sigma(\omega)) - (1 - \sigma(\omega)) J(0) \sigma(\omega) = \sigma(\omega) (1 - \sigma(\omega)) (J(1) - J(0))$$

which is $\sigma'(\omega)$ times the difference of the two costs, as differentiating $\sigma(\omega) J(1) + (1 - \sigma(\omega)) J(0)$ directly gives.

For example, with $\omega = 0$, $J(1) = 3$ and $J(0) = 1$, $\sigma(0) = 0.5$ and the gradient is $0.5 \cdot 0.5 \cdot (3 - 1) = 0.5$. A single sample $y = 1$ gives the estimate $3 \cdot (1 - 0.5) = 1.5$, a sample $y = 0$ gives $1 \cdot (-0.5) = -0.5$, and their average is $0.5$.
""", r"$$\frac{\partial}{\partial \omega} \log(1 - \sigma(\omega)) = -\sigma(\omega)$$", r"$$\frac{\partial}{\partial \omega} \log(1 - \sigma(\omega)) = -\frac{1}{1 - \sigma(\omega)}$$",
    "chain-rule factor forgotten: the inner derivative sigma'(omega) of log(1 - sigma(omega)) dropped")

add("d2l-lstm-cell-gradients",
    "Zhang, Lipton, Li and Smola, Dive into Deep Learning, 10.1 Long Short-Term Memory (the memory cell C_t = F_t * C_{t-1} + I_t * C-tilde_t and the hidden state H_t = O_t * tanh(C_t)), the cell's local derivatives for one unit, with numbers",
    "https://d2l.ai/chapter_recurrent-modern/lstm.html",
    "the book's notation (I_t, F_t, O_t, C-tilde_t, C_t, H_t) for one unit, so the Hadamard products are products; the derivatives holding the gates fixed and the numbers are added", r"""
# The LSTM memory cell

In LSTMs, we have two gates for such purposes: the input gate $\mathbf{I}_t$ governs how much we take new data into account via $\tilde{\mathbf{C}}_t$ and the forget gate $\mathbf{F}_t$ addresses how much of the old cell internal state $\mathbf{C}_{t-1}$ we retain. Using the Hadamard (elementwise) product operator $\odot$ we arrive at the following update equation:

$$\mathbf{C}_t = \mathbf{F}_t \odot \mathbf{C}_{t-1} + \mathbf{I}_t \odot \tilde{\mathbf{C}}_t$$

Last, we need to define how to compute the output of the memory cell, i.e., the hidden state $\mathbf{H}_t$:

$$\mathbf{H}_t = \mathbf{O}_t \odot \tanh(\mathbf{C}_t)$$

For one unit, holding the gates fixed, the local derivatives are

$$\frac{\partial C_t}{\partial C_{t-1}} = F_t$$

$$\frac{\partial H_t}{\partial C_t} = O_t \left( 1 - \tanh^2(C_t) \right)$$

so along the cell the gradient is multiplied by the forget gate at each step rather than by a weight and a squashing derivative.

For example, with $F_t = 0.9$, $C_{t-1} = 2$, $I_t = 0.5$, $\tilde C_t = -0.4$ and $O_t = 0.8$:

$$C_t = 0.9 \cdot 2 + 0.5 \cdot (-0.4) = 1.6$$

$$H_t = 0.8 \tanh(1.6) \approx 0.73733$$

and $\frac{\partial H_t}{\partial C_t} = 0.8 (1 - \tanh^2(1.6)) \approx 0.12042$. With the forget gate held at $0.9$ for ten steps the cell passes back $0.9^{10} \approx 0.34868$ of the gradient.
""", r"$$\frac{\partial H_t}{\partial C_t} = O_t \left( 1 - \tanh^2(C_t) \right)$$", r"$$\frac{\partial H_t}{\partial C_t} = O_t \left( 1 - \tanh(C_t) \right)^2$$",
    "wrong exponent: 1 - tanh^2 written (1 - tanh)^2")

add("d2l-perplexity",
    "Zhang, Lipton, Li and Smola, Dive into Deep Learning, 9.3 Language Models, Perplexity (the exponential of the average negative log-likelihood, its best case and the uniform baseline), with numbers for a three-token sequence",
    "https://d2l.ai/chapter_recurrent-neural-networks/language-model.html",
    "the book's definition in its notation (n, x_t, P); the three-token example is added as readers work it out", r"""
# Perplexity

A better language model should allow us to predict the next token more accurately. We measure the quality by the cross-entropy loss averaged over all the $n$ tokens of a sequence:

$$\frac{1}{n} \sum_{t=1}^n -\log P(x_t \mid x_{t-1}, \ldots, x_1)$$

For historical reasons, scientists in natural language processing prefer to use a quantity called perplexity, which is the exponential of this:

$$\exp\left(-\frac{1}{n} \sum_{t=1}^n \log P(x_t \mid x_{t-1}, \ldots, x_1)\right)$$

In the best case scenario, the model always perfectly estimates the probability of the target token as 1, and the perplexity is $\exp(0) = 1$. In the baseline, the model predicts a uniform distribution over all the available tokens of the vocabulary, each with probability $\frac{1}{|V|}$, and the perplexity is $\exp(\log |V|) = |V|$.

For example, if a model gives the three tokens of a sequence the probabilities $\frac{1}{2}$, $\frac{1}{4}$ and $\frac{1}{8}$, the average negative log-likelihood is

$$-\frac{1}{3} \left( \log \frac{1}{2} + \log \frac{1}{4} + \log \frac{1}{8} \right) = \frac{1}{3} (\log 2 + 2 \log 2 + 3 \log 2) = 2 \log 2$$

and the perplexity is $\exp(2 \log 2) = 2^2 = 4$: the model is as uncertain as a uniform choice among four tokens.
""", r"is $\exp(2 \log 2) = 2^2 = 4$", r"is $\exp(2 \log 2) = 2^3 = 8$",
    "wrong exponent: exp(2 log 2) taken as 2^3")

add("bishop-prml-two-class-posterior-sigmoid",
    "Bishop, Pattern Recognition and Machine Learning (2006), 4.2 Probabilistic Generative Models (the posterior p(C_1|x) as the logistic sigmoid of the log odds a, eqs. (4.57)-(4.61)), with numbers",
    "https://www.microsoft.com/en-us/research/publication/pattern-recognition-machine-learning/",
    "the book's notation (C_1, C_2, a, sigma); the derivation of (4.60) and the numbers are added as readers work them out", r"""
# The two-class posterior as a logistic sigmoid

Consider first of all the case of two classes. The posterior probability for class $C_1$ can be written as

$$p(C_1 | \mathbf{x}) = \frac{p(\mathbf{x} | C_1) p(C_1)}{p(\mathbf{x} | C_1) p(C_1) + p(\mathbf{x} | C_2) p(C_2)} = \frac{1}{1 + \exp(-a)} = \sigma(a)$$

where we have defined

$$a = \ln \frac{p(\mathbf{x} | C_1) p(C_1)}{p(\mathbf{x} | C_2) p(C_2)}$$

and $\sigma(a)$ is the logistic sigmoid function. The term 'sigmoid' means S-shaped. It satisfies the following symmetry property

$$\sigma(-a) = 1 - \sigma(a)$$

as is easily verified: $1 - \frac{1}{1 + e^{-a}} = \frac{e^{-a}}{1 + e^{-a}} = \frac{1}{e^{a} + 1}$. The inverse of the logistic sigmoid is given by

$$a = \ln \left( \frac{\sigma}{1 - \sigma} \right)$$

and is known as the logit function. It represents the log of the ratio of probabilities $\ln [p(C_1 | \mathbf{x}) / p(C_2 | \mathbf{x})]$ for the two classes, also known as the log odds.

For example, with $p(C_1) = 0.3$, $p(\mathbf{x} | C_1) = 0.5$ and $p(\mathbf{x} | C_2) = 0.2$, the two joint terms are $0.5 \cdot 0.3 = 0.15$ and $0.2 \cdot 0.7 = 0.14$, so $a = \ln \frac{0.15}{0.14} \approx 0.06899$ and

$$p(C_1 | \mathbf{x}) = \frac{0.15}{0.15 + 0.14} \approx 0.51724$$
""", r"$1 - \frac{1}{1 + e^{-a}} = \frac{e^{-a}}{1 + e^{-a}} = \frac{1}{e^{a} + 1}$", r"$1 - \frac{1}{1 + e^{-a}} = \frac{e^{-a}}{1 + e^{-a}} = \frac{1}{e^{-a} + 1}$",
    "sign slip: dividing through by e^{-a} leaves e^{-a} + 1 in the denominator")

add("elu-derivative-phone",
    "A student's notes: the ELU and its derivative written through the function itself (Clevert, Unterthiner and Hochreiter, Fast and Accurate Deep Network Learning by Exponential Linear Units, ICLR 2016, eq. (1)), typed on a phone in Unicode inside Markdown, with numbers",
    "written for this corpus in the way new users type their own notes (the ELU as in arxiv.org/abs/1511.07289)",
    "", r"""
# ELU derivative (phone)

f(x) = x  for x > 0
f(x) = α(eˣ − 1)  for x ≤ 0

for x ≤ 0: f′(x) = αeˣ
and αeˣ = α(eˣ − 1) + α so f′(x) = f(x) + α   (cheap, reuse the forward value)
for x > 0 f′(x) = 1, so with α = 1 the two sides meet at 0: f′(0) = α·e⁰ = 1

α = 1, x = −1:
f(−1) = e⁻¹ − 1 ≈ −0.6321
f′(−1) = f(−1) + 1 ≈ 0.3679
hence the gradient for very negative x goes to 0 but f → −α (saturates at −1)
""", r"and αeˣ = α(eˣ − 1) + α so f′(x) = f(x) + α", r"and αeˣ = α(eˣ − 1) − α so f′(x) = f(x) − α",
    "sign slip: alpha e^x written alpha (e^x - 1) - alpha")

add("temperature-softmax-two-class-phone",
    "A student's notes: a two-class softmax with temperature T as a sigmoid of the scaled difference and its derivative (the temperature of Hinton, Vinyals and Dean, Distilling the Knowledge in a Neural Network, 2015, section 2), typed on a phone in Unicode inside Markdown, with numbers",
    "written for this corpus in the way new users type their own notes (the tempered softmax as in arxiv.org/abs/1503.02531)",
    "", r"""
# softmax w/ temperature, 2 classes

p₁ = e^(z₁/T) / (e^(z₁/T) + e^(z₂/T))
divide top and bottom by e^(z₁/T):
p₁ = 1/(1 + e^((z₂ − z₁)/T)) = σ((z₁ − z₂)/T)

so ∂p₁/∂z₁ = σ′((z₁ − z₂)/T) · 1/T = p₁(1 − p₁)/T
bigger T → softer probs and smaller gradients

z₁ = 2, z₂ = 0, T = 2:
(z₁ − z₂)/T = 1
p₁ = σ(1) ≈ 0.7311
∂p₁/∂z₁ = 0.7311·0.2689/2 ≈ 0.0983
""", r"so ∂p₁/∂z₁ = σ′((z₁ − z₂)/T) · 1/T = p₁(1 − p₁)/T", r"so ∂p₁/∂z₁ = σ′((z₁ − z₂)/T) = p₁(1 − p₁)",
    "chain-rule factor forgotten: the inner derivative 1/T dropped")

add("exponential-lr-decay-ascii",
    "A student's notes: exponential learning-rate decay lr(t) = lr0 * gamma^t, its half-life and the rate after a few epochs (as in PyTorch's ExponentialLR), typed in plain ASCII inside Markdown, with numbers",
    "written for this corpus in the way new users type their own notes (ExponentialLR as documented at pytorch.org/docs/stable/generated/torch.optim.lr_scheduler.ExponentialLR.html)",
    "", r"""
# exponential lr decay - quick notes

lr(t) = lr0 * gamma^t   (t = epoch, gamma < 1)

half life h: lr(h) = lr0/2 => gamma^h = 1/2 => h = ln(2)/ln(1/gamma)

lr0 = 0.1, gamma = 0.95

h = ln(2)/ln(1/0.95) = 13.513 epochs, so the rate halves about every 13.5 epochs

after 10 epochs: lr(10) = 0.1 * 0.95^10 = 0.059874

sanity: ratio lr(t+1)/lr(t) = gamma = 0.95 every epoch, so log(lr) is a straight line in t
""", r"lr(10) = 0.1 * 0.95^10 = 0.059874", r"lr(10) = 0.1 * 0.95^9 = 0.059874",
    "off-by-one: ten epochs of decay written 0.95^9 (the value kept from 0.95^10)")

add("cauchy-loss-derivative-ascii",
    "A student's notes: the Cauchy (Lorentzian) robust loss rho(r) = (c^2/2) log(1 + (r/c)^2), its derivative and the IRLS weight (as in Barron, A General and Adaptive Robust Loss Function, CVPR 2019, the alpha = 0 case), typed in plain ASCII inside Markdown, with numbers",
    "written for this corpus in the way new users type their own notes (the Cauchy loss as in arxiv.org/abs/1701.03077)",
    "", r"""
# cauchy loss, derivative

rho(r) = (c^2/2) * log(1 + (r/c)^2)

d/dr: chain rule, inner derivative of (r/c)^2 is 2r/c^2
rho'(r) = (c^2/2) * 1/(1 + (r/c)^2) * 2r/c^2 = r/(1 + (r/c)^2)

so for small r it's ~ r (like L2) and for big r it goes like c^2/r -> 0, outliers get ignored
IRLS weight w(r) = rho'(r)/r = 1/(1 + r^2/c^2)

c = 1, r = 2:
rho(2) = 0.5*log(5) = 0.80472
rho'(2) = 2/(1 + 4) = 0.4
w(2) = 0.2
""", r"= r/(1 + (r/c)^2)", r"= 2*r/(1 + (r/c)^2)",
    "dropped factor: the 1/2 of c^2/2 not cancelled against the 2 of 2r/c^2")

add("tanh-through-exp-engine-syntax",
    "A student's notes: tanh written through exp, its derivative 4/(e^x + e^-x)^2 and 1 - tanh^2 (the definition of tanh as in Goodfellow et al., Deep Learning, 6.3.2), typed in the engine's syntax (diff(...)) inside Markdown, with numbers",
    "written for this corpus in the way new users type their own notes (tanh' = 1 - tanh^2 as in deeplearningbook.org/contents/mlp.html)",
    "", r"""
# tanh via exp - gradlab syntax

tanh(x) = (exp(x) - exp(-x))/(exp(x) + exp(-x))

quotient rule, numerator of the derivative: (exp(x) + exp(-x))^2 - (exp(x) - exp(-x))^2 = 4

diff((exp(x) - exp(-x))/(exp(x) + exp(-x)), x) = 4/(exp(x) + exp(-x))^2

which is the same as 1 - tanh(x)^2:

1 - (exp(x) - exp(-x))^2/(exp(x) + exp(-x))^2 = 4/(exp(x) + exp(-x))^2

at x = 0.5: 4/(exp(0.5) + exp(-0.5))^2 = 0.78645 and tanh(0.5) = 0.46212
""", r"diff((exp(x) - exp(-x))/(exp(x) + exp(-x)), x) = 4/(exp(x) + exp(-x))^2", r"diff((exp(x) - exp(-x))/(exp(x) + exp(-x)), x) = 2/(exp(x) + exp(-x))^2",
    "dropped factor: the quotient rule's numerator 4 written 2")
