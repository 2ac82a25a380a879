package gradlab.jupyter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class SignerTest {
  private static byte[] b(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void signatureIsHmacSha256OfTheConcatenatedFrames() {
    // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?", split in four
    String sig = new Signer("Jefe").sign(b("what do "), b("ya want "), b("for "), b("nothing?"));
    assertThat(sig).isEqualTo(
        "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  }

  @Test
  void verifyAcceptsTheRightSignatureAndRejectsAnotherKeys() {
    byte[][] parts = {b("{}"), b("{}"), b("{}"), b("{\"code\":\"1\"}")};
    String right = new Signer("k1").sign(parts);
    assertThat(new Signer("k1").verify(right, parts)).isTrue();
    assertThat(new Signer("k2").verify(right, parts)).isFalse();
    assertThat(new Signer("k1").verify("", parts)).isFalse();
  }

  @Test
  void emptyKeyMeansUnsignedMessages() {
    assertThat(new Signer("").sign(b("{}"))).isEmpty();
    assertThat(new Signer("").verify("", b("{}"))).isTrue();
  }
}
