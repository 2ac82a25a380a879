package gradlab.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An update rule restated: "$$w \leftarrow w - \epsilon(\alpha w + \nabla_w J)$$ Written another
 * way, the update is $$w \leftarrow (1 - \epsilon\alpha) w - \epsilon \nabla_w J$$" (Goodfellow
 * et al., eqs. 7.4-7.5). Both were assignments, never claims, so a wrong rearrangement was not
 * found. Where the prose before a rule says it is the same update in another form ("written
 * another way", "equivalently", "rearranging"), the new right side must equal the right side of
 * the last rule for the same name: checked as the claim "old = new". A difference is ✗ only where
 * it does not come from an earlier claim taken as a premise; anything undecided is left as the
 * assignment it was (no new "not checked"). Without such words a second rule for a name may be
 * another algorithm (momentum after plain descent) and is not compared. One per document.
 */
final class RestatedRules {
  private static final Pattern RESTATED = Pattern.compile("(?i)another\\s+way|equivalently|"
      + "rewritten|rewrite|rearrang|in\\s+other\\s+words|the\\s+same\\s+(?:update|rule)|"
      + "simplif|expanding|collecting");

  private record Rule(String rhs, int line) {}

  private final Map<String, Rule> last = new HashMap<>();

  /** Records the rule "{@code name} ← {@code value}" and checks it where it restates one. */
  void checkInPlace(DocumentRun run, int line, String name, String value) {
    if (name == null || value == null) {
      return;
    }
    String key = name.replaceAll("\\\\(mathbf|boldsymbol|bm)\\s*\\{([^{}]*)\\}", "$2")
        .replaceAll("[\\s{}&]", "");
    String rhs = ChainSplitter.split(value).terms().getLast().strip().replaceAll("[.,;]$", "");
    Rule before = last.put(key, new Rule(rhs, line));
    if (before == null || before.line() == line || !RESTATED.matcher(run.prose).find()) {
      return;
    }
    List<StepResult> kept = new ArrayList<>(run.out);
    int from = run.out.size();
    try {
      run.chain(line, before.rhs() + " = " + rhs, true, false, null);
    } catch (RuntimeException e) {
      // unreadable: the restatement stays an assignment
    }
    List<StepResult> added = new ArrayList<>(run.out.subList(from, run.out.size()));
    run.out.clear();
    run.out.addAll(kept);
    if (added.size() != 1) {
      return;
    }
    StepResult r = added.get(0);
    if (r.verdict() instanceof StepVerdict.Proved p) {
      run.out.add(new StepResult(line, r.lhs(), r.relation(), r.rhs(), new StepVerdict.Proved(
          "the rule of line " + before.line() + " written another way; " + p.how()),
          UpdateRules.NOTE));
    } else if (r.verdict() instanceof StepVerdict.Refuted f && !f.detail().contains("line ")) {
      run.out.add(new StepResult(line, r.lhs(), r.relation(), r.rhs(), new StepVerdict.Refuted(
          f.point(), f.lhs(), f.rhs(), "the prose says this is the rule of line " + before.line()
          + " written another way, but the right sides differ"), UpdateRules.NOTE));
    }
  }
}
