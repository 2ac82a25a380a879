package gradlab.symbolic;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

/** One engine per test class; creating one costs about 2 s. */
@Timeout(120)
abstract class EngineFixture {
  static SymbolicEngine engine;

  @BeforeAll
  static void startEngine() {
    engine = SymbolicEngine.create(EngineConfig.defaults());
  }

  @AfterAll
  static void stopEngine() {
    engine.close();
  }

  static Expr eval(String s) {
    return engine.eval(s);
  }

  static IdentityVerdict prove(String lhs, String rhs) {
    return new IdentityProver(engine, 30, 7L).prove(eval(lhs), eval(rhs), Domain.reals());
  }
}
