package gradlab.check;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A document checked twice, its written-out vectors' members counted from 1 and from 0
 * ({@link ComponentVectors}), where the text does not say which: a step is proved only when it
 * holds under both counts, refuted only when it fails under both, and otherwise "not checked:
 * ambiguous: members counted from 0 or from 1". A verdict of the same kind under both is the
 * first's. Where the two reports do not pair step by step, the document checked with no member
 * of an ambiguous count stated is the answer.
 */
final class MemberBases {
  static final String AMBIGUOUS = "ambiguous: members counted from 0 or from 1";

  private MemberBases() {}

  static CheckReport merged(CheckReport one, CheckReport zero, Supplier<CheckReport> neither) {
    List<StepResult> a = one.steps();
    List<StepResult> b = zero.steps();
    if (a.size() != b.size()) {
      return neither.get();
    }
    List<StepResult> out = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      StepResult x = a.get(i);
      StepResult y = b.get(i);
      if (x.line() != y.line() || x.isClaim() != y.isClaim()
          || x.isClaim() && !(x.lhs().equals(y.lhs()) && x.rhs().equals(y.rhs()))) {
        return neither.get();
      }
      if (!x.isClaim() || x.verdict().getClass() == y.verdict().getClass()) {
        out.add(x);
      } else {
        out.add(new StepResult(x.line(), x.lhs(), x.relation(), x.rhs(),
            new StepVerdict.NotChecked(AMBIGUOUS), x.note()));
      }
    }
    return new CheckReport(one.source(), out);
  }
}
