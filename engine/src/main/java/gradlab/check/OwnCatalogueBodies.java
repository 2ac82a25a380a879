package gradlab.check;

import gradlab.symbolic.FunctionRule;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bodies of catalogue functions that a text defines its own way, where the reader reads
 * them: Hubara et al.'s hard sigmoid {@code \sigma(x) = \mathrm{clip}(\frac{x + 1}{2}, 0, 1)}.
 * {@link CatalogueRestatements} leaves every later step through such a σ "not checked" (which
 * σ a later line means, the text's or the logistic one, is not said again), so the sign slip
 * {@code (+1)\sigma(r) + (-1)(1 - \sigma(r)) = 1 - 2\sigma(r)} went unnamed. A step refuted with
 * the catalogue's function and refuted again with the text's body is false whichever is meant:
 * it is refuted, with the text's counterexample. A step that holds, or is undecided, under
 * either reading stays "not checked". Mutable, one per {@link DocumentRun}.
 */
final class OwnCatalogueBodies {
  private final Map<String, FunctionRule> rules = new HashMap<>();

  /** The engine's name of the text's own function {@code name}: never a catalogue name. */
  static String ownName(String name) {
    return name + "own";
  }

  /**
   * Keeps the text's body for the catalogue function {@code name} (the first one given), as a
   * rule for {@link #ownName}, which the engine is told is a function.
   */
  void recordInPlace(DocumentRun run, String name, String parameter, String body) {
    if (!rules.containsKey(name)) {
      run.engine.declareFunctionInPlace(ownName(name));
      rules.put(name, run.engine.functionRule(ownName(name), List.of(parameter),
          run.engine.parse(body)));
    }
  }

  /**
   * The refutation of {@code lhs rel rhs} (engine syntax) under both readings of the text's
   * function {@code name}; null where it is not refuted under both or the text gave no body.
   */
  StepVerdict refutedEitherWay(DocumentRun run, String name, String lhs, Relation rel,
      String rhs) {
    FunctionRule rule = rules.get(name);
    Pattern use = Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(name) + "(?![A-Za-z0-9])"
        + "(\\s*\\()?");
    Matcher m = use.matcher(lhs + " " + rhs);
    while (m.find()) {
      if (m.group(1) == null) {
        return null; // σ′(x), σ alone: only calls σ(…) are read with the text's body
      }
    }
    if (rule == null) {
      return null;
    }
    StepVerdict catalogue = run.budget.run(by -> run.checker.check(run.ctx, lhs, rel, rhs, by));
    if (!(catalogue instanceof StepVerdict.Refuted)) {
      return null;
    }
    CheckContext own = run.ctx.withFunctionRule(rule);
    String ownL = use.matcher(lhs).replaceAll(Matcher.quoteReplacement(ownName(name) + "("));
    String ownR = use.matcher(rhs).replaceAll(Matcher.quoteReplacement(ownName(name) + "("));
    StepVerdict text = run.budget.run(by -> run.checker.check(own, ownL, rel, ownR, by));
    if (!(text instanceof StepVerdict.Refuted r)) {
      return null;
    }
    String shown = LatexNames.readable(name);
    return new StepVerdict.Refuted(r.point(), r.lhs(), r.rhs(), (r.detail().isEmpty() ? ""
        : r.detail() + "; ") + "with the text's " + shown + " and with the catalogue's "
        + shown + " alike");
  }
}
