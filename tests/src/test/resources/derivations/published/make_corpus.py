# (name, source line, text, (find, replace)) ; the replace goes into the first line containing find
C = []
def add(name, src, text, find, repl):
    C.append((name, src, text.strip('\n') + '\n', find, repl))

add("nielsen2-bp1-quadratic", "Nielsen, Neural Networks and Deep Learning, ch. 2 (BP1 for the quadratic cost)", r"""
# BP1 for one output neuron with the quadratic cost

The output activation is $a^L = \sigma(z^L)$ and the cost is $C = \frac{1}{2}(y - a^L)^2$.

$$\frac{\partial C}{\partial a^L} = a^L - y$$

$$\delta^L = \frac{\partial C}{\partial z^L} = \frac{\partial C}{\partial a^L} \sigma'(z^L)$$

$$\delta^L = (a^L - y)\sigma'(z^L)$$
""", r"$$\frac{\partial C}{\partial a^L} = a^L - y$$", r"$$\frac{\partial C}{\partial a^L} = y - a^L$$")

add("nielsen2-bp3-bp4", "Nielsen ch. 2 (BP3, BP4 for one neuron)", r"""
# BP3 and BP4 for one weight

Let $z^l = w^l a^{l-1} + b^l$ and $a^l = \sigma(z^l)$, with $C$ a function of $a^l$ only through $z^l$.

$$\frac{\partial z^l}{\partial b^l} = 1$$

$$\frac{\partial z^l}{\partial w^l} = a^{l-1}$$

$$\frac{\partial a^l}{\partial z^l} = \sigma'(z^l)$$
""", r"$$\frac{\partial z^l}{\partial w^l} = a^{l-1}$$", r"$$\frac{\partial z^l}{\partial w^l} = w^l$$")

add("nielsen2-sigmoid-prime", "Nielsen ch. 2/3 (σ'(z) = σ(z)(1 − σ(z)))", r"""
# The derivative of the sigmoid

$$\sigma(z) = \frac{1}{1 + e^{-z}}$$

$$\sigma'(z) = \frac{e^{-z}}{(1 + e^{-z})^2}$$

$$\sigma'(z) = \sigma(z)(1 - \sigma(z))$$

At $z = 0$:

$$\sigma'(0) = \frac{1}{4}$$
""", r"$$\sigma'(0) = \frac{1}{4}$$", r"$$\sigma'(0) = \frac{1}{2}$$")

add("nielsen3-cross-entropy", "Nielsen ch. 3 (cross-entropy: ∂C/∂w_j = x_j(σ(z) − y))", r"""
# Cross-entropy for one sigmoid neuron

With $z = w_1 x_1 + w_2 x_2 + b$ and $a = \sigma(z)$ the cost is

$$C = -(y \ln a + (1 - y)\ln(1 - a))$$

$$\frac{\partial C}{\partial a} = -\frac{y}{a} + \frac{1 - y}{1 - a}$$

$$\frac{\partial C}{\partial w_1} = x_1(\sigma(z) - y)$$

$$\frac{\partial C}{\partial b} = \sigma(z) - y$$
""", r"$$\frac{\partial C}{\partial b} = \sigma(z) - y$$", r"$$\frac{\partial C}{\partial b} = y - \sigma(z)$$")

add("nielsen3-quadratic-slowdown", "Nielsen ch. 3 (learning slowdown with the quadratic cost)", r"""
# Why the quadratic cost learns slowly

One neuron with input $x = 1$ and output $y = 0$: $a = \sigma(z)$ with $z = w x + b$, and

$$C = \frac{(y - a)^2}{2}$$

$$\frac{\partial C}{\partial w} = (a - y)\sigma'(z) x$$

$$\frac{\partial C}{\partial b} = (a - y)\sigma'(z)$$
""", r"$$\frac{\partial C}{\partial b} = (a - y)\sigma'(z)$$", r"$$\frac{\partial C}{\partial b} = (a - y)\sigma(z)$$")

add("nielsen3-softmax-two", "Nielsen ch. 3 (softmax output layer, two outputs)", r"""
# Softmax with two outputs

$$a_1 = \frac{e^{z_1}}{e^{z_1} + e^{z_2}}$$

$$a_2 = \frac{e^{z_2}}{e^{z_1} + e^{z_2}}$$

$$a_1 + a_2 = 1$$

$$\frac{\partial a_1}{\partial z_1} = a_1(1 - a_1)$$

$$\frac{\partial a_1}{\partial z_2} = -a_1 a_2$$
""", r"$$\frac{\partial a_1}{\partial z_2} = -a_1 a_2$$", r"$$\frac{\partial a_1}{\partial z_2} = a_1 a_2$$")

