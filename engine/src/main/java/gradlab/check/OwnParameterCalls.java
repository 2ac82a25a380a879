package gradlab.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A function whose body uses its parameter only as an index, Szegedy et al.'s smoothed label
 * distribution {@code q'(k) = (1 - \epsilon)\delta_{k,y} + \frac{\epsilon}{K}}: the body names
 * δ_{k,y}, not k, so {@link FunctionsFreeOfTheirParameters} rightly refuses it as a function
 * (q′(j) would need δ_{j,y}, which no reading of the body gives). But a later call at exactly
 * the head's own argument, {@code q'(k)}, is the body as written, whatever δ_{k,y} means: the
 * definition says so letter for letter. Such a call is now replaced by the body in brackets
 * before the statement is read, so the planted sign in {@code p(k) - q'(k) = p(k) - (1 -
 * \epsilon)\delta_{k,y} + \frac{\epsilon}{K}} (wrong by 2ε/K under every reading of δ) is
 * refuted; before, every step with {@code q'(k)} was "cannot read: q′(…) of a function the text
 * does not define". A call at another argument ({@code q'(j)}, {@code q'(1)}) is left as it was,
 * unread. Only bodies that name a parameter inside a subscript are kept (L(w) = −(y log p + …)
 * with p = σ(wx) defined later uses w not at all and stays refused). A statement that begins
 * with the call is a head (the function defined anew), never rewritten; a later definition of
 * the same name ends the rewriting. One per document; not thread-safe.
 */
final class OwnParameterCalls {
  /** The call as a pattern → the body in brackets, by the function's engine name. */
  private final Map<String, Call> calls = new LinkedHashMap<>();

  /** What ends a head: =, :=, \\coloneqq, \\equiv, \\triangleq, \\doteq. */
  private static final Pattern HEAD_END = Pattern.compile(
      "\\s*(?:=|:=|\\\\(?:coloneqq|equiv|triangleq|doteq|stackrel|overset|defeq)(?![A-Za-z]))");

  private record Call(Pattern call, String body, int line) {}

  /**
   * Keeps the head {@code rawHead} with {@code rawBody} where the body names one of the
   * {@code parameters} inside a subscript ({@code \delta_{k,y}}, {@code z_k}).
   */
  void noteInPlace(String name, int line, String rawHead, String rawBody,
      List<String> parameters) {
    calls.remove(name);
    if (rawBody.contains("\\\\") || rawBody.contains("&") || !indexesAParameter(rawBody,
        parameters)) {
      return;
    }
    StringBuilder p = new StringBuilder("(?<![A-Za-z\\\\_^])"); // not z_f(k), e^f(k)
    for (char ch : rawHead.strip().toCharArray()) {
      if (!Character.isWhitespace(ch)) {
        p.append(Pattern.quote(String.valueOf(ch))).append("\\s*");
      }
    }
    calls.put(name, new Call(Pattern.compile(p.toString()), "\\left(" + rawBody.strip()
        + "\\right)", line));
  }

  /**
   * {@code statement} with each call of a kept function at its own argument replaced by the
   * body; the same statement where it has none or begins with one (a head).
   */
  String rewrite(DocumentRun run, String statement) {
    String out = statement;
    for (Map.Entry<String, Call> e : calls.entrySet()) {
      Call c = e.getValue();
      if (!Integer.valueOf(c.line()).equals(run.unread.get(e.getKey()))) {
        continue; // the name was given another meaning since
      }
      Matcher m = c.call().matcher(out);
      if (m.find() && out.substring(0, m.start()).isBlank()
          && HEAD_END.matcher(out.substring(m.end())).lookingAt()) {
        return statement; // q'(k) = …: a head, the function defined anew
      }
      out = m.replaceAll(Matcher.quoteReplacement(c.body()));
    }
    return out;
  }

  private static boolean indexesAParameter(String body, List<String> parameters) {
    for (String p : parameters) {
      if (p.matches("[A-Za-z]") && Pattern.compile("_\\s*(?:\\{[^{}]*(?<![A-Za-z\\\\])" + p
          + "(?![A-Za-z])[^{}]*\\}|" + p + "(?![A-Za-z]))").matcher(body).find()) {
        return true;
      }
    }
    return false;
  }
}
