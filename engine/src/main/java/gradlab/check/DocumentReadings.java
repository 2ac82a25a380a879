package gradlab.check;

import java.util.HashSet;
import java.util.Set;

/**
 * The reading of a document's LaTeX so far: its quantities, defined names and points as numbers,
 * its functions as functions, and the independence it stated ({@link DocumentRun#reading}).
 * Moved out of {@link DocumentRun} (over 300 lines) as pure movement; no behaviour change.
 * Stateless.
 */
final class DocumentReadings {
  private DocumentReadings() {}

  /** The reading of {@code run}, whose quantities (σ = … as a number) are {@code quantities}. */
  static LatexReading of(DocumentRun run, Set<String> quantities) {
    Set<String> vars = new HashSet<>(quantities);
    vars.addAll(run.indexed.quantities); // p_i(1 - p_j) of a family p_i: a product
    run.ctx.definitions().forEach(d -> vars.add(d.name()));
    // σ²_ML = (1/N) Σ_n …, defined written out: σ_ML^2 is that one name, as for σ_B^2 = …
    run.sized.names().stream().filter(n -> n.startsWith("sigmav") && n.endsWith("sq"))
        .forEach(vars::add);
    vars.addAll(run.ctx.point().keySet());
    // σ_1 with a stated range is a quantity of its own (then σ_1^2 is its square)
    run.ctx.domain().intervals().keySet().stream().filter(n -> n.startsWith("sigmav"))
        .forEach(vars::add);
    Set<String> fns = new HashSet<>(run.functions);
    run.genericFunctions.stream().filter(f -> !vars.contains(f)).forEach(fns::add);
    return LatexReading.of(fns, vars).withIndependence(run.independence.names()).withConstants(
        run.independence.constants.names()).withParameters(run.functionParameters);
  }
}
