package gradlab.polyglot;

import gradlab.lab.Lab;
import gradlab.plot.Figure;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;

/**
 * The facade as guest scripts see it ({@code lab}). Expressions go in and come out as strings
 * (Unicode maths); numbers as numbers; guest lists and arrays are accepted wherever a list is
 * expected, and lists come back as guest-indexable arrays. There is no NumPy in GraalPy offline,
 * so the array operations scripts need are here: {@code linspace}, {@code sort}, {@code array}.
 */
public final class GuestLab {
  private final Sandbox box;
  private final GuestErrors errors;

  /**
   * @param box what the guest may do; output file names stay in the output folder unless it
   *     allows all file access
   * @param errors how a failed call is raised in the guest (a catchable exception)
   */
  GuestLab(Sandbox box, GuestErrors errors) {
    this.box = box;
    this.errors = errors;
  }

  /** A seeded generator: the same seed gives the same numbers as java.util.Random in .jsh. */
  public static final class GuestRandom {
    private final Random random;

    GuestRandom(long seed) {
      this.random = new Random(seed);
    }

    /** A uniform integer in [low, high], both included. */
    @HostAccess.Export
    public int randint(int low, int high) {
      return low + random.nextInt(high - low + 1);
    }
  }

  @HostAccess.Export
  public String eval(String math) {
    return errors.call(() -> Lab.eval(math).unicode());
  }

  @HostAccess.Export
  public String diff(String math, String variable) {
    return errors.call(() -> Lab.diff(math, variable).unicode());
  }

  /** The derivative by the expression's one free name ({@code lab.diff('x^2')} is 2x). */
  @HostAccess.Export
  public String diff(String math) {
    return errors.call(() -> Lab.diff(math, onlyName(math, "lab.diff")).unicode());
  }

  private static String onlyName(String math, String method) {
    java.util.Set<String> free = Lab.engine().freeSymbols(Lab.expr(math));
    if (free.size() != 1) {
      throw new IllegalArgumentException(method + "('" + math + "') has " + (free.isEmpty()
          ? "no free name" : free.size() + " free names " + free) + "; hint: name the variable, "
          + method + "('" + math + "', 'x')");
    }
    return free.iterator().next();
  }

  @HostAccess.Export
  public String tex(String math) {
    return errors.call(() -> Lab.tex(math));
  }

  /** The value of an expression at a point given as a guest dict/object of numbers. */
  @HostAccess.Export
  public double num(String math, Value point) {
    Map<String, Double> p = errors.call(() -> {
      Map<String, Double> read = new LinkedHashMap<>();
      if (point != null && point.hasHashEntries()) {
        Value keys = point.getHashKeysIterator();
        while (keys.hasIteratorNextElement()) {
          Value k = keys.getIteratorNextElement();
          read.put(k.asString(), GuestArrays.number(point.getHashValue(k),
              "lab.num: the value of " + k.asString()));
        }
      } else if (point != null && point.hasMembers()) {
        for (String k : point.getMemberKeys()) {
          read.put(k, GuestArrays.number(point.getMember(k), "lab.num: the value of " + k));
        }
      }
      return read;
    });
    return errors.call(() -> Lab.num(math, p));
  }

  /**
   * The value of an expression with no free names ({@code lab.num('N(1/4)')}, {@code
   * lab.num("sigma(1/3)")}; a call with one argument matched no method before: "invalid
   * instantiation of foreign object").
   */
  @HostAccess.Export
  public double num(String math) {
    return errors.call(() -> Lab.num(math, Map.of()));
  }

  /** lhs = rhs: proved, refuted with a counterexample, or unknown. */
  @HostAccess.Export
  public String prove(String lhs, String rhs) {
    return errors.call(() -> Lab.prove(lhs, rhs).summary());
  }

  @HostAccess.Export
  public GuestRandom random(long seed) {
    return new GuestRandom(seed);
  }

  /** n evenly spaced numbers from start to stop, both included. */
  @HostAccess.Export
  public ProxyArray linspace(double start, double stop, int n) {
    if (n < 2) {
      return errors.call(() -> {
        throw new IllegalArgumentException("linspace needs at least 2 points, got " + n);
      });
    }
    Object[] v = new Object[n];
    for (int i = 0; i < n; i++) {
      v[i] = start + (stop - start) * i / (n - 1);
    }
    return ProxyArray.fromArray(v);
  }

