package gradlab.symbolic;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What an engine has to tell the person besides its results: the library's own messages (caught
 * from its print streams) and our notes (a simplification stopped, a restart), each said once.
 * Thread-safe; {@link #drainInPlace()} hands them over and forgets them.
 */
final class EngineNotes {
  /**
   * Messages about the library's own steps, not about the result shown: a limit's intermediate
   * 0·(−∞) (a result without a single value is an error of ours), Solve's use of inverse
   * functions (every root is substituted back), a time-constrained step (our note says it),
   * a search's 1/0 on the way and a gcd tried on a non-polynomial.
   */
  private static final List<String> INTERNAL_MESSAGES = List.of("TimeConstrained:",
      "InverseFunction: Inverse functions are being used",
      "Infinity: Indeterminate expression", "Limit: Value of Null", "RootIntervals:",
      // a search's intermediate 1/0 (maximize tries points; every answer is checked) and a
      // simplification's attempt at a polynomial gcd of a non-polynomial
      "Power: Infinite expression", "PolynomialExtendedGCD:");
  /**
   * What a library function prints when it is stopped midway (Ctrl-C during an expand printed
   * "Expand: null."): the stop is already said ("evaluation interrupted").
   */
  private static final String STOPPED_FUNCTION = "[A-Za-z$]+: null\\.?";
  private final ByteArrayOutputStream messages = new ByteArrayOutputStream();
  private final List<String> notes = new ArrayList<>();

  /** A stream the library prints its messages to. */
  PrintStream sink() {
    return new PrintStream(messages, true, StandardCharsets.UTF_8);
  }

  /** Where the library's messages end now; see {@link #dropSinceInPlace(int)}. */
  synchronized int mark() {
    return messages.size();
  }

  /** The library's messages after {@code mark}. */
  synchronized String since(int mark) {
    byte[] all = messages.toByteArray();
    return new String(all, mark, all.length - mark, StandardCharsets.UTF_8);
  }

  /** Forgets the library's messages after {@code mark}: steps of ours that replaced them. */
  synchronized void dropSinceInPlace(int mark) {
    byte[] all = messages.toByteArray();
    messages.reset();
    messages.write(all, 0, Math.min(mark, all.length));
  }

  /** Forgets every message of the library so far (our note says what happened instead). */
  synchronized void dropMessagesInPlace() {
    messages.reset();
  }

  /** Forgets our notes that begin with {@code start}. */
  synchronized void forgetInPlace(String start) {
    notes.removeIf(n -> n.startsWith(start));
  }

  /** Rewrites our notes that begin with {@code start} (null from {@code how}: forgets one). */
  synchronized void rewriteInPlace(String start, java.util.function.UnaryOperator<String> how) {
    List<String> kept = new ArrayList<>();
    for (String n : notes) {
      String m = n.startsWith(start) ? how.apply(n) : n;
      if (m != null && !kept.contains(m)) {
        kept.add(m);
      }
    }
    notes.clear();
    notes.addAll(kept);
  }

  /** Adds a note, once: three roots shown as numbers are one note. */
  synchronized void addInPlace(String note) {
    if (!notes.contains(note)) {
      notes.add(note);
    }
  }

  /** Notes collected since the last call, the library's internal messages left out. */
  synchronized List<String> drainInPlace() {
    String symja = messages.toString(StandardCharsets.UTF_8).strip();
    messages.reset();
    List<String> out = new ArrayList<>(notes);
    notes.clear();
    if (!symja.isEmpty()) {
      symja.lines().map(String::strip)
          .filter(s -> !s.isEmpty() && INTERNAL_MESSAGES.stream().noneMatch(s::startsWith)
              && !s.matches(STOPPED_FUNCTION))
          .forEach(out::add);
    }
    return out;
  }
}
