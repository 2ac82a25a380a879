# A twenty-fifth held-out set (issue 12, branch held25): eight passages the corpus did not hold
# before and that the checker had never been run on, transcribed from published texts in their own
# notation (LaTeX in Markdown): Ho, Jain and Abbeel (2020) (the forward process in closed form,
# eqs. (2) and (4), with alpha_t and alpha-bar_t), Freund and Schapire's AdaBoost (the choice of
# alpha_t that minimizes the normalization factor Z_t), Bishop's PRML (Bayesian inference for the
# mean of a Gaussian, 2.3.6, eqs. (2.141)-(2.142)), Widrow and Hoff's LMS rule (in Widrow and
# Stearns's notation: epsilon_k, W_k, X_k, the gradient estimate and 2 mu), Su et al.'s RoFormer
# (the rotary position embedding in 2D, relative position through m - n), Jacobs, Jordan, Nowlan and
# Hinton (1991) (the mixture-of-experts error and its derivative), Smith (2017) (the triangular
# cyclical learning rate, with floor, absolute value and max) and Dinh, Sohl-Dickstein and Bengio
# (2017) (the affine coupling layer of Real NVP, eqs. (4)-(5) and its inverse). The DDPM, AdaBoost,
# cyclical-rate and Real NVP notation was compared with stored pages found by search (tutorials
# and notes quoting the papers' formulas); the others are recalled from the texts, in their
# notation. The worked numbers are added as readers work them out. Each broken file has one
# planted error of a kind students make. Every number and identity was checked in Python. Read by
# make_transcribed.py after sources_held_out24.py.

add("ho-ddpm-forward-marginal",
    "Ho, Jain and Abbeel, Denoising Diffusion Probabilistic Models (NeurIPS 2020), 2 Background (the forward process (2) and its closed form (4) with alpha_t := 1 - beta_t and alpha-bar_t := prod alpha_s), the two-step composition of the noise, with numbers",
    "https://arxiv.org/abs/2006.11239",
    "the paper's notation (q, x_t, beta_t, alpha_t, alpha-bar_t, N); the two-step composition and the numbers are added as readers work them out", r"""
# The forward process in closed form

The forward process adds Gaussian noise to the data according to a variance schedule $\beta_1, \ldots, \beta_T$:

$$q(\mathbf{x}_t | \mathbf{x}_{t-1}) := \mathcal{N}(\mathbf{x}_t; \sqrt{1 - \beta_t} \mathbf{x}_{t-1}, \beta_t \mathbf{I}) \tag{2}$$

A notable property of the forward process is that it admits sampling $\mathbf{x}_t$ at an arbitrary timestep $t$ in closed form: using the notation $\alpha_t := 1 - \beta_t$ and $\bar{\alpha}_t := \prod_{s=1}^t \alpha_s$, we have

$$q(\mathbf{x}_t | \mathbf{x}_0) = \mathcal{N}(\mathbf{x}_t; \sqrt{\bar{\alpha}_t} \mathbf{x}_0, (1 - \bar{\alpha}_t) \mathbf{I}) \tag{4}$$

For two steps, $\mathbf{x}_2 = \sqrt{\alpha_2} \mathbf{x}_1 + \sqrt{1 - \alpha_2} \boldsymbol{\epsilon}_2$ with $\mathbf{x}_1 = \sqrt{\alpha_1} \mathbf{x}_0 + \sqrt{1 - \alpha_1} \boldsymbol{\epsilon}_1$, and the two independent noise terms merge into one Gaussian with variance

$$\alpha_2 (1 - \alpha_1) + (1 - \alpha_2) = 1 - \alpha_1 \alpha_2$$

With $\beta_1 = 0.1$ and $\beta_2 = 0.2$:

$$\bar{\alpha}_2 = 0.9 \cdot 0.8 = 0.72$$

$$\sqrt{\bar{\alpha}_2} = \sqrt{0.72} \approx 0.84853$$

$$0.8 \cdot 0.1 + 0.2 = 0.28 = 1 - 0.72$$

and the signal-to-noise ratio after two steps is

$$\frac{\bar{\alpha}_2}{1 - \bar{\alpha}_2} = \frac{0.72}{0.28} \approx 2.57143$$
""", r"= 1 - \alpha_1 \alpha_2$$", r"= 1 - \alpha_1$$",
    "dropped factor: the second step's alpha_2 left out of the merged variance")

