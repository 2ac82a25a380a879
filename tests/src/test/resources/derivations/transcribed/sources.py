# The derivations, in the order of expected.tsv. Read by make_transcribed.py.
NNDL3 = "http://neuralnetworksanddeeplearning.com/chap3.html (book source: github.com/mnielsen/nnadl_site, chap3.html)"
NNDL5 = "http://neuralnetworksanddeeplearning.com/chap5.html (book source: github.com/mnielsen/nnadl_site, chap5.html)"
EQN = "the book's eqnarray displays (with their tags and line breaks) put between double dollars; prose abridged, wording kept"

add("nndl3-learning-slowdown",
    "Nielsen, Neural Networks and Deep Learning, ch. 3, The cross-entropy cost function, eqs. (54)-(56)",
    NNDL3, EQN, r"""
# The cross-entropy cost function: why learning is slow

Recall that we're using the quadratic cost function, which, from Equation (6), is given by

$$\begin{eqnarray}
  C = \frac{(y-a)^2}{2},\tag{54}
\end{eqnarray}$$

where $a$ is the neuron's output when the training input $x = 1$ is used, and $y = 0$ is the corresponding desired output. To write this more explicitly in terms of the weight and bias, recall that $a = \sigma(z)$, where $z = wx+b$. Using the chain rule to differentiate with respect to the weight and bias we get

$$\begin{eqnarray}
   \frac{\partial C}{\partial w} & = & (a-y)\sigma'(z) x = a \sigma'(z) \tag{55}\\
    \frac{\partial C}{\partial b} & = & (a-y)\sigma'(z) = a \sigma'(z),\tag{56}
\end{eqnarray}$$

where I have substituted $x = 1$ and $y = 0$.
""", r"(a-y)\sigma'(z) = a \sigma'(z),\tag{56}", r"(a-y)\sigma'(z) = \sigma'(z),\tag{56}",
    "missing factor a in (56)")

add("nndl3-cross-entropy-gradient",
    "Nielsen ch. 3, Introducing the cross-entropy cost function, eqs. (57)-(62)",
    NNDL3, EQN, r"""
# Introducing the cross-entropy cost function

The output from the neuron is, of course, $a = \sigma(z)$, where $z = \sum_j w_j x_j+b$ is the weighted sum of the inputs. We define the cross-entropy cost function for this neuron by

$$\begin{eqnarray}
   C = -\frac{1}{n} \sum_x \left[y \ln a + (1-y ) \ln (1-a) \right],\tag{57}
\end{eqnarray}$$

where $n$ is the total number of items of training data, the sum is over all training inputs, $x$, and $y$ is the corresponding desired output.

We substitute $a = \sigma(z)$ into (57), and apply the chain rule twice, obtaining:

$$\begin{eqnarray}
  \frac{\partial C}{\partial w_j} & = & -\frac{1}{n} \sum_x \left(
    \frac{y }{\sigma(z)} -\frac{(1-y)}{1-\sigma(z)} \right)
  \frac{\partial \sigma}{\partial w_j} \tag{58}\\
 & = & -\frac{1}{n} \sum_x \left(
     \frac{y}{\sigma(z)}
     -\frac{(1-y)}{1-\sigma(z)} \right)\sigma'(z) x_j.\tag{59}
\end{eqnarray}$$

Putting everything over a common denominator and simplifying this becomes:

$$\begin{eqnarray}
  \frac{\partial C}{\partial w_j} & = & \frac{1}{n}
  \sum_x \frac{\sigma'(z) x_j}{\sigma(z) (1-\sigma(z))}
  (\sigma(z)-y).\tag{60}
\end{eqnarray}$$

Using the definition of the sigmoid function, $\sigma(z) = 1/(1+e^{-z})$, and a little algebra we can show that $\sigma'(z) = \sigma(z)(1-\sigma(z))$. We see that the $\sigma'(z)$ and $\sigma(z)(1-\sigma(z))$ terms cancel in the equation just above, and it simplifies to become:

$$\begin{eqnarray}
   \frac{\partial C}{\partial w_j} =  \frac{1}{n} \sum_x x_j(\sigma(z)-y).\tag{61}
\end{eqnarray}$$

In a similar way, we can compute the partial derivative for the bias.

$$\begin{eqnarray}
   \frac{\partial C}{\partial b} = \frac{1}{n} \sum_x (\sigma(z)-y).\tag{62}
\end{eqnarray}$$
""", r"(\sigma(z)-y).\tag{60}", r"(y-\sigma(z)).\tag{60}", "sign error in (60)")

add("nndl3-cross-entropy-origin",
    "Nielsen ch. 3, What does the cross-entropy mean? Where does it come from?, eqs. (71)-(76)",
    NNDL3, EQN, r"""
# Where does the cross-entropy come from?

In that case, the cost $C = C_x$ for a single training example $x$ would satisfy

$$\begin{eqnarray}
   \frac{\partial C}{\partial w_j} & = & x_j(a-y) \tag{71}\\
    \frac{\partial C}{\partial b } & = & (a-y).\tag{72}
\end{eqnarray}$$

To see this, note that from the chain rule we have

$$\begin{eqnarray}
  \frac{\partial C}{\partial b} = \frac{\partial C}{\partial a}
  \sigma'(z).\tag{73}
\end{eqnarray}$$

Using $\sigma'(z) = \sigma(z)(1-\sigma(z)) = a(1-a)$ the last equation becomes

$$\begin{eqnarray}
  \frac{\partial C}{\partial b} = \frac{\partial C}{\partial a}
  a(1-a).\tag{74}
\end{eqnarray}$$

Comparing to Equation (72) we obtain

$$\begin{eqnarray}
  \frac{\partial C}{\partial a} = \frac{a-y}{a(1-a)}.\tag{75}
\end{eqnarray}$$

Integrating this expression with respect to $a$ gives

$$\begin{eqnarray}
  C = -[y \ln a + (1-y) \ln (1-a)]+ {\rm constant},\tag{76}
\end{eqnarray}$$

for some constant of integration.
""", r"\frac{a-y}{a(1-a)}.\tag{75}", r"\frac{a-y}{1-a}.\tag{75}", "factor a dropped from the denominator in (75)")

add("nndl3-l2-weight-decay",
    "Nielsen ch. 3, Regularization (L2 regularization), eqs. (87)-(92)",
    NNDL3, EQN, r"""
# L2 regularization: the learning rule

In both cases we can write the regularized cost function as

$$\begin{eqnarray}  C = C_0 + \frac{\lambda}{2n}
\sum_w w^2,
\tag{87}\end{eqnarray}$$

where $C_0$ is the original, unregularized cost function. Taking the partial derivatives of Equation (87) gives

$$\begin{eqnarray}
  \frac{\partial C}{\partial w} & = & \frac{\partial C_0}{\partial w} +
  \frac{\lambda}{n} w \tag{88}\\
  \frac{\partial C}{\partial b} & = & \frac{\partial C_0}{\partial b}.
\tag{89}\end{eqnarray}$$

The gradient descent learning rule for the biases doesn't change from the usual rule:

$$\begin{eqnarray}
b & \rightarrow & b -\eta \frac{\partial C_0}{\partial b}.
\tag{90}\end{eqnarray}$$

The learning rule for the weights becomes:

$$\begin{eqnarray}
  w & \rightarrow & w-\eta \frac{\partial C_0}{\partial
    w}-\frac{\eta \lambda}{n} w \tag{91}\\
  & = & \left(1-\frac{\eta \lambda}{n}\right) w -\eta \frac{\partial
    C_0}{\partial w}.
\tag{92}\end{eqnarray}$$
""", r"& = & \left(1-\frac{\eta \lambda}{n}\right) w -\eta", r"& = & \left(1-\frac{\eta \lambda}{n}\right) w +\eta",
    "sign of the gradient term flipped in (92)")

add("nndl3-weight-init",
    "Nielsen ch. 3, Weight initialization (and its exercise: the standard deviation of z)",
    NNDL3, "prose as in the book (its numbers are inline); the exercise's solution written out as displays, as a student would",
    r"""
# Weight initialization

Suppose we have a network with $1,000$ input neurons, and let's suppose that we've used normalized Gaussians to initialize the weights connecting to the first hidden layer. To simplify things, let's suppose that half the input neurons are on, i.e., set to $1$, and half are off, i.e., set to $0$. Let's consider the weighted sum $z = \sum_j w_j x_j+b$ of inputs to our hidden neuron. $500$ terms in this sum vanish, because the corresponding input $x_j$ is zero. And so $z$ is a sum over a total of $501$ normalized Gaussian random variables. Thus $z$ is itself distributed as a Gaussian with mean zero and standard deviation $\sqrt{501} \approx 22.4$.

With weights of standard deviation $1/\sqrt{n_{\rm in}}$, and $500$ of the inputs zero and $500$ of them $1$, $z$ has a Gaussian distribution with mean $0$ and standard deviation $\sqrt{3/2} = 1.22\ldots$.

Exercise: verify that the standard deviation of $z$ is $\sqrt{3/2}$. The variance of a sum of independent random variables is the sum of the variances; each of the $500$ weights has variance $1/1000$ and the bias has variance $1$:

$$500 \cdot \frac{1}{1000} + 1 = \frac{3}{2}$$

$$\sqrt{\frac{3}{2}} = 1.22$$

$$\sqrt{501} \approx 22.4$$
""", r"$$\sqrt{\frac{3}{2}} = 1.22$$", r"$$\sqrt{\frac{3}{2}} = 1.23$$", "wrong rounding: 1.2247 written as 1.23")

