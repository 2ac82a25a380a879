# A fresh held-out set (issue 12, branch chk-corpus5): passages of Nielsen (ch. 1, 2, 3), the
# CS231n notes and Parr & Howard that the corpus did not hold before and that the checker had
# never been run on, each transcribed from a stored copy of the source (the book's HTML source,
# the notes' markdown, the paper's bookish markup) with its notation, displays and prose kept.
# Read by make_transcribed.py after sources.py and sources_d2l_cs231n.py.
NNDL_SRC = ("http://neuralnetworksanddeeplearning.com/{page}.html "
            "(book source: github.com/mnielsen/nnadl_site, {page}.html, commit 01f83a36)")
NNDL_NOTE = ("the book's eqnarray displays (with their tags) put between double dollars, its inline "
             "math kept; prose abridged, wording kept; margin equation pop-ups left out")
CS_SRC = ("https://cs231n.github.io/{page}/ (source: github.com/cs231n/cs231n.github.io, "
          "{page}.md, commit {commit})")
PH_SRC = ("https://explained.ai/matrix-calculus/ (Parr and Howard, The Matrix Calculus You Need For "
          "Deep Learning; source: github.com/parrt/bookish, examples/matrix-calculus/matrix-calculus.md, "
          "commit 1d70182f)")
PH_NOTE = ("the paper's displays (bookish double-backslash brackets) put between double dollars with "
           "their arrays, bmatrix and cases kept; its operator-form derivatives, plain-letter "
           "sin, cos, ln and max kept; prose abridged, wording kept")

CHECKED.update({
    "nndl3-softmax-log-likelihood": "chap3.html of github.com/mnielsen/nnadl_site",
    "nndl2-notation-hadamard": "chap2.html of github.com/mnielsen/nnadl_site",
    "nndl3-many-neuron-cross-entropy": "chap3.html of github.com/mnielsen/nnadl_site",
    "nndl1-gradient-descent": "readers' copies of eqs. (7)-(11) of the book",
    "cs231n-svm-gradient": "optimization-1.md of github.com/cs231n/cs231n.github.io",
    "parr-howard-derivative-operator": "matrix-calculus.md of github.com/parrt/bookish",
    "parr-howard-partials-jacobian": "matrix-calculus.md of github.com/parrt/bookish",
    "parr-howard-scalar-expansion": "matrix-calculus.md of github.com/parrt/bookish",
    "parr-howard-sin-total-derivative": "matrix-calculus.md of github.com/parrt/bookish",
    "parr-howard-vector-chain-rule": "matrix-calculus.md of github.com/parrt/bookish",
    "parr-howard-neuron-gradient": "matrix-calculus.md of github.com/parrt/bookish",
})

add("nndl3-softmax-log-likelihood",
    "Nielsen, Neural Networks and Deep Learning, ch. 3, Softmax (the softmax layer and the log-likelihood cost), eqs. (78)-(84)",
    NNDL_SRC.format(page="chap3"), NNDL_NOTE, r"""
# Softmax

The idea of softmax is to define a new type of output layer for our neural networks. It begins in the same way as with a sigmoid layer, by forming the weighted inputs $z^L_j = \sum_{k} w^L_{jk} a^{L-1}_k + b^L_j$. However, we don't apply the sigmoid function to get the output. Instead, in a softmax layer we apply the so-called *softmax function* to the $z^L_j$. According to this function, the activation $a^L_j$ of the $j$th output neuron is

$$\begin{eqnarray}
  a^L_j = \frac{e^{z^L_j}}{\sum_k e^{z^L_k}},
\tag{78}\end{eqnarray}$$

where in the denominator we sum over all the output neurons.

The reason is that the output activations are guaranteed to always sum up to $1$, as we can prove using Equation (78) and a little algebra:

$$\begin{eqnarray}
  \sum_j a^L_j & = & \frac{\sum_j e^{z^L_j}}{\sum_k e^{z^L_k}} = 1.
\tag{79}\end{eqnarray}$$

We'll use $x$ to denote a training input to the network, and $y$ to denote the corresponding desired output. Then the log-likelihood cost associated to this training input is

$$\begin{eqnarray}
  C \equiv -\ln a^L_y.
\tag{80}\end{eqnarray}$$

So, for instance, if we're training with MNIST images, and input an image of a $7$, then the log-likelihood cost is $-\ln a^L_7$.

I won't go through the derivation explicitly, but with a little algebra you can show that (in the equations which follow I'm using $y$ to denote the vector of output activations which corresponds to $7$, that is, a vector which is all $0$s, except for a $1$ in the $7$th location)

$$\begin{eqnarray}
  \frac{\partial C}{\partial b^L_j} & = & a^L_j-y_j  \tag{81}\\
  \frac{\partial C}{\partial w^L_{jk}} & = & a^{L-1}_k (a^L_j-y_j) \tag{82}
\end{eqnarray}$$

**Where does the "softmax" name come from?** Suppose we change the softmax function so the output activations are given by

$$\begin{eqnarray}
  a^L_j = \frac{e^{c z^L_j}}{\sum_k e^{c z^L_k}},
\tag{83}\end{eqnarray}$$

where $c$ is a positive constant. Note that $c = 1$ corresponds to the standard softmax function.

**Backpropagation with softmax and the log-likelihood cost** To apply the algorithm to a network with a softmax layer we need to figure out an expression for the error $\delta^L_j \equiv \partial C / \partial z^L_j$ in the final layer. Show that a suitable expression is:

$$\begin{eqnarray}
  \delta^L_j = a^L_j -y_j.
\tag{84}\end{eqnarray}$$
""", r"& = & a^L_j-y_j  \tag{81}", r"& = & y_j-a^L_j  \tag{81}",
    "sign of the output error flipped in (81)")

