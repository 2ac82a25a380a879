package gradlab.jupyter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class MessageTest {
  private final ObjectMapper json = new ObjectMapper();
  private final Signer signer = new Signer("secret");

  private Message request() {
    Message m = Message.create("execute_request", null, "s1", json.createObjectNode()
        .put("code", "diff(x^2, x)"), json);
    return new Message(List.of("client-id".getBytes(StandardCharsets.UTF_8)), m.header(),
        m.parentHeader(), m.metadata(), m.content());
  }

  @Test
  void encodedMessageDecodesWithItsIdentitiesAndContent() throws Exception {
    Message back = Message.decode(request().encode(signer, json), signer, json);
    assertThat(back.type()).isEqualTo("execute_request");
    assertThat(back.content().get("code").asText()).isEqualTo("diff(x^2, x)");
    assertThat(new String(back.identities().get(0), StandardCharsets.UTF_8))
        .isEqualTo("client-id");
    assertThat(back.header().get("version").asText()).isEqualTo("5.3");
  }

  @Test
  void messageWithAWrongSignatureIsRejected() {
    List<byte[]> frames = request().encode(new Signer("another key"), json);
    assertThatThrownBy(() -> Message.decode(frames, signer, json))
        .isInstanceOf(Message.Rejected.class).hasMessage("bad signature");
  }

  @Test
  void messageWithATamperedContentIsRejected() {
    List<byte[]> frames = new ArrayList<>(request().encode(signer, json));
    frames.set(frames.size() - 1, "{\"code\":\"evil\"}".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> Message.decode(frames, signer, json))
        .isInstanceOf(Message.Rejected.class);
  }

  @Test
  void framesWithoutTheDelimiterAreRejected() {
    List<byte[]> frames = new ArrayList<>(request().encode(signer, json));
    frames.remove(1);
    assertThatThrownBy(() -> Message.decode(frames, signer, json))
        .isInstanceOf(Message.Rejected.class).hasMessageContaining("<IDS|MSG>");
  }

  @Test
  void replyCarriesTheRequestsHeaderAsParentAndItsIdentities() {
    Message req = request();
    Message reply = Message.create("execute_reply", req, "s2", json.createObjectNode(), json);
    assertThat(reply.parentHeader().get("msg_id").asText())
        .isEqualTo(req.header().get("msg_id").asText());
    assertThat(reply.identities()).hasSize(1);
  }

  @Test
  void cursorInCodePointsBecomesACharIndexPastAstralCharacters() {
    String s = "𝑥 + dif"; // 𝑥 is two chars, one code point
    assertThat(Requests.charIndex(s, 7)).isEqualTo(8);
    assertThat(Requests.charIndex(s, 99)).isEqualTo(s.length());
  }
}
