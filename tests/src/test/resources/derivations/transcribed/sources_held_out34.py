# A thirty-fourth held-out set (issue 12, branch held34): eight passages the corpus did not hold
# before and that the checker had never been run on, transcribed from published texts in their own
# notation: d2l's two-dimensional cross-correlation (7.2, the four sums of the 3 x 3 by 2 x 2 example
# and the output-shape formula), d2l's pooling (7.5, maximum and average pooling on the same input)
# with the backward pass of both (the max gate routes the gradient, the mean spreads it), d2l's
# transposed convolution (14.10, the 2 x 2 by 2 x 2 example, entry by entry, and the output shape
# with stride), the CS231n notes' case for stacks of 3 x 3 convolutions (receptive field and
# parameter counts) with the VGGNet memory and weight rows in the notes' own plain-text notation,
# PyTorch's BCEWithLogitsLoss with pos_weight (the docs' formula, their 100/300 example and the
# logit 1.5 of their code example), PyTorch's KLDivLoss (the pointwise KL divergence, reductions
# 'sum', 'batchmean' and 'mean', on two categorical distributions), PyTorch's SGD momentum
# formulation (the docs' note: v = mu * v + g, p = p - lr * v, against Sutskever et al.'s form, two
# steps on p^2), and torch.nn.init (calculate_gain for leaky_relu, kaiming_normal_, the bound of
# kaiming_uniform_ with nn.Linear's a = sqrt(5), xavier_uniform_). The notation of each was compared
# with stored pages found by search: d2l.smola.org's slides on conv-layer and pooling and the
# Nemotron-CC-Math copy of the d2l cross-correlation section; the d2l transposed-convolution
# notebooks of d3ac/deep-learning-d2l-notes-and-code and geekdaxue.co; the ai.stackexchange.com
# question 5107 quoting the CS231n notes on stacked 3x3 layers; PyTorch's BCEWithLogitsLoss,
# KLDivLoss and SGD pages (docs.pytorch.org, pytorch.org/docs 1.9.1 and 1.13, the R torch manual)
# and the discuss.pytorch.org thread on nn.Linear's default initialisation and csdn copies of the
# init source. The worked numbers and the backward passes are added as readers work them out. Each
# broken file has one planted error of a kind students make. Every number was checked in Python.
# Read by make_transcribed.py after sources_held_out33.py.

add("d2l-cross-correlation-2d",
    "Zhang, Lipton, Li and Smola, Dive into Deep Learning, 7.2 Convolutions for Images (7.2.1 The Cross-Correlation Operation: the 3 x 3 input, the 2 x 2 kernel, the four sums and the output shape (n_h - k_h + 1) x (n_w - k_w + 1)), with the edge-detection kernel [1, -1]",
    "https://d2l.ai/chapter_convolutional-neural-networks/conv-layer.html (notation compared with d2l.smola.org's conv-layer slides and the Nemotron-CC-Math copy of the section)",
    "the book's notation (the four sums with times, n_h, k_h); the output shape for the example and the edge-detector values added as readers work them out", r"""
# The cross-correlation operation

The input is a $3 \times 3$ tensor holding $0, 1, \ldots, 8$ row by row, and the kernel is the $2 \times 2$ tensor with rows $0, 1$ and $2, 3$. The window starts at the upper-left corner and slides left to right and top to bottom; at each position the window and the kernel are multiplied elementwise and summed:

$$0\times0+1\times1+3\times2+4\times3=19,$$

$$1\times0+2\times1+4\times2+5\times3=25,$$

$$3\times0+4\times1+6\times2+7\times3=37,$$

$$4\times0+5\times1+7\times2+8\times3=43.$$

The output size is the input size $n_h \times n_w$ minus the size of the kernel $k_h \times k_w$:

$$(n_h-k_h+1) \times (n_w-k_w+1).$$

Here that is $(3 - 2 + 1) \times (3 - 2 + 1) = 2 \times 2$, four outputs. On a $6 \times 8$ image the kernel $[1, -1]$ of height 1 and width 2 gives an output of size $(6 - 1 + 1) \times (8 - 2 + 1) = 6 \times 7$. Where the image goes from white ($1$) to black ($0$) the output is $1 \times 1 + 0 \times (-1) = 1$, where it goes back from black to white it is $0 \times 1 + 1 \times (-1) = -1$, and elsewhere $1 \times 1 + 1 \times (-1) = 0$.
""", r"$$3\times0+4\times1+6\times2+7\times3=37,$$", r"$$3\times0+4\times1+6\times2+7\times3=31,$$",
    "the window's last product 7 x 3 taken as 7 + 8 = 15")

