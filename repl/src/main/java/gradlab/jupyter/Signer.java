package gradlab.jupyter;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 over a message's header, parent header, metadata and content, hex-encoded (the
 * protocol's signature). With an empty key, messages are unsigned and every signature is "".
 * Thread-safe.
 */
final class Signer {
  private final byte[] key;

  Signer(String key) {
    this.key = key.getBytes(StandardCharsets.UTF_8);
  }

  /** The signature of the four JSON frames, in order. */
  String sign(byte[]... parts) {
    if (key.length == 0) {
      return "";
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      for (byte[] p : parts) {
        mac.update(p);
      }
      return HexFormat.of().formatHex(mac.doFinal());
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  /** True when {@code signature} is right for the frames; compared in constant time. */
  boolean verify(String signature, byte[]... parts) {
    return MessageDigest.isEqual(sign(parts).getBytes(StandardCharsets.US_ASCII),
        signature.getBytes(StandardCharsets.US_ASCII));
  }
}