add("nndl5-vanishing-cascade",
    "Nielsen ch. 5, What's causing the vanishing gradient problem?, eqs. (114)-(122), and the exploding-gradient example",
    NNDL5, EQN, r"""
# What's causing the vanishing gradient problem?

Here, $w_1, w_2, \ldots$ are the weights, $b_1, b_2, \ldots$ are the biases, and $C$ is some cost function. The output $a_j$ from the $j$th neuron is $\sigma(z_j)$, where $z_j = w_{j} a_{j-1}+b_j$ is the weighted input to the neuron.

To do this, let's think about how $\Delta b_1$ causes the output $a_1$ from the first hidden neuron to change. We have $a_1 = \sigma(z_1) = \sigma(w_1 a_0 + b_1)$, so

$$\begin{eqnarray}
  \Delta a_1 & \approx & \frac{\partial \sigma(w_1 a_0+b_1)}{\partial b_1} \Delta b_1 \tag{115}\\
  & = & \sigma'(z_1) \Delta b_1.\tag{116}
\end{eqnarray}$$

That change $\Delta a_1$ in turn causes a change in the weighted input $z_2 = w_2 a_1 + b_2$ to the second hidden neuron:

$$\begin{eqnarray}
  \Delta z_2 & \approx & \frac{\partial z_2}{\partial a_1} \Delta a_1 \tag{117}\\
  & = & w_2 \Delta a_1.\tag{118}
\end{eqnarray}$$

Combining our expressions for $\Delta z_2$ and $\Delta a_1$, we see how the change in the bias $b_1$ propagates along the network to affect $z_2$:

$$\begin{eqnarray}\Delta z_2 & \approx & \sigma'(z_1) w_2 \Delta b_1.\tag{119}\end{eqnarray}$$

Let's explicitly write out the entire expression for the gradient:

$$\begin{eqnarray}\frac{\partial C}{\partial b_1} = \sigma'(z_1) \, w_2 \sigma'(z_2) \, w_3 \sigma'(z_3) \, w_4 \sigma'(z_4) \, \frac{\partial C}{\partial a_4}.\tag{122}\end{eqnarray}$$

The derivative reaches a maximum at $\sigma'(0) = 1/4$. We choose all the weights in the network to be large, say $w_1 = w_2 = w_3 = w_4 = 100$, and the biases so that $z_j = 0$ (and so $\sigma'(z_j) = 1/4$). Then all the terms $w_j\sigma'(z_j)$ are equal to

$$100 * \frac{1}{4} = 25$$
""", r"& = & \sigma'(z_1) \Delta b_1.\tag{116}", r"& = & \sigma(z_1) \Delta b_1.\tag{116}",
    "sigma for sigma-prime in (116)")

CS231N = "https://cs231n.github.io/optimization-2/ (source: github.com/cs231n/cs231n.github.io, optimization-2.md)"
CSNOTE = "the notes' displays and inline math kept (kramdown's escaped inline delimiters written as single dollars, escaped row breaks as a LaTeX row break); code comments' numbers written as the prose states them"

add("cs231n-simple-expressions",
    "CS231n notes, Backpropagation, intuitions: Simple expressions and interpretation of the gradient; Compound expressions with chain rule",
    CS231N, CSNOTE, r"""
# Simple expressions and interpretation of the gradient

Consider a simple multiplication function of two numbers $f(x,y) = x y$. It is a matter of simple calculus to derive the partial derivative for either input:

$$
f(x,y) = x y \hspace{0.5in} \rightarrow \hspace{0.5in} \frac{\partial f}{\partial x} = y \hspace{0.5in} \frac{\partial f}{\partial y} = x
$$

For example, if $x = 4, y = -3$ then $f(x,y) = -12$ and the derivative on $x$ $\frac{\partial f}{\partial x} = -3$.

$$
f(x,y) = x + y \hspace{0.5in} \rightarrow \hspace{0.5in} \frac{\partial f}{\partial x} = 1 \hspace{0.5in} \frac{\partial f}{\partial y} = 1
$$

Lets now consider $f(x,y,z) = (x + y) z$. This expression can be broken down into two expressions: $q = x + y$ and $f = q z$. $f$ is just multiplication of $q$ and $z$, so $\frac{\partial f}{\partial q} = z, \frac{\partial f}{\partial z} = q$, and $q$ is addition of $x$ and $y$ so $\frac{\partial q}{\partial x} = 1, \frac{\partial q}{\partial y} = 1$. The chain rule tells us:

$$\frac{\partial f}{\partial x} = \frac{\partial f}{\partial q} \frac{\partial q}{\partial x}$$

With $x = -2$, $y = 5$, $z = -4$: $q$ becomes $3$ and $f$ becomes $-12$, and the gradient on both x and y is

$$1 \cdot (-4) = -4$$
""", r"\frac{\partial f}{\partial x} = y \hspace{0.5in} \frac{\partial f}{\partial y} = x", r"\frac{\partial f}{\partial x} = x \hspace{0.5in} \frac{\partial f}{\partial y} = y",
    "the two local gradients of the multiply gate swapped")

add("cs231n-sigmoid-gates",
    "CS231n notes, Backpropagation, intuitions: Modularity: Sigmoid example",
    CS231N, CSNOTE, r"""
# Modularity: Sigmoid example

$$
f(w,x) = \frac{1}{1+e^{-(w_0x_0 + w_1x_1 + w_2)}}
$$

The function is made up of multiple gates. In addition to the ones described already above (add, mul, max), there are four more:

$$
f(x) = \frac{1}{x}
\hspace{1in} \rightarrow \hspace{1in}
\frac{df}{dx} = -1/x^2
\\
f_c(x) = c + x
\hspace{1in} \rightarrow \hspace{1in}
\frac{df}{dx} = 1
\\
f(x) = e^x
\hspace{1in} \rightarrow \hspace{1in}
\frac{df}{dx} = e^x
\\
f_a(x) = ax
\hspace{1in} \rightarrow \hspace{1in}
\frac{df}{dx} = a
$$

It turns out that the derivative of the sigmoid function with respect to its input simplifies if you perform the derivation (after a fun tricky part where we add and subtract a 1 in the numerator):

$$
\sigma(x) = \frac{1}{1+e^{-x}} \\
\rightarrow \hspace{0.3in} \frac{d\sigma(x)}{dx} = \frac{e^{-x}}{(1+e^{-x})^2} = \left( \frac{1 + e^{-x} - 1}{1 + e^{-x}} \right) \left( \frac{1}{1+e^{-x}} \right)
= \left( 1 - \sigma(x) \right) \sigma(x)
$$

For example, the sigmoid expression receives the input 1.0 and computes the output 0.73 during the forward pass:

$$2 \cdot (-1) + (-3) \cdot (-2) + (-3) = 1$$

$$\frac{1}{1 + e^{-1}} = 0.73$$

The local gradient would simply be

$$(1 - 0.73) \cdot 0.73 \approx 0.2$$
""", r"\frac{df}{dx} = -1/x^2", r"\frac{df}{dx} = 1/x^2", "sign dropped in the derivative of 1/x")

add("cs231n-hinge-loss-numbers",
    "CS231n notes, Linear classification: Multiclass Support Vector Machine loss (worked example)",
    "https://cs231n.github.io/linear-classify/ (source: github.com/cs231n/cs231n.github.io, linear-classify.md)",
    CSNOTE, r"""
# Multiclass SVM loss: an example

Suppose that we have three classes that receive the scores $s = [13, -7, 11]$, and that the first class is the true class (i.e. $y_i = 0$). Also assume that $\Delta$ (a hyperparameter we will go into more detail about soon) is 10. The expression above sums over all incorrect classes ($j \neq y_i$), so we get two terms:

$$
L_i = \max(0, -7 - 13 + 10) + \max(0, 11 - 13 + 10)
$$

$$
\max(0, -7 - 13 + 10) = 0
$$

$$
\max(0, 11 - 13 + 10) = 8
$$

$$
0 + 8 = 8
$$
""", r"\max(0, 11 - 13 + 10) = 8", r"\max(0, 11 - 13 + 10) = 12", "sign slip: 11 + 13 - 10 = 12 for the margin")

MAZUR = "https://mattmazur.com/2015/03/17/a-step-by-step-backpropagation-example/"
MZNOTE = "the post's equations (written with * for multiplication, as in the post) and its rounding; prose abridged"

add("mazur-forward-pass",
    "Mazur, A Step by Step Backpropagation Example, The Forward Pass",
    MAZUR, MZNOTE, r"""
# The Forward Pass

Here's how we calculate the total net input for $h_1$:

$$net_{h1} = w_1 * i_1 + w_2 * i_2 + b_1 * 1$$

$$net_{h1} = 0.15 * 0.05 + 0.2 * 0.1 + 0.35 * 1 = 0.3775$$

We then squash it using the logistic function to get the output of $h_1$:

$$out_{h1} = \frac{1}{1+e^{-net_{h1}}} = \frac{1}{1+e^{-0.3775}} = 0.593269992$$

Carrying out the same process for $h_2$ we get $out_{h2} = 0.596884378$. Here's the output for $o_1$:

$$net_{o1} = w_5 * out_{h1} + w_6 * out_{h2} + b_2 * 1$$

$$net_{o1} = 0.4 * 0.593269992 + 0.45 * 0.596884378 + 0.6 * 1 = 1.105905967$$

$$out_{o1} = \frac{1}{1+e^{-net_{o1}}} = \frac{1}{1+e^{-1.105905967}} = 0.75136507$$

And carrying out the same process for $o_2$ we get $out_{o2} = 0.772928465$.

Calculating the Total Error:

$$E_{o1} = \frac{1}{2}(target_{o1} - out_{o1})^{2} = \frac{1}{2}(0.01 - 0.75136507)^{2} = 0.274811083$$

Repeating this process for $o_2$ (remembering that the target is 0.99) we get $E_{o2} = 0.023560026$.

$$E_{total} = E_{o1} + E_{o2} = 0.274811083 + 0.023560026 = 0.298371109$$
""", r"$$out_{h1} = \frac{1}{1+e^{-net_{h1}}} = \frac{1}{1+e^{-0.3775}} = 0.593269992$$",
    r"$$out_{h1} = \frac{1}{1+e^{-net_{h1}}} = \frac{1}{1+e^{-0.3775}} = 0.406730008$$",
    "sigmoid of -net written for sigmoid of net (0.406730008 = 1 - 0.593269992)")