add("nielsen3-log-likelihood", "Nielsen ch. 3 (softmax with the log-likelihood cost)", r"""
# Log-likelihood with a softmax of two outputs, correct class 1

$$a_1 = \frac{e^{z_1}}{e^{z_1} + e^{z_2}}$$

$$C = -\ln a_1$$

$$\frac{\partial C}{\partial z_1} = a_1 - 1$$

$$\frac{\partial C}{\partial z_2} = \frac{e^{z_2}}{e^{z_1} + e^{z_2}}$$
""", r"$$\frac{\partial C}{\partial z_1} = a_1 - 1$$", r"$$\frac{\partial C}{\partial z_1} = 1 - a_1$$")

add("nielsen5-vanishing", "Nielsen ch. 5 (the vanishing gradient: a chain of single neurons)", r"""
# A chain of three neurons

$z_1 = w_1 x + b_1$, $a_1 = \sigma(z_1)$, $z_2 = w_2 a_1 + b_2$, $a_2 = \sigma(z_2)$, $z_3 = w_3 a_2 + b_3$, $a_3 = \sigma(z_3)$, and $C = \frac{1}{2}(a_3 - y)^2$.

$$\frac{\partial C}{\partial b_3} = (a_3 - y)\sigma'(z_3)$$

$$\frac{\partial C}{\partial b_2} = \sigma'(z_2) w_3 \sigma'(z_3) (a_3 - y)$$

$$\frac{\partial C}{\partial b_1} = \sigma'(z_1) w_2 \sigma'(z_2) w_3 \sigma'(z_3) (a_3 - y)$$
""", r"$$\frac{\partial C}{\partial b_1} = \sigma'(z_1) w_2 \sigma'(z_2) w_3 \sigma'(z_3) (a_3 - y)$$", r"$$\frac{\partial C}{\partial b_1} = \sigma'(z_1) w_1 \sigma'(z_2) w_3 \sigma'(z_3) (a_3 - y)$$")

add("nielsen5-sigma-prime-bound", "Nielsen ch. 5 (σ' peaks at 1/4)", r"""
# The largest value of σ'

$$\sigma'(z) = \sigma(z)(1 - \sigma(z))$$

At $z = 0$:

$$\sigma(0) = \frac{1}{2}$$

$$\sigma'(0) = \frac{1}{2} \cdot \frac{1}{2} = \frac{1}{4}$$

$$\sigma'(0) \approx 0.25$$
""", r"$$\sigma'(0) \approx 0.25$$", r"$$\sigma'(0) \approx 0.35$$")

add("cs231n-simple-circuit", "CS231n notes, Backpropagation, intuitions (f = (x + y) z)", r"""
# f(x, y, z) = (x + y) z

Let $q = x + y$ and $f = q z$.

$$\frac{\partial f}{\partial q} = z$$

$$\frac{\partial q}{\partial x} = 1$$

$$\frac{\partial f}{\partial x} = \frac{\partial f}{\partial q}\frac{\partial q}{\partial x} = z$$

At $x = -2$, $y = 5$, $z = -4$:

$$q = 3$$

$$f = -12$$
""", r"$$f = -12$$", r"$$f = -15$$")

add("cs231n-sigmoid-neuron", "CS231n notes (2-d neuron with a sigmoid, gradient on the dot product)", r"""
# A sigmoid neuron

$$f(w, x) = \frac{1}{1 + e^{-(w_0 x_0 + w_1 x_1 + w_2)}}$$

With $w_0 = 2$, $x_0 = -1$, $w_1 = -3$, $x_1 = -2$, $w_2 = -3$:

$$w_0 x_0 + w_1 x_1 + w_2 = 1$$

$$\sigma(1) \approx 0.73$$

$$(1 - 0.73) \cdot 0.73 \approx 0.2$$
""", r"$$(1 - 0.73) \cdot 0.73 \approx 0.2$$", r"$$(1 - 0.73) \cdot 0.73 \approx 0.3$$")