add("nndl2-notation-hadamard",
    "Nielsen ch. 2, Warm up (eqs. (23)-(25)), The two assumptions we need about the cost function (eqs. (26)-(27)), The Hadamard product (eq. (28)), the error (29) and (BP1)",
    NNDL_SRC.format(page="chap2"), NNDL_NOTE, r"""
# Notation, the quadratic cost and the Hadamard product

With these notations, the activation $a^{l}_j$ of the $j^{\rm th}$ neuron in the $l^{\rm th}$ layer is related to the activations in the $(l-1)^{\rm th}$ layer by the equation

$$\begin{eqnarray}
  a^{l}_j = \sigma\left( \sum_k w^{l}_{jk} a^{l-1}_k + b^l_j \right),
\tag{23}\end{eqnarray}$$

where the sum is over all neurons $k$ in the $(l-1)^{\rm th}$ layer. That is, the components of $\sigma(v)$ are just $\sigma(v)_j = \sigma(v_j)$. As an example, if we have the function $f(x) = x^2$ then the vectorized form of $f$ has the effect

$$\begin{eqnarray}
  f\left(\left[ \begin{array}{c} 2 \\ 3 \end{array} \right] \right)
  = \left[ \begin{array}{c} f(2) \\ f(3) \end{array} \right]
  = \left[ \begin{array}{c} 4 \\ 9 \end{array} \right],
\tag{24}\end{eqnarray}$$

that is, the vectorized $f$ just squares every element of the vector. With these notations in mind, Equation (23) can be rewritten in the beautiful and compact vectorized form

$$\begin{eqnarray}
  a^{l} = \sigma(w^l a^{l-1}+b^l).
\tag{25}\end{eqnarray}$$

It's also worth noting that $z^l$ has components $z^l_j = \sum_k w^l_{jk} a^{l-1}_k+b^l_j$, that is, $z^l_j$ is just the weighted input to the activation function for neuron $j$ in layer $l$.

In the notation of the last section, the quadratic cost has the form

$$\begin{eqnarray}
  C = \frac{1}{2n} \sum_x \|y(x)-a^L(x)\|^2,
\tag{26}\end{eqnarray}$$

where: $n$ is the total number of training examples; the sum is over individual training examples, $x$; $y = y(x)$ is the corresponding desired output. The quadratic cost for a single training example $x$ may be written as

$$\begin{eqnarray}
  C = \frac{1}{2} \|y-a^L\|^2 = \frac{1}{2} \sum_j (y_j-a^L_j)^2,
\tag{27}\end{eqnarray}$$

and thus is a function of the output activations.

Suppose $s$ and $t$ are two vectors of the same dimension. Then we use $s \odot t$ to denote the *elementwise* product of the two vectors. Thus the components of $s \odot t$ are just $(s \odot t)_j = s_j t_j$. As an example,

$$\begin{eqnarray}
\left[\begin{array}{c} 1 \\ 2 \end{array}\right]
  \odot \left[\begin{array}{c} 3 \\ 4\end{array} \right]
= \left[ \begin{array}{c} 1 * 3 \\ 2 * 4 \end{array} \right]
= \left[ \begin{array}{c} 3 \\ 8 \end{array} \right].
\tag{28}\end{eqnarray}$$

Motivated by this story, we define the error $\delta^l_j$ of neuron $j$ in layer $l$ by

$$\begin{eqnarray}
  \delta^l_j \equiv \frac{\partial C}{\partial z^l_j}.
\tag{29}\end{eqnarray}$$

**An equation for the error in the output layer, $\delta^L$:** The components of $\delta^L$ are given by

$$\begin{eqnarray}
  \delta^L_j = \frac{\partial C}{\partial a^L_j} \sigma'(z^L_j).
\tag{BP1}\end{eqnarray}$$

For example, if we're using the quadratic cost function then $C = \frac{1}{2} \sum_j (y_j-a_j)^2$, and so $\partial C / \partial a^L_j = (a_j-y_j)$, which obviously is easily computable.
""", r"and so $\partial C / \partial a^L_j = (a_j-y_j)$", r"and so $\partial C / \partial a^L_j = (y_j-a_j)$",
    "sign of the derivative of the quadratic cost flipped")