add("mazur-output-layer",
    "Mazur, A Step by Step Backpropagation Example, The Backwards Pass: Output Layer",
    MAZUR, MZNOTE, r"""
# The Backwards Pass: Output Layer

$$E_{total} = \frac{1}{2}(target_{o1} - out_{o1})^{2} + \frac{1}{2}(target_{o2} - out_{o2})^{2}$$

$$\frac{\partial E_{total}}{\partial out_{o1}} = 2 * \frac{1}{2}(target_{o1} - out_{o1})^{2 - 1} * -1 + 0$$

$$\frac{\partial E_{total}}{\partial out_{o1}} = -(target_{o1} - out_{o1}) = -(0.01 - 0.75136507) = 0.74136507$$

$$out_{o1} = \frac{1}{1+e^{-net_{o1}}}$$

$$\frac{\partial out_{o1}}{\partial net_{o1}} = out_{o1}(1 - out_{o1}) = 0.75136507(1 - 0.75136507) = 0.186815602$$

$$net_{o1} = w_5 * out_{h1} + w_6 * out_{h2} + b_2 * 1$$

$$\frac{\partial net_{o1}}{\partial w_{5}} = 1 * out_{h1} * w_5^{(1 - 1)} + 0 + 0 = out_{h1} = 0.593269992$$

Putting it all together:

$$\frac{\partial E_{total}}{\partial w_{5}} = \frac{\partial E_{total}}{\partial out_{o1}} * \frac{\partial out_{o1}}{\partial net_{o1}} * \frac{\partial net_{o1}}{\partial w_{5}}$$

$$\frac{\partial E_{total}}{\partial w_{5}} = 0.74136507 * 0.186815602 * 0.593269992 = 0.082167041$$

To decrease the error, we then subtract this value from the current weight (optionally multiplied by some learning rate, eta, which we'll set to 0.5):

$$w_5^{+} = w_5 - \eta * \frac{\partial E_{total}}{\partial w_{5}} = 0.4 - 0.5 * 0.082167041 = 0.35891648$$
""", r"= 0.75136507(1 - 0.75136507) = 0.186815602$$", r"= 0.75136507(1 - 0.75136507) = 0.186815620$$",
    "digits transposed: 0.186815602 copied as 0.186815620")

add("mazur-hidden-layer",
    "Mazur, A Step by Step Backpropagation Example, Hidden Layer",
    MAZUR, MZNOTE, r"""
# Hidden Layer

$$\frac{\partial E_{total}}{\partial out_{h1}} = \frac{\partial E_{o1}}{\partial out_{h1}} + \frac{\partial E_{o2}}{\partial out_{h1}}$$

$$\frac{\partial E_{o1}}{\partial net_{o1}} = \frac{\partial E_{o1}}{\partial out_{o1}} * \frac{\partial out_{o1}}{\partial net_{o1}} = 0.74136507 * 0.186815602 = 0.138498562$$

$$\frac{\partial E_{o1}}{\partial out_{h1}} = \frac{\partial E_{o1}}{\partial net_{o1}} * \frac{\partial net_{o1}}{\partial out_{h1}} = 0.138498562 * 0.40 = 0.055399425$$

Following the same process for $\frac{\partial E_{o2}}{\partial out_{h1}}$, we get $\frac{\partial E_{o2}}{\partial out_{h1}} = -0.019049119$. Therefore:

$$\frac{\partial E_{total}}{\partial out_{h1}} = \frac{\partial E_{o1}}{\partial out_{h1}} + \frac{\partial E_{o2}}{\partial out_{h1}} = 0.055399425 + -0.019049119 = 0.036350306$$

$$\frac{\partial out_{h1}}{\partial net_{h1}} = out_{h1}(1 - out_{h1}) = 0.59326999(1 - 0.59326999 ) = 0.241300709$$

$$\frac{\partial net_{h1}}{\partial w_1} = i_1 = 0.05$$

$$\frac{\partial E_{total}}{\partial w_{1}} = 0.036350306 * 0.241300709 * 0.05 = 0.000438568$$

$$w_1^{+} = w_1 - \eta * \frac{\partial E_{total}}{\partial w_{1}} = 0.15 - 0.5 * 0.000438568 = 0.149780716$$
""", r"0.055399425 + -0.019049119 = 0.036350306$$", r"0.055399425 + -0.019049119 = 0.074448544$$",
    "sign of the second term dropped: 0.055399425 + 0.019049119 written")

NNDL2 = "http://neuralnetworksanddeeplearning.com/chap2.html (book source: github.com/mnielsen/nnadl_site, chap2.html)"

add("nndl2-bp1-bp2-proof",
    "Nielsen ch. 2, Proof of the four fundamental equations (optional), eqs. (36)-(45)",
    NNDL2, EQN, r"""
# Proof of the four fundamental equations

Let's begin with Equation (BP1), which gives an expression for the output error, $\delta^L$. To prove this equation, recall that by definition

$$\begin{eqnarray}
  \delta^L_j = \frac{\partial C}{\partial z^L_j}.
\tag{36}\end{eqnarray}$$

Applying the chain rule, we can re-express the partial derivative above in terms of partial derivatives with respect to the output activations,

$$\begin{eqnarray}
  \delta^L_j = \sum_k \frac{\partial C}{\partial a^L_k} \frac{\partial a^L_k}{\partial z^L_j},
\tag{37}\end{eqnarray}$$

where the sum is over all neurons $k$ in the output layer. As a result we can simplify the previous equation to

$$\begin{eqnarray}
  \delta^L_j = \frac{\partial C}{\partial a^L_j} \frac{\partial a^L_j}{\partial z^L_j}.
\tag{38}\end{eqnarray}$$

Recalling that $a^L_j = \sigma(z^L_j)$ the second term on the right can be written as $\sigma'(z^L_j)$, and the equation becomes

$$\begin{eqnarray}
  \delta^L_j = \frac{\partial C}{\partial a^L_j} \sigma'(z^L_j),
\tag{39}\end{eqnarray}$$

which is just (BP1), in component form. Next, we'll prove (BP2).

$$\begin{eqnarray}
  \delta^l_j & = & \frac{\partial C}{\partial z^l_j} \tag{40}\\
  & = & \sum_k \frac{\partial C}{\partial z^{l+1}_k} \frac{\partial z^{l+1}_k}{\partial z^l_j} \tag{41}\\
  & = & \sum_k \frac{\partial z^{l+1}_k}{\partial z^l_j} \delta^{l+1}_k,
\tag{42}\end{eqnarray}$$

To evaluate the first term on the last line, note that

$$\begin{eqnarray}
  z^{l+1}_k = \sum_j w^{l+1}_{kj} a^l_j +b^{l+1}_k = \sum_j w^{l+1}_{kj} \sigma(z^l_j) +b^{l+1}_k.
\tag{43}\end{eqnarray}$$

Differentiating, we obtain

$$\begin{eqnarray}
  \frac{\partial z^{l+1}_k}{\partial z^l_j} = w^{l+1}_{kj} \sigma'(z^l_j).
\tag{44}\end{eqnarray}$$

Substituting back into (42) we obtain

$$\begin{eqnarray}
  \delta^l_j = \sum_k w^{l+1}_{kj}  \delta^{l+1}_k \sigma'(z^l_j).
\tag{45}\end{eqnarray}$$
""", r"\delta^L_j = \frac{\partial C}{\partial a^L_j} \sigma'(z^L_j),", r"\delta^L_j = \frac{\partial C}{\partial a^L_j} \sigma(z^L_j),",
    "sigma for sigma-prime in (39)")

PH = "https://explained.ai/matrix-calculus/ (Parr and Howard, The Matrix Calculus You Need For Deep Learning, arXiv:1802.01528)"
PHNOTE = "the paper's intermediate variables and steps, in its notation (d/dx operator forms, u_1..u_4, total vs partial derivatives); numbered steps given as prose"

add("parr-howard-sin-x-squared",
    "Parr and Howard, section Single-variable chain rule (y = sin(x^2), the four steps)",
    PH, PHNOTE, r"""
# Single-variable chain rule

Let's try this process on $y = f(g(x)) = sin(x^2)$:

1. Introduce intermediate variables. Let $u = x^2$ represent subexpression $x^2$ (shorthand for $u(x) = x^2$). This gives us:

$$u = x^2$$

$$y = sin(u)$$

2. Compute derivatives.

$$\frac{du}{dx} = 2x$$

$$\frac{dy}{du} = cos(u)$$

3. Combine.

$$\frac{dy}{dx} = \frac{dy}{du}\frac{du}{dx} = cos(u)2x$$

4. Substitute.

$$\frac{dy}{dx} = cos(x^2)2x = 2xcos(x^2)$$
""", r"$$\frac{dy}{dx} = cos(x^2)2x = 2xcos(x^2)$$", r"$$\frac{dy}{dx} = cos(x^2)2x = cos(2x)$$",
    "inner derivative put inside the cosine")

