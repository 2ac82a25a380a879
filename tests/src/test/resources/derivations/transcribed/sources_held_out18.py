# An eighteenth held-out set (issue 12, branch held18): twelve passages the corpus did not hold
# before and that the checker had never been run on: LeCun et al.'s scaled tanh (Efficient
# BackProp 1998, 4.4), Ho et al.'s DDPM posterior mean in the noise parametrisation (2020, eqs.
# (6)-(7), (10)-(11)), Vaswani et al.'s sinusoidal positional encoding as a rotation (2017, 3.5),
# Burges's RankNet gradient (From RankNet to LambdaRank to LambdaMART, 2010, section 2), PPO's
# clipped surrogate (Schulman et al. 2017, eqs. (6)-(7)), RAdam's rectification (Liu et al. 2020,
# Algorithm 2), ArcFace's additive angular margin (Deng et al. 2019, eq. (3)), Vincent's denoising
# score matching (2011, 4.2), Ioffe's batch renormalization (2017, section 3), and three typed the
# way new users type: the Transformer's warmup schedule in plain ASCII (Vaswani et al. 2017, eq.
# (3)), generalized advantage estimation on a phone (Schulman et al. 2016, eqs. (16)-(18)) and a
# Bernoulli's Fisher information and natural gradient in engine syntax (Amari 1998).
# Read by make_transcribed.py after sources_held_out17.py.

add("lecun-efficient-backprop-scaled-tanh",
    "LeCun, Bottou, Orr and Mueller, Efficient BackProp (1998), 4.4 The Sigmoid (the recommended sigmoid f(x) = 1.7159 tanh(2x/3), f(1) = 1, its derivative and effective gain), with numbers",
    "http://yann.lecun.com/exdb/publis/pdf/lecun-98b.pdf",
    "the recommended sigmoid as the paper writes it; its derivative, the derivative written through f and the numbers are added as readers work them out", r"""
# The recommended sigmoid

Symmetric sigmoids such as hyperbolic tangent often converge faster than the standard logistic function. A recommended sigmoid is

$$f(x) = 1.7159 \tanh\left(\frac{2}{3} x\right)$$

Since the hyperbolic tangent is sometimes computationally expensive, an approximation of it by a ratio of polynomials can be used instead. The constants in the recommended sigmoid have been chosen so that, when used with transformed inputs, the variance of the outputs will also be close to 1, because the effective gain of the sigmoid is roughly 1 over its useful range. In particular, this sigmoid has the properties (a) $f(\pm 1) = \pm 1$, (b) the second derivative is a maximum at $x = 1$, and (c) the effective gain is close to 1.

By the chain rule,

$$f'(x) = 1.7159 \cdot \frac{2}{3} \left(1 - \tanh^2\left(\frac{2}{3} x\right)\right)$$

and, since $\tanh\left(\frac{2}{3} x\right) = \frac{f(x)}{1.7159}$, the derivative can be computed from the unit's output alone:

$$f'(x) = \frac{2}{3 \cdot 1.7159} \left(1.7159^2 - f(x)^2\right)$$

At the origin the gain is $f'(0) = 1.7159 \cdot \frac{2}{3} = 1.14393$, and at $x = 1$ the output is $f(1) = 1.7159 \tanh\left(\frac{2}{3}\right) \approx 1.0000$.

The second derivative is

$$f''(x) = -2 \cdot 1.7159 \cdot \frac{4}{9} \tanh\left(\frac{2}{3} x\right) \left(1 - \tanh^2\left(\frac{2}{3} x\right)\right)$$

whose magnitude is largest where $\tanh\left(\frac{2}{3} x\right) = \frac{1}{\sqrt{3}}$, that is at $x = \frac{3}{2} \operatorname{artanh}\left(\frac{1}{\sqrt{3}}\right) \approx 0.988$, close to 1.
""", r"$$f'(x) = 1.7159 \cdot \frac{2}{3} \left(1 - \tanh^2", r"$$f'(x) = 1.7159 \left(1 - \tanh^2",
    "missing factor: the chain rule's 2/3 dropped from f'(x)")

