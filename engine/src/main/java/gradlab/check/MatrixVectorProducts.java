package gradlab.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A capital letter times a vector written out, {@code W_f \cdot [h_{t-1}, x_t]} (Olah's LSTM
 * gates): a weight matrix's row times the concatenated vector, W₁h + W₂x, with W's entries as
 * names of their own ({@code capwfentry1}, …). For one cell (h and x scalars) this is the
 * product itself; for vectors it is one component of it (the per-component reading), and it is
 * also the dot product of two vectors. The entries occur nowhere else in the text, so a step
 * that compares such a product with anything but the same product (W [a, b] = [W a, W b], a
 * scalar times a vector) keeps names on one side only and is "not checked", never refuted; a
 * derivative with respect to W itself finds W nowhere and is not checked either.
 */
final class MatrixVectorProducts {
  /** A capital name (the reader writes W_f as capwf; E and I are the constants) times a list. */
  private static final Pattern PRODUCT = Pattern.compile(
      "(?<![A-Za-z0-9^])(cap[a-z][a-z0-9]*|[A-DF-HJ-Z][A-Za-z0-9]*)\\*\\{([^{}]*)\\}");

  private MatrixVectorProducts() {}

  /** {@code engineSyntax} with every capital-times-vector product written as a row product. */
  static String rowProducts(String engineSyntax) {
    Matcher m = PRODUCT.matcher(engineSyntax);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      List<String> items = TopLevel.split(m.group(2), ',');
      List<String> terms = new ArrayList<>();
      for (int k = 0; k < items.size(); k++) {
        terms.add(LatexNames.safe(m.group(1) + "entry" + (k + 1)) + "*(" + items.get(k).strip()
            + ")");
      }
      m.appendReplacement(b, Matcher.quoteReplacement("(" + String.join("+", terms) + ")"));
    }
    m.appendTail(b);
    return b.toString();
  }
}