add("d2l-pooling-max-average-backward",
    "Zhang, Lipton, Li and Smola, Dive into Deep Learning, 7.5 Pooling (7.5.1 Maximum Pooling and Average Pooling: the 3 x 3 input and the 2 x 2 window, max(0, 1, 3, 4) = 4), with the backward pass of both as the CS231n notes describe the max gate (the gradient routed to the largest input) and the mean (spread evenly)",
    "https://d2l.ai/chapter_convolutional-neural-networks/pooling.html (notation compared with d2l.smola.org's pooling slides and the pool2d notebooks of kolyakr/d2l and thirteen-bears/basic-AI-exercise); https://cs231n.github.io/optimization-2/ for the max gate",
    "the book's notation (max over the window, the 3 x 3 input 0..8); the average-pooling sums and the backward pass of the sum of the outputs added as readers work them out", r"""
# Maximum pooling and average pooling

The input is the $3 \times 3$ tensor holding $0, 1, \ldots, 8$ row by row, pooled with a $2 \times 2$ window and stride 1. Maximum pooling keeps the largest value of each window:

$$\max(0, 1, 3, 4) = 4$$

$$\max(1, 2, 4, 5) = 5$$

$$\max(3, 4, 6, 7) = 7$$

$$\max(4, 5, 7, 8) = 8$$

Average pooling keeps the mean instead:

$$\frac{0 + 1 + 3 + 4}{4} = 2$$

$$\frac{4 + 5 + 7 + 8}{4} = 6$$

and the other two windows give $3$ and $5$.

In the backward pass take the loss to be the sum of the four outputs, so each output receives the upstream gradient $1$. The max gate routes the whole gradient to the input that was largest and gives the others zero; the largest inputs of the four windows are $4, 5, 7, 8$, one per window, so each of them receives $1$ and the other five inputs receive $0$. The total gradient reaching the input is

$$1 + 1 + 1 + 1 = 4$$

Average pooling instead spreads each upstream gradient evenly, $\frac{1}{4}$ to each of the four inputs of its window. A corner input lies in one window, an edge input in two and the centre input $4$ in all four, so

$$\frac{\partial L}{\partial x_{\text{corner}}} = \frac{1}{4}, \quad \frac{\partial L}{\partial x_{\text{edge}}} = 2 \cdot \frac{1}{4} = \frac{1}{2}, \quad \frac{\partial L}{\partial x_{\text{centre}}} = 4 \cdot \frac{1}{4} = 1$$

and again the total is the upstream gradient of the four outputs:

$$4 \cdot \frac{1}{4} + 4 \cdot \frac{1}{2} + 1 = 4$$
""", r"\frac{\partial L}{\partial x_{\text{centre}}} = 4 \cdot \frac{1}{4} = 1$$", r"\frac{\partial L}{\partial x_{\text{centre}}} = \frac{1}{4}$$",
    "the centre input credited with one window's share instead of four")

