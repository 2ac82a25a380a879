package gradlab.check;

/** The verdict on a step read two ways (see {@link LatexReading}). */
final class Readings {
  private Readings() {}

  /**
   * Soundness both ways: refuted only if refuted under both readings, proved only if proved
   * under both; where one reading holds and the other fails, or one is not decided, "not
   * checked: ambiguous", naming both. Both holding, one only at the sample points, is unknown.
   * A reading that uses names the text never defines is not admissible.
   */
  static StepVerdict combine(StepVerdict main, StepVerdict other, String ambiguity) {
    // π given a number by the text (π = 0.3): a proof at the text's π stands; the constant's
    // reading only keeps a step true of 3.14159… (sin(π/2) = 1) from being refuted
    if (TextPi.AMBIGUITY.equals(ambiguity) && main instanceof StepVerdict.Proved) {
      return main;
    }
    // a reading that uses names the text never defines (a^L as a power of an undefined a) has
    // no meaning there: it is not one the notation admits
    // (only to let the other reading's proof stand: a refutation still needs both readings)
    // not so for a letter before a bracket: f(x) read as f·x proves CS231n's
    // df(x)/dx = (f(x + h) − f(x))/h, which f applied (the text's meaning) does not; that the
    // applied reading cannot be decided makes the product's proof no proof of the step
    if (meaningless(other) && holds(main) && !ambiguity.contains(APPLIED)) {
      return main;
    }
    if (meaningless(main) && holds(other)) {
      return other instanceof StepVerdict.Proved p ? new StepVerdict.Proved(p.how()
          + ", reading " + ambiguity + " the other way") : other;
    }
    // ∂ ln π/∂σ with π the constant is 0 = (a formula in the text's names): false as an
    // identity, as the policy's reading is with a counterexample (Sutton and Barto's 2σ³)
    if (TextPolicies.AMBIGUITY.equals(ambiguity) && main instanceof StepVerdict.Refuted f
        && other instanceof StepVerdict.NotChecked n
        && n.reason().startsWith(StepChecker.FALSE_AS_IDENTITY)) {
      return new StepVerdict.Refuted(f.point(), f.lhs(), f.rhs(), "read with π the text's "
          + "policy; with π the constant it is false as an identity too" + (f.detail().isEmpty()
          ? "" : "; " + f.detail()));
    }
    boolean mainRefuted = main instanceof StepVerdict.Refuted;
    boolean otherRefuted = other instanceof StepVerdict.Refuted;
    if (mainRefuted && otherRefuted) {
      return main;
    }
    String both = "ambiguous notation (" + ambiguity + "), read the first way ";
    if (mainRefuted || otherRefuted) {
      StepVerdict ok = mainRefuted ? other : main;
      StepVerdict bad = mainRefuted ? main : other;
      return new StepVerdict.NotChecked("ambiguous notation (" + ambiguity + "), read "
          + (mainRefuted ? "the second" : "the first") + " way " + (holds(ok) ? "it holds ("
          : "it is not decided (") + ok.evidence() + "), the other way it fails ("
          + bad.evidence() + ")");
    }
    if (main instanceof StepVerdict.Proved && other instanceof StepVerdict.Proved) {
      return main;
    }
    if (holds(main) && holds(other)) {
      return main instanceof StepVerdict.Unknown ? main : other;
    }
    if (holds(main) || holds(other)) {
      StepVerdict ok = holds(main) ? main : other;
      StepVerdict open = holds(main) ? other : main;
      return new StepVerdict.NotChecked(both.replace("the first", holds(main) ? "the first"
          : "the second") + "it holds (" + ok.evidence() + "), the other way it is not "
          + "decided (" + open.evidence() + ")");
    }
    return main;
  }

  /** The ambiguity of a letter before a bracket ({@link LatexScripts}): product or applied. */
  private static final String APPLIED = "as a product or as";

  private static boolean meaningless(StepVerdict v) {
    return v instanceof StepVerdict.NotChecked n && n.reason().contains("not defined in the "
        + "text");
  }

  /** Proved, or equal at the sample points (not an unknown of the time budget). */
  private static boolean holds(StepVerdict v) {
    return v instanceof StepVerdict.Proved || v instanceof StepVerdict.Unknown u
        && !u.evidence().contains("time");
  }
}
