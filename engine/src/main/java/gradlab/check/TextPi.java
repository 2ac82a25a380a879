package gradlab.check;

import gradlab.symbolic.Expr;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * π given a number by the text that cannot be the constant: a mixing weight or a prior
 * {@code \pi = 0.3}, a policy's probability. The text's π is then a quantity of its own, named
 * {@code piv} as π_k already is, and a bare {@code \pi} after it is that quantity. Before, the
 * point was bound under the engine's name of the constant, which every evaluator keeps as
 * 3.14159…, so a true {@code \pi x = 0.6} at π = 0.3, x = 2 was refuted. A number within 0.01
 * of 3.14159… ({@code \pi = 3.14}) is the constant recalled, and π stays the constant. A plain
 * {@code pi} is π as typed in ASCII: {@code pi = 0.3} then {@code pi*2 = 0.6} was refuted, the
 * point bound under the name pi and the claim's pi read as 3.14159…. Once the text holds its π,
 * a bare π in a claim is ambiguous (the text's quantity, or the constant recalled, as in
 * {@code \sin(\pi/2) = 1}): it is read both ways ({@link LatexReading#piAsConstant}), so a step
 * true under one reading is never refuted.
 */
final class TextPi {
  /** The engine's name of the text's π, shown as π ({@link LatexNames#readable}). */
  static final String NAME = "piv";
  private static final double CLOSE = 0.01;
  /** The ambiguity a claim through the text's π is reported with. */
  static final String AMBIGUITY = "π as the text's quantity or the constant 3.14159…";
  /** pi typed as a word of its own (not pi_k, pix, spin). */
  private static final Pattern ASCII_PI = Pattern.compile(
      "(?<![A-Za-z0-9_])pi(?![A-Za-z0-9_(])");

  private TextPi() {}

  /** The name a point {@code head = value} binds: {@link #NAME} for π far from 3.14159…. */
  static String pointName(DocumentRun run, String head, String value) {
    if (!"Pi".equals(head)) {
      return head;
    }
    try {
      Expr e = run.engine.eval(value);
      double v = run.engine.numeric(e, Map.of());
      return Double.isFinite(v) && Math.abs(v - Math.PI) > CLOSE ? NAME : head;
    } catch (RuntimeException e) {
      return head; // not a number the engine reads: π stays the constant
    }
  }

  /**
   * A plain-text term with the text's π: a lone π (the head of {@code π = 0.3}) is the quantity,
   * and so is every π after the text has given it a number far from 3.14159…; otherwise the
   * term is unchanged and π is the constant.
   */
  static String plain(DocumentRun run, String typed) {
    if (typed.indexOf('π') < 0) {
      return typed;
    }
    if (typed.strip().equals("π")) {
      return NAME;
    }
    return held(run) ? typed.replace("π", "(" + NAME + ")") : typed;
  }

  /**
   * A plain-text term of a chain, π typed as π or as the word pi, before {@link #plain}: the
   * head of the chain alone ({@code pi = 0.3}) is the text's π; elsewhere a π is the text's
   * quantity once the text holds one, which is ambiguous ({@code ambiguous} gets
   * {@link #AMBIGUITY}; under the alternative {@code reading} it is the constant); otherwise the
   * term is read as before ({@code sin(pi/2) = 1}, {@code area = pi r^2}: the constant).
   */
  static String plain(DocumentRun run, String typed, LatexReading reading,
      java.util.Set<String> ambiguous, boolean head) {
    String pi = ASCII_PI.matcher(typed).replaceAll("π");
    if (pi.indexOf('π') < 0) {
      return typed;
    }
    if (head && pi.strip().equals("π")) {
      return "π";
    }
    if (!held(run)) {
      return typed; // the constant, read as before
    }
    ambiguous.add(AMBIGUITY);
    return pi.replace("π", reading.piAsConstant() ? "(Pi)" : "(" + NAME + ")");
  }

  /**
   * A bare {@code \pi} of a text that holds its π: that quantity, or under the alternative
   * reading the constant.
   */
  static String[] read(LatexReader r) {
    r.ambiguity(AMBIGUITY);
    return r.reading().piAsConstant() ? LatexReader.operand("Pi") : r.named(NAME);
  }

  /** Whether the text has given π a number far from 3.14159…. */
  private static boolean held(DocumentRun run) {
    var value = run.ctx.point().get(NAME);
    if (value == null) {
      return false;
    }
    try {
      double v = run.engine.numeric(value, Map.of());
      return Double.isFinite(v) && Math.abs(v - Math.PI) > CLOSE;
    } catch (RuntimeException e) {
      return false;
    }
  }
}
