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
