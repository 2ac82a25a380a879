package gradlab.check;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a step writes on both of its sides, before anything is simplified: Goodfellow's
 * "$\frac{1}{m}\sum_{i=1}^m (\theta) - \theta = \theta - \theta = 0$" writes θ on the right too,
 * though θ − θ simplifies to 0. Such a step claims an identity in θ; it is not the author
 * putting a value of θ in, nor an equation that holds for some θ only. Engine syntax. Stateless.
 */
final class WrittenOnBothSides {
  private static final Pattern NAME = EngineNames.NAME;

  private WrittenOnBothSides() {}

  /** The names that occur as whole words in both {@code lhs} and {@code rhs}. */
  static Set<String> of(String lhs, String rhs) {
    Set<String> left = names(lhs);
    left.retainAll(names(rhs));
    return left;
  }

  private static Set<String> names(String side) {
    Set<String> out = new HashSet<>();
    Matcher m = NAME.matcher(side == null ? "" : side);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