add("cs231n-sigmoid-derivative", "CS231n notes (dσ(x)/dx = (1 − σ(x)) σ(x))", r"""
# The sigmoid's local gradient

$$\sigma(x) = \frac{1}{1 + e^{-x}}$$

$$\frac{d\sigma(x)}{dx} = \frac{e^{-x}}{(1 + e^{-x})^2}$$

$$\frac{d\sigma(x)}{dx} = \left(\frac{1 + e^{-x} - 1}{1 + e^{-x}}\right)\left(\frac{1}{1 + e^{-x}}\right)$$

$$\frac{d\sigma(x)}{dx} = (1 - \sigma(x))\sigma(x)$$
""", r"$$\frac{d\sigma(x)}{dx} = (1 - \sigma(x))\sigma(x)$$", r"$$\frac{d\sigma(x)}{dx} = (1 + \sigma(x))\sigma(x)$$")

add("cs231n-staged", "CS231n notes (staged computation: f = (x + σ(y)) / (σ(x) + (x + y)^2))", r"""
# Backprop in practice: staged computation

Let $s_y = \sigma(y)$, $n = x + s_y$, $s_x = \sigma(x)$, $q = x + y$, $d = s_x + q^2$, $v = \frac{1}{d}$ and $f = n v$.

$$\frac{\partial f}{\partial n} = v$$

$$\frac{\partial f}{\partial v} = n$$

$$\frac{\partial v}{\partial d} = -\frac{1}{d^2}$$

$$\frac{\partial d}{\partial q} = 2 q$$

$$\frac{\partial n}{\partial s_y} = 1$$
""", r"$$\frac{\partial v}{\partial d} = -\frac{1}{d^2}$$", r"$$\frac{\partial v}{\partial d} = \frac{1}{d^2}$$")

add("cs231n-max-gate", "CS231n notes (add, multiply and max gates)", r"""
# Gates

Let $f = x y$ and $g = x + y$.

$$\frac{\partial f}{\partial x} = y$$

$$\frac{\partial f}{\partial y} = x$$

$$\frac{\partial g}{\partial x} = 1$$

At $x = 4$, $y = -3$:

$$\frac{\partial f}{\partial x} = -3$$
""", r"$$\frac{\partial f}{\partial x} = -3$$", r"$$\frac{\partial f}{\partial x} = 4$$")

add("d2l-sigmoid-tanh", "d2l.ai 5.1 (derivatives of sigmoid and tanh)", r"""
# Activation functions

$$\operatorname{sigmoid}(x) = \frac{1}{1 + \exp(-x)}$$

$$\frac{d}{dx} \sigma(x) = \frac{\exp(-x)}{(1 + \exp(-x))^2} = \sigma(x)(1 - \sigma(x))$$

$$\frac{d}{dx} \tanh(x) = 1 - \tanh^2(x)$$

$$\tanh(x) = 2\sigma(2x) - 1$$
""", r"$$\frac{d}{dx} \tanh(x) = 1 - \tanh^2(x)$$", r"$$\frac{d}{dx} \tanh(x) = 1 + \tanh^2(x)$$")

add("d2l-softmax-ce", "d2l.ai 4.1 (softmax regression: ∂_o l = softmax(o) − y), two classes", r"""
# Softmax and cross-entropy, two classes, label $y_1 = 1$, $y_2 = 0$

$$\hat{y}_1 = \frac{\exp(o_1)}{\exp(o_1) + \exp(o_2)}$$

$$l = -\log \hat{y}_1$$

$$l = \log(\exp(o_1) + \exp(o_2)) - o_1$$

$$\frac{\partial l}{\partial o_1} = \hat{y}_1 - 1$$
""", r"$$l = \log(\exp(o_1) + \exp(o_2)) - o_1$$", r"$$l = \log(\exp(o_1) + \exp(o_2)) + o_1$$")

add("d2l-relu-pred", "d2l.ai 5.1 (ReLU and its derivative for x > 0)", r"""
# ReLU

For $x > 0$:

$$\max(x, 0) = x$$

$$\frac{d}{dx} \max(x, 0) = 1$$
""", r"$$\frac{d}{dx} \max(x, 0) = 1$$", r"$$\frac{d}{dx} \max(x, 0) = 0$$")

