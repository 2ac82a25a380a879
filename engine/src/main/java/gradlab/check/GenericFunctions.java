package gradlab.check;

import gradlab.symbolic.Definition;
import gradlab.symbolic.SymbolicEngine;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Functions a text applies but never defines — "functions f and g are differentiable", d2l's
 * h_t = f(x_t, h_{t−1}, w_h) — checked through concrete instances. A step about them has no
 * numeric value as written; it is checked again with each generic function replaced by one of
 * {@value #INSTANCES} concrete smooth functions (x² + 1, eˣ, sin x + 2, …; for several arguments
 * a cubic polynomial with seeded coefficients and a product of all arguments). Holding for
 * every instance is "unknown (holds for N instances …)", never a proof: a rule meant for every f
 * is not proved by a few. Failing for one is a refutation, with the instance shown, only where
 * every generic function in the step occurs on both sides once the text's definitions are put
 * in (a rule relating f to f) and neither side is f or its derivative alone: a side free of f,
 * or f′(x) = f(x), may state a property of the particular f the prose has in mind, and such a
 * step stays "not checked", with the instance that fails shown.
 * The refutation itself is the instance's, confirmed by the second evaluator as any other.
 */
final class GenericFunctions {
  static final int INSTANCES = 4;
  private static final Pattern CALL = Pattern.compile(
      "(?<![A-Za-z0-9_\\[])([a-z][A-Za-z0-9]*)('*)\\(");
  private static final Pattern HELD = Pattern.compile("[\\])]\\[([a-z][A-Za-z0-9]*)\\]\\[");
  private static final List<String> UNARY = List.of("x^2 + 1", "exp(x)", "sin(x) + 2",
      "x^3 - 2*x + 3", "exp(x/2) + x^2");
  private static final List<String> UNARY_SHOWN = List.of("x² + 1", "eˣ", "sin x + 2",
      "x³ − 2x + 3", "e^(x/2) + x²");
  static final List<String> PARAMETERS = List.of("u", "v", "w", "s", "r", "q");
  private static final Set<String> KNOWN = known();

  /** One step checked in a context (the checker's own readings of ∂). */
  interface Check {
    StepVerdict at(CheckContext ctx, String lhs, Relation rel, String rhs, Instant proofBy);
  }

  private GenericFunctions() {}

  /**
   * The verdict with the generic functions of the step instantiated, where {@code base} (the
   * step as written) is not decided; {@code base} otherwise.
   */
  static StepVerdict check(SymbolicEngine engine, Check check, CheckContext ctx, String lhs,
      Relation rel, String rhs, Instant proofBy) {
    Map<String, Integer> heads = heads(ctx, lhs + " " + rhs);
    if (heads.isEmpty()) {
      return check.at(ctx, lhs, rel, rhs, proofBy);
    }
    // half the budget for a proof as written (Symja's rules of undefined functions), the rest
    // for the instances
    Instant now = Instant.now();
    Instant half = proofBy.equals(Instant.MAX) ? proofBy : now.plus(java.time.Duration.between(
        now, proofBy).dividedBy(2));
    StepVerdict base = check.at(ctx, lhs, rel, rhs, half);
    if (base instanceof StepVerdict.Proved || base instanceof StepVerdict.Refuted
        || base instanceof StepVerdict.Unknown u && !u.undecided()) {
      return base;
    }
    int held = 0;
    int samples = 0;
    for (int k = 0; k < INSTANCES && Instant.now().isBefore(proofBy); k++) {
      Instance in = instance(engine, ctx, heads, k);
      CheckContext at = in.ctx();
      String l = SlotDerivatives.rewrite(engine, lhs, heads, k);
      String r = SlotDerivatives.rewrite(engine, rhs, heads, k);
      if (!heads(at, l + " " + r).isEmpty()) {
        return base; // a call or a held derivative of f that the instance does not reach
      }
      StepVerdict v;
      try {
        // a share of what is left: a proof for one instance proves nothing for every f, but
        // it decides between the readings of ∂ (local partial or total derivative)
        Instant share = proofBy.equals(Instant.MAX) ? proofBy : Instant.now().plus(
            java.time.Duration.between(Instant.now(), proofBy).dividedBy(INSTANCES - k));
        v = check.at(at, l, rel, r, share);
      } catch (RuntimeException e) {
        return base;
      }
      if (v instanceof StepVerdict.Refuted f) {
        String instances = in.shown();
        if (!onBothSides(engine, ctx, heads.keySet(), lhs, rhs) || bare(lhs, heads)
            || bare(rhs, heads) || ParticularFunctions.relatesToItsDerivative(lhs, rhs, heads)) {
          return new StepVerdict.NotChecked("a property of a particular " + names(heads)
              + ", which the text does not define: it fails for " + instances + " ("
              + f.evidence() + ")");
        }
        String related = ParticularFunctions.relatedReading(engine, check, ctx, lhs, rel, rhs,
            heads, proofBy);
        if (related != null) {
          return new StepVerdict.NotChecked(names(heads) + " are not defined in the text, and "
              + "the step holds when " + related + " (it fails for " + instances + ")");
        }
        return new StepVerdict.Refuted(f.point(), f.lhs(), f.rhs(), "for " + instances
            + (f.detail().isEmpty() ? "" : "; " + f.detail()));
      }
      if (v instanceof StepVerdict.Proved) {
        held++;
        samples += 1;
      } else if (v instanceof StepVerdict.Unknown u && !u.undecided()) {
        held++;
        samples += u.samples();
      } else {
        return base;
      }
    }
    if (held < INSTANCES) {
      return base;
    }
    return new StepVerdict.Unknown(samples, 0, "holds for " + INSTANCES + " instances of "
        + names(heads) + ", functions the text does not define (x² + 1, eˣ, sin x + 2, …); "
        + "not proved for every function");
  }

