package gradlab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class IdxTest {

  @Test
  void readsDimensionsAndUnsignedValues() {
    IdxArray a = Idx.read(IdxFixtures.DIR.resolve("two-images-2x3.idx"));
    assertThat(a.dims()).containsExactly(2, 2, 3);
    assertThat(a.data()[11] & 0xff).isEqualTo(11 * 17);
  }

  @Test
  void readsGzippedFilesTransparently() {
    assertThat(Idx.read(IdxFixtures.DIR.resolve("two-images-2x3.idx.gz")).data()).containsExactly(
        Idx.read(IdxFixtures.DIR.resolve("two-images-2x3.idx")).data());
  }

  @Test
  void badMagicNumberIsNamedWithAHint() {
    assertThatThrownBy(() -> Idx.read(IdxFixtures.DIR.resolve("bad-magic.idx")))
        .isInstanceOf(DataException.class).hasMessageContaining("bad-magic.idx")
        .hasMessageContaining("bad magic number 0x00000d01").hasMessageContaining("hint");
  }

  @Test
  void truncatedDataSaysHowMuchIsMissing() {
    assertThatThrownBy(() -> Idx.read(IdxFixtures.DIR.resolve("truncated-images.idx")))
        .hasMessageContaining("promises 12 values but only 7 follow");
  }

  @Test
  void truncatedHeaderAndTrailingBytesAreRefused() {
    assertThatThrownBy(() -> Idx.read(IdxFixtures.DIR.resolve("truncated-header.idx")))
        .hasMessageContaining("truncated in its header");
    assertThatThrownBy(() -> Idx.read(IdxFixtures.DIR.resolve("trailing-bytes.idx")))
        .hasMessageContaining("goes on");
  }

  @Test
  void imagesAndLabelsMustHaveTheSameCount() {
    assertThat(ImageSet.of(Idx.read(IdxFixtures.DIR.resolve("two-images-2x3.idx")),
        Idx.read(IdxFixtures.DIR.resolve("two-labels.idx"))).count()).isEqualTo(2);
    assertThatThrownBy(() -> ImageSet.of(Idx.read(IdxFixtures.DIR.resolve("two-images-2x3.idx")),
        Idx.read(IdxFixtures.DIR.resolve("three-labels.idx")))).hasMessageContaining(
            "do not match");
  }

  @Test
  void writtenFilesReadBackGzippedOrNotAndLeaveNoTemporaryFile(@org.junit.jupiter.api.io.TempDir
      java.nio.file.Path dir) throws java.io.IOException {
    IdxArray a = new IdxArray(new int[] {2, 3}, new byte[] {0, 1, 2, (byte) 200, 4, 5});
    for (String name : new String[] {"plain-idx", "zipped-idx.gz"}) {
      Idx.write(dir.resolve(name), a);
      IdxArray back = Idx.read(dir.resolve(name));
      assertThat(back.dims()).containsExactly(2, 3);
      assertThat(back.data()).containsExactly(a.data());
    }
    try (var files = java.nio.file.Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
          "plain-idx", "zipped-idx.gz");
    }
  }

  @Test
  void anImageSetSavedUnderMnistNamesLoadsAsMnist(@org.junit.jupiter.api.io.TempDir
      java.nio.file.Path dir) {
    ImageSet set = new ImageSet(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}, new byte[] {3, 9}, 2, 2);
    set.save(dir, "train");
    set.first(1).save(dir, "t10k");
    Mnist m = Mnist.load(dir);
    assertThat(m.train().count()).isEqualTo(2);
    assertThat(m.train().label(1)).isEqualTo(9);
    assertThat(m.test().image(0)).containsExactly(1, 2, 3, 4);
  }

  @Test
  void aMissingFashionMnistNamesTheDebianPackage(@org.junit.jupiter.api.io.TempDir
      java.nio.file.Path dir) {
    assertThatThrownBy(() -> Mnist.fashion(dir.resolve("absent")))
        .hasMessageContaining("apt-get install dataset-fashion-mnist");
  }
}
