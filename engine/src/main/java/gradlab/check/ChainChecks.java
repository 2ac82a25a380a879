package gradlab.check;

/**
 * Checks each relation of a chain from {@code first} on: unreadable sides are "not checked" with
 * the reason (or written out over their sizes), the rest go to {@link DocumentSteps#step}.
 */
final class ChainChecks {
  /**
   * The note of a layered family's first statement ({@code z^l_j = \sum_k w^l_{jk} a^{l-1}_k +
   * b^l_j}): it defines the family, which {@link LayeredSteps} writes out in a step through the
   * cost or the error δ. It was a claim "not checked: zˡⱼ … not defined in the text", counted
   * against the text as a step left undecided.
   */
  static final String LAYERED_DEFINITION = "definition (a family of the layers, written out "
      + "only in steps through the cost or the error δ)";

  private ChainChecks() {}

  static void checkInPlace(DocumentRun run, int line, String statement, ChainSplitter.Chain c,
      ChainTerms main, ChainTerms alt, int first) {
    int checkedFrom = run.out.size();
    int chainLine = line;
    int[] lines = termLines(line, statement, c);
    run.steps.sumBounds.readInPlace(c.terms());
    for (int k = first; k < c.relations().size(); k++) {
      String left = c.terms().get(k);
      String right = c.terms().get(k + 1);
      Relation rel = c.relations().get(k);
      line = lines[k + 1]; // a chain over several lines: each link at its right side's line
      String failure = main.failures().get(k) != null ? main.failures().get(k)
          : main.failures().get(k + 1);
      if (failure != null) {
        boolean noted = k == 0 && rel == Relation.EQUAL && failure.contains(
            "with symbolic bounds") && run.network.note(left, right); // z^l_j = Σ_k w^l_{jk} …
        String stale = UnreadUses.of(run, chainLine, left + " " + right); // v_t defined anew, unread
        if (stale != null) {
          run.out.add(new StepResult(line, left, rel, right, new StepVerdict.NotChecked(
              LatexNames.readable(stale) + " was given a new definition on line "
              + run.unread.get(stale)
              + " that cannot be read"), ""));
          continue;
        }
        StepVerdict layered = LayeredSteps.verdict(run, left, rel, right); // BP2 with Σ_k
        layered = layered != null || noted ? layered
            : LayeredFamilySteps.verdict(run, left, rel, right); // ∂z^l_j/∂w^l_{jk}, ln a^L_j
        StepVerdict written = layered != null ? layered : failure.contains("with symbolic bounds")
            || failure.startsWith("⊙")
            && run.indexed.usedBy(left, right) // s_t = γ s_{t−1} + (1 − γ) g_t⊙g_t
            ? SizedSteps.verdict(run, line, run.steps.sumBounds.inherit(left), rel,
            run.steps.sumBounds.inherit(right)) // Σ_i after Σ_{i=1}^n
            : failure.contains("without its variables")
            ? OpaqueVectors.verdict(run, left, rel, right) // ∇C·∇C
            : MatrixDefinitions.verdict(run, line, failure, left, rel, right); // w^⊤x, ‖x‖², X^⊤X
        if (noted && (written == null || written instanceof StepVerdict.NotChecked)) {
          // the family's first statement defines it; the steps that use it write it out
          run.out.add(new StepResult(line, left.strip(), rel, right, null, LAYERED_DEFINITION));
          continue;
        }
        run.out.add(new StepResult(line, left, rel, right, written != null
            ? run.constraints.guard(written) : new StepVerdict.NotChecked("cannot read: "
            + failure), ""));
        continue;
      }
      String l = main.engine().get(k);
      String r = main.engine().get(k + 1);
      if (l == null || r == null) { // ∇f(1, 2) = [4, 1]: a side read to nothing, no reason kept
        run.out.add(new StepResult(line, left, rel, right, new StepVerdict.NotChecked(
            "cannot read: " + (l == null ? left : right).strip()), ""));
        continue;
      }
      StepVerdict mended = UnclosedBrackets.verdict(run, left, rel, right); // (x + log(1 + e^-x)
      if (mended != null) {
        run.out.add(new StepResult(line, left, rel, right, run.constraints.guard(mended), ""));
        continue;
      }
      StepVerdict written = run.sized.isEmpty() || run.sized.usedBy(run.engine, run.ctx, l, r)
          .isEmpty() ? null : SizedSteps.verdict(run, line, left, rel, right);
      if (written != null) {
        run.out.add(new StepResult(line, left, rel, right, run.constraints.guard(written), ""));
        continue;
      }
      String[] altPair = alt == null || alt.engine().get(k) == null
          || alt.engine().get(k + 1) == null ? null
          : new String[] {alt.engine().get(k), alt.engine().get(k + 1)};
      int before = run.out.size();
      run.steps.step(line, l, rel, r, left, right, altPair, String.join("; ",
          main.ambiguities()));
      MatrixDefinedDerivatives.recheckInPlace(run, before, left, rel, right); // ∂L/∂𝐱, L of 𝐱
      UnreadFormReasons.rewordInPlace(run, before, left + " " + right); // J(𝐰) = … ‖𝐰‖²
      UnrolledSteps.recheckInPlace(run, before, left, right, l, rel, r); // ∂s₃/∂s₁ of s_t
    }
    ElementWise.noteInPlace(run.out, checkedFrom, statement);
    run.chainEnds.afterChainInPlace(run, line, c, main, first, checkedFrom); // E[σ̂²] = … = σ²
  }

  /**
   * The line each term of a chain starts on, where one display row spans several lines without
   * alignment (d2l's {@code \\log ŷ_j = \\log … = o_j − ō − \\log Σ …} over three lines): a
   * wrong term is named at its own line, not at the row's first.
   */
  private static int[] termLines(int line, String statement, ChainSplitter.Chain c) {
    int[] out = new int[c.terms().size()];
    String first = c.terms().get(0).strip();
    int start = first.isEmpty() ? -1 : statement.indexOf(first);
    int from = start < 0 ? 0 : start + first.length(); // line breaks after the first term count
    int base = from;
    for (int k = 0; k < out.length; k++) {
      String term = c.terms().get(k).strip();
      int at = k == 0 || term.isEmpty() ? -1 : statement.indexOf(term, from);
      if (at >= 0) {
        from = at + term.length();
      }
      out[k] = line + (at < 0 ? 0 : (int) statement.substring(base, at).chars()
          .filter(ch -> ch == '\n').count());
    }
    return out;
  }
}
