package gradlab.symbolic;

import java.util.List;

/** A call of an undefined function whose name is close to a known one: most likely a typo. */
public final class UnknownFunctionException extends IllegalArgumentException {
  private final String name;
  private final List<String> suggestions;

  public UnknownFunctionException(String name, List<String> suggestions) {
    super("unknown function '" + name + "'; did you mean " + String.join(" or ", suggestions)
        + "?");
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
