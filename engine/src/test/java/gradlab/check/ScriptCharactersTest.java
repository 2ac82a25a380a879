package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The one table of sub- and superscript characters: each script character stands for one plain one. */
@Timeout(10)
class ScriptCharactersTest {

  @Test
  void eachScriptCharacterHasExactlyOnePlainCharacter() {
    assertThat(ScriptCharacters.SUBSCRIPTS).hasSameSizeAs(ScriptCharacters.SUBSCRIPT_PLAIN);
    assertThat(ScriptCharacters.SUPERSCRIPTS).hasSameSizeAs(ScriptCharacters.SUPERSCRIPT_PLAIN);
    assertThat(ScriptCharacters.SUBSCRIPTS.chars().distinct().count())
        .isEqualTo(ScriptCharacters.SUBSCRIPTS.length());
    assertThat(ScriptCharacters.SUPERSCRIPTS.chars().distinct().count())
        .isEqualTo(ScriptCharacters.SUPERSCRIPTS.length());
  }

  @Test
  void aRunReadsBackAsThePlainTextItWasWrittenFrom() {
    assertThat(ScriptCharacters.plain("ₜ₊₁")).isEqualTo("t+1");
    assertThat(ScriptCharacters.plain("⁻ˣ")).isEqualTo("-x");
    assertThat(ScriptCharacters.scripts("t+1", true)).isEqualTo("ₜ₊₁");
    assertThat(ScriptCharacters.plain(ScriptCharacters.scripts("L", false))).isEqualTo("L");
    // q has no superscript character, B no subscript one: no Unicode form
    assertThat(ScriptCharacters.scripts("q", false)).isNull();
    assertThat(ScriptCharacters.scripts("B", true)).isNull();
  }

  @Test
  void theSuperscriptsOfDigitsAndSmallLettersLeaveOutSignsAndCapitals() {
    String s = ScriptCharacters.superscripts(c -> Character.isDigit(c) || Character.isLowerCase(c));
    assertThat(s).contains("²", "ˣ", "ᶜ").doesNotContain("⁻", "ᵀ", "ᴸ", "⁽");
  }
}