add("nndl3-many-neuron-cross-entropy",
    "Nielsen ch. 3, Introducing the cross-entropy cost function: the many-neuron cross-entropy (63), exercise (64), problems (65)-(70) and the margin note on the learning rate",
    NNDL_SRC.format(page="chap3"), NNDL_NOTE, r"""
# The cross-entropy for many neurons

We can easily generalize the cross-entropy to many-neuron multi-layer networks. In particular, suppose $y = y_1, y_2, \ldots$ are the desired values at the output neurons, i.e., the neurons in the final layer, while $a^L_1, a^L_2, \ldots$ are the actual output values. Then we define the cross-entropy by

$$\begin{eqnarray}
  C = -\frac{1}{n} \sum_x
  \sum_j \left[y_j \ln a^L_j + (1-y_j) \ln (1-a^L_j) \right].
\tag{63}\end{eqnarray}$$

Show that the cross-entropy is still minimized when $\sigma(z) = y$ for all training inputs. When this is the case the cross-entropy has the value:

$$\begin{eqnarray}
  C = -\frac{1}{n} \sum_x [y \ln y+(1-y) \ln(1-y)].
\tag{64}\end{eqnarray}$$

**Many-layer multi-neuron networks** In the notation introduced in the last chapter, show that for the quadratic cost the partial derivative with respect to weights in the output layer is

$$\begin{eqnarray}
  \frac{\partial C}{\partial w^L_{jk}} & = & \frac{1}{n}
  \sum_x a^{L-1}_k  (a^L_j-y_j) \sigma'(z^L_j).
\tag{65}\end{eqnarray}$$

Show that for the cross-entropy cost the output error $\delta^L$ for a single training example $x$ is given by

$$\begin{eqnarray}
  \delta^L = a^L-y.
\tag{66}\end{eqnarray}$$

Use this expression to show that the partial derivative with respect to the weights in the output layer is given by

$$\begin{eqnarray}
  \frac{\partial C}{\partial w^L_{jk}} & = & \frac{1}{n} \sum_x
  a^{L-1}_k  (a^L_j-y_j).
\tag{67}\end{eqnarray}$$

**Using the quadratic cost when we have linear neurons in the output layer** Suppose all the neurons in the final layer are *linear neurons*, meaning that the sigmoid activation function is not applied, and the outputs are simply $a^L_j = z^L_j$. Show that if we use the quadratic cost function then the output error $\delta^L$ for a single training example $x$ is given by

$$\begin{eqnarray}
  \delta^L = a^L-y.
\tag{68}\end{eqnarray}$$

Similarly to the previous problem, use this expression to show that the partial derivatives with respect to the weights and biases in the output layer are given by

$$\begin{eqnarray}
  \frac{\partial C}{\partial w^L_{jk}} & = & \frac{1}{n} \sum_x
  a^{L-1}_k  (a^L_j-y_j) \tag{69}\\
  \frac{\partial C}{\partial b^L_{j}} & = & \frac{1}{n} \sum_x
  (a^L_j-y_j).
\tag{70}\end{eqnarray}$$

(Margin note.) As we saw earlier, the gradient terms for the quadratic cost have an extra $\sigma' = \sigma(1-\sigma)$ term in them. Suppose we average this over values for $\sigma$, $\int_0^1 d\sigma \sigma(1-\sigma) = 1/6$. We see that (very roughly) the quadratic cost learns an average of $6$ times slower, for the same learning rate.
""", r"\int_0^1 d\sigma \sigma(1-\sigma) = 1/6", r"\int_0^1 d\sigma \sigma(1-\sigma) = 1/2",
    "the -sigma^2 term of the integrand dropped (1/2 for 1/6)")