add("d2l-linreg-grad", "d2l.ai 3.1 (linear regression: squared loss and its gradient)", r"""
# Squared loss for one example

$$l = \frac{1}{2}(w x + b - y)^2$$

$$\frac{\partial l}{\partial w} = x(w x + b - y)$$

$$\frac{\partial l}{\partial b} = w x + b - y$$

A step with learning rate $\eta$:

$$w - \eta \frac{\partial l}{\partial w} = w - \eta x (w x + b - y)$$
""", r"$$\frac{\partial l}{\partial w} = x(w x + b - y)$$", r"$$\frac{\partial l}{\partial w} = w(w x + b - y)$$")

add("goodfellow-sigmoid-props", "Goodfellow et al., Deep Learning, eqs. 3.33–3.41 (sigmoid and softplus)", r"""
# Useful properties of the logistic sigmoid and softplus

$$\sigma(x) = \frac{\exp(x)}{\exp(x) + \exp(0)}$$

$$\frac{d}{dx}\sigma(x) = \sigma(x)(1 - \sigma(x))$$

$$1 - \sigma(x) = \sigma(-x)$$

$$\log \sigma(x) = -\log(1 + \exp(-x))$$

$$\frac{d}{dx} \log(1 + \exp(x)) = \sigma(x)$$
""", r"$$1 - \sigma(x) = \sigma(-x)$$", r"$$1 - \sigma(x) = -\sigma(x)$$")

add("goodfellow-softplus", "Goodfellow et al. 3.10 (softplus ζ(x) = log(1 + exp(x)))", r"""
# Softplus

$$\zeta(x) = \log(1 + \exp(x))$$

$$\zeta(x) - \zeta(-x) = x$$

$$\log(1 + \exp(x)) - \log(1 + \exp(-x)) = x$$
""", r"$$\log(1 + \exp(x)) - \log(1 + \exp(-x)) = x$$", r"$$\log(1 + \exp(x)) - \log(1 + \exp(-x)) = 2x$$")

add("parr-howard-sin-x2", "Parr & Howard, The Matrix Calculus You Need for Deep Learning (y = sin(x²))", r"""
# Single-variable chain rule: $y = \sin(x^2)$

Introduce $u = x^2$, so that $y = \sin(u)$.

$$\frac{du}{dx} = 2x$$

$$\frac{dy}{du} = \cos(u)$$

$$\frac{dy}{dx} = \frac{dy}{du}\frac{du}{dx} = \cos(u) 2x = 2x\cos(x^2)$$
""", r"$$\frac{dy}{du} = \cos(u)$$", r"$$\frac{dy}{du} = -\cos(u)$$")

add("parr-howard-ln-sin", "Parr & Howard (y = ln(sin(x³)²), four intermediates)", r"""
# $y = \ln(\sin(x^3)^2)$

Let $u_1 = x^3$, $u_2 = \sin(u_1)$, $u_3 = u_2^2$ and $y = \ln(u_3)$.

$$\frac{du_1}{dx} = 3x^2$$

$$\frac{du_2}{du_1} = \cos(u_1)$$

$$\frac{du_3}{du_2} = 2u_2$$

$$\frac{dy}{du_3} = \frac{1}{u_3}$$

$$\frac{dy}{dx} = \frac{6x^2\cos(x^3)}{\sin(x^3)}$$
""", r"$$\frac{du_3}{du_2} = 2u_2$$", r"$$\frac{du_3}{du_2} = u_2$$")

add("parr-howard-total", "Parr & Howard (total derivative: y = x + x², u₁ = x², u₂ = x + u₁)", r"""
# The total-derivative chain rule

Let $u_1 = x^2$ and $u_2 = x + u_1$, and $y = u_2$.

$$\frac{\partial u_2}{\partial x} = 1$$

$$\frac{\partial u_2}{\partial u_1} = 1$$

$$\frac{dy}{dx} = 1 + 2x$$
""", r"$$\frac{dy}{dx} = 1 + 2x$$", r"$$\frac{dy}{dx} = 1 + x$$")

add("parr-howard-neuron", "Parr & Howard (gradient of a neuron activation with max)", r"""
# A neuron with a ReLU, for $z > 0$

Let $z = w x + b$ and $activation = \max(0, z)$. For $w x + b > 0$:

$$\frac{\partial z}{\partial w} = x$$

$$\frac{\partial z}{\partial b} = 1$$
""", r"$$\frac{\partial z}{\partial b} = 1$$", r"$$\frac{\partial z}{\partial b} = x$$")