add("ho-ddpm-posterior-mean",
    "Ho, Jain and Abbeel, Denoising Diffusion Probabilistic Models (NeurIPS 2020), section 2 and 3.2 (the forward process marginal (4), the posterior q(x_{t-1} | x_t, x_0) (6)-(7), and its mean in the noise parametrisation (10)-(11)), with numbers for two steps",
    "https://arxiv.org/abs/2006.11239",
    "the paper's notation (beta_t, alpha_t, alpha-bar_t, mu-tilde_t, beta-tilde_t, epsilon), for one-dimensional x; the substitution of x_0 is written out as readers do; the numbers are added", r"""
# The posterior mean of the forward process

The forward process adds Gaussian noise according to a variance schedule $\beta_1, \ldots, \beta_T$. A notable property of the forward process is that it admits sampling $\mathbf{x}_t$ at an arbitrary timestep $t$ in closed form: using the notation $\alpha_t := 1 - \beta_t$ and $\bar\alpha_t := \prod_{s=1}^t \alpha_s$, we have

$$q(\mathbf{x}_t | \mathbf{x}_0) = \mathcal{N}(\mathbf{x}_t; \sqrt{\bar\alpha_t} \mathbf{x}_0, (1 - \bar\alpha_t) \mathbf{I})$$

The forward process posteriors are tractable when conditioned on $\mathbf{x}_0$: $q(\mathbf{x}_{t-1} | \mathbf{x}_t, \mathbf{x}_0) = \mathcal{N}(\mathbf{x}_{t-1}; \tilde{\boldsymbol\mu}_t(\mathbf{x}_t, \mathbf{x}_0), \tilde\beta_t \mathbf{I})$, where

$$\tilde{\boldsymbol\mu}_t(\mathbf{x}_t, \mathbf{x}_0) := \frac{\sqrt{\bar\alpha_{t-1}} \beta_t}{1 - \bar\alpha_t} \mathbf{x}_0 + \frac{\sqrt{\alpha_t} (1 - \bar\alpha_{t-1})}{1 - \bar\alpha_t} \mathbf{x}_t \quad \text{and} \quad \tilde\beta_t := \frac{1 - \bar\alpha_{t-1}}{1 - \bar\alpha_t} \beta_t$$

Reparameterizing (4) as $\mathbf{x}_t(\mathbf{x}_0, \boldsymbol\epsilon) = \sqrt{\bar\alpha_t} \mathbf{x}_0 + \sqrt{1 - \bar\alpha_t} \boldsymbol\epsilon$ for $\boldsymbol\epsilon \sim \mathcal{N}(\mathbf{0}, \mathbf{I})$ gives $\mathbf{x}_0 = \frac{1}{\sqrt{\bar\alpha_t}} (\mathbf{x}_t - \sqrt{1 - \bar\alpha_t} \boldsymbol\epsilon)$. In one dimension, writing $x_t$, $x_0$, $\epsilon$, and using $\bar\alpha_t = \alpha_t \bar\alpha_{t-1}$ and $\beta_t = 1 - \alpha_t$:

$$\tilde\mu_t = \frac{\sqrt{\bar\alpha_{t-1}} \beta_t}{1 - \bar\alpha_t} \cdot \frac{x_t - \sqrt{1 - \bar\alpha_t} \epsilon}{\sqrt{\bar\alpha_t}} + \frac{\sqrt{\alpha_t} (1 - \bar\alpha_{t-1})}{1 - \bar\alpha_t} x_t$$

$$= \frac{\beta_t + \alpha_t (1 - \bar\alpha_{t-1})}{\sqrt{\alpha_t} (1 - \bar\alpha_t)} x_t - \frac{\beta_t}{\sqrt{\alpha_t} \sqrt{1 - \bar\alpha_t}} \epsilon$$

$$= \frac{1}{\sqrt{\alpha_t}} \left( x_t - \frac{\beta_t}{\sqrt{1 - \bar\alpha_t}} \epsilon \right)$$

since $\beta_t + \alpha_t - \alpha_t \bar\alpha_{t-1} = 1 - \bar\alpha_t$.

For example, with $\beta_1 = 0.1$ and $\beta_2 = 0.2$ we have $\alpha_1 = 0.9$, $\alpha_2 = 0.8$, $\bar\alpha_1 = 0.9$ and $\bar\alpha_2 = 0.9 \cdot 0.8 = 0.72$, so

$$\tilde\beta_2 = \frac{1 - 0.9}{1 - 0.72} \cdot 0.2 = \frac{1}{14} \approx 0.07143$$

and the coefficient of $\epsilon$ in $\tilde\mu_2$ is $-\frac{0.2}{\sqrt{0.8} \sqrt{0.28}} \approx -0.42258$.
""", r"$$= \frac{1}{\sqrt{\alpha_t}} \left( x_t - \frac{\beta_t}{\sqrt{1 - \bar\alpha_t}} \epsilon \right)$$", r"$$= \frac{1}{\sqrt{\alpha_t}} \left( x_t - \frac{\beta_t}{1 - \bar\alpha_t} \epsilon \right)$$",
    "wrong exponent: the square root of 1 - alpha-bar_t dropped from the coefficient of epsilon")

