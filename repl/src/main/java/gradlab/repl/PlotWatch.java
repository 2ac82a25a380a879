package gradlab.repl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The plots an entry wrote: PNG files in the output folder that are new or rewritten since a
 * snapshot taken before the entry, so that {@code :plot} and {@code plot(...)} from Java both
 * show in a notebook without a listener in the engine.
 *
 * @param dir the output folder
 * @param before each PNG's modification time when the snapshot was taken
 */
record PlotWatch(Path dir, Map<Path, FileTime> before) {

  /** The PNG files in {@code dir} now. */
  static PlotWatch snapshot(Path dir) {
    return new PlotWatch(dir, pngs(dir));
  }

  /** The PNG files written since the snapshot, oldest first. */
  List<Path> written() {
    Map<Path, FileTime> now = pngs(dir);
    return now.entrySet().stream().filter(e -> !e.getValue().equals(before.get(e.getKey())))
        .sorted(Map.Entry.comparingByValue(Comparator.naturalOrder()))
        .map(Map.Entry::getKey).toList();
  }

  private static Map<Path, FileTime> pngs(Path dir) {
    if (dir == null || !Files.isDirectory(dir)) {
      return Map.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".png")).collect(Collectors.toMap(p -> p,
          PlotWatch::modified));
    } catch (IOException e) {
      return Map.of();
    }
  }

  private static FileTime modified(Path p) {
    try {
      return Files.getLastModifiedTime(p);
    } catch (IOException e) {
      return FileTime.fromMillis(0);
    }
  }
}