add("parr-howard-nested",
    "Parr and Howard, section Single-variable chain rule (y = ln(sin(x^3)^2), four intermediate variables)",
    PH, PHNOTE, r"""
# A deeply nested expression

Here is the formulation of $y = f(x) = ln(sin(x^3)^2)$ with intermediate variables:

$$u_1 = f_1(x) = x^3$$

$$u_2 = f_2(u_1) = sin(u_1)$$

$$u_3 = f_3(u_2) = u_2^2$$

$$u_4 = f_4(u_3) = ln(u_3) \quad (y = u_4)$$

Computing the derivatives:

$$\frac{d}{dx} u_1 = \frac{d}{dx} x^3 = 3x^2$$

$$\frac{d}{du_1} u_2 = \frac{d}{du_1} sin(u_1) = cos(u_1)$$

$$\frac{d}{du_2} u_3 = \frac{d}{du_2} u_2^2 = 2u_2$$

$$\frac{d}{du_3} u_4 = \frac{d}{du_3} ln(u_3) = \frac{1}{u_3}$$

$$\frac{dy}{dx} = \frac{du_4}{dx} = \frac{du_4}{du_3}\frac{du_3}{du_2} \frac{du_2}{du_1} \frac{du_1}{dx} = \frac{1}{u_3}  2u_2  cos(u_1)  3x^2 = \frac{6u_2x^2cos(u_1)}{u_3}$$

$$= \frac{6sin(u_1)x^2cos(x^3)}{u_2^2} = \frac{6sin(x^3)x^2cos(x^3)}{sin(x^3)^2} = \frac{6x^2cos(x^3)}{sin(x^3)}$$
""", r"\frac{d}{du_2} u_3 = \frac{d}{du_2} u_2^2 = 2u_2", r"\frac{d}{du_2} u_3 = \frac{d}{du_2} u_2^2 = u_2",
    "power rule without the factor 2")

add("parr-howard-total-derivative",
    "Parr and Howard, section The gradient of neuron activation / total-derivative chain rule (y = x + x^2 and y = x * x^2)",
    PH, PHNOTE, r"""
# The single-variable total-derivative chain rule

Consider $y = f(x) = x+x^2$ with intermediate variables $u_1(x) = x^2$ and $u_2(x,u_1) = x + u_1$ (so $y = f(x) = u_2(x,u_1)$). The partial derivatives are:

$$\frac{\partial u_1}{\partial x} = 2x$$

$$\frac{\partial u_2}{\partial x} = 1$$

$$\frac{\partial u_2}{\partial u_1} = 1$$

$$\frac{dy}{dx} = \frac{\partial f(x)}{\partial x} = \frac{\partial u_2(x,u_1)}{\partial x} = \frac{\partial u_2}{\partial x}\frac{\partial x}{\partial x} + \frac{\partial u_2}{\partial u_1}\frac{\partial u_1}{\partial x} = 1 + 2x$$

Let's try it on $f(x) = x \cdot x^2$ with $u_1(x) = x^2$ and $u_2(x,u_1) = x u_1$:

$$\frac{\partial u_1}{\partial x} = 2x$$

$$\frac{\partial u_2}{\partial x} = u_1$$

$$\frac{\partial u_2}{\partial u_1} = x$$

$$\frac{dy}{dx} = \frac{\partial u_2}{\partial x} + \frac{\partial u_2}{\partial u_1}\frac{\partial u_1}{\partial x} = u_1 + x 2x = x^2 + 2x^2 = 3x^2$$
""", r"= u_1 + x 2x = x^2 + 2x^2 = 3x^2", r"= u_1 + x 2x = x^2 + 2x^2 = 2x^2",
    "sum of the two paths written as one path")

GF = "https://www.deeplearningbook.org/contents/prob.html (Goodfellow, Bengio and Courville, Deep Learning, ch. 3.10)"
add("goodfellow-sigmoid-softplus-identities",
    "Goodfellow et al., Deep Learning, 3.10 Useful Properties of Common Functions, eqs. (3.30)-(3.41)",
    GF, "the book's equations with their numbers and quantifiers; tags written as LaTeX tags", r"""
# Useful properties of common functions

The logistic sigmoid:

$$\sigma(x) = \frac{1}{1 + \exp(-x)}. \tag{3.30}$$

Another commonly encountered function is the softplus function:

$$\zeta(x) = \log(1 + \exp(x)). \tag{3.31}$$

The following properties are all useful enough that you may wish to memorize them:

$$\sigma(x) = \frac{\exp(x)}{\exp(x) + \exp(0)} \tag{3.33}$$

$$\frac{d}{dx}\sigma(x) = \sigma(x)(1 - \sigma(x)) \tag{3.34}$$

$$1 - \sigma(x) = \sigma(-x) \tag{3.35}$$

$$\log \sigma(x) = -\zeta(-x) \tag{3.36}$$

$$\frac{d}{dx}\zeta(x) = \sigma(x) \tag{3.37}$$

$$\forall x \in (0, 1), \; \sigma^{-1}(x) = \log\left(\frac{x}{1 - x}\right) \tag{3.38}$$

$$\forall x > 0, \; \zeta^{-1}(x) = \log(\exp(x) - 1) \tag{3.39}$$

$$\zeta(x) = \int_{-\infty}^{x} \sigma(y) dy \tag{3.40}$$

$$\zeta(x) - \zeta(-x) = x \tag{3.41}$$
""", r"$$1 - \sigma(x) = \sigma(-x) \tag{3.35}$$", r"$$1 - \sigma(x) = -\sigma(x) \tag{3.35}$$",
    "minus moved outside the sigmoid in (3.35)")

GF6 = "https://www.deeplearningbook.org/contents/mlp.html (Goodfellow et al., Deep Learning, 6.2.2.2)"
add("goodfellow-bernoulli-sigmoid",
    "Goodfellow et al., Deep Learning, 6.2.2.2 Sigmoid Units for Bernoulli Output Distributions, eqs. (6.20)-(6.26)",
    GF6, "the book's equations with their numbers; bold vectors kept as boldsymbol", r"""
# Sigmoid units for Bernoulli output distributions

We assume that the unnormalized log probabilities are linear in $y$ and $z$, for $y \in \{0, 1\}$:

$$\log \tilde{P}(y) = yz, \tag{6.20}$$

$$\tilde{P}(y) = \exp(yz), \tag{6.21}$$

$$P(y) = \frac{\exp(yz)}{\sum_{y'=0}^{1} \exp(y'z)}, \tag{6.22}$$

$$P(y) = \sigma((2y - 1)z). \tag{6.23}$$

The loss function for maximum likelihood learning of a Bernoulli parametrized by a sigmoid is

$$J(\boldsymbol{\theta}) = -\log P(y \mid \boldsymbol{x}) \tag{6.24}$$

$$= -\log \sigma((2y - 1)z) \tag{6.25}$$

$$= \zeta((1 - 2y)z). \tag{6.26}$$
""", r"$$= \zeta((1 - 2y)z). \tag{6.26}$$", r"$$= \zeta((2y - 1)z). \tag{6.26}$$",
    "sign of the softplus argument flipped in (6.26)")

add("gelu-definition-and-approximations",
    "Hendrycks and Gimpel, Gaussian Error Linear Units (GELUs), section 2 (definition and the two approximations); values at x = 1 worked out",
    "https://arxiv.org/abs/1606.08415",
    "the paper's formulas as written; the three values at x = 1 are a reader's check (computed, rounded to four places)", r"""
# GELU formulation

We define the GELU as

$$\text{GELU}(x) = xP(X \le x) = x\Phi(x) = x \cdot \frac{1}{2}\left[1 + \text{erf}(x/\sqrt{2})\right].$$

We can approximate the GELU with

$$0.5x(1 + \tanh[\sqrt{2/\pi}(x + 0.044715x^3)])$$

or

$$x\sigma(1.702x),$$

if greater feedforward speed is worth the cost of exactness.

At $x = 1$:

$$1 \cdot \frac{1}{2}\left[1 + \text{erf}(1/\sqrt{2})\right] = 0.8413$$

$$0.5 \cdot 1 \cdot (1 + \tanh[\sqrt{2/\pi}(1 + 0.044715)]) = 0.8412$$

$$1 \cdot \sigma(1.702 \cdot 1) = 0.8458$$
""", r"$$0.5 \cdot 1 \cdot (1 + \tanh[\sqrt{2/\pi}(1 + 0.044715)]) = 0.8412$$",
    r"$$0.5 \cdot 1 \cdot (1 + \tanh[\sqrt{2/\pi}(1 + 0.044715)]) = 1.6824$$",
    "the factor 0.5 forgotten (1.6824 = 2 * 0.8412)")