add("vaswani-positional-encoding-offset",
    "Vaswani et al., Attention Is All You Need (NIPS 2017), 3.5 Positional Encoding (PE_(pos,2i) = sin(pos/10000^(2i/d_model)), PE_(pos,2i+1) = cos(...), and PE_(pos+k) as a linear function of PE_pos), with numbers",
    "https://arxiv.org/abs/1706.03762",
    "the paper's two displays and its prose in its notation (pos, i, d_model, k); the angle-addition step that the paper only asserts is written out as readers do; the numbers are added", r"""
# Positional encoding

In this work, we use sine and cosine functions of different frequencies:

$$PE_{(pos, 2i)} = \sin(pos / 10000^{2i / d_{\text{model}}})$$

$$PE_{(pos, 2i+1)} = \cos(pos / 10000^{2i / d_{\text{model}}})$$

where $pos$ is the position and $i$ is the dimension. That is, each dimension of the positional encoding corresponds to a sinusoid. The wavelengths form a geometric progression from $2\pi$ to $10000 \cdot 2\pi$. We chose this function because we hypothesized it would allow the model to easily learn to attend by relative positions, since for any fixed offset $k$, $PE_{pos+k}$ can be represented as a linear function of $PE_{pos}$.

Writing $\omega_i = 10000^{-2i / d_{\text{model}}}$, the angle-addition formulas give

$$\sin(\omega_i (pos + k)) = \sin(\omega_i \, pos) \cos(\omega_i k) + \cos(\omega_i \, pos) \sin(\omega_i k)$$

$$\cos(\omega_i (pos + k)) = \cos(\omega_i \, pos) \cos(\omega_i k) - \sin(\omega_i \, pos) \sin(\omega_i k)$$

so the pair $(PE_{(pos+k, 2i)}, PE_{(pos+k, 2i+1)})$ is the pair $(PE_{(pos, 2i)}, PE_{(pos, 2i+1)})$ rotated by the angle $\omega_i k$, which does not depend on $pos$.

With $d_{\text{model}} = 512$ the first pair has $\omega_0 = 1$ and the pair $i = 128$ has $\omega_{128} = 10000^{-256/512} = 0.01$. For $i = 0$, $pos = 1$ and $k = 2$:

$$\sin(3) = \sin(1) \cos(2) + \cos(1) \sin(2) \approx 0.14112$$
""", r"$$\cos(\omega_i (pos + k)) = \cos(\omega_i \, pos) \cos(\omega_i k) - \sin", r"$$\cos(\omega_i (pos + k)) = \cos(\omega_i \, pos) \cos(\omega_i k) + \sin",
    "sign slip: the angle-addition formula for the cosine written with a plus")