add("gelu-tanh", "Hendrycks & Gimpel, GELU (tanh approximation; numbers)", r"""
# GELU, approximated

$$\operatorname{GELU}(x) \approx 0.5x\left(1 + \tanh\left[\sqrt{2/\pi}\left(x + 0.044715x^3\right)\right]\right)$$

At $x = 1$:

$$0.5 \cdot 1 \cdot (1 + \tanh(0.7978846 \cdot 1.044715)) \approx 0.8412$$

$$x \sigma(1.702 x) \approx 0.8458$$
""", r"$$x \sigma(1.702 x) \approx 0.8458$$", r"$$x \sigma(1.702 x) \approx 0.8858$$")

add("swish-derivative", "Ramachandran, Zoph & Le, Searching for Activation Functions (Swish f'(x))", r"""
# Swish

Let $f(x) = x \sigma(\beta x)$.

$$f'(x) = \sigma(\beta x) + \beta x \sigma(\beta x)(1 - \sigma(\beta x))$$

$$f'(x) = \beta f(x) + \sigma(\beta x)(1 - \beta f(x))$$
""", r"$$f'(x) = \beta f(x) + \sigma(\beta x)(1 - \beta f(x))$$", r"$$f'(x) = \beta f(x) + \sigma(\beta x)(1 + \beta f(x))$$")

add("adam-bias-correction", "Kingma & Ba, Adam (first step with bias correction, numbers)", r"""
# The first Adam step

With $\beta_1 = 0.9$, $\beta_2 = 0.999$, $m_0 = 0$, $v_0 = 0$ and a gradient $g_1 = 0.5$:

$$m_1 = \beta_1 m_0 + (1 - \beta_1) g_1 = 0.05$$

$$v_1 = \beta_2 v_0 + (1 - \beta_2) g_1^2 = 0.00025$$

$$\hat{m}_1 = \frac{m_1}{1 - \beta_1} = 0.5$$

$$\hat{v}_1 = \frac{v_1}{1 - \beta_2} = 0.25$$

$$\frac{\hat{m}_1}{\sqrt{\hat{v}_1}} = 1$$
""", r"$$\hat{v}_1 = \frac{v_1}{1 - \beta_2} = 0.25$$", r"$$\hat{v}_1 = \frac{v_1}{1 - \beta_2} = 0.025$$")

add("adam-bias-symbolic", "Kingma & Ba, Adam §3 (bias correction at t = 1 is exact)", r"""
# Why $\hat{m}_1 = g_1$

Let $m_1 = \beta_1 m_0 + (1 - \beta_1) g_1$ with $m_0 = 0$.

$$\frac{m_1}{1 - \beta_1} = g_1$$

$$\frac{(1 - \beta_1) g_1}{1 - \beta_1} = g_1$$
""", r"$$\frac{(1 - \beta_1) g_1}{1 - \beta_1} = g_1$$", r"$$\frac{(1 - \beta_1) g_1}{1 - \beta_1} = \beta_1 g_1$$")

add("batchnorm-scalar", "Ioffe & Szegedy, Batch Normalization (scale and shift gradients)", r"""
# Batch normalization of one activation, mean and variance held fixed

Let $\hat{x} = \frac{x - \mu}{\sqrt{\sigma^2 + \epsilon}}$ and $y = \gamma \hat{x} + \beta$.

$$\frac{\partial y}{\partial \gamma} = \hat{x}$$

$$\frac{\partial y}{\partial \beta} = 1$$

$$\frac{\partial y}{\partial x} = \frac{\gamma}{\sqrt{\sigma^2 + \epsilon}}$$
""", r"$$\frac{\partial y}{\partial x} = \frac{\gamma}{\sqrt{\sigma^2 + \epsilon}}$$", r"$$\frac{\partial y}{\partial x} = \frac{\gamma}{\sigma^2 + \epsilon}$$")

add("batchnorm-numbers", "Ioffe & Szegedy (a mini-batch of two, numbers)", r"""
# A mini-batch $x_1 = 1$, $x_2 = 3$

$$\mu = \frac{1 + 3}{2} = 2$$

$$\sigma^2 = \frac{(1 - 2)^2 + (3 - 2)^2}{2} = 1$$

$$\frac{3 - 2}{\sqrt{1 + 0.001}} \approx 0.9995$$
""", r"$$\sigma^2 = \frac{(1 - 2)^2 + (3 - 2)^2}{2} = 1$$", r"$$\sigma^2 = \frac{(1 - 2)^2 + (3 - 2)^2}{2} = 2$$")

