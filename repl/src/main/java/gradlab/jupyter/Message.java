package gradlab.jupyter;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * One protocol message and its wire form: the routing identities, {@code <IDS|MSG>}, the
 * signature, then header, parent header, metadata and content as JSON (extra buffers are
 * ignored).
 *
 * @param identities the ROUTER identities to reply to
 * @param header {@code msg_id}, {@code session}, {@code msg_type} …
 * @param parentHeader the header of the request this answers, or empty
 * @param metadata free-form
 * @param content the message type's fields
 */
record Message(List<byte[]> identities, ObjectNode header, ObjectNode parentHeader,
    ObjectNode metadata, ObjectNode content) {
  static final String DELIMITER = "<IDS|MSG>";
  static final String PROTOCOL_VERSION = "5.3";

  /** A message whose signature does not match (or whose frames are malformed). */
  static final class Rejected extends Exception {
    Rejected(String why) {
      super(why);
    }
  }

  String type() {
    return header.path("msg_type").asText();
  }

  /**
   * Reads the frames of a message.
   *
   * @throws Rejected when the delimiter is missing, the signature is wrong or the JSON is bad
   */
  static Message decode(List<byte[]> frames, Signer signer, ObjectMapper json) throws Rejected {
    int d = 0;
    while (d < frames.size() && !Arrays.equals(frames.get(d),
        DELIMITER.getBytes(StandardCharsets.US_ASCII))) {
      d++;
    }
    if (frames.size() < d + 6) {
      throw new Rejected("no " + DELIMITER + " delimiter followed by five frames");
    }
    String signature = new String(frames.get(d + 1), StandardCharsets.US_ASCII);
    byte[][] parts = {frames.get(d + 2), frames.get(d + 3), frames.get(d + 4), frames.get(d + 5)};
    if (!signer.verify(signature, parts)) {
      throw new Rejected("bad signature");
    }
    try {
      return new Message(List.copyOf(frames.subList(0, d)), object(json, parts[0]),
          object(json, parts[1]), object(json, parts[2]), object(json, parts[3]));
    } catch (IOException e) {
      throw new Rejected("malformed JSON: " + e.getMessage());
    }
  }

  private static ObjectNode object(ObjectMapper json, byte[] frame) throws IOException {
    var node = json.readTree(frame);
    return node instanceof ObjectNode o ? o : json.createObjectNode();
  }

  /** The frames to send: identities, delimiter, signature, the four JSON parts. */
  List<byte[]> encode(Signer signer, ObjectMapper json) {
    try {
      byte[][] parts = {json.writeValueAsBytes(header), json.writeValueAsBytes(parentHeader),
          json.writeValueAsBytes(metadata), json.writeValueAsBytes(content)};
      List<byte[]> frames = new ArrayList<>(identities);
      frames.add(DELIMITER.getBytes(StandardCharsets.US_ASCII));
      frames.add(signer.sign(parts).getBytes(StandardCharsets.US_ASCII));
      frames.addAll(Arrays.asList(parts));
      return frames;
    } catch (IOException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  /** A new message of {@code type} in answer to {@code parent} (null for none). */
  static Message create(String type, Message parent, String session, ObjectNode content,
      ObjectMapper json) {
    ObjectNode h = json.createObjectNode();
    h.put("msg_id", UUID.randomUUID().toString());
    h.put("session", session);
    h.put("username", "gradlab");
    h.put("date", OffsetDateTime.now(ZoneOffset.UTC).toString());
    h.put("msg_type", type);
    h.put("version", PROTOCOL_VERSION);
    return new Message(parent == null ? List.of() : parent.identities(), h,
        parent == null ? json.createObjectNode() : parent.header().deepCopy(),
        json.createObjectNode(), content);
  }
}