add("nndl1-gradient-descent",
    "Nielsen ch. 1, Learning with gradient descent, eqs. (7)-(11)",
    NNDL_SRC.format(page="chap1"), NNDL_NOTE, r"""
# Learning with gradient descent

To make this question more precise, let's think about what happens when we move the ball a small amount $\Delta v_1$ in the $v_1$ direction, and a small amount $\Delta v_2$ in the $v_2$ direction. Calculus tells us that $C$ changes as follows:

$$\begin{eqnarray}
  \Delta C \approx \frac{\partial C}{\partial v_1} \Delta v_1 +
  \frac{\partial C}{\partial v_2} \Delta v_2.
\tag{7}\end{eqnarray}$$

Let's define $\Delta v$ to be the vector of changes in $v$, $\Delta v \equiv (\Delta v_1, \Delta v_2)^T$, where $T$ is again the transpose operation, turning row vectors into column vectors. We'll also define the gradient of $C$ to be the vector of partial derivatives, $\left(\frac{\partial C}{\partial v_1}, \frac{\partial C}{\partial v_2}\right)^T$. We denote the gradient vector by $\nabla C$, i.e.:

$$\begin{eqnarray}
  \nabla C \equiv \left( \frac{\partial C}{\partial v_1},
  \frac{\partial C}{\partial v_2} \right)^T.
\tag{8}\end{eqnarray}$$

With these definitions, the expression (7) for $\Delta C$ can be rewritten as

$$\begin{eqnarray}
  \Delta C \approx \nabla C \cdot \Delta v.
\tag{9}\end{eqnarray}$$

In particular, suppose we choose

$$\begin{eqnarray}
  \Delta v = -\eta \nabla C,
\tag{10}\end{eqnarray}$$

where $\eta$ is a small, positive parameter (known as the *learning rate*). Then Equation (9) tells us that $\Delta C \approx -\eta \nabla C \cdot \nabla C = -\eta \|\nabla C\|^2$. Because $\| \nabla C \|^2 \geq 0$, this guarantees that $\Delta C \leq 0$, i.e., $C$ will always decrease, never increase, if we change $v$ according to the prescription in (10). That is, we'll use Equation (10) to compute a value for $\Delta v$, then move the ball's position $v$ by that amount:

$$\begin{eqnarray}
  v \rightarrow v' = v -\eta \nabla C.
\tag{11}\end{eqnarray}$$
""", r"\nabla C \cdot \nabla C = -\eta \|\nabla C\|^2$.", r"\nabla C \cdot \nabla C = \eta \|\nabla C\|^2$.",
    "sign of the decrease dropped")

add("cs231n-svm-gradient",
    "CS231n notes, Optimization: Stochastic Gradient Descent: Visualizing the loss function (the three 1-dimensional points) and Computing the gradient analytically with Calculus",
    CS_SRC.format(page="optimization-1", commit="09343792"), CS_NOTE, r"""
# The SVM loss and its gradient

We can explain the piecewise-linear structure of the loss function by examing the math. For a single example we have:

$$
L_i = \sum_{j\neq y_i} \left[ \max(0, w_j^Tx_i - w_{y_i}^Tx_i + 1) \right]
$$

To make this more explicit, consider a simple dataset that contains three 1-dimensional points and three classes. The full SVM loss (without regularization) becomes:

$$
\begin{align}
L_0 = & \max(0, w_1^Tx_0 - w_0^Tx_0 + 1) + \max(0, w_2^Tx_0 - w_0^Tx_0 + 1) \\
L_1 = & \max(0, w_0^Tx_1 - w_1^Tx_1 + 1) + \max(0, w_2^Tx_1 - w_1^Tx_1 + 1) \\
L_2 = & \max(0, w_0^Tx_2 - w_2^Tx_2 + 1) + \max(0, w_1^Tx_2 - w_2^Tx_2 + 1) \\
L = & (L_0 + L_1 + L_2)/3
\end{align}
$$

Since these examples are 1-dimensional, the data $x_i$ and weights $w_j$ are numbers.

The mathematical expression for the derivative of a 1-D function with respect its input is:

$$
\frac{df(x)}{dx} = \lim_{h\ \to 0} \frac{f(x + h) - f(x)}{h}
$$

Lets use the example of the SVM loss function for a single datapoint:

$$
L_i = \sum_{j\neq y_i} \left[ \max(0, w_j^Tx_i - w_{y_i}^Tx_i + \Delta) \right]
$$

We can differentiate the function with respect to the weights. For example, taking the gradient with respect to $w_{y_i}$ we obtain:

$$
\nabla_{w_{y_i}} L_i = - \left( \sum_{j\neq y_i} \mathbb{1}(w_j^Tx_i - w_{y_i}^Tx_i + \Delta > 0) \right) x_i
$$

where $\mathbb{1}$ is the indicator function that is one if the condition inside is true or zero otherwise. For the other rows where $j \neq y_i $ the gradient is:

$$
\nabla_{w_j} L_i = \mathbb{1}(w_j^Tx_i - w_{y_i}^Tx_i + \Delta > 0) x_i
$$
""", r"\nabla_{w_{y_i}} L_i = - \left(", r"\nabla_{w_{y_i}} L_i = \left(",
    "minus sign of the correct class's gradient dropped")

