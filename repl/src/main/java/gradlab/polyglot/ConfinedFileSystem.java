package gradlab.polyglot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessMode;
import java.nio.file.DirectoryStream;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.graalvm.polyglot.io.FileSystem;

/**
 * The host file system, restricted to a few folders; everything else is refused with a hint.
 * Every access is checked on its real path ({@link RealPaths}: links followed, also dangling
 * ones) against the real paths of the allowed folders, and the host is then given that real
 * path, so that what was checked is what is opened. The methods the guest may not use
 * (links, attributes, the working folder) keep the interface's refusing defaults; copy and move
 * go through the checked methods.
 */
final class ConfinedFileSystem implements FileSystem {
  private final FileSystem host = FileSystem.newDefaultFileSystem();
  private final List<Path> roots;
  private final String where;

  /**
   * @param roots the folders the guest may use (need not exist yet)
   * @param where how the message names them, e.g. "the script's folder and the output folder"
   */
  ConfinedFileSystem(List<Path> roots, String where) {
    this.roots = roots.stream().map(ConfinedFileSystem::real).toList();
    this.where = where;
  }

  private static Path real(Path p) {
    try {
      return RealPaths.of(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The real path of {@code p} when it lies inside an allowed folder; else a refusal. */
  private Path check(Path p) throws IOException {
    Path real = RealPaths.of(host.toAbsolutePath(p));
    if (roots.stream().noneMatch(real::startsWith)) {
      throw new SecurityException(Refusals.file(p.toString(), real, where));
    }
    return real;
  }

  @Override
  public Path parsePath(URI uri) {
    return host.parsePath(uri);
  }

  @Override
  public Path parsePath(String path) {
    return host.parsePath(path);
  }

  @Override
  public void checkAccess(Path path, Set<? extends AccessMode> modes, LinkOption... options)
      throws IOException {
    host.checkAccess(check(path), modes, options);
  }

  @Override
  public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
    host.createDirectory(check(dir), attrs);
  }

  @Override
  public void delete(Path path) throws IOException {
    host.delete(check(path));
  }

  @Override
  public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options,
      FileAttribute<?>... attrs) throws IOException {
    return host.newByteChannel(check(path), options, attrs);
  }

  @Override
  public DirectoryStream<Path> newDirectoryStream(Path dir,
      DirectoryStream.Filter<? super Path> filter) throws IOException {
    return host.newDirectoryStream(check(dir), filter);
  }

  @Override
  public Path toAbsolutePath(Path path) {
    return host.toAbsolutePath(path);
  }

  @Override
  public Path toRealPath(Path path, LinkOption... options) throws IOException {
    return host.toRealPath(check(path), options);
  }

  @Override
  public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options)
      throws IOException {
    return host.readAttributes(check(path), attributes, options);
  }
}
