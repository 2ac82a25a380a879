a = lab.array([1, 2, 3])
print((a * 2).tolist(), (2 * a).tolist(), (a + a).tolist(), (a - 1).tolist(), (1 - a).tolist())
print((a / 2).tolist(), (a ** 2).tolist(), (-a).tolist(), len(a), a[-1], list(a))
m = lab.array([[1, 2], [3, 4]])
print(m.shape, len(m), m[1][0], m[1, 0], m.T.tolist(), m.T.shape, m.dtype)
print((m * [10, 20]).tolist(), (m * lab.array([[10], [20]])).tolist())
print((m @ [[5, 6], [7, 8]]).tolist(), ([[5, 6], [7, 8]] @ m).tolist(), [r.tolist() for r in m])
t = lab.tensor([[1e8, 1], [-1e8, 1]])
print(t.dtype, t @ [1, 1], m[0:1].tolist(), m.sum(), (m / 2).mean())
print(lab.sort(lab.array([3, 1, 2])))
for bad in (lambda: a + [1, 2], lambda: lab.tensor([[1, 2], [3]]),
            lambda: lab.num('sigma(x)', {'x': [1, 2]}), lambda: lab.diff('x*y'),
            lambda: lab.plot(1), lambda: a * 'z', lambda: m.sum(axis=0)):
    try:
        bad()
        print("no error")
    except ValueError as e:
        print("ValueError:", e)
print(lab.diff('x^2'), lab.diff('w*x^2', 'x'))