add("lstm-cell", "Hochreiter & Schmidhuber; Olah's LSTM notes (scalar cell)", r"""
# The LSTM cell state, one unit

Let $c_t = f_t c_{t-1} + i_t \tilde{c}_t$ and $h_t = o_t \tanh(c_t)$.

$$\frac{\partial c_t}{\partial c_{t-1}} = f_t$$

$$\frac{\partial c_t}{\partial i_t} = \tilde{c}_t$$

$$\frac{\partial h_t}{\partial c_t} = o_t(1 - \tanh^2(c_t))$$

$$\frac{\partial h_t}{\partial o_t} = \tanh(c_t)$$
""", r"$$\frac{\partial h_t}{\partial c_t} = o_t(1 - \tanh^2(c_t))$$", r"$$\frac{\partial h_t}{\partial c_t} = o_t(1 - \tanh(c_t))$$")

add("lstm-gates", "LSTM gates (σ and tanh derivatives, as students write them)", r"""
# Gate derivatives

Let $f_t = \sigma(u)$ and $g = \tanh(v)$.

$$\frac{\partial f_t}{\partial u} = f_t(1 - f_t)$$

$$\frac{\partial g}{\partial v} = 1 - g^2$$

$$\frac{d}{dv} \tanh v = \frac{1}{\cosh^2 v}$$
""", r"$$\frac{\partial g}{\partial v} = 1 - g^2$$", r"$$\frac{\partial g}{\partial v} = 1 - g$$")

add("glorot-uniform", "Glorot & Bengio 2010 (normalized initialization, numbers)", r"""
# Normalized initialization

The variance of $U[-a, a]$ is $\frac{a^2}{3}$; setting it to $\frac{2}{n_j + n_{j+1}}$:

$$\frac{a^2}{3} = \frac{2}{n_j + n_{j+1}}$$

For $n_j = 256$ and $n_{j+1} = 256$:

$$a = \frac{\sqrt{6}}{\sqrt{256 + 256}} \approx 0.108$$
""", r"$$a = \frac{\sqrt{6}}{\sqrt{256 + 256}} \approx 0.108$$", r"$$a = \frac{\sqrt{6}}{\sqrt{256 + 256}} \approx 0.153$$")

add("he-init", "He et al. 2015 (Var[w] = 2/n_l, numbers)", r"""
# He initialization

$$\frac{1}{2} n_l \mathrm{Var}[w_l] = 1$$

For $n_l = 512$:

$$\sqrt{\frac{2}{512}} = 0.0625$$

$$\sqrt{\frac{2}{3 \cdot 3 \cdot 64}} \approx 0.059$$
""", r"$$\sqrt{\frac{2}{512}} = 0.0625$$", r"$$\sqrt{\frac{2}{512}} = 0.0442$$")

add("vae-kl", "Kingma & Welling, Auto-Encoding Variational Bayes, App. B (KL term, one dimension)", r"""
# The KL term for one latent dimension

Here $\sigma$ is the standard deviation of the encoder.

$$D_{KL} = \frac{1}{2}(\mu^2 + \sigma^2 - \log \sigma^2 - 1)$$

$$\frac{\partial D_{KL}}{\partial \mu} = \mu$$

$$\frac{\partial D_{KL}}{\partial \sigma} = \sigma - \frac{1}{\sigma}$$
""", r"$$\frac{\partial D_{KL}}{\partial \sigma} = \sigma - \frac{1}{\sigma}$$", r"$$\frac{\partial D_{KL}}{\partial \sigma} = \sigma - \frac{2}{\sigma}$$")

add("softmax-ce-three", "softmax + cross-entropy, three classes (as in the CS231n linear classifier notes)", r"""
# Three classes, correct class 1

$$p_1 = \frac{e^{f_1}}{e^{f_1} + e^{f_2} + e^{f_3}}$$

$$L = -\log p_1$$

$$\frac{\partial L}{\partial f_1} = p_1 - 1$$

$$\frac{\partial L}{\partial f_2} = \frac{e^{f_2}}{e^{f_1} + e^{f_2} + e^{f_3}}$$
""", r"$$\frac{\partial L}{\partial f_2} = \frac{e^{f_2}}{e^{f_1} + e^{f_2} + e^{f_3}}$$", r"$$\frac{\partial L}{\partial f_2} = \frac{e^{f_1}}{e^{f_1} + e^{f_2} + e^{f_3}}$$")

