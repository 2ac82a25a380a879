package gradlab.repl;

import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The console's one rule for where a line goes (the README's "The console" and {@code :help}
 * state it): {@code :name} is a command and {@code ?name} documentation; a line with a Java
 * signal is Java — it ends with {@code ;}, starts with a Java keyword or type ({@code int},
 * {@code var}, {@code for}, {@code class}, {@code System.} …), declares a variable of a
 * capitalised type ({@code List<Integer> xs = …}), calls a method of a class
 * ({@code Math.sqrt(2)}) or of a result ({@code $1.input()}), or starts with a member of a
 * variable ({@code xs.length}), or holds a Java string literal ({@code "abc".length()},
 * {@code System.out.println("hi")}: the math language has no strings); every other line that parses as
 * math is math, also when it ends in {@code }} ({@code {1,2,3}}); what is left goes to Java
 * (a block such as {@code Runnable r = () -> { … }}). A single line with a Java signal that
 * JShell calls unfinished but that parses as math is math ({@code if(x > 0, 1, 0)}).
 * {@code :java} and {@code :math} force a side.
 */
final class LineRouter {
  /** The rule in three lines, for {@code :help}. */
  static final String RULE =
      "a line is Java when it ends in ';', starts with a Java word (int, var, for …),\n"
      + "declares a Java variable, uses a Java member (Math.sqrt(2), $1.input()) or holds\n"
      + "a string literal (\"abc\".length()); any other line that parses as math is math,\n"
      + "also {1,2,3}; :java, :math force it\n";

  /** Where a line goes. */
  enum Route { COMMAND, DOCUMENTATION, JAVA, MATH }

  private static final Pattern KEYWORD = Pattern.compile("^(int|long|double|float|boolean|"
      + "char|byte|short|var|String|void|class|record|interface|enum|import|public|private|"
      + "static|final|for|while|if|do|try|switch|return|new|throw)\\b");
  private static final Pattern DECLARATION =
      Pattern.compile("^[A-Z]\\w*(<[\\w<>, ?]*>)?(\\[\\])*\\s+[A-Za-z_]\\w*\\s*=[^=]");
  private static final Pattern CLASS_CALL = Pattern.compile("^[A-Z]\\w*\\.\\w+\\(");
  private static final Pattern RESULT_CALL = Pattern.compile("^\\$\\w+\\.\\w+");
  private static final Pattern MEMBER = Pattern.compile(
      "^(?!(" + PythonHabits.MODULES + ")\\.)[a-z_]\\w*\\.[A-Za-z_]\\w*");
  /** A complete Java string literal: "…" with escapes, on one line. */
  private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:[^\"\\\\\n]|\\\\.)*\"");
  private static final Pattern LATEX = Pattern.compile("\\\\[A-Za-z]{2,}");
  /** {@code int y = …}, {@code double[] xs;}, {@code int twice(int v)}: Java, not a product. */
  private static final Pattern JAVA_DECLARATION =
      Pattern.compile("^[A-Za-z_][\\w.<>\\[\\], ?]*\\s+[A-Za-z_]\\w*\\s*(=[^=]|;|\\(|$)");

  private static final Pattern JAVA_NEW =
      Pattern.compile("\\bnew\\s+[A-Za-z_][\\w.]*\\s*[\\[(<]");

  /** {@code int(x^2, x)}: a call of int, which Java never reads; an integral was meant. */
  private static final Pattern INT_CALL = Pattern.compile("^int\\s*\\([^=]*\\)$");

  private LineRouter() {}

  /**
   * @param parsesAsMath whether the engine's parser accepts the line; asked only for lines
   *     without a Java signal that end in {@code }}
   */
  static Route route(String line, Predicate<String> parsesAsMath) {
    return route(line, parsesAsMath, java -> false);
  }

  /**
   * @param javaIncomplete whether JShell calls the text an unfinished statement; a single line
   *     with a Java signal that JShell calls unfinished but that parses as math is math
   *     ({@code if(x > 0, 1, 0)}, Symja's If; JShell's own analysis of it does not end)
   */
  static Route route(String line, Predicate<String> parsesAsMath,
      Predicate<String> javaIncomplete) {
    String s = line.strip();
    if (s.startsWith(":")) {
      return Route.COMMAND;
    }
    if (s.startsWith("?")) {
      return Route.DOCUMENTATION;
    }
    if (javaSignal(s).isPresent()) {
      boolean mathInstead = !s.contains("\n") && !s.endsWith(";")
          && ConsoleParser.openBrackets(s) == 0 && javaIncomplete.test(s)
          && parsesAsMath.test(s);
      return mathInstead ? Route.MATH : Route.JAVA;
    }
    // \frac{1}{2} is LaTeX, which the math side explains; Java would only say "illegal '\'"
    return s.endsWith("}") && !parsesAsMath.test(s) && !LATEX.matcher(s).find() ? Route.JAVA
        : Route.MATH;
  }

  /** Why a line is Java whatever else it may be, in words; empty when nothing says so. */
  static Optional<String> javaSignal(String line) {
    String s = line.strip();
    if (s.endsWith(";")) {
      return Optional.of("it ends with ';'");
    }
    Matcher k = KEYWORD.matcher(s);
    if (k.find()) {
      return Optional.of("it starts with the Java word '" + k.group(1) + "'");
    }
    if (s.startsWith("System.")) {
      return Optional.of("it starts with 'System.'");
    }
    if (DECLARATION.matcher(s).find()) {
      return Optional.of("it declares a Java variable");
    }
    if (CLASS_CALL.matcher(s).find() || RESULT_CALL.matcher(s).find()) {
      return Optional.of("it calls a Java method");
    }
    if (MEMBER.matcher(s).find()) {
      return Optional.of("it uses a member of a Java variable");
    }
    if (STRING_LITERAL.matcher(s).find()) {
      return Optional.of("it holds a Java string literal (math has no strings)");
    }
    return Optional.empty();
  }

  /**
   * Java's error for a line it rejected, with a hint when the line would parse as math: why it
   * went to Java and how to evaluate it as math instead.
   */
  /** Whether the math language itself reads the line (np.tanh(0.5) it does not). */
  private static boolean oursReads(String line) {
    try {
      gradlab.math.Parser.statement(line);
      return true;
    } catch (RuntimeException e) {
      return line.contains("["); // Symja's bracket form, which :math evaluates as ours
    }
  }

  static String explainRejection(String line, String javaError, Predicate<String> parsesAsMath) {
    String s = line.strip();
    String math = s.endsWith(";") ? s.substring(0, s.length() - 1).strip() : s;
    if (INT_CALL.matcher(math).matches()) { // int(x^2, x) said only "'.class' expected"
      return javaError + "\n  hint: int is Java's integer type, so this went to Java; an "
          + "integral is integrate" + math.substring(3).strip();
    }
    Optional<String> why = javaSignal(s);
    // Symja's relaxed parser reads "int y = 2" as the product int·y: no hint for declarations
    // nor for an array creation (Tensor.of(new float[]{1, 2})), which only Symja's brackets read
    if (why.isEmpty() || math.contains("\"") || JAVA_DECLARATION.matcher(math).find()
        || JAVA_NEW.matcher(math).find()
        || !parsesAsMath.test(math) || !oursReads(math)) {
      return javaError;
    }
    return javaError + "\n  hint: this went to Java because " + why.get() + ", but it parses "
        + "as math: ':math " + math + "' evaluates it as math";
  }
}
