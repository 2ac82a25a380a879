package gradlab.check;

import java.util.ArrayList;
import java.util.List;

/**
 * One block of math (a display or inline math): its rows ({@code \\\\}), aligned columns
 * ({@code &}) and statements, each read as a chain by the run; a row that opens with a relation
 * continues the chain above it.
 */
final class DisplayBlock {
  private DisplayBlock() {}

  static void check(DocumentRun run, int firstLine, String latex, boolean display) {
    String body0 = LatexWrappers.unwrap(latex); // \boxed{…}, \intertext{…}
    String body = run.indexed.isEmpty() ? body0 : run.indexCases.strippedInPlace(body0);
    run.independence.moments.segmentInPlace(run, firstLine, body, display);
    run.constraints.labelsInPlace(body); // y of L = −Σ y_i log p_i: one-hot, unsaid
    if (!display) {
      run.independence.inlineMath(body);
      run.constraints.inlineMath(body);
      run.implied.stated.inlineMath(run, body);
    }
    run.genericFunctions.addAll(GenericFunctionNames.differentiated(body)); // df(x)/dx
    if (WholeBlocks.checkedInPlace(run, firstLine, body, display)) {
      return; // cases, column vectors, matrices: read as a whole, not row by row
    }
    String b = body.replaceAll("\\\\(begin|end)\\{[a-z*]+\\}(\\{[^}]*\\})?", "")
        .replaceAll("\\\\quad\\s*\\(\\\\text\\{[^}]*\\}\\)", "")
        .replaceAll("\\(\\d+\\)\\s*\\\\quad", "").replaceAll("\\\\tag\\{[^}]*\\}", "")
        .replaceAll("\\\\label\\{[^}]*\\}", "").replaceAll("\\\\nonumber|\\\\notag", "")
        .replaceAll("\\\\\\\\\\s*\\[\\s*-?\\d*\\.?\\d+\\s*(pt|em|ex|mm|cm|in|bp|pc|mu|sp)\\s*\\]",
            "\\\\\\\\") // \\[4pt]: row spacing, not a factor 4·p·t
        .replaceAll("(=|\\\\approx|\\\\leq?|\\\\geq?)\\s*\\{\\s*\\}", "$1"); // amsmath's ={}&
    String[] lines = ContinuedRows.join(b.split("\\\\\\\\"));
    List<String> continuation = new ArrayList<>();
    List<String> heads = new ArrayList<>();
    boolean first = true;
    for (String raw : lines) {
      String update = UpdateRules.arrowUpdate(raw);
      if (update != null) { // w → w − η ∂C/∂w: an assignment, whose value later rows continue
        run.out.add(new StepResult(firstLine + lineBreaks(body, raw), raw.replace("&", " ")
            .strip(), Relation.EQUAL, "", null, UpdateRules.NOTE));
        List<String> terms = ChainSplitter.split(update).terms();
        continuation.clear();
        heads.clear();
        continuation.add(terms.get(terms.size() - 1).strip().replaceAll("[.,;]$", ""));
        heads.add(null);
        run.lastTail = display ? continuation.get(0) : run.lastTail;
        first = false;
        UpdateRuleSteps.checkInPlace(run, firstLine + lineBreaks(body, raw),
            UpdateRuleSteps.nameBefore(raw), update); // against the gradient the text computed
        continue;
      }
      // [1, −2, 0] → [e¹, e⁻², e⁰] = […] → […]: each arrow a claim, the equations stay claims
      // (inline, [0, 1] → [0, 1] is more often a map between intervals)
      boolean arrows = display && VectorArrowChains.checkInPlace(run, firstLine
          + lineBreaks(body, raw), raw.replace("&", " "));
      List<String> cols = OpeningEquivalences.withoutOpening(TopLevel.split(raw, '&')); // ⟺ & …
      List<String> pairs = new ArrayList<>();
      if (cols.size() == 3 && (ChainSplitter.split(cols.get(1).strip() + " x").terms().size()
          == 2 || UpdateRules.rightArrowUpdate("x " + cols.get(1) + " x") != null)
          && cols.get(1).strip().length() <= 12) {
        // eqnarray's "a & = & b": the middle column is the relation itself
        pairs.add(cols.get(0) + " " + cols.get(1) + " " + cols.get(2));
      } else if (ArrayChains.pairs(cols) != null) { // a &=& b &=& c: one chain
        pairs.addAll(ArrayChains.pairs(cols));
      } else if (cols.size() == 1) {
        pairs.add(cols.get(0));
      } else {
        for (int k = 0; k < cols.size(); k += 2) {
          pairs.add(cols.get(k) + (k + 1 < cols.size() ? cols.get(k + 1) : ""));
        }
      }
      String rowTail = null; // the last term of this row's pair before, where it had a left side
      if (arrows) { // \to and \mapsto separate the stages as \rightarrow does
        pairs.replaceAll(VectorArrowChains::rightArrows);
      }
      for (int k = 0; k < pairs.size(); k++) {
        if (run.nudges.arrowInPlace(run, firstLine + lineBreaks(body, raw), pairs.get(k))) {
          continue; // "increase $v$ by 0.001 …: $J = 33 \rightarrow 33.003$": a nudge, not ⟹
        }
        List<String> statements = RowStatements.statements(pairs.get(k));
        boolean ownLeft = false;
        for (int j = 0; j < statements.size(); j++) {
          boolean conditional = statements.get(j).startsWith(RowStatements.CONDITIONAL);
          boolean equivalent = statements.get(j).contains(RowStatements.EQUIVALENT);
          String st = statements.get(j).replace(RowStatements.CONDITIONAL, "")
              .replace(RowStatements.EQUIVALENT, "").strip()
              .replaceAll("^\\\\cdot\\s*", "").replaceAll("[.,;]\\s*$", "").strip();
          if (st.isEmpty() || st.matches("\\(\\d+[a-z]?\\)")) { // nothing, or a number (15)
            continue;
          }
          st = Justifications.claimOf(run, st); // "&& \text{since } σ' = σ(1 − σ)"
          if (st == null) {
            continue;
          }
          // the statement's own line: a row separated by \hspace or an arrow spans lines
          String own = statements.get(j).replace(RowStatements.CONDITIONAL, "")
              .replace(RowStatements.EQUIVALENT, "").replace(RowStatements.HYPOTHESIS, "")
              .strip();
          String row = raw.strip();
          int at = own.isEmpty() ? -1 : row.indexOf(own);
          int line = firstLine + lineBreaks(body, raw)
              + (at < 0 ? 0 : (int) row.substring(0, at).chars().filter(c -> c == '\n').count());
          if (conditional && ChainSplitter.split(st).relations().isEmpty()) {
            continue; // [1, −2, 0] → …: a part with no relation claims nothing
          }
          String premise = SolvingSteps.neighbour(statements, j, -1);
          if (conditional && premise == null && SolvingSteps.premiseInPlace(run, line, st,
              SolvingSteps.neighbour(statements, j, 1))) {
            continue; // f'(x) = 1 − 3x = 0 ⟹ …: the derivative is computed, = 0 is the condition
          }
          if (conditional && SolvingSteps.conclusionInPlace(run, line, premise, st)) {
            continue; // … ⟹ x = 1/3: does 1/3 solve the condition?
          }
          if (conditional && ImpliedRestatements.readInPlace(run, line, premise, st,
              SolvingSteps.neighbour(statements, j, 1))) {
            continue; // f'(x) = E ⟹ f'(x) = F after a proved premise: both are claims
          }
          if (conditional && !closedNumeric(st)) {
            run.notChecked(line, st, "part of an implication (⟹): the checker does not take "
                + "its premise as a hypothesis");
            continue;
          }
          // [e^1, e^{-2}] = [2.71, 0.14] between arrows: numbers only, true or false whatever
          // the arrow's premise, so it is checked as a claim
          if (st.startsWith(RowStatements.HYPOTHESIS)) {
            String h = st.substring(RowStatements.HYPOTHESIS.length()).strip();
            run.assume(line, ChainSplitter.split(h), h);
            continue;
          }
          if (UpdateRules.isUpdate(st)) {
            run.families.recordInPlace(st);
            run.indexed.recordUpdate(st);
            run.out.add(new StepResult(line, st, Relation.EQUAL, "", null, UpdateRules.NOTE));
            String after = UpdateRules.chainAfterArrow(st);
            if (after != null) { // w ← 0.5 − 0.1·0.0339 = 0.4966: the arithmetic is claimed
              run.chain(line, after, true, false, null);
            }
            String rhs = UpdateRules.rightArrowUpdate(st);
            if (j == 0 && rhs != null) { // "& = & …" on the next row continues its right side
              while (continuation.size() <= k) {
                continuation.add("");
                heads.add(null);
              }
              continuation.set(k, ChainSplitter.split(rhs).terms().getLast());
            }
            String assigned = rhs != null ? ChainSplitter.split(rhs).terms().getLast()
                : UpdateRules.assignedValue(st);
            run.updates.assignedInPlace(run, line, UpdateRules.assignedName(st), assigned);
            run.updates.applications.ruleStatedInPlace(run, st, line); // for w_2 = 1.5 − 0.25·(−3)
            UpdateRuleSteps.checkInPlace(run, line, UpdateRules.assignedName(st) != null
                ? UpdateRules.assignedName(st) : UpdateRuleSteps.nameBefore(st), assigned);
            if (UpdateRules.assignedName(st) == null && UpdateRuleSteps.nameBefore(st) == null) {
              UpdateRuleSteps.checkColonInPlace(run, line, st); // θ₁ := θ₁ − α…: a stated ∂
            }
            if (j == 0 && assigned != null) { // d2l's "w ← w − η∂l/∂w && = w − η x(…)"
              rowTail = assigned;
              first = false;
              ContinuedRows.setInPlace(continuation, heads, k, assigned); // "&= …" next row
            }
            continue;
          }
          st = UpdateRules.asDefinition(st);
          String condition = Hypotheses.condition(st);
          String[] quantified = condition == null ? null : QuantifiedClaims.split(condition);
          if (quantified != null) { // \forall x \in (0, 1), \; σ⁻¹(x) = …: a range, then a claim
            run.assume(line, ChainSplitter.split(quantified[0]), quantified[0]);
            st = quantified[1];
          } else if (condition != null) {
            run.assume(line, ChainSplitter.split(condition), condition);
            continue;
          }
          String inheritedHead = null;
          boolean continued = false;
          boolean opensWithRelation = startsWithRelation(st);
          if (j == 0) { // a pair with its own left side, or one continuing the pair before it
            ownLeft = !opensWithRelation || k > 0 && rowTail != null;
          }
          if (j == 0 && k > 0 && rowTail != null && opensWithRelation) {
            // "a &= b && = c" (and after an update rule): the column after "&&" continues the
            // pair before it in this row, not the previous row's (which paired the w row's
            // right side with the b row's, and refuted it)
            st = rowTail + " " + st;
          } else if (j == 0 && startsWithRelation(st)) {
            if (k < continuation.size()) {
              st = continuation.get(k) + " " + st;
              inheritedHead = heads.get(k);
            } else if (first && display && run.lastTail != null) {
              st = run.lastTail + " " + st; // a display that continues the previous one
            } else if (first && !display && run.lastInlineTail != null && run.prose.isBlank()) {
              // "$σ′(x) = …$" then "$= σ(x)(1 + σ(x))$" on the next line: one chain, as a
              // display that opens with = continues; the continuation was dropped silently
              st = run.lastInlineTail + " " + st;
              continued = true;
            }
          }
          boolean wordsOnTheLeft = false;
          if (!display && inheritedHead == null && !continued && startsWithRelation(st)
              && ChainSplitter.split(st).terms().size() > 2) {
            // "the step $= 0.001·0.1316/√0.1449 = 0.000346$": the left side is in words, and
            // the rest is a claim; it was dropped without a word
            st = st.replaceFirst("^(=|\\approx)\\s*", "");
            wordsOnTheLeft = true;
          }
          first = false;
          // inline math after "then", "therefore", "so", "we get": a claim of the text
          // in a paragraph of its own scheme ("He: … so $\mathrm{Var}(W) = 2/n_{in}$") a value of
          // a name defined before is that scheme's, not a claim against the other's
          boolean claims = display || wordsOnTheLeft || continued
              || (Hypotheses.concludes(run.prose)
                  && !SchemeLabels.startsScheme(run.paragraph()));
          if (claims && DotProductGradients.checkedInPlace(run, line, st)) {
            continue; // ∇_{w_{y_i}} L_i = −(Σ_{j≠y_i} 𝟙(…)) x_i: written out for a few sizes
          }
          if (claims && FiniteDifferences.checkedInPlace(run, line, st)) {
            continue; // df(x)/dx = (f(x + h) − f(x − h))/(2h), "h a very small number": h → 0
          }
          if (!display && run.latex() && VariableConditions.readInPlace(run, line, st)) {
            continue; // "vanishes exactly at $q = p$" of D(p, q): where they are equal
          }
          run.equivalentPart = equivalent; // "… or equivalently B": B is a claim, never a condition
          String[] last = SentenceScope.chain(run, line, st, claims, display, inheritedHead);
          run.ctx = !run.latex() ? run.ctx : run.ctx.withUsed(run.ctx.used().withQuantities(
              FormulaNames.of(st, run.reading()))); // what later rows and steps may hold fixed
          run.updates.afterChainInPlace(run, line, ChainSplitter.split(st).terms()); // w + Δw = 0.45
          RecurrenceValues.checkInPlace(run, line, ChainSplitter.split(st)); // v_2 of v_t = β v_{t−1} + g_t
          run.updates.applications.afterChainInPlace(run, line, ChainSplitter.split(st)); // w_2 = …
          run.nudges.afterChainInPlace(run, line, st); // dJ/db = 3 against the nudge's ratio
          rowTail = ownLeft ? last[0] : null;
          if (j == 0) {
            while (continuation.size() <= k) {
              continuation.add("");
              heads.add(null);
            }
            continuation.set(k, last[0]);
            heads.set(k, last[1]);
            if (display) {
              run.lastTail = last[0];
            }
            run.lastInlineTail = display ? null : last[0];
          }
        }
      }
    }
  }

  /** Whether every side of {@code st} is numbers alone (no name the premise could bind). */
  private static boolean closedNumeric(String st) {
    try {
      for (String term : ChainSplitter.split(st).terms()) {
        String read = LatexReader.parserInput(LatexReader.read(term).engineSyntax());
        if (!gradlab.math.Symbols.of(gradlab.math.Parser.parse(read)).isEmpty()) {
          return false;
        }
      }
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static boolean startsWithRelation(String s) {
    // \left is not \le: a display that opens with \left\| is not a continuation
    return s.startsWith("=") || s.startsWith("\\approx")
        || s.matches("(?s)\\\\(le|ge)(q)?(?![A-Za-z]).*") || s.startsWith("<") || s.startsWith(">");
  }

  private static int lineBreaks(String body, String piece) {
    int at = body.indexOf(piece.strip());
    String head = piece.strip().substring(0, Math.min(30, piece.strip().length()));
    at = at >= 0 || head.isEmpty() ? at : body.indexOf(head); // a row joined with its next
    return at < 0 ? 0 : (int) body.substring(0, at).chars().filter(ch -> ch == '\n').count();
  }
}
