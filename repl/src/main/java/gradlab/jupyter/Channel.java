package gradlab.jupyter;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.zeromq.ZMQ;

/**
 * One ZeroMQ socket of the kernel with its signer: receives whole messages (dropping and logging
 * those with a bad signature) and sends messages. Sending is synchronised, so that the shell and
 * control threads and the output streams may share the IOPub channel.
 */
final class Channel {
  private final String name;
  private final ZMQ.Socket socket;
  private final Signer signer;
  private final ObjectMapper json;
  private final java.io.PrintStream log;

  Channel(String name, ZMQ.Socket socket, Signer signer, ObjectMapper json,
      java.io.PrintStream log) {
    this.name = name;
    this.socket = socket;
    this.signer = signer;
    this.json = json;
    this.log = log;
  }

  /**
   * The next correctly signed message; messages with a bad signature are dropped with a line on
   * the log. Null when the socket was closed.
   */
  Message receive() {
    while (true) {
      List<byte[]> frames = new ArrayList<>();
      byte[] frame;
      try {
        frame = socket.recv(0);
      } catch (org.zeromq.ZMQException | IllegalStateException e) {
        return null;
      }
      if (frame == null) {
        return null;
      }
      frames.add(frame);
      while (socket.hasReceiveMore()) {
        frames.add(socket.recv(0));
      }
      try {
        return Message.decode(frames, signer, json);
      } catch (Message.Rejected e) {
        log.println("gradlab kernel: dropped a message on " + name + ": " + e.getMessage());
      }
    }
  }

  synchronized void send(Message m) {
    List<byte[]> frames = m.encode(signer, json);
    for (int i = 0; i < frames.size(); i++) {
      socket.send(frames.get(i), i < frames.size() - 1 ? ZMQ.SNDMORE : 0);
    }
  }
}