add("swish-derivative-paper",
    "Ramachandran, Zoph and Le, Searching for Activation Functions, section 4 (Swish and its derivative)",
    "https://arxiv.org/abs/1710.05941",
    "the paper's formulas; its prose about beta = 0 written as a display", r"""
# Swish

We propose a new activation function that we name Swish:

$$f(x) = x \cdot \sigma(\beta x)$$

where $\sigma(z) = (1 + \exp(-z))^{-1}$ is the sigmoid function and $\beta$ is either a constant or a trainable parameter. If $\beta = 0$, Swish becomes the scaled linear function

$$x \cdot \sigma(0 \cdot x) = \frac{x}{2}$$

The derivative of Swish is

$$f'(x) = \sigma(\beta x) + \beta x \cdot \sigma(\beta x)(1 - \sigma(\beta x))$$

$$= \sigma(\beta x) + \beta x \cdot \sigma(\beta x) - \beta x \cdot \sigma(\beta x)^2$$

$$= \beta x \cdot \sigma(\beta x) + \sigma(\beta x)(1 - \beta x \cdot \sigma(\beta x))$$

$$= \beta f(x) + \sigma(\beta x)(1 - \beta f(x))$$
""", r"$$= \beta f(x) + \sigma(\beta x)(1 - \beta f(x))$$", r"$$= \beta f(x) + \sigma(\beta x)(1 - f(x))$$",
    "beta dropped inside the last bracket")

ADAM = "https://arxiv.org/abs/1412.6980 (Kingma and Ba, Adam: A Method for Stochastic Optimization)"
add("adam-efficient-order",
    "Kingma and Ba, Adam, Algorithm 1 and section 2 (the efficiency remark: folding the bias corrections into the step size)",
    ADAM, "Algorithm 1's update lines (left arrows kept); the remark's identity written as a display, with epsilon left out as the remark does", r"""
# Adam: bias-corrected moment estimates

Algorithm 1, with $g_t$ the gradient at timestep $t$:

$$m_t \leftarrow \beta_1 \cdot m_{t-1} + (1 - \beta_1) \cdot g_t$$

$$v_t \leftarrow \beta_2 \cdot v_{t-1} + (1 - \beta_2) \cdot g_t^2$$

$$\widehat{m}_t \leftarrow m_t / (1 - \beta_1^t)$$

$$\widehat{v}_t \leftarrow v_t / (1 - \beta_2^t)$$

$$\theta_t \leftarrow \theta_{t-1} - \alpha \cdot \widehat{m}_t / (\sqrt{\widehat{v}_t} + \epsilon)$$

Note that the efficiency of algorithm 1 can, at the expense of clarity, be improved upon by changing the order of computation, e.g. by replacing the last three lines in the loop with the following lines: $\alpha_t = \alpha \cdot \sqrt{1 - \beta_2^t}/(1 - \beta_1^t)$ and $\theta_t \leftarrow \theta_{t-1} - \alpha_t \cdot m_t / (\sqrt{v_t} + \hat{\epsilon})$. Without $\epsilon$ the two steps agree:

$$\alpha \cdot \widehat{m}_t / \sqrt{\widehat{v}_t} = \alpha \cdot \frac{m_t/(1 - \beta_1^t)}{\sqrt{v_t/(1 - \beta_2^t)}}$$

$$= \alpha \cdot \frac{\sqrt{1 - \beta_2^t}}{1 - \beta_1^t} \cdot \frac{m_t}{\sqrt{v_t}}$$

$$= \alpha_t \cdot m_t / \sqrt{v_t}$$

At $t = 1$ with $m_0 = 0$, $v_0 = 0$: $m_1 = (1 - \beta_1) g_1$ and $v_1 = (1 - \beta_2) g_1^2$, so

$$\widehat{m}_1 = \frac{(1 - \beta_1) g_1}{1 - \beta_1} = g_1$$
""", r"$$= \alpha \cdot \frac{\sqrt{1 - \beta_2^t}}{1 - \beta_1^t} \cdot \frac{m_t}{\sqrt{v_t}}$$",
    r"$$= \alpha \cdot \frac{1 - \beta_2^t}{1 - \beta_1^t} \cdot \frac{m_t}{\sqrt{v_t}}$$",
    "square root of the second bias correction dropped")

add("adam-bias-correction-expectation",
    "Kingma and Ba, Adam, section 3 Initialization bias correction, eqs. (1)-(4)",
    ADAM, "the section's equations as written (E[.], a sum to t, the residual zeta)", r"""
# Initialization bias correction

Let $g$ be the gradient of the stochastic objective $f$, and we wish to estimate its second raw moment (uncentered variance) using an exponential moving average of the squared gradient, with decay rate $\beta_2$. Let $g_1, \ldots, g_T$ be the gradients at subsequent timesteps. Let us initialize the exponential moving average as $v_0 = 0$ (a vector of zeros). First note that the update at timestep $t$ of the exponential moving average $v_t = \beta_2 \cdot v_{t-1} + (1 - \beta_2) \cdot g_t^2$ (where $g_t^2$ indicates the elementwise square $g_t \odot g_t$) can be written as a function of the gradients at all previous timesteps:

$$v_t = (1 - \beta_2) \sum_{i=1}^{t} \beta_2^{t-i} \cdot g_i^2 \tag{1}$$

We wish to know how $\mathbb{E}[v_t]$, the expected value of the exponential moving average at timestep $t$, relates to the true second moment $\mathbb{E}[g_t^2]$:

$$\mathbb{E}[v_t] = \mathbb{E}\left[(1 - \beta_2) \sum_{i=1}^{t} \beta_2^{t-i} \cdot g_i^2\right] \tag{2}$$

$$= \mathbb{E}[g_t^2] \cdot (1 - \beta_2) \sum_{i=1}^{t} \beta_2^{t-i} + \zeta \tag{3}$$

$$= \mathbb{E}[g_t^2] \cdot (1 - \beta_2^t) + \zeta \tag{4}$$

where $\zeta = 0$ if the true second moment $\mathbb{E}[g_i^2]$ is stationary. At $t = 2$ the geometric sum is

$$(1 - \beta_2)(\beta_2 + 1) = 1 - \beta_2^2$$
""", r"$$= \mathbb{E}[g_t^2] \cdot (1 - \beta_2^t) + \zeta \tag{4}$$",
    r"$$= \mathbb{E}[g_t^2] \cdot (1 - \beta_2^{t-1}) + \zeta \tag{4}$$", "off-by-one exponent in (4)")

BN = "https://arxiv.org/abs/1502.03167 (Ioffe and Szegedy, Batch Normalization)"
add("batchnorm-backward-paper",
    "Ioffe and Szegedy, Batch Normalization, Algorithm 1 and section 3 (the backward pass)",
    BN, "Algorithm 1's lines (left arrows kept) and the chain-rule equations of section 3 as printed", r"""
# Batch Normalizing Transform and its gradients

Input: values of $x$ over a mini-batch: $\mathcal{B} = \{x_{1 \ldots m}\}$; parameters to be learned: $\gamma$, $\beta$.

$$\mu_\mathcal{B} \leftarrow \frac{1}{m} \sum_{i=1}^{m} x_i$$

$$\sigma_\mathcal{B}^2 \leftarrow \frac{1}{m} \sum_{i=1}^{m} (x_i - \mu_\mathcal{B})^2$$

$$\widehat{x}_i \leftarrow \frac{x_i - \mu_\mathcal{B}}{\sqrt{\sigma_\mathcal{B}^2 + \epsilon}}$$

$$y_i \leftarrow \gamma \widehat{x}_i + \beta \equiv \text{BN}_{\gamma,\beta}(x_i)$$

During training we need to backpropagate the gradient of loss $\ell$ through this transformation. We use chain rule, as follows (before simplification):

$$\frac{\partial \ell}{\partial \widehat{x}_i} = \frac{\partial \ell}{\partial y_i} \cdot \gamma$$

$$\frac{\partial \ell}{\partial \sigma_\mathcal{B}^2} = \sum_{i=1}^{m} \frac{\partial \ell}{\partial \widehat{x}_i} \cdot (x_i - \mu_\mathcal{B}) \cdot \frac{-1}{2}(\sigma_\mathcal{B}^2 + \epsilon)^{-3/2}$$

$$\frac{\partial \ell}{\partial \mu_\mathcal{B}} = \left(\sum_{i=1}^{m} \frac{\partial \ell}{\partial \widehat{x}_i} \cdot \frac{-1}{\sqrt{\sigma_\mathcal{B}^2 + \epsilon}}\right) + \frac{\partial \ell}{\partial \sigma_\mathcal{B}^2} \cdot \frac{\sum_{i=1}^{m} -2(x_i - \mu_\mathcal{B})}{m}$$

$$\frac{\partial \ell}{\partial x_i} = \frac{\partial \ell}{\partial \widehat{x}_i} \cdot \frac{1}{\sqrt{\sigma_\mathcal{B}^2 + \epsilon}} + \frac{\partial \ell}{\partial \sigma_\mathcal{B}^2} \cdot \frac{2(x_i - \mu_\mathcal{B})}{m} + \frac{\partial \ell}{\partial \mu_\mathcal{B}} \cdot \frac{1}{m}$$

$$\frac{\partial \ell}{\partial \gamma} = \sum_{i=1}^{m} \frac{\partial \ell}{\partial y_i} \cdot \widehat{x}_i$$

$$\frac{\partial \ell}{\partial \beta} = \sum_{i=1}^{m} \frac{\partial \ell}{\partial y_i}$$
""", r"\cdot (x_i - \mu_\mathcal{B}) \cdot \frac{-1}{2}(\sigma_\mathcal{B}^2 + \epsilon)^{-3/2}$$",
    r"\cdot (x_i - \mu_\mathcal{B}) \cdot \frac{-1}{2}(\sigma_\mathcal{B}^2 + \epsilon)^{-1/2}$$",
    "exponent -1/2 for -3/2 (derivative of the inverse square root)")