add("d2l-transposed-convolution-entries",
    "Zhang, Lipton, Li and Smola, Dive into Deep Learning, 14.10 Transposed Convolution (14.10.1 Basic Operation: the 2 x 2 input and kernel, each input element times the kernel added into the output, output (n_h + k_h - 1) x (n_w + k_w - 1); 14.10.2 the output with stride 2)",
    "https://d2l.ai/chapter_computer-vision/transposed-conv.html (notation compared with the trans_conv notebooks of d3ac/deep-learning-d2l-notes-and-code and geekdaxue.co)",
    "the book's notation (X, K, Y, n_h, k_h, s); the entry-by-entry sums added as readers work them out", r"""
# Transposed convolution, entry by entry

Take the $2 \times 2$ input $\mathbf{X}$ with rows $0, 1$ and $2, 3$, and the $2 \times 2$ kernel $\mathbf{K}$ with rows $0, 1$ and $2, 3$. With stride 1 and no padding, each element of the input is multiplied by the whole kernel and the result is added into a $2 \times 2$ block of the output, at the position of that element. The output has shape

$$(n_h + k_h - 1) \times (n_w + k_w - 1) = (2 + 2 - 1) \times (2 + 2 - 1) = 3 \times 3$$

The corner entries each receive one product: $Y_{00} = 0 \cdot 0 = 0$, $Y_{02} = 1 \cdot 1 = 1$, $Y_{20} = 2 \cdot 2 = 4$ and $Y_{22} = 3 \cdot 3 = 9$. The centre receives one product from every input element:

$$Y_{11} = 0 \cdot 3 + 1 \cdot 2 + 2 \cdot 1 + 3 \cdot 0 = 4$$

The edges receive two products each:

$$Y_{12} = 1 \cdot 3 + 3 \cdot 1 = 6$$

$$Y_{21} = 2 \cdot 3 + 3 \cdot 2 = 12$$

so, row by row, $\mathbf{Y}$ is $0, 0, 1$; $0, 4, 6$; $4, 12, 9$. All the entries add up to the sum of the input times the sum of the kernel:

$$0 + 0 + 1 + 0 + 4 + 6 + 4 + 12 + 9 = 36 = 6 \cdot 6$$

With stride $s = 2$ the blocks no longer overlap, and the output height is

$$(n_h - 1) s + k_h = (2 - 1) \cdot 2 + 2 = 4$$
""", r"$$Y_{21} = 2 \cdot 3 + 3 \cdot 2 = 12$$", r"$$Y_{21} = 2 \cdot 3 + 3 \cdot 2 = 36$$",
    "the two products multiplied instead of added")

add("cs231n-stacked-3x3-conv-vggnet-rows",
    "CS231n notes, Convolutional Neural Networks: Architectures (ConvNet Architectures, Layer Patterns: prefer a stack of small filter CONV to one large receptive field CONV layer, 3 x (C x (3 x 3 x C)) = 27C^2 against C x (7 x 7 x C) = 49C^2; Case studies, the VGGNet memory and weights rows)",
    "https://cs231n.github.io/convolutional-networks/ (notation compared with the notes as quoted in ai.stackexchange.com question 5107)",
    "the notes' notation (C channels, the rows of the VGGNet breakdown in the notes' plain-text form with * and the rounded M); the receptive-field sum and the counts for C = 64 added as readers work them out", r"""
# Stacks of small filters

Suppose that you stack three 3x3 CONV layers on top of each other. Each neuron on the first layer has a 3x3 view of the input volume, a neuron on the second a 5x5 view and a neuron on the third a 7x7 view: every layer adds $3 - 1 = 2$ to the extent,

$$1 + 3 \cdot (3 - 1) = 7$$

the same extent as a single CONV layer with 7x7 receptive fields. Suppose that all the volumes have $C$ channels. The single 7x7 CONV layer would contain $C \times (7 \times 7 \times C) = 49 C^2$ parameters, while the three 3x3 CONV layers would only contain $3 \times (C \times (3 \times 3 \times C)) = 27 C^2$ parameters. With $C = 64$:

$$3 \times (64 \times (3 \times 3 \times 64)) = 110592$$

$$64 \times (7 \times 7 \times 64) = 200704$$

so the stack needs

$$\frac{27}{49} \approx 0.551$$

of the parameters of the single layer, and has two more non-linearities.

VGGNet is built from such stacks. The first rows of its breakdown, in the notes' notation:

```
INPUT: [224x224x3]        memory:  224*224*3=150K   weights: 0
CONV3-64: [224x224x64]  memory:  224*224*64=3.2M   weights: (3*3*3)*64 = 1,728
CONV3-64: [224x224x64]  memory:  224*224*64=3.2M   weights: (3*3*64)*64 = 36,864
POOL2: [112x112x64]  memory:  112*112*64=800K   weights: 0
```

and the first fully connected layer, on the last pooled volume, holds most of the weights:

```
FC: [1x1x4096]  memory:  4096  weights: 7*7*512*4096 = 102,760,448
```
""", r"weights: (3*3*64)*64 = 36,864", r"weights: (3*3*64)*64 = 576",
    "the 64 filters of the layer forgotten: one filter's 3*3*64 weights counted")