add("burges-ranknet-gradient",
    "Burges, From RankNet to LambdaRank to LambdaMART: An Overview (Microsoft Research Technical Report MSR-TR-2010-82), section 2 RankNet (the pairwise probability, the cross-entropy cost, its gradient with respect to the scores and lambda_ij), with numbers",
    "https://www.microsoft.com/en-us/research/publication/from-ranknet-to-lambdarank-to-lambdamart-an-overview/",
    "the report's notation (s_i, P_ij, P-bar_ij, S_ij and sigma, a parameter that sets the shape of the sigmoid); the cost for S_ij = 1 and the numbers are added", r"""
# RankNet

For a given query, each pair of URLs $U_i$ and $U_j$ with differing labels is chosen, and each such pair is presented to the model, which computes the scores $s_i = f(x_i)$ and $s_j = f(x_j)$. The outputs of the model are mapped to a learned probability that $U_i$ should be ranked higher than $U_j$ via a sigmoid function, thus:

$$P_{ij} \equiv P(U_i \rhd U_j) \equiv \frac{1}{1 + e^{-\sigma(s_i - s_j)}}$$

where the choice of the parameter $\sigma$ determines the shape of the sigmoid. We then apply the cross entropy cost function, which penalizes the deviation of the model output probabilities from the desired probabilities: let $\bar P_{ij}$ be the known probability that training URL $U_i$ should be ranked higher than training URL $U_j$. Then the cost is

$$C = -\bar P_{ij} \log P_{ij} - (1 - \bar P_{ij}) \log(1 - P_{ij})$$

For a given query, let $S_{ij} \in \{0, \pm 1\}$ be defined to be 1 if document $i$ has been labeled to be more relevant than document $j$, $-1$ if document $i$ has been labeled to be less relevant than document $j$, and 0 if they have the same label. We will assume that the desired ranking is deterministically known, so that $\bar P_{ij} = \frac{1}{2}(1 + S_{ij})$. Combining the above two equations gives

$$C = \frac{1}{2}(1 - S_{ij}) \sigma(s_i - s_j) + \log(1 + e^{-\sigma(s_i - s_j)})$$

For $S_{ij} = 1$ this is $C = \log(1 + e^{-\sigma(s_i - s_j)})$. The cost is symmetric (swapping $i$ and $j$ and changing the sign of $S_{ij}$ should leave the cost invariant). Note that

$$\frac{\partial C}{\partial s_i} = \sigma \left( \frac{1}{2}(1 - S_{ij}) - \frac{1}{1 + e^{\sigma(s_i - s_j)}} \right) = -\frac{\partial C}{\partial s_j}$$

This gradient is used to update the weights via stochastic gradient descent, and we write $\lambda_{ij} \equiv \sigma \left( \frac{1}{2}(1 - S_{ij}) - \frac{1}{1 + e^{\sigma(s_i - s_j)}} \right)$.

For example, with $\sigma = 1$, $S_{ij} = 1$, $s_i = 0$ and $s_j = 1$ (the pair is ranked the wrong way round):

$$\lambda_{ij} = 1 \cdot \left( 0 - \frac{1}{1 + e^{-1}} \right) \approx -0.73106$$
""", r"- \frac{1}{1 + e^{\sigma(s_i - s_j)}} \right) = -\frac{\partial C}{\partial s_j}$$", r"- \frac{1}{1 + e^{-\sigma(s_i - s_j)}} \right) = -\frac{\partial C}{\partial s_j}$$",
    "sign slip: the exponent of the gradient's logistic written -sigma(s_i - s_j)")

add("schulman-ppo-clipped-surrogate",
    "Schulman, Wolski, Dhariwal, Radford and Klimov, Proximal Policy Optimization Algorithms (2017), section 3 Clipped Surrogate Objective (the probability ratio r_t(theta), L^CPI (6) and L^CLIP (7)), with two worked terms",
    "https://arxiv.org/abs/1707.06347",
    "the paper's notation (r_t(theta), A-hat_t, epsilon); the two terms in numbers are added as readers work them out", r"""
# Clipped surrogate objective

Let $r_t(\theta)$ denote the probability ratio $r_t(\theta) = \frac{\pi_\theta(a_t | s_t)}{\pi_{\theta_{\text{old}}}(a_t | s_t)}$, so $r(\theta_{\text{old}}) = 1$. TRPO maximizes a "surrogate" objective

$$L^{CPI}(\theta) = \hat{\mathbb{E}}_t \left[ \frac{\pi_\theta(a_t | s_t)}{\pi_{\theta_{\text{old}}}(a_t | s_t)} \hat A_t \right] = \hat{\mathbb{E}}_t \left[ r_t(\theta) \hat A_t \right]$$

Without a constraint, maximization of $L^{CPI}$ would lead to an excessively large policy update; hence, we now consider how to modify the objective, to penalize changes to the policy that move $r_t(\theta)$ away from 1. The main objective we propose is the following:

$$L^{CLIP}(\theta) = \hat{\mathbb{E}}_t \left[ \min(r_t(\theta) \hat A_t, \operatorname{clip}(r_t(\theta), 1 - \epsilon, 1 + \epsilon) \hat A_t) \right]$$

where epsilon is a hyperparameter, say, $\epsilon = 0.2$.

Take one timestep where the new policy gives the action probability 0.6 and the old one 0.4, so $r_t = \frac{0.6}{0.4} = 1.5$ and $\operatorname{clip}(1.5, 0.8, 1.2) = 1.2$. If the advantage is $\hat A_t = 2$, the term is

$$\min(1.5 \cdot 2, 1.2 \cdot 2) = \min(3, 2.4) = 2.4$$

so the objective gains nothing from moving the ratio beyond $1 + \epsilon$. If instead $\hat A_t = -1$,

$$\min(1.5 \cdot (-1), 1.2 \cdot (-1)) = \min(-1.5, -1.2) = -1.5$$

and the unclipped term is kept: the pessimistic bound includes the change in probability ratio when it makes the objective worse.
""", r"= \min(3, 2.4) = 2.4$$", r"= \min(3, 2.4) = 3$$",
    "slip in the numbers: the minimum of 3 and 2.4 taken as 3")

