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
    chart.setCustomYAxisTickLabelsFormatter(TickLabels::format);
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
   * XChart puts the x ticks on the data points when all x values are evenly spaced, which for
   * a sampled function gives ticks such as -2.989966555183946. One invisible point off the grid
   * (between the first two samples, at the first sample's height: no change of range) makes it
   * choose round ticks instead. Mutates the chart.
   */
  private static void roundTicksInPlace(XYChart chart, Figure figure) {
    for (Figure.Series s : figure.series()) {
      if (s.x().length >= 2 && TickLabels.awkwardStep(s.x()[1] - s.x()[0])) {
        XYSeries hidden = chart.addSeries(" ", new double[] {(s.x()[0] + s.x()[1]) / 2},
            new double[] {s.y()[0]});
        hidden.setMarker(SeriesMarkers.NONE);
        hidden.setShowInLegend(false);
        return;
      }
    }
  }
}