add("pytorch-bce-with-logits-pos-weight",
    "PyTorch documentation, torch.nn.BCEWithLogitsLoss (the unreduced loss l_n = -w_n [y_n log sigma(x_n) + (1 - y_n) log(1 - sigma(x_n))], the multi-label form with p_c, the example of 100 positive and 300 negative examples, and the code example's logit 1.5 with target 1), with the gradient in the logit and numbers",
    "https://docs.pytorch.org/docs/stable/generated/torch.nn.BCEWithLogitsLoss.html (notation compared with pytorch.org/docs 1.11 and the R torch manual nn_bce_with_logits_loss)",
    "the docs' notation (l_n, w_n, y_n, x_n, sigma, p_c); one sample and one class, so the indices n and c are dropped in the worked part; the gradient and the numbers added as readers work them out", r"""
# BCEWithLogitsLoss and pos_weight

The unreduced loss is

$$\ell(x, y) = L = \{l_1,\dots,l_N\}^\top, \quad l_n = - w_n \left[ y_n \cdot \log \sigma(x_n) + (1 - y_n) \cdot \log (1 - \sigma(x_n)) \right]$$

where $N$ is the batch size. It is possible to trade off recall and precision by adding weights to positive examples:

$$l_{n,c} = - w_{n,c} \left[ p_c y_{n,c} \cdot \log \sigma(x_{n,c}) + (1 - y_{n,c}) \cdot \log (1 - \sigma(x_{n,c})) \right]$$

If a dataset contains 100 positive and 300 negative examples of a single class, then pos_weight for the class should be equal to

$$p_c = \frac{300}{100} = 3$$

and the loss acts as if the dataset contained $3 \times 100 = 300$ positive examples.

Take one positive example, $y = 1$, with weight $w = 1$ and the logit $x = 1.5$ of the docs' example. Then $\sigma(1.5) \approx 0.8176$, so without pos_weight

$$l = -\log \sigma(1.5) \approx 0.2014$$

and with $p_c = 3$ the loss is three times as large:

$$l = -3 \log \sigma(1.5) \approx 0.6042$$

For $y = 1$ the loss is $-p_c \log \sigma(x)$, and since $\frac{d}{dx} \log \sigma(x) = 1 - \sigma(x)$,

$$\frac{\partial l}{\partial x} = -p_c \left(1 - \sigma(x)\right)$$

which at $x = 1.5$ with $p_c = 3$ is

$$-3 \left(1 - \sigma(1.5)\right) \approx -0.5473$$
""", r"$$-3 \left(1 - \sigma(1.5)\right) \approx -0.5473$$", r"$$-3 \left(1 - \sigma(1.5)\right) \approx -0.1824$$",
    "pos_weight dropped from the gradient though kept in the loss")

