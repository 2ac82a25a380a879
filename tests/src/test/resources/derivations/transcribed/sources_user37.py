# User37's pairs (issue 12, branch user37): four homework derivations typed as new users type
# them, in plain text inside a Markdown file (ASCII operators, d f(x)/dx, phone-typed words),
# none from a stored copy. Each broken file has one planted error of a kind students make. The
# numbers were checked by hand and in Python. Read by make_transcribed.py last.

add("user37-tanh-derivative-plain",
    "a student's homework: the derivative of tanh through its call, typed in plain text",
    "typed by a new user (no published source)",
    "", r"""
# derivative of tanh

d tanh(x)/dx = 1 - tanh(x)^2

d(tanh(2x))/dx = 2(1 - tanh(2x)^2)

at x = 0: d tanh(x)/dx = 1
""", r"d(tanh(2x))/dx = 2(1 - tanh(2x)^2)", r"d(tanh(2x))/dx = 1 - tanh(2x)^2",
    "the inner derivative 2 of the chain rule dropped")

add("user37-square-loss-phone",
    "a student's homework: the gradient of a square loss in one weight, typed on a phone",
    "typed by a new user (no published source)",
    "", r"""
# square loss

L(w) = (w*x - y)^2

d(L(w))/dw = 2x(w*x - y)

let x = 2, y = 1, w = 3

L(w) = 25

d(L(w))/dw = 20
""", r"d(L(w))/dw = 20", r"d(L(w))/dw = 10",
    "the factor 2 of the square dropped in the number")

add("user37-sigmoid-plain",
    "a student's homework: the sigmoid's derivative at a point, typed in plain text",
    "typed by a new user (no published source)",
    "", r"""
# sigmoid

d sigma(z)/dz = sigma(z)(1 - sigma(z))

at z = 0: sigma(z) = 0.5

at z = 0: d sigma(z)/dz = 0.25
""", r"at z = 0: d sigma(z)/dz = 0.25", r"at z = 0: d sigma(z)/dz = 0.5",
    "the value of sigma taken for its derivative")

add("user37-quadratic-roots-plain",
    "a student's homework: a quadratic's derivative and its stationary point, typed in plain text",
    "typed by a new user (no published source)",
    "", r"""
# quadratic

f(x) = x^2 - 6x + 2

d(x^2 - 6x + 2)/dx = 2x - 6

at x = 3: f(x) = -7
""", r"at x = 3: f(x) = -7", r"at x = 3: f(x) = -9",
    "the constant term dropped at the stationary point")
