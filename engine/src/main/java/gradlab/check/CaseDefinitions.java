package gradlab.check;

/**
 * A function defined case by case in prose: "$H(z) = 1$ for $z > 0$ and $0$ otherwise",
 * "$g(x) = x$ for $x \\ge 0$ and $g(x) = 0.01x$ for $x < 0$". Read as a definition, one case made
 * H ≡ 1 everywhere, and the true ReLU gradient (a − y)·H(z) was ✗ at z < 0 (found by a new
 * user). Such a definition is listed as not read, and the steps that use the function are not
 * checked, as for {@code \\begin{cases}}.
 */
final class CaseDefinitions {
  private CaseDefinitions() {}

  /** Turns a function definition among {@code run.out} from {@code from} on into a case. */
  static void unreadInPlace(DocumentRun run, int from, String condition) {
    for (int k = from; k < run.out.size(); k++) {
      StepResult r = run.out.get(k);
      if (r.verdict() != null || !r.note().startsWith("function defin")) {
        continue;
      }
      FunctionHeads.Head fn = FunctionHeads.parse(r.lhs());
      if (fn == null) { // hswish(x) = x(x + 3)/6 for −3 < x < 3 in plain text: a word's head
        fn = FunctionHeads.parsePlain(r.lhs(), run.functions);
      }
      if (fn == null) {
        continue;
      }
      run.ctx = run.ctx.withoutFunction(fn.name());
      run.functions.remove(fn.name());
      run.unread.put(fn.name(), r.line());
      run.out.set(k, new StepResult(r.line(), r.lhs(), r.relation(), r.rhs(),
          new StepVerdict.NotChecked("one case of a definition by cases (for " + condition.strip()
              + "), which the reader does not read; steps that use " + fn.name()
              + " are not checked"), ""));
    }
  }
}