add("freund-schapire-adaboost-alpha",
    "Freund and Schapire, A decision-theoretic generalization of on-line learning and an application to boosting (1997), and Schapire and Singer, Improved boosting algorithms using confidence-rated predictions (1999), 3 (the update D_{t+1}(i) = D_t(i) exp(-alpha_t y_i h_t(x_i)) / Z_t, the choice of alpha_t minimizing Z_t and Z_t = 2 sqrt(epsilon_t (1 - epsilon_t))), with numbers",
    "https://doi.org/10.1006/jcss.1997.1504",
    "the papers' notation (D_t, alpha_t, epsilon_t, Z_t, h_t, y_i, gamma_t); the derivative and the numbers are added as readers work them out", r"""
# Choosing alpha_t in AdaBoost

After round $t$ the distribution is updated as $D_{t+1}(i) = D_t(i) \exp(-\alpha_t y_i h_t(x_i)) / Z_t$, where $Z_t$ is a normalization factor. Since $y_i h_t(x_i) = +1$ on the examples $h_t$ classifies correctly and $-1$ on the others, and the weighted error of $h_t$ is $\epsilon_t$,

$$Z_t = (1 - \epsilon_t) e^{-\alpha_t} + \epsilon_t e^{\alpha_t}$$

The training error of the final hypothesis is at most $\prod_t Z_t$, so $\alpha_t$ is chosen to minimize $Z_t$:

$$\frac{\partial Z_t}{\partial \alpha_t} = -(1 - \epsilon_t) e^{-\alpha_t} + \epsilon_t e^{\alpha_t}$$

Setting this to zero gives $e^{2\alpha_t} = \frac{1 - \epsilon_t}{\epsilon_t}$, that is

$$\alpha_t = \frac{1}{2} \ln\left(\frac{1 - \epsilon_t}{\epsilon_t}\right)$$

and at this choice

$$Z_t = (1 - \epsilon_t) \sqrt{\frac{\epsilon_t}{1 - \epsilon_t}} + \epsilon_t \sqrt{\frac{1 - \epsilon_t}{\epsilon_t}} = 2 \sqrt{\epsilon_t (1 - \epsilon_t)}$$

For a weak hypothesis with $\epsilon_t = 0.2$:

$$\alpha_t = \frac{1}{2} \ln 4 = \ln 2 \approx 0.69315$$

$$Z_t = 2 \sqrt{0.2 \cdot 0.8} = 0.8$$

so each such round shrinks the bound on the training error by the factor $0.8$. Written with the edge $\gamma_t = \frac{1}{2} - \epsilon_t = 0.3$,

$$\sqrt{1 - 4 \gamma_t^2} = \sqrt{1 - 0.36} = 0.8$$
""", r"= -(1 - \epsilon_t) e^{-\alpha_t} + \epsilon_t e^{\alpha_t}$$", r"= (1 - \epsilon_t) e^{-\alpha_t} + \epsilon_t e^{\alpha_t}$$",
    "sign slip: the derivative of e^{-alpha_t} taken as e^{-alpha_t}")

add("bishop-prml-gaussian-mean-posterior",
    "Bishop, Pattern Recognition and Machine Learning (2006), 2.3.6 Bayesian inference for the Gaussian (the posterior mean (2.141) and precision (2.142) of the mean mu with known variance), with numbers",
    "https://www.microsoft.com/en-us/research/publication/pattern-recognition-machine-learning/",
    "the book's notation (mu_0, sigma_0^2, mu_N, sigma_N^2, mu_ML, N); the checks of the weights and the numbers are added as readers work them out", r"""
# Bayesian inference for the mean of a Gaussian

With a Gaussian prior $p(\mu) = \mathcal{N}(\mu | \mu_0, \sigma_0^2)$ on the mean and $N$ observations from a Gaussian of known variance $\sigma^2$, the posterior is $p(\mu | \mathbf{X}) = \mathcal{N}(\mu | \mu_N, \sigma_N^2)$ where

$$\mu_N = \frac{\sigma^2}{N \sigma_0^2 + \sigma^2} \mu_0 + \frac{N \sigma_0^2}{N \sigma_0^2 + \sigma^2} \mu_{\mathrm{ML}} \tag{2.141}$$

$$\frac{1}{\sigma_N^2} = \frac{1}{\sigma_0^2} + \frac{N}{\sigma^2} \tag{2.142}$$

in which $\mu_{\mathrm{ML}} = \frac{1}{N} \sum_{n=1}^N x_n$ is the maximum likelihood solution. The two weights in (2.141) sum to one,

$$\frac{\sigma^2}{N \sigma_0^2 + \sigma^2} + \frac{N \sigma_0^2}{N \sigma_0^2 + \sigma^2} = 1$$

and by (2.142) the posterior variance is

$$\sigma_N^2 = \frac{\sigma_0^2 \sigma^2}{N \sigma_0^2 + \sigma^2}$$

Take $\mu_0 = 0$, $\sigma_0^2 = 1$, $\sigma^2 = 4$ and $N = 4$ observations with mean $\mu_{\mathrm{ML}} = 2$. Then

$$\mu_N = \frac{4}{4 + 4} \cdot 0 + \frac{4}{4 + 4} \cdot 2 = 1$$

$$\frac{1}{\sigma_N^2} = 1 + \frac{4}{4} = 2$$

so $\sigma_N^2 = 0.5$: four observations halve the prior variance. As $N \to \infty$ the weight of the prior mean, here $\frac{4}{4N + 4}$, goes to zero.
""", r"$$\sigma_N^2 = \frac{\sigma_0^2 \sigma^2}{N \sigma_0^2 + \sigma^2}$$", r"$$\sigma_N^2 = \frac{\sigma_0^2 \sigma^2}{\sigma_0^2 + N \sigma^2}$$",
    "swapped terms: N multiplies the likelihood variance instead of the prior variance")

