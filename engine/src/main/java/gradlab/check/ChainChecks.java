package gradlab.check;

/**
 * Checks each relation of a chain from {@code first} on: unreadable sides are "not checked" with
 * the reason (or written out over their sizes), the rest go to {@link DocumentSteps#step}.
 */
final class ChainChecks {
  private ChainChecks() {}

  static void checkInPlace(DocumentRun run, int line, String statement, ChainSplitter.Chain c,
      ChainTerms main, ChainTerms alt, int first) {
    int checkedFrom = run.out.size();
    for (int k = first; k < c.relations().size(); k++) {
      String left = c.terms().get(k);
      String right = c.terms().get(k + 1);
      Relation rel = c.relations().get(k);
      String failure = main.failures().get(k) != null ? main.failures().get(k)
          : main.failures().get(k + 1);
      if (failure != null) {
        if (k == 0 && rel == Relation.EQUAL && failure.contains("with symbolic bounds")) {
          run.network.note(left, right); // z^l_j = Σ_k w^l_{jk} a^{l−1}_k + b^l_j, for later
        }
        StepVerdict layered = LayeredSteps.verdict(run, left, rel, right); // BP2 with Σ_k
        StepVerdict written = layered != null ? layered : failure.contains("with symbolic bounds")
            || failure.startsWith("⊙")
            && run.indexed.usedBy(left, right) // s_t = γ s_{t−1} + (1 − γ) g_t⊙g_t
            ? SizedSteps.verdict(run, line, left, rel, right) : null;
        run.out.add(new StepResult(line, left, rel, right, written != null
            ? run.constraints.guard(written) : new StepVerdict.NotChecked("cannot read: "
            + failure), ""));
        continue;
      }
      String l = main.engine().get(k);
      String r = main.engine().get(k + 1);
      StepVerdict written = run.sized.isEmpty() || run.sized.usedBy(run.engine, run.ctx, l, r)
          .isEmpty() ? null : SizedSteps.verdict(run, line, left, rel, right);
      if (written != null) {
        run.out.add(new StepResult(line, left, rel, right, run.constraints.guard(written), ""));
        continue;
      }
      String[] altPair = alt == null || alt.engine().get(k) == null
          || alt.engine().get(k + 1) == null ? null
          : new String[] {alt.engine().get(k), alt.engine().get(k + 1)};
      run.steps.step(line, l, rel, r, left, right, altPair, String.join("; ",
          main.ambiguities()));
    }
    ElementWise.noteInPlace(run.out, checkedFrom, statement);
  }
}
