package gradlab.plot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Renders a {@link Figure} to PNG or SVG, chosen by the file's extension. Headless. */
public final class Plots {
  private Plots() {}

  /**
   * Writes the figure; creates missing parent directories.
   *
   * @return the absolute path written
   */
  public static Path write(Figure figure, Path file) {
    System.setProperty("java.awt.headless", "true");
    String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    if (!name.endsWith(".png") && !name.endsWith(".svg")) {
      throw new IllegalArgumentException("plot file must end in .png or .svg: " + file);
    }
    XYChart chart = chart(figure);
    try {
      Path abs = file.toAbsolutePath();
      if (abs.getParent() != null) {
        Files.createDirectories(abs.getParent());
      }
      String base = abs.toString().substring(0, abs.toString().length() - 4);
      if (name.endsWith(".png")) {
        BitmapEncoder.saveBitmap(chart, base, BitmapEncoder.BitmapFormat.PNG);
      } else {
        VectorGraphicsEncoder.saveVectorGraphic(chart, base,
            VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
      }
      return abs;
    } catch (IOException e) {
      throw new UncheckedIOException("could not write plot " + file + ": " + e.getMessage(), e);
    }
  }

  /** The XChart chart of a figure, with round tick labels; not yet drawn. */
  static XYChart chart(Figure figure) {
    XYChart chart = new XYChartBuilder().width(800).height(500).title(figure.title())
        .xAxisTitle(figure.xLabel()).yAxisTitle(figure.yLabel()).build();
    chart.getStyler().setMarkerSize(8);
    chart.getStyler().setYAxisLogarithmic(figure.logY());
    chart.setCustomXAxisTickLabelsFormatter(TickLabels::format);
    if (roundYTickLabels(figure)) {
      chart.setCustomYAxisTickLabelsFormatter(TickLabels::format);
    }
    for (Figure.Series s : figure.series()) {
      XYSeries line = s.error() == null ? chart.addSeries(s.name(), s.x(), s.y())
          : chart.addSeries(s.name(), s.x(), s.y(), s.error());
      line.setMarker(s.x().length > 30 ? SeriesMarkers.NONE : SeriesMarkers.CIRCLE);
    }
    for (Figure.Mark m : figure.marks()) {
      XYSeries point = chart.addSeries(m.label(), new double[] {m.x()}, new double[] {m.y()});
      point.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
      point.setMarker(SeriesMarkers.DIAMOND);
      point.setMarkerColor(java.awt.Color.RED);
    }
    roundTicksInPlace(chart, figure);
    return chart;
  }

  /**
   * Whether the value axis gets {@link TickLabels}' round labels: not on a logarithmic axis,
   * where XChart then places its ticks linearly (labels 0 … 3500 on curves from 0.001 to 4000).
   */
  static boolean roundYTickLabels(Figure figure) {
    return !figure.logY();
  }

  /**
   * XChart puts the ticks of an axis on the data values whenever they are evenly spaced, which
   * for a sampled function gives x ticks such as -2.989966555183946 (and y ticks of the same
   * kind where the function is linear). One invisible point off the grid, between the first two
   * samples (so no range changes), makes it choose round ticks on both axes. Mutates the chart.
   */
  private static void roundTicksInPlace(XYChart chart, Figure figure) {
    for (Figure.Series s : figure.series()) {
      double[] x = s.x();
      double[] y = s.y();
      if (x.length >= 2 && (TickLabels.awkwardStep(x[1] - x[0])
          || TickLabels.awkwardStep(y[1] - y[0]))) {
        XYSeries hidden = chart.addSeries(" ", new double[] {(x[0] + x[1]) / 2},
            new double[] {(y[0] + y[1]) / 2});
        hidden.setMarker(SeriesMarkers.NONE);
        hidden.setShowInLegend(false);
        return;
      }
    }
  }
}
