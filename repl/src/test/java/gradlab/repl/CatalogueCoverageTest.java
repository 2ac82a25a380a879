package gradlab.repl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gradlab.autodiff.Ad;
import gradlab.autodiff.Node;
import gradlab.check.LatexReader;
import gradlab.check.UnsupportedLatexException;
import gradlab.math.Call;
import gradlab.math.Differentiation;
import gradlab.math.Environment;
import gradlab.math.Expression;
import gradlab.math.MathFunction;
import gradlab.math.Numeric;
import gradlab.math.Parser;
import gradlab.math.Printer;
import gradlab.symbolic.CompiledFunction;
import gradlab.symbolic.Compiler;
import gradlab.symbolic.EngineConfig;
import gradlab.symbolic.SymbolicEngine;
import gradlab.tensor.Tensor;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jline.reader.Candidate;
import org.jline.reader.impl.DefaultParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every function of the catalogue is known everywhere: the parser reads its name and aliases,
 * the printers write its Unicode and LaTeX names, differentiation, the compiler and autodiff
 * handle it, completion offers it, {@code ?name} prints its documentation line and the
 * checker's LaTeX reader reads its LaTeX name. Adding a function to the catalogue makes this
 * test demand all of that.
 */
@Timeout(60)
class CatalogueCoverageTest {
  private static SymbolicEngine engine;

  @BeforeAll
  static void start() {
    engine = SymbolicEngine.create(EngineConfig.defaults());
  }

  @AfterAll
  static void stop() {
    engine.close();
  }

  /** A point in the domain: x, and y for the functions of two arguments. */
  private static Map<String, Double> point(MathFunction f) {
    return Map.of("x", f == MathFunction.ACOSH ? 1.3 : 0.3, "y", 0.7);
  }

  private static String args(MathFunction f) {
    return f.minArity() == 2 || f == MathFunction.LOGSUMEXP ? "(x, y)" : "(x)";
  }

  private static double value(MathFunction f) {
    Map<String, Double> p = point(f);
    return args(f).contains("y") ? f.apply(p.get("x"), p.get("y")) : f.apply(p.get("x"));
  }

  @ParameterizedTest
  @EnumSource(MathFunction.class)
  void parserReadsTheNameAndEveryAlias(MathFunction f) {
    List<String> names = new ArrayList<>(f.aliases());
    names.add(f.inputName());
    for (String n : names) {
      Expression e = Parser.parse(n + args(f));
      assertThat(e).as(n).isInstanceOf(Call.class);
      assertThat(((Call) e).function()).as(n).isEqualTo(f);
    }
  }

  @ParameterizedTest
  @EnumSource(MathFunction.class)
  void printersWriteTheUnicodeAndLatexNames(MathFunction f) {
    Expression e = Parser.parse(f.inputName() + args(f));
    assertThat(Printer.unicode(e)).contains(f.displayName());
    assertThat(Printer.latex(e)).contains(f.latex());
  }

  @ParameterizedTest
  @EnumSource(MathFunction.class)
  void differentiationCompilerAndAutodiffAgreeOnTheDerivative(MathFunction f) {
    Expression e = Parser.parse(f.inputName() + args(f));
    Expression d = Differentiation.derivative(e, "x", Environment.EMPTY);
    Map<String, Double> p = point(f);
    double symbolic = f == MathFunction.DIRAC_DELTA ? 0 : Numeric.value(d, p, Environment.EMPTY);
    CompiledFunction c = new CompiledFunction(Compiler.compile(Environment.EMPTY, List.of(e),
        List.of("x", "y")));
    assertThat(c.at(p.get("x"), p.get("y"))[0]).isEqualTo(value(f));
    Node x = Ad.leaf(Tensor.scalar(p.get("x")));
    Node y = Ad.constant(Tensor.scalar(p.get("y")));
    Node out = args(f).contains("y") ? Ad.apply(f, x, y) : Ad.apply(f, x);
    assertThat(out.value().item()).isEqualTo(value(f));
    double ad = gradlab.autodiff.Gradients.backward(out, Tensor.scalar(1), List.of(x)).get(x)
        .item();
    assertThat(ad).isCloseTo(symbolic, org.assertj.core.data.Offset.offset(1e-12));
  }

  @ParameterizedTest
  @EnumSource(MathFunction.class)
  void completionOffersTheNameAndLowerCaseAsciiAliases(MathFunction f) {
    ConsoleCompleter completer = new ConsoleCompleter(ConsoleCompleter.functionNames(
        SymbolicEngine.knownNames()), () -> null, null);
    List<String> names = new ArrayList<>(f.aliases());
    names.add(f.inputName());
    for (String n : names.stream().filter(n -> n.chars().allMatch(ch -> ch < 128)
        && Character.isLowerCase(n.charAt(0))).toList()) {
      String prefix = n.substring(0, Math.min(2, n.length()));
      List<Candidate> out = new ArrayList<>();
      completer.complete(null, new DefaultParser().parse(prefix, prefix.length()), out);
      assertThat(out.stream().map(Candidate::value)).as(prefix).contains(n);
    }
  }

  @ParameterizedTest
  @EnumSource(MathFunction.class)
  void questionMarkNamePrintsTheDocumentationLine(MathFunction f) {
    List<String> names = new ArrayList<>(f.aliases());
    names.add(f.inputName());
    for (String n : names) {
      assertThat(Docs.lookup(n)).as("?" + n).contains(f.doc());
    }
  }

  /**
   * Read as variables, as derivations mean them: H (a layer, a Hessian), δ (backprop's error)
   * and W (a weight matrix; Lambert's W prints so) are letters first; reading H(x) as the step
   * would misread those texts.
   */
  private static final Set<MathFunction> LETTERS = EnumSet.of(MathFunction.HEAVISIDE,
      MathFunction.DIRAC_DELTA, MathFunction.LAMBERT_W);

  /**
   * Written \operatorname{…} in the catalogue and not among the reader's function words
   * (ReLU, GELU, ELU, softplus, erf and sign/sgn are): the LaTeX reader refuses an operator it does not
   * know with "not checked" (never misreads it). The test holds that these are refused, and any
   * other function must be read with the catalogue's value.
   */
  private static final Set<MathFunction> REFUSED_BY_THE_READER = EnumSet.of(MathFunction.ASINH,
      MathFunction.ACOSH, MathFunction.ATANH, MathFunction.ABS,
      MathFunction.LOGIT, MathFunction.LEAKY_RELU, MathFunction.LOGSUMEXP);

  @ParameterizedTest
  @EnumSource(MathFunction.class)
  void latexReaderReadsTheLatexNameOrRefusesIt(MathFunction f) {
    String latex = f.latex() + args(f);
    if (REFUSED_BY_THE_READER.contains(f)) {
      assertThatThrownBy(() -> LatexReader.read(latex)).as(latex)
          .isInstanceOf(UnsupportedLatexException.class);
      return;
    }
    String syntax = LatexReader.read(latex).engineSyntax();
    if (LETTERS.contains(f)) {
      assertThat(syntax).as(latex).contains("*");
      return;
    }
    double read = engine.numeric(engine.parse(syntax), point(f));
    assertThat(read).as("%s read as %s", latex, syntax).isCloseTo(value(f),
        org.assertj.core.data.Offset.offset(1e-12));
  }
}