add("pytorch-kldivloss-two-categoricals",
    "PyTorch documentation, torch.nn.KLDivLoss (the pointwise KL divergence L(y_pred, y_true) = y_true log(y_true / y_pred) = y_true (log y_true - log y_pred), the input in log space, the reductions 'sum', 'batchmean' and 'mean'), on two categorical distributions over three classes, with numbers",
    "https://docs.pytorch.org/docs/stable/generated/torch.nn.KLDivLoss.html (notation compared with pytorch.org/docs/stable's copy and tensorflow.org's tf.keras.losses.KLD page)",
    "the docs' notation (y_pred, y_true with text subscripts, the reductions by name); the two distributions and the numbers added as readers work them out", r"""
# KLDivLoss on two categorical distributions

For tensors of the same shape $y_{\text{pred}}$ and $y_{\text{true}}$, the pointwise KL divergence is

$$L(y_{\text{pred}},\ y_{\text{true}}) = y_{\text{true}} \cdot \log \frac{y_{\text{true}}}{y_{\text{pred}}} = y_{\text{true}} \cdot (\log y_{\text{true}} - \log y_{\text{pred}})$$

To avoid underflow, the loss expects its input, the prediction, in log space: it is given $\log y_{\text{pred}}$.

Take one example over three classes, with the target $y_{\text{true}} = (0.5, 0.3, 0.2)$ and the prediction $y_{\text{pred}} = (0.4, 0.4, 0.2)$. The pointwise terms are

$$0.5 \cdot (\log 0.5 - \log 0.4) = 0.5 \log 1.25 \approx 0.1116$$

$$0.3 \cdot (\log 0.3 - \log 0.4) = 0.3 \log 0.75 \approx -0.0863$$

$$0.2 \cdot (\log 0.2 - \log 0.2) = 0$$

A pointwise term can be negative; the sum over the classes, the KL divergence of the two distributions, cannot:

$$0.1116 - 0.0863 + 0 = 0.0253$$

With reduction 'sum' the loss is this sum, and with 'batchmean', the sum divided by the batch size $1$, it is the same. The default reduction 'mean' divides by the number of elements, here $3$, and does not give the KL divergence:

$$\frac{0.0253}{3} \approx 0.0084$$
""", r"$$0.3 \cdot (\log 0.3 - \log 0.4) = 0.3 \log 0.75 \approx -0.0863$$", r"$$0.3 \cdot (\log 0.3 - \log 0.4) = 0.3 \log 0.75 \approx 0.0863$$",
    "the sign of a negative pointwise term dropped, as if every term were positive")

add("pytorch-sgd-momentum-formulation",
    "PyTorch documentation, torch.optim.SGD (the note: the implementation of SGD with Momentum subtly differs from Sutskever et al.: v_{t+1} = mu * v_t + g_{t+1}, p_{t+1} = p_t - lr * v_{t+1}, against v_{t+1} = mu * v_t + lr * g_{t+1}, p_{t+1} = p_t - v_{t+1}), two steps on p^2 in both forms",
    "https://pytorch.org/docs/1.9.1/generated/torch.optim.SGD.html (notation compared with pytorch.org/docs 1.9.1's sgd.py source, the R torch manual optim_sgd and pytorch/pytorch issue 1099)",
    "the docs' notation (p, g, v, mu, lr, the * for products); the objective p^2, the two steps and the scaled velocity added as readers work them out", r"""
# SGD with momentum, PyTorch's form

Considering the specific case of Momentum, the update can be written as

$$v_{t+1} = \mu * v_{t} + g_{t+1}, \qquad p_{t+1} = p_{t} - \text{lr} * v_{t+1},$$

where $p$, $g$, $v$ and $\mu$ denote the parameters, gradient, velocity, and momentum respectively. This is in contrast to Sutskever et al., whose update is

$$v_{t+1} = \mu * v_{t} + \text{lr} * g_{t+1}, \qquad p_{t+1} = p_{t} - v_{t+1}.$$

Take the objective $p^2$, whose gradient is $g = 2p$, with $p_0 = 1$, $v_0 = 0$, $\text{lr} = 0.1$ and $\mu = 0.9$. In PyTorch's form the first step is

$$v_1 = 0.9 * 0 + 2 \cdot 1 = 2, \qquad p_1 = 1 - 0.1 * 2 = 0.8$$

and the second, with $g_2 = 2 \cdot 0.8 = 1.6$,

$$v_2 = 0.9 * 2 + 1.6 = 3.4$$

$$p_2 = 0.8 - 0.1 * 3.4 = 0.46$$

In Sutskever et al.'s form the velocity carries the learning rate:

$$v_1 = 0.9 * 0 + 0.1 * 2 = 0.2, \qquad p_1 = 1 - 0.2 = 0.8$$

$$v_2 = 0.9 * 0.2 + 0.1 * 1.6 = 0.34, \qquad p_2 = 0.8 - 0.34 = 0.46$$

the same parameters: with a fixed learning rate the two forms agree, the second velocity being $\text{lr}$ times the first ($0.34 = 0.1 \cdot 3.4$). They differ only when the learning rate changes, where PyTorch's step changes at once.
""", r"$$p_2 = 0.8 - 0.1 * 3.4 = 0.46$$", r"$$p_2 = 0.8 - 0.1 * 3.4 = 0.44$$",
    "0.34 subtracted from 0.8 as 0.36")

