package gradlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code ./gradlab check FOLDER --json}: each file's report and the totals of the pile. */
@Timeout(120)
class CheckFolderJsonTest {
  @Test
  void aFolderGivesTotalsOfFilesAndStepsAndEachFirstWrongStep() throws Exception {
    // a folder run gave a bare list with no totals: a TA added the counts up by hand (user22)
    Path dir = Files.createTempDirectory("pile");
    Files.writeString(dir.resolve("alice.txt"), "D(tanh(x), x) = 1 - tanh(x)^2\n");
    Files.writeString(dir.resolve("bob.txt"), "D(sigma(x), x) = sigma(x)*(1 - sigma(x))\n"
        + "sigma(x)*(1 - sigma(x)) = sigma(x)*(1 + sigma(x))\n");
    Files.writeString(dir.resolve("empty.md"), "");
    MainRun r = MainRun.of("check", dir.toString(), "--json");
    assertThat(r.status()).isEqualTo(1);
    JsonNode all = new ObjectMapper().readTree(r.out());
    assertThat(all.get("files")).hasSize(3);
    JsonNode totals = all.get("totals");
    assertThat(totals.get("files").asInt()).isEqualTo(3);
    assertThat(totals.get("filesWithARefutedStep").asInt()).isEqualTo(1);
    assertThat(totals.get("filesEveryStepDecided").asInt()).isEqualTo(1);
    assertThat(totals.get("filesNotRead").asInt()).isEqualTo(1);
    assertThat(totals.get("proved").asInt()).isEqualTo(2);
    assertThat(totals.get("refuted").asInt()).isEqualTo(1);
    assertThat(totals.get("unknown").asInt() + totals.get("notChecked").asInt()).isZero();
    JsonNode first = totals.get("firstWrongSteps");
    assertThat(first).hasSize(1);
    assertThat(first.get(0).get("source").asText()).endsWith("bob.txt");
    assertThat(first.get(0).get("line").asInt()).isEqualTo(2);
    assertThat(first.get(0).get("step").asText()).isEqualTo(
        "sigma(x)*(1 - sigma(x)) = sigma(x)*(1 + sigma(x))");
  }
}
