package gradlab.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Translates one LaTeX formula (no relations) to engine syntax. Implicit products become
 * explicit; {@code \frac{\partial A}{\partial B}} becomes {@code pd(A, B)} and the operator form
 * {@code \frac{d}{dx}(…)} becomes {@code dd(…, x)}; {@code x_1}, {@code h_{1in}}, {@code w_7^*},
 * {@code \hat{y}} and layer indices {@code w^l_{jk}} become names {@code x1}, {@code h1in},
 * {@code w7star}, {@code yhat}, {@code wljk} ({@link LatexScripts}). Functions apply to a
 * bracket or to the next factor ({@code \log \sigma(x)}, {@code \tanh^2 x};
 * {@link LatexCommands}). Σ and Π with concrete bounds are expanded ({@link LatexOperators}).
 * An underbrace with a note {@code _{= B}} reads as A and records A = B in
 * {@link #sideClaims()}. Notation with two readings is read as {@link LatexReading} says and
 * named in {@link #ambiguities()}. Anything else raises {@link UnsupportedLatexException}
 * naming the construct: nothing is read silently as something else.
 *
 * <p>The output is input of {@link gradlab.math.Parser} after {@link #parserInput(String)}.
 * Not thread-safe; one instance per formula.
 */
public final class LatexReader {
  /** 𝟙, the indicator (outside the basic plane, two chars in Java). */
  private static final String INDICATOR = "\uD835\uDFD9";

  private final LatexCursor c;
  /** The engine name of a quantity written e (the math language reads e as Euler's number). */
  static final String VARIABLE_E = "ev";
  /** Why a term that is words alone (\text{where}) is not read. */
  static final String ONLY_WORDS = "no formula, only words";
  private final LatexReading reading;
  private final List<String[]> sideClaims = new ArrayList<>();
  private final Set<String> ambiguities = new LinkedHashSet<>();
  /** Each name read, engine name → as the text wrote it (out_h1), for reports. */
  private final java.util.Map<String, String> shownNames = new java.util.LinkedHashMap<>();
  private String translated;
  /** Vectors and matrices met (bold names), and a product of two of them ({@link ElementWise}). */
  private final ElementWise vectors = new ElementWise();
  private boolean indefiniteIntegral;
  /** Whether this reads a part of a side: a lone e there is never a side on its own. */
  private boolean nested;
  /** An integral up to a symbolic bound ∫_a^x, read only as a whole side. */
  private boolean integralToBound;

  private LatexReader(String s, LatexReading reading) {
    this.c = new LatexCursor(s);
    this.reading = reading;
  }

  /** The engine-syntax form of {@code latex}, read the default way. */
  public static LatexReader read(String latex) {
    return read(latex, LatexReading.defaults());
  }

  /** @param userFunctions one-letter names that are functions here (a(t) = …) */
  public static LatexReader read(String latex, Set<String> userFunctions) {
    return read(latex, LatexReading.of(userFunctions, Set.of()));
  }

  private static final java.util.regex.Pattern OLD_FONT = java.util.regex.Pattern.compile(
      "\\{\\s*\\\\rm\\s+([A-Za-z]+)\\s*\\}");

  public static LatexReader read(String latex, LatexReading reading) {
    return read(latex, reading, false);
  }

  /** As {@link #read(String, LatexReading)}; {@code nested}: a part of a side (\frac's {e}). */
  private static LatexReader read(String latex, LatexReading reading, boolean nested) {
    EvaluationBrackets.refuse(latex); // [F]_0^1: named, not "unexpected '_'"
    // a line break inside a formula is a space (d2l's "\exp⏎\left(" was "unexpected '⏎'"); sized
    // brackets as the document's (SizedBrackets): \Big{\{} read alone had been Exp(())·x·()
    LatexReader r = new LatexReader(ElidedTerms.asSums(LatexCommands.fontGroups(
        ConditionalProbabilities.asNames(ParameterSemicolons.asCommas(
            SoftmaxComponents.expand(ScriptOrder.ordered(TypedNumbers.normalise(
            SizedBrackets.plain(NotationRewrites.apply(
                latex.replaceAll("[\\r\\n\\t]", " "), reading))), reading)))))), reading);
    r.nested = nested;
    r.translated = MatrixVectorProducts.rowProducts(r.sequence('\0'));
    r.vectors.refuseUnread(r.translated, r.shownNames);
    if (r.indefiniteIntegral && !r.translated.matches("integrate\\([^{]*\\)")) {
      throw new UnsupportedLatexException("an indefinite integral inside a formula (it is "
          + "defined up to a constant; write ∫ f dx = F + C on its own)");
    }
    if (r.integralToBound && !r.translated.matches("integrate\\([^{]*\\{[^{}]*\\}\\)")) {
      throw new UnsupportedLatexException("integrals with symbolic bounds inside a formula");
    }
    if (TopLevel.split(r.translated, ',').size() > 1) {
      throw new UnsupportedLatexException("formulas separated by commas (a list, or 1,000?)");
    }
    if (r.translated.matches("^[*/,].*|.*[-+*/,]$")) {
      throw new UnsupportedLatexException("an operator with nothing on one side (a formula "
          + "broken across lines?)");
    }
    if (r.translated.matches("(?s).*[(,]\\s*[*/].*|.*[-+*/]\\s*[),].*")) {
      // CS231n's \sigma(\cdot), "the sigmoid function": a placeholder, not a product
      throw new UnsupportedLatexException("an operator with nothing on one side (a "
          + "placeholder argument such as \\sigma(\\cdot)?)");
    }
    if (r.translated.isBlank()) { // d2l's \quad \text{where} \quad: words, no formula
      throw new UnsupportedLatexException(ONLY_WORDS);
    }
    return r;
  }

  public String engineSyntax() {
    return translated;
  }

  /**
   * {@code engineSyntax} as input of {@link gradlab.math.Parser}: everything the reader emits is
   * the math language (docs/language.md) except two derivative forms that the checker resolves
   * itself, which are mapped here to the language's {@code diff}: {@code pd(A, B)} (A and B
   * names) is ∂A/∂B, whose reading — the local partial of A's definition or the total
   * derivative through the text's definitions — the checker chooses, and {@code dd(e, x)} is
   * d/dx applied to e after the text's definitions are put in (the language's {@code diff(e, x)}
   * in an environment holding them). A checker that parses the reader's output must handle
   * {@code pd} before this mapping, which forgets the choice of reading. Calls of functions the
   * text defines ({@code a(t) = …}, {@link LatexReading#functions()}, or f₁(x) read as an
   * application) are {@code name(args)}: the checker must put in their definitions, as the
   * language has no user functions.
   */
  public static String parserInput(String engineSyntax) {
    return engineSyntax.replaceAll("\\b(pd|dd)\\(", "diff(");
  }

  /** Claims written as an underbrace with a note {@code _{= B}}: pairs {A, B} in engine syntax. */
  public List<String[]> sideClaims() {
    return List.copyOf(sideClaims);
  }

  /** The constructs met that have another reading, each described for people. */
  public Set<String> ambiguities() {
    return Set.copyOf(ambiguities);
  }

  // ---- for the construct readers of this package ----

  LatexCursor cursor() {
    return c;
  }

  /** Whether this reads a part of a side ({@link LatexLetters}: a lone e). */
  boolean nested() {
    return nested;
  }

  LatexReading reading() {
    return reading;
  }

  void ambiguity(String description) {
    ambiguities.add(description);
  }

  void sideClaim(String claimed, String value) {
    sideClaims.add(new String[] {claimed, value});
  }

  void shownName(String engineName, String shown) {
    shownNames.putIfAbsent(engineName, shown);
  }

  /** How each name read here was written: engine name → shown ({@link ShownNames}). */
  public java.util.Map<String, String> shownNames() {
    return java.util.Collections.unmodifiableMap(shownNames);
  }

  void indefiniteIntegral() {
    indefiniteIntegral = true;
  }

  void integralToBound() {
    integralToBound = true;
  }

  ElementWise vectors() {
    return vectors;
  }

  static String[] operand(String text) {
    return new String[] {text, "operand"};
  }

  /** Another formula read the same way; its ambiguities and side claims count as this one's. */
  String readNested(String latex) {
    LatexReader r = read(latex, reading, true);
    ambiguities.addAll(r.ambiguities);
    sideClaims.addAll(r.sideClaims);
    indefiniteIntegral |= r.indefiniteIntegral;
    integralToBound |= r.integralToBound;
    vectors.addInPlace(r.vectors);
    r.shownNames.forEach(shownNames::putIfAbsent);
    return r.engineSyntax();
  }

  /** Items up to {@code stop} (or the end), joined with explicit products. */
  String sequence(char stop) {
    StringBuilder out = new StringBuilder();
    boolean lastOperand = false;
    String previous = null; // the last operand, while a product with the next one is pending
    while (!c.atEnd() && c.peek() != stop) {
      char ch = c.peek();
      if (Character.isWhitespace(ch) || ch == '&' || ch == '~') { // ~: a tie (spacing)
        c.advance();
        continue;
      }
      String[] item = item();
      if (item == null) {
        continue;
      }
      switch (item[1]) {
        case "postfix" -> {
          if (!lastOperand) {
            throw new UnsupportedLatexException("'" + item[0] + "' without a base");
          }
          out.append(item[0]);
          previous = previous == null ? null : previous + item[0];
        }
        case "operand" -> {
          out.append(lastOperand ? "*" : "").append(item[0]);
          vectors.productInPlace(previous, item[0]);
          previous = item[0];
          lastOperand = true;
        }
        default -> { // ⊙ ("elementwise") multiplies component by component: no product here
          out.append(item[0]);
          previous = item[0].equals("*") && item[1].equals("op") ? previous : null;
          lastOperand = false;
        }
      }
    }
    if (stop != '\0') {
      if (c.atEnd()) {
        throw new UnsupportedLatexException("missing '" + stop + "'");
      }
      c.advance();
    }
    return out.toString();
  }

  /** One item: {text, "operand" | "op" | "postfix"}; null for something skipped. */
  String[] item() {
    char ch = c.peek();
    if (Character.isDigit(ch) || (ch == '.' && Character.isDigit(c.peek(1)))) {
      return operand(c.number());
    }
    if (c.startsWith(INDICATOR)) {
      c.advance(INDICATOR.length());
      return operand(LatexVectors.indicator(this));
    }
    if (Character.isLetter(ch)) {
      return LatexLetters.item(this, ch); // a word, a name, e
    }
    return LatexSymbols.item(this, ch); // brackets, bars, ^, operators, commands
  }

  /** A name just read: a variable, or a function applied, or refused. */
  String[] named(String n) {
    return LatexScripts.named(this, n);
  }

  /** The next argument: a braced group or one token, translated. */
  String argument() {
    c.skipBlanks();
    if (c.peek() == '{') {
      int open = c.position();
      c.advance();
      String inner = sequence('}');
      if (inner.isBlank() && c.between(open, c.position()).contains("\\text")) {
        // n^{\text{th}}, f_t^{\text{reg}}: a label in words, which was the empty power "^()"
        throw new UnsupportedLatexException("a script in words (\\text{…})");
      }
      return inner;
    }
    String[] item = item();
    return item == null ? "" : item[0];
  }

  /** The next factor with its powers: a bracket, a function applied or a name. */
  String nextFactor(String missing) {
    c.skipSpacing();
    String[] item = null;
    while (item == null && !c.atEnd()) {
      item = item();
    }
    if (item == null || !item[1].equals("operand")) {
      throw new UnsupportedLatexException(missing);
    }
    StringBuilder b = new StringBuilder(item[0]);
    while (c.peek() == '^') {
      b.append(item()[0]);
    }
    return b.toString();
  }
}
