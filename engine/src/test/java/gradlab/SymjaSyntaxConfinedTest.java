package gradlab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * No Symja syntax is built as text outside the Symja adapter ({@code gradlab/symbolic}): no
 * string literal of a main source file elsewhere holds a delayed rule ({@code :>}), a pattern
 * ({@code x_}, {@code f[_]}, {@code x_?test}, {@code x_.}), Symja's {@code Derivative(n)[f]},
 * {@code Hold[…]} or its rule-application functions. Our own language's {@code ->},
 * {@code /.} and {@code D(…)} are allowed; regular expressions' character classes such as
 * {@code [A-Za-z0-9_]} are not patterns.
 */
@Timeout(60)
class SymjaSyntaxConfinedTest {
  /** Each marker of Symja-only syntax, with the words of the message that names it. */
  private static final List<Marker> MARKERS = List.of(
      new Marker("a delayed rule :>", Pattern.compile(":>")),
      new Marker("a pattern variable such as x_",
          Pattern.compile("(?<![\\w\\\\-])[A-Za-z][A-Za-z0-9]*_(?:[?.:]|(?=[,)\\]]))")),
      new Marker("a blank _ in an argument list", Pattern.compile("[\\[(,]\\s?__?[\\],)]")),
      new Marker("Symja's Derivative(n)[f]", Pattern.compile("Derivative\\(")),
      new Marker("Symja's Hold[…]", Pattern.compile("\\bHold(?:Form)?\\[")),
      new Marker("Symja's ReplaceAll/ReplaceRepeated",
          Pattern.compile("\\bReplace(?:All|Repeated)\\(")));

  private record Marker(String what, Pattern pattern) {}

  @Test
  void noMainSourceOutsideTheAdapterBuildsSymjaSyntaxAsText() throws IOException {
    List<String> violations = new ArrayList<>();
    int scanned = 0;
    for (Path root : List.of(Path.of("src/main/java"), Path.of("../repl/src/main/java"))) {
      assertThat(root).as("a source root of the scan").isDirectory();
      try (Stream<Path> files = Files.walk(root)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
          if (f.toString().replace('\\', '/').contains("/gradlab/symbolic/")) {
            continue;
          }
          violations.addAll(violations(f.toString(), Files.readString(f)));
          scanned++;
        }
      }
    }
    assertThat(scanned).as("main source files scanned").isGreaterThan(100);
    assertThat(violations).as("Symja syntax built as text outside gradlab/symbolic").isEmpty();
  }

  @Test
  void plantedSymjaRuleInAStringIsNamedWithFileAndLine() {
    String source = "class A {\n  // x_ :> in a comment is fine\n  String ok = \"[A-Za-z0-9_]+\";\n"
        + "  String bad =\n      \"f(x_) :> x^2\";\n}\n";
    assertThat(violations("A.java", source))
        .containsExactly("A.java:5: a delayed rule :> in \"f(x_) :> x^2\"",
            "A.java:5: a pattern variable such as x_ in \"f(x_) :> x^2\"");
  }

  @Test
  void ourOwnLanguageAndRegularExpressionsAreNotFlagged() {
    String source = "class B {\n  String a = \"subs(L, w -> 2) /. {x -> 1}\";\n"
        + "  String b = \"D(f, x)\";\n  String c = \"[a-z_]\\\\w*\";\n  String d = \"n_in\";\n}\n";
    assertThat(violations("B.java", source)).isEmpty();
  }

  @Test
  void symjaDerivativeAndBlankAreFlagged() {
    String source = "class C {\n  String a = \"Derivative(1)[f]\";\n  String b = \"f[_]\";\n}\n";
    assertThat(violations("C.java", source)).hasSize(2);
  }

  private static List<String> violations(String file, String source) {
    List<String> out = new ArrayList<>();
    for (JavaStringLiterals.Literal lit : JavaStringLiterals.of(source)) {
      for (Marker m : MARKERS) {
        Matcher found = m.pattern().matcher(lit.text());
        if (found.find()) {
          out.add(file + ":" + lit.line() + ": " + m.what() + " in \"" + lit.text() + "\"");
        }
      }
    }
    return out;
  }
}