add("widrow-hoff-lms-rule",
    "Widrow and Hoff, Adaptive switching circuits (1960), in the notation of Widrow and Stearns, Adaptive Signal Processing (1985), 6.1-6.2 (the error epsilon_k = d_k - X_k^T W_k, the gradient estimate -2 epsilon_k X_k and the LMS rule W_{k+1} = W_k + 2 mu epsilon_k X_k), with numbers",
    "https://isl.stanford.edu/~widrow/papers/c1960adaptiveswitching.pdf",
    "Widrow and Stearns's notation (epsilon_k, d_k, X_k, W_k, mu, nabla-hat_k); the one-weight derivative and the two-weight step are added as readers work them out", r"""
# The LMS algorithm

The error of the adaptive linear combiner at time $k$ is $\epsilon_k = d_k - \mathbf{X}_k^T \mathbf{W}_k$. LMS takes the single-sample square error $\epsilon_k^2$ as an estimate of the mean-square error; its gradient is

$$\hat{\nabla}_k = \frac{\partial \epsilon_k^2}{\partial \mathbf{W}} = 2 \epsilon_k \frac{\partial \epsilon_k}{\partial \mathbf{W}} = -2 \epsilon_k \mathbf{X}_k$$

and steepest descent with this estimate gives the Widrow-Hoff rule

$$\mathbf{W}_{k+1} = \mathbf{W}_k - \mu \hat{\nabla}_k = \mathbf{W}_k + 2 \mu \epsilon_k \mathbf{X}_k$$

For one weight, $\epsilon_k = d_k - x_k w_k$, and

$$\frac{\partial}{\partial w_k} (d_k - x_k w_k)^2 = -2 (d_k - x_k w_k) x_k$$

Take two weights $\mathbf{W}_k = (0.5, -0.5)^T$, the input $\mathbf{X}_k = (1, 2)^T$, the desired response $d_k = 1$ and $\mu = 0.1$. Then

$$\epsilon_k = 1 - (0.5 \cdot 1 - 0.5 \cdot 2) = 1.5$$

$$w_{1,k+1} = 0.5 + 2 \cdot 0.1 \cdot 1.5 \cdot 1 = 0.8$$

$$w_{2,k+1} = -0.5 + 2 \cdot 0.1 \cdot 1.5 \cdot 2 = 0.1$$

and the error on the same input after the step is

$$1 - (0.8 \cdot 1 + 0.1 \cdot 2) = 0$$
""", r"= -2 (d_k - x_k w_k) x_k$$", r"= -2 (d_k - x_k w_k)$$",
    "forgotten chain factor: the inner derivative x_k left out")

