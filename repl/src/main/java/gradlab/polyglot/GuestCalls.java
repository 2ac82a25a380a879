package gradlab.polyglot;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A guest's call of {@code lab} that the interop layer refused, in the guest's terms: GraalVM
 * says {@code invokeMember (num) on gradlab.polyglot.GuestLab failed due to: Arity error -
 * expected: 2 actual: 1}, which names an internal class and no usage (user23); the user reads
 * {@code lab.num takes 2 arguments, got 1}.
 */
final class GuestCalls {
  private static final Pattern ARITY = Pattern.compile("invokeMember \\((\\w+)\\) on gradlab\\."
      + "polyglot\\.(\\w+) failed due to: Arity error - expected: ([\\d\\-]+) actual: (\\d+)");
  private static final Pattern MEMBER = Pattern.compile("(\\w+) \\((\\w+)\\) on gradlab\\."
      + "polyglot\\.(\\w+) failed due to: ");

  private GuestCalls() {}

  /** The message with a refused call of {@code lab} (or of a tensor) said in the guest's terms. */
  static String plain(String message) {
    Matcher arity = ARITY.matcher(message);
    if (arity.find()) {
      return message.substring(0, arity.start()) + owner(arity.group(2)) + arity.group(1)
          + " takes " + arity.group(3).replace("-", " to ") + " arguments, got "
          + arity.group(4) + message.substring(arity.end())
          + (arity.group(2).equals("GuestLab") && GuestUsage.CALLS.containsKey(arity.group(1))
          ? "; hint: " + GuestUsage.of(arity.group(1)) : "");
    }
    Matcher member = MEMBER.matcher(message);
    if (member.find()) {
      return message.substring(0, member.start()) + owner(member.group(3)) + member.group(2)
          + ": " + message.substring(member.end());
    }
    return message;
  }

  private static String owner(String hostClass) {
    return hostClass.equals("GuestLab") ? "lab." : hostClass.equals("GuestTensor")
        ? "a tensor's " : "";
  }
}
