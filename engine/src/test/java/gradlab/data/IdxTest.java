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
}
