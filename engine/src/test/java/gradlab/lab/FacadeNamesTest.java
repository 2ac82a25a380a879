package gradlab.lab;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.symbolic.EngineConfig;
import gradlab.symbolic.SymbolicEngine;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A script's {@code eval} is the math language of {@code ./gradlab eval} and the console: a
 * user's name is never one of the algebra library's symbols (user23: with the loss named C,
 * Catalan's constant there, eval("…; C = …; diff(C, b1)") printed 0).
 */
@Timeout(300)
class FacadeNamesTest {
  private static SymbolicEngine engine;
  private static ScriptContext before;

  @BeforeAll
  static void start() {
    engine = SymbolicEngine.create(EngineConfig.defaults());
    before = Lab.use(new ScriptContext(() -> engine, ScriptContext.DEFAULT_OUTPUT,
        new GradeBook(), false));
  }

  @AfterAll
  static void stop() {
    Lab.use(before);
    engine.close();
  }

  /** Every capital letter and the names a library keeps for itself. */
  private static List<String> names() {
    List<String> names = new ArrayList<>();
    for (char c = 'A'; c <= 'Z'; c++) {
      names.add(String.valueOf(c));
    }
    names.addAll(List.of("Pi", "Catalan", "Gamma", "Beta", "Loss", "Cost"));
    return names;
  }

  /** What the console and ./gradlab eval print for the statements, or the error's message. */
  private static String worksheet(String statements) {
    try {
      return new Worksheet(engine).evaluate(statements, Worksheet.Format.UNICODE);
    } catch (RuntimeException e) {
      return "error: " + e.getMessage();
    }
  }

  private static String facade(String statements) {
    try {
      return Lab.eval(statements).toString();
    } catch (RuntimeException e) {
      return "error: " + e.getMessage();
    }
  }

  @Test
  void lossNamedCIsDifferentiatedThroughItsDefinitionInChainForm() {
    String s = "z1 = w1*x + b1; z2 = w2*sigma(z1) + b2; C = (sigma(z2) - y)^2/2; diff(C, b1)";
    assertThat(Lab.eval(s).toString()).isEqualTo(worksheet(s)).isNotEqualTo("0")
        .contains("σ′(z₁)");
  }

  @Test
  void everyCapitalLetterAndLibraryNameIsDefinedAndDifferentiatedAsTheConsoleDoes() {
    for (String name : names()) {
      String s = name + " = (sigma(w*x + b) - y)^2/2; diff(" + name + ", b)";
      String console = worksheet(s);
      assertThat(facade(s)).as(name).isEqualTo(console);
      if (!console.startsWith("error")) {
        assertThat(console).as(name).isNotEqualTo("0").contains("σ′");
      }
    }
  }

  @Test
  void everyCapitalLetterIsAVariableOfDiffAsInTheConsole() {
    for (String name : names()) {
      String s = "diff(" + name + "*x^2 + " + name + "^2, " + name + ")";
      assertThat(facade(s)).as(name).isEqualTo(worksheet(s));
    }
  }

  @Test
  void facadeDiffOnAStringGoesThroughTheMathLanguage() {
    assertThat(Lab.diff("C*x^2 + C^2", "C").toString()).isEqualTo(worksheet(
        "diff(C*x^2 + C^2, C)"));
    assertThat(Lab.diff("C*x^2 + C^2", "C").toString()).isNotEqualTo("0");
  }

  @Test
  void numericValueOfASubstitutedDerivativeIsANumberAsInTheConsole() {
    String s = "N(subs(D(sigma(z), z), z, 1/2))";
    assertThat(Lab.eval(s).toString()).isEqualTo(worksheet(s)).startsWith("0.235");
  }

  @Test
  void chainFormIsShownWhileTheValueHasEveryDefinitionPutIn() {
    var d = Lab.eval("z = w*x + b; L = sigma(z)^2; diff(L, b)");
    assertThat(Lab.num(d, "w", 1.0, "x", 0.5, "b", 0.0)).isCloseTo(
        Lab.num("2*sigma(0.5)*sigma(0.5)*(1 - sigma(0.5))"), org.assertj.core.api.Assertions
            .within(1e-12));
  }
}
