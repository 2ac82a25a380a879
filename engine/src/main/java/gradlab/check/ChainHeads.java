package gradlab.check;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a chain's head does, once its terms are read ({@link DocumentRun#chain}): a value of a
 * defined function, a definition of a function or a name, a point, a new value, a restatement,
 * an unread or written-out definition, or none (an inline claim). The chain's ladder of readings
 * moved out of the document run as it was (the review of the twenty-fifth round: the run was 474
 * lines); no reading changed. Stateless.
 */
final class ChainHeads {
  private static final Pattern NUMBER = NumberPatterns.DECIMAL_OR_FRACTION_ANY_MINUS;

  private ChainHeads() {}

  /**
   * The head the chain defines (or {@code inheritedHead}), the first term still to check, and
   * whether it is an inline claim; or the chain's result where a reading took it whole.
   */
  static ChainHead decide(DocumentRun run, int line, String statement, ChainSplitter.Chain c,
      List<String> raw, FunctionHeads.Head fn, ChainTerms main, ChainTerms alt, boolean claims,
      String inheritedHead) {
    List<String> terms = main.engine();
    String head = terms.get(0);
    Relation rel0 = c.relations().get(0);
    int first = 0;
    boolean inlineClaim = false;
    if (rel0 == Relation.EQUAL && fn != null && terms.get(1) != null
        && DefinitionHeads.isValueOfDefinedFunction(run, fn.name(), fn.parameterList(),
            terms.get(1))) {
      // J(w) = 0.5 of a defined J: a claim about its value (at the stated point), never a
      // redefinition of J as a constant
      head = inheritedHead;
      inlineClaim = true;
    } else if (rel0 == Relation.EQUAL && OperatorHeads.appliedToDefined(run, fn)) {
      head = inheritedHead; // D(L, z) = σ(z) + y after L = …: a derivative claim, no definition
      inlineClaim = true;
    } else if (rel0 == Relation.EQUAL && fn != null && terms.get(1) != null) {
      // f(x, y) = … with named arguments defines f. Of a defined f it is first a claim: where
      // it holds it is shown proved; where it differs it is f defined anew (CS231n's next
      // example f(x, y) = x + y after f(x, y) = x y), shown as such, never refuted
      String f = fn.name();
      UnreadFunctionChainLinks.Definition d = FunctionDefinitionSteps.definedInPlace(run, line,
          fn, raw, terms, main, alt);
      if (d == UnreadFunctionChainLinks.Definition.REFUSED) {
        return ChainHead.done(new String[] {raw.get(raw.size() - 1), null});
      }
      head = d == UnreadFunctionChainLinks.Definition.TAKEN ? f : null; // A(η) = … = …: links
      first = 1;
    } else if (UnreadCatalogueBodies.readInPlace(run, line, raw, terms, rel0,
        main.failures())) { // σ(x) = clip(…): σ is the text's own now, not the sigmoid
      return raw.size() == 2 ? ChainHead.done(new String[] {raw.get(1), null})
          : new ChainHead(null, 1, false, null);
    } else if (claims && LatexStatistics.isMoment(head)) {
      head = inheritedHead; // E[x] = …, Var(y) = … in a display: a claim, never a definition
    } else if (run.latex() && MomentClaims.ofDefined(run, head)) {
      head = inheritedHead; // "for $n = 3$, $Var(y) = 4σ_w²σ_x²$" of a defined y: a claim
      inlineClaim = true;
    } else if (ApproximatePoints.readInPlace(run, line, raw, terms, rel0, claims)) {
      return ChainHead.done(new String[] {raw.get(1), null}); // "is at $z_k \approx -1.278$"
    } else if (run.conditionalDefinitions.lapsedInPlace(run, line, raw, terms, rel0, claims)) {
      return ChainHead.done(new String[] {raw.get(1), null}); // P = 0 after S = 1 became S = 4
    } else if (PointUpdateChains.readInPlace(run, line, raw, terms, c.relations())) {
      first = 1; // "after one step $w = 0 - 0.1 \cdot (-6) = 0.6$": w's new value
    } else if (rel0 == Relation.EQUAL && raw.size() == 2 && head != null
        && EngineNames.is(head) && !run.ctx.defines(head) && !run.functions.contains(head)
        && run.indexed.ofMember(raw.get(0).strip()) == null // p₁ = 0.659 of p_i: a value
        && terms.get(1) != null && (ClosedValuePoints.isPoint(run, head, terms.get(1))
        || !claims && run.ctx.point().containsKey(head) // "with $a = \\sqrt{5}$" after a = 0.2
        && ClosedValuePoints.closed(run, terms.get(1)))) {
      NamedPoints.bindInPlace(run, line, raw, TextPi.pointName(run, head, terms.get(1)),
          terms.get(1), claims); // x = 1/√2 too; π = 0.3 a quantity of the text
      return ChainHead.done(new String[] {raw.get(1), null});
    } else if (NamedValuePoints.readInPlace(run, line, raw, terms, rel0, claims)) {
      return ChainHead.done(new String[] {raw.get(1), null}); // "at the edge $x = w$": x = 10
    } else if (run.latex() && SameNameAbbreviations.readInPlace(run, line, raw, rel0, head,
        run.untaken.unknownValues.document())) {
      return ChainHead.done(new String[] {raw.get(1), null}); // "with $D = D(x)$": D is any value
    } else if (FamilyMemberValues.readInPlace(run, line, raw, main, rel0)) {
      head = inheritedHead; // p_1 = e/(e + 1) of p_i = softmax at z = (1, 0): a value, holding
      first = 1;
    } else if (DefinitionHeads.definesName(run, rel0, head, terms.get(1)) && (alt == null
        || !TwoReadingDefinitions.differ(main.ambiguities())
        || Objects.equals(alt.engine().get(1), terms.get(1)))) { // y = f(g(x)): one reading
      run.steps.define(line, head, raw.get(0), raw.get(1), terms.get(1));
      run.indexed.define(raw.get(0), raw.get(1), true); // a_t = b_t + c_t a_{t−1}: every member
      first = 1;
    } else if (NumericReassignments.readInPlace(run, line, raw, terms, rel0, claims)) {
      first = 1; // grad = 2(0.6 − 3) = −4.8 after grad = 2(0 − 3) = −6: the next iteration
    } else if (raw.size() == 2 && LogDefinitions.defineInPlace(run, line, rel0, raw, terms)) {
      first = 1; // log p(y | x; w) = …: p is e to the right side; \log p(w) = …: the function p
    } else if (rel0 == Relation.EQUAL && head != null && run.ctx.defines(head)
        && terms.get(1) != null
        && (raw.size() == 2 || run.sections.fromEarlierPart(head, run.ctx))) {
      boolean anew = run.steps.restate(line, head, raw.get(0), raw.get(1), terms.get(1),
          claims, raw.size() > 2);
      run.steps.sigmaProducts.recordInPlace(run, head, main, alt); // e^{−σ(s_i − s_j)}: σ·(…)
      if (anew) {
        if (raw.size() == 2) {
          // a new meaning, shown as one: no claim left
          return ChainHead.done(new String[] {raw.get(1), null});
        }
        first = 1; // L = A = B in a new part: L anew, A = B still steps
      }
      // z_1 = 0.5 of a defined z_1 in prose: a value the text states, checked as a claim
      inlineClaim = NUMBER.matcher(terms.get(1).strip()).matches();
    } else if (rel0 == Relation.EQUAL && head != null && EngineNames.is(head)
        && run.ctx.defines(head) && terms.get(1) == null && raw.size() == 2) {
      // "with the cross-entropy cost $C = …$": C now means something run reader cannot
      // read, so the steps that use C are not checked against its old meaning
      run.unread.putIfAbsent(head, line); // the line of the first unread meaning, for the notes
      run.values.clear();
      if (!claims) {
        run.unreadDefinition(line, raw, main.failures().get(1));
        return ChainHead.done(new String[] {raw.get(1), null});
      }
    } else if (UnreadPointValues.endInPlace(run, line, raw, head, terms, rel0, claims,
        main.failures().get(1))) {
      return ChainHead.done(new String[] {raw.get(1), null}); // a = \text{gain} … after a = 0.2
    } else if (head != null && run.functions.contains(head) && !run.ctx.defines(head)
        && FunctionNamesDefinedAnew.defineInPlace(run, line, raw, terms, rel0)) {
      return ChainHead.done(new String[] {raw.get(1), null}); // "**Q4.** Let $L = …$"
    } else if (head != null && run.functions.contains(head) && !run.ctx.defines(head)) {
      // J = 0.5 of a function J(w): which value of J is meant is not written
      run.notChecked(line, statement.strip(), raw.get(0).strip() + " is a function the text "
          + "defines; write its value with the argument, " + raw.get(0).strip() + "(…)");
    } else if (rel0 == Relation.EQUAL && run.latex() && raw.size() == 2 && head != null
        && !run.ctx.defines(head) && terms.get(1) == null && main.failures().get(1) != null
        && (main.failures().get(1).contains("with symbolic bounds") || main.failures().get(1)
        .startsWith("⊙") && !run.indexed.defines(raw.get(0)))
        && run.indexed.define(raw.get(0), raw.get(1))) { // ŷ_i = exp(o_i)/Σ_j exp(o_j): each i
      run.out.add(new StepResult(line, raw.get(0).strip(), Relation.EQUAL, raw.get(1), null,
          "definition"));
      first = 1;
    } else if (rel0 == Relation.EQUAL && run.latex() && head != null && EngineNames.is(head)
        && !run.ctx.defines(head) && terms.get(1) == null && main.failures().get(1) != null
        && main.failures().get(1).contains("with symbolic bounds")
        && run.sized.define(head, raw.get(0), raw.get(1))) { // C = −(1/n) Σ_x […]: written out
      run.out.add(new StepResult(line, raw.get(0).strip(), Relation.EQUAL, raw.get(1), null,
          "definition"));
      first = 1;
    } else if (rel0 == Relation.EQUAL && run.latex() && head != null && EngineNames.is(head)
        && !run.ctx.defines(head) && terms.get(1) == null && raw.size() == 2
        && !run.unread.containsKey(head) && !run.network.defines(raw.get(0))
        && MatrixDefinitions.isMatrixFailure(main.failures().get(1))) {
      // a = b + W h, y = w^⊤x + b: vector algebra, read by the matrix reading only
      boolean read = run.matrices.defineInPlace(raw.get(0), raw.get(1)); // names: the parameters
      run.ctx = run.ctx.withUsed(run.ctx.used().withParameters(FormulaNames.of(raw.get(1),
          run.reading())));
      if (!read) { // e_{ij} = w_i^T w̃_j + …: not free, whatever ∂e/∂w_i is
        run.untaken.vectorDefinedInPlace(run, head, line);
      }
      run.out.add(new StepResult(line, raw.get(0).strip(), Relation.EQUAL, raw.get(1), null,
          read ? MatrixDefinitions.READ_DEFINITION : ElementWise.UNREAD_DEFINITION));
      return ChainHead.done(new String[] {raw.get(1), null});
    } else if (rel0 == Relation.EQUAL && run.latex() && head != null && EngineNames.is(head)
        && !run.ctx.defines(head) && terms.get(1) == null && raw.size() == 2
        && !run.unread.containsKey(head) && !run.network.defines(raw.get(0))
        && MatrixSizedSums.isSizedMatrixFailure(main.failures().get(1), raw.get(1))
        && run.matrices.defineSizedInPlace(raw.get(0), raw.get(1))) {
      // ℒ_C = ½ Σ_{i=1}^m ‖𝐱ᵢ − 𝐜_{yᵢ}‖²: written out for each size where a step uses it
      run.ctx = run.ctx.withUsed(run.ctx.used().withParameters(FormulaNames.of(raw.get(1),
          run.reading())));
      run.out.add(new StepResult(line, raw.get(0).strip(), Relation.EQUAL, raw.get(1), null,
          MatrixSizedSums.READ_DEFINITION));
      return ChainHead.done(new String[] {raw.get(1), null});
    } else if (rel0 == Relation.EQUAL && run.latex() && raw.size() == 2 && head != null
        && EngineNames.is(head) && !run.ctx.defines(head) && !run.functions.contains(head)
        && terms.get(1) == null && ElidedLists.isList(raw.get(1), main.failures().get(1))) {
      // X = \{x_1, \ldots, x_N\}: notation for a list, not a claim; X stays undefined
      run.out.add(new StepResult(line, raw.get(0).strip(), Relation.EQUAL, raw.get(1), null,
          ElidedLists.NOTE));
      return ChainHead.done(new String[] {raw.get(1), null});
    } else if (rel0 == Relation.EQUAL && run.latex() && head != null && run.sized.defines(head)
        && terms.get(1) == null) { // C defined anew (Nielsen's regularized cost), not read
      run.sized.forget(head);
      run.unread.put(head, line);
      run.unreadDefinition(line, raw, main.failures().get(1));
      return ChainHead.done(new String[] {raw.get(raw.size() - 1), null});
    } else if (terms.get(1) == null && MatrixFunctionHeads.defineInPlace(run, line, raw, rel0,
        run.latex())) { // f(𝐱) = ½𝐱ᵀ𝐐𝐱 + 𝐜ᵀ𝐱 + b: a function of vectors
      if (raw.size() == 2) {
        return ChainHead.done(new String[] {raw.get(1), null});
      }
      first = 1;
    } else {
      head = inheritedHead;
      inlineClaim = true;
    }
    if (first == 1 && MiddleNameDefinitions.readInPlace(run, line, raw, c, main)) {
      return ChainHead.done(new String[] {raw.get(2), null}); // p(C_k|φ) = y_k(φ) = softmax
    }
    return new ChainHead(head, first, inlineClaim, null);
  }
}
