package dev.dialogue.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Line charts as SVG files beside the results: a curve says more than a number where a figure
 * moves with concurrency, or where a distribution's tail matters.
 */
final class Charts {

    /** One curve: its name and its points, x ascending. */
    record Series(String name, List<double[]> points) {
    }

    private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd"};
    private static final int WIDTH = 720;
    private static final int HEIGHT = 420;
    private static final int LEFT = 70;
    private static final int RIGHT = 180;
    private static final int TOP = 40;
    private static final int BOTTOM = 50;

    private static Path directory = Path.of("bench/results");
    private static String prefix = "";

    private Charts() {
    }

    /** Where this run's charts go, and the prefix (the run's date) of their names. */
    static void writeTo(Path results, String runName) {
        directory = results;
        prefix = runName + "-";
    }

    /** Writes {@code <date>-<name>.svg} and returns its file name, for the results to point at. */
    static String line(String name, String title, String xLabel, String yLabel, List<Series> series) throws IOException {
        double maxX = series.stream().flatMap(s -> s.points().stream()).mapToDouble(p -> p[0]).max().orElse(1);
        double maxY = series.stream().flatMap(s -> s.points().stream()).mapToDouble(p -> p[1]).max().orElse(1);
        maxX = niceCeiling(maxX);
        maxY = niceCeiling(maxY);
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "font-family=\"sans-serif\" font-size=\"12\">%n<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>%n", WIDTH, HEIGHT));
        svg.append(text(WIDTH / 2.0, 22, title, "middle", 15));
        for (int tick = 0; tick <= 5; tick++) {
            double x = LEFT + plotWidth * tick / 5.0;
            double y = TOP + plotHeight - plotHeight * tick / 5.0;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#eee\"/>%n", x, TOP, x, TOP + plotHeight));
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#eee\"/>%n", LEFT, y, LEFT + plotWidth, y));
            svg.append(text(x, TOP + plotHeight + 16, format(maxX * tick / 5), "middle", 11));
            svg.append(text(LEFT - 6, y + 4, format(maxY * tick / 5), "end", 11));
        }
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#333\"/>%n",
                LEFT, TOP, plotWidth, plotHeight));
        svg.append(text(LEFT + plotWidth / 2.0, HEIGHT - 12, xLabel, "middle", 12));
        svg.append(String.format(Locale.ROOT, "<text transform=\"translate(16,%.1f) rotate(-90)\" text-anchor=\"middle\">%s</text>%n",
                TOP + plotHeight / 2.0, escape(yLabel)));
        for (int i = 0; i < series.size(); i++) {
            Series one = series.get(i);
            String colour = COLOURS[i % COLOURS.length];
            StringBuilder points = new StringBuilder();
            for (double[] point : one.points()) {
                double x = LEFT + plotWidth * point[0] / maxX;
                double y = TOP + plotHeight - plotHeight * point[1] / maxY;
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
                if (one.points().size() <= 20) {
                    svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>%n", x, y, colour));
                }
            }
            svg.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>%n",
                    points.toString().trim(), colour));
            double legendY = TOP + 10 + i * 20;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"2\"/>%n",
                    LEFT + plotWidth + 12, legendY, LEFT + plotWidth + 32, legendY, colour));
            svg.append(text(LEFT + plotWidth + 38, legendY + 4, one.name(), "start", 11));
        }
        svg.append("</svg>\n");
        String file = prefix + name + ".svg";
        Files.createDirectories(directory);
        Files.writeString(directory.resolve(file), svg);
        return file;
    }

    /** The cumulative distribution of the durations (nanoseconds), as points of (milliseconds, percent at or below). */
    static List<double[]> distribution(long[] nanos) {
        long[] sorted = nanos.clone();
        java.util.Arrays.sort(sorted);
        int steps = Math.min(200, sorted.length);
        return java.util.stream.IntStream.rangeClosed(1, steps).mapToObj(step -> {
            int index = (int) Math.ceil((double) step * sorted.length / steps) - 1;
            return new double[] {sorted[index] / 1e6, 100.0 * (index + 1) / sorted.length};
        }).toList();
    }

    /** Points from a map of x to y, x ascending. */
    static List<double[]> points(Map<Integer, Double> values) {
        return values.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(entry -> new double[] {entry.getKey(), entry.getValue()}).toList();
    }

    private static double niceCeiling(double value) {
        if (value <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * magnitude >= value) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String text(double x, double y, String content, String anchor, int size) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\">%s</text>%n", x, y, anchor, size,
                escape(content));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
