# The thirty-sixth round's new-user pairs (issue 12, branch phone36): six derivations with indexed
# families typed as plain text, the way a new user types a softmax, an RNN or a TD error without
# LaTeX: p_i = e^(z_i) / Σ_j e^(z_j), exp(z_i)/sum_j exp(z_j), sum_{i=1}^{n}, Σ_{j=1..n}, "sum
# over j of", h_(t-1), s_(t+1), dL/dz_i, and concrete members (z = (2, 1, 0.1), p_1 = 0.659).
# They were written for this round, not transcribed from a published text, and say so. Each
# broken file has one slip of the kind students make: a sign, a wrong factor, a dropped square, an
# arithmetic slip. Every number was checked in Python. Read by make_transcribed.py after
# sources_held_out35.py.

add("user49-softmax-plain-sigma",
    "a student's softmax homework typed in plain text: the family p_i = e^(z_i) / Σ_j e^(z_j), its derivative and the members at z = (2, 1, 0.1) (written by a new user, phone36, as students type without LaTeX)",
    "none: written for gradlab's checker by a new user (the thirty-sixth round)",
    "", r"""
# softmax homework (typed in plain text)

p_i = e^(z_i) / Σ_j e^(z_j)

dp_i/dz_i = p_i (1 - p_i)

z = (2, 1, 0.1)

p_1 = e^2 / (e^2 + e^1 + e^0.1) = 0.659

p_2 = e^1 / (e^2 + e^1 + e^0.1) = 0.242
""", "dp_i/dz_i = p_i (1 - p_i)", "dp_i/dz_i = p_i (1 + p_i)",
    "a sign: p_i(1 + p_i) for the softmax's own derivative p_i(1 - p_i)")

add("user49-softmax-ascii-bounds",
    "a student's softmax notes typed in ASCII: exp(z_i)/sum_{j=1}^{n} exp(z_j), the members summing to one, the log of a member (written by a new user, phone36, as students type without LaTeX)",
    "none: written for gradlab's checker by a new user (the thirty-sixth round)",
    "", r"""
# softmax, ascii notes

p_i = exp(z_i) / sum_{j=1}^{n} exp(z_j)

sum_{i=1}^{n} p_i = 1

dp_i/dz_i = p_i*(1 - p_i)
""", "sum_{i=1}^{n} p_i = 1", "sum_{i=1}^{n} p_i = n",
    "the members' sum written n for 1")

add("user49-rnn-tanh-plain",
    "a student's RNN notes typed in plain text: h_t = tanh(W x_t + U h_(t-1)) and its local derivatives (written by a new user, phone36, as students type without LaTeX)",
    "none: written for gradlab's checker by a new user (the thirty-sixth round)",
    "", r"""
# rnn step, local gradients

h_t = tanh(W x_t + U h_(t-1))

dh_t/dh_(t-1) = (1 - h_t^2) U

dh_t/dx_t = (1 - h_t^2) W
""", "dh_t/dx_t = (1 - h_t^2) W", "dh_t/dx_t = (1 - h_t^2) U",
    "the recurrent weight U written for the input weight W")

add("user49-td-error-brackets",
    "a student's TD-error notes typed in plain text: δ_t = r_t + γ·V(s_(t+1)) − V(s_t) and two errors telescoped (written by a new user, phone36, as students type without LaTeX)",
    "none: written for gradlab's checker by a new user (the thirty-sixth round)",
    "", r"""
# td error, two steps

δ_t = r_t + γ·V(s_(t+1)) − V(s_t)

δ_t + γ·δ_(t+1) = r_t + γ·r_(t+1) + γ^2·V(s_(t+2)) − V(s_t)
""", "+ γ^2·V(s_(t+2))", "+ γ·V(s_(t+2))",
    "a dropped square: γ for γ² before V(s_(t+2))")

add("user49-sum-over-words",
    "a student's log-sum-exp notes typed in plain text: Σ_{j=1..n}, \"sum over j of\" and the derivative of the log of the sum (written by a new user, phone36, as students type without LaTeX)",
    "none: written for gradlab's checker by a new user (the thirty-sixth round)",
    "", r"""
# log-sum-exp

p_k = exp(z_k) / Σ_{j=1..n} exp(z_j)

sum over k of p_k = 1

s = log(Σ_{j=1..n} exp(z_j))

ds/dz_k = p_k
""", "ds/dz_k = p_k", "ds/dz_k = 1 - p_k",
    "1 − p_k for the softmax member p_k")

add("user49-cross-entropy-members",
    "a student's cross-entropy homework in plain text: L = -sum_i y_i log(p_i) with p_i = exp(z_i)/sum_j exp(z_j), then the members at z = (2, 1, 0.1) and y = (1, 0, 0) (written by a new user, phone36, as students type without LaTeX)",
    "none: written for gradlab's checker by a new user (the thirty-sixth round)",
    "", r"""
# cross-entropy, gradient and numbers

p_i = exp(z_i)/sum_j exp(z_j)

L = -sum_i y_i log(p_i)

dL/dz_i = p_i - y_i

z = (2, 1, 0.1) and y = (1, 0, 0)

p_1 = 0.659, so L = -log(0.659) = 0.417

dL/dz_1 = 0.659 - 1 = -0.341
""", "dL/dz_1 = 0.659 - 1 = -0.341", "dL/dz_1 = 0.659 - 1 = -0.431",
    "an arithmetic slip: 0.659 − 1 written −0.431")
