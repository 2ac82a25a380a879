package gradlab.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A map a text applies to a written-out vector component by component, or to the whole vector
 * (normalising it to sum to one), as the stages of CS231n's softmax by hand: "the steps taken
 * are to exponentiate and normalize". Each map is monotone in each component, so the image of
 * a box of values (the numbers a rounded stage stands for) is computed exactly from its corners.
 * Pure functions; no state.
 */
enum StageMap {
  EXP("exponentiated"),
  NORMALIZE("normalized to sum to one"),
  SIGMOID("put through σ"),
  TANH("put through tanh"),
  RELU("put through max(0, ·)");

  private final String done;

  StageMap(String done) {
    this.done = done;
  }

  /** What the map does, in words ("exponentiated"). */
  String done() {
    return done;
  }

  private static final Pattern WORD = Pattern.compile("(?<![a-z-])(?:(log[- ]?)?softmax|"
      + "exponentiat\\w*|normali[sz]\\w*|sigmoid|logistic|tanh|relu)(?![a-z])");
  /** Words that make a named map another one (a temperature, a log-softmax). */
  private static final Pattern OTHER = Pattern.compile("temperature|log[- ]?softmax|"
      + "log[- ]probabilit\\w* of the softmax");

  /**
   * The maps named in the last sentence of {@code prose} (the one that leads into the display),
   * in the order written ("softmax" is exponentiate, then normalise); empty where it names none
   * or a variant that is not read (a temperature, a log-softmax). An earlier sentence's map is
   * not this display's ("The sigmoid maps …. Hinge: with s = […] we get" is no sigmoid).
   */
  static List<StageMap> named(String prose) {
    String[] sentences = prose.strip().toLowerCase(Locale.ROOT).split("(?<=[.!?])\\s+");
    String s = sentences[sentences.length - 1];
    Matcher m = WORD.matcher(s);
    List<StageMap> maps = new ArrayList<>();
    while (m.find()) {
      String w = m.group();
      if (w.endsWith("softmax")) {
        maps.add(EXP);
        maps.add(NORMALIZE);
      } else if (w.startsWith("exponentiat")) {
        maps.add(EXP);
      } else if (w.startsWith("normali")) {
        maps.add(NORMALIZE);
      } else if (w.equals("sigmoid") || w.equals("logistic")) {
        maps.add(SIGMOID);
      } else {
        maps.add(w.equals("tanh") ? TANH : RELU);
      }
    }
    return OTHER.matcher(s).find() ? List.of() : maps;
  }

  /**
   * The image of the box [lo, hi] (per component) under the maps in order: {lo, hi} of the
   * result, or null where a map is not defined on the box (normalising a vector with a
   * component that may be zero or negative). Arguments not modified.
   */
  static double[][] image(List<StageMap> maps, double[] lo, double[] hi) {
    double[][] box = {lo.clone(), hi.clone()};
    for (StageMap map : maps) {
      box = map.image(box[0], box[1]);
      if (box == null) {
        return null;
      }
    }
    return box;
  }

  private double[][] image(double[] lo, double[] hi) {
    int n = lo.length;
    double[] a = new double[n];
    double[] b = new double[n];
    if (this == NORMALIZE) {
      double sumLo = 0;
      double sumHi = 0;
      for (int i = 0; i < n; i++) {
        if (!(lo[i] >= 0)) {
          return null;
        }
        sumLo += lo[i];
        sumHi += hi[i];
      }
      if (!(sumLo > 0)) {
        return null;
      }
      for (int i = 0; i < n; i++) { // x_i/(x_i + rest): rising in x_i, falling in the rest
        a[i] = lo[i] / (lo[i] + sumHi - hi[i]);
        b[i] = hi[i] / (hi[i] + sumLo - lo[i]);
      }
      return new double[][] {a, b};
    }
    for (int i = 0; i < n; i++) {
      a[i] = apply(lo[i]);
      b[i] = apply(hi[i]);
    }
    return new double[][] {a, b};
  }

  private double apply(double x) {
    return switch (this) {
      case EXP -> Math.exp(x);
      case SIGMOID -> 1 / (1 + Math.exp(-x));
      case TANH -> Math.tanh(x);
      case RELU -> Math.max(0, x);
      case NORMALIZE -> throw new IllegalStateException("normalising is not per component");
    };
  }
}
