package gradlab.jupyter;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gradlab.repl.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/**
 * A result's MIME bundle: {@code text/plain} always, {@code text/latex} for maths (display
 * maths, which the notebook renders), {@code text/html} for report tables, {@code image/png}
 * for a plot (base64).
 */
final class MimeBundle {
  private MimeBundle() {}

  /** The bundle of a result, with its first image if it has one. */
  static ObjectNode of(Result r, ObjectMapper json) {
    ObjectNode data = json.createObjectNode();
    data.put("text/plain", r.text());
    if (r.latex() != null && !r.latex().isBlank()) {
      data.put("text/latex", "$$" + r.latex() + "$$");
    }
    if (r.html() != null) {
      data.put("text/html", r.html());
    }
    if (!r.images().isEmpty()) {
      png(r.images().get(0), data);
    }
    return data;
  }

  /** The bundle of one more image an entry wrote. */
  static ObjectNode image(Path file, ObjectMapper json) {
    ObjectNode data = json.createObjectNode();
    data.put("text/plain", "plot: " + file);
    png(file, data);
    return data;
  }

  private static void png(Path file, ObjectNode data) {
    try {
      data.put("image/png", Base64.getEncoder().encodeToString(Files.readAllBytes(file)));
    } catch (IOException e) {
      data.put("text/plain", data.path("text/plain").asText() + "\n(the plot " + file
          + " cannot be read: " + e.getMessage() + ")");
    }
  }

  /** True when the bundle has something to show. */
  static boolean hasContent(Result r) {
    return !r.text().isBlank() || r.latex() != null || r.html() != null
        || !r.images().isEmpty();
  }
}
