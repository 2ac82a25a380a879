package gradlab.polyglot;

import java.io.IOException;
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

/** The host file system, restricted to a few folders; everything else is refused with a hint. */
final class ConfinedFileSystem implements FileSystem {
  private final FileSystem host = FileSystem.newDefaultFileSystem();
  private final List<Path> roots;

  ConfinedFileSystem(List<Path> roots) {
    this.roots = roots.stream().map(p -> p.toAbsolutePath().normalize()).toList();
  }

  private Path check(Path p) {
    Path abs = host.toAbsolutePath(p).normalize();
    if (roots.stream().noneMatch(abs::startsWith)) {
      throw new SecurityException("file access outside the script's folder and the output "
          + "folder is not allowed: " + abs + "; hint: run with --allow-io");
    }
    return abs;
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
