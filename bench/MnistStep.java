import gradlab.data.Mnist;
import gradlab.train.ImageTransform;
import gradlab.train.MnistCnn;
import gradlab.train.Progress;
import gradlab.train.TrainConfig;
import gradlab.train.Trainer;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;

/**
 * One A/B sample of the exercise CNN's training step, for {@code bench/ab_mnist.sh}: in a fresh
 * JVM on whatever engine jar is on the class path, one untimed warm-up run, then one timed run
 * of STEPS steps of 64 per configuration (28×28, 24×24 centre crop, 24×24 rotation + crop).
 * Prints per configuration the wall-clock examples/s and the process CPU time per example in µs
 * (the latter is distorted less by other processes on a shared machine).
 * Usage: java --add-modules jdk.incubator.vector -cp ENGINE_JAR:DEPS bench/MnistStep.java DATA STEPS
 */
public class MnistStep {
  public static void main(String[] args) {
    Mnist data = Mnist.load(Path.of(args[0]));
    int steps = Integer.parseInt(args[1]);
    var test = data.test().first(64);
    var os = (com.sun.management.OperatingSystemMXBean)
        ManagementFactory.getOperatingSystemMXBean();
    String[] names = {"28x28", "24x24-crop", "24x24-aug"};
    StringBuilder line = new StringBuilder();
    for (int run = 0; run < 3; run++) {
      int side = run == 0 ? 28 : 24;
      ImageTransform t = run == 0 ? new ImageTransform.Identity() : run == 1
          ? new ImageTransform.CenterCrop(24) : new ImageTransform.RotateAndCrop(15, 24);
      double rate = 0;
      double cpuPerExample = 0;
      for (int i = 0; i < 2; i++) {
        TrainConfig c = new TrainConfig(64 * steps, 1, 64, 0.02, 0.9, 7 + i, t, t);
        long cpu0 = os.getProcessCpuTime();
        rate = Trainer.fit(MnistCnn.create(side, 7), data.train(), test, c, Progress.none())
            .examplesPerSecond();
        cpuPerExample = (os.getProcessCpuTime() - cpu0) / 1e3 / (64.0 * steps);
      }
      line.append(String.format(Locale.ROOT, " %s %.0f ex/s %.1f us-cpu/ex;", names[run], rate,
          cpuPerExample));
    }
    System.out.println(line.toString().trim());
  }
}
