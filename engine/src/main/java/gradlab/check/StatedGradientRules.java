package gradlab.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An update rule checked against the gradient the text STATED for the updated name: CS229's
 * {@code \theta_1 := \theta_1 - \alpha\frac{1}{m}\sum_i(h_\theta(x^{(i)}) - y^{(i)})} after its
 * own (1.2), {@code \frac{\partial}{\partial\theta_1}J(\theta_0,\theta_1) = \frac{1}{m}\sum_i
 * (h_\theta(x^{(i)}) - y^{(i)}) x^{(i)}}. The rule's step S (the right side less the name) is
 * compared with −rate·G, G the stated right side. A factor absorbed into the rate (1/m, 2, a
 * rate of another size) or a sign the text leaves open (ascent) makes S a constant multiple of G,
 * which this class never refutes: a ✗ needs, besides S ≠ −rate·G at a confirmed point, that G
 * writes a data name (a Latin letter outside scripts that is no size m, n, N, M) that S does not
 * write at all, while S
 * writes no name G lacks but the rate and the updated name (a regulariser's gradient added, a
 * momentum or Adam state: names of their own, never refuted). A step free of x cannot be a
 * constant multiple of a gradient that varies with x. A call of a function the text does not
 * define, written identically in S and G ({@code h_\theta(x^{(i)})}), is one value either way,
 * so it is replaced by one fresh name in both: product and application alike.
 */
final class StatedGradientRules {
  private static final Pattern OPERATOR = Pattern.compile("^\\s*\\\\frac\\{\\s*\\\\partial\\s*\\}"
      + "\\{\\s*\\\\partial\\s*((?:[^{}]|\\{[^{}]*\\})+?)\\s*\\}\\s*[A-Za-z](?:\\(.*\\))?\\s*$");
  private static final Pattern FRACTION = Pattern.compile("^\\s*\\\\frac\\{\\s*\\\\partial\\s*"
      + "[A-Za-z](?:_\\{?[A-Za-z0-9]\\}?)?\\s*\\}\\{\\s*\\\\partial\\s*((?:[^{}]|\\{[^{}]*\\})+?)"
      + "\\s*\\}\\s*$");
  private static final Pattern SUBSCRIPTED_CALL = Pattern.compile(
      "(?<![A-Za-z\\\\])[a-z]_(?:\\{\\s*\\\\?[A-Za-z]+\\s*\\}|\\\\[A-Za-z]+|[A-Za-z])\\s*"
      + "\\((?:[^()]|\\([^()]*\\))*\\)");
  private static final Pattern LETTER = Pattern.compile("[A-Za-z]");
  private static final Pattern WORD = Pattern.compile(
      "\\\\(?:mathrm|operatorname|text|textrm|mathit)\\s*\\{([^{}]*)\\}");
  private static final Pattern GREEK = Pattern.compile("\\\\(?:alpha|beta|gamma|delta|epsilon|"
      + "varepsilon|zeta|eta|theta|iota|kappa|lambda|mu|nu|xi|pi|rho|sigma|tau|phi|varphi|chi|"
      + "psi|omega|Gamma|Delta|Theta|Lambda|Sigma|Phi|Psi|Omega)(?![A-Za-z])");
  private static final Set<String> SIZES = Set.of("m", "n", "N", "M");
  private static final List<String> FRESH = List.of("u", "v", "q", "r", "s", "z");

  private StatedGradientRules() {}

  /**
   * Adds a ✗ for the rule "{@code name} ← {@code rhs}" on {@code line} where its step cannot be
   * a rate times the gradient the text stated; adds nothing otherwise.
   */
  static void checkInPlace(DocumentRun run, int line, String name, String rhs, String rate) {
    String g = statedGradient(run.out, name);
    if (g == null) {
      return;
    }
    String rule = rhs.strip().replaceAll("[.,;]$", "");
    String written = g;
    Map<String, String> fresh = freshCalls(run, rule, g);
    String ruleValues = rule; // each call one value, for the names S and G write
    String gValues = g;
    for (Map.Entry<String, String> e : fresh.entrySet()) { // h(t) = u·t: one instance of h
      String call = e.getKey();
      String instance = e.getValue() + " \\cdot " + call.substring(call.indexOf('('));
      ruleValues = ruleValues.replace(call, e.getValue());
      gValues = gValues.replace(call, e.getValue());
      rule = rule.replace(call, instance);
      g = g.replace(call, instance);
    }
    String claim = rule + " = " + name.strip() + " - \\" + rate + " \\left(" + g + "\\right)";
    StepResult r = ScratchChains.single(run, line, claim, java.util.function.UnaryOperator
        .identity());
    if (r == null || !(r.verdict() instanceof StepVerdict.Refuted f)
        || f.detail().contains("line ")) {
      return;
    }
    Set<String> missing = missingDataNames(ruleValues, name, rate, gValues);
    if (missing.isEmpty()) {
      return;
    }
    String shown = name.strip() + " - \\" + rate + " \\left(" + written + "\\right)";
    run.out.add(new StepResult(line, rhs.strip().replaceAll("[.,;]$", ""), Relation.EQUAL, shown,
        new StepVerdict.Refuted(
        f.point(), f.lhs(), f.rhs(), "the rule's step does not write " + String.join(", ",
        missing) + ", which the gradient the text stated for " + name.strip() + " writes: no"
        + " rate or sign makes it a multiple of that gradient" + instances(fresh)),
        UpdateRules.NOTE));
  }

