package jp.banso.workshop.grouping;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Reads MDGPLIB instance files (format in /work/shared/data/mdgp/README.md). */
final class MdgpFiles {

    /** Where the instances live: ../shared/data/mdgp from the main checkout, two up from a helper's worktree. */
    static final Path DIR = java.util.stream.Stream.of("../shared/data/mdgp", "../../shared/data/mdgp")
            .map(Path::of).filter(Files::isDirectory).findFirst().orElse(Path.of("/work/shared/data/mdgp"));

    private MdgpFiles() {
    }

    /** First line {@code M G ss|ds L1 U1 ... LG UG}, then one line {@code i j d_ij} per pair. */
    static MdgpProblem read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        String[] head = lines.get(0).trim().split("\\s+");
        int m = Integer.parseInt(head[0]);
        int g = Integer.parseInt(head[1]);
        int[] lower = new int[g];
        int[] upper = new int[g];
        for (int k = 0; k < g; k++) {
            lower[k] = Integer.parseInt(head[3 + 2 * k]);
            upper[k] = Integer.parseInt(head[4 + 2 * k]);
        }
        double[][] d = new double[m][m];
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.trim().split("\\s+");
            if (f.length < 3) {
                continue;
            }
            int i = Integer.parseInt(f[0]);
            int j = Integer.parseInt(f[1]);
            if (i != j) {
                d[i][j] = Double.parseDouble(f[2]);
                d[j][i] = d[i][j];
            }
        }
        int[] free = new int[m];
        Arrays.fill(free, -1);
        return new MdgpProblem(d, lower, upper, free);
    }

    static String name(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
    }
}