add("su-roformer-rotary-relative-position",
    "Su, Lu, Pan, Murtadha, Wen and Liu, RoFormer: Enhanced Transformer with Rotary Position Embedding (2021), 3.2.1 A 2D case (the rotation of the query by m theta and the inner product depending on m - n only), with numbers",
    "https://arxiv.org/abs/2104.09864",
    "the paper's notation (f_q(x_m, m), q^{(1)}, q^{(2)}, m, n, theta); the trigonometric steps and the numbers are added as readers work them out", r"""
# Rotary position embedding in two dimensions

RoFormer encodes the position $m$ of a query by rotating it; in the 2D case

$$f_q(\boldsymbol{x}_m, m) = \begin{pmatrix} \cos m\theta & -\sin m\theta \\ \sin m\theta & \cos m\theta \end{pmatrix} \begin{pmatrix} q^{(1)} \\ q^{(2)} \end{pmatrix}$$

and likewise the key at position $n$. The inner product of the rotated query and key depends on the positions only through $m - n$: its diagonal terms carry the factor

$$\cos m\theta \cos n\theta + \sin m\theta \sin n\theta = \cos((m - n)\theta)$$

and its cross terms the factor

$$\sin m\theta \cos n\theta - \cos m\theta \sin n\theta = \sin((m - n)\theta)$$

so that

$$\langle f_q(\boldsymbol{x}_m, m), f_k(\boldsymbol{x}_n, n) \rangle = (q^{(1)} k^{(1)} + q^{(2)} k^{(2)}) \cos((m - n)\theta) + (q^{(1)} k^{(2)} - q^{(2)} k^{(1)}) \sin((m - n)\theta)$$

With $\theta = 1$, the positions $m = 3$, $n = 1$ and $m = 5$, $n = 3$ give the same factor:

$$\cos 3 \cos 1 + \sin 3 \sin 1 = \cos 2 \approx -0.41615$$

$$\cos 5 \cos 3 + \sin 5 \sin 3 = \cos 2$$
""", r"\sin m\theta \sin n\theta = \cos((m - n)\theta)$$", r"\sin m\theta \sin n\theta = \cos((m + n)\theta)$$",
    "sign slip: the angle difference written as a sum")

add("jacobs-jordan-mixture-of-experts",
    "Jacobs, Jordan, Nowlan and Hinton, Adaptive Mixtures of Local Experts (Neural Computation 1991), 2 (the error E^c = -log sum_i p_i^c exp(-||d^c - o_i^c||^2 / 2) and its derivative with respect to an expert's output, weighted by the expert's posterior), for two experts with scalar outputs, with numbers",
    "https://doi.org/10.1162/neco.1991.3.1.79",
    "the paper's notation (E^c, p_i^c, d^c, o_i^c); the two-expert case and the numbers are added as readers work them out", r"""
# Adaptive mixtures of local experts

For case $c$ the gating network gives expert $i$ the proportion $p_i^c$, expert $i$ produces the output vector $\mathbf{o}_i^c$, and the desired output is $\mathbf{d}^c$. The error function is

$$E^c = -\log \sum_i p_i^c e^{-\frac{1}{2} \| \mathbf{d}^c - \mathbf{o}_i^c \|^2}$$

and its derivative with respect to the output of an expert is

$$\frac{\partial E^c}{\partial \mathbf{o}_i^c} = -\left[ \frac{p_i^c e^{-\frac{1}{2} \| \mathbf{d}^c - \mathbf{o}_i^c \|^2}}{\sum_j p_j^c e^{-\frac{1}{2} \| \mathbf{d}^c - \mathbf{o}_j^c \|^2}} \right] (\mathbf{d}^c - \mathbf{o}_i^c)$$

the error of the expert weighted by its posterior probability of having generated the case. With two experts and scalar outputs,

$$\frac{\partial}{\partial o_1} \left( -\log \left( p_1 e^{-\frac{1}{2} (d - o_1)^2} + p_2 e^{-\frac{1}{2} (d - o_2)^2} \right) \right) = -\frac{p_1 e^{-\frac{1}{2} (d - o_1)^2}}{p_1 e^{-\frac{1}{2} (d - o_1)^2} + p_2 e^{-\frac{1}{2} (d - o_2)^2}} (d - o_1)$$

Take $p_1 = p_2 = \frac{1}{2}$, $d = 1$, $o_1 = 1$ and $o_2 = 3$. The posterior of the first expert is

$$\frac{e^{0}}{e^{0} + e^{-2}} \approx 0.88080$$

the error is

$$-\log\left(\frac{1}{2} + \frac{1}{2} e^{-2}\right) \approx 0.56622$$

and the second expert receives the gradient

$$-(1 - 0.88080)(1 - 3) = 0.23840$$
""", r"\right) \right) = -\frac{p_1 e^{", r"\right) \right) = \frac{p_1 e^{",
    "sign slip: the minus sign of -log dropped from the derivative")