add("liu-radam-rectification",
    "Liu, Jiang, He, Chen, Liu, Gao and Han, On the Variance of the Adaptive Learning Rate and Beyond (ICLR 2020), section 4 and Algorithm 2 (rho_infinity, rho_t and the rectification term r_t), with numbers for beta_2 = 0.999",
    "https://arxiv.org/abs/1908.03265",
    "the paper's notation (beta_2, rho_infinity, rho_t, r_t); the value of rho_1 and the numbers are worked out as readers do", r"""
# RAdam: the variance rectification term

The exponential moving average of the squared gradients is approximated by a simple moving average of length $\rho_t$, where

$$\rho_\infty = \frac{2}{1 - \beta_2} - 1$$

$$\rho_t = \rho_\infty - \frac{2 t \beta_2^t}{1 - \beta_2^t}$$

When $\rho_t > 4$ the variance of the adaptive learning rate is tractable, and the update is multiplied by the variance rectification term

$$r_t = \sqrt{\frac{(\rho_t - 4)(\rho_t - 2) \rho_\infty}{(\rho_\infty - 4)(\rho_\infty - 2) \rho_t}}$$

otherwise the parameters are updated with un-adapted momentum.

At the first step the length is one whatever $\beta_2$ is:

$$\rho_1 = \frac{2}{1 - \beta_2} - 1 - \frac{2 \beta_2}{1 - \beta_2} = \frac{2 (1 - \beta_2)}{1 - \beta_2} - 1 = 1$$

so the first steps of RAdam are momentum steps. With $\beta_2 = 0.999$:

$$\rho_\infty = \frac{2}{0.001} - 1 = 1999$$

and $\rho_4 \approx 3.997$, $\rho_5 \approx 4.996$, so the first rectified update is at $t = 5$; at $t = 6$, where $\rho_6 \approx 5.994$,

$$r_6 = \sqrt{\frac{(5.994 - 4)(5.994 - 2) \cdot 1999}{1995 \cdot 1997 \cdot 5.994}} \approx 0.0258$$

so the rectified step starts about forty times smaller than Adam's.
""", r"= \frac{2 (1 - \beta_2)}{1 - \beta_2} - 1 = 1$$", r"= \frac{2 (1 + \beta_2)}{1 - \beta_2} - 1 = 1$$",
    "sign slip: 2 - 2 beta_2 collected as 2 (1 + beta_2)")

