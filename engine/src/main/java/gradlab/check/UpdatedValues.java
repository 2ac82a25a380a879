package gradlab.check;

import gradlab.symbolic.Expr;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values the text updates mid-text, as gradient descent by hand does: "the new weight is
 * $w + \Delta w = 0.45$", "$w \leftarrow 0.5 - 0.1 \cdot 0.5 = 0.45$", "after one step
 * $w = 0.45$". The steps after such an update are read at the new value (a new scope starts with
 * it); a step that fails there but holds at the value before is "not checked: which value does
 * it use?", never refuted. A new name for the updated value ({@code w^{+}}, {@code w_{new}},
 * {@code w'}) leaves the name's value as it was, but a later step refuted there that holds at
 * the new value is not checked either. A step false at both values is refuted (it fails under
 * both readings). Also where a part label ended the point that gave the name its value ("**(a)**
 * At $w = 0.5$ …", "**(b)** $w_{new} = … = 0.54005$", "**(c)** the loss after the step: $L = …$"
 * was ✗ at w = 0.5, found by a new user, user46): the value given before is the old one.
 * Mutable, one per document run.
 */
final class UpdatedValues {
  /** {@code name} (engine syntax) held {@code before} and was given {@code after} on a line. */
  record Update(String name, Expr before, Expr after, int line, boolean rebound) {}

  private static final Pattern ANNOUNCED = Pattern.compile("\\b(new|updates?|updated|updating|"
      + "becomes|(?:next|second|third|following) (?:steps?|iterations?|updates?|epochs?)|after "
      + "(?:(?:one|the first|the|an|a single|each|this|that) )?(?:steps?|iterations?|updates?|"
      + "epochs?)|(?:steps?|iterations?|updates?) (?:gives?|yields?|brings?|takes?|moves?)|moves? "
      + "to|moved to)\\b");
  private static final Pattern NUMBER = NumberPatterns.DECIMAL;
  /** A name and an increment: {@code w + \Delta w}, {@code w - \eta g}, {@code w_5 - …}. */
  private static final Pattern NAME_AND_INCREMENT = Pattern.compile(
      "\\s*((?:\\\\mathbf\\{)?[A-Za-z](?:_\\{?[A-Za-z0-9]{1,3}\\}?)?\\}?)\\s*[-+].*",
      Pattern.DOTALL);
  /** A decorated name for the new value: {@code w^{+}}, {@code w_{new}}, {@code w'}. */
  private static final Pattern NEW_NAME = Pattern.compile("\\s*([A-Za-z](?:_\\{?[0-9]{1,2}\\}?)?)"
      + "\\s*(?:\\^\\{?\\+\\}?|\\^\\{?\\*\\}?|_\\{?(?:\\\\(?:text|mathrm)\\{)?new\\}?\\}?|'"
      + "|\\^\\{?\\\\prime\\}?)\\s*");

  private final Map<String, Update> updates = new LinkedHashMap<>();
  /** The rules stated, and next iterates written with numbers checked against them. */
  final UpdateApplications applications = new UpdateApplications();

  /**
   * Whether the sentence before the math announces a new value ("the new weight is", "one
   * Newton step gives", "the center moves to").
   */
  static boolean announced(String paragraph) {
    String p = paragraph.toLowerCase(Locale.ROOT);
    int cut = Math.max(p.lastIndexOf(". "), p.lastIndexOf(".\n"));
    return ANNOUNCED.matcher(cut < 0 ? p : p.substring(cut)).find();
  }

  /** Whether the last display's prose announced an update (see {@link #announcedHere}). */
  private boolean announcedRun;

  /**
   * Whether the prose before this math announces a new value, or there is none and the displays
   * right before it were announced: "so after one step $$w_1 = … = 0.15$$ $$w_2 = … = 0.1$$
   * $$b = … = 0.05$$" updates all three (held36: w_2 and b were ✗ at their old value 0 in
   * Jurafsky and Martin's worked SGD step, Géron's θ_1 likewise). Prose between ends the run.
   */
  boolean announcedHere(String paragraph) {
    return announced(paragraph) || (announcedRun && paragraph.isBlank());
  }

  /** After a display whose paragraph (prose and inline math before it) was {@code paragraph}. */
  void displayDoneInPlace(String paragraph) {
    announcedRun = announcedHere(paragraph);
  }

  /**
   * After a chain was read: "the new weight is $w + Δw = 0.45$" (a named point and an increment,
   * after words that announce a new value) moves the point to 0.45; "$w^{+} = … = 0.45$" records
   * a new value of w without moving it.
   */
  void afterChainInPlace(DocumentRun run, int line, List<String> raw) {
    String last = raw.getLast().strip();
    if (raw.size() < 2 || !NUMBER.matcher(last).matches()) {
      return;
    }
    Matcher n = NEW_NAME.matcher(raw.get(0));
    if (n.matches()) {
      String name = run.read(n.group(1));
      Expr before = name == null ? null : run.ctx.point().get(name);
      if (before == null && name != null && !run.ctx.defines(name)) { // "**(b)**" ended w's
        before = run.earlierPoints.valueOf(name).orElse(null); // point; w_new still updates it
      }
      if (before != null) {
        updates.put(name, new Update(name, before, run.engine.eval(last), line, false));
      }
      return;
    }
    Matcher m = NAME_AND_INCREMENT.matcher(raw.get(0));
    if (raw.size() >= 2 && m.matches() && announcedHere(run.paragraph())) {
      reboundInPlace(run, run.read(m.group(1)), last, line);
    }
  }

  /** "$w \leftarrow … = 0.45$": the point w (if it is one) now holds the assigned number. */
  void assignedInPlace(DocumentRun run, int line, String left, String assigned) {
    if (left != null && assigned != null && NUMBER.matcher(assigned.strip()).matches()) {
      reboundInPlace(run, run.read(left), assigned.strip(), line);
    }
  }

  /** "after one step $w = 0.45$" of a named point w: an update where the prose announces one. */
  void pointRestatedInPlace(DocumentRun run, int line, String name, Expr after) {
    Expr before = run.ctx.point().get(name);
    if (before != null && !before.equals(after) && announcedHere(run.paragraph())) {
      updates.put(name, new Update(name, before, after, line, true));
    }
  }

  /**
   * A point moved by a chain that computes its new value ({@link PointUpdateChains}: the
   * plain-text line {@code w = 0.5 - 0.1*1 = 0.4}, {@code w_new = …}): an update whatever the
   * prose says, so a value restated from before it ("the loss before the step was L = 0.25")
   * has two readings. Only {@link #pointRestatedInPlace} with words recorded one, so in plain
   * text the restated old loss was refuted at the new w.
   */
  void movedInPlace(int line, String name, Expr before, Expr after) {
    if (before != null && !before.equals(after)) {
      updates.put(name, new Update(name, before, after, line, true));
    }
  }

  private void reboundInPlace(DocumentRun run, String name, String number, int line) {
    Expr before = name == null ? null : run.ctx.point().get(name);
    if (before == null) {
      return;
    }
    Expr after = run.engine.eval(number);
    if (before.equals(after)) {
      return;
    }
    updates.put(name, new Update(name, before, after, line, true));
    run.ctx = run.ctx.withPoint(name, after);
    run.values.clear(); // values computed at the old value no longer hold
  }

  /**
   * {@code v}, or "not checked" where it refutes a step at one value of an updated name and
   * {@code again} (the verdict at the other value) does not refute it.
   */
  StepVerdict guard(DocumentRun run, StepVerdict v, Supplier<StepVerdict> again) {
    if (!(v instanceof StepVerdict.Refuted f) || updates.isEmpty()) {
      return v;
    }
    for (Update u : updates.values()) {
      Expr now = run.ctx.point().get(u.name());
      CheckContext at = run.ctx;
      if (now == null && f.point().containsKey(u.name())) { // refuted at a value given before
        for (String n : f.point().keySet()) { // a part label ended ({@link EarlierValueClaims})
          if (!at.point().containsKey(n) && run.earlierPoints.valueOf(n).isPresent()) {
            at = at.withPoint(n, run.earlierPoints.valueOf(n).get());
          }
        }
        now = at.point().get(u.name());
      }
      if (now == null || !f.point().containsKey(u.name())) {
        continue;
      }
      Expr other = now.equals(u.after()) ? u.before() : now.equals(u.before()) ? u.after() : null;
      if (other == null) {
        continue;
      }
      CheckContext kept = run.ctx;
      StepVerdict w;
      try {
        run.ctx = at.withPoint(u.name(), other);
        w = again.get();
      } catch (RuntimeException e) {
        w = null;
      } finally {
        run.ctx = kept;
      }
      if (w instanceof StepVerdict.Proved || w instanceof StepVerdict.Unknown x && !x.undecided()) {
        String shown = LatexNames.readable(u.name());
        return new StepVerdict.NotChecked(shown + " was updated on line " + u.line() + " (from "
            + number(run, u.before()) + " to " + number(run, u.after()) + "); this step holds at "
            + shown + " = " + number(run, other) + ", not at " + shown + " = "
            + number(run, now) + ": which value does it use?");
      }
    }
    return v;
  }

  private static String number(DocumentRun run, Expr e) {
    try {
      return Digits.compact(run.engine.numeric(e, Map.of()));
    } catch (RuntimeException x) {
      return e.toString();
    }
  }
}
