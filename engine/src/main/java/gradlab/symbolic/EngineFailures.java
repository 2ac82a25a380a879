package gradlab.symbolic;

import java.time.Duration;

/**
 * What a caller of the engine sees when a task fails: our own exceptions pass through, a stop
 * becomes {@link EvaluationTimeoutException}, and the library's own failures are said in our
 * words with a hint (never the library's class names and messages as the answer).
 */
final class EngineFailures {
  private EngineFailures() {}

  static RuntimeException translate(Throwable t) {
    if (t instanceof RuntimeException r && (r instanceof MathSyntaxException
        || r instanceof UnknownFunctionException || r instanceof IllegalArgumentException
        || r instanceof ArithmeticException || r instanceof EvaluationTimeoutException)) {
      return r;
    }
    if (t instanceof StackOverflowError) {
      return new IllegalArgumentException("expression nested too deeply to evaluate");
    }
    if (t != null && t.getClass().getName().contains("Abort")) {
      return new EvaluationTimeoutException(Duration.ZERO);
    }
    if (t != null && t.getClass().getName().startsWith("org.matheclipse")) {
      // Symja's own failure (minimize(x·σ(x), x) leaked "ArgumentTypeException: Expression
      // "1.27…*sigma(-1-ProductLog(1/E))" cannot be converted…"): said in our words
      return new IllegalArgumentException("the algebra library could not finish this ("
          + t.getClass().getSimpleName().replace("Exception", "") + (t.getClass().getSimpleName()
          .startsWith("ArgumentType") ? ": it needed a number where a symbol or a function it "
          + "cannot evaluate stood" : "") + "); hint: give every name a value, or try another "
          + "form of the expression (--trace shows the details)", t);
    }
    return new IllegalStateException("symbolic engine: " + t, t);
  }
}