add("batchnorm-local-derivatives-m2",
    "Ioffe and Szegedy, Batch Normalization, section 3: the local derivatives the backward pass multiplies, for a mini-batch of m = 2",
    BN, "the paper's notation; the local partial derivatives behind its chain-rule lines written out for m = 2 and i = 1, as a reader checking them would", r"""
# The factors of the backward pass, for m = 2

For a mini-batch of two values, $m = 2$:

$$\mu_\mathcal{B} = \frac{1}{2}(x_1 + x_2)$$

$$\sigma_\mathcal{B}^2 = \frac{1}{2}\left((x_1 - \mu_\mathcal{B})^2 + (x_2 - \mu_\mathcal{B})^2\right)$$

$$\widehat{x}_1 = \frac{x_1 - \mu_\mathcal{B}}{\sqrt{\sigma_\mathcal{B}^2 + \epsilon}}$$

where $\epsilon > 0$. The factors in the chain rule of section 3 are the partial derivatives of these definitions:

$$\frac{\partial \widehat{x}_1}{\partial \sigma_\mathcal{B}^2} = (x_1 - \mu_\mathcal{B}) \cdot \frac{-1}{2}(\sigma_\mathcal{B}^2 + \epsilon)^{-3/2}$$

$$\frac{\partial \widehat{x}_1}{\partial \mu_\mathcal{B}} = \frac{-1}{\sqrt{\sigma_\mathcal{B}^2 + \epsilon}}$$

$$\frac{\partial \sigma_\mathcal{B}^2}{\partial \mu_\mathcal{B}} = \frac{-2(x_1 - \mu_\mathcal{B}) - 2(x_2 - \mu_\mathcal{B})}{2}$$

$$\frac{\partial \mu_\mathcal{B}}{\partial x_1} = \frac{1}{2}$$

$$\frac{\partial \sigma_\mathcal{B}^2}{\partial x_1} = \frac{2(x_1 - \mu_\mathcal{B})}{2}$$
""", r"$$\frac{\partial \widehat{x}_1}{\partial \mu_\mathcal{B}} = \frac{-1}{\sqrt{\sigma_\mathcal{B}^2 + \epsilon}}$$",
    r"$$\frac{\partial \widehat{x}_1}{\partial \mu_\mathcal{B}} = \frac{1}{\sqrt{\sigma_\mathcal{B}^2 + \epsilon}}$$",
    "sign of the mean's local derivative dropped")

add("glorot-normalized-init",
    "Glorot and Bengio, Understanding the difficulty of training deep feedforward neural networks (2010), section 4.2, eqs. (1), (12), (15), (16)",
    "https://proceedings.mlr.press/v9/glorot10a.html",
    "the paper's conditions and initializations; the variance of a uniform U[-a, a], a^2/3, applied as the paper does, written out as displays", r"""
# Normalized initialization

The standard initialization $W_{ij} \sim U\left[-\frac{1}{\sqrt{n}}, \frac{1}{\sqrt{n}}\right]$ (1) gives rise to variance with the following property: $n Var[W] = \frac{1}{3}$ (15), where $n$ is the layer size. A uniform $U[-a, a]$ has variance $a^2/3$:

$$n \cdot \frac{1}{3}\left(\frac{1}{\sqrt{n}}\right)^2 = \frac{1}{3}$$

From a forward-propagation point of view we would like $\forall i, \; n_i Var[W^i] = 1$, and from a back-propagation point of view $\forall i, \; n_{i+1} Var[W^i] = 1$. As a compromise between these two constraints, we might want to have

$$\forall i, \; Var[W^i] = \frac{2}{n_i + n_{i+1}} \tag{12}$$

We call it the normalized initialization:

$$W \sim U\left[-\frac{\sqrt{6}}{\sqrt{n_j + n_{j+1}}}, \frac{\sqrt{6}}{\sqrt{n_j + n_{j+1}}}\right] \tag{16}$$

Its variance is

$$\frac{1}{3}\left(\frac{\sqrt{6}}{\sqrt{n_j + n_{j+1}}}\right)^2 = \frac{2}{n_j + n_{j+1}}$$
""", r"\frac{1}{3}\left(\frac{\sqrt{6}}{\sqrt{n_j + n_{j+1}}}\right)^2 = \frac{2}{n_j + n_{j+1}}",
    r"\frac{1}{3}\left(\frac{\sqrt{6}}{\sqrt{n_j + n_{j+1}}}\right)^2 = \frac{6}{n_j + n_{j+1}}",
    "the 1/3 of the uniform variance forgotten")

add("he-forward-variance",
    "He, Zhang, Ren and Sun, Delving Deep into Rectifiers (2015), section 2.2 Forward Propagation Case, eqs. (6)-(10); std for a 3x3 conv with 64 channels worked out",
    "https://arxiv.org/abs/1502.01852",
    "the paper's equations with their numbers; the numeric instance (k = 3, c = 64) is a reader's check", r"""
# Forward propagation case

We let the initialized elements in $W_l$ be mutually independent and share the same distribution. We assume that the elements in $x_l$ are also mutually independent and share the same distribution, and $x_l$ and $W_l$ are independent of each other. Then we have:

$$Var[y_l] = n_l Var[w_l x_l], \tag{6}$$

We let $w_l$ have zero mean. Then the variance of the product of independent variables gives us:

$$Var[y_l] = n_l Var[w_l] E[x_l^2]. \tag{7}$$

If we let $w_{l-1}$ have a symmetric distribution around zero and $b_{l-1} = 0$, then $y_{l-1}$ has zero mean and has a symmetric distribution around zero. This leads to $E[x_l^2] = \frac{1}{2} Var[y_{l-1}]$ when the activation is ReLU. Putting this into Eqn.(7), we obtain:

$$Var[y_l] = \frac{1}{2} n_l Var[w_l] Var[y_{l-1}]. \tag{8}$$

A sufficient condition is:

$$\frac{1}{2} n_l Var[w_l] = 1, \quad \forall l. \tag{10}$$

This leads to a zero-mean Gaussian distribution whose standard deviation (std) is $\sqrt{2/n_l}$. Here $n_l = k^2 c$; for $k = 3$ and $c = 64$:

$$n_l = 3^2 \cdot 64 = 576$$

$$\sqrt{2/576} \approx 0.059$$
""", r"$$\sqrt{2/576} \approx 0.059$$", r"$$\sqrt{2/576} \approx 0.042$$",
    "the value of the Xavier std, sqrt(1/576), written for He's")

add("vae-gaussian-kl",
    "Kingma and Welling, Auto-Encoding Variational Bayes, Appendix B (Solution of -D_KL, Gaussian case); the J = 1 case written out",
    "https://arxiv.org/abs/1312.6114",
    "the appendix's equations as printed (integrals, sums to J); the J = 1 difference is a reader's check", r"""
# Solution of the KL divergence, Gaussian case

Let $J$ be the dimensionality of $\mathbf{z}$. Let $\boldsymbol{\mu}$ and $\boldsymbol{\sigma}$ denote the variational mean and s.d. evaluated at datapoint $i$, and let $\mu_j$ and $\sigma_j$ simply denote the $j$-th element of these vectors. Then:

$$\int q_\theta(\mathbf{z}) \log p(\mathbf{z}) \, d\mathbf{z} = \int \mathcal{N}(\mathbf{z}; \boldsymbol{\mu}, \boldsymbol{\sigma}^2) \log \mathcal{N}(\mathbf{z}; \mathbf{0}, \mathbf{I}) \, d\mathbf{z} = -\frac{J}{2}\log(2\pi) - \frac{1}{2}\sum_{j=1}^{J}(\mu_j^2 + \sigma_j^2)$$

And:

$$\int q_\theta(\mathbf{z}) \log q_\theta(\mathbf{z}) \, d\mathbf{z} = \int \mathcal{N}(\mathbf{z}; \boldsymbol{\mu}, \boldsymbol{\sigma}^2) \log \mathcal{N}(\mathbf{z}; \boldsymbol{\mu}, \boldsymbol{\sigma}^2) \, d\mathbf{z} = -\frac{J}{2}\log(2\pi) - \frac{1}{2}\sum_{j=1}^{J}(1 + \log \sigma_j^2)$$

Therefore:

$$-D_{KL}((q_\phi(\mathbf{z}) \| p_\theta(\mathbf{z})) = \int q_\theta(\mathbf{z}) \left(\log p_\theta(\mathbf{z}) - \log q_\theta(\mathbf{z})\right) d\mathbf{z} = \frac{1}{2}\sum_{j=1}^{J}\left(1 + \log((\sigma_j)^2) - (\mu_j)^2 - (\sigma_j)^2\right)$$

For $J = 1$, with $\sigma_1 > 0$, the difference of the two integrals is

$$\left(-\frac{1}{2}\log(2\pi) - \frac{1}{2}(\mu_1^2 + \sigma_1^2)\right) - \left(-\frac{1}{2}\log(2\pi) - \frac{1}{2}(1 + \log \sigma_1^2)\right) = \frac{1}{2}\left(1 + \log((\sigma_1)^2) - (\mu_1)^2 - (\sigma_1)^2\right)$$
""", r"= \frac{1}{2}\left(1 + \log((\sigma_1)^2) - (\mu_1)^2 - (\sigma_1)^2\right)$$",
    r"= \frac{1}{2}\left(1 + \log((\sigma_1)^2) + (\mu_1)^2 - (\sigma_1)^2\right)$$", "sign of the mean term flipped")