add("deng-arcface-angular-margin",
    "Deng, Guo, Xue and Zafeiriou, ArcFace: Additive Angular Margin Loss for Deep Face Recognition (CVPR 2019), section 2.1, eq. (3) (the target logit s cos(theta_yi + m)), the target logit written through cos theta as implementations compute it, its derivative, with numbers",
    "https://arxiv.org/abs/1801.07698",
    "the paper's loss in its notation (s, m, theta_j, y_i, N, n); the expansion through cos theta and its derivative are written out as readers do; the numbers are added", r"""
# ArcFace: additive angular margin

After normalising the weights and the feature, the logit is $W_j^T x_i = \cos\theta_j$, and the feature is re-scaled to $s$. We add an additive angular margin penalty $m$ between $x_i$ and $W_{y_i}$:

$$L_3 = -\frac{1}{N} \sum_{i=1}^{N} \log \frac{e^{s \cos(\theta_{y_i} + m)}}{e^{s \cos(\theta_{y_i} + m)} + \sum_{j=1, j \neq y_i}^{n} e^{s \cos\theta_j}}$$

Implementations receive $\cos\theta$ (write $c = \cos\theta_{y_i}$, with $0 \le \theta_{y_i} \le \pi$, so $\sin\theta_{y_i} = \sqrt{1 - c^2}$) and compute the target logit as

$$\cos(\theta_{y_i} + m) = \cos\theta_{y_i} \cos m - \sin\theta_{y_i} \sin m = c \cos m - \sqrt{1 - c^2} \sin m$$

Its derivative with respect to $c$, which the backward pass needs, is

$$\frac{d}{dc} \left( c \cos m - \sqrt{1 - c^2} \sin m \right) = \cos m + \frac{c \sin m}{\sqrt{1 - c^2}}$$

With $s = 64$ and $m = 0.5$, a sample whose target cosine is $c = 0.8$ has $\sin\theta_{y_i} = 0.6$ and

$$\cos(\theta_{y_i} + 0.5) = 0.8 \cdot 0.87758 - 0.6 \cdot 0.47943 \approx 0.41441$$

so the margin lowers the target logit from $64 \cdot 0.8 = 51.2$ to $64 \cdot 0.41441 \approx 26.52$.
""", r"= \cos m + \frac{c \sin m}{\sqrt{1 - c^2}}$$", r"= \cos m - \frac{c \sin m}{\sqrt{1 - c^2}}$$",
    "sign slip: the derivative of -sqrt(1 - c^2) sin m written with a minus")

add("vincent-denoising-score-matching",
    "Vincent, A Connection Between Score Matching and Denoising Autoencoders (Neural Computation 2011), 4.2 Denoising score matching (the Parzen-Gaussian corruption q_sigma(x-tilde | x), its score (1/sigma^2)(x - x-tilde) and J_DSM), in one dimension, with numbers",
    "https://www.iro.umontreal.ca/~vincentp/Publications/smdae_techreport.pdf",
    "the paper's notation (x, x-tilde, sigma, psi(x-tilde; theta)) in one dimension; the log-density and its derivative are written out; the numbers are added", r"""
# Denoising score matching

We consider corrupting the clean sample $x$ with additive isotropic Gaussian noise of variance $\sigma^2$, that is $q_\sigma(\tilde x | x) = \frac{1}{\sqrt{2\pi} \sigma} e^{-\frac{(\tilde x - x)^2}{2\sigma^2}}$ in one dimension. The denoising score matching objective is

$$J_{DSM}(\theta) = \mathbb{E}_{q_\sigma(x, \tilde x)} \left[ \frac{1}{2} \left( \psi(\tilde x; \theta) - \frac{\partial \log q_\sigma(\tilde x | x)}{\partial \tilde x} \right)^2 \right]$$

For the Gaussian kernel,

$$\log q_\sigma(\tilde x | x) = -\frac{1}{2} \log(2\pi) - \log \sigma - \frac{(\tilde x - x)^2}{2\sigma^2}$$

$$\frac{\partial \log q_\sigma(\tilde x | x)}{\partial \tilde x} = -\frac{\tilde x - x}{\sigma^2} = \frac{1}{\sigma^2} (x - \tilde x)$$

so matching the score means pointing from the corrupted $\tilde x$ back towards the clean $x$. For the score of a denoising autoencoder with reconstruction $r$, $\psi(\tilde x; \theta) = \frac{1}{\sigma^2} (r - \tilde x)$, the term inside the expectation is

$$\frac{1}{2} \left( \frac{r - \tilde x}{\sigma^2} - \frac{x - \tilde x}{\sigma^2} \right)^2 = \frac{1}{2\sigma^4} (r - x)^2$$

which is the denoising autoencoder's squared reconstruction error up to the factor $\frac{1}{\sigma^4}$.

For example, with $x = 1$, $\tilde x = 1.3$ and $\sigma = 0.5$ the target score is

$$\frac{1}{0.5^2} (1 - 1.3) = -1.2$$
""", r"= -\frac{\tilde x - x}{\sigma^2} = \frac{1}{\sigma^2} (x - \tilde x)$$", r"= -\frac{\tilde x - x}{\sigma^2} = \frac{1}{\sigma} (x - \tilde x)$$",
    "wrong exponent: the score's 1/sigma^2 written 1/sigma")

