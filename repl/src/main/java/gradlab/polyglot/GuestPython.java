package gradlab.polyglot;

import java.util.stream.Collectors;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;

/**
 * Python's view of {@code lab} and of its tensors, run once per context after {@code lab} is
 * bound: a tensor supports {@code + - * / ** @} with numbers, tensors and (nested) lists,
 * broadcasting as NumPy does, {@code t[i]}, slices, {@code len}, iteration, {@code .T}, {@code
 * .shape} as a tuple, {@code .dtype} and {@code .tolist()}. Before, a tensor was an opaque
 * {@code polyglot.ForeignObject} and {@code lab.array([1, 2, 3]) * 2} repeated the list (user26).
 * A call that matches no form of a {@code lab} method raises {@code ValueError} with its usage.
 */
final class GuestPython {
  private static final String PRELUDE = """
      def _gradlab_python(host, usage):
          def raw(o):
              if isinstance(o, Tensor):
                  return o._t
              if isinstance(o, tuple):
                  return [raw(x) for x in o]
              if isinstance(o, list):
                  return [raw(x) for x in o]
              return o
          def wrap(r):
              if hasattr(r, "combine") and hasattr(r, "tolist"):
                  return Tensor(r)
              return r
          def plain(v):
              if isinstance(v, (int, float, str)) or not hasattr(v, "__len__"):
                  return v
              return [plain(x) for x in v]
          class Tensor:
              '''A gradlab tensor: + - * / ** @ with numbers, tensors and lists (broadcast as
              NumPy), t[i], len(t), iteration, t.T, t.shape, t.dtype, t.tolist(), t.sum(),
              t.mean().'''
              __slots__ = ("_t",)
              __hash__ = None
              def __init__(self, t):
                  object.__setattr__(self, "_t", t)
              def _op(self, op, other, reflected=False):
                  return Tensor(self._t.combine(op, raw(other), reflected))
              def __add__(self, o): return self._op("add", o)
              def __radd__(self, o): return self._op("add", o, True)
              def __sub__(self, o): return self._op("sub", o)
              def __rsub__(self, o): return self._op("sub", o, True)
              def __mul__(self, o): return self._op("mul", o)
              def __rmul__(self, o): return self._op("mul", o, True)
              def __truediv__(self, o): return self._op("div", o)
              def __rtruediv__(self, o): return self._op("div", o, True)
              def __pow__(self, o): return self._op("pow", o)
              def __rpow__(self, o): return self._op("pow", o, True)
              def __neg__(self): return self._op("mul", -1)
              def __pos__(self): return self
              def __matmul__(self, o): return wrap(self._t.matmul(raw(o)))
              def __rmatmul__(self, o): return wrap(host.array(raw(o)).matmul(self._t))
              def __len__(self): return self._t.length()
              def __getitem__(self, i):
                  if isinstance(i, tuple):
                      r = self
                      for k in i:
                          r = r[k]
                      return r
                  if isinstance(i, slice):
                      return Tensor(host.array([raw(x) for x in list(self)[i]]))
                  if not isinstance(i, int):
                      raise ValueError("a tensor is indexed by integers: t[0], t[1, 2], t[1:3]")
                  if not -len(self) <= i < len(self):
                      raise IndexError("index %d is out of range for axis 0 with %d entries"
                                       % (i, len(self)))
                  return wrap(self._t.item(i))
              def __iter__(self):
                  return (self[i] for i in range(len(self)))
              def __repr__(self): return str(self._t.toString())
              __str__ = __repr__
              shape = property(lambda self: tuple(int(d) for d in self._t.shape()))
              ndim = property(lambda self: len(self.shape))
              dtype = property(lambda self: str(self._t.dtype()))
              T = property(lambda self: Tensor(self._t.transpose()))
              def transpose(self): return self.T
              def tolist(self): return plain(self._t.tolist())
              def values(self): return plain(self._t.values())
              def at(self, i): return self._t.at(i)
              def sum(self, axis=None):
                  if axis is not None:
                      raise ValueError("t.sum() sums every element; sum(axis=…) is not offered")
                  return self._t.sum()
              def mean(self, axis=None):
                  if axis is not None:
                      raise ValueError("t.mean() averages every element; mean(axis=…) is not "
                                       "offered")
                  return self._t.mean()
              def add(self, o): return self + o
              def sub(self, o): return self - o
              def mul(self, o): return self * o
              def div(self, o): return self / o
              def matmul(self, o): return self @ o
          class Lab:
              __slots__ = ()
              def __getattr__(self, name):
                  f = getattr(host, name)
                  def call(*args, **kwargs):
                      if kwargs:
                          raise ValueError("lab.%s takes no keyword arguments; hint: %s"
                                           % (name, usage.get(name, name)))
                      try:
                          r = f(*[raw(a) for a in args])
                      except TypeError as e:
                          if "foreign" not in str(e) and "argument" not in str(e):
                              raise
                          raise ValueError("lab.%s cannot be called with %s; hint: %s"
                                           % (name, ", ".join(type(a).__name__ for a in args)
                                              or "no arguments", usage.get(name, name))) from None
                      return wrap(r)
                  call.__name__ = name
                  call.__doc__ = usage.get(name)
                  return call
              def __dir__(self): return sorted(usage)
              def __repr__(self): return "<gradlab lab: " + ", ".join(sorted(usage)) + ">"
          return Lab()
      lab = _gradlab_python(lab, {__USAGE__})
      del _gradlab_python
      """;

  private GuestPython() {}

  static void install(Context python) {
    String usage = GuestUsage.CALLS.entrySet().stream().map(e -> quote(e.getKey()) + ": "
        + quote(e.getValue())).collect(Collectors.joining(", "));
    python.eval(Source.newBuilder("python", PRELUDE.replace("__USAGE__", usage), "<gradlab-lab>")
        .buildLiteral());
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