add("pytorch-init-gain-kaiming-xavier",
    "PyTorch documentation, torch.nn.init (calculate_gain: sqrt(2 / (1 + negative_slope^2)) for leaky_relu; kaiming_normal_: std = gain / sqrt(fan_mode); kaiming_uniform_: bound = gain * sqrt(3 / fan_mode); xavier_uniform_: a = gain * sqrt(6 / (fan_in + fan_out))), with nn.Linear's default a = sqrt(5) and numbers",
    "https://pytorch.org/docs/stable/nn.init.html (notation compared with the discuss.pytorch.org thread on nn.Linear's default initialisation, csdn's copy of the kaiming_normal_ source and paddlepaddle's KaimingNormal page)",
    "the docs' notation (gain, fan_in, fan_out, fan_mode, negative_slope, a, bound); the layer sizes and the numbers added as readers work them out", r"""
# Initialisation gains in torch.nn.init

For a leaky ReLU with negative slope $a$ the recommended gain is

$$\text{gain} = \sqrt{\frac{2}{1 + a^2}}$$

which is $\sqrt{2}$ for the ReLU ($a = 0$). Kaiming's normal initialisation draws from $\mathcal{N}(0, \text{std}^2)$ with

$$\text{std} = \frac{\text{gain}}{\sqrt{\text{fan\_mode}}}$$

For a 3x3 convolution on 64 channels, $\text{fan\_in} = 3 \cdot 3 \cdot 64 = 576$, and with $a = 0.2$:

$$\sqrt{\frac{2}{1 + 0.2^2}} = \sqrt{\frac{2}{1.04}} \approx 1.3868$$

$$\text{std} = \frac{1.3868}{\sqrt{576}} = \frac{1.3868}{24} \approx 0.0578$$

Kaiming's uniform initialisation draws from $\mathcal{U}(-\text{bound}, \text{bound})$ with $\text{bound} = \text{gain} \times \sqrt{\frac{3}{\text{fan\_mode}}}$, whose variance $\frac{\text{bound}^2}{3}$ is the same $\frac{\text{gain}^2}{\text{fan\_mode}}$. nn.Linear calls it with $a = \sqrt{5}$, so

$$\text{gain} = \sqrt{\frac{2}{1 + 5}} = \sqrt{\frac{1}{3}}$$

$$\text{bound} = \sqrt{\frac{1}{3}} \times \sqrt{\frac{3}{\text{fan\_in}}} = \frac{1}{\sqrt{\text{fan\_in}}}$$

the same bound the layer uses for its bias; for $\text{fan\_in} = 256$ it is $\frac{1}{16} = 0.0625$.

Xavier's uniform initialisation uses $a = \text{gain} \times \sqrt{\frac{6}{\text{fan\_in} + \text{fan\_out}}}$; with gain $1$, $\text{fan\_in} = 256$ and $\text{fan\_out} = 128$,

$$a = \sqrt{\frac{6}{256 + 128}} = \sqrt{\frac{6}{384}} = 0.125$$
""", r"$$a = \sqrt{\frac{6}{256 + 128}} = \sqrt{\frac{6}{384}} = 0.125$$", r"$$a = \sqrt{\frac{6}{256 + 128}} = \sqrt{\frac{6}{384}} = 0.153$$",
    "sqrt(6 / fan_in) = 0.153 computed, fan_out left out of the sum")
