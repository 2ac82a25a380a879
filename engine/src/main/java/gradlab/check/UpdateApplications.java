package gradlab.check;

import gradlab.symbolic.Expr;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One step of gradient descent written without its rule: after the text states the rule
 * ({@code w_{t+1} = w_t - \eta g_t}, {@code w \leftarrow w - \eta f'(w)}, {@code \theta :=
 * \theta - \alpha …}), the line {@code w_2 = 1.5 + 0.25 \cdot (-3) = 0.75} (or
 * {@code w_{\text{new}} = …}, {@code w^{+} = …}, {@code w' = …}) restates one application of it,
 * and was read as a new definition, so a wrong sign was never found. It is checked as the claim
 * "the rule's right side (at t = 1) = the first numeric term", with the values the text gave
 * each name last (the iterate and gradient named in the sentence before are points that the
 * sentence's end dropped). Each stated rule for the name is a reading: ✓ where one proves it, ✗
 * only where every one refutes it; nothing is shown where none decides (a line with no rule
 * stays a definition). Mutable, one per document run (held by {@link UpdatedValues}).
 */
final class UpdateApplications {
  /** A rule for {@code base}: {@code rhs} with index {@code letter} (null: an arrow rule). */
  record Rule(String base, String letter, int offset, String rhs, int line) {}

  /** {@code w_{t+1}}, {@code w_t}: a name, an index letter and an optional + 1. */
  private static final Pattern RECURRENCE_HEAD = Pattern.compile("\\s*((?:\\\\[A-Za-z]+"
      + "\\s*\\{\\s*\\\\?[A-Za-z]+\\s*\\}|\\\\[A-Za-z]+|[A-Za-z]))\\s*_\\s*(?:\\{\\s*"
      + "([a-z])\\s*(\\+\\s*1)?\\s*\\}|([a-z]))\\s*");
  /** A decorated name for the next iterate: w_2, w_{new}, w^{+}, w', w^{(1)}. */
  private static final Pattern NEXT_HEAD = Pattern.compile("\\s*((?:\\\\[A-Za-z]+\\s*\\{"
      + "\\s*\\\\?[A-Za-z]+\\s*\\}|\\\\[A-Za-z]+|[A-Za-z]))\\s*(?:_\\s*(?:\\{\\s*(\\d{1,2})"
      + "\\s*\\}|(\\d))|_\\s*\\{\\s*(?:\\\\(?:text|mathrm)\\s*\\{\\s*)?new\\s*\\}?\\s*\\}|\\^\\s*"
      + "\\{?\\s*\\+\\s*\\}?|'|\\^\\s*\\{?\\s*\\\\prime\\s*\\}?|\\^\\s*\\{\\s*\\(\\s*(\\d{1,2})"
      + "\\s*\\)\\s*\\})\\s*");
  private static final Pattern RATE = Pattern.compile("\\\\(?:eta|alpha)(?![A-Za-z])");

  private final List<Rule> rules = new ArrayList<>();
  /** The objective's penalty term, for rules with weight decay. */
  private final PenaltyUpdates penalties = new PenaltyUpdates();
  /** The value each name (engine syntax) was given last, kept past the points' scope. */
  private final Map<String, Expr> last = new LinkedHashMap<>();

  /** Whether the text stated an update rule: its iterates are checked here, at the old point. */
  boolean hasRules() {
    return !rules.isEmpty();
  }

  /**
   * An update written with an arrow or := ("w ← w − η f′(w)", "θ := θ − α ∇J(θ)", Nielsen's
   * "w → w′ = w − η ∂C/∂w"): a rule for its name, its right side the first term with a rate.
   */
  void ruleStatedInPlace(DocumentRun run, String statement, int line) {
    Matcher op = OPERATOR.matcher(statement.replace("&", " "));
    if (!op.find()) {
      return;
    }
    String name = statement.replace("&", " ").substring(0, op.start()).strip();
    String rhs = ChainSplitter.split(statement.replace("&", " ").substring(op.end())).terms()
        .stream().filter(t -> RATE.matcher(t).find()).findFirst().orElse(null);
    if (rhs == null) {
      return;
    }
    Matcher rate = RATE.matcher(rhs);
    if (run.latex() && rate.find()) { // w ← (1 − ηλ) w − …: the penalty's share
      penalties.checkInPlace(run, line, name, rhs, rate.group().substring(1));
    }
    Matcher r = RECURRENCE_HEAD.matcher(name);
    if (r.matches()) { // s_t ← γ s_{t−1} + …, w_{t+1} ← …: a recurrence
      recurrenceInPlace(r, rhs, line);
    } else if (name.matches("(?:\\\\[A-Za-z]+\\s*\\{\\s*\\\\?[A-Za-z]+\\s*\\}|\\\\[A-Za-z]+"
        + "|[A-Za-z])") && occurs(name, rhs)) {
      rules.add(new Rule(plain(name), null, 0, rhs.strip(), line));
    }
  }

  private static final Pattern OPERATOR = Pattern.compile("\\\\(?:leftarrow|gets|coloneqq|"
      + "(?:long)?rightarrow|to)(?![A-Za-z])|←|→|:\\s*=");

  /**
   * After a chain was read: records a rule it states ({@code w_{t+1} = w_t − η g_t}) and the
   * values now named, then checks a next iterate it writes with numbers against the rules.
   */
  void afterChainInPlace(DocumentRun run, int line, ChainSplitter.Chain c) {
    List<String> raw = c.terms();
    if (run.latex() && (raw.size() == 1 || raw.size() == 2 && c.relations().get(0)
        == Relation.EQUAL && !raw.get(0).matches("(?s).*(\\\\partial|\\\\nabla|\\\\frac|').*"))) {
      penalties.statedInPlace(raw, line); // L(w, b) + λ/2 ‖w‖²: an objective with a penalty
    }
    if (!run.latex() || raw.size() < 2 || c.relations().get(0) != Relation.EQUAL) {
      last.putAll(run.ctx.point());
      return;
    }
    Matcher r = RECURRENCE_HEAD.matcher(raw.get(0));
    if (r.matches() && RATE.matcher(raw.get(1)).find()) { // w_{t+1} = w_t − η g_t = …
      recurrenceInPlace(r, raw.get(1), line);
      return;
    }
    String t = r.matches() && r.group(3) == null ? (r.group(2) != null ? r.group(2) : r.group(4))
        : null;
    if (t != null && raw.size() == 2 && Pattern.compile("\\^\\s*\\{?\\s*" + t
        + "(?![A-Za-z])").matcher(raw.get(1)).find()) { // m̂_t = m_t/(1 − β₁^t): the step t
      rules.add(new Rule(plain(r.group(1)), t, 0, raw.get(1).strip(), line));
      return;
    }
    checkInPlace(run, line, raw);
    last.putAll(run.ctx.point());
  }

  private void recurrenceInPlace(Matcher r, String rhs, int line) {
    String base = r.group(1);
    String letter = r.group(2) != null ? r.group(2) : r.group(4);
    int offset = r.group(3) != null ? 1 : 0;
    String earlier = offset == 1 ? "_\\s*(?:\\{\\s*" + letter + "\\s*\\}|" + letter + ")"
        : "_\\s*\\{\\s*" + letter + "\\s*-\\s*1\\s*\\}";
    if (Pattern.compile(Pattern.quote(base.strip()) + "\\s*" + earlier).matcher(rhs).find()) {
      rules.add(new Rule(plain(base), letter, offset, rhs.strip(), line));
    }
  }

  private void checkInPlace(DocumentRun run, int line, List<String> raw) {
    Matcher h = NEXT_HEAD.matcher(raw.get(0));
    if (rules.isEmpty() || !h.matches() || run.out.stream().anyMatch(o -> o.line() == line
        && o.note() != null && (o.note().startsWith("the recurrence for")
        || o.note().startsWith("the definition of ")))) {
      return; // checked against its recurrence or family already (RecurrenceValues): once, not
      // twice (m̂₂ of Adam's m̂_t and of its update rule: one slip counted as two ✗)
    }
    String base = plain(h.group(1));
    String k = h.group(2) != null ? h.group(2) : h.group(3) != null ? h.group(3) : h.group(4);
    String value = firstNumeric(run, raw);
    if (value == null) {
      return;
    }
    StepResult proved = null;
    StepResult refuted = null;
    int readings = 0;
    int refutations = 0;
    for (Rule rule : rules) {
      String at = instance(run, rule, base, k, value.matches("-?\\d+(\\.\\d+)?"));
      if (at == null) {
        continue;
      }
      readings++;
      StepResult r = verdict(run, line, at, value);
      if (r != null && r.verdict() instanceof StepVerdict.Proved && proved == null) {
        proved = note(r, rule);
      } else if (r != null && r.verdict() instanceof StepVerdict.Refuted f
          && !f.detail().contains("line ")) { // never through an earlier claim as premise
        refutations++;
        refuted = refuted == null ? note(r, rule) : refuted;
      }
    }
    StepResult shown = proved != null ? proved
        : refutations == readings && refuted != null ? refuted : null;
    if (shown != null) { // the link it decides is no longer "not checked"
      run.out.removeIf(o -> o.line() == line && o.verdict() instanceof StepVerdict.NotChecked
          && plain(o.rhs()).equals(plain(value)));
      run.out.add(shown);
    }
  }

  /** The rule's right side for the iterate {@code k} (null: w_new) of {@code base}, or null. */
  private String instance(DocumentRun run, Rule rule, String base, String k,
      boolean plainNumber) {
    if (!rule.base().equals(base)) {
      return null;
    }
    if (rule.letter() != null) {
      int t = k == null ? -1 : Integer.parseInt(k) - rule.offset();
      return t < 1 - rule.offset() ? null : RuleFamilyMembers.expanded(run,
          IndexLetters.set(rule.rhs(), Map.of(rule.letter(), t)), rule.base()); // g₁ = f′(w₁)
    }
    if (k == null) {
      return rule.rhs();
    }
    // w_2 after w ← w − η f′(w): w_1 is the iterate, where the text gave it a value and w_2 is
    // computed (not a list of weights w_1, w_2 given values, which are no iterates)
    String previous = base + "_{" + (Integer.parseInt(k) - 1) + "}";
    String name = run.read(previous);
    return name == null || !last.containsKey(name) || plainNumber ? null
        : Pattern.compile("(?<![A-Za-z\\\\])" + Pattern.quote(base) + "(?![A-Za-z_])")
            .matcher(rule.rhs()).replaceAll(Matcher.quoteReplacement(previous));
  }

  /** The first term after the head with no free name once read, or null. */
  private static String firstNumeric(DocumentRun run, List<String> raw) {
    for (String term : raw.subList(1, raw.size())) {
      String read = run.read(term);
      try {
        if (read != null && run.engine.freeSymbols(run.engine.eval(read)).isEmpty()) {
          return term.strip().replaceAll("[.,;]$", "");
        }
      } catch (RuntimeException e) {
        return null;
      }
    }
    return null;
  }

  /** The claim {@code at = value}, read with the values named last; its one result or null. */
  private StepResult verdict(DocumentRun run, int line, String at, String value) {
    return ScratchChains.single(run, line, at + " = " + value, ctx -> {
      CheckContext c = ctx;
      for (Map.Entry<String, Expr> e : last.entrySet()) {
        if (!c.point().containsKey(e.getKey()) && !c.defines(e.getKey())) {
          c = c.withPoint(e.getKey(), e.getValue());
        }
      }
      return c;
    });
  }

  /** The verdict, saying which rule the claim comes from (the line of the rule). */
  private static StepResult note(StepResult r, Rule rule) {
    String why = "one step of the update rule of line " + rule.line();
    StepVerdict v = r.verdict() instanceof StepVerdict.Proved p
        ? new StepVerdict.Proved(why + "; " + p.how())
        : r.verdict() instanceof StepVerdict.Refuted f ? new StepVerdict.Refuted(f.point(),
            f.lhs(), f.rhs(), why + (f.detail().isEmpty() ? "" : "; " + f.detail()))
        : r.verdict();
    return new StepResult(r.line(), r.lhs(), r.relation(), r.rhs(), v, "");
  }

  private static boolean occurs(String name, String rhs) {
    return Pattern.compile("(?<![A-Za-z\\\\])" + Pattern.quote(name) + "(?![A-Za-z])")
        .matcher(rhs).find();
  }

  /** A name as written, without spaces or braces around it. */
  private static String plain(String s) {
    return s == null ? "" : s.replaceAll("[\\s{}]", "");
  }
}