add("parr-howard-derivative-operator",
    "Parr and Howard, Review: Scalar derivative rules (the table's examples and the derivative operator, 9(x + x^2))",
    PH_SRC, PH_NOTE + "; the table of rules written as a list of its rows", r"""
# Review: Scalar derivative rules

Hopefully you remember some of these main scalar derivative rules (rule, $f(x)$, scalar derivative notation with respect to $x$, example):

* **Constant**: $c$, $0$, $\frac{d}{dx}99 = 0$
* **Multiplication by constant**: $cf$, $c \frac{df}{dx}$, $\frac{d}{dx}3x = 3$
* **Power Rule**: $x^n$, $nx^{n-1}$, $\frac{d}{dx}x^3 = 3x^2$
* **Sum Rule**: $f + g$, $\frac{df}{dx} + \frac{dg}{dx}$, $\frac{d}{dx} (x^2 + 3x) = 2x + 3$
* **Difference Rule**: $f - g$, $\frac{df}{dx} - \frac{dg}{dx}$, $\frac{d}{dx}(x^2 - 3x) = 2x - 3$
* **Product Rule**: $fg$, $f \frac{dg}{dx} + \frac{df}{dx} g$, $\frac{d}{dx}x^2x = x^2 + x2x = 3x^2$
* **Chain Rule**: $f(g(x))$, $\frac{df(u)}{du}\frac{du}{dx}$, let $u=g(x)$, $\frac{d}{dx} ln(x^2) = \frac{1}{x^2}2x = \frac{2}{x}$

You can think of $\frac{d}{dx}$ as an operator that maps a function of one parameter to another function. Thinking of the derivative as an operator helps to simplify complicated derivatives because the operator is distributive and lets us pull out constants. For example, in the following equation, we can pull out the constant 9 and distribute the derivative operator across the elements within the parentheses.

$$
\frac{d}{dx} 9(x + x^2) = 9 \frac{d}{dx}(x + x^2) = 9 (\frac{d}{dx}x + \frac{d}{dx}x^2) = 9(1 + 2x) = 9 + 18x
$$

That procedure reduced the derivative of $9(x + x^2)$ to a bit of arithmetic and the derivatives of $x$ and $x^2$, which are much easier to solve than the original derivative.
""", r"= 9(1 + 2x) = 9 + 18x", r"= 9(1 + 2x) = 9 + 2x",
    "the constant 9 multiplied into the first term only")

add("parr-howard-partials-jacobian",
    "Parr and Howard, Introduction to vector calculus and partial derivatives; Matrix calculus (f(x,y) = 3x^2y, g(x,y) = 2x + y^8 and their Jacobian)",
    PH_SRC, PH_NOTE, r"""
# Partial derivatives, gradients and the Jacobian

Consider function $f(x,y) = 3x^2y$. The partial derivative with respect to $x$ is written $\frac{\partial}{\partial x} 3x^2y$. There are three constants from the perspective of $\frac{\partial}{\partial x}$: 3, 2, and $y$. Therefore, $\frac{\partial}{\partial x} 3yx^2 = 3y\frac{\partial}{\partial x} x^2 = 3y2x = 6yx$. The partial derivative with respect to $y$ treats $x$ like a constant: $\frac{\partial}{\partial y} 3x^2y = 3x^2\frac{\partial}{\partial y} y = 3x^2\frac{\partial y}{\partial y} = 3x^2 \times 1 = 3x^2$.

Let's organize them into a horizontal vector. We call this vector the *gradient* of $f(x,y)$ and write it as:

$$\nabla f(x,y)  = [ \frac{\partial f(x,y)}{\partial x}, \frac{\partial f(x,y)}{\partial y}] = [6yx, 3x^2]$$

We can keep the same $f(x,y) = 3x^2y$ from the last section, but let's also bring in $g(x,y) = 2x + y^8$. The gradient for $g$ has two entries, a partial derivative for each parameter:

$$\frac{\partial g(x,y)}{\partial x} = \frac{\partial 2x}{\partial x} + \frac{\partial y^8}{\partial x} = 2\frac{\partial x}{\partial x} + 0 = 2 \times 1 = 2$$

and

$$\frac{\partial g(x,y)}{\partial y} = \frac{\partial 2x}{\partial y} + \frac{\partial y^8}{\partial y} = 0 + 8y^7 = 8y^7$$

giving us gradient $\nabla g(x,y) = [2, 8y^7]$.

If we have two functions, we can also organize their gradients into a matrix by stacking the gradients. When we do so, we get the *Jacobian matrix* (or just the *Jacobian*) where the gradients are rows:

$$J =
\begin{bmatrix}
	\nabla f(x,y)\\
	\nabla g(x,y)
\end{bmatrix} = \begin{bmatrix}
 \frac{\partial f(x,y)}{\partial x} & \frac{\partial f(x,y)}{\partial y}\\
 \frac{\partial g(x,y)}{\partial x} & \frac{\partial g(x,y)}{\partial y}\\
\end{bmatrix} = \begin{bmatrix}
	6yx & 3x^2\\
	2 & 8y^7
\end{bmatrix}$$
""", r"= 0 + 8y^7 = 8y^7$$", r"= 0 + 8y^8 = 8y^8$$",
    "power rule without lowering the exponent (8y^8 for 8y^7)")

