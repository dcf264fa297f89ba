package dev.opsuite.console.technician;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the technician used over the day's jobs: labor hours, and each SKU's quantity (in the order first fitted). */
public record UsedToday(String hours, List<String> parts) {

    public static UsedToday of(List<MyJob> jobs) {
        BigDecimal hours = BigDecimal.ZERO;
        Map<String, BigDecimal> bySku = new LinkedHashMap<>();
        for (MyJob job : jobs) {
            hours = hours.add(job.labor().stream().map(MyJob.Labor::hours).filter(h -> h != null)
                    .reduce(BigDecimal.ZERO, BigDecimal::add));
            job.partsUsed().forEach(p -> bySku.merge(p.sku(), p.quantity() == null ? BigDecimal.ZERO : p.quantity(),
                    BigDecimal::add));
        }
        return new UsedToday(MyJob.plain(hours),
                bySku.entrySet().stream().map(e -> e.getKey() + " × " + MyJob.plain(e.getValue())).toList());
    }

    public boolean any() {
        return !parts.isEmpty() || !"0".equals(hours);
    }
}
