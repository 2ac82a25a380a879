package gradlab.symbolic;

import java.util.Objects;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;

/**
 * An immutable symbolic expression. Prints itself in Unicode ({@link #toString()}), LaTeX
 * ({@link #tex()}) and a re-parsable input form ({@link #input()}). Two expressions are equal
 * when their canonical input forms are equal, also across engines; that is syntactic equality,
 * not mathematical equality (use {@link IdentityProver} for that).
 */
public final class Expr {
  private final IExpr raw;
  private final String shown;

  Expr(IExpr raw) {
    this(raw, null);
  }

  private Expr(IExpr raw, String shown) {
    this.raw = Objects.requireNonNull(raw);
    this.shown = shown;
  }

  /**
   * The same value, printed by {@link #unicode()} as {@code unicode}: how the math language
   * showed it (the chain form σ′(z₂)·w₂·σ′(z₁) of a value whose names are expanded, the 30
   * digits of N(π, 30)). Equality and every computation use the value.
   */
  public Expr shownAs(String unicode) {
    return new Expr(raw, Objects.requireNonNull(unicode));
  }

  IExpr raw() {
    return raw;
  }

  /** Unicode maths for terminals: σ′(z₃)·w₄, √x, x². */
  public String unicode() {
    return shown != null ? shown : UnicodeForm.format(raw);
  }

  /** LaTeX, with activations as {@code \sigma} and indexed names as subscripts. */
  public String tex() {
    return TexForm.format(raw);
  }

  /** A form that {@link SymbolicEngine#parse(String)} reads back to an equal expression. */
  public String input() {
    return raw.toString();
  }

  /**
   * The input form with the user's names as typed, for people ({@link #input()} keeps the
   * escaped names of {@link SymjaNames} that the engine reads back).
   */
  public String readableInput() {
    return SymjaNames.decodeAll(raw.toString());
  }

  /** True when the expression is an exact or approximate number. */
  public boolean isNumber() {
    return raw.isNumber();
  }

  /** True when the expression contains no occurrence of the named symbol. */
  public boolean isFreeOf(String symbol) {
    return !InputForm.symbolsOf(raw).contains(symbol);
  }

  /** The value as a double, if the expression is a real number; otherwise throws. */
  public double toDouble() {
    if (!raw.isReal() && !raw.isRational() && !raw.isInteger()) {
      throw new ArithmeticException("not a real number: " + unicode());
    }
    return raw.evalf();
  }

  /**
   * The entries of a list of real numbers, as one column ({1, 2} is 2×1), or of a list of
   * equal-length lists of real numbers, as its rows; null for anything else (a number, a
   * symbolic entry, ragged rows, an empty list).
   */
  public double[][] numericRows() {
    if (!raw.isList() || ((IAST) raw).argSize() == 0) {
      return null;
    }
    IAST list = (IAST) raw;
    boolean nested = list.get(1).isList();
    double[][] rows = new double[list.argSize()][];
    for (int i = 1; i <= list.argSize(); i++) {
      IExpr item = list.get(i);
      IAST row = item.isList() ? (IAST) item : null;
      if (nested != (row != null) || row != null && (row.argSize() == 0
          || i > 1 && row.argSize() != rows[0].length)) {
        return null;
      }
      int width = row == null ? 1 : row.argSize();
      rows[i - 1] = new double[width];
      for (int j = 0; j < width; j++) {
        IExpr entry = row == null ? item : row.get(j + 1);
        if (!entry.isReal() && !entry.isRational() && !entry.isInteger()) {
          return null;
        }
        rows[i - 1][j] = entry.evalf();
      }
    }
    return rows;
  }

  @Override
  public String toString() {
    return unicode();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Expr e && input().equals(e.input());
  }

  @Override
  public int hashCode() {
    return input().hashCode();
  }
}
