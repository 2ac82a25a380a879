package gradlab.jupyter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class InstallProblemTest {
  @Test
  void jdkBelow21IsNamedWithItsVersionAndJdk21Passes() {
    assertThat(InstallProblem.jdk("/jvm/17", 17, true)).hasValueSatisfying(m -> assertThat(m)
        .contains("is Java 17").contains("needs Java 21 or newer"));
    assertThat(InstallProblem.jdk("/jvm/20", 20, true)).isPresent();
    assertThat(InstallProblem.jdk("/jvm/21", 21, true)).isEmpty();
  }

  @Test
  void runtimeWithoutJshellIsAJreNotAJdk() {
    assertThat(InstallProblem.jdk("/jre", 21, false)).hasValueSatisfying(m -> assertThat(m)
        .contains("no jdk.jshell module"));
  }

  @Test
  void missingKernelspecCommandNamesPython3JupyterClient() {
    String m = InstallProblem.kernelspecFailed(1, "usage: jupyter ...\n\nJupyter command "
        + "`jupyter-kernelspec` not found.\n");
    assertThat(m).startsWith("jupyter_client is missing").contains("python3-jupyter-client");
  }

  @Test
  void missingModuleNamesPython3JupyterClient() {
    assertThat(InstallProblem.kernelspecFailed(1, "ModuleNotFoundError: No module named "
        + "'jupyter_client'")).startsWith("jupyter_client is missing");
  }

  @Test
  void missingInterpreterSaysPythonIsMissing() {
    assertThat(InstallProblem.kernelspecFailed(126, "/usr/bin/jupyter: /usr/bin/python3: bad "
        + "interpreter: No such file or directory")).startsWith("Python is missing or broken");
  }

  @Test
  void permissionErrorNamesThePathAndTheWayOut() {
    String m = InstallProblem.kernelspecFailed(1, "Traceback (most recent call last):\n"
        + "PermissionError: [Errno 13] Permission denied: '/usr/local/share/jupyter/kernels'\n");
    assertThat(m).startsWith("permission denied writing the kernelspec")
        .contains("/usr/local/share/jupyter/kernels").contains("JUPYTER_DATA_DIR");
    assertThat(m.lines()).hasSize(1);
  }

  @Test
  void unknownFailureGivesTheStatusAndTheLastLine() {
    assertThat(InstallProblem.kernelspecFailed(3, "something\nValueError: odd\n"))
        .isEqualTo("'jupyter kernelspec' failed with status 3: ValueError: odd");
  }

  @Test
  void missingJupyterNamesBothDebianPackages() {
    assertThat(InstallProblem.jupyterMissing()).contains("python3-jupyter-client")
        .contains("jupyter-notebook");
  }

  @Test
  void kernelJsonNamesTheLauncherTheConnectionFileAndTheJdk() {
    String k = KernelSpec.kernelJson(java.nio.file.Path.of("/opt/gradlab/gradlab"),
        java.nio.file.Path.of("/usr/lib/jvm/jdk-25"));
    assertThat(k).contains("\"/opt/gradlab/gradlab\", \"jupyter\", \"kernel\", "
        + "\"--connection-file\", \"{connection_file}\"")
        .contains("\"JAVA_HOME\" : \"/usr/lib/jvm/jdk-25\"")
        .contains("\"interrupt_mode\" : \"message\"");
  }
}
