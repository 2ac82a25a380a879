package gradlab.check;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the text has used as quantities without a definition the reader reads: the names of
 * every earlier formula ({@code quantities}: y = Σ_i w_i x_i uses w_i and x_i), and the names
 * in definitions the reader cannot read ({@code parameters}: λ of s = λ/2 ‖W‖²_F). A member of
 * a family written with another index letter (x_j after x_i) counts as used. Immutable.
 */
public record UsedNames(Set<String> quantities, Set<String> parameters) {
  /** One letter and one index letter: x_i, w_j (engine names xi, wj). */
  private static final Pattern MEMBER = Pattern.compile("([A-Za-z])([ijkmn])");

  public UsedNames {
    quantities = Set.copyOf(quantities);
    parameters = Set.copyOf(parameters);
  }

  public static UsedNames none() {
    return new UsedNames(Set.of(), Set.of());
  }

  UsedNames withQuantities(Set<String> names) {
    Set<String> all = new HashSet<>(quantities);
    all.addAll(names);
    return new UsedNames(all, parameters);
  }

  UsedNames withParameters(Set<String> names) {
    Set<String> all = new HashSet<>(parameters);
    all.addAll(names);
    return new UsedNames(quantities, all);
  }

  /** Whether an earlier formula used {@code name}, or a member of its family (x_i for x_j). */
  boolean used(String name) {
    if (quantities.contains(name) || parameters.contains(name)) {
      return true;
    }
    Matcher m = MEMBER.matcher(name);
    if (!m.matches()) {
      return false;
    }
    for (char index : "ijkmn".toCharArray()) {
      if (quantities.contains(m.group(1) + index)) {
        return true;
      }
    }
    return false;
  }
}