add("parr-howard-scalar-expansion",
    "Parr and Howard, Derivatives of vector element-wise binary operators; Derivatives involving scalar expansion; Vector sum reduction (the scalar partials)",
    PH_SRC, PH_NOTE, r"""
# Element-wise operators, scalar expansion and sum reduction

For example, vector addition $\mathbf{w + x}$ fits our element-wise diagonal condition because $\mathbf{f(w)} + \mathbf{g(x)}$ has scalar equations $y_i = f_i(\mathbf{w}) + g_i(\mathbf{x})$ that reduce to just $y_i = f_i(w_i) + g_i(x_i) = w_i + x_i$ with partial derivatives:

$$\frac{\partial}{\partial w_i} ( f_{i}(w_i) + g_{i}(x_i) ) = \frac{\partial}{\partial w_i}(w_i + x_i) = 1 + 0 = 1$$

$$\frac{\partial}{\partial x_i} ( f_{i}(w_i) + g_{i}(x_i) ) = \frac{\partial}{\partial x_i}(w_i + x_i) = 0 + 1 = 1$$

When we multiply or add scalars to vectors, we're implicitly expanding the scalar to a vector and then performing an element-wise binary operation. $z$ is any scalar that doesn't depend on $\mathbf{x}$, which is useful because then $\frac{\partial z}{\partial x_i} = 0$ for any $x_i$ and that will simplify our partial derivative computations.

Using the usual rules for scalar partial derivatives, we arrive at the following diagonal elements of the Jacobian for vector-scalar addition:

$$\frac{\partial}{\partial x_i} ( f_i(x_i) + g_i(z) ) = \frac{\partial (x_i + z)}{\partial x_i} = \frac{\partial x_i}{\partial x_i} + \frac{\partial z}{\partial x_i} = 1 + 0 = 1$$

Computing the partial derivative with respect to the scalar parameter $z$, however, results in a vertical vector, not a diagonal matrix. The elements of the vector are:

$$ \frac{\partial}{\partial z} ( f_i(x_i) + g_i(z) ) = \frac{\partial (x_i + z)}{\partial z} = \frac{\partial x_i}{\partial z} + \frac{\partial z}{\partial z} = 0 + 1 = 1$$

The diagonal elements of the Jacobian for vector-scalar multiplication involve the product rule for scalar derivatives:

$$ \frac{\partial}{\partial x_i} ( f_i(x_i) \otimes g_i(z) ) = x_i  \frac{\partial z}{\partial x_i} + z  \frac{\partial x_i}{\partial x_i} = 0 + z = z$$

The partial derivative with respect to scalar parameter $z$ is a vertical vector whose elements are:

$$\frac{\partial}{\partial z} ( f_i(x_i) \otimes g_i(z) ) = x_i \frac{\partial z}{\partial z} + z \frac{\partial x_i}{\partial z} = x_i + 0 = x_i$$

Let $y = sum( \mathbf{f}(\mathbf{x})) = \sum_{i=1}^n f_i(\mathbf{x})$. As another example, let's sum the result of multiplying a vector by a constant scalar. If $y = sum(\mathbf{x} z)$ then $f_i(\mathbf{x},z) = x_i z$. The derivative with respect to scalar variable $z$ is $1 \times 1$:

$$\begin{array}{lcl}
 \frac{\partial y}{\partial z} & = & \frac{\partial}{\partial z} \sum_{i=1}^n (x_i+z)\\
 & = & \sum_i \frac{\partial}{\partial z} (x_i+z)\\
 & = & \sum_i (0 + 1)\\
 & = & n
\end{array}$$
""", r" & = & n", r" & = & 1",
    "the sum of n ones written as 1")

