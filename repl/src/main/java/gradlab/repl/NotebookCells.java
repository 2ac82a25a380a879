package gradlab.repl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * The Markdown cells of a Jupyter notebook (.ipynb), in order, for {@code check} and the
 * console's {@code :check}: students hand in notebooks, and the checker read the raw JSON as text
 * (a wrong cell went unnoticed, found by a teacher). Code cells are left out; each Markdown cell starts on a new paragraph, so the
 * report's line numbers count lines of the Markdown cells alone.
 */
public final class NotebookCells {
  private NotebookCells() {}

  /** The Markdown of every Markdown cell; an IOException names what is wrong with the JSON. */
  public static String markdown(String json) throws IOException {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(json);
    } catch (IOException e) {
      throw new IOException("not a notebook: the .ipynb file is not valid JSON");
    }
    JsonNode cells = root == null ? null : root.get("cells");
    if (cells == null || !cells.isArray()) {
      throw new IOException("not a notebook: the .ipynb file has no cells");
    }
    StringBuilder out = new StringBuilder();
    for (JsonNode cell : cells) {
      if (!"markdown".equals(cell.path("cell_type").asText())) {
        continue;
      }
      JsonNode source = cell.get("source");
      StringBuilder text = new StringBuilder();
      if (source != null && source.isArray()) {
        source.forEach(line -> text.append(line.asText()));
      } else if (source != null) {
        text.append(source.asText());
      }
      out.append(text.toString().stripTrailing()).append("\n\n");
    }
    return out.toString();
  }
}
