# User41's pairs (issue 12, branch user41): a new user typing homework as it comes, in plain text
# or Markdown with LaTeX: a label that carries its definitions ("dL/dw for L = … with a = …:"),
# weights typed with braces or code brackets in plain text (w_{12}, w_{1,1}, W[1,2]), a rounded
# forward and backward pass with "by the chain rule", \boxed{…} and "Answer:", and a learning-rate
# schedule with indexed names (eta_t, w_t). None from a stored copy. Each broken file has one
# planted error of a kind students make. The numbers were checked in Python. Read by
# make_transcribed.py last.

add("user41-label-for-definition-plain",
    "a student's homework in plain text: the gradient of a squared error, its definitions given in the label's 'for … with …'",
    "typed by a new user (no published source)",
    "", r"""
Problem 2
dL/dw for L = (a - y)^2/2 with a = w*x:
dL/da = a - y
da/dw = x
dL/dw = (a - y)*x
Answer: dL/dw = (w*x - y)*x
""", r"dL/dw = (a - y)*x", r"dL/dw = (a - y)*w",
    "the weight w for the input x in the chain rule's last factor")

add("user41-indexed-braces-plain",
    "a student's homework in plain text: a linear unit with weights typed as in LaTeX without dollars, w_{11}, w_{12}, w_{1,1}",
    "typed by a new user (no published source)",
    "", r"""
Problem 3: one unit of a linear layer
Given: x_1 = 1, x_2 = 2, w_{11} = 0.5, w_{12} = -0.3
h_1 = w_{11}*x_1 + w_{12}*x_2
h_1 = 0.5*1 + (-0.3)*2 = -0.1
dh_1/dw_{12} = x_2 = 2
dh_1/dw_{1,1} = x_1 = 1
""", r"dh_1/dw_{12} = x_2 = 2", r"dh_1/dw_{12} = x_1 = 1",
    "the input of the wrong weight: x_1 for w_{12}, which multiplies x_2")

add("user41-code-brackets-plain",
    "a student's homework in plain text: a quadratic unit with matrix entries typed as in code, W[1,1], W[1,2]",
    "typed by a new user (no published source)",
    "", r"""
Given: x = 2, W[1,1] = 0.5, W[1,2] = -1
h = W[1,1]*x + W[1,2]*x^2
h = 0.5*2 + (-1)*4 = -3
dh/dx = W[1,1] + 2*W[1,2]*x
dh/dx = 0.5 + 2*(-1)*2 = -3.5
""", r"dh/dx = W[1,1] + 2*W[1,2]*x", r"dh/dx = W[1,1] + W[1,2]*x",
    "the factor 2 of the power rule dropped")

add("user41-tanh-rounded-boxed",
    "a student's homework in Markdown with LaTeX: a tanh unit's forward and backward pass with numbers rounded to 4 digits, the chain rule in words, the answer boxed",
    "typed by a new user (no published source)",
    "", r"""
**Homework 4.** A tanh unit $h = \tanh(w x + b)$ with $w = 0.5$, $b = -0.2$, $x = 1.2$, and the loss $L = (h - t)^2$ with target $t = 0.5$.

Forward pass: $z = w x + b = 0.4$ and $h = \tanh(0.4) \approx 0.3799$.

$$L = (0.3799 - 0.5)^2 \approx 0.0144$$

Backward pass, by the chain rule:

$$\frac{\partial L}{\partial w} = 2(h - t)(1 - h^2)\,x$$

$$\frac{\partial L}{\partial w} \approx 2(0.3799 - 0.5)(1 - 0.3799^2)(1.2) \approx -0.2466$$

Answer: $\boxed{\frac{\partial L}{\partial w} \approx -0.2466}$
""", r"= 2(h - t)(1 - h^2)\,x$$", r"= 2(h - t)(1 - h)\,x$$",
    "tanh' written 1 - h instead of 1 - h^2")

add("user41-lr-schedule-plain",
    "a student's homework in plain text: one SGD step with a decaying learning rate, indexed names eta_t, w_t, g_t",
    "typed by a new user (no published source)",
    "", r"""
SGD with a decaying learning rate
Given: eta_0 = 0.1, t = 4, w_t = 2, g_t = 0.5
eta_t = eta_0/(1 + t)
eta_t = 0.1/(1 + 4) = 0.02
w_new = w_t - eta_t*g_t
w_new = 2 - 0.02*0.5 = 1.99
""", r"eta_t = 0.1/(1 + 4) = 0.02", r"eta_t = 0.1/(1 + 4) = 0.025",
    "the rate divided by t instead of 1 + t")
