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
    StringBuilder out = new StringBuilder();
    for (String[] cell : markdownCells(json)) {
      out.append(cell[1]).append("\n\n");
    }
    return out.toString();
  }

  /**
   * Where line {@code line} of {@link #markdown(String)} lies in the notebook: {cell, line in
   * that cell}, the cell counted from the top of the notebook among all its cells (as a student
   * scrolls), both from 1; null for a blank line between cells or one past the end. A report's
   * "line 12" names no line Jupyter shows (found by a student).
   */
  public static int[] cellOf(String json, int line) throws IOException {
    int at = 1;
    for (String[] cell : markdownCells(json)) {
      int lines = (int) cell[1].lines().count();
      if (line >= at && line < at + lines) {
        return new int[] {Integer.parseInt(cell[0]), line - at + 1};
      }
      at += lines + 1;
    }
    return null;
  }

  /** Each Markdown cell as {its index among all cells from 1, its text without trailing space}. */
  private static java.util.List<String[]> markdownCells(String json) throws IOException {
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
    java.util.List<String[]> out = new java.util.ArrayList<>();
    int index = 0;
    for (JsonNode cell : cells) {
      index++;
      if (!"markdown".equals(cell.path("cell_type").asText())) {
        continue;
      }
      JsonNode source = cell.get("source");
      StringBuilder text = new StringBuilder();
      if (source != null && source.isArray()) {
        source.forEach(l -> text.append(l.asText()));
      } else if (source != null) {
        text.append(source.asText());
      }
      out.add(new String[] {String.valueOf(index), text.toString().stripTrailing()});
    }
    return out;
  }
}