add("rnn-bptt", "RNN backpropagation through time (scalar, tanh)", r"""
# One step back in time

Let $h_t = \tanh(w h_{t-1} + u x_t)$.

$$\frac{\partial h_t}{\partial h_{t-1}} = w(1 - h_t^2)$$

$$\frac{\partial h_t}{\partial u} = x_t(1 - h_t^2)$$
""", r"$$\frac{\partial h_t}{\partial u} = x_t(1 - h_t^2)$$", r"$$\frac{\partial h_t}{\partial u} = x_t(1 - h_t)^2$$")

add("rnn-bptt-two", "RNN BPTT over two steps (scalar, tanh)", r"""
# Two steps

Let $h_1 = \tanh(w h_0 + u x_1)$ and $h_2 = \tanh(w h_1 + u x_2)$.

$$\frac{\partial h_2}{\partial h_1} = w(1 - h_2^2)$$

$$\frac{\partial h_2}{\partial h_0} = w(1 - h_2^2) w (1 - h_1^2)$$
""", r"$$\frac{\partial h_2}{\partial h_0} = w(1 - h_2^2) w (1 - h_1^2)$$", r"$$\frac{\partial h_2}{\partial h_0} = w(1 - h_2^2)(1 - h_1^2)$$")

add("mazur-forward", "Mazur, A Step by Step Backpropagation Example (forward pass)", r"""
# Forward pass

$$net_{h1} = 0.15 \cdot 0.05 + 0.2 \cdot 0.1 + 0.35 \cdot 1 = 0.3775$$

$$out_{h1} = \frac{1}{1 + e^{-0.3775}} = 0.593269992$$

$$net_{o1} = 0.4 \cdot 0.593269992 + 0.45 \cdot 0.596884378 + 0.6 \cdot 1 = 1.105905967$$

$$out_{o1} = \frac{1}{1 + e^{-1.105905967}} = 0.75136507$$

$$E_{o1} = \frac{1}{2}(0.01 - 0.75136507)^2 = 0.274811083$$
""", r"$$net_{o1} = 0.4 \cdot 0.593269992 + 0.45 \cdot 0.596884378 + 0.6 \cdot 1 = 1.105905967$$", r"$$net_{o1} = 0.4 \cdot 0.593269992 + 0.45 \cdot 0.596884378 + 0.6 \cdot 1 = 1.205905967$$")

add("mazur-backward", "Mazur, A Step by Step Backpropagation Example (output layer)", r"""
# Backward pass, output layer

$$\frac{\partial E_{total}}{\partial out_{o1}} = -(0.01 - 0.75136507) = 0.74136507$$

$$\frac{\partial out_{o1}}{\partial net_{o1}} = 0.75136507(1 - 0.75136507) = 0.186815602$$

$$0.74136507 \cdot 0.186815602 \cdot 0.593269992 = 0.082167041$$

$$w_5^+ = 0.4 - 0.5 \cdot 0.082167041 = 0.35891648$$
""", r"$$w_5^+ = 0.4 - 0.5 \cdot 0.082167041 = 0.35891648$$", r"$$w_5^+ = 0.4 + 0.5 \cdot 0.082167041 = 0.35891648$$")

import os, sys
out = sys.argv[1]
rows = []
for name, src, text, find, repl in C:
    assert text.count(find) >= 1, name
    lines = text.split('\n')
    idx = next(i for i, l in enumerate(lines) if find in l)
    broken = lines[:]
    broken[idx] = broken[idx].replace(find, repl, 1)
    assert broken != lines, name
    open(os.path.join(out, name + '.md'), 'w').write(text)
    open(os.path.join(out, name + '.broken.md'), 'w').write('\n'.join(broken))
    rows.append(f"{name}\t{idx + 1}\t{src}")
open(os.path.join(out, 'expected.tsv'), 'w').write(
    "# file stem, line of the planted error in STEM.broken.md (STEM.md is correct), source\n"
    + '\n'.join(rows) + '\n')
print(len(rows))