  /**
   * The context once the text defines {@code name}, which was a generic function until now: the
   * quantities defined through the arbitrary {@code name} ("choose ε = −η f′(x)" before
   * "for f(x) = x²/2 … ε = −x") are dropped, not read through the particular one, which the
   * text did not mean when it defined them. Dropping a definition can only make steps not
   * checked, never refuted.
   */
  static CheckContext fixed(CheckContext ctx, String name) {
    Pattern call = Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(name)
        + "(?:'*\\(|\\])");
    List<Definition> kept = ctx.definitions().stream().filter(d -> !call.matcher(d.rhs()
        .input()).find()).toList();
    if (kept.size() == ctx.definitions().size()) {
      return ctx;
    }
    return new CheckContext(kept, ctx.restatements().stream().filter(d -> !call.matcher(
        d.rhs().input()).find()).toList(), ctx.functionRules(), ctx.point(), ctx.domain(), ctx.used());
  }

  /** A context with each generic function given a concrete body, and how they are shown. */
  record Instance(CheckContext ctx, String shown) {}

  /** Instance {@code k}: generic function j gets body k + j of its arity's list. */
  static Instance instance(SymbolicEngine engine, CheckContext ctx, Map<String, Integer> heads,
      int k) {
    Map<String, String[]> bodies = new LinkedHashMap<>();
    int j = 0;
    for (Map.Entry<String, Integer> h : heads.entrySet()) {
      bodies.put(h.getKey(), instance(h.getValue(), k + j++));
    }
    return withBodies(engine, ctx, heads, bodies);
  }

  /** A context with each generic function given its body (engine syntax, and as shown). */
  static Instance withBodies(SymbolicEngine engine, CheckContext ctx, Map<String, Integer> heads,
      Map<String, String[]> bodies) {
    CheckContext at = ctx;
    List<String> shown = new ArrayList<>();
    for (Map.Entry<String, Integer> h : heads.entrySet()) {
      String[] instance = bodies.get(h.getKey());
      List<String> ps = h.getValue() == 1 ? List.of("x") : PARAMETERS.subList(0, h.getValue());
      at = at.withFunctionRule(withDerivative(engine, engine.functionRule(h.getKey(), ps,
          engine.parse(instance[0])), ps, instance[0]));
      shown.add(LatexNames.readable(h.getKey()) + "(" + String.join(", ", ps) + ") = "
          + instance[1]);
    }
    // definitions through f with the instance: ∂o/∂w of o = g(h, w) never a held Derivative
    List<gradlab.symbolic.FunctionRule> rules = at.functionRules();
    List<Definition> defs = at.definitions().stream().map(d -> new Definition(d.name(),
        engine.applyRules(d.rhs(), rules))).toList();
    List<Definition> restated = at.restatements().stream().map(d -> new Definition(d.name(),
        engine.applyRules(d.rhs(), rules))).toList();
    return new Instance(new CheckContext(defs, restated, rules, at.point(), at.domain(), at.used()),
        String.join(", ", shown));
  }

  /** Undefined function names applied in {@code sides} or in a definition, with arities. */
  static Map<String, Integer> heads(CheckContext ctx, String sides) {
    Set<String> defined = new TreeSet<>();
    ctx.functionRules().forEach(r -> defined.add(r.name()));
    Map<String, Integer> out = new LinkedHashMap<>();
    StringBuilder all = new StringBuilder(sides);
    for (Definition d : ctx.definitions()) {
      all.append(' ').append(d.rhs().input());
    }
    String s = all.toString();
    Matcher m = CALL.matcher(s);
    while (m.find()) {
      String name = m.group(1);
      // a letter (f, g, l, ℓ, f₁), never a longer name the engine may know as a function
      if (defined.contains(name) || KNOWN.contains(name.toLowerCase(Locale.ROOT))
          || !(name.length() <= 3 && !name.startsWith("cap") || name.matches("[a-z][0-9]+"))
          || out.containsKey(name) || name.equals("pd") || name.equals("dd")) {
        continue;
      }
      int close = TopLevel.closing(s, m.end() - 1);
      if (close < 0) {
        continue;
      }
      out.put(name, TopLevel.split(s.substring(m.end(), close), ',').size());
    }
    Matcher held = HELD.matcher(s); // Derivative(1,0)[f][x,y] in a definition put in
    while (held.find()) {
      if (!out.containsKey(held.group(1)) && !defined.contains(held.group(1))
          && !KNOWN.contains(held.group(1)) && held.group(1).length() <= 3) {
        int close = s.indexOf(']', held.end());
        out.put(held.group(1), close < 0 ? 1 : TopLevel.split(s.substring(held.end(), close),
            ',').size());
      }
    }
    return out;
  }

  /** The body of instance {@code k} of an n-argument function, and how it is shown. */
  static String[] instance(int arity, int k) {
    if (arity == 1) {
      return new String[] {UNARY.get(k % UNARY.size()), UNARY_SHOWN.get(k % UNARY.size())};
    }
    Random random = new Random(31L * k + arity);
    StringBuilder body = new StringBuilder();
    StringBuilder product = new StringBuilder();
    for (int i = 0; i < arity; i++) {
      String p = PARAMETERS.get(i);
      body.append(i == 0 ? "" : " + ").append(1 + random.nextInt(3)).append("*").append(p)
          .append("^2 + ").append(1 + random.nextInt(3)).append("*").append(p);
      product.append("*").append(p);
    }
    // polynomials: Symja decides them by rewriting at once, so the readings of ∂ (local
    // partial, total derivative) are told apart within the step budget
    String text = body + " + " + (1 + random.nextInt(3)) + product + " + "
        + PARAMETERS.get(0) + "^3";
    return new String[] {text, text.replace("*", "·").replace("^2", "²").replace("^3", "³")
        .replace("1·", "")};
  }

  private static gradlab.symbolic.FunctionRule withDerivative(SymbolicEngine engine,
      gradlab.symbolic.FunctionRule rule, List<String> ps, String body) {
    if (ps.size() != 1) {
      return rule;
    }
    return rule.withDerivative(engine.diff(engine.parse(body), ps.get(0)));
  }

  /** Whether each generic function occurs on both sides once the definitions are put in. */
  private static boolean onBothSides(SymbolicEngine engine, CheckContext ctx, Set<String> heads,
      String lhs, String rhs) {
    try {
      String l = ctx.asDefinitions().inline(engine, engine.eval(strip(lhs))).input();
      String r = ctx.asDefinitions().inline(engine, engine.eval(strip(rhs))).input();
      for (String h : heads) {
        Pattern p = Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(h) + "(?![A-Za-z0-9])");
        if (!p.matcher(l).find() || !p.matcher(r).find()) {
          return false;
        }
      }
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  /**
   * Whether {@code side} is one generic function or its derivative alone ({@code f'(x)},
   * d/dx f(x)): f′(x) = f(x) states what the text's f satisfies, not a rule for every f.
   */
  private static boolean bare(String side, Map<String, Integer> heads) {
    String s = side.replace(" ", "");
    for (String h : heads.keySet()) {
      String q = Pattern.quote(h);
      if (s.matches(q + "'*\\([^()]*\\)") || s.matches("dd\\(" + q + "\\([^()]*\\),\\w+\\)")
          || s.matches("pd\\(" + q + ",\\w+\\)")) {
        return true;
      }
    }
    return false;
  }

  /** ∂A/∂B and d/dx markers made plain calls, so that the side can be put in as a formula. */
  private static String strip(String side) {
    return side.replaceAll("\\b(pd|dd)\\(", "List(");
  }

  private static String names(Map<String, Integer> heads) {
    List<String> n = heads.keySet().stream().map(LatexNames::readable).toList();
    return n.size() == 1 ? n.get(0) : String.join(", ", n.subList(0, n.size() - 1)) + " and "
        + n.get(n.size() - 1);
  }

  private static Set<String> known() {
    Set<String> out = new TreeSet<>();
    SymbolicEngine.knownNames().forEach(n -> out.add(n.toLowerCase(Locale.ROOT)));
    out.addAll(List.of("list", "sqrt", "abs", "exp", "log", "ln", "sin", "cos", "tan", "sigma",
        "relu", "tanh", "softplus", "max", "min", "sum", "product"));
    return out;
  }
}