add("lstm-olah-cell",
    "Olah, Understanding LSTM Networks (2015), Step-by-Step LSTM Walk Through (cell and output equations); the local derivatives of one scalar cell written out",
    "https://colah.github.io/posts/2015-08-Understanding-LSTMs/",
    "the post's equations as written (* for pointwise multiplication, [h, x] concatenation); the derivative lines are a reader's, in the post's notation", r"""
# The LSTM cell

$$f_t = \sigma(W_f \cdot [h_{t-1}, x_t] + b_f)$$

$$i_t = \sigma(W_i \cdot [h_{t-1}, x_t] + b_i)$$

$$\tilde{C}_t = tanh(W_C \cdot [h_{t-1}, x_t] + b_C)$$

$$C_t = f_t * C_{t-1} + i_t * \tilde{C}_t$$

$$o_t = \sigma(W_o \, [h_{t-1}, x_t] + b_o)$$

$$h_t = o_t * tanh(C_t)$$

For one cell (all quantities scalars) the local derivatives are

$$\frac{\partial C_t}{\partial f_t} = C_{t-1}$$

$$\frac{\partial C_t}{\partial C_{t-1}} = f_t$$

$$\frac{\partial C_t}{\partial i_t} = \tilde{C}_t$$

$$\frac{\partial h_t}{\partial o_t} = tanh(C_t)$$

$$\frac{\partial h_t}{\partial C_t} = o_t * (1 - tanh^2(C_t))$$

$$\frac{\partial h_t}{\partial C_{t-1}} = o_t * (1 - tanh^2(C_t)) * f_t$$
""", r"$$\frac{\partial h_t}{\partial C_t} = o_t * (1 - tanh^2(C_t))$$", r"$$\frac{\partial h_t}{\partial C_t} = o_t * (1 - tanh(C_t))^2$$",
    "square put outside the bracket: (1 - tanh)^2 for 1 - tanh^2")

add("d2l-bptt-recurrence",
    "Zhang et al., Dive into Deep Learning, 9.7 Backpropagation Through Time, eqs. (9.7.1)-(9.7.6); the recurrence unrolled for t = 3",
    "https://d2l.ai/chapter_recurrent-neural-networks/bptt.html (source: github.com/d2l-ai/d2l-en)",
    "the section's equations as recalled from the current d2l.ai page (the stored repository copies are older editions with other notation); the t = 3 unrolling is a reader's check", r"""
# Analysis of gradients in RNNs

$$\begin{aligned}h_t &= f(x_t, h_{t-1}, w_\textrm{h}),\\o_t &= g(h_t, w_\textrm{o}),\end{aligned}$$

$$L(x_1, \ldots, x_T, y_1, \ldots, y_T, w_\textrm{h}, w_\textrm{o}) = \frac{1}{T}\sum_{t=1}^T l(y_t, o_t).$$

$$\frac{\partial h_t}{\partial w_\textrm{h}}= \frac{\partial f(x_{t},h_{t-1},w_\textrm{h})}{\partial w_\textrm{h}} +\frac{\partial f(x_{t},h_{t-1},w_\textrm{h})}{\partial h_{t-1}} \frac{\partial h_{t-1}}{\partial w_\textrm{h}}.$$

Assume that we have three sequences $\{a_{t}\},\{b_{t}\},\{c_{t}\}$ satisfying $a_{0}=0$ and $a_{t}=b_{t}+c_{t}a_{t-1}$ for $t=1, 2,\ldots$. Then for $t\geq 1$, it is easy to show

$$a_{t}=b_{t}+\sum_{i=1}^{t-1}\left(\prod_{j=i+1}^{t}c_{j}\right)b_{i}.$$

Unrolled by hand, with $a_1 = b_1$:

$$a_2 = b_2 + c_2 a_1 = b_2 + c_2 b_1$$

$$a_3 = b_3 + c_3 a_2 = b_3 + c_3 b_2 + c_3 c_2 b_1$$
""", r"$$a_3 = b_3 + c_3 a_2 = b_3 + c_3 b_2 + c_3 c_2 b_1$$", r"$$a_3 = b_3 + c_3 a_2 = b_3 + c_3 b_2 + c_2 b_1$$",
    "one factor c_3 missing on the longest path")


add("mazur-delta-rule",
    "Mazur, A Step by Step Backpropagation Example, The Backwards Pass: the delta rule and the node delta",
    MAZUR, MZNOTE + "; the post's definitions of E_total, out_o1 and net_o1 given first, as in the post", r"""
# The delta rule

$$E_{total} = \frac{1}{2}(target_{o1} - out_{o1})^{2} + \frac{1}{2}(target_{o2} - out_{o2})^{2}$$

$$out_{o1} = \frac{1}{1+e^{-net_{o1}}}$$

$$net_{o1} = w_5 * out_{h1} + w_6 * out_{h2} + b_2 * 1$$

You'll often see this calculation combined in the form of the delta rule:

$$\frac{\partial E_{total}}{\partial w_{5}} = -(target_{o1} - out_{o1}) * out_{o1}(1 - out_{o1}) * out_{h1}$$

Alternatively, we have $\frac{\partial E_{total}}{\partial out_{o1}}$ and $\frac{\partial out_{o1}}{\partial net_{o1}}$ which can be written as $\frac{\partial E_{total}}{\partial net_{o1}}$, aka $\delta_{o1}$ (the Greek letter delta) aka the node delta. We can use this to rewrite the calculation above:

$$\delta_{o1} = \frac{\partial E_{total}}{\partial out_{o1}} * \frac{\partial out_{o1}}{\partial net_{o1}} = \frac{\partial E_{total}}{\partial net_{o1}}$$

$$\delta_{o1} = -(target_{o1} - out_{o1}) * out_{o1}(1 - out_{o1})$$

Therefore:

$$\frac{\partial E_{total}}{\partial w_{5}} = \delta_{o1} out_{h1}$$
""", r"$$\delta_{o1} = -(target_{o1} - out_{o1}) * out_{o1}(1 - out_{o1})$$",
    r"$$\delta_{o1} = (target_{o1} - out_{o1}) * out_{o1}(1 - out_{o1})$$", "minus sign of -(target - out) dropped")

add("cs231n-variance-calibration",
    "CS231n notes, Neural Networks Part 2: Weight Initialization, Calibrating the variances with 1/sqrt(n)",
    "https://cs231n.github.io/neural-networks-2/ (source: github.com/cs231n/cs231n.github.io, neural-networks-2.md)",
    CSNOTE, r"""
# Calibrating the variances with 1/sqrt(n)

The sketch of the derivation is as follows: Consider the inner product $s = \sum_i^n w_i x_i$ between the weights $w$ and input $x$, which gives the raw activation of a neuron before the non-linearity. We can examine the variance of $s$:

$$
\begin{align}
\text{Var}(s) &= \text{Var}(\sum_i^n w_ix_i) \\
&= \sum_i^n \text{Var}(w_ix_i) \\
&= \sum_i^n [E(w_i)]^2\text{Var}(x_i) + [E(x_i)]^2\text{Var}(w_i) + \text{Var}(x_i)\text{Var}(w_i) \\
&= \sum_i^n \text{Var}(x_i)\text{Var}(w_i) \\
&= \left( n \text{Var}(w) \right) \text{Var}(x)
\end{align}
$$

where in the first 2 steps we have used properties of variance. In third step we assumed zero mean inputs and weights, so $E[x_i] = E[w_i] = 0$. In the last step we assumed that all $w_i, x_i$ are identically distributed. And since $\text{Var}(aX) = a^2\text{Var}(X)$ for a random variable $X$ and a scalar $a$, this implies that we should draw from unit gaussian and then scale it by $a = \sqrt{1/n}$, to make its variance $1/n$.
""", r"&= \sum_i^n [E(w_i)]^2\text{Var}(x_i) + [E(x_i)]^2\text{Var}(w_i) + \text{Var}(x_i)\text{Var}(w_i) \\",
    r"&= \sum_i^n [E(w_i)]^2\text{Var}(x_i) + [E(x_i)]^2\text{Var}(w_i) \\", "the Var(x)Var(w) term of the variance of a product left out")

add("cs231n-backward-flow-patterns",
    "CS231n notes, Backpropagation, intuitions: Patterns in backward flow (the add, max and multiply gates of the example circuit)",
    CS231N, "the circuit's values (in the notes' figure) written as displays, the prose's gradients as claims", r"""
# Patterns in backward flow

The example circuit computes $f = 2(x y + \max(z, w))$. At $x = 3$, $y = -4$, $z = 2$, $w = -1$:

$$2 \cdot (3 \cdot (-4) + \max(2, -1)) = -20$$

The add gate routed the gradient of 2.00 to both of its inputs, equally and unchanged. The max operation routed the gradient of 2.00 to the z variable, which had a higher value than w, and the gradient on w remains zero:

$$\frac{\partial f}{\partial z} = 2$$

$$\frac{\partial f}{\partial w} = 0$$

The multiply gate: the gradient on x is -8.00, which is -4.00 x 2.00.

$$\frac{\partial f}{\partial x} = -4.00 \times 2.00 = -8.00$$

$$\frac{\partial f}{\partial y} = 3.00 \times 2.00 = 6.00$$
""", r"$$\frac{\partial f}{\partial w} = 0$$", r"$$\frac{\partial f}{\partial w} = 2$$",
    "the max gate's gradient routed to the smaller input")

