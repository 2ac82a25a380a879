package gradlab.check;

import java.util.regex.Pattern;

/**
 * A function typed as a plain word with a prime, "$tanh′(x) = 1 − tanh²(x)$", "softplus'(x)",
 * "ReLU′(x)": written with its command ({@code \tanh'}, {@code \operatorname{softplus}'}), as
 * the reader reads it. Without it the word was split into letters and the report said
 * "h′(…) of a function the text does not define", which names nothing the student wrote (found
 * by a new user). Plain words before a bracket are read already ({@link LatexWords}).
 */
final class PlainFunctionWords {
  private static final Pattern COMMANDS = Pattern.compile(
      "(?<![\\\\A-Za-z])(tanh|sinh|cosh|sin|cos|tan|exp|log|ln|arctan)(?=\\s*')");
  private static final Pattern OPERATORS = Pattern.compile(
      "(?<![\\\\A-Za-z{])(softplus|relu|ReLU|gelu|GELU|elu|ELU|softmax)(?=\\s*')");
  private static final Pattern SIGMOID = Pattern.compile("(?<![\\\\A-Za-z{])sigmoid(?=\\s*')");

  private PlainFunctionWords() {}

  static String commands(String text) {
    String s = COMMANDS.matcher(text).replaceAll("\\\\$1");
    s = OPERATORS.matcher(s).replaceAll("\\\\operatorname{$1}");
    return SIGMOID.matcher(s).replaceAll("\\\\sigma");
  }
}
