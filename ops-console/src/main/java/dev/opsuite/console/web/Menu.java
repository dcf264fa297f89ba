package dev.opsuite.console.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The console's screens, and which roles see each in their menu, and where each role lands after signing in: its
 * "first action" (seed 002: the owner the approval queue, the dispatcher the board, the technician their queue...).
 * A menu only saves clicks: the services decide what a role may do, and the page shows their 403 when it may not.
 */
public final class Menu {

    public record Entry(String path, String label, String group) {
    }

    private record Screen(Entry entry, Set<String> roles) {
    }

    private static final Set<String> EVERYONE = Set.of();

    // Each list is the roles the service behind the screen lets read it (FirstActionsE2ETest opens every entry for
    // every role on the running suite: an entry that answers 403 fails it). admin is seed 002's role: field honours it.
    private static final List<Screen> SCREENS = List.of(
            screen("/dashboard", "Dashboard", "Owner", "owner", "admin"),
            screen("/board", "Dispatch board", "Field", "dispatcher", "admin"),
            screen("/my/day", "My day", "Field", "technician"),
            screen("/customers", "Customers", "Field", "csr", "dispatcher", "admin"),
            screen("/estimates", "Estimates", "Field", "estimator", "owner", "admin"),
            screen("/estimates/approvals", "Owner approval queue", "Field", "owner", "admin"),
            screen("/truck-stock", "Truck inventory", "Field", "parts-manager", "dispatcher", "admin"),
            screen("/dispatches", "Dispatches", "Transport", "dispatcher", "operations-manager", "billing", "fleet-manager"),
            screen("/transfer-notes", "Transfer notes", "Warehouse", "warehouse-clerk", "inventory-manager", "auditor"),
            screen("/invoice-drafts", "Invoices", "Finance", "finance", "owner"),
            screen("/ledger", "QuickBooks export", "Finance", "finance"),
            screen("/fleet", "Fleet readiness", "Fleet", "fleet-manager", "mechanic", "hr-admin", "operations-manager",
                    "dispatcher", "admin", "auditor", "viewer"),
            screen("/fleet/documents", "Documents expiring", "Fleet", "fleet-manager", "hr-admin", "mechanic"),
            screen("/fleet/fines", "Fines", "Fleet", "fleet-manager", "hr-admin"),
            screen("/fleet/accidents", "Accidents", "Fleet", "fleet-manager"),
            screen("/fleet/costs", "Costs", "Fleet", "fleet-manager", "hr-admin"));

    private static final Map<String, String> LANDING = Map.ofEntries(
            Map.entry("owner", "/estimates/approvals"),
            Map.entry("dispatcher", "/board"),
            Map.entry("technician", "/my/day"),
            Map.entry("csr", "/customers"),
            Map.entry("parts-manager", "/truck-stock"),
            Map.entry("estimator", "/estimates"),
            Map.entry("finance", "/invoice-drafts"),
            Map.entry("billing", "/dispatches"),
            Map.entry("admin", "/dashboard"),
            Map.entry("operations-manager", "/dispatches"),
            Map.entry("auditor", "/transfer-notes"),
            Map.entry("warehouse-clerk", "/transfer-notes"),
            Map.entry("inventory-manager", "/transfer-notes"),
            Map.entry("fleet-manager", "/fleet"),
            Map.entry("mechanic", "/fleet"),
            Map.entry("hr-admin", "/fleet/documents"),
            Map.entry("viewer", "/fleet"));

    private Menu() {
    }

    public static List<Entry> forRole(String role) {
        return SCREENS.stream().filter(s -> s.roles() == EVERYONE || s.roles().contains(role)).map(Screen::entry).toList();
    }

    /** Where the role lands after signing in (its first action); unknown roles land on fleet readiness. */
    public static String landing(String role) {
        return LANDING.getOrDefault(role, "/fleet");
    }

    private static Screen screen(String path, String label, String group, String... roles) {
        return new Screen(new Entry(path, label, group), Set.of(roles));
    }
}