add("cs231n-tanh-scaled-sigmoid",
    "CS231n notes, Neural Networks Part 1: Commonly used activation functions (sigmoid, tanh, ReLU, Leaky ReLU)",
    "https://cs231n.github.io/neural-networks-1/ (source: github.com/cs231n/cs231n.github.io, neural-networks-1.md)",
    "the notes' formulas (inline in a paragraph there) written as displays, in their notation (indicator, >=)", r"""
# Commonly used activation functions

The sigmoid non-linearity has the mathematical form

$$\sigma(x) = 1 / (1 + e^{-x})$$

Also note that the tanh neuron is simply a scaled sigmoid neuron, in particular the following holds:

$$\tanh(x) = 2 \sigma(2x) -1$$

The Rectified Linear Unit computes the function

$$f(x) = \max(0, x)$$

Leaky ReLUs are one attempt to fix the dying ReLU problem. Instead of the function being zero when x < 0, a leaky ReLU will instead have a small positive slope (of 0.01, or so). That is, the function computes

$$f(x) = \mathbb{1}(x < 0) (\alpha x) + \mathbb{1}(x>=0) (x)$$

where $\alpha$ is a small constant.
""", r"$$\tanh(x) = 2 \sigma(2x) -1$$", r"$$\tanh(x) = 2 \sigma(x) -1$$", "the argument 2x of the sigmoid written as x")

add("adam-step-size-bound",
    "Kingma and Ba, Adam, section 2.1 Adam's update rule (the two upper bounds of the effective step), at the paper's default settings",
    ADAM, "the section's statements (inline there); the values at the defaults are a reader's check", r"""
# Adam's update rule

Good default settings for the tested machine learning problems are $\alpha = 0.001$, $\beta_1 = 0.9$, $\beta_2 = 0.999$ and $\epsilon = 10^{-8}$.

Assuming $\epsilon = 0$, the effective step taken in parameter space at timestep $t$ is $\Delta_t = \alpha \cdot \widehat{m}_t / \sqrt{\widehat{v}_t}$. The effective step size has two upper bounds: $|\Delta_t| \le \alpha \cdot (1 - \beta_1) / \sqrt{1 - \beta_2}$ in the case $(1 - \beta_1) > \sqrt{1 - \beta_2}$, and $|\Delta_t| \le \alpha$ otherwise.

At the default settings:

$$\sqrt{1 - 0.999} \approx 0.0316$$

$$\frac{1 - 0.9}{\sqrt{1 - 0.999}} \approx 3.16$$

$$0.001 \cdot 3.16 = 0.00316$$
""", r"$$\frac{1 - 0.9}{\sqrt{1 - 0.999}} \approx 3.16$$", r"$$\frac{1 - 0.9}{\sqrt{1 - 0.999}} \approx 0.316$$",
    "a factor of ten lost (0.316 for 3.16)")

add("batchnorm-inference-affine",
    "Ioffe and Szegedy, Batch Normalization, Algorithm 2 (training a batch-normalized network: the inference transform, step 11) and section 3.1",
    BN, "Algorithm 2's inference transform as printed; its equality with the normalize-then-scale form written out as a reader's check", r"""
# Batch normalization at inference

Using the population, rather than mini-batch, statistics, the normalization is

$$\widehat{x} = \frac{x - \text{E}[x]}{\sqrt{\text{Var}[x] + \epsilon}}$$

In $\text{N}_{\text{BN}}^{\text{inf}}$, replace the transform $y = \text{BN}_{\gamma,\beta}(x)$ with

$$y = \frac{\gamma}{\sqrt{\text{Var}[x] + \epsilon}} \cdot x + \left(\beta - \frac{\gamma \, \text{E}[x]}{\sqrt{\text{Var}[x] + \epsilon}}\right)$$

which is the same linear transform as $\gamma \widehat{x} + \beta$:

$$\frac{\gamma}{\sqrt{\text{Var}[x] + \epsilon}} \cdot x + \left(\beta - \frac{\gamma \, \text{E}[x]}{\sqrt{\text{Var}[x] + \epsilon}}\right) = \gamma \frac{x - \text{E}[x]}{\sqrt{\text{Var}[x] + \epsilon}} + \beta$$
""", r"= \gamma \frac{x - \text{E}[x]}{\sqrt{\text{Var}[x] + \epsilon}} + \beta$$",
    r"= \gamma \frac{x + \text{E}[x]}{\sqrt{\text{Var}[x] + \epsilon}} + \beta$$", "sign of the mean flipped")

add("goodfellow-rnn-bptt",
    "Goodfellow et al., Deep Learning, 10.2.2 Computing the Gradient in a Recurrent Neural Network (equation numbers left out); one hidden unit written out",
    "https://www.deeplearningbook.org/contents/rnn.html",
    "the section's forward equations and hidden-state gradient as printed (bold vectors, diag, the gradient operator); the scalar case is a reader's check", r"""
# Computing the gradient in a recurrent neural network

$$\boldsymbol{a}^{(t)} = \boldsymbol{b} + \boldsymbol{W}\boldsymbol{h}^{(t-1)} + \boldsymbol{U}\boldsymbol{x}^{(t)}$$

$$\boldsymbol{h}^{(t)} = \tanh(\boldsymbol{a}^{(t)})$$

$$\boldsymbol{o}^{(t)} = \boldsymbol{c} + \boldsymbol{V}\boldsymbol{h}^{(t)}$$

$$\nabla_{\boldsymbol{h}^{(t)}} L = \left(\frac{\partial \boldsymbol{h}^{(t+1)}}{\partial \boldsymbol{h}^{(t)}}\right)^\top (\nabla_{\boldsymbol{h}^{(t+1)}} L) + \left(\frac{\partial \boldsymbol{o}^{(t)}}{\partial \boldsymbol{h}^{(t)}}\right)^\top (\nabla_{\boldsymbol{o}^{(t)}} L)$$

$$= \boldsymbol{W}^\top \text{diag}\left(1 - \left(\boldsymbol{h}^{(t+1)}\right)^2\right)(\nabla_{\boldsymbol{h}^{(t+1)}} L) + \boldsymbol{V}^\top (\nabla_{\boldsymbol{o}^{(t)}} L)$$

With one hidden unit, let $a^{(t+1)} = b + w h^{(t)} + u x^{(t+1)}$ and $h^{(t+1)} = \tanh(a^{(t+1)})$. Then $\boldsymbol{W}^\top \text{diag}(1 - (\boldsymbol{h}^{(t+1)})^2)$ is the number

$$\frac{\partial h^{(t+1)}}{\partial h^{(t)}} = w \left(1 - \left(h^{(t+1)}\right)^2\right)$$
""", r"$$\frac{\partial h^{(t+1)}}{\partial h^{(t)}} = w \left(1 - \left(h^{(t+1)}\right)^2\right)$$",
    r"$$\frac{\partial h^{(t+1)}}{\partial h^{(t)}} = \left(1 - \left(h^{(t+1)}\right)^2\right)$$", "the recurrent weight w left out of the chain factor")

add("nndl3-tanh-rescaled-sigmoid",
    "Nielsen ch. 3, Other models of artificial neuron, eqs. (110)-(112)",
    NNDL3, EQN, r"""
# Other models of artificial neuron

Perhaps the simplest variation is the tanh (pronounced "tanch") neuron, which replaces the sigmoid function by the hyperbolic tangent function. The output of a tanh neuron with input $x$, weight vector $w$, and bias $b$ is given by $\tanh(w \cdot x+b)$, where $\tanh$ is, of course, the hyperbolic tangent function:

$$\begin{eqnarray}
  \tanh(z) \equiv \frac{e^z-e^{-z}}{e^z+e^{-z}}.
\tag{110}\end{eqnarray}$$

It turns out that this is very closely related to the sigmoid neuron. To see this, recall that the $\sigma$ function is defined by $\sigma(z) \equiv 1/(1+e^{-z})$. Using a little algebra it can easily be verified that

$$\begin{eqnarray}
  \sigma(z) = \frac{1+\tanh(z/2)}{2},
\tag{111}\end{eqnarray}$$

that is, $\tanh$ is just a rescaled version of the sigmoid function. The rectified linear unit has output

$$\begin{eqnarray}
  \max(0, w \cdot x+b).
\tag{112}\end{eqnarray}$$
""", r"\sigma(z) = \frac{1+\tanh(z/2)}{2},", r"\sigma(z) = \frac{1+\tanh(2z)}{2},", "argument z/2 written as 2z in (111)")

add("nndl3-l1-regularization",
    "Nielsen ch. 3, Other techniques for regularization: L1 regularization, eqs. (95)-(97)",
    NNDL3, EQN + " (sgn as in the book)", r"""
# L1 regularization

In this approach we modify the unregularized cost function by adding the sum of the absolute values of the weights:

$$\begin{eqnarray}  C = C_0 + \frac{\lambda}{n} \sum_w |w|.
\tag{95}\end{eqnarray}$$

Differentiating (95) we obtain:

$$\begin{eqnarray}  \frac{\partial C}{\partial w} = \frac{\partial C_0}{\partial w} + \frac{\lambda}{n} \, {\rm sgn}(w),
\tag{96}\end{eqnarray}$$

where ${\rm sgn}(w)$ is the sign of $w$, that is, $+1$ if $w$ is positive, and $-1$ if $w$ is negative. Using this expression, we can easily modify backpropagation to do stochastic gradient descent using L1 regularization. The resulting update rule for an L1 regularized network is

$$\begin{eqnarray}  w \rightarrow w' = w-\frac{\eta \lambda}{n} \mbox{sgn}(w) - \eta \frac{\partial C_0}{\partial w},
\tag{97}\end{eqnarray}$$
""", r"\frac{\partial C_0}{\partial w} + \frac{\lambda}{n} \, {\rm sgn}(w),", r"\frac{\partial C_0}{\partial w} + \frac{\lambda}{n} \, w,",
    "the L2 gradient (lambda/n) w written for the L1 one in (96)")
