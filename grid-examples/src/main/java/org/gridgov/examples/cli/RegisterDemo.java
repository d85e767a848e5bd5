package org.gridgov.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.gridgov.core.access.AccessDeniedException;
import org.gridgov.core.access.Actor;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.audit.AuditTrail;
import org.gridgov.core.audit.Purpose;
import org.gridgov.core.plan.GridPlan;
import org.gridgov.core.register.Field;
import org.gridgov.core.register.RegisterFile;
import org.gridgov.core.register.RegisterOffice;
import org.gridgov.core.register.Resident;
import org.gridgov.core.register.TagCatalogue;

/**
 * The demo's register section: the grid's worker lists the lone elderly of their grid (masked),
 * reveals one phone for the monthly visit (audited; the demo prints only its length), a worker of
 * another community is refused, and the audit trail verifies. Prints no personal value.
 */
final class RegisterDemo {
    private static final AreaCode OTHER_GRID = AreaCode.parse("321102001003001");
    private static final Purpose VISIT = Purpose.of("visit.monthly");

    private RegisterDemo() {}

    static void print(PrintWriter out, Path samples, GridPlan plan, AreaCode grid, String workerId, Clock clock) {
        RegisterFile file = RegisterFile.read(samples.resolve("jingkou.register.json"));
        AuditTrail trail = AuditTrail.inMemory(clock);
        RegisterOffice office = RegisterOffice.open(file.toRegister(plan, TagCatalogue.defaults()), trail);
        Actor worker = Actor.gridWorker(workerId, grid);
        List<Resident> elderly = office.tagged(worker, grid, "LONE_ELDERLY", VISIT);
        List<Resident> shown = elderly.isEmpty() ? office.residents(worker, grid, VISIT) : elderly;
        out.printf(
                "== 7. The register (人地物事组织场所): %d records; %s of grid %s lists its %s, masked:%n",
                file.size(), workerId, grid, elderly.isEmpty() ? "residents" : "独居老人 (LONE_ELDERLY)");
        shown.stream().limit(3).forEach(r -> out.println("   " + r));
        Resident first = shown.get(0);
        if (first.phone().isPresent()) {
            String phone = office.reveal(worker, first.id(), Field.PHONE, VISIT);
            out.printf(
                    "   %s reveals %s's phone for %s: %d digits in clear, audited%n",
                    workerId, first.id(), VISIT, phone.length());
        }
        Actor other = Actor.gridWorker("W-" + OTHER_GRID, OTHER_GRID);
        try {
            office.resident(other, first.id(), VISIT);
        } catch (AccessDeniedException e) {
            out.println("   refused: " + e.getMessage());
        }
        out.printf(
                "   audit trail: %d entries chained by SHA-256, %s%n",
                trail.entries().size(), trail.verify().intact() ? "intact" : "broken");
    }
}
