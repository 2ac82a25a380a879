package gradlab.repl;

import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A math line that calls a method of the Java facade ({@code window()}, {@code audit(…)}):
 * math has no such function, and "syntax error: unknown function 'window'" told a student
 * neither that the name exists nor where it works (user23). The failure says it is Java and how
 * to type it.
 */
final class JavaOnlyNames {
  private static final Pattern UNKNOWN = Pattern.compile("unknown function '([^']+)'");
  private static final Pattern QUOTED_CALL = Pattern.compile("^([A-Za-z]\\w*)\\s*\\(.*\"");

  private JavaOnlyNames() {}

  /** The failure for a math error naming a facade method as an unknown function, or empty. */
  static Optional<Result.Failure> failure(String asTyped, RuntimeException e) {
    String message = String.valueOf(e.getMessage());
    // a line with a string literal goes to Java (LineRouter); :math diff("x^3", "x") still
    // reaches the math reader, and its failure says the same
    String entry = asTyped.strip().startsWith(":math ") ? asTyped.strip().substring(6) : asTyped;
    Matcher quoted = QUOTED_CALL.matcher(entry.strip());
    if (message.contains("unexpected character '\"'") && quoted.find()) {
      // diff("x^3", "x"): the quote stopped the math reader before the name (user26 F8)
      return facadeMethod(quoted.group(1)).map(name -> {
        String java = entry.strip().replaceFirst(";$", "");
        String math = java.replace("\"", "");
        boolean inMath = gradlab.math.Catalogue.COMMANDS.containsKey(name);
        return new Result.Failure("JavaOnly", name + "(\"…\") with quoted text is a Java call "
            + "of the facade: type it as Java, " + java + "; (a line ending in ';' is Java) or "
            + ":java " + java + (inMath ? "; in math the expression has no quotes: " + math
            : ""));
      });
    }
    Matcher m = UNKNOWN.matcher(message);
    if (!m.find() || message.contains("in Java)")) {
      // the language's own advice for a name other tools use already says where it works
      // (plot: ":plot sin(x), x, -3, 3 (or plot(…) in Java)"), and says more: keep it
      return Optional.empty();
    }
    String typed = m.group(1);
    return Arrays.stream(gradlab.lab.Lab.class.getMethods())
        .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getName().equalsIgnoreCase(typed))
        .findFirst().map(f -> {
          String call = callIn(entry, f.getName());
          return new Result.Failure("JavaOnly", f.getName() + " is a Java method of the "
              + "facade, not a math function: type it as Java, " + call + "; (a line ending in "
              + "';' is Java) or :java " + call + " (?" + f.getName() + " shows its forms)");
        });
  }

  private static Optional<String> facadeMethod(String typed) {
    return Arrays.stream(gradlab.lab.Lab.class.getMethods())
        .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getName().equals(typed))
        .map(java.lang.reflect.Method::getName).findFirst();
  }

  /** The call as typed in the entry when it is there ({@code window()}), else name(…). */
  private static String callIn(String entry, String name) {
    String s = entry.strip();
    if (s.regionMatches(true, 0, name, 0, name.length()) && s.endsWith(")")
        && s.indexOf('(') == name.length()) {
      return name + s.substring(name.length());
    }
    return name + "(…)";
  }
}