  /** How the calls were instantiated, shown after the ✗: " (h_{\theta}(t) read as u·t, …)". */
  private static String instances(Map<String, String> fresh) {
    List<String> shown = new ArrayList<>();
    fresh.forEach((call, letter) -> shown.add(call.substring(0, call.indexOf('(')).strip()
        + "(t) read as " + letter + "·t"));
    return shown.isEmpty() ? "" : " (" + String.join(", ", shown) + ": a function the text"
        + " applies but does not define, on both sides, refuted at one instance)";
  }

  /** The right side of the text's last claim ∂X/∂{@code name} = G (as written), or null. */
  static String statedGradient(List<StepResult> out, String name) {
    String found = null;
    for (StepResult r : out) {
      if (!r.isClaim() || r.lhs() == null || r.rhs() == null) {
        continue;
      }
      Matcher o = OPERATOR.matcher(r.lhs());
      Matcher f = FRACTION.matcher(r.lhs());
      String variable = o.matches() ? o.group(1) : f.matches() ? f.group(1) : null;
      if (variable != null && plain(variable).equals(plain(name)) && !r.rhs().isBlank()
          && !r.rhs().contains("\\partial")) {
        found = r.rhs().strip().replaceAll("[.,;]$", "");
      }
    }
    return found;
  }

  /**
   * The data names G writes that S (the rule less the name) does not, where S writes no name
   * outside G's and the name's; empty otherwise. Names are read as written (single Latin letters
   * outside commands, scripts included), so a word or a name of its own in S blocks the ✗.
   */
  private static Set<String> missingDataNames(String rule, String name, String rate,
      String g) {
    Set<String> ruleNames = letters(rule);
    Set<String> gradNames = letters(g);
    Set<String> allowed = new HashSet<>(gradNames);
    allowed.addAll(letters(name));
    allowed.add("\\" + rate);
    if (!allowed.containsAll(ruleNames)) {
      return Set.of();
    }
    Set<String> missing = new java.util.TreeSet<>(letters(withoutScripts(g)));
    missing.removeAll(ruleNames);
    missing.removeAll(SIZES);
    missing.removeIf(n -> !n.matches("[A-Za-z]")); // λ, a rate of its own: no datum
    return missing;
  }

  /** {@code latex} without its scripts: an index (i of x^{(i)}, of Σ's bounds) is no datum. */
  private static String withoutScripts(String latex) {
    String s = latex;
    for (int i = 0; i < 3; i++) { // nested braces, innermost first
      s = s.replaceAll("[_^]\\s*\\{[^{}]*\\}", " ");
    }
    return s.replaceAll("[_^]\\s*\\\\?[A-Za-z0-9]", " ");
  }

  private static Set<String> letters(String written) {
    Set<String> found = new HashSet<>();
    Matcher word = WORD.matcher(written);
    while (word.find()) { // \mathrm{clip}: one name, not the letters c, l, i, p
      found.add(word.group(1).strip());
    }
    String latex = WORD.matcher(written).replaceAll(" ");
    Matcher greek = GREEK.matcher(latex);
    while (greek.find()) {
      found.add(greek.group());
    }
    Matcher m = LETTER.matcher(latex.replaceAll("\\\\[A-Za-z]+", " "));
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }

  /**
   * Each call {@code h_\theta(…)} written in both the rule and G, of a function the text does
   * not define, with a letter neither writes nor the text defines.
   */
  private static Map<String, String> freshCalls(DocumentRun run, String rule, String g) {
    Map<String, String> fresh = new LinkedHashMap<>();
    Matcher m = SUBSCRIPTED_CALL.matcher(rule);
    while (m.find()) {
      String call = m.group();
      String head = run.read(call.substring(0, call.indexOf('(')).strip());
      if (!g.contains(call) || fresh.containsKey(call) || head == null
          || run.ctx.defines(head.strip()) || run.ctx.defines(call.substring(0, 1))) {
        continue;
      }
      for (String letter : FRESH) {
        Pattern used = Pattern.compile("(?<![A-Za-z\\\\])" + letter + "(?![A-Za-z])");
        if (!used.matcher(rule).find() && !used.matcher(g).find() && !run.ctx.defines(letter)
            && !fresh.containsValue(letter)) {
          fresh.put(call, letter);
          break;
        }
      }
    }
    return fresh;
  }

  private static String plain(String s) {
    return s.replaceAll("\\\\(mathbf|boldsymbol|bm)\\s*\\{([^{}]*)\\}", "$2")
        .replaceAll("[\\s{}]", "");
  }
}