add("smith-cyclical-learning-rate-triangular",
    "Smith, Cyclical Learning Rates for Training Neural Networks (WACV 2017), 3.1 (the triangular policy: cycle = floor(1 + iteration / (2 stepsize)), x = |iteration / stepsize - 2 cycle + 1|, lr = base_lr + (max_lr - base_lr) max(0, 1 - x)), with numbers",
    "https://arxiv.org/abs/1506.01186",
    "the paper's code written as displays (cycle, x, lr, stepsize, iteration, base_lr, max_lr, with floor, absolute value and max); the numbers are added as readers work them out", r"""
# The triangular learning rate policy

The learning rate varies linearly between a minimum $\mathrm{base\_lr}$ and a maximum $\mathrm{max\_lr}$, rising for $\mathrm{stepsize}$ iterations and falling for as many:

$$\mathrm{cycle} = \left\lfloor 1 + \frac{\mathrm{iteration}}{2 \cdot \mathrm{stepsize}} \right\rfloor$$

$$x = \left| \frac{\mathrm{iteration}}{\mathrm{stepsize}} - 2 \cdot \mathrm{cycle} + 1 \right|$$

$$\mathrm{lr} = \mathrm{base\_lr} + (\mathrm{max\_lr} - \mathrm{base\_lr}) \cdot \max(0, 1 - x)$$

Take $\mathrm{stepsize} = 2000$, $\mathrm{base\_lr} = 0.001$ and $\mathrm{max\_lr} = 0.006$. At iteration $1000$:

$$\left\lfloor 1 + \frac{1000}{2 \cdot 2000} \right\rfloor = \lfloor 1.25 \rfloor = 1$$

$$\left| \frac{1000}{2000} - 2 \cdot 1 + 1 \right| = 0.5$$

$$0.001 + (0.006 - 0.001) \cdot \max(0, 1 - 0.5) = 0.0035$$

At iteration $5000$, in the second cycle, the rate is the same:

$$\left\lfloor 1 + \frac{5000}{4000} \right\rfloor = 2$$

$$\left| \frac{5000}{2000} - 2 \cdot 2 + 1 \right| = 0.5$$

On the rising half the rate grows by a constant amount per iteration:

$$\frac{0.006 - 0.001}{2000} = 0.0000025$$
""", r"- 2 \cdot 1 + 1 \right| = 0.5$$", r"- 2 \cdot 1 + 1 \right| = 1.5$$",
    "sign slip: |0.5 - 2 + 1| taken as 0.5 + 1")

add("dinh-realnvp-affine-coupling",
    "Dinh, Sohl-Dickstein and Bengio, Density estimation using Real NVP (ICLR 2017), 3.3 Coupling layers and 3.4 Properties (the affine coupling layer (4)-(5), its triangular Jacobian with determinant exp(sum_j s(x_{1:d})_j), and the inverse (8)-(9)), for D = 2, with numbers",
    "https://arxiv.org/abs/1605.08803",
    "the paper's notation (x_{1:d}, y_{d+1:D}, s, t, odot); the two-dimensional case, the chosen s and t and the numbers are added as readers work them out", r"""
# The affine coupling layer

Given a $D$ dimensional input $x$ and $d < D$, the output $y$ of an affine coupling layer follows the equations

$$y_{1:d} = x_{1:d} \tag{4}$$

$$y_{d+1:D} = x_{d+1:D} \odot \exp(s(x_{1:d})) + t(x_{1:d}) \tag{5}$$

Its Jacobian is triangular, so its determinant is $\exp\left[\sum_j s(x_{1:d})_j\right]$. Take $D = 2$ and $d = 1$, so that $y_2 = x_2 \exp(s(x_1)) + t(x_1)$. Then

$$\frac{\partial y_2}{\partial x_2} = \exp(s(x_1))$$

With the scale $s(x_1) = 0.5 x_1$ and the translation $t(x_1) = x_1^2$, the entry below the diagonal is

$$\frac{\partial}{\partial x_1} \left( x_2 e^{0.5 x_1} + x_1^2 \right) = 0.5 x_2 e^{0.5 x_1} + 2 x_1$$

and $\log |\det| = s(x_1) = 0.5 x_1$. The inverse is as cheap as the forward pass:

$$x_{d+1:D} = (y_{d+1:D} - t(y_{1:d})) \odot \exp(-s(y_{1:d})) \tag{9}$$

At $x_1 = 2$ and $x_2 = 1$:

$$y_2 = 1 \cdot e^{1} + 4 \approx 6.71828$$

$$(6.71828 - 4) e^{-1} \approx 1$$
""", r"= 0.5 x_2 e^{0.5 x_1} + 2 x_1$$", r"= x_2 e^{0.5 x_1} + 2 x_1$$",
    "forgotten chain factor: the inner derivative 0.5 of e^{0.5 x_1} left out")
