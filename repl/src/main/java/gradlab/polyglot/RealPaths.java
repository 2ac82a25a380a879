package gradlab.polyglot;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The real path of a file that may not exist yet: every symbolic link on the way is followed
 * (also a dangling one, which an open with CREATE would follow), {@code ..} is taken after the
 * links before it, as the operating system takes it, and the names past the longest existing
 * prefix are appended as written. Lexical normalisation alone is not enough: {@code d/root/x}
 * with {@code root -> /} is lexically inside {@code d} and really {@code /x}.
 */
final class RealPaths {
  /** Linux's limit on links followed while resolving one path (ELOOP). */
  private static final int MAX_LINKS = 40;

  private RealPaths() {}

  /** The real path of {@code path}, absolute against the working folder. */
  static Path of(Path path) throws IOException {
    Path abs = path.toAbsolutePath();
    Deque<Path> names = new ArrayDeque<>();
    abs.forEach(names::addLast);
    Path current = abs.getRoot();
    int links = 0;
    while (!names.isEmpty()) {
      String name = names.removeFirst().toString();
      if (name.isEmpty() || name.equals(".")) {
        continue;
      }
      if (name.equals("..")) {
        current = current.getParent() == null ? current : current.getParent();
        continue;
      }
      Path next = current.resolve(name);
      if (!Files.isSymbolicLink(next)) {
        current = next; // an existing file or folder, or a name past the existing prefix
        continue;
      }
      if (++links > MAX_LINKS) {
        throw new FileSystemException(abs.toString(), null, "too many levels of symbolic links");
      }
      Path target = Files.readSymbolicLink(next);
      List<Path> targetNames = new java.util.ArrayList<>();
      target.forEach(targetNames::add);
      for (int i = targetNames.size() - 1; i >= 0; i--) {
        names.addFirst(targetNames.get(i));
      }
      if (target.isAbsolute()) {
        current = target.getRoot();
      }
    }
    return current;
  }

  /** True when the real path of {@code path} is {@code realRoot} or inside it. */
  static boolean isInside(Path path, Path realRoot) throws IOException {
    return of(path).startsWith(realRoot);
  }
}