add("ioffe-batch-renormalization",
    "Ioffe, Batch Renormalization: Towards Reducing Minibatch Dependence in Batch-Normalized Models (NIPS 2017), section 3 (r = sigma_B / sigma, d = (mu_B - mu) / sigma, the identity (x_i - mu_B)/sigma_B r + d = (x_i - mu)/sigma, and the moving averages), with numbers",
    "https://arxiv.org/abs/1702.03275",
    "the paper's notation (mu_B, sigma_B, mu, sigma, r, d, alpha); the identity, which the paper states, is written out in one line; the numbers are added", r"""
# Batch renormalization

Let $\mu$ be a moving average of the minibatch means and $\sigma$ a moving average of the minibatch standard deviations. If $\mu_\mathcal{B}$ and $\sigma_\mathcal{B}$ are the minibatch statistics, we have

$$\frac{x_i - \mu}{\sigma} = \frac{x_i - \mu_\mathcal{B}}{\sigma_\mathcal{B}} \cdot r + d, \quad \text{where} \quad r = \frac{\sigma_\mathcal{B}}{\sigma}, \quad d = \frac{\mu_\mathcal{B} - \mu}{\sigma}$$

Indeed, substituting $r$ and $d$,

$$\frac{x_i - \mu_\mathcal{B}}{\sigma_\mathcal{B}} \cdot \frac{\sigma_\mathcal{B}}{\sigma} + \frac{\mu_\mathcal{B} - \mu}{\sigma} = \frac{x_i - \mu_\mathcal{B} + \mu_\mathcal{B} - \mu}{\sigma} = \frac{x_i - \mu}{\sigma}$$

If $\sigma = \mathbb{E}[\sigma_\mathcal{B}]$ and $\mu = \mathbb{E}[\mu_\mathcal{B}]$, then $\mathbb{E}[r] = 1$ and $\mathbb{E}[d] = 0$. Batch Renormalization treats $r$ and $d$ as constants for the purposes of gradient computation (stop gradient), and clips them to $[1/r_{max}, r_{max}]$ and $[-d_{max}, d_{max}]$. The moving averages are updated with rate $\alpha$: $\mu := \mu + \alpha(\mu_\mathcal{B} - \mu)$ and $\sigma := \sigma + \alpha(\sigma_\mathcal{B} - \sigma)$.

For example, with the moving averages at $\mu = 0$, $\sigma = 1$ and a minibatch with $\mu_\mathcal{B} = 0.5$ and $\sigma_\mathcal{B} = 2$, we get $r = 2$ and $d = 0.5$, and for $x_i = 3$

$$\frac{3 - 0.5}{2} \cdot 2 + 0.5 = 3 = \frac{3 - 0}{1}$$

With $\alpha = 0.01$ the new moving averages are $0 + 0.01 \cdot 0.5 = 0.005$ and $1 + 0.01 \cdot (2 - 1) = 1.01$.
""", r"\cdot \frac{\sigma_\mathcal{B}}{\sigma} + \frac{\mu_\mathcal{B} - \mu}{\sigma} = ", r"\cdot \frac{\sigma_\mathcal{B}}{\sigma} + \frac{\mu - \mu_\mathcal{B}}{\sigma} = ",
    "sign slip: d substituted as (mu - mu_B)/sigma")

add("vaswani-warmup-schedule-ascii",
    "A student's notes: the Transformer's learning rate schedule (Vaswani et al., Attention Is All You Need, NIPS 2017, 5.3 Optimizer, eq. (3)), where the two branches meet and the rate at a few steps, typed in plain ASCII inside Markdown, with numbers",
    "written for this corpus in the way new users type their own notes (eq. (3) as in arxiv.org/abs/1706.03762)",
    "", r"""
# transformer lr schedule (vaswani et al 2017, eq 3) - my notes

lrate = d_model^(-0.5) * min(step_num^(-0.5), step_num * warmup_steps^(-1.5))

linear warmup for the first warmup_steps steps, then decay like 1/sqrt(step_num)

the branches meet where step_num^(-0.5) = step_num * warmup_steps^(-1.5), i.e. step_num^1.5 = warmup_steps^1.5, so at step_num = warmup_steps

d_model = 512, warmup_steps = 4000

peak lrate = 512^(-0.5) * 4000^(-0.5) = 1/sqrt(2048000) = 0.00069877

at step 1000: 512^(-0.5) * 1000 * 4000^(-1.5) = 0.00017469 (a quarter of the peak, still warming up)

at step 16000: 512^(-0.5) * 16000^(-0.5) = 0.00034939 (half the peak, because sqrt(16000/4000) = 2)
""", r"16000^(-0.5) = 0.00034939", r"16000^(-0.5) = 0.00017469",
    "slip in the numbers: the rate at four times the warmup taken as a quarter of the peak instead of a half")