  /**
   * A tensor from a guest list, nested for more dimensions ({@code [[1, 2], [3, 4]]}): it does
   * arithmetic element-wise as a NumPy array does (a list's {@code * 2} repeated it, user26).
   */
  @HostAccess.Export
  public GuestTensor array(Value list) {
    return errors.call(() -> new GuestTensor(GuestArrays.tensor(list, "lab.array"),
        GuestArrays.integers(list), errors));
  }

  /** The numbers of a guest list in ascending order (integers stay integers). */
  @HostAccess.Export
  public ProxyArray sort(Value list) {
    List<Number> v = errors.call(() -> numbers(list));
    v.sort((a, b) -> Double.compare(a.doubleValue(), b.doubleValue()));
    return ProxyArray.fromArray(v.toArray());
  }

  /**
   * A float64 tensor from a guest list, nested for more dimensions, or a flat one and its
   * shape ({@code lab.tensor([1, 2, 3, 4], 2, 2)}).
   */
  @HostAccess.Export
  public GuestTensor tensor(Value values, int... shape) {
    return errors.call(() -> {
      gradlab.tensor.Tensor t = GuestArrays.tensor(values, "lab.tensor");
      return new GuestTensor(shape.length == 0 ? t : t.reshape(shape), false, errors);
    });
  }

  /** Seeded N(0, std²) values of the given shape. */
  @HostAccess.Export
  public GuestTensor randn(long seed, double std, int... shape) {
    return errors.call(() -> new GuestTensor(gradlab.tensor.Tensor.randn(new Random(seed), std,
        gradlab.tensor.DType.FLOAT64, shape), false, errors));
  }

  /**
   * Plots a list of y values against their index as PNG in the output folder; the path. The
   * name must stay inside the output folder (see {@link OutputFiles}).
   */
  @HostAccess.Export
  public String plot(String title, Value ys, String fileName) {
    return errors.call(() -> {
      double[] y = numbers(ys).stream().mapToDouble(Number::doubleValue).toArray();
      double[] x = new double[y.length];
      Arrays.setAll(x, i -> i);
      Figure f = Lab.figure(title, "index", "value").withSeries(new Figure.Series(title, x, y));
      return Lab.plot(f, OutputFiles.inside("lab.plot", fileName, box)).toString();
    });
  }

  /**
   * Plots f over [lo, hi] in {@code var} as PNG in the output folder, named after the plot's
   * number ({@code plot-1.png}); the path. Java's {@code Lab.plot(expr, var, from, to)} draws it.
   */
  @HostAccess.Export
  public String plot(String math, String var, double lo, double hi) {
    return errors.call(() -> Lab.plot(math, var, lo, hi, OutputFiles.inside("lab.plot",
        nextName(), box)).toString());
  }

  /** Plots ys against xs (two guest lists of one length) as {@code plot-N.png}; the path. */
  @HostAccess.Export
  public String plot(Value xs, Value ys) {
    return errors.call(() -> {
      double[] x = numbers(xs).stream().mapToDouble(Number::doubleValue).toArray();
      double[] y = numbers(ys).stream().mapToDouble(Number::doubleValue).toArray();
      if (x.length != y.length) {
        throw new IllegalArgumentException("lab.plot(xs, ys): " + x.length + " x values and "
            + y.length + " y values; they pair up one to one");
      }
      Figure fig = Lab.figure("", "x", "y").withSeries(new Figure.Series("y", x, y));
      return Lab.plot(fig, OutputFiles.inside("lab.plot", nextName(), box)).toString();
    });
  }

  private int plots;

  private String nextName() {
    return "plot-" + (++plots) + ".png";
  }

  private static List<Number> numbers(Value list) {
    if (list != null && list.isHostObject() && list.asHostObject() instanceof GuestTensor t) {
      list = Value.asValue(t.values());
    }
    if (list == null || !list.hasArrayElements()) {
      throw new IllegalArgumentException("expected a list or array of numbers, got "
          + GuestArrays.describe(list));
    }
    List<Number> out = new ArrayList<>();
    for (long i = 0; i < list.getArraySize(); i++) {
      Value e = list.getArrayElement(i);
      out.add(e.isNumber() && e.fitsInLong() ? (Number) e.asLong()
          : (Number) GuestArrays.number(e, "a list of numbers"));
    }
    return out;
  }
}
