package gradlab.jupyter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A kernel's connection file, written by Jupyter: where to bind each socket and the signing key.
 *
 * @param transport {@code tcp} or {@code ipc}
 * @param ip the address to bind
 * @param shellPort the shell socket's port (ROUTER)
 * @param controlPort the control socket's port (ROUTER)
 * @param stdinPort the stdin socket's port (ROUTER)
 * @param iopubPort the IOPub socket's port (PUB)
 * @param heartbeatPort the heartbeat socket's port (REP)
 * @param key the HMAC key; empty means messages are not signed
 * @param signatureScheme {@code hmac-sha256} (the only one this kernel accepts)
 */
record ConnectionInfo(String transport, String ip, int shellPort, int controlPort, int stdinPort,
    int iopubPort, int heartbeatPort, String key, String signatureScheme) {

  /**
   * @throws IllegalArgumentException naming a missing field or an unsupported scheme
   */
  static ConnectionInfo read(Path file, ObjectMapper json) throws IOException {
    JsonNode n = json.readTree(file.toFile());
    String scheme = n.path("signature_scheme").asText("hmac-sha256");
    if (!scheme.equals("hmac-sha256")) {
      throw new IllegalArgumentException("signature scheme " + scheme + " is not supported; "
          + "hint: Jupyter's default, hmac-sha256, is");
    }
    return new ConnectionInfo(n.path("transport").asText("tcp"), n.path("ip").asText(
        "127.0.0.1"), port(n, "shell_port"), port(n, "control_port"), port(n, "stdin_port"),
        port(n, "iopub_port"), port(n, "hb_port"), n.path("key").asText(""), scheme);
  }

  private static int port(JsonNode n, String field) {
    if (!n.has(field)) {
      throw new IllegalArgumentException("the connection file has no " + field);
    }
    return n.get(field).asInt();
  }

  /** The ZeroMQ address of a port. */
  String address(int port) {
    return transport.equals("ipc") ? "ipc://" + ip + "-" + port
        : transport + "://" + ip + ":" + port;
  }
}
