package gradlab.check;

import org.junit.jupiter.api.Test;

class ScratchProbeTest extends gradlab.symbolic.EngineFixture {
  @Test
  void probe() throws Exception {
    StepChecker c = new StepChecker(engine);
    String[][] cases = {
      {"{2*x, 2*y}", "{2*x, 2*y}"}, {"{2*x, 2*y}", "{2*x, 3*y}"},
      {"integrate(x^2, {x, 0, 1})", "1/3"}, {"integrate(x^2, {x, 0, 1})", "1/2"},
      {"integrate(Exp(-x), {x, 0, 2})", "0.8647"},
      {"(Sign(x)+Abs(Sign(x)))/2*x", "relu(x)"}, {"(Sign(x)+Abs(Sign(x)))/2*x", "x"},
      {"Sqrt(3^2+4^2)", "5"}, {"gelu(x)", "x*(1+Erf(x/Sqrt(2)))/2"},
      {"dd(x^2*y, x)", "2*x*y"},
      {"{dd(x^2*y, x), dd(x^2*y, y)}", "{2*x*y, x^2}"},
      {"{dd(x^2*y, x), dd(x^2*y, y)}", "{2*x*y, x^3}"},
    };
    StringBuilder b = new StringBuilder();
    for (String[] k : cases) {
      try {
        b.append(k[0]).append(" = ").append(k[1]).append("  →  ").append(c.check(CheckContext.empty(), k[0], Relation.EQUAL, k[1]).evidence()).append('\n');
      } catch (Exception e) {
        b.append(k[0]).append(" EXC ").append(e).append('\n');
      }
    }
    java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/probe-creader.txt"), b);
  }
}
