package gradlab.symbolic;

import java.util.List;

/**
 * A call of an undefined function: a name close to a known one (most likely a typo, with
 * suggestions), or a long name that is no unspecified function ({@code softmax}).
 */
public final class UnknownFunctionException extends IllegalArgumentException {
  private final String name;
  private final List<String> suggestions;

  public UnknownFunctionException(String name, List<String> suggestions) {
    super("unknown function '" + name + "'; " + (suggestions.isEmpty()
        ? "hint: ?name lists what there is; an unspecified function has a short name (f, g2, "
            + "phi)"
        : "did you mean " + String.join(" or ", suggestions) + "?"));
    this.name = name;
    this.suggestions = List.copyOf(suggestions);
  }

  public String name() {
    return name;
  }

  public List<String> suggestions() {
    return suggestions;
  }
}
