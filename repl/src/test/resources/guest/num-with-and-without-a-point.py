# lab.num as the README shows it: without a point and with a dict; each value is checked against
# the same value computed in Python (math.exp), independently of the facade
import math
plain = lab.num("sigma(1/3)")
at = lab.num("sigma(x)", {"x": 1.0})
if abs(plain - 1 / (1 + math.exp(-1 / 3))) > 1e-12 or abs(at - 1 / (1 + math.exp(-1))) > 1e-12:
    raise ValueError("lab.num gave %r and %r" % (plain, at))