add("parr-howard-sin-total-derivative",
    "Parr and Howard, Single-variable total-derivative chain rule (the tweak of x + x^2 at x = 1, and f(x) = sin(x + x^2) with three intermediate variables)",
    PH_SRC, PH_NOTE, r"""
# The total derivative of sin(x + x^2)

A change in $x$ affects $y$ both as an operand of the addition and as the operand of the square operator. Here's an equation that describes how tweaks to $x$ affect the output:

$$\hat y = (x + \Delta x) + (x + \Delta x)^2$$

Then, $\Delta y = \hat y - y$, which we can read as "the change in $y$ is the difference between the original $y$ and $y$ at a tweaked $x$."

If we let $x=1$, then $y=1+1^2=2$. If we bump $x$ by 1, $\Delta x=1$, then $\hat y = (1+1) + (1+1)^2 = 2 + 4 = 6$. The change in $y$ is not $1$, as $\partial u_2 / u_1$ would lead us to believe, but $6-2 = 4$!

Using this formula, we get the proper answer:

$$
\frac{dy}{dx} = \frac{\partial f(x)}{\partial x} = \frac{\partial u_2}{\partial x} + \frac{\partial u_2}{\partial u_1}\frac{\partial  u_1}{\partial  x} = 1 + 1 \times 2x = 1 + 2x
$$

Let's look at a nested subexpression, such as $f(x) = sin(x + x^2)$. We introduce three intermediate variables:

$$
\begin{array}{lllllllll}
	u_1(x) &=& x^2\\
	u_2(x,u_1) &=& x + u_1\\
	u_3(u_2) &=& sin(u_2) &&&(y = f(x) = u_3(u_2))
\end{array}
$$

and partials:

$$
\begin{array}{lllllllll}
	\frac{\partial u_1}{\partial x} &=& 2x\\
	\frac{\partial u_2}{\partial x} &=& \frac{\partial x}{\partial x} + \frac{\partial u_2}{\partial u_1}\frac{\partial u_1}{\partial x} &=& 1 + 1 \times 2x &=& 1+2x\\
	\frac{\partial f(x)}{\partial x} &=& \frac{\partial u_3}{\partial x} + \frac{\partial u_3}{\partial u_2}\frac{\partial u_2}{\partial x} &=& 0 + cos(u_2)\frac{\partial u_2}{\partial x} &=& cos(x+x^2)(1+2x)
\end{array}
$$

where both $\frac{\partial u_2}{\partial x}$ and $\frac{\partial f(x)}{\partial x}$ have $\frac{\partial u_i}{\partial x}$ terms that take into account the total derivative.
""", r"&=& 0 + cos(u_2)\frac{\partial u_2}{\partial x} &=& cos(x+x^2)(1+2x)",
    r"&=& 0 + cos(u_2)\frac{\partial u_2}{\partial x} &=& cos(x+x^2)2x",
    "the direct path of x dropped from the inner derivative (2x for 1 + 2x)")

