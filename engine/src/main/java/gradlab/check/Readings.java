package gradlab.check;

/** The verdict on a step read two ways (see {@link LatexReading}). */
final class Readings {
  private Readings() {}

  /**
   * Refuted only if refuted under both readings; proved if proved under the default one (or
   * under the other when the default one cannot be decided); where one reading fails and the
   * other does not, "not checked: ambiguous".
   */
  static StepVerdict combine(StepVerdict main, StepVerdict other, String ambiguity) {
    boolean mainRefuted = main instanceof StepVerdict.Refuted;
    boolean otherRefuted = other instanceof StepVerdict.Refuted;
    if (mainRefuted && otherRefuted) {
      return main;
    }
    if (mainRefuted || otherRefuted) {
      return new StepVerdict.NotChecked("ambiguous notation (" + ambiguity + "): one reading "
          + "holds or cannot be decided, the other fails");
    }
    if (main instanceof StepVerdict.Proved) {
      return main;
    }
    if (other instanceof StepVerdict.Proved p) {
      return new StepVerdict.Proved(p.how() + ", reading " + ambiguity + " the other way");
    }
    return main;
  }
}
