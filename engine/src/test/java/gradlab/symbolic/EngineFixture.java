package gradlab.symbolic;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

/** One engine per test class, shared by every test package; creating one costs about 2 s. */
@Timeout(120)
public abstract class EngineFixture {
  protected static SymbolicEngine engine;

  @BeforeAll
  public static void startEngine() {
    engine = SymbolicEngine.create(EngineConfig.defaults());
  }

  @AfterAll
  public static void stopEngine() {
    engine.close();
  }

  protected static Expr eval(String s) {
    return engine.eval(s);
  }

  protected static IdentityVerdict prove(String lhs, String rhs) {
    return new IdentityProver(engine, 30, 7L).prove(eval(lhs), eval(rhs), Domain.reals());
  }
}
