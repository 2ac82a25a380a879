package gradlab.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A derivative stated case by case, as Parr and Howard and students write ReLU's:
 * {@code \frac{\partial}{\partial z} max(0, z) = \begin{cases} 0 & z \le 0 \\ 1 & z > 0
 * \end{cases}}. Each case is a claim under its condition, read as the text's
 * {@code … = 1 \text{ if } z > 0} is ({@link RowStatements}): checked where the condition holds,
 * refuted only there. "otherwise" is the opposite of a single condition before it. Read only
 * where the left side is a derivative (a function defined by cases is a definition, see
 * {@link CaseDefinitions}) and every condition is one inequality; anything else (an index
 * condition i = j, "with probability p") stays "not checked: definitions by cases".
 */
final class CasesClaims {
  private static final Pattern CASES = Pattern.compile(
      "(?s)^(.*?)\\\\begin\\{cases\\}(.*?)\\\\end\\{cases\\}[\\s.,;]*$");
  private static final Pattern DERIVATIVE = Pattern.compile(
      "\\\\frac\\s*\\{\\s*\\\\?(?:d|partial)|\\\\partial|'|\\\\prime|\\\\nabla|(?<![A-Za-z])D_");
  private static final Pattern WORDS = Pattern.compile(
      "\\\\(?:text|mbox|textrm|mathrm)\\s*\\{\\s*(?:if|for|when|where)?\\s*\\}|^\\s*(?:if|for)\\s+");
  private static final Pattern OTHERWISE = Pattern.compile(
      "\\s*(?:\\\\(?:text|mbox|textrm|mathrm)\\s*\\{\\s*(?:otherwise|else)\\s*\\.?\\s*\\}|"
      + "otherwise|else)\\s*\\.?\\s*");
  private static final Pattern INEQUALITY = Pattern.compile(
      "^([^<>=]+?)\\s*(<|>|\\\\leq?(?![A-Za-z])|\\\\geq?(?![A-Za-z])|\\\\lt(?![A-Za-z])|"
      + "\\\\gt(?![A-Za-z])|≤|≥)\\s*([^<>=]+)$");

  private static final Pattern TAGS = Pattern.compile(
      "\\\\tag\\*?\\{[^}]*\\}|\\\\label\\{[^}]*\\}|\\\\no(?:tag|number)(?![A-Za-z])");

  private CasesClaims() {}

  /** Checks each case as a claim under its condition and returns true, or returns false. */
  static boolean checkInPlace(DocumentRun run, int firstLine, String display) {
    String body = TAGS.matcher(display).replaceAll(" "); // He's "\\end{cases} \\tag{3}"
    Matcher m = CASES.matcher(body.replace("&", " ").replaceAll("\\\\\\\\\\s*$", ""));
    List<String[]> rows = rows(body);
    if (!m.matches() || rows == null) {
      return false;
    }
    String prefix = m.group(1).strip();
    if (!prefix.endsWith("=")) {
      return false;
    }
    prefix = prefix.substring(0, prefix.length() - 1).strip();
    ChainSplitter.Chain chain = ChainSplitter.split(prefix);
    String last = chain.terms().get(chain.terms().size() - 1).strip();
    if (last.isEmpty() || !DERIVATIVE.matcher(last).find()) {
      return false; // H(z) = cases: a definition by cases, not a claim
    }
    if (!chain.relations().isEmpty()) {
      DisplayBlock.check(run, firstLine, prefix, true); // the chain before the cases, once
    }
    int mark = run.premises.size();
    for (String[] row : rows) {
      run.values.clear(); // ∂u/∂b = 0 holds for w·x + b ≤ 0 only: no value for the next case
      run.premises.forgetSinceInPlace(mark); // nor a premise
      String lhs = run.cases.regions.underCondition(last, row[1]); // f′(x) of f by cases
      String value = run.cases.regions.underCondition(row[0], row[1]);
      DisplayBlock.check(run, firstLine, (lhs == null ? last : lhs) + " = "
          + (value == null ? row[0] : value) + " \\text{ if } " + row[1], true);
    }
    run.values.clear();
    run.premises.forgetSinceInPlace(mark);
    return true;
  }

  /** The cases as {value, condition}, with "otherwise" as the opposite; null if not read. */
  static List<String[]> rows(String body) {
    int open = body.indexOf("\\begin{cases}");
    int close = body.indexOf("\\end{cases}");
    if (open < 0 || close < open || body.indexOf("\\begin{cases}", open + 1) >= 0) {
      return null;
    }
    String inside = body.substring(open + "\\begin{cases}".length(), close);
    List<String[]> out = new ArrayList<>();
    for (String row : inside.split("\\\\\\\\")) {
      if (row.isBlank()) {
        continue;
      }
      int amp = row.indexOf('&');
      if (amp < 0 || row.indexOf('&', amp + 1) >= 0) {
        return null;
      }
      String value = row.substring(0, amp).strip().replaceAll("[,.;]$", "").strip();
      String condition = row.substring(amp + 1).strip();
      if (OTHERWISE.matcher(condition).matches()) {
        if (out.size() != 1) {
          return null; // "otherwise" after several cases: the rest of the line is not one
        }
        condition = opposite(out.get(0)[1]);
      } else {
        condition = WORDS.matcher(condition).replaceAll("").strip().replaceAll("[,.;]$", "")
            .strip();
      }
      if (value.isEmpty() || condition == null || !INEQUALITY.matcher(condition).matches()) {
        return null;
      }
      out.add(new String[] {value, condition});
    }
    return out.size() >= 2 ? out : null;
  }

  /** {@code a \le b} for {@code a > b}, and so on; null for anything but one inequality. */
  static String opposite(String condition) {
    Matcher m = INEQUALITY.matcher(condition);
    if (!m.matches()) {
      return null;
    }
    String rel = m.group(2).replace("\\leq", "\\le").replace("\\geq", "\\ge");
    String not = switch (rel) {
      case "<", "\\lt" -> "\\ge";
      case ">", "\\gt" -> "\\le";
      case "\\le", "≤" -> ">";
      case "\\ge", "≥" -> "<";
      default -> null;
    };
    return not == null ? null : m.group(1).strip() + " " + not + " " + m.group(3).strip();
  }
}