add("schulman-gae-phone",
    "A student's notes: generalized advantage estimation by hand (Schulman, Moritz, Levine, Jordan and Abbeel, High-Dimensional Continuous Control Using Generalized Advantage Estimation, ICLR 2016, eqs. (16)-(18)), the lambda = 0 and lambda = 1 cases and a two-step episode, typed on a phone in Unicode inside Markdown",
    "written for this corpus in the way new users type their own notes (eqs. (16)-(18) as in arxiv.org/abs/1506.02438)",
    "", r"""
# GAE by hand (schulman et al 2016) — phone notes

δₜ = rₜ + γV(sₜ₊₁) − V(sₜ)
Âₜ = Σₗ (γλ)ˡ δₜ₊ₗ

λ = 0: Âₜ = δₜ (one-step TD, low variance, biased)
λ = 1: terms telescope, two of them:
δₜ + γδₜ₊₁ = rₜ + γrₜ₊₁ + γ²V(sₜ₊₂) − V(sₜ)

episode: r₀ = 1, r₁ = 1, then terminal
V(s₀) = 0.5, V(s₁) = 0.8, V(s₂) = 0
γ = 0.9, λ = 0.5 so γλ = 0.45

δ₀ = 1 + 0.9·0.8 − 0.5 = 1.22
δ₁ = 1 + 0.9·0 − 0.8 = 0.2
Â₁ = δ₁ = 0.2
Â₀ = δ₀ + 0.45·δ₁ = 1.22 + 0.09 = 1.31

check λ = 1: Â₀ = 1.22 + 0.9·0.2 = 1.4 = 1 + 0.9·1 − 0.5 ✓
""", r"= rₜ + γrₜ₊₁ + γ²V(sₜ₊₂) − V(sₜ)", r"= rₜ + γrₜ₊₁ + γV(sₜ₊₂) − V(sₜ)",
    "wrong exponent: gamma squared written gamma in front of V(s_{t+2})")

add("amari-bernoulli-natural-gradient-engine-syntax",
    "A student's notes: the Fisher information of a Bernoulli and the natural gradient of its log-likelihood (Amari, Natural Gradient Works Efficiently in Learning, Neural Computation 1998, section 2), typed in the engine's syntax (diff(...)) inside Markdown, with numbers",
    "written for this corpus in the way new users type their own notes (the natural gradient as in Amari 1998, doi 10.1162/089976698300017746)",
    "", r"""
# natural gradient for a Bernoulli (amari 1998) - gradlab syntax

log-likelihood of one observation y in {0, 1}: l = y*log(p) + (1-y)*log(1-p)

diff(y*log(p) + (1-y)*log(1-p), p) = y/p - (1-y)/(1-p)

diff(y/p - (1-y)/(1-p), p) = -y/p^2 - (1-y)/(1-p)^2

fisher information: minus the expected second derivative, with E[y] = p:

p/p^2 + (1-p)/(1-p)^2 = 1/p + 1/(1-p) = 1/(p*(1-p))

natural gradient = inverse fisher times gradient:

p*(1-p)*(y/p - (1-y)/(1-p)) = y - p

at p = 0.2, y = 1: ordinary gradient 1/0.2 = 5, natural gradient 1 - 0.2 = 0.8

one natural step with eta = 0.1: p = 0.2 + 0.1*0.8 = 0.28
""", r"= -y/p^2 - (1-y)/(1-p)^2", r"= -y/p^2 + (1-y)/(1-p)^2",
    "sign slip: the second derivative of (1 - y) log(1 - p) written with a plus")
