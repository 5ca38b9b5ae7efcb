package jp.banso.workshop;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * Runs the .xlsx import on one file in its own JVM (started with -Xmx256m by {@link XlsxImportBoundsTest} and
 * by hand for docs/benchmarks.md) and prints "outcome=<keys> peakHeapMB=<n>". Args: file [dom]; "dom" reads
 * it the old way (XSSFWorkbook) to show what the streaming reader replaced.
 */
public final class XlsxImportProbe {

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        boolean dom = args.length > 1 && args[1].equals("dom");
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        String outcome;
        long t0 = System.nanoTime();
        try (InputStream in = Files.newInputStream(file)) {
            if (dom) {
                try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
                    outcome = "dom-rows-" + wb.getSheetAt(0).getLastRowNum();
                }
            } else {
                outcome = "rows-" + new WorkshopSpreadsheets().read(in).size();
            }
        } catch (WorkshopImportException e) {
            outcome = e.errors().stream().map(ImportError::messageKey).distinct().collect(Collectors.joining(","));
        } catch (OutOfMemoryError e) {
            outcome = "OutOfMemoryError";
        }
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.println("outcome=" + outcome + " peakHeapMB=" + peak / (1024 * 1024) + " ms="
                + (System.nanoTime() - t0) / 1_000_000 + " fileMB=" + Files.size(file) / (1024 * 1024));
    }
}
