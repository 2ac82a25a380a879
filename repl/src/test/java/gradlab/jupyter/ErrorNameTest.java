package gradlab.jupyter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A notebook error's name: no gradlab class names (MathSyntaxException, GuestError). */
class ErrorNameTest {
  @Test
  void gradlabsOwnFailuresAreNamedErrorAndJavasKeepTheirName() {
    assertThat(Requests.errorName("MathSyntaxException")).isEqualTo("Error");
    assertThat(Requests.errorName("GuestError")).isEqualTo("Error");
    assertThat(Requests.errorName("CommandError")).isEqualTo("Error");
    assertThat(Requests.errorName("ArithmeticException")).isEqualTo("ArithmeticException");
    assertThat(Requests.errorName("ConcurrentModificationException"))
        .isEqualTo("ConcurrentModificationException");
  }
}