add("parr-howard-vector-chain-rule",
    "Parr and Howard, The Chain Rules: Vector chain rule (y = [ln(x^2), sin(3x)] through g = [x^2, 3x])",
    PH_SRC, PH_NOTE, r"""
# Vector chain rule

We can start by computing the derivative of a sample vector function with respect to a scalar, $\mathbf{y} = \mathbf{f}(x)$, to see if we can abstract a general formula.

$$\begin{bmatrix}
	y_1(x)\\
	y_2(x)\\
\end{bmatrix} =
\begin{bmatrix}
	f_1(x)\\
	f_2(x)\\
\end{bmatrix} =
\begin{bmatrix}
	ln(x^2)\\
	sin(3x)
\end{bmatrix}
$$

Let's introduce two intermediate variables, $g_1$ and $g_2$, one for each $f_i$ so that $y$ looks more like $\mathbf{y} = \mathbf{f}(\mathbf{g}(x))$:

$$ \begin{bmatrix}
	g_1(x)\\
	g_2(x)\\
\end{bmatrix} = \begin{bmatrix}
	x^2\\
	3x\\
\end{bmatrix}
$$

$$ \begin{bmatrix}
	f_1(\mathbf{g})\\
	f_2(\mathbf{g})\\
\end{bmatrix} = \begin{bmatrix}
	ln(g_1)\\
	sin(g_2)\\
\end{bmatrix}$$

The derivative of vector $\mathbf{y}$ with respect to scalar $x$ is a vertical vector with elements computed using the single-variable total-derivative chain rule:

$$ \frac{\partial \mathbf{y}}{\partial x}  =
\begin{bmatrix}
	\frac{\partial f_1(\mathbf{g})}{\partial x}\\
	\frac{\partial f_2(\mathbf{g})}{\partial x}\\
\end{bmatrix} = \begin{bmatrix}
	\frac{\partial f_1}{\partial g_1}\frac{\partial g_1}{\partial x} + \frac{\partial f_1}{\partial g_2}\frac{\partial g_2}{\partial x}\\
	\frac{\partial f_2}{\partial g_1}\frac{\partial g_1}{\partial x} + \frac{\partial f_2}{\partial g_2}\frac{\partial g_2}{\partial x}\\
\end{bmatrix} = \begin{bmatrix}
	\frac{1}{g_1}2x + 0\\
	0 + cos(g_2)3\\
\end{bmatrix} = \begin{bmatrix}
	\frac{2x}{x^2}\\
	3cos(3x)\\
\end{bmatrix} = \begin{bmatrix}
	\frac{2}{x}\\
	3cos(3x)\\
\end{bmatrix}$$

Let's check our results:

$$
\frac{\partial \mathbf{f}}{\partial \mathbf{g}}\frac{\partial \mathbf{g}}{\partial x} = \begin{bmatrix}
	\frac{1}{g_1} & 0\\
	0 & cos(g_2)\\
\end{bmatrix}\begin{bmatrix}
 2x\\
 3\\
\end{bmatrix} = \begin{bmatrix}
	\frac{1}{g_1}2x + 0\\
	0 + cos(g_2)3\\
\end{bmatrix} = \begin{bmatrix}
	\frac{2}{x}\\
	3cos(3x)\\
\end{bmatrix}
$$
""", r"	\frac{2x}{x^2}\\", r"	\frac{2x}{x}\\",
    "the square of the inner function dropped (2x/x for 2x/x^2)")

add("parr-howard-neuron-gradient",
    "Parr and Howard, The gradient of neuron activation (the dot product ground down to scalars, the partials of w . x + b and of max(0, z))",
    PH_SRC, PH_NOTE, r"""
# The gradient of neuron activation

To check our results, we can grind the dot product down into a pure scalar function:

$$
\begin{array}{lllllllll}
 y &=& \mathbf{w} \cdot \mathbf{x} &=& \sum_i^n (w_i x_i)\\
 \frac{\partial y}{\partial w_j} &=& \frac{\partial}{\partial w_j} \sum_i (w_i x_i) &=& \sum_i \frac{\partial}{\partial w_j} (w_i x_i) &=& \frac{\partial}{\partial w_j} (w_j x_j) &=& x_j\\
\end{array}
$$

Then:

$$\frac{\partial y}{\partial \mathbf{w}} = [ x_1, \ldots, x_n ] = \mathbf{x}^T$$

Now, let $y = \mathbf{w} \cdot \mathbf{x} + b$, the full expression within the $max$ activation function call. We have two different partials to compute, but we don't need the chain rule:

$$
\begin{array}{lllllllll}
 \frac{\partial y}{\partial \mathbf{w}} &=& \frac{\partial }{\partial \mathbf{w}}\mathbf{w} \cdot \mathbf{x} + \frac{\partial }{\partial \mathbf{w}}b &=& \mathbf{x}^T + \vec{0}^T &=& \mathbf{x}^T\\
 \frac{\partial y}{\partial b} &=& \frac{\partial }{\partial b}\mathbf{w} \cdot \mathbf{x} + \frac{\partial }{\partial b}b &=& 0 + 1 &=& 1\\
\end{array}
$$

The derivative of the max function is a piecewise function. When $z \leq 0$, the derivative is 0 because $z$ is a constant. When $z > 0$, the derivative of the max function is just the derivative of $z$, which is $1$:

$$ \frac{\partial}{\partial z}max(0,z) =
	\begin{cases}
	0 & z \leq 0\\
	\frac{dz}{dz}=1 & z > 0\\
\end{cases} $$

Turning now to the derivative of the neuron activation with respect to $b$, we get:

$$\frac{\partial activation}{\partial b} = \begin{cases}
	0\frac{\partial z}{\partial b} = 0 & \mathbf{w} \cdot \mathbf{x} + b \leq 0\\
	1\frac{\partial z}{\partial b} = 1 & \mathbf{w} \cdot \mathbf{x} + b > 0\\
\end{cases}$$
""", r"&=& \frac{\partial}{\partial w_j} (w_j x_j) &=& x_j\\", r"&=& \frac{\partial}{\partial w_j} (w_j x_j) &=& w_j\\",
    "the derivative of w_j x_j taken with respect to x_j (w_j for x_j)")
