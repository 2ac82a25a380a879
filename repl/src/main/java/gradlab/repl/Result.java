package gradlab.repl;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

/**
 * What one entry of a {@link Session} produced, in every form a front-end may show: the console
 * prints {@link #text()}; a notebook shows the richest of {@link #latex()}, {@link #html()} and
 * the {@link #images()} with the text as the fallback.
 *
 * @param number the result's {@code $N} when the entry produced a numbered result
 * @param text the plain (Unicode) form; empty when there is nothing to show
 * @param latex LaTeX of a math result (display maths, without delimiters), or null
 * @param html an HTML table of a report, or null
 * @param images PNG files the entry wrote (a plot), in the order written
 * @param error what went wrong, or null
 */
public record Result(OptionalInt number, String text, String latex, String html,
    List<Path> images, Failure error) {

  public Result {
    images = List.copyOf(images);
  }

  /** A result that is only text. */
  public static Result text(String text) {
    return new Result(OptionalInt.empty(), text, null, null, List.of(), null);
  }

  /** A failed entry. */
  public static Result failed(Failure error) {
    return new Result(OptionalInt.empty(), "", null, null, List.of(), error);
  }

  public boolean isError() {
    return error != null;
  }

  /** This result with the plots an entry wrote. */
  public Result withImages(List<Path> written) {
    return new Result(number, text, latex, html, written, error);
  }

  /**
   * What the console prints: a numbered math result as {@code $N = value}, other output as it
   * is, and a failure's line after what the entry printed before it.
   */
  public String consoleText() {
    String body = latex != null && number.isPresent() ? "$" + number.getAsInt() + " = " + text
        : text;
    if (error == null) {
      return body;
    }
    return body.isBlank() ? error.line() : body + "\n" + error.line();
  }

  /**
   * An entry that failed.
   *
   * @param name the kind of error (an exception's simple name, {@code CompileError} …)
   * @param message one line for people, with a hint where there is one
   * @param line the console's form, {@code error: …}
   */
  public record Failure(String name, String message, String line) {
    /** A failure whose console form is {@code error: message}. */
    public Failure(String name, String message) {
      this(name, message, "error: " + message);
    }

    /** This failure with {@code suffix} (a hint on lines of its own) after it; "" adds none. */
    public Failure withHint(String suffix) {
      return suffix.isEmpty() ? this : new Failure(name, message + suffix, line + suffix);
    }
  }
}
