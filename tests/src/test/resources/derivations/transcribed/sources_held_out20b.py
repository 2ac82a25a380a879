# A twentieth held-out set, second half (issue 12, branch held20b): short student derivations typed
# the way new users type, written against a 20:12 deadline so only four of the twelve asked for:
# one on a phone in Unicode (the derivative of softsign at a point), one in plain ASCII (Adagrad's
# first step on w^2), one in hurried LaTeX (the KL divergence between two Bernoullis) and one in
# the engine syntax of the console's :check (the second derivative of softplus). Each has one
# planted error of a kind students make. The numbers were checked in Python. Read by
# make_transcribed.py after sources_held_out20.py.

add("softsign-derivative-phone",
    "A student's notes: the derivative of softsign s(x) = x/(1 + |x|) (Glorot and Bengio, 2010) and its value at x = 1, typed on a phone in Unicode inside Markdown, with numbers",
    "written for this corpus in the way new users type their own notes",
    "", r"""
# softsign ′ (phone)

Let s(x) = x/(1 + |x|) for x > 0, so s(x) = x/(1 + x).

s′(x) = ((1 + x) − x)/(1 + x)²
s′(x) = 1/(1 + x)²
at x = 1: s(1) = ½
s′(1) = 1/2² = ¼
so the slope at 1 is a quarter of the slope at 0 (s′(0) = 1)
""", r"s′(1) = 1/2² = ¼", r"s′(1) = 1/2² = ½",
    "the square in the denominator dropped at the point")

add("adagrad-first-step-ascii",
    "A student's notes: Adagrad's first step on f(w) = w^2 from w = 1 with eta = 0.1 (Duchi, Hazan and Singer, 2011; Goodfellow et al., Deep Learning, 8.5.1), typed in plain ASCII, with numbers",
    "written for this corpus in the way new users type their own notes",
    "", r"""
Adagrad, first step

f(w) = w^2, so f'(w) = 2*w
w0 = 1, eta = 0.1
g = f'(w0) = 2
G = g^2 = 4
w1 = w0 - eta*g/sqrt(G) = 1 - 0.1*2/2 = 0.9
f(w1) = 0.81
""", r"w1 = w0 - eta*g/sqrt(G) = 1 - 0.1*2/2 = 0.9", r"w1 = w0 - eta*g/sqrt(G) = 1 - 0.1*2/2 = 0.8",
    "the division by sqrt(G) forgotten in the arithmetic")

add("kl-two-bernoullis-latex",
    "A student's notes: the KL divergence between Bernoulli(1/2) and Bernoulli(1/4) (Goodfellow et al., Deep Learning, 3.13), typed in Markdown with LaTeX as a hurried student types it",
    "written for this corpus in the way new users type their own notes",
    "", r"""
## KL(Ber(p) || Ber(q))

Let $p = \frac12$ and $q = \frac14$.

$$
\begin{aligned}
KL &= p \ln\left(\frac{p}{q}\right) + (1-p)\ln\left(\frac{1-p}{1-q}\right) \\
&= \frac12 \ln 2 + \frac12 \ln\left(\frac{2}{3}\right) \\
&= \frac12 \ln\left(\frac{4}{3}\right) \\
&\approx 0.1438
\end{aligned}
$$
""", r"&= \frac12 \ln\left(\frac{4}{3}\right) \\", r"&= \frac12 \ln\left(\frac{3}{4}\right) \\",
    "the quotient of the logs inverted when the two terms are combined")

add("softplus-second-derivative-engine",
    "A student's notes: the first and second derivatives of softplus and their values at 0, typed in the engine syntax of the console's :check (let, diff, at)",
    "written for this corpus in the way new users type their own notes",
    "", r"""
let sp(x) = log(1 + exp(x))
diff(sp(x), x) = sigma(x)
diff(sp(x), x, 2) = sigma(x)*(1 - sigma(x))
at x = 0
sp(x) = log(2)
diff(sp(x), x, 2) = 1/4
""", r"diff(sp(x), x, 2) = 1/4", r"diff(sp(x), x, 2) = 1/2",
    "the second derivative at 0 taken as sigma(0) instead of sigma(0)(1 - sigma(0))")
